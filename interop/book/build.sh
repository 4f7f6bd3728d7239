#!/usr/bin/env bash
# Builds the book's Trip Server (headless port, see NOTICE.md) with g++ and pkg-config Qt5Core
# Qt5Network (Debian: qtbase5-dev). Usage: interop/book/build.sh [OUTDIR]   (default: target/book)
# Prints the path of the binary.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="${1:-$here/../../target/book}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
moc="$(pkg-config --variable=host_bins Qt5Core)/moc"
[[ -x "$moc" ]] || moc="$(command -v moc || echo /usr/lib/qt5/bin/moc)"
bin="$out/tripserver"
if [[ ! -x "$bin" || "$here/tripserver.cpp" -nt "$bin" || "$here/tripserver.h" -nt "$bin" ]]; then
    "$moc" "$here/tripserver.h" -o "$out/moc_tripserver.cpp"
    g++ -std=c++17 -O2 -fPIC -I"$here" "$here/tripserver.cpp" "$out/moc_tripserver.cpp" -o "$bin" \
        $(pkg-config --cflags --libs Qt5Core Qt5Network)
fi
echo "$bin"
