package io.github.qdatastream.netty;

import io.github.qdatastream.codec.Codec;
import io.github.qdatastream.codec.StreamOptions;
import io.github.qdatastream.codec.frame.TransactionReader;
import io.netty.channel.ChannelHandlerContext;

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
 * Errors are handled as in {@link QDataStreamFrameDecoder}: the codec's exception is fired
 * through {@code exceptionCaught}, the channel is closed, later bytes are discarded; the peer
 * closing inside a value fires a {@code TruncatedInputException}. A value that decodes to
 * {@code null} is passed on as {@link QDataStreamNullValue#INSTANCE}. Not {@code @Sharable}.
 *
 * @param <T> the value type
 */
public final class QDataStreamTransactionDecoder<T> extends SansIoDecoder<T> {

    public QDataStreamTransactionDecoder(Codec<T> codec, StreamOptions options) {
        super(new TransactionReader<>(codec, options));
    }

    @Override
    Object message(ChannelHandlerContext ctx, T value) {
        // Netty messages cannot be null: a null value (a null QString) travels as a marker.
        return QDataStreamNullValue.orMarker(value);
    }
}
