package io.github.qdatastream.harness.command;

import io.github.qdatastream.harness.proxy.FaultPlan;
import java.net.InetSocketAddress;
import java.time.Duration;
import picocli.CommandLine.Option;

/** The options every client command shares (a picocli mixin): where to connect, how, how long to wait. */
public final class ClientOptions {

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Server host (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", required = true, description = "Server port.")
    int port;

    @Option(names = "--async", description = "Use the Netty client instead of the blocking java.net.Socket one.")
    boolean async;

    @Option(names = "--connect-timeout", defaultValue = "5s", description = "Connect timeout (default: ${DEFAULT-VALUE}).")
    String connectTimeout;

    @Option(names = "--read-timeout", defaultValue = "10s", description = "Read timeout (default: ${DEFAULT-VALUE}).")
    String readTimeout;

    InetSocketAddress address() {
        return new InetSocketAddress(host, port);
    }

    Duration connectTimeout() {
        return FaultPlan.parseDuration(connectTimeout);
    }

    Duration readTimeout() {
        return FaultPlan.parseDuration(readTimeout);
    }
}
