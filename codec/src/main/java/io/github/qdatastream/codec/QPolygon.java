package io.github.qdatastream.codec;

import java.util.List;

/**
 * A QPolygon: a {@code QVector<QPoint>} on the wire (the element count as every container at the
 * stream's version, then the points; at {@code Qt_1_0} the points are qint16 pairs).
 *
 * <p>Immutable and thread-safe.
 *
 * @param points the points, in order (copied: the record is immutable)
 */
public record QPolygon(List<QPoint> points) {

    /** Reads and writes a QPolygon as a {@code QVector<QPoint>}. */
    public static final Codec<QPolygon> CODEC = Codecs.vector(QPoint.CODEC)
            .map("QPolygon", QPolygon::new, QPolygon::points);

    /**
     * Copies the points.
     *
     * @param points the points, in order
     */
    public QPolygon {
        points = List.copyOf(points);
    }

    /**
     * A polygon of these points.
     *
     * @param points the points, in order
     * @return the polygon
     */
    public static QPolygon of(QPoint... points) {
        return new QPolygon(List.of(points));
    }
}
