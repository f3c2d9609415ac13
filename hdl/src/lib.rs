//! openrnic's RoCEv2 packet engine, written in rust-hdl.
pub mod bswap;
pub mod crc;
pub mod packer;
pub mod rxhdr;
pub mod txhdr;
