package io.github.qdatastream.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.qdatastream.codec.CorruptDataException;
import io.github.qdatastream.codec.QDataStreamException;
import io.github.qdatastream.codec.frame.Block;
import io.github.qdatastream.codec.frame.BlockReassembler;
import io.github.qdatastream.codec.frame.Event;
import io.github.qdatastream.codec.frame.Framing;
import io.github.qdatastream.codec.frame.StreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import io.github.qdatastream.testkit.CodecDecoders;
import io.github.qdatastream.testkit.FramingChecks;

/**
 * The codec's {@code StreamReader} over an {@link InputStream} whose reads return the fuzzer's
 * pieces (empty pieces are zero-progress reads), in every framing, with a read buffer of 1 to
 * 256 bytes: it must return exactly the blocks, end of data and error the reassembler gives for
 * the whole input, and let nothing but a {@link QDataStreamException} escape. Same input layout
 * as {@link ReassemblerFuzzTest} (framing, chunking, stream), so it shares its seeds.
 */
class StreamReaderFuzzTest {

    @FuzzTest
    @DictionaryFile(resourcePath = "/io/github/qdatastream/fuzz/qdatastream.dict")
    void streamReaderReturnsWhatTheReassemblerGives(byte[] data) {
        FuzzInput in = new FuzzInput(data);
        Framing framing = Decoders.framing(in);
        Chunking chunking = Chunking.choose(in);
        byte[] stream = in.payload();

        FramingChecks.Outcome whole = FramingChecks.run(CodecDecoders.blocks(framing), Chunking.ALL_AT_ONCE.chunks(stream));
        List<FramingChecks.Step> expected = new ArrayList<>();
        boolean markerThenCorrupt = false;
        for (FramingChecks.Step e : whole.steps()) {
            expected.add(e);
            if (e instanceof FramingChecks.End end) {
                markerThenCorrupt = end.markerSeen() && whole.failure() != null;
                break;
            }
        }

        int bufferSize = 1 + (chunking.seed() & 0xFF);
        StreamReader<Block> r = StreamReader.of(new PieceStream(stream, chunking.pieces(stream.length)),
                new BlockReassembler(framing), bufferSize);
        List<FramingChecks.Step> got = new ArrayList<>();
        String failure = null;
        long failureOffset = -1;
        try {
            for (;;) {
                Event<Block> e = r.next();
                if (e instanceof Event.Value<Block> v) {
                    got.add(new FramingChecks.Unit(v.value().toByteArray(), v.streamOffset(), v.size()));
                } else if (e instanceof Event.EndOfData<Block> end) {
                    got.add(new FramingChecks.End(end.streamOffset(), end.markerSeen()));
                    break;
                } else {
                    throw new AssertionError("NeedMoreData from a blocking stream: " + e);
                }
            }
            if (markerThenCorrupt) {
                // Bytes after the marker are an error if they came in the marker's read, else unread.
                try {
                    r.next();
                } catch (CorruptDataException e) {
                    // either is right
                }
            }
        } catch (QDataStreamException e) {
            failure = e.getClass().getSimpleName();
            failureOffset = e.offset();
        } catch (IOException e) {
            throw new AssertionError("the stream throws nothing", e);
        }
        boolean failureAgrees = markerThenCorrupt || (java.util.Objects.equals(failure, whole.failure())
                && (failure == null || failureOffset == whole.failureOffset()));
        if (!got.equals(expected) || !failureAgrees) {
            throw new AssertionError("StreamReader (" + chunking + ", buffer " + bufferSize + ") differs on " + framing
                    + "\n  reassembler: " + whole + "\n  reader:      " + got + (failure == null ? ""
                    : ", then " + failure + " at offset " + failureOffset));
        }
    }

    /** An InputStream whose reads return the pieces, in order (at most what the caller asks for). */
    private static final class PieceStream extends InputStream {
        private final byte[] stream;
        private final Iterator<int[]> pieces;
        private int at;
        private int end;

        PieceStream(byte[] stream, List<int[]> pieces) {
            this.stream = stream;
            this.pieces = pieces.iterator();
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            int n;
            while ((n = read(one, 0, 1)) == 0) {
                // an empty piece: a blocking read() waits for the next one
            }
            return n < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (at == end) {
                if (!pieces.hasNext()) {
                    return -1;
                }
                int[] p = pieces.next();
                at = p[0];
                end = p[1];
            }
            int n = Math.min(len, end - at);
            System.arraycopy(stream, at, b, off, n);
            at += n;
            return n;
        }
    }
}
