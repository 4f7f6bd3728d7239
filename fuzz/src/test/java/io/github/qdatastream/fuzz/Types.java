package io.github.qdatastream.fuzz;

import io.github.qdatastream.codec.Codec;
import io.github.qdatastream.codec.Codecs;
import io.github.qdatastream.codec.QDate;
import io.github.qdatastream.codec.QTime;

/** The codec for a type expression. */
final class Types {

    private Types() {
    }

    @SuppressWarnings("unchecked")
    static Codec<Object> codec(TypeNode t) {
        return (Codec<Object>) resolve(t);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Codec<?> resolve(TypeNode t) {
        return switch (t.name()) {
            case "qint8" -> Codecs.QINT8;
            case "quint8" -> Codecs.QUINT8;
            case "qint16" -> Codecs.QINT16;
            case "quint16" -> Codecs.QUINT16;
            case "qint32" -> Codecs.QINT32;
            case "quint32" -> Codecs.QUINT32;
            case "qint64" -> Codecs.QINT64;
            case "quint64" -> Codecs.QUINT64;
            case "bool" -> Codecs.BOOL;
            case "float" -> Codecs.FLOAT;
            case "double" -> Codecs.DOUBLE;
            case "QChar" -> Codecs.QCHAR;
            case "QString" -> Codecs.QSTRING;
            case "QByteArray" -> Codecs.QBYTEARRAY;
            case "const char*" -> Codecs.CSTRING;
            case "QStringList" -> Codecs.QSTRINGLIST;
            case "QDate" -> QDate.CODEC;
            case "QTime" -> QTime.CODEC;
            case "QList" -> Codecs.list(resolve(t.args().get(0)));
            case "QVector" -> Codecs.vector(resolve(t.args().get(0)));
            case "QLinkedList" -> Codecs.linkedList(resolve(t.args().get(0)));
            case "QSet" -> Codecs.set(resolve(t.args().get(0)));
            case "QMap" -> Codecs.map((Codec) resolve(t.args().get(0)), (Codec) resolve(t.args().get(1)));
            case "QHash" -> Codecs.hash((Codec) resolve(t.args().get(0)), (Codec) resolve(t.args().get(1)));
            case "QPair" -> Codecs.pair((Codec) resolve(t.args().get(0)), (Codec) resolve(t.args().get(1)));
            default -> throw new IllegalArgumentException("no codec for " + t);
        };
    }
}
