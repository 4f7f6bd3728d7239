package io.github.qdatastream.codec;

import java.time.LocalDate;
import java.time.temporal.JulianFields;
import java.util.Optional;

/**
 * A QDate as Qt stores it: a Julian Day number (days since 4714-11-24 BC in the proleptic
 * Gregorian calendar; 1970-01-01 is 2440588).
 *
 * <p>Wire format: before {@code Qt_5_0} a quint32 Julian day with 0 for the null date; from
 * {@code Qt_5_0} on a qint64 with {@link Long#MIN_VALUE} (Qt's {@code nullJd()}) for null. Any day
 * number survives decoding, including days no calendar can show; {@link #toLocalDate()} converts
 * through {@link JulianFields#JULIAN_DAY} when it can.
 *
 * <p>Immutable and thread-safe.
 *
 * @param julianDay the day number; {@link #NULL_JD} for the null date
 */
public record QDate(long julianDay) implements Comparable<QDate> {

    /** Qt 5/6's {@code QDate::nullJd()}. */
    public static final long NULL_JD = Long.MIN_VALUE;
    /** Qt 5/6's smallest valid Julian day ({@code minJd()}). */
    public static final long MIN_JD = -784350574879L;
    /** Qt 5/6's largest valid Julian day ({@code maxJd()}). */
    public static final long MAX_JD = 784354017364L;

    /** The null date, {@code QDate()}. */
    public static final QDate NULL = new QDate(NULL_JD);

    /**
     * Reads and writes a QDate per stream version. A class of its own rather than
     * {@link Codec#of}: the JIT sees one receiver type at each call and inlines the read (the
     * functions behind {@code Codec.of} share one call site, which is megamorphic in any
     * program with a few codecs).
     */
    public static final Codec<QDate> CODEC = new Codec<>() {
        @Override
        public QDate read(QDataReader in) {
            return QDate.read(in);
        }

        @Override
        public void write(QDataWriter out, QDate value) {
            QDate.write(out, value);
        }

        @Override
        public String typeName() {
            return "QDate";
        }

        @Override
        public String toString() {
            return "Codec[QDate]";
        }
    };

    /**
     * {@return the date of this Julian Day, kept as given (even if out of range)}
     *
     * @param jd the Julian Day number, as on the wire
     */
    public static QDate ofJulianDay(long jd) {
        return new QDate(jd);
    }

    /**
     * {@return the same day}
     *
     * @param date the day (ISO proleptic calendar)
     */
    public static QDate of(LocalDate date) {
        return new QDate(date.getLong(JulianFields.JULIAN_DAY));
    }

    /**
     * {@return {@code QDate(y, m, d)}, in the ISO proleptic calendar}
     *
     * @param year the year (ISO: 0 is 1 BC)
     * @param month 1 to 12
     * @param day 1 to 31
     * @throws java.time.DateTimeException if the date does not exist
     */
    public static QDate of(int year, int month, int day) {
        return of(LocalDate.of(year, month, day));
    }

    /** {@return true for the null date, {@code QDate()}} */
    public boolean isNull() {
        return julianDay == NULL_JD;
    }

    /** {@return true for a day in Qt's valid range} */
    public boolean isValid() {
        return julianDay >= MIN_JD && julianDay <= MAX_JD;
    }

    /** {@return the calendar date (ISO proleptic: year 0 is Qt's year -1), if java.time can show it} */
    public Optional<LocalDate> toLocalDate() {
        if (isNull()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.EPOCH.with(JulianFields.JULIAN_DAY, julianDay));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    static QDate read(QDataReader in) {
        if (in.version().before(StreamVersion.Qt_5_0)) {
            long jd = in.readUInt32();
            return jd == 0 ? NULL : new QDate(jd);
        }
        return new QDate(in.readInt64());
    }

    static void write(QDataWriter out, QDate date) {
        if (out.version().before(StreamVersion.Qt_5_0)) {
            // Qt writes quint32(jd): the low 32 bits, so the null date (nullJd) becomes 0.
            out.writeInt32((int) date.julianDay);
        } else {
            out.writeInt64(date.julianDay);
        }
    }

    @Override
    public int compareTo(QDate o) {
        return Long.compare(julianDay, o.julianDay);
    }

    @Override
    public String toString() {
        if (isNull()) {
            return "QDate(null)";
        }
        return toLocalDate().map(d -> "QDate(" + d + ")").orElse("QDate(jd=" + julianDay + ")");
    }
}
