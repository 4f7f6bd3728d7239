package io.github.qdatastream.harness.trip;

import io.github.qdatastream.codec.protocol.TripReply;
import io.github.qdatastream.codec.protocol.TripRequest;
import io.github.qdatastream.codec.CorruptDataException;
import io.github.qdatastream.codec.QDataReader;
import io.github.qdatastream.codec.QDataStreamException;
import io.github.qdatastream.codec.QDataWriter;
import io.github.qdatastream.codec.StreamOptions;
import io.github.qdatastream.codec.TruncatedInputException;
import io.github.qdatastream.codec.frame.BlockEncoder;
import io.github.qdatastream.codec.frame.Framing;
import io.github.qdatastream.harness.net.NettyServer;
import io.github.qdatastream.harness.net.ServerSettings;
import io.github.qdatastream.netty.QDataStreamFrameDecoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.util.concurrent.ScheduledFuture;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The book's Trip Server on Netty: per connection, one request block (quint16 size, 'S', from,
 * to, QDate, QTime, 'D'/'A'); then 0 or more reply blocks (QDate, QTime, quint16 duration,
 * quint8 changes, QString train type), a bare quint16 0xFFFF, and the server closes.
 *
 * <p>Non-blocking: many clients at once. A request larger than {@link ServerSettings#maxBlockSize()},
 * a malformed one, or one that does not arrive whole within {@link ServerSettings#requestTimeout()}
 * closes that connection with a logged reason; other connections are unaffected.
 *
 * <p>Thread-safe: connections are served on Netty's event loops; close() it once.
 */
public final class TripServer extends NettyServer {

    private static final Logger LOG = Logger.getLogger(TripServer.class.getName());

    private final Function<TripRequest, List<TripReply>> answers;
    private final Framing requestFraming;
    /** Encodes each trip as one block; a whole reply goes out as one buffer (see {@link #reply}). */
    private final BlockEncoder<TripReply> tripEncoder = new BlockEncoder<>(Framing.TRIP_REPLY, TripReply.CODEC, StreamOptions.DEFAULT);

    /**
     * A Trip server answering like the book compiled on Linux (random trips from glibc's rand()).
     *
     * @param settings the address, limits and timeouts to serve with
     * @return the running server
     * @throws InterruptedException if interrupted while binding
     */
    public static TripServer start(ServerSettings settings) throws InterruptedException {
        return new TripServer(settings, TripAnswers::book);
    }

    /**
     * A Trip server answering with {@code answers}.
     *
     * @param settings the address, limits and timeouts to serve with
     * @param answers gives the trips for each request
     * @return the running server
     * @throws InterruptedException if interrupted while binding
     */
    public static TripServer start(ServerSettings settings, Function<TripRequest, List<TripReply>> answers) throws InterruptedException {
        return new TripServer(settings, answers);
    }

    private TripServer(ServerSettings settings, Function<TripRequest, List<TripReply>> answers) throws InterruptedException {
        super(settings, LOG);
        this.answers = Objects.requireNonNull(answers, "answers");
        this.requestFraming = Framing.TRIP_REQUEST.withMaxBlockSize(settings.maxBlockSize());
    }

    @Override
    protected void initChannel(SocketChannel ch) {
        ch.pipeline()
                .addLast("frames", QDataStreamFrameDecoder.payloads(requestFraming))
                .addLast("handler", new Handler());
    }

    /**
     * Reads the request's fields from its block as the book's {@code readClient()} does, with
     * {@code in >> requestType >> from >> to >> date >> time >> flag}: bytes after the fields
     * are left unread (the book then closes), so a block with trailing bytes is answered, with a
     * log line. Fields running past the end of the block are a bad request.
     */
    private static TripRequest readRequest(ByteBuf block, ChannelHandlerContext ctx) {
        byte[] bytes = ByteBufUtil.getBytes(block);
        QDataReader in = new QDataReader(bytes, 0, bytes.length, StreamOptions.DEFAULT, Framing.TRIP_REQUEST.prefixBytes());
        TripRequest q;
        try {
            q = TripRequest.CODEC.read(in);
        } catch (TruncatedInputException e) {
            throw CorruptDataException.of("TripRequest block size", bytes.length, 0,
                    "the request's fields need more than the block's " + bytes.length + " bytes (" + e.getMessage() + ")");
        }
        if (!in.atEnd()) {
            int extra = in.remaining();
            LOG.info(() -> ctx.channel().remoteAddress() + ": request block of " + bytes.length + " bytes has " + extra
                    + " trailing byte(s) after its fields; ignored, as the book's server does");
        }
        return q;
    }

    /**
     * The whole reply, every trip's block and the end marker, in one buffer: one write and one
     * flush per connection (the bytes are those of a block encoder per trip followed by an end
     * marker encoder, as before).
     */
    private ByteBuf reply(ChannelHandlerContext ctx, List<TripReply> trips) {
        QDataWriter w = new QDataWriter(StreamOptions.DEFAULT, 32 + 32 * trips.size());
        for (TripReply t : trips) {
            tripEncoder.write(w, t);
        }
        tripEncoder.writeEndMarker(w);
        ByteBuf out = ctx.alloc().ioBuffer(w.size());
        out.writeBytes(w.buffer(), 0, w.size());
        return out;
    }

    private final class Handler extends SimpleChannelInboundHandler<ByteBuf> {
        private ScheduledFuture<?> deadline;
        private boolean answered;

        @Override
        public void channelActive(ChannelHandlerContext ctx) throws Exception {
            long ms = settings().requestTimeout().toMillis();
            if (ms > 0) {
                deadline = ctx.executor().schedule(() -> {
                    if (!answered) {
                        timedOut.incrementAndGet();
                        LOG.info(() -> "closing " + ctx.channel().remoteAddress() + ": no whole request within " + ms + " ms");
                        ctx.close();
                    }
                }, ms, TimeUnit.MILLISECONDS);
            }
            super.channelActive(ctx);
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) throws Exception {
            if (deadline != null) deadline.cancel(false);
            super.channelInactive(ctx);
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, ByteBuf block) {
            if (answered) {
                return; // one request per connection, as in the book; the connection is closing
            }
            TripRequest q = readRequest(block, ctx);
            answered = true;
            if (deadline != null) deadline.cancel(false);
            if (q.requestType() != TripRequest.SEARCH) {
                failed.incrementAndGet();
                LOG.warning(() -> "closing " + ctx.channel().remoteAddress() + ": unknown request type "
                        + q.requestType() + " (expected 'S' = 83)");
                ctx.close();
                return;
            }
            List<TripReply> trips = answers.apply(q);
            ByteBuf reply = reply(ctx, trips);
            // Counted before the reply leaves: a client that has read it whole sees it counted.
            served.incrementAndGet();
            ctx.writeAndFlush(reply).addListener(ChannelFutureListener.CLOSE);
            if (LOG.isLoggable(Level.FINE)) {
                LOG.fine("answered " + q + " with " + trips.size() + " trip(s)");
            }
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            if (cause instanceof TruncatedInputException) {
                // The client went away (or was dropped) in the middle of its request: not its data's fault.
                LOG.fine(() -> ctx.channel().remoteAddress() + " closed before a whole request arrived: " + cause.getMessage());
                ctx.close();
                return;
            }
            failed.incrementAndGet();
            if (cause instanceof QDataStreamException) {
                LOG.warning(() -> "closing " + ctx.channel().remoteAddress() + ": bad request: " + cause.getMessage());
            } else {
                LOG.log(Level.FINE, "closing " + ctx.channel().remoteAddress() + ": " + cause, cause);
            }
            ctx.close();
        }
    }
}
