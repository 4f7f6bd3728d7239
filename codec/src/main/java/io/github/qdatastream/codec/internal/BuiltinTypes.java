package io.github.qdatastream.codec.internal;

import io.github.qdatastream.codec.Codec;
import io.github.qdatastream.codec.Codecs;
import io.github.qdatastream.codec.QJsonValue;
import io.github.qdatastream.codec.QtTypes;
import io.github.qdatastream.codec.TypeExpression;
import io.github.qdatastream.codec.QDataReader;
import io.github.qdatastream.codec.QDataWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** The value types beyond the foundation's, as leaves for {@link TypeExpression} and {@link QVariant}. */
public final class BuiltinTypes {

    private BuiltinTypes() {
    }

    /**
     * Qt GUI types that are a fixed number of floats ({@code QDataStream << float}: 4 bytes, or 8
     * from Qt_4_6 with double precision) in declaration order, decoded to an unmodifiable
     * {@code List<Float>}.
     */
    public static final Map<String, Integer> FLOAT_TUPLES = Map.of(
            "QVector2D", 2, "QVector3D", 3, "QVector4D", 4, "QQuaternion", 4, "QMatrix4x4", 16);

    /** Qt GUI types that are a fixed number of doubles ({@code << double}), as {@code List<Double>}. */
    public static final Map<String, Integer> DOUBLE_TUPLES = Map.of("QTransform", 9);

    /** Adds every primary name of {@link QtTypes} (aliases are {@link TypeExpression}'s business). */
    public static void addTo(Map<String, Codec<?>> leaves) {
        QtTypes.all().forEach((name, codec) -> {
            if (codec.typeName().equals(name) && !name.equals("QStringList")) {
                leaves.putIfAbsent(name, codec);
            }
        });
        leaves.putIfAbsent("QJsonValue", QJsonValue.CODEC);
        FLOAT_TUPLES.forEach((name, n) -> leaves.putIfAbsent(name, floats(name, n)));
        DOUBLE_TUPLES.forEach((name, n) -> leaves.putIfAbsent(name, doubles(name, n)));
    }

    private static Codec<List<Float>> floats(String name, int n) {
        return Codec.of(name, 4 * n, in -> {
            List<Float> l = new ArrayList<>(n);
            for (int i = 0; i < n; i++) l.add(in.readFloat());
            return Collections.unmodifiableList(l);
        }, (out, l) -> {
            if (l.size() != n) throw new IllegalArgumentException(name + " has " + n + " floats, not " + l.size());
            for (Float f : l) out.writeFloat(f);
        });
    }

    private static Codec<List<Double>> doubles(String name, int n) {
        return Codec.of(name, 4 * n, in -> {
            List<Double> l = new ArrayList<>(n);
            for (int i = 0; i < n; i++) l.add(in.readDouble());
            return Collections.unmodifiableList(l);
        }, (out, l) -> {
            if (l.size() != n) throw new IllegalArgumentException(name + " has " + n + " doubles, not " + l.size());
            for (Double d : l) out.writeDouble(d);
        });
    }
}
