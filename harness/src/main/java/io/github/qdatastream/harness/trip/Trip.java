package io.github.qdatastream.harness.trip;

import io.github.qdatastream.codec.Codec;
import io.github.qdatastream.codec.QDataReader;
import io.github.qdatastream.codec.QDataWriter;
import io.github.qdatastream.codec.QDate;
import io.github.qdatastream.codec.QTime;
import java.util.Objects;

/**
 * A Trip Server reply block's payload: {@code QDate date}, {@code QTime departure},
 * {@code quint16 duration} (minutes), {@code quint8 changes}, {@code QString trainType}.
 */
public record Trip(QDate date, QTime departure, int duration, int changes, String trainType) {

    public static final Codec<Trip> CODEC = Codec.of("TripReply", Trip::read, Trip::write);

    public Trip {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(departure, "departure");
        if (duration < 0 || duration > 0xFFFF) throw new IllegalArgumentException("duration out of quint16 range: " + duration);
        if (changes < 0 || changes > 0xFF) throw new IllegalArgumentException("changes out of quint8 range: " + changes);
    }

    private static Trip read(QDataReader in) {
        QDate date = in.read(QDate.CODEC);
        QTime departure = in.read(QTime.CODEC);
        int duration = in.readUInt16();
        int changes = in.readUInt8();
        String type = in.readString();
        return new Trip(date, departure, duration, changes, type);
    }

    private static void write(QDataWriter out, Trip t) {
        out.write(QDate.CODEC, t.date()).write(QTime.CODEC, t.departure())
                .writeUInt16(t.duration()).writeUInt8(t.changes()).writeString(t.trainType());
    }

    /** The arrival time, as the book's client computes it ({@code departureTime.addSecs(duration * 60)}). */
    public String arrivalText() {
        return departure.toLocalTime().map(t -> t.plusMinutes(duration).toString()).orElse("?");
    }

    /** One line of a table: date, departure, arrival, duration, changes, train type. */
    public String describe() {
        return String.format("%s  %s -> %s  %d hr %02d min  %d change(s)  %s",
                date.toLocalDate().map(Object::toString).orElse(date.toString()),
                departure.toLocalTime().map(Object::toString).orElse("?"), arrivalText(),
                duration / 60, duration % 60, changes, trainType);
    }
}
