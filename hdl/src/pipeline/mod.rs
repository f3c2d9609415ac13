//! The pipelined engine's blocks (docs/pipeline.md), one file each, each with its testbench.
use rust_hdl::prelude::*;

pub mod ack_handler;
pub mod ack_queue;
pub mod beat_fifo;
pub mod cpl_write;
pub mod dma_read;
pub mod dma_write;
pub mod engine_top;
pub mod merge;
pub mod mr_table;
pub mod params;
pub mod qp_static;
pub mod regfile;
pub mod requester;
pub mod responder;
pub mod rx_buffer;
pub mod rx_dispatch;
pub mod rx_parser;
pub mod tx_arb;
pub mod tx_framer;
pub mod tx_sched;
pub mod wqe_fetch;

/// Verilog of one block on its own (top module `top`).
fn block_verilog<B: Block + Default>() -> String {
    let mut uut = B::default();
    uut.connect_all();
    generate_verilog(&uut)
}

/// Every pipeline block's Verilog, by name: linted one by one (`tests/verilog.rs`), so
/// each block is known to be clean Verilog, and reported alone by the FPGA flow. (The
/// DMA blocks lint and synthesize themselves in their own tests, with their waivers.)
pub fn blocks_verilog() -> Vec<(&'static str, String)> {
    vec![
        ("beat_fifo", block_verilog::<beat_fifo::BeatFifo>()),
        ("tx_framer", block_verilog::<tx_framer::TxFramer>()),
        ("rx_buffer", block_verilog::<rx_buffer::RxBuffer>()),
        ("rx_parser", block_verilog::<rx_parser::RxParser>()),
        ("tx_sched", block_verilog::<tx_sched::TxScheduler>()),
        ("cpl_write", block_verilog::<cpl_write::CompletionWriter>()),
        ("regfile", block_verilog::<regfile::RegFile>()),
        ("qp_static", block_verilog::<qp_static::QpStatic>()),
        ("mr_table", block_verilog::<mr_table::MrTable>()),
        ("event_merge", block_verilog::<merge::EventMerge>()),
        ("cqe_merge", block_verilog::<merge::CqeMerge>()),
        ("tx_arb", block_verilog::<tx_arb::TxArbiter>()),
        ("ack_queue", block_verilog::<ack_queue::AckQueue>()),
        ("wqe_fetch", block_verilog::<wqe_fetch::WqeFetch>()),
        ("requester", block_verilog::<requester::Requester>()),
        ("rx_dispatch", block_verilog::<rx_dispatch::RxDispatch>()),
        ("responder", block_verilog::<responder::Responder>()),
        ("ack_handler", block_verilog::<ack_handler::AckHandler>()),
    ]
}
