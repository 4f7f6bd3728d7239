package io.github.qdatastream.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.qdatastream.codec.Codec;
import io.github.qdatastream.codec.FloatPrecision;
import io.github.qdatastream.codec.QDataStreamException;
import io.github.qdatastream.codec.StreamVersion;
import io.github.qdatastream.codec.StreamOptions;
import io.github.qdatastream.codec.TypeExpression;
import io.github.qdatastream.codec.VariantRegistry;
import io.github.qdatastream.harness.json.JsonValues;
import java.nio.charset.StandardCharsets;

/**
 * The JSON value parser behind {@code qds encode}: JSON text for a type from {@link TypeGrammar}.
 * Bad input is an {@link IllegalArgumentException} (and only that: one that merely wraps another
 * runtime exception or an error is a bug reported as bad input, so it counts as a finding); a value
 * survives JSON, and encodes to bytes that decode to it again.
 */
class JsonValuesFuzzTest {

    @FuzzTest
    @DictionaryFile(resourcePath = "/io/github/qdatastream/fuzz/json.dict")
    void jsonTextGivesAValueOrIllegalArgument(byte[] data) {
        FuzzInput in = new FuzzInput(data);
        StreamOptions options = Rules.options(in);
        TypeNode node = TypeGrammar.generate(in);
        String text = new String(in.payload(), StandardCharsets.UTF_8);
        TypeExpression type = TypeExpression.parse(node.toString());

        Object value;
        try {
            value = JsonValues.fromJson(type, JsonValues.parse(text), VariantRegistry.DEFAULT);
        } catch (IllegalArgumentException e) {
            checkBadInput(e);
            return;
        }
        JsonNode json = JsonValues.toJson(type, value, VariantRegistry.DEFAULT);
        Object again = JsonValues.fromJson(type, JsonValues.parse(JsonValues.write(json)), VariantRegistry.DEFAULT);
        if (!Rules.deepEquals(value, again)) {
            throw new AssertionError(node + ": JSON round trip changed the value\n  text:   " + text + "\n  first:  "
                    + value + "\n  json:   " + json + "\n  second: " + again);
        }
        Codec<Object> codec = Types.codec(node);
        byte[] bytes;
        try {
            bytes = codec.encode(value, options);
        } catch (IllegalArgumentException e) {
            // qds encode's other bad input: a value the stream version cannot carry.
            checkBadInput(e);
            return;
        }
        Object decoded;
        try {
            decoded = codec.decode(bytes, options);
        } catch (QDataStreamException e) {
            throw new AssertionError(node + " at " + options.version() + ": qds encode wrote bytes that do not decode: "
                    + Rules.hex(bytes) + " (from " + text + ")", e);
        }
        // What qds encode wrote must read back as the same wire data.
        byte[] rewritten = codec.encode(decoded, options);
        if (!java.util.Arrays.equals(bytes, rewritten)) {
            throw new AssertionError(node + " at " + options.version() + ": the decoded value encodes differently\n  json:  "
                    + text + "\n  wrote: " + Rules.hex(bytes) + "\n  then:  " + Rules.hex(rewritten));
        }
        // And as the same value, where the format can carry all of it: not Qt's lossy writes (a double
        // at single precision from Qt_4_6, null as empty before Qt_3_3, a QDate's Julian day cut to a
        // quint32 before Qt_5_0, a QColor as an opaque QRgb before Qt_4_0, midnight as 0, which
        // Qt 3 streams read back as a null QTime, before Qt_4_0), not for QVariants,
        // whose null flag exists only from Qt_4_2 and whose invalid-variant QString only before Qt_5_0,
        // and not for a QDateTime at Qt_5_1: like Qt_4_x (already skipped with QDate) it is the Qt 4
        // layout, where a value without a raw spec byte is written with Qt 5's byte for its spec and
        // reads back holding that byte (QDateTime.qt4Spec), a value that differs only in the record.
        String typeText = node.toString();
        boolean lossy = options.version().before(StreamVersion.Qt_3_3) || typeText.contains("QVariant")
                || (typeText.contains("QDate") && options.version().before(StreamVersion.Qt_5_0))
                || (typeText.contains("QColor") && options.version().before(StreamVersion.Qt_4_0))
                || (typeText.contains("QTime") && options.version().before(StreamVersion.Qt_4_0))
                || (typeText.contains("QDateTime") && options.version().wireNumber() == StreamVersion.Qt_5_1.wireNumber())
                || (options.floatPrecision() == FloatPrecision.SINGLE && options.version().atLeast(StreamVersion.Qt_4_6));
        if (!lossy && !Rules.deepEquals(value, decoded)) {
            throw new AssertionError(node + " at " + options.version() + ": encode then decode changed the value\n  json:    "
                    + text + "\n  value:   " + value + "\n  decoded: " + decoded);
        }
        Rules.roundTrip(codec, decoded, options);
    }

    /**
     * JsonValues's own rejection (JsonValues converts nothing else, so any other exception escapes
     * as a finding): exactly IllegalArgumentException, not a subclass such as NumberFormatException
     * passing through, with a message, and as cause at most Jackson's parse error.
     */
    private static void checkBadInput(IllegalArgumentException e) {
        Throwable cause = e.getCause();
        if (e.getClass() != IllegalArgumentException.class
                || cause != null && !(cause instanceof JsonProcessingException) && !(cause instanceof NumberFormatException)) {
            throw new AssertionError("a bug reported as bad input: " + e, e);
        }
        if (e.getMessage() == null || e.getMessage().isBlank()) {
            throw new AssertionError("bad input without a message", e);
        }
    }
}
