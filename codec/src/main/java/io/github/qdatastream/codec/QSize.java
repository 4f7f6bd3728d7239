package io.github.qdatastream.codec;

import io.github.qdatastream.codec.internal.Geometry;

/**
 * A QSize. Wire format: width, height as qint32; stream version 1 ({@code Qt_1_0}) writes qint16s.
 * An invalid size such as {@code QSize()} ({@code -1, -1}) is written as it is.
 *
 * <p>Immutable and thread-safe.
 *
 * @param width the width (-1 in the invalid size)
 * @param height the height (-1 in the invalid size)
 */
public record QSize(int width, int height) {

    /** {@code QSize()}: width and height -1. */
    public static final QSize INVALID = new QSize(-1, -1);

    /** Reads and writes a QSize: width and height, qint32 (qint16 at {@code Qt_1_0}). */
    public static final Codec<QSize> CODEC = Codec.of("QSize",
            in -> new QSize(Geometry.readCoord(in), Geometry.readCoord(in)),
            (out, s) -> {
                Geometry.writeCoord(out, "QSize.width", s.width);
                Geometry.writeCoord(out, "QSize.height", s.height);
            });
}
