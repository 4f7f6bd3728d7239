package io.github.qdatastream.bench;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.LengthFieldBasedFrameDecoder;

/**
 * The Netty baseline's framing: Netty 4.2's {@link LengthFieldBasedFrameDecoder} (a big-endian
 * 2-byte length field, stripped), called directly with the same chunking as the code under test.
 *
 * <p>The driver reproduces what {@code ByteToMessageDecoder} does around {@code decode()} with its
 * default {@code MERGE_CUMULATOR}, minus the pipeline: while nothing is buffered a chunk is decoded
 * in place (zero copy, as Netty uses the inbound buffer itself); otherwise it is appended to one
 * cumulation buffer from {@link ByteBufAllocator#DEFAULT}; read bytes are discarded with
 * {@code discardSomeReadBytes()}. The reused view of the input avoids a per-chunk {@code ByteBuf}
 * allocation that a real channel would not make either (it reads into pooled buffers). So this is
 * a generous baseline: Netty without its pipeline costs.
 *
 * <p>The Trip reply end marker (a bare 0xFFFF) is handled before the frame decoder, as a Netty
 * user has to: a 0xFFFF length is checked for before {@code decode} is called.
 */
public final class NettyFraming {

    /** Receives each frame (the payload, length field stripped); must not keep or release it. */
    @FunctionalInterface
    public interface FrameHandler {
        void frame(ByteBuf payload);
    }

    private static final class Decoder extends LengthFieldBasedFrameDecoder {
        Decoder() {
            // maxFrameLength counts the length field: 2 + 0xFFFF.
            super(0xFFFF + 2, 0, 2, 0, 2);
        }

        ByteBuf next(ByteBuf in) throws Exception {
            return (ByteBuf) decode(null, in);
        }
    }

    private final Decoder decoder = new Decoder();
    private final boolean endMarker;
    private final ByteBuf cumulation = ByteBufAllocator.DEFAULT.heapBuffer(1 << 16);
    private ByteBuf view = Unpooled.EMPTY_BUFFER;
    private byte[] viewArray;
    private boolean ended;

    public NettyFraming(boolean endMarker) {
        this.endMarker = endMarker;
    }

    public void reset() {
        cumulation.clear();
        ended = false;
    }

    public boolean ended() {
        return ended;
    }

    /** Bytes buffered and not yet part of a frame. */
    public int buffered() {
        return cumulation.readableBytes();
    }

    /** Feeds one chunk and hands every completed frame to {@code out}; returns the number of frames. */
    public int feed(byte[] src, int off, int len, FrameHandler out) {
        ByteBuf in;
        if (!cumulation.isReadable()) {
            if (viewArray != src) {
                view = Unpooled.wrappedBuffer(src);
                viewArray = src;
            }
            in = view.setIndex(off, off + len);
        } else {
            cumulation.writeBytes(src, off, len);
            in = cumulation;
        }
        int n = decodeAll(in, out);
        if (in == view) {
            if (view.isReadable()) {
                cumulation.clear();
                cumulation.writeBytes(view);
            }
        } else if (!cumulation.isReadable()) {
            cumulation.clear();
        } else {
            cumulation.discardSomeReadBytes();
        }
        return n;
    }

    private int decodeAll(ByteBuf in, FrameHandler out) {
        int n = 0;
        try {
            while (!ended) {
                if (endMarker && in.readableBytes() >= 2 && in.getUnsignedShort(in.readerIndex()) == 0xFFFF) {
                    in.skipBytes(2);
                    ended = true;
                    break;
                }
                ByteBuf frame = decoder.next(in);
                if (frame == null) {
                    break;
                }
                try {
                    out.frame(frame);
                } finally {
                    frame.release();
                }
                n++;
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return n;
    }
}
