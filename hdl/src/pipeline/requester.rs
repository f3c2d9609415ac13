//! Requester: for each grant of the TxScheduler, the next packet of the QP's current
//! send WQE (its header descriptor, its gather request, the WQE's flight record on its
//! first packet), or the reason there is none.
//!
//! One FSM serves one thing at a time: a grant, a QpInit, or a rewind from the
//! AckHandler (so rewinds land only between grants). A QpInit is held in a register
//! until the FSM is idle (its broadcast must not wait for the FSM), then applied first. A grant takes about seven cycles
//! (read the QP's tables, read the WQE cache, build, hand over); a packet is at least
//! ten cycles on the wire, so this keeps up.
//!
//! Tables (block RAM, each written by one party):
//! - ReqTx, written by this FSM: sq_next (the WQE being sent), psn (the next PSN),
//!   offset (bytes of the current WQE already sent), halted (a WQE failed locally),
//!   paused (RNR back-off), epoch (bumped by the AckHandler's rewinds).
//! - SqPi, written by the SQ_PI doorbell strobe; a fresh QP reads 0 until its first
//!   doorbell (`pi_live`, cleared when the fresh QpInit is taken: a doorbell that reaches
//!   the Requester before the QpInit of the COMMIT it follows is lost).
//! - AckedIdx, written by the AckHandler's `ci` strobe (oldest unacknowledged WQE);
//!   a fresh QP reads 0 until its first `ci` (`acked_live`).
//!
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
    /// Which stream Idle offers: 1 rewind, 2 grant.
    offer: DFF<Bits<2>>,
    /// A QpInit taken and not yet applied.
    i_v: DFF<bool>,
    i_qpn: DFF<Bits<QPN_BITS>>,
    i_fresh: DFF<bool>,
    i_rts: DFF<bool>,
    i_take: DFF<bool>,
    i_psn: DFF<Bits<24>>,
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
    prio: Signal<Local, Bits<2>>,
    to_idle: Signal<Local, bool>,
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
    one_db: Signal<Local, Bits<QPS>>,
    one_ci: Signal<Local, Bits<QPS>>,
    clr_live: Signal<Local, Bits<QPS>>,
    one_init: Signal<Local, Bits<QPS>>,
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
            i_v: Default::default(),
            i_qpn: Default::default(),
            i_fresh: Default::default(),
            i_rts: Default::default(),
            i_take: Default::default(),
            i_psn: Default::default(),
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
            prio: Default::default(),
            to_idle: Default::default(),
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
            one_db: Default::default(),
            one_ci: Default::default(),
            clr_live: Default::default(),
            one_init: Default::default(),
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
        dff_setup!(self, clock, i_v, i_qpn, i_fresh, i_rts, i_take, i_psn, evq, ev_wp, ev_rp, ev_v, ev_q, pi_live, acked_live, phase, offer, qpn, a_fresh, a_rts, a_take_psn, a_psn, a_idx, a_epoch,
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
        // Outputs still held after this cycle's handshakes.
        self.outs_busy.next = (self.f_v.q.val() & !self.f_ready.val())
            | (self.d_v.q.val() & !self.d_ready.val())
            | (self.g_v.q.val() & !self.g_ready.val())
            | (self.fl_v.q.val() & !self.fl_ready.val());
        self.done_q.d.next = false;
        self.inv_q.d.next = false;

        // ---- the FSM ----
        self.in_idle.next = self.phase.q.val() == ReqPhase::Idle;
        // QpInit is a broadcast whose valid the top gates with every sink's ready, so it
        // is taken into a holding register whenever that is free (ready from a flop, never
        // waiting to see valid); the FSM applies it at its next Idle, before anything else.
        self.init_ready.next = !self.i_v.q.val();
        self.take_init.next = self.init_valid.val() & !self.i_v.q.val();
        // A fresh incarnation's SqPi and AckedIdx read 0 from the moment its init is taken,
        // so a doorbell that follows the init (even before the FSM applies it) counts.
        self.one_init.next = self.k_one.val() << self.init_qpn.val();
        if self.take_init.val() & self.init_fresh.val() {
            self.clr_live.next = self.one_init.val();
        }
        if self.take_init.val() {
            self.i_v.d.next = true;
            self.i_qpn.d.next = self.init_qpn.val();
            self.i_fresh.d.next = self.init_fresh.val();
            self.i_rts.d.next = self.init_state.val() == 3;
            self.i_take.d.next = self.init_take_sq_psn.val();
            self.i_psn.d.next = self.init_sq_psn.val();
        }
        self.rw_ready.next = self.in_idle.val() & !self.i_v.q.val() & (self.offer.q.val() == 1);
        self.grant_ready.next = self.in_idle.val() & !self.i_v.q.val() & (self.offer.q.val() == 2);
        self.take_rw.next = self.rw_valid.val() & self.rw_ready.val();
        self.take_grant.next = self.grant_valid.val() & self.grant_ready.val();
        // What Idle offers next: a waiting rewind, else grants; also set on every return
        // to Idle, so a steady stream of grants cannot starve rewinds.
        self.prio.next = 2.into();
        if self.rw_valid.val() {
            self.prio.next = 1.into();
        }
        self.to_idle.next = false;
        match self.phase.q.val() {
            ReqPhase::Idle => {
                if self.i_v.q.val() {
                    self.i_v.d.next = false;
                    self.qpn.d.next = self.i_qpn.q.val();
                    self.a_fresh.d.next = self.i_fresh.q.val();
                    self.a_rts.d.next = self.i_rts.q.val();
                    self.a_take_psn.d.next = self.i_take.q.val();
                    self.a_psn.d.next = self.i_psn.q.val();
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
                } else {
                    self.offer.d.next = self.prio.val();
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
                    self.to_idle.next = true;
                }
            }
            ReqPhase::IRead => {
                self.phase.d.next = ReqPhase::IWrite;
            }
            ReqPhase::IWrite => {
                self.reqtx.write_enable.next = true;
                if self.a_fresh.q.val() {
                    self.reqtx.write_data.next = bit_cast::<RT_BITS, 24>(self.a_psn.q.val()) << 16;
                    self.inv_q.d.next = true;
                } else if self.a_take_psn.q.val() {
                    self.reqtx.write_data.next = bit_cast::<RT_BITS, 16>(self.rt_sq_next.val())
                        | (bit_cast::<RT_BITS, 24>(self.a_psn.q.val()) << 16)
                        | (bit_cast::<RT_BITS, 32>(self.rt_offset.val()) << 40)
                        | (bit_cast::<RT_BITS, 5>(self.rt_flags.val()) << 72);
                }
                self.phase.d.next = ReqPhase::Idle;
                self.to_idle.next = true;
                if self.a_rts.q.val() {
                    self.phase.d.next = ReqPhase::EvPush;
                    self.to_idle.next = false;
                }
            }
            ReqPhase::RRead => {
                self.phase.d.next = ReqPhase::RWrite;
            }
            ReqPhase::RWrite => {
                self.reqtx.write_enable.next = true;
                self.reqtx.write_data.next = bit_cast::<RT_BITS, 16>(self.a_idx.q.val())
                    | (bit_cast::<RT_BITS, 24>(self.a_psn.q.val()) << 16)
                    // A rewind clears `halted`: the AckHandler emptied its ring, the failed
                    // WQE's record with it, so the WQEs before it must be sent again and
                    // the failed one is met (and recorded) again on the way.
                    | (bit_cast::<RT_BITS, 1>(self.a_pause.q.val().into()) << 73)
                    | (bit_cast::<RT_BITS, 3>(self.a_epoch.q.val()) << 74);
                self.phase.d.next = ReqPhase::Idle;
                self.to_idle.next = true;
                if !self.a_pause.q.val() {
                    self.phase.d.next = ReqPhase::EvPush;
                    self.to_idle.next = false;
                }
            }
            ReqPhase::EvPush => {
                if !self.db_valid.val() & self.ev_room.val() {
                    self.ev_push.next = true;
                    self.phase.d.next = ReqPhase::Idle;
                    self.to_idle.next = true;
                }
            }
        }
        // Event FIFO: push the doorbell's QP (or the FSM's), pop into the output register.
        self.ev_in.next = self.db_qpn.val();
        if self.to_idle.val() {
            self.offer.d.next = self.prio.val();
        }
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
        self.idle_q.d.next = self.in_idle.val() & !self.ev_count.val().any() & !self.ev_v.q.val() & !self.done_q.q.val();
        self.idle.next = self.idle_q.q.val();

        if self.reset.val() {
            self.ev_wp.d.next = 0.into();
            self.ev_rp.d.next = 0.into();
            self.ev_v.d.next = false;
            self.pi_live.d.next = 0.into();
            self.acked_live.d.next = 0.into();
            self.phase.d.next = ReqPhase::Idle;
            self.offer.d.next = 2.into();
            self.i_v.d.next = false;
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clocked;
    use crate::testbench::{Clocked, Stalls};
    use std::collections::{HashMap, HashSet, VecDeque};

    clocked!(Requester);

    const RTS: u64 = 3;

    /// What a QP's static row (QpStatic) says.
    #[derive(Clone, Copy, Default)]
    struct Static {
        state: u64,
        dest_qpn: u64,
        dmac: u64,
        dip: u64,
        pmtu_log2: u64,
        sq_base: u64,
        sq_log2: u64,
        pd: u64,
        sport: u64,
        scq: u64,
    }

    /// A cached WQE as WqeFetch presents it.
    #[derive(Clone, Copy, Debug)]
    struct Wqe {
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

    /// WQE `idx` of incarnation `gen` of QP `qpn` (a fixed function of the three).
    fn wqe(qpn: u64, gen: u64, idx: u64, pmtu: u64) -> Wqe {
        let mut r = Stalls::new((qpn << 40) ^ (gen << 20) ^ idx ^ 0x1234_5678, 50);
        let kind = r.next_u64() % 40;
        Wqe {
            // Only QP 4 has failing WQEs (a failure halts the QP for good).
            status: match (qpn, kind) {
                (4, 0) => 4,
                (4, 1) => 21,
                _ => 0,
            },
            opcode: r.next_u64() % 4,
            signaled: r.next_u64() & 1 == 1,
            solicited: r.next_u64() & 1 == 1,
            imm: r.next_u64() & 0xFFFF_FFFF,
            wr_id: r.next_u64(),
            raddr: r.next_u64(),
            rkey: r.next_u64() & 0xFFFF_FFFF,
            len: match kind % 4 {
                0 => 0,
                1 => pmtu * (1 + r.next_u64() % 3),
                _ => r.next_u64() % (3 * pmtu + 7),
            },
            liova: r.next_u64() >> 8,
        }
    }

    fn eff_pmtu_log2(l: u64) -> u64 {
        if (8..=12).contains(&l) { l } else { 10 }
    }

    /// A flight record the AckHandler model holds.
    #[derive(Clone, Copy, Debug)]
    struct Rec {
        idx: u64,
        first_psn: u64,
        last_psn: u64,
    }

    /// The requester's progress as the testbench expects it, per QP.
    #[derive(Clone, Default)]
    struct Qp {
        st: Static,
        gen: u64,
        sq_next: u64,
        psn: u64,
        offset: u64,
        halted: bool,
        paused: bool,
        epoch: u64,
        pi: u64,
        acked: u64,
        records: VecDeque<Rec>,
        /// The PSN after the last packet sent (records up to it may be acknowledged).
        sent_to: u64,
        /// Total WQEs this incarnation may still post (so the run ends).
        budget: u64,
        /// A rewind of this QP is waiting to be taken; a paused one's resume is due then.
        rw_pending: bool,
        resume_at: Option<u64>,
        /// A fresh init taken, not yet applied: its doorbells already count.
        fresh_pending: bool,
    }

    #[derive(Default)]
    struct GrantSeen {
        qpn: u64,
        at: u64,
        d: Option<HashMap<&'static str, u64>>,
        g: Option<(u64, u64)>,
        fl: Option<HashMap<&'static str, u64>>,
        f: Option<(u64, u64, u64)>,
    }

    /// A port's fields by name.
    type Fields = HashMap<&'static str, u64>;

    fn d_fields(u: &Requester) -> Fields {
        HashMap::from([
            ("dst_mac", u.d_dst_mac.val().to_u64()),
            ("dst_ip", u.d_dst_ip.val().to_u64()),
            ("udp_sport", u.d_udp_sport.val().to_u64()),
            ("opcode", u.d_opcode.val().to_u64()),
            ("solicited", u.d_solicited.val() as u64),
            ("dest_qpn", u.d_dest_qpn.val().to_u64()),
            ("ack_req", u.d_ack_req.val() as u64),
            ("psn", u.d_psn.val().to_u64()),
            ("has_reth", u.d_has_reth.val() as u64),
            ("reth_va", u.d_reth_va.val().to_u64()),
            ("reth_rkey", u.d_reth_rkey.val().to_u64()),
            ("reth_len", u.d_reth_len.val().to_u64()),
            ("has_aeth", u.d_has_aeth.val() as u64),
            ("has_imm", u.d_has_imm.val() as u64),
            ("imm", u.d_imm.val().to_u64()),
            ("payload_len", u.d_payload_len.val().to_u64()),
        ])
    }

    fn fl_fields(u: &Requester) -> Fields {
        HashMap::from([
            ("qpn", u.fl_qpn.val().to_u64()),
            ("idx", u.fl_idx.val().to_u64()),
            ("first_psn", u.fl_first_psn.val().to_u64()),
            ("last_psn", u.fl_last_psn.val().to_u64()),
            ("wr_id", u.fl_wr_id.val().to_u64()),
            ("byte_len", u.fl_byte_len.val().to_u64()),
            ("signaled", u.fl_signaled.val() as u64),
            ("is_write", u.fl_is_write.val() as u64),
            ("status", u.fl_status.val().to_u64()),
            ("scq", u.fl_scq.val().to_u64()),
            ("epoch", u.fl_epoch.val().to_u64()),
        ])
    }

    /// The packet the model expects next from QP `m`: descriptor, gather, flight record.
    fn expected_packet(q: u64, m: &Qp, w: &Wqe) -> (Fields, Option<(u64, u64)>, Option<Fields>, bool) {
        let pl2 = eff_pmtu_log2(m.st.pmtu_log2);
        let pmtu = 1u64 << pl2;
        let left = w.len - m.offset;
        let first = m.offset == 0;
        let last = left <= pmtu;
        let seg = if last { left } else { pmtu };
        let is_write = w.opcode & 2 != 0;
        let has_imm = w.opcode & 1 != 0;
        let mut op = match (first, last) {
            (true, true) => 4,
            (true, false) => 0,
            (false, true) => 2,
            (false, false) => 1,
        };
        if last && has_imm {
            op += 1;
        }
        if is_write {
            op += 6;
        }
        let d = HashMap::from([
            ("dst_mac", m.st.dmac),
            ("dst_ip", m.st.dip),
            ("udp_sport", m.st.sport),
            ("opcode", op),
            ("solicited", (last && w.solicited) as u64),
            ("dest_qpn", m.st.dest_qpn),
            ("ack_req", last as u64),
            ("psn", m.psn),
            ("has_reth", (is_write && first) as u64),
            ("reth_va", w.raddr),
            ("reth_rkey", w.rkey),
            ("reth_len", w.len),
            ("has_aeth", 0),
            ("has_imm", (has_imm && last) as u64),
            ("imm", w.imm),
            ("payload_len", seg),
        ]);
        let g = (seg > 0).then_some((w.liova + m.offset, seg));
        let pkts = if w.len == 0 { 1 } else { w.len.div_ceil(pmtu) };
        let fl = first.then(|| {
            HashMap::from([
                ("qpn", q),
                ("idx", m.sq_next),
                ("first_psn", m.psn),
                ("last_psn", (m.psn + pkts - 1) & 0xFF_FFFF),
                ("wr_id", w.wr_id),
                ("byte_len", w.len),
                ("signaled", w.signaled as u64),
                ("is_write", is_write as u64),
                ("status", 0),
                ("scq", m.st.scq),
                ("epoch", m.epoch),
            ])
        });
        (d, g, fl, last)
    }

    struct Counts {
        packets: u64,
        wqes_failed: u64,
        misses: u64,
        rewinds: u64,
        inits: u64,
        /// Inits taken while a grant (of another QP) was in progress.
        inits_held: u64,
        grants: u64,
        cycles: u64,
    }

    /// The Requester between models of everything around it: QpStatic (read port),
    /// WqeFetch (cache with random fill latency, busy drops), the TxScheduler (ring of
    /// QPs with work, fed by the Requester's events, fills and ci moves), the
    /// AckHandler (acknowledges sent WQEs, rewinds with and without pause, resumes),
    /// the doorbell, and QP commands (fresh and MODIFY inits). Every output port is
    /// stalled at random. Each grant's outputs are checked against the model's next
    /// packet; at the end everything posted must have been sent and acknowledged.
    fn run(seed: u64, cycles: u64, pct: u64, recommit: bool) -> Counts {
        let qpns: [u64; 6] = [0, 1, 2, 3, 4, 255];
        let mut uut = Requester::default();
        uut.connect_all();
        uut.reset.next = true;
        uut.half_low();
        uut.half_high();
        uut.reset.next = false;
        let mut rng = Stalls::new(seed, 50);
        let mut go: Vec<Stalls> = (0..10).map(|i| Stalls::new(seed ^ ((i + 1) * 77), pct)).collect();
        let mut qps: HashMap<u64, Qp> = HashMap::new();
        // QP commands waiting to be sent: (qpn, fresh, state, take_psn, psn).
        let mut inits: VecDeque<(u64, bool, u64, bool, u64)> = VecDeque::new();
        for (i, &q) in qpns.iter().enumerate() {
            let state = if i == 2 { 2 } else { RTS };
            let psn = if i == 1 { 0xFF_FFF0 } else { rng.next_u64() & 0xFF_FFFF };
            inits.push_back((q, true, state, true, psn));
            let st = Static {
                state: 0,
                dest_qpn: rng.next_u64() & 0xFF_FFFF,
                dmac: rng.next_u64() & 0xFFFF_FFFF_FFFF,
                dip: rng.next_u64() & 0xFFFF_FFFF,
                pmtu_log2: [8, 9, 10, 12, 7, 13][i],
                sq_base: (rng.next_u64() & 0xFFFF_FFFF_F000) | 0x1_0000_0000,
                sq_log2: 5 + (i as u64 & 1),
                pd: rng.next_u64() & 0xFFFF,
                sport: rng.next_u64() & 0xFFFF,
                scq: rng.next_u64() % 256,
            };
            qps.insert(q, Qp { st, ..Default::default() });
        }
        let mut init_cur: Option<(u64, bool, u64, bool, u64)> = None;
        // WqeFetch model: rows by (qpn, slot) with the incarnation they belong to; fetches in flight.
        let mut cache: HashMap<(u64, u64), (u64, Wqe)> = HashMap::new();
        let mut fetching: HashMap<u64, (u64, u64, u64, bool)> = HashMap::new(); // qpn -> (idx, gen, ready, stale)
        let mut last_cread: Option<(u64, u64)> = None;
        let mut last_qs: Option<u64> = None;
        // TxScheduler model
        let mut ring: VecDeque<u64> = VecDeque::new();
        let mut again: HashSet<u64> = HashSet::new();
        let mut grant_cur: Option<u64> = None;
        let mut serving: Option<GrantSeen> = None;
        // AckHandler model
        let mut rw_cur: Option<(u64, u64, u64, u64, bool)> = None;
        // Strobes that arrived after a grant's rows were read (so the grant may not see them).
        let mut late_db: HashSet<u64> = HashSet::new();
        let mut n = Counts { packets: 0, wqes_failed: 0, misses: 0, rewinds: 0, inits: 0, inits_held: 0, grants: 0, cycles: 0 };
        let mut cycle = 0u64;
        let (mut init_wait, mut rw_wait) = (0u64, 0u64);
        let mut held_init: Option<(u64, bool, u64, bool, u64)> = None;
        let enqueue = |ring: &mut VecDeque<u64>, again: &mut HashSet<u64>, serving: &Option<GrantSeen>, grant_cur: &Option<u64>, q: u64| {
            if serving.as_ref().is_some_and(|s| s.qpn == q) || *grant_cur == Some(q) {
                again.insert(q);
            } else if !ring.contains(&q) {
                ring.push_back(q);
            }
        };
        loop {
            let draining = cycle >= cycles;
            // ---- drive the inputs ----
            if init_cur.is_none() {
                init_cur = inits.pop_front();
                init_wait = 0;
            }
            // Grants never starve a command or a rewind (each waits for one grant at most).
            init_wait += init_cur.is_some() as u64;
            rw_wait += rw_cur.is_some() as u64;
            assert!(init_wait < 150 && rw_wait < 150, "cycle {cycle}: an init or rewind waited {init_wait}/{rw_wait} cycles");
            if let Some((q, fresh, state, take, psn)) = init_cur {
                uut.init_qpn.next = q.to_bits();
                uut.init_fresh.next = fresh;
                uut.init_state.next = state.to_bits();
                uut.init_take_sq_psn.next = take;
                uut.init_sq_psn.next = psn.to_bits();
            }
            // The scheduler offers the next grant at any time (the Requester takes it when free).
            if grant_cur.is_none() {
                grant_cur = ring.pop_front();
            }
            uut.grant_valid.next = grant_cur.is_some() && go[1].go();
            uut.grant_qpn.next = grant_cur.unwrap_or(0).to_bits();
            // A command for a QP is sent while no grant of that QP is in progress or being
            // taken (re-committing a QP mid-packet is the driver's bug, not modelled here);
            // commands for other QPs arrive at any time and are held through the grant.
            let grant_v = grant_cur.is_some() && uut.grant_valid.next;
            uut.init_valid.next = init_cur.is_some_and(|(q, ..)| {
                serving.as_ref().is_none_or(|s| s.qpn != q) && !(grant_v && grant_cur == Some(q))
            }) && go[0].go()
                // as the top drives a broadcast: valid only while every sink is ready
                && uut.init_ready.val();
            // Doorbell: post 1..3 more WQEs on a QP with budget and ring room.
            let mut db = None;
            if !draining && rng.next_u64().is_multiple_of(6) {
                let q = qpns[(rng.next_u64() % 6) as usize];
                let m = qps.get_mut(&q).unwrap();
                let room = (1u64 << m.st.sq_log2) - ((m.pi.wrapping_sub(m.acked)) & 0xFFFF);
                let k = (1 + rng.next_u64() % 3).min(room).min(m.budget);
                if k > 0 && (m.gen > 0 || m.fresh_pending) {
                    m.pi = (m.pi + k) & 0xFFFF;
                    m.budget -= k;
                    db = Some((q, m.pi));
                }
            }
            uut.db_valid.next = db.is_some();
            uut.db_qpn.next = db.map_or(0, |d| d.0).to_bits();
            uut.db_value.next = db.map_or(0, |d| d.1).to_bits();
            // AckHandler: acknowledge the oldest fully sent record of a QP (ci strobe).
            let mut ci = None;
            if rng.next_u64().is_multiple_of(3) || draining {
                let q = qpns[(rng.next_u64() % 6) as usize];
                let m = qps.get_mut(&q).unwrap();
                if !m.rw_pending && m.resume_at.is_none() {
                    if let Some(r) = m.records.front().copied() {
                        let sent = m.sent_to.wrapping_sub(r.last_psn + 1) & 0xFF_FFFF;
                        // Sent when last_psn < sent_to (24-bit modular, within half the space).
                        if sent < 0x80_0000 {
                            m.records.pop_front();
                            m.acked = (r.idx + 1) & 0xFFFF;
                            ci = Some((q, m.acked));
                        }
                    }
                }
            }
            uut.ci_valid.next = ci.is_some();
            uut.ci_qpn.next = ci.map_or(0, |c| c.0).to_bits();
            uut.ci_value.next = ci.map_or(0, |c| c.1).to_bits();
            // AckHandler: a rewind (go back to the oldest record), sometimes paused; resumes.
            if rw_cur.is_none() {
                for &q in &qpns {
                    let m = qps.get_mut(&q).unwrap();
                    if m.resume_at.is_some_and(|t| cycle >= t) {
                        m.resume_at = None;
                        m.rw_pending = true;
                        m.epoch = (m.epoch + 1) & 7;
                        rw_cur = Some((q, m.acked, m.psn, m.epoch, false));
                        break;
                    }
                }
            }
            if rw_cur.is_none() && !draining && rng.next_u64().is_multiple_of(90) {
                let q = qpns[(rng.next_u64() % 6) as usize];
                let m = qps.get_mut(&q).unwrap();
                if let Some(r) = m.records.front().copied() {
                    if !m.rw_pending && m.resume_at.is_none() && inits.iter().all(|i| i.0 != q) && init_cur.is_none_or(|i| i.0 != q) {
                        m.rw_pending = true;
                        rw_cur = Some((q, r.idx, r.first_psn, (m.epoch + 1) & 7, rng.next_u64().is_multiple_of(3)));
                    }
                }
            }
            uut.rw_valid.next = rw_cur.is_some() && go[2].go();
            if let Some((q, idx, psn, epoch, pause)) = rw_cur {
                uut.rw_qpn.next = q.to_bits();
                uut.rw_idx.next = idx.to_bits();
                uut.rw_psn.next = psn.to_bits();
                uut.rw_epoch.next = epoch.to_bits();
                uut.rw_pause.next = pause;
            }
            // A QP command mid-run: re-commit (fresh) or MODIFY the RTR QP to RTS.
            if !draining && inits.is_empty() && init_cur.is_none() && held_init.is_none() && rng.next_u64().is_multiple_of(700) {
                let q = qpns[(rng.next_u64() % 6) as usize];
                let m = &qps[&q];
                if !m.rw_pending && m.resume_at.is_none() && rw_cur.is_none_or(|r| r.0 != q) {
                    if m.st.state != RTS {
                        inits.push_back((q, false, RTS, true, rng.next_u64() & 0xFF_FFFF));
                    } else if recommit {
                        inits.push_back((q, true, RTS, true, rng.next_u64() & 0xFF_FFFF));
                    }
                }
            }
            // QpStatic and WqeFetch read ports: the row addressed last cycle.
            if let Some(q) = last_qs {
                let st = qps.get(&q).map(|m| m.st).unwrap_or_default();
                uut.qs_state.next = st.state.to_bits();
                uut.qs_dest_qpn.next = st.dest_qpn.to_bits();
                uut.qs_dmac.next = st.dmac.to_bits();
                uut.qs_dip.next = st.dip.to_bits();
                uut.qs_pmtu_log2.next = st.pmtu_log2.to_bits();
                uut.qs_sq_base.next = st.sq_base.to_bits();
                uut.qs_sq_log2.next = st.sq_log2.to_bits();
                uut.qs_pd.next = st.pd.to_bits();
                uut.qs_udp_sport.next = st.sport.to_bits();
                uut.qs_scq.next = st.scq.to_bits();
            }
            if let Some((q, s)) = last_cread {
                let row = cache.get(&(q, s));
                uut.c_valid.next = row.is_some();
                if let Some(&(idx, w)) = row {
                    uut.c_idx.next = idx.to_bits();
                    uut.c_status.next = w.status.to_bits();
                    uut.c_opcode.next = w.opcode.to_bits();
                    uut.c_signaled.next = w.signaled;
                    uut.c_solicited.next = w.solicited;
                    uut.c_imm.next = w.imm.to_bits();
                    uut.c_wr_id.next = w.wr_id.to_bits();
                    uut.c_remote_addr.next = w.raddr.to_bits();
                    uut.c_rkey.next = w.rkey.to_bits();
                    uut.c_len.next = w.len.to_bits();
                    uut.c_liova.next = w.liova.to_bits();
                }
            }
            uut.f_ready.next = go[3].go();
            uut.d_ready.next = go[4].go();
            uut.g_ready.next = go[5].go();
            uut.fl_ready.next = go[6].go();
            uut.ev_ready.next = go[7].go();
            uut.half_low();

            // ---- sample and check ----
            assert!(!uut.db_overflow.val(), "cycle {cycle}: doorbell event FIFO overflowed");
            last_qs = Some(uut.qs_rd_qpn.val().to_u64());
            last_cread = Some((uut.c_rd_qpn.val().to_u64(), uut.c_rd_slot.val() as u64));
            if uut.inv_valid.val() {
                let q = uut.inv_qpn.val().to_u64();
                cache.remove(&(q, 0));
                cache.remove(&(q, 1));
                if let Some(f) = fetching.get_mut(&q) {
                    f.3 = true;
                }
            }
            if let Some(s) = serving.as_mut() {
                if let Some((q, _)) = db {
                    if q == s.qpn && cycle > s.at {
                        late_db.insert(q);
                    }
                }
            }
            if let Some((q, _)) = ci {
                // The AckHandler's event when ci moves.
                enqueue(&mut ring, &mut again, &serving, &grant_cur, q);
            }
            if uut.ev_valid.val() && uut.ev_ready.val() {
                let q = uut.ev_qpn.val().to_u64();
                enqueue(&mut ring, &mut again, &serving, &grant_cur, q);
            }
            // WqeFetch model: take fetches; fill after a delay (then its event).
            if uut.f_valid.val() && uut.f_ready.val() {
                let s = serving.as_mut().unwrap_or_else(|| panic!("cycle {cycle}: fetch outside a grant"));
                assert!(s.f.is_none(), "cycle {cycle}: two fetches in one grant");
                s.f = Some((uut.f_qpn.val().to_u64(), uut.f_idx.val().to_u64(), uut.f_addr.val().to_u64()));
                let q = uut.f_qpn.val().to_u64();
                let m = &qps[&q];
                assert_eq!(uut.f_pd.val().to_u64(), m.st.pd, "cycle {cycle}: fetch PD");
                let idx = uut.f_idx.val().to_u64();
                let mask = (1u64 << m.st.sq_log2) - 1;
                assert_eq!(uut.f_addr.val().to_u64(), m.st.sq_base + ((idx & mask) << 6), "cycle {cycle}: WQE address");
                let posted = m.pi.wrapping_sub(idx) & 0xFFFF;
                assert!(posted >= 1 && posted <= 1 << m.st.sq_log2, "cycle {cycle}: fetch of WQE {idx}, not posted (pi {})", m.pi);
                fetching.entry(q).or_insert((idx, m.gen, cycle + 2 + rng.next_u64() % 30, false));
            }
            let due: Vec<u64> = fetching.iter().filter(|(_, f)| cycle >= f.2).map(|(&q, _)| q).collect();
            for q in due {
                let (idx, gen, _, stale) = fetching.remove(&q).unwrap();
                if !stale {
                    let m = &qps[&q];
                    cache.insert((q, idx & 1), (idx, wqe(q, gen, idx, 1 << eff_pmtu_log2(m.st.pmtu_log2))));
                }
                enqueue(&mut ring, &mut again, &serving, &grant_cur, q);
            }
            if uut.d_valid.val() && uut.d_ready.val() {
                let s = serving.as_mut().unwrap_or_else(|| panic!("cycle {cycle}: descriptor outside a grant"));
                assert!(s.d.is_none(), "cycle {cycle}: two descriptors in one grant");
                s.d = Some(d_fields(&uut));
            }
            if uut.g_valid.val() && uut.g_ready.val() {
                let s = serving.as_mut().unwrap_or_else(|| panic!("cycle {cycle}: gather outside a grant"));
                assert!(s.g.is_none(), "cycle {cycle}: two gathers in one grant");
                s.g = Some((uut.g_addr.val().to_u64(), uut.g_len.val().to_u64()));
            }
            if uut.fl_valid.val() && uut.fl_ready.val() {
                let s = serving.as_mut().unwrap_or_else(|| panic!("cycle {cycle}: flight record outside a grant"));
                assert!(s.fl.is_none(), "cycle {cycle}: two flight records in one grant");
                s.fl = Some(fl_fields(&uut));
            }
            if uut.done_valid.val() {
                let s = serving.take().unwrap_or_else(|| panic!("cycle {cycle}: done without a grant"));
                let q = s.qpn;
                assert_eq!(uut.done_qpn.val().to_u64(), q, "cycle {cycle}: done for another QP");
                let more = uut.done_more.val();
                let m = qps.get_mut(&q).unwrap();
                let pmtu = 1u64 << eff_pmtu_log2(m.st.pmtu_log2);
                let eligible = m.st.state == RTS && !m.halted && !m.paused && m.sq_next != m.pi
                    && (m.sq_next.wrapping_sub(m.acked) & 0xFFFF) < 16;
                let w = wqe(q, m.gen, m.sq_next, pmtu);
                if let Some(d) = &s.d {
                    assert!(eligible, "cycle {cycle}: QP {q} sent a packet while not allowed to");
                    assert_eq!(w.status, 0, "cycle {cycle}: QP {q} sent a failed WQE");
                    let (wd, wg, wfl, last) = expected_packet(q, m, &w);
                    for (k, v) in &wd {
                        assert_eq!(d[k], *v, "cycle {cycle}: QP {q} WQE {} offset {}: descriptor {k}", m.sq_next, m.offset);
                    }
                    assert_eq!(s.g, wg, "cycle {cycle}: QP {q}: gather");
                    match (&s.fl, &wfl) {
                        (Some(a), Some(b)) => {
                            for (k, v) in b {
                                assert_eq!(a[k], *v, "cycle {cycle}: QP {q} WQE {}: flight record {k}", m.sq_next);
                            }
                        }
                        (None, None) => {}
                        _ => panic!("cycle {cycle}: QP {q}: flight record {:?}, expected {:?}", s.fl, wfl),
                    }
                    let posted = m.pi.wrapping_sub(m.sq_next) & 0xFFFF;
                    match s.f {
                        Some((_, idx, _)) => {
                            assert!(m.offset == 0 && idx == (m.sq_next + 1) & 0xFFFF, "cycle {cycle}: QP {q}: prefetch of {idx}")
                        }
                        None => assert!(
                            m.offset != 0 || posted < 2 || late_db.contains(&q),
                            "cycle {cycle}: QP {q}: no prefetch of the next posted WQE"
                        ),
                    }
                    assert!(more, "cycle {cycle}: a packet sent with done_more = 0");
                    if m.offset == 0 {
                        m.records.push_back(Rec {
                            idx: m.sq_next,
                            first_psn: m.psn,
                            last_psn: wfl.as_ref().unwrap()["last_psn"],
                        });
                    }
                    m.psn = (m.psn + 1) & 0xFF_FFFF;
                    m.sent_to = m.psn;
                    if last {
                        m.sq_next = (m.sq_next + 1) & 0xFFFF;
                        m.offset = 0;
                    } else {
                        m.offset += d["payload_len"];
                    }
                    n.packets += 1;
                } else {
                    assert!(s.g.is_none(), "cycle {cycle}: gather without a descriptor");
                    assert!(!more, "cycle {cycle}: QP {q}: done_more without a packet");
                    if let Some(fl) = &s.fl {
                        assert!(eligible && w.status != 0, "cycle {cycle}: QP {q}: failure record for WQE {} ({w:?})", m.sq_next);
                        assert!(s.f.is_none());
                        let want = HashMap::from([
                            ("qpn", q),
                            ("idx", m.sq_next),
                            ("first_psn", m.psn),
                            ("last_psn", m.psn),
                            ("wr_id", w.wr_id),
                            ("byte_len", 0),
                            ("signaled", w.signaled as u64),
                            ("is_write", (w.opcode & 2 != 0) as u64),
                            ("status", w.status),
                            ("scq", m.st.scq),
                            ("epoch", m.epoch),
                        ]);
                        for (k, v) in &want {
                            assert_eq!(fl[k], *v, "cycle {cycle}: QP {q}: failure record {k}");
                        }
                        m.records.push_back(Rec { idx: m.sq_next, first_psn: m.psn, last_psn: (m.psn + 0xFF_FFFF) & 0xFF_FFFF });
                        m.sq_next = (m.sq_next + 1) & 0xFFFF;
                        m.halted = true;
                        n.wqes_failed += 1;
                    } else if let Some((_, idx, _)) = s.f {
                        assert!(eligible && idx == m.sq_next, "cycle {cycle}: QP {q}: fetch of {idx} on a miss, sq_next {}", m.sq_next);
                        n.misses += 1;
                    }
                }
                late_db.remove(&q);
                if more || again.remove(&q) {
                    enqueue(&mut ring, &mut again, &None, &grant_cur, q);
                }
            }
            // Commands, grants and rewinds after this cycle's done: they can follow it at once.
            // An init taken during a grant is held and applied after that grant.
            if uut.init_valid.val() && uut.init_ready.val() {
                n.inits_held += serving.is_some() as u64;
                held_init = init_cur.take();
                // A fresh QP's indices restart when its init is taken (its doorbells from then on count).
                let (q, fresh, ..) = held_init.unwrap();
                if fresh {
                    let m = qps.get_mut(&q).unwrap();
                    m.pi = 0;
                    m.acked = 0;
                    m.records.clear();
                    m.budget = 60;
                    m.fresh_pending = true;
                }
            }
            if held_init.is_some() && serving.is_none() {
                let (q, fresh, state, take, psn) = held_init.take().unwrap();
                let m = qps.get_mut(&q).unwrap();
                m.st.state = state;
                if take {
                    m.psn = psn;
                }
                if fresh {
                    m.gen += 1;
                    m.sq_next = 0;
                    m.offset = 0;
                    m.halted = false;
                    m.paused = false;
                    m.epoch = 0;
                    m.records.clear();
                    m.sent_to = m.psn;
                    m.fresh_pending = false;
                }
                n.inits += 1;
            }
            if uut.grant_valid.val() && uut.grant_ready.val() {
                let q = grant_cur.take().unwrap();
                assert!(serving.is_none());
                serving = Some(GrantSeen { qpn: q, at: cycle, ..Default::default() });
                n.grants += 1;
            }
            if uut.rw_valid.val() && uut.rw_ready.val() {
                // (after the done of this cycle, if any: the grant it ends came first)
                assert!(serving.is_none(), "cycle {cycle}: rewind taken during a grant");
                let (q, idx, psn, epoch, pause) = rw_cur.take().unwrap();
                rw_wait = 0;
                let m = qps.get_mut(&q).unwrap();
                m.sq_next = idx;
                m.offset = 0;
                m.psn = psn;
                m.epoch = epoch;
                m.paused = pause;
                m.halted = false;
                m.records.clear();
                m.sent_to = psn;
                m.rw_pending = false;
                if pause {
                    m.resume_at = Some(cycle + 20 + rng.next_u64() % 60);
                }
                n.rewinds += 1;
            }
            uut.half_high();
            cycle += 1;
            let settled = qps.values().all(|m| {
                m.st.state != RTS || m.halted || (m.sq_next == m.pi && m.records.is_empty() && m.resume_at.is_none() && !m.rw_pending)
            });
            if draining && settled && inits.is_empty() && init_cur.is_none() && held_init.is_none() && rw_cur.is_none() && fetching.is_empty()
                && serving.is_none() && grant_cur.is_none() && ring.is_empty() && uut.idle.val()
            {
                break;
            }
            assert!(cycle < cycles + 20_000, "did not drain");
        }
        for (q, m) in &qps {
            if m.st.state == RTS && !m.halted {
                assert_eq!(m.acked, m.pi, "QP {q}: not everything posted was sent and acknowledged");
            }
        }
        n.cycles = cycle;
        n
    }

    #[test]
    fn sends_every_posted_wqe_under_random_stalls() {
        let mut total = Counts { packets: 0, wqes_failed: 0, misses: 0, rewinds: 0, inits: 0, inits_held: 0, grants: 0, cycles: 0 };
        for seed in 1..=3 {
            let n = run(seed, 6_000, 60, seed == 3);
            println!(
                "seed {seed}: {} packets, {} failed WQEs, {} misses, {} rewinds, {} inits ({} held through a grant), {} grants, {} cycles",
                n.packets, n.wqes_failed, n.misses, n.rewinds, n.inits, n.inits_held, n.grants, n.cycles
            );
            total.packets += n.packets;
            total.wqes_failed += n.wqes_failed;
            total.misses += n.misses;
            total.rewinds += n.rewinds;
            total.inits += n.inits;
            total.inits_held += n.inits_held;
        }
        assert!(total.packets > 300 && total.misses > 20 && total.rewinds > 5 && total.inits > 18);
        assert!(total.wqes_failed > 0, "no failed WQE was exercised");
        assert!(total.inits_held > 0, "no init arrived during a grant");
    }

    /// Nothing stalled, one QP always granted again at once, WQEs of 8 packets whose
    /// fetches are answered the next cycle: cycles between packet descriptors.
    #[test]
    fn cycles_per_packet_of_one_busy_qp() {
        let mut uut = Requester::default();
        uut.connect_all();
        uut.reset.next = true;
        uut.half_low();
        uut.half_high();
        uut.reset.next = false;
        let q = 7u64;
        let w = Wqe { status: 0, opcode: 2, signaled: true, solicited: false, imm: 0, wr_id: 1, raddr: 0, rkey: 0, len: 8 * 1024, liova: 0 };
        let mut cache: HashMap<u64, u64> = HashMap::new(); // slot -> idx
        let mut fill: Option<u64> = None;
        let (mut inited, mut serving) = (false, false);
        let mut last_c = 0u64;
        let mut acked = 0u64;
        let mut times = Vec::new();
        for cycle in 0..2_000u64 {
            uut.init_valid.next = !inited;
            uut.init_qpn.next = q.to_bits();
            uut.init_fresh.next = true;
            uut.init_state.next = RTS.to_bits();
            uut.init_take_sq_psn.next = true;
            uut.init_sq_psn.next = 0u64.to_bits();
            uut.db_valid.next = cycle == 3;
            uut.db_qpn.next = q.to_bits();
            uut.db_value.next = 1000u64.to_bits();
            uut.grant_valid.next = inited && !serving;
            uut.grant_qpn.next = q.to_bits();
            uut.qs_state.next = RTS.to_bits();
            uut.qs_pmtu_log2.next = 10u64.to_bits();
            uut.qs_sq_log2.next = 10u64.to_bits();
            let idx = cache.get(&last_c).copied();
            uut.c_valid.next = idx.is_some();
            uut.c_idx.next = idx.unwrap_or(0).to_bits();
            uut.c_opcode.next = w.opcode.to_bits();
            uut.c_len.next = w.len.to_bits();
            uut.c_signaled.next = true;
            for r in [&mut uut.f_ready, &mut uut.d_ready, &mut uut.g_ready, &mut uut.fl_ready, &mut uut.ev_ready] {
                r.next = true;
            }
            // The window never closes: every WQE is acknowledged once it starts.
            uut.ci_valid.next = true;
            uut.ci_qpn.next = q.to_bits();
            uut.ci_value.next = acked.to_bits();
            uut.half_low();
            last_c = uut.c_rd_slot.val() as u64;
            if let Some(i) = fill.take() {
                cache.insert(i & 1, i);
            }
            if uut.init_valid.val() && uut.init_ready.val() {
                inited = true;
            }
            if uut.grant_valid.val() && uut.grant_ready.val() {
                serving = true;
            }
            if uut.f_valid.val() {
                fill = Some(uut.f_idx.val().to_u64());
            }
            if uut.d_valid.val() {
                times.push(cycle);
            }
            if uut.fl_valid.val() {
                acked = uut.fl_idx.val().to_u64();
            }
            if uut.done_valid.val() {
                serving = false;
            }
            uut.half_high();
        }
        assert!(times.len() > 100, "{} packets", times.len());
        let span = times[times.len() - 1] - times[20];
        let per = span as f64 / (times.len() - 21) as f64;
        println!("Requester: {per:.2} cycles per packet (one QP, granted again at once, no stalls)");
        assert!(per <= 10.0, "{per} cycles per packet: slower than a minimum-size packet on the wire");
    }

    /// Doorbells with the event port blocked: 17 events are held (16 + the output
    /// register), the rest pulse `db_overflow`; then the held ones leave in order.
    #[test]
    fn doorbell_events_queue_and_overflow_is_flagged() {
        let mut uut = Requester::default();
        uut.connect_all();
        uut.reset.next = true;
        uut.half_low();
        uut.half_high();
        uut.reset.next = false;
        let mut overflows = 0;
        for i in 0..22u64 {
            uut.db_valid.next = true;
            uut.db_qpn.next = (i * 11 % 256).to_bits();
            uut.db_value.next = i.to_bits();
            uut.ev_ready.next = false;
            uut.half_low();
            overflows += uut.db_overflow.val() as u64;
            uut.half_high();
        }
        uut.db_valid.next = false;
        let mut got = Vec::new();
        for _ in 0..40 {
            uut.ev_ready.next = true;
            uut.half_low();
            overflows += uut.db_overflow.val() as u64;
            if uut.ev_valid.val() {
                got.push(uut.ev_qpn.val().to_u64());
            }
            uut.half_high();
        }
        let want: Vec<u64> = (0..17u64).map(|i| i * 11 % 256).collect();
        assert_eq!(got, want);
        assert_eq!(overflows, 5);
        uut.half_low();
        assert!(uut.idle.val());
    }
}
