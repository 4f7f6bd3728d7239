package io.github.qdatastream.harness.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.qdatastream.codec.StreamOptions;
import io.github.qdatastream.codec.StreamVersion;
import io.github.qdatastream.codec.Status;
import io.github.qdatastream.codec.VariantRegistry;
import io.github.qdatastream.harness.cli.ValueTool;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Real Qt 5.15 variants (the codec's golden file, written by PyQt5) survive wire -> JSON text ->
 * wire through the same path as qds decode / qds encode.
 */
public class QtVariantJsonTest {

    @Test
    void everyQtVariantSurvivesWireToJsonTextToWire() throws Exception {
        VariantRegistry registry = ValueTool.registry(List.of("PyQt_PyObject=QByteArray"));
        int checked = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(QtVariantJsonTest.class.getResourceAsStream(
                "/io/github/qdatastream/codec/qvariant/qt5-qvariants.txt"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#")) continue;
                String[] f = line.split("\t");
                StreamOptions o = StreamOptions.of(StreamVersion.parse(f[0]));
                byte[] wire = HexFormat.of().parseHex(f[4]);
                ValueTool.Decoded d = ValueTool.decode(List.of("QVariant"), wire, o, registry);
                assertEquals(Status.OK, d.status(), line + " " + d.error());
                String text = JsonValues.writeAscii(d.values().get(0));
                JsonNode json = JsonValues.parse(text);
                if (!f[2].equals("-")) assertEquals(f[2], json.get("type").textValue());
                assertEquals(f[4], HexFormat.of().formatHex(ValueTool.encode("QVariant", json, o, registry)), line + " " + text);
                checked++;
            }
        }
        assertTrue(checked > 250, "checked " + checked);
    }

    /**
     * Real Qt 5.15 and 6.4 variants of types without a codec (QFont, QPen, QImage, ..., the user type
     * PyQt_PyObject) decode as raw {"type", "id", "hex"} JSON and encode back to the same bytes.
     */
    @Test
    void realQtVariantsWithoutCodecSurviveAsRawHexJson() throws Exception {
        int checked = 0;
        for (String file : List.of("qt5-raw-qvariants.jsonl", "qt6-raw-qvariants.jsonl")) {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(QtVariantJsonTest.class.getResourceAsStream(
                    "/io/github/qdatastream/codec/qvariant/" + file), StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    JsonNode q = JsonValues.parse(line);
                    checked += rawRoundTrip(q.get("version").textValue(), q.get("type").textValue(), q.get("id").longValue(),
                            q.get("hex").textValue());
                }
            }
        }
        assertTrue(checked >= 70, "checked " + checked);
    }

    /** Decodes {@code hex} as a last QVariant (as qds decode does), checks its raw JSON, encodes that JSON text back. */
    public static int rawRoundTrip(String version, String type, long id, String hex) {
        StreamOptions o = StreamOptions.of(StreamVersion.parse(version));
        ValueTool.Decoded d = ValueTool.decode(List.of("QVariant"), HexFormat.of().parseHex(hex), o, VariantRegistry.DEFAULT);
        String where = version + " " + type + " " + hex;
        assertEquals(Status.OK, d.status(), where + " " + d.error());
        JsonNode json = JsonValues.parse(JsonValues.writeAscii(d.values().get(0)));
        assertEquals(type, json.get("type").textValue(), where);
        assertEquals(id, json.get("id").longValue(), where);
        assertEquals(hex.substring(hex.indexOf(json.get("hex").textValue(), 8)), json.get("hex").textValue(), where);
        assertEquals(hex, HexFormat.of().formatHex(ValueTool.encode("QVariant", json, o, VariantRegistry.DEFAULT)), where);
        return 1;
    }
}
