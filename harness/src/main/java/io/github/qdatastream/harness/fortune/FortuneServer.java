package io.github.qdatastream.harness.fortune;

import io.github.qdatastream.harness.net.NettyServer;
import io.github.qdatastream.harness.net.ServerSettings;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.socket.SocketChannel;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Qt's Fortune Server on Netty: to every client that connects it writes one fortune (in the
 * {@link FortuneStyle} chosen) and closes the connection, as the example's sendFortune() does
 * ({@code write(block); disconnectFromHost();}).
 */
public final class FortuneServer extends NettyServer {

    private static final Logger LOG = Logger.getLogger(FortuneServer.class.getName());

    /** The fortunes of Qt's example. */
    public static final List<String> FORTUNES = List.of(
            "You've been leading a dog's life. Stay off the furniture.",
            "You've got to think about tomorrow.",
            "You will be surprised by a loud noise.",
            "You will feel hungry again in another hour.",
            "You might have mail.",
            "You cannot kill time without injuring eternity.",
            "Computers are not intelligent. They only think they are.");

    private final FortuneStyle style;
    private final Supplier<String> fortunes;

    /**
     * Starts a Fortune server that sends the Qt example's fortunes.
     *
     * @param settings the address, limits and timeouts to serve with
     * @param style how to frame the fortune
     * @return the running server
     * @throws InterruptedException if interrupted while binding
     */
    public static FortuneServer start(ServerSettings settings, FortuneStyle style) throws InterruptedException {
        return new FortuneServer(settings, style, () -> FORTUNES.get(ThreadLocalRandom.current().nextInt(FORTUNES.size())));
    }

    /**
     * Starts a Fortune server that sends the fortunes {@code fortunes} gives.
     *
     * @param settings the address, limits and timeouts to serve with
     * @param style how to frame the fortune
     * @param fortunes gives the fortune for each connection
     * @return the running server
     * @throws InterruptedException if interrupted while binding
     */
    public static FortuneServer start(ServerSettings settings, FortuneStyle style, Supplier<String> fortunes)
            throws InterruptedException {
        return new FortuneServer(settings, style, fortunes);
    }

    private FortuneServer(ServerSettings settings, FortuneStyle style, Supplier<String> fortunes) throws InterruptedException {
        super(settings, LOG);
        this.style = Objects.requireNonNull(style, "style");
        this.fortunes = Objects.requireNonNull(fortunes, "fortunes");
    }

    /** {@return how this server frames the fortune} */
    public FortuneStyle style() {
        return style;
    }

    @Override
    protected void initChannel(SocketChannel ch) {
        ch.pipeline().addLast(new ChannelInboundHandlerAdapter() {
            @Override
            public void channelActive(ChannelHandlerContext ctx) {
                byte[] block = style.encode(fortunes.get());
                served.incrementAndGet(); // before the reply leaves, as in the Trip server
                ctx.writeAndFlush(Unpooled.wrappedBuffer(block)).addListener(ChannelFutureListener.CLOSE);
            }

            @Override
            public void channelRead(ChannelHandlerContext ctx, Object msg) {
                io.netty.util.ReferenceCountUtil.release(msg); // clients have nothing to say
            }

            @Override
            public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
                failed.incrementAndGet();
                LOG.fine(() -> "closing " + ctx.channel().remoteAddress() + ": " + cause);
                ctx.close();
            }
        });
    }
}
