package io.github.qdatastream.netty;

import io.github.qdatastream.codec.Codec;
import io.github.qdatastream.codec.QDataStreamException;
import io.github.qdatastream.codec.StreamOptions;
import io.github.qdatastream.codec.frame.Block;
import io.github.qdatastream.codec.frame.BlockDecoder;
import io.github.qdatastream.codec.frame.BlockReassembler;
import io.github.qdatastream.codec.frame.Decoder;
import io.github.qdatastream.codec.frame.Event;
import io.github.qdatastream.codec.frame.Framing;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import java.util.List;
import java.util.Objects;

/**
 * Splits a TCP byte stream of size-prefixed QDataStream blocks into whole blocks, by driving the
 * codec's sans-I/O {@link BlockReassembler} (or {@link BlockDecoder}): the same framing code as every other user of the
 * codec, with Netty only doing the I/O.
 *
 * <h2>Two modes</h2>
 * <ul>
 *   <li>{@link #payloads(Framing)} emits each block's payload (without its size prefix) as a
 *       {@link ByteBuf} that the next handler must release;
 *   <li>{@link #messages(Framing, Codec, StreamOptions)} decodes each block with a
 *       {@link Codec} and emits the value; a block with bytes left over after the value is
 *       corrupt data.
 * </ul>
 *
 * <pre>
 * Framing.FORTUNE, messages(QSTRING), bytes arriving in three reads:
 *
 * BEFORE (reads)                                   AFTER (messages)
 * | 00 | 0A 00 00 00 06 00 | 48 00 69 00 21 |  --&gt;  "Hi!"
 *   size=10  QString: 6 bytes, "H" "i" "!"
 *
 * Framing.TRIP_REPLY, payloads():
 *
 * BEFORE                                            AFTER
 * | 00 03 | 01 02 03 | 00 01 | 09 | FF FF |   --&gt;  ByteBuf[01 02 03], ByteBuf[09],
 *                                                  then userEventTriggered(QDataStreamEndOfData.INSTANCE)
 * </pre>
 *
 * <h2>Limits and errors</h2>
 * The block size is checked against {@link Framing#maxBlockSize()} as soon as the size prefix
 * has arrived, before any byte of the block is buffered. On any {@link QDataStreamException}
 * (an oversized block: {@code SizeLimitExceededException}; bytes after the end marker or a block
 * the codec rejects: {@code CorruptDataException}; the peer closing inside a block, or before the
 * end marker of a framing that has one: {@code TruncatedInputException}) the decoder fires that
 * exception, unwrapped, through {@code exceptionCaught}, closes the channel, and discards
 * everything that arrives afterwards. The exception's message names the value, the limit and
 * the stream offset.
 *
 * <p>Not {@code @Sharable}: one decoder per channel.
 *
 * @param <T> what is emitted: {@link ByteBuf} payloads or decoded messages
 */
public final class QDataStreamFrameDecoder<T> extends SansIoDecoder<Object> {

    private final Framing framing;
    private final boolean payloads;
    private boolean endSeen;
    private long blocks;

    @SuppressWarnings("unchecked")
    private QDataStreamFrameDecoder(Framing framing, Decoder<?> decoder, boolean payloads) {
        super((Decoder<Object>) decoder);
        this.framing = Objects.requireNonNull(framing, "framing");
        this.payloads = payloads;
    }

    /** A decoder that emits each block's payload as a {@link ByteBuf} (the receiver releases it). */
    public static QDataStreamFrameDecoder<ByteBuf> payloads(Framing framing) {
        return new QDataStreamFrameDecoder<>(framing, new BlockReassembler(framing), true);
    }

    /**
     * A decoder that emits each block decoded by {@code codec} with {@code options}; a block that
     * decodes to {@code null} (a null QString) is emitted as {@link QDataStreamNullValue#INSTANCE}.
     */
    public static <T> QDataStreamFrameDecoder<T> messages(Framing framing, Codec<T> codec, StreamOptions options) {
        return new QDataStreamFrameDecoder<>(framing, new BlockDecoder<>(framing, Objects.requireNonNull(codec, "codec"),
                Objects.requireNonNull(options, "options")), false);
    }

    public Framing framing() {
        return framing;
    }

    /** Blocks emitted so far. */
    public long blocks() {
        return blocks;
    }

    /** Whether the end marker has been read. */
    public boolean endOfDataSeen() {
        return endSeen;
    }

    /** Bytes received so far. */
    public long bytesReceived() {
        return decoder().bytesFed();
    }

    @Override
    Object message(ChannelHandlerContext ctx, Object unit) {
        blocks++;
        if (payloads) {
            Block b = (Block) unit;
            return ctx.alloc().buffer(b.length()).writeBytes(b.array(), b.offset(), b.length());
        }
        return QDataStreamNullValue.orMarker(unit);
    }

    @Override
    void endOfData(ChannelHandlerContext ctx, List<Object> out, Event.EndOfData<Object> end) {
        if (end.markerSeen()) {
            endSeen = true;
            // Deliver the blocks before the event, in stream order.
            for (Object o : out) {
                ctx.fireChannelRead(o);
            }
            out.clear();
            ctx.fireUserEventTriggered(QDataStreamEndOfData.INSTANCE);
        }
    }
}
