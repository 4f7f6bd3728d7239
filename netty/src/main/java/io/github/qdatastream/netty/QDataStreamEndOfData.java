package io.github.qdatastream.netty;

/**
 * The end of a block stream: the bare all-ones size prefix ({@code 0xFFFF} for a quint16 framing)
 * that the book's Trip Server writes after its last reply block.
 *
 * <p>Inbound, {@link QDataStreamFrameDecoder} fires {@link #INSTANCE} as a user event
 * ({@code userEventTriggered}) when it reads the marker. Outbound, write {@link #INSTANCE} through
 * a {@link QDataStreamEndMarkerEncoder} to send the marker:
 *
 * <pre>{@code
 * ctx.write(trip1); ctx.write(trip2);
 * ctx.writeAndFlush(QDataStreamEndOfData.INSTANCE).addListener(ChannelFutureListener.CLOSE);
 * }</pre>
 *
 * <p>A singleton: immutable and thread-safe.
 */
public final class QDataStreamEndOfData {

    /** The one instance. */
    public static final QDataStreamEndOfData INSTANCE = new QDataStreamEndOfData();

    private QDataStreamEndOfData() {
    }

    @Override
    public String toString() {
        return "QDataStreamEndOfData";
    }
}
