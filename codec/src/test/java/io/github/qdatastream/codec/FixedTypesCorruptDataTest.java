package io.github.qdatastream.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** Bytes Qt never writes, rejected with a {@link CorruptDataException} that names the value and offset. */
class FixedTypesCorruptDataTest {

    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s.replace(" ", ""));
    }

    private static void assertMentions(QDataStreamException e, String... parts) {
        for (String p : parts) {
            assertTrue(e.getMessage().contains(p), () -> "'" + p + "' not in: " + e.getMessage());
        }
        assertEquals(Status.READ_CORRUPT_DATA, e.status());
    }

    @Test
    void nonZeroBitArrayPaddingIsCorruptData() {
        // 10 bits: the last byte may only use bits 0 and 1.
        CorruptDataException e = assertThrows(CorruptDataException.class,
                () -> QBitArray.CODEC.decode(hex("0000000a ff 07")));
        assertMentions(e, "0x07", "offset 5", "padding");
    }

    @Test
    void everyPaddingBitIsChecked() {
        for (int n = 1; n <= 7; n++) {
            for (int bit = 0; bit < 8; bit++) {
                byte[] b = {0, 0, 0, (byte) n, (byte) (1 << bit)};
                if (bit < n) {
                    assertEquals(1 << bit, QBitArray.CODEC.decode(b).toBytes()[0]);
                } else {
                    assertThrows(CorruptDataException.class, () -> QBitArray.CODEC.decode(b), n + " bits, bit " + bit);
                }
            }
        }
    }

    @Test
    void qt5BitArrayCountAboveIntMaxIsCorruptData() {
        CorruptDataException e = assertThrows(CorruptDataException.class,
                () -> QBitArray.CODEC.decode(hex("80000000 00")));
        assertMentions(e, "2147483648", "offset 0");
    }

    @Test
    void qt6BitArrayCountIsAQuint64NotASizeField() {
        StreamOptions qt6 = StreamOptions.of(StreamVersion.Qt_6_0);
        assertEquals("1", QBitArray.CODEC.decode(hex("0000000000000001 01"), qt6).toBitString());
        assertThrows(SizeLimitExceededException.class, () -> QBitArray.CODEC.decode(hex("ffffffffffffffff 00"), qt6));
    }

    @Test
    void unknownQt5SpecByteIsCorruptData() {
        for (StreamVersion v : new StreamVersion[] {StreamVersion.Qt_5_0, StreamVersion.Qt_5_2, StreamVersion.Qt_6_7}) {
            byte[] b = QDateTime.CODEC.encode(QDateTime.utc(QDate.of(2020, 1, 2), QTime.of(3, 4, 5, 6)), StreamOptions.of(v));
            b[12] = 4;
            CorruptDataException e = assertThrows(CorruptDataException.class, () -> QDateTime.CODEC.decode(b, StreamOptions.of(v)));
            assertMentions(e, "spec byte 4", "offset 12");
        }
    }

    @Test
    void unknownQt4PrivateSpecByteIsCorruptData() {
        CorruptDataException e = assertThrows(CorruptDataException.class,
                () -> QDateTime.CODEC.decode(hex("002584e3 00a8888e 05")));
        assertMentions(e, "spec byte 5", "offset 8", "QDateTimePrivate::Spec");
        assertThrows(CorruptDataException.class, () -> QDateTime.CODEC.decode(hex("002584e3 00a8888e fe")));
    }

    @Test
    void qt5_1UsesTheQt4SpecByte() {
        QDateTime t = QDateTime.CODEC.decode(hex("00000000002584e3 00a8888e ff"), StreamOptions.of(StreamVersion.Qt_5_1));
        assertEquals(QDateTime.TimeSpec.LOCAL_TIME, t.spec());
        assertEquals(-1, t.qt4Spec());
    }

    @Test
    void legacyColorWithAnAlphaByteQtNeverWritesIsCorruptData() {
        CorruptDataException e = assertThrows(CorruptDataException.class,
                () -> QColor.CODEC.decode(hex("280a141e"), StreamOptions.of(StreamVersion.Qt_3_3)));
        assertMentions(e, "0x280a141e", "offset 0");
    }

    @Test
    void cStringWithoutTerminatingNulIsCorruptData() {
        CorruptDataException e = assertThrows(CorruptDataException.class, () -> Codecs.CSTRING.decode(hex("00000002 6162")));
        assertMentions(e, "last byte 98", "offset 5");
    }

    @Test
    void writeBytesNullMarkerIsSizeLimitExceededAsRealQt611ReportsIt() {
        // Raw bytes have no null marker; Qt 6.11's readBytes: SizeLimitExceeded (verdicts-qt6.11.jsonl).
        SizeLimitExceededException e = assertThrows(SizeLimitExceededException.class, () -> Codecs.BYTES.decode(hex("ffffffff")));
        assertTrue(e.getMessage().contains("offset 0"), e::getMessage);
        assertEquals(Status.SIZE_LIMIT_EXCEEDED, e.status());
    }
}
