package io.github.qdatastream.harness.trip;

import io.github.qdatastream.codec.protocol.TripReply;
import io.github.qdatastream.codec.protocol.TripRequest;
import io.github.qdatastream.codec.QDataStreamException;
import io.github.qdatastream.codec.TruncatedInputException;
import io.github.qdatastream.codec.frame.BlockDecoder;
import io.github.qdatastream.codec.frame.BlockEncoder;
import io.github.qdatastream.codec.frame.Event;
import io.github.qdatastream.codec.frame.StreamReader;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A blocking Trip Planner on {@link java.net.Socket}, in the style of Qt's Blocking Fortune
 * Client: connect (with a timeout), send the request block, read reply blocks (each read with a
 * timeout) through the codec's {@link StreamReader} and {@link BlockDecoder} until the 0xFFFF end
 * marker.
 *
 * <p>If the server closes before 0xFFFF, the client fails with "connection closed by server",
 * as the book's TripPlanner::connectionClosedByServer() does, never with a partial answer.
 *
 * <p>Not thread-safe: one caller at a time; each search() opens its own connection.
 */
public final class BlockingTripClient {

    private final InetSocketAddress server;
    private final Duration connectTimeout;
    private final Duration readTimeout;

    /** Byte and block counts of the last call, for summaries. */
    private long lastBytes;
    private long lastReads;

    /**
     * A client of the Trip server at {@code server}; each search opens its own connection.
     *
     * @param server the Trip server's address
     * @param connectTimeout the longest wait for the connection
     * @param readTimeout the longest wait for each read of the answer
     */
    public BlockingTripClient(InetSocketAddress server, Duration connectTimeout, Duration readTimeout) {
        this.server = server;
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
    }

    /**
     * A client with default connect and read timeouts.
     *
     * @param server the Trip server's address
     */
    public BlockingTripClient(InetSocketAddress server) {
        this(server, Duration.ofSeconds(5), Duration.ofSeconds(10));
    }

    /**
     * The request block's bytes: quint16 size, then the request.
     *
     * @param q the request
     * @return the size prefix and the request's bytes
     */
    public static byte[] requestBlock(TripRequest q) {
        return new BlockEncoder<>(TripRequest.FRAMING, TripRequest.CODEC).encode(q);
    }

    /**
     * Sends {@code q} and returns every trip of the answer.
     *
     * @param q the request
     * @return the trips, in the order received
     * @throws TripClientException if the connection fails, times out, closes early or the reply is malformed; it carries the trips received before
     */
    public List<TripReply> search(TripRequest q) throws TripClientException {
        List<TripReply> trips = new ArrayList<>();
        lastBytes = 0;
        lastReads = 0;
        try (Socket s = new Socket()) {
            s.setTcpNoDelay(true);
            s.connect(server, (int) connectTimeout.toMillis());
            s.setSoTimeout((int) readTimeout.toMillis());
            s.getOutputStream().write(requestBlock(q));
            s.getOutputStream().flush();
            StreamReader<TripReply> r = StreamReader.of(s.getInputStream(),
                    new BlockDecoder<>(TripReply.FRAMING, TripReply.CODEC));
            try {
                for (Event<TripReply> d = r.next(); d instanceof Event.Value<TripReply> v; d = r.next()) {
                    trips.add(v.value());
                }
                return trips; // EndOfData: the 0xFFFF marker
            } finally {
                lastBytes = r.bytesRead();
                lastReads = r.reads();
            }
        } catch (TruncatedInputException e) {
            throw new TripClientException("connection closed by server after " + trips.size()
                    + " trip(s), before the end marker 0xFFFF (" + e.getMessage() + ")", trips, e);
        } catch (QDataStreamException e) {
            throw new TripClientException("bad reply from server after " + trips.size() + " trip(s): " + e.getMessage(), trips, e);
        } catch (SocketTimeoutException e) {
            throw new TripClientException("timed out after " + readTimeout.toMillis() + " ms waiting for the server ("
                    + trips.size() + " trip(s) so far)", trips, e);
        } catch (IOException e) {
            throw new TripClientException("connection error: " + e, trips, e);
        }
    }

    /** {@return the bytes received by the last search} */
    public long lastBytes() {
        return lastBytes;
    }

    /** {@return the socket reads the last search made} */
    public long lastReads() {
        return lastReads;
    }
}
