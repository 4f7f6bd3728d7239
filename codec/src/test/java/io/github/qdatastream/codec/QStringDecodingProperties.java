package io.github.qdatastream.codec;

import org.junit.jupiter.api.Test;

import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

/**
 * readString's word-at-a-time Latin-1 path and its char fallback agree with a plain UTF-16 decode
 * for every length, every position of the first non-Latin-1 unit, both byte orders and unaligned
 * offsets, with 0 to 40 junk bytes after the string (short strings are read 32 bytes at a time
 * when the array has them, ignoring what follows the string; with fewer, unit by unit).
 */
class QStringDecodingProperties {

    private static final StreamOptions LE = StreamOptions.DEFAULT.withByteOrder(ByteOrder.LITTLE_ENDIAN);

    @Test
    void roundTripPreservesEveryStringInBothByteOrders() {
        qt().forAll(strings().allPossible().ofLengthBetween(0, 40), integers().between(0, PLACEMENTS - 1))
                .checkAssert(QStringDecodingProperties::assertDecodesInBothByteOrders);
    }

    /**
     * The Latin-1 fast paths on their own: {@code allPossible()} strings are almost never all
     * Latin-1, and the junk after a short string (0xA5 in every byte, so a nonzero high byte in
     * every unit it forms) must not leak into the narrowed bytes.
     */
    @Test
    void latin1TextDecodesExactlyWhateverFollowsIt() {
        qt().forAll(strings().betweenCodePoints(0, 0xFF).ofLengthBetween(0, 40), integers().between(0, PLACEMENTS - 1))
                .checkAssert(QStringDecodingProperties::assertDecodesInBothByteOrders);
    }

    @Test
    void latin1TextWithOneWideUnitAnywhereDecodesExactly() {
        qt().forAll(strings().betweenCodePoints(0, 0xFF).ofLengthBetween(1, 40), integers().between(0, 39),
                integers().between(0x100, 0xFFFF), integers().between(0, PLACEMENTS - 1))
                .checkAssert((base, at, wide, pad) -> {
                    StringBuilder sb = new StringBuilder(base);
                    sb.setCharAt(at % base.length(), (char) (int) wide);
                    String s = sb.toString();
                    assertDecodesInBothByteOrders(s, pad);
                });
    }

    /**
     * The writer's side: QDataWriter's bulk path (four units per 8-byte store, the last one
     * overlapping) writes exactly the UTF-16 bytes of the string in either byte order, at every
     * length and after a header of 0 to 7 bytes.
     */
    @Test
    void writtenBytesAreTheStringsUtf16InBothByteOrders() {
        qt().forAll(strings().allPossible().ofLengthBetween(0, 40), integers().between(0, 7)).checkAssert((s, pad) -> {
            for (StreamOptions o : new StreamOptions[] {StreamOptions.DEFAULT, LE}) {
                QDataWriter w = new QDataWriter(o);
                for (int i = 0; i < pad; i++) {
                    w.writeUInt8(0xA5);
                }
                byte[] b = w.writeString(s).writeUInt8(0x5A).toByteArray();
                byte[] units = utf16(s, o == LE);
                assertArrayEquals(units, java.util.Arrays.copyOfRange(b, pad + 4, pad + 4 + units.length));
                assertEquals(pad + 4 + units.length + 1, b.length);
                assertEquals(0x5A, b[b.length - 1]);
            }
        });
    }

    /** Each char's two bytes, high byte first unless {@code littleEndian} (lone surrogates as they are, unlike String.getBytes). */
    private static byte[] utf16(String s, boolean littleEndian) {
        byte[] b = new byte[2 * s.length()];
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b[2 * i + (littleEndian ? 1 : 0)] = (byte) (c >>> 8);
            b[2 * i + (littleEndian ? 0 : 1)] = (byte) c;
        }
        return b;
    }

    @Test
    void loneSurrogatesAreKept() {
        String s = "ab\uD800cd\uDC00efgh";
        assertEquals(s, decodeAt(s, StreamOptions.DEFAULT, 3));
        assertEquals(s, decodeAt(s, LE, 1));
    }

    @Test
    void bigEndianBytesMatchTheJdkDecoderOnWellFormedText() {
        String s = "Zürich → 東京 \uD83D\uDE84 InterCity";
        byte[] b = new QDataWriter().writeString(s).toByteArray();
        assertArrayEquals(s.getBytes(StandardCharsets.UTF_16BE), java.util.Arrays.copyOfRange(b, 4, b.length));
        assertEquals(s, new QDataReader(b).readString());
    }

    private static void assertDecodesInBothByteOrders(String s, int placement) {
        for (StreamOptions o : new StreamOptions[] {StreamOptions.DEFAULT, LE}) {
            assertEquals(s, decodeAt(s, o, placement));
        }
    }

    /** Offsets 0..7 times trailing junk of 0..40 bytes, in one generated number. */
    private static final int PLACEMENTS = 8 * 41;

    /** Decodes {@code s} written at offset {@code placement % 8} with {@code placement / 8} junk bytes after it. */
    private static String decodeAt(String s, StreamOptions o, int placement) {
        int pad = placement % 8;
        int tail = placement / 8;
        byte[] enc = new QDataWriter(o).writeString(s).toByteArray();
        byte[] shifted = new byte[pad + enc.length + tail];
        java.util.Arrays.fill(shifted, (byte) 0xA5);
        System.arraycopy(enc, 0, shifted, pad, enc.length);
        QDataReader r = new QDataReader(shifted, pad, enc.length, o);
        String out = r.readString();
        assertEquals(enc.length, r.position());
        return out;
    }
}
