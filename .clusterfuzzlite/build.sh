#!/bin/bash -eu
# The ClusterFuzzLite / OSS-Fuzz build of fuzz/'s Jazzer targets (https://google.github.io/oss-fuzz/
# getting-started/new-project-guide/jvm-lang/). Runs in the Dockerfile's image with $SRC and $OUT
# set, and in .clusterfuzzlite/check.sh's simulated layout. For every @FuzzTest Class#method it
# writes to $OUT:
#   Class_method                 the wrapper OSS-Fuzz runs: Jazzer's driver in JUnit mode on that
#                                one method, with fuzz/common.sh's FUZZ_JVM_ARGS (-Xmx256m ...)
#   Class_method_seed_corpus.zip the kept inputs (fuzz/src/test/resources/.../<Class>Inputs/<method>/)
# and the class path once: $OUT/qds-fuzz/classes (the targets), $OUT/qds-fuzz/lib/*.jar (the
# codec, harness, Netty, Jackson, JUnit, jazzer-junit). The dictionaries come with the classes
# (@DictionaryFile). $OUT/jazzer_driver and $OUT/jazzer_agent_deploy.jar come from the image.
cd "${PROJECT_DIR:-$SRC/qdatastream-java}"
source fuzz/common.sh

fuzz_build
mapfile -t TARGETS < <(fuzz_targets)
if [[ ${#TARGETS[@]} -eq 0 ]]; then
  echo "build.sh: no @FuzzTest targets found" >&2
  exit 1
fi

rm -rf "$OUT/qds-fuzz"
mkdir -p "$OUT/qds-fuzz/lib"
cp -r "$FUZZ_DIR/$BUILD_DIR/test-classes" "$OUT/qds-fuzz/classes"
runtime_cp='$this_dir/qds-fuzz/classes'
IFS=: read -ra ENTRIES <<< "$FUZZ_DIR/$BUILD_DIR/classes:$(cat "$FUZZ_DIR/$BUILD_DIR/fuzz.classpath")"
for entry in "${ENTRIES[@]}"; do
  [[ -e "$entry" ]] || continue   # the fuzz module has no main classes today
  if [[ -d "$entry" ]]; then
    # a module's classes directory
    name="$(basename "$(dirname "$(dirname "$entry")")")-classes"
    cp -r "$entry" "$OUT/qds-fuzz/$name"
    runtime_cp+=":\$this_dir/qds-fuzz/$name"
  else
    cp "$entry" "$OUT/qds-fuzz/lib/"
    runtime_cp+=":\$this_dir/qds-fuzz/lib/$(basename "$entry")"
  fi
done

jvm_args="$(IFS=:; echo "${FUZZ_JVM_ARGS[*]}")"
inputs="$FUZZ_DIR/src/test/resources/io/github/qdatastream/fuzz"
for target in "${TARGETS[@]}"; do
  class="${target%%#*}"
  method="${target#*#}"
  name="${class}_${method}"
  cat > "$OUT/$name" <<WRAPPER
#!/bin/bash
# LLVMFuzzerTestOneInput: the marker OSS-Fuzz looks for in a fuzzer wrapper.
# $target (qdatastream-java fuzz/), written by .clusterfuzzlite/build.sh.
this_dir=\$(dirname "\$0")
LD_LIBRARY_PATH="${JVM_LD_LIBRARY_PATH:-}":\$this_dir \\
exec \$this_dir/jazzer_driver --agent_path=\$this_dir/jazzer_agent_deploy.jar \\
  --cp=$runtime_cp \\
  --target_class=io.github.qdatastream.fuzz.$class --target_method=$method \\
  --instrumentation_includes='io.github.qdatastream.**' \\
  --jvm_args="$jvm_args" \\
  "\$@"
WRAPPER
  chmod +x "$OUT/$name"
  rm -f "$OUT/${name}_seed_corpus.zip"
  if [[ -d "$inputs/${class}Inputs/$method" ]]; then
    (cd "$inputs/${class}Inputs/$method" && zip -q -r "$OUT/${name}_seed_corpus.zip" .)
  fi
  echo "build.sh: $OUT/$name"
done
