package io.github.qdatastream.harness;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code qds} command: the codec from a shell, and the Fortune and Trip programs. */
@Command(name = "qds", mixinStandardHelpOptions = true, version = "qds 0.1.0",
        description = "Qt QDataStream toolkit: encode and decode values, run Fortune and Trip peers, inject faults.",
        subcommands = {
                CommandLine.HelpCommand.class,
                io.github.qdatastream.harness.cli.EncodeCommand.class,
                io.github.qdatastream.harness.cli.DecodeCommand.class,
                io.github.qdatastream.harness.command.FortuneServerCommand.class,
                io.github.qdatastream.harness.command.FortuneCommand.class,
                io.github.qdatastream.harness.command.TripServerCommand.class,
                io.github.qdatastream.harness.command.TripCommand.class,
                io.github.qdatastream.harness.command.ProxyCommand.class,
                io.github.qdatastream.harness.command.DemoCommand.class,
        })
public final class Qds implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** The command line, for tests and embedding. */
    public static CommandLine commandLine() {
        return new CommandLine(new Qds());
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
