#!/usr/bin/python3
"""Golden QDataStream vectors written by real Qt 5.15 (PyQt5 plus a small Qt C++ program).

Usage: /usr/bin/python3 interop/golden/generate.py [OUTPUT]
       (default OUTPUT: harness/src/test/resources/golden/golden.jsonl)

Every vector is one JSON line:
  {"type", "streamVersion", "byteOrder", "floatPrecision", "value", "hex"}
"hex" is what Qt's QDataStream wrote; "value" is those bytes read back into the JSON form of
docs/json-values.md by wire.py, which must consume every byte (and, where the generator knows the
value it gave Qt, must agree with it). PyQt5 streams what it can; cpp/qtwriter.cpp streams the
container templates, bare QChar and floats from exact IEEE bits.

Deterministic: fixed random seed, TZ=UTC, QT_HASH_SEED=0 (QHash/QSet order) and PYTHONHASHSEED=0
are forced by re-executing this script with that environment; output is sorted and de-duplicated.
See docs/golden-vectors.md.
"""

import os
import random
import shutil
import struct
import sys
import tempfile

sys.dont_write_bytecode = True  # keep the source tree clean
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import golden_lib  # noqa: E402
from golden_lib import Golden, as_units, utf16_hex, version_number  # noqa: E402

golden_lib.pin_environment()

from PyQt5.QtCore import (QBitArray, QByteArray, QDataStream, QDate, QDateTime, QIODevice, QLine,  # noqa: E402
                          QLineF, QLocale, QMetaType, QPoint, QPointF, QRect, QRectF, QRegExp,
                          QRegularExpression, QSize, QSizeF, Qt, QTime, QTimeZone, QUrl, QUuid, QVariant)
from PyQt5.QtGui import QColor, QPolygon, QPolygonF  # noqa: E402

import wire  # noqa: E402

DEFAULT_OUTPUT = os.path.join(golden_lib.RESOURCES, "golden.jsonl")

# Every QDataStream::Version Qt 5.15 knows, in enum order (Qt 6 versions cannot be written by Qt 5).
VERSION_NAMES = [name for name in golden_lib.WIRE_NUMBERS if not name.startswith("Qt_6")]
for _name in VERSION_NAMES:
    assert int(getattr(QDataStream, _name)) == version_number(_name), _name
BYTE_ORDERS = ["big", "little"]
PRECISIONS = ["double", "single"]
ALL_OPTIONS = [(v, b, p) for v in VERSION_NAMES for b in BYTE_ORDERS for p in PRECISIONS]
KEY_VERSIONS = ["Qt_1_0", "Qt_3_3", "Qt_4_0", "Qt_4_2", "Qt_4_6", "Qt_5_0", "Qt_5_1", "Qt_5_2", "Qt_5_15"]

rng = random.Random(20261121)


def standard(precisions=("double",)):
    """Every version big-endian, plus the key versions little-endian."""
    return ([(v, "big", p) for v in VERSION_NAMES for p in precisions]
            + [(v, "little", p) for v in KEY_VERSIONS for p in precisions])


def key_versions():
    return [(v, b, p) for v in KEY_VERSIONS for b in BYTE_ORDERS for p in ("double",)]


def random_options():
    return rng.choice(ALL_OPTIONS)


def open_stream(options):
    version, order, precision = options
    data = QByteArray()
    stream = QDataStream(data, QIODevice.WriteOnly)
    stream.setVersion(version_number(version))
    stream.setByteOrder(QDataStream.BigEndian if order == "big" else QDataStream.LittleEndian)
    stream.setFloatingPointPrecision(
        QDataStream.DoublePrecision if precision == "double" else QDataStream.SinglePrecision)

    def finish():
        if stream.status() != QDataStream.Ok:
            raise AssertionError("Qt failed to write at %s" % (options,))
        return bytes(data)
    return finish, stream


# ------------------------------------------------------------------------------------------------
# Value sets
# ------------------------------------------------------------------------------------------------

INT_TYPES = {  # type: (PyQt writer, bits, signed)
    "qint8": ("writeInt8", 8, True), "quint8": ("writeUInt8", 8, False),
    "qint16": ("writeInt16", 16, True), "quint16": ("writeUInt16", 16, False),
    "qint32": ("writeInt32", 32, True), "quint32": ("writeUInt32", 32, False),
    "qint64": ("writeInt64", 64, True), "quint64": ("writeUInt64", 64, False),
}


def int_range(bits, signed):
    return (-(1 << (bits - 1)), (1 << (bits - 1)) - 1) if signed else (0, (1 << bits) - 1)


def int_json(value, bits):
    return str(value) if bits == 64 else value


def gen_integers(g):
    for type_expr, (writer, bits, signed) in INT_TYPES.items():
        low, high = int_range(bits, signed)
        edges = sorted({0, 1, low, high, low + 1, high - 1, -1 if signed else 2, 0x7F if bits > 8 else 0x55})
        for value in edges:
            for options in standard():
                g.pyqt(type_expr, options, lambda s, v=value: getattr(s, writer)(v), int_json(value, bits))
        for _ in range(25):
            value = rng.randint(low, high)
            g.pyqt(type_expr, random_options(), lambda s, v=value: getattr(s, writer)(v), int_json(value, bits))


def gen_bool(g):
    for value in (False, True):
        for options in standard():
            g.pyqt("bool", options, lambda s, v=value: s.writeBool(v), value)


FLOAT_BITS = [0x00000000, 0x80000000, 0x3F800000, 0xBF800000, 0x00000001, 0x007FFFFF, 0x00800000, 0x7F7FFFFF,
              0xFF7FFFFF, 0x7F800000, 0xFF800000, 0x7FC00000, 0xFFC00000, 0x7FC00001, 0x7FA00000, 0x40490FDB,
              0x3DCCCCCD, 0x4B7FFFFF]
DOUBLE_BITS = [0x0000000000000000, 0x8000000000000000, 0x3FF0000000000000, 0xBFF0000000000000,
               0x0000000000000001, 0x000FFFFFFFFFFFFF, 0x0010000000000000, 0x7FEFFFFFFFFFFFFF,
               0xFFEFFFFFFFFFFFFF, 0x7FF0000000000000, 0xFFF0000000000000, 0x7FF8000000000000,
               0xFFF8000000000000, 0x7FF8000000000001, 0x7FF4000000000000, 0x400921FB54442D18,
               0x3FB999999999999A, 0x3FF0000000000001, 0x36A0000000000000, 0x47EFFFFFE0000000,
               0x4340000000000000]


def gen_floats(g):
    # A core of special values at every combination of version, byte order and precision ...
    for i, bits in enumerate(FLOAT_BITS):
        for options in ALL_OPTIONS if i < 8 or bits in (0x7F800000, 0x7FC00000, 0x7FA00000) else standard(PRECISIONS):
            g.cpp("float", options, "%08x" % bits)
    for i, bits in enumerate(DOUBLE_BITS):
        for options in ALL_OPTIONS if i < 8 or bits in (0x7FF0000000000000, 0x7FF8000000000000) else standard(PRECISIONS):
            g.cpp("double", options, "%016x" % bits)
    for _ in range(60):
        g.cpp("float", random_options(), "%08x" % rng.getrandbits(32))
        g.cpp("double", random_options(), "%016x" % rng.getrandbits(64))
    # Ordinary numbers through PyQt's writeFloat/writeDouble too.
    for _ in range(30):
        value = rng.uniform(-1e6, 1e6)
        g.pyqt("double", random_options(), lambda s, v=value: s.writeDouble(v))
        g.pyqt("float", random_options(), lambda s, v=value: s.writeFloat(v))


STRINGS = [None, "", "a", "Fortune", "M\u00fcnchen", "\u65e5\u672c\u8a9e", "\U0001F600", "a\U00010348b",
           "\udc00", "\ud800", "a\ud800b", "\udc00\ud800", "\ud83d", "\x00", "nul\x00inside", "\uffff\ufffe",
           "x" * 300, "\t\r\n\"\\/"]


def random_text(max_len=12):
    alphabet = ["a", "Z", "0", " ", "\u00e9", "\u0416", "\u4e2d", "\U0001F600", "\ud800", "\udfff", "\x00", "~"]
    return "".join(rng.choice(alphabet) for _ in range(rng.randint(0, max_len)))


def gen_strings(g):
    for text in STRINGS:
        for options in standard():
            g.pyqt("QString", options, lambda s, t=text: s.writeQString(t), as_units(text))
    for _ in range(40):
        text = random_text() if rng.random() < 0.9 else None
        g.pyqt("QString", random_options(), lambda s, t=text: s.writeQString(t), as_units(text))
    # The same strings from raw UTF-16 code units through C++.
    for text in STRINGS:
        for options in key_versions():
            g.cpp("QString", options, None if text is None else utf16_hex(text), as_units(text))
    for unit in (0, 0x41, 0xE9, 0x20AC, 0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0xFFFE, 0xFFFF):
        for options in standard():
            g.cpp("QChar", options, unit, chr(unit))
    for _ in range(20):
        unit = rng.randint(0, 0xFFFF)
        g.cpp("QChar", random_options(), unit, chr(unit))
    lists = [[], [""], [None], ["a", "b"], ["a", None, "", "\U0001F600"], ["same", "same"]]
    for values in lists:
        for options in standard():
            g.pyqt("QStringList", options, lambda s, v=values: s.writeQStringList(v), [as_units(t) for t in values])
    for _ in range(10):
        values = [random_text(5) for _ in range(rng.randint(0, 5))]
        g.pyqt("QStringList", random_options(), lambda s, v=values: s.writeQStringList(v),
               [as_units(t) for t in values])


def random_bytes(max_len=20, nul=True):
    data = bytes(rng.getrandbits(8) for _ in range(rng.randint(0, max_len)))
    return data if nul else data.replace(b"\x00", b"\x01")


def gen_bytes(g):
    arrays = [None, b"", b"\x00", b"\xff\xfe\xfd", bytes(range(256)), b"hello"]
    for data in arrays:
        for options in standard():
            qba = QByteArray() if data is None else QByteArray(data)
            g.pyqt("QByteArray", options, lambda s, b=qba: s << b, None if data is None else data.hex())
    for _ in range(30):
        data = random_bytes()
        g.pyqt("QByteArray", random_options(), lambda s, b=QByteArray(data): s << b, data.hex())
    for data in [None, b"", b"a", b"hello world", b"\xff\x01", b"x" * 100]:
        for options in standard():
            g.pyqt("const char*", options, lambda s, b=data: s.writeString(b), None if data is None else data.hex())
    for _ in range(20):
        data = random_bytes(nul=False)
        g.pyqt("const char*", random_options(), lambda s, b=data: s.writeString(b), data.hex())


def bit_array(bits):
    array = QBitArray(len(bits))
    for i, bit in enumerate(bits):
        array.setBit(i, bit == "1")
    return array


def gen_bitarray(g):
    patterns = ["", "1", "0", "10110", "11111111", "100000001", "0" * 16, "1" * 17, "10" * 50]
    for bits in patterns:
        for options in standard():
            g.pyqt("QBitArray", options, lambda s, a=bit_array(bits): s << a, bits)
    for _ in range(20):
        bits = "".join(rng.choice("01") for _ in range(rng.randint(0, 70)))
        g.pyqt("QBitArray", random_options(), lambda s, a=bit_array(bits): s << a, bits)


JULIAN_DAYS = [0, 1, -1, 2299160, 2299161, 2440588, 2451545, 2461396, 1721426, 1721425, 5373484, 5373485,
               -784350574879, 784354017364, 1 << 32, (1 << 31) - 1, 1 << 31]


def gen_dates(g):
    dates = [QDate()] + [QDate.fromJulianDay(jd) for jd in JULIAN_DAYS]
    for date in dates:
        for options in standard():
            g.pyqt("QDate", options, lambda s, d=date: s << d, check=date_checker(date, options))
    for _ in range(30):
        date = QDate.fromJulianDay(rng.randint(-100000, 6000000))
        g.pyqt("QDate", random_options(), lambda s, d=date: s << d, check=date_checker(date, options=None))
    times = [QTime(), QTime(0, 0), QTime(23, 59, 59, 999), QTime(12, 34, 56, 789), QTime(8, 0),
             time_from_ms(86400000), time_from_ms(0xFFFFFFFE), time_from_ms(0x7FFFFFFF)]
    for time in times:
        for options in standard():
            g.pyqt("QTime", options, lambda s, t=time: s << t)
    for _ in range(30):
        time = QTime.fromMSecsSinceStartOfDay(rng.randint(0, 86399999))
        g.pyqt("QTime", random_options(), lambda s, t=time: s << t, expected=time_text(time))


def date_checker(date, options):
    def check(value):
        if date.isNull() or options is None or version_number(options[0]) < wire.QT_5_0:
            return
        if value != wire.date_json(date.toJulianDay()):
            raise AssertionError("QDate %s read back as %r" % (date.toString(Qt.ISODate), value))
        if isinstance(value, str) and value != date.toString("yyyy-MM-dd"):
            raise AssertionError("QDate %s read back as %r" % (date.toString("yyyy-MM-dd"), value))
    return check


def time_text(time):
    return time.toString("HH:mm:ss.zzz")


def time_from_ms(ms):
    """A QTime holding an out-of-range msecs value, as Qt builds it when it reads one."""
    data = QByteArray(struct.pack(">I", ms))
    stream = QDataStream(data, QIODevice.ReadOnly)
    stream.setVersion(QDataStream.Qt_5_15)
    time = QTime()
    stream >> time
    return time


ZONES = [b"Europe/Berlin", b"America/New_York", b"Asia/Kolkata", b"Australia/Lord_Howe"]


def datetimes():
    """(QDateTime, zone-sensitive) pairs; zone-sensitive ones stay in years tzdata does not revise."""
    out = [(QDateTime(), False), (QDateTime(QDate(), QTime(1, 2, 3)), False),
           (QDateTime(QDate(2020, 1, 1), QTime()), False)]
    moments = [(QDate(2020, 2, 29), QTime(12, 0)), (QDate(1970, 1, 1), QTime(0, 0)),
               (QDate(2038, 1, 19), QTime(3, 14, 7)), (QDate(1900, 1, 1), QTime(23, 59, 59, 999)),
               (QDate(100, 1, 1), QTime(0, 0)), (QDate(-4713, 11, 24), QTime(12, 0)),
               (QDate(9999, 12, 31), QTime(23, 59, 59, 999)), (QDate(20000, 6, 1), QTime(6, 30)),
               (QDate(1582, 10, 15), QTime(1, 1, 1, 1))]
    for date, time in moments:
        out.append((QDateTime(date, time, Qt.LocalTime), False))
        out.append((QDateTime(date, time, Qt.UTC), False))
        for offset in (3600, -34200):
            out.append((QDateTime(date, time, Qt.OffsetFromUTC, offset), False))
    for date, time in moments[:3]:
        for zone in ZONES:
            out.append((QDateTime(date, time, QTimeZone(zone)), True))
        for zone in offset_zones()[:3]:
            out.append((QDateTime(date, time, zone), False))
    return out


def offset_zones():
    """Zones of Qt's UTC-offset backend (streamed with all their fields), never tzdata-dependent."""
    return [QTimeZone(3600), QTimeZone(b"UTC"), QTimeZone(b"UTC+05:30"), QTimeZone(-34200),
            QTimeZone(b"custom", 3600, "Custom Time", "CT", QLocale.Germany, "a comment"),
            QTimeZone(b"x", -50400, "", "", QLocale.AnyCountry, "")]


def gen_timezones(g):
    # An invalid QTimeZone crashes Qt 5's operator<< (null d-pointer), so there is none here.
    for zone in [QTimeZone(z) for z in ZONES] + offset_zones():
        for options in standard():
            g.pyqt("QTimeZone", options, lambda s, z=zone: s << z)


def gen_write_bytes(g):
    for data in [b"", b"\x00", b"abc", bytes(range(40))]:
        for options in standard():
            g.pyqt("bytes", options, lambda s, b=data: s.writeBytes(b), data.hex())


def gen_datetimes(g):
    for value, _ in datetimes():
        for options in standard():
            g.pyqt("QDateTime", options, lambda s, d=value: s << d)
    for _ in range(30):
        date = QDate.fromJulianDay(rng.randint(2400000, 2500000))
        time = QTime.fromMSecsSinceStartOfDay(rng.randint(0, 86399999))
        spec = rng.choice(["local", "utc", "offset", "zone"])
        if spec == "local":
            value = QDateTime(date, time, Qt.LocalTime)
        elif spec == "utc":
            value = QDateTime(date, time, Qt.UTC)
        elif spec == "offset":
            value = QDateTime(date, time, Qt.OffsetFromUTC, rng.randint(-50400, 50400))
        else:
            value = QDateTime(QDate(rng.randint(1995, 2030), date.month(), 1), time, QTimeZone(rng.choice(ZONES)))
        g.pyqt("QDateTime", random_options(), lambda s, d=value: s << d)


def gen_misc(g):
    urls = [QUrl(), QUrl(""), QUrl("https://qt.io/a b"), QUrl("http://user:pw@host:8080/p?q=1&r=%41#frag"),
            QUrl("file:///tmp/x y"), QUrl("mailto:a@b.example"), QUrl("http://m\u00fcller.de/\u00e4"),
            QUrl("relative/path?x"), QUrl("urn:isbn:0451450523"), QUrl("http://[::1]:80/")]
    for url in urls:
        for options in standard():
            g.pyqt("QUrl", options, lambda s, u=url: s << u)
    uuids = [QUuid(), QUuid("{67c8770b-44f1-410a-ab9a-f9b5446f13ee}"), QUuid("{ffffffff-ffff-ffff-ffff-ffffffffffff}")]
    for _ in range(10):
        b = [rng.getrandbits(8) for _ in range(8)]
        uuids.append(QUuid(rng.getrandbits(32), rng.getrandbits(16), rng.getrandbits(16), *b))
    for uuid in uuids:
        text = uuid.toString()[1:-1].lower()
        for options in standard():
            g.pyqt("QUuid", options, lambda s, u=uuid: s << u, text)
    for name in ["C", "de_DE", "en_US", "zh_CN", "pt_BR", "sr_RS", "ar_EG", "fr_CA"]:
        for options in standard():
            locale = QLocale(name)
            g.pyqt("QLocale", options, lambda s, l=locale: s << l, locale.name())
    regexps = [QRegExp(), QRegExp("a+b"), QRegExp("A*", Qt.CaseInsensitive, QRegExp.Wildcard),
               QRegExp("x.y", Qt.CaseSensitive, QRegExp.FixedString), QRegExp("(\\d+)", Qt.CaseSensitive, QRegExp.RegExp2),
               QRegExp("*.txt", Qt.CaseInsensitive, QRegExp.WildcardUnix), QRegExp("\u00e9[^\U0001F600]", Qt.CaseSensitive, QRegExp.W3CXmlSchema11)]
    regexps[1].setMinimal(True)
    for regexp in regexps:
        for options in standard():
            g.pyqt("QRegExp", options, lambda s, r=regexp: s << r)
    res = [QRegularExpression(), QRegularExpression("a+"),
           QRegularExpression("(?<n>x)$", QRegularExpression.CaseInsensitiveOption | QRegularExpression.MultilineOption),
           QRegularExpression("\\w+", QRegularExpression.PatternOptions(0x1FF))]
    for regexp in res:
        for options in standard():
            g.pyqt("QRegularExpression", options, lambda s, r=regexp: s << r)


def gen_geometry(g):
    big = (1 << 31) - 1
    shapes = {
        "QPoint": [QPoint(), QPoint(1, -2), QPoint(big, -big - 1), QPoint(40000, -40000)],
        "QSize": [QSize(), QSize(10, 20), QSize(big, -big - 1)],
        "QRect": [QRect(), QRect(1, 2, 3, 4), QRect(-10, -20, 0, 0), QRect(QPoint(big - 1, 0), QPoint(-big, 5))],
        "QLine": [QLine(), QLine(1, 2, 3, 4), QLine(-big - 1, big, 0, -1)],
        "QPointF": [QPointF(), QPointF(0.5, -1.25), QPointF(0.1, 1e300), QPointF(-0.0, 5e-324)],
        "QSizeF": [QSizeF(), QSizeF(1.5, 2.5), QSizeF(0.1, 3.0)],
        "QRectF": [QRectF(), QRectF(0.5, 1.5, 2.0, 3.0), QRectF(-1e10, 1e-10, 0.1, 0.2)],
        "QLineF": [QLineF(), QLineF(0.25, 0.5, 0.75, 1.0), QLineF(1e308, -1e308, 0.1, -0.1)],
        "QPolygon": [QPolygon(), QPolygon([QPoint(1, 2)]), QPolygon([QPoint(0, 0), QPoint(10, 0), QPoint(5, -7)])],
        "QPolygonF": [QPolygonF(), QPolygonF([QPointF(0.5, 0.25)]), QPolygonF([QPointF(0.1, 0.2), QPointF(-3.0, 1e20)])],
    }
    for type_expr, values in shapes.items():
        for value in values:
            for options in standard(PRECISIONS):
                g.pyqt(type_expr, options, lambda s, v=value: s << v)
    for _ in range(20):
        pts = [QPoint(rng.randint(-1000, 1000), rng.randint(-1000, 1000)) for _ in range(rng.randint(0, 5))]
        g.pyqt("QPolygon", random_options(), lambda s, v=QPolygon(pts): s << v)
        r = QRectF(rng.uniform(-100, 100), rng.uniform(-100, 100), rng.uniform(0, 100), rng.uniform(0, 100))
        g.pyqt("QRectF", random_options(), lambda s, v=r: s << v)


def colors():
    return [QColor(), QColor(1, 2, 3), QColor(10, 20, 30, 40), QColor.fromHsv(300, 200, 100, 50),
            QColor.fromCmyk(1, 2, 3, 4, 5), QColor.fromHsl(120, 255, 128), QColor.fromRgbF(1.5, -0.5, 0.25),
            QColor(Qt.transparent)]


def gen_colors(g):
    for color in colors():
        for options in standard():
            if version_number(options[0]) >= wire.QT_4_0:
                g.pyqt("QColor", options, lambda s, c=color: s << c)


# -- containers (through cpp/qtwriter) -----------------------------------------------------------

def rint(bits=31):
    return rng.randint(-(1 << bits), (1 << bits) - 1)


def rstr():
    return utf16_hex(random_text(6))


CONTAINERS = {
    "QList<qint32>": [[], [0], [1, -1, 2147483647, -2147483648]],
    "QList<QString>": [[], [None, ""], ["0061", "d83dde00", "dc00"]],
    "QList<double>": [[], ["3ff0000000000000", "7ff8000000000001", "8000000000000000"]],
    "QList<float>": [[], ["3f800000", "7fc00000", "00000001"]],
    "QList<QByteArray>": [[], [None, "", "00ff"]],
    "QList<bool>": [[], [True, False, True]],
    "QList<qint64>": [[], ["-9223372036854775808", "9223372036854775807", "0"]],
    "QList<quint64>": [["18446744073709551615", "0"]],
    "QList<quint8>": [[], [0, 255, 128]],
    "QList<QChar>": [[], [0x41, 0xD800, 0xFFFF]],
    "QVector<qint32>": [[], [5, 4, 3]],
    "QVector<QString>": [[], ["0078", None]],
    "QVector<double>": [[], ["4000000000000000", "fff0000000000000"]],
    "QVector<quint16>": [[], [0, 65535]],
    "QLinkedList<qint32>": [[], [7, 8, 9]],
    "QLinkedList<QString>": [[], ["0061", ""]],
    "QSet<qint32>": [[], [1], [3, 1, 2, 1000000, -5]],
    "QSet<QString>": [[], ["0061"], ["0061", "0062", "0063", ""]],
    "QMap<QString,qint32>": [[], [["0061", 1]], [["0062", 2], ["0061", 1], ["0061", 3]], [["", 0], [None, 9]]],
    "QMap<qint32,QString>": [[], [[3, "0063"], [1, "0061"], [2, None]]],
    "QMap<QString,QString>": [[], [["006b", "0076"], ["006b", "0077"]]],
    "QMap<qint64,double>": [[], [["-1", "3ff8000000000000"], ["1", "7ff8000000000000"]]],
    "QMap<QString,QList<qint32>>": [[], [["0061", [1, 2]], ["0062", []]]],
    "QHash<QString,qint32>": [[], [["0061", 1]], [["0061", 1], ["0062", 2], ["0063", 3], ["0064", 4]]],
    "QHash<qint32,QString>": [[], [[1, "0061"], [2, "0062"], [3, None]]],
    "QHash<QString,QList<qint32>>": [[], [["0078", [1]], ["0079", []]]],
    "QPair<qint32,QString>": [[0, None], [-1, "0061"]],
    "QPair<QString,double>": [["", "0000000000000000"], [None, "7ff0000000000000"]],
    "QPair<qint8,quint64>": [[-128, "18446744073709551615"]],
    "QList<QList<qint32>>": [[], [[], [1], [2, 3]]],
    "QList<QMap<QString,qint32>>": [[], [[], [["0061", 1], ["0062", 2]]]],
    "QMap<QString,QMap<QString,qint32>>": [[], [["006f", [["0069", 1]]], ["0070", []]]],
    "QList<QPair<QString,qint32>>": [[], [["0061", 1], ["0061", 2]]],
    "QVector<QVector<double>>": [[], [[], ["3ff0000000000000"]]],
    "QHash<qint32,QSet<QString>>": [[], [[1, ["0061", "0062"]], [2, []]]],
    "QPair<QList<qint32>,QMap<QString,QString>>": [[[], []], [[1, 2], [["0061", None]]]],
}


def random_container(type_expr):
    n = rng.randint(0, 6)
    if type_expr == "QList<qint32>":
        return [rint() for _ in range(n)]
    if type_expr == "QList<QString>":
        return [rstr() for _ in range(n)]
    if type_expr == "QMap<QString,qint32>" or type_expr == "QHash<QString,qint32>":
        return [[rstr(), rint()] for _ in range(n)]
    if type_expr == "QMap<QString,QList<qint32>>":
        return [[rstr(), [rint() for _ in range(rng.randint(0, 3))]] for _ in range(n)]
    if type_expr == "QSet<qint32>":
        return [rint(10) for _ in range(n)]
    if type_expr == "QList<double>":
        return ["%016x" % rng.getrandbits(64) for _ in range(n)]
    raise AssertionError(type_expr)


def gen_containers(g):
    for type_expr, values in CONTAINERS.items():
        for value in values:
            for options in standard():
                g.cpp(type_expr, options, value)
            if "double" in type_expr or "float" in type_expr:
                for options in [(v, b, "single") for v in KEY_VERSIONS for b in BYTE_ORDERS]:
                    g.cpp(type_expr, options, value)
    for type_expr in ["QList<qint32>", "QList<QString>", "QMap<QString,qint32>", "QHash<QString,qint32>",
                      "QMap<QString,QList<qint32>>", "QSet<qint32>", "QList<double>"]:
        for _ in range(15):
            g.cpp(type_expr, random_options(), random_container(type_expr))


# -- QVariant ----------------------------------------------------------------------------------

def converted(value, meta_type):
    variant = QVariant(value)
    if not variant.convert(meta_type):
        raise AssertionError("cannot convert %r to %d" % (value, meta_type))
    return variant


def typed_variants():
    """(expected Qt type name, QVariant) for every core type id and plain-data GUI type with a JSON form."""
    out = [
        ("bool", QVariant(True)), ("bool", QVariant(False)),
        ("int", QVariant(-7)), ("int", converted(2147483647, QMetaType.Int)),
        ("uint", converted(4294967295, QMetaType.UInt)),
        ("qlonglong", QVariant(-(1 << 62))), ("qulonglong", converted(1 << 63, QMetaType.ULongLong)),
        ("double", QVariant(0.1)), ("double", QVariant(float("inf"))), ("double", QVariant(-0.0)),
        ("float", converted(1.5, QMetaType.Float)), ("float", converted(0.1, QMetaType.Float)),
        ("QChar", converted(0xE9, QMetaType.QChar)), ("QChar", converted(0xDC00, QMetaType.QChar)),
        ("short", converted(-32768, QMetaType.Short)), ("ushort", converted(65535, QMetaType.UShort)),
        ("char", converted(-5, QMetaType.Char)), ("signed char", converted(-128, QMetaType.SChar)),
        ("uchar", converted(255, QMetaType.UChar)),
        ("long", converted(-(1 << 40), QMetaType.Long)), ("ulong", converted((1 << 64) - 1, QMetaType.ULong)),
        ("QString", QVariant("x\U0001F600")), ("QString", QVariant("")),
        ("QStringList", converted(["a", "b"], QMetaType.QStringList)),
        ("QByteArray", QVariant(QByteArray(b"\x00\x01"))),
        ("QBitArray", QVariant(bit_array("1011"))),
        ("QDate", QVariant(QDate(2026, 12, 24))), ("QDate", QVariant(QDate())),
        ("QTime", QVariant(QTime(8, 0))),
        ("QDateTime", QVariant(QDateTime(QDate(2020, 2, 29), QTime(12, 0), Qt.UTC))),
        ("QDateTime", QVariant(QDateTime(QDate(2020, 2, 29), QTime(12, 0), Qt.OffsetFromUTC, 7200))),
        ("QDateTime", QVariant(QDateTime(QDate(2020, 2, 29), QTime(12, 0), Qt.LocalTime))),
        ("QUrl", QVariant(QUrl("https://qt.io/a b"))),
        ("QLocale", QVariant(QLocale("de_DE"))),
        ("QRect", QVariant(QRect(1, 2, 3, 4))), ("QRectF", QVariant(QRectF(0.5, 1, 2, 3))),
        ("QSize", QVariant(QSize(3, 4))), ("QSizeF", QVariant(QSizeF(0.5, 2))),
        ("QLine", QVariant(QLine(1, 2, 3, 4))), ("QLineF", QVariant(QLineF(0.5, 1, 2, 3))),
        ("QPoint", QVariant(QPoint(-1, 1))), ("QPointF", QVariant(QPointF(0.25, -4))),
        ("QRegExp", QVariant(QRegExp("a*", Qt.CaseInsensitive, QRegExp.Wildcard))),
        ("QRegularExpression", QVariant(QRegularExpression("b+", QRegularExpression.DotMatchesEverythingOption))),
        ("QUuid", QVariant(QUuid("{67c8770b-44f1-410a-ab9a-f9b5446f13ee}"))),
        ("QVariantList", QVariant([1, "two", [3.5]])), ("QVariantList", QVariant([])),
        ("QVariantMap", QVariant({"b": 1, "a": "x", "c": {"n": True}})),
        ("QColor", QVariant(QColor(1, 2, 3, 4))),
        ("QPolygon", QVariant(QPolygon([QPoint(1, 2), QPoint(3, 4)]))),
        ("QPolygonF", QVariant(QPolygonF([QPointF(0.5, 1.5)]))),
    ]
    hash_variant = converted({"k": 1, "j": "v", "i": 2.5}, QMetaType.QVariantHash)
    out.append(("QVariantHash", hash_variant))
    for name, type_id in [("QString", QVariant.String), ("int", QVariant.Int), ("QDate", QVariant.Date),
                          ("QByteArray", QVariant.ByteArray), ("QVariantHash", QVariant.Hash),
                          ("QPoint", QVariant.Point), ("double", QVariant.Double)]:
        out.append((name, QVariant(type_id)))  # null variants: the null flag is set
    return out


def learn_variant_ids(options_list):
    """Records the type id Qt writes for each named type at each numbering (Qt 3, Qt 4, Qt 5)."""
    for name, variant in typed_variants():
        if not variant.isValid() or variant.typeName() != name:
            raise AssertionError("variant for %s is %s" % (name, variant.typeName()))
        for version in ("Qt_3_3", "Qt_4_0", "Qt_5_15"):
            data = QByteArray()
            stream = QDataStream(data, QIODevice.WriteOnly)
            stream.setVersion(version_number(version))
            stream.writeQVariant(variant)
            type_id = struct.unpack(">I", bytes(data)[:4])[0]
            if type_id == 0 or wire.user_type_id(type_id, version_number(version)):
                continue  # the invalid variant (no such type in that numbering), or a user type by name
            table = wire.VARIANT_IDS[wire.numbering(version_number(version))]
            if table.get(type_id, name) != name:
                raise AssertionError("type id %d is both %s and %s" % (type_id, table[type_id], name))
            table[type_id] = name


def gen_cpp_variants(g):
    """QVariants PyQt cannot build (cpp/qtwriter): QByteArrayList, and QVariants holding a QVariant."""
    for options in standard():
        for value in ([], ["61", "", "00ff"]):
            g.cpp("QVariant", options, value, request_type="QVariant:QByteArrayList", variant_name="QByteArrayList")
        g.cpp("QVariant", options, -7, request_type="QVariant:QVariant<qint32>", variant_name="QVariant")
        g.cpp("QVariant", options, "0078", request_type="QVariant:QVariant<QString>", variant_name="QVariant")


def gen_variants(g):
    learn_variant_ids(ALL_OPTIONS)
    for name, variant in typed_variants():
        for options in standard() + [(v, "big", "single") for v in KEY_VERSIONS]:
            if name == "QColor" and version_number(options[0]) < wire.QT_4_0:
                continue  # Qt 3's QColor (a packed QRgb) has no JSON form
            g.pyqt("QVariant", options, lambda s, v=variant: s.writeQVariant(v))
    for options in standard():
        g.pyqt("QVariant", options, lambda s: s.writeQVariant(QVariant()), {"type": "invalid"})
    lists = [[], [QVariant(1), QVariant("a"), QVariant()], [QVariant([QVariant(True)]), QVariant(QDate(2000, 1, 1))]]
    for value in lists:
        for options in standard():
            g.pyqt("QVariantList", options, lambda s, v=value: s.writeQVariantList(v))
    maps = [{}, {"a": QVariant(1)}, {"z": QVariant(2.5), "a": QVariant("x"), "m": QVariant({"n": QVariant(None)})}]
    for value in maps:
        for options in standard():
            g.pyqt("QVariantMap", options, lambda s, v=value: s.writeQVariantMap(v))
            g.pyqt("QVariantHash", options, lambda s, v=value: s.writeQVariantHash(v))
    for _ in range(30):
        value = {random_text(4): QVariant(rng.randint(-100, 100)) for _ in range(rng.randint(0, 4))}
        if rng.random() < 0.5:
            g.pyqt("QVariantMap", random_options(), lambda s, v=value: s.writeQVariantMap(v))
        else:
            g.pyqt("QVariantHash", random_options(), lambda s, v=value: s.writeQVariantHash(v))


def main():
    output = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_OUTPUT
    g = Golden(open_stream)
    for generate in (gen_integers, gen_bool, gen_floats, gen_strings, gen_bytes, gen_bitarray, gen_dates,
                     gen_datetimes, gen_timezones, gen_write_bytes, gen_misc, gen_geometry, gen_colors,
                     gen_containers, gen_variants, gen_cpp_variants):
        generate(g)
    build_dir = tempfile.mkdtemp(prefix="qds-golden-")
    try:
        g.run_cpp(golden_lib.build_qtwriter(build_dir, "Qt5Core"))
    finally:
        shutil.rmtree(build_dir, ignore_errors=True)
    g.write(output)
    g.report(output)


if __name__ == "__main__":
    main()
