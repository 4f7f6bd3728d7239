package io.github.qdatastream.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * qCompress / qUncompress against real Qt: {@code values/qt5-qcompress.txt} is what Qt 5.15 wrote
 * ({@code interop/values/qcompress.py generate}; Qt 6.4 and 6.11 write the same bytes), eight inputs
 * at levels -1, 0, 1, 6, 9. {@code interop/values/check.sh} also pipes {@link QCompressSamples} to
 * real Qt's qUncompress.
 */
class QCompressGoldenTest {

    record Vector(String label, int level, byte[] input, byte[] packed) {
        @Override
        public String toString() {
            return label + " level " + level;
        }
    }

    static List<Vector> vectors() throws IOException {
        List<Vector> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                QCompressGoldenTest.class.getResourceAsStream("values/qt5-qcompress.txt"), StandardCharsets.US_ASCII))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("#") || line.isBlank()) continue;
                String[] f = line.split(" ");
                out.add(new Vector(f[0], Integer.parseInt(f[1]), f[2].equals("-") ? new byte[0] : HexFormat.of().parseHex(f[2]),
                        HexFormat.of().parseHex(f[3])));
            }
        }
        return out;
    }

    @TestFactory
    Stream<DynamicTest> compressWritesQtsBytesAndUncompressReadsThem() throws IOException {
        List<Vector> v = vectors();
        assertEquals(40, v.size());
        return v.stream().map(x -> DynamicTest.dynamicTest(x.toString(), () -> {
            assertArrayEquals(x.packed(), QCompress.compress(x.input(), x.level()));
            assertArrayEquals(x.input(), QCompress.uncompress(x.packed()));
        }));
    }

    @Test
    void theEmptyAndNullCasesAreQts() throws IOException {
        assertArrayEquals(new byte[4], QCompress.compress(new byte[0]));
        assertArrayEquals(new byte[4], QCompress.compress(null));
        assertArrayEquals(new byte[0], QCompress.uncompress(new byte[4]));
        // levels outside -1..9 are Qt's default, as the vectors at -1 show
        Vector hello = vectors().stream().filter(x -> x.label().equals("hello") && x.level() == -1).findFirst().orElseThrow();
        assertArrayEquals(hello.packed(), QCompress.compress(hello.input(), 10));
        assertArrayEquals(hello.packed(), QCompress.compress(hello.input(), -2));
        // a header that disagrees with the stream is a hint, as in Qt 5 and 6
        byte[] wrong = hello.packed().clone();
        wrong[3] = 1;
        assertArrayEquals(hello.input(), QCompress.uncompress(wrong));
        // where Qt says "Input data is corrupted", this is CorruptDataException
        for (byte[] bad : new byte[][]{{}, {0, 0, 0}, {0, 0, 0, 5}, {0, 0, 0, 5, 'a', 'b', 'c'}}) {
            assertThrows(CorruptDataException.class, () -> QCompress.uncompress(bad));
        }
        byte[] truncated = java.util.Arrays.copyOf(hello.packed(), hello.packed().length - 3);
        assertTrue(assertThrows(CorruptDataException.class, () -> QCompress.uncompress(truncated)).getMessage()
                .contains("truncated"));
        byte[] trailing = java.util.Arrays.copyOf(hello.packed(), hello.packed().length + 2);
        CorruptDataException t = assertThrows(CorruptDataException.class, () -> QCompress.uncompress(trailing));
        assertTrue(t.getMessage().contains("2 bytes after the zlib stream"), t.getMessage());
    }

    @Test
    void aTinyInputClaimingFourGibibytesIsRefusedBeforeAnythingIsInflated() {
        byte[] claim = {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x78, (byte) 0x9c, 3, 0, 0, 0, 0, 1};
        SizeLimitExceededException e = assertThrows(SizeLimitExceededException.class, () -> QCompress.uncompress(claim));
        assertEquals(0xFFFF_FFFFL, e.value());
        assertEquals(Limits.DEFAULT_MAX_BYTES, e.limit());
        assertEquals(0, e.offset());
    }

    @Test
    void aStreamThatInflatesPastTheLimitIsRefusedWhileInflating() {
        // 64 MiB of zeros compress to about 64 KiB; the header claims 100 bytes
        byte[] bomb = QCompress.compress(new byte[64 << 20], 9);
        assertTrue(bomb.length < 100_000, "bomb " + bomb.length);
        bomb[0] = 0;
        bomb[1] = 0;
        bomb[2] = 0;
        bomb[3] = 100;
        SizeLimitExceededException e = assertThrows(SizeLimitExceededException.class, () -> QCompress.uncompress(bomb, 1 << 20));
        assertEquals(1 << 20, e.limit());
        assertTrue(e.value() > 1 << 20 && e.value() <= (1 << 20) + QCompress.INITIAL_BUFFER, "value " + e.value());
        assertTrue(e.getMessage().contains("qCompress uncompressed size"), e.getMessage());
    }

    record Note(String text, int priority) {}

    @Test
    void theCodecWrapsAnyCodecAsQtProgramsSendCompressedData() {
        Codec<List<String>> inner = Codecs.QSTRINGLIST;
        Codec<List<String>> packed = QCompress.codec(inner, 9);
        List<String> value = new ArrayList<>();
        SplittableRandom r = new SplittableRandom(7);
        for (int i = 0; i < 500; i++) value.add("trip " + (i % 17) + " " + r.nextInt(3));
        for (StreamVersion v : new StreamVersion[]{StreamVersion.Qt_4_0, StreamVersion.Qt_5_15, StreamVersion.Qt_6_0}) {
            StreamOptions o = StreamOptions.of(v);
            byte[] bytes = packed.encode(value, o);
            // a QByteArray holding qCompress of the inner bytes
            QByteArray wire = Codecs.QBYTEARRAY.decode(bytes, o);
            assertArrayEquals(inner.encode(value, o), QCompress.uncompress(wire.toByteArray()));
            assertTrue(bytes.length < inner.encode(value, o).length / 4);
            assertEquals(value, packed.decode(bytes, o));
        }
        assertEquals("qCompress(QStringList)", packed.typeName());
    }

    @Test
    void theCodecBoundsTheUncompressedSizeByTheReadersLimitsAndNamesTheOffset() {
        Codec<QByteArray> packed = QCompress.codec(Codecs.QBYTEARRAY);
        byte[] bytes = packed.encode(QByteArray.wrap(new byte[100_000]));
        StreamOptions small = StreamOptions.DEFAULT.withLimits(Limits.DEFAULT.withMaxBytes(50_000));
        QDataReader in = new QDataReader(bytes, small);
        assertThrows(SizeLimitExceededException.class, () -> packed.read(in));
        assertEquals(Status.SIZE_LIMIT_EXCEEDED, in.status());
        // a value that does not fit its uncompressed bytes: the inner error, with where it was
        Codec<QByteArray> wrongInner = QCompress.codec(Codecs.QBYTEARRAY);
        byte[] notAByteArray = new QDataWriter(StreamOptions.DEFAULT)
                .writeByteArray(QByteArray.wrap(QCompress.compress(new byte[]{0, 0, 0, 9, 1}))).toByteArray();
        // a truncation inside the complete QByteArray is corrupt data, at the QByteArray's offset
        CorruptDataException e = assertThrows(CorruptDataException.class, () -> wrongInner.decode(notAByteArray));
        assertTrue(e.getMessage().startsWith("qCompress(QByteArray) (the 5 uncompressed bytes of the QByteArray at offset 0,"
                + " offsets inside them): truncated input: "), e.getMessage());
        assertEquals(0, e.offset());
    }
}
