package io.github.qdatastream.harness.command;

import io.github.qdatastream.harness.net.ServerSettings;
import io.github.qdatastream.harness.proxy.FaultPlan;
import io.netty.util.ResourceLeakDetector;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import picocli.CommandLine.Option;

/**
 * The options every server command shares (a picocli mixin); a server that reads requests adds
 * {@link RequestLimits}.
 */
public final class ServerOptions {

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "0", converter = Ports.class, description = "Port to listen on; 0 picks a free port and prints it (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}, loopback).")
    String host;

    @Option(names = "--max-connections", paramLabel = "N", defaultValue = "10000", description = "Connections served at once; more are closed (default: ${DEFAULT-VALUE}).")
    int maxConnections;

    @Option(names = "--idle-timeout", paramLabel = "DURATION", defaultValue = "30s", description = "Close a connection idle this long (default: ${DEFAULT-VALUE}).")
    String idleTimeout;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0", description = "Event-loop threads, each accepting and serving its own connections (SO_REUSEPORT where the system has it); 1: one thread, like a Qt server's event loop (default: 0, one per processor).")
    int threads;

    @Option(names = {"-v", "--verbose"}, description = "Log every connection.")
    boolean verbose;

    /**
     * For the server commands' own process: Netty's buffer leak detector off unless
     * {@code -Dio.netty.leakDetection.level} asks for it. At its default level it records a stack
     * trace for a sample of the buffers, which on the Trip server was about one stack walk every
     * four requests; the servers' tests keep it on.
     */
    static void serverProcessDefaults() {
        if (System.getProperty("io.netty.leakDetection.level") == null && System.getProperty("io.netty.leakDetectionLevel") == null) {
            ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.DISABLED);
        }
    }

    ServerSettings settings() throws UnknownHostException {
        return ServerSettings.DEFAULT
                .withBind(new InetSocketAddress(InetAddress.getByName(host), port))
                .withMaxConnections(maxConnections)
                .withThreads(threads)
                .withIdleTimeout(FaultPlan.parseDuration(idleTimeout));
    }

    /** The limits on a client's request: only for servers that read one ({@code trip-server}). */
    public static final class RequestLimits {
        @Option(names = "--max-block-size", paramLabel = "BYTES", defaultValue = "4096", description = "Largest request block accepted, in bytes (default: ${DEFAULT-VALUE}).")
        int maxBlockSize;

        @Option(names = "--request-timeout", paramLabel = "DURATION", defaultValue = "10s", description = "Time a client has to send its whole request (default: ${DEFAULT-VALUE}).")
        String requestTimeout;

        ServerSettings apply(ServerSettings settings) {
            return settings.withMaxBlockSize(maxBlockSize).withRequestTimeout(FaultPlan.parseDuration(requestTimeout));
        }
    }
}
