package io.github.qdatastream.codec.frame;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.qdatastream.codec.Codecs;
import io.github.qdatastream.codec.CorruptDataException;
import io.github.qdatastream.codec.QDataWriter;
import io.github.qdatastream.codec.StreamOptions;
import io.github.qdatastream.codec.protocol.Fortune;
import io.github.qdatastream.codec.protocol.TripReply;
import java.nio.ByteOrder;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** BlockDecoder and BlockEncoder. */
class BlockCodecTest {

    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s.replace(" ", ""));
    }

    @Test
    void aPayloadWithTrailingBytesIsCorruptDataNamingBothSizes() {
        BlockDecoder<Integer> d = new BlockDecoder<>(Framing.FORTUNE, Codecs.QINT32);
        d.feed(hex("00 06 00 00 00 07 aa bb"));
        CorruptDataException e = assertThrows(CorruptDataException.class, d::next);
        assertTrue(e.getMessage().contains("took 4 of the block's 6 bytes") && e.getMessage().contains("2 trailing"),
                e.getMessage());
        assertEquals(0, e.offset());
        assertSame(e, assertThrows(CorruptDataException.class, d::next));
        assertSame(e, assertThrows(CorruptDataException.class, () -> d.feed(hex("00"))));
    }

    @Test
    void aPayloadShorterThanItsValueIsCorruptDataNamingBothSizes() {
        BlockDecoder<Fortune> d = new BlockDecoder<>(Framing.FORTUNE, Fortune.CODEC);
        d.feed(hex("00 01 41 00 06 00 00 00 04 00 41"));
        CorruptDataException e = assertThrows(CorruptDataException.class, d::next);
        assertEquals(0, e.offset());
        // The first block holds 1 byte; a QString needs at least its 4-byte count.
        assertTrue(e.getMessage().contains("needs at least 4 bytes, the block holds 1"), e.getMessage());
        assertTrue(d.isFailed());
    }

    @Test
    void decodedValuesCarryTheirStreamOffsetAndSize() {
        BlockDecoder<Integer> d = new BlockDecoder<>(Framing.uint32(), Codecs.QINT32);
        d.feed(hex("00 00 00 04 00 00 00 07 00 00 00 04 ff ff ff ff"));
        assertEquals(new Event.Value<>(7, 4, 4), d.next());
        assertEquals(new Event.Value<>(-1, 12, 4), d.next());
        assertEquals(new Event.NeedMoreData<Integer>(4), d.next());
        d.endOfInput();
        assertEquals(new Event.EndOfData<Integer>(16, false), d.next());
    }

    @Test
    void theEncoderReservesThenPatchesTheSizePrefix() {
        BlockEncoder<Integer> enc = new BlockEncoder<>(Framing.TRIP_REPLY, Codecs.QINT32);
        QDataWriter out = new QDataWriter();
        enc.write(out, 1);
        enc.write(out, 2);
        enc.writeEndMarker(out);
        assertArrayEquals(hex("0004 00000001 0004 00000002 ffff"), out.toByteArray());
    }

    @Test
    void theEncoderWritesPayloadsWithItsOwnOptionsAndRefusesAWriterWithOthers() {
        StreamOptions le = StreamOptions.DEFAULT.withByteOrder(java.nio.ByteOrder.LITTLE_ENDIAN);
        BlockEncoder<Integer> enc = new BlockEncoder<>(Framing.TRIP_REPLY, Codecs.QINT32, le);
        // The payload in the encoder's (little-endian) order, the prefix in the framing's (big-endian).
        assertArrayEquals(hex("0004 01000000"), enc.encode(1));
        QDataWriter out = enc.newWriter();
        enc.write(out, 1);
        assertArrayEquals(hex("0004 01000000"), out.toByteArray());
        QDataWriter other = new QDataWriter();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> enc.write(other, 1));
        assertTrue(e.getMessage().contains("newWriter"), e.getMessage());
        assertEquals(0, other.size(), "nothing written");
    }

    @Test
    void manyBlocksAndTheMarkerGoIntoOneBuffer() {
        BlockEncoder<Fortune> enc = new BlockEncoder<>(Framing.TRIP_REPLY, Fortune.CODEC);
        byte[] stream = enc.encodeStream(List.of(new Fortune("a"), new Fortune("b")));
        assertArrayEquals(hex("0006 00000002 0061 0006 00000002 0062 ffff"), stream);
    }

    @Test
    void aPrefixInTheOtherByteOrderThanTheValuesIsWrittenInTheFramingsOrder() {
        BlockEncoder<Integer> enc = new BlockEncoder<>(Framing.uint32().withByteOrder(ByteOrder.LITTLE_ENDIAN),
                Codecs.QINT32);
        assertArrayEquals(hex("04000000 00000001"), enc.encode(1));
        BlockEncoder<Integer> enc16 = new BlockEncoder<>(Framing.uint16(), Codecs.QINT32,
                StreamOptions.DEFAULT.withByteOrder(ByteOrder.LITTLE_ENDIAN));
        assertArrayEquals(hex("0004 01000000"), enc16.encode(1));
        BlockDecoder<Integer> d = new BlockDecoder<>(Framing.uint16(), Codecs.QINT32,
                StreamOptions.DEFAULT.withByteOrder(ByteOrder.LITTLE_ENDIAN));
        d.feed(enc16.encode(1));
        assertEquals(1, ((Event.Value<Integer>) d.next()).value());
    }

    @Test
    void anOversizedBlockIsRejectedWithTheSizeAndTheLimit() {
        BlockEncoder<Fortune> enc = new BlockEncoder<>(Framing.TRIP_REPLY, Fortune.CODEC);
        String big = "x".repeat(0x7FFE);  // 4 + 2 * 0x7FFE = 65536 bytes > 65534
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> enc.encode(new Fortune(big)));
        assertTrue(e.getMessage().contains("65536") && e.getMessage().contains("65534"), e.getMessage());
        String fits = "x".repeat(0x7FFD);  // 65534 bytes: the largest a marker framing allows
        assertEquals(65536, enc.encode(new Fortune(fits)).length);
        // The same check with a quint32 prefix (its own path in BlockEncoder.write).
        BlockEncoder<Fortune> wide = new BlockEncoder<>(Framing.uint32().withMaxBlockSize(8), Fortune.CODEC);
        e = assertThrows(IllegalArgumentException.class, () -> wide.encode(new Fortune("abc")));
        assertTrue(e.getMessage().contains("10") && e.getMessage().contains("8"), e.getMessage());
        assertArrayEquals(hex("00000008 00000004 0061 0062"), wide.encode(new Fortune("ab")));
    }

    @Test
    void anEndMarkerWithoutMarkerFramingIsACallerError() {
        BlockEncoder<Fortune> enc = new BlockEncoder<>(Framing.FORTUNE, Fortune.CODEC);
        assertThrows(IllegalStateException.class, () -> enc.writeEndMarker(new QDataWriter()));
    }

    @Test
    void tripRepliesDecodeAcrossAnyFeedBoundary() {
        List<TripReply> trips = List.of(
                new TripReply(io.github.qdatastream.codec.QDate.of(2026, 1, 2),
                        io.github.qdatastream.codec.QTime.of(7, 15, 0, 0), 30, 0, "RE"));
        byte[] stream = new BlockEncoder<>(Framing.TRIP_REPLY, TripReply.CODEC).encodeStream(trips);
        BlockDecoder<TripReply> d = new BlockDecoder<>(Framing.TRIP_REPLY, TripReply.CODEC);
        for (int i = 0; i < stream.length - 2; i++) {
            d.feed(stream, i, 1);
            Event<TripReply> e = d.next();
            if (i < stream.length - 3) {
                assertInstanceOf(Event.NeedMoreData.class, e, "after byte " + i);
            } else {
                assertEquals(trips.get(0), ((Event.Value<TripReply>) e).value());
            }
        }
        d.feed(stream, stream.length - 2, 2);
        assertEquals(new Event.EndOfData<TripReply>(stream.length - 2, true), d.next());
    }
}
