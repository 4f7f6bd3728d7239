#!/usr/bin/env bash
# Reproducible builds: package the codec, testkit and netty modules twice, from clean, in two separate
# output directories, and fail unless every jar (main, sources, javadoc) is byte-identical.
# The fixed project.build.outputTimestamp in the parent POM makes it so; this keeps it so.
#   bash .ci/reproducible.sh        (about a minute; no tests run)
set -euo pipefail
cd "$(dirname "$0")/.."

# testkit is in the reactor because netty's tests depend on it: -DskipTests still resolves test
# dependencies, and on a fresh machine no testkit snapshot is installed in ~/.m2 to fall back on.
mvn_opts=(-B -q -ntp -DskipTests -pl bom,codec,testkit,netty)
for run in 1 2; do
  # qds.buildDir: each run writes to its own target-repro-N/, the shared target/ is left alone.
  rm -rf {bom,codec,testkit,netty}/target-repro-$run
  mvn "${mvn_opts[@]}" -Dqds.buildDir=target-repro-$run package
done

status=0
count=0
for module in codec testkit netty; do
  for jar in "$module"/target-repro-1/*.jar; do
    other="$module/target-repro-2/$(basename "$jar")"
    count=$((count + 1))
    if cmp -s "$jar" "$other"; then
      echo "identical: $(basename "$jar")  $(sha256sum "$jar" | cut -c1-16)"
    else
      echo "DIFFERENT: $jar vs $other" >&2
      status=1
    fi
  done
done
if [[ $count -lt 9 ]]; then
  echo "expected main, sources and javadoc jars of codec, testkit and netty, found $count jars" >&2
  status=1
fi
rm -rf {bom,codec,testkit,netty}/target-repro-?
exit $status
