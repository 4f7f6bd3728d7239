package io.github.qdatastream.harness.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.qdatastream.codec.Codec;
import io.github.qdatastream.codec.StreamOptions;
import io.github.qdatastream.codec.StreamVersion;
import io.github.qdatastream.codec.TypeExpression;
import io.github.qdatastream.testkit.QtValues;
import io.github.qdatastream.codec.VariantRegistry;
import java.util.HexFormat;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class JsonValuesProperties {

    private static final VariantRegistry R = VariantRegistry.DEFAULT;

    @Test
    void everyWireValueSurvivesWireToJsonToWire() {
        qt().withExamples(3000).forAll(longs().all(), integers().between(0, QtValues.VERSIONS.size() - 1))
                .checkAssert((seed, vi) -> {
                    SplittableRandom r = new SplittableRandom(seed);
                    StreamVersion version = QtValues.VERSIONS.get(vi);
                    String text = r.nextInt(3) == 0 ? "QVariant" : QtValues.typeText(r, 3);
                    TypeExpression type = TypeExpression.parse(text);
                    if (version.before(StreamVersion.Qt_4_0) && !text.equals("QVariant")) {
                        version = StreamVersion.Qt_4_0; // type expressions with Qt 4+ only value types
                    }
                    StreamOptions o = StreamOptions.of(version);
                    Codec<Object> codec = type.codec();
                    Object v = text.equals("QVariant") ? QtValues.variant(version, r, 3)
                            : QtValues.value(type, version, r);
                    byte[] wire = codec.encode(v, o);
                    Object decoded = codec.decode(wire, o);
                    // through JSON text, as qds and the golden vectors carry it
                    String json = JsonValues.write(JsonValues.toJson(type, decoded, R));
                    Object back = JsonValues.fromJson(type, JsonValues.parse(json), R);
                    assertEquals(HexFormat.of().formatHex(wire), HexFormat.of().formatHex(codec.encode(back, o)),
                            () -> "seed " + seed + " " + type + " " + json);
                    String ascii = JsonValues.writeAscii(JsonValues.toJson(type, back, R));
                    assertArrayEquals(wire, codec.encode(JsonValues.fromJson(type, JsonValues.parse(ascii), R), o));
                });
    }

    @Test
    void valueToJsonToValueIsTheSameValue() {
        qt().withExamples(2000).forAll(longs().all()).checkAssert(seed -> {
            SplittableRandom r = new SplittableRandom(seed);
            TypeExpression type = TypeExpression.parse(QtValues.typeText(r, 3));
            Object v = QtValues.value(type, StreamVersion.Qt_5_15, r);
            JsonNode j = JsonValues.toJson(type, v, R);
            Object back = JsonValues.fromJson(type, j, R);
            assertEquals(v, back, () -> "seed " + seed + " " + type);
            assertEquals(j, JsonValues.toJson(type, back, R));
            // NaN payloads compare by bits through the wire form
            StreamOptions o = StreamOptions.of(StreamVersion.Qt_5_15);
            assertArrayEquals(type.codec().encode(v, o), type.codec().encode(back, o));
        });
    }

    @Test
    void mutatedJsonConvertsToAValueOrIsRejectedAsBadInput() {
        qt().withExamples(3000).forAll(longs().all()).checkAssert(seed -> {
            SplittableRandom r = new SplittableRandom(seed);
            String text = r.nextBoolean() ? "QVariant" : QtValues.typeText(r, 2);
            TypeExpression type = TypeExpression.parse(text);
            Object v = text.equals("QVariant") ? QtValues.variant(StreamVersion.Qt_5_15, r, 2)
                    : QtValues.value(type, StreamVersion.Qt_5_15, r);
            StringBuilder json = new StringBuilder(JsonValues.write(JsonValues.toJson(type, v, R)));
            String[] junk = {"\"", "[", "]", "{", "}", ",", ":", "null", "1e999", "-", "\"NaN(0x1)\"", "true", "\"x\"",
                    "{\"type\":\"QVariant\"}", "[[]]", "0.5", "99999999999999999999999", "\"\\ud800\""};
            for (int i = r.nextInt(1, 4); i > 0; i--) {
                int at = r.nextInt(json.length() + 1);
                if (r.nextBoolean() && json.length() > 0) {
                    json.delete(at == json.length() ? at - 1 : at, Math.min(json.length(), at + 1 + r.nextInt(3)));
                } else {
                    json.insert(at, junk[r.nextInt(junk.length)]);
                }
            }
            // Any other exception (a bug) escapes fromJson and fails the property.
            try {
                JsonValues.fromJson(type, JsonValues.parse(json.toString()), R);
            } catch (IllegalArgumentException e) {
                assertBadInput(e, json);
            }
        });
    }

    /**
     * A rejection of bad input, not some library's IllegalArgumentException passing through (a
     * NumberFormatException, a codec factory's argument check): JsonValues's own message, which
     * starts with the JSON path or says the text is malformed, and as cause at most Jackson's
     * parse error (a JsonProcessingException, or the NumberFormatException of an exponent out of
     * range).
     */
    static void assertBadInput(IllegalArgumentException e, CharSequence json) {
        String m = String.valueOf(e.getMessage());
        assertEquals(IllegalArgumentException.class, e.getClass(), () -> "not JsonValues's rejection: " + e + " for " + json);
        assertTrue(m.startsWith("$") || m.startsWith("malformed JSON: ") || m.equals("empty JSON input"),
                () -> "a message without the JSON path: " + m + " for " + json);
        assertTrue(e.getCause() == null || e.getCause() instanceof JsonProcessingException
                        || e.getCause() instanceof NumberFormatException && m.startsWith("malformed JSON: "),
                () -> "caused by " + e.getCause() + " for " + json);
    }
}
