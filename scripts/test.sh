#!/usr/bin/env bash
# Every test: contract, RTL blocks (rust-hdl simulator), Verilog checks (lint, yosys),
# the engine pair in Verilator, the simulated card, the driver end to end, and — with
# OPENRNIC_GUEST_TESTS=1 — the Linux guest tests (VFIO, rxe interop).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh
if [ "${OPENRNIC_GUEST_TESTS:-0}" = 1 ]; then
  export OPENRNIC_VFIO_GUEST=1 OPENRNIC_RXE_GUEST=1
fi
exec cargo test --workspace --release "$@"
