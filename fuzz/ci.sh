#!/usr/bin/env bash
# Fuzzes every @FuzzTest target for a fixed budget and fails on any finding.
#
#   fuzz/ci.sh [SECONDS_PER_TARGET]      (default 40, or $FUZZ_BUDGET)
#
# Each target starts from its kept inputs (src/test/resources/.../<Class>Inputs/<method>/) and its
# kept corpus (fuzz/corpus-kept/<Class>_<method>/, minimized from the long campaign; read only) with
# a fresh scratch corpus, so CI results do not depend on earlier runs. A finding is written by Jazzer
# into the target's inputs directory (crash-<sha1>, timeout-<sha1>, ...): rename it to say what it
# is, fix the bug, and commit both. Prints the executions per target at the end.
set -euo pipefail
source "$(dirname "$0")/common.sh"

BUDGET="${1:-${FUZZ_BUDGET:-40}}"
fuzz_build
mapfile -t TARGETS < <(fuzz_targets)
LOGS="$(mktemp -d)"
trap 'rm -rf "$LOGS"' EXIT

status=0
results=()
for target in "${TARGETS[@]}"; do
  log="$LOGS/${target//#/_}.log"
  corpus="$LOGS/${target//#/_}.corpus"
  mkdir -p "$corpus"
  start=$SECONDS
  kept="$(fuzz_kept_corpus "$target")"
  if fuzz_java "$target" "$BUDGET" "$corpus" ${kept:+-- "$kept"} >"$log" 2>&1; then
    verdict=ok
  else
    verdict=FINDING
    status=1
  fi
  # libFuzzer prints the count in its final stats (-print_final_stats=1) and in "Done N runs".
  execs="$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | tail -1 | grep -o '[0-9]*$' || true)"
  [[ -n "$execs" ]] || execs="$(grep -o 'Done [0-9]* runs' "$log" | tail -1 | grep -o '[0-9]*' || true)"
  results+=("$(printf '%-64s %-8s %12s execs %5ss' "$target" "$verdict" "${execs:-?}" "$((SECONDS - start))")")
  echo "${results[-1]}"
  if [[ $verdict != ok ]]; then
    echo "---- $target: finding (log tail) ----"
    grep -v -e '^INFO: Loaded' -e '^INFO: Instrumented' -e '^\s*at ' "$log" | tail -40
    grep -o 'Test unit written to .*' "$log" || true
    echo "----"
  fi
done

echo
echo "== fuzz/ci.sh: ${#TARGETS[@]} targets, ${BUDGET}s each"
printf '%s\n' "${results[@]}"
exit $status
