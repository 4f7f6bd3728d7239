package io.github.qdatastream.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.qdatastream.codec.Codec;
import io.github.qdatastream.codec.Codecs;
import io.github.qdatastream.codec.StreamOptions;
import io.github.qdatastream.codec.frame.Framing;
import java.nio.ByteBuffer;
import java.util.List;
import org.junit.jupiter.api.Test;
import io.github.qdatastream.testkit.CodecDecoders;
import io.github.qdatastream.testkit.FramingChecks;

/** The fuzz targets' checks catch the bugs they are there for. */
class FuzzChecksTest {

    @Test
    void choicesComeFromTheEndAndThePayloadIsTheRest() {
        byte[] input = new FuzzInput.Builder().choice(7).flag(true).choose16(0x1234).build(new byte[]{1, 2, 3});
        FuzzInput in = new FuzzInput(input);
        assertEquals(7, in.choose(10));
        assertTrue(in.flag());
        assertEquals(0x1234, in.choose16());
        assertEquals(List.of((byte) 1, (byte) 2, (byte) 3), List.of(in.payload()[0], in.payload()[1], in.payload()[2]));
        assertEquals(0, new FuzzInput(new byte[0]).choose(5), "choices past the input are 0");
    }

    @Test
    void everyGrammarTypeHasChoicesThatGenerateIt() {
        TypeNode t = TypeNode.parse("QMap<QString,QList<QPair<QVariant,const char*>>>");
        byte[] input = new FuzzInput.Builder().choices(TypeGrammar.choicesFor(t).orElseThrow()).build(new byte[0]);
        assertEquals(t, TypeGrammar.generate(new FuzzInput(input)));
    }

    @Test
    void aLossyCodecFailsTheRoundTrip() {
        // Reads a qint32 but writes only its low 16 bits: 0x00010002 comes back as 2.
        Codec<Integer> lossy = Codec.of("lossy", in -> in.readInt32(), (out, v) -> out.writeInt32(v & 0xFFFF));
        AssertionError e = assertThrows(AssertionError.class,
                () -> Rules.decodeAndRoundTrip(lossy, new byte[]{0, 1, 0, 2}, StreamOptions.DEFAULT));
        assertTrue(e.getMessage().contains("round trip changed the value"), e.getMessage());
    }

    @Test
    void aDecoderThatSeesChunkBoundariesFailsTheFramingCheck() {
        // Emits every fed piece as one block: right for whole input, wrong for any other chunking.
        java.util.function.Supplier<FramingChecks.Decoder> byPiece = () -> new FramingChecks.Decoder() {
            private byte[] pending;
            private long consumed;
            private boolean eof;

            @Override
            public void feed(byte[] b, int off, int len) {
                pending = java.util.Arrays.copyOfRange(b, off, off + len);
            }

            @Override
            public void feed(ByteBuffer src) {
                pending = new byte[src.remaining()];
                src.get(pending);
            }

            @Override
            public void endOfInput() {
                eof = true;
            }

            @Override
            public FramingChecks.Step next() {
                if (pending == null || pending.length == 0) {
                    pending = null;
                    return eof ? new FramingChecks.End(consumed, false) : new FramingChecks.NeedMore(1);
                }
                byte[] p = pending;
                pending = null;
                consumed += p.length;
                return new FramingChecks.Unit(p, consumed - p.length, p.length);
            }

            @Override
            public long bytesConsumed() {
                return consumed;
            }

            @Override
            public boolean exactNeed() {
                return false;
            }
        };
        byte[] stream = {1, 2, 3, 4};
        FramingChecks.Outcome whole = FramingChecks.run(byPiece.get(), Chunking.ALL_AT_ONCE.chunks(stream));
        Chunking bytes = new Chunking(Chunking.BYTE_AT_A_TIME, 0);
        FramingChecks.Outcome split = FramingChecks.run(byPiece.get(), bytes.chunks(stream));
        assertThrows(AssertionError.class, () -> FramingChecks.assertSame(whole, split, bytes.toString()));
    }

    @Test
    void theReassemblerGivesTheSameBlocksWholeAndOneByteAtATime() {
        byte[] stream = new io.github.qdatastream.codec.frame.BlockEncoder<>(Framing.TRIP_REPLY, Codecs.QSTRING)
                .encodeStream(List.of("a", "", "xyz"));
        FramingChecks.Outcome whole = FramingChecks.run(CodecDecoders.blocks(Framing.TRIP_REPLY), Chunking.ALL_AT_ONCE.chunks(stream));
        Chunking bytes = new Chunking(Chunking.BYTE_AT_A_TIME, 0);
        FramingChecks.assertSame(whole, FramingChecks.run(CodecDecoders.blocks(Framing.TRIP_REPLY), bytes.chunks(stream)), bytes.toString());
        assertEquals(4, whole.steps().size(), "three blocks and the end marker: " + whole);
    }
}
