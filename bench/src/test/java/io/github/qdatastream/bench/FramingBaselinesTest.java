package io.github.qdatastream.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The baselines frame the workloads correctly at every chunking (or the comparison means nothing). */
class FramingBaselinesTest {

    private static final int SIZE = 256 * 1024;

    @ParameterizedTest
    @EnumSource(Chunking.class)
    void copyLoopFindsEveryTripBlockAndTheEndMarker(Chunking chunking) {
        Workloads.Stream s = Workloads.tripStream(SIZE);
        CopyLoop loop = new CopyLoop();
        int blocks = 0;
        int off = 0;
        for (int len : chunking.sizes(s.length())) {
            blocks += loop.feed(s.bytes(), off, len);
            off += len;
        }
        assertEquals(s.blocks(), blocks);
        assertTrue(loop.ended());
    }

    @ParameterizedTest
    @EnumSource(Chunking.class)
    void nettyFramesEveryTripBlockWithTheRightPayload(Chunking chunking) {
        Workloads.Stream s = Workloads.tripStream(SIZE);
        NettyFraming netty = new NettyFraming(true);
        int[] expectedOffset = {2};
        int off = 0;
        int blocks = 0;
        for (int len : chunking.sizes(s.length())) {
            blocks += netty.feed(s.bytes(), off, len, frame -> {
                int at = expectedOffset[0];
                int size = ((s.bytes()[at - 2] & 0xFF) << 8) | (s.bytes()[at - 1] & 0xFF);
                byte[] payload = new byte[frame.readableBytes()];
                frame.getBytes(frame.readerIndex(), payload);
                assertArrayEquals(Arrays.copyOfRange(s.bytes(), at, at + size), payload);
                expectedOffset[0] = at + size + 2;
            });
            off += len;
        }
        assertEquals(s.blocks(), blocks);
        assertTrue(netty.ended());
        assertEquals(0, netty.buffered());
    }

    @ParameterizedTest
    @EnumSource(Chunking.class)
    void nettyFramesEveryFortuneBlock(Chunking chunking) {
        Workloads.Stream s = Workloads.fortuneStream(SIZE);
        NettyFraming netty = new NettyFraming(false);
        int off = 0;
        int blocks = 0;
        for (int len : chunking.sizes(s.length())) {
            blocks += netty.feed(s.bytes(), off, len, frame -> { });
            off += len;
        }
        assertEquals(s.blocks(), blocks);
        assertFalse(netty.ended());
        assertEquals(0, netty.buffered());
    }

    @ParameterizedTest
    @EnumSource(Chunking.class)
    void chunkSizesCoverTheStreamExactly(Chunking chunking) {
        int[] sizes = chunking.sizes(100_003);
        assertEquals(100_003, Arrays.stream(sizes).sum());
        assertTrue(Arrays.stream(sizes).allMatch(n -> n > 0));
    }

    @Test
    void workloadsAreDeterministicAndShapedAsSpecified() {
        Workloads.Stream a = Workloads.tripStream(SIZE);
        Workloads.Stream b = Workloads.tripStream(SIZE);
        assertArrayEquals(a.bytes(), b.bytes());
        double tripBlock = (a.length() - 2) / (double) a.blocks();
        assertTrue(tripBlock > 33 && tripBlock < 42, "trip block average " + tripBlock);
        Workloads.TripValues v = Workloads.tripValues(SIZE);
        assertTrue(Arrays.stream(v.trainType()).allMatch(t -> t.length() >= 3 && t.length() <= 25));
        assertTrue(Arrays.stream(v.trainType()).anyMatch(t -> t.codePoints().anyMatch(c -> c > 0xFFFF)));
        assertTrue(Arrays.stream(v.trainType()).anyMatch(t -> t.chars().anyMatch(c -> c > 0x7F && c < 0x100)));
        Workloads.Stream f = Workloads.fortuneStream(SIZE);
        double fortuneBlock = f.length() / (double) f.blocks();
        assertTrue(fortuneBlock > 210 && fortuneBlock < 240, "fortune block average " + fortuneBlock);
        assertEquals(0xFF, a.bytes()[a.length() - 1] & 0xFF);
        assertEquals(0xFF, a.bytes()[a.length() - 2] & 0xFF);
    }
}
