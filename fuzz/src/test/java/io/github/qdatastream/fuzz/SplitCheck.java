package io.github.qdatastream.fuzz;

import io.github.qdatastream.codec.QDataStreamException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Drives a sans-I/O decoder (block reassembler, block decoder, transaction reader) over a stream
 * cut into pieces, and records what it produced, so that split and whole input can be compared:
 * they must give the same values, the same end of data and the same error at the same offset.
 *
 * <p>While driving it also checks the decoders' documented promises: {@code NeedMoreData} asks for
 * a positive count; after a {@code NeedMoreData(n)}, feeding fewer than {@code n} bytes gives
 * {@code NeedMoreData} for the rest (exact counts only, see {@link Decoder#exactNeed()}); after
 * {@code endOfInput()} nothing asks for more data; errors are sticky; and a fed array may be
 * overwritten once the decoder has asked for more.
 */
final class SplitCheck {

    private SplitCheck() {
    }

    /** One step's result, normalised across the three decoders. */
    sealed interface Event permits Data, End, Need {
    }

    /** A block payload or decoded value: {@code value} compared with {@link Rules#deepEquals}. */
    record Data(Object value, long streamOffset, int size) implements Event {
        @Override
        public boolean equals(Object o) {
            return o instanceof Data d && streamOffset == d.streamOffset && size == d.size
                    && Rules.deepEquals(value, d.value);
        }

        @Override
        public int hashCode() {
            return Objects.hash(streamOffset, size);
        }

        @Override
        public String toString() {
            return "Data[" + (value instanceof byte[] b ? Rules.hex(b) : String.valueOf(value)) + " @" + streamOffset
                    + " size " + size + "]";
        }
    }

    record End(long streamOffset, boolean markerSeen) implements Event {
    }

    record Need(long atLeast) implements Event {
    }

    /** The decoder under test, adapted. */
    interface Decoder extends Chunking.Sink {
        void endOfInput();

        Event next();

        long bytesConsumed();

        /** Whether {@code NeedMoreData} counts are exact (true for block framing). */
        boolean exactNeed();
    }

    /** What a run produced: the events (no NeedMoreData), and the error it ended with, if any. */
    record Outcome(List<Event> events, String failure, long failureOffset, long consumed) {
        @Override
        public String toString() {
            return "events " + events + (failure == null ? "" : ", then " + failure + " at offset " + failureOffset)
                    + ", consumed " + consumed;
        }
    }

    static Outcome run(Decoder d, byte[] stream, Chunking chunking) {
        List<Event> events = new ArrayList<>();
        SplittableRandom rnd = new SplittableRandom(chunking.seed() * 31L + chunking.mode());
        long need = 0;
        try {
            for (int[] piece : chunking.pieces(stream.length)) {
                int len = piece[1] - piece[0];
                byte[] fedFrom = Chunking.feed(d, stream, piece[0], piece[1], rnd);
                Long expected = d.exactNeed() && need > 0 && len < need ? need - len : null;
                need = drain(d, events, expected);
                // The decoder asked for more: it must no longer depend on the fed array.
                Arrays.fill(fedFrom, (byte) 0x5A);
            }
            d.endOfInput();
            long after = drain(d, events, null);
            if (after != 0) {
                throw new AssertionError("NeedMoreData(" + after + ") after endOfInput(); events " + events);
            }
            return new Outcome(events, null, -1, d.bytesConsumed());
        } catch (QDataStreamException e) {
            Rules.checkRejection(e, null, stream.length);
            checkSticky(d, e);
            return new Outcome(events, e.getClass().getSimpleName(), e.offset(), d.bytesConsumed());
        }
    }

    /**
     * Calls next() until it asks for more data (returns the count) or repeats an end of data
     * (returns 0).
     */
    private static long drain(Decoder d, List<Event> events, Long expectedNeed) {
        boolean first = true;
        while (true) {
            Event e = d.next();
            if (first && expectedNeed != null && !(e instanceof Need n && n.atLeast() == expectedNeed)) {
                throw new AssertionError("after NeedMoreData(" + (expectedNeed + 0) + "), fewer bytes than asked for gave "
                        + e + " instead of NeedMoreData(" + expectedNeed + ")");
            }
            first = false;
            if (e instanceof Need n) {
                if (n.atLeast() <= 0) {
                    throw new AssertionError("NeedMoreData asks for " + n.atLeast() + " bytes");
                }
                return n.atLeast();
            }
            if (e instanceof End end) {
                if (!events.isEmpty() && events.get(events.size() - 1) instanceof End last) {
                    if (!last.equals(end)) {
                        throw new AssertionError("end of data changed from " + last + " to " + end);
                    }
                    return 0;
                }
                events.add(end);
                continue;
            }
            if (!events.isEmpty() && events.get(events.size() - 1) instanceof End) {
                throw new AssertionError("a value after the end of data: " + e);
            }
            events.add(e);
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
    static void assertSame(Outcome whole, Outcome split, Chunking chunking) {
        if (!whole.equals(split)) {
            throw new AssertionError("split input (" + chunking + ") differs from whole input\n  whole: " + whole
                    + "\n  split: " + split);
        }
    }
}
