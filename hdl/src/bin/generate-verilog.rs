//! Writes the engines' Verilog to hdl/verilog/ (checked in, so FPGA users need no Rust;
//! a test fails when a file is stale): `openrnic_engine.v`, the engine the simulator
//! builds by default, and `openrnic_pipeline.v`, the pipelined engine.
fn main() -> std::io::Result<()> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("verilog");
    for (name, text) in [
        ("openrnic_engine.v", openrnic_hdl::verilog_file()),
        ("openrnic_pipeline.v", openrnic_hdl::pipeline_verilog_file()),
    ] {
        let path = dir.join(name);
        std::fs::write(&path, text)?;
        println!("wrote {}", path.display());
    }
    Ok(())
}
