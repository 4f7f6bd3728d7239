package io.github.qdatastream.codec;

import org.jspecify.annotations.Nullable;

/**
 * A QJsonValue as {@code QDataStream} writes it (Qt 5.x and 6): a quint8 type, then a payload
 * that depends on it.
 *
 * <pre>
 *   type 0    Null          nothing
 *   type 1    Bool          bool
 *   type 2    Double        double (follows the stream's float precision)
 *   type 3    String        QString
 *   type 4    Array         QJsonArray:  QByteArray of the compact JSON text
 *   type 5    Object        QJsonObject: QByteArray of the compact JSON text
 *   type 0x80 Undefined     nothing
 * </pre>
 * Any other type byte is corrupt data (Qt: ReadCorruptData). The array and object texts are kept
 * as bytes, exactly as they arrived.
 *
 * <pre>
 *   QJsonValue(1.5) at Qt_5_15:   02 | 3f f8 00 00 00 00 00 00
 *   QJsonValue("s"):              03 | 00 00 00 02 00 73
 * </pre>
 *
 * <p>Immutable and thread-safe (its value is a Boolean, Double, String or null, or an immutable
 * list or map of QJsonValues).
 *
 * @param type  the type byte: {@link #NULL} … {@link #OBJECT} or {@link #UNDEFINED}
 * @param value null for Null and Undefined, a Boolean, Double, String (null for a null QString),
 *              or a {@link QByteArray} holding the JSON text of an array or object (null for a
 *              null QByteArray, which Qt reads as an empty array or object)
 */
public record QJsonValue(int type, @Nullable Object value) {

    /** {@code QJsonValue::Null}. */
    public static final int NULL = 0;
    /** {@code QJsonValue::Bool}. */
    public static final int BOOL = 1;
    /** {@code QJsonValue::Double}. */
    public static final int DOUBLE = 2;
    /** {@code QJsonValue::String}. */
    public static final int STRING = 3;
    /** {@code QJsonValue::Array}. */
    public static final int ARRAY = 4;
    /** {@code QJsonValue::Object}. */
    public static final int OBJECT = 5;
    /** {@code QJsonValue::Undefined}. */
    public static final int UNDEFINED = 0x80;

    /** Reads and writes a QJsonValue (see the wire format above). */
    public static final Codec<QJsonValue> CODEC = Codec.of("QJsonValue", QJsonValue::read, QJsonValue::write);

    /**
     * Checks that the value fits the type.
     *
     * @param type one of the type constants
     * @param value the value for that type, as the class comment lists
     * @throws IllegalArgumentException if they do not fit
     */
    public QJsonValue {
        boolean ok = switch (type) {
            case NULL, UNDEFINED -> value == null;
            case BOOL -> value instanceof Boolean;
            case DOUBLE -> value instanceof Double;
            case STRING -> value == null || value instanceof String;
            case ARRAY, OBJECT -> value == null || value instanceof QByteArray;
            default -> false;
        };
        if (!ok) {
            throw new IllegalArgumentException("not a QJsonValue of type " + type + ": " + value);
        }
    }

    static QJsonValue read(QDataReader in) {
        long at = in.offset();
        int type = in.readUInt8();
        return switch (type) {
            case NULL, UNDEFINED -> new QJsonValue(type, null);
            case BOOL -> new QJsonValue(type, in.readBool());
            case DOUBLE -> new QJsonValue(type, in.readDouble());
            case STRING -> new QJsonValue(type, in.readString());
            case ARRAY, OBJECT -> new QJsonValue(type, in.readByteArray());
            default -> throw in.corrupt("QJsonValue type", type, at,
                    "QJsonValue::Type is 0..5 (Null, Bool, Double, String, Array, Object) or 0x80 (Undefined)");
        };
    }

    static void write(QDataWriter out, QJsonValue v) {
        out.writeUInt8(v.type);
        switch (v.type) {
            case BOOL -> out.writeBool((Boolean) v.value);
            case DOUBLE -> out.writeDouble((Double) v.value);
            case STRING -> out.writeString((String) v.value);
            case ARRAY, OBJECT -> out.writeByteArray((QByteArray) v.value);
            default -> {
            }
        }
    }
}
