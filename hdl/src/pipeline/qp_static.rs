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
//! AckHandler or Responder: the QP to ERROR) takes one cycle. The three sources take
//! turns (the one served last goes last), so none can hold back another. The QpInit leaves a cycle after the RAM
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
    /// Served last: 0 command, 1 err_a, 2 err_b.
    last: DFF<Bits<2>>,
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
    pick_cmd: Signal<Local, bool>,
    pick_a: Signal<Local, bool>,
    pick_b: Signal<Local, bool>,
}

impl Logic for QpStatic {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, live, tx_live, rx_live, fsm, last, init_qpn_q, init_fresh_q, init_state_q, init_take_sq_q, init_sq_psn_q,
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
        // Rotating priority: the source served last goes last (none can starve another).
        self.pick_cmd.next = false;
        self.pick_a.next = false;
        self.pick_b.next = false;
        if self.last.q.val() == 0 {
            if self.err_a_valid.val() {
                self.pick_a.next = true;
            } else if self.err_b_valid.val() {
                self.pick_b.next = true;
            } else if self.cmd_valid.val() {
                self.pick_cmd.next = true;
            }
        } else if self.last.q.val() == 1 {
            if self.err_b_valid.val() {
                self.pick_b.next = true;
            } else if self.cmd_valid.val() {
                self.pick_cmd.next = true;
            } else if self.err_a_valid.val() {
                self.pick_a.next = true;
            }
        } else if self.cmd_valid.val() {
            self.pick_cmd.next = true;
        } else if self.err_a_valid.val() {
            self.pick_a.next = true;
        } else if self.err_b_valid.val() {
            self.pick_b.next = true;
        }
        match self.fsm.q.val() {
            QpStaticFsm::Idle => {
                if self.pick_cmd.val() {
                    self.fsm.d.next = QpStaticFsm::Cmd;
                    self.last.d.next = 0.into();
                } else if self.pick_a.val() {
                    self.fsm.d.next = QpStaticFsm::ErrA;
                    self.last.d.next = 1.into();
                } else if self.pick_b.val() {
                    self.fsm.d.next = QpStaticFsm::ErrB;
                    self.last.d.next = 2.into();
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clocked;
    use crate::pipeline::mr_table::tests::staged;
    use crate::testbench::{Clocked, Stalls};
    use std::collections::VecDeque;

    clocked!(QpStatic);

    /// One QP as the commands left it.
    #[derive(Clone, Copy, Debug, Default, PartialEq)]
    struct Row {
        state: u64,
        dest_qpn: u64,
        dmac: u64,
        dip: u64,
        pmtu_log2: u64,
        sq_base: u64,
        sq_log2: u64,
        rq_base: u64,
        rq_log2: u64,
        scq: u64,
        rcq: u64,
        pd: u64,
        udp_sport: u64,
    }

    #[derive(Clone, Copy, Debug, Default, PartialEq)]
    struct Init {
        qpn: u64,
        fresh: bool,
        state: u64,
        take_sq: bool,
        sq_psn: u64,
        take_rq: bool,
        rq_psn: u64,
    }

    /// A command: op, QP and the 32-bit staging registers (random, so each field must be
    /// cut to its width).
    #[derive(Clone, Copy, Debug)]
    struct Cmd {
        op: u64,
        qpn: u64,
        regs: [u64; 17],
    }

    const STAGED: [regs::Reg; 17] = [
        regs::QPC_STATE,
        regs::QPC_DEST_QPN,
        regs::QPC_SQ_PSN,
        regs::QPC_RQ_PSN,
        regs::QPC_DMAC_LO,
        regs::QPC_DMAC_HI,
        regs::QPC_DIP,
        regs::QPC_PMTU_LOG2,
        regs::QPC_SQ_BASE_LO,
        regs::QPC_SQ_BASE_HI,
        regs::QPC_SQ_LOG2,
        regs::QPC_RQ_BASE_LO,
        regs::QPC_RQ_BASE_HI,
        regs::QPC_RQ_LOG2,
        regs::QPC_CQN,
        regs::QPC_PD,
        regs::QPC_UDP_SPORT,
    ];

    impl Cmd {
        fn new_state(&self) -> u64 {
            self.regs[0] & 0xF
        }
        /// The row this command's staging registers describe (the driver's view of the
        /// registers: DMAC_HI holds bytes 0..1, CQN's halves are the send and receive CQ).
        fn row(&self) -> Row {
            let r = &self.regs;
            Row {
                state: self.new_state(),
                dest_qpn: r[1] & 0xFF_FFFF,
                dmac: ((r[5] & 0xFFFF) << 32) | r[4],
                dip: r[6],
                pmtu_log2: r[7] & 0xF,
                sq_base: (r[9] << 32) | r[8],
                sq_log2: r[10] & 0x1F,
                rq_base: (r[12] << 32) | r[11],
                rq_log2: r[13] & 0x1F,
                scq: r[14] & 0xFF,
                rcq: (r[14] >> 16) & 0xFF,
                pd: r[15] & 0xFFFF,
                udp_sport: r[16] & 0xFFFF,
            }
        }
    }

    /// The table and the rules of the module doc.
    #[derive(Clone)]
    struct Model {
        live: Vec<bool>,
        rows: Vec<Row>,
    }

    impl Model {
        fn new() -> Self {
            Model { live: vec![false; QPS], rows: vec![Row::default(); QPS] }
        }
        /// What a read of `qpn` returns now.
        fn read(&self, qpn: usize) -> Row {
            let mut r = self.rows[qpn];
            if !self.live[qpn] {
                r.state = 0;
            }
            r
        }
        fn command(&mut self, c: &Cmd) -> Init {
            let q = c.qpn as usize;
            let new = c.row();
            let mut init = Init { qpn: c.qpn, sq_psn: c.regs[2] & 0xFF_FFFF, rq_psn: c.regs[3] & 0xFF_FFFF, ..Init::default() };
            match c.op as u32 {
                regs::cmd::COMMIT => {
                    self.live[q] = true;
                    self.rows[q] = new;
                    init = Init { fresh: true, state: new.state, take_sq: true, take_rq: true, ..init };
                }
                regs::cmd::MODIFY if self.live[q] => {
                    let old = self.rows[q].state;
                    let r = &mut self.rows[q];
                    (r.state, r.dest_qpn, r.dmac, r.dip, r.pmtu_log2, r.udp_sport) =
                        (new.state, new.dest_qpn, new.dmac, new.dip, new.pmtu_log2, new.udp_sport);
                    init.state = new.state;
                    init.take_sq = old < 3 && new.state == 3;
                    init.take_rq = old < 2 && (new.state == 2 || new.state == 3);
                }
                regs::cmd::MODIFY => {}
                _ => {
                    self.live[q] = false;
                    init.fresh = true;
                }
            }
            init
        }
        fn error(&mut self, qpn: usize) {
            if self.live[qpn] {
                self.rows[qpn].state = qp_state::ERROR as u64;
            }
        }
    }

    const QPNS: [u64; 5] = [0, 1, 2, 200, 255];

    fn random_cmd(r: &mut Stalls) -> Cmd {
        let op = [regs::cmd::COMMIT, regs::cmd::MODIFY, regs::cmd::MODIFY, regs::cmd::MODIFY, regs::cmd::INVALIDATE][(r.next_u64() % 5) as usize];
        let mut regs = [0u64; 17];
        for v in regs.iter_mut() {
            *v = r.next_u64() & 0xFFFF_FFFF;
        }
        regs[0] = [0u64, 1, 2, 3, 6][(r.next_u64() % 5) as usize];
        Cmd { op: op as u64, qpn: QPNS[(r.next_u64() % QPNS.len() as u64) as usize], regs }
    }

    fn drive_cmd(uut: &mut QpStatic, c: &Cmd) {
        uut.cmd_op.next = c.op.to_bits();
        uut.cmd_sel.next = c.qpn.to_bits();
        let mut values: Vec<(regs::Reg, u64)> = STAGED.iter().copied().zip(c.regs).collect();
        values.push((regs::QPC_SEL, c.qpn));
        uut.cmd_staged.next = staged(&QPC, &values);
    }

    fn read_tx(uut: &QpStatic) -> Row {
        Row {
            state: uut.tx_state.val().to_u64(),
            dest_qpn: uut.tx_dest_qpn.val().to_u64(),
            dmac: uut.tx_dmac.val().to_u64(),
            dip: uut.tx_dip.val().to_u64(),
            pmtu_log2: uut.tx_pmtu_log2.val().to_u64(),
            sq_base: uut.tx_sq_base.val().to_u64(),
            sq_log2: uut.tx_sq_log2.val().to_u64(),
            rq_base: uut.tx_rq_base.val().to_u64(),
            rq_log2: uut.tx_rq_log2.val().to_u64(),
            scq: uut.tx_scq.val().to_u64(),
            rcq: uut.tx_rcq.val().to_u64(),
            pd: uut.tx_pd.val().to_u64(),
            udp_sport: uut.tx_udp_sport.val().to_u64(),
        }
    }

    fn read_rx(uut: &QpStatic) -> Row {
        Row {
            state: uut.rx_state.val().to_u64(),
            dest_qpn: uut.rx_dest_qpn.val().to_u64(),
            dmac: uut.rx_dmac.val().to_u64(),
            dip: uut.rx_dip.val().to_u64(),
            pmtu_log2: uut.rx_pmtu_log2.val().to_u64(),
            sq_base: uut.rx_sq_base.val().to_u64(),
            sq_log2: uut.rx_sq_log2.val().to_u64(),
            rq_base: uut.rx_rq_base.val().to_u64(),
            rq_log2: uut.rx_rq_log2.val().to_u64(),
            scq: uut.rx_scq.val().to_u64(),
            rcq: uut.rx_rcq.val().to_u64(),
            pd: uut.rx_pd.val().to_u64(),
            udp_sport: uut.rx_udp_sport.val().to_u64(),
        }
    }

    fn read_init(uut: &QpStatic) -> Init {
        Init {
            qpn: uut.init_qpn.val().to_u64(),
            fresh: uut.init_fresh.val(),
            state: uut.init_state.val().to_u64(),
            take_sq: uut.init_take_sq_psn.val(),
            sq_psn: uut.init_sq_psn.val().to_u64(),
            take_rq: uut.init_take_rq_psn.val(),
            rq_psn: uut.init_rq_psn.val().to_u64(),
        }
    }

    /// Commands (random ops, states and staging values on five QPs), error requests on
    /// both ports, QpInit stalls and a read on each port every cycle: each read returns
    /// the model's row as of the cycle it was asked; each command's QpInit matches the
    /// rules (old state, take flags; PSNs compared where taken), one per command, after
    /// its writes; no ready depends on a valid. Reset between seeds: every QP RESET.
    #[test]
    fn reads_and_inits_follow_the_commands_under_stalls() {
        let mut uut = QpStatic::default();
        uut.connect_all();
        let mut m = Model::new();
        for (seed, pc, pe, pi) in [(1u64, 30u64, 20u64, 60u64), (2, 80, 50, 20), (3, 100, 100, 100)] {
            uut.reset.next = true;
            uut.half_low();
            uut.half_high();
            uut.reset.next = false;
            // Reset forgets every QP (the RAMs keep their rows, which read as before).
            m.live.fill(false);
            let mut rng = Stalls::new(seed, 50);
            let (mut cg, mut eg, mut ig) = (Stalls::new(seed + 1, pc), Stalls::new(seed + 2, pe), Stalls::new(seed + 3, pi));
            let (mut cmd, mut err_a, mut err_b): (Option<Cmd>, Option<u64>, Option<u64>) = (None, None, None);
            let mut inits: VecDeque<Init> = VecDeque::new();
            let mut last_reads: Option<(Row, Row)> = None;
            let (mut cmds, mut errs, mut got_inits, mut takes) = (0, 0, 0, 0);
            for cycle in 0..6_000 {
                if cmd.is_none() && cg.go() {
                    cmd = Some(random_cmd(&mut rng));
                }
                if err_a.is_none() && eg.go() && rng.next_u64().is_multiple_of(8) {
                    err_a = Some(QPNS[(rng.next_u64() % 5) as usize]);
                }
                if err_b.is_none() && eg.go() && rng.next_u64().is_multiple_of(8) {
                    err_b = Some(QPNS[(rng.next_u64() % 5) as usize]);
                }
                let (tq, rq) = (QPNS[(rng.next_u64() % 5) as usize], QPNS[(rng.next_u64() % 5) as usize]);
                uut.tx_rd_qpn.next = tq.to_bits();
                uut.rx_rd_qpn.next = rq.to_bits();
                uut.init_ready.next = ig.go();
                uut.cmd_valid.next = false;
                uut.err_a_valid.next = false;
                uut.err_b_valid.next = false;
                uut.half_low();
                let idle_readies = (uut.cmd_ready.val(), uut.err_a_ready.val(), uut.err_b_ready.val());
                uut.cmd_valid.next = cmd.is_some();
                if let Some(c) = cmd {
                    drive_cmd(&mut uut, &c);
                }
                uut.err_a_valid.next = err_a.is_some();
                uut.err_a_qpn.next = err_a.unwrap_or(0).to_bits();
                uut.err_b_valid.next = err_b.is_some();
                uut.err_b_qpn.next = err_b.unwrap_or(0).to_bits();
                uut.half_low();
                assert_eq!((uut.cmd_ready.val(), uut.err_a_ready.val(), uut.err_b_ready.val()), idle_readies, "a ready depends on a valid");
                // Last cycle's reads.
                if let Some((t, r)) = last_reads {
                    assert_eq!(read_tx(&uut), t, "seed {seed} cycle {cycle}: tx read");
                    assert_eq!(read_rx(&uut), r, "seed {seed} cycle {cycle}: rx read");
                }
                last_reads = Some((m.read(tq as usize), m.read(rq as usize)));
                if uut.init_valid.val() && uut.init_ready.val() {
                    let mut want = inits.pop_front().expect("a QpInit without a command");
                    let mut got = read_init(&uut);
                    if !want.take_sq {
                        (want.sq_psn, got.sq_psn) = (0, 0);
                    }
                    if !want.take_rq {
                        (want.rq_psn, got.rq_psn) = (0, 0);
                    }
                    assert_eq!(got, want, "seed {seed} cycle {cycle}: QpInit");
                    got_inits += 1;
                    takes += want.take_sq as usize;
                }
                let taken = [uut.cmd_ready.val() && cmd.is_some(), uut.err_a_ready.val() && err_a.is_some(), uut.err_b_ready.val() && err_b.is_some()];
                assert!(taken.iter().filter(|t| **t).count() <= 1, "one request at a time");
                if taken[0] {
                    assert!(inits.is_empty(), "a command taken before the last QpInit left");
                    inits.push_back(m.command(&cmd.take().unwrap()));
                    cmds += 1;
                }
                if taken[1] {
                    m.error(err_a.take().unwrap() as usize);
                    errs += 1;
                }
                if taken[2] {
                    m.error(err_b.take().unwrap() as usize);
                    errs += 1;
                }
                uut.half_high();
            }
            println!("QpStatic seed {seed}: {cmds} commands, {got_inits} QpInits ({takes} taking the SQ PSN), {errs} error requests");
            assert!(cmds > 200 && errs > 20 && takes > 10, "exercised");
            assert!(got_inits + 1 >= cmds);
        }
        // Reset: every QP reads RESET.
        uut.cmd_valid.next = false;
        uut.err_a_valid.next = false;
        uut.err_b_valid.next = false;
        uut.reset.next = true;
        uut.half_low();
        uut.half_high();
        uut.reset.next = false;
        for q in 0..QPS as u64 + 1 {
            uut.tx_rd_qpn.next = (q % QPS as u64).to_bits();
            uut.rx_rd_qpn.next = ((q + 7) % QPS as u64).to_bits();
            uut.half_low();
            if q > 0 {
                assert_eq!(uut.tx_state.val().to_u64(), 0, "QP {} after reset", q - 1);
                assert_eq!(uut.rx_state.val().to_u64(), 0);
            }
            uut.half_high();
        }
        uut.half_low();
        assert!(uut.idle.val());
    }
}
