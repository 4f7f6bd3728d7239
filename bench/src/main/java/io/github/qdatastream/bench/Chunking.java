package io.github.qdatastream.bench;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * How a stream is cut into the chunks a socket would deliver. Every implementation under test gets
 * the same chunk sizes (precomputed, so the cutting costs nothing inside the measurement).
 */
public enum Chunking {
    /** The whole stream in one chunk. */
    WHOLE,
    /** 1460-byte chunks (one Ethernet TCP segment's payload). */
    MTU_1460,
    /** Random chunks of 1 to 64 bytes (fixed seed). */
    RANDOM_1_64,
    /** One byte at a time; benchmarks cut the stream to a 4 MiB prefix for this one. */
    ONE_BYTE;

    /** The largest stream the {@link #ONE_BYTE} runs use. */
    public static final int ONE_BYTE_PREFIX = 4 * Workloads.MIB;

    /** The chunk sizes for a stream of {@code length} bytes; they sum to {@code length}. */
    public int[] sizes(int length) {
        switch (this) {
            case WHOLE:
                return new int[] {length};
            case MTU_1460: {
                int n = (length + 1459) / 1460;
                int[] s = new int[n];
                Arrays.fill(s, 1460);
                s[n - 1] = length - 1460 * (n - 1);
                return s;
            }
            case RANDOM_1_64: {
                SplittableRandom r = new SplittableRandom(Workloads.SEED ^ 0x6464);
                int[] s = new int[length / 16 + 16];
                int n = 0;
                int left = length;
                while (left > 0) {
                    int c = Math.min(left, 1 + r.nextInt(64));
                    if (n == s.length) {
                        s = Arrays.copyOf(s, n * 2);
                    }
                    s[n++] = c;
                    left -= c;
                }
                return Arrays.copyOf(s, n);
            }
            case ONE_BYTE: {
                int[] s = new int[length];
                Arrays.fill(s, 1);
                return s;
            }
            default:
                throw new AssertionError(this);
        }
    }

    /** The target stream size for this chunking: {@link #ONE_BYTE} caps it at {@link #ONE_BYTE_PREFIX}. */
    public int streamBytes(int requested) {
        return this == ONE_BYTE ? Math.min(requested, ONE_BYTE_PREFIX) : requested;
    }
}
