package io.github.qdatastream.harness.net;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioChannelOption;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.timeout.IdleStateHandler;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.util.concurrent.EventExecutor;
import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.ServerSocketChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * The non-blocking server behind the Fortune and Trip servers: a Netty server socket, with the
 * per-connection limits of {@link ServerSettings} (connection cap, idle timeout) applied before
 * the protocol's handlers. Subclasses add their handlers in {@link #initChannel}.
 */
public abstract class NettyServer implements AutoCloseable {

    private final Logger log;
    private final ServerSettings settings;
    private final EventLoopGroup loops;
    /** One listening socket per event loop (SO_REUSEPORT), or one for all of them. */
    private final List<Channel> serverChannels = new ArrayList<>();
    private final AtomicInteger open = new AtomicInteger();

    /**
     * Counters for summaries and tests.
     *
     */
    public final AtomicLong accepted = new AtomicLong();
    /** Connections refused because the connection limit was reached. */
    public final AtomicLong refused = new AtomicLong();
    /** Requests answered. */
    public final AtomicLong served = new AtomicLong();
    /** Connections closed on a protocol or I/O error. */
    public final AtomicLong failed = new AtomicLong();
    /** Connections closed for idling past the timeout. */
    public final AtomicLong timedOut = new AtomicLong();

    /**
     * The event loops a server runs when its settings say 0: one per processor. A connection is
     * served, from its accept to its close, by the loop that accepted it.
     *
     * @return the default number of event loops
     */
    public static int defaultThreads() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Binds and starts serving; subclasses add their handlers in {@link #initChannel}.
     *
     * <p>Every event loop accepts and serves its own connections: each loop has its own listening
     * socket on the same port ({@code SO_REUSEPORT}, so the kernel spreads the connections over
     * them), and a connection never moves from the thread that accepted it to another one, as in a
     * Qt server's one event loop. Where {@code SO_REUSEPORT} is not available, one socket accepts
     * on one of the loops and hands the connections to all of them in turn.
     *
     * @param settings the address, limits and timeouts to serve with
     * @param log the logger for connection events
     * @throws InterruptedException if interrupted while binding
     */
    protected NettyServer(ServerSettings settings, Logger log) throws InterruptedException {
        this.settings = settings;
        this.log = log;
        int threads = settings.threads() == 0 ? defaultThreads() : settings.threads();
        this.loops = new MultiThreadIoEventLoopGroup(threads, NioIoHandler.newFactory());
        ChannelInitializer<SocketChannel> init = new ChannelInitializer<>() {
            @Override
            protected void initChannel(SocketChannel ch) {
                accepted.incrementAndGet();
                if (open.incrementAndGet() > settings.maxConnections()) {
                    open.decrementAndGet();
                    refused.incrementAndGet();
                    log.warning(() -> "refusing " + ch.remoteAddress() + ": already " + settings.maxConnections()
                            + " connections (the maximum)");
                    ch.close();
                    return;
                }
                ch.closeFuture().addListener(f -> open.decrementAndGet());
                long idle = settings.idleTimeout().toMillis();
                if (idle > 0) {
                    ch.pipeline().addLast("idle", new IdleStateHandler(0, 0, idle, TimeUnit.MILLISECONDS));
                    ch.pipeline().addLast("idleClose", IDLE_CLOSE);
                }
                NettyServer.this.initChannel(ch);
            }
        };
        try {
            if (threads == 1 || !reusePortSupported()) {
                serverChannels.add(bootstrap(loops, init, false).bind(settings.bind()).sync().channel());
            } else {
                InetSocketAddress at = settings.bind();
                if (at.getPort() != 0) {
                    // SO_REUSEPORT would let this server share a port that another one of ours
                    // (same user) is listening on; a plain socket still fails there, as before.
                    refuseIfInUse(at);
                }
                for (EventExecutor e : loops) {
                    EventLoop loop = (EventLoop) e;
                    Channel c = bootstrap(loop, init, true).bind(at).sync().channel();
                    serverChannels.add(c);
                    // Port 0: the first socket picked a free port; the others take the same one.
                    at = (InetSocketAddress) c.localAddress();
                }
            }
        } catch (Exception e) {
            for (Channel c : serverChannels) c.close().awaitUninterruptibly();
            loops.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS);
            throw e;
        }
    }

    private static final ChannelOption<Boolean> REUSE_PORT = NioChannelOption.of(StandardSocketOptions.SO_REUSEPORT);

    /** Throws the {@link BindException} of binding a plain socket to {@code at}, if any. */
    private static void refuseIfInUse(InetSocketAddress at) {
        try (ServerSocketChannel probe = ServerSocketChannel.open()) {
            probe.bind(at);
        } catch (BindException e) {
            // Undeclared, as Netty's bind(...).sync() throws it on the one-socket path.
            NettyServer.<RuntimeException>rethrow(e);
        } catch (IOException e) {
            // Not a sign the port is taken; the real bind reports whatever is wrong.
        }
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> void rethrow(Throwable t) throws E {
        throw (E) t;
    }

    private static boolean reusePortSupported() {
        try (ServerSocketChannel probe = ServerSocketChannel.open()) {
            return probe.supportedOptions().contains(StandardSocketOptions.SO_REUSEPORT);
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /** A listener on {@code group} whose connections are served by {@code group} too. */
    private static ServerBootstrap bootstrap(EventLoopGroup group, ChannelInitializer<SocketChannel> init, boolean reusePort) {
        ServerBootstrap b = new ServerBootstrap()
                .group(group, group)
                .channel(NioServerSocketChannel.class)
                .option(ChannelOption.SO_BACKLOG, 1024)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(init);
        if (reusePort) b.option(REUSE_PORT, true);
        return b;
    }

    private final ChannelHandler IDLE_CLOSE = new IdleClose();

    @ChannelHandler.Sharable
    private final class IdleClose extends ChannelInboundHandlerAdapter {
        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
            if (evt instanceof IdleStateEvent) {
                timedOut.incrementAndGet();
                log.info(() -> "closing " + ctx.channel().remoteAddress() + ": idle for "
                        + settings.idleTimeout().toMillis() + " ms");
                ctx.close();
            } else {
                super.userEventTriggered(ctx, evt);
            }
        }
    }

    /**
     * Adds the protocol's handlers.
     *
     * @param ch the accepted connection's channel
     */
    protected abstract void initChannel(SocketChannel ch);

    /** {@return the settings the server was started with} */
    public ServerSettings settings() {
        return settings;
    }

    /** {@return the logger for connection events} */
    protected Logger log() {
        return log;
    }

    /** {@return the port the server listens on (the one picked, if the settings said 0)} */
    public int port() {
        return address().getPort();
    }

    /** {@return the address the server listens on} */
    public InetSocketAddress address() {
        return (InetSocketAddress) serverChannels.get(0).localAddress();
    }

    /** {@return connections open right now} */
    public int openConnections() {
        return open.get();
    }

    /**
     * Blocks until the server is closed (for the command line).
     *
     * @throws InterruptedException if the waiting thread is interrupted
     */
    public void awaitClose() throws InterruptedException {
        for (Channel c : serverChannels) c.closeFuture().sync();
    }

    @Override
    public void close() {
        for (Channel c : serverChannels) c.close().awaitUninterruptibly();
        loops.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly();
    }
}
