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

Run with /usr/bin/python3 (the interpreter that has PyQt5).
"""

import json
import os
import resource
import struct
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "golden"))
from wire import date_json, double_json, float_json, parse_type, time_json  # noqa: E402

from PyQt5.QtCore import (QBitArray, QByteArray, QDataStream, QDate, QLine, QLineF, QPoint,  # noqa: E402
                          QPointF, QRect, QRectF, QSize, QSizeF, QTime, QUuid, QVariant)
from PyQt5.QtCore import QDateTime, QLocale, QRegExp, QRegularExpression, QTimeZone, QUrl  # noqa: E402
from PyQt5.QtGui import QColor, QPolygon, QPolygonF  # noqa: E402  (QtGui also registers its types with QVariant)

# Types compared by verdict and length only: their wire fields do not survive Qt's objects
# (QDateTime converts, QUrl normalises, ...), so only whether and how far Qt reads them counts.
OPAQUE = {"QDateTime": QDateTime, "QUrl": QUrl, "QLocale": QLocale, "QColor": QColor, "QPolygon": QPolygon,
          "QPolygonF": QPolygonF, "QRegExp": QRegExp, "QRegularExpression": QRegularExpression,
          "QTimeZone": QTimeZone}

# A huge reserve(n) fails at once (Qt aborts) instead of touching hundreds of MB: 1 GiB of
# address space is plenty for PyQt5 with QtGui (about 90 MB).
resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))

OK = QDataStream.Ok
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
        self.stream.setByteOrder(QDataStream.BigEndian if big else QDataStream.LittleEndian)
        self.stream.setFloatingPointPrecision(
            QDataStream.SinglePrecision if single else QDataStream.DoublePrecision)
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
        raw = inp.data[start:inp.pos()]
        order = ">" if inp.big else "<"
        if struct.unpack(order + "I", raw[:4])[0] == 0xFFFFFFFF:
            return None
        units = struct.unpack(order + "%dH" % ((len(raw) - 4) // 2), raw[4:])
        return "".join(chr(u) for u in units)
    if name == "QByteArray":
        b = streamed(inp, QByteArray())
        return None if b.isNull() else bytes(b).hex()
    if name == "const char*":
        start = inp.pos()
        b = s.readString()
        inp.check()
        # PyQt cuts the char* at its first NUL; Qt's value is every byte the length counted but the last.
        return None if b is None else inp.data[start + 4:inp.pos() - 1].hex()
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
        streamed(inp, OPAQUE[name]())
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
        n = s.readUInt32()
        inp.check()
        out = []
        for _ in range(n):
            out.append(read(args[0], inp))
        return out
    if name in ASSOCIATIVE:
        n = s.readUInt32()
        inp.check()
        out = []
        for _ in range(n):
            k = read(args[0], inp)
            out.append([k, read(args[1], inp)])
        return out
    if name == "QPair":
        return [read(args[0], inp), read(args[1], inp)]
    raise ValueError("qt_decode.py does not know type " + name)


def verdict(status):
    return {QDataStream.ReadPastEnd: "truncated", QDataStream.ReadCorruptData: "corrupt"}.get(status, "status%d" % status)


def main():
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
