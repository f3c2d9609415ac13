//! PipelinedEngine: the blocks of docs/pipeline.md joined behind the frozen ports of
//! docs/engine-ports.md. This file only wires: every protocol rule lives in a block,
//! each with its own testbench. Registers sit at the block boundaries (each block's
//! stream outputs leave it from flops), so no path crosses more than one block.
//!
//! DMA read clients: 0 send WQEs (WqeFetch), 1 payload gather (Requester → TxFramer),
//! 2 receive WQEs (Responder). DMA write clients: 0 placement (Responder), 1 CQEs
//! (CompletionWriter). Posted writes keep their order, and the Responder asks for a
//! receive CQE only after its payload's last beat was taken, so a CQE reaches memory
//! after the payload it reports.

use super::ack_handler::AckHandler;
use super::ack_queue::AckQueue;
use super::beat_fifo::BeatFifo;
use super::cpl_write::CompletionWriter;
use super::dma_read::DmaRead;
use super::dma_write::DmaWrite;
use super::merge::{CqeMerge, EventMerge};
use super::mr_table::MrTable;
use super::qp_static::QpStatic;
use super::regfile::{self, RegFile, CQ, N_CNT};
use super::requester::Requester;
use super::responder::Responder;
use super::rx_buffer::RxBuffer;
use super::rx_dispatch::RxDispatch;
use super::rx_parser::RxParser;
use super::tx_arb::TxArbiter;
use super::tx_framer::TxFramer;
use super::tx_sched::TxScheduler;
use super::wqe_fetch::WqeFetch;
use openrnic_contract::regs::{self, feature};
use rust_hdl::prelude::*;

/// What this engine does (CAP_FEATURES).
pub const FEATURES: u32 = (1 << feature::SEND.lsb)
    | (1 << feature::WRITE.lsb)
    | (1 << feature::WRITE_IMM.lsb)
    | (1 << feature::RETRANSMIT.lsb)
    | (1 << feature::SOURCE_BINDING.lsb);

/// Each counter's increment: the contract register and the strobe that feeds it (by
/// name, for the docs and the test that every counter has a source).
pub const COUNTER_SOURCES: &[(&str, &str)] = &[
    ("CNT_RX_FRAMES", "a packet descriptor taken from the parser"),
    ("CNT_RX_BAD_ICRC", "rxbuf.cnt_bad_icrc"),
    ("CNT_RX_MALFORMED", "rxbuf.cnt_malformed | parser.cnt_malformed"),
    ("CNT_RX_NOT_ROCE", "rxbuf.cnt_not_roce"),
    ("CNT_RX_BAD_QP", "dispatch.cnt_rx_bad_qp"),
    ("CNT_RX_DUPLICATE", "resp.cnt_rx_duplicate"),
    ("CNT_NAK_SEQ_SENT", "resp.cnt_nak_seq_sent"),
    ("CNT_NAK_ACCESS_SENT", "resp.cnt_nak_access_sent"),
    ("CNT_RNR_NAK_SENT", "resp.cnt_rnr_nak_sent"),
    ("CNT_NAK_INVALID_SENT", "resp.cnt_nak_invalid_sent"),
    ("CNT_TX_FRAMES", "framer.frame_done"),
    ("CNT_TX_ACKS", "arb.cnt_tx_acks"),
    ("CNT_RX_ACKS", "dispatch.cnt_rx_acks"),
    ("CNT_RX_NAKS", "ackh.cnt_rx_naks"),
    ("CNT_RETRANSMITS", "ackh.cnt_retransmits"),
    ("CNT_DMA_ERRORS", "rd.dma_error"),
    ("CNT_WQE_ERRORS", "ackh.cnt_wqe_errors | resp.cnt_wqe_errors"),
    ("CNT_CQ_OVERFLOW", "cpl.cnt_overflow"),
    ("CNT_RX_BAD_SOURCE", "dispatch.cnt_rx_bad_source"),
    ("CNT_RX_BAD_PKEY", "parser.cnt_bad_pkey"),
    ("CNT_RX_OVERFLOW", "rxbuf.cnt_overflow"),
];

fn k16(v: usize) -> Constant<Bits<16>> {
    Constant::new((v as u64).to_bits())
}
fn kcnt(r: &regs::Reg) -> Constant<Bits<N_CNT>> {
    Constant::new((1u64 << regfile::counter_index(r)).to_bits())
}

#[derive(LogicBlock)]
pub struct PipelinedEngine {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, bool>,
    // Register bus
    pub reg_addr: Signal<In, Bits<16>>,
    pub reg_wdata: Signal<In, Bits<32>>,
    pub reg_write: Signal<In, bool>,
    pub reg_read: Signal<In, bool>,
    pub reg_rdata: Signal<Out, Bits<32>>,
    pub reg_rvalid: Signal<Out, bool>,
    // DMA read
    pub dma_rd_req_valid: Signal<Out, bool>,
    pub dma_rd_req_ready: Signal<In, bool>,
    pub dma_rd_req_addr: Signal<Out, Bits<64>>,
    pub dma_rd_req_len: Signal<Out, Bits<16>>,
    pub dma_rd_req_tag: Signal<Out, Bits<8>>,
    pub dma_rd_resp_valid: Signal<In, bool>,
    pub dma_rd_resp_ready: Signal<Out, bool>,
    pub dma_rd_resp_data: Signal<In, Bits<64>>,
    pub dma_rd_resp_last: Signal<In, bool>,
    pub dma_rd_resp_tag: Signal<In, Bits<8>>,
    pub dma_rd_resp_error: Signal<In, bool>,
    // DMA write
    pub dma_wr_valid: Signal<Out, bool>,
    pub dma_wr_ready: Signal<In, bool>,
    pub dma_wr_addr: Signal<Out, Bits<64>>,
    pub dma_wr_len: Signal<Out, Bits<16>>,
    pub dma_wr_data: Signal<Out, Bits<64>>,
    pub dma_wr_last: Signal<Out, bool>,
    // Ethernet
    pub tx_valid: Signal<Out, bool>,
    pub tx_ready: Signal<In, bool>,
    pub tx_data: Signal<Out, Bits<64>>,
    pub tx_keep: Signal<Out, Bits<8>>,
    pub tx_last: Signal<Out, bool>,
    pub rx_valid: Signal<In, bool>,
    pub rx_ready: Signal<Out, bool>,
    pub rx_data: Signal<In, Bits<64>>,
    pub rx_keep: Signal<In, Bits<8>>,
    pub rx_last: Signal<In, bool>,
    // Interrupts and simulation hints
    pub irq_valid: Signal<Out, bool>,
    pub irq_ready: Signal<In, bool>,
    pub irq_vector: Signal<Out, Bits<8>>,
    pub idle: Signal<Out, bool>,
    pub next_timer: Signal<Out, Bits<32>>,
    // Blocks
    regs: RegFile,
    qps: QpStatic,
    mr_tx: MrTable,
    mr_rx: MrTable,
    sched: TxScheduler,
    events: EventMerge,
    wqe: WqeFetch,
    req: Requester,
    arb: TxArbiter,
    acks: AckQueue,
    framer: TxFramer,
    tx_fifo: BeatFifo,
    rxbuf: RxBuffer,
    parser: RxParser,
    dispatch: RxDispatch,
    resp: Responder,
    ackh: AckHandler,
    cqes: CqeMerge,
    cpl: CompletionWriter,
    rd: DmaRead<3>,
    wr: DmaWrite<2>,
    // Glue
    enable: Signal<Local, bool>,
    station_mac: Signal<Local, Bits<48>>,
    station_ip: Signal<Local, Bits<32>>,
    all_idle: Signal<Local, bool>,
    init_all_ready: Signal<Local, bool>,
    cnt_vec: Signal<Local, Bits<N_CNT>>,
    k_features: Constant<Bits<32>>,
    k_ctrl: Constant<Bits<16>>,
    k_mac_hi: Constant<Bits<16>>,
    k_mac_lo: Constant<Bits<16>>,
    k_ipv4: Constant<Bits<16>>,
    k_ack_timeout: Constant<Bits<16>>,
    k_rnr_delay: Constant<Bits<16>>,
    k_cq_base_lo: Constant<Bits<16>>,
    k_cq_base_hi: Constant<Bits<16>>,
    k_cq_log2: Constant<Bits<16>>,
    k_cq_vector: Constant<Bits<16>>,
    k_cnt: Vec<Constant<Bits<N_CNT>>>,
}

impl Default for PipelinedEngine {
    fn default() -> Self {
        Self {
            clock: Default::default(),
            reset: Default::default(),
            reg_addr: Default::default(),
            reg_wdata: Default::default(),
            reg_write: Default::default(),
            reg_read: Default::default(),
            reg_rdata: Default::default(),
            reg_rvalid: Default::default(),
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
            dma_wr_valid: Default::default(),
            dma_wr_ready: Default::default(),
            dma_wr_addr: Default::default(),
            dma_wr_len: Default::default(),
            dma_wr_data: Default::default(),
            dma_wr_last: Default::default(),
            tx_valid: Default::default(),
            tx_ready: Default::default(),
            tx_data: Default::default(),
            tx_keep: Default::default(),
            tx_last: Default::default(),
            rx_valid: Default::default(),
            rx_ready: Default::default(),
            rx_data: Default::default(),
            rx_keep: Default::default(),
            rx_last: Default::default(),
            irq_valid: Default::default(),
            irq_ready: Default::default(),
            irq_vector: Default::default(),
            idle: Default::default(),
            next_timer: Default::default(),
            regs: Default::default(),
            qps: Default::default(),
            mr_tx: Default::default(),
            mr_rx: Default::default(),
            sched: Default::default(),
            events: Default::default(),
            wqe: Default::default(),
            req: Default::default(),
            arb: Default::default(),
            acks: Default::default(),
            framer: Default::default(),
            tx_fifo: Default::default(),
            rxbuf: Default::default(),
            parser: Default::default(),
            dispatch: Default::default(),
            resp: Default::default(),
            ackh: Default::default(),
            cqes: Default::default(),
            cpl: Default::default(),
            rd: Default::default(),
            wr: Default::default(),
            enable: Default::default(),
            station_mac: Default::default(),
            station_ip: Default::default(),
            all_idle: Default::default(),
            init_all_ready: Default::default(),
            cnt_vec: Default::default(),
            k_features: Constant::new((FEATURES as u64).to_bits()),
            k_ctrl: k16(regfile::rw_bit(&regs::CTRL)),
            k_mac_hi: k16(regfile::rw_bit(&regs::MAC_HI)),
            k_mac_lo: k16(regfile::rw_bit(&regs::MAC_LO)),
            k_ipv4: k16(regfile::rw_bit(&regs::IPV4)),
            k_ack_timeout: k16(regfile::rw_bit(&regs::ACK_TIMEOUT)),
            k_rnr_delay: k16(regfile::rw_bit(&regs::RNR_DELAY)),
            k_cq_base_lo: k16(regfile::staged_bit(&CQ, &regs::CQ_BASE_LO)),
            k_cq_base_hi: k16(regfile::staged_bit(&CQ, &regs::CQ_BASE_HI)),
            k_cq_log2: k16(regfile::staged_bit(&CQ, &regs::CQ_LOG2)),
            k_cq_vector: k16(regfile::staged_bit(&CQ, &regs::CQ_VECTOR)),
            k_cnt: COUNTER_SOURCES.iter().map(|(name, _)| kcnt(regs::ALL.iter().find(|r| r.name == *name).expect("counter in the contract"))).collect(),
        }
    }
}
impl Logic for PipelinedEngine {
    #[hdl_gen]
    fn update(&mut self) {
        // ---- counters: one strobe each (COUNTER_SOURCES names them) ----
        self.cnt_vec.next = 0.into();
        if self.parser.p_valid.val() & self.dispatch.p_ready.val() {
            self.cnt_vec.next = self.cnt_vec.val() | self.k_cnt[0].val();
        }
        if self.rxbuf.cnt_bad_icrc.val() {
            self.cnt_vec.next = self.cnt_vec.val() | self.k_cnt[1].val();
        }
        if self.rxbuf.cnt_malformed.val() | self.parser.cnt_malformed.val() {
            self.cnt_vec.next = self.cnt_vec.val() | self.k_cnt[2].val();
        }
        if self.rxbuf.cnt_not_roce.val() {
            self.cnt_vec.next = self.cnt_vec.val() | self.k_cnt[3].val();
        }
        if self.dispatch.cnt_rx_bad_qp.val() {
            self.cnt_vec.next = self.cnt_vec.val() | self.k_cnt[4].val();
        }
        if self.resp.cnt_rx_duplicate.val() {
            self.cnt_vec.next = self.cnt_vec.val() | self.k_cnt[5].val();
        }
        if self.resp.cnt_nak_seq_sent.val() {
            self.cnt_vec.next = self.cnt_vec.val() | self.k_cnt[6].val();
        }
        if self.resp.cnt_nak_access_sent.val() {
            self.cnt_vec.next = self.cnt_vec.val() | self.k_cnt[7].val();
        }
        if self.resp.cnt_rnr_nak_sent.val() {
            self.cnt_vec.next = self.cnt_vec.val() | self.k_cnt[8].val();
        }
        if self.resp.cnt_nak_invalid_sent.val() {
            self.cnt_vec.next = self.cnt_vec.val() | self.k_cnt[9].val();
        }
        if self.framer.frame_done.val() {
            self.cnt_vec.next = self.cnt_vec.val() | self.k_cnt[10].val();
        }
        if self.arb.cnt_tx_acks.val() {
            self.cnt_vec.next = self.cnt_vec.val() | self.k_cnt[11].val();
        }
        if self.dispatch.cnt_rx_acks.val() {
            self.cnt_vec.next = self.cnt_vec.val() | self.k_cnt[12].val();
        }
        if self.ackh.cnt_rx_naks.val() {
            self.cnt_vec.next = self.cnt_vec.val() | self.k_cnt[13].val();
        }
        if self.ackh.cnt_retransmits.val() {
            self.cnt_vec.next = self.cnt_vec.val() | self.k_cnt[14].val();
        }
        if self.rd.dma_error.val() {
            self.cnt_vec.next = self.cnt_vec.val() | self.k_cnt[15].val();
        }
        if self.ackh.cnt_wqe_errors.val() | self.resp.cnt_wqe_errors.val() {
            self.cnt_vec.next = self.cnt_vec.val() | self.k_cnt[16].val();
        }
        if self.cpl.cnt_overflow.val() {
            self.cnt_vec.next = self.cnt_vec.val() | self.k_cnt[17].val();
        }
        if self.dispatch.cnt_rx_bad_source.val() {
            self.cnt_vec.next = self.cnt_vec.val() | self.k_cnt[18].val();
        }
        if self.parser.cnt_bad_pkey.val() {
            self.cnt_vec.next = self.cnt_vec.val() | self.k_cnt[19].val();
        }
        if self.rxbuf.cnt_overflow.val() {
            self.cnt_vec.next = self.cnt_vec.val() | self.k_cnt[20].val();
        }
        // ---- idle: every block idle, the TX FIFO empty ----
        self.all_idle.next = self.tx_fifo.empty.val()
            & self.qps.idle.val()
            & self.mr_tx.idle.val()
            & self.mr_rx.idle.val()
            & self.sched.idle.val()
            & self.events.idle.val()
            & self.wqe.idle.val()
            & self.req.idle.val()
            & self.arb.idle.val()
            & self.acks.idle.val()
            & self.framer.idle.val()
            & self.rxbuf.idle.val()
            & self.parser.idle.val()
            & self.dispatch.idle.val()
            & self.resp.idle.val()
            & self.ackh.idle.val()
            & self.cqes.idle.val()
            & self.cpl.idle.val();
        // ---- configuration from the RW registers ----
        self.enable.next = self.regs.rw.val().get_bit(self.k_ctrl.val().index());
        self.station_mac.next = (bit_cast::<48, 16>(self.regs.rw.val().get_bits::<16>(self.k_mac_hi.val().index())) << 32)
            | bit_cast::<48, 32>(self.regs.rw.val().get_bits::<32>(self.k_mac_lo.val().index()));
        self.station_ip.next = self.regs.rw.val().get_bits::<32>(self.k_ipv4.val().index());

        self.regs.clock.next = self.clock.val();
        self.regs.reset.next = self.reset.val();
        self.qps.clock.next = self.clock.val();
        self.qps.reset.next = self.reset.val();
        self.mr_tx.clock.next = self.clock.val();
        self.mr_tx.reset.next = self.reset.val();
        self.mr_rx.clock.next = self.clock.val();
        self.mr_rx.reset.next = self.reset.val();
        self.sched.clock.next = self.clock.val();
        self.sched.reset.next = self.reset.val();
        self.events.clock.next = self.clock.val();
        self.events.reset.next = self.reset.val();
        self.wqe.clock.next = self.clock.val();
        self.wqe.reset.next = self.reset.val();
        self.req.clock.next = self.clock.val();
        self.req.reset.next = self.reset.val();
        self.arb.clock.next = self.clock.val();
        self.arb.reset.next = self.reset.val();
        self.acks.clock.next = self.clock.val();
        self.acks.reset.next = self.reset.val();
        self.framer.clock.next = self.clock.val();
        self.framer.reset.next = self.reset.val();
        self.tx_fifo.clock.next = self.clock.val();
        self.tx_fifo.reset.next = self.reset.val();
        self.rxbuf.clock.next = self.clock.val();
        self.rxbuf.reset.next = self.reset.val();
        self.parser.clock.next = self.clock.val();
        self.parser.reset.next = self.reset.val();
        self.dispatch.clock.next = self.clock.val();
        self.dispatch.reset.next = self.reset.val();
        self.resp.clock.next = self.clock.val();
        self.resp.reset.next = self.reset.val();
        self.ackh.clock.next = self.clock.val();
        self.ackh.reset.next = self.reset.val();
        self.cqes.clock.next = self.clock.val();
        self.cqes.reset.next = self.reset.val();
        self.cpl.clock.next = self.clock.val();
        self.cpl.reset.next = self.reset.val();
        self.rd.clock.next = self.clock.val();
        self.rd.reset.next = self.reset.val();
        self.wr.clock.next = self.clock.val();
        self.wr.reset.next = self.reset.val();
        
        // ---- BAR0 ----
        self.regs.reg_addr.next = self.reg_addr.val();
        self.regs.reg_wdata.next = self.reg_wdata.val();
        self.regs.reg_write.next = self.reg_write.val();
        self.regs.reg_read.next = self.reg_read.val();
        self.reg_rdata.next = self.regs.reg_rdata.val();
        self.reg_rvalid.next = self.regs.reg_rvalid.val();
        self.regs.features.next = self.k_features.val();
        self.regs.busy.next = !self.all_idle.val();
        // CMD_PENDING stays up until every owner of QP state has taken the command's
        // QpInit (the Requester applies it at its next idle): a doorbell the driver rings
        // after CMD_PENDING falls can then never be wiped by the init it follows.
        self.regs.cmd_busy.next = !self.qps.idle.val() | !self.req.init_ready.val() | !self.ackh.init_ready.val();
        self.regs.cnt_inc.next = self.cnt_vec.val();
        
        // ---- table commands ----
        self.qps.cmd_valid.next = self.regs.qpc_cmd_valid.val();
        self.regs.qpc_cmd_ready.next = self.qps.cmd_ready.val();
        self.qps.cmd_op.next = self.regs.qpc_cmd_op.val();
        self.qps.cmd_sel.next = self.regs.qpc_cmd_sel.val();
        self.qps.cmd_staged.next = self.regs.qpc_staged.val();
        // MR commands go to both copies at once: each copy's ready is a flop (no path from valid).
        self.mr_tx.cmd_valid.next = self.regs.mr_cmd_valid.val() & self.mr_rx.cmd_ready.val();
        self.mr_rx.cmd_valid.next = self.regs.mr_cmd_valid.val() & self.mr_tx.cmd_ready.val();
        self.regs.mr_cmd_ready.next = self.mr_tx.cmd_ready.val() & self.mr_rx.cmd_ready.val();
        self.mr_tx.cmd_op.next = self.regs.mr_cmd_op.val();
        self.mr_tx.cmd_sel.next = self.regs.mr_cmd_sel.val();
        self.mr_tx.cmd_staged.next = self.regs.mr_staged.val();
        self.mr_rx.cmd_op.next = self.regs.mr_cmd_op.val();
        self.mr_rx.cmd_sel.next = self.regs.mr_cmd_sel.val();
        self.mr_rx.cmd_staged.next = self.regs.mr_staged.val();
        self.cpl.cmd_valid.next = self.regs.cq_cmd_valid.val();
        self.regs.cq_cmd_ready.next = self.cpl.cmd_ready.val();
        self.cpl.cmd_op.next = self.regs.cq_cmd_op.val();
        self.cpl.cmd_cqn.next = self.regs.cq_cmd_sel.val();
        self.cpl.cmd_base.next = (bit_cast::<64, 32>(self.regs.cq_staged.val().get_bits::<32>(self.k_cq_base_hi.val().index())) << 32)
            | bit_cast::<64, 32>(self.regs.cq_staged.val().get_bits::<32>(self.k_cq_base_lo.val().index()));
        self.cpl.cmd_log2.next = self.regs.cq_staged.val().get_bits::<5>(self.k_cq_log2.val().index());
        self.cpl.cmd_vector.next = self.regs.cq_staged.val().get_bits::<8>(self.k_cq_vector.val().index());
        
        // ---- doorbells ----
        self.req.db_valid.next = self.regs.sq_pi_valid.val();
        self.req.db_qpn.next = self.regs.sq_pi_qpn.val();
        self.req.db_value.next = self.regs.sq_pi_value.val();
        self.resp.db_valid.next = self.regs.rq_pi_valid.val();
        self.resp.db_qpn.next = self.regs.rq_pi_qpn.val();
        self.resp.db_value.next = self.regs.rq_pi_value.val();
        self.cpl.ci_valid.next = self.regs.cq_ci_valid.val();
        self.cpl.ci_cqn.next = self.regs.cq_ci_cqn.val();
        self.cpl.ci_value.next = self.regs.cq_ci_value.val();
        self.cpl.arm_valid.next = self.regs.cq_arm_valid.val();
        self.cpl.arm_cqn.next = self.regs.cq_arm_cqn.val();
        self.cpl.arm_set.next = self.regs.cq_arm_value.val().get_bit(0);
        
        // ---- QP init broadcast (fires when all three owners are ready; their readies are flops) ----
        self.init_all_ready.next = self.req.init_ready.val() & self.ackh.init_ready.val() & self.resp.init_ready.val();
        self.qps.init_ready.next = self.init_all_ready.val();
        self.req.init_valid.next = self.qps.init_valid.val() & self.init_all_ready.val();
        self.req.init_qpn.next = self.qps.init_qpn.val();
        self.req.init_fresh.next = self.qps.init_fresh.val();
        self.req.init_state.next = self.qps.init_state.val();
        self.req.init_take_sq_psn.next = self.qps.init_take_sq_psn.val();
        self.req.init_sq_psn.next = self.qps.init_sq_psn.val();
        self.ackh.init_valid.next = self.qps.init_valid.val() & self.init_all_ready.val();
        self.ackh.init_qpn.next = self.qps.init_qpn.val();
        self.ackh.init_fresh.next = self.qps.init_fresh.val();
        self.ackh.init_state.next = self.qps.init_state.val();
        self.ackh.init_take_sq_psn.next = self.qps.init_take_sq_psn.val();
        self.ackh.init_sq_psn.next = self.qps.init_sq_psn.val();
        self.ackh.init_take_rq_psn.next = self.qps.init_take_rq_psn.val();
        self.ackh.init_rq_psn.next = self.qps.init_rq_psn.val();
        self.resp.init_valid.next = self.qps.init_valid.val() & self.init_all_ready.val();
        self.resp.init_qpn.next = self.qps.init_qpn.val();
        self.resp.init_fresh.next = self.qps.init_fresh.val();
        self.resp.init_state.next = self.qps.init_state.val();
        self.resp.init_take_sq_psn.next = self.qps.init_take_sq_psn.val();
        self.resp.init_sq_psn.next = self.qps.init_sq_psn.val();
        self.resp.init_take_rq_psn.next = self.qps.init_take_rq_psn.val();
        self.resp.init_rq_psn.next = self.qps.init_rq_psn.val();
        self.qps.err_a_valid.next = self.ackh.err_valid.val();
        self.ackh.err_ready.next = self.qps.err_a_ready.val();
        self.qps.err_a_qpn.next = self.ackh.err_qpn.val();
        self.qps.err_b_valid.next = self.resp.err_valid.val();
        self.resp.err_ready.next = self.qps.err_b_ready.val();
        self.qps.err_b_qpn.next = self.resp.err_qpn.val();
        
        // ---- QP static reads ----
        self.qps.tx_rd_qpn.next = self.req.qs_rd_qpn.val();
        self.req.qs_state.next = self.qps.tx_state.val();
        self.req.qs_dest_qpn.next = self.qps.tx_dest_qpn.val();
        self.req.qs_dmac.next = self.qps.tx_dmac.val();
        self.req.qs_dip.next = self.qps.tx_dip.val();
        self.req.qs_pmtu_log2.next = self.qps.tx_pmtu_log2.val();
        self.req.qs_sq_base.next = self.qps.tx_sq_base.val();
        self.req.qs_sq_log2.next = self.qps.tx_sq_log2.val();
        self.req.qs_pd.next = self.qps.tx_pd.val();
        self.req.qs_udp_sport.next = self.qps.tx_udp_sport.val();
        self.req.qs_scq.next = self.qps.tx_scq.val();
        self.qps.rx_rd_qpn.next = self.dispatch.qs_rd_qpn.val();
        self.dispatch.qs_state.next = self.qps.rx_state.val();
        self.dispatch.qs_dip.next = self.qps.rx_dip.val();
        self.dispatch.qs_pd.next = self.qps.rx_pd.val();
        self.dispatch.qs_rq_base.next = self.qps.rx_rq_base.val();
        self.dispatch.qs_rq_log2.next = self.qps.rx_rq_log2.val();
        self.dispatch.qs_rcq.next = self.qps.rx_rcq.val();
        self.dispatch.qs_pmtu_log2.next = self.qps.rx_pmtu_log2.val();
        self.dispatch.qs_dest_qpn.next = self.qps.rx_dest_qpn.val();
        self.dispatch.qs_dmac.next = self.qps.rx_dmac.val();
        self.dispatch.qs_udp_sport.next = self.qps.rx_udp_sport.val();
        
        // ---- TX: events, scheduler, WQE fetch, requester ----
        self.events.a_valid.next = self.req.ev_valid.val();
        self.req.ev_ready.next = self.events.a_ready.val();
        self.events.a_qpn.next = self.req.ev_qpn.val();
        self.events.b_valid.next = self.wqe.ev_valid.val();
        self.wqe.ev_ready.next = self.events.b_ready.val();
        self.events.b_qpn.next = self.wqe.ev_qpn.val();
        self.events.c_valid.next = self.ackh.ev_valid.val();
        self.ackh.ev_ready.next = self.events.c_ready.val();
        self.events.c_qpn.next = self.ackh.ev_qpn.val();
        self.events.d_valid.next = false;
        self.events.d_qpn.next = 0.into();
        self.sched.event_valid.next = self.events.o_valid.val();
        self.events.o_ready.next = self.sched.event_ready.val();
        self.sched.event_qpn.next = self.events.o_qpn.val();
        self.req.grant_valid.next = self.sched.grant_valid.val();
        self.sched.grant_ready.next = self.req.grant_ready.val();
        self.req.grant_qpn.next = self.sched.grant_qpn.val();
        self.sched.done_valid.next = self.req.done_valid.val();
        self.sched.done_qpn.next = self.req.done_qpn.val();
        self.sched.done_more.next = self.req.done_more.val();
        self.wqe.f_valid.next = self.req.f_valid.val();
        self.req.f_ready.next = self.wqe.f_ready.val();
        self.wqe.f_qpn.next = self.req.f_qpn.val();
        self.wqe.f_idx.next = self.req.f_idx.val();
        self.wqe.f_addr.next = self.req.f_addr.val();
        self.wqe.f_pd.next = self.req.f_pd.val();
        // A fresh QP incarnation forgets the old one's cached WQEs.
        self.wqe.inv_valid.next = self.req.inv_valid.val();
        self.wqe.inv_qpn.next = self.req.inv_qpn.val();
        self.wqe.c_rd_qpn.next = self.req.c_rd_qpn.val();
        self.wqe.c_rd_slot.next = self.req.c_rd_slot.val();
        self.req.c_valid.next = self.wqe.c_valid.val();
        self.req.c_idx.next = self.wqe.c_idx.val();
        self.req.c_status.next = self.wqe.c_status.val();
        self.req.c_opcode.next = self.wqe.c_opcode.val();
        self.req.c_signaled.next = self.wqe.c_signaled.val();
        self.req.c_solicited.next = self.wqe.c_solicited.val();
        self.req.c_imm.next = self.wqe.c_imm.val();
        self.req.c_wr_id.next = self.wqe.c_wr_id.val();
        self.req.c_remote_addr.next = self.wqe.c_remote_addr.val();
        self.req.c_rkey.next = self.wqe.c_rkey.val();
        self.req.c_len.next = self.wqe.c_len.val();
        self.req.c_liova.next = self.wqe.c_liova.val();
        self.rd.clients[0].req_valid.next = self.wqe.rd_req_valid.val();
        self.wqe.rd_req_ready.next = self.rd.clients[0].req_ready.val();
        self.rd.clients[0].req_addr.next = self.wqe.rd_req_addr.val();
        self.rd.clients[0].req_len.next = self.wqe.rd_req_len.val();
        self.wqe.rd_resp_valid.next = self.rd.clients[0].resp_valid.val();
        self.wqe.rd_resp_data.next = self.rd.clients[0].resp_data.val();
        self.wqe.rd_resp_last.next = self.rd.clients[0].resp_last.val();
        self.wqe.rd_resp_error.next = self.rd.clients[0].resp_error.val();
        self.rd.clients[0].resp_ready.next = self.wqe.rd_resp_ready.val();
        self.mr_tx.chk_valid.next = self.wqe.chk_valid.val();
        self.wqe.chk_ready.next = self.mr_tx.chk_ready.val();
        self.mr_tx.chk_key.next = self.wqe.chk_key.val();
        self.mr_tx.chk_pd.next = self.wqe.chk_pd.val();
        self.mr_tx.chk_va.next = self.wqe.chk_va.val();
        self.mr_tx.chk_len.next = self.wqe.chk_len.val();
        self.mr_tx.chk_need_local_write.next = self.wqe.chk_need_local_write.val();
        self.mr_tx.chk_need_remote_write.next = self.wqe.chk_need_remote_write.val();
        self.wqe.res_valid.next = self.mr_tx.res_valid.val();
        self.mr_tx.res_ready.next = self.wqe.res_ready.val();
        self.wqe.res_ok.next = self.mr_tx.res_ok.val();
        self.wqe.res_iova.next = self.mr_tx.res_iova.val();
        self.rd.clients[1].req_valid.next = self.req.g_valid.val();
        self.req.g_ready.next = self.rd.clients[1].req_ready.val();
        self.rd.clients[1].req_addr.next = self.req.g_addr.val();
        self.rd.clients[1].req_len.next = self.req.g_len.val();
        self.framer.pl_valid.next = self.rd.clients[1].resp_valid.val();
        self.rd.clients[1].resp_ready.next = self.framer.pl_ready.val();
        self.framer.pl_data.next = self.rd.clients[1].resp_data.val();
        self.framer.pl_error.next = self.rd.clients[1].resp_error.val();
        self.arb.data_valid.next = self.req.d_valid.val();
        self.req.d_ready.next = self.arb.data_ready.val();
        self.arb.data_dst_mac.next = self.req.d_dst_mac.val();
        self.arb.data_dst_ip.next = self.req.d_dst_ip.val();
        self.arb.data_udp_sport.next = self.req.d_udp_sport.val();
        self.arb.data_opcode.next = self.req.d_opcode.val();
        self.arb.data_solicited.next = self.req.d_solicited.val();
        self.arb.data_dest_qpn.next = self.req.d_dest_qpn.val();
        self.arb.data_ack_req.next = self.req.d_ack_req.val();
        self.arb.data_psn.next = self.req.d_psn.val();
        self.arb.data_has_reth.next = self.req.d_has_reth.val();
        self.arb.data_reth_va.next = self.req.d_reth_va.val();
        self.arb.data_reth_rkey.next = self.req.d_reth_rkey.val();
        self.arb.data_reth_len.next = self.req.d_reth_len.val();
        self.arb.data_has_aeth.next = self.req.d_has_aeth.val();
        self.arb.data_aeth_syndrome.next = self.req.d_aeth_syndrome.val();
        self.arb.data_aeth_msn.next = self.req.d_aeth_msn.val();
        self.arb.data_has_imm.next = self.req.d_has_imm.val();
        self.arb.data_imm.next = self.req.d_imm.val();
        self.arb.data_payload_len.next = self.req.d_payload_len.val();
        self.arb.ack_valid.next = self.acks.o_valid.val();
        self.acks.o_ready.next = self.arb.ack_ready.val();
        self.arb.ack_dst_mac.next = self.acks.o_dst_mac.val();
        self.arb.ack_dst_ip.next = self.acks.o_dst_ip.val();
        self.arb.ack_udp_sport.next = self.acks.o_udp_sport.val();
        self.arb.ack_opcode.next = self.acks.o_opcode.val();
        self.arb.ack_solicited.next = self.acks.o_solicited.val();
        self.arb.ack_dest_qpn.next = self.acks.o_dest_qpn.val();
        self.arb.ack_ack_req.next = self.acks.o_ack_req.val();
        self.arb.ack_psn.next = self.acks.o_psn.val();
        self.arb.ack_has_reth.next = self.acks.o_has_reth.val();
        self.arb.ack_reth_va.next = self.acks.o_reth_va.val();
        self.arb.ack_reth_rkey.next = self.acks.o_reth_rkey.val();
        self.arb.ack_reth_len.next = self.acks.o_reth_len.val();
        self.arb.ack_has_aeth.next = self.acks.o_has_aeth.val();
        self.arb.ack_aeth_syndrome.next = self.acks.o_aeth_syndrome.val();
        self.arb.ack_aeth_msn.next = self.acks.o_aeth_msn.val();
        self.arb.ack_has_imm.next = self.acks.o_has_imm.val();
        self.arb.ack_imm.next = self.acks.o_imm.val();
        self.arb.ack_payload_len.next = self.acks.o_payload_len.val();
        // CTRL.ENABLE = 0: nothing is sent (descriptors wait).
        self.framer.d_valid.next = self.arb.o_valid.val() & self.enable.val();
        self.arb.o_ready.next = self.framer.d_ready.val() & self.enable.val();
        self.framer.d_dst_mac.next = self.arb.o_dst_mac.val();
        self.framer.d_dst_ip.next = self.arb.o_dst_ip.val();
        self.framer.d_udp_sport.next = self.arb.o_udp_sport.val();
        self.framer.d_opcode.next = self.arb.o_opcode.val();
        self.framer.d_solicited.next = self.arb.o_solicited.val();
        self.framer.d_dest_qpn.next = self.arb.o_dest_qpn.val();
        self.framer.d_ack_req.next = self.arb.o_ack_req.val();
        self.framer.d_psn.next = self.arb.o_psn.val();
        self.framer.d_has_reth.next = self.arb.o_has_reth.val();
        self.framer.d_reth_va.next = self.arb.o_reth_va.val();
        self.framer.d_reth_rkey.next = self.arb.o_reth_rkey.val();
        self.framer.d_reth_len.next = self.arb.o_reth_len.val();
        self.framer.d_has_aeth.next = self.arb.o_has_aeth.val();
        self.framer.d_aeth_syndrome.next = self.arb.o_aeth_syndrome.val();
        self.framer.d_aeth_msn.next = self.arb.o_aeth_msn.val();
        self.framer.d_has_imm.next = self.arb.o_has_imm.val();
        self.framer.d_imm.next = self.arb.o_imm.val();
        self.framer.d_payload_len.next = self.arb.o_payload_len.val();
        self.framer.src_mac.next = self.station_mac.val();
        self.framer.src_ip.next = self.station_ip.val();
        // A frame FIFO between the framer and the MAC: tx_ready ends at its flops.
        self.tx_fifo.in_valid.next = self.framer.tx_valid.val();
        self.framer.tx_ready.next = self.tx_fifo.in_ready.val();
        self.tx_fifo.in_data.next = self.framer.tx_data.val();
        self.tx_fifo.in_keep.next = self.framer.tx_keep.val();
        self.tx_fifo.in_last.next = self.framer.tx_last.val();
        self.tx_valid.next = self.tx_fifo.out_valid.val();
        self.tx_fifo.out_ready.next = self.tx_ready.val();
        self.tx_data.next = self.tx_fifo.out_data.val();
        self.tx_keep.next = self.tx_fifo.out_keep.val();
        self.tx_last.next = self.tx_fifo.out_last.val();
        
        // ---- RX ----
        self.rxbuf.enable.next = self.enable.val();
        self.rxbuf.our_mac.next = self.station_mac.val();
        self.rxbuf.our_ip.next = self.station_ip.val();
        self.rxbuf.rx_valid.next = self.rx_valid.val();
        self.rxbuf.rx_data.next = self.rx_data.val();
        self.rxbuf.rx_keep.next = self.rx_keep.val();
        self.rxbuf.rx_last.next = self.rx_last.val();
        self.rx_ready.next = self.rxbuf.rx_ready.val();
        self.parser.f_valid.next = self.rxbuf.o_valid.val();
        self.rxbuf.o_ready.next = self.parser.f_ready.val();
        self.parser.f_data.next = self.rxbuf.o_data.val();
        self.parser.f_keep.next = self.rxbuf.o_keep.val();
        self.parser.f_last.next = self.rxbuf.o_last.val();
        self.parser.f_len.next = self.rxbuf.o_len.val();
        self.dispatch.p_valid.next = self.parser.p_valid.val();
        self.parser.p_ready.next = self.dispatch.p_ready.val();
        self.parser.p_discard.next = self.dispatch.p_discard.val();
        self.dispatch.p_opcode.next = self.parser.p_opcode.val();
        self.dispatch.p_solicited.next = self.parser.p_solicited.val();
        self.dispatch.p_dest_qpn.next = self.parser.p_dest_qpn.val();
        self.dispatch.p_ack_req.next = self.parser.p_ack_req.val();
        self.dispatch.p_psn.next = self.parser.p_psn.val();
        self.dispatch.p_src_ip.next = self.parser.p_src_ip.val();
        self.dispatch.p_udp_sport.next = self.parser.p_udp_sport.val();
        self.dispatch.p_has_reth.next = self.parser.p_has_reth.val();
        self.dispatch.p_has_aeth.next = self.parser.p_has_aeth.val();
        self.dispatch.p_has_imm.next = self.parser.p_has_imm.val();
        self.dispatch.p_has_atomic.next = self.parser.p_has_atomic.val();
        self.dispatch.p_has_atomic_ack.next = self.parser.p_has_atomic_ack.val();
        self.dispatch.p_va.next = self.parser.p_va.val();
        self.dispatch.p_rkey.next = self.parser.p_rkey.val();
        self.dispatch.p_dma_len.next = self.parser.p_dma_len.val();
        self.dispatch.p_aeth_syndrome.next = self.parser.p_aeth_syndrome.val();
        self.dispatch.p_aeth_msn.next = self.parser.p_aeth_msn.val();
        self.dispatch.p_imm.next = self.parser.p_imm.val();
        self.dispatch.p_swap.next = self.parser.p_swap.val();
        self.dispatch.p_compare.next = self.parser.p_compare.val();
        self.dispatch.p_payload_len.next = self.parser.p_payload_len.val();
        self.resp.pl_valid.next = self.parser.pl_valid.val();
        self.parser.pl_ready.next = self.resp.pl_ready.val();
        self.resp.pl_data.next = self.parser.pl_data.val();
        self.resp.pl_keep.next = self.parser.pl_keep.val();
        self.resp.pl_last.next = self.parser.pl_last.val();
        self.ackh.a_valid.next = self.dispatch.a_valid.val();
        self.dispatch.a_ready.next = self.ackh.a_ready.val();
        self.ackh.a_qpn.next = self.dispatch.a_qpn.val();
        self.ackh.a_syndrome.next = self.dispatch.a_syndrome.val();
        self.ackh.a_psn.next = self.dispatch.a_psn.val();
        self.ackh.a_msn.next = self.dispatch.a_msn.val();
        self.resp.r_valid.next = self.dispatch.r_valid.val();
        self.dispatch.r_ready.next = self.resp.r_ready.val();
        self.resp.r_qpn.next = self.dispatch.r_qpn.val();
        self.resp.r_opcode.next = self.dispatch.r_opcode.val();
        self.resp.r_solicited.next = self.dispatch.r_solicited.val();
        self.resp.r_ack_req.next = self.dispatch.r_ack_req.val();
        self.resp.r_psn.next = self.dispatch.r_psn.val();
        self.resp.r_has_reth.next = self.dispatch.r_has_reth.val();
        self.resp.r_has_imm.next = self.dispatch.r_has_imm.val();
        self.resp.r_va.next = self.dispatch.r_va.val();
        self.resp.r_rkey.next = self.dispatch.r_rkey.val();
        self.resp.r_dma_len.next = self.dispatch.r_dma_len.val();
        self.resp.r_imm.next = self.dispatch.r_imm.val();
        self.resp.r_payload_len.next = self.dispatch.r_payload_len.val();
        self.resp.r_state.next = self.dispatch.r_state.val();
        self.resp.r_pd.next = self.dispatch.r_pd.val();
        self.resp.r_rq_base.next = self.dispatch.r_rq_base.val();
        self.resp.r_rq_log2.next = self.dispatch.r_rq_log2.val();
        self.resp.r_rcq.next = self.dispatch.r_rcq.val();
        self.resp.r_pmtu_log2.next = self.dispatch.r_pmtu_log2.val();
        self.resp.r_dest_qpn.next = self.dispatch.r_dest_qpn.val();
        self.resp.r_dmac.next = self.dispatch.r_dmac.val();
        self.resp.r_dip.next = self.dispatch.r_dip.val();
        self.resp.r_udp_sport.next = self.dispatch.r_udp_sport.val();
        self.rd.clients[2].req_valid.next = self.resp.rd_req_valid.val();
        self.resp.rd_req_ready.next = self.rd.clients[2].req_ready.val();
        self.rd.clients[2].req_addr.next = self.resp.rd_req_addr.val();
        self.rd.clients[2].req_len.next = self.resp.rd_req_len.val();
        self.resp.rd_resp_valid.next = self.rd.clients[2].resp_valid.val();
        self.resp.rd_resp_data.next = self.rd.clients[2].resp_data.val();
        self.resp.rd_resp_last.next = self.rd.clients[2].resp_last.val();
        self.resp.rd_resp_error.next = self.rd.clients[2].resp_error.val();
        self.rd.clients[2].resp_ready.next = self.resp.rd_resp_ready.val();
        self.mr_rx.chk_valid.next = self.resp.chk_valid.val();
        self.resp.chk_ready.next = self.mr_rx.chk_ready.val();
        self.mr_rx.chk_key.next = self.resp.chk_key.val();
        self.mr_rx.chk_pd.next = self.resp.chk_pd.val();
        self.mr_rx.chk_va.next = self.resp.chk_va.val();
        self.mr_rx.chk_len.next = self.resp.chk_len.val();
        self.mr_rx.chk_need_local_write.next = self.resp.chk_need_local_write.val();
        self.mr_rx.chk_need_remote_write.next = self.resp.chk_need_remote_write.val();
        self.resp.res_valid.next = self.mr_rx.res_valid.val();
        self.mr_rx.res_ready.next = self.resp.res_ready.val();
        self.resp.res_ok.next = self.mr_rx.res_ok.val();
        self.resp.res_iova.next = self.mr_rx.res_iova.val();
        self.wr.clients[0].valid.next = self.resp.w_valid.val();
        self.resp.w_ready.next = self.wr.clients[0].ready.val();
        self.wr.clients[0].addr.next = self.resp.w_addr.val();
        self.wr.clients[0].len.next = self.resp.w_len.val();
        self.wr.clients[0].data.next = self.resp.w_data.val();
        self.wr.clients[0].last.next = self.resp.w_last.val();
        self.acks.req_valid.next = self.resp.ack_valid.val();
        self.resp.ack_ready.next = self.acks.req_ready.val();
        self.acks.req_qpn24.next = self.resp.ack_qpn24.val();
        self.acks.req_syndrome.next = self.resp.ack_syndrome.val();
        self.acks.req_psn.next = self.resp.ack_psn.val();
        self.acks.req_msn.next = self.resp.ack_msn.val();
        self.acks.req_dst_mac.next = self.resp.ack_dst_mac.val();
        self.acks.req_dst_ip.next = self.resp.ack_dst_ip.val();
        self.acks.req_udp_sport.next = self.resp.ack_udp_sport.val();
        self.cqes.a_valid.next = self.resp.cqe_valid.val();
        self.resp.cqe_ready.next = self.cqes.a_ready.val();
        self.cqes.a_cqn.next = self.resp.cqe_cqn.val();
        self.cqes.a_wr_id.next = self.resp.cqe_wr_id.val();
        self.cqes.a_byte_len.next = self.resp.cqe_byte_len.val();
        self.cqes.a_imm.next = self.resp.cqe_imm.val();
        self.cqes.a_imm_valid.next = self.resp.cqe_imm_valid.val();
        self.cqes.a_qpn.next = self.resp.cqe_qpn.val();
        self.cqes.a_status.next = self.resp.cqe_status.val();
        self.cqes.a_opcode.next = self.resp.cqe_opcode.val();
        
        // ---- requester ACK side ----
        self.ackh.fl_valid.next = self.req.fl_valid.val();
        self.req.fl_ready.next = self.ackh.fl_ready.val();
        self.ackh.fl_qpn.next = self.req.fl_qpn.val();
        self.ackh.fl_idx.next = self.req.fl_idx.val();
        self.ackh.fl_first_psn.next = self.req.fl_first_psn.val();
        self.ackh.fl_last_psn.next = self.req.fl_last_psn.val();
        self.ackh.fl_wr_id.next = self.req.fl_wr_id.val();
        self.ackh.fl_byte_len.next = self.req.fl_byte_len.val();
        self.ackh.fl_signaled.next = self.req.fl_signaled.val();
        self.ackh.fl_is_write.next = self.req.fl_is_write.val();
        self.ackh.fl_status.next = self.req.fl_status.val();
        self.ackh.fl_scq.next = self.req.fl_scq.val();
        self.ackh.fl_epoch.next = self.req.fl_epoch.val();
        self.req.ci_valid.next = self.ackh.ci_valid.val();
        self.req.ci_qpn.next = self.ackh.ci_qpn.val();
        self.req.ci_value.next = self.ackh.ci_value.val();
        self.req.rw_valid.next = self.ackh.rw_valid.val();
        self.ackh.rw_ready.next = self.req.rw_ready.val();
        self.req.rw_qpn.next = self.ackh.rw_qpn.val();
        self.req.rw_idx.next = self.ackh.rw_idx.val();
        self.req.rw_psn.next = self.ackh.rw_psn.val();
        self.req.rw_epoch.next = self.ackh.rw_epoch.val();
        self.req.rw_pause.next = self.ackh.rw_pause.val();
        self.cqes.b_valid.next = self.ackh.cqe_valid.val();
        self.ackh.cqe_ready.next = self.cqes.b_ready.val();
        self.cqes.b_cqn.next = self.ackh.cqe_cqn.val();
        self.cqes.b_wr_id.next = self.ackh.cqe_wr_id.val();
        self.cqes.b_byte_len.next = self.ackh.cqe_byte_len.val();
        self.cqes.b_imm.next = self.ackh.cqe_imm.val();
        self.cqes.b_imm_valid.next = self.ackh.cqe_imm_valid.val();
        self.cqes.b_qpn.next = self.ackh.cqe_qpn.val();
        self.cqes.b_status.next = self.ackh.cqe_status.val();
        self.cqes.b_opcode.next = self.ackh.cqe_opcode.val();
        self.ackh.timeout.next = self.regs.rw.val().get_bits::<32>(self.k_ack_timeout.val().index());
        self.ackh.rnr_delay.next = self.regs.rw.val().get_bits::<32>(self.k_rnr_delay.val().index());
        
        // ---- completions, interrupts, DMA ports ----
        self.cpl.cqe_valid.next = self.cqes.o_valid.val();
        self.cqes.o_ready.next = self.cpl.cqe_ready.val();
        self.cpl.cqe_cqn.next = self.cqes.o_cqn.val();
        self.cpl.cqe_wr_id.next = self.cqes.o_wr_id.val();
        self.cpl.cqe_byte_len.next = self.cqes.o_byte_len.val();
        self.cpl.cqe_imm.next = self.cqes.o_imm.val();
        self.cpl.cqe_imm_valid.next = self.cqes.o_imm_valid.val();
        self.cpl.cqe_qpn.next = self.cqes.o_qpn.val();
        self.cpl.cqe_status.next = self.cqes.o_status.val();
        self.cpl.cqe_opcode.next = self.cqes.o_opcode.val();
        self.wr.clients[1].valid.next = self.cpl.dma_wr_valid.val();
        self.cpl.dma_wr_ready.next = self.wr.clients[1].ready.val();
        self.wr.clients[1].addr.next = self.cpl.dma_wr_addr.val();
        self.wr.clients[1].len.next = self.cpl.dma_wr_len.val();
        self.wr.clients[1].data.next = self.cpl.dma_wr_data.val();
        self.wr.clients[1].last.next = self.cpl.dma_wr_last.val();
        self.irq_valid.next = self.cpl.irq_valid.val();
        self.cpl.irq_ready.next = self.irq_ready.val();
        self.irq_vector.next = self.cpl.irq_vector.val();
        self.dma_rd_req_valid.next = self.rd.dma_rd_req_valid.val();
        self.dma_rd_req_addr.next = self.rd.dma_rd_req_addr.val();
        self.dma_rd_req_len.next = self.rd.dma_rd_req_len.val();
        self.dma_rd_req_tag.next = self.rd.dma_rd_req_tag.val();
        self.rd.dma_rd_req_ready.next = self.dma_rd_req_ready.val();
        self.rd.dma_rd_resp_valid.next = self.dma_rd_resp_valid.val();
        self.rd.dma_rd_resp_data.next = self.dma_rd_resp_data.val();
        self.rd.dma_rd_resp_last.next = self.dma_rd_resp_last.val();
        self.rd.dma_rd_resp_tag.next = self.dma_rd_resp_tag.val();
        self.rd.dma_rd_resp_error.next = self.dma_rd_resp_error.val();
        self.dma_rd_resp_ready.next = self.rd.dma_rd_resp_ready.val();
        self.dma_wr_valid.next = self.wr.dma_wr_valid.val();
        self.dma_wr_addr.next = self.wr.dma_wr_addr.val();
        self.dma_wr_len.next = self.wr.dma_wr_len.val();
        self.dma_wr_data.next = self.wr.dma_wr_data.val();
        self.dma_wr_last.next = self.wr.dma_wr_last.val();
        self.wr.dma_wr_ready.next = self.dma_wr_ready.val();

        self.idle.next = self.all_idle.val();
        self.next_timer.next = self.ackh.next_timer.val();
    }
}

/// The pipelined engine's Verilog (top module `top`).
pub fn generate_verilog_text() -> String {
    let mut uut = PipelinedEngine::default();
    uut.connect_all();
    generate_verilog(&uut)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_contract_counter_has_one_source() {
        for r in regs::ALL.iter().filter(|r| r.name.starts_with("CNT_")) {
            let n = COUNTER_SOURCES.iter().filter(|(name, _)| *name == r.name).count();
            assert_eq!(n, 1, "{} has {n} sources in COUNTER_SOURCES", r.name);
        }
    }
}
