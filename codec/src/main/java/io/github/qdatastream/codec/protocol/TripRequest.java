package io.github.qdatastream.codec.protocol;

import io.github.qdatastream.codec.Codec;
import io.github.qdatastream.codec.QDate;
import io.github.qdatastream.codec.QTime;
import io.github.qdatastream.codec.frame.Framing;

/**
 * The Trip Planner's request (<i>C++ GUI Programming with Qt 4</i>, chapter 15), sent in a
 * {@link Framing#TRIP_REQUEST quint16-sized block} at {@code Qt_4_0}:
 *
 * <pre>
 *   quint16 size | quint8 'S' | QString from | QString to | QDate date | QTime time | quint8 'D'/'A'
 * </pre>
 *
 * The two quint8 fields are kept as read, so any byte round-trips; the Trip Server only answers
 * type {@code 'S'} and treats anything but {@code 'D'} as arrival. Use {@link #search} to build one.
 *
 * <p>Immutable and thread-safe.
 *
 * @param requestType the request type byte, {@code 'S'} for a search
 * @param from the departure city
 * @param to the arrival city
 * @param date the date of travel
 * @param time the approximate time
 * @param timeKind {@code 'D'} if {@code time} is the departure time, {@code 'A'} if the arrival
 */
public record TripRequest(int requestType, String from, String to, QDate date, QTime time, int timeKind) {

    /** The request type of a search ({@code 'S'}), the only one the Trip Server answers. */
    public static final int SEARCH = 'S';
    /** {@code timeKind}: the time is the departure time ({@code 'D'}). */
    public static final int DEPARTURE = 'D';
    /** {@code timeKind}: the time is the arrival time ({@code 'A'}). */
    public static final int ARRIVAL = 'A';

    /** The payload codec: quint8 type, from and to as QString, QDate, QTime, quint8 time kind. */
    public static final Codec<TripRequest> CODEC = Codec.of("TripRequest",
            in -> new TripRequest(in.readUInt8(), in.readString(), in.readString(), in.read(QDate.CODEC),
                    in.read(QTime.CODEC), in.readUInt8()),
            (out, r) -> out.writeUInt8(r.requestType).writeString(r.from).writeString(r.to)
                    .write(QDate.CODEC, r.date).write(QTime.CODEC, r.time).writeUInt8(r.timeKind));

    /** The framing: a big-endian quint16 size, no end marker. */
    public static final Framing FRAMING = Framing.TRIP_REQUEST;

    /**
     * Checks that the two quint8 fields fit.
     *
     * @throws IllegalArgumentException if {@code requestType} or {@code timeKind} is outside 0 to 255
     * @param requestType the request type byte, {@code 'S'} for a search
     * @param from the departure city
     * @param to the arrival city
     * @param date the date of travel
     * @param time the approximate time
     * @param timeKind {@code 'D'} if {@code time} is the departure time, {@code 'A'} if the arrival
     */
    public TripRequest {
        if (requestType < 0 || requestType > 0xFF) {
            throw new IllegalArgumentException("requestType is a quint8: " + requestType);
        }
        if (timeKind < 0 || timeKind > 0xFF) {
            throw new IllegalArgumentException("timeKind is a quint8: " + timeKind);
        }
    }

    /**
     * A search request, as the Trip Planner sends it.
     *
     * @param from the departure station
     * @param to the arrival station
     * @param date the travel date
     * @param time the approximate time
     * @param departure true if {@code time} is the departure time, false if the arrival
     * @return the request
     */
    public static TripRequest search(String from, String to, QDate date, QTime time, boolean departure) {
        return new TripRequest(SEARCH, from, to, date, time, departure ? DEPARTURE : ARRIVAL);
    }

    /** {@return whether {@code time} is a departure time (the server's reading: anything but 'D' is arrival)} */
    public boolean isDeparture() {
        return timeKind == DEPARTURE;
    }
}
