package io.github.qdatastream.codec;

import io.github.qdatastream.codec.internal.Geometry;

/**
 * A QRectF. Wire format: x, y, width, height as {@code double} (precision rules as
 * {@link QPointF}); unlike {@link QRect}, not the corners.
 *
 * <p>Immutable and thread-safe.
 *
 * @param x the left edge
 * @param y the top edge
 * @param width the width
 * @param height the height
 */
public record QRectF(double x, double y, double width, double height) {

    /** Reads and writes a QRectF: x, y, width, height as {@code double}s. */
    public static final Codec<QRectF> CODEC = Codec.of("QRectF",
            in -> new QRectF(in.readDouble(), in.readDouble(), in.readDouble(), in.readDouble()),
            (out, r) -> out.writeDouble(r.x).writeDouble(r.y).writeDouble(r.width).writeDouble(r.height));

    @Override
    public boolean equals(Object o) {
        return o instanceof QRectF r && Geometry.same(x, r.x) && Geometry.same(y, r.y)
                && Geometry.same(width, r.width) && Geometry.same(height, r.height);
    }

    @Override
    public int hashCode() {
        return ((Double.hashCode(x) * 31 + Double.hashCode(y)) * 31 + Double.hashCode(width)) * 31
                + Double.hashCode(height);
    }
}
