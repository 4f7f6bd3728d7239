package io.github.qdatastream.fuzz;

import io.github.qdatastream.codec.Codec;
import io.github.qdatastream.codec.FloatPrecision;
import io.github.qdatastream.codec.QDataReader;
import io.github.qdatastream.codec.QDataStreamException;
import io.github.qdatastream.codec.StreamOptions;
import io.github.qdatastream.codec.StreamVersion;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The rule every fuzz target enforces: a decoder returns a value (or "need more data"), or throws
 * a {@link QDataStreamException} that names an offset inside the input; anything else (another
 * exception, an {@link Error}, a hang) is a finding. Whatever decodes must encode again, and those
 * bytes must decode to an equal value and re-encode to the same bytes.
 */
final class Rules {

    private static final StreamVersion[] VERSIONS = StreamVersion.values();

    private Rules() {
    }

    /** Stream version, byte order and float precision from three choices. */
    static StreamOptions options(FuzzInput in) {
        StreamVersion v = VERSIONS[in.choose(VERSIONS.length)];
        ByteOrder order = in.flag() ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
        FloatPrecision fp = in.flag() ? FloatPrecision.SINGLE : FloatPrecision.DOUBLE;
        return StreamOptions.of(v).withByteOrder(order).withFloatPrecision(fp);
    }

    /** The choices that make {@link #options(FuzzInput)} return {@code o}. */
    static FuzzInput.Builder options(FuzzInput.Builder b, StreamOptions o) {
        return b.choice(o.version().ordinal())
                .flag(o.byteOrder() == ByteOrder.LITTLE_ENDIAN)
                .flag(o.floatPrecision() == FloatPrecision.SINGLE);
    }

    /**
     * Checks a rejection: the exception names an offset within the input (or -1) and has a
     * message, and the reader recorded the matching status.
     */
    static void checkRejection(QDataStreamException e, QDataReader reader, long inputLength) {
        if (e.getMessage() == null || e.getMessage().isBlank()) {
            throw new AssertionError("rejection without a message", e);
        }
        if (e.offset() < -1 || e.offset() > inputLength) {
            throw new AssertionError("rejection names offset " + e.offset() + " outside the input of "
                    + inputLength + " bytes: " + e.getMessage(), e);
        }
        if (reader != null && reader.status() != e.status()) {
            throw new AssertionError("reader status " + reader.status() + " but the exception says "
                    + e.status() + " (build exceptions with the reader's factories): " + e.getMessage(), e);
        }
    }

    /**
     * Decodes one value from the front of {@code payload}; on success checks the round trip and
     * returns the number of bytes the value took, on a {@link QDataStreamException} checks the
     * rejection and returns -1.
     */
    static <T> int decodeAndRoundTrip(Codec<T> codec, byte[] payload, StreamOptions options) {
        QDataReader r = new QDataReader(payload, options);
        T value;
        try {
            value = codec.read(r);
        } catch (QDataStreamException e) {
            checkRejection(e, r, payload.length);
            return -1;
        }
        roundTrip(codec, value, options);
        return r.position();
    }

    /**
     * {@code value} encodes, decodes to an equal value, and re-encodes to the same bytes.
     *
     * <p>One exception, Qt's own: before {@code Qt_3_3} Qt has no null marker on the writing side
     * and writes a null QString/QByteArray as an empty one, while every version reads
     * {@code FFFFFFFF} as null. There the value may change once (null to empty); the bytes must
     * still be a fixed point.
     */
    static <T> void roundTrip(Codec<T> codec, T value, StreamOptions options) {
        byte[] first = codec.encode(value, options);
        T again;
        try {
            again = codec.decode(first, options);
        } catch (QDataStreamException e) {
            throw new AssertionError(codec.typeName() + " at " + options.version()
                    + ": our own encoding does not decode: " + hex(first), e);
        }
        if (!deepEquals(value, again) && options.version().atLeast(StreamVersion.Qt_3_3)) {
            throw new AssertionError(codec.typeName() + " at " + options.version()
                    + ": round trip changed the value\n  before: " + value + "\n  after:  " + again);
        }
        byte[] second = codec.encode(again, options);
        if (!Arrays.equals(first, second)) {
            throw new AssertionError(codec.typeName() + " at " + options.version()
                    + ": re-encoding is not stable\n  first:  " + hex(first) + "\n  second: " + hex(second));
        }
    }

    /** Equality that also compares arrays by content, inside lists, maps and records' lists. */
    static boolean deepEquals(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        if (a.getClass().isArray() || b.getClass().isArray()) {
            return Objects.deepEquals(a, b);
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!deepEquals(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            return x.equals(y);
        }
        return a.equals(b);
    }

    static String hex(byte[] b) {
        return b.length > 256 ? HexFormat.of().formatHex(b, 0, 256) + "...(" + b.length + " bytes)" : HexFormat.of().formatHex(b);
    }
}
