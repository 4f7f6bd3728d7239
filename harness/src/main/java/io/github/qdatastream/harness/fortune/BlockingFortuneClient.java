package io.github.qdatastream.harness.fortune;

import io.github.qdatastream.codec.Codecs;
import io.github.qdatastream.codec.QDataReader;
import io.github.qdatastream.codec.QDataStreamException;
import io.github.qdatastream.codec.StreamOptions;
import io.github.qdatastream.codec.TruncatedInputException;
import io.github.qdatastream.codec.frame.BlockReassembler;
import io.github.qdatastream.codec.frame.Event;
import io.github.qdatastream.codec.frame.Framing;
import io.github.qdatastream.netty.QDataStreamFrameDecoder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;

/**
 * Qt's Blocking Fortune Client on {@link java.net.Socket}: connect with a timeout, then read the
 * fortune with a read timeout. {@link FortuneStyle#QT4}: the quint16 size then the QString,
 * through the codec's {@link BlockReassembler}. {@link FortuneStyle#QT57}: no size; the QString
 * is read transaction-style (try to read it, and on "read past end" wait for more bytes), as
 * {@code in.startTransaction(); in >> fortune; if (!in.commitTransaction()) return;} does.
 */
public final class BlockingFortuneClient {

    private final InetSocketAddress server;
    private final FortuneStyle style;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private long lastReads;

    public BlockingFortuneClient(InetSocketAddress server, FortuneStyle style, Duration connectTimeout, Duration readTimeout) {
        this.server = server;
        this.style = style;
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
    }

    public BlockingFortuneClient(InetSocketAddress server, FortuneStyle style) {
        this(server, style, Duration.ofSeconds(5), Duration.ofSeconds(10));
    }

    /** Reads from {@code in} until a whole fortune has arrived, in {@code style}. */
    public static String read(InputStream in, FortuneStyle style, long[] readsOut) throws IOException {
        byte[] buf = new byte[4096];
        long reads = 0;
        try {
            if (style == FortuneStyle.QT4) {
                BlockReassembler r = new BlockReassembler(Framing.FORTUNE);
                while (true) {
                    int n = in.read(buf);
                    if (n < 0) r.endOfInput(); else { reads++; r.feed(buf, 0, n); }
                    Event e = r.next();
                    if (e instanceof Event.Block b) {
                        return QDataStreamFrameDecoder.decodeBlock(b, Codecs.QSTRING, StreamOptions.DEFAULT);
                    }
                    if (e instanceof Event.EndOfData) {
                        throw TruncatedInputException.truncatedStream("the fortune's size prefix", 0, 2);
                    }
                }
            }
            ByteArrayOutputStream got = new ByteArrayOutputStream();
            while (true) {
                int n = in.read(buf);
                if (n > 0) { reads++; got.write(buf, 0, n); }
                byte[] bytes = got.toByteArray();
                QDataReader r = new QDataReader(bytes, StreamOptions.DEFAULT);
                r.startTransaction();
                try {
                    String fortune = r.readString();
                    if (r.commitTransaction()) {
                        if (!r.atEnd()) {
                            throw r.corrupt("fortune trailing bytes", r.remaining(), r.offset(), "the server sent more than one QString");
                        }
                        return fortune;
                    }
                } catch (TruncatedInputException more) {
                    r.rollbackTransaction();
                    if (n < 0) {
                        throw TruncatedInputException.truncatedStream("the fortune QString", bytes.length, more.missing());
                    }
                }
            }
        } finally {
            if (readsOut != null) readsOut[0] = reads;
        }
    }

    public String fetch() throws FortuneClientException {
        try (Socket s = new Socket()) {
            s.setTcpNoDelay(true);
            s.connect(server, (int) connectTimeout.toMillis());
            s.setSoTimeout((int) readTimeout.toMillis());
            long[] reads = new long[1];
            try {
                return read(s.getInputStream(), style, reads);
            } finally {
                lastReads = reads[0];
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

    /** Reads of the last {@link #fetch()}: how many pieces the fortune arrived in. */
    public long lastReads() {
        return lastReads;
    }
}
