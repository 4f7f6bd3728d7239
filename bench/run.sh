#!/usr/bin/env bash
# Builds the JMH benchmarks and runs them; writes bench/results/<mode>-<UTC time>.json and, from
# it, a Markdown table (.md) and a chart (.png) via bench/report.py.
#
# Usage: bench/run.sh [quick|full] [extra JMH options...]
#   quick: 1 fork, short iterations, 16 MiB streams (about 10 minutes on 2 cores)
#   full:  2 forks, longer iterations, 64 MiB streams
# Example, one benchmark only: bench/run.sh quick 'ReassemblyBenchmark' -p chunking=ONE_BYTE
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
mode="${1:-quick}"
shift || true
case "$mode" in
  quick) opts=(-f 1 -wi 2 -w 1s -i 3 -r 1s -p sizeMiB=16) ;;
  full)  opts=(-f 2 -wi 4 -w 2s -i 5 -r 2s -p sizeMiB=64) ;;
  *) echo "usage: bench/run.sh [quick|full] [JMH options]" >&2; exit 2 ;;
esac
mvn -q -ntp -pl bench -am package -DskipTests
mkdir -p bench/results
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
out="bench/results/$mode-$stamp"
{
  echo "date: $(date -u +%FT%TZ)"
  echo "nproc: $(nproc)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
  echo "java: $(java -version 2>&1 | head -2 | tr '\n' ' ')"
  echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "jmh options: ${opts[*]} $*"
} > "$out.machine.txt"
# JMH treats the first plain argument as a regular expression of benchmarks to run.
# A fixed, pre-touched heap: on a VM whose host hands memory back lazily, a heap that grows (or
# uncommits and grows again) touches fresh pages at a cost that once made a fork 10x slower.
java -jar bench/target/benchmarks.jar "${opts[@]}" -jvmArgsAppend "-Xms2g -Xmx2g -XX:+AlwaysPreTouch" -prof gc -rf json -rff "$out.json" "$@"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$out.machine.txt"
/usr/bin/python3 bench/report.py "$out.json" --md "$out.md" --png "$out.png"
echo "results: $out.{json,md,png,machine.txt}"
