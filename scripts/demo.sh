#!/usr/bin/env bash
# The main job: two simulated openrnic cards (the Verilated RTL) back to back doing
# real RDMA transfers through the driver, with a pcap of the wire.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh
exec cargo run --release -q -p openrnic-driver --bin openrnic -- demo "$@"
