package io.github.qdatastream.harness.command;

import io.github.qdatastream.codec.QDate;
import io.github.qdatastream.codec.QTime;
import io.github.qdatastream.codec.protocol.TripReply;
import io.github.qdatastream.codec.protocol.TripRequest;
import io.github.qdatastream.harness.net.ClientFailure;
import io.github.qdatastream.harness.net.ClientLoop;
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
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "trip", mixinStandardHelpOptions = true,
        description = "The book's Trip Planner: sends one search, prints the trips until 0xFFFF.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:every trip up to 0xFFFF was printed", ClientFailure.HELP_OTHER, ClientFailure.HELP_USAGE,
                ClientFailure.HELP_CLOSED_EARLY, ClientFailure.HELP_TIMEOUT, ClientFailure.HELP_CORRUPT_DATA,
                ClientFailure.HELP_CONNECTION})
public final class TripCommand implements Callable<Integer> {

    @Mixin
    ClientOptions client;

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

    @Option(names = "--json", description = "Print one JSON object per trip instead of a table.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Logs.setup(false);
        boolean departure = kind == null || !kind.arrival;
        TripRequest q = TripRequest.search(from, to, QDate.of(date == null ? LocalDate.now() : date), QTime.of(time), departure);
        InetSocketAddress addr = client.address();
        Duration read = client.readTimeout();
        Duration connect = client.connectTimeout();
        try {
            List<TripReply> trips;
            if (client.async) {
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
            return e.failure().exitCode();
        }
    }
}
