#!/usr/bin/env bash
# The Netty payloads decoder of another commit (default 7991d23, before "zero-copy in") against this
# tree's, in alternating fresh JVMs (bench/.../NettyPayloadsLoad.java): Trip reply stream, heap and
# direct ByteBufs, whole, 1460-byte and one-byte chunks, 3 JVMs per side and cell, order flipped
# every run. About 4 minutes. Usage: bench/netty-pair.sh [OLD_COMMIT]
# Writes bench/results/netty-payloads-pair-<UTC time>.txt (the new/old ratios at its end).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
old_commit="${1:-7991d23}"
mvn -q -ntp -B -pl bench -am package -DskipTests -Dmaven.javadoc.skip=true
old_tree="$root/bench/target/old-$old_commit"
if [[ ! -f "$old_tree/netty/target/qdatastream-netty-0.1.0-SNAPSHOT.jar" ]]; then
  rm -rf "$old_tree"; git worktree prune
  git worktree add --detach "$old_tree" "$old_commit" >/dev/null
  (cd "$old_tree" && mvn -q -ntp -B -pl netty -am package -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true)
fi
mvn -q -ntp -B -pl bench dependency:build-classpath -Dmdep.outputFile="$root/bench/target/bench.cp" >/dev/null
deps="$(tr ':' '\n' < "$root/bench/target/bench.cp" | grep -v qdatastream | paste -sd:)"
jars() { echo "$1/codec/target/qdatastream-codec-0.1.0-SNAPSHOT.jar:$1/netty/target/qdatastream-netty-0.1.0-SNAPSHOT.jar"; }
jvm=(-Xms1g -Xmx1g -XX:+AlwaysPreTouch -Dio.netty.leakDetection.level=disabled)
mkdir -p bench/results
out="bench/results/netty-payloads-pair-$(date -u +%Y%m%dT%H%M%SZ).txt"
{
  echo "# old: $old_commit  new: $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- codec netty || echo ' (modified)')  load before: $(cut -d' ' -f1-3 /proc/loadavg)"
  for cell in "WHOLE heap 64" "WHOLE direct 64" "MTU_1460 heap 64" "MTU_1460 direct 64" "ONE_BYTE heap 1" "ONE_BYTE direct 1"; do
    for run in 1 2 3; do
      if [[ $((run % 2)) == 1 ]]; then order="old new"; else order="new old"; fi
      for v in $order; do
        if [[ $v == old ]]; then cp="$(jars "$old_tree")"; else cp="$(jars "$root")"; fi
        printf 'impl=%s run=%s ' "$v" "$run"
        # shellcheck disable=SC2086
        java "${jvm[@]}" -cp "$cp:$deps:$root/bench/target/classes" io.github.qdatastream.bench.NettyPayloadsLoad $cell 9
      done
    done
  done
  echo "# load after: $(cut -d' ' -f1-3 /proc/loadavg)"
} 2>&1 | tee "$out"
awk '/^impl=/ { split($1,a,"="); split($2,b,"="); split($4,c,"="); split($5,d,"="); split($8,e,"=");
       k = c[2] " " d[2] " run " b[2]; t[k " " a[2]] = e[2]; keys[k] = 1 }
     END { for (k in keys) printf "# %s: new/old throughput %.2fx\n", k, t[k " old"] / t[k " new"] }' "$out" | sort | tee -a "$out"
