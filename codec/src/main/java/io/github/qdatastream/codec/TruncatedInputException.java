package io.github.qdatastream.codec;

/**
 * The input ended inside a value: Qt's {@code ReadPastEnd}. For a reader over a complete block
 * this is an error; for a transaction-style reader over bytes still arriving it is the normal
 * "need more" outcome, and {@link #missing()} says how many more bytes are needed at least.
 *
 * <p>Built without a stack trace: it is a normal, frequent outcome of incremental decoding.
 *
 * <p>Immutable once built; may be handed to another thread.
 */
public final class TruncatedInputException extends QDataStreamException {

    /** Bytes still needed, at least. */
    private final long missing;
    /** The part of {@code missing} estimated for elements after the truncated one. */
    private final long estimated;

    TruncatedInputException(String message, long offset, long missing) {
        this(message, offset, missing, 0);
    }

    private TruncatedInputException(String message, long offset, long missing, long estimated) {
        super(message, offset, false);
        this.missing = missing;
        this.estimated = estimated;
    }

    /**
     * {@code what} needed {@code needed} bytes at {@code offset} and only {@code available} remain.
     *
     * @param what what was being read
     * @param offset the byte offset of the value
     * @param needed the bytes the value needs
     * @param available the bytes that remain
     * @return the exception; {@link #missing()} is {@code needed - available}
     */
    public static TruncatedInputException of(String what, long offset, long needed, long available) {
        long missing = needed - available;
        return new TruncatedInputException("truncated input: " + what + " needs " + needed + " bytes at offset "
                + offset + ", " + available + " available (" + missing + " more needed)", offset, missing);
    }

    /**
     * A stream ended in the middle of a block: {@code missing} bytes of it never arrived.
     *
     * @param what what was being read (a block, a value)
     * @param offset the byte offset where it started
     * @param missing the bytes that never arrived
     * @return the exception
     */
    public static TruncatedInputException truncatedStream(String what, long offset, long missing) {
        return new TruncatedInputException("truncated stream: input ended inside " + what + " at offset " + offset
                + ", " + missing + " more bytes were needed", offset, missing);
    }

    /**
     * The same truncation, known to need {@code extra} more bytes after the value that ran out
     * (e.g. the remaining elements of a container, at least one byte each): lets a
     * transaction-style reader wait for more before it parses again.
     */
    TruncatedInputException plus(long extra, String why) {
        if (extra <= 0) {
            return this;
        }
        return new TruncatedInputException(getMessage() + "; then " + why + " (" + (missing + extra)
                + " more needed in all at least)", offset(), missing + extra, estimated + extra);
    }

    /**
     * {@return the part of {@link #missing()} that length fields promise whatever the rest of the
     * input is: without the estimate for container elements after the truncated one (which valid
     * input needs, but corrupt input may fail before)}
     */
    public long certainMissing() {
        return missing - estimated;
    }

    /** {@return how many more bytes are needed at least before the value can be complete (always positive)} */
    public long missing() {
        return missing;
    }

    @Override
    public TruncatedInputException within(String context) {
        return new TruncatedInputException(context + ": " + getMessage(), offset(), missing, estimated);
    }

    @Override
    public Status status() {
        return Status.READ_PAST_END;
    }
}
