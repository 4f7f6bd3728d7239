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

    /**
     * Looks up the variant at {@code key}.
     *
     * @param key the map key or list index
     * @return the variant, or empty when there is none
     */
    public abstract Optional<QVariant> find(K key);

    abstract String describe(K key);

    /** {@return the number of entries or elements} */
    public abstract int size();

    final String pathOf(K key) {
        return path + describe(key);
    }

    /**
     * The variant at {@code key}, which must be there.
     *
     * @param key the map key or list index
     * @return the variant
     * @throws CorruptDataException if there is none; the message names its path
     */
    public final QVariant variant(K key) {
        return find(key).orElseThrow(() -> CorruptDataException.missing(pathOf(key), missingWhy(key)));
    }

    abstract String missingWhy(K key);

    /**
     * The value at {@code key} when its type is {@code type}'s ({@link QVariant#get(Codec)}).
     *
     * @param <T> the value's Java type
     * @param key the map key or list index
     * @param type the codec of the type the variant must hold
     * @return the value
     * @throws CorruptDataException if there is no value at {@code key}, or it holds another type
     */
    public final <T> T get(K key, Codec<T> type) {
        return variant(key).get(type, pathOf(key));
    }

    /**
     * The value at {@code key} when it is there and of {@code type}'s type.
     *
     * @param <T> the value's Java type
     * @param key the map key or list index
     * @param type the codec of the type looked for
     * @return the value, or empty when there is none or it holds another type
     */
    public final <T> Optional<T> find(K key, Codec<T> type) {
        return find(key).flatMap(v -> v.find(type));
    }

    /**
     * The QString at {@code key}, strictly: the variant must hold a QString.
     *
     * @param key the map key or list index
     * @return the string, {@code null} for a null QString
     * @throws CorruptDataException if there is no value at {@code key}, or it holds another type
     */
    public final @Nullable String getString(K key) {
        return get(key, Codecs.QSTRING);
    }

    /**
     * The qint32 ({@code int}) at {@code key}, strictly: the variant must hold a qint32 ({@code int}).
     *
     * @param key the map key or list index
     * @return the value
     * @throws CorruptDataException if there is no value at {@code key}, or it holds another type
     */
    public final int getInt(K key) {
        return get(key, Codecs.QINT32);
    }

    /**
     * The quint32 ({@code uint}) at {@code key}, strictly: the variant must hold a quint32 ({@code uint}).
     *
     * @param key the map key or list index
     * @return the value, 0 to {@code 0xFFFFFFFF}
     * @throws CorruptDataException if there is no value at {@code key}, or it holds another type
     */
    public final long getUInt(K key) {
        return get(key, Codecs.QUINT32);
    }

    /**
     * The qint64 ({@code qlonglong}) at {@code key}, strictly: the variant must hold a qint64 ({@code qlonglong}).
     *
     * @param key the map key or list index
     * @return the value
     * @throws CorruptDataException if there is no value at {@code key}, or it holds another type
     */
    public final long getLongLong(K key) {
        return get(key, Codecs.QINT64);
    }

    /**
     * The quint16 ({@code ushort}) at {@code key}, strictly: the variant must hold a quint16 ({@code ushort}).
     *
     * @param key the map key or list index
     * @return the value, 0 to 65535
     * @throws CorruptDataException if there is no value at {@code key}, or it holds another type
     */
    public final int getUShort(K key) {
        return get(key, Codecs.QUINT16);
    }

    /**
     * The bool at {@code key}, strictly: the variant must hold a bool.
     *
     * @param key the map key or list index
     * @return the value
     * @throws CorruptDataException if there is no value at {@code key}, or it holds another type
     */
    public final boolean getBool(K key) {
        return get(key, Codecs.BOOL);
    }

    /**
     * The double at {@code key}, strictly: the variant must hold a double.
     *
     * @param key the map key or list index
     * @return the value
     * @throws CorruptDataException if there is no value at {@code key}, or it holds another type
     */
    public final double getDouble(K key) {
        return get(key, Codecs.DOUBLE);
    }

    /**
     * The QByteArray at {@code key}, strictly: the variant must hold a QByteArray.
     *
     * @param key the map key or list index
     * @return the bytes, {@code null} for a null QByteArray
     * @throws CorruptDataException if there is no value at {@code key}, or it holds another type
     */
    public final @Nullable QByteArray getByteArray(K key) {
        return get(key, Codecs.QBYTEARRAY);
    }

    /**
     * The QDate at {@code key}, strictly: the variant must hold a QDate.
     *
     * @param key the map key or list index
     * @return the date
     * @throws CorruptDataException if there is no value at {@code key}, or it holds another type
     */
    public final QDate getDate(K key) {
        return get(key, QDate.CODEC);
    }

    /**
     * The QTime at {@code key}, strictly: the variant must hold a QTime.
     *
     * @param key the map key or list index
     * @return the time
     * @throws CorruptDataException if there is no value at {@code key}, or it holds another type
     */
    public final QTime getTime(K key) {
        return get(key, QTime.CODEC);
    }

    /**
     * The QDateTime at {@code key}, strictly: the variant must hold a QDateTime.
     *
     * @param key the map key or list index
     * @return the date and time
     * @throws CorruptDataException if there is no value at {@code key}, or it holds another type
     */
    public final QDateTime getDateTime(K key) {
        return get(key, QDateTime.CODEC);
    }

    /**
     * The nested QVariantMap at {@code key}; its errors name its path.
     *
     * @param key the map key or list index
     * @return a view of the nested map
     * @throws CorruptDataException if there is no value at {@code key}, or it holds another type
     */
    public final VariantMap getMap(K key) {
        return new VariantMap(pathOf(key), get(key, QVariant.MAP_CODEC));
    }

    /**
     * The nested QVariantHash at {@code key}, viewed as a map; its errors name its path.
     *
     * @param key the map key or list index
     * @return a view of the nested hash
     * @throws CorruptDataException if there is no value at {@code key}, or it holds another type
     */
    public final VariantMap getHash(K key) {
        return new VariantMap(pathOf(key), get(key, QVariant.HASH_CODEC));
    }

    /**
     * The nested QVariantList at {@code key}; its errors name its path.
     *
     * @param key the map key or list index
     * @return a view of the nested list
     * @throws CorruptDataException if there is no value at {@code key}, or it holds another type
     */
    public final VariantList getList(K key) {
        return new VariantList(pathOf(key), get(key, QVariant.LIST_CODEC));
    }

    /**
     * The QString at {@code key}, if there is one.
     *
     * @param key the map key or list index
     * @return the string, or empty when there is none, it holds another type, or it is a null QString
     */
    public final Optional<String> findString(K key) {
        return find(key, Codecs.QSTRING);
    }

    /**
     * The qint32 at {@code key}, if there is one.
     *
     * @param key the map key or list index
     * @return the value, or empty when there is none or it holds another type
     */
    public final Optional<Integer> findInt(K key) {
        return find(key, Codecs.QINT32);
    }
}
