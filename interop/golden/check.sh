#!/bin/sh
# Regenerates the golden vectors with the real Qt installed here and fails if Qt now writes
# different bytes than harness/src/test/resources/golden/golden.jsonl holds.
# Needs /usr/bin/python3 with PyQt5 (python3-pyqt5) and qtbase5-dev (g++, pkg-config Qt5Core);
# installs nothing. See docs/golden-vectors.md.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
committed="$root/harness/src/test/resources/golden/golden.jsonl"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/qds-golden-check.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM

/usr/bin/python3 "$here/generate.py" "$tmp/golden.jsonl" 2>"$tmp/generate.log" || {
    cat "$tmp/generate.log" >&2
    echo "golden check: FAILED to regenerate the vectors" >&2
    exit 1
}
if cmp -s "$committed" "$tmp/golden.jsonl"; then
    echo "golden check: OK, $(wc -l <"$committed") vectors match what real Qt writes"
    exit 0
fi
echo "golden check: FAILED, real Qt now writes different vectors than $committed" >&2
diff "$committed" "$tmp/golden.jsonl" >"$tmp/diff" || true
echo "  lines only in the committed file: $(grep -c '^<' "$tmp/diff" || true)" >&2
echo "  lines only in the regenerated file: $(grep -c '^>' "$tmp/diff" || true)" >&2
echo "  types affected:" >&2
grep '^[<>]' "$tmp/diff" | sed 's/^[<>] {"type":"\([^"]*\)".*/    \1/' | sort | uniq -c | sort -rn | head -20 >&2
echo "  first differences:" >&2
head -20 "$tmp/diff" | cut -c1-200 >&2
exit 1
