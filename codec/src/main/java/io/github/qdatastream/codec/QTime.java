package io.github.qdatastream.codec;

import java.time.LocalTime;
import java.util.Optional;

/**
 * A QTime as Qt stores it: milliseconds since midnight, -1 for the null time.
 *
 * <p>Wire format (every version): a quint32 of the milliseconds; the null time is
 * {@code 0xFFFFFFFF}. Out-of-range values decode as they are (they are invalid times in Qt too).
 * Before {@code Qt_4_0} Qt had no null time on the wire: it writes the null time as 0 and reads
 * 0 as the null time, so midnight does not survive a Qt 3 stream (this codec does the same).
 *
 * <p>Immutable and thread-safe.
 *
 * @param msecs milliseconds since midnight, or {@link #NULL_MSECS}; any 32-bit pattern survives
 */
public record QTime(int msecs) implements Comparable<QTime> {

    /** The milliseconds value of the null time: -1. */
    public static final int NULL_MSECS = -1;
    /** Milliseconds in a day: valid times are below this. */
    public static final int MSECS_PER_DAY = 86_400_000;

    /** The null time, {@code QTime()}. */
    public static final QTime NULL = new QTime(NULL_MSECS);

    /** Reads and writes a QTime (a class of its own, for the JIT: see {@link QDate#CODEC}). */
    public static final Codec<QTime> CODEC = new Codec<>() {
        @Override
        public QTime read(QDataReader in) {
            return QTime.read(in);
        }

        @Override
        public void write(QDataWriter out, QTime value) {
            QTime.write(out, value);
        }

        @Override
        public String typeName() {
            return "QTime";
        }

        @Override
        public String toString() {
            return "Codec[QTime]";
        }
    };

    /**
     * {@return the time {@code msecs} milliseconds after midnight, kept as given (even if invalid)}
     *
     * @param msecs the milliseconds since midnight, as on the wire
     */
    public static QTime ofMsecs(int msecs) {
        return new QTime(msecs);
    }

    /**
     * {@return the time of day, to the millisecond (finer parts are dropped)}
     *
     * @param time the time of day
     */
    public static QTime of(LocalTime time) {
        return new QTime((int) (time.toNanoOfDay() / 1_000_000));
    }

    /**
     * {@return {@code QTime(h, m, s, ms)}}
     *
     * @param hour 0 to 23
     * @param minute 0 to 59
     * @param second 0 to 59
     * @param msec 0 to 999
     * @throws java.time.DateTimeException if a field is out of range
     */
    public static QTime of(int hour, int minute, int second, int msec) {
        return of(LocalTime.of(hour, minute, second, msec * 1_000_000));
    }

    static QTime read(QDataReader in) {
        int ms = in.readInt32();
        if (ms == 0 && in.version().before(StreamVersion.Qt_4_0)) {
            return NULL;
        }
        return new QTime(ms);
    }

    static void write(QDataWriter out, QTime t) {
        if (t.isNull() && out.version().before(StreamVersion.Qt_4_0)) {
            out.writeInt32(0);
        } else {
            out.writeInt32(t.msecs);
        }
    }

    /** {@return true for the null time, {@code QTime()}} */
    public boolean isNull() {
        return msecs == NULL_MSECS;
    }

    /** {@return true for a time from 00:00 to 23:59:59.999} */
    public boolean isValid() {
        return msecs >= 0 && msecs < MSECS_PER_DAY;
    }

    /** {@return the time of day, if this time is valid} */
    public Optional<LocalTime> toLocalTime() {
        return isValid() ? Optional.of(LocalTime.ofNanoOfDay(msecs * 1_000_000L)) : Optional.empty();
    }

    @Override
    public int compareTo(QTime o) {
        return Integer.compare(msecs, o.msecs);
    }

    @Override
    public String toString() {
        if (isNull()) {
            return "QTime(null)";
        }
        return toLocalTime().map(t -> "QTime(" + t + ")").orElse("QTime(ms=" + Integer.toUnsignedString(msecs) + ")");
    }
}
