package io.github.qdatastream.harness.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.qdatastream.codec.Codec;
import io.github.qdatastream.codec.CorruptDataException;
import io.github.qdatastream.codec.Limits;
import io.github.qdatastream.codec.QDataReader;
import io.github.qdatastream.codec.QDataStreamException;
import io.github.qdatastream.codec.SizeLimitExceededException;
import io.github.qdatastream.codec.StreamOptions;
import io.github.qdatastream.codec.StreamVersion;
import io.github.qdatastream.codec.TruncatedInputException;
import io.github.qdatastream.codec.TypeExpression;
import io.github.qdatastream.harness.json.JsonValues;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The codec's verdicts on hand-built inputs (extended sizes, negative sizes and counts, counts
 * beyond the input, the void QVariant, Qt_5_0 QDateTime spec bytes, QBitArray counts) against
 * real Qt 6.11's: {@code golden/verdicts-qt6.11.jsonl}, written by {@code interop/golden/verdicts.py}
 * in the sid chroot from {@code interop/golden/verdict_inputs.jsonl}. Qt 6.8.2 gives the same
 * verdicts ({@code verdicts-qt6.8.jsonl}; a test below holds the two files to each other).
 *
 * <p>Verdicts: {@code ok} (then the same number of bytes and, where Qt's value is given, the same
 * value), {@code truncated} = ReadPastEnd = {@link TruncatedInputException}, {@code corrupt} =
 * ReadCorruptData = {@link CorruptDataException}, {@code limit} = SizeLimitExceeded =
 * {@link SizeLimitExceededException}. The codec reads with its {@link Limits} raised as far as they
 * go (Qt has none); a size of 2 GiB or more, which Qt reads in chunks until ReadPastEnd, is
 * SizeLimitExceeded for the codec (no Java array holds it; docs/wire-format.md, deliberate differences).
 */
class QtVerdictTest {

    private static final HexFormat HEX = HexFormat.of();
    /** Qt has no limits of its own: the codec's are raised as far as they go (a Java array stops below 2^31). */
    private static final Limits NO_LIMITS = new Limits(Long.MAX_VALUE, Long.MAX_VALUE, 64);

    record Verdict(int line, String note, String type, StreamOptions options, String hex, JsonNode qt) {
    }

    static List<Verdict> verdicts(String qt) throws IOException {
        String resource = "/golden/verdicts-qt" + qt + ".jsonl";
        List<Verdict> out = new ArrayList<>();
        try (InputStream in = QtVerdictTest.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing test resource " + resource);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            String text;
            int line = 0;
            while ((text = r.readLine()) != null) {
                line++;
                JsonNode e = JsonValues.parse(text);
                StreamOptions o = StreamOptions.DEFAULT.withVersion(StreamVersion.valueOf(e.get("streamVersion").asText()))
                        .withByteOrder(GoldenVectorTest.byteOrder(e.path("byteOrder").asText("big")))
                        .withLimits(NO_LIMITS);
                out.add(new Verdict(line, e.get("note").asText(), e.get("type").asText(), o, e.get("hex").asText(), e));
            }
        }
        return out;
    }

    static String verdictOf(QDataStreamException e) {
        if (e instanceof TruncatedInputException) return "truncated";
        if (e instanceof CorruptDataException) return "corrupt";
        if (e instanceof SizeLimitExceededException) return "limit";
        return e.getClass().getSimpleName();
    }

    @TestFactory
    Stream<DynamicTest> theCodecGivesRealQt611sVerdicts() throws IOException {
        return verdicts("6.11").stream().map(v -> DynamicTest.dynamicTest(
                v.line() + ": " + v.type() + " " + v.hex() + " at " + v.options().version() + " (" + v.note() + ")",
                () -> check(v)));
    }

    static void check(Verdict v) {
        Codec<Object> codec = TypeExpression.parse(v.type()).codec();
        QDataReader r = new QDataReader(HEX.parseHex(v.hex()), v.options());
        String expected = v.qt().get("verdict").asText();
        Object value;
        try {
            value = codec.read(r);
        } catch (QDataStreamException e) {
            if (expected.equals("truncated") && e instanceof SizeLimitExceededException l && l.value() > Integer.MAX_VALUE - 16) {
                return; // Qt reads a size of 2 GiB or more in chunks until the input ends; no Java array holds it
            }
            assertEquals(expected, verdictOf(e), () -> "we: " + e.getMessage());
            return;
        }
        assertEquals(expected, "ok", "we read " + value);
        assertEquals(v.qt().get("consumed").asInt(), r.position(), "bytes consumed");
        JsonNode qtValue = v.qt().get("value");
        if (qtValue == null || qtValue.isNull() && !v.type().matches("QString|QByteArray|const char\\*")) {
            return; // Qt's value is not given for this type (qt_decode.py: verdict and length only)
        }
        JsonNode ours = JsonValues.toJson(v.type(), value);
        if (v.type().equals("QVariant")) {
            // Qt has no valid void QVariant: it reads type id 43 as the invalid variant; the codec keeps
            // the wire's type ("void", no payload) so that it encodes back to the same type id.
            String type = ours.get("type").asText();
            assertEquals(qtValue.get("type").asText(), type.equals("void") ? "invalid" : type);
            return;
        }
        if (v.type().equals("QDateTime")) {
            // Qt_5_0 writes every QDateTime converted to UTC, so Qt 6.8+ reads any spec byte but 0 as
            // UTC (Qt 6.4: 3 as LocalTime). The codec keeps the wire's spec byte (it encodes back to
            // Qt's bytes); its date and time are UTC whatever the byte says (docs/wire-format.md).
            String spec = ours.get("spec").asText();
            boolean utcOnTheWire = v.options().version() == StreamVersion.Qt_5_0 && !spec.equals("LocalTime");
            assertEquals(qtValue.get("spec").asText(), utcOnTheWire ? "UTC" : spec);
            return;
        }
        if (v.type().equals("QStringList")) {
            // PyQt hands a null QString in a QStringList over as "".
            List<String> a = new ArrayList<>();
            ours.forEach(n -> a.add(n.isNull() ? "" : n.asText()));
            List<String> b = new ArrayList<>();
            qtValue.forEach(n -> b.add(n.asText()));
            assertEquals(b, a);
            return;
        }
        assertEquals(null, GoldenVectorTest.difference(qtValue, ours, "$"), () -> "Qt " + qtValue + ", we " + ours);
    }

    @Test
    void qt68AndQt611AgreeOnEveryInput() throws IOException {
        List<Verdict> a = verdicts("6.8");
        List<Verdict> b = verdicts("6.11");
        assertEquals(a.size(), b.size());
        assertTrue(a.size() >= 30, "only " + a.size() + " inputs");
        for (int i = 0; i < a.size(); i++) {
            assertEquals(a.get(i).qt(), b.get(i).qt(), "line " + (i + 1));
        }
    }
}
