package io.github.qdatastream.bench;

import io.github.qdatastream.codec.frame.BlockDecoder;
import io.github.qdatastream.codec.frame.Event;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/**
 * The code under test and the Netty baseline decode the same values from the same bytes at every
 * chunking, and both equal the values the workload was generated from: the comparison is fair.
 */
class BaselinesAgreeTest {

    private static final int SIZE = 192 * 1024;

    static Stream<Arguments> cases() {
        return Arrays.stream(Protocol.values())
                .flatMap(p -> Arrays.stream(Chunking.values()).map(c -> Arguments.of(p, c)));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void qdatastreamAndNettyDecodeTheGeneratedValues(Protocol protocol, Chunking chunking) {
        Workloads.Stream s = protocol.stream(SIZE);
        List<Object> expected = Arrays.asList(protocol.values(SIZE));
        int[] sizes = chunking.sizes(s.length());

        List<Object> ours = new ArrayList<>();
        BlockDecoder<Object> d = protocol.decoder();
        int off = 0;
        Event<Object> last = null;
        for (int len : sizes) {
            d.feed(s.bytes(), off, len);
            off += len;
            for (last = d.next(); last instanceof Event.Value; last = d.next()) {
                ours.add(((Event.Value<Object>) last).value());
            }
        }
        if (protocol.framing().endMarker()) {
            assertInstanceOf(Event.EndOfData.class, last);
        }

        List<Object> drained = new ArrayList<>();
        BlockDecoder<Object> d2 = protocol.decoder();
        off = 0;
        for (int len : sizes) {
            d2.feed(s.bytes(), off, len);
            off += len;
            d2.drain(drained::add);
        }
        assertEquals(protocol.framing().endMarker(), d2.isEnded());

        List<Object> netty = new ArrayList<>();
        NettyFraming f = new NettyFraming(protocol.framing().endMarker());
        NettyFraming.FrameHandler h = protocol.nettyHandler(netty::add);
        off = 0;
        for (int len : sizes) {
            f.feed(s.bytes(), off, len, h);
            off += len;
        }

        assertEquals(s.blocks(), expected.size());
        assertEquals(expected, ours);
        assertEquals(expected, drained);
        assertEquals(expected, netty);
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void qdatastreamAndNettyEncodeTheSameBytesAsTheWorkload(Protocol protocol) {
        Workloads.Stream s = protocol.stream(SIZE);
        Object[] values = protocol.values(SIZE);
        var enc = protocol.encoder();
        var w = new io.github.qdatastream.codec.QDataWriter();
        for (Object v : values) {
            enc.write(w, v);
        }
        if (protocol.framing().endMarker()) {
            enc.writeEndMarker(w);
        }
        assertEquals(Arrays.toString(s.bytes()), Arrays.toString(w.toByteArray()));
        var out = io.netty.buffer.Unpooled.buffer();
        for (Object v : values) {
            int at = out.writerIndex();
            out.writeShort(0);
            protocol.nettyWrite(out, v);
            out.setShort(at, out.writerIndex() - at - 2);
        }
        if (protocol.framing().endMarker()) {
            out.writeShort(0xFFFF);
        }
        byte[] nettyBytes = new byte[out.readableBytes()];
        out.readBytes(nettyBytes);
        assertEquals(Arrays.toString(s.bytes()), Arrays.toString(nettyBytes));
    }

    /** Issue 16's pairs measure the same work: the code before the redesign decodes and encodes the same. */
    @ParameterizedTest
    @EnumSource(Chunking.class)
    void theTypedPathTheLowLevelLoopAndThePreviousCodeAgree(Chunking chunking) {
        Workloads.Stream s = Protocol.TRIP.stream(SIZE);
        List<Object> expected = Arrays.asList(Protocol.TRIP.values(SIZE));
        int[] sizes = chunking.sizes(s.length());
        var framing = io.github.qdatastream.codec.frame.Framing.TRIP_REPLY;
        var codec = io.github.qdatastream.codec.protocol.TripReply.CODEC;
        List<Object> typed = new ArrayList<>();
        List<Object> lowLevel = new ArrayList<>();
        List<Object> before = new ArrayList<>();
        var d = new BlockDecoder<>(framing, codec);
        var r = new io.github.qdatastream.codec.frame.BlockReassembler(framing);
        var reader = new io.github.qdatastream.codec.QDataReader(new byte[0]);
        var old = new io.github.qdatastream.bench.baseline.BlockDecoder<>(framing, codec);
        int off = 0;
        for (int len : sizes) {
            d.feed(s.bytes(), off, len);
            d.drain(typed::add);
            r.feed(s.bytes(), off, len);
            r.drain(b -> lowLevel.add(codec.read(reader.reset(b.array(), b.offset(), b.length(), b.streamOffset()))));
            old.feed(s.bytes(), off, len);
            old.drain(before::add);
            off += len;
        }
        assertEquals(expected, typed);
        assertEquals(expected, lowLevel);
        assertEquals(expected, before);

        var w = new io.github.qdatastream.codec.QDataWriter();
        var oldW = new io.github.qdatastream.codec.QDataWriter();
        var oldEnc = new io.github.qdatastream.bench.baseline.BlockEncoder<>(framing, codec);
        for (Object v : expected) {
            TypedEncodeBenchmark.writePrimitives(w, (io.github.qdatastream.codec.protocol.TripReply) v);
            oldEnc.write(oldW, (io.github.qdatastream.codec.protocol.TripReply) v);
        }
        w.writeUInt16(0xFFFF);
        oldEnc.writeEndMarker(oldW);
        assertEquals(Arrays.toString(s.bytes()), Arrays.toString(w.toByteArray()));
        assertEquals(Arrays.toString(s.bytes()), Arrays.toString(oldW.toByteArray()));
    }
}
