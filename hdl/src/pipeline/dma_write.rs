//! `DmaWrite`: several clients' write bursts onto the one posted DMA write port
//! (docs/engine-ports.md): a burst at a time (the beats of two bursts never
//! interleave), round robin among clients at burst boundaries, each client's bursts in
//! its order, and no idle cycle between back-to-back bursts.
//!
//! Each client's stream enters through a two-beat skid buffer ([`WriteSkid`]), so the
//! client's `ready` comes from a flop and a full-rate stream still moves a beat every
//! cycle; the port's payload leaves from flops. The next burst's client is chosen a
//! cycle ahead (so a burst offered to an idle block starts one cycle after it reaches
//! the skid, and back-to-back bursts follow with no gap). Writes are posted: nothing
//! comes back.
//!
//! Bad input: a burst whose length is 0 or above [`MAX_WRITE_LEN`] is dropped whole
//! (it never reaches the port); a burst whose beat count disagrees with its length is
//! passed through as the client gave it. Both pulse `burst_error` once, at the burst's
//! last beat, so the client's bug is counted rather than hidden.

use crate::pipeline::dma_read::{BEAT_LOG2, DMA_DATA_BITS};
use rust_hdl::prelude::*;

/// Longest burst the port takes, in bytes.
pub const MAX_WRITE_LEN: u64 = 8192;
/// Bits of a beat count of a burst (1024 beats of 8 bytes).
const BEATS_BITS: usize = 11;

/// One client's write stream: the same shape as the `dma_wr_*` port.
#[derive(LogicInterface, Default)]
pub struct DmaWriteClient {
    pub valid: Signal<In, bool>,
    pub ready: Signal<Out, bool>,
    /// IOVA of the burst, held for all its beats.
    pub addr: Signal<In, Bits<64>>,
    /// Burst length in bytes, 1..=MAX_WRITE_LEN, held for all its beats.
    pub len: Signal<In, Bits<16>>,
    pub data: Signal<In, Bits<DMA_DATA_BITS>>,
    pub last: Signal<In, bool>,
}

/// Two-entry skid buffer for one client's beats: `in_ready` is a flop, and a beat a
/// cycle flows when the output is taken every cycle.
#[derive(LogicBlock)]
pub struct WriteSkid {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, bool>,
    pub in_valid: Signal<In, bool>,
    pub in_ready: Signal<Out, bool>,
    pub in_addr: Signal<In, Bits<64>>,
    pub in_len: Signal<In, Bits<16>>,
    pub in_data: Signal<In, Bits<DMA_DATA_BITS>>,
    pub in_last: Signal<In, bool>,
    pub out_valid: Signal<Out, bool>,
    pub out_ready: Signal<In, bool>,
    pub out_addr: Signal<Out, Bits<64>>,
    pub out_len: Signal<Out, Bits<16>>,
    pub out_data: Signal<Out, Bits<DMA_DATA_BITS>>,
    pub out_last: Signal<Out, bool>,
    /// The beat's length is 0 or above MAX_WRITE_LEN (checked on entry, off the arbiter's path).
    pub out_bad: Signal<Out, bool>,
    /// Beats the beat's length calls for.
    pub out_beats: Signal<Out, Bits<BEATS_BITS>>,
    running: DFF<bool>,
    main_valid: DFF<bool>,
    main_addr: DFF<Bits<64>>,
    main_len: DFF<Bits<16>>,
    main_data: DFF<Bits<DMA_DATA_BITS>>,
    main_last: DFF<bool>,
    main_bad: DFF<bool>,
    main_beats: DFF<Bits<BEATS_BITS>>,
    spare_valid: DFF<bool>,
    spare_addr: DFF<Bits<64>>,
    spare_len: DFF<Bits<16>>,
    spare_data: DFF<Bits<DMA_DATA_BITS>>,
    spare_last: DFF<bool>,
    spare_bad: DFF<bool>,
    spare_beats: DFF<Bits<BEATS_BITS>>,
    in_fire: Signal<Local, bool>,
    in_bad: Signal<Local, bool>,
    in_beats: Signal<Local, Bits<BEATS_BITS>>,
    len_whole: Signal<Local, Bits<BEATS_BITS>>,
    len_part: Signal<Local, Bits<BEAT_LOG2>>,
    beat_shift: Constant<Bits<8>>,
    max_len: Constant<Bits<16>>,
}

impl Default for WriteSkid {
    fn default() -> Self {
        Self {
            clock: Default::default(),
            reset: Default::default(),
            in_valid: Default::default(),
            in_ready: Default::default(),
            in_addr: Default::default(),
            in_len: Default::default(),
            in_data: Default::default(),
            in_last: Default::default(),
            out_valid: Default::default(),
            out_ready: Default::default(),
            out_addr: Default::default(),
            out_len: Default::default(),
            out_data: Default::default(),
            out_last: Default::default(),
            out_bad: Default::default(),
            out_beats: Default::default(),
            running: Default::default(),
            main_valid: Default::default(),
            main_addr: Default::default(),
            main_len: Default::default(),
            main_data: Default::default(),
            main_last: Default::default(),
            main_bad: Default::default(),
            main_beats: Default::default(),
            spare_valid: Default::default(),
            spare_addr: Default::default(),
            spare_len: Default::default(),
            spare_data: Default::default(),
            spare_last: Default::default(),
            spare_bad: Default::default(),
            spare_beats: Default::default(),
            in_fire: Default::default(),
            in_bad: Default::default(),
            in_beats: Default::default(),
            len_whole: Default::default(),
            len_part: Default::default(),
            beat_shift: Constant::new((BEAT_LOG2 as u64).to_bits()),
            max_len: Constant::new(MAX_WRITE_LEN.to_bits()),
        }
    }
}

impl Logic for WriteSkid {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, running, main_valid, main_addr, main_len, main_data, main_last, main_bad, main_beats, spare_valid,
            spare_addr, spare_len, spare_data, spare_last, spare_bad, spare_beats);
        self.running.d.next = !self.reset.val();
        self.in_ready.next = self.running.q.val() & !self.spare_valid.q.val();
        self.in_fire.next = self.in_valid.val() & self.in_ready.val();
        self.out_valid.next = self.main_valid.q.val();
        self.out_addr.next = self.main_addr.q.val();
        self.out_len.next = self.main_len.q.val();
        self.out_data.next = self.main_data.q.val();
        self.out_last.next = self.main_last.q.val();
        self.out_bad.next = self.main_bad.q.val();
        self.out_beats.next = self.main_beats.q.val();
        self.in_bad.next = (self.in_len.val() == 0) | (self.in_len.val() > self.max_len.val());
        // Beats of a length: whole beats, plus one for a partial beat.
        self.len_whole.next = self.in_len.val().get_bits::<BEATS_BITS>(self.beat_shift.val().index());
        self.len_part.next = self.in_len.val().get_bits::<BEAT_LOG2>(0);
        if self.len_part.val().any() {
            self.in_beats.next = self.len_whole.val() + 1;
        } else {
            self.in_beats.next = self.len_whole.val();
        }
        if !self.main_valid.q.val() | self.out_ready.val() {
            // The main register is free this cycle: refill it from the spare, else the input.
            if self.spare_valid.q.val() {
                self.main_valid.d.next = true;
                self.main_addr.d.next = self.spare_addr.q.val();
                self.main_len.d.next = self.spare_len.q.val();
                self.main_data.d.next = self.spare_data.q.val();
                self.main_last.d.next = self.spare_last.q.val();
                self.main_bad.d.next = self.spare_bad.q.val();
                self.main_beats.d.next = self.spare_beats.q.val();
                self.spare_valid.d.next = false;
            } else {
                self.main_valid.d.next = self.in_fire.val();
                self.main_addr.d.next = self.in_addr.val();
                self.main_len.d.next = self.in_len.val();
                self.main_data.d.next = self.in_data.val();
                self.main_last.d.next = self.in_last.val();
                self.main_bad.d.next = self.in_bad.val();
                self.main_beats.d.next = self.in_beats.val();
            }
        } else if self.in_fire.val() {
            self.spare_valid.d.next = true;
            self.spare_addr.d.next = self.in_addr.val();
            self.spare_len.d.next = self.in_len.val();
            self.spare_data.d.next = self.in_data.val();
            self.spare_last.d.next = self.in_last.val();
            self.spare_bad.d.next = self.in_bad.val();
            self.spare_beats.d.next = self.in_beats.val();
        }
        if self.reset.val() {
            self.main_valid.d.next = false;
            self.spare_valid.d.next = false;
        }
    }
}

/// The write arbiter: `N` clients onto the posted write port.
#[derive(LogicBlock)]
pub struct DmaWrite<const N: usize> {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, bool>,
    pub clients: [DmaWriteClient; N],
    pub dma_wr_valid: Signal<Out, bool>,
    pub dma_wr_ready: Signal<In, bool>,
    pub dma_wr_addr: Signal<Out, Bits<64>>,
    pub dma_wr_len: Signal<Out, Bits<16>>,
    pub dma_wr_data: Signal<Out, Bits<DMA_DATA_BITS>>,
    pub dma_wr_last: Signal<Out, bool>,
    /// One-cycle pulse per client burst dropped for its length or whose beat count
    /// disagreed with its length.
    pub burst_error: Signal<Out, bool>,
    skids: [WriteSkid; N],
    o_valid: DFF<bool>,
    o_addr: DFF<Bits<64>>,
    o_len: DFF<Bits<16>>,
    o_data: DFF<Bits<DMA_DATA_BITS>>,
    o_last: DFF<bool>,
    /// Inside a burst of client `cur`; `dropping` when that burst is being discarded.
    busy: DFF<bool>,
    cur: DFF<Bits<8>>,
    /// Clients after the one served last (round robin starts there).
    rr_above: DFF<Bits<16>>,
    /// The client whose burst goes next if none is in progress, and the clients after it.
    nxt: DFF<Bits<8>>,
    nxt_ok: DFF<bool>,
    nxt_above: DFF<Bits<16>>,
    dropping: DFF<bool>,
    /// Beats of the current burst taken so far.
    count: DFF<Bits<BEATS_BITS>>,
    err_pulse: DFF<bool>,
    can_load: Signal<Local, bool>,
    found: Signal<Local, bool>,
    pick: Signal<Local, Bits<8>>,
    sel: Signal<Local, Bits<8>>,
    sel_ok: Signal<Local, bool>,
    mask: Signal<Local, Bits<16>>,
    take: Signal<Local, bool>,
    s_addr: Signal<Local, Bits<64>>,
    s_len: Signal<Local, Bits<16>>,
    s_data: Signal<Local, Bits<DMA_DATA_BITS>>,
    s_last: Signal<Local, bool>,
    s_valid: Signal<Local, bool>,
    s_bad: Signal<Local, bool>,
    s_beats: Signal<Local, Bits<BEATS_BITS>>,
    drop_beat: Signal<Local, bool>,
    beat_no: Signal<Local, Bits<BEATS_BITS>>,
    above_new: Signal<Local, Bits<16>>,
    seen: Signal<Local, bool>,
}

impl<const N: usize> Default for DmaWrite<N> {
    fn default() -> Self {
        assert!((1..=16).contains(&N), "DmaWrite serves 1..=16 clients, not {N}");
        Self {
            clock: Default::default(),
            reset: Default::default(),
            clients: std::array::from_fn(|_| Default::default()),
            dma_wr_valid: Default::default(),
            dma_wr_ready: Default::default(),
            dma_wr_addr: Default::default(),
            dma_wr_len: Default::default(),
            dma_wr_data: Default::default(),
            dma_wr_last: Default::default(),
            burst_error: Default::default(),
            skids: std::array::from_fn(|_| Default::default()),
            o_valid: Default::default(),
            o_addr: Default::default(),
            o_len: Default::default(),
            o_data: Default::default(),
            o_last: Default::default(),
            busy: Default::default(),
            cur: Default::default(),
            rr_above: Default::default(),
            nxt: Default::default(),
            nxt_ok: Default::default(),
            nxt_above: Default::default(),
            dropping: Default::default(),
            count: Default::default(),
            err_pulse: Default::default(),
            can_load: Default::default(),
            found: Default::default(),
            pick: Default::default(),
            sel: Default::default(),
            sel_ok: Default::default(),
            mask: Default::default(),
            take: Default::default(),
            s_addr: Default::default(),
            s_len: Default::default(),
            s_data: Default::default(),
            s_last: Default::default(),
            s_valid: Default::default(),
            s_bad: Default::default(),
            s_beats: Default::default(),
            drop_beat: Default::default(),
            beat_no: Default::default(),
            above_new: Default::default(),
            seen: Default::default(),
        }
    }
}

impl<const N: usize> Logic for DmaWrite<N> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, o_valid, o_addr, o_len, o_data, o_last, busy, cur, rr_above, nxt, nxt_ok, nxt_above, dropping, count, err_pulse);
        for i in 0..N {
            self.skids[i].clock.next = self.clock.val();
            self.skids[i].reset.next = self.reset.val();
            self.skids[i].in_valid.next = self.clients[i].valid.val();
            self.skids[i].in_addr.next = self.clients[i].addr.val();
            self.skids[i].in_len.next = self.clients[i].len.val();
            self.skids[i].in_data.next = self.clients[i].data.val();
            self.skids[i].in_last.next = self.clients[i].last.val();
            self.clients[i].ready.next = self.skids[i].in_ready.val();
        }
        // The owner of the next burst is chosen a cycle ahead, into flops (`nxt`), so the
        // per-beat path (selected skid -> take -> skid enables) starts from flops only.
        // `sel`: the burst in progress's client, else the chosen next one.
        if self.busy.q.val() {
            self.sel.next = self.cur.q.val();
            self.sel_ok.next = true;
        } else {
            self.sel.next = self.nxt.q.val();
            self.sel_ok.next = self.nxt_ok.q.val();
        }
        self.s_valid.next = false;
        self.s_addr.next = 0.into();
        self.s_len.next = 0.into();
        self.s_data.next = 0.into();
        self.s_last.next = false;
        self.s_bad.next = false;
        self.s_beats.next = 0.into();
        for i in 0..N {
            if self.sel.val().index() == i {
                self.s_valid.next = self.skids[i].out_valid.val();
                self.s_addr.next = self.skids[i].out_addr.val();
                self.s_len.next = self.skids[i].out_len.val();
                self.s_data.next = self.skids[i].out_data.val();
                self.s_last.next = self.skids[i].out_last.val();
                self.s_bad.next = self.skids[i].out_bad.val();
                self.s_beats.next = self.skids[i].out_beats.val();
            }
        }
        self.can_load.next = !self.o_valid.q.val() | self.dma_wr_ready.val();
        self.take.next = self.can_load.val() & self.sel_ok.val() & self.s_valid.val() & !self.reset.val();
        for i in 0..N {
            self.skids[i].out_ready.next = self.take.val() & (self.sel.val().index() == i);
        }
        // Round robin for the next burst: from the client after the one whose burst
        // started last (a burst starting now moves that point to after `nxt`). Every
        // skid but the owner's holds a burst's first beat at its head, and the owner
        // ranks last, so its next burst goes only when nobody else waits.
        if !self.busy.q.val() & self.take.val() {
            self.mask.next = self.nxt_above.q.val();
            self.rr_above.d.next = self.nxt_above.q.val();
        } else {
            self.mask.next = self.rr_above.q.val();
        }
        self.found.next = false;
        self.pick.next = 0.into();
        for i in 1..N {
            if self.skids[i].out_valid.val() & !self.found.val() & self.mask.val().get_bit(i) {
                self.pick.next = i.to_bits();
                self.found.next = true;
            }
        }
        for i in 0..N {
            if self.skids[i].out_valid.val() & !self.found.val() {
                self.pick.next = i.to_bits();
                self.found.next = true;
            }
        }
        self.above_new.next = 0.into();
        self.seen.next = false;
        for i in 0..N {
            if self.seen.val() {
                self.above_new.next = self.above_new.val().replace_bit(i, true);
            }
            if self.pick.val().index() == i {
                self.seen.next = true;
            }
        }
        self.nxt.d.next = self.pick.val();
        self.nxt_ok.d.next = self.found.val();
        self.nxt_above.d.next = self.above_new.val();

        // Length check (done in the skid): a bad length drops the whole burst; the beat
        // count is checked at the last beat (feeds only the error flop, never the port).
        if self.busy.q.val() {
            self.drop_beat.next = self.dropping.q.val();
            self.beat_no.next = self.count.q.val() + 1;
        } else {
            self.drop_beat.next = self.s_bad.val();
            self.beat_no.next = 1.into();
        }
        self.err_pulse.d.next = false;
        if self.dma_wr_ready.val() {
            self.o_valid.d.next = false;
        }
        if self.take.val() {
            self.busy.d.next = !self.s_last.val();
            self.cur.d.next = self.sel.val();
            self.dropping.d.next = self.drop_beat.val();
            self.count.d.next = self.beat_no.val();
            if !self.drop_beat.val() {
                self.o_valid.d.next = true;
                self.o_addr.d.next = self.s_addr.val();
                self.o_len.d.next = self.s_len.val();
                self.o_data.d.next = self.s_data.val();
                self.o_last.d.next = self.s_last.val();
            }
            self.err_pulse.d.next = self.s_last.val() & (self.drop_beat.val() | (self.beat_no.val() != self.s_beats.val()));
        }
        self.dma_wr_valid.next = self.o_valid.q.val();
        self.dma_wr_addr.next = self.o_addr.q.val();
        self.dma_wr_len.next = self.o_len.q.val();
        self.dma_wr_data.next = self.o_data.q.val();
        self.dma_wr_last.next = self.o_last.q.val();
        self.burst_error.next = self.err_pulse.q.val();
        if self.reset.val() {
            self.o_valid.d.next = false;
            self.busy.d.next = false;
            self.rr_above.d.next = 0.into();
            self.nxt_ok.d.next = false;
            self.err_pulse.d.next = false;
        }
    }
}

/// Verilog of a `DmaWrite<N>` on its own (for lint and synthesis checks).
pub fn generate_verilog_text<const N: usize>() -> String {
    let mut uut = DmaWrite::<N>::default();
    uut.connect_all();
    generate_verilog(&uut)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testbench::{Clocked, Stalls};
    use std::collections::VecDeque;

    crate::clocked!(DmaWrite<4>);
    const CLIENTS: usize = 4;

    #[test]
    fn verilog_is_lint_clean() {
        // The round-robin masks are 16 bits (up to 16 clients); with 4 clients the upper
        // bits, and bit 0 (no client ranks before client 0), are never read.
        let waiver = "lint_off -rule UNUSEDSIGNAL -file \"*\" -match \"*'mask'*\"\n";
        let dir = crate::pipeline::dma_read::tests::lint_block("dma_write", &generate_verilog_text::<4>(), waiver);
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn synthesizes_for_ecp5() {
        let cells = crate::pipeline::dma_read::tests::synth_ecp5_cells("dma_write", &generate_verilog_text::<4>());
        println!("DmaWrite<4> on ECP5 (yosys synth_ecp5): {cells}");
    }

    #[derive(Clone, Debug)]
    struct Burst {
        addr: u64,
        len: u16,
        /// Beats the client sends (may disagree with `len` in the bad-input cases).
        data: Vec<u64>,
    }

    impl Burst {
        fn bad_len(&self) -> bool {
            self.len == 0 || self.len as u64 > MAX_WRITE_LEN
        }
        fn mismatched(&self) -> bool {
            !self.bad_len() && self.data.len() != (self.len as usize).div_ceil(8)
        }
    }

    /// Beat data names its client, burst and beat, so the port side can tell them apart.
    fn beat_word(client: usize, burst: usize, beat: usize) -> u64 {
        ((client as u64) << 56) | ((burst as u64) << 24) | beat as u64
    }

    fn bursts(seed: u64, client: usize, count: usize, with_bad: bool) -> Vec<Burst> {
        let mut rng = Stalls::new(seed * 31 + client as u64, 100);
        (0..count)
            .map(|k| {
                let roll = rng.next_u64() % 100;
                let mut len = 1 + (rng.next_u64() % 300) as u16;
                if rng.next_u64().is_multiple_of(10) {
                    len = 1 + (rng.next_u64() % MAX_WRITE_LEN) as u16;
                }
                let mut beats = (len as usize).div_ceil(8);
                if with_bad && roll < 3 {
                    len = if roll == 0 { 0 } else { 9000 };
                    beats = 1 + (rng.next_u64() % 4) as usize;
                } else if with_bad && roll < 5 {
                    beats += 1; // one beat too many
                }
                Burst {
                    addr: ((client as u64) << 40) | (rng.next_u64() % (1 << 32)),
                    len,
                    data: (0..beats).map(|b| beat_word(client, k, b)).collect(),
                }
            })
            .collect()
    }

    struct Outcome {
        cycles: u64,
        port_beats: u64,
        first_beat: u64,
        last_beat: u64,
        order: Vec<usize>,
        errors: usize,
    }

    /// Drives every client's bursts through stall inserters into the block and checks
    /// the port: bursts unbroken, addr/len held, last where the client put it, each
    /// client's bursts in its order; returns the client order of the bursts.
    fn run(all: &[Vec<Burst>], seed: u64, client_pct: u64, port_pct: u64) -> Outcome {
        let mut uut = DmaWrite::<4>::default();
        uut.connect_all();
        uut.reset.next = true;
        uut.half_low();
        uut.half_high();
        uut.reset.next = false;
        let mut stalls: Vec<Stalls> = (0..CLIENTS).map(|i| Stalls::new(seed * 7 + i as u64, client_pct)).collect();
        let mut port_stall = Stalls::new(seed * 13 + 5, port_pct);
        let mut pos = [(0usize, 0usize); CLIENTS]; // (burst, beat) being sent
        let mut raised = [false; CLIENTS];
        let mut expect: Vec<VecDeque<&Burst>> =
            all.iter().map(|bs| bs.iter().filter(|b| !b.bad_len()).collect()).collect();
        let want_errors = all.iter().flatten().filter(|b| b.bad_len() || b.mismatched()).count();
        let total: usize = expect.iter().flatten().map(|b| b.data.len()).sum();
        let mut cur: Option<(usize, &Burst, usize)> = None;
        let mut out = Outcome { cycles: 0, port_beats: 0, first_beat: 0, last_beat: 0, order: Vec::new(), errors: 0 };
        let mut cycle = 0u64;
        while out.port_beats < total as u64 || cycle < out.last_beat + 4 {
            assert!(cycle < 200_000, "stuck: {} of {total} beats", out.port_beats);
            for i in 0..CLIENTS {
                let (b, k) = pos[i];
                let v = b < all[i].len() && (raised[i] || stalls[i].go());
                if v {
                    let burst = &all[i][b];
                    uut.clients[i].addr.next = burst.addr.to_bits();
                    uut.clients[i].len.next = (burst.len as u64).to_bits();
                    uut.clients[i].data.next = burst.data[k].to_bits();
                    uut.clients[i].last.next = k == burst.data.len() - 1;
                }
                raised[i] = v;
                uut.clients[i].valid.next = v;
            }
            uut.dma_wr_ready.next = port_stall.go();
            uut.half_low();
            for i in 0..CLIENTS {
                if uut.clients[i].valid.val() && uut.clients[i].ready.val() {
                    raised[i] = false;
                    pos[i].1 += 1;
                    if pos[i].1 == all[i][pos[i].0].data.len() {
                        pos[i] = (pos[i].0 + 1, 0);
                    }
                }
            }
            out.errors += uut.burst_error.val() as usize;
            if uut.dma_wr_valid.val() && uut.dma_wr_ready.val() {
                let data = uut.dma_wr_data.val().to_u64();
                let client = (data >> 56) as usize;
                if cur.is_none() {
                    let b = expect[client].pop_front().unwrap_or_else(|| panic!("burst from client {client} nobody sent"));
                    cur = Some((client, b, 0));
                    out.order.push(client);
                }
                let (c, b, k) = cur.as_mut().unwrap();
                assert_eq!(client, *c, "beats of two bursts interleaved");
                assert_eq!(data, b.data[*k], "client {c}: wrong beat (order or loss)");
                assert_eq!(uut.dma_wr_addr.val().to_u64(), b.addr);
                assert_eq!(uut.dma_wr_len.val().to_u64(), b.len as u64);
                *k += 1;
                assert_eq!(uut.dma_wr_last.val(), *k == b.data.len(), "last misplaced");
                if *k == b.data.len() {
                    cur = None;
                }
                if out.port_beats == 0 {
                    out.first_beat = cycle;
                }
                out.port_beats += 1;
                out.last_beat = cycle;
            }
            uut.half_high();
            cycle += 1;
        }
        assert!(expect.iter().all(|q| q.is_empty()) && cur.is_none());
        assert_eq!(out.errors, want_errors, "one burst_error per bad burst");
        out.cycles = cycle;
        out
    }

    #[test]
    fn bursts_arrive_whole_in_client_order_under_stalls() {
        for seed in [1u64, 2, 3] {
            let all: Vec<Vec<Burst>> = (0..CLIENTS).map(|c| bursts(seed, c, 20, true)).collect();
            let o = run(&all, seed, 60, 55);
            println!("seed {seed}: {} beats in {} cycles, {} bad bursts flagged", o.port_beats, o.cycles, o.errors);
        }
    }

    /// No stalls: a beat every cycle from the first to the last (no idle cycle between
    /// bursts), and the clients take turns in round robin.
    #[test]
    fn full_throughput_and_round_robin_without_stalls() {
        let all: Vec<Vec<Burst>> = (0..CLIENTS).map(|c| bursts(7, c, 12, false)).collect();
        let o = run(&all, 7, 100, 100);
        let span = o.last_beat - o.first_beat + 1;
        println!("no stalls: {} beats in {span} cycles = {:.3} beats/cycle", o.port_beats, o.port_beats as f64 / span as f64);
        assert_eq!(o.port_beats, span, "an idle cycle on the port");
        // Every client always has its next burst ready, so the turns rotate among the
        // clients that still have bursts.
        let mut left: Vec<usize> = all.iter().map(Vec::len).collect();
        let mut prev = CLIENTS - 1; // nobody served yet: client 0 comes first
        for (n, &c) in o.order.iter().enumerate() {
            let want = (1..=CLIENTS).map(|d| (prev + d) % CLIENTS).find(|&k| left[k] > 0).unwrap();
            assert_eq!(c, want, "burst {n}: client {c} served, round robin says {want}");
            left[c] -= 1;
            prev = c;
        }
    }
}
