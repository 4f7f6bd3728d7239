package io.github.qdatastream.codec;

/**
 * The one exception hierarchy of this library. Every decoder rejects bad input with exactly one of
 * its three kinds, each naming what was being read, the offending value, the limit it broke and
 * the byte offset:
 *
 * <ul>
 *   <li>{@link TruncatedInputException}: the input ended inside a value (Qt's {@code ReadPastEnd});
 *   <li>{@link CorruptDataException}: the bytes cannot be a valid encoding ({@code ReadCorruptData});
 *   <li>{@link SizeLimitExceededException}: a length or count broke a {@link Limits} bound
 *       ({@code SizeLimitExceeded}).
 * </ul>
 *
 * <p>Unchecked, like Netty's {@code DecoderException}: callers that can recover catch this type.
 *
 * <p>Exceptions are immutable once built and may be handed to another thread.
 */
public abstract sealed class QDataStreamException extends RuntimeException
        permits TruncatedInputException, CorruptDataException, SizeLimitExceededException {

    /** The byte offset of the failing value; -1 if not known. */
    private final long offset;

    QDataStreamException(String message, long offset, boolean withStackTrace) {
        super(message, null, false, withStackTrace);
        this.offset = offset;
    }

    /** {@return the byte offset, from the start of the input, of the value or field that failed; -1 if not known} */
    public long offset() {
        return offset;
    }

    /**
     * The same failure (kind, offset, numbers), its message prefixed with {@code context}: where
     * in a larger value it happened, such as a record component ({@code "TripReply.trainType"}).
     *
     * @param context where the failure happened, prepended to the message
     * @return a new exception of the same class
     */
    public abstract QDataStreamException within(String context);

    /** {@return the Qt status this failure corresponds to} */
    public abstract Status status();
}
