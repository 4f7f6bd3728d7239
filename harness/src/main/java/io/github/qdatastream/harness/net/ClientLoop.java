package io.github.qdatastream.harness.net;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.timeout.ReadTimeoutHandler;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** One Netty event loop group shared by many asynchronous clients. */
public final class ClientLoop implements AutoCloseable {

    private final EventLoopGroup group;

    /**
     * An event loop group for asynchronous clients.
     *
     * @param threads the number of event loop threads
     */
    public ClientLoop(int threads) {
        this.group = new MultiThreadIoEventLoopGroup(threads, NioIoHandler.newFactory());
    }

    /** {@return the Netty event loop group} */
    public EventLoopGroup group() {
        return group;
    }

    /**
     * Connects to {@code server} as the asynchronous clients do: TCP_NODELAY, {@code timeout} to
     * connect and again as a {@link ReadTimeoutHandler} at the head of the pipeline, then the
     * handlers {@code pipeline} adds. A failed connect is reported by the returned future only.
     *
     * @param server the address to connect to
     * @param timeout the connect timeout, and the read timeout afterwards
     * @param pipeline adds the protocol's handlers
     * @return the connect future
     */
    public ChannelFuture connect(InetSocketAddress server, Duration timeout, Consumer<ChannelPipeline> pipeline) {
        return new Bootstrap()
                .group(group)
                .channel(NioSocketChannel.class)
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) Math.min(Integer.MAX_VALUE, timeout.toMillis()))
                .handler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline().addLast(new ReadTimeoutHandler(timeout.toMillis(), TimeUnit.MILLISECONDS));
                        pipeline.accept(ch.pipeline());
                    }
                })
                .connect(server);
    }

    @Override
    public void close() {
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly();
    }
}
