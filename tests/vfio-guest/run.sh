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
# Cache: the kernel .deb is downloaded once into <target dir>/guest-debs (shared with
# tests/rxe-guest, see tests/guest/lib.sh); $G (default <target dir>/vfio-guest) keeps the
# extracted kernel and modules, so re-runs only rebuild the small initramfs and boot.
# Host packages (qemu-system-x86, busybox-static, kmod, cpio) are apt-installed if
# missing (needs root); the kernel package comes from `apt-get download`.
#
# Env: VFIO_EDU_CHECK=path  use this prebuilt vfio-edu-check instead of `cargo build`
#      G=dir                cache/work dir           LIMIT=secs  guest time limit (240)
#      KPKG=linux-image-6.1.0-N-amd64                kernel package to use
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
GUEST_TAG=vfio-guest
T0=$(date +%s)
source "$HERE/../guest/lib.sh"
ROOT=$GUEST_ROOT
TARGET=$GUEST_TARGET
G=${G:-$TARGET/vfio-guest}
LIMIT=${LIMIT:-240}
mkdir -p "$G"

# ---- 1. host tools ----
guest_host_tools qemu-system-x86 busybox-static kmod cpio

# ---- 2. the test binary ----
if [ -n "${VFIO_EDU_CHECK:-}" ]; then
  BIN=$VFIO_EDU_CHECK
else
  say "cargo build --bin vfio-edu-check"
  (cd "$ROOT" && timeout 900 cargo build -q -p openrnic-driver --bin vfio-edu-check)
  BIN=$TARGET/debug/vfio-edu-check
fi
[ -x "$BIN" ] || { echo "no test binary at $BIN"; exit 2; }

# ---- 3. kernel (downloaded once into the shared cache; the few modules the guest needs
# are extracted into $G, ~10 MB instead of the ~480 MB package) ----
guest_kernel "$G" vfio_iommu_type1 vfio-pci
KPKG=linux-image-$KVER

# ---- 4. initramfs: busybox, VFIO modules, the test binary and its libraries ----
R=$G/rootfs
guest_rootfs "$R"
guest_copy_libs "$R" "$BIN"
if command -v strip >/dev/null; then strip -o "$R/bin/vfio-edu-check" "$BIN"; else cp "$BIN" "$R/bin/vfio-edu-check"; fi
cp "$HERE/init.sh" "$R/init"; chmod +x "$R/init"
guest_pack "$R" "$G/initrd.gz"
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
