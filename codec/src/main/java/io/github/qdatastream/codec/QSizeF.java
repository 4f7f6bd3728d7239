package io.github.qdatastream.codec;

/** A QSizeF. Wire format: width, height as {@code double} (precision rules as {@link QPointF}). */
import io.github.qdatastream.codec.internal.Geometry;
public record QSizeF(double width, double height) {

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
