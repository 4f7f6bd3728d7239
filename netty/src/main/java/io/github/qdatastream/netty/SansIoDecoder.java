package io.github.qdatastream.netty;

import io.github.qdatastream.codec.QDataStreamException;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * What {@link QDataStreamFrameDecoder} and {@link QDataStreamTransactionDecoder} share: each read
 * is fed to a sans-I/O reader of the codec and the reader is drained before the bytes are marked
 * as read (its ownership rule: a heap buffer's array is read in place); the peer closing is its
 * end of input. On a {@link QDataStreamException} the exception is fired, unwrapped, through
 * {@code exceptionCaught}, the channel is closed, and every later byte is discarded.
 */
abstract class SansIoDecoder extends ByteToMessageDecoder {

    private boolean failed;

    /** Hands the read's bytes to the reader (which may keep a reference until drained). */
    abstract void feed(ByteBuffer bytes);

    /** Tells the reader the peer closed. */
    abstract void endOfInput();

    /** Adds every complete message to {@code out}, until the reader needs more bytes. */
    abstract void drain(ChannelHandlerContext ctx, List<Object> out);

    @Override
    protected final void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        if (failed) {
            in.skipBytes(in.readableBytes());
            return;
        }
        try {
            feed(in.nioBuffer());
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
            endOfInput();
            drain(ctx, out);
        } catch (QDataStreamException e) {
            fail(ctx, e);
        }
    }

    private void fail(ChannelHandlerContext ctx, QDataStreamException e) {
        failed = true;
        ctx.fireExceptionCaught(e);
        ctx.close();
    }
}
