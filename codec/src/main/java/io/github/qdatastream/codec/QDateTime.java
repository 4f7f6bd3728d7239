package io.github.qdatastream.codec;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A QDateTime exactly as its wire fields: the {@link QDate} and {@link QTime} <em>as on the
 * wire</em>, the time spec, the UTC offset, the time zone, and for Qt 4 layouts the raw private
 * spec byte. Nothing is converted: decoding then encoding gives the same bytes.
 *
 * <h2>Wire layouts (from qdatetime.cpp; checked against Qt 5.15)</h2>
 * <pre>
 *   before Qt_4_0              QDate | QTime                          (no spec: local time)
 *   Qt_4_0 .. Qt_4_9, Qt_5_1   QDate | QTime | qint8 private spec     (-1 LocalUnknown, 0 LocalStandard,
 *                                                                       1 LocalDST, 2 UTC, 3 OffsetFromUTC,
 *                                                                       4 TimeZone)
 *   Qt_5_0                     QDate | QTime (converted to UTC!) | qint8 Qt::TimeSpec
 *   Qt_5_2 and later           QDate | QTime | qint8 Qt::TimeSpec (0 LocalTime, 1 UTC, 2 OffsetFromUTC,
 *                              3 TimeZone) [| qint32 offset seconds if OffsetFromUTC]
 *                              [| QTimeZone if TimeZone]
 * </pre>
 * {@code Qt_5_1} really uses the Qt 4 layout: Qt 5 tests {@code version == Qt_5_0} and
 * {@code version >= Qt_5_2}. The Qt 4 byte is {@code QDateTimePrivate::Spec}, not
 * {@code Qt::TimeSpec} as Qt's documentation claims; Qt 5 writes -1 for local time (Qt 4.x itself
 * also wrote 0 or 1 after a DST lookup). Only {@code Qt_5_0} converts to UTC; this value then holds
 * the UTC date and time. Qt 6 writes the same layouts. An unknown spec byte is corrupt data (Qt 5
 * reading a {@code Qt_5_0} stream can crash on one; Qt 6 reads it as local time).
 *
 * <pre>
 *   QDateTime(2020-01-02 03:04:05.006, Qt::UTC) at Qt_4_0:  00 25 84 e3 | 00 a8 88 8e | 02
 *   ... at Qt_5_2+:  00 00 00 00 00 25 84 e3 | 00 a8 88 8e | 01
 *   ... OffsetFromUTC 3600 at Qt_5_2+: 00 00 00 00 00 25 84 e3 | 00 a8 88 8e | 02 | 00 00 0e 10
 * </pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param date the date as on the wire
 * @param time the time as on the wire
 * @param spec the time spec; {@link TimeSpec#LOCAL_TIME} before {@code Qt_4_0}; for Qt 4 layouts
 *             the spec that {@link #qt4Spec} means
 * @param offsetSeconds the offset from UTC for {@link TimeSpec#OFFSET_FROM_UTC} (present on the
 *             wire from {@code Qt_5_2} on); 0 otherwise
 * @param timeZone the zone for {@link TimeSpec#TIME_ZONE} from {@code Qt_5_2} on; null otherwise
 * @param qt4Spec the raw {@code QDateTimePrivate::Spec} byte (-1..4) for the Qt 4 layout
 *             ({@code Qt_4_0}..{@code Qt_4_9} and {@code Qt_5_1}); null for other layouts. When
 *             null on writing a Qt 4 layout, the byte Qt 5 writes for {@code spec} is used.
 */
public record QDateTime(QDate date, QTime time, TimeSpec spec, int offsetSeconds, @Nullable QTimeZone timeZone,
                        @Nullable Integer qt4Spec) {

    /** {@code Qt::TimeSpec}, in Qt's numbering (ordinal = wire value from {@code Qt_5_0} on). */
    public enum TimeSpec {
        /** {@code Qt::LocalTime}. */
        LOCAL_TIME,
        /** {@code Qt::UTC}. */
        UTC,
        /** {@code Qt::OffsetFromUTC}. */
        OFFSET_FROM_UTC,
        /** {@code Qt::TimeZone}. */
        TIME_ZONE
    }

    /** {@code QDateTime()} as Qt 5.2+ writes it: null date, null time, local time. */
    public static final QDateTime NULL = new QDateTime(QDate.NULL, QTime.NULL, TimeSpec.LOCAL_TIME, 0, null, null);

    /** Reads and writes a QDateTime per stream version. */
    public static final Codec<QDateTime> CODEC = Codec.of("QDateTime", QDateTime::read, QDateTime::write);

    /**
     * Checks that the fields agree: an offset only with {@link TimeSpec#OFFSET_FROM_UTC}, a zone only
     * with {@link TimeSpec#TIME_ZONE}, and Qt 4's spec byte, if given, -1 to 4 and meaning {@code spec}.
     *
     * @param date the date
     * @param time the time
     * @param spec the time spec
     * @param offsetSeconds the offset from UTC, for {@link TimeSpec#OFFSET_FROM_UTC}; otherwise 0
     * @param timeZone the zone, for {@link TimeSpec#TIME_ZONE}; otherwise null
     * @param qt4Spec Qt 4's private spec byte ({@code QDateTimePrivate::Spec}) as read, or null
     * @throws IllegalArgumentException if the fields disagree
     */
    public QDateTime {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(spec, "spec");
        if (offsetSeconds != 0 && spec != TimeSpec.OFFSET_FROM_UTC) {
            throw new IllegalArgumentException("offsetSeconds " + offsetSeconds + " with spec " + spec);
        }
        if (timeZone != null && spec != TimeSpec.TIME_ZONE) {
            throw new IllegalArgumentException("a time zone with spec " + spec);
        }
        if (qt4Spec != null) {
            if (qt4Spec < -1 || qt4Spec > 4) {
                throw new IllegalArgumentException("qt4Spec must be -1..4 (QDateTimePrivate::Spec): " + qt4Spec);
            }
            if (specOfQt4(qt4Spec) != spec) {
                throw new IllegalArgumentException("qt4Spec " + qt4Spec + " means " + specOfQt4(qt4Spec) + ", not " + spec);
            }
        }
    }

    /**
     * The record from the six fields the JSON convention names; {@code zoneId} (null unless
     * {@link TimeSpec#TIME_ZONE}) becomes an IANA {@link QTimeZone}.
     *
     * @param date the date
     * @param time the time
     * @param spec the time spec
     * @param offsetSeconds the offset from UTC, for {@link TimeSpec#OFFSET_FROM_UTC}; otherwise 0
     * @param zoneId the IANA zone id, for {@link TimeSpec#TIME_ZONE}; otherwise null
     * @param qt4Spec Qt 4's private spec byte, or null
     * @return the date-time
     */
    public static QDateTime of(QDate date, QTime time, TimeSpec spec, int offsetSeconds, @Nullable String zoneId,
                               @Nullable Integer qt4Spec) {
        return new QDateTime(date, time, spec, offsetSeconds, zoneId == null ? null : QTimeZone.iana(zoneId), qt4Spec);
    }

    /**
     * {@return the date-time in local time ({@link TimeSpec#LOCAL_TIME})}
     *
     * @param date the date
     * @param time the time
     */
    public static QDateTime local(QDate date, QTime time) {
        return new QDateTime(date, time, TimeSpec.LOCAL_TIME, 0, null, null);
    }

    /**
     * {@return the date-time in UTC}
     *
     * @param date the date
     * @param time the time
     */
    public static QDateTime utc(QDate date, QTime time) {
        return new QDateTime(date, time, TimeSpec.UTC, 0, null, null);
    }

    /**
     * {@return the date-time at a fixed offset from UTC}
     *
     * @param date the date
     * @param time the time
     * @param offsetSeconds the offset, in seconds east of UTC
     */
    public static QDateTime withOffset(QDate date, QTime time, int offsetSeconds) {
        return new QDateTime(date, time, TimeSpec.OFFSET_FROM_UTC, offsetSeconds, null, null);
    }

    /**
     * {@return the date-time in a time zone}
     *
     * @param date the date
     * @param time the time
     * @param zone the zone
     */
    public static QDateTime inZone(QDate date, QTime time, QTimeZone zone) {
        return new QDateTime(date, time, TimeSpec.TIME_ZONE, 0, Objects.requireNonNull(zone, "zone"), null);
    }

    /**
     * {@return a local date-time ({@link TimeSpec#LOCAL_TIME})}
     *
     * @param t the date and time
     * @throws IllegalArgumentException if the time has a sub-millisecond part
     */
    public static QDateTime of(LocalDateTime t) {
        return local(QDate.of(t.toLocalDate()), qtime(t.toLocalTime().toNanoOfDay()));
    }

    /**
     * A date-time at a fixed offset: {@link TimeSpec#UTC} for offset zero (as Qt turns
     * {@code OffsetFromUTC} 0 into UTC), otherwise {@link TimeSpec#OFFSET_FROM_UTC}. The date and
     * time are the local ones at that offset. Sub-millisecond precision is rejected.
     *
     * @param t the date-time
     * @return the QDateTime
     * @throws IllegalArgumentException if the time has a sub-millisecond part
     */
    public static QDateTime of(OffsetDateTime t) {
        QDate d = QDate.of(t.toLocalDate());
        QTime tm = qtime(t.toLocalTime().toNanoOfDay());
        int offset = t.getOffset().getTotalSeconds();
        return offset == 0 ? utc(d, tm) : withOffset(d, tm, offset);
    }

    /**
     * A zoned date-time: as {@link #of(OffsetDateTime)} when the zone is a {@link ZoneOffset},
     * otherwise {@link TimeSpec#TIME_ZONE} with the zone's id and the local date and time there.
     *
     * @param t the date-time
     * @return the QDateTime
     * @throws IllegalArgumentException if the time has a sub-millisecond part
     */
    public static QDateTime of(ZonedDateTime t) {
        if (t.getZone() instanceof ZoneOffset) {
            return of(t.toOffsetDateTime());
        }
        return inZone(QDate.of(t.toLocalDate()), qtime(t.toLocalTime().toNanoOfDay()), QTimeZone.iana(t.getZone().getId()));
    }

    /**
     * {@return an instant as {@link TimeSpec#UTC}}
     *
     * @param instant the instant
     * @throws IllegalArgumentException if the time has a sub-millisecond part
     */
    public static QDateTime ofInstant(Instant instant) {
        return of(instant.atOffset(ZoneOffset.UTC));
    }

    private static QTime qtime(long nanoOfDay) {
        if (nanoOfDay % 1_000_000 != 0) {
            throw new IllegalArgumentException("QTime holds milliseconds; " + nanoOfDay + " ns of day would be truncated");
        }
        return QTime.ofMsecs((int) (nanoOfDay / 1_000_000));
    }

    /** {@return the zone's IANA id (or OffsetFromUtc zone id) for {@link TimeSpec#TIME_ZONE}; otherwise null} */
    public @Nullable String zoneId() {
        return timeZone == null ? null : timeZone.id();
    }

    /** {@return true when both the date and the time are null} */
    public boolean isNull() {
        return date.isNull() && time.isNull();
    }

    /** {@return the wire date and time as a {@link LocalDateTime}, when both are valid} */
    public Optional<LocalDateTime> toLocalDateTime() {
        Optional<LocalDate> d = date.toLocalDate();
        if (d.isEmpty() || !time.isValid()) {
            return Optional.empty();
        }
        return Optional.of(LocalDateTime.of(d.get(), time.toLocalTime().orElseThrow()));
    }

    /** {@return for {@link TimeSpec#UTC} and {@link TimeSpec#OFFSET_FROM_UTC}: the date-time at its offset} */
    public Optional<OffsetDateTime> toOffsetDateTime() {
        ZoneOffset offset;
        if (spec == TimeSpec.UTC) {
            offset = ZoneOffset.UTC;
        } else if (spec == TimeSpec.OFFSET_FROM_UTC) {
            try {
                offset = ZoneOffset.ofTotalSeconds(offsetSeconds);
            } catch (java.time.DateTimeException e) {
                return Optional.empty();
            }
        } else {
            return Optional.empty();
        }
        return toLocalDateTime().map(t -> t.atOffset(offset));
    }

    /** {@return for {@link TimeSpec#TIME_ZONE} with a zone id java.time knows: the zoned date-time} */
    public Optional<ZonedDateTime> toZonedDateTime() {
        if (timeZone == null || timeZone.id() == null) {
            return Optional.empty();
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(timeZone.id());
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
        return toLocalDateTime().map(t -> t.atZone(zone));
    }

    /** The spec a Qt 4 private spec byte stands for. */
    static TimeSpec specOfQt4(int b) {
        return switch (b) {
            case -1, 0, 1 -> TimeSpec.LOCAL_TIME;
            case 2 -> TimeSpec.UTC;
            case 3 -> TimeSpec.OFFSET_FROM_UTC;
            case 4 -> TimeSpec.TIME_ZONE;
            default -> throw new IllegalArgumentException("not a QDateTimePrivate::Spec: " + b);
        };
    }

    /** The byte Qt 5 writes for a spec in the Qt 4 layout. */
    static int qt4SpecOf(TimeSpec spec) {
        return switch (spec) {
            case LOCAL_TIME -> -1;
            case UTC -> 2;
            case OFFSET_FROM_UTC -> 3;
            case TIME_ZONE -> 4;
        };
    }

    /** True when {@code v} writes the Qt 4 layout (spec byte = QDateTimePrivate::Spec). */
    static boolean qt4Layout(StreamVersion v) {
        return v.atLeast(StreamVersion.Qt_4_0) && v.before(StreamVersion.Qt_5_2) && v.wireNumber() != StreamVersion.Qt_5_0.wireNumber();
    }

    static QDateTime read(QDataReader in) {
        StreamVersion v = in.version();
        QDate date = QDate.read(in);
        QTime time = QTime.CODEC.read(in);
        if (v.before(StreamVersion.Qt_4_0)) {
            return local(date, time);
        }
        long at = in.offset();
        int b = in.readInt8();
        if (qt4Layout(v)) {
            if (b < -1 || b > 4) {
                throw in.corrupt("QDateTime spec byte", b, at,
                        "the Qt 4 layout (Qt_4_0..Qt_4_9, Qt_5_1) uses QDateTimePrivate::Spec, -1..4");
            }
            return new QDateTime(date, time, specOfQt4(b), 0, null, b);
        }
        if (b < 0 || b > 3) {
            throw in.corrupt("QDateTime spec byte", b, at, "Qt::TimeSpec is 0..3 (LocalTime, UTC, OffsetFromUTC, TimeZone)");
        }
        TimeSpec spec = TimeSpec.values()[b];
        if (v.before(StreamVersion.Qt_5_2)) {
            return new QDateTime(date, time, spec, 0, null, null);
        }
        return switch (spec) {
            case OFFSET_FROM_UTC -> withOffset(date, time, in.readInt32());
            case TIME_ZONE -> inZone(date, time, QTimeZone.read(in));
            default -> new QDateTime(date, time, spec, 0, null, null);
        };
    }

    static void write(QDataWriter out, QDateTime t) {
        StreamVersion v = out.version();
        QDate.write(out, t.date);
        QTime.CODEC.write(out, t.time);
        if (v.before(StreamVersion.Qt_4_0)) {
            return;
        }
        if (qt4Layout(v)) {
            out.writeInt8(t.qt4Spec != null ? t.qt4Spec : qt4SpecOf(t.spec));
            return;
        }
        out.writeInt8(t.spec.ordinal());
        if (v.before(StreamVersion.Qt_5_2)) {
            return;
        }
        if (t.spec == TimeSpec.OFFSET_FROM_UTC) {
            out.writeInt32(t.offsetSeconds);
        } else if (t.spec == TimeSpec.TIME_ZONE) {
            if (t.timeZone == null) {
                throw new IllegalArgumentException("a TIME_ZONE QDateTime needs its QTimeZone from Qt_5_2 on");
            }
            QTimeZone.write(out, t.timeZone);
        }
    }
}
