package io.github.qdatastream.netty;

import io.github.qdatastream.codec.Codec;
import io.github.qdatastream.codec.QDataStreamException;
import io.github.qdatastream.codec.StreamOptions;
import io.github.qdatastream.codec.frame.Decoded;
import io.github.qdatastream.codec.frame.TransactionReader;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
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
 * Errors are handled as in {@link QDataStreamFrameDecoder}: the codec's exception is fired
 * through {@code exceptionCaught}, the channel is closed, later bytes are discarded; the peer
 * closing inside a value fires a {@code TruncatedInputException}. Not {@code @Sharable}.
 *
 * @param <T> the value type
 */
public final class QDataStreamTransactionDecoder<T> extends ByteToMessageDecoder {

    private final TransactionReader<T> reader;
    private boolean failed;

    public QDataStreamTransactionDecoder(Codec<T> codec, StreamOptions options) {
        this.reader = new TransactionReader<>(codec, options);
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        if (failed) {
            in.skipBytes(in.readableBytes());
            return;
        }
        try {
            reader.feed(in.nioBuffer());
            drain(out);
            in.skipBytes(in.readableBytes());
        } catch (QDataStreamException e) {
            in.skipBytes(in.readableBytes());
            fail(ctx, e);
        }
    }

    @Override
    protected void decodeLast(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        if (in.isReadable()) {
            decode(ctx, in, out);
        }
        if (failed) {
            return;
        }
        try {
            reader.endOfInput();
            drain(out);
        } catch (QDataStreamException e) {
            fail(ctx, e);
        }
    }

    private void drain(List<Object> out) {
        for (;;) {
            Decoded<T> d = reader.next();
            if (d instanceof Decoded.Value<T> v) {
                out.add(v.value());
            } else {
                return;
            }
        }
    }

    private void fail(ChannelHandlerContext ctx, QDataStreamException e) {
        failed = true;
        ctx.fireExceptionCaught(e);
        ctx.close();
    }
}
