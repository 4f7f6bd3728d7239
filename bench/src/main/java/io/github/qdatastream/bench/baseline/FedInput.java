package io.github.qdatastream.bench.baseline;

import io.github.qdatastream.codec.frame.Framing;

import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * The input side shared by {@link BlockReassembler} and {@link TransactionReader}: the caller's
 * current array, referenced and read lazily, plus one accumulation buffer for bytes that must
 * outlive it; the count of bytes fed, end of input, and the sticky failure.
 *
 * <p>The bytes not yet consumed are {@code acc[accPos, accEnd)} followed by
 * {@code in[inPos, inEnd)}, in stream order. The owner parses them through the fields directly
 * (they are its hot path) and moves the positions itself; this class only takes input in, keeps
 * it, grows and compacts the buffer, and forgets everything on failure. How far the buffer grows
 * is the owner's policy ({@link #preferredCapacity}). The owners extend this class rather than
 * hold one, so that their hot paths read these fields as their own (no indirection).
 */
abstract class FedInput {

    static final byte[] EMPTY = new byte[0];
    /** The smallest accumulation buffer allocated, so that small units of varying size reuse one. */
    static final int MIN_CAPACITY = 256;

    // The caller's current input, not copied: [inPos, inEnd) of in.
    byte[] in = EMPTY;
    int inPos;
    int inEnd;
    // Bytes kept across feeds; they precede the current input in the stream.
    byte[] acc = EMPTY;
    int accPos;
    int accEnd;

    /** Bytes fed so far: the stream offset just past the last byte fed. */
    long fed;
    boolean eof;
    /** The error that failed the owner; once set, every feed and endOfInput rethrows it. */
    RuntimeException failure;

    /**
     * The capacity preferred when {@code held} bytes are kept in a buffer of {@code capacity}
     * and the unit being gathered (a header, a body, a value) still needs {@code unitRemaining};
     * it must come from sizes already checked against the owner's limit, never from an
     * unchecked claim. The buffer grows to at least what it must hold and {@link #MIN_CAPACITY}.
     */
    abstract long preferredCapacity(int held, int capacity, long unitRemaining);

    /** Hands over {@code b[off, off + len)}; unread bytes of the previous array are kept first. */
    void feed(byte[] b, int off, int len) {
        Objects.checkFromIndexSize(off, len, b.length);
        checkFeed();
        if (len == 0) {
            return;
        }
        if (inPos != inEnd) {
            // The previous input is not drained: keep its rest, and the new array as it is.
            keepInput();
        }
        if (in != b) {
            in = b; // a reference store is a G1 write barrier; callers mostly reuse one read buffer
        }
        inPos = off;
        inEnd = off + len;
        fed += len;
    }

    /**
     * Takes the remaining bytes of {@code src} and advances its position to its limit: a heap
     * buffer's array is referenced, a direct or read-only buffer is copied into the accumulation
     * buffer.
     */
    void feed(ByteBuffer src) {
        checkFeed();
        int len = src.remaining();
        if (len == 0) {
            return;
        }
        if (src.hasArray()) {
            feed(src.array(), src.arrayOffset() + src.position(), len);
            src.position(src.limit());
            return;
        }
        keepInput();
        reserve(len, len);
        src.get(acc, accEnd, len);
        accEnd += len;
        fed += len;
    }

    /** Marks the end of input (the peer closed). */
    void endOfInput() {
        if (failure != null) {
            throw failure;
        }
        eof = true;
    }

    private void checkFeed() {
        if (failure != null) {
            throw failure;
        }
        if (eof) {
            throw new IllegalStateException("feed after endOfInput()");
        }
    }

    /**
     * Copies {@code b[off, off + len)} behind the buffered bytes (the current input must be
     * drained), for a unit that still needs {@code unitRemaining}; counts it as fed.
     */
    void append(byte[] b, int off, int len, long unitRemaining) {
        reserve(len, Math.max(len, unitRemaining));
        System.arraycopy(b, off, acc, accEnd, len);
        accEnd += len;
        fed += len;
    }

    /** Moves the buffered bytes to the front of a new buffer of {@code capacity} (at least what they take). */
    void resize(int capacity) {
        int used = accEnd - accPos;
        byte[] grown = new byte[Math.max(capacity, used)];
        System.arraycopy(acc, accPos, grown, 0, used);
        acc = grown;
        accPos = 0;
        accEnd = used;
    }

    /** Bytes fed and not yet consumed. */
    long available() {
        return (long) (accEnd - accPos) + (inEnd - inPos);
    }

    /** Copies the unread rest of the current input into the accumulation buffer. */
    void keepInput() {
        int n = inEnd - inPos;
        if (n > 0) {
            take(n, n);
        }
    }

    /**
     * Moves {@code n} bytes (at most what the current input holds) to the accumulation buffer, for
     * a unit that still needs {@code unitRemaining} (at least {@code n}).
     */
    void take(int n, long unitRemaining) {
        reserve(n, unitRemaining);
        System.arraycopy(in, inPos, acc, accEnd, n);
        accEnd += n;
        inPos += n;
    }

    /** Marks {@code n} bytes of the accumulation buffer consumed, rewinding it once it is empty. */
    void skipAcc(int n) {
        accPos += n;
        if (accPos == accEnd) {
            accPos = accEnd = 0;
        }
    }

    /**
     * Makes room for {@code extra} more bytes after {@code accEnd}, for a unit that still needs
     * {@code unitRemaining}: compacts if that is enough, else grows to the largest of what is held
     * plus {@code extra}, the {@link Growth} policy's preference and {@link #MIN_CAPACITY}.
     */
    void reserve(int extra, long unitRemaining) {
        if (acc.length - accEnd >= extra) {
            return;
        }
        int used = accEnd - accPos;
        long need = (long) used + extra;
        if (need > Framing.MAX_ARRAY_BLOCK) {
            throw new IllegalStateException("more than 2 GiB fed and not drained; call next() between feeds");
        }
        if (acc.length >= need) {
            System.arraycopy(acc, accPos, acc, 0, used);
        } else {
            long target = Math.max(Math.max(need, preferredCapacity(used, acc.length, unitRemaining)),
                    MIN_CAPACITY);
            byte[] grown = new byte[(int) Math.min(target, Framing.MAX_ARRAY_BLOCK)];
            System.arraycopy(acc, accPos, grown, 0, used);
            acc = grown;
        }
        accPos = 0;
        accEnd = used;
    }

    /** Records the owner's terminal error and drops every byte held; returns {@code e}. */
    final <E extends RuntimeException> E failInput(E e) {
        failure = e;
        in = acc = EMPTY;
        inPos = inEnd = accPos = accEnd = 0;
        return e;
    }
}
