package io.github.qdatastream.codec.internal;

import io.github.qdatastream.codec.QDataReader;
import io.github.qdatastream.codec.QDataWriter;
import io.github.qdatastream.codec.StreamVersion;

/** Shared field codecs for the geometry types. */
public final class Geometry {

    private Geometry() {
    }

    /** A coordinate: qint32, or qint16 at stream version 1. */
    public static int readCoord(QDataReader in) {
        return in.version() == StreamVersion.Qt_1_0 ? in.readInt16() : in.readInt32();
    }

    public static void writeCoord(QDataWriter out, String what, int v) {
        if (out.version() == StreamVersion.Qt_1_0) {
            if (v < Short.MIN_VALUE || v > Short.MAX_VALUE) {
                throw new IllegalArgumentException(what + " " + v + " does not fit the qint16 that Qt_1_0 writes"
                        + " (Qt would truncate it)");
            }
            out.writeInt16(v);
        } else {
            out.writeInt32(v);
        }
    }

    /** Bitwise equality, so that NaN payloads and -0.0 count (values are wire values). */
    public static boolean same(double a, double b) {
        return Double.doubleToRawLongBits(a) == Double.doubleToRawLongBits(b);
    }
}
