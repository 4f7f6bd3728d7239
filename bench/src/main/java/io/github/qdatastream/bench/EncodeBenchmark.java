package io.github.qdatastream.bench;

import io.github.qdatastream.codec.QDataWriter;
import io.github.qdatastream.codec.StreamOptions;
import io.github.qdatastream.codec.frame.BlockEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

import java.util.concurrent.TimeUnit;

/**
 * Encoding a whole stream (every block with its size prefix, and the Trip end marker) into one
 * reused buffer: {@link BlockEncoder} into a {@link QDataWriter} against hand-written Netty
 * {@code ByteBuf} writes ({@link Protocol#nettyWrite}). One operation is one stream.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EncodeBenchmark {

    @Param({"TRIP", "FORTUNE"})
    public Protocol stream;

    @Param({"64"})
    public int sizeMiB;

    private Object[] values;
    private BlockEncoder<Object> encoder;
    private QDataWriter writer;
    private ByteBuf nettyOut;

    @Setup(Level.Trial)
    public void setUp() {
        int target = sizeMiB * Workloads.MIB;
        values = stream.values(target);
        encoder = stream.encoder();
        writer = new QDataWriter(StreamOptions.DEFAULT, target + (1 << 16));
        nettyOut = ByteBufAllocator.DEFAULT.heapBuffer(target + (1 << 16));
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        nettyOut.release();
    }

    @Benchmark
    public void qdatastream(Blackhole bh, Counters counters) {
        QDataWriter out = writer.reset();
        BlockEncoder<Object> enc = encoder;
        for (Object v : values) {
            enc.write(out, v);
        }
        if (enc.framing().endMarker()) {
            enc.writeEndMarker(out);
        }
        bh.consume(out.buffer());
        counters.blocks += values.length;
        counters.bytes += out.size();
    }

    @Benchmark
    public void netty(Blackhole bh, Counters counters) {
        ByteBuf out = nettyOut.clear();
        Protocol p = stream;
        for (Object v : values) {
            int at = out.writerIndex();
            out.writeShort(0);
            p.nettyWrite(out, v);
            out.setShort(at, out.writerIndex() - at - 2);
        }
        if (p.framing().endMarker()) {
            out.writeShort(0xFFFF);
        }
        bh.consume(out);
        counters.blocks += values.length;
        counters.bytes += out.readableBytes();
    }
}
