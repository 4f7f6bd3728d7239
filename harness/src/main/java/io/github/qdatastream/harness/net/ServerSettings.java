package io.github.qdatastream.harness.net;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Objects;

/**
 * Per-server and per-connection limits of the Netty servers.
 *
 * @param bind where to listen; loopback by default; port 0 picks a free port (see the server's
 *     {@code port()}), like {@code QTcpServer::listen(QHostAddress::LocalHost, 0)}
 * @param maxConnections connections served at once; further ones are closed at once (and logged)
 * @param maxBlockSize the largest request block accepted; a larger size prefix closes the connection
 * @param requestTimeout how long a client has to send its whole request: a client trickling one
 *     byte a second is dropped when it runs out, without affecting anyone else
 * @param idleTimeout a connection with no traffic for this long is closed
 * @param threads event-loop threads (0: one per processor, see {@link NettyServer#defaultThreads()})
 */
public record ServerSettings(InetSocketAddress bind, int maxConnections, int maxBlockSize, Duration requestTimeout,
                             Duration idleTimeout, int threads) {

    /** Loopback, any free port, 10,000 connections, 4096-byte blocks, 10 s per request, 30 s idle, one event loop per processor. */
    public static final ServerSettings DEFAULT = new ServerSettings(
            new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10_000, 4096,
            Duration.ofSeconds(10), Duration.ofSeconds(30), 0);

    /**
     * Checks the settings.
     *
     * @param bind where to listen
     * @param maxConnections connections served at once, at least 1
     * @param maxBlockSize the largest request block, 0 to 65534
     * @param requestTimeout how long a client has to send its whole request
     * @param idleTimeout how long a silent connection stays open
     * @param threads event-loop threads, 0 for one per processor
     * @throws IllegalArgumentException if a setting is out of range
     */
    public ServerSettings {
        Objects.requireNonNull(bind, "bind");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        if (maxConnections < 1) throw new IllegalArgumentException("maxConnections < 1: " + maxConnections);
        if (maxBlockSize < 0 || maxBlockSize > 0xFFFE) throw new IllegalArgumentException("maxBlockSize out of [0, 65534]: " + maxBlockSize);
        if (threads < 0) throw new IllegalArgumentException("threads < 0: " + threads);
    }

    /**
     * {@return the defaults, listening on loopback at {@code port}}
     *
     * @param port the port; 0 picks a free one
     */
    public static ServerSettings loopback(int port) {
        return DEFAULT.withBind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    }

    /**
     * {@return these settings with another bind address}
     *
     * @param value the new value
     */
    public ServerSettings withBind(InetSocketAddress value) {
        return new ServerSettings(value, maxConnections, maxBlockSize, requestTimeout, idleTimeout, threads);
    }

    /**
     * {@return these settings with another connection cap}
     *
     * @param value the new value
     */
    public ServerSettings withMaxConnections(int value) {
        return new ServerSettings(bind, value, maxBlockSize, requestTimeout, idleTimeout, threads);
    }

    /**
     * {@return these settings with another largest request block}
     *
     * @param value the new value
     */
    public ServerSettings withMaxBlockSize(int value) {
        return new ServerSettings(bind, maxConnections, value, requestTimeout, idleTimeout, threads);
    }

    /**
     * {@return these settings with another request timeout}
     *
     * @param value the new value
     */
    public ServerSettings withRequestTimeout(Duration value) {
        return new ServerSettings(bind, maxConnections, maxBlockSize, value, idleTimeout, threads);
    }

    /**
     * {@return these settings with another idle timeout}
     *
     * @param value the new value
     */
    public ServerSettings withIdleTimeout(Duration value) {
        return new ServerSettings(bind, maxConnections, maxBlockSize, requestTimeout, value, threads);
    }

    /**
     * {@return these settings with another event-loop thread count}
     *
     * @param value the new value
     */
    public ServerSettings withThreads(int value) {
        return new ServerSettings(bind, maxConnections, maxBlockSize, requestTimeout, idleTimeout, value);
    }
}
