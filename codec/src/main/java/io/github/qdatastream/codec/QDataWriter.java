package io.github.qdatastream.codec;

import static io.github.qdatastream.codec.internal.Utf16.INT_BE;
import static io.github.qdatastream.codec.internal.Utf16.INT_LE;
import static io.github.qdatastream.codec.internal.Utf16.LONG_BE;
import static io.github.qdatastream.codec.internal.Utf16.LONG_LE;
import static io.github.qdatastream.codec.internal.Utf16.SHORT_BE;
import static io.github.qdatastream.codec.internal.Utf16.SHORT_LE;

import io.github.qdatastream.codec.internal.FloatBits;
import io.github.qdatastream.codec.internal.Utf16;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Writes QDataStream values into a growing byte array, as {@code QDataStream <<} does. Methods
 * return {@code this} so fields chain:
 * {@code w.write(QDate.CODEC, d).write(QTime.CODEC, t).writeUInt16(90)}.
 *
 * <p>Unsigned writers take the Java types {@link QDataReader} returns and write their low bits
 * ({@code writeUInt16(0xFFFF)}); a value outside the unsigned range is a caller mistake and
 * throws {@link IllegalArgumentException}.
 *
 * <p>Mutable and not thread-safe: one writer per message being written, used by one thread.
 */
public final class QDataWriter {

    private final StreamOptions options;
    private final StreamVersion version;
    private final boolean big;
    private final boolean doubleFloats;
    private byte[] buf;
    private int pos;
    /** QString encoding and its scratch array. */
    private final Utf16 utf16 = new Utf16();

    /** A writer with {@link StreamOptions#DEFAULT}. */
    public QDataWriter() {
        this(StreamOptions.DEFAULT, 64);
    }

    /**
     * A writer with the given options and a small initial buffer.
     *
     * @param options the stream version, byte order and float precision to write with
     * @throws NullPointerException if {@code options} is null
     */
    public QDataWriter(StreamOptions options) {
        this(options, 64);
    }

    /**
     * A writer with the given options and a buffer presized for the expected message.
     *
     * @param options the stream version, byte order and float precision to write with
     * @param initialCapacity bytes to allocate up front (at least 16 are); the buffer grows as needed
     * @throws NullPointerException if {@code options} is null
     */
    public QDataWriter(StreamOptions options, int initialCapacity) {
        this.options = Objects.requireNonNull(options, "options");
        this.version = options.version();
        this.big = options.bigEndian();
        this.doubleFloats = options.floatPrecision() == FloatPrecision.DOUBLE;
        this.buf = new byte[Math.max(16, initialCapacity)];
    }

    /** {@return the options this writer was created with} */
    public StreamOptions options() {
        return options;
    }

    /** {@return the stream version values are written for} */
    public StreamVersion version() {
        return version;
    }

    /** {@return the number of bytes written so far} */
    public int size() {
        return pos;
    }

    /** {@return a copy of the bytes written so far} */
    public byte[] toByteArray() {
        return Arrays.copyOf(buf, pos);
    }

    /**
     * {@return the internal buffer, without copying}; bytes {@code [0, size())} are valid, and only
     * until the next write (a write may replace the array).
     */
    public byte[] buffer() {
        return buf;
    }

    /**
     * Forgets everything written, keeping the buffer for reuse.
     *
     * @return this writer
     */
    public QDataWriter reset() {
        pos = 0;
        return this;
    }

    private void ensure(int n) {
        if (buf.length - pos < n) {
            int need = pos + n;
            if (need < 0) throw new IllegalStateException("output larger than 2 GiB");
            buf = Arrays.copyOf(buf, Math.max(need, Math.min(Integer.MAX_VALUE - 16, buf.length * 2)));
        }
    }

    // ---------------------------------------------------------------- primitives

    /**
     * Writes a qint8: the low 8 bits of {@code v}.
     *
     * @param v the value; bits above the low 8 are dropped
     * @return this writer
     */
    public QDataWriter writeInt8(int v) {
        ensure(1);
        buf[pos++] = (byte) v;
        return this;
    }

    /**
     * Writes a quint8.
     *
     * @param v the value, 0 to 255
     * @return this writer
     * @throws IllegalArgumentException if {@code v} is outside 0 to 255
     */
    public QDataWriter writeUInt8(int v) {
        checkRange("quint8", v, 0, 0xFF);
        return writeInt8(v);
    }

    /**
     * Writes a qint16 in the stream's byte order: the low 16 bits of {@code v}.
     *
     * @param v the value; bits above the low 16 are dropped
     * @return this writer
     */
    public QDataWriter writeInt16(int v) {
        ensure(2);
        if (big) SHORT_BE.set(buf, pos, (short) v); else SHORT_LE.set(buf, pos, (short) v);
        pos += 2;
        return this;
    }

    /**
     * Writes a quint16 in the stream's byte order.
     *
     * @param v the value, 0 to 65535
     * @return this writer
     * @throws IllegalArgumentException if {@code v} is outside 0 to 65535
     */
    public QDataWriter writeUInt16(int v) {
        checkRange("quint16", v, 0, 0xFFFF);
        return writeInt16(v);
    }

    /**
     * Writes a qint32 in the stream's byte order.
     *
     * @param v the value
     * @return this writer
     */
    public QDataWriter writeInt32(int v) {
        ensure(4);
        if (big) INT_BE.set(buf, pos, v); else INT_LE.set(buf, pos, v);
        pos += 4;
        return this;
    }

    /**
     * Writes a quint32 in the stream's byte order.
     *
     * @param v the value, 0 to {@code 0xFFFFFFFF}
     * @return this writer
     * @throws IllegalArgumentException if {@code v} is outside 0 to {@code 0xFFFFFFFF}
     */
    public QDataWriter writeUInt32(long v) {
        checkRange("quint32", v, 0, 0xFFFF_FFFFL);
        return writeInt32((int) v);
    }

    /**
     * Writes a qint64; before {@code Qt_3_3} Qt writes it as two quint32 words, high word first.
     *
     * @param v the value
     * @return this writer
     */
    public QDataWriter writeInt64(long v) {
        if (version.before(StreamVersion.Qt_3_3)) {
            writeInt32((int) (v >>> 32));
            return writeInt32((int) v);
        }
        return writeRaw64(v);
    }

    /** Eight bytes in the stream's byte order (a double's bits; never split into words). */
    private QDataWriter writeRaw64(long v) {
        ensure(8);
        if (big) LONG_BE.set(buf, pos, v); else LONG_LE.set(buf, pos, v);
        pos += 8;
        return this;
    }

    /**
     * Writes a quint64 given as the same 64 bits in a long (as {@link QDataReader#readUInt64()}
     * returns it).
     *
     * @param v the 64 bits, read as unsigned
     * @return this writer
     */
    public QDataWriter writeUInt64(long v) {
        return writeInt64(v);
    }

    /**
     * Writes a bool as one byte, 1 or 0.
     *
     * @param v the value
     * @return this writer
     */
    public QDataWriter writeBool(boolean v) {
        return writeInt8(v ? 1 : 0);
    }

    /**
     * Writes a float: 4 bytes, or from {@code Qt_4_6} on with double precision widened to 8.
     *
     * @param v the value (NaN payloads kept as far as the widening allows)
     * @return this writer
     */
    public QDataWriter writeFloat(float v) {
        if (doubleFloats && version.atLeast(StreamVersion.Qt_4_6)) {
            return writeRaw64(Double.doubleToRawLongBits(FloatBits.widen(v)));
        }
        return writeInt32(Float.floatToRawIntBits(v));
    }

    /**
     * Writes a double: 8 bytes, or from {@code Qt_4_6} on with single precision narrowed to 4.
     *
     * @param v the value
     * @return this writer
     */
    public QDataWriter writeDouble(double v) {
        if (!doubleFloats && version.atLeast(StreamVersion.Qt_4_6)) {
            return writeInt32(Float.floatToRawIntBits(FloatBits.narrow(v)));
        }
        return writeRaw64(Double.doubleToRawLongBits(v));
    }

    /**
     * Writes a QChar: one UTF-16 code unit as a quint16.
     *
     * @param c the code unit (a lone surrogate is written as it is)
     * @return this writer
     */
    public QDataWriter writeQChar(char c) {
        return writeInt16(c);
    }

    // ---------------------------------------------------------------- sizes

    /**
     * Writes a size as {@code QDataStream::writeQSizeType}: a quint32, or from {@code Qt_6_7} on
     * {@code 0xFFFFFFFE} and a qint64 when it does not fit below that marker. -1 writes the null
     * marker {@code 0xFFFFFFFF}.
     *
     * @param size the size, or -1 for the null marker
     * @return this writer
     * @throws IllegalArgumentException if {@code size} is below -1, or needs 64 bits before {@code Qt_6_7}
     */
    public QDataWriter writeSizeField(long size) {
        if (size == -1) {
            return writeInt32(-1);
        }
        if (size < 0) throw new IllegalArgumentException("size < 0: " + size);
        if (size < QDataReader.EXTENDED_SIZE) {
            return writeInt32((int) size);
        }
        if (!version.atLeast(StreamVersion.Qt_6_7)) {
            throw new IllegalArgumentException("size " + size + " needs 64-bit sizes, which start at Qt_6_7; stream version is " + version);
        }
        writeInt32((int) QDataReader.EXTENDED_SIZE);
        return writeInt64(size);
    }

    // ---------------------------------------------------------------- strings and bytes

    /**
     * A QString: {@code null} writes the null marker, anything else its byte count and UTF-16 code
     * units (lone surrogates as they are). Stream version 1 writes Latin-1 in a QByteArray (a
     * character above U+00FF becomes {@code '?'}, as {@code QString::toLatin1()} does). Before
     * {@code Qt_2_1} Qt has no null marker for strings and writes a null QString as an empty one.
     *
     * @param s the string, or {@code null} for a null QString
     * @return this writer
     * @throws IllegalArgumentException if the string's byte count needs 64 bits before {@code Qt_6_7}
     */
    public QDataWriter writeString(@Nullable String s) {
        if (version == StreamVersion.Qt_1_0) {
            return writeByteArray(s == null ? null : QByteArray.wrap(s.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)));
        }
        if (s == null) {
            return version.before(StreamVersion.Qt_2_1) ? writeInt32(0) : writeInt32(-1);
        }
        int n = s.length();
        writeSizeField(2L * n);
        ensure(2 * n);
        utf16.encode(s, n, buf, pos, big);
        pos += 2 * n;
        return this;
    }

    /**
     * A QByteArray; {@code null} writes the null marker from {@code Qt_3_3} on, and an empty byte
     * array before that (as Qt does: older streams have no null byte array).
     *
     * @param a the bytes, or {@code null} for a null QByteArray
     * @return this writer
     */
    public QDataWriter writeByteArray(@Nullable QByteArray a) {
        if (a == null) {
            return version.before(StreamVersion.Qt_3_3) ? writeInt32(0) : writeInt32(-1);
        }
        return writeBytes(a.array(), 0, a.size());
    }

    /**
     * {@code QDataStream::writeBytes}: a size field and the bytes.
     *
     * @param b the array holding the bytes
     * @param off index of the first byte to write
     * @param len number of bytes to write
     * @return this writer
     * @throws IndexOutOfBoundsException if {@code [off, off + len)} is not inside {@code b}
     */
    public QDataWriter writeBytes(byte[] b, int off, int len) {
        writeSizeField(len);
        return writeRawData(b, off, len);
    }

    /**
     * A {@code const char*}: a length that counts the terminating NUL (a size field, extended from
     * {@code Qt_6_7} on when needed), the bytes, the NUL;
     * {@code null} writes length 0 (Qt's null pointer).
     *
     * @param s the string's bytes without the NUL, or {@code null} for a null pointer
     * @return this writer
     */
    public QDataWriter writeCString(byte @Nullable [] s) {
        if (s == null) {
            return writeInt32(0);
        }
        writeSizeField(s.length + 1L);
        writeRawData(s, 0, s.length);
        return writeInt8(0);
    }

    /**
     * {@code writeRawData}: the bytes, no length.
     *
     * @param b the array holding the bytes
     * @param off index of the first byte to write
     * @param len number of bytes to write
     * @return this writer
     * @throws IndexOutOfBoundsException if {@code [off, off + len)} is not inside {@code b}
     */
    public QDataWriter writeRawData(byte[] b, int off, int len) {
        Objects.checkFromIndexSize(off, len, b.length);
        ensure(len);
        System.arraycopy(b, off, buf, pos, len);
        pos += len;
        return this;
    }

    /**
     * {@code writeRawData} of a whole array: the bytes, no length.
     *
     * @param b the bytes to write
     * @return this writer
     */
    public QDataWriter writeRawData(byte[] b) {
        return writeRawData(b, 0, b.length);
    }

    /**
     * Overwrites a quint16 at {@code index} (for a size prefix written before its block).
     *
     * @param index offset of the two bytes, inside what was written
     * @param v the value; its low 16 bits are written
     * @return this writer
     * @throws IndexOutOfBoundsException if the two bytes are not inside {@code [0, size())}
     */
    public QDataWriter setUInt16At(int index, int v) {
        Objects.checkFromIndexSize(index, 2, pos);
        if (big) SHORT_BE.set(buf, index, (short) v); else SHORT_LE.set(buf, index, (short) v);
        return this;
    }

    /**
     * Overwrites a quint32 at {@code index} (for a size prefix written before its block).
     *
     * @param index offset of the four bytes, inside what was written
     * @param v the value; its low 32 bits are written
     * @return this writer
     * @throws IndexOutOfBoundsException if the four bytes are not inside {@code [0, size())}
     */
    public QDataWriter setUInt32At(int index, long v) {
        Objects.checkFromIndexSize(index, 4, pos);
        if (big) INT_BE.set(buf, index, (int) v); else INT_LE.set(buf, index, (int) v);
        return this;
    }

    /**
     * Writes one value with {@code codec}.
     *
     * @param <T> the value's Java type
     * @param codec how to write the value
     * @param value the value
     * @return this writer
     */
    public <T> QDataWriter write(Codec<T> codec, T value) {
        codec.write(this, value);
        return this;
    }

    private static void checkRange(String type, long v, long min, long max) {
        if (v < min || v > max) {
            throw new IllegalArgumentException(type + " out of range [" + min + ", " + max + "]: " + v);
        }
    }
}
