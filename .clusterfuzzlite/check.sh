#!/usr/bin/env bash
# Runs .clusterfuzzlite/build.sh as the ClusterFuzzLite image would, without Docker, and runs every
# target it produced for a few seconds. For CI hosts that have no Docker engine (this one).
#
#   .clusterfuzzlite/check.sh            (CFLITE_CHECK_SECONDS per target, default 5)
#
# CFLITE_CHECK_SECONDS=0 builds the layout and runs no target; CFLITE_WORK=DIR builds it in DIR
# (emptied first) and keeps it (fuzz/campaign.sh runs its long campaign on $DIR/out).
#
# The simulated layout: a temporary $SRC with the repository's files as the Dockerfile copies them
# (git's tracked and untracked-but-not-ignored files), an empty $OUT, and in $OUT the two files the
# image provides: jazzer_agent_deploy.jar (Jazzer's standalone jar, com.code-intelligence:jazzer
# from Maven Central at the project's jazzer.version) and jazzer_driver, a stand-in for OSS-Fuzz's
# native driver that starts the JVM the same way (--cp and --jvm_args become java's class path and
# options; the rest goes to Jazzer). Each target then runs as ClusterFuzzLite runs it:
# $OUT/<target> -max_total_time=N <corpus>, its corpus unpacked from <target>_seed_corpus.zip.
# Fails if build.sh fails, if it wrote a different set of targets than FuzzMain --list, or if any
# target does not run cleanly (a finding, or no executions).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SECONDS_EACH="${CFLITE_CHECK_SECONDS:-5}"
if [[ -n "${CFLITE_WORK:-}" ]]; then
  WORK="$CFLITE_WORK"; rm -rf "$WORK"; mkdir -p "$WORK"
else
  WORK="$(mktemp -d)"
  trap 'rm -rf "$WORK"' EXIT
fi
export SRC="$WORK/src" OUT="$WORK/out"
mkdir -p "$SRC/qdatastream-java" "$OUT" "$WORK/jazzer"

# $SRC/qdatastream-java: the files `COPY . $SRC/qdatastream-java` would copy (no target/, no .git).
(cd "$ROOT" && git ls-files -z --cached --others --exclude-standard | tar -c -f - --null --ignore-failed-read -T - 2>/dev/null) \
  | tar -x -f - -C "$SRC/qdatastream-java"
cp "$ROOT/.clusterfuzzlite/build.sh" "$SRC/build.sh"

# What the image provides in $OUT.
jazzer_version="$(sed -n 's:.*<jazzer.version>\(.*\)</jazzer.version>.*:\1:p' "$ROOT/pom.xml")"
mvn ${FUZZ_MVN_ARGS:-} -q -B -ntp dependency:copy -Dartifact="com.code-intelligence:jazzer:$jazzer_version" \
  -DoutputDirectory="$WORK/jazzer" -Dmdep.stripVersion=true
cp "$WORK/jazzer/jazzer.jar" "$OUT/jazzer_agent_deploy.jar"
cat > "$OUT/jazzer_driver" <<'DRIVER'
#!/usr/bin/env bash
# Stand-in for OSS-Fuzz's jazzer_driver: java with --cp and --jvm_args, then Jazzer's main.
here="$(dirname "$0")"
cp="" jvm=() rest=()
for a in "$@"; do
  case "$a" in
    --agent_path=*) ;;                      # the standalone jar carries the agent itself
    --cp=*) cp="${a#--cp=}" ;;
    --jvm_args=*) IFS=: read -ra jvm <<< "${a#--jvm_args=}" ;;
    *) rest+=("$a") ;;
  esac
done
exec java "${jvm[@]}" -cp "$here/jazzer_agent_deploy.jar:$cp" com.code_intelligence.jazzer.Jazzer "${rest[@]}"
DRIVER
chmod +x "$OUT/jazzer_driver"

echo "== build.sh in the simulated layout (SRC=$SRC OUT=$OUT)"
(cd "$SRC/qdatastream-java" && bash "$SRC/build.sh")

mapfile -t EXPECTED < <(cd "$SRC/qdatastream-java" && source fuzz/common.sh && FUZZ_CP="$FUZZ_DIR/$BUILD_DIR/test-classes:$(cat "$FUZZ_DIR/$BUILD_DIR/fuzz.classpath")" && fuzz_targets | tr '#' '_')
mapfile -t BUILT < <(cd "$OUT" && grep -l LLVMFuzzerTestOneInput -- * 2>/dev/null | sort)
if [[ "$(printf '%s\n' "${EXPECTED[@]}" | sort)" != "$(printf '%s\n' "${BUILT[@]}")" ]]; then
  echo "check.sh: build.sh wrote [${BUILT[*]}], FuzzMain --list has [${EXPECTED[*]}]" >&2
  exit 1
fi

if [[ "$SECONDS_EACH" == 0 ]]; then
  echo "== check.sh: ${#BUILT[@]} targets built by build.sh in $OUT (CFLITE_CHECK_SECONDS=0: none run)"
  exit 0
fi
status=0
for t in "${BUILT[@]}"; do
  corpus="$WORK/corpus/$t"
  mkdir -p "$corpus"
  if [[ -f "$OUT/${t}_seed_corpus.zip" ]]; then (cd "$corpus" && jar xf "$OUT/${t}_seed_corpus.zip"); fi
  log="$WORK/$t.log"
  if (cd "$WORK" && "$OUT/$t" -max_total_time="$SECONDS_EACH" -print_final_stats=1 "$corpus") >"$log" 2>&1; then
    verdict=ok
  else
    verdict=FAILED
  fi
  execs="$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | tail -1 | grep -o '[0-9]*$' || true)"
  [[ "${execs:-0}" -gt 0 ]] || verdict=FAILED
  printf '%-70s %-7s %10s execs\n' "$t" "$verdict" "${execs:-0}"
  if [[ $verdict != ok ]]; then
    status=1
    grep -v -e '^INFO: Loaded' -e '^INFO: Instrumented' -e '^\s*at ' "$log" | tail -30
  fi
done
echo "== check.sh: ${#BUILT[@]} targets built by build.sh, each run ${SECONDS_EACH}s with Jazzer $jazzer_version's standalone driver"
exit $status
