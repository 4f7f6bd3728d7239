package io.github.qdatastream.netty;

import io.github.qdatastream.codec.QDataStreamException;
import io.github.qdatastream.codec.frame.Decoder;
import io.github.qdatastream.codec.frame.Event;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.util.List;

/**
 * What {@link QDataStreamFrameDecoder} and {@link QDataStreamTransactionDecoder} share: each read
 * is fed to the codec's sans-I/O {@link Decoder} and the decoder is drained before the bytes are
 * marked as read (its ownership rule: a heap buffer's array is read in place); the peer closing is
 * its end of input. On a {@link QDataStreamException} the exception is fired, unwrapped, through
 * {@code exceptionCaught}, the channel is closed, and every later byte is discarded.
 *
 * @param <U> the decoder's unit (a block or a value)
 */
abstract class SansIoDecoder<U> extends ByteToMessageDecoder {

    private final Decoder<U> decoder;
    private boolean failed;
    private boolean endSeen;

    SansIoDecoder(Decoder<U> decoder) {
        this.decoder = decoder;
    }

    /** The message passed on for one complete unit (never {@code null}). */
    abstract Object message(ChannelHandlerContext ctx, U unit);

    /** The stream ended cleanly (once); {@code out} holds the messages before the end, in order. */
    void endOfData(ChannelHandlerContext ctx, List<Object> out, Event.EndOfData<U> end) {
    }

    final Decoder<U> decoder() {
        return decoder;
    }

    @Override
    protected final void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        if (failed) {
            in.skipBytes(in.readableBytes());
            return;
        }
        try {
            decoder.feed(in.nioBuffer());
            drain(ctx, out);
            in.skipBytes(in.readableBytes());
        } catch (QDataStreamException e) {
            in.skipBytes(in.readableBytes());
            fail(ctx, e);
        }
    }

    @Override
    protected final void decodeLast(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        if (in.isReadable()) {
            decode(ctx, in, out);
        }
        if (failed) {
            return;
        }
        try {
            decoder.endOfInput();
            drain(ctx, out);
        } catch (QDataStreamException e) {
            fail(ctx, e);
        }
    }

    /** Adds every complete message to {@code out}, until the decoder needs more bytes or the stream ended. */
    private void drain(ChannelHandlerContext ctx, List<Object> out) {
        for (;;) {
            Event<U> e = decoder.next();
            if (e instanceof Event.Value<U> v) {
                out.add(message(ctx, v.value()));
            } else if (e instanceof Event.EndOfData<U> end) {
                if (!endSeen) {
                    endSeen = true;
                    endOfData(ctx, out, end);
                }
                if (decoder.bytesConsumed() < decoder.bytesFed()) {
                    decoder.next(); // bytes after the end marker: raises the decoder's corrupt-data error
                }
                return;
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
