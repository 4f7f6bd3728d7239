package io.github.qdatastream.codec;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * The type ids a {@link QVariant} carries on the wire, per numbering. Qt renumbered its built-in
 * types twice, and a stream's version decides which numbering its variants use (Qt 5 and 6 map
 * their own ids when they write or read an older stream version, see {@code QVariant::save/load}):
 *
 * <ul>
 *   <li><b>Qt 3</b> (streams before {@code Qt_4_0}): a short table of 36 ids ({@code int} is 16,
 *       {@code QString} 3); types outside it cannot be written;</li>
 *   <li><b>Qt 4</b> ({@code Qt_4_0} to {@code Qt_4_9}): core types 1 to 29, GUI types 64 to 86
 *       ({@code QSizePolicy} 75, so {@code QKeySequence} to {@code QQuaternion} are one higher
 *       than in Qt 5), {@code UserType} 127, the "extended core" types from 128
 *       ({@code long} 129, {@code float} 135, {@code QVariant} 138: the Qt 5 id plus 97);
 *       {@code QUuid}, {@code QPolygonF} and the newer GUI types are written as user types;</li>
 *   <li><b>Qt 5</b> ({@code Qt_5_0} to {@code Qt_5_15}): core 1 to 55, GUI 64 to 87,
 *       {@code QSizePolicy} 121, {@code User} 1024;</li>
 *   <li><b>Qt 6</b> ({@code Qt_6_0} on): core 1 to 63 ({@code QRegExp} gone), GUI from 0x1000,
 *       {@code QSizePolicy} 0x2000, {@code User} 65536. Types that Qt 6 added and Qt 5 lacks
 *       ({@code char16_t}, {@code QVariantPair}, ...) are user types in a Qt 5 stream.</li>
 * </ul>
 *
 * <p>Names are Qt 5's {@code QMetaType::typeName()}s. A type that has no id in a numbering is
 * written as a user type: the {@link #userTypeId user type id} followed by its name.
 *
 * <p>Its tables are built once and never change; thread-safe.
 */
public final class VariantTypes {

    private VariantTypes() {
    }

    /** The invalid variant's id, in every numbering. */
    public static final int INVALID = 0;

    private static final String[] QT5_CORE = {
            null, "bool", "int", "uint", "qlonglong", "qulonglong", "double", "QChar", "QVariantMap", "QVariantList",
            "QString", "QStringList", "QByteArray", "QBitArray", "QDate", "QTime", "QDateTime", "QUrl", "QLocale",
            "QRect", "QRectF", "QSize", "QSizeF", "QLine", "QLineF", "QPoint", "QPointF", "QRegExp", "QVariantHash",
            "QEasingCurve", "QUuid", "void*", "long", "short", "char", "ulong", "ushort", "uchar", "float", "QObject*",
            "signed char", "QVariant", "QModelIndex", "void", "QRegularExpression", "QJsonValue", "QJsonObject",
            "QJsonArray", "QJsonDocument", "QByteArrayList", "QPersistentModelIndex", "std::nullptr_t",
            "QCborSimpleType", "QCborValue", "QCborArray", "QCborMap"};

    private static final String[] QT5_GUI = {
            "QFont", "QPixmap", "QBrush", "QColor", "QPalette", "QIcon", "QImage", "QPolygon", "QRegion", "QBitmap",
            "QCursor", "QKeySequence", "QPen", "QTextLength", "QTextFormat", "QMatrix", "QTransform", "QMatrix4x4",
            "QVector2D", "QVector3D", "QVector4D", "QQuaternion", "QPolygonF", "QColorSpace"};

    private static final String[] QT3 = {
            null, "QVariantMap", "QVariantList", "QString", "QStringList", "QFont", "QPixmap", "QBrush", "QRect",
            "QSize", "QColor", "QPalette", null /* ColorGroup */, "QIcon", "QPoint", "QImage", "int", "uint", "bool",
            "double", null /* never used */, "QPolygon", "QRegion", "QBitmap", "QCursor", "QSizePolicy", "QDate",
            "QTime", "QDateTime", "QByteArray", "QBitArray", "QKeySequence", "QPen", "qlonglong", "qulonglong",
            "QEasingCurve"};

    private static final Numbering QT3_IDS;
    private static final Numbering QT4_IDS;
    private static final Numbering QT5_IDS;
    private static final Numbering QT6_IDS;

    static {
        Map<Long, String> q5 = new LinkedHashMap<>();
        for (int i = 1; i < QT5_CORE.length; i++) q5.put((long) i, QT5_CORE[i]);
        for (int i = 0; i < QT5_GUI.length; i++) q5.put(64L + i, QT5_GUI[i]);
        q5.put(121L, "QSizePolicy");
        QT5_IDS = new Numbering(5, q5, 1024);

        Map<Long, String> q4 = new LinkedHashMap<>();
        for (int i = 1; i <= 29; i++) q4.put((long) i, QT5_CORE[i]);
        for (int i = 31; i < QT5_CORE.length; i++) q4.put(i + 97L, QT5_CORE[i]);
        for (int i = 0; i < QT5_GUI.length; i++) {
            int qt5 = 64 + i;
            if (qt5 < 75) q4.put((long) qt5, QT5_GUI[i]);
            else if (qt5 <= 85) q4.put(qt5 + 1L, QT5_GUI[i]);
            // QPolygonF (86) and QColorSpace (87): user types in Qt 4 streams
        }
        q4.put(75L, "QSizePolicy");
        QT4_IDS = new Numbering(4, q4, 127);

        Map<Long, String> q6 = new LinkedHashMap<>();
        for (int i = 1; i < QT5_CORE.length; i++) if (i != 27) q6.put((long) i, QT5_CORE[i]);
        q6.put(56L, "char16_t");
        q6.put(57L, "char32_t");
        q6.put(58L, "QVariantPair");
        q6.put(63L, "qfloat16");
        for (int i = 0; i < QT5_GUI.length; i++) {
            if (!QT5_GUI[i].equals("QMatrix")) q6.put(0x1000L + i, QT5_GUI[i]);
        }
        q6.put(0x2000L, "QSizePolicy");
        QT6_IDS = new Numbering(6, q6, 65536);

        Map<Long, String> q3 = new LinkedHashMap<>();
        for (int i = 1; i < QT3.length; i++) if (QT3[i] != null) q3.put((long) i, QT3[i]);
        QT3_IDS = new Numbering(3, q3, -1);
    }

    /**
     * {@return the numbering a stream version uses: 3, 4, 5 or 6}
     *
     * @param version the stream version
     */
    public static int numbering(StreamVersion version) {
        if (version.before(StreamVersion.Qt_4_0)) return 3;
        return version.qtMajor();
    }

    /**
     * {@return the built-in type name with {@code id} at {@code version}, or null (unknown, invalid or the user id)}
     *
     * @param id the type id, as a QVariant writes it
     * @param version the stream version
     */
    public static @Nullable String name(long id, StreamVersion version) {
        return table(version).byId.get(id);
    }

    /**
     * {@return the id of built-in type {@code name} at {@code version}; empty when it must be written as a user type}
     *
     * @param name the type name as Qt spells it
     * @param version the stream version
     */
    public static OptionalLong id(String name, StreamVersion version) {
        Long id = table(version).byName.get(name);
        return id == null ? OptionalLong.empty() : OptionalLong.of(id);
    }

    /**
     * {@return the user type id at {@code version}: 127, 1024 or 65536; -1 before Qt_4_0 (no user types)}
     *
     * @param version the stream version
     */
    public static long userTypeId(StreamVersion version) {
        return table(version).user;
    }

    /**
     * {@return every built-in id and name at {@code version}, in id order}
     *
     * @param version the stream version
     */
    public static Map<Long, String> all(StreamVersion version) {
        return table(version).byId;
    }

    private static Numbering table(StreamVersion version) {
        return switch (numbering(version)) {
            case 3 -> QT3_IDS;
            case 4 -> QT4_IDS;
            case 5 -> QT5_IDS;
            default -> QT6_IDS;
        };
    }

    private static final class Numbering {
        final Map<Long, String> byId;
        final Map<String, Long> byName;
        final long user;

        Numbering(int qt, Map<Long, String> byId, long user) {
            this.byId = Collections.unmodifiableMap(byId);
            Map<String, Long> n = new HashMap<>();
            byId.forEach((k, v) -> n.put(v, k));
            this.byName = n;
            this.user = user;
        }
    }
}
