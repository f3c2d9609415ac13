//! AckHandler: the requester side of ACKs. It keeps a ring of flight records per QP
//! (one per WQE sent and not yet acknowledged, appended by the Requester), retires
//! them when ACKs cover them (send completions for the signaled ones), goes back to
//! the oldest unacknowledged WQE on a sequence NAK, an RNR NAK (after RNR_DELAY) or an
//! ACK timeout, and fails the QP on a fatal NAK or a WQE the Requester could not send.
//! The rules are the legacy engine's (`engine.rs`, Seq::ReqAck / ReqWqe and its ACK
//! timer), per QP.
//!
//! State, all owned (written) here:
//! - `ring`: 16 records per QP at `{qpn, idx mod 16}` (the Requester's window is 16
//!   WQEs, so the ring never overflows while it keeps to it);
//! - `st` (AckState): `ci` (oldest unacknowledged WQE), `count` (records held),
//!   `head_psn` (first PSN of the WQE at `ci`), `epoch`, and the QP's timer (deadline,
//!   and whether it is the RNR wait rather than the ACK timeout);
//! - `tmr`: a copy of each QP's deadline for the timer scanner, which reads it on its
//!   own port; the FSM writes both copies together;
//! - flop vectors `born` (committed since reset), `live` (takes ACKs and records:
//!   committed, not RESET/ERROR, not failed here) and `armed` (timer running).
//!
//! One FSM serves one job at a time: a QpInit, a flight record, an ACK, or a timer
//! expiry. Each input stream lands in a one-entry buffer first (its `ready` is that
//! buffer's emptiness, a flop), so no ready depends on any valid. A job reads the
//! QP's AckState (Load), then for an ACK or a timer walks the ring from its head, one
//! record per cycle (Head), and writes the state back (Wb), where it also emits the
//! rewind, the event and the CI strobe. Because the FSM does one job at a time and
//! each job ends with its writes, no RAM is read while a write to the same row is
//! pending, except the timer copy, whose reader re-checks what it finds against
//! AckState.
//!
//! No deadlock through the Requester or QpStatic: the Requester takes a rewind only
//! between grants, and a grant waits until its flight record is taken; QpStatic takes
//! an error request only when no QpInit is waiting, and a QpInit waits for the
//! Requester too. So a record job never needs the rewind or error port, and an ACK
//! or timer job starts only when both are free (each job emits at most one of each).
//! A failed WQE whose record lands at the head of an empty ring is therefore
//! completed by a timer job (its timer is armed due now), not by the record job. The
//! CQE and event ports lead to blocks that never wait for this one, so a job may wait
//! for them.
//!
//! Epochs: a rewind empties the ring and bumps the QP's epoch. The Requester sends
//! the records of the WQEs it re-sends with the new epoch once it has taken the
//! rewind; records still on their way from before carry the old one and are dropped.
//! A record is appended only if its epoch is the QP's, the ring has room and its
//! index is the next one (`ci + count`), so a stray record cannot corrupt the ring.
//! A rewind also forgets a failed WQE's record (it is the last: the Requester halts
//! after it), so the Requester must clear its halt when it takes a rewind and find
//! the WQE failed again when it re-sends from `rw_idx`; if it stays halted, the WQEs
//! before the failed one are never re-sent and the QP hangs.
//!
//! Timers: one deadline per QP, compared with a free-running cycle counter in 32-bit
//! modular arithmetic (timeouts are clamped to 2^31 - 1 cycles so the comparison
//! stays exact). The scanner reads one QP's deadline per cycle, round robin; an
//! expired armed one becomes a timer job, which the FSM checks again against
//! AckState (the deadline may have moved meanwhile). A timeout is noticed up to one
//! scan (256 cycles) late.
//!
//! `next_timer` is a lower bound kept without a search over all QPs: a register that
//! counts down each cycle, takes the minimum with every deadline armed, and is
//! replaced at the end of each complete scan by the minimum the scan found (itself
//! counted down while the scan ran, and folded with the deadlines armed meanwhile).
//! Neither can exceed the true time to the earliest deadline; a scan the scanner had
//! to cut short (a timer job waiting) does not refresh it.
//!
//! Timer rules: the ACK timer is armed while the ring holds records (when the first
//! record arrives, `timeout` 0 = never), restarted when an ACK retires records and
//! some remain, stopped when the ring empties. An RNR NAK stops it and arms the RNR
//! wait (`rnr_delay`), after which a resume (rewind with pause = 0) follows.

use super::params::{CQN_BITS, QPN_BITS, QPS};
use openrnic_contract::queues::{cqe_opcode, cqe_status};
use openrnic_contract::regs::qp_state;
use rust_hdl::prelude::*;

// update() writes these contract values as literals (rust-hdl needs literals there).
const _: () = assert!(
    qp_state::RESET == 0
        && qp_state::ERROR == 6
        && cqe_status::REM_INV_REQ_ERR == 9
        && cqe_status::REM_ACCESS_ERR == 10
        && cqe_status::REM_OP_ERR == 11
        && cqe_opcode::SEND == 0
        && cqe_opcode::WRITE == 1
);

/// log2 of the flight records per QP: the Requester's send window is 1 << RING_LOG2.
pub const RING_LOG2: usize = 4;
const RING_ADDR_BITS: usize = QPN_BITS + RING_LOG2;
/// Flight record: last_psn [23:0], wr_id [87:24], byte_len [119:88], signaled [120],
/// is_write [121], status [129:122], scq [137:130]. The literal offsets in update()
/// follow this layout.
pub const REC_BITS: usize = 24 + 64 + 32 + 1 + 1 + 8 + CQN_BITS;
/// AckState: ci [15:0], count [20:16], head_psn [44:21], epoch [47:45], rnr [48],
/// deadline [80:49].
pub const ST_BITS: usize = 16 + 5 + 24 + 3 + 1 + 32;
const _: () = assert!(REC_BITS == 138 && ST_BITS == 81 && RING_LOG2 == 4 && CQN_BITS == 8 && QPN_BITS == 8);

/// Largest timeout the modular deadline comparison handles exactly.
const MAX_DELAY: u64 = 0x7FFF_FFFF;

#[derive(Copy, Clone, PartialEq, Eq, Debug, LogicState)]
pub enum AckPhase {
    /// Picks the next job (a QpInit is done right here).
    Idle,
    /// AckState of the job's QP on the RAM's read port; the ring's head is read.
    Load,
    /// The ring's head record of the job's QP on the RAM's read port.
    Head,
    /// Writes the state back and emits rewind / event / CI.
    Wb,
}

#[derive(LogicBlock)]
pub struct AckHandler {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, bool>,
    /// ACK/NAK for a QP in RTS (from RxDispatch). `a_msn` is not used (the legacy
    /// engine ignores it too: PSNs say which WQEs are covered).
    pub a_valid: Signal<In, bool>,
    pub a_ready: Signal<Out, bool>,
    pub a_qpn: Signal<In, Bits<QPN_BITS>>,
    pub a_syndrome: Signal<In, Bits<8>>,
    pub a_psn: Signal<In, Bits<24>>,
    pub a_msn: Signal<In, Bits<24>>,
    /// Flight records from the Requester (first packet of each WQE, or a failed WQE).
    pub fl_valid: Signal<In, bool>,
    pub fl_ready: Signal<Out, bool>,
    pub fl_qpn: Signal<In, Bits<QPN_BITS>>,
    pub fl_idx: Signal<In, Bits<16>>,
    pub fl_first_psn: Signal<In, Bits<24>>,
    pub fl_last_psn: Signal<In, Bits<24>>,
    pub fl_wr_id: Signal<In, Bits<64>>,
    pub fl_byte_len: Signal<In, Bits<32>>,
    pub fl_signaled: Signal<In, bool>,
    pub fl_is_write: Signal<In, bool>,
    pub fl_status: Signal<In, Bits<8>>,
    pub fl_scq: Signal<In, Bits<CQN_BITS>>,
    pub fl_epoch: Signal<In, Bits<3>>,
    /// QpInit (from QpStatic). The PSN fields are the Requester's and Responder's.
    pub init_valid: Signal<In, bool>,
    pub init_ready: Signal<Out, bool>,
    pub init_qpn: Signal<In, Bits<QPN_BITS>>,
    pub init_fresh: Signal<In, bool>,
    pub init_state: Signal<In, Bits<4>>,
    pub init_take_sq_psn: Signal<In, bool>,
    pub init_sq_psn: Signal<In, Bits<24>>,
    pub init_take_rq_psn: Signal<In, bool>,
    pub init_rq_psn: Signal<In, Bits<24>>,
    /// Strobe to the Requester: the QP's oldest unacknowledged WQE is now `ci_value`.
    pub ci_valid: Signal<Out, bool>,
    pub ci_qpn: Signal<Out, Bits<QPN_BITS>>,
    pub ci_value: Signal<Out, Bits<16>>,
    /// Rewind to the Requester: send again from `rw_idx` at `rw_psn` with `rw_epoch`;
    /// `rw_pause`: wait for the resume (RNR).
    pub rw_valid: Signal<Out, bool>,
    pub rw_ready: Signal<In, bool>,
    pub rw_qpn: Signal<Out, Bits<QPN_BITS>>,
    pub rw_idx: Signal<Out, Bits<16>>,
    pub rw_psn: Signal<Out, Bits<24>>,
    pub rw_epoch: Signal<Out, Bits<3>>,
    pub rw_pause: Signal<Out, bool>,
    /// "The QP may have work": its window opened (ci moved).
    pub ev_valid: Signal<Out, bool>,
    pub ev_ready: Signal<In, bool>,
    pub ev_qpn: Signal<Out, Bits<QPN_BITS>>,
    /// Send completions (CqeReq).
    pub cqe_valid: Signal<Out, bool>,
    pub cqe_ready: Signal<In, bool>,
    pub cqe_cqn: Signal<Out, Bits<CQN_BITS>>,
    pub cqe_wr_id: Signal<Out, Bits<64>>,
    pub cqe_byte_len: Signal<Out, Bits<32>>,
    pub cqe_imm: Signal<Out, Bits<32>>,
    pub cqe_imm_valid: Signal<Out, bool>,
    pub cqe_qpn: Signal<Out, Bits<24>>,
    pub cqe_status: Signal<Out, Bits<8>>,
    pub cqe_opcode: Signal<Out, Bits<8>>,
    /// QP to ERROR (to QpStatic).
    pub err_valid: Signal<Out, bool>,
    pub err_ready: Signal<In, bool>,
    pub err_qpn: Signal<Out, Bits<QPN_BITS>>,
    /// RETRY_TIMEOUT and RNR_DELAY registers, in cycles (timeout 0: no ACK timer).
    pub timeout: Signal<In, Bits<32>>,
    pub rnr_delay: Signal<In, Bits<32>>,
    /// A lower bound of the cycles until the earliest armed timer fires; 0xFFFF_FFFF
    /// when none is armed.
    pub next_timer: Signal<Out, Bits<32>>,
    /// One-cycle counter strobes (CNT_RX_NAKS, CNT_RETRANSMITS, CNT_WQE_ERRORS).
    pub cnt_rx_naks: Signal<Out, bool>,
    pub cnt_retransmits: Signal<Out, bool>,
    pub cnt_wqe_errors: Signal<Out, bool>,
    /// Nothing held and no timer armed (as of the previous cycle).
    pub idle: Signal<Out, bool>,

    ring: RAM<Bits<REC_BITS>, RING_ADDR_BITS>,
    st: RAM<Bits<ST_BITS>, QPN_BITS>,
    tmr: RAM<Bits<32>, QPN_BITS>,
    born: DFF<Bits<QPS>>,
    live: DFF<Bits<QPS>>,
    armed: DFF<Bits<QPS>>,
    now: DFF<Bits<32>>,
    // input buffers
    ia_full: DFF<bool>,
    ia_qpn: DFF<Bits<QPN_BITS>>,
    ia_syndrome: DFF<Bits<8>>,
    ia_psn: DFF<Bits<24>>,
    if_full: DFF<bool>,
    if_qpn: DFF<Bits<QPN_BITS>>,
    if_idx: DFF<Bits<16>>,
    if_first_psn: DFF<Bits<24>>,
    if_rec: DFF<Bits<REC_BITS>>,
    if_status: DFF<Bits<8>>,
    if_epoch: DFF<Bits<3>>,
    ii_full: DFF<bool>,
    ii_qpn: DFF<Bits<QPN_BITS>>,
    ii_fresh: DFF<bool>,
    ii_state: DFF<Bits<4>>,
    // timer scanner
    sc_ptr: DFF<Bits<QPN_BITS>>,
    sc_v: DFF<bool>,
    sc_q: DFF<Bits<QPN_BITS>>,
    tq_full: DFF<bool>,
    tq_qpn: DFF<Bits<QPN_BITS>>,
    /// next_timer's bound, the scan's running minimum, and whether the scan saw every QP.
    nt: DFF<Bits<32>>,
    sc_acc: DFF<Bits<32>>,
    sc_clean: DFF<bool>,
    // the job
    phase: DFF<AckPhase>,
    /// 0: flight record, 1: ACK, 2: timer.
    job: DFF<Bits<2>>,
    j_qpn: DFF<Bits<QPN_BITS>>,
    c_ci: DFF<Bits<16>>,
    c_count: DFF<Bits<5>>,
    c_head: DFF<Bits<24>>,
    c_epoch: DFF<Bits<3>>,
    c_rnr: DFF<bool>,
    c_deadline: DFF<Bits<32>>,
    c_armed: DFF<bool>,
    c_moved: DFF<bool>,
    c_rewind: DFF<bool>,
    c_pause: DFF<bool>,
    c_fatal: DFF<bool>,
    // outputs
    o_cqe_full: DFF<bool>,
    o_cqe_cqn: DFF<Bits<CQN_BITS>>,
    o_cqe_wr_id: DFF<Bits<64>>,
    o_cqe_byte_len: DFF<Bits<32>>,
    o_cqe_qpn: DFF<Bits<QPN_BITS>>,
    o_cqe_status: DFF<Bits<8>>,
    o_cqe_write: DFF<bool>,
    o_err_full: DFF<bool>,
    o_err_qpn: DFF<Bits<QPN_BITS>>,
    o_rw_full: DFF<bool>,
    o_rw_qpn: DFF<Bits<QPN_BITS>>,
    o_rw_idx: DFF<Bits<16>>,
    o_rw_psn: DFF<Bits<24>>,
    o_rw_epoch: DFF<Bits<3>>,
    o_rw_pause: DFF<bool>,
    o_ev_full: DFF<bool>,
    o_ev_qpn: DFF<Bits<QPN_BITS>>,
    o_ci_valid: DFF<bool>,
    o_ci_qpn: DFF<Bits<QPN_BITS>>,
    o_ci_value: DFF<Bits<16>>,
    o_naks: DFF<bool>,
    o_retx: DFF<bool>,
    o_wqe_err: DFF<bool>,
    idle_q: DFF<bool>,
    // locals
    timeout_eff: Signal<Local, Bits<32>>,
    rnr_eff: Signal<Local, Bits<32>>,
    ack_deadline: Signal<Local, Bits<32>>,
    rnr_deadline: Signal<Local, Bits<32>>,
    one_j: Signal<Local, Bits<QPS>>,
    one_i: Signal<Local, Bits<QPS>>,
    set_armed: Signal<Local, Bits<QPS>>,
    clr_armed: Signal<Local, Bits<QPS>>,
    set_live: Signal<Local, Bits<QPS>>,
    clr_live: Signal<Local, Bits<QPS>>,
    set_born: Signal<Local, Bits<QPS>>,
    sel_qpn: Signal<Local, Bits<QPN_BITS>>,
    st_word: Signal<Local, Bits<ST_BITS>>,
    s_ci: Signal<Local, Bits<16>>,
    s_count: Signal<Local, Bits<5>>,
    s_head: Signal<Local, Bits<24>>,
    s_epoch: Signal<Local, Bits<3>>,
    s_rnr: Signal<Local, bool>,
    s_deadline: Signal<Local, Bits<32>>,
    s_rem: Signal<Local, Bits<32>>,
    s_expired: Signal<Local, bool>,
    q_live: Signal<Local, bool>,
    q_armed: Signal<Local, bool>,
    tail_idx: Signal<Local, Bits<16>>,
    fl_ok: Signal<Local, bool>,
    rec: Signal<Local, Bits<REC_BITS>>,
    r_last: Signal<Local, Bits<24>>,
    r_status: Signal<Local, Bits<8>>,
    r_signaled: Signal<Local, bool>,
    psn_diff: Signal<Local, Bits<24>>,
    reaches_last: Signal<Local, bool>,
    past_last: Signal<Local, bool>,
    syn_class: Signal<Local, Bits<3>>,
    is_rnr: Signal<Local, bool>,
    is_seq_nak: Signal<Local, bool>,
    is_fatal: Signal<Local, bool>,
    rewinding: Signal<Local, bool>,
    ack_like: Signal<Local, bool>,
    fatal_status: Signal<Local, Bits<8>>,
    have: Signal<Local, bool>,
    retire_ok: Signal<Local, bool>,
    fail_now: Signal<Local, bool>,
    need_cqe: Signal<Local, bool>,
    can_step: Signal<Local, bool>,
    next_ci: Signal<Local, Bits<16>>,
    next_count: Signal<Local, Bits<5>>,
    head_slot: Signal<Local, Bits<RING_LOG2>>,
    can_wb: Signal<Local, bool>,
    out_free: Signal<Local, bool>,
    sc_rem: Signal<Local, Bits<32>>,
    sc_expired: Signal<Local, bool>,
    sc_hit: Signal<Local, bool>,
    sc_left: Signal<Local, Bits<32>>,
    arm_left: Signal<Local, Bits<32>>,
    arming: Signal<Local, bool>,
    nt_dec: Signal<Local, Bits<32>>,
    acc_dec: Signal<Local, Bits<32>>,
    acc_new: Signal<Local, Bits<32>>,
    acc_fold: Signal<Local, Bits<32>>,
    k_one: Constant<Bits<QPS>>,
    k_max_delay: Constant<Bits<32>>,
}

impl Default for AckHandler {
    fn default() -> Self {
        Self {
            clock: Default::default(),
            reset: Default::default(),
            a_valid: Default::default(),
            a_ready: Default::default(),
            a_qpn: Default::default(),
            a_syndrome: Default::default(),
            a_psn: Default::default(),
            a_msn: Default::default(),
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
            init_valid: Default::default(),
            init_ready: Default::default(),
            init_qpn: Default::default(),
            init_fresh: Default::default(),
            init_state: Default::default(),
            init_take_sq_psn: Default::default(),
            init_sq_psn: Default::default(),
            init_take_rq_psn: Default::default(),
            init_rq_psn: Default::default(),
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
            ev_valid: Default::default(),
            ev_ready: Default::default(),
            ev_qpn: Default::default(),
            cqe_valid: Default::default(),
            cqe_ready: Default::default(),
            cqe_cqn: Default::default(),
            cqe_wr_id: Default::default(),
            cqe_byte_len: Default::default(),
            cqe_imm: Default::default(),
            cqe_imm_valid: Default::default(),
            cqe_qpn: Default::default(),
            cqe_status: Default::default(),
            cqe_opcode: Default::default(),
            err_valid: Default::default(),
            err_ready: Default::default(),
            err_qpn: Default::default(),
            timeout: Default::default(),
            rnr_delay: Default::default(),
            next_timer: Default::default(),
            cnt_rx_naks: Default::default(),
            cnt_retransmits: Default::default(),
            cnt_wqe_errors: Default::default(),
            idle: Default::default(),
            ring: Default::default(),
            st: Default::default(),
            tmr: Default::default(),
            born: Default::default(),
            live: Default::default(),
            armed: Default::default(),
            now: Default::default(),
            ia_full: Default::default(),
            ia_qpn: Default::default(),
            ia_syndrome: Default::default(),
            ia_psn: Default::default(),
            if_full: Default::default(),
            if_qpn: Default::default(),
            if_idx: Default::default(),
            if_first_psn: Default::default(),
            if_rec: Default::default(),
            if_status: Default::default(),
            if_epoch: Default::default(),
            ii_full: Default::default(),
            ii_qpn: Default::default(),
            ii_fresh: Default::default(),
            ii_state: Default::default(),
            sc_ptr: Default::default(),
            sc_v: Default::default(),
            sc_q: Default::default(),
            tq_full: Default::default(),
            tq_qpn: Default::default(),
            nt: Default::default(),
            sc_acc: Default::default(),
            sc_clean: Default::default(),
            phase: Default::default(),
            job: Default::default(),
            j_qpn: Default::default(),
            c_ci: Default::default(),
            c_count: Default::default(),
            c_head: Default::default(),
            c_epoch: Default::default(),
            c_rnr: Default::default(),
            c_deadline: Default::default(),
            c_armed: Default::default(),
            c_moved: Default::default(),
            c_rewind: Default::default(),
            c_pause: Default::default(),
            c_fatal: Default::default(),
            o_cqe_full: Default::default(),
            o_cqe_cqn: Default::default(),
            o_cqe_wr_id: Default::default(),
            o_cqe_byte_len: Default::default(),
            o_cqe_qpn: Default::default(),
            o_cqe_status: Default::default(),
            o_cqe_write: Default::default(),
            o_err_full: Default::default(),
            o_err_qpn: Default::default(),
            o_rw_full: Default::default(),
            o_rw_qpn: Default::default(),
            o_rw_idx: Default::default(),
            o_rw_psn: Default::default(),
            o_rw_epoch: Default::default(),
            o_rw_pause: Default::default(),
            o_ev_full: Default::default(),
            o_ev_qpn: Default::default(),
            o_ci_valid: Default::default(),
            o_ci_qpn: Default::default(),
            o_ci_value: Default::default(),
            o_naks: Default::default(),
            o_retx: Default::default(),
            o_wqe_err: Default::default(),
            idle_q: Default::default(),
            timeout_eff: Default::default(),
            rnr_eff: Default::default(),
            ack_deadline: Default::default(),
            rnr_deadline: Default::default(),
            one_j: Default::default(),
            one_i: Default::default(),
            set_armed: Default::default(),
            clr_armed: Default::default(),
            set_live: Default::default(),
            clr_live: Default::default(),
            set_born: Default::default(),
            sel_qpn: Default::default(),
            st_word: Default::default(),
            s_ci: Default::default(),
            s_count: Default::default(),
            s_head: Default::default(),
            s_epoch: Default::default(),
            s_rnr: Default::default(),
            s_deadline: Default::default(),
            s_rem: Default::default(),
            s_expired: Default::default(),
            q_live: Default::default(),
            q_armed: Default::default(),
            tail_idx: Default::default(),
            fl_ok: Default::default(),
            rec: Default::default(),
            r_last: Default::default(),
            r_status: Default::default(),
            r_signaled: Default::default(),
            psn_diff: Default::default(),
            reaches_last: Default::default(),
            past_last: Default::default(),
            syn_class: Default::default(),
            is_rnr: Default::default(),
            is_seq_nak: Default::default(),
            is_fatal: Default::default(),
            rewinding: Default::default(),
            ack_like: Default::default(),
            fatal_status: Default::default(),
            have: Default::default(),
            retire_ok: Default::default(),
            fail_now: Default::default(),
            need_cqe: Default::default(),
            can_step: Default::default(),
            next_ci: Default::default(),
            next_count: Default::default(),
            head_slot: Default::default(),
            can_wb: Default::default(),
            out_free: Default::default(),
            sc_rem: Default::default(),
            sc_expired: Default::default(),
            sc_hit: Default::default(),
            sc_left: Default::default(),
            arm_left: Default::default(),
            arming: Default::default(),
            nt_dec: Default::default(),
            acc_dec: Default::default(),
            acc_new: Default::default(),
            acc_fold: Default::default(),
            k_one: Constant::new(1u64.to_bits()),
            k_max_delay: Constant::new(MAX_DELAY.to_bits()),
        }
    }
}

impl Logic for AckHandler {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, born, live, armed, now, ia_full, ia_qpn, ia_syndrome, ia_psn, if_full, if_qpn, if_idx, if_first_psn,
            if_rec, if_status, if_epoch, ii_full, ii_qpn, ii_fresh, ii_state, sc_ptr, sc_v, sc_q, tq_full, tq_qpn, nt, sc_acc, sc_clean, phase, job, j_qpn,
            c_ci, c_count, c_head, c_epoch, c_rnr, c_deadline, c_armed, c_moved, c_rewind, c_pause, c_fatal, o_cqe_full, o_cqe_cqn,
            o_cqe_wr_id, o_cqe_byte_len, o_cqe_qpn, o_cqe_status, o_cqe_write, o_err_full, o_err_qpn, o_rw_full, o_rw_qpn, o_rw_idx,
            o_rw_psn, o_rw_epoch, o_rw_pause, o_ev_full, o_ev_qpn, o_ci_valid, o_ci_qpn, o_ci_value, o_naks, o_retx, o_wqe_err,
            idle_q);
        self.ring.read_clock.next = self.clock.val();
        self.ring.write_clock.next = self.clock.val();
        self.st.read_clock.next = self.clock.val();
        self.st.write_clock.next = self.clock.val();
        self.tmr.read_clock.next = self.clock.val();
        self.tmr.write_clock.next = self.clock.val();
        self.now.d.next = self.now.q.val() + 1;

        // ---- timer settings: clamped so a deadline compares exactly (module doc) ----
        self.timeout_eff.next = self.timeout.val();
        if self.timeout.val().get_bit(31) {
            self.timeout_eff.next = self.k_max_delay.val();
        }
        self.rnr_eff.next = self.rnr_delay.val();
        if self.rnr_delay.val().get_bit(31) {
            self.rnr_eff.next = self.k_max_delay.val();
        }
        self.ack_deadline.next = self.now.q.val() + self.timeout_eff.val();
        self.rnr_deadline.next = self.now.q.val() + self.rnr_eff.val();

        // ---- input buffers: ready is the buffer's emptiness ----
        self.a_ready.next = !self.ia_full.q.val();
        self.fl_ready.next = !self.if_full.q.val();
        self.init_ready.next = !self.ii_full.q.val();
        if self.a_valid.val() & !self.ia_full.q.val() {
            self.ia_full.d.next = true;
            self.ia_qpn.d.next = self.a_qpn.val();
            self.ia_syndrome.d.next = self.a_syndrome.val();
            self.ia_psn.d.next = self.a_psn.val();
        }
        if self.fl_valid.val() & !self.if_full.q.val() {
            self.if_full.d.next = true;
            self.if_qpn.d.next = self.fl_qpn.val();
            self.if_idx.d.next = self.fl_idx.val();
            self.if_first_psn.d.next = self.fl_first_psn.val();
            self.if_status.d.next = self.fl_status.val();
            self.if_epoch.d.next = self.fl_epoch.val();
            self.if_rec.d.next = bit_cast::<REC_BITS, 24>(self.fl_last_psn.val())
                | (bit_cast::<REC_BITS, 64>(self.fl_wr_id.val()) << 24)
                | (bit_cast::<REC_BITS, 32>(self.fl_byte_len.val()) << 88)
                | (bit_cast::<REC_BITS, 1>(self.fl_signaled.val().into()) << 120)
                | (bit_cast::<REC_BITS, 1>(self.fl_is_write.val().into()) << 121)
                | (bit_cast::<REC_BITS, 8>(self.fl_status.val()) << 122)
                | (bit_cast::<REC_BITS, CQN_BITS>(self.fl_scq.val()) << 130);
        }
        if self.init_valid.val() & !self.ii_full.q.val() {
            self.ii_full.d.next = true;
            self.ii_qpn.d.next = self.init_qpn.val();
            self.ii_fresh.d.next = self.init_fresh.val();
            self.ii_state.d.next = self.init_state.val();
        }

        // ---- output registers: cleared when taken ----
        if self.cqe_ready.val() {
            self.o_cqe_full.d.next = false;
        }
        if self.err_ready.val() {
            self.o_err_full.d.next = false;
        }
        if self.rw_ready.val() {
            self.o_rw_full.d.next = false;
        }
        if self.ev_ready.val() {
            self.o_ev_full.d.next = false;
        }
        self.o_ci_valid.d.next = false;
        self.o_naks.d.next = false;
        self.o_retx.d.next = false;
        self.o_wqe_err.d.next = false;

        // ---- AckState of the RAM's read port, unpacked (meaningful in Load) ----
        self.st_word.next = self.st.read_data.val();
        self.s_ci.next = self.st_word.val().get_bits::<16>(0);
        self.s_count.next = self.st_word.val().get_bits::<5>(16);
        self.s_head.next = self.st_word.val().get_bits::<24>(21);
        self.s_epoch.next = self.st_word.val().get_bits::<3>(45);
        self.s_rnr.next = self.st_word.val().get_bit(48);
        self.s_deadline.next = self.st_word.val().get_bits::<32>(49);
        // Expired: the deadline is now or past (32-bit modular, delays < 2^31).
        self.s_rem.next = self.s_deadline.val() - self.now.q.val();
        self.s_expired.next = self.s_rem.val().get_bit(31) | !self.s_rem.val().any();
        self.q_live.next = self.live.q.val().get_bit(self.j_qpn.q.val().index());
        self.q_armed.next = self.armed.q.val().get_bit(self.j_qpn.q.val().index());
        self.tail_idx.next = self.s_ci.val() + bit_cast::<16, 5>(self.s_count.val());
        self.fl_ok.next = self.q_live.val()
            & (self.if_epoch.q.val() == self.s_epoch.val())
            & !self.s_count.val().get_bit(4)
            & (self.if_idx.q.val() == self.tail_idx.val());

        // ---- the ring's head record and what the ACK says of it (meaningful in Head) ----
        self.rec.next = self.ring.read_data.val();
        self.r_last.next = self.rec.val().get_bits::<24>(0);
        self.r_status.next = self.rec.val().get_bits::<8>(122);
        self.r_signaled.next = self.rec.val().get_bit(120);
        self.psn_diff.next = self.ia_psn.q.val() - self.r_last.val();
        // 24-bit modular: psn at or after the record's last packet / strictly after it.
        self.reaches_last.next = !self.psn_diff.val().get_bit(23);
        self.past_last.next = self.reaches_last.val() & self.psn_diff.val().any();
        self.syn_class.next = self.ia_syndrome.q.val().get_bits::<3>(5);
        self.is_seq_nak.next = self.ia_syndrome.q.val() == 0x60;
        self.is_rnr.next = self.syn_class.val() == 1;
        self.is_fatal.next = (self.syn_class.val() == 3) & !self.is_seq_nak.val();
        self.rewinding.next = self.is_seq_nak.val() | self.is_rnr.val();
        // Reserved classes act as ACKs, as in the legacy engine.
        self.ack_like.next = !self.rewinding.val() & !self.is_fatal.val();
        self.fatal_status.next = 11.into(); // REM_OP_ERR
        if self.ia_syndrome.q.val() == 0x61 {
            self.fatal_status.next = 9.into(); // REM_INV_REQ_ERR
        }
        if self.ia_syndrome.q.val() == 0x62 {
            self.fatal_status.next = 10.into(); // REM_ACCESS_ERR
        }
        self.have.next = self.c_count.q.val().any();
        self.retire_ok.next = self.have.val()
            & (self.job.q.val() == 1)
            & !self.r_status.val().any()
            & ((self.ack_like.val() & self.reaches_last.val()) | (!self.ack_like.val() & self.past_last.val()));
        self.fail_now.next = self.have.val()
            & (self.r_status.val().any() | ((self.job.q.val() == 1) & self.is_fatal.val() & !self.past_last.val()));
        self.need_cqe.next = (self.retire_ok.val() & self.r_signaled.val()) | self.fail_now.val();
        self.can_step.next = (!self.need_cqe.val() | !self.o_cqe_full.q.val()) & (!self.fail_now.val() | !self.o_err_full.q.val());
        self.next_ci.next = self.c_ci.q.val();
        self.next_count.next = self.c_count.q.val();
        self.can_wb.next = (!self.c_rewind.q.val() | !self.o_rw_full.q.val()) & (!self.c_moved.q.val() | !self.o_ev_full.q.val());

        // ---- RAM ports: defaults ----
        self.sel_qpn.next = self.j_qpn.q.val();
        self.head_slot.next = self.c_ci.q.val().get_bits::<RING_LOG2>(0);
        self.ring.write_enable.next = false;
        self.ring.write_address.next = (bit_cast::<RING_ADDR_BITS, QPN_BITS>(self.j_qpn.q.val()) << 4)
            | bit_cast::<RING_ADDR_BITS, RING_LOG2>(self.tail_idx.val().get_bits::<RING_LOG2>(0));
        self.ring.write_data.next = self.if_rec.q.val();
        self.st.write_enable.next = false;
        self.st.write_address.next = self.j_qpn.q.val();
        self.st.write_data.next = bit_cast::<ST_BITS, 16>(self.c_ci.q.val())
            | (bit_cast::<ST_BITS, 5>(self.c_count.q.val()) << 16)
            | (bit_cast::<ST_BITS, 24>(self.c_head.q.val()) << 21)
            | (bit_cast::<ST_BITS, 3>(self.c_epoch.q.val()) << 45)
            | (bit_cast::<ST_BITS, 1>(self.c_rnr.q.val().into()) << 48)
            | (bit_cast::<ST_BITS, 32>(self.c_deadline.q.val()) << 49);
        self.tmr.write_enable.next = false;
        self.tmr.write_address.next = self.j_qpn.q.val();
        self.tmr.write_data.next = self.c_deadline.q.val();

        self.one_j.next = self.k_one.val() << self.j_qpn.q.val();
        self.one_i.next = self.k_one.val() << self.ii_qpn.q.val();
        self.set_armed.next = 0.into();
        self.clr_armed.next = 0.into();
        self.set_live.next = 0.into();
        self.clr_live.next = 0.into();
        self.set_born.next = 0.into();

        // ---- the FSM ----
        // Jobs that may rewind or fail a QP start only with the rewind and error registers
        // free, so no job waits for them midway (module doc: no deadlock through them).
        self.out_free.next = !self.o_rw_full.q.val() & !self.o_err_full.q.val();
        match self.phase.q.val() {
            AckPhase::Idle => {
                if self.ii_full.q.val() {
                    // QpInit, done at once. COMMIT: a new incarnation, nothing in flight.
                    self.ii_full.d.next = false;
                    self.st.write_address.next = self.ii_qpn.q.val();
                    self.st.write_data.next = 0.into();
                    self.st.write_enable.next = self.ii_fresh.q.val();
                    if self.ii_fresh.q.val() {
                        self.set_born.next = self.one_i.val();
                        self.clr_armed.next = self.one_i.val();
                    }
                    if (self.ii_state.q.val() == 0) | (self.ii_state.q.val() == 6) {
                        // RESET or ERROR: nothing more to acknowledge or time.
                        self.clr_live.next = self.one_i.val();
                        self.clr_armed.next = self.one_i.val();
                    } else if self.ii_fresh.q.val() | self.born.q.val().get_bit(self.ii_qpn.q.val().index()) {
                        self.set_live.next = self.one_i.val();
                    }
                } else if self.tq_full.q.val() & self.out_free.val() {
                    self.tq_full.d.next = false;
                    self.job.d.next = 2.into();
                    self.sel_qpn.next = self.tq_qpn.q.val();
                    self.phase.d.next = AckPhase::Load;
                } else if self.if_full.q.val() {
                    self.job.d.next = 0.into();
                    self.sel_qpn.next = self.if_qpn.q.val();
                    self.phase.d.next = AckPhase::Load;
                } else if self.ia_full.q.val() & self.out_free.val() {
                    self.job.d.next = 1.into();
                    self.sel_qpn.next = self.ia_qpn.q.val();
                    self.phase.d.next = AckPhase::Load;
                }
                self.j_qpn.d.next = self.sel_qpn.val();
            }
            AckPhase::Load => {
                self.c_ci.d.next = self.s_ci.val();
                self.c_count.d.next = self.s_count.val();
                self.c_head.d.next = self.s_head.val();
                self.c_epoch.d.next = self.s_epoch.val();
                self.c_rnr.d.next = self.s_rnr.val();
                self.c_deadline.d.next = self.s_deadline.val();
                self.c_armed.d.next = self.q_armed.val();
                self.c_moved.d.next = false;
                self.c_rewind.d.next = false;
                self.c_pause.d.next = false;
                self.c_fatal.d.next = false;
                self.head_slot.next = self.s_ci.val().get_bits::<RING_LOG2>(0);
                self.phase.d.next = AckPhase::Idle;
                if self.job.q.val() == 0 {
                    // Flight record: append at the tail, or drop it (stale or stray).
                    if self.fl_ok.val() {
                        self.ring.write_enable.next = true;
                        self.c_count.d.next = self.s_count.val() + 1;
                        self.phase.d.next = AckPhase::Wb;
                        if !self.s_count.val().any() {
                            self.c_head.d.next = self.if_first_psn.q.val();
                            if !(self.q_armed.val() & self.s_rnr.val()) {
                                self.c_armed.d.next = self.timeout_eff.val().any();
                                self.c_rnr.d.next = false;
                                self.c_deadline.d.next = self.ack_deadline.val();
                            }
                            if self.if_status.q.val().any() {
                                // A failed WQE at the head: its completion needs the error
                                // port, which a record job must never wait for (module
                                // doc), so a timer job due now completes it.
                                self.c_armed.d.next = true;
                                self.c_rnr.d.next = false;
                                self.c_deadline.d.next = self.now.q.val();
                            }
                        }
                    } else {
                        self.if_full.d.next = false;
                    }
                } else if self.job.q.val() == 1 {
                    if self.q_live.val() & self.s_count.val().any() {
                        self.o_naks.d.next = !self.ack_like.val();
                        self.phase.d.next = AckPhase::Head;
                    } else {
                        self.ia_full.d.next = false;
                    }
                } else if self.q_live.val() & self.q_armed.val() & self.s_expired.val() {
                    // Timer expired (checked again here: the scanner's copy may be stale).
                    self.c_armed.d.next = false;
                    self.c_rnr.d.next = false;
                    self.phase.d.next = AckPhase::Wb;
                    if self.s_rnr.val() {
                        // RNR wait over: resume from where the NAK rewound to.
                        self.c_rewind.d.next = true;
                    } else if self.s_count.val().any() {
                        // ACK timeout, or a failed WQE at the head: Head decides.
                        self.phase.d.next = AckPhase::Head;
                    }
                }
            }
            AckPhase::Head => {
                if (self.retire_ok.val() | self.fail_now.val()) & self.can_step.val() {
                    self.next_ci.next = self.c_ci.q.val() + 1;
                    self.next_count.next = self.c_count.q.val() - 1;
                    self.c_ci.d.next = self.next_ci.val();
                    self.c_count.d.next = self.next_count.val();
                    self.c_head.d.next = self.r_last.val() + 1;
                    self.c_moved.d.next = true;
                    if self.need_cqe.val() {
                        self.o_cqe_full.d.next = true;
                        self.o_cqe_cqn.d.next = self.rec.val().get_bits::<CQN_BITS>(130);
                        self.o_cqe_wr_id.d.next = self.rec.val().get_bits::<64>(24);
                        self.o_cqe_byte_len.d.next = self.rec.val().get_bits::<32>(88);
                        self.o_cqe_qpn.d.next = self.j_qpn.q.val();
                        self.o_cqe_write.d.next = self.rec.val().get_bit(121);
                        self.o_cqe_status.d.next = 0.into();
                        if self.fail_now.val() {
                            self.o_cqe_status.d.next = self.fatal_status.val();
                        }
                        if self.r_status.val().any() {
                            // A WQE the Requester could not send: nothing was transferred.
                            self.o_cqe_status.d.next = self.r_status.val();
                            self.o_cqe_byte_len.d.next = 0.into();
                        }
                    }
                    if self.fail_now.val() {
                        self.o_err_full.d.next = true;
                        self.o_err_qpn.d.next = self.j_qpn.q.val();
                        self.o_wqe_err.d.next = true;
                        self.c_fatal.d.next = true;
                        self.c_armed.d.next = false;
                        self.phase.d.next = AckPhase::Wb;
                    }
                } else if !self.retire_ok.val() & !self.fail_now.val() {
                    // The walk stops: what the ACK leaves to do.
                    self.phase.d.next = AckPhase::Wb;
                    if self.job.q.val() == 2 {
                        // ACK timeout: go back to the oldest unacknowledged WQE.
                        self.c_rewind.d.next = true;
                        self.c_epoch.d.next = self.c_epoch.q.val() + 1;
                        self.c_count.d.next = 0.into();
                        self.o_retx.d.next = true;
                        self.c_armed.d.next = false;
                        self.c_rnr.d.next = false;
                    } else if (self.job.q.val() == 1) & self.rewinding.val() {
                        self.c_rewind.d.next = true;
                        self.c_pause.d.next = self.is_rnr.val();
                        self.c_epoch.d.next = self.c_epoch.q.val() + 1;
                        self.c_count.d.next = 0.into();
                        self.o_retx.d.next = true;
                        self.c_armed.d.next = false;
                        self.c_rnr.d.next = false;
                        if self.is_rnr.val() {
                            self.c_armed.d.next = true;
                            self.c_rnr.d.next = true;
                            self.c_deadline.d.next = self.rnr_deadline.val();
                        }
                    } else if !self.c_count.q.val().any() {
                        self.c_armed.d.next = false;
                    } else if self.c_moved.q.val() {
                        // Progress: the ACK timer starts again.
                        self.c_armed.d.next = self.timeout_eff.val().any();
                        self.c_rnr.d.next = false;
                        self.c_deadline.d.next = self.ack_deadline.val();
                    }
                }
                self.head_slot.next = self.next_ci.val().get_bits::<RING_LOG2>(0);
            }
            AckPhase::Wb => {
                if self.can_wb.val() {
                    self.st.write_enable.next = true;
                    self.tmr.write_enable.next = true;
                    if self.c_armed.q.val() {
                        self.set_armed.next = self.one_j.val();
                    } else {
                        self.clr_armed.next = self.one_j.val();
                    }
                    if self.c_fatal.q.val() {
                        self.clr_live.next = self.one_j.val();
                    }
                    if self.c_rewind.q.val() {
                        self.o_rw_full.d.next = true;
                        self.o_rw_qpn.d.next = self.j_qpn.q.val();
                        self.o_rw_idx.d.next = self.c_ci.q.val();
                        self.o_rw_psn.d.next = self.c_head.q.val();
                        self.o_rw_epoch.d.next = self.c_epoch.q.val();
                        self.o_rw_pause.d.next = self.c_pause.q.val();
                    }
                    if self.c_moved.q.val() {
                        self.o_ev_full.d.next = true;
                        self.o_ev_qpn.d.next = self.j_qpn.q.val();
                        self.o_ci_valid.d.next = true;
                        self.o_ci_qpn.d.next = self.j_qpn.q.val();
                        self.o_ci_value.d.next = self.c_ci.q.val();
                    }
                    if self.job.q.val() == 0 {
                        self.if_full.d.next = false;
                    }
                    if self.job.q.val() == 1 {
                        self.ia_full.d.next = false;
                    }
                    self.phase.d.next = AckPhase::Idle;
                }
            }
        }
        self.st.read_address.next = self.sel_qpn.val();
        self.ring.read_address.next = (bit_cast::<RING_ADDR_BITS, QPN_BITS>(self.j_qpn.q.val()) << 4)
            | bit_cast::<RING_ADDR_BITS, RING_LOG2>(self.head_slot.val());
        self.armed.d.next = (self.armed.q.val() & !self.clr_armed.val()) | self.set_armed.val();
        self.live.d.next = (self.live.q.val() & !self.clr_live.val()) | self.set_live.val();
        self.born.d.next = self.born.q.val() | self.set_born.val();

        // ---- timer scanner: one QP's deadline per cycle, round robin ----
        self.tmr.read_address.next = self.sc_ptr.q.val();
        if !self.tq_full.q.val() {
            self.sc_ptr.d.next = self.sc_ptr.q.val() + 1;
        }
        self.sc_v.d.next = !self.tq_full.q.val();
        self.sc_q.d.next = self.sc_ptr.q.val();
        self.sc_rem.next = self.tmr.read_data.val() - self.now.q.val();
        self.sc_expired.next = self.sc_rem.val().get_bit(31) | !self.sc_rem.val().any();
        self.sc_hit.next = self.sc_v.q.val()
            & !self.tq_full.q.val()
            & self.armed.q.val().get_bit(self.sc_q.q.val().index())
            & self.sc_expired.val();
        if self.sc_hit.val() {
            self.tq_full.d.next = true;
            self.tq_qpn.d.next = self.sc_q.q.val();
        }

        // ---- next_timer's lower bound (module doc) ----
        self.sc_left.next = self.sc_rem.val();
        if self.sc_expired.val() {
            self.sc_left.next = 0.into();
        }
        self.arming.next = (self.phase.q.val() == AckPhase::Wb) & self.can_wb.val() & self.c_armed.q.val();
        self.arm_left.next = self.c_deadline.q.val() - self.now.q.val();
        self.nt_dec.next = self.nt.q.val();
        if self.nt.q.val().any() {
            self.nt_dec.next = self.nt.q.val() - 1;
        }
        self.acc_dec.next = self.sc_acc.q.val();
        if self.sc_acc.q.val().any() {
            self.acc_dec.next = self.sc_acc.q.val() - 1;
        }
        self.acc_fold.next = self.acc_dec.val();
        if self.arming.val() & (self.arm_left.val() < self.acc_dec.val()) {
            self.acc_fold.next = self.arm_left.val();
        }
        self.acc_new.next = self.acc_fold.val();
        if self.sc_v.q.val()
            & !self.tq_full.q.val()
            & self.armed.q.val().get_bit(self.sc_q.q.val().index())
            & (self.sc_left.val() < self.acc_fold.val())
        {
            self.acc_new.next = self.sc_left.val();
        }
        self.sc_acc.d.next = self.acc_new.val();
        self.nt.d.next = self.nt_dec.val();
        if self.arming.val() & (self.arm_left.val() < self.nt_dec.val()) {
            self.nt.d.next = self.arm_left.val();
        }
        if self.sc_v.q.val() & self.tq_full.q.val() {
            // A result dropped: this scan did not see every QP.
            self.sc_clean.d.next = false;
        }
        if self.sc_v.q.val() & (self.sc_q.q.val() == 0xFF) {
            if self.sc_clean.q.val() & !self.tq_full.q.val() {
                self.nt.d.next = self.acc_new.val();
            }
            self.sc_acc.d.next = 0xFFFF_FFFF_u64.into();
            self.sc_clean.d.next = true;
        }
        if !self.armed.q.val().any() {
            self.nt.d.next = 0xFFFF_FFFF_u64.into();
            if self.arming.val() {
                self.nt.d.next = self.arm_left.val();
            }
        }

        // ---- outputs, all from flops ----
        self.cqe_valid.next = self.o_cqe_full.q.val();
        self.cqe_cqn.next = self.o_cqe_cqn.q.val();
        self.cqe_wr_id.next = self.o_cqe_wr_id.q.val();
        self.cqe_byte_len.next = self.o_cqe_byte_len.q.val();
        self.cqe_imm.next = 0.into();
        self.cqe_imm_valid.next = false;
        self.cqe_qpn.next = bit_cast::<24, QPN_BITS>(self.o_cqe_qpn.q.val());
        self.cqe_status.next = self.o_cqe_status.q.val();
        self.cqe_opcode.next = bit_cast::<8, 1>(self.o_cqe_write.q.val().into());
        self.err_valid.next = self.o_err_full.q.val();
        self.err_qpn.next = self.o_err_qpn.q.val();
        self.rw_valid.next = self.o_rw_full.q.val();
        self.rw_qpn.next = self.o_rw_qpn.q.val();
        self.rw_idx.next = self.o_rw_idx.q.val();
        self.rw_psn.next = self.o_rw_psn.q.val();
        self.rw_epoch.next = self.o_rw_epoch.q.val();
        self.rw_pause.next = self.o_rw_pause.q.val();
        self.ev_valid.next = self.o_ev_full.q.val();
        self.ev_qpn.next = self.o_ev_qpn.q.val();
        self.ci_valid.next = self.o_ci_valid.q.val();
        self.ci_qpn.next = self.o_ci_qpn.q.val();
        self.ci_value.next = self.o_ci_value.q.val();
        self.cnt_rx_naks.next = self.o_naks.q.val();
        self.cnt_retransmits.next = self.o_retx.q.val();
        self.cnt_wqe_errors.next = self.o_wqe_err.q.val();
        self.next_timer.next = 0xFFFF_FFFF_u64.into();
        if self.armed.q.val().any() {
            self.next_timer.next = self.nt.q.val();
        }
        self.idle_q.d.next = (self.phase.q.val() == AckPhase::Idle)
            & !self.ia_full.q.val()
            & !self.if_full.q.val()
            & !self.ii_full.q.val()
            & !self.tq_full.q.val()
            & !self.o_cqe_full.q.val()
            & !self.o_err_full.q.val()
            & !self.o_rw_full.q.val()
            & !self.o_ev_full.q.val()
            & !self.armed.q.val().any();
        self.idle.next = self.idle_q.q.val();

        if self.reset.val() {
            self.born.d.next = 0.into();
            self.live.d.next = 0.into();
            self.armed.d.next = 0.into();
            self.ia_full.d.next = false;
            self.if_full.d.next = false;
            self.ii_full.d.next = false;
            self.sc_v.d.next = false;
            self.tq_full.d.next = false;
            self.nt.d.next = 0xFFFF_FFFF_u64.into();
            self.sc_acc.d.next = 0xFFFF_FFFF_u64.into();
            self.sc_clean.d.next = false;
            self.phase.d.next = AckPhase::Idle;
            self.o_cqe_full.d.next = false;
            self.o_err_full.d.next = false;
            self.o_rw_full.d.next = false;
            self.o_ev_full.d.next = false;
            self.o_ci_valid.d.next = false;
            self.o_naks.d.next = false;
            self.o_retx.d.next = false;
            self.o_wqe_err.d.next = false;
            self.idle_q.d.next = false;
            self.st.write_enable.next = false;
            self.ring.write_enable.next = false;
            self.tmr.write_enable.next = false;
        }
    }
}

#[cfg(test)]
mod tests {
    //! The testbench plays the Requester (flight records in order, window of 16, obeys
    //! rewinds and pauses, occasionally a stale or stray record) and the remote
    //! responder (ACKs and NAKs of every kind at PSNs around what is in flight), with
    //! seeded stalls on every stream port. A reference model, written from the rules in
    //! the module doc and the spec, predicts every CQE, rewind, event, CI strobe, error
    //! and counter pulse. The one thing the model takes from the block is the order in
    //! which the block serves the jobs it holds (which of a buffered ACK and record goes
    //! first): it reads `phase`/`job`/`ii_full` to apply each job when the block starts it.
    use super::*;
    use crate::clocked;
    use crate::testbench::{Clocked, Stalls};
    use std::collections::VecDeque;

    clocked!(AckHandler);

    const PSN_MASK: u32 = 0xFF_FFFF;
    const RTS: u64 = 3;

    #[derive(Clone, Copy, Debug, PartialEq)]
    struct Rec {
        qpn: usize,
        idx: u16,
        first: u32,
        last: u32,
        wr_id: u64,
        len: u32,
        signaled: bool,
        write: bool,
        status: u8,
        scq: u8,
        epoch: u8,
    }

    #[derive(Clone, Copy, Debug, PartialEq)]
    struct Ack {
        qpn: usize,
        syndrome: u8,
        psn: u32,
    }

    #[derive(Clone, Copy, Debug, PartialEq)]
    struct Init {
        qpn: usize,
        fresh: bool,
        state: u64,
    }

    #[derive(Clone, Copy, Debug, PartialEq)]
    struct Cqe {
        cqn: u8,
        wr_id: u64,
        byte_len: u32,
        qpn: u32,
        status: u8,
        opcode: u8,
    }

    #[derive(Clone, Copy, Debug, PartialEq)]
    struct Rewind {
        qpn: usize,
        idx: u16,
        psn: u32,
        epoch: u8,
        pause: bool,
    }

    /// The reference: what the ACK side knows of one QP.
    #[derive(Clone, Default, Debug)]
    struct QpModel {
        born: bool,
        live: bool,
        epoch: u8,
        ci: u16,
        head_psn: u32,
        ring: VecDeque<Rec>,
        /// An RNR NAK's pause rewind was emitted; its resume is owed (cycle of the NAK job).
        rnr_since: Option<u64>,
        /// The ACK timer should be running since this job's cycle (ring not empty; set
        /// when the first record lands and when an ACK makes progress).
        ack_since: Option<u64>,
    }

    #[derive(Default)]
    struct Expect {
        cqes: VecDeque<Cqe>,
        rewinds: VecDeque<Rewind>,
        evs: VecDeque<usize>,
        cis: VecDeque<(usize, u16)>,
        errs: VecDeque<usize>,
        naks: u64,
        retx: u64,
        wqe_errs: u64,
        /// Records retired (completed or not), for the figures.
        retired: u64,
    }

    fn psn_ge(a: u32, b: u32) -> bool {
        (a.wrapping_sub(b) & PSN_MASK) < 0x80_0000
    }

    impl QpModel {
        fn init(&mut self, i: &Init) {
            if i.fresh {
                self.born = true;
                self.epoch = 0;
                self.ci = 0;
                self.head_psn = 0;
                self.ring.clear();
                self.rnr_since = None;
                self.ack_since = None;
            }
            if i.state == 0 || i.state == 6 {
                self.live = false;
                self.rnr_since = None;
                self.ack_since = None;
            } else if self.born {
                self.live = true;
            }
        }

        /// Completes the head record; `fatal`: with that status, QP to ERROR.
        fn retire(&mut self, qpn: usize, fatal: Option<u8>, ex: &mut Expect) {
            let r = self.ring.pop_front().unwrap();
            ex.retired += 1;
            self.ci = self.ci.wrapping_add(1);
            self.head_psn = (r.last + 1) & PSN_MASK;
            let cqe = |status: u8, byte_len: u32| Cqe { cqn: r.scq, wr_id: r.wr_id, byte_len, qpn: qpn as u32, status, opcode: r.write as u8 };
            if r.status != 0 {
                ex.cqes.push_back(cqe(r.status, 0));
            } else if let Some(s) = fatal {
                ex.cqes.push_back(cqe(s, r.len));
            } else if r.signaled {
                ex.cqes.push_back(cqe(0, r.len));
            }
            if r.status != 0 || fatal.is_some() {
                ex.errs.push_back(qpn);
                ex.wqe_errs += 1;
                self.live = false;
                self.rnr_since = None;
                self.ack_since = None;
            }
        }

        fn record(&mut self, r: &Rec, now: u64) {
            let ok = self.live && r.epoch == self.epoch && self.ring.len() < 16 && r.idx == self.ci.wrapping_add(self.ring.len() as u16);
            if !ok {
                return;
            }
            if self.ring.is_empty() {
                self.head_psn = r.first;
                self.ack_since = Some(now);
            }
            self.ring.push_back(*r);
        }

        /// A timer job that found its QP's timer expired with records held: a failed WQE
        /// at the head completes, else the ACK timeout goes back to the oldest record. The
        /// moment is the block's; it is checked against the timeout here. (The RNR resume
        /// is checked where the block emits it.)
        fn timer(&mut self, qpn: usize, now: u64, timeout: u64, ex: &mut Expect) -> Option<Rewind> {
            assert!(self.live && !self.ring.is_empty(), "cycle {now}: timer job for QP {qpn} with nothing to time: {self:?}");
            if self.ring.front().is_some_and(|h| h.status != 0) {
                self.retire(qpn, None, ex);
                ex.evs.push_back(qpn);
                ex.cis.push_back((qpn, self.ci));
                return None;
            }
            let t = self.ack_since.expect("an ACK timeout with no ACK timer running");
            assert!(timeout != 0, "cycle {now}: ACK timeout with the timer off");
            assert!(now >= t + timeout, "cycle {now}: ACK timeout of QP {qpn} only {} cycles after its timer (re)started", now - t);
            assert!(now <= t + timeout + 2 * QPS as u64 + 600, "cycle {now}: ACK timeout of QP {qpn} late: {} cycles", now - t);
            self.epoch = (self.epoch + 1) & 7;
            self.ring.clear();
            self.ack_since = None;
            let rw = Rewind { qpn, idx: self.ci, psn: self.head_psn, epoch: self.epoch, pause: false };
            ex.rewinds.push_back(rw);
            ex.retx += 1;
            Some(rw)
        }

        fn ack(&mut self, a: &Ack, now: u64, ex: &mut Expect) {
            if !self.live || self.ring.is_empty() {
                return;
            }
            let class = a.syndrome >> 5;
            let seq = a.syndrome == 0x60;
            let rnr = class == 1;
            let fatal = class == 3 && !seq;
            if rnr || class == 3 {
                ex.naks += 1;
            }
            let mut moved = false;
            let mut failed = false;
            while let Some(h) = self.ring.front().copied() {
                let reaches = psn_ge(a.psn, h.last);
                let past = reaches && a.psn != h.last;
                if h.status != 0 {
                    self.retire(a.qpn, None, ex);
                    failed = true;
                } else if (!(seq || rnr || fatal) && reaches) || ((seq || rnr || fatal) && past) {
                    self.retire(a.qpn, None, ex);
                } else if fatal {
                    let s = match a.syndrome {
                        0x61 => 9,
                        0x62 => 10,
                        _ => 11,
                    };
                    self.retire(a.qpn, Some(s), ex);
                    failed = true;
                } else {
                    break;
                }
                moved = true;
                if failed {
                    break;
                }
            }
            if moved {
                ex.evs.push_back(a.qpn);
                ex.cis.push_back((a.qpn, self.ci));
                self.ack_since = Some(now);
            }
            if self.ring.is_empty() || failed {
                self.ack_since = None;
            }
            if !failed && (seq || rnr) {
                self.epoch = (self.epoch + 1) & 7;
                self.ack_since = None;
                self.ring.clear();
                ex.rewinds.push_back(Rewind { qpn: a.qpn, idx: self.ci, psn: self.head_psn, epoch: self.epoch, pause: rnr });
                ex.retx += 1;
            }
        }
    }

    #[derive(Clone, Copy, Debug)]
    struct Wqe {
        len: u32,
        signaled: bool,
        write: bool,
        /// What WqeFetch found (0, or GENERAL_ERR / LOC_PROT_ERR).
        status: u8,
        wr_id: u64,
    }

    const PMTU: u32 = 1024;

    /// The Requester as the testbench plays it, per QP.
    #[derive(Clone, Default, Debug)]
    struct Sender {
        /// Every WQE posted, by index (the tests stay below 65536 per QP).
        posted: Vec<Wqe>,
        sq_next: u16,
        psn: u32,
        epoch: u8,
        paused: bool,
        halted: bool,
        acked: u16,
        /// First PSN sent since the last rewind.
        sent_from: u32,
    }

    struct Bench {
        uut: AckHandler,
        cycle: u64,
        qps: Vec<QpModel>,
        snd: Vec<Sender>,
        ex: Expect,
        // sources: queued items, and items taken by the block and not yet started
        q_fl: VecDeque<Rec>,
        q_a: VecDeque<Ack>,
        q_init: VecDeque<Init>,
        held_fl: VecDeque<Rec>,
        held_a: VecDeque<Ack>,
        held_init: VecDeque<Init>,
        go_fl: Stalls,
        go_a: Stalls,
        go_init: Stalls,
        go_rw: Stalls,
        go_ev: Stalls,
        go_cqe: Stalls,
        go_err: Stalls,
        rnr_delay: u64,
        timeout: u64,
        /// Counted strobes.
        naks: u64,
        retx: u64,
        wqe_errs: u64,
        /// Timer jobs seen (the model applies none: it checks their outputs).
        timer_rewinds: Vec<(u64, Rewind)>,
        prev_phase: AckPhase,
        resumes: u64,
    }

    impl Bench {
        fn new(seed: u64, pct: u64, timeout: u64, rnr_delay: u64) -> Bench {
            let mut uut = AckHandler::default();
            uut.connect_all();
            uut.timeout.next = timeout.to_bits();
            uut.rnr_delay.next = rnr_delay.to_bits();
            uut.reset.next = true;
            for _ in 0..2 {
                uut.half_low();
                uut.half_high();
            }
            uut.reset.next = false;
            let s = |k: u64| Stalls::new(seed.wrapping_mul(31).wrapping_add(k), pct);
            Bench {
                uut,
                cycle: 0,
                qps: vec![QpModel::default(); QPS],
                snd: vec![Sender::default(); QPS],
                ex: Expect::default(),
                q_fl: VecDeque::new(),
                q_a: VecDeque::new(),
                q_init: VecDeque::new(),
                held_fl: VecDeque::new(),
                held_a: VecDeque::new(),
                held_init: VecDeque::new(),
                go_fl: s(1),
                go_a: s(2),
                go_init: s(3),
                go_rw: s(4),
                go_ev: s(5),
                go_cqe: s(6),
                go_err: s(7),
                rnr_delay,
                timeout,
                naks: 0,
                retx: 0,
                wqe_errs: 0,
                timer_rewinds: Vec::new(),
                prev_phase: AckPhase::Idle,
                resumes: 0,
            }
        }

        fn commit(&mut self, qpn: usize, sq_psn: u32) {
            self.q_init.push_back(Init { qpn, fresh: true, state: RTS });
            self.snd[qpn] = Sender { psn: sq_psn, sent_from: sq_psn, ..Default::default() };
        }

        /// The Requester sends the next posted WQE of `qpn` (its record goes out with the
        /// first packet), if the window, a pause or a failed WQE let it.
        fn send_next(&mut self, qpn: usize) -> bool {
            let s = &mut self.snd[qpn];
            if s.paused || s.halted || s.sq_next.wrapping_sub(s.acked) >= 16 || s.sq_next as usize >= s.posted.len() {
                return false;
            }
            let w = s.posted[s.sq_next as usize];
            let pkts = if w.status != 0 { 0 } else { w.len.div_ceil(PMTU).max(1) };
            let first = s.psn;
            let last = (first + pkts).wrapping_sub(1) & PSN_MASK;
            let r = Rec {
                qpn,
                idx: s.sq_next,
                first,
                last,
                wr_id: w.wr_id,
                len: w.len,
                signaled: w.signaled,
                write: w.write,
                status: w.status,
                scq: (qpn as u8) ^ 0x5A,
                epoch: s.epoch,
            };
            s.sq_next = s.sq_next.wrapping_add(1);
            s.psn = (s.psn + pkts) & PSN_MASK;
            // The Requester halts after a failed WQE (until a rewind).
            s.halted = w.status != 0;
            self.q_fl.push_back(r);
            true
        }

        fn send_wqe(&mut self, qpn: usize, len: u32, signaled: bool, write: bool, status: u8, wr_id: u64) {
            self.snd[qpn].posted.push(Wqe { len, signaled, write, status, wr_id });
            assert!(self.send_next(qpn));
        }

        /// One cycle: drive the sources, take the sinks, check every output.
        fn step(&mut self) {
            let u = &mut self.uut;
            // sources hold valid and payload until taken
            let fl = if self.go_fl.go() { self.q_fl.front().copied() } else { None };
            u.fl_valid.next = fl.is_some();
            if let Some(r) = fl {
                u.fl_qpn.next = (r.qpn as u64).to_bits();
                u.fl_idx.next = (r.idx as u64).to_bits();
                u.fl_first_psn.next = (r.first as u64).to_bits();
                u.fl_last_psn.next = (r.last as u64).to_bits();
                u.fl_wr_id.next = r.wr_id.to_bits();
                u.fl_byte_len.next = (r.len as u64).to_bits();
                u.fl_signaled.next = r.signaled;
                u.fl_is_write.next = r.write;
                u.fl_status.next = (r.status as u64).to_bits();
                u.fl_scq.next = (r.scq as u64).to_bits();
                u.fl_epoch.next = (r.epoch as u64).to_bits();
            }
            let a = if self.go_a.go() { self.q_a.front().copied() } else { None };
            u.a_valid.next = a.is_some();
            if let Some(a) = a {
                u.a_qpn.next = (a.qpn as u64).to_bits();
                u.a_syndrome.next = (a.syndrome as u64).to_bits();
                u.a_psn.next = (a.psn as u64).to_bits();
                u.a_msn.next = 0x123u64.to_bits();
            }
            let i = if self.go_init.go() { self.q_init.front().copied() } else { None };
            u.init_valid.next = i.is_some();
            if let Some(i) = i {
                u.init_qpn.next = (i.qpn as u64).to_bits();
                u.init_fresh.next = i.fresh;
                u.init_state.next = i.state.to_bits();
            }
            u.rw_ready.next = self.go_rw.go();
            u.ev_ready.next = self.go_ev.go();
            u.cqe_ready.next = self.go_cqe.go();
            u.err_ready.next = self.go_err.go();
            u.half_low();
            let c = self.cycle;

            // Jobs the block starts this cycle (in its order), applied to the model.
            if u.phase.q.val() == AckPhase::Idle && u.ii_full.q.val() {
                let i = self.held_init.pop_front().expect("an init job with no init taken");
                self.qps[i.qpn].init(&i);
            }
            if u.phase.q.val() == AckPhase::Load {
                match u.job.q.val().index() {
                    0 => {
                        let r = self.held_fl.pop_front().expect("a record job with no record taken");
                        self.qps[r.qpn].record(&r, c);
                    }
                    1 => {
                        let a = self.held_a.pop_front().expect("an ACK job with no ACK taken");
                        self.qps[a.qpn].ack(&a, c, &mut self.ex);
                    }
                    _ => {}
                }
            }
            // A timer job goes on to the ring (Head) only when the block found the timer
            // expired with records held.
            if u.phase.q.val() == AckPhase::Head && self.prev_phase == AckPhase::Load && u.job.q.val().index() == 2 {
                let q = u.j_qpn.q.val().index();
                if let Some(rw) = self.qps[q].timer(q, c, self.timeout, &mut self.ex) {
                    self.timer_rewinds.push((c, rw));
                }
            }
            self.prev_phase = u.phase.q.val();

            // handshakes
            if u.fl_valid.val() && u.fl_ready.val() {
                self.held_fl.push_back(self.q_fl.pop_front().unwrap());
            }
            if u.a_valid.val() && u.a_ready.val() {
                self.held_a.push_back(self.q_a.pop_front().unwrap());
            }
            if u.init_valid.val() && u.init_ready.val() {
                self.held_init.push_back(self.q_init.pop_front().unwrap());
            }
            if u.cqe_valid.val() && u.cqe_ready.val() {
                let got = Cqe {
                    cqn: u.cqe_cqn.val().index() as u8,
                    wr_id: u.cqe_wr_id.val().to_u64(),
                    byte_len: u.cqe_byte_len.val().to_u64() as u32,
                    qpn: u.cqe_qpn.val().to_u64() as u32,
                    status: u.cqe_status.val().index() as u8,
                    opcode: u.cqe_opcode.val().index() as u8,
                };
                assert!(!u.cqe_imm_valid.val() && u.cqe_imm.val().to_u64() == 0, "cycle {c}: a send CQE carries no immediate");
                let want = self.ex.cqes.pop_front();
                assert_eq!(Some(got), want, "cycle {c}: CQE");
            }
            if u.err_valid.val() && u.err_ready.val() {
                let want = self.ex.errs.pop_front();
                assert_eq!(Some(u.err_qpn.val().index()), want, "cycle {c}: QP to ERROR");
            }
            if u.ev_valid.val() && u.ev_ready.val() {
                let want = self.ex.evs.pop_front();
                assert_eq!(Some(u.ev_qpn.val().index()), want, "cycle {c}: event");
            }
            if u.ci_valid.val() {
                let got = (u.ci_qpn.val().index(), u.ci_value.val().index() as u16);
                assert_eq!(Some(got), self.ex.cis.pop_front(), "cycle {c}: CI strobe");
                self.snd[got.0].acked = got.1;
            }
            if u.rw_valid.val() && u.rw_ready.val() {
                let got = Rewind {
                    qpn: u.rw_qpn.val().index(),
                    idx: u.rw_idx.val().index() as u16,
                    psn: u.rw_psn.val().index() as u32,
                    epoch: u.rw_epoch.val().index() as u8,
                    pause: u.rw_pause.val(),
                };
                let m = &mut self.qps[got.qpn];
                if self.ex.rewinds.front() == Some(&got) {
                    self.ex.rewinds.pop_front();
                    if got.pause {
                        m.rnr_since = Some(c);
                    }
                } else if let (Some(t), false) = (m.rnr_since, got.pause) {
                    // The resume after an RNR wait: same place, not before RNR_DELAY.
                    assert_eq!((got.idx, got.psn, got.epoch), (m.ci, m.head_psn, m.epoch), "cycle {c}: resume of QP {}", got.qpn);
                    assert!(c >= t + self.rnr_delay, "cycle {c}: resume of QP {} {} cycles after its pause", got.qpn, c - t);
                    assert!(c <= t + self.rnr_delay + 2 * QPS as u64 + 64, "cycle {c}: resume of QP {} late: {} cycles after its pause", got.qpn, c - t);
                    m.rnr_since = None;
                    self.resumes += 1;
                } else {
                    panic!("cycle {c}: unexpected rewind {got:?} (expected {:?})", self.ex.rewinds.front());
                }
                let s = &mut self.snd[got.qpn];
                s.sq_next = got.idx;
                s.psn = got.psn;
                s.epoch = got.epoch;
                s.paused = got.pause;
                s.halted = false;
                s.sent_from = got.psn;
            }
            self.naks += u.cnt_rx_naks.val() as u64;
            self.retx += u.cnt_retransmits.val() as u64;
            self.wqe_errs += u.cnt_wqe_errors.val() as u64;
            u.half_high();
            self.cycle += 1;
        }

        fn run_until_quiet(&mut self, limit: u64) {
            let end = self.cycle + limit;
            let mut quiet_for = 0;
            loop {
                self.step();
                // `idle` is a cycle late: quiet only after a few idle cycles with nothing held.
                let quiet = self.q_fl.is_empty()
                    && self.q_a.is_empty()
                    && self.q_init.is_empty()
                    && self.held_fl.is_empty()
                    && self.held_a.is_empty()
                    && self.held_init.is_empty()
                    && self.uut.idle.val()
                    && self.ex.cqes.is_empty()
                    && self.ex.rewinds.is_empty()
                    && self.ex.evs.is_empty()
                    && self.ex.errs.is_empty();
                quiet_for = if quiet { quiet_for + 1 } else { 0 };
                if quiet_for == 3 {
                    break;
                }
                assert!(self.cycle < end, "not quiet after {limit} cycles");
            }
        }

        fn check_counters(&self) {
            assert_eq!(self.naks, self.ex.naks, "cnt_rx_naks");
            assert_eq!(self.retx, self.ex.retx, "cnt_retransmits");
            assert_eq!(self.wqe_errs, self.ex.wqe_errs, "cnt_wqe_errors");
            assert!(self.ex.cis.is_empty(), "CI strobes owed: {:?}", self.ex.cis);
        }
    }

    #[test]
    fn an_ack_retires_what_it_covers_with_cqes_for_the_signaled() {
        let mut b = Bench::new(1, 100, 0, 100);
        b.commit(5, 1000);
        b.run_until_quiet(50);
        // 3 WQEs: 1, 3 and 1 packets (PMTU 1024), PSNs 1000, 1001-1003, 1004.
        b.send_wqe(5, 10, true, false, 0, 0xA);
        b.send_wqe(5, 3000, false, true, 0, 0xB);
        b.send_wqe(5, 0, true, true, 0, 0xC);
        b.run_until_quiet(100);
        b.q_a.push_back(Ack { qpn: 5, syndrome: 0x1F, psn: 1002 }); // covers the first only
        b.run_until_quiet(100);
        assert_eq!(b.qps[5].ci, 1);
        b.q_a.push_back(Ack { qpn: 5, syndrome: 0x00, psn: 1004 });
        b.run_until_quiet(100);
        assert_eq!(b.qps[5].ci, 3);
        assert_eq!(b.snd[5].acked, 3);
        b.check_counters();
        assert_eq!(b.uut.next_timer.val().to_u64(), 0xFFFF_FFFF);
    }

    /// Rewinds the testbench's Requester takes from now on must come from the model.
    fn ack(b: &mut Bench, qpn: usize, syndrome: u8, psn: u32) {
        b.q_a.push_back(Ack { qpn, syndrome, psn });
        b.run_until_quiet(200);
    }

    #[test]
    fn a_sequence_nak_retires_what_precedes_it_and_goes_back() {
        let mut b = Bench::new(2, 100, 0, 100);
        b.commit(9, 0xFF_FFFE); // PSNs wrap
        b.run_until_quiet(50);
        for i in 0..4 {
            b.send_wqe(9, 2048, true, false, 0, 0x100 + i); // 2 packets each
        }
        b.run_until_quiet(100);
        // PSNs: FFFFFE-FFFFFF, 0-1, 2-3, 4-5. NAK at 2: WQEs 0 and 1 are done.
        ack(&mut b, 9, 0x60, 2);
        assert_eq!((b.qps[9].ci, b.qps[9].epoch), (2, 1));
        assert_eq!((b.snd[9].sq_next, b.snd[9].psn, b.snd[9].epoch), (2, 2, 1), "the Requester went back to WQE 2 at PSN 2");
        // A record sent before the rewind was taken (old epoch) is dropped, the re-sent ones are kept.
        b.q_fl.push_back(Rec { qpn: 9, idx: 2, first: 2, last: 3, wr_id: 1, len: 2048, signaled: true, write: false, status: 0, scq: 0, epoch: 0 });
        b.run_until_quiet(100);
        assert!(b.qps[9].ring.is_empty());
        assert!(b.send_next(9) && b.send_next(9));
        b.run_until_quiet(100);
        assert_eq!(b.qps[9].ring.len(), 2);
        ack(&mut b, 9, 0x03, 5);
        assert_eq!(b.qps[9].ci, 4);
        b.check_counters();
        assert_eq!((b.naks, b.retx), (1, 1));
    }

    #[test]
    fn an_rnr_nak_pauses_and_resumes_after_the_delay() {
        let mut b = Bench::new(3, 100, 0, 700);
        b.commit(1, 50);
        b.run_until_quiet(50);
        b.send_wqe(1, 100, true, false, 0, 7);
        b.send_wqe(1, 100, true, false, 0, 8);
        b.run_until_quiet(100);
        b.q_a.push_back(Ack { qpn: 1, syndrome: 0x20 | 14, psn: 51 });
        let t0 = b.cycle;
        while !b.snd[1].paused {
            b.step();
            assert!(b.cycle < t0 + 100);
        }
        assert_eq!((b.qps[1].ci, b.snd[1].sq_next), (1, 1));
        assert!(b.uut.next_timer.val().to_u64() <= 700, "next_timer {} exceeds the RNR delay", b.uut.next_timer.val().to_u64());
        while b.snd[1].paused {
            b.step();
            assert!(b.cycle < t0 + 700 + 2 * QPS as u64 + 100, "no resume");
            assert!(!b.uut.idle.val(), "idle while the RNR wait runs");
        }
        assert_eq!(b.resumes, 1);
        assert!(b.send_next(1));
        b.run_until_quiet(100);
        ack(&mut b, 1, 0, 51);
        assert_eq!(b.qps[1].ci, 2);
        b.check_counters();
        assert_eq!(b.uut.next_timer.val().to_u64(), 0xFFFF_FFFF);
    }

    #[test]
    fn a_fatal_nak_fails_the_wqe_it_names_and_the_qp() {
        for (syn, status) in [(0x61u8, 9u8), (0x62, 10), (0x63, 11)] {
            let mut b = Bench::new(4, 100, 0, 100);
            b.commit(3, 10);
            b.run_until_quiet(50);
            b.send_wqe(3, 100, false, false, 0, 1); // PSN 10
            b.send_wqe(3, 3000, true, true, 0, 2); // PSNs 11-13
            b.send_wqe(3, 100, true, false, 0, 3); // PSN 14
            b.run_until_quiet(100);
            ack(&mut b, 3, syn, 12);
            assert_eq!(b.qps[3].ci, 2);
            assert!(!b.qps[3].live);
            // Dead: ACKs and records do nothing until a new commit.
            ack(&mut b, 3, 0, 14);
            assert_eq!(b.qps[3].ci, 2);
            b.commit(3, 500);
            b.run_until_quiet(50);
            b.send_wqe(3, 1, true, false, 0, 9);
            b.run_until_quiet(100);
            ack(&mut b, 3, 0, 500);
            assert_eq!(b.qps[3].ci, 1);
            b.check_counters();
            assert_eq!((b.naks, b.wqe_errs), (1, 1), "syndrome {syn:#x} (status {status})");
        }
    }

    #[test]
    fn a_failed_wqe_completes_when_it_reaches_the_head() {
        let mut b = Bench::new(5, 100, 0, 100);
        b.commit(200, 0);
        b.run_until_quiet(50);
        b.send_wqe(200, 100, false, false, 0, 1); // PSN 0
        b.send_wqe(200, 100, true, false, 21, 2); // failed: no packets
        b.run_until_quiet(100);
        assert_eq!(b.qps[200].ring.len(), 2, "not at the head yet: waits");
        ack(&mut b, 200, 0, 0);
        assert_eq!(b.qps[200].ci, 2);
        assert!(!b.qps[200].live);
        // Alone in the ring: within a timer scan.
        b.commit(201, 0);
        b.run_until_quiet(50);
        b.send_wqe(201, 8, true, true, 4, 3);
        b.run_until_quiet(2 * QPS as u64 + 50);
        assert_eq!(b.qps[201].ci, 1);
        b.check_counters();
        assert_eq!(b.wqe_errs, 2);
    }

    #[test]
    fn the_ack_timer_rewinds_when_no_progress_and_restarts_on_progress() {
        const T: u64 = 900;
        let mut b = Bench::new(6, 100, T, 100);
        b.commit(7, 0);
        b.run_until_quiet(50);
        for i in 0..6 {
            b.send_wqe(7, 10, true, false, 0, i);
        }
        // ACK one WQE every 600 cycles (< T): no timeout while each makes progress.
        // next_timer must never exceed the time left to the deadline: the deadline is set
        // within a few cycles of the job the model applies (first record, or progress).
        let mut max_nt = 0;
        let mut armed_at: Option<u64> = None;
        for k in 0..5u32 {
            for _ in 0..600 {
                let before = (b.qps[7].ring.len(), b.qps[7].ci);
                b.step();
                let after = (b.qps[7].ring.len(), b.qps[7].ci);
                if after.0 > 0 && (before.0 == 0 || before.1 != after.1) {
                    armed_at = Some(b.cycle);
                }
                let nt = b.uut.next_timer.val().to_u64();
                if let Some(t) = armed_at {
                    if nt != 0xFFFF_FFFF {
                        max_nt = max_nt.max(nt);
                        let left = (t + T + 8).saturating_sub(b.cycle);
                        assert!(nt <= left, "cycle {}: next_timer {nt} above the {left} cycles left", b.cycle);
                    }
                }
            }
            b.q_a.push_back(Ack { qpn: 7, syndrome: 0, psn: k });
        }
        assert!(b.timer_rewinds.is_empty(), "timeout despite progress: {:?}", b.timer_rewinds);
        assert!(max_nt >= T / 2, "next_timer never above {max_nt}: not tracking the deadline");
        // No more ACKs: one timeout, from the oldest record (WQE 5, PSN 5).
        let t_last = b.cycle;
        while b.timer_rewinds.is_empty() {
            b.step();
            assert!(b.cycle < t_last + T + 2 * QPS as u64 + 200, "no timeout");
        }
        let (c, rw) = b.timer_rewinds[0];
        assert!(c >= t_last + T - 50, "timeout after {} cycles", c - t_last);
        assert_eq!((rw.idx, rw.psn, rw.epoch), (5, 5, 1));
        // The Requester takes the rewind, then sends again.
        while b.snd[7].epoch != 1 {
            b.step();
        }
        assert!(b.send_next(7));
        for _ in 0..50 {
            b.step(); // (the ACK timer runs again: never idle until the ACK)
        }
        ack(&mut b, 7, 0, 5);
        assert_eq!(b.qps[7].ci, 6);
        b.check_counters();
        // Nothing in flight: no timer, idle.
        assert_eq!(b.uut.next_timer.val().to_u64(), 0xFFFF_FFFF);
        assert!(b.uut.idle.val());
    }

    #[test]
    fn a_new_commit_forgets_what_was_in_flight() {
        let mut b = Bench::new(7, 100, 0, 100);
        b.commit(0, 100);
        b.run_until_quiet(50);
        b.send_wqe(0, 10, true, false, 0, 1);
        b.send_wqe(0, 10, true, false, 0, 2);
        b.run_until_quiet(100);
        b.commit(0, 900);
        b.run_until_quiet(50);
        ack(&mut b, 0, 0, 101);
        assert_eq!(b.qps[0].ci, 0, "nothing of the old incarnation is acknowledged");
        b.send_wqe(0, 10, true, false, 0, 3);
        b.run_until_quiet(100);
        ack(&mut b, 0, 0, 900);
        assert_eq!(b.qps[0].ci, 1);
        // Never committed since reset: its records are dropped.
        b.q_fl.push_back(Rec { qpn: 77, idx: 0, first: 0, last: 0, wr_id: 1, len: 0, signaled: true, write: false, status: 0, scq: 0, epoch: 0 });
        b.run_until_quiet(100);
        ack(&mut b, 77, 0, 0);
        b.check_counters();
    }

    /// The Requester takes rewinds only between grants and waits for its record to be
    /// taken; QpStatic takes errors only between QpInits. So records must keep flowing
    /// while the rewind and error ports are blocked (else the three deadlock).
    #[test]
    fn records_are_taken_while_the_rewind_and_error_ports_are_blocked() {
        let mut b = Bench::new(8, 100, 0, 100);
        b.go_rw = Stalls::new(1, 0);
        b.go_err = Stalls::new(1, 0);
        for q in [1, 2, 3] {
            b.commit(q, 0);
        }
        b.run_until_quiet(50);
        b.send_wqe(1, 10, true, false, 0, 1);
        b.send_wqe(2, 10, true, false, 0, 2);
        b.run_until_quiet(100);
        b.q_a.push_back(Ack { qpn: 1, syndrome: 0x60, psn: 0 }); // a rewind, not taken
        b.q_a.push_back(Ack { qpn: 2, syndrome: 0x62, psn: 0 }); // a fatal NAK: must wait
        for _ in 0..50 {
            b.step();
        }
        for i in 0..5 {
            b.send_wqe(3, 10, true, false, 0, 10 + i);
        }
        b.send_wqe(3, 10, true, false, 21, 99);
        for _ in 0..100 {
            b.step();
        }
        assert!(b.q_fl.is_empty() && b.held_fl.is_empty(), "records not taken while the rewind port is blocked");
        assert_eq!(b.qps[3].ring.len(), 6);
        assert_eq!(b.held_a.len(), 1, "the fatal NAK waits for the error port");
        b.go_rw = Stalls::never();
        b.go_err = Stalls::never();
        b.q_a.push_back(Ack { qpn: 3, syndrome: 0, psn: 4 });
        b.run_until_quiet(2 * QPS as u64 + 200);
        assert_eq!((b.qps[1].ci, b.qps[2].ci, b.qps[3].ci), (0, 1, 6));
        b.check_counters();
        assert_eq!(b.wqe_errs, 2);
    }

    /// Random traffic on six QPs under stalls on every port: posts, sends within the
    /// window, ACKs and NAKs of every kind at PSNs around what is in flight, failed
    /// WQEs, stale and stray records; then everything acknowledged and drained.
    fn random_run(seed: u64, pct: u64, cycles: u64, timeout: u64) -> Bench {
        let qpns = [0usize, 1, 7, 100, 200, 255];
        let mut b = Bench::new(seed, pct, timeout, 300);
        let mut rng = Stalls::new(seed ^ 0xABCD, 50);
        for (k, &q) in qpns.iter().enumerate() {
            b.commit(q, if k % 2 == 0 { 0xFF_FFF0 } else { (rng.next_u64() as u32) & PSN_MASK });
        }
        b.run_until_quiet(100);
        let mut wr = 0u64;
        let end = b.cycle + cycles;
        while b.cycle < end {
            let r = rng.next_u64();
            let q = qpns[(r % qpns.len() as u64) as usize];
            let s = &b.snd[q];
            match (r >> 8) % 16 {
                0 if s.posted.len() < s.sq_next as usize + 24 => {
                    let st = match (r >> 16) % 300 {
                        0 => 21,
                        1 => 4,
                        _ => 0,
                    };
                    wr += 1;
                    b.snd[q].posted.push(Wqe { len: ((r >> 24) % 4000) as u32, signaled: !(r >> 40).is_multiple_of(4), write: (r >> 42).is_multiple_of(2), status: st, wr_id: wr << 8 | q as u64 });
                }
                1 | 2 if b.q_fl.len() < 3 => {
                    b.send_next(q);
                }
                3 if b.q_a.len() < 3 => {
                    // A PSN from just before what was sent since the last rewind to just past it.
                    let span = s.psn.wrapping_sub(s.sent_from) & PSN_MASK;
                    let psn = (s.sent_from.wrapping_add((rng.next_u64() % (span as u64 + 4)) as u32).wrapping_sub(2)) & PSN_MASK;
                    let syndrome = match (r >> 20) % 200 {
                        0..=15 => 0x60,
                        16..=27 => 0x20 | ((r >> 30) % 32) as u8,
                        28 => [0x61, 0x62, 0x63][((r >> 30) % 3) as usize],
                        29..=31 => 0x40 | ((r >> 30) % 32) as u8,
                        _ => ((r >> 30) % 32) as u8,
                    };
                    b.q_a.push_back(Ack { qpn: q, syndrome, psn });
                }
                4 if (r >> 20).is_multiple_of(20) && b.q_fl.len() < 3 => {
                    // A stray record: stale epoch, wrong index, or a QP never committed.
                    let mut rec = Rec { qpn: q, idx: s.sq_next, first: s.psn, last: s.psn, wr_id: 0xDEAD, len: 1, signaled: true, write: false, status: 0, scq: 1, epoch: s.epoch };
                    match (r >> 30) % 3 {
                        0 => rec.epoch = (rec.epoch + 7) & 7,
                        1 => rec.idx = rec.idx.wrapping_add(3),
                        _ => rec.qpn = 50,
                    }
                    b.q_fl.push_back(rec);
                }
                5 if !b.qps[q].live && b.q_init.is_empty() && b.held_init.is_empty() => {
                    // A QP that failed is committed again (a new incarnation mid-traffic).
                    b.commit(q, (r >> 32) as u32 & PSN_MASK);
                }
                _ => {}
            }
            b.step();
        }
        // Drain: the Requester sends what is posted, the remote acknowledges all of it.
        let drain_end = b.cycle + 60_000;
        loop {
            let mut busy = false;
            for &q in &qpns {
                if !b.qps[q].live {
                    continue;
                }
                let s = &b.snd[q];
                let unsent = (s.sq_next as usize) < s.posted.len() && !s.halted;
                let waiting = !b.qps[q].ring.is_empty() || s.paused || unsent;
                busy |= waiting;
                if unsent && b.q_fl.len() < 2 {
                    b.send_next(q);
                }
                if !b.qps[q].ring.is_empty() && b.q_a.is_empty() && b.held_a.is_empty() && b.q_fl.is_empty() && b.held_fl.is_empty() {
                    let psn = b.snd[q].psn.wrapping_sub(1) & PSN_MASK;
                    b.q_a.push_back(Ack { qpn: q, syndrome: 0, psn });
                }
            }
            if !busy {
                break;
            }
            b.step();
            assert!(b.cycle < drain_end, "did not drain: {:?}", qpns.map(|q| (b.qps[q].ring.len(), b.snd[q].paused)));
        }
        b.run_until_quiet(2_000);
        b.check_counters();
        assert_eq!(b.uut.next_timer.val().to_u64(), 0xFFFF_FFFF);
        b
    }

    #[test]
    fn random_traffic_under_stalls_matches_the_model() {
        // The last run has the ACK timer on (timeouts race with ACKs and records).
        for (seed, pct, timeout) in [(11, 70, 0), (12, 40, 0), (13, 95, 0), (14, 70, 700)] {
            let b = random_run(seed, pct, 8_000, timeout);
            let completed = b.ex.retired;
            println!(
                "AckHandler seed {seed} ({pct} % active ports, timeout {timeout}): {} cycles, {completed} WQEs retired, {} NAKs, {} rewinds ({} timeouts), {} RNR resumes, {} WQE errors",
                b.cycle, b.naks, b.retx, b.timer_rewinds.len(), b.resumes, b.wqe_errs
            );
            assert!(timeout == 0 || !b.timer_rewinds.is_empty(), "no timeout happened with the timer on");
            assert!(completed > 100 && b.naks > 5 && b.resumes > 0, "too little traffic to mean anything");
        }
    }
}
