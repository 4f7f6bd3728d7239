package io.github.qdatastream.fuzz;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * How a stream is cut into the pieces that are fed to a sans-I/O decoder, and how each piece is
 * handed over (an array slice at some offset inside a larger array, a heap buffer, or a direct
 * buffer). The fuzzer picks the mode and a seed; the cuts themselves come from a PRNG so that any
 * input length gets a full set of cuts.
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

    /** Something that takes fed bytes. */
    interface Sink {
        void feed(byte[] b, int off, int len);

        void feed(ByteBuffer src);
    }

    /**
     * Feeds {@code stream[from, to)} to {@code sink} in a form picked by {@code rnd}, and returns
     * the array the bytes were fed from, so the caller can overwrite it once the decoder says it
     * has taken them (the ownership rule every decoder documents).
     */
    static byte[] feed(Sink sink, byte[] stream, int from, int to, SplittableRandom rnd) {
        int len = to - from;
        switch (rnd.nextInt(4)) {
            case 0 -> {
                byte[] copy = java.util.Arrays.copyOfRange(stream, from, to);
                sink.feed(copy, 0, len);
                return copy;
            }
            case 1 -> {
                // A slice in the middle of a larger array with junk around it.
                int pad = rnd.nextInt(5);
                byte[] big = new byte[len + 2 * pad];
                java.util.Arrays.fill(big, (byte) 0xA5);
                System.arraycopy(stream, from, big, pad, len);
                sink.feed(big, pad, len);
                return big;
            }
            case 2 -> {
                byte[] copy = java.util.Arrays.copyOfRange(stream, from, to);
                sink.feed(ByteBuffer.wrap(copy));
                return copy;
            }
            default -> {
                ByteBuffer direct = ByteBuffer.allocateDirect(len);
                direct.put(stream, from, len).flip();
                sink.feed(direct);
                return new byte[0];
            }
        }
    }
}
