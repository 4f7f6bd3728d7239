package io.github.qdatastream.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code qds inspect} as a user runs it. */
class InspectCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static String hexOf(String type, String json) {
        EncodeDecodeCommandTest.Run r = EncodeDecodeCommandTest.run("encode", "--type", type, json);
        assertEquals(0, r.exit(), r.err());
        return r.out().strip();
    }

    @Test
    void typesFromAHexArgumentOneLinePerFieldPlainWhenNotATerminal() {
        String hex = hexOf("QString", "\"Zürich\"") + hexOf("quint16", "513");
        EncodeDecodeCommandTest.Run r = EncodeDecodeCommandTest.run("inspect", "--types", "QString,quint16", hex);
        assertEquals(0, r.exit(), r.err());
        assertEquals(List.of(
                "── record 0 at offset 0 ──",
                "00000000  00 00 00 0c 00 5a 00 fc …    #0            QString = \"Zürich\"",
                "00000010  02 01                        #1            quint16 = 513"), r.lines());
        assertFalse(r.out().contains("\u001b["), "no colour when not on a terminal");
        assertTrue(EncodeDecodeCommandTest.run("inspect", "--color", "always", "--types", "QString,quint16", hex).out().contains("\u001b["));
    }

    @Test
    void jsonLinesForScriptsAndTheErrorInPlace() throws Exception {
        // a Fortune (Qt 4) block whose QString says 0x100 bytes where the block holds 4
        Path f = dir.resolve("cut.bin");
        Files.write(f, new byte[] {0x00, 0x08, 0x00, 0x00, 0x01, 0x00, 0x00, 0x41, 0x00, 0x42});
        EncodeDecodeCommandTest.Run r = EncodeDecodeCommandTest.run("inspect", "--protocol", "fortune-qt4", "--json", "--file", f.toString());
        assertEquals(1, r.exit());
        List<JsonNode> lines = r.lines().stream().map(l -> {
            try {
                return JSON.readTree(l);
            } catch (Exception e) {
                throw new AssertionError(l, e);
            }
        }).toList();
        assertEquals(List.of("block", "size", "field", "error"), lines.stream().map(n -> n.get("kind").asText()).toList());
        assertEquals(8, lines.get(1).get("value").asInt());
        assertEquals("incomplete", lines.get(2).get("error").asText());
        assertEquals(6, lines.get(3).get("offset").asInt()); // where the bytes ran out: after the length field
        assertTrue(lines.get(3).get("error").asText().contains("the block's fields need more than its 8 bytes"), lines.get(3).toString());
    }

    @Test
    void usageErrors() {
        assertEquals(2, EncodeDecodeCommandTest.run("inspect", "00").exit());
        assertEquals(2, EncodeDecodeCommandTest.run("inspect", "--protocol", "http", "00").exit());
        assertEquals(2, EncodeDecodeCommandTest.run("inspect", "--protocol", "trip-reply", "--types", "QString", "00").exit());
        assertEquals(2, EncodeDecodeCommandTest.run("inspect", "--framing", "quint8", "--types", "QString", "00").exit());
        assertEquals(1, EncodeDecodeCommandTest.run("inspect", "--types", "QString", "0g").exit());
    }
}
