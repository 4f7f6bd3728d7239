package io.github.qdatastream.harness.inspect;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.qdatastream.harness.json.JsonValues;
import java.io.PrintWriter;
import java.util.HexFormat;
import java.util.function.Consumer;

/**
 * Prints {@link Field}s: one line per field (offset, bytes, name, type, value, indented by
 * depth; ANSI colours on a terminal), or one JSON object per line for scripts. A prefix (the
 * proxy's timestamp, direction and connection) can start every line.
 */
public final class FieldPrinter implements Consumer<Field> {

    /** Bytes shown per line before "…". */
    static final int HEX_BYTES = 8;
    /** JSON lines carry at most this many bytes of hex per field. */
    static final int JSON_HEX_BYTES = 64;
    private static final int VALUE_CHARS = 120;
    private static final int NAME_WIDTH = 16;

    private static final String RESET = "\u001b[0m";
    private static final String DIM = "\u001b[2m";
    private static final String BOLD = "\u001b[1m";
    private static final String RED = "\u001b[31;1m";
    private static final String GREEN = "\u001b[32m";
    private static final String YELLOW = "\u001b[33m";
    private static final String CYAN = "\u001b[36m";
    private static final String MAGENTA = "\u001b[35m";

    private final PrintWriter out;
    private final boolean json;
    private final boolean colour;
    private String prefix = "";
    private ObjectNode jsonPrefix;

    public FieldPrinter(PrintWriter out, boolean json, boolean colour) {
        this.out = out;
        this.json = json;
        this.colour = colour && !json;
    }

    /** Text mode: a prefix for the following lines. */
    public void prefix(String text) {
        this.prefix = text;
    }

    /** JSON mode: fields added to every following object (the proxy's time, direction, connection). */
    public void jsonPrefix(ObjectNode fields) {
        this.jsonPrefix = fields;
    }

    @Override
    public void accept(Field f) {
        if (json) {
            out.println(JsonValues.write(toJson(f)));
        } else {
            out.println(prefix + text(f));
        }
    }

    public void flush() {
        out.flush();
    }

    PrintWriter writer() {
        return out;
    }

    public ObjectNode toJson(Field f) {
        ObjectNode o = JsonValues.MAPPER.createObjectNode();
        if (jsonPrefix != null) o.setAll(jsonPrefix);
        o.put("kind", f.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        o.put("offset", f.offset());
        o.put("length", f.bytes().length);
        o.put("depth", f.depth());
        if (f.name() != null) o.put("name", f.name());
        if (f.type() != null) o.put("type", f.type());
        if (f.value() != null) o.set("value", f.value());
        if (f.bytes().length > 0) {
            int n = Math.min(f.bytes().length, JSON_HEX_BYTES);
            o.put("hex", HexFormat.of().formatHex(f.bytes(), 0, n));
            if (n < f.bytes().length) o.put("hexTruncated", true);
        }
        if (f.error() != null) o.put("error", f.error());
        return o;
    }

    private String c(String code, String s) {
        return colour ? code + s + RESET : s;
    }

    public String text(Field f) {
        String off = String.format("%08x", f.offset());
        String indent = "  ".repeat(Math.max(0, f.depth()));
        switch (f.kind()) {
            case BLOCK -> {
                String size = f.value() != null ? ": " + f.value().asLong() + " bytes after the size field" : "";
                return c(YELLOW + BOLD, "── " + f.name() + " at offset " + f.offset() + size + " ──");
            }
            case ERROR -> {
                return c(DIM, off) + "  " + c(RED, "✗ error: " + safe(f.error()));
            }
            case TRAILING -> {
                return c(DIM, off) + "  " + hex(f.bytes()) + indent + c(RED, "✗ " + safe(f.error()));
            }
            default -> {
            }
        }
        StringBuilder b = new StringBuilder();
        b.append(c(DIM, off)).append("  ").append(hex(f.bytes())).append(indent);
        String name = f.name() == null ? "" : safe(f.name());
        String kindMark = switch (f.kind()) {
            case SIZE -> c(MAGENTA, "size");
            case END_MARKER -> c(MAGENTA, "end of data");
            case HEADER -> c(DIM, name.isEmpty() ? "header" : name);
            default -> c(BOLD, name);
        };
        b.append(kindMark);
        int shown = f.kind() == Field.Kind.SIZE ? 4 : f.kind() == Field.Kind.END_MARKER ? 11 : name.isEmpty() && f.kind() == Field.Kind.HEADER ? 6 : name.length();
        b.append(" ".repeat(Math.max(1, NAME_WIDTH - indent.length() - shown)));
        if (f.type() != null) b.append(c(CYAN, safe(f.type())));
        if (f.value() != null) {
            String v;
            if (f.value().isObject() && f.value().size() == 1 && f.value().has("elements")) {
                int n = f.value().get("elements").asInt();
                v = n + (n == 1 ? " element" : " elements");
            } else {
                v = f.kind() == Field.Kind.END_MARKER ? f.value().asText() : JsonValues.write(f.value());
            }
            if (v.length() > VALUE_CHARS) v = v.substring(0, VALUE_CHARS) + "… (" + v.length() + " characters)";
            b.append(" = ").append(c(GREEN, safe(v)));
        }
        if (f.error() != null) b.append("  ").append(c(RED, "(" + safe(f.error()) + ")"));
        return b.toString();
    }

    /**
     * Text from the wire (a value, a type name in an error) with its control characters as
     * backslash-u and four hex digits: a C0 or C1 control or DEL printed raw could drive the terminal.
     */
    static String safe(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (Character.isISOControl(ch)) {
                if (b == null) b = new StringBuilder(s.length() + 8).append(s, 0, i);
                b.append(String.format("\\u%04x", (int) ch));
            } else if (b != null) {
                b.append(ch);
            }
        }
        return b == null ? s : b.toString();
    }

    private static String hex(byte[] bytes) {
        StringBuilder h = new StringBuilder();
        int n = Math.min(bytes.length, HEX_BYTES);
        for (int i = 0; i < n; i++) {
            h.append(Character.forDigit((bytes[i] >> 4) & 0xF, 16)).append(Character.forDigit(bytes[i] & 0xF, 16));
            if (i + 1 < n) h.append(' ');
        }
        if (bytes.length > HEX_BYTES) h.append(" …");
        int width = HEX_BYTES * 3 + 2;
        while (h.length() < width) h.append(' ');
        return h.append(' ').toString();
    }
}
