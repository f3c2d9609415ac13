//! The shell RTL's testbenches (each a self-checking SystemVerilog bench that prints one
//! `PASS name: ...` or `FAIL name: ...` line) and the lint of every top against the
//! engine and the vendor IP stubs. `cargo test -p openrnic-fpga --release -- --nocapture`
//! shows what each bench covered.
use openrnic_fpga::{dir, engine_verilog, verilator, RTL};
use std::path::PathBuf;
use std::process::Command;

/// Builds testbench `tb/NAME.sv` (top module NAME) with the blocks it needs, runs it with
/// a fixed seed, and returns its PASS line.
fn run_bench(name: &str, blocks: &[&str]) -> String {
    let build = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("fpga-{name}"));
    let build_s = build.to_str().unwrap();
    let bench = format!("tb/{name}.sv");
    let mut args = vec!["--binary", "--timing", "-O1", "-Wno-fatal", "--top-module", name, "-Mdir", build_s];
    args.extend(blocks.iter().copied());
    args.push(&bench);
    let out = verilator(&args);
    assert!(out.status.success(), "verilator build of {name}:\n{}", String::from_utf8_lossy(&out.stderr));
    let exe = build.join(format!("V{name}"));
    let run = Command::new("timeout")
        .args(["300", exe.to_str().unwrap(), "+verilator+seed+1"])
        .output()
        .unwrap_or_else(|e| panic!("cannot run {}: {e}", exe.display()));
    let text = String::from_utf8_lossy(&run.stdout).into_owned();
    let verdict = text.lines().find(|l| l.starts_with("PASS ") || l.starts_with("FAIL ")).unwrap_or("").to_string();
    assert!(
        run.status.success() && verdict.starts_with("PASS "),
        "{name} did not pass (exit {:?}):\n{text}{}",
        run.status.code(),
        String::from_utf8_lossy(&run.stderr)
    );
    println!("{verdict}");
    verdict
}

#[test]
fn cdc_fifo_bench() {
    run_bench("tb_cdc_fifo", &["rtl/cdc_fifo.sv"]);
}

#[test]
fn rx_frame_fifo_bench() {
    run_bench("tb_rx_frame_fifo", &["rtl/rx_frame_fifo.sv"]);
}

#[test]
fn dma_axi_master_bench() {
    run_bench("tb_dma_axi_master", &["rtl/sync_fifo.sv", "rtl/dma_axi_master.sv"]);
}

#[test]
fn axil_regbus_bench() {
    run_bench("tb_axil_regbus", &["rtl/cdc_fifo.sv", "rtl/axil_regbus.sv"]);
}

#[test]
fn msix_irq_bench() {
    run_bench("tb_msix_irq", &["rtl/cdc_fifo.sv", "rtl/msix_irq.sv"]);
}

#[test]
fn axi_ram_and_spi_regbus_bench() {
    run_bench("tb_ecp5_blocks", &["rtl/axi_ram.sv", "rtl/spi_regbus.sv"]);
}

/// `verilator --lint-only -Wall` of `top` and everything below it must print nothing:
/// the shell RTL has no waivers beyond the commented lint_off lines in its sources;
/// the engine's own file is waived by fpga/engine.vlt (openrnic-hdl lints it).
fn lint(top: &str, files: &[&str]) {
    let (engine, _) = engine_verilog();
    let engine = engine.to_str().unwrap().to_string();
    let mut args = vec!["--lint-only", "-Wall", "--top-module", top, "engine.vlt", &engine];
    args.extend(RTL.iter().copied());
    args.extend(files.iter().copied());
    let out = verilator(&args);
    let text = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success() && !text.contains("%Warning") && !text.contains("%Error"),
        "verilator lint of {top}:\n{text}"
    );
}

#[test]
fn every_shell_block_lints_clean_alone() {
    for block in RTL.iter().filter(|b| !b.contains("engine_ports")) {
        let top = block.trim_start_matches("rtl/").trim_end_matches(".sv");
        let mut args = vec!["--lint-only", "-Wall", "--top-module", top];
        args.extend(RTL.iter().copied().filter(|b| !b.contains("engine_ports")));
        let out = verilator(&args);
        let text = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success() && text.trim().is_empty(), "verilator lint of {block}:\n{text}");
    }
}

#[test]
fn ecp5_top_lints_with_the_engine() {
    lint("openrnic_ecp5_evn", &["ecp5/openrnic_ecp5_evn.sv"]);
}

#[test]
fn kcu105_top_lints_against_the_vendor_ip_stubs() {
    let stubs: Vec<String> = std::fs::read_dir(dir().join("kcu105/stubs"))
        .expect("fpga/kcu105/stubs")
        .map(|e| format!("kcu105/stubs/{}", e.unwrap().file_name().to_string_lossy()))
        .filter(|p| p.ends_with(".v") || p.ends_with(".sv"))
        .collect();
    assert!(!stubs.is_empty(), "no vendor IP stubs in fpga/kcu105/stubs");
    let mut files: Vec<&str> = stubs.iter().map(String::as_str).collect();
    files.push("kcu105/openrnic_kcu105.sv");
    lint("openrnic_kcu105", &files);
}
