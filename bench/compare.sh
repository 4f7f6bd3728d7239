#!/usr/bin/env bash
# Paired CPU-time comparison (see io.github.qdatastream.bench.Compare): every cell in a fresh JVM,
# implementations in turns, median pass in thread CPU time. Robust against other processes on a
# shared machine; complements bench/run.sh (JMH).
#
# Usage: bench/compare.sh [sizeMiB] [rounds]          the targets' cells (default 16 MiB, 9 rounds):
#                                                      framing, QString, encoding, linearity
#        bench/compare.sh typed [sizeMiB] [rounds]    issue 16's cells (default 64 MiB, 9 rounds)
#
# The typed mode (Compare TYPED and ENCODE_TYPED: the typed path, the lower-level loop and the code
# before the redesign) runs each cell once per rotation of the implementations' order, so that every
# implementation runs first equally often: in one JVM the first one is compiled while the JIT's
# queue is empty, and at one byte that alone moved a loop by up to 1.5x (docs/performance.md, "The
# order in the JVM"). It prints one line per JVM with the in-JVM ratios (throughput, so above 1 is
# faster), then the median of each ratio over the JVMs (bench/typed-compare.awk).
#
# QDS_COMPARE_JVM_ARGS adds options to every JVM (for an experiment, e.g. a CompileCommand);
# QDS_COMPARE_JAR runs another build's benchmarks jar (a copy of bench/target/benchmarks.jar made
# before a change: run the two alternately for a paired before/after). The results file records both.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
mode=targets
if [ "${1:-}" = typed ]; then mode=typed; shift; fi
if [ $mode = typed ]; then size="${1:-64}"; else size="${1:-16}"; fi
rounds="${2:-9}"
# Decoded values go to a compiler blackhole, as in JMH (see Compare.SINK); SINK=hash for the old sink.
# A fixed, pre-touched heap (see bench/run.sh): no fresh pages touched while measuring.
read -r -a extra <<< "${QDS_COMPARE_JVM_ARGS:-}"
jvm=(-Xms1g -Xmx1g -XX:+AlwaysPreTouch -XX:+UnlockExperimentalVMOptions -XX:CompileCommand=quiet
     -XX:CompileCommand=blackhole,io.github.qdatastream.bench.Compare::consume -Dsink="${SINK:-blackhole}"
     ${extra[@]+"${extra[@]}"})
jar="${QDS_COMPARE_JAR:-bench/target/benchmarks.jar}"
if [ -n "${QDS_COMPARE_JAR:-}" ] && [ ! -f "$jar" ]; then echo "QDS_COMPARE_JAR: no such file: $jar" >&2; exit 2; fi
[ -f "$jar" ] || mvn -q -ntp -pl bench -am package -DskipTests
mkdir -p bench/results
props=()  # system properties of the JVM (rotated() sets its own, local)
compare() { # Compare arguments...
  java "${jvm[@]}" ${props[@]+"${props[@]}"} -cp "$jar" io.github.qdatastream.bench.Compare "$@"
}
header() {
  echo "# date: $(date -u +%FT%TZ) load before: $(cut -d' ' -f1-3 /proc/loadavg) sink: ${SINK:-blackhole}" \
       "java: $(java -version 2>&1 | head -1) extra JVM options: ${QDS_COMPARE_JVM_ARGS:-none} jar: $jar"
}

if [ $mode = typed ]; then
  out="bench/results/typed-compare-rotated-$(date -u +%Y%m%dT%H%M%SZ).txt"
  rotated() { # rotation, Compare arguments...
    local rot=$1; shift
    echo "# rotate=$rot load=$(cut -d' ' -f1 /proc/loadavg)"
    local props=(-Dcompare.rotate="$rot")
    compare "$@"
  }
  {
    header
    for chunking in WHOLE MTU_1460 ONE_BYTE; do
      for rot in 0 1 2 3; do rotated "$rot" TYPED "$chunking" "$size" "$rounds"; done
    done
    for rot in 0 1 2; do rotated "$rot" ENCODE_TYPED "$size" "$rounds"; done
    echo "# load after: $(cut -d' ' -f1-3 /proc/loadavg)"
  } | tee "$out"
  awk -f bench/typed-compare.awk "$out" | tee -a "$out"
  echo "results: $out"
  exit 0
fi

out="bench/results/compare-$(date -u +%Y%m%dT%H%M%SZ)"
header > "$out.txt"
for stream in TRIP FORTUNE; do
  for chunking in WHOLE MTU_1460 RANDOM_1_64 ONE_BYTE; do
    compare "$stream" "$chunking" "$size" "$rounds" | tee -a "$out.txt"
  done
done
for text in LATIN1 BMP; do
  compare QSTRING "$text" | tee -a "$out.txt"
done
for stream in TRIP FORTUNE; do
  compare ENCODE "$stream" "$size" "$rounds" | tee -a "$out.txt"
done
for shape in 1MiB/37B 4MiB/37B 16MiB/37B 4MiB/1KiB 4MiB/16KiB 4MiB/64KiB; do
  compare LINEAR "$shape" 5 | tee -a "$out.txt"
done
echo "# load after: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$out.txt"
/usr/bin/python3 bench/report.py --compare "$out.txt" --md "$out.md" --png "$out.png"
echo "results: $out.{txt,md,png}"
