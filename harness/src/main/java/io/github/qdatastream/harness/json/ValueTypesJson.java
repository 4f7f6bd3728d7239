package io.github.qdatastream.harness.json;

import com.fasterxml.jackson.databind.JsonNode;

/** JSON forms of the Qt value types beyond the foundation's (QDateTime, QUrl, QColor, ...). */
final class ValueTypesJson {

    private ValueTypesJson() {
    }

    /** Whether {@code name} is a value type handled here. */
    static boolean knows(String name) {
        return false;
    }

    /** Whether a Java null is a value of {@code name}. */
    static boolean nullable(String name) {
        return false;
    }

    /** The JSON of {@code value}, or null if {@code name} is not handled here. */
    static JsonNode toJson(String name, Object value, String path) {
        return null;
    }

    /** The value of {@code json}, or null if {@code name} is not handled here (or the value is null). */
    static Object fromJson(String name, JsonNode json, String path) {
        return null;
    }
}
