//! The simulated card.

pub mod card;
pub mod mac;
pub mod memory;
pub mod model;
pub mod wire;
pub mod world;
