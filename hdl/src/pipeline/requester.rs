//! Requester: for each grant of the TxScheduler, the next packet of the QP's current
//! send WQE (its header descriptor, its gather request, the WQE's flight record on its
//! first packet), or the reason there is none.
//!
//! One FSM serves one thing at a time: a grant, a QpInit, or a rewind from the
//! AckHandler (so rewinds land only between grants). A grant takes about seven cycles
//! (read the QP's tables, read the WQE cache, build, hand over); a packet is at least
//! ten cycles on the wire, so this keeps up.
//!
//! Tables (block RAM, each written by one party):
//! - ReqTx, written by this FSM: sq_next (the WQE being sent), psn (the next PSN),
//!   offset (bytes of the current WQE already sent), halted (a WQE failed locally),
//!   paused (RNR back-off), epoch (bumped by the AckHandler's rewinds).
//! - SqPi, written by the SQ_PI doorbell strobe; a fresh QP reads 0 until its first
//!   doorbell (`pi_live`).
//! - AckedIdx, written by the AckHandler's `ci` strobe (oldest unacknowledged WQE);
//!   a fresh QP reads 0 until its first `ci` (`acked_live`).
//! A strobe in the cycle its row is read is missed by that read (read-first RAM), which
//! is safe: both strobes also cause an event, so the QP is granted again.
//!
//! Per grant: not RTS, halted, paused, nothing posted (sq_next == SqPi) or the window
//! full (sq_next − AckedIdx ≥ 16) → done(more = 0). Else the cache slot of sq_next:
//! a miss asks WqeFetch for it (done 0; its fill event brings the QP back); a failed
//! WQE gives its flight record with the status and halts the QP (done 0); else the
//! next packet: opcode by position (First/Middle/Last/Only, +Imm on the last with
//! immediate data, WRITE = SEND + 6), RETH on the first of a WRITE, AckReq and the
//! WQE's solicited bit on the last, payload min(PMTU, len − offset) from liova +
//! offset; on the first packet the flight record and a prefetch of sq_next + 1 if it
//! is posted; done(more = 1). Every output of a grant is taken before its done.
//!
//! Events (`ev_*`): doorbells go through a FIFO (16 QPNs in flops + the output register; a doorbell
//! that finds it full pulses `db_overflow` and its event is lost); a rewind that does
//! not pause and an init that leaves the QP in RTS push their own event into the same
//! FIFO in a cycle without a doorbell.
//!
//! A failed WQE's flight record: first_psn = last_psn = the QP's psn (no packet is sent
//! and the PSN is not used), byte_len 0, as the legacy engine completes it.
//!
//! `inv_*` (a strobe to WqeFetch) on a fresh incarnation: forget its cached WQEs.

use super::params::{CQN_BITS, QPN_BITS, QPS};
use rust_hdl::prelude::*;

/// WQEs a QP may have sent and not yet acknowledged (the AckHandler's ring holds 16).
pub const SEND_WINDOW: u64 = 16;
/// ReqTx row: sq_next [15:0], psn [39:16], offset [71:40], halted 72, paused 73,
/// epoch [76:74] (literal offsets in update()).
const RT_BITS: usize = 77;
const _: () = assert!(SEND_WINDOW == 16 && QPN_BITS == 8);

#[derive(Copy, Clone, PartialEq, Eq, Debug, LogicState)]
pub enum ReqPhase {
    /// Offering the init, rewind or grant stream (one at a time).
    Idle,
    /// Grant: the QP's rows are being read.
    GRead,
    /// Grant: rows in; can the QP send?
    GDecide,
    /// Grant: the WQE cache slot is being read.
    GCache,
    /// Grant: cache row in; hit, miss or failed WQE.
    GHit,
    /// Grant: the packet's descriptor, gather, flight record, prefetch.
    GBuild,
    /// Grant: waiting for every output to be taken, then done.
    GOut,
    /// Init: the QP's ReqTx row is being read.
    IRead,
    /// Init: row in; write it back changed.
    IWrite,
    /// Rewind: the QP's ReqTx row is being read.
    RRead,
    /// Rewind: row in; write it back changed.
    RWrite,
    /// Push this FSM's own event into the event FIFO.
    EvPush,
}

#[derive(LogicBlock)]
pub struct Requester {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, bool>,
    /// TxScheduler grant and its done strobe.
    pub grant_valid: Signal<In, bool>,
    pub grant_ready: Signal<Out, bool>,
    pub grant_qpn: Signal<In, Bits<QPN_BITS>>,
    pub done_valid: Signal<Out, bool>,
    pub done_qpn: Signal<Out, Bits<QPN_BITS>>,
    pub done_more: Signal<Out, bool>,
    /// SQ_PI doorbell strobe.
    pub db_valid: Signal<In, bool>,
    pub db_qpn: Signal<In, Bits<QPN_BITS>>,
    pub db_value: Signal<In, Bits<16>>,
    pub db_overflow: Signal<Out, bool>,
    /// "This QP may have work" to the TxScheduler (via EventMerge).
    pub ev_valid: Signal<Out, bool>,
    pub ev_ready: Signal<In, bool>,
    pub ev_qpn: Signal<Out, Bits<QPN_BITS>>,
    /// QpInit (the fields the requester needs).
    pub init_valid: Signal<In, bool>,
    pub init_ready: Signal<Out, bool>,
    pub init_qpn: Signal<In, Bits<QPN_BITS>>,
    pub init_fresh: Signal<In, bool>,
    pub init_state: Signal<In, Bits<4>>,
    pub init_take_sq_psn: Signal<In, bool>,
    pub init_sq_psn: Signal<In, Bits<24>>,
    /// AckHandler: oldest unacknowledged WQE index (strobe).
    pub ci_valid: Signal<In, bool>,
    pub ci_qpn: Signal<In, Bits<QPN_BITS>>,
    pub ci_value: Signal<In, Bits<16>>,
    /// AckHandler: go back to WQE `rw_idx` at `rw_psn`.
    pub rw_valid: Signal<In, bool>,
    pub rw_ready: Signal<Out, bool>,
    pub rw_qpn: Signal<In, Bits<QPN_BITS>>,
    pub rw_idx: Signal<In, Bits<16>>,
    pub rw_psn: Signal<In, Bits<24>>,
    pub rw_epoch: Signal<In, Bits<3>>,
    pub rw_pause: Signal<In, bool>,
    /// QpStatic TX read port (row one cycle after the address).
    pub qs_rd_qpn: Signal<Out, Bits<QPN_BITS>>,
    pub qs_state: Signal<In, Bits<4>>,
    pub qs_dest_qpn: Signal<In, Bits<24>>,
    pub qs_dmac: Signal<In, Bits<48>>,
    pub qs_dip: Signal<In, Bits<32>>,
    pub qs_pmtu_log2: Signal<In, Bits<4>>,
    pub qs_sq_base: Signal<In, Bits<64>>,
    pub qs_sq_log2: Signal<In, Bits<5>>,
    pub qs_pd: Signal<In, Bits<16>>,
    pub qs_udp_sport: Signal<In, Bits<16>>,
    pub qs_scq: Signal<In, Bits<CQN_BITS>>,
    /// WqeFetch: fetch requests, the cache read port, and the invalidation strobe.
    pub f_valid: Signal<Out, bool>,
    pub f_ready: Signal<In, bool>,
    pub f_qpn: Signal<Out, Bits<QPN_BITS>>,
    pub f_idx: Signal<Out, Bits<16>>,
    pub f_addr: Signal<Out, Bits<64>>,
    pub f_pd: Signal<Out, Bits<16>>,
    pub c_rd_qpn: Signal<Out, Bits<QPN_BITS>>,
    pub c_rd_slot: Signal<Out, bool>,
    pub c_valid: Signal<In, bool>,
    pub c_idx: Signal<In, Bits<16>>,
    pub c_status: Signal<In, Bits<8>>,
    pub c_opcode: Signal<In, Bits<8>>,
    pub c_signaled: Signal<In, bool>,
    pub c_solicited: Signal<In, bool>,
    pub c_imm: Signal<In, Bits<32>>,
    pub c_wr_id: Signal<In, Bits<64>>,
    pub c_remote_addr: Signal<In, Bits<64>>,
    pub c_rkey: Signal<In, Bits<32>>,
    pub c_len: Signal<In, Bits<32>>,
    pub c_liova: Signal<In, Bits<64>>,
    pub inv_valid: Signal<Out, bool>,
    pub inv_qpn: Signal<Out, Bits<QPN_BITS>>,
    /// Packet descriptor (TxDesc) to the TxArbiter's data input.
    pub d_valid: Signal<Out, bool>,
    pub d_ready: Signal<In, bool>,
    pub d_dst_mac: Signal<Out, Bits<48>>,
    pub d_dst_ip: Signal<Out, Bits<32>>,
    pub d_udp_sport: Signal<Out, Bits<16>>,
    pub d_opcode: Signal<Out, Bits<8>>,
    pub d_solicited: Signal<Out, bool>,
    pub d_dest_qpn: Signal<Out, Bits<24>>,
    pub d_ack_req: Signal<Out, bool>,
    pub d_psn: Signal<Out, Bits<24>>,
    pub d_has_reth: Signal<Out, bool>,
    pub d_reth_va: Signal<Out, Bits<64>>,
    pub d_reth_rkey: Signal<Out, Bits<32>>,
    pub d_reth_len: Signal<Out, Bits<32>>,
    pub d_has_aeth: Signal<Out, bool>,
    pub d_aeth_syndrome: Signal<Out, Bits<8>>,
    pub d_aeth_msn: Signal<Out, Bits<24>>,
    pub d_has_imm: Signal<Out, bool>,
    pub d_imm: Signal<Out, Bits<32>>,
    pub d_payload_len: Signal<Out, Bits<13>>,
    /// Gather request (DmaRead client request side; the payload goes to the framer).
    pub g_valid: Signal<Out, bool>,
    pub g_ready: Signal<In, bool>,
    pub g_addr: Signal<Out, Bits<64>>,
    pub g_len: Signal<Out, Bits<16>>,
    /// Flight record (AckHandler).
    pub fl_valid: Signal<Out, bool>,
    pub fl_ready: Signal<In, bool>,
    pub fl_qpn: Signal<Out, Bits<QPN_BITS>>,
    pub fl_idx: Signal<Out, Bits<16>>,
    pub fl_first_psn: Signal<Out, Bits<24>>,
    pub fl_last_psn: Signal<Out, Bits<24>>,
    pub fl_wr_id: Signal<Out, Bits<64>>,
    pub fl_byte_len: Signal<Out, Bits<32>>,
    pub fl_signaled: Signal<Out, bool>,
    pub fl_is_write: Signal<Out, bool>,
    pub fl_status: Signal<Out, Bits<8>>,
    pub fl_scq: Signal<Out, Bits<CQN_BITS>>,
    pub fl_epoch: Signal<Out, Bits<3>>,
    /// Nothing held: FSM idle, no output pending, no event queued.
    pub idle: Signal<Out, bool>,
    reqtx: RAM<Bits<RT_BITS>, QPN_BITS>,
    sqpi: RAM<Bits<16>, QPN_BITS>,
    acked: RAM<Bits<16>, QPN_BITS>,
    /// Event FIFO: 16 QPNs (entry i at bits 8i+7..8i), pointers with a wrap bit.
    evq: DFF<Bits<128>>,
    ev_wp: DFF<Bits<5>>,
    ev_rp: DFF<Bits<5>>,
    ev_v: DFF<bool>,
    ev_q: DFF<Bits<QPN_BITS>>,
    pi_live: DFF<Bits<QPS>>,
    acked_live: DFF<Bits<QPS>>,
    phase: DFF<ReqPhase>,
    /// Which stream Idle offers: 0 init, 1 rewind, 2 grant.
    offer: DFF<Bits<2>>,
    qpn: DFF<Bits<QPN_BITS>>,
    // init / rewind arguments
    a_fresh: DFF<bool>,
    a_rts: DFF<bool>,
    a_take_psn: DFF<bool>,
    a_psn: DFF<Bits<24>>,
    a_idx: DFF<Bits<16>>,
    a_epoch: DFF<Bits<3>>,
    a_pause: DFF<bool>,
    // the granted QP's rows
    r_sq_next: DFF<Bits<16>>,
    r_psn: DFF<Bits<24>>,
    r_offset: DFF<Bits<32>>,
    r_halted: DFF<bool>,
    r_paused: DFF<bool>,
    r_epoch: DFF<Bits<3>>,
    r_pi: DFF<Bits<16>>,
    r_pi_live: DFF<bool>,
    r_acked_live: DFF<bool>,
    s_dest_qpn: DFF<Bits<24>>,
    s_dmac: DFF<Bits<48>>,
    s_dip: DFF<Bits<32>>,
    s_pmtu_log2: DFF<Bits<4>>,
    s_sq_base: DFF<Bits<64>>,
    s_sq_mask: DFF<Bits<16>>,
    s_pd: DFF<Bits<16>>,
    s_udp_sport: DFF<Bits<16>>,
    s_scq: DFF<Bits<CQN_BITS>>,
    // the WQE (cache row)
    w_opcode: DFF<Bits<8>>,
    w_solicited: DFF<bool>,
    w_signaled: DFF<bool>,
    w_imm: DFF<Bits<32>>,
    w_wr_id: DFF<Bits<64>>,
    w_raddr: DFF<Bits<64>>,
    w_rkey: DFF<Bits<32>>,
    w_len: DFF<Bits<32>>,
    w_liova: DFF<Bits<64>>,
    // outputs
    more: DFF<bool>,
    done_q: DFF<bool>,
    done_more_q: DFF<bool>,
    ovf_q: DFF<bool>,
    inv_q: DFF<bool>,
    f_v: DFF<bool>,
    f_idx_q: DFF<Bits<16>>,
    f_addr_q: DFF<Bits<64>>,
    d_v: DFF<bool>,
    d_opcode_q: DFF<Bits<8>>,
    d_solicited_q: DFF<bool>,
    d_ack_req_q: DFF<bool>,
    d_psn_q: DFF<Bits<24>>,
    d_has_reth_q: DFF<bool>,
    d_has_imm_q: DFF<bool>,
    d_len_q: DFF<Bits<13>>,
    g_v: DFF<bool>,
    g_addr_q: DFF<Bits<64>>,
    fl_v: DFF<bool>,
    fl_first_q: DFF<Bits<24>>,
    fl_last_q: DFF<Bits<24>>,
    fl_len_q: DFF<Bits<32>>,
    fl_status_q: DFF<Bits<8>>,
    idle_q: DFF<bool>,
    // locals
    in_idle: Signal<Local, bool>,
    take_init: Signal<Local, bool>,
    take_rw: Signal<Local, bool>,
    take_grant: Signal<Local, bool>,
    rt: Signal<Local, Bits<RT_BITS>>,
    rt_sq_next: Signal<Local, Bits<16>>,
    rt_halted: Signal<Local, bool>,
    rt_offset: Signal<Local, Bits<32>>,
    rt_flags: Signal<Local, Bits<5>>,
    rt_paused: Signal<Local, bool>,
    pi: Signal<Local, Bits<16>>,
    acked_idx: Signal<Local, Bits<16>>,
    in_flight: Signal<Local, Bits<16>>,
    posted: Signal<Local, Bits<16>>,
    pl2: Signal<Local, Bits<4>>,
    sq_mask: Signal<Local, Bits<16>>,
    hit: Signal<Local, bool>,
    is_write: Signal<Local, bool>,
    has_imm: Signal<Local, bool>,
    pmtu: Signal<Local, Bits<32>>,
    left: Signal<Local, Bits<32>>,
    first: Signal<Local, bool>,
    last: Signal<Local, bool>,
    seg: Signal<Local, Bits<32>>,
    op: Signal<Local, Bits<8>>,
    len_up: Signal<Local, Bits<33>>,
    pkts: Signal<Local, Bits<33>>,
    pkts24: Signal<Local, Bits<24>>,
    next_idx: Signal<Local, Bits<16>>,
    next_slot: Signal<Local, Bits<16>>,
    wqe_slot: Signal<Local, Bits<16>>,
    new_psn: Signal<Local, Bits<24>>,
    new_sq_next: Signal<Local, Bits<16>>,
    new_offset: Signal<Local, Bits<32>>,
    outs_busy: Signal<Local, bool>,
    ev_push: Signal<Local, bool>,
    one_qpn: Signal<Local, Bits<QPS>>,
    one_db: Signal<Local, Bits<QPS>>,
    one_ci: Signal<Local, Bits<QPS>>,
    clr_live: Signal<Local, Bits<QPS>>,
    ev_count: Signal<Local, Bits<5>>,
    ev_room: Signal<Local, bool>,
    ev_in: Signal<Local, Bits<QPN_BITS>>,
    ev_woff: Signal<Local, Bits<7>>,
    ev_roff: Signal<Local, Bits<7>>,
    k_ff: Constant<Bits<128>>,
    k_one: Constant<Bits<QPS>>,
    k_one16: Constant<Bits<16>>,
    k_one32: Constant<Bits<32>>,
}

impl Default for Requester {
    fn default() -> Self {
        Self {
            clock: Default::default(),
            reset: Default::default(),
            grant_valid: Default::default(),
            grant_ready: Default::default(),
            grant_qpn: Default::default(),
            done_valid: Default::default(),
            done_qpn: Default::default(),
            done_more: Default::default(),
            db_valid: Default::default(),
            db_qpn: Default::default(),
            db_value: Default::default(),
            db_overflow: Default::default(),
            ev_valid: Default::default(),
            ev_ready: Default::default(),
            ev_qpn: Default::default(),
            init_valid: Default::default(),
            init_ready: Default::default(),
            init_qpn: Default::default(),
            init_fresh: Default::default(),
            init_state: Default::default(),
            init_take_sq_psn: Default::default(),
            init_sq_psn: Default::default(),
            ci_valid: Default::default(),
            ci_qpn: Default::default(),
            ci_value: Default::default(),
            rw_valid: Default::default(),
            rw_ready: Default::default(),
            rw_qpn: Default::default(),
            rw_idx: Default::default(),
            rw_psn: Default::default(),
            rw_epoch: Default::default(),
            rw_pause: Default::default(),
            qs_rd_qpn: Default::default(),
            qs_state: Default::default(),
            qs_dest_qpn: Default::default(),
            qs_dmac: Default::default(),
            qs_dip: Default::default(),
            qs_pmtu_log2: Default::default(),
            qs_sq_base: Default::default(),
            qs_sq_log2: Default::default(),
            qs_pd: Default::default(),
            qs_udp_sport: Default::default(),
            qs_scq: Default::default(),
            f_valid: Default::default(),
            f_ready: Default::default(),
            f_qpn: Default::default(),
            f_idx: Default::default(),
            f_addr: Default::default(),
            f_pd: Default::default(),
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
            inv_valid: Default::default(),
            inv_qpn: Default::default(),
            d_valid: Default::default(),
            d_ready: Default::default(),
            d_dst_mac: Default::default(),
            d_dst_ip: Default::default(),
            d_udp_sport: Default::default(),
            d_opcode: Default::default(),
            d_solicited: Default::default(),
            d_dest_qpn: Default::default(),
            d_ack_req: Default::default(),
            d_psn: Default::default(),
            d_has_reth: Default::default(),
            d_reth_va: Default::default(),
            d_reth_rkey: Default::default(),
            d_reth_len: Default::default(),
            d_has_aeth: Default::default(),
            d_aeth_syndrome: Default::default(),
            d_aeth_msn: Default::default(),
            d_has_imm: Default::default(),
            d_imm: Default::default(),
            d_payload_len: Default::default(),
            g_valid: Default::default(),
            g_ready: Default::default(),
            g_addr: Default::default(),
            g_len: Default::default(),
            fl_valid: Default::default(),
            fl_ready: Default::default(),
            fl_qpn: Default::default(),
            fl_idx: Default::default(),
            fl_first_psn: Default::default(),
            fl_last_psn: Default::default(),
            fl_wr_id: Default::default(),
            fl_byte_len: Default::default(),
            fl_signaled: Default::default(),
            fl_is_write: Default::default(),
            fl_status: Default::default(),
            fl_scq: Default::default(),
            fl_epoch: Default::default(),
            idle: Default::default(),
            reqtx: Default::default(),
            sqpi: Default::default(),
            acked: Default::default(),
            evq: Default::default(),
            ev_wp: Default::default(),
            ev_rp: Default::default(),
            ev_v: Default::default(),
            ev_q: Default::default(),
            pi_live: Default::default(),
            acked_live: Default::default(),
            phase: Default::default(),
            offer: Default::default(),
            qpn: Default::default(),
            a_fresh: Default::default(),
            a_rts: Default::default(),
            a_take_psn: Default::default(),
            a_psn: Default::default(),
            a_idx: Default::default(),
            a_epoch: Default::default(),
            a_pause: Default::default(),
            r_sq_next: Default::default(),
            r_psn: Default::default(),
            r_offset: Default::default(),
            r_halted: Default::default(),
            r_paused: Default::default(),
            r_epoch: Default::default(),
            r_pi: Default::default(),
            r_pi_live: Default::default(),
            r_acked_live: Default::default(),
            s_dest_qpn: Default::default(),
            s_dmac: Default::default(),
            s_dip: Default::default(),
            s_pmtu_log2: Default::default(),
            s_sq_base: Default::default(),
            s_sq_mask: Default::default(),
            s_pd: Default::default(),
            s_udp_sport: Default::default(),
            s_scq: Default::default(),
            w_opcode: Default::default(),
            w_solicited: Default::default(),
            w_signaled: Default::default(),
            w_imm: Default::default(),
            w_wr_id: Default::default(),
            w_raddr: Default::default(),
            w_rkey: Default::default(),
            w_len: Default::default(),
            w_liova: Default::default(),
            more: Default::default(),
            done_q: Default::default(),
            done_more_q: Default::default(),
            ovf_q: Default::default(),
            inv_q: Default::default(),
            f_v: Default::default(),
            f_idx_q: Default::default(),
            f_addr_q: Default::default(),
            d_v: Default::default(),
            d_opcode_q: Default::default(),
            d_solicited_q: Default::default(),
            d_ack_req_q: Default::default(),
            d_psn_q: Default::default(),
            d_has_reth_q: Default::default(),
            d_has_imm_q: Default::default(),
            d_len_q: Default::default(),
            g_v: Default::default(),
            g_addr_q: Default::default(),
            fl_v: Default::default(),
            fl_first_q: Default::default(),
            fl_last_q: Default::default(),
            fl_len_q: Default::default(),
            fl_status_q: Default::default(),
            idle_q: Default::default(),
            in_idle: Default::default(),
            take_init: Default::default(),
            take_rw: Default::default(),
            take_grant: Default::default(),
            rt: Default::default(),
            rt_sq_next: Default::default(),
            rt_halted: Default::default(),
            rt_offset: Default::default(),
            rt_flags: Default::default(),
            rt_paused: Default::default(),
            pi: Default::default(),
            acked_idx: Default::default(),
            in_flight: Default::default(),
            posted: Default::default(),
            pl2: Default::default(),
            sq_mask: Default::default(),
            hit: Default::default(),
            is_write: Default::default(),
            has_imm: Default::default(),
            pmtu: Default::default(),
            left: Default::default(),
            first: Default::default(),
            last: Default::default(),
            seg: Default::default(),
            op: Default::default(),
            len_up: Default::default(),
            pkts: Default::default(),
            pkts24: Default::default(),
            next_idx: Default::default(),
            next_slot: Default::default(),
            wqe_slot: Default::default(),
            new_psn: Default::default(),
            new_sq_next: Default::default(),
            new_offset: Default::default(),
            outs_busy: Default::default(),
            ev_push: Default::default(),
            one_qpn: Default::default(),
            one_db: Default::default(),
            one_ci: Default::default(),
            clr_live: Default::default(),
            ev_count: Default::default(),
            ev_room: Default::default(),
            ev_in: Default::default(),
            ev_woff: Default::default(),
            ev_roff: Default::default(),
            k_ff: Constant::new(0xFFu64.to_bits()),
            k_one: Constant::new(1u64.to_bits()),
            k_one16: Constant::new(1u64.to_bits()),
            k_one32: Constant::new(1u64.to_bits()),
        }
    }
}

impl Logic for Requester {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, evq, ev_wp, ev_rp, ev_v, ev_q, pi_live, acked_live, phase, offer, qpn, a_fresh, a_rts, a_take_psn, a_psn, a_idx, a_epoch,
            a_pause, r_sq_next, r_psn, r_offset, r_halted, r_paused, r_epoch, r_pi, r_pi_live, r_acked_live, s_dest_qpn, s_dmac,
            s_dip, s_pmtu_log2, s_sq_base, s_sq_mask, s_pd, s_udp_sport, s_scq, w_opcode, w_solicited, w_signaled, w_imm,
            w_wr_id, w_raddr, w_rkey, w_len, w_liova, more, done_q, done_more_q, ovf_q, inv_q, f_v, f_idx_q, f_addr_q, d_v,
            d_opcode_q, d_solicited_q, d_ack_req_q, d_psn_q, d_has_reth_q, d_has_imm_q, d_len_q, g_v, g_addr_q, fl_v,
            fl_first_q, fl_last_q, fl_len_q, fl_status_q, idle_q);
        self.reqtx.read_clock.next = self.clock.val();
        self.reqtx.write_clock.next = self.clock.val();
        self.sqpi.read_clock.next = self.clock.val();
        self.sqpi.write_clock.next = self.clock.val();
        self.acked.read_clock.next = self.clock.val();
        self.acked.write_clock.next = self.clock.val();

        // ---- strobes into the tables: doorbell -> SqPi + event, ci -> AckedIdx ----
        self.one_qpn.next = self.k_one.val() << self.qpn.q.val();
        self.one_db.next = self.k_one.val() << self.db_qpn.val();
        self.one_ci.next = self.k_one.val() << self.ci_qpn.val();
        self.sqpi.write_enable.next = self.db_valid.val();
        self.sqpi.write_address.next = self.db_qpn.val();
        self.sqpi.write_data.next = self.db_value.val();
        self.acked.write_enable.next = self.ci_valid.val();
        self.acked.write_address.next = self.ci_qpn.val();
        self.acked.write_data.next = self.ci_value.val();
        self.clr_live.next = 0.into();
        // The event FIFO: a doorbell's event, or in a cycle without one, the FSM's own.
        self.ev_push.next = false;
        self.ev_count.next = self.ev_wp.q.val() - self.ev_rp.q.val();
        self.ev_room.next = !self.ev_count.val().get_bit(4);
        self.ovf_q.d.next = self.db_valid.val() & !self.ev_room.val();
        self.db_overflow.next = self.ovf_q.q.val();

        // ---- the QP's rows: every table is read at the QP being served ----
        self.reqtx.read_address.next = self.qpn.q.val();
        self.sqpi.read_address.next = self.qpn.q.val();
        self.acked.read_address.next = self.qpn.q.val();
        self.qs_rd_qpn.next = self.qpn.q.val();
        self.rt.next = self.reqtx.read_data.val();
        self.rt_sq_next.next = self.rt.val().get_bits::<16>(0);
        self.rt_halted.next = self.rt.val().get_bit(72);
        self.rt_offset.next = self.rt.val().get_bits::<32>(40);
        self.rt_flags.next = self.rt.val().get_bits::<5>(72);
        self.rt_paused.next = self.rt.val().get_bit(73);
        self.pi.next = self.sqpi.read_data.val();
        if !self.r_pi_live.q.val() {
            self.pi.next = 0.into();
        }
        self.acked_idx.next = self.acked.read_data.val();
        if !self.r_acked_live.q.val() {
            self.acked_idx.next = 0.into();
        }
        self.in_flight.next = self.rt_sq_next.val() - self.acked_idx.val();
        // The legacy engine's PMTU rule: 256..4096 B, anything else 1024.
        self.pl2.next = self.qs_pmtu_log2.val();
        if (self.qs_pmtu_log2.val() < 8) | (self.qs_pmtu_log2.val() > 12) {
            self.pl2.next = 10.into();
        }
        self.sq_mask.next = (self.k_one16.val() << self.qs_sq_log2.val()) - self.k_one16.val();
        self.reqtx.write_enable.next = false;
        self.reqtx.write_address.next = self.qpn.q.val();
        self.reqtx.write_data.next = self.rt.val();

        // ---- the WQE and its next packet (from the latched rows) ----
        self.hit.next = self.c_valid.val() & (self.c_idx.val() == self.r_sq_next.q.val());
        self.is_write.next = (self.w_opcode.q.val() == 2) | (self.w_opcode.q.val() == 3);
        self.has_imm.next = (self.w_opcode.q.val() == 1) | (self.w_opcode.q.val() == 3);
        self.pmtu.next = self.k_one32.val() << self.s_pmtu_log2.q.val();
        self.left.next = self.w_len.q.val() - self.r_offset.q.val();
        self.first.next = !self.r_offset.q.val().any();
        self.last.next = self.left.val() <= self.pmtu.val();
        self.seg.next = self.pmtu.val();
        if self.last.val() {
            self.seg.next = self.left.val();
        }
        self.op.next = 1.into();
        if self.first.val() & self.last.val() {
            self.op.next = 4.into();
        } else if self.first.val() {
            self.op.next = 0.into();
        } else if self.last.val() {
            self.op.next = 2.into();
        }
        if self.last.val() & self.has_imm.val() {
            self.op.next = self.op.val() + 1;
        }
        if self.is_write.val() {
            self.op.next = self.op.val() + 6;
        }
        self.len_up.next = bit_cast::<33, 32>(self.w_len.q.val()) + bit_cast::<33, 32>(self.pmtu.val()) - 1;
        self.pkts.next = self.len_up.val() >> self.s_pmtu_log2.q.val();
        if !self.w_len.q.val().any() {
            self.pkts.next = 1.into();
        }
        self.pkts24.next = self.pkts.val().get_bits::<24>(0);
        self.next_idx.next = self.r_sq_next.q.val() + 1;
        self.next_slot.next = self.next_idx.val() & self.s_sq_mask.q.val();
        self.wqe_slot.next = self.r_sq_next.q.val() & self.s_sq_mask.q.val();
        self.posted.next = self.r_pi.q.val() - self.r_sq_next.q.val();
        self.new_psn.next = self.r_psn.q.val() + 1;
        self.new_sq_next.next = self.r_sq_next.q.val();
        self.new_offset.next = self.r_offset.q.val() + self.seg.val();
        if self.last.val() {
            self.new_sq_next.next = self.next_idx.val();
            self.new_offset.next = 0.into();
        }

        // ---- outputs: each a register held until taken ----
        if self.f_v.q.val() & self.f_ready.val() {
            self.f_v.d.next = false;
        }
        if self.d_v.q.val() & self.d_ready.val() {
            self.d_v.d.next = false;
        }
        if self.g_v.q.val() & self.g_ready.val() {
            self.g_v.d.next = false;
        }
        if self.fl_v.q.val() & self.fl_ready.val() {
            self.fl_v.d.next = false;
        }
        self.outs_busy.next = self.f_v.q.val() | self.d_v.q.val() | self.g_v.q.val() | self.fl_v.q.val();
        self.done_q.d.next = false;
        self.inv_q.d.next = false;

        // ---- the FSM ----
        self.in_idle.next = self.phase.q.val() == ReqPhase::Idle;
        self.init_ready.next = self.in_idle.val() & (self.offer.q.val() == 0);
        self.rw_ready.next = self.in_idle.val() & (self.offer.q.val() == 1);
        self.grant_ready.next = self.in_idle.val() & (self.offer.q.val() == 2);
        self.take_init.next = self.init_valid.val() & self.init_ready.val();
        self.take_rw.next = self.rw_valid.val() & self.rw_ready.val();
        self.take_grant.next = self.grant_valid.val() & self.grant_ready.val();
        match self.phase.q.val() {
            ReqPhase::Idle => {
                if self.take_init.val() {
                    self.qpn.d.next = self.init_qpn.val();
                    self.a_fresh.d.next = self.init_fresh.val();
                    self.a_rts.d.next = self.init_state.val() == 3;
                    self.a_take_psn.d.next = self.init_take_sq_psn.val();
                    self.a_psn.d.next = self.init_sq_psn.val();
                    self.phase.d.next = ReqPhase::IRead;
                } else if self.take_rw.val() {
                    self.qpn.d.next = self.rw_qpn.val();
                    self.a_idx.d.next = self.rw_idx.val();
                    self.a_psn.d.next = self.rw_psn.val();
                    self.a_epoch.d.next = self.rw_epoch.val();
                    self.a_pause.d.next = self.rw_pause.val();
                    self.phase.d.next = ReqPhase::RRead;
                } else if self.take_grant.val() {
                    self.qpn.d.next = self.grant_qpn.val();
                    self.phase.d.next = ReqPhase::GRead;
                } else if self.init_valid.val() {
                    self.offer.d.next = 0.into();
                } else if self.rw_valid.val() {
                    self.offer.d.next = 1.into();
                } else {
                    self.offer.d.next = 2.into();
                }
            }
            ReqPhase::GRead => {
                self.r_pi_live.d.next = self.pi_live.q.val().get_bit(self.qpn.q.val().index());
                self.r_acked_live.d.next = self.acked_live.q.val().get_bit(self.qpn.q.val().index());
                self.phase.d.next = ReqPhase::GDecide;
            }
            ReqPhase::GDecide => {
                self.r_sq_next.d.next = self.rt_sq_next.val();
                self.r_psn.d.next = self.rt.val().get_bits::<24>(16);
                self.r_offset.d.next = self.rt_offset.val();
                self.r_halted.d.next = self.rt_halted.val();
                self.r_paused.d.next = self.rt_paused.val();
                self.r_epoch.d.next = self.rt.val().get_bits::<3>(74);
                self.r_pi.d.next = self.pi.val();
                self.s_dest_qpn.d.next = self.qs_dest_qpn.val();
                self.s_dmac.d.next = self.qs_dmac.val();
                self.s_dip.d.next = self.qs_dip.val();
                self.s_pmtu_log2.d.next = self.pl2.val();
                self.s_sq_base.d.next = self.qs_sq_base.val();
                self.s_sq_mask.d.next = self.sq_mask.val();
                self.s_pd.d.next = self.qs_pd.val();
                self.s_udp_sport.d.next = self.qs_udp_sport.val();
                self.s_scq.d.next = self.qs_scq.val();
                if (self.qs_state.val() != 3)
                    | self.rt_halted.val()
                    | self.rt_paused.val()
                    | (self.rt_sq_next.val() == self.pi.val())
                    | (self.in_flight.val() >= 16)
                {
                    self.more.d.next = false;
                    self.phase.d.next = ReqPhase::GOut;
                } else {
                    self.phase.d.next = ReqPhase::GCache;
                }
            }
            ReqPhase::GCache => {
                self.phase.d.next = ReqPhase::GHit;
            }
            ReqPhase::GHit => {
                self.w_opcode.d.next = self.c_opcode.val();
                self.w_solicited.d.next = self.c_solicited.val();
                self.w_signaled.d.next = self.c_signaled.val();
                self.w_imm.d.next = self.c_imm.val();
                self.w_wr_id.d.next = self.c_wr_id.val();
                self.w_raddr.d.next = self.c_remote_addr.val();
                self.w_rkey.d.next = self.c_rkey.val();
                self.w_len.d.next = self.c_len.val();
                self.w_liova.d.next = self.c_liova.val();
                self.more.d.next = false;
                self.phase.d.next = ReqPhase::GOut;
                if !self.hit.val() {
                    // Miss: ask for it; its fill event grants the QP again.
                    self.f_v.d.next = true;
                    self.f_idx_q.d.next = self.r_sq_next.q.val();
                    self.f_addr_q.d.next = self.s_sq_base.q.val() + (bit_cast::<64, 16>(self.wqe_slot.val()) << 6);
                } else if self.c_status.val().any() {
                    // Failed WQE: its record carries the status; the QP stops here.
                    self.fl_v.d.next = true;
                    self.fl_first_q.d.next = self.r_psn.q.val();
                    self.fl_last_q.d.next = self.r_psn.q.val();
                    self.fl_len_q.d.next = 0.into();
                    self.fl_status_q.d.next = self.c_status.val();
                    self.reqtx.write_enable.next = true;
                    self.reqtx.write_data.next = bit_cast::<RT_BITS, 16>(self.next_idx.val())
                        | (bit_cast::<RT_BITS, 24>(self.r_psn.q.val()) << 16)
                        | (bit_cast::<RT_BITS, 1>(true.into()) << 72)
                        | (bit_cast::<RT_BITS, 1>(self.r_paused.q.val().into()) << 73)
                        | (bit_cast::<RT_BITS, 3>(self.r_epoch.q.val()) << 74);
                } else {
                    self.phase.d.next = ReqPhase::GBuild;
                }
            }
            ReqPhase::GBuild => {
                self.d_v.d.next = true;
                self.d_opcode_q.d.next = self.op.val();
                self.d_solicited_q.d.next = self.last.val() & self.w_solicited.q.val();
                self.d_ack_req_q.d.next = self.last.val();
                self.d_psn_q.d.next = self.r_psn.q.val();
                self.d_has_reth_q.d.next = self.is_write.val() & self.first.val();
                self.d_has_imm_q.d.next = self.has_imm.val() & self.last.val();
                self.d_len_q.d.next = self.seg.val().get_bits::<13>(0);
                self.g_v.d.next = self.seg.val().any();
                self.g_addr_q.d.next = self.w_liova.q.val() + bit_cast::<64, 32>(self.r_offset.q.val());
                if self.first.val() {
                    self.fl_v.d.next = true;
                    self.fl_first_q.d.next = self.r_psn.q.val();
                    self.fl_last_q.d.next = self.r_psn.q.val() + self.pkts24.val() - 1;
                    self.fl_len_q.d.next = self.w_len.q.val();
                    self.fl_status_q.d.next = 0.into();
                    // Prefetch the next WQE if it is posted (SqPi − sq_next ≥ 2).
                    if self.posted.val() > 1 {
                        self.f_v.d.next = true;
                        self.f_idx_q.d.next = self.next_idx.val();
                        self.f_addr_q.d.next = self.s_sq_base.q.val() + (bit_cast::<64, 16>(self.next_slot.val()) << 6);
                    }
                }
                self.reqtx.write_enable.next = true;
                self.reqtx.write_data.next = bit_cast::<RT_BITS, 16>(self.new_sq_next.val())
                    | (bit_cast::<RT_BITS, 24>(self.new_psn.val()) << 16)
                    | (bit_cast::<RT_BITS, 32>(self.new_offset.val()) << 40)
                    | (bit_cast::<RT_BITS, 1>(self.r_halted.q.val().into()) << 72)
                    | (bit_cast::<RT_BITS, 1>(self.r_paused.q.val().into()) << 73)
                    | (bit_cast::<RT_BITS, 3>(self.r_epoch.q.val()) << 74);
                self.more.d.next = true;
                self.phase.d.next = ReqPhase::GOut;
            }
            ReqPhase::GOut => {
                if !self.outs_busy.val() {
                    self.done_q.d.next = true;
                    self.done_more_q.d.next = self.more.q.val();
                    self.phase.d.next = ReqPhase::Idle;
                }
            }
            ReqPhase::IRead => {
                self.phase.d.next = ReqPhase::IWrite;
            }
            ReqPhase::IWrite => {
                self.reqtx.write_enable.next = true;
                if self.a_fresh.q.val() {
                    self.reqtx.write_data.next = bit_cast::<RT_BITS, 24>(self.a_psn.q.val()) << 16;
                    self.clr_live.next = self.one_qpn.val();
                    self.inv_q.d.next = true;
                } else if self.a_take_psn.q.val() {
                    self.reqtx.write_data.next = bit_cast::<RT_BITS, 16>(self.rt_sq_next.val())
                        | (bit_cast::<RT_BITS, 24>(self.a_psn.q.val()) << 16)
                        | (bit_cast::<RT_BITS, 32>(self.rt_offset.val()) << 40)
                        | (bit_cast::<RT_BITS, 5>(self.rt_flags.val()) << 72);
                }
                self.phase.d.next = ReqPhase::Idle;
                if self.a_rts.q.val() {
                    self.phase.d.next = ReqPhase::EvPush;
                }
            }
            ReqPhase::RRead => {
                self.phase.d.next = ReqPhase::RWrite;
            }
            ReqPhase::RWrite => {
                self.reqtx.write_enable.next = true;
                self.reqtx.write_data.next = bit_cast::<RT_BITS, 16>(self.a_idx.q.val())
                    | (bit_cast::<RT_BITS, 24>(self.a_psn.q.val()) << 16)
                    | (bit_cast::<RT_BITS, 1>(self.rt_halted.val().into()) << 72)
                    | (bit_cast::<RT_BITS, 1>(self.a_pause.q.val().into()) << 73)
                    | (bit_cast::<RT_BITS, 3>(self.a_epoch.q.val()) << 74);
                self.phase.d.next = ReqPhase::Idle;
                if !self.a_pause.q.val() {
                    self.phase.d.next = ReqPhase::EvPush;
                }
            }
            ReqPhase::EvPush => {
                if !self.db_valid.val() & self.ev_room.val() {
                    self.ev_push.next = true;
                    self.phase.d.next = ReqPhase::Idle;
                }
            }
        }
        // Event FIFO: push the doorbell's QP (or the FSM's), pop into the output register.
        self.ev_in.next = self.db_qpn.val();
        if self.ev_push.val() {
            self.ev_in.next = self.qpn.q.val();
        }
        self.ev_woff.next = bit_cast::<7, 4>(self.ev_wp.q.val().get_bits::<4>(0)) << 3;
        self.ev_roff.next = bit_cast::<7, 4>(self.ev_rp.q.val().get_bits::<4>(0)) << 3;
        if (self.db_valid.val() | self.ev_push.val()) & self.ev_room.val() {
            self.evq.d.next = (self.evq.q.val() & !(self.k_ff.val() << self.ev_woff.val()))
                | (bit_cast::<128, QPN_BITS>(self.ev_in.val()) << self.ev_woff.val());
            self.ev_wp.d.next = self.ev_wp.q.val() + 1;
        }
        if !self.ev_v.q.val() | self.ev_ready.val() {
            self.ev_v.d.next = self.ev_count.val().any();
            self.ev_q.d.next = self.evq.q.val().get_bits::<QPN_BITS>(self.ev_roff.val().index());
            if self.ev_count.val().any() {
                self.ev_rp.d.next = self.ev_rp.q.val() + 1;
            }
        }
        self.ev_valid.next = self.ev_v.q.val();
        self.ev_qpn.next = self.ev_q.q.val();
        self.pi_live.d.next = (self.pi_live.q.val() & !self.clr_live.val()) | self.one_db.val();
        if !self.db_valid.val() {
            self.pi_live.d.next = self.pi_live.q.val() & !self.clr_live.val();
        }
        self.acked_live.d.next = (self.acked_live.q.val() & !self.clr_live.val()) | self.one_ci.val();
        if !self.ci_valid.val() {
            self.acked_live.d.next = self.acked_live.q.val() & !self.clr_live.val();
        }

        // ---- output ports from the registers ----
        self.done_valid.next = self.done_q.q.val();
        self.done_qpn.next = self.qpn.q.val();
        self.done_more.next = self.done_more_q.q.val();
        self.inv_valid.next = self.inv_q.q.val();
        self.inv_qpn.next = self.qpn.q.val();
        self.c_rd_qpn.next = self.qpn.q.val();
        self.c_rd_slot.next = self.r_sq_next.q.val().get_bit(0);
        self.f_valid.next = self.f_v.q.val();
        self.f_qpn.next = self.qpn.q.val();
        self.f_idx.next = self.f_idx_q.q.val();
        self.f_addr.next = self.f_addr_q.q.val();
        self.f_pd.next = self.s_pd.q.val();
        self.d_valid.next = self.d_v.q.val();
        self.d_dst_mac.next = self.s_dmac.q.val();
        self.d_dst_ip.next = self.s_dip.q.val();
        self.d_udp_sport.next = self.s_udp_sport.q.val();
        self.d_opcode.next = self.d_opcode_q.q.val();
        self.d_solicited.next = self.d_solicited_q.q.val();
        self.d_dest_qpn.next = self.s_dest_qpn.q.val();
        self.d_ack_req.next = self.d_ack_req_q.q.val();
        self.d_psn.next = self.d_psn_q.q.val();
        self.d_has_reth.next = self.d_has_reth_q.q.val();
        self.d_reth_va.next = self.w_raddr.q.val();
        self.d_reth_rkey.next = self.w_rkey.q.val();
        self.d_reth_len.next = self.w_len.q.val();
        self.d_has_aeth.next = false;
        self.d_aeth_syndrome.next = 0.into();
        self.d_aeth_msn.next = 0.into();
        self.d_has_imm.next = self.d_has_imm_q.q.val();
        self.d_imm.next = self.w_imm.q.val();
        self.d_payload_len.next = self.d_len_q.q.val();
        self.g_valid.next = self.g_v.q.val();
        self.g_addr.next = self.g_addr_q.q.val();
        self.g_len.next = bit_cast::<16, 13>(self.d_len_q.q.val());
        self.fl_valid.next = self.fl_v.q.val();
        self.fl_qpn.next = self.qpn.q.val();
        self.fl_idx.next = self.r_sq_next.q.val();
        self.fl_first_psn.next = self.fl_first_q.q.val();
        self.fl_last_psn.next = self.fl_last_q.q.val();
        self.fl_wr_id.next = self.w_wr_id.q.val();
        self.fl_byte_len.next = self.fl_len_q.q.val();
        self.fl_signaled.next = self.w_signaled.q.val();
        self.fl_is_write.next = self.is_write.val();
        self.fl_status.next = self.fl_status_q.q.val();
        self.fl_scq.next = self.s_scq.q.val();
        self.fl_epoch.next = self.r_epoch.q.val();
        self.idle_q.d.next = self.in_idle.val() & !self.outs_busy.val() & !self.ev_count.val().any() & !self.ev_v.q.val() & !self.done_q.q.val();
        self.idle.next = self.idle_q.q.val();

        if self.reset.val() {
            self.ev_wp.d.next = 0.into();
            self.ev_rp.d.next = 0.into();
            self.ev_v.d.next = false;
            self.pi_live.d.next = 0.into();
            self.acked_live.d.next = 0.into();
            self.phase.d.next = ReqPhase::Idle;
            self.offer.d.next = 0.into();
            self.done_q.d.next = false;
            self.ovf_q.d.next = false;
            self.inv_q.d.next = false;
            self.f_v.d.next = false;
            self.d_v.d.next = false;
            self.g_v.d.next = false;
            self.fl_v.d.next = false;
            self.idle_q.d.next = false;
        }
    }
}
