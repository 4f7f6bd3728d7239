package io.github.qdatastream.codec.frame;

import io.github.qdatastream.testkit.FrameStreams;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.qdatastream.testkit.FrameStreams;
import io.github.qdatastream.codec.CorruptDataException;
import io.github.qdatastream.codec.QDataStreamException;
import io.github.qdatastream.codec.QDataWriter;
import io.github.qdatastream.codec.StreamOptions;
import io.github.qdatastream.codec.TruncatedInputException;
import io.github.qdatastream.codec.protocol.Fortune;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.nio.channels.Channels;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link StreamReader} over streams that deliver the bytes in any pieces (1-byte and zero-progress
 * reads included), with timeouts in between, and cut at every offset: it reports what the
 * reference model says for the whole stream ({@link FrameStreams#model}), and lets only the
 * codec's exceptions and the stream's own escape.
 */
class StreamReaderProperties {

    @Test
    void anyReadSizesGiveTheWholeStreamsEvents() {
        qt().withExamples(400).forAll(FrameStreams.streams(), longs().all(), integers().between(1, 300))
                .checkAssert((s, seed, bufferSize) -> {
                    InputStream in = new ChoppyInputStream(s.bytes(), seed, false);
                    StreamReader<Block> r = StreamReader.of(in, new BlockReassembler(s.framing()),
                            seed % 3 == 0 ? StreamReader.DEFAULT_BUFFER_SIZE : bufferSize);
                    assertEquals(untilEnd(FrameStreams.model(s.framing(), s.bytes(), false)), transcript(r), s.toString());
                });
    }

    @Test
    void aBlockingChannelGivesTheSameEvents() {
        qt().withExamples(200).forAll(FrameStreams.streams(), longs().all())
                .checkAssert((s, seed) -> {
                    var ch = Channels.newChannel(new ChoppyInputStream(s.bytes(), seed, false));
                    StreamReader<Block> r = StreamReader.of(ch, new BlockReassembler(s.framing()), 7);
                    assertEquals(untilEnd(FrameStreams.model(s.framing(), s.bytes(), false)), transcript(r), s.toString());
                });
    }

    @Test
    void endOfInputAtEveryOffsetIsTheEndOrTheExactTruncation() {
        qt().withExamples(60).forAll(FrameStreams.wellFormedStreams(), longs().all())
                .checkAssert((s, seed) -> {
                    for (int cut = 0; cut <= s.bytes().length; cut++) {
                        byte[] part = Arrays.copyOf(s.bytes(), cut);
                        StreamReader<Block> r = StreamReader.of(new ChoppyInputStream(part, seed + cut, false),
                                new BlockReassembler(s.framing()), 64);
                        assertEquals(untilEnd(FrameStreams.model(s.framing(), part, false)), transcript(r),
                                s + " cut at " + cut);
                    }
                });
    }

    @Test
    void socketTimeoutsPassThroughUntouchedAndLoseNothing() {
        qt().withExamples(200).forAll(FrameStreams.streams(), longs().all())
                .checkAssert((s, seed) -> {
                    ChoppyInputStream in = new ChoppyInputStream(s.bytes(), seed, true);
                    StreamReader<Block> r = StreamReader.of(in, new BlockReassembler(s.framing()), 32);
                    List<String> out = new ArrayList<>();
                    int caught = 0;
                    for (int attempts = 0; attempts < 100_000; attempts++) {
                        try {
                            if (step(r, out)) {
                                break;
                            }
                        } catch (SocketTimeoutException e) {
                            assertSame(in.thrown.get(caught), e, "the stream's own exception, not a wrapper");
                            caught++;
                        } catch (IOException e) {
                            throw new AssertionError(e);
                        }
                    }
                    assertEquals(in.thrown.size(), caught);
                    assertEquals(untilEnd(FrameStreams.model(s.framing(), s.bytes(), false)), out, s.toString());
                });
    }

    @Test
    void valuesFromAnyReadSizesAreTheValuesSent() {
        qt().withExamples(200).forAll(FrameStreams.payloads(40), longs().all())
                .checkAssert((bytes, seed) -> {
                    List<Fortune> sent = new ArrayList<>();
                    for (int i = 0; i < 1 + (bytes.length % 5); i++) {
                        sent.add(new Fortune(java.util.HexFormat.of().formatHex(bytes, 0, Math.min(i * 7, bytes.length))));
                    }
                    byte[] framed = new BlockEncoder<>(Fortune.FRAMING, Fortune.CODEC).encodeStream(sent);
                    QDataWriter bare = new QDataWriter();
                    sent.forEach(f -> Fortune.CODEC.write(bare, f));
                    assertEquals(sent, values(StreamReader.of(new ChoppyInputStream(framed, seed, false),
                            new BlockDecoder<>(Fortune.FRAMING, Fortune.CODEC), 16)));
                    assertEquals(sent, values(StreamReader.of(new ChoppyInputStream(bare.toByteArray(), seed, false),
                            new TransactionReader<>(Fortune.CODEC, StreamOptions.DEFAULT), 16)));
                });
    }

    @Test
    void theStreamWriterWritesWhatTheEncoderEncodesWhateverItsThreshold() {
        qt().withExamples(200).forAll(FrameStreams.payloads(40), integers().between(1, 200))
                .checkAssert((bytes, threshold) -> {
                    List<Fortune> fortunes = new ArrayList<>();
                    for (int i = 0; i <= bytes.length % 9; i++) {
                        fortunes.add(new Fortune(java.util.HexFormat.of().formatHex(bytes, 0, Math.min(i * 5, bytes.length))));
                    }
                    ByteArrayOutputStream sink = new ByteArrayOutputStream();
                    StreamWriter<Fortune> w = new StreamWriter<>(sink, Framing.TRIP_REPLY, Fortune.CODEC,
                            StreamOptions.DEFAULT, threshold);
                    try {
                        for (Fortune f : fortunes) {
                            w.write(f);
                        }
                        w.writeEndMarker();
                    } catch (IOException e) {
                        throw new AssertionError(e);
                    }
                    assertArrayEquals(new BlockEncoder<>(Framing.TRIP_REPLY, Fortune.CODEC).encodeStream(fortunes),
                            sink.toByteArray());
                });
    }

    @Test
    void aValueTooLargeForTheFramingKeepsTheBlocksBeforeItAndNothingOfItself() throws IOException {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        StreamWriter<Fortune> w = new StreamWriter<>(sink, Framing.FORTUNE.withMaxBlockSize(20), Fortune.CODEC,
                StreamOptions.DEFAULT);
        w.write(new Fortune("ok"));
        assertThrows(IllegalArgumentException.class, () -> w.write(new Fortune("far too long for twenty bytes")));
        w.write(new Fortune("ok too"));
        w.flush();
        List<Fortune> back = values(StreamReader.of(new ByteArrayInputStream(sink.toByteArray()),
                new BlockDecoder<>(Framing.FORTUNE, Fortune.CODEC)));
        assertEquals(List.of(new Fortune("ok"), new Fortune("ok too")), back);
    }

    @Test
    void bytesThatCameWithTheEndMarkerAreCorruptDataOnTheNextCall() throws IOException {
        byte[] stream = {0, 1, 7, (byte) 0xFF, (byte) 0xFF, 9};
        StreamReader<Block> r = StreamReader.of(new ByteArrayInputStream(stream), new BlockReassembler(Framing.TRIP_REPLY));
        assertInstanceOf(Event.Value.class, r.next());
        Event.EndOfData<Block> end = assertInstanceOf(Event.EndOfData.class, r.next());
        assertTrue(end.markerSeen());
        CorruptDataException e = assertThrows(CorruptDataException.class, r::next);
        assertEquals(5, e.offset());
        assertSame(e, assertThrows(CorruptDataException.class, r::next), "sticky");
    }

    @Test
    void afterTheEndMarkerNothingMoreIsRead() throws IOException {
        byte[] marker = {(byte) 0xFF, (byte) 0xFF};
        InputStream in = new InputStream() {
            int i;

            @Override
            public int read() throws IOException {
                if (i < marker.length) {
                    return marker[i++] & 0xFF;
                }
                throw new IOException("read past the end marker");
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int c = read();
                b[off] = (byte) c;
                return 1;
            }
        };
        StreamReader<Block> r = StreamReader.of(in, new BlockReassembler(Framing.TRIP_REPLY));
        assertInstanceOf(Event.EndOfData.class, r.next());
        assertInstanceOf(Event.EndOfData.class, r.next());
        assertEquals(2, r.bytesRead());
    }

    @Test
    void otherIOExceptionsPassThroughUntouched() {
        IOException boom = new IOException("connection reset (test)");
        InputStream in = new InputStream() {
            @Override
            public int read() throws IOException {
                throw boom;
            }
        };
        StreamReader<Block> r = StreamReader.of(in, new BlockReassembler(Framing.FORTUNE));
        assertSame(boom, assertThrows(IOException.class, r::next));
    }

    @Test
    void aTruncatedBlockNamesTheMissingByteCount() {
        StreamReader<Block> r = StreamReader.of(new ByteArrayInputStream(new byte[] {0, 10, 1, 2, 3}),
                new BlockReassembler(Framing.FORTUNE));
        TruncatedInputException e = assertThrows(TruncatedInputException.class, r::next);
        assertEquals(7, e.missing());
        assertEquals(5, r.bytesRead());
    }

    /** The model's events up to and including the first end or error (the reader stops there). */
    static List<String> untilEnd(List<String> model) {
        List<String> out = new ArrayList<>();
        for (String e : model) {
            out.add(e);
            if (!e.startsWith("block ")) {
                break;
            }
        }
        return out;
    }

    /** Everything the reader reports until the end or an error, in the model's vocabulary. */
    static List<String> transcript(StreamReader<Block> r) {
        List<String> out = new ArrayList<>();
        try {
            while (!step(r, out)) {
                // next event
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out;
    }

    /** One call of next(), written down; whether the transcript is complete. */
    static boolean step(StreamReader<Block> r, List<String> out) throws IOException {
        try {
            Event<Block> e = r.next();
            if (e instanceof Event.Value<Block> v) {
                Block b = v.value();
                out.add(FrameStreams.block(b.array(), b.offset(), b.length(), b.streamOffset()));
                return false;
            }
            Event.EndOfData<Block> end = assertInstanceOf(Event.EndOfData.class, e, "never NeedMoreData from a stream");
            out.add(FrameStreams.end(end.streamOffset(), end.markerSeen()));
            return true;
        } catch (QDataStreamException e) {
            out.add(FrameStreams.error(e));
            FrameStreams.checkSticky(r.decoder(), e);
            return true;
        }
    }

    static <T> List<T> values(StreamReader<T> r) {
        List<T> out = new ArrayList<>();
        try {
            for (Event<T> e = r.next(); e instanceof Event.Value<T> v; e = r.next()) {
                out.add(v.value());
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out;
    }
}
