#!/usr/bin/env bash
# Every test: contract, RTL blocks (rust-hdl simulator), Verilog checks (lint, yosys),
# the open FPGA flow, the engine pair in Verilator, the simulated card, the driver end to
# end, the libibverbs library. Tests that need a QEMU guest are #[ignore]d;
# OPENRNIC_GUEST_TESTS=1 installs what they need and runs them too
# (`-- --include-ignored`), as .ci/run does.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh
# The open FPGA flow (fpga/README.md): synthesis, place and route and a bitstream of
# the engine on an ECP5, printing Fmax, LUT use and latches (latches fail; Fmax and
# LUTs gate once fpga/flow/gate.env says so). About 5 minutes on one core. It runs
# first so the cargo summary closes the output. OPENRNIC_FPGA_FLOW=0 skips it.
if [ "${OPENRNIC_FPGA_FLOW:-1}" = 1 ]; then
  bash fpga/flow/ecp5.sh
fi
# OPENRNIC_ENGINE=pipelined runs every test against hdl/verilog/openrnic_pipeline.v
# instead of the legacy engine (the openrnic-verilator feature `pipelined`).
engine=()
case "${OPENRNIC_ENGINE:-legacy}" in
  legacy) ;;
  pipelined) engine=(--features openrnic-verilator/pipelined) ;;
  *) echo "OPENRNIC_ENGINE must be legacy or pipelined, not '$OPENRNIC_ENGINE'" >&2; exit 2 ;;
esac
if [ "${OPENRNIC_GUEST_TESTS:-0}" = 1 ]; then
  exec cargo test --workspace --release "${engine[@]}" "$@" -- --include-ignored
fi
exec cargo test --workspace --release "${engine[@]}" "$@"
