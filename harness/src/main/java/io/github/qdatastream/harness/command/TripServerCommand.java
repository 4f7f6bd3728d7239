package io.github.qdatastream.harness.command;

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
                "Without --timetable it answers like the book (0 to 7 random InterCity trips)."})
public final class TripServerCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ServerOptions server;

    @Option(names = "--timetable", paramLabel = "FILE", description = "A timetable (CSV: from,to,departure,duration,changes,trainType; or a .json array) to answer real queries from.")
    Path timetable;

    @Override
    public Integer call() throws Exception {
        Logs.setup(server.verbose);
        TripServer ts;
        String mode;
        ServerSettings settings;
        try {
            settings = server.settings();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        Timetable t = timetable == null ? null : Timetable.load(timetable); // a bad file: exit 1
        if (t != null) {
            ts = TripServer.start(settings, TripAnswers.from(t));
            mode = "timetable " + timetable + " (" + t.connections().size() + " connections)";
        } else {
            ts = TripServer.start(settings);
            mode = "random trips, as in the book";
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
