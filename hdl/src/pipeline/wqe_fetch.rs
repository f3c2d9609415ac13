//! WqeFetch: reads send WQEs from host memory ahead of the Requester into a cache of
//! two slots per QP (slot = index bit 0), checks them, and says when a slot is filled.
//!
//! Request side: a fetch (`f_*`: QP, WQE index, the WQE's IOVA, the QP's PD) becomes
//! one 64-byte read on the DmaRead client port. At most one fetch per QP is in flight
//! (`busy`, one bit per QP); a fetch for a busy QP is taken and dropped, since the
//! Requester asks again after the event the busy fetch ends with. The fetches in
//! flight wait in a FIFO (`pend`, block RAM) in request order: DmaRead answers each
//! client in request order, so the FIFO's head names the response that arrives.
//!
//! Response side, one WQE at a time (8 beats from DmaRead, then at most one MR check):
//! collect the beats, decide the WQE's status (DMA error or an opcode > 3 or more than
//! one SGE: GENERAL_ERR 21; SGE0's lkey refused by the MR table: LOC_PROT_ERR 4), write
//! the cache row and emit `ev_qpn`. A WQE with no SGE has length 0. The MR check asks
//! for no right (a gather only reads) and yields the SGE's IOVA (`c_liova`).
//!
//! `inv_qpn` (a strobe from the Requester on a fresh QP incarnation) forgets the QP's
//! cached rows, and a fetch of the old incarnation still in flight is dropped when it
//! arrives (`stale`); its event is still sent, so a Requester whose fetch was dropped
//! as busy meanwhile asks again.
//!
//! Cache read port: `c_rd_qpn`/`c_rd_slot` in, the row one cycle later (`c_valid` =
//! the slot holds a row of this incarnation).

use super::params::{QPN_BITS, QPS};
use openrnic_contract::queues::send_wqe;
use rust_hdl::prelude::*;

/// Cache row: idx [15:0], status [23:16], opcode [31:24], signaled 32, solicited 33,
/// imm [65:34], wr_id [129:66], remote_addr [193:130], rkey [225:194], len [257:226],
/// liova [321:258] (literal offsets in update(), rust-hdl emits const paths by name).
const ROW_BITS: usize = 322;
/// Fetches in flight: DmaRead's tags per client.
const PEND_LOG2: usize = 4;
/// Pending FIFO entry: qpn [7:0], idx [23:8], pd [39:24].
const PEND_BITS: usize = 40;
const CACHE_LOG2: usize = QPN_BITS + 1;
const CACHE_ROWS: usize = QPS * 2;

// The beat positions update() reads each WQE field from (beat = bit / 64).
const _: () = assert!(send_wqe::SIZE == 64);
const _: () = assert!(send_wqe::OPCODE.bit() == 0 && send_wqe::OPCODE.width == 8);
const _: () = assert!(send_wqe::SIGNALED.bit() == 8 && send_wqe::SOLICITED.bit() == 9);
const _: () = assert!(send_wqe::NUM_SGE.bit() == 16 && send_wqe::NUM_SGE.width == 8);
const _: () = assert!(send_wqe::IMM.bit() == 32 && send_wqe::IMM.width == 32);
const _: () = assert!(send_wqe::WR_ID.bit() == 64 && send_wqe::WR_ID.width == 64);
const _: () = assert!(send_wqe::REMOTE_ADDR.bit() == 128 && send_wqe::REMOTE_ADDR.width == 64);
const _: () = assert!(send_wqe::RKEY.bit() == 192 && send_wqe::RKEY.width == 32);
const _: () = assert!(send_wqe::SGE0_ADDR.bit() == 256 && send_wqe::SGE0_ADDR.width == 64);
const _: () = assert!(send_wqe::SGE0_LEN.bit() == 320 && send_wqe::SGE0_LEN.width == 32);
const _: () = assert!(send_wqe::SGE0_LKEY.bit() == 352 && send_wqe::SGE0_LKEY.width == 32);
const _: () = assert!(QPN_BITS == 8 && PEND_LOG2 == 4);

#[derive(Copy, Clone, PartialEq, Eq, Debug, LogicState)]
pub enum FetchPhase {
    /// Taking the beats of the response at the FIFO's head.
    Collect,
    /// All beats in: decide, or ask the MR table.
    Decide,
    /// MR check asked; waiting for its result.
    Check,
    /// Write the cache row and hand the event over.
    Fill,
}

#[derive(LogicBlock)]
pub struct WqeFetch {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, bool>,
    /// Fetch request (Requester).
    pub f_valid: Signal<In, bool>,
    pub f_ready: Signal<Out, bool>,
    pub f_qpn: Signal<In, Bits<QPN_BITS>>,
    pub f_idx: Signal<In, Bits<16>>,
    pub f_addr: Signal<In, Bits<64>>,
    pub f_pd: Signal<In, Bits<16>>,
    /// DmaRead client.
    pub rd_req_valid: Signal<Out, bool>,
    pub rd_req_ready: Signal<In, bool>,
    pub rd_req_addr: Signal<Out, Bits<64>>,
    pub rd_req_len: Signal<Out, Bits<16>>,
    pub rd_resp_valid: Signal<In, bool>,
    pub rd_resp_ready: Signal<Out, bool>,
    pub rd_resp_data: Signal<In, Bits<64>>,
    pub rd_resp_last: Signal<In, bool>,
    pub rd_resp_error: Signal<In, bool>,
    /// MrTable (TX) check client.
    pub chk_valid: Signal<Out, bool>,
    pub chk_ready: Signal<In, bool>,
    pub chk_key: Signal<Out, Bits<32>>,
    pub chk_pd: Signal<Out, Bits<16>>,
    pub chk_va: Signal<Out, Bits<64>>,
    pub chk_len: Signal<Out, Bits<32>>,
    pub chk_need_local_write: Signal<Out, bool>,
    pub chk_need_remote_write: Signal<Out, bool>,
    pub res_valid: Signal<In, bool>,
    pub res_ready: Signal<Out, bool>,
    pub res_ok: Signal<In, bool>,
    pub res_iova: Signal<In, Bits<64>>,
    /// Cache read port (Requester): the row one cycle after the address.
    pub c_rd_qpn: Signal<In, Bits<QPN_BITS>>,
    pub c_rd_slot: Signal<In, bool>,
    pub c_valid: Signal<Out, bool>,
    pub c_idx: Signal<Out, Bits<16>>,
    pub c_status: Signal<Out, Bits<8>>,
    pub c_opcode: Signal<Out, Bits<8>>,
    pub c_signaled: Signal<Out, bool>,
    pub c_solicited: Signal<Out, bool>,
    pub c_imm: Signal<Out, Bits<32>>,
    pub c_wr_id: Signal<Out, Bits<64>>,
    pub c_remote_addr: Signal<Out, Bits<64>>,
    pub c_rkey: Signal<Out, Bits<32>>,
    pub c_len: Signal<Out, Bits<32>>,
    pub c_liova: Signal<Out, Bits<64>>,
    /// A slot was filled (valid or failed WQE), or a stale fetch ended.
    pub ev_valid: Signal<Out, bool>,
    pub ev_ready: Signal<In, bool>,
    pub ev_qpn: Signal<Out, Bits<QPN_BITS>>,
    /// Forget a QP's cached rows (strobe; the Requester, on a fresh incarnation).
    pub inv_valid: Signal<In, bool>,
    pub inv_qpn: Signal<In, Bits<QPN_BITS>>,
    /// A WQE read came back with a DMA error (one pulse per WQE).
    pub cnt_dma_errors: Signal<Out, bool>,
    /// No fetch in flight, nothing held.
    pub idle: Signal<Out, bool>,
    cache: RAM<Bits<ROW_BITS>, CACHE_LOG2>,
    pend: RAM<Bits<PEND_BITS>, PEND_LOG2>,
    cached: DFF<Bits<CACHE_ROWS>>,
    busy: DFF<Bits<QPS>>,
    stale: DFF<Bits<QPS>>,
    wp: DFF<Bits<5>>,
    rp: DFF<Bits<5>>,
    req_valid: DFF<bool>,
    req_addr: DFF<Bits<64>>,
    phase: DFF<FetchPhase>,
    beat: DFF<Bits<3>>,
    err: DFF<bool>,
    w_opcode: DFF<Bits<8>>,
    w_signaled: DFF<bool>,
    w_solicited: DFF<bool>,
    w_num_sge: DFF<Bits<8>>,
    w_imm: DFF<Bits<32>>,
    w_wr_id: DFF<Bits<64>>,
    w_raddr: DFF<Bits<64>>,
    w_rkey: DFF<Bits<32>>,
    w_laddr: DFF<Bits<64>>,
    w_len: DFF<Bits<32>>,
    w_lkey: DFF<Bits<32>>,
    w_status: DFF<Bits<8>>,
    w_liova: DFF<Bits<64>>,
    chk_v: DFF<bool>,
    ev_v: DFF<bool>,
    ev_q: DFF<Bits<QPN_BITS>>,
    dma_err_q: DFF<bool>,
    c_valid_q: DFF<bool>,
    idle_q: DFF<bool>,
    take_f: Signal<Local, bool>,
    f_new: Signal<Local, bool>,
    pop: Signal<Local, bool>,
    count: Signal<Local, Bits<5>>,
    head_qpn: Signal<Local, Bits<QPN_BITS>>,
    head_idx: Signal<Local, Bits<16>>,
    head_pd: Signal<Local, Bits<16>>,
    take_beat: Signal<Local, bool>,
    ev_free: Signal<Local, bool>,
    fill_addr: Signal<Local, Bits<CACHE_LOG2>>,
    rd_addr: Signal<Local, Bits<CACHE_LOG2>>,
    one_f: Signal<Local, Bits<QPS>>,
    one_head: Signal<Local, Bits<QPS>>,
    one_inv: Signal<Local, Bits<QPS>>,
    one_fill: Signal<Local, Bits<CACHE_ROWS>>,
    inv_rows: Signal<Local, Bits<CACHE_ROWS>>,
    inv_base: Signal<Local, Bits<CACHE_LOG2>>,
    set_busy: Signal<Local, Bits<QPS>>,
    clr_busy: Signal<Local, Bits<QPS>>,
    set_cached: Signal<Local, Bits<CACHE_ROWS>>,
    set_stale: Signal<Local, Bits<QPS>>,
    is_stale: Signal<Local, bool>,
    busy_next: Signal<Local, Bits<QPS>>,
    k_one: Constant<Bits<QPS>>,
    k_one2: Constant<Bits<CACHE_ROWS>>,
    k_three2: Constant<Bits<CACHE_ROWS>>,
}

impl Default for WqeFetch {
    fn default() -> Self {
        Self {
            clock: Default::default(),
            reset: Default::default(),
            f_valid: Default::default(),
            f_ready: Default::default(),
            f_qpn: Default::default(),
            f_idx: Default::default(),
            f_addr: Default::default(),
            f_pd: Default::default(),
            rd_req_valid: Default::default(),
            rd_req_ready: Default::default(),
            rd_req_addr: Default::default(),
            rd_req_len: Default::default(),
            rd_resp_valid: Default::default(),
            rd_resp_ready: Default::default(),
            rd_resp_data: Default::default(),
            rd_resp_last: Default::default(),
            rd_resp_error: Default::default(),
            chk_valid: Default::default(),
            chk_ready: Default::default(),
            chk_key: Default::default(),
            chk_pd: Default::default(),
            chk_va: Default::default(),
            chk_len: Default::default(),
            chk_need_local_write: Default::default(),
            chk_need_remote_write: Default::default(),
            res_valid: Default::default(),
            res_ready: Default::default(),
            res_ok: Default::default(),
            res_iova: Default::default(),
            c_rd_qpn: Default::default(),
            c_rd_slot: Default::default(),
            c_valid: Default::default(),
            c_idx: Default::default(),
            c_status: Default::default(),
            c_opcode: Default::default(),
            c_signaled: Default::default(),
            c_solicited: Default::default(),
            c_imm: Default::default(),
            c_wr_id: Default::default(),
            c_remote_addr: Default::default(),
            c_rkey: Default::default(),
            c_len: Default::default(),
            c_liova: Default::default(),
            ev_valid: Default::default(),
            ev_ready: Default::default(),
            ev_qpn: Default::default(),
            inv_valid: Default::default(),
            inv_qpn: Default::default(),
            cnt_dma_errors: Default::default(),
            idle: Default::default(),
            cache: Default::default(),
            pend: Default::default(),
            cached: Default::default(),
            busy: Default::default(),
            stale: Default::default(),
            wp: Default::default(),
            rp: Default::default(),
            req_valid: Default::default(),
            req_addr: Default::default(),
            phase: Default::default(),
            beat: Default::default(),
            err: Default::default(),
            w_opcode: Default::default(),
            w_signaled: Default::default(),
            w_solicited: Default::default(),
            w_num_sge: Default::default(),
            w_imm: Default::default(),
            w_wr_id: Default::default(),
            w_raddr: Default::default(),
            w_rkey: Default::default(),
            w_laddr: Default::default(),
            w_len: Default::default(),
            w_lkey: Default::default(),
            w_status: Default::default(),
            w_liova: Default::default(),
            chk_v: Default::default(),
            ev_v: Default::default(),
            ev_q: Default::default(),
            dma_err_q: Default::default(),
            c_valid_q: Default::default(),
            idle_q: Default::default(),
            take_f: Default::default(),
            f_new: Default::default(),
            pop: Default::default(),
            count: Default::default(),
            head_qpn: Default::default(),
            head_idx: Default::default(),
            head_pd: Default::default(),
            take_beat: Default::default(),
            ev_free: Default::default(),
            fill_addr: Default::default(),
            rd_addr: Default::default(),
            one_f: Default::default(),
            one_head: Default::default(),
            one_inv: Default::default(),
            one_fill: Default::default(),
            inv_rows: Default::default(),
            inv_base: Default::default(),
            set_busy: Default::default(),
            clr_busy: Default::default(),
            set_cached: Default::default(),
            set_stale: Default::default(),
            is_stale: Default::default(),
            busy_next: Default::default(),
            k_one: Constant::new(1u64.to_bits()),
            k_one2: Constant::new(1u64.to_bits()),
            k_three2: Constant::new(3u64.to_bits()),
        }
    }
}

impl Logic for WqeFetch {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, cached, busy, stale, wp, rp, req_valid, req_addr, phase, beat, err, w_opcode, w_signaled,
            w_solicited, w_num_sge, w_imm, w_wr_id, w_raddr, w_rkey, w_laddr, w_len, w_lkey, w_status, w_liova, chk_v, ev_v,
            ev_q, dma_err_q, c_valid_q, idle_q);
        self.cache.read_clock.next = self.clock.val();
        self.cache.write_clock.next = self.clock.val();
        self.pend.read_clock.next = self.clock.val();
        self.pend.write_clock.next = self.clock.val();

        // ---- request side: a fetch becomes a 64-byte read, its QP busy until filled ----
        self.count.next = self.wp.q.val() - self.rp.q.val();
        // Room for it in the pending FIFO and the request register: flops only.
        self.f_ready.next = !self.req_valid.q.val() & !self.count.val().get_bit(4);
        self.take_f.next = self.f_valid.val() & self.f_ready.val();
        self.one_f.next = self.k_one.val() << self.f_qpn.val();
        self.f_new.next = self.take_f.val() & !self.busy.q.val().get_bit(self.f_qpn.val().index());
        self.pend.write_enable.next = self.f_new.val();
        self.pend.write_address.next = self.wp.q.val().get_bits::<PEND_LOG2>(0);
        self.pend.write_data.next = bit_cast::<PEND_BITS, QPN_BITS>(self.f_qpn.val())
            | (bit_cast::<PEND_BITS, 16>(self.f_idx.val()) << 8)
            | (bit_cast::<PEND_BITS, 16>(self.f_pd.val()) << 24);
        self.set_busy.next = 0.into();
        if self.f_new.val() {
            self.wp.d.next = self.wp.q.val() + 1;
            self.req_valid.d.next = true;
            self.req_addr.d.next = self.f_addr.val();
            self.set_busy.next = self.one_f.val();
        } else if self.rd_req_ready.val() {
            self.req_valid.d.next = false;
        }
        self.rd_req_valid.next = self.req_valid.q.val();
        self.rd_req_addr.next = self.req_addr.q.val();
        self.rd_req_len.next = 64.into();

        // ---- response side: the FIFO's head is the response that arrives ----
        // The head entry was written at least a request's round trip before its last
        // beat, so the RAM's registered read of `rp` is settled by then.
        self.pend.read_address.next = self.rp.q.val().get_bits::<PEND_LOG2>(0);
        self.head_qpn.next = self.pend.read_data.val().get_bits::<QPN_BITS>(0);
        self.head_idx.next = self.pend.read_data.val().get_bits::<16>(8);
        self.head_pd.next = self.pend.read_data.val().get_bits::<16>(24);
        self.one_head.next = self.k_one.val() << self.head_qpn.val();
        self.rd_resp_ready.next = self.phase.q.val() == FetchPhase::Collect;
        self.take_beat.next = self.rd_resp_valid.val() & (self.phase.q.val() == FetchPhase::Collect);
        self.res_ready.next = self.phase.q.val() == FetchPhase::Check;
        self.ev_free.next = !self.ev_v.q.val() | self.ev_ready.val();
        self.pop.next = false;
        self.clr_busy.next = 0.into();
        self.set_cached.next = 0.into();
        self.is_stale.next = self.stale.q.val().get_bit(self.head_qpn.val().index());
        self.fill_addr.next = (bit_cast::<CACHE_LOG2, QPN_BITS>(self.head_qpn.val()) << 1)
            | bit_cast::<CACHE_LOG2, 1>(self.head_idx.val().get_bit(0).into());
        self.one_fill.next = self.k_one2.val() << self.fill_addr.val();
        self.cache.write_enable.next = false;
        self.cache.write_address.next = self.fill_addr.val();
        self.cache.write_data.next = bit_cast::<ROW_BITS, 16>(self.head_idx.val())
            | (bit_cast::<ROW_BITS, 8>(self.w_status.q.val()) << 16)
            | (bit_cast::<ROW_BITS, 8>(self.w_opcode.q.val()) << 24)
            | (bit_cast::<ROW_BITS, 1>(self.w_signaled.q.val().into()) << 32)
            | (bit_cast::<ROW_BITS, 1>(self.w_solicited.q.val().into()) << 33)
            | (bit_cast::<ROW_BITS, 32>(self.w_imm.q.val()) << 34)
            | (bit_cast::<ROW_BITS, 64>(self.w_wr_id.q.val()) << 66)
            | (bit_cast::<ROW_BITS, 64>(self.w_raddr.q.val()) << 130)
            | (bit_cast::<ROW_BITS, 32>(self.w_rkey.q.val()) << 194)
            | (bit_cast::<ROW_BITS, 32>(self.w_len.q.val()) << 226)
            | (bit_cast::<ROW_BITS, 64>(self.w_liova.q.val()) << 258);
        self.dma_err_q.d.next = false;
        if self.ev_v.q.val() & self.ev_ready.val() {
            self.ev_v.d.next = false;
        }
        if self.chk_v.q.val() & self.chk_ready.val() {
            self.chk_v.d.next = false;
        }
        match self.phase.q.val() {
            FetchPhase::Collect => {
                if self.take_beat.val() {
                    self.beat.d.next = self.beat.q.val() + 1;
                    self.err.d.next = self.err.q.val() | self.rd_resp_error.val();
                    // Each field from its beat (bytes 48..63, SGE1, are not used: NUM_SGE > 1 fails).
                    if self.beat.q.val() == 0 {
                        self.w_opcode.d.next = self.rd_resp_data.val().get_bits::<8>(0);
                        self.w_signaled.d.next = self.rd_resp_data.val().get_bit(8);
                        self.w_solicited.d.next = self.rd_resp_data.val().get_bit(9);
                        self.w_num_sge.d.next = self.rd_resp_data.val().get_bits::<8>(16);
                        self.w_imm.d.next = self.rd_resp_data.val().get_bits::<32>(32);
                    }
                    if self.beat.q.val() == 1 {
                        self.w_wr_id.d.next = self.rd_resp_data.val();
                    }
                    if self.beat.q.val() == 2 {
                        self.w_raddr.d.next = self.rd_resp_data.val();
                    }
                    if self.beat.q.val() == 3 {
                        self.w_rkey.d.next = self.rd_resp_data.val().get_bits::<32>(0);
                    }
                    if self.beat.q.val() == 4 {
                        self.w_laddr.d.next = self.rd_resp_data.val();
                    }
                    if self.beat.q.val() == 5 {
                        self.w_len.d.next = self.rd_resp_data.val().get_bits::<32>(0);
                        self.w_lkey.d.next = self.rd_resp_data.val().get_bits::<32>(32);
                    }
                    if self.rd_resp_last.val() {
                        self.phase.d.next = FetchPhase::Decide;
                    }
                }
            }
            FetchPhase::Decide => {
                self.w_liova.d.next = 0.into();
                self.w_status.d.next = 0.into();
                self.phase.d.next = FetchPhase::Fill;
                if self.err.q.val() {
                    self.w_status.d.next = 21.into();
                    self.dma_err_q.d.next = true;
                } else if (self.w_opcode.q.val() > 3) | (self.w_num_sge.q.val() > 1) {
                    self.w_status.d.next = 21.into();
                } else if self.w_num_sge.q.val() == 0 {
                    self.w_len.d.next = 0.into();
                } else {
                    self.chk_v.d.next = true;
                    self.phase.d.next = FetchPhase::Check;
                }
            }
            FetchPhase::Check => {
                if self.res_valid.val() {
                    self.w_liova.d.next = self.res_iova.val();
                    if !self.res_ok.val() {
                        self.w_status.d.next = 4.into();
                        self.w_liova.d.next = 0.into();
                    }
                    self.phase.d.next = FetchPhase::Fill;
                }
            }
            FetchPhase::Fill => {
                if self.ev_free.val() {
                    self.cache.write_enable.next = !self.is_stale.val();
                    if !self.is_stale.val() {
                        self.set_cached.next = self.one_fill.val();
                    }
                    self.clr_busy.next = self.one_head.val();
                    self.pop.next = true;
                    self.ev_v.d.next = true;
                    self.ev_q.d.next = self.head_qpn.val();
                    self.beat.d.next = 0.into();
                    self.err.d.next = false;
                    // A failed read may not reach every beat: no field of this WQE leaks into the next.
                    self.w_wr_id.d.next = 0.into();
                    self.w_opcode.d.next = 0.into();
                    self.phase.d.next = FetchPhase::Collect;
                }
            }
        }
        if self.pop.val() {
            self.rp.d.next = self.rp.q.val() + 1;
        }
        self.chk_valid.next = self.chk_v.q.val();
        self.chk_key.next = self.w_lkey.q.val();
        self.chk_pd.next = self.head_pd.val();
        self.chk_va.next = self.w_laddr.q.val();
        self.chk_len.next = self.w_len.q.val();
        self.chk_need_local_write.next = false;
        self.chk_need_remote_write.next = false;
        self.ev_valid.next = self.ev_v.q.val();
        self.ev_qpn.next = self.ev_q.q.val();
        self.cnt_dma_errors.next = self.dma_err_q.q.val();

        self.busy_next.next = (self.busy.q.val() & !self.clr_busy.val()) | self.set_busy.val();
        // ---- invalidation: after this cycle's fill, so it wins ----
        self.one_inv.next = self.k_one.val() << self.inv_qpn.val();
        self.inv_base.next = bit_cast::<CACHE_LOG2, QPN_BITS>(self.inv_qpn.val()) << 1;
        self.inv_rows.next = 0.into();
        self.set_stale.next = 0.into();
        if self.inv_valid.val() {
            self.inv_rows.next = self.k_three2.val() << self.inv_base.val();
            // A fetch still in flight after this cycle (or taken in it) belongs to the old
            // incarnation; one filling in this cycle has its row cleared below.
            self.set_stale.next = self.busy_next.val() & self.one_inv.val();
        }
        self.cached.d.next = (self.cached.q.val() | self.set_cached.val()) & !self.inv_rows.val();
        self.busy.d.next = self.busy_next.val();
        self.stale.d.next = (self.stale.q.val() & !self.clr_busy.val()) | self.set_stale.val();

        // ---- cache read port ----
        self.rd_addr.next = (bit_cast::<CACHE_LOG2, QPN_BITS>(self.c_rd_qpn.val()) << 1)
            | bit_cast::<CACHE_LOG2, 1>(self.c_rd_slot.val().into());
        self.cache.read_address.next = self.rd_addr.val();
        self.c_valid_q.d.next = self.cached.q.val().get_bit(self.rd_addr.val().index());
        self.c_valid.next = self.c_valid_q.q.val();
        self.c_idx.next = self.cache.read_data.val().get_bits::<16>(0);
        self.c_status.next = self.cache.read_data.val().get_bits::<8>(16);
        self.c_opcode.next = self.cache.read_data.val().get_bits::<8>(24);
        self.c_signaled.next = self.cache.read_data.val().get_bit(32);
        self.c_solicited.next = self.cache.read_data.val().get_bit(33);
        self.c_imm.next = self.cache.read_data.val().get_bits::<32>(34);
        self.c_wr_id.next = self.cache.read_data.val().get_bits::<64>(66);
        self.c_remote_addr.next = self.cache.read_data.val().get_bits::<64>(130);
        self.c_rkey.next = self.cache.read_data.val().get_bits::<32>(194);
        self.c_len.next = self.cache.read_data.val().get_bits::<32>(226);
        self.c_liova.next = self.cache.read_data.val().get_bits::<64>(258);

        self.idle_q.d.next = !self.count.val().any() & !self.req_valid.q.val() & !self.ev_v.q.val()
            & (self.phase.q.val() == FetchPhase::Collect) & !self.beat.q.val().any();
        self.idle.next = self.idle_q.q.val();

        if self.reset.val() {
            self.cached.d.next = 0.into();
            self.busy.d.next = 0.into();
            self.stale.d.next = 0.into();
            self.wp.d.next = 0.into();
            self.rp.d.next = 0.into();
            self.req_valid.d.next = false;
            self.phase.d.next = FetchPhase::Collect;
            self.beat.d.next = 0.into();
            self.err.d.next = false;
            self.chk_v.d.next = false;
            self.ev_v.d.next = false;
            self.dma_err_q.d.next = false;
            self.idle_q.d.next = false;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clocked;
    use crate::testbench::{Clocked, Stalls};
    use std::collections::{HashMap, HashSet, VecDeque};

    clocked!(WqeFetch);

    /// A send WQE as the testbench writes it to host memory.
    #[derive(Clone, Copy, Debug, PartialEq)]
    struct Wqe {
        opcode: u64,
        signaled: bool,
        solicited: bool,
        num_sge: u64,
        imm: u64,
        wr_id: u64,
        raddr: u64,
        rkey: u64,
        laddr: u64,
        len: u64,
        lkey: u64,
    }

    /// The WQE stored at `addr` (a fixed function of the address), mostly valid.
    fn wqe_at(addr: u64) -> Wqe {
        let mut r = Stalls::new(addr ^ 0x5bd1_e995, 50);
        let pick = r.next_u64() % 16;
        Wqe {
            opcode: if pick == 0 { 4 + r.next_u64() % 250 } else { r.next_u64() % 4 },
            signaled: r.next_u64() & 1 == 1,
            solicited: r.next_u64() & 1 == 1,
            num_sge: match pick {
                1 => 2 + r.next_u64() % 3,
                2 | 3 => 0,
                _ => 1,
            },
            imm: r.next_u64() & 0xFFFF_FFFF,
            wr_id: r.next_u64(),
            raddr: r.next_u64(),
            rkey: r.next_u64() & 0xFFFF_FFFF,
            laddr: r.next_u64(),
            len: r.next_u64() % 20_000,
            lkey: r.next_u64() & 0xFFFF_FFFF,
        }
    }

    fn wqe_bytes(w: &Wqe) -> [u8; 64] {
        let mut b = [0u8; 64];
        let mut set = |f: &openrnic_contract::layout::Field, v: u64| f.set(&mut b, v).unwrap();
        set(&send_wqe::OPCODE, w.opcode);
        set(&send_wqe::SIGNALED, w.signaled as u64);
        set(&send_wqe::SOLICITED, w.solicited as u64);
        set(&send_wqe::NUM_SGE, w.num_sge);
        set(&send_wqe::IMM, w.imm);
        set(&send_wqe::WR_ID, w.wr_id);
        set(&send_wqe::REMOTE_ADDR, w.raddr);
        set(&send_wqe::RKEY, w.rkey);
        set(&send_wqe::SGE0_ADDR, w.laddr);
        set(&send_wqe::SGE0_LEN, w.len);
        set(&send_wqe::SGE0_LKEY, w.lkey);
        // SGE1 is never read (NUM_SGE > 1 fails): junk in it must not matter.
        set(&send_wqe::SGE1_ADDR, !w.laddr);
        set(&send_wqe::SGE1_LEN, w.len ^ 0x55);
        set(&send_wqe::SGE1_LKEY, !w.lkey & 0xFFFF_FFFF);
        b
    }

    /// The host fails the read of this address.
    fn dma_fails(addr: u64) -> bool {
        (addr >> 6).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 60 == 0
    }

    /// The MR table's answer: the IOVA, or None (refused).
    fn mr_answer(key: u64, pd: u64, va: u64, len: u64) -> Option<u64> {
        if (key ^ pd).is_multiple_of(5) {
            None
        } else {
            Some(va ^ (key << 20) ^ len)
        }
    }

    /// A cache row as the Requester reads it.
    #[derive(Clone, Copy, Debug, PartialEq)]
    struct Row {
        idx: u64,
        status: u64,
        opcode: u64,
        signaled: bool,
        solicited: bool,
        imm: u64,
        wr_id: u64,
        raddr: u64,
        rkey: u64,
        len: u64,
        liova: u64,
    }

    /// The row WqeFetch must write for the WQE at `addr` fetched as `idx` with `pd`.
    fn expected_row(addr: u64, idx: u64, pd: u64) -> Row {
        let w = wqe_at(addr);
        let mut row = Row {
            idx,
            status: 0,
            opcode: w.opcode,
            signaled: w.signaled,
            solicited: w.solicited,
            imm: w.imm,
            wr_id: w.wr_id,
            raddr: w.raddr,
            rkey: w.rkey,
            len: w.len,
            liova: 0,
        };
        if dma_fails(addr) || w.opcode > 3 || w.num_sge > 1 {
            row.status = 21;
        } else if w.num_sge == 0 {
            row.len = 0;
        } else {
            match mr_answer(w.lkey, pd, w.laddr, w.len) {
                Some(iova) => row.liova = iova,
                None => row.status = 4,
            }
        }
        row
    }

    fn read_row(uut: &WqeFetch) -> Row {
        Row {
            idx: uut.c_idx.val().to_u64(),
            status: uut.c_status.val().to_u64(),
            opcode: uut.c_opcode.val().to_u64(),
            signaled: uut.c_signaled.val(),
            solicited: uut.c_solicited.val(),
            imm: uut.c_imm.val().to_u64(),
            wr_id: uut.c_wr_id.val().to_u64(),
            raddr: uut.c_remote_addr.val().to_u64(),
            rkey: uut.c_rkey.val().to_u64(),
            len: uut.c_len.val().to_u64(),
            liova: uut.c_liova.val().to_u64(),
        }
    }

    /// A row matches: a DMA-failed row carries only its index, status, and zero wr_id
    /// and opcode (the read's data is gone); every other row every field.
    fn row_matches(got: &Row, want: &Row, dma_failed: bool) -> bool {
        if dma_failed {
            got.idx == want.idx && got.status == 21 && got.wr_id == 0 && got.opcode == 0
        } else {
            got == want
        }
    }

    struct Fetch {
        qpn: u64,
        idx: u64,
        pd: u64,
        addr: u64,
    }

    struct Counts {
        fills: u64,
        dropped_busy: u64,
        stale: u64,
        dma_errors: u64,
        reads_checked: u64,
    }

    /// Random fetches (a hot set of QPs and the whole range, repeats while busy),
    /// invalidations, a host with random latency and failures, an MR table with random
    /// latency, random stalls on every stream. Checks every DMA request, MR check, event
    /// and every cache read against the model; drains and checks nothing is left.
    fn run(seed: u64, cycles: u64, pct: u64, inv_pct: u64) -> Counts {
        let mut uut = WqeFetch::default();
        uut.connect_all();
        uut.reset.next = true;
        uut.half_low();
        uut.half_high();
        uut.reset.next = false;
        let mut rng = Stalls::new(seed, 50);
        let mut f_go = Stalls::new(seed ^ 1, pct);
        let mut req_go = Stalls::new(seed ^ 2, pct);
        let mut resp_go = Stalls::new(seed ^ 3, pct);
        let mut chk_go = Stalls::new(seed ^ 4, pct);
        let mut res_go = Stalls::new(seed ^ 5, pct);
        let mut ev_go = Stalls::new(seed ^ 6, pct);
        let mut inv_go = Stalls::new(seed ^ 7, inv_pct);
        let mut next_idx: HashMap<u64, u64> = HashMap::new();
        let mut f_cur: Option<Fetch> = None;
        // model
        let mut busy: HashSet<u64> = HashSet::new();
        let mut stale: HashSet<u64> = HashSet::new();
        let mut pending: VecDeque<Fetch> = VecDeque::new();
        let mut want_reqs: VecDeque<u64> = VecDeque::new();
        let mut cache: HashMap<(u64, u64), (Row, bool)> = HashMap::new();
        let mut applied = false;
        // host and MR table
        let mut host: VecDeque<(u64, u64)> = VecDeque::new(); // (addr, ready cycle)
        let mut beats: VecDeque<(u64, bool, bool)> = VecDeque::new(); // of the response being sent
        let mut mr: VecDeque<(Option<u64>, u64)> = VecDeque::new();
        // The read addressed last cycle: (QP, slot) and the model's row then (row, DMA failed).
        type Read = ((u64, u64), Option<(Row, bool)>);
        let mut last_read: Option<Read> = None;
        let mut n = Counts { fills: 0, dropped_busy: 0, stale: 0, dma_errors: 0, reads_checked: 0 };
        let mut pulses = 0u64;
        // A source holds valid (and its payload) until taken.
        let (mut resp_hold, mut res_hold) = (false, false);
        let mut cycle = 0u64;
        loop {
            let draining = cycle >= cycles;
            // ---- drive ----
            if f_cur.is_none() && !draining && f_go.go() {
                let qpn = if rng.next_u64().is_multiple_of(5) { rng.next_u64() % QPS as u64 } else { rng.next_u64() % 6 };
                let e = next_idx.entry(qpn).or_insert(rng.next_u64() & 0xFFFF);
                // Mostly the next index; sometimes the same again (a repeat while busy).
                *e = (*e + !rng.next_u64().is_multiple_of(3) as u64) & 0xFFFF;
                let idx = *e;
                let addr = (qpn << 24) | ((idx & 0x3FF) << 6) | (rng.next_u64() & 0xFFFF_0000_0000);
                f_cur = Some(Fetch { qpn, idx, pd: (qpn * 7 + 1) & 0xFFFF, addr });
            }
            uut.f_valid.next = f_cur.is_some();
            if let Some(f) = &f_cur {
                uut.f_qpn.next = f.qpn.to_bits();
                uut.f_idx.next = f.idx.to_bits();
                uut.f_addr.next = f.addr.to_bits();
                uut.f_pd.next = f.pd.to_bits();
            }
            uut.rd_req_ready.next = req_go.go();
            if beats.is_empty() {
                if let Some(&(addr, at)) = host.front() {
                    if cycle >= at {
                        host.pop_front();
                        if dma_fails(addr) {
                            let k = if addr & 0x40 != 0 { 1 } else { 8 };
                            for i in 0..k {
                                beats.push_back((0, i + 1 == k, true));
                            }
                        } else {
                            let b = wqe_bytes(&wqe_at(addr));
                            for i in 0..8 {
                                beats.push_back((u64::from_le_bytes(b[i * 8..i * 8 + 8].try_into().unwrap()), i == 7, false));
                            }
                        }
                    }
                }
            }
            let resp_v = !beats.is_empty() && (resp_hold || resp_go.go());
            uut.rd_resp_valid.next = resp_v;
            if let Some(&(d, l, e)) = beats.front() {
                uut.rd_resp_data.next = d.to_bits();
                uut.rd_resp_last.next = l;
                uut.rd_resp_error.next = e;
            }
            uut.chk_ready.next = chk_go.go();
            let res_v = mr.front().is_some_and(|&(_, at)| cycle >= at) && (res_hold || res_go.go());
            uut.res_valid.next = res_v;
            if let Some(&(a, _)) = mr.front() {
                uut.res_ok.next = a.is_some();
                uut.res_iova.next = a.unwrap_or(0xDEAD).to_bits();
            }
            uut.ev_ready.next = ev_go.go();
            let inv = if !draining && inv_go.go() { Some(rng.next_u64() % 6) } else { None };
            uut.inv_valid.next = inv.is_some();
            uut.inv_qpn.next = inv.unwrap_or(0).to_bits();
            let rd_q = if rng.next_u64().is_multiple_of(4) { rng.next_u64() % QPS as u64 } else { rng.next_u64() % 6 };
            let rd_s = rng.next_u64() & 1;
            uut.c_rd_qpn.next = rd_q.to_bits();
            uut.c_rd_slot.next = rd_s == 1;
            uut.half_low();

            // ---- check, in the order the block applies things ----
            // (1) a fill is visible (its row written) from the cycle its event appears
            if uut.ev_valid.val() && !applied {
                let head = pending.front().unwrap_or_else(|| panic!("cycle {cycle}: event with no fetch in flight"));
                assert_eq!(uut.ev_qpn.val().to_u64(), head.qpn, "cycle {cycle}: event for the wrong QP");
                if stale.remove(&head.qpn) {
                    n.stale += 1;
                } else {
                    let row = expected_row(head.addr, head.idx, head.pd);
                    cache.insert((head.qpn, head.idx & 1), (row, dma_fails(head.addr)));
                }
                if dma_fails(head.addr) {
                    n.dma_errors += 1;
                }
                busy.remove(&head.qpn);
                n.fills += 1;
                applied = true;
            }
            // (2) the read addressed last cycle
            if let Some(((q, s), want)) = last_read.take() {
                match want {
                    Some((row, failed)) => {
                        assert!(uut.c_valid.val(), "cycle {cycle}: QP {q} slot {s}: row {row:?} not valid");
                        let got = read_row(&uut);
                        assert!(row_matches(&got, &row, failed), "cycle {cycle}: QP {q} slot {s}:\n got  {got:?}\n want {row:?}");
                        n.reads_checked += 1;
                    }
                    None => assert!(!uut.c_valid.val(), "cycle {cycle}: QP {q} slot {s} valid, the model has nothing"),
                }
            }
            last_read = Some(((rd_q, rd_s), cache.get(&(rd_q, rd_s)).copied()));
            // (3) handshakes
            if uut.ev_valid.val() && uut.ev_ready.val() {
                pending.pop_front();
                applied = false;
            }
            if uut.f_valid.val() && uut.f_ready.val() {
                let f = f_cur.take().unwrap();
                if busy.contains(&f.qpn) {
                    n.dropped_busy += 1;
                } else {
                    busy.insert(f.qpn);
                    want_reqs.push_back(f.addr);
                    pending.push_back(f);
                }
            }
            if uut.rd_req_valid.val() && uut.rd_req_ready.val() {
                let want = want_reqs.pop_front().unwrap_or_else(|| panic!("cycle {cycle}: DMA read nobody asked for"));
                assert_eq!(uut.rd_req_addr.val().to_u64(), want, "cycle {cycle}: read address");
                assert_eq!(uut.rd_req_len.val().to_u64(), 64);
                host.push_back((want, cycle + 3 + rng.next_u64() % 40));
            }
            resp_hold = resp_v && !uut.rd_resp_ready.val();
            if resp_v && uut.rd_resp_ready.val() {
                beats.pop_front();
            }
            if uut.chk_valid.val() && uut.chk_ready.val() {
                let head = pending.front().expect("an MR check with no fetch in flight");
                let w = wqe_at(head.addr);
                assert!(!dma_fails(head.addr) && w.num_sge == 1 && w.opcode <= 3, "cycle {cycle}: MR check for a WQE that needs none");
                assert_eq!(uut.chk_key.val().to_u64(), w.lkey);
                assert_eq!(uut.chk_pd.val().to_u64(), head.pd);
                assert_eq!(uut.chk_va.val().to_u64(), w.laddr);
                assert_eq!(uut.chk_len.val().to_u64(), w.len);
                assert!(!uut.chk_need_local_write.val() && !uut.chk_need_remote_write.val(), "a gather needs no right");
                mr.push_back((mr_answer(w.lkey, head.pd, w.laddr, w.len), cycle + 1 + rng.next_u64() % 6));
            }
            res_hold = res_v && !uut.res_ready.val();
            if res_v && uut.res_ready.val() {
                mr.pop_front();
            }
            pulses += uut.cnt_dma_errors.val() as u64;
            // (4) invalidation takes effect for reads from the next cycle
            if let Some(q) = inv {
                cache.remove(&(q, 0));
                cache.remove(&(q, 1));
                if busy.contains(&q) {
                    stale.insert(q);
                }
            }
            uut.half_high();
            cycle += 1;
            if draining && pending.is_empty() && f_cur.is_none() && uut.idle.val() && cycle > cycles + 4 {
                break;
            }
            assert!(cycle < cycles + 5_000, "did not drain: {} fetches in flight", pending.len());
        }
        assert!(want_reqs.is_empty() && host.is_empty() && beats.is_empty() && mr.is_empty());
        assert_eq!(pulses, n.dma_errors, "one cnt_dma_errors pulse per failed read");
        n
    }

    #[test]
    fn fills_the_cache_in_order_under_random_stalls() {
        let mut stale = 0;
        for seed in 1..=3 {
            let n = run(seed, 2_500, 60, 2);
            stale += n.stale;
            println!(
                "seed {seed}: {} fills, {} dropped as busy, {} stale, {} DMA errors, {} cache reads checked",
                n.fills, n.dropped_busy, n.stale, n.dma_errors, n.reads_checked
            );
            assert!(n.fills > 60 && n.dropped_busy > 5 && n.dma_errors > 2 && n.reads_checked > 100);
        }
        assert!(stale > 0, "no invalidation hit a fetch in flight");
    }

    /// No stalls: fetches for several QPs overlap (the response side is the limit).
    #[test]
    fn overlaps_fetches_without_stalls() {
        let n = run(11, 1_500, 100, 0);
        println!("no stalls: {} fills in 1500 cycles", n.fills);
        assert!(n.fills > 60);
    }
}
