package io.github.qdatastream.fuzz;

import io.github.qdatastream.codec.Codec;
import io.github.qdatastream.codec.FloatPrecision;
import io.github.qdatastream.codec.QDataReader;
import io.github.qdatastream.codec.QDataStreamException;
import io.github.qdatastream.codec.StreamOptions;
import io.github.qdatastream.codec.StreamVersion;
import io.github.qdatastream.testkit.CodecChecks;
import java.nio.ByteOrder;

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

    /** The testkit's rejection rule ({@link CodecChecks#checkRejection}). */
    static void checkRejection(QDataStreamException e, QDataReader reader, long inputLength) {
        CodecChecks.checkRejection(e, reader, inputLength);
    }

    /**
     * Decodes one value from the front of {@code payload}; on success checks the round trip and
     * returns the number of bytes the value took, on a {@link QDataStreamException} checks the
     * rejection and returns -1 (the rules of the testkit's {@link io.github.qdatastream.testkit.QtFuzz}).
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

    /** The testkit's round trip ({@link CodecChecks#roundTrip}: Qt's null-as-empty before Qt_3_3 allowed). */
    static <T> void roundTrip(Codec<T> codec, T value, StreamOptions options) {
        CodecChecks.roundTrip(codec, value, options);
    }

    static boolean deepEquals(Object a, Object b) {
        return CodecChecks.deepEquals(a, b);
    }

    static String hex(byte[] b) {
        return CodecChecks.hex(b);
    }
}
