package io.github.qdatastream.testkit;

import io.github.qdatastream.codec.Codec;
import io.github.qdatastream.codec.StreamOptions;
import io.github.qdatastream.codec.frame.BlockDecoder;
import io.github.qdatastream.codec.frame.BlockReassembler;
import io.github.qdatastream.codec.frame.Block;
import io.github.qdatastream.codec.frame.Event;
import io.github.qdatastream.codec.frame.Framing;
import io.github.qdatastream.codec.frame.TransactionReader;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The codec's three sans-I/O decoders seen as a {@link FramingChecks.Decoder}: the one place the
 * testkit knows their API.
 */
public final class CodecDecoders {

    private CodecDecoders() {
    }

    /** Block payloads ({@code byte[]}) of a framing. */
    public static FramingChecks.Decoder blocks(Framing framing) {
        BlockReassembler r = new BlockReassembler(framing);
        return adapter(r::feed, r::endOfInput, () -> {
            Event<Block> e = r.next();
            if (e instanceof Event.Value<Block> v) {
                Block b = v.value();
                if (b.length() > framing.maxBlockSize()) {
                    throw new AssertionError(b + " is larger than the limit " + framing.maxBlockSize());
                }
                return new FramingChecks.Unit(b.toByteArray(), b.streamOffset(), b.length());
            }
            return step(e);
        }, r::bytesConsumed, true);
    }

    /** Values of {@code codec}, one per block of {@code framing}. */
    public static <T> FramingChecks.Decoder blockValues(Framing framing, Codec<T> codec, StreamOptions options) {
        BlockDecoder<T> d = new BlockDecoder<>(framing, codec, options);
        return adapter(d::feed, d::endOfInput, () -> step(d.next()), d::bytesConsumed, true);
    }

    /** Values of {@code codec} back to back without framing, read transaction-style (Qt's startTransaction). */
    public static <T> FramingChecks.Decoder transactions(Codec<T> codec, StreamOptions options) {
        TransactionReader<T> d = new TransactionReader<>(codec, options);
        return adapter(d::feed, d::endOfInput, () -> step(d.next()), d::bytesConsumed, false);
    }

    private static <T> FramingChecks.Step step(Event<T> e) {
        if (e instanceof Event.Value<T> v) {
            return new FramingChecks.Unit(v.value(), v.streamOffset(), v.size());
        }
        if (e instanceof Event.EndOfData<T> end) {
            return new FramingChecks.End(end.streamOffset(), end.markerSeen());
        }
        return new FramingChecks.NeedMore(((Event.NeedMoreData<T>) e).atLeast());
    }

    private interface ArrayFeed {
        void feed(byte[] b, int off, int len);
    }

    private static FramingChecks.Decoder adapter(ArrayFeed feed, Runnable eof, Supplier<FramingChecks.Step> next,
            LongSupplier consumed, boolean exact) {
        return new FramingChecks.Decoder() {
            @Override
            public void feed(byte[] array, int offset, int length) {
                feed.feed(array, offset, length);
            }

            @Override
            public void endOfInput() {
                eof.run();
            }

            @Override
            public FramingChecks.Step next() {
                return next.get();
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
