package io.github.qdatastream.codec;

import io.github.qdatastream.codec.internal.Geometry;

/**
 * A QRect as Qt stores it: left, top, right, bottom (right = left + width - 1). Wire format: those
 * four as qint32, in that order; stream version 1 ({@code Qt_1_0}) writes qint16s.
 *
 * <pre>
 *   QRect(1, 2, 3, 4) (x, y, width, height) at Qt_4_0:
 *   00 00 00 01 | 00 00 00 02 | 00 00 00 03 | 00 00 00 05
 *     left         top           right         bottom
 * </pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param left the left edge, as Qt stores it
 * @param top the top edge
 * @param right the right edge: left + width - 1
 * @param bottom the bottom edge: top + height - 1
 */
public record QRect(int left, int top, int right, int bottom) {

    /** {@code QRect()}: left 0, top 0, right -1, bottom -1. */
    public static final QRect NULL = new QRect(0, 0, -1, -1);

    /** Reads and writes a QRect: left, top, right, bottom, qint32 (qint16 at {@code Qt_1_0}). */
    public static final Codec<QRect> CODEC = Codec.of("QRect",
            in -> new QRect(Geometry.readCoord(in), Geometry.readCoord(in), Geometry.readCoord(in), Geometry.readCoord(in)),
            (out, r) -> {
                Geometry.writeCoord(out, "QRect.left", r.left);
                Geometry.writeCoord(out, "QRect.top", r.top);
                Geometry.writeCoord(out, "QRect.right", r.right);
                Geometry.writeCoord(out, "QRect.bottom", r.bottom);
            });

    /**
     * {@code QRect(x, y, width, height)}.
     *
     * @param x the left edge
     * @param y the top edge
     * @param width the width
     * @param height the height
     * @return the rectangle with right = x + width - 1 and bottom = y + height - 1
     */
    public static QRect ofXywh(int x, int y, int width, int height) {
        return new QRect(x, y, x + width - 1, y + height - 1);
    }

    /** {@return {@code QRect::x()}: the left edge} */
    public int x() {
        return left;
    }

    /** {@return {@code QRect::y()}: the top edge} */
    public int y() {
        return top;
    }

    /** {@return {@code QRect::width()}: right - left + 1} */
    public int width() {
        return right - left + 1;
    }

    /** {@return {@code QRect::height()}: bottom - top + 1} */
    public int height() {
        return bottom - top + 1;
    }
}
