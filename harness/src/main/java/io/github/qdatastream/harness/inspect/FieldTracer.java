package io.github.qdatastream.harness.inspect;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.qdatastream.codec.Codec;
import io.github.qdatastream.codec.Codecs;
import io.github.qdatastream.codec.QDataReader;
import io.github.qdatastream.codec.QDataStreamException;
import io.github.qdatastream.codec.QVariant;
import io.github.qdatastream.codec.TypeExpression;
import io.github.qdatastream.codec.VariantRegistry;
import io.github.qdatastream.codec.QDataWriter;
import io.github.qdatastream.harness.json.JsonValues;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The field-event hook of {@code qds inspect} and {@code qds proxy --decode}: the codec's own
 * readers, each wrapped so that a read reports where it started, where it ended and what it
 * read. Nothing here decodes bytes itself; every value comes from the codec.
 *
 * <p>How: every leaf codec of the registry (QString, QDate, ..., QVariant, the user types) is
 * re-registered wrapped in a {@link Traced} codec, so a container or a QVariant built by the
 * codec from this registry reports its elements and its value; the containers of a type
 * expression are wrapped too. A read records one {@link Field} per codec call, parent before
 * children, with its depth. Bytes of a parent not covered by its first child (a container's
 * count, a QVariant's type id and null flag) become a {@link Field.Kind#HEADER} field.
 */
public final class FieldTracer {

    private final VariantRegistry base;
    private final VariantRegistry traced;
    private final List<Field> fields = new ArrayList<>();
    private final List<Integer> open = new ArrayList<>();
    private byte[] bytes;
    private int bytesStart;
    private int bytesLength;
    private long bytesOffset;
    private String nextName;

    public FieldTracer(VariantRegistry registry) {
        this.base = Objects.requireNonNull(registry, "registry");
        VariantRegistry r = registry;
        for (String name : VariantRegistry.builtinLeafNames()) {
            if (name.equals("QVariant") || registry.userCodecs().containsKey(name)) continue;
            TypeExpression t = TypeExpression.parse(name, registry);
            r = r.with(name, new Traced<>(t.codec(registry), t));
        }
        for (Map.Entry<String, Codec<?>> e : registry.userCodecs().entrySet()) {
            r = r.with(e.getKey(), new Traced<>(e.getValue(), TypeExpression.parse(e.getKey(), registry)));
        }
        VariantRegistry[] self = new VariantRegistry[1];
        Codec<QVariant> variant = Codec.of("QVariant", 4, in -> self[0].variantCodec().read(in), (out, v) -> self[0].variantCodec().write(out, v));
        r = r.with("QVariant", new Traced<>(variant, TypeExpression.parse("QVariant", registry)));
        self[0] = r;
        this.traced = r;
    }

    /** The traced codec of {@code type}: each container and leaf reports itself. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Codec<Object> codec(TypeExpression type) {
        if (type.isLeaf()) {
            Codec<Object> c = type.codec(traced);
            // rawData(N) and a few others are not registry leaves: trace them here
            return c instanceof Traced ? c : (Codec) new Traced<>(c, type);
        }
        List<TypeExpression> a = type.arguments();
        Codec<Object> first = codec(a.get(0));
        Codec<?> c = switch (type.name()) {
            case "QList" -> Codecs.list(first);
            case "QVector" -> Codecs.vector(first);
            case "QLinkedList" -> Codecs.linkedList(first);
            case "QSet" -> Codecs.set(first);
            case "QMap" -> Codecs.map(first, codec(a.get(1)));
            case "QHash" -> Codecs.hash(first, codec(a.get(1)));
            case "QPair" -> Codecs.pair(first, codec(a.get(1)));
            default -> throw new IllegalArgumentException("not a container: " + type);
        };
        return (Codec) new Traced<>((Codec) c, type);
    }

    /**
     * Reads one value of {@code codec} (from {@link #codec}) named {@code name} from {@code in},
     * whose bytes are {@code data[dataStart, dataStart + dataLength)}, the first at stream offset
     * {@code dataOffset}; the fields read are appended to {@link #fields()}, also when the read
     * fails (then the exception propagates and the open fields are marked incomplete). Each field
     * copies its own bytes as it is made, so {@code data} is not read after the call and
     * need not be a copy.
     */
    public Object read(Codec<Object> codec, String name, QDataReader in, byte[] data, int dataStart, int dataLength, long dataOffset) {
        Objects.checkFromIndexSize(dataStart, dataLength, data.length);
        this.bytes = data;
        this.bytesStart = dataStart;
        this.bytesLength = dataLength;
        this.bytesOffset = dataOffset;
        this.nextName = name;
        open.clear();
        return codec.read(in);
    }

    public List<Field> fields() {
        return fields;
    }

    public void clear() {
        fields.clear();
        open.clear();
    }

    private String childName(Field parent, int index) {
        String t = parent.type();
        if (t.startsWith("QMap<") || t.startsWith("QHash<") || t.equals("QVariantMap") || t.equals("QVariantHash")) {
            return (index % 2 == 0 ? "key " : "value ") + index / 2;
        }
        if (t.startsWith("QPair<")) return index == 0 ? "first" : "second";
        if (t.equals("QVariant")) return "value";
        return "[" + index + "]";
    }

    private void opened(TypeExpression type, long offset) {
        String name;
        int depth = open.size();
        if (open.isEmpty()) {
            name = nextName;
        } else {
            int p = open.get(open.size() - 1);
            Field parent = fields.get(p);
            int index = parent.children();
            if (index == 0 && offset > parent.offset()) {
                fields.add(Field.header(depth, parent, offset, slice(parent.offset(), (int) (offset - parent.offset()))));
            }
            fields.set(p, parent.withChildren(index + 1));
            name = childName(parent, index);
        }
        open.add(fields.size());
        fields.add(Field.opened(depth, offset, name, type.toString()));
    }

    private void closed(TypeExpression type, Object value, long end) {
        int i = open.remove(open.size() - 1);
        Field f = fields.get(i);
        if (f.children() == 0 && end > f.offset() && !type.isLeaf() && !f.type().equals("QVariant")) {
            // an empty container: its header is all of it
            fields.add(Field.header(f.depth() + 1, f, end, slice(f.offset(), (int) (end - f.offset()))));
        }
        fields.set(i, f.closed(end, slice(f.offset(), (int) (end - f.offset())), describe(type, value, f.children())));
        if (value instanceof QVariant v && v.typeName() != null) nestVariantContainer(i, v, end); // an invalid variant holds nothing
    }

    /**
     * A QVariant holding a container (QVariantList, QStringList, QVariantMap ...) reads it with a
     * container codec the registry builds, which reports only its elements: put the container
     * back in as the variant's one child, over its elements, so the nesting shows it.
     */
    private void nestVariantContainer(int i, QVariant v, long end) {
        Field f = fields.get(i);
        int d = f.depth();
        List<Integer> direct = new ArrayList<>();
        int header = -1;
        for (int j = i + 1; j < fields.size(); j++) {
            Field x = fields.get(j);
            if (x.depth() == d + 1 && x.kind() == Field.Kind.HEADER) header = j;
            else if (x.depth() == d + 1 && x.kind() == Field.Kind.FIELD) direct.add(j);
        }
        TypeExpression held = base.variantType(v.typeName());
        if (held == null || held.isLeaf() || direct.isEmpty()) return; // a leaf value: already the one child
        long from = fields.get(direct.get(0)).offset();
        long containerStart = from;
        if (header >= 0) {
            // the gap before the first element is the variant's header and then the container's
            // quint32 count: give each its own line
            Field h = fields.get(header);
            int variantHeader = Math.max(0, h.bytes().length - 4);
            containerStart = h.offset() + variantHeader;
            if (variantHeader > 0) {
                fields.set(header, Field.header(d + 1, f, containerStart, slice(h.offset(), variantHeader)));
            } else {
                fields.remove(header);
                for (int k = 0; k < direct.size(); k++) if (direct.get(k) > header) direct.set(k, direct.get(k) - 1);
                header = -1;
            }
        }
        for (int j = i + 1; j < fields.size(); j++) {
            if (j == header) continue;
            fields.set(j, fields.get(j).atDepth(fields.get(j).depth() + 1));
        }
        Field container = new Field(Field.Kind.FIELD, d + 1, containerStart, slice(containerStart, (int) (end - containerStart)),
                "value", v.typeName(), null, null, direct.size());
        String t = v.typeName();
        int n = t.equals("QVariantMap") || t.equals("QVariantHash") ? direct.size() / 2 : direct.size();
        container = new Field(container.kind(), container.depth(), container.offset(), container.bytes(), container.name(),
                container.type(), JsonValues.MAPPER.createObjectNode().put("elements", n), null, direct.size());
        for (int k = 0; k < direct.size(); k++) {
            Field x = fields.get(direct.get(k));
            fields.set(direct.get(k), new Field(x.kind(), x.depth(), x.offset(), x.bytes(), childName(container, k), x.type(), x.value(), x.error(), x.children()));
        }
        int at = header >= 0 ? header + 1 : i + 1;
        if (containerStart < from) {
            // the container's own count sits between the variant's header and the first element
            fields.add(at, Field.header(d + 2, container, from, slice(containerStart, (int) (from - containerStart))));
        }
        fields.add(at, container);
    }

    private void failed(RuntimeException e, long at) {
        while (!open.isEmpty()) {
            int i = open.remove(open.size() - 1);
            Field f = fields.get(i);
            fields.set(i, f.incomplete(slice(f.offset(), (int) Math.max(0, Math.min(at, bytesOffset + bytesLength) - f.offset()))));
        }
        long offset = e instanceof QDataStreamException q ? q.offset() : at;
        fields.add(Field.error(offset, e.getMessage()));
    }

    private byte[] slice(long from, int length) {
        long start = from - bytesOffset;
        if (start < 0 || length <= 0 || start >= bytesLength) return new byte[0];
        int n = (int) Math.min(length, bytesLength - start);
        byte[] b = new byte[n];
        System.arraycopy(bytes, bytesStart + (int) start, b, 0, n);
        return b;
    }

    private JsonNode describe(TypeExpression type, Object value, int children) {
        if (value instanceof QVariant v) {
            return JsonValues.toJson(TypeExpression.parse("QVariant", base), v, base);
        }
        if (!type.isLeaf() || value instanceof Collection<?> || value instanceof Map<?, ?>) {
            int n = type.name().equals("QMap") || type.name().equals("QHash") ? children / 2 : children;
            if (type.name().equals("QPair")) return null;
            return JsonValues.MAPPER.createObjectNode().put("elements", n);
        }
        try {
            return JsonValues.toJson(type, value, base);
        } catch (RuntimeException e) {
            return JsonValues.MAPPER.getNodeFactory().textNode(String.valueOf(value));
        }
    }

    /** A codec that reports its reads to the tracer. */
    private final class Traced<T> implements Codec<T> {
        private final Codec<T> inner;
        private final TypeExpression type;

        Traced(Codec<T> inner, TypeExpression type) {
            this.inner = inner;
            this.type = type;
        }

        @Override
        public T read(QDataReader in) {
            long at = in.offset();
            opened(type, at);
            T value;
            try {
                value = inner.read(in);
            } catch (RuntimeException e) {
                if (!open.isEmpty()) failed(e, in.offset()); // the innermost read records it, once
                throw e;
            }
            closed(type, value, in.offset());
            return value;
        }

        @Override
        public void write(QDataWriter out, T value) {
            inner.write(out, value);
        }

        @Override
        public String typeName() {
            return inner.typeName();
        }

        @Override
        public int minWireSize() {
            return inner.minWireSize();
        }
    }
}
