package io.github.qdatastream.harness.command;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.qdatastream.codec.protocol.TripReply;
import io.github.qdatastream.codec.protocol.TripRequest;
import io.github.qdatastream.harness.fortune.FortuneServer;
import io.github.qdatastream.harness.fortune.FortuneStyle;
import io.github.qdatastream.harness.net.ServerSettings;
import io.github.qdatastream.harness.trip.TripAnswers;
import io.github.qdatastream.harness.trip.TripServer;
import io.github.qdatastream.harness.trip.Trips;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The clients in a separate JVM under {@code LC_ALL=C} with {@code LANG} unset, started as plain
 * {@code java -cp ... Qds} (without the launcher's UTF-8 flags, the harder case): non-ASCII
 * arguments reach the server as sent and non-ASCII output is UTF-8.
 */
class LocaleTest {

    record Run(int exit, String out, String err) {
    }

    private static Run qds(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "io.github.qdatastream.harness.Qds"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().keySet().removeIf(k -> k.equals("LANG") || k.equals("LANGUAGE") || k.startsWith("LC_"));
        pb.environment().put("LC_ALL", "C");
        Process p = pb.start();
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> {
            try {
                return p.getErrorStream().readAllBytes();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "qds did not finish");
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err.get(60, TimeUnit.SECONDS), StandardCharsets.UTF_8));
    }

    @Test
    void tripSendsNonAsciiCitiesAsTypedUnderTheCLocale() throws Exception {
        List<TripRequest> seen = new CopyOnWriteArrayList<>();
        try (TripServer server = TripServer.start(ServerSettings.loopback(0), q -> {
            seen.add(q);
            return TripAnswers.book(q);
        })) {
            Run r = qds("trip", "--port", Integer.toString(server.port()), "--from", "Zürich", "--to", "København",
                    "--date", "2026-12-24", "--time", "08:00", "--json");
            assertEquals(0, r.exit(), r.err());
            assertEquals(1, seen.size());
            assertEquals("Zürich", seen.get(0).from());
            assertEquals("København", seen.get(0).to());
            StringBuilder expected = new StringBuilder();
            for (TripReply t : TripAnswers.book(seen.get(0))) expected.append(Trips.json(t)).append('\n');
            assertEquals(expected.toString(), r.out());
        }
    }

    @Test
    void fortunePrintsUtf8UnderTheCLocale() throws Exception {
        for (String style : List.of("qt4", "qt57")) {
            try (FortuneServer server = FortuneServer.start(ServerSettings.loopback(0), FortuneStyle.parse(style), () -> "Grüße aus München 🎄")) {
                Run r = qds("fortune", "--port", Integer.toString(server.port()), "--style", style);
                assertEquals(0, r.exit(), r.err());
                assertArrayEquals("Grüße aus München 🎄\n".getBytes(StandardCharsets.UTF_8), r.out().getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void encodeReadsAUtf8ArgumentUnderTheCLocale() throws Exception {
        Run r = qds("encode", "--type", "QString", "\"Zürich\"");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("0000000c005a00fc0072006900630068"), r.out());
    }
}
