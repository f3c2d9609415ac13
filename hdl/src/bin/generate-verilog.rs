//! Writes the engine's Verilog to hdl/verilog/openrnic_engine.v (checked in, so FPGA
//! users need no Rust; a test fails when it is stale).
fn main() -> std::io::Result<()> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("verilog/openrnic_engine.v");
    std::fs::write(&path, openrnic_hdl::verilog_file())?;
    println!("wrote {}", path.display());
    Ok(())
}
