package io.github.qdatastream.codec;

import org.jspecify.annotations.Nullable;
import java.util.Optional;

/**
 * Typed getters over the variants of a {@link VariantMap} (by key) or a {@link VariantList} (by
 * index). Each getter is {@link QVariant}'s strict one on the element, and its errors name the
 * element's path: {@code wrong type: QVariantMap["trip"]["minutes"] holds QString, not qint32}, or
 * {@code missing value: QVariantMap["trip"]["minutes"]: no such key}. Both are
 * {@link CorruptDataException}: data from a Qt program that is not the shape the reader expects.
 *
 * <p>The views are read-only over immutable QVariants: immutable and thread-safe.
 *
 * @param <K> the key: String for a map, Integer for a list
 */
public abstract sealed class VariantView<K> permits VariantMap, VariantList {

    private final String path;

    VariantView(String path) {
        this.path = path;
    }

    /** {@return where this container is, as error messages name it: {@code QVariantMap["trip"]}} */
    public final String path() {
        return path;
    }

    /** The variant at {@code key}, or empty when there is none. */
    public abstract Optional<QVariant> find(K key);

    abstract String describe(K key);

    /** {@return the number of entries or elements} */
    public abstract int size();

    final String pathOf(K key) {
        return path + describe(key);
    }

    /** The variant at {@code key}; {@link CorruptDataException} when there is none. */
    public final QVariant variant(K key) {
        return find(key).orElseThrow(() -> CorruptDataException.missing(pathOf(key), missingWhy(key)));
    }

    abstract String missingWhy(K key);

    /** The value at {@code key} when its type is {@code type}'s ({@link QVariant#get(Codec)}). */
    public final <T> T get(K key, Codec<T> type) {
        return variant(key).get(type, pathOf(key));
    }

    /** The value at {@code key} when it is there and of {@code type}'s type; otherwise empty. */
    public final <T> Optional<T> find(K key, Codec<T> type) {
        return find(key).flatMap(v -> v.find(type));
    }

    public final @Nullable String getString(K key) {
        return get(key, Codecs.QSTRING);
    }

    public final int getInt(K key) {
        return get(key, Codecs.QINT32);
    }

    public final long getUInt(K key) {
        return get(key, Codecs.QUINT32);
    }

    public final long getLongLong(K key) {
        return get(key, Codecs.QINT64);
    }

    public final int getUShort(K key) {
        return get(key, Codecs.QUINT16);
    }

    public final boolean getBool(K key) {
        return get(key, Codecs.BOOL);
    }

    public final double getDouble(K key) {
        return get(key, Codecs.DOUBLE);
    }

    public final @Nullable QByteArray getByteArray(K key) {
        return get(key, Codecs.QBYTEARRAY);
    }

    public final QDate getDate(K key) {
        return get(key, QDate.CODEC);
    }

    public final QTime getTime(K key) {
        return get(key, QTime.CODEC);
    }

    public final QDateTime getDateTime(K key) {
        return get(key, QDateTime.CODEC);
    }

    /** The nested QVariantMap at {@code key}; its errors name its path. */
    public final VariantMap getMap(K key) {
        return new VariantMap(pathOf(key), get(key, QVariant.MAP_CODEC));
    }

    /** The nested QVariantHash at {@code key}. */
    public final VariantMap getHash(K key) {
        return new VariantMap(pathOf(key), get(key, QVariant.HASH_CODEC));
    }

    /** The nested QVariantList at {@code key}. */
    public final VariantList getList(K key) {
        return new VariantList(pathOf(key), get(key, QVariant.LIST_CODEC));
    }

    public final Optional<String> findString(K key) {
        return find(key, Codecs.QSTRING);
    }

    public final Optional<Integer> findInt(K key) {
        return find(key, Codecs.QINT32);
    }
}
