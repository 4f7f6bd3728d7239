package io.github.qdatastream.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class QVariantTest {

    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s.replace(" ", ""));
    }

    private static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }

    private static final StreamOptions QT4 = StreamOptions.of(StreamVersion.Qt_4_0);
    private static final StreamOptions QT5 = StreamOptions.of(StreamVersion.Qt_5_15);
    private static final StreamOptions QT6 = StreamOptions.of(StreamVersion.Qt_6_7);

    @Test
    void intIsTypeIdNullFlagThenValue() {
        assertEquals("00000002 00 00000005".replace(" ", ""), hex(QVariant.CODEC.encode(QVariant.of(5), QT5)));
        assertEquals("00000002 00000005".replace(" ", ""), hex(QVariant.CODEC.encode(QVariant.of(5), QT4)));
    }

    @Test
    void invalidVariantCarriesANullQStringBeforeQt5() {
        assertEquals("00000000ffffffff", hex(QVariant.CODEC.encode(QVariant.INVALID, QT4)));
        assertEquals("0000000001ffffffff", hex(QVariant.CODEC.encode(QVariant.INVALID, StreamOptions.of(StreamVersion.Qt_4_2))));
        assertEquals("0000000001", hex(QVariant.CODEC.encode(QVariant.INVALID, QT5)));
        assertEquals(QVariant.INVALID, QVariant.CODEC.decode(hex("00000000ffffffff"), QT4));
        assertEquals(QVariant.INVALID, QVariant.CODEC.decode(hex("0000000001"), QT6));
    }

    @Test
    void qt6MovedGuiTypesTo0x1000() {
        QVariant color = QVariant.of("QColor", QColor.rgb(1, 2, 3));
        assertEquals("00001003", hex(QVariant.CODEC.encode(color, QT6)).substring(0, 8));
        assertEquals("00000043", hex(QVariant.CODEC.encode(color, QT5)).substring(0, 8));
        assertEquals("00000043", hex(QVariant.CODEC.encode(color, QT4)).substring(0, 8));
        assertEquals(color, QVariant.CODEC.decode(QVariant.CODEC.encode(color, QT6), QT6));
    }

    @Test
    void typesMissingFromANumberingAreWrittenAsUserTypesByName() {
        // QRegExp left Qt 6's core; char16_t is new in Qt 6; QPolygonF and QUuid were custom types in Qt 4.
        QVariant re = QVariant.of("QRegExp", QRegExp.of("a"));
        byte[] b6 = QVariant.CODEC.encode(re, QT6);
        assertTrue(hex(b6).startsWith("00010000" + "00" + "00000008" + hex("QRegExp".getBytes()) + "00"), hex(b6));
        assertTrue(QVariant.CODEC.decode(b6, QT6).isUserType());
        assertEquals("0000001b", hex(QVariant.CODEC.encode(re, QT5)).substring(0, 8));
        QVariant c16 = QVariant.of("char16_t", 0x20ac);
        assertEquals("00000038" + "00" + "20ac", hex(QVariant.CODEC.encode(c16, QT6)));
        assertTrue(hex(QVariant.CODEC.encode(c16, QT5)).startsWith("00000400" + "00" + "00000009"));
    }

    @Test
    void extendedCoreTypesAreShiftedBy97InQt4Streams() {
        assertEquals("00000087" + "3fc00000", hex(QVariant.CODEC.encode(QVariant.of("float", 1.5f), QT4)));
        assertEquals("00000026" + "00" + "3ff8000000000000", hex(QVariant.CODEC.encode(QVariant.of("float", 1.5f), QT5)));
        QVariant nested = QVariant.of("QVariant", QVariant.of(1));
        assertEquals("0000008a" + "00000002" + "00000001", hex(QVariant.CODEC.encode(nested, QT4)));
        assertEquals(nested, QVariant.CODEC.decode(QVariant.CODEC.encode(nested, QT4), QT4));
    }

    @Test
    void unknownTypeIdIsCorruptDataNamingTheIdAndOffset() {
        CorruptDataException e = assertThrows(CorruptDataException.class,
                () -> QVariant.LIST_CODEC.decode(hex("00000001 000000c8 00 00000000"), QT5));
        assertTrue(e.getMessage().contains("200") && e.getMessage().contains("offset 4"), e.getMessage());
        assertEquals(4, e.offset());
    }

    @Test
    void unknownUserTypeNameIsCorruptDataNamingTheName() {
        byte[] b = new QDataWriter(QT5).writeUInt32(1024).writeInt8(0).writeCString("Trip".getBytes()).writeInt32(7).toByteArray();
        CorruptDataException e = assertThrows(CorruptDataException.class, () -> QVariant.CODEC.decode(b, QT5));
        assertTrue(e.getMessage().contains("\"Trip\"") && e.getMessage().contains("offset 0"), e.getMessage());
        VariantRegistry withTrip = VariantRegistry.DEFAULT.with("Trip", Codecs.QINT32);
        QVariant v = withTrip.variantCodec().decode(b, QT5);
        assertEquals("Trip", v.typeName());
        assertEquals(7, v.value());
        assertTrue(v.isUserType());
        assertArrayEquals(b, withTrip.variantCodec().encode(v, QT5));
    }

    @Test
    void registeredContainerNamesResolveLikeQtsAutomaticRegistrations() {
        QVariant v = QVariant.of("QList<int>", List.of(1, 2));
        byte[] b = QVariant.CODEC.encode(v, QT5);
        assertEquals("00000400" + "00" + "0000000b" + hex("QList<int>".getBytes()) + "00" + "00000002" + "00000001" + "00000002", hex(b));
        assertEquals(v.asUserType(true), QVariant.CODEC.decode(b, QT5));
    }

    @Test
    void aUserTypeNameWithoutItsNulIsCorruptData() {
        byte[] b = new QDataWriter(QT5).writeUInt32(1024).writeInt8(0).writeByteArray(QByteArray.latin1("QList<int>"))
                .writeInt32(0).toByteArray();
        assertThrows(CorruptDataException.class, () -> QVariant.CODEC.decode(b, QT5));
    }

    @Test
    void aTypeWithoutCodecIsCorruptDataSayingHowToRegisterOne() {
        CorruptDataException e = assertThrows(CorruptDataException.class,
                () -> QVariant.CODEC.decode(hex("00000040 00 00000000"), QT5));
        assertTrue(e.getMessage().contains("QFont") && e.getMessage().contains("VariantRegistry.with"), e.getMessage());
    }

    @Test
    void maliciousFourBillionElementListIsRejectedWithoutAllocating() {
        byte[] b = hex("00000009 00 ffffffff 00000002 00");
        SizeLimitExceededException e = assertThrows(SizeLimitExceededException.class, () -> QVariant.CODEC.decode(b, QT5));
        assertEquals(0xFFFFFFFFL, e.value());
        StreamOptions unlimited = QT5.withLimits(Limits.DEFAULT.withMaxElements(Long.MAX_VALUE));
        assertThrows(TruncatedInputException.class,
                () -> QVariant.CODEC.decode(hex("00000009 00 40000000 00000002 00"), unlimited));
        StreamOptions qt6 = StreamOptions.of(StreamVersion.Qt_6_7);
        assertThrows(SizeLimitExceededException.class,
                () -> QVariant.CODEC.decode(hex("00000009 00 fffffffe 7fffffffffffffff"), qt6));
    }

    @Test
    void maliciousRecursionHitsTheDepthLimit() {
        // QVariant(QVariant(QVariant(...))) 10,000 deep: id 41 again and again.
        QDataWriter w = new QDataWriter(QT5);
        for (int i = 0; i < 10_000; i++) w.writeUInt32(41).writeInt8(0);
        SizeLimitExceededException e = assertThrows(SizeLimitExceededException.class,
                () -> QVariant.CODEC.decode(w.toByteArray(), QT5));
        assertEquals(Limits.DEFAULT_MAX_DEPTH, e.limit());
        assertTrue(e.getMessage().contains("Limits.maxDepth"), e.getMessage());
    }

    @Test
    void qt3StreamsUseQt3IdsAndRejectTypesTheyCannotHold() {
        StreamOptions qt3 = StreamOptions.of(StreamVersion.Qt_3_3);
        assertEquals("00000010" + "00000005", hex(QVariant.CODEC.encode(QVariant.of(5), qt3)));
        assertThrows(IllegalArgumentException.class, () -> QVariant.CODEC.encode(QVariant.of("float", 1f), qt3));
    }

    @Test
    void nullFlagIsKeptFromQt42On() {
        QVariant v = QVariant.of("int", 0).withNull(true);
        StreamOptions qt42 = StreamOptions.of(StreamVersion.Qt_4_2);
        assertEquals("00000002" + "01" + "00000000", hex(QVariant.CODEC.encode(v, qt42)));
        assertTrue(QVariant.CODEC.decode(QVariant.CODEC.encode(v, qt42), qt42).isNull());
        assertFalse(QVariant.CODEC.decode(QVariant.CODEC.encode(v, QT4), QT4).isNull());
    }

    @Test
    void variantMapKeepsWireOrderAndDuplicates() {
        QMap<String, QVariant> m = QMap.ofEntries(QPair.of("b", QVariant.of(1)), QPair.of("a", QVariant.of(2)),
                QPair.of("a", QVariant.of(3)));
        assertEquals(m, QVariant.MAP_CODEC.decode(QVariant.MAP_CODEC.encode(m, QT5), QT5));
        assertEquals("QVariantMap", QVariant.MAP_CODEC.typeName());
        assertEquals("QVariantHash", QVariant.HASH_CODEC.typeName());
        assertEquals("QVariantList", QVariant.LIST_CODEC.typeName());
    }
}
