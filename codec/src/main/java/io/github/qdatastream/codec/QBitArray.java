package io.github.qdatastream.codec;

import java.util.Arrays;
import java.util.Objects;

/**
 * An immutable QBitArray: a number of bits, bit {@code i} stored in byte {@code i / 8} at bit
 * {@code i % 8} (least significant first).
 *
 * <p>Wire format: the bit count (a quint32 before {@code Qt_6_0}, a quint64 from {@code Qt_6_0}
 * on; never the size-field encoding), then {@code ceil(n / 8)} bytes. Padding bits above bit
 * {@code n % 8} of the last byte must be zero: Qt reads anything else as corrupt data, and so does
 * this codec. Before {@code Qt_6_0} a count above {@code 2^31 - 1} is corrupt (as in Qt).
 *
 * <pre>
 *   QBitArray "1111111111" (10 bits), every version before Qt_6_0:
 *   +-------------+------+------+
 *   | 00 00 00 0a |  ff  |  03  |
 *   +-------------+------+------+
 *     quint32 n     bits   bits 8..9, padding zero
 * </pre>
 */
public final class QBitArray {

    /** The empty bit array. */
    public static final QBitArray EMPTY = new QBitArray(0, new byte[0]);

    /** Reads and writes a QBitArray per stream version. */
    public static final Codec<QBitArray> CODEC = Codec.of("QBitArray", QBitArray::read, QBitArray::write);

    private final int size;
    private final byte[] bits;

    private QBitArray(int size, byte[] bits) {
        this.size = size;
        this.bits = bits;
    }

    /**
     * {@return a bit array of {@code bits.length} bits}
     *
     * @param bits the bits, bit 0 first
     */
    public static QBitArray of(boolean... bits) {
        byte[] b = new byte[(bits.length + 7) >>> 3];
        for (int i = 0; i < bits.length; i++) {
            if (bits[i]) {
                b[i >>> 3] |= (byte) (1 << (i & 7));
            }
        }
        return new QBitArray(bits.length, b);
    }

    /**
     * A bit array of {@code size} bits taken from {@code bytes} in Qt's layout (copied); the array
     * must hold exactly {@code ceil(size / 8)} bytes with zero padding bits.
     *
     * @param bytes the bytes, bit 0 in the lowest bit of the first byte
     * @param size the number of bits
     * @return the bit array
     * @throws IllegalArgumentException if the sizes disagree or a padding bit is set
     */
    public static QBitArray fromBytes(byte[] bytes, int size) {
        if (size < 0) throw new IllegalArgumentException("size < 0: " + size);
        int n = (int) ((size + 7L) >>> 3);
        if (bytes.length != n) {
            throw new IllegalArgumentException(size + " bits take " + n + " bytes, got " + bytes.length);
        }
        if (n > 0 && (size & 7) != 0 && (bytes[n - 1] & 0xFF & (0xFF << (size & 7))) != 0) {
            throw new IllegalArgumentException("padding bits above bit " + size + " must be zero");
        }
        return new QBitArray(size, bytes.clone());
    }

    /**
     * Parses a string of {@code '0'} and {@code '1'}, bit 0 first (the JSON form).
     *
     * @param text the bits as characters
     * @return the bit array
     * @throws IllegalArgumentException if another character occurs
     */
    public static QBitArray parse(String text) {
        boolean[] b = new boolean[text.length()];
        for (int i = 0; i < b.length; i++) {
            char c = text.charAt(i);
            if (c != '0' && c != '1') {
                throw new IllegalArgumentException("not a bit at index " + i + ": '" + c + "'");
            }
            b[i] = c == '1';
        }
        return of(b);
    }

    /** {@return the number of bits} */
    public int size() {
        return size;
    }

    /** {@return true if there are no bits} */
    public boolean isEmpty() {
        return size == 0;
    }

    /**
     * {@return bit {@code i}}
     *
     * @param i from 0 to {@code size() - 1}
     * @throws IndexOutOfBoundsException if {@code i} is out of range
     */
    public boolean testBit(int i) {
        Objects.checkIndex(i, size);
        return (bits[i >>> 3] & (1 << (i & 7))) != 0;
    }

    /** {@return a copy of the bytes as on the wire} */
    public byte[] toBytes() {
        return bits.clone();
    }

    /** {@return the bits as {@code '0'}/{@code '1'} characters, bit 0 first} */
    public String toBitString() {
        StringBuilder sb = new StringBuilder(size);
        for (int i = 0; i < size; i++) {
            sb.append(testBit(i) ? '1' : '0');
        }
        return sb.toString();
    }

    static QBitArray read(QDataReader in) {
        long at = in.offset();
        long n;
        if (in.version().before(StreamVersion.Qt_6_0)) {
            n = in.readUInt32();
            if (n > Integer.MAX_VALUE) {
                throw in.corrupt("QBitArray bit count", n, at, "Qt 5 rejects counts above 2^31 - 1");
            }
        } else {
            n = in.readInt64();
            if (n < 0) {
                throw in.limitExceeded("QBitArray bit count", n, Integer.MAX_VALUE, at,
                        "nothing: the quint64 count " + Long.toUnsignedString(n) + " exceeds every qsizetype");
            }
        }
        if (n == 0) {
            return EMPTY;
        }
        long bytes = (n + 7) >>> 3;
        int len = in.checkByteCount("QBitArray", bytes, at);
        if (n > Integer.MAX_VALUE) {
            // Cannot be reached with a byte limit below 256 MiB, but never narrow silently.
            throw in.limitExceeded("QBitArray bit count", n, Integer.MAX_VALUE, at, "Limits.maxBytes");
        }
        byte[] b = in.readRawData(len);
        int tail = (int) (n & 7);
        if (tail != 0 && (b[len - 1] & 0xFF & (0xFF << tail)) != 0) {
            throw in.corrupt("QBitArray last byte", String.format("0x%02x", b[len - 1] & 0xFF), in.offset() - 1,
                    "padding bits above bit " + n + " must be zero");
        }
        return new QBitArray((int) n, b);
    }

    static void write(QDataWriter out, QBitArray a) {
        if (out.version().before(StreamVersion.Qt_6_0)) {
            out.writeInt32(a.size);
        } else {
            out.writeInt64(a.size);
        }
        out.writeRawData(a.bits);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof QBitArray other && size == other.size && Arrays.equals(bits, other.bits);
    }

    @Override
    public int hashCode() {
        return 31 * size + Arrays.hashCode(bits);
    }

    @Override
    public String toString() {
        return "QBitArray[" + toBitString() + "]";
    }
}
