package io.github.qdatastream.harness.command;

import io.github.qdatastream.harness.proxy.Chunking;
import io.github.qdatastream.harness.proxy.FaultPlan;
import io.github.qdatastream.harness.proxy.FaultProxy;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "proxy", mixinStandardHelpOptions = true,
        description = {"A fault-injecting TCP proxy: put it between any two peers (real Qt programs included).",
                "It re-chunks the stream, delays, stalls, truncates, corrupts or closes early.",
                "Byte offsets count from the start of the --direction stream (default: down, server to client)."})
public final class ProxyCommand implements Callable<Integer> {

    @Option(names = "--listen", paramLabel = "[HOST:]PORT", defaultValue = "0", description = "Port (or host:port) to listen on; 0 picks a free port (default: ${DEFAULT-VALUE}, on loopback).")
    String listen;

    @Option(names = "--to", paramLabel = "HOST:PORT", required = true, description = "HOST:PORT of the server to forward to.")
    String to;

    @Option(names = "--chunks", paramLabel = "CHUNKS", defaultValue = "none", description = "How to cut the stream: 1 (one byte at a time), N (fixed N bytes), random:MIN-MAX, none (default: ${DEFAULT-VALUE}).")
    String chunks;

    @Option(names = "--delay", paramLabel = "DURATION", defaultValue = "0", description = "Pause before every chunk, e.g. 2ms, 500us (default: none).")
    String delay;

    @Option(names = "--stall-at", paramLabel = "N", defaultValue = "-1", description = "Pause before forwarding byte N (with --stall).")
    long stallAt;

    @Option(names = "--stall", paramLabel = "DURATION", defaultValue = "0", description = "How long to pause at --stall-at, e.g. 3s.")
    String stall;

    @Option(names = "--truncate-at", paramLabel = "N", defaultValue = "-1", description = "Forward only bytes 0..N-1, then close both connections.")
    long truncateAt;

    @Option(names = "--corrupt-at", paramLabel = "N", defaultValue = "-1", description = "Flip all bits of byte N (XOR 0xFF).")
    long corruptAt;

    @Option(names = "--close-after", paramLabel = "DURATION", defaultValue = "0", description = "Close both connections this long after the client connected, e.g. 2s.")
    String closeAfter;

    @Option(names = "--direction", paramLabel = "DIRECTION", defaultValue = "down", description = "Stream the byte-offset faults apply to: down (server to client), up, both (default: ${DEFAULT-VALUE}).")
    String direction;

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "1", description = "Seed of the random chunk sizes (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--max-connections", paramLabel = "N", defaultValue = "256", description = "Connections forwarded at once (default: ${DEFAULT-VALUE}).")
    int maxConnections;

    @Option(names = {"-v", "--verbose"}, description = "Log every fault.")
    boolean verbose;

    @Option(names = "--decode", paramLabel = "PROTOCOL",
            description = "Print each block as it passes: trip (requests up, replies down), trip-request, trip-reply, fortune-qt4, fortune-qt57; or custom with --framing/--types (both directions). The bytes pass unchanged.")
    String decode;

    @Option(names = "--framing", paramLabel = "quint16|quint32", description = "With --decode custom: blocks with this size prefix (none: records of --types back to back).")
    String framing;

    @Option(names = {"-t", "--types"}, paramLabel = "T1,T2,...", description = "With --decode custom: the types of each block, as for qds decode.")
    java.util.List<String> types = new java.util.ArrayList<>();

    @Option(names = "--decode-log", paramLabel = "FILE", description = "With --decode: also write every field as a JSON line to FILE.")
    java.nio.file.Path decodeLog;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto", description = "Colour of --decode output: auto, always, never (default: ${DEFAULT-VALUE}).")
    String color;

    @picocli.CommandLine.Mixin
    io.github.qdatastream.harness.cli.StreamOptionsMixin stream;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Logs.setup(verbose);
        FaultPlan plan;
        InetSocketAddress listenAddress;
        InetSocketAddress target;
        try {
            plan = plan();
            listenAddress = parseListen(listen);
            target = parseHostPort(to);
        } catch (IllegalArgumentException | picocli.CommandLine.TypeConversionException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        if (stallAt >= 0 && FaultPlan.parseDuration(stall).isZero()) {
            throw new ParameterException(spec.commandLine(), "--stall-at needs --stall (how long to pause), e.g. --stall 3s");
        }
        java.io.PrintWriter log = null;
        FaultProxy.Tap tap = null;
        if (decode != null || !types.isEmpty() || framing != null) {
            io.github.qdatastream.harness.inspect.Protocol[] dirs;
            try {
                if (decode == null || decode.equals("custom")) {
                    if (types.isEmpty()) throw new IllegalArgumentException("--decode custom needs --types");
                    java.util.List<String> list = new java.util.ArrayList<>();
                    for (String t : types) list.addAll(io.github.qdatastream.harness.cli.ValueTool.splitTypes(t));
                    var p = io.github.qdatastream.harness.inspect.Protocol.custom(framing, list, 0);
                    io.github.qdatastream.codec.TypeExpression.parse(list.get(0), stream.registry());
                    dirs = new io.github.qdatastream.harness.inspect.Protocol[] {p, p};
                } else {
                    if (!types.isEmpty() || framing != null) throw new IllegalArgumentException("--decode " + decode + " names the framing and the types: --framing/--types go with --decode custom");
                    dirs = io.github.qdatastream.harness.inspect.DecodingTap.directions(decode);
                }
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage(), e);
            }
            boolean colour = switch (color) {
                case "always" -> true;
                case "never" -> false;
                default -> picocli.CommandLine.Help.Ansi.AUTO.enabled() && System.console() != null;
            };
            if (decodeLog != null) log = new java.io.PrintWriter(java.nio.file.Files.newBufferedWriter(decodeLog, java.nio.charset.StandardCharsets.UTF_8));
            tap = new io.github.qdatastream.harness.inspect.DecodingTap(dirs[0], dirs[1], stream.options(), stream.registry(),
                    new java.io.PrintWriter(new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8)), colour, log,
                    java.time.Clock.systemDefaultZone());
        }
        try (FaultProxy proxy = FaultProxy.start(listenAddress, target, plan, maxConnections, tap)) {
            System.out.println("Proxy listening on " + proxy.address().getAddress().getHostAddress() + " port " + proxy.port()
                    + ", forwarding to " + to + "; " + plan);
            System.out.flush();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> System.err.println("proxy: " + proxy.stats())));
            new CountDownLatch(1).await();
        }
        return 0;
    }

    private FaultPlan plan() {
        return FaultPlan.PASS_THROUGH
                .withChunking(Chunking.parse(chunks))
                .withDelay(FaultPlan.parseDuration(delay))
                .withStall(stallAt, FaultPlan.parseDuration(stall))
                .withTruncateAt(truncateAt)
                .withCorruptAt(corruptAt)
                .withCloseAfter(FaultPlan.parseDuration(closeAfter))
                .withFaultDirection(direction())
                .withSeed(seed);
    }

    private FaultPlan.Direction direction() {
        return switch (direction.toLowerCase(Locale.ROOT)) {
            case "down" -> FaultPlan.Direction.DOWN;
            case "up" -> FaultPlan.Direction.UP;
            case "both" -> FaultPlan.Direction.BOTH;
            default -> throw new IllegalArgumentException("bad --direction '" + direction + "': expected down, up or both");
        };
    }

    static InetSocketAddress parseListen(String s) {
        int colon = s.lastIndexOf(':');
        if (colon < 0) return new InetSocketAddress(InetAddress.getLoopbackAddress(), Ports.parse(s));
        return new InetSocketAddress(s.substring(0, colon), Ports.parse(s.substring(colon + 1)));
    }

    static InetSocketAddress parseHostPort(String s) {
        int colon = s.lastIndexOf(':');
        if (colon < 0) throw new IllegalArgumentException("expected HOST:PORT, got " + s);
        return new InetSocketAddress(s.substring(0, colon), Ports.parse(s.substring(colon + 1)));
    }

}
