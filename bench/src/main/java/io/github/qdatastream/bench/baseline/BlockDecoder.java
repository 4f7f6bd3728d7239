package io.github.qdatastream.bench.baseline;

import io.github.qdatastream.codec.frame.Framing;

import io.github.qdatastream.codec.Codec;
import io.github.qdatastream.codec.CorruptDataException;
import io.github.qdatastream.codec.QDataReader;
import io.github.qdatastream.codec.QDataStreamException;
import io.github.qdatastream.codec.StreamOptions;
import io.github.qdatastream.codec.TruncatedInputException;
import java.nio.ByteBuffer;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A {@link BlockReassembler} that decodes each block's payload with a {@link Codec}: the typed
 * way to read Fortune and Trip streams.
 *
 * <pre>{@code
 * BlockDecoder<TripReply> replies = new BlockDecoder<>(Framing.TRIP_REPLY, TripReply.CODEC);
 * replies.feed(bytes, 0, n);
 * for (Decoded<TripReply> d = replies.next(); d instanceof Decoded.Value<TripReply> v; d = replies.next()) {
 *     show(v.value());
 * }
 * }</pre>
 *
 * <p>Each payload must be exactly one value: a payload with bytes left over after the value, or
 * one that ends before the value does, is a {@link CorruptDataException} naming the block size
 * and what the value took. Errors are sticky, as in the reassembler: after one, every call
 * rethrows it. Decoded values are independent of the fed arrays (codecs copy what they keep).
 *
 * @param <T> the message type
 */
public final class BlockDecoder<T> {

    private final BlockReassembler blocks;
    private final Codec<T> codec;
    private final StreamOptions options;
    private final int prefix;
    private QDataStreamException failure;
    /** Reused for every block decoded by {@link #drain} (values never keep the reader). */
    private final QDataReader reader;

    /**
     * A decoder for one connection.
     *
     * @param framing how blocks are delimited
     * @param codec reads exactly one value from each block's payload
     * @param options the stream version, byte order and limits the payloads are read with
     */
    public BlockDecoder(Framing framing, Codec<T> codec, StreamOptions options) {
        this.blocks = new BlockReassembler(framing);
        this.codec = Objects.requireNonNull(codec, "codec");
        this.options = Objects.requireNonNull(options, "options");
        this.prefix = framing.prefixBytes();
        this.reader = new QDataReader(new byte[0], options);
    }

    /** A decoder with {@link StreamOptions#DEFAULT} (Qt_4_0, big-endian), as Fortune and Trip use. */
    public BlockDecoder(Framing framing, Codec<T> codec) {
        this(framing, codec, StreamOptions.DEFAULT);
    }

    /**
     * Hands over bytes that arrived; nothing is parsed until {@link #next()}. The range must not
     * be modified until {@code next()} has returned {@link Decoded.NeedMoreData} (see
     * {@link BlockReassembler#feed(byte[], int, int)}).
     *
     * @param b the bytes
     * @param off the first byte to use
     * @param len how many bytes to use
     * @throws QDataStreamException the earlier error again, once decoding has failed
     */
    public void feed(byte[] b, int off, int len) {
        check();
        blocks.feed(b, off, len);
    }

    /**
     * Hands over a whole array, as {@link #feed(byte[], int, int)}.
     *
     * @param b the bytes
     */
    public void feed(byte[] b) {
        feed(b, 0, b.length);
    }

    /**
     * Hands over the buffer's remaining bytes, as {@link BlockReassembler#feed(ByteBuffer)}; its
     * position moves to its limit.
     *
     * @param src the bytes between position and limit
     */
    public void feed(ByteBuffer src) {
        check();
        blocks.feed(src);
    }

    /**
     * Says the input has ended (the peer closed). {@link #next()} then reports
     * {@link Decoded.EndOfData}, or throws {@link io.github.qdatastream.codec.TruncatedInputException}
     * when the input ended inside a block or before a required end marker.
     */
    public void endOfInput() {
        check();
        blocks.endOfInput();
    }

    /**
     * The next decoded value, end of data, or how many more bytes the next block needs (exact,
     * see {@link Event.NeedMoreData}).
     */
    public Decoded<T> next() {
        check();
        Event e;
        try {
            e = blocks.next();
        } catch (QDataStreamException x) {
            failure = x;
            throw x;
        }
        if (e instanceof Event.Block) {
            Event.Block b = (Event.Block) e;
            try {
                T value = decodeExactly(codec, b.array(), b.offset(), b.length(), b.streamOffset(), prefix, options);
                return new Decoded.Value<>(value, b.streamOffset(), b.length());
            } catch (QDataStreamException x) {
                failure = x;
                throw x;
            }
        }
        if (e instanceof Event.NeedMoreData) {
            return new Decoded.NeedMoreData<>(((Event.NeedMoreData) e).atLeast());
        }
        Event.EndOfData end = (Event.EndOfData) e;
        return new Decoded.EndOfData<>(end.streamOffset(), end.markerSeen());
    }

    /**
     * Decodes every complete block and hands each value to {@code sink}, in order; returns how
     * many. The same values {@link #next()} would return, without an event object per value (the
     * path for hot loops). Stops when more bytes are needed or the stream ended
     * ({@link #isEnded()}); decoding errors are thrown and sticky as for {@code next()}. The sink
     * must not call this decoder.
     */
    public int drain(Consumer<? super T> sink) {
        check();
        if (blocks.awaitingBody()) {
            return 0;
        }
        return drainBlocks(sink);
    }

    private int drainBlocks(Consumer<? super T> sink) {
        int count = 0;
        for (;;) {
            T value;
            try {
                int n = blocks.advance();
                if (n < 0) {
                    return count;
                }
                value = decodeExactly(codec, reader.reset(blocks.blockArray(), blocks.blockOffset(), n,
                        blocks.blockStreamOffset()), n, blocks.blockStreamOffset(), prefix);
            } catch (QDataStreamException x) {
                failure = x;
                throw x;
            }
            sink.accept(value);
            count++;
        }
    }

    /** Whether the stream has ended (the end marker, or end of input at a block boundary). */
    public boolean isEnded() {
        return blocks.isEnded();
    }

    /**
     * Decodes exactly one value from a block's payload {@code array[offset, offset + length)}
     * whose first byte is at {@code streamOffset}; {@code prefixBytes} is only used to name the
     * block's header offset in messages. Leftover or missing bytes are a
     * {@link CorruptDataException} naming both sizes; other errors pass through.
     */
    public static <T> T decodeExactly(Codec<T> codec, byte[] array, int offset, int length, long streamOffset,
            int prefixBytes, StreamOptions options) {
        return decodeExactly(codec, new QDataReader(array, offset, length, options, streamOffset), length, streamOffset,
                prefixBytes);
    }

    /**
     * {@link #decodeExactly(Codec, byte[], int, int, long, int, StreamOptions)} with the reader set
     * on the block of {@code length} bytes at {@code streamOffset}.
     */
    private static <T> T decodeExactly(Codec<T> codec, QDataReader r, int length, long streamOffset, int prefixBytes) {
        T value;
        try {
            value = codec.read(r);
        } catch (TruncatedInputException e) {
            throw CorruptDataException.of(codec.typeName() + " block size", length, streamOffset - prefixBytes,
                    "the value needs at least " + (length + e.missing()) + " bytes, the block holds " + length
                            + " (" + e.getMessage() + ")");
        }
        if (!r.atEnd()) {
            throw CorruptDataException.of(codec.typeName() + " block size", length, streamOffset - prefixBytes,
                    "the value took " + r.position() + " of the block's " + length + " bytes, leaving "
                            + r.remaining() + " trailing bytes");
        }
        return value;
    }

    private void check() {
        if (failure != null) {
            throw failure;
        }
    }

    /** @return the codec applied to each payload */
    public Codec<T> codec() {
        return codec;
    }

    /** @return how blocks are delimited */
    public Framing framing() {
        return blocks.framing();
    }

    /** @return the options payloads are read with */
    public StreamOptions options() {
        return options;
    }

    /** @return whether an error was thrown; every later call throws it again */
    public boolean isFailed() {
        return failure != null;
    }

    /** Bytes fed so far. */
    public long bytesFed() {
        return blocks.bytesFed();
    }

    /** The stream offset of the first byte not yet delivered. */
    public long bytesConsumed() {
        return blocks.bytesConsumed();
    }
}
