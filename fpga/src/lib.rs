//! openrnic on FPGA boards. The RTL here is SystemVerilog (`rtl/`, `ecp5/`, `kcu105/`),
//! not rust-hdl: it is the shell around the engine, written against vendor IP ports,
//! and its testbenches (`tb/`) run under Verilator. This crate only locates the files
//! and runs the tools; its tests (`tests/rtl.rs`) are the testbenches and lint checks.
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The `fpga/` folder.
pub fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf()
}

/// The checked-in engine Verilog (`hdl/verilog/openrnic_engine.v`) and the engine's own
/// lint waivers (which the fpga tops do not use: see `fpga/engine.vlt`).
pub fn engine_verilog() -> (PathBuf, PathBuf) {
    let hdl = dir().join("../hdl/verilog");
    (hdl.join("openrnic_engine.v"), hdl.join("lint.vlt"))
}

/// The shell blocks every board top uses, in dependency order.
pub const RTL: &[&str] = &[
    "rtl/cdc_fifo.sv",
    "rtl/sync_fifo.sv",
    "rtl/rx_frame_fifo.sv",
    "rtl/dma_axi_master.sv",
    "rtl/axil_regbus.sv",
    "rtl/msix_irq.sv",
    "rtl/axi_ram.sv",
    "rtl/spi_regbus.sv",
    "rtl/openrnic_engine_ports.sv",
];

/// Runs `verilator` with `args` in `fpga/`; a clear panic if it is not installed.
pub fn verilator(args: &[&str]) -> Output {
    match Command::new("verilator").args(args).current_dir(dir()).output() {
        Ok(out) => out,
        Err(e) => panic!("cannot run verilator ({e}): run `apt-get install -y verilator` (or `bash .ci/run`, which does)"),
    }
}
