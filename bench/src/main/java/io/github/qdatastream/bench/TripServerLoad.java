package io.github.qdatastream.bench;

import io.github.qdatastream.codec.QDataWriter;
import io.github.qdatastream.codec.QDate;
import io.github.qdatastream.codec.QTime;
import io.github.qdatastream.codec.protocol.TripRequest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code qds trip-server} against the book's C++ Trip Server (interop/book/) over loopback: N
 * concurrent Trip Planner clients, each connecting, sending the Berlin -> München 08:00 search and
 * reading the 7 trips up to 0xFFFF and the close, again and again for a fixed time. For each N in
 * the run, both servers, measured alternately in the same run, {@code QDS_LOAD_ROUNDS} times
 * (default 3); requests per second, the p50 / p99 latency of one request (connect to close), and
 * each server's CPU time per request (its process's user + system time, from {@code /proc}).
 * Bounded: each measurement is {@code seconds} long, and the clients are at most the largest N.
 *
 * <p>Extra {@code qds trip-server} options: environment variable {@code QDS_SERVER_ARGS}; options
 * for its JVM: {@code QDS_SERVER_JVM_ARGS}.
 *
 * <p>Usage: {@code java -cp bench/target/benchmarks.jar io.github.qdatastream.bench.TripServerLoad
 * CPP_BINARY QDS_JAR [SECONDS] [N...]} (bench/trip-load.sh builds both and runs it).
 */
public final class TripServerLoad {

    /**
     * One measurement, or several of one server at one level pooled ({@code latencies} sorted);
     * {@code cpuTicks}: the server process's user + system CPU time over the measurement, in
     * clock ticks of {@code /proc/PID/stat} (1/100 s).
     */
    private record Result(String server, int clients, long requests, long errors, double seconds, long[] latencies, long cpuTicks) {
        double perSecond() {
            return requests / seconds;
        }

        /** {@return the server's CPU time per request, in milliseconds} */
        double cpuMillisPerRequest() {
            return requests == 0 ? 0 : cpuTicks * (1000.0 / TICKS_PER_SECOND) / requests;
        }

        long p50() {
            return latencies.length == 0 ? 0 : latencies[(int) (latencies.length * 0.50)];
        }

        long p99() {
            return latencies.length == 0 ? 0 : latencies[Math.min(latencies.length - 1, (int) (latencies.length * 0.99))];
        }

        Result plus(Result o) {
            long[] all = Arrays.copyOf(latencies, latencies.length + o.latencies.length);
            System.arraycopy(o.latencies, 0, all, latencies.length, o.latencies.length);
            Arrays.sort(all);
            return new Result(server, clients, requests + o.requests, errors + o.errors, seconds + o.seconds, all, cpuTicks + o.cpuTicks);
        }
    }

    private static final Pattern PORT = Pattern.compile("(?:listening |port )(\\d+)");

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: TripServerLoad CPP_BINARY QDS_JAR [SECONDS] [N...]");
            System.exit(2);
        }
        double seconds = args.length > 2 ? Double.parseDouble(args[2]) : 2.0;
        int[] levels = args.length > 3 ? Arrays.stream(args, 3, args.length).mapToInt(Integer::parseInt).toArray() : new int[] {1, 10, 100, 1000};
        byte[] request = request();
        Process cpp = new ProcessBuilder(args[0], "0").redirectErrorStream(true).start();
        List<String> qds = new ArrayList<>(List.of("java"));
        qds.addAll(envWords("QDS_SERVER_JVM_ARGS")); // e.g. "-XX:+UseSerialGC"
        qds.addAll(List.of("-jar", args[1], "trip-server", "--port", "0", "--max-connections", "20000"));
        qds.addAll(envWords("QDS_SERVER_ARGS")); // e.g. "--threads 1"
        System.out.println("qds: " + String.join(" ", qds));
        Process java = new ProcessBuilder(qds).redirectErrorStream(true).start();
        try {
            Server cppServer = new Server(address(cpp), cpp.pid());
            Server javaServer = new Server(address(java), java.pid());
            // Warm-up by count, not time: the JIT of the Java server keeps compiling for some 35,000
            // requests (C2 compiler threads took 250 to 560 ms of CPU per 5,000 requests until then,
            // on the 2 cores the clients and both servers share, then nothing; the event loops'
            // CPU per request halved), so a shorter warm-up measures the compiler, not the server.
            // At most WARM_UP_SECONDS each.
            System.out.println("warm-up: " + WARM_UP_REQUESTS + " requests (at most " + WARM_UP_SECONDS + " s) each, 10 clients");
            warmUp("C++", cppServer, request);
            warmUp("qds", javaServer, request);
            // Every level ROUNDS times, the two servers alternately, the order flipping each time;
            // a level's figures pool its rounds, and the spread of the per-round ratios is shown.
            int rounds = Integer.parseInt(System.getenv().getOrDefault("QDS_LOAD_ROUNDS", "3"));
            System.out.println("rounds: " + rounds + " per level, " + seconds + " s per server and round");
            List<Result> results = new ArrayList<>();
            List<double[]> spread = new ArrayList<>();
            boolean cppFirst = true;
            for (int n : levels) {
                Result c = null;
                Result q = null;
                double lo = Double.MAX_VALUE;
                double hi = 0;
                // Unmeasured, each server: the JIT's profile from the warm-up's 10 clients does not
                // fit 1 client (its first rounds ran at half the speed of its third) nor 1000.
                run("C++", cppServer, request, n, Math.min(1.0, seconds));
                run("qds", javaServer, request, n, Math.min(1.0, seconds));
                for (int r = 0; r < rounds; r++) {
                    Result a = run(cppFirst ? "C++" : "qds", cppFirst ? cppServer : javaServer, request, n, seconds);
                    Result b = run(cppFirst ? "qds" : "C++", cppFirst ? javaServer : cppServer, request, n, seconds);
                    print(a);
                    print(b);
                    Result rc = cppFirst ? a : b;
                    Result rq = cppFirst ? b : a;
                    double ratio = rq.perSecond() / rc.perSecond();
                    lo = Math.min(lo, ratio);
                    hi = Math.max(hi, ratio);
                    c = c == null ? rc : c.plus(rc);
                    q = q == null ? rq : q.plus(rq);
                    cppFirst = !cppFirst;
                }
                results.add(c);
                results.add(q);
                spread.add(new double[] {lo, hi});
            }
            System.out.println();
            System.out.println("| clients | C++ req/s | qds req/s | qds/C++ throughput | per-round ratios | C++ p50 / p99 (ms) | qds p50 / p99 (ms) | qds/C++ p50 | qds/C++ p99 | server CPU/request C++ / qds (ms) | qds/C++ CPU | errors C++ / qds |");
            System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
            for (int i = 0; i < results.size(); i += 2) {
                Result c = results.get(i);
                Result q = results.get(i + 1);
                double[] lh = spread.get(i / 2);
                System.out.printf(Locale.ROOT, "| %d | %,.0f | %,.0f | **%.2fx** | %.2f to %.2f | %.2f / %.2f | %.2f / %.2f | %.2f | %.2f | %.3f / %.3f | %.2f | %d / %d |%n",
                        c.clients, c.perSecond(), q.perSecond(), q.perSecond() / c.perSecond(), lh[0], lh[1], c.p50() / 1e6, c.p99() / 1e6,
                        q.p50() / 1e6, q.p99() / 1e6, (double) q.p50() / c.p50(), (double) q.p99() / c.p99(),
                        c.cpuMillisPerRequest(), q.cpuMillisPerRequest(), q.cpuMillisPerRequest() / c.cpuMillisPerRequest(), c.errors, q.errors);
            }
        } finally {
            cpp.destroy();
            java.destroy();
            cpp.waitFor(5, TimeUnit.SECONDS);
            java.waitFor(5, TimeUnit.SECONDS);
        }
    }

    static final int WARM_UP_REQUESTS = 60_000;
    static final int WARM_UP_SECONDS = 60;

    /** {@return the words of environment variable {@code name}, none if it is unset or blank} */
    private static List<String> envWords(String name) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? List.of() : List.of(v.trim().split("\\s+"));
    }

    /** A running server: where it listens, and its process (for its CPU time). */
    private record Server(InetSocketAddress address, long pid) {}

    /** USER_HZ: the unit of {@code /proc/PID/stat}'s times, 100 on every Linux architecture Java runs on. */
    static final int TICKS_PER_SECOND = 100;

    /** {@return the user + system CPU time of process {@code pid} and its threads so far, in ticks} */
    static long cpuTicks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            // Fields after the command name, which is in parentheses and may hold spaces: state is
            // field 3, utime 14, stime 15.
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (IOException | RuntimeException e) {
            return 0; // not Linux, or the process ended: the CPU columns read 0
        }
    }

    private static void warmUp(String name, Server server, byte[] request) throws InterruptedException {
        long done = 0;
        long deadline = System.nanoTime() + WARM_UP_SECONDS * 1_000_000_000L;
        while (done < WARM_UP_REQUESTS && System.nanoTime() < deadline) {
            done += run(name, server, request, 10, 2.0).requests;
        }
        System.out.println("  " + name + ": " + done + " requests");
    }

    private static void print(Result r) {
        System.out.printf(Locale.ROOT, "%-4s %5d clients: %,9.0f req/s  p50 %7.3f ms  p99 %7.3f ms  server CPU %.3f ms/request  (%d requests, %d errors)%n",
                r.server, r.clients, r.perSecond(), r.p50() / 1e6, r.p99() / 1e6, r.cpuMillisPerRequest(), r.requests, r.errors);
    }

    private static InetSocketAddress address(Process p) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            Matcher m = PORT.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> {
                    try {
                        while (r.readLine() != null) {
                            // the servers' logs: not part of the measurement
                        }
                    } catch (IOException ignored) {
                        // the server ended
                    }
                });
                drain.setDaemon(true);
                drain.start();
                return new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(m.group(1)));
            }
        }
        throw new IOException("server ended without saying its port");
    }

    static byte[] request() {
        QDataWriter body = new QDataWriter();
        TripRequest.CODEC.write(body, TripRequest.search("Berlin", "München", QDate.of(2026, 12, 24), QTime.of(8, 0, 0, 0), true));
        byte[] b = body.toByteArray();
        QDataWriter w = new QDataWriter().writeUInt16(b.length);
        w.writeRawData(b);
        return w.toByteArray();
    }

    /** {@code clients} threads, each doing requests back to back for {@code seconds}. */
    private static Result run(String name, Server at, byte[] request, int clients, double seconds) throws InterruptedException {
        InetSocketAddress server = at.address();
        long[][] latencies = new long[clients][];
        int[] counts = new int[clients];
        long[] errors = new long[clients];
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(clients);
        long[] window = new long[2];
        int cap = (int) Math.min(1_000_000, Math.max(1024, 4_000_000L / clients));
        for (int i = 0; i < clients; i++) {
            int id = i;
            Thread t = new Thread(null, () -> {
                long[] lat = new long[cap];
                byte[] buf = new byte[4096];
                try {
                    start.await();
                    long end = window[1];
                    while (System.nanoTime() < end) {
                        long t0 = System.nanoTime();
                        try (Socket s = new Socket()) {
                            s.setTcpNoDelay(true);
                            s.connect(server, 10_000);
                            s.setSoTimeout(10_000);
                            s.getOutputStream().write(request);
                            InputStream in = s.getInputStream();
                            int total = 0;
                            int last2 = 0;
                            for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                                total += n;
                                for (int k = Math.max(0, n - 2); k < n; k++) last2 = (last2 << 8 | (buf[k] & 0xFF)) & 0xFFFF;
                            }
                            if (total < 2 || last2 != 0xFFFF) {
                                errors[id]++;
                                continue;
                            }
                        } catch (IOException e) {
                            errors[id]++;
                            continue;
                        }
                        if (counts[id] < cap) lat[counts[id]++] = System.nanoTime() - t0;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    latencies[id] = lat;
                    done.countDown();
                }
            }, "load-" + i, 256 * 1024);
            t.setDaemon(true);
            t.start();
        }
        long cpuBefore = cpuTicks(at.pid());
        window[0] = System.nanoTime();
        window[1] = window[0] + (long) (seconds * 1e9);
        start.countDown();
        done.await(60 + (long) seconds, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - window[0]) / 1e9;
        long cpu = cpuTicks(at.pid()) - cpuBefore;
        int total = 0;
        for (int c : counts) total += c;
        long[] all = new long[total];
        int k = 0;
        for (int i = 0; i < clients; i++) {
            System.arraycopy(latencies[i], 0, all, k, counts[i]);
            k += counts[i];
        }
        Arrays.sort(all);
        long errs = 0;
        for (long e : errors) errs += e;
        return new Result(name, clients, total, errs, elapsed, all, cpu);
    }
}
