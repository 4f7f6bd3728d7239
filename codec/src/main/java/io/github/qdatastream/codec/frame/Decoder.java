package io.github.qdatastream.codec.frame;

import io.github.qdatastream.codec.QDataStreamException;
import java.nio.ByteBuffer;
import java.util.function.Consumer;

/**
 * The one contract of every sans-I/O decoder in this package: {@link BlockReassembler} (framed
 * blocks, values are {@link Block}s), {@link BlockDecoder} (framed values) and
 * {@link TransactionReader} (unframed values). It does no I/O: hand it the bytes that arrived with
 * {@link #feed feed}, take out what is complete with {@link #next()} or {@link #drain drain}, and
 * say {@link #endOfInput()} when the peer closed. Adapters for sockets, NIO channels and Netty are
 * written once against this interface.
 *
 * <h2>Ownership of fed bytes</h2>
 * A decoder keeps a reference to a fed array (or heap buffer's array) and reads it lazily; a
 * direct or read-only {@link ByteBuffer} is copied into the decoder once. Do not modify a fed range
 * until {@code next()} has returned {@link Event.NeedMoreData} (every fed byte was then either
 * delivered or copied), {@code drain} has returned without reaching the end, or a later
 * {@code feed} took over (feeding again before draining copies the unread rest of the previous
 * input once).
 *
 * <h2>Errors</h2>
 * Errors are sticky, as in h11: once a call has thrown a {@link QDataStreamException}, every later
 * {@code feed}, {@code next}, {@code drain} and {@code endOfInput} throws the same exception
 * object, and every byte held is dropped. Offsets in messages are stream offsets (bytes since the
 * first byte fed). Caller mistakes (a bad index, {@code feed} after {@code endOfInput}) are
 * {@link IndexOutOfBoundsException} and {@link IllegalStateException}, and are not sticky.
 *
 * <p>Not thread-safe: use one per connection.
 *
 * @param <T> what a complete unit is: a {@link Block}, or the codec's value type
 */
public interface Decoder<T> {

    /**
     * Hands over {@code b[off, off + len)}; nothing is parsed until {@link #next()} or
     * {@link #drain}. See the class comment on ownership.
     *
     * @throws QDataStreamException the earlier error again, once decoding has failed
     * @throws IllegalStateException after {@link #endOfInput()}
     * @param b the array holding the bytes
     * @param off index of the first byte
     * @param len number of bytes
     */
    void feed(byte[] b, int off, int len);

    /**
     * Hands over all of {@code b}, as {@link #feed(byte[], int, int)}.
     *
     * @param b the bytes
     */
    default void feed(byte[] b) {
        feed(b, 0, b.length);
    }

    /**
     * Hands over the remaining bytes of {@code src} and moves its position to its limit: a heap
     * buffer's array is referenced as a {@code byte[]} is (no copy), a direct or read-only buffer is
     * copied once into the decoder's accumulation buffer.
     *
     * @param src the bytes to hand over
     */
    void feed(ByteBuffer src);

    /** Says the input has ended (the peer closed). Later {@code feed}s are a caller error. */
    void endOfInput();

    /**
     * The next event: a complete unit, the end of the stream, or how many more bytes are needed.
     * Allocates one small event per call; {@link #drain} is the allocation-free path.
     *
     * @throws QDataStreamException malformed input, or input that ended inside a unit (sticky)
     * @return the event
     */
    Event<T> next();

    /**
     * Hands every complete unit to {@code sink}, in order, and returns how many there were: the
     * same units {@link #next()} would return, without an event per unit. Stops when more bytes
     * are needed ({@link #needed()} then says how many) or the stream ended ({@link #isEnded()}).
     * Errors are thrown and sticky as for {@code next()}. The sink must not call this decoder.
     *
     * @param sink receives each unit
     * @return the number of units handed over
     */
    int drain(Consumer<? super T> sink);

    /**
     * How many more bytes are needed, as the last {@link Event.NeedMoreData} said (also after a
     * {@link #drain} that stopped for lack of bytes); 0 after a unit, the end or an error.
     *
     * @return the bytes needed, or 0
     */
    long needed();

    /** {@return whether the stream has ended ({@link Event.EndOfData} was reached)} */
    boolean isEnded();

    /** {@return the end of the stream once {@link #isEnded()} (what {@link #next()} returns then), else {@code null}} */
    Event.EndOfData<T> endOfData();

    /** {@return whether {@link #endOfInput()} was called} */
    boolean isEndOfInput();

    /** {@return whether a call has failed; every later call rethrows {@link #failure()}} */
    boolean isFailed();

    /** {@return the error that failed this decoder, or {@code null}} */
    RuntimeException failure();

    /** {@return bytes fed so far: the stream offset just past the last byte fed} */
    long bytesFed();

    /** {@return the stream offset of the first byte not yet delivered in a unit (or header, or end marker)} */
    long bytesConsumed();
}
