package io.github.qdatastream.codec.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.qdatastream.codec.Codec;
import io.github.qdatastream.codec.QDate;
import io.github.qdatastream.codec.QTime;
import io.github.qdatastream.codec.frame.BlockDecoder;
import io.github.qdatastream.codec.frame.BlockEncoder;
import io.github.qdatastream.codec.frame.Event;
import io.github.qdatastream.codec.record.QType;
import io.github.qdatastream.codec.record.QTypes;
import io.github.qdatastream.codec.record.RecordCodec;
import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A Trip reply and a Fortune message are each one annotated record: their derived codecs write the
 * bytes real Qt writes ({@code qt_vectors.txt}) and the bytes of the hand-written
 * {@link TripReply#CODEC} / {@link Fortune#CODEC}, and read Qt's bytes back.
 */
class DerivedProtocolRecordsTest {

    record Trip(QDate date, QTime departureTime, @QType("quint16") int duration, @QType("quint8") int changes,
                String trainType) {}

    @QTypes({"QDate", "QTime", "quint16", "quint8", "QString"})
    record TripListed(QDate date, QTime departureTime, int duration, int changes, String trainType) {}

    record FortuneText(String text) {}

    static final Codec<Trip> TRIP = RecordCodec.of(Trip.class, MethodHandles.lookup());
    static final Codec<TripListed> TRIP_LISTED = RecordCodec.of(TripListed.class, MethodHandles.lookup());
    static final Codec<FortuneText> FORTUNE = RecordCodec.of(FortuneText.class, MethodHandles.lookup());

    static final List<TripReply> QT_TRIPS = List.of( // the trips of qt_vectors.py's trip_reply_stream
            new TripReply(QDate.of(2026, 12, 24), QTime.of(8, 0, 0, 0), 125, 1, "InterCity"),
            new TripReply(QDate.of(2026, 12, 24), QTime.of(9, 30, 0, 0), 0, 0, "ICE"),
            new TripReply(QDate.of(2026, 12, 25), QTime.of(23, 59, 0, 0), 199, 3, ""));

    static <T> List<T> decodeStream(Codec<T> codec, byte[] stream) {
        BlockDecoder<T> d = new BlockDecoder<>(TripReply.FRAMING, codec);
        d.feed(stream);
        List<T> out = new ArrayList<>();
        for (Event<T> e = d.next(); e instanceof Event.Value<T> v; e = d.next()) out.add(v.value());
        return out;
    }

    @Test
    void theDerivedTripRecordWritesAndReadsWhatQtAndTheHandWrittenCodecDo() {
        byte[] qt = QtVectors.get("trip_reply_stream");
        List<Trip> trips = QT_TRIPS.stream()
                .map(t -> new Trip(t.date(), t.departureTime(), t.duration(), t.changes(), t.trainType())).toList();
        assertArrayEquals(qt, new BlockEncoder<>(TripReply.FRAMING, TRIP).encodeStream(trips));
        assertArrayEquals(new BlockEncoder<>(TripReply.FRAMING, TripReply.CODEC).encodeStream(QT_TRIPS),
                new BlockEncoder<>(TripReply.FRAMING, TRIP).encodeStream(trips));
        assertEquals(trips, decodeStream(TRIP, qt));
        for (int i = 0; i < trips.size(); i++) {
            assertArrayEquals(TripReply.CODEC.encode(QT_TRIPS.get(i)), TRIP.encode(trips.get(i)));
        }
    }

    @Test
    void aListOfTypesBesideTheClassIsTheSameCodec() {
        byte[] qt = QtVectors.get("trip_reply_stream");
        List<TripListed> trips = decodeStream(TRIP_LISTED, qt);
        assertEquals(3, trips.size());
        assertEquals(199, trips.get(2).duration());
        assertArrayEquals(qt, new BlockEncoder<>(TripReply.FRAMING, TRIP_LISTED).encodeStream(trips));
    }

    @Test
    void theDerivedFortuneRecordWritesQtsBlocks() {
        List<String> texts = List.of("You've been leading a dog's life. Stay off the furniture.", "",
                "Gr\u00fc\u00dfe \u2603 \uD83D\uDE00");
        List<String> names = List.of("fortune_hello", "fortune_empty", "fortune_unicode");
        BlockEncoder<FortuneText> enc = new BlockEncoder<>(Fortune.FRAMING, FORTUNE);
        for (int i = 0; i < texts.size(); i++) {
            byte[] qt = QtVectors.get(names.get(i));
            assertArrayEquals(qt, enc.encode(new FortuneText(texts.get(i))), names.get(i));
            assertArrayEquals(Fortune.CODEC.encode(new Fortune(texts.get(i))), FORTUNE.encode(new FortuneText(texts.get(i))));
            BlockDecoder<FortuneText> dec = new BlockDecoder<>(Fortune.FRAMING, FORTUNE);
            dec.feed(qt);
            assertEquals(new FortuneText(texts.get(i)), ((Event.Value<FortuneText>) dec.next()).value());
        }
    }
}
