package io.github.qdatastream.harness.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.qdatastream.harness.json.JsonValues;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/** The --batch loop: one JSON line in, one JSON line out; a bad line gives an error line, never an abort. */
final class Batch {

    private Batch() {
    }

    static BufferedReader lines(Path input) throws IOException {
        return input == null
                ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                : Files.newBufferedReader(input, StandardCharsets.UTF_8);
    }

    static int run(BufferedReader in, PrintWriter out, Function<JsonNode, ObjectNode> handler) throws IOException {
        int failures = 0;
        String line;
        try (in) {
            while ((line = in.readLine()) != null) {
                ObjectNode result;
                JsonNode id = null;
                try {
                    JsonNode node = JsonValues.parse(line);
                    if (!node.isObject()) throw new IllegalArgumentException("a batch line must be a JSON object");
                    id = node.get("id");
                    result = handler.apply(node);
                } catch (IllegalArgumentException | UncheckedIOException e) {
                    result = JsonNodeFactory.instance.objectNode().put("error", e.getMessage());
                } catch (RuntimeException | StackOverflowError e) {
                    result = JsonNodeFactory.instance.objectNode().put("error", "internal error: " + e);
                }
                if (result.has("error")) failures++;
                if (id != null) {
                    ObjectNode withId = JsonNodeFactory.instance.objectNode();
                    withId.set("id", id);
                    withId.setAll(result);
                    result = withId;
                }
                out.println(JsonValues.writeAscii(result));
                out.flush();
            }
        }
        return failures == 0 ? ExitCodes.OK : ExitCodes.BAD_INPUT;
    }

    /** A string field of a batch line, or {@code fallback}; a non-string is an error. */
    static String text(JsonNode line, String field, String fallback) {
        JsonNode n = line.get(field);
        if (n == null || n.isNull()) return fallback;
        if (!n.isTextual()) throw new IllegalArgumentException("\"" + field + "\" must be a string");
        return n.textValue();
    }
}
