package io.github.qdatastream.harness;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code qds} command: the codec from a shell, and the Fortune and Trip programs. */
@Command(name = "qds", mixinStandardHelpOptions = true, version = "qds 0.1.0",
        description = "Qt QDataStream toolkit: encode and decode values, run Fortune and Trip peers, inject faults.",
        subcommands = {
                CommandLine.HelpCommand.class,
                io.github.qdatastream.harness.cli.EncodeCommand.class,
                io.github.qdatastream.harness.cli.DecodeCommand.class,
                io.github.qdatastream.harness.cli.InspectCommand.class,
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
     * {@return the command line, for tests and embedding} A usage error prints one line naming the
     * command and the problem, and a hint to {@code --help} (exit 2); a failure while running (a
     * file that is not there, a port in use) prints one line (exit 1). Never a stack trace.
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

    /**
     * Runs {@code qds}. Text is UTF-8 whatever the locale: stdout and stderr are UTF-8 (so a
     * fortune or a city prints right under {@code LC_ALL=C}), and so are the arguments, even
     * where the JVM decoded them as ASCII ({@link #utf8Arguments}). Stdin and files are read as
     * UTF-8 by each command.
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.setOut(out);
        System.setErr(err);
        CommandLine cl = commandLine();
        cl.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        int exit = cl.execute(utf8Arguments(args, System.getProperty("sun.jnu.encoding"), Path.of("/proc/self/cmdline")));
        out.flush();
        System.exit(exit);
    }

    /**
     * The arguments as UTF-8. The JVM decodes {@code main}'s arguments with the locale's charset
     * ({@code sun.jnu.encoding}; ASCII under {@code LC_ALL=C}, where "Zürich" arrives as
     * "Z\ufffd\ufffdrich", and JDK 17 ignores {@code -Dsun.jnu.encoding}). On Linux the
     * original bytes are still in {@code /proc/self/cmdline}: its last {@code args.length}
     * entries are decoded again as UTF-8, provided each, decoded with the locale's charset,
     * gives back the argument the JVM passed (so nothing but the charset can differ). Otherwise,
     * and where the charset is UTF-8 already, {@code args} are returned as they are.
     */
    static String[] utf8Arguments(String[] args, String jnuEncoding, Path cmdline) {
        Charset platform;
        try {
            platform = jnuEncoding == null ? Charset.defaultCharset() : Charset.forName(jnuEncoding);
        } catch (IllegalArgumentException e) {
            return args;
        }
        if (platform.equals(StandardCharsets.UTF_8) || args.length == 0) return args;
        byte[] raw;
        try {
            raw = Files.readAllBytes(cmdline);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return args;
        }
        List<byte[]> entries = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == 0) {
                entries.add(Arrays.copyOfRange(raw, start, i));
                start = i + 1;
            }
        }
        if (start < raw.length) entries.add(Arrays.copyOfRange(raw, start, raw.length));
        if (entries.size() < args.length) return args;
        String[] fixed = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            byte[] bytes = entries.get(entries.size() - args.length + i);
            if (!new String(bytes, platform).equals(args[i])) return args;
            fixed[i] = new String(bytes, StandardCharsets.UTF_8);
        }
        return fixed;
    }
}
