package io.github.qdatastream.codec;

import io.github.qdatastream.codec.internal.Geometry;

/**
 * A QLine. Wire format: x1, y1, x2, y2 as qint32 (the two QPoints); stream version 1
 * ({@code Qt_1_0}) writes qint16s.
 *
 * <p>Immutable and thread-safe.
 *
 * @param x1 the first point's x
 * @param y1 the first point's y
 * @param x2 the second point's x
 * @param y2 the second point's y
 */
public record QLine(int x1, int y1, int x2, int y2) {

    /** Reads and writes a QLine: four coordinates, qint32 (qint16 at {@code Qt_1_0}). */
    public static final Codec<QLine> CODEC = Codec.of("QLine",
            in -> new QLine(Geometry.readCoord(in), Geometry.readCoord(in), Geometry.readCoord(in), Geometry.readCoord(in)),
            (out, l) -> {
                Geometry.writeCoord(out, "QLine.x1", l.x1);
                Geometry.writeCoord(out, "QLine.y1", l.y1);
                Geometry.writeCoord(out, "QLine.x2", l.x2);
                Geometry.writeCoord(out, "QLine.y2", l.y2);
            });

    /**
     * {@code QLine(p1, p2)}.
     *
     * @param p1 the first point
     * @param p2 the second point
     * @return the line from p1 to p2
     */
    public static QLine of(QPoint p1, QPoint p2) {
        return new QLine(p1.x(), p1.y(), p2.x(), p2.y());
    }

    /** {@return {@code QLine::p1()}: the first point} */
    public QPoint p1() {
        return new QPoint(x1, y1);
    }

    /** {@return {@code QLine::p2()}: the second point} */
    public QPoint p2() {
        return new QPoint(x2, y2);
    }
}
