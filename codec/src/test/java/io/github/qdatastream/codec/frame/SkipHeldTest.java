package io.github.qdatastream.codec.frame;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.qdatastream.codec.SizeLimitExceededException;
import io.github.qdatastream.codec.TruncatedInputException;
import org.junit.jupiter.api.Test;

/**
 * {@link BlockReassembler#skipHeld}: a body the caller holds is counted, not handed over; and
 * {@link BlockReassembler#heldBodyWanted}, which says when that is possible.
 */
class SkipHeldTest {

    /** Two Trip blocks (3 and 1 bytes) and the end marker. */
    private static final byte[] STREAM = {0, 3, 1, 2, 3, 0, 1, 9, (byte) 0xFF, (byte) 0xFF};

    @Test
    void prefixesFedAndBodiesSkippedGiveTheSameOffsetsAsFeedingEverything() {
        BlockReassembler r = new BlockReassembler(Framing.TRIP_REPLY);
        assertEquals(-1, r.heldBodyWanted());
        r.feed(STREAM, 0, 2);
        assertEquals(-1, r.heldBodyWanted(), "the prefix is fed but not yet parsed");
        assertEquals(new Event.NeedMoreData<Block>(3), r.next());
        assertEquals(3, r.heldBodyWanted());
        assertEquals(2, r.skipHeld(3));
        assertEquals(-1, r.heldBodyWanted());
        assertEquals(5, r.bytesFed());
        assertEquals(5, r.bytesConsumed());
        assertEquals(0, r.needed());
        assertEquals(new Event.NeedMoreData<Block>(2), r.next());
        r.feed(STREAM, 5, 2);
        assertEquals(new Event.NeedMoreData<Block>(1), r.next());
        assertEquals(1, r.heldBodyWanted());
        assertEquals(7, r.skipHeld(1));
        r.feed(STREAM, 8, 2);
        Event<Block> end = r.next();
        assertEquals(new Event.EndOfData<Block>(8, true), end);
        assertEquals(10, r.bytesFed());

        // The same stream fed whole: the blocks start where skipHeld said.
        BlockReassembler whole = new BlockReassembler(Framing.TRIP_REPLY);
        whole.feed(STREAM);
        Event.Value<Block> a = assertInstanceOf(Event.Value.class, whole.next());
        Event.Value<Block> b = assertInstanceOf(Event.Value.class, whole.next());
        assertEquals(2, a.streamOffset());
        assertEquals(7, b.streamOffset());
        assertArrayEquals(new byte[] {1, 2, 3}, a.value().toByteArray());
        assertEquals(end, whole.next());
    }

    @Test
    void aDirectBufferPrefixThenASkipCopiesOnlyThePrefix() {
        BlockReassembler r = new BlockReassembler(Framing.TRIP_REPLY);
        java.nio.ByteBuffer direct = java.nio.ByteBuffer.allocateDirect(STREAM.length).put(STREAM).flip();
        r.feed(direct.slice(0, 2));
        assertEquals(new Event.NeedMoreData<Block>(3), r.next());
        assertEquals(2, r.skipHeld(3));
        assertEquals(new Event.NeedMoreData<Block>(2), r.next());
    }

    @Test
    void itIsRefusedAnywhereButAtAWholeUnfedBodyAndChangesNothing() {
        BlockReassembler r = new BlockReassembler(Framing.TRIP_REPLY);
        // At a header (also with the -1 that heldBodyWanted() answers there).
        assertThrows(IllegalStateException.class, () -> r.skipHeld(3));
        assertThrows(IllegalStateException.class, () -> r.skipHeld(-1));
        r.feed(STREAM, 0, 2);
        r.next();
        // Another count than the body's.
        assertThrows(IllegalStateException.class, () -> r.skipHeld(2));
        // Part of the body fed.
        r.feed(STREAM, 2, 1);
        assertEquals(new Event.NeedMoreData<Block>(2), r.next());
        assertEquals(-1, r.heldBodyWanted());
        assertThrows(IllegalStateException.class, () -> r.skipHeld(3));
        assertEquals(3, r.bytesFed());
        // The rest fed normally still completes the block.
        r.feed(STREAM, 3, 2);
        Event.Value<Block> v = assertInstanceOf(Event.Value.class, r.next());
        assertArrayEquals(new byte[] {1, 2, 3}, v.value().toByteArray());
    }

    @Test
    void afterEndOfInputItIsACallerErrorAndTheTruncationStillReported() {
        BlockReassembler r = new BlockReassembler(Framing.TRIP_REPLY);
        r.feed(STREAM, 0, 2);
        r.next();
        r.endOfInput();
        assertEquals(-1, r.heldBodyWanted());
        assertThrows(IllegalStateException.class, () -> r.skipHeld(3));
        TruncatedInputException e = assertThrows(TruncatedInputException.class, r::next);
        assertEquals(3, e.missing());
    }

    @Test
    void afterAFailureItRethrowsTheSameError() {
        BlockReassembler r = new BlockReassembler(Framing.TRIP_REPLY.withMaxBlockSize(2));
        r.feed(STREAM, 0, 2);
        SizeLimitExceededException e = assertThrows(SizeLimitExceededException.class, r::next);
        assertEquals(-1, r.heldBodyWanted());
        assertSame(e, assertThrows(SizeLimitExceededException.class, () -> r.skipHeld(3)));
    }
}
