package io.github.qdatastream.harness.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.qdatastream.codec.QByteArray;
import io.github.qdatastream.codec.QDate;
import io.github.qdatastream.codec.QMap;
import io.github.qdatastream.codec.QPair;
import io.github.qdatastream.codec.QTime;
import io.github.qdatastream.codec.QVariant;
import io.github.qdatastream.codec.TypeExpression;
import io.github.qdatastream.codec.VariantRegistry;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * The JSON convention of docs/json-values.md: every value a {@link TypeExpression} decodes to has
 * one JSON form, and the conversion is lossless in both directions.
 *
 * <pre>{@code
 * JsonNode json = JsonValues.toJson("QMap<QString,QList<qint32>>", value);
 * Object back   = JsonValues.fromJson("QMap<QString,QList<qint32>>", json);   // equals value
 * }</pre>
 *
 * <p>{@link #fromJson} takes untrusted input: anything that is not a value of the type is an
 * {@link IllegalArgumentException} whose message gives the JSON path ({@code $[2][1].value}) and
 * what was expected. No other exception escapes it. {@link #toJson} rejects a Java value of the
 * wrong class for the type the same way.
 *
 * <p>Stateless (its ObjectMappers are configured once and then only used): thread-safe.
 */
public final class JsonValues {

    /** Deepest JSON nesting {@link #fromJson} accepts. */
    public static final int MAX_DEPTH = 256;

    /**
     * The mapper for reading JSON text that {@link #fromJson} will see: decimal numbers as
     * BigDecimal, so a float keeps the exact decimal the text gave.
     */
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    static {
        MAPPER.getFactory().setCharacterEscapes(new SurrogateEscapes());
    }

    private static final ObjectWriter ASCII = MAPPER.writer().with(JsonWriteFeature.ESCAPE_NON_ASCII);

    /** Writes every UTF-16 surrogate as a backslash-u escape escape, so lone surrogates survive any output encoding. */
    private static final class SurrogateEscapes extends CharacterEscapes {
        private final int[] ascii = CharacterEscapes.standardAsciiEscapesForJSON();

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch >= 0xD800 && ch <= 0xDFFF ? new SerializedString(String.format("\\u%04x", ch)) : null;
        }
    }

    private static final JsonNodeFactory F = JsonNodeFactory.withExactBigDecimals(true);
    private static final BigInteger U64 = BigInteger.ONE.shiftLeft(64);
    private static final BigInteger HUGE = BigInteger.TEN.pow(40);

    private JsonValues() {
    }

    // ---------------------------------------------------------------- API

    /**
     * The JSON form of {@code value}, a value of {@code typeExpression}.
     *
     * @param typeExpression the value's type, such as {@code QMap<QString,qint32>}
     * @param value the Java value, as the type's codec reads it
     * @return the JSON tree
     */
    public static JsonNode toJson(String typeExpression, Object value) {
        return toJson(TypeExpression.parse(typeExpression), value, VariantRegistry.DEFAULT);
    }

    /**
     * The value of {@code typeExpression} that {@code json} stands for.
     *
     * @param typeExpression the value's type, such as {@code QMap<QString,qint32>}
     * @param json the JSON tree
     * @return the Java value, as the type's codec writes it
     */
    public static Object fromJson(String typeExpression, JsonNode json) {
        return fromJson(TypeExpression.parse(typeExpression), json, VariantRegistry.DEFAULT);
    }

    /**
     * The JSON form of {@code value}, a value of {@code type}, with user types from {@code registry}.
     *
     * @param type the value's parsed type
     * @param value the Java value
     * @param registry resolves the user types inside variants
     * @return the JSON tree
     */
    public static JsonNode toJson(TypeExpression type, Object value, VariantRegistry registry) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(registry, "registry");
        return new ToJson(registry).convert(type, value, "$");
    }

    /**
     * The value of {@code type} that {@code json} stands for, with user types from {@code registry}.
     *
     * @param type the value's parsed type
     * @param json the JSON tree
     * @param registry resolves the user types inside variants
     * @return the Java value
     */
    public static Object fromJson(TypeExpression type, JsonNode json, VariantRegistry registry) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(registry, "registry");
        if (json == null) {
            throw new IllegalArgumentException("$: no JSON value");
        }
        return new FromJson(registry).convert(type, json, "$", 0);
    }

    /**
     * Parses JSON text with {@link #MAPPER}; malformed text is an IllegalArgumentException.
     *
     * @param text the JSON text
     * @return the tree
     * @throws IllegalArgumentException if the text is not JSON
     */
    public static JsonNode parse(String text) {
        try {
            JsonNode n = MAPPER.readTree(text);
            if (n == null || n.isMissingNode()) {
                throw new IllegalArgumentException("empty JSON input");
            }
            return n;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("malformed JSON: " + e.getOriginalMessage()
                    + (e.getLocation() != null ? " at line " + e.getLocation().getLineNr() + " column "
                    + e.getLocation().getColumnNr() : ""), e);
        } catch (NumberFormatException e) {
            // Jackson's BigDecimal reading (USE_BIG_DECIMAL_FOR_FLOATS) lets an exponent beyond int
            // range (-11e9999556044) through as NumberFormatException, not JsonProcessingException.
            throw new IllegalArgumentException("malformed JSON: " + e.getMessage(), e);
        }
    }

    /**
     * Compact JSON text of {@code node}; surrogates are written as backslash-u escape escapes.
     *
     * @param node the tree
     * @return the text
     */
    public static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Compact JSON text of {@code node} in pure ASCII: every other character as a backslash-u escape escape.
     *
     * @param node the tree
     * @return the text, every character below U+0080
     */
    public static String writeAscii(JsonNode node) {
        try {
            return ASCII.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---------------------------------------------------------------- floats

    static JsonNode doubleToJson(double d) {
        if (Double.isNaN(d)) {
            long bits = Double.doubleToRawLongBits(d);
            return F.textNode(bits == 0x7ff8000000000000L ? "NaN" : String.format("NaN(0x%016x)", bits));
        }
        if (Double.isInfinite(d)) return F.textNode(d > 0 ? "Infinity" : "-Infinity");
        if (d == 0 && Double.doubleToRawLongBits(d) != 0) return F.textNode("-0.0");
        return F.numberNode(d);
    }

    static JsonNode floatToJson(float f) {
        if (Float.isNaN(f)) {
            int bits = Float.floatToRawIntBits(f);
            return F.textNode(bits == 0x7fc00000 ? "NaN" : String.format("NaN(0x%08x)", bits));
        }
        if (Float.isInfinite(f)) return F.textNode(f > 0 ? "Infinity" : "-Infinity");
        if (f == 0 && Float.floatToRawIntBits(f) != 0) return F.textNode("-0.0");
        return F.numberNode(f);
    }

    // ---------------------------------------------------------------- value -> JSON

    private static final class ToJson {
        final VariantRegistry registry;

        ToJson(VariantRegistry registry) {
            this.registry = registry;
        }

        IllegalArgumentException wrong(String path, TypeExpression type, Object value) {
            return new IllegalArgumentException(path + ": not a Java value of " + type + ": "
                    + (value == null ? "null" : value.getClass().getSimpleName() + " " + abbreviate(value)));
        }

        JsonNode convert(TypeExpression type, Object value, String path) {
            if (!type.isLeaf()) {
                return container(type, value, path);
            }
            String name = type.name();
            TypeExpression alias = registry.alias(name);
            if (alias != null) {
                return convert(alias, value, path);
            }
            try {
                return leaf(type, name, value, path);
            } catch (ClassCastException e) {
                throw wrong(path, type, value);
            }
        }

        JsonNode container(TypeExpression type, Object value, String path) {
            List<TypeExpression> args = type.arguments();
            switch (type.name()) {
                case "QMap", "QHash" -> {
                    if (!(value instanceof QMap<?, ?> map)) throw wrong(path, type, value);
                    ArrayNode a = F.arrayNode(map.size());
                    int i = 0;
                    for (QPair<?, ?> e : map.entries()) {
                        String p = path + "[" + i++ + "]";
                        a.add(F.arrayNode(2).add(convert(args.get(0), e.first(), p + "[0]"))
                                .add(convert(args.get(1), e.second(), p + "[1]")));
                    }
                    return a;
                }
                case "QPair" -> {
                    if (!(value instanceof QPair<?, ?> pair)) throw wrong(path, type, value);
                    return F.arrayNode(2).add(convert(args.get(0), pair.first(), path + "[0]"))
                            .add(convert(args.get(1), pair.second(), path + "[1]"));
                }
                default -> {
                    if (!(value instanceof List<?> list)) throw wrong(path, type, value);
                    ArrayNode a = F.arrayNode(list.size());
                    int i = 0;
                    for (Object o : list) {
                        a.add(convert(args.get(0), o, path + "[" + i++ + "]"));
                    }
                    return a;
                }
            }
        }

        JsonNode leaf(TypeExpression type, String name, Object value, String path) {
            if (name.equals("QVariant")) {
                if (!(value instanceof QVariant v)) throw wrong(path, type, value);
                return variant(v, path);
            }
            if (name.equals("void")) {
                if (value != null) throw wrong(path, type, value);
                return F.nullNode();
            }
            switch (name) {
                case "QString":
                    return value == null ? F.nullNode() : F.textNode((String) value);
                case "QByteArray":
                case "const char*":
                    return value == null ? F.nullNode() : F.textNode(((QByteArray) value).toHex());
                default:
                    break;
            }
            if (name.startsWith("rawData(")) {
                int n = rawDataLength(name);
                if (!(value instanceof QByteArray b) || b.size() != n) throw wrong(path, type, value);
                return F.textNode(b.toHex());
            }
            if (value == null && !ValueTypesJson.nullable(name)) {
                throw wrong(path, type, null);
            }
            switch (name) {
                case "qint8":
                    return F.numberNode((int) (Byte) value);
                case "qint16":
                    return F.numberNode((int) (Short) value);
                case "quint8":
                    return F.numberNode(checkRange(path, type, (Integer) value, 0, 0xFF));
                case "quint16":
                    return F.numberNode(checkRange(path, type, (Integer) value, 0, 0xFFFF));
                case "qint32":
                    return F.numberNode((int) (Integer) value);
                case "quint32": {
                    long v = (Long) value;
                    if (v < 0 || v > 0xFFFF_FFFFL) throw wrong(path, type, value);
                    return F.numberNode(v);
                }
                case "qint64":
                    return F.textNode(Long.toString((Long) value));
                case "quint64":
                    return F.textNode(Long.toUnsignedString((Long) value));
                case "bool":
                    return F.booleanNode((Boolean) value);
                case "float":
                    return floatToJson((Float) value);
                case "double":
                    return doubleToJson((Double) value);
                case "QChar":
                    return F.textNode(String.valueOf((char) (Character) value));
                case "QDate":
                    return date((QDate) value);
                case "QTime":
                    return time((QTime) value);
                default:
                    break;
            }
            JsonNode n = ValueTypesJson.toJson(name, value, path);
            if (n != null) return n;
            throw new IllegalArgumentException(path + ": type " + name
                    + " has no JSON form (a user type registered with a codec; register it with"
                    + " VariantRegistry.withAlias(name, typeExpression) to give it one)");
        }

        int checkRange(String path, TypeExpression type, int v, int min, int max) {
            if (v < min || v > max) throw wrong(path, type, v);
            return v;
        }

        JsonNode variant(QVariant v, String path) {
            ObjectNode o = F.objectNode();
            if (!v.isValid()) {
                o.put("type", "invalid");
                if (!v.isNull()) o.put("null", false);
                if (v.value() != null) o.put("value", (String) v.value());
                return o;
            }
            o.put("type", v.typeName());
            if (v.isUserType()) o.put("user", true);
            if (v.isNull()) o.put("null", true);
            if (v.isRaw()) {
                if (v.typeId() >= 0) o.put("id", v.typeId());
                o.put("hex", ((QByteArray) v.value()).toHex());
                return o;
            }
            TypeExpression t = registry.variantType(v.typeName());
            if (t == null) {
                throw new IllegalArgumentException(path + ": unknown QVariant type " + v.typeName());
            }
            o.set("value", convert(t, v.value(), path + ".value"));
            return o;
        }
    }

    static JsonNode date(QDate d) {
        if (d.isNull()) return F.nullNode();
        LocalDate ld = d.toLocalDate().orElse(null);
        if (ld != null && ld.getYear() >= 1 && ld.getYear() <= 9999) {
            return F.textNode(ld.toString());
        }
        return F.objectNode().put("jd", d.julianDay());
    }

    static JsonNode time(QTime t) {
        if (t.isNull()) return F.nullNode();
        if (t.isValid()) {
            LocalTime lt = t.toLocalTime().orElseThrow();
            return F.textNode(String.format("%02d:%02d:%02d.%03d", lt.getHour(), lt.getMinute(), lt.getSecond(),
                    lt.getNano() / 1_000_000));
        }
        return F.objectNode().put("ms", Integer.toUnsignedLong(t.msecs()));
    }

    static String abbreviate(Object o) {
        String s = String.valueOf(o);
        return s.length() > 80 ? s.substring(0, 80) + "..." : s;
    }

    // ---------------------------------------------------------------- JSON -> value

    private static final class FromJson {
        final VariantRegistry registry;

        FromJson(VariantRegistry registry) {
            this.registry = registry;
        }

        Object convert(TypeExpression type, JsonNode n, String path, int depth) {
            if (depth > MAX_DEPTH) {
                throw new IllegalArgumentException(path + ": nested deeper than " + MAX_DEPTH + " levels");
            }
            if (!type.isLeaf()) {
                return container(type, n, path, depth);
            }
            TypeExpression alias = registry.alias(type.name());
            if (alias != null) {
                return convert(alias, n, path, depth + 1);
            }
            return leaf(type.name(), n, path, depth);
        }

        Object container(TypeExpression type, JsonNode n, String path, int depth) {
            List<TypeExpression> args = type.arguments();
            if (!n.isArray()) {
                throw expected(path, type.name().equals("QPair") ? "a [first, second] array for " + type
                        : "an array for " + type, n);
            }
            switch (type.name()) {
                case "QMap", "QHash" -> {
                    List<QPair<Object, Object>> entries = new ArrayList<>(n.size());
                    for (int i = 0; i < n.size(); i++) {
                        JsonNode e = n.get(i);
                        String p = path + "[" + i + "]";
                        if (!e.isArray() || e.size() != 2) throw expected(p, "a [key, value] array", e);
                        entries.add(new QPair<>(convert(args.get(0), e.get(0), p + "[0]", depth + 1),
                                convert(args.get(1), e.get(1), p + "[1]", depth + 1)));
                    }
                    return new QMap<>(entries);
                }
                case "QPair" -> {
                    if (n.size() != 2) throw expected(path, "a [first, second] array for " + type, n);
                    return new QPair<>(convert(args.get(0), n.get(0), path + "[0]", depth + 1),
                            convert(args.get(1), n.get(1), path + "[1]", depth + 1));
                }
                default -> {
                    List<Object> list = new ArrayList<>(n.size());
                    for (int i = 0; i < n.size(); i++) {
                        list.add(convert(args.get(0), n.get(i), path + "[" + i + "]", depth + 1));
                    }
                    return list;
                }
            }
        }

        Object leaf(String name, JsonNode n, String path, int depth) {
            switch (name) {
                case "QVariant":
                    return variant(n, path, depth);
                case "void":
                    if (!n.isNull()) throw expected(path, "null for void", n);
                    return null;
                case "qint8":
                    return (byte) integer(n, path, name, -128, 127);
                case "quint8":
                    return (int) integer(n, path, name, 0, 255);
                case "qint16":
                    return (short) integer(n, path, name, Short.MIN_VALUE, Short.MAX_VALUE);
                case "quint16":
                    return (int) integer(n, path, name, 0, 0xFFFF);
                case "qint32":
                    return (int) integer(n, path, name, Integer.MIN_VALUE, Integer.MAX_VALUE);
                case "quint32":
                    return integer(n, path, name, 0, 0xFFFF_FFFFL);
                case "qint64":
                    return bigInteger(n, path, name, false);
                case "quint64":
                    return bigInteger(n, path, name, true);
                case "bool":
                    if (!n.isBoolean()) throw expected(path, "true or false", n);
                    return n.booleanValue();
                case "float":
                    return parseFloat(n, path);
                case "double":
                    return parseDouble(n, path);
                case "QChar": {
                    if (!n.isTextual() || n.textValue().length() != 1) {
                        throw expected(path, "a string of one UTF-16 code unit for QChar", n);
                    }
                    return n.textValue().charAt(0);
                }
                case "QString":
                    if (n.isNull()) return null;
                    if (!n.isTextual()) throw expected(path, "a string or null for QString", n);
                    return n.textValue();
                case "QByteArray":
                case "const char*":
                    return n.isNull() ? null : hex(n, path, name);
                default:
                    if (name.startsWith("rawData(")) {
                        QByteArray b = hex(n, path, name);
                        int size = rawDataLength(name);
                        if (b.size() != size) {
                            throw expected(path, "exactly " + size + " bytes (" + 2L * size + " hex digits) for " + name, n);
                        }
                        return b;
                    }
                    break;
            }
            switch (name) {
                case "QDate":
                    return date(n, path);
                case "QTime":
                    return time(n, path);
                default:
                    break;
            }
            Object v = ValueTypesJson.fromJson(name, n, path);
            if (v != null || ValueTypesJson.knows(name)) return v;
            throw new IllegalArgumentException(path + ": type " + name + " has no JSON form (a user type registered"
                    + " with a codec; register it with VariantRegistry.withAlias(name, typeExpression) to give it one)");
        }

        Object variant(JsonNode n, String path, int depth) {
            if (!n.isObject()) throw expected(path, "a {\"type\": ..., \"value\": ...} object for QVariant", n);
            for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                if (!List.of("type", "value", "null", "user", "id", "hex").contains(f)) {
                    throw new IllegalArgumentException(path + ": unknown QVariant field \"" + f
                            + "\" (expected type, value, null, user, id, hex)");
                }
            }
            JsonNode t = n.get("type");
            if (t == null || !t.isTextual()) throw expected(path + ".type", "a type name string", t);
            String typeName = t.textValue();
            JsonNode nullFlag = n.get("null");
            if (nullFlag != null && !nullFlag.isBoolean()) throw expected(path + ".null", "true or false", nullFlag);
            JsonNode user = n.get("user");
            if (user != null && !user.isBoolean()) throw expected(path + ".user", "true or false", user);
            JsonNode value = n.get("value");
            JsonNode hex = n.get("hex");
            JsonNode id = n.get("id");
            if (hex != null || id != null) {
                return rawVariant(n, typeName, value, hex, id, nullFlag, user, path);
            }
            if (typeName.equals("invalid")) {
                if (user != null && user.booleanValue()) {
                    throw new IllegalArgumentException(path + ".user: the invalid variant has no type");
                }
                String trailer = null;
                if (value != null && !value.isNull()) {
                    if (!value.isTextual()) throw expected(path + ".value", "the QString that follows an invalid variant", value);
                    trailer = value.textValue();
                }
                return QVariant.invalid(nullFlag == null || nullFlag.booleanValue(), trailer);
            }
            TypeExpression type = registry.variantType(typeName);
            if (type == null) {
                throw new IllegalArgumentException(path + ".type: unknown QVariant type \"" + abbreviate(typeName)
                        + "\" (not a built-in type, registered user type or template of them)");
            }
            if (value == null) throw new IllegalArgumentException(path + ": QVariant of " + typeName + " needs a value");
            Object v = convert(type, value, path + ".value", depth + 1);
            QVariant q = QVariant.of(typeName, v);
            if (nullFlag != null) q = q.withNull(nullFlag.booleanValue());
            if (user != null) q = q.asUserType(user.booleanValue());
            return q;
        }
    }

    /** A variant whose payload is given as raw hex: {"type", "id"?, "hex", "user"?, "null"?}. */
    static QVariant rawVariant(JsonNode n, String typeName, JsonNode value, JsonNode hex, JsonNode id,
                               JsonNode nullFlag, JsonNode user, String path) {
        if (value != null) {
            throw new IllegalArgumentException(path + ": a QVariant has either \"value\" or a raw \"hex\" payload, not both");
        }
        if (hex == null) throw new IllegalArgumentException(path + ": a QVariant with \"id\" needs its raw \"hex\" payload");
        if (typeName.equals("invalid") && (user == null || !user.booleanValue())) {
            // (a user type that happens to be named "invalid" is fine: it says "user": true)
            throw new IllegalArgumentException(path + ".hex: the invalid variant has no payload");
        }
        if (typeName.isEmpty() || typeName.indexOf('\0') >= 0) {
            throw expected(path + ".type", "a type name without NUL characters", n.get("type"));
        }
        if (hex.isNull()) throw expected(path + ".hex", "a hex string (the raw payload)", hex);
        QByteArray payload = hex(hex, path + ".hex", "a raw QVariant payload");
        long typeId = id == null ? -1 : integer(id, path + ".id", "QVariant type id (quint32)", 0, 0xFFFF_FFFFL);
        QVariant q = QVariant.raw(typeName, typeId, payload);
        if (nullFlag != null) q = q.withNull(nullFlag.booleanValue());
        if (user != null) q = q.asUserType(user.booleanValue());
        return q;
    }

    /** N of a {@code rawData(N)} type name. */
    static int rawDataLength(String name) {
        return Integer.parseInt(name.substring("rawData(".length(), name.length() - 1));
    }

    // ---------------------------------------------------------------- leaf parsing helpers

    static IllegalArgumentException expected(String path, String what, JsonNode found) {
        String f = found == null ? "nothing" : abbreviate(found.toString());
        return new IllegalArgumentException(path + ": expected " + what + ", found " + f);
    }

    static long integer(JsonNode n, String path, String type, long min, long max) {
        BigInteger v = integral(n);
        if (v == null) throw expected(path, "an integer for " + type, n);
        if (v.compareTo(BigInteger.valueOf(min)) < 0 || v.compareTo(BigInteger.valueOf(max)) > 0) {
            throw new IllegalArgumentException(path + ": " + type + " out of range [" + min + ", " + max + "]: " + v);
        }
        return v.longValue();
    }

    private static BigInteger integral(JsonNode n) {
        if (n == null) return null;
        if (n.isIntegralNumber()) return n.bigIntegerValue();
        if (n.isNumber()) {
            BigDecimal d = n.decimalValue();
            if (d.signum() == 0) return BigInteger.ZERO;
            d = d.stripTrailingZeros();
            if (d.scale() > 0) return null; // not integral
            if (d.precision() - d.scale() > 40) {
                // Far outside every integer type; never expand 1e999999999 into a BigInteger.
                return d.signum() > 0 ? HUGE : HUGE.negate();
            }
            return d.toBigIntegerExact();
        }
        return null;
    }

    static long bigInteger(JsonNode n, String path, String type, boolean unsigned) {
        BigInteger v;
        if (n.isTextual()) {
            String s = n.textValue();
            if (s.isEmpty() || s.length() > 21 || !s.matches("-?[0-9]+")) {
                throw expected(path, "a string of decimal digits for " + type, n);
            }
            v = new BigInteger(s);
        } else {
            v = integral(n);
            if (v == null) throw expected(path, "a string of decimal digits (or an integer) for " + type, n);
        }
        BigInteger min = unsigned ? BigInteger.ZERO : BigInteger.valueOf(Long.MIN_VALUE);
        BigInteger max = unsigned ? U64.subtract(BigInteger.ONE) : BigInteger.valueOf(Long.MAX_VALUE);
        if (v.compareTo(min) < 0 || v.compareTo(max) > 0) {
            throw new IllegalArgumentException(path + ": " + type + " out of range [" + min + ", " + max + "]: " + v);
        }
        return v.longValue();
    }

    static double parseDouble(JsonNode n, String path) {
        if (n.isTextual()) {
            String s = n.textValue();
            switch (s) {
                case "NaN": return Double.NaN;
                case "Infinity": return Double.POSITIVE_INFINITY;
                case "-Infinity": return Double.NEGATIVE_INFINITY;
                case "-0.0": return -0.0;
                default:
                    if (s.matches("NaN\\(0x[0-9a-fA-F]{16}\\)")) {
                        long bits = Long.parseUnsignedLong(s.substring(6, 22), 16);
                        double d = Double.longBitsToDouble(bits);
                        if (!Double.isNaN(d)) throw expected(path, "NaN bits for double", n);
                        return d;
                    }
                    throw expected(path, "a number, \"NaN\", \"Infinity\", \"-Infinity\", \"-0.0\" or \"NaN(0x<16 hex digits>)\" for double", n);
            }
        }
        if (!n.isNumber()) throw expected(path, "a number for double", n);
        if (n.isBigDecimal() || n.isBigInteger()) {
            double d = n.decimalValue().doubleValue();
            if (Double.isInfinite(d)) throw expected(path, "a finite number for double", n);
            return d;
        }
        return n.doubleValue();
    }

    static float parseFloat(JsonNode n, String path) {
        if (n.isTextual()) {
            String s = n.textValue();
            switch (s) {
                case "NaN": return Float.NaN;
                case "Infinity": return Float.POSITIVE_INFINITY;
                case "-Infinity": return Float.NEGATIVE_INFINITY;
                case "-0.0": return -0.0f;
                default:
                    if (s.matches("NaN\\(0x[0-9a-fA-F]{8}\\)")) {
                        int bits = Integer.parseUnsignedInt(s.substring(6, 14), 16);
                        float f = Float.intBitsToFloat(bits);
                        if (!Float.isNaN(f)) throw expected(path, "NaN bits for float", n);
                        return f;
                    }
                    throw expected(path, "a number, \"NaN\", \"Infinity\", \"-Infinity\", \"-0.0\" or \"NaN(0x<8 hex digits>)\" for float", n);
            }
        }
        if (!n.isNumber()) throw expected(path, "a number for float", n);
        float f;
        if (n.isFloat()) {
            f = n.floatValue();
        } else if (n.isBigDecimal() || n.isBigInteger()) {
            String text = n.decimalValue().toString();
            if (n.decimalValue().abs().compareTo(BigDecimal.valueOf(1e40)) > 0) {
                throw expected(path, "a finite number for float", n);
            }
            f = Float.parseFloat(text);
        } else {
            f = (float) n.doubleValue();
        }
        if (Float.isInfinite(f)) throw expected(path, "a number within float's range", n);
        return f;
    }

    static QByteArray hex(JsonNode n, String path, String type) {
        if (!n.isTextual()) throw expected(path, "a hex string or null for " + type, n);
        String s = n.textValue();
        if ((s.length() & 1) != 0 || !s.matches("[0-9a-fA-F]*")) {
            throw expected(path, "an even number of hex digits for " + type, n);
        }
        return QByteArray.wrap(HexFormat.of().parseHex(s));
    }

    static QDate date(JsonNode n, String path) {
        if (n.isNull()) return QDate.NULL;
        if (n.isTextual()) {
            String s = n.textValue();
            if (!s.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
                throw expected(path, "\"YYYY-MM-DD\", {\"jd\": N} or null for QDate", n);
            }
            try {
                LocalDate d = LocalDate.parse(s);
                if (d.getYear() < 1) throw expected(path, "a year from 1 to 9999 (use {\"jd\": N} otherwise)", n);
                return QDate.of(d);
            } catch (DateTimeParseException e) {
                throw expected(path, "a real calendar date for QDate", n);
            }
        }
        if (n.isObject() && n.size() == 1 && n.has("jd")) {
            long jd = bigInteger(n.get("jd"), path + ".jd", "Julian day", false);
            return QDate.ofJulianDay(jd);
        }
        throw expected(path, "\"YYYY-MM-DD\", {\"jd\": N} or null for QDate", n);
    }

    static QTime time(JsonNode n, String path) {
        if (n.isNull()) return QTime.NULL;
        if (n.isTextual()) {
            String s = n.textValue();
            if (!s.matches("[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}")) {
                throw expected(path, "\"HH:MM:SS.mmm\", {\"ms\": N} or null for QTime", n);
            }
            int h = Integer.parseInt(s.substring(0, 2));
            int m = Integer.parseInt(s.substring(3, 5));
            int sec = Integer.parseInt(s.substring(6, 8));
            int ms = Integer.parseInt(s.substring(9, 12));
            if (h > 23 || m > 59 || sec > 59) throw expected(path, "a valid time of day for QTime", n);
            return QTime.ofMsecs(((h * 60 + m) * 60 + sec) * 1000 + ms);
        }
        if (n.isObject() && n.size() == 1 && n.has("ms")) {
            long ms = integer(n.get("ms"), path + ".ms", "milliseconds", 0, 0xFFFF_FFFFL);
            return QTime.ofMsecs((int) ms);
        }
        throw expected(path, "\"HH:MM:SS.mmm\", {\"ms\": N} or null for QTime", n);
    }

    /** For ValueTypesJson: the shared node factory. */
    static JsonNodeFactory factory() {
        return F;
    }
}
