package io.github.qdatastream.codec.frame;

import io.github.qdatastream.testkit.FrameStreams;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.qdatastream.testkit.FrameStreams;
import io.github.qdatastream.codec.CorruptDataException;
import io.github.qdatastream.codec.QDataStreamException;
import io.github.qdatastream.codec.SizeLimitExceededException;
import io.github.qdatastream.codec.TruncatedInputException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlockReassemblerTest {

    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s.replace(" ", ""));
    }

    private static Block block(Event<Block> e) {
        Event.Value<?> v = assertInstanceOf(Event.Value.class, e);
        Block b = (Block) v.value();
        assertEquals(b.streamOffset(), v.streamOffset());
        assertEquals(b.length(), v.size());
        return b;
    }

    private static void assertPayload(String expectedHex, Event<Block> e) {
        assertEquals(expectedHex.replace(" ", ""), HexFormat.of().formatHex(block(e).toByteArray()));
    }

    // ---------------------------------------------------------------- headers

    @Test
    void aQuint16HeaderSplitAcrossChunksIsReassembled() {
        BlockReassembler r = new BlockReassembler(Framing.FORTUNE);
        r.feed(hex("00"));
        assertEquals(new Event.NeedMoreData(1), r.next());
        r.feed(hex("03 aa"));
        assertEquals(new Event.NeedMoreData(2), r.next());
        r.feed(hex("bb cc"));
        assertPayload("aabbcc", r.next());
        assertEquals(new Event.NeedMoreData(2), r.next());
    }

    @Test
    void aQuint32HeaderSplitAfterEveryByteIsReassembled() {
        byte[] stream = hex("00 00 00 02 01 02");
        for (int cut = 1; cut < 4; cut++) {
            BlockReassembler r = new BlockReassembler(Framing.uint32());
            r.feed(stream, 0, cut);
            assertEquals(new Event.NeedMoreData(4 - cut), r.next());
            r.feed(stream, cut, stream.length - cut);
            assertPayload("0102", r.next());
        }
    }

    @Test
    void aLittleEndianPrefixIsReadLittleEndian() {
        BlockReassembler r = new BlockReassembler(Framing.uint16().withByteOrder(ByteOrder.LITTLE_ENDIAN));
        r.feed(hex("02 00 ab cd"));
        assertPayload("abcd", r.next());
    }

    // ---------------------------------------------------------------- end marker

    @Test
    void theEndMarkerArrivingInTwoHalvesEndsTheStream() {
        BlockReassembler r = new BlockReassembler(Framing.TRIP_REPLY);
        r.feed(hex("00 01 7f ff"));
        assertPayload("7f", r.next());
        assertEquals(new Event.NeedMoreData(1), r.next());
        r.feed(hex("ff"));
        assertEquals(new Event.EndOfData(3, true), r.next());
        assertEquals(new Event.EndOfData(3, true), r.next(), "EndOfData repeats");
        r.endOfInput();
        assertEquals(new Event.EndOfData(3, true), r.next());
        assertTrue(r.isEnded());
    }

    @Test
    void theMarkerIsCheckedBeforeWaitingForABody() {
        // 0xFFFF with no bytes after it is the end, not a 65535-byte block still to come.
        BlockReassembler r = new BlockReassembler(Framing.TRIP_REPLY);
        r.feed(hex("ff ff"));
        assertEquals(new Event.EndOfData(0, true), r.next());
    }

    @Test
    void withoutAMarkerFramingAllOnesIsAnOrdinarySize() {
        BlockReassembler r = new BlockReassembler(Framing.FORTUNE);
        r.feed(hex("ff ff"));
        assertEquals(new Event.NeedMoreData(0xFFFF), r.next());
    }

    @Test
    void aQuint32EndMarkerEndsAQuint32Stream() {
        BlockReassembler r = new BlockReassembler(Framing.uint32().withEndMarker(true));
        r.feed(hex("00 00 00 00 ff ff ff ff"));
        assertEquals(0, block(r.next()).length());
        assertEquals(new Event.EndOfData(4, true), r.next());
    }

    @Test
    void bytesAfterTheEndMarkerAreCorruptDataAfterEndOfData() {
        BlockReassembler r = new BlockReassembler(Framing.TRIP_REPLY);
        r.feed(hex("ff ff 00 01 02"));
        assertEquals(new Event.EndOfData(0, true), r.next());
        CorruptDataException e = assertThrows(CorruptDataException.class, r::next);
        assertEquals(2, e.offset());
        assertTrue(e.getMessage().contains("after the end marker"), e.getMessage());
        assertTrue(e.getMessage().contains(" 3 at offset 2"), e.getMessage());
        assertSame(e, assertThrows(CorruptDataException.class, r::next));
    }

    @Test
    void bytesArrivingLaterAfterTheEndMarkerAreCorruptDataToo() {
        BlockReassembler r = new BlockReassembler(Framing.TRIP_REPLY);
        r.feed(hex("ff ff"));
        assertInstanceOf(Event.EndOfData.class, r.next());
        r.feed(hex("00"));
        assertThrows(CorruptDataException.class, r::next);
    }

    @Test
    void endOfInputBeforeTheRequiredEndMarkerIsTruncation() {
        BlockReassembler r = new BlockReassembler(Framing.TRIP_REPLY);
        r.feed(hex("00 01 41"));
        assertPayload("41", r.next());
        r.endOfInput();
        TruncatedInputException e = assertThrows(TruncatedInputException.class, r::next);
        assertEquals(2, e.missing());
        assertTrue(e.getMessage().contains("end marker 0xFFFF"), e.getMessage());
    }

    @Test
    void endOfInputAtABlockBoundaryWithoutMarkerFramingIsEndOfData() {
        BlockReassembler r = new BlockReassembler(Framing.FORTUNE);
        r.feed(hex("00 00"));
        assertEquals(0, block(r.next()).length());
        r.endOfInput();
        assertEquals(new Event.EndOfData(2, false), r.next());
        assertThrows(IllegalStateException.class, () -> r.feed(hex("00")));
    }

    // ---------------------------------------------------------------- sizes and limits

    @Test
    void aZeroLengthBlockIsABlock() {
        BlockReassembler r = new BlockReassembler(Framing.TRIP_REPLY);
        r.feed(hex("00 00 00 00"));
        Block first = block(r.next());
        assertEquals(0, first.length());
        assertEquals(2, first.streamOffset());
        Block second = block(r.next());
        assertEquals(0, second.length());
        assertEquals(4, second.streamOffset());
        assertEquals(new Event.NeedMoreData(2), r.next());
    }

    @Test
    void theLargestAllowedBlockPassesForEveryPreset() {
        for (Framing f : List.of(Framing.FORTUNE, Framing.TRIP_REPLY, Framing.uint32().withMaxBlockSize(70_000))) {
            int max = (int) f.maxBlockSize();
            byte[] stream = FrameStreams.frame(f.withEndMarker(false), List.of(new byte[max]));
            BlockReassembler r = new BlockReassembler(f);
            r.feed(stream);
            assertEquals(max, block(r.next()).length(), f.toString());
        }
        assertEquals(0xFFFE, Framing.TRIP_REPLY.maxBlockSize());
        assertEquals(0xFFFF, Framing.FORTUNE.maxBlockSize());
    }

    @Test
    void oneByteOverTheLimitIsRejectedAsSoonAsTheHeaderArrives() {
        BlockReassembler r = new BlockReassembler(Framing.uint32().withMaxBlockSize(1000));
        r.feed(hex("00 00 00 05 0102030405"));
        assertEquals(5, block(r.next()).length());
        r.feed(hex("00 00 03"));
        assertEquals(new Event.NeedMoreData(1), r.next());
        r.feed(hex("e9"));  // 1001, and no byte of its body
        SizeLimitExceededException e = assertThrows(SizeLimitExceededException.class, r::next);
        assertEquals(1001, e.value());
        assertEquals(1000, e.limit());
        assertEquals(9, e.offset());
        assertTrue(e.getMessage().contains("1001") && e.getMessage().contains("1000")
                && e.getMessage().contains("offset 9") && e.getMessage().contains("Framing.withMaxBlockSize"),
                e.getMessage());
    }

    @Test
    void aMaliciousQuint32SizeAllocatesOnlyWhatArrived() {
        BlockReassembler r = new BlockReassembler(Framing.uint32());
        r.feed(hex("01 00 00 00 01 02 03"));  // claims 16 MiB, the default limit
        assertEquals(new Event.NeedMoreData((1 << 24) - 3), r.next());
        assertTrue(r.accumulationCapacity() <= BlockReassembler.EAGER_CAPACITY, "" + r.accumulationCapacity());
        r.feed(new byte[100_000]);
        assertEquals(new Event.NeedMoreData((1 << 24) - 100_003), r.next());
        assertTrue(r.accumulationCapacity() <= 2 * 100_003, "" + r.accumulationCapacity());
    }

    @Test
    void aSplitBlockOfUpTo64KiBGetsItsWholeBufferOnceItsHeaderPassed() {
        BlockReassembler r = new BlockReassembler(Framing.FORTUNE);
        assertTrue(10_000 > BlockReassembler.COPY_BUFFER);
        r.feed(FrameStreams.frame(Framing.FORTUNE, List.of(new byte[10_000])), 0, 12);
        assertEquals(new Event.NeedMoreData(9990), r.next());
        assertEquals(10_000, r.accumulationCapacity());
    }

    @Test
    void aBufferOverOneMiBIsReleasedOnceItsBlockIsDelivered() {
        byte[] stream = FrameStreams.frame(Framing.uint32(), List.of(new byte[2 << 20]));
        BlockReassembler r = new BlockReassembler(Framing.uint32());
        r.feed(stream, 0, 1 << 20);
        assertInstanceOf(Event.NeedMoreData.class, r.next());
        r.feed(stream, 1 << 20, stream.length - (1 << 20));
        assertEquals(2 << 20, block(r.next()).length());
        assertEquals(0, r.accumulationCapacity());
    }

    @Test
    void aCorruptHeaderFollowedByMoreInputStaysFailed() {
        BlockReassembler r = new BlockReassembler(Framing.TRIP_REPLY.withMaxBlockSize(10));
        r.feed(hex("00 0b"));
        SizeLimitExceededException e = assertThrows(SizeLimitExceededException.class, r::next);
        assertTrue(r.isFailed());
        assertSame(e, r.failure());
        assertSame(e, assertThrows(SizeLimitExceededException.class, () -> r.feed(hex("00 01 41"))));
        assertSame(e, assertThrows(SizeLimitExceededException.class, r::next));
        assertSame(e, assertThrows(SizeLimitExceededException.class, r::endOfInput));
        assertSame(e, assertThrows(SizeLimitExceededException.class, r::next));
    }

    // ---------------------------------------------------------------- truncation

    @Test
    void truncationAtEveryOffsetDeliversTheCompleteBlocksThenNamesTheMissingBytes() {
        byte[] stream = FrameStreams.frame(Framing.TRIP_REPLY, List.of(hex("0102"), hex(""), hex("030405")));
        // 00 02 01 02 | 00 00 | 00 03 03 04 05 | ff ff  (13 bytes)
        for (int end = 0; end < stream.length; end++) {
            BlockReassembler r = new BlockReassembler(Framing.TRIP_REPLY);
            r.feed(stream, 0, end);
            r.endOfInput();
            List<Integer> sizes = new ArrayList<>();
            TruncatedInputException e = null;
            try {
                for (;;) {
                    sizes.add(block(r.next()).length());
                }
            } catch (TruncatedInputException t) {
                e = t;
            }
            long expectedMissing = FrameStreams.expectedNeed(Framing.TRIP_REPLY, stream, end);
            assertEquals(expectedMissing, e.missing(), "cut at " + end);
            assertEquals(end, e.offset(), "cut at " + end);
            int complete = end >= 11 ? 3 : end >= 6 ? 2 : end >= 4 ? 1 : 0;
            assertEquals(complete, sizes.size(), "cut at " + end);
            assertSame(e, assertThrows(TruncatedInputException.class, r::next));
        }
    }

    @Test
    void aTruncatedBodyMessageNamesTheBlockAndTheMissingBytes() {
        BlockReassembler r = new BlockReassembler(Framing.FORTUNE);
        r.feed(hex("00 01 41 00 05 01 02"));
        assertPayload("41", r.next());
        assertEquals(new Event.NeedMoreData(3), r.next());
        r.endOfInput();
        TruncatedInputException e = assertThrows(TruncatedInputException.class, r::next);
        assertEquals(3, e.missing());
        assertEquals(7, e.offset());
        assertTrue(e.getMessage().contains("5-byte block whose payload starts at offset 5"), e.getMessage());
    }

    // ---------------------------------------------------------------- copies and ownership

    @Test
    void aBlockInsideOneLargeFedArrayIsAViewOfThatArray() {
        byte[] big = new byte[BlockReassembler.COPY_LIMIT + 1 - 4];
        byte[] stream = FrameStreams.frame(Framing.FORTUNE, List.of(hex("aabb"), big));
        assertTrue(stream.length > BlockReassembler.COPY_LIMIT);
        BlockReassembler r = new BlockReassembler(Framing.FORTUNE);
        r.feed(stream);
        Block a = block(r.next());
        assertSame(stream, a.array());
        assertEquals(2, a.offset());
        Block b = block(r.next());
        assertSame(stream, b.array());
        assertEquals(6, b.offset());
        assertEquals(6, b.streamOffset());
        assertEquals(big.length, b.length());
    }

    @Test
    void aSmallFedChunkIsCopiedSoTheCallerMayReuseItAtOnce() {
        byte[] stream = hex("00 02 aa bb 00 01 cc");
        BlockReassembler r = new BlockReassembler(Framing.FORTUNE);
        r.feed(stream);
        java.util.Arrays.fill(stream, (byte) 0);  // not allowed by the contract, but harmless for small chunks
        Block a = block(r.next());
        assertNotSame(stream, a.array());
        assertTrue(a.contentEquals(hex("aabb")));
        Block b = block(r.next());
        assertTrue(b.contentEquals(hex("cc")));
        assertEquals(6, b.streamOffset());
        assertEquals(new Event.NeedMoreData(2), r.next());
    }

    @Test
    void aBlockSplitAcrossFeedsIsGatheredOnceAndTheBufferIsReused() {
        BlockReassembler r = new BlockReassembler(Framing.FORTUNE);
        byte[] first = null;
        for (int i = 0; i < 100; i++) {
            byte[] front = hex("00 04 01 02");
            r.feed(front);
            assertEquals(new Event.NeedMoreData(2), r.next());
            java.util.Arrays.fill(front, (byte) 0);  // the caller may reuse its buffer now
            byte[] back = hex("03 04");
            r.feed(back);
            Block b = block(r.next());
            assertNotSame(back, b.array());
            assertTrue(b.contentEquals(hex("01020304")));
            if (first == null) {
                first = b.array();
            }
            assertSame(first, b.array(), "the accumulation buffer is reused");
        }
    }

    @Test
    void feedingAgainBeforeDrainingKeepsEveryByte() {
        BlockReassembler r = new BlockReassembler(Framing.FORTUNE);
        r.feed(hex("00 01 41 00 02"));
        r.feed(hex("42 43 00"));
        r.feed(hex("00"));
        assertPayload("41", r.next());
        assertPayload("4243", r.next());
        assertEquals(0, block(r.next()).length());
        assertEquals(new Event.NeedMoreData(2), r.next());
        assertEquals(9, r.bytesFed());
        assertEquals(9, r.bytesConsumed());
    }

    @Test
    void aDirectByteBufferIsCopiedAndAHeapBufferIsReferenced() {
        BlockReassembler r = new BlockReassembler(Framing.FORTUNE);
        byte[] framed = FrameStreams.frame(Framing.FORTUNE, List.of(new byte[BlockReassembler.COPY_LIMIT]));
        byte[] padded = new byte[framed.length + 2];
        System.arraycopy(framed, 0, padded, 1, framed.length);
        ByteBuffer heap = ByteBuffer.wrap(padded, 1, framed.length);
        r.feed(heap);
        assertEquals(framed.length + 1, heap.position());
        Block b = block(r.next());
        assertSame(heap.array(), b.array());
        assertEquals(3, b.offset());
        ByteBuffer direct = ByteBuffer.allocateDirect(3).put(hex("00 01 42")).flip();
        r.feed(direct);
        assertFalse(direct.hasRemaining());
        assertPayload("42", r.next());
        assertEquals(ByteBuffer.wrap(hex("42")), new Block(hex("0042"), 1, 1, 0).asByteBuffer());
    }

    @Test
    void blockReadersUseStreamOffsetsInTheirMessages() {
        BlockReassembler r = new BlockReassembler(Framing.FORTUNE);
        r.feed(hex("00 00 00 03 00 00 00"));
        assertEquals(0, block(r.next()).length());
        Block b = block(r.next());
        QDataStreamException e = assertThrows(QDataStreamException.class,
                () -> b.reader(io.github.qdatastream.codec.StreamOptions.DEFAULT).readString());
        assertTrue(e.getMessage().contains("offset 4"), e.getMessage());
        assertArrayEquals(hex("000000"), b.toByteArray());
    }

    @Test
    void negativeOrOutOfRangeArgumentsAreCallerErrors() {
        BlockReassembler r = new BlockReassembler(Framing.FORTUNE);
        assertThrows(IndexOutOfBoundsException.class, () -> r.feed(new byte[2], 1, 2));
        assertThrows(IllegalArgumentException.class, () -> Framing.uint16().withMaxBlockSize(0x10000));
        assertThrows(IllegalArgumentException.class, () -> new Framing(3, ByteOrder.BIG_ENDIAN, false, 10));
        assertEquals(0xFFFF_FFFEL > Framing.MAX_ARRAY_BLOCK ? Framing.MAX_ARRAY_BLOCK : 0,
                Framing.uint32().withEndMarker(true).withMaxBlockSize(0xFFFF_FFFFL).maxBlockSize());
    }

    @Test
    void theStateIsOneEnumAndPrintsByName() {
        BlockReassembler r = new BlockReassembler(Framing.TRIP_REPLY);
        assertEquals(BlockReassembler.State.HEADER, r.state());
        r.feed(hex("00 03 01"));
        assertEquals(new Event.NeedMoreData<Block>(2), r.next());
        assertEquals(BlockReassembler.State.BODY, r.state());
        assertTrue(r.toString().contains("state=BODY"), r.toString());
        r.feed(hex("02 03 FF FF"));
        assertPayload("010203", r.next());
        assertEquals(BlockReassembler.State.HEADER, r.state());
        assertEquals(new Event.EndOfData<Block>(5, true), r.next());
        assertTrue(r.toString().contains("state=ENDED"), r.toString());
        r.feed(hex("00"));
        assertThrows(io.github.qdatastream.codec.CorruptDataException.class, r::next);
        assertTrue(r.toString().contains("state=FAILED"), r.toString());
    }
}
