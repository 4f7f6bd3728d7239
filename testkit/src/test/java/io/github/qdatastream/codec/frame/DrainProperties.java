package io.github.qdatastream.codec.frame;

import io.github.qdatastream.testkit.FrameStreams;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import io.github.qdatastream.testkit.FrameStreams;
import io.github.qdatastream.testkit.Splits;
import io.github.qdatastream.codec.QDataStreamException;
import io.github.qdatastream.codec.StreamOptions;
import io.github.qdatastream.codec.protocol.TripReply;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The allocation-free {@code drain} paths report exactly what {@code next()} reports. */
class DrainProperties {

    private static final int EXAMPLES = 300;

    /** Like {@link FrameStreams#transcript}, through {@link BlockReassembler#drain}. */
    static List<String> drainTranscript(Framing f, List<Splits.Chunk> chunks) {
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        for (Splits.Chunk c : chunks) {
            all.write(c.array(), c.offset(), c.length());
        }
        byte[] data = all.toByteArray();
        BlockReassembler r = new BlockReassembler(f);
        List<String> out = new ArrayList<>();
        java.util.function.Consumer<Block> h = b -> out.add(FrameStreams.block(b.array(), b.offset(), b.length(), b.streamOffset()));
        try {
            for (Splits.Chunk c : chunks) {
                r.feed(c.array(), c.offset(), c.length());
                drainOnce(r, h, out);
                if (!r.isEnded()) {
                    assertEquals(FrameStreams.expectedNeed(f, data, r.bytesFed()), r.needed(),
                            "needed() after drain at " + r.bytesFed());
                }
            }
            r.endOfInput();
            drainOnce(r, h, out);
        } catch (QDataStreamException e) {
            out.add(FrameStreams.error(e));
            FrameStreams.checkSticky(r, e);
        }
        return out;
    }

    private static void drainOnce(BlockReassembler r, java.util.function.Consumer<Block> h, List<String> out) {
        r.drain(h);
        if (r.isEnded()) {
            Event.EndOfData<Block> d = r.endOfData();
            String s = FrameStreams.end(d.streamOffset(), d.markerSeen());
            if (out.isEmpty() || !out.get(out.size() - 1).equals(s)) {
                out.add(s);
            }
        }
    }

    @Test
    void drainingGivesTheEventsOfTheModelUnderAnyFragmentation() {
        qt().withExamples(EXAMPLES)
                .forAll(FrameStreams.streams(), Splits.cutPoints())
                .checkAssert((s, cuts) -> assertEquals(
                        FrameStreams.model(s.framing(), s.bytes(), false),
                        drainTranscript(s.framing(), Splits.split(s.bytes(), cuts))));
    }

    @Test
    void decoderDrainGivesTheValuesOfNext() {
        qt().withExamples(EXAMPLES)
                .forAll(Messages.listsOf(Messages.tripReplies(), 10), Splits.splitters(Framing.TRIP_REPLY))
                .checkAssert((trips, splitter) -> {
                    byte[] stream = new BlockEncoder<>(Framing.TRIP_REPLY, TripReply.CODEC).encodeStream(trips);
                    List<Splits.Chunk> chunks = splitter.apply(stream);
                    BlockDecoder<TripReply> d = new BlockDecoder<>(Framing.TRIP_REPLY, TripReply.CODEC);
                    List<Object> out = new ArrayList<>();
                    int count = 0;
                    for (Splits.Chunk c : chunks) {
                        d.feed(c.array(), c.offset(), c.length());
                        count += d.drain(out::add);
                    }
                    assertEquals(trips.size(), count);
                    assertEquals(true, d.isEnded());
                    assertEquals(new ArrayList<>(trips), out);
                    assertEquals(BlockDecoderProperties.decode(Framing.TRIP_REPLY, TripReply.CODEC,
                            StreamOptions.DEFAULT, splitter.apply(stream)).subList(0, trips.size()), out);
                });
    }
}
