package io.github.qdatastream.codec;

import java.util.List;

/**
 * A QPolygon: a {@code QVector<QPoint>} on the wire (the element count as every container at the
 * stream's version, then the points; at {@code Qt_1_0} the points are qint16 pairs).
 */
public record QPolygon(List<QPoint> points) {

    public static final Codec<QPolygon> CODEC = Codecs.vector(QPoint.CODEC)
            .map("QPolygon", QPolygon::new, QPolygon::points);

    public QPolygon {
        points = List.copyOf(points);
    }

    public static QPolygon of(QPoint... points) {
        return new QPolygon(List.of(points));
    }
}
