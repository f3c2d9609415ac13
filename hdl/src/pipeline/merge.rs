//! Round-robin merges of streams into one registered stream:
//! - [`EventMerge`]: four "QP may have work" event sources into TxScheduler's event port;
//! - [`CqeMerge`]: two completion-request sources (AckHandler, Responder) into the
//!   CompletionWriter.
//!
//! Both have the same shape: each input has a one-entry holding register, so its
//! `ready` is a flip-flop (`!held`) and never depends on any `valid`; the output register
//! loads from the held inputs, round robin from the one after the last served. An input
//! that streams alone gets one item every two cycles (its holding register empties the
//! cycle it moves on); events and completions come far slower than that, and the
//! output register sustains one item per cycle when several inputs are busy.

use super::cpl_write::{W_BYTE_LEN, W_IMM, W_OPCODE, W_QPN, W_STATUS, W_WR_ID};
use super::params::{CQN_BITS, QPN_BITS};
use rust_hdl::prelude::*;

#[derive(LogicBlock, Default)]
pub struct EventMerge {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, bool>,
    pub a_valid: Signal<In, bool>,
    pub a_ready: Signal<Out, bool>,
    pub a_qpn: Signal<In, Bits<QPN_BITS>>,
    pub b_valid: Signal<In, bool>,
    pub b_ready: Signal<Out, bool>,
    pub b_qpn: Signal<In, Bits<QPN_BITS>>,
    pub c_valid: Signal<In, bool>,
    pub c_ready: Signal<Out, bool>,
    pub c_qpn: Signal<In, Bits<QPN_BITS>>,
    pub d_valid: Signal<In, bool>,
    pub d_ready: Signal<Out, bool>,
    pub d_qpn: Signal<In, Bits<QPN_BITS>>,
    pub o_valid: Signal<Out, bool>,
    pub o_ready: Signal<In, bool>,
    pub o_qpn: Signal<Out, Bits<QPN_BITS>>,
    /// Nothing held.
    pub idle: Signal<Out, bool>,
    /// Held inputs, bit i = source i (a = 0 .. d = 3).
    held: DFF<Bits<4>>,
    qpn_a: DFF<Bits<QPN_BITS>>,
    qpn_b: DFF<Bits<QPN_BITS>>,
    qpn_c: DFF<Bits<QPN_BITS>>,
    qpn_d: DFF<Bits<QPN_BITS>>,
    /// The source served last; the search for the next starts after it.
    last: DFF<Bits<2>>,
    out_valid: DFF<bool>,
    out_qpn: DFF<Bits<QPN_BITS>>,
    accepting: DFF<bool>,
    take: Signal<Local, Bits<4>>,
    load: Signal<Local, bool>,
    after_last: Signal<Local, Bits<4>>,
    cand: Signal<Local, Bits<4>>,
    pick: Signal<Local, Bits<2>>,
    pick_one: Signal<Local, Bits<4>>,
    pick_qpn: Signal<Local, Bits<QPN_BITS>>,
}

impl Logic for EventMerge {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, held, qpn_a, qpn_b, qpn_c, qpn_d, last, out_valid, out_qpn, accepting);
        // ---- inputs into their holding registers ----
        self.a_ready.next = self.accepting.q.val() & !self.held.q.val().get_bit(0);
        self.b_ready.next = self.accepting.q.val() & !self.held.q.val().get_bit(1);
        self.c_ready.next = self.accepting.q.val() & !self.held.q.val().get_bit(2);
        self.d_ready.next = self.accepting.q.val() & !self.held.q.val().get_bit(3);
        self.take.next = bit_cast::<4, 1>((self.a_valid.val() & self.a_ready.val()).into())
            | (bit_cast::<4, 1>((self.b_valid.val() & self.b_ready.val()).into()) << 1)
            | (bit_cast::<4, 1>((self.c_valid.val() & self.c_ready.val()).into()) << 2)
            | (bit_cast::<4, 1>((self.d_valid.val() & self.d_ready.val()).into()) << 3);
        if self.take.val().get_bit(0) {
            self.qpn_a.d.next = self.a_qpn.val();
        }
        if self.take.val().get_bit(1) {
            self.qpn_b.d.next = self.b_qpn.val();
        }
        if self.take.val().get_bit(2) {
            self.qpn_c.d.next = self.c_qpn.val();
        }
        if self.take.val().get_bit(3) {
            self.qpn_d.d.next = self.d_qpn.val();
        }

        // ---- round robin: the first held source after `last`, else the first held ----
        self.after_last.next = 14.into();
        if self.last.q.val() == 1 {
            self.after_last.next = 12.into();
        }
        if self.last.q.val() == 2 {
            self.after_last.next = 8.into();
        }
        if self.last.q.val() == 3 {
            self.after_last.next = 0.into();
        }
        self.cand.next = self.held.q.val();
        if (self.held.q.val() & self.after_last.val()).any() {
            self.cand.next = self.held.q.val() & self.after_last.val();
        }
        // Lowest set bit of `cand` (bit 0 assigned last wins); no bit: unused.
        self.pick.next = 0.into();
        self.pick_one.next = 0.into();
        self.pick_qpn.next = self.qpn_a.q.val();
        if self.cand.val().get_bit(3) {
            self.pick.next = 3.into();
            self.pick_one.next = 8.into();
            self.pick_qpn.next = self.qpn_d.q.val();
        }
        if self.cand.val().get_bit(2) {
            self.pick.next = 2.into();
            self.pick_one.next = 4.into();
            self.pick_qpn.next = self.qpn_c.q.val();
        }
        if self.cand.val().get_bit(1) {
            self.pick.next = 1.into();
            self.pick_one.next = 2.into();
            self.pick_qpn.next = self.qpn_b.q.val();
        }
        if self.cand.val().get_bit(0) {
            self.pick.next = 0.into();
            self.pick_one.next = 1.into();
            self.pick_qpn.next = self.qpn_a.q.val();
        }

        // ---- output register ----
        self.load.next = !self.out_valid.q.val() | self.o_ready.val();
        self.held.d.next = self.held.q.val() | self.take.val();
        if self.load.val() {
            self.out_valid.d.next = self.held.q.val().any();
            if self.held.q.val().any() {
                self.out_qpn.d.next = self.pick_qpn.val();
                self.last.d.next = self.pick.val();
                self.held.d.next = (self.held.q.val() & !self.pick_one.val()) | self.take.val();
            }
        }
        self.o_valid.next = self.out_valid.q.val();
        self.o_qpn.next = self.out_qpn.q.val();
        self.idle.next = !self.held.q.val().any() & !self.out_valid.q.val();
        self.accepting.d.next = true;
        if self.reset.val() {
            self.held.d.next = 0.into();
            self.last.d.next = 3.into();
            self.out_valid.d.next = false;
            self.accepting.d.next = false;
        }
    }
}

/// Bits of one packed completion request (the fields in port order).
pub const CQE_REQ_BITS: usize = CQN_BITS + W_WR_ID + W_BYTE_LEN + W_IMM + 1 + W_QPN + W_STATUS + W_OPCODE;
// The packing below uses literal offsets (rust-hdl needs literals there): these widths.
const _: () = assert!(CQN_BITS == 8 && W_WR_ID == 64 && W_BYTE_LEN == 32 && W_IMM == 32);
const _: () = assert!(W_QPN == 24 && W_STATUS == 8 && W_OPCODE == 8 && CQE_REQ_BITS == 177);

#[derive(LogicBlock, Default)]
pub struct CqeMerge {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, bool>,
    pub a_valid: Signal<In, bool>,
    pub a_ready: Signal<Out, bool>,
    pub a_cqn: Signal<In, Bits<CQN_BITS>>,
    pub a_wr_id: Signal<In, Bits<W_WR_ID>>,
    pub a_byte_len: Signal<In, Bits<W_BYTE_LEN>>,
    pub a_imm: Signal<In, Bits<W_IMM>>,
    pub a_imm_valid: Signal<In, bool>,
    pub a_qpn: Signal<In, Bits<W_QPN>>,
    pub a_status: Signal<In, Bits<W_STATUS>>,
    pub a_opcode: Signal<In, Bits<W_OPCODE>>,
    pub b_valid: Signal<In, bool>,
    pub b_ready: Signal<Out, bool>,
    pub b_cqn: Signal<In, Bits<CQN_BITS>>,
    pub b_wr_id: Signal<In, Bits<W_WR_ID>>,
    pub b_byte_len: Signal<In, Bits<W_BYTE_LEN>>,
    pub b_imm: Signal<In, Bits<W_IMM>>,
    pub b_imm_valid: Signal<In, bool>,
    pub b_qpn: Signal<In, Bits<W_QPN>>,
    pub b_status: Signal<In, Bits<W_STATUS>>,
    pub b_opcode: Signal<In, Bits<W_OPCODE>>,
    pub o_valid: Signal<Out, bool>,
    pub o_ready: Signal<In, bool>,
    pub o_cqn: Signal<Out, Bits<CQN_BITS>>,
    pub o_wr_id: Signal<Out, Bits<W_WR_ID>>,
    pub o_byte_len: Signal<Out, Bits<W_BYTE_LEN>>,
    pub o_imm: Signal<Out, Bits<W_IMM>>,
    pub o_imm_valid: Signal<Out, bool>,
    pub o_qpn: Signal<Out, Bits<W_QPN>>,
    pub o_status: Signal<Out, Bits<W_STATUS>>,
    pub o_opcode: Signal<Out, Bits<W_OPCODE>>,
    /// Nothing held.
    pub idle: Signal<Out, bool>,
    held_a: DFF<bool>,
    held_b: DFF<bool>,
    entry_a: DFF<Bits<CQE_REQ_BITS>>,
    entry_b: DFF<Bits<CQE_REQ_BITS>>,
    /// `b` was served last (so `a` goes first when both are held).
    last_b: DFF<bool>,
    out_valid: DFF<bool>,
    out_entry: DFF<Bits<CQE_REQ_BITS>>,
    accepting: DFF<bool>,
    take_a: Signal<Local, bool>,
    take_b: Signal<Local, bool>,
    load: Signal<Local, bool>,
    pick_b: Signal<Local, bool>,
}

impl Logic for CqeMerge {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, held_a, held_b, entry_a, entry_b, last_b, out_valid, out_entry, accepting);
        self.a_ready.next = self.accepting.q.val() & !self.held_a.q.val();
        self.b_ready.next = self.accepting.q.val() & !self.held_b.q.val();
        self.take_a.next = self.a_valid.val() & self.a_ready.val();
        self.take_b.next = self.b_valid.val() & self.b_ready.val();
        if self.take_a.val() {
            self.entry_a.d.next = (bit_cast::<CQE_REQ_BITS, CQN_BITS>(self.a_cqn.val()) << 0)
                | (bit_cast::<CQE_REQ_BITS, 64>(self.a_wr_id.val()) << 8)
                | (bit_cast::<CQE_REQ_BITS, 32>(self.a_byte_len.val()) << 72)
                | (bit_cast::<CQE_REQ_BITS, 32>(self.a_imm.val()) << 104)
                | (bit_cast::<CQE_REQ_BITS, 1>(self.a_imm_valid.val().into()) << 136)
                | (bit_cast::<CQE_REQ_BITS, 24>(self.a_qpn.val()) << 137)
                | (bit_cast::<CQE_REQ_BITS, 8>(self.a_status.val()) << 161)
                | (bit_cast::<CQE_REQ_BITS, 8>(self.a_opcode.val()) << 169);
        }
        if self.take_b.val() {
            self.entry_b.d.next = (bit_cast::<CQE_REQ_BITS, CQN_BITS>(self.b_cqn.val()) << 0)
                | (bit_cast::<CQE_REQ_BITS, 64>(self.b_wr_id.val()) << 8)
                | (bit_cast::<CQE_REQ_BITS, 32>(self.b_byte_len.val()) << 72)
                | (bit_cast::<CQE_REQ_BITS, 32>(self.b_imm.val()) << 104)
                | (bit_cast::<CQE_REQ_BITS, 1>(self.b_imm_valid.val().into()) << 136)
                | (bit_cast::<CQE_REQ_BITS, 24>(self.b_qpn.val()) << 137)
                | (bit_cast::<CQE_REQ_BITS, 8>(self.b_status.val()) << 161)
                | (bit_cast::<CQE_REQ_BITS, 8>(self.b_opcode.val()) << 169);
        }
        // Round robin between the two holding registers.
        self.pick_b.next = self.held_b.q.val() & (!self.held_a.q.val() | !self.last_b.q.val());
        self.load.next = !self.out_valid.q.val() | self.o_ready.val();
        self.held_a.d.next = self.held_a.q.val() | self.take_a.val();
        self.held_b.d.next = self.held_b.q.val() | self.take_b.val();
        if self.load.val() {
            self.out_valid.d.next = self.held_a.q.val() | self.held_b.q.val();
            if self.pick_b.val() {
                self.out_entry.d.next = self.entry_b.q.val();
                self.held_b.d.next = self.take_b.val();
                self.last_b.d.next = true;
            } else if self.held_a.q.val() {
                self.out_entry.d.next = self.entry_a.q.val();
                self.held_a.d.next = self.take_a.val();
                self.last_b.d.next = false;
            }
        }
        self.o_valid.next = self.out_valid.q.val();
        self.o_cqn.next = self.out_entry.q.val().get_bits::<CQN_BITS>(0);
        self.o_wr_id.next = self.out_entry.q.val().get_bits::<64>(8);
        self.o_byte_len.next = self.out_entry.q.val().get_bits::<32>(72);
        self.o_imm.next = self.out_entry.q.val().get_bits::<32>(104);
        self.o_imm_valid.next = self.out_entry.q.val().get_bit(136);
        self.o_qpn.next = self.out_entry.q.val().get_bits::<24>(137);
        self.o_status.next = self.out_entry.q.val().get_bits::<8>(161);
        self.o_opcode.next = self.out_entry.q.val().get_bits::<8>(169);
        self.idle.next = !self.held_a.q.val() & !self.held_b.q.val() & !self.out_valid.q.val();
        self.accepting.d.next = true;
        if self.reset.val() {
            self.held_a.d.next = false;
            self.held_b.d.next = false;
            self.last_b.d.next = true;
            self.out_valid.d.next = false;
            self.accepting.d.next = false;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clocked;
    use crate::testbench::{Clocked, Stalls};
    use std::collections::VecDeque;

    clocked!(EventMerge, CqeMerge);

    /// A stream source: offers its next item when its stall pattern says so and holds it
    /// (valid and payload) until taken.
    struct Source<T: Copy> {
        items: VecDeque<T>,
        offering: bool,
        stalls: Stalls,
    }

    impl<T: Copy> Source<T> {
        fn new(items: Vec<T>, stalls: Stalls) -> Self {
            Source { items: items.into(), offering: false, stalls }
        }
        /// The item offered this cycle, if any.
        fn offer(&mut self) -> Option<T> {
            if !self.offering && !self.items.is_empty() && self.stalls.go() {
                self.offering = true;
            }
            if self.offering {
                self.items.front().copied()
            } else {
                None
            }
        }
        fn taken(&mut self) {
            self.items.pop_front();
            self.offering = false;
        }
    }

    fn reset<B: Clocked>(uut: &mut B, reset: impl Fn(&mut B, bool)) {
        reset(uut, true);
        uut.half_low();
        uut.half_high();
        reset(uut, false);
    }

    /// Seeded stalls on all five ports: every event comes out once, each source's in its
    /// order (sources send disjoint QPNs: qpn % 4 = source), and no ready depends on a
    /// valid (the readies are sampled with every valid low and compared).
    #[test]
    fn event_merge_delivers_every_event_in_source_order_under_stalls() {
        for seed in 1..=3u64 {
            let mut uut = EventMerge::default();
            uut.connect_all();
            reset(&mut uut, |u, r| u.reset.next = r);
            let mut rng = Stalls::new(seed, 50);
            let lists: Vec<Vec<u64>> =
                (0..4).map(|s| (0..150).map(|_| (rng.next_u64() % 64) * 4 + s).collect()).collect();
            let mut srcs: Vec<Source<u64>> =
                lists.iter().enumerate().map(|(s, l)| Source::new(l.clone(), Stalls::new(seed * 10 + s as u64, 30 + 20 * s as u64))).collect();
            let mut sink = Stalls::new(seed * 100, 60);
            let mut got: Vec<u64> = Vec::new();
            let mut cycles = 0;
            while got.len() < 600 {
                cycles += 1;
                assert!(cycles < 20_000, "seed {seed}: stuck after {} events", got.len());
                let offers: Vec<Option<u64>> = srcs.iter_mut().map(|s| s.offer()).collect();
                uut.o_ready.next = sink.go();
                uut.a_valid.next = false;
                uut.b_valid.next = false;
                uut.c_valid.next = false;
                uut.d_valid.next = false;
                uut.half_low();
                let idle_readies = [uut.a_ready.val(), uut.b_ready.val(), uut.c_ready.val(), uut.d_ready.val()];
                uut.a_valid.next = offers[0].is_some();
                uut.a_qpn.next = offers[0].unwrap_or(0).to_bits();
                uut.b_valid.next = offers[1].is_some();
                uut.b_qpn.next = offers[1].unwrap_or(0).to_bits();
                uut.c_valid.next = offers[2].is_some();
                uut.c_qpn.next = offers[2].unwrap_or(0).to_bits();
                uut.d_valid.next = offers[3].is_some();
                uut.d_qpn.next = offers[3].unwrap_or(0).to_bits();
                uut.half_low();
                let readies = [uut.a_ready.val(), uut.b_ready.val(), uut.c_ready.val(), uut.d_ready.val()];
                assert_eq!(readies, idle_readies, "a ready depends on a valid");
                for (s, o) in offers.iter().enumerate() {
                    if o.is_some() && readies[s] {
                        srcs[s].taken();
                    }
                }
                if uut.o_valid.val() && uut.o_ready.val() {
                    got.push(uut.o_qpn.val().to_u64());
                }
                uut.half_high();
            }
            for (s, list) in lists.iter().enumerate() {
                let mine: Vec<u64> = got.iter().copied().filter(|q| q % 4 == s as u64).collect();
                assert_eq!(&mine, list, "seed {seed}: source {s}");
            }
            for _ in 0..3 {
                uut.half_low();
                assert!(!uut.o_valid.val());
                uut.half_high();
            }
            uut.half_low();
            assert!(uut.idle.val(), "idle once drained");
        }
    }

    /// All four sources always offering, the sink always ready: one event per cycle, in
    /// strict rotation a, b, c, d.
    #[test]
    fn event_merge_rotates_and_runs_at_full_rate() {
        let mut uut = EventMerge::default();
        uut.connect_all();
        reset(&mut uut, |u, r| u.reset.next = r);
        let mut got = Vec::new();
        for cycle in 0..200 {
            uut.a_valid.next = true;
            uut.a_qpn.next = 0u64.to_bits();
            uut.b_valid.next = true;
            uut.b_qpn.next = 1u64.to_bits();
            uut.c_valid.next = true;
            uut.c_qpn.next = 2u64.to_bits();
            uut.d_valid.next = true;
            uut.d_qpn.next = 3u64.to_bits();
            uut.o_ready.next = true;
            uut.half_low();
            if cycle >= 8 {
                assert!(uut.o_valid.val(), "cycle {cycle}: no event out");
            }
            if uut.o_valid.val() {
                got.push(uut.o_qpn.val().to_u64());
            }
            uut.half_high();
        }
        for w in got.windows(2) {
            assert_eq!(w[1], (w[0] + 1) % 4, "rotation: {:?}", &got[..16]);
        }
    }

    #[derive(Clone, Copy, Debug, PartialEq)]
    struct Cqe {
        cqn: u64,
        wr_id: u64,
        byte_len: u64,
        imm: u64,
        imm_valid: bool,
        qpn: u64,
        status: u64,
        opcode: u64,
    }

    fn random_cqe(r: &mut Stalls, source: u64) -> Cqe {
        Cqe {
            cqn: r.next_u64() % 256,
            // The top bit names the source, so the output can be split by source.
            wr_id: (r.next_u64() >> 1) | (source << 63),
            byte_len: r.next_u64() & 0xFFFF_FFFF,
            imm: r.next_u64() & 0xFFFF_FFFF,
            imm_valid: r.next_u64() & 1 == 1,
            qpn: r.next_u64() & 0xFF_FFFF,
            status: r.next_u64() & 0xFF,
            opcode: r.next_u64() & 0xFF,
        }
    }

    macro_rules! drive_cqe {
        ($uut:expr, $p:ident, $o:expr) => {{
            let c = $o.unwrap_or(Cqe { cqn: 0, wr_id: 0, byte_len: 0, imm: 0, imm_valid: false, qpn: 0, status: 0, opcode: 0 });
            paste_cqe!($uut, $p, c, $o.is_some());
        }};
    }
    macro_rules! paste_cqe {
        ($uut:expr, a, $c:expr, $v:expr) => {{
            $uut.a_valid.next = $v;
            $uut.a_cqn.next = $c.cqn.to_bits();
            $uut.a_wr_id.next = $c.wr_id.to_bits();
            $uut.a_byte_len.next = $c.byte_len.to_bits();
            $uut.a_imm.next = $c.imm.to_bits();
            $uut.a_imm_valid.next = $c.imm_valid;
            $uut.a_qpn.next = $c.qpn.to_bits();
            $uut.a_status.next = $c.status.to_bits();
            $uut.a_opcode.next = $c.opcode.to_bits();
        }};
        ($uut:expr, b, $c:expr, $v:expr) => {{
            $uut.b_valid.next = $v;
            $uut.b_cqn.next = $c.cqn.to_bits();
            $uut.b_wr_id.next = $c.wr_id.to_bits();
            $uut.b_byte_len.next = $c.byte_len.to_bits();
            $uut.b_imm.next = $c.imm.to_bits();
            $uut.b_imm_valid.next = $c.imm_valid;
            $uut.b_qpn.next = $c.qpn.to_bits();
            $uut.b_status.next = $c.status.to_bits();
            $uut.b_opcode.next = $c.opcode.to_bits();
        }};
    }

    fn out_cqe(uut: &CqeMerge) -> Cqe {
        Cqe {
            cqn: uut.o_cqn.val().to_u64(),
            wr_id: uut.o_wr_id.val().to_u64(),
            byte_len: uut.o_byte_len.val().to_u64(),
            imm: uut.o_imm.val().to_u64(),
            imm_valid: uut.o_imm_valid.val(),
            qpn: uut.o_qpn.val().to_u64(),
            status: uut.o_status.val().to_u64(),
            opcode: uut.o_opcode.val().to_u64(),
        }
    }

    /// Seeded stalls on all three ports: every completion comes out once with every field
    /// intact, each source's in its order; readies independent of valids; when both
    /// sources keep offering and the sink keeps taking, they alternate.
    #[test]
    fn cqe_merge_delivers_every_field_in_source_order_under_stalls() {
        for (seed, pa, pb, po) in [(1u64, 50u64, 50u64, 50u64), (2, 90, 20, 70), (3, 100, 100, 100)] {
            let mut uut = CqeMerge::default();
            uut.connect_all();
            reset(&mut uut, |u, r| u.reset.next = r);
            let mut rng = Stalls::new(seed, 50);
            let la: Vec<Cqe> = (0..200).map(|_| random_cqe(&mut rng, 0)).collect();
            let lb: Vec<Cqe> = (0..200).map(|_| random_cqe(&mut rng, 1)).collect();
            let mut sa = Source::new(la.clone(), Stalls::new(seed + 10, pa));
            let mut sb = Source::new(lb.clone(), Stalls::new(seed + 20, pb));
            let mut sink = Stalls::new(seed + 30, po);
            let mut got = Vec::new();
            let mut cycles = 0;
            while got.len() < 400 {
                cycles += 1;
                assert!(cycles < 10_000, "seed {seed}: stuck");
                let (oa, ob) = (sa.offer(), sb.offer());
                uut.o_ready.next = sink.go();
                uut.a_valid.next = false;
                uut.b_valid.next = false;
                uut.half_low();
                let idle_readies = (uut.a_ready.val(), uut.b_ready.val());
                drive_cqe!(uut, a, oa);
                drive_cqe!(uut, b, ob);
                uut.half_low();
                assert_eq!((uut.a_ready.val(), uut.b_ready.val()), idle_readies, "a ready depends on a valid");
                if oa.is_some() && uut.a_ready.val() {
                    sa.taken();
                }
                if ob.is_some() && uut.b_ready.val() {
                    sb.taken();
                }
                if uut.o_valid.val() && uut.o_ready.val() {
                    got.push(out_cqe(&uut));
                }
                uut.half_high();
            }
            let from = |s: u64| got.iter().copied().filter(|c| c.wr_id >> 63 == s).collect::<Vec<_>>();
            assert_eq!(from(0), la, "seed {seed}: source a");
            assert_eq!(from(1), lb, "seed {seed}: source b");
            if pa == 100 && pb == 100 && po == 100 {
                // Both busy: strict alternation, and one completion per cycle.
                for w in got.windows(2) {
                    assert_ne!(w[0].wr_id >> 63, w[1].wr_id >> 63, "round robin");
                }
                assert!(cycles <= 400 + 4, "{cycles} cycles for 400 completions");
            }
            uut.half_low();
            uut.half_high();
            uut.half_low();
            assert!(uut.idle.val());
        }
    }
}
