package io.github.qdatastream.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.qdatastream.codec.Codec;
import io.github.qdatastream.codec.CorruptDataException;
import io.github.qdatastream.codec.FloatPrecision;
import io.github.qdatastream.codec.QDataReader;
import io.github.qdatastream.codec.QDataStreamException;
import io.github.qdatastream.codec.SizeLimitExceededException;
import io.github.qdatastream.codec.StreamOptions;
import io.github.qdatastream.codec.StreamVersion;
import io.github.qdatastream.codec.TruncatedInputException;
import io.github.qdatastream.codec.TypeExpression;
import io.github.qdatastream.codec.VariantRegistry;
import io.github.qdatastream.harness.json.JsonValues;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The differential check against real Qt (interop profile): a few thousand random and
 * mutated inputs, each decoded by this codec and by Qt (interop/differential/qt_decode.py), must get
 * the same verdict (a value, ReadPastEnd, ReadCorruptData), and when both read a value, the same
 * number of bytes and the same value in the JSON form of docs/json-values.md.
 *
 * <p>Mapping: {@link TruncatedInputException} is ReadPastEnd, {@link CorruptDataException} is
 * ReadCorruptData, and {@link SizeLimitExceededException} (a claim beyond our limits; Qt has none)
 * matches ReadPastEnd, since every claim over the limit is also beyond these short inputs. Where Qt
 * crashes (it aborts on huge QStringList/QVariantList counts), we must reject the input with a
 * {@link QDataStreamException}. The few deliberate differences are listed in {@link #deliberate}
 * and in docs/fuzzing.md.
 *
 * <p>Inputs: golden vectors of the types qt_decode.py reads (stream versions up to Qt_5_15, the
 * newest Qt 5.15 knows), mutated (bit flips, cuts, magic length fields, splices) or kept whole, and
 * random bytes for random types from {@link TypeGrammar}. Seeded: every run checks the same inputs.
 */
class QtDifferentialTest {

    private static final int INPUTS = 3000;
    private static final long SEED = 20261121L;
    private static final Path SCRIPT = Path.of("../interop/differential/qt_decode.py");
    private static final Path GOLDEN = Path.of("../harness/src/test/resources/golden/golden.jsonl");
    private static final Path GOLDEN_QT611 = Path.of("../harness/src/test/resources/golden/golden-qt6.11.jsonl");
    /** host (Qt 5.15, PyQt5), or a chroot suite of interop/qt/ (sid: Qt 6.11, trixie: Qt 6.8). */
    static final String QT = System.getProperty("qds.differential.qt", "host");
    static final boolean QT6 = !QT.equals("host");
    /** The newest stream version the Qt under test knows. */
    static final StreamVersion NEWEST = !QT6 ? StreamVersion.Qt_5_15 : QT.equals("trixie") ? StreamVersion.Qt_6_8
            : StreamVersion.Qt_6_11;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HexFormat HEX = HexFormat.of();

    /** The leaf types qt_decode.py reads with Qt; containers of them are read too. */
    static final Set<String> LEAVES = Set.of("qint8", "quint8", "qint16", "quint16", "qint32", "quint32", "qint64",
            "quint64", "bool", "float", "double", "QChar", "QString", "QByteArray", "const char*", "QStringList",
            "QDate", "QTime", "QBitArray", "QUuid", "QPoint", "QPointF", "QSize", "QSizeF", "QRect", "QRectF", "QLine",
            "QLineF", "QVariant", "QVariantList", "QVariantMap", "QVariantHash",
            // verdict and length only
            "QDateTime", "QUrl", "QLocale", "QColor", "QPolygon", "QPolygonF", "QRegExp", "QRegularExpression",
            "QTimeZone");

    /** The leaves the Qt under test has: Qt 6 dropped QRegExp. */
    static boolean leaf(String name) {
        return LEAVES.contains(name) && !(QT6 && name.equals("QRegExp"));
    }
    private static final int[][] MAGIC = {{0xFF, 0xFF, 0xFF, 0xFF}, {0xFF, 0xFF, 0xFF, 0xFE}, {0x7F, 0xFF, 0xFF, 0xFF},
            {0x00, 0x00, 0xFF, 0xFF}, {0x00, 0x00, 0x00, 0x01}, {0x00, 0x00, 0x00, 0x03}, {0x10, 0x00, 0x00, 0x00},
            {0x00, 0x00, 0x00, 0x00}, {0x80, 0x00, 0x00, 0x00}};

    record Case(int id, TypeNode type, StreamOptions options, byte[] payload, String origin) {
        String request() {
            ObjectNode o = JSON.createObjectNode();
            o.put("id", id).put("type", type.toString()).put("version", options.version().wireNumber())
                    .put("byteOrder", options.byteOrder() == ByteOrder.BIG_ENDIAN ? "big" : "little")
                    .put("floatPrecision", options.floatPrecision() == FloatPrecision.SINGLE ? "single" : "double")
                    .put("hex", HEX.formatHex(payload));
            return o.toString();
        }

        @Override
        public String toString() {
            return type + " at " + options.version() + " " + (options.byteOrder() == ByteOrder.BIG_ENDIAN ? "BE" : "LE")
                    + (options.floatPrecision() == FloatPrecision.SINGLE ? " single" : "") + " hex " + Rules.hex(payload)
                    + " (" + origin + ")";
        }
    }

    /** Our side: a value (with its JSON and length) or the exception. */
    record Ours(String verdict, int consumed, JsonNode value, QDataStreamException error) {
    }

    @Test
    void codecAndRealQtAgreeOnRandomAndMutatedInputs() throws Exception {
        List<Case> cases = cases();
        Map<Integer, JsonNode> qt = runQt(cases);
        String qtVersion = qt.containsKey(-1) ? qt.get(-1).get("qt").asText() : "?";
        qt.remove(-1);
        assertTrue(QT6 == qtVersion.startsWith("6."), "asked for " + QT + ", got Qt " + qtVersion);
        List<String> disagreements = new ArrayList<>();
        int agreedValues = 0;
        int agreedErrors = 0;
        int qtCrashes = 0;
        Map<String, Integer> knownDifferences = new java.util.TreeMap<>();
        Map<String, Integer> crashes = new java.util.TreeMap<>();
        for (Case c : cases) {
            Ours ours = ours(c);
            JsonNode q = qt.get(c.id());
            String problem;
            if (q == null) {
                qtCrashes++;
                crashes.merge(c.type() + (c.type().toString().contains("QDateTime") ? " at " + c.options().version() : ""),
                        1, Integer::sum);
                problem = ours.error() != null ? null : "Qt crashed, but we read a value " + ours.value();
            } else {
                problem = compare(c, ours, q);
                if (problem == null) {
                    if (ours.error() == null) agreedValues++; else agreedErrors++;
                }
            }
            if (problem != null) {
                String known = deliberate(c, ours, q);
                if (known == null) {
                    disagreements.add(c + ":\n      " + problem);
                } else {
                    knownDifferences.merge(known, 1, Integer::sum);
                }
            }
        }
        System.out.printf("QtDifferentialTest: %d inputs, %d values and %d rejections agree with Qt %s, "
                + "Qt crashed on %d (we rejected them), %d disagreements%n", cases.size(), agreedValues, agreedErrors,
                qtVersion, qtCrashes, disagreements.size());
        knownDifferences.forEach((k, n) -> System.out.printf("  %4d known difference: %s%n", n, k));
        crashes.forEach((k, n) -> System.out.printf("  %4d Qt crash on %s%n", n, k));
        assertTrue(disagreements.isEmpty(), disagreements.size() + " disagreements with real Qt, first ones:\n  "
                + String.join("\n  ", disagreements.subList(0, Math.min(25, disagreements.size()))));
    }

    // ---------------------------------------------------------------- inputs

    private static List<Case> cases() throws IOException {
        Random rnd = new Random(SEED);
        List<Case> golden = golden();
        List<Case> out = new ArrayList<>();
        List<StreamVersion> versions = new ArrayList<>();
        for (StreamVersion v : StreamVersion.values()) {
            if (v.compareTo(NEWEST) <= 0) {
                versions.add(v);
            }
        }
        while (out.size() < INPUTS) {
            int id = out.size();
            int kind = rnd.nextInt(10);
            if (kind < 7 && !golden.isEmpty()) {
                Case g = golden.get(rnd.nextInt(golden.size()));
                byte[] p = kind == 0 ? g.payload() : mutate(g.payload(), rnd);
                out.add(new Case(id, g.type(), g.options(), p, kind == 0 ? g.origin() : "mutated " + g.origin()));
            } else {
                TypeNode t = randomType(rnd, 0);
                StreamOptions o = StreamOptions.of(versions.get(rnd.nextInt(versions.size())))
                        .withByteOrder(rnd.nextBoolean() ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN)
                        .withFloatPrecision(rnd.nextInt(4) == 0 ? FloatPrecision.SINGLE : FloatPrecision.DOUBLE);
                byte[] p = new byte[rnd.nextInt(24)];
                rnd.nextBytes(p);
                for (int i = 0; i + 4 <= p.length; i += 4) {
                    if (rnd.nextInt(3) > 0) {
                        // Small counts and lengths, so that containers and strings get read at all.
                        int[] m = rnd.nextInt(3) == 0 ? MAGIC[rnd.nextInt(MAGIC.length)] : new int[]{0, 0, 0, rnd.nextInt(6)};
                        boolean big = o.byteOrder() == ByteOrder.BIG_ENDIAN;
                        for (int k = 0; k < 4; k++) {
                            p[i + k] = (byte) m[big ? k : 3 - k];
                        }
                    }
                }
                out.add(new Case(id, t, o, p, "random"));
            }
        }
        return out;
    }

    private static TypeNode randomType(Random rnd, int depth) {
        List<String> leaves = new ArrayList<>();
        for (String l : TypeGrammar.LEAVES) {
            if (leaf(l)) {
                leaves.add(l);
            }
        }
        if (depth < 2 && rnd.nextInt(3) == 0) {
            String c = TypeGrammar.CONTAINERS.get(rnd.nextInt(TypeGrammar.CONTAINERS.size()));
            TypeNode[] args = new TypeNode[TypeGrammar.arity(c)];
            for (int i = 0; i < args.length; i++) {
                args[i] = randomType(rnd, depth + 1);
            }
            return TypeNode.of(c, args);
        }
        return TypeNode.leaf(leaves.get(rnd.nextInt(leaves.size())));
    }

    private static byte[] mutate(byte[] in, Random rnd) {
        byte[] b = in.clone();
        int n = 1 + rnd.nextInt(3);
        for (int i = 0; i < n; i++) {
            switch (rnd.nextInt(5)) {
                case 0 -> {
                    if (b.length > 0) b[rnd.nextInt(b.length)] ^= (byte) (1 << rnd.nextInt(8));
                }
                case 1 -> b = java.util.Arrays.copyOf(b, b.length == 0 ? 0 : rnd.nextInt(b.length));
                case 2 -> {
                    if (b.length >= 4) {
                        int at = rnd.nextInt(b.length - 3);
                        int[] m = MAGIC[rnd.nextInt(MAGIC.length)];
                        for (int k = 0; k < 4; k++) b[at + k] = (byte) m[k];
                    }
                }
                case 3 -> {
                    byte[] more = new byte[1 + rnd.nextInt(6)];
                    rnd.nextBytes(more);
                    byte[] c = java.util.Arrays.copyOf(b, b.length + more.length);
                    System.arraycopy(more, 0, c, b.length, more.length);
                    b = c;
                }
                default -> {
                    if (b.length > 0) b[rnd.nextInt(b.length)] = (byte) rnd.nextInt(256);
                }
            }
        }
        return b;
    }

    /** Golden vectors whose type qt_decode.py reads, at versions the Qt under test knows. */
    private static List<Case> golden() throws IOException {
        List<Case> out = new ArrayList<>();
        for (Path file : QT6 ? List.of(GOLDEN, GOLDEN_QT611) : List.of(GOLDEN)) {
            golden(file, out);
        }
        return out;
    }

    private static void golden(Path file, List<Case> out) throws IOException {
        if (!Files.exists(file)) {
            throw new IllegalStateException("no golden vectors at " + file.toAbsolutePath());
        }
        int line = 0;
        for (String text : Files.readAllLines(file)) {
            line++;
            if (text.isBlank()) continue;
            JsonNode v = JSON.readTree(text);
            StreamVersion version = StreamVersion.parse(v.get("streamVersion").asText());
            if (version.compareTo(NEWEST) > 0) continue;
            TypeNode t;
            try {
                t = TypeNode.parse(v.get("type").asText());
            } catch (IllegalArgumentException e) {
                continue;
            }
            if (!supported(t)) continue;
            StreamOptions o = StreamOptions.of(version)
                    .withByteOrder(v.get("byteOrder").asText().startsWith("little") ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN)
                    .withFloatPrecision(v.path("floatPrecision").asText("double").startsWith("single")
                            ? FloatPrecision.SINGLE : FloatPrecision.DOUBLE);
            out.add(new Case(-1, t, o, HEX.parseHex(v.get("hex").asText()), file.getFileName() + " line " + line));
        }
    }

    private static boolean supported(TypeNode t) {
        if (t.args().isEmpty()) {
            return leaf(t.name());
        }
        if (!TypeGrammar.CONTAINERS.contains(t.name())) {
            return false;
        }
        for (TypeNode a : t.args()) {
            if (!supported(a)) return false;
        }
        return true;
    }

    // ---------------------------------------------------------------- the two decoders

    private static Ours ours(Case c) {
        Codec<Object> codec = Types.codec(c.type());
        QDataReader r = new QDataReader(c.payload(), c.options());
        try {
            Object v = codec.read(r);
            JsonNode json = JsonValues.toJson(TypeExpression.parse(c.type().toString()), v, VariantRegistry.DEFAULT);
            return new Ours("ok", r.position(), json, null);
        } catch (TruncatedInputException e) {
            return new Ours("truncated", -1, null, e);
        } catch (SizeLimitExceededException e) {
            return new Ours("limit", -1, null, e);
        } catch (CorruptDataException e) {
            return new Ours("corrupt", -1, null, e);
        }
    }

    /** Qt's answers by id; a missing id is an input Qt crashed on. Restarts Qt after each crash. */
    private static Map<Integer, JsonNode> runQt(List<Case> cases) throws Exception {
        Map<Integer, JsonNode> answers = new HashMap<>();
        int next = 0;
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (next < cases.size()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Qt took too long; stopped at input " + next);
            }
            List<String> command = QT6
                    ? List.of("../interop/qt/run.sh", QT, "/usr/bin/python3", "interop/differential/qt_decode.py", "--qt6")
                    : List.of("/usr/bin/python3", SCRIPT.toString());
            Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            int from = next;
            Thread feeder = new Thread(() -> {
                try (Writer w = new OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8)) {
                    for (int i = from; i < cases.size(); i++) {
                        w.write(cases.get(i).request());
                        w.write('\n');
                    }
                } catch (IOException ignored) {
                    // Qt crashed: the rest is sent to the next process.
                }
            });
            feeder.setDaemon(true);
            feeder.start();
            try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    JsonNode a = JSON.readTree(line);
                    if (a.has("qt")) {
                        answers.put(-1, a); // qt_decode.py's first line: the Qt version
                        continue;
                    }
                    int id = a.get("id").asInt();
                    if (id != cases.get(next).id()) {
                        throw new IllegalStateException("Qt answered " + id + " for " + cases.get(next).id());
                    }
                    answers.put(id, a);
                    next++;
                }
            }
            p.waitFor(30, TimeUnit.SECONDS);
            feeder.join(TimeUnit.SECONDS.toMillis(5));
            if (next < cases.size()) {
                next++; // Qt died on this one: no answer is its crash.
            }
        }
        return answers;
    }

    // ---------------------------------------------------------------- comparison

    private static String compare(Case c, Ours ours, JsonNode qt) {
        String verdict = qt.get("verdict").asText();
        if (verdict.equals("truncated") && ours.verdict().equals("limit")) {
            return null; // a size beyond our limits (or 2 GiB): Qt reads on until these short inputs end
        }
        if (!verdict.equals(ours.verdict())) {
            return "Qt: " + verdict + (verdict.equals("ok") ? " " + qt.get("value") + " in " + qt.get("consumed") + " bytes" : "")
                    + "; we: " + ours.verdict() + (ours.error() != null ? " (" + ours.error().getMessage() + ")" : " " + ours.value());
        }
        if (!verdict.equals("ok")) {
            return null;
        }
        if (qt.get("consumed").asInt() != ours.consumed()) {
            return "Qt read " + qt.get("consumed") + " bytes, we read " + ours.consumed();
        }
        String diff = valueDiff(c.type(), ours.value(), qt.get("value"), "$");
        return diff == null ? null : "values differ at " + diff + "\n      Qt: " + qt.get("value") + "\n      we: " + ours.value();
    }

    /** Where the values differ (type-aware), or null. */
    private static String valueDiff(TypeNode t, JsonNode ours, JsonNode qt, String path) {
        switch (t.name()) {
            case "QVariant": {
                // Qt has no valid void QVariant (type id 43): it reads an invalid one; we keep "void".
                String type = ours.path("type").asText();
                return (type.equals("void") ? "invalid" : type).equals(qt.path("type").asText()) ? null : path + ".type";
            }
            case "QVariantList", "QVariantMap", "QVariantHash", "QDateTime", "QUrl", "QLocale", "QColor", "QPolygon",
                    "QPolygonF", "QRegExp", "QRegularExpression", "QTimeZone":
                return null; // Qt's verdict and length only
            case "float", "double":
                return sameNumber(t.name(), ours, qt) ? null : path;
            case "QPointF", "QSizeF", "QRectF", "QLineF": {
                for (int i = 0; i < ours.size(); i++) {
                    if (!sameNumber("double", ours.get(i), qt.get(i))) return path + "[" + i + "]";
                }
                return ours.size() == qt.size() ? null : path;
            }
            case "QStringList": {
                if (ours.size() != qt.size()) return path + ".size";
                for (int i = 0; i < ours.size(); i++) {
                    // PyQt reads a null element as "".
                    String a = ours.get(i).isNull() ? "" : ours.get(i).asText();
                    if (!a.equals(qt.get(i).asText())) return path + "[" + i + "]";
                }
                return null;
            }
            default:
                break;
        }
        if (t.args().isEmpty()) {
            return jsonEquals(ours, qt) ? null : path;
        }
        if (ours == null || qt == null || !ours.isArray() || !qt.isArray() || ours.size() != qt.size()) {
            return path;
        }
        boolean assoc = t.name().equals("QMap") || t.name().equals("QHash");
        for (int i = 0; i < ours.size(); i++) {
            String d;
            if (assoc) {
                d = valueDiff(t.args().get(0), ours.get(i).get(0), qt.get(i).get(0), path + "[" + i + "].key");
                if (d == null) {
                    d = valueDiff(t.args().get(1), ours.get(i).get(1), qt.get(i).get(1), path + "[" + i + "].value");
                }
            } else if (t.name().equals("QPair")) {
                d = valueDiff(t.args().get(i), ours.get(i), qt.get(i), path + "[" + i + "]");
            } else {
                d = valueDiff(t.args().get(0), ours.get(i), qt.get(i), path + "[" + i + "]");
            }
            if (d != null) return d;
        }
        return null;
    }

    /** Numbers as the type's precision; every NaN alike (PyQt's float conversion quiets NaN payloads). */
    private static boolean sameNumber(String type, JsonNode a, JsonNode b) {
        if (a.isTextual() && b.isTextual()) {
            return a.asText().equals(b.asText()) || (a.asText().startsWith("NaN") && b.asText().startsWith("NaN"));
        }
        if (!a.isNumber() || !b.isNumber()) return false;
        return type.equals("float") ? a.floatValue() == b.floatValue() : a.doubleValue() == b.doubleValue();
    }

    private static boolean jsonEquals(JsonNode a, JsonNode b) {
        if (a == null || b == null) return a == b;
        if (a.isNumber() && b.isNumber()) return a.decimalValue().compareTo(b.decimalValue()) == 0;
        if (a.isArray() && b.isArray()) {
            if (a.size() != b.size()) return false;
            for (int i = 0; i < a.size(); i++) if (!jsonEquals(a.get(i), b.get(i))) return false;
            return true;
        }
        if (a.isObject() && b.isObject()) {
            if (a.size() != b.size()) return false;
            for (Iterator<String> it = a.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                if (!jsonEquals(a.get(f), b.get(f))) return false;
            }
            return true;
        }
        return a.equals(b);
    }

    /**
     * The known differences, by category: the deliberate-differences table of docs/wire-format.md
     * (against Qt 6.11, which decides where Qt versions disagree); null if this one is none of them.
     * Some categories apply to Qt 5.15 only (Qt 6.11 agrees with the codec there). Each is counted
     * and printed.
     */
    static String deliberate(Case c, Ours ours, JsonNode qt) {
        String type = c.type().toString();
        StreamVersion v = c.options().version();
        String qtVerdict = qt == null ? "crash" : qt.get("verdict").asText();
        String message = ours.error() == null ? "" : ours.error().getMessage();
        if (ours.error() instanceof CorruptDataException) {
            if (type.contains("const char*") && message.contains("terminating NUL")) {
                return "const char* without its NUL: corrupt to us, Qt hands out the bytes";
            }
            if (message.contains("no codec for this Qt type")) {
                return "QVariant of a Qt type we have no codec for (QFont, QImage, ...): corrupt to us";
            }
            if (message.contains("not a type in the")) {
                return "QVariant type id that is no type: corrupt to us, Qt reads an invalid QVariant (QVariant::load)";
            }
            if (message.contains("spec byte")) {
                return "QDateTime spec byte out of range: corrupt to us, Qt reads on (Qt 5: a null QDateTime)";
            }
            if (message.contains("alpha 0xff before Qt_4_0")) {
                return "QColor before Qt_4_0 with a QRgb alpha Qt never writes: corrupt to us, Qt reads it (and could not write it back)";
            }
            if (!QT6 && message.contains("2^31")) {
                return "Qt 5 only: QBitArray bit count of 2^31 or more: corrupt to us (as Qt 6.8+), Qt 5 runs past the end";
            }
        }
        if (ours.error() instanceof SizeLimitExceededException && message.contains("raise Limits.max")
                && qtVerdict.equals("corrupt")) {
            return "size or count beyond our Limits: SizeLimitExceeded at once, Qt reads on until a corrupt element";
        }
        if (QT6 && ours.error() == null && ours.value() != null && ours.value().toString().contains("\"type\":\"QRegExp\"")) {
            return "QVariant of QRegExp: Qt 6's core has no QRegExp (Qt5Compat), Qt 6 reads the id as an unknown type";
        }
        if (!QT6 && ours.error() instanceof SizeLimitExceededException && qtVerdict.equals("ok")) {
            return "Qt 5 only: a Qt 6 size rule (null marker as a count, const char*/bytes length 0xFFFFFFFF) Qt 5 reads otherwise";
        }
        if (ours.error() == null && qtVerdict.equals("ok")) {
            if (!QT6 && v == StreamVersion.Qt_1_0 && (type.contains("QString") || type.contains("QVariant"))) {
                return "Qt 5 only: Qt_1_0 QString with a NUL: we keep it (as Qt 6), Qt 5 cuts the string there";
            }
            if (v.before(StreamVersion.Qt_3_3) && (type.contains("int64") || type.contains("QVariant"))) {
                return "qint64 before Qt_3_3: Qt reads the low word first (but writes the high word first); we read as Qt writes";
            }
        }
        return null;
    }
}
