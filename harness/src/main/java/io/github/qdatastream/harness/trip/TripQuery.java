package io.github.qdatastream.harness.trip;

import io.github.qdatastream.codec.Codec;
import io.github.qdatastream.codec.QDataReader;
import io.github.qdatastream.codec.QDataWriter;
import io.github.qdatastream.codec.QDate;
import io.github.qdatastream.codec.QTime;
import java.util.Objects;

/**
 * A Trip Planner request block's payload: {@code quint8 'S'}, {@code QString from},
 * {@code QString to}, {@code QDate date}, {@code QTime time}, {@code quint8 'D' or 'A'}.
 *
 * @param arrival whether {@code time} is the arrival time ('A') rather than the departure ('D')
 */
public record TripQuery(String from, String to, QDate date, QTime time, boolean arrival) {

    public static final int SEARCH = 'S';
    public static final int DEPARTURE = 'D';
    public static final int ARRIVAL = 'A';

    public static final Codec<TripQuery> CODEC = Codec.of("TripRequest", TripQuery::read, TripQuery::write);

    public TripQuery {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(time, "time");
    }

    private static TripQuery read(QDataReader in) {
        long at = in.offset();
        int type = in.readUInt8();
        if (type != SEARCH) {
            throw in.corrupt("Trip request type", type, at, "expected 'S' (83)");
        }
        String from = in.readString();
        String to = in.readString();
        QDate date = in.read(QDate.CODEC);
        QTime time = in.read(QTime.CODEC);
        long flagAt = in.offset();
        int flag = in.readUInt8();
        if (flag != DEPARTURE && flag != ARRIVAL) {
            throw in.corrupt("Trip request flag", flag, flagAt, "expected 'D' (68) or 'A' (65)");
        }
        return new TripQuery(from == null ? "" : from, to == null ? "" : to, date, time, flag == ARRIVAL);
    }

    private static void write(QDataWriter out, TripQuery q) {
        out.writeUInt8(SEARCH).writeString(q.from()).writeString(q.to())
                .write(QDate.CODEC, q.date()).write(QTime.CODEC, q.time())
                .writeUInt8(q.arrival() ? ARRIVAL : DEPARTURE);
    }
}
