package io.github.qdatastream.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The grammar the fuzzers draw type expressions from: every leaf type the codec reads, and the
 * containers nested up to {@link #MAX_DEPTH} levels. {@link #generate} turns choices into a type;
 * {@link #choicesFor} is its inverse, used to write seeds for a given type.
 */
final class TypeGrammar {

    /** Container nesting the generator goes to; deeper levels come from QVariant payloads. */
    static final int MAX_DEPTH = 4;

    /** Every leaf type, in choice order. Append new types at the end so older seeds keep their meaning. */
    static final List<String> LEAVES = List.of(
            "qint8", "quint8", "qint16", "quint16", "qint32", "quint32", "qint64", "quint64",
            "bool", "float", "double", "QChar", "QString", "QByteArray", "const char*", "QStringList",
            "QDate", "QTime",
            // value types
            "QBitArray", "QDateTime", "QTimeZone", "QUrl", "QUuid", "QLocale", "QRegExp", "QRegularExpression",
            "QPoint", "QPointF", "QSize", "QSizeF", "QRect", "QRectF", "QLine", "QLineF", "QPolygon", "QPolygonF",
            "QColor",
            // dynamic types
            "QVariant", "QVariantList", "QVariantMap", "QVariantHash", "QByteArrayList");

    /** Containers and their type-argument counts, in choice order. */
    static final List<String> CONTAINERS = List.of("QList", "QVector", "QLinkedList", "QSet", "QMap", "QHash", "QPair");

    /**
     * A choice byte from here up picks a container, below it a leaf ({@code b % LEAVES.size()}).
     * Seeds use the exact index, so appending leaves or containers keeps every seed's meaning.
     */
    static final int CONTAINER_BASE = 0xE0;

    private TypeGrammar() {
    }

    static int arity(String container) {
        return switch (container) {
            case "QMap", "QHash", "QPair" -> 2;
            default -> 1;
        };
    }

    static TypeNode generate(FuzzInput in) {
        return generate(in, 0);
    }

    private static TypeNode generate(FuzzInput in, int depth) {
        int b = in.choose(256);
        if (b < CONTAINER_BASE || depth >= MAX_DEPTH) {
            return TypeNode.leaf(LEAVES.get(b % LEAVES.size()));
        }
        String name = CONTAINERS.get((b - CONTAINER_BASE) % CONTAINERS.size());
        List<TypeNode> args = new ArrayList<>();
        for (int i = 0; i < arity(name); i++) {
            args.add(generate(in, depth + 1));
        }
        return new TypeNode(name, args);
    }

    /** The choices that make {@link #generate} produce {@code type}, if the grammar has it. */
    static Optional<List<Integer>> choicesFor(TypeNode type) {
        List<Integer> out = new ArrayList<>();
        return choicesFor(type, 0, out) ? Optional.of(out) : Optional.empty();
    }

    private static boolean choicesFor(TypeNode t, int depth, List<Integer> out) {
        int leaf = LEAVES.indexOf(t.name());
        if (leaf >= 0 && t.args().isEmpty()) {
            out.add(leaf);
            return true;
        }
        int c = CONTAINERS.indexOf(t.name());
        if (c < 0 || depth >= MAX_DEPTH || t.args().size() != arity(t.name())) {
            return false;
        }
        out.add(CONTAINER_BASE + c);
        for (TypeNode a : t.args()) {
            if (!choicesFor(a, depth + 1, out)) {
                return false;
            }
        }
        return true;
    }
}
