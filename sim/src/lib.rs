//! The simulated card.

pub mod card;
pub mod memory;
pub mod wire;
pub mod world;
