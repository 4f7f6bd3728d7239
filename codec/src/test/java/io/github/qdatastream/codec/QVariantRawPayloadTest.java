package io.github.qdatastream.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Variants of a type without a codec (QFont, an unregistered user type) as the last value of an
 * input: {@link QVariant#trailingCodec} keeps their payload raw, and writing it back gives the same
 * bytes. Real Qt's bytes come from {@code qvariant/generate_raw_qvariants.py} (Qt 5.15 and 6.4).
 */
class QVariantRawPayloadTest {

    private static final Codec<QVariant> TRAILING = VariantRegistry.DEFAULT.trailingVariantCodec();
    private static final StreamOptions QT4 = StreamOptions.of(StreamVersion.Qt_4_0);
    private static final StreamOptions QT5 = StreamOptions.of(StreamVersion.Qt_5_15);
    private static final StreamOptions QT6 = StreamOptions.of(StreamVersion.Qt_6_0);

    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s.replace(" ", ""));
    }

    private static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }

    // ---------------------------------------------------------------- real Qt

    record QtVector(String version, String label, String type, long id, String hex) {
    }

    private static final Pattern FIELD = Pattern.compile("\"(\\w+)\": (\"[^\"]*\"|\\d+)");

    static List<QtVector> qtVectors(String resource) throws Exception {
        List<QtVector> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                QVariantRawPayloadTest.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                Map<String, String> f = new java.util.HashMap<>();
                Matcher m = FIELD.matcher(line);
                while (m.find()) f.put(m.group(1), m.group(2).replace("\"", ""));
                out.add(new QtVector(f.get("version"), f.get("label"), f.get("type"), Long.parseLong(f.get("id")), f.get("hex")));
            }
        }
        return out;
    }

    @Test
    void realQtVariantsWithoutCodecSurviveAsRawPayloadsByteForByte() throws Exception {
        int checked = 0;
        List<String> numberings = new ArrayList<>();
        for (String file : List.of("qvariant/qt5-raw-qvariants.jsonl", "qvariant/qt6-raw-qvariants.jsonl")) {
            for (QtVector q : qtVectors(file)) {
                StreamOptions o = StreamOptions.of(StreamVersion.parse(q.version()));
                byte[] wire = hex(q.hex());
                assertThrows(CorruptDataException.class, () -> QVariant.CODEC.decode(wire, o), q::toString);
                QVariant v = TRAILING.decode(wire, o);
                assertTrue(v.isRaw(), q::toString);
                assertEquals(q.type(), v.typeName(), q::toString);
                assertEquals(q.id(), v.typeId(), q::toString);
                assertEquals(q.type().equals("PyQt_PyObject"), v.isUserType(), q::toString);
                assertEquals(q.hex(), hex(TRAILING.encode(v, o)), q::toString);
                assertEquals(q.hex(), hex(QVariant.CODEC.encode(v, o)), q::toString);
                numberings.add(VariantTypes.numbering(o.version()) + q.type());
                checked++;
            }
        }
        assertTrue(checked >= 70, "checked " + checked);
        assertTrue(numberings.containsAll(List.of("4QFont", "5QFont", "6QFont", "4PyQt_PyObject", "6PyQt_PyObject")));
    }

    // ---------------------------------------------------------------- examples

    @Test
    void anUnknownUserTypeAtTheEndKeepsItsPayloadAndNameAtQt40() {
        byte[] wire = hex("0000007f 00000007 4d7954797065 00 deadbeef");
        QVariant v = TRAILING.decode(wire, QT4);
        assertEquals(QVariant.raw("MyType", 127, QByteArray.of((byte) 0xde, (byte) 0xad, (byte) 0xbe, (byte) 0xef))
                .asUserType(true), v);
        assertEquals(127, v.typeId());
        assertArrayEquals(wire, TRAILING.encode(v, QT4));
    }

    @Test
    void aQFontVariantAtQt515KeepsItsNullFlagAndEveryByte() {
        byte[] wire = hex("00000040 01 0000000800530061006e0073");
        QVariant v = TRAILING.decode(wire, QT5);
        assertTrue(v.isRaw() && v.isNull() && !v.isUserType());
        assertEquals("QFont", v.typeName());
        assertEquals("0000000800530061006e0073", ((QByteArray) v.value()).toHex());
        assertArrayEquals(wire, TRAILING.encode(v, QT5));
    }

    @Test
    void aNullFlagByteOtherThanZeroOrOneIsReadAsTrueAndWrittenAsOneAsQtDoes() {
        QVariant v = TRAILING.decode(hex("00000040 05 aa"), QT5);
        assertTrue(v.isNull());
        assertEquals("0000004001aa", hex(TRAILING.encode(v, QT5)));
    }

    @Test
    void anEmptyRawPayloadIsKeptToo() {
        byte[] wire = hex("00001001 00");
        QVariant v = TRAILING.decode(wire, QT6);
        assertEquals(QVariant.raw("QPixmap", 0x1001, QByteArray.of()), v);
        assertArrayEquals(wire, TRAILING.encode(v, QT6));
    }

    @Test
    void theTrailingCodecReadsKnownTypesAsTheStrictCodecDoes() {
        byte[] wire = QVariant.CODEC.encode(QVariant.of(5), QT5);
        QVariant v = TRAILING.decode(wire, QT5);
        assertFalse(v.isRaw());
        assertEquals(QVariant.of(5), v);
    }

    @Test
    void anUnknownIdIsStillCorruptDataAtTheEnd() {
        CorruptDataException e = assertThrows(CorruptDataException.class, () -> TRAILING.decode(hex("000003e7 00 01"), QT5));
        assertTrue(e.getMessage().contains("999") && e.getMessage().contains("offset 0"), e.getMessage());
    }

    @Test
    void aNestedUnknownTypeStaysCorruptDataNamingTheTypeAndOffset() {
        // QVariantList (id 9) of one QFont variant: the list's end, not the QFont's, is the input's end.
        byte[] list = hex("00000009 00 00000001 00000040 00 00000000");
        CorruptDataException e = assertThrows(CorruptDataException.class, () -> TRAILING.decode(list, QT5));
        assertTrue(e.getMessage().contains("\"QFont\"") && e.getMessage().contains("at offset 9"), e.getMessage());
        assertEquals(9, e.offset());
        // A QVariantMap value holding an unknown user type, Qt 6 numbering.
        QDataWriter w = new QDataWriter(QT6).writeUInt32(8).writeInt8(0).writeUInt32(1).writeString("k");
        int at = w.size();
        w.writeUInt32(65536).writeInt8(0).writeCString(QByteArray.latin1("Mine").toByteArray()).writeInt32(1);
        byte[] map = w.toByteArray();
        CorruptDataException m = assertThrows(CorruptDataException.class, () -> TRAILING.decode(map, QT6));
        assertTrue(m.getMessage().contains("\"Mine\"") && m.getMessage().contains("at offset " + at), m.getMessage());
    }

    @Test
    void aRawPayloadWrittenWhereItsIdDiffersIsRejected() {
        QVariant font = TRAILING.decode(hex("00000040 00 00"), QT5);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> QVariant.CODEC.encode(font, QT6));
        assertTrue(e.getMessage().contains("id 64") && e.getMessage().contains("4096"), e.getMessage());
        // Without a recorded id it is written with the id of its name at the target version.
        assertEquals("0000100000" + "00", hex(QVariant.CODEC.encode(QVariant.raw("QFont", -1, QByteArray.of((byte) 0)), QT6)));
    }

    @Test
    void aRawVariantNeedsAUsableName() {
        assertThrows(IllegalArgumentException.class, () -> QVariant.raw("", -1, QByteArray.of()));
        assertThrows(IllegalArgumentException.class, () -> QVariant.raw("a\0b", -1, QByteArray.of()));
        assertThrows(IllegalArgumentException.class, () -> QVariant.raw("QFont", 1L << 32, QByteArray.of()));
    }

    @Test
    void aRawPayloadIsBoundByMaxBytes() {
        StreamOptions small = QT5.withLimits(Limits.DEFAULT.withMaxBytes(3));
        assertThrows(SizeLimitExceededException.class, () -> TRAILING.decode(hex("00000040 00 01020304"), small));
        assertEquals(3, ((QByteArray) TRAILING.decode(hex("00000040 00 010203"), small).value()).size());
    }

    // ---------------------------------------------------------------- properties

    private static final List<StreamVersion> VERSIONS = List.of(StreamVersion.Qt_3_3, StreamVersion.Qt_4_0,
            StreamVersion.Qt_4_2, StreamVersion.Qt_5_0, StreamVersion.Qt_5_15, StreamVersion.Qt_6_0, StreamVersion.Qt_6_10);

    /** The names at {@code version} that have an id but no codec (QFont, QPixmap, QPen, QEasingCurve, ...). */
    private static List<String> withoutCodec(StreamVersion version) {
        List<String> out = new ArrayList<>();
        for (String n : VariantTypes.all(version).values()) {
            if (VariantRegistry.DEFAULT.variantType(n) == null) out.add(n);
        }
        return out;
    }

    @Test
    void everyTypeWithoutCodecHasOneAtEveryNumbering() {
        for (StreamVersion v : VERSIONS) {
            assertTrue(withoutCodec(v).contains("QFont"), v::toString);
        }
        assertTrue(withoutCodec(StreamVersion.Qt_5_15).containsAll(List.of("QPixmap", "QPen", "QEasingCurve", "QCursor")));
    }

    @Test
    void rawVariantsSurviveWireToValueToWireAtEveryNumbering() {
        qt().withExamples(2000).forAll(longs().all(), integers().between(0, VERSIONS.size() - 1))
                .checkAssert((seed, vi) -> {
                    SplittableRandom r = new SplittableRandom(seed);
                    StreamVersion version = VERSIONS.get(vi);
                    StreamOptions o = StreamOptions.of(version);
                    if (r.nextBoolean()) o = o.withByteOrder(ByteOrder.LITTLE_ENDIAN);
                    byte[] payload = new byte[r.nextInt(40)];
                    for (int i = 0; i < payload.length; i++) payload[i] = (byte) r.nextInt(256);
                    boolean user = !version.before(StreamVersion.Qt_4_0) && r.nextInt(3) == 0;
                    QVariant v;
                    if (user) {
                        StringBuilder name = new StringBuilder("User");
                        int n = r.nextInt(12);
                        for (int i = 0; i < n; i++) name.append((char) (r.nextInt(1, 256)));
                        v = QVariant.raw(name.toString(), -1, QByteArray.wrap(payload)).asUserType(true);
                    } else {
                        List<String> names = withoutCodec(version);
                        v = QVariant.raw(names.get(r.nextInt(names.size())), -1, QByteArray.wrap(payload));
                    }
                    if (version.atLeast(StreamVersion.Qt_4_2)) v = v.withNull(r.nextBoolean());
                    QVariant written = v;
                    byte[] bytes = QVariant.CODEC.encode(written, o);
                    QVariant back = TRAILING.decode(bytes, o);
                    assertEquals(written, back, () -> "seed " + seed);
                    assertArrayEquals(bytes, TRAILING.encode(back, o), () -> "seed " + seed + " " + written);
                    StreamOptions strict = o;
                    assertThrows(CorruptDataException.class, () -> QVariant.CODEC.decode(bytes, strict));
                });
    }

    @Test
    void arbitraryBytesAreReadOrRejectedWithTheProjectsExceptionsAndRawOnesRoundTrip() {
        qt().withExamples(3000).forAll(longs().all(), integers().between(0, VERSIONS.size() - 1))
                .checkAssert((seed, vi) -> {
                    SplittableRandom r = new SplittableRandom(seed);
                    StreamOptions o = StreamOptions.of(VERSIONS.get(vi));
                    byte[] b = new byte[r.nextInt(24)];
                    for (int i = 0; i < b.length; i++) b[i] = (byte) r.nextInt(256);
                    if (b.length >= 4 && r.nextBoolean()) {
                        // a plausible id: the high bytes of real ids are mostly zero
                        b[0] = 0;
                        b[1] = (byte) r.nextInt(2);
                    }
                    if (b.length >= 5 && o.version().atLeast(StreamVersion.Qt_4_2)) {
                        // Qt reads the null flag as a bool and writes it back as 0 or 1
                        b[4] = (byte) r.nextInt(2);
                    }
                    QVariant v;
                    try {
                        v = TRAILING.decode(b, o);
                    } catch (QDataStreamException expected) {
                        return;
                    }
                    if (v.isRaw()) {
                        assertArrayEquals(b, TRAILING.encode(v, o), () -> "seed " + seed + " " + v);
                    }
                });
    }
}
