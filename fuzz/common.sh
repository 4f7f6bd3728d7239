# Shared by ci.sh and run.sh: builds the fuzz module's test classes and its class path once.
# Honors QDS_BUILD_DIR (the root pom's qds.buildDir, default "target").
FUZZ_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT_DIR="$(dirname "$FUZZ_DIR")"
BUILD_DIR="${QDS_BUILD_DIR:-target}"

fuzz_build() {
  local out
  if ! out="$(cd "$ROOT_DIR" && mvn -q -ntp -B -pl fuzz -am test-compile dependency:build-classpath \
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
  (cd "$FUZZ_DIR" && JAZZER_FUZZ=1 java -Xmx256m -Xss1m -cp "$FUZZ_CP" io.github.qdatastream.fuzz.FuzzMain "$@")
}

fuzz_targets() {
  (cd "$FUZZ_DIR" && java -cp "$FUZZ_CP" io.github.qdatastream.fuzz.FuzzMain --list)
}
