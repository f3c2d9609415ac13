//! `DmaRead`: several clients' read requests onto the one DMA read port
//! (docs/engine-ports.md), with many reads outstanding, each client receiving its
//! responses in the order it asked.
//!
//! Clients (the pipelined engine's assignment, `DmaRead<4>`): 0 = WQE fetch, 1 = TX
//! payload gather, 2 = RX receive-WQE fetch, 3 = READ responder. The block itself is
//! generic over the client count `N` (1..=16).
//!
//! How it works:
//! - Tags are split among clients: client `c` owns tags `c * SLOTS .. c * SLOTS + SLOTS`
//!   and uses them in circular order, so within a client the tag order *is* the request
//!   order and no free-tag search is needed. A tag (slot) is reused only after its
//!   response was delivered, so a tag is never reused while outstanding. Up to `SLOTS`
//!   reads per client, `N * SLOTS` in all, are outstanding.
//! - Each client has a reorder buffer of `BUF_BEATS` beats in block RAM ([`ReadLane`]).
//!   Space is reserved in request order when the request is issued, so every response
//!   beat has its place before it arrives: the host port's `resp_ready` is always high
//!   and a client that stops taking responses only fills its own buffer (its requests
//!   then wait); the other clients keep flowing.
//! - Response beats, in any tag order, are written at their reserved offset (the tag
//!   table maps tag -> offset, beats). When a response's last beat is written its slot
//!   is marked done; the client's head slot is delivered once done, beat by beat, and
//!   its space released as it is read.
//! - Errors: a response with `dma_rd_resp_error` on any beat, or with the wrong number
//!   of beats, reaches its client with `resp_error` on every beat, data zero, ending with
//!   `resp_last`, and pulses `dma_error` (for CNT_DMA_ERRORS) once. A response whose tag
//!   is not outstanding is dropped and also pulses `dma_error`. A client request with
//!   length 0 or above [`MAX_READ_LEN`] is never sent to the host: the client gets one
//!   beat with `resp_error` and `resp_last` (not counted as a DMA error: it is the
//!   client's bug, not the host's).
//!
//! Timing: every output comes from flops (host request, client responses, ready
//! signals); the response path is three register stages (port beat, tag lookup, RAM
//! write); the fit test (space and slot for the held request) is registered and the
//! grant only selects precomputed sums. A client's `req_ready` is `!holding`, so a
//! client hands over at most one request every third cycle: that limits only a client
//! whose reads are shorter than three beats (24 B), since the port carries one beat a
//! cycle.
//! A response is delivered once all its beats are in (store and forward per response),
//! which adds its own length to the latency, not to the throughput.

use rust_hdl::prelude::*;

/// Width of the DMA data bus (`D` in docs/engine-ports.md); a wide build changes this
/// and [`BEAT_LOG2`] together.
pub const DMA_DATA_BITS: usize = 64;
/// log2 of the bytes per beat.
pub const BEAT_LOG2: usize = 3;
/// Longest read one client request may ask for, in bytes (longer reads are split by
/// the client).
pub const MAX_READ_LEN: u64 = 4096;
/// Bits of a beat count; holds `MAX_READ_LEN >> BEAT_LOG2` (512 beats).
pub const BEATS_BITS: usize = 10;
/// log2 of each client's reorder buffer in beats (1024 beats = 8 KiB: two 4 KiB reads,
/// or sixteen 64 B reads and more, in flight per client).
pub const BUF_LOG2: usize = 10;
pub const BUF_BEATS: usize = 1 << BUF_LOG2;
/// log2 of the tags (slots) each client owns.
pub const SLOT_LOG2: usize = 4;
pub const SLOTS: usize = 1 << SLOT_LOG2;
/// Most clients one block serves: client and slot together form the 8-bit tag.
pub const MAX_CLIENTS: usize = 256 / SLOTS;

const USED_BITS: usize = BUF_LOG2 + 1;
const NEED_BITS: usize = BUF_LOG2 + 2;
const COUNT_BITS: usize = SLOT_LOG2 + 1;
/// Tag table row: the response's buffer offset [BUF_LOG2-1:0], its beats above that.
const ENTRY_BITS: usize = BUF_LOG2 + BEATS_BITS;

/// One client's ports: a request stream in, a response stream out.
#[derive(LogicInterface, Default)]
pub struct DmaReadClient {
    pub req_valid: Signal<In, bool>,
    pub req_ready: Signal<Out, bool>,
    /// IOVA of the first byte.
    pub req_addr: Signal<In, Bits<64>>,
    /// Bytes, 1..=MAX_READ_LEN.
    pub req_len: Signal<In, Bits<16>>,
    pub resp_valid: Signal<Out, bool>,
    pub resp_ready: Signal<In, bool>,
    /// Bytes packed from the requested address, lane 0 first; lanes past the end zero.
    pub resp_data: Signal<Out, Bits<DMA_DATA_BITS>>,
    pub resp_last: Signal<Out, bool>,
    /// The read failed: set on every beat of the response (data zero).
    pub resp_error: Signal<Out, bool>,
}

/// One client's request holding register, buffer space and slot bookkeeping, reorder
/// buffer and in-order delivery. Only [`DmaRead`] instantiates it (and its testbench
/// covers it).
#[derive(LogicBlock)]
pub struct ReadLane {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, bool>,
    pub req_valid: Signal<In, bool>,
    pub req_ready: Signal<Out, bool>,
    pub req_addr: Signal<In, Bits<64>>,
    pub req_len: Signal<In, Bits<16>>,
    pub resp_valid: Signal<Out, bool>,
    pub resp_ready: Signal<In, bool>,
    pub resp_data: Signal<Out, Bits<DMA_DATA_BITS>>,
    pub resp_last: Signal<Out, bool>,
    pub resp_error: Signal<Out, bool>,
    /// To the arbiter: the held request fits (buffer space and a free slot).
    pub want: Signal<Out, bool>,
    /// The held request has a bad length: answered here, not sent to the host.
    pub want_bad: Signal<Out, bool>,
    pub want_addr: Signal<Out, Bits<64>>,
    pub want_len: Signal<Out, Bits<16>>,
    pub want_beats: Signal<Out, Bits<BEATS_BITS>>,
    pub want_slot: Signal<Out, Bits<SLOT_LOG2>>,
    pub want_base: Signal<Out, Bits<BUF_LOG2>>,
    /// From the arbiter: the held request is issued this cycle.
    pub grant: Signal<In, bool>,
    /// Slots whose host read is outstanding (issued, last beat not yet written).
    pub outstanding: Signal<Out, Bits<SLOTS>>,
    /// From the response writer: one beat into the reorder buffer.
    pub wr_enable: Signal<In, bool>,
    pub wr_addr: Signal<In, Bits<BUF_LOG2>>,
    pub wr_data: Signal<In, Bits<DMA_DATA_BITS>>,
    /// From the response writer: the response of `fin_slot` is complete.
    pub fin: Signal<In, bool>,
    pub fin_slot: Signal<In, Bits<SLOT_LOG2>>,
    pub fin_error: Signal<In, bool>,
    running: DFF<bool>,
    hold_valid: DFF<bool>,
    hold_addr: DFF<Bits<64>>,
    hold_len: DFF<Bits<16>>,
    hold_beats: DFF<Bits<BEATS_BITS>>,
    hold_bad: DFF<bool>,
    /// The held request fits (see `want`).
    fits: DFF<bool>,
    bad_fin: DFF<bool>,
    bad_slot: DFF<Bits<SLOT_LOG2>>,
    /// Beats reserved and not yet read out.
    used: DFF<Bits<USED_BITS>>,
    /// Where the next reservation starts.
    res_ptr: DFF<Bits<BUF_LOG2>>,
    /// Next beat to read out.
    rd_ptr: DFF<Bits<BUF_LOG2>>,
    /// Next slot to allocate, oldest slot not yet delivered, and how many are allocated.
    slot_tail: DFF<Bits<SLOT_LOG2>>,
    slot_head: DFF<Bits<SLOT_LOG2>>,
    slot_count: DFF<Bits<COUNT_BITS>>,
    outst: DFF<Bits<SLOTS>>,
    done: DFF<Bits<SLOTS>>,
    failed: DFF<Bits<SLOTS>>,
    /// Beats of the head response still to read (0: not started).
    left: DFF<Bits<BEATS_BITS>>,
    /// A RAM read was issued last cycle; its beat's last/error flags.
    pend: DFF<bool>,
    pend_last: DFF<bool>,
    pend_error: DFF<bool>,
    /// Output register and the spare register behind it (the RAM's read latency).
    out_valid: DFF<bool>,
    out_data: DFF<Bits<DMA_DATA_BITS>>,
    out_last: DFF<bool>,
    out_error: DFF<bool>,
    spare_valid: DFF<bool>,
    spare_data: DFF<Bits<DMA_DATA_BITS>>,
    spare_last: DFF<bool>,
    spare_error: DFF<bool>,
    data_ram: RAM<Bits<DMA_DATA_BITS>, BUF_LOG2>,
    /// Beats of each slot's response, read by the delivery side.
    beats_ram: RAM<Bits<BEATS_BITS>, SLOT_LOG2>,
    len_whole: Signal<Local, Bits<BEATS_BITS>>,
    len_part: Signal<Local, Bits<BEAT_LOG2>>,
    len_beats: Signal<Local, Bits<BEATS_BITS>>,
    need: Signal<Local, Bits<NEED_BITS>>,
    out_fire: Signal<Local, bool>,
    out_stays: Signal<Local, bool>,
    room: Signal<Local, bool>,
    head_done: Signal<Local, bool>,
    head_failed: Signal<Local, bool>,
    n: Signal<Local, Bits<BEATS_BITS>>,
    issue: Signal<Local, bool>,
    advance: Signal<Local, bool>,
    read_beat: Signal<Local, Bits<DMA_DATA_BITS>>,
    used_more: Signal<Local, Bits<USED_BITS>>,
    done_a: Signal<Local, Bits<SLOTS>>,
    done_b: Signal<Local, Bits<SLOTS>>,
    failed_a: Signal<Local, Bits<SLOTS>>,
    failed_b: Signal<Local, Bits<SLOTS>>,
    outst_a: Signal<Local, Bits<SLOTS>>,
    beat_shift: Constant<Bits<8>>,
    max_len: Constant<Bits<16>>,
    buf_beats: Constant<Bits<NEED_BITS>>,
    slots: Constant<Bits<COUNT_BITS>>,
}

impl Default for ReadLane {
    fn default() -> Self {
        Self {
            clock: Default::default(),
            reset: Default::default(),
            req_valid: Default::default(),
            req_ready: Default::default(),
            req_addr: Default::default(),
            req_len: Default::default(),
            resp_valid: Default::default(),
            resp_ready: Default::default(),
            resp_data: Default::default(),
            resp_last: Default::default(),
            resp_error: Default::default(),
            want: Default::default(),
            want_bad: Default::default(),
            want_addr: Default::default(),
            want_len: Default::default(),
            want_beats: Default::default(),
            want_slot: Default::default(),
            want_base: Default::default(),
            grant: Default::default(),
            outstanding: Default::default(),
            wr_enable: Default::default(),
            wr_addr: Default::default(),
            wr_data: Default::default(),
            fin: Default::default(),
            fin_slot: Default::default(),
            fin_error: Default::default(),
            running: Default::default(),
            hold_valid: Default::default(),
            hold_addr: Default::default(),
            hold_len: Default::default(),
            hold_beats: Default::default(),
            hold_bad: Default::default(),
            fits: Default::default(),
            bad_fin: Default::default(),
            bad_slot: Default::default(),
            used: Default::default(),
            res_ptr: Default::default(),
            rd_ptr: Default::default(),
            slot_tail: Default::default(),
            slot_head: Default::default(),
            slot_count: Default::default(),
            outst: Default::default(),
            done: Default::default(),
            failed: Default::default(),
            left: Default::default(),
            pend: Default::default(),
            pend_last: Default::default(),
            pend_error: Default::default(),
            out_valid: Default::default(),
            out_data: Default::default(),
            out_last: Default::default(),
            out_error: Default::default(),
            spare_valid: Default::default(),
            spare_data: Default::default(),
            spare_last: Default::default(),
            spare_error: Default::default(),
            data_ram: Default::default(),
            beats_ram: Default::default(),
            len_whole: Default::default(),
            len_part: Default::default(),
            len_beats: Default::default(),
            need: Default::default(),
            out_fire: Default::default(),
            out_stays: Default::default(),
            room: Default::default(),
            head_done: Default::default(),
            head_failed: Default::default(),
            n: Default::default(),
            issue: Default::default(),
            advance: Default::default(),
            read_beat: Default::default(),
            used_more: Default::default(),
            done_a: Default::default(),
            done_b: Default::default(),
            failed_a: Default::default(),
            failed_b: Default::default(),
            outst_a: Default::default(),
            beat_shift: Constant::new((BEAT_LOG2 as u64).to_bits()),
            max_len: Constant::new(MAX_READ_LEN.to_bits()),
            buf_beats: Constant::new((BUF_BEATS as u64).to_bits()),
            slots: Constant::new((SLOTS as u64).to_bits()),
        }
    }
}

impl Logic for ReadLane {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, running, hold_valid, hold_addr, hold_len, hold_beats, hold_bad, fits, bad_fin, bad_slot, used, res_ptr, rd_ptr,
            slot_tail, slot_head, slot_count, outst, done, failed, left, pend, pend_last, pend_error,
            out_valid, out_data, out_last, out_error, spare_valid, spare_data, spare_last, spare_error);
        self.data_ram.write_clock.next = self.clock.val();
        self.data_ram.read_clock.next = self.clock.val();
        self.beats_ram.write_clock.next = self.clock.val();
        self.beats_ram.read_clock.next = self.clock.val();
        self.running.d.next = !self.reset.val();

        // Request side: one request held (beats computed on entry keeps the fit test short).
        self.req_ready.next = self.running.q.val() & !self.hold_valid.q.val();
        // Beats of a length: whole beats, plus one for a partial beat.
        self.len_whole.next = self.req_len.val().get_bits::<BEATS_BITS>(self.beat_shift.val().index());
        self.len_part.next = self.req_len.val().get_bits::<BEAT_LOG2>(0);
        if self.len_part.val().any() {
            self.len_beats.next = self.len_whole.val() + 1;
        } else {
            self.len_beats.next = self.len_whole.val();
        }
        if self.req_valid.val() & self.req_ready.val() {
            self.hold_valid.d.next = true;
            self.hold_addr.d.next = self.req_addr.val();
            self.hold_len.d.next = self.req_len.val();
            // A bad request still takes one slot and one beat: its error beat is
            // delivered in order like any response.
            if (self.req_len.val() == 0) | (self.req_len.val() > self.max_len.val()) {
                self.hold_bad.d.next = true;
                self.hold_beats.d.next = 1.into();
            } else {
                self.hold_bad.d.next = false;
                self.hold_beats.d.next = self.len_beats.val();
            }
        }
        self.need.next = bit_cast::<NEED_BITS, USED_BITS>(self.used.q.val())
            + bit_cast::<NEED_BITS, BEATS_BITS>(self.hold_beats.q.val());
        // The fit test is registered, so the arbiter starts from a flop. It stays true
        // (conservatively) a cycle later: without a grant, space and slots only grow and
        // the held request does not change; a grant empties the holding register.
        self.fits.d.next = self.hold_valid.q.val()
            & !self.grant.val()
            & (self.need.val() <= self.buf_beats.val())
            & (self.slot_count.q.val() < self.slots.val());
        self.want.next = self.fits.q.val();
        self.want_bad.next = self.hold_bad.q.val();
        self.want_addr.next = self.hold_addr.q.val();
        self.want_len.next = self.hold_len.q.val();
        self.want_beats.next = self.hold_beats.q.val();
        self.want_slot.next = self.slot_tail.q.val();
        self.want_base.next = self.res_ptr.q.val();
        self.outstanding.next = self.outst.q.val();
        self.beats_ram.write_enable.next = self.grant.val();
        self.beats_ram.write_address.next = self.slot_tail.q.val();
        self.beats_ram.write_data.next = self.hold_beats.q.val();
        // Reserved space with the held request added, computed beside the arbiter so
        // the grant only selects it (no adder after the grant).
        self.used_more.next = self.used.q.val() + bit_cast::<USED_BITS, BEATS_BITS>(self.hold_beats.q.val());
        if self.grant.val() {
            self.hold_valid.d.next = false;
            self.res_ptr.d.next = self.res_ptr.q.val() + bit_cast::<BUF_LOG2, BEATS_BITS>(self.hold_beats.q.val());
            self.slot_tail.d.next = self.slot_tail.q.val() + 1;
        }

        // Reorder buffer writes come from the response writer.
        self.data_ram.write_enable.next = self.wr_enable.val();
        self.data_ram.write_address.next = self.wr_addr.val();
        self.data_ram.write_data.next = self.wr_data.val();

        // Delivery: read the head response once done, keeping at most two beats in the
        // output and spare registers (read issued, out, spare) so the RAM's one-cycle
        // latency never drops a beat or leaves a bubble.
        self.out_fire.next = self.out_valid.q.val() & self.resp_ready.val();
        self.out_stays.next = self.out_valid.q.val() & !self.out_fire.val();
        self.room.next = !((self.out_stays.val() & self.spare_valid.q.val())
            | (self.out_stays.val() & self.pend.q.val())
            | (self.spare_valid.q.val() & self.pend.q.val()));
        self.head_done.next = self.done.q.val().get_bit(self.slot_head.q.val().index());
        self.head_failed.next = self.failed.q.val().get_bit(self.slot_head.q.val().index());
        if self.left.q.val().any() {
            self.n.next = self.left.q.val();
        } else {
            self.n.next = self.beats_ram.read_data.val();
        }
        self.issue.next = self.head_done.val() & self.room.val() & self.running.q.val();
        self.advance.next = self.issue.val() & (self.n.val() == 1);
        self.data_ram.read_address.next = self.rd_ptr.q.val();
        // Look one slot ahead when advancing, so the next head's beat count is ready
        // the next cycle (no bubble between responses).
        if self.advance.val() {
            self.beats_ram.read_address.next = self.slot_head.q.val() + 1;
        } else {
            self.beats_ram.read_address.next = self.slot_head.q.val();
        }
        self.pend.d.next = self.issue.val();
        if self.issue.val() {
            self.rd_ptr.d.next = self.rd_ptr.q.val() + 1;
            self.left.d.next = self.n.val() - 1;
            self.pend_last.d.next = self.n.val() == 1;
            self.pend_error.d.next = self.head_failed.val();
        }
        // One beat leaves the buffer per read issued; the grant reserves the held request's.
        if self.issue.val() & self.grant.val() {
            self.used.d.next = self.used_more.val() - 1;
        }
        if self.issue.val() & !self.grant.val() {
            self.used.d.next = self.used.q.val() - 1;
        }
        if !self.issue.val() & self.grant.val() {
            self.used.d.next = self.used_more.val();
        }
        if self.advance.val() {
            self.slot_head.d.next = self.slot_head.q.val() + 1;
        }
        if self.grant.val() & !self.advance.val() {
            self.slot_count.d.next = self.slot_count.q.val() + 1;
        }
        if !self.grant.val() & self.advance.val() {
            self.slot_count.d.next = self.slot_count.q.val() - 1;
        }

        // Slot flags: cleared when the head is released, set when a response completes
        // (or at once for a bad request).
        self.done_a.next = self.done.q.val();
        self.failed_a.next = self.failed.q.val();
        if self.advance.val() {
            self.done_a.next = self.done.q.val().replace_bit(self.slot_head.q.val().index(), false);
            self.failed_a.next = self.failed.q.val().replace_bit(self.slot_head.q.val().index(), false);
        }
        self.done_b.next = self.done_a.val();
        self.failed_b.next = self.failed_a.val();
        self.outst_a.next = self.outst.q.val();
        if self.fin.val() {
            self.done_b.next = self.done_a.val().replace_bit(self.fin_slot.val().index(), true);
            self.failed_b.next = self.failed_a.val().replace_bit(self.fin_slot.val().index(), self.fin_error.val());
            self.outst_a.next = self.outst.q.val().replace_bit(self.fin_slot.val().index(), false);
        }
        self.done.d.next = self.done_b.val();
        self.failed.d.next = self.failed_b.val();
        self.outst.d.next = self.outst_a.val();
        // A bad request is flagged done a cycle after its grant, once its beat count
        // is in beats_ram (a RAM read in the grant's cycle would see the old row).
        self.bad_fin.d.next = self.grant.val() & self.hold_bad.q.val();
        self.bad_slot.d.next = self.slot_tail.q.val();
        if self.bad_fin.q.val() {
            self.done.d.next = self.done_b.val().replace_bit(self.bad_slot.q.val().index(), true);
            self.failed.d.next = self.failed_b.val().replace_bit(self.bad_slot.q.val().index(), true);
        }
        if self.grant.val() & !self.hold_bad.q.val() {
            self.outst.d.next = self.outst_a.val().replace_bit(self.slot_tail.q.val().index(), true);
        }

        // Output and spare registers.
        if self.pend_error.q.val() {
            self.read_beat.next = 0.into();
        } else {
            self.read_beat.next = self.data_ram.read_data.val();
        }
        if !self.out_stays.val() {
            if self.spare_valid.q.val() {
                self.out_valid.d.next = true;
                self.out_data.d.next = self.spare_data.q.val();
                self.out_last.d.next = self.spare_last.q.val();
                self.out_error.d.next = self.spare_error.q.val();
                self.spare_valid.d.next = self.pend.q.val();
                self.spare_data.d.next = self.read_beat.val();
                self.spare_last.d.next = self.pend_last.q.val();
                self.spare_error.d.next = self.pend_error.q.val();
            } else {
                self.out_valid.d.next = self.pend.q.val();
                self.out_data.d.next = self.read_beat.val();
                self.out_last.d.next = self.pend_last.q.val();
                self.out_error.d.next = self.pend_error.q.val();
            }
        } else if self.pend.q.val() {
            self.spare_valid.d.next = true;
            self.spare_data.d.next = self.read_beat.val();
            self.spare_last.d.next = self.pend_last.q.val();
            self.spare_error.d.next = self.pend_error.q.val();
        }
        self.resp_valid.next = self.out_valid.q.val();
        self.resp_data.next = self.out_data.q.val();
        self.resp_last.next = self.out_last.q.val();
        self.resp_error.next = self.out_error.q.val();

        if self.reset.val() {
            self.hold_valid.d.next = false;
            self.fits.d.next = false;
            self.used.d.next = 0.into();
            self.res_ptr.d.next = 0.into();
            self.rd_ptr.d.next = 0.into();
            self.slot_tail.d.next = 0.into();
            self.slot_head.d.next = 0.into();
            self.slot_count.d.next = 0.into();
            self.outst.d.next = 0.into();
            self.done.d.next = 0.into();
            self.failed.d.next = 0.into();
            self.left.d.next = 0.into();
            self.pend.d.next = false;
            self.out_valid.d.next = false;
            self.spare_valid.d.next = false;
            self.bad_fin.d.next = false;
        }
    }
}

/// The read engine: `N` clients onto the host read port.
#[derive(LogicBlock)]
pub struct DmaRead<const N: usize> {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, bool>,
    pub clients: [DmaReadClient; N],
    pub dma_rd_req_valid: Signal<Out, bool>,
    pub dma_rd_req_ready: Signal<In, bool>,
    pub dma_rd_req_addr: Signal<Out, Bits<64>>,
    pub dma_rd_req_len: Signal<Out, Bits<16>>,
    pub dma_rd_req_tag: Signal<Out, Bits<8>>,
    pub dma_rd_resp_valid: Signal<In, bool>,
    pub dma_rd_resp_ready: Signal<Out, bool>,
    pub dma_rd_resp_data: Signal<In, Bits<DMA_DATA_BITS>>,
    pub dma_rd_resp_last: Signal<In, bool>,
    pub dma_rd_resp_tag: Signal<In, Bits<8>>,
    pub dma_rd_resp_error: Signal<In, bool>,
    /// One-cycle pulse per errored or unmatched response (CNT_DMA_ERRORS).
    pub dma_error: Signal<Out, bool>,
    lanes: [ReadLane; N],
    tag_ram: RAM<Bits<ENTRY_BITS>, 8>,
    // Request port register and round robin.
    req_valid: DFF<bool>,
    req_addr: DFF<Bits<64>>,
    req_len: DFF<Bits<16>>,
    req_tag: DFF<Bits<8>>,
    /// Lanes after the one served last (round robin starts there).
    rr_above: DFF<Bits<16>>,
    // Stage 1: the port's beat, registered (the tag table is read meanwhile).
    resp_ready_q: DFF<bool>,
    r_valid: DFF<bool>,
    r_data: DFF<Bits<DMA_DATA_BITS>>,
    r_last: DFF<bool>,
    r_tag: DFF<Bits<8>>,
    r_error: DFF<bool>,
    // The response in progress.
    mid: DFF<bool>,
    cur_client: DFF<Bits<4>>,
    cur_slot: DFF<Bits<SLOT_LOG2>>,
    cur_ptr: DFF<Bits<BUF_LOG2>>,
    cur_left: DFF<Bits<BEATS_BITS>>,
    cur_ok: DFF<bool>,
    cur_err: DFF<bool>,
    // Stage 2: the reorder-buffer write and the completion, registered.
    w_valid: DFF<bool>,
    w_client: DFF<Bits<4>>,
    w_addr: DFF<Bits<BUF_LOG2>>,
    w_data: DFF<Bits<DMA_DATA_BITS>>,
    f_valid: DFF<bool>,
    f_client: DFF<Bits<4>>,
    f_slot: DFF<Bits<SLOT_LOG2>>,
    f_err: DFF<bool>,
    err_pulse: DFF<bool>,
    can_load: Signal<Local, bool>,
    found: Signal<Local, bool>,
    pick: Signal<Local, Bits<8>>,
    above_new: Signal<Local, Bits<16>>,
    seen: Signal<Local, bool>,
    g_bad: Signal<Local, bool>,
    g_addr: Signal<Local, Bits<64>>,
    g_len: Signal<Local, Bits<16>>,
    g_beats: Signal<Local, Bits<BEATS_BITS>>,
    g_slot: Signal<Local, Bits<SLOT_LOG2>>,
    g_base: Signal<Local, Bits<BUF_LOG2>>,
    g_tag: Signal<Local, Bits<8>>,
    tag_client: Signal<Local, Bits<4>>,
    tag_slot: Signal<Local, Bits<SLOT_LOG2>>,
    tag_live: Signal<Local, bool>,
    e_ok: Signal<Local, bool>,
    e_client: Signal<Local, Bits<4>>,
    e_slot: Signal<Local, Bits<SLOT_LOG2>>,
    e_ptr: Signal<Local, Bits<BUF_LOG2>>,
    e_left: Signal<Local, Bits<BEATS_BITS>>,
    e_err: Signal<Local, bool>,
    end_err: Signal<Local, bool>,
    beats_at: Constant<Bits<8>>,
}

impl<const N: usize> Default for DmaRead<N> {
    fn default() -> Self {
        assert!((1..=MAX_CLIENTS).contains(&N), "DmaRead serves 1..={MAX_CLIENTS} clients, not {N}");
        Self {
            clock: Default::default(),
            reset: Default::default(),
            clients: std::array::from_fn(|_| Default::default()),
            dma_rd_req_valid: Default::default(),
            dma_rd_req_ready: Default::default(),
            dma_rd_req_addr: Default::default(),
            dma_rd_req_len: Default::default(),
            dma_rd_req_tag: Default::default(),
            dma_rd_resp_valid: Default::default(),
            dma_rd_resp_ready: Default::default(),
            dma_rd_resp_data: Default::default(),
            dma_rd_resp_last: Default::default(),
            dma_rd_resp_tag: Default::default(),
            dma_rd_resp_error: Default::default(),
            dma_error: Default::default(),
            lanes: std::array::from_fn(|_| Default::default()),
            tag_ram: Default::default(),
            req_valid: Default::default(),
            req_addr: Default::default(),
            req_len: Default::default(),
            req_tag: Default::default(),
            rr_above: Default::default(),
            resp_ready_q: Default::default(),
            r_valid: Default::default(),
            r_data: Default::default(),
            r_last: Default::default(),
            r_tag: Default::default(),
            r_error: Default::default(),
            mid: Default::default(),
            cur_client: Default::default(),
            cur_slot: Default::default(),
            cur_ptr: Default::default(),
            cur_left: Default::default(),
            cur_ok: Default::default(),
            cur_err: Default::default(),
            w_valid: Default::default(),
            w_client: Default::default(),
            w_addr: Default::default(),
            w_data: Default::default(),
            f_valid: Default::default(),
            f_client: Default::default(),
            f_slot: Default::default(),
            f_err: Default::default(),
            err_pulse: Default::default(),
            can_load: Default::default(),
            found: Default::default(),
            pick: Default::default(),
            above_new: Default::default(),
            seen: Default::default(),
            g_bad: Default::default(),
            g_addr: Default::default(),
            g_len: Default::default(),
            g_beats: Default::default(),
            g_slot: Default::default(),
            g_base: Default::default(),
            g_tag: Default::default(),
            tag_client: Default::default(),
            tag_slot: Default::default(),
            tag_live: Default::default(),
            e_ok: Default::default(),
            e_client: Default::default(),
            e_slot: Default::default(),
            e_ptr: Default::default(),
            e_left: Default::default(),
            e_err: Default::default(),
            end_err: Default::default(),
            beats_at: Constant::new((BUF_LOG2 as u64).to_bits()),
        }
    }
}

impl<const N: usize> Logic for DmaRead<N> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, req_valid, req_addr, req_len, req_tag, rr_above, resp_ready_q, r_valid, r_data, r_last,
            r_tag, r_error, mid, cur_client, cur_slot, cur_ptr, cur_left, cur_ok, cur_err, w_valid, w_client, w_addr,
            w_data, f_valid, f_client, f_slot, f_err, err_pulse);
        self.tag_ram.write_clock.next = self.clock.val();
        self.tag_ram.read_clock.next = self.clock.val();
        for i in 0..N {
            self.lanes[i].clock.next = self.clock.val();
            self.lanes[i].reset.next = self.reset.val();
            self.lanes[i].req_valid.next = self.clients[i].req_valid.val();
            self.lanes[i].req_addr.next = self.clients[i].req_addr.val();
            self.lanes[i].req_len.next = self.clients[i].req_len.val();
            self.clients[i].req_ready.next = self.lanes[i].req_ready.val();
            self.clients[i].resp_valid.next = self.lanes[i].resp_valid.val();
            self.clients[i].resp_data.next = self.lanes[i].resp_data.val();
            self.clients[i].resp_last.next = self.lanes[i].resp_last.val();
            self.clients[i].resp_error.next = self.lanes[i].resp_error.val();
            self.lanes[i].resp_ready.next = self.clients[i].resp_ready.val();
        }

        // Requests: round robin among the lanes whose held request fits, starting after
        // the lane served last; the port's payload leaves from flops.
        self.can_load.next = !self.req_valid.q.val() | self.dma_rd_req_ready.val();
        self.found.next = false;
        self.pick.next = 0.into();
        for i in 1..N {
            if self.lanes[i].want.val() & !self.found.val() & self.rr_above.q.val().get_bit(i) {
                self.pick.next = i.to_bits();
                self.found.next = true;
            }
        }
        for i in 0..N {
            if self.lanes[i].want.val() & !self.found.val() {
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
        self.g_bad.next = false;
        self.g_addr.next = 0.into();
        self.g_len.next = 0.into();
        self.g_beats.next = 0.into();
        self.g_slot.next = 0.into();
        self.g_base.next = 0.into();
        for i in 0..N {
            self.lanes[i].grant.next = false;
            if self.pick.val().index() == i {
                self.lanes[i].grant.next = self.can_load.val() & self.found.val() & !self.reset.val();
                self.g_bad.next = self.lanes[i].want_bad.val();
                self.g_addr.next = self.lanes[i].want_addr.val();
                self.g_len.next = self.lanes[i].want_len.val();
                self.g_beats.next = self.lanes[i].want_beats.val();
                self.g_slot.next = self.lanes[i].want_slot.val();
                self.g_base.next = self.lanes[i].want_base.val();
            }
        }
        self.g_tag.next = (self.pick.val() << 4) | bit_cast::<8, SLOT_LOG2>(self.g_slot.val());
        self.tag_ram.write_address.next = self.g_tag.val();
        self.tag_ram.write_data.next = (bit_cast::<ENTRY_BITS, BEATS_BITS>(self.g_beats.val()) << self.beats_at.val())
            | bit_cast::<ENTRY_BITS, BUF_LOG2>(self.g_base.val());
        self.tag_ram.write_enable.next = false;
        if self.dma_rd_req_ready.val() {
            self.req_valid.d.next = false;
        }
        if self.can_load.val() & self.found.val() & !self.reset.val() {
            self.rr_above.d.next = self.above_new.val();
            if !self.g_bad.val() {
                self.tag_ram.write_enable.next = true;
                self.req_valid.d.next = true;
                self.req_addr.d.next = self.g_addr.val();
                self.req_len.d.next = self.g_len.val();
                self.req_tag.d.next = self.g_tag.val();
            }
        }
        self.dma_rd_req_valid.next = self.req_valid.q.val();
        self.dma_rd_req_addr.next = self.req_addr.q.val();
        self.dma_rd_req_len.next = self.req_len.q.val();
        self.dma_rd_req_tag.next = self.req_tag.q.val();

        // Responses, stage 1: every beat is taken (its space is reserved) and registered;
        // the tag table is read with the port's tag so the row is ready with the beat.
        self.resp_ready_q.d.next = !self.reset.val();
        self.dma_rd_resp_ready.next = self.resp_ready_q.q.val();
        self.tag_ram.read_address.next = self.dma_rd_resp_tag.val();
        self.r_valid.d.next = self.dma_rd_resp_valid.val() & self.resp_ready_q.q.val();
        self.r_data.d.next = self.dma_rd_resp_data.val();
        self.r_last.d.next = self.dma_rd_resp_last.val();
        self.r_tag.d.next = self.dma_rd_resp_tag.val();
        self.r_error.d.next = self.dma_rd_resp_error.val();

        // Stage 2: a first beat takes its lane, offset and length from the tag table;
        // later beats follow on. A tag not outstanding (or completing right now) is
        // dropped; beats past the expected count are dropped and mark the response failed.
        self.tag_client.next = self.r_tag.q.val().get_bits::<4>(4);
        self.tag_slot.next = self.r_tag.q.val().get_bits::<SLOT_LOG2>(0);
        self.tag_live.next = false;
        for i in 0..N {
            if self.tag_client.val().index() == i {
                self.tag_live.next = self.lanes[i].outstanding.val().get_bit(self.tag_slot.val().index());
            }
        }
        if self.mid.q.val() {
            self.e_ok.next = self.cur_ok.q.val();
            self.e_client.next = self.cur_client.q.val();
            self.e_slot.next = self.cur_slot.q.val();
            self.e_ptr.next = self.cur_ptr.q.val();
            self.e_left.next = self.cur_left.q.val();
            self.e_err.next = self.cur_err.q.val();
        } else {
            self.e_ok.next = self.tag_live.val()
                & !(self.f_valid.q.val() & (self.f_client.q.val() == self.tag_client.val())
                    & (self.f_slot.q.val() == self.tag_slot.val()));
            self.e_client.next = self.tag_client.val();
            self.e_slot.next = self.tag_slot.val();
            self.e_ptr.next = self.tag_ram.read_data.val().get_bits::<BUF_LOG2>(0);
            self.e_left.next = self.tag_ram.read_data.val().get_bits::<BEATS_BITS>(self.beats_at.val().index());
            self.e_err.next = false;
        }
        self.end_err.next = self.e_err.val() | self.r_error.q.val() | (self.e_left.val() != 1);
        self.w_valid.d.next = self.r_valid.q.val() & self.e_ok.val() & self.e_left.val().any();
        self.w_client.d.next = self.e_client.val();
        self.w_addr.d.next = self.e_ptr.val();
        if self.r_error.q.val() {
            self.w_data.d.next = 0.into();
        } else {
            self.w_data.d.next = self.r_data.q.val();
        }
        self.f_valid.d.next = self.r_valid.q.val() & self.r_last.q.val() & self.e_ok.val();
        self.f_client.d.next = self.e_client.val();
        self.f_slot.d.next = self.e_slot.val();
        self.f_err.d.next = self.end_err.val();
        self.err_pulse.d.next = self.r_valid.q.val() & self.r_last.q.val() & (!self.e_ok.val() | self.end_err.val());
        if self.r_valid.q.val() {
            self.mid.d.next = !self.r_last.q.val();
            self.cur_ok.d.next = self.e_ok.val();
            self.cur_client.d.next = self.e_client.val();
            self.cur_slot.d.next = self.e_slot.val();
            self.cur_ptr.d.next = self.e_ptr.val() + 1;
            self.cur_err.d.next = self.e_err.val() | self.r_error.q.val() | !self.e_left.val().any();
            if self.e_left.val().any() {
                self.cur_left.d.next = self.e_left.val() - 1;
            } else {
                self.cur_left.d.next = 0.into();
            }
        }
        self.dma_error.next = self.err_pulse.q.val();

        // Stage 3: the lanes write the beat and flag the completion.
        for i in 0..N {
            self.lanes[i].wr_enable.next = self.w_valid.q.val() & (self.w_client.q.val().index() == i);
            self.lanes[i].wr_addr.next = self.w_addr.q.val();
            self.lanes[i].wr_data.next = self.w_data.q.val();
            self.lanes[i].fin.next = self.f_valid.q.val() & (self.f_client.q.val().index() == i);
            self.lanes[i].fin_slot.next = self.f_slot.q.val();
            self.lanes[i].fin_error.next = self.f_err.q.val();
        }

        if self.reset.val() {
            self.req_valid.d.next = false;
            self.rr_above.d.next = 0.into();
            self.r_valid.d.next = false;
            self.mid.d.next = false;
            self.w_valid.d.next = false;
            self.f_valid.d.next = false;
            self.err_pulse.d.next = false;
        }
    }
}

/// Verilog of a `DmaRead<N>` on its own (for lint and synthesis checks).
pub fn generate_verilog_text<const N: usize>() -> String {
    let mut uut = DmaRead::<N>::default();
    uut.connect_all();
    generate_verilog(&uut)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::testbench::{Clocked, Stalls};
    use std::collections::{HashSet, VecDeque};
    use std::process::Command;

    /// Waivers for a pipeline block's Verilog under `verilator --lint-only -Wall`; each
    /// names why it cannot be fixed in rust-hdl's output.
    const LINT_WAIVERS: &str = "`verilator_config
// rust-hdl writes literals as 32-bit constants and relies on Verilog's context sizing.
lint_off -rule WIDTH
// One generated file holds every module of the block.
lint_off -rule DECLFILENAME
// Each rust-hdl module is one always @(*) block, so Verilator sees a parent driving a
// child's inputs from the child's outputs as a loop; rust-hdl's own check found none.
lint_off -rule UNOPTFLAT
";

    fn tool(name: &str) -> Command {
        if Command::new(name).arg("--version").output().is_err() {
            panic!("`{name}` is not installed: run `apt-get install -y {name}` (or `bash .ci/run`, which does)");
        }
        Command::new(name)
    }

    /// Lints a block's Verilog with the waivers above plus `extra` (each with its reason),
    /// then has yosys elaborate it with no latches; returns the work directory.
    pub(crate) fn lint_block(name: &str, verilog: &str, extra: &str) -> std::path::PathBuf {
        let dir = std::env::temp_dir().join(format!("openrnic-{name}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join(format!("{name}.v")), verilog).unwrap();
        std::fs::write(dir.join("lint.vlt"), format!("{LINT_WAIVERS}{extra}")).unwrap();
        let out = tool("verilator")
            .args(["--lint-only", "-Wall", "--top-module", "top", "lint.vlt", &format!("{name}.v")])
            .current_dir(&dir)
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success() && !text.contains("%Warning") && !text.contains("%Error"), "verilator lint of {name}:\n{text}");
        let script = format!("read_verilog {name}.v; hierarchy -check -top top; proc; flatten; opt -fast; \
                  select -assert-none t:$dlatch t:$adlatch t:$dlatchsr");
        let out = tool("yosys").args(["-q", "-p", &script]).current_dir(&dir).output().unwrap();
        assert!(out.status.success(), "yosys:\n{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
        dir
    }

    /// Synthesizes a block alone for the ECP5 (yosys `synth_ecp5`) and returns its cell
    /// counts, LUT4 and flip-flops first (a size figure, not a timing one).
    pub(crate) fn synth_ecp5_cells(name: &str, verilog: &str) -> String {
        let dir = std::env::temp_dir().join(format!("openrnic-synth-{name}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join(format!("{name}.v")), verilog).unwrap();
        let script = format!("read_verilog {name}.v; synth_ecp5 -top top; tee -o stat.txt stat");
        let out = tool("yosys").args(["-q", "-p", &script]).current_dir(&dir).output().unwrap();
        assert!(out.status.success(), "yosys synth_ecp5:\n{}", String::from_utf8_lossy(&out.stderr));
        let stat = std::fs::read_to_string(dir.join("stat.txt")).unwrap();
        let count = |cell: &str| {
            stat.lines()
                .filter_map(|l| l.trim().strip_prefix(cell).map(|n| n.trim().parse::<u64>().unwrap_or(0)))
                .next_back()
                .unwrap_or(0)
        };
        let _ = std::fs::remove_dir_all(&dir);
        let lut = count("LUT4");
        assert!(lut > 0, "no LUT4 in the synthesized netlist:\n{stat}");
        format!(
            "{lut} LUT4, {} FF, {} DP16KD, {} DPR16X4, {} CCU2C",
            count("TRELLIS_FF"),
            count("DP16KD"),
            count("TRELLIS_DPR16X4"),
            count("CCU2C")
        )
    }

    #[test]
    fn verilog_is_lint_clean() {
        let dir = lint_block("dma_read", &generate_verilog_text::<4>(), "");
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn synthesizes_for_ecp5() {
        println!("DmaRead<4> on ECP5 (yosys synth_ecp5): {}", synth_ecp5_cells("dma_read", &generate_verilog_text::<4>()));
    }

    crate::clocked!(DmaRead<4>);
    const CLIENTS: usize = 4;

    /// Addresses with this bit set are not mapped: the host answers them with an error.
    const UNMAPPED: u64 = 1 << 40;

    fn mem_byte(a: u64) -> u8 {
        (a.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 56) as u8
    }

    #[derive(Clone, Copy, Debug)]
    struct Req {
        addr: u64,
        len: u16,
    }

    /// One response beat as a client or the port sees it.
    #[derive(Clone, Copy, Debug, PartialEq)]
    struct Beat {
        data: u64,
        last: bool,
        error: bool,
    }

    /// What the host returns for a read: bytes packed from `addr`, lanes past the end
    /// zero; an unmapped read is all-zero beats with the error flag.
    fn host_beats(addr: u64, len: u16) -> Vec<Beat> {
        let n = (len as usize).div_ceil(8);
        let error = addr & UNMAPPED != 0;
        (0..n)
            .map(|b| {
                let mut w = [0u8; 8];
                for (l, byte) in w.iter_mut().enumerate() {
                    let off = b * 8 + l;
                    if off < len as usize && !error {
                        *byte = mem_byte(addr + off as u64);
                    }
                }
                Beat { data: u64::from_le_bytes(w), last: b == n - 1, error }
            })
            .collect()
    }

    /// What the client must receive for one of its requests.
    fn client_beats(r: &Req) -> Vec<Beat> {
        if r.len == 0 || r.len as u64 > MAX_READ_LEN {
            vec![Beat { data: 0, last: true, error: true }]
        } else {
            host_beats(r.addr, r.len)
        }
    }

    /// Host model: takes requests with seeded stalls, answers each after a random
    /// latency, picking at random among the answerable ones (out of tag order), with
    /// random idle cycles inside a response; checks no tag is reused while outstanding.
    struct Host {
        rng: Stalls,
        req_stall: Stalls,
        gap: Stalls,
        lat_min: u64,
        lat_span: u64,
        outstanding: HashSet<u8>,
        pending: Vec<(u8, u64, u16, u64)>,
        sending: Option<(u8, Vec<Beat>, usize)>,
        raised: bool,
        max_in_flight: usize,
        in_flight_sum: u64,
        errors_sent: usize,
        beats_sent: u64,
    }

    impl Host {
        fn new(seed: u64, req_pct: u64, gap_pct: u64, lat_min: u64, lat_span: u64) -> Host {
            Host {
                rng: Stalls::new(seed ^ 0x55, 100),
                req_stall: Stalls::new(seed ^ 0x66, req_pct),
                gap: Stalls::new(seed ^ 0x77, gap_pct),
                lat_min,
                lat_span,
                outstanding: HashSet::new(),
                pending: Vec::new(),
                sending: None,
                raised: false,
                max_in_flight: 0,
                in_flight_sum: 0,
                errors_sent: 0,
                beats_sent: 0,
            }
        }
        fn drive(&mut self, uut: &mut DmaRead<4>) {
            uut.dma_rd_req_ready.next = self.req_stall.go();
            let mut v = false;
            if let Some((tag, beats, pos)) = &self.sending {
                if self.raised || self.gap.go() {
                    let b = beats[*pos];
                    uut.dma_rd_resp_data.next = b.data.to_bits();
                    uut.dma_rd_resp_last.next = b.last;
                    uut.dma_rd_resp_error.next = b.error;
                    uut.dma_rd_resp_tag.next = (*tag as u64).to_bits();
                    v = true;
                }
            }
            self.raised = v;
            uut.dma_rd_resp_valid.next = v;
        }
        fn sample(&mut self, uut: &DmaRead<4>, cycle: u64) {
            if uut.dma_rd_req_valid.val() && uut.dma_rd_req_ready.val() {
                let tag = uut.dma_rd_req_tag.val().to_u64() as u8;
                assert!(self.outstanding.insert(tag), "tag {tag} reused while outstanding");
                let lat = self.lat_min + if self.lat_span > 0 { self.rng.next_u64() % self.lat_span } else { 0 };
                let len = uut.dma_rd_req_len.val().to_u64() as u16;
                assert!(len >= 1 && len as u64 <= MAX_READ_LEN, "bad length {len} reached the host");
                self.pending.push((tag, uut.dma_rd_req_addr.val().to_u64(), len, cycle + lat));
            }
            if uut.dma_rd_resp_valid.val() && uut.dma_rd_resp_ready.val() {
                let (tag, beats, pos) = self.sending.as_mut().unwrap();
                self.beats_sent += 1;
                *pos += 1;
                self.raised = false;
                if *pos == beats.len() {
                    self.errors_sent += beats[0].error as usize;
                    self.outstanding.remove(tag);
                    self.sending = None;
                }
            }
            self.max_in_flight = self.max_in_flight.max(self.outstanding.len());
            self.in_flight_sum += self.outstanding.len() as u64;
        }
        fn next_response(&mut self, cycle: u64) {
            if self.sending.is_some() {
                return;
            }
            let ready: Vec<usize> = (0..self.pending.len()).filter(|&i| self.pending[i].3 <= cycle).collect();
            if ready.is_empty() {
                return;
            }
            let (tag, addr, len, _) = self.pending.swap_remove(ready[(self.rng.next_u64() % ready.len() as u64) as usize]);
            self.sending = Some((tag, host_beats(addr, len), 0));
        }
    }

    /// A client: issues its requests in order through a stall inserter, takes responses
    /// through another, and checks every beat against what it asked for, in order.
    struct Client {
        reqs: Vec<Req>,
        next_req: usize,
        raised: bool,
        req_stall: Stalls,
        resp_stall: Stalls,
        expect: VecDeque<Beat>,
        got_responses: usize,
        beats: u64,
        /// Cycles of the first and last response beat taken.
        first_beat: Option<u64>,
        last_beat: u64,
        /// Cycle from which resp_ready may be raised (to hold a client back).
        resp_from: u64,
    }

    impl Client {
        fn new(reqs: Vec<Req>, seed: u64, req_pct: u64, resp_pct: u64) -> Client {
            Client {
                reqs,
                next_req: 0,
                raised: false,
                req_stall: Stalls::new(seed ^ 0x11, req_pct),
                resp_stall: Stalls::new(seed ^ 0x22, resp_pct),
                expect: VecDeque::new(),
                got_responses: 0,
                beats: 0,
                first_beat: None,
                last_beat: 0,
                resp_from: 0,
            }
        }
        fn done(&self) -> bool {
            self.got_responses == self.reqs.len()
        }
        fn drive(&mut self, port: &mut DmaReadClient, cycle: u64) {
            let v = self.next_req < self.reqs.len() && (self.raised || self.req_stall.go());
            if v {
                let r = self.reqs[self.next_req];
                port.req_addr.next = r.addr.to_bits();
                port.req_len.next = (r.len as u64).to_bits();
            }
            self.raised = v;
            port.req_valid.next = v;
            port.resp_ready.next = cycle >= self.resp_from && self.resp_stall.go();
        }
        fn sample(&mut self, port: &DmaReadClient, who: usize, cycle: u64) {
            if port.req_valid.val() && port.req_ready.val() {
                self.expect.extend(client_beats(&self.reqs[self.next_req]));
                self.next_req += 1;
                self.raised = false;
            }
            if port.resp_valid.val() && port.resp_ready.val() {
                let got = Beat {
                    data: port.resp_data.val().to_u64(),
                    last: port.resp_last.val(),
                    error: port.resp_error.val(),
                };
                let want = self.expect.pop_front().unwrap_or_else(|| panic!("client {who}: beat {got:?} nobody asked for"));
                assert_eq!(got, want, "client {who}, response {}", self.got_responses);
                self.beats += 1;
                self.first_beat.get_or_insert(cycle);
                self.last_beat = cycle;
                if got.last {
                    self.got_responses += 1;
                }
            }
        }
    }

    struct Run {
        cycles: u64,
        host: Host,
        clients: Vec<Client>,
        dma_errors: usize,
    }

    /// Runs clients against the host until every client has all its responses.
    fn run(mut host: Host, mut clients: Vec<Client>, max_cycles: u64) -> Run {
        let mut uut = DmaRead::<4>::default();
        uut.connect_all();
        let mut dma_errors = 0;
        uut.reset.next = true;
        uut.half_low();
        uut.half_high();
        uut.reset.next = false;
        let mut cycle = 0;
        while !clients.iter().all(Client::done) {
            assert!(cycle < max_cycles, "not finished after {max_cycles} cycles: {:?}",
                clients.iter().map(|c| (c.next_req, c.got_responses, c.reqs.len())).collect::<Vec<_>>());
            host.drive(&mut uut);
            for (i, c) in clients.iter_mut().enumerate() {
                c.drive(&mut uut.clients[i], cycle);
            }
            uut.half_low();
            host.sample(&uut, cycle);
            for (i, c) in clients.iter_mut().enumerate() {
                c.sample(&uut.clients[i], i, cycle);
            }
            dma_errors += uut.dma_error.val() as usize;
            uut.half_high();
            host.next_response(cycle + 1);
            cycle += 1;
        }
        // Let the last error pulse (three stages behind the port) come out.
        for _ in 0..4 {
            uut.half_low();
            dma_errors += uut.dma_error.val() as usize;
            uut.half_high();
        }
        assert!(host.outstanding.is_empty() && host.pending.is_empty());
        for (i, c) in clients.iter().enumerate() {
            assert!(c.expect.is_empty(), "client {i}: {} beats never came", c.expect.len());
        }
        Run { cycles: cycle, host, clients, dma_errors }
    }

    /// Requests of one client kind: `lens` picks a length; some unmapped, a few bad.
    fn requests(rng: &mut Stalls, count: usize, lens: &dyn Fn(&mut Stalls) -> u16) -> Vec<Req> {
        (0..count)
            .map(|_| {
                let mut addr = rng.next_u64() % (1 << 36);
                let roll = rng.next_u64() % 100;
                if roll < 10 {
                    addr |= UNMAPPED;
                }
                let len = match roll {
                    10..=11 => 0,
                    12 => 4097 + (rng.next_u64() % 4000) as u16,
                    _ => lens(rng),
                };
                Req { addr, len }
            })
            .collect()
    }

    fn mixed_clients(seed: u64, count: usize, req_pct: u64, resp_pct: u64) -> Vec<Client> {
        let mut rng = Stalls::new(seed, 100);
        let kinds: [&dyn Fn(&mut Stalls) -> u16; CLIENTS] = [
            &|_| 64,
            &|r| if r.next_u64() % 8 == 0 { 4096 } else { 1 + (r.next_u64() % 300) as u16 },
            &|r| 16 + (r.next_u64() % 3) as u16 * 16,
            &|r| 1 + (r.next_u64() % 1500) as u16,
        ];
        (0..CLIENTS)
            .map(|i| Client::new(requests(&mut rng, count, kinds[i]), seed * 10 + i as u64, req_pct, resp_pct))
            .collect()
    }

    /// Every client gets exactly its bytes, in its order, errors where they belong,
    /// under random stalls everywhere and responses out of tag order.
    #[test]
    fn every_client_gets_its_data_in_order_under_stalls() {
        for seed in [1u64, 2, 3] {
            let host = Host::new(seed, 60, 70, 20, 150);
            let clients = mixed_clients(seed, 24, 50, 60);
            let r = run(host, clients, 200_000);
            let host_errors = r.host.errors_sent;
            assert_eq!(r.dma_errors, host_errors, "one dma_error pulse per errored response");
            assert!(host_errors > 0, "the seed must exercise errors");
            println!(
                "seed {seed}: {} cycles, {} beats, {host_errors} error responses, max {} reads in flight (mean {:.1})",
                r.cycles,
                r.clients.iter().map(|c| c.beats).sum::<u64>(),
                r.host.max_in_flight,
                r.host.in_flight_sum as f64 / r.cycles as f64
            );
        }
    }

    /// A client that does not take its responses holds up only itself.
    #[test]
    fn a_stalled_client_does_not_block_the_others() {
        let host = Host::new(9, 100, 100, 30, 60);
        let mut clients = mixed_clients(9, 20, 100, 100);
        for c in clients.iter_mut() {
            for r in c.reqs.iter_mut() {
                r.addr &= !UNMAPPED;
                r.len = r.len.clamp(1, 1024);
            }
        }
        clients[3].resp_from = u64::MAX; // never ready, until the others are done
        let mut uut = DmaRead::<4>::default();
        uut.connect_all();
        let mut host = host;
        let mut cycle = 0;
        while !clients[..3].iter().all(Client::done) {
            assert!(cycle < 60_000, "clients 0..3 blocked behind the stalled client 3");
            host.drive(&mut uut);
            for (i, c) in clients.iter_mut().enumerate() {
                c.drive(&mut uut.clients[i], cycle);
            }
            uut.half_low();
            host.sample(&uut, cycle);
            for (i, c) in clients.iter_mut().enumerate() {
                c.sample(&uut.clients[i], i, cycle);
            }
            uut.half_high();
            host.next_response(cycle + 1);
            cycle += 1;
        }
        assert!(!clients[3].done() && clients[3].got_responses == 0);
        println!("clients 0-2 finished in {cycle} cycles while client 3 took nothing ({} of its requests issued)", clients[3].next_req);
        clients[3].resp_from = 0;
        let start = cycle;
        while !clients[3].done() {
            assert!(cycle < start + 60_000, "client 3 did not recover");
            host.drive(&mut uut);
            for (i, c) in clients.iter_mut().enumerate() {
                c.drive(&mut uut.clients[i], cycle);
            }
            uut.half_low();
            host.sample(&uut, cycle);
            for (i, c) in clients.iter_mut().enumerate() {
                c.sample(&uut.clients[i], i, cycle);
            }
            uut.half_high();
            host.next_response(cycle + 1);
            cycle += 1;
        }
        assert!(clients[3].expect.is_empty());
    }

    /// What one cycle of the directed test saw.
    #[derive(Default)]
    struct Seen {
        tag: Option<u8>,
        beat: Option<Beat>,
        dma_error: bool,
    }

    /// One cycle with client 0 offering `req`, the host offering `beat` (tag, data,
    /// last, error) and taking every request; client 0 always ready.
    fn cycle(uut: &mut DmaRead<4>, req: Option<Req>, beat: Option<(u8, u64, bool, bool)>) -> Seen {
        uut.clients[0].req_valid.next = req.is_some();
        if let Some(r) = req {
            uut.clients[0].req_addr.next = r.addr.to_bits();
            uut.clients[0].req_len.next = (r.len as u64).to_bits();
        }
        uut.clients[0].resp_ready.next = true;
        uut.dma_rd_req_ready.next = true;
        uut.dma_rd_resp_valid.next = beat.is_some();
        if let Some((tag, data, last, error)) = beat {
            uut.dma_rd_resp_tag.next = (tag as u64).to_bits();
            uut.dma_rd_resp_data.next = data.to_bits();
            uut.dma_rd_resp_last.next = last;
            uut.dma_rd_resp_error.next = error;
        }
        uut.half_low();
        let mut seen = Seen { dma_error: uut.dma_error.val(), ..Default::default() };
        if uut.dma_rd_req_valid.val() {
            seen.tag = Some(uut.dma_rd_req_tag.val().to_u64() as u8);
        }
        assert!(req.is_none() || uut.clients[0].req_ready.val(), "the idle lane must take the request");
        if uut.clients[0].resp_valid.val() {
            seen.beat = Some(Beat {
                data: uut.clients[0].resp_data.val().to_u64(),
                last: uut.clients[0].resp_last.val(),
                error: uut.clients[0].resp_error.val(),
            });
        }
        uut.half_high();
        seen
    }

    /// Issues one request of client 0, has the host answer with `beats` (data, last,
    /// error; the tag is the request's), and returns what client 0 received and how
    /// many dma_error pulses came.
    fn exchange(uut: &mut DmaRead<4>, req: Req, beats: &[(u64, bool, bool)], stray: Option<u8>) -> (Vec<Beat>, usize) {
        let mut got = Vec::new();
        let mut errors = 0;
        let mut tag = None;
        let mut note = |s: Seen, got: &mut Vec<Beat>, tag: &mut Option<u8>| {
            errors += s.dma_error as usize;
            got.extend(s.beat);
            if s.tag.is_some() {
                *tag = s.tag;
            }
        };
        let s = cycle(uut, Some(req), None);
        note(s, &mut got, &mut tag);
        for _ in 0..4 {
            let s = cycle(uut, None, None);
            note(s, &mut got, &mut tag);
        }
        let tag = tag.expect("the request reached the port");
        if let Some(t) = stray {
            for k in 0..2 {
                let s = cycle(uut, None, Some((t, 0xDEAD, k == 1, false)));
                note(s, &mut got, &mut Some(0));
            }
        }
        for &(d, l, e) in beats {
            let s = cycle(uut, None, Some((tag, d, l, e)));
            note(s, &mut got, &mut Some(0));
        }
        for _ in 0..12 {
            let s = cycle(uut, None, None);
            note(s, &mut got, &mut Some(0));
        }
        (got, errors)
    }

    /// A host that answers a tag nobody asked for, or with the wrong number of beats,
    /// never hands a client a good-looking response: the client gets its beat count
    /// with resp_error (data zero), dma_error pulses once, and the block goes on working.
    #[test]
    fn malformed_host_responses_are_flagged() {
        let mut uut = DmaRead::<4>::default();
        uut.connect_all();
        uut.reset.next = true;
        uut.half_low();
        uut.half_high();
        uut.reset.next = false;
        cycle(&mut uut, None, None); // out of reset
        let err = |n: usize| (0..n).map(|k| Beat { data: 0, last: k == n - 1, error: true }).collect::<Vec<_>>();
        // A stray response (client 3, slot 5: never issued) before a good one.
        let good = host_beats(0x1000, 20);
        let raw: Vec<(u64, bool, bool)> = good.iter().map(|b| (b.data, b.last, b.error)).collect();
        let (got, errors) = exchange(&mut uut, Req { addr: 0x1000, len: 20 }, &raw, Some(0x35));
        assert_eq!((got, errors), (good, 1), "stray response: dropped and counted");
        // Too few beats: last after 2 of 3.
        let (got, errors) = exchange(&mut uut, Req { addr: 0x2000, len: 24 }, &[(1, false, false), (2, true, false)], None);
        assert_eq!((got, errors), (err(3), 1), "short response");
        // Too many beats: 4 for a 2-beat read.
        let beats = [(1, false, false), (2, false, false), (3, false, false), (4, true, false)];
        let (got, errors) = exchange(&mut uut, Req { addr: 0x3000, len: 16 }, &beats, None);
        assert_eq!((got, errors), (err(2), 1), "long response");
        // Error flag on one beat only: the whole response is an error.
        let (got, errors) = exchange(&mut uut, Req { addr: 0x4000, len: 16 }, &[(1, false, false), (0, true, true)], None);
        assert_eq!((got, errors), (err(2), 1), "error on the last beat");
        // And a good one after all that.
        let good = host_beats(0x5003, 61);
        let raw: Vec<(u64, bool, bool)> = good.iter().map(|b| (b.data, b.last, b.error)).collect();
        let (got, errors) = exchange(&mut uut, Req { addr: 0x5003, len: 61 }, &raw, None);
        assert_eq!((got, errors), (good, 0));
    }

    /// With nothing stalling: beats per cycle delivered to the clients (from the first
    /// response beat to the last, so the first read's latency is not counted) and reads
    /// in flight, for the gather client's 64 B and 4 KiB reads at 100-160 cycles of
    /// latency, and for all clients at once.
    #[test]
    fn throughput_without_stalls() {
        let one = |len: u16, n: usize, only_gather: bool| {
            let clients: Vec<Client> = (0..CLIENTS)
                .map(|i| {
                    let count = if only_gather && i != 1 { 0 } else { n };
                    let reqs = (0..count).map(|k| Req { addr: 0x1000 + (k as u64) * 4096 + i as u64 * (1 << 30), len }).collect();
                    Client::new(reqs, i as u64, 100, 100)
                })
                .collect();
            let r = run(Host::new(5, 100, 100, 100, 60), clients, 200_000);
            let beats: u64 = r.clients.iter().map(|c| c.beats).sum();
            let first = r.clients.iter().filter_map(|c| c.first_beat).min().unwrap();
            let last = r.clients.iter().map(|c| c.last_beat).max().unwrap();
            (beats as f64 / (last - first + 1) as f64, r.host.max_in_flight, r.host.in_flight_sum as f64 / r.cycles as f64, r.cycles)
        };
        let (bpc, max, mean, cycles) = one(64, 300, true);
        println!("gather client alone, 64 B reads: {bpc:.3} beats/cycle ({cycles} cycles), max {max} reads in flight (mean {mean:.1})");
        assert!(max >= 8, "the gather client should keep 8+ reads in flight, had {max}");
        let (bpc, max, mean, cycles) = one(4096, 16, true);
        println!("gather client alone, 4 KiB reads: {bpc:.3} beats/cycle ({cycles} cycles), max {max} reads in flight (mean {mean:.1})");
        let (bpc, max, mean, cycles) = one(512, 40, false);
        println!("4 clients, 512 B reads: {bpc:.3} beats/cycle ({cycles} cycles), max {max} reads in flight (mean {mean:.1})");
    }
}
