//! The checked-in Verilog: fresh, lint-clean, synthesizable without latches.
use std::path::{Path, PathBuf};
use std::process::Command;

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("verilog")
}

fn tool(name: &str) -> Command {
    if Command::new(name).arg("--version").output().is_err() {
        panic!("`{name}` is not installed: run `apt-get install -y {name}` (or `bash .ci/run`, which does)");
    }
    Command::new(name)
}

#[test]
fn checked_in_verilog_is_fresh() {
    let on_disk = std::fs::read_to_string(dir().join("openrnic_engine.v")).unwrap_or_default();
    assert!(
        on_disk == openrnic_hdl::verilog_file(),
        "hdl/verilog/openrnic_engine.v is stale: run `cargo run -p openrnic-hdl --bin generate-verilog`"
    );
}

#[test]
fn verilator_lint_is_clean_with_only_the_listed_waivers() {
    let out = tool("verilator")
        .args(["--lint-only", "-Wall", "--top-module", "top", "lint.vlt", "openrnic_engine.v"])
        .current_dir(dir())
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success() && !text.contains("%Warning") && !text.contains("%Error"), "verilator lint:\n{text}");
}

#[test]
fn yosys_elaborates_without_latches() {
    let script = "read_verilog openrnic_engine.v; hierarchy -check -top top; proc; flatten; opt -fast; \
                  select -assert-none t:$dlatch t:$adlatch t:$dlatchsr; stat";
    let out = tool("yosys").args(["-q", "-p", script]).current_dir(dir()).output().unwrap();
    assert!(out.status.success(), "yosys:\n{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
}

#[test]
fn checked_in_pipeline_verilog_is_fresh() {
    let on_disk = std::fs::read_to_string(dir().join("openrnic_pipeline.v")).unwrap_or_default();
    assert!(
        on_disk == openrnic_hdl::pipeline_verilog_file(),
        "hdl/verilog/openrnic_pipeline.v is stale: run `cargo run -p openrnic-hdl --bin generate-verilog`"
    );
}

#[test]
fn pipeline_verilator_lint_is_clean_with_only_the_listed_waivers() {
    let out = tool("verilator")
        .args(["--lint-only", "-Wall", "--top-module", "top", "lint_pipeline.vlt", "openrnic_pipeline.v"])
        .current_dir(dir())
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success() && !text.contains("%Warning") && !text.contains("%Error"), "verilator lint:\n{text}");
}

#[test]
fn pipeline_yosys_elaborates_without_latches() {
    let script = "read_verilog openrnic_pipeline.v; hierarchy -check -top top; proc; flatten; opt -fast; \
                  select -assert-none t:$dlatch t:$adlatch t:$dlatchsr; stat";
    let out = tool("yosys").args(["-q", "-p", script]).current_dir(dir()).output().unwrap();
    assert!(out.status.success(), "yosys:\n{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
}

#[test]
fn capability_registers_match_the_contract() {
    use openrnic_contract::regs;
    use openrnic_hdl::engine::*;
    assert_eq!(regs::CAP_QPS.reset as usize, TABLE_SIZE);
    assert_eq!(regs::CAP_MRS.reset as usize, TABLE_SIZE);
    assert_eq!(regs::CAP_CQS.reset as usize, TABLE_SIZE);
    assert_eq!(regs::CAP_MAX_MTU.reset as usize, MAX_MTU);
    assert_eq!(regs::CAP_DATAPATH.reset as usize, DATAPATH_BITS);
}

/// Each block of the pipelined engine, alone, is clean under the same lint as the
/// engine (the waivers of lint.vlt that concern rust-hdl's style, none for a block).
#[test]
fn pipeline_blocks_lint_clean() {
    let tmp = std::env::temp_dir().join(format!("openrnic-blocks-{}", std::process::id()));
    std::fs::create_dir_all(&tmp).unwrap();
    std::fs::write(
        tmp.join("blocks.vlt"),
        concat!(
            "`verilator_config\nlint_off -rule WIDTH\nlint_off -rule DECLFILENAME\nlint_off -rule UNUSEDPARAM\nlint_off -rule UNOPTFLAT\n",
            // The parser's payload stage counts bytes from the header's lengths, not the FIFO's keep.
            "lint_off -rule UNUSEDSIGNAL -file \"*rx_parser.v\" -match \"*fifo$out_keep*\"\n",
            // A WQE's packet count has 25 bits (2^32 B at 256 B per packet); PSNs take its low 24.
            "lint_off -rule UNUSEDSIGNAL -file \"*requester.v\" -match \"*'pkts'*\"\n",
            // QpInit is one broadcast stream: its PSN fields are for the Requester and Responder;
            // ACKs' MSN is not needed (PSNs say which WQEs are covered, as in the legacy engine).
            "lint_off -rule UNUSEDSIGNAL -file \"*ack_handler.v\" -match \"*'init_*psn'*\"\n",
            "lint_off -rule UNUSEDSIGNAL -file \"*ack_handler.v\" -match \"*'a_msn'*\"\n",
            // The tables take the RegFile's whole staging bus; the 32-bit registers' unused high bits stay unread.
            "lint_off -rule UNUSEDSIGNAL -file \"*qp_static.v\" -match \"*cmd_staged*\"\n",
            "lint_off -rule UNUSEDSIGNAL -file \"*mr_table.v\" -match \"*cmd_staged*\"\n",
            // MrCheck reads the fields of the contract's MR row, not its padding or REMOTE_READ.
            "lint_off -rule UNUSEDSIGNAL -file \"*mr_table.v\" -match \"*'row'*\"\n",
            // The dispatcher takes every parser field by name; the UDP source port is not part of
            // the binding and atomics are not implemented (their fields stay for when they are).
            "lint_off -rule UNUSEDSIGNAL -file \"*rx_dispatch.v\" -match \"*p_udp_sport*\"\n",
            "lint_off -rule UNUSEDSIGNAL -file \"*rx_dispatch.v\" -match \"*p_has_atomic*\"\n",
            "lint_off -rule UNUSEDSIGNAL -file \"*rx_dispatch.v\" -match \"*p_swap*\"\n",
            "lint_off -rule UNUSEDSIGNAL -file \"*rx_dispatch.v\" -match \"*p_compare*\"\n",
            // The responder's port keeps fields it does not use yet (responder.rs module doc):
            // no solicited event, no PMTU check (as the legacy engine), payload length from the
            // descriptor, the QpInit send-side fields, and err_* never raised.
            "lint_off -rule UNUSEDSIGNAL -file \"*responder.v\" -match \"*r_solicited*\"\n",
            "lint_off -rule UNUSEDSIGNAL -file \"*responder.v\" -match \"*r_state*\"\n",
            "lint_off -rule UNUSEDSIGNAL -file \"*responder.v\" -match \"*r_pmtu_log2*\"\n",
            "lint_off -rule UNUSEDSIGNAL -file \"*responder.v\" -match \"*pl_keep*\"\n",
            "lint_off -rule UNUSEDSIGNAL -file \"*responder.v\" -match \"*init_state*\"\n",
            "lint_off -rule UNUSEDSIGNAL -file \"*responder.v\" -match \"*init_take_sq_psn*\"\n",
            "lint_off -rule UNUSEDSIGNAL -file \"*responder.v\" -match \"*init_sq_psn*\"\n",
            "lint_off -rule UNUSEDSIGNAL -file \"*responder.v\" -match \"*err_ready*\"\n",
        ),
    )
    .unwrap();
    for (name, text) in openrnic_hdl::pipeline::blocks_verilog() {
        let file = format!("{name}.v");
        std::fs::write(tmp.join(&file), text).unwrap();
        let out = tool("verilator")
            .args(["--lint-only", "-Wall", "--top-module", "top", "blocks.vlt", &file])
            .current_dir(&tmp)
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success() && !text.contains("%Warning") && !text.contains("%Error"), "{name}: verilator lint:\n{text}");
    }
    let _ = std::fs::remove_dir_all(&tmp);
}
