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

/// Each engine block (hdl/README.md's table) as Verilog of its own, top module `top`:
/// `(name, verilog)`, smallest first, the whole engine last.
pub fn blocks() -> Vec<(&'static str, String)> {
    use openrnic_hdl::{bswap::ByteSwap64, crc::Crc32x64, mrcheck::MrCheck, packer::Packer};
    use openrnic_hdl::{rxhdr::RxHeader, txhdr::TxHeader};
    use rust_hdl::prelude::*;
    fn alone<B: Block + Default>() -> String {
        let mut b = B::default();
        b.connect_all();
        generate_verilog(&b)
    }
    vec![
        ("ByteSwap64", alone::<ByteSwap64>()),
        ("MrCheck", alone::<MrCheck>()),
        ("Crc32x64", alone::<Crc32x64>()),
        ("Packer", alone::<Packer>()),
        ("TxHeader", alone::<TxHeader>()),
        ("RxHeader", alone::<RxHeader>()),
        ("Engine", openrnic_hdl::verilog_file()),
    ]
}

/// CRC-32 of the sub-blocks' Verilog (all but the whole engine), in `blocks()` order:
/// what docs/fpga-resources.md records to tell whether its per-block rows are stale.
/// The whole engine is left out on purpose: it changes with every pipeline commit, and
/// the CI flow prints its live figures on every run.
pub fn blocks_fingerprint() -> u32 {
    let mut h = crc32fast::Hasher::new();
    for (name, v) in blocks().into_iter().filter(|(n, _)| *n != "Engine") {
        h.update(name.as_bytes());
        h.update(v.as_bytes());
    }
    h.finalize()
}
