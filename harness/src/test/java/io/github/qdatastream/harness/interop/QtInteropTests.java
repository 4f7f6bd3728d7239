package io.github.qdatastream.harness.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.qdatastream.codec.QDate;
import io.github.qdatastream.codec.QTime;
import io.github.qdatastream.codec.protocol.TripReply;
import io.github.qdatastream.codec.protocol.TripRequest;
import io.github.qdatastream.harness.fortune.AsyncFortuneClient;
import io.github.qdatastream.harness.fortune.BlockingFortuneClient;
import io.github.qdatastream.harness.fortune.FortuneServer;
import io.github.qdatastream.harness.fortune.FortuneStyle;
import io.github.qdatastream.harness.net.ClientLoop;
import io.github.qdatastream.harness.net.ServerSettings;
import io.github.qdatastream.harness.proxy.Chunking;
import io.github.qdatastream.harness.proxy.FaultPlan;
import io.github.qdatastream.harness.proxy.FaultProxy;
import io.github.qdatastream.harness.trip.AsyncTripClient;
import io.github.qdatastream.harness.trip.BlockingTripClient;
import io.github.qdatastream.harness.trip.TripAnswers;
import io.github.qdatastream.harness.trip.TripServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Live interop with real Qt (Qt 5.15 through PyQt5): our clients against Qt's servers, Qt's
 * clients against ours, both protocols, directly and through the proxy at one-byte and random
 * chunking. Run with {@code mvn -Pinterop verify}.
 */
@Tag("interop")
class QtInteropTests {

    /** Paths between a client and a server: direct, or through the proxy with this chunking. */
    private static final String[] PATHS = {"direct", "1", "random:1-64"};
    private static final String FORTUNE = "Du kannst die Zeit nicht totschlagen, ohne die Ewigkeit zu verletzen. Äöü ß €";
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private static ClientLoop loop;

    @BeforeAll
    static void startLoop() {
        loop = new ClientLoop(1);
    }

    @AfterAll
    static void stopLoop() {
        loop.close();
    }

    private static InetSocketAddress loopback(int port) {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
    }

    private static TripRequest request(String from, String to, int hour, boolean departure) {
        return TripRequest.search(from, to, QDate.of(2026, 12, 24), QTime.of(hour, 0, 0, 0), departure);
    }

    /** Runs {@code body} against {@code server} directly or through a proxy, per {@code path}. */
    private interface Body {
        void run(InetSocketAddress to) throws Exception;
    }

    private static void via(String path, InetSocketAddress server, Body body) throws Exception {
        if (path.equals("direct")) {
            body.run(server);
            return;
        }
        try (FaultProxy proxy = FaultProxy.start(server, FaultPlan.chunked(Chunking.parse(path)).withSeed(5))) {
            body.run(proxy.address());
            assertTrue(proxy.stats().bytesDown.get() > 0);
        }
    }

    // ------------------------------------------------------------------ Java clients, Qt servers

    @ParameterizedTest
    @ValueSource(strings = {"direct", "1", "random:1-64"})
    void javaTripClientsReadTheQtTripServersReply(String path) throws Exception {
        try (QtPeer qt = QtPeer.start("trip_server.py", "--timeout", "120")) {
            InetSocketAddress server = loopback(qt.awaitListening());
            via(path, server, to -> {
                for (String[] cities : new String[][] {{"Berlin", "München"}, {"Hamburg", "Köln"}, {"A", "B"}}) {
                    for (int hour : new int[] {0, 8, 17}) {
                        TripRequest q = request(cities[0], cities[1], hour, hour != 17);
                        // The Qt server draws its trips with the same seeded generator as ours.
                        List<TripReply> expected = TripAnswers.book(q);
                        assertEquals(expected, new BlockingTripClient(to, TIMEOUT, TIMEOUT).search(q), path + " " + q);
                        assertEquals(expected, new AsyncTripClient(loop, to, TIMEOUT).search(q).get(30, TimeUnit.SECONDS));
                    }
                }
            });
        }
    }

    @Test
    void javaTripClientReadsALongQtReplyThroughRandomChunking() throws Exception {
        try (QtPeer qt = QtPeer.start("trip_server.py", "--trips", "2000", "--timeout", "120")) {
            InetSocketAddress server = loopback(qt.awaitListening());
            TripRequest q = request("Berlin", "München", 8, true);
            via("random:1-64", server, to -> assertEquals(TripAnswers.book(q, 2000),
                    new AsyncTripClient(loop, to, TIMEOUT).search(q).get(60, TimeUnit.SECONDS)));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"qt4", "qt57"})
    void javaFortuneClientsReadTheQtFortuneServer(String style) throws Exception {
        FortuneStyle s = FortuneStyle.parse(style);
        try (QtPeer qt = QtPeer.start("fortune_server.py", "--style", style, "--fortune", FORTUNE, "--timeout", "120")) {
            InetSocketAddress server = loopback(qt.awaitListening());
            for (String path : PATHS) {
                via(path, server, to -> {
                    assertEquals(FORTUNE, new BlockingFortuneClient(to, s).fetch(), path);
                    assertEquals(FORTUNE, new AsyncFortuneClient(loop, to, s, TIMEOUT).fetch().get(30, TimeUnit.SECONDS), path);
                });
            }
        }
    }

    // ------------------------------------------------------------------ Qt clients, Java servers

    @Test
    void qtTripClientReadsTheJavaTripServersReply() throws Exception {
        try (TripServer server = TripServer.start(ServerSettings.loopback(0))) {
            for (String path : PATHS) {
                via(path, server.address(), to -> {
                    for (String[] c : new String[][] {{"Berlin", "München", "08:00", ""}, {"Hamburg", "Köln", "17:00", "--arrival"}}) {
                        List<String> args = new ArrayList<>(List.of("--port", Integer.toString(to.getPort()),
                                "--from", c[0], "--to", c[1], "--date", "2026-12-24", "--time", c[2]));
                        if (!c[3].isEmpty()) args.add(c[3]);
                        QtPeer.Result r = QtPeer.run(30, "trip_client.py", args.toArray(String[]::new));
                        assertEquals(0, r.exit(), r.output() + r.stderr());
                        TripRequest q = request(c[0], c[1], Integer.parseInt(c[2].substring(0, 2)), c[3].isEmpty());
                        List<TripReply> expected = TripAnswers.book(q);
                        assertEquals(expected.size() + 1, r.output().size(), r.output().toString());
                        for (int i = 0; i < expected.size(); i++) assertTrip(expected.get(i), r.output().get(i));
                        assertEquals("done", r.last().path("event").asText());
                        assertEquals(expected.size(), r.last().path("trips").asInt());
                    }
                });
            }
        }
    }

    private static void assertTrip(TripReply expected, JsonNode got) {
        assertEquals(expected.date().toLocalDate().orElseThrow().toString(), got.path("date").asText());
        assertEquals(expected.departureTime().toLocalTime().orElseThrow().toString(), got.path("departure").asText());
        assertEquals(expected.arrivalTime().toLocalTime().orElseThrow().toString(), got.path("arrival").asText());
        assertEquals(expected.duration(), got.path("duration").asInt());
        assertEquals(expected.changes(), got.path("changes").asInt());
        assertEquals(expected.trainType(), got.path("trainType").asText());
    }

    @Test
    void qtTripClientSaysConnectionClosedByServerWhenTheReplyIsCut() throws Exception {
        try (TripServer server = TripServer.start(ServerSettings.loopback(0), q -> TripAnswers.book(q, 3));
             FaultProxy proxy = FaultProxy.start(server.address(), FaultPlan.chunked(Chunking.ONE_BYTE).withTruncateAt(50))) {
            QtPeer.Result r = QtPeer.run(30, "trip_client.py", "--port", Integer.toString(proxy.port()),
                    "--date", "2026-12-24", "--time", "08:00");
            assertEquals(2, r.exit(), r.output() + r.stderr());
            assertEquals("Connection closed by server", r.last().path("error").asText());
            assertTrue(r.last().path("trips").asInt() < 3);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"qt4", "qt57"})
    void qtFortuneClientReadsTheJavaFortuneServer(String style) throws Exception {
        try (FortuneServer server = FortuneServer.start(ServerSettings.loopback(0), FortuneStyle.parse(style), () -> FORTUNE)) {
            for (String path : PATHS) {
                via(path, server.address(), to -> {
                    QtPeer.Result r = QtPeer.run(30, "fortune_client.py", "--port", Integer.toString(to.getPort()),
                            "--style", style.toLowerCase(Locale.ROOT));
                    assertEquals(0, r.exit(), path + ": " + r.output() + r.stderr());
                    assertEquals(FORTUNE, r.last().path("fortune").asText(), path);
                });
            }
        }
    }

    // ------------------------------------------------------------------ Qt to Qt through our proxy

    @Test
    void theProxySitsBetweenTwoRealQtProgramsAtOneByteChunking() throws Exception {
        try (QtPeer qtServer = QtPeer.start("trip_server.py", "--timeout", "120")) {
            InetSocketAddress server = loopback(qtServer.awaitListening());
            try (FaultProxy proxy = FaultProxy.start(server, FaultPlan.chunked(Chunking.ONE_BYTE))) {
                QtPeer.Result r = QtPeer.run(30, "trip_client.py", "--port", Integer.toString(proxy.port()),
                        "--from", "Berlin", "--to", "München", "--date", "2026-12-24", "--time", "08:00");
                assertEquals(0, r.exit(), r.output() + r.stderr());
                List<TripReply> expected = TripAnswers.book(request("Berlin", "München", 8, true));
                for (int i = 0; i < expected.size(); i++) assertTrip(expected.get(i), r.output().get(i));
                assertEquals(expected.size(), r.last().path("trips").asInt());
                assertTrue(proxy.awaitIdle(Duration.ofSeconds(10)));
                assertEquals(proxy.stats().bytesDown.get(), proxy.stats().chunksDown.get(), "one byte per write");
            }
        }
    }
}
