package io.github.qdatastream.harness.fortune;

import io.github.qdatastream.codec.QDataStreamException;
import io.github.qdatastream.codec.StreamOptions;
import io.github.qdatastream.codec.TruncatedInputException;
import io.github.qdatastream.codec.protocol.Fortune;
import io.github.qdatastream.harness.net.ClientLoop;
import io.github.qdatastream.netty.QDataStreamFrameDecoder;
import io.github.qdatastream.netty.QDataStreamTransactionDecoder;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.timeout.ReadTimeoutException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Qt's (non-blocking) Fortune Client on Netty. {@link FortuneStyle#QT4} frames with
 * {@link QDataStreamFrameDecoder}; {@link FortuneStyle#QT57} reads the bare QString with
 * {@link QDataStreamTransactionDecoder}.
 *
 * <p>Each call opens its own connection, with its own handler, and completes its future on Netty's
 * event loop; calls may come from any thread.
 */
public final class AsyncFortuneClient {

    private final ClientLoop loop;
    private final InetSocketAddress server;
    private final FortuneStyle style;
    private final Duration timeout;

    /**
     * A client of the Fortune server at {@code server}; each fetch opens its own connection.
     *
     * @param loop the event loop the connections run on
     * @param server the Fortune server's address
     * @param style how the server frames the fortune
     * @param timeout the longest wait to connect and for each read
     */
    public AsyncFortuneClient(ClientLoop loop, InetSocketAddress server, FortuneStyle style, Duration timeout) {
        this.loop = loop;
        this.server = server;
        this.style = style;
        this.timeout = timeout;
    }

    /** {@return completes with the fortune, or exceptionally with a {@link FortuneClientException}} */
    public CompletableFuture<String> fetch() {
        CompletableFuture<String> result = new CompletableFuture<>();
        loop.connect(server, timeout, pipeline -> pipeline
                .addLast(style == FortuneStyle.QT4
                        ? QDataStreamFrameDecoder.messages(Fortune.FRAMING, Fortune.CODEC, StreamOptions.DEFAULT)
                        : new QDataStreamTransactionDecoder<>(Fortune.CODEC, StreamOptions.DEFAULT))
                .addLast(new Handler(result, timeout.toMillis())))
                .addListener(f -> {
                    if (!f.isSuccess()) {
                        result.completeExceptionally(new FortuneClientException("cannot connect to " + server + ": "
                                + f.cause(), f.cause()));
                    }
                });
        return result;
    }

    private static final class Handler extends SimpleChannelInboundHandler<Fortune> {
        private final CompletableFuture<String> result;

        private final long timeoutMs;

        Handler(CompletableFuture<String> result, long timeoutMs) {
            this.timeoutMs = timeoutMs;
            this.result = result;
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, Fortune fortune) {
            result.complete(fortune.text());
            ctx.close();
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            result.completeExceptionally(new FortuneClientException(
                    "connection closed by server before a whole fortune arrived", null));
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            String message;
            if (cause instanceof TruncatedInputException) {
                message = "connection closed by server before a whole fortune arrived: " + cause.getMessage();
            } else if (cause instanceof QDataStreamException) {
                message = "bad fortune from server: " + cause.getMessage();
            } else if (cause instanceof ReadTimeoutException) {
                message = "timed out after " + timeoutMs + " ms waiting for the fortune";
            } else {
                message = "connection error: " + cause;
            }
            result.completeExceptionally(new FortuneClientException(message, cause));
            ctx.close();
        }
    }
}
