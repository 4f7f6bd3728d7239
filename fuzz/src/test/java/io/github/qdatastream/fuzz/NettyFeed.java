package io.github.qdatastream.fuzz;

import io.netty.buffer.ByteBuf;
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
     * Writes {@code stream} to the channel in the chunking's pieces, each as a heap or a direct
     * buffer (chosen by the chunking's seed), while the channel is open; then finishes the channel
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
            ByteBuf buf = rnd.nextBoolean() ? Unpooled.wrappedBuffer(bytes)
                    : Unpooled.directBuffer(bytes.length).writeBytes(bytes);
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
