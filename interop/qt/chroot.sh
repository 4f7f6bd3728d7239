#!/bin/sh
# Builds (or reuses) a Debian chroot with real Qt for the golden and differential checks.
#
#   interop/qt/chroot.sh trixie    Qt 6.8.2  (Debian 13)
#   interop/qt/chroot.sh sid       Qt 6.11.2 (Debian unstable)
#
# The chroot is ${QDS_CHROOTS:-/var/tmp/qds-chroots}/SUITE and holds python3-pyqt6, python3-pyqt5,
# qt6-base-dev, qtbase5-dev, g++, make and pkg-config. It is built into SUITE.tmp and renamed only
# when mmdebstrap succeeded and the chroot's python3 imports PyQt6, so a half-built chroot is never
# used; a complete one is reused as it is. Needs root (mmdebstrap's root mode, chroot); installs
# mmdebstrap with apt-get if it is missing. Prints the chroot's path on stdout, the rest on stderr.
# Run commands inside with interop/qt/run.sh. See docs/golden-vectors.md.
set -eu

suite=${1:-}
case "$suite" in
    trixie|sid) ;;
    *) echo "usage: $0 trixie|sid" >&2; exit 2 ;;
esac
base=${QDS_CHROOTS:-/var/tmp/qds-chroots}
dir="$base/$suite"
packages=python3-pyqt6,python3-pyqt5,qt6-base-dev,qtbase5-dev,g++,make,pkg-config

complete() {
    [ -x "$1/usr/bin/python3" ] && chroot "$1" /usr/bin/python3 -c 'import PyQt6.QtCore, PyQt5.QtCore' 2>/dev/null
}

if [ -d "$dir" ]; then
    if complete "$dir"; then
        echo "$dir"
        exit 0
    fi
    echo "chroot.sh: $dir exists but has no working PyQt6/PyQt5; remove it to rebuild" >&2
    exit 1
fi

if ! command -v mmdebstrap >/dev/null 2>&1; then
    echo "chroot.sh: installing mmdebstrap" >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq mmdebstrap >&2 \
        || { DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq mmdebstrap >&2; }
fi

mkdir -p "$base"
tmp="$dir.tmp"
rm -rf "$tmp"
# The mirror's sid Release file can be past its Valid-Until date.
set -- --variant=apt --include="$packages"
[ "$suite" = sid ] && set -- "$@" --aptopt='Acquire::Check-Valid-Until "false"'
echo "chroot.sh: building $suite into $tmp (about a minute or two)" >&2
if ! mmdebstrap "$@" "$suite" "$tmp" >&2; then
    rm -rf "$tmp"
    echo "chroot.sh: mmdebstrap $suite failed" >&2
    exit 1
fi
if ! complete "$tmp"; then
    rm -rf "$tmp"
    echo "chroot.sh: the $suite chroot's python3 cannot import PyQt6 and PyQt5" >&2
    exit 1
fi
mv "$tmp" "$dir"
echo "$dir"
