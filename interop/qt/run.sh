#!/bin/sh
# Runs a command inside a real-Qt chroot (interop/qt/chroot.sh builds or reuses it) with this
# repository bind-mounted at /repo, and always unmounts it again.
#
#   interop/qt/run.sh sid /usr/bin/python3 /repo/interop/golden/generate_qt6.py /repo/out.jsonl
#
# The command runs with /repo as its working directory. Its exit status is run.sh's. Needs root.
set -eu
if [ $# -lt 2 ]; then
    echo "usage: $0 trixie|sid COMMAND [ARG...]" >&2
    exit 2
fi
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
suite=$1
shift
dir=$("$here/chroot.sh" "$suite")

mkdir -p "$dir/repo"
mount --bind "$root" "$dir/repo"
mounted_proc=
if ! mountpoint -q "$dir/proc"; then
    mount -t proc proc "$dir/proc" && mounted_proc=1
fi
cleanup() {
    umount "$dir/repo" 2>/dev/null || umount -l "$dir/repo"
    [ -z "$mounted_proc" ] || umount "$dir/proc" 2>/dev/null || umount -l "$dir/proc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
status=0
chroot "$dir" /bin/sh -c 'cd /repo && exec "$@"' run.sh "$@" || status=$?
exit $status
