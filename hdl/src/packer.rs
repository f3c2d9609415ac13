//! Byte packer: turns a stream of chunks of 1..=8 bytes into dense 64-bit beats.
//!
//! Headers of 54, 58, 70 or 74 bytes put the payload at every possible byte lane, and
//! received payload starts wherever its headers end. Rather than a shifter per
//! producer, every producer emits "n valid bytes from lane 0" and this block does the
//! realignment once. Up to 15 bytes are held; a chunk is accepted whenever the bytes
//! held after this cycle's output leave room for 8 more, so at full rate it accepts
//! one chunk and emits one beat per cycle, and the next stream's first chunk is taken
//! in the cycle the previous stream's final beat leaves.

use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct Packer {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, bool>,
    pub in_valid: Signal<In, bool>,
    pub in_data: Signal<In, Bits<64>>,
    /// Valid bytes in `in_data`, 1..=8, from lane 0.
    pub in_count: Signal<In, Bits<4>>,
    /// This chunk ends the stream: flush what is held as a final beat with `out_last`.
    pub in_last: Signal<In, bool>,
    pub in_ready: Signal<Out, bool>,
    pub out_valid: Signal<Out, bool>,
    pub out_data: Signal<Out, Bits<64>>,
    pub out_keep: Signal<Out, Bits<8>>,
    pub out_last: Signal<Out, bool>,
    pub out_ready: Signal<In, bool>,
    acc: DFF<Bits<128>>,
    count: DFF<Bits<5>>,
    flushing: DFF<bool>,
    fire_out: Signal<Local, bool>,
    base_acc: Signal<Local, Bits<128>>,
    base_count: Signal<Local, Bits<5>>,
    masked: Signal<Local, Bits<64>>,
    one: Constant<Bits<64>>,
}

impl Default for Packer {
    fn default() -> Self {
        Self {
            clock: Default::default(),
            reset: Default::default(),
            in_valid: Default::default(),
            in_data: Default::default(),
            in_count: Default::default(),
            in_last: Default::default(),
            in_ready: Default::default(),
            out_valid: Default::default(),
            out_data: Default::default(),
            out_keep: Default::default(),
            out_last: Default::default(),
            out_ready: Default::default(),
            acc: Default::default(),
            count: Default::default(),
            flushing: Default::default(),
            fire_out: Default::default(),
            base_acc: Default::default(),
            base_count: Default::default(),
            masked: Default::default(),
            one: Constant::new(1u64.to_bits()),
        }
    }
}

impl Logic for Packer {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, acc, count, flushing);
        // Output side: a full beat, or the remainder once the last chunk is in.
        self.out_valid.next = (self.count.q.val() >= 8) | (self.flushing.q.val() & self.count.q.val().any());
        self.out_data.next = self.acc.q.val().get_bits::<64>(0);
        self.out_last.next = self.flushing.q.val() & (self.count.q.val() <= 8);
        if self.count.q.val() >= 8 {
            self.out_keep.next = 0xFF.into();
        } else {
            self.out_keep.next = bit_cast::<8, 64>((self.one.val() << self.count.q.val()) - self.one.val());
        }
        self.fire_out.next = self.out_valid.val() & self.out_ready.val();
        if self.fire_out.val() {
            self.base_acc.next = self.acc.q.val() >> 64;
            if self.count.q.val() > 8 {
                self.base_count.next = self.count.q.val() - 8;
            } else {
                self.base_count.next = 0.into();
            }
        } else {
            self.base_acc.next = self.acc.q.val();
            self.base_count.next = self.count.q.val();
        }
        // Input side: zero the lanes past in_count so they cannot pollute the next chunk.
        if self.in_count.val() >= 8 {
            self.masked.next = self.in_data.val();
        } else {
            self.masked.next = self.in_data.val()
                & ((self.one.val() << (bit_cast::<7, 4>(self.in_count.val()) << 3)) - self.one.val());
        }
        // While a stream flushes, the next one may start in the cycle its final beat
        // leaves (nothing of the old stream is held then), so frames follow back to back.
        self.in_ready.next = (!self.flushing.q.val() | (self.fire_out.val() & self.out_last.val()))
            & (self.base_count.val() < 8);
        self.acc.d.next = self.base_acc.val();
        self.count.d.next = self.base_count.val();
        if self.fire_out.val() & self.out_last.val() {
            self.flushing.d.next = false;
        }
        if self.in_valid.val() & self.in_ready.val() {
            self.acc.d.next = self.base_acc.val()
                | (bit_cast::<128, 64>(self.masked.val()) << (bit_cast::<8, 5>(self.base_count.val()) << 3));
            self.count.d.next = self.base_count.val() + bit_cast::<5, 4>(self.in_count.val());
            self.flushing.d.next = self.in_last.val();
        }
        if self.reset.val() {
            self.count.d.next = 0.into();
            self.acc.d.next = 0.into();
            self.flushing.d.next = false;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Feeds chunks (with random output stalls) and checks the beats reassemble the bytes.
    #[test]
    fn packs_arbitrary_chunks_into_dense_beats() {
        let chunks: Vec<Vec<u8>> = [6usize, 8, 8, 3, 1, 8, 7, 2, 4]
            .iter()
            .scan(0u8, |b, &n| Some((0..n).map(|_| { *b = b.wrapping_add(1); *b }).collect()))
            .collect();
        let want: Vec<u8> = chunks.concat();
        let mut uut = Packer::default();
        uut.connect_all();
        let mut got = Vec::new();
        let mut next = 0;
        let mut last_seen = false;
        for cycle in 0..200 {
            let v = next < chunks.len();
            if v {
                let c = &chunks[next];
                let mut w = [0xEEu8; 8]; // garbage past the count must not leak
                w[..c.len()].copy_from_slice(c);
                uut.in_data.next = u64::from_le_bytes(w).to_bits();
                uut.in_count.next = (c.len() as u64).to_bits();
                uut.in_last.next = next == chunks.len() - 1;
            }
            uut.in_valid.next = v;
            uut.out_ready.next = cycle % 3 != 1;
            uut.clock.next = Clock::from(false);
            assert!(simulate(&mut uut, 100));
            let accept = uut.in_valid.val() && uut.in_ready.val();
            if uut.out_valid.val() && uut.out_ready.val() {
                let keep = uut.out_keep.val().to_u8();
                let d = uut.out_data.val().to_u64().to_le_bytes();
                got.extend((0..8).filter(|l| keep >> l & 1 == 1).map(|l| d[l]));
                last_seen |= uut.out_last.val();
            }
            uut.clock.next = Clock::from(true);
            assert!(simulate(&mut uut, 100));
            if accept {
                next += 1;
            }
            if last_seen {
                break;
            }
        }
        assert!(last_seen);
        assert_eq!(got, want);
    }
}
