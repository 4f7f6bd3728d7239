package io.github.qdatastream.harness.command;

import io.github.qdatastream.codec.QDate;
import io.github.qdatastream.codec.QTime;
import io.github.qdatastream.codec.protocol.TripReply;
import io.github.qdatastream.codec.protocol.TripRequest;
import io.github.qdatastream.harness.net.ClientLoop;
import io.github.qdatastream.harness.proxy.FaultPlan;
import io.github.qdatastream.harness.trip.AsyncTripClient;
import io.github.qdatastream.harness.trip.BlockingTripClient;
import io.github.qdatastream.harness.trip.TripClientException;
import io.github.qdatastream.harness.trip.Trips;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "trip", mixinStandardHelpOptions = true,
        description = "The book's Trip Planner: sends one search, prints the trips until 0xFFFF.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:every trip up to 0xFFFF was printed", "1:error, e.g. 'connection closed by server' before 0xFFFF",
                "2:usage error"})
public final class TripCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1", description = "Server host (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", paramLabel = "PORT", required = true, converter = Ports.class, description = "Server port.")
    int port;

    @Option(names = "--from", paramLabel = "CITY", defaultValue = "Berlin", description = "Departure city (default: ${DEFAULT-VALUE}).")
    String from;

    @Option(names = "--to", paramLabel = "CITY", defaultValue = "München", description = "Arrival city (default: ${DEFAULT-VALUE}).")
    String to;

    @Option(names = "--date", paramLabel = "DATE", converter = DateConverter.class, description = "Date of travel, yyyy-MM-dd (default: today).")
    LocalDate date;

    @Option(names = "--time", paramLabel = "TIME", converter = TimeConverter.class, defaultValue = "08:00", description = "Approximate time, HH:mm (default: ${DEFAULT-VALUE}).")
    LocalTime time;

    /** yyyy-MM-dd, with a short message for anything else. */
    public static final class DateConverter implements picocli.CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value);
            } catch (java.time.format.DateTimeParseException e) {
                throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not a date yyyy-MM-dd");
            }
        }
    }

    /** HH:mm (or HH:mm:ss), with a short message for anything else. */
    public static final class TimeConverter implements picocli.CommandLine.ITypeConverter<LocalTime> {
        @Override
        public LocalTime convert(String value) {
            try {
                return LocalTime.parse(value);
            } catch (java.time.format.DateTimeParseException e) {
                throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not a time HH:mm");
            }
        }
    }

    static final class Kind {
        @Option(names = "--departure", description = "The time is the departure time (default).")
        boolean departure;

        @Option(names = "--arrival", description = "The time is the arrival time.")
        boolean arrival;
    }

    @ArgGroup(exclusive = true)
    Kind kind;

    @Option(names = "--async", description = "Use the Netty client instead of the blocking one (java.net.Socket).")
    boolean async;

    @Option(names = "--json", description = "Print one JSON object per trip instead of a table.")
    boolean json;

    @Option(names = "--connect-timeout", paramLabel = "DURATION", defaultValue = "5s", description = "Connect timeout (default: ${DEFAULT-VALUE}).")
    String connectTimeout;

    @Option(names = "--read-timeout", paramLabel = "DURATION", defaultValue = "10s", description = "Read timeout (default: ${DEFAULT-VALUE}).")
    String readTimeout;

    @Override
    public Integer call() throws Exception {
        Logs.setup(false);
        boolean departure = kind == null || !kind.arrival;
        TripRequest q = TripRequest.search(from, to, QDate.of(date == null ? LocalDate.now() : date), QTime.of(time), departure);
        InetSocketAddress addr = new InetSocketAddress(host, port);
        Duration read;
        Duration connect;
        try {
            read = FaultPlan.parseDuration(readTimeout);
            connect = FaultPlan.parseDuration(connectTimeout);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        try {
            List<TripReply> trips;
            if (async) {
                try (ClientLoop loop = new ClientLoop(1)) {
                    trips = new AsyncTripClient(loop, addr, read).search(q).get();
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof TripClientException t ? t : new TripClientException(String.valueOf(e.getCause()), List.of(), e);
                }
            } else {
                trips = new BlockingTripClient(addr, connect, read).search(q);
            }
            for (TripReply t : trips) {
                System.out.println(json ? Trips.json(t) : Trips.describe(t));
            }
            if (!json) System.out.println("Found " + trips.size() + " trip(s)");
            return 0;
        } catch (TripClientException e) {
            System.err.println("Error: " + e.getMessage());
            return 1;
        }
    }
}
