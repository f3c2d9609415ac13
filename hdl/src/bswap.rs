//! Byte reversal between the wire's big-endian headers and the 64-bit bus, whose
//! lane 0 holds the first byte. Headers are kept as big-endian numbers (first byte
//! in the most significant bits) so every header field is a plain bit slice.

use rust_hdl::prelude::*;

#[derive(LogicBlock, Default)]
pub struct ByteSwap64 {
    pub word_in: Signal<In, Bits<64>>,
    pub word_out: Signal<Out, Bits<64>>,
}

impl Logic for ByteSwap64 {
    #[hdl_gen]
    fn update(&mut self) {
        self.word_out.next = 0.into();
        for i in 0..64 {
            self.word_out.next = self.word_out.val().replace_bit(i, self.word_in.val().get_bit(i ^ 56));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn reverses_bytes() {
        let mut uut = ByteSwap64::default();
        uut.connect_all();
        uut.word_in.next = 0x0102_0304_0506_0708u64.to_bits();
        assert!(simulate(&mut uut, 10));
        assert_eq!(uut.word_out.val().to_u64(), 0x0807_0605_0403_0201);
    }
}
