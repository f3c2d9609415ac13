//! Test helper: every pipeline block's Verilog, emitted once, must pass
//! `verilator --lint-only -Wall` with only the engine's documented waivers
//! (`hdl/verilog/lint.vlt`).
use rust_hdl::prelude::*;
use std::path::Path;
use std::process::Command;

/// Writes `uut`'s Verilog to a scratch directory and lints it; panics with the report.
pub fn lint<B: Block>(name: &str, uut: &mut B) {
    uut.connect_all();
    let text = generate_verilog(uut);
    let dir = std::env::temp_dir().join(format!("openrnic-lint-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join(format!("{name}.v"));
    std::fs::write(&file, text).unwrap();
    let waivers = Path::new(env!("CARGO_MANIFEST_DIR")).join("verilog/lint.vlt");
    let out = match Command::new("verilator")
        .args(["--lint-only", "-Wall", "--top-module", "top"])
        .arg(&waivers)
        .arg(&file)
        .output()
    {
        Ok(out) => out,
        Err(e) => panic!("`verilator` could not run ({e}): run `apt-get install -y verilator` (or `bash .ci/run`, which does)"),
    };
    let report = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success() && !report.contains("%Warning") && !report.contains("%Error"),
        "verilator lint of {name}:\n{report}"
    );
    // OPENRNIC_KEEP_VERILOG=1 keeps the file (for synthesis experiments).
    if std::env::var_os("OPENRNIC_KEEP_VERILOG").is_some() {
        println!("kept {}", file.display());
    } else {
        let _ = std::fs::remove_dir_all(&dir);
    }
}
