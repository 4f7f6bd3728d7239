#!/usr/bin/python3
"""QVariant conversions as real Qt performs them: QVariant(x).toInt(&ok), toDouble(&ok), toString(), ...

Usage: /usr/bin/python3 interop/values/conversions.py 5|6 > OUT
       (5: PyQt5 / Qt 5.15; 6: PyQt6, the host's Qt 6.4 or, in a chroot, Qt 6.8 / 6.11)
The committed outputs are codec/src/test/resources/io/github/qdatastream/codec/values/qt{5,6}-conversions.txt;
QVariantConversionsTest checks QVariant.toInt() etc. against them. interop/values/check.sh regenerates them.

Each input variant is built with Qt's own API and written with QDataStream (Qt_5_15), so the Java side
reads exactly the variant Qt converted. A conversion is QVariant::convert() on a copy, then value():
convert() returns the same ok flag as toInt(&ok) for every input below (they differ only for null
variants whose conversion would succeed, and the null inputs here fail either way).

One line per input, tab-separated:
  label  variant-hex  toBool  toInt  toUInt  toLongLong  toULongLong  toDouble  toString
where a numeric column is value:ok (ok 1 or 0; toDouble's value is the 16 hex digits of the IEEE bits,
toULongLong's unsigned decimal) and toString is the hex of the UTF-8 text.
"""
import math
import struct
import sys

QT = sys.argv[1] if len(sys.argv) > 1 else "5"
if QT == "5":
    from PyQt5.QtCore import (QT_VERSION_STR, QByteArray, QDataStream, QDate, QDateTime, QIODevice, QMetaType,
                              QTime, QVariant, Qt)

    def mt(name):
        return getattr(QMetaType, name)

    def convert(v, t):
        return v.convert(t)

    VERSION = QDataStream.Qt_5_15
    WRITE = QIODevice.WriteOnly
    UTC = Qt.UTC
else:
    from PyQt6.QtCore import (QT_VERSION_STR, QByteArray, QDataStream, QDate, QDateTime, QIODevice, QMetaType,
                              QTime, QVariant, Qt)

    def mt(name):
        return QMetaType(getattr(QMetaType.Type, name).value)

    def convert(v, t):
        return v.convert(t)

    VERSION = QDataStream.Version.Qt_5_15
    WRITE = QIODevice.OpenModeFlag.WriteOnly
    UTC = Qt.TimeSpec.UTC


def typed(x, name):
    v = QVariant(x)
    assert convert(v, mt(name)), (x, name)
    return v


def null_string():
    # PyQt turns None into an invalid variant. Qt 5: QVariant(QVariant::String) is a null QString;
    # Qt 6: a failed conversion of the invalid variant leaves one.
    if QT == "5":
        w = QVariant(QVariant.String)
    else:
        w = QVariant()
        assert not convert(w, mt("QString"))
    assert w.typeName() == "QString" and w.isNull(), w.typeName()
    return w


CASES = [
    ("invalid", QVariant()),
    ("bool-true", QVariant(True)),
    ("bool-false", QVariant(False)),
    ("int-0", typed(0, "Int")),
    ("int-7", typed(7, "Int")),
    ("int--7", typed(-7, "Int")),
    ("int-max", typed(2147483647, "Int")),
    ("int-min", typed(-2147483648, "Int")),
    ("uint-4000000000", typed(4000000000, "UInt")),
    ("longlong--5000000000", typed(-5000000000, "LongLong")),
    ("longlong-5000000000", typed(5000000000, "LongLong")),
    ("longlong--1", typed(-1, "LongLong")),
    ("ulonglong-18000000000000000000", typed(18000000000000000000, "ULongLong")),
    ("ulonglong-7", typed(7, "ULongLong")),
    ("short--2", typed(-2, "Short")),
    ("ushort-65535", typed(65535, "UShort")),
    ("char-65", typed(65, "Char")),
    ("schar--5", typed(-5, "SChar")),
    ("uchar-200", typed(200, "UChar")),
    ("long--3", typed(-3, "Long")),
    ("double-0", QVariant(0.0)),
    ("double-1.5", QVariant(1.5)),
    ("double-2.5", QVariant(2.5)),
    ("double--2.5", QVariant(-2.5)),
    ("double--0.4", QVariant(-0.4)),
    ("double-3.999", QVariant(3.999)),
    ("double-0.1", QVariant(0.1)),
    ("double-1e10", QVariant(1e10)),
    ("double--1e10", QVariant(-1e10)),
    ("double-1e20", QVariant(1e20)),
    ("double--1e20", QVariant(-1e20)),
    ("double-1e19", QVariant(1e19)),
    ("double-2.5e9", QVariant(2.5e9)),
    ("double-nan", QVariant(math.nan)),
    ("double--inf", QVariant(-math.inf)),
    ("double-inf", QVariant(math.inf)),
    ("double-123456789.125", QVariant(123456789.125)),
    ("double-100000", QVariant(100000.0)),
    ("double-1e15", QVariant(1e15)),
    ("double-1e16", QVariant(1e16)),
    ("double-1234567", QVariant(1234567.0)),
    ("double-12345678901", QVariant(12345678901.0)),
    ("double-0.0001", QVariant(0.0001)),
    ("double-0.00001", QVariant(0.00001)),
    ("double-0.000123", QVariant(0.000123)),
    ("double-1.25e-7", QVariant(1.25e-7)),
    ("double-5e-324", QVariant(5e-324)),
    ("double--0", QVariant(-0.0)),
    ("double-1.7976931348623157e308", QVariant(1.7976931348623157e308)),
    ("double-0.49999999999999994", QVariant(0.49999999999999994)),
    ("double-4294967295.5", QVariant(4294967295.5)),
    ("float-1.5", typed(1.5, "Float")),
    ("float-0.1", typed(0.1, "Float")),
    ("string-empty", QVariant("")),
    ("string-null", null_string()),
    ("string-42", QVariant("42")),
    ("string- 42 ", QVariant(" 42 ")),
    ("string--7", QVariant("-7")),
    ("string-+3", QVariant("+3")),
    ("string-1.5", QVariant("1.5")),
    ("string-1e3", QVariant("1e3")),
    ("string-0x10", QVariant("0x10")),
    ("string-010", QVariant("010")),
    ("string-5000000000", QVariant("5000000000")),
    ("string-4000000000", QVariant("4000000000")),
    ("string-true", QVariant("true")),
    ("string-false", QVariant("false")),
    ("string-FALSE", QVariant("FALSE")),
    ("string-0", QVariant("0")),
    ("string-0.0", QVariant("0.0")),
    ("string- ", QVariant(" ")),
    ("string-abc", QVariant("abc")),
    ("string-1,5", QVariant("1,5")),
    ("string-inf", QVariant("inf")),
    ("string-nan", QVariant("nan")),
    ("bytearray-42", QVariant(QByteArray(b"42"))),
    ("bytearray-1.5", QVariant(QByteArray(b"1.5"))),
    ("bytearray-false", QVariant(QByteArray(b"false"))),
    ("bytearray-empty", QVariant(QByteArray(b""))),
    ("bytearray-utf8", QVariant(QByteArray("M\u00fcnchen".encode("utf-8")))),
    ("qchar-A", typed(65, "QChar")),
    ("qchar-7", typed(55, "QChar")),
    ("date", QVariant(QDate(2026, 12, 24))),
    ("time", QVariant(QTime(8, 5, 3, 7))),
    ("datetime-utc", QVariant(QDateTime(QDate(2026, 12, 24), QTime(8, 5, 3, 7), UTC))),
    ("stringlist-1", typed(["a"], "QStringList")),
    ("stringlist-2", typed(["a", "b"], "QStringList")),
]


def variant_hex(v):
    ba = QByteArray()
    s = QDataStream(ba, WRITE)
    s.setVersion(VERSION)
    s << v
    assert s.status() == QDataStream.Status.Ok if QT != "5" else s.status() == QDataStream.Ok
    return bytes(ba).hex()


def conv(v, name):
    w = QVariant(v)
    ok = convert(w, mt(name))
    return w.value(), ok


def main():
    print("# QVariant conversions of Qt %s via PyQt%s; generated by interop/values/conversions.py" % (QT_VERSION_STR, QT))
    for label, v in CASES:
        b, _ = conv(v, "Bool")
        cols = [label, variant_hex(v), "1" if b else "0"]
        for name, mask in (("Int", None), ("UInt", None), ("LongLong", None), ("ULongLong", (1 << 64) - 1)):
            x, ok = conv(v, name)
            x = int(x) if x is not None else 0
            cols.append("%d:%d" % (x & mask if mask else x, 1 if ok else 0))
        d, ok = conv(v, "Double")
        d = float(d) if d is not None else 0.0
        cols.append("%s:%d" % (struct.pack(">d", d).hex(), 1 if ok else 0))
        s, _ = conv(v, "QString")
        cols.append((s or "").encode("utf-8").hex())
        print("\t".join(cols))


main()
