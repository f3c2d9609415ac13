//! RX frame buffer: takes frames from the MAC at one beat per cycle, stores each in a
//! ring of block RAM while checking it on the fly, and releases only frames that are
//! RoCEv2, addressed to this station and carry a good ICRC. Nothing downstream — and
//! so nothing in host memory — ever sees a byte of a frame before its ICRC is known.
//!
//! Checks, in this order, each failure dropping the frame and pulsing one counter
//! strobe (a frame counts once, at the first check it fails):
//! 1. `not_roce`: destination MAC is not ours, or not IPv4 (EtherType 0x0800,
//!    version/IHL 0x45), or not UDP, or not to our IPv4 address, or not UDP port 4791;
//! 2. `malformed`: shorter than the smallest RoCEv2 frame (Eth+IPv4+UDP+BTH+ICRC, 58 B);
//! 3. `overflow`: a frame longer than the buffer's room (admission leaves room for 8 KiB,
//!    so only a longer frame meets a full buffer: the buffer holds `rx_ready` low at
//!    a frame boundary rather than drop a frame it has begun to take);
//! 4. `bad_icrc`: the ICRC does not check (the CRC over the covered bytes and the ICRC
//!    itself leaves the fixed residue, so the frame's end need not be known in advance).
//!
//! The header fields the checks read sit at fixed byte positions, so each is compared
//! in the beat that carries it; the ICRC masks per beat are those of the TX framer.
//! Frames that pass are queued (start, length) and streamed out, one frame at a time,
//! at one beat per cycle.
//!
//! `rx_ready` drops for one cycle after each frame's last beat while the verdict is
//! registered (a MAC's inter-frame gap is longer); the shell's frame FIFO covers it.

use crate::crc::{crc_residue, icrc_seed, Crc32x64};
use rust_hdl::prelude::*;

/// log2 of the buffer in 64-bit words: 16 KiB, room for a jumbo frame being received
/// while another is read out.
pub const RXBUF_LOG2: usize = 11;
/// log2 of the queue of frames received and not yet read out.
pub const RXQ_LOG2: usize = 4;
/// Smallest RoCEv2 frame: Ethernet, IPv4, UDP, BTH and ICRC.
pub const MIN_FRAME: u64 = 58;
/// A queue entry: start word [10:0], length in bytes [24:11].
const QENT_BITS: usize = RXBUF_LOG2 + 14;

#[derive(LogicBlock)]
pub struct RxBuffer {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, bool>,
    pub enable: Signal<In, bool>,
    pub our_mac: Signal<In, Bits<48>>,
    pub our_ip: Signal<In, Bits<32>>,
    // MAC side
    pub rx_valid: Signal<In, bool>,
    pub rx_ready: Signal<Out, bool>,
    pub rx_data: Signal<In, Bits<64>>,
    pub rx_keep: Signal<In, Bits<8>>,
    pub rx_last: Signal<In, bool>,
    // Checked frames, one at a time
    pub o_valid: Signal<Out, bool>,
    pub o_ready: Signal<In, bool>,
    pub o_data: Signal<Out, Bits<64>>,
    pub o_keep: Signal<Out, Bits<8>>,
    pub o_last: Signal<Out, bool>,
    /// Length in bytes of the frame being streamed out (ICRC included), held for all its beats.
    pub o_len: Signal<Out, Bits<14>>,
    // One-cycle counter strobes
    pub cnt_good: Signal<Out, bool>,
    pub cnt_not_roce: Signal<Out, bool>,
    pub cnt_malformed: Signal<Out, bool>,
    pub cnt_overflow: Signal<Out, bool>,
    pub cnt_bad_icrc: Signal<Out, bool>,
    pub idle: Signal<Out, bool>,

    frame_ram: RAM<Bits<64>, RXBUF_LOG2>,
    queue: RAM<Bits<QENT_BITS>, RXQ_LOG2>,
    // ---- receive side ----
    in_frame: DFF<bool>,
    beat: DFF<Bits<3>>,
    wp: DFF<Bits<RXBUF_LOG2>>,
    fs: DFF<Bits<RXBUF_LOG2>>,
    words: DFF<Bits<12>>,
    len: DFF<Bits<14>>,
    crc: DFF<Bits<32>>,
    mismatch: DFF<bool>,
    no_room: DFF<bool>,
    verdict: DFF<bool>,
    crc_ok: DFF<bool>,
    held: DFF<Bits<12>>,
    q_wp: DFF<Bits<5>>,
    q_rp: DFF<Bits<5>>,
    // ---- read side ----
    rd_busy: DFF<bool>,
    rd_q_pending: DFF<bool>,
    nx_valid: DFF<bool>,
    nx_start: DFF<Bits<RXBUF_LOG2>>,
    nx_len: DFF<Bits<14>>,
    rd_ptr: DFF<Bits<RXBUF_LOG2>>,
    rd_words_left: DFF<Bits<12>>,
    rd_len: DFF<Bits<14>>,
    rd_total_words: DFF<Bits<12>>,
    inflight: DFF<bool>,
    inflight_last: DFF<bool>,
    inflight_keep: DFF<Bits<8>>,
    inflight_len: DFF<Bits<14>>,
    a_valid: DFF<bool>,
    a_data: DFF<Bits<64>>,
    a_last: DFF<bool>,
    a_keep: DFF<Bits<8>>,
    a_len: DFF<Bits<14>>,
    b_valid: DFF<bool>,
    b_data: DFF<Bits<64>>,
    b_last: DFF<bool>,
    b_keep: DFF<Bits<8>>,
    b_len: DFF<Bits<14>>,
    // ---- combinational ----
    take: Signal<Local, bool>,
    first: Signal<Local, bool>,
    cur_fs: Signal<Local, Bits<RXBUF_LOG2>>,
    beat_bytes: Signal<Local, Bits<4>>,
    ones: Signal<Local, Bits<64>>,
    crc_en: Signal<Local, Bits<8>>,
    field_bad: Signal<Local, bool>,
    room: Signal<Local, bool>,
    admit: Signal<Local, bool>,
    new_len: Signal<Local, Bits<14>>,
    q_full: Signal<Local, bool>,
    words_freed: Signal<Local, Bits<12>>,
    commit: Signal<Local, Bits<12>>,
    consume: Signal<Local, bool>,
    entries: Signal<Local, Bits<2>>,
    issue: Signal<Local, bool>,
    last_keep: Signal<Local, Bits<8>>,
    used: Signal<Local, Bits<13>>,
    q_len: Signal<Local, Bits<14>>,
    nx_words: Signal<Local, Bits<11>>,
    rd_words: Signal<Local, Bits<11>>,
    k_seed: Constant<Bits<32>>,
    k_residue: Constant<Bits<32>>,
    k_one: Constant<Bits<8>>,
    k_min: Constant<Bits<14>>,
    /// Words the buffer may hold when a frame starts: room is left for an 8 KiB frame.
    k_admit: Constant<Bits<12>>,
    k_words: Constant<Bits<12>>,
    crc32: Crc32x64,
}

impl Default for RxBuffer {
    fn default() -> Self {
        Self {
            clock: Default::default(),
            reset: Default::default(),
            enable: Default::default(),
            our_mac: Default::default(),
            our_ip: Default::default(),
            rx_valid: Default::default(),
            rx_ready: Default::default(),
            rx_data: Default::default(),
            rx_keep: Default::default(),
            rx_last: Default::default(),
            o_valid: Default::default(),
            o_ready: Default::default(),
            o_data: Default::default(),
            o_keep: Default::default(),
            o_last: Default::default(),
            o_len: Default::default(),
            cnt_good: Default::default(),
            cnt_not_roce: Default::default(),
            cnt_malformed: Default::default(),
            cnt_overflow: Default::default(),
            cnt_bad_icrc: Default::default(),
            idle: Default::default(),
            frame_ram: Default::default(),
            queue: Default::default(),
            in_frame: Default::default(),
            beat: Default::default(),
            wp: Default::default(),
            fs: Default::default(),
            words: Default::default(),
            len: Default::default(),
            crc: Default::default(),
            mismatch: Default::default(),
            no_room: Default::default(),
            verdict: Default::default(),
            crc_ok: Default::default(),
            held: Default::default(),
            q_wp: Default::default(),
            q_rp: Default::default(),
            rd_busy: Default::default(),
            rd_q_pending: Default::default(),
            nx_valid: Default::default(),
            nx_start: Default::default(),
            nx_len: Default::default(),
            rd_ptr: Default::default(),
            rd_words_left: Default::default(),
            rd_len: Default::default(),
            rd_total_words: Default::default(),
            inflight: Default::default(),
            inflight_last: Default::default(),
            inflight_keep: Default::default(),
            inflight_len: Default::default(),
            a_valid: Default::default(),
            a_data: Default::default(),
            a_last: Default::default(),
            a_keep: Default::default(),
            a_len: Default::default(),
            b_valid: Default::default(),
            b_data: Default::default(),
            b_last: Default::default(),
            b_keep: Default::default(),
            b_len: Default::default(),
            take: Default::default(),
            first: Default::default(),
            cur_fs: Default::default(),
            beat_bytes: Default::default(),
            ones: Default::default(),
            crc_en: Default::default(),
            field_bad: Default::default(),
            room: Default::default(),
            admit: Default::default(),
            new_len: Default::default(),
            q_full: Default::default(),
            words_freed: Default::default(),
            commit: Default::default(),
            consume: Default::default(),
            entries: Default::default(),
            issue: Default::default(),
            last_keep: Default::default(),
            used: Default::default(),
            q_len: Default::default(),
            nx_words: Default::default(),
            rd_words: Default::default(),
            k_seed: Constant::new((icrc_seed() as u64).to_bits()),
            k_residue: Constant::new((crc_residue() as u64).to_bits()),
            k_one: Constant::new(1u64.to_bits()),
            k_min: Constant::new(MIN_FRAME.to_bits()),
            k_admit: Constant::new(((1u64 << RXBUF_LOG2) - 1024).to_bits()),
            k_words: Constant::new((1u64 << RXBUF_LOG2).to_bits()),
            crc32: Default::default(),
        }
    }
}

impl Logic for RxBuffer {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, in_frame, beat, wp, fs, words, len, crc, mismatch, no_room, verdict, crc_ok,
            held, q_wp, q_rp, rd_busy, rd_q_pending, nx_valid, nx_start, nx_len, rd_ptr, rd_words_left, rd_len, rd_total_words, inflight,
            inflight_last, inflight_keep, inflight_len, a_valid, a_data, a_last, a_keep, a_len, b_valid, b_data,
            b_last, b_keep, b_len);
        self.frame_ram.read_clock.next = self.clock.val();
        self.frame_ram.write_clock.next = self.clock.val();
        self.queue.read_clock.next = self.clock.val();
        self.queue.write_clock.next = self.clock.val();

        // ================= receive =================
        // A frame starts only when the buffer has room for the largest one and the queue
        // an entry for it: a full buffer holds the MAC back at a frame boundary (the
        // shell's frame FIFO waits or drops whole frames) instead of dropping a frame it
        // has begun to take. Both terms are flops, so rx_ready does not follow rx_valid.
        self.admit.next = true;
        if !self.in_frame.q.val() {
            self.admit.next = (self.held.q.val() <= self.k_admit.val())
                & !((self.q_wp.q.val().get_bits::<4>(0) == self.q_rp.q.val().get_bits::<4>(0))
                    & (self.q_wp.q.val().get_bit(4) != self.q_rp.q.val().get_bit(4)));
        }
        self.rx_ready.next = !self.verdict.q.val() & self.admit.val();
        self.take.next = self.rx_valid.val() & self.rx_ready.val();
        self.first.next = !self.in_frame.q.val();
        self.cur_fs.next = self.fs.q.val();
        if self.first.val() {
            self.cur_fs.next = self.wp.q.val();
        }
        // Bytes in this beat (keep is contiguous from lane 0).
        self.beat_bytes.next = 0.into();
        for lane in 0..8 {
            if self.rx_keep.val().get_bit(lane) {
                self.beat_bytes.next = self.beat_bytes.val() + 1;
            }
        }
        self.new_len.next = self.len.q.val() + bit_cast::<14, 4>(self.beat_bytes.val());
        if self.first.val() {
            self.new_len.next = bit_cast::<14, 4>(self.beat_bytes.val());
        }
        // Header fields at fixed positions, compared in the beat that carries them.
        self.field_bad.next = false;
        self.ones.next = 0.into();
        self.crc_en.next = self.rx_keep.val();
        if self.first.val() {
            self.field_bad.next = self.rx_data.val().get_bits::<8>(0) != self.our_mac.val().get_bits::<8>(40);
            if self.rx_data.val().get_bits::<8>(8) != self.our_mac.val().get_bits::<8>(32) {
                self.field_bad.next = true;
            }
            if self.rx_data.val().get_bits::<8>(16) != self.our_mac.val().get_bits::<8>(24) {
                self.field_bad.next = true;
            }
            if self.rx_data.val().get_bits::<8>(24) != self.our_mac.val().get_bits::<8>(16) {
                self.field_bad.next = true;
            }
            if self.rx_data.val().get_bits::<8>(32) != self.our_mac.val().get_bits::<8>(8) {
                self.field_bad.next = true;
            }
            if self.rx_data.val().get_bits::<8>(40) != self.our_mac.val().get_bits::<8>(0) {
                self.field_bad.next = true;
            }
            self.crc_en.next = 0.into();
        }
        if !self.first.val() & (self.beat.q.val() == 1) {
            // bytes 12-13 EtherType, 14 version/IHL, 15 TOS (covered as ones)
            self.field_bad.next = (self.rx_data.val().get_bits::<24>(32) != 0x45_00_08) | !self.rx_keep.val().get_bit(7);
            self.crc_en.next = self.rx_keep.val() & 0xC0;
            self.ones.next = 0xFF00_0000_0000_0000u64.into();
        }
        if !self.first.val() & (self.beat.q.val() == 2) {
            // byte 22 TTL (ones), 23 protocol
            self.field_bad.next = (self.rx_data.val().get_bits::<8>(56) != 17) | !self.rx_keep.val().get_bit(7);
            self.ones.next = 0x00FF_0000_0000_0000u64.into();
        }
        if !self.first.val() & (self.beat.q.val() == 3) {
            // bytes 24-25 IPv4 checksum (ones), 30-31 destination address, first half
            self.field_bad.next = (self.rx_data.val().get_bits::<8>(48) != self.our_ip.val().get_bits::<8>(24))
                | (self.rx_data.val().get_bits::<8>(56) != self.our_ip.val().get_bits::<8>(16))
                | !self.rx_keep.val().get_bit(7);
            self.ones.next = 0x0000_0000_0000_FFFFu64.into();
        }
        if !self.first.val() & (self.beat.q.val() == 4) {
            // bytes 32-33 destination address, second half; 36-37 UDP destination port 4791
            self.field_bad.next = (self.rx_data.val().get_bits::<8>(0) != self.our_ip.val().get_bits::<8>(8))
                | (self.rx_data.val().get_bits::<8>(8) != self.our_ip.val().get_bits::<8>(0))
                | (self.rx_data.val().get_bits::<16>(32) != 0xB7_12)
                | !self.rx_keep.val().get_bit(7);
        }
        if !self.first.val() & (self.beat.q.val() == 5) {
            // bytes 40-41 UDP checksum, 46 BTH reserved: covered as ones
            self.ones.next = 0x00FF_0000_0000_FFFFu64.into();
        }
        self.crc32.crc_in.next = self.crc.q.val();
        if self.first.val() {
            self.crc32.crc_in.next = self.k_seed.val();
        }
        self.crc32.data.next = self.rx_data.val() | self.ones.val();
        self.crc32.enable.next = self.crc_en.val();
        // Room: this word fits beside what is held and what this frame already wrote.
        // (a frame that ran out of room writes nothing more, however long it goes on)
        self.used.next = bit_cast::<13, 12>(self.held.q.val()) + bit_cast::<13, 12>(self.words.q.val());
        if self.first.val() {
            self.used.next = bit_cast::<13, 12>(self.held.q.val());
        }
        self.room.next = (self.used.val() < bit_cast::<13, 12>(self.k_words.val())) & !(self.no_room.q.val() & !self.first.val());

        self.frame_ram.write_enable.next = false;
        self.frame_ram.write_address.next = self.wp.q.val();
        self.frame_ram.write_data.next = self.rx_data.val();
        if self.take.val() {
            self.in_frame.d.next = !self.rx_last.val();
            self.fs.d.next = self.cur_fs.val();
            self.len.d.next = self.new_len.val();
            self.crc.d.next = self.crc32.crc_out.val();
            if self.beat.q.val() != 7 {
                self.beat.d.next = self.beat.q.val() + 1;
            }
            if self.first.val() {
                self.beat.d.next = 1.into();
                self.mismatch.d.next = self.field_bad.val() | !self.enable.val();
                self.no_room.d.next = !self.room.val();
                self.words.d.next = 1.into();
            } else {
                self.mismatch.d.next = self.mismatch.q.val() | self.field_bad.val();
                self.no_room.d.next = self.no_room.q.val() | !self.room.val();
                self.words.d.next = self.words.q.val() + 1;
            }
            if self.room.val() & !(self.first.val() & !self.enable.val()) {
                self.frame_ram.write_enable.next = true;
                self.wp.d.next = self.wp.q.val() + 1;
            }
            if self.rx_last.val() {
                self.verdict.d.next = true;
                self.crc_ok.d.next = self.crc32.crc_out.val() == self.k_residue.val();
            }
        }

        // ================= verdict (the cycle after the last beat) =================
        self.q_full.next = (self.q_wp.q.val().get_bits::<4>(0) == self.q_rp.q.val().get_bits::<4>(0))
            & (self.q_wp.q.val().get_bit(4) != self.q_rp.q.val().get_bit(4));
        self.queue.write_enable.next = false;
        self.queue.write_address.next = self.q_wp.q.val().get_bits::<RXQ_LOG2>(0);
        self.queue.write_data.next = (bit_cast::<QENT_BITS, 14>(self.len.q.val()) << 11)
            | bit_cast::<QENT_BITS, RXBUF_LOG2>(self.fs.q.val());
        self.commit.next = 0.into();
        self.cnt_good.next = false;
        self.cnt_not_roce.next = false;
        self.cnt_malformed.next = false;
        self.cnt_overflow.next = false;
        self.cnt_bad_icrc.next = false;
        if self.verdict.q.val() {
            self.verdict.d.next = false;
            // Dropped frames give their words back at once.
            self.wp.d.next = self.fs.q.val();
            if self.mismatch.q.val() | (self.beat.q.val() < 5) {
                // (a frame too short to show its UDP port cannot be shown to be ours)
                self.cnt_not_roce.next = self.enable.val();
            } else if self.len.q.val() < self.k_min.val() {
                self.cnt_malformed.next = true;
            } else if self.no_room.q.val() | self.q_full.val() {
                self.cnt_overflow.next = true;
            } else if !self.crc_ok.q.val() {
                self.cnt_bad_icrc.next = true;
            } else {
                self.cnt_good.next = true;
                self.wp.d.next = self.wp.q.val();
                self.commit.next = self.words.q.val();
                self.queue.write_enable.next = true;
                self.q_wp.d.next = self.q_wp.q.val() + 1;
            }
        }

        // ================= read out =================
        // The next queued frame's entry is read ahead into `nx_*` (the RAM is registered),
        // so it starts in the cycle the previous frame's last word is issued.
        self.queue.read_address.next = self.q_rp.q.val().get_bits::<RXQ_LOG2>(0);
        self.words_freed.next = 0.into();
        self.q_len.next = self.queue.read_data.val().get_bits::<14>(11);
        // Words of a frame: its length in bytes, rounded up to whole beats.
        self.nx_words.next = self.nx_len.q.val().get_bits::<11>(3)
            + bit_cast::<11, 1>(self.nx_len.q.val().get_bits::<3>(0).any().into());
        self.rd_words.next = self.rd_len.q.val().get_bits::<11>(3)
            + bit_cast::<11, 1>(self.rd_len.q.val().get_bits::<3>(0).any().into());
        self.last_keep.next = (self.k_one.val() << bit_cast::<8, 3>(self.rd_len.q.val().get_bits::<3>(0))) - self.k_one.val();
        if !self.rd_len.q.val().get_bits::<3>(0).any() {
            self.last_keep.next = 0xFF.into();
        }
        if !self.nx_valid.q.val() & !self.rd_q_pending.q.val() & (self.q_rp.q.val() != self.q_wp.q.val()) {
            self.rd_q_pending.d.next = true;
        }
        if self.rd_q_pending.q.val() {
            self.rd_q_pending.d.next = false;
            self.nx_valid.d.next = true;
            self.q_rp.d.next = self.q_rp.q.val() + 1;
            self.nx_start.d.next = self.queue.read_data.val().get_bits::<RXBUF_LOG2>(0);
            self.nx_len.d.next = self.q_len.val();
        }
        // Two-entry skid buffer after the registered RAM read.
        self.consume.next = self.a_valid.q.val() & self.o_ready.val();
        self.entries.next = bit_cast::<2, 1>(self.a_valid.q.val().into()) + bit_cast::<2, 1>(self.b_valid.q.val().into())
            + bit_cast::<2, 1>(self.inflight.q.val().into());
        self.issue.next = self.rd_busy.q.val()
            & ((self.entries.val() < 2) | ((self.entries.val() == 2) & self.consume.val()));
        self.frame_ram.read_address.next = self.rd_ptr.q.val();
        self.inflight.d.next = self.issue.val();
        self.inflight_last.d.next = self.issue.val() & (self.rd_words_left.q.val() == 1);
        self.inflight_len.d.next = self.rd_len.q.val();
        self.inflight_keep.d.next = 0xFF.into();
        if self.rd_words_left.q.val() == 1 {
            self.inflight_keep.d.next = self.last_keep.val();
        }
        if self.issue.val() {
            self.rd_ptr.d.next = self.rd_ptr.q.val() + 1;
            self.rd_words_left.d.next = self.rd_words_left.q.val() - 1;
            if self.rd_words_left.q.val() == 1 {
                self.rd_busy.d.next = false;
                self.words_freed.next = bit_cast::<12, 11>(self.rd_words.val());
            }
        }
        // Skid moves (the RAM's word lands from `inflight`).
        if self.consume.val() {
            if self.b_valid.q.val() {
                self.a_data.d.next = self.b_data.q.val();
                self.a_last.d.next = self.b_last.q.val();
                self.a_keep.d.next = self.b_keep.q.val();
                self.a_len.d.next = self.b_len.q.val();
                self.b_valid.d.next = false;
                if self.inflight.q.val() {
                    self.b_valid.d.next = true;
                    self.b_data.d.next = self.frame_ram.read_data.val();
                    self.b_last.d.next = self.inflight_last.q.val();
                    self.b_keep.d.next = self.inflight_keep.q.val();
                    self.b_len.d.next = self.inflight_len.q.val();
                }
            } else if self.inflight.q.val() {
                self.a_data.d.next = self.frame_ram.read_data.val();
                self.a_last.d.next = self.inflight_last.q.val();
                self.a_keep.d.next = self.inflight_keep.q.val();
                self.a_len.d.next = self.inflight_len.q.val();
            } else {
                self.a_valid.d.next = false;
            }
        } else if self.inflight.q.val() {
            if self.a_valid.q.val() {
                self.b_valid.d.next = true;
                self.b_data.d.next = self.frame_ram.read_data.val();
                self.b_last.d.next = self.inflight_last.q.val();
                self.b_keep.d.next = self.inflight_keep.q.val();
                self.b_len.d.next = self.inflight_len.q.val();
            } else {
                self.a_valid.d.next = true;
                self.a_data.d.next = self.frame_ram.read_data.val();
                self.a_last.d.next = self.inflight_last.q.val();
                self.a_keep.d.next = self.inflight_keep.q.val();
                self.a_len.d.next = self.inflight_len.q.val();
            }
        }
        if self.nx_valid.q.val() & (!self.rd_busy.q.val() | (self.issue.val() & (self.rd_words_left.q.val() == 1))) {
            self.nx_valid.d.next = false;
            self.rd_busy.d.next = true;
            self.rd_ptr.d.next = self.nx_start.q.val();
            self.rd_len.d.next = self.nx_len.q.val();
            self.rd_words_left.d.next = bit_cast::<12, 11>(self.nx_words.val());
        }
        self.held.d.next = self.held.q.val() + self.commit.val() - self.words_freed.val();

        self.o_valid.next = self.a_valid.q.val();
        self.o_data.next = self.a_data.q.val();
        self.o_last.next = self.a_last.q.val();
        self.o_len.next = self.a_len.q.val();
        self.o_keep.next = self.a_keep.q.val();
        self.idle.next = !self.in_frame.q.val() & !self.verdict.q.val() & (self.q_rp.q.val() == self.q_wp.q.val())
            & !self.rd_q_pending.q.val() & !self.nx_valid.q.val() & !self.rd_busy.q.val() & !self.inflight.q.val() & !self.a_valid.q.val();

        if self.reset.val() {
            self.in_frame.d.next = false;
            self.verdict.d.next = false;
            self.wp.d.next = 0.into();
            self.held.d.next = 0.into();
            self.q_wp.d.next = 0.into();
            self.q_rp.d.next = 0.into();
            self.rd_busy.d.next = false;
            self.rd_q_pending.d.next = false;
            self.nx_valid.d.next = false;
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
    use crate::testbench::{frame_beats, Beat, Clocked, Stalls};
    use openrnic_contract::wire::{opcode, RoceFrame};
    use std::collections::VecDeque;

    clocked!(RxBuffer);

    const OUR_MAC: [u8; 6] = [0x02, 0x4F, 0x52, 0, 0, 2];
    const OUR_IP: [u8; 4] = [10, 0, 0, 2];

    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    enum Verdict {
        Good,
        NotRoce,
        Malformed,
        BadIcrc,
    }

    fn frame(r: &mut Stalls, len: usize) -> Vec<u8> {
        RoceFrame {
            dst_mac: OUR_MAC, src_mac: [0x52, 0x54, 0, 0, 0, 1], src_ip: [10, 0, 0, 1], dst_ip: OUR_IP,
            ttl: 64, dont_fragment: true, udp_src_port: 0xC001, opcode: opcode::WRITE_ONLY, solicited: false,
            pad: ((4 - len % 4) % 4) as u8, pkey: 0xFFFF, dest_qpn: 5, ack_req: true, psn: r.next_u64() as u32 & 0xFF_FFFF,
            reth: Some((r.next_u64(), 0x1234, len as u32)), aeth: None, imm: None,
            payload: (0..len).map(|_| r.next_u64() as u8).collect(), icrc: 0,
        }
        .emit()
    }

    /// A frame of each kind the buffer must tell apart, with the verdict the documented
    /// order of checks gives it.
    fn random_case(r: &mut Stalls) -> (Vec<u8>, Verdict) {
        let len = match r.next_u64() % 3 { 0 => (r.next_u64() % 16) as usize, 1 => 4096, _ => (r.next_u64() % 1500) as usize };
        let mut f = frame(r, len);
        let n = f.len();
        match r.next_u64() % 10 {
            0 => { f[(r.next_u64() % 6) as usize] ^= 0x10; (f, Verdict::NotRoce) } // another MAC
            1 => { f[30 + (r.next_u64() % 4) as usize] ^= 0x01; (f, Verdict::NotRoce) } // another IP (checksum is not ours to check)
            2 => { f[37] ^= 0x01; (f, Verdict::NotRoce) } // another UDP port
            3 => { f[12] = 0x08; f[13] = 0x06; (f, Verdict::NotRoce) } // ARP
            4 => { f.truncate(20 + (r.next_u64() % 12) as usize); (f, Verdict::NotRoce) } // too short to show its port
            5 => { f.truncate(40 + (r.next_u64() % 18) as usize); (f, Verdict::Malformed) }
            // (after byte 46, the BTH byte the ICRC covers as ones)
            6 => { let i = 47 + (r.next_u64() as usize % (n - 47)); f[i] ^= 1 << (r.next_u64() % 8); (f, Verdict::BadIcrc) }
            7 => { f[15] = 0xB8; f[22] = 3; (f, Verdict::Good) } // TOS and TTL are outside the ICRC
            _ => (f, Verdict::Good),
        }
    }

    struct Out {
        frames: Vec<Vec<u8>>,
        good: u64,
        not_roce: u64,
        malformed: u64,
        overflow: u64,
        bad_icrc: u64,
    }

    fn run(frames: &[Vec<u8>], mut rx_go: Stalls, mut o_go: impl FnMut(u64) -> bool) -> Out {
        let mut uut = RxBuffer::default();
        uut.connect_all();
        uut.enable.next = true;
        uut.our_mac.next = OUR_MAC.iter().fold(0u64, |a, &b| a << 8 | b as u64).to_bits();
        uut.our_ip.next = (u32::from_be_bytes(OUR_IP) as u64).to_bits();
        uut.reset.next = true;
        uut.half_low();
        uut.half_high();
        uut.reset.next = false;
        let mut beats: VecDeque<Beat> = frames.iter().flat_map(|f| frame_beats(f)).collect();
        let mut o = Out { frames: vec![], good: 0, not_roce: 0, malformed: 0, overflow: 0, bad_icrc: 0 };
        let mut cur = Vec::new();
        let mut quiet = 0;
        for cycle in 0..2_000_000u64 {
            let v = !beats.is_empty() && rx_go.go();
            uut.rx_valid.next = v;
            if let Some(&(d, k, l)) = beats.front() {
                uut.rx_data.next = d.to_bits();
                uut.rx_keep.next = k.to_bits();
                uut.rx_last.next = l;
            }
            uut.o_ready.next = o_go(cycle);
            uut.half_low();
            if v && uut.rx_ready.val() {
                beats.pop_front();
            }
            if uut.o_valid.val() && uut.o_ready.val() {
                let keep = uut.o_keep.val().to_u8();
                let d = uut.o_data.val().to_u64().to_le_bytes();
                cur.extend_from_slice(&d[..keep.count_ones() as usize]);
                if uut.o_last.val() {
                    assert_eq!(uut.o_len.val().to_u64() as usize, cur.len(), "o_len");
                    o.frames.push(std::mem::take(&mut cur));
                }
            }
            o.good += uut.cnt_good.val() as u64;
            o.not_roce += uut.cnt_not_roce.val() as u64;
            o.malformed += uut.cnt_malformed.val() as u64;
            o.overflow += uut.cnt_overflow.val() as u64;
            o.bad_icrc += uut.cnt_bad_icrc.val() as u64;
            let idle = uut.idle.val();
            uut.half_high();
            quiet = if beats.is_empty() && idle { quiet + 1 } else { 0 };
            if quiet > 4 {
                return o;
            }
        }
        panic!("the buffer never went idle");
    }

    /// Every kind of frame, random gaps on the MAC side and random backpressure on the
    /// output: exactly the good frames come out, byte for byte and in order, and every
    /// other frame is counted once under the check that names it.
    #[test]
    fn releases_exactly_the_good_frames() {
        for seed in 1..=3u64 {
            let mut r = Stalls::new(seed * 31, 50);
            let cases: Vec<(Vec<u8>, Verdict)> = (0..60).map(|_| random_case(&mut r)).collect();
            let frames: Vec<Vec<u8>> = cases.iter().map(|c| c.0.clone()).collect();
            let mut o_go = Stalls::new(seed + 100, 70);
            let out = run(&frames, Stalls::new(seed + 7, 80), |_| o_go.go());
            let want: Vec<Vec<u8>> = cases.iter().filter(|c| c.1 == Verdict::Good).map(|c| c.0.clone()).collect();
            let count = |v| cases.iter().filter(|c| c.1 == v).count() as u64;
            assert_eq!(out.overflow, 0, "no overflow expected in this run");
            assert_eq!((out.not_roce, out.malformed, out.bad_icrc), (count(Verdict::NotRoce), count(Verdict::Malformed), count(Verdict::BadIcrc)));
            assert_eq!(out.good, want.len() as u64);
            assert_eq!(out.frames.len(), want.len());
            for (i, (g, w)) in out.frames.iter().zip(&want).enumerate() {
                assert_eq!(g, w, "good frame {i}");
            }
        }
    }

    /// With the reader stalled, the buffer stops taking frames (rx_ready low before a
    /// frame's first beat) once it could not hold the largest one: the shell's frame FIFO
    /// in front of it waits or drops whole frames, and nothing the buffer took is lost.
    /// Once the reader runs every frame comes out intact.
    #[test]
    fn a_full_buffer_holds_the_mac_back_and_loses_nothing() {
        let mut r = Stalls::new(3, 50);
        let frames: Vec<Vec<u8>> = (0..12).map(|_| frame(&mut r, 4096)).collect();
        let out = run(&frames, Stalls::never(), |cycle| cycle > 9_000);
        assert_eq!(out.overflow, 0, "frames taken and then dropped");
        assert_eq!(out.good, frames.len() as u64);
        assert_eq!(out.frames, frames);
    }

    /// With nothing stalled, a stream of small frames goes in at the MAC's pace and out
    /// at one beat per cycle.
    #[test]
    fn full_rate_in_and_out() {
        let mut r = Stalls::new(9, 50);
        let frames: Vec<Vec<u8>> = (0..50).map(|_| frame(&mut r, 64)).collect();
        let beats: usize = frames.iter().map(|f| f.len().div_ceil(8)).sum();
        let mut cycles = 0u64;
        let out = run(&frames, Stalls::never(), |c| { cycles = c; true });
        assert_eq!(out.frames, frames);
        println!("{} frames of {} B: {} beats in {} cycles ({:.2} cycles per frame)", frames.len(), frames[0].len(), beats, cycles, cycles as f64 / frames.len() as f64);
        // One cycle per beat plus the verdict cycle per frame, and the last frame's
        // way out (its beats, the skid, the idle count) at the end.
        assert!(cycles <= (beats + frames.len() + 40) as u64);
    }
}
