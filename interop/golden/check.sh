#!/bin/sh
# Regenerates golden vectors with real Qt and fails if Qt now writes different bytes than the
# committed files hold. Installs nothing (the chroots: interop/qt/chroot.sh builds them).
#
#   interop/golden/check.sh               the host's Qt 5: golden.jsonl (python3-pyqt5, qtbase5-dev)
#   interop/golden/check.sh --qt6         the host's Qt 6 (python3-pyqt6, qt6-base-dev), against the
#                                         committed set of ITS version: Qt 6.4 (Debian 12)
#                                         golden-qt6.jsonl, Qt 6.8 (Debian 13) golden-qt6.8.jsonl,
#                                         Qt 6.11 golden-qt6.11.jsonl; another Qt 6 has no set and
#                                         is reported and skipped
#   interop/golden/check.sh --all         both of the above
#   interop/golden/check.sh --chroot S    Qt 6 in the chroot S (trixie: Qt 6.8, sid: Qt 6.11, via
#                                         interop/qt/run.sh; needs root): the golden set, the
#                                         QDataStream::Version numbers and the verdicts on the
#                                         hand-built inputs of that Qt
#
# Qt 5.15.15 (Debian 13) writes golden.jsonl byte for byte as 5.15.8 (Debian 12) does. Each set is
# compared only with the Qt version that wrote it, so the host's Qt never changes what the check
# expects. See docs/golden-vectors.md.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
resources="$root/harness/src/test/resources/golden"
versions="$root/codec/src/test/resources/io/github/qdatastream/codec/stream-versions"

suite=
case "${1:-}" in
    "") sets="qt5" ;;
    --qt6) sets="qt6" ;;
    --all) sets="qt5 qt6" ;;
    --chroot)
        suite=${2:-}
        case "$suite" in trixie|sid) ;; *) echo "usage: $0 --chroot trixie|sid" >&2; exit 2 ;; esac
        sets="qt6 versions verdicts" ;;
    *) echo "usage: $0 [--qt6 | --all | --chroot trixie|sid]" >&2; exit 2 ;;
esac

# Output goes below the repository, which a chroot sees at /repo.
mkdir -p "$root/target"
tmp=$(mktemp -d "$root/target/qds-golden-check.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM
rel=${tmp#"$root"/}

# python SCRIPT ARGS...: the host's /usr/bin/python3, or the chroot's with the paths under /repo.
python() {
    script=$1
    shift
    if [ -n "$suite" ]; then
        "$root/interop/qt/run.sh" "$suite" /usr/bin/python3 "/repo/${script#"$root"/}" "$@"
    else
        /usr/bin/python3 "$script" "$@"
    fi
}
out_path() { if [ -n "$suite" ]; then echo "/repo/$rel/$1"; else echo "$tmp/$1"; fi; }

status=0
qt6_minor=
if echo "$sets" | grep -q qt6; then
    printf 'from PyQt6.QtCore import QT_VERSION_STR\nprint(QT_VERSION_STR)\n' >"$tmp/qtversion.py"
    qt6=$(python "$tmp/qtversion.py")
    qt6_minor=$(echo "$qt6" | cut -d. -f1,2)
fi

compare() { # name committed fresh
    if cmp -s "$2" "$3"; then
        echo "golden check ($1): OK, $(wc -l <"$2") lines match what real Qt writes"
        return 0
    fi
    status=1
    echo "golden check ($1): FAILED, real Qt now writes different lines than $2" >&2
    diff "$2" "$3" >"$tmp/diff" || true
    echo "  lines only in the committed file: $(grep -c '^<' "$tmp/diff" || true)" >&2
    echo "  lines only in the regenerated file: $(grep -c '^>' "$tmp/diff" || true)" >&2
    echo "  types affected:" >&2
    grep '^[<>]' "$tmp/diff" | sed 's/^[<>] {"type":"\([^"]*\)".*/    \1/' | sort | uniq -c | sort -rn | head -20 >&2
    echo "  first differences:" >&2
    head -20 "$tmp/diff" | cut -c1-200 >&2
}

for set in $sets; do
    case "$set" in
        qt5) generator="$here/generate.py"; committed="$resources/golden.jsonl"; name="Qt 5" ;;
        qt6)
            generator="$here/generate_qt6.py"
            case "$qt6_minor" in
                6.4) committed="$resources/golden-qt6.jsonl" ;;
                6.8|6.11) committed="$resources/golden-qt$qt6_minor.jsonl" ;;
                *) echo "golden check (Qt $qt6): no committed set for this Qt 6 version; not checked"; continue ;;
            esac
            name="Qt $qt6${suite:+ in $suite}" ;;
        versions)
            generator="$here/stream_versions.py"; committed="$versions/qt-$qt6_minor.json"
            name="Qt $qt6 QDataStream::Version" ;;
        verdicts)
            generator="$here/verdicts.py"; committed="$resources/verdicts-qt$qt6_minor.jsonl"
            name="Qt $qt6 verdicts" ;;
    esac
    fresh=$(basename "$committed")
    if ! python "$generator" "$(out_path "$fresh")" 2>"$tmp/$set.log"; then
        cat "$tmp/$set.log" >&2
        echo "golden check ($name): FAILED to regenerate $fresh with $(basename "$generator")" >&2
        status=1
        continue
    fi
    if [ ! -f "$committed" ]; then
        echo "golden check ($name): FAILED, no committed $committed" >&2
        status=1
        continue
    fi
    compare "$name" "$committed" "$tmp/$fresh"
done
exit $status
