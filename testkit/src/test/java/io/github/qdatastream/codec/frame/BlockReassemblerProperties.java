package io.github.qdatastream.codec.frame;

import io.github.qdatastream.testkit.FrameStreams;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import io.github.qdatastream.testkit.FrameStreams;
import io.github.qdatastream.testkit.Splits;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Laws of the reassembler over every framing and every way of cutting the stream. The reference
 * is {@link FrameStreams#model}: a naive parse of the whole stream at once.
 */
class BlockReassemblerProperties {

    private static final int EXAMPLES = 300;

    @Test
    void fragmentationNeverChangesTheEvents() {
        qt().withExamples(EXAMPLES)
                .forAll(FrameStreams.streams(), Splits.cutPoints())
                .checkAssert((s, cuts) -> assertEquals(
                        FrameStreams.model(s.framing(), s.bytes(), false),
                        FrameStreams.transcript(s.framing(), Splits.split(s.bytes(), cuts))));
    }

    @Test
    void feedingBuffersNeverChangesTheEvents() {
        qt().withExamples(EXAMPLES)
                .forAll(FrameStreams.streams(), Splits.cutPoints(), org.quicktheories.generators.SourceDSL.longs().all())
                .checkAssert((s, cuts, seed) -> assertEquals(
                        FrameStreams.model(s.framing(), s.bytes(), false),
                        FrameStreams.transcript(s.framing(), Splits.withMixedFeeds(Splits.split(s.bytes(), cuts),
                                new java.util.SplittableRandom(seed)))));
    }

    @Test
    void feedingAgainBeforeDrainingNeverChangesTheEvents() {
        qt().withExamples(EXAMPLES)
                .forAll(FrameStreams.streams(), Splits.cutPoints(), org.quicktheories.generators.SourceDSL.integers().between(2, 5))
                .checkAssert((s, cuts, every) -> assertEquals(
                        FrameStreams.model(s.framing(), s.bytes(), false),
                        FrameStreams.transcript(s.framing(), Splits.split(s.bytes(), cuts), every)));
    }

    @Test
    void damagedStreamsStillGiveTheModelsEvents() {
        qt().withExamples(EXAMPLES)
                .forAll(FrameStreams.streams(), Messages.listsOf(org.quicktheories.generators.SourceDSL.integers().all(), 1, 3),
                        Splits.cutPoints())
                .checkAssert((s, damage, cuts) -> {
                    byte[] bytes = s.bytes().clone();
                    for (int d : damage) {
                        if (bytes.length > 0) {
                            bytes[Math.floorMod(d >> 8, bytes.length)] = (byte) d;
                        }
                    }
                    List<String> expected = FrameStreams.model(s.framing(), bytes, false);
                    assertEquals(expected, FrameStreams.transcript(s.framing(), Splits.split(bytes, cuts)));
                    assertEquals(FrameStreams.model(s.framing(), bytes, true), FrameStreams.hintDriven(s.framing(), bytes));
                });
    }

    @Test
    void everyFixedStrategyGivesTheSameEvents() {
        qt().withExamples(EXAMPLES)
                .forAll(FrameStreams.streams())
                .checkAssert(s -> {
                    List<String> expected = FrameStreams.model(s.framing(), s.bytes(), false);
                    for (List<Splits.Chunk> chunks : Splits.fixedStrategies(s.bytes(), s.framing())) {
                        assertEquals(expected, FrameStreams.transcript(s.framing(), chunks), chunks.size() + " chunks");
                    }
                });
    }

    @Test
    void wellFormedStreamsYieldExactlyTheirPayloadsInOrder() {
        qt().withExamples(EXAMPLES)
                .forAll(FrameStreams.wellFormedStreams(), Splits.splitters(Framing.FORTUNE))
                .checkAssert((s, splitter) -> {
                    List<String> events = FrameStreams.transcript(s.framing(),
                            splitter.apply(s.bytes()));
                    long offset = 0;
                    int w = s.framing().prefixBytes();
                    for (int i = 0; i < s.payloads().size(); i++) {
                        byte[] p = s.payloads().get(i);
                        assertEquals(FrameStreams.block(p, 0, p.length, offset + w), events.get(i));
                        offset += w + p.length;
                    }
                    assertEquals(List.of(FrameStreams.end(offset, s.framing().endMarker())),
                            events.subList(s.payloads().size(), events.size()));
                });
    }

    @Test
    void theNeedMoreHintIsExact() {
        qt().withExamples(EXAMPLES)
                .forAll(FrameStreams.streams())
                .checkAssert(s -> assertEquals(
                        FrameStreams.model(s.framing(), s.bytes(), true),
                        FrameStreams.hintDriven(s.framing(), s.bytes())));
    }

    @Test
    void byteBuffersGiveTheSameEventsAsArrays() {
        qt().withExamples(100)
                .forAll(FrameStreams.streams(), Splits.cutPoints())
                .checkAssert((s, cuts) -> {
                    BlockReassembler r = new BlockReassembler(s.framing());
                    List<String> out = new java.util.ArrayList<>();
                    boolean direct = false;
                    try {
                        for (Splits.Chunk c : Splits.split(s.bytes(), cuts)) {
                            java.nio.ByteBuffer b = direct ? java.nio.ByteBuffer.allocateDirect(c.length())
                                    : java.nio.ByteBuffer.allocate(c.length() + 4).position(2);
                            b.put(c.array(), c.offset(), c.length()).flip();
                            if (!direct) {
                                b.position(2);
                            }
                            direct = !direct;
                            r.feed(b);
                            assertEquals(0, b.remaining());
                            FrameStreams.drain(r, out);
                        }
                        r.endOfInput();
                        FrameStreams.drain(r, out);
                    } catch (io.github.qdatastream.codec.QDataStreamException e) {
                        out.add(FrameStreams.error(e));
                    }
                    assertEquals(FrameStreams.model(s.framing(), s.bytes(), false), out);
                });
    }
}
