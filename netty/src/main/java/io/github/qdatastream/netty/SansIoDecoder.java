package io.github.qdatastream.netty;

import io.github.qdatastream.codec.QDataStreamException;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.util.List;

/**
 * What {@link QDataStreamFrameDecoder} and {@link QDataStreamTransactionDecoder} share: the
 * cumulation is handed to a sans-I/O decoder of the codec, whose messages go into
 * {@code ByteToMessageDecoder}'s out list (Netty fires them as {@code channelRead}); the peer
 * closing is the decoder's end of input. On a {@link QDataStreamException} the exception is
 * fired, unwrapped, through {@code exceptionCaught}, the channel is closed, and every later byte
 * is discarded.
 */
abstract class SansIoDecoder extends ByteToMessageDecoder {

    private boolean failed;

    /** Takes what it can from {@code in} (moving its reader index) and adds complete messages to {@code out}. */
    abstract void decodeSome(ChannelHandlerContext ctx, ByteBuf in, List<Object> out);

    /** The peer closed: the rest of {@code in} is the end of the stream. */
    abstract void decodeEnd(ChannelHandlerContext ctx, ByteBuf in, List<Object> out);

    @Override
    protected final void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        if (failed) {
            in.skipBytes(in.readableBytes());
            return;
        }
        try {
            decodeSome(ctx, in, out);
        } catch (QDataStreamException e) {
            fail(ctx, in, e);
        }
    }

    @Override
    protected final void decodeLast(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        if (failed) {
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
        failed = true;
        in.skipBytes(in.readableBytes());
        ctx.fireExceptionCaught(e);
        ctx.close();
    }
}
