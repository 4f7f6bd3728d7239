package io.github.qdatastream.harness.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.qdatastream.harness.Qds;
import io.github.qdatastream.harness.fortune.FortuneServer;
import io.github.qdatastream.harness.fortune.FortuneStyle;
import io.github.qdatastream.harness.net.ServerSettings;
import io.github.qdatastream.harness.trip.TripServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The subcommands as a user runs them (in-process). */
class CommandLineTest {

    private record Run(int exit, String out, String err) {
    }

    private static synchronized Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = Qds.commandLine().execute(args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void tripPrintsTheTableAndTheCount() throws Exception {
        try (TripServer server = TripServer.start(ServerSettings.loopback(0))) {
            Run r = run("trip", "--port", Integer.toString(server.port()), "--from", "Berlin", "--to", "München",
                    "--date", "2026-12-24", "--time", "08:00", "--departure");
            assertEquals(0, r.exit(), r.err());
            assertTrue(r.out().contains("Found 4 trip(s)"), r.out());
            assertTrue(r.out().contains("2026-12-24  08:00 -> 10:34  2 hr 34 min  1 change(s)  InterCity"), r.out());
        }
    }

    @Test
    void tripReportsAClosedConnectionWithExitCodeOne() throws Exception {
        try (TripServer server = TripServer.start(ServerSettings.loopback(0))) {
            try (var p = io.github.qdatastream.harness.proxy.FaultProxy.start(server.address(),
                    io.github.qdatastream.harness.proxy.FaultPlan.PASS_THROUGH.withTruncateAt(40))) {
                Run r = run("trip", "--port", Integer.toString(p.port()), "--date", "2026-12-24", "--time", "08:00", "--async");
                assertEquals(1, r.exit());
                assertTrue(r.err().contains("Error: connection closed by server"), r.err());
            }
        }
    }

    @Test
    void fortunePrintsTheFortune() throws Exception {
        try (FortuneServer server = FortuneServer.start(ServerSettings.loopback(0), FortuneStyle.QT57, () -> "Hi there")) {
            Run r = run("fortune", "--port", Integer.toString(server.port()), "--style", "qt57");
            assertEquals(0, r.exit(), r.err());
            assertEquals("Hi there", r.out().strip());
        }
    }

    @Test
    void demoEndsByItselfWithEveryRunAsExpected() {
        Run r = run("demo", "--concurrent", "50");
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("runs behaved as expected"), r.out());
        assertTrue(r.out().contains("Summary"), r.out());
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertEquals(2, run("proxy", "--to", "localhost:1", "--chunks", "lots").exit());
        assertEquals(2, run("trip").exit());
    }
}
