//! QpStatic: what QP commands write (state, path, queue bases, CQs, PD), in block RAM
//! that TX and RX read independently, and the QpInit stream that tells the Requester,
//! AckHandler and Responder what a command did to their own state.
//!
//! Three tables, each in two copies (one per read port, both written together):
//! `state` (4 bits), `path` (DEST_QPN, DMAC, DIP, PMTU, UDP_SPORT: what MODIFY changes)
//! and `queues` (queue bases and sizes, CQs, PD: written by COMMIT only). A third copy
//! of `state` is read by the command itself, which needs the old state. A `live` bit
//! per QP, cleared by reset and by INVALIDATE and set by COMMIT, gates the state read
//! out: a QP that is not live reads RESET whatever the RAM holds.
//!
//! One thing at a time, by a small FSM whose flops drive the readies (no ready depends
//! on a valid): a command takes two cycles (old state read, then the writes, which
//! take the command) and then offers its QpInit until taken; an error request (from
//! AckHandler or Responder: the QP to ERROR) takes one cycle. Commands come first,
//! then `err_a`, then `err_b`; all are rare. The QpInit leaves a cycle after the RAM
//! writes, so a block that reads a table after seeing it reads the new row.
//!
//! Command rules (the legacy engine's, the spec's flags):
//! - COMMIT: every table, `live` set; QpInit fresh, both PSNs taken.
//! - MODIFY of a live QP: state and path; QpInit not fresh, the send PSN taken when the
//!   QP enters RTS from below RTS, the receive PSN when it enters RTR or RTS from below
//!   RTR. MODIFY of a QP that is not live (not COMMITted since reset or INVALIDATE)
//!   changes nothing and reports state RESET: the driver COMMITs a QP leaving RESET.
//! - INVALIDATE (and op 0, which the RegFile never sends): `live` cleared; QpInit fresh
//!   with state RESET, so the other blocks drop the QP's progress and timers, as the
//!   legacy engine zeroes the whole context.
//! - An error request for a QP that is not live is ignored (stale: the QP was reset).

use super::params::{CQN_BITS, QPN_BITS, QPS};
use super::regfile::{staged_bit, QPC, QPC_STAGED_BITS};
use openrnic_contract::regs::{self, qp_state};
use rust_hdl::prelude::*;

/// Packed `path` row: dest_qpn 0, dmac 24, dip 72, pmtu_log2 104, udp_sport 108.
const PATH_BITS: usize = 124;
/// Packed `queues` row: sq_base 0, sq_log2 64, rq_base 69, rq_log2 133, scq 138, rcq 146, pd 154.
const QUEUES_BITS: usize = 170;

// Literal offsets below (rust-hdl needs literals there), checked against the contract.
const _: () = assert!(QPN_BITS == 8 && CQN_BITS == 8 && QPC_STAGED_BITS == 576);
const _: () = assert!(staged_bit(&QPC, &regs::QPC_STATE) == 32 && staged_bit(&QPC, &regs::QPC_DEST_QPN) == 64);
const _: () = assert!(staged_bit(&QPC, &regs::QPC_SQ_PSN) == 96 && staged_bit(&QPC, &regs::QPC_RQ_PSN) == 128);
const _: () = assert!(staged_bit(&QPC, &regs::QPC_DMAC_LO) == 160 && staged_bit(&QPC, &regs::QPC_DMAC_HI) == 192);
const _: () = assert!(staged_bit(&QPC, &regs::QPC_DIP) == 224 && staged_bit(&QPC, &regs::QPC_PMTU_LOG2) == 256);
const _: () = assert!(staged_bit(&QPC, &regs::QPC_SQ_BASE_LO) == 288 && staged_bit(&QPC, &regs::QPC_SQ_BASE_HI) == 320);
const _: () = assert!(staged_bit(&QPC, &regs::QPC_SQ_LOG2) == 352 && staged_bit(&QPC, &regs::QPC_RQ_BASE_LO) == 384);
const _: () = assert!(staged_bit(&QPC, &regs::QPC_RQ_BASE_HI) == 416 && staged_bit(&QPC, &regs::QPC_RQ_LOG2) == 448);
const _: () = assert!(staged_bit(&QPC, &regs::QPC_CQN) == 480 && staged_bit(&QPC, &regs::QPC_PD) == 512);
const _: () = assert!(staged_bit(&QPC, &regs::QPC_UDP_SPORT) == 544);
const _: () = assert!(regs::qpc_cqn::SEND_CQ.bit() == 0 && regs::qpc_cqn::RECV_CQ.bit() == 16);
const _: () = assert!(regs::cmd::COMMIT == 1 && regs::cmd::MODIFY == 3);
const _: () = assert!(qp_state::RESET == 0 && qp_state::RTR == 2 && qp_state::RTS == 3 && qp_state::ERROR == 6);

#[derive(Copy, Clone, PartialEq, Eq, Debug, LogicState)]
pub enum QpStaticFsm {
    Idle,
    /// The command's old state is on the RAM's read port: write, take the command.
    Cmd,
    /// Offer the QpInit until taken.
    Init,
    ErrA,
    ErrB,
}

#[derive(LogicBlock, Default)]
pub struct QpStatic {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, bool>,
    /// QPC command from the RegFile (`qpc_cmd_*`, `qpc_staged`).
    pub cmd_valid: Signal<In, bool>,
    pub cmd_ready: Signal<Out, bool>,
    pub cmd_op: Signal<In, Bits<2>>,
    pub cmd_sel: Signal<In, Bits<QPN_BITS>>,
    pub cmd_staged: Signal<In, Bits<QPC_STAGED_BITS>>,
    /// What a command did, for the Requester, AckHandler and Responder (broadcast).
    pub init_valid: Signal<Out, bool>,
    pub init_ready: Signal<In, bool>,
    pub init_qpn: Signal<Out, Bits<QPN_BITS>>,
    pub init_fresh: Signal<Out, bool>,
    pub init_state: Signal<Out, Bits<4>>,
    pub init_take_sq_psn: Signal<Out, bool>,
    pub init_sq_psn: Signal<Out, Bits<24>>,
    pub init_take_rq_psn: Signal<Out, bool>,
    pub init_rq_psn: Signal<Out, Bits<24>>,
    /// The QP to ERROR (AckHandler).
    pub err_a_valid: Signal<In, bool>,
    pub err_a_ready: Signal<Out, bool>,
    pub err_a_qpn: Signal<In, Bits<QPN_BITS>>,
    /// The QP to ERROR (Responder).
    pub err_b_valid: Signal<In, bool>,
    pub err_b_ready: Signal<Out, bool>,
    pub err_b_qpn: Signal<In, Bits<QPN_BITS>>,
    /// TX read port: the row of `tx_rd_qpn`, one cycle later.
    pub tx_rd_qpn: Signal<In, Bits<QPN_BITS>>,
    pub tx_state: Signal<Out, Bits<4>>,
    pub tx_dest_qpn: Signal<Out, Bits<24>>,
    pub tx_dmac: Signal<Out, Bits<48>>,
    pub tx_dip: Signal<Out, Bits<32>>,
    pub tx_pmtu_log2: Signal<Out, Bits<4>>,
    pub tx_sq_base: Signal<Out, Bits<64>>,
    pub tx_sq_log2: Signal<Out, Bits<5>>,
    pub tx_rq_base: Signal<Out, Bits<64>>,
    pub tx_rq_log2: Signal<Out, Bits<5>>,
    pub tx_scq: Signal<Out, Bits<CQN_BITS>>,
    pub tx_rcq: Signal<Out, Bits<CQN_BITS>>,
    pub tx_pd: Signal<Out, Bits<16>>,
    pub tx_udp_sport: Signal<Out, Bits<16>>,
    /// RX read port: the row of `rx_rd_qpn`, one cycle later.
    pub rx_rd_qpn: Signal<In, Bits<QPN_BITS>>,
    pub rx_state: Signal<Out, Bits<4>>,
    pub rx_dest_qpn: Signal<Out, Bits<24>>,
    pub rx_dmac: Signal<Out, Bits<48>>,
    pub rx_dip: Signal<Out, Bits<32>>,
    pub rx_pmtu_log2: Signal<Out, Bits<4>>,
    pub rx_sq_base: Signal<Out, Bits<64>>,
    pub rx_sq_log2: Signal<Out, Bits<5>>,
    pub rx_rq_base: Signal<Out, Bits<64>>,
    pub rx_rq_log2: Signal<Out, Bits<5>>,
    pub rx_scq: Signal<Out, Bits<CQN_BITS>>,
    pub rx_rcq: Signal<Out, Bits<CQN_BITS>>,
    pub rx_pd: Signal<Out, Bits<16>>,
    pub rx_udp_sport: Signal<Out, Bits<16>>,
    /// No command or error request in progress.
    pub idle: Signal<Out, bool>,
    tx_state_ram: RAM<Bits<4>, QPN_BITS>,
    rx_state_ram: RAM<Bits<4>, QPN_BITS>,
    cmd_state_ram: RAM<Bits<4>, QPN_BITS>,
    tx_path_ram: RAM<Bits<PATH_BITS>, QPN_BITS>,
    rx_path_ram: RAM<Bits<PATH_BITS>, QPN_BITS>,
    tx_queues_ram: RAM<Bits<QUEUES_BITS>, QPN_BITS>,
    rx_queues_ram: RAM<Bits<QUEUES_BITS>, QPN_BITS>,
    live: DFF<Bits<QPS>>,
    tx_live: DFF<bool>,
    rx_live: DFF<bool>,
    fsm: DFF<QpStaticFsm>,
    init_qpn_q: DFF<Bits<QPN_BITS>>,
    init_fresh_q: DFF<bool>,
    init_state_q: DFF<Bits<4>>,
    init_take_sq_q: DFF<bool>,
    init_sq_psn_q: DFF<Bits<24>>,
    init_take_rq_q: DFF<bool>,
    init_rq_psn_q: DFF<Bits<24>>,
    // locals
    old_state: Signal<Local, Bits<4>>,
    new_state: Signal<Local, Bits<4>>,
    cmd_path: Signal<Local, Bits<PATH_BITS>>,
    cmd_queues: Signal<Local, Bits<QUEUES_BITS>>,
    one: Signal<Local, Bits<QPS>>,
    sel_one: Signal<Local, Bits<QPS>>,
    err_qpn: Signal<Local, Bits<QPN_BITS>>,
    write_state: Signal<Local, bool>,
    write_path: Signal<Local, bool>,
    write_queues: Signal<Local, bool>,
    wr_qpn: Signal<Local, Bits<QPN_BITS>>,
    wr_state: Signal<Local, Bits<4>>,
}

impl Logic for QpStatic {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, live, tx_live, rx_live, fsm, init_qpn_q, init_fresh_q, init_state_q, init_take_sq_q, init_sq_psn_q,
            init_take_rq_q, init_rq_psn_q);
        self.tx_state_ram.read_clock.next = self.clock.val();
        self.tx_state_ram.write_clock.next = self.clock.val();
        self.rx_state_ram.read_clock.next = self.clock.val();
        self.rx_state_ram.write_clock.next = self.clock.val();
        self.cmd_state_ram.read_clock.next = self.clock.val();
        self.cmd_state_ram.write_clock.next = self.clock.val();
        self.tx_path_ram.read_clock.next = self.clock.val();
        self.tx_path_ram.write_clock.next = self.clock.val();
        self.rx_path_ram.read_clock.next = self.clock.val();
        self.rx_path_ram.write_clock.next = self.clock.val();
        self.tx_queues_ram.read_clock.next = self.clock.val();
        self.tx_queues_ram.write_clock.next = self.clock.val();
        self.rx_queues_ram.read_clock.next = self.clock.val();
        self.rx_queues_ram.write_clock.next = self.clock.val();

        // ---- the command's rows, from the staging registers ----
        self.new_state.next = self.cmd_staged.val().get_bits::<4>(32);
        self.cmd_path.next = bit_cast::<PATH_BITS, 24>(self.cmd_staged.val().get_bits::<24>(64))
            | (bit_cast::<PATH_BITS, 48>(self.cmd_staged.val().get_bits::<48>(160)) << 24)
            | (bit_cast::<PATH_BITS, 32>(self.cmd_staged.val().get_bits::<32>(224)) << 72)
            | (bit_cast::<PATH_BITS, 4>(self.cmd_staged.val().get_bits::<4>(256)) << 104)
            | (bit_cast::<PATH_BITS, 16>(self.cmd_staged.val().get_bits::<16>(544)) << 108);
        self.cmd_queues.next = bit_cast::<QUEUES_BITS, 64>(self.cmd_staged.val().get_bits::<64>(288))
            | (bit_cast::<QUEUES_BITS, 5>(self.cmd_staged.val().get_bits::<5>(352)) << 64)
            | (bit_cast::<QUEUES_BITS, 64>(self.cmd_staged.val().get_bits::<64>(384)) << 69)
            | (bit_cast::<QUEUES_BITS, 5>(self.cmd_staged.val().get_bits::<5>(448)) << 133)
            | (bit_cast::<QUEUES_BITS, 8>(self.cmd_staged.val().get_bits::<8>(480)) << 138)
            | (bit_cast::<QUEUES_BITS, 8>(self.cmd_staged.val().get_bits::<8>(496)) << 146)
            | (bit_cast::<QUEUES_BITS, 16>(self.cmd_staged.val().get_bits::<16>(512)) << 154);
        self.one.next = 1.into();
        self.sel_one.next = self.one.val() << self.cmd_sel.val();
        self.cmd_state_ram.read_address.next = self.cmd_sel.val();
        self.old_state.next = 0.into();
        if self.live.q.val().get_bit(self.cmd_sel.val().index()) {
            self.old_state.next = self.cmd_state_ram.read_data.val();
        }

        // ---- FSM: one command or error request at a time ----
        self.write_state.next = false;
        self.write_path.next = false;
        self.write_queues.next = false;
        self.wr_qpn.next = self.cmd_sel.val();
        self.wr_state.next = self.new_state.val();
        self.err_qpn.next = self.err_a_qpn.val();
        if self.fsm.q.val() == QpStaticFsm::ErrB {
            self.err_qpn.next = self.err_b_qpn.val();
        }
        match self.fsm.q.val() {
            QpStaticFsm::Idle => {
                if self.cmd_valid.val() {
                    self.fsm.d.next = QpStaticFsm::Cmd;
                } else if self.err_a_valid.val() {
                    self.fsm.d.next = QpStaticFsm::ErrA;
                } else if self.err_b_valid.val() {
                    self.fsm.d.next = QpStaticFsm::ErrB;
                }
            }
            QpStaticFsm::Cmd => {
                self.fsm.d.next = QpStaticFsm::Init;
                self.init_qpn_q.d.next = self.cmd_sel.val();
                self.init_sq_psn_q.d.next = self.cmd_staged.val().get_bits::<24>(96);
                self.init_rq_psn_q.d.next = self.cmd_staged.val().get_bits::<24>(128);
                self.init_fresh_q.d.next = false;
                self.init_state_q.d.next = 0.into();
                self.init_take_sq_q.d.next = false;
                self.init_take_rq_q.d.next = false;
                if self.cmd_op.val() == 1 {
                    self.write_state.next = true;
                    self.write_path.next = true;
                    self.write_queues.next = true;
                    self.live.d.next = self.live.q.val() | self.sel_one.val();
                    self.init_fresh_q.d.next = true;
                    self.init_state_q.d.next = self.new_state.val();
                    self.init_take_sq_q.d.next = true;
                    self.init_take_rq_q.d.next = true;
                } else if self.cmd_op.val() == 3 {
                    if self.live.q.val().get_bit(self.cmd_sel.val().index()) {
                        self.write_state.next = true;
                        self.write_path.next = true;
                        self.init_state_q.d.next = self.new_state.val();
                        self.init_take_sq_q.d.next = (self.old_state.val() < 3) & (self.new_state.val() == 3);
                        self.init_take_rq_q.d.next =
                            (self.old_state.val() < 2) & ((self.new_state.val() == 2) | (self.new_state.val() == 3));
                    }
                } else {
                    self.live.d.next = self.live.q.val() & !self.sel_one.val();
                    self.init_fresh_q.d.next = true;
                }
            }
            QpStaticFsm::Init => {
                if self.init_ready.val() {
                    self.fsm.d.next = QpStaticFsm::Idle;
                }
            }
            QpStaticFsm::ErrA => {
                self.fsm.d.next = QpStaticFsm::Idle;
                self.wr_qpn.next = self.err_qpn.val();
                self.wr_state.next = 6.into();
                self.write_state.next = self.live.q.val().get_bit(self.err_qpn.val().index());
            }
            QpStaticFsm::ErrB => {
                self.fsm.d.next = QpStaticFsm::Idle;
                self.wr_qpn.next = self.err_qpn.val();
                self.wr_state.next = 6.into();
                self.write_state.next = self.live.q.val().get_bit(self.err_qpn.val().index());
            }
        }
        self.cmd_ready.next = self.fsm.q.val() == QpStaticFsm::Cmd;
        self.err_a_ready.next = self.fsm.q.val() == QpStaticFsm::ErrA;
        self.err_b_ready.next = self.fsm.q.val() == QpStaticFsm::ErrB;
        self.init_valid.next = self.fsm.q.val() == QpStaticFsm::Init;
        self.init_qpn.next = self.init_qpn_q.q.val();
        self.init_fresh.next = self.init_fresh_q.q.val();
        self.init_state.next = self.init_state_q.q.val();
        self.init_take_sq_psn.next = self.init_take_sq_q.q.val();
        self.init_sq_psn.next = self.init_sq_psn_q.q.val();
        self.init_take_rq_psn.next = self.init_take_rq_q.q.val();
        self.init_rq_psn.next = self.init_rq_psn_q.q.val();
        self.idle.next = self.fsm.q.val() == QpStaticFsm::Idle;

        // ---- writes: every copy of a table together ----
        self.tx_state_ram.write_enable.next = self.write_state.val();
        self.rx_state_ram.write_enable.next = self.write_state.val();
        self.cmd_state_ram.write_enable.next = self.write_state.val();
        self.tx_state_ram.write_address.next = self.wr_qpn.val();
        self.rx_state_ram.write_address.next = self.wr_qpn.val();
        self.cmd_state_ram.write_address.next = self.wr_qpn.val();
        self.tx_state_ram.write_data.next = self.wr_state.val();
        self.rx_state_ram.write_data.next = self.wr_state.val();
        self.cmd_state_ram.write_data.next = self.wr_state.val();
        self.tx_path_ram.write_enable.next = self.write_path.val();
        self.rx_path_ram.write_enable.next = self.write_path.val();
        self.tx_path_ram.write_address.next = self.cmd_sel.val();
        self.rx_path_ram.write_address.next = self.cmd_sel.val();
        self.tx_path_ram.write_data.next = self.cmd_path.val();
        self.rx_path_ram.write_data.next = self.cmd_path.val();
        self.tx_queues_ram.write_enable.next = self.write_queues.val();
        self.rx_queues_ram.write_enable.next = self.write_queues.val();
        self.tx_queues_ram.write_address.next = self.cmd_sel.val();
        self.rx_queues_ram.write_address.next = self.cmd_sel.val();
        self.tx_queues_ram.write_data.next = self.cmd_queues.val();
        self.rx_queues_ram.write_data.next = self.cmd_queues.val();

        // ---- the two read ports ----
        self.tx_state_ram.read_address.next = self.tx_rd_qpn.val();
        self.tx_path_ram.read_address.next = self.tx_rd_qpn.val();
        self.tx_queues_ram.read_address.next = self.tx_rd_qpn.val();
        self.tx_live.d.next = self.live.q.val().get_bit(self.tx_rd_qpn.val().index());
        self.tx_state.next = 0.into();
        if self.tx_live.q.val() {
            self.tx_state.next = self.tx_state_ram.read_data.val();
        }
        self.tx_dest_qpn.next = self.tx_path_ram.read_data.val().get_bits::<24>(0);
        self.tx_dmac.next = self.tx_path_ram.read_data.val().get_bits::<48>(24);
        self.tx_dip.next = self.tx_path_ram.read_data.val().get_bits::<32>(72);
        self.tx_pmtu_log2.next = self.tx_path_ram.read_data.val().get_bits::<4>(104);
        self.tx_udp_sport.next = self.tx_path_ram.read_data.val().get_bits::<16>(108);
        self.tx_sq_base.next = self.tx_queues_ram.read_data.val().get_bits::<64>(0);
        self.tx_sq_log2.next = self.tx_queues_ram.read_data.val().get_bits::<5>(64);
        self.tx_rq_base.next = self.tx_queues_ram.read_data.val().get_bits::<64>(69);
        self.tx_rq_log2.next = self.tx_queues_ram.read_data.val().get_bits::<5>(133);
        self.tx_scq.next = self.tx_queues_ram.read_data.val().get_bits::<8>(138);
        self.tx_rcq.next = self.tx_queues_ram.read_data.val().get_bits::<8>(146);
        self.tx_pd.next = self.tx_queues_ram.read_data.val().get_bits::<16>(154);
        self.rx_state_ram.read_address.next = self.rx_rd_qpn.val();
        self.rx_path_ram.read_address.next = self.rx_rd_qpn.val();
        self.rx_queues_ram.read_address.next = self.rx_rd_qpn.val();
        self.rx_live.d.next = self.live.q.val().get_bit(self.rx_rd_qpn.val().index());
        self.rx_state.next = 0.into();
        if self.rx_live.q.val() {
            self.rx_state.next = self.rx_state_ram.read_data.val();
        }
        self.rx_dest_qpn.next = self.rx_path_ram.read_data.val().get_bits::<24>(0);
        self.rx_dmac.next = self.rx_path_ram.read_data.val().get_bits::<48>(24);
        self.rx_dip.next = self.rx_path_ram.read_data.val().get_bits::<32>(72);
        self.rx_pmtu_log2.next = self.rx_path_ram.read_data.val().get_bits::<4>(104);
        self.rx_udp_sport.next = self.rx_path_ram.read_data.val().get_bits::<16>(108);
        self.rx_sq_base.next = self.rx_queues_ram.read_data.val().get_bits::<64>(0);
        self.rx_sq_log2.next = self.rx_queues_ram.read_data.val().get_bits::<5>(64);
        self.rx_rq_base.next = self.rx_queues_ram.read_data.val().get_bits::<64>(69);
        self.rx_rq_log2.next = self.rx_queues_ram.read_data.val().get_bits::<5>(133);
        self.rx_scq.next = self.rx_queues_ram.read_data.val().get_bits::<8>(138);
        self.rx_rcq.next = self.rx_queues_ram.read_data.val().get_bits::<8>(146);
        self.rx_pd.next = self.rx_queues_ram.read_data.val().get_bits::<16>(154);

        if self.reset.val() {
            self.live.d.next = 0.into();
            self.fsm.d.next = QpStaticFsm::Idle;
        }
    }
}
