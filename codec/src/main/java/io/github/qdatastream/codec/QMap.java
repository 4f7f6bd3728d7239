package io.github.qdatastream.codec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The value of a {@code QMap<K, V>} or {@code QHash<K, V>} as it is on the wire: entries in wire
 * order, duplicate keys kept (a {@code QMultiMap} writes them, and a hostile peer may). Decoding
 * keeps exactly what arrived; encoding writes the entries in this order. To build one the way Qt
 * orders it for a stream version, see {@link Codecs#qtMapOrder}.
 */
public record QMap<K extends @Nullable Object, V extends @Nullable Object>(List<QPair<K, V>> entries) {

    public QMap {
        entries = Collections.unmodifiableList(new ArrayList<>(Objects.requireNonNull(entries, "entries")));
    }

    /** The entries of {@code map} in its iteration order. */
    public static <K, V> QMap<K, V> of(Map<K, V> map) {
        List<QPair<K, V>> list = new ArrayList<>(map.size());
        map.forEach((k, v) -> list.add(new QPair<>(k, v)));
        return new QMap<>(list);
    }

    @SafeVarargs
    public static <K, V> QMap<K, V> ofEntries(QPair<K, V>... entries) {
        return new QMap<>(List.of(entries));
    }

    public int size() {
        return entries.size();
    }

    /** The value of the last entry (in wire order) with this key, or null; QMap's lookup after decoding. */
    public @Nullable V get(K key) {
        V found = null;
        for (QPair<K, V> e : entries) {
            if (Objects.equals(e.first(), key)) {
                found = e.second();
            }
        }
        return found;
    }
}
