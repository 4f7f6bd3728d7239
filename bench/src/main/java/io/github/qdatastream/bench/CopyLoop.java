package io.github.qdatastream.bench;

/**
 * The physical limit of framing: copy each chunk into an accumulation buffer and walk the quint16
 * size fields, nothing else (no events, no checks beyond the size, no field decoding). What a
 * reassembler costs above this loop is its overhead.
 */
public final class CopyLoop {

    private byte[] buf = new byte[1 << 16];
    private int start;
    private int end;
    private boolean ended;

    /** Forgets all state (keeps the buffer). */
    public void reset() {
        start = 0;
        end = 0;
        ended = false;
    }

    public boolean ended() {
        return ended;
    }

    /** Copies a chunk in and returns the number of blocks it completed. */
    public int feed(byte[] src, int off, int len) {
        if (buf.length - end < len) {
            makeRoom(len);
        }
        System.arraycopy(src, off, buf, end, len);
        end += len;
        byte[] b = buf;
        int s = start;
        int e = end;
        int n = 0;
        while (e - s >= 2) {
            int size = ((b[s] & 0xFF) << 8) | (b[s + 1] & 0xFF);
            if (size == 0xFFFF) {
                ended = true;
                s += 2;
                break;
            }
            if (e - s - 2 < size) {
                break;
            }
            s += 2 + size;
            n++;
        }
        if (s == e) {
            start = 0;
            end = 0;
        } else {
            start = s;
        }
        return n;
    }

    private void makeRoom(int len) {
        int live = end - start;
        if (buf.length - live >= len && start > 0) {
            System.arraycopy(buf, start, buf, 0, live);
        } else {
            byte[] bigger = new byte[Math.max(buf.length * 2, live + len)];
            System.arraycopy(buf, start, bigger, 0, live);
            buf = bigger;
        }
        start = 0;
        end = live;
    }
}
