package io.github.qdatastream.testkit;

import static org.quicktheories.QuickTheory.qt;

import io.github.qdatastream.codec.QDataStreamException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.quicktheories.core.Gen;

/**
 * Assertions on a sans-I/O stream decoder (the codec's block reassembler, block decoder or
 * transaction reader, with your codec and framing): however a stream is cut into pieces, and
 * whether the pieces come as arrays or as heap or direct {@link ByteBuffer}s, the decoder reports
 * the same units (value, stream offset, size), the same end of data and the same error at the same
 * offset as for the whole stream; and on the way:
 *
 * <ul>
 *   <li><b>need-more hints are exact</b>: a hint asks for a positive count, and after
 *       {@code NeedMore(n)} feeding fewer than {@code n} bytes gives {@code NeedMore} for exactly
 *       the rest (for decoders whose counts are exact, {@link Decoder#exactNeed()});</li>
 *   <li><b>nothing is lost</b>: units come in stream order without overlap, inside the bytes fed;
 *       a stream that ends cleanly was consumed to its last byte; after end of input nothing asks
 *       for more; {@code feed(ByteBuffer)} takes all of the buffer; a fed array or buffer may be
 *       overwritten once the decoder has asked for more;</li>
 *   <li><b>errors are sticky</b>: after a {@link QDataStreamException} every later call throws the
 *       same error again; the error names an offset inside the bytes fed; and no other exception
 *       escapes.</li>
 * </ul>
 *
 * <pre>{@code
 * @Test
 * void myStreamSurvivesAnyFragmentation() {
 *     FramingChecks.forAll(lists().of(myMessages()).ofSizeBetween(0, 5).map(ENCODER::encodeStream),
 *             () -> CodecDecoders.blockValues(FRAMING, MyMessage.CODEC, OPTIONS));
 * }
 * }</pre>
 *
 * The decoder is seen through {@link Decoder}; {@link CodecDecoders} adapts the codec's decoders.
 * A broken rule is an {@link AssertionError} whose message shows the whole and the split outcome.
 *
 * <p>Stateless and thread-safe; the records are immutable, and each run needs its own decoder.
 */
public final class FramingChecks {

    private FramingChecks() {
    }

    /**
     * What a decoder says when asked for the next thing: a unit, a need-more hint or the end. Implementations are immutable records.
     */
    public sealed interface Step permits Unit, NeedMore, End {
    }

    /**
     * A block payload or a decoded value. Two units are equal when offset, size and value are,
     * the value compared with {@link CodecChecks#deepEquals} (arrays by content).
     * Immutable if the value is (the adapters copy a block out of the decoder's buffer).
     *
     * @param value the block payload ({@code byte[]}) or the decoded value
     * @param streamOffset where the unit starts, in bytes since the first byte fed (for a block: its payload, after the prefix)
     * @param size how many bytes the unit took (for a block: its payload size, without the prefix)
     */
    public record Unit(@Nullable Object value, long streamOffset, int size) implements Step {
        @Override
        public boolean equals(Object o) {
            return o instanceof Unit u && streamOffset == u.streamOffset && size == u.size
                    && CodecChecks.deepEquals(value, u.value);
        }

        @Override
        public int hashCode() {
            return Objects.hash(streamOffset, size);
        }

        @Override
        public String toString() {
            return "Unit[" + (value instanceof byte[] b ? CodecChecks.hex(b) : String.valueOf(value)) + " @" + streamOffset
                    + " size " + size + "]";
        }
    }

    /**
     * More input is needed. Immutable.
     *
     * @param atLeast how many more bytes the decoder needs at least (exactly, for {@link Decoder#exactNeed()} decoders)
     */
    public record NeedMore(long atLeast) implements Step {
    }

    /**
     * The stream ended. Immutable.
     *
     * @param streamOffset where the data ended, in bytes since the first byte fed
     * @param markerSeen whether an end marker ended it (rather than the end of input)
     */
    public record End(long streamOffset, boolean markerSeen) implements Step {
    }

    /**
     * The decoder under test, adapted (see {@link CodecDecoders}, or implement it for a decoder of
     * your own). Implementations hold one stream's state and need not be thread-safe: the checks use
     * each instance from one thread, for one run.
     */
    public interface Decoder {
        /**
         * Hands over {@code array[offset, offset + length)}. The decoder may keep a reference to the
         * array until it next asks for more (the checks overwrite it then).
         *
         * @param array the array holding the bytes
         * @param offset index of the first byte
         * @param length number of bytes, possibly {@code 0}
         * @throws QDataStreamException the decoder's earlier error again, once decoding has failed
         */
        void feed(byte[] array, int offset, int length);

        /**
         * Hands over the remaining bytes of {@code src} and moves its position to its limit. The checks
         * call it for {@link Splits.Feed#HEAP_BUFFER} and {@link Splits.Feed#DIRECT_BUFFER} chunks. This
         * default copies the bytes and calls {@link #feed(byte[], int, int)}; override it to check the
         * decoder's own buffer path (the codec's adapters do).
         *
         * @param src the bytes to hand over; its position is moved to its limit
         * @throws QDataStreamException the decoder's earlier error again, once decoding has failed
         */
        default void feed(ByteBuffer src) {
            byte[] copy = new byte[src.remaining()];
            src.get(copy);
            feed(copy, 0, copy.length);
        }

        /**
         * Says the input has ended (the peer closed).
         *
         * @throws QDataStreamException the decoder's earlier error again, or the error an unfinished unit is
         */
        void endOfInput();

        /**
         * Asks for the next thing.
         *
         * @return the next unit, a need-more hint, or the end (repeated on every later call once reached)
         * @throws QDataStreamException the decoder's error (and the same one on every later call)
         */
        Step next();

        /**
         * {@return how many of the bytes fed the decoder has consumed (delivered in units, skipped, or taken by an end marker)}
         */
        long bytesConsumed();

        /** {@return whether need-more counts are exact (block framing: yes; a transaction reader: a lower bound)} */
        boolean exactNeed();
    }

    /**
     * What a run produced; two runs agree when their outcomes are equal. Immutable.
     *
     * @param steps the units and the end, in order (no need-more hints)
     * @param failure the simple class name of the {@link QDataStreamException} the run ended with, or {@code null}
     * @param failureOffset that error's stream offset, or {@code -1}
     * @param consumed the decoder's {@link Decoder#bytesConsumed()} at the end
     */
    public record Outcome(List<Step> steps, @Nullable String failure, long failureOffset, long consumed) {
        @Override
        public String toString() {
            return "steps " + steps + (failure == null ? "" : ", then " + failure + " at offset " + failureOffset)
                    + ", consumed " + consumed;
        }
    }

    /**
     * For every stream from {@code streams} and random splits of it (shrinking to the fewest,
     * earliest cuts), fed once as arrays and once in a mix of arrays, heap buffers and direct
     * buffers, and for one byte at a time: the same outcome as the whole stream, and every rule of the
     * class comment on the way.
     *
     * @param streams the streams to check (valid, damaged or cut off: any outcome, as long as every split agrees)
     * @param decoders a fresh decoder for each run
     * @throws AssertionError on the first (shrunk) stream and split that breaks a rule
     */
    public static void forAll(Gen<byte[]> streams, Supplier<? extends Decoder> decoders) {
        qt().forAll(streams, Splits.cutPoints()).checkAssert((stream, cuts) -> {
            Outcome whole = run(decoders.get(), Splits.whole(stream));
            assertSame(whole, run(decoders.get(), Splits.split(stream, cuts)), "cuts " + cuts);
            assertSame(whole, run(decoders.get(), Splits.withMixedFeeds(Splits.split(stream, cuts),
                    new SplittableRandom(cuts.hashCode()))), "cuts " + cuts + ", fed as arrays and buffers");
            assertSame(whole, run(decoders.get(), Splits.oneByteAtATime(stream)), "one byte at a time");
        });
    }

    /**
     * {@code stream} cut every single way, one byte at a time, and at the given adversarial
     * positions (for a block framing: {@link Splits#headerBoundaries}) gives the same outcome as
     * the whole stream, and keeps every rule of the class comment on the way.
     *
     * @param stream the stream (valid, damaged or cut off)
     * @param decoders a fresh decoder for each run
     * @param adversarial ascending positions to cut at, all in one run
     * @return the whole stream's outcome, for further assertions
     * @throws AssertionError on the first split that differs or breaks a rule
     */
    public static Outcome assertAnySplitIsTheWhole(byte[] stream, Supplier<? extends Decoder> decoders, int... adversarial) {
        Outcome whole = run(decoders.get(), Splits.whole(stream));
        List<List<Splits.Chunk>> splits = Splits.everySingleCut(stream);
        for (int i = 0; i < splits.size(); i++) {
            assertSame(whole, run(decoders.get(), splits.get(i)), i == 0 ? "whole" : "one cut at " + i);
        }
        assertSame(whole, run(decoders.get(), Splits.oneByteAtATime(stream)), "one byte at a time");
        assertSame(whole, run(decoders.get(), Splits.splitAt(stream, adversarial)), "cuts at " + Arrays.toString(adversarial));
        return whole;
    }

    /**
     * Feeds {@code chunks} in order, each the way it says ({@link Splits.Feed}), asking for
     * everything after each, then ends the input; checks every rule of the class comment on the
     * way. A {@link QDataStreamException} ends the run and is part of the outcome.
     *
     * @param d a fresh decoder
     * @param chunks the pieces, made for this run (their arrays are overwritten once fed)
     * @return what the decoder produced
     * @throws AssertionError if the decoder breaks a rule
     */
    public static Outcome run(Decoder d, List<Splits.Chunk> chunks) {
        List<Step> steps = new ArrayList<>();
        long need = 0;
        long fed = 0;
        try {
            for (Splits.Chunk c : chunks) {
                ByteBuffer direct = feed(d, c);
                fed += c.length();
                @Nullable Long expected = d.exactNeed() && need > 0 && c.length() < need ? need - c.length() : null;
                need = drain(d, steps, expected, fed);
                // The decoder asked for more: it must no longer depend on the fed array or buffer.
                Arrays.fill(c.array(), (byte) 0x5A);
                if (direct != null) {
                    direct.clear();
                    while (direct.hasRemaining()) {
                        direct.put((byte) 0x5A);
                    }
                }
            }
            d.endOfInput();
            long after = drain(d, steps, null, fed);
            if (after != 0) {
                throw new AssertionError("NeedMore(" + after + ") after endOfInput(); steps " + steps);
            }
            if (d.bytesConsumed() != fed && !(steps.get(steps.size() - 1) instanceof End e && e.markerSeen())) {
                throw new AssertionError("the stream ended cleanly but " + (fed - d.bytesConsumed())
                        + " of " + fed + " bytes were not consumed: " + steps);
            }
            return new Outcome(steps, null, -1, d.bytesConsumed());
        } catch (QDataStreamException e) {
            CodecChecks.checkRejection(e, null, fed);
            checkSticky(d, e);
            return new Outcome(steps, e.getClass().getSimpleName(), e.offset(), d.bytesConsumed());
        }
    }

    /** Feeds one chunk the way it says; returns the direct buffer it made, if any. */
    private static @Nullable ByteBuffer feed(Decoder d, Splits.Chunk c) {
        ByteBuffer buffer = switch (c.feed()) {
            case ARRAY -> null;
            case HEAP_BUFFER -> ByteBuffer.wrap(c.array(), c.offset(), c.length());
            case DIRECT_BUFFER -> ByteBuffer.allocateDirect(c.length()).put(c.array(), c.offset(), c.length()).flip();
        };
        if (buffer == null) {
            d.feed(c.array(), c.offset(), c.length());
            return null;
        }
        d.feed(buffer);
        if (buffer.hasRemaining()) {
            throw new AssertionError("feed(ByteBuffer) left " + buffer.remaining() + " of " + c.length()
                    + " bytes remaining (it must move the position to the limit)");
        }
        return buffer.isDirect() ? buffer : null;
    }

    /** Calls next() until it asks for more (returns the count) or repeats its end (returns 0). */
    private static long drain(Decoder d, List<Step> steps, @Nullable Long expectedNeed, long fed) {
        boolean first = true;
        while (true) {
            Step s = d.next();
            if (first && expectedNeed != null && !(s instanceof NeedMore n && n.atLeast() == expectedNeed)) {
                throw new AssertionError("after NeedMore(" + (expectedNeed + 0) + "), fewer bytes than asked for gave "
                        + s + " instead of NeedMore(" + expectedNeed + ")");
            }
            first = false;
            Step last = steps.isEmpty() ? null : steps.get(steps.size() - 1);
            if (s instanceof NeedMore n) {
                if (n.atLeast() <= 0) {
                    throw new AssertionError("NeedMore asks for " + n.atLeast() + " bytes");
                }
                return n.atLeast();
            }
            if (s instanceof End end) {
                if (last instanceof End) {
                    if (!last.equals(end)) {
                        throw new AssertionError("end of data changed from " + last + " to " + end);
                    }
                    return 0;
                }
                steps.add(end);
                continue;
            }
            Unit u = (Unit) s;
            if (last instanceof End) {
                throw new AssertionError("a unit after the end of data: " + u);
            }
            long from = last instanceof Unit p ? p.streamOffset() + p.size() : 0;
            if (u.streamOffset() < from || u.size() < 0 || u.streamOffset() + u.size() > fed) {
                throw new AssertionError("unit " + u + " overlaps the one before (ends at " + from
                        + ") or lies beyond the " + fed + " bytes fed");
            }
            steps.add(u);
        }
    }

    private static void checkSticky(Decoder d, QDataStreamException first) {
        for (int i = 0; i < 2; i++) {
            try {
                if (i == 0) {
                    d.next();
                } else {
                    d.endOfInput();
                    d.next();
                }
            } catch (QDataStreamException again) {
                if (again.getClass() != first.getClass() || !Objects.equals(again.getMessage(), first.getMessage())) {
                    throw new AssertionError("errors are not sticky: first " + first + ", then " + again);
                }
                continue;
            }
            throw new AssertionError("after " + first + " a later call did not fail");
        }
    }

    /**
     * Split and whole input must give the same outcome.
     *
     * @param whole the outcome of the whole stream
     * @param split the outcome of a split of it
     * @param how the split, for the failure message
     * @throws AssertionError if the outcomes differ
     */
    public static void assertSame(Outcome whole, Outcome split, String how) {
        if (!whole.equals(split)) {
            throw new AssertionError("split input (" + how + ") differs from the whole input\n  whole: " + whole
                    + "\n  split: " + split);
        }
    }
}
