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
 * {@link QDataStreamException} it is fired, unwrapped, through {@code exceptionCaught}, the
 * channel is closed, and while {@link Decoder#isFailed()} every later byte is discarded.
 *
 * @param <U> the decoder's unit (a block or a value)
 */
abstract class SansIoDecoder<U> extends ByteToMessageDecoder {

    private final Decoder<U> decoder;

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
        if (decoder.isFailed()) {
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
