package io.github.qdatastream.netty;

import io.github.qdatastream.codec.QDataStreamException;
import io.github.qdatastream.codec.frame.Decoder;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.util.List;

/**
 * What {@link QDataStreamFrameDecoder} and {@link QDataStreamTransactionDecoder} share: the
 * cumulation is handed to the codec's sans-I/O {@link Decoder}, whose units go into
 * {@code ByteToMessageDecoder}'s out list (Netty fires them as {@code channelRead}); the peer
 * closing is the decoder's end of input. The decoder's failure is the one sticky error: on a
 * {@link QDataStreamException} it is fired, unwrapped, through {@code exceptionCaught} (after the
 * messages decoded before it), the channel is closed, and while {@link Decoder#isFailed()} every
 * later byte is discarded.
 *
 * @param <U> the decoder's unit (a block or a value)
 */
abstract class SansIoDecoder<U> extends ByteToMessageDecoder {

    private final Decoder<U> decoder;
    /** A user event, then the decoder's error, waiting for the messages before them to be passed on. */
    private Object pendingEvent;
    private QDataStreamException pending;

    SansIoDecoder(Decoder<U> decoder) {
        this.decoder = decoder;
    }

    final Decoder<U> decoder() {
        return decoder;
    }

    /** Takes what it can from {@code in} (moving its reader index) and adds complete messages to {@code out}. */
    abstract void decodeSome(ChannelHandlerContext ctx, ByteBuf in, List<Object> out);

    /** The peer closed: the rest of {@code in} is the end of the stream. */
    abstract void decodeEnd(ChannelHandlerContext ctx, ByteBuf in, List<Object> out);

    @Override
    protected final void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        // Netty has passed on the out list before this call: what waited for it goes now.
        firePending(ctx);
        if (decoder.isFailed()) {
            in.skipBytes(in.readableBytes());
            return;
        }
        try {
            decodeSome(ctx, in, out);
        } catch (QDataStreamException e) {
            if (out.isEmpty()) {
                fail(ctx, in, e);
            } else {
                // Messages decoded before the error are in the out list, which Netty passes on after
                // this call: the error follows them, in the next call or at channelReadComplete.
                // The failed decoder discards every later byte; marking them read here also keeps
                // Netty from refusing a call that produced messages without reading.
                in.skipBytes(in.readableBytes());
                pending = e;
            }
        }
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) throws Exception {
        firePending(ctx);
        super.channelReadComplete(ctx);
    }

    /** Fires {@code event} after the messages already in {@code out} (now, if there are none). */
    final void fireAfter(ChannelHandlerContext ctx, List<Object> out, Object event) {
        if (out.isEmpty()) {
            ctx.fireUserEventTriggered(event);
        } else {
            pendingEvent = event;
        }
    }

    private void firePending(ChannelHandlerContext ctx) {
        Object event = pendingEvent;
        if (event != null) {
            pendingEvent = null;
            ctx.fireUserEventTriggered(event);
        }
        QDataStreamException e = pending;
        if (e != null) {
            pending = null;
            ctx.fireExceptionCaught(e);
            ctx.close();
        }
    }

    @Override
    protected final void decodeLast(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        firePending(ctx);
        if (decoder.isFailed()) {
            in.skipBytes(in.readableBytes());
            return;
        }
        try {
            decodeEnd(ctx, in, out);
        } catch (QDataStreamException e) {
            fail(ctx, in, e);
        }
    }

    private void fail(ChannelHandlerContext ctx, ByteBuf in, QDataStreamException e) {
        in.skipBytes(in.readableBytes());
        ctx.fireExceptionCaught(e);
        ctx.close();
    }
}
