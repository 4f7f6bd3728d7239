#!/usr/bin/env bash
# The long fuzzing campaign of docs/fuzzing.md, one command: every target (or the ones named) run as
# ClusterFuzzLite runs it, then its corpus minimized into fuzz/corpus-kept/ and the codec's coverage
# by that kept corpus measured with JaCoCo.
#
#   fuzz/campaign.sh [SECONDS] [TARGET...]      TARGET as Class_method (default: all targets)
#
# Per target: until 10 million executions or SECONDS (default 1800) of wall time, whichever comes
# first, under the wrapper .clusterfuzzlite/build.sh writes (-Xmx256m -Xss1m), starting from the
# target's seed zip (its kept inputs and kept corpus); then `-merge=1` into a fresh directory that
# replaces fuzz/corpus-kept/<target>/; then `-runs=0` over the kept corpus with the JaCoCo agent.
# CAMPAIGN_JOBS targets run side by side (default 1), at CAMPAIGN_NICE (default 10).
# Results: one line per target appended to $CAMPAIGN_WORK/results.tsv (default fuzz/target/campaign),
# and the codec's coverage by all kept corpora together in $CAMPAIGN_WORK/all.csv.
# A finding stops that target with its libFuzzer log in $CAMPAIGN_WORK/<target>.fuzz.log.
# CAMPAIGN_COVERAGE_ONLY=1 only measures: the coverage of each target's kept corpus as it is, and
# of all of them together (no fuzzing, fuzz/corpus-kept/ unchanged; executions and times are 0).
set -euo pipefail
FUZZ_DIR="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$FUZZ_DIR")"
BOX="${1:-1800}"; [[ $# -gt 0 ]] && shift
WORK="${CAMPAIGN_WORK:-$FUZZ_DIR/target/campaign}"
JOBS="${CAMPAIGN_JOBS:-1}"
NICE="${CAMPAIGN_NICE:-10}"
RUNS=10000000

if [[ ! -x "$WORK/layout/out/jazzer_driver" ]]; then
  CFLITE_WORK="$WORK/layout" CFLITE_CHECK_SECONDS=0 bash "$ROOT/.clusterfuzzlite/check.sh"
fi
OUT="$WORK/layout/out"
jacoco_version=0.8.13
if [[ ! -f "$WORK/jacoco/org.jacoco.cli-nodeps.jar" ]]; then
  mkdir -p "$WORK/jacoco"
  mvn -q -B -ntp dependency:copy -Dartifact=org.jacoco:org.jacoco.agent:$jacoco_version:jar:runtime \
    -DoutputDirectory="$WORK/jacoco" -Dmdep.stripVersion=true -Dmdep.stripClassifier=true
  mvn -q -B -ntp dependency:copy -Dartifact=org.jacoco:org.jacoco.cli:$jacoco_version:jar:nodeps \
    -DoutputDirectory="$WORK/jacoco" -Dmdep.stripVersion=true
fi
codec_jar="$(ls "$OUT"/qds-fuzz/lib/qdatastream-codec-*.jar | grep -v -e sources -e javadoc | head -1)"
commit="$(git -C "$ROOT" rev-parse --short HEAD)"

if [[ $# -gt 0 ]]; then TARGETS=("$@"); else
  mapfile -t TARGETS < <(cd "$OUT" && grep -l LLVMFuzzerTestOneInput -- * | sort)
fi

# coverage EXEC_FILE CSV: the codec's line and branch coverage from JaCoCo execution data.
coverage() {
  java -jar "$WORK/jacoco/org.jacoco.cli-nodeps.jar" report "$1" --classfiles "$codec_jar" --csv "$2" >/dev/null
  awk -F, 'NR > 1 { bm += $6; bc += $7; lm += $8; lc += $9 }
    END { printf "%.1f%% (%d of %d)\t%.1f%% (%d of %d)", 100 * lc / (lc + lm), lc, lc + lm, 100 * bc / (bc + bm), bc, bc + bm }' "$2"
}

campaign_one() {
  local t="$1" dir="$WORK/$t"
  rm -rf "$dir"; mkdir -p "$dir/corpus" "$dir/min"
  [[ -f "$OUT/${t}_seed_corpus.zip" ]] && (cd "$dir/corpus" && jar xf "$OUT/${t}_seed_corpus.zip")
  local start end cpu execs=0
  start=$(date +%s)
  if [[ "${CAMPAIGN_COVERAGE_ONLY:-0}" == 1 ]]; then
    cp "$FUZZ_DIR/corpus-kept/$t"/* "$dir/min/" 2>/dev/null || true
    end=$start; cpu=0
  elif ! (cd "$dir" && /usr/bin/time -f '%U %S' -o "$dir/cpu" nice -n "$NICE" "$OUT/$t" \
        -max_total_time="$BOX" -runs=$RUNS -print_final_stats=1 corpus) >"$WORK/$t.fuzz.log" 2>&1; then
    echo "campaign: $t FAILED (a finding?), see $WORK/$t.fuzz.log" >&2
    return 1
  else
    end=$(date +%s)
    cpu="$(awk '{ printf "%d", $1 + $2 }' "$dir/cpu")"
    execs="$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$WORK/$t.fuzz.log" | tail -1 | grep -o '[0-9]*$')"
    (cd "$dir" && nice -n "$NICE" "$OUT/$t" -merge=1 -timeout=300 min corpus) >"$WORK/$t.merge.log" 2>&1
    rm -rf "$FUZZ_DIR/corpus-kept/$t"; mkdir -p "$FUZZ_DIR/corpus-kept/$t"
    cp "$dir"/min/* "$FUZZ_DIR/corpus-kept/$t/" 2>/dev/null || true
  fi
  (cd "$dir" && JAVA_TOOL_OPTIONS="-javaagent:$WORK/jacoco/org.jacoco.agent.jar=destfile=$WORK/$t.exec,includes=io.github.qdatastream.codec.*" \
     nice -n "$NICE" "$OUT/$t" -runs=0 -timeout=300 min) >"$WORK/$t.cov.log" 2>&1
  local files bytes cov
  files="$(ls "$FUZZ_DIR/corpus-kept/$t" | wc -l)"
  bytes="$(cat "$FUZZ_DIR/corpus-kept/$t"/* 2>/dev/null | wc -c)"
  cov="$(coverage "$WORK/$t.exec" "$WORK/$t.csv")"
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s, %s\t%s\n' "$t" "$commit" "$execs" "$((end - start))" "$cpu" \
    "$((execs / (end - start > 0 ? end - start : 1)))" "$files" "$bytes" "$cov" | tee -a "$WORK/results.tsv"
  rm -rf "$dir"
}

echo "campaign: ${#TARGETS[@]} targets, each until $RUNS executions or ${BOX}s, $JOBS at a time, codec of $commit"
status=0
running=0
for t in "${TARGETS[@]}"; do
  campaign_one "$t" &
  running=$((running + 1))
  if [[ $running -ge $JOBS ]]; then wait -n || status=1; running=$((running - 1)); fi
done
while [[ $running -gt 0 ]]; do wait -n || status=1; running=$((running - 1)); done

execs=("$WORK"/*.exec)
if [[ -e "${execs[0]}" ]]; then
  java -jar "$WORK/jacoco/org.jacoco.cli-nodeps.jar" merge "${execs[@]}" --destfile "$WORK/all.exec" >/dev/null
  echo "campaign: the codec's coverage by every kept corpus measured in $WORK: $(coverage "$WORK/all.exec" "$WORK/all.csv") (lines, branches)"
fi
echo "campaign: columns of $WORK/results.tsv: target, commit, executions, wall s, CPU s, exec/s, kept files, bytes, lines, branches"
exit $status
