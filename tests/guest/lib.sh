# lib.sh - shared by the QEMU guest harnesses (tests/vfio-guest, tests/rxe-guest).
# Source it from bash with `set -euo pipefail`; it only defines variables and functions.
#
# What it provides:
#   guest_host_tools PKG...      apt-get install the Debian packages that are missing (root)
#   guest_kernel DIR MOD...      a Debian 12 kernel plus modules MOD... (and their
#                                dependencies, in load order) under DIR/kernel-<ver>:
#                                sets KVER, KERNEL (the vmlinuz), KMODS (dir with the .ko
#                                files and `order`)
#   guest_rootfs R               a fresh busybox tree at R (/bin/busybox, /bin/sh, /mods)
#   guest_copy_bin R FILE...     copy executables/libraries into R at the same paths,
#                                with every library `ldd` names
#   guest_copy_libs R FILE...    only the libraries `ldd` names for FILE...
#   guest_pack R OUT             pack R as a gzip'd newc cpio initramfs at OUT
#
# Caches (shared by every harness): GUEST_DEBS (default <target dir>/guest-debs) keeps the
# downloaded kernel .deb (~70 MB); each harness keeps its extracted kernel and modules
# (~10 MB) in its own directory. Env: KPKG=linux-image-6.1.0-N-amd64 picks the kernel.

GUEST_LIB_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
GUEST_ROOT=$(cd "$GUEST_LIB_DIR/../.." && pwd)
GUEST_TARGET=${CARGO_TARGET_DIR:-$GUEST_ROOT/target}
GUEST_DEBS=${GUEST_DEBS:-$GUEST_TARGET/guest-debs}

# Log helper: harnesses set GUEST_TAG and T0 (seconds since the epoch at start).
say() { echo "[${GUEST_TAG:-guest} $(($(date +%s) - ${T0:-$(date +%s)}))s] $*"; }

guest_host_tools() {
  local need="" p
  for p in "$@"; do
    dpkg -s "$p" >/dev/null 2>&1 || need="$need $p"
  done
  if [ -n "$need" ]; then
    say "installing:$need"
    DEBIAN_FRONTEND=noninteractive timeout 600 apt-get install -y -q --no-install-recommends $need ||
      { timeout 300 apt-get update -q && DEBIAN_FRONTEND=noninteractive timeout 600 apt-get install -y -q --no-install-recommends $need; }
  fi
}

# The newest linux-image-6.1.0-N-amd64 already downloaded, else the newest apt knows.
guest_pick_kpkg() {
  local d
  if ls "$GUEST_DEBS"/linux-image-6.1.0-*-amd64_*.deb >/dev/null 2>&1; then
    d=$(ls "$GUEST_DEBS"/linux-image-6.1.0-*-amd64_*.deb | sort -V | tail -1)
    basename "$d" | cut -d_ -f1
    return
  fi
  local q='^linux-image-6\.1\.0-[0-9]+-amd64$' k
  k=$(apt-cache search --names-only "$q" | awk '{print $1}' | sort -V | tail -1)
  if [ -z "$k" ]; then
    timeout 300 apt-get update -q >&2
    k=$(apt-cache search --names-only "$q" | awk '{print $1}' | sort -V | tail -1)
  fi
  echo "$k"
}

guest_kernel() {
  local dir=$1; shift
  local mods="$*"
  mkdir -p "$GUEST_DEBS"
  # Earlier harness versions kept the .deb in <target>/vfio-guest/debs: reuse it.
  if ! ls "$GUEST_DEBS"/linux-image-*.deb >/dev/null 2>&1; then
    for f in "$GUEST_TARGET"/*/debs/linux-image-6.1.0-*-amd64_*.deb; do
      [ -f "$f" ] && { ln -f "$f" "$GUEST_DEBS/" 2>/dev/null || cp "$f" "$GUEST_DEBS/"; }
    done
  fi
  local kpkg=${KPKG:-$(guest_pick_kpkg)}
  [ -n "$kpkg" ] || { echo "no linux-image-6.1.0-N-amd64 package known to apt" >&2; return 1; }
  KVER=${kpkg#linux-image-}
  if ! ls "$GUEST_DEBS"/"${kpkg}"_*.deb >/dev/null 2>&1; then
    say "apt-get download $kpkg"
    (cd "$GUEST_DEBS" && timeout 600 apt-get download "$kpkg")
  fi
  local k=$dir/kernel-$KVER
  if [ ! -f "$k/vmlinuz" ] || [ "$(cat "$k/mods.want" 2>/dev/null)" != "$mods" ]; then
    say "extracting $kpkg (modules: $mods)"
    local kroot=$dir/kpkg.tmp
    rm -rf "$kroot" "$k"; mkdir -p "$kroot" "$k/mods"
    timeout 300 dpkg-deb -x "$GUEST_DEBS"/"${kpkg}"_*.deb "$kroot"
    depmod -b "$kroot" "$KVER"          # the .deb does not ship modules.dep
    : > "$k/mods/order"
    local m f b
    for m in $mods; do                  # each module after its dependencies
      modprobe -d "$kroot" -S "$KVER" --show-depends "$m" | awk '$1=="insmod"{print $2}' |
      while read -r f; do
        b=$(basename "$f")
        if ! grep -qx "$b" "$k/mods/order"; then cp "$f" "$k/mods/"; echo "$b" >> "$k/mods/order"; fi
      done
    done
    cp "$kroot/boot/vmlinuz-$KVER" "$k/vmlinuz"
    rm -rf "$kroot"
    echo "$mods" > "$k/mods.want"
  fi
  KERNEL=$k/vmlinuz
  KMODS=$k/mods
}

guest_rootfs() {
  local r=$1
  rm -rf "$r"
  mkdir -p "$r"/{bin,sbin,etc,proc,sys,dev,tmp}
  cp /bin/busybox "$r/bin/busybox"      # static, from busybox-static
  ln -s busybox "$r/bin/sh"             # /init is a #!/bin/sh script; the rest via --install
  if [ -n "${KMODS:-}" ]; then cp -r "$KMODS" "$r/mods"; fi
}

guest_copy_libs() {
  local r=$1; shift
  local f l
  for f in "$@"; do
    for l in $(ldd "$f" 2>/dev/null | grep -o '/[^ ]*'); do
      mkdir -p "$r$(dirname "$l")"; cp -Ln "$l" "$r$l"
    done
  done
}

guest_copy_bin() {
  local r=$1; shift
  local f
  for f in "$@"; do
    mkdir -p "$r$(dirname "$f")"
    cp -L "$f" "$r$f"
    guest_copy_libs "$r" "$f"
  done
}

guest_pack() {
  (cd "$1" && find . | cpio -o -H newc 2>/dev/null | gzip -1 > "$2")
}
