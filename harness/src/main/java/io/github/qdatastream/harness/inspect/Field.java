package io.github.qdatastream.harness.inspect;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One line of {@code qds inspect}: a field read by the codec, or a mark of the framing (a block,
 * its size field, the end marker), a header (a container's count, a QVariant's type id), or the
 * error where the input went wrong.
 *
 * @param kind     what the line is
 * @param depth    nesting: 0 for a block's or record's fields, +1 per container or variant
 * @param offset   stream offset of the first byte
 * @param bytes    the field's bytes (all of them; printers shorten)
 * @param name     the field's name (protocol field, [i], key i, value ...)
 * @param type     the type as a type expression, or the framing's field type
 * @param value    the value as JSON (docs/json-values.md), a summary for a container, or null
 * @param error    the error message, for {@link Kind#ERROR}; "incomplete" for a field cut by one
 * @param children how many direct children were read (containers, variants)
 */
public record Field(Kind kind, int depth, long offset, byte[] bytes, String name, String type, JsonNode value, String error,
                    int children) {

    public enum Kind { BLOCK, SIZE, END_MARKER, FIELD, HEADER, TRAILING, ERROR }

    static Field opened(int depth, long offset, String name, String type) {
        return new Field(Kind.FIELD, depth, offset, new byte[0], name, type, null, null, 0);
    }

    /** The bytes of {@code parent} before its first child: a count, or a QVariant's type id and null flag. */
    static Field header(int depth, Field parent, long end, byte[] bytes) {
        boolean variant = parent.type().equals("QVariant");
        String what = variant ? (bytes.length == 4 ? "type id" : bytes.length == 5 ? "type id, null flag" : "type id, type name, null flag")
                : parent.type().startsWith("QPair<") ? "" : "count";
        return new Field(Kind.HEADER, depth, parent.offset(), bytes, what, headerType(parent, bytes.length), headerValue(parent, bytes), null, 0);
    }

    private static String headerType(Field parent, int n) {
        if (parent.type().equals("QVariant")) return n == 4 ? "quint32" : n == 5 ? "quint32, bool" : "quint32, QByteArray, bool";
        return n == 4 ? "quint32" : n == 12 ? "quint32 0xfffffffe, qint64" : n + " bytes";
    }

    private static JsonNode headerValue(Field parent, byte[] b) {
        if (b.length == 4 && !parent.type().equals("QVariant")) {
            long n = ((b[0] & 0xFFL) << 24) | ((b[1] & 0xFF) << 16) | ((b[2] & 0xFF) << 8) | (b[3] & 0xFF);
            return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.numberNode(n);
        }
        return null;
    }

    static Field error(long offset, String message) {
        return new Field(Kind.ERROR, 0, offset, new byte[0], null, null, null, message, 0);
    }

    Field withChildren(int n) {
        return new Field(kind, depth, offset, bytes, name, type, value, error, n);
    }

    Field closed(long end, byte[] b, JsonNode v) {
        return new Field(kind, depth, offset, b, name, type, v, null, children);
    }

    Field incomplete(byte[] b) {
        return new Field(kind, depth, offset, b, name, type, null, "incomplete", children);
    }

    Field atDepth(int d) {
        return new Field(kind, d, offset, bytes, name, type, value, error, children);
    }

    public long end() {
        return offset + bytes.length;
    }
}
