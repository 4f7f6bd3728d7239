package io.github.qdatastream.codec;

import java.nio.ByteOrder;
import java.util.Objects;

/**
 * How a stream is written and read: the QDataStream version, byte order, floating-point precision
 * and decoding limits. {@link #DEFAULT} is what the Fortune and Trip examples use: {@code Qt_4_0},
 * big-endian, double precision, {@link Limits#DEFAULT}.
 *
 * <p>Immutable and thread-safe.
 */
public record StreamOptions(StreamVersion version, ByteOrder byteOrder, FloatPrecision floatPrecision, Limits limits) {

    public static final StreamOptions DEFAULT =
            new StreamOptions(StreamVersion.DEFAULT, ByteOrder.BIG_ENDIAN, FloatPrecision.DOUBLE, Limits.DEFAULT);

    public StreamOptions {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(byteOrder, "byteOrder");
        Objects.requireNonNull(floatPrecision, "floatPrecision");
        Objects.requireNonNull(limits, "limits");
    }

    /** The defaults at another stream version. */
    public static StreamOptions of(StreamVersion version) {
        return DEFAULT.withVersion(version);
    }

    public StreamOptions withVersion(StreamVersion value) {
        return new StreamOptions(value, byteOrder, floatPrecision, limits);
    }

    public StreamOptions withByteOrder(ByteOrder value) {
        return new StreamOptions(version, value, floatPrecision, limits);
    }

    public StreamOptions withFloatPrecision(FloatPrecision value) {
        return new StreamOptions(version, byteOrder, value, limits);
    }

    public StreamOptions withLimits(Limits value) {
        return new StreamOptions(version, byteOrder, floatPrecision, value);
    }

    public boolean bigEndian() {
        return byteOrder == ByteOrder.BIG_ENDIAN;
    }
}
