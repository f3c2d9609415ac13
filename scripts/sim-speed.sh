#!/usr/bin/env bash
# Simulator speed under traffic (engine cycles per wall second per card) for the legacy
# engine and, when hdl/verilog/openrnic_pipeline.v exists, the pipelined one, run back
# to back on this machine, and the ratio pipelined / legacy (issue #9 asks for >= 0.5).
# Wall-clock figures: run on a quiet machine. Usage: scripts/sim-speed.sh [SECONDS]
# (wall time per message size per engine, default 10).
set -euo pipefail
cd "$(dirname "$0")/.."
secs="${1:-10}"

# Prints the bench's output; the figure is its last line's cycles_per_s.
speed() {
  local out
  out="$(nice cargo bench -q -p openrnic-tests --bench sim_speed "$@" -- "$secs")"
  echo "$out" >&2
  echo "$out" | sed -n 's/^sim-speed engine=[a-z]* cycles_per_s=\([0-9]*\)$/\1/p' | tail -1
}

legacy="$(speed)"
[ -n "$legacy" ] || { echo "sim-speed: no figure from the legacy run" >&2; exit 1; }
echo "legacy engine:    $legacy cycles/s per card"
if [ ! -f hdl/verilog/openrnic_pipeline.v ]; then
  echo "pipelined engine: hdl/verilog/openrnic_pipeline.v does not exist yet; no ratio"
  exit 0
fi
pipelined="$(speed --features pipelined)"
[ -n "$pipelined" ] || { echo "sim-speed: no figure from the pipelined run" >&2; exit 1; }
echo "pipelined engine: $pipelined cycles/s per card"
awk -v p="$pipelined" -v l="$legacy" 'BEGIN { printf "ratio pipelined/legacy: %.2f (issue #9: at least 0.50)\n", p / l }'
