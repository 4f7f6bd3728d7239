#!/usr/bin/env bash
# Typed values against real Qt, from the repository root: bash interop/values/check.sh
#   QVariant conversions: Qt 5.15 (host PyQt5) and Qt 6.11 (the sid chroot, when it is there)
#   regenerate the committed tables; fail if Qt now converts differently.
#   qCompress: Qt 5.15 and 6 (host PyQt6; the sid chroot's Qt 6.11) regenerate the golden vectors;
#   then real Qt's qUncompress must read what QCompress.compress writes (QCompressSamples).
set -euo pipefail
cd "$(dirname "$0")"
res=../../codec/src/test/resources/io/github/qdatastream/codec/values
# The first line of each file names the Qt release (Qt 5.15.8 on Debian 12, 5.15.15 on Debian 13,
# which convert and compress alike): what Qt does is compared, not its version label.
diff -u <(tail -n +2 "$res/qt5-conversions.txt") <(/usr/bin/python3 conversions.py 5 | tail -n +2) \
  || { echo "QVariant conversions differ from what real Qt 5 does" >&2; exit 1; }
/usr/bin/python3 variant_map.py | diff -u "$res/qt5-variantmap.hex" - \
  || { echo "the QVariantMap differs from what real Qt 5 writes" >&2; exit 1; }
diff -u <(tail -n +2 "$res/qt5-qcompress.txt") <(/usr/bin/python3 qcompress.py generate 5 | tail -n +2) \
  || { echo "qCompress golden vectors differ from what real Qt 5 writes" >&2; exit 1; }
if /usr/bin/python3 -c 'import PyQt6' 2>/dev/null; then
  diff -u <(tail -n +2 "$res/qt5-qcompress.txt") <(/usr/bin/python3 qcompress.py generate 6 | tail -n +2) \
    || { echo "real Qt 6 compresses differently from the committed Qt 5 vectors" >&2; exit 1; }
fi
root="$(cd ../.. && pwd)"
(cd "$root" && mvn -q -ntp -pl codec test-compile)
samples="$(mktemp)"
java -cp "$root/codec/target/classes:$root/codec/target/test-classes" io.github.qdatastream.codec.QCompressSamples 300 > "$samples"
/usr/bin/python3 qcompress.py read 5 < "$samples"
if /usr/bin/python3 -c 'import PyQt6' 2>/dev/null; then /usr/bin/python3 qcompress.py read 6 < "$samples"; fi
sid="${QDS_CHROOTS:-/var/tmp/qds-chroots}/sid"
if [ -x "$sid/usr/bin/python3" ]; then
  tmp="$(mktemp -d "$sid/tmp/values.XXXXXX")"
  trap 'rm -rf "$tmp" "$samples"' EXIT
  cp conversions.py qcompress.py "$samples" "$tmp/"
  inside="/tmp/$(basename "$tmp")"
  diff -u <(tail -n +2 "$res/qt6-conversions.txt") <(chroot "$sid" python3 "$inside/conversions.py" 6 | tail -n +2) \
    || { echo "QVariant conversions differ from what real Qt 6.11 does" >&2; exit 1; }
  diff -u <(tail -n +2 "$res/qt5-qcompress.txt") <(chroot "$sid" python3 "$inside/qcompress.py" generate 6 | tail -n +2) \
    || { echo "real Qt 6.11 compresses differently from the committed vectors" >&2; exit 1; }
  chroot "$sid" python3 "$inside/qcompress.py" read 6 < "$samples"
else
  echo "values: no Qt 6.11 chroot at $sid; Qt 6.11's conversion table not regenerated" >&2
fi
rm -f "$samples"
echo "values: QVariant conversions and qCompress match real Qt; real Qt reads what QCompress writes"
