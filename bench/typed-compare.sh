#!/usr/bin/env bash
# Issue 16's paired cells (Compare TYPED and ENCODE_TYPED: the typed path, the lower-level loop and
# the code before the redesign, in turns in one JVM), each cell in one fresh JVM per rotation of the
# implementations' order, so that every implementation runs first equally often: in one JVM the
# first one is compiled while the JIT's queue is empty, and at one byte that alone moved a loop by
# up to 1.5x (docs/performance.md, "The order in the JVM"). Prints one line per JVM with the in-JVM
# ratios (throughput, so above 1 is faster), then the median of each ratio over the JVMs.
# Usage: bench/typed-compare.sh [sizeMiB] [rounds]    (default 64 MiB, 9 measured rounds)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
size="${1:-64}"
rounds="${2:-9}"
jvm=(-Xms1g -Xmx1g -XX:+AlwaysPreTouch -XX:+UnlockExperimentalVMOptions -XX:CompileCommand=quiet
     -XX:CompileCommand=blackhole,io.github.qdatastream.bench.Compare::consume)
[ -f bench/target/benchmarks.jar ] || mvn -q -ntp -pl bench -am package -DskipTests
mkdir -p bench/results
out="bench/results/typed-compare-rotated-$(date -u +%Y%m%dT%H%M%SZ).txt"
run() { # rotation, Compare arguments...
  local rot=$1; shift
  echo "# rotate=$rot load=$(cut -d' ' -f1 /proc/loadavg)"
  java "${jvm[@]}" -Dcompare.rotate="$rot" -cp bench/target/benchmarks.jar io.github.qdatastream.bench.Compare "$@"
}
{
  echo "# date: $(date -u +%FT%TZ) load before: $(cut -d' ' -f1-3 /proc/loadavg) java: $(java -version 2>&1 | head -1)"
  for chunking in WHOLE MTU_1460 ONE_BYTE; do
    for rot in 0 1 2 3; do run "$rot" TYPED "$chunking" "$size" "$rounds"; done
  done
  for rot in 0 1 2; do run "$rot" ENCODE_TYPED "$size" "$rounds"; done
  echo "# load after: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$out"
# One line per JVM (in-JVM throughput ratios), then the medians: bench/typed-compare.awk.
awk -f bench/typed-compare.awk "$out" | tee -a "$out"
echo "results: $out"
