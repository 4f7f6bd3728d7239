package io.github.qdatastream.codec;

import java.util.Map;

/** The value types beyond the foundation's, as leaves for {@link TypeExpression} and {@link QVariant}. */
final class BuiltinTypes {

    private BuiltinTypes() {
    }

    /** Adds every primary name of {@link QtTypes} (aliases are {@link TypeExpression}'s business). */
    static void addTo(Map<String, Codec<?>> leaves) {
        QtTypes.all().forEach((name, codec) -> {
            if (codec.typeName().equals(name) && !name.equals("QStringList")) {
                leaves.putIfAbsent(name, codec);
            }
        });
    }
}
