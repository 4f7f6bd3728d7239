package io.github.qdatastream.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

/**
 * Before {@code Qt_3_3} QDataStream writes a 64-bit integer as two quint32 words, high word first,
 * each in the stream's byte order ({@code QDataStream::operator<<(qint64)}: {@code version() < 6}).
 * Big-endian streams cannot tell; little-endian ones can. Doubles are never split. The golden
 * vectors (harness GoldenVectorTest) hold the same rule against real Qt's bytes.
 */
class Int64WordOrderTest {

    static final StreamOptions QT_1_0_LE = StreamOptions.of(StreamVersion.Qt_1_0).withByteOrder(ByteOrder.LITTLE_ENDIAN);
    static final StreamOptions QT_3_3_LE = StreamOptions.of(StreamVersion.Qt_3_3).withByteOrder(ByteOrder.LITTLE_ENDIAN);

    static byte[] words(StreamOptions options, long v) {
        return new QDataWriter(options).writeInt32((int) (v >>> 32)).writeInt32((int) v).toByteArray();
    }

    static byte[] plain(ByteOrder order, long v) {
        return ByteBuffer.allocate(8).order(order).putLong(v).array();
    }

    @Test
    void littleEndianQint64BeforeQt33IsHighWordThenLowWord() {
        for (StreamVersion version : new StreamVersion[]{StreamVersion.Qt_1_0, StreamVersion.Qt_2_1, StreamVersion.Qt_3_1}) {
            StreamOptions options = QT_1_0_LE.withVersion(version);
            for (long v : new long[]{1, -1, Long.MIN_VALUE, 0x0123_4567_89ab_cdefL}) {
                assertArrayEquals(words(options, v), Codecs.QINT64.encode(v, options), version + " " + v);
                assertEquals(v, Codecs.QINT64.decode(words(options, v), options));
                assertArrayEquals(words(options, v), Codecs.QUINT64.encode(v, options));
                assertEquals(v, Codecs.QUINT64.decode(words(options, v), options));
            }
        }
    }

    @Test
    void fromQt33OnQint64IsEightBytesInStreamOrder() {
        long v = 0x0123_4567_89ab_cdefL;
        assertArrayEquals(plain(ByteOrder.LITTLE_ENDIAN, v), Codecs.QINT64.encode(v, QT_3_3_LE));
        assertEquals(v, Codecs.QINT64.decode(plain(ByteOrder.LITTLE_ENDIAN, v), QT_3_3_LE));
    }

    @Test
    void doublesAreNeverSplitIntoWords() {
        double d = 1.5;
        byte[] expected = plain(ByteOrder.LITTLE_ENDIAN, Double.doubleToRawLongBits(d));
        assertArrayEquals(expected, Codecs.DOUBLE.encode(d, QT_1_0_LE));
        assertEquals(d, Codecs.DOUBLE.decode(expected, QT_1_0_LE));
    }

    @Test
    void aTruncatedSplitQint64IsTruncatedInput() {
        assertThrows(TruncatedInputException.class, () -> Codecs.QINT64.decode(new byte[6], QT_1_0_LE));
    }
}
