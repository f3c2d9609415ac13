#!/usr/bin/env bash
# Simulator speed under traffic (engine cycles per wall second per card) for the legacy
# engine and, when hdl/verilog/openrnic_pipeline.v exists, the pipelined one, run back
# to back on this machine, and the ratio pipelined / legacy (issue #9 asks for >= 0.5).
# Wall-clock figures: run on a quiet machine. Usage: scripts/sim-speed.sh [SECONDS [ROUNDS]]
# (wall time per message size per engine, default 10; ROUNDS, default 2, alternate the
# engines and keep each one's best, so a burst of load elsewhere hurts both alike).
set -euo pipefail
cd "$(dirname "$0")/.."
secs="${1:-10}"
rounds="${2:-2}"

# Prints the bench's output; the figures are its last line's cycles_per_s (per wall
# second) and cycles_per_cpu_s (per CPU second of the bench), as "WALL CPU".
speed() {
  local out
  out="$(nice cargo bench -q -p openrnic-tests --bench sim_speed "$@" -- "$secs")"
  echo "$out" >&2
  echo "$out" | sed -n 's/^sim-speed engine=[a-z]* cycles_per_s=\([0-9]*\) cycles_per_cpu_s=\([0-9]*\)$/\1 \2/p' | tail -1
}

best() { if [ "$1" -gt "$2" ]; then echo "$1"; else echo "$2"; fi; }
have_pipelined=0
[ -f hdl/verilog/openrnic_pipeline.v ] && have_pipelined=1
legacy=0 legacy_cpu=0 pipelined=0 pipelined_cpu=0
for _ in $(seq "$rounds"); do
  read -r l lc <<<"$(speed)"
  [ -n "${lc:-}" ] || { echo "sim-speed: no figure from the legacy run" >&2; exit 1; }
  legacy="$(best "$legacy" "$l")"; legacy_cpu="$(best "$legacy_cpu" "$lc")"
  if [ "$have_pipelined" = 1 ]; then
    read -r p pc <<<"$(speed --features pipelined)"
    [ -n "${pc:-}" ] || { echo "sim-speed: no figure from the pipelined run" >&2; exit 1; }
    pipelined="$(best "$pipelined" "$p")"; pipelined_cpu="$(best "$pipelined_cpu" "$pc")"
  fi
done
echo "legacy engine:    $legacy cycles per wall second per card, $legacy_cpu per CPU second (best of $rounds)"
if [ "$have_pipelined" = 0 ]; then
  echo "pipelined engine: hdl/verilog/openrnic_pipeline.v does not exist yet; no ratio"
  exit 0
fi
echo "pipelined engine: $pipelined cycles per wall second per card, $pipelined_cpu per CPU second (best of $rounds)"
awk -v p="$pipelined" -v l="$legacy" -v pc="$pipelined_cpu" -v lc="$legacy_cpu" 'BEGIN {
  printf "ratio pipelined/legacy: %.2f per wall second, %.2f per CPU second (issue #9: at least 0.50)\n", p / l, pc / lc }'
