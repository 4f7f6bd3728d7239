"""Reads QDataStream bytes back into the JSON form of docs/json-values.md.

generate.py has real Qt write every golden vector; this module turns the bytes Qt wrote into the
vector's "value" (the JSON convention describes values as they are on the wire), and it must
consume every byte, which cross-checks the layout the generator expects against what Qt wrote.
It knows only what the golden vectors contain and fails loudly on anything else.
"""

import math
import struct


QT_3_3, QT_4_0, QT_4_2, QT_4_6, QT_5_0, QT_5_1, QT_5_2, QT_6_0 = 6, 7, 8, 12, 13, 14, 15, 20

SCALARS = {
    "qint8": ("b", 1), "quint8": ("B", 1), "qint16": ("h", 2), "quint16": ("H", 2),
    "qint32": ("i", 4), "quint32": ("I", 4), "qint64": ("q", 8), "quint64": ("Q", 8),
}
SEQUENCES = ("QList", "QVector", "QLinkedList", "QSet")
ASSOCIATIVE = ("QMap", "QHash")

# QVariant type ids -> names, per numbering. Filled in by generate.py from the top-level variants
# it writes (Qt's own choice of id for each named type), then used for nested variants.
VARIANT_IDS = {"qt3": {}, "qt4": {}, "qt5": {}, "qt6": {}}

# QVariant type names (QMetaType::typeName) -> type expression of the payload.
VARIANT_PAYLOAD = {
    "bool": "bool", "int": "qint32", "uint": "quint32", "qlonglong": "qint64", "qulonglong": "quint64",
    "double": "double", "float": "float", "short": "qint16", "ushort": "quint16", "char": "qint8",
    "signed char": "qint8", "uchar": "quint8", "long": "qint64", "ulong": "quint64",
    "QByteArrayList": "QList<QByteArray>",
}


def numbering(version):
    if version < QT_4_0:
        return "qt3"
    if version < QT_5_0:
        return "qt4"
    return "qt5" if version < QT_6_0 else "qt6"


def user_type_id(type_id, version):
    """True if a QVariant type id says 'user type, name follows' (Qt 4: 127, Qt 5: 1024+, Qt 6: 65536+)."""
    if version < QT_5_0:
        return type_id == 127
    return type_id >= (1024 if version < QT_6_0 else 65536)


def parse_type(text):
    """'QMap<QString,QList<qint32>>' -> ('QMap', [('QString', []), ('QList', [('qint32', [])])])."""
    pos = 0

    def parse():
        nonlocal pos
        start = pos
        while pos < len(text) and text[pos] not in "<>,":
            pos += 1
        name = text[start:pos].strip()
        args = []
        if pos < len(text) and text[pos] == "<":
            pos += 1
            while True:
                args.append(parse())
                if text[pos] == ",":
                    pos += 1
                    continue
                if text[pos] == ">":
                    pos += 1
                    break
        return (name, args)

    result = parse()
    if pos != len(text):
        raise ValueError("bad type expression: " + text)
    return result


def float_json(bits):
    """JSON for a float given its 32 IEEE bits: shortest decimal that reads back to the same float."""
    if (bits & 0x7F800000) == 0x7F800000:
        if bits & 0x007FFFFF:
            return "NaN" if bits == 0x7FC00000 else "NaN(0x%08x)" % bits
        return "-Infinity" if bits >> 31 else "Infinity"
    if bits == 0x80000000:
        return "-0.0"
    value = struct.unpack(">f", struct.pack(">I", bits))[0]
    for digits in range(1, 10):
        text = "%.*g" % (digits, value)
        if float_bits(float(text)) == bits:
            return float(text)
    raise AssertionError("no shortest form for float bits %08x" % bits)


def double_json(bits):
    """JSON for a double given its 64 IEEE bits (Python's repr is the shortest round-trip form)."""
    if (bits & 0x7FF0000000000000) == 0x7FF0000000000000:
        if bits & 0x000FFFFFFFFFFFFF:
            return "NaN" if bits == 0x7FF8000000000000 else "NaN(0x%016x)" % bits
        return "-Infinity" if bits >> 63 else "Infinity"
    if bits == 0x8000000000000000:
        return "-0.0"
    return struct.unpack(">d", struct.pack(">Q", bits))[0]


def float_to_double_bits(bits):
    """float -> double as x86 (and so Qt) converts: exact, a NaN keeps sign and payload, quieted."""
    if (bits & 0x7F800000) == 0x7F800000 and bits & 0x007FFFFF:
        return ((bits >> 31) << 63) | 0x7FF0000000000000 | (((bits & 0x007FFFFF) | 0x00400000) << 29)
    return struct.unpack(">Q", struct.pack(">d", struct.unpack(">f", struct.pack(">I", bits))[0]))[0]


def double_to_float_bits(bits):
    """double -> float as x86 converts: round to nearest even, a NaN keeps sign and top payload, quieted."""
    if (bits & 0x7FF0000000000000) == 0x7FF0000000000000 and bits & 0x000FFFFFFFFFFFFF:
        return ((bits >> 63) << 31) | 0x7FC00000 | ((bits >> 29) & 0x003FFFFF)
    return float_bits(struct.unpack(">d", struct.pack(">Q", bits))[0])


def float_bits(value):
    """The bits of the float nearest to a (non-NaN) double, overflowing to infinity as C does."""
    if abs(value) >= 2.0 ** 128 - 2.0 ** 103:
        return 0xFF800000 if value < 0 else 0x7F800000
    return struct.unpack(">I", struct.pack(">f", value))[0]


def date_json(jd):
    """QDate JSON from a Julian day (None: the null date)."""
    if jd is None:
        return None
    # Proleptic Gregorian from the Julian day, as QDate::getDate does (year 0 does not exist).
    a = jd + 32044
    b = (4 * a + 3) // 146097
    c = a - (146097 * b) // 4
    d = (4 * c + 3) // 1461
    e = c - (1461 * d) // 4
    m = (5 * e + 2) // 153
    day = e - (153 * m + 2) // 5 + 1
    month = m + 3 - 12 * (m // 10)
    year = 100 * b + d - 4800 + m // 10
    if year <= 0:
        year -= 1
    if 1 <= year <= 9999:
        return "%04d-%02d-%02d" % (year, month, day)
    return {"jd": jd}


def time_json(ms):
    """QTime JSON from the unsigned 32-bit wire value (None: the null time)."""
    if ms is None:
        return None
    if ms < 86400000:
        return "%02d:%02d:%02d.%03d" % (ms // 3600000, ms // 60000 % 60, ms // 1000 % 60, ms % 1000)
    return {"ms": ms}


class Lossy(ValueError):
    """Bytes Qt writes but does not read back as the same value: no golden vector can hold them."""


class Reader:
    def __init__(self, data, version, big_endian, single):
        self.data, self.pos = data, 0
        self.version, self.order, self.single = version, ">" if big_endian else "<", single

    def take(self, n):
        if self.pos + n > len(self.data):
            raise ValueError("read past end at %d (+%d of %d)" % (self.pos, n, len(self.data)))
        chunk = self.data[self.pos:self.pos + n]
        self.pos += n
        return chunk

    def num(self, fmt, n):
        return struct.unpack(self.order + fmt, self.take(n))[0]

    def u32(self):
        return self.num("I", 4)

    def string(self):
        if self.version == 1:
            # Qt_1_0 writes a QString as the QByteArray of its Latin-1 form, and reads it back only
            # up to the first NUL: such a string does not survive Qt's own round trip.
            b = self.bytearray()
            if b is not None and 0 in b:
                raise Lossy("a Qt_1_0 QString with a NUL character reads back cut short")
            return None if b is None else b.decode("latin-1")
        n = self.u32()
        if n == 0xFFFFFFFF:
            return None
        if n % 2:
            raise ValueError("odd QString byte count")
        units = struct.unpack(self.order + "%dH" % (n // 2), self.take(n))
        return "".join(chr(u) for u in units)

    def bytearray(self):
        n = self.u32()
        return None if n == 0xFFFFFFFF else self.take(n)

    def double_bits(self):
        """A 'double' field: four bytes (widened) under SinglePrecision from Qt_4_6 on."""
        if self.version >= QT_4_6 and self.single:
            return float_to_double_bits(self.num("I", 4))
        return self.num("Q", 8)

    def double(self):
        return double_json(self.double_bits())



def decode(type_expr, data, version, big_endian, single):
    reader = Reader(data, version, big_endian, single)
    value = read(parse_type(type_expr), reader)
    if reader.pos != len(data):
        raise ValueError("%s: %d bytes left over" % (type_expr, len(data) - reader.pos))
    return value


def read(t, r):
    name, args = t
    if name in SCALARS:
        fmt, n = SCALARS[name]
        if n == 8 and r.version < QT_3_3:
            # Before Qt_3_3, a 64-bit integer is two quint32 words, high word first, each in the
            # stream's byte order.
            v = (r.u32() << 32) | r.u32()
            if fmt == "q" and v >> 63:
                v -= 1 << 64
            return str(v)
        v = r.num(fmt, n)
        return str(v) if n == 8 else v
    if name == "bool":
        return r.num("B", 1) != 0
    if name == "float":
        if r.version >= QT_4_6 and not r.single:
            return float_json(double_to_float_bits(r.num("Q", 8)))
        return float_json(r.num("I", 4))
    if name == "double":
        return r.double()
    if name == "QChar":
        return chr(r.num("H", 2))
    if name == "QString":
        return r.string()
    if name == "QByteArray":
        b = r.bytearray()
        return None if b is None else b.hex()
    if name == "bytes":  # QDataStream::writeBytes: a length, the bytes, no null marker
        return r.take(r.u32()).hex()
    if name == "QTimeZone":
        return read_zone(r)
    if name == "const char*":
        n = r.u32()
        if n == 0:
            return None
        b = r.take(n)
        if b[-1] != 0:
            raise ValueError("const char* without NUL")
        return b[:-1].hex()
    if name in ("QStringList", "QVariantList") or name in SEQUENCES:
        element = {"QStringList": ("QString", []), "QVariantList": ("QVariant", [])}.get(name) or args[0]
        return [read(element, r) for _ in range(r.u32())]
    if name in ("QVariantMap", "QVariantHash") or name in ASSOCIATIVE:
        key, value = (("QString", []), ("QVariant", [])) if name.startswith("QVariant") else args
        return [[read(key, r), read(value, r)] for _ in range(r.u32())]
    if name == "QPair":
        return [read(args[0], r), read(args[1], r)]
    if name == "QBitArray":
        n = r.u32() if r.version < QT_6_0 else r.num("Q", 8)  # Qt 6 writes a quint64 bit count
        raw = r.take((n + 7) // 8)
        return "".join("1" if raw[i // 8] >> (i % 8) & 1 else "0" for i in range(n))
    if name == "QDate":
        return date_json(read_jd(r))
    if name == "QTime":
        return time_json(read_ms(r))
    if name == "QDateTime":
        return read_datetime(r)
    if name == "QUrl":
        b = r.bytearray()
        return None if b is None else b.decode("ascii")
    if name == "QUuid":
        d1, d2, d3 = r.num("I", 4), r.num("H", 2), r.num("H", 2)
        d4 = r.take(8)
        return "%08x-%04x-%04x-%s-%s" % (d1, d2, d3, d4[:2].hex(), d4[2:].hex())
    if name == "QLocale":
        return r.string()
    if name == "QRegExp":
        return {"pattern": r.string(), "cs": r.num("B", 1), "syntax": r.num("B", 1), "minimal": r.num("B", 1) != 0}
    if name == "QRegularExpression":
        return {"pattern": r.string(), "options": r.u32()}
    if name in ("QPoint", "QSize", "QRect", "QLine"):
        count = 2 if name in ("QPoint", "QSize") else 4
        small = r.version == 1
        return [r.num("h", 2) if small else r.num("i", 4) for _ in range(count)]
    if name in ("QPointF", "QSizeF", "QRectF", "QLineF"):
        count = 2 if name in ("QPointF", "QSizeF") else 4
        return [r.double() for _ in range(count)]
    if name == "QPolygon":
        return [read(("QPoint", []), r) for _ in range(r.u32())]
    if name == "QPolygonF":
        return [read(("QPointF", []), r) for _ in range(r.u32())]
    if name == "QColor":
        if r.version < QT_4_0:
            raise ValueError("QColor before Qt_4_0 has no JSON form")
        spec, alpha = r.num("b", 1), r.num("H", 2)
        return {"spec": spec, "alpha": alpha, "c": [r.num("H", 2) for _ in range(4)]}
    if name == "QVariant":
        return read_variant(r)
    raise ValueError("no decoder for " + name)


def read_jd(r):
    if r.version < QT_5_0:
        jd = r.u32()
        return None if jd == 0 else jd
    jd = r.num("q", 8)
    return None if jd == -(1 << 63) else jd


def read_ms(r):
    ms = r.u32()
    if r.version < QT_4_0:
        return None if ms == 0 else ms  # Qt 3 wrote the null time as 0 (so midnight reads as null)
    return None if ms == 0xFFFFFFFF else ms


SPECS = ["LocalTime", "UTC", "OffsetFromUTC", "TimeZone"]
QT4_SPECS = {-1: "LocalTime", 0: "LocalTime", 1: "LocalTime", 2: "UTC", 3: "OffsetFromUTC", 4: "TimeZone"}


def read_datetime(r):
    value = {"date": date_json(read_jd(r)), "time": time_json(read_ms(r))}
    if r.version < QT_4_0:
        value["spec"] = "LocalTime"
    elif r.version < QT_5_0 or r.version == QT_5_1:
        byte = r.num("b", 1)
        value["spec"] = QT4_SPECS[byte]
        if value["spec"] == "OffsetFromUTC":
            value["offset"] = 0  # not on the wire; the JSON mapping states offset 0 (as Qt reads it)
        value["qt4spec"] = byte
    else:
        value["spec"] = SPECS[r.num("b", 1)]
        if value["spec"] == "OffsetFromUTC":
            value["offset"] = r.num("i", 4) if r.version >= QT_5_2 else 0  # Qt_5_0 writes no offset
        elif r.version >= QT_5_2 and value["spec"] == "TimeZone":
            value["zone"] = read_zone(r)
    return value


def read_zone(r):
    """QTimeZone: an IANA id, or Qt's UTC-offset backend ("OffsetFromUtc" and its fields)."""
    first = r.string()
    # Qt 6.5+ markers (json-values.md): QTimeZone::UTC / LocalTime, fromSecondsAheadOfUtc, the invalid zone.
    if first == "QTimeZone::UTC":
        return {"kind": "UTC"}
    if first == "QTimeZone::LocalTime":
        return {"kind": "LocalTime"}
    if first == "AheadOfUtcBy":
        return {"kind": "AheadOfUtc", "offset": r.num("i", 4)}
    if first == "-No Time Zone Specified!":
        return {"kind": "Invalid"}
    if first != "OffsetFromUtc":
        return first
    zone = {"kind": "OffsetFromUtc", "id": r.string(), "offset": r.num("i", 4), "name": r.string(),
            "abbreviation": r.string(), "territory": r.num("i", 4), "comment": r.string()}
    return zone


def read_variant(r):
    type_id = r.u32()
    null = r.num("b", 1) if r.version >= QT_4_2 else 0
    if type_id == 0:
        # Before Qt_5_0 a QString follows: Qt writes the null QString, which is empty before Qt_2_1.
        value = {"type": "invalid"}
        if r.version < QT_5_0:
            text = r.string()
            if text is not None:
                value["value"] = text
        return value
    user = user_type_id(type_id, r.version)
    if user:
        raw = read(("const char*", []), r)
        name = bytes.fromhex(raw).decode("ascii")
    else:
        name = VARIANT_IDS[numbering(r.version)].get(type_id)
        if name is None:
            raise ValueError("unknown QVariant type id %d at version %d" % (type_id, r.version))
    value = {"type": name, "value": read(parse_type(VARIANT_PAYLOAD.get(name, name)), r)}
    if user:
        value["user"] = True  # written as a user type: the id, then the name (QUuid in a Qt 4 stream)
    if null:
        value["null"] = True
    return value
