package io.github.qdatastream.harness.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.qdatastream.harness.Qds;
import io.github.qdatastream.harness.fortune.FortuneServer;
import io.github.qdatastream.harness.fortune.FortuneStyle;
import io.github.qdatastream.harness.net.ServerSettings;
import io.github.qdatastream.harness.trip.TripServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;
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
            assertTrue(r.out().contains("Found 7 trip(s)"), r.out()); // as the book's C++ server on Linux
            assertTrue(r.out().contains("2026-12-24  08:00 -> 10:07  2 hr 07 min  1 change(s)  InterCity"), r.out());
        }
    }

    @Test
    void tripReportsAClosedConnectionWithItsExitCode() throws Exception {
        try (TripServer server = TripServer.start(ServerSettings.loopback(0))) {
            try (var p = io.github.qdatastream.harness.proxy.FaultProxy.start(server.address(),
                    io.github.qdatastream.harness.proxy.FaultPlan.PASS_THROUGH.withTruncateAt(40))) {
                Run r = run("trip", "--port", Integer.toString(p.port()), "--date", "2026-12-24", "--time", "08:00", "--async");
                assertEquals(3, r.exit());
                assertTrue(r.err().contains("Error: connection closed by server"), r.err());
            }
        }
    }

    /**
     * A server that accepts one connection, reads what the client sends for a moment, writes
     * {@code reply} and then closes, or with {@code hold} keeps the connection open and silent.
     */
    private static ServerSocket rawServer(byte[] reply, boolean hold) throws IOException {
        ServerSocket ss = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        Thread t = new Thread(() -> {
            try (Socket s = ss.accept()) {
                s.setSoTimeout(200);
                try {
                    s.getInputStream().read(new byte[4096]);
                } catch (SocketTimeoutException ignored) {
                    // a Fortune client sends nothing
                }
                s.getOutputStream().write(reply);
                s.getOutputStream().flush();
                if (hold) {
                    s.setSoTimeout(5000);
                    s.getInputStream().read(); // until the client gives up (or 5 s)
                }
            } catch (IOException ignored) {
                // the client went away
            }
        });
        t.setDaemon(true);
        t.start();
        return ss;
    }

    private static final byte[] CUT = {0x00, 0x20, 0x00};
    private static final byte[] BAD_TRIP = {0x00, 0x01, 0x00}; // a one-byte trip block
    private static final byte[] BAD_FORTUNE = {0x00, 0x08, (byte) 0xFF, (byte) 0xFF, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00};

    @Test
    void eachClientFailureHasItsOwnExitCode() throws Exception {
        for (String command : List.of("trip", "fortune")) {
            for (List<String> mode : List.of(List.<String>of(), List.of("--async"))) {
                List<String> base = new ArrayList<>(List.of(command, "--read-timeout", "300ms"));
                base.addAll(mode);
                String what = command + " " + mode;
                try (ServerSocket ss = rawServer(CUT, false)) {
                    Run r = run(with(base, "--port", Integer.toString(ss.getLocalPort())));
                    assertEquals(3, r.exit(), what + " closed early: " + r.err());
                    assertTrue(r.err().contains("connection closed by server"), r.err());
                }
                try (ServerSocket ss = rawServer(new byte[0], true)) {
                    Run r = run(with(base, "--port", Integer.toString(ss.getLocalPort())));
                    assertEquals(4, r.exit(), what + " timeout: " + r.err());
                    assertTrue(r.err().contains("timed out after 300 ms"), r.err());
                }
                try (ServerSocket ss = rawServer(command.equals("trip") ? BAD_TRIP : BAD_FORTUNE, false)) {
                    Run r = run(with(base, "--port", Integer.toString(ss.getLocalPort())));
                    assertEquals(5, r.exit(), what + " corrupt: " + r.err());
                }
                int closedPort;
                try (ServerSocket ss = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                    closedPort = ss.getLocalPort();
                }
                Run r = run(with(base, "--port", Integer.toString(closedPort)));
                assertEquals(6, r.exit(), what + " refused: " + r.err());
            }
        }
    }

    private static String[] with(List<String> base, String... more) {
        List<String> all = new ArrayList<>(base);
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
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
    void aBadOptionValueIsOneLineAndAHintWithExitCodeTwo() {
        String[][] mistakes = {
                {"fortune", "--port", "70000"},
                {"fortune", "--port", "-5"},
                {"fortune", "--port", "1", "--connect-timeout", "banana"},
                {"fortune-server", "--port", "70000"},
                {"fortune-server", "--style", "qt3"},
                {"trip", "--port", "1", "--date", "2026-13-01"},
                {"trip", "--port", "1", "--time", "25:00"},
                {"proxy", "--to", "127.0.0.1:x"},
                {"proxy", "--to", "127.0.0.1:1", "--listen", "99999"},
                {"proxy", "--to", "127.0.0.1:1", "--direction", "sideways"},
                {"proxy", "--to", "127.0.0.1:1", "--stall-at", "3"},
                {"demo", "--concurrent", "0"},
                {"frobnicate"},
        };
        for (String[] args : mistakes) {
            Run r = run(args);
            String what = String.join(" ", args) + " -> " + r.err();
            assertEquals(2, r.exit(), what);
            String name = args[0].equals("frobnicate") ? "qds" : "qds " + args[0];
            assertTrue(r.err().startsWith(name + ": "), what);
            assertTrue(r.err().strip().endsWith("Try '" + name + " --help' for more information."), what);
            assertTrue(r.err().lines().count() <= 3, what); // the error, maybe "Did you mean", the hint
            assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), what);
            assertEquals("", r.out(), what);
        }
    }

    @Test
    void aFailureWhileRunningIsOneLineWithExitCodeOne() {
        String missing = "/nonexistent/qds-" + System.nanoTime();
        Run decode = run("decode", "--types", "QString", "--file", missing);
        assertEquals(1, decode.exit(), decode.err());
        assertEquals("qds decode: no such file: " + missing, decode.err().strip());
        Run timetable = run("trip-server", "--timetable", missing);
        assertEquals(1, timetable.exit(), timetable.err());
        assertEquals("qds trip-server: no such file: " + missing, timetable.err().strip());
        Run batch = run("encode", "--batch", "--input", missing);
        assertEquals(1, batch.exit(), batch.err());
        assertEquals("qds encode: no such file: " + missing, batch.err().strip());
    }

    @Test
    void decodeWithoutBytesSaysTheBytesAreMissing() {
        Run r = run("decode", "--types", "QString");
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("qds decode: missing the bytes: give HEX or --file"), r.err());
    }

    @Test
    void everySubcommandPrintsTheVersion() {
        for (String command : new String[] {"encode", "decode", "fortune", "trip", "proxy", "demo"}) {
            Run r = run(command, "--version");
            assertEquals(0, r.exit(), command);
            assertEquals("qds 0.1.0", r.out().strip(), command);
        }
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertEquals(2, run("proxy", "--to", "localhost:1", "--chunks", "lots").exit());
        assertEquals(2, run("trip").exit());
    }
}
