package io.github.qdatastream.codec;

import org.jspecify.annotations.Nullable;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A QVariantMap or QVariantHash with typed getters by key ({@link VariantView}):
 *
 * <pre>{@code
 * VariantMap m = QVariant.CODEC.decode(bytes, options).getMap();
 * String name = m.getString("name");              // a QString entry, or CorruptDataException
 * int port = m.getMap("server").getInt("port");   // errors name QVariantMap["server"]["port"]
 * }</pre>
 *
 * A key that occurs more than once (a Qt 5 {@code insertMulti}) reads as Qt's {@code value(key)}
 * after loading does: the entry read last. {@link #entries()} keeps all of them in wire order.
 *
 * <p>A read-only view of a decoded QVariantMap: immutable and thread-safe.
 */
public final class VariantMap extends VariantView<String> {

    private final QMap<String, QVariant> entries;

    VariantMap(String path, QMap<String, QVariant> entries) {
        super(path);
        this.entries = Objects.requireNonNull(entries, "entries");
    }

    /**
     * A view of {@code entries}, named {@code QVariantMap} in messages.
     *
     * @param entries the map, not copied
     * @return the view
     */
    public static VariantMap of(QMap<String, QVariant> entries) {
        return new VariantMap("QVariantMap", entries);
    }

    /** {@return the entries, in wire order} */
    public QMap<String, QVariant> entries() {
        return entries;
    }

    /** {@return the keys, in wire order, each once} */
    public Set<String> keys() {
        Set<String> s = new LinkedHashSet<>();
        for (QPair<String, QVariant> e : entries.entries()) s.add(e.first());
        return s;
    }

    @Override
    public Optional<QVariant> find(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    @Override
    public int size() {
        return entries.size();
    }

    @Override
    String describe(@Nullable String key) {
        return key == null ? "[null QString]" : "[\"" + (key.length() > 100 ? key.substring(0, 100) + "..." : key) + "\"]";
    }

    @Override
    String missingWhy(String key) {
        return "no such key among " + keys().size() + " keys";
    }

    @Override
    public String toString() {
        return path() + entries.entries();
    }
}
