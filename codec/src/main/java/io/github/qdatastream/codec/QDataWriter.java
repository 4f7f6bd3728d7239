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

    public QDataWriter(StreamOptions options) {
        this(options, 64);
    }

    public QDataWriter(StreamOptions options, int initialCapacity) {
        this.options = Objects.requireNonNull(options, "options");
        this.version = options.version();
        this.big = options.bigEndian();
        this.doubleFloats = options.floatPrecision() == FloatPrecision.DOUBLE;
        this.buf = new byte[Math.max(16, initialCapacity)];
    }

    public StreamOptions options() {
        return options;
    }

    public StreamVersion version() {
        return version;
    }

    /** Bytes written so far. */
    public int size() {
        return pos;
    }

    /** A copy of the bytes written. */
    public byte[] toByteArray() {
        return Arrays.copyOf(buf, pos);
    }

    /** The internal buffer; bytes {@code [0, size())} are valid. Valid until the next write. */
    public byte[] buffer() {
        return buf;
    }

    /** Forgets everything written, keeping the buffer for reuse. */
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

    public QDataWriter writeInt8(int v) {
        ensure(1);
        buf[pos++] = (byte) v;
        return this;
    }

    public QDataWriter writeUInt8(int v) {
        checkRange("quint8", v, 0, 0xFF);
        return writeInt8(v);
    }

    public QDataWriter writeInt16(int v) {
        ensure(2);
        if (big) SHORT_BE.set(buf, pos, (short) v); else SHORT_LE.set(buf, pos, (short) v);
        pos += 2;
        return this;
    }

    public QDataWriter writeUInt16(int v) {
        checkRange("quint16", v, 0, 0xFFFF);
        return writeInt16(v);
    }

    public QDataWriter writeInt32(int v) {
        ensure(4);
        if (big) INT_BE.set(buf, pos, v); else INT_LE.set(buf, pos, v);
        pos += 4;
        return this;
    }

    public QDataWriter writeUInt32(long v) {
        checkRange("quint32", v, 0, 0xFFFF_FFFFL);
        return writeInt32((int) v);
    }

    /** A qint64; before {@code Qt_3_3} Qt writes it as two quint32 words, high word first. */
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

    /** A quint64 given as the same 64 bits in a long. */
    public QDataWriter writeUInt64(long v) {
        return writeInt64(v);
    }

    public QDataWriter writeBool(boolean v) {
        return writeInt8(v ? 1 : 0);
    }

    /** A float, 4 bytes or from {@code Qt_4_6} on with double precision widened to 8. */
    public QDataWriter writeFloat(float v) {
        if (doubleFloats && version.atLeast(StreamVersion.Qt_4_6)) {
            return writeRaw64(Double.doubleToRawLongBits(FloatBits.widen(v)));
        }
        return writeInt32(Float.floatToRawIntBits(v));
    }

    /** A double, 8 bytes or from {@code Qt_4_6} on with single precision narrowed to 4. */
    public QDataWriter writeDouble(double v) {
        if (!doubleFloats && version.atLeast(StreamVersion.Qt_4_6)) {
            return writeInt32(Float.floatToRawIntBits(FloatBits.narrow(v)));
        }
        return writeRaw64(Double.doubleToRawLongBits(v));
    }

    public QDataWriter writeQChar(char c) {
        return writeInt16(c);
    }

    // ---------------------------------------------------------------- sizes

    /**
     * Writes a size as {@code QDataStream::writeQSizeType}: a quint32, or from {@code Qt_6_7} on
     * {@code 0xFFFFFFFE} and a qint64 when it does not fit below that marker. -1 writes the null
     * marker {@code 0xFFFFFFFF}.
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
     */
    public QDataWriter writeByteArray(@Nullable QByteArray a) {
        if (a == null) {
            return version.before(StreamVersion.Qt_3_3) ? writeInt32(0) : writeInt32(-1);
        }
        return writeBytes(a.array(), 0, a.size());
    }

    /** {@code QDataStream::writeBytes}: a size field and the bytes. */
    public QDataWriter writeBytes(byte[] b, int off, int len) {
        writeSizeField(len);
        return writeRawData(b, off, len);
    }

    /**
     * A {@code const char*}: a length that counts the terminating NUL (a size field, extended from
     * {@code Qt_6_7} on when needed), the bytes, the NUL;
     * {@code null} writes length 0 (Qt's null pointer).
     */
    public QDataWriter writeCString(byte @Nullable [] s) {
        if (s == null) {
            return writeInt32(0);
        }
        writeSizeField(s.length + 1L);
        writeRawData(s, 0, s.length);
        return writeInt8(0);
    }

    /** {@code writeRawData}: the bytes, no length. */
    public QDataWriter writeRawData(byte[] b, int off, int len) {
        Objects.checkFromIndexSize(off, len, b.length);
        ensure(len);
        System.arraycopy(b, off, buf, pos, len);
        pos += len;
        return this;
    }

    public QDataWriter writeRawData(byte[] b) {
        return writeRawData(b, 0, b.length);
    }

    /** Overwrites a quint16 at {@code index} (for a size prefix written before its block). */
    public QDataWriter setUInt16At(int index, int v) {
        Objects.checkFromIndexSize(index, 2, pos);
        if (big) SHORT_BE.set(buf, index, (short) v); else SHORT_LE.set(buf, index, (short) v);
        return this;
    }

    /** Overwrites a quint32 at {@code index}. */
    public QDataWriter setUInt32At(int index, long v) {
        Objects.checkFromIndexSize(index, 4, pos);
        if (big) INT_BE.set(buf, index, (int) v); else INT_LE.set(buf, index, (int) v);
        return this;
    }

    /** Writes one value with {@code codec}. */
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
