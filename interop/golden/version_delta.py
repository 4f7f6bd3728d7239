#!/usr/bin/python3
"""Measures which stream version changes which type's bytes, with the real Qt 6 of this interpreter.

Usage: python3 interop/golden/version_delta.py        (PyQt6; in the sid chroot: Qt 6.11)

Writes a fixed sample of values of every type PyQt6 can stream at every QDataStream::Version this Qt
knows (big-endian, double precision, TZ=UTC), and prints a markdown table: for each type, the wire
numbers at which some value's bytes differ from the previous wire number. docs/wire-format.md's
version-delta table is this output for Qt 6.11.
"""
import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import golden_lib  # noqa: E402

golden_lib.pin_environment()

from PyQt6.QtCore import (QT_VERSION_STR, QBitArray, QByteArray, QDataStream, QDate, QDateTime,  # noqa: E402
                          QIODevice, QLine, QLineF, QLocale, QPoint, QPointF, QRect, QRectF, QRegularExpression,
                          QSize, QSizeF, Qt, QTime, QTimeZone, QUrl, QUuid, QVariant)
from PyQt6.QtGui import QColor, QPolygon, QPolygonF  # noqa: E402

VERSIONS = sorted({int(v) for v in QDataStream.Version.__members__.values()})


def bits(n):
    a = QBitArray(n)
    for i in range(0, n, 3):
        a.setBit(i)
    return a


def sample():
    when = (QDate(2020, 2, 29), QTime(12, 0))
    return {
        "qint8": [lambda s: s.writeInt8(-1)], "qint64": [lambda s: s.writeInt64(-2)],
        "bool": [lambda s: s.writeBool(True)], "float": [lambda s: s.writeFloat(0.1)],
        "double": [lambda s: s.writeDouble(0.1)],
        "QString": [lambda s: s.writeQString("h\u00e9"), lambda s: s.writeQString(None)],
        "QByteArray": [lambda s: s << QByteArray(b"ab"), lambda s: s << QByteArray()],
        "const char*": [lambda s: s.writeString(b"ab")], "bytes": [lambda s: s.writeBytes(b"ab")],
        "QStringList": [lambda s: s.writeQStringList(["a", "b"])],
        "QBitArray": [lambda s: s << bits(10)],
        "QDate": [lambda s: s << QDate(2020, 2, 29), lambda s: s << QDate()],
        "QTime": [lambda s: s << QTime(12, 0), lambda s: s << QTime()],
        "QDateTime LocalTime": [lambda s: s << QDateTime(*when, Qt.TimeSpec.LocalTime)],
        "QDateTime UTC": [lambda s: s << QDateTime(*when, Qt.TimeSpec.UTC)],
        "QDateTime OffsetFromUTC": [lambda s: s << QDateTime(*when, Qt.TimeSpec.OffsetFromUTC, 3600)],
        "QDateTime TimeZone": [lambda s: s << QDateTime(*when, QTimeZone(b"Europe/Berlin"))],
        "QTimeZone": [lambda s: s << QTimeZone(b"Europe/Berlin"), lambda s: s << QTimeZone(3600)],
        "QTimeZone UTC, LocalTime": [lambda s: s << QTimeZone(QTimeZone.Initialization.UTC),
                                     lambda s: s << QTimeZone(QTimeZone.Initialization.LocalTime)],
        "QDateTime in QTimeZone UTC, LocalTime": [
            lambda s: s << QDateTime(*when, QTimeZone(QTimeZone.Initialization.UTC)),
            lambda s: s << QDateTime(*when, QTimeZone(QTimeZone.Initialization.LocalTime))],
        "QUrl": [lambda s: s << QUrl("https://qt.io/")], "QUuid": [lambda s: s << QUuid("{67c8770b-44f1-410a-ab9a-f9b5446f13ee}")],
        "QLocale": [lambda s: s << QLocale("de_DE")],
        "QRegularExpression": [lambda s: s << QRegularExpression("a+")],
        "QPoint": [lambda s: s << QPoint(1, 2)], "QPointF": [lambda s: s << QPointF(0.5, 1)],
        "QSize": [lambda s: s << QSize(1, 2)], "QRect": [lambda s: s << QRect(1, 2, 3, 4)],
        "QRectF": [lambda s: s << QRectF(0.5, 1, 2, 3)], "QLine": [lambda s: s << QLine(1, 2, 3, 4)],
        "QLineF": [lambda s: s << QLineF(0.5, 1, 2, 3)], "QSizeF": [lambda s: s << QSizeF(0.5, 1)],
        "QPolygon": [lambda s: s << QPolygon([QPoint(1, 2)])], "QPolygonF": [lambda s: s << QPolygonF([QPointF(1, 2)])],
        "QColor": [lambda s: s << QColor(1, 2, 3, 4)],
        "QVariant(int)": [lambda s: s.writeQVariant(QVariant(7))],
        "QVariant(QString)": [lambda s: s.writeQVariant(QVariant("x"))],
        "QVariant(QColor)": [lambda s: s.writeQVariant(QVariant(QColor(1, 2, 3)))],
        "QVariant(QUuid)": [lambda s: s.writeQVariant(QVariant(QUuid()))],
        "QVariant invalid": [lambda s: s.writeQVariant(QVariant())],
        "QVariantList": [lambda s: s.writeQVariantList([QVariant(1)])],
        "QVariantMap": [lambda s: s.writeQVariantMap({"a": QVariant(1)})],
    }


def write(fn, version):
    data = QByteArray()
    stream = QDataStream(data, QIODevice.OpenModeFlag.WriteOnly)
    stream.setVersion(version)
    fn(stream)
    return bytes(data).hex() if stream.status() == QDataStream.Status.Ok else "status%d" % stream.status().value


def main():
    print("Qt %s, wire numbers %d..%d" % (QT_VERSION_STR, VERSIONS[0], VERSIONS[-1]))
    print("| type | wire numbers whose bytes differ from the number before |")
    print("|---|---|")
    for name, writers in sample().items():
        changes = []
        previous = None
        for version in VERSIONS:
            out = [write(fn, version) for fn in writers]
            if previous is not None and out != previous:
                changes.append(str(version))
            previous = out
        print("| `%s` | %s |" % (name, ", ".join(changes)))


if __name__ == "__main__":
    main()
