package io.github.qdatastream.harness.command;

import io.github.qdatastream.harness.proxy.FaultPlan;
import java.net.InetSocketAddress;
import java.time.Duration;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The connection options the client commands ({@code fortune}, {@code trip}) share. */
final class ClientOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1", description = "Server host (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", paramLabel = "PORT", required = true, converter = Ports.class, description = "Server port.")
    int port;

    @Option(names = "--async", description = "Use the Netty client instead of the blocking one (java.net.Socket).")
    boolean async;

    @Option(names = "--connect-timeout", paramLabel = "DURATION", defaultValue = "5s", description = "Connect timeout (default: ${DEFAULT-VALUE}).")
    String connectTimeout;

    @Option(names = "--read-timeout", paramLabel = "DURATION", defaultValue = "10s", description = "Read timeout (default: ${DEFAULT-VALUE}).")
    String readTimeout;

    InetSocketAddress address() {
        return new InetSocketAddress(host, port);
    }

    Duration connectTimeout() {
        return duration(connectTimeout);
    }

    Duration readTimeout() {
        return duration(readTimeout);
    }

    /** A usage error (exit 2, one line) for a malformed duration. */
    private Duration duration(String text) {
        try {
            return FaultPlan.parseDuration(text);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(mixee.commandLine(), e.getMessage(), e);
        }
    }
}
