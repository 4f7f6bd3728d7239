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
import java.nio.ByteBuffer;
import org.jspecify.annotations.Nullable;

/**
 * The codec's {@link Decoder}s seen as a {@link FramingChecks.Decoder}: the one place the testkit
 * knows the codec's decoder contract (feed, next, needed, end of input). Each adapter passes array
 * and {@link ByteBuffer} feeds straight through, copies a {@link Block} out of the decoder's buffer
 * (its view is valid only until the next call), and adds two checks of its own: a
 * {@code NeedMoreData(n)} agrees with {@link Decoder#needed()}, and no unit is larger than the
 * framing's maximum block size.
 *
 * <pre>{@code
 * FramingChecks.assertAnySplitIsTheWhole(stream,
 *         () -> CodecDecoders.blockValues(Framing.FORTUNE, Fortune.CODEC, StreamOptions.DEFAULT),
 *         Splits.headerBoundaries(stream, Framing.FORTUNE));
 * }</pre>
 *
 * <p>Stateless and thread-safe; each adapter it returns wraps a new decoder (or the one given),
 * holds one stream's state and is for one thread.
 */
public final class CodecDecoders {

    private CodecDecoders() {
    }

    /**
     * Block payloads of a framing, from a new {@link BlockReassembler}.
     *
     * @param framing the framing of the stream
     * @return an adapter whose units are {@code byte[]} payloads (copied out of each {@link Block}); need-more counts are exact
     */
    public static FramingChecks.Decoder blocks(Framing framing) {
        return of(new BlockReassembler(framing), true, framing.maxBlockSize());
    }

    /**
     * Values of {@code codec}, one per block of {@code framing}, from a new {@link BlockDecoder}.
     *
     * @param framing the framing of the stream
     * @param codec decodes each block's payload
     * @param options the stream version, byte order and limits the payloads are read with
     * @param <T> the value type
     * @return an adapter whose units are the decoded values; need-more counts are exact
     */
    public static <T extends @Nullable Object> FramingChecks.Decoder blockValues(Framing framing, Codec<T> codec, StreamOptions options) {
        return of(new BlockDecoder<>(framing, codec, options), true, framing.maxBlockSize());
    }

    /**
     * Values of {@code codec} back to back without framing, read transaction-style (Qt's
     * {@code startTransaction}), from a new {@link TransactionReader}.
     *
     * @param codec decodes each value
     * @param options the stream version, byte order and limits the values are read with
     * @param <T> the value type
     * @return an adapter whose units are the decoded values; need-more counts are lower bounds
     */
    public static <T extends @Nullable Object> FramingChecks.Decoder transactions(Codec<T> codec, StreamOptions options) {
        return of(new TransactionReader<>(codec, options), false, Long.MAX_VALUE);
    }

    /**
     * Any {@link Decoder}: one you configured yourself (own limits, options, codec).
     *
     * @param d a fresh decoder, used by the adapter only
     * @param exactNeed whether its need-more counts are exact (block framing) or lower bounds (transactions)
     * @param <T> what a unit is: a {@link Block} (copied out as a {@code byte[]}) or a value
     * @return an adapter with no unit-size limit
     */
    public static <T extends @Nullable Object> FramingChecks.Decoder of(Decoder<T> d, boolean exactNeed) {
        return of(d, exactNeed, Long.MAX_VALUE);
    }

    private static <T extends @Nullable Object> FramingChecks.Decoder of(Decoder<T> d, boolean exactNeed, long maxUnit) {
        return new FramingChecks.Decoder() {
            @Override
            public void feed(byte[] array, int offset, int length) {
                d.feed(array, offset, length);
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
