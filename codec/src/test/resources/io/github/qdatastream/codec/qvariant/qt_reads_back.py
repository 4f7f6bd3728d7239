#!/usr/bin/python3
"""Differential check: real Qt (PyQt5, Qt 5.15) reads QVariants written by this codec.

stdin: lines "<stream version>\t<hex>" (for example from a Java loop over VariantGenerators).
Every line must be read by Qt with status Ok and nothing left over; otherwise it is printed as
"UNREAD" and the exit status is 1. Qt then writes the variant back; lines whose bytes differ are
printed as "REWRITTEN" (informational: Qt normalizes some things when it writes, for example it
sorts QVariantMap keys, writes a user-flagged built-in type with its id, quiets signalling NaNs).
"""
import sys
from PyQt5 import sip
from PyQt5.QtCore import QByteArray, QDataStream, QIODevice, QVariant
from PyQt5.QtGui import QColor  # noqa: F401 -- loads QtGui so QColor/QPolygon variants can be streamed
from PyQt5.QtWidgets import QSizePolicy  # noqa: F401 -- and QtWidgets for QSizePolicy

# Keep QVariant as QVariant: PyQt would otherwise convert to Python values and lose null flags.
sip.enableautoconversion(QVariant, False)

unread = rewritten = total = 0
for line in sys.stdin:
    version, hexdata = line.rstrip("\n").split("\t")
    total += 1
    data = QByteArray(bytes.fromhex(hexdata))
    rs = QDataStream(data)
    rs.setVersion(getattr(QDataStream, version))
    v = rs.readQVariant()
    if rs.status() != QDataStream.Ok or not rs.atEnd():
        unread += 1
        print("UNREAD", version, hexdata, "status %d, %d bytes left" % (rs.status(), rs.device().bytesAvailable()),
              sep="\t")
        continue
    out = QByteArray()
    ws = QDataStream(out, QIODevice.WriteOnly)
    ws.setVersion(getattr(QDataStream, version))
    ws.writeQVariant(v)
    if bytes(out).hex() != hexdata:
        rewritten += 1
        print("REWRITTEN", version, hexdata, bytes(out).hex(), sep="\t")
print("%d variants: %d not read cleanly by Qt, %d written back differently" % (total, unread, rewritten),
      file=sys.stderr)
sys.exit(1 if unread else 0)
