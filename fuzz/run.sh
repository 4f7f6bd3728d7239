#!/usr/bin/env bash
# Fuzzes one target for as long as you like, keeping a growing corpus across runs.
#
#   fuzz/run.sh                              lists the targets
#   fuzz/run.sh TARGET [SECONDS] [-- libFuzzer flags...]
#
# TARGET is Class#method (or just the class if it has one @FuzzTest), e.g. TypeExpressionFuzzTest.
# SECONDS defaults to 600; 0 means until a finding or Ctrl-C. The corpus lives in
# fuzz/corpus/<Class>#<method>/ (git-ignored); a finding is written into the target's inputs
# directory under src/test/resources, where plain `mvn verify` replays it from then on.
set -euo pipefail
source "$(dirname "$0")/common.sh"

fuzz_build
if [[ $# -lt 1 ]]; then
  echo "targets:"; fuzz_targets | sed 's/^/  /'; exit 0
fi
target="$1"; shift
seconds="${1:-600}"; [[ $# -gt 0 ]] && shift
if [[ "$target" != *#* ]]; then
  matches="$(fuzz_targets | grep "^${target}#" || true)"
  if [[ $(printf '%s' "$matches" | grep -c . || true) -ne 1 ]]; then
    echo "give Class#method; $target has: ${matches:-no targets}" >&2; exit 2
  fi
  target="$matches"
fi
corpus="$FUZZ_DIR/corpus/$target"
mkdir -p "$corpus"
echo "fuzzing $target for ${seconds}s, corpus $corpus ($(ls "$corpus" | wc -l) inputs)"
kept="$(fuzz_kept_corpus "$target")"
if [[ -n "$kept" ]]; then
  [[ "$*" == *--* ]] || set -- -- "$@"
  fuzz_java "$target" "$seconds" "$corpus" "$@" "$kept"
else
  fuzz_java "$target" "$seconds" "$corpus" "$@"
fi
