package io.github.qdatastream.testkit;

import static org.quicktheories.QuickTheory.qt;

import io.github.qdatastream.codec.Codec;
import io.github.qdatastream.codec.QDataReader;
import io.github.qdatastream.codec.QDataStreamException;
import io.github.qdatastream.codec.StreamOptions;
import io.github.qdatastream.codec.StreamVersion;
import io.github.qdatastream.codec.TruncatedInputException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.quicktheories.core.Gen;

/**
 * Assertions on a {@link Codec}, yours or the library's, as JUnit/QuickTheories properties:
 *
 * <pre>{@code
 * @Test
 * void myMessageCodecHolds() {
 *     CodecChecks.forAll(QtGen.options(), o -> myMessages(o), MyMessage.CODEC);
 * }
 * }</pre>
 *
 * checks, for every generated options and value: the value encodes, decodes to an equal value
 * (arrays by content) and re-encodes to the same bytes ({@link #roundTrip}); and every proper
 * prefix of its encoding is rejected with the codec's {@link TruncatedInputException} naming an
 * offset inside the prefix, never another exception, never a value ({@link #everyCutIsTruncated}).
 * A failure is an {@link AssertionError} naming the type, the stream version and the bytes, and
 * shrinks to the smallest value QuickTheories finds.
 *
 * <p>Stateless and thread-safe (as thread-safe as the codec under test).
 */
public final class CodecChecks {

    private CodecChecks() {
    }

    /**
     * Round trip and truncation ({@link #check}) for values from {@code values(options)} at every
     * {@code options}. Runs QuickTheories' default number of examples (or {@code -DQT_EXAMPLES=n}).
     *
     * @param options the stream options to try, for example {@link QtGen#options()}
     * @param values the values valid at given options (a value the options cannot carry, such as a
     *        null QString at {@code Qt_1_0}, fails the round trip)
     * @param codec the codec under test
     * @param <T> the value type
     * @throws AssertionError for the smallest failing value found
     */
    public static <T extends @Nullable Object> void forAll(Gen<StreamOptions> options, Function<StreamOptions, Gen<T>> values, Codec<T> codec) {
        qt().forAll(options.flatMap(o -> values.apply(o).map(v -> new QtGen.Sample<>(o, v))))
                .checkAssert(s -> check(codec, s.value(), s.options()));
    }

    /**
     * Round trip ({@link #roundTrip}) and truncation ({@link #everyCutIsTruncated}) for one value.
     *
     * @param codec the codec under test
     * @param value a value {@code options} can carry
     * @param options the stream version, byte order, float precision and limits
     * @param <T> the value type
     * @throws AssertionError if either check fails
     */
    public static <T extends @Nullable Object> void check(Codec<T> codec, T value, StreamOptions options) {
        roundTrip(codec, value, options);
        everyCutIsTruncated(codec, value, options);
    }

    /**
     * {@code value} encodes, decodes to an equal value ({@link #deepEquals}), and re-encodes to the same bytes.
     *
     * <p>One exception, Qt's own: before {@code Qt_3_3} Qt has no null marker on the writing side
     * and writes a null QString/QByteArray as an empty one, while every version reads
     * {@code FFFFFFFF} as null. There the value may change once (null to empty); the bytes must
     * still be a fixed point.
     *
     * @param codec the codec under test
     * @param value a value {@code options} can carry
     * @param options the stream version, byte order, float precision and limits
     * @param <T> the value type
     * @throws AssertionError if the encoding does not decode, decodes to another value, or re-encodes differently
     */
    public static <T extends @Nullable Object> void roundTrip(Codec<T> codec, T value, StreamOptions options) {
        byte[] first = codec.encode(value, options);
        T again;
        try {
            again = codec.decode(first, options);
        } catch (QDataStreamException e) {
            throw new AssertionError(codec.typeName() + " at " + options.version()
                    + ": its own encoding does not decode: " + hex(first), e);
        }
        if (!deepEquals(value, again) && options.version().atLeast(StreamVersion.Qt_3_3)) {
            throw new AssertionError(codec.typeName() + " at " + options.version()
                    + ": round trip changed the value\n  before: " + value + "\n  after:  " + again
                    + "\n  bytes:  " + hex(first));
        }
        byte[] second = codec.encode(again, options);
        if (!Arrays.equals(first, second)) {
            throw new AssertionError(codec.typeName() + " at " + options.version()
                    + ": re-encoding is not stable\n  first:  " + hex(first) + "\n  second: " + hex(second));
        }
    }

    /**
     * Every proper prefix of {@code value}'s encoding (cut after 0, 1, ... length-1 bytes) is
     * rejected with a {@link TruncatedInputException} whose offset lies inside the prefix and whose
     * message is not empty ({@link #checkRejection}): not another exception, and not a value.
     *
     * @param codec the codec under test
     * @param value a value {@code options} can carry
     * @param options the stream version, byte order, float precision and limits
     * @param <T> the value type
     * @throws AssertionError if a prefix decodes or fails with another {@link QDataStreamException}
     *        (any other exception propagates as it is)
     */
    public static <T extends @Nullable Object> void everyCutIsTruncated(Codec<T> codec, T value, StreamOptions options) {
        byte[] whole = codec.encode(value, options);
        for (int cut = 0; cut < whole.length; cut++) {
            byte[] prefix = Arrays.copyOf(whole, cut);
            QDataReader r = new QDataReader(prefix, options);
            T got;
            try {
                got = codec.read(r);
            } catch (TruncatedInputException e) {
                checkRejection(e, r, cut);
                continue;
            } catch (QDataStreamException e) {
                throw new AssertionError(codec.typeName() + " at " + options.version() + ": cut after " + cut + " of "
                        + whole.length + " bytes is " + e.getClass().getSimpleName() + ", not the truncated-input error: "
                        + e.getMessage() + "\n  bytes: " + hex(whole), e);
            }
            throw new AssertionError(codec.typeName() + " at " + options.version() + ": cut after " + cut + " of "
                    + whole.length + " bytes decodes to " + got + " instead of failing\n  bytes: " + hex(whole));
        }
    }

    /**
     * A rejection as the codec promises it: a message, an offset within the input (or -1), and,
     * when the reader is given, the reader's status matching the exception's.
     *
     * @param e the exception the codec threw
     * @param reader the reader it read from, or {@code null} if there is none (a stream decoder)
     * @param inputLength how many bytes the input had
     * @throws AssertionError if the rejection breaks a rule
     */
    public static void checkRejection(QDataStreamException e, @Nullable QDataReader reader, long inputLength) {
        if (e.getMessage() == null || e.getMessage().isBlank()) {
            throw new AssertionError("rejection without a message", e);
        }
        if (e.offset() < -1 || e.offset() > inputLength) {
            throw new AssertionError("rejection names offset " + e.offset() + " outside the input of "
                    + inputLength + " bytes: " + e.getMessage(), e);
        }
        if (reader != null && reader.status() != e.status()) {
            throw new AssertionError("reader status " + reader.status() + " but the exception says "
                    + e.status() + " (build exceptions with the reader's factories): " + e.getMessage(), e);
        }
    }

    /**
     * Equality that compares arrays by content, also inside lists; everything else by {@code equals}.
     *
     * @param a a value, or {@code null}
     * @param b a value, or {@code null}
     * @return whether the two are equal that way
     */
    public static boolean deepEquals(@Nullable Object a, @Nullable Object b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        if (a.getClass().isArray() || b.getClass().isArray()) {
            return Objects.deepEquals(a, b);
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!deepEquals(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            return x.equals(y);
        }
        return a.equals(b);
    }

    /**
     * Hex of at most 256 bytes, for messages.
     *
     * @param b the bytes
     * @return lower-case hex, cut after 256 bytes with the total length appended
     */
    public static String hex(byte[] b) {
        return b.length > 256 ? HexFormat.of().formatHex(b, 0, 256) + "...(" + b.length + " bytes)" : HexFormat.of().formatHex(b);
    }
}
