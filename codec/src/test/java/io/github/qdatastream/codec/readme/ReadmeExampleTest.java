package io.github.qdatastream.codec.readme;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.github.qdatastream.codec.Codec;
import io.github.qdatastream.codec.QDate;
import io.github.qdatastream.codec.QTime;
import io.github.qdatastream.codec.frame.BlockDecoder;
import io.github.qdatastream.codec.frame.BlockEncoder;
import io.github.qdatastream.codec.frame.Event;
import io.github.qdatastream.codec.frame.Framing;
import io.github.qdatastream.codec.protocol.TripReply;
import io.github.qdatastream.codec.record.QType;
import io.github.qdatastream.codec.record.RecordCodec;
import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Java example of README.md, kept compiling and true. */
class ReadmeExampleTest {

    // --- README example start
    record Trip(QDate date, QTime departure, @QType("quint16") int minutes, @QType("quint8") int changes,
                String trainType) {}

    static final Codec<Trip> TRIP = RecordCodec.of(Trip.class, MethodHandles.lookup());

    static List<Trip> example() {
        // Encode two reply blocks and the 0xFFFF end marker, as the Trip Server does (Qt_4_0).
        BlockEncoder<Trip> encoder = new BlockEncoder<>(Framing.TRIP_REPLY, TRIP);
        byte[] wire = encoder.encodeStream(List.of(
                new Trip(QDate.of(2026, 12, 24), QTime.of(8, 0, 0, 0), 95, 1, "InterCity"),
                new Trip(QDate.of(2026, 12, 24), QTime.of(9, 30, 0, 0), 88, 0, "ICE München")));

        // Decode them from fragments of any size: here, one byte at a time.
        BlockDecoder<Trip> decoder = new BlockDecoder<>(Framing.TRIP_REPLY, TRIP);
        List<Trip> trips = new ArrayList<>();
        for (byte b : wire) {
            decoder.feed(new byte[] {b});
            for (Event<Trip> d = decoder.next(); !(d instanceof Event.NeedMoreData); d = decoder.next()) {
                if (d instanceof Event.Value<Trip> v) {
                    trips.add(v.value());
                } else {
                    return trips; // Event.EndOfData: the 0xFFFF marker arrived
                }
            }
        }
        throw new IllegalStateException("connection closed by server");
    }
    // --- README example end

    @Test
    void readmeExampleDecodesBothTripsFromOneByteFragments() {
        List<Trip> trips = example();
        assertEquals(2, trips.size());
        assertEquals("ICE München", trips.get(1).trainType());
        assertEquals(QTime.of(9, 30, 0, 0), trips.get(1).departure());
    }

    @Test
    void readmeTripEncodingEqualsTheHandWrittenProtocolCodec() {
        var ours = new Trip(QDate.of(2026, 12, 24), QTime.of(8, 0, 0, 0), 95, 1, "ICE M\u00fcnchen");
        var reply = new TripReply(ours.date(), ours.departure(), 95, 1, "ICE M\u00fcnchen");
        assertArrayEquals(TripReply.CODEC.encode(reply), TRIP.encode(ours));
        assertArrayEquals(new BlockEncoder<>(Framing.TRIP_REPLY, TripReply.CODEC).encodeStream(List.of(reply)),
                new BlockEncoder<>(Framing.TRIP_REPLY, TRIP).encodeStream(List.of(ours)));
        assertInstanceOf(Trip.class, TRIP.decode(TRIP.encode(ours)));
    }
}
