package io.github.qdatastream.bench.baseline;

import io.github.qdatastream.codec.frame.Framing;

import io.github.qdatastream.codec.QDataReader;
import io.github.qdatastream.codec.StreamOptions;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * What {@link BlockReassembler#next()} found: a complete {@link Block}, the {@link EndOfData end
 * of the stream}, or a request for {@link NeedMoreData more bytes}. Incomplete input is a value,
 * never an exception (as in httparse and h11); errors are exceptions.
 *
 * <p>Java 17 has no pattern {@code switch}; dispatch with {@code instanceof}:
 * <pre>{@code
 * for (Event e = r.next(); !(e instanceof Event.NeedMoreData); e = r.next()) {
 *     if (e instanceof Event.Block b) handle(b.array(), b.offset(), b.length());
 *     else if (e instanceof Event.EndOfData) { close(); break; }
 * }
 * }</pre>
 */
public sealed interface Event permits Event.Block, Event.EndOfData, Event.NeedMoreData {

    /**
     * One complete block's payload (without its size prefix), as a view of {@code array[offset,
     * offset + length)}.
     *
     * <p><b>Validity window.</b> The view is zero-copy: when the whole block lay inside one fed
     * buffer, {@code array} is that caller's array; otherwise it is the reassembler's internal
     * accumulation buffer, which the next call to {@link BlockReassembler#feed feed},
     * {@link BlockReassembler#next() next} or {@link BlockReassembler#endOfInput() endOfInput}
     * may overwrite. Decode or {@link #toByteArray() copy} the payload before calling the
     * reassembler again, and never write to {@code array}.
     *
     * <p>Records compare arrays by identity: compare payloads with {@link #contentEquals(byte[])}.
     *
     * @param array the bytes (not a copy)
     * @param offset where the payload starts in {@code array}
     * @param length the payload size, as the prefix announced
     * @param streamOffset the stream offset of the payload's first byte (its prefix starts
     *     {@link Framing#prefixBytes()} earlier)
     */
    record Block(byte[] array, int offset, int length, long streamOffset) implements Event {

        /** A copy of the payload, safe to keep. */
        public byte[] toByteArray() {
            return Arrays.copyOfRange(array, offset, offset + length);
        }

        /** A read-only {@link ByteBuffer} over the payload (same validity window as this view). */
        public ByteBuffer asByteBuffer() {
            return ByteBuffer.wrap(array, offset, length).slice().asReadOnlyBuffer();
        }

        /** A reader over the payload whose error messages use stream offsets. */
        public QDataReader reader(StreamOptions options) {
            return new QDataReader(array, offset, length, options, streamOffset);
        }

        /** Whether the payload equals {@code bytes}. */
        public boolean contentEquals(byte[] bytes) {
            return Arrays.equals(array, offset, offset + length, bytes, 0, bytes.length);
        }

        @Override
        public String toString() {
            return "Block[length=" + length + ", streamOffset=" + streamOffset + "]";
        }
    }

    /**
     * The stream ended cleanly: the end marker was read ({@code markerSeen}), or, for a framing
     * without end marker, {@link BlockReassembler#endOfInput()} came at a block boundary.
     * Repeated calls to {@code next()} return it again, unless bytes follow the marker, which
     * is corrupt data.
     *
     * @param streamOffset where the marker started, or where the input ended
     * @param markerSeen whether an end marker was read
     */
    record EndOfData(long streamOffset, boolean markerSeen) implements Event {
    }

    /**
     * Every byte fed so far has been used; {@code atLeast} more are needed before {@code next()}
     * can return anything else. The count is exact: feeding {@code atLeast - 1} more bytes gives
     * {@code NeedMoreData(1)}; feeding {@code atLeast} gives the block (or end of data) when the
     * size prefix is already known, and otherwise completes the prefix, after which the next
     * {@code NeedMoreData} asks for exactly the announced payload.
     *
     * @param atLeast more bytes needed, always positive
     */
    record NeedMoreData(long atLeast) implements Event {
    }
}
