package io.github.qdatastream.harness;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
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

    /**
     * The command line, for tests and embedding. A usage error prints one line naming the
     * command and the problem, and a hint to {@code --help} (exit 2); a failure while running
     * (a file that is not there, a port in use) prints one line (exit 1). Never a stack trace.
     */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Qds());
        cl.setParameterExceptionHandler(Qds::usageError);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> failure(e, commandLine));
        // Subcommands print the same version as qds itself (picocli does not inherit it).
        for (CommandLine sub : cl.getSubcommands().values()) {
            sub.getCommandSpec().version(cl.getCommandSpec().version());
        }
        return cl;
    }

    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        PrintWriter err = cl.getErr();
        String name = cl.getCommandSpec().qualifiedName();
        err.println(name + ": " + e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Try '" + name + " --help' for more information.");
        err.flush();
        return cl.getCommandSpec().exitCodeOnInvalidInput();
    }

    private static int failure(Exception e, CommandLine cl) {
        PrintWriter err = cl.getErr();
        err.println(cl.getCommandSpec().qualifiedName() + ": " + describe(e));
        err.flush();
        return cl.getCommandSpec().exitCodeOnExecutionException();
    }

    /** One line for an exception: the message users can act on, not the Java type. */
    static String describe(Throwable e) {
        if (e instanceof UncheckedIOException u && u.getCause() != null) e = u.getCause();
        if (e instanceof NoSuchFileException f) return "no such file: " + f.getFile();
        if (e instanceof AccessDeniedException f) return "permission denied: " + f.getFile();
        if (e instanceof BindException) return "cannot listen on that --host/--port: " + e.getMessage();
        String message = e.getMessage();
        if (e instanceof IllegalArgumentException && message != null) return message;
        if (e instanceof IOException && message != null) return message;
        return message == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + message;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
