package io.github.qdatastream.codec.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.qdatastream.testkit.Splits;
import io.github.qdatastream.codec.Codec;
import io.github.qdatastream.codec.Codecs;
import io.github.qdatastream.codec.StreamOptions;
import io.github.qdatastream.codec.protocol.Fortune;
import io.github.qdatastream.codec.protocol.TripReply;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Typed blocks: whatever the fragmentation, the values that come out are the values that went in. */
class BlockDecoderProperties {

    private static final int EXAMPLES = 200;

    /** Decodes every chunk, then ends the input; the values, then the end event. */
    static <T> List<Object> decode(Framing f, Codec<T> codec, StreamOptions options, List<Splits.Chunk> chunks) {
        BlockDecoder<T> d = new BlockDecoder<>(f, codec, options);
        List<Object> out = new ArrayList<>();
        for (Splits.Chunk c : chunks) {
            d.feed(c.array(), c.offset(), c.length());
            for (Event<T> e = d.next(); !(e instanceof Event.NeedMoreData); e = d.next()) {
                if (e instanceof Event.Value<T> v) {
                    out.add(v.value());
                } else {
                    break;  // end marker
                }
            }
        }
        d.endOfInput();
        for (Event<T> e = d.next(); ; e = d.next()) {
            if (e instanceof Event.Value<T> v) {
                out.add(v.value());
            } else {
                out.add(e);
                return out;
            }
        }
    }

    private static <T> void roundTrips(Framing f, Codec<T> codec, StreamOptions options, List<T> values,
            Splits.Splitter splitter) {
        byte[] stream = new BlockEncoder<>(f, codec, options).encodeStream(values);
        List<Object> expected = new ArrayList<>(values);
        expected.add(new Event.EndOfData<T>(f.endMarker() ? stream.length - f.prefixBytes() : stream.length,
                f.endMarker()));
        assertEquals(expected, decode(f, codec, options, splitter.apply(stream)));
    }

    @Test
    void tripRepliesSurviveAnyFragmentation() {
        qt().withExamples(EXAMPLES)
                .forAll(Messages.listsOf(Messages.tripReplies(), 10), Splits.splitters(Framing.TRIP_REPLY))
                .checkAssert((trips, s) -> roundTrips(Framing.TRIP_REPLY, TripReply.CODEC, StreamOptions.DEFAULT, trips, s));
    }

    @Test
    void fortunesSurviveAnyFragmentation() {
        qt().withExamples(EXAMPLES)
                .forAll(Messages.listsOf(Messages.fortunes(), 10), Splits.splitters(Framing.FORTUNE))
                .checkAssert((fortunes, s) -> roundTrips(Framing.FORTUNE, Fortune.CODEC, StreamOptions.DEFAULT, fortunes, s));
    }

    @Test
    void randomTypedValuesSurviveAnyFragmentationInEitherByteOrder() {
        Framing le = Framing.uint32().withByteOrder(ByteOrder.LITTLE_ENDIAN).withEndMarker(true);
        StreamOptions leOptions = StreamOptions.DEFAULT.withByteOrder(ByteOrder.LITTLE_ENDIAN);
        qt().withExamples(EXAMPLES)
                .forAll(Messages.listsOf(Messages.listsOf(integers().all(), 40), 8), Splits.splitters(le))
                .checkAssert((lists, s) -> roundTrips(le, Codecs.list(Codecs.QINT32), leOptions, lists, s));
        qt().withExamples(EXAMPLES)
                .forAll(Messages.listsOf(Messages.listsOf(Messages.qstrings(), 5), 8), Splits.splitters(Framing.uint32()))
                .checkAssert((lists, s) -> roundTrips(Framing.uint32(), Codecs.QSTRINGLIST, StreamOptions.DEFAULT, lists, s));
    }
}
