package io.github.qdatastream.codec;

import org.jspecify.annotations.Nullable;
import java.util.Arrays;
import java.util.Objects;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Qt's {@code qCompress} / {@code qUncompress}, which Qt programs put inside their streams (as a
 * QByteArray), and {@link #codec(Codec) a codec} that compresses any other codec's bytes that way.
 *
 * <pre>
 *   quint32 big-endian   the uncompressed size (always big-endian, whatever the stream's byte order)
 *   ...                  a zlib stream (RFC 1950: 2-byte header, deflate data, Adler-32), zlib's compress2
 *
 *   qCompress("hello hello hello"):   00000011 | 789c cb48cdc9c957c84090003a2e067d
 *   qCompress(""), qCompress(null):   00000000            (no zlib stream at all)
 * </pre>
 *
 * <h2>As Qt does it</h2>
 * Checked against real Qt 5.15, 6.4 and 6.11 (docs/values.md#qcompress): the level is zlib's
 * (0 to 9; -1, the default, is zlib's 6; any other value is taken as -1, as Qt does); an empty
 * input is the four zero bytes and nothing else; {@code qUncompress} of those four bytes is the
 * empty (in Qt, null) array; a header that disagrees with the inflated size is only a hint (Qt 6
 * reads such data, and so does this class). Where Qt prints {@code qUncompress: Input data is
 * corrupted} and returns an empty array (input shorter than 4 bytes, a 4-byte input that is not
 * zero, a stream zlib rejects or that ends early), this class throws
 * {@link CorruptDataException}.
 *
 * <h2>Limits</h2>
 * The header is not trusted: a claimed size over the limit ({@link Limits#maxBytes()} for the codec,
 * {@code maxBytes} for {@link #uncompress(byte[], long)}) is {@link SizeLimitExceededException}
 * before anything is inflated, and the output is inflated in bounded steps into a buffer that
 * starts at 64 KiB at most and doubles only as output arrives, so a stream that inflates past the
 * limit (a "zip bomb") is refused as soon as it does, with at most the limit allocated. Unlike Qt,
 * bytes after the end of the zlib stream are corrupt data (Qt ignores them), so that no byte is
 * silently dropped.
 */
public final class QCompress {

    private QCompress() {
    }

    /** The first output buffer is at most this large; it doubles as output arrives. */
    static final int INITIAL_BUFFER = 64 * 1024;

    /**
     * {@code qCompress(data)}: zlib's default level.
     *
     * @param data the bytes to compress, or null
     * @return a quint32 big-endian original size and the zlib stream
     */
    public static byte[] compress(byte @Nullable [] data) {
        return compress(data, -1);
    }

    /**
     * {@code qCompress(data, level)}; a null or empty {@code data} gives the four zero bytes, as in Qt.
     *
     * @param data the bytes to compress, or null
     * @param level zlib's level, 0 to 9, or -1 for its default (others mean -1, as in Qt)
     * @return a quint32 big-endian original size and the zlib stream
     */
    public static byte[] compress(byte @Nullable [] data, int level) {
        if (data == null || data.length == 0) {
            return new byte[4];
        }
        if (level < -1 || level > 9) {
            level = -1; // Qt: "if (compressionLevel < -1 || compressionLevel > 9) compressionLevel = -1"
        }
        Deflater d = new Deflater(level);
        try {
            d.setInput(data);
            d.finish();
            byte[] out = new byte[4 + data.length + data.length / 100 + 13]; // Qt's first guess, zlib's bound
            int n = 4;
            while (!d.finished()) {
                if (n == out.length) out = Arrays.copyOf(out, out.length * 2);
                n += d.deflate(out, n, out.length - n);
            }
            int len = data.length;
            out[0] = (byte) (len >>> 24);
            out[1] = (byte) (len >>> 16);
            out[2] = (byte) (len >>> 8);
            out[3] = (byte) len;
            return n == out.length ? out : Arrays.copyOf(out, n);
        } finally {
            d.end();
        }
    }

    /**
     * {@code qUncompress(data)} with {@link Limits#DEFAULT_MAX_BYTES} as the bound on the output.
     *
     * @param data the size and zlib stream {@link #compress(byte[])} gives
     * @return the original bytes
     */
    public static byte[] uncompress(byte[] data) {
        return uncompress(data, Limits.DEFAULT_MAX_BYTES);
    }

    /**
     * {@code qUncompress(data)}, producing at most {@code maxBytes} bytes: a larger claim or output
     * is {@link SizeLimitExceededException}; malformed data is {@link CorruptDataException}. Error
     * offsets count from the start of {@code data}.
     *
     * @param data the size and zlib stream {@link #compress(byte[])} gives
     * @param maxBytes the most bytes the output may have
     * @return the original bytes
     */
    public static byte[] uncompress(byte[] data, long maxBytes) {
        Objects.requireNonNull(data, "data");
        return uncompress(data, 0, data.length, maxBytes, 0, "Limits.maxBytes (the maxBytes argument)");
    }

    static byte[] uncompress(byte[] data, int off, int len, long maxBytes, long streamOffset, String setting) {
        long limit = Math.min(maxBytes, Integer.MAX_VALUE - 8);
        if (len < 4) {
            throw CorruptDataException.of("qCompress data", len + " bytes", streamOffset,
                    "shorter than its 4-byte size header (Qt: \"qUncompress: Input data is corrupted\")");
        }
        long claim = ((data[off] & 0xFFL) << 24) | ((data[off + 1] & 0xFF) << 16) | ((data[off + 2] & 0xFF) << 8)
                | (data[off + 3] & 0xFF);
        if (len == 4) {
            if (claim != 0) {
                throw CorruptDataException.of("qCompress size header", claim, streamOffset,
                        "no zlib stream follows it (Qt: \"qUncompress: Input data is corrupted\")");
            }
            return new byte[0];
        }
        if (claim > limit) {
            throw SizeLimitExceededException.of("qCompress size header", claim, limit, streamOffset, setting);
        }
        Inflater inf = new Inflater();
        try {
            inf.setInput(data, off + 4, len - 4);
            byte[] out = new byte[(int) Math.max(1, Math.min(Math.max(claim, len - 4L), Math.min(limit, INITIAL_BUFFER)))];
            int n = 0;
            while (!inf.finished()) {
                if (n == out.length) {
                    if (n > limit - 1) {
                        throw SizeLimitExceededException.of("qCompress uncompressed size", n + 1L, limit,
                                streamOffset, setting);
                    }
                    out = Arrays.copyOf(out, (int) Math.min((long) out.length * 2, limit + 1));
                }
                int k;
                try {
                    k = inf.inflate(out, n, out.length - n);
                } catch (DataFormatException e) {
                    throw CorruptDataException.of("qCompress zlib stream", "after " + inf.getBytesRead() + " bytes",
                            streamOffset + 4, "zlib: " + e.getMessage());
                }
                n += k;
                if (n > limit) {
                    throw SizeLimitExceededException.of("qCompress uncompressed size", n, limit, streamOffset, setting);
                }
                if (k == 0 && !inf.finished() && n < out.length) {
                    throw CorruptDataException.of("qCompress zlib stream", (len - 4) + " bytes", streamOffset + 4,
                            inf.needsDictionary() ? "it needs a preset dictionary, which qCompress never uses"
                                    : "it ends before its end (truncated), after " + n + " uncompressed bytes");
                }
            }
            if (inf.getRemaining() > 0) {
                throw CorruptDataException.of("qCompress data", inf.getRemaining() + " bytes after the zlib stream",
                        streamOffset + len - inf.getRemaining(), "qCompress writes nothing after it (Qt ignores them)");
            }
            return n == out.length ? out : Arrays.copyOf(out, n);
        } finally {
            inf.end();
        }
    }

    /**
     * A failure inside the uncompressed bytes, as the stream sees it: at the QByteArray's offset,
     * and a truncation there is corrupt data (the QByteArray is complete; more input cannot help).
     */
    private static QDataStreamException inside(QDataStreamException e, String context, long at) {
        String message = context + ": " + e.getMessage();
        if (e instanceof SizeLimitExceededException s) {
            return new SizeLimitExceededException(message, at, s.value(), s.limit());
        }
        return new CorruptDataException(message, at);
    }

    /**
     * {@link #codec(Codec, int)} at zlib's default level.
     *
     * @param <T> the value's Java type
     * @param inner writes and reads the uncompressed value
     * @return the codec
     */
    public static <T> Codec<T> codec(Codec<T> inner) {
        return codec(inner, -1);
    }

    /**
     * A value of {@code inner} as Qt programs send compressed data: {@code stream << qCompress(bytes)}
     * where {@code bytes} is the value written with the same stream options, so a QByteArray on the
     * wire. Reading takes the QByteArray, uncompresses it within {@link Limits#maxBytes()} and reads
     * exactly one value of {@code inner} from it. Every error names the codec
     * ({@code qCompress(QStringList): corrupt data: qCompress zlib stream ...}); one inside the
     * uncompressed bytes is reported at the QByteArray's offset, a truncation there as corrupt data
     * (the QByteArray is complete, so more input cannot help). The type name is {@code qCompress(inner)}.
     *
     * @param <T> the value's Java type
     * @param inner writes and reads the uncompressed value
     * @param level zlib's level when writing, 0 to 9, or -1 for its default
     * @return the codec
     */
    public static <T> Codec<T> codec(Codec<T> inner, int level) {
        Objects.requireNonNull(inner, "inner");
        String name = "qCompress(" + inner.typeName() + ")";
        return Codec.of(name, 4, in -> {
            long at = in.offset();
            QByteArray packed;
            try {
                packed = in.readByteArray();
            } catch (QDataStreamException e) {
                throw e.within(name);
            }
            if (packed == null) {
                throw in.corrupt(name, "a null QByteArray", at, "qCompress always writes its 4-byte header");
            }
            byte[] plain;
            try {
                plain = uncompress(packed.array(), 0, packed.size(), in.limits().maxBytes(), at + 4, "Limits.maxBytes");
            } catch (QDataStreamException e) {
                in.setStatus(e.status());
                throw e.within(name);
            }
            try {
                return inner.decode(plain, in.options());
            } catch (QDataStreamException e) {
                QDataStreamException x = inside(e, name + " (the " + plain.length
                        + " uncompressed bytes of the QByteArray at offset " + at + ", offsets inside them)", at);
                in.setStatus(x.status());
                throw x;
            }
        }, (out, value) -> out.writeByteArray(QByteArray.wrap(compress(inner.encode(value, out.options()), level))));
    }
}
