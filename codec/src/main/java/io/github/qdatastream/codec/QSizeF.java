package io.github.qdatastream.codec;

import io.github.qdatastream.codec.internal.Geometry;

/**
 * A QSizeF. Wire format: width, height as {@code double} (precision rules as {@link QPointF}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param width the width
 * @param height the height
 */
public record QSizeF(double width, double height) {

    /** Reads and writes a QSizeF: two {@code double}s. */
    public static final Codec<QSizeF> CODEC = Codec.of("QSizeF",
            in -> new QSizeF(in.readDouble(), in.readDouble()),
            (out, s) -> out.writeDouble(s.width).writeDouble(s.height));

    @Override
    public boolean equals(Object o) {
        return o instanceof QSizeF s && Geometry.same(width, s.width) && Geometry.same(height, s.height);
    }

    @Override
    public int hashCode() {
        return Double.hashCode(width) * 31 + Double.hashCode(height);
    }
}
