package io.github.qdatastream.harness.command;

import io.github.qdatastream.codec.QDataStreamException;
import io.github.qdatastream.codec.QDate;
import io.github.qdatastream.codec.QTime;
import io.github.qdatastream.codec.SizeLimitExceededException;
import io.github.qdatastream.codec.TruncatedInputException;
import io.github.qdatastream.codec.protocol.TripReply;
import io.github.qdatastream.codec.protocol.TripRequest;
import io.github.qdatastream.harness.fortune.AsyncFortuneClient;
import io.github.qdatastream.harness.fortune.BlockingFortuneClient;
import io.github.qdatastream.harness.fortune.FortuneClientException;
import io.github.qdatastream.harness.fortune.FortuneServer;
import io.github.qdatastream.harness.fortune.FortuneStyle;
import io.github.qdatastream.harness.net.ClientLoop;
import io.github.qdatastream.harness.net.ServerSettings;
import io.github.qdatastream.harness.proxy.Chunking;
import io.github.qdatastream.harness.proxy.FaultPlan;
import io.github.qdatastream.harness.proxy.FaultProxy;
import io.github.qdatastream.harness.trip.AsyncTripClient;
import io.github.qdatastream.harness.trip.BlockingTripClient;
import io.github.qdatastream.harness.trip.Timetable;
import io.github.qdatastream.harness.trip.TripClientException;
import io.github.qdatastream.harness.trip.TripAnswers;
import io.github.qdatastream.harness.trip.TripServer;
import io.github.qdatastream.harness.trip.Trips;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code qds demo}: Trip and Fortune servers on loopback, clients directly and through the
 * fault-injecting proxy in every chunking mode, then faults, then a burst of concurrent clients,
 * and a summary table. Ends by itself.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Runs Trip and Fortune servers and clients on loopback, directly and through the fault proxy.",
                "Every chunking mode (none, 1, 3, 7, random:1-64), injected faults (truncation, corruption) and a"
                        + " burst of concurrent clients; prints what the clients received and a summary table.",
                "Ends by itself in a few seconds."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:every run behaved as expected", "1:some run did not", "2:usage error"})
public final class DemoCommand implements Callable<Integer> {

    @Option(names = "--concurrent", paramLabel = "N", defaultValue = "200", description = "Concurrent Trip clients in the load step (default: ${DEFAULT-VALUE}).")
    int concurrent;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "7", description = "Seed of the proxy's random chunk sizes and of the fortunes (default: ${DEFAULT-VALUE}).")
    long seed;

    private final PrintStream out = System.out;
    private final List<Row> rows = new ArrayList<>();
    private int step;
    private int steps;

    /** One line of the summary table. */
    /** One line of the summary table; {@code expected} is the error a fault run must end in (null: an answer). */
    private record Row(String protocol, String client, String path, Expected expected, boolean ok,
                       long blocks, long bytes, long chunks, String outcome) {
        boolean expectError() {
            return expected != null;
        }
    }

    /**
     * The clear error a fault must end in: the client's own exception, caused by the codec's
     * exception that names what the fault did to the stream (a cut is a truncated stream, a size
     * claim over the limit a size error). Any other exception (a timeout, a bug) is not expected.
     */
    private record Expected(Class<? extends Exception> client, Class<? extends QDataStreamException> cause) {
        boolean matches(Throwable t) {
            return client.isInstance(t) && cause.isInstance(t.getCause());
        }

        /** The summary's short name: {@code TruncatedInput}, {@code SizeLimitExceeded}. */
        String label() {
            return cause.getSimpleName().replace("Exception", "");
        }
    }

    /** What a run ended in: an answer, or {@code error}. */
    private record Outcome(Throwable error, long blocks, long bytes, long reads, String text) {
    }

    @FunctionalInterface
    private interface Run {
        Outcome run(InetSocketAddress to) throws Exception;
    }

    @Override
    public Integer call() throws Exception {
        if (concurrent < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--concurrent must be at least 1, not " + concurrent);
        }
        Logs.quiet();
        long started = System.nanoTime();
        ServerSettings settings = ServerSettings.loopback(0).withRequestTimeout(Duration.ofSeconds(5));
        try (TripServer book = TripServer.start(settings);
             TripServer timetable = TripServer.start(settings, TripAnswers.from(Timetable.demo()));
             FortuneServer qt4 = FortuneServer.start(settings, FortuneStyle.QT4, fortunes(seed));
             FortuneServer qt57 = FortuneServer.start(settings, FortuneStyle.QT57, fortunes(seed + 1));
             ClientLoop loop = new ClientLoop(2)) {
            out.println("qds demo: QDataStream Fortune and Trip peers on loopback, with a fault-injecting proxy");
            out.println("  Trip server (book, random trips)  127.0.0.1:" + book.port());
            out.println("  Trip server (timetable)           127.0.0.1:" + timetable.port());
            out.println("  Fortune server (Qt 4, quint16 size + QString)  127.0.0.1:" + qt4.port());
            out.println("  Fortune server (Qt 5.7, bare QString)          127.0.0.1:" + qt57.port());
            out.println();

            TripRequest berlin = TripRequest.search("Berlin", "München", QDate.of(LocalDate.of(2026, 12, 24)),
                    QTime.of(LocalTime.of(8, 0)), true);
            TripRequest arrival = TripRequest.search("Berlin", "München", QDate.of(LocalDate.of(2026, 12, 24)),
                    QTime.of(LocalTime.of(15, 0)), false);
            Duration timeout = Duration.ofSeconds(10);

            // What the timetable answers, printed once in full.
            out.println("Trip Planner: Berlin -> München, 2026-12-24, departing around 08:00 (timetable server):");
            for (TripReply t : new BlockingTripClient(timetable.address()).search(berlin)) {
                out.println("    " + Trips.describe(t));
            }
            out.println("Trip Planner: Berlin -> München, 2026-12-24, arriving by 15:00 (timetable server):");
            for (TripReply t : new BlockingTripClient(timetable.address()).search(arrival)) {
                out.println("    " + Trips.describe(t));
            }
            out.println("Fortune client (Qt 4 style): " + new BlockingFortuneClient(qt4.address(), FortuneStyle.QT4).fetch());
            out.println("Fortune client (Qt 5.7 style): " + new BlockingFortuneClient(qt57.address(), FortuneStyle.QT57).fetch());
            out.println();

            List<Chunking> chunkings = List.of(Chunking.NONE, Chunking.ONE_BYTE, new Chunking.Fixed(3), new Chunking.Fixed(7),
                    new Chunking.Random(1, 64));
            steps = 4 * (1 + chunkings.size()) + 5 + 1;
            out.println("Runs (" + steps + "):");

            Run tripBlocking = to -> {
                BlockingTripClient c = new BlockingTripClient(to, timeout, timeout);
                List<TripReply> trips = c.search(berlin);
                return new Outcome(null, trips.size() + 1, c.lastBytes(), c.lastReads(), trips.size() + " trips + 0xFFFF");
            };
            Run tripAsync = to -> {
                List<TripReply> trips = get(new AsyncTripClient(loop, to, timeout).search(berlin));
                return new Outcome(null, trips.size() + 1, -1, -1, trips.size() + " trips + 0xFFFF");
            };
            Run fortune4 = to -> {
                BlockingFortuneClient c = new BlockingFortuneClient(to, FortuneStyle.QT4, timeout, timeout);
                String f = c.fetch();
                return new Outcome(null, 1, c.lastBytes(), c.lastReads(), quote(f));
            };
            Run fortune57 = to -> {
                String f = get(new AsyncFortuneClient(loop, to, FortuneStyle.QT57, timeout).fetch());
                return new Outcome(null, 1, -1, -1, quote(f));
            };

            for (int i = -1; i < chunkings.size(); i++) {
                FaultPlan plan = i < 0 ? null : FaultPlan.chunked(chunkings.get(i)).withSeed(seed);
                run("trip", "blocking", timetable.address(), plan, null, tripBlocking);
                run("trip", "async", book.address(), plan, null, tripAsync);
                run("fortune qt4", "blocking", qt4.address(), plan, null, fortune4);
                run("fortune qt57", "async", qt57.address(), plan, null, fortune57);
            }

            // Faults: every one must end in its clear error, never in a wrong answer or another exception.
            FaultPlan one = FaultPlan.chunked(Chunking.ONE_BYTE);
            Expected tripCut = new Expected(TripClientException.class, TruncatedInputException.class);
            Expected fortuneCut = new Expected(FortuneClientException.class, TruncatedInputException.class);
            // corrupt-at=0 turns the first reply's quint16 size into 0xFFxx: the stream ends before it.
            Expected tripBadSize = tripCut;
            // corrupt-at=2 turns the QString length into 0xFFxxxxxx, over the codec's string limit.
            Expected fortuneBadLength = new Expected(FortuneClientException.class, SizeLimitExceededException.class);
            run("trip", "blocking", timetable.address(), one.withTruncateAt(100), tripCut, tripBlocking);
            run("trip", "async", timetable.address(), FaultPlan.chunked(new Chunking.Random(1, 64)).withTruncateAt(31), tripCut, tripAsync);
            run("trip", "blocking", timetable.address(), one.withCorruptAt(0), tripBadSize, tripBlocking);
            run("fortune qt4", "blocking", qt4.address(), one.withCorruptAt(2), fortuneBadLength, fortune4);
            run("fortune qt57", "async", qt57.address(), one.withTruncateAt(20), fortuneCut, fortune57);

            // Load: many clients at once through the proxy at random chunking.
            loadStep(book, loop, berlin, timeout);

            printTable();
            long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            long bad = rows.stream().filter(r -> !r.ok()).count();
            out.println();
            out.println(bad == 0 ? "All " + rows.size() + " runs behaved as expected (" + ms + " ms)."
                    : bad + " of " + rows.size() + " runs did NOT behave as expected (" + ms + " ms).");
            out.println("Servers: trip(book) served " + book.served + ", trip(timetable) served " + timetable.served
                    + ", fortune(qt4) served " + qt4.served + ", fortune(qt57) served " + qt57.served
                    + "; refused " + (book.refused.get() + timetable.refused.get()) + ", bad requests "
                    + (book.failed.get() + timetable.failed.get()) + ".");
            return bad == 0 ? 0 : 1;
        }
    }

    private void loadStep(TripServer book, ClientLoop loop, TripRequest q, Duration timeout) throws Exception {
        FaultPlan plan = FaultPlan.chunked(new Chunking.Random(1, 64)).withSeed(seed);
        try (FaultProxy proxy = FaultProxy.start(new InetSocketAddress("127.0.0.1", 0), book.address(), plan, concurrent + 8)) {
            List<TripReply> expected = TripAnswers.book(q);
            List<CompletableFuture<List<TripReply>>> all = new ArrayList<>();
            AsyncTripClient client = new AsyncTripClient(loop, proxy.address(), timeout);
            for (int i = 0; i < concurrent; i++) all.add(client.search(q));
            int right = 0;
            int wrong = 0;
            for (CompletableFuture<List<TripReply>> f : all) {
                try {
                    if (f.get(30, TimeUnit.SECONDS).equals(expected)) right++; else wrong++;
                } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
                    wrong++;
                }
            }
            proxy.awaitIdle(Duration.ofSeconds(10));
            boolean ok = wrong == 0;
            String outcome = right + "/" + concurrent + " answered correctly";
            Row row = new Row("trip x" + concurrent, "async", "proxy " + plan.chunking() + " (concurrent)", null, ok,
                    (long) concurrent * (expected.size() + 1), proxy.stats().bytesDown.get(), proxy.stats().chunksDown.get(), outcome);
            report(row);
        }
    }

    /**
     * One run, directly ({@code plan} null) or through the fault proxy. It behaves as expected when it
     * answers and {@code expected} is null, or when it fails with an {@code expected} (the cause of an
     * ExecutionException counts): a fault must end in that clear error, not in any exception at all.
     */
    private void run(String protocol, String client, InetSocketAddress server, FaultPlan plan,
                     Expected expected, Run run) {
        FaultProxy proxy = null;
        String path = plan == null ? "direct" : "proxy " + plan;
        try {
            InetSocketAddress to = server;
            if (plan != null) {
                proxy = FaultProxy.start(server, plan);
                to = proxy.address();
            }
            Outcome o;
            try {
                o = run.run(to);
            } catch (Exception e) {
                Throwable t = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
                o = new Outcome(t, 0, -1, -1, "error: " + t.getClass().getSimpleName() + (t.getCause() == null ? "" : " (" + t.getCause().getClass().getSimpleName() + ")")
                        + ": " + t.getMessage());
            }
            if (proxy != null) proxy.awaitIdle(Duration.ofSeconds(5)); // count the last bytes too
            long bytes = proxy != null ? proxy.stats().bytesDown.get() : o.bytes();
            long chunks = proxy != null ? proxy.stats().chunksDown.get() : o.reads();
            boolean ok = expected == null ? o.error() == null : o.error() != null && expected.matches(o.error());
            String text = ok || expected == null ? o.text()
                    : o.text() + " (expected " + expected.client().getSimpleName() + " caused by " + expected.cause().getSimpleName() + ")";
            report(new Row(protocol, client, path, expected, ok, o.error() != null ? 0 : o.blocks(), bytes, chunks, text));
        } catch (Exception e) {
            report(new Row(protocol, client, path, expected, false, 0, -1, -1, "harness failure: " + e));
        } finally {
            if (proxy != null) proxy.close();
        }
    }

    private void report(Row r) {
        rows.add(r);
        step++;
        out.printf("  [%2d/%d] %-3s %-13s %-9s %-44s %s%n", step, steps, r.ok() ? "ok" : "BAD", r.protocol(), r.client(),
                r.path(), shorten(r.outcome(), 110));
        out.flush();
    }

    private void printTable() {
        out.println();
        out.println("Summary");
        String fmt = "  %-13s %-9s %-44s %-17s %7s %8s %8s  %s%n";
        out.printf(fmt, "protocol", "client", "path", "expect", "blocks", "bytes", "chunks", "result");
        out.printf(fmt, "-".repeat(13), "-".repeat(9), "-".repeat(44), "-".repeat(17), "-".repeat(7), "-".repeat(8), "-".repeat(8), "-".repeat(6));
        for (Row r : rows) {
            out.printf(fmt, r.protocol(), r.client(), shorten(r.path(), 44), r.expectError() ? r.expected().label() : "answer",
                    r.blocks(), r.bytes() < 0 ? "-" : Long.toString(r.bytes()), r.chunks() < 0 ? "-" : Long.toString(r.chunks()),
                    r.ok() ? "ok" : "BAD");
        }
        long blocks = rows.stream().mapToLong(Row::blocks).sum();
        long bytes = rows.stream().mapToLong(r -> Math.max(0, r.bytes())).sum();
        long chunks = rows.stream().mapToLong(r -> Math.max(0, r.chunks())).sum();
        long errors = rows.stream().filter(r -> r.outcome().startsWith("error")).count();
        out.printf(fmt, "total", "", rows.size() + " runs", errors + " err", blocks, bytes, chunks, "");
        out.println("  blocks: reply blocks decoded (trip: trips + the 0xFFFF marker); bytes: bytes sent to the client;");
        out.println("  chunks: pieces the proxy wrote to the client (direct: reads done by the blocking client);");
        out.println("  expect: the answer, or the codec error a fault must end in (the cause of the client's exception), never a");
        out.println("  wrong or partial answer or any other exception.");
    }

    /** Qt's fortunes in a reproducible order (java.util.Random is thread-safe). */
    private static java.util.function.Supplier<String> fortunes(long seed) {
        java.util.Random random = new java.util.Random(seed);
        return () -> FortuneServer.FORTUNES.get(random.nextInt(FortuneServer.FORTUNES.size()));
    }

    private static <T> T get(CompletableFuture<T> f) throws Exception {
        try {
            return f.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception x ? x : e;
        }
    }

    private static String quote(String s) {
        return s == null ? "(null QString)" : "\"" + s + "\"";
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 3) + "...";
    }
}
