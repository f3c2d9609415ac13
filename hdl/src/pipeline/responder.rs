//! Responder: the receive side of an RC QP, one packet at a time — the legacy engine's
//! `Rx*` states (hdl/src/engine.rs) as a block of the pipeline, with the same rules,
//! counters, NAK syndromes and completion fields.
//!
//! Per packet (the [`RxDispatch`](super::rx_dispatch::RxDispatch) already checked the
//! QP's state and the source):
//! - PSN (check 8 of docs/security.md): behind the expected PSN is a duplicate, counted,
//!   re-ACKed with the last PSN taken if it asks, never executed; ahead is a sequence
//!   NAK with the expected PSN, once per gap (`nak_sent`), later ones dropped silently.
//! - At the expected PSN: an opcode this engine does not execute (READ, atomics) or one
//!   that does not continue the message in progress (check 9) is NAKed invalid
//!   request; a RETH is checked against the MR table (rkey, PD, remote write, bounds:
//!   check 10, NAK remote access); a SEND's first packet and a WRITE with immediate
//!   take the next receive WQE (check 11: none posted is an RNR NAK and counts as the
//!   gap's NAK, so the rest of the message is dropped, not NAKed again), read by DMA
//!   (a failed read is a remote operational NAK) and, for a SEND, its buffer checked
//!   (lkey, PD, local write, bounds: check 12, NAK remote operational error, the WQE
//!   completes with LOC_PROT_ERR); the payload must fit what is left of the target
//!   (check 13, NAK invalid request; a SEND's WQE completes with LOC_LEN_ERR).
//! - Executed: the payload goes to the DmaWrite client as one burst at the target's
//!   IOVA, then the PSN advances, the message's end bumps the MSN and (SEND, WRITE with
//!   immediate) emits the receive completion — only after the burst's last beat was
//!   taken — and an ACK answers an AckReq.
//! - A packet not executed has its payload drained from the `pl_*` stream.
//!
//! Departures from the legacy engine: READ and atomic requests reach this block (the
//! new parser accepts them; the legacy one counted them malformed) and are NAKed
//! invalid request as IBA says for an opcode the responder does not support.
//!
//! State: RespState, one RAM per field group indexed by QP (expected PSN, MSN, RQ
//! consumer index, flags, target IOVA, bytes left, bytes done, wr_id), loaded into
//! working registers at the packet's start and written back at its end; RqPi (the
//! RQ_PI doorbell's value) in its own RAM, written only by the doorbell strobe, with a
//! `pi_live` bit per QP that a fresh QpInit clears (the RAM's one write port belongs to
//! the doorbell, which has no ready): until the first RQ_PI after a COMMIT the QP's
//! producer index reads 0. The doorbell's last write is forwarded past the read-first
//! RAM, and a doorbell for the QP in progress updates its working copy.
//!
//! Every stream output leaves from flops; `r_ready`, `init_ready`, `rd_resp_ready`
//! and `res_ready` come from the phase register; `pl_ready` from the phase and, while
//! placing, the DmaWrite client's `w_ready` (the one-beat output register refills in
//! the cycle it empties, so a payload moves a beat per cycle).
//!
//! `err_*` (to QpStatic: QP to ERROR) is never raised: the legacy responder never
//! moves a QP to ERROR (docs/security.md: "the engine stays in RTS" after a class-C
//! NAK). Inputs kept for the port contract but unused: `r_solicited` (no solicited
//! event yet), `r_state`, `r_pmtu_log2` (packet lengths are not checked against the
//! PMTU, as in the legacy engine), `pl_keep` (the payload's length is in the
//! descriptor), the QpInit send-side fields and `err_ready`.

use super::params::{CQN_BITS, QPN_BITS, QPS};
use openrnic_contract::queues::{cqe_opcode, cqe_status, recv_wqe};
use openrnic_contract::wire::{opcode, syndrome};
use rust_hdl::prelude::*;

// Literals in update(), checked against the contract here.
const _: () = {
    assert!(syndrome::ACK == 0x1F);
    assert!(syndrome::NAK_PSN_SEQ_ERR == 0x60);
    assert!(syndrome::NAK_INVALID_REQUEST == 0x61);
    assert!(syndrome::NAK_REMOTE_ACCESS == 0x62);
    assert!(syndrome::NAK_REMOTE_OP == 0x63);
    // RNR NAK: timer code 1 in the low bits, as the legacy engine sends.
    assert!(syndrome::RNR_NAK | 1 == 0x21);
    assert!(cqe_status::LOC_LEN_ERR == 1 && cqe_status::LOC_PROT_ERR == 4);
    assert!(cqe_opcode::RECV == 2 && cqe_opcode::RECV_WRITE_IMM == 3);
    // SEND opcodes 0..=5, WRITE 6..=11 (compared by range in update()).
    assert!(opcode::SEND_FIRST == 0 && opcode::SEND_ONLY_IMM == 5);
    assert!(opcode::WRITE_FIRST == 6 && opcode::WRITE_ONLY_IMM == 11);
    // The receive WQE as four beats: wr_id, address, length | lkey << 32, unused.
    assert!(recv_wqe::WR_ID.offset == 0 && recv_wqe::ADDR.offset == 8 && recv_wqe::SIZE == 32);
    assert!(recv_wqe::LEN.offset == 16 && recv_wqe::LKEY.offset == 20);
    assert!(recv_wqe::LEN.lsb == 0 && recv_wqe::LKEY.lsb == 0);
};

#[derive(Copy, Clone, PartialEq, Eq, Debug, LogicState)]
pub enum RespPhase {
    Idle,
    Load,
    Check,
    MrWait,
    RqFetch,
    RqWait,
    RqMrWait,
    PlacePrep,
    Place,
    Finish,
    Drain,
    Store,
}

#[derive(LogicBlock, Default)]
pub struct Responder {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, bool>,
    // ---- packets from RxDispatch ----
    pub r_valid: Signal<In, bool>,
    pub r_ready: Signal<Out, bool>,
    pub r_qpn: Signal<In, Bits<QPN_BITS>>,
    pub r_opcode: Signal<In, Bits<8>>,
    pub r_solicited: Signal<In, bool>,
    pub r_ack_req: Signal<In, bool>,
    pub r_psn: Signal<In, Bits<24>>,
    pub r_has_reth: Signal<In, bool>,
    pub r_has_imm: Signal<In, bool>,
    pub r_va: Signal<In, Bits<64>>,
    pub r_rkey: Signal<In, Bits<32>>,
    pub r_dma_len: Signal<In, Bits<32>>,
    pub r_imm: Signal<In, Bits<32>>,
    pub r_payload_len: Signal<In, Bits<14>>,
    pub r_state: Signal<In, Bits<4>>,
    pub r_pd: Signal<In, Bits<16>>,
    pub r_rq_base: Signal<In, Bits<64>>,
    pub r_rq_log2: Signal<In, Bits<5>>,
    pub r_rcq: Signal<In, Bits<CQN_BITS>>,
    pub r_pmtu_log2: Signal<In, Bits<4>>,
    pub r_dest_qpn: Signal<In, Bits<24>>,
    pub r_dmac: Signal<In, Bits<48>>,
    pub r_dip: Signal<In, Bits<32>>,
    pub r_udp_sport: Signal<In, Bits<16>>,
    // ---- the packet's payload (the parser's pl_* stream) ----
    pub pl_valid: Signal<In, bool>,
    pub pl_ready: Signal<Out, bool>,
    pub pl_data: Signal<In, Bits<64>>,
    pub pl_keep: Signal<In, Bits<8>>,
    pub pl_last: Signal<In, bool>,
    // ---- QpInit (from QpStatic, broadcast) ----
    pub init_valid: Signal<In, bool>,
    pub init_ready: Signal<Out, bool>,
    pub init_qpn: Signal<In, Bits<QPN_BITS>>,
    pub init_fresh: Signal<In, bool>,
    pub init_state: Signal<In, Bits<4>>,
    pub init_take_sq_psn: Signal<In, bool>,
    pub init_sq_psn: Signal<In, Bits<24>>,
    pub init_take_rq_psn: Signal<In, bool>,
    pub init_rq_psn: Signal<In, Bits<24>>,
    // ---- RQ_PI doorbell strobe ----
    pub db_valid: Signal<In, bool>,
    pub db_qpn: Signal<In, Bits<QPN_BITS>>,
    pub db_value: Signal<In, Bits<16>>,
    // ---- DmaRead client: receive WQEs (32 bytes) ----
    pub rd_req_valid: Signal<Out, bool>,
    pub rd_req_ready: Signal<In, bool>,
    pub rd_req_addr: Signal<Out, Bits<64>>,
    pub rd_req_len: Signal<Out, Bits<16>>,
    pub rd_resp_valid: Signal<In, bool>,
    pub rd_resp_ready: Signal<Out, bool>,
    pub rd_resp_data: Signal<In, Bits<64>>,
    pub rd_resp_last: Signal<In, bool>,
    pub rd_resp_error: Signal<In, bool>,
    // ---- MrTable RX check client ----
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
    // ---- placement: DmaWrite client ----
    pub w_valid: Signal<Out, bool>,
    pub w_ready: Signal<In, bool>,
    pub w_addr: Signal<Out, Bits<64>>,
    pub w_len: Signal<Out, Bits<16>>,
    pub w_data: Signal<Out, Bits<64>>,
    pub w_last: Signal<Out, bool>,
    // ---- ACK/NAK requests to the AckQueue ----
    pub ack_valid: Signal<Out, bool>,
    pub ack_ready: Signal<In, bool>,
    pub ack_qpn24: Signal<Out, Bits<24>>,
    pub ack_syndrome: Signal<Out, Bits<8>>,
    pub ack_psn: Signal<Out, Bits<24>>,
    pub ack_msn: Signal<Out, Bits<24>>,
    pub ack_dst_mac: Signal<Out, Bits<48>>,
    pub ack_dst_ip: Signal<Out, Bits<32>>,
    pub ack_udp_sport: Signal<Out, Bits<16>>,
    // ---- receive completions (CqeReq) ----
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
    // ---- QP to ERROR (never raised: module doc) ----
    pub err_valid: Signal<Out, bool>,
    pub err_ready: Signal<In, bool>,
    pub err_qpn: Signal<Out, Bits<QPN_BITS>>,
    // ---- counter strobes ----
    pub cnt_rx_duplicate: Signal<Out, bool>,
    pub cnt_nak_seq_sent: Signal<Out, bool>,
    pub cnt_nak_access_sent: Signal<Out, bool>,
    pub cnt_rnr_nak_sent: Signal<Out, bool>,
    pub cnt_nak_invalid_sent: Signal<Out, bool>,
    pub cnt_wqe_errors: Signal<Out, bool>,
    pub cnt_dma_errors: Signal<Out, bool>,
    /// No packet in progress and nothing held on an output.
    pub idle: Signal<Out, bool>,

    // ---- tables ----
    epsn_ram: RAM<Bits<24>, QPN_BITS>,
    msn_ram: RAM<Bits<24>, QPN_BITS>,
    rqci_ram: RAM<Bits<16>, QPN_BITS>,
    /// [0] nak_sent, [1] message active, [2] the active message is a SEND
    flags_ram: RAM<Bits<3>, QPN_BITS>,
    iova_ram: RAM<Bits<64>, QPN_BITS>,
    left_ram: RAM<Bits<32>, QPN_BITS>,
    done_ram: RAM<Bits<32>, QPN_BITS>,
    wrid_ram: RAM<Bits<64>, QPN_BITS>,
    rqpi_ram: RAM<Bits<16>, QPN_BITS>,
    pi_live: DFF<Bits<QPS>>,
    fw_valid: DFF<bool>,
    fw_qpn: DFF<Bits<QPN_BITS>>,
    fw_value: DFF<Bits<16>>,

    phase: DFF<RespPhase>,
    // ---- the packet in progress ----
    d_qpn: DFF<Bits<QPN_BITS>>,
    d_opcode: DFF<Bits<8>>,
    d_ack_req: DFF<bool>,
    d_psn: DFF<Bits<24>>,
    d_has_reth: DFF<bool>,
    d_has_imm: DFF<bool>,
    d_va: DFF<Bits<64>>,
    d_rkey: DFF<Bits<32>>,
    d_dma_len: DFF<Bits<32>>,
    d_imm: DFF<Bits<32>>,
    d_payload_len: DFF<Bits<14>>,
    d_pd: DFF<Bits<16>>,
    d_rq_base: DFF<Bits<64>>,
    d_rq_log2: DFF<Bits<5>>,
    d_rcq: DFF<Bits<CQN_BITS>>,
    d_dest_qpn: DFF<Bits<24>>,
    d_dmac: DFF<Bits<48>>,
    d_dip: DFF<Bits<32>>,
    d_udp_sport: DFF<Bits<16>>,
    /// Payload beats of the packet not yet taken from `pl_*`.
    pl_pending: DFF<bool>,
    // ---- working copy of the QP's RespState ----
    c_epsn: DFF<Bits<24>>,
    c_msn: DFF<Bits<24>>,
    c_rq_ci: DFF<Bits<16>>,
    c_rq_pi: DFF<Bits<16>>,
    c_nak_sent: DFF<bool>,
    c_active: DFF<bool>,
    c_is_send: DFF<bool>,
    c_iova: DFF<Bits<64>>,
    c_left: DFF<Bits<32>>,
    c_done: DFF<Bits<32>>,
    c_wr_id: DFF<Bits<64>>,
    /// The packet's PSN is the expected one / behind it (classified in Load).
    psn_expected: DFF<bool>,
    psn_behind: DFF<bool>,
    // ---- receive WQE as read ----
    rq_beat: DFF<Bits<3>>,
    rq_err: DFF<bool>,
    wqe_wr_id: DFF<Bits<64>>,
    wqe_addr: DFF<Bits<64>>,
    wqe_len: DFF<Bits<32>>,
    wqe_lkey: DFF<Bits<32>>,
    // ---- output registers ----
    rd_full: DFF<bool>,
    rd_addr_q: DFF<Bits<64>>,
    chk_full: DFF<bool>,
    chk_key_q: DFF<Bits<32>>,
    chk_va_q: DFF<Bits<64>>,
    chk_len_q: DFF<Bits<32>>,
    chk_local_q: DFF<bool>,
    chk_remote_q: DFF<bool>,
    w_full: DFF<bool>,
    w_addr_q: DFF<Bits<64>>,
    w_len_q: DFF<Bits<16>>,
    w_data_q: DFF<Bits<64>>,
    w_last_q: DFF<bool>,
    ack_full: DFF<bool>,
    ack_syndrome_q: DFF<Bits<8>>,
    ack_psn_q: DFF<Bits<24>>,
    cqe_full: DFF<bool>,
    cqe_wr_id_q: DFF<Bits<64>>,
    cqe_byte_len_q: DFF<Bits<32>>,
    cqe_imm_q: DFF<Bits<32>>,
    cqe_imm_valid_q: DFF<bool>,
    cqe_status_q: DFF<Bits<8>>,
    cqe_opcode_q: DFF<Bits<8>>,
    // ---- counter strobes, registered ----
    s_duplicate: DFF<bool>,
    s_nak_seq: DFF<bool>,
    s_nak_access: DFF<bool>,
    s_rnr_nak: DFF<bool>,
    s_nak_invalid: DFF<bool>,
    s_wqe_errors: DFF<bool>,
    s_dma_errors: DFF<bool>,

    // ---- combinational ----
    r_take: Signal<Local, bool>,
    init_take: Signal<Local, bool>,
    one_qps: Signal<Local, Bits<QPS>>,
    one_init: Signal<Local, Bits<QPS>>,
    clr_live: Signal<Local, Bits<QPS>>,
    set_live: Signal<Local, Bits<QPS>>,
    one_db: Signal<Local, Bits<QPS>>,
    pi_read: Signal<Local, Bits<16>>,
    is_send: Signal<Local, bool>,
    is_write: Signal<Local, bool>,
    starts: Signal<Local, bool>,
    ends: Signal<Local, bool>,
    out_of_seq: Signal<Local, bool>,
    psn_diff: Signal<Local, Bits<24>>,
    len32: Signal<Local, Bits<32>>,
    len64: Signal<Local, Bits<64>>,
    rq_mask: Signal<Local, Bits<16>>,
    ones16: Signal<Local, Bits<16>>,
    rq_slot: Signal<Local, Bits<16>>,
    rd_fire: Signal<Local, bool>,
    rd_bad: Signal<Local, bool>,
    res_fire: Signal<Local, bool>,
    pl_take: Signal<Local, bool>,
    w_fire: Signal<Local, bool>,
    store_go: Signal<Local, bool>,
}

impl Logic for Responder {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, pi_live, fw_valid, fw_qpn, fw_value, phase, d_qpn, d_opcode, d_ack_req, d_psn,
            d_has_reth, d_has_imm, d_va, d_rkey, d_dma_len, d_imm, d_payload_len, d_pd, d_rq_base, d_rq_log2, d_rcq,
            d_dest_qpn, d_dmac, d_dip, d_udp_sport, pl_pending, c_epsn, c_msn, c_rq_ci, c_rq_pi, c_nak_sent,
            c_active, c_is_send, c_iova, c_left, c_done, c_wr_id, psn_expected, psn_behind, rq_beat, rq_err, wqe_wr_id, wqe_addr, wqe_len,
            wqe_lkey, rd_full, rd_addr_q, chk_full, chk_key_q, chk_va_q, chk_len_q, chk_local_q, chk_remote_q, w_full,
            w_addr_q, w_len_q, w_data_q, w_last_q, ack_full, ack_syndrome_q, ack_psn_q, cqe_full, cqe_wr_id_q,
            cqe_byte_len_q, cqe_imm_q, cqe_imm_valid_q, cqe_status_q, cqe_opcode_q, s_duplicate, s_nak_seq,
            s_nak_access, s_rnr_nak, s_nak_invalid, s_wqe_errors, s_dma_errors);
        self.epsn_ram.read_clock.next = self.clock.val();
        self.epsn_ram.write_clock.next = self.clock.val();
        self.msn_ram.read_clock.next = self.clock.val();
        self.msn_ram.write_clock.next = self.clock.val();
        self.rqci_ram.read_clock.next = self.clock.val();
        self.rqci_ram.write_clock.next = self.clock.val();
        self.flags_ram.read_clock.next = self.clock.val();
        self.flags_ram.write_clock.next = self.clock.val();
        self.iova_ram.read_clock.next = self.clock.val();
        self.iova_ram.write_clock.next = self.clock.val();
        self.left_ram.read_clock.next = self.clock.val();
        self.left_ram.write_clock.next = self.clock.val();
        self.done_ram.read_clock.next = self.clock.val();
        self.done_ram.write_clock.next = self.clock.val();
        self.wrid_ram.read_clock.next = self.clock.val();
        self.wrid_ram.write_clock.next = self.clock.val();
        self.rqpi_ram.read_clock.next = self.clock.val();
        self.rqpi_ram.write_clock.next = self.clock.val();

        // ---- strobes default off ----
        self.s_duplicate.d.next = false;
        self.s_nak_seq.d.next = false;
        self.s_nak_access.d.next = false;
        self.s_rnr_nak.d.next = false;
        self.s_nak_invalid.d.next = false;
        self.s_wqe_errors.d.next = false;
        self.s_dma_errors.d.next = false;

        // ---- output registers empty when taken (before the phases below may refill them) ----
        if self.rd_full.q.val() & self.rd_req_ready.val() {
            self.rd_full.d.next = false;
        }
        if self.chk_full.q.val() & self.chk_ready.val() {
            self.chk_full.d.next = false;
        }
        if self.ack_full.q.val() & self.ack_ready.val() {
            self.ack_full.d.next = false;
        }
        if self.cqe_full.q.val() & self.cqe_ready.val() {
            self.cqe_full.d.next = false;
        }

        // ---- opcode classes of the packet in progress ----
        self.is_send.next = self.d_opcode.q.val() <= 5;
        self.is_write.next = (self.d_opcode.q.val() >= 6) & (self.d_opcode.q.val() <= 11);
        self.starts.next = (self.d_opcode.q.val() == 0) | (self.d_opcode.q.val() == 4) | (self.d_opcode.q.val() == 5)
            | (self.d_opcode.q.val() == 6) | (self.d_opcode.q.val() == 10) | (self.d_opcode.q.val() == 11);
        self.ends.next = (self.d_opcode.q.val() == 2) | (self.d_opcode.q.val() == 3) | (self.d_opcode.q.val() == 4)
            | (self.d_opcode.q.val() == 5) | (self.d_opcode.q.val() == 8) | (self.d_opcode.q.val() == 9)
            | (self.d_opcode.q.val() == 10) | (self.d_opcode.q.val() == 11);
        self.out_of_seq.next = (self.c_active.q.val() & (self.starts.val() | (self.is_send.val() != self.c_is_send.q.val())))
            | (!self.c_active.q.val() & !self.starts.val());
        // The PSN's place against the expected one is classified as the row loads (the
        // subtraction is off the Check stage's decision path).
        self.psn_diff.next = self.d_psn.q.val() - self.epsn_ram.read_data.val();
        self.len32.next = bit_cast::<32, 14>(self.d_payload_len.q.val());
        self.len64.next = bit_cast::<64, 14>(self.d_payload_len.q.val());
        // Ring index mask: log2 of 16 or more keeps all 16 bits.
        self.ones16.next = 0xFFFF.into();
        self.rq_mask.next = !(self.ones16.val() << self.d_rq_log2.q.val());
        self.rq_slot.next = self.c_rq_ci.q.val() & self.rq_mask.val();

        // ---- RqPi: the doorbell owns the RAM's write port ----
        self.one_qps.next = 1.into();
        self.one_init.next = self.one_qps.val() << self.init_qpn.val();
        self.one_db.next = self.one_qps.val() << self.db_qpn.val();
        self.clr_live.next = 0.into();
        self.set_live.next = 0.into();
        self.rqpi_ram.write_enable.next = self.db_valid.val();
        self.rqpi_ram.write_address.next = self.db_qpn.val();
        self.rqpi_ram.write_data.next = self.db_value.val();
        self.fw_valid.d.next = self.db_valid.val();
        self.fw_qpn.d.next = self.db_qpn.val();
        self.fw_value.d.next = self.db_value.val();

        // ---- RespState RAMs: read the offered packet's QP; written by init or Store ----
        self.epsn_ram.read_address.next = self.r_qpn.val();
        self.msn_ram.read_address.next = self.r_qpn.val();
        self.rqci_ram.read_address.next = self.r_qpn.val();
        self.flags_ram.read_address.next = self.r_qpn.val();
        self.iova_ram.read_address.next = self.r_qpn.val();
        self.left_ram.read_address.next = self.r_qpn.val();
        self.done_ram.read_address.next = self.r_qpn.val();
        self.wrid_ram.read_address.next = self.r_qpn.val();
        self.rqpi_ram.read_address.next = self.r_qpn.val();
        self.store_go.next = (self.phase.q.val() == RespPhase::Store) & !self.ack_full.q.val() & !self.cqe_full.q.val();
        self.epsn_ram.write_address.next = self.d_qpn.q.val();
        self.msn_ram.write_address.next = self.d_qpn.q.val();
        self.rqci_ram.write_address.next = self.d_qpn.q.val();
        self.flags_ram.write_address.next = self.d_qpn.q.val();
        self.iova_ram.write_address.next = self.d_qpn.q.val();
        self.left_ram.write_address.next = self.d_qpn.q.val();
        self.done_ram.write_address.next = self.d_qpn.q.val();
        self.wrid_ram.write_address.next = self.d_qpn.q.val();
        self.epsn_ram.write_data.next = self.c_epsn.q.val();
        self.msn_ram.write_data.next = self.c_msn.q.val();
        self.rqci_ram.write_data.next = self.c_rq_ci.q.val();
        self.flags_ram.write_data.next = bit_cast::<3, 1>(self.c_nak_sent.q.val().into())
            | (bit_cast::<3, 1>(self.c_active.q.val().into()) << 1)
            | (bit_cast::<3, 1>(self.c_is_send.q.val().into()) << 2);
        self.iova_ram.write_data.next = self.c_iova.q.val();
        self.left_ram.write_data.next = self.c_left.q.val();
        self.done_ram.write_data.next = self.c_done.q.val();
        self.wrid_ram.write_data.next = self.c_wr_id.q.val();
        self.epsn_ram.write_enable.next = self.store_go.val();
        self.msn_ram.write_enable.next = self.store_go.val();
        self.rqci_ram.write_enable.next = self.store_go.val();
        self.flags_ram.write_enable.next = self.store_go.val();
        self.iova_ram.write_enable.next = self.store_go.val();
        self.left_ram.write_enable.next = self.store_go.val();
        self.done_ram.write_enable.next = self.store_go.val();
        self.wrid_ram.write_enable.next = self.store_go.val();
        if self.store_go.val() {
            self.phase.d.next = RespPhase::Idle;
        }

        // ---- Idle: a QpInit first, else the next packet ----
        self.init_ready.next = self.phase.q.val() == RespPhase::Idle;
        self.init_take.next = self.init_valid.val() & (self.phase.q.val() == RespPhase::Idle);
        self.r_ready.next = (self.phase.q.val() == RespPhase::Idle) & !self.init_valid.val();
        self.r_take.next = self.r_valid.val() & (self.phase.q.val() == RespPhase::Idle) & !self.init_valid.val();
        if self.init_take.val() {
            // A fresh incarnation starts every progress field at 0; a MODIFY entering RTR
            // from below only takes its receive PSN.
            self.epsn_ram.write_address.next = self.init_qpn.val();
            self.msn_ram.write_address.next = self.init_qpn.val();
            self.rqci_ram.write_address.next = self.init_qpn.val();
            self.flags_ram.write_address.next = self.init_qpn.val();
            self.iova_ram.write_address.next = self.init_qpn.val();
            self.left_ram.write_address.next = self.init_qpn.val();
            self.done_ram.write_address.next = self.init_qpn.val();
            self.wrid_ram.write_address.next = self.init_qpn.val();
            self.epsn_ram.write_data.next = 0.into();
            if self.init_take_rq_psn.val() {
                self.epsn_ram.write_data.next = self.init_rq_psn.val();
            }
            self.msn_ram.write_data.next = 0.into();
            self.rqci_ram.write_data.next = 0.into();
            self.flags_ram.write_data.next = 0.into();
            self.iova_ram.write_data.next = 0.into();
            self.left_ram.write_data.next = 0.into();
            self.done_ram.write_data.next = 0.into();
            self.wrid_ram.write_data.next = 0.into();
            self.epsn_ram.write_enable.next = self.init_fresh.val() | self.init_take_rq_psn.val();
            self.msn_ram.write_enable.next = self.init_fresh.val();
            self.rqci_ram.write_enable.next = self.init_fresh.val();
            self.flags_ram.write_enable.next = self.init_fresh.val();
            self.iova_ram.write_enable.next = self.init_fresh.val();
            self.left_ram.write_enable.next = self.init_fresh.val();
            self.done_ram.write_enable.next = self.init_fresh.val();
            self.wrid_ram.write_enable.next = self.init_fresh.val();
            if self.init_fresh.val() {
                self.clr_live.next = self.one_init.val();
            }
        }
        if self.db_valid.val() {
            self.set_live.next = self.one_db.val();
        }
        // A doorbell in the same cycle as a fresh init came after it.
        self.pi_live.d.next = (self.pi_live.q.val() & !self.clr_live.val()) | self.set_live.val();
        if self.r_take.val() {
            self.phase.d.next = RespPhase::Load;
            self.d_qpn.d.next = self.r_qpn.val();
            self.d_opcode.d.next = self.r_opcode.val();
            self.d_ack_req.d.next = self.r_ack_req.val();
            self.d_psn.d.next = self.r_psn.val();
            self.d_has_reth.d.next = self.r_has_reth.val();
            self.d_has_imm.d.next = self.r_has_imm.val();
            self.d_va.d.next = self.r_va.val();
            self.d_rkey.d.next = self.r_rkey.val();
            self.d_dma_len.d.next = self.r_dma_len.val();
            self.d_imm.d.next = self.r_imm.val();
            self.d_payload_len.d.next = self.r_payload_len.val();
            self.d_pd.d.next = self.r_pd.val();
            self.d_rq_base.d.next = self.r_rq_base.val();
            self.d_rq_log2.d.next = self.r_rq_log2.val();
            self.d_rcq.d.next = self.r_rcq.val();
            self.d_dest_qpn.d.next = self.r_dest_qpn.val();
            self.d_dmac.d.next = self.r_dmac.val();
            self.d_dip.d.next = self.r_dip.val();
            self.d_udp_sport.d.next = self.r_udp_sport.val();
            self.pl_pending.d.next = self.r_payload_len.val().any();
        }

        // ---- Load: the QP's row is on the RAMs' outputs ----
        self.pi_read.next = self.rqpi_ram.read_data.val();
        if self.fw_valid.q.val() & (self.fw_qpn.q.val() == self.d_qpn.q.val()) {
            self.pi_read.next = self.fw_value.q.val();
        }
        if !self.pi_live.q.val().get_bit(self.d_qpn.q.val().index()) {
            self.pi_read.next = 0.into();
        }
        if self.phase.q.val() == RespPhase::Load {
            self.c_epsn.d.next = self.epsn_ram.read_data.val();
            self.c_msn.d.next = self.msn_ram.read_data.val();
            self.c_rq_ci.d.next = self.rqci_ram.read_data.val();
            self.c_rq_pi.d.next = self.pi_read.val();
            self.c_nak_sent.d.next = self.flags_ram.read_data.val().get_bit(0);
            self.c_active.d.next = self.flags_ram.read_data.val().get_bit(1);
            self.c_is_send.d.next = self.flags_ram.read_data.val().get_bit(2);
            self.c_iova.d.next = self.iova_ram.read_data.val();
            self.c_left.d.next = self.left_ram.read_data.val();
            self.c_done.d.next = self.done_ram.read_data.val();
            self.c_wr_id.d.next = self.wrid_ram.read_data.val();
            self.psn_expected.d.next = !self.psn_diff.val().any();
            self.psn_behind.d.next = self.psn_diff.val().get_bit(23);
            self.phase.d.next = RespPhase::Check;
        }
        // A doorbell for the QP in progress reaches its working copy (after Load's read).
        if self.db_valid.val() & (self.db_qpn.val() == self.d_qpn.q.val()) & (self.phase.q.val() != RespPhase::Idle) {
            self.c_rq_pi.d.next = self.db_value.val();
        }

        // ---- Check: PSN, then opcode sequence (checks 8 and 9) ----
        if self.phase.q.val() == RespPhase::Check {
            self.phase.d.next = RespPhase::Drain;
            if self.psn_expected.q.val() {
                self.c_nak_sent.d.next = false;
                if !(self.is_send.val() | self.is_write.val()) | self.out_of_seq.val() {
                    self.ack_full.d.next = true;
                    self.ack_syndrome_q.d.next = 0x61.into();
                    self.ack_psn_q.d.next = self.d_psn.q.val();
                    self.s_nak_invalid.d.next = true;
                } else if self.d_has_reth.q.val() {
                    self.chk_full.d.next = true;
                    self.chk_key_q.d.next = self.d_rkey.q.val();
                    self.chk_va_q.d.next = self.d_va.q.val();
                    self.chk_len_q.d.next = self.d_dma_len.q.val();
                    self.chk_local_q.d.next = false;
                    self.chk_remote_q.d.next = true;
                    self.phase.d.next = RespPhase::MrWait;
                } else if (self.is_send.val() & self.starts.val()) | (self.is_write.val() & self.d_has_imm.q.val()) {
                    self.phase.d.next = RespPhase::RqFetch;
                } else {
                    self.phase.d.next = RespPhase::PlacePrep;
                }
            } else if self.psn_behind.q.val() {
                // Behind: a duplicate. Re-ACK the last PSN taken if it asks; never execute.
                self.s_duplicate.d.next = true;
                if self.d_ack_req.q.val() {
                    self.ack_full.d.next = true;
                    self.ack_syndrome_q.d.next = 0x1F.into();
                    self.ack_psn_q.d.next = self.c_epsn.q.val() - 1;
                }
            } else if !self.c_nak_sent.q.val() {
                // Ahead: packets were lost. NAK once with the PSN expected.
                self.c_nak_sent.d.next = true;
                self.ack_full.d.next = true;
                self.ack_syndrome_q.d.next = 0x60.into();
                self.ack_psn_q.d.next = self.c_epsn.q.val();
                self.s_nak_seq.d.next = true;
            }
        }

        // ---- MR check client (a RETH's target or a receive buffer) ----
        self.res_ready.next = (self.phase.q.val() == RespPhase::MrWait) | (self.phase.q.val() == RespPhase::RqMrWait);
        self.res_fire.next = self.res_valid.val()
            & ((self.phase.q.val() == RespPhase::MrWait) | (self.phase.q.val() == RespPhase::RqMrWait));
        if self.res_fire.val() & (self.phase.q.val() == RespPhase::MrWait) {
            // check 10: RDMA WRITE target
            if self.res_ok.val() {
                self.c_iova.d.next = self.res_iova.val();
                self.c_left.d.next = self.d_dma_len.q.val();
                self.c_done.d.next = 0.into();
                self.c_is_send.d.next = false;
                if self.d_has_imm.q.val() {
                    self.phase.d.next = RespPhase::RqFetch;
                } else {
                    self.phase.d.next = RespPhase::PlacePrep;
                }
            } else {
                self.ack_full.d.next = true;
                self.ack_syndrome_q.d.next = 0x62.into();
                self.ack_psn_q.d.next = self.d_psn.q.val();
                self.s_nak_access.d.next = true;
                self.phase.d.next = RespPhase::Drain;
            }
        }
        if self.res_fire.val() & (self.phase.q.val() == RespPhase::RqMrWait) {
            // check 12: the receive WQE's buffer
            if self.res_ok.val() {
                self.c_iova.d.next = self.res_iova.val();
                self.c_left.d.next = self.wqe_len.q.val();
                self.c_done.d.next = 0.into();
                self.c_is_send.d.next = true;
                self.phase.d.next = RespPhase::PlacePrep;
            } else {
                // The WQE is consumed: it completes with a protection error, then the NAK.
                self.ack_full.d.next = true;
                self.ack_syndrome_q.d.next = 0x63.into();
                self.ack_psn_q.d.next = self.d_psn.q.val();
                self.s_nak_invalid.d.next = true;
                self.cqe_full.d.next = true;
                self.cqe_wr_id_q.d.next = self.wqe_wr_id.q.val();
                self.cqe_byte_len_q.d.next = 0.into();
                self.cqe_imm_q.d.next = 0.into();
                self.cqe_imm_valid_q.d.next = false;
                self.cqe_status_q.d.next = 4.into();
                self.cqe_opcode_q.d.next = 2.into();
                self.s_wqe_errors.d.next = true;
                self.phase.d.next = RespPhase::Drain;
            }
        }

        // ---- RqFetch: check 11, then read the receive WQE (32 bytes) ----
        if self.phase.q.val() == RespPhase::RqFetch {
            if self.c_rq_ci.q.val() == self.c_rq_pi.q.val() {
                // No receive WQE: RNR NAK. The rest of the message is now out of sequence:
                // it is dropped silently rather than NAKed again (that would start a second retry).
                self.c_nak_sent.d.next = true;
                self.ack_full.d.next = true;
                self.ack_syndrome_q.d.next = 0x21.into();
                self.ack_psn_q.d.next = self.d_psn.q.val();
                self.s_rnr_nak.d.next = true;
                self.phase.d.next = RespPhase::Drain;
            } else {
                self.rd_full.d.next = true;
                self.rd_addr_q.d.next = self.d_rq_base.q.val() + (bit_cast::<64, 16>(self.rq_slot.val()) << 5);
                self.rq_beat.d.next = 0.into();
                self.rq_err.d.next = false;
                self.phase.d.next = RespPhase::RqWait;
            }
        }
        self.rd_resp_ready.next = self.phase.q.val() == RespPhase::RqWait;
        self.rd_fire.next = self.rd_resp_valid.val() & (self.phase.q.val() == RespPhase::RqWait);
        // A failed read, or one that ends before its fourth beat (the DMA block's bug, kept
        // from becoming a garbage WQE).
        self.rd_bad.next = self.rq_err.q.val() | self.rd_resp_error.val() | (self.rq_beat.q.val() != 3);
        if self.rd_fire.val() {
            if self.rq_beat.q.val() != 7 {
                self.rq_beat.d.next = self.rq_beat.q.val() + 1;
            }
            if self.rd_resp_error.val() {
                self.rq_err.d.next = true;
            }
            if self.rq_beat.q.val() == 0 {
                self.wqe_wr_id.d.next = self.rd_resp_data.val();
            }
            if self.rq_beat.q.val() == 1 {
                self.wqe_addr.d.next = self.rd_resp_data.val();
            }
            if self.rq_beat.q.val() == 2 {
                self.wqe_len.d.next = self.rd_resp_data.val().get_bits::<32>(0);
                self.wqe_lkey.d.next = self.rd_resp_data.val().get_bits::<32>(32);
            }
            if self.rd_resp_last.val() {
                self.c_rq_ci.d.next = self.c_rq_ci.q.val() + 1;
                if self.rd_bad.val() {
                    self.s_dma_errors.d.next = self.rq_err.q.val() | self.rd_resp_error.val();
                    self.ack_full.d.next = true;
                    self.ack_syndrome_q.d.next = 0x63.into();
                    self.ack_psn_q.d.next = self.d_psn.q.val();
                    self.s_nak_invalid.d.next = true;
                    self.phase.d.next = RespPhase::Drain;
                } else if self.is_send.val() {
                    self.c_wr_id.d.next = self.wqe_wr_id.q.val();
                    self.chk_full.d.next = true;
                    self.chk_key_q.d.next = self.wqe_lkey.q.val();
                    self.chk_va_q.d.next = self.wqe_addr.q.val();
                    self.chk_len_q.d.next = self.wqe_len.q.val();
                    self.chk_local_q.d.next = true;
                    self.chk_remote_q.d.next = false;
                    self.phase.d.next = RespPhase::RqMrWait;
                } else {
                    self.c_wr_id.d.next = self.wqe_wr_id.q.val();
                    self.phase.d.next = RespPhase::PlacePrep;
                }
            }
        }

        // ---- PlacePrep: check 13, then the payload's burst ----
        if self.phase.q.val() == RespPhase::PlacePrep {
            if self.len32.val() > self.c_left.q.val() {
                // More data than the target holds: never write past it.
                self.ack_full.d.next = true;
                self.ack_syndrome_q.d.next = 0x61.into();
                self.ack_psn_q.d.next = self.d_psn.q.val();
                self.s_nak_invalid.d.next = true;
                self.c_active.d.next = false;
                self.phase.d.next = RespPhase::Drain;
                if self.is_send.val() {
                    // A receive WQE was consumed for this message: it completes with a length error.
                    self.cqe_full.d.next = true;
                    self.cqe_wr_id_q.d.next = self.c_wr_id.q.val();
                    self.cqe_byte_len_q.d.next = 0.into();
                    self.cqe_imm_q.d.next = 0.into();
                    self.cqe_imm_valid_q.d.next = false;
                    self.cqe_status_q.d.next = 1.into();
                    self.cqe_opcode_q.d.next = 2.into();
                    self.s_wqe_errors.d.next = true;
                }
            } else if self.d_payload_len.q.val().any() {
                self.w_addr_q.d.next = self.c_iova.q.val();
                self.w_len_q.d.next = bit_cast::<16, 14>(self.d_payload_len.q.val());
                self.phase.d.next = RespPhase::Place;
            } else {
                self.phase.d.next = RespPhase::Finish;
            }
        }

        // ---- Place / Drain: the payload's beats ----
        self.w_fire.next = self.w_full.q.val() & self.w_ready.val();
        self.pl_ready.next = self.pl_pending.q.val()
            & (((self.phase.q.val() == RespPhase::Place) & (!self.w_full.q.val() | self.w_ready.val()))
                | (self.phase.q.val() == RespPhase::Drain));
        self.pl_take.next = self.pl_valid.val() & self.pl_ready.val();
        if self.w_fire.val() {
            self.w_full.d.next = false;
            if self.w_last_q.q.val() {
                self.phase.d.next = RespPhase::Finish;
            }
        }
        if self.pl_take.val() {
            if self.pl_last.val() {
                self.pl_pending.d.next = false;
            }
            if self.phase.q.val() == RespPhase::Place {
                self.w_full.d.next = true;
                self.w_data_q.d.next = self.pl_data.val();
                self.w_last_q.d.next = self.pl_last.val();
            }
        }
        if (self.phase.q.val() == RespPhase::Drain) & !self.pl_pending.q.val() {
            self.phase.d.next = RespPhase::Store;
        }

        // ---- Finish: the packet is executed (its payload is with the DMA writer) ----
        if self.phase.q.val() == RespPhase::Finish {
            self.c_iova.d.next = self.c_iova.q.val() + self.len64.val();
            self.c_left.d.next = self.c_left.q.val() - self.len32.val();
            self.c_done.d.next = self.c_done.q.val() + self.len32.val();
            self.c_epsn.d.next = self.c_epsn.q.val() + 1;
            self.c_active.d.next = !self.ends.val();
            if self.ends.val() {
                self.c_msn.d.next = self.c_msn.q.val() + 1;
                if self.is_send.val() | self.d_has_imm.q.val() {
                    self.cqe_full.d.next = true;
                    self.cqe_wr_id_q.d.next = self.c_wr_id.q.val();
                    self.cqe_byte_len_q.d.next = self.c_done.q.val() + self.len32.val();
                    self.cqe_imm_q.d.next = self.d_imm.q.val();
                    self.cqe_imm_valid_q.d.next = self.d_has_imm.q.val();
                    self.cqe_status_q.d.next = 0.into();
                    self.cqe_opcode_q.d.next = 2.into();
                    if self.is_write.val() {
                        self.cqe_opcode_q.d.next = 3.into();
                    }
                }
            }
            if self.d_ack_req.q.val() {
                self.ack_full.d.next = true;
                self.ack_syndrome_q.d.next = 0x1F.into();
                self.ack_psn_q.d.next = self.d_psn.q.val();
            }
            // (the payload, if any, was placed: nothing to drain)
            self.phase.d.next = RespPhase::Store;
        }

        // ---- outputs ----
        self.rd_req_valid.next = self.rd_full.q.val();
        self.rd_req_addr.next = self.rd_addr_q.q.val();
        self.rd_req_len.next = 32.into();
        self.chk_valid.next = self.chk_full.q.val();
        self.chk_key.next = self.chk_key_q.q.val();
        self.chk_pd.next = self.d_pd.q.val();
        self.chk_va.next = self.chk_va_q.q.val();
        self.chk_len.next = self.chk_len_q.q.val();
        self.chk_need_local_write.next = self.chk_local_q.q.val();
        self.chk_need_remote_write.next = self.chk_remote_q.q.val();
        self.w_valid.next = self.w_full.q.val();
        self.w_addr.next = self.w_addr_q.q.val();
        self.w_len.next = self.w_len_q.q.val();
        self.w_data.next = self.w_data_q.q.val();
        self.w_last.next = self.w_last_q.q.val();
        self.ack_valid.next = self.ack_full.q.val();
        self.ack_qpn24.next = self.d_dest_qpn.q.val();
        self.ack_syndrome.next = self.ack_syndrome_q.q.val();
        self.ack_psn.next = self.ack_psn_q.q.val();
        self.ack_msn.next = self.c_msn.q.val();
        self.ack_dst_mac.next = self.d_dmac.q.val();
        self.ack_dst_ip.next = self.d_dip.q.val();
        self.ack_udp_sport.next = self.d_udp_sport.q.val();
        self.cqe_valid.next = self.cqe_full.q.val();
        self.cqe_cqn.next = self.d_rcq.q.val();
        self.cqe_wr_id.next = self.cqe_wr_id_q.q.val();
        self.cqe_byte_len.next = self.cqe_byte_len_q.q.val();
        self.cqe_imm.next = self.cqe_imm_q.q.val();
        self.cqe_imm_valid.next = self.cqe_imm_valid_q.q.val();
        self.cqe_qpn.next = bit_cast::<24, QPN_BITS>(self.d_qpn.q.val());
        self.cqe_status.next = self.cqe_status_q.q.val();
        self.cqe_opcode.next = self.cqe_opcode_q.q.val();
        self.err_valid.next = false;
        self.err_qpn.next = self.d_qpn.q.val();
        self.cnt_rx_duplicate.next = self.s_duplicate.q.val();
        self.cnt_nak_seq_sent.next = self.s_nak_seq.q.val();
        self.cnt_nak_access_sent.next = self.s_nak_access.q.val();
        self.cnt_rnr_nak_sent.next = self.s_rnr_nak.q.val();
        self.cnt_nak_invalid_sent.next = self.s_nak_invalid.q.val();
        self.cnt_wqe_errors.next = self.s_wqe_errors.q.val();
        self.cnt_dma_errors.next = self.s_dma_errors.q.val();
        self.idle.next = (self.phase.q.val() == RespPhase::Idle) & !self.ack_full.q.val() & !self.cqe_full.q.val();

        if self.reset.val() {
            self.phase.d.next = RespPhase::Idle;
            self.pi_live.d.next = 0.into();
            self.fw_valid.d.next = false;
            self.pl_pending.d.next = false;
            self.rd_full.d.next = false;
            self.chk_full.d.next = false;
            self.w_full.d.next = false;
            self.ack_full.d.next = false;
            self.cqe_full.d.next = false;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clocked;
    use crate::testbench::{Clocked, Stalls};
    use std::collections::{HashMap, VecDeque};

    clocked!(Responder);

    const NQP: usize = 4;
    const PMTU: usize = 128;

    #[derive(Clone, Copy, Debug)]
    struct Qp {
        qpn: u64,
        dest_qpn: u64,
        dmac: u64,
        dip: u64,
        sport: u64,
        pd: u64,
        rq_base: u64,
        /// log2 of the receive ring's entries (rings of 1 to 8 entries, so they wrap often)
        rq_log2: u64,
        rcq: u64,
    }

    #[derive(Clone, Copy, Debug)]
    struct Mr {
        key: u64,
        pd: u64,
        va: u64,
        len: u64,
        iova: u64,
        local_write: bool,
        remote_write: bool,
    }

    /// The MR table's answer (the testbench's own rule; the Responder only follows `ok`).
    fn mr_check(mrs: &[Mr], key: u64, pd: u64, va: u64, len: u64, local: bool, remote: bool) -> Option<u64> {
        let m = mrs.iter().find(|m| m.key == key)?;
        let inside = va >= m.va && va.checked_add(len)? <= m.va + m.len;
        (m.pd == pd && inside && (!local || m.local_write) && (!remote || m.remote_write)).then(|| m.iova + (va - m.va))
    }

    #[derive(Clone, Copy, Debug, Default)]
    struct Wqe {
        wr_id: u64,
        addr: u64,
        len: u64,
        lkey: u64,
        /// The read of this slot fails (unmapped).
        fails: bool,
    }

    /// The reference's responder state of one QP (the legacy engine's QPC fields).
    #[derive(Clone, Copy, Debug, Default)]
    struct RState {
        e_psn: u64,
        msn: u64,
        rq_ci: u64,
        rq_pi: u64,
        nak_sent: bool,
        active: bool,
        is_send: bool,
        iova: u64,
        left: u64,
        done: u64,
        wr_id: u64,
    }

    #[derive(Clone, Debug)]
    struct Pkt {
        qp: usize,
        opcode: u64,
        ack_req: bool,
        psn: u64,
        va: u64,
        rkey: u64,
        dma_len: u64,
        imm: u64,
        payload: Vec<u8>,
    }

    type Ack = (u64, u64, u64, u64, u64, u64, u64); // qpn24, syndrome, psn, msn, mac, ip, sport
    type Cqe = (u64, u64, u64, u64, bool, u64, u64, u64); // cqn, wr_id, byte_len, imm, imm_valid, qpn, status, opcode
    type Write = (u64, Vec<u8>);

    #[derive(Default, Debug, PartialEq, Eq, Clone, Copy)]
    struct Counts {
        duplicate: u64,
        nak_seq: u64,
        nak_access: u64,
        rnr: u64,
        nak_invalid: u64,
        wqe_errors: u64,
        dma_errors: u64,
    }

    struct Env {
        qps: Vec<Qp>,
        mrs: Vec<Mr>,
        /// Receive WQEs by host address.
        wqes: HashMap<u64, Wqe>,
        st: Vec<RState>,
        acks: Vec<Ack>,
        /// Each CQE with the number of payload writes that must be taken before it.
        cqes: Vec<(Cqe, usize)>,
        writes: Vec<Write>,
        counts: Counts,
    }

    fn opclass(op: u64) -> (bool, bool, bool, bool, bool, bool) {
        let is_send = op <= 5;
        let is_write = (6..=11).contains(&op);
        let starts = matches!(op, 0 | 4 | 5 | 6 | 10 | 11);
        let ends = matches!(op, 2 | 3 | 4 | 5 | 8 | 9 | 10 | 11);
        let has_reth = matches!(op, 6 | 10 | 11 | 12);
        let has_imm = matches!(op, 3 | 5 | 9 | 11);
        (is_send, is_write, starts, ends, has_reth, has_imm)
    }

    impl Env {
        fn ack(&mut self, qp: usize, syndrome: u64, psn: u64) {
            let q = self.qps[qp];
            self.acks.push((q.dest_qpn, syndrome, psn & 0xFF_FFFF, self.st[qp].msn & 0xFF_FFFF, q.dmac, q.dip, q.sport));
        }
        /// A completion: (wr_id, byte_len, imm, imm_valid, status, opcode); the CQ and QPN are the QP's.
        fn cqe(&mut self, qp: usize, (wr_id, len, imm, imm_valid, status, opcode): (u64, u64, u64, bool, u64, u64)) {
            let q = self.qps[qp];
            self.cqes.push(((q.rcq, wr_id, len, imm, imm_valid, q.qpn, status, opcode), self.writes.len()));
        }

        /// The legacy engine's receive rules (engine.rs RxCheck .. RxAckMaybe) on one packet.
        fn step(&mut self, p: &Pkt) {
            let (is_send, is_write, starts, ends, has_reth, has_imm) = opclass(p.opcode);
            let qp = p.qp;
            let s = self.st[qp];
            let diff = p.psn.wrapping_sub(s.e_psn) & 0xFF_FFFF;
            if diff != 0 {
                if diff & 0x80_0000 != 0 {
                    self.counts.duplicate += 1;
                    if p.ack_req {
                        self.ack(qp, 0x1F, s.e_psn.wrapping_sub(1));
                    }
                } else if !s.nak_sent {
                    self.st[qp].nak_sent = true;
                    self.counts.nak_seq += 1;
                    self.ack(qp, 0x60, s.e_psn);
                }
                return;
            }
            self.st[qp].nak_sent = false;
            let out_of_seq = (s.active && (starts || is_send != s.is_send)) || (!s.active && !starts);
            if !(is_send || is_write) || out_of_seq {
                self.counts.nak_invalid += 1;
                self.ack(qp, 0x61, p.psn);
                return;
            }
            let pd = self.qps[qp].pd;
            if has_reth {
                match mr_check(&self.mrs, p.rkey, pd, p.va, p.dma_len, false, true) {
                    Some(iova) => {
                        let st = &mut self.st[qp];
                        (st.iova, st.left, st.done, st.is_send) = (iova, p.dma_len, 0, false);
                    }
                    None => {
                        self.counts.nak_access += 1;
                        self.ack(qp, 0x62, p.psn);
                        return;
                    }
                }
            }
            if (is_send && starts) || (is_write && has_imm) {
                let st = self.st[qp];
                if st.rq_ci == st.rq_pi {
                    self.st[qp].nak_sent = true;
                    self.counts.rnr += 1;
                    self.ack(qp, 0x21, p.psn);
                    return;
                }
                let addr = self.qps[qp].rq_base + ((st.rq_ci & ((1 << self.qps[qp].rq_log2) - 1)) << 5);
                let w = self.wqes.get(&addr).copied().unwrap_or_default();
                self.st[qp].rq_ci = (st.rq_ci + 1) & 0xFFFF;
                if w.fails {
                    self.counts.dma_errors += 1;
                    self.counts.nak_invalid += 1;
                    self.ack(qp, 0x63, p.psn);
                    return;
                }
                self.st[qp].wr_id = w.wr_id;
                if is_send {
                    match mr_check(&self.mrs, w.lkey, pd, w.addr, w.len, true, false) {
                        Some(iova) => {
                            let st = &mut self.st[qp];
                            (st.iova, st.left, st.done, st.is_send) = (iova, w.len, 0, true);
                        }
                        None => {
                            self.counts.nak_invalid += 1;
                            self.counts.wqe_errors += 1;
                            self.ack(qp, 0x63, p.psn);
                            self.cqe(qp, (w.wr_id, 0, 0, false, 4, 2));
                            return;
                        }
                    }
                }
            }
            let len = p.payload.len() as u64;
            if len > self.st[qp].left {
                self.counts.nak_invalid += 1;
                self.ack(qp, 0x61, p.psn);
                self.st[qp].active = false;
                if is_send {
                    self.counts.wqe_errors += 1;
                    let w = self.st[qp].wr_id;
                    self.cqe(qp, (w, 0, 0, false, 1, 2));
                }
                return;
            }
            if len > 0 {
                self.writes.push((self.st[qp].iova, p.payload.clone()));
            }
            let st = &mut self.st[qp];
            st.iova = st.iova.wrapping_add(len);
            st.left -= len;
            st.done = (st.done + len) & 0xFFFF_FFFF;
            st.e_psn = (st.e_psn + 1) & 0xFF_FFFF;
            st.active = !ends;
            if ends {
                st.msn = (st.msn + 1) & 0xFF_FFFF;
                if is_send || has_imm {
                    let (w, d) = (st.wr_id, st.done);
                    self.cqe(qp, (w, d, p.imm, has_imm, 0, if is_write { 3 } else { 2 }));
                }
            }
            if p.ack_req {
                self.ack(qp, 0x1F, p.psn);
            }
        }
    }

    fn setup(r: &mut Stalls) -> Env {
        let qps: Vec<Qp> = (0..NQP)
            .map(|i| Qp {
                qpn: [3, 77, 200, 255][i],
                dest_qpn: r.next_u64() & 0xFF_FFFF,
                dmac: r.next_u64() & 0xFFFF_FFFF_FFFF,
                dip: r.next_u64() & 0xFFFF_FFFF,
                sport: r.next_u64() & 0xFFFF,
                pd: (i as u64 % 2) + 1,
                rq_base: 0x10_0000 * (i as u64 + 1),
                rq_log2: [3, 0, 2, 1][i],
                rcq: r.next_u64() % (1 << CQN_BITS),
            })
            .collect();
        // Per PD: a region with both rights, one with local write only, one with remote only.
        let mut mrs = Vec::new();
        for pd in 1..=2u64 {
            for (k, (lw, rw)) in [(true, true), (true, false), (false, true)].into_iter().enumerate() {
                let n = mrs.len() as u64;
                mrs.push(Mr {
                    key: 0x100 * pd + k as u64,
                    pd,
                    va: 0x4000_0000 + n * 0x10000,
                    len: 0x10000,
                    iova: 0x8_0000_0000 + n * 0x100_0000,
                    local_write: lw,
                    remote_write: rw,
                });
            }
        }
        let mut wqes = HashMap::new();
        for q in &qps {
            for slot in 0..1u64 << q.rq_log2 {
                let roll = r.next_u64() % 100;
                let good: Vec<&Mr> = mrs.iter().filter(|m| m.pd == q.pd && m.local_write).collect();
                let m = good[(r.next_u64() % good.len() as u64) as usize];
                let len = [0, 40, 300, 1000, 0x1000][(r.next_u64() % 5) as usize];
                let mut w = Wqe { wr_id: r.next_u64(), addr: m.va + (r.next_u64() % 0x800), len, lkey: m.key, fails: false };
                if roll < 8 {
                    w.fails = true;
                } else if roll < 16 {
                    w.lkey = 0x999; // no such region
                } else if roll < 22 {
                    w.addr = m.va + m.len - 8; // crosses the region's end
                    w.len = 64;
                }
                wqes.insert(q.rq_base + slot * 32, w);
            }
        }
        Env {
            qps,
            mrs,
            wqes,
            st: vec![RState::default(); NQP],
            acks: vec![],
            cqes: vec![],
            writes: vec![],
            counts: Counts::default(),
        }
    }

    /// The next packet of a plausible peer: mostly the expected PSN and an opcode that
    /// continues the message in progress, with duplicates, gaps, wrong opcodes, foreign
    /// keys, over-long payloads and READ/atomic requests mixed in.
    fn gen(r: &mut Stalls, env: &Env, msg_left: &mut [u64]) -> Pkt {
        let qp = (r.next_u64() % NQP as u64) as usize;
        let s = env.st[qp];
        let roll = r.next_u64() % 100;
        let psn = match roll {
            0..=5 => s.e_psn.wrapping_sub(1 + r.next_u64() % 3) & 0xFF_FFFF,
            6..=10 => (s.e_psn + 1 + r.next_u64() % 3) & 0xFF_FFFF,
            _ => s.e_psn,
        };
        let pick = |r: &mut Stalls, a: &[u64]| a[(r.next_u64() % a.len() as u64) as usize];
        let mut opcode = if s.active {
            let (mid, last, last_imm) = if s.is_send { (1, 2, 3) } else { (7, 8, 9) };
            if msg_left[qp] > PMTU as u64 { mid } else { pick(r, &[last, last_imm]) }
        } else {
            let op = pick(r, &[0, 4, 5, 6, 10, 11, 4, 10]);
            msg_left[qp] = if matches!(op, 0 | 6) { PMTU as u64 + r.next_u64() % (3 * PMTU as u64) } else { r.next_u64() % (PMTU as u64 + 1) };
            op
        };
        if r.next_u64() % 100 < 6 {
            opcode = pick(r, &[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 0x0C, 0x13, 0x14]);
        }
        let (_, _, starts, ends, has_reth, _) = opclass(opcode);
        let mut len = if !ends { PMTU as u64 } else { msg_left[qp].min(PMTU as u64) };
        if starts && ends {
            len = msg_left[qp].min(PMTU as u64);
        }
        if r.next_u64() % 100 < 4 {
            len = r.next_u64() % (PMTU as u64 + 1);
        }
        if psn == s.e_psn {
            msg_left[qp] = msg_left[qp].saturating_sub(len);
        }
        let payload: Vec<u8> = (0..len).map(|_| r.next_u64() as u8).collect();
        let pd = env.qps[qp].pd;
        let mrs: Vec<&Mr> = env.mrs.iter().filter(|m| m.pd == pd && m.remote_write).collect();
        let mr = if r.next_u64() % 100 < 90 { mrs[0] } else { &env.mrs[(r.next_u64() % env.mrs.len() as u64) as usize] };
        let total = if starts && !ends { msg_left[qp] + len } else { len };
        let dma_len = if r.next_u64() % 100 < 5 { total / 2 } else { total };
        let va = if r.next_u64() % 100 < 5 { mr.va + mr.len - 4 } else { mr.va + r.next_u64() % 0x1000 };
        Pkt {
            qp,
            opcode,
            ack_req: if ends { r.next_u64() % 100 < 70 } else { r.next_u64() % 100 < 10 },
            psn,
            va: if has_reth { va } else { r.next_u64() },
            rkey: if has_reth { mr.key } else { r.next_u64() & 0xFFFF_FFFF },
            dma_len: if has_reth { dma_len } else { r.next_u64() & 0xFFFF_FFFF },
            imm: r.next_u64() & 0xFFFF_FFFF,
            payload,
        }
    }

    /// The ports of the blocks around the Responder, each with its own stall pattern.
    struct Bench {
        uut: Responder,
        g: [Stalls; 10],
        cycle: u64,
        r_q: VecDeque<Pkt>,
        r_offer: bool,
        pl_q: VecDeque<(u64, u8, bool)>,
        pl_offer: bool,
        init_q: VecDeque<(u64, bool, bool, u64)>,
        init_offer: bool,
        db_q: VecDeque<(u64, u64)>,
        /// Cycles before the next doorbell strobe.
        db_wait: u64,
        rd_q: VecDeque<(u64, u64)>,
        rd_beats: VecDeque<(u64, bool, bool)>,
        rd_offer: bool,
        chk_q: VecDeque<(u64, Option<u64>)>,
        chk_offer: bool,
        w_cur: Option<(u64, u64, Vec<u8>)>,
        /// Per output stream (rd_req, chk, w, ack, cqe): its payload while it waits for ready.
        held: [Option<Vec<u64>>; 5],
        acks: Vec<Ack>,
        cqes: Vec<Cqe>,
        writes: Vec<Write>,
        counts: Counts,
    }

    impl Bench {
        fn new(seed: u64, pct: u64) -> Bench {
            let mut uut = Responder::default();
            uut.connect_all();
            uut.reset.next = true;
            uut.half_low();
            uut.half_high();
            uut.reset.next = false;
            Bench {
                uut,
                g: std::array::from_fn(|i| Stalls::new(seed * 16 + i as u64, pct)),
                cycle: 0,
                r_q: VecDeque::new(),
                r_offer: false,
                pl_q: VecDeque::new(),
                pl_offer: false,
                init_q: VecDeque::new(),
                init_offer: false,
                db_q: VecDeque::new(),
                db_wait: 0,
                rd_q: VecDeque::new(),
                rd_beats: VecDeque::new(),
                rd_offer: false,
                chk_q: VecDeque::new(),
                chk_offer: false,
                w_cur: None,
                held: Default::default(),
                acks: vec![],
                cqes: vec![],
                writes: vec![],
                counts: Counts::default(),
            }
        }

        fn busy(&self) -> bool {
            !self.r_q.is_empty() || !self.pl_q.is_empty() || !self.init_q.is_empty() || !self.db_q.is_empty()
                || !self.uut.idle.val()
        }

        /// One clock cycle of the Responder and the models around it.
        fn cycle(&mut self, env: &Env) {
            let u = &mut self.uut;
            let g = &mut self.g;
            // ---- sources (valid held until taken) ----
            self.r_offer = !self.r_q.is_empty() && (self.r_offer || g[0].go());
            u.r_valid.next = self.r_offer;
            if let Some(p) = self.r_q.front() {
                let q = env.qps[p.qp];
                let (_, _, _, _, has_reth, has_imm) = opclass(p.opcode);
                u.r_qpn.next = q.qpn.to_bits();
                u.r_opcode.next = p.opcode.to_bits();
                u.r_solicited.next = false;
                u.r_ack_req.next = p.ack_req;
                u.r_psn.next = p.psn.to_bits();
                u.r_has_reth.next = has_reth;
                u.r_has_imm.next = has_imm;
                u.r_va.next = p.va.to_bits();
                u.r_rkey.next = p.rkey.to_bits();
                u.r_dma_len.next = p.dma_len.to_bits();
                u.r_imm.next = p.imm.to_bits();
                u.r_payload_len.next = (p.payload.len() as u64).to_bits();
                u.r_state.next = 3u64.to_bits();
                u.r_pd.next = q.pd.to_bits();
                u.r_rq_base.next = q.rq_base.to_bits();
                u.r_rq_log2.next = q.rq_log2.to_bits();
                u.r_rcq.next = q.rcq.to_bits();
                u.r_pmtu_log2.next = 7u64.to_bits();
                u.r_dest_qpn.next = q.dest_qpn.to_bits();
                u.r_dmac.next = q.dmac.to_bits();
                u.r_dip.next = q.dip.to_bits();
                u.r_udp_sport.next = q.sport.to_bits();
            }
            self.pl_offer = !self.pl_q.is_empty() && (self.pl_offer || g[1].go());
            u.pl_valid.next = self.pl_offer;
            if let Some(&(d, k, l)) = self.pl_q.front() {
                u.pl_data.next = d.to_bits();
                u.pl_keep.next = (k as u64).to_bits();
                u.pl_last.next = l;
            }
            self.init_offer = !self.init_q.is_empty() && (self.init_offer || g[2].go());
            u.init_valid.next = self.init_offer;
            if let Some(&(qpn, fresh, take, psn)) = self.init_q.front() {
                u.init_qpn.next = qpn.to_bits();
                u.init_fresh.next = fresh;
                u.init_state.next = 2u64.to_bits();
                u.init_take_sq_psn.next = fresh;
                u.init_sq_psn.next = 0u64.to_bits();
                u.init_take_rq_psn.next = take;
                u.init_rq_psn.next = psn.to_bits();
            }
            // A doorbell strobe every cycle the queue holds one.
            let db = if self.db_wait > 0 {
                self.db_wait -= 1;
                None
            } else {
                self.db_q.pop_front()
            };
            u.db_valid.next = db.is_some();
            if let Some((qpn, v)) = db {
                u.db_qpn.next = qpn.to_bits();
                u.db_value.next = v.to_bits();
            }
            // DmaRead: responses in request order, after the request is taken.
            if self.rd_beats.is_empty() {
                if let Some(&(addr, _)) = self.rd_q.front() {
                    self.rd_q.pop_front();
                    let w = env.wqes.get(&addr).copied().unwrap_or_default();
                    let words = if w.fails { [0; 4] } else { [w.wr_id, w.addr, w.len | (w.lkey << 32), 0] };
                    for (i, d) in words.into_iter().enumerate() {
                        self.rd_beats.push_back((d, i == 3, w.fails));
                    }
                }
            }
            self.rd_offer = !self.rd_beats.is_empty() && (self.rd_offer || g[3].go());
            u.rd_resp_valid.next = self.rd_offer;
            if let Some(&(d, l, e)) = self.rd_beats.front() {
                u.rd_resp_data.next = d.to_bits();
                u.rd_resp_last.next = l;
                u.rd_resp_error.next = e;
            }
            let rd_req_ready = g[4].go();
            u.rd_req_ready.next = rd_req_ready;
            // MrTable: results in request order.
            self.chk_offer = !self.chk_q.is_empty() && (self.chk_offer || g[5].go());
            u.res_valid.next = self.chk_offer;
            if let Some(&(_, res)) = self.chk_q.front() {
                u.res_ok.next = res.is_some();
                u.res_iova.next = res.unwrap_or(0).to_bits();
            }
            let chk_ready = g[6].go();
            u.chk_ready.next = chk_ready;
            let w_ready = g[7].go();
            u.w_ready.next = w_ready;
            let out_ready = g[8].go();
            u.ack_ready.next = out_ready;
            let cqe_ready = g[9].go();
            u.cqe_ready.next = cqe_ready;
            u.err_ready.next = true;

            u.half_low();

            // ---- handshakes ----
            if self.r_offer && u.r_ready.val() {
                let p = self.r_q.pop_front().unwrap();
                let n = p.payload.len();
                for (i, c) in p.payload.chunks(8).enumerate() {
                    let mut w = [0u8; 8];
                    w[..c.len()].copy_from_slice(c);
                    self.pl_q.push_back((u64::from_le_bytes(w), ((1u16 << c.len()) - 1) as u8, (i + 1) * 8 >= n));
                }
                self.r_offer = false;
            }
            if self.pl_offer && u.pl_ready.val() {
                self.pl_q.pop_front();
                self.pl_offer = false;
            }
            if self.init_offer && u.init_ready.val() {
                self.init_q.pop_front();
                self.init_offer = false;
            }
            if self.rd_offer && u.rd_resp_ready.val() {
                self.rd_beats.pop_front();
                self.rd_offer = false;
            }
            if u.rd_req_valid.val() && rd_req_ready {
                assert_eq!(u.rd_req_len.val().to_u64(), 32, "receive WQE read length");
                self.rd_q.push_back((u.rd_req_addr.val().to_u64(), 32));
            }
            if self.chk_offer && u.res_ready.val() {
                self.chk_q.pop_front();
                self.chk_offer = false;
            }
            if u.chk_valid.val() && chk_ready {
                let res = mr_check(
                    &env.mrs,
                    u.chk_key.val().to_u64(),
                    u.chk_pd.val().to_u64(),
                    u.chk_va.val().to_u64(),
                    u.chk_len.val().to_u64(),
                    u.chk_need_local_write.val(),
                    u.chk_need_remote_write.val(),
                );
                self.chk_q.push_back((0, res));
            }
            if u.w_valid.val() && w_ready {
                let (addr, len) = (u.w_addr.val().to_u64(), u.w_len.val().to_u64());
                let cur = self.w_cur.get_or_insert((addr, len, Vec::new()));
                assert_eq!((cur.0, cur.1), (addr, len), "address and length held through the burst");
                cur.2.extend_from_slice(&u.w_data.val().to_u64().to_le_bytes());
                if u.w_last.val() {
                    let (a, l, mut bytes) = self.w_cur.take().unwrap();
                    assert_eq!(bytes.len() as u64, l.div_ceil(8) * 8, "beats of a {l}-byte burst");
                    bytes.truncate(l as usize);
                    self.writes.push((a, bytes));
                }
            }
            // A stream's source holds valid and payload until ready (AXI-stream).
            let outs = [
                (u.rd_req_valid.val(), rd_req_ready, vec![u.rd_req_addr.val().to_u64(), u.rd_req_len.val().to_u64()]),
                (
                    u.chk_valid.val(),
                    chk_ready,
                    vec![
                        u.chk_key.val().to_u64(),
                        u.chk_pd.val().to_u64(),
                        u.chk_va.val().to_u64(),
                        u.chk_len.val().to_u64(),
                        u.chk_need_local_write.val() as u64,
                        u.chk_need_remote_write.val() as u64,
                    ],
                ),
                (
                    u.w_valid.val(),
                    w_ready,
                    vec![u.w_addr.val().to_u64(), u.w_len.val().to_u64(), u.w_data.val().to_u64(), u.w_last.val() as u64],
                ),
                (
                    u.ack_valid.val(),
                    out_ready,
                    vec![
                        u.ack_qpn24.val().to_u64(),
                        u.ack_syndrome.val().to_u64(),
                        u.ack_psn.val().to_u64(),
                        u.ack_msn.val().to_u64(),
                        u.ack_dst_mac.val().to_u64(),
                        u.ack_dst_ip.val().to_u64(),
                        u.ack_udp_sport.val().to_u64(),
                    ],
                ),
                (
                    u.cqe_valid.val(),
                    cqe_ready,
                    vec![
                        u.cqe_cqn.val().to_u64(),
                        u.cqe_wr_id.val().to_u64(),
                        u.cqe_byte_len.val().to_u64(),
                        u.cqe_imm.val().to_u64(),
                        u.cqe_imm_valid.val() as u64,
                        u.cqe_qpn.val().to_u64(),
                        u.cqe_status.val().to_u64(),
                        u.cqe_opcode.val().to_u64(),
                    ],
                ),
            ];
            for (i, (valid, ready, payload)) in outs.into_iter().enumerate() {
                if let Some(h) = &self.held[i] {
                    assert!(valid && *h == payload, "output stream {i} dropped or changed while stalled (cycle {})", self.cycle);
                }
                self.held[i] = (valid && !ready).then_some(payload);
            }
            if u.ack_valid.val() && out_ready {
                self.acks.push((
                    u.ack_qpn24.val().to_u64(),
                    u.ack_syndrome.val().to_u64(),
                    u.ack_psn.val().to_u64(),
                    u.ack_msn.val().to_u64(),
                    u.ack_dst_mac.val().to_u64(),
                    u.ack_dst_ip.val().to_u64(),
                    u.ack_udp_sport.val().to_u64(),
                ));
            }
            if u.cqe_valid.val() && cqe_ready {
                let n = self.cqes.len();
                let need = env.cqes.get(n).map(|c| c.1).unwrap_or(0);
                assert!(self.writes.len() >= need, "CQE {n} before its message's payload was taken");
                self.cqes.push((
                    u.cqe_cqn.val().to_u64(),
                    u.cqe_wr_id.val().to_u64(),
                    u.cqe_byte_len.val().to_u64(),
                    u.cqe_imm.val().to_u64(),
                    u.cqe_imm_valid.val(),
                    u.cqe_qpn.val().to_u64(),
                    u.cqe_status.val().to_u64(),
                    u.cqe_opcode.val().to_u64(),
                ));
            }
            assert!(!u.err_valid.val(), "the responder never moves a QP to ERROR");
            self.counts.duplicate += u.cnt_rx_duplicate.val() as u64;
            self.counts.nak_seq += u.cnt_nak_seq_sent.val() as u64;
            self.counts.nak_access += u.cnt_nak_access_sent.val() as u64;
            self.counts.rnr += u.cnt_rnr_nak_sent.val() as u64;
            self.counts.nak_invalid += u.cnt_nak_invalid_sent.val() as u64;
            self.counts.wqe_errors += u.cnt_wqe_errors.val() as u64;
            self.counts.dma_errors += u.cnt_dma_errors.val() as u64;
            u.half_high();
            self.cycle += 1;
        }

        fn settle(&mut self, env: &Env) {
            let start = self.cycle;
            let mut quiet = 0;
            while quiet < 4 {
                self.cycle(env);
                quiet = if self.busy() { 0 } else { quiet + 1 };
                assert!(self.cycle - start < 200_000, "the responder never went idle");
            }
        }
    }

    /// Fresh QPs, then batches of packets (plausible peers with every fault mixed in)
    /// under random stalls on every port; between batches receives are posted (RQ_PI
    /// doorbells) and now and then a QP is re-created or modified to a new PSN. The
    /// ACKs/NAKs, completions, payload writes and counters must equal the reference's
    /// (the legacy engine's rules), and no CQE may pass its message's payload.
    fn run(seed: u64, pct: u64, batches: usize) -> (u64, Counts, [usize; 3]) {
        let mut r = Stalls::new(seed * 7919, 50);
        let mut env = setup(&mut r);
        let mut b = Bench::new(seed, pct);
        let mut msg_left = [0u64; NQP];
        let mut packets = 0u64;
        for batch in 0..batches {
            for (qp, left) in msg_left.iter_mut().enumerate() {
                let roll = r.next_u64() % 100;
                if batch == 0 || roll < 4 {
                    // COMMIT: a fresh incarnation (QP 0 first just below the PSN wrap).
                    let psn = if batch == 0 && qp == 0 { 0xFF_FFF0 } else { r.next_u64() & 0xFF_FFFF };
                    env.st[qp] = RState { e_psn: psn, ..RState::default() };
                    b.init_q.push_back((env.qps[qp].qpn, true, true, psn));
                    *left = 0;
                } else if roll < 8 {
                    // MODIFY entering RTR from below: only the receive PSN.
                    let psn = r.next_u64() & 0xFF_FFFF;
                    env.st[qp].e_psn = psn;
                    b.init_q.push_back((env.qps[qp].qpn, false, true, psn));
                } else if roll < 10 {
                    // A MODIFY that takes no PSN changes nothing here.
                    b.init_q.push_back((env.qps[qp].qpn, false, false, r.next_u64() & 0xFF_FFFF));
                }
            }
            b.settle(&env);
            for qp in 0..NQP {
                let s = &mut env.st[qp];
                let room = (1u64 << env.qps[qp].rq_log2) - (s.rq_pi.wrapping_sub(s.rq_ci) & 0xFFFF);
                let post = (r.next_u64() % 6).min(room);
                if post > 0 || batch == 0 {
                    s.rq_pi = (s.rq_pi + post) & 0xFFFF;
                    b.db_q.push_back((env.qps[qp].qpn, s.rq_pi));
                }
            }
            b.settle(&env);
            for _ in 0..30 {
                let p = gen(&mut r, &env, &mut msg_left);
                env.step(&p);
                b.r_q.push_back(p);
                packets += 1;
            }
            b.settle(&env);
        }
        check(&b, &env, seed);
        (packets, env.counts, [env.writes.len(), env.cqes.len(), env.acks.len()])
    }

    /// What the Responder emitted equals what the reference says.
    fn check(b: &Bench, env: &Env, seed: u64) {
        assert_eq!(b.writes.len(), env.writes.len(), "seed {seed}: payload writes");
        for (i, (g, w)) in b.writes.iter().zip(&env.writes).enumerate() {
            assert_eq!(g, w, "seed {seed}: write {i}");
        }
        assert_eq!(b.acks.len(), env.acks.len(), "seed {seed}: ACK requests");
        for (i, (g, w)) in b.acks.iter().zip(&env.acks).enumerate() {
            assert_eq!(g, w, "seed {seed}: ACK request {i} (qpn24, syndrome, psn, msn, mac, ip, sport)");
        }
        let want_cqes: Vec<Cqe> = env.cqes.iter().map(|c| c.0).collect();
        assert_eq!(b.cqes, want_cqes, "seed {seed}: completions");
        assert_eq!(b.counts, env.counts, "seed {seed}: counters");
    }

    /// An RQ_PI doorbell in the very cycle the packet that needs it is taken, or one or
    /// two cycles later (before the responder compares the ring's indices), is not lost:
    /// the SEND is executed, not RNR-NAKed. (Paths: the forwarded RAM write, the
    /// doorbell during the row's load, the doorbell into the working copy.)
    #[test]
    fn a_doorbell_racing_its_packet_is_not_lost() {
        for delay in 0..=2u64 {
            let mut r = Stalls::new(99, 50);
            let mut env = setup(&mut r);
            let q = env.qps[0];
            let m = *env.mrs.iter().find(|m| m.pd == q.pd && m.local_write).unwrap();
            env.wqes.insert(q.rq_base, Wqe { wr_id: 0xABCD, addr: m.va + 16, len: 1000, lkey: m.key, fails: false });
            let mut b = Bench::new(5, 100);
            b.init_q.push_back((q.qpn, true, true, 1234));
            env.st[0] = RState { e_psn: 1234, ..RState::default() };
            b.settle(&env);
            let p = Pkt { qp: 0, opcode: 4, ack_req: true, psn: 1234, va: 0, rkey: 0, dma_len: 0, imm: 7, payload: vec![0x5A; 20] };
            env.st[0].rq_pi = 1;
            env.step(&p);
            assert_eq!(env.counts.rnr, 0);
            b.db_q.push_back((q.qpn, 1));
            b.db_wait = delay;
            b.r_q.push_back(p);
            b.settle(&env);
            check(&b, &env, 100 + delay);
        }
    }

    /// Cycles per executed packet of a long RDMA WRITE with nothing stalled, printed next
    /// to the packet's time on a 10 Gb/s wire (payload + 82 bytes of headers, ICRC, FCS,
    /// preamble and gap, at 8 bytes per cycle), and held below it.
    #[test]
    fn keeps_up_with_the_wire_without_stalls() {
        for (pmtu, n) in [(64u64, 40u64), (1024, 12), (4096, 4)] {
            let mut r = Stalls::new(3, 50);
            let mut env = setup(&mut r);
            let q = env.qps[0];
            let m = *env.mrs.iter().find(|m| m.pd == q.pd && m.remote_write).unwrap();
            let mut b = Bench::new(9, 100);
            b.init_q.push_back((q.qpn, true, true, 0));
            env.st[0] = RState::default();
            b.settle(&env);
            for i in 0..n {
                let opcode = if i == 0 { 6 } else if i + 1 == n { 8 } else { 7 };
                let payload: Vec<u8> = (0..pmtu).map(|_| r.next_u64() as u8).collect();
                let p = Pkt { qp: 0, opcode, ack_req: i + 1 == n, psn: i, va: m.va, rkey: m.key, dma_len: n * pmtu, imm: 0, payload };
                env.step(&p);
                b.r_q.push_back(p);
            }
            let start = b.cycle;
            b.settle(&env);
            check(&b, &env, pmtu);
            assert_eq!(env.writes.len() as u64, n);
            let per = (b.cycle - start - 4) as f64 / n as f64;
            let wire = (pmtu + 82) as f64 / 8.0;
            println!("Responder: {per:.2} cycles per {pmtu}-byte WRITE packet without stalls (10 Gb/s wire: {wire:.2})");
            assert!(per < wire, "{per:.2} cycles per {pmtu}-byte packet, the wire takes {wire:.2}");
        }
    }

    #[test]
    fn follows_the_legacy_rules_under_stalls() {
        let mut total = Counts::default();
        let (mut packets, mut outs) = (0, [0usize; 3]);
        for (seed, pct) in [(1u64, 50u64), (2, 80), (3, 30)] {
            let (n, c, o) = run(seed, pct, 20);
            packets += n;
            for i in 0..3 {
                outs[i] += o[i];
            }
            total.duplicate += c.duplicate;
            total.nak_seq += c.nak_seq;
            total.nak_access += c.nak_access;
            total.rnr += c.rnr;
            total.nak_invalid += c.nak_invalid;
            total.wqe_errors += c.wqe_errors;
            total.dma_errors += c.dma_errors;
        }
        // The mix must reach every refusal.
        println!("responder test: {packets} packets, {} payload writes, {} completions, {} ACK/NAK requests; {total:?}", outs[0], outs[1], outs[2]);
        assert!(outs[0] * 3 > packets as usize, "too few packets executed: {} of {packets}", outs[0]);
        assert!(total.duplicate > 0 && total.nak_seq > 0 && total.nak_access > 0 && total.rnr > 0);
        assert!(total.nak_invalid > 0 && total.wqe_errors > 0 && total.dma_errors > 0);
    }
}
