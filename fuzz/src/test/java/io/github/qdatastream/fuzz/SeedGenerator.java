package io.github.qdatastream.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.qdatastream.codec.Codecs;
import io.github.qdatastream.codec.FloatPrecision;
import io.github.qdatastream.codec.QDataStreamException;
import io.github.qdatastream.codec.QDataWriter;
import io.github.qdatastream.codec.QDate;
import io.github.qdatastream.codec.QTime;
import io.github.qdatastream.codec.QVariant;
import io.github.qdatastream.codec.StreamOptions;
import io.github.qdatastream.codec.StreamVersion;
import io.github.qdatastream.codec.TypeExpression;
import io.github.qdatastream.codec.frame.BlockEncoder;
import io.github.qdatastream.codec.frame.Framing;
import io.github.qdatastream.codec.protocol.Fortune;
import io.github.qdatastream.codec.protocol.TripReply;
import io.github.qdatastream.codec.protocol.TripRequest;
import io.github.qdatastream.harness.inspect.Protocol;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the seed inputs under {@code src/test/resources/.../<Class>Inputs/<method>/}: the real-Qt
 * golden vectors (harness/src/test/resources/golden/golden.jsonl, the codec's QVariant vectors
 * from Qt 5.15) turned into inputs of the type-expression and QVariant targets, and protocol
 * streams written with the codec for the framing targets. Every seed is named {@code seed-...};
 * regression inputs from findings have other names and are never touched. Run by fuzz/seeds.sh.
 *
 * <p>Deterministic: running it twice writes the same files.
 */
public final class SeedGenerator {

    private static final HexFormat HEX = HexFormat.of();
    private static final int PER_TYPE = 6;

    private final Path resources;
    private final Map<String, Integer> written = new LinkedHashMap<>();
    private int rejected;

    private SeedGenerator(Path resources) {
        this.resources = resources;
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : "..");
        SeedGenerator g = new SeedGenerator(root.resolve("fuzz/src/test/resources/io/github/qdatastream/fuzz"));
        g.clean();
        g.golden(root.resolve("harness/src/test/resources/golden/golden.jsonl"));
        g.qvariantVectors(root.resolve("codec/src/test/resources/io/github/qdatastream/codec/qvariant/qt5-qvariants.txt"));
        g.deepVariants();
        g.protocols();
        g.typeTexts();
        g.values(root.resolve("codec/src/test/resources/io/github/qdatastream/codec/values/qt5-qcompress.txt"));
        g.written.forEach((dir, n) -> System.out.printf("%5d seeds in %s%n", n, dir));
        System.out.printf("%5d real-Qt vectors skipped because the codec rejects them%n", g.rejected);
    }

    /**
     * ValuesFuzzTest: record codecs' encodings of sample values at a few versions, and real Qt's
     * qCompress vectors for qUncompress.
     */
    private void values(Path qcompress) throws IOException {
        ValuesFuzzTest.Stop berlin = new ValuesFuzzTest.Stop("Berlin", 0);
        ValuesFuzzTest.Stop munich = new ValuesFuzzTest.Stop("M\u00fcnchen", 276);
        ValuesFuzzTest.Route route = new ValuesFuzzTest.Route(7, List.of(berlin, munich), berlin,
                io.github.qdatastream.codec.QMap.ofEntries(new io.github.qdatastream.codec.QPair<>("m", munich)),
                io.github.qdatastream.codec.QVariant.of("ICE"), 584);
        Object[] samples = {
                new ValuesFuzzTest.Trip(io.github.qdatastream.codec.QDate.of(2026, 12, 24),
                        io.github.qdatastream.codec.QTime.of(8, 0, 0, 0), 95, 1, "InterCity"),
                route,
                new ValuesFuzzTest.Tree("root", List.of(new ValuesFuzzTest.Tree("a", List.of()))),
                route,
                List.of(berlin, munich)};
        for (StreamVersion v : new StreamVersion[]{StreamVersion.Qt_4_0, StreamVersion.Qt_5_15, StreamVersion.Qt_6_0}) {
            StreamOptions o = StreamOptions.of(v);
            for (int i = 0; i < samples.length; i++) {
                @SuppressWarnings("unchecked")
                io.github.qdatastream.codec.Codec<Object> c = (io.github.qdatastream.codec.Codec<Object>) ValuesFuzzTest.RECORDS.get(i);
                byte[] input = Rules.options(new FuzzInput.Builder(), o).flag(false).choice(i).build(c.encode(samples[i], o));
                write("ValuesFuzzTest#anyRecordDecodesOrRejects", c.typeName() + "-" + v, input);
            }
        }
        if (Files.exists(qcompress)) {
            for (String line : Files.readAllLines(qcompress)) {
                String[] f = line.split(" ");
                if (line.startsWith("#") || f.length < 4 || !(f[1].equals("-1") || f[1].equals("0"))) {
                    continue;
                }
                write("ValuesFuzzTest#anyCompressedDataUncompressesOrRejects", "qt-" + f[0] + "-level" + f[1],
                        HEX.parseHex(f[3]));
            }
        }
    }

    private void clean() throws IOException {
        if (!Files.isDirectory(resources)) {
            return;
        }
        try (var files = Files.walk(resources)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(p) && p.getFileName().toString().startsWith("seed-")) {
                    Files.delete(p);
                }
            }
        }
    }

    private void write(String target, String name, byte[] input) throws IOException {
        if (target.startsWith("ReassemblerFuzzTest#")) {
            // The Netty decoder and the StreamReader take the same input layout: framing, chunking, stream.
            writeOne("NettyFrameDecoderFuzzTest#nettyEmitsWhatTheReassemblerGives", name, input);
            writeOne("StreamReaderFuzzTest#streamReaderReturnsWhatTheReassemblerGives", name, input);
        }
        writeOne(target, name, input);
    }

    private void writeOne(String target, String name, byte[] input) throws IOException {
        Path dir = resources.resolve(target.replace('#', '/').replaceFirst("/", "Inputs/"));
        Files.createDirectories(dir);
        Files.write(dir.resolve("seed-" + name.replaceAll("[^A-Za-z0-9_.-]+", "_")), input);
        written.merge(target, 1, Integer::sum);
    }

    // ---------------------------------------------------------------- real-Qt vectors

    /** golden.jsonl: {type, streamVersion, byteOrder, floatPrecision, value, hex}, a few per type. */
    private void golden(Path file) throws IOException {
        if (!Files.exists(file)) {
            System.out.println("no " + file + " (merge the golden branch): skipping golden seeds");
            return;
        }
        ObjectMapper json = new ObjectMapper();
        Map<String, Integer> perType = new LinkedHashMap<>();
        Map<String, Integer> perTypeSeen = new LinkedHashMap<>();
        int index = 0;
        for (String line : Files.readAllLines(file)) {
            index++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode v = json.readTree(line);
            String type = v.get("type").asText();
            StreamOptions options = options(v.get("streamVersion").asText(), v.get("byteOrder").asText(),
                    v.path("floatPrecision").asText("double"));
            byte[] payload = HEX.parseHex(v.get("hex").asText());
            // Spread the few seeds of each type over its vectors: every k-th one.
            int seen = perTypeSeen.merge(type, 1, Integer::sum);
            if (seen % 7 != 1 || perType.getOrDefault(type, 0) >= PER_TYPE) {
                continue;
            }
            if (typeSeed(type, options, payload, "golden-" + type + "-" + options.version() + "-" + index)) {
                if (perType.merge(type, 1, Integer::sum) == 1) {
                    inspectorSeeds(type, options, payload, "golden-" + type + "-" + options.version() + "-" + index, index);
                }
                jsonSeed(type, options, json.writeValueAsString(v.get("value")), "golden-" + type + "-" + index);
            }
            if (type.equals("QVariant")) {
                variantSeed(options, payload, false, "golden-" + options.version() + "-" + index);
            }
        }
    }

    /** The codec's QVariant vectors from Qt 5.15: version, name, type name, id, hex. */
    private void qvariantVectors(Path file) throws IOException {
        if (!Files.exists(file)) {
            System.out.println("no " + file + ": skipping QVariant vectors");
            return;
        }
        int index = 0;
        for (String line : Files.readAllLines(file)) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t");
            index++;
            StreamOptions options = StreamOptions.of(StreamVersion.parse(f[0]));
            byte[] payload = HEX.parseHex(f[4]);
            variantSeed(options, payload, false, "qt5-" + f[0] + "-" + f[1] + "-" + index);
            if (index % 5 == 0) {
                typeSeed("QVariant", options, payload, "qt5-variant-" + f[0] + "-" + f[1]);
            }
        }
    }

    private boolean typeSeed(String type, StreamOptions options, byte[] payload, String name) throws IOException {
        TypeNode node = canonical(type);
        var choices = TypeGrammar.choicesFor(node);
        if (choices.isEmpty()) {
            return false;
        }
        if (!decodes(() -> Types.codec(node).decode(payload, options), name)) {
            return false;
        }
        FuzzInput.Builder b = Rules.options(new FuzzInput.Builder(), options).choices(choices.get());
        write("TypeExpressionFuzzTest#anyTypeDecodesOrRejects", name, b.build(payload));
        return true;
    }

    /** The golden value's JSON text, as {@code qds encode} would read it. */
    private void jsonSeed(String type, StreamOptions options, String text, String name) throws IOException {
        var choices = TypeGrammar.choicesFor(canonical(type));
        if (choices.isPresent()) {
            FuzzInput.Builder b = Rules.options(new FuzzInput.Builder(), options).choices(choices.get());
            write("JsonValuesFuzzTest#jsonTextGivesAValueOrIllegalArgument", name,
                    b.build(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
    }

    private static TypeNode canonical(String type) {
        try {
            return TypeNode.parse(TypeExpression.parse(type).toString());
        } catch (IllegalArgumentException e) {
            return TypeNode.parse(type);
        }
    }

    private void variantSeed(StreamOptions options, byte[] payload, boolean userTypes, String name) throws IOException {
        if (!name.startsWith("nested-list-65") && !decodes(() -> (userTypes ? QVariantFuzzTest.REGISTRY.variantCodec()
                : QVariant.CODEC).decode(payload, options), name)) {
            return;
        }
        FuzzInput.Builder b = Rules.options(new FuzzInput.Builder(), options).choice(0).flag(userTypes);
        write("QVariantFuzzTest#anyVariantDecodesOrRejects", name, b.build(payload));
    }

    /** Seeds are vectors the codec reads; the ones it rejects are listed (a conformance gap to report). */
    private boolean decodes(Runnable decode, String name) {
        try {
            decode.run();
            return true;
        } catch (QDataStreamException e) {
            // only the codec's rejection; anything else is a bug and stops the generator
            rejected++;
            System.out.println("codec rejects " + name + ": " + e.getMessage());
            return false;
        }
    }

    private static StreamOptions options(String version, String order, String precision) {
        return StreamOptions.of(StreamVersion.parse(version))
                .withByteOrder(order.toLowerCase().startsWith("little") ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN)
                .withFloatPrecision(precision.toLowerCase().startsWith("single") ? FloatPrecision.SINGLE : FloatPrecision.DOUBLE);
    }

    /**
     * InspectorFuzzTest: a golden vector as one unframed record of its type, and the same in a
     * quint32 block followed by a block cut short (the vector's bytes claimed twice).
     */
    private void inspectorSeeds(String type, StreamOptions options, byte[] payload, String name, int index) throws IOException {
        List<TypeNode> types = List.of(canonical(type));
        int mode = index % 4;
        write(INSPECTOR, name + "-unframed", InspectorFuzzTest.rest(InspectorFuzzTest.custom(new FuzzInput.Builder(), null, types),
                options, mode, index).build(payload));
        QDataWriter w = new QDataWriter();
        w.writeUInt32(payload.length).writeRawData(payload).writeUInt32(2L * payload.length).writeRawData(payload);
        write(INSPECTOR, name + "-quint32-then-cut", InspectorFuzzTest.rest(InspectorFuzzTest.custom(new FuzzInput.Builder(), "quint32",
                types), options, (mode + 1) % 4, index).build(w.toByteArray()));
        write(PROXY, name + "-quint32-then-cut", InspectorFuzzTest.tap(InspectorFuzzTest.rest(InspectorFuzzTest.custom(
                new FuzzInput.Builder(), "quint32", types), options, (mode + 2) % 4, index), index % 2 == 0, index % 3 == 0)
                .build(w.toByteArray()));
    }

    private static final String INSPECTOR = "InspectorFuzzTest#inspectorAccountsForEveryByte";
    private static final String PROXY = "InspectorFuzzTest#proxyDecodePrintsWhatTheInspectorReads";

    // ---------------------------------------------------------------- hostile shapes

    /** Variants nested just within and just past the default depth limit, and user types. */
    private void deepVariants() throws IOException {
        for (StreamVersion v : List.of(StreamVersion.Qt_4_0, StreamVersion.Qt_5_15, StreamVersion.Qt_6_7)) {
            StreamOptions o = StreamOptions.of(v);
            for (int depth : new int[]{63, 65}) {
                QVariant x = QVariant.of("QString", "deep");
                for (int i = 0; i < depth; i++) {
                    x = QVariant.of("QVariantList", List.of(x));
                }
                byte[] bytes = QVariant.CODEC.encode(x, o);
                variantSeed(o, bytes, false, "nested-list-" + depth + "-" + v);
            }
            TripReply trip = new TripReply(QDate.of(2026, 12, 24), QTime.of(8, 0, 0, 0), 90, 1, "ICE");
            byte[] user = QVariantFuzzTest.REGISTRY.variantCodec().encode(QVariant.of("TripReply", trip), o);
            variantSeed(o, user, true, "user-TripReply-" + v);
            QVariant scores = QVariant.of("Scores", io.github.qdatastream.codec.QMap.ofEntries(
                    io.github.qdatastream.codec.QPair.of("a", 1), io.github.qdatastream.codec.QPair.of("a", 2)));
            variantSeed(o, QVariantFuzzTest.REGISTRY.variantCodec().encode(scores, o), true, "user-Scores-" + v);
        }
    }

    // ---------------------------------------------------------------- type expression text

    private void typeTexts() throws IOException {
        String deep = "QList<".repeat(33) + "int" + ">".repeat(33);
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("map-of-lists", "QMap<QString, QList<int>>");
        texts.put("aliases", "QPair<QVariantMap,std::pair<const char*,unsigned long long>>");
        texts.put("user-alias", "QList<Scores>");
        texts.put("user-codec", "QHash<QString,TripReply>");
        texts.put("nested-33", deep);
        for (var e : texts.entrySet()) {
            write("TypeExpressionFuzzTest#typeTextParsesOrIsIllegalArgument", e.getKey(),
                    e.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    // ---------------------------------------------------------------- protocol streams

    private void protocols() throws IOException {
        List<TripReply> trips = List.of(
                new TripReply(QDate.of(2026, 12, 24), QTime.of(8, 0, 0, 0), 90, 1, "ICE"),
                new TripReply(QDate.of(2026, 12, 24), QTime.of(9, 30, 0, 0), 125, 0, "InterCity"),
                new TripReply(QDate.NULL, QTime.NULL, 0, 0, null));
        List<TripRequest> requests = List.of(
                TripRequest.search("Berlin", "München", QDate.of(2026, 12, 24), QTime.of(8, 0, 0, 0), true),
                TripRequest.search("", null, QDate.NULL, QTime.NULL, false));
        List<Fortune> fortunes = List.of(new Fortune("You've been leading a dog's life. Stay off the furniture."),
                new Fortune(""), new Fortune(null), new Fortune("Computers are not intelligent. They only think they are."));

        byte[] replyStream = new BlockEncoder<>(TripReply.FRAMING, TripReply.CODEC).encodeStream(trips);
        byte[] requestStream = new BlockEncoder<>(TripRequest.FRAMING, TripRequest.CODEC).encodeStream(requests);
        byte[] fortuneBlocks = new BlockEncoder<>(Fortune.FRAMING, Fortune.CODEC).encodeStream(fortunes);
        QDataWriter bare = new QDataWriter();
        fortunes.forEach(f -> Fortune.CODEC.write(bare, f));
        byte[] fortuneBare = bare.toByteArray();

        for (int mode = 0; mode < 4; mode++) {
            FuzzInput.Builder c = Chunking.choices(new FuzzInput.Builder(), mode, 1234 + mode);
            write("TripFuzzTest#replyStream", "codec-3-trips-chunking" + mode, c.build(replyStream));
            write("TripFuzzTest#requestStream", "codec-2-requests-chunking" + mode, c.build(requestStream));
            write("FortuneFuzzTest#sizedBlocks", "codec-4-fortunes-chunking" + mode, c.build(fortuneBlocks));
            write("FortuneFuzzTest#transactions", "codec-4-fortunes-chunking" + mode, c.build(fortuneBare));

            // qds inspect and proxy --decode on the same streams, as the known protocols.
            write(INSPECTOR, "trip-replies-chunking" + mode, InspectorFuzzTest.rest(InspectorFuzzTest.known(
                    new FuzzInput.Builder(), Protocol.TRIP_REPLY), StreamOptions.DEFAULT, mode, 21 + mode).build(replyStream));
            write(INSPECTOR, "trip-requests-chunking" + mode, InspectorFuzzTest.rest(InspectorFuzzTest.known(
                    new FuzzInput.Builder(), Protocol.TRIP_REQUEST), StreamOptions.DEFAULT, mode, 23 + mode).build(requestStream));
            write(INSPECTOR, "fortune-qt4-chunking" + mode, InspectorFuzzTest.rest(InspectorFuzzTest.known(
                    new FuzzInput.Builder(), Protocol.FORTUNE_QT4), StreamOptions.DEFAULT, mode, 25 + mode).build(fortuneBlocks));
            write(INSPECTOR, "fortune-qt57-chunking" + mode, InspectorFuzzTest.rest(InspectorFuzzTest.known(
                    new FuzzInput.Builder(), Protocol.FORTUNE_QT57), StreamOptions.DEFAULT, mode, 27 + mode).build(fortuneBare));

            write(PROXY, "trip-requests-up-chunking" + mode, InspectorFuzzTest.tap(InspectorFuzzTest.rest(InspectorFuzzTest.known(
                    new FuzzInput.Builder(), Protocol.TRIP_REQUEST), StreamOptions.DEFAULT, mode, 31 + mode), true, mode % 2 == 1)
                    .build(requestStream));
            write(PROXY, "trip-replies-down-chunking" + mode, InspectorFuzzTest.tap(InspectorFuzzTest.rest(InspectorFuzzTest.known(
                    new FuzzInput.Builder(), Protocol.TRIP_REPLY), StreamOptions.DEFAULT, mode, 33 + mode), false, mode % 2 == 0)
                    .build(replyStream));
            write(PROXY, "fortune-qt57-down-chunking" + mode, InspectorFuzzTest.tap(InspectorFuzzTest.rest(InspectorFuzzTest.known(
                    new FuzzInput.Builder(), Protocol.FORTUNE_QT57), StreamOptions.DEFAULT, mode, 35 + mode), false, false)
                    .build(fortuneBare));

            // The reassembler in the framings these streams use, and in quint32 little-endian.
            FuzzInput.Builder r = Decoders.framingChoices(new FuzzInput.Builder(), TripReply.FRAMING);
            Chunking.choices(r, mode, 99 + mode);
            write("ReassemblerFuzzTest#splitAndWholeInputGiveTheSameBlocks", "trip-replies-chunking" + mode,
                    r.build(replyStream));
            FuzzInput.Builder f = Decoders.framingChoices(new FuzzInput.Builder(), Fortune.FRAMING);
            Chunking.choices(f, mode, 7 + mode);
            write("ReassemblerFuzzTest#splitAndWholeInputGiveTheSameBlocks", "fortunes-chunking" + mode,
                    f.build(fortuneBlocks));
            Framing le32 = Framing.uint32().withByteOrder(ByteOrder.LITTLE_ENDIAN).withEndMarker(true);
            BlockEncoder<String> e32 = new BlockEncoder<>(le32, Codecs.QSTRING,
                    StreamOptions.DEFAULT.withByteOrder(ByteOrder.LITTLE_ENDIAN));
            FuzzInput.Builder l = Decoders.framingChoices(new FuzzInput.Builder(), le32);
            Chunking.choices(l, mode, 5 + mode);
            write("ReassemblerFuzzTest#splitAndWholeInputGiveTheSameBlocks", "uint32le-marker-chunking" + mode,
                    l.build(e32.encodeStream(List.of("a", "bc", ""))));

            // The transaction reader over back-to-back QStrings and QList<qint32>s.
            FuzzInput.Builder t = Rules.options(new FuzzInput.Builder(), StreamOptions.DEFAULT)
                    .choices(TypeGrammar.choicesFor(TypeNode.leaf("QString")).orElseThrow());
            Chunking.choices(t, mode, 11 + mode);
            write("TransactionReaderFuzzTest#splitAndWholeInputGiveTheSameValues", "qstrings-chunking" + mode,
                    t.build(fortuneBare));
            write("NettyTransactionDecoderFuzzTest#nettyPassesOnWhatTheTransactionReaderGives",
                    "qstrings-chunking" + mode, t.build(fortuneBare));
            // A null QString among them: Netty messages cannot be null (QDataStreamNullValue).
            QDataWriter withNull = new QDataWriter(StreamOptions.DEFAULT);
            withNull.writeString("a").writeString(null).writeString("");
            write("NettyTransactionDecoderFuzzTest#nettyPassesOnWhatTheTransactionReaderGives",
                    "qstrings-null-chunking" + mode, t.build(withNull.toByteArray()));
            StreamOptions qt6 = StreamOptions.of(StreamVersion.Qt_6_7);
            var listType = TypeNode.of("QList", TypeNode.leaf("qint32"));
            QDataWriter lists = new QDataWriter(qt6);
            var listCodec = Types.codec(listType);
            listCodec.write(lists, List.of(1, 2, 3));
            listCodec.write(lists, List.of());
            listCodec.write(lists, List.of(-1));
            FuzzInput.Builder q = Rules.options(new FuzzInput.Builder(), qt6)
                    .choices(TypeGrammar.choicesFor(listType).orElseThrow());
            Chunking.choices(q, mode, 13 + mode);
            write("TransactionReaderFuzzTest#splitAndWholeInputGiveTheSameValues", "qt6-lists-chunking" + mode,
                    q.build(lists.toByteArray()));
            write("NettyTransactionDecoderFuzzTest#nettyPassesOnWhatTheTransactionReaderGives",
                    "qt6-lists-chunking" + mode, q.build(lists.toByteArray()));
            write(INSPECTOR, "qt6-lists-unframed-chunking" + mode, InspectorFuzzTest.rest(InspectorFuzzTest.custom(
                    new FuzzInput.Builder(), null, List.of(listType)), qt6, mode, 29 + mode).build(lists.toByteArray()));
        }
    }
}
