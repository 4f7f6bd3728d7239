package io.github.qdatastream.codec;

import java.util.List;

/** A QPolygonF: a {@code QVector<QPointF>} on the wire. */
public record QPolygonF(List<QPointF> points) {

    public static final Codec<QPolygonF> CODEC = Codecs.vector(QPointF.CODEC)
            .map("QPolygonF", QPolygonF::new, QPolygonF::points);

    public QPolygonF {
        points = List.copyOf(points);
    }

    public static QPolygonF of(QPointF... points) {
        return new QPolygonF(List.of(points));
    }
}
