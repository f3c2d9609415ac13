#!/usr/bin/env bash
# Installs (or names) the system packages openrnic needs. Sourced by demo.sh and test.sh.
# Verilator and yosys: the RTL. tshark: tests decode our pcaps. libibverbs-dev,
# ibverbs-utils, perftest, python3-pyverbs: the libibverbs/ tests. qemu/rdma-core:
# the Linux guest tests (only with OPENRNIC_GUEST_TESTS=1).
set -euo pipefail
need=()
command -v verilator >/dev/null || need+=(verilator)
command -v yosys >/dev/null || need+=(yosys)
command -v g++ >/dev/null || need+=(g++)
command -v tshark >/dev/null || need+=(tshark)
# libibverbs/ tests: our C program against <infiniband/verbs.h>, Debian's ibverbs
# utilities and perftest under LD_PRELOAD, rdma-core's pyverbs test suite.
[ -e /usr/include/infiniband/verbs.h ] || need+=(libibverbs-dev)
command -v ibv_devinfo >/dev/null || need+=(ibverbs-utils)
command -v ib_write_bw >/dev/null || need+=(perftest)
[ -e /usr/share/doc/rdma-core/tests/run_tests.py ] || need+=(python3-pyverbs rdma-core)
if [ "${OPENRNIC_GUEST_TESTS:-0}" = 1 ]; then
  command -v qemu-system-x86_64 >/dev/null || need+=(qemu-system-x86)
  command -v busybox >/dev/null || [ -x /bin/busybox ] || need+=(busybox-static)
  command -v cpio >/dev/null || need+=(cpio)
  command -v ib_write_bw >/dev/null || need+=(perftest)
  [ -e /usr/lib/x86_64-linux-gnu/libibverbs/librxe-rdmav34.so ] || need+=(rdma-core ibverbs-providers)
fi
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "openrnic: installing ${need[*]} from Debian's packages" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    # tshark asks whether non-root users may capture; the default answer is fine.
    apt-get install -y -qq "${need[@]}" >&2
  else
    echo "openrnic: missing packages. Run:  sudo apt-get install -y ${need[*]}" >&2
    exit 1
  fi
fi
if ! command -v cargo >/dev/null; then
  echo "openrnic: no Rust toolchain. Install one with rustup (https://rustup.rs), then re-run." >&2
  exit 1
fi
