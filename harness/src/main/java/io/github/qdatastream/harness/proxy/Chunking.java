package io.github.qdatastream.harness.proxy;

import java.util.SplittableRandom;

/**
 * How the proxy cuts a byte stream into the pieces it writes: unchanged, a fixed size (1 = one
 * byte at a time), or a random size in {@code [min, max]}. Parsed from {@code 1}, {@code 7},
 * {@code random:1-64} or {@code none}.
 *
 * <p>Immutable and thread-safe (the caller passes in the random source).
 */
public sealed interface Chunking {

    /**
     * The size of the next piece, at most {@code available} (which is at least 1).
     *
     * @param available bytes waiting to be forwarded, at least 1
     * @param random the random source, for random chunk sizes
     * @return the size, 1 to {@code available}
     */
    int next(int available, SplittableRandom random);

    /** Pass through: forward whatever one read returned. */
    record None() implements Chunking {
        @Override
        public int next(int available, SplittableRandom random) {
            return available;
        }

        @Override
        public String toString() {
            return "none";
        }
    }

    /**
     * Pieces of exactly {@code size} bytes (the last piece of a read may be shorter).
     *
     * @param size the piece size in bytes
     */
    record Fixed(int size) implements Chunking {
        /**
         * Checks the size.
         *
         * @param size the piece size in bytes
         * @throws IllegalArgumentException if {@code size} is below 1
         */
        public Fixed {
            if (size < 1) throw new IllegalArgumentException("chunk size < 1: " + size);
        }

        @Override
        public int next(int available, SplittableRandom random) {
            return Math.min(size, available);
        }

        @Override
        public String toString() {
            return Integer.toString(size);
        }
    }

    /**
     * Pieces of a uniformly random size in {@code [min, max]}.
     *
     * @param min the smallest piece size
     * @param max the largest piece size
     */
    record Random(int min, int max) implements Chunking {
        /**
         * Checks the range.
         *
         * @param min the smallest piece size
         * @param max the largest piece size
         * @throws IllegalArgumentException unless {@code 1 <= min <= max}
         */
        public Random {
            if (min < 1 || max < min) throw new IllegalArgumentException("bad random chunk range: " + min + "-" + max);
        }

        @Override
        public int next(int available, SplittableRandom random) {
            return Math.min(available, min == max ? min : random.nextInt(min, max + 1));
        }

        @Override
        public String toString() {
            return "random:" + min + "-" + max;
        }
    }

    /** Forward each read as it came. */
    Chunking NONE = new None();
    /** Forward one byte per write. */
    Chunking ONE_BYTE = new Fixed(1);

    /**
     * Parses {@code none}, {@code N} or {@code random:MIN-MAX}.
     *
     * @param text the chunking as the command line gives it
     * @return the chunking
     * @throws IllegalArgumentException if the text is none of these
     */
    static Chunking parse(String text) {
        String s = text.trim().toLowerCase(java.util.Locale.ROOT);
        try {
            if (s.equals("none") || s.equals("0")) return NONE;
            if (s.startsWith("random:")) {
                String[] r = s.substring("random:".length()).split("-", 2);
                if (r.length != 2) throw new IllegalArgumentException("expected random:MIN-MAX, got " + text);
                return new Random(Integer.parseInt(r[0]), Integer.parseInt(r[1]));
            }
            if (s.equals("random")) return new Random(1, 64);
            return new Fixed(Integer.parseInt(s));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad chunking '" + text + "': expected none, N or random:MIN-MAX", e);
        }
    }
}
