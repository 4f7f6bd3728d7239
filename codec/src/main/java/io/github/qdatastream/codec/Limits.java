package io.github.qdatastream.codec;

/**
 * Bounds on what a decoder accepts from untrusted input. A length or count larger than its limit
 * is rejected with a {@link SizeLimitExceededException} before anything is allocated for it.
 *
 * <p>Defaults ({@link #DEFAULT}): 16 MiB in one string, byte array or raw block; 1,048,576
 * elements in one container; QVariant nesting depth 64.
 *
 * <p>Immutable and thread-safe.
 *
 * @param maxBytes most bytes in one QString, QByteArray, const char* or raw-data value
 * @param maxElements most elements in one container (QList, QMap, QBitArray bits / 8, ...)
 * @param maxDepth most nested QVariant / container levels in one value
 */
public record Limits(long maxBytes, long maxElements, int maxDepth) {
    /** The default {@link #maxBytes()}: 16 MiB. */
    public static final long DEFAULT_MAX_BYTES = 16L * 1024 * 1024;
    /** The default {@link #maxElements()}: 1,048,576. */
    public static final long DEFAULT_MAX_ELEMENTS = 1L << 20;
    /** The default {@link #maxDepth()}: 64. */
    public static final int DEFAULT_MAX_DEPTH = 64;

    /** The three defaults. */
    public static final Limits DEFAULT = new Limits(DEFAULT_MAX_BYTES, DEFAULT_MAX_ELEMENTS, DEFAULT_MAX_DEPTH);

    /**
     * Checks the bounds.
     *
     * @param maxBytes most bytes in one value, at least 0
     * @param maxElements most elements in one container, at least 0
     * @param maxDepth most nesting levels, at least 1
     * @throws IllegalArgumentException if a bound is out of range
     */
    public Limits {
        if (maxBytes < 0) throw new IllegalArgumentException("maxBytes < 0: " + maxBytes);
        if (maxElements < 0) throw new IllegalArgumentException("maxElements < 0: " + maxElements);
        if (maxDepth < 1) throw new IllegalArgumentException("maxDepth < 1: " + maxDepth);
    }

    /**
     * {@return these limits with another maxBytes}
     *
     * @param value the new {@link #maxBytes()}
     */
    public Limits withMaxBytes(long value) {
        return new Limits(value, maxElements, maxDepth);
    }

    /**
     * {@return these limits with another maxElements}
     *
     * @param value the new {@link #maxElements()}
     */
    public Limits withMaxElements(long value) {
        return new Limits(maxBytes, value, maxDepth);
    }

    /**
     * {@return these limits with another maxDepth}
     *
     * @param value the new {@link #maxDepth()}
     */
    public Limits withMaxDepth(int value) {
        return new Limits(maxBytes, maxElements, value);
    }
}
