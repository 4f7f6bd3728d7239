package io.github.qdatastream.netty;

import io.github.qdatastream.codec.frame.Framing;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToByteEncoder;
import java.nio.ByteOrder;
import java.util.Objects;

/**
 * Writes {@link QDataStreamEndOfData#INSTANCE} as the framing's end marker: a bare size prefix
 * of all ones.
 *
 * <pre>
 * BEFORE (message)                AFTER (bytes, Framing.TRIP_REPLY)
 * QDataStreamEndOfData.INSTANCE   FF FF
 * </pre>
 *
 * Stateless and {@link ChannelHandler.Sharable}.
 */
@ChannelHandler.Sharable
public final class QDataStreamEndMarkerEncoder extends MessageToByteEncoder<QDataStreamEndOfData> {

    private final Framing framing;

    /**
     * An encoder that writes the end marker of {@code framing} for each
     * {@link QDataStreamEndOfData#INSTANCE} written to the channel.
     *
     * @param framing the framing whose marker to write (its prefix size)
     */
    public QDataStreamEndMarkerEncoder(Framing framing) {
        super(QDataStreamEndOfData.class);
        this.framing = Objects.requireNonNull(framing, "framing");
    }

    @Override
    protected void encode(ChannelHandlerContext ctx, QDataStreamEndOfData msg, ByteBuf out) {
        writeMarker(framing, out);
    }

    /**
     * Appends the end marker of {@code framing} to {@code out}.
     *
     * @param framing the framing whose marker to write
     * @param out the buffer to append to
     */
    public static void writeMarker(Framing framing, ByteBuf out) {
        if (framing.prefixBytes() == 2) {
            out.writeShort(0xFFFF);
        } else {
            out.writeInt(0xFFFF_FFFF);
        }
    }

    /**
     * {@return the end marker's bytes for {@code framing} ({@code FF FF} or {@code FF FF FF FF})}
     * Byte order does not matter.
     *
     * @param framing the framing
     */
    public static byte[] markerBytes(Framing framing) {
        byte[] b = new byte[framing.prefixBytes()];
        java.util.Arrays.fill(b, (byte) 0xFF);
        return b;
    }

    static boolean bigEndian(Framing framing) {
        return framing.byteOrder() == ByteOrder.BIG_ENDIAN;
    }
}
