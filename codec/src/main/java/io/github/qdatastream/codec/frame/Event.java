package io.github.qdatastream.codec.frame;

/**
 * What a {@link Decoder}'s {@link Decoder#next() next()} found: a {@link Value} (a decoded value,
 * or for a {@link BlockReassembler} a {@link Block}), a request for {@link NeedMoreData more bytes}
 * with the count, or the {@link EndOfData end of the stream}. The one event type of every decoder
 * in this package. Incomplete input is a value, never an exception (as in httparse and h11);
 * errors are exceptions.
 *
 * <p>Java 17 has no pattern {@code switch}; dispatch with {@code instanceof}:
 * <pre>{@code
 * for (Event<TripReply> e = d.next(); !(e instanceof Event.NeedMoreData); e = d.next()) {
 *     if (e instanceof Event.Value<TripReply> v) show(v.value());
 *     else { close(); break; }                     // Event.EndOfData
 * }
 * }</pre>
 *
 * <p>Events are immutable; a Value holds whatever the decoder produced (a Block from a
 * BlockReassembler is only valid as that class says).
 *
 * @param <T> what a value is: a {@link Block} for the reassembler, the codec's type for the typed decoders
 */
public sealed interface Event<T> permits Event.Value, Event.NeedMoreData, Event.EndOfData {

    /**
     * One complete unit: a block (its payload, see {@link Block} for its validity window) or a
     * decoded value.
     *
     * @param value the block or value (a value may be {@code null} if the codec decodes to null,
     *     e.g. a null QString)
     * @param streamOffset the stream offset of the unit's first byte (for a block: its payload's,
     *     the prefix starts {@link Framing#prefixBytes()} earlier)
     * @param size how many bytes the unit took (for a block: its payload size, without the prefix)
     * @param <T> the value type
     */
    record Value<T>(T value, long streamOffset, int size) implements Event<T> {
    }

    /**
     * Every byte fed so far has been used; {@code atLeast} more are needed before {@code next()}
     * can return anything else. For the framed decoders ({@link BlockReassembler},
     * {@link BlockDecoder}) the count is exact: feeding {@code atLeast - 1} more bytes gives
     * {@code NeedMoreData(1)}; feeding {@code atLeast} gives the block (or end of data) when the
     * size prefix is already known, and otherwise completes the prefix, after which the next
     * {@code NeedMoreData} asks for exactly the announced payload. For a
     * {@link TransactionReader} it is a lower bound computed from the length fields seen so far.
     *
     * @param atLeast more bytes needed, always positive
     * @param <T> the value type of the decoder (no value is carried)
     */
    record NeedMoreData<T>(long atLeast) implements Event<T> {
    }

    /**
     * The stream ended cleanly: the end marker was read ({@code markerSeen}), or, for a decoder
     * without end marker, {@link Decoder#endOfInput()} came at a boundary. Repeated calls to
     * {@code next()} return it again, unless bytes follow the marker, which is corrupt data.
     *
     * @param streamOffset where the marker started, or where the input ended
     * @param markerSeen whether an end marker was read
     * @param <T> the value type of the decoder (no value is carried)
     */
    record EndOfData<T>(long streamOffset, boolean markerSeen) implements Event<T> {

        /** The same end for a decoder of another value type (it carries no value). */
        @SuppressWarnings("unchecked")
        <U> EndOfData<U> cast() {
            return (EndOfData<U>) this;
        }
    }
}
