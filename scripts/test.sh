#!/usr/bin/env bash
# Every test: contract, RTL blocks (rust-hdl simulator), Verilog checks (lint, yosys),
# the engine pair in Verilator, the simulated card, the driver end to end. Tests that
# need a QEMU guest are #[ignore]d; OPENRNIC_GUEST_TESTS=1 installs what they need and
# runs them too (`-- --include-ignored`), as .ci/run does.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh
if [ "${OPENRNIC_GUEST_TESTS:-0}" = 1 ]; then
  exec cargo test --workspace --release "$@" -- --include-ignored
fi
exec cargo test --workspace --release "$@"
