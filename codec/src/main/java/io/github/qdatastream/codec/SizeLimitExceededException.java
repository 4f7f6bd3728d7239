package io.github.qdatastream.codec;

/**
 * A length, count or depth broke a configured bound: Qt's {@code SizeLimitExceeded}. Raised before
 * anything is allocated for the value.
 *
 * <p>Immutable once built; may be handed to another thread.
 */
public final class SizeLimitExceededException extends QDataStreamException {

    /** The size claimed. */
    private final long value;
    /** The limit it exceeded. */
    private final long limit;

    SizeLimitExceededException(String message, long offset, long value, long limit) {
        super(message, offset, true);
        this.value = value;
        this.limit = limit;
    }

    /**
     * {@code what} claimed {@code value} at {@code offset}, over {@code limit}; {@code setting}
     * names the knob that raises the limit (for example {@code "Limits.maxBytes"}).
     *
     * @param what what was being read, for example {@code "QString length"}
     * @param value the size claimed (read as unsigned)
     * @param limit the limit it exceeds
     * @param offset the byte offset of the size field
     * @param setting the setting that raises the limit
     * @return the exception, with a message naming all of these
     */
    public static SizeLimitExceededException of(String what, long value, long limit, long offset, String setting) {
        return new SizeLimitExceededException("size limit exceeded: " + what + " " + Long.toUnsignedString(value)
                + " exceeds the limit " + limit + " at offset " + offset
                + "; the input may be malicious, raise " + setting + " if it is legitimate", offset, value, limit);
    }

    /** {@return the size that was claimed} */
    public long value() {
        return value;
    }

    /** {@return the limit it exceeded} */
    public long limit() {
        return limit;
    }

    @Override
    public SizeLimitExceededException within(String context) {
        SizeLimitExceededException e = new SizeLimitExceededException(context + ": " + getMessage(), offset(), value, limit);
        e.setStackTrace(getStackTrace());
        return e;
    }

    @Override
    public Status status() {
        return Status.SIZE_LIMIT_EXCEEDED;
    }
}
