package io.github.qdatastream.codec.frame;

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
 * {@link Decoder}, and the way to read Fortune and Trip streams.
 *
 * <pre>{@code
 * BlockDecoder<TripReply> replies = new BlockDecoder<>(Framing.TRIP_REPLY, TripReply.CODEC);
 * replies.feed(bytes, 0, n);
 * replies.drain(this::show);                      // or: next() events, as for every Decoder
 * if (replies.isEnded()) close();                 // the 0xFFFF end marker arrived
 * }</pre>
 *
 * <p>Each payload must be exactly one value: a payload with bytes left over after the value, or
 * one that ends before the value does, is a {@link CorruptDataException} naming the block size
 * and what the value took. Errors are sticky, as in the reassembler (it is the same failure
 * path): after one, every call rethrows it. Decoded values are independent of the fed arrays
 * (codecs copy what they keep). One {@link QDataReader} is reused for every block.
 *
 * <p>Not thread-safe: it holds one stream's partial block. Use one instance per connection, fed and
 * read by one thread at a time, or synchronise externally; the codec it decodes with may be shared.
 *
 * @param <T> the message type
 */
public final class BlockDecoder<T> implements Decoder<T> {

    private final BlockReassembler blocks;
    private final Codec<T> codec;
    private final StreamOptions options;
    private final int prefix;
    /** Reused for every block (values never keep the reader). */
    private final QDataReader reader;

    /**
     * A decoder for one connection.
     *
     * @param framing how blocks are delimited
     * @param codec reads exactly one value from each block's payload
     * @param options the stream version, byte order and limits the payloads are read with
     */
    public BlockDecoder(Framing framing, Codec<T> codec, StreamOptions options) {
        this(framing, codec, options, true);
    }

    /** With {@code shortcuts} false, the reassembler's state machine alone (for the property test). */
    BlockDecoder(Framing framing, Codec<T> codec, StreamOptions options, boolean shortcuts) {
        this.blocks = new BlockReassembler(framing, shortcuts);
        this.codec = Objects.requireNonNull(codec, "codec");
        this.options = Objects.requireNonNull(options, "options");
        this.prefix = framing.prefixBytes();
        this.reader = new QDataReader(Input.EMPTY, options);
    }

    /**
     * A decoder with {@link StreamOptions#DEFAULT} (Qt_4_0, big-endian), as Fortune and Trip use.
     *
     * @param framing the size prefix, end marker and limit
     * @param codec decodes one payload
     */
    public BlockDecoder(Framing framing, Codec<T> codec) {
        this(framing, codec, StreamOptions.DEFAULT);
    }

    @Override
    public void feed(byte[] b, int off, int len) {
        blocks.feed(b, off, len);
    }

    @Override
    public void feed(ByteBuffer src) {
        blocks.feed(src);
    }

    /**
     * Says the input has ended (the peer closed). {@link #next()} then reports
     * {@link Event.EndOfData}, or throws {@link TruncatedInputException} when the input ended
     * inside a block or before a required end marker.
     */
    @Override
    public void endOfInput() {
        blocks.endOfInput();
    }

    /**
     * The next decoded value, end of data, or how many more bytes the next block needs (exact,
     * see {@link Event.NeedMoreData}).
     */
    @Override
    public Event<T> next() {
        int n = blocks.advance();
        if (n >= 0) {
            long at = blocks.block().streamOffset();
            return new Event.Value<>(decode(n), at, n);
        }
        if (n == BlockReassembler.NEED) {
            return new Event.NeedMoreData<>(blocks.needed());
        }
        return blocks.endOfData().cast();
    }

    @Override
    public int drain(Consumer<? super T> sink) {
        // Kept tiny so that the JIT inlines it, and the check, into the caller's feed loop (see
        // BlockReassembler.drain).
        if (blocks.awaitingInput()) {
            return 0;
        }
        return drainBlocks(sink);
    }

    private int drainBlocks(Consumer<? super T> sink) {
        BlockReassembler r = blocks;
        int count = 0;
        for (int n = r.advance(); n >= 0; n = r.advance()) {
            sink.accept(decode(n));
            count++;
        }
        return count;
    }

    /**
     * Decodes exactly one value from the {@code length}-byte block {@link BlockReassembler#advance()}
     * just found, with the reused reader. Leftover or missing bytes are a
     * {@link CorruptDataException} naming both sizes; every codec error fails the reassembler.
     */
    private T decode(int length) {
        BlockReassembler r = blocks;
        Block b = r.block();
        long streamOffset = b.streamOffset();
        QDataReader in = reader.reset(b.array(), b.offset(), length, streamOffset);
        T value;
        try {
            value = codec.read(in);
        } catch (QDataStreamException e) {
            throw r.fail(rejected(e, length, streamOffset));
        }
        if (!in.atEnd()) {
            throw r.fail(trailing(in, length, streamOffset));
        }
        return value;
    }

    // The errors out of line, so that decode stays small enough for the JIT to inline into the drain loop.

    /** The codec's error for a block: running off its end is the block's size being wrong. */
    private QDataStreamException rejected(QDataStreamException e, int length, long streamOffset) {
        if (e instanceof TruncatedInputException t) {
            return CorruptDataException.of(codec.typeName() + " block size", length, streamOffset - prefix,
                    "the value needs at least " + (length + t.missing()) + " bytes, the block holds " + length
                            + " (" + t.getMessage() + ")");
        }
        return e;
    }

    private CorruptDataException trailing(QDataReader in, int length, long streamOffset) {
        return CorruptDataException.of(codec.typeName() + " block size", length, streamOffset - prefix,
                "the value took " + in.position() + " of the block's " + length + " bytes, leaving "
                        + in.remaining() + " trailing bytes");
    }

    @Override
    public long needed() {
        return blocks.needed();
    }

    @Override
    public boolean isEnded() {
        return blocks.isEnded();
    }

    @Override
    public Event.EndOfData<T> endOfData() {
        Event.EndOfData<Block> e = blocks.endOfData();
        return e == null ? null : e.cast();
    }

    @Override
    public boolean isEndOfInput() {
        return blocks.isEndOfInput();
    }

    @Override
    public boolean isFailed() {
        return blocks.isFailed();
    }

    @Override
    public RuntimeException failure() {
        return blocks.failure();
    }

    @Override
    public long bytesFed() {
        return blocks.bytesFed();
    }

    @Override
    public long bytesConsumed() {
        return blocks.bytesConsumed();
    }

    /** {@return the codec applied to each payload} */
    public Codec<T> codec() {
        return codec;
    }

    /** {@return how blocks are delimited} */
    public Framing framing() {
        return blocks.framing();
    }

    /** {@return the options payloads are read with} */
    public StreamOptions options() {
        return options;
    }

    @Override
    public String toString() {
        return "BlockDecoder[" + codec.typeName() + ", " + blocks + "]";
    }
}
