package io.github.qdatastream.bench;

import io.github.qdatastream.codec.frame.BlockReassembler;
import io.github.qdatastream.codec.frame.Framing;
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

import java.util.concurrent.TimeUnit;

/**
 * Is reassembly linear? Framing only, one byte at a time (the worst chunking), while the stream
 * grows (1, 4, 16 MiB of 37-byte blocks) and while blocks grow (37 B to 64 KiB in a 4 MiB
 * stream). Throughput (bytes/s) must stay flat: no rescanning, no quadratic compaction. The copy
 * loop is the reference on the same bytes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class LinearityBenchmark {

    /** {@code <stream size>/<block size incl. prefix>}. */
    @Param({"1MiB/37B", "4MiB/37B", "16MiB/37B", "4MiB/1KiB", "4MiB/16KiB", "4MiB/64KiB"})
    public String shape;

    private byte[] bytes;
    private final CopyLoop copyLoop = new CopyLoop();

    @Setup(Level.Trial)
    public void setUp() {
        String[] p = shape.split("/");
        int size = (int) parse(p[0]);
        int block = (int) Math.min(parse(p[1]), 0xFFFE + 2);
        bytes = Workloads.opaqueStream(size, block - 2).bytes();
    }

    static long parse(String s) {
        if (s.endsWith("MiB")) return Long.parseLong(s.substring(0, s.length() - 3)) << 20;
        if (s.endsWith("KiB")) return Long.parseLong(s.substring(0, s.length() - 3)) << 10;
        if (s.endsWith("B")) return Long.parseLong(s.substring(0, s.length() - 1));
        throw new IllegalArgumentException(s);
    }

    @Benchmark
    public void reassembler(Blackhole bh, Counters counters) {
        BlockReassembler r = new BlockReassembler(Framing.TRIP_REPLY);
        java.util.function.Consumer<io.github.qdatastream.codec.frame.Block> h = b -> bh.consume(b.offset());
        byte[] b = bytes;
        long n = 0;
        for (int off = 0; off < b.length; off++) {
            r.feed(b, off, 1);
            n += r.drain(h);
        }
        counters.blocks += n;
        counters.bytes += b.length;
    }

    @Benchmark
    public void copyLoop(Blackhole bh, Counters counters) {
        CopyLoop c = copyLoop;
        c.reset();
        byte[] b = bytes;
        long n = 0;
        for (int off = 0; off < b.length; off++) {
            n += c.feed(b, off, 1);
        }
        bh.consume(c.ended());
        counters.blocks += n;
        counters.bytes += b.length;
    }
}
