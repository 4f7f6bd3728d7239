package io.github.qdatastream.harness.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.FloatNode;
import io.github.qdatastream.codec.Codec;
import io.github.qdatastream.codec.FloatPrecision;
import io.github.qdatastream.codec.StreamOptions;
import io.github.qdatastream.codec.StreamVersion;
import io.github.qdatastream.codec.TypeExpression;
import io.github.qdatastream.harness.json.JsonValues;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Holds the codec to the bytes real Qt writes: {@code golden/golden.jsonl} is produced by Qt 5.15
 * ({@code interop/golden/generate.py}: PyQt5 and a small Qt C++ program) and
 * {@code golden/golden-qt6.jsonl} by Qt 6.4, {@code golden-qt6.8.jsonl} by Qt 6.8.2 and
 * {@code golden-qt6.11.jsonl} by Qt 6.11.2 ({@code generate_qt6.py}; the last two in the Debian
 * trixie and sid chroots of {@code interop/qt/}), see docs/golden-vectors.md;
 * {@code interop/golden/check.sh} checks the files against Qt again.
 *
 * <p>For every vector, at the vector's stream version, byte order and float precision:
 * <ul>
 *   <li>encoding the JSON value gives exactly the bytes Qt wrote, and</li>
 *   <li>decoding those bytes consumes all of them and gives a value whose JSON form is the vector's.</li>
 * </ul>
 * Nothing is skipped: a type the codec or the JSON mapping does not support fails its vector.
 */
class GoldenVectorTest {

    /** Written by Qt 5.15 (generate.py) and by Qt 6.4, 6.8 and 6.11 (generate_qt6.py). */
    static final List<String> RESOURCES = List.of("/golden/golden.jsonl", "/golden/golden-qt6.jsonl",
            "/golden/golden-qt6.8.jsonl", "/golden/golden-qt6.11.jsonl");
    static final HexFormat HEX = HexFormat.of();

    record Vector(String file, int line, String type, StreamOptions options, JsonNode value, String hex) {
        String label() {
            String v = JsonValues.write(value);
            if (v.length() > 60) {
                v = v.substring(0, 57) + "...";
            }
            return file + ":" + line + ": " + options.version() + " " + (options.bigEndian() ? "BE" : "LE") + " "
                    + options.floatPrecision() + " " + v;
        }
    }

    static List<Vector> vectors() {
        List<Vector> out = new ArrayList<>();
        for (String resource : RESOURCES) {
            read(resource, out);
        }
        return out;
    }

    static void read(String resource, List<Vector> out) {
        String file = resource.substring(resource.lastIndexOf('/') + 1);
        try (InputStream in = GoldenVectorTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String text;
            int line = 0;
            while ((text = reader.readLine()) != null) {
                line++;
                JsonNode entry = JsonValues.parse(text);
                StreamOptions options = StreamOptions.DEFAULT
                        .withVersion(StreamVersion.valueOf(entry.get("streamVersion").asText()))
                        .withByteOrder(byteOrder(entry.get("byteOrder").asText()))
                        .withFloatPrecision(precision(entry.get("floatPrecision").asText()));
                out.add(new Vector(file, line, entry.get("type").asText(), options, entry.get("value"),
                        entry.get("hex").asText()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ByteOrder byteOrder(String name) {
        return switch (name) {
            case "big" -> ByteOrder.BIG_ENDIAN;
            case "little" -> ByteOrder.LITTLE_ENDIAN;
            default -> throw new IllegalArgumentException("byteOrder " + name);
        };
    }

    static FloatPrecision precision(String name) {
        return switch (name) {
            case "double" -> FloatPrecision.DOUBLE;
            case "single" -> FloatPrecision.SINGLE;
            default -> throw new IllegalArgumentException("floatPrecision " + name);
        };
    }

    @TestFactory
    Stream<DynamicNode> everyGoldenVectorEncodesToQtsBytesAndDecodesToItsValue() {
        Map<String, List<Vector>> byType = new LinkedHashMap<>();
        for (Vector v : vectors()) {
            byType.computeIfAbsent(v.type(), t -> new ArrayList<>()).add(v);
        }
        return byType.entrySet().stream().map(e -> DynamicContainer.dynamicContainer(e.getKey(),
                e.getValue().stream().map(v -> DynamicTest.dynamicTest(v.label(), () -> check(v)))));
    }

    static void check(Vector v) {
        Codec<Object> codec = TypeExpression.parse(v.type()).codec();
        Object fromJson = JsonValues.fromJson(v.type(), v.value());
        assertEquals(v.hex(), HEX.formatHex(codec.encode(fromJson, v.options())),
                () -> "encoding " + v.type() + " " + JsonValues.write(v.value()) + " at " + v.options());
        Object decoded = codec.decode(HEX.parseHex(v.hex()), v.options()); // throws on leftover bytes
        JsonNode actual = JsonValues.toJson(v.type(), decoded);
        String mismatch = difference(v.value(), actual, "$");
        if (mismatch != null) {
            fail("decoding " + v.hex() + " as " + v.type() + " at " + v.options() + ": " + mismatch
                    + "\n expected " + JsonValues.write(v.value()) + "\n   actual " + JsonValues.write(actual));
        }
    }

    /**
     * Where two JSON trees differ, or null. Numbers compare by value as the type the codec produced:
     * a float node against the expected decimal read as a float, a double node as a double (Java 17's
     * {@code Double.toString} is not always the shortest form the generator writes), integers exactly.
     */
    static String difference(JsonNode expected, JsonNode actual, String path) {
        if (expected.isNumber() && actual.isNumber()) {
            boolean same;
            if (actual.isFloat()) {
                same = Float.floatToRawIntBits(expected.floatValue()) == Float.floatToRawIntBits(actual.floatValue());
            } else if (actual.isDouble()) {
                same = Double.doubleToRawLongBits(expected.doubleValue())
                        == Double.doubleToRawLongBits(actual.doubleValue());
            } else {
                same = expected.decimalValue().compareTo(actual.decimalValue()) == 0;
            }
            return same ? null : path + ": " + expected + " != " + actual;
        }
        if (expected.getNodeType() != actual.getNodeType()) {
            return path + ": " + expected.getNodeType() + " " + expected + " != " + actual.getNodeType() + " " + actual;
        }
        if (expected.isArray()) {
            if (expected.size() != actual.size()) {
                return path + ": " + expected.size() + " elements != " + actual.size();
            }
            for (int i = 0; i < expected.size(); i++) {
                String d = difference(expected.get(i), actual.get(i), path + "[" + i + "]");
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
        if (expected.isObject()) {
            Set<String> names = new TreeSet<>();
            expected.fieldNames().forEachRemaining(names::add);
            actual.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode e = expected.get(name);
                JsonNode a = actual.get(name);
                if (e == null || a == null) {
                    return path + "." + name + ": " + (e == null ? "unexpected " + a : "missing, expected " + e);
                }
                String d = difference(e, a, path + "." + name);
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
        return expected.equals(actual) ? null : path + ": " + expected + " != " + actual;
    }

    @Test
    void theGoldenFilesCoverEveryStreamVersionBothByteOrdersAndBothPrecisions() {
        List<Vector> all = vectors();
        assertTrue(all.size() > 10_000, "only " + all.size() + " vectors");
        Set<String> seen = new TreeSet<>();
        for (Vector v : all) {
            seen.add(v.options().version().name());
            seen.add(v.options().byteOrder().toString());
            seen.add(v.options().floatPrecision().name());
        }
        for (StreamVersion version : StreamVersion.values()) {
            // Qt 6.11 wrote vectors at every version it knows, which are all of StreamVersion's.
            assertTrue(seen.contains(version.name()), "no vector at " + version);
        }
        for (String file : List.of("golden-qt6.8.jsonl", "golden-qt6.11.jsonl")) {
            Set<String> versions = new TreeSet<>();
            all.stream().filter(v -> v.file().equals(file)).forEach(v -> versions.add(v.options().version().name()));
            int newest = file.equals("golden-qt6.8.jsonl") ? StreamVersion.Qt_6_8.ordinal() : StreamVersion.Qt_6_11.ordinal();
            for (StreamVersion version : StreamVersion.values()) {
                if (version.ordinal() <= newest) {
                    assertTrue(versions.contains(version.name()), file + " has no vector at " + version);
                }
            }
        }
        assertTrue(seen.containsAll(List.of("BIG_ENDIAN", "LITTLE_ENDIAN", "SINGLE", "DOUBLE")), seen::toString);
    }

    @Test
    void numbersCompareAsTheTypeTheCodecProduced() {
        JsonNode tenth = JsonValues.parse("0.1");
        assertNull(difference(tenth, FloatNode.valueOf(0.1f), "$"));
        assertNull(difference(tenth, DoubleNode.valueOf(0.1), "$"));
        assertNotNull(difference(tenth, DoubleNode.valueOf(0.1f), "$"));
        assertNotNull(difference(JsonValues.parse("[1,2]"), JsonValues.parse("[1,3]"), "$"));
        assertNotNull(difference(JsonValues.parse("{\"a\":1}"), JsonValues.parse("{\"a\":1,\"b\":2}"), "$"));
        assertNotNull(difference(JsonValues.parse("\"NaN\""), JsonValues.parse("\"NaN(0x7ff8000000000001)\""), "$"));
    }
}
