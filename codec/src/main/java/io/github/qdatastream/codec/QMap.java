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
 *
 * <p>Immutable (the entries are copied) and thread-safe when its keys and values are.
 *
 * @param <K> the key type
 * @param <V> the value type
 * @param entries the entries, in wire order
 */
public record QMap<K extends @Nullable Object, V extends @Nullable Object>(List<QPair<K, V>> entries) {

    /**
     * Copies the entries.
     *
     * @param entries the entries in wire order, duplicates kept
     */
    public QMap {
        entries = Collections.unmodifiableList(new ArrayList<>(Objects.requireNonNull(entries, "entries")));
    }

    /**
     * {@return a QMap of the entries of {@code map} in its iteration order}
     *
     * @param map the map
     * @param <K> the key type
     * @param <V> the value type
     */
    public static <K extends @Nullable Object, V extends @Nullable Object> QMap<K, V> of(Map<K, V> map) {
        List<QPair<K, V>> list = new ArrayList<>(map.size());
        map.forEach((k, v) -> list.add(new QPair<>(k, v)));
        return new QMap<>(list);
    }

    /**
     * {@return a QMap of these entries, in this order}
     *
     * @param entries the entries, duplicates kept
     * @param <K> the key type
     * @param <V> the value type
     */
    @SafeVarargs
    public static <K extends @Nullable Object, V extends @Nullable Object> QMap<K, V> ofEntries(QPair<K, V>... entries) {
        return new QMap<>(List.of(entries));
    }

    /** {@return the number of entries, duplicates included} */
    public int size() {
        return entries.size();
    }

    /**
     * {@return the value of the last entry (in wire order) with this key, or null} QMap's lookup after decoding.
     *
     * @param key the key
     */
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
