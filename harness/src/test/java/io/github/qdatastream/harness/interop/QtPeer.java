package io.github.qdatastream.harness.interop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A real-Qt peer: one of the PyQt5 scripts in interop/peers/, run with the system Python that
 * has PyQt5 ({@code /usr/bin/python3}, or the {@code qds.python} system property). The peers
 * print one JSON object per line on stdout.
 */
final class QtPeer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Path peers() {
        Path p = Path.of(System.getProperty("qds.interop.peers", "../interop/peers"));
        if (!Files.isRegularFile(p.resolve("qtpeer.py"))) {
            throw new IllegalStateException("interop peers not found at " + p.toAbsolutePath()
                    + " (set -Dqds.interop.peers=...)");
        }
        return p;
    }

    static String python() {
        return System.getProperty("qds.python", "/usr/bin/python3");
    }

    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> all = new ArrayList<>();
    private final StringBuilder stderr = new StringBuilder();
    private final Thread outPump;
    private final Thread errPump;

    private QtPeer(List<String> command) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(python());
        cmd.addAll(command);
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(peers().toFile());
        pb.environment().put("QT_QPA_PLATFORM", "offscreen");
        this.process = pb.start();
        this.outPump = new Thread(() -> pump(new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)), true));
        this.errPump = new Thread(() -> pump(new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8)), false));
        outPump.setDaemon(true);
        errPump.setDaemon(true);
        outPump.start();
        errPump.start();
    }

    private void pump(BufferedReader r, boolean stdout) {
        try (r) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (stdout) {
                    synchronized (all) {
                        all.add(line);
                    }
                    lines.add(line);
                } else {
                    synchronized (stderr) {
                        stderr.append(line).append('\n');
                    }
                }
            }
        } catch (IOException ignored) {
            // the process ended
        }
    }

    static QtPeer start(String script, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(script);
        cmd.addAll(List.of(args));
        return new QtPeer(cmd);
    }

    /** Starts a server peer and waits (at most 30 s) for its "listening" line; returns its port. */
    int awaitListening() throws Exception {
        JsonNode n = nextJson(30);
        if (n == null || !"listening".equals(n.path("event").asText())) {
            throw new IllegalStateException("peer did not start listening: " + n + "; stderr: " + stderr());
        }
        return n.path("port").asInt();
    }

    /** The next JSON line, waiting at most {@code seconds}; null if none came. */
    JsonNode nextJson(int seconds) throws Exception {
        String line = lines.poll(seconds, TimeUnit.SECONDS);
        return line == null ? null : JSON.readTree(line);
    }

    /** A client peer's whole run: exit code and JSON lines, bounded by {@code seconds}. */
    record Result(int exit, List<JsonNode> output, String stderr) {
        JsonNode last() {
            return output.isEmpty() ? null : output.get(output.size() - 1);
        }
    }

    static Result run(int seconds, String script, String... args) throws Exception {
        try (QtPeer p = start(script, args)) {
            if (!p.process.waitFor(seconds, TimeUnit.SECONDS)) {
                throw new IllegalStateException(script + " did not finish within " + seconds + " s; stderr: " + p.stderr());
            }
            // The pumps end at the end of the streams, which the exit closed.
            p.outPump.join(5000);
            p.errPump.join(5000);
            List<JsonNode> out = new ArrayList<>();
            synchronized (p.all) {
                for (String l : p.all) out.add(JSON.readTree(l));
            }
            return new Result(p.process.exitValue(), out, p.stderr());
        }
    }

    String stderr() {
        synchronized (stderr) {
            return stderr.toString();
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
