package io.github.qdatastream.testkit;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.qdatastream.codec.frame.Framing;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Ways to cut a byte stream into the pieces a socket might deliver: every single cut, one byte at a
 * time, random cuts (a QuickTheories generator that shrinks to the fewest, earliest cuts), and the
 * adversarial cuts at and inside every block header of a framing.
 *
 * <p>A random split is generated as a list of <em>cut points</em>, non-negative ints taken modulo
 * {@code length + 1}: QuickTheories shrinks a list by dropping elements and an int towards zero,
 * so a failing split shrinks to the fewest, earliest cuts that still fail.
 *
 * <p>Each chunk is copied into its own array with {@link #PAD} garbage bytes on both sides, so a
 * reader that ignores an offset or reads past a length sees {@code 0xA5}, not the next chunk.
 */
public final class Splits {

    /** Garbage bytes placed around every chunk. */
    public static final int PAD = 3;
    private static final byte GARBAGE = (byte) 0xA5;

    private Splits() {
    }

    /** One piece of a stream: {@code array[offset, offset + length)}. */
    public record Chunk(byte[] array, int offset, int length) {
        public byte[] bytes() {
            return Arrays.copyOfRange(array, offset, offset + length);
        }

        @Override
        public String toString() {
            return "Chunk[" + length + "]";
        }
    }

    /** Cut-point lists (up to {@code maxCuts} cuts), to be applied with {@link #split(byte[], List)}. */
    public static Gen<List<Integer>> cutPoints(int maxCuts) {
        return lists().of(integers().between(0, 1 << 20)).ofSizeBetween(0, maxCuts)
                .describedAs(c -> "cuts " + c);
    }

    /** {@return Cut-point lists of up to 64 cuts} */
    public static Gen<List<Integer>> cutPoints() {
        return cutPoints(64);
    }

    /** The sorted distinct positions in {@code (0, length)} that {@code cuts} denote. */
    public static int[] positions(int length, List<Integer> cuts) {
        TreeSet<Integer> set = new TreeSet<>();
        for (int c : cuts) {
            int p = Math.floorMod(c, length + 1);
            if (p > 0 && p < length) {
                set.add(p);
            }
        }
        return set.stream().mapToInt(Integer::intValue).toArray();
    }

    /** {@code data} cut at the positions {@code cuts} denote. */
    public static List<Chunk> split(byte[] data, List<Integer> cuts) {
        return splitAt(data, positions(data.length, cuts));
    }

    /** {@code data} cut at the given sorted positions (positions outside {@code (0, length)} are ignored). */
    public static List<Chunk> splitAt(byte[] data, int... sortedPositions) {
        List<Chunk> out = new ArrayList<>();
        int from = 0;
        for (int p : sortedPositions) {
            if (p > from && p < data.length) {
                out.add(padded(data, from, p - from));
                from = p;
            }
        }
        if (from < data.length) {
            out.add(padded(data, from, data.length - from));
        }
        return out;
    }

    /** All of {@code data} in one chunk (none if empty). */
    public static List<Chunk> whole(byte[] data) {
        return splitAt(data);
    }

    /**
     * Every way to cut {@code data} once: for each position {@code p} in {@code (0, length)}, the two
     * chunks {@code [0, p)} and {@code [p, length)}; and {@code data} whole.
     */
    public static List<List<Chunk>> everySingleCut(byte[] data) {
        List<List<Chunk>> all = new ArrayList<>();
        all.add(whole(data));
        for (int p = 1; p < data.length; p++) {
            all.add(splitAt(data, p));
        }
        return all;
    }

    /** One chunk per byte. */
    public static List<Chunk> oneByteAtATime(byte[] data) {
        int[] all = new int[Math.max(0, data.length - 1)];
        for (int i = 0; i < all.length; i++) {
            all[i] = i + 1;
        }
        return splitAt(data, all);
    }

    /**
     * Cuts at every header boundary of a stream framed with {@code framing}: before each prefix,
     * after each prefix, and inside each prefix after every byte, so every header is split every
     * way. Stops where the framing stops (end marker, a size over the limit, or truncation).
     */
    public static List<Chunk> atHeaderBoundaries(byte[] data, Framing framing) {
        return splitAt(data, headerBoundaries(data, framing));
    }

    /** The positions {@link #atHeaderBoundaries} cuts at. */
    public static int[] headerBoundaries(byte[] data, Framing framing) {
        TreeSet<Integer> set = new TreeSet<>();
        int p = 0;
        int w = framing.prefixBytes();
        while (p < data.length) {
            for (int i = 0; i <= w; i++) {
                set.add(p + i);
            }
            if (p + w > data.length) {
                break;
            }
            long size = 0;
            for (int i = 0; i < w; i++) {
                int b = data[p + (framing.byteOrder() == java.nio.ByteOrder.BIG_ENDIAN ? i : w - 1 - i)] & 0xFF;
                size = (size << 8) | b;
            }
            if ((framing.endMarker() && size == framing.markerValue()) || size > framing.maxBlockSize()) {
                break;
            }
            p += w + (int) size;
        }
        return set.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The named strategies, for tests that run every one: whole, one byte, header boundaries. */
    public static List<List<Chunk>> fixedStrategies(byte[] data, Framing framing) {
        return List.of(whole(data), oneByteAtATime(data), atHeaderBoundaries(data, framing));
    }

    /**
     * A generator of splitting strategies for a stream not known yet: most often random cuts,
     * sometimes one of the fixed strategies. Apply with {@link Splitter#apply}.
     */
    public static Gen<Splitter> splitters(Framing framing) {
        Gen<Splitter> random = cutPoints().map(cuts -> new Splitter("cuts " + cuts, d -> split(d, cuts)));
        Gen<Splitter> fixed = Generate.pick(List.of(
                new Splitter("whole", Splits::whole),
                new Splitter("one byte at a time", Splits::oneByteAtATime),
                new Splitter("header boundaries", d -> atHeaderBoundaries(d, framing))));
        return random.mix(fixed, 25);
    }

    /** A named way to split a stream. */
    public record Splitter(String name, java.util.function.Function<byte[], List<Chunk>> how) {
        public List<Chunk> apply(byte[] data) {
            return how.apply(data);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static Chunk padded(byte[] data, int from, int len) {
        byte[] a = new byte[len + 2 * PAD];
        Arrays.fill(a, GARBAGE);
        System.arraycopy(data, from, a, PAD, len);
        return new Chunk(a, PAD, len);
    }
}
