package io.github.qdatastream.codec.frame;

import io.github.qdatastream.codec.Codec;
import io.github.qdatastream.codec.QDataReader;
import io.github.qdatastream.codec.QDataStreamException;
import io.github.qdatastream.codec.SizeLimitExceededException;
import io.github.qdatastream.codec.StreamOptions;
import io.github.qdatastream.codec.TruncatedInputException;
import java.nio.ByteBuffer;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reads values that are sent back to back with no size prefix, as the Qt 5.7+ Fortune client
 * does ({@code in.startTransaction(); in >> fortune; if (!in.commitTransaction()) return;}).
 *
 * <p>Without a prefix the only way to know a value is complete is to decode it. Qt's idiom
 * re-parses from the start on every {@code readyRead}, so a value of {@code n} bytes arriving one
 * byte at a time costs {@code O(n^2)}. This reader instead keeps the
 * {@link TruncatedInputException#missing()} count of each failed attempt: the decoder has seen
 * every length field up to where the bytes ran out, so the value needs at least that many more
 * bytes, and nothing is re-parsed until they have arrived. A 64 KiB QString or QByteArray thus
 * costs three attempts however it is split (1 byte; the 4-byte length; the whole value).
 *
 * <p>The count is a lower bound, exact for values whose remaining size their length fields
 * determine (strings, byte arrays, fixed-size records and the last field of a record). For a
 * container of elements wider than one byte the element count only promises one byte each, so
 * arrival in tiny pieces costs one attempt per element boundary reached; frame such values in
 * size-prefixed blocks ({@link BlockDecoder}) when that matters.
 *
 * <p>It is a {@link Decoder}: feeding, zero-copy and sticky errors work as for every decoder
 * (the hint of {@link Event.NeedMoreData} is a lower bound here, not exact). A value that needs
 * more than {@code maxValueSize} bytes is a {@link SizeLimitExceededException} as soon as a
 * length field says so. A codec must throw {@link TruncatedInputException} only for running off
 * the end of the reader it is given, and must consume at least one byte per value.
 *
 * <p>Not thread-safe: it holds one stream's bytes and position. Use one instance per connection,
 * fed and read by one thread at a time (Netty's event loop, a blocking loop), or synchronise
 * externally.
 *
 * @param <T> the value type
 */
public final class TransactionReader<T> implements Decoder<T> {

    private enum State { READY, ENDED, FAILED }

    private static final int NEED = -1;
    private static final int END = -2;

    private final Codec<T> codec;
    private final StreamOptions options;
    private final long maxValueSize;
    private final Input input;
    /** Reused for every attempt (values never keep the reader). */
    private final QDataReader reader;
    /** How many bytes the last failed attempt parsed (-1: none since the last value). */
    private long lastAttempt = -1;

    private State state = State.READY;
    /** Bytes the value at {@link #consumed} needs at least, from the last failed attempt. */
    private long needTotal = 1;
    private long consumed;
    private long needed;
    private Event.EndOfData<T> end;
    // The value found by the last advance() that returned a size.
    private T value;
    private long valueAt;

    // Cost counters for the linearity proof.
    private long attempts;
    private long bytesParsed;

    /**
     * A reader whose values may need up to twice {@code options.limits().maxBytes()} bytes.
     *
     * @param codec reads one value
     * @param options the stream options the values are read with
     */
    public TransactionReader(Codec<T> codec, StreamOptions options) {
        this(codec, options, Math.min(Framing.MAX_ARRAY_BLOCK, 2 * options.limits().maxBytes()));
    }

    /**
     * A reader with {@link StreamOptions#DEFAULT}, as the Fortune example uses.
     *
     * @param codec reads one value
     */
    public TransactionReader(Codec<T> codec) {
        this(codec, StreamOptions.DEFAULT);
    }

    /**
     * A reader that holds at most {@code maxValueSize} bytes of one incomplete value.
     *
     * @param codec reads one value
     * @param options the stream options the values are read with
     * @param maxValueSize the most bytes one value may take before the input is rejected
     */
    public TransactionReader(Codec<T> codec, StreamOptions options, long maxValueSize) {
        this.codec = Objects.requireNonNull(codec, "codec");
        this.options = Objects.requireNonNull(options, "options");
        if (maxValueSize < 1 || maxValueSize > Framing.MAX_ARRAY_BLOCK) {
            throw new IllegalArgumentException("maxValueSize out of range [1, " + Framing.MAX_ARRAY_BLOCK + "]: "
                    + maxValueSize);
        }
        this.maxValueSize = maxValueSize;
        // The accumulation buffer grows to what the value needs as far as its length fields are
        // known (already checked against maxValueSize), or by doubling: never from an unchecked claim.
        this.input = new Input((held, capacity, unitRemaining) -> Math.max(Math.min(needTotal, 64 * 1024), 2L * capacity));
        this.reader = new QDataReader(Input.EMPTY, options);
    }

    // ---------------------------------------------------------------- input

    @Override
    public void feed(byte[] b, int off, int len) {
        input.feed(b, off, len);
    }

    /** Takes the remaining bytes of {@code src}; heap buffers are referenced, others copied. */
    @Override
    public void feed(ByteBuffer src) {
        input.feed(src);
    }

    @Override
    public void endOfInput() {
        input.endOfInput();
    }

    // ---------------------------------------------------------------- events

    /**
     * The next value, end of data (end of input at a value boundary), or a lower bound on the
     * bytes still needed.
     *
     * @throws TruncatedInputException the input ended inside a value
     * @throws QDataStreamException the value is corrupt or over a limit (sticky)
     */
    @Override
    public Event<T> next() {
        int n = advance();
        if (n >= 0) {
            T v = value;
            value = null;
            return new Event.Value<>(v, valueAt, n);
        }
        return n == NEED ? new Event.NeedMoreData<>(needed) : end;
    }

    @Override
    public int drain(Consumer<? super T> sink) {
        int count = 0;
        for (int n = advance(); n >= 0; n = advance()) {
            T v = value;
            value = null;
            sink.accept(v);
            count++;
        }
        return count;
    }

    /** One attempt: the size of the value found ({@link #value}), {@link #NEED} ({@link #needed}) or {@link #END}. */
    private int advance() {
        Input s = input;
        switch (state) {
            case FAILED:
                throw s.failure;
            case ENDED:
                return END;
            case READY:
            default:
                break;
        }
        long have = s.available();
        if (have == 0 && s.eof) {
            state = State.ENDED;
            end = new Event.EndOfData<>(consumed, false);
            needed = 0;
            return END;
        }
        // At end of input, parse once more whatever arrived since the last attempt: the hint
        // may count elements of a container that corrupt input never reaches, and the verdict
        // must be the one the whole input gives.
        if (have < needTotal && !(s.eof && have > lastAttempt)) {
            return waitFor(have);
        }
        byte[] arr;
        int off;
        int len;
        if (s.accPos == s.accEnd) {
            arr = s.in;
            off = s.inPos;
            len = s.inEnd - s.inPos;
        } else {
            s.keepInput();
            arr = s.acc;
            off = s.accPos;
            len = s.accEnd - s.accPos;
        }
        // Never look past maxValueSize bytes: the verdict on a value that big must not depend
        // on whether it arrived whole (an error found beyond the limit) or in pieces (a length
        // field that says it will not fit).
        len = (int) Math.min(len, maxValueSize);
        QDataReader r = reader.reset(arr, off, len, consumed);
        attempts++;
        lastAttempt = len;
        T v;
        try {
            v = codec.read(r);
        } catch (TruncatedInputException e) {
            bytesParsed += len;
            needTotal = Math.min(len + Math.max(1, e.missing()), maxValueSize);
            long certain = len + Math.max(1, e.certainMissing());
            if (certain > maxValueSize) {
                throw fail(SizeLimitExceededException.of(codec.typeName() + " value size (at least)", certain,
                        maxValueSize, consumed, "the TransactionReader's maxValueSize"));
            }
            return waitFor(len);
        } catch (QDataStreamException e) {
            throw fail(e);
        }
        int n = r.position();
        bytesParsed += n;
        if (n == 0) {
            throw fail(new IllegalStateException(codec + " decoded a value from zero bytes; it would repeat forever"));
        }
        if (n > maxValueSize) {
            // Rejected however it arrived: in pieces, a length field would have said so first.
            throw fail(SizeLimitExceededException.of(codec.typeName() + " value size", n, maxValueSize, consumed,
                    "the TransactionReader's maxValueSize"));
        }
        if (arr == s.in) {
            s.inPos += n;
        } else {
            s.skipAcc(n);
        }
        valueAt = consumed;
        consumed += n;
        needTotal = 1;
        lastAttempt = -1;
        needed = 0;
        value = v;
        return n;
    }

    /** Not enough bytes for the next attempt: keep them all and say how many more are needed. */
    private int waitFor(long have) {
        Input s = input;
        if (s.eof) {
            throw fail(TruncatedInputException.truncatedStream("a " + codec.typeName() + " value starting at offset "
                    + consumed + " (" + have + " bytes of it arrived)", s.fed, needTotal - have));
        }
        s.keepInput();
        needed = needTotal - have;
        return NEED;
    }

    private RuntimeException fail(RuntimeException e) {
        state = State.FAILED;
        needed = 0;
        return input.fail(e);
    }

    // ---------------------------------------------------------------- introspection

    /** {@return the codec each value is read with} */
    public Codec<T> codec() {
        return codec;
    }

    @Override
    public long bytesFed() {
        return input.fed;
    }

    @Override
    public long bytesConsumed() {
        return consumed;
    }

    @Override
    public long needed() {
        return needed;
    }

    @Override
    public boolean isEnded() {
        return state == State.ENDED;
    }

    @Override
    public Event.EndOfData<T> endOfData() {
        return state == State.ENDED ? end : null;
    }

    @Override
    public boolean isEndOfInput() {
        return input.eof;
    }

    @Override
    public boolean isFailed() {
        return state == State.FAILED;
    }

    @Override
    public RuntimeException failure() {
        return input.failure;
    }

    /** Decode attempts so far (successful or not). */
    long attempts() {
        return attempts;
    }

    /** Bytes offered to the codec by failed attempts plus bytes taken by successful ones. */
    long bytesParsed() {
        return bytesParsed;
    }

    @Override
    public String toString() {
        return "TransactionReader[" + codec.typeName() + ", state=" + state + ", fed=" + input.fed + ", consumed="
                + consumed + "]";
    }
}
