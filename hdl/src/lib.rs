//! openrnic's RoCEv2 packet engine, written in rust-hdl.
pub mod crc;
pub mod packer;
