//! openrnic's RoCEv2 packet engine, written in rust-hdl.
pub mod bswap;
pub mod crc;
pub mod engine;
pub mod mrcheck;
pub mod packer;
pub mod pipeline;
pub mod rxhdr;
pub mod testbench;
pub mod txhdr;

/// The checked-in Verilog file's full text: a banner, then rust-hdl's output.
pub fn verilog_file() -> String {
    format!(
        "// openrnic packet engine. Generated from the openrnic-hdl crate by\n// `cargo run -p openrnic-hdl --bin generate-verilog`. Do not edit.\n{}",
        engine::generate_verilog_text()
    )
}

/// The pipelined engine's Verilog file (`verilog/openrnic_pipeline.v`): a banner, then
/// rust-hdl's output. Same ports as `openrnic_engine.v` (docs/engine-ports.md).
pub fn pipeline_verilog_file() -> String {
    format!(
        "// openrnic pipelined packet engine. Generated from the openrnic-hdl crate by\n// `cargo run -p openrnic-hdl --bin generate-verilog`. Do not edit.\n{}",
        pipeline::engine_top::generate_verilog_text()
    )
}
