//! docs/fpga-resources.md is rendered by fpga/flow/blocks.sh (minutes of synthesis, so
//! not in CI); this checks that it was rendered from the blocks as they are now.
use openrnic_fpga::{blocks_fingerprint, dir};

#[test]
fn resource_report_matches_the_blocks() {
    let path = dir().join("../docs/fpga-resources.md");
    let doc = std::fs::read_to_string(&path).unwrap_or_default();
    let want = format!("{:08x}", blocks_fingerprint());
    let recorded = doc
        .split("Verilog fingerprint: `")
        .nth(1)
        .and_then(|rest| rest.split('`').next())
        .unwrap_or("(none)");
    assert_eq!(
        recorded, want,
        "docs/fpga-resources.md is stale (fingerprint {recorded}, blocks now {want}): run `bash fpga/flow/blocks.sh`"
    );
}
