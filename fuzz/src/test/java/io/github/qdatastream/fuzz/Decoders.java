package io.github.qdatastream.fuzz;

import io.github.qdatastream.codec.Codec;
import io.github.qdatastream.codec.StreamOptions;
import io.github.qdatastream.codec.frame.BlockDecoder;
import io.github.qdatastream.codec.frame.BlockReassembler;
import io.github.qdatastream.codec.frame.Decoded;
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
        BlockReassembler r = new BlockReassembler(framing);
        return new SplitCheck.Decoder() {
            @Override
            public void feed(byte[] b, int off, int len) {
                r.feed(b, off, len);
            }

            @Override
            public void feed(ByteBuffer src) {
                r.feed(src);
            }

            @Override
            public void endOfInput() {
                r.endOfInput();
            }

            @Override
            public SplitCheck.Event next() {
                Event e = r.next();
                if (e instanceof Event.Block b) {
                    if (b.length() > framing.maxBlockSize()) {
                        throw new AssertionError(b + " is larger than the limit " + framing.maxBlockSize());
                    }
                    return new SplitCheck.Data(b.toByteArray(), b.streamOffset(), b.length());
                }
                if (e instanceof Event.EndOfData end) {
                    return new SplitCheck.End(end.streamOffset(), end.markerSeen());
                }
                return new SplitCheck.Need(((Event.NeedMoreData) e).atLeast());
            }

            @Override
            public long bytesConsumed() {
                return r.bytesConsumed();
            }

            @Override
            public boolean exactNeed() {
                return true;
            }
        };
    }

    static <T> SplitCheck.Decoder blockValues(Framing framing, Codec<T> codec, StreamOptions options) {
        BlockDecoder<T> d = new BlockDecoder<>(framing, codec, options);
        return typed(d::feed, d::feed, d::endOfInput, d::next, d::bytesConsumed, true);
    }

    static <T> SplitCheck.Decoder transactions(Codec<T> codec, StreamOptions options) {
        TransactionReader<T> d = new TransactionReader<>(codec, options);
        return typed(d::feed, d::feed, d::endOfInput, d::next, d::bytesConsumed, false);
    }

    interface ArrayFeed {
        void feed(byte[] b, int off, int len);
    }

    interface BufferFeed {
        void feed(ByteBuffer b);
    }

    private static <T> SplitCheck.Decoder typed(ArrayFeed arrays, BufferFeed buffers, Runnable eof,
            java.util.function.Supplier<Decoded<T>> next, java.util.function.LongSupplier consumed, boolean exact) {
        return new SplitCheck.Decoder() {
            @Override
            public void feed(byte[] b, int off, int len) {
                arrays.feed(b, off, len);
            }

            @Override
            public void feed(ByteBuffer src) {
                buffers.feed(src);
            }

            @Override
            public void endOfInput() {
                eof.run();
            }

            @Override
            public SplitCheck.Event next() {
                Decoded<T> e = next.get();
                if (e instanceof Decoded.Value<T> v) {
                    return new SplitCheck.Data(v.value(), v.streamOffset(), v.size());
                }
                if (e instanceof Decoded.EndOfData<T> end) {
                    return new SplitCheck.End(end.streamOffset(), end.markerSeen());
                }
                return new SplitCheck.Need(((Decoded.NeedMoreData<T>) e).atLeast());
            }

            @Override
            public long bytesConsumed() {
                return consumed.getAsLong();
            }

            @Override
            public boolean exactNeed() {
                return exact;
            }
        };
    }
}
