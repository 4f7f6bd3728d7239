package io.github.qdatastream.harness.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.qdatastream.codec.StreamOptions;
import io.github.qdatastream.codec.VariantRegistry;
import io.github.qdatastream.harness.inspect.DecodingTap;
import io.github.qdatastream.harness.inspect.Protocol;
import io.github.qdatastream.harness.proxy.FaultPlan;
import io.github.qdatastream.harness.proxy.FaultProxy;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@code qds proxy --decode} between real Qt peers (the PyQt5 Trip and Fortune programs of
 * interop/peers/): the Qt client still gets its whole answer through the decoding proxy, and
 * the decode log holds each block's fields as Qt wrote them.
 */
@Tag("interop")
class ProxyDecodeInteropTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private record Decoded(List<JsonNode> lines, String text) {
        List<JsonNode> of(String direction, String kind) {
            return lines.stream().filter(n -> direction.equals(n.path("direction").asText()) && kind.equals(n.path("kind").asText())).toList();
        }
    }

    private static Decoded throughDecodingProxy(String server, List<String> serverArgs, String decode, String client,
                                                List<String> clientArgs, int expectedExit) throws Exception {
        StringWriter text = new StringWriter();
        StringWriter log = new StringWriter();
        Protocol[] dirs = DecodingTap.directions(decode);
        DecodingTap tap = new DecodingTap(dirs[0], dirs[1], StreamOptions.DEFAULT, VariantRegistry.DEFAULT,
                new PrintWriter(text), false, new PrintWriter(log), Clock.systemUTC());
        try (QtPeer s = QtPeer.start(server, serverArgs.toArray(String[]::new))) {
            int port = s.awaitListening();
            try (FaultProxy proxy = FaultProxy.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                    new InetSocketAddress(InetAddress.getLoopbackAddress(), port), FaultPlan.PASS_THROUGH, 8, tap)) {
                List<String> args = new ArrayList<>(List.of("--port", Integer.toString(proxy.port())));
                args.addAll(clientArgs);
                QtPeer.Result r = QtPeer.run(60, client, args.toArray(String[]::new));
                assertEquals(expectedExit, r.exit(), r.output() + " " + r.stderr());
                assertTrue(proxy.awaitIdle(Duration.ofSeconds(10)), "proxy connections did not end");
            }
        }
        List<JsonNode> lines = new ArrayList<>();
        for (String l : log.toString().split("\n")) if (!l.isBlank()) lines.add(JSON.readTree(l));
        return new Decoded(lines, text.toString());
    }

    @Test
    void tripRequestAndRepliesBetweenTheQtPlannerAndTheQtServer() throws Exception {
        Decoded d = throughDecodingProxy("trip_server.py", List.of("--port", "0"), "trip", "trip_client.py",
                List.of("--from", "Berlin", "--to", "München", "--date", "2026-12-24", "--time", "08:00"), 0);
        assertEquals(List.of(), d.of("up", "error"), d.text());
        assertEquals(List.of(), d.of("down", "error"), d.text());
        assertEquals(1, d.of("up", "block").size(), d.text());
        List<String> up = d.of("up", "field").stream().map(n -> n.get("name").asText() + "=" + n.get("value")).toList();
        assertEquals(List.of("requestType=83", "from=\"Berlin\"", "to=\"München\"", "date=\"2026-12-24\"", "time=\"08:00:00.000\"",
                "timeKind=68"), up);
        List<Integer> durations = d.of("down", "field").stream().filter(n -> n.get("name").asText().equals("duration"))
                .map(n -> n.get("value").asInt()).toList();
        assertEquals(List.of(127, 99, 127, 138, 95, 149, 114), durations); // the Qt peer's libc rand(): glibc
        assertEquals(1, d.of("down", "end-marker").size());
        assertTrue(d.text().contains("#1 up   ── block 0"), d.text());
    }

    @Test
    void fortunesOfBothStylesBetweenQtPeers() throws Exception {
        for (String style : List.of("qt4", "qt57")) {
            Decoded d = throughDecodingProxy("fortune_server.py", List.of("--port", "0", "--style", style, "--fortune", "Grüße aus München"),
                    "fortune-" + style, "fortune_client.py", List.of("--style", style), 0);
            assertEquals(List.of(), d.of("down", "error"), d.text());
            List<JsonNode> fields = d.of("down", "field");
            assertEquals(1, fields.size(), d.text());
            assertEquals("Grüße aus München", fields.get(0).get("value").asText());
            assertEquals(style.equals("qt4") ? 1 : 0, d.of("down", "size").size());
        }
    }
}
