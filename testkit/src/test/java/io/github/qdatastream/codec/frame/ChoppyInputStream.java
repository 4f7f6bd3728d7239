package io.github.qdatastream.codec.frame;

import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.util.SplittableRandom;

/**
 * An InputStream over bytes that returns them as an unreliable network would: reads of random
 * size, many of one byte, some of none at all (zero progress), and, if asked, a
 * {@link SocketTimeoutException} now and then, after which reading goes on.
 */
public final class ChoppyInputStream extends InputStream {

    private final byte[] data;
    private final SplittableRandom rnd;
    private final boolean timeouts;
    private int pos;
    /** The timeouts thrown so far (each a fresh exception, so that identity can be checked). */
    public final java.util.List<SocketTimeoutException> thrown = new java.util.ArrayList<>();

    public ChoppyInputStream(byte[] data, long seed, boolean timeouts) {
        this.data = data;
        this.rnd = new SplittableRandom(seed);
        this.timeouts = timeouts;
    }

    @Override
    public int read() throws IOException {
        maybeTimeOut();
        return pos < data.length ? data[pos++] & 0xFF : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        java.util.Objects.checkFromIndexSize(off, len, b.length);
        maybeTimeOut();
        if (len == 0) {
            return 0;
        }
        if (pos == data.length) {
            return -1;
        }
        int n = switch (rnd.nextInt(5)) {
            case 0 -> 0;
            case 1 -> 1;
            default -> 1 + rnd.nextInt(Math.min(len, rnd.nextBoolean() ? 16 : 4096));
        };
        n = Math.min(n, Math.min(len, data.length - pos));
        System.arraycopy(data, pos, b, off, n);
        pos += n;
        return n;
    }

    private void maybeTimeOut() throws SocketTimeoutException {
        if (timeouts && rnd.nextInt(7) == 0) {
            SocketTimeoutException e = new SocketTimeoutException("Read timed out (test)");
            thrown.add(e);
            throw e;
        }
    }
}
