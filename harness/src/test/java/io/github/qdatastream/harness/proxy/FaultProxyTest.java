package io.github.qdatastream.harness.proxy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The proxy over a tiny "read the request to its end, reply with a fixed stream" server. */
class FaultProxyTest {

    private static final byte[] REPLY = new byte[10_000];

    static {
        for (int i = 0; i < REPLY.length; i++) REPLY[i] = (byte) (i * 31 + 7);
    }

    private ServerSocket server;
    private Thread serverThread;
    private final AtomicReference<byte[]> lastRequest = new AtomicReference<>();

    @BeforeEach
    void startServer() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        serverThread = new Thread(() -> {
            while (!server.isClosed()) {
                try (Socket s = server.accept()) {
                    s.setSoTimeout(10_000);
                    lastRequest.set(s.getInputStream().readAllBytes());
                    s.getOutputStream().write(REPLY);
                } catch (IOException e) {
                    // closed by the test or by a proxy fault: next connection
                }
            }
        });
        serverThread.setDaemon(true);
        serverThread.start();
    }

    @AfterEach
    void stopServer() throws Exception {
        server.close();
        serverThread.join(5000);
    }

    private InetSocketAddress target() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), server.getLocalPort());
    }

    private byte[] exchange(FaultProxy proxy, byte[] request) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), proxy.port())) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write(request);
            s.shutdownOutput();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[4096];
            int n;
            try {
                while ((n = in.read(buf)) > 0) out.write(buf, 0, n);
            } catch (java.net.SocketException reset) {
                // a truncating proxy may reset instead of closing cleanly
            }
            return out.toByteArray();
        }
    }

    @Test
    void oneByteChunkingForwardsEveryByteInOrderBothWays() throws IOException {
        try (FaultProxy proxy = FaultProxy.start(target(), FaultPlan.chunked(Chunking.ONE_BYTE))) {
            byte[] request = "hello, fortune".getBytes();
            assertArrayEquals(REPLY, exchange(proxy, request));
            assertArrayEquals(request, lastRequest.get());
            assertEquals(REPLY.length, proxy.stats().chunksDown.get());
            assertEquals(request.length, proxy.stats().chunksUp.get());
        }
    }

    @Test
    void randomChunkingForwardsEveryByteInOrder() throws IOException {
        try (FaultProxy proxy = FaultProxy.start(target(), FaultPlan.chunked(Chunking.parse("random:1-64")).withSeed(42))) {
            for (int i = 0; i < 5; i++) {
                assertArrayEquals(REPLY, exchange(proxy, new byte[] {1, 2, 3}));
            }
            assertEquals(5L * REPLY.length, proxy.stats().bytesDown.get());
            assertTrue(proxy.stats().chunksDown.get() >= 5L * REPLY.length / 64);
        }
    }

    @Test
    void corruptAtFlipsExactlyThatByte() throws IOException {
        try (FaultProxy proxy = FaultProxy.start(target(), FaultPlan.chunked(Chunking.parse("7")).withCorruptAt(1234))) {
            byte[] got = exchange(proxy, new byte[] {9});
            byte[] expected = REPLY.clone();
            expected[1234] ^= (byte) 0xFF;
            assertArrayEquals(expected, got);
        }
    }

    @Test
    void truncateAtForwardsExactlyThePrefixThenCloses() throws IOException {
        for (long at : new long[] {0, 1, 999, REPLY.length - 1}) {
            try (FaultProxy proxy = FaultProxy.start(target(), FaultPlan.chunked(Chunking.parse("random:1-300")).withTruncateAt(at))) {
                byte[] got = exchange(proxy, new byte[] {9});
                assertArrayEquals(Arrays.copyOf(REPLY, (int) at), got, "truncated at " + at);
            }
        }
    }

    @Test
    void stallAndDelayDelayButDoNotChangeTheBytes() throws IOException {
        FaultPlan plan = FaultPlan.chunked(Chunking.parse("1000")).withDelay(Duration.ofMillis(1))
                .withStall(5000, Duration.ofMillis(50));
        try (FaultProxy proxy = FaultProxy.start(target(), plan)) {
            assertArrayEquals(REPLY, exchange(proxy, new byte[] {1}));
            assertEquals(1, proxy.stats().faults.get());
        }
    }

    @Test
    void closeAfterEndsAConnectionThatOutlivesIt() throws IOException {
        // The client never half-closes, so the server never replies: only the fault ends it.
        try (FaultProxy proxy = FaultProxy.start(target(), FaultPlan.PASS_THROUGH.withCloseAfter(Duration.ofMillis(200)));
             Socket s = new Socket(InetAddress.getLoopbackAddress(), proxy.port())) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write(1);
            int r;
            try {
                r = s.getInputStream().read();
            } catch (java.net.SocketException reset) {
                r = -1;
            }
            assertEquals(-1, r);
            assertEquals(1, proxy.stats().faults.get());
        }
    }

    @Test
    void upstreamFaultsApplyToTheRequestStream() throws IOException {
        FaultPlan plan = FaultPlan.chunked(Chunking.ONE_BYTE).withCorruptAt(1).withFaultDirection(FaultPlan.Direction.UP);
        try (FaultProxy proxy = FaultProxy.start(target(), plan)) {
            assertArrayEquals(REPLY, exchange(proxy, new byte[] {1, 2, 3}), "the reply is untouched");
            assertArrayEquals(new byte[] {1, (byte) 0xFD, 3}, lastRequest.get(), "the request's byte 1 is flipped");
        }
    }

    @Test
    void connectionsBeyondTheProxysMaximumAreClosed() throws Exception {
        try (FaultProxy proxy = FaultProxy.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), target(),
                FaultPlan.PASS_THROUGH, 1);
             Socket held = new Socket(InetAddress.getLoopbackAddress(), proxy.port())) {
            held.getOutputStream().write(1); // holds the only slot: the server waits for its end of request
            for (int i = 0; i < 200 && proxy.activeConnections() < 1; i++) Thread.sleep(10);
            assertEquals(0, exchange(proxy, new byte[] {2}).length);
            assertEquals(1, proxy.stats().rejected.get());
        }
    }

    @Test
    void aProxyToAClosedPortClosesTheClientConnection() throws IOException {
        ServerSocket gone = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        InetSocketAddress nowhere = new InetSocketAddress(InetAddress.getLoopbackAddress(), gone.getLocalPort());
        gone.close();
        try (FaultProxy proxy = FaultProxy.start(nowhere, FaultPlan.PASS_THROUGH)) {
            assertEquals(0, exchange(proxy, new byte[] {1}).length);
        }
    }

    @Test
    void chunkingAndDurationsParseTheirCommandLineForms() {
        assertEquals(new Chunking.Fixed(1), Chunking.parse("1"));
        assertEquals(new Chunking.Random(1, 64), Chunking.parse("random:1-64"));
        assertEquals(Chunking.NONE, Chunking.parse("none"));
        assertThrows(IllegalArgumentException.class, () -> Chunking.parse("random:9-3"));
        assertThrows(IllegalArgumentException.class, () -> Chunking.parse("lots"));
        assertEquals(Duration.ofMillis(2), FaultPlan.parseDuration("2ms"));
        assertEquals(Duration.ofNanos(500_000), FaultPlan.parseDuration("500us"));
        assertEquals(Duration.ofMillis(1500), FaultPlan.parseDuration("1.5s"));
        assertThrows(IllegalArgumentException.class, () -> FaultPlan.parseDuration("soon"));
    }
}
