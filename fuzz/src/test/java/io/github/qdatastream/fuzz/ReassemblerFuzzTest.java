package io.github.qdatastream.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.qdatastream.codec.frame.Framing;
import io.github.qdatastream.testkit.CodecDecoders;
import io.github.qdatastream.testkit.FramingChecks;

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

        FramingChecks.Outcome whole = FramingChecks.run(CodecDecoders.blocks(framing), Chunking.ALL_AT_ONCE.chunks(stream));
        FramingChecks.Outcome split = FramingChecks.run(CodecDecoders.blocks(framing), chunking.chunks(stream));
        FramingChecks.assertSame(whole, split, chunking.toString());

        if (whole.failure() == null) {
            long accounted = 0;
            for (FramingChecks.Step e : whole.steps()) {
                if (e instanceof FramingChecks.Unit d) {
                    accounted += framing.prefixBytes() + d.size();
                } else if (e instanceof FramingChecks.End end && end.markerSeen()) {
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
