package io.github.qdatastream.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.qdatastream.codec.frame.Framing;

/**
 * The block reassembler in every framing (quint16/quint32 prefix, either byte order, with or
 * without end marker, default/small/zero limit), fed in pieces the fuzzer chooses: split and whole
 * input must give the same blocks, end of data and error; and every byte of a cleanly ended stream
 * is in exactly one block or the marker.
 */
class ReassemblerFuzzTest {

    @FuzzTest
    @DictionaryFile(resourcePath = "/io/github/qdatastream/fuzz/qdatastream.dict")
    void splitAndWholeInputGiveTheSameBlocks(byte[] data) {
        FuzzInput in = new FuzzInput(data);
        Framing framing = Decoders.framing(in);
        Chunking chunking = Chunking.choose(in);
        byte[] stream = in.payload();

        SplitCheck.Outcome whole = SplitCheck.run(Decoders.blocks(framing), stream, Chunking.ALL_AT_ONCE);
        SplitCheck.Outcome split = SplitCheck.run(Decoders.blocks(framing), stream, chunking);
        SplitCheck.assertSame(whole, split, chunking);

        if (whole.failure() == null) {
            long accounted = 0;
            for (SplitCheck.Event e : whole.events()) {
                if (e instanceof SplitCheck.Data d) {
                    accounted += framing.prefixBytes() + d.size();
                } else if (e instanceof SplitCheck.End end && end.markerSeen()) {
                    accounted += framing.prefixBytes();
                }
            }
            if (accounted != stream.length || whole.consumed() != stream.length) {
                throw new AssertionError("a clean end, but blocks and marker account for " + accounted + " and "
                        + whole.consumed() + " consumed of " + stream.length + " bytes: " + whole);
            }
        } else if (whole.consumed() > stream.length) {
            throw new AssertionError("consumed " + whole.consumed() + " of " + stream.length + " bytes");
        }
    }
}
