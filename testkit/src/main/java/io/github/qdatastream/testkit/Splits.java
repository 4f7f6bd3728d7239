package io.github.qdatastream.testkit;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.qdatastream.codec.frame.Framing;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Ways to cut a byte stream into the pieces a socket might deliver: every single cut, one byte at a
 * time, random cuts (a QuickTheories generator that shrinks to the fewest, earliest cuts), and the
 * adversarial cuts at and inside every block header of a framing. Feed the result to a decoder with
 * {@link FramingChecks#run}, or let {@link FramingChecks#forAll} and
 * {@link FramingChecks#assertAnySplitIsTheWhole} do it.
 *
 * <p>A random split is generated as a list of <em>cut points</em>, non-negative ints taken modulo
 * {@code length + 1}: QuickTheories shrinks a list by dropping elements and an int towards zero,
 * so a failing split shrinks to the fewest, earliest cuts that still fail.
 *
 * <p>Each chunk is copied into its own array with {@link #PAD} garbage bytes on both sides, so a
 * reader that ignores an offset or reads past a length sees {@code 0xA5}, not the next chunk. A
 * chunk is fed as an array slice unless {@link #withMixedFeeds} or {@link Chunk#fedAs} says
 * otherwise.
 *
 * <pre>{@code
 * byte[] stream = encoder.encodeStream(messages);
 * FramingChecks.run(CodecDecoders.blocks(Framing.FORTUNE), Splits.atHeaderBoundaries(stream, Framing.FORTUNE));
 * }</pre>
 *
 * <p>Stateless and thread-safe: every method returns new chunks, whose arrays belong to the caller.
 */
public final class Splits {

    /** Garbage bytes placed on each side of every chunk. */
    public static final int PAD = 3;
    private static final byte GARBAGE = (byte) 0xA5;

    private Splits() {
    }

    /**
     * How a chunk is handed to the decoder: as an array slice, as a heap {@link ByteBuffer} over
     * the slice (its position is the slice's offset, so a decoder that ignores the position reads
     * the garbage around it), or copied into a direct {@link ByteBuffer} at feed time.
     */
    public enum Feed {
        /** {@link FramingChecks.Decoder#feed(byte[], int, int)} with the chunk's array, offset and length. */
        ARRAY,
        /** {@link FramingChecks.Decoder#feed(ByteBuffer)} with {@code ByteBuffer.wrap(array, offset, length)}. */
        HEAP_BUFFER,
        /** {@link FramingChecks.Decoder#feed(ByteBuffer)} with a direct buffer holding a copy of the chunk. */
        DIRECT_BUFFER
    }

    /**
     * One piece of a stream, {@code array[offset, offset + length)}, and how it is fed. A chunk
     * may be empty (feeding nothing is a step a decoder must handle too).
     *
     * <p>The record does not copy {@code array}: {@link FramingChecks#run} overwrites it after the
     * decoder has asked for more (the decoders' ownership rule), so a chunk is used for one run.
     *
     * @param array the array holding the bytes (and whatever surrounds them)
     * @param offset index of the chunk's first byte in {@code array}
     * @param length number of bytes in the chunk, {@code 0} or more
     * @param feed how the chunk is handed to the decoder
     */
    public record Chunk(byte[] array, int offset, int length, Feed feed) {
        /**
         * Checks the slice lies inside the array.
         *
         * @param array the array holding the bytes (and whatever surrounds them)
         * @param offset index of the chunk's first byte in {@code array}
         * @param length number of bytes in the chunk, {@code 0} or more
         * @param feed how the chunk is handed to the decoder
         * @throws IndexOutOfBoundsException if {@code [offset, offset + length)} is not inside {@code array}
         */
        public Chunk {
            Objects.checkFromIndexSize(offset, length, array.length);
            Objects.requireNonNull(feed, "feed");
        }

        /**
         * A chunk fed as an array slice ({@link Feed#ARRAY}).
         *
         * @param array the array holding the bytes
         * @param offset index of the chunk's first byte
         * @param length number of bytes
         * @throws IndexOutOfBoundsException if the slice is not inside {@code array}
         */
        public Chunk(byte[] array, int offset, int length) {
            this(array, offset, length, Feed.ARRAY);
        }

        /** {@return a copy of the chunk's bytes} */
        public byte[] bytes() {
            return Arrays.copyOfRange(array, offset, offset + length);
        }

        /**
         * The same bytes, handed over another way.
         *
         * @param how the way to feed them
         * @return a chunk on the same array (not a copy)
         */
        public Chunk fedAs(Feed how) {
            return new Chunk(array, offset, length, how);
        }

        @Override
        public String toString() {
            return "Chunk[" + length + (feed == Feed.ARRAY ? "" : ", " + feed) + "]";
        }
    }

    /**
     * The same chunks, each fed in a way picked by {@code random}: an array slice, a heap buffer
     * or a direct buffer, with equal odds.
     *
     * @param chunks chunks made for one run (their arrays are shared, not copied)
     * @param random picks the feed of each chunk
     * @return a new list of chunks over the same arrays
     */
    public static List<Chunk> withMixedFeeds(List<Chunk> chunks, SplittableRandom random) {
        Feed[] all = Feed.values();
        List<Chunk> out = new ArrayList<>(chunks.size());
        for (Chunk c : chunks) {
            out.add(c.fedAs(all[random.nextInt(all.length)]));
        }
        return out;
    }

    /**
     * Cut-point lists, to be applied with {@link #split(byte[], List)}. Shrinks to fewer and smaller cut points.
     *
     * @param maxCuts the largest number of cut points in a list
     * @return a generator of lists of {@code 0} to {@code maxCuts} ints in {@code [0, 2^20]}
     */
    public static Gen<List<Integer>> cutPoints(int maxCuts) {
        return lists().of(integers().between(0, 1 << 20)).ofSizeBetween(0, maxCuts)
                .describedAs(c -> "cuts " + c);
    }

    /**
     * Cut-point lists of up to 64 cuts, as {@link #cutPoints(int)}.
     *
     * @return a generator of cut-point lists
     */
    public static Gen<List<Integer>> cutPoints() {
        return cutPoints(64);
    }

    /**
     * The positions a cut-point list denotes in a stream of {@code length} bytes: each cut point modulo
     * {@code length + 1}, with {@code 0}, {@code length} and repeats dropped.
     *
     * @param length the stream's length
     * @param cuts cut points, as from {@link #cutPoints()}
     * @return the sorted distinct positions in {@code (0, length)}
     */
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

    /**
     * {@code data} cut at the positions {@code cuts} denote ({@link #positions}).
     *
     * @param data the stream (not modified)
     * @param cuts cut points, as from {@link #cutPoints()}
     * @return the chunks, in order, none empty; none for an empty stream
     */
    public static List<Chunk> split(byte[] data, List<Integer> cuts) {
        return splitAt(data, positions(data.length, cuts));
    }

    /**
     * {@code data} cut at the given positions.
     *
     * @param data the stream (not modified)
     * @param sortedPositions ascending positions; those outside {@code (0, length)} or not above the previous one are ignored
     * @return the chunks, in order, none empty; none for an empty stream
     */
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

    /**
     * All of {@code data} in one chunk.
     *
     * @param data the stream (not modified)
     * @return one chunk, or none if {@code data} is empty
     */
    public static List<Chunk> whole(byte[] data) {
        return splitAt(data);
    }

    /**
     * Every way to cut {@code data} once: {@code data} whole, then for each position {@code p} in
     * {@code (0, length)} the two chunks {@code [0, p)} and {@code [p, length)}.
     *
     * @param data the stream (not modified)
     * @return {@code max(1, length)} splits; element {@code p} (from 1) is the cut at {@code p}
     */
    public static List<List<Chunk>> everySingleCut(byte[] data) {
        List<List<Chunk>> all = new ArrayList<>();
        all.add(whole(data));
        for (int p = 1; p < data.length; p++) {
            all.add(splitAt(data, p));
        }
        return all;
    }

    /**
     * One chunk per byte.
     *
     * @param data the stream (not modified)
     * @return {@code data.length} chunks of one byte
     */
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
     *
     * @param data the framed stream (not modified)
     * @param framing the framing {@code data} was written with
     * @return the chunks, cut at {@link #headerBoundaries}
     */
    public static List<Chunk> atHeaderBoundaries(byte[] data, Framing framing) {
        return splitAt(data, headerBoundaries(data, framing));
    }

    /**
     * The positions {@link #atHeaderBoundaries} cuts at, for {@link FramingChecks#assertAnySplitIsTheWhole}'s
     * adversarial cuts.
     *
     * @param data the framed stream (not modified)
     * @param framing the framing {@code data} was written with
     * @return ascending positions (some may equal {@code data.length}, which splitting ignores)
     */
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

    /**
     * The named strategies, for tests that run every one.
     *
     * @param data the framed stream (not modified)
     * @param framing the framing {@code data} was written with
     * @return whole, one byte at a time, and at the header boundaries, in that order
     */
    public static List<List<Chunk>> fixedStrategies(byte[] data, Framing framing) {
        return List.of(whole(data), oneByteAtATime(data), atHeaderBoundaries(data, framing));
    }

    /**
     * A generator of splitting strategies for a stream not known yet: most often random cuts,
     * sometimes one of the fixed strategies. Apply with {@link Splitter#apply}.
     *
     * @param framing the framing of the streams the strategies will cut (for the header-boundary strategy)
     * @return a generator that shrinks towards fewer random cuts
     */
    public static Gen<Splitter> splitters(Framing framing) {
        Gen<Splitter> random = cutPoints().map(cuts -> new Splitter("cuts " + cuts, d -> split(d, cuts)));
        Gen<Splitter> fixed = Generate.pick(List.of(
                new Splitter("whole", Splits::whole),
                new Splitter("one byte at a time", Splits::oneByteAtATime),
                new Splitter("header boundaries", d -> atHeaderBoundaries(d, framing))));
        return random.mix(fixed, 25);
    }

    /**
     * A named way to split a stream; immutable if {@code how} is (every {@code Splits} strategy is).
     *
     * @param name what the strategy is called in a failure message
     * @param how the strategy: a stream in, fresh chunks out
     */
    public record Splitter(String name, java.util.function.Function<byte[], List<Chunk>> how) {
        /**
         * Splits a stream.
         *
         * @param data the stream (not modified)
         * @return fresh chunks
         */
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
