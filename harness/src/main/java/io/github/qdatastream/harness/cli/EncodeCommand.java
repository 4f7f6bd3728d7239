package io.github.qdatastream.harness.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.qdatastream.codec.StreamOptions;
import io.github.qdatastream.harness.json.JsonValues;
import java.io.PrintWriter;
import java.util.HexFormat;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code qds encode}: a JSON value (docs/json-values.md) of a type expression to QDataStream hex. */
@Command(name = "encode", mixinStandardHelpOptions = true,
        description = {"Encodes a JSON value (docs/json-values.md) as QDataStream bytes and prints them as hex.",
                "With --batch, reads JSON lines {\"type\":..., \"value\":..., \"streamVersion\":..., \"byteOrder\":..., \"floatPrecision\":...}"
                        + " from stdin (or --input) and prints one {\"hex\":...} or {\"error\":...} line per line."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:success", "1:bad input (JSON, type, value); in --batch: some line failed", "2:usage error"})
public final class EncodeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StreamOptionsMixin stream;

    @Option(names = {"-t", "--type"}, paramLabel = "TYPE", description = "Type expression, e.g. QMap<QString,QList<qint32>>.")
    String type;

    @Option(names = "--batch", description = "Read JSON lines, write JSON lines.")
    boolean batch;

    @Option(names = "--input", paramLabel = "FILE", description = "With --batch: read lines from FILE instead of stdin.")
    java.nio.file.Path input;

    @Parameters(arity = "0..1", paramLabel = "JSON", description = "The value as JSON; - reads it from stdin.")
    String json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (batch) {
            if (json != null) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--batch reads JSON lines; no JSON argument");
            return Batch.run(Batch.lines(input), out, line -> encodeLine(line));
        }
        if (input != null) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--input goes with --batch");
        if (type == null) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "missing --type");
        if (json == null) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "missing the JSON value");
        try {
            String text = json.equals("-") ? new String(System.in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8) : json;
            byte[] bytes = ValueTool.encode(type, JsonValues.parse(text), stream.options(), stream.registry());
            out.println(HexFormat.of().formatHex(bytes));
            out.flush();
            return ExitCodes.OK;
        } catch (IllegalArgumentException e) {
            err.println("qds encode: " + e.getMessage());
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
    }

    private ObjectNode encodeLine(JsonNode line) {
        String t = Batch.text(line, "type", type);
        if (t == null) throw new IllegalArgumentException("missing \"type\"");
        JsonNode value = line.get("value");
        if (value == null) throw new IllegalArgumentException("missing \"value\"");
        StreamOptions o = stream.options(Batch.text(line, "streamVersion", null), Batch.text(line, "byteOrder", null),
                Batch.text(line, "floatPrecision", null));
        byte[] bytes = ValueTool.encode(t, value, o, stream.registry());
        return JsonNodeFactory.instance.objectNode().put("hex", HexFormat.of().formatHex(bytes));
    }
}
