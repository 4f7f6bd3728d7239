package io.github.qdatastream.codec;

import java.util.Map;

/** The value types beyond the foundation's, as leaves for {@link TypeExpression} and {@link QVariant}. */
final class BuiltinTypes {

    private BuiltinTypes() {
    }

    static void addTo(Map<String, Codec<?>> leaves) {
        // Filled from QtTypes once the value types are in.
    }
}
