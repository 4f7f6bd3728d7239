package io.github.qdatastream.codec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A Qt type written as text, such as {@code QMap<QString,QList<qint32>>}, and the codec of the
 * value it names. This is how tools ({@code qds}, golden vectors, fuzzers) and QVariant's user
 * types name a wire type at run time.
 *
 * <pre>{@code
 * Codec<Object> codec = TypeExpression.parse("QMap<QString, QList<int>>").codec();
 * Object value = codec.decode(bytes);   // a QMap<String, List<Integer>>
 * }</pre>
 *
 * <h2>Grammar</h2>
 * <pre>
 *   type  := name | name '&lt;' type (',' type)* '&gt;' | 'rawData(' digits ')'
 *   name  := word (' ' word)* ['*']     e.g. qint32, QString, unsigned int, const char*
 * </pre>
 * {@code rawData(N)} is N bytes with no length field ({@code writeRawData}/{@code readRawData},
 * {@link Codecs#rawData(int)}), for fixed-size fields such as a magic number; N is at most
 * {@link #MAX_RAW_DATA}. It is not a Qt type name, so no QVariant has it.
 * Spaces are allowed around every token. Names are canonicalised: Qt's aliases ({@code int},
 * {@code uint}, {@code qlonglong}, {@code qulonglong}, {@code short}, {@code ushort}, {@code char},
 * {@code uchar}, {@code signed char}, {@code long}, {@code ulong}, {@code unsigned int}, ...) become
 * the sized names ({@code qint32}, ...); {@code QStringList}, {@code QByteArrayList},
 * {@code QVariantList}, {@code QVariantMap}, {@code QVariantHash} and {@code QVariantPair} become
 * the containers they are ({@code QList<QString>}, ..., {@code QMap<QString,QVariant>}, ...);
 * {@code QMultiMap}/{@code QMultiHash} become {@code QMap}/{@code QHash} (same wire format), and
 * {@code std::pair} becomes {@code QPair}. {@code QList}, {@code QVector}, {@code QLinkedList}
 * and {@code QSet} stay apart in the name but share one wire format.
 *
 * <h2>Java values</h2>
 * {@code qint8} Byte, {@code quint8} Integer, {@code qint16} Short, {@code quint16} Integer,
 * {@code qint32} Integer, {@code quint32} Long, {@code qint64}/{@code quint64} Long (same 64 bits),
 * {@code bool} Boolean, {@code float} Float, {@code double} Double, {@code QChar} Character,
 * {@code QString} String (null for the null QString), {@code QByteArray}/{@code const char*}
 * {@link QByteArray} (null for null), {@link QDate}, {@link QTime}, {@link QVariant}, the value
 * classes of the other Qt types (their {@code CODEC}s), {@code List} for the sequences,
 * {@link QMap} for the associative containers and {@link QPair}.
 *
 * <p>Malformed text or an unknown name is an {@link IllegalArgumentException} that gives the
 * position (0-based character index). Nesting deeper than {@link #MAX_DEPTH} is rejected.
 *
 * <p>Immutable and thread-safe once parsed; its codec() is too, and may be shared by any number of
 * readers and writers.
 */
public final class TypeExpression {

    /** The deepest nesting of {@code <>} accepted. */
    public static final int MAX_DEPTH = 32;

    /** The largest N of {@code rawData(N)}. */
    public static final int MAX_RAW_DATA = 1 << 30;

    private static final String RAW_DATA = "rawData";

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("int", "qint32"), Map.entry("signed int", "qint32"), Map.entry("signed", "qint32"),
            Map.entry("uint", "quint32"), Map.entry("unsigned int", "quint32"), Map.entry("unsigned", "quint32"),
            Map.entry("qlonglong", "qint64"), Map.entry("long long", "qint64"), Map.entry("long", "qint64"),
            Map.entry("qulonglong", "quint64"), Map.entry("unsigned long long", "quint64"),
            Map.entry("ulong", "quint64"), Map.entry("unsigned long", "quint64"),
            Map.entry("short", "qint16"), Map.entry("ushort", "quint16"), Map.entry("unsigned short", "quint16"),
            Map.entry("char", "qint8"), Map.entry("signed char", "qint8"),
            Map.entry("uchar", "quint8"), Map.entry("unsigned char", "quint8"),
            Map.entry("char16_t", "quint16"), Map.entry("char32_t", "quint32"),
            Map.entry("QCborSimpleType", "quint8"), Map.entry("qfloat16", "qint16"),
            Map.entry("qreal", "double"), Map.entry("std::nullptr_t", "void"), Map.entry("char*", "const char*"),
            // Streamed as a QByteArray: the compact JSON text, or the CBOR encoding.
            Map.entry("QJsonDocument", "QByteArray"), Map.entry("QJsonArray", "QByteArray"),
            Map.entry("QJsonObject", "QByteArray"), Map.entry("QCborValue", "QByteArray"),
            Map.entry("QCborArray", "QByteArray"), Map.entry("QCborMap", "QByteArray"),
            // QSizePolicy (QtWidgets) is one quint32 of bit fields; QTextLength a type and a length.
            Map.entry("QSizePolicy", "quint32"), Map.entry("QTextLength", "QPair<qint32,double>"),
            Map.entry("QStringList", "QList<QString>"), Map.entry("QByteArrayList", "QList<QByteArray>"),
            Map.entry("QVariantList", "QList<QVariant>"), Map.entry("QVariantMap", "QMap<QString,QVariant>"),
            Map.entry("QVariantHash", "QHash<QString,QVariant>"), Map.entry("QVariantPair", "QPair<QVariant,QVariant>"));

    private static final Map<String, String> TEMPLATE_ALIASES = Map.of(
            "QMultiMap", "QMap", "QMultiHash", "QHash", "std::pair", "QPair");

    /** Template names and their number of arguments. */
    private static final Map<String, Integer> TEMPLATES = Map.of(
            "QList", 1, "QVector", 1, "QLinkedList", 1, "QSet", 1, "QMap", 2, "QHash", 2, "QPair", 2);

    private final String name;
    private final List<TypeExpression> arguments;

    private TypeExpression(String name, List<TypeExpression> arguments) {
        this.name = name;
        this.arguments = arguments;
    }

    /** A leaf type such as {@code qint32} (canonical name, no aliases resolved). */
    static TypeExpression leaf(String name) {
        return new TypeExpression(name, List.of());
    }

    /**
     * Parses {@code text} against Qt's built-in types.
     *
     * @param text a type as Qt spells it, for example {@code "QMap<QString,QList<qint32>>"}
     * @return the parsed expression
     * @throws IllegalArgumentException if {@code text} is not a type this library knows
     */
    public static TypeExpression parse(String text) {
        return parse(text, VariantRegistry.DEFAULT);
    }

    /**
     * Parses {@code text}, allowing the user type names of {@code registry} as leaves.
     *
     * @param text a type as Qt spells it
     * @param registry the user types and aliases to accept
     * @return the parsed expression
     * @throws IllegalArgumentException if {@code text} is not a type {@code registry} knows
     */
    public static TypeExpression parse(String text, VariantRegistry registry) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(registry, "registry");
        Parser p = new Parser(text, registry);
        TypeExpression t = p.type(0);
        p.skipSpaces();
        if (p.pos != text.length()) {
            throw p.error("unexpected '" + text.charAt(p.pos) + "' after the type");
        }
        return t;
    }

    /** {@return the canonical name: a leaf type ({@code qint32}, {@code QString}, a user type) or a template ({@code QList})} */
    public String name() {
        return name;
    }

    /** {@return the template arguments; empty for a leaf} */
    public List<TypeExpression> arguments() {
        return arguments;
    }

    /** {@return true for a type without template arguments, such as {@code qint32} or a user type} */
    public boolean isLeaf() {
        return arguments.isEmpty() && !TEMPLATES.containsKey(name);
    }

    /** {@return the codec of this type with Qt's built-in types} */
    public Codec<Object> codec() {
        return codec(VariantRegistry.DEFAULT);
    }

    /**
     * {@return the codec of this type} User type leaves and QVariants resolve through {@code registry}.
     *
     * @param registry the user types and aliases
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Codec<Object> codec(VariantRegistry registry) {
        Objects.requireNonNull(registry, "registry");
        if (isLeaf()) {
            int raw = rawDataLength(name);
            if (raw >= 0) {
                return rename((Codec) Codecs.rawData(raw), name);
            }
            Codec<?> c = registry.leafCodec(name);
            if (c == null) {
                throw new IllegalArgumentException("unknown type name: " + name);
            }
            return rename((Codec) c, c.typeName());
        }
        Codec<Object> a = arguments.get(0).codec(registry);
        Codec<?> c = switch (name) {
            case "QList" -> Codecs.list(a);
            case "QVector" -> Codecs.vector(a);
            case "QLinkedList" -> Codecs.linkedList(a);
            case "QSet" -> Codecs.set(a);
            case "QMap" -> Codecs.map(a, arguments.get(1).codec(registry));
            case "QHash" -> Codecs.hash(a, arguments.get(1).codec(registry));
            case "QPair" -> Codecs.pair(a, arguments.get(1).codec(registry));
            default -> throw new IllegalStateException(name);
        };
        return rename((Codec) c, toString());
    }

    /** N for the leaf name {@code rawData(N)} (as this class writes it), else -1. */
    static int rawDataLength(String name) {
        if (!name.startsWith(RAW_DATA + "(") || !name.endsWith(")")) return -1;
        return Integer.parseInt(name, RAW_DATA.length() + 1, name.length() - 1, 10);
    }

    private static Codec<Object> rename(Codec<Object> c, String typeName) {
        return c.typeName().equals(typeName) ? c : Codec.of(typeName, c.minWireSize(), c::read, c::write);
    }

    /** {@return the canonical text, without spaces: {@code QMap<QString,QList<qint32>>}} */
    @Override
    public String toString() {
        if (arguments.isEmpty()) {
            return name;
        }
        StringBuilder sb = new StringBuilder(name).append('<');
        for (int i = 0; i < arguments.size(); i++) {
            if (i > 0) sb.append(',');
            sb.append(arguments.get(i));
        }
        return sb.append('>').toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TypeExpression t && name.equals(t.name) && arguments.equals(t.arguments);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + arguments.hashCode();
    }

    private static final class Parser {
        final String text;
        final VariantRegistry registry;
        int pos;

        Parser(String text, VariantRegistry registry) {
            this.text = text;
            this.registry = registry;
        }

        IllegalArgumentException error(String why) {
            return new IllegalArgumentException("bad type expression at position " + pos + ": " + why + " in \""
                    + clip(text, 200) + "\"");
        }

        /** A name as a message shows it: at most 100 characters, so a message stays short whatever the input. */
        static String clip(String s) {
            return clip(s, 100);
        }

        /** User text as a message shows it: its first {@code max} characters, then "..." if there were more. */
        static String clip(String s, int max) {
            return s.length() > max ? s.substring(0, max) + "..." : s;
        }

        void skipSpaces() {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) pos++;
        }

        static boolean wordChar(char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == ':';
        }

        String name() {
            skipSpaces();
            int start = pos;
            StringBuilder sb = new StringBuilder();
            while (true) {
                int w = pos;
                while (pos < text.length() && wordChar(text.charAt(pos))) pos++;
                if (pos == w) {
                    break;
                }
                if (sb.length() > 0) sb.append(' ');
                sb.append(text, w, pos);
                int save = pos;
                skipSpaces();
                if (pos < text.length() && wordChar(text.charAt(pos))) {
                    continue;
                }
                pos = save;
                break;
            }
            skipSpaces();
            if (pos < text.length() && text.charAt(pos) == '*') {
                pos++;
                sb.append('*');
            }
            if (sb.length() == 0) {
                pos = start;
                skipSpaces();
                throw error(pos < text.length() ? "expected a type name, found '" + text.charAt(pos) + "'"
                        : "expected a type name, found the end");
            }
            return sb.toString();
        }

        TypeExpression type(int depth) {
            if (depth > MAX_DEPTH) {
                throw error("nested deeper than " + MAX_DEPTH + " levels");
            }
            skipSpaces();
            int at = pos;
            String n = name();
            n = TEMPLATE_ALIASES.getOrDefault(n, n);
            skipSpaces();
            if (n.equals(RAW_DATA) && pos < text.length() && text.charAt(pos) == '(') {
                return rawData(at);
            }
            boolean open = pos < text.length() && text.charAt(pos) == '<';
            Integer arity = TEMPLATES.get(n);
            if (!open) {
                if (arity != null) {
                    pos = at;
                    throw error(clip(n) + " needs " + arity + " template argument" + (arity == 1 ? "" : "s"));
                }
                return resolveLeaf(n, at, depth);
            }
            if (arity == null) {
                pos = at;
                throw error(clip(n) + " is not a template (known templates: QList, QVector, QLinkedList, QSet, QMap, QHash, QPair)");
            }
            pos++; // '<'
            List<TypeExpression> args = new ArrayList<>(2);
            while (true) {
                skipSpaces();
                int argAt = pos;
                TypeExpression arg = type(depth + 1);
                if (arg.name.equals("void")) {
                    pos = argAt;
                    throw error("void takes no bytes and cannot be a template argument");
                }
                args.add(arg);
                skipSpaces();
                if (pos >= text.length()) {
                    throw error("expected ',' or '>', found the end");
                }
                char c = text.charAt(pos);
                if (c == ',') {
                    pos++;
                    continue;
                }
                if (c == '>') {
                    pos++;
                    break;
                }
                throw error("expected ',' or '>', found '" + c + "'");
            }
            if (args.size() != arity) {
                int end = pos;
                pos = at;
                IllegalArgumentException e = error(clip(n) + " takes " + arity + " template argument"
                        + (arity == 1 ? "" : "s") + ", found " + args.size());
                pos = end;
                throw e;
            }
            return new TypeExpression(n, Collections.unmodifiableList(args));
        }

        private TypeExpression rawData(int at) {
            pos++; // '('
            skipSpaces();
            int start = pos;
            while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') pos++;
            if (pos == start) {
                throw error("expected the byte count of rawData(N)");
            }
            String digits = text.substring(start, pos);
            long n = digits.length() > 10 ? Long.MAX_VALUE : Long.parseLong(digits);
            if (n > MAX_RAW_DATA) {
                pos = start;
                throw error("rawData(N) takes at most " + MAX_RAW_DATA + " bytes, not " + clip(digits, 20));
            }
            skipSpaces();
            if (pos >= text.length() || text.charAt(pos) != ')') {
                throw error("expected ')' after rawData(" + n);
            }
            pos++;
            return leaf(RAW_DATA + "(" + n + ")");
        }

        private TypeExpression resolveLeaf(String n, int at, int depth) {
            String alias = ALIASES.get(n);
            if (alias != null) {
                Parser sub = new Parser(alias, registry);
                return sub.type(depth);
            }
            if (registry.leafCodec(n) == null) {
                pos = at;
                throw error("unknown type name '" + clip(n) + "'");
            }
            return leaf(n);
        }
    }
}
