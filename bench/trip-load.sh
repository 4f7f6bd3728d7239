#!/usr/bin/env bash
# qds trip-server against the book's C++ Trip Server on loopback, 1, 10, 100 and 1000 concurrent
# Trip clients, both servers measured alternately in one run (bench/.../TripServerLoad.java).
# About 2-3 minutes (warm-up: 60,000 requests per server, at most 60 s each; then at every level 1 s
# unmeasured per server and 3 rounds (QDS_LOAD_ROUNDS) of 2 s per server). Usage: bench/trip-load.sh [SECONDS] [N...]
# Extra trip-server options: QDS_SERVER_ARGS="--threads 1" bench/trip-load.sh; its JVM's: QDS_SERVER_JVM_ARGS=...
# Writes bench/results/trip-load-<UTC time>.txt.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
mvn -q -ntp -pl bench,harness -am package -DskipTests
cpp="$(bash interop/book/build.sh target/book | tail -1)"
mkdir -p bench/results
out="bench/results/trip-load-$(date -u +%Y%m%dT%H%M%SZ).txt"
{
  echo "date: $(date -u +%FT%TZ)  nproc: $(nproc)  load before: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "java: $(java -version 2>&1 | head -1)  qt: $(pkg-config --modversion Qt5Core)"
  java -cp bench/target/benchmarks.jar io.github.qdatastream.bench.TripServerLoad "$cpp" harness/target/qds.jar "$@"
} 2>&1 | tee "$out"
