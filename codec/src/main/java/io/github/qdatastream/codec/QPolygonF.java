package io.github.qdatastream.codec;

import java.util.List;

/**
 * A QPolygonF: a {@code QVector<QPointF>} on the wire.
 *
 * <p>Immutable and thread-safe.
 *
 * @param points the points, in order (copied: the record is immutable)
 */
public record QPolygonF(List<QPointF> points) {

    /** Reads and writes a QPolygonF as a {@code QVector<QPointF>}. */
    public static final Codec<QPolygonF> CODEC = Codecs.vector(QPointF.CODEC)
            .map("QPolygonF", QPolygonF::new, QPolygonF::points);

    /**
     * Copies the points.
     *
     * @param points the points, in order
     */
    public QPolygonF {
        points = List.copyOf(points);
    }

    /**
     * A polygon of these points.
     *
     * @param points the points, in order
     * @return the polygon
     */
    public static QPolygonF of(QPointF... points) {
        return new QPolygonF(List.of(points));
    }
}
