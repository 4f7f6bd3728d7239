package io.github.qdatastream.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class ReaderWriterTest {

    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s.replace(" ", ""));
    }

    @Test
    void qstringIsAByteCountThenUtf16BigEndian() {
        byte[] b = Codecs.QSTRING.encode("Hi");
        assertArrayEquals(hex("00000004 0048 0069"), b);
        assertEquals("Hi", Codecs.QSTRING.decode(b));
    }

    @Test
    void nullAndEmptyQStringAreDistinct() {
        assertArrayEquals(hex("ffffffff"), Codecs.QSTRING.encode(null));
        assertArrayEquals(hex("00000000"), Codecs.QSTRING.encode(""));
        assertNull(Codecs.QSTRING.decode(hex("ffffffff")));
        assertEquals("", Codecs.QSTRING.decode(hex("00000000")));
    }

    @Test
    void oddQStringByteCountIsCorruptDataNamingValueAndOffset() {
        CorruptDataException e = assertThrows(CorruptDataException.class, () -> Codecs.QSTRING.decode(hex("00000003 000000")));
        assertTrue(e.getMessage().contains("3"), e.getMessage());
        assertTrue(e.getMessage().contains("offset 0"), e.getMessage());
    }

    @Test
    void hugeLengthClaimIsRejectedBeforeAllocating() {
        SizeLimitExceededException e = assertThrows(SizeLimitExceededException.class,
                () -> Codecs.QBYTEARRAY.decode(hex("fffffffe 00")));
        assertEquals(0xFFFFFFFEL, e.value());
        assertEquals(Limits.DEFAULT_MAX_BYTES, e.limit());
    }

    @Test
    void shortInputIsTruncatedWithTheMissingByteCount() {
        TruncatedInputException e = assertThrows(TruncatedInputException.class, () -> Codecs.QSTRING.decode(hex("00000004 0048")));
        assertEquals(2, e.missing());
        assertEquals(Status.READ_PAST_END, e.status());
    }

    @Test
    void tripReplyBlockRoundTrips() {
        QDataWriter w = new QDataWriter();
        w.write(QDate.CODEC, QDate.of(2026, 12, 24)).write(QTime.CODEC, QTime.of(8, 0, 0, 0))
                .writeUInt16(90).writeUInt8(1).writeString("ICE");
        QDataReader r = new QDataReader(w.toByteArray());
        assertEquals(QDate.of(2026, 12, 24), r.read(QDate.CODEC));
        assertEquals(QTime.of(8, 0, 0, 0), r.read(QTime.CODEC));
        assertEquals(90, r.readUInt16());
        assertEquals(1, r.readUInt8());
        assertEquals("ICE", r.readString());
        assertTrue(r.atEnd());
    }

    @Test
    void commitAfterReadPastEndRollsBackToTransactionStart() {
        QDataReader r = new QDataReader(hex("0001 00000004 00"));
        assertEquals(1, r.readUInt16());
        r.startTransaction();
        assertThrows(TruncatedInputException.class, r::readString);
        assertFalse(r.commitTransaction());
        assertEquals(2, r.position());
        assertEquals(Status.READ_PAST_END, r.status());
    }

    @Test
    void floatsFollowPrecisionFromQt46On() {
        assertEquals(4, Codecs.FLOAT.encode(1.5f, StreamOptions.of(StreamVersion.Qt_4_0)).length);
        assertEquals(8, Codecs.FLOAT.encode(1.5f, StreamOptions.of(StreamVersion.Qt_4_6)).length);
        assertEquals(4, Codecs.DOUBLE.encode(1.5, StreamOptions.of(StreamVersion.Qt_4_6)
                .withFloatPrecision(FloatPrecision.SINGLE)).length);
    }
}
