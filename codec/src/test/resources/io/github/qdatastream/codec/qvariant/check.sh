#!/usr/bin/env bash
# QVariant against real Qt (PyQt5 / Qt 5.15), from the repository root:
#   1. Qt regenerates the golden vectors; fail if Qt now writes different bytes than committed.
#      Same for the variants without a codec (raw payloads), Qt 5 and, when PyQt6 is there, Qt 6.
#   2. Differential: Qt must read 3000 random variants written by this codec cleanly.
set -euo pipefail
cd "$(dirname "$0")"
here="$(pwd)"
root="$(cd ../../../../../../../../.. && pwd)"
# The files name the Qt release that wrote them (Qt 5.15.8 and 6.4.2 on Debian 12, 5.15.15 and 6.8.2
# on Debian 13, which write the same bytes): compare what Qt writes, not its version label.
unlabel() { grep -v '^#' | sed 's/, "qt": "[^"]*"//'; }
/usr/bin/python3 generate_qvariants.py | unlabel | diff -u <(unlabel < qt5-qvariants.txt) - \
  || { echo "QVariant golden vectors differ from what real Qt writes" >&2; exit 1; }
# QEasingCurve streams a function pointer (it changes from run to run): compare the other lines.
stable() { grep -v '"easingcurve"' "$@"; }
/usr/bin/python3 generate_raw_qvariants.py 5 2>/dev/null | stable | unlabel | diff -u <(stable qt5-raw-qvariants.jsonl | unlabel) - \
  || { echo "raw QVariant vectors differ from what real Qt 5 writes" >&2; exit 1; }
if /usr/bin/python3 -c 'import PyQt6' 2>/dev/null; then
  /usr/bin/python3 generate_raw_qvariants.py 6 2>/dev/null | stable | unlabel | diff -u <(stable qt6-raw-qvariants.jsonl | unlabel) - \
    || { echo "raw QVariant vectors differ from what real Qt 6 writes" >&2; exit 1; }
fi
(cd "$root" && mvn -q -ntp -pl testkit -am test-compile)
java -cp "$root/codec/target/classes:$root/testkit/target/classes:$root/testkit/target/test-classes" io.github.qdatastream.codec.VariantSamples 3000 \
  | /usr/bin/python3 "$here/qt_reads_back.py" > /dev/null
echo "QVariant: golden vectors match real Qt; real Qt reads the codec's variants"
