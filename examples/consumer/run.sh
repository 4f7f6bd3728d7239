#!/usr/bin/env bash
# The consumer's view: deploy this checkout's BOM, parent and codec into a scratch file repository
# (nothing is installed into ~/.m2), then build this standalone project against them with its own
# scratch local repository, and run it on the class path and on the module path, on JDK 17 and on
# the newest JDK under /usr/lib/jvm (Temurin 25 here).
#   bash examples/consumer/run.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
repo="${QDS_SCRATCH_REPO:-/tmp/qds-scratch-repo}"       # the "remote": what mvn deploy wrote
m2="${QDS_SCRATCH_M2:-/tmp/qds-scratch-m2}"              # the consumer's local repository (plugins stay cached)

rm -rf "$repo" "$m2/io/github/qdatastream"
(cd "$root" && mvn -B -q -ntp deploy -pl bom,codec -am -DskipTests -Dmaven.install.skip=true \
    -DaltDeploymentRepository="qds-scratch::file://$repo")
test -f "$repo/io/github/qdatastream/qdatastream-bom/maven-metadata.xml"

# The JDK that runs Maven (JDK 17 here and in CI), then the newest Temurin JDK, if one is installed.
default_jdk="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"
jdks=("$default_jdk")
newest="$(ls -d /usr/lib/jvm/temurin-*-jdk* 2>/dev/null | sort -V | tail -1 || true)"
if [[ -n "$newest" && "$(readlink -f "$newest")" != "$(readlink -f "$default_jdk")" ]]; then
  jdks+=("$newest")
fi

for jdk in "${jdks[@]}"; do
  echo "--- consumer on $jdk"
  (cd "$here" && JAVA_HOME="$jdk" mvn -B -q -ntp -Dmaven.repo.local="$m2" -Dqds.repo.url="file://$repo" clean package)
  cp=("$jdk/bin/java" -cp "$here/target/consumer.jar:$here/target/lib/*"
      io.github.qdatastream.examples.consumer.TripReplyExample)
  mp=("$jdk/bin/java" -p "$here/target/consumer.jar:$here/target/lib"
      -m io.github.qdatastream.examples.consumer/io.github.qdatastream.examples.consumer.TripReplyExample)
  out="$("${cp[@]}")"; echo "$out"; grep -q "^loaded from: class path" <<<"$out"
  out="$("${mp[@]}")"; echo "$out"; grep -q "^loaded from: module path (io.github.qdatastream.codec)" <<<"$out"
done
echo "consumer: ok on ${#jdks[@]} JDK(s), class path and module path"
