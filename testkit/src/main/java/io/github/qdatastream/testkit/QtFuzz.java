package io.github.qdatastream.testkit;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import io.github.qdatastream.codec.Codec;
import io.github.qdatastream.codec.FloatPrecision;
import io.github.qdatastream.codec.QDataReader;
import io.github.qdatastream.codec.QDataStreamException;
import io.github.qdatastream.codec.StreamOptions;
import io.github.qdatastream.codec.StreamVersion;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Fuzz your codec and framing with Jazzer under the rules the codec's own targets follow: a
 * decoder returns a value (or asks for more), or throws one of the codec's
 * {@link QDataStreamException}s with a message and an offset inside the input; any other
 * exception, an {@link Error} (an {@link OutOfMemoryError} from an allocation sized by an
 * unchecked length, a {@link StackOverflowError}) or a hang is a finding. What decodes must
 * round-trip ({@link CodecChecks#roundTrip}); a stream decoder gives the same outcome however the
 * input is cut and fed, and its errors are sticky ({@link FramingChecks}).
 *
 * <pre>{@code
 * @FuzzTest
 * void myMessageDecodes(FuzzedDataProvider data) {
 *     QtFuzz.decode(MyMessage.CODEC, data);
 * }
 * }</pre>
 *
 * Run it with a small heap ({@code -Xmx256m}, as this project's targets run) so that an
 * allocation from an untrusted length is found rather than absorbed by a big machine. Needs
 * {@code com.code-intelligence:jazzer-junit} on the test class path (an optional dependency of the
 * testkit) for the {@link FuzzedDataProvider} forms; the {@code byte[]} forms need nothing.
 *
 * <p>Stateless and thread-safe.
 */
public final class QtFuzz {

    private static final StreamVersion[] VERSIONS = StreamVersion.values();

    private QtFuzz() {
    }

    /**
     * Stream version, byte order and float precision taken from the fuzzer's data (an int and two booleans).
     *
     * @param data the fuzzer's data
     * @return options with default limits
     */
    public static StreamOptions options(FuzzedDataProvider data) {
        StreamVersion v = VERSIONS[data.consumeInt(0, VERSIONS.length - 1)];
        ByteOrder order = data.consumeBoolean() ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
        FloatPrecision fp = data.consumeBoolean() ? FloatPrecision.SINGLE : FloatPrecision.DOUBLE;
        return StreamOptions.of(v).withByteOrder(order).withFloatPrecision(fp);
    }

    /**
     * Options from the data ({@link #options}), then {@link #decode(Codec, byte[], StreamOptions)} of the rest.
     *
     * @param codec the codec under test
     * @param data the fuzzer's data
     * @param <T> the value type
     * @return the decoded value, or {@code null} if the codec rejected the input
     * @throws AssertionError if a rule is broken (any other exception propagates as the finding it is)
     */
    public static <T extends @Nullable Object> @Nullable T decode(Codec<T> codec, FuzzedDataProvider data) {
        StreamOptions options = options(data);
        return decode(codec, data.consumeRemainingAsBytes(), options);
    }

    /**
     * Decodes one value from the front of {@code input}: returns it after checking its round trip,
     * or returns null when the codec rejected the input with a well-formed
     * {@link QDataStreamException} ({@link CodecChecks#checkRejection}). Anything else propagates to
     * the fuzzer as a finding.
     *
     * @param codec the codec under test
     * @param input the bytes (trailing bytes after the value are ignored)
     * @param options the stream version, byte order, float precision and limits
     * @param <T> the value type
     * @return the decoded value, or {@code null} if the codec rejected the input (or decoded a null)
     * @throws AssertionError if the rejection is malformed or the round trip fails
     */
    public static <T extends @Nullable Object> @Nullable T decode(Codec<T> codec, byte[] input, StreamOptions options) {
        QDataReader r = new QDataReader(input, options);
        T value;
        try {
            value = codec.read(r);
        } catch (QDataStreamException e) {
            CodecChecks.checkRejection(e, r, input.length);
            return null;
        }
        CodecChecks.roundTrip(codec, value, options);
        return value;
    }

    /**
     * Up to 16 cut positions from the data, then the rest as a stream: see
     * {@link #decodeStream(Supplier, byte[], List)}.
     *
     * @param decoders a fresh decoder for each run
     * @param data the fuzzer's data
     * @return the whole stream's outcome
     * @throws AssertionError if a split differs or a rule of {@link FramingChecks} is broken
     */
    public static FramingChecks.Outcome decodeStream(Supplier<? extends FramingChecks.Decoder> decoders,
            FuzzedDataProvider data) {
        List<Integer> cuts = new ArrayList<>();
        for (int n = data.consumeInt(0, 16); n > 0; n--) {
            cuts.add(data.consumeInt(0, Integer.MAX_VALUE));
        }
        return decodeStream(decoders, data.consumeRemainingAsBytes(), cuts);
    }

    /**
     * The whole {@code stream}, {@code stream} cut at {@code cuts}, and the same cuts fed as a mix of
     * arrays, heap buffers and direct buffers give the same outcome ({@link FramingChecks#run}).
     *
     * @param decoders a fresh decoder for each run
     * @param stream the bytes
     * @param cuts cut points, as {@link Splits#split(byte[], List)} takes them
     * @return the whole stream's outcome
     * @throws AssertionError if a split differs or a rule of {@link FramingChecks} is broken
     */
    public static FramingChecks.Outcome decodeStream(Supplier<? extends FramingChecks.Decoder> decoders, byte[] stream,
            List<Integer> cuts) {
        FramingChecks.Outcome whole = FramingChecks.run(decoders.get(), Splits.whole(stream));
        FramingChecks.assertSame(whole, FramingChecks.run(decoders.get(), Splits.split(stream, cuts)), "cuts " + cuts);
        FramingChecks.assertSame(whole, FramingChecks.run(decoders.get(), Splits.withMixedFeeds(Splits.split(stream, cuts),
                new SplittableRandom(cuts.hashCode()))), "cuts " + cuts + ", fed as arrays and buffers");
        return whole;
    }
}
