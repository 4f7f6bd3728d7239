package io.github.qdatastream.codec;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * A QVariant: a value tagged with its Qt type, as {@code QDataStream << QVariant} writes it.
 *
 * <h2>Wire format</h2>
 * <pre>
 *   quint32   type id          in the numbering of the stream version, see {@link VariantTypes}
 *   qint8     null flag        from Qt_4_2 on only (1 for a null QString, the invalid variant, ...)
 *   const char* type name      only for a user type (id 127 / 1024 / 65536): length counts the NUL
 *   payload                    the value as its own operator&lt;&lt; writes it
 * </pre>
 * The invalid variant is id 0 and no payload, except that streams before {@code Qt_5_0} add a
 * QString (Qt writes a null one). For example {@code QVariant(5)} at {@code Qt_5_15} is
 * {@code 00000002 00 00000005}, and a {@code QPolygonF} at {@code Qt_4_0} is a user type:
 * {@code 0000007f 0000000a "QPolygonF\0" ...}.
 *
 * <h2>The Java value</h2>
 * {@link #typeName()} is Qt's type name ({@code "int"}, {@code "QString"}, {@code "QVariantMap"},
 * a user type name); {@link #value()} is what the {@link TypeExpression} of that name decodes to
 * (an Integer for {@code int}, a {@code List<QVariant>} for {@code QVariantList}, a
 * {@code QMap<String, QVariant>} for {@code QVariantMap}, ...). {@link #isUserType()} records that
 * the variant was (or is to be) written with the user type id and its name even where the type has
 * a built-in id; that keeps decoding and re-encoding byte-exact. {@link #typeId()} is the id as
 * read, for diagnostics; it takes no part in equality or encoding.
 *
 * <h2>Decoding</h2>
 * An id that is not a type in the stream's numbering, or a user type name the
 * {@link VariantRegistry} does not know, is {@link CorruptDataException} (Qt: ReadCorruptData)
 * naming the id or name and the offset. So is a type Qt knows but this library has no codec for
 * (QFont, QImage, ...): its length cannot be known, so nothing after it can be read; register a
 * codec for it to read it. Each variant is one nesting level ({@link Limits#maxDepth()}).
 *
 * <h2>Raw payloads</h2>
 * Where the end of a variant is known because it is the last value of its input (a whole block,
 * the last argument of {@code qds decode}), {@link #trailingCodec(VariantRegistry)} reads such a
 * variant anyway: its payload is the rest of the input, kept verbatim as a {@link #raw raw}
 * variant, and writing it back gives the same bytes:
 * <pre>
 *   0000007f 00000007 "MyType\0" | de ad be ef          Qt_4_0, an unknown user type
 *   00000040 | 00000008 00530061006e0073 ...           Qt_4_0, QFont (id 64) as Qt 5.15 writes it
 *   ^ id (null flag, name) as usual  ^ raw payload: every byte to the end of the input
 * </pre>
 * Variants nested inside the value of another (a {@code QVariantList}, a {@code QVariantMap}) stay
 * strict even then: their end is not known, so an unknown type there is still
 * {@link CorruptDataException}.
 *
 * <p>Immutable and thread-safe: every field is final, and the values it holds are the codec's
 * immutable value types.
 */
public final class QVariant {

    /** {@code QVariant()}: no type, null. */
    public static final QVariant INVALID = new QVariant(null, false, true, null, -1, false);

    /** QVariant with Qt's built-in types ({@link VariantRegistry#DEFAULT}). */
    public static final Codec<QVariant> CODEC = VariantRegistry.DEFAULT.variantCodec();
    /** {@code QVariantList}: {@code QList<QVariant>}. */
    public static final Codec<List<QVariant>> LIST_CODEC = renamed("QVariantList", Codecs.list(CODEC));
    /** {@code QVariantMap}: {@code QMap<QString, QVariant>}. */
    public static final Codec<QMap<String, QVariant>> MAP_CODEC = renamed("QVariantMap", Codecs.map(Codecs.QSTRING, CODEC));
    /** {@code QVariantHash}: {@code QHash<QString, QVariant>}. */
    public static final Codec<QMap<String, QVariant>> HASH_CODEC = renamed("QVariantHash", Codecs.hash(Codecs.QSTRING, CODEC));

    private final String typeName;
    private final boolean userType;
    private final boolean isNull;
    private final Object value;
    private final long typeId;
    private final boolean raw;

    private QVariant(String typeName, boolean userType, boolean isNull, Object value, long typeId, boolean raw) {
        this.typeName = typeName;
        this.userType = userType;
        this.isNull = isNull;
        this.value = value;
        this.typeId = typeId;
        this.raw = raw;
    }

    private static <T> Codec<T> renamed(String name, Codec<T> c) {
        return Codec.of(name, c.minWireSize(), c::read, c::write);
    }

    /**
     * A variant of type {@code typeName} (Qt's name, such as {@code "int"} or {@code "QVariantMap"},
     * or a user type) holding {@code value}, the Java value of that type; the null flag is clear.
     *
     * @param typeName Qt's name of the type
     * @param value the Java value of that type
     * @return the variant
     */
    public static QVariant of(String typeName, Object value) {
        Objects.requireNonNull(typeName, "typeName");
        return new QVariant(typeName, false, false, value, -1, false);
    }

    /**
     * A variant of {@code type}'s Qt type holding {@code value}: {@code QVariant.of(Codecs.QUINT16, 7)}
     * is a {@code ushort} variant (id 36 in Qt 5, a 2-byte payload), where {@code QVariant.of(7)} is an
     * {@code int}. The variant's name is Qt's ({@code ushort}, {@code QList<int>}, {@code QVariantMap});
     * a user type codec's name is kept. A value the type cannot hold (a quint16 of 70000, a Long
     * for a qint32) is {@link IllegalArgumentException} now rather than when it is written.
     *
     * @param <T> the value's Java type
     * @param type the codec of the variant's type
     * @param value the value
     * @return the variant
     * @throws IllegalArgumentException if the type cannot hold the value
     */
    public static <T> QVariant of(Codec<T> type, T value) {
        Objects.requireNonNull(type, "type");
        String name = type.typeName();
        try {
            name = VariantConversions.qtName(TypeExpression.parse(name));
        } catch (IllegalArgumentException e) {
            // a user type's codec: its own name
        }
        checkHolds(name, value);
        boolean isNull = value == null && (name.equals("QString") || name.equals("QByteArray"));
        return new QVariant(name, false, isNull, value, -1, false);
    }

    private static void checkHolds(String qtName, Object value) {
        String c = VariantConversions.canonical(qtName);
        long[] range = switch (c) {
            case "quint8" -> new long[]{0, 0xFF};
            case "quint16" -> new long[]{0, 0xFFFF};
            case "quint32" -> new long[]{0, 0xFFFF_FFFFL};
            default -> null;
        };
        if (range != null && value instanceof Number n && (n.longValue() < range[0] || n.longValue() > range[1])) {
            throw new IllegalArgumentException("a " + qtName + " variant cannot hold " + value);
        }
        Class<?> expected = switch (c) {
            case "qint8" -> Byte.class;
            case "qint16" -> Short.class;
            case "quint8", "quint16", "qint32" -> Integer.class;
            case "quint32", "qint64", "quint64" -> Long.class;
            case "bool" -> Boolean.class;
            case "float" -> Float.class;
            case "double" -> Double.class;
            case "QChar" -> Character.class;
            default -> null;
        };
        if (expected != null && !expected.isInstance(value)) {
            throw new IllegalArgumentException("a " + qtName + " variant holds a " + expected.getSimpleName() + ", not "
                    + (value == null ? "null" : value.getClass().getSimpleName()));
        }
    }

    /**
     * An {@code int} (qint32) variant.
     *
     * @param value the number
     * @return the variant
     */
    public static QVariant of(int value) {
        return of("int", value);
    }

    /**
     * A {@code qlonglong} (qint64) variant.
     *
     * @param value the number
     * @return the variant
     */
    public static QVariant of(long value) {
        return of("qlonglong", value);
    }

    /**
     * A {@code bool} variant.
     *
     * @param value the truth value
     * @return the variant
     */
    public static QVariant of(boolean value) {
        return of("bool", value);
    }

    /**
     * A {@code double} variant.
     *
     * @param value the number
     * @return the variant
     */
    public static QVariant of(double value) {
        return of("double", value);
    }

    /**
     * A QString variant; a null {@code value} is the null QString, with the null flag set as Qt does.
     *
     * @param value the string, or {@code null} for the null QString
     * @return the variant
     */
    public static QVariant of(String value) {
        return new QVariant("QString", false, value == null, value, -1, false);
    }

    /**
     * A variant of type {@code typeName} whose payload is {@code payload}, written verbatim after the
     * type id (and the name, for a user type), as {@link #trailingCodec} reads a type it has no codec
     * for. The payload is in the format of one stream version: {@code typeId} is the id it was read
     * with at that version, or -1 for none; writing checks that the id it writes is the same.
     *
     * @param typeName Qt's name of the type
     * @param typeId the type id the payload was read with, or -1
     * @param payload the value's bytes, written verbatim
     * @return the raw variant
     */
    public static QVariant raw(String typeName, long typeId, QByteArray payload) {
        Objects.requireNonNull(typeName, "typeName");
        Objects.requireNonNull(payload, "payload");
        if (typeName.isEmpty() || typeName.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("not a usable type name: \"" + abbreviate(typeName) + "\"");
        }
        if (typeId < -1 || typeId > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("typeId must be -1 or a quint32: " + typeId);
        }
        return new QVariant(typeName, false, false, payload, typeId, true);
    }

    /**
     * The invalid variant as read before {@code Qt_5_0}, whose trailing QString (Qt writes a null
     * one) was {@code trailer}.
     *
     * @param isNull the null flag read
     * @param trailer the trailing QString read, or {@code null}
     * @return the invalid variant
     */
    public static QVariant invalid(boolean isNull, String trailer) {
        return trailer == null && isNull ? INVALID : new QVariant(null, false, isNull, trailer, -1, false);
    }

    /**
     * This variant with the null flag (written from {@code Qt_4_2} on) set or cleared.
     *
     * @param value the new null flag
     * @return a variant equal to this one but for the flag
     */
    public QVariant withNull(boolean value) {
        return new QVariant(typeName, userType, value, this.value, typeId, raw);
    }

    /**
     * This variant written as a user type (the user id and the name) even where its type has a built-in id.
     *
     * @param value whether to write it as a user type
     * @return a variant equal to this one but for the flag
     */
    public QVariant asUserType(boolean value) {
        if (typeName == null && value) throw new IllegalArgumentException("the invalid variant has no type");
        return new QVariant(typeName, value, isNull, this.value, typeId, raw);
    }

    /** {@return Qt's type name; null for the invalid variant} */
    public String typeName() {
        return typeName;
    }

    /** {@return whether this variant has a type (false for the invalid variant)} */
    public boolean isValid() {
        return typeName != null;
    }

    /** {@return the null flag ({@code QVariant::isNull()} as streamed from {@code Qt_4_2} on)} */
    public boolean isNull() {
        return isNull;
    }

    /** {@return whether this variant is written with the user type id and its name} */
    public boolean isUserType() {
        return userType;
    }

    /** {@return whether the payload is kept as raw bytes ({@link #raw}): then {@link #value()} is a {@link QByteArray}} */
    public boolean isRaw() {
        return raw;
    }

    /**
     * The value (the payload's bytes for a {@link #isRaw() raw} variant); null for the invalid variant (or the QString that followed it before
     * {@code Qt_5_0}, if it was not null).
     *
     * @return the value
     */
    public Object value() {
        return value;
    }

    /** {@return the type id as read from the wire, or -1 for a variant built in Java} */
    public long typeId() {
        return typeId;
    }


    // ---------------------------------------------------------------- typed access

    /**
     * The value, when this variant's type is {@code type}'s ({@code QVariant.of(7).get(Codecs.QINT32)});
     * otherwise {@link CorruptDataException} naming the type it holds. Types are compared as
     * {@link TypeExpression}s, so Qt's spellings of one wire type are one type ({@code int} and
     * {@code qint32}, {@code ushort} and {@code quint16}, {@code QVariantMap} and
     * {@code QMap<QString,QVariant>}; also {@code long} and {@code qlonglong}, which QVariant
     * streams alike). A null QString gives null; a raw variant has no decoded value and fails.
     *
     * @param <T> the value's Java type
     * @param type the codec of the type the variant must hold
     * @return the value
     * @throws CorruptDataException if the variant holds another type (the message names it)
     */
    public <T> T get(Codec<T> type) {
        return get(type, "QVariant");
    }

    /**
     * {@link #get(Codec)}, or empty when the type differs (or the value is null, as the null QString).
     *
     * @param <T> the value's Java type
     * @param type the codec of the type looked for
     * @return the value, or empty
     */
    @SuppressWarnings("unchecked")
    public <T> Optional<T> find(Codec<T> type) {
        return holds(type.typeName()) && !raw ? Optional.ofNullable((T) value) : Optional.empty();
    }

    /**
     * {@return whether this variant's type is the type named {@code typeName}} Compared as
     * {@link #get(Codec)} does.
     *
     * @param typeName a Qt type name, in any of Qt's spellings
     */
    public boolean holds(String typeName) {
        return typeName != null && this.typeName != null
                && VariantConversions.canonical(this.typeName).equals(VariantConversions.canonical(typeName));
    }

    @SuppressWarnings("unchecked")
    <T> T get(Codec<T> type, String what) {
        if (!holds(type.typeName())) {
            throw CorruptDataException.wrongType(what, typeName == null ? "no value (the invalid QVariant)" : typeName,
                    type.typeName());
        }
        if (raw) {
            throw CorruptDataException.wrongType(what, "a raw " + typeName + " payload (its registry had no codec for it)",
                    "a decoded " + type.typeName());
        }
        return (T) value;
    }

    /** {@return the value of an {@code int} (qint32) variant; else {@link CorruptDataException} naming the type} */
    public int getInt() {
        return get(Codecs.QINT32);
    }

    /** {@return the value of a {@code uint} (quint32) variant} */
    public long getUInt() {
        return get(Codecs.QUINT32);
    }

    /** {@return the value of a {@code qlonglong} (qint64) variant} */
    public long getLongLong() {
        return get(Codecs.QINT64);
    }

    /** {@return the 64 bits of a {@code qulonglong} (quint64) variant} */
    public long getULongLong() {
        return get(Codecs.QUINT64);
    }

    /** {@return the value of a {@code short} (qint16) variant} */
    public short getShort() {
        return get(Codecs.QINT16);
    }

    /** {@return the value of a {@code ushort} (quint16) variant} */
    public int getUShort() {
        return get(Codecs.QUINT16);
    }

    /**
     * The value of a {@code bool} variant.
     *
     * @return the value
     * @throws CorruptDataException if the variant holds another type (the message names it)
     */
    public boolean getBool() {
        return get(Codecs.BOOL);
    }

    /**
     * The value of a {@code double} variant.
     *
     * @return the value
     * @throws CorruptDataException if the variant holds another type (the message names it)
     */
    public double getDouble() {
        return get(Codecs.DOUBLE);
    }

    /**
     * The value of a {@code float} variant.
     *
     * @return the value
     * @throws CorruptDataException if the variant holds another type (the message names it)
     */
    public float getFloat() {
        return get(Codecs.FLOAT);
    }

    /**
     * The value of a {@code QChar} variant.
     *
     * @return the UTF-16 code unit
     * @throws CorruptDataException if the variant holds another type (the message names it)
     */
    public char getChar() {
        return get(Codecs.QCHAR);
    }

    /** {@return the value of a QString variant: null for the null QString} */
    public @Nullable String getString() {
        return get(Codecs.QSTRING);
    }

    /** {@return the value of a QByteArray variant: null for the null QByteArray} */
    public @Nullable QByteArray getByteArray() {
        return get(Codecs.QBYTEARRAY);
    }

    /**
     * The value of a {@code QStringList} variant.
     *
     * @return the strings
     * @throws CorruptDataException if the variant holds another type (the message names it)
     */
    public List<String> getStringList() {
        return get(Codecs.QSTRINGLIST);
    }

    /**
     * The value of a {@code QDate} variant.
     *
     * @return the date
     * @throws CorruptDataException if the variant holds another type (the message names it)
     */
    public QDate getDate() {
        return get(QDate.CODEC);
    }

    /**
     * The value of a {@code QTime} variant.
     *
     * @return the time
     * @throws CorruptDataException if the variant holds another type (the message names it)
     */
    public QTime getTime() {
        return get(QTime.CODEC);
    }

    /**
     * The value of a {@code QDateTime} variant.
     *
     * @return the date and time
     * @throws CorruptDataException if the variant holds another type (the message names it)
     */
    public QDateTime getDateTime() {
        return get(QDateTime.CODEC);
    }

    /** {@return a QVariantList variant's elements, with typed getters} */
    public VariantList getList() {
        return new VariantList("QVariantList", get(LIST_CODEC));
    }

    /** {@return a QVariantMap variant's entries, with typed getters by key} */
    public VariantMap getMap() {
        return new VariantMap("QVariantMap", get(MAP_CODEC));
    }

    /** {@return a QVariantHash variant's entries, with typed getters by key} */
    public VariantMap getHash() {
        return new VariantMap("QVariantHash", get(HASH_CODEC));
    }

    /**
     * The value of an {@code int} (qint32) variant, if it is one.
     *
     * @return the value, or empty for another type
     */
    public OptionalInt findInt() {
        return holds("int") ? OptionalInt.of((Integer) value) : OptionalInt.empty();
    }

    /**
     * The value of a {@code qlonglong} (qint64) variant, if it is one.
     *
     * @return the value, or empty for another type
     */
    public OptionalLong findLongLong() {
        return holds("qlonglong") ? OptionalLong.of((Long) value) : OptionalLong.empty();
    }

    /**
     * The value of a {@code double} variant, if it is one.
     *
     * @return the value, or empty for another type
     */
    public OptionalDouble findDouble() {
        return holds("double") ? OptionalDouble.of((Double) value) : OptionalDouble.empty();
    }

    /**
     * The value of a {@code bool} variant, if it is one.
     *
     * @return the value, or empty for another type
     */
    public Optional<Boolean> findBool() {
        return find(Codecs.BOOL);
    }

    /** {@return the text of a QString variant; empty for another type and for the null QString} */
    public Optional<String> findString() {
        return find(Codecs.QSTRING);
    }

    /**
     * A QVariantList variant's elements, if it is one.
     *
     * @return a view of the list, or empty for another type
     */
    public Optional<VariantList> findList() {
        return find(LIST_CODEC).map(l -> new VariantList("QVariantList", l));
    }

    /**
     * A QVariantMap variant's entries, if it is one.
     *
     * @return a view of the map, or empty for another type
     */
    public Optional<VariantMap> findMap() {
        return find(MAP_CODEC).map(m -> new VariantMap("QVariantMap", m));
    }

    /**
     * A QVariantHash variant's entries, if it is one.
     *
     * @return a view of the hash, or empty for another type
     */
    public Optional<VariantMap> findHash() {
        return find(HASH_CODEC).map(m -> new VariantMap("QVariantHash", m));
    }

    // ---------------------------------------------------------------- Qt's conversions

    /**
     * {@code QVariant::toBool()}, following Qt 6.11's conversion rules (measured against real Qt;
     * table in docs/values.md): a number is true when it rounds to non-zero; a QString or
     * QByteArray is false when empty, {@code "0"} or {@code "false"} in any case; other types
     * Qt does not convert are false. A type the table does not cover (QUrl, QPoint, ...) is
     * {@link UnsupportedOperationException} rather than a guess. Unlike {@link #getBool()}, any
     * type is accepted.
     *
     * @return the value as Qt converts it to bool
     * @throws UnsupportedOperationException for a type the conversion table does not cover
     */
    public boolean toBool() {
        return VariantConversions.toBool(this);
    }

    /** {@return the value as {@code QVariant::toInt()} converts it}: {@link #convertToInt()}, or 0 where Qt's conversion fails */
    public int toInt() {
        return convertToInt().orElse(0);
    }

    /**
     * {@code QVariant::toInt(&ok)}: empty where Qt says not ok. As in Qt, a wider value is
     * truncated to its low 32 bits (a qlonglong 5000000000 or the text "5000000000" give
     * 705032704, ok); a double rounds half away from zero and saturates at the qint64 range
     * first (NaN fails); text is base 10 with optional sign and surrounding white space.
     *
     * @return the converted value, or empty
     */
    public OptionalInt convertToInt() {
        OptionalLong l = VariantConversions.toInt64(this, false, "int");
        return l.isPresent() ? OptionalInt.of((int) l.getAsLong()) : OptionalInt.empty();
    }

    /** {@return the value as {@code QVariant::toUInt()} converts it}: 0 where Qt's conversion fails */
    public long toUInt() {
        return convertToUInt().orElse(0);
    }

    /** {@return the value as {@code QVariant::toUInt(&ok)} converts it, or empty where Qt says not ok} (the quint32 in a long): text by qulonglong's rules ({@code "-7"} fails), then the low 32 bits */
    public OptionalLong convertToUInt() {
        OptionalLong l = VariantConversions.toInt64(this, true, "uint");
        return l.isPresent() ? OptionalLong.of(l.getAsLong() & 0xFFFF_FFFFL) : OptionalLong.empty();
    }

    /** {@return the value as {@code QVariant::toLongLong()} converts it}: 0 where Qt's conversion fails */
    public long toLongLong() {
        return convertToLongLong().orElse(0);
    }

    /** {@return the value as {@code QVariant::toLongLong(&ok)} converts it, or empty where Qt says not ok} */
    public OptionalLong convertToLongLong() {
        return VariantConversions.toInt64(this, false, "qlonglong");
    }

    /** {@return the value as {@code QVariant::toULongLong()} converts it (the same 64 bits in a long)}: 0 where Qt's conversion fails */
    public long toULongLong() {
        return convertToULongLong().orElse(0);
    }

    /** {@return the value as {@code QVariant::toULongLong(&ok)} converts it, or empty where Qt says not ok} */
    public OptionalLong convertToULongLong() {
        return VariantConversions.toInt64(this, true, "qulonglong");
    }

    /** {@return the value as {@code QVariant::toDouble()} converts it}: 0 where Qt's conversion fails */
    public double toDouble() {
        return convertToDouble().orElse(0);
    }

    /** {@return the value as {@code QVariant::toDouble(&ok)} converts it, or empty where Qt says not ok}: text in the C locale, also {@code inf} and {@code nan}; QChar is not a number */
    public OptionalDouble convertToDouble() {
        return VariantConversions.toDouble(this);
    }

    /**
     * {@code QVariant::toString()}, never null ({@code ""} where Qt gives a null QString). Named
     * so because {@link #toString()} describes the variant. Numbers in decimal, a double as Qt 6
     * writes it ({@code 1e+05}, {@code 0.1}), bool {@code true}/{@code false}, char types as one
     * Latin-1 character, QDate/QTime/QDateTime in ISO 8601 with milliseconds, a QByteArray as
     * UTF-8, a one-element QStringList as its element.
     *
     * @return the text, never null
     */
    public String toQString() {
        return VariantConversions.toQString(this);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof QVariant v && Objects.equals(typeName, v.typeName) && userType == v.userType
                && isNull == v.isNull && raw == v.raw && Objects.deepEquals(value, v.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(typeName, userType, isNull, raw, value);
    }

    @Override
    public String toString() {
        if (typeName == null) {
            return value == null ? "QVariant(Invalid)" : "QVariant(Invalid, " + value + ")";
        }
        return "QVariant(" + typeName + (userType ? " as user type" : "") + (isNull ? ", null" : "")
                + (raw ? ", raw " + ((QByteArray) value).size() + " bytes" : ", " + value) + ")";
    }

    // ---------------------------------------------------------------- codec

    /**
     * The QVariant codec that resolves type names through {@code registry}.
     *
     * @param registry the types the codec can decode and encode
     * @return the codec
     */
    public static Codec<QVariant> codec(VariantRegistry registry) {
        Objects.requireNonNull(registry, "registry");
        // At least the quint32 type id at every version.
        return Codec.of("QVariant", 4, in -> read(in, registry, false), (out, v) -> write(out, v, registry));
    }

    /**
     * The QVariant codec for the <b>last value of an input</b>: like {@link #codec(VariantRegistry)},
     * except that a type it has no codec for (an unknown user type, a Qt type such as QFont) takes
     * every remaining byte of the reader as its payload and decodes to a {@link #raw raw} variant.
     * Use it only where the variant's end is the reader's end (a block payload, the last value of a
     * record); variants nested in its value are read strictly.
     *
     * @param registry the types the codec can decode and encode
     * @return the codec
     */
    public static Codec<QVariant> trailingCodec(VariantRegistry registry) {
        Objects.requireNonNull(registry, "registry");
        return Codec.of("QVariant", 4, in -> read(in, registry, true), (out, v) -> write(out, v, registry));
    }

    private static QVariant read(QDataReader in, VariantRegistry registry, boolean trailing) {
        long at = in.offset();
        in.enterNested("QVariant");
        try {
            StreamVersion version = in.version();
            long id = in.readUInt32();
            boolean isNull = false;
            if (version.atLeast(StreamVersion.Qt_4_2)) {
                isNull = in.readInt8() != 0;
            }
            if (id == VariantTypes.INVALID) {
                String trailer = null;
                if (version.before(StreamVersion.Qt_5_0)) {
                    trailer = in.readString();
                }
                return invalid(version.atLeast(StreamVersion.Qt_4_2) ? isNull : true, trailer);
            }
            String name;
            boolean user = id == VariantTypes.userTypeId(version);
            if (user) {
                name = readUserTypeName(in);
            } else {
                name = VariantTypes.name(id, version);
                if (name == null) {
                    throw in.corrupt("QVariant type id", id, at, "not a type in the Qt "
                            + VariantTypes.numbering(version) + " numbering that stream version " + version + " uses");
                }
            }
            Codec<Object> codec = registry.valueCodec(name);
            if (codec == null && trailing) {
                byte[] payload = in.readRawData(in.remaining());
                return new QVariant(name, user, isNull, QByteArray.wrap(payload), id, true);
            }
            if (codec == null) {
                throw in.corrupt("QVariant type", "\"" + abbreviate(name) + "\" (id " + id + ")", at, (user
                        ? "unknown user type: register it with VariantRegistry.with(name, codec)"
                        : "no codec for this Qt type, so its length is unknown: register one with VariantRegistry.with(name, codec)")
                        + "; only a variant that ends its input can be kept as a raw payload (VariantRegistry.trailingVariantCodec())");
            }
            Object value = codec.read(in);
            return new QVariant(name, user, isNull, value, id, false);
        } finally {
            in.exitNested();
        }
    }

    private static String readUserTypeName(QDataReader in) {
        long at = in.offset();
        byte[] b = in.readBytes("QVariant user type name");
        if (b == null || b.length < 2 || b[b.length - 1] != 0) {
            throw in.corrupt("QVariant user type name", b == null ? "null" : hexPrefix(b), at,
                    "Qt writes the name as a const char*: at least one character and a terminating NUL");
        }
        for (int i = 0; i < b.length - 1; i++) {
            if (b[i] == 0) {
                throw in.corrupt("QVariant user type name", hexPrefix(b), at,
                        "a NUL inside the name at index " + i);
            }
        }
        return new String(b, 0, b.length - 1, StandardCharsets.ISO_8859_1);
    }

    private static String abbreviate(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200) + "... (" + s.length() + " characters)";
    }

    private static String hexPrefix(byte[] b) {
        String h = QByteArray.of(b, 0, Math.min(b.length, 64)).toHex();
        return b.length <= 64 ? h : h + "... (" + b.length + " bytes)";
    }

    private static void write(QDataWriter out, QVariant v, VariantRegistry registry) {
        StreamVersion version = out.version();
        if (!v.isValid()) {
            out.writeUInt32(VariantTypes.INVALID);
            if (version.atLeast(StreamVersion.Qt_4_2)) {
                out.writeInt8(v.isNull ? 1 : 0);
            }
            if (version.before(StreamVersion.Qt_5_0)) {
                out.writeString((String) v.value);
            }
            return;
        }
        Codec<Object> codec = v.raw ? null : registry.valueCodec(v.typeName);
        if (codec == null && !v.raw) {
            throw new IllegalArgumentException("unknown QVariant type: " + v.typeName
                    + " (register it with VariantRegistry.with(name, codec))");
        }
        OptionalLong builtin = v.userType ? OptionalLong.empty() : VariantTypes.id(v.typeName, version);
        long id;
        if (builtin.isPresent()) {
            id = builtin.getAsLong();
        } else {
            id = VariantTypes.userTypeId(version);
            if (id < 0) {
                throw new IllegalArgumentException("a " + v.typeName + " variant cannot be written at " + version
                        + ": streams before Qt_4_0 have no id for it and no user types");
            }
        }
        if (v.raw && v.typeId >= 0 && v.typeId != id) {
            throw new IllegalArgumentException("the raw " + v.typeName + " payload was read with type id " + v.typeId
                    + ", but at " + version + " the variant gets id " + id
                    + ": a raw payload is in the format of the stream version it was read at");
        }
        out.writeUInt32(id);
        if (version.atLeast(StreamVersion.Qt_4_2)) {
            out.writeInt8(v.isNull ? 1 : 0);
        }
        if (!builtin.isPresent()) {
            out.writeCString(QByteArray.latin1(v.typeName).array());
        }
        if (v.raw) {
            out.writeRawData(((QByteArray) v.value).array());
        } else {
            codec.write(out, v.value);
        }
    }
}
