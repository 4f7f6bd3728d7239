#!/usr/bin/python3
"""Golden QDataStream vectors written by real Qt 6 (PyQt6 plus cpp/qtwriter.cpp built against Qt6Core).

Usage: /usr/bin/python3 interop/golden/generate_qt6.py [OUTPUT]
       (default OUTPUT: harness/src/test/resources/golden/golden-qt6.jsonl)

Needs python3-pyqt6 and qt6-base-dev (Debian bookworm: Qt 6.4.2). Qt 6.4 writes the stream versions
Qt_6_0 .. Qt_6_4 (all wire number 20); every vector at one of them is labelled with each name. It
also writes Qt_4_0 and Qt_5_15 as Qt 6 does (Qt 6's own QMap order, its QVariant id mapping), which
the Qt 5 file cannot show. Same format, pinning and rules as generate.py; see docs/golden-vectors.md.
"""

import os
import random
import shutil
import sys
import tempfile

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import golden_lib  # noqa: E402
from golden_lib import Golden, as_units, utf16_hex, version_number  # noqa: E402

golden_lib.pin_environment()

from PyQt6.QtCore import (QT_VERSION_STR, QBitArray, QByteArray, QDataStream, QDate, QDateTime,  # noqa: E402
                          QIODevice, QLine, QLineF, QLocale, QMetaType, QPoint, QPointF, QRect, QRectF,
                          QRegularExpression, QSize, QSizeF, Qt, QTime, QTimeZone, QUrl, QUuid, QVariant)
from PyQt6.QtGui import QColor, QPolygon, QPolygonF  # noqa: E402

import wire  # noqa: E402

QT_MINOR = int(QT_VERSION_STR.split(".")[1])
# Qt 6.4 (Debian bookworm): golden-qt6.jsonl; Qt 6.8 (trixie), Qt 6.11 (sid): golden-qt6.<minor>.jsonl.
DEFAULT_OUTPUT = os.path.join(golden_lib.RESOURCES, "golden-qt6.jsonl" if QT_MINOR == 4
                              else "golden-qt6.%d.jsonl" % QT_MINOR)
# The Qt 6 versions this Qt knows (Qt 6.4: Qt_6_0 .. Qt_6_4), and older ones as Qt 6 writes them.
QT6_VERSIONS = ["Qt_6_%d" % minor for minor in range(0, QT_MINOR + 1) if "Qt_6_%d" % minor in golden_lib.WIRE_NUMBERS]
# Qt 6.4 writes Qt_4_0 and Qt_5_15 besides its own; Qt 6.8 and later every older version too, so the
# 6.8 and 6.11 sets hold every stream version Qt_1_0 .. Qt_6_<minor> as that Qt writes it.
CROSS_VERSIONS = (["Qt_4_0", "Qt_5_15"] if QT_MINOR < 8
                  else [name for name in golden_lib.WIRE_NUMBERS if not name.startswith("Qt_6")])
LITTLE_CROSS = [] if QT_MINOR < 8 else ["Qt_1_0", "Qt_3_3", "Qt_4_0", "Qt_4_6", "Qt_5_0", "Qt_5_1", "Qt_5_2", "Qt_5_15"]

rng = random.Random(20261121)


def standard(precisions=("double",)):
    """Every Qt 6 version big-endian, the first and last little-endian, Qt_4_0 and Qt_5_15 big-endian."""
    out = [(v, "big", p) for v in QT6_VERSIONS + CROSS_VERSIONS for p in precisions]
    out += [(v, "little", p) for v in sorted({QT6_VERSIONS[0], QT6_VERSIONS[-1]} | set(LITTLE_CROSS))
            for p in precisions]
    return out


def random_options():
    return (rng.choice(QT6_VERSIONS), rng.choice(["big", "little"]), rng.choice(["double", "single"]))


def open_stream(options):
    version, order, precision = options
    data = QByteArray()
    stream = QDataStream(data, QIODevice.OpenModeFlag.WriteOnly)
    stream.setVersion(version_number(version))
    stream.setByteOrder(QDataStream.ByteOrder.BigEndian if order == "big" else QDataStream.ByteOrder.LittleEndian)
    stream.setFloatingPointPrecision(QDataStream.FloatingPointPrecision.DoublePrecision if precision == "double"
                                     else QDataStream.FloatingPointPrecision.SinglePrecision)

    def finish():
        if stream.status() != QDataStream.Status.Ok:
            raise AssertionError("Qt failed to write at %s" % (options,))
        return bytes(data)
    return finish, stream


INT_WRITERS = {"qint8": ("writeInt8", 8, True), "quint8": ("writeUInt8", 8, False),
               "qint16": ("writeInt16", 16, True), "quint16": ("writeUInt16", 16, False),
               "qint32": ("writeInt32", 32, True), "quint32": ("writeUInt32", 32, False),
               "qint64": ("writeInt64", 64, True), "quint64": ("writeUInt64", 64, False)}


def gen_scalars(g):
    for type_expr, (writer, bits, signed) in INT_WRITERS.items():
        low, high = (-(1 << (bits - 1)), (1 << (bits - 1)) - 1) if signed else (0, (1 << bits) - 1)
        for value in sorted({0, 1, low, high, low + 1, high - 1}) + [rng.randint(low, high) for _ in range(5)]:
            expected = str(value) if bits == 64 else value
            for options in standard():
                g.pyqt(type_expr, options, lambda s, v=value, w=writer: getattr(s, w)(v), expected)
    for value in (False, True):
        for options in standard():
            g.pyqt("bool", options, lambda s, v=value: s.writeBool(v), value)
    for bits in [0x00000000, 0x80000000, 0x3F800000, 0x00000001, 0x7F7FFFFF, 0x7F800000, 0xFF800000, 0x7FC00000,
                 0x7FC00001, 0x7FA00000, 0x3DCCCCCD]:
        for options in standard(("double", "single")):
            g.cpp("float", options, "%08x" % bits)
    for bits in [0x0000000000000000, 0x8000000000000000, 0x3FF0000000000000, 0x0000000000000001,
                 0x7FEFFFFFFFFFFFFF, 0x7FF0000000000000, 0x7FF8000000000000, 0x7FF8000000000001,
                 0x7FF4000000000000, 0x3FB999999999999A, 0x36A0000000000000]:
        for options in standard(("double", "single")):
            g.cpp("double", options, "%016x" % bits)
    for unit in (0, 0x41, 0xE9, 0xD800, 0xDC00, 0xFFFF):
        for options in standard():
            g.cpp("QChar", options, unit, chr(unit))


STRINGS = [None, "", "a", "M\u00fcnchen", "\U0001F600", "\udc00", "a\ud800b", "\x00", "x" * 40]


def gen_strings(g):
    for text in STRINGS:
        for options in standard():
            g.pyqt("QString", options, lambda s, t=text: s.writeQString(t), as_units(text))
            g.cpp("QString", options, None if text is None else utf16_hex(text), as_units(text))
    for values in [[], [""], ["a", None, "\U0001F600"]]:
        for options in standard():
            g.pyqt("QStringList", options, lambda s, v=values: s.writeQStringList(v), [as_units(t) for t in values])
    for data in [None, b"", b"\x00\xff", bytes(range(32))]:
        for options in standard():
            qba = QByteArray() if data is None else QByteArray(data)
            g.pyqt("QByteArray", options, lambda s, b=qba: s << b, None if data is None else data.hex())
    for data in [None, b"", b"abc"]:
        for options in standard():
            g.pyqt("const char*", options, lambda s, b=data: s.writeString(b), None if data is None else data.hex())
    for data in [b"", b"abc"]:
        for options in standard():
            g.pyqt("bytes", options, lambda s, b=data: s.writeBytes(b), data.hex())
    for bits in ["", "1", "10110", "1" * 9, "10" * 20]:
        array = QBitArray(len(bits))
        for i, bit in enumerate(bits):
            array.setBit(i, bit == "1")
        for options in standard():
            g.pyqt("QBitArray", options, lambda s, a=array: s << a, bits)


def gen_dates(g):
    for jd in [None, 0, 1, -1, 2299161, 2440588, 2451545, 5373484, 5373485, -784350574879, 784354017364, 1 << 32]:
        date = QDate() if jd is None else QDate.fromJulianDay(jd)
        for options in standard():
            g.pyqt("QDate", options, lambda s, d=date: s << d)
    for time in [QTime(), QTime(0, 0), QTime(23, 59, 59, 999), QTime(12, 34, 56, 789)]:
        for options in standard():
            g.pyqt("QTime", options, lambda s, t=time: s << t)
    zones = [QTimeZone(b"Europe/Berlin"), QTimeZone(b"Asia/Kolkata"), QTimeZone(3600), QTimeZone(b"UTC"),
             QTimeZone(b"UTC+05:30"), QTimeZone(b"custom", -34200, "Custom Time", "CT", QLocale.Country.Germany, "c")]
    if QT_MINOR >= 5:  # Qt 6.5+: the UTC / LocalTime markers and fromSecondsAheadOfUtc
        zones += [QTimeZone(QTimeZone.Initialization.UTC), QTimeZone(QTimeZone.Initialization.LocalTime),
                  QTimeZone.fromSecondsAheadOfUtc(3600), QTimeZone.fromSecondsAheadOfUtc(-34200)]
    values = [QDateTime(), QDateTime(QDate(2020, 2, 29), QTime())]
    for date, time in [(QDate(2020, 2, 29), QTime(12, 0)), (QDate(1970, 1, 1), QTime(0, 0)),
                       (QDate(9999, 12, 31), QTime(23, 59, 59, 999)), (QDate(-4713, 11, 24), QTime(12, 0))]:
        values += [QDateTime(date, time, Qt.TimeSpec.LocalTime), QDateTime(date, time, Qt.TimeSpec.UTC),
                   QDateTime(date, time, Qt.TimeSpec.OffsetFromUTC, 3600),
                   QDateTime(date, time, Qt.TimeSpec.OffsetFromUTC, -34200)]
        if 1970 <= date.year() <= 2038:
            values += [QDateTime(date, time, zone) for zone in zones]
    for value in values:
        for options in standard():
            g.pyqt("QDateTime", options, lambda s, d=value: s << d)
    for zone in zones:
        for options in standard():
            g.pyqt("QTimeZone", options, lambda s, z=zone: s << z)


def gen_misc(g):
    for url in [QUrl(), QUrl("https://qt.io/a b"), QUrl("http://user:pw@host:8080/p?q=1#f"), QUrl("http://m\u00fcller.de/")]:
        for options in standard():
            g.pyqt("QUrl", options, lambda s, u=url: s << u)
    for uuid in [QUuid(), QUuid("{67c8770b-44f1-410a-ab9a-f9b5446f13ee}")]:
        for options in standard():
            g.pyqt("QUuid", options, lambda s, u=uuid: s << u, uuid.toString()[1:-1].lower())
    for name in ["C", "de_DE", "zh_CN", "sr_RS"]:
        locale = QLocale(name)
        for options in standard():
            g.pyqt("QLocale", options, lambda s, l=locale: s << l)
    for regexp in [QRegularExpression(), QRegularExpression("a+"),
                   QRegularExpression("(?<n>x)$", QRegularExpression.PatternOption.CaseInsensitiveOption
                                      | QRegularExpression.PatternOption.MultilineOption)]:
        for options in standard():
            g.pyqt("QRegularExpression", options, lambda s, r=regexp: s << r)
    shapes = {"QPoint": [QPoint(1, -2)], "QSize": [QSize()], "QRect": [QRect(1, 2, 3, 4)], "QLine": [QLine(1, 2, 3, 4)],
              "QPointF": [QPointF(0.1, -1.25)], "QSizeF": [QSizeF(1.5, 2.5)], "QRectF": [QRectF(0.5, 1.5, 2.0, 3.0)],
              "QLineF": [QLineF(0.25, 0.5, 0.75, 1.0)], "QPolygon": [QPolygon(), QPolygon([QPoint(1, 2), QPoint(3, 4)])],
              "QPolygonF": [QPolygonF([QPointF(0.1, 0.2)])]}
    for type_expr, values in shapes.items():
        for value in values:
            for options in standard(("double", "single")):
                g.pyqt(type_expr, options, lambda s, v=value: s << v)
    for color in [QColor(), QColor(1, 2, 3), QColor.fromHsv(300, 200, 100, 50), QColor.fromCmyk(1, 2, 3, 4, 5),
                  QColor.fromHsl(120, 255, 128), QColor.fromRgbF(1.5, -0.5, 0.25)]:
        for options in standard():
            if version_number(options[0]) >= wire.QT_4_0:  # Qt 3's QColor (a packed QRgb) has no JSON form
                g.pyqt("QColor", options, lambda s, c=color: s << c)


CONTAINERS = {
    "QList<qint32>": [[], [1, -1, 2147483647]],
    "QList<QString>": [[], [None, "", "d83dde00"]],
    "QList<double>": [["3ff0000000000000", "7ff8000000000001"]],
    "QList<float>": [["3f800000", "7fa00000"]],
    "QVector<qint32>": [[5, 4, 3]],
    "QSet<qint32>": [[], [3, 1, 2, 1000000, -5]],
    "QSet<QString>": [["0061", "0062", "0063", ""]],
    "QMap<QString,qint32>": [[], [["0062", 2], ["0061", 1], ["0063", 3]]],
    "QMap<qint32,QString>": [[[3, "0063"], [1, "0061"], [2, None]]],
    "QMap<QString,QList<qint32>>": [[["0061", [1, 2]], ["0062", []]]],
    "QHash<QString,qint32>": [[["0061", 1], ["0062", 2], ["0063", 3], ["0064", 4]]],
    "QHash<qint32,QString>": [[[1, "0061"], [2, "0062"], [3, None]]],
    "QPair<qint32,QString>": [[-1, "0061"]],
    "QPair<QString,double>": [[None, "7ff0000000000000"]],
    "QList<QList<qint32>>": [[[], [1], [2, 3]]],
    "QList<QMap<QString,qint32>>": [[[], [["0061", 1], ["0062", 2]]]],
    "QHash<qint32,QSet<QString>>": [[[1, ["0061", "0062"]], [2, []]]],
}
# Qt 6's QMap/QHash keep one value per key; duplicates go through QMultiMap/QMultiHash, whose wire is
# the same (a count, then key/value pairs), so the vectors are typed QMap/QHash.
MULTI = {"QMultiMap<QString,qint32>": ("QMap<QString,qint32>", [[["0062", 2], ["0061", 1], ["0061", 3]]]),
         "QMultiMap<QString,QString>": ("QMap<QString,QString>", [[["006b", "0076"], ["006b", "0077"]]]),
         "QMultiHash<QString,qint32>": ("QHash<QString,qint32>", [[["0061", 1], ["0061", 2], ["0062", 3]]])}


def gen_containers(g):
    for type_expr, values in CONTAINERS.items():
        for value in values:
            for options in standard(("double", "single") if "double" in type_expr or "float" in type_expr
                                    else ("double",)):
                g.cpp(type_expr, options, value)
    for request_type, (type_expr, values) in MULTI.items():
        for value in values:
            for options in standard():
                g.cpp(type_expr, options, value, request_type=request_type)
    for _ in range(30):
        g.cpp("QList<qint32>", random_options(), [rng.randint(-(1 << 31), (1 << 31) - 1) for _ in range(rng.randint(0, 5))])
        g.cpp("QMap<QString,qint32>", random_options(),
              [[utf16_hex("k%d" % rng.randint(0, 99)), rng.randint(-100, 100)] for _ in range(rng.randint(0, 4))])


def converted(value, type_id):
    variant = QVariant(value)
    if not variant.convert(QMetaType(type_id.value)):
        raise AssertionError("cannot convert %r to %s" % (value, type_id))
    return variant


def typed_variants():
    T = QMetaType.Type
    return [
        ("bool", QVariant(True)), ("int", QVariant(-7)), ("uint", converted(4294967295, T.UInt)),
        ("qlonglong", QVariant(-(1 << 62))), ("qulonglong", converted(1 << 63, T.ULongLong)),
        ("double", QVariant(0.1)), ("float", converted(1.5, T.Float)), ("QChar", converted(0xE9, T.QChar)),
        ("short", converted(-32768, T.Short)), ("ushort", converted(65535, T.UShort)), ("char", converted(-5, T.Char)),
        ("signed char", converted(-128, T.SChar)), ("uchar", converted(255, T.UChar)),
        ("long", converted(-(1 << 40), T.Long)), ("ulong", converted((1 << 64) - 1, T.ULong)),
        ("QString", QVariant("x\U0001F600")), ("QStringList", converted(["a", "b"], T.QStringList)),
        ("QByteArray", QVariant(QByteArray(b"\x00\x01"))), ("QBitArray", QVariant(QBitArray(3))),
        ("QDate", QVariant(QDate(2026, 12, 24))), ("QTime", QVariant(QTime(8, 0))),
        ("QDateTime", QVariant(QDateTime(QDate(2020, 2, 29), QTime(12, 0), Qt.TimeSpec.UTC))),
        ("QUrl", QVariant(QUrl("https://qt.io/"))), ("QLocale", QVariant(QLocale("de_DE"))),
        ("QRect", QVariant(QRect(1, 2, 3, 4))), ("QRectF", QVariant(QRectF(0.5, 1, 2, 3))),
        ("QSize", QVariant(QSize(3, 4))), ("QSizeF", QVariant(QSizeF(0.5, 2))),
        ("QLine", QVariant(QLine(1, 2, 3, 4))), ("QLineF", QVariant(QLineF(0.5, 1, 2, 3))),
        ("QPoint", QVariant(QPoint(-1, 1))), ("QPointF", QVariant(QPointF(0.25, -4))),
        ("QRegularExpression", QVariant(QRegularExpression("b+"))),
        ("QUuid", QVariant(QUuid("{67c8770b-44f1-410a-ab9a-f9b5446f13ee}"))),
        ("QVariantList", QVariant([1, "two", [3.5]])), ("QVariantMap", QVariant({"b": 1, "a": "x"})),
        ("QVariantHash", converted({"k": 1, "j": "v"}, T.QVariantHash)),
        ("QColor", QVariant(QColor(1, 2, 3, 4))), ("QPolygon", QVariant(QPolygon([QPoint(1, 2)]))),
        ("QPolygonF", QVariant(QPolygonF([QPointF(0.5, 1.5)]))),
    ]


def gen_cpp_variants(g):
    """QVariants PyQt cannot build (cpp/qtwriter): QByteArrayList, and QVariants holding a QVariant."""
    for options in standard():
        for value in ([], ["61", "", "00ff"]):
            g.cpp("QVariant", options, value, request_type="QVariant:QByteArrayList", variant_name="QByteArrayList")
        g.cpp("QVariant", options, -7, request_type="QVariant:QVariant<qint32>", variant_name="QVariant")
        g.cpp("QVariant", options, "0078", request_type="QVariant:QVariant<QString>", variant_name="QVariant")


def gen_variants(g):
    variants = typed_variants()
    for name, variant in variants:
        if variant.typeName() != name:
            raise AssertionError("variant for %s is %s" % (name, variant.typeName()))
        for version in QT6_VERSIONS[:1] + CROSS_VERSIONS:
            if name == "QColor" and version_number(version) < wire.QT_4_0:
                continue
            finish, stream = open_stream((version, "big", "double"))
            stream.writeQVariant(variant)
            data = finish()
            type_id = int.from_bytes(data[:4], "big")
            if type_id and not wire.user_type_id(type_id, version_number(version)):
                wire.VARIANT_IDS[wire.numbering(version_number(version))][type_id] = name
    for name, variant in variants:
        extra = [(QT6_VERSIONS[0], "big", "single")] + ([(QT6_VERSIONS[-1], "little", "single")] if QT_MINOR >= 8 else [])
        for options in standard() + extra:
            if name == "QColor" and version_number(options[0]) < wire.QT_4_0:
                continue
            g.pyqt("QVariant", options, lambda s, v=variant: s.writeQVariant(v))
    for options in standard():
        g.pyqt("QVariant", options, lambda s: s.writeQVariant(QVariant()))
        g.pyqt("QVariantList", options, lambda s: s.writeQVariantList([QVariant(1), QVariant("a"), QVariant()]))
        g.pyqt("QVariantMap", options, lambda s: s.writeQVariantMap({"z": QVariant(2.5), "a": QVariant("x")}))
        g.pyqt("QVariantHash", options, lambda s: s.writeQVariantHash({"z": QVariant(2.5), "a": QVariant("x")}))


def main():
    output = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_OUTPUT
    g = Golden(open_stream)
    for generate in (gen_scalars, gen_strings, gen_dates, gen_misc, gen_containers, gen_variants, gen_cpp_variants):
        generate(g)
    build_dir = tempfile.mkdtemp(prefix="qds-golden6-")
    try:
        g.run_cpp(golden_lib.build_qtwriter(build_dir, "Qt6Core"))
    finally:
        shutil.rmtree(build_dir, ignore_errors=True)
    g.write(output)
    g.report(output)


if __name__ == "__main__":
    main()
