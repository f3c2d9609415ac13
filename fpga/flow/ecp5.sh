#!/usr/bin/env bash
# The open FPGA flow on the ECP5 (the open-tool timing proxy): synthesis (yosys), place
# and route (nextpnr-ecp5, LFE5UM5G-85F, speed grade 8, fixed seed), bitstream
# (ecppack), and a report of Fmax, LUT use and latches against the gates in gate.env.
#
#   bash fpga/flow/ecp5.sh                    engine inside the ECP5 Evaluation Board top,
#                                             all the way to a bitstream (what CI runs)
#   bash fpga/flow/ecp5.sh --ooc FILE.v [TOP] any Verilog alone, out of context (no pins,
#                                             no bitstream), e.g. a block or another engine
#
# ENGINE=path/to/engine.v replaces hdl/verilog/openrnic_engine.v (top module `top`).
# Outputs go to target/fpga/ecp5/ (or target/fpga/ooc-TOP/): logs, the netlist,
# nextpnr's JSON report, summary.txt, and the bitstream.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/tools.sh"
source "$here/gate.env"
cd "$OPENRNIC_ROOT"

mode=board
if [ "${1:-}" = --ooc ]; then
  mode=ooc
  src="$(realpath "${2:?usage: ecp5.sh --ooc FILE.v [TOP]}")"
  top="${3:-top}"
  out="target/fpga/ooc-$top"
else
  engine="$(realpath "${ENGINE:-hdl/verilog/openrnic_engine.v}")"
  top=openrnic_ecp5_evn
  out=target/fpga/ecp5
fi
mkdir -p "$out"
out="$(realpath "$out")"

now() { date +%s; }
took() { local s=$(( $(now) - $1 )); printf '%dm%02ds' $((s / 60)) $((s % 60)); }

# ------------------------------------------------------------------ synthesis
t0=$(now)
if [ $mode = board ]; then
  rtl=(fpga/rtl/cdc_fifo.sv fpga/rtl/sync_fifo.sv fpga/rtl/dma_axi_master.sv fpga/rtl/axi_ram.sv
       fpga/rtl/spi_regbus.sv fpga/rtl/openrnic_engine_ports.sv fpga/ecp5/openrnic_ecp5_evn.sv)
  read="read_verilog $engine; read_verilog -sv ${rtl[*]}"
else
  read="read_verilog -sv $src"
fi
# Latches are counted before mapping, where a latch is still a latch cell, after the
# same `proc; flatten; opt -fast` as openrnic-hdl's own check (opt drops the latch
# cells `proc` makes for signals that turn out constant or unused).
yosys -q -l "$out/synth.log" -p "$read; hierarchy -check -top $top; proc; flatten; opt -fast;
  tee -q -o $out/latches.txt select -count t:\$dlatch t:\$adlatch t:\$dlatchsr;
  synth_ecp5 -top $top -json $out/netlist.json; tee -q -o $out/stat.txt stat" >/dev/null
t_synth=$(took $t0)
latches=$(grep -o '[0-9]\+ objects' "$out/latches.txt" | grep -o '[0-9]\+' || echo 0)

# ------------------------------------------------------------------ place and route
# yowasp tools see only their working directory: run there, with relative paths.
t0=$(now)
pnr=(--um5g-85k --package CABGA381 --json netlist.json --freq "$TARGET_MHZ" --seed "$SEED"
     --threads 1 --report report.json --log pnr.log -q
     --timing-allow-fail)  # the Fmax gate is ours (gate.env), applied below
if [ $mode = board ]; then
  cp fpga/ecp5/ecp5_evn.lpf "$out/board.lpf"
  pnr+=(--lpf board.lpf --textcfg board.config)
else
  pnr+=(--out-of-context)
fi
if ! (cd "$out" && "$NEXTPNR_ECP5" "${pnr[@]}" >/dev/null 2>&1); then
  echo "fpga flow: nextpnr-ecp5 failed; see $out/pnr.log" >&2
  tail -20 "$out/pnr.log" >&2
  exit 1
fi
t_pnr=$(took $t0)

t0=$(now)
bitstream=""
if [ $mode = board ]; then
  (cd "$out" && "$ECPPACK" board.config openrnic_ecp5_evn.bit)
  bitstream="$out/openrnic_ecp5_evn.bit"
fi
t_pack=$(took $t0)

# ------------------------------------------------------------------ report and gates
python3 - "$out" "$mode" "$latches" "$GATE_FMAX_AND_LUTS" "$TARGET_MHZ" "$MAX_LUT_PERCENT" \
  "$SEED" "${engine:-$src}" "$bitstream" "synth $t_synth, place and route $t_pnr, pack $t_pack" <<'PY'
import json, os, sys
out, mode, latches, gate, target, max_lut, seed, design, bit, times = sys.argv[1:]
latches, gate, target, max_lut = int(latches), gate == "1", float(target), float(max_lut)
rep = json.load(open(os.path.join(out, "report.json")))
util = rep["utilization"]
def used(cell):
    u = util.get(cell, {"used": 0, "available": 0})
    return u["used"], u["available"]
luts, luts_avail = used("TRELLIS_COMB")
ffs, ffs_avail = used("TRELLIS_FF")
brams, brams_avail = used("DP16KD")
# The engine clock is the design's only clock (board: the 12 MHz pin; OOC: `clock`).
fmax = min(v["achieved"] for v in rep["fmax"].values()) if rep["fmax"] else 0.0
lut_pct = 100.0 * luts / luts_avail
fails, lines = [], []
def row(name, value, verdict):
    lines.append(f"  {name:<10} {value:<34} {verdict}")
row("latches", str(latches), "ok" if latches == 0 else "FAIL (latches fail at once)")
if latches:
    fails.append("latches")
fmax_ok, lut_ok = fmax >= target, lut_pct <= max_lut
gating = "gating" if gate else "reported, not gating yet (fpga/flow/gate.env)"
row("Fmax", f"{fmax:.1f} MHz (target {target:g} MHz)",
    "ok" if fmax_ok else ("FAIL" if gate else "below target: " + gating))
row("LUT4", f"{luts} / {luts_avail} ({lut_pct:.1f} %)",
    "ok" if lut_ok else ("FAIL" if gate else f"above {max_lut:g} %: " + gating))
row("FF", f"{ffs} / {ffs_avail} ({100.0 * ffs / ffs_avail:.1f} %)", "")
row("DP16KD", f"{brams} / {brams_avail}", "")
if gate and not fmax_ok:
    fails.append("Fmax")
if gate and not lut_ok:
    fails.append("LUTs")
if bit:
    row("bitstream", f"{os.path.relpath(bit)} ({os.path.getsize(bit)} bytes)", "")
head = (f"open FPGA flow: LFE5UM5G-85F (speed grade 8), seed {seed}, "
        + ("ECP5 Evaluation Board top around " if mode == "board" else "out of context: ")
        + os.path.relpath(design))
text = "\n".join([head] + lines + [f"  {'time':<10} {times}"]) + "\n"
open(os.path.join(out, "summary.txt"), "w").write(text)
print(text, end="")
if fails:
    print("open FPGA flow: FAIL (" + ", ".join(fails) + ")")
    sys.exit(1)
PY
