package io.github.qdatastream.harness.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.qdatastream.codec.QDataWriter;
import io.github.qdatastream.codec.QDate;
import io.github.qdatastream.codec.QTime;
import io.github.qdatastream.codec.StreamOptions;
import io.github.qdatastream.codec.VariantRegistry;
import io.github.qdatastream.codec.frame.BlockEncoder;
import io.github.qdatastream.codec.frame.Framing;
import io.github.qdatastream.codec.protocol.Fortune;
import io.github.qdatastream.codec.protocol.TripReply;
import io.github.qdatastream.codec.protocol.TripRequest;
import io.github.qdatastream.harness.trip.TripAnswers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The inspector on the protocols' bytes as the codec writes them (the codec's own golden tests
 * and BookServerInteropTest tie those bytes to real Qt).
 */
class InspectorTest {

    private static final TripRequest BERLIN = TripRequest.search("Berlin", "München", QDate.of(2026, 12, 24), QTime.of(8, 0, 0, 0), true);

    static byte[] tripReply(List<TripReply> trips) {
        BlockEncoder<TripReply> e = new BlockEncoder<>(Framing.TRIP_REPLY, TripReply.CODEC);
        QDataWriter w = new QDataWriter();
        for (TripReply t : trips) e.write(w, t);
        e.writeEndMarker(w);
        return w.toByteArray();
    }

    static List<Field> inspect(Protocol p, byte[] bytes, int chunk) {
        List<Field> out = new ArrayList<>();
        Inspector in = new Inspector(p, StreamOptions.DEFAULT, VariantRegistry.DEFAULT, out::add);
        for (int i = 0; i < bytes.length; i += chunk) in.feed(bytes, i, Math.min(chunk, bytes.length - i));
        in.finish();
        return out;
    }

    private static List<Field> of(List<Field> fs, Field.Kind kind) {
        return fs.stream().filter(f -> f.kind() == kind).toList();
    }

    @Test
    void aTripReplyIsShownBlockByBlockWithItsEndMarker() {
        List<TripReply> trips = TripAnswers.book(BERLIN);
        byte[] bytes = tripReply(trips);
        List<Field> fs = inspect(Protocol.TRIP_REPLY, bytes, bytes.length);
        assertEquals(7, of(fs, Field.Kind.BLOCK).size());
        assertEquals(List.of(), of(fs, Field.Kind.ERROR));
        List<Long> durations = fs.stream().filter(f -> "duration".equals(f.name())).map(f -> f.value().asLong()).toList();
        assertEquals(List.of(127L, 99L, 127L, 138L, 95L, 149L, 114L), durations);
        Field end = of(fs, Field.Kind.END_MARKER).get(0);
        assertEquals(bytes.length - 2, end.offset());
        // every byte is in exactly one size field, top-level field or the end marker
        long covered = fs.stream().filter(f -> f.kind() == Field.Kind.SIZE || f.kind() == Field.Kind.END_MARKER
                || (f.kind() == Field.Kind.FIELD && f.depth() == 1)).mapToLong(f -> f.bytes().length).sum();
        assertEquals(bytes.length, covered);
        Field first = fs.stream().filter(f -> "trainType".equals(f.name())).findFirst().orElseThrow();
        assertEquals("QString", first.type());
        assertEquals("InterCity", first.value().asText());
        assertEquals(2 + 4 + 4 + 2 + 1, first.offset());
    }

    @Test
    void theSameFieldsWhateverTheChunksTheBytesArriveIn() {
        byte[] bytes = tripReply(TripAnswers.book(BERLIN));
        String whole = render(inspect(Protocol.TRIP_REPLY, bytes, bytes.length));
        for (int chunk : new int[] {1, 2, 3, 7, 64}) {
            assertEquals(whole, render(inspect(Protocol.TRIP_REPLY, bytes, chunk)), "chunks of " + chunk);
        }
        byte[] qt57 = new byte[0];
        for (String s : List.of("one", "zwei", "drei ✓")) qt57 = concat(qt57, Fortune.CODEC.encode(new Fortune(s)));
        String records = render(inspect(Protocol.FORTUNE_QT57, qt57, qt57.length));
        assertEquals(3, records.lines().filter(l -> l.startsWith("── record")).count(), records);
        for (int chunk : new int[] {1, 5}) assertEquals(records, render(inspect(Protocol.FORTUNE_QT57, qt57, chunk)));
    }

    @Test
    void aBadBlockIsShownInPlaceAndTheNextBlocksStillDecode() {
        byte[] bytes = tripReply(TripAnswers.book(BERLIN));
        int block = 35; // the second block: 2 + 33 bytes each
        int lengthField = block + 2 + 4 + 4 + 2 + 1;
        bytes[lengthField + 3] = 0x40; // the train type's QString length 64: past the end of the block
        List<Field> fs = inspect(Protocol.TRIP_REPLY, bytes, 5);
        List<Field> errors = of(fs, Field.Kind.ERROR);
        assertEquals(1, errors.size(), render(fs));
        assertTrue(errors.get(0).error().contains("the block's fields need more than its 33 bytes"), errors.get(0).error());
        assertEquals(7, of(fs, Field.Kind.BLOCK).size());
        assertEquals(1, of(fs, Field.Kind.END_MARKER).size());
        Field cut = fs.stream().filter(f -> "trainType".equals(f.name()) && f.offset() == lengthField).findFirst().orElseThrow();
        assertEquals("incomplete", cut.error());
    }

    @Test
    void trailingBytesInARequestAndTruncatedInputAreShown() {
        QDataWriter body = new QDataWriter();
        TripRequest.CODEC.write(body, BERLIN);
        body.writeUInt8(0xAB);
        byte[] b = body.toByteArray();
        QDataWriter w = new QDataWriter().writeUInt16(b.length);
        w.writeRawData(b);
        byte[] request = w.toByteArray();
        List<Field> fs = inspect(Protocol.TRIP_REQUEST, request, 4);
        Field trailing = of(fs, Field.Kind.TRAILING).get(0);
        assertEquals(request.length - 1, trailing.offset());
        assertTrue(trailing.error().startsWith("1 byte(s) after the block's fields"), trailing.error());

        List<Field> cut = inspect(Protocol.TRIP_REQUEST, Arrays.copyOf(request, 20), 3);
        Field e = of(cut, Field.Kind.ERROR).get(0);
        assertTrue(e.error().contains("its size field says " + b.length + " bytes, 18 arrived"), e.error());
    }

    @Test
    void containersAndVariantsNestWithTheirCounts() {
        byte[] bytes = io.github.qdatastream.codec.TypeExpression.parse("QList<QVariant>").codec().encode(
                List.of(io.github.qdatastream.codec.QVariant.of("QString", "x"), io.github.qdatastream.codec.QVariant.of("int", 5)));
        List<Field> fs = inspect(Protocol.custom(null, List.of("QList<QVariant>"), 0), bytes, bytes.length);
        assertEquals(List.of(), of(fs, Field.Kind.ERROR));
        Field count = of(fs, Field.Kind.HEADER).get(0);
        assertEquals("count", count.name());
        assertEquals(2, count.value().asInt());
        List<String> lines = fs.stream().filter(f -> f.kind() == Field.Kind.FIELD).map(f -> f.depth() + " " + f.name() + " " + f.type()).toList();
        assertEquals(List.of("1 #0 QList<QVariant>", "2 [0] QVariant", "3 value QString", "2 [1] QVariant", "3 value qint32"), lines);
    }

    @Test
    void anInvalidVariantIsAFieldWithoutAValueInside() {
        // found by InspectorFuzzTest: an invalid QVariant (no type name) made the tracer throw
        byte[] bytes = io.github.qdatastream.codec.QVariant.CODEC.encode(io.github.qdatastream.codec.QVariant.INVALID);
        List<Field> fs = inspect(Protocol.custom("quint32", List.of("QVariant"), 0), concat(new byte[] {0, 0, 0, (byte) bytes.length}, bytes), 1);
        assertEquals(List.of(), of(fs, Field.Kind.ERROR), render(fs));
        Field v = fs.stream().filter(f -> "#0".equals(f.name())).findFirst().orElseThrow();
        assertEquals("QVariant", v.type());
        assertEquals(bytes.length, v.bytes().length);
        assertEquals(List.of(), fs.stream().filter(f -> f.depth() > 2).toList(), render(fs));
    }

    @Test
    void positionCountsACutBlockAfterFinish() {
        // found by InspectorFuzzTest: finish() dropped the bytes of a cut block from position()
        byte[] bytes = {0x00, 0x00, 0x00, 0x10, 1, 2, 3};
        Inspector in = new Inspector(Protocol.custom("quint32", List.of("QByteArray"), 0), StreamOptions.DEFAULT, VariantRegistry.DEFAULT, f -> { });
        in.feed(bytes, 0, bytes.length);
        assertEquals(7, in.position());
        in.finish();
        assertEquals(7, in.position());
    }

    @Test
    void bytesAfterTheEndMarkerAreOneLineWhateverTheChunks() {
        // found by InspectorFuzzTest: the run after the marker was split at the first chunk's end
        byte[] bytes = concat(tripReply(TripAnswers.book(BERLIN)), new byte[100]);
        String whole = render(inspect(Protocol.TRIP_REPLY, bytes, bytes.length));
        assertEquals(whole, render(inspect(Protocol.TRIP_REPLY, bytes, 3)));
        List<Field> fs = inspect(Protocol.TRIP_REPLY, bytes, 7);
        Field trailing = of(fs, Field.Kind.TRAILING).get(0);
        assertEquals(bytes.length - 100, trailing.offset());
        assertEquals(64, trailing.bytes().length);
        assertTrue(trailing.error().startsWith("100 byte(s) after the end marker 0xFFFF"), trailing.error());
        assertEquals(List.of(), of(fs, Field.Kind.ERROR), whole);
    }

    @Test
    void aRecordOverMaxBytesIsAnErrorAlsoWhenItArrivesWhole() {
        // found by InspectorFuzzTest: it decoded when its bytes came in one chunk, not in small ones
        byte[] bytes = io.github.qdatastream.codec.TypeExpression.parse("QList<qint32>").codec().encode(List.of(1, 2, 3, 4, 5));
        StreamOptions small = StreamOptions.DEFAULT.withLimits(StreamOptions.DEFAULT.limits().withMaxBytes(10));
        Protocol p = Protocol.custom(null, List.of("QList<qint32>"), 0);
        List<String> renders = new ArrayList<>();
        for (int chunk : new int[] {bytes.length, 1, 5}) {
            List<Field> out = new ArrayList<>();
            Inspector in = new Inspector(p, small, VariantRegistry.DEFAULT, out::add);
            for (int i = 0; i < bytes.length; i += chunk) in.feed(bytes, i, Math.min(chunk, bytes.length - i));
            in.finish();
            renders.add(render(out));
            assertTrue(of(out, Field.Kind.ERROR).get(0).error().contains("record longer than the limit of 10 bytes"), render(out));
        }
        assertEquals(renders.get(0), renders.get(1));
        assertEquals(renders.get(0), renders.get(2));
    }

    @Test
    void controlCharactersFromTheWireAreEscapedInTheText() {
        // found by InspectorFuzzTest: a QChar U+0080 (a C1 control) was printed raw; ESC would drive the terminal
        byte[] bytes = io.github.qdatastream.codec.TypeExpression.parse("QString").codec().encode("a\u001b[2Jb\u0080\u007f");
        List<Field> fs = inspect(Protocol.custom(null, List.of("QString"), 0), bytes, bytes.length);
        String text = render(fs);
        assertTrue(text.chars().noneMatch(c -> c != '\n' && Character.isISOControl(c)), text);
        assertTrue(text.toLowerCase(java.util.Locale.ROOT).contains("a\\u001b[2jb\\u0080\\u007f"), text);
        assertEquals("a\u001b[2Jb\u0080\u007f", fs.stream().filter(f -> "#0".equals(f.name())).findFirst().orElseThrow().value().asText());
    }

    @Test
    void aSizeOverTheLimitStopsWithTheLimitNamed() {
        byte[] bytes = {0x00, 0x00, 0x10, 0x00, 1, 2, 3};
        List<Field> fs = inspect(Protocol.custom("quint32", List.of("QByteArray"), 1024), bytes, 2);
        List<Field> errors = of(fs, Field.Kind.ERROR);
        assertTrue(errors.get(0).error().contains("block size 4096 exceeds the limit 1024 at offset 0"), errors.get(0).error());
        assertTrue(errors.get(1).error().startsWith("3 byte(s) from offset 4 on not decoded"), errors.get(1).error());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    static String render(List<Field> fs) {
        StringBuilder b = new StringBuilder();
        FieldPrinter p = new FieldPrinter(new java.io.PrintWriter(new java.io.StringWriter()), false, false);
        for (Field f : fs) b.append(p.text(f)).append('\n');
        return b.toString();
    }
}
