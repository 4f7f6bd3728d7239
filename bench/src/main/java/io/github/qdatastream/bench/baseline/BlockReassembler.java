package io.github.qdatastream.bench.baseline;

import io.github.qdatastream.codec.frame.Framing;

import io.github.qdatastream.codec.CorruptDataException;
import io.github.qdatastream.codec.QDataStreamException;
import io.github.qdatastream.codec.SizeLimitExceededException;
import io.github.qdatastream.codec.TruncatedInputException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Objects;

/**
 * Turns the bytes of size-prefixed QDataStream blocks, in whatever pieces TCP delivers them, back
 * into whole blocks. It does no I/O: you {@link #feed feed} it bytes, then call {@link #next()}
 * until it returns {@link Event.NeedMoreData}.
 *
 * <h2>Theory of operation</h2>
 * <pre>
 *            header complete, size &lt;= max          body complete
 *   HEADER ----------------------------------&gt; BODY ---------------&gt; (Block) --&gt; HEADER
 *     |  \ marker (0xFFFF / 0xFFFFFFFF, if enabled)
 *     |   `-------------------------------------------&gt; ENDED (EndOfData; bytes after it: FAILED)
 *     |  size &gt; max, EOF inside a block, EOF without required marker
 *     `-------------------------------------------------&gt; FAILED (terminal; every call rethrows)
 * </pre>
 * {@code feed} only stores a reference to the bytes; {@code next} parses. A header is looked at
 * only once all of it has arrived; its size is checked against {@link Framing#maxBlockSize()}
 * before any byte of the body is buffered. A block is returned only once all of it is there.
 *
 * <h2>Copies and allocation</h2>
 * A block that lies inside one fed array of more than 256 bytes is returned as a
 * view of that array: no copy. Smaller chunks are copied behind the buffered bytes as they are
 * fed (into a 4 KiB buffer), so that the parser walks one contiguous
 * window, as a copy-everything loop would: for small chunks that is cheaper than keeping track of
 * a buffered part and a fed part. A block split across feeds is gathered into one internal
 * accumulation buffer: each of its bytes is copied once. The buffer is reused from block to
 * block; it grows only as bytes arrive (to the
 * announced block size, already checked against the limit, for blocks up to 64 KiB; by doubling
 * beyond that), and a buffer above 1 MiB is released once its block has been delivered. The
 * framed path throws no exceptions except for errors and boxes nothing. Calling {@code feed}
 * again before {@code next} has drained the previous input moves that input's unread bytes into
 * the accumulation buffer (one copy), so feed-then-drain is the cheap way to drive it.
 * {@code next()} allocates one small event per call; {@link #drain(BlockHandler)} hands blocks to
 * a callback without allocating anything (use {@link #needed()} for the hint afterwards).
 *
 * <h2>Ownership of fed bytes</h2>
 * The reassembler keeps a reference to each fed array and reads it lazily. Do not modify a fed
 * range until {@code next()} has returned {@link Event.NeedMoreData} (at that point every fed byte
 * was either delivered or copied), {@link #drain} has returned without reaching the end, or a
 * later {@code feed} took over. A {@link Event.Block} view is valid until the next call on this
 * reassembler.
 *
 * <h2>Errors</h2>
 * Errors are sticky, as in h11: once {@code next} has thrown, every later {@code feed},
 * {@code next} and {@code endOfInput} throws the same exception. Offsets in messages are stream
 * offsets (bytes since the first byte fed).
 * <ul>
 *   <li>a size above the limit: {@link SizeLimitExceededException} (size, limit, header offset);
 *   <li>end of input inside a block or its prefix, or (with an end marker) before the marker:
 *       {@link TruncatedInputException#truncatedStream} with the missing byte count;
 *   <li>bytes after the end marker: {@link CorruptDataException}, raised by the {@code next()}
 *       call after the one that returned {@link Event.EndOfData}. Nothing is dropped silently.
 * </ul>
 *
 * <p>Not thread-safe: use one per connection.
 */
public final class BlockReassembler extends FedInput {

    /** Blocks up to this size get their whole accumulation buffer at once (once their header checked out). */
    static final int EAGER_CAPACITY = 64 * 1024;
    /** A larger accumulation buffer is dropped once it is empty. */
    static final int RETAIN_CAPACITY = 1024 * 1024;
    /**
     * Fed chunks up to this size are copied into the accumulation buffer at once (when the
     * previous input is drained), larger ones are read where they are.
     */
    static final int COPY_LIMIT = 256;
    /** The accumulation buffer's capacity once small chunks have been copied into it. */
    static final int COPY_BUFFER = 4096;

    // The states of the diagram above, as ints rather than an enum: the state changes twice for
    // every block that arrives in pieces, and under G1 storing a reference runs a write barrier.
    private static final int HEADER = 0;
    private static final int BODY = 1;
    private static final int ENDED = 2;
    private static final int FAILED = 3;

    private final Framing framing;
    private final int prefix;
    private final boolean bigEndian;
    private final boolean marker;
    private final long markerValue;
    private final long maxBlock;

    private int state = HEADER;
    private int bodySize;
    private long consumed;
    private Event.EndOfData end;

    /** {@link #advance()}: more bytes are needed ({@link #needed} says how many). */
    static final int NEED = -1;
    /** {@link #advance()}: the stream ended ({@link #end}). */
    static final int END = -2;

    // The block found by the last advance() that returned a length, or the count it needs.
    private byte[] blockArray;
    private int blockOffset;
    private long blockStreamOffset;
    private long needed;

    public BlockReassembler(Framing framing) {
        this.framing = Objects.requireNonNull(framing, "framing");
        this.prefix = framing.prefixBytes();
        this.bigEndian = framing.byteOrder() == ByteOrder.BIG_ENDIAN;
        this.marker = framing.endMarker();
        this.markerValue = framing.markerValue();
        this.maxBlock = framing.maxBlockSize();
    }

    public Framing framing() {
        return framing;
    }

    // ---------------------------------------------------------------- input

    /** The accumulation buffer grows to the announced block size (checked) up to 64 KiB, by doubling beyond. */
    @Override
    long preferredCapacity(int held, int capacity, long unitRemaining) {
        return Math.min(held + unitRemaining, Math.max(2L * capacity, EAGER_CAPACITY));
    }

    /** Hands over {@code b[off, off + len)}; see the class comment on ownership. */
    @Override
    public void feed(byte[] b, int off, int len) {
        // A small chunk, the previous input drained: copy it behind what is buffered, so that next()
        // sees one contiguous window (the copy loop's shape) instead of a buffered part and a fed part.
        if (len <= COPY_LIMIT && len > 0 && inPos == inEnd && !eof) {
            Objects.checkFromIndexSize(off, len, b.length);
            int at = accEnd;
            if (acc.length - at >= len) {
                if (len == 1) {
                    acc[at] = b[off];
                } else {
                    System.arraycopy(b, off, acc, at, len);
                }
                accEnd = at + len;
                fed += len;
            } else {
                appendSmall(b, off, len);
            }
            return;
        }
        super.feed(b, off, len);
    }

    /** A small chunk that does not fit behind the buffered bytes: make room (or rethrow the failure) and copy it. */
    private void appendSmall(byte[] b, int off, int len) {
        if (failure != null) {
            // A failed reassembler has an empty buffer, so its feeds always arrive here.
            throw failure;
        }
        if (acc.length < COPY_BUFFER) {
            // Small chunks are arriving: a buffer of a few KiB is compacted only every hundred or so.
            resize(COPY_BUFFER);
        }
        append(b, off, len, state == BODY ? bodySize - (accEnd - accPos) : len);
    }

    /** Hands over all of {@code b}. */
    public void feed(byte[] b) {
        feed(b, 0, b.length);
    }

    /**
     * Takes the remaining bytes of {@code src} and advances its position to its limit. A heap
     * buffer's array is referenced (zero-copy, see the class comment on ownership); a direct or
     * read-only buffer is copied into the accumulation buffer.
     */
    @Override
    public void feed(ByteBuffer src) {
        super.feed(src);
    }

    /** Says the input has ended (the peer closed). Later {@code feed}s are a caller error. */
    @Override
    public void endOfInput() {
        super.endOfInput();
    }

    // ---------------------------------------------------------------- events

    /**
     * The next event: a complete block, the end of the stream, or how many more bytes are needed.
     *
     * @throws SizeLimitExceededException a block size above {@link Framing#maxBlockSize()}
     * @throws TruncatedInputException the input ended inside a block (after {@link #endOfInput()})
     * @throws CorruptDataException bytes after the end marker
     */
    public Event next() {
        int n = advance();
        if (n >= 0) {
            return new Event.Block(blockArray, blockOffset, n, blockStreamOffset);
        }
        if (n == NEED) {
            return new Event.NeedMoreData(needed);
        }
        return end;
    }

    /** Receives a block's payload {@code array[offset, offset + length)}; see {@link #drain}. */
    @FunctionalInterface
    public interface BlockHandler {
        /**
         * One complete block. The view is valid only during the call (as an {@link Event.Block}
         * until the next call on the reassembler); {@code streamOffset} is its payload's stream offset.
         */
        void block(byte[] array, int offset, int length, long streamOffset);
    }

    /**
     * Hands every complete block to {@code handler}, in order, and returns how many there were:
     * the same blocks {@link #next()} would return, without an event object per block (the
     * allocation-free path for hot loops). Stops when more bytes are needed or the stream ended
     * ({@link #isEnded()}, {@link #endOfData()}); errors are thrown as by {@code next()} (bytes
     * after the end marker by the call after the one that reached it). The handler must not call
     * this reassembler.
     */
    public int drain(BlockHandler handler) {
        if (awaitingBody()) {
            return 0;
        }
        return drainBlocks(handler);
    }

    private int drainBlocks(BlockHandler handler) {
        int count = 0;
        for (int n = advance(); n >= 0; n = advance()) {
            handler.block(blockArray, blockOffset, n, blockStreamOffset);
            count++;
        }
        return count;
    }

    /**
     * Whether a buffered body is still short of its size and no other input is pending, so that
     * {@link #advance()} would return {@link #NEED} (and {@link #needed} now says how many bytes):
     * a check small enough to inline into the callers' feed loops, for input arriving a few bytes
     * at a time.
     */
    boolean awaitingBody() {
        if (state == BODY && inPos == inEnd && !eof) {
            int missing = bodySize - (accEnd - accPos);
            if (missing > 0) {
                needed = missing;
                return true;
            }
        }
        return false;
    }

    /** The payload array of the block {@link #advance()} found (package hot path, see {@link BlockDecoder}). */
    byte[] blockArray() {
        return blockArray;
    }

    int blockOffset() {
        return blockOffset;
    }

    long blockStreamOffset() {
        return blockStreamOffset;
    }

    /**
     * The state machine behind {@link #next()} and {@link #drain}, without allocating: the length
     * of the next complete block (its view in {@link #blockArray()}, {@link #blockOffset()},
     * {@link #blockStreamOffset()}), {@link #NEED} (with {@link #needed}) or {@link #END}.
     */
    int advance() {
        // The common cases in small methods the JIT inlines into drain/next: the unread bytes are
        // all in the accumulation buffer (small chunks are copied there by feed), or all in the
        // caller's array with a whole block at its front (a large chunk at a block boundary).
        // advanceSlow() makes the same transitions for everything else (mixed input, short
        // headers, limits, markers, end of input).
        if (inPos == inEnd) {
            return advanceBuffered();
        }
        if (accPos == accEnd && state == HEADER) {
            int p = inPos;
            int avail = inEnd - p;
            if (avail >= prefix) {
                long size = prefixAt(in, p);
                // With an end marker, maxBlock is below the marker value, so this also excludes it.
                if (size <= maxBlock && avail - prefix >= size) {
                    int off = p + prefix;
                    int n = (int) size;
                    inPos = off + n;
                    consumed += prefix;
                    return deliver(in, off, n);
                }
            }
        }
        return advanceSlow();
    }

    /** {@link #advance()} when every unread byte is in the accumulation buffer. */
    private int advanceBuffered() {
        byte[] a = acc;
        int p = accPos;
        int e = accEnd;
        int n;
        int st = state;
        if (st == HEADER) {
            if (e - p < prefix) {
                if (eof) {
                    return advanceSlow();
                }
                needed = prefix - (e - p);
                return NEED;
            }
            long size = prefixAt(a, p);
            if (size > maxBlock) {
                return advanceSlow();
            }
            n = (int) size;
            p += prefix;
            if (e - p < n) {
                // A checked header and part of its body, with room for the rest: wait for it.
                if (eof || a.length - p < n) {
                    return advanceSlow();
                }
                accPos = p;
                consumed += prefix;
                bodySize = n;
                state = BODY;
                needed = n - (e - p);
                return NEED;
            }
            consumed += prefix;
        } else if (st == BODY) {
            n = bodySize;
            if (e - p < n) {
                if (eof) {
                    return advanceSlow();
                }
                needed = n - (e - p);
                return NEED;
            }
        } else {
            return advanceSlow();
        }
        accPos = p;
        skipDelivered(n);
        return deliver(a, p, n);
    }

    /**
     * Marks the {@code n} buffered bytes of a block being delivered consumed; a buffer above
     * {@link #RETAIN_CAPACITY} that this empties is dropped (the delivered view keeps its array).
     */
    private void skipDelivered(int n) {
        byte[] a = acc;
        skipAcc(n);
        if (accEnd == 0 && a.length > RETAIN_CAPACITY) {
            acc = EMPTY;
        }
    }

    /** This input finishes the split body gathered in acc: append its rest and deliver the buffer. */
    private int finishBody(int missing) {
        byte[] a = acc;
        int off = accPos;
        int p = inPos;
        if (missing == 1) {
            a[accEnd] = in[p];
        } else {
            System.arraycopy(in, p, a, accEnd, missing);
        }
        inPos = p + missing;
        accPos = accEnd = 0;
        if (a.length > RETAIN_CAPACITY) {
            acc = EMPTY;
        }
        return deliver(a, off, bodySize);
    }

    /**
     * A checked header (not the marker) ends at {@code off} of the input, nothing is buffered, and
     * the input ends inside the body of {@code n} bytes: keep the part that is here.
     */
    private int startBody(int off, int n) {
        int rest = inEnd - off;
        consumed += prefix;
        bodySize = n;
        state = BODY;
        inPos = off;
        take(rest, n);
        needed = n - rest;
        return NEED;
    }

    /**
     * The general state machine (every state, every edge case, every error), out of line so that
     * {@link #advance()} stays small enough to inline. It starts with the two other common cases
     * of small chunks (kept here, not in advance(), for the same reason).
     */
    private int advanceSlow() {
        int st = state;
        if (st == BODY) {
            if (accPos != accEnd) {
                int missing = bodySize - (accEnd - accPos);
                if (inEnd - inPos >= missing && missing > 0 && acc.length - accEnd >= missing) {
                    return finishBody(missing);
                }
            }
        } else if (st == HEADER && accPos == accEnd && !eof && inEnd - inPos >= prefix) {
            long size = prefixAt(in, inPos);
            if (size <= maxBlock) {
                // Larger than the rest of the input, else advance() would have delivered it.
                return startBody(inPos + prefix, (int) size);
            }
        }
        for (;;) {
            switch (state) {
                case HEADER: {
                    long have = available();
                    if (have < prefix) {
                        return shortHeader((int) have);
                    }
                    long size;
                    if (accPos == accEnd) {
                        size = prefixAt(in, inPos);
                        inPos += prefix;
                    } else {
                        if (accEnd - accPos < prefix) {
                            pull(prefix - (accEnd - accPos));
                        }
                        size = prefixAt(acc, accPos);
                        skipAcc(prefix);
                    }
                    long headerAt = consumed;
                    consumed += prefix;
                    if (marker && size == markerValue) {
                        state = ENDED;
                        end = new Event.EndOfData(headerAt, true);
                        needed = 0;
                        return END;
                    }
                    if (size > maxBlock) {
                        throw fail(SizeLimitExceededException.of("block size", size, maxBlock, headerAt,
                                "Framing.withMaxBlockSize"));
                    }
                    bodySize = (int) size;
                    if (accPos == accEnd && inEnd - inPos >= bodySize) {
                        // The common case: the whole block is in the caller's array.
                        int off = inPos;
                        inPos = off + bodySize;
                        return deliver(in, off, bodySize);
                    }
                    state = BODY;
                    continue;
                }
                case BODY: {
                    int n = bodySize;
                    if (accPos == accEnd) {
                        int avail = inEnd - inPos;
                        if (avail >= n) {
                            int off = inPos;
                            inPos = off + n;
                            return deliver(in, off, n);
                        }
                        if (eof) {
                            throw fail(truncatedBody(avail));
                        }
                        // Keep the partial body; the caller may reuse its array after NeedMoreData.
                        take(avail, n);
                        reserveBody(avail, n);
                        needed = n - avail;
                        return NEED;
                    }
                    int have = accEnd - accPos;
                    if (have < n) {
                        pull(n - have);
                        have = accEnd - accPos;
                    }
                    if (have >= n) {
                        int off = accPos;
                        byte[] a = acc;
                        skipDelivered(n);
                        return deliver(a, off, n);
                    }
                    if (eof) {
                        throw fail(truncatedBody(have));
                    }
                    reserveBody(have, n);
                    needed = n - have;
                    return NEED;
                }
                case ENDED: {
                    long trailing = available();
                    if (trailing > 0) {
                        throw fail(CorruptDataException.of("byte count after the end marker", trailing, consumed,
                                "nothing may follow the end marker (at offset " + end.streamOffset()
                                        + "); it ends the stream"));
                    }
                    needed = 0;
                    return END;
                }
                case FAILED:
                    throw failure;
                default:
                    throw new AssertionError(state);
            }
        }
    }

    /**
     * {@code have} bytes of an {@code n}-byte body (size checked) are buffered: a body of up to
     * {@link #EAGER_CAPACITY} gets room for all of it now, so it is never moved again; a larger
     * one grows as its bytes arrive.
     */
    private void reserveBody(int have, int n) {
        if (n <= EAGER_CAPACITY && acc.length - accPos < n) {
            reserve(n - have, n - have);
        }
    }

    private int deliver(byte[] a, int off, int n) {
        // Stored only when it changes (it rarely does from block to block): under G1 a reference
        // store runs a write barrier, with a memory fence once this object is in the old
        // generation, as a long-lived connection's reassembler is.
        if (blockArray != a) {
            blockArray = a;
        }
        blockOffset = off;
        blockStreamOffset = consumed;
        needed = 0;
        consumed += n;
        state = HEADER;
        return n;
    }

    /** Fewer than a prefix's bytes are present (all of them in acc or all in in). */
    private int shortHeader(int have) {
        if (eof) {
            if (have == 0) {
                if (marker) {
                    throw fail(TruncatedInputException.truncatedStream(
                            "the stream before its end marker 0x" + Long.toHexString(markerValue).toUpperCase(),
                            consumed, prefix));
                }
                state = ENDED;
                end = new Event.EndOfData(consumed, false);
                needed = 0;
                return END;
            }
            throw fail(TruncatedInputException.truncatedStream(
                    "the " + prefix + "-byte size prefix starting at offset " + consumed, fed, prefix - have));
        }
        if (inPos != inEnd) {
            take(inEnd - inPos, prefix);
        }
        needed = prefix - have;
        return NEED;
    }

    private TruncatedInputException truncatedBody(int have) {
        return TruncatedInputException.truncatedStream("the " + bodySize + "-byte block whose payload starts at offset "
                + consumed + " (" + have + " bytes of it arrived)", fed, bodySize - have);
    }

    private QDataStreamException fail(QDataStreamException e) {
        state = FAILED;
        failInput(e);
        blockArray = null;
        needed = 0;
        return e;
    }

    private long prefixAt(byte[] b, int p) {
        if (prefix == 2) {
            return bigEndian
                    ? ((b[p] & 0xFF) << 8) | (b[p + 1] & 0xFF)
                    : ((b[p + 1] & 0xFF) << 8) | (b[p] & 0xFF);
        }
        return bigEndian
                ? ((b[p] & 0xFFL) << 24) | ((b[p + 1] & 0xFF) << 16) | ((b[p + 2] & 0xFF) << 8) | (b[p + 3] & 0xFF)
                : ((b[p + 3] & 0xFFL) << 24) | ((b[p + 2] & 0xFF) << 16) | ((b[p + 1] & 0xFF) << 8) | (b[p] & 0xFF);
    }

    // ---------------------------------------------------------------- accumulation buffer

    /** Moves up to {@code want} bytes from the current input to the accumulation buffer. */
    private void pull(int want) {
        int k = Math.min(want, inEnd - inPos);
        if (k > 0) {
            take(k, want);
        }
    }

    // ---------------------------------------------------------------- introspection

    /** Bytes fed so far: the stream offset just past the last byte fed. */
    public long bytesFed() {
        return fed;
    }

    /** The stream offset of the first byte not yet delivered in a block, header or end marker. */
    public long bytesConsumed() {
        return consumed;
    }

    /** Bytes fed but not yet delivered (a partial block, or input not yet parsed). */
    public long buffered() {
        return fed - consumed;
    }

    /** Whether a call has failed; every later call rethrows {@link #failure()}. */
    public boolean isFailed() {
        return state == FAILED;
    }

    /** The error that failed this reassembler, or {@code null}. */
    public QDataStreamException failure() {
        return (QDataStreamException) failure;
    }

    /**
     * How many more bytes are needed, exactly as the last {@link Event.NeedMoreData} said: for
     * {@link #drain} callers, after it stopped for lack of bytes. 0 after a block, the end or an
     * error.
     */
    public long needed() {
        return needed;
    }

    /** Whether {@link Event.EndOfData} has been returned. */
    public boolean isEnded() {
        return state == ENDED;
    }

    /** The end of the stream once {@link #isEnded()} (what {@link #next()} returns then), else {@code null}. */
    public Event.EndOfData endOfData() {
        return state == ENDED ? end : null;
    }

    /** Capacity of the accumulation buffer (for tests of the allocation policy). */
    int accumulationCapacity() {
        return acc.length;
    }

    @Override
    public String toString() {
        return "BlockReassembler[" + framing + ", state=" + state + ", fed=" + fed + ", consumed=" + consumed + "]";
    }
}
