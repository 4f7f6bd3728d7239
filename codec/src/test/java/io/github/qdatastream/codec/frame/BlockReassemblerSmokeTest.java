package io.github.qdatastream.codec.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.qdatastream.codec.protocol.Fortune;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlockReassemblerSmokeTest {

    @Test
    void fortunesEncodedInOneBufferComeBackOneByOne() {
        BlockEncoder<Fortune> enc = new BlockEncoder<>(Framing.FORTUNE, Fortune.CODEC);
        byte[] stream = enc.encodeStream(List.of(new Fortune("a"), new Fortune("bc")));
        BlockDecoder<Fortune> dec = new BlockDecoder<>(Framing.FORTUNE, Fortune.CODEC);
        dec.feed(stream);
        assertEquals(new Fortune("a"), ((Event.Value<Fortune>) dec.next()).value());
        assertEquals(new Fortune("bc"), ((Event.Value<Fortune>) dec.next()).value());
        assertEquals(new Event.NeedMoreData<Fortune>(2), dec.next());
        dec.endOfInput();
        assertInstanceOf(Event.EndOfData.class, dec.next());
    }

    @Test
    void aFortuneFedOneByteAtATimeArrivesOnce() {
        byte[] stream = new BlockEncoder<>(Framing.FORTUNE, Fortune.CODEC).encode(new Fortune("hello"));
        BlockReassembler r = new BlockReassembler(Framing.FORTUNE);
        int blocks = 0;
        for (byte b : stream) {
            r.feed(new byte[] {b});
            for (Event<Block> e = r.next(); !(e instanceof Event.NeedMoreData); e = r.next()) {
                assertTrue(e instanceof Event.Value<Block> v && v.value() != null);
                blocks++;
            }
        }
        assertEquals(1, blocks);
    }

    @Test
    void drainOneByteAtATimeCountsDownThePrefixThenTheBody() {
        // drain's inlined check (awaitingInput) answers for a partial size prefix as well as for a
        // partial body; with the shortcuts off the state machine must say the same.
        byte[] stream = {0, 0, 0, 3, 'a', 'b', 'c', 0, 0};
        for (boolean shortcuts : new boolean[] {true, false}) {
            BlockReassembler r = new BlockReassembler(Framing.uint32(), shortcuts);
            long[] expectedNeed = {3, 2, 1, 3, 2, 1, 4, 3, 2};
            int[] expectedBlocks = {0, 0, 0, 0, 0, 0, 1, 0, 0};
            for (int i = 0; i < stream.length; i++) {
                r.feed(stream, i, 1);
                int[] length = new int[1];
                String at = " after byte " + i + " (shortcuts " + shortcuts + ")";
                assertEquals(expectedBlocks[i], r.drain(b -> length[0] = b.length()), "blocks" + at);
                assertEquals(expectedNeed[i], r.needed(), "needed()" + at);
                assertEquals(new Event.NeedMoreData<Block>(expectedNeed[i]), r.next(), "next()" + at);
                if (expectedBlocks[i] == 1) {
                    assertEquals(3, length[0], "block length");
                }
            }
        }
    }
}
