package io.github.qdatastream.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.qdatastream.codec.StreamOptions;
import io.github.qdatastream.codec.TypeExpression;
import io.github.qdatastream.codec.VariantRegistry;
import io.github.qdatastream.harness.inspect.DecodingTap;
import io.github.qdatastream.harness.inspect.Field;
import io.github.qdatastream.harness.inspect.FieldPrinter;
import io.github.qdatastream.harness.inspect.Inspector;
import io.github.qdatastream.harness.inspect.Protocol;
import io.github.qdatastream.harness.json.JsonValues;
import io.github.qdatastream.harness.proxy.FaultProxy;
import java.io.PrintWriter;
import java.io.StringWriter;
import io.github.qdatastream.testkit.Splits;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The engine of {@code qds inspect} and {@code qds proxy --decode} ({@link Inspector}) and its
 * printer ({@link FieldPrinter}), on a protocol the fuzzer picks: one of {@link Protocol#KNOWN},
 * or a custom one ({@code quint16}/{@code quint32} blocks or unframed records) of one to three
 * types from {@link TypeGrammar}, with a default or small block limit, at any stream options, with
 * a default or small {@code maxBytes}, with or without user types registered.
 *
 * <p>Checked: only the constructor may throw, an {@link IllegalArgumentException} for a type list
 * the parser refuses (as {@code qds inspect} reports it); feeding and finishing never throw (bad
 * input is an error line). Every input byte is accounted for exactly once at the top level, in
 * order (blocks or records, the end marker, the run after it, a cut block, the bytes not decoded
 * after a fatal error), and every field inside a block or record lies inside it; {@code units()},
 * {@code errors()} and {@code position()} agree with the lines; a block over the limit is an error,
 * never a larger block; the fuzzer's chunking (a fed array overwritten once fed) gives the same
 * lines as the whole input at once. Both printers print every line: the plain text has no control
 * characters (nothing from the wire reaches a terminal raw), the coloured text is the plain text
 * plus colour codes, and every JSON line parses back with Jackson and says the line's kind,
 * offset, length and depth.
 */
class InspectorFuzzTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern COLOUR = Pattern.compile("\u001b\\[[0-9;]*m");
    private static final Pattern COUNT = Pattern.compile("^(\\d+) byte\\(s\\)");
    private static final Pattern CUT_PREFIX = Pattern.compile("inside a block's quint(?:16|32) size field \\((\\d+) of \\d+ bytes\\)");
    private static final Pattern CUT_BLOCK = Pattern.compile("its size field says \\d+ bytes, (\\d+) arrived");

    /** The custom framings, in choice order. */
    static final List<String> FRAMINGS = Arrays.asList("quint16", "quint32", null);

    @FuzzTest
    @DictionaryFile(resourcePath = "/io/github/qdatastream/fuzz/qdatastream.dict")
    void inspectorAccountsForEveryByte(byte[] data) {
        FuzzInput in = new FuzzInput(data);
        Setup setup = Setup.choose(in);
        Protocol protocol = setup.protocol();
        StreamOptions options = setup.options();
        VariantRegistry registry = setup.registry();
        Chunking chunking = setup.chunking();
        byte[] stream = in.payload();

        List<Field> whole = new ArrayList<>();
        Inspector first = setup.inspector(whole);
        if (first == null) {
            return;
        }
        first.feed(stream, 0, stream.length);
        checkPosition(first, stream.length);
        first.finish();
        checkPosition(first, stream.length);
        checkLines(protocol, options, stream.length, whole, first);

        List<Field> split = new ArrayList<>();
        Inspector second = new Inspector(protocol, options, registry, split::add);
        feed(second, stream, chunking);
        second.finish();
        checkPosition(second, stream.length);
        List<String> a = whole.stream().map(InspectorFuzzTest::describe).toList();
        List<String> b = split.stream().map(InspectorFuzzTest::describe).toList();
        if (!a.equals(b)) {
            throw new AssertionError(protocol.name() + " " + protocol.types() + ": " + chunking
                    + " gives other lines than the whole input\n  whole: " + String.join("\n         ", a)
                    + "\n  split: " + String.join("\n         ", b));
        }
        checkPrinters(whole);
    }

    /**
     * {@code qds proxy --decode}: one direction of a connection through {@link DecodingTap}, fed
     * the fuzzer's pieces as the proxy forwards them, prints exactly the lines of the inspector on
     * the whole input (text and JSON log, each with the time, connection and direction), between
     * the connection notes, and never reports its decoder failed.
     */
    @FuzzTest
    @DictionaryFile(resourcePath = "/io/github/qdatastream/fuzz/qdatastream.dict")
    void proxyDecodePrintsWhatTheInspectorReads(byte[] data) {
        FuzzInput in = new FuzzInput(data);
        Setup setup = Setup.choose(in);
        Protocol protocol = setup.protocol();
        StreamOptions options = setup.options();
        VariantRegistry registry = setup.registry();
        Chunking chunking = setup.chunking();
        boolean up = in.flag();
        boolean colour = in.flag();
        byte[] stream = in.payload();

        List<Field> fields = new ArrayList<>();
        Inspector inspector = setup.inspector(fields);
        if (inspector == null) {
            return;
        }
        inspector.feed(stream, 0, stream.length);
        inspector.finish();

        StringWriter text = new StringWriter();
        StringWriter log = new StringWriter();
        Clock clock = Clock.fixed(Instant.parse("2026-12-24T08:00:00.125Z"), ZoneOffset.UTC);
        DecodingTap tap = new DecodingTap(up ? protocol : null, up ? null : protocol, options, registry,
                new PrintWriter(text), colour, new PrintWriter(log), clock);
        FaultProxy.Tap.Stream s = tap.open(7, up, new InetSocketAddress(InetAddress.getLoopbackAddress(), 40000));
        SplittableRandom rnd = new SplittableRandom(chunking.seed());
        for (int[] piece : chunking.pieces(stream.length)) {
            int pad = rnd.nextInt(5);
            byte[] b = new byte[piece[1] - piece[0] + 2 * pad];
            Arrays.fill(b, (byte) 0xA5);
            System.arraycopy(stream, piece[0], b, pad, piece[1] - piece[0]);
            s.bytes(b, pad, piece[1] - piece[0]);
            Arrays.fill(b, (byte) 0x5A); // "valid only during the call"
        }
        s.end();

        String dir = up ? "up" : "down";
        String prefix = "08:00:00.125 #7 " + (up ? "up  " : "down") + " ";
        FieldPrinter printer = new FieldPrinter(new PrintWriter(new StringWriter()), false, colour);
        List<String> expected = new ArrayList<>();
        if (!up) {
            expected.add(prefix + "connection from 127.0.0.1:40000");
        }
        for (Field f : fields) {
            expected.add(prefix + printer.text(f));
        }
        expected.add(prefix + "closed after " + stream.length + " byte(s)");
        List<String> got = text.toString().lines().toList();
        if (!got.equals(expected)) {
            throw new AssertionError(protocol.name() + " " + protocol.types() + " " + dir + ", " + chunking
                    + ": the tap printed\n  " + String.join("\n  ", got) + "\nnot\n  " + String.join("\n  ", expected));
        }

        com.fasterxml.jackson.databind.node.ObjectNode head = JsonValues.MAPPER.createObjectNode();
        head.put("time", "2026-12-24T08:00:00.125Z").put("connection", 7L).put("direction", dir);
        FieldPrinter json = new FieldPrinter(new PrintWriter(new StringWriter()), true, false);
        json.jsonPrefix(head);
        List<JsonNode> want = new ArrayList<>();
        if (!up) {
            want.add(head.deepCopy().put("kind", "connection").put("event", "connection from 127.0.0.1:40000").put("bytes", 0L));
        }
        for (Field f : fields) {
            want.add(json.toJson(f));
        }
        want.add(head.deepCopy().put("kind", "connection").put("event", "closed after " + stream.length + " byte(s)")
                .put("bytes", (long) stream.length));
        List<String> lines = log.toString().lines().toList();
        if (lines.size() != want.size()) {
            throw new AssertionError(lines.size() + " JSON log lines, not " + want.size() + ":\n  " + String.join("\n  ", lines));
        }
        for (int i = 0; i < lines.size(); i++) {
            JsonNode o = readJson(lines.get(i));
            if (!o.equals(readJson(JsonValues.write(want.get(i))))) {
                throw new AssertionError("JSON log line " + i + " is\n  " + lines.get(i) + "\nnot\n  " + JsonValues.write(want.get(i)));
            }
        }
    }

    /** A known protocol, or a custom framing (or none), its limit and one to three types. */
    static Protocol protocol(FuzzInput in) {
        int p = in.choose(Protocol.KNOWN.size() + 1);
        if (p < Protocol.KNOWN.size()) {
            return Protocol.KNOWN.get(p);
        }
        String framing = FRAMINGS.get(in.choose(FRAMINGS.size()));
        long maxBlockSize = in.flag() ? in.choose16() : 0;
        int n = 1 + in.choose(3);
        List<String> types = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            types.add(TypeGrammar.generate(in).toString());
        }
        return Protocol.custom(framing, types, maxBlockSize);
    }

    /** The choices that make {@link #protocol} return a known protocol. */
    static FuzzInput.Builder known(FuzzInput.Builder b, Protocol p) {
        return b.choice(Protocol.KNOWN.indexOf(p));
    }

    /** The choices that make {@link #protocol} return custom {@code types} in {@code framing} at the default limit. */
    static FuzzInput.Builder custom(FuzzInput.Builder b, String framing, List<TypeNode> types) {
        b.choice(Protocol.KNOWN.size()).choice(FRAMINGS.indexOf(framing)).flag(false).choice(types.size() - 1);
        for (TypeNode t : types) {
            b.choices(TypeGrammar.choicesFor(t).orElseThrow());
        }
        return b;
    }

    /** The choices after the protocol: options at the default limits, the default registry, a chunking. */
    static FuzzInput.Builder rest(FuzzInput.Builder b, StreamOptions options, int mode, int seed) {
        Rules.options(b, options).flag(false).flag(false);
        return Chunking.choices(b, mode, seed);
    }

    /** {@link #proxyDecodePrintsWhatTheInspectorReads}'s two more choices, after {@link #rest}. */
    static FuzzInput.Builder tap(FuzzInput.Builder b, boolean up, boolean colour) {
        return b.flag(up).flag(colour);
    }

    /**
     * What both targets draw first, in this order (the seeds and kept inputs depend on it): the
     * protocol, the stream options (and maybe a small {@code maxBytes}), the registry, the chunking.
     */
    private record Setup(Protocol protocol, StreamOptions options, VariantRegistry registry, Chunking chunking) {

        static Setup choose(FuzzInput in) {
            Protocol protocol = InspectorFuzzTest.protocol(in);
            StreamOptions options = Rules.options(in);
            if (in.flag()) {
                options = options.withLimits(options.limits().withMaxBytes(in.choose16()));
            }
            VariantRegistry registry = in.flag() ? QVariantFuzzTest.REGISTRY : VariantRegistry.DEFAULT;
            return new Setup(protocol, options, registry, Chunking.choose(in));
        }

        /** An inspector of this setup into {@code sink}, or null if it refuses the types (checked). */
        Inspector inspector(List<Field> sink) {
            try {
                return new Inspector(protocol, options, registry, sink::add);
            } catch (IllegalArgumentException e) {
                checkRefusedTypes(protocol, registry, e);
                return null;
            }
        }
    }

    private static void checkRefusedTypes(Protocol protocol, VariantRegistry registry, IllegalArgumentException e) {
        for (String t : protocol.types()) {
            try {
                TypeExpression.parse(t, registry);
            } catch (IllegalArgumentException refused) {
                return;
            }
        }
        throw new AssertionError("the inspector refused " + protocol.types() + ", which all parse", e);
    }

    private static void checkPosition(Inspector inspector, long fed) {
        if (inspector.position() != fed) {
            throw new AssertionError("position() is " + inspector.position() + " after " + fed + " bytes were fed");
        }
    }

    /** Feeds the pieces as array slices, heap or direct buffers, and overwrites each array once fed. */
    private static void feed(Inspector inspector, byte[] stream, Chunking chunking) {
        long fed = 0;
        for (Splits.Chunk c : chunking.chunks(stream)) {
            switch (c.feed()) {
                case ARRAY -> inspector.feed(c.array(), c.offset(), c.length());
                default -> {
                    // the proxy hands over arrays; a buffer is copied out as DecodingTap's caller would
                    ByteBuffer src = c.feed() == Splits.Feed.DIRECT_BUFFER
                            ? ByteBuffer.allocateDirect(c.length()).put(c.array(), c.offset(), c.length()).flip()
                            : ByteBuffer.wrap(c.array(), c.offset(), c.length());
                    byte[] b = new byte[src.remaining()];
                    src.get(b);
                    inspector.feed(b, 0, b.length);
                    Arrays.fill(b, (byte) 0x5A);
                }
            }
            Arrays.fill(c.array(), (byte) 0x5A);
            fed += c.length();
            checkPosition(inspector, fed);
        }
    }

    /**
     * The lines of one run: the top-level accounting, each block's or record's fields inside it,
     * the counters, and the block limit.
     */
    private static void checkLines(Protocol protocol, StreamOptions options, int length, List<Field> fs, Inspector inspector) {
        boolean framed = protocol.framing() != null;
        int prefix = framed ? protocol.framing().prefixBytes() : 0;
        long at = 0; // every byte before this is accounted for
        long units = 0;
        long errors = 0;
        boolean over = false;
        int limitLine = -1; // the size-limit error after a block over the limit
        for (int i = 0; i < fs.size(); i++) {
            Field f = fs.get(i);
            String where = "line " + i + " " + describe(f) + "\n" + render(fs);
            if (f.kind() == Field.Kind.ERROR || f.kind() == Field.Kind.TRAILING) {
                errors++;
            }
            if (f.depth() > 0) {
                continue;
            }
            if (over && i != limitLine && !(f.kind() == Field.Kind.ERROR && COUNT.matcher(f.error()).find())) {
                throw new AssertionError("decoding went on after a size over the limit: " + where);
            }
            long took;
            switch (f.kind()) {
                case BLOCK -> {
                    units++;
                    long end = f.end();
                    int j = i + 1;
                    for (; j < fs.size() && fs.get(j).depth() > 0; j++) {
                        Field x = fs.get(j);
                        if (x.kind() != Field.Kind.ERROR) {
                            if (x.offset() < f.offset() || ((framed || f.bytes().length > 0) && x.end() > f.end())) {
                                throw new AssertionError("a field outside its block: line " + j + " " + describe(x) + " in " + where);
                            }
                            end = Math.max(end, x.end());
                        }
                    }
                    checkInside(fs, i + 1, j, where);
                    if (framed) {
                        long size = f.value().asLong();
                        boolean limit = size > protocol.framing().maxBlockSize();
                        if (limit) {
                            over = true;
                            limitLine = j;
                            Field error = j < fs.size() ? fs.get(j) : null;
                            if (f.bytes().length != prefix || error == null || error.kind() != Field.Kind.ERROR
                                    || !error.error().startsWith("size limit exceeded")) {
                                throw new AssertionError("a block over the limit " + protocol.framing().maxBlockSize()
                                        + " not reported as such: " + where);
                            }
                        } else if (f.bytes().length != prefix + size) {
                            throw new AssertionError("a block of " + f.bytes().length + " bytes says size " + size + ": " + where);
                        }
                    } else if (f.bytes().length > options.limits().maxBytes()) {
                        throw new AssertionError("a record longer than maxBytes " + options.limits().maxBytes() + ": " + where);
                    }
                    took = end - f.offset();
                }
                case END_MARKER -> took = f.bytes().length;
                case TRAILING -> took = count(f.error(), COUNT, where);
                case ERROR -> {
                    Matcher prefixCut = CUT_PREFIX.matcher(f.error());
                    Matcher blockCut = CUT_BLOCK.matcher(f.error());
                    if (COUNT.matcher(f.error()).find()) {
                        took = count(f.error(), COUNT, where);
                    } else if (prefixCut.find()) {
                        took = Long.parseLong(prefixCut.group(1));
                    } else if (blockCut.find()) {
                        took = prefix + Long.parseLong(blockCut.group(1));
                    } else {
                        took = 0;
                    }
                }
                default -> throw new AssertionError("a " + f.kind() + " line at the top level: " + where);
            }
            if (took > 0 && f.offset() != at) {
                throw new AssertionError("top-level line at offset " + f.offset() + ", but " + at
                        + " bytes were accounted for before it: " + where);
            }
            at += took;
        }
        if (at != length) {
            throw new AssertionError(at + " of " + length + " bytes accounted for at the top level\n" + render(fs));
        }
        if (inspector.units() != units || inspector.errors() != errors) {
            throw new AssertionError("units() " + inspector.units() + " and errors() " + inspector.errors() + ", but the lines have "
                    + units + " blocks or records and " + errors + " error or trailing lines\n" + render(fs));
        }
    }

    /**
     * Inside a block or record ({@code fs[from, to)}): every field with children is followed by
     * them, each inside it, one level deeper.
     */
    private static void checkInside(List<Field> fs, int from, int to, String where) {
        for (int k = from; k < to; k++) {
            Field x = fs.get(k);
            if (x.kind() == Field.Kind.ERROR) {
                continue;
            }
            if (k > from && x.depth() > fs.get(k - 1).depth() + 1 && fs.get(k - 1).kind() != Field.Kind.ERROR) {
                throw new AssertionError("line " + k + " " + describe(x) + " is nested two levels below the line before it: " + where);
            }
            for (int c = k + 1; c < to && fs.get(c).depth() > x.depth(); c++) {
                Field child = fs.get(c);
                if (child.kind() == Field.Kind.ERROR || x.error() != null) {
                    continue;
                }
                if (child.offset() < x.offset() || child.end() > x.end()) {
                    throw new AssertionError("line " + c + " " + describe(child) + " lies outside its parent, line " + k + " "
                            + describe(x) + ": " + where);
                }
            }
        }
    }

    private static long count(String message, Pattern p, String where) {
        Matcher m = p.matcher(message);
        if (!m.find()) {
            throw new AssertionError("no byte count in " + where);
        }
        return Long.parseLong(m.group(1));
    }

    /** Both printers, every line: plain and coloured text agree, JSON parses back. */
    private static void checkPrinters(List<Field> fs) {
        FieldPrinter plain = new FieldPrinter(new PrintWriter(new StringWriter()), false, false);
        FieldPrinter colour = new FieldPrinter(new PrintWriter(new StringWriter()), false, true);
        StringWriter jsonOut = new StringWriter();
        FieldPrinter json = new FieldPrinter(new PrintWriter(jsonOut), true, false);
        for (Field f : fs) {
            String text = plain.text(f);
            for (int i = 0; i < text.length(); i++) {
                if (Character.isISOControl(text.charAt(i))) {
                    throw new AssertionError(String.format("control character U+%04X in the text of %s: %s", (int) text.charAt(i),
                            describe(f), text));
                }
            }
            String coloured = colour.text(f);
            if (!COLOUR.matcher(coloured).replaceAll("").equals(text)) {
                throw new AssertionError("the coloured text is not the plain text in colour:\n  " + text + "\n  " + coloured);
            }
            json.accept(f);
        }
        json.flush();
        List<String> lines = jsonOut.toString().lines().toList();
        if (lines.size() != fs.size()) {
            throw new AssertionError(fs.size() + " lines printed as " + lines.size() + " JSON lines");
        }
        for (int i = 0; i < lines.size(); i++) {
            Field f = fs.get(i);
            JsonNode o;
            try {
                o = JSON.readTree(lines.get(i));
            } catch (java.io.IOException e) {
                throw new AssertionError("a JSON line Jackson cannot read: " + lines.get(i), e);
            }
            String kind = f.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
            if (!o.path("kind").asText().equals(kind) || o.path("offset").asLong(-1) != f.offset()
                    || o.path("length").asInt(-1) != f.bytes().length || o.path("depth").asInt(-1) != f.depth()
                    || (f.error() != null && !o.path("error").asText().equals(f.error()))
                    || (f.value() != null && !o.path("value").equals(readJson(JsonValues.write(f.value()))))) {
                throw new AssertionError("the JSON line " + lines.get(i) + " does not say " + describe(f));
            }
        }
    }

    private static JsonNode readJson(String text) {
        try {
            return JSON.readTree(text);
        } catch (java.io.IOException e) {
            throw new AssertionError("a JSON value Jackson cannot read: " + text, e);
        }
    }

    static String describe(Field f) {
        return f.kind() + " d" + f.depth() + " @" + f.offset() + " [" + HexFormat.of().formatHex(f.bytes()) + "] " + f.name()
                + " " + f.type() + " = " + f.value() + (f.error() == null ? "" : " (" + f.error() + ")") + " children " + f.children();
    }

    private static String render(List<Field> fs) {
        StringBuilder b = new StringBuilder();
        int n = 0;
        for (Field f : fs) {
            if (n++ == 60) {
                b.append("  ... ").append(fs.size() - 60).append(" more\n");
                break;
            }
            b.append("  ").append(describe(f)).append('\n');
        }
        return b.toString();
    }
}
