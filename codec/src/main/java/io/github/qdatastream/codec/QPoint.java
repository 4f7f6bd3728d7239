package io.github.qdatastream.codec;

/**
 * A QPoint. Wire format: x, y as qint32; stream version 1 ({@code Qt_1_0}) writes qint16s.
 *
 * <pre>
 *   QPoint(1, -2) at Qt_4_0:  00 00 00 01 | ff ff ff fe      at Qt_1_0:  00 01 | ff fe
 * </pre>
 */
import io.github.qdatastream.codec.internal.Geometry;
public record QPoint(int x, int y) {

    public static final Codec<QPoint> CODEC = Codec.of("QPoint",
            in -> new QPoint(Geometry.readCoord(in), Geometry.readCoord(in)),
            (out, p) -> {
                Geometry.writeCoord(out, "QPoint.x", p.x);
                Geometry.writeCoord(out, "QPoint.y", p.y);
            });

    public static QPoint of(int x, int y) {
        return new QPoint(x, y);
    }
}
