package io.github.qdatastream.fuzz;

import io.github.qdatastream.codec.Codec;
import io.github.qdatastream.codec.StreamOptions;
import io.github.qdatastream.codec.frame.BlockDecoder;
import io.github.qdatastream.codec.frame.BlockReassembler;
import io.github.qdatastream.codec.frame.Block;
import io.github.qdatastream.codec.frame.Decoder;
import io.github.qdatastream.codec.frame.Event;
import io.github.qdatastream.codec.frame.Framing;
import io.github.qdatastream.codec.frame.TransactionReader;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** {@link SplitCheck.Decoder} adapters for the codec's sans-I/O decoders, and framing choices. */
final class Decoders {

    private Decoders() {
    }

    /** Prefix width and byte order, end marker, and a limit: default, small, or zero. */
    static Framing framing(FuzzInput in) {
        Framing f = in.flag() ? Framing.uint32() : Framing.uint16();
        if (in.flag()) {
            f = f.withByteOrder(ByteOrder.LITTLE_ENDIAN);
        }
        f = f.withEndMarker(in.flag());
        int limit = in.choose(4);
        int small = in.choose16();
        if (limit == 1) {
            f = f.withMaxBlockSize(Math.min(small, f.maxBlockSize()));
        } else if (limit == 2) {
            f = f.withMaxBlockSize(0);
        }
        return f;
    }

    static FuzzInput.Builder framingChoices(FuzzInput.Builder b, Framing f) {
        return b.flag(f.prefixBytes() == 4).flag(f.byteOrder() == ByteOrder.LITTLE_ENDIAN).flag(f.endMarker())
                .choice(0).choose16(0);
    }

    static SplitCheck.Decoder blocks(Framing framing) {
        return adapt(new BlockReassembler(framing), true, framing);
    }

    static <T> SplitCheck.Decoder blockValues(Framing framing, Codec<T> codec, StreamOptions options) {
        return adapt(new BlockDecoder<>(framing, codec, options), true, null);
    }

    static <T> SplitCheck.Decoder transactions(Codec<T> codec, StreamOptions options) {
        return adapt(new TransactionReader<>(codec, options), false, null);
    }

    /**
     * Any decoder of the codec, through its one contract: a {@link Block} is copied out (its view
     * is only valid until the next call) and checked against {@code blockLimit}'s maximum.
     */
    private static <T> SplitCheck.Decoder adapt(Decoder<T> d, boolean exact, Framing blockLimit) {
        return new SplitCheck.Decoder() {
            @Override
            public void feed(byte[] b, int off, int len) {
                d.feed(b, off, len);
            }

            @Override
            public void feed(ByteBuffer src) {
                d.feed(src);
            }

            @Override
            public void endOfInput() {
                d.endOfInput();
            }

            @Override
            public SplitCheck.Event next() {
                Event<T> e = d.next();
                if (e instanceof Event.Value<T> v) {
                    Object value = v.value();
                    if (value instanceof Block b) {
                        if (b.length() > blockLimit.maxBlockSize()) {
                            throw new AssertionError(b + " is larger than the limit " + blockLimit.maxBlockSize());
                        }
                        value = b.toByteArray();
                    }
                    return new SplitCheck.Data(value, v.streamOffset(), v.size());
                }
                if (e instanceof Event.EndOfData<T> end) {
                    return new SplitCheck.End(end.streamOffset(), end.markerSeen());
                }
                return new SplitCheck.Need(((Event.NeedMoreData<T>) e).atLeast());
            }

            @Override
            public long bytesConsumed() {
                return d.bytesConsumed();
            }

            @Override
            public boolean exactNeed() {
                return exact;
            }
        };
    }
}
