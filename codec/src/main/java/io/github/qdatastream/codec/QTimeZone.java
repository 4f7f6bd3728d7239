package io.github.qdatastream.codec;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A QTimeZone as {@code QDataStream} writes it (it follows a {@link QDateTime} whose spec is
 * {@link QDateTime.TimeSpec#TIME_ZONE}, from {@code Qt_5_2} on). The wire starts with a QString
 * that either is the zone's IANA id or announces one of these forms:
 *
 * <table>
 *   <caption>QTimeZone wire forms</caption>
 *   <tr><th>kind</th><th>wire</th><th>written by</th></tr>
 *   <tr><td>{@link Kind#IANA}</td><td>QString id</td><td>Qt 5 and 6, a system zone</td></tr>
 *   <tr><td>{@link Kind#OFFSET_FROM_UTC}</td><td>QString "OffsetFromUtc", QString id, qint32
 *       offset seconds, QString name, QString abbreviation, qint32 territory, QString comment</td>
 *       <td>Qt 5 and 6, a UTC-offset zone such as {@code QTimeZone("UTC")} or
 *       {@code QTimeZone(3600)}</td></tr>
 *   <tr><td>{@link Kind#INVALID}</td><td>QString "-No Time Zone Specified!"</td><td>Qt 6 (Qt 5.15
 *       crashes writing an invalid zone)</td></tr>
 *   <tr><td>{@link Kind#AHEAD_OF_UTC}</td><td>QString "AheadOfUtcBy", qint32 seconds</td><td>Qt 6.5+</td></tr>
 *   <tr><td>{@link Kind#UTC}</td><td>QString "QTimeZone::UTC"</td><td>Qt 6.5+</td></tr>
 *   <tr><td>{@link Kind#LOCAL_TIME}</td><td>QString "QTimeZone::LocalTime"</td><td>Qt 6.5+</td></tr>
 * </table>
 *
 * <p>This codec recognizes every form at every stream version (Qt 5 would read the Qt 6.5 markers
 * as unknown IANA ids and lose its place in the stream; Qt never writes them inside a QDateTime).
 * Strings are kept exactly, including null QStrings.
 *
 * <p>Immutable and thread-safe.
 */
public final class QTimeZone {

    /** The wire forms. */
    public enum Kind {
        /** A bare IANA id. */
        IANA,
        /** "OffsetFromUtc" and its six fields. */
        OFFSET_FROM_UTC,
        /** "-No Time Zone Specified!". */
        INVALID,
        /** "AheadOfUtcBy" and the offset (Qt 6.5+). */
        AHEAD_OF_UTC,
        /** "QTimeZone::UTC" (Qt 6.5+). */
        UTC,
        /** "QTimeZone::LocalTime" (Qt 6.5+). */
        LOCAL_TIME
    }

    static final String OFFSET_FROM_UTC_MARKER = "OffsetFromUtc";
    static final String INVALID_MARKER = "-No Time Zone Specified!";
    static final String AHEAD_OF_UTC_MARKER = "AheadOfUtcBy";
    static final String UTC_MARKER = "QTimeZone::UTC";
    static final String LOCAL_TIME_MARKER = "QTimeZone::LocalTime";

    /** The invalid zone, {@code QTimeZone()}. */
    public static final QTimeZone INVALID = new QTimeZone(Kind.INVALID, null, 0, null, null, 0, null);
    /** {@code QTimeZone::UTC} in the Qt 6.5+ form. */
    public static final QTimeZone UTC = new QTimeZone(Kind.UTC, null, 0, null, null, 0, null);
    /** {@code QTimeZone::LocalTime} in the Qt 6.5+ form. */
    public static final QTimeZone LOCAL_TIME = new QTimeZone(Kind.LOCAL_TIME, null, 0, null, null, 0, null);

    /** Reads and writes a QTimeZone in any of its wire forms. */
    public static final Codec<QTimeZone> CODEC = Codec.of("QTimeZone", QTimeZone::read, QTimeZone::write);

    private final Kind kind;
    private final @Nullable String id;
    private final int offsetSeconds;
    private final @Nullable String name;
    private final @Nullable String abbreviation;
    private final int territory;
    private final @Nullable String comment;

    private QTimeZone(Kind kind, @Nullable String id, int offsetSeconds, @Nullable String name,
                      @Nullable String abbreviation, int territory, @Nullable String comment) {
        this.kind = kind;
        this.id = id;
        this.offsetSeconds = offsetSeconds;
        this.name = name;
        this.abbreviation = abbreviation;
        this.territory = territory;
        this.comment = comment;
    }

    /**
     * A system zone by IANA id, written as the bare id. The id must not be one of the marker
     * strings of the other forms (it would read back as that form).
     *
     * @param id the IANA id, for example {@code "Europe/Berlin"}
     * @return the zone
     * @throws IllegalArgumentException if {@code id} is a marker string
     */
    public static QTimeZone iana(String id) {
        if (OFFSET_FROM_UTC_MARKER.equals(id) || INVALID_MARKER.equals(id) || AHEAD_OF_UTC_MARKER.equals(id)
                || UTC_MARKER.equals(id) || LOCAL_TIME_MARKER.equals(id)) {
            throw new IllegalArgumentException("\"" + id + "\" is a QTimeZone wire marker, not an IANA id");
        }
        return new QTimeZone(Kind.IANA, id, 0, null, null, 0, null);
    }

    /**
     * {@return the "OffsetFromUtc" form Qt writes for its UTC-offset zones (all seven fields)}
     *
     * @param id the zone's id, for example {@code "UTC+01:00"}
     * @param offsetSeconds the offset, in seconds east of UTC
     * @param name the display name
     * @param abbreviation the abbreviation
     * @param territory the {@code QLocale::Territory} number
     * @param comment the comment
     */
    public static QTimeZone offsetFromUtc(@Nullable String id, int offsetSeconds, @Nullable String name,
                                          @Nullable String abbreviation, int territory, @Nullable String comment) {
        return new QTimeZone(Kind.OFFSET_FROM_UTC, id, offsetSeconds, name, abbreviation, territory, comment);
    }

    /**
     * {@return the Qt 6.5+ "AheadOfUtcBy" form}
     *
     * @param offsetSeconds the offset, in seconds east of UTC
     */
    public static QTimeZone aheadOfUtc(int offsetSeconds) {
        return new QTimeZone(Kind.AHEAD_OF_UTC, null, offsetSeconds, null, null, 0, null);
    }

    /** {@return the wire form} */
    public Kind kind() {
        return kind;
    }

    /** {@return the IANA id ({@link Kind#IANA}) or the zone's id ({@link Kind#OFFSET_FROM_UTC}); otherwise null} */
    public @Nullable String id() {
        return id;
    }

    /** {@return the offset of {@link Kind#OFFSET_FROM_UTC} and {@link Kind#AHEAD_OF_UTC}; otherwise 0} */
    public int offsetSeconds() {
        return offsetSeconds;
    }

    /** {@return the display name of {@link Kind#OFFSET_FROM_UTC}; otherwise null} */
    public @Nullable String name() {
        return name;
    }

    /** {@return the abbreviation of {@link Kind#OFFSET_FROM_UTC}; otherwise null} */
    public @Nullable String abbreviation() {
        return abbreviation;
    }

    /** {@return the {@code QLocale::Territory} (Qt 5: {@code Country}) number of {@link Kind#OFFSET_FROM_UTC}} */
    public int territory() {
        return territory;
    }

    /** {@return the comment of {@link Kind#OFFSET_FROM_UTC}; otherwise null} */
    public @Nullable String comment() {
        return comment;
    }

    /** {@return the first QString on the wire: the id or the form's marker} */
    public @Nullable String wireId() {
        return switch (kind) {
            case IANA -> id;
            case OFFSET_FROM_UTC -> OFFSET_FROM_UTC_MARKER;
            case INVALID -> INVALID_MARKER;
            case AHEAD_OF_UTC -> AHEAD_OF_UTC_MARKER;
            case UTC -> UTC_MARKER;
            case LOCAL_TIME -> LOCAL_TIME_MARKER;
        };
    }

    static QTimeZone read(QDataReader in) {
        String first = in.readString();
        if (first == null) {
            return new QTimeZone(Kind.IANA, null, 0, null, null, 0, null);
        }
        switch (first) {
            case OFFSET_FROM_UTC_MARKER: {
                String id = in.readString();
                int offset = in.readInt32();
                String name = in.readString();
                String abbreviation = in.readString();
                int territory = in.readInt32();
                String comment = in.readString();
                return offsetFromUtc(id, offset, name, abbreviation, territory, comment);
            }
            case INVALID_MARKER:
                return INVALID;
            case AHEAD_OF_UTC_MARKER:
                return aheadOfUtc(in.readInt32());
            case UTC_MARKER:
                return UTC;
            case LOCAL_TIME_MARKER:
                return LOCAL_TIME;
            default:
                return new QTimeZone(Kind.IANA, first, 0, null, null, 0, null);
        }
    }

    static void write(QDataWriter out, QTimeZone z) {
        out.writeString(z.wireId());
        switch (z.kind) {
            case OFFSET_FROM_UTC -> out.writeString(z.id).writeInt32(z.offsetSeconds).writeString(z.name)
                    .writeString(z.abbreviation).writeInt32(z.territory).writeString(z.comment);
            case AHEAD_OF_UTC -> out.writeInt32(z.offsetSeconds);
            default -> {
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof QTimeZone z && kind == z.kind && Objects.equals(id, z.id)
                && offsetSeconds == z.offsetSeconds && Objects.equals(name, z.name)
                && Objects.equals(abbreviation, z.abbreviation) && territory == z.territory
                && Objects.equals(comment, z.comment);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, id, offsetSeconds, name, abbreviation, territory, comment);
    }

    @Override
    public String toString() {
        return switch (kind) {
            case IANA -> "QTimeZone[" + id + "]";
            case OFFSET_FROM_UTC -> "QTimeZone[OffsetFromUtc " + id + " " + offsetSeconds + "s, name=" + name
                    + ", abbreviation=" + abbreviation + ", territory=" + territory + ", comment=" + comment + "]";
            case AHEAD_OF_UTC -> "QTimeZone[AheadOfUtcBy " + offsetSeconds + "s]";
            default -> "QTimeZone[" + kind + "]";
        };
    }
}
