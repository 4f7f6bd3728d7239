package io.github.qdatastream.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The two codecs RecordCodecBenchmark compares do the same work: the same values read, the same bytes written. */
class RecordCodecBenchmarkTest {

    @Test
    void theDerivedAndTheHandWrittenCodecReadTheSameTripsAndWriteTheSameBytes() {
        RecordCodecBenchmark b = new RecordCodecBenchmark();
        b.setUp();
        List<Object> hand = new ArrayList<>();
        List<Object> derived = new ArrayList<>();
        b.readHandWritten(hand::add);
        b.readDerived(derived::add);
        assertEquals(b.blocks(), hand.size());
        assertEquals(hand, derived);
        List<Object> drained = new ArrayList<>();
        assertEquals(b.blocks(), b.drain(RecordCodecBenchmark.DERIVED, drained::add));
        assertEquals(hand, drained);
        assertEquals(b.writeHandWritten(), b.writeDerived());
        for (int i = 0; i < 100; i++) {
            var t = (io.github.qdatastream.codec.protocol.TripReply) hand.get(i);
            assertArrayEquals(RecordCodecBenchmark.HAND_WRITTEN.encode(t), RecordCodecBenchmark.DERIVED.encode(t));
        }
    }
}
