package io.github.qdatastream.codec;

import io.github.qdatastream.codec.internal.Geometry;

/**
 * A QPointF. Wire format: x, y as {@code double} (8 bytes each, or 4 from {@code Qt_4_6} on with
 * single floating-point precision, exactly as a {@code double} field; see {@link QDataReader#readDouble()}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param x the x coordinate
 * @param y the y coordinate
 */
public record QPointF(double x, double y) {

    /** Reads and writes a QPointF: two {@code double}s. */
    public static final Codec<QPointF> CODEC = Codec.of("QPointF",
            in -> new QPointF(in.readDouble(), in.readDouble()),
            (out, p) -> out.writeDouble(p.x).writeDouble(p.y));

    @Override
    public boolean equals(Object o) {
        return o instanceof QPointF p && Geometry.same(x, p.x) && Geometry.same(y, p.y);
    }

    @Override
    public int hashCode() {
        return Double.hashCode(x) * 31 + Double.hashCode(y);
    }
}
