#!/usr/bin/python3
"""A nested QVariantMap as a Qt program writes it (PyQt5 / Qt 5.15, QDataStream Qt_5_15), for the typed getters.

Usage: /usr/bin/python3 interop/values/variant_map.py > codec/src/test/resources/io/github/qdatastream/codec/values/qt5-variantmap.hex
QVariantViewTest reads it with VariantMap's getters. The same map, in Python:
  {"name": "Trip Server", "port": ushort 6178, "ratio": 0.75, "enabled": True, "started": QDate(2026, 12, 24),
   "server": {"host": "127.0.0.1", "timeout": int 30, "tags": ["a", "b"]},
   "trips": [ {"minutes": ushort 95, "train": "ICE"}, {"minutes": ushort 88, "train": "IC"} ]}
"""
from PyQt5.QtCore import QByteArray, QDataStream, QDate, QIODevice, QMetaType, QVariant


def typed(x, t):
    v = QVariant(x)
    assert v.convert(t)
    return v


def vmap(d):
    return typed(d, QMetaType.QVariantMap)


value = vmap({
    "name": QVariant("Trip Server"),
    "port": typed(6178, QMetaType.UShort),
    "ratio": QVariant(0.75),
    "enabled": QVariant(True),
    "started": QVariant(QDate(2026, 12, 24)),
    "server": vmap({"host": QVariant("127.0.0.1"), "timeout": typed(30, QMetaType.Int),
                    "tags": typed(["a", "b"], QMetaType.QStringList)}),
    "trips": QVariant([vmap({"minutes": typed(95, QMetaType.UShort), "train": QVariant("ICE")}),
                       vmap({"minutes": typed(88, QMetaType.UShort), "train": QVariant("IC")})]),
})
ba = QByteArray()
s = QDataStream(ba, QIODevice.WriteOnly)
s.setVersion(QDataStream.Qt_5_15)
s << value
assert s.status() == QDataStream.Ok
print(bytes(ba).hex())
