package io.github.qdatastream.bench;

import io.github.qdatastream.codec.QDataWriter;
import io.github.qdatastream.codec.StreamOptions;
import io.github.qdatastream.codec.frame.BlockEncoder;
import io.github.qdatastream.codec.frame.Framing;
import io.github.qdatastream.codec.protocol.TripReply;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The encoding half of {@link TypedPathBenchmark}: the Trip replies of the 64 MiB stream written
 * into one reused writer, with the end marker. {@code encodeTyped}: {@link BlockEncoder#write} with
 * {@link TripReply#CODEC}; {@code encodePrimitives}: the same fields with {@link QDataWriter}
 * primitives and {@link QDataWriter#setUInt16At} (the best lower-level loop); {@code encodeTypedBefore}:
 * the {@code BlockEncoder} before the redesign ({@link io.github.qdatastream.bench.baseline}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TypedEncodeBenchmark {

    @Param({"64"})
    public int sizeMiB;

    private TripReply[] values;
    private QDataWriter writer;
    private Blackhole blackhole;

    @Setup(Level.Trial)
    public void setUp(Blackhole bh) {
        Object[] v = Protocol.TRIP.values(sizeMiB * Workloads.MIB);
        values = new TripReply[v.length];
        for (int i = 0; i < v.length; i++) {
            values[i] = (TripReply) v[i];
        }
        writer = new QDataWriter(StreamOptions.DEFAULT, sizeMiB * Workloads.MIB + (1 << 16));
        blackhole = bh;
    }

        @Benchmark
    public void encodeTyped(Counters counters) {
        QDataWriter out = writer.reset();
        BlockEncoder<TripReply> enc = new BlockEncoder<>(Framing.TRIP_REPLY, TripReply.CODEC);
        for (TripReply v : values) {
            enc.write(out, v);
        }
        enc.writeEndMarker(out);
        blackhole.consume(out.buffer());
        counters.blocks += values.length;
        counters.bytes += out.size();
    }

    @Benchmark
    public void encodePrimitives(Counters counters) {
        QDataWriter out = writer.reset();
        for (TripReply v : values) {
            writePrimitives(out, v);
        }
        out.writeUInt16(0xFFFF);
        blackhole.consume(out.buffer());
        counters.blocks += values.length;
        counters.bytes += out.size();
    }

    @Benchmark
    public void encodeTypedBefore(Counters counters) {
        QDataWriter out = writer.reset();
        io.github.qdatastream.bench.baseline.BlockEncoder<TripReply> enc =
                new io.github.qdatastream.bench.baseline.BlockEncoder<>(Framing.TRIP_REPLY, TripReply.CODEC);
        for (TripReply v : values) {
            enc.write(out, v);
        }
        enc.writeEndMarker(out);
        blackhole.consume(out.buffer());
        counters.blocks += values.length;
        counters.bytes += out.size();
    }

    /** One Trip reply block written with primitives: what {@code TripReply.CODEC} in a {@code BlockEncoder} writes. */
    static void writePrimitives(QDataWriter out, TripReply v) {
        int at = out.size();
        out.writeUInt16(0);
        out.writeInt32((int) v.date().julianDay()).writeInt32(v.departureTime().msecs())
                .writeUInt16(v.duration()).writeUInt8(v.changes()).writeString(v.trainType());
        out.setUInt16At(at, out.size() - at - 2);
    }
}
