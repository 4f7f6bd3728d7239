package io.github.qdatastream.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.qdatastream.codec.Codec;
import io.github.qdatastream.codec.QDataReader;
import io.github.qdatastream.codec.QDataStreamException;
import io.github.qdatastream.codec.StreamOptions;
import io.github.qdatastream.codec.TruncatedInputException;
import java.util.ArrayList;
import java.util.List;
import io.github.qdatastream.testkit.CodecDecoders;
import io.github.qdatastream.testkit.FramingChecks;

/**
 * The transaction-style reader for unframed values, with a type from {@link TypeGrammar}: split and
 * whole input give the same values and error, and both agree with reading the values back to back
 * with one {@link QDataReader}.
 */
class TransactionReaderFuzzTest {

    @FuzzTest
    @DictionaryFile(resourcePath = "/io/github/qdatastream/fuzz/qdatastream.dict")
    void splitAndWholeInputGiveTheSameValues(byte[] data) {
        FuzzInput in = new FuzzInput(data);
        StreamOptions options = Rules.options(in);
        Codec<Object> codec = Types.codec(TypeGrammar.generate(in));
        Chunking chunking = Chunking.choose(in);
        byte[] stream = in.payload();

        FramingChecks.Outcome whole = FramingChecks.run(CodecDecoders.transactions(codec, options), Chunking.ALL_AT_ONCE.chunks(stream));
        FramingChecks.Outcome split = FramingChecks.run(CodecDecoders.transactions(codec, options), chunking.chunks(stream));
        FramingChecks.assertSame(whole, split, chunking.toString());

        // The same values, read back to back from one reader over the whole stream.
        List<FramingChecks.Step> expected = new ArrayList<>();
        QDataReader r = new QDataReader(stream, options);
        String failure = null;
        while (!r.atEnd()) {
            int at = r.position();
            try {
                Object v = codec.read(r);
                expected.add(new FramingChecks.Unit(v, at, r.position() - at));
            } catch (TruncatedInputException e) {
                failure = "TruncatedInputException";
                break;
            } catch (QDataStreamException e) {
                failure = e.getClass().getSimpleName();
                break;
            }
        }
        if (failure == null) {
            expected.add(new FramingChecks.End(stream.length, false));
        }
        if (!expected.equals(whole.steps()) || !java.util.Objects.equals(failure, whole.failure())) {
            throw new AssertionError("the transaction reader differs from reading the stream in one go\n  reader:   "
                    + whole + "\n  one pass: " + expected + (failure == null ? "" : ", then " + failure));
        }
        for (FramingChecks.Step e : whole.steps()) {
            if (e instanceof FramingChecks.Unit d) {
                Rules.roundTrip(codec, d.value(), options);
            }
        }
    }
}
