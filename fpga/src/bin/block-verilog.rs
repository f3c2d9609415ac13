//! Writes each engine block's Verilog alone (rust-hdl's generate_verilog on the block
//! as its own top, module `top`) into a folder, for the per-block resource report
//! (fpga/flow/blocks.sh): `block-verilog OUT_DIR`. Also writes OUT_DIR/fingerprint.txt
//! (see `blocks_fingerprint`).
use openrnic_fpga::{blocks, blocks_fingerprint};
use std::path::PathBuf;

fn main() -> std::io::Result<()> {
    let out = PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| "target/fpga/blocks".into()));
    std::fs::create_dir_all(&out)?;
    for (name, verilog) in blocks() {
        let path = out.join(format!("{name}.v"));
        std::fs::write(&path, verilog)?;
        println!("{}", path.display());
    }
    std::fs::write(out.join("fingerprint.txt"), format!("{:08x}\n", blocks_fingerprint()))?;
    Ok(())
}
