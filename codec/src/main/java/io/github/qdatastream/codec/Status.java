package io.github.qdatastream.codec;

/**
 * {@code QDataStream::Status}, for code ported from Qt. This library reports failures as
 * {@link QDataStreamException}s; {@link QDataReader#status()} mirrors the first of them the way a
 * {@code QDataStream} would.
 *
 * <p>An enum: immutable and thread-safe.
 */
public enum Status {
    /** No error. */
    OK,
    /** The input ended inside a value ({@code ReadPastEnd}). */
    READ_PAST_END,
    /** The input cannot be a valid encoding ({@code ReadCorruptData}). */
    READ_CORRUPT_DATA,
    /** A size exceeded a configured limit ({@code SizeLimitExceeded}). */
    SIZE_LIMIT_EXCEEDED
}
