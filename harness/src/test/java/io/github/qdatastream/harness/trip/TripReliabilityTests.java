package io.github.qdatastream.harness.trip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.qdatastream.codec.QDate;
import io.github.qdatastream.codec.QTime;
import io.github.qdatastream.codec.protocol.TripReply;
import io.github.qdatastream.codec.protocol.TripRequest;
import io.github.qdatastream.harness.net.ClientLoop;
import io.github.qdatastream.harness.net.ServerSettings;
import io.github.qdatastream.harness.proxy.Chunking;
import io.github.qdatastream.harness.proxy.FaultPlan;
import io.github.qdatastream.harness.proxy.FaultProxy;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Trip server and clients under load and faults, on loopback. Every loop is bounded in count,
 * every wait in time; nothing asserts on durations.
 */
class TripReliabilityTests {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static ClientLoop loop;

    @BeforeAll
    static void startLoop() {
        loop = new ClientLoop(2);
    }

    @AfterAll
    static void stopLoop() {
        loop.close();
    }

    static TripRequest request(int i) {
        return TripRequest.search("City" + "x".repeat(i % 13), "Town" + "y".repeat(i % 7),
                QDate.of(2026, 1 + i % 12, 1 + i % 28), QTime.of(i % 24, i % 60, 0, 0), i % 2 == 0);
    }

    @Test
    void aThousandConcurrentClientsAreEachAnsweredCorrectly() throws Exception {
        try (TripServer server = TripServer.start(ServerSettings.loopback(0))) {
            AsyncTripClient client = new AsyncTripClient(loop, server.address(), TIMEOUT);
            List<CompletableFuture<List<TripReply>>> replies = new ArrayList<>();
            for (int i = 0; i < 1000; i++) replies.add(client.search(request(i)));
            long totalTrips = 0;
            for (int i = 0; i < 1000; i++) {
                List<TripReply> got = replies.get(i).get(60, TimeUnit.SECONDS);
                assertEquals(TripAnswers.book(request(i)), got, "client " + i);
                totalTrips += got.size();
            }
            assertEquals(1000, server.served.get());
            assertTrue(totalTrips > 0);
        }
    }

    @Test
    void everyEventLoopServesConnectionsOnTheOnePortAndClosingFreesIt() throws Exception {
        // Three loops, each with its own listener on the port the first one picked (SO_REUSEPORT),
        // or one listener dealing out to the three: either way more than one loop answers 60
        // connections, and with --threads 1 exactly one does. The port is not shared with a
        // second server.
        for (int threads : new int[] {3, 1}) {
            Set<String> answeredOn = ConcurrentHashMap.newKeySet();
            int port;
            try (TripServer server = TripServer.start(ServerSettings.loopback(0).withThreads(threads), r -> {
                answeredOn.add(Thread.currentThread().getName());
                return TripAnswers.book(r);
            })) {
                port = server.port();
                // A second server on a port in use fails to start, as without SO_REUSEPORT.
                ServerSettings same = ServerSettings.loopback(port).withThreads(threads);
                assertThrows(BindException.class, () -> TripServer.start(same).close());
                for (int i = 0; i < 60; i++) {
                    assertEquals(TripAnswers.book(request(i)), new BlockingTripClient(server.address()).search(request(i)), "request " + i);
                }
                assertEquals(60, server.served.get());
            }
            if (threads == 1) {
                assertEquals(1, answeredOn.size(), answeredOn.toString());
            } else {
                assertTrue(answeredOn.size() > 1, answeredOn.toString());
            }
            // No listener is left on the port.
            try (ServerSocket again = new ServerSocket()) {
                again.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            }
        }
    }

    @Test
    void aReplyCutAtEveryByteOffsetIsReportedAndNeverMistakenForAnAnswer() throws Exception {
        TripRequest q = request(5);
        List<TripReply> full = TripAnswers.book(q, 3);
        try (TripServer server = TripServer.start(ServerSettings.loopback(0), r -> TripAnswers.book(r, 3))) {
            int replyBytes = 0;
            for (TripReply t : full) replyBytes += 2 + TripReply.CODEC.encode(t).length;
            replyBytes += 2;
            for (int cut = 0; cut < replyBytes; cut++) {
                try (FaultProxy proxy = FaultProxy.start(server.address(), FaultPlan.chunked(Chunking.ONE_BYTE).withTruncateAt(cut))) {
                    BlockingTripClient client = new BlockingTripClient(proxy.address(), TIMEOUT, TIMEOUT);
                    TripClientException e = assertThrows(TripClientException.class, () -> client.search(q), "cut at " + cut);
                    assertTrue(e.getMessage().startsWith("connection closed by server"), e.getMessage());
                    assertEquals(full.subList(0, e.tripsSoFar().size()), e.tripsSoFar(), "only whole trips, cut at " + cut);
                }
            }
            // The server kept serving through all of it.
            assertEquals(full, new BlockingTripClient(server.address()).search(q));
            // And the whole reply through the same kind of proxy, uncut, is the answer.
            try (FaultProxy proxy = FaultProxy.start(server.address(), FaultPlan.chunked(Chunking.ONE_BYTE).withTruncateAt(replyBytes))) {
                assertEquals(full, new BlockingTripClient(proxy.address()).search(q));
            }
        }
    }

    @Test
    void slowClientsAreDroppedAtTheRequestTimeoutWithoutDelayingOthers() throws Exception {
        ServerSettings settings = ServerSettings.loopback(0).withRequestTimeout(Duration.ofMillis(800));
        try (TripServer server = TripServer.start(settings);
             LogCapture log = new LogCapture(TripServer.class)) {
            // A long request (about 600 bytes): trickled at one byte per 100 ms it would take a minute,
            // so the 800 ms timeout always strikes first.
            byte[] request = BlockingTripClient.requestBlock(TripRequest.search("S".repeat(150), "T".repeat(150),
                    QDate.of(2026, 12, 24), QTime.of(8, 0, 0, 0), true));
            List<Socket> slow = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                Socket s = new Socket(server.address().getAddress(), server.port());
                s.setSoTimeout(10_000);
                s.getOutputStream().write(request, 0, 3);
                slow.add(s);
            }
            // While the slow clients trickle, normal clients are answered.
            AsyncTripClient client = new AsyncTripClient(loop, server.address(), TIMEOUT);
            List<CompletableFuture<List<TripReply>>> normal = new ArrayList<>();
            for (int i = 0; i < 50; i++) normal.add(client.search(request(i)));
            for (int i = 0; i < 50; i++) assertEquals(TripAnswers.book(request(i)), normal.get(i).get(30, TimeUnit.SECONDS));
            // Each slow client sends one more byte every 100 ms (bounded: the request's length) until dropped.
            for (Socket s : slow) {
                assertTrue(trickleUntilDropped(s, request, 3), "slow client dropped before its request was complete");
                s.close();
            }
            assertEquals(5, server.timedOut.get());
            assertEquals(50, server.served.get());
            assertTrue(log.contains("no whole request within 800 ms"), log.messages.toString());
        }
    }

    @Test
    void theIdleTimeoutClosesSilentClientsAndPartialReadsCountAsTraffic() throws Exception {
        // One timer per connection does both timeouts: here the idle timeout is the shorter one.
        ServerSettings settings = ServerSettings.loopback(0).withIdleTimeout(Duration.ofMillis(1000))
                .withRequestTimeout(Duration.ofMillis(2500));
        try (TripServer server = TripServer.start(settings);
             LogCapture log = new LogCapture(TripServer.class)) {
            try (Socket silent = new Socket(server.address().getAddress(), server.port())) {
                silent.setSoTimeout(10_000);
                assertEquals(-1, silent.getInputStream().read(), "a silent client is closed, not answered");
            }
            assertEquals(1, server.timedOut.get());
            assertTrue(log.contains("idle for 1000 ms"), log.messages.toString());
            assertTrue(!log.contains("no whole request within"), log.messages.toString());
            // A byte every 100 ms keeps the connection from idling: the request deadline drops it.
            byte[] request = BlockingTripClient.requestBlock(TripRequest.search("S".repeat(150), "T".repeat(150),
                    QDate.of(2026, 12, 24), QTime.of(8, 0, 0, 0), true));
            try (Socket slow = new Socket(server.address().getAddress(), server.port())) {
                slow.setSoTimeout(10_000);
                assertTrue(trickleUntilDropped(slow, request, 0), "slow client dropped before its request was complete");
            }
            assertEquals(2, server.timedOut.get());
            assertTrue(log.contains("no whole request within 2500 ms"), log.messages.toString());
            // And a client that asks at once is answered as usual.
            AsyncTripClient client = new AsyncTripClient(loop, server.address(), TIMEOUT);
            assertEquals(TripAnswers.book(request(1)), client.search(request(1)).get(30, TimeUnit.SECONDS));
            assertEquals(2, server.timedOut.get());
        }
    }

    /** Sends the rest of {@code request} a byte at a time; true if the server closed before it was all sent. */
    private static boolean trickleUntilDropped(Socket s, byte[] request, int from) throws Exception {
        OutputStream out = s.getOutputStream();
        InputStream in = s.getInputStream();
        for (int i = from; i < request.length; i++) {
            try {
                out.write(request[i]);
                out.flush();
            } catch (SocketException closed) {
                return true;
            }
            if (in.available() == 0) {
                Thread.sleep(100);
            }
            s.setSoTimeout(1);
            try {
                if (in.read() < 0) return true;
            } catch (java.net.SocketTimeoutException notYet) {
                // still open
            } catch (SocketException reset) {
                return true;
            } finally {
                s.setSoTimeout(10_000);
            }
        }
        return false;
    }

    @Test
    void oversizedAndCorruptRequestsCloseOnlyTheirConnectionWithALoggedReason() throws Exception {
        try (TripServer server = TripServer.start(ServerSettings.loopback(0).withMaxBlockSize(256));
             LogCapture log = new LogCapture(TripServer.class)) {
            // Oversized: a size prefix of 60000 bytes against a 256-byte limit.
            assertClosedAfter(server.address(), new byte[] {(byte) 0xEA, 0x60, 'S', 0, 0});
            // Corrupt: a QString with an odd byte count.
            assertClosedAfter(server.address(), new byte[] {0, 6, 'S', 0, 0, 0, 3, 0});
            // Unknown request type.
            byte[] bad = BlockingTripClient.requestBlock(request(2));
            bad[2] = 'X';
            assertClosedAfter(server.address(), bad);
            // Others are unaffected.
            for (int i = 0; i < 20; i++) {
                assertEquals(TripAnswers.book(request(i)), new BlockingTripClient(server.address()).search(request(i)));
            }
            assertEquals(3, server.failed.get());
            assertTrue(log.contains("size limit exceeded"), log.messages.toString());
            assertTrue(log.contains("corrupt data"), log.messages.toString());
            assertTrue(log.contains("unknown request type 88"), log.messages.toString());
        }
    }

    private static void assertClosedAfter(InetSocketAddress server, byte[] bytes) throws IOException {
        try (Socket s = new Socket(server.getAddress(), server.getPort())) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write(bytes);
            int r;
            try {
                r = s.getInputStream().read();
            } catch (SocketException reset) {
                r = -1;
            }
            assertEquals(-1, r, "the server closed the connection without answering");
        }
    }

    @Test
    void connectionsBeyondTheMaximumAreRefusedAndOthersStillServed() throws Exception {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        try (TripServer server = TripServer.start(ServerSettings.loopback(0).withMaxConnections(2))) {
            Socket a = new Socket(loopback, server.port());
            Socket b = new Socket(loopback, server.port());
            a.getOutputStream().write(0); // both idle, holding the two slots
            b.getOutputStream().write(0);
            // The server accepts asynchronously: wait (bounded) until it counts both.
            for (int i = 0; i < 200 && server.openConnections() < 2; i++) Thread.sleep(10);
            assertEquals(2, server.openConnections());
            try (Socket c = new Socket(loopback, server.port())) {
                c.setSoTimeout(10_000);
                int r;
                try {
                    r = c.getInputStream().read();
                } catch (SocketException reset) {
                    r = -1;
                }
                assertEquals(-1, r, "the third connection is closed at once");
            }
            a.close();
            b.close();
            for (int i = 0; i < 200 && server.openConnections() > 0; i++) Thread.sleep(10);
            assertEquals(TripAnswers.book(request(3)), new BlockingTripClient(server.address()).search(request(3)));
            assertEquals(1, server.refused.get());
        }
    }

    @Test
    void aHundredThousandBlocksThroughARandomlyChunkingProxyArriveExactlyOnceInOrder() throws Exception {
        int connections = 20;
        int tripsEach = 5000;
        try (TripServer server = TripServer.start(ServerSettings.loopback(0), r -> numbered(r, tripsEach));
             FaultProxy proxy = FaultProxy.start(server.address(), FaultPlan.chunked(new Chunking.Random(1, 64)).withSeed(99))) {
            AsyncTripClient client = new AsyncTripClient(loop, proxy.address(), TIMEOUT);
            List<CompletableFuture<List<TripReply>>> replies = new ArrayList<>();
            for (int i = 0; i < connections; i++) replies.add(client.search(request(i)));
            long blocks = 0;
            for (int i = 0; i < connections; i++) {
                List<TripReply> got = replies.get(i).get(120, TimeUnit.SECONDS);
                assertEquals(numbered(request(i), tripsEach), got, "connection " + i);
                blocks += got.size();
            }
            assertEquals(100_000, blocks);
            // Pieces of at most 64 bytes: the stream was really cut up, mostly inside blocks.
            assertTrue(proxy.awaitIdle(Duration.ofSeconds(30)));
            assertTrue(proxy.stats().chunksDown.get() >= proxy.stats().bytesDown.get() / 64, proxy.stats().toString());
        }
    }

    /** {@code n} distinct trips: duration counts 0..n-1, so a lost or duplicated block changes the list. */
    private static List<TripReply> numbered(TripRequest q, int n) {
        List<TripReply> trips = new ArrayList<>(n);
        for (int i = 0; i < n; i++) trips.add(new TripReply(q.date(), q.time(), i, i % 256, "T" + (i % 97)));
        return trips;
    }
}
