//! RegFile: BAR0 of the pipelined engine, elaborated from the contract's register list
//! (`regs::ALL`, `regs::QP_DB`, `regs::CQ_DB`) rather than written per register.
//!
//! Why not a source generator: rust-hdl unrolls `for` loops over arrays of constants,
//! so the Rust code that builds the block can walk the contract at elaboration time
//! and give each register its own flops, its own address compare and its own read
//! term. The hardware is what hand code would be, no generated source has to be kept
//! fresh, and a register added to the contract is decoded, reset, read and tested
//! without touching this file. Each register falls in one class, by its access and name:
//!
//! - RW: 32 flops in one wide vector, in contract order, reset to the contract's
//!   reset value, read back as written. The staging registers of each table (`QPC_*`,
//!   `MR_*`, `CQ_*`, including `*_SEL`) are contiguous there, so a table's command
//!   carries them as one slice of that vector ([`staged_bit`] names a register's place).
//! - RO `CNT_*`: a 32-bit counter (wraps) with one increment strobe, bit `i` of
//!   `cnt_inc` for the `i`-th counter in contract order ([`counter_index`]).
//! - RO `STATUS`: BUSY from the `busy` input, CMD_PENDING while any command waits or
//!   `cmd_busy` says one is still being applied.
//! - RO `CAP_FEATURES`: the `features` input (the engine's build says what it does).
//! - other RO: constants; the capabilities come from this engine's parameters
//!   (`CAP_QPS` = 256 ...), not from the contract's reset values, which document the
//!   legacy engine.
//! - WO `*_CMD`: a write with a nonzero op (bits 1:0) starts that table's command; a
//!   command waits (valid held) until taken. A command write while the table's previous
//!   command waits is ignored: the contract says to wait for CMD_PENDING = 0.
//!   WO registers read 0.
//!
//! Doorbells (one-cycle strobes with the queue index and the 16-bit value, a cycle
//! after the write): SQ_PI and RQ_PI of `QP_DB`, CQ_CI and CQ_ARM of `CQ_DB`.
//!
//! Reads take [`READ_LATENCY`] cycles: the address compares are registered as one-hot
//! selects, then the selected value is registered onto `reg_rdata`. Unmapped offsets
//! read 0 and ignore writes.

use super::params::{CQN_BITS, CQS, MRN_BITS, MRS, QPN_BITS, QPS};
use openrnic_contract::regs::{self, Access, Reg};
use rust_hdl::prelude::*;

/// Cycles from `reg_read` to `reg_rvalid` (the select stage and the data stage).
pub const READ_LATENCY: usize = 2;

/// What a contract register is to this block (module doc).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Class {
    Rw,
    Counter,
    Status,
    Features,
    Const,
    Command,
}

const fn starts_with(s: &str, p: &str) -> bool {
    let (s, p) = (s.as_bytes(), p.as_bytes());
    if s.len() < p.len() {
        return false;
    }
    let mut i = 0;
    while i < p.len() {
        if s[i] != p[i] {
            return false;
        }
        i += 1;
    }
    true
}

const fn same(a: &str, b: &str) -> bool {
    a.len() == b.len() && starts_with(a, b)
}

pub const fn class(r: &Reg) -> Class {
    match r.access {
        Access::Rw => Class::Rw,
        Access::Wo => Class::Command,
        Access::Ro => {
            if starts_with(r.name, "CNT_") {
                Class::Counter
            } else if same(r.name, regs::STATUS.name) {
                Class::Status
            } else if same(r.name, regs::CAP_FEATURES.name) {
                Class::Features
            } else {
                Class::Const
            }
        }
    }
}

const fn count(c: Class) -> usize {
    let mut n = 0;
    let mut i = 0;
    while i < regs::ALL.len() {
        if class(&regs::ALL[i]) as u8 == c as u8 {
            n += 1;
        }
        i += 1;
    }
    n
}

/// Position of `r` among the registers of its class, in contract order.
const fn index_in_class(r: &Reg) -> Option<usize> {
    let mut n = 0;
    let mut i = 0;
    while i < regs::ALL.len() {
        if regs::ALL[i].offset == r.offset {
            return Some(n);
        }
        if class(&regs::ALL[i]) as u8 == class(r) as u8 {
            n += 1;
        }
        i += 1;
    }
    None
}

pub const N_RW: usize = count(Class::Rw);
pub const N_CNT: usize = count(Class::Counter);
pub const N_CONST: usize = count(Class::Const);
pub const RW_BITS: usize = 32 * N_RW;

/// A table whose staging registers feed a command: its name prefix and command register.
#[derive(Clone, Copy, Debug)]
pub struct Table {
    pub prefix: &'static str,
    pub sel: Reg,
    pub cmd: Reg,
}
pub const QPC: Table = Table { prefix: "QPC_", sel: regs::QPC_SEL, cmd: regs::QPC_CMD };
pub const MR: Table = Table { prefix: "MR_", sel: regs::MR_SEL, cmd: regs::MR_CMD };
pub const CQ: Table = Table { prefix: "CQ_", sel: regs::CQ_SEL, cmd: regs::CQ_CMD };

const fn staged_count(t: &Table) -> usize {
    let mut n = 0;
    let mut i = 0;
    while i < regs::ALL.len() {
        if class(&regs::ALL[i]) as u8 == Class::Rw as u8 && starts_with(regs::ALL[i].name, t.prefix) {
            n += 1;
        }
        i += 1;
    }
    n
}
pub const QPC_STAGED_BITS: usize = 32 * staged_count(&QPC);
pub const MR_STAGED_BITS: usize = 32 * staged_count(&MR);
pub const CQ_STAGED_BITS: usize = 32 * staged_count(&CQ);

/// Bit position of RW register `r` in the RW vector.
pub const fn rw_bit(r: &Reg) -> usize {
    match index_in_class(r) {
        Some(i) => 32 * i,
        None => panic!("not a contract register"),
    }
}

/// Bit position of staging register `r` in its table's `*_staged` command bus
/// (`*_SEL` is at 0).
pub const fn staged_bit(t: &Table, r: &Reg) -> usize {
    rw_bit(r) - rw_bit(&t.sel)
}

/// Bit of `cnt_inc` that increments counter `r`.
pub const fn counter_index(r: &Reg) -> usize {
    match (class(r), index_in_class(r)) {
        (Class::Counter, Some(i)) => i,
        _ => panic!("not a counter"),
    }
}

/// What a constant RO register reads: this engine's sizes for the capabilities, the
/// contract's value for the rest.
pub fn const_value(r: &Reg) -> u32 {
    match r.name {
        "CAP_QPS" => QPS as u32,
        "CAP_MRS" => MRS as u32,
        "CAP_CQS" => CQS as u32,
        "CAP_DATAPATH" => 64,
        _ => r.reset,
    }
}

/// Checks the contract's layout against what this block relies on; run at elaboration.
fn check_contract() {
    for t in [QPC, MR, CQ] {
        let staged: Vec<&Reg> = regs::ALL.iter().filter(|r| class(r) == Class::Rw && r.name.starts_with(t.prefix)).collect();
        let first = index_in_class(&t.sel).unwrap();
        for (k, r) in staged.iter().enumerate() {
            assert_eq!(index_in_class(r), Some(first + k), "{}: staging registers must be contiguous in the contract", t.prefix);
        }
        assert_eq!(staged[0].offset, t.sel.offset, "{}: *_SEL must come first", t.prefix);
    }
    for r in regs::ALL {
        if class(r) == Class::Command {
            assert!([QPC.cmd.offset, MR.cmd.offset, CQ.cmd.offset].contains(&r.offset), "WO register {} has no command", r.name);
        }
    }
    let span = |a: &regs::RegArray, n: usize| (a.base, a.base + a.stride * n as u32);
    assert!(span(&regs::QP_DB, QPS).1 <= regs::BAR0_SIZE && span(&regs::CQ_DB, CQS).1 <= regs::QP_DB.base);
    assert!(regs::ALL.iter().all(|r| r.offset < regs::CQ_DB.base), "fixed registers below the doorbells");
}

#[derive(LogicBlock)]
pub struct RegFile {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, bool>,
    pub reg_addr: Signal<In, Bits<16>>,
    pub reg_wdata: Signal<In, Bits<32>>,
    pub reg_write: Signal<In, bool>,
    pub reg_read: Signal<In, bool>,
    pub reg_rdata: Signal<Out, Bits<32>>,
    pub reg_rvalid: Signal<Out, bool>,
    /// STATUS.BUSY.
    pub busy: Signal<In, bool>,
    /// Also report CMD_PENDING: a command taken from here is still being applied (the
    /// tables' owners have not all taken it yet), so a doorbell must not overtake it.
    pub cmd_busy: Signal<In, bool>,
    /// CAP_FEATURES.
    pub features: Signal<In, Bits<32>>,
    /// One increment strobe per counter ([`counter_index`]).
    pub cnt_inc: Signal<In, Bits<N_CNT>>,
    /// Every RW register, 32 bits each in contract order (CTRL, MAC_*, IPV4, timers ...).
    pub rw: Signal<Out, Bits<RW_BITS>>,
    pub qpc_cmd_valid: Signal<Out, bool>,
    pub qpc_cmd_ready: Signal<In, bool>,
    pub qpc_cmd_op: Signal<Out, Bits<2>>,
    pub qpc_cmd_sel: Signal<Out, Bits<QPN_BITS>>,
    pub qpc_staged: Signal<Out, Bits<QPC_STAGED_BITS>>,
    pub mr_cmd_valid: Signal<Out, bool>,
    pub mr_cmd_ready: Signal<In, bool>,
    pub mr_cmd_op: Signal<Out, Bits<2>>,
    pub mr_cmd_sel: Signal<Out, Bits<MRN_BITS>>,
    pub mr_staged: Signal<Out, Bits<MR_STAGED_BITS>>,
    pub cq_cmd_valid: Signal<Out, bool>,
    pub cq_cmd_ready: Signal<In, bool>,
    pub cq_cmd_op: Signal<Out, Bits<2>>,
    pub cq_cmd_sel: Signal<Out, Bits<CQN_BITS>>,
    pub cq_staged: Signal<Out, Bits<CQ_STAGED_BITS>>,
    pub sq_pi_valid: Signal<Out, bool>,
    pub sq_pi_qpn: Signal<Out, Bits<QPN_BITS>>,
    pub sq_pi_value: Signal<Out, Bits<16>>,
    pub rq_pi_valid: Signal<Out, bool>,
    pub rq_pi_qpn: Signal<Out, Bits<QPN_BITS>>,
    pub rq_pi_value: Signal<Out, Bits<16>>,
    pub cq_ci_valid: Signal<Out, bool>,
    pub cq_ci_cqn: Signal<Out, Bits<CQN_BITS>>,
    pub cq_ci_value: Signal<Out, Bits<16>>,
    pub cq_arm_valid: Signal<Out, bool>,
    pub cq_arm_cqn: Signal<Out, Bits<CQN_BITS>>,
    pub cq_arm_value: Signal<Out, Bits<16>>,
    rw_q: DFF<Bits<RW_BITS>>,
    cnt: [DFF<Bits<32>>; N_CNT],
    sel_rw: [DFF<bool>; N_RW],
    sel_cnt: [DFF<bool>; N_CNT],
    sel_const: [DFF<bool>; N_CONST],
    sel_status: DFF<bool>,
    sel_features: DFF<bool>,
    rvalid_1: DFF<bool>,
    rvalid_2: DFF<bool>,
    rdata: DFF<Bits<32>>,
    qpc_pend: DFF<bool>,
    qpc_op: DFF<Bits<2>>,
    mr_pend: DFF<bool>,
    mr_op: DFF<Bits<2>>,
    cq_pend: DFF<bool>,
    cq_op: DFF<Bits<2>>,
    db_sq: DFF<bool>,
    db_rq: DFF<bool>,
    db_ci: DFF<bool>,
    db_arm: DFF<bool>,
    db_qpn: DFF<Bits<QPN_BITS>>,
    db_cqn: DFF<Bits<CQN_BITS>>,
    db_value: DFF<Bits<16>>,
    wdata_wide: Signal<Local, Bits<RW_BITS>>,
    qp_off: Signal<Local, Bits<16>>,
    cq_off: Signal<Local, Bits<16>>,
    k_rw_off: Vec<Constant<Bits<16>>>,
    k_rw_shift: Vec<Constant<Bits<16>>>,
    k_rw_mask: Vec<Constant<Bits<RW_BITS>>>,
    k_rw_reset: Constant<Bits<RW_BITS>>,
    k_cnt_off: Vec<Constant<Bits<16>>>,
    k_const_off: Vec<Constant<Bits<16>>>,
    k_const_val: Vec<Constant<Bits<32>>>,
    k_status: Constant<Bits<16>>,
    k_features: Constant<Bits<16>>,
    k_qpc_cmd: Constant<Bits<16>>,
    k_mr_cmd: Constant<Bits<16>>,
    k_cq_cmd: Constant<Bits<16>>,
    k_qpc_lo: Constant<Bits<16>>,
    k_mr_lo: Constant<Bits<16>>,
    k_cq_lo: Constant<Bits<16>>,
    k_qp_db: Constant<Bits<16>>,
    k_qp_span: Constant<Bits<16>>,
    k_qp_stride_mask: Constant<Bits<16>>,
    k_qp_shift: Constant<Bits<16>>,
    k_sq_pi: Constant<Bits<16>>,
    k_rq_pi: Constant<Bits<16>>,
    k_cq_db: Constant<Bits<16>>,
    k_cq_span: Constant<Bits<16>>,
    k_cq_stride_mask: Constant<Bits<16>>,
    k_cq_shift: Constant<Bits<16>>,
    k_cq_ci: Constant<Bits<16>>,
    k_cq_arm: Constant<Bits<16>>,
}

fn k16(v: u32) -> Constant<Bits<16>> {
    Constant::new((v as u64).to_bits())
}

fn wide(v: u32, at: usize) -> Bits<RW_BITS> {
    bit_cast::<RW_BITS, 32>((v as u64).to_bits()) << Bits::<16>::from(at as u64)
}

impl Default for RegFile {
    fn default() -> Self {
        check_contract();
        let of = |c: Class| regs::ALL.iter().filter(move |r| class(r) == c);
        let rw: Vec<&Reg> = of(Class::Rw).collect();
        let mut reset = Bits::<RW_BITS>::default();
        for r in &rw {
            reset = reset | wide(r.reset, rw_bit(r));
        }
        Self {
            clock: Default::default(),
            reset: Default::default(),
            reg_addr: Default::default(),
            reg_wdata: Default::default(),
            reg_write: Default::default(),
            reg_read: Default::default(),
            reg_rdata: Default::default(),
            reg_rvalid: Default::default(),
            busy: Default::default(),
            cmd_busy: Default::default(),
            features: Default::default(),
            cnt_inc: Default::default(),
            rw: Default::default(),
            qpc_cmd_valid: Default::default(),
            qpc_cmd_ready: Default::default(),
            qpc_cmd_op: Default::default(),
            qpc_cmd_sel: Default::default(),
            qpc_staged: Default::default(),
            mr_cmd_valid: Default::default(),
            mr_cmd_ready: Default::default(),
            mr_cmd_op: Default::default(),
            mr_cmd_sel: Default::default(),
            mr_staged: Default::default(),
            cq_cmd_valid: Default::default(),
            cq_cmd_ready: Default::default(),
            cq_cmd_op: Default::default(),
            cq_cmd_sel: Default::default(),
            cq_staged: Default::default(),
            sq_pi_valid: Default::default(),
            sq_pi_qpn: Default::default(),
            sq_pi_value: Default::default(),
            rq_pi_valid: Default::default(),
            rq_pi_qpn: Default::default(),
            rq_pi_value: Default::default(),
            cq_ci_valid: Default::default(),
            cq_ci_cqn: Default::default(),
            cq_ci_value: Default::default(),
            cq_arm_valid: Default::default(),
            cq_arm_cqn: Default::default(),
            cq_arm_value: Default::default(),
            rw_q: Default::default(),
            cnt: std::array::from_fn(|_| Default::default()),
            sel_rw: std::array::from_fn(|_| Default::default()),
            sel_cnt: std::array::from_fn(|_| Default::default()),
            sel_const: std::array::from_fn(|_| Default::default()),
            sel_status: Default::default(),
            sel_features: Default::default(),
            rvalid_1: Default::default(),
            rvalid_2: Default::default(),
            rdata: Default::default(),
            qpc_pend: Default::default(),
            qpc_op: Default::default(),
            mr_pend: Default::default(),
            mr_op: Default::default(),
            cq_pend: Default::default(),
            cq_op: Default::default(),
            db_sq: Default::default(),
            db_rq: Default::default(),
            db_ci: Default::default(),
            db_arm: Default::default(),
            db_qpn: Default::default(),
            db_cqn: Default::default(),
            db_value: Default::default(),
            wdata_wide: Default::default(),
            qp_off: Default::default(),
            cq_off: Default::default(),
            k_rw_off: rw.iter().map(|r| k16(r.offset)).collect(),
            k_rw_shift: rw.iter().map(|r| k16(rw_bit(r) as u32)).collect(),
            k_rw_mask: rw.iter().map(|r| Constant::new(wide(u32::MAX, rw_bit(r)))).collect(),
            k_rw_reset: Constant::new(reset),
            k_cnt_off: of(Class::Counter).map(|r| k16(r.offset)).collect(),
            k_const_off: of(Class::Const).map(|r| k16(r.offset)).collect(),
            k_const_val: of(Class::Const).map(|r| Constant::new((const_value(r) as u64).to_bits())).collect(),
            k_status: k16(regs::STATUS.offset),
            k_features: k16(regs::CAP_FEATURES.offset),
            k_qpc_cmd: k16(QPC.cmd.offset),
            k_mr_cmd: k16(MR.cmd.offset),
            k_cq_cmd: k16(CQ.cmd.offset),
            k_qpc_lo: k16(rw_bit(&QPC.sel) as u32),
            k_mr_lo: k16(rw_bit(&MR.sel) as u32),
            k_cq_lo: k16(rw_bit(&CQ.sel) as u32),
            k_qp_db: k16(regs::QP_DB.base),
            k_qp_span: k16(regs::QP_DB.stride * QPS as u32),
            k_qp_stride_mask: k16(regs::QP_DB.stride - 1),
            k_qp_shift: k16(regs::QP_DB.stride.trailing_zeros()),
            k_sq_pi: k16(regs::SQ_PI.offset),
            k_rq_pi: k16(regs::RQ_PI.offset),
            k_cq_db: k16(regs::CQ_DB.base),
            k_cq_span: k16(regs::CQ_DB.stride * CQS as u32),
            k_cq_stride_mask: k16(regs::CQ_DB.stride - 1),
            k_cq_shift: k16(regs::CQ_DB.stride.trailing_zeros()),
            k_cq_ci: k16(regs::CQ_CI.offset),
            k_cq_arm: k16(regs::CQ_ARM.offset),
        }
    }
}

impl Logic for RegFile {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, rw_q, rvalid_1, rvalid_2, sel_status, sel_features, rdata, qpc_pend, qpc_op, mr_pend, mr_op, cq_pend, cq_op,
            db_sq, db_rq, db_ci, db_arm, db_qpn, db_cqn, db_value);
        for i in 0..N_CNT {
            self.cnt[i].clock.next = self.clock.val();
            self.cnt[i].d.next = self.cnt[i].q.val();
            self.sel_cnt[i].clock.next = self.clock.val();
            self.sel_cnt[i].d.next = false;
        }
        for i in 0..N_RW {
            self.sel_rw[i].clock.next = self.clock.val();
            self.sel_rw[i].d.next = false;
        }
        for i in 0..N_CONST {
            self.sel_const[i].clock.next = self.clock.val();
            self.sel_const[i].d.next = false;
        }

        // ---- writes: RW registers ----
        self.wdata_wide.next = bit_cast::<RW_BITS, 32>(self.reg_wdata.val());
        if self.reg_write.val() {
            for i in 0..N_RW {
                if self.reg_addr.val() == self.k_rw_off[i].val() {
                    self.rw_q.d.next = (self.rw_q.q.val() & !self.k_rw_mask[i].val())
                        | (self.wdata_wide.val() << self.k_rw_shift[i].val());
                }
            }
        }
        self.rw.next = self.rw_q.q.val();

        // ---- commands: held until taken; a second write while one waits is ignored ----
        self.qpc_pend.d.next = self.qpc_pend.q.val() & !self.qpc_cmd_ready.val();
        self.mr_pend.d.next = self.mr_pend.q.val() & !self.mr_cmd_ready.val();
        self.cq_pend.d.next = self.cq_pend.q.val() & !self.cq_cmd_ready.val();
        if self.reg_write.val() & self.reg_wdata.val().get_bits::<2>(0).any() {
            if (self.reg_addr.val() == self.k_qpc_cmd.val()) & !self.qpc_pend.q.val() {
                self.qpc_pend.d.next = true;
                self.qpc_op.d.next = self.reg_wdata.val().get_bits::<2>(0);
            }
            if (self.reg_addr.val() == self.k_mr_cmd.val()) & !self.mr_pend.q.val() {
                self.mr_pend.d.next = true;
                self.mr_op.d.next = self.reg_wdata.val().get_bits::<2>(0);
            }
            if (self.reg_addr.val() == self.k_cq_cmd.val()) & !self.cq_pend.q.val() {
                self.cq_pend.d.next = true;
                self.cq_op.d.next = self.reg_wdata.val().get_bits::<2>(0);
            }
        }
        self.qpc_cmd_valid.next = self.qpc_pend.q.val();
        self.qpc_cmd_op.next = self.qpc_op.q.val();
        self.qpc_staged.next = self.rw_q.q.val().get_bits::<QPC_STAGED_BITS>(self.k_qpc_lo.val().index());
        self.qpc_cmd_sel.next = self.qpc_staged.val().get_bits::<QPN_BITS>(0);
        self.mr_cmd_valid.next = self.mr_pend.q.val();
        self.mr_cmd_op.next = self.mr_op.q.val();
        self.mr_staged.next = self.rw_q.q.val().get_bits::<MR_STAGED_BITS>(self.k_mr_lo.val().index());
        self.mr_cmd_sel.next = self.mr_staged.val().get_bits::<MRN_BITS>(0);
        self.cq_cmd_valid.next = self.cq_pend.q.val();
        self.cq_cmd_op.next = self.cq_op.q.val();
        self.cq_staged.next = self.rw_q.q.val().get_bits::<CQ_STAGED_BITS>(self.k_cq_lo.val().index());
        self.cq_cmd_sel.next = self.cq_staged.val().get_bits::<CQN_BITS>(0);

        // ---- doorbells ----
        self.qp_off.next = self.reg_addr.val() - self.k_qp_db.val();
        self.cq_off.next = self.reg_addr.val() - self.k_cq_db.val();
        self.db_sq.d.next = false;
        self.db_rq.d.next = false;
        self.db_ci.d.next = false;
        self.db_arm.d.next = false;
        self.db_value.d.next = self.reg_wdata.val().get_bits::<16>(0);
        self.db_qpn.d.next = self.qp_off.val().get_bits::<QPN_BITS>(self.k_qp_shift.val().index());
        self.db_cqn.d.next = self.cq_off.val().get_bits::<CQN_BITS>(self.k_cq_shift.val().index());
        if self.reg_write.val() & (self.reg_addr.val() >= self.k_qp_db.val()) & (self.qp_off.val() < self.k_qp_span.val()) {
            self.db_sq.d.next = (self.qp_off.val() & self.k_qp_stride_mask.val()) == self.k_sq_pi.val();
            self.db_rq.d.next = (self.qp_off.val() & self.k_qp_stride_mask.val()) == self.k_rq_pi.val();
        }
        if self.reg_write.val() & (self.reg_addr.val() >= self.k_cq_db.val()) & (self.cq_off.val() < self.k_cq_span.val()) {
            self.db_ci.d.next = (self.cq_off.val() & self.k_cq_stride_mask.val()) == self.k_cq_ci.val();
            self.db_arm.d.next = (self.cq_off.val() & self.k_cq_stride_mask.val()) == self.k_cq_arm.val();
        }
        self.sq_pi_valid.next = self.db_sq.q.val();
        self.sq_pi_qpn.next = self.db_qpn.q.val();
        self.sq_pi_value.next = self.db_value.q.val();
        self.rq_pi_valid.next = self.db_rq.q.val();
        self.rq_pi_qpn.next = self.db_qpn.q.val();
        self.rq_pi_value.next = self.db_value.q.val();
        self.cq_ci_valid.next = self.db_ci.q.val();
        self.cq_ci_cqn.next = self.db_cqn.q.val();
        self.cq_ci_value.next = self.db_value.q.val();
        self.cq_arm_valid.next = self.db_arm.q.val();
        self.cq_arm_cqn.next = self.db_cqn.q.val();
        self.cq_arm_value.next = self.db_value.q.val();

        // ---- counters ----
        for i in 0..N_CNT {
            if self.cnt_inc.val().get_bit(i) {
                self.cnt[i].d.next = self.cnt[i].q.val() + 1;
            }
        }

        // ---- reads: one-hot selects, then the selected value ----
        if self.reg_read.val() {
            for i in 0..N_RW {
                self.sel_rw[i].d.next = self.reg_addr.val() == self.k_rw_off[i].val();
            }
            for i in 0..N_CNT {
                self.sel_cnt[i].d.next = self.reg_addr.val() == self.k_cnt_off[i].val();
            }
            for i in 0..N_CONST {
                self.sel_const[i].d.next = self.reg_addr.val() == self.k_const_off[i].val();
            }
        }
        self.sel_status.d.next = self.reg_read.val() & (self.reg_addr.val() == self.k_status.val());
        self.sel_features.d.next = self.reg_read.val() & (self.reg_addr.val() == self.k_features.val());
        self.rdata.d.next = 0.into();
        for i in 0..N_RW {
            if self.sel_rw[i].q.val() {
                self.rdata.d.next = self.rdata.d.val() | self.rw_q.q.val().get_bits::<32>(self.k_rw_shift[i].val().index());
            }
        }
        for i in 0..N_CNT {
            if self.sel_cnt[i].q.val() {
                self.rdata.d.next = self.rdata.d.val() | self.cnt[i].q.val();
            }
        }
        for i in 0..N_CONST {
            if self.sel_const[i].q.val() {
                self.rdata.d.next = self.rdata.d.val() | self.k_const_val[i].val();
            }
        }
        if self.sel_status.q.val() {
            self.rdata.d.next = self.rdata.d.val()
                | bit_cast::<32, 1>(self.busy.val().into())
                | (bit_cast::<32, 1>((self.qpc_pend.q.val() | self.mr_pend.q.val() | self.cq_pend.q.val() | self.cmd_busy.val()).into()) << 1);
        }
        if self.sel_features.q.val() {
            self.rdata.d.next = self.rdata.d.val() | self.features.val();
        }
        self.rvalid_1.d.next = self.reg_read.val();
        self.rvalid_2.d.next = self.rvalid_1.q.val();
        self.reg_rvalid.next = self.rvalid_2.q.val();
        self.reg_rdata.next = self.rdata.q.val();

        if self.reset.val() {
            self.rw_q.d.next = self.k_rw_reset.val();
            for i in 0..N_CNT {
                self.cnt[i].d.next = 0.into();
            }
            self.qpc_pend.d.next = false;
            self.mr_pend.d.next = false;
            self.cq_pend.d.next = false;
            self.db_sq.d.next = false;
            self.db_rq.d.next = false;
            self.db_ci.d.next = false;
            self.db_arm.d.next = false;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clocked;
    use crate::testbench::{Clocked, Stalls};
    use openrnic_contract::regs::{cmd, RegArray};

    clocked!(RegFile);

    const FEATURES: u32 = 0x5A;

    fn new_uut() -> RegFile {
        let mut uut = RegFile::default();
        uut.connect_all();
        uut.features.next = (FEATURES as u64).to_bits();
        uut.reset.next = true;
        uut.half_low();
        uut.half_high();
        uut.reset.next = false;
        uut
    }

    fn idle_bus(uut: &mut RegFile) {
        uut.reg_read.next = false;
        uut.reg_write.next = false;
    }

    /// One read: the value comes exactly READ_LATENCY cycles after the strobe.
    fn read(uut: &mut RegFile, addr: u32) -> u32 {
        uut.reg_addr.next = (addr as u64).to_bits();
        uut.reg_read.next = true;
        uut.reg_write.next = false;
        for cycle in 0..=READ_LATENCY {
            uut.half_low();
            assert_eq!(uut.reg_rvalid.val(), cycle == READ_LATENCY, "rvalid {cycle} cycles after the read of {addr:#x}");
            if cycle == READ_LATENCY {
                let v = uut.reg_rdata.val().to_u64() as u32;
                uut.half_high();
                return v;
            }
            uut.half_high();
            idle_bus(uut);
        }
        unreachable!()
    }

    fn write(uut: &mut RegFile, addr: u32, value: u32) {
        uut.reg_addr.next = (addr as u64).to_bits();
        uut.reg_wdata.next = (value as u64).to_bits();
        uut.reg_write.next = true;
        uut.reg_read.next = false;
        uut.half_low();
        uut.half_high();
        idle_bus(uut);
    }

    fn tick(uut: &mut RegFile) {
        uut.half_low();
        uut.half_high();
    }

    /// What each contract register reads after reset.
    fn reset_value(r: &Reg) -> u32 {
        match class(r) {
            Class::Rw => r.reset,
            Class::Const => const_value(r),
            Class::Features => FEATURES,
            Class::Status | Class::Counter | Class::Command => 0,
        }
    }

    #[test]
    fn every_register_resets_reads_back_or_ignores_writes_as_its_access_says() {
        let mut uut = new_uut();
        uut.qpc_cmd_ready.next = true;
        uut.mr_cmd_ready.next = true;
        uut.cq_cmd_ready.next = true;
        let mut want: Vec<u32> = regs::ALL.iter().map(reset_value).collect();
        for (r, w) in regs::ALL.iter().zip(&want) {
            assert_eq!(read(&mut uut, r.offset), *w, "{} after reset", r.name);
        }
        assert_eq!(read(&mut uut, regs::ID.offset), regs::ID_VALUE);
        assert_eq!(read(&mut uut, regs::CAP_QPS.offset), 256, "the pipelined engine's size, not the legacy reset value");
        let mut rng = Stalls::new(5, 50);
        for (k, r) in regs::ALL.iter().enumerate() {
            // Command registers get op 0 here (no command); commands are tested below.
            let v = if class(r) == Class::Command { (rng.next_u64() as u32) & !3 } else { rng.next_u64() as u32 };
            write(&mut uut, r.offset, v);
            if class(r) == Class::Rw {
                want[k] = v;
            }
            tick(&mut uut);
            assert!(!uut.qpc_cmd_valid.val() && !uut.mr_cmd_valid.val() && !uut.cq_cmd_valid.val(), "op 0 starts no command");
            for (j, o) in regs::ALL.iter().enumerate() {
                assert_eq!(read(&mut uut, o.offset), want[j], "{} after writing {v:#x} to {}", o.name, r.name);
            }
        }
        // The RW vector the engine reads carries the same values.
        for (k, r) in regs::ALL.iter().enumerate().filter(|(_, r)| class(r) == Class::Rw) {
            assert_eq!(uut.rw.val().get_bits::<32>(rw_bit(r)).to_u64() as u32, want[k], "rw bus slice of {}", r.name);
        }
        // Unmapped offsets read 0.
        for a in [0x03C, 0x07C, 0x0C8, 0x148, 0x224, 0x320, 0x7FC] {
            assert_eq!(read(&mut uut, a), 0, "unmapped {a:#x}");
        }
        uut.busy.next = true;
        assert_eq!(read(&mut uut, regs::STATUS.offset), 1, "STATUS.BUSY follows the input");
    }

    #[test]
    fn counters_count_their_strobes() {
        let mut uut = new_uut();
        let mut rng = Stalls::new(11, 50);
        let mut counts = [0u32; N_CNT];
        for _ in 0..700 {
            let strobes = rng.next_u64() & ((1u64 << N_CNT) - 1) & rng.next_u64();
            uut.cnt_inc.next = strobes.to_bits();
            tick(&mut uut);
            for (i, c) in counts.iter_mut().enumerate() {
                *c += (strobes >> i & 1) as u32;
            }
        }
        uut.cnt_inc.next = 0u64.to_bits();
        for r in regs::ALL.iter().filter(|r| class(r) == Class::Counter) {
            let i = counter_index(r);
            assert!(counts[i] > 100);
            assert_eq!(read(&mut uut, r.offset), counts[i], "{}", r.name);
        }
        let last = regs::ALL.iter().filter(|r| class(r) == Class::Counter).last().unwrap();
        assert_eq!(counter_index(last), N_CNT - 1);
    }

    #[test]
    fn commands_carry_the_staged_values_until_taken() {
        let mut uut = new_uut();
        let mut rng = Stalls::new(3, 50);
        for t in [QPC, MR, CQ] {
            let staged: Vec<(Reg, u32)> = regs::ALL
                .iter()
                .filter(|r| class(r) == Class::Rw && r.name.starts_with(t.prefix))
                .map(|r| (*r, rng.next_u64() as u32))
                .collect();
            for (r, v) in &staged {
                write(&mut uut, r.offset, *v);
            }
            write(&mut uut, t.cmd.offset, cmd::COMMIT);
            // A second command while the first waits is ignored.
            write(&mut uut, t.cmd.offset, cmd::INVALIDATE);
            for _ in 0..3 {
                tick(&mut uut);
            }
            uut.half_low();
            let (valid, op, sel, bus) = match t.prefix {
                "QPC_" => (uut.qpc_cmd_valid.val(), uut.qpc_cmd_op.val().to_u64(), uut.qpc_cmd_sel.val().to_u64(), uut.qpc_staged.val().get_bits::<32>(0).to_u64()),
                "MR_" => (uut.mr_cmd_valid.val(), uut.mr_cmd_op.val().to_u64(), uut.mr_cmd_sel.val().to_u64(), uut.mr_staged.val().get_bits::<32>(0).to_u64()),
                _ => (uut.cq_cmd_valid.val(), uut.cq_cmd_op.val().to_u64(), uut.cq_cmd_sel.val().to_u64(), uut.cq_staged.val().get_bits::<32>(0).to_u64()),
            };
            assert!(valid, "{}CMD: command waits", t.prefix);
            assert_eq!(op, cmd::COMMIT as u64, "{}CMD op", t.prefix);
            assert_eq!(bus & 0xFFFF_FFFF, staged[0].1 as u64, "{} sel at bit 0", t.prefix);
            let sel_bits = match t.prefix { "QPC_" => QPN_BITS, "MR_" => MRN_BITS, _ => CQN_BITS };
            assert_eq!(sel, staged[0].1 as u64 & ((1 << sel_bits) - 1), "{}SEL", t.prefix);
            for (r, v) in &staged {
                let b = staged_bit(&t, r);
                let got = match t.prefix {
                    "QPC_" => uut.qpc_staged.val().get_bits::<32>(b).to_u64(),
                    "MR_" => uut.mr_staged.val().get_bits::<32>(b).to_u64(),
                    _ => uut.cq_staged.val().get_bits::<32>(b).to_u64(),
                };
                assert_eq!(got, *v as u64, "{} in the {} command", r.name, t.prefix);
            }
            uut.half_high();
            assert_eq!(read(&mut uut, regs::STATUS.offset) >> regs::status::CMD_PENDING.lsb & 1, 1, "CMD_PENDING");
            match t.prefix {
                "QPC_" => uut.qpc_cmd_ready.next = true,
                "MR_" => uut.mr_cmd_ready.next = true,
                _ => uut.cq_cmd_ready.next = true,
            }
            tick(&mut uut);
            uut.qpc_cmd_ready.next = false;
            uut.mr_cmd_ready.next = false;
            uut.cq_cmd_ready.next = false;
            uut.half_low();
            assert!(!uut.qpc_cmd_valid.val() && !uut.mr_cmd_valid.val() && !uut.cq_cmd_valid.val(), "taken once");
            uut.half_high();
            assert_eq!(read(&mut uut, regs::STATUS.offset), 0, "CMD_PENDING clears once taken");
        }
    }

    #[test]
    fn doorbells_strobe_with_index_and_value() {
        let mut uut = new_uut();
        // (array, register, count) for each doorbell of the contract.
        let arrays: [(&RegArray, usize); 2] = [(&regs::QP_DB, QPS), (&regs::CQ_DB, CQS)];
        for (a, n) in arrays {
            for r in a.regs {
                for index in [0, 1, 77, n - 1] {
                    let value = 0xA000 + index as u32 * 3;
                    write(&mut uut, a.addr(index as u32, r), 0xFFFF_0000 | value);
                    uut.half_low();
                    let fired = [
                        ("SQ_PI", uut.sq_pi_valid.val(), uut.sq_pi_qpn.val().to_u64(), uut.sq_pi_value.val().to_u64()),
                        ("RQ_PI", uut.rq_pi_valid.val(), uut.rq_pi_qpn.val().to_u64(), uut.rq_pi_value.val().to_u64()),
                        ("CQ_CI", uut.cq_ci_valid.val(), uut.cq_ci_cqn.val().to_u64(), uut.cq_ci_value.val().to_u64()),
                        ("CQ_ARM", uut.cq_arm_valid.val(), uut.cq_arm_cqn.val().to_u64(), uut.cq_arm_value.val().to_u64()),
                    ];
                    for (name, valid, idx, v) in fired {
                        assert_eq!(valid, name == r.name, "{} write to {}[{index}] strobes {name}?", r.name, a.name);
                        if valid {
                            assert_eq!((idx, v), (index as u64, value as u64), "{}[{index}]", r.name);
                        }
                    }
                    uut.half_high();
                    uut.half_low();
                    assert!(!uut.sq_pi_valid.val() && !uut.rq_pi_valid.val() && !uut.cq_ci_valid.val() && !uut.cq_arm_valid.val(), "one cycle");
                    uut.half_high();
                }
            }
        }
        // Offsets inside a doorbell page that name no doorbell, and past BAR0, strobe nothing.
        for addr in [regs::QP_DB.base + 0x8, regs::QP_DB.base + 0xC, regs::CQ_DB.base - 4, regs::BAR0_SIZE, 0xFFFC] {
            write(&mut uut, addr, 1);
            uut.half_low();
            assert!(!uut.sq_pi_valid.val() && !uut.rq_pi_valid.val() && !uut.cq_ci_valid.val() && !uut.cq_arm_valid.val(), "{addr:#x}");
            uut.half_high();
        }
    }

    #[test]
    fn the_contract_fits_the_sizes() {
        // With 256 QPs the QP doorbells fill 0x1000..0x2000 and the CQ doorbells 0x800..0x1000.
        assert_eq!(regs::QP_DB.addr(QPS as u32 - 1, &regs::RQ_PI) + 4 + 8, regs::BAR0_SIZE);
        assert_eq!(regs::CQ_DB.addr(CQS as u32, &regs::CQ_CI), regs::QP_DB.base);
        check_contract();
    }
}
