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

        SplitCheck.Outcome whole = SplitCheck.run(Decoders.transactions(codec, options), stream, Chunking.ALL_AT_ONCE);
        SplitCheck.Outcome split = SplitCheck.run(Decoders.transactions(codec, options), stream, chunking);
        SplitCheck.assertSame(whole, split, chunking);

        // The same values, read back to back from one reader over the whole stream.
        List<SplitCheck.Event> expected = new ArrayList<>();
        QDataReader r = new QDataReader(stream, options);
        String failure = null;
        while (!r.atEnd()) {
            int at = r.position();
            try {
                Object v = codec.read(r);
                expected.add(new SplitCheck.Data(v, at, r.position() - at));
            } catch (TruncatedInputException e) {
                failure = "TruncatedInputException";
                break;
            } catch (QDataStreamException e) {
                failure = e.getClass().getSimpleName();
                break;
            }
        }
        if (failure == null) {
            expected.add(new SplitCheck.End(stream.length, false));
        }
        if (!expected.equals(whole.events()) || !java.util.Objects.equals(failure, whole.failure())) {
            throw new AssertionError("the transaction reader differs from reading the stream in one go\n  reader:   "
                    + whole + "\n  one pass: " + expected + (failure == null ? "" : ", then " + failure));
        }
        for (SplitCheck.Event e : whole.events()) {
            if (e instanceof SplitCheck.Data d) {
                Rules.roundTrip(codec, d.value(), options);
            }
        }
    }
}
