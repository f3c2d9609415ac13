//! The simulated card.

pub mod card;
pub mod mac;
pub mod memory;
pub mod model;
pub mod wire;
pub mod world;

/// The engine the Verilated model was built from: `"legacy"` or `"pipelined"` (the
/// openrnic-verilator feature). [`model::HdlModel`] is always the legacy rust-hdl engine.
pub use openrnic_verilator::ENGINE;
