package io.github.qdatastream.codec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Codecs for the primitive and string types ({@link #QUUID} as {@link java.util.UUID}, raw bytes
 * with {@link #BYTES} and {@link #rawData(int)}) and combinators for Qt's containers. Value types
 * carry their own codec ({@link QDate#CODEC}, {@link QDateTime#CODEC}, {@link QPoint#CODEC}, ...);
 * {@link QtTypes} finds any of them by Qt's type name.
 *
 * <p>Containers decode to Java lists in wire order; a {@code QSet} also decodes to a list, so that
 * wire order and duplicates survive; a {@code QMap}/{@code QHash} decodes to a {@link QMap}.
 *
 * <p>Holds no state: every codec here is immutable and thread-safe.
 */
public final class Codecs {

    private Codecs() {
    }

    /** qint8: a signed byte. */
    public static final Codec<Byte> QINT8 = Codec.of("qint8", 1, QDataReader::readInt8, (o, v) -> o.writeInt8(v));
    /** quint8, as an int in [0, 255]. */
    public static final Codec<Integer> QUINT8 = Codec.of("quint8", 1, QDataReader::readUInt8, QDataWriter::writeUInt8);
    /** qint16. */
    public static final Codec<Short> QINT16 = Codec.of("qint16", 2, QDataReader::readInt16, (o, v) -> o.writeInt16(v));
    /** quint16, as an int in [0, 65535]. */
    public static final Codec<Integer> QUINT16 = Codec.of("quint16", 2, QDataReader::readUInt16, QDataWriter::writeUInt16);
    /** qint32. */
    public static final Codec<Integer> QINT32 = Codec.of("qint32", 4, QDataReader::readInt32, QDataWriter::writeInt32);
    /** quint32, as a long in [0, 2<sup>32</sup>). */
    public static final Codec<Long> QUINT32 = Codec.of("quint32", 4, QDataReader::readUInt32, QDataWriter::writeUInt32);
    /** qint64. */
    public static final Codec<Long> QINT64 = Codec.of("qint64", 8, QDataReader::readInt64, QDataWriter::writeInt64);
    /** quint64 as the same 64 bits in a Long; see {@link QDataReader}. */
    public static final Codec<Long> QUINT64 = Codec.of("quint64", 8, QDataReader::readUInt64, QDataWriter::writeUInt64);
    /** bool: one byte, 0 or 1 (any non-zero byte reads as true, as in Qt). */
    public static final Codec<Boolean> BOOL = Codec.of("bool", 1, QDataReader::readBool, QDataWriter::writeBool);
    /** float: 4 bytes, or 8 with {@link FloatPrecision#DOUBLE} from {@code Qt_4_6} on (see {@link QDataReader#readFloat()}). */
    public static final Codec<Float> FLOAT = Codec.of("float", 4, QDataReader::readFloat, QDataWriter::writeFloat);
    /** double: 8 bytes, or 4 with {@link FloatPrecision#SINGLE} from {@code Qt_4_6} on (see {@link QDataReader#readDouble()}). */
    public static final Codec<Double> DOUBLE = Codec.of("double", 4, QDataReader::readDouble, QDataWriter::writeDouble);
    /** QChar: one UTF-16 code unit. */
    public static final Codec<Character> QCHAR = Codec.of("QChar", 2, QDataReader::readQChar, QDataWriter::writeQChar);
    /** QString; {@code null} is the null QString. */
    public static final Codec<@Nullable String> QSTRING = Codec.of("QString", 4, QDataReader::readString, QDataWriter::writeString);
    /** QByteArray; {@code null} is the null QByteArray. */
    public static final Codec<@Nullable QByteArray> QBYTEARRAY = Codec.of("QByteArray", 4, QDataReader::readByteArray, QDataWriter::writeByteArray);
    /** {@code const char*}: the bytes without the NUL; {@code null} is the null pointer. */
    public static final Codec<@Nullable QByteArray> CSTRING = Codec.of("const char*", 4,
            in -> {
                byte[] b = in.readCString();
                return b == null ? null : QByteArray.wrap(b);
            },
            (out, v) -> out.writeCString(v == null ? null : v.array()));
    /** QStringList: a QList of QStrings, null QStrings kept. */
    public static final Codec<List<@Nullable String>> QSTRINGLIST = sequence("QStringList", QSTRING);

    /**
     * QUuid as a {@link UUID}: data1 (quint32), data2 (quint16), data3 (quint16) in the stream's
     * byte order, then data4 as 8 raw bytes; every version. Big-endian this is exactly the RFC 4122
     * byte form ({@code QUuid::toRfc4122()}); little-endian the first three fields are swapped.
     */
    public static final Codec<UUID> QUUID = Codec.of("QUuid",
            in -> {
                long data1 = in.readUInt32();
                long data2 = in.readUInt16();
                long data3 = in.readUInt16();
                byte[] d4 = in.readRawData(8);
                long lsb = 0;
                for (byte b : d4) {
                    lsb = (lsb << 8) | (b & 0xFF);
                }
                return new UUID((data1 << 32) | (data2 << 16) | data3, lsb);
            },
            (out, u) -> {
                long msb = u.getMostSignificantBits();
                long lsb = u.getLeastSignificantBits();
                out.writeInt32((int) (msb >>> 32)).writeInt16((int) (msb >>> 16)).writeInt16((int) msb);
                byte[] d4 = new byte[8];
                for (int i = 7; i >= 0; i--) {
                    d4[i] = (byte) lsb;
                    lsb >>>= 8;
                }
                out.writeRawData(d4);
            });

    /**
     * {@code n} bytes as {@code writeRawData}/{@code readRawData} move them: no length field. The
     * type name is {@code rawData(n)}.
     *
     * @param n the byte count, at least 0
     * @return the codec; writing a value of another size throws {@link IllegalArgumentException}
     */
    public static Codec<QByteArray> rawData(int n) {
        if (n < 0) throw new IllegalArgumentException("n < 0: " + n);
        return Codec.of("rawData(" + n + ")",
                in -> QByteArray.wrap(in.readRawData(n)),
                (out, v) -> {
                    if (v.size() != n) {
                        throw new IllegalArgumentException("rawData(" + n + ") got " + v.size() + " bytes");
                    }
                    out.writeRawData(v.array());
                });
    }

    /**
     * Bytes as {@code QDataStream::writeBytes}/{@code readBytes} move them: a size field, then the
     * bytes. This is a QByteArray's wire without its null marker: {@code writeBytes} has none, and
     * Raw bytes have no null marker: a length {@code 0xFFFFFFFF} (or, from {@code Qt_6_7}, an
     * extended -1) is {@link SizeLimitExceededException}, as real Qt 6.11's {@code readBytes} reports
     * it (its size reader gives -1, "cannot store len"), and {@code null} cannot be written. The
     * type name is {@code bytes}.
     */
    public static final Codec<QByteArray> BYTES = Codec.of("bytes",
            in -> {
                long at = in.offset();
                byte[] b = in.readBytes("bytes");
                if (b == null) {
                    throw in.limitExceeded("writeBytes length", -1, Integer.MAX_VALUE - 16, at,
                            "nothing: raw bytes have no null marker (Qt 6.11: SizeLimitExceeded)");
                }
                return QByteArray.wrap(b);
            },
            (out, v) -> {
                if (v == null) {
                    throw new IllegalArgumentException("writeBytes has no null form");
                }
                out.writeBytes(v.array(), 0, v.size());
            });

    /**
     * {@code QList<T>}.
     *
     * @param element the element codec
     * @param <T> the element type
     * @return the container codec: a count, then the elements (the count checked against
     *         {@link Limits#maxElements()} before any element is read)
     */
    public static <T extends @Nullable Object> Codec<List<T>> list(Codec<T> element) {
        return sequence("QList<" + element.typeName() + ">", element);
    }

    /**
     * {@code QVector<T>} (the same wire format as QList).
     *
     * @param element the element codec
     * @param <T> the element type
     * @return the container codec: a count, then the elements (the count checked against
     *         {@link Limits#maxElements()} before any element is read)
     */
    public static <T extends @Nullable Object> Codec<List<T>> vector(Codec<T> element) {
        return sequence("QVector<" + element.typeName() + ">", element);
    }

    /**
     * {@code QLinkedList<T>} (the same wire format as QList).
     *
     * @param element the element codec
     * @param <T> the element type
     * @return the container codec: a count, then the elements (the count checked against
     *         {@link Limits#maxElements()} before any element is read)
     */
    public static <T extends @Nullable Object> Codec<List<T>> linkedList(Codec<T> element) {
        return sequence("QLinkedList<" + element.typeName() + ">", element);
    }

    /**
     * {@code QSet<T>}, in wire order with duplicates kept.
     *
     * @param element the element codec
     * @param <T> the element type
     * @return the container codec: a count, then the elements (the count checked against
     *         {@link Limits#maxElements()} before any element is read)
     */
    public static <T extends @Nullable Object> Codec<List<T>> set(Codec<T> element) {
        return sequence("QSet<" + element.typeName() + ">", element);
    }

    /**
     * {@code QMap<K, V>}, entries in wire order.
     *
     * @param key the key codec
     * @param value the value codec
     * @param <K> the key type
     * @param <V> the value type
     * @return the codec: a count, then key and value of each entry
     */
    public static <K extends @Nullable Object, V extends @Nullable Object> Codec<QMap<K, V>> map(Codec<K> key, Codec<V> value) {
        return associative("QMap<" + key.typeName() + "," + value.typeName() + ">", key, value);
    }

    /**
     * {@code QHash<K, V>}, entries in wire order.
     *
     * @param key the key codec
     * @param value the value codec
     * @param <K> the key type
     * @param <V> the value type
     * @return the codec: a count, then key and value of each entry
     */
    public static <K extends @Nullable Object, V extends @Nullable Object> Codec<QMap<K, V>> hash(Codec<K> key, Codec<V> value) {
        return associative("QHash<" + key.typeName() + "," + value.typeName() + ">", key, value);
    }

    /**
     * {@code QPair<A, B>}: first, then second.
     *
     * @param first the first value's codec
     * @param second the second value's codec
     * @param <A> the first value's type
     * @param <B> the second value's type
     * @return the codec
     */
    public static <A extends @Nullable Object, B extends @Nullable Object> Codec<QPair<A, B>> pair(Codec<A> first, Codec<B> second) {
        return Codec.of("QPair<" + first.typeName() + "," + second.typeName() + ">",
                first.minWireSize() + second.minWireSize(),
                in -> new QPair<>(first.read(in), second.read(in)),
                (out, p) -> {
                    first.write(out, p.first());
                    second.write(out, p.second());
                });
    }

    /**
     * Orders {@code entries} as Qt writes a QMap at {@code version}: Qt 4 and 5 write from the
     * largest key to the smallest (so that reading with {@code insertMulti} restores the order
     * of equal keys), Qt 6 from the smallest to the largest, equal keys in reverse insertion order.
     *
     * @param entries the entries, in insertion order
     * @param keyOrder the key order ({@code operator<} of the key type)
     * @param version the stream version to order for
     * @param <K> the key type
     * @param <V> the value type
     * @return a map with the entries in the order Qt writes them
     */
    public static <K extends @Nullable Object, V extends @Nullable Object> QMap<K, V> qtMapOrder(List<QPair<K, V>> entries, Comparator<? super K> keyOrder,
                                               StreamVersion version) {
        List<QPair<K, V>> sorted = new ArrayList<>(entries);
        // Stable sort keeps insertion order among equal keys; QMultiMap iterates them newest first.
        Collections.reverse(sorted);
        sorted.sort((a, b) -> keyOrder.compare(a.first(), b.first()));
        if (version.before(StreamVersion.Qt_6_0)) {
            Collections.reverse(sorted);
        } else {
            // Qt 6 writes each run of equal keys in reverse iteration order: oldest first.
            List<QPair<K, V>> out = new ArrayList<>(sorted.size());
            int i = 0;
            while (i < sorted.size()) {
                int j = i;
                while (j < sorted.size() && keyOrder.compare(sorted.get(i).first(), sorted.get(j).first()) == 0) {
                    j++;
                }
                for (int k = j - 1; k >= i; k--) {
                    out.add(sorted.get(k));
                }
                i = j;
            }
            sorted = out;
        }
        return new QMap<>(sorted);
    }

    /** Reads a container's element count as Qt does at the reader's version. */
    static int readCount(QDataReader in, String what) {
        long at = in.offset();
        long n;
        if (in.version().atLeast(StreamVersion.Qt_6_0)) {
            n = in.readSizeField(what);
            if (n < 0) {
                throw in.limitExceeded(what + " element count", QDataReader.NULL_SIZE, Integer.MAX_VALUE, at,
                        "nothing: Qt 6 rejects this count too");
            }
        } else {
            n = in.readUInt32();
        }
        return in.checkElementCount(what, n, at);
    }

    static void writeCount(QDataWriter out, int n) {
        if (out.version().atLeast(StreamVersion.Qt_6_0)) {
            out.writeSizeField(n);
        } else {
            out.writeInt32(n);
        }
    }

    private static <T> Codec<List<T>> sequence(String name, Codec<T> element) {
        return Codec.of(name, 4, in -> {
            int n = readCount(in, name);
            List<T> list = new ArrayList<>(in.initialCapacity(n));
            for (int i = 0; i < n; i++) {
                try {
                    list.add(element.read(in));
                } catch (TruncatedInputException e) {
                    throw remainingElements(e, n - i - 1, element.minWireSize());
                }
            }
            return list;
        }, (out, list) -> {
            writeCount(out, list.size());
            for (T t : list) {
                element.write(out, t);
            }
        });
    }

    private static <K, V> Codec<QMap<K, V>> associative(String name, Codec<K> key, Codec<V> value) {
        return Codec.of(name, 4, in -> {
            int n = readCount(in, name);
            List<QPair<K, V>> list = new ArrayList<>(in.initialCapacity(n));
            for (int i = 0; i < n; i++) {
                try {
                    K k = key.read(in);
                    list.add(new QPair<>(k, value.read(in)));
                } catch (TruncatedInputException e) {
                    throw remainingElements(e, n - i - 1, key.minWireSize() + value.minWireSize());
                }
            }
            return new QMap<>(list);
        }, (out, map) -> {
            writeCount(out, map.size());
            for (QPair<K, V> e : map.entries()) {
                key.write(out, e.first());
                value.write(out, e.second());
            }
        });
    }

    /**
     * A container ran out of input inside an element: the elements after it need at least
     * {@link Codec#minWireSize()} bytes each too, so the "need more" hint counts them (a transaction-style reader then parses
     * again only after a constant fraction of the rest has arrived, not at every element).
     */
    private static TruncatedInputException remainingElements(TruncatedInputException e, int remaining, int minSize) {
        return e.plus((long) remaining * minSize, remaining + " more elements of at least " + minSize + " bytes");
    }
}
