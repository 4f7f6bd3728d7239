package io.github.qdatastream.testkit;

import static org.quicktheories.QuickTheory.qt;

import io.github.qdatastream.codec.QDataStreamException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.quicktheories.core.Gen;

/**
 * Assertions on a sans-I/O stream decoder (the codec's block reassembler, block decoder or
 * transaction reader, with your codec and framing): however a stream is cut into pieces, the
 * decoder reports the same units (value, stream offset, size), the same end of data and the same
 * error at the same offset as for the whole stream; and on the way:
 *
 * <ul>
 *   <li><b>need-more hints are exact</b>: a hint asks for a positive count, and after
 *       {@code NeedMore(n)} feeding fewer than {@code n} bytes gives {@code NeedMore} for exactly
 *       the rest (for decoders whose counts are exact, {@link Decoder#exactNeed()});</li>
 *   <li><b>nothing is lost</b>: units come in stream order without overlap, inside the bytes fed;
 *       a stream that ends cleanly was consumed to its last byte; after end of input nothing asks
 *       for more; a fed array may be overwritten once the decoder has asked for more;</li>
 *   <li><b>errors are sticky</b>: after a {@link QDataStreamException} every later call throws the
 *       same error again; and no other exception escapes.</li>
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
 */
public final class FramingChecks {

    private FramingChecks() {
    }

    /** What a decoder says when asked for the next thing. */
    public sealed interface Step permits Unit, NeedMore, End {
    }

    /** A block payload or a decoded value; {@code value} is compared with {@link CodecChecks#deepEquals}. */
    public record Unit(Object value, long streamOffset, int size) implements Step {
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

    /** More input is needed: at least {@code atLeast} bytes. */
    public record NeedMore(long atLeast) implements Step {
    }

    /** The stream ended at {@code streamOffset} (after an end marker, or at end of input). */
    public record End(long streamOffset, boolean markerSeen) implements Step {
    }

    /** The decoder under test, adapted (see {@link CodecDecoders}). */
    public interface Decoder {
        void feed(byte[] array, int offset, int length);

        void endOfInput();

        /** {@return the next unit, a need-more hint, or the end; throws the decoder's {@link QDataStreamException}} */
        Step next();

        long bytesConsumed();

        /** {@return whether need-more counts are exact (block framing: yes; a transaction reader: a lower bound)} */
        boolean exactNeed();
    }

    /** What a run produced: the units and end (no hints), and the error it ended with, if any. */
    public record Outcome(List<Step> steps, String failure, long failureOffset, long consumed) {
        @Override
        public String toString() {
            return "steps " + steps + (failure == null ? "" : ", then " + failure + " at offset " + failureOffset)
                    + ", consumed " + consumed;
        }
    }

    /**
     * For every stream from {@code streams} and random splits of it (shrinking to the fewest,
     * earliest cuts), and for one byte at a time: the same outcome as the whole stream.
     */
    public static void forAll(Gen<byte[]> streams, Supplier<? extends Decoder> decoders) {
        qt().forAll(streams, Splits.cutPoints()).checkAssert((stream, cuts) -> {
            Outcome whole = run(decoders.get(), Splits.whole(stream));
            assertSame(whole, run(decoders.get(), Splits.split(stream, cuts)), "cuts " + cuts);
            assertSame(whole, run(decoders.get(), Splits.oneByteAtATime(stream)), "one byte at a time");
        });
    }

    /**
     * {@code stream} cut every single way, one byte at a time, and at the given adversarial
     * positions (for a block framing: {@link Splits#headerBoundaries}) gives the same outcome as
     * the whole stream. Returns the whole stream's outcome.
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

    /** Feeds {@code chunks} in order, asking for everything after each, then ends the input. */
    public static Outcome run(Decoder d, List<Splits.Chunk> chunks) {
        List<Step> steps = new ArrayList<>();
        long need = 0;
        long fed = 0;
        try {
            for (Splits.Chunk c : chunks) {
                d.feed(c.array(), c.offset(), c.length());
                fed += c.length();
                Long expected = d.exactNeed() && need > 0 && c.length() < need ? need - c.length() : null;
                need = drain(d, steps, expected, fed);
                // The decoder asked for more: it must no longer depend on the fed array.
                Arrays.fill(c.array(), (byte) 0x5A);
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

    /** Calls next() until it asks for more (returns the count) or repeats its end (returns 0). */
    private static long drain(Decoder d, List<Step> steps, Long expectedNeed, long fed) {
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

    /** Split and whole input must give the same outcome. */
    public static void assertSame(Outcome whole, Outcome split, String how) {
        if (!whole.equals(split)) {
            throw new AssertionError("split input (" + how + ") differs from the whole input\n  whole: " + whole
                    + "\n  split: " + split);
        }
    }
}
