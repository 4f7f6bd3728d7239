#!/usr/bin/python3
"""QVariants whose payload this library has no codec for, written by real Qt (PyQt5 or PyQt6).

A QFont, QPen, QBrush, QKeySequence, QImage, ... variant, or a user type the reader has not
registered (PyQt_PyObject: a pickled Python object), can be read only as the last value of its
input, as a raw payload (QVariant.trailingCodec). These vectors check that such variants survive
wire -> raw QVariant (-> JSON) -> wire byte for byte, for Qt 5's and Qt 6's type numbering.

    /usr/bin/python3 generate_raw_qvariants.py 5 > qt5-raw-qvariants.jsonl    # PyQt5, Qt 5.15
    /usr/bin/python3 generate_raw_qvariants.py 6 > qt6-raw-qvariants.jsonl    # PyQt6, Qt 6.4

QEasingCurve's payload holds a function pointer, so its bytes change from run to run (check.sh
compares the other lines). One JSON object per line: {"version", "label", "type" (QVariant::typeName()), "id" (as written at
that version), "hex"}. Needs a GUI application object: run with QT_QPA_PLATFORM=offscreen.
"""
import fractions
import json
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
QT = sys.argv[1] if len(sys.argv) > 1 else "5"
if QT == "5":
    from PyQt5 import sip
    from PyQt5.QtCore import QByteArray, QDataStream, QIODevice, QVariant, QEasingCurve, QT_VERSION_STR
    from PyQt5.QtGui import (QBrush, QColor, QCursor, QFont, QGuiApplication, QIcon, QImage, QKeySequence, QPalette,
                             QPen, QPixmap, QRegion)
    from PyQt5.QtCore import Qt
    VERSIONS = ["Qt_4_0", "Qt_4_2", "Qt_4_6", "Qt_5_0", "Qt_5_15"]
    sip.enableautoconversion(QVariant, False)
    WRITE_ONLY = QIODevice.WriteOnly
else:
    from PyQt6 import sip
    from PyQt6.QtCore import QByteArray, QDataStream, QIODevice, QVariant, QEasingCurve, QT_VERSION_STR
    from PyQt6.QtGui import (QBrush, QColor, QCursor, QFont, QGuiApplication, QIcon, QImage, QKeySequence, QPalette,
                             QPen, QPixmap, QRegion)
    from PyQt6.QtCore import Qt
    VERSIONS = ["Qt_4_0", "Qt_5_15", "Qt_6_0", "Qt_6_4"]
    WRITE_ONLY = QIODevice.OpenModeFlag.WriteOnly

app = QGuiApplication(["generate_raw_qvariants"])


def image():
    img = QImage(2, 1, QImage.Format.Format_ARGB32)
    img.fill(QColor(10, 20, 30, 40))
    return img


def pen():
    p = QPen(QColor(1, 2, 3))
    p.setWidthF(2.5)
    return p


CASES = [
    ("font", lambda: QFont("Sans", 12)),
    ("font-bold", lambda: QFont("Serif", 9, QFont.Weight.Bold, True)),
    ("pen", pen),
    ("brush", lambda: QBrush(QColor(9, 8, 7))),
    ("keysequence", lambda: QKeySequence("Ctrl+S")),
    ("easingcurve", lambda: QEasingCurve(QEasingCurve.Type.OutQuad)),
    ("region", lambda: QRegion(1, 2, 3, 4)),
    ("image", image),
    ("pyobject-user-type", lambda: fractions.Fraction(1, 2)),
]


def encode(v, version):
    ba = QByteArray()
    s = QDataStream(ba, WRITE_ONLY)
    s.setVersion(version)
    s.writeQVariant(v)
    assert s.status() == QDataStream.Status.Ok
    return bytes(ba).hex()


for vname in VERSIONS:
    ver = getattr(QDataStream.Version, vname) if QT == "6" else getattr(QDataStream, vname)
    for label, make in CASES:
        v = QVariant(make())
        h = encode(v, ver)
        print(json.dumps({"version": vname, "label": label, "type": v.typeName(), "id": int(h[:8], 16), "hex": h,
                          "qt": QT_VERSION_STR}))
