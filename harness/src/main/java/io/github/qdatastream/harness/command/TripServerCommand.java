package io.github.qdatastream.harness.command;

import io.github.qdatastream.harness.trip.BookRandom;
import io.github.qdatastream.harness.trip.Timetable;
import io.github.qdatastream.harness.trip.TripAnswers;
import io.github.qdatastream.harness.trip.TripServer;
import io.github.qdatastream.harness.net.ServerSettings;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "trip-server", mixinStandardHelpOptions = true,
        description = {"The book's Trip Server: reads one request block, answers with trip blocks and 0xFFFF, closes.",
                "Without --timetable it answers as the book's C++ server compiled on Linux: 0 to 7 InterCity trips from",
                "std::srand(from.length() * 3600 + to.length() * 60 + time.hour()) and glibc's std::rand()."})
public final class TripServerCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ServerOptions server;

    @Mixin
    ServerOptions.RequestLimits limits;

    @Option(names = "--timetable", paramLabel = "FILE", description = "A timetable (CSV: from,to,departure,duration,changes,trainType; or a .json array) to answer real queries from.")
    Path timetable;

    @Option(names = "--rand", paramLabel = "LIBC", defaultValue = "glibc",
            converter = RandConverter.class, completionCandidates = RandNames.class,
            description = "Whose std::rand() the random trips come from: glibc (the book's server on Linux) or posix (the POSIX sample rand()). Default: ${DEFAULT-VALUE}.")
    BookRandom rand;

    static final class RandNames extends java.util.ArrayList<String> {
        RandNames() {
            super(java.util.List.of("glibc", "posix"));
        }
    }

    static final class RandConverter implements picocli.CommandLine.ITypeConverter<BookRandom> {
        @Override
        public BookRandom convert(String value) {
            for (BookRandom r : BookRandom.values()) {
                if (r.toString().equals(value)) return r;
            }
            throw new picocli.CommandLine.TypeConversionException("expected glibc or posix, got '" + value + "'");
        }
    }

    @Override
    public Integer call() throws Exception {
        Logs.setup(server.verbose);
        ServerOptions.serverProcessDefaults();
        TripServer ts;
        String mode;
        ServerSettings settings;
        try {
            settings = limits.apply(server.settings());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        Timetable t = timetable == null ? null : Timetable.load(timetable); // a bad file: exit 1
        if (t != null) {
            ts = TripServer.start(settings, TripAnswers.from(t));
            mode = "timetable " + timetable + " (" + t.connections().size() + " connections)";
        } else {
            ts = TripServer.start(settings, TripAnswers.book(rand));
            mode = "random trips, as in the book, " + rand + " rand()";
        }
        try (ts) {
            System.out.println("Trip server (" + mode + ") listening on " + ts.address().getAddress().getHostAddress()
                    + " port " + ts.port());
            System.out.flush();
            ts.awaitClose();
        }
        return 0;
    }
}
