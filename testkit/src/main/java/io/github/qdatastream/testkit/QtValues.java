package io.github.qdatastream.testkit;

import io.github.qdatastream.codec.*;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Random values of any {@link TypeExpression} (nested containers of Qt types) and random QVariants,
 * at a stream version. Values are built from a seed, so a QuickTheories failure reports a seed that
 * reproduces it: {@code QtValues.value(type, version, new SplittableRandom(seed))};
 * {@link QtGen#values(TypeExpression, StreamVersion)} wraps this as a generator.
 *
 * <pre>{@code
 * TypeExpression type = TypeExpression.parse("QMap<QString,QList<QDate>>");
 * Object value = QtValues.value(type, StreamVersion.Qt_5_15, new SplittableRandom(42));
 * byte[] bytes = type.codec().encode(value, StreamOptions.of(StreamVersion.Qt_5_15));
 * }</pre>
 *
 * <p>Values are Java forms the codec's generic codecs use: a {@code List} for the list templates, a
 * {@link QMap} for {@code QMap}/{@code QHash}, a {@link QPair}, and the codec's value types for
 * leaves; {@code null} for a null QString, QByteArray or {@code const char*}. Stateless and
 * thread-safe (each {@code SplittableRandom} belongs to one thread); the lists are immutable.
 */
public final class QtValues {

    private QtValues() {
    }

    /** Stream versions with distinct QVariant numberings and layouts, for tests that try each. Immutable. */
    public static final List<StreamVersion> VERSIONS = List.of(StreamVersion.Qt_3_3, StreamVersion.Qt_4_0,
            StreamVersion.Qt_4_2, StreamVersion.Qt_4_6, StreamVersion.Qt_5_0, StreamVersion.Qt_5_2,
            StreamVersion.Qt_5_15, StreamVersion.Qt_6_0, StreamVersion.Qt_6_7, StreamVersion.Qt_6_10);

    /** Leaf types {@link #typeText} picks from (each has a generator in {@link #leaf}). Immutable. */
    public static final List<String> LEAVES = List.of("qint8", "quint8", "qint16", "quint16", "qint32", "quint32",
            "qint64", "quint64", "bool", "float", "double", "QChar", "QString", "QByteArray", "const char*", "QDate",
            "QTime", "QVariant", "QBitArray", "QUrl", "QUuid", "QLocale", "QRegExp", "QRegularExpression", "QPoint",
            "QPointF", "QSize", "QSizeF", "QRect", "QRectF", "QLine", "QLineF", "QPolygon", "QPolygonF", "QColor",
            "QDateTime", "QJsonValue");

    private static final List<String> TEMPLATES1 = List.of("QList", "QVector", "QLinkedList", "QSet");
    private static final List<String> TEMPLATES2 = List.of("QMap", "QHash", "QPair");

    /**
     * A random type expression text, with random spacing and aliases ({@code int}, {@code QVariantMap},
     * {@code unsigned int}, ...), for checking the type-expression parser.
     *
     * @param r the source of randomness
     * @param depth the deepest template nesting
     * @return a text {@link TypeExpression#parse} accepts
     */
    public static String typeText(SplittableRandom r, int depth) {
        if (depth <= 0 || r.nextInt(3) == 0) {
            String[] aliases = {"int", "uint", "qlonglong", "qulonglong", "short", "ushort", "uchar", "char",
                    "QStringList", "QVariantList", "QVariantMap", "QVariantHash", "unsigned int", "const char *"};
            return r.nextInt(4) == 0 ? aliases[r.nextInt(aliases.length)] : LEAVES.get(r.nextInt(LEAVES.size()));
        }
        String sp = r.nextBoolean() ? " " : "";
        if (r.nextBoolean()) {
            return TEMPLATES1.get(r.nextInt(TEMPLATES1.size())) + sp + "<" + sp + typeText(r, depth - 1) + sp + ">";
        }
        return TEMPLATES2.get(r.nextInt(TEMPLATES2.size())) + "<" + typeText(r, depth - 1) + "," + sp
                + typeText(r, depth - 1) + sp + ">";
    }

    /**
     * A random value of {@code type} that the codec can write at {@code version} and read back,
     * with QVariants nested at most three deep.
     *
     * @param type the type (templates of {@link #LEAVES} and aliases)
     * @param version the stream version the value must survive
     * @param r the source of randomness
     * @return the value ({@code null} for a null string or byte array)
     * @throws IllegalArgumentException if a leaf type has no generator
     */
    public static @Nullable Object value(TypeExpression type, StreamVersion version, SplittableRandom r) {
        return value(type, version, r, 3);
    }

    /**
     * As {@link #value(TypeExpression, StreamVersion, SplittableRandom)}, with QVariants nested at most {@code variantDepth} deep.
     *
     * @param type the type
     * @param version the stream version the value must survive
     * @param r the source of randomness
     * @param variantDepth how deep QVariants may nest (at {@code 0} a QVariant holds no QVariant or container)
     * @return the value ({@code null} for a null string or byte array)
     * @throws IllegalArgumentException if a leaf type has no generator
     */
    public static @Nullable Object value(TypeExpression type, StreamVersion version, SplittableRandom r, int variantDepth) {
        List<TypeExpression> a = type.arguments();
        switch (type.name()) {
            case "QList", "QVector", "QLinkedList", "QSet" -> {
                int n = r.nextInt(4);
                List<Object> l = new ArrayList<>();
                for (int i = 0; i < n; i++) l.add(value(a.get(0), version, r, variantDepth));
                return l;
            }
            case "QMap", "QHash" -> {
                int n = r.nextInt(4);
                List<QPair<Object, Object>> l = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    l.add(new QPair<>(value(a.get(0), version, r, variantDepth), value(a.get(1), version, r, variantDepth)));
                }
                return new QMap<>(l);
            }
            case "QPair" -> {
                return new QPair<>(value(a.get(0), version, r, variantDepth), value(a.get(1), version, r, variantDepth));
            }
            default -> {
                return leaf(type.name(), version, r, variantDepth);
            }
        }
    }

    private static final char[] INTERESTING = {'a', 'Z', '0', ' ', '\0', 'é', 'ü', '€', '\uffff', '\ud800', '\udc00', '中'};

    /**
     * A short QString: null one time in eight, else up to five UTF-16 units, half of them from a set of
     * interesting ones (NUL, accents, the euro sign, {@code U+FFFF}, lone surrogates, CJK).
     *
     * @param r the source of randomness
     * @return the string, or {@code null}
     */
    public static @Nullable String string(SplittableRandom r) {
        if (r.nextInt(8) == 0) return null;
        int n = r.nextInt(6);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(r.nextBoolean() ? INTERESTING[r.nextInt(INTERESTING.length)] : (char) r.nextInt(0x10000));
        }
        return sb.toString();
    }

    /**
     * As {@link #string}, with the empty string in place of null.
     *
     * @param r the source of randomness
     * @return the string
     */
    public static String nonNullString(SplittableRandom r) {
        String s = string(r);
        return s == null ? "" : s;
    }

    /**
     * Random bytes.
     *
     * @param r the source of randomness
     * @return a new array of 0 to 5 random bytes
     */
    public static byte[] bytes(SplittableRandom r) {
        byte[] b = new byte[r.nextInt(6)];
        r.nextBytes(b);
        return b;
    }

    /**
     * A double: negative zero, NaN, NaNs with payloads, infinity, small exact fractions, or any bit pattern.
     *
     * @param r the source of randomness
     * @return the double
     */
    public static double doubleValue(SplittableRandom r) {
        return switch (r.nextInt(8)) {
            case 0 -> -0.0;
            case 1 -> Double.NaN;
            case 2 -> Double.longBitsToDouble(0x7ff0000000000001L + r.nextLong(1000));
            case 3 -> Double.POSITIVE_INFINITY;
            case 4 -> r.nextInt(100) / 4.0;
            default -> Double.longBitsToDouble(r.nextLong());
        };
    }

    /**
     * A float: negative zero, NaN, NaNs with payloads, negative infinity, small exact fractions, or any bit pattern.
     *
     * @param r the source of randomness
     * @return the float
     */
    public static float floatValue(SplittableRandom r) {
        return switch (r.nextInt(8)) {
            case 0 -> -0.0f;
            case 1 -> Float.NaN;
            case 2 -> Float.intBitsToFloat(0x7f800001 + r.nextInt(1000));
            case 3 -> Float.NEGATIVE_INFINITY;
            case 4 -> r.nextInt(100) / 4.0f;
            default -> Float.intBitsToFloat(r.nextInt());
        };
    }

    /**
     * A double for a field of a stream whose float precision is unknown; the same as {@link #doubleValue}
     * (the codec's double fields keep every bit at either precision as far as these values go).
     *
     * @param r the source of randomness
     * @return the double
     */
    public static double streamDouble(SplittableRandom r) {
        return doubleValue(r);
    }

    /**
     * A QDate that survives at {@code version}: null one time in six; before {@code Qt_5_0} a Julian day
     * that fits a quint32; after, any Julian day, one near 1970, or one within a few thousand years.
     *
     * @param version the stream version
     * @param r the source of randomness
     * @return the date
     */
    public static QDate date(StreamVersion version, SplittableRandom r) {
        if (r.nextInt(6) == 0) return QDate.NULL;
        if (version.before(StreamVersion.Qt_5_0)) {
            return QDate.ofJulianDay(1 + (r.nextLong() & 0xFFFF_FFFFL) % 0xFFFF_FFFEL);
        }
        return switch (r.nextInt(3)) {
            case 0 -> QDate.ofJulianDay(r.nextLong());
            case 1 -> QDate.ofJulianDay(2440588 + r.nextInt(100_000) - 50_000);
            default -> QDate.ofJulianDay(r.nextInt(6_000_000) - 1_000_000);
        };
    }

    /**
     * A QTime: null, any millisecond count (valid or not), or a valid time of day.
     *
     * @param r the source of randomness
     * @return the time
     */
    public static QTime time(SplittableRandom r) {
        return switch (r.nextInt(4)) {
            case 0 -> QTime.NULL;
            case 1 -> QTime.ofMsecs(r.nextInt());
            default -> QTime.ofMsecs(r.nextInt(QTime.MSECS_PER_DAY));
        };
    }

    /**
     * A random value of a leaf type (no template): every name in {@link #LEAVES}, plus {@code void},
     * {@code bytes}, the QVector and QMatrix types and QTransform.
     *
     * @param name the type's primary name
     * @param version the stream version the value must survive
     * @param r the source of randomness
     * @param variantDepth how deep a QVariant may nest
     * @return the value ({@code null} for {@code void} and null strings and byte arrays)
     * @throws IllegalArgumentException if {@code name} has no generator
     */
    public static @Nullable Object leaf(String name, StreamVersion version, SplittableRandom r, int variantDepth) {
        switch (name) {
            case "qint8": return (byte) r.nextInt();
            case "quint8": return r.nextInt(256);
            case "qint16": return (short) r.nextInt();
            case "quint16": return r.nextInt(65536);
            case "qint32": return r.nextInt();
            case "quint32": return r.nextLong(1L << 32);
            case "qint64":
            case "quint64": return r.nextInt(3) == 0 ? (r.nextBoolean() ? Long.MIN_VALUE : -1L) : r.nextLong();
            case "bool": return r.nextBoolean();
            case "float": return floatValue(r);
            case "double": return doubleValue(r);
            case "QChar": return (char) r.nextInt(0x10000);
            case "QString": return string(r);
            case "QByteArray": return r.nextInt(8) == 0 ? null : QByteArray.of(bytes(r));
            case "const char*": return r.nextInt(8) == 0 ? null : QByteArray.of(bytes(r));
            case "void": return null;
            case "bytes": return QByteArray.of(bytes(r));
            case "QDate": return date(version, r);
            case "QTime": return time(r);
            case "QVariant": return variant(version, r, variantDepth - 1);
            case "QBitArray": {
                boolean[] b = new boolean[r.nextInt(20)];
                for (int i = 0; i < b.length; i++) b[i] = r.nextBoolean();
                return QBitArray.of(b);
            }
            case "QUrl": return r.nextInt(5) == 0 ? QUrl.NULL : QUrl.of("https://qt.io/" + r.nextInt(1000) + "%20x");
            case "QUuid": return new UUID(r.nextLong(), r.nextLong());
            case "QLocale": return new QLocale(r.nextBoolean() ? "de_DE" : "C");
            case "QRegExp": return new QRegExp(string(r), r.nextInt(2), r.nextInt(6), r.nextBoolean());
            case "QRegularExpression": return new QRegularExpression(string(r), r.nextInt(1 << 10));
            case "QPoint": return new QPoint(r.nextInt(), r.nextInt());
            case "QSize": return new QSize(r.nextInt(), r.nextInt());
            case "QRect": return new QRect(r.nextInt(), r.nextInt(), r.nextInt(), r.nextInt());
            case "QLine": return new QLine(r.nextInt(), r.nextInt(), r.nextInt(), r.nextInt());
            case "QPointF": return new QPointF(doubleValue(r), doubleValue(r));
            case "QSizeF": return new QSizeF(doubleValue(r), doubleValue(r));
            case "QRectF": return new QRectF(doubleValue(r), doubleValue(r), doubleValue(r), doubleValue(r));
            case "QLineF": return new QLineF(doubleValue(r), doubleValue(r), doubleValue(r), doubleValue(r));
            case "QPolygon": {
                List<QPoint> p = new ArrayList<>();
                for (int i = r.nextInt(4); i > 0; i--) p.add(new QPoint(r.nextInt(), r.nextInt()));
                return new QPolygon(p);
            }
            case "QPolygonF": {
                List<QPointF> p = new ArrayList<>();
                for (int i = r.nextInt(4); i > 0; i--) p.add(new QPointF(doubleValue(r), doubleValue(r)));
                return new QPolygonF(p);
            }
            case "QColor":
                if (version.before(StreamVersion.Qt_4_0)) {
                    return r.nextBoolean() ? QColor.INVALID : QColor.rgb(r.nextInt(256), r.nextInt(256), r.nextInt(256));
                }
                return new QColor(r.nextInt(6), r.nextInt(65536), r.nextInt(65536), r.nextInt(65536), r.nextInt(65536),
                        r.nextInt(65536));
            case "QDateTime":
                return dateTime(version, r);
            case "QVector2D", "QVector3D", "QVector4D", "QQuaternion", "QMatrix4x4": {
                List<Float> l = new ArrayList<>();
                for (int i = switch (name) { case "QVector2D" -> 2; case "QVector3D" -> 3; case "QMatrix4x4" -> 16; default -> 4; }; i > 0; i--) l.add(floatValue(r));
                return java.util.Collections.unmodifiableList(l);
            }
            case "QTransform": {
                List<Double> l = new ArrayList<>();
                for (int i = 0; i < 9; i++) l.add(doubleValue(r));
                return java.util.Collections.unmodifiableList(l);
            }
            case "QJsonValue":
                return switch (r.nextInt(7)) {
                    case 0 -> new QJsonValue(QJsonValue.NULL, null);
                    case 1 -> new QJsonValue(QJsonValue.BOOL, r.nextBoolean());
                    case 2 -> new QJsonValue(QJsonValue.DOUBLE, doubleValue(r));
                    case 3 -> new QJsonValue(QJsonValue.STRING, string(r));
                    case 4 -> new QJsonValue(QJsonValue.ARRAY, QByteArray.latin1("[1,true]"));
                    case 5 -> new QJsonValue(QJsonValue.OBJECT, QByteArray.latin1("{\"a\":\"b\"}"));
                    default -> new QJsonValue(QJsonValue.UNDEFINED, null);
                };
            default:
                throw new IllegalArgumentException("no generator for " + name);
        }
    }

    /**
     * A QDateTime carrying exactly the fields the layout of {@code version} has (Qt 3's, Qt 4's spec
     * byte, Qt 5.0's UTC flag, or a time spec with offset or zone).
     *
     * @param version the stream version
     * @param r the source of randomness
     * @return the date-time
     */
    public static QDateTime dateTime(StreamVersion version, SplittableRandom r) {
        QDate d = date(version, r);
        QTime t = time(r);
        if (version.before(StreamVersion.Qt_4_0)) {
            return QDateTime.local(d, t);
        }
        boolean qt4Layout = version.before(StreamVersion.Qt_5_0) || version == StreamVersion.Qt_5_1;
        if (qt4Layout) {
            int spec = r.nextInt(6) - 1;
            QDateTime.TimeSpec ts = switch (spec) {
                case 2 -> QDateTime.TimeSpec.UTC;
                case 3 -> QDateTime.TimeSpec.OFFSET_FROM_UTC;
                case 4 -> QDateTime.TimeSpec.TIME_ZONE;
                default -> QDateTime.TimeSpec.LOCAL_TIME;
            };
            return new QDateTime(d, t, ts, 0, null, spec);
        }
        if (version == StreamVersion.Qt_5_0) {
            return r.nextBoolean() ? QDateTime.utc(d, t) : QDateTime.local(d, t);
        }
        return switch (r.nextInt(5)) {
            case 0 -> QDateTime.local(d, t);
            case 1 -> QDateTime.utc(d, t);
            case 2 -> QDateTime.withOffset(d, t, r.nextInt(100_000) - 50_000);
            case 3 -> QDateTime.inZone(d, t, QTimeZone.iana("Europe/Berlin"));
            default -> QDateTime.inZone(d, t, QTimeZone.offsetFromUtc("UTC+01:00", 3600, "UTC+01:00", "UTC+01:00", 0, ""));
        };
    }

    /**
     * The QVariant type names with a codec in {@link VariantRegistry#DEFAULT} that {@code version} can
     * write, and from {@code Qt_4_0} on a few user types by name.
     *
     * @param version the stream version
     * @return a new list of type names
     */
    public static List<String> variantTypeNames(StreamVersion version) {
        List<String> out = new ArrayList<>();
        for (String n : VariantTypes.all(version).values()) {
            if (VariantRegistry.DEFAULT.variantType(n) != null) out.add(n);
        }
        if (!version.before(StreamVersion.Qt_4_0)) {
            // user types by name: written as the user id and the name
            out.add("QList<int>");
            out.add("QMap<QString,QList<QDate>>");
            out.add("QPolygonF");
        }
        return out;
    }

    /**
     * A random QVariant writable at {@code version}: invalid one time in ten, else a value of a random
     * type of {@link #variantTypeNames}, sometimes flagged null (from {@code Qt_4_2}) or written as a
     * user type (from {@code Qt_4_0}).
     *
     * @param version the stream version
     * @param r the source of randomness
     * @param depth how deep QVariants and containers may nest inside it
     * @return the variant
     */
    public static QVariant variant(StreamVersion version, SplittableRandom r, int depth) {
        if (r.nextInt(10) == 0) {
            return QVariant.INVALID;
        }
        List<String> names = variantTypeNames(version);
        String name;
        do {
            name = names.get(r.nextInt(names.size()));
        } while (depth <= 0 && (name.startsWith("QVariant") || name.contains("<")));
        TypeExpression t = VariantRegistry.DEFAULT.variantType(name);
        Object value = switch (name) {
            // Carried as a QByteArray, but Qt parses it: keep it valid JSON / CBOR.
            case "QJsonDocument" -> QByteArray.latin1(r.nextBoolean() ? "{\"a\":[1,true]}" : "[\"x\",null]");
            case "QJsonArray" -> QByteArray.latin1("[1,2.5,\"s\"]");
            case "QJsonObject" -> QByteArray.latin1("{\"k\":{\"n\":null}}");
            case "QCborValue" -> QByteArray.of((byte) 0x05);
            case "QCborArray" -> QByteArray.of((byte) 0x82, (byte) 0x01, (byte) 0xf5);
            case "QCborMap" -> QByteArray.of((byte) 0xa1, (byte) 0x61, (byte) 0x61, (byte) 0x01);
            default -> value(t, version, r, depth);
        };
        QVariant v = QVariant.of(name, value);
        if (version.atLeast(StreamVersion.Qt_4_2) && r.nextInt(4) == 0) v = v.withNull(true);
        if (!version.before(StreamVersion.Qt_4_0) && r.nextInt(8) == 0) v = v.asUserType(true);
        return v;
    }
}
