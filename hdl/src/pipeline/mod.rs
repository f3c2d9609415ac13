//! The pipelined engine's blocks (docs/pipeline.md), each with its testbench.
use rust_hdl::prelude::*;

pub mod beat_fifo;
pub mod dma_read;
pub mod dma_write;
pub mod rx_buffer;
pub mod rx_parser;
pub mod tx_framer;

/// Verilog of one block on its own (top module `top`).
fn block_verilog<B: Block + Default>() -> String {
    let mut uut = B::default();
    uut.connect_all();
    generate_verilog(&uut)
}

/// Every pipeline block's Verilog, by name: linted and synthesized one by one, so each
/// block is known to be clean Verilog and its size and speed can be reported alone.
pub fn blocks_verilog() -> Vec<(&'static str, String)> {
    vec![
        ("beat_fifo", block_verilog::<beat_fifo::BeatFifo>()),
        ("tx_framer", block_verilog::<tx_framer::TxFramer>()),
        ("rx_buffer", block_verilog::<rx_buffer::RxBuffer>()),
        ("rx_parser", block_verilog::<rx_parser::RxParser>()),
    ]
}
