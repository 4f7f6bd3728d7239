package io.github.qdatastream.codec;

import org.jspecify.annotations.Nullable;

/**
 * A {@code QPair<A, B>}; also the entry type of {@link QMap}. Either side may be {@code null}
 * (a null QString, for example).
 *
 * <p>Immutable, and thread-safe when its two values are.
 *
 * @param <A> the type of the first value
 * @param <B> the type of the second value
 * @param first the first value
 * @param second the second value
 */
public record QPair<A extends @Nullable Object, B extends @Nullable Object>(A first, B second) {
    /**
     * {@return the pair}
     *
     * @param first the first value
     * @param second the second value
     * @param <A> the first value's type
     * @param <B> the second value's type
     */
    public static <A extends @Nullable Object, B extends @Nullable Object> QPair<A, B> of(A first, B second) {
        return new QPair<>(first, second);
    }
}
