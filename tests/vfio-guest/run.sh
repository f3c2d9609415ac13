#!/bin/bash
# run.sh - prove openrnic's VFIO backend against a real Linux kernel.
#
# Boots a Debian 12 kernel under QEMU (TCG, no KVM needed) on a q35 machine with an
# emulated Intel IOMMU (intel-iommu, intel_iommu=on) and QEMU's `edu` PCI device.
# The guest binds edu to vfio-pci and runs vfio-edu-check (driver/src/bin), which
# drives the device through VfioBackend: BAR0 MMIO, MSI interrupts, DMA both ways
# through the IOMMU, and a DMA to an unmapped IOVA that the IOMMU must block.
#
# Exit status 0 only if the guest printed `SUMMARY PASS` and VFIO-CHECK-RC=0.
#
# Cache: $G (default <target dir>/vfio-guest) keeps the kernel .deb and its extracted
# modules, so re-runs only rebuild the small initramfs and boot (seconds + boot time).
# Host packages (qemu-system-x86, busybox-static, kmod, cpio) are apt-installed if
# missing (needs root); the kernel package comes from `apt-get download`.
#
# Env: VFIO_EDU_CHECK=path  use this prebuilt vfio-edu-check instead of `cargo build`
#      G=dir                cache/work dir           LIMIT=secs  guest time limit (240)
#      KPKG=linux-image-6.1.0-N-amd64                kernel package to use
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
TARGET=${CARGO_TARGET_DIR:-$ROOT/target}
G=${G:-$TARGET/vfio-guest}
LIMIT=${LIMIT:-240}
T0=$(date +%s)
mkdir -p "$G/debs"
say() { echo "[vfio-guest $(($(date +%s) - T0))s] $*"; }

# ---- 1. host tools ----
need=""
command -v qemu-system-x86_64 >/dev/null || need="$need qemu-system-x86"
dpkg -s busybox-static >/dev/null 2>&1 || need="$need busybox-static"   # static /bin/busybox
command -v modprobe >/dev/null && command -v depmod >/dev/null || need="$need kmod"
command -v cpio >/dev/null || need="$need cpio"
if [ -n "$need" ]; then
  say "installing:$need"
  DEBIAN_FRONTEND=noninteractive timeout 600 apt-get install -y -q --no-install-recommends $need
fi

# ---- 2. the test binary ----
if [ -n "${VFIO_EDU_CHECK:-}" ]; then
  BIN=$VFIO_EDU_CHECK
else
  say "cargo build --bin vfio-edu-check"
  (cd "$ROOT" && timeout 900 cargo build -q -p openrnic-driver --bin vfio-edu-check)
  BIN=$TARGET/debug/vfio-edu-check
fi
[ -x "$BIN" ] || { echo "no test binary at $BIN"; exit 2; }

# ---- 3. kernel (downloaded and extracted once) ----
if [ -z "${KPKG:-}" ]; then
  if ls "$G"/debs/linux-image-6.1.0-*-amd64_*.deb >/dev/null 2>&1; then
    KPKG=$(basename "$(ls "$G"/debs/linux-image-6.1.0-*-amd64_*.deb | sort -V | tail -1)" | cut -d_ -f1)
  else
    KPKG=$(apt-cache search --names-only '^linux-image-6\.1\.0-[0-9]+-amd64$' | awk '{print $1}' | sort -V | tail -1)
    [ -n "$KPKG" ] || { timeout 300 apt-get update -q; KPKG=$(apt-cache search --names-only '^linux-image-6\.1\.0-[0-9]+-amd64$' | awk '{print $1}' | sort -V | tail -1); }
  fi
fi
KVER=${KPKG#linux-image-}
if ! ls "$G"/debs/"${KPKG}"_*.deb >/dev/null 2>&1; then
  say "apt-get download $KPKG"
  (cd "$G/debs" && timeout 600 apt-get download "$KPKG")
fi
# Keep only what the guest needs (the kernel and a few modules, ~10 MB) instead of the
# ~480 MB extracted package.
MODS="vfio_iommu_type1 vfio-pci"
K=$G/kernel-$KVER
if [ ! -f "$K/vmlinuz" ] || [ "$(cat "$K/mods.want" 2>/dev/null)" != "$MODS" ]; then
  say "extracting $KPKG"
  KROOT=$G/kpkg.tmp
  rm -rf "$KROOT" "$K"; mkdir -p "$KROOT" "$K/mods"
  timeout 300 dpkg-deb -x "$G"/debs/"${KPKG}"_*.deb "$KROOT"
  depmod -b "$KROOT" "$KVER"          # the .deb does not ship modules.dep
  : > "$K/mods/order"
  for m in $MODS; do                  # each module after its dependencies
    modprobe -d "$KROOT" -S "$KVER" --show-depends "$m" | awk '$1=="insmod"{print $2}' |
    while read -r f; do
      b=$(basename "$f")
      if ! grep -qx "$b" "$K/mods/order"; then cp "$f" "$K/mods/"; echo "$b" >> "$K/mods/order"; fi
    done
  done
  cp "$KROOT/boot/vmlinuz-$KVER" "$K/vmlinuz"
  rm -rf "$KROOT"
  echo "$MODS" > "$K/mods.want"
fi
KERNEL=$K/vmlinuz

# ---- 4. initramfs: busybox, VFIO modules, the test binary and its libraries ----
R=$G/rootfs
rm -rf "$R"
mkdir -p "$R"/{bin,sbin,etc,proc,sys,dev,tmp}
cp /bin/busybox "$R/bin/busybox"
ln -s busybox "$R/bin/sh"
cp -r "$K/mods" "$R/mods"
if command -v strip >/dev/null; then strip -o "$R/bin/vfio-edu-check" "$BIN"; else cp "$BIN" "$R/bin/"; fi
for l in $(ldd "$BIN" | grep -o '/[^ ]*'); do
  mkdir -p "$R$(dirname "$l")"; cp -Ln "$l" "$R$l"
done
cp "$HERE/init.sh" "$R/init"; chmod +x "$R/init"
(cd "$R" && find . | cpio -o -H newc 2>/dev/null | gzip -1 > "$G/initrd.gz")
say "guest: $KPKG, modules $(tr '\n' ' ' < "$R/mods/order")initrd $(du -k "$G/initrd.gz" | cut -f1) KiB"

# ---- 5. boot ----
LOG=$G/guest.log
say "booting (TCG, q35 + intel-iommu + edu, limit ${LIMIT}s)"
set +e
timeout "$LIMIT" qemu-system-x86_64 -accel tcg -cpu max -smp 1 -m 512 \
  -machine q35,kernel-irqchip=split -device intel-iommu,intremap=on \
  -nodefaults -display none -serial stdio -monitor none -no-reboot \
  -kernel "$KERNEL" -initrd "$G/initrd.gz" \
  -append "console=ttyS0 panic=-1 loglevel=3 intel_iommu=on" \
  -device pcie-root-port,id=rp0,chassis=1,slot=1 -device edu,bus=rp0 > "$LOG" 2>&1 < /dev/null
QRC=$?
set -e
say "qemu exited rc=$QRC$([ $QRC = 124 ] && echo ' (hit LIMIT)'); full log: $LOG"
sed -n '/VFIO-GUEST-START/,/VFIO-GUEST-DONE/p' "$LOG" | tr -d '\r'
if grep -q '^SUMMARY PASS' "$LOG" && grep -q 'VFIO-CHECK-RC=0' "$LOG"; then
  say "RESULT: PASS"
  exit 0
fi
say "RESULT: FAIL"
tail -40 "$LOG" | tr -d '\r'
exit 1
