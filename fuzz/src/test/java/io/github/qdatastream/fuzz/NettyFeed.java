package io.github.qdatastream.fuzz;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.CompositeByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/** Drives a Netty decoder in an {@link EmbeddedChannel} the way the Netty fuzz targets need it. */
final class NettyFeed {

    private NettyFeed() {
    }

    /**
     * {@code bytes} as one of the buffers Netty hands a decoder: heap, direct, a slice at an
     * offset of a larger buffer, or a {@link CompositeByteBuf} of heap and direct parts.
     */
    static ByteBuf shape(SplittableRandom rnd, byte[] bytes) {
        int n = bytes.length;
        switch (rnd.nextInt(4)) {
            case 0:
                return Unpooled.wrappedBuffer(bytes);
            case 1:
                return Unpooled.directBuffer(n).writeBytes(bytes);
            case 2: {
                ByteBuf whole = (rnd.nextBoolean() ? Unpooled.buffer(n + 5) : Unpooled.directBuffer(n + 5))
                        .writeZero(2).writeBytes(bytes).writeZero(3);
                ByteBuf slice = whole.retainedSlice(2, n);
                whole.release();
                return slice;
            }
            default: {
                CompositeByteBuf c = Unpooled.compositeBuffer();
                for (int at = 0; at < n; ) {
                    int k = Math.min(n - at, 1 + rnd.nextInt(Math.max(1, n / 2)));
                    ByteBuf part = rnd.nextBoolean() ? Unpooled.buffer(k) : Unpooled.directBuffer(k);
                    c.addComponent(true, part.writeBytes(bytes, at, k));
                    at += k;
                }
                return c;
            }
        }
    }

    /**
     * Writes {@code stream} to the channel in the chunking's pieces, each in a {@link #shape}
     * chosen by the chunking's seed, while the channel is open; then finishes the channel
     * (the peer closes) and checks that the decoder released every buffer it was given.
     */
    static void feedAndFinish(EmbeddedChannel ch, byte[] stream, Chunking chunking) {
        SplittableRandom rnd = new SplittableRandom(chunking.seed());
        List<ByteBuf> fed = new ArrayList<>();
        for (int[] piece : chunking.pieces(stream.length)) {
            if (!ch.isOpen()) {
                break;
            }
            byte[] bytes = Arrays.copyOfRange(stream, piece[0], piece[1]);
            ByteBuf buf = shape(rnd, bytes);
            fed.add(buf);
            ch.writeInbound(buf);
        }
        ch.finishAndReleaseAll();
        for (ByteBuf b : fed) {
            // Unpooled.wrappedBuffer(new byte[0]) is the shared EMPTY_BUFFER, which is never freed.
            if (b != Unpooled.EMPTY_BUFFER && b.refCnt() != 0) {
                throw new AssertionError("a fed buffer was not released (refCnt " + b.refCnt() + ")");
            }
        }
    }
}
