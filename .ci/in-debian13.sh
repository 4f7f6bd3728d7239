#!/bin/sh
# Runs .ci/run from a clean clone of this repository inside a Debian 13 (trixie) root, on a Debian
# 12 host: the check that CI passes on both (Debian 13's default JDK is 21, its Maven 3.9, its host
# Qt 6.8; docs/publishing.md, Checks). Not part of .ci/run (it takes as long again).
#
#   sh .ci/in-debian13.sh [COMMIT]     (default HEAD; needs root, mmdebstrap, unshare)
#
# The root is built once into ${QDS_DEBIAN13:-/var/tmp/qds-debian13} (default-jdk-headless, maven,
# git, ca-certificates; about 30 s) and reused. The host's extra CA certificates
# (/usr/local/share/ca-certificates: a TLS-intercepting proxy's, say) are installed into it, the Qt
# chroots ($QDS_CHROOTS), ~/.m2 and the Temurin JDKs under /usr/lib/jvm are bind-mounted, all in a
# private mount namespace, so nothing stays mounted afterwards.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
commit=${1:-HEAD}
root=${QDS_DEBIAN13:-/var/tmp/qds-debian13}
chroots=${QDS_CHROOTS:-/var/tmp/qds-chroots}
if [ ! -x "$root/usr/bin/java" ]; then
    command -v mmdebstrap >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq mmdebstrap
    rm -rf "$root.tmp"
    mmdebstrap --variant=apt --include=default-jdk-headless,maven,git,ca-certificates,procps,curl trixie "$root.tmp"
    mv "$root.tmp" "$root"
fi
cp /usr/local/share/ca-certificates/*.crt "$root/usr/local/share/ca-certificates/" 2>/dev/null || true
cp /etc/resolv.conf "$root/etc/resolv.conf"
rm -rf "$root/src/clone"
mkdir -p "$root/src" "$chroots" "$HOME/.m2"
git clone -q "$here" "$root/src/clone"
git -C "$root/src/clone" checkout -q "$(git -C "$here" rev-parse "$commit")"
export root chroots
exec unshare -m --propagation private sh -eu -c '
mount -t proc proc "$root/proc"
mount --rbind /sys "$root/sys"
mount --rbind /dev "$root/dev"
mkdir -p "$root/var/tmp/qds-chroots" "$root/root/.m2"
mount --bind "$chroots" "$root/var/tmp/qds-chroots"
mount --bind "$HOME/.m2" "$root/root/.m2"
for jdk in /usr/lib/jvm/temurin-*; do
    [ -d "$jdk" ] || continue
    mkdir -p "$root$jdk"
    mount --bind "$jdk" "$root$jdk"
done
chroot "$root" /bin/sh -euc "
    update-ca-certificates >/dev/null
    cd /src/clone
    export HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8
    echo \"Debian \$(cat /etc/debian_version), \$(java -version 2>&1 | head -1), \$(mvn -v | head -1)\"
    bash .ci/run
"
'
