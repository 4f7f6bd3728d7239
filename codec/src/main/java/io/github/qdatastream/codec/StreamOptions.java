package io.github.qdatastream.codec;

import java.nio.ByteOrder;
import java.util.Objects;

/**
 * How a stream is written and read: the QDataStream version, byte order, floating-point precision
 * and decoding limits. {@link #DEFAULT} is what the Fortune and Trip examples use: {@code Qt_4_0},
 * big-endian, double precision, {@link Limits#DEFAULT}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param version the QDataStream version ({@code QDataStream::setVersion})
 * @param byteOrder the byte order ({@code QDataStream::setByteOrder})
 * @param floatPrecision how {@code float} and {@code double} values are written
 *     ({@code QDataStream::setFloatingPointPrecision})
 * @param limits the decoding limits
 */
public record StreamOptions(StreamVersion version, ByteOrder byteOrder, FloatPrecision floatPrecision, Limits limits) {

    /** {@code Qt_4_0} ({@link StreamVersion#DEFAULT}), big-endian, double precision, {@link Limits#DEFAULT}. */
    public static final StreamOptions DEFAULT =
            new StreamOptions(StreamVersion.DEFAULT, ByteOrder.BIG_ENDIAN, FloatPrecision.DOUBLE, Limits.DEFAULT);

    /**
     * Checks that no option is null.
     *
     * @param version the stream version
     * @param byteOrder the byte order of every multi-byte value
     * @param floatPrecision the precision of float and double from {@code Qt_4_6} on
     * @param limits the bounds on untrusted lengths and counts
     */
    public StreamOptions {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(byteOrder, "byteOrder");
        Objects.requireNonNull(floatPrecision, "floatPrecision");
        Objects.requireNonNull(limits, "limits");
    }

    /**
     * {@return the defaults at another stream version}
     *
     * @param version the stream version
     */
    public static StreamOptions of(StreamVersion version) {
        return DEFAULT.withVersion(version);
    }

    /**
     * {@return these options at another stream version}
     *
     * @param value the stream version
     */
    public StreamOptions withVersion(StreamVersion value) {
        return new StreamOptions(value, byteOrder, floatPrecision, limits);
    }

    /**
     * {@return these options with another byte order}
     *
     * @param value the byte order
     */
    public StreamOptions withByteOrder(ByteOrder value) {
        return new StreamOptions(version, value, floatPrecision, limits);
    }

    /**
     * {@return these options with another float precision}
     *
     * @param value the precision
     */
    public StreamOptions withFloatPrecision(FloatPrecision value) {
        return new StreamOptions(version, byteOrder, value, limits);
    }

    /**
     * {@return these options with other limits}
     *
     * @param value the limits
     */
    public StreamOptions withLimits(Limits value) {
        return new StreamOptions(version, byteOrder, floatPrecision, value);
    }

    /** {@return true for big-endian, Qt's default} */
    public boolean bigEndian() {
        return byteOrder == ByteOrder.BIG_ENDIAN;
    }
}
