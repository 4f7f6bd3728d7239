package io.github.qdatastream.codec;

import io.github.qdatastream.codec.internal.Geometry;

/**
 * A QLineF. Wire format: x1, y1, x2, y2 as {@code double} (precision rules as {@link QPointF}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param x1 the first point's x
 * @param y1 the first point's y
 * @param x2 the second point's x
 * @param y2 the second point's y
 */
public record QLineF(double x1, double y1, double x2, double y2) {

    /** Reads and writes a QLineF: four {@code double}s. */
    public static final Codec<QLineF> CODEC = Codec.of("QLineF",
            in -> new QLineF(in.readDouble(), in.readDouble(), in.readDouble(), in.readDouble()),
            (out, l) -> out.writeDouble(l.x1).writeDouble(l.y1).writeDouble(l.x2).writeDouble(l.y2));

    @Override
    public boolean equals(Object o) {
        return o instanceof QLineF l && Geometry.same(x1, l.x1) && Geometry.same(y1, l.y1)
                && Geometry.same(x2, l.x2) && Geometry.same(y2, l.y2);
    }

    @Override
    public int hashCode() {
        return ((Double.hashCode(x1) * 31 + Double.hashCode(y1)) * 31 + Double.hashCode(x2)) * 31
                + Double.hashCode(y2);
    }
}
