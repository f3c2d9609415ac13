//! CompletionWriter: the CQ table, CQE writes with the owner bit, the overflow guard
//! and MSI-X for armed CQs.
//!
//! Three stages. A request register takes one CQE (or one CQ command from the
//! RegFile) at a time; the CQ row and the consumer index of its CQ are read from block
//! RAM on the way in, so they are there the next cycle. The process stage checks the
//! row (valid, log2 ≤ 15, PI - CI < depth), builds the 32-byte entry and its address,
//! writes PI + 1 back and test-and-clears the CQ's armed bit; a CQE that fails the
//! check is dropped and pulses `cnt_overflow` (CNT_CQ_OVERFLOW). The burst stage sends
//! the entry as one 32-byte DMA write of four beats, then raises the CQ's vector if it
//! was armed (writes are posted and land in order, so the entry is in memory before the
//! interrupt can be seen).
//!
//! Both RAMs are read-first (a write is not on the read port the next cycle). The row
//! RAM needs no bypass: the request register is empty for a cycle after each request
//! it processes, so the next request's row is read after the write has landed. The CI
//! RAM is written by the doorbell at any time, so its last write is kept in a register
//! and forwarded when the request names the same CQ. A commit or invalidate clears
//! the CQ's `ci_live` bit instead of writing the CI RAM, whose one write port belongs
//! to the CI doorbell (one per cycle, no ready): until the driver's first CQ_CI after
//! the command, the CQ's consumer index reads 0. Commands also disarm the CQ.
//!
//! The CQ row is the contract's `cq` layout (BASE, LOG2, VALID, VECTOR, PI).

use super::params::{CQN_BITS, CQS};
use openrnic_contract::queues::{cq, cqe};
use openrnic_contract::regs::cmd;
use rust_hdl::prelude::*;

pub const CQ_ROW_BITS: usize = cq::SIZE * 8;
pub const CQE_BITS: usize = cqe::SIZE * 8;
const W_BASE: usize = cq::BASE.width as usize;
const W_LOG2: usize = cq::LOG2.width as usize;
const W_VECTOR: usize = cq::VECTOR.width as usize;
const W_PI: usize = cq::PI.width as usize;
pub const W_WR_ID: usize = cqe::WR_ID.width as usize;
pub const W_BYTE_LEN: usize = cqe::BYTE_LEN.width as usize;
pub const W_IMM: usize = cqe::IMM.width as usize;
pub const W_QPN: usize = cqe::QPN.width as usize;
pub const W_STATUS: usize = cqe::STATUS.width as usize;
pub const W_OPCODE: usize = cqe::OPCODE.width as usize;

#[derive(LogicBlock)]
pub struct CompletionWriter {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, bool>,
    /// A completion to write (the contract's `cqe` fields; the owner bit is ours).
    pub cqe_valid: Signal<In, bool>,
    pub cqe_ready: Signal<Out, bool>,
    pub cqe_cqn: Signal<In, Bits<CQN_BITS>>,
    pub cqe_wr_id: Signal<In, Bits<W_WR_ID>>,
    pub cqe_byte_len: Signal<In, Bits<W_BYTE_LEN>>,
    pub cqe_imm: Signal<In, Bits<W_IMM>>,
    pub cqe_imm_valid: Signal<In, bool>,
    pub cqe_qpn: Signal<In, Bits<W_QPN>>,
    pub cqe_status: Signal<In, Bits<W_STATUS>>,
    pub cqe_opcode: Signal<In, Bits<W_OPCODE>>,
    /// CQ command from the RegFile: `cmd::COMMIT` loads the row (PI restarts at 0),
    /// any other op invalidates it.
    pub cmd_valid: Signal<In, bool>,
    pub cmd_ready: Signal<Out, bool>,
    pub cmd_op: Signal<In, Bits<2>>,
    pub cmd_cqn: Signal<In, Bits<CQN_BITS>>,
    pub cmd_base: Signal<In, Bits<W_BASE>>,
    pub cmd_log2: Signal<In, Bits<W_LOG2>>,
    pub cmd_vector: Signal<In, Bits<W_VECTOR>>,
    /// CQ_CI doorbell: one-cycle strobe, taken every cycle.
    pub ci_valid: Signal<In, bool>,
    pub ci_cqn: Signal<In, Bits<CQN_BITS>>,
    pub ci_value: Signal<In, Bits<16>>,
    /// CQ_ARM doorbell: one-cycle strobe; `arm_set` is bit 0 of the value written
    /// (1 arms, 0 disarms, as the legacy engine does).
    pub arm_valid: Signal<In, bool>,
    pub arm_cqn: Signal<In, Bits<CQN_BITS>>,
    pub arm_set: Signal<In, bool>,
    /// DMA write client: one 32-byte burst of four beats per CQE.
    pub dma_wr_valid: Signal<Out, bool>,
    pub dma_wr_ready: Signal<In, bool>,
    pub dma_wr_addr: Signal<Out, Bits<64>>,
    pub dma_wr_len: Signal<Out, Bits<16>>,
    pub dma_wr_data: Signal<Out, Bits<64>>,
    pub dma_wr_last: Signal<Out, bool>,
    /// MSI-X request, held until `irq_ready`.
    pub irq_valid: Signal<Out, bool>,
    pub irq_ready: Signal<In, bool>,
    pub irq_vector: Signal<Out, Bits<W_VECTOR>>,
    /// One-cycle strobe per dropped CQE (CNT_CQ_OVERFLOW's increment).
    pub cnt_overflow: Signal<Out, bool>,
    /// Nothing held (request, burst or interrupt), as of the previous cycle.
    pub idle: Signal<Out, bool>,
    row_ram: RAM<Bits<CQ_ROW_BITS>, CQN_BITS>,
    ci_ram: RAM<Bits<16>, CQN_BITS>,
    ci_live: DFF<Bits<CQS>>,
    /// Committed and not invalidated since: reset clears it (the row RAM keeps its contents).
    cq_live: DFF<Bits<CQS>>,
    armed: DFF<Bits<CQS>>,
    // request register
    req_valid: DFF<bool>,
    req_is_cmd: DFF<bool>,
    req_cqn: DFF<Bits<CQN_BITS>>,
    req_wr_id: DFF<Bits<W_WR_ID>>,
    req_byte_len: DFF<Bits<W_BYTE_LEN>>,
    req_imm: DFF<Bits<W_IMM>>,
    req_imm_valid: DFF<bool>,
    req_qpn: DFF<Bits<W_QPN>>,
    req_status: DFF<Bits<W_STATUS>>,
    req_opcode: DFF<Bits<W_OPCODE>>,
    req_op: DFF<Bits<2>>,
    req_base: DFF<Bits<W_BASE>>,
    req_log2: DFF<Bits<W_LOG2>>,
    req_vector: DFF<Bits<W_VECTOR>>,
    /// A command is waiting: the next free request slot goes to it.
    cmd_turn: DFF<bool>,
    /// last cycle's CI write, forwarded past the read-first CI RAM
    fw_ci_valid: DFF<bool>,
    fw_ci_cqn: DFF<Bits<CQN_BITS>>,
    fw_ci: DFF<Bits<16>>,
    // burst stage
    wr_active: DFF<bool>,
    wr_beat: DFF<Bits<2>>,
    wr_buf: DFF<Bits<CQE_BITS>>,
    wr_addr: DFF<Bits<64>>,
    wr_irq: DFF<bool>,
    wr_vector: DFF<Bits<W_VECTOR>>,
    /// The burst is out; its interrupt waits for the one before it to be taken.
    irq_wait: DFF<bool>,
    irq: DFF<bool>,
    irq_vec: DFF<Bits<W_VECTOR>>,
    overflow: DFF<bool>,
    idle_q: DFF<bool>,
    // process stage
    take_cmd: Signal<Local, bool>,
    take_cqe: Signal<Local, bool>,
    next_cqn: Signal<Local, Bits<CQN_BITS>>,
    go: Signal<Local, bool>,
    row: Signal<Local, Bits<CQ_ROW_BITS>>,
    ci: Signal<Local, Bits<16>>,
    pi: Signal<Local, Bits<W_PI>>,
    log2: Signal<Local, Bits<W_LOG2>>,
    mask: Signal<Local, Bits<16>>,
    used: Signal<Local, Bits<16>>,
    slot: Signal<Local, Bits<16>>,
    drop: Signal<Local, bool>,
    owner: Signal<Local, bool>,
    pi_next: Signal<Local, Bits<W_PI>>,
    one_req: Signal<Local, Bits<CQS>>,
    clr_armed: Signal<Local, Bits<CQS>>,
    clr_live: Signal<Local, Bits<CQS>>,
    beat_fire: Signal<Local, bool>,
    burst_done: Signal<Local, bool>,
    raise: Signal<Local, bool>,
    k_one: Constant<Bits<CQS>>,
    k_one16: Constant<Bits<16>>,
    k_commit: Constant<Bits<2>>,
    k_len: Constant<Bits<16>>,
    k_pi_mask: Constant<Bits<CQ_ROW_BITS>>,
    f_base: Constant<Bits<8>>,
    f_log2: Constant<Bits<8>>,
    f_valid: Constant<Bits<8>>,
    f_vector: Constant<Bits<8>>,
    f_pi: Constant<Bits<8>>,
    f_wr_id: Constant<Bits<8>>,
    f_byte_len: Constant<Bits<8>>,
    f_imm: Constant<Bits<8>>,
    f_qpn: Constant<Bits<8>>,
    f_status: Constant<Bits<8>>,
    f_opcode: Constant<Bits<8>>,
    f_imm_valid: Constant<Bits<8>>,
    f_owner: Constant<Bits<8>>,
}

impl Default for CompletionWriter {
    fn default() -> Self {
        let k8 = |bit: usize| Constant::new((bit as u64).to_bits());
        let pi_mask: Bits<CQ_ROW_BITS> = bit_cast::<CQ_ROW_BITS, 16>(0xFFFFu64.to_bits()) << Bits::<8>::from(cq::PI.bit() as u64);
        Self {
            clock: Default::default(),
            reset: Default::default(),
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
            cmd_valid: Default::default(),
            cmd_ready: Default::default(),
            cmd_op: Default::default(),
            cmd_cqn: Default::default(),
            cmd_base: Default::default(),
            cmd_log2: Default::default(),
            cmd_vector: Default::default(),
            ci_valid: Default::default(),
            ci_cqn: Default::default(),
            ci_value: Default::default(),
            arm_valid: Default::default(),
            arm_cqn: Default::default(),
            arm_set: Default::default(),
            dma_wr_valid: Default::default(),
            dma_wr_ready: Default::default(),
            dma_wr_addr: Default::default(),
            dma_wr_len: Default::default(),
            dma_wr_data: Default::default(),
            dma_wr_last: Default::default(),
            irq_valid: Default::default(),
            irq_ready: Default::default(),
            irq_vector: Default::default(),
            cnt_overflow: Default::default(),
            idle: Default::default(),
            row_ram: Default::default(),
            ci_ram: Default::default(),
            ci_live: Default::default(),
            cq_live: Default::default(),
            armed: Default::default(),
            req_valid: Default::default(),
            req_is_cmd: Default::default(),
            req_cqn: Default::default(),
            req_wr_id: Default::default(),
            req_byte_len: Default::default(),
            req_imm: Default::default(),
            req_imm_valid: Default::default(),
            req_qpn: Default::default(),
            req_status: Default::default(),
            req_opcode: Default::default(),
            req_op: Default::default(),
            req_base: Default::default(),
            req_log2: Default::default(),
            req_vector: Default::default(),
            cmd_turn: Default::default(),
            fw_ci_valid: Default::default(),
            fw_ci_cqn: Default::default(),
            fw_ci: Default::default(),
            wr_active: Default::default(),
            wr_beat: Default::default(),
            wr_buf: Default::default(),
            wr_addr: Default::default(),
            wr_irq: Default::default(),
            wr_vector: Default::default(),
            irq_wait: Default::default(),
            irq: Default::default(),
            irq_vec: Default::default(),
            overflow: Default::default(),
            idle_q: Default::default(),
            take_cmd: Default::default(),
            take_cqe: Default::default(),
            next_cqn: Default::default(),
            go: Default::default(),
            row: Default::default(),
            ci: Default::default(),
            pi: Default::default(),
            log2: Default::default(),
            mask: Default::default(),
            used: Default::default(),
            slot: Default::default(),
            drop: Default::default(),
            owner: Default::default(),
            pi_next: Default::default(),
            one_req: Default::default(),
            clr_armed: Default::default(),
            clr_live: Default::default(),
            beat_fire: Default::default(),
            burst_done: Default::default(),
            raise: Default::default(),
            k_one: Constant::new(1u64.to_bits()),
            k_one16: Constant::new(1u64.to_bits()),
            k_commit: Constant::new((cmd::COMMIT as u64).to_bits()),
            k_len: Constant::new((cqe::SIZE as u64).to_bits()),
            k_pi_mask: Constant::new(pi_mask),
            f_base: k8(cq::BASE.bit()),
            f_log2: k8(cq::LOG2.bit()),
            f_valid: k8(cq::VALID.bit()),
            f_vector: k8(cq::VECTOR.bit()),
            f_pi: k8(cq::PI.bit()),
            f_wr_id: k8(cqe::WR_ID.bit()),
            f_byte_len: k8(cqe::BYTE_LEN.bit()),
            f_imm: k8(cqe::IMM.bit()),
            f_qpn: k8(cqe::QPN.bit()),
            f_status: k8(cqe::STATUS.bit()),
            f_opcode: k8(cqe::OPCODE.bit()),
            f_imm_valid: k8(cqe::IMM_VALID.bit()),
            f_owner: k8(cqe::OWNER.bit()),
        }
    }
}

impl Logic for CompletionWriter {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, ci_live, cq_live, armed, req_valid, req_is_cmd, req_cqn, req_wr_id, req_byte_len, req_imm, req_imm_valid,
            req_qpn, req_status, req_opcode, req_op, req_base, req_log2, req_vector, cmd_turn,
            fw_ci_valid, fw_ci_cqn, fw_ci, wr_active, wr_beat, wr_buf, wr_addr, wr_irq, wr_vector, irq_wait, irq, irq_vec,
            overflow, idle_q);
        self.row_ram.read_clock.next = self.clock.val();
        self.row_ram.write_clock.next = self.clock.val();
        self.ci_ram.read_clock.next = self.clock.val();
        self.ci_ram.write_clock.next = self.clock.val();

        // ---- process stage: the request register with its CQ's row and CI ----
        self.go.next = self.req_valid.q.val() & !self.wr_active.q.val() & !self.irq_wait.q.val();
        self.row.next = self.row_ram.read_data.val();
        self.ci.next = self.ci_ram.read_data.val();
        if self.fw_ci_valid.q.val() & (self.fw_ci_cqn.q.val() == self.req_cqn.q.val()) {
            self.ci.next = self.fw_ci.q.val();
        }
        if !self.ci_live.q.val().get_bit(self.req_cqn.q.val().index()) {
            self.ci.next = 0.into();
        }
        self.pi.next = self.row.val().get_bits::<W_PI>(self.f_pi.val().index());
        self.log2.next = self.row.val().get_bits::<W_LOG2>(self.f_log2.val().index());
        self.mask.next = (self.k_one16.val() << self.log2.val()) - self.k_one16.val();
        self.used.next = self.pi.val() - self.ci.val();
        self.slot.next = self.pi.val() & self.mask.val();
        self.pi_next.next = self.pi.val() + 1;
        // A ring of 2^16 entries or more cannot tell full from empty with 16-bit indices.
        self.drop.next = !self.cq_live.q.val().get_bit(self.req_cqn.q.val().index())
            | !self.row.val().get_bit(self.f_valid.val().index())
            | self.log2.val().get_bit(4)
            | (self.used.val() > self.mask.val());
        // Entry i of a ring of n is fresh when OWNER == ((i / n) & 1) ^ 1.
        self.owner.next = !self.pi.val().get_bit(self.log2.val().index());
        self.one_req.next = self.k_one.val() << self.req_cqn.q.val();

        self.row_ram.write_enable.next = false;
        self.row_ram.write_address.next = self.req_cqn.q.val();
        self.row_ram.write_data.next = (self.row.val() & !self.k_pi_mask.val())
            | (bit_cast::<CQ_ROW_BITS, W_PI>(self.pi_next.val()) << self.f_pi.val());
        self.clr_armed.next = 0.into();
        self.clr_live.next = 0.into();
        self.overflow.d.next = false;
        self.cq_live.d.next = self.cq_live.q.val();
        if self.go.val() {
            if self.req_is_cmd.q.val() {
                self.row_ram.write_enable.next = true;
                self.row_ram.write_data.next = 0.into();
                if self.req_op.q.val() == self.k_commit.val() {
                    self.row_ram.write_data.next = (bit_cast::<CQ_ROW_BITS, W_BASE>(self.req_base.q.val()) << self.f_base.val())
                        | (bit_cast::<CQ_ROW_BITS, W_LOG2>(self.req_log2.q.val()) << self.f_log2.val())
                        | (bit_cast::<CQ_ROW_BITS, 1>(true.into()) << self.f_valid.val())
                        | (bit_cast::<CQ_ROW_BITS, W_VECTOR>(self.req_vector.q.val()) << self.f_vector.val());
                }
                self.clr_live.next = self.one_req.val();
                self.clr_armed.next = self.one_req.val();
                if self.req_op.q.val() == self.k_commit.val() {
                    self.cq_live.d.next = self.cq_live.q.val() | self.one_req.val();
                } else {
                    self.cq_live.d.next = self.cq_live.q.val() & !self.one_req.val();
                }
            } else if self.drop.val() {
                self.overflow.d.next = true;
            } else {
                self.row_ram.write_enable.next = true;
                self.clr_armed.next = self.one_req.val();
                self.wr_irq.d.next = self.armed.q.val().get_bit(self.req_cqn.q.val().index());
                self.wr_vector.d.next = self.row.val().get_bits::<W_VECTOR>(self.f_vector.val().index());
                self.wr_addr.d.next = self.row.val().get_bits::<W_BASE>(self.f_base.val().index())
                    + (bit_cast::<64, 16>(self.slot.val()) << 5);
                self.wr_buf.d.next = (bit_cast::<CQE_BITS, W_WR_ID>(self.req_wr_id.q.val()) << self.f_wr_id.val())
                    | (bit_cast::<CQE_BITS, W_BYTE_LEN>(self.req_byte_len.q.val()) << self.f_byte_len.val())
                    | (bit_cast::<CQE_BITS, W_IMM>(self.req_imm.q.val()) << self.f_imm.val())
                    | (bit_cast::<CQE_BITS, W_QPN>(self.req_qpn.q.val()) << self.f_qpn.val())
                    | (bit_cast::<CQE_BITS, W_STATUS>(self.req_status.q.val()) << self.f_status.val())
                    | (bit_cast::<CQE_BITS, W_OPCODE>(self.req_opcode.q.val()) << self.f_opcode.val())
                    | (bit_cast::<CQE_BITS, 1>(self.req_imm_valid.q.val().into()) << self.f_imm_valid.val())
                    | (bit_cast::<CQE_BITS, 1>(self.owner.val().into()) << self.f_owner.val());
                self.wr_active.d.next = true;
                self.wr_beat.d.next = 0.into();
            }
        }

        // ---- request register: a waiting command goes first ----
        self.cmd_ready.next = !self.req_valid.q.val() & self.cmd_turn.q.val();
        self.cqe_ready.next = !self.req_valid.q.val() & !self.cmd_turn.q.val();
        self.take_cmd.next = self.cmd_valid.val() & self.cmd_ready.val();
        self.take_cqe.next = self.cqe_valid.val() & self.cqe_ready.val();
        self.cmd_turn.d.next = self.cmd_valid.val() & !self.take_cmd.val();
        self.next_cqn.next = self.req_cqn.q.val();
        if self.go.val() {
            self.req_valid.d.next = false;
        }
        if self.take_cmd.val() {
            self.req_valid.d.next = true;
            self.req_is_cmd.d.next = true;
            self.next_cqn.next = self.cmd_cqn.val();
            self.req_op.d.next = self.cmd_op.val();
            self.req_base.d.next = self.cmd_base.val();
            self.req_log2.d.next = self.cmd_log2.val();
            self.req_vector.d.next = self.cmd_vector.val();
        }
        if self.take_cqe.val() {
            self.req_valid.d.next = true;
            self.req_is_cmd.d.next = false;
            self.next_cqn.next = self.cqe_cqn.val();
            self.req_wr_id.d.next = self.cqe_wr_id.val();
            self.req_byte_len.d.next = self.cqe_byte_len.val();
            self.req_imm.d.next = self.cqe_imm.val();
            self.req_imm_valid.d.next = self.cqe_imm_valid.val();
            self.req_qpn.d.next = self.cqe_qpn.val();
            self.req_status.d.next = self.cqe_status.val();
            self.req_opcode.d.next = self.cqe_opcode.val();
        }
        self.req_cqn.d.next = self.next_cqn.val();
        // Read the row and CI of the CQ the request register will hold next cycle.
        self.row_ram.read_address.next = self.next_cqn.val();
        self.ci_ram.read_address.next = self.next_cqn.val();

        // ---- doorbells ----
        self.ci_ram.write_enable.next = self.ci_valid.val();
        self.ci_ram.write_address.next = self.ci_cqn.val();
        self.ci_ram.write_data.next = self.ci_value.val();
        self.fw_ci_valid.d.next = self.ci_valid.val();
        self.fw_ci_cqn.d.next = self.ci_cqn.val();
        self.fw_ci.d.next = self.ci_value.val();
        self.ci_live.d.next = self.ci_live.q.val() & !self.clr_live.val();
        if self.ci_valid.val() {
            self.ci_live.d.next = (self.ci_live.q.val() & !self.clr_live.val()) | (self.k_one.val() << self.ci_cqn.val());
        }
        // A CQE taken in the same cycle as an ARM strobe for its CQ raises its interrupt
        // and the CQ stays armed (the driver armed it as the entry landed).
        self.armed.d.next = self.armed.q.val() & !self.clr_armed.val();
        if self.arm_valid.val() {
            if self.arm_set.val() {
                self.armed.d.next = (self.armed.q.val() & !self.clr_armed.val()) | (self.k_one.val() << self.arm_cqn.val());
            } else {
                self.armed.d.next = self.armed.q.val() & !self.clr_armed.val() & !(self.k_one.val() << self.arm_cqn.val());
            }
        }

        // ---- burst stage: four beats from a shift register, then the interrupt ----
        self.dma_wr_valid.next = self.wr_active.q.val();
        self.dma_wr_addr.next = self.wr_addr.q.val();
        self.dma_wr_len.next = self.k_len.val();
        self.dma_wr_data.next = self.wr_buf.q.val().get_bits::<64>(0);
        self.dma_wr_last.next = self.wr_beat.q.val() == 3;
        self.beat_fire.next = self.wr_active.q.val() & self.dma_wr_ready.val();
        self.burst_done.next = self.beat_fire.val() & (self.wr_beat.q.val() == 3);
        if self.beat_fire.val() {
            self.wr_beat.d.next = self.wr_beat.q.val() + 1;
            self.wr_buf.d.next = self.wr_buf.q.val() >> 64;
        }
        if self.burst_done.val() {
            self.wr_active.d.next = false;
        }
        // The interrupt register holds one request until irq_ready; a second waits in irq_wait.
        self.irq.d.next = self.irq.q.val() & !self.irq_ready.val();
        self.raise.next = (self.burst_done.val() & self.wr_irq.q.val()) | self.irq_wait.q.val();
        if self.raise.val() {
            if self.irq.q.val() {
                self.irq_wait.d.next = true;
            } else {
                self.irq.d.next = true;
                self.irq_vec.d.next = self.wr_vector.q.val();
                self.irq_wait.d.next = false;
            }
        }
        self.irq_valid.next = self.irq.q.val();
        self.irq_vector.next = self.irq_vec.q.val();
        self.cnt_overflow.next = self.overflow.q.val();
        self.idle_q.d.next = !self.req_valid.q.val() & !self.wr_active.q.val() & !self.irq_wait.q.val() & !self.irq.q.val();
        self.idle.next = self.idle_q.q.val();

        if self.reset.val() {
            self.ci_live.d.next = 0.into();
            self.cq_live.d.next = 0.into();
            self.armed.d.next = 0.into();
            self.req_valid.d.next = false;
            self.cmd_turn.d.next = false;
            self.fw_ci_valid.d.next = false;
            self.wr_active.d.next = false;
            self.irq_wait.d.next = false;
            self.irq.d.next = false;
            self.overflow.d.next = false;
            self.idle_q.d.next = false;
            self.row_ram.write_enable.next = false;
            self.ci_ram.write_enable.next = false;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clocked;
    use crate::testbench::{Clocked, Stalls};
    use openrnic_contract::Cqe;
    use std::collections::{HashMap, VecDeque};

    clocked!(CompletionWriter);

    #[derive(Clone, Copy, Debug)]
    struct Req {
        cqn: usize,
        wr_id: u64,
        byte_len: u64,
        imm: u64,
        imm_valid: bool,
        qpn: u64,
        status: u64,
        opcode: u64,
    }

    /// The entry as the contract lays it out, built by the contract's own field setters.
    fn cqe_bytes(r: &Req, owner: bool) -> [u8; 32] {
        let mut e = Cqe::default();
        e.set(cqe::WR_ID, r.wr_id).unwrap().set(cqe::BYTE_LEN, r.byte_len).unwrap().set(cqe::IMM, r.imm).unwrap();
        e.set(cqe::IMM_VALID, r.imm_valid as u64).unwrap().set(cqe::QPN, r.qpn).unwrap();
        e.set(cqe::STATUS, r.status).unwrap().set(cqe::OPCODE, r.opcode).unwrap().set(cqe::OWNER, owner as u64).unwrap();
        e.bytes
    }

    #[derive(Clone, Copy, Debug)]
    enum Cmd {
        Commit { cqn: usize, base: u64, log2: u32, vector: u8 },
        Invalidate { cqn: usize },
    }

    /// What the host sees of one CQ.
    #[derive(Default, Clone)]
    struct CqModel {
        live: bool,
        base: u64,
        log2: u32,
        vector: u8,
        /// Entries written by the engine (its producer index).
        pi: u64,
        /// Entries consumed by the host (what it last wrote to CQ_CI).
        cons: u64,
        /// (cycle, CI) of every CQ_CI write: the engine may act on a CI a few cycles old.
        ci_hist: Vec<(u64, u64)>,
        /// Entries written and not yet consumed, as they must still read in memory.
        unconsumed: VecDeque<[u8; 32]>,
        armed: bool,
        /// CQEs taken by the engine and not yet written or dropped.
        in_flight: usize,
    }

    impl CqModel {
        fn depth(&self) -> u64 {
            1 << self.log2
        }
        /// Was the ring full for a drop seen (on the overflow strobe) in cycle `now`? The
        /// engine decided in `now - 1` with every CQ_CI written up to `now - 2`.
        fn full_when_dropped(&self, now: u64) -> bool {
            let ci = self.ci_hist.iter().rev().find(|(c, _)| *c + 2 <= now).map(|(_, v)| *v).unwrap_or(0);
            self.pi - ci >= self.depth()
        }
    }

    struct Bench {
        uut: CompletionWriter,
        mem: HashMap<u64, u8>,
        cqs: Vec<CqModel>,
        /// CQEs taken, in order: each ends as one burst or one overflow strobe.
        taken: VecDeque<Req>,
        burst: Vec<u64>,
        burst_addr: u64,
        irqs_due: VecDeque<u8>,
        irqs: usize,
        drops: usize,
        writes: usize,
        cycle: u64,
    }

    impl Bench {
        fn new() -> Bench {
            let mut uut = CompletionWriter::default();
            uut.connect_all();
            uut.reset.next = true;
            uut.half_low();
            uut.half_high();
            uut.reset.next = false;
            Bench {
                uut,
                mem: HashMap::new(),
                cqs: vec![CqModel::default(); CQS],
                taken: VecDeque::new(),
                burst: Vec::new(),
                burst_addr: 0,
                irqs_due: VecDeque::new(),
                irqs: 0,
                drops: 0,
                writes: 0,
                cycle: 0,
            }
        }

        fn drive_cqe(&mut self, r: Option<&Req>) {
            self.uut.cqe_valid.next = r.is_some();
            if let Some(r) = r {
                self.uut.cqe_cqn.next = (r.cqn as u64).to_bits();
                self.uut.cqe_wr_id.next = r.wr_id.to_bits();
                self.uut.cqe_byte_len.next = r.byte_len.to_bits();
                self.uut.cqe_imm.next = r.imm.to_bits();
                self.uut.cqe_imm_valid.next = r.imm_valid;
                self.uut.cqe_qpn.next = r.qpn.to_bits();
                self.uut.cqe_status.next = r.status.to_bits();
                self.uut.cqe_opcode.next = r.opcode.to_bits();
            }
        }

        fn drive_cmd(&mut self, c: Option<&Cmd>) {
            self.uut.cmd_valid.next = c.is_some();
            match c {
                Some(Cmd::Commit { cqn, base, log2, vector }) => {
                    self.uut.cmd_op.next = (cmd::COMMIT as u64).to_bits();
                    self.uut.cmd_cqn.next = (*cqn as u64).to_bits();
                    self.uut.cmd_base.next = base.to_bits();
                    self.uut.cmd_log2.next = (*log2 as u64).to_bits();
                    self.uut.cmd_vector.next = (*vector as u64).to_bits();
                }
                Some(Cmd::Invalidate { cqn }) => {
                    self.uut.cmd_op.next = (cmd::INVALIDATE as u64).to_bits();
                    self.uut.cmd_cqn.next = (*cqn as u64).to_bits();
                }
                None => {}
            }
        }

        /// The host consumes CQ `c`'s oldest entry: it must still be the one written, with
        /// a fresh owner bit, then CQ_CI is written (returned as the strobe to drive).
        fn consume(&mut self, c: usize) -> (usize, u64) {
            let m = &mut self.cqs[c];
            let want = m.unconsumed.pop_front().unwrap();
            let addr = m.base + (m.cons & (m.depth() - 1)) * 32;
            let got: Vec<u8> = (0..32).map(|i| *self.mem.get(&(addr + i)).unwrap_or(&0)).collect();
            assert_eq!(got, want, "cycle {}: CQ {c} entry {} overwritten before it was consumed", self.cycle, m.cons);
            assert_eq!(got[31] & 1, (((m.cons >> m.log2) & 1) ^ 1) as u8, "owner bit of CQ {c} entry {}", m.cons);
            m.cons += 1;
            m.ci_hist.push((self.cycle, m.cons));
            (c, m.cons & 0xFFFF)
        }

        /// Samples the handshakes of the cycle (after `half_low`) and checks them.
        fn observe(&mut self, cmd: Option<Cmd>, cqe: Option<Req>) {
            let now = self.cycle;
            if self.uut.cmd_valid.val() && self.uut.cmd_ready.val() {
                match cmd.unwrap() {
                    Cmd::Commit { cqn, base, log2, vector } => {
                        let m = &mut self.cqs[cqn];
                        assert_eq!(m.in_flight, 0, "testbench recommits only quiet CQs");
                        *m = CqModel { live: true, base, log2, vector, ci_hist: vec![(now, 0)], ..CqModel::default() };
                    }
                    Cmd::Invalidate { cqn } => {
                        self.cqs[cqn].live = false;
                        self.cqs[cqn].armed = false;
                    }
                }
            }
            if self.uut.cqe_valid.val() && self.uut.cqe_ready.val() {
                let r = cqe.unwrap();
                self.cqs[r.cqn].in_flight += 1;
                self.taken.push_back(r);
            }
            if self.uut.irq_valid.val() && self.uut.irq_ready.val() {
                let v = self.irqs_due.pop_front().unwrap_or_else(|| panic!("cycle {now}: interrupt with no armed CQ's entry written"));
                assert_eq!(self.uut.irq_vector.val().to_u64(), v as u64, "cycle {now}: interrupt vector");
                self.irqs += 1;
            }
            if self.uut.cnt_overflow.val() {
                let r = self.taken.pop_front().unwrap_or_else(|| panic!("cycle {now}: overflow strobe with no CQE taken"));
                let m = &mut self.cqs[r.cqn];
                m.in_flight -= 1;
                assert!(!m.live || m.full_when_dropped(now), "cycle {now}: CQE for CQ {} dropped with room in the ring", r.cqn);
                self.drops += 1;
            }
            if self.uut.dma_wr_valid.val() && self.uut.dma_wr_ready.val() {
                if self.burst.is_empty() {
                    self.burst_addr = self.uut.dma_wr_addr.val().to_u64();
                }
                assert_eq!(self.uut.dma_wr_addr.val().to_u64(), self.burst_addr, "address held through the burst");
                assert_eq!(self.uut.dma_wr_len.val().to_u64(), 32, "one 32-byte write per CQE");
                self.burst.push(self.uut.dma_wr_data.val().to_u64());
                assert_eq!(self.uut.dma_wr_last.val(), self.burst.len() == 4, "last on the fourth beat only");
                if self.burst.len() == 4 {
                    let bytes: Vec<u8> = self.burst.iter().flat_map(|w| w.to_le_bytes()).collect();
                    self.burst.clear();
                    let r = self.taken.pop_front().unwrap_or_else(|| panic!("cycle {now}: CQE write with no CQE taken"));
                    let m = &mut self.cqs[r.cqn];
                    assert!(m.live, "cycle {now}: CQE written to invalid CQ {}", r.cqn);
                    assert!(m.pi - m.cons < m.depth(), "cycle {now}: CQ {} written while full", r.cqn);
                    assert_eq!(self.burst_addr, m.base + (m.pi & (m.depth() - 1)) * 32, "cycle {now}: CQ {} slot address", r.cqn);
                    let want = cqe_bytes(&r, ((m.pi >> m.log2) & 1) == 0);
                    assert_eq!(bytes, want, "cycle {now}: CQE bytes for CQ {} entry {}", r.cqn, m.pi);
                    for (i, b) in bytes.iter().enumerate() {
                        self.mem.insert(self.burst_addr + i as u64, *b);
                    }
                    m.unconsumed.push_back(want);
                    m.pi += 1;
                    m.in_flight -= 1;
                    if m.armed {
                        m.armed = false;
                        self.irqs_due.push_back(m.vector);
                    }
                    self.writes += 1;
                }
            }
        }
    }

    /// Random CQEs to four CQs (depths 2..16) and to one never set up, a host that
    /// consumes at random (one CQ rarely, so it overflows), arms at random, recommits a
    /// CQ mid-run; random stalls on the CQE, command, DMA and interrupt ports.
    fn run(seed: u64, cycles: u64) -> Bench {
        let mut b = Bench::new();
        let mut rng = Stalls::new(seed, 50);
        let mut cqe_go = Stalls::new(seed ^ 1, 50);
        let mut dma_go = Stalls::new(seed ^ 2, 70);
        let mut irq_go = Stalls::new(seed ^ 3, 40);
        let mut cmds: VecDeque<Cmd> = [(0usize, 2u32), (1, 3), (2, 4), (3, 1)]
            .iter()
            .map(|&(cqn, log2)| Cmd::Commit { cqn, base: 0x10_0000 * (cqn as u64 + 1), log2, vector: 10 + cqn as u8 })
            .collect();
        cmds.push_back(Cmd::Invalidate { cqn: 5 });
        let mut cqe: Option<Req> = None;
        let targets = [0usize, 1, 2, 3, 7];
        let mut recommitted = false;
        for cycle in 0..cycles + 400 {
            b.cycle = cycle;
            let draining = cycle >= cycles;
            if !recommitted && cycle == cycles / 2 {
                recommitted = true;
                cmds.push_back(Cmd::Commit { cqn: 1, base: 0x90_0000, log2: 2, vector: 33 });
            }
            let cmd = cmds.front().copied();
            let blocked = |c: usize| cmds.iter().any(|m| matches!(m, Cmd::Commit { cqn, .. } if *cqn == c));
            if cqe.is_none() && !draining && cmds.is_empty() && cqe_go.go() {
                let cqn = targets[(rng.next_u64() % targets.len() as u64) as usize];
                if !blocked(cqn) {
                    let x = rng.next_u64();
                    cqe = Some(Req {
                        cqn,
                        wr_id: rng.next_u64(),
                        byte_len: x & 0xFFFF_FFFF,
                        imm: x >> 32,
                        imm_valid: x & 1 == 1,
                        qpn: (x >> 8) & 0xFF_FFFF,
                        status: (x >> 40) & 0xFF,
                        opcode: (x >> 48) & 0xFF,
                    });
                }
            }
            // The recommit waits until CQ 1 is quiet (nothing of it in flight or being offered).
            let cmd = match cmd {
                Some(Cmd::Commit { cqn: 1, .. }) if recommitted && (b.cqs[1].in_flight > 0 || cqe.is_some_and(|r| r.cqn == 1)) => None,
                c => c,
            };
            b.drive_cmd(cmd.as_ref());
            b.drive_cqe(cqe.as_ref());
            // Host: consume an entry (CQ 3 seldom), arm a quiet CQ now and then.
            b.uut.ci_valid.next = false;
            let ready: Vec<usize> = (0..CQS).filter(|&c| !b.cqs[c].unconsumed.is_empty()).collect();
            if !ready.is_empty() && (draining || rng.next_u64() % 100 < 30) {
                let c = ready[(rng.next_u64() % ready.len() as u64) as usize];
                if c != 3 || draining || rng.next_u64().is_multiple_of(10) {
                    let (c, v) = b.consume(c);
                    b.uut.ci_valid.next = true;
                    b.uut.ci_cqn.next = (c as u64).to_bits();
                    b.uut.ci_value.next = v.to_bits();
                }
            }
            b.uut.arm_valid.next = false;
            let c = targets[(rng.next_u64() % 4) as usize];
            let quiet = b.cqs[c].in_flight == 0 && cqe.is_none_or(|r| r.cqn != c) && b.cqs[c].live;
            if quiet && !draining && rng.next_u64() % 100 < 5 {
                let set = !rng.next_u64().is_multiple_of(5);
                b.uut.arm_valid.next = true;
                b.uut.arm_cqn.next = (c as u64).to_bits();
                b.uut.arm_set.next = set;
                b.cqs[c].armed = set;
            }
            b.uut.dma_wr_ready.next = draining || dma_go.go();
            b.uut.irq_ready.next = draining || irq_go.go();
            b.uut.half_low();
            b.observe(cmd, cqe);
            if b.uut.cmd_valid.val() && b.uut.cmd_ready.val() {
                cmds.pop_front();
            }
            if b.uut.cqe_valid.val() && b.uut.cqe_ready.val() {
                cqe = None;
            }
            b.uut.half_high();
        }
        assert!(b.taken.is_empty(), "{} CQEs never written nor dropped", b.taken.len());
        assert!(b.irqs_due.is_empty(), "{} interrupts never raised", b.irqs_due.len());
        assert!(cmds.is_empty(), "commands not taken");
        b
    }

    #[test]
    fn every_cqe_lands_byte_exact_or_is_dropped_and_counted() {
        for seed in 1..=2 {
            let b = run(seed, 6_000);
            println!("seed {seed}: {} CQEs written, {} dropped, {} interrupts", b.writes, b.drops, b.irqs);
            assert!(b.writes > 500, "only {} CQEs written", b.writes);
            assert!(b.drops > 20, "only {} drops: the overflow guard was not exercised", b.drops);
            assert!(b.irqs > 5, "only {} interrupts", b.irqs);
            // Rings wrapped many times, the recommitted CQ restarted at 0 and wrapped again.
            assert!(b.cqs[0].pi > 64 && b.cqs[1].pi > 16, "rings did not wrap: {} {}", b.cqs[0].pi, b.cqs[1].pi);
        }
    }

    /// Directed: an armed CQ raises exactly one interrupt for a run of entries; a full
    /// ring drops (and counts) until the host consumes.
    #[test]
    fn arm_gives_one_interrupt_and_a_full_ring_drops() {
        let mut b = Bench::new();
        let step = |b: &mut Bench, cmd: Option<Cmd>, cqe: Option<Req>, ci: Option<(usize, u64)>, arm: bool| -> bool {
            b.drive_cmd(cmd.as_ref());
            b.drive_cqe(cqe.as_ref());
            b.uut.ci_valid.next = ci.is_some();
            if let Some((c, v)) = ci {
                b.uut.ci_cqn.next = (c as u64).to_bits();
                b.uut.ci_value.next = v.to_bits();
            }
            b.uut.arm_valid.next = arm;
            b.uut.arm_cqn.next = 4u64.to_bits();
            b.uut.arm_set.next = true;
            if arm {
                b.cqs[4].armed = true;
            }
            b.uut.dma_wr_ready.next = true;
            b.uut.irq_ready.next = true;
            b.uut.half_low();
            b.observe(cmd, cqe);
            let took = (b.uut.cmd_valid.val() && b.uut.cmd_ready.val()) || (b.uut.cqe_valid.val() && b.uut.cqe_ready.val());
            b.uut.half_high();
            b.cycle += 1;
            took
        };
        // Offers a command or CQE until it is taken (bounded, so a stuck port fails).
        let offer = |b: &mut Bench, cmd: Option<Cmd>, cqe: Option<Req>| {
            assert!((0..50).any(|_| step(b, cmd, cqe, None, false)), "cycle {}: not taken", b.cycle);
        };
        let commit = Cmd::Commit { cqn: 4, base: 0x4000, log2: 2, vector: 77 };
        offer(&mut b, Some(commit), None);
        step(&mut b, None, None, None, true);
        let r = Req { cqn: 4, wr_id: 1, byte_len: 2, imm: 3, imm_valid: true, qpn: 4, status: 0, opcode: 2 };
        // Six entries into a ring of four, nothing consumed: four land, two drop.
        for i in 0..6 {
            let r = Req { wr_id: i, ..r };
            offer(&mut b, None, Some(r));
        }
        for _ in 0..40 {
            step(&mut b, None, None, None, false);
        }
        assert_eq!((b.writes, b.drops, b.irqs), (4, 2, 1), "(written, dropped, interrupts)");
        // Consume two, then two more land; no interrupt (not re-armed).
        let (c, v) = b.consume(4);
        step(&mut b, None, None, Some((c, v)), false);
        let (c, v) = b.consume(4);
        step(&mut b, None, None, Some((c, v)), false);
        for i in 6..8 {
            let r = Req { wr_id: i, ..r };
            offer(&mut b, None, Some(r));
        }
        for _ in 0..40 {
            step(&mut b, None, None, None, false);
        }
        assert_eq!((b.writes, b.drops, b.irqs), (6, 2, 1));
        while !b.cqs[4].unconsumed.is_empty() {
            b.consume(4);
        }
        assert!(b.uut.idle.val());
    }
}
