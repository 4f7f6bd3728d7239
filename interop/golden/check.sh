#!/bin/sh
# Regenerates golden vectors with the real Qt installed here and fails if Qt now writes different
# bytes than the committed files hold. Installs nothing.
#
#   interop/golden/check.sh          Qt 5: golden.jsonl      (needs python3-pyqt5, qtbase5-dev)
#   interop/golden/check.sh --qt6    Qt 6: golden-qt6.jsonl  (needs python3-pyqt6, qt6-base-dev)
#   interop/golden/check.sh --all    both
#
# See docs/golden-vectors.md.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
resources="$root/harness/src/test/resources/golden"

case "${1:-}" in
    "") sets="qt5" ;;
    --qt6) sets="qt6" ;;
    --all) sets="qt5 qt6" ;;
    *) echo "usage: $0 [--qt6 | --all]" >&2; exit 2 ;;
esac

tmp=$(mktemp -d "${TMPDIR:-/tmp}/qds-golden-check.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM

status=0
for set in $sets; do
    if [ "$set" = qt5 ]; then
        generator="$here/generate.py"; committed="$resources/golden.jsonl"
    else
        generator="$here/generate_qt6.py"; committed="$resources/golden-qt6.jsonl"
    fi
    fresh="$tmp/$(basename "$committed")"
    if ! /usr/bin/python3 "$generator" "$fresh" 2>"$tmp/$set.log"; then
        cat "$tmp/$set.log" >&2
        echo "golden check ($set): FAILED to regenerate the vectors with $(basename "$generator")" >&2
        status=1
        continue
    fi
    if cmp -s "$committed" "$fresh"; then
        echo "golden check ($set): OK, $(wc -l <"$committed") vectors match what real Qt writes"
        continue
    fi
    status=1
    echo "golden check ($set): FAILED, real Qt now writes different vectors than $committed" >&2
    diff "$committed" "$fresh" >"$tmp/$set.diff" || true
    echo "  lines only in the committed file: $(grep -c '^<' "$tmp/$set.diff" || true)" >&2
    echo "  lines only in the regenerated file: $(grep -c '^>' "$tmp/$set.diff" || true)" >&2
    echo "  types affected:" >&2
    grep '^[<>]' "$tmp/$set.diff" | sed 's/^[<>] {"type":"\([^"]*\)".*/    \1/' | sort | uniq -c | sort -rn | head -20 >&2
    echo "  first differences:" >&2
    head -20 "$tmp/$set.diff" | cut -c1-200 >&2
done
exit $status
