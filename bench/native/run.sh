#!/usr/bin/env bash
# Native Qt baseline: builds qtbench (g++, Qt5Core) and runs it on the same bytes the Java
# benchmarks use, written by io.github.qdatastream.bench.Workloads.
# Usage: bench/native/run.sh [sizeMiB] [repeats]   (default 64 MiB, 5 repeats)
# Needs: qtbase5-dev, g++, pkg-config; the bench module built (bench/run.sh or
#   mvn -pl bench -am package -DskipTests).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
size="${1:-64}"
repeats="${2:-5}"
jar="$root/bench/target/benchmarks.jar"
out="$root/bench/target/native"
mkdir -p "$out/data"
if [ ! -f "$jar" ]; then
  (cd "$root" && mvn -q -ntp -pl bench -am package -DskipTests)
fi
java -cp "$jar" io.github.qdatastream.bench.Workloads "$out/data" "$size"
java -cp "$jar" io.github.qdatastream.bench.Workloads "$out/data/p4" 4
mv "$out/data/p4/trip.bin" "$out/data/trip4.bin"
mv "$out/data/p4/fortune.bin" "$out/data/fortune4.bin"
g++ -O2 -std=c++17 -fPIC -o "$out/qtbench" "$here/qtbench.cpp" $(pkg-config --cflags --libs Qt5Core)
"$out/qtbench" "$out/data" "$repeats" | tee "$root/bench/results/native-qt.txt"
