package io.github.qdatastream.harness.net;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.timeout.IdleStateHandler;
import io.netty.handler.timeout.IdleStateEvent;
import java.net.InetSocketAddress;
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
    private final EventLoopGroup boss;
    private final EventLoopGroup workers;
    private final Channel serverChannel;
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
     * Binds and starts serving; subclasses add their handlers in {@link #initChannel}.
     *
     * @param settings the address, limits and timeouts to serve with
     * @param log the logger for connection events
     * @throws InterruptedException if interrupted while binding
     */
    protected NettyServer(ServerSettings settings, Logger log) throws InterruptedException {
        this.settings = settings;
        this.log = log;
        this.workers = new MultiThreadIoEventLoopGroup(settings.threads(), NioIoHandler.newFactory());
        // One thread: it accepts too, as a Qt server's one event loop does, so that a connection is
        // never handed from the accepting thread to another one.
        this.boss = settings.threads() == 1 ? workers : new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        ServerBootstrap b = new ServerBootstrap()
                .group(boss, workers)
                .channel(NioServerSocketChannel.class)
                .option(ChannelOption.SO_BACKLOG, 1024)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ChannelInitializer<SocketChannel>() {
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
                });
        try {
            this.serverChannel = b.bind(settings.bind()).sync().channel();
        } catch (Exception e) {
            boss.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS);
            workers.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS);
            throw e;
        }
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
        return ((InetSocketAddress) serverChannel.localAddress()).getPort();
    }

    /** {@return the address the server listens on} */
    public InetSocketAddress address() {
        return (InetSocketAddress) serverChannel.localAddress();
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
        serverChannel.closeFuture().sync();
    }

    @Override
    public void close() {
        serverChannel.close().awaitUninterruptibly();
        boss.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly();
        workers.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly();
    }
}
