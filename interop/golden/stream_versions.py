#!/usr/bin/python3
"""Writes the QDataStream::Version enumerators of this interpreter's real Qt 6 (PyQt6) as JSON.

Usage: python3 interop/golden/stream_versions.py [OUTPUT]
       (default: codec/src/test/resources/io/github/qdatastream/codec/stream-versions/qt-<major.minor>.json)

One object: {"qt": "6.11.2", "versions": {"Qt_1_0": 1, ..., "Qt_6_11": 24}} in enum order, plus
"Qt_DefaultCompiledVersion". StreamVersionTest holds StreamVersion to the files of Qt 6.8 and 6.11;
interop/golden/check.sh regenerates them in the chroots and fails on any difference.
"""
import json
import os
import sys

from PyQt6.QtCore import QT_VERSION_STR, QDataStream

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DIRECTORY = os.path.join(ROOT, "codec", "src", "test", "resources", "io", "github", "qdatastream", "codec",
                         "stream-versions")


def main():
    minor = ".".join(QT_VERSION_STR.split(".")[:2])
    output = sys.argv[1] if len(sys.argv) > 1 else os.path.join(DIRECTORY, "qt-%s.json" % minor)
    versions = {name: int(value) for name, value in QDataStream.Version.__members__.items()}
    default = versions.pop("Qt_DefaultCompiledVersion", None)
    document = {"qt": QT_VERSION_STR, "versions": versions}
    if default is not None:
        document["Qt_DefaultCompiledVersion"] = default
    os.makedirs(os.path.dirname(output), exist_ok=True)
    with open(output, "w", encoding="ascii", newline="\n") as out:
        out.write(json.dumps(document, indent=1) + "\n")
    print("%d QDataStream::Version names of Qt %s -> %s" % (len(versions), QT_VERSION_STR, output), file=sys.stderr)


if __name__ == "__main__":
    main()
