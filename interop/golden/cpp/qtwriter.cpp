// qtwriter: streams values through real Qt 5's QDataStream for interop/golden/generate.py.
//
// PyQt5 cannot stream Qt's container templates, a bare QChar, or float/double from exact IEEE bits,
// so generate.py sends those here. Protocol, one request per stdin line, tab-separated:
//     <type expression> TAB <QDataStream::Version int> TAB b|l TAB s|d TAB <internal JSON value>
// and one answer per stdout line:
//     <hex Qt wrote> TAB [<value as written, containers in wire order>] TAB [<value Qt reads back>]
// The internal JSON form (decoded by generate.py into docs/json-values.md form):
//     qint8..quint32: number; qint64/quint64: decimal string; bool: bool; QChar: number (UTF-16 unit);
//     float/double: hex string of the IEEE bits; QString/QByteArray: null or hex (QString: UTF-16BE);
//     sequences: array; QMap/QHash: array of [key, value]; QPair: [first, second].
// Only the instantiations registered in main() exist; an unknown type is a hard error.
// Builds against Qt 5 (generate.py) and Qt 6 (generate_qt6.py): Qt 6 has no QLinkedList, QVector is
// QList, and a QMap/QHash keeps one value per key (QMultiMap/QMultiHash hold duplicates).
#include <QtCore>
#if QT_VERSION < QT_VERSION_CHECK(6, 0, 0)
#include <QLinkedList>
#define QTWRITER_QT5 1
#endif
#include <cstdio>
#include <cstring>
#include <functional>
#include <iostream>
#include <map>
#include <string>

[[noreturn]] static void die(const QString &msg) {
    std::fprintf(stderr, "qtwriter: %s\n", qPrintable(msg));
    std::exit(2);
}

template <typename T> struct Conv;

template <typename T> struct IntConv {
    static T from(const QJsonValue &v) {
        if (!v.isDouble()) die("expected a number");
        return static_cast<T>(static_cast<qint64>(v.toDouble()));
    }
    static QJsonValue to(T t) { return QJsonValue(static_cast<double>(t)); }
};
template <> struct Conv<qint8> : IntConv<qint8> {};
template <> struct Conv<quint8> : IntConv<quint8> {};
template <> struct Conv<qint16> : IntConv<qint16> {};
template <> struct Conv<quint16> : IntConv<quint16> {};
template <> struct Conv<qint32> : IntConv<qint32> {};
template <> struct Conv<quint32> : IntConv<quint32> {};
template <> struct Conv<qint64> {
    static qint64 from(const QJsonValue &v) { return v.toString().toLongLong(); }
    static QJsonValue to(qint64 t) { return QString::number(t); }
};
template <> struct Conv<quint64> {
    static quint64 from(const QJsonValue &v) { return v.toString().toULongLong(); }
    static QJsonValue to(quint64 t) { return QString::number(t); }
};
template <> struct Conv<bool> {
    static bool from(const QJsonValue &v) { return v.toBool(); }
    static QJsonValue to(bool b) { return b; }
};
template <> struct Conv<float> {
    static float from(const QJsonValue &v) {
        quint32 bits = v.toString().toUInt(nullptr, 16);
        float f;
        std::memcpy(&f, &bits, 4);
        return f;
    }
    static QJsonValue to(float f) {
        quint32 bits;
        std::memcpy(&bits, &f, 4);
        return QString::number(bits, 16).rightJustified(8, '0');
    }
};
template <> struct Conv<double> {
    static double from(const QJsonValue &v) {
        quint64 bits = v.toString().toULongLong(nullptr, 16);
        double d;
        std::memcpy(&d, &bits, 8);
        return d;
    }
    static QJsonValue to(double d) {
        quint64 bits;
        std::memcpy(&bits, &d, 8);
        return QString::number(bits, 16).rightJustified(16, '0');
    }
};
template <> struct Conv<QChar> {
    static QChar from(const QJsonValue &v) { return QChar(static_cast<ushort>(v.toDouble())); }
    static QJsonValue to(QChar c) { return static_cast<double>(c.unicode()); }
};
template <> struct Conv<QString> {
    static QString from(const QJsonValue &v) {
        if (v.isNull()) return QString();
        QByteArray b = QByteArray::fromHex(v.toString().toLatin1());
        QString s(b.size() / 2, Qt::Uninitialized);
        for (int i = 0; i < s.size(); ++i)
            s[i] = QChar(static_cast<ushort>((uchar(b[2 * i]) << 8) | uchar(b[2 * i + 1])));
        if (s.isNull()) s = QString(""); // empty, not null
        return s;
    }
    static QJsonValue to(const QString &s) {
        if (s.isNull()) return QJsonValue::Null;
        QByteArray b;
        for (QChar c : s) {
            b.append(char(c.unicode() >> 8));
            b.append(char(c.unicode() & 0xff));
        }
        return QString::fromLatin1(b.toHex());
    }
};
template <> struct Conv<QByteArray> {
    static QByteArray from(const QJsonValue &v) {
        if (v.isNull()) return QByteArray();
        QByteArray b = QByteArray::fromHex(v.toString().toLatin1());
        if (b.isNull()) b = QByteArray("");
        return b;
    }
    static QJsonValue to(const QByteArray &b) {
        if (b.isNull()) return QJsonValue::Null;
        return QString::fromLatin1(b.toHex());
    }
};

template <typename C> struct SeqConv {
    using E = typename C::value_type;
    static C from(const QJsonValue &v) {
        C c;
        for (const QJsonValue &e : v.toArray()) c.insert(c.end(), Conv<E>::from(e));
        return c;
    }
    static QJsonValue to(const C &c) {
        // Wire order: QDataStream writes sequences (and QSet) in iteration order.
        QJsonArray a;
        for (const auto &e : c) a.append(Conv<E>::to(e));
        return a;
    }
};
template <typename T> struct Conv<QList<T>> : SeqConv<QList<T>> {};
#ifdef QTWRITER_QT5
template <typename T> struct Conv<QVector<T>> : SeqConv<QVector<T>> {};
template <typename T> struct Conv<QLinkedList<T>> : SeqConv<QLinkedList<T>> {};
#endif
template <typename T> struct Conv<QSet<T>> {
    static QSet<T> from(const QJsonValue &v) {
        QSet<T> c;
        for (const QJsonValue &e : v.toArray()) c.insert(Conv<T>::from(e));
        return c;
    }
    static QJsonValue to(const QSet<T> &c) {
        QJsonArray a;
        for (const auto &e : c) a.append(Conv<T>::to(e));
        return a;
    }
};

template <typename M> struct AssocConv {
    using K = typename M::key_type;
    using V = typename M::mapped_type;
    static M from(const QJsonValue &v) {
        M m;
        for (const QJsonValue &e : v.toArray()) {
            QJsonArray kv = e.toArray();
#ifdef QTWRITER_QT5
            m.insertMulti(Conv<K>::from(kv[0]), Conv<V>::from(kv[1])); // keeps duplicate keys
#else
            m.insert(Conv<K>::from(kv[0]), Conv<V>::from(kv[1])); // duplicates only in QMultiMap/QMultiHash
#endif
        }
        return m;
    }
    static QJsonValue to(const M &m) {
        QJsonArray a;
#ifdef QTWRITER_QT5
        // Wire order: Qt 5 writes associative containers from end() back to begin().
        auto it = m.constEnd();
        while (it != m.constBegin()) {
            --it;
            a.append(QJsonArray{Conv<K>::to(it.key()), Conv<V>::to(it.value())});
        }
#else
        // Qt 6 writes from begin() to end() (equal keys of a multi container reversed); Qt 6's hash
        // iterators only go forward. generate_qt6.py reads the order from the bytes, not from here.
        for (auto it = m.constBegin(); it != m.constEnd(); ++it)
            a.append(QJsonArray{Conv<K>::to(it.key()), Conv<V>::to(it.value())});
#endif
        return a;
    }
};
template <typename K, typename V> struct Conv<QMap<K, V>> : AssocConv<QMap<K, V>> {};
template <typename K, typename V> struct Conv<QHash<K, V>> : AssocConv<QHash<K, V>> {};
#ifndef QTWRITER_QT5
template <typename K, typename V> struct Conv<QMultiMap<K, V>> : AssocConv<QMultiMap<K, V>> {};
template <typename K, typename V> struct Conv<QMultiHash<K, V>> : AssocConv<QMultiHash<K, V>> {};
#endif
template <typename A, typename B> struct Conv<QPair<A, B>> {
    static QPair<A, B> from(const QJsonValue &v) {
        QJsonArray a = v.toArray();
        return qMakePair(Conv<A>::from(a[0]), Conv<B>::from(a[1]));
    }
    static QJsonValue to(const QPair<A, B> &p) { return QJsonArray{Conv<A>::to(p.first), Conv<B>::to(p.second)}; }
};

// Writes the value; returns {value as written (wire order), value Qt reads back from the bytes}.
using Writer = std::function<QJsonArray(QDataStream &, QByteArray &, const QJsonValue &)>;
static std::map<std::string, Writer> &registry() {
    static std::map<std::string, Writer> r;
    return r;
}
template <typename T> static void reg(const char *name) {
    registry()[name] = [](QDataStream &s, QByteArray &out, const QJsonValue &v) {
        T t = Conv<T>::from(v);
        s << t;
        QDataStream in(out);
        in.setVersion(s.version());
        in.setByteOrder(s.byteOrder());
        in.setFloatingPointPrecision(s.floatingPointPrecision());
        T back;
        in >> back;
        if (in.status() != QDataStream::Ok || !in.atEnd()) die("Qt cannot read back its own bytes");
        return QJsonArray{Conv<T>::to(t), Conv<T>::to(back)};
    };
}

int main() {
    // Scalars (bit-exact floats, bare QChar, and UTF-16 strings).
    reg<qint8>("qint8"); reg<quint8>("quint8"); reg<qint16>("qint16"); reg<quint16>("quint16");
    reg<qint32>("qint32"); reg<quint32>("quint32"); reg<qint64>("qint64"); reg<quint64>("quint64");
    reg<bool>("bool"); reg<float>("float"); reg<double>("double"); reg<QChar>("QChar");
    reg<QString>("QString"); reg<QByteArray>("QByteArray");
    // Sequences.
    reg<QList<qint32>>("QList<qint32>"); reg<QList<QString>>("QList<QString>");
    reg<QList<double>>("QList<double>"); reg<QList<float>>("QList<float>");
    reg<QList<QByteArray>>("QList<QByteArray>"); reg<QList<bool>>("QList<bool>");
    reg<QList<qint64>>("QList<qint64>"); reg<QList<quint8>>("QList<quint8>");
    reg<QList<QChar>>("QList<QChar>"); reg<QList<quint64>>("QList<quint64>");
    reg<QVector<qint32>>("QVector<qint32>"); reg<QVector<QString>>("QVector<QString>");
    reg<QVector<double>>("QVector<double>"); reg<QVector<quint16>>("QVector<quint16>");
#ifdef QTWRITER_QT5
    reg<QLinkedList<qint32>>("QLinkedList<qint32>"); reg<QLinkedList<QString>>("QLinkedList<QString>");
#else
    reg<QMultiMap<QString, qint32>>("QMultiMap<QString,qint32>");
    reg<QMultiMap<QString, QString>>("QMultiMap<QString,QString>");
    reg<QMultiHash<QString, qint32>>("QMultiHash<QString,qint32>");
#endif
    reg<QSet<qint32>>("QSet<qint32>"); reg<QSet<QString>>("QSet<QString>");
    // Associative containers and pairs.
    reg<QMap<QString, qint32>>("QMap<QString,qint32>"); reg<QMap<qint32, QString>>("QMap<qint32,QString>");
    reg<QMap<QString, QString>>("QMap<QString,QString>"); reg<QMap<qint64, double>>("QMap<qint64,double>");
    reg<QMap<QString, QList<qint32>>>("QMap<QString,QList<qint32>>");
    reg<QHash<QString, qint32>>("QHash<QString,qint32>"); reg<QHash<qint32, QString>>("QHash<qint32,QString>");
    reg<QHash<QString, QList<qint32>>>("QHash<QString,QList<qint32>>");
    reg<QPair<qint32, QString>>("QPair<qint32,QString>"); reg<QPair<QString, double>>("QPair<QString,double>");
    reg<QPair<qint8, quint64>>("QPair<qint8,quint64>");
    // Nesting.
    reg<QList<QList<qint32>>>("QList<QList<qint32>>");
    reg<QList<QMap<QString, qint32>>>("QList<QMap<QString,qint32>>");
    reg<QMap<QString, QMap<QString, qint32>>>("QMap<QString,QMap<QString,qint32>>");
    reg<QList<QPair<QString, qint32>>>("QList<QPair<QString,qint32>>");
    reg<QVector<QVector<double>>>("QVector<QVector<double>>");
    reg<QHash<qint32, QSet<QString>>>("QHash<qint32,QSet<QString>>");
    reg<QPair<QList<qint32>, QMap<QString, QString>>>("QPair<QList<qint32>,QMap<QString,QString>>");

    // QVariants PyQt cannot build: a QByteArrayList, and a QVariant holding a QVariant.
    registry()["QVariant:QByteArrayList"] = [](QDataStream &s, QByteArray &, const QJsonValue &v) {
        s << QVariant::fromValue(Conv<QList<QByteArray>>::from(v));
        return QJsonArray{v, v};
    };
    registry()["QVariant:QVariant<qint32>"] = [](QDataStream &s, QByteArray &, const QJsonValue &v) {
        QVariant inner(Conv<qint32>::from(v));
#ifdef QTWRITER_QT5
        QVariant outer(qMetaTypeId<QVariant>(), &inner);
#else
        QVariant outer(QMetaType::fromType<QVariant>(), &inner);
#endif
        s << outer;
        return QJsonArray{v, v};
    };
    registry()["QVariant:QVariant<QString>"] = [](QDataStream &s, QByteArray &, const QJsonValue &v) {
        QVariant inner(Conv<QString>::from(v));
#ifdef QTWRITER_QT5
        QVariant outer(qMetaTypeId<QVariant>(), &inner);
#else
        QVariant outer(QMetaType::fromType<QVariant>(), &inner);
#endif
        s << outer;
        return QJsonArray{v, v};
    };

    std::string line;
    while (std::getline(std::cin, line)) {
        QStringList f = QString::fromStdString(line).split('\t');
        if (f.size() != 5) die("bad request: " + QString::fromStdString(line));
        auto it = registry().find(f[0].toStdString());
        if (it == registry().end()) die("type not registered: " + f[0]);
        QJsonDocument doc = QJsonDocument::fromJson(("[" + f[4] + "]").toUtf8());
        if (!doc.isArray()) die("bad JSON: " + f[4]);
        QByteArray out;
        QDataStream s(&out, QIODevice::WriteOnly);
        s.setVersion(f[1].toInt());
        s.setByteOrder(f[2] == "l" ? QDataStream::LittleEndian : QDataStream::BigEndian);
        s.setFloatingPointPrecision(f[3] == "s" ? QDataStream::SinglePrecision : QDataStream::DoublePrecision);
        QJsonArray wire = it->second(s, out, doc.array().at(0));
        if (s.status() != QDataStream::Ok) die("stream status not Ok for " + f[0]);
        std::cout << out.toHex().constData() << '\t'
                  << QJsonDocument(QJsonArray{wire[0]}).toJson(QJsonDocument::Compact).constData() << '\t'
                  << QJsonDocument(QJsonArray{wire[1]}).toJson(QJsonDocument::Compact).constData() << '\n';
    }
    return 0;
}
