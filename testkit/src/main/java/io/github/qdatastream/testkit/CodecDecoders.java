package io.github.qdatastream.testkit;

import io.github.qdatastream.codec.Codec;
import io.github.qdatastream.codec.StreamOptions;
import io.github.qdatastream.codec.frame.Block;
import io.github.qdatastream.codec.frame.BlockDecoder;
import io.github.qdatastream.codec.frame.BlockReassembler;
import io.github.qdatastream.codec.frame.Decoder;
import io.github.qdatastream.codec.frame.Event;
import io.github.qdatastream.codec.frame.Framing;
import io.github.qdatastream.codec.frame.TransactionReader;

/**
 * The codec's {@link Decoder}s seen as a {@link FramingChecks.Decoder}: the one place the testkit
 * knows the codec's decoder contract (feed, next, needed, end of input).
 */
public final class CodecDecoders {

    private CodecDecoders() {
    }

    /** Block payloads ({@code byte[]}, copied out of the {@link Block}) of a framing. */
    public static FramingChecks.Decoder blocks(Framing framing) {
        return of(new BlockReassembler(framing), true, framing.maxBlockSize());
    }

    /** Values of {@code codec}, one per block of {@code framing}. */
    public static <T> FramingChecks.Decoder blockValues(Framing framing, Codec<T> codec, StreamOptions options) {
        return of(new BlockDecoder<>(framing, codec, options), true, framing.maxBlockSize());
    }

    /** Values of {@code codec} back to back without framing, read transaction-style (Qt's startTransaction). */
    public static <T> FramingChecks.Decoder transactions(Codec<T> codec, StreamOptions options) {
        return of(new TransactionReader<>(codec, options), false, Long.MAX_VALUE);
    }

    /**
     * Any {@link Decoder} (a codec decoder you configured yourself). {@code exactNeed}: whether
     * its need-more counts are exact (block framing) or lower bounds (transactions).
     */
    public static <T> FramingChecks.Decoder of(Decoder<T> d, boolean exactNeed) {
        return of(d, exactNeed, Long.MAX_VALUE);
    }

    private static <T> FramingChecks.Decoder of(Decoder<T> d, boolean exactNeed, long maxUnit) {
        return new FramingChecks.Decoder() {
            @Override
            public void feed(byte[] array, int offset, int length) {
                d.feed(array, offset, length);
            }

            @Override
            public void endOfInput() {
                d.endOfInput();
            }

            @Override
            public FramingChecks.Step next() {
                Event<T> e = d.next();
                if (e instanceof Event.Value<T> v) {
                    if (v.size() > maxUnit) {
                        throw new AssertionError(v + " is larger than the limit " + maxUnit);
                    }
                    // a Block is a view of the decoder's buffer: copy it before more is fed
                    Object value = v.value() instanceof Block b ? b.toByteArray() : v.value();
                    return new FramingChecks.Unit(value, v.streamOffset(), v.size());
                }
                if (e instanceof Event.EndOfData<T> end) {
                    return new FramingChecks.End(end.streamOffset(), end.markerSeen());
                }
                long atLeast = ((Event.NeedMoreData<T>) e).atLeast();
                if (d.needed() != atLeast) {
                    throw new AssertionError("NeedMoreData(" + atLeast + ") but needed() says " + d.needed());
                }
                return new FramingChecks.NeedMore(atLeast);
            }

            @Override
            public long bytesConsumed() {
                return d.bytesConsumed();
            }

            @Override
            public boolean exactNeed() {
                return exactNeed;
            }
        };
    }
}
