package io.github.qdatastream.codec;

/**
 * {@code QDataStream::FloatingPointPrecision}. From {@link StreamVersion#Qt_4_6} on, both
 * {@code float} and {@code double} are written with this precision; before it, a float is always 4
 * bytes and a double 8. Qt's default, and ours, is {@link #DOUBLE}.
 *
 * <p>An enum: immutable and thread-safe.
 */
public enum FloatPrecision {
    /** 4-byte IEEE 754 floats for float and double fields ({@code QDataStream::SinglePrecision}). */
    SINGLE,
    /** 8-byte IEEE 754 doubles for float and double fields ({@code QDataStream::DoublePrecision}). */
    DOUBLE
}
