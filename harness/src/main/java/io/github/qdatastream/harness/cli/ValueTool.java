package io.github.qdatastream.harness.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.qdatastream.codec.Codec;
import io.github.qdatastream.codec.FloatPrecision;
import io.github.qdatastream.codec.QDataReader;
import io.github.qdatastream.codec.QDataStreamException;
import io.github.qdatastream.codec.QDataWriter;
import io.github.qdatastream.codec.Status;
import io.github.qdatastream.codec.StreamOptions;
import io.github.qdatastream.codec.StreamVersion;
import io.github.qdatastream.codec.TypeExpression;
import io.github.qdatastream.codec.VariantRegistry;
import io.github.qdatastream.harness.json.JsonValues;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/** What {@code qds encode} and {@code qds decode} do, apart from argument parsing: shared with --batch. */
public final class ValueTool {

    private ValueTool() {
    }

    /** Stream options from the command line spellings; bad spellings are IllegalArgumentExceptions. */
    public static StreamOptions options(String version, String byteOrder, String floatPrecision) {
        StreamOptions o = StreamOptions.DEFAULT;
        if (version != null) o = o.withVersion(StreamVersion.parse(version));
        if (byteOrder != null) {
            o = o.withByteOrder(switch (byteOrder.trim().toLowerCase(Locale.ROOT)) {
                case "big", "bigendian", "big-endian", "be" -> ByteOrder.BIG_ENDIAN;
                case "little", "littleendian", "little-endian", "le" -> ByteOrder.LITTLE_ENDIAN;
                default -> throw new IllegalArgumentException("byte order must be big or little, not " + byteOrder);
            });
        }
        if (floatPrecision != null) {
            o = o.withFloatPrecision(switch (floatPrecision.trim().toLowerCase(Locale.ROOT)) {
                case "single", "singleprecision", "32" -> FloatPrecision.SINGLE;
                case "double", "doubleprecision", "64" -> FloatPrecision.DOUBLE;
                default -> throw new IllegalArgumentException("float precision must be single or double, not " + floatPrecision);
            });
        }
        return o;
    }

    /** A registry with the {@code Name=TypeExpression} user types given. */
    public static VariantRegistry registry(List<String> userTypes) {
        VariantRegistry r = VariantRegistry.DEFAULT;
        if (userTypes != null) {
            for (String u : userTypes) {
                int eq = u.indexOf('=');
                if (eq <= 0) throw new IllegalArgumentException("user type must be Name=TypeExpression, not " + u);
                r = r.withAlias(u.substring(0, eq).trim(), u.substring(eq + 1).trim());
            }
        }
        return r;
    }

    /** Splits a comma-separated list of type expressions at the commas outside {@code <>}. */
    public static List<String> splitTypes(String list) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < list.length(); i++) {
            char c = list.charAt(i);
            if (c == '<') depth++;
            else if (c == '>') depth--;
            else if (c == ',' && depth == 0) {
                out.add(list.substring(start, i).trim());
                start = i + 1;
            }
        }
        out.add(list.substring(start).trim());
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).isEmpty()) throw new IllegalArgumentException("empty type at position " + i + " in type list \"" + list + "\"");
        }
        return out;
    }

    /** Hex digits, with optional whitespace, ':' separators and a leading 0x. */
    public static byte[] parseHex(String text) {
        String s = text.strip();
        if (s.startsWith("0x") || s.startsWith("0X")) s = s.substring(2);
        s = s.replaceAll("[\\s:]", "");
        if ((s.length() & 1) != 0) throw new IllegalArgumentException("odd number of hex digits (" + s.length() + ")");
        for (int i = 0; i < s.length(); i++) {
            if (Character.digit(s.charAt(i), 16) < 0) {
                throw new IllegalArgumentException("not a hex digit: '" + s.charAt(i) + "' at digit " + i);
            }
        }
        return HexFormat.of().parseHex(s);
    }

    /**
     * The bytes of the value {@code json} stands for as type {@code type}. {@link JsonValues#fromJson}
     * validates the JSON against the type (range, shape, null where the type has none) and builds
     * exactly the Java value the type's codec writes, so the write itself cannot meet a value of
     * the wrong class; a value the stream version cannot carry is the codec's own
     * IllegalArgumentException.
     */
    public static byte[] encode(String type, JsonNode json, StreamOptions options, VariantRegistry registry) {
        TypeExpression t = TypeExpression.parse(type, registry);
        Object value = JsonValues.fromJson(t, json, registry);
        QDataWriter w = new QDataWriter(options);
        t.codec(registry).write(w, value);
        return w.toByteArray();
    }

    /** The outcome of decoding a list of types from some bytes. */
    public record Decoded(List<String> types, List<JsonNode> values, Status status, int consumed, int size,
                          long errorOffset, String error) {

        /** {@return true when every type decoded and no bytes are left} */
        public boolean complete() {
            return status == Status.OK && consumed == size;
        }

        /** {@return the batch / --json form} */
        public ObjectNode toJson() {
            JsonNodeFactory f = JsonNodeFactory.instance;
            ObjectNode o = f.objectNode();
            ArrayNode v = o.putArray("values");
            values.forEach(v::add);
            o.put("status", statusName(status));
            o.put("consumed", consumed);
            o.put("size", size);
            if (error != null) {
                o.put("stoppedAt", types.size() > values.size() ? types.get(values.size()) : null);
                o.put("offset", errorOffset);
                o.put("error", error);
            } else if (consumed < size) {
                o.put("trailing", size - consumed);
            }
            return o;
        }
    }

    /** Qt's spelling of a status. */
    public static String statusName(Status s) {
        return switch (s) {
            case OK -> "Ok";
            case READ_PAST_END -> "ReadPastEnd";
            case READ_CORRUPT_DATA -> "ReadCorruptData";
            case SIZE_LIMIT_EXCEEDED -> "SizeLimitExceeded";
        };
    }

    /**
     * Decodes {@code types} one after another from {@code bytes}, as far as they go. Type
     * expressions that do not parse are IllegalArgumentExceptions (nothing is decoded then).
     * When the last type is {@code QVariant}, its end is the end of the bytes, so it is read with
     * {@link VariantRegistry#trailingVariantCodec()}: a type without a codec (QFont, an unknown
     * user type) becomes a raw variant ({@code "hex"}) instead of ReadCorruptData.
     */
    public static Decoded decode(List<String> types, byte[] bytes, StreamOptions options, VariantRegistry registry) {
        List<Codec<Object>> codecs = new ArrayList<>();
        List<TypeExpression> parsed = new ArrayList<>();
        for (String t : types) {
            TypeExpression e = TypeExpression.parse(t, registry);
            parsed.add(e);
            codecs.add(e.codec(registry));
        }
        TypeExpression last = parsed.isEmpty() ? null : parsed.get(parsed.size() - 1);
        if (last != null && last.isLeaf() && last.name().equals("QVariant")) {
            Codec<?> trailing = registry.trailingVariantCodec();
            @SuppressWarnings("unchecked")
            Codec<Object> c = (Codec<Object>) trailing;
            codecs.set(codecs.size() - 1, c);
        }
        QDataReader r = new QDataReader(bytes, options);
        List<JsonNode> values = new ArrayList<>();
        for (int i = 0; i < codecs.size(); i++) {
            int before = r.position();
            Object v;
            try {
                v = codecs.get(i).read(r);
            } catch (QDataStreamException e) {
                return new Decoded(types, values, e.status(), before, bytes.length, e.offset(), e.getMessage());
            } catch (RuntimeException e) {
                // A codec bug, not a verdict on the bytes; say so rather than crash the batch.
                return new Decoded(types, values, Status.READ_CORRUPT_DATA, before, bytes.length, r.offset(),
                        "internal error (please report): " + e);
            }
            values.add(JsonValues.toJson(parsed.get(i), v, registry));
        }
        return new Decoded(types, values, Status.OK, r.position(), bytes.length, -1, null);
    }
}
