package io.github.qdatastream.testkit;

import io.github.qdatastream.codec.*;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Random values of any {@link TypeExpression} (nested containers of Qt types) and random QVariants,
 * at a stream version. Values are built from a seed, so a QuickTheories failure reports a seed that
 * reproduces it: {@code QtValues.value(type, version, new SplittableRandom(seed))};
 * {@link QtGen#values(TypeExpression, StreamVersion)} wraps this as a generator.
 */
public final class QtValues {

    private QtValues() {
    }

    /** Stream versions with distinct QVariant numberings and layouts. */
    public static final List<StreamVersion> VERSIONS = List.of(StreamVersion.Qt_3_3, StreamVersion.Qt_4_0,
            StreamVersion.Qt_4_2, StreamVersion.Qt_4_6, StreamVersion.Qt_5_0, StreamVersion.Qt_5_2,
            StreamVersion.Qt_5_15, StreamVersion.Qt_6_0, StreamVersion.Qt_6_7, StreamVersion.Qt_6_10);

    /** Leaf types the generators produce values for. */
    public static final List<String> LEAVES = List.of("qint8", "quint8", "qint16", "quint16", "qint32", "quint32",
            "qint64", "quint64", "bool", "float", "double", "QChar", "QString", "QByteArray", "const char*", "QDate",
            "QTime", "QVariant", "QBitArray", "QUrl", "QUuid", "QLocale", "QRegExp", "QRegularExpression", "QPoint",
            "QPointF", "QSize", "QSizeF", "QRect", "QRectF", "QLine", "QLineF", "QPolygon", "QPolygonF", "QColor",
            "QDateTime", "QJsonValue");

    private static final List<String> TEMPLATES1 = List.of("QList", "QVector", "QLinkedList", "QSet");
    private static final List<String> TEMPLATES2 = List.of("QMap", "QHash", "QPair");

    /** A random type expression text, at most {@code depth} templates deep, with random spacing and aliases. */
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

    /** A random value of {@code type} that the codec can write at {@code version} and read back. */
    public static Object value(TypeExpression type, StreamVersion version, SplittableRandom r) {
        return value(type, version, r, 3);
    }

    public static Object value(TypeExpression type, StreamVersion version, SplittableRandom r, int variantDepth) {
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

    public static String string(SplittableRandom r) {
        if (r.nextInt(8) == 0) return null;
        int n = r.nextInt(6);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(r.nextBoolean() ? INTERESTING[r.nextInt(INTERESTING.length)] : (char) r.nextInt(0x10000));
        }
        return sb.toString();
    }

    public static String nonNullString(SplittableRandom r) {
        String s = string(r);
        return s == null ? "" : s;
    }

    public static byte[] bytes(SplittableRandom r) {
        byte[] b = new byte[r.nextInt(6)];
        r.nextBytes(b);
        return b;
    }

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

    /** A double that survives the stream's float precision ({@code single} from Qt_4_6 narrows doubles). */
    public static double streamDouble(SplittableRandom r) {
        return doubleValue(r);
    }

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

    public static QTime time(SplittableRandom r) {
        return switch (r.nextInt(4)) {
            case 0 -> QTime.NULL;
            case 1 -> QTime.ofMsecs(r.nextInt());
            default -> QTime.ofMsecs(r.nextInt(QTime.MSECS_PER_DAY));
        };
    }

    public static Object leaf(String name, StreamVersion version, SplittableRandom r, int variantDepth) {
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

    /** Variant type names with a codec, writable at {@code version}. */
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

    /** A random QVariant writable at {@code version}. */
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
