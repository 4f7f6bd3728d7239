package io.github.qdatastream.codec.frame;

import io.github.qdatastream.codec.Codec;
import io.github.qdatastream.codec.QDataReader;
import io.github.qdatastream.codec.QDataStreamException;
import io.github.qdatastream.codec.SizeLimitExceededException;
import io.github.qdatastream.codec.StreamOptions;
import io.github.qdatastream.codec.TruncatedInputException;
import java.nio.ByteBuffer;
import java.util.Objects;

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
 * <p>Feeding, zero-copy and sticky errors work as in {@link BlockReassembler}. A value that needs
 * more than {@code maxValueSize} bytes is a {@link SizeLimitExceededException} as soon as a
 * length field says so. A codec must throw {@link TruncatedInputException} only for running off
 * the end of the reader it is given, and must consume at least one byte per value.
 *
 * @param <T> the value type
 */
public final class TransactionReader<T> extends FedInput {

    private enum State { READY, ENDED, FAILED }

    private final Codec<T> codec;
    private final StreamOptions options;
    private final long maxValueSize;
    /** How many bytes the last failed attempt parsed (-1: none since the last value). */
    private long lastAttempt = -1;

    private State state = State.READY;
    /** Bytes the value at {@link #consumed} needs at least, from the last failed attempt. */
    private long needTotal = 1;
    private long consumed;
    private Decoded.EndOfData<T> end;

    // Cost counters for the linearity proof.
    private long attempts;
    private long bytesParsed;

    /** A reader whose values may need up to twice {@code options.limits().maxBytes()} bytes. */
    public TransactionReader(Codec<T> codec, StreamOptions options) {
        this(codec, options, Math.min(Framing.MAX_ARRAY_BLOCK, 2 * options.limits().maxBytes()));
    }

    /** A reader with {@link StreamOptions#DEFAULT}, as the Fortune example uses. */
    public TransactionReader(Codec<T> codec) {
        this(codec, StreamOptions.DEFAULT);
    }

    public TransactionReader(Codec<T> codec, StreamOptions options, long maxValueSize) {
        this.codec = Objects.requireNonNull(codec, "codec");
        this.options = Objects.requireNonNull(options, "options");
        if (maxValueSize < 1 || maxValueSize > Framing.MAX_ARRAY_BLOCK) {
            throw new IllegalArgumentException("maxValueSize out of range [1, " + Framing.MAX_ARRAY_BLOCK + "]: "
                    + maxValueSize);
        }
        this.maxValueSize = maxValueSize;
    }

    // ---------------------------------------------------------------- input

    /**
     * The accumulation buffer grows to what the value needs as far as its length fields are known
     * (already checked against maxValueSize), or by doubling: never sized from an unchecked claim.
     */
    @Override
    long preferredCapacity(int held, int capacity, long unitRemaining) {
        return Math.max(Math.min(needTotal, 64 * 1024), 2L * capacity);
    }

    @Override
    public void feed(byte[] b, int off, int len) {
        super.feed(b, off, len);
    }

    public void feed(byte[] b) {
        feed(b, 0, b.length);
    }

    /** Takes the remaining bytes of {@code src}; heap buffers are referenced, others copied. */
    @Override
    public void feed(ByteBuffer src) {
        super.feed(src);
    }

    @Override
    public void endOfInput() {
        super.endOfInput();
    }

    // ---------------------------------------------------------------- events

    /**
     * The next value, end of data (end of input at a value boundary), or a lower bound on the
     * bytes still needed.
     *
     * @throws TruncatedInputException the input ended inside a value
     * @throws QDataStreamException the value is corrupt or over a limit (sticky)
     */
    public Decoded<T> next() {
        switch (state) {
            case FAILED:
                throw failure;
            case ENDED:
                return end;
            case READY:
            default:
                break;
        }
        long have = available();
        if (have == 0 && eof) {
            state = State.ENDED;
            end = new Decoded.EndOfData<>(consumed, false);
            return end;
        }
        // At end of input, parse once more whatever arrived since the last attempt: the hint
        // may count elements of a container that corrupt input never reaches, and the verdict
        // must be the one the whole input gives.
        if (have < needTotal && !(eof && have > lastAttempt)) {
            return waitFor(have);
        }
        byte[] arr;
        int off;
        int len;
        if (accPos == accEnd) {
            arr = in;
            off = inPos;
            len = inEnd - inPos;
        } else {
            keepInput();
            arr = acc;
            off = accPos;
            len = accEnd - accPos;
        }
        // Never look past maxValueSize bytes: the verdict on a value that big must not depend
        // on whether it arrived whole (an error found beyond the limit) or in pieces (a length
        // field that says it will not fit).
        len = (int) Math.min(len, maxValueSize);
        QDataReader r = new QDataReader(arr, off, len, options, consumed);
        attempts++;
        lastAttempt = len;
        T value;
        try {
            value = codec.read(r);
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
        if (arr == in) {
            inPos += n;
        } else {
            skipAcc(n);
        }
        long at = consumed;
        consumed += n;
        needTotal = 1;
        lastAttempt = -1;
        return new Decoded.Value<>(value, at, n);
    }

    /** Not enough bytes for the next attempt: keep them all and say how many more are needed. */
    private Decoded<T> waitFor(long have) {
        if (eof) {
            throw fail(TruncatedInputException.truncatedStream("a " + codec.typeName() + " value starting at offset "
                    + consumed + " (" + have + " bytes of it arrived)", fed, needTotal - have));
        }
        keepInput();
        return new Decoded.NeedMoreData<>(needTotal - have);
    }

    private RuntimeException fail(RuntimeException e) {
        state = State.FAILED;
        failInput(e);
        return e;
    }

    // ---------------------------------------------------------------- introspection

    public Codec<T> codec() {
        return codec;
    }

    public long bytesFed() {
        return fed;
    }

    public long bytesConsumed() {
        return consumed;
    }

    public boolean isFailed() {
        return state == State.FAILED;
    }

    /** Decode attempts so far (successful or not). */
    long attempts() {
        return attempts;
    }

    /** Bytes offered to the codec by failed attempts plus bytes taken by successful ones. */
    long bytesParsed() {
        return bytesParsed;
    }
}
