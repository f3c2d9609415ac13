//! The pipelined engine's blocks (docs/pipeline.md), one file each.
pub mod cpl_write;
pub mod params;
pub mod regfile;
pub mod tx_sched;
#[cfg(test)]
pub mod verilog_check;
