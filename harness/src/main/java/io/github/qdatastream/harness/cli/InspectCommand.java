package io.github.qdatastream.harness.cli;

import io.github.qdatastream.harness.inspect.FieldPrinter;
import io.github.qdatastream.harness.inspect.Inspector;
import io.github.qdatastream.harness.inspect.Protocol;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code qds inspect}: an annotated dump of QDataStream bytes, field by field. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = {"Shows QDataStream bytes (hex argument, --file, or stdin) field by field: offset, bytes, type"
                + " and value, nested for containers and variants, blocks and size fields marked, and the error in"
                + " place where the input goes wrong.",
                "What the bytes are: --protocol trip-request|trip-reply|fortune-qt4|fortune-qt57, or --framing"
                        + " quint16|quint32 with --types (blocks of those types), or --types alone (records of"
                        + " those types back to back). Large inputs are read as a stream, with progress on stderr."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:every byte decoded", "1:the input goes wrong somewhere (an error line says where), or bad input",
                "2:usage error"})
public final class InspectCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StreamOptionsMixin stream;

    @Option(names = {"-p", "--protocol"}, paramLabel = "PROTOCOL",
            description = "trip-request, trip-reply, fortune-qt4 or fortune-qt57.")
    String protocol;

    @Option(names = "--framing", paramLabel = "quint16|quint32", description = "Blocks with this size prefix, each holding --types.")
    String framing;

    @Option(names = {"-t", "--types", "--type"}, paramLabel = "T1,T2,...",
            description = "Type expressions, comma-separated, as for qds decode. Repeatable.")
    List<String> types = new ArrayList<>();

    @Option(names = "--max-block-size", paramLabel = "BYTES", defaultValue = "0",
            description = "With --framing: the largest block accepted (default: 65534 for quint16, 16 MiB for quint32).")
    long maxBlockSize;

    @Option(names = "--file", paramLabel = "FILE", description = "Read the bytes from a binary file ('-': stdin).")
    Path file;

    @Option(names = "--json", description = "One JSON object per line (kind, offset, length, depth, name, type, value, hex, error).")
    boolean json;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
            description = "auto (on a terminal), always or never (default: ${DEFAULT-VALUE}).")
    String color;

    @Option(names = {"-q", "--quiet"}, description = "No progress on stderr.")
    boolean quiet;

    @Parameters(arity = "0..*", paramLabel = "HEX", description = "The bytes as hex (spaces allowed); none and no --file: stdin.")
    List<String> hex = new ArrayList<>();

    /** Progress is printed after every this many bytes, for inputs at least this large. */
    static final long PROGRESS_STEP = 16L << 20;

    @Override
    public Integer call() throws Exception {
        CommandLine cl = spec.commandLine();
        PrintWriter out = cl.getOut();
        PrintWriter err = cl.getErr();
        Protocol p = protocol(cl);
        boolean colour = switch (color) {
            case "auto" -> CommandLine.Help.Ansi.AUTO.enabled() && System.console() != null;
            case "always" -> true;
            case "never" -> false;
            default -> throw new ParameterException(cl, "--color: expected auto, always or never, got '" + color + "'");
        };
        if (!hex.isEmpty() && file != null) throw new ParameterException(cl, "give the bytes as HEX or --file, not both");
        InputStream in;
        long size = -1;
        try {
            if (!hex.isEmpty()) {
                in = new ByteArrayInputStream(ValueTool.parseHex(String.join("", hex)));
            } else if (file != null && !file.toString().equals("-")) {
                size = Files.size(file);
                in = Files.newInputStream(file);
            } else {
                in = System.in;
            }
        } catch (IllegalArgumentException e) {
            err.println("qds inspect: " + e.getMessage());
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        FieldPrinter printer = new FieldPrinter(out, json, colour);
        Inspector inspector;
        try {
            inspector = new Inspector(p, stream.options(), stream.registry(), printer);
        } catch (IllegalArgumentException e) {
            err.println("qds inspect: " + e.getMessage());
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        boolean progress = !quiet && (size < 0 ? hex.isEmpty() : size >= PROGRESS_STEP);
        boolean reported = false;
        try (in) {
            byte[] chunk = new byte[64 * 1024];
            long read = 0;
            long nextReport = PROGRESS_STEP;
            for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
                inspector.feed(chunk, 0, n);
                read += n;
                if (progress && read >= nextReport) {
                    nextReport += PROGRESS_STEP;
                    reported = true;
                    out.flush();
                    err.println("qds inspect: " + (read >> 20) + " MiB" + (size > 0 ? " of " + (size >> 20) + " MiB ("
                            + (100 * read / size) + "%)" : "") + " read, " + inspector.units() + " block(s), "
                            + inspector.errors() + " error(s)");
                    err.flush();
                }
            }
        } catch (IOException e) {
            out.flush();
            err.println("qds inspect: " + e.getMessage());
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        inspector.finish();
        printer.flush();
        if (reported) {
            err.println("qds inspect: done, " + inspector.position() + " bytes, " + inspector.units() + " block(s), "
                    + inspector.errors() + " error(s)");
            err.flush();
        }
        return inspector.errors() == 0 ? ExitCodes.OK : ExitCodes.BAD_INPUT;
    }

    private Protocol protocol(CommandLine cl) {
        List<String> list = new ArrayList<>();
        for (String t : types) list.addAll(ValueTool.splitTypes(t));
        if (protocol != null) {
            if (framing != null || !list.isEmpty()) throw new ParameterException(cl, "--protocol names the framing and the types: no --framing or --types with it");
            try {
                return Protocol.named(protocol);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(cl, e.getMessage());
            }
        }
        if (list.isEmpty()) throw new ParameterException(cl, "missing --protocol or --types");
        try {
            return Protocol.custom(framing, list, maxBlockSize);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(cl, e.getMessage());
        }
    }
}
