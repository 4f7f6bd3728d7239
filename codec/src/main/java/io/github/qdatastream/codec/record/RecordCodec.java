package io.github.qdatastream.codec.record;

import io.github.qdatastream.codec.Codec;
import io.github.qdatastream.codec.Codecs;
import io.github.qdatastream.codec.QBitArray;
import io.github.qdatastream.codec.QByteArray;
import io.github.qdatastream.codec.QColor;
import io.github.qdatastream.codec.QDataReader;
import io.github.qdatastream.codec.QDataStreamException;
import io.github.qdatastream.codec.QDataWriter;
import io.github.qdatastream.codec.QDate;
import io.github.qdatastream.codec.QDateTime;
import io.github.qdatastream.codec.QLine;
import io.github.qdatastream.codec.QLineF;
import io.github.qdatastream.codec.QLocale;
import io.github.qdatastream.codec.QMap;
import io.github.qdatastream.codec.QPair;
import io.github.qdatastream.codec.QPoint;
import io.github.qdatastream.codec.QPointF;
import io.github.qdatastream.codec.QPolygon;
import io.github.qdatastream.codec.QPolygonF;
import io.github.qdatastream.codec.QRect;
import io.github.qdatastream.codec.QRectF;
import io.github.qdatastream.codec.QRegExp;
import io.github.qdatastream.codec.QRegularExpression;
import io.github.qdatastream.codec.QSize;
import io.github.qdatastream.codec.QSizeF;
import io.github.qdatastream.codec.QTime;
import io.github.qdatastream.codec.QTimeZone;
import io.github.qdatastream.codec.QUrl;
import io.github.qdatastream.codec.QVariant;
import io.github.qdatastream.codec.TypeExpression;
import io.github.qdatastream.codec.VariantRegistry;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Codecs derived from Java records: the components in declaration order, each with the Qt type of
 * its {@link QType} annotation (or of the class's {@link QTypes} list, or its Java type's default).
 *
 * <pre>{@code
 * record Trip(QDate date, QTime departure, @QType("quint16") int minutes, @QType("quint8") int changes,
 *             String trainType) {}
 *
 * static final Codec<Trip> TRIP = RecordCodec.of(Trip.class, MethodHandles.lookup());
 * }</pre>
 *
 * <h2>Types</h2>
 * Each Qt type has one Java type, as {@link TypeExpression} decodes it: {@code qint8} byte,
 * {@code quint8}/{@code quint16}/{@code qint32} int, {@code qint16} short, {@code quint32}/{@code qint64}/{@code quint64}
 * long, {@code bool} boolean, {@code float}, {@code double}, {@code QChar} char (or their boxes),
 * {@code QString} String, {@code QByteArray} {@link QByteArray}, {@code QUuid} UUID, the value classes
 * ({@link QDate}, {@link QTime}, {@link QDateTime}, {@link QPoint}, ...), {@link QVariant}; the
 * sequences ({@code QList}, {@code QVector}, {@code QSet}, {@code QLinkedList}, {@code QStringList})
 * a {@code List<E>}, {@code QMap}/{@code QHash} a {@link QMap} of K to V, {@code QPair} a
 * {@link QPair}; a record is its own derived codec, named in type expressions by its simple name
 * ({@code @QType("QList<Stop>") List<Stop> stops}). The defaults without an annotation: int
 * {@code qint32}, long {@code qint64}, short {@code qint16}, byte {@code qint8}, String
 * {@code QString}, a {@code List<E>} {@code QList<E's default>}, and each of the other Java types its
 * Qt type. Building the codec checks every component, and names the one whose Java type does not
 * fit its Qt type ({@code IllegalArgumentException: Trip.minutes: quint16 is int (or Integer) in
 * Java, not short}). A user type of the {@link Builder#registry registry} has a codec of unknown
 * Java type: its component is not checked; nor is an {@code Object} component, which holds whatever
 * its type expression decodes to.
 *
 * <h2>Errors</h2>
 * Reading a component fails with the codec's own exception, its message prefixed with the record
 * and component ({@code TripReply.trainType: truncated input: QString ...}, see
 * {@link QDataStreamException#within}); a record constructor that refuses the decoded values
 * (an {@link IllegalArgumentException}) is {@link io.github.qdatastream.codec.CorruptDataException}.
 *
 * <h2>Speed</h2>
 * Reading and writing are one method-handle tree per record, built once: the components are read
 * by {@link QDataReader}'s own methods (no boxing for primitives) or their codecs, then passed to
 * the canonical constructor; no reflection per value. Held in a {@code static final} field the
 * JIT inlines the whole tree (bench/: within a few percent of a hand-written codec, see
 * docs/performance.md).
 *
 * <h2>Access</h2>
 * {@link #of(Class, MethodHandles.Lookup)} with the caller's {@code MethodHandles.lookup()}
 * reaches private and nested records. {@link #of(Class)} needs the record's package open to this
 * module (always so on the class path).
 */
public final class RecordCodec {

    private RecordCodec() {
    }

    /**
     * The codec of record {@code type} (its package must be open to this module; see the class doc).
     *
     * @param <R> the record type
     * @param type the record class
     * @return the codec
     */
    public static <R extends Record> Codec<R> of(Class<R> type) {
        return builder(type).build();
    }

    /**
     * The codec of record {@code type}, reached through {@code lookup} (pass {@code MethodHandles.lookup()}).
     *
     * @param <R> the record type
     * @param type the record class
     * @param lookup a lookup with access to the record
     * @return the codec
     */
    public static <R extends Record> Codec<R> of(Class<R> type, MethodHandles.Lookup lookup) {
        return builder(type).lookup(lookup).build();
    }

    /**
     * A builder for the codec of record {@code type}: lookup, registry, name, types.
     *
     * @param <R> the record type
     * @param type the record class
     * @return the builder
     */
    public static <R extends Record> Builder<R> builder(Class<R> type) {
        return new Builder<>(type);
    }

    /**
     * Options of a derived codec.
     *
     * @param <R> the record type
     */
    public static final class Builder<R extends Record> {
        private final Class<R> type;
        private MethodHandles.Lookup lookup;
        private VariantRegistry registry = VariantRegistry.DEFAULT;
        private String name;
        private List<String> types;

        private Builder(Class<R> type) {
            this.type = Objects.requireNonNull(type, "type");
            if (!type.isRecord()) throw new IllegalArgumentException(type.getName() + " is not a record");
        }

        /**
         * The lookup that reaches the record's constructor and accessors (default: a private lookup in it).
         *
         * @param value a lookup with access to the record
         * @return this builder
         */
        public Builder<R> lookup(MethodHandles.Lookup value) {
            this.lookup = Objects.requireNonNull(value, "lookup");
            return this;
        }

        /**
         * The registry for QVariant components and user type names in type expressions.
         *
         * @param value the registry
         * @return this builder
         */
        public Builder<R> registry(VariantRegistry value) {
            this.registry = Objects.requireNonNull(value, "registry");
            return this;
        }

        /**
         * The codec's type name (default: the record's simple name): its QVariant user type name.
         *
         * @param value the type name
         * @return this builder
         */
        public Builder<R> name(String value) {
            this.name = Objects.requireNonNull(value, "name");
            return this;
        }

        /**
         * The components' type expressions in declaration order, as {@link QTypes} gives them.
         *
         * @param value one type expression per component
         * @return this builder
         */
        public Builder<R> types(String... value) {
            this.types = List.of(value);
            return this;
        }

        /**
         * {@return the codec these options describe}
         *
         * @throws IllegalArgumentException if the record cannot be reached, or a component's type
         *     is missing, given twice or has no codec
         */
        @SuppressWarnings("unchecked")
        public Codec<R> build() {
            MethodHandles.Lookup l = lookup;
            if (l == null) {
                try {
                    l = MethodHandles.privateLookupIn(type, MethodHandles.lookup());
                } catch (IllegalAccessException e) {
                    throw new IllegalArgumentException("cannot reach record " + type.getName() + ": open its package to "
                            + "io.github.qdatastream.codec, or pass MethodHandles.lookup() (RecordCodec.of(type, lookup))", e);
                }
            }
            Deriver d = new Deriver(l, registry);
            return (Codec<R>) d.derive(type, name == null ? type.getSimpleName() : name, types);
        }
    }

    // ---------------------------------------------------------------- derivation

    /** The Java class each leaf Qt type decodes to (canonical names). */
    private static final Map<String, Class<?>> LEAF_CLASSES = new HashMap<>();
    /** The QDataReader/QDataWriter methods of the leaves that have their own. */
    private static final Map<String, String[]> DIRECT = new HashMap<>();

    static {
        Object[][] leaves = {
                {"qint8", byte.class}, {"quint8", int.class}, {"qint16", short.class}, {"quint16", int.class},
                {"qint32", int.class}, {"quint32", long.class}, {"qint64", long.class}, {"quint64", long.class},
                {"bool", boolean.class}, {"float", float.class}, {"double", double.class}, {"QChar", char.class},
                {"QString", String.class}, {"QByteArray", QByteArray.class}, {"const char*", QByteArray.class},
                {"bytes", QByteArray.class}, {"QUuid", UUID.class}, {"QVariant", QVariant.class},
                {"QDate", QDate.class}, {"QTime", QTime.class}, {"QDateTime", QDateTime.class},
                {"QTimeZone", QTimeZone.class}, {"QUrl", QUrl.class}, {"QLocale", QLocale.class},
                {"QRegExp", QRegExp.class}, {"QRegularExpression", QRegularExpression.class},
                {"QBitArray", QBitArray.class}, {"QPoint", QPoint.class}, {"QPointF", QPointF.class},
                {"QSize", QSize.class}, {"QSizeF", QSizeF.class}, {"QRect", QRect.class}, {"QRectF", QRectF.class},
                {"QLine", QLine.class}, {"QLineF", QLineF.class}, {"QPolygon", QPolygon.class},
                {"QPolygonF", QPolygonF.class}, {"QColor", QColor.class}};
        for (Object[] l : leaves) LEAF_CLASSES.put((String) l[0], (Class<?>) l[1]);
        String[][] direct = {
                {"qint8", "readInt8", "writeInt8", "int"}, {"quint8", "readUInt8", "writeUInt8", "int"},
                {"qint16", "readInt16", "writeInt16", "int"}, {"quint16", "readUInt16", "writeUInt16", "int"},
                {"qint32", "readInt32", "writeInt32", "int"}, {"quint32", "readUInt32", "writeUInt32", "long"},
                {"qint64", "readInt64", "writeInt64", "long"}, {"quint64", "readUInt64", "writeUInt64", "long"},
                {"bool", "readBool", "writeBool", "boolean"}, {"float", "readFloat", "writeFloat", "float"},
                {"double", "readDouble", "writeDouble", "double"}, {"QChar", "readQChar", "writeQChar", "char"},
                {"QString", "readString", "writeString", "String"}};
        for (String[] d : direct) DIRECT.put(d[0], d);
    }

    private static final Map<Class<?>, Class<?>> BOXES = Map.of(byte.class, Byte.class, short.class, Short.class,
            int.class, Integer.class, long.class, Long.class, boolean.class, Boolean.class, float.class, Float.class,
            double.class, Double.class, char.class, Character.class);

    private static final MethodHandle CODEC_READ;
    private static final MethodHandle CODEC_WRITE;
    private static final MethodHandle WITHIN;
    private static final MethodHandle REFUSED;
    private static final MethodHandle WRITE_FAILED;

    static {
        MethodHandles.Lookup l = MethodHandles.lookup();
        try {
            CODEC_READ = l.findVirtual(Codec.class, "read", MethodType.methodType(Object.class, QDataReader.class));
            CODEC_WRITE = l.findVirtual(Codec.class, "write",
                    MethodType.methodType(void.class, QDataWriter.class, Object.class));
            WITHIN = l.findVirtual(QDataStreamException.class, "within",
                    MethodType.methodType(QDataStreamException.class, String.class));
            REFUSED = l.findStatic(RecordCodec.class, "refused", MethodType.methodType(QDataStreamException.class,
                    String.class, IllegalArgumentException.class, QDataReader.class));
            WRITE_FAILED = l.findStatic(RecordCodec.class, "writeFailed", MethodType.methodType(
                    IllegalArgumentException.class, String.class, IllegalArgumentException.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static QDataStreamException refused(String record, IllegalArgumentException e, QDataReader in) {
        return in.corrupt(record, "ending", in.offset(), "the record's constructor refused the decoded components: "
                + e.getMessage());
    }

    private static IllegalArgumentException writeFailed(String where, IllegalArgumentException e) {
        return new IllegalArgumentException(where + ": " + e.getMessage(), e);
    }

    /** One component, or a nested position: how to read it, how to write it, its codec. */
    private record Part(MethodHandle reader, MethodHandle writer, Codec<?> codec) {
    }

    private static final class Deriver {
        final MethodHandles.Lookup lookup;
        final VariantRegistry base;
        final Map<Class<?>, Codec<?>> done = new HashMap<>();
        final Map<Class<?>, Forward<?>> inProgress = new HashMap<>();

        Deriver(MethodHandles.Lookup lookup, VariantRegistry base) {
            this.lookup = lookup;
            this.base = base;
        }

        Codec<?> derive(Class<?> type, String name, List<String> listed) {
            Codec<?> c = done.get(type);
            if (c != null) return c;
            Forward<?> f = inProgress.get(type);
            if (f != null) return f;
            Forward<Object> forward = new Forward<>(name);
            inProgress.put(type, forward);
            RecordComponent[] comps = type.getRecordComponents();
            QTypes classTypes = type.getAnnotation(QTypes.class);
            List<String> exprs = listed != null ? listed : classTypes != null ? List.of(classTypes.value()) : null;
            if (exprs != null && exprs.size() != comps.length) {
                throw new IllegalArgumentException(name + ": " + exprs.size() + " type expressions for " + comps.length
                        + " components (" + Arrays.stream(comps).map(RecordComponent::getName).toList() + ")");
            }
            int n = comps.length;
            Class<?>[] classes = new Class<?>[n];
            Part[] parts = new Part[n];
            int minSize = 0;
            for (int i = 0; i < n; i++) {
                RecordComponent rc = comps[i];
                String where = name + "." + rc.getName();
                QType ann = rc.getAnnotation(QType.class);
                if (ann != null && exprs != null) {
                    throw new IllegalArgumentException(where + ": has @QType and a type in the class's list; give one");
                }
                String expr = ann != null ? ann.value() : exprs != null ? exprs.get(i) : null;
                classes[i] = rc.getType();
                parts[i] = component(rc.getGenericType(), expr, where);
                minSize += parts[i].codec().minWireSize();
            }
            MethodHandle ctor;
            MethodHandle[] accessors = new MethodHandle[n];
            try {
                ctor = lookup.findConstructor(type, MethodType.methodType(void.class, classes));
                for (int i = 0; i < n; i++) accessors[i] = lookup.unreflect(comps[i].getAccessor());
            } catch (ReflectiveOperationException e) {
                throw new IllegalArgumentException("cannot reach record " + type.getName() + " through " + lookup
                        + ": pass a lookup that can (MethodHandles.lookup() in its class)", e);
            }
            // read: r0, r1, ... in declaration order, then the constructor (foldArguments runs a combiner first)
            MethodHandle read = MethodHandles.dropArguments(ctor.asType(ctor.type().changeReturnType(Object.class)), n,
                    QDataReader.class);
            for (int i = n - 1; i >= 0; i--) {
                MethodHandle r = guardRead(parts[i].reader(), name + "." + comps[i].getName());
                read = MethodHandles.foldArguments(read, i, r);
            }
            read = MethodHandles.catchException(read, IllegalArgumentException.class, MethodHandles.collectArguments(
                    MethodHandles.throwException(Object.class, QDataStreamException.class), 0,
                    MethodHandles.insertArguments(REFUSED, 0, name)));
            read = read.asType(MethodType.methodType(Object.class, QDataReader.class));
            // write: each component's writer over its accessor, in declaration order
            MethodHandle write = null;
            for (int i = n - 1; i >= 0; i--) {
                MethodHandle w = MethodHandles.filterArguments(parts[i].writer(), 1,
                        accessors[i].asType(MethodType.methodType(classes[i], Object.class)));
                w = guardWrite(w, name + "." + comps[i].getName());
                write = write == null ? w : MethodHandles.foldArguments(write, w);
            }
            if (write == null) {
                write = MethodHandles.empty(MethodType.methodType(void.class, QDataWriter.class, Object.class));
            }
            Derived<Object> codec = new Derived<>(name, Math.max(1, minSize), read, write);
            forward.target = codec;
            inProgress.remove(type);
            done.put(type, codec);
            return codec;
        }

        private MethodHandle guardRead(MethodHandle reader, String where) {
            Class<?> t = reader.type().returnType();
            MethodHandle handler = MethodHandles.filterArguments(MethodHandles.throwException(t, QDataStreamException.class),
                    0, MethodHandles.insertArguments(WITHIN, 1, where));
            return MethodHandles.catchException(reader, QDataStreamException.class,
                    MethodHandles.dropArguments(handler, 1, QDataReader.class));
        }

        private MethodHandle guardWrite(MethodHandle writer, String where) {
            MethodHandle handler = MethodHandles.filterArguments(
                    MethodHandles.throwException(void.class, IllegalArgumentException.class), 0,
                    MethodHandles.insertArguments(WRITE_FAILED, 0, where));
            return MethodHandles.catchException(writer, IllegalArgumentException.class,
                    MethodHandles.dropArguments(handler, 1, QDataWriter.class, Object.class));
        }

        /** A top-level component of declared type {@code javaType}, Qt type {@code expr} (null: the default). */
        Part component(Type javaType, String expr, String where) {
            TypeExpression t = expr != null ? parse(expr, javaType, where) : null;
            Class<?> raw = rawClass(javaType, where);
            if (raw != Object.class
                    && (t != null ? t.isLeaf() && DIRECT.containsKey(t.name()) : DIRECT.containsKey(defaultLeaf(raw)))) {
                String leaf = t != null ? t.name() : defaultLeaf(raw);
                checkLeaf(leaf, raw, where);
                String[] d = DIRECT.get(leaf);
                try {
                    MethodHandle r = MethodHandles.publicLookup().findVirtual(QDataReader.class, d[1],
                            MethodType.methodType(LEAF_CLASSES.get(leaf) == byte.class ? byte.class
                                    : LEAF_CLASSES.get(leaf) == short.class ? short.class : LEAF_CLASSES.get(leaf)));
                    Class<?> param = switch (d[3]) {
                        case "int" -> int.class;
                        case "long" -> long.class;
                        case "boolean" -> boolean.class;
                        case "float" -> float.class;
                        case "double" -> double.class;
                        case "char" -> char.class;
                        default -> String.class;
                    };
                    MethodHandle w = MethodHandles.publicLookup().findVirtual(QDataWriter.class, d[2],
                            MethodType.methodType(QDataWriter.class, param));
                    Codec<?> codec = codecFor(TypeExpression.parse(leaf), javaType, where);
                    return new Part(r.asType(MethodType.methodType(raw, QDataReader.class)),
                            w.asType(MethodType.methodType(void.class, QDataWriter.class, raw)), codec);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            Codec<?> codec = t != null ? codecFor(t, javaType, where) : defaultCodec(javaType, where);
            MethodHandle r = CODEC_READ.bindTo(codec).asType(MethodType.methodType(raw, QDataReader.class));
            MethodHandle w = CODEC_WRITE.bindTo(codec).asType(MethodType.methodType(void.class, QDataWriter.class, raw));
            return new Part(r, w, codec);
        }

        /** Parses {@code expr}, knowing the records that occur in {@code javaType} by their simple names. */
        TypeExpression parse(String expr, Type javaType, String where) {
            VariantRegistry r = base;
            Set<Class<?>> records = new LinkedHashSet<>();
            collectRecords(javaType, records);
            for (Class<?> rec : records) {
                if (r.userCodecs().get(rec.getSimpleName()) == null) r = r.with(rec.getSimpleName(), Codecs.QINT8);
            }
            try {
                return TypeExpression.parse(expr, r);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
            }
        }

        void collectRecords(Type t, Set<Class<?>> out) {
            if (t instanceof Class<?> c && derivable(c)) out.add(c);
            if (t instanceof ParameterizedType p) {
                for (Type a : p.getActualTypeArguments()) collectRecords(a, out);
            }
        }

        /** The codec of Qt type {@code t} for a value of Java type {@code javaType}, checked. */
        Codec<?> codecFor(TypeExpression t, Type javaType, String where) {
            Class<?> raw = rawClass(javaType, where);
            if (raw == Object.class) {
                return t.codec(base); // holds whatever the expression decodes to
            }
            if (derivable(raw)) {
                String recName = raw.getSimpleName();
                if (!t.isLeaf() || !t.name().equals(recName)) {
                    throw new IllegalArgumentException(where + ": " + t + " does not fit record " + raw.getSimpleName()
                            + " (name it " + recName + " in the type expression)");
                }
                return derive(raw, recName, null);
            }
            if (t.isLeaf()) {
                checkLeaf(t.name(), raw, where);
                return t.codec(base);
            }
            List<TypeExpression> a = t.arguments();
            switch (t.name()) {
                case "QList", "QVector", "QLinkedList", "QSet" -> {
                    expect(raw, List.class, t, where);
                    Codec<Object> e = uncheckedCodec(codecFor(a.get(0), typeArgument(javaType, 0, where), where + " element"));
                    return switch (t.name()) {
                        case "QList" -> Codecs.list(e);
                        case "QVector" -> Codecs.vector(e);
                        case "QLinkedList" -> Codecs.linkedList(e);
                        default -> Codecs.set(e);
                    };
                }
                case "QMap", "QHash" -> {
                    expect(raw, QMap.class, t, where);
                    Codec<Object> k = uncheckedCodec(codecFor(a.get(0), typeArgument(javaType, 0, where), where + " key"));
                    Codec<Object> v = uncheckedCodec(codecFor(a.get(1), typeArgument(javaType, 1, where), where + " value"));
                    return t.name().equals("QMap") ? Codecs.map(k, v) : Codecs.hash(k, v);
                }
                case "QPair" -> {
                    expect(raw, QPair.class, t, where);
                    return Codecs.pair(uncheckedCodec(codecFor(a.get(0), typeArgument(javaType, 0, where), where + " first")),
                            uncheckedCodec(codecFor(a.get(1), typeArgument(javaType, 1, where), where + " second")));
                }
                default -> throw new IllegalStateException(t.name());
            }
        }

        @SuppressWarnings("unchecked")
        static Codec<Object> uncheckedCodec(Codec<?> c) {
            return (Codec<Object>) c;
        }

        /** The codec of a component without a type expression: its Java type's default Qt type. */
        Codec<?> defaultCodec(Type javaType, String where) {
            Class<?> raw = rawClass(javaType, where);
            if (derivable(raw)) return derive(raw, raw.getSimpleName(), null);
            String leaf = defaultLeaf(raw);
            if (leaf != null) return codecFor(TypeExpression.parse(leaf), javaType, where);
            if (raw == List.class) {
                return Codecs.list(uncheckedCodec(defaultCodec(typeArgument(javaType, 0, where), where + " element")));
            }
            if (raw == QMap.class) {
                return Codecs.map(uncheckedCodec(defaultCodec(typeArgument(javaType, 0, where), where + " key")),
                        uncheckedCodec(defaultCodec(typeArgument(javaType, 1, where), where + " value")));
            }
            if (raw == QPair.class) {
                return Codecs.pair(uncheckedCodec(defaultCodec(typeArgument(javaType, 0, where), where + " first")),
                        uncheckedCodec(defaultCodec(typeArgument(javaType, 1, where), where + " second")));
            }
            throw new IllegalArgumentException(where + ": no default Qt type for Java type " + javaType.getTypeName()
                    + "; give one with @QType");
        }

        /**
         * A record whose codec is derived: not one of this library's value records (QDate, QTime,
         * QMap, QPair, ... have their own wire formats).
         */
        static boolean derivable(Class<?> c) {
            return c.isRecord() && !LEAF_CLASSES.containsValue(c) && c != QMap.class && c != QPair.class;
        }

        static String defaultLeaf(Class<?> raw) {
            Class<?> p = unbox(raw);
            if (p == int.class) return "qint32";
            if (p == long.class) return "qint64";
            if (p == short.class) return "qint16";
            if (p == byte.class) return "qint8";
            if (p == QByteArray.class) return "QByteArray";
            for (Map.Entry<String, Class<?>> e : LEAF_CLASSES.entrySet()) {
                if (e.getValue() == p && !e.getKey().startsWith("quint") && !e.getKey().equals("const char*")
                        && !e.getKey().equals("bytes")) {
                    return e.getKey();
                }
            }
            return null;
        }

        static Class<?> unbox(Class<?> c) {
            for (Map.Entry<Class<?>, Class<?>> e : BOXES.entrySet()) {
                if (e.getValue() == c) return e.getKey();
            }
            return c;
        }

        void checkLeaf(String leaf, Class<?> raw, String where) {
            Class<?> expected = LEAF_CLASSES.get(leaf);
            if (expected == null) {
                if (leaf.startsWith("rawData(")) {
                    expected = QByteArray.class;
                } else if (base.userCodecs().containsKey(leaf) || base.alias(leaf) != null) {
                    if (raw.isPrimitive()) {
                        throw new IllegalArgumentException(where + ": user type " + leaf + " cannot be a primitive " + raw);
                    }
                    return; // a user codec: its Java type is not known
                } else {
                    throw new IllegalArgumentException(where + ": " + leaf + " has no Java type a record can hold");
                }
            }
            if (raw != expected && raw != BOXES.get(expected)) {
                throw new IllegalArgumentException(where + ": " + leaf + " is " + expected.getSimpleName()
                        + (expected.isPrimitive() ? " (or " + BOXES.get(expected).getSimpleName() + ")" : "")
                        + " in Java, not " + raw.getSimpleName());
            }
        }

        static void expect(Class<?> raw, Class<?> expected, TypeExpression t, String where) {
            if (raw != expected) {
                throw new IllegalArgumentException(where + ": " + t + " is a " + expected.getSimpleName() + " in Java, not "
                        + raw.getSimpleName());
            }
        }

        static Class<?> rawClass(Type t, String where) {
            if (t instanceof Class<?> c) return c;
            if (t instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) return c;
            throw new IllegalArgumentException(where + ": Java type " + t.getTypeName()
                    + " is not a class or a parameterized class (no wildcards or type variables)");
        }

        static Type typeArgument(Type t, int i, String where) {
            if (t instanceof ParameterizedType p) return p.getActualTypeArguments()[i];
            throw new IllegalArgumentException(where + ": give " + t.getTypeName() + " its type arguments");
        }
    }

    /** A derived codec. A record, so that the JIT trusts its final fields and inlines the handles. */
    private record Derived<R>(String typeName, int minWireSize, MethodHandle reader, MethodHandle writer)
            implements Codec<R> {
        @Override
        @SuppressWarnings("unchecked")
        public R read(QDataReader in) {
            try {
                return (R) (Object) reader.invokeExact(in);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        }

        @Override
        public void write(QDataWriter out, R value) {
            try {
                writer.invokeExact(out, (Object) value);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        }

        @Override
        public String toString() {
            return "Codec[" + typeName + ", derived]";
        }
    }

    /** A record that contains itself (through a list): the codec, once derived. */
    private static final class Forward<R> implements Codec<R> {
        final String name;
        volatile Codec<R> target;

        Forward(String name) {
            this.name = name;
        }

        @Override
        public R read(QDataReader in) {
            in.enterNested(name);
            try {
                return target.read(in);
            } finally {
                in.exitNested();
            }
        }

        @Override
        public void write(QDataWriter out, R value) {
            target.write(out, value);
        }

        @Override
        public String typeName() {
            return name;
        }
    }
}
