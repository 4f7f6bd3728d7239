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
}
