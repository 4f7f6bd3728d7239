package io.github.qdatastream.harness.json;

import static io.github.qdatastream.harness.json.JsonValues.expected;
import static io.github.qdatastream.harness.json.JsonValues.factory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.qdatastream.codec.QBitArray;
import io.github.qdatastream.codec.QByteArray;
import io.github.qdatastream.codec.QColor;
import io.github.qdatastream.codec.QDate;
import io.github.qdatastream.codec.QDateTime;
import io.github.qdatastream.codec.QJsonValue;
import io.github.qdatastream.codec.QLine;
import io.github.qdatastream.codec.QLineF;
import io.github.qdatastream.codec.QLocale;
import io.github.qdatastream.codec.QPoint;
import io.github.qdatastream.codec.QPointF;
import io.github.qdatastream.codec.QPolygon;
import io.github.qdatastream.codec.QPolygonF;
import io.github.qdatastream.codec.QRect;
import io.github.qdatastream.codec.QRectF;
import io.github.qdatastream.codec.QRegExp;
import io.github.qdatastream.codec.QRegularExpression;
import io.github.qdatastream.codec.QSize;
import io.github.qdatastream.codec.QSizeF;
import io.github.qdatastream.codec.QTime;
import io.github.qdatastream.codec.QTimeZone;
import io.github.qdatastream.codec.QUrl;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** JSON forms of the Qt value types beyond the foundation's (QDateTime, QUrl, QColor, ...). */
final class ValueTypesJson {

    private ValueTypesJson() {
    }

    private static final Set<String> NAMES = Set.of("QBitArray", "QDateTime", "QTimeZone", "QUrl", "QUuid", "QLocale",
            "QRegExp", "QRegularExpression", "QPoint", "QPointF", "QSize", "QSizeF", "QRect", "QRectF", "QLine",
            "QLineF", "QPolygon", "QPolygonF", "QColor", "bytes", "QJsonValue");

    private static final String[] SPECS = {"LocalTime", "UTC", "OffsetFromUTC", "TimeZone"};

    /** GUI types that are a fixed number of floats / doubles (the codec's BuiltinTypes). */
    private static final java.util.Map<String, Integer> FLOATS = java.util.Map.of(
            "QVector2D", 2, "QVector3D", 3, "QVector4D", 4, "QQuaternion", 4, "QMatrix4x4", 16);
    private static final java.util.Map<String, Integer> DOUBLES = java.util.Map.of("QTransform", 9);

    /** Whether {@code name} is a value type handled here. */
    static boolean knows(String name) {
        return NAMES.contains(name) || FLOATS.containsKey(name) || DOUBLES.containsKey(name);
    }

    /** Whether a Java null is a value of {@code name}. */
    static boolean nullable(String name) {
        return false;
    }

    /** The JSON of {@code value}, or null if {@code name} is not handled here. */
    static JsonNode toJson(String name, Object value, String path) {
        JsonNodeFactory f = factory();
        if (FLOATS.containsKey(name) || DOUBLES.containsKey(name)) {
            boolean single = FLOATS.containsKey(name);
            ArrayNode a = f.arrayNode();
            for (Object o : (List<?>) value) {
                a.add(single ? JsonValues.floatToJson((Float) o) : JsonValues.doubleToJson((Double) o));
            }
            return a;
        }
        switch (name) {
            case "QBitArray":
                return f.textNode(((QBitArray) value).toBitString());
            case "QDateTime":
                return dateTime((QDateTime) value);
            case "QTimeZone":
                return zone((QTimeZone) value);
            case "QUrl": {
                QUrl u = (QUrl) value;
                return u.isNull() ? f.nullNode() : f.textNode(u.text());
            }
            case "QUuid":
                return f.textNode(((UUID) value).toString());
            case "QLocale": {
                String n = ((QLocale) value).name();
                return n == null ? f.nullNode() : f.textNode(n);
            }
            case "QRegExp": {
                QRegExp r = (QRegExp) value;
                ObjectNode o = f.objectNode();
                o.put("pattern", r.pattern());
                o.put("cs", r.caseSensitivity());
                o.put("syntax", r.patternSyntax());
                o.put("minimal", r.minimal());
                return o;
            }
            case "QRegularExpression": {
                QRegularExpression r = (QRegularExpression) value;
                ObjectNode o = f.objectNode();
                o.put("pattern", r.pattern());
                o.put("options", r.options());
                return o;
            }
            case "QPoint": {
                QPoint p = (QPoint) value;
                return ints(p.x(), p.y());
            }
            case "QSize": {
                QSize p = (QSize) value;
                return ints(p.width(), p.height());
            }
            case "QRect": {
                QRect r = (QRect) value;
                return ints(r.left(), r.top(), r.right(), r.bottom());
            }
            case "QLine": {
                QLine l = (QLine) value;
                return ints(l.x1(), l.y1(), l.x2(), l.y2());
            }
            case "QPointF": {
                QPointF p = (QPointF) value;
                return doubles(p.x(), p.y());
            }
            case "QSizeF": {
                QSizeF p = (QSizeF) value;
                return doubles(p.width(), p.height());
            }
            case "QRectF": {
                QRectF r = (QRectF) value;
                return doubles(r.x(), r.y(), r.width(), r.height());
            }
            case "QLineF": {
                QLineF l = (QLineF) value;
                return doubles(l.x1(), l.y1(), l.x2(), l.y2());
            }
            case "QPolygon": {
                ArrayNode a = f.arrayNode();
                for (QPoint p : ((QPolygon) value).points()) a.add(ints(p.x(), p.y()));
                return a;
            }
            case "QPolygonF": {
                ArrayNode a = f.arrayNode();
                for (QPointF p : ((QPolygonF) value).points()) a.add(doubles(p.x(), p.y()));
                return a;
            }
            case "QColor": {
                QColor c = (QColor) value;
                ObjectNode o = f.objectNode();
                o.put("spec", c.spec());
                o.put("alpha", c.alpha());
                o.set("c", ints(c.c1(), c.c2(), c.c3(), c.c4()));
                return o;
            }
            case "bytes":
                return f.textNode(((QByteArray) value).toHex());
            case "QJsonValue": {
                QJsonValue j = (QJsonValue) value;
                ArrayNode a = f.arrayNode(2).add(j.type());
                Object v = j.value();
                if (v == null) a.addNull();
                else if (v instanceof Boolean b) a.add(b);
                else if (v instanceof Double d) a.add(JsonValues.doubleToJson(d));
                else if (v instanceof String s) a.add(s);
                else a.add(((QByteArray) v).toHex());
                return a;
            }
            default:
                return null;
        }
    }

    private static ArrayNode ints(int... v) {
        ArrayNode a = factory().arrayNode(v.length);
        for (int i : v) a.add(i);
        return a;
    }

    private static ArrayNode doubles(double... v) {
        ArrayNode a = factory().arrayNode(v.length);
        for (double d : v) a.add(JsonValues.doubleToJson(d));
        return a;
    }

    private static JsonNode dateTime(QDateTime t) {
        ObjectNode o = factory().objectNode();
        o.set("date", JsonValues.date(t.date()));
        o.set("time", JsonValues.time(t.time()));
        o.put("spec", SPECS[t.spec().ordinal()]);
        if (t.spec() == QDateTime.TimeSpec.OFFSET_FROM_UTC) o.put("offset", t.offsetSeconds());
        if (t.timeZone() != null) o.set("zone", zone(t.timeZone()));
        if (t.qt4Spec() != null) o.put("qt4spec", t.qt4Spec());
        return o;
    }

    private static JsonNode zone(QTimeZone z) {
        JsonNodeFactory f = factory();
        if (z.kind() == QTimeZone.Kind.IANA) {
            return z.id() == null ? f.nullNode() : f.textNode(z.id());
        }
        ObjectNode o = f.objectNode();
        switch (z.kind()) {
            case OFFSET_FROM_UTC -> {
                o.put("kind", "OffsetFromUtc");
                o.put("id", z.id());
                o.put("offset", z.offsetSeconds());
                o.put("name", z.name());
                o.put("abbreviation", z.abbreviation());
                o.put("territory", z.territory());
                o.put("comment", z.comment());
            }
            case AHEAD_OF_UTC -> {
                o.put("kind", "AheadOfUtc");
                o.put("offset", z.offsetSeconds());
            }
            case INVALID -> o.put("kind", "Invalid");
            case UTC -> o.put("kind", "UTC");
            case LOCAL_TIME -> o.put("kind", "LocalTime");
            default -> throw new IllegalStateException(z.kind().toString());
        }
        return o;
    }

    // ---------------------------------------------------------------- JSON -> value

    /** The value of {@code json}, or null if {@code name} is not handled here. */
    static Object fromJson(String name, JsonNode n, String path) {
        Integer tuple = FLOATS.containsKey(name) ? FLOATS.get(name) : DOUBLES.get(name);
        if (tuple != null) {
            if (!n.isArray() || n.size() != tuple) throw expected(path, "an array of " + tuple + " numbers for " + name, n);
            List<Object> l = new ArrayList<>(tuple);
            for (int i = 0; i < tuple; i++) {
                l.add(FLOATS.containsKey(name) ? (Object) JsonValues.parseFloat(n.get(i), path + "[" + i + "]")
                        : (Object) JsonValues.parseDouble(n.get(i), path + "[" + i + "]"));
            }
            return java.util.Collections.unmodifiableList(l);
        }
        switch (name) {
            case "QBitArray":
                if (!n.isTextual()) throw expected(path, "a string of 0 and 1 for QBitArray", n);
                try {
                    return QBitArray.parse(n.textValue());
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(path + ": " + e.getMessage());
                }
            case "QDateTime":
                return dateTime(n, path);
            case "QTimeZone":
                return zone(n, path);
            case "QUrl": {
                if (n.isNull()) return QUrl.NULL;
                if (!n.isTextual() || !latin1(n.textValue())) throw expected(path, "a Latin-1 string or null for QUrl", n);
                return QUrl.of(n.textValue());
            }
            case "QUuid": {
                if (!n.isTextual() || !n.textValue().matches(
                        "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")) {
                    throw expected(path, "\"xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx\" for QUuid", n);
                }
                return UUID.fromString(n.textValue());
            }
            case "QLocale":
                if (n.isNull()) return new QLocale(null);
                if (!n.isTextual()) throw expected(path, "a locale name string for QLocale", n);
                return new QLocale(n.textValue());
            case "QRegExp": {
                fields(n, path, "QRegExp", "pattern", "cs", "syntax", "minimal");
                JsonNode m = n.get("minimal");
                if (m == null || !m.isBoolean()) throw expected(path + ".minimal", "true or false", m);
                return new QRegExp(string(n.get("pattern"), path + ".pattern"),
                        (int) JsonValues.integer(req(n, "cs", path), path + ".cs", "quint8", 0, 255),
                        (int) JsonValues.integer(req(n, "syntax", path), path + ".syntax", "quint8", 0, 255),
                        m.booleanValue());
            }
            case "QRegularExpression": {
                fields(n, path, "QRegularExpression", "pattern", "options");
                return new QRegularExpression(string(n.get("pattern"), path + ".pattern"),
                        JsonValues.integer(req(n, "options", path), path + ".options", "quint32", 0, 0xFFFF_FFFFL));
            }
            case "QPoint": {
                int[] v = ints(n, path, 2, "QPoint");
                return new QPoint(v[0], v[1]);
            }
            case "QSize": {
                int[] v = ints(n, path, 2, "QSize");
                return new QSize(v[0], v[1]);
            }
            case "QRect": {
                int[] v = ints(n, path, 4, "QRect");
                return new QRect(v[0], v[1], v[2], v[3]);
            }
            case "QLine": {
                int[] v = ints(n, path, 4, "QLine");
                return new QLine(v[0], v[1], v[2], v[3]);
            }
            case "QPointF": {
                double[] v = doubles(n, path, 2, "QPointF");
                return new QPointF(v[0], v[1]);
            }
            case "QSizeF": {
                double[] v = doubles(n, path, 2, "QSizeF");
                return new QSizeF(v[0], v[1]);
            }
            case "QRectF": {
                double[] v = doubles(n, path, 4, "QRectF");
                return new QRectF(v[0], v[1], v[2], v[3]);
            }
            case "QLineF": {
                double[] v = doubles(n, path, 4, "QLineF");
                return new QLineF(v[0], v[1], v[2], v[3]);
            }
            case "QPolygon": {
                if (!n.isArray()) throw expected(path, "an array of [x, y] for QPolygon", n);
                List<QPoint> pts = new ArrayList<>(n.size());
                for (int i = 0; i < n.size(); i++) {
                    int[] v = ints(n.get(i), path + "[" + i + "]", 2, "QPoint");
                    pts.add(new QPoint(v[0], v[1]));
                }
                return new QPolygon(pts);
            }
            case "QPolygonF": {
                if (!n.isArray()) throw expected(path, "an array of [x, y] for QPolygonF", n);
                List<QPointF> pts = new ArrayList<>(n.size());
                for (int i = 0; i < n.size(); i++) {
                    double[] v = doubles(n.get(i), path + "[" + i + "]", 2, "QPointF");
                    pts.add(new QPointF(v[0], v[1]));
                }
                return new QPolygonF(pts);
            }
            case "QColor": {
                fields(n, path, "QColor", "spec", "alpha", "c");
                int[] c = ints(req(n, "c", path), path + ".c", 4, "QColor components");
                for (int i = 0; i < 4; i++) {
                    if (c[i] < 0 || c[i] > 0xFFFF) {
                        throw new IllegalArgumentException(path + ".c[" + i + "]: quint16 out of range [0, 65535]: " + c[i]);
                    }
                }
                return new QColor((int) JsonValues.integer(req(n, "spec", path), path + ".spec", "qint8", -128, 127),
                        (int) JsonValues.integer(req(n, "alpha", path), path + ".alpha", "quint16", 0, 0xFFFF),
                        c[0], c[1], c[2], c[3]);
            }
            case "bytes":
                return JsonValues.hex(n, path, "bytes");
            case "QJsonValue": {
                if (!n.isArray() || n.size() != 2) throw expected(path, "a [type, value] array for QJsonValue", n);
                int type = (int) JsonValues.integer(n.get(0), path + "[0]", "QJsonValue type", 0, 255);
                JsonNode v = n.get(1);
                String p = path + "[1]";
                Object value = switch (type) {
                    case QJsonValue.NULL, QJsonValue.UNDEFINED -> {
                        if (!v.isNull()) throw expected(p, "null", v);
                        yield null;
                    }
                    case QJsonValue.BOOL -> {
                        if (!v.isBoolean()) throw expected(p, "true or false", v);
                        yield v.booleanValue();
                    }
                    case QJsonValue.DOUBLE -> JsonValues.parseDouble(v, p);
                    case QJsonValue.STRING -> string(v, p);
                    case QJsonValue.ARRAY, QJsonValue.OBJECT -> v.isNull() ? null : JsonValues.hex(v, p, "QJsonValue text");
                    default -> throw new IllegalArgumentException(path + "[0]: QJsonValue type must be 0..5 or 128, not " + type);
                };
                return new QJsonValue(type, value);
            }
            default:
                return null;
        }
    }

    private static boolean latin1(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) > 0xFF) return false;
        return true;
    }

    private static JsonNode req(JsonNode n, String field, String path) {
        JsonNode v = n.get(field);
        if (v == null) throw new IllegalArgumentException(path + ": missing \"" + field + "\"");
        return v;
    }

    private static String string(JsonNode n, String path) {
        if (n == null || n.isNull()) return null;
        if (!n.isTextual()) throw expected(path, "a string or null", n);
        return n.textValue();
    }

    private static void fields(JsonNode n, String path, String type, String... allowed) {
        if (!n.isObject()) throw expected(path, "an object for " + type, n);
        List<String> ok = List.of(allowed);
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!ok.contains(f)) throw new IllegalArgumentException(path + ": unknown " + type + " field \"" + f + "\" (expected " + ok + ")");
        }
    }

    private static int[] ints(JsonNode n, String path, int count, String type) {
        if (!n.isArray() || n.size() != count) throw expected(path, "an array of " + count + " integers for " + type, n);
        int[] v = new int[count];
        for (int i = 0; i < count; i++) {
            v[i] = (int) JsonValues.integer(n.get(i), path + "[" + i + "]", "qint32", Integer.MIN_VALUE, Integer.MAX_VALUE);
        }
        return v;
    }

    private static double[] doubles(JsonNode n, String path, int count, String type) {
        if (!n.isArray() || n.size() != count) throw expected(path, "an array of " + count + " numbers for " + type, n);
        double[] v = new double[count];
        for (int i = 0; i < count; i++) {
            v[i] = JsonValues.parseDouble(n.get(i), path + "[" + i + "]");
        }
        return v;
    }

    private static QDateTime dateTime(JsonNode n, String path) {
        fields(n, path, "QDateTime", "date", "time", "spec", "offset", "zone", "qt4spec");
        QDate date = JsonValues.date(req(n, "date", path), path + ".date");
        QTime time = JsonValues.time(req(n, "time", path), path + ".time");
        JsonNode s = req(n, "spec", path);
        int spec = -1;
        for (int i = 0; i < SPECS.length; i++) if (SPECS[i].equals(s.asText(null)) && s.isTextual()) spec = i;
        if (spec < 0) throw expected(path + ".spec", "\"LocalTime\", \"UTC\", \"OffsetFromUTC\" or \"TimeZone\"", s);
        QDateTime.TimeSpec ts = QDateTime.TimeSpec.values()[spec];
        int offset = 0;
        if (n.has("offset")) {
            if (ts != QDateTime.TimeSpec.OFFSET_FROM_UTC) throw new IllegalArgumentException(path + ".offset: only with spec OffsetFromUTC");
            offset = (int) JsonValues.integer(n.get("offset"), path + ".offset", "qint32", Integer.MIN_VALUE, Integer.MAX_VALUE);
        }
        QTimeZone zone = null;
        if (n.has("zone")) {
            if (ts != QDateTime.TimeSpec.TIME_ZONE) throw new IllegalArgumentException(path + ".zone: only with spec TimeZone");
            zone = zone(n.get("zone"), path + ".zone");
        }
        Integer qt4 = null;
        if (n.has("qt4spec")) {
            qt4 = (int) JsonValues.integer(n.get("qt4spec"), path + ".qt4spec", "Qt 4 spec", -1, 4);
        }
        try {
            return new QDateTime(date, time, ts, offset, zone, qt4);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(path + ": " + e.getMessage());
        }
    }

    private static QTimeZone zone(JsonNode n, String path) {
        if (n.isNull()) return QTimeZone.iana(null);
        if (n.isTextual()) {
            try {
                return QTimeZone.iana(n.textValue());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(path + ": " + e.getMessage());
            }
        }
        if (!n.isObject()) throw expected(path, "an IANA id string, null or a {\"kind\": ...} object for QTimeZone", n);
        JsonNode k = n.get("kind");
        String kind = k != null && k.isTextual() ? k.textValue() : "";
        switch (kind) {
            case "OffsetFromUtc":
                fields(n, path, "QTimeZone", "kind", "id", "offset", "name", "abbreviation", "territory", "comment");
                return QTimeZone.offsetFromUtc(string(n.get("id"), path + ".id"),
                        (int) JsonValues.integer(req(n, "offset", path), path + ".offset", "qint32", Integer.MIN_VALUE, Integer.MAX_VALUE),
                        string(n.get("name"), path + ".name"), string(n.get("abbreviation"), path + ".abbreviation"),
                        (int) JsonValues.integer(req(n, "territory", path), path + ".territory", "qint32", Integer.MIN_VALUE, Integer.MAX_VALUE),
                        string(n.get("comment"), path + ".comment"));
            case "AheadOfUtc":
                fields(n, path, "QTimeZone", "kind", "offset");
                return QTimeZone.aheadOfUtc((int) JsonValues.integer(req(n, "offset", path), path + ".offset", "qint32",
                        Integer.MIN_VALUE, Integer.MAX_VALUE));
            case "Invalid":
                fields(n, path, "QTimeZone", "kind");
                return QTimeZone.INVALID;
            case "UTC":
                fields(n, path, "QTimeZone", "kind");
                return QTimeZone.UTC;
            case "LocalTime":
                fields(n, path, "QTimeZone", "kind");
                return QTimeZone.LOCAL_TIME;
            default:
                throw expected(path + ".kind", "\"OffsetFromUtc\", \"AheadOfUtc\", \"Invalid\", \"UTC\" or \"LocalTime\"", k);
        }
    }
}
