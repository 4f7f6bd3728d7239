package io.github.qdatastream.codec;

import io.github.qdatastream.codec.internal.Geometry;

/**
 * A QPoint. Wire format: x, y as qint32; stream version 1 ({@code Qt_1_0}) writes qint16s.
 *
 * <pre>
 *   QPoint(1, -2) at Qt_4_0:  00 00 00 01 | ff ff ff fe      at Qt_1_0:  00 01 | ff fe
 * </pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param x the x coordinate
 * @param y the y coordinate
 */
public record QPoint(int x, int y) {

    /** Reads and writes a QPoint: two coordinates, qint32 (qint16 at {@code Qt_1_0}). */
    public static final Codec<QPoint> CODEC = Codec.of("QPoint",
            in -> new QPoint(Geometry.readCoord(in), Geometry.readCoord(in)),
            (out, p) -> {
                Geometry.writeCoord(out, "QPoint.x", p.x);
                Geometry.writeCoord(out, "QPoint.y", p.y);
            });

    /**
     * The same as the constructor.
     *
     * @param x the x coordinate
     * @param y the y coordinate
     * @return the point
     */
    public static QPoint of(int x, int y) {
        return new QPoint(x, y);
    }
}
