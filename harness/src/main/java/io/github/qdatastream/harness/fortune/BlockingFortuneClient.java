package io.github.qdatastream.harness.fortune;

import io.github.qdatastream.codec.QDataStreamException;
import io.github.qdatastream.codec.StreamOptions;
import io.github.qdatastream.codec.TruncatedInputException;
import io.github.qdatastream.codec.frame.BlockDecoder;
import io.github.qdatastream.codec.frame.Decoder;
import io.github.qdatastream.codec.frame.Event;
import io.github.qdatastream.codec.frame.StreamReader;
import io.github.qdatastream.codec.frame.TransactionReader;
import io.github.qdatastream.codec.protocol.Fortune;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;

/**
 * Qt's Blocking Fortune Client on {@link java.net.Socket}: connect with a timeout, then read the
 * fortune with a read timeout, through the codec's {@link StreamReader}. {@link FortuneStyle#QT4}:
 * the quint16 size then the QString, through the codec's {@link BlockDecoder}. {@link FortuneStyle#QT57}: no size; the QString is
 * read transaction-style by the codec's {@link TransactionReader}, as
 * {@code in.startTransaction(); in >> fortune; if (!in.commitTransaction()) return;} does.
 *
 * <p>Not thread-safe: one caller at a time; each fetch() opens its own connection.
 */
public final class BlockingFortuneClient {

    private final InetSocketAddress server;
    private final FortuneStyle style;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private long lastReads;
    private long lastBytes;

    /**
     * A client of the Fortune server at {@code server}; each fetch opens its own connection.
     *
     * @param server the Fortune server's address
     * @param style how the server frames the fortune
     * @param connectTimeout the longest wait for the connection
     * @param readTimeout the longest wait for each read
     */
    public BlockingFortuneClient(InetSocketAddress server, FortuneStyle style, Duration connectTimeout, Duration readTimeout) {
        this.server = server;
        this.style = style;
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
    }

    /**
     * A client with default connect and read timeouts.
     *
     * @param server the Fortune server's address
     * @param style how the server frames the fortune
     */
    public BlockingFortuneClient(InetSocketAddress server, FortuneStyle style) {
        this(server, style, Duration.ofSeconds(5), Duration.ofSeconds(10));
    }

    /** The codec's decoder of the style: framed blocks or bare values, one contract. */
    private static Decoder<Fortune> reader(FortuneStyle style) {
        return style == FortuneStyle.QT4 ? new BlockDecoder<>(Fortune.FRAMING, Fortune.CODEC)
                : new TransactionReader<>(Fortune.CODEC, StreamOptions.DEFAULT);
    }

    /**
     * Reads from {@code in} until a whole fortune has arrived, in {@code style}; {@code readsOut}
     * (optional) receives the number of reads and, if it has two slots, of bytes.
     *
     * @param in the stream to read from
     * @param style how the fortune is framed
     * @param readsOut receives the counts, or null
     * @return the fortune's text
     * @throws TruncatedInputException if the stream ended first
     * @throws IOException if reading fails
     */
    public static String read(InputStream in, FortuneStyle style, long[] readsOut) throws IOException {
        StreamReader<Fortune> r = StreamReader.of(in, reader(style));
        try {
            Event<Fortune> d = r.next();
            if (d instanceof Event.Value<Fortune> v) {
                return v.value() == null ? null : v.value().text();
            }
            // EndOfData: the server closed before sending anything.
            throw TruncatedInputException.truncatedStream("the fortune", 0, 1);
        } finally {
            if (readsOut != null) {
                readsOut[0] = r.reads();
                if (readsOut.length > 1) readsOut[1] = r.bytesRead();
            }
        }
    }

    /**
     * Connects, reads one fortune and closes.
     *
     * @return the fortune's text
     * @throws FortuneClientException if the connection fails, times out, closes early or the data is corrupt
     */
    public String fetch() throws FortuneClientException {
        try (Socket s = new Socket()) {
            s.setTcpNoDelay(true);
            s.connect(server, (int) connectTimeout.toMillis());
            s.setSoTimeout((int) readTimeout.toMillis());
            long[] reads = new long[2];
            try {
                return read(s.getInputStream(), style, reads);
            } finally {
                lastReads = reads[0];
                lastBytes = reads[1];
            }
        } catch (TruncatedInputException e) {
            throw new FortuneClientException("connection closed by server before a whole fortune arrived: " + e.getMessage(), e);
        } catch (QDataStreamException e) {
            throw new FortuneClientException("bad fortune from server: " + e.getMessage(), e);
        } catch (SocketTimeoutException e) {
            throw new FortuneClientException("timed out after " + readTimeout.toMillis() + " ms waiting for the fortune", e);
        } catch (IOException e) {
            throw new FortuneClientException("connection error: " + e, e);
        }
    }

    /** {@return reads of the last {@link #fetch()}: how many pieces the fortune arrived in} */
    public long lastReads() {
        return lastReads;
    }

    /** {@return bytes received by the last {@link #fetch()}} */
    public long lastBytes() {
        return lastBytes;
    }
}
