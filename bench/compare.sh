#!/usr/bin/env bash
# Paired CPU-time comparison (see io.github.qdatastream.bench.Compare): every (stream, chunking)
# cell in a fresh JVM, implementations in turns, median pass in thread CPU time. Robust against
# other processes on a shared machine; complements bench/run.sh (JMH).
# Usage: bench/compare.sh [sizeMiB] [rounds]    (default 16 MiB, 9 measured rounds)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
size="${1:-16}"
rounds="${2:-9}"
# Decoded values go to a compiler blackhole, as in JMH (see Compare.SINK); SINK=hash for the old sink.
# A fixed, pre-touched heap (see bench/run.sh): no fresh pages touched while measuring.
jvm=(-Xms1g -Xmx1g -XX:+AlwaysPreTouch -XX:+UnlockExperimentalVMOptions -XX:CompileCommand=quiet
     -XX:CompileCommand=blackhole,io.github.qdatastream.bench.Compare::consume -Dsink="${SINK:-blackhole}")
[ -f bench/target/benchmarks.jar ] || mvn -q -ntp -pl bench -am package -DskipTests
mkdir -p bench/results
out="bench/results/compare-$(date -u +%Y%m%dT%H%M%SZ)"
echo "# load before: $(cut -d' ' -f1-3 /proc/loadavg) sink: ${SINK:-blackhole}" > "$out.txt"
for stream in TRIP FORTUNE; do
  for chunking in WHOLE MTU_1460 RANDOM_1_64 ONE_BYTE; do
    java "${jvm[@]}" -cp bench/target/benchmarks.jar io.github.qdatastream.bench.Compare "$stream" "$chunking" "$size" "$rounds" | tee -a "$out.txt"
  done
done
for text in LATIN1 BMP; do
  java "${jvm[@]}" -cp bench/target/benchmarks.jar io.github.qdatastream.bench.Compare QSTRING "$text" | tee -a "$out.txt"
done
for stream in TRIP FORTUNE; do
  java "${jvm[@]}" -cp bench/target/benchmarks.jar io.github.qdatastream.bench.Compare ENCODE "$stream" "$size" "$rounds" | tee -a "$out.txt"
done
for shape in 1MiB/37B 4MiB/37B 16MiB/37B 4MiB/1KiB 4MiB/16KiB 4MiB/64KiB; do
  java "${jvm[@]}" -cp bench/target/benchmarks.jar io.github.qdatastream.bench.Compare LINEAR "$shape" 5 | tee -a "$out.txt"
done
echo "# load after: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$out.txt"
/usr/bin/python3 bench/report.py --compare "$out.txt" --md "$out.md" --png "$out.png"
echo "results: $out.{txt,md,png}"
