package io.github.qdatastream.codec;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Every fixed (non-container) type this library reads and writes, by the name Qt spells it:
 * {@code "qint32"}, {@code "QString"}, {@code "const char*"}, {@code "QPoint"}, ... Also the
 * {@code QMetaType} names Qt uses for the same wire types ({@code "int"} = {@code qint32},
 * {@code "qlonglong"} = {@code qint64}, {@code "long"} = {@code qint64} as QVariant streams it,
 * {@code "qreal"} = {@code double}, {@code "QVariantList"}-style names are not here: containers
 * are built from {@link Codecs}' combinators).
 *
 * <p>{@code rawData(n)} is not a fixed name; use {@link Codecs#rawData(int)}.
 *
 * <p>Holds no mutable state; thread-safe.
 */
public final class QtTypes {

    private QtTypes() {
    }

    private static final Map<String, Codec<?>> ALL;

    static {
        Map<String, Codec<?>> m = new LinkedHashMap<>();
        put(m, Codecs.QINT8);
        put(m, Codecs.QUINT8);
        put(m, Codecs.QINT16);
        put(m, Codecs.QUINT16);
        put(m, Codecs.QINT32);
        put(m, Codecs.QUINT32);
        put(m, Codecs.QINT64);
        put(m, Codecs.QUINT64);
        put(m, Codecs.BOOL);
        put(m, Codecs.FLOAT);
        put(m, Codecs.DOUBLE);
        put(m, Codecs.QCHAR);
        put(m, Codecs.QSTRING);
        put(m, Codecs.QBYTEARRAY);
        put(m, Codecs.CSTRING);
        put(m, Codecs.BYTES);
        put(m, Codecs.QSTRINGLIST);
        put(m, QBitArray.CODEC);
        put(m, QDate.CODEC);
        put(m, QTime.CODEC);
        put(m, QDateTime.CODEC);
        put(m, QTimeZone.CODEC);
        put(m, QUrl.CODEC);
        put(m, Codecs.QUUID);
        put(m, QLocale.CODEC);
        put(m, QRegExp.CODEC);
        put(m, QRegularExpression.CODEC);
        put(m, QPoint.CODEC);
        put(m, QPointF.CODEC);
        put(m, QSize.CODEC);
        put(m, QSizeF.CODEC);
        put(m, QRect.CODEC);
        put(m, QRectF.CODEC);
        put(m, QLine.CODEC);
        put(m, QLineF.CODEC);
        put(m, QPolygon.CODEC);
        put(m, QPolygonF.CODEC);
        put(m, QColor.CODEC);
        // QMetaType spellings of the same wire types.
        m.put("signed char", Codecs.QINT8);
        m.put("char", Codecs.QINT8);
        m.put("uchar", Codecs.QUINT8);
        m.put("unsigned char", Codecs.QUINT8);
        m.put("short", Codecs.QINT16);
        m.put("ushort", Codecs.QUINT16);
        m.put("unsigned short", Codecs.QUINT16);
        m.put("int", Codecs.QINT32);
        m.put("uint", Codecs.QUINT32);
        m.put("unsigned int", Codecs.QUINT32);
        m.put("qlonglong", Codecs.QINT64);
        m.put("qulonglong", Codecs.QUINT64);
        m.put("long long", Codecs.QINT64);
        m.put("unsigned long long", Codecs.QUINT64);
        // QVariant streams long/ulong as 64-bit (qmetatype.cpp saves them as qlonglong/qulonglong).
        m.put("long", Codecs.QINT64);
        m.put("ulong", Codecs.QUINT64);
        m.put("qreal", Codecs.DOUBLE);
        m.put("char*", Codecs.CSTRING);
        ALL = Collections.unmodifiableMap(m);
    }

    private static void put(Map<String, Codec<?>> m, Codec<?> c) {
        m.put(c.typeName(), c);
    }

    /**
     * {@return the codec for a type name as Qt spells it, or {@code null} if this library has none by that name}
     *
     * @param name the type name, for example {@code "QString"}
     */
    public static @Nullable Codec<?> byName(String name) {
        return ALL.get(name);
    }

    /** {@return every name, in a stable order (primary names first, then QMetaType aliases)} */
    public static Map<String, Codec<?>> all() {
        return ALL;
    }
}
