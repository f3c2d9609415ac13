//! The simulated card.

pub mod memory;
pub mod wire;
