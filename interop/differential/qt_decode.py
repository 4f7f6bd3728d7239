#!/usr/bin/python3
"""Real Qt's verdict on QDataStream inputs, for the differential check (fuzz QtDifferentialTest).

Reads JSON lines on stdin:
    {"id": 7, "type": "QList<QString>", "version": 13, "byteOrder": "big",
     "floatPrecision": "double", "hex": "00000001..."}
and prints one JSON line per input, flushed at once:
    {"id": 7, "verdict": "ok" | "truncated" | "corrupt", "consumed": 9, "value": ...}
"truncated" is QDataStream::ReadPastEnd, "corrupt" ReadCorruptData; the value (only for "ok") is
in the JSON form of docs/json-values.md. If Qt crashes on an input (Qt 5.15 aborts on some huge
counts), the process dies before printing its line: the caller sees which input it was.

Every value is read by Qt's own operator>> through PyQt5, except the template containers
(QList<T>, QMap<K,V>, ...), which PyQt5 cannot instantiate: their loop is Qt 5.15's
readArrayBasedContainer / readListBasedContainer / readAssociativeContainer (qdatastream.h) written
out in Python, reading each element with Qt. QStringList, QVariantList and QVariantMap are read by
Qt itself. A QString's text is taken from the bytes Qt consumed (PyQt cannot hand over lone
surrogates or tell a null QString from an empty one), and so are a const char*'s bytes (PyQt
stops at the first NUL). For QVariant only the type name is given; for QDateTime, QUrl, QLocale,
QColor, QPolygon(F), QRegExp, QRegularExpression and QTimeZone no value (verdict and length only).

Run with /usr/bin/python3 (the interpreter that has PyQt5). With --qt6 it reads with PyQt6 instead
(Qt 6: Qt 6.11 in the sid chroot, `interop/qt/run.sh sid /usr/bin/python3
interop/differential/qt_decode.py --qt6`), the template container loops are Qt 6's (readQSizeType
counts; a negative one is SizeLimitExceeded), and a verdict can also be "limit"
(QDataStream::SizeLimitExceeded). The first output line is {"qt": "<version>"}.
"""

import json
import os
import resource
import struct
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "golden"))
from wire import date_json, double_json, float_json, parse_type, time_json  # noqa: E402

# --qt6: PyQt6 (Qt 6, e.g. 6.11 in the sid chroot); default PyQt5 (Qt 5.15).
QT6 = "--qt6" in sys.argv[1:]
if QT6:
    from PyQt6.QtCore import (QT_VERSION_STR, QBitArray, QByteArray, QDataStream, QDate, QDateTime, QLine,  # noqa: E402
                              QLineF, QLocale, QPoint, QPointF, QRect, QRectF, QRegularExpression, QSize, QSizeF,
                              QTime, QTimeZone, QUrl, QUuid, QVariant)
    from PyQt6.QtGui import QColor, QPolygon, QPolygonF  # noqa: E402  (QtGui registers its types with QVariant)
    QRegExp = None
    Status, ByteOrder, Precision = QDataStream.Status, QDataStream.ByteOrder, QDataStream.FloatingPointPrecision
else:
    from PyQt5.QtCore import (QT_VERSION_STR, QBitArray, QByteArray, QDataStream, QDate, QLine, QLineF,  # noqa: E402
                              QPoint, QPointF, QRect, QRectF, QSize, QSizeF, QTime, QUuid, QVariant)
    from PyQt5.QtCore import QDateTime, QLocale, QRegExp, QRegularExpression, QTimeZone, QUrl  # noqa: E402
    from PyQt5.QtGui import QColor, QPolygon, QPolygonF  # noqa: E402  (QtGui also registers its types with QVariant)
    Status, ByteOrder, Precision = QDataStream, QDataStream, QDataStream

# Types compared by verdict and length only: their wire fields do not survive Qt's objects
# (QDateTime converts, QUrl normalises, ...), so only whether and how far Qt reads them counts.
OPAQUE = {"QDateTime": QDateTime, "QUrl": QUrl, "QLocale": QLocale, "QColor": QColor, "QPolygon": QPolygon,
          "QPolygonF": QPolygonF, "QRegularExpression": QRegularExpression, "QTimeZone": QTimeZone}
if QRegExp is not None:
    OPAQUE["QRegExp"] = QRegExp

# A huge reserve(n) fails at once (Qt aborts) instead of touching hundreds of MB: 1 GiB of
# address space is plenty for PyQt5 with QtGui (about 90 MB).
resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))

OK = Status.Ok
NULL_CODE, EXTENDED_SIZE, QT_6_0, QT_6_7 = 0xFFFFFFFF, 0xFFFFFFFE, 20, 22
SEQUENCES = ("QList", "QVector", "QLinkedList", "QSet")
ASSOCIATIVE = ("QMap", "QHash")
SCALARS = {
    "qint8": "readInt8", "quint8": "readUInt8", "qint16": "readInt16", "quint16": "readUInt16",
    "qint32": "readInt32", "quint32": "readUInt32",
}


class Failed(Exception):
    """The stream's status is no longer Ok: the value is discarded, only the verdict counts."""


class Input:
    def __init__(self, data, version, big, single):
        self.data = data
        self.buffer = QByteArray(data)
        self.stream = QDataStream(self.buffer)
        self.stream.setVersion(version)
        self.stream.setByteOrder(ByteOrder.BigEndian if big else ByteOrder.LittleEndian)
        self.stream.setFloatingPointPrecision(Precision.SinglePrecision if single else Precision.DoublePrecision)
        self.version = version
        self.big = big

    def pos(self):
        return self.stream.device().pos()

    def check(self):
        if self.stream.status() != OK:
            raise Failed()


def streamed(inp, obj):
    inp.stream >> obj
    inp.check()
    return obj


def read(t, inp):
    name, args = t
    s = inp.stream
    if name in SCALARS:
        v = getattr(s, SCALARS[name])()
        inp.check()
        return v
    if name in ("qint64", "quint64"):
        v = s.readInt64() if name == "qint64" else s.readUInt64()
        inp.check()
        return str(v)
    if name == "bool":
        v = s.readBool()
        inp.check()
        return bool(v)
    if name == "float":
        v = s.readFloat()
        inp.check()
        return float_json(struct.unpack(">I", struct.pack(">f", v))[0])
    if name == "double":
        v = s.readDouble()
        inp.check()
        return double_json(struct.unpack(">Q", struct.pack(">d", v))[0])
    if name == "QChar":
        v = s.readUInt16()  # operator>>(QChar&) reads one quint16
        inp.check()
        return chr(v)
    if name == "QString":
        start = inp.pos()
        text = s.readQString()
        inp.check()
        if inp.version == 1:
            return text
        header, size = size_field(inp, start)
        if size < 0:
            return None
        raw = inp.data[start + header:inp.pos()]
        units = struct.unpack(("<" if not inp.big else ">") + "%dH" % (len(raw) // 2), raw)
        return "".join(chr(u) for u in units)
    if name == "QByteArray":
        b = streamed(inp, QByteArray())
        return None if b.isNull() else bytes(b).hex()
    if name == "const char*":
        start = inp.pos()
        b = s.readString()
        inp.check()
        # PyQt cuts the char* at its first NUL; Qt's value is every byte the length counted but the last.
        header, _ = size_field(inp, start)
        return None if b is None else inp.data[start + header:inp.pos() - 1].hex()
    if name == "bytes":  # QDataStream::readBytes (what writeBytes wrote): a size field, the bytes
        start = inp.pos()
        s.readBytes()
        inp.check()
        header, _ = size_field(inp, start)
        return inp.data[start + header:inp.pos()].hex()
    if name == "QStringList":
        v = s.readQStringList()
        inp.check()
        return list(v)
    if name == "QDate":
        d = streamed(inp, QDate())
        # QDate::isNull() is "not valid" in Qt 5; the null date on the wire is nullJd (0 before Qt_5_0).
        return None if d.toJulianDay() == -(1 << 63) else date_json(d.toJulianDay())
    if name == "QTime":
        t = streamed(inp, QTime())
        return None if t.isNull() else time_json(t.msecsSinceStartOfDay() & 0xFFFFFFFF)
    if name == "QBitArray":
        b = streamed(inp, QBitArray())
        return "".join("1" if b.testBit(i) else "0" for i in range(b.size()))
    if name == "QUuid":
        u = streamed(inp, QUuid())
        return u.toString()[1:-1].lower()
    if name == "QPoint":
        p = streamed(inp, QPoint())
        return [p.x(), p.y()]
    if name == "QSize":
        p = streamed(inp, QSize())
        return [p.width(), p.height()]
    if name == "QRect":
        r = streamed(inp, QRect())
        return [r.left(), r.top(), r.right(), r.bottom()]
    if name == "QLine":
        ln = streamed(inp, QLine())
        return [ln.x1(), ln.y1(), ln.x2(), ln.y2()]
    if name in ("QPointF", "QSizeF", "QRectF", "QLineF"):
        obj = streamed(inp, {"QPointF": QPointF, "QSizeF": QSizeF, "QRectF": QRectF, "QLineF": QLineF}[name]())
        parts = {"QPointF": lambda o: [o.x(), o.y()], "QSizeF": lambda o: [o.width(), o.height()],
                 "QRectF": lambda o: [o.x(), o.y(), o.width(), o.height()],
                 "QLineF": lambda o: [o.x1(), o.y1(), o.x2(), o.y2()]}[name](obj)
        return [double_json(struct.unpack(">Q", struct.pack(">d", x))[0]) for x in parts]
    if name in OPAQUE:
        obj = streamed(inp, OPAQUE[name]())
        if QT6 and name == "QDateTime":
            return {"spec": obj.timeSpec().name}  # Qt's reading of the spec (Qt_5_0: 2, 3 read as UTC)
        return None
    if name == "QVariant":
        v = streamed(inp, QVariant())
        return {"type": v.typeName() if v.isValid() else "invalid"}
    if name in ("QVariantList", "QVariantMap", "QVariantHash"):
        reader = {"QVariantList": s.readQVariantList, "QVariantMap": s.readQVariantMap,
                  "QVariantHash": s.readQVariantHash}[name]
        reader()
        inp.check()
        return None  # verdict and length only
    if name in SEQUENCES:
        n = read_count(inp)
        out = []
        for _ in range(n):
            out.append(read(args[0], inp))
        return out
    if name in ASSOCIATIVE:
        n = read_count(inp)
        out = []
        for _ in range(n):
            k = read(args[0], inp)
            out.append([k, read(args[1], inp)])
        return out
    if name == "QPair":
        return [read(args[0], inp), read(args[1], inp)]
    raise ValueError("qt_decode.py does not know type " + name)


def size_field(inp, start):
    """(header bytes, size) of the size field Qt read at start, as QDataStream::readQSizeType."""
    order = ">" if inp.big else "<"
    first = struct.unpack(order + "I", inp.data[start:start + 4])[0]
    if first == NULL_CODE:
        return 4, -1
    if QT6 and first == EXTENDED_SIZE and inp.version >= QT_6_7:
        return 12, struct.unpack(order + "q", inp.data[start + 4:start + 12])[0]
    return 4, first


def read_count(inp):
    """A template container's count. Qt 5.15: a quint32. Qt 6: QDataStream::readQSizeType, and a
    negative size (the null code, or a negative extended size) is SizeLimitExceeded (qdatastream.h,
    readArrayBasedContainer / readListBasedContainer / readAssociativeContainer)."""
    s = inp.stream
    n = s.readUInt32()
    inp.check()
    if not QT6:
        return n
    if n == NULL_CODE:
        n = -1
    elif n == EXTENDED_SIZE and inp.version >= QT_6_7:
        n = s.readInt64()
        inp.check()
    if n < 0:
        s.setStatus(Status.SizeLimitExceeded)
        inp.check()
    return n


def verdict(status):
    return {Status.ReadPastEnd: "truncated", Status.ReadCorruptData: "corrupt",
            getattr(Status, "SizeLimitExceeded", None): "limit"}.get(status, "status%d" % int(getattr(status, "value", status)))


def main():
    sys.stdout.write(json.dumps({"qt": QT_VERSION_STR}) + "\n")
    sys.stdout.flush()
    for line in sys.stdin:
        if not line.strip():
            continue
        q = json.loads(line)
        inp = Input(bytes.fromhex(q["hex"]), q["version"], q.get("byteOrder", "big") == "big",
                    q.get("floatPrecision", "double") == "single")
        out = {"id": q["id"]}
        try:
            value = read(parse_type(q["type"]), inp)
            out.update(verdict="ok", consumed=inp.pos(), value=value)
        except Failed:
            out.update(verdict=verdict(inp.stream.status()))
        sys.stdout.write(json.dumps(out) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
