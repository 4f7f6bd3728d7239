# Shared by ci.sh, run.sh and .clusterfuzzlite/build.sh: builds the fuzz module's test classes and
# its class path once. Honors QDS_BUILD_DIR (the root pom's qds.buildDir, default "target") and MVN
# (the Maven command, default mvn; the ClusterFuzzLite image brings its own).
FUZZ_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT_DIR="$(dirname "$FUZZ_DIR")"
BUILD_DIR="${QDS_BUILD_DIR:-target}"
MVN="${MVN:-mvn}"
read -ra FUZZ_MVN_ARGS <<< "${FUZZ_MVN_ARGS:-}"   # extra Maven flags, e.g. FUZZ_MVN_ARGS=-o

# The JVM every fuzzing run gets, here and on ClusterFuzzLite: a small heap, so that a length claim
# allocated before it is checked fails loudly (OutOfMemoryError is a finding) instead of passing on a
# big machine; a small stack, so that unbounded recursion is found early; and JUnit's own timeout
# off, since it would time the whole run (Jazzer passes JUnit's per-input default as -timeout).
FUZZ_JVM_ARGS=(-Xmx256m -Xss1m -Djunit.jupiter.execution.timeout.mode=disabled)

fuzz_build() {
  local out
  if ! out="$(cd "$ROOT_DIR" && "$MVN" "${FUZZ_MVN_ARGS[@]}" -q -ntp -B -pl fuzz -am test-compile dependency:build-classpath \
      -Dqds.buildDir="$BUILD_DIR" -Dmdep.outputFile="$BUILD_DIR/fuzz.classpath" -Dmdep.includeScope=test 2>&1)"; then
    echo "$out" >&2
    echo "fuzz: build failed" >&2
    exit 1
  fi
  FUZZ_CP="$FUZZ_DIR/$BUILD_DIR/test-classes:$FUZZ_DIR/$BUILD_DIR/classes:$(cat "$FUZZ_DIR/$BUILD_DIR/fuzz.classpath")"
}

# fuzz_java ARGS...: runs FuzzMain in fuzzing mode from the module directory (where Jazzer looks for
# src/test/resources to find each target's inputs directory).
fuzz_java() {
  (cd "$FUZZ_DIR" && JAZZER_FUZZ=1 java "${FUZZ_JVM_ARGS[@]}" -cp "$FUZZ_CP" io.github.qdatastream.fuzz.FuzzMain "$@")
}

fuzz_targets() {
  (cd "$FUZZ_DIR" && java -cp "$FUZZ_CP" io.github.qdatastream.fuzz.FuzzMain --list)
}
