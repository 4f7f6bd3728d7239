package io.github.qdatastream.harness.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.qdatastream.codec.StreamOptions;
import io.github.qdatastream.harness.json.JsonValues;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code qds decode}: QDataStream bytes to JSON values, as far as they go. */
@Command(name = "decode", mixinStandardHelpOptions = true,
        description = {"Decodes QDataStream bytes (hex argument or --file) as the given types, one after another,"
                + " and prints each value as JSON (docs/json-values.md), the status and the bytes consumed."
                + " It decodes as far as it can and says where and why it stopped. A last QVariant of a type"
                + " without a codec (QFont, an unknown user type) is kept as raw {\"type\", \"id\", \"hex\"}.",
                "With --batch, reads JSON lines {\"types\":..., \"hex\":..., \"streamVersion\":..., ...} from stdin"
                        + " (or --input) and prints one result line per line."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:every type decoded, no bytes left", "1:decoding stopped (ReadPastEnd, ReadCorruptData,"
                + " SizeLimitExceeded) or bad input; in --batch: some line failed", "2:usage error",
                "3:every type decoded but bytes are left over"})
public final class DecodeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StreamOptionsMixin stream;

    @Option(names = {"-t", "--types", "--type"}, paramLabel = "T1,T2,...",
            description = "Type expressions, comma-separated (commas inside <> belong to the type). Repeatable.")
    List<String> types = new ArrayList<>();

    @Option(names = "--file", paramLabel = "FILE", description = "Read the bytes from a binary file.")
    Path file;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    @Option(names = "--batch", description = "Read JSON lines, write JSON lines.")
    boolean batch;

    @Option(names = "--input", paramLabel = "FILE", description = "With --batch: read lines from FILE instead of stdin.")
    Path input;

    @Parameters(arity = "0..*", paramLabel = "HEX", description = "The bytes as hex (spaces allowed).")
    List<String> hex = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (batch) {
            if (!hex.isEmpty() || file != null) throw new ParameterException(spec.commandLine(), "--batch reads JSON lines; no HEX or --file");
            return Batch.run(Batch.lines(input), out, this::decodeLine);
        }
        if (input != null) throw new ParameterException(spec.commandLine(), "--input goes with --batch (the bytes of a file: --file)");
        if (types.isEmpty()) throw new ParameterException(spec.commandLine(), "missing --types");
        if (hex.isEmpty() && file == null) throw new ParameterException(spec.commandLine(), "missing the bytes: give HEX or --file");
        if (!hex.isEmpty() && file != null) throw new ParameterException(spec.commandLine(), "give the bytes as HEX or --file, not both");
        ValueTool.Decoded d;
        try {
            byte[] bytes = file != null ? Files.readAllBytes(file) : ValueTool.parseHex(String.join("", hex));
            List<String> list = new ArrayList<>();
            for (String t : types) list.addAll(ValueTool.splitTypes(t));
            d = ValueTool.decode(list, bytes, stream.options(), stream.registry());
        } catch (IllegalArgumentException e) {
            err.println("qds decode: " + e.getMessage());
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        if (json) {
            out.println(JsonValues.writeAscii(d.toJson()));
        } else {
            for (int i = 0; i < d.values().size(); i++) {
                out.println(d.types().get(i) + " = " + JsonValues.write(d.values().get(i)));
            }
            out.println("status: " + ValueTool.statusName(d.status()));
            out.println("consumed: " + d.consumed() + " of " + d.size() + " bytes");
            if (d.error() != null) {
                out.println("stopped at: " + d.types().get(d.values().size()) + " (value " + d.values().size()
                        + ") at offset " + d.errorOffset());
                out.println("error: " + d.error());
            } else if (d.consumed() < d.size()) {
                out.println("trailing: " + (d.size() - d.consumed()) + " bytes after the last value");
            }
        }
        out.flush();
        if (d.error() != null) return ExitCodes.BAD_INPUT;
        return d.consumed() < d.size() ? ExitCodes.TRAILING_BYTES : ExitCodes.OK;
    }

    private ObjectNode decodeLine(JsonNode line) {
        JsonNode t = line.get("types");
        if (t == null) t = line.get("type");
        List<String> list = new ArrayList<>();
        if (t == null || t.isNull()) {
            for (String s : types) list.addAll(ValueTool.splitTypes(s));
        } else if (t.isTextual()) {
            list.addAll(ValueTool.splitTypes(t.textValue()));
        } else if (t.isArray()) {
            for (JsonNode e : t) {
                if (!e.isTextual()) throw new IllegalArgumentException("\"types\" array must hold strings");
                list.add(e.textValue());
            }
        } else {
            throw new IllegalArgumentException("\"types\" must be a string or an array of strings");
        }
        if (list.isEmpty()) throw new IllegalArgumentException("missing \"types\"");
        String h = Batch.text(line, "hex", null);
        if (h == null) throw new IllegalArgumentException("missing \"hex\"");
        StreamOptions o = stream.options(Batch.text(line, "streamVersion", null), Batch.text(line, "byteOrder", null),
                Batch.text(line, "floatPrecision", null));
        return ValueTool.decode(list, ValueTool.parseHex(h), o, stream.registry()).toJson();
    }
}
