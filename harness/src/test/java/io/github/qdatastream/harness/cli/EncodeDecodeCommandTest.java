package io.github.qdatastream.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.qdatastream.harness.Qds;
import io.github.qdatastream.harness.json.JsonValues;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EncodeDecodeCommandTest {

    record Run(int exit, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    static Run run(String... args) {
        CommandLine cl = Qds.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @TempDir
    Path dir;

    @Test
    void encodePrintsHex() {
        Run r = run("encode", "--type", "QMap<QString,QList<int>>", "[[\"a\",[1,2]]]");
        assertEquals(0, r.exit(), r.err());
        assertEquals("00000001000000020061000000020000000100000002", r.out().strip());
    }

    @Test
    void encodeHonoursVersionByteOrderAndPrecision() {
        Run r = run("encode", "--type", "QVariant", "--stream-version", "Qt_5_15", "--byte-order", "little",
                "--float-precision", "single", "{\"type\":\"double\",\"value\":1.5}");
        assertEquals("06000000" + "00" + "0000c03f", r.out().strip());
    }

    @Test
    void encodeRejectsBadJsonWithExitCodeOne() {
        Run r = run("encode", "--type", "qint8", "300");
        assertEquals(ExitCodes.BAD_INPUT, r.exit());
        assertTrue(r.err().contains("qint8 out of range"), r.err());
        assertEquals(ExitCodes.BAD_INPUT, run("encode", "--type", "QList<", "[]").exit());
    }

    @Test
    void encodeWritesQt611() {
        // Real Qt 6.11.2 writes QString "hi" at Qt_6_11 as 0000000400680069 (golden-qt6.11.jsonl).
        Run r = run("encode", "--type", "QString", "--stream-version", "Qt_6_11", "\"hi\"");
        assertEquals(0, r.exit(), r.err());
        assertEquals("0000000400680069", r.out().strip());
        Run newer = run("encode", "--type", "QString", "--stream-version", "25", "\"hi\"");
        assertEquals(ExitCodes.BAD_INPUT, newer.exit());
        assertTrue(newer.err().contains("newer than Qt_6_11"), newer.err());
    }

    @Test
    void decodeLimitOptionsRaiseAndLowerEveryLimit() {
        // A 20-byte QString: within the default 16 MiB, over --max-bytes 16, within --max-bytes 20.
        String text = "00000014" + "0061".repeat(10);
        assertTrue(run("decode", "--json", "--types", "QString", text).out().contains("\"status\":\"Ok\""));
        Run bytes = run("decode", "--json", "--max-bytes", "16", "--types", "QString", text);
        assertEquals(ExitCodes.BAD_INPUT, bytes.exit());
        assertTrue(bytes.out().contains("SizeLimitExceeded") && bytes.out().contains("Limits.maxBytes"), bytes.out());
        assertEquals(0, run("decode", "--max-bytes", "20", "--types", "QString", text).exit());
        // Three elements: over --max-elements 2, within 3.
        String list = "00000003" + "00000001" + "00000002" + "00000003";
        Run elements = run("decode", "--json", "--max-elements", "2", "--types", "QList<qint32>", list);
        assertEquals(ExitCodes.BAD_INPUT, elements.exit());
        assertTrue(elements.out().contains("Limits.maxElements"), elements.out());
        assertEquals(0, run("decode", "--max-elements", "3", "--types", "QList<qint32>", list).exit());
        // A QVariant holding a QVariantList holding an int: depth 2 (Qt_5_15: id, null flag, payload).
        String nested = "00000009" + "00" + "00000001" + "00000002" + "00" + "00000007";
        assertEquals(0, run("decode", "--stream-version", "Qt_5_15", "--types", "QVariant", nested).exit());
        Run depth = run("decode", "--json", "--stream-version", "Qt_5_15", "--max-depth", "1", "--types", "QVariant", nested);
        assertEquals(ExitCodes.BAD_INPUT, depth.exit());
        assertTrue(depth.out().contains("Limits.maxDepth"), depth.out());
    }

    @Test
    void limitOptionsTakeSuffixesAndRejectNonsense() {
        String text = "00000014" + "0061".repeat(10);
        assertEquals(0, run("decode", "--max-bytes", "1k", "--max-elements", "2M", "--types", "QString", text).exit());
        assertEquals(ExitCodes.USAGE, run("decode", "--max-bytes", "12x", "--types", "QString", text).exit());
        assertEquals(ExitCodes.USAGE, run("decode", "--max-elements", "-1", "--types", "QString", text).exit());
        assertEquals(ExitCodes.BAD_INPUT, run("decode", "--max-depth", "0", "--types", "QString", text).exit());
        Run batch = run("encode", "--max-depth", "0", "--type", "QString", "\"a\"");
        assertEquals(ExitCodes.BAD_INPUT, batch.exit());
        assertTrue(batch.err().contains("--max-depth"), batch.err());
    }

    @Test
    void inputWithoutBatchIsAUsageError() {
        Run e = run("encode", "--type", "QString", "--input", "lines.jsonl", "\"a\"");
        assertEquals(ExitCodes.USAGE, e.exit());
        assertTrue(e.err().startsWith("qds encode: --input goes with --batch"), e.err());
        Run d = run("decode", "--types", "QString", "--input", "lines.jsonl", "00000000");
        assertEquals(ExitCodes.USAGE, d.exit());
        assertTrue(d.err().startsWith("qds decode: --input goes with --batch"), d.err());
    }

    @Test
    void missingTypeIsAUsageError() {
        assertEquals(ExitCodes.USAGE, run("encode", "1").exit());
        assertEquals(ExitCodes.USAGE, run("decode", "00").exit());
        assertEquals(ExitCodes.USAGE, run("decode", "--nope").exit());
    }

    @Test
    void decodeSplitsTypeListsOnlyAtTopLevelCommas() {
        Run r = run("decode", "--types", "QMap<QString,qint32>,quint16", "00000001 00000002 0061 00000007 ffff");
        assertEquals(0, r.exit(), r.out() + r.err());
        assertEquals(List.of("QMap<QString,qint32> = [[\"a\",7]]", "quint16 = 65535", "status: Ok",
                "consumed: 16 of 16 bytes"), r.lines());
    }

    @Test
    void decodeStopsAndSaysWhereAndWhy() {
        Run r = run("decode", "--types", "QString,QVariant", "00000002 0061 000000ff");
        assertEquals(ExitCodes.BAD_INPUT, r.exit());
        assertEquals("QString = \"a\"", r.lines().get(0));
        assertEquals("status: ReadCorruptData", r.lines().get(1));
        assertEquals("consumed: 6 of 10 bytes", r.lines().get(2));
        assertTrue(r.lines().get(3).startsWith("stopped at: QVariant (value 1) at offset 6"), r.out());
        Run t = run("decode", "--types", "QString", "00000004 00");
        assertTrue(t.out().contains("status: ReadPastEnd"), t.out());
        Run s = run("decode", "--json", "--types", "QVariant", "00000009 ffffffff");
        JsonNode j = JsonValues.parse(s.out());
        assertEquals("SizeLimitExceeded", j.get("status").textValue());
    }

    /** Qt 5.15's {@code QVariant(QFont("Sans", 12))} at Qt_4_0 (generate_raw_qvariants.py). */
    private static final String QFONT_QT4 = "00000040" + "0000000800530061006e00734028000000000000ffffffff0501003210";

    @Test
    void decodeKeepsALastQVariantWithoutCodecAsRawHexAndEncodeWritesTheSameBytes() {
        Run r = run("decode", "--types", "QString,QVariant", "00000002 0061" + QFONT_QT4);
        assertEquals(0, r.exit(), r.out() + r.err());
        String json = "{\"type\":\"QFont\",\"id\":64,\"hex\":\"" + QFONT_QT4.substring(8) + "\"}";
        assertEquals("QVariant = " + json, r.lines().get(1));
        Run e = run("encode", "--type", "QVariant", json);
        assertEquals(0, e.exit(), e.err());
        assertEquals(QFONT_QT4, e.out().strip());
        // The same payload under another numbering's id is refused, not silently renumbered.
        Run wrong = run("encode", "--type", "QVariant", "--stream-version", "Qt_6_0", json);
        assertEquals(ExitCodes.BAD_INPUT, wrong.exit());
        assertTrue(wrong.err().contains("id 64") && wrong.err().contains("4096"), wrong.err());
    }

    @Test
    void aQVariantWithoutCodecThatIsNotLastOrIsNestedStillStopsWithReadCorruptData() {
        Run notLast = run("decode", "--types", "QVariant,quint8", QFONT_QT4 + "07");
        assertEquals(ExitCodes.BAD_INPUT, notLast.exit());
        assertTrue(notLast.out().contains("status: ReadCorruptData") && notLast.out().contains("\"QFont\" (id 64)"), notLast.out());
        // A QVariantList (id 9) holding the QFont: the font's own end is unknown.
        Run nested = run("decode", "--json", "--types", "QVariant", "00000009 00000001" + QFONT_QT4);
        assertEquals(ExitCodes.BAD_INPUT, nested.exit());
        JsonNode j = JsonValues.parse(nested.out());
        assertEquals("ReadCorruptData", j.get("status").textValue());
        assertEquals(8, j.get("offset").intValue());
        assertTrue(j.get("error").textValue().contains("QFont"), j.toString());
    }

    @Test
    void batchLinesCarryUnknownUserTypesAsRawHexBothWays() throws IOException {
        // Qt 5.15's QVariant(fractions.Fraction(1, 2)) from PyQt5: the user type PyQt_PyObject.
        String wire = "00000400000000000e507951745f50794f626a656374000000002d80049522000000000000008c096672616374696f6e73948c084672616374696f6e9493944b014b02869452942e";
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, "{\"types\":\"QVariant\",\"hex\":\"" + wire + "\",\"streamVersion\":\"Qt_5_15\"}\n");
        Run d = run("decode", "--batch", "--input", in.toString());
        assertEquals(0, d.exit(), d.out());
        JsonNode v = JsonValues.parse(d.lines().get(0)).get("values").get(0);
        assertEquals("PyQt_PyObject", v.get("type").textValue());
        assertTrue(v.get("user").booleanValue());
        assertEquals(1024, v.get("id").intValue());
        Path enc = dir.resolve("enc.jsonl");
        Files.writeString(enc, "{\"type\":\"QVariant\",\"streamVersion\":\"Qt_5_15\",\"value\":" + JsonValues.write(v) + "}\n");
        Run e = run("encode", "--batch", "--input", enc.toString());
        assertEquals("{\"hex\":\"" + wire + "\"}", e.lines().get(0));
    }

    @Test
    void rawDataEncodesAndDecodesFixedBytes() {
        Run e = run("encode", "--type", "QPair<rawData(4),quint16>", "[\"A1b2c3d4\", 5]");
        assertEquals(0, e.exit(), e.err());
        assertEquals("a1b2c3d40005", e.out().strip());
        Run d = run("decode", "--types", "rawData(2),rawData(0)", "cafe");
        assertEquals("rawData(2) = \"cafe\"", d.lines().get(0));
        assertEquals("rawData(0) = \"\"", d.lines().get(1));
        Run bad = run("encode", "--type", "rawData(2)", "\"00\"");
        assertEquals(ExitCodes.BAD_INPUT, bad.exit());
        assertTrue(bad.err().contains("exactly 2 bytes"), bad.err());
    }

    @Test
    void trailingBytesAreReportedWithExitCodeThree() {
        Run r = run("decode", "--types", "quint8", "0102");
        assertEquals(ExitCodes.TRAILING_BYTES, r.exit());
        assertTrue(r.out().contains("trailing: 1 bytes"), r.out());
    }

    @Test
    void decodeReadsABinaryFile() throws IOException {
        Path f = dir.resolve("fortune.bin");
        Files.write(f, new byte[]{0, 0, 0, 2, 0, 0x41});
        Run r = run("decode", "--types", "QString", "--file", f.toString());
        assertEquals(0, r.exit());
        assertEquals("QString = \"A\"", r.lines().get(0));
    }

    @Test
    void userTypesAreDeclaredAsTypeExpressions() {
        Run r = run("decode", "--stream-version", "5.15", "--user-type", "Scores=QMap<QString,int>", "--types", "QVariant",
                "00000400 00 00000007 53636f72657300 00000001 00000002 0061 00000007");
        assertEquals(0, r.exit(), r.out() + r.err());
        assertEquals("QVariant = {\"type\":\"Scores\",\"user\":true,\"value\":[[\"a\",7]]}", r.lines().get(0));
    }

    @Test
    void encodeBatchAnswersEveryLineAndNeverAborts() throws IOException {
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, String.join("\n",
                "{\"type\":\"QString\",\"value\":\"M\\u00fcnchen\"}",
                "not json",
                "{\"id\":3,\"type\":\"QVariant\",\"value\":{\"type\":\"float\",\"value\":1.5},\"streamVersion\":\"Qt_5_15\"}",
                "{\"type\":\"qint8\",\"value\":1000}",
                "[]",
                "{\"type\":\"quint16\",\"value\":1,\"byteOrder\":\"little\"}") + "\n", StandardCharsets.UTF_8);
        Run r = run("encode", "--batch", "--input", in.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exit());
        List<String> lines = r.lines();
        assertEquals(6, lines.size(), r.out());
        assertEquals("{\"hex\":\"0000000e004d00fc006e006300680065006e\"}", lines.get(0));
        assertTrue(lines.get(1).startsWith("{\"error\":\"malformed JSON"), lines.get(1));
        assertEquals("{\"id\":3,\"hex\":\"00000026003ff8000000000000\"}", lines.get(2));
        assertTrue(lines.get(3).contains("out of range"), lines.get(3));
        assertTrue(lines.get(4).contains("error"), lines.get(4));
        assertEquals("{\"hex\":\"0100\"}", lines.get(5));
    }

    @Test
    void decodeBatchGivesValuesStatusAndConsumedBytes() throws IOException {
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, String.join("\n",
                "{\"types\":\"QString,quint16\",\"hex\":\"000000020061ffff\"}",
                "{\"types\":[\"QMap<QString,int>\"],\"hex\":\"00\"}",
                "{\"types\":\"QVariant\",\"hex\":\"0000000a0000000002d800\",\"streamVersion\":\"Qt_5_15\"}",
                "{\"types\":\"QString\",\"hex\":\"zz\"}") + "\n");
        Run r = run("decode", "--batch", "--input", in.toString());
        List<String> lines = r.lines();
        assertEquals(4, lines.size(), r.out());
        assertEquals("{\"values\":[\"a\",65535],\"status\":\"Ok\",\"consumed\":8,\"size\":8}", lines.get(0));
        JsonNode second = JsonValues.parse(lines.get(1));
        assertEquals("ReadPastEnd", second.get("status").textValue());
        assertEquals(0, second.get("consumed").intValue());
        assertEquals("{\"values\":[{\"type\":\"QString\",\"value\":\"\\uD800\"}],\"status\":\"Ok\",\"consumed\":11,\"size\":11}",
                lines.get(2));
        assertTrue(lines.get(3).startsWith("{\"error\":\"not a hex digit"), lines.get(3));
        assertEquals(ExitCodes.BAD_INPUT, r.exit());
    }

    @Test
    void typeListsSplitAtTopLevelOnly() {
        assertEquals(List.of("QMap<QString,QPair<int,int>>", "QString", "QHash<int,int>"),
                ValueTool.splitTypes("QMap<QString,QPair<int,int>>, QString ,QHash<int,int>"));
    }
}
