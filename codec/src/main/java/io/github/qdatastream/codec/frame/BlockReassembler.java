package io.github.qdatastream.codec.frame;

import io.github.qdatastream.codec.CorruptDataException;
import io.github.qdatastream.codec.QDataStreamException;
import io.github.qdatastream.codec.SizeLimitExceededException;
import io.github.qdatastream.codec.TruncatedInputException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Turns the bytes of size-prefixed QDataStream blocks, in whatever pieces TCP delivers them, back
 * into whole {@link Block}s: the framed {@link Decoder}. It does no I/O: you {@link #feed feed} it
 * bytes, then call {@link #next()} until it returns {@link Event.NeedMoreData} (or
 * {@link #drain drain} the blocks).
 *
 * <h2>Theory of operation</h2>
 * One state machine, whose {@link State} is the single source of truth:
 * <pre>
 *            header complete, size &lt;= max          body complete
 *   HEADER ----------------------------------&gt; BODY ---------------&gt; (Block) --&gt; HEADER
 *     |  \ marker (0xFFFF / 0xFFFFFFFF, if enabled)
 *     |   `-------------------------------------------&gt; ENDED (EndOfData; bytes after it: FAILED)
 *     |  size &gt; max, EOF inside a block, EOF without required marker
 *     `-------------------------------------------------&gt; FAILED (terminal; every call rethrows)
 * </pre>
 * {@code feed} only stores a reference to the bytes; {@code next} parses. A header is looked at
 * only once all of it has arrived, and interpreted in one place ({@code header}): the end marker,
 * then the size against {@link Framing#maxBlockSize()}, before any byte of the body is buffered.
 * A block is returned only once all of it is there. The hot loop takes shortcuts for the common
 * cases (a whole block in the fed array, a whole block or a partial body in the buffer); each is
 * a shortcut of the same transitions and falls back to the state machine for everything else, and
 * a property test runs both over the same inputs and demands the same events.
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
 * framed path throws no exceptions except for errors and boxes nothing. {@code next()} allocates
 * a small event and a {@link Block} per block; {@link #drain} hands every block in one reused
 * {@link Block} and allocates nothing.
 *
 * <h2>Ownership and errors</h2>
 * As for every {@link Decoder}: see there. Errors:
 * <ul>
 *   <li>a size above the limit: {@link SizeLimitExceededException} (size, limit, header offset);
 *   <li>end of input inside a block or its prefix, or (with an end marker) before the marker:
 *       {@link TruncatedInputException#truncatedStream} with the missing byte count;
 *   <li>bytes after the end marker: {@link CorruptDataException}, raised by the {@code next()}
 *       call after the one that returned {@link Event.EndOfData}. Nothing is dropped silently.
 * </ul>
 *
 * <p>Not thread-safe: it holds one stream's partial block. Use one instance per connection, fed and
 * read by one thread at a time, or synchronise externally.
 */
public final class BlockReassembler implements Decoder<Block> {

    /** The states of the diagram above. */
    enum State { HEADER, BODY, ENDED, FAILED }

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

    /** {@link #advance()}: more bytes are needed ({@link #needed} says how many). */
    static final int NEED = -1;
    /** {@link #advance()}: the stream ended ({@link #end}). */
    static final int END = -2;
    /** A shortcut's answer: not a case it takes; the state machine decides. */
    private static final int STEP = -3;

    private final Framing framing;
    private final int prefix;
    private final boolean bigEndian;
    private final boolean marker;
    private final long markerValue;
    private final long maxBlock;
    /** Whether {@link #advance()} takes the shortcuts (false only in the property test of the state machine). */
    private final boolean shortcuts;
    private final Input input;

    private State state = State.HEADER;
    private int bodySize;
    private long consumed;
    private Event.EndOfData<Block> end;

    /**
     * The block found by the last {@link #advance()} that returned a length: written once, where
     * the block is found, and handed out as it is by {@link #drain} (reused for every block).
     */
    private final Block view = new Block(Input.EMPTY, 0, 0, 0);
    /** The count the last {@link #advance()} that returned {@link #NEED} needs. */
    private long needed;

    /**
     * A reassembler for {@code framing}'s blocks.
     *
     * @param framing the size prefix, end marker and limit
     */
    public BlockReassembler(Framing framing) {
        this(framing, true);
    }

    /** With {@code shortcuts} false every event comes from the state machine alone (for the property test). */
    BlockReassembler(Framing framing, boolean shortcuts) {
        this.framing = Objects.requireNonNull(framing, "framing");
        this.prefix = framing.prefixBytes();
        this.bigEndian = framing.byteOrder() == ByteOrder.BIG_ENDIAN;
        this.marker = framing.endMarker();
        this.markerValue = framing.markerValue();
        this.maxBlock = framing.maxBlockSize();
        this.shortcuts = shortcuts;
        // The buffer grows to the announced block size (checked) up to 64 KiB, by doubling beyond.
        this.input = new Input((held, capacity, unitRemaining) ->
                Math.min(held + unitRemaining, Math.max(2L * capacity, EAGER_CAPACITY)));
    }

    /** {@return the framing blocks are cut by} */
    public Framing framing() {
        return framing;
    }

    // ---------------------------------------------------------------- input

    @Override
    public void feed(byte[] b, int off, int len) {
        Input s = input;
        // A small chunk, the previous input drained: copy it behind what is buffered, so that next()
        // sees one contiguous window (the copy loop's shape) instead of a buffered part and a fed part.
        if (len <= COPY_LIMIT && len > 0 && s.inPos == s.inEnd && !s.eof) {
            Objects.checkFromIndexSize(off, len, b.length);
            int at = s.accEnd;
            byte[] a = s.acc;
            if (a.length - at >= len) {
                if (len == 1) {
                    a[at] = b[off];
                } else {
                    System.arraycopy(b, off, a, at, len);
                }
                s.accEnd = at + len;
                s.fed += len;
            } else {
                appendSmall(b, off, len);
            }
            return;
        }
        s.feed(b, off, len);
    }

    /** A small chunk that does not fit behind the buffered bytes: make room (or rethrow the failure) and copy it. */
    private void appendSmall(byte[] b, int off, int len) {
        Input s = input;
        // A failed reassembler has an empty buffer, so its feeds always arrive here.
        s.check();
        if (s.acc.length < COPY_BUFFER) {
            // Small chunks are arriving: a buffer of a few KiB is compacted only every hundred or so.
            s.resize(COPY_BUFFER);
        }
        s.append(b, off, len, state == State.BODY ? bodySize - (s.accEnd - s.accPos) : len);
    }

    @Override
    public void feed(ByteBuffer src) {
        input.feed(src);
    }

    @Override
    public void endOfInput() {
        input.endOfInput();
    }

    /**
     * The body {@link #skipHeld} would take now: its size if the reassembler is in its BODY state
     * with none of the body's bytes fed and the input not ended (right after a size prefix was fed
     * and {@code next()} answered {@code NeedMoreData} for the body), -1 otherwise. A query of the
     * state, for callers that feed only size prefixes: they need no state of their own.
     *
     * @return the size of the whole, unfed body being waited for, or -1
     */
    public int heldBodyWanted() {
        Input s = input;
        return state == State.BODY && s.available() == 0 && !s.eof ? bodySize : -1;
    }

    /**
     * Takes the body the reassembler is waiting for as held by the caller: the next {@code n}
     * bytes of the stream are that whole body, which the caller already holds contiguously (a
     * Netty cumulation, a mapped file) and passes on itself, so they are counted as fed and
     * delivered without being handed over or copied. The zero-copy way in for a caller that
     * feeds exactly what {@link Event.NeedMoreData} asks for: feed the size prefix, and when
     * {@code next()} answers {@code NeedMoreData(n)} for its body (nothing of which was fed yet),
     * hold {@code n} bytes and call this instead of {@code feed} ({@link #heldBodyWanted()} says
     * when that is: it returns {@code n} then). It is the state machine's
     * BODY -&gt; HEADER transition for that block, as if {@code next()} had returned it; no event
     * is returned for it. Valid only in that situation: otherwise (at a header, part of the body
     * fed, a different count, after {@link #endOfInput()}) it is an {@link IllegalStateException}
     * and changes nothing.
     *
     * @param n the body size, as the last {@code NeedMoreData} said
     * @return the stream offset of the body's first byte
     * @throws QDataStreamException the earlier error again, once decoding has failed
     */
    public long skipHeld(int n) {
        Input s = input;
        s.check();
        if (s.eof) {
            throw new IllegalStateException("skipHeld after endOfInput()");
        }
        int wanted = heldBodyWanted();
        if (wanted < 0 || n != wanted) {
            throw new IllegalStateException("skipHeld(" + n + ") takes a whole body none of which was fed ("
                    + this + (state == State.BODY ? ", body of " + bodySize + " bytes, "
                    + s.available() + " of them fed)" : ")"));
        }
        s.fed += n;
        long at = consumed;
        state = State.HEADER;
        needed = 0;
        consumed += n;
        return at;
    }

    // ---------------------------------------------------------------- events

    /**
     * The next event: a complete block, the end of the stream, or how many more bytes are needed.
     *
     * @throws SizeLimitExceededException a block size above {@link Framing#maxBlockSize()}
     * @throws TruncatedInputException the input ended inside a block (after {@link #endOfInput()})
     * @throws CorruptDataException bytes after the end marker
     */
    @Override
    public Event<Block> next() {
        int n = advance();
        if (n >= 0) {
            Block v = view;
            return new Event.Value<>(new Block(v.array(), v.offset(), n, v.streamOffset()), v.streamOffset(), n);
        }
        if (n == NEED) {
            return new Event.NeedMoreData<>(needed);
        }
        return end;
    }

    /**
     * Hands every complete block to {@code sink} as one reused {@link Block} view, valid only
     * during the call; see {@link Decoder#drain}.
     */
    @Override
    public int drain(Consumer<? super Block> sink) {
        // Kept tiny so that the JIT inlines it, and the check, into the caller's feed loop: for
        // input arriving a few bytes at a time most calls end here, without a call.
        if (awaitingInput()) {
            return 0;
        }
        return drainBlocks(sink);
    }

    /**
     * The block loop of {@link #drain}, in a method of its own that the JIT compiles apart: more
     * than 35 bytes of bytecode (C1's and C2's limit for inlining a call that is not frequent), so
     * that {@code drain} compiles to its check plus a call and stays small enough to be inlined into
     * the caller's feed loop. Written this way it is 39 bytes; the 29-byte
     * {@code while} loop was inlined by C1 into {@code drain}, which C2 then compiled on its own
     * with the whole state machine in it, too big to inline (a call per byte fed; see
     * docs/performance.md, "The order in the JVM").
     */
    private int drainBlocks(Consumer<? super Block> sink) {
        Block v = view;
        int count = 0;
        for (int n = advance(); n >= 0; n = advance()) {
            sink.accept(v);
            count++;
        }
        return count;
    }

    /**
     * Whether the buffered bytes are still short of the size prefix (HEADER) or of the body (BODY)
     * and no other input is pending, so that {@link #advance()} would return {@link #NEED} (and
     * {@link #needed} now says how many bytes): a check small enough to inline into the callers'
     * feed loops, for input arriving a few bytes at a time (at one byte a time, a 37-byte Trip
     * block takes one call of the block loop instead of three). A query, not a transition (it only
     * says what the state machine would), so it holds with or without the shortcuts.
     */
    boolean awaitingInput() {
        Input s = input;
        if (s.inPos == s.inEnd && !s.eof) {
            State st = state;
            int missing = (st == State.BODY ? bodySize : st == State.HEADER ? prefix : 0) - (s.accEnd - s.accPos);
            if (missing > 0) {
                needed = missing;
                return true;
            }
        }
        return false;
    }

    /** The block {@link #advance()} found, a reused view (package hot path, see {@link BlockDecoder}). */
    Block block() {
        return view;
    }

    /**
     * The state machine behind {@link #next()} and {@link #drain}, without allocating: the length
     * of the next complete block (its view in {@link #block()}), {@link #NEED} (with
     * {@link #needed}) or {@link #END}.
     */
    int advance() {
        if (shortcuts) {
            // The common cases in small methods the JIT inlines into drain/next: the unread bytes
            // are all in the accumulation buffer (small chunks are copied there by feed), or all in
            // the caller's array with a whole block at its front (a large chunk at a block boundary).
            Input s = input;
            int n = s.inPos == s.inEnd ? bufferedShortcut(s)
                    : s.accPos == s.accEnd && state == State.HEADER ? inputShortcut(s) : splitShortcut(s);
            if (n != STEP) {
                return n;
            }
        }
        return step();
    }

    /**
     * Shortcut: nothing buffered, at a header, a whole block at the front of the caller's array.
     * The size check is {@link #header}'s outcome for an ordinary block in one comparison (with an
     * end marker, {@code maxBlock} is below the marker value); anything else is the state machine's.
     */
    private int inputShortcut(Input s) {
        int p = s.inPos;
        int avail = s.inEnd - p;
        if (avail >= prefix) {
            long size = prefixAt(s.in, p);
            if (size <= maxBlock) {
                int n = (int) size;
                if (avail - prefix >= n) {
                    int off = p + prefix;
                    s.inPos = off + n;
                    consumed += prefix;
                    return deliver(s.in, off, n);
                }
                if (!s.eof) {
                    return startBody(s, n);
                }
            }
        }
        return STEP;
    }

    /**
     * Shortcut, out of line (once per large chunk): the buffer holds the start of a body (size
     * checked) and this input finishes it, with room behind it: BODY -&gt; HEADER with the
     * gathered block. Anything else is the state machine's.
     */
    private int splitShortcut(Input s) {
        if (state == State.BODY) {
            int have = s.accEnd - s.accPos;
            int missing = bodySize - have;
            if (have > 0 && missing > 0 && s.inEnd - s.inPos >= missing && s.acc.length - s.accEnd >= missing) {
                byte[] a = s.acc;
                int off = s.accPos;
                System.arraycopy(s.in, s.inPos, a, s.accEnd, missing);
                s.inPos += missing;
                s.accPos = s.accEnd = 0;
                if (a.length > RETAIN_CAPACITY) {
                    s.acc = Input.EMPTY;
                }
                return deliver(a, off, bodySize);
            }
        }
        return STEP;
    }

    /**
     * Shortcut, out of line (once per large chunk): nothing is buffered, the input starts with an
     * ordinary header (size checked) and ends inside its body of {@code n} bytes, no end of input:
     * HEADER -&gt; BODY, keeping the part that is here.
     */
    private int startBody(Input s, int n) {
        int off = s.inPos + prefix;
        int rest = s.inEnd - off;
        consumed += prefix;
        bodySize = n;
        state = State.BODY;
        s.inPos = off;
        s.take(rest, n);
        reserveBody(rest, n);
        needed = n - rest;
        return NEED;
    }

    /**
     * Shortcut: every unread byte is in the accumulation buffer, and it holds a whole block, or a
     * checked header and part of its body (with room for the rest), or too few bytes with no end
     * of input. Anything else (a marker, a size over the limit, end of input) is the state machine's.
     */
    private int bufferedShortcut(Input s) {
        byte[] a = s.acc;
        int p = s.accPos;
        int e = s.accEnd;
        int n;
        State st = state;
        if (st == State.HEADER) {
            if (e - p < prefix) {
                if (s.eof) {
                    return STEP;
                }
                needed = prefix - (e - p);
                return NEED;
            }
            long size = prefixAt(a, p);
            if (size > maxBlock) {
                return STEP;
            }
            n = (int) size;
            p += prefix;
            if (e - p < n) {
                if (s.eof || a.length - p < n) {
                    return STEP;
                }
                // HEADER -> BODY, waiting for the rest of a body that fits.
                s.accPos = p;
                consumed += prefix;
                bodySize = n;
                state = State.BODY;
                needed = n - (e - p);
                return NEED;
            }
            consumed += prefix;
        } else if (st == State.BODY) {
            n = bodySize;
            if (e - p < n) {
                if (s.eof) {
                    return STEP;
                }
                needed = n - (e - p);
                return NEED;
            }
        } else {
            return STEP;
        }
        s.accPos = p;
        skipDelivered(n);
        return deliver(a, p, n);
    }

    /** The state machine: every state, every edge case, every error, one transition at a time. */
    private int step() {
        Input s = input;
        for (;;) {
            switch (state) {
                case HEADER: {
                    long have = s.available();
                    if (have < prefix) {
                        return shortHeader((int) have);
                    }
                    long size;
                    if (s.accPos == s.accEnd) {
                        size = prefixAt(s.in, s.inPos);
                        s.inPos += prefix;
                    } else {
                        if (s.accEnd - s.accPos < prefix) {
                            s.pull(prefix - (s.accEnd - s.accPos));
                        }
                        size = prefixAt(s.acc, s.accPos);
                        s.skipAcc(prefix);
                    }
                    if (header(size)) {
                        return END;
                    }
                    continue;
                }
                case BODY: {
                    int n = bodySize;
                    if (s.accPos == s.accEnd) {
                        int avail = s.inEnd - s.inPos;
                        if (avail >= n) {
                            int off = s.inPos;
                            s.inPos = off + n;
                            return deliver(s.in, off, n);
                        }
                        if (s.eof) {
                            throw fail(truncatedBody(avail));
                        }
                        // Keep the partial body; the caller may reuse its array after NeedMoreData.
                        s.take(avail, n);
                        reserveBody(avail, n);
                        needed = n - avail;
                        return NEED;
                    }
                    int have = s.accEnd - s.accPos;
                    if (have < n) {
                        s.pull(n - have);
                        have = s.accEnd - s.accPos;
                    }
                    if (have >= n) {
                        int off = s.accPos;
                        byte[] a = s.acc;
                        skipDelivered(n);
                        return deliver(a, off, n);
                    }
                    if (s.eof) {
                        throw fail(truncatedBody(have));
                    }
                    reserveBody(have, n);
                    needed = n - have;
                    return NEED;
                }
                case ENDED: {
                    long trailing = s.available();
                    if (trailing > 0) {
                        throw fail(CorruptDataException.of("byte count after the end marker", trailing, consumed,
                                "nothing may follow the end marker (at offset " + end.streamOffset()
                                        + "); it ends the stream"));
                    }
                    needed = 0;
                    return END;
                }
                case FAILED:
                default:
                    throw s.failure;
            }
        }
    }

    /**
     * The one place a complete size prefix is interpreted (its bytes consumed): the end marker
     * (HEADER -&gt; ENDED, returns true), a size over the limit (-&gt; FAILED), or a body to wait
     * for (-&gt; BODY).
     */
    private boolean header(long size) {
        long headerAt = consumed;
        consumed += prefix;
        if (marker && size == markerValue) {
            state = State.ENDED;
            end = new Event.EndOfData<>(headerAt, true);
            needed = 0;
            return true;
        }
        if (size > maxBlock) {
            throw fail(SizeLimitExceededException.of("block size", size, maxBlock, headerAt,
                    "Framing.withMaxBlockSize"));
        }
        bodySize = (int) size;
        state = State.BODY;
        return false;
    }

    /**
     * {@code have} bytes of an {@code n}-byte body (size checked) are buffered: a body of up to
     * {@link #EAGER_CAPACITY} gets room for all of it now, so it is never moved again; a larger
     * one grows as its bytes arrive.
     */
    private void reserveBody(int have, int n) {
        Input s = input;
        if (n <= EAGER_CAPACITY && s.acc.length - s.accPos < n) {
            s.reserve(n - have, n - have);
        }
    }

    /**
     * Marks the {@code n} buffered bytes of a block being delivered consumed; a buffer above
     * {@link #RETAIN_CAPACITY} that this empties is dropped (the delivered view keeps its array).
     */
    private void skipDelivered(int n) {
        Input s = input;
        byte[] a = s.acc;
        s.skipAcc(n);
        if (s.accEnd == 0 && a.length > RETAIN_CAPACITY) {
            s.acc = Input.EMPTY;
        }
    }

    /** BODY (or a HEADER shortcut) -&gt; HEADER with the block {@code a[off, off + n)}. */
    private int deliver(byte[] a, int off, int n) {
        // Straight into the view drain hands out: no copy of the fields from block to block.
        view.set(a, off, n, consumed);
        // Stored only when it changes (rarely from block to block): under G1 a reference store
        // runs a write barrier, with a memory fence once this object is in the old generation, as
        // a long-lived connection's reassembler is (Block.set does the same for the array).
        if (state != State.HEADER) {
            state = State.HEADER;
        }
        needed = 0;
        consumed += n;
        return n;
    }

    /** HEADER with fewer than a prefix's bytes present (all of them in acc or all in in). */
    private int shortHeader(int have) {
        Input s = input;
        if (s.eof) {
            if (have == 0) {
                if (marker) {
                    throw fail(TruncatedInputException.truncatedStream(
                            "the stream before its end marker 0x" + Long.toHexString(markerValue).toUpperCase(),
                            consumed, prefix));
                }
                state = State.ENDED;
                end = new Event.EndOfData<>(consumed, false);
                needed = 0;
                return END;
            }
            throw fail(TruncatedInputException.truncatedStream(
                    "the " + prefix + "-byte size prefix starting at offset " + consumed, s.fed, prefix - have));
        }
        if (s.inPos != s.inEnd) {
            s.take(s.inEnd - s.inPos, prefix);
        }
        needed = prefix - have;
        return NEED;
    }

    private TruncatedInputException truncatedBody(int have) {
        return TruncatedInputException.truncatedStream("the " + bodySize + "-byte block whose payload starts at offset "
                + consumed + " (" + have + " bytes of it arrived)", input.fed, bodySize - have);
    }

    /**
     * Any state -&gt; FAILED: the one failure path of the framed decoders (also taken by
     * {@link BlockDecoder} for a payload its codec rejects). Returns {@code e} to be thrown.
     */
    <E extends RuntimeException> E fail(E e) {
        state = State.FAILED;
        input.fail(e);
        view.set(Input.EMPTY, 0, 0, view.streamOffset());
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

    // ---------------------------------------------------------------- introspection

    @Override
    public long bytesFed() {
        return input.fed;
    }

    @Override
    public long bytesConsumed() {
        return consumed;
    }

    /** {@return bytes fed but not yet delivered (a partial block, or input not yet parsed)} */
    public long buffered() {
        return input.fed - consumed;
    }

    @Override
    public boolean isFailed() {
        return state == State.FAILED;
    }

    @Override
    public RuntimeException failure() {
        return input.failure;
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
    public Event.EndOfData<Block> endOfData() {
        return state == State.ENDED ? end : null;
    }

    @Override
    public boolean isEndOfInput() {
        return input.eof;
    }

    /** The current state (for tests). */
    State state() {
        return state;
    }

    /** Capacity of the accumulation buffer (for tests of the allocation policy). */
    int accumulationCapacity() {
        return input.acc.length;
    }

    @Override
    public String toString() {
        return "BlockReassembler[" + framing + ", state=" + state + ", fed=" + input.fed + ", consumed=" + consumed + "]";
    }
}
