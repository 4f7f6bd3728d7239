#!/usr/bin/env bash
# Typed values against real Qt, from the repository root: bash interop/values/check.sh
#   QVariant conversions: Qt 5.15 (host PyQt5) and Qt 6.11 (the sid chroot, when it is there)
#   regenerate the committed tables; fail if Qt now converts differently.
set -euo pipefail
cd "$(dirname "$0")"
res=../../codec/src/test/resources/io/github/qdatastream/codec/values
/usr/bin/python3 conversions.py 5 | diff -u "$res/qt5-conversions.txt" - \
  || { echo "QVariant conversions differ from what real Qt 5 does" >&2; exit 1; }
/usr/bin/python3 variant_map.py | diff -u "$res/qt5-variantmap.hex" - \
  || { echo "the QVariantMap differs from what real Qt 5 writes" >&2; exit 1; }
sid=/var/tmp/qds-chroots/sid
if [ -x "$sid/usr/bin/python3" ]; then
  tmp="$(mktemp -d "$sid/tmp/values.XXXXXX")"
  trap 'rm -rf "$tmp"' EXIT
  cp conversions.py "$tmp/"
  chroot "$sid" python3 "/tmp/$(basename "$tmp")/conversions.py" 6 | diff -u "$res/qt6-conversions.txt" - \
    || { echo "QVariant conversions differ from what real Qt 6.11 does" >&2; exit 1; }
else
  echo "values: no Qt 6.11 chroot at $sid; Qt 6.11's conversion table not regenerated" >&2
fi
echo "values: QVariant conversions match real Qt"
