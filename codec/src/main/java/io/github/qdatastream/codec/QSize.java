package io.github.qdatastream.codec;

/**
 * A QSize. Wire format: width, height as qint32; stream version 1 ({@code Qt_1_0}) writes qint16s.
 * An invalid size such as {@code QSize()} ({@code -1, -1}) is written as it is.
 */
import io.github.qdatastream.codec.internal.Geometry;
public record QSize(int width, int height) {

    /** {@code QSize()}: width and height -1. */
    public static final QSize INVALID = new QSize(-1, -1);

    public static final Codec<QSize> CODEC = Codec.of("QSize",
            in -> new QSize(Geometry.readCoord(in), Geometry.readCoord(in)),
            (out, s) -> {
                Geometry.writeCoord(out, "QSize.width", s.width);
                Geometry.writeCoord(out, "QSize.height", s.height);
            });
}
