#!/usr/bin/python3
"""Golden QVariant vectors from real Qt (PyQt5 / Qt 5.15): one line per variant and stream version.

Run with the system Python that has PyQt5:  /usr/bin/python3 generate_qvariants.py > qt5-qvariants.txt
Each line, tab-separated: <stream version> <label> <QVariant::typeName() or -> <userType()> <hex of QDataStream << QVariant>
"""
import fractions
from PyQt5 import sip
from PyQt5.QtCore import (QByteArray, QDataStream, QIODevice, QVariant, QMetaType, QDate, QTime, QDateTime,
                          QUrl, QLocale, QRect, QRectF, QSize, QSizeF, QLine, QLineF, QPoint, QPointF, QUuid,
                          QRegExp, QRegularExpression, QBitArray, Qt, QT_VERSION_STR)
from PyQt5.QtCore import QJsonDocument, QJsonValue
from PyQt5.QtGui import (QColor, QPolygon, QPolygonF, QVector2D, QVector3D, QVector4D, QQuaternion, QMatrix4x4,
                         QTransform, QTextLength)
from PyQt5.QtWidgets import QSizePolicy


def conv(x, t):
    v = QVariant(x)
    assert v.convert(t), (x, t)
    return v


def bits():
    b = QBitArray(10)
    b.setBit(1)
    b.setBit(9)
    return b


def sizepolicy():
    p = QSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
    p.setHorizontalStretch(3)
    return p


CASES = [
    ("invalid", QVariant()),
    ("bool", QVariant(True)),
    ("int", QVariant(-7)),
    ("uint", conv(4000000000, QMetaType.UInt)),
    ("qlonglong", conv(-5000000000, QMetaType.LongLong)),
    ("qulonglong", conv(18000000000000000000, QMetaType.ULongLong)),
    ("double", QVariant(1.25)),
    ("float", conv(1.5, QMetaType.Float)),
    ("long", conv(-3, QMetaType.Long)),
    ("ulong", conv(3, QMetaType.ULong)),
    ("short", conv(-2, QMetaType.Short)),
    ("ushort", conv(65535, QMetaType.UShort)),
    ("char", conv(65, QMetaType.Char)),
    ("schar", conv(-5, QMetaType.SChar)),
    ("uchar", conv(200, QMetaType.UChar)),
    ("qchar", conv(0xe9, QMetaType.QChar)),
    ("string", QVariant("München")),
    ("string-empty", QVariant("")),
    ("string-null", QVariant(QVariant.String)),
    ("bytearray", QVariant(QByteArray(b"\x00\xffab"))),
    ("stringlist", QVariant(["a", "", "b"])),
    ("qstringlist", conv(["a", "", "b"], QMetaType.QStringList)),
    ("hash", conv({"k": QVariant(1.5)}, QMetaType.QVariantHash)),
    ("pyobject-user-type", QVariant(fractions.Fraction(1, 2))),
    ("list", QVariant([QVariant(1), QVariant("x"), QVariant([QVariant(True)])])),
    ("list-empty", QVariant([])),
    ("map", QVariant({"b": QVariant(2), "a": QVariant("one")})),
    ("date", QVariant(QDate(2026, 12, 24))),
    ("date-null", QVariant(QDate())),
    ("time", QVariant(QTime(8, 0, 0, 5))),
    ("datetime", QVariant(QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt.UTC))),
    ("url", QVariant(QUrl("https://qt.io/a b"))),
    ("locale", QVariant(QLocale("de_DE"))),
    ("rect", QVariant(QRect(1, 2, 3, 4))),
    ("rectf", QVariant(QRectF(1.5, 2, 3, 4))),
    ("size", QVariant(QSize(5, 6))),
    ("sizef", QVariant(QSizeF(5.5, 6))),
    ("line", QVariant(QLine(1, 2, 3, 4))),
    ("linef", QVariant(QLineF(1, 2, 3, 4.5))),
    ("point", QVariant(QPoint(-1, 2))),
    ("pointf", QVariant(QPointF(-1.5, 2))),
    ("regexp", QVariant(QRegExp("a+b", Qt.CaseInsensitive))),
    ("regularexpression", QVariant(QRegularExpression("a+b", QRegularExpression.CaseInsensitiveOption))),
    ("uuid", QVariant(QUuid("{12345678-1234-1234-1234-123456789abc}"))),
    ("bitarray", QVariant(bits())),
    ("color", QVariant(QColor(1, 2, 3, 4))),
    ("polygon", QVariant(QPolygon([QPoint(1, 2), QPoint(3, 4)]))),
    ("polygonf", QVariant(QPolygonF([QPointF(1.5, 2)]))),
    ("jsondocument", QVariant(QJsonDocument.fromJson(b'{"a":[1,true,"x"]}'))),
    ("jsonvalue-double", QVariant(QJsonValue(1.5))),
    ("jsonvalue-string", QVariant(QJsonValue("s"))),
    ("jsonvalue-bool", QVariant(QJsonValue(True))),
    ("jsonvalue-null", QVariant(QJsonValue())),
    ("jsonvalue-undefined", QVariant(QJsonValue(QJsonValue.Undefined))),
    ("sizepolicy", QVariant(sizepolicy())),
    ("vector2d", QVariant(QVector2D(1.5, -2))),
    ("vector3d", QVariant(QVector3D(1, 2, 3.25))),
    ("vector4d", QVariant(QVector4D(1, 2, 3, 4))),
    ("quaternion", QVariant(QQuaternion(1, 2, 3, 4))),
    ("matrix4x4", QVariant(QMatrix4x4(*range(1, 17)))),
    ("transform", QVariant(QTransform(1, 2, 3, 4, 5, 6))),
    ("textlength", QVariant(QTextLength(QTextLength.FixedLength, 2.5))),
]

VERSIONS = [("Qt_3_3", QDataStream.Qt_3_3), ("Qt_4_0", QDataStream.Qt_4_0), ("Qt_4_2", QDataStream.Qt_4_2),
            ("Qt_4_6", QDataStream.Qt_4_6), ("Qt_5_0", QDataStream.Qt_5_0), ("Qt_5_15", QDataStream.Qt_5_15)]
# (float precision is Qt's default, double; the single-precision layouts are covered by the properties)


# Keep QVariant as QVariant (PyQt would convert QJsonValue & co. to Python values).
sip.enableautoconversion(QVariant, False)


def encode(v, version):
    ba = QByteArray()
    s = QDataStream(ba, QIODevice.WriteOnly)
    s.setVersion(version)
    s.writeQVariant(v)
    assert s.status() == QDataStream.Ok
    return bytes(ba).hex()


print("# QVariant golden vectors from Qt %s via PyQt5; generated by generate_qvariants.py" % QT_VERSION_STR)
for vname, ver in VERSIONS:
    for label, v in CASES:
        h = encode(v, ver)
        if vname == "Qt_3_3" and h.startswith("00000000") and v.isValid():
            continue  # Qt 3 has no id for this type: Qt writes an invalid variant instead
        print(vname, label, v.typeName() or "-", v.userType(), h, sep="\t")
