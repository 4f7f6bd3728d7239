package io.github.qdatastream.examples.consumer;

import io.github.qdatastream.codec.Codec;
import io.github.qdatastream.codec.QDate;
import io.github.qdatastream.codec.QTime;
import io.github.qdatastream.codec.frame.BlockDecoder;
import io.github.qdatastream.codec.frame.BlockEncoder;
import io.github.qdatastream.codec.frame.Event;
import io.github.qdatastream.codec.frame.Framing;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Encodes a Trip Server reply (two trip blocks and the {@code 0xFFFF} end marker), decodes it one
 * byte at a time, and exits 0 only if the trips come back equal. It prints how it was loaded (class
 * path or module path) so that run.sh can check it ran the way it was asked to.
 */
public final class TripReplyExample {

    /** One reply block of Qt's Trip Planner example: QDate, QTime, quint16, quint8, QString. */
    record Trip(QDate date, QTime departure, int minutes, int changes, String trainType) {}

    static final Codec<Trip> TRIP = Codec.of("Trip",
            in -> new Trip(in.read(QDate.CODEC), in.read(QTime.CODEC), in.readUInt16(), in.readUInt8(), in.readString()),
            (out, t) -> out.write(QDate.CODEC, t.date()).write(QTime.CODEC, t.departure())
                    .writeUInt16(t.minutes()).writeUInt8(t.changes()).writeString(t.trainType()));

    private TripReplyExample() {}

    public static void main(String[] args) {
        List<Trip> sent = List.of(
                new Trip(QDate.of(2026, 12, 24), QTime.of(8, 0, 0, 0), 95, 1, "InterCity"),
                new Trip(QDate.of(2026, 12, 24), QTime.of(9, 30, 0, 0), 88, 0, "ICE München"));
        byte[] wire = new BlockEncoder<>(Framing.TRIP_REPLY, TRIP).encodeStream(sent);

        BlockDecoder<Trip> decoder = new BlockDecoder<>(Framing.TRIP_REPLY, TRIP);
        List<Trip> received = new ArrayList<>();
        boolean ended = false;
        for (int i = 0; i < wire.length && !ended; i++) {
            decoder.feed(new byte[] {wire[i]});
            for (Event<Trip> d = decoder.next(); !(d instanceof Event.NeedMoreData); d = decoder.next()) {
                if (d instanceof Event.Value<Trip> v) {
                    received.add(v.value());
                } else {
                    ended = true; // Event.EndOfData: the 0xFFFF marker
                    break;
                }
            }
        }

        Module codec = Codec.class.getModule();
        System.out.println("loaded from: " + (codec.isNamed() ? "module path (" + codec.getName() + ")" : "class path")
                + ", Java " + Runtime.version().feature());
        System.out.println("wire (" + wire.length + " bytes): " + HexFormat.of().formatHex(wire));
        received.forEach(t -> System.out.println("  " + t));
        if (!ended || !received.equals(sent)) {
            System.err.println("FAILED: sent " + sent + ", received " + received + ", end marker " + ended);
            System.exit(1);
        }
        System.out.println("ok: " + received.size() + " trips and the end marker round-tripped");
    }
}
