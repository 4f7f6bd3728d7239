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

    /** The size of the next piece, at most {@code available} (which is at least 1). */
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

    /** Pieces of exactly {@code size} bytes (the last piece of a read may be shorter). */
    record Fixed(int size) implements Chunking {
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

    /** Pieces of a uniformly random size in {@code [min, max]}. */
    record Random(int min, int max) implements Chunking {
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

    Chunking NONE = new None();
    Chunking ONE_BYTE = new Fixed(1);

    /** Parses {@code none}, {@code N} or {@code random:MIN-MAX}. */
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
