package io.github.qdatastream.bench.baseline;

import io.github.qdatastream.codec.frame.Framing;

/**
 * What a typed reader ({@link BlockDecoder}, {@link TransactionReader}) found: a decoded
 * {@link Value}, a request for {@link NeedMoreData more bytes}, or the {@link EndOfData end of the
 * stream}. Incomplete input is a value; errors are exceptions.
 *
 * @param <T> the decoded type
 */
public sealed interface Decoded<T> permits Decoded.Value, Decoded.NeedMoreData, Decoded.EndOfData {

    /**
     * One decoded value.
     *
     * @param value the value (may be {@code null} if the codec decodes to null, e.g. a null QString)
     * @param streamOffset the stream offset of the value's first byte (for a block: its payload)
     * @param size how many bytes the value took (for a block: its payload size, without the prefix)
     */
    record Value<T>(T value, long streamOffset, int size) implements Decoded<T> {
    }

    /**
     * At least {@code atLeast} more bytes are needed before anything else can be returned. For a
     * {@link BlockDecoder} the count is exact (see {@link Event.NeedMoreData}); for a
     * {@link TransactionReader} it is a lower bound computed from the length fields seen so far.
     */
    record NeedMoreData<T>(long atLeast) implements Decoded<T> {
    }

    /** The stream ended cleanly; see {@link Event.EndOfData}. */
    record EndOfData<T>(long streamOffset, boolean markerSeen) implements Decoded<T> {
    }
}
