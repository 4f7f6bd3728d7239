package io.github.qdatastream.netty;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.qdatastream.codec.Codecs;
import io.github.qdatastream.codec.CorruptDataException;
import io.github.qdatastream.codec.QDataStreamException;
import io.github.qdatastream.codec.QDate;
import io.github.qdatastream.codec.QTime;
import io.github.qdatastream.codec.SizeLimitExceededException;
import io.github.qdatastream.codec.StreamOptions;
import io.github.qdatastream.codec.TruncatedInputException;
import io.github.qdatastream.codec.frame.BlockEncoder;
import io.github.qdatastream.codec.frame.Framing;
import io.github.qdatastream.codec.protocol.Fortune;
import io.github.qdatastream.codec.protocol.TripReply;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.EncoderException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(NoLeaks.class)
class QDataStreamFrameDecoderTest {

    /** Records user events and exceptions that reach the end of the pipeline. */
    static final class Recorder extends ChannelInboundHandlerAdapter {
        final List<Object> events = new ArrayList<>();
        final List<Throwable> errors = new ArrayList<>();
        final List<Object> order = new ArrayList<>();

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            order.add(msg instanceof ByteBuf b ? "payload:" + b.readableBytes() : msg);
            ctx.fireChannelRead(msg);
        }

        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
            events.add(evt);
            order.add(evt);
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            errors.add(cause);
            order.add(cause);
        }
    }

    private static final List<TripReply> TRIPS = List.of(
            new TripReply(QDate.of(2026, 12, 24), QTime.of(8, 0, 0, 0), 154, 1, "InterCity"),
            new TripReply(QDate.of(2026, 12, 24), QTime.of(9, 30, 0, 0), 13, 0, "ICE"),
            new TripReply(QDate.of(2026, 12, 25), QTime.of(23, 59, 0, 0), 200, 2, "Nachtzug München"));

    private static byte[] tripStream() {
        return new BlockEncoder<>(Framing.TRIP_REPLY, TripReply.CODEC).encodeStream(TRIPS);
    }

    private static List<Object> drainInbound(EmbeddedChannel ch) {
        List<Object> out = new ArrayList<>();
        for (Object o = ch.readInbound(); o != null; o = ch.readInbound()) out.add(o);
        return out;
    }

    @Test
    void tripReplyStreamFedOneByteAtATimeGivesEveryTripThenTheEndEvent() {
        Recorder rec = new Recorder();
        EmbeddedChannel ch = new EmbeddedChannel(
                QDataStreamFrameDecoder.messages(Framing.TRIP_REPLY, TripReply.CODEC, StreamOptions.DEFAULT), rec);
        byte[] stream = tripStream();
        for (byte b : stream) {
            ch.writeInbound(Unpooled.wrappedBuffer(new byte[] {b}));
        }
        assertEquals(TRIPS, drainInbound(ch));
        assertEquals(List.of(QDataStreamEndOfData.INSTANCE), rec.events);
        assertEquals(List.of(TRIPS.get(0), TRIPS.get(1), TRIPS.get(2), QDataStreamEndOfData.INSTANCE), rec.order);
        assertTrue(rec.errors.isEmpty());
        assertTrue(ch.isOpen());
        ch.finish();
        assertTrue(rec.errors.isEmpty(), "closing after the end marker is clean");
    }

    @Test
    void aWholeReplyInOneReadGivesTheTripsThenTheEndEventInBothModes() {
        byte[] stream = tripStream();
        Recorder messages = new Recorder();
        EmbeddedChannel ch = new EmbeddedChannel(
                QDataStreamFrameDecoder.messages(Framing.TRIP_REPLY, TripReply.CODEC, StreamOptions.DEFAULT), messages);
        ch.writeInbound(Unpooled.wrappedBuffer(stream));
        assertEquals(List.of(TRIPS.get(0), TRIPS.get(1), TRIPS.get(2), QDataStreamEndOfData.INSTANCE), messages.order);
        drainInbound(ch);
        ch.finish();

        Recorder payloads = new Recorder();
        EmbeddedChannel raw = new EmbeddedChannel(QDataStreamFrameDecoder.payloads(Framing.TRIP_REPLY), payloads);
        raw.writeInbound(Unpooled.wrappedBuffer(stream));
        assertEquals(4, payloads.order.size());
        assertEquals(QDataStreamEndOfData.INSTANCE, payloads.order.get(3));
        for (Object o : drainInbound(raw)) ((ByteBuf) o).release();
        raw.finish();
    }

    @Test
    void anErrorAfterBlocksInTheSameReadComesAfterThem() {
        byte[] stream = tripStream();
        byte[] bad = java.util.Arrays.copyOf(stream, stream.length);
        bad[stream.length - 2] = 0x7F; // the end marker becomes a block size of 0x7FFF, over the limit of 100
        Recorder rec = new Recorder();
        EmbeddedChannel ch = new EmbeddedChannel(
                QDataStreamFrameDecoder.messages(Framing.TRIP_REPLY.withMaxBlockSize(100), TripReply.CODEC, StreamOptions.DEFAULT), rec);
        ch.writeInbound(Unpooled.wrappedBuffer(bad));
        assertEquals(4, rec.order.size(), () -> "order: " + rec.order);
        assertEquals(TRIPS, rec.order.subList(0, 3));
        assertInstanceOf(SizeLimitExceededException.class, rec.order.get(3));
        assertFalse(ch.isOpen());
        drainInbound(ch);
    }

    @Test
    void aBlockHoldingANullQStringIsDeliveredAsTheNullMarkerNotAsAFailure() {
        var codec = io.github.qdatastream.codec.Codecs.QSTRING;
        byte[] stream = new BlockEncoder<>(Framing.FORTUNE, codec).encodeStream(java.util.Arrays.asList("a", null, ""));
        Recorder rec = new Recorder();
        EmbeddedChannel ch = new EmbeddedChannel(QDataStreamFrameDecoder.messages(Framing.FORTUNE, codec, StreamOptions.DEFAULT), rec);
        for (byte b : stream) {
            ch.writeInbound(Unpooled.wrappedBuffer(new byte[] {b}));
        }
        assertEquals(List.of("a", QDataStreamNullValue.INSTANCE, ""), drainInbound(ch));
        assertTrue(rec.errors.isEmpty(), () -> "errors: " + rec.errors);
        assertTrue(ch.isOpen());
        ch.finish();
    }

    @Test
    void anUnframedNullQStringIsDeliveredAsTheNullMarkerNotAsAFailure() {
        var codec = io.github.qdatastream.codec.Codecs.QSTRING;
        io.github.qdatastream.codec.QDataWriter w = new io.github.qdatastream.codec.QDataWriter();
        w.writeString(null).writeString("Hi!");
        Recorder rec = new Recorder();
        EmbeddedChannel ch = new EmbeddedChannel(new QDataStreamTransactionDecoder<>(codec, StreamOptions.DEFAULT), rec);
        for (byte b : w.toByteArray()) {
            ch.writeInbound(Unpooled.wrappedBuffer(new byte[] {b}));
        }
        assertEquals(List.of(QDataStreamNullValue.INSTANCE, "Hi!"), drainInbound(ch));
        assertTrue(rec.errors.isEmpty(), () -> "errors: " + rec.errors);
        ch.finish();
        assertTrue(rec.errors.isEmpty(), "closing at a value boundary is clean");
    }

    @Test
    void manyBlocksInOneBufferAreAllDelivered() {
        BlockEncoder<Fortune> enc = new BlockEncoder<>(Framing.FORTUNE, Fortune.CODEC);
        List<Fortune> sent = new ArrayList<>();
        for (int i = 0; i < 500; i++) sent.add(new Fortune("fortune #" + i));
        EmbeddedChannel ch = new EmbeddedChannel(QDataStreamFrameDecoder.messages(Framing.FORTUNE, Fortune.CODEC, StreamOptions.DEFAULT));
        ch.writeInbound(Unpooled.wrappedBuffer(enc.encodeStream(sent)));
        assertEquals(sent, drainInbound(ch));
        assertFalse(ch.finish());
    }

    @Test
    void fragmentationNeverChangesTheBlocks() {
        qt().withExamples(200).forAll(lists().of(strings().allPossible().ofLengthBetween(0, 40)).ofSizeBetween(0, 20),
                        integers().between(1, 50), integers().between(0, 1000))
                .checkAssert((texts, maxChunk, seed) -> {
                    List<Fortune> sent = texts.stream().map(Fortune::new).toList();
                    byte[] stream = new BlockEncoder<>(Framing.FORTUNE, Fortune.CODEC).encodeStream(sent);
                    EmbeddedChannel ch = new EmbeddedChannel(QDataStreamFrameDecoder.messages(Framing.FORTUNE, Fortune.CODEC, StreamOptions.DEFAULT));
                    java.util.Random r = new java.util.Random(seed);
                    for (int off = 0; off < stream.length; ) {
                        int n = Math.min(stream.length - off, 1 + r.nextInt(maxChunk));
                        // Direct and heap buffers both reach the reassembler.
                        ByteBuf piece = (off & 1) == 0 ? Unpooled.copiedBuffer(stream, off, n)
                                : Unpooled.directBuffer(n).writeBytes(stream, off, n);
                        ch.writeInbound(piece);
                        off += n;
                    }
                    assertEquals(sent, drainInbound(ch));
                    ch.finishAndReleaseAll();
                });
    }

    @Test
    void payloadModeEmitsPayloadsWithoutThePrefix() {
        EmbeddedChannel ch = new EmbeddedChannel(QDataStreamFrameDecoder.payloads(Framing.TRIP_REPLY));
        ch.writeInbound(Unpooled.wrappedBuffer(new byte[] {0, 3, 1, 2, 3, 0, 1, 9, 0, 0, (byte) 0xFF, (byte) 0xFF}));
        List<Object> got = drainInbound(ch);
        assertEquals(3, got.size());
        assertArrayEquals(new byte[] {1, 2, 3}, bytes((ByteBuf) got.get(0)));
        assertArrayEquals(new byte[] {9}, bytes((ByteBuf) got.get(1)));
        assertArrayEquals(new byte[] {}, bytes((ByteBuf) got.get(2)));
    }

    @Test
    void payloadsAreSlicesOfTheReadNotCopiesForHeapAndDirectBuffers() {
        byte[] stream = {0, 3, 1, 2, 3, 0, 2, 4, 5};
        for (boolean direct : new boolean[] {false, true}) {
            ByteBuf read = direct ? Unpooled.directBuffer(stream.length).writeBytes(stream)
                    : Unpooled.wrappedBuffer(stream.clone());
            EmbeddedChannel ch = new EmbeddedChannel(QDataStreamFrameDecoder.payloads(Framing.FORTUNE));
            ch.writeInbound(read);
            ByteBuf first = ch.readInbound();
            ByteBuf second = ch.readInbound();
            // Writing into the read shows through the payloads: they share its memory.
            read.setByte(2, 0x77);
            read.setByte(7, 0x66);
            assertEquals(0x77, first.getByte(first.readerIndex()), "direct " + direct);
            assertEquals(0x66, second.getByte(second.readerIndex()), "direct " + direct);
            assertEquals(3, first.readableBytes());
            assertEquals(2, second.readableBytes());
            first.release();
            second.release();
            assertEquals(0, read.refCnt(), "the read is freed with its last payload");
            assertFalse(ch.finish());
        }
    }

    private static byte[] bytes(ByteBuf b) {
        byte[] a = new byte[b.readableBytes()];
        b.readBytes(a);
        b.release();
        return a;
    }

    @Test
    void oversizedBlockFiresSizeLimitExceededAndClosesBeforeBufferingTheBody() {
        Recorder rec = new Recorder();
        EmbeddedChannel ch = new EmbeddedChannel(QDataStreamFrameDecoder.payloads(Framing.FORTUNE.withMaxBlockSize(100)), rec);
        ch.writeInbound(Unpooled.wrappedBuffer(new byte[] {0, 2, 7, 7, 0x10, 0x00, 1, 2, 3}));
        assertArrayEquals(new byte[] {7, 7}, bytes(ch.readInbound()));
        assertNull(ch.readInbound());
        assertEquals(1, rec.errors.size());
        SizeLimitExceededException e = assertInstanceOf(SizeLimitExceededException.class, rec.errors.get(0));
        assertEquals(0x1000, e.value());
        assertEquals(100, e.limit());
        assertTrue(e.getMessage().contains("offset 4"), e.getMessage());
        assertFalse(ch.isOpen());
        // The bytes after the oversized header (1, 2, 3) were discarded, not decoded.
        assertFalse(ch.finish());
        assertEquals(1, rec.errors.size());
    }

    @Test
    void bytesAfterTheEndMarkerAreCorruptData() {
        Recorder rec = new Recorder();
        EmbeddedChannel ch = new EmbeddedChannel(QDataStreamFrameDecoder.payloads(Framing.TRIP_REPLY), rec);
        ch.writeInbound(Unpooled.wrappedBuffer(new byte[] {(byte) 0xFF, (byte) 0xFF, 0, 1}));
        assertEquals(List.of(QDataStreamEndOfData.INSTANCE), rec.events);
        assertEquals(1, rec.errors.size());
        assertInstanceOf(CorruptDataException.class, rec.errors.get(0));
        assertFalse(ch.isOpen());
    }

    @Test
    void aBlockTheCodecCannotReadIsCorruptData() {
        Recorder rec = new Recorder();
        EmbeddedChannel ch = new EmbeddedChannel(QDataStreamFrameDecoder.messages(Framing.FORTUNE, Fortune.CODEC, StreamOptions.DEFAULT), rec);
        // A 6-byte block whose QString claims 3 bytes: odd, so corrupt.
        ch.writeInbound(Unpooled.wrappedBuffer(new byte[] {0, 6, 0, 0, 0, 3, 0, 65}));
        assertNull(ch.readInbound());
        assertEquals(1, rec.errors.size());
        assertInstanceOf(QDataStreamException.class, rec.errors.get(0));
        assertFalse(ch.isOpen());
    }

    @Test
    void aBlockWithTrailingBytesIsCorruptData() {
        Recorder rec = new Recorder();
        EmbeddedChannel ch = new EmbeddedChannel(QDataStreamFrameDecoder.messages(Framing.FORTUNE, Codecs.QINT8, StreamOptions.DEFAULT), rec);
        ch.writeInbound(Unpooled.wrappedBuffer(new byte[] {0, 2, 1, 2}));
        CorruptDataException e = assertInstanceOf(CorruptDataException.class, rec.errors.get(0));
        assertTrue(e.getMessage().contains("trailing"), e.getMessage());
    }

    @Test
    void peerClosingInsideABlockIsATruncatedStream() {
        Recorder rec = new Recorder();
        EmbeddedChannel ch = new EmbeddedChannel(QDataStreamFrameDecoder.payloads(Framing.FORTUNE), rec);
        ch.writeInbound(Unpooled.wrappedBuffer(new byte[] {0, 10, 1, 2, 3}));
        ch.finish();
        assertEquals(1, rec.errors.size());
        TruncatedInputException e = assertInstanceOf(TruncatedInputException.class, rec.errors.get(0));
        assertEquals(7, e.missing());
    }

    @Test
    void peerClosingBeforeTheEndMarkerIsATruncatedStreamEvenAtABlockBoundary() {
        Recorder rec = new Recorder();
        EmbeddedChannel ch = new EmbeddedChannel(
                QDataStreamFrameDecoder.messages(Framing.TRIP_REPLY, TripReply.CODEC, StreamOptions.DEFAULT), rec);
        byte[] stream = tripStream();
        ch.writeInbound(Unpooled.wrappedBuffer(stream, 0, stream.length - 2));
        assertEquals(TRIPS, drainInbound(ch));
        ch.finish();
        assertTrue(rec.events.isEmpty());
        assertInstanceOf(TruncatedInputException.class, rec.errors.get(0));
    }

    @Test
    void theReplyCutAtEveryOffsetNeverLooksComplete() {
        byte[] stream = tripStream();
        for (int cut = 0; cut < stream.length; cut++) {
            Recorder rec = new Recorder();
            EmbeddedChannel ch = new EmbeddedChannel(
                    QDataStreamFrameDecoder.messages(Framing.TRIP_REPLY, TripReply.CODEC, StreamOptions.DEFAULT), rec);
            ch.writeInbound(Unpooled.wrappedBuffer(stream, 0, cut));
            List<Object> got = drainInbound(ch);
            ch.finish();
            assertTrue(rec.events.isEmpty(), "no end event when cut at " + cut);
            assertEquals(1, rec.errors.size(), "one error when cut at " + cut);
            assertInstanceOf(TruncatedInputException.class, rec.errors.get(0));
            assertEquals(TRIPS.subList(0, got.size()), got, "only whole, correct trips when cut at " + cut);
        }
    }

    @Test
    void encodersWriteWhatTheDecoderReads() {
        EmbeddedChannel out = new EmbeddedChannel(new QDataStreamEndMarkerEncoder(Framing.TRIP_REPLY),
                new QDataStreamBlockEncoder<>(TripReply.class, Framing.TRIP_REPLY, TripReply.CODEC, StreamOptions.DEFAULT));
        for (TripReply t : TRIPS) out.writeOutbound(t);
        out.writeOutbound(QDataStreamEndOfData.INSTANCE);
        ByteBuf all = Unpooled.buffer();
        for (ByteBuf b = out.readOutbound(); b != null; b = out.readOutbound()) {
            all.writeBytes(b);
            b.release();
        }
        assertArrayEquals(tripStream(), bytes(all));
    }

    @Test
    void theBlockEncoderRefusesAMessageOverTheLimit() {
        EmbeddedChannel out = new EmbeddedChannel(
                new QDataStreamBlockEncoder<>(Fortune.class, Framing.FORTUNE.withMaxBlockSize(10), Fortune.CODEC, StreamOptions.DEFAULT));
        EncoderException e = assertThrows(EncoderException.class, () -> out.writeOutbound(new Fortune("far too long for ten bytes")));
        assertInstanceOf(IllegalArgumentException.class, e.getCause());
        assertNull(out.readOutbound());
    }

    @Test
    void transactionDecoderReadsBareQStringsFedOneByteAtATime() {
        Recorder rec = new Recorder();
        EmbeddedChannel ch = new EmbeddedChannel(new QDataStreamTransactionDecoder<>(Fortune.CODEC, StreamOptions.DEFAULT), rec);
        byte[] one = Fortune.CODEC.encode(new Fortune("You might have mail."));
        byte[] two = Fortune.CODEC.encode(new Fortune("Hi!"));
        byte[] both = new byte[one.length + two.length];
        System.arraycopy(one, 0, both, 0, one.length);
        System.arraycopy(two, 0, both, one.length, two.length);
        for (byte b : both) ch.writeInbound(Unpooled.wrappedBuffer(new byte[] {b}));
        assertEquals(List.of(new Fortune("You might have mail."), new Fortune("Hi!")), drainInbound(ch));
        ch.finish();
        assertTrue(rec.errors.isEmpty());
    }

    @Test
    void transactionDecoderReportsAValueCutByTheClose() {
        Recorder rec = new Recorder();
        EmbeddedChannel ch = new EmbeddedChannel(new QDataStreamTransactionDecoder<>(Fortune.CODEC, StreamOptions.DEFAULT), rec);
        byte[] one = Fortune.CODEC.encode(new Fortune("You might have mail."));
        ch.writeInbound(Unpooled.wrappedBuffer(one, 0, one.length - 1));
        ch.finish();
        assertInstanceOf(TruncatedInputException.class, rec.errors.get(0));
    }

    @Test
    void transactionDecoderPassesOnTheValuesBeforeAnErrorInTheSameRead() {
        // Found by NettyTransactionDecoderFuzzTest: a value and then corrupt bytes in one read made
        // Netty refuse the decode call ("did not read anything but decoded a message").
        Recorder rec = new Recorder();
        EmbeddedChannel ch = new EmbeddedChannel(new QDataStreamTransactionDecoder<>(Fortune.CODEC, StreamOptions.DEFAULT), rec);
        byte[] one = Fortune.CODEC.encode(new Fortune("Hi!"));
        byte[] odd = {0, 0, 0, 3, 0, 0x61, 0};   // a QString byte count of 3: odd, so corrupt
        byte[] both = new byte[one.length + odd.length];
        System.arraycopy(one, 0, both, 0, one.length);
        System.arraycopy(odd, 0, both, one.length, odd.length);
        ch.writeInbound(Unpooled.wrappedBuffer(both));
        assertEquals(List.of(new Fortune("Hi!")), drainInbound(ch));
        assertEquals(1, rec.errors.size(), rec.errors.toString());
        assertInstanceOf(CorruptDataException.class, rec.errors.get(0));
        ch.finish();
    }
}
