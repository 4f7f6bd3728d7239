package io.github.qdatastream.codec.frame;

import io.github.qdatastream.testkit.Splits;
import io.github.qdatastream.testkit.FrameStreams;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.qdatastream.testkit.FrameStreams;
import io.github.qdatastream.testkit.Splits;
import io.github.qdatastream.codec.QDataStreamException;
import io.github.qdatastream.codec.StreamOptions;
import io.github.qdatastream.codec.TruncatedInputException;
import io.github.qdatastream.codec.protocol.Fortune;
import io.github.qdatastream.codec.protocol.TripReply;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The {@link Decoder} contract, the same for all three decoders: the reassembler's shortcuts are
 * shortcuts of its state machine (same events, byte for byte, as the state machine alone); every
 * way of feeding (arrays, heap, read-only and direct {@link ByteBuffer}s) and of taking out
 * ({@code next()}, {@code drain}) gives the same events; end of input at every offset is the
 * truncated error with the exact count; every byte ends in exactly one unit or one error; and only
 * the codec's exceptions escape.
 */
class DecoderContractProperties {

    private static final int EXAMPLES = 300;

    /** How a chunk is handed over. */
    enum Feed { ARRAY, HEAP_BUFFER, READ_ONLY_BUFFER, DIRECT_BUFFER, MIXED }

    /** One way to drive a decoder: how chunks are fed, drain or next(), how many chunks between pulls. */
    record Drive(Feed feed, boolean drain, int pullEvery) {
    }

    static Gen<Drive> drives() {
        return Generate.enumValues(Feed.class).zip(Generate.booleans(), integers().between(1, 3), Drive::new);
    }

    private static void feed(Decoder<?> d, Splits.Chunk c, Feed how, int index) {
        Feed f = how == Feed.MIXED ? Feed.values()[index % 4] : how;
        switch (f) {
            case ARRAY -> d.feed(c.array(), c.offset(), c.length());
            case HEAP_BUFFER -> {
                ByteBuffer b = ByteBuffer.wrap(c.array(), c.offset(), c.length()).slice();
                d.feed(b);
                assertEquals(0, b.remaining());
            }
            case READ_ONLY_BUFFER -> d.feed(ByteBuffer.wrap(c.array(), c.offset(), c.length()).asReadOnlyBuffer());
            default -> {
                ByteBuffer b = ByteBuffer.allocateDirect(c.length() + 2).position(1);
                b.put(c.array(), c.offset(), c.length()).flip().position(1);
                d.feed(b);
                assertEquals(0, b.remaining());
            }
        }
    }

    private static String unit(Object value, long at, int size) {
        if (value instanceof Block b) {
            assertEquals(at, b.streamOffset());
            assertEquals(size, b.length());
            return FrameStreams.block(b.array(), b.offset(), b.length(), at);
        }
        return "value @" + at + " size " + size + " " + value;
    }

    /**
     * Everything the decoder says for these chunks, driven this way: every unit with its offsets,
     * every hint, the end, the error with its message; and the error is sticky.
     */
    static <T> List<String> transcript(Decoder<T> d, List<Splits.Chunk> chunks, Drive how) {
        List<String> out = new ArrayList<>();
        List<String> units = new ArrayList<>();
        try {
            int i = 0;
            for (Splits.Chunk c : chunks) {
                feed(d, c, how.feed(), i);
                if (++i % how.pullEvery() == 0) {
                    pullUnits(d, how.drain(), out);
                }
            }
            d.endOfInput();
            assertTrue(d.isEndOfInput());
            pullUnits(d, how.drain(), out);
            pullUnits(d, how.drain(), out); // the end repeats, or bytes after the marker are an error now
        } catch (QDataStreamException e) {
            out.add(FrameStreams.error(e) + " | " + e.getMessage());
            assertEquals(e, d.failure());
            FrameStreams.checkSticky(d, e);
        }
        return out;
    }

    private static <T> void pullUnits(Decoder<T> d, boolean drain, List<String> out) {
        if (drain) {
            d.drain(v -> out.add(unitOf(d, v)));
        } else {
            for (Event<T> e = d.next(); ; e = d.next()) {
                if (e instanceof Event.Value<T> v) {
                    out.add(unit(v.value(), v.streamOffset(), v.size()));
                    continue;
                }
                if (e instanceof Event.NeedMoreData<T> k) {
                    assertEquals(k.atLeast(), d.needed());
                    assertTrue(k.atLeast() > 0);
                    out.add(FrameStreams.need(k.atLeast()));
                } else {
                    Event.EndOfData<T> end = (Event.EndOfData<T>) e;
                    assertEquals(end, d.endOfData());
                    out.add(FrameStreams.end(end.streamOffset(), end.markerSeen()));
                }
                return;
            }
        }
        if (d.isEnded()) {
            Event.EndOfData<T> end = d.endOfData();
            out.add(FrameStreams.end(end.streamOffset(), end.markerSeen()));
        } else {
            assertTrue(d.needed() > 0, "needed() after drain: " + d.needed());
            out.add(FrameStreams.need(d.needed()));
        }
    }

    /** A drained unit in next()'s vocabulary: a value's offsets are the decoder's consumed bytes. */
    private static String unitOf(Decoder<?> d, Object v) {
        if (v instanceof Block b) {
            return unit(b, b.streamOffset(), b.length());
        }
        return "value consumed " + d.bytesConsumed() + " " + v;
    }

    /** The transcript without the hints (which depend on the split) and in drain's unit vocabulary. */
    private static List<String> outcome(List<String> transcript) {
        List<String> out = new ArrayList<>();
        for (String s : transcript) {
            if (s.startsWith("need ")) {
                continue;
            }
            // The error's kind and numbers; its message may count the bytes that had arrived.
            s = s.contains(" | ") ? s.substring(0, s.indexOf(" | ")) : s;
            if (out.isEmpty() || !out.get(out.size() - 1).equals(s) || !s.startsWith("end ")) {
                out.add(s);
            }
        }
        return out;
    }

    private static final Drive SIMPLE = new Drive(Feed.ARRAY, false, 1);

    // ---------------------------------------------------------------- the decoders under test

    /** Streams for the typed decoders: real Trip replies (framed) and Fortunes (bare), sometimes damaged. */
    record Typed(String name, byte[] bytes, boolean framed) {
        @Override
        public String toString() {
            return name + " (" + bytes.length + " bytes)";
        }
    }

    static Gen<Typed> typedStreams() {
        return damaged(trips().mix(bareFortunes(), 50));
    }

    static Gen<Typed> trips() {
        return Messages.listsOf(Messages.tripReplies(), 6).map(t -> new Typed("trips " + t.size(),
                new BlockEncoder<>(Framing.TRIP_REPLY, TripReply.CODEC).encodeStream(t), true));
    }

    static Gen<Typed> bareFortunes() {
        return Messages.listsOf(Messages.fortunes(), 6).map(fs -> {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            for (Fortune f : fs) {
                out.writeBytes(Fortune.CODEC.encode(f));
            }
            return new Typed("bare fortunes " + fs.size(), out.toByteArray(), false);
        });
    }

    /** Streams with up to two bytes overwritten. */
    static Gen<Typed> damaged(Gen<Typed> any) {
        return any.zip(Messages.listsOf(integers().all(), 0, 2), (t, damage) -> {
            byte[] b = t.bytes().clone();
            for (int d : damage) {
                if (b.length > 0) {
                    b[Math.floorMod(d >> 8, b.length)] = (byte) d;
                }
            }
            return new Typed(t.name() + (damage.isEmpty() ? "" : " damaged " + damage), b, t.framed());
        });
    }

    private static Supplier<Decoder<?>> typedDecoder(Typed t, boolean shortcuts) {
        return t.framed() ? () -> new BlockDecoder<>(Framing.TRIP_REPLY, TripReply.CODEC, StreamOptions.DEFAULT, shortcuts)
                : () -> new TransactionReader<>(Fortune.CODEC);
    }

    // ---------------------------------------------------------------- properties

    @Test
    void theShortcutsGiveExactlyTheEventsOfTheStateMachine() {
        qt().withExamples(EXAMPLES)
                .forAll(FrameStreams.streams(), Splits.cutPoints(), drives())
                .checkAssert((s, cuts, how) -> {
                    List<Splits.Chunk> chunks = Splits.split(s.bytes(), cuts);
                    assertEquals(transcript(new BlockReassembler(s.framing(), false), chunks, how),
                            transcript(new BlockReassembler(s.framing(), true), chunks, how));
                });
    }

    @Test
    void theTypedDecoderGivesTheSameValuesWithAndWithoutTheShortcuts() {
        qt().withExamples(EXAMPLES)
                .forAll(damaged(trips()), Splits.cutPoints(), drives())
                .checkAssert((t, cuts, how) -> {
                    List<Splits.Chunk> chunks = Splits.split(t.bytes(), cuts);
                    assertEquals(transcript(typedDecoder(t, false).get(), chunks, how),
                            transcript(typedDecoder(t, true).get(), chunks, how));
                });
    }

    @Test
    void everyWayOfFeedingAndDrainingGivesTheEventsOfTheWholeStream() {
        qt().withExamples(EXAMPLES)
                .forAll(FrameStreams.streams(), Splits.cutPoints(), drives())
                .checkAssert((s, cuts, how) -> {
                    List<Splits.Chunk> chunks = Splits.split(s.bytes(), cuts);
                    Supplier<Decoder<?>> make = () -> new BlockReassembler(s.framing());
                    // The same chunks fed as arrays, pulled after each: the same hints too.
                    if (how.pullEvery() == 1) {
                        assertEquals(transcript(make.get(), chunks, new Drive(Feed.ARRAY, how.drain(), 1)),
                                transcript(make.get(), chunks, how));
                    }
                    assertEquals(outcome(transcript(make.get(), Splits.whole(s.bytes()), SIMPLE)),
                            outcome(transcript(make.get(), chunks, how)));
                });
    }

    @Test
    void typedDecodersGiveTheValuesOfTheWholeStreamHoweverFed() {
        qt().withExamples(EXAMPLES)
                .forAll(typedStreams(), Splits.cutPoints(), drives())
                .checkAssert((t, cuts, how) -> {
                    List<Splits.Chunk> chunks = Splits.split(t.bytes(), cuts);
                    Supplier<Decoder<?>> make = typedDecoder(t, true);
                    Drive whole = new Drive(Feed.ARRAY, how.drain(), 1);
                    assertEquals(outcome(transcript(make.get(), Splits.whole(t.bytes()), whole)),
                            outcome(transcript(make.get(), chunks, how)));
                });
    }

    @Test
    void endOfInputAtEveryOffsetIsTheTruncatedErrorWithTheExactCount() {
        qt().withExamples(100)
                .forAll(FrameStreams.wellFormedStreams())
                .checkAssert(s -> {
                    byte[] all = s.bytes();
                    for (int len = 0; len < all.length; len++) {
                        byte[] cut = java.util.Arrays.copyOf(all, len);
                        List<String> model = FrameStreams.model(s.framing(), cut, false);
                        String last = model.get(model.size() - 1);
                        boolean boundary = last.startsWith("end ");
                        BlockReassembler r = new BlockReassembler(s.framing());
                        r.feed(cut);
                        r.endOfInput();
                        List<String> got = new ArrayList<>();
                        try {
                            FrameStreams.drain(r, got);
                            assertTrue(boundary, "no error for " + len + " of " + all.length + " bytes: " + got);
                        } catch (TruncatedInputException e) {
                            assertEquals(last, FrameStreams.error(e), len + " of " + all.length + " bytes");
                        }
                    }
                });
    }

    @Test
    void endOfInputInsideABareFortuneGivesTheExactMissingCount() {
        qt().withExamples(100)
                .forAll(Messages.listsOf(Messages.fortunes(), 1, 4))
                .checkAssert(fs -> {
                    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                    List<int[]> spans = new ArrayList<>();
                    for (Fortune f : fs) {
                        byte[] one = Fortune.CODEC.encode(f);
                        spans.add(new int[] {out.size(), one.length});
                        out.writeBytes(one);
                    }
                    byte[] all = out.toByteArray();
                    for (int len = 0; len < all.length; len++) {
                        long expected = -1;
                        for (int[] sp : spans) {
                            if (len > sp[0] && len < sp[0] + sp[1]) {
                                int have = len - sp[0];
                                expected = have < 4 ? 4 - have : sp[1] - have;
                            }
                        }
                        TransactionReader<Fortune> r = new TransactionReader<>(Fortune.CODEC);
                        r.feed(java.util.Arrays.copyOf(all, len));
                        r.endOfInput();
                        try {
                            r.drain(x -> { });
                            assertEquals(-1, expected, "no error at " + len);
                        } catch (TruncatedInputException e) {
                            assertEquals(expected, e.missing(), "missing at " + len + " of " + all.length);
                            assertEquals(len, e.offset());
                        }
                    }
                });
    }

    @Test
    void everyByteFedEndsInExactlyOneUnitOrOneError() {
        qt().withExamples(EXAMPLES)
                .forAll(FrameStreams.streams(), typedStreams(), Splits.cutPoints(), Generate.booleans())
                .checkAssert((s, t, cuts, typed) -> {
                    byte[] bytes = typed ? t.bytes() : s.bytes();
                    Decoder<?> d = typed ? typedDecoder(t, true).get() : new BlockReassembler(s.framing());
                    int prefix = typed && t.framed() ? 2 : typed ? 0 : s.framing().prefixBytes();
                    long covered = 0;
                    QDataStreamException error = null;
                    try {
                        int i = 0;
                        List<Splits.Chunk> chunks = Splits.split(bytes, cuts);
                        for (Splits.Chunk c : chunks) {
                            feed(d, c, Feed.MIXED, i++);
                            covered = takeUnits(d, prefix, covered);
                        }
                        d.endOfInput();
                        covered = takeUnits(d, prefix, covered);
                        covered = takeUnits(d, prefix, covered);
                    } catch (QDataStreamException e) {
                        error = e;
                    }
                    if (error == null) {
                        assertEquals(bytes.length, d.bytesFed());
                        assertTrue(d.isEnded());
                        Event.EndOfData<?> end = d.endOfData();
                        // The units, then the marker (its prefix) or nothing, account for every byte.
                        assertEquals(covered, end.streamOffset());
                        assertEquals(bytes.length, covered + (end.markerSeen() ? prefix : 0));
                        assertEquals(bytes.length, d.bytesConsumed());
                    } else {
                        assertTrue(error.offset() >= covered && error.offset() <= bytes.length,
                                "the error at " + error.offset() + " is not about the bytes after the last unit ("
                                        + covered + " of " + bytes.length + "): " + error.getMessage());
                    }
                });
    }

    /** Takes the units out, checking they tile the stream from {@code covered}; returns the new end. */
    private static long takeUnits(Decoder<?> d, int prefix, long covered) {
        for (Event<?> e = d.next(); e instanceof Event.Value<?> v; e = d.next()) {
            assertEquals(covered + prefix, v.streamOffset(), "a unit's first byte");
            covered = v.streamOffset() + v.size();
        }
        return covered;
    }

    @Test
    void arbitraryBytesOnlyEverRaiseTheCodecsExceptions() {
        Gen<byte[]> noise = FrameStreams.payloads(400);
        Gen<Integer> which = integers().between(0, FrameStreams.FRAMINGS.size() + 3);
        qt().withExamples(EXAMPLES)
                .forAll(noise, which, Splits.cutPoints(), drives())
                .checkAssert((bytes, w, cuts, how) -> {
                    Decoder<?> d = switch (w - FrameStreams.FRAMINGS.size()) {
                        case 0 -> new BlockDecoder<>(Framing.TRIP_REPLY, TripReply.CODEC);
                        case 1 -> new BlockDecoder<>(Framing.FORTUNE, Fortune.CODEC);
                        case 2 -> new TransactionReader<>(TripReply.CODEC);
                        case 3 -> new TransactionReader<>(Fortune.CODEC);
                        default -> new BlockReassembler(FrameStreams.FRAMINGS.get(w));
                    };
                    try {
                        transcript(d, Splits.split(bytes, cuts), how);
                    } catch (RuntimeException e) {
                        throw new AssertionError("not a codec exception: " + e, e);
                    }
                });
    }
}
