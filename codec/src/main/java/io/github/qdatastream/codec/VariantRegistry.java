package io.github.qdatastream.codec;

import io.github.qdatastream.codec.internal.BuiltinTypes;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The types a {@link QVariant} (and a {@link TypeExpression}) can hold: Qt's built-in value types,
 * plus the user types an application registers, as a Qt program does with
 * {@code qRegisterMetaType<T>("Name")} and its stream operators.
 *
 * <pre>{@code
 * VariantRegistry registry = VariantRegistry.DEFAULT
 *     .with("Trip", TRIP_CODEC)                       // any codec
 *     .withAlias("Scores", "QMap<QString,qint32>");    // a name for a type expression
 * Codec<QVariant> variants = registry.variantCodec();
 * }</pre>
 *
 * <p>A variant's type name resolves, in order, to a registered user type, a built-in type, or a
 * template over those ({@code QList<int>}, {@code QMap<QString,Trip>}: Qt registers such names
 * automatically for the containers a program uses). Anything else is unknown: reading it is
 * {@link CorruptDataException}, as Qt's {@code ReadCorruptData}.
 *
 * <p>Immutable and thread-safe; {@code with...} return new registries.
 */
public final class VariantRegistry {

    private static final Codec<Object> VOID = Codec.of("void", in -> null, (out, v) -> {
        if (v != null) throw new IllegalArgumentException("a void value must be null, not " + v);
    });

    private static final Map<String, Codec<?>> BUILTIN_LEAVES;

    static {
        Map<String, Codec<?>> m = new LinkedHashMap<>();
        for (Codec<?> c : new Codec<?>[]{Codecs.QINT8, Codecs.QUINT8, Codecs.QINT16, Codecs.QUINT16, Codecs.QINT32,
                Codecs.QUINT32, Codecs.QINT64, Codecs.QUINT64, Codecs.BOOL, Codecs.FLOAT, Codecs.DOUBLE, Codecs.QCHAR,
                Codecs.QSTRING, Codecs.QBYTEARRAY, Codecs.CSTRING, QDate.CODEC, QTime.CODEC, VOID}) {
            m.put(c.typeName(), c);
        }
        BuiltinTypes.addTo(m);
        BUILTIN_LEAVES = Collections.unmodifiableMap(m);
    }

    /** Qt's built-in types only. */
    public static final VariantRegistry DEFAULT = new VariantRegistry(Map.of(), Map.of());

    private final Map<String, Codec<?>> userCodecs;
    private final Map<String, TypeExpression> aliases;
    private final Map<String, Codec<Object>> cache = new ConcurrentHashMap<>();
    private volatile Codec<QVariant> variantCodec;
    private volatile Codec<QVariant> trailingVariantCodec;

    private VariantRegistry(Map<String, Codec<?>> userCodecs, Map<String, TypeExpression> aliases) {
        this.userCodecs = userCodecs;
        this.aliases = aliases;
    }

    /** {@return the leaf type names every registry knows ({@code qint32}, {@code QString}, {@code QDate}, ...)} */
    public static java.util.Set<String> builtinLeafNames() {
        java.util.Set<String> s = new java.util.LinkedHashSet<>(BUILTIN_LEAVES.keySet());
        s.add("QVariant");
        return Collections.unmodifiableSet(s);
    }

    /**
     * This registry plus user type {@code name}, read and written by {@code codec}.
     *
     * @param name the user type's name, as Qt writes it in a variant
     * @param codec reads and writes the type's payload
     * @return a new registry; this one is unchanged
     * @throws IllegalArgumentException if the name is empty or holds NUL, {@code <}, {@code >} or {@code ,}
     */
    public VariantRegistry with(String name, Codec<?> codec) {
        checkName(name);
        Objects.requireNonNull(codec, "codec");
        Map<String, Codec<?>> m = new LinkedHashMap<>(userCodecs);
        m.put(name, codec);
        Map<String, TypeExpression> a = new LinkedHashMap<>(aliases);
        a.remove(name);
        return new VariantRegistry(Collections.unmodifiableMap(m), Collections.unmodifiableMap(a));
    }

    /**
     * This registry plus user type {@code name}, whose wire format is {@code typeExpression}
     * (parsed against this registry). Its JSON form is that of the expression.
     *
     * @param name the user type's name, as Qt writes it in a variant
     * @param typeExpression the wire format, such as {@code QList<QString>}
     * @return a new registry; this one is unchanged
     * @throws IllegalArgumentException if the name is not usable or the expression does not parse
     */
    public VariantRegistry withAlias(String name, String typeExpression) {
        checkName(name);
        TypeExpression t = TypeExpression.parse(typeExpression, this);
        Map<String, TypeExpression> a = new LinkedHashMap<>(aliases);
        a.put(name, t);
        Map<String, Codec<?>> m = new LinkedHashMap<>(userCodecs);
        m.remove(name);
        return new VariantRegistry(Collections.unmodifiableMap(m), Collections.unmodifiableMap(a));
    }

    private static void checkName(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isEmpty() || name.indexOf('\0') >= 0 || name.indexOf('<') >= 0 || name.indexOf('>') >= 0
                || name.indexOf(',') >= 0) {
            throw new IllegalArgumentException("not a usable type name: \"" + name + "\"");
        }
    }

    /** {@return the user type names registered with a codec} */
    public Map<String, Codec<?>> userCodecs() {
        return userCodecs;
    }

    /**
     * The type expression a user alias stands for, or null.
     *
     * @param name a user type name
     * @return the expression, or null when {@code name} is no alias
     */
    public @Nullable TypeExpression alias(String name) {
        return aliases.get(name);
    }

    /** The codec of a leaf name (built-in, user codec, user alias or QVariant), or null. */
    @Nullable Codec<?> leafCodec(String name) {
        Codec<?> c = userCodecs.get(name);
        if (c != null) return c;
        TypeExpression a = aliases.get(name);
        if (a != null) return a.codec(this);
        if (name.equals("QVariant")) return variantCodec();
        return BUILTIN_LEAVES.get(name);
    }

    /**
     * The type of a variant whose type name is {@code name}: its type expression, or null when this
     * registry does not know the name.
     *
     * @param name the type name read from a variant
     * @return the type expression, or null
     */
    public @Nullable TypeExpression variantType(String name) {
        if (name.indexOf('(') >= 0) {
            return null; // rawData(N) is a type expression, not a Qt type
        }
        try {
            return TypeExpression.parse(name, this);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The codec of a variant's value whose type name is {@code name}, or null if unknown. */
    @Nullable Codec<Object> valueCodec(String name) {
        Codec<Object> c = cache.get(name);
        if (c != null) return c;
        TypeExpression t = variantType(name);
        if (t == null) return null;
        c = t.codec(this);
        if (cache.size() < 512 && name.length() <= 256) {
            cache.put(name, c);
        }
        return c;
    }

    /**
     * The QVariant codec for the last value of an input, over this registry's types: a type it
     * has no codec for takes the rest of the input as a raw payload (see
     * {@link QVariant#trailingCodec(VariantRegistry)}).
     *
     * @return the codec (made once, then shared)
     */
    public Codec<QVariant> trailingVariantCodec() {
        Codec<QVariant> c = trailingVariantCodec;
        if (c == null) {
            c = QVariant.trailingCodec(this);
            trailingVariantCodec = c;
        }
        return c;
    }

    /** {@return the QVariant codec over this registry's types} */
    public Codec<QVariant> variantCodec() {
        Codec<QVariant> c = variantCodec;
        if (c == null) {
            c = QVariant.codec(this);
            variantCodec = c;
        }
        return c;
    }
}
