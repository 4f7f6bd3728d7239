package io.github.qdatastream.codec.protocol;

import io.github.qdatastream.codec.Codec;
import io.github.qdatastream.codec.QDataReader;
import io.github.qdatastream.codec.QDataWriter;
import io.github.qdatastream.codec.QDate;
import io.github.qdatastream.codec.QTime;
import io.github.qdatastream.codec.frame.Framing;

/**
 * One trip in the Trip Server's reply, sent in a quint16-sized block at {@code Qt_4_0}; the
 * reply stream ends with a bare {@code 0xFFFF} ({@link Framing#TRIP_REPLY}):
 *
 * <pre>
 *   quint16 size | QDate date | QTime departure | quint16 duration (minutes) | quint8 changes | QString trainType
 *   ... more blocks ... | FF FF
 * </pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param date the date of the trip
 * @param departureTime the departure time
 * @param duration the duration in minutes (a quint16)
 * @param changes the number of changes (a quint8)
 * @param trainType the train type, such as {@code "InterCity"}
 */
public record TripReply(QDate date, QTime departureTime, int duration, int changes, String trainType) {

    /**
     * Reads and writes the reply's fields in order. A class of its own rather than
     * {@link Codec#of} so that the JIT inlines the whole read into the decoding loop (see
     * {@link QDate#CODEC}).
     */
    public static final Codec<TripReply> CODEC = new Codec<>() {
        @Override
        public TripReply read(QDataReader in) {
            // Every field into a local first: `new TripReply(in.read..., ...)` allocates the record
            // before its arguments are read, and a read the JIT leaves as a call (the string's)
            // then turns its field stores into full G1 write barriers. Allocated last, the record's
            // initializing stores need none.
            QDate date = in.read(QDate.CODEC);
            QTime departure = in.read(QTime.CODEC);
            int duration = in.readUInt16();
            int changes = in.readUInt8();
            String trainType = in.readString();
            return new TripReply(date, departure, duration, changes, trainType);
        }

        @Override
        public void write(QDataWriter out, TripReply t) {
            out.write(QDate.CODEC, t.date).write(QTime.CODEC, t.departureTime).writeUInt16(t.duration)
                    .writeUInt8(t.changes).writeString(t.trainType);
        }

        @Override
        public String typeName() {
            return "TripReply";
        }

        @Override
        public String toString() {
            return "Codec[TripReply]";
        }
    };

    /** The reply stream's framing: quint16 sizes and the 0xFFFF end marker. */
    public static final Framing FRAMING = Framing.TRIP_REPLY;

    /**
     * Checks that the quint16 and quint8 fields fit.
     *
     * @param date the date of the trip
     * @param departureTime the departure time
     * @param duration the duration in minutes (a quint16)
     * @param changes the number of changes (a quint8)
     * @param trainType the train type, such as {@code "InterCity"}
     * @throws IllegalArgumentException if {@code duration} is not a quint16 or {@code changes} not a quint8
     */
    public TripReply {
        if (duration < 0 || duration > 0xFFFF) {
            throw new IllegalArgumentException("duration is a quint16: " + duration);
        }
        if (changes < 0 || changes > 0xFF) {
            throw new IllegalArgumentException("changes is a quint8: " + changes);
        }
    }

    /**
     * The arrival time as the Trip Planner computes it, {@code departureTime.addSecs(duration * 60)}
     * (wrapping past midnight); the null time for an invalid departure time.
     *
     * @return the arrival time, or {@link QTime#NULL}
     */
    public QTime arrivalTime() {
        if (!departureTime.isValid()) {
            return QTime.NULL;
        }
        long ms = (departureTime.msecs() + duration * 60_000L) % QTime.MSECS_PER_DAY;
        return QTime.ofMsecs((int) ms);
    }
}
