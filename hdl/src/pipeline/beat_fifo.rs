//! A FIFO of stream beats (64-bit data, keep, last) in a small RAM, with a registered
//! output: `in_ready` and `out_valid` are flip-flops, so it also cuts every path
//! between the blocks on either side. Full throughput (a beat in and a beat out per
//! cycle) at any fill level.
//!
//! The RAM's read is registered, so the head is read one cycle ahead into a two-entry
//! output buffer; a read is started only when that buffer is sure to have room for it.

use rust_hdl::prelude::*;

/// log2 of the RAM's entries (the FIFO holds up to this many plus the two output entries).
pub const BEAT_FIFO_LOG2: usize = 4;
const ENTRY_BITS: usize = 73;
// The pointers' wrap bit is read as bit 4 (rust-hdl emits a const path by name).
const _: () = assert!(BEAT_FIFO_LOG2 == 4);

#[derive(LogicBlock, Default)]
pub struct BeatFifo {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, bool>,
    pub in_valid: Signal<In, bool>,
    pub in_ready: Signal<Out, bool>,
    pub in_data: Signal<In, Bits<64>>,
    pub in_keep: Signal<In, Bits<8>>,
    pub in_last: Signal<In, bool>,
    pub out_valid: Signal<Out, bool>,
    pub out_ready: Signal<In, bool>,
    pub out_data: Signal<Out, Bits<64>>,
    pub out_keep: Signal<Out, Bits<8>>,
    pub out_last: Signal<Out, bool>,
    /// Nothing held.
    pub empty: Signal<Out, bool>,
    ram: RAM<Bits<ENTRY_BITS>, BEAT_FIFO_LOG2>,
    wp: DFF<Bits<5>>,
    rp: DFF<Bits<5>>,
    full: DFF<bool>,
    inflight: DFF<bool>,
    a_valid: DFF<bool>,
    a: DFF<Bits<ENTRY_BITS>>,
    b_valid: DFF<bool>,
    b: DFF<Bits<ENTRY_BITS>>,
    push: Signal<Local, bool>,
    consume: Signal<Local, bool>,
    entries: Signal<Local, Bits<2>>,
    issue: Signal<Local, bool>,
    wp_next: Signal<Local, Bits<5>>,
    rp_next: Signal<Local, Bits<5>>,
}

impl Logic for BeatFifo {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, wp, rp, full, inflight, a_valid, a, b_valid, b);
        self.ram.read_clock.next = self.clock.val();
        self.ram.write_clock.next = self.clock.val();
        self.in_ready.next = !self.full.q.val();
        self.push.next = self.in_valid.val() & !self.full.q.val();
        self.ram.write_enable.next = self.push.val();
        self.ram.write_address.next = self.wp.q.val().get_bits::<BEAT_FIFO_LOG2>(0);
        self.ram.write_data.next = (bit_cast::<ENTRY_BITS, 64>(self.in_data.val()) << 9)
            | (bit_cast::<ENTRY_BITS, 8>(self.in_keep.val()) << 1)
            | bit_cast::<ENTRY_BITS, 1>(self.in_last.val().into());
        self.wp_next.next = self.wp.q.val();
        if self.push.val() {
            self.wp_next.next = self.wp.q.val() + 1;
        }
        self.wp.d.next = self.wp_next.val();

        // Output side: start a RAM read when the two-entry buffer will have room for it.
        self.consume.next = self.a_valid.q.val() & self.out_ready.val();
        self.entries.next = bit_cast::<2, 1>(self.a_valid.q.val().into())
            + bit_cast::<2, 1>(self.b_valid.q.val().into())
            + bit_cast::<2, 1>(self.inflight.q.val().into());
        self.issue.next = (self.rp.q.val() != self.wp.q.val())
            & ((self.entries.val() < 2) | ((self.entries.val() == 2) & self.consume.val()));
        self.ram.read_address.next = self.rp.q.val().get_bits::<BEAT_FIFO_LOG2>(0);
        self.rp_next.next = self.rp.q.val();
        if self.issue.val() {
            self.rp_next.next = self.rp.q.val() + 1;
        }
        self.rp.d.next = self.rp_next.val();
        self.inflight.d.next = self.issue.val();
        // Full when every RAM entry is written and not yet read out.
        self.full.d.next = (self.wp_next.val().get_bits::<BEAT_FIFO_LOG2>(0) == self.rp_next.val().get_bits::<BEAT_FIFO_LOG2>(0))
            & (self.wp_next.val().get_bit(4) != self.rp_next.val().get_bit(4));
        if self.consume.val() {
            if self.b_valid.q.val() {
                self.a.d.next = self.b.q.val();
                self.b_valid.d.next = false;
                if self.inflight.q.val() {
                    self.b_valid.d.next = true;
                    self.b.d.next = self.ram.read_data.val();
                }
            } else if self.inflight.q.val() {
                self.a.d.next = self.ram.read_data.val();
            } else {
                self.a_valid.d.next = false;
            }
        } else if self.inflight.q.val() {
            if self.a_valid.q.val() {
                self.b_valid.d.next = true;
                self.b.d.next = self.ram.read_data.val();
            } else {
                self.a_valid.d.next = true;
                self.a.d.next = self.ram.read_data.val();
            }
        }
        self.out_valid.next = self.a_valid.q.val();
        self.out_data.next = self.a.q.val().get_bits::<64>(9);
        self.out_keep.next = self.a.q.val().get_bits::<8>(1);
        self.out_last.next = self.a.q.val().get_bit(0);
        self.empty.next = !self.a_valid.q.val() & !self.inflight.q.val() & (self.rp.q.val() == self.wp.q.val());
        if self.reset.val() {
            self.wp.d.next = 0.into();
            self.rp.d.next = 0.into();
            self.full.d.next = false;
            self.inflight.d.next = false;
            self.a_valid.d.next = false;
            self.b_valid.d.next = false;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clocked;
    use crate::testbench::{Clocked, Stalls};

    clocked!(BeatFifo);

    /// Random stalls on both sides: every beat comes out once, in order; with no stalls
    /// one beat moves per cycle.
    #[test]
    fn keeps_order_under_stalls_and_runs_at_full_rate() {
        for (seed, pin, pout) in [(1u64, 60u64, 60u64), (2, 90, 30), (3, 30, 90), (4, 100, 100)] {
            let mut uut = BeatFifo::default();
            uut.connect_all();
            uut.reset.next = true;
            uut.half_low();
            uut.half_high();
            uut.reset.next = false;
            let mut r = Stalls::new(seed, 50);
            let beats: Vec<(u64, u8, bool)> = (0..500).map(|_| (r.next_u64(), r.next_u64() as u8, r.next_u64() & 1 == 1)).collect();
            let (mut gi, mut got) = (0, Vec::new());
            let (mut ig, mut og) = (Stalls::new(seed + 10, pin), Stalls::new(seed + 20, pout));
            let mut cycles = 0;
            while got.len() < beats.len() {
                cycles += 1;
                assert!(cycles < 10_000);
                let v = gi < beats.len() && ig.go();
                uut.in_valid.next = v;
                if gi < beats.len() {
                    uut.in_data.next = beats[gi].0.to_bits();
                    uut.in_keep.next = (beats[gi].1 as u64).to_bits();
                    uut.in_last.next = beats[gi].2;
                }
                uut.out_ready.next = og.go();
                uut.half_low();
                if v && uut.in_ready.val() {
                    gi += 1;
                }
                if uut.out_valid.val() && uut.out_ready.val() {
                    got.push((uut.out_data.val().to_u64(), uut.out_keep.val().to_u8(), uut.out_last.val()));
                }
                uut.half_high();
            }
            assert_eq!(got, beats, "seed {seed}");
            if pin == 100 && pout == 100 {
                assert!(cycles <= beats.len() + 4, "{cycles} cycles for {} beats", beats.len());
            }
        }
    }
}
