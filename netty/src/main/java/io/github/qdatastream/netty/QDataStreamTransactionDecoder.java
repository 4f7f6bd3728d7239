package io.github.qdatastream.netty;

import io.github.qdatastream.codec.Codec;
import io.github.qdatastream.codec.StreamOptions;
import io.github.qdatastream.codec.frame.Event;
import io.github.qdatastream.codec.frame.TransactionReader;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import java.util.List;

/**
 * Reads values sent back to back with no size prefix (the Qt 5.7+ Fortune server's bare
 * QString), by driving the codec's {@link TransactionReader}: Netty's counterpart of
 * {@code in.startTransaction(); in >> value; if (!in.commitTransaction()) return;}.
 *
 * <pre>
 * BEFORE (reads)                                    AFTER (messages)
 * | 00 00 | 00 06 00 48 | 00 69 00 21 |     --&gt;    "Hi!"
 * </pre>
 *
 * Each read is handed to the reader whole (it keeps the bytes of a value that is not complete:
 * without a size prefix it cannot know where a value ends before decoding it). Errors are handled
 * as in {@link QDataStreamFrameDecoder}: the codec's exception is fired through
 * {@code exceptionCaught}, the channel is closed, later bytes are discarded; the peer closing
 * inside a value fires a {@code TruncatedInputException}. A value that decodes to {@code null} is
 * passed on as {@link QDataStreamNullValue#INSTANCE}. Not {@code @Sharable}.
 *
 * <p>Holds one channel's partial value: not {@code @Sharable}; add a new instance to each channel's
 * pipeline. Netty calls it from the channel's event loop only.
 *
 * @param <T> the value type
 */
public final class QDataStreamTransactionDecoder<T> extends SansIoDecoder<T> {

    /**
     * A decoder that emits each value {@code codec} reads from the unframed stream.
     *
     * @param codec reads one value
     * @param options the stream version, byte order, precision and limits
     */
    public QDataStreamTransactionDecoder(Codec<T> codec, StreamOptions options) {
        super(new TransactionReader<>(codec, options));
    }

    @Override
    void decodeSome(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        // A heap buffer's array is read in place until drained, so the bytes are marked read
        // only after the drain (the reader has copied whatever it keeps by then).
        decoder().feed(in.nioBuffer());
        drain(out);
        in.skipBytes(in.readableBytes());
    }

    @Override
    void decodeEnd(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        if (in.isReadable()) {
            decodeSome(ctx, in, out);
        }
        decoder().endOfInput();
        drain(out);
    }

    private void drain(List<Object> out) {
        for (;;) {
            if (decoder().next() instanceof Event.Value<T> v) {
                // Netty messages cannot be null: a null value (a null QString) travels as a marker.
                out.add(QDataStreamNullValue.orMarker(v.value()));
            } else {
                return;
            }
        }
    }
}
