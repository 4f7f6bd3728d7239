package io.github.qdatastream.harness.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.qdatastream.harness.json.QtVariantJsonTest;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Live: the installed Qt (PyQt5 for Qt 5, PyQt6 for Qt 6) streams QVariants this library has no
 * codec for (QFont, QPen, QBrush, QKeySequence, QEasingCurve, QRegion, QImage, the user type
 * PyQt_PyObject); each decodes, as qds decode reads a last QVariant, to raw {"type", "id", "hex"}
 * JSON, and qds encode turns that JSON back into Qt's exact bytes.
 */
@Tag("interop")
class QtRawVariantInteropTests {

    private static final Path SCRIPT = Path.of(System.getProperty("qds.codec.testResources",
            "../codec/src/test/resources"), "io/github/qdatastream/codec/qvariant/generate_raw_qvariants.py");

    @ParameterizedTest(name = "Qt {0}")
    @ValueSource(strings = {"5", "6"})
    void qtVariantsWithoutCodecSurviveQdsDecodeAndEncodeByteForByte(String qt) throws Exception {
        QtPeer.Result r = QtPeer.run(120, SCRIPT.toAbsolutePath().toString(), qt);
        assertEquals(0, r.exit(), r.stderr());
        int checked = 0;
        for (JsonNode q : r.output()) {
            assertTrue(q.get("qt").textValue().startsWith(qt + "."), q.toString());
            checked += QtVariantJsonTest.rawRoundTrip(q.get("version").textValue(), q.get("type").textValue(),
                    q.get("id").longValue(), q.get("hex").textValue());
        }
        assertTrue(checked >= 36, "checked " + checked + "; stderr: " + r.stderr());
    }
}
