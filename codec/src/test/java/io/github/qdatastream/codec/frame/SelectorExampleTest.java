package io.github.qdatastream.codec.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.qdatastream.codec.QDate;
import io.github.qdatastream.codec.QTime;
import io.github.qdatastream.codec.protocol.TripReply;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The non-blocking {@link java.nio.channels.Selector} example of docs/reassembly.md, run on
 * loopback against a server that sends a Trip reply stream in small pieces; the example's text
 * is checked to be in the docs as it is here.
 */
class SelectorExampleTest {

    // --- docs example start
    /** Reads a Trip reply stream from a connected channel, waiting with a selector. */
    static List<TripReply> readReplies(SocketChannel channel, long timeoutMillis) throws IOException {
        try (Selector selector = Selector.open()) {
            channel.configureBlocking(false);
            channel.register(selector, SelectionKey.OP_READ);
            StreamReader<TripReply> in = StreamReader.of(channel, new BlockDecoder<>(TripReply.FRAMING, TripReply.CODEC));
            List<TripReply> trips = new ArrayList<>();
            while (selector.select(timeoutMillis) > 0) {
                selector.selectedKeys().clear();
                // Everything the channel has now; NeedMoreData: wait for the next OP_READ.
                for (Event<TripReply> e = in.next(); !(e instanceof Event.NeedMoreData); e = in.next()) {
                    if (e instanceof Event.Value<TripReply> v) {
                        trips.add(v.value());
                    } else {
                        return trips;                     // EndOfData: the 0xFFFF marker
                    }
                }
            }
            throw new SocketTimeoutException("no reply for " + timeoutMillis + " ms");
        }
    }
    // --- docs example end

    private static final List<TripReply> TRIPS = List.of(
            new TripReply(QDate.of(2026, 12, 24), QTime.of(8, 0, 0, 0), 154, 1, "InterCity"),
            new TripReply(QDate.of(2026, 12, 24), QTime.of(9, 30, 0, 0), 13, 0, "ICE"),
            new TripReply(QDate.of(2026, 12, 25), QTime.of(23, 59, 0, 0), 200, 2, "Nachtzug München"));

    @Test
    void theSelectorExampleReadsAReplySentInSmallPiecesOnLoopback() throws Exception {
        byte[] stream = new BlockEncoder<>(Framing.TRIP_REPLY, TripReply.CODEC).encodeStream(TRIPS);
        try (ServerSocketChannel server = ServerSocketChannel.open()) {
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            Thread sender = new Thread(() -> {
                try (SocketChannel peer = server.accept()) {
                    peer.socket().setTcpNoDelay(true);
                    // Pieces of 1 to 7 bytes, so that blocks and prefixes arrive split.
                    for (int off = 0, k = 1; off < stream.length; off += k, k = k % 7 + 1) {
                        peer.write(ByteBuffer.wrap(stream, off, Math.min(k, stream.length - off)));
                    }
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }, "selector-example-server");
            sender.setDaemon(true);
            sender.start();
            try (SocketChannel client = SocketChannel.open(server.getLocalAddress())) {
                assertEquals(TRIPS, readReplies(client, 10_000));
            }
            sender.join(10_000);
            assertFalse(sender.isAlive(), "the server thread finished");
        }
    }

    @Test
    void theDocsShowThisExample() throws IOException {
        String source = Files.readString(Path.of("src/test/java/io/github/qdatastream/codec/frame/SelectorExampleTest.java"));
        String example = source.substring(source.indexOf("// --- docs example start\n") + 26,
                source.indexOf("    // --- docs example end"));
        String docs = Files.readString(Path.of("../docs/reassembly.md"));
        assertTrue(docs.contains(example.replaceAll("(?m)^    ", "")),
                "docs/reassembly.md shows SelectorExampleTest.readReplies as it is:\n" + example);
    }
}
