package io.github.qdatastream.bench;

import io.github.qdatastream.codec.frame.BlockDecoder;
import io.github.qdatastream.codec.frame.BlockReassembler;
import io.github.qdatastream.codec.frame.Block;
import io.github.qdatastream.codec.frame.Event;
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
import java.util.function.Consumer;

/**
 * Reassembly plus full field decode of a whole stream, fed in chunks, against the baselines on the
 * same bytes and the same chunk sizes. One operation is one pass over the stream; the
 * {@link Counters} give blocks/s and bytes/s.
 *
 * <ul>
 *   <li>{@code qdatastream}: {@link BlockDecoder#drain} with the protocol's codec (the product's
 *       hot-loop path); {@code qdatastreamNext}: the same through {@link BlockDecoder#next()} events;
 *   <li>{@code framingOnly}: {@link BlockReassembler#drain} alone, blocks not decoded (the
 *       framing's share); {@code framingOnlyNext}: through {@link BlockReassembler#next()} events;
 *   <li>{@code netty}: Netty 4.2 {@code LengthFieldBasedFrameDecoder} and hand-written
 *       {@code ByteBuf} field reads into the same value classes ({@link NettyFraming}, {@link Protocol});
 *   <li>{@code copyLoop}: copy each chunk and walk the size fields ({@link CopyLoop}), the physical limit.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ReassemblyBenchmark {

    @Param({"TRIP", "FORTUNE"})
    public Protocol stream;

    @Param({"WHOLE", "MTU_1460", "RANDOM_1_64", "ONE_BYTE"})
    public Chunking chunking;

    /** Stream size; {@link Chunking#ONE_BYTE} uses at most a {@link Chunking#ONE_BYTE_PREFIX} prefix. */
    @Param({"64"})
    public int sizeMiB;

    private byte[] bytes;
    private int[] sizes;
    private final CopyLoop copyLoop = new CopyLoop();
    private NettyFraming nettyFraming;
    private NettyFraming.FrameHandler nettyHandler;
    private Blackhole blackhole;
    private Consumer<Object> valueSink;
    private Consumer<Block> blockSink;

    @Setup(Level.Trial)
    public void setUp(Blackhole bh) {
        Workloads.Stream s = stream.stream(chunking.streamBytes(sizeMiB * Workloads.MIB));
        bytes = s.bytes();
        sizes = chunking.sizes(bytes.length);
        nettyFraming = new NettyFraming(stream.framing().endMarker());
        blackhole = bh;
        nettyHandler = stream.nettyHandler(bh);
        valueSink = bh::consume;
        blockSink = b -> bh.consume(b.offset());
    }

    @Benchmark
    public void qdatastream(Counters counters) {
        BlockDecoder<Object> d = stream.decoder();
        Consumer<Object> sink = valueSink;
        byte[] b = bytes;
        int off = 0;
        long n = 0;
        for (int len : sizes) {
            d.feed(b, off, len);
            off += len;
            n += d.drain(sink);
        }
        counters.blocks += n;
        counters.bytes += b.length;
    }

    @Benchmark
    public void qdatastreamNext(Blackhole bh, Counters counters) {
        BlockDecoder<Object> d = stream.decoder();
        byte[] b = bytes;
        int off = 0;
        long n = 0;
        for (int len : sizes) {
            d.feed(b, off, len);
            off += len;
            for (Event<Object> e = d.next(); e instanceof Event.Value; e = d.next()) {
                bh.consume(((Event.Value<Object>) e).value());
                n++;
            }
        }
        counters.blocks += n;
        counters.bytes += b.length;
    }

    @Benchmark
    public void framingOnly(Counters counters) {
        BlockReassembler r = new BlockReassembler(stream.framing());
        Consumer<Block> h = blockSink;
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
    public void framingOnlyNext(Blackhole bh, Counters counters) {
        BlockReassembler r = new BlockReassembler(stream.framing());
        byte[] b = bytes;
        int off = 0;
        long n = 0;
        for (int len : sizes) {
            r.feed(b, off, len);
            off += len;
            for (Event<Block> e = r.next(); e instanceof Event.Value; e = r.next()) {
                bh.consume(((Event.Value<Block>) e).value().offset());
                n++;
            }
        }
        counters.blocks += n;
        counters.bytes += b.length;
    }

    @Benchmark
    public void netty(Counters counters) {
        NettyFraming f = nettyFraming;
        NettyFraming.FrameHandler h = nettyHandler;
        f.reset();
        byte[] b = bytes;
        int off = 0;
        long n = 0;
        for (int len : sizes) {
            n += f.feed(b, off, len, h);
            off += len;
        }
        counters.blocks += n;
        counters.bytes += b.length;
    }

    @Benchmark
    public void copyLoop(Blackhole bh, Counters counters) {
        CopyLoop c = copyLoop;
        c.reset();
        byte[] b = bytes;
        int off = 0;
        long n = 0;
        for (int len : sizes) {
            n += c.feed(b, off, len);
            off += len;
        }
        bh.consume(c.ended());
        counters.blocks += n;
        counters.bytes += b.length;
    }
}
