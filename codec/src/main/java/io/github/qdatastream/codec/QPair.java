package io.github.qdatastream.codec;

/**
 * A {@code QPair<A, B>}; also the entry type of {@link QMap}. Either side may be {@code null}
 * (a null QString, for example).
 */
public record QPair<A, B>(A first, B second) {
    public static <A, B> QPair<A, B> of(A first, B second) {
        return new QPair<>(first, second);
    }
}
