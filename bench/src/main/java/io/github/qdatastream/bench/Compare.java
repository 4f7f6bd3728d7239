package io.github.qdatastream.bench;

import io.github.qdatastream.codec.frame.Block;
import io.github.qdatastream.codec.frame.BlockDecoder;
import io.github.qdatastream.codec.frame.BlockReassembler;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Paired comparison for a shared, loaded machine: the implementations of one (protocol,
 * chunking) cell run in turns (A B C D A B C D ...) in one JVM and each pass is timed in the
 * thread's CPU time, so a neighbour's build that steals the CPU slows no implementation more than
 * another; the median pass of each is reported. This complements the JMH run (wall clock, one
 * fork per benchmark), whose absolute numbers swing with the machine's load.
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.github.qdatastream.bench.Compare <TRIP|FORTUNE>
 * <chunking> [sizeMiB] [measuredRounds]}. Prints one line of key=value pairs per implementation.
 * {@code bench/compare.sh} runs every cell in a fresh JVM and tabulates.
 */
public final class Compare {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /**
     * What happens to each decoded value: {@code blackhole} (default) hands it to {@link #consume},
     * which {@code bench/compare.sh} makes a compiler blackhole as JMH does
     * ({@code -XX:CompileCommand=blackhole}): the value counts as used and escaping, at no cost.
     * {@code hash} ({@code -Dsink=hash}) adds {@code System.identityHashCode} of it, the sink of
     * the first paired runs: a call into the VM of about 17 ns a value on this machine, the same
     * for every implementation, which hides part of the difference between them.
     */
    private static final String SINK = System.getProperty("sink", "blackhole");

    private long sink;

    private Compare() {
    }

    /** A compiler blackhole under {@code -XX:CompileCommand=blackhole,...Compare::consume} (checked in main). */
    static void consume(Object value) {
    }

    public static void main(String[] args) {
        if (SINK.equals("blackhole") && ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .noneMatch(a -> a.contains("blackhole,io.github.qdatastream.bench.Compare::consume"))) {
            // Without it, consume is an empty method and the JIT may drop the values it is given.
            throw new IllegalStateException("run with -XX:+UnlockExperimentalVMOptions "
                    + "-XX:CompileCommand=blackhole,io.github.qdatastream.bench.Compare::consume, or -Dsink=hash");
        }
        if (args[0].equals("QSTRING")) {
            new Compare().strings(args[1], args.length > 2 ? Integer.parseInt(args[2]) : 15);
            return;
        }
        if (args[0].equals("LINEAR")) {
            new Compare().linear(args[1], args.length > 2 ? Integer.parseInt(args[2]) : 7);
            return;
        }
        if (args[0].equals("TYPED")) {
            new Compare().typed(Chunking.valueOf(args[1]), args.length > 2 ? Integer.parseInt(args[2]) : 64,
                    args.length > 3 ? Integer.parseInt(args[3]) : 9);
            return;
        }
        if (args[0].equals("ENCODE_TYPED")) {
            new Compare().encodeTyped(args.length > 1 ? Integer.parseInt(args[1]) : 64,
                    args.length > 2 ? Integer.parseInt(args[2]) : 9);
            return;
        }
        if (args[0].equals("RECORD")) {
            new Compare().records(args.length > 1 ? Integer.parseInt(args[1]) : 9);
            return;
        }
        if (args[0].equals("ENCODE")) {
            new Compare().encode(Protocol.valueOf(args[1]), args.length > 2 ? Integer.parseInt(args[2]) : 16,
                    args.length > 3 ? Integer.parseInt(args[3]) : 9);
            return;
        }
        Protocol protocol = Protocol.valueOf(args[0]);
        Chunking chunking = Chunking.valueOf(args[1]);
        int sizeMiB = args.length > 2 ? Integer.parseInt(args[2]) : 16;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 9;
        new Compare().run(protocol, chunking, sizeMiB, rounds);
    }

    /** QString decoding: readString against new String(.., UTF_16BE), 1024 strings of 100 chars a pass. */
    private void strings(String text, int rounds) {
        byte[] bytes = StringDecodeBenchmark.encode(StringDecodeBenchmark.strings(text, 100));
        Map<String, Runnable> impls = new LinkedHashMap<>();
        impls.put("qdataReader", () -> {
            for (int k = 0; k < 200; k++) {
                io.github.qdatastream.codec.QDataReader in = new io.github.qdatastream.codec.QDataReader(bytes);
                for (int i = 0; i < StringDecodeBenchmark.STRINGS; i++) {
                    sink += in.readString().length();
                }
            }
        });
        impls.put("jdkUtf16be", () -> {
            for (int k = 0; k < 200; k++) {
                int p = 0;
                for (int i = 0; i < StringDecodeBenchmark.STRINGS; i++) {
                    int n = ((bytes[p] & 0xFF) << 24) | ((bytes[p + 1] & 0xFF) << 16) | ((bytes[p + 2] & 0xFF) << 8)
                            | (bytes[p + 3] & 0xFF);
                    sink += new String(bytes, p + 4, n, java.nio.charset.StandardCharsets.UTF_16BE).length();
                    p += 4 + n;
                }
            }
        });
        report("QSTRING", text, impls, rounds, 200L * StringDecodeBenchmark.STRINGS, bytes.length * 200L);
    }

    /** A derived record codec against the hand-written TripReply.CODEC: see {@link RecordCodecBenchmark}. */
    private void records(int rounds) {
        RecordCodecBenchmark b = new RecordCodecBenchmark();
        b.setUp();
        Map<String, Runnable> impls = new LinkedHashMap<>();
        for (int k = 0; k < 2; k++) {
            boolean derived = k == 1;
            io.github.qdatastream.codec.Codec<io.github.qdatastream.codec.protocol.TripReply> codec =
                    derived ? RecordCodecBenchmark.DERIVED : RecordCodecBenchmark.HAND_WRITTEN;
            String name = derived ? "Derived" : "HandWritten";
            Runnable read = derived ? () -> b.readDerived(this::consumeValue) : () -> b.readHandWritten(this::consumeValue);
            Runnable write = derived ? () -> sink += b.writeDerived() : () -> sink += b.writeHandWritten();
            impls.put("read" + name, () -> repeat(read));
            impls.put("drain" + name, () -> repeat(() -> sink += b.drain(codec, this::consumeValue)));
            impls.put("write" + name, () -> repeat(write));
        }
        report("RECORD", "TRIP_1MiB_x" + RECORD_REPEATS, impls, rounds, (long) b.blocks() * RECORD_REPEATS,
                (long) b.bytes() * RECORD_REPEATS);
    }

    /** Passes of the 1 MiB record stream per timed pass: long enough (tens of ms) for the CPU-time clock. */
    private static final int RECORD_REPEATS = 40;

    private static void repeat(Runnable r) {
        for (int i = 0; i < RECORD_REPEATS; i++) r.run();
    }

    private void consumeValue(Object v) {
        consume(v);
        sink++;
    }

    /** Linearity: framing only, one byte at a time, on a {@link LinearityBenchmark} shape. */
    private void linear(String shape, int rounds) {
        String[] p = shape.split("/");
        int size = (int) LinearityBenchmark.parse(p[0]);
        int block = (int) Math.min(LinearityBenchmark.parse(p[1]), 0xFFFE + 2);
        Workloads.Stream s = Workloads.opaqueStream(size, block - 2);
        byte[] b = s.bytes();
        Consumer<Block> h = blk -> sink += blk.offset();
        CopyLoop copy = new CopyLoop();
        Map<String, Runnable> impls = new LinkedHashMap<>();
        impls.put("framingOnly", () -> {
            BlockReassembler r = new BlockReassembler(io.github.qdatastream.codec.frame.Framing.TRIP_REPLY);
            long n = 0;
            for (int off = 0; off < b.length; off++) {
                r.feed(b, off, 1);
                n += r.drain(h);
            }
            check(n, s.blocks());
        });
        impls.put("copyLoop", () -> {
            copy.reset();
            long n = 0;
            for (int off = 0; off < b.length; off++) {
                n += copy.feed(b, off, 1);
            }
            check(n, s.blocks());
        });
        report("LINEAR", shape, impls, rounds, s.blocks(), b.length);
    }

    /** Encoding a whole stream: BlockEncoder into a QDataWriter against Netty ByteBuf writes. */
    private void encode(Protocol protocol, int sizeMiB, int rounds) {
        Object[] values = protocol.values(sizeMiB * Workloads.MIB);
        var enc = protocol.encoder();
        var w = new io.github.qdatastream.codec.QDataWriter(io.github.qdatastream.codec.StreamOptions.DEFAULT,
                sizeMiB * Workloads.MIB + (1 << 16));
        var nb = io.netty.buffer.ByteBufAllocator.DEFAULT.heapBuffer(sizeMiB * Workloads.MIB + (1 << 16));
        long[] size = new long[1];
        Map<String, Runnable> impls = new LinkedHashMap<>();
        impls.put("qdatastream", () -> {
            w.reset();
            for (Object v : values) {
                enc.write(w, v);
            }
            if (enc.framing().endMarker()) {
                enc.writeEndMarker(w);
            }
            size[0] = w.size();
        });
        impls.put("netty", () -> {
            nb.clear();
            for (Object v : values) {
                int at = nb.writerIndex();
                nb.writeShort(0);
                protocol.nettyWrite(nb, v);
                nb.setShort(at, nb.writerIndex() - at - 2);
            }
            if (protocol.framing().endMarker()) {
                nb.writeShort(0xFFFF);
            }
        });
        impls.values().forEach(Runnable::run);
        report("ENCODE", protocol.name(), impls, rounds, values.length, size[0]);
    }

    /**
     * Issue 16's paired run (the loops of {@link TypedPathBenchmark}): the typed path,
     * {@code BlockDecoder.drain} with {@code TripReply.CODEC}, against {@code BlockReassembler.drain}
     * plus one reused {@code QDataReader}, each on the current code and on the code before the
     * redesign ({@link io.github.qdatastream.bench.baseline}), on the same Trip stream and chunks.
     */
    private void typed(Chunking chunking, int sizeMiB, int rounds) {
        Workloads.Stream s = Protocol.TRIP.stream(chunking.streamBytes(sizeMiB * Workloads.MIB));
        byte[] bytes = s.bytes();
        int[] sizes = chunking.sizes(bytes.length);
        Consumer<Object> valueSink = v -> {
            consume(v);
            sink++;
        };
        var framing = io.github.qdatastream.codec.frame.Framing.TRIP_REPLY;
        var codec = io.github.qdatastream.codec.protocol.TripReply.CODEC;
        var options = io.github.qdatastream.codec.StreamOptions.DEFAULT;
        Map<String, Runnable> impls = new LinkedHashMap<>();
        impls.put("typed", () -> {
            BlockDecoder<io.github.qdatastream.codec.protocol.TripReply> d = new BlockDecoder<>(framing, codec);
            int off = 0;
            long n = 0;
            for (int len : sizes) {
                d.feed(bytes, off, len);
                off += len;
                n += d.drain(valueSink);
            }
            check(n, s.blocks());
        });
        impls.put("lowLevel", () -> {
            BlockReassembler r = new BlockReassembler(framing);
            var reader = new io.github.qdatastream.codec.QDataReader(new byte[0], options);
            Consumer<Block> h = blk -> valueSink.accept(codec.read(
                    reader.reset(blk.array(), blk.offset(), blk.length(), blk.streamOffset())));
            int off = 0;
            long n = 0;
            for (int len : sizes) {
                r.feed(bytes, off, len);
                off += len;
                n += r.drain(h);
            }
            check(n, s.blocks());
        });
        impls.put("typedBefore", () -> {
            var d = new io.github.qdatastream.bench.baseline.BlockDecoder<>(framing, codec);
            int off = 0;
            long n = 0;
            for (int len : sizes) {
                d.feed(bytes, off, len);
                off += len;
                n += d.drain(valueSink);
            }
            check(n, s.blocks());
        });
        impls.put("lowLevelBefore", () -> {
            var r = new io.github.qdatastream.bench.baseline.BlockReassembler(framing);
            var reader = new io.github.qdatastream.codec.QDataReader(new byte[0], options);
            io.github.qdatastream.bench.baseline.BlockReassembler.BlockHandler h = (a, o, l, at) ->
                    valueSink.accept(codec.read(reader.reset(a, o, l, at)));
            int off = 0;
            long n = 0;
            for (int len : sizes) {
                r.feed(bytes, off, len);
                off += len;
                n += r.drain(h);
            }
            check(n, s.blocks());
        });
        report("TYPED", chunking.name(), impls, rounds, s.blocks(), bytes.length);
    }

    /** Issue 16's encoding pair: BlockEncoder.write with TripReply.CODEC, QDataWriter primitives, the encoder before. */
    private void encodeTyped(int sizeMiB, int rounds) {
        Object[] values = Protocol.TRIP.values(sizeMiB * Workloads.MIB);
        var framing = io.github.qdatastream.codec.frame.Framing.TRIP_REPLY;
        var codec = io.github.qdatastream.codec.protocol.TripReply.CODEC;
        var w = new io.github.qdatastream.codec.QDataWriter(io.github.qdatastream.codec.StreamOptions.DEFAULT,
                sizeMiB * Workloads.MIB + (1 << 16));
        var enc = new io.github.qdatastream.codec.frame.BlockEncoder<>(framing, codec);
        var before = new io.github.qdatastream.bench.baseline.BlockEncoder<>(framing, codec);
        long[] size = new long[1];
        Map<String, Runnable> impls = new LinkedHashMap<>();
        impls.put("encodeTyped", () -> {
            w.reset();
            for (Object v : values) {
                enc.write(w, (io.github.qdatastream.codec.protocol.TripReply) v);
            }
            enc.writeEndMarker(w);
            size[0] = w.size();
        });
        impls.put("encodePrimitives", () -> {
            w.reset();
            for (Object o : values) {
                TypedEncodeBenchmark.writePrimitives(w, (io.github.qdatastream.codec.protocol.TripReply) o);
            }
            w.writeUInt16(0xFFFF);
            size[0] = w.size();
        });
        impls.put("encodeTypedBefore", () -> {
            w.reset();
            for (Object v : values) {
                before.write(w, (io.github.qdatastream.codec.protocol.TripReply) v);
            }
            before.writeEndMarker(w);
            size[0] = w.size();
        });
        // One pass of whichever runs first (the byte count for the report), so that the rotation
        // decides which implementation the JIT sees first.
        rotated(impls, Integer.getInteger("compare.rotate", 0)).values().iterator().next().run();
        report("ENCODE_TYPED", "TRIP", impls, rounds, values.length, size[0]);
    }

    /**
     * {@code impls} starting at its {@code by}-th entry ({@code -Dcompare.rotate=N}). The order
     * matters: in one JVM the implementation that runs first is compiled while the JIT's queue is
     * empty, and in the one-byte cells that decides whether C2 compiles its small {@code drain} on
     * its own, with the whole block loop inlined into it, before the caller's loop (then too big to
     * inline: a call per byte) or after it. Rotating the start across JVMs gives every
     * implementation the first place equally often ({@code bench/compare.sh typed}).
     */
    static Map<String, Runnable> rotated(Map<String, Runnable> impls, int by) {
        List<String> keys = new ArrayList<>(impls.keySet());
        Collections.rotate(keys, -Math.floorMod(by, keys.size()));
        Map<String, Runnable> r = new LinkedHashMap<>();
        keys.forEach(k -> r.put(k, impls.get(k)));
        return r;
    }

    /**
     * The paired measurement every cell uses: 4 warm-up rounds, then {@code rounds} rounds, each
     * running every implementation once in turn in thread CPU time; prints one line per
     * implementation with its median pass (also used by {@link NettyPayloadsLoad}).
     */
    static void report(String what, String variant, Map<String, Runnable> impls, int rounds, long items, long bytes) {
        int warmup = 4;
        impls = rotated(impls, Integer.getInteger("compare.rotate", 0));
        Map<String, long[]> times = new LinkedHashMap<>();
        impls.keySet().forEach(k -> times.put(k, new long[rounds]));
        for (int round = 0; round < warmup + rounds; round++) {
            for (Map.Entry<String, Runnable> e : impls.entrySet()) {
                long t0 = THREADS.getCurrentThreadCpuTime();
                e.getValue().run();
                long t = THREADS.getCurrentThreadCpuTime() - t0;
                if (round >= warmup) {
                    times.get(e.getKey())[round - warmup] = t;
                }
            }
        }
        for (Map.Entry<String, long[]> e : times.entrySet()) {
            long[] t = e.getValue().clone();
            Arrays.sort(t);
            double median = t[t.length / 2] / 1e9;
            System.out.printf(Locale.ROOT, "stream=%s chunking=%s impl=%s bytes=%d blocks=%d cpuSeconds=%.6f MiBps=%.1f blocksPerSec=%.0f min=%.6f max=%.6f%n",
                    what, variant, e.getKey(), bytes, items, median, bytes / median / Workloads.MIB, items / median,
                    t[0] / 1e9, t[t.length - 1] / 1e9);
        }
    }

    private void run(Protocol protocol, Chunking chunking, int sizeMiB, int rounds) {
        Workloads.Stream s = protocol.stream(chunking.streamBytes(sizeMiB * Workloads.MIB));
        byte[] bytes = s.bytes();
        int[] sizes = chunking.sizes(bytes.length);
        Consumer<Object> valueSink = SINK.equals("hash") ? v -> sink += System.identityHashCode(v) : v -> {
            consume(v);
            sink++;
        };
        Consumer<Block> blockSink = blk -> sink += blk.offset();
        NettyFraming.FrameHandler nettyHandler = protocol.nettyHandler(valueSink);
        NettyFraming netty = new NettyFraming(protocol.framing().endMarker());
        CopyLoop copy = new CopyLoop();

        Map<String, Runnable> impls = new LinkedHashMap<>();
        impls.put("qdatastream", () -> {
            BlockDecoder<Object> d = protocol.decoder();
            int off = 0;
            long n = 0;
            for (int len : sizes) {
                d.feed(bytes, off, len);
                off += len;
                n += d.drain(valueSink);
            }
            check(n, s.blocks());
        });
        impls.put("framingOnly", () -> {
            BlockReassembler r = new BlockReassembler(protocol.framing());
            int off = 0;
            long n = 0;
            for (int len : sizes) {
                r.feed(bytes, off, len);
                off += len;
                n += r.drain(blockSink);
            }
            check(n, s.blocks());
        });
        impls.put("netty", () -> {
            netty.reset();
            int off = 0;
            long n = 0;
            for (int len : sizes) {
                n += netty.feed(bytes, off, len, nettyHandler);
                off += len;
            }
            check(n, s.blocks());
        });
        impls.put("copyLoop", () -> {
            copy.reset();
            int off = 0;
            long n = 0;
            for (int len : sizes) {
                n += copy.feed(bytes, off, len);
                off += len;
            }
            check(n, s.blocks());
        });

        report(protocol.name(), chunking.name(), impls, rounds, s.blocks(), bytes.length);
        if (sink == 42) {
            System.out.println();
        }
    }

    private static void check(long n, int expected) {
        if (n != expected) {
            throw new AssertionError(n + " blocks, expected " + expected);
        }
    }
}
