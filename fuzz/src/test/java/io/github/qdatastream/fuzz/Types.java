package io.github.qdatastream.fuzz;

import io.github.qdatastream.codec.Codec;
import io.github.qdatastream.codec.Codecs;
import io.github.qdatastream.codec.QtTypes;
import io.github.qdatastream.codec.TypeExpression;
import io.github.qdatastream.codec.VariantRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The codec for a type expression: {@link TypeExpression#parse(String, VariantRegistry)}, the way
 * {@code qds} and applications name types at run time. A leaf the parser does not know yet but
 * {@link QtTypes} has is resolved through {@link QtTypes#byName} (the value types arrived before
 * their registration in the parser).
 */
final class Types {

    /**
     * Codecs of types already resolved, bounded as the codec's own caches are
     * ({@code VariantRegistry}, {@code VariantConversions}): the grammar has millions of nested
     * types, and an unbounded cache held every one a campaign met (131,000 entries, about 250 MB of
     * a 256 MB heap after 40 s: an out-of-memory finding of TypeExpressionFuzzTest on 2026-12-04, in
     * the harness, not the codec).
     */
    private static final Map<String, Codec<Object>> CACHE = new ConcurrentHashMap<>();
    private static final int CACHE_LIMIT = 4096;

    private Types() {
    }

    static Codec<Object> codec(TypeNode t) {
        return codec(t, VariantRegistry.DEFAULT);
    }

    static Codec<Object> codec(TypeNode t, VariantRegistry registry) {
        if (registry != VariantRegistry.DEFAULT) {
            return resolve(t, registry);
        }
        String key = t.toString();
        Codec<Object> c = CACHE.get(key);
        if (c == null) {
            c = resolve(t, registry);
            if (CACHE.size() < CACHE_LIMIT) {
                CACHE.putIfAbsent(key, c);
            }
        }
        return c;
    }

    private static Codec<Object> resolve(TypeNode t, VariantRegistry registry) {
        try {
            return TypeExpression.parse(t.toString(), registry).codec(registry);
        } catch (IllegalArgumentException e) {
            return fallback(t, registry, e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Codec<Object> fallback(TypeNode t, VariantRegistry registry, IllegalArgumentException cause) {
        if (t.args().isEmpty()) {
            try {
                return TypeExpression.parse(t.name(), registry).codec(registry);
            } catch (IllegalArgumentException e) {
                Codec<?> c = QtTypes.byName(t.name());
                if (c == null) {
                    throw new IllegalArgumentException("no codec for " + t, cause);
                }
                return (Codec<Object>) c;
            }
        }
        Codec a = resolve(t.args().get(0), registry);
        Codec b = t.args().size() > 1 ? resolve(t.args().get(1), registry) : null;
        Codec<?> c = switch (t.name()) {
            case "QList" -> Codecs.list(a);
            case "QVector" -> Codecs.vector(a);
            case "QLinkedList" -> Codecs.linkedList(a);
            case "QSet" -> Codecs.set(a);
            case "QMap" -> Codecs.map(a, b);
            case "QHash" -> Codecs.hash(a, b);
            case "QPair" -> Codecs.pair(a, b);
            default -> throw new IllegalArgumentException("no codec for " + t, cause);
        };
        return (Codec<Object>) c;
    }
}
