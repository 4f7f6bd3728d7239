package io.github.qdatastream.codec.frame;

import io.github.qdatastream.codec.QDataReader;
import io.github.qdatastream.codec.StreamOptions;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * One complete block's payload (without its size prefix), as a view of {@code array[offset,
 * offset + length)}: what a {@link BlockReassembler} delivers, in an {@link Event.Value} from
 * {@link BlockReassembler#next() next()} or to the consumer of
 * {@link BlockReassembler#drain drain}.
 *
 * <p><b>Validity window.</b> The view is zero-copy: when the whole block lay inside one fed
 * buffer, {@code array} is that caller's array; otherwise it is the reassembler's internal
 * accumulation buffer, which the next call to {@link BlockReassembler#feed feed},
 * {@link BlockReassembler#next() next} or {@link BlockReassembler#endOfInput() endOfInput} may
 * overwrite. {@code drain} hands every block in the same reused {@code Block} object, valid only
 * during the consumer's call. Decode the payload or {@link #toByteArray() copy} it before calling
 * the reassembler again; never write to {@code array}. Blocks compare by identity: compare
 * payloads with {@link #contentEquals(byte[])}.
 *
 * <p>A mutable view (see the validity window above): not thread-safe, and not to be kept; copy the
 * payload to keep it or hand it to another thread.
 */
public final class Block {

    private byte[] array;
    private int offset;
    private int length;
    private long streamOffset;

    Block(byte[] array, int offset, int length, long streamOffset) {
        this.array = array;
        this.offset = offset;
        this.length = length;
        this.streamOffset = streamOffset;
    }

    /** Points this (reused) view at the next block; see {@link BlockReassembler#drain}. */
    Block set(byte[] array, int offset, int length, long streamOffset) {
        if (this.array != array) {
            this.array = array; // a reference store is a G1 write barrier: only when it changes
        }
        this.offset = offset;
        this.length = length;
        this.streamOffset = streamOffset;
        return this;
    }

    /** {@return the bytes (not a copy)} */
    public byte[] array() {
        return array;
    }

    /** {@return where the payload starts in {@link #array()}} */
    public int offset() {
        return offset;
    }

    /** {@return the payload size, as the prefix announced} */
    public int length() {
        return length;
    }

    /**
     * The stream offset of the payload's first byte (its prefix starts
     * {@link Framing#prefixBytes()} earlier).
     *
     * @return the offset, counted from the first byte fed
     */
    public long streamOffset() {
        return streamOffset;
    }

    /** {@return a copy of the payload, safe to keep} */
    public byte[] toByteArray() {
        return Arrays.copyOfRange(array, offset, offset + length);
    }

    /** {@return a read-only {@link ByteBuffer} over the payload (same validity window as this view)} */
    public ByteBuffer asByteBuffer() {
        return ByteBuffer.wrap(array, offset, length).slice().asReadOnlyBuffer();
    }

    /**
     * A reader over the payload whose error messages use stream offsets.
     *
     * @param options the options to read the payload with
     * @return a new reader over exactly the payload
     */
    public QDataReader reader(StreamOptions options) {
        return new QDataReader(array, offset, length, options, streamOffset);
    }

    /**
     * Whether the payload equals {@code bytes}.
     *
     * @param bytes the bytes to compare with
     * @return whether the payload has the same length and bytes
     */
    public boolean contentEquals(byte[] bytes) {
        return Arrays.equals(array, offset, offset + length, bytes, 0, bytes.length);
    }

    @Override
    public String toString() {
        return "Block[length=" + length + ", streamOffset=" + streamOffset + "]";
    }
}
