package io.github.qdatastream.fuzz;

import io.github.qdatastream.testkit.FramingChecks;
import io.github.qdatastream.testkit.Splits;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * How a stream is cut into the pieces that are fed to a sans-I/O decoder, and how each piece is
 * handed over (an array slice at some offset inside a larger array, a heap buffer, or a direct
 * buffer): the fuzzer's choice of a split, as the testkit's {@link Splits.Chunk}s for
 * {@link FramingChecks#run} (or as raw pieces, for the Netty targets). The fuzzer picks the mode
 * and a seed; the cuts themselves come from a PRNG so that any input length gets a full set of
 * cuts. Pieces may be empty (feeding nothing is a step too).
 */
record Chunking(int mode, int seed) {

    static final int WHOLE = 0;
    static final int BYTE_AT_A_TIME = 1;
    static final int SMALL = 2;
    static final int ANY = 3;

    static final Chunking ALL_AT_ONCE = new Chunking(WHOLE, 0);

    static Chunking choose(FuzzInput in) {
        return new Chunking(in.choose(4), in.choose16());
    }

    static FuzzInput.Builder choices(FuzzInput.Builder b, int mode, int seed) {
        return b.choice(mode).choose16(seed);
    }

    /** The cut points: piece {@code i} is {@code [cuts[i], cuts[i+1])}; pieces may be empty. */
    List<int[]> pieces(int length) {
        List<int[]> out = new ArrayList<>();
        SplittableRandom rnd = new SplittableRandom(seed);
        int at = 0;
        while (at < length || out.isEmpty()) {
            int n = switch (mode) {
                case WHOLE -> length;
                case BYTE_AT_A_TIME -> 1;
                case SMALL -> rnd.nextInt(8) == 0 ? 0 : 1 + rnd.nextInt(7);
                default -> rnd.nextInt(4) == 0 ? 0 : 1 + rnd.nextInt(Math.max(1, length));
            };
            n = Math.min(n, length - at);
            out.add(new int[]{at, at + n});
            at += n;
            if (length == 0) {
                break;
            }
        }
        return out;
    }

    /**
     * The pieces of {@code stream} as the testkit's chunks, each handed over in a form picked by a
     * PRNG seeded from this chunking: a copy of the piece, the piece in the middle of a larger
     * array with {@code 0xA5} junk around it, a heap buffer, or a direct buffer. Fresh arrays on
     * every call: {@link FramingChecks#run} overwrites them once the decoder has taken them (the
     * ownership rule every decoder documents).
     */
    List<Splits.Chunk> chunks(byte[] stream) {
        SplittableRandom rnd = new SplittableRandom(seed * 31L + mode);
        List<Splits.Chunk> out = new ArrayList<>();
        for (int[] piece : pieces(stream.length)) {
            int from = piece[0];
            int len = piece[1] - piece[0];
            switch (rnd.nextInt(4)) {
                case 0 -> out.add(new Splits.Chunk(Arrays.copyOfRange(stream, from, from + len), 0, len));
                case 1 -> {
                    int pad = rnd.nextInt(5);
                    byte[] big = new byte[len + 2 * pad];
                    Arrays.fill(big, (byte) 0xA5);
                    System.arraycopy(stream, from, big, pad, len);
                    out.add(new Splits.Chunk(big, pad, len));
                }
                case 2 -> out.add(new Splits.Chunk(Arrays.copyOfRange(stream, from, from + len), 0, len,
                        Splits.Feed.HEAP_BUFFER));
                default -> out.add(new Splits.Chunk(Arrays.copyOfRange(stream, from, from + len), 0, len,
                        Splits.Feed.DIRECT_BUFFER));
            }
        }
        return out;
    }
}
