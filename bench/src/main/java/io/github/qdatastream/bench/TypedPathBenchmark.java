package io.github.qdatastream.bench;

import io.github.qdatastream.codec.QDataReader;
import io.github.qdatastream.codec.StreamOptions;
import io.github.qdatastream.codec.frame.Block;
import io.github.qdatastream.codec.frame.BlockDecoder;
import io.github.qdatastream.codec.frame.BlockReassembler;
import io.github.qdatastream.codec.frame.Framing;
import io.github.qdatastream.codec.protocol.TripReply;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
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
 * Issue 16's question: is the typed path the fast path? On the same Trip reply stream and the
 * same chunks, in one run:
 *
 * <ul>
 *   <li>{@code typed}: {@link BlockDecoder#drain} with {@link TripReply#CODEC} (what users are told to use);
 *   <li>{@code lowLevel}: {@link BlockReassembler#drain} and one reused {@link QDataReader} per
 *       stream, {@code TripReply.CODEC.read} on each block (the best lower-level loop the library allows);
 *   <li>{@code typedBefore}, {@code lowLevelBefore}: the same two loops on the code before the
 *       redesign ({@link io.github.qdatastream.bench.baseline}, a verbatim copy);
 * </ul>
 *
 * Encoding: {@link TypedEncodeBenchmark}. Run short:
 * {@code java -jar bench/target/benchmarks.jar 'TypedPath|TypedEncode' -f 1 -wi 3 -i 5 -w 1 -r 1}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TypedPathBenchmark {

    @Param({"WHOLE", "MTU_1460", "ONE_BYTE"})
    public Chunking chunking;

    /** Stream size; {@link Chunking#ONE_BYTE} uses at most a {@link Chunking#ONE_BYTE_PREFIX} prefix. */
    @Param({"64"})
    public int sizeMiB;

    private byte[] bytes;
    private int[] sizes;
    private Consumer<Object> sink;
    private Blackhole blackhole;

    @Setup(Level.Trial)
    public void setUp(Blackhole bh) {
        Workloads.Stream s = Protocol.TRIP.stream(chunking.streamBytes(sizeMiB * Workloads.MIB));
        bytes = s.bytes();
        sizes = chunking.sizes(bytes.length);
        blackhole = bh;
        sink = bh::consume;
    }

    @Benchmark
    public void typed(Counters counters) {
        BlockDecoder<TripReply> d = new BlockDecoder<>(Framing.TRIP_REPLY, TripReply.CODEC);
        Consumer<Object> out = sink;
        byte[] b = bytes;
        int off = 0;
        long n = 0;
        for (int len : sizes) {
            d.feed(b, off, len);
            off += len;
            n += d.drain(out);
        }
        counters.blocks += n;
        counters.bytes += b.length;
    }

    @Benchmark
    public void lowLevel(Counters counters) {
        BlockReassembler r = new BlockReassembler(Framing.TRIP_REPLY);
        QDataReader reader = new QDataReader(new byte[0], StreamOptions.DEFAULT);
        Blackhole bh = blackhole;
        Consumer<Block> h = blk -> bh.consume(TripReply.CODEC.read(
                reader.reset(blk.array(), blk.offset(), blk.length(), blk.streamOffset())));
        byte[] b = bytes;
        int off = 0;
        long n = 0;
        for (int len : sizes) {
            r.feed(b, off, len);
            off += len;
            n += r.drain(h);
        }
        counters.blocks += n;
        counters.bytes += b.length;
    }

    @Benchmark
    public void typedBefore(Counters counters) {
        io.github.qdatastream.bench.baseline.BlockDecoder<TripReply> d =
                new io.github.qdatastream.bench.baseline.BlockDecoder<>(Framing.TRIP_REPLY, TripReply.CODEC);
        Consumer<Object> out = sink;
        byte[] b = bytes;
        int off = 0;
        long n = 0;
        for (int len : sizes) {
            d.feed(b, off, len);
            off += len;
            n += d.drain(out);
        }
        counters.blocks += n;
        counters.bytes += b.length;
    }

    @Benchmark
    public void lowLevelBefore(Counters counters) {
        io.github.qdatastream.bench.baseline.BlockReassembler r =
                new io.github.qdatastream.bench.baseline.BlockReassembler(Framing.TRIP_REPLY);
        QDataReader reader = new QDataReader(new byte[0], StreamOptions.DEFAULT);
        Blackhole bh = blackhole;
        io.github.qdatastream.bench.baseline.BlockReassembler.BlockHandler h = (a, o, l, at) ->
                bh.consume(TripReply.CODEC.read(reader.reset(a, o, l, at)));
        byte[] b = bytes;
        int off = 0;
        long n = 0;
        for (int len : sizes) {
            r.feed(b, off, len);
            off += len;
            n += r.drain(h);
        }
        counters.blocks += n;
        counters.bytes += b.length;
    }
}
