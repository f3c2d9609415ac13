//! ICRC datapath: CRC-32 (reflected, polynomial 0x04C11DB7) over up to eight bytes
//! per cycle with a per-byte enable, so header bytes outside the ICRC (Ethernet)
//! and the bytes after the end of a frame are skipped without a second datapath.
//!
//! The block is combinational: `crc_out` is the CRC state after the enabled lanes of
//! `data` (lane 0 first). The state is the raw shift register (no final inversion).

use rust_hdl::prelude::*;

/// Reflected CRC-32 polynomial.
pub const POLY: u32 = 0xEDB8_8320;

/// Software model of the same state update, used to compute constants at elaboration
/// time and by the tests.
pub fn crc_state_update(mut crc: u32, bytes: &[u8]) -> u32 {
    for &b in bytes {
        for bit in 0..8 {
            let fb = (crc ^ (b as u32 >> bit)) & 1;
            crc = (crc >> 1) ^ if fb != 0 { POLY } else { 0 };
        }
    }
    crc
}

/// CRC state after the 8 bytes of 0xFF that start every ICRC computation.
pub fn icrc_seed() -> u32 {
    crc_state_update(0xFFFF_FFFF, &[0xFF; 8])
}

/// State after running a message followed by its own (inverted, little-endian) CRC:
/// the same for every message, so the receiver checks without knowing where the frame ends.
pub fn crc_residue() -> u32 {
    let c = !crc_state_update(0xFFFF_FFFF, b"x");
    crc_state_update(crc_state_update(0xFFFF_FFFF, b"x"), &c.to_le_bytes())
}

#[derive(LogicBlock)]
pub struct Crc32x64 {
    pub crc_in: Signal<In, Bits<32>>,
    pub data: Signal<In, Bits<64>>,
    pub enable: Signal<In, Bits<8>>,
    pub crc_out: Signal<Out, Bits<32>>,
    poly: Constant<Bits<32>>,
}

impl Default for Crc32x64 {
    fn default() -> Self {
        Self {
            crc_in: Default::default(),
            data: Default::default(),
            enable: Default::default(),
            crc_out: Default::default(),
            poly: Constant::new(POLY.to_bits()),
        }
    }
}

impl Logic for Crc32x64 {
    #[hdl_gen]
    fn update(&mut self) {
        self.crc_out.next = self.crc_in.val();
        for lane in 0..8 {
            if self.enable.val().get_bit(lane) {
                for bit in 0..8 {
                    if self.crc_out.val().get_bit(0) ^ self.data.val().get_bit(lane * 8 + bit) {
                        self.crc_out.next = (self.crc_out.val() >> 1) ^ self.poly.val();
                    } else {
                        self.crc_out.next = self.crc_out.val() >> 1;
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn software_model_matches_crc32fast() {
        let data: Vec<u8> = (0..200u32).map(|i| (i * 37 + 11) as u8).collect();
        assert_eq!(!crc_state_update(0xFFFF_FFFF, &data), crc32fast::hash(&data));
        assert_eq!(crc_residue(), 0xDEBB_20E3);
    }

    #[test]
    fn block_matches_model_for_every_enable_pattern() {
        let mut uut = Crc32x64::default();
        uut.connect_all();
        let word: u64 = 0x0123_4567_89AB_CDEF;
        for en in [0u8, 0x01, 0x03, 0x0F, 0x7F, 0xFF, 0xC0, 0xA5] {
            uut.crc_in.next = 0x1234_5678u32.to_bits();
            uut.data.next = word.to_bits();
            uut.enable.next = en.to_bits();
            assert!(simulate(&mut uut, 100));
            let bytes: Vec<u8> = (0..8).filter(|l| en >> l & 1 == 1).map(|l| (word >> (8 * l)) as u8).collect();
            assert_eq!(uut.crc_out.val().to_u32(), crc_state_update(0x1234_5678, &bytes), "enable {en:#x}");
        }
    }
}
