package io.github.qdatastream.harness.trip;

import io.github.qdatastream.codec.protocol.TripReply;
import io.github.qdatastream.codec.protocol.TripRequest;
import io.github.qdatastream.codec.QDataStreamException;
import io.github.qdatastream.codec.StreamOptions;
import io.github.qdatastream.codec.TruncatedInputException;
import io.github.qdatastream.codec.frame.Framing;
import io.github.qdatastream.harness.net.ClientLoop;
import io.github.qdatastream.netty.QDataStreamBlockEncoder;
import io.github.qdatastream.netty.QDataStreamEndOfData;
import io.github.qdatastream.netty.QDataStreamFrameDecoder;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.timeout.ReadTimeoutException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * An asynchronous Trip Planner on Netty, like the book's TripPlanner (connected() sends the
 * request, readyRead() reads blocks, disconnected() before 0xFFFF is "connection closed by
 * server"). Many searches can run at once on one {@link ClientLoop}.
 *
 * <p>Each call opens its own connection, with its own handler, and completes its future on Netty's
 * event loop; calls may come from any thread.
 */
public final class AsyncTripClient {

    private final ClientLoop loop;
    private final InetSocketAddress server;
    private final Duration timeout;
    private final QDataStreamBlockEncoder<TripRequest> requestEncoder =
            new QDataStreamBlockEncoder<>(TripRequest.class, Framing.TRIP_REQUEST, TripRequest.CODEC, StreamOptions.DEFAULT);

    /**
     * A client of the Trip server at {@code server}; each search opens its own connection.
     *
     * @param loop the event loop the connections run on
     * @param server the Trip server's address
     * @param timeout the longest wait to connect and for each read
     */
    public AsyncTripClient(ClientLoop loop, InetSocketAddress server, Duration timeout) {
        this.loop = loop;
        this.server = server;
        this.timeout = timeout;
    }

    /**
     * Completes with every trip of the answer, or exceptionally with a {@link TripClientException}.
     *
     * @param q the request
     * @return the future answer
     */
    public CompletableFuture<List<TripReply>> search(TripRequest q) {
        CompletableFuture<List<TripReply>> result = new CompletableFuture<>();
        ChannelFuture f = loop.connect(server, timeout, pipeline -> pipeline
                .addLast(QDataStreamFrameDecoder.messages(Framing.TRIP_REPLY, TripReply.CODEC, StreamOptions.DEFAULT))
                .addLast(requestEncoder)
                .addLast(new Handler(q, result, timeout.toMillis())));
        f.addListener(c -> {
            if (!c.isSuccess()) {
                result.completeExceptionally(new TripClientException("cannot connect to " + server + ": " + c.cause(),
                        List.of(), c.cause()));
            }
        });
        return result;
    }

    private static final class Handler extends SimpleChannelInboundHandler<TripReply> {
        private final TripRequest query;
        private final CompletableFuture<List<TripReply>> result;
        private final List<TripReply> trips = new ArrayList<>();

        private final long timeoutMs;

        Handler(TripRequest query, CompletableFuture<List<TripReply>> result, long timeoutMs) {
            this.timeoutMs = timeoutMs;
            this.query = query;
            this.result = result;
        }

        @Override
        public void channelActive(ChannelHandlerContext ctx) {
            ctx.writeAndFlush(query);
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, TripReply trip) {
            trips.add(trip);
        }

        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
            if (evt == QDataStreamEndOfData.INSTANCE) {
                result.complete(List.copyOf(trips));
                ctx.close();
            } else {
                super.userEventTriggered(ctx, evt);
            }
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            result.completeExceptionally(new TripClientException("connection closed by server after " + trips.size()
                    + " trip(s), before the end marker 0xFFFF", trips, null));
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            String message;
            if (cause instanceof TruncatedInputException) {
                message = "connection closed by server after " + trips.size() + " trip(s), before the end marker 0xFFFF ("
                        + cause.getMessage() + ")";
            } else if (cause instanceof QDataStreamException) {
                message = "bad reply from server after " + trips.size() + " trip(s): " + cause.getMessage();
            } else if (cause instanceof ReadTimeoutException) {
                message = "timed out after " + timeoutMs + " ms waiting for the server (" + trips.size() + " trip(s) so far)";
            } else {
                message = "connection error: " + cause;
            }
            result.completeExceptionally(new TripClientException(message, trips, cause));
            ctx.close();
        }
    }
}
