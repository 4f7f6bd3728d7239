package io.github.qdatastream.codec.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.qdatastream.testkit.Splits;
import io.github.qdatastream.codec.QDataWriter;
import io.github.qdatastream.codec.TruncatedInputException;
import io.github.qdatastream.codec.protocol.Fortune;
import io.github.qdatastream.codec.protocol.TripReply;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The unframed, transaction-style reader: same laws as the block reader, and linear cost. */
class TransactionReaderProperties {

    private static final int EXAMPLES = 200;

    private static <T> byte[] bare(io.github.qdatastream.codec.Codec<T> codec, List<T> values) {
        QDataWriter w = new QDataWriter();
        for (T v : values) {
            codec.write(w, v);
        }
        return w.toByteArray();
    }

    /** Feeds the chunks, draining after each and scribbling over drained chunks, then ends the input. */
    static <T> List<Object> read(TransactionReader<T> r, List<Splits.Chunk> chunks) {
        List<Object> out = new ArrayList<>();
        for (Splits.Chunk c : chunks) {
            r.feed(c.array(), c.offset(), c.length());
            Event<T> e;
            while ((e = r.next()) instanceof Event.Value<T> v) {
                out.add(v.value());
            }
            assertInstanceOf(Event.NeedMoreData.class, e);
            Arrays.fill(c.array(), (byte) 0x5A);
        }
        r.endOfInput();
        Event<T> e;
        while ((e = r.next()) instanceof Event.Value<T> v) {
            out.add(v.value());
        }
        out.add(e);
        return out;
    }

    @Test
    void bareFortunesSurviveAnyFragmentation() {
        qt().withExamples(EXAMPLES)
                .forAll(Messages.listsOf(Messages.fortunes(), 10), Splits.splitters(Framing.FORTUNE))
                .checkAssert((fortunes, s) -> {
                    byte[] stream = bare(Fortune.CODEC, fortunes);
                    TransactionReader<Fortune> r = new TransactionReader<>(Fortune.CODEC);
                    List<Object> expected = new ArrayList<>(fortunes);
                    expected.add(new Event.EndOfData<Fortune>(stream.length, false));
                    assertEquals(expected, read(r, s.apply(stream)));
                    // A QString takes at most three attempts: one byte, its count, all of it.
                    assertTrue(r.attempts() <= 3L * fortunes.size(), r.attempts() + " attempts");
                });
    }

    @Test
    void bareTripRepliesSurviveAnyFragmentation() {
        qt().withExamples(EXAMPLES)
                .forAll(Messages.listsOf(Messages.tripReplies(), 10), Splits.cutPoints())
                .checkAssert((trips, cuts) -> {
                    byte[] stream = bare(TripReply.CODEC, trips);
                    List<Object> expected = new ArrayList<>(trips);
                    expected.add(new Event.EndOfData<TripReply>(stream.length, false));
                    assertEquals(expected, read(new TransactionReader<>(TripReply.CODEC), Splits.split(stream, cuts)));
                });
    }

    @Test
    void theHintIsALowerBoundAndNothingIsReparsedBeforeItIsMet() {
        qt().withExamples(EXAMPLES)
                .forAll(Messages.listsOf(Messages.tripReplies(), 6))
                .checkAssert(trips -> {
                    byte[] stream = bare(TripReply.CODEC, trips);
                    TransactionReader<TripReply> r = new TransactionReader<>(TripReply.CODEC);
                    List<TripReply> got = new ArrayList<>();
                    int p = 0;
                    for (;;) {
                        Event<TripReply> e = r.next();
                        if (e instanceof Event.Value<TripReply> v) {
                            got.add(v.value());
                            continue;
                        }
                        long k = ((Event.NeedMoreData<TripReply>) e).atLeast();
                        assertTrue(k > 0);
                        if (p == stream.length) {
                            break;
                        }
                        // The next value does end at least k bytes further on.
                        assertTrue(p + k <= stream.length, "hint " + k + " at " + p + " overshoots the stream");
                        long before = r.attempts();
                        if (k > 1) {
                            r.feed(stream, p, (int) k - 1);
                            p += (int) k - 1;
                            assertEquals(new Event.NeedMoreData<TripReply>(1), r.next());
                            assertEquals(before, r.attempts(), "re-parsed before the hint was met");
                        }
                        r.feed(stream, p++, 1);
                        Event<TripReply> after = r.next();
                        assertEquals(before + 1, r.attempts(), "meeting the hint makes exactly one attempt");
                        if (after instanceof Event.Value<TripReply> v) {
                            got.add(v.value());
                        } else {
                            // Progress: the new bound lies beyond what has arrived.
                            assertTrue(((Event.NeedMoreData<TripReply>) after).atLeast() > 0);
                        }
                    }
                    assertEquals(trips, got);
                });
    }

    @Test
    void endOfInputInsideAValueIsTruncationWithTheMissingCount() {
        qt().withExamples(EXAMPLES)
                .forAll(Messages.listsOf(Messages.fortunes(), 1, 5), Splits.cutPoints(8))
                .checkAssert((fortunes, cuts) -> {
                    byte[] full = bare(Fortune.CODEC, fortunes);
                    byte[] stream = Arrays.copyOf(full, full.length - 1);
                    TransactionReader<Fortune> r = new TransactionReader<>(Fortune.CODEC);
                    TruncatedInputException e = assertThrows(TruncatedInputException.class,
                            () -> read(r, Splits.split(stream, cuts)));
                    assertTrue(e.missing() >= 1, e.getMessage());
                    assertEquals(stream.length, e.offset());
                    assertTrue(r.isFailed());
                });
    }

    /** What a reader reports for the chunks: values, then the end, or the error's kind and offset. */
    private static <T> List<Object> outcome(io.github.qdatastream.codec.Codec<T> codec, long maxValueSize,
            List<Splits.Chunk> chunks) {
        TransactionReader<T> r = new TransactionReader<>(codec, io.github.qdatastream.codec.StreamOptions.DEFAULT,
                maxValueSize);
        List<Object> out = new ArrayList<>();
        try {
            out.addAll(read(r, chunks));
        } catch (io.github.qdatastream.codec.QDataStreamException e) {
            out.add(e.getClass().getSimpleName() + " @" + e.offset());
            assertTrue(r.isFailed());
        }
        return out;
    }

    /** Real encodings of {@code values} with up to three bytes overwritten: sometimes valid, often not. */
    private static <T> void damagedStreamsAreSplitInvariant(io.github.qdatastream.codec.Codec<T> codec,
            org.quicktheories.core.Gen<List<T>> values) {
        qt().withExamples(EXAMPLES)
                .forAll(values, Messages.listsOf(org.quicktheories.generators.SourceDSL.integers().all(), 3),
                        Splits.cutPoints(), org.quicktheories.generators.SourceDSL.integers().between(8, 2000))
                .checkAssert((vs, damage, cuts, max) -> {
                    byte[] bytes = bare(codec, vs);
                    for (int d : damage) {
                        if (bytes.length > 0) {
                            bytes[Math.floorMod(d >> 8, bytes.length)] = (byte) d;
                        }
                    }
                    List<Object> whole = outcome(codec, max, Splits.whole(bytes));
                    assertEquals(whole, outcome(codec, max, Splits.split(bytes, cuts)));
                    assertEquals(whole, outcome(codec, max, Splits.oneByteAtATime(bytes)));
                });
    }

    @Test
    void damagedFortunesGiveTheSameValuesAndErrorUnderAnyFragmentation() {
        damagedStreamsAreSplitInvariant(Fortune.CODEC, Messages.listsOf(Messages.fortunes(), 6));
    }

    @Test
    void damagedTripRepliesGiveTheSameValuesAndErrorUnderAnyFragmentation() {
        damagedStreamsAreSplitInvariant(TripReply.CODEC, Messages.listsOf(Messages.tripReplies(), 6));
    }

    @Test
    void damagedStringListsGiveTheSameValuesAndErrorUnderAnyFragmentation() {
        damagedStreamsAreSplitInvariant(io.github.qdatastream.codec.Codecs.QSTRINGLIST,
                Messages.listsOf(Messages.listsOf(Messages.qstrings(), 4), 4));
    }
}
