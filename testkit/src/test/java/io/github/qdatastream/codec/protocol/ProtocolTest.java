package io.github.qdatastream.codec.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.qdatastream.testkit.Splits;
import io.github.qdatastream.codec.Codec;
import io.github.qdatastream.codec.QDate;
import io.github.qdatastream.codec.QTime;
import io.github.qdatastream.codec.frame.BlockDecoder;
import io.github.qdatastream.codec.frame.BlockEncoder;
import io.github.qdatastream.codec.frame.Event;
import io.github.qdatastream.codec.frame.Framing;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The protocol records against bytes real Qt wrote (qt_vectors.py). */
class ProtocolTest {

    private static <T> List<T> decodeAll(Framing f, Codec<T> codec, List<Splits.Chunk> chunks) {
        BlockDecoder<T> d = new BlockDecoder<>(f, codec);
        List<T> out = new ArrayList<>();
        for (Splits.Chunk c : chunks) {
            d.feed(c.array(), c.offset(), c.length());
            for (Event<T> e = d.next(); e instanceof Event.Value<T> v; e = d.next()) {
                out.add(v.value());
            }
        }
        d.endOfInput();
        Event<T> last = d.next();
        assertEquals(Event.EndOfData.class, last.getClass());
        return out;
    }

    private static <T> void assertDecodesEverySplit(Framing f, Codec<T> codec, byte[] stream, List<T> expected) {
        for (List<Splits.Chunk> chunks : Splits.fixedStrategies(stream, f)) {
            assertEquals(expected, decodeAll(f, codec, chunks));
        }
    }

    @Test
    void fortuneBlocksMatchQt() {
        List<String> texts = List.of("You've been leading a dog's life. Stay off the furniture.", "",
                "Gr\u00fc\u00dfe \u2603 \uD83D\uDE00");
        List<String> names = List.of("fortune_hello", "fortune_empty", "fortune_unicode");
        BlockEncoder<Fortune> enc = new BlockEncoder<>(Fortune.FRAMING, Fortune.CODEC);
        for (int i = 0; i < texts.size(); i++) {
            byte[] qt = QtVectors.get(names.get(i));
            assertArrayEquals(qt, enc.encode(new Fortune(texts.get(i))), names.get(i));
            assertDecodesEverySplit(Fortune.FRAMING, Fortune.CODEC, qt, List.of(new Fortune(texts.get(i))));
        }
    }

    @Test
    void tripRequestBlocksMatchQt() {
        TripRequest dep = TripRequest.search("Berlin", "M\u00fcnchen", QDate.of(2026, 12, 24), QTime.of(8, 0, 0, 0), true);
        TripRequest arr = TripRequest.search("Hamburg", "K\u00f6ln", QDate.of(2007, 1, 31), QTime.of(23, 30, 0, 0), false);
        BlockEncoder<TripRequest> enc = new BlockEncoder<>(TripRequest.FRAMING, TripRequest.CODEC);
        assertArrayEquals(QtVectors.get("trip_request_departure"), enc.encode(dep));
        assertArrayEquals(QtVectors.get("trip_request_arrival"), enc.encode(arr));
        assertDecodesEverySplit(TripRequest.FRAMING, TripRequest.CODEC, QtVectors.get("trip_request_arrival"), List.of(arr));
        assertEquals('S', dep.requestType());
        assertEquals(true, dep.isDeparture());
        assertEquals(false, arr.isDeparture());
    }

    @Test
    void aTripReplyStreamMatchesQtAndEndsAtTheMarker() {
        List<TripReply> trips = List.of(
                new TripReply(QDate.of(2026, 12, 24), QTime.of(8, 0, 0, 0), 125, 1, "InterCity"),
                new TripReply(QDate.of(2026, 12, 24), QTime.of(9, 30, 0, 0), 0, 0, "ICE"),
                new TripReply(QDate.of(2026, 12, 25), QTime.of(23, 59, 0, 0), 199, 3, ""));
        byte[] qt = QtVectors.get("trip_reply_stream");
        assertArrayEquals(qt, new BlockEncoder<>(TripReply.FRAMING, TripReply.CODEC).encodeStream(trips));
        assertDecodesEverySplit(TripReply.FRAMING, TripReply.CODEC, qt, trips);
    }

    @Test
    void arrivalTimeAddsTheDurationAndWrapsPastMidnight() {
        TripReply late = new TripReply(QDate.of(2026, 12, 25), QTime.of(23, 59, 0, 0), 199, 3, "");
        assertEquals(QTime.of(3, 18, 0, 0), late.arrivalTime());
        assertEquals(QTime.NULL, new TripReply(QDate.NULL, QTime.NULL, 10, 0, "").arrivalTime());
    }

    @Test
    void outOfRangeQuint8AndQuint16FieldsAreCallerErrors() {
        assertThrows(IllegalArgumentException.class, () -> new TripReply(QDate.NULL, QTime.NULL, 0x10000, 0, ""));
        assertThrows(IllegalArgumentException.class, () -> new TripReply(QDate.NULL, QTime.NULL, 0, 256, ""));
        assertThrows(IllegalArgumentException.class, () -> new TripRequest(-1, "", "", QDate.NULL, QTime.NULL, 'D'));
    }

    @Test
    void aNullFortuneRoundTripsAsANullQString() {
        BlockEncoder<Fortune> enc = new BlockEncoder<>(Fortune.FRAMING, Fortune.CODEC);
        byte[] b = enc.encode(new Fortune(null));
        assertArrayEquals(new byte[] {0, 4, -1, -1, -1, -1}, b);
        assertDecodesEverySplit(Fortune.FRAMING, Fortune.CODEC, b, List.of(new Fortune(null)));
    }
}
