//! The packet engine: BAR0 register file and doorbells, the RX frame buffer with
//! on-the-fly ICRC check, and one sequencer that runs a job at a time to completion:
//! a table command, a received frame (responder or requester side), or a send work
//! request (all its packets). Blocks it drives: [`TxHeader`], [`RxHeader`], two
//! [`Crc32x64`], two [`Packer`]s (TX frame, DMA write), RAMs for the QP, MR and CQ
//! tables, doorbell values and TX/RX buffers.
//!
//! Why one sequencer: it makes the first complete data path easy to reason about and
//! to verify. Two helpers already run beside it (frame reception into one of two RX
//! slots, payload gather into one of two TX buffer halves); further throughput work
//! splits it into per-direction pipelines, and the block boundaries follow that cut.
//!
//! Reliability: the requester keeps up to SEND_WINDOW WQEs in flight per QP; an ACK
//! retires every WQE it covers, a sequence NAK or the ACK timer resends from the oldest
//! WQE in flight (go-back-N), an RNR NAK does the same after RNR_DELAY; the responder
//! drops duplicates (re-ACKing them) and NAKs the first gap once.

use crate::bswap::ByteSwap64;
use crate::crc::{crc_residue, icrc_seed, Crc32x64};
use crate::mrcheck::MrCheck;
use crate::packer::Packer;
use crate::rxhdr::RxHeader;
use crate::txhdr::{TxHeader, HDR_BITS};
use openrnic_contract::{queues, regs, wire};
use rust_hdl::prelude::*;

/// log2 of the QP, MR and CQ table sizes: the one parameter to change for a bigger
/// or smaller engine (the capability registers report it; the contract's reset values
/// document the default).
pub const TABLE_LOG2: usize = 4;
/// Entries in each table.
pub const TABLE_SIZE: usize = 1 << TABLE_LOG2;
/// Largest path MTU.
pub const MAX_MTU: usize = 4096;
/// TX payload buffer: two halves of one MTU each (64-bit words), so the next packet's
/// payload is gathered while this one is sent.
pub const TXBUF_LOG2: usize = 10;
/// RX frame buffer: two slots of one jumbo frame each (8 KiB of 64-bit words), so the
/// next frame is received while this one is processed.
pub const RXBUF_LOG2: usize = 11;
/// log2 of the WQEs a QP may have in flight (sent, not yet acknowledged).
pub const WINDOW_LOG2: usize = 4;
pub const SEND_WINDOW: usize = 1 << WINDOW_LOG2;
/// On-chip record of each WQE in flight, so an ACK retires it without reading host
/// memory again: wr_id [63:0], length [95:64], signaled [96], RDMA WRITE [97]. Internal
/// to the engine (the driver never sees it), so it is not part of the contract.
const FLIGHT_BITS: usize = 128;
const FL_LEN: usize = 64;
const FL_SIGNALED: usize = 96;
const FL_WRITE: usize = 97;
/// Datapath width in bits.
pub const DATAPATH_BITS: usize = 64;
pub const QPC_BITS: usize = queues::qpc::SIZE * 8;
pub const MR_BITS: usize = queues::mr::SIZE * 8;
pub const CQ_BITS: usize = queues::cq::SIZE * 8;
pub const CQE_BITS: usize = queues::cqe::SIZE * 8;
pub const SWQE_BITS: usize = queues::send_wqe::SIZE * 8;

pub const W_SWQE_OPCODE: usize = queues::send_wqe::OPCODE.width as usize;
pub const W_SWQE_NUM_SGE: usize = queues::send_wqe::NUM_SGE.width as usize;
pub const W_SWQE_IMM: usize = queues::send_wqe::IMM.width as usize;
pub const W_SWQE_WR_ID: usize = queues::send_wqe::WR_ID.width as usize;
pub const W_SWQE_REMOTE_ADDR: usize = queues::send_wqe::REMOTE_ADDR.width as usize;
pub const W_SWQE_RKEY: usize = queues::send_wqe::RKEY.width as usize;
pub const W_SWQE_SGE0_ADDR: usize = queues::send_wqe::SGE0_ADDR.width as usize;
pub const W_SWQE_SGE0_LEN: usize = queues::send_wqe::SGE0_LEN.width as usize;
pub const W_SWQE_SGE0_LKEY: usize = queues::send_wqe::SGE0_LKEY.width as usize;
pub const W_SWQE_SGE1_ADDR: usize = queues::send_wqe::SGE1_ADDR.width as usize;
pub const W_SWQE_SGE1_LEN: usize = queues::send_wqe::SGE1_LEN.width as usize;
pub const W_SWQE_SGE1_LKEY: usize = queues::send_wqe::SGE1_LKEY.width as usize;
pub const W_RWQE_WR_ID: usize = queues::recv_wqe::WR_ID.width as usize;
pub const W_RWQE_ADDR: usize = queues::recv_wqe::ADDR.width as usize;
pub const W_RWQE_LEN: usize = queues::recv_wqe::LEN.width as usize;
pub const W_RWQE_LKEY: usize = queues::recv_wqe::LKEY.width as usize;
pub const W_CQE_WR_ID: usize = queues::cqe::WR_ID.width as usize;
pub const W_CQE_BYTE_LEN: usize = queues::cqe::BYTE_LEN.width as usize;
pub const W_CQE_IMM: usize = queues::cqe::IMM.width as usize;
pub const W_CQE_QPN: usize = queues::cqe::QPN.width as usize;
pub const W_CQE_STATUS: usize = queues::cqe::STATUS.width as usize;
pub const W_CQE_OPCODE: usize = queues::cqe::OPCODE.width as usize;
pub const W_CQE_OWNER: usize = queues::cqe::OWNER.width as usize;
pub const W_QPC_STATE: usize = queues::qpc::STATE.width as usize;
pub const W_QPC_PMTU_LOG2: usize = queues::qpc::PMTU_LOG2.width as usize;
pub const W_QPC_DEST_QPN: usize = queues::qpc::DEST_QPN.width as usize;
pub const W_QPC_SQ_PSN: usize = queues::qpc::SQ_PSN.width as usize;
pub const W_QPC_RQ_PSN: usize = queues::qpc::RQ_PSN.width as usize;
pub const W_QPC_NAK_SENT: usize = queues::qpc::NAK_SENT.width as usize;
pub const W_QPC_DMAC: usize = queues::qpc::DMAC.width as usize;
pub const W_QPC_DIP: usize = queues::qpc::DIP.width as usize;
pub const W_QPC_SQ_BASE: usize = queues::qpc::SQ_BASE.width as usize;
pub const W_QPC_RQ_BASE: usize = queues::qpc::RQ_BASE.width as usize;
pub const W_QPC_SQ_LOG2: usize = queues::qpc::SQ_LOG2.width as usize;
pub const W_QPC_RQ_LOG2: usize = queues::qpc::RQ_LOG2.width as usize;
pub const W_QPC_SCQ: usize = queues::qpc::SCQ.width as usize;
pub const W_QPC_RCQ: usize = queues::qpc::RCQ.width as usize;
pub const W_QPC_PD: usize = queues::qpc::PD.width as usize;
pub const W_QPC_UDP_SPORT: usize = queues::qpc::UDP_SPORT.width as usize;
pub const W_QPC_SQ_CI: usize = queues::qpc::SQ_CI.width as usize;
pub const W_QPC_RQ_CI: usize = queues::qpc::RQ_CI.width as usize;
pub const W_QPC_MSN: usize = queues::qpc::MSN.width as usize;
pub const W_QPC_FLIGHT_PSN: usize = queues::qpc::FLIGHT_PSN.width as usize;
pub const W_QPC_SQ_NEXT: usize = queues::qpc::SQ_NEXT.width as usize;
pub const W_QPC_RESP_ACTIVE: usize = queues::qpc::RESP_ACTIVE.width as usize;
pub const W_QPC_RESP_IS_SEND: usize = queues::qpc::RESP_IS_SEND.width as usize;
pub const W_QPC_RESP_IOVA: usize = queues::qpc::RESP_IOVA.width as usize;
pub const W_QPC_RESP_LEFT: usize = queues::qpc::RESP_LEFT.width as usize;
pub const W_QPC_RESP_DONE: usize = queues::qpc::RESP_DONE.width as usize;
pub const W_QPC_RESP_WR_ID: usize = queues::qpc::RESP_WR_ID.width as usize;
pub const W_MR_VALID: usize = queues::mr::VALID.width as usize;
pub const W_MR_ACCESS: usize = queues::mr::ACCESS.width as usize;
pub const W_MR_PD: usize = queues::mr::PD.width as usize;
pub const W_MR_KEY: usize = queues::mr::KEY.width as usize;
pub const W_MR_VA: usize = queues::mr::VA.width as usize;
pub const W_MR_IOVA: usize = queues::mr::IOVA.width as usize;
pub const W_MR_LEN: usize = queues::mr::LEN.width as usize;
pub const W_CQ_BASE: usize = queues::cq::BASE.width as usize;
pub const W_CQ_LOG2: usize = queues::cq::LOG2.width as usize;
pub const W_CQ_VALID: usize = queues::cq::VALID.width as usize;
pub const W_CQ_VECTOR: usize = queues::cq::VECTOR.width as usize;
pub const W_CQ_PI: usize = queues::cq::PI.width as usize;

#[derive(Copy, Clone, PartialEq, Eq, Debug, LogicState)]
pub enum Seq {
    Idle,
    Wait,
    Cmd,
    RxStart,
    CtxLoad,
    RxCtx,
    RxCheck,
    RxMr,
    RxRqFetch,
    RxRq,
    RxRqMr,
    RxPlacePrep,
    RxPlace,
    RxPlaceDrain,
    RxFinish,
    RxFail,
    RxAckMaybe,
    CmdModify,
    AckSend,
    ReqAck,
    ReqFetch,
    ReqWqe,
    ReqMore,
    TxCtx,
    TxWqe,
    TxMr,
    TxStart,
    TxSeg,
    TxNext,
    TxFail,
    SendStart,
    Send,
    SendDrain,
    CqStart,
    CqWait,
    CqRow,
    CqWrite,
    DmaRead,
    DmaBeats,
    Store,
}

#[derive(LogicBlock)]
pub struct Engine {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, bool>,
    // BAR0 register bus
    pub reg_addr: Signal<In, Bits<16>>,
    pub reg_wdata: Signal<In, Bits<32>>,
    pub reg_write: Signal<In, bool>,
    pub reg_read: Signal<In, bool>,
    pub reg_rdata: Signal<Out, Bits<32>>,
    pub reg_rvalid: Signal<Out, bool>,
    // DMA read (DataMover style: any address and length, data packed from the address)
    pub dma_rd_req_valid: Signal<Out, bool>,
    pub dma_rd_req_ready: Signal<In, bool>,
    pub dma_rd_req_addr: Signal<Out, Bits<64>>,
    pub dma_rd_req_len: Signal<Out, Bits<16>>,
    pub dma_rd_req_tag: Signal<Out, Bits<8>>,
    pub dma_rd_resp_valid: Signal<In, bool>,
    /// Always high: this engine takes every response beat as it comes.
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
    // MSI-X
    pub irq_valid: Signal<Out, bool>,
    pub irq_ready: Signal<In, bool>,
    pub irq_vector: Signal<Out, Bits<8>>,
    /// Nothing to do and nothing to wait for: no job, no frame, no doorbell, no message
    /// awaiting its ACK, no command. A simulator may skip clock cycles while it is high.
    pub idle: Signal<Out, bool>,
    /// While idle, cycles until a timer fires: this engine is never idle with a timer
    /// armed (a message awaiting its ACK keeps it busy), so always "none".
    pub next_timer: Signal<Out, Bits<32>>,

    // ---- sub-blocks ----
    txh: TxHeader,
    rxh: RxHeader,
    mrc: MrCheck,
    tx_crc: Crc32x64,
    rx_crc: Crc32x64,
    tx_pack: Packer,
    wr_pack: Packer,
    tx_swap: ByteSwap64,
    rx_swap: ByteSwap64,
    qp_ram: RAM<Bits<QPC_BITS>, TABLE_LOG2>,
    mr_ram: RAM<Bits<MR_BITS>, TABLE_LOG2>,
    cq_ram: RAM<Bits<CQ_BITS>, TABLE_LOG2>,
    sqpi_ram: RAM<Bits<16>, TABLE_LOG2>,
    rqpi_ram: RAM<Bits<16>, TABLE_LOG2>,
    cqci_ram: RAM<Bits<16>, TABLE_LOG2>,
    txbuf: RAM<Bits<64>, TXBUF_LOG2>,
    flight: RAM<Bits<FLIGHT_BITS>, { TABLE_LOG2 + WINDOW_LOG2 }>,
    rxbuf: RAM<Bits<64>, RXBUF_LOG2>,

    // ---- register file ----
    enable: DFF<bool>,
    mac: DFF<Bits<48>>,
    ip: DFF<Bits<32>>,
    ack_timeout: DFF<Bits<32>>,
    rnr_delay: DFF<Bits<32>>,
    rnr_timer: DFF<Bits<32>>,
    rnr_mask: DFF<Bits<TABLE_SIZE>>,
    set_rnr: Signal<Local, Bits<TABLE_SIZE>>,
    qs_sel: DFF<Bits<TABLE_LOG2>>,
    qs_state: DFF<Bits<W_QPC_STATE>>,
    qs_dqpn: DFF<Bits<W_QPC_DEST_QPN>>,
    qs_sq_psn: DFF<Bits<W_QPC_SQ_PSN>>,
    qs_rq_psn: DFF<Bits<W_QPC_RQ_PSN>>,
    qs_dmac: DFF<Bits<W_QPC_DMAC>>,
    qs_dip: DFF<Bits<W_QPC_DIP>>,
    qs_pmtu: DFF<Bits<W_QPC_PMTU_LOG2>>,
    qs_sq_base: DFF<Bits<W_QPC_SQ_BASE>>,
    qs_sq_log2: DFF<Bits<W_QPC_SQ_LOG2>>,
    qs_rq_base: DFF<Bits<W_QPC_RQ_BASE>>,
    qs_rq_log2: DFF<Bits<W_QPC_RQ_LOG2>>,
    qs_cqn: DFF<Bits<32>>,
    qs_pd: DFF<Bits<W_QPC_PD>>,
    qs_sport: DFF<Bits<W_QPC_UDP_SPORT>>,
    ms_sel: DFF<Bits<TABLE_LOG2>>,
    ms_key: DFF<Bits<W_MR_KEY>>,
    ms_va: DFF<Bits<W_MR_VA>>,
    ms_len: DFF<Bits<W_MR_LEN>>,
    ms_iova: DFF<Bits<W_MR_IOVA>>,
    ms_pd: DFF<Bits<W_MR_PD>>,
    ms_access: DFF<Bits<W_MR_ACCESS>>,
    cs_sel: DFF<Bits<TABLE_LOG2>>,
    cs_base: DFF<Bits<W_CQ_BASE>>,
    cs_log2: DFF<Bits<W_CQ_LOG2>>,
    cs_vector: DFF<Bits<W_CQ_VECTOR>>,
    qpc_cmd: DFF<Bits<2>>,
    mr_cmd: DFF<Bits<2>>,
    cq_cmd: DFF<Bits<2>>,
    sq_pending: DFF<Bits<TABLE_SIZE>>,
    cq_armed: DFF<Bits<TABLE_SIZE>>,
    rdata: DFF<Bits<32>>,
    rvalid: DFF<bool>,
    db_off: Signal<Local, Bits<16>>,
    db_qp: Signal<Local, Bits<TABLE_LOG2>>,
    db_cq: Signal<Local, Bits<TABLE_LOG2>>,
    set_pending: Signal<Local, Bits<TABLE_SIZE>>,
    clr_pending: Signal<Local, Bits<TABLE_SIZE>>,
    // counters
    cnt_rx_frames: DFF<Bits<32>>,
    cnt_rx_bad_icrc: DFF<Bits<32>>,
    cnt_rx_malformed: DFF<Bits<32>>,
    cnt_rx_not_roce: DFF<Bits<32>>,
    cnt_rx_bad_qp: DFF<Bits<32>>,
    cnt_rx_duplicate: DFF<Bits<32>>,
    cnt_nak_seq_sent: DFF<Bits<32>>,
    cnt_nak_access_sent: DFF<Bits<32>>,
    cnt_rnr_nak_sent: DFF<Bits<32>>,
    cnt_nak_invalid_sent: DFF<Bits<32>>,
    cnt_tx_frames: DFF<Bits<32>>,
    cnt_tx_acks: DFF<Bits<32>>,
    cnt_rx_acks: DFF<Bits<32>>,
    cnt_rx_naks: DFF<Bits<32>>,
    cnt_retransmits: DFF<Bits<32>>,
    cnt_dma_errors: DFF<Bits<32>>,
    cnt_wqe_errors: DFF<Bits<32>>,
    cnt_cq_overflow: DFF<Bits<32>>,

    // ---- RX frame buffer ----
    rx_wptr: DFF<Bits<12>>,
    rx_full: DFF<bool>,
    rx_len: DFF<Bits<16>>,
    rx_crc_state: DFF<Bits<32>>,
    rx_crc_ok: DFF<bool>,
    rx_overflow: DFF<bool>,
    rx_hdr: DFF<Bits<HDR_BITS>>,
    cur_slot: DFF<bool>,
    pend_full: DFF<bool>,
    pend_len: DFF<Bits<16>>,
    pend_crc_ok: DFF<bool>,
    pend_ovf: DFF<bool>,
    pend_hdr: DFF<Bits<HDR_BITS>>,
    pend_slot: DFF<bool>,
    in_slot: DFF<bool>,
    in_ovf: DFF<bool>,
    in_hdr: DFF<Bits<HDR_BITS>>,
    in_hdr_next: Signal<Local, Bits<HDR_BITS>>,
    rx_done: Signal<Local, bool>,
    done_len: Signal<Local, Bits<16>>,
    done_crc_ok: Signal<Local, bool>,
    done_ovf: Signal<Local, bool>,
    k_rxslot: Constant<Bits<RXBUF_LOG2>>,
    k_rxslot_words: Constant<Bits<12>>,
    rx_release: Signal<Local, bool>,
    rx_beat_len: Signal<Local, Bits<4>>,
    rx_lane_en: Signal<Local, Bits<8>>,
    rx_ff: Signal<Local, Bits<64>>,
    rx_crc_after: Signal<Local, Bits<32>>,

    // ---- sequencer ----
    seq: DFF<Seq>,
    ret: DFF<Seq>,
    sub_ret: DFF<Seq>,
    qp: DFF<Bits<TABLE_LOG2>>,
    mr_idx: DFF<Bits<TABLE_LOG2>>,
    rx_job: DFF<bool>,
    modify_job: DFF<bool>,
    // working copy of the QP context
    c_state: DFF<Bits<W_QPC_STATE>>,
    c_pmtu: DFF<Bits<W_QPC_PMTU_LOG2>>,
    c_dqpn: DFF<Bits<W_QPC_DEST_QPN>>,
    c_sq_psn: DFF<Bits<W_QPC_SQ_PSN>>,
    c_rq_psn: DFF<Bits<W_QPC_RQ_PSN>>,
    c_nak_sent: DFF<bool>,
    c_dmac: DFF<Bits<W_QPC_DMAC>>,
    c_dip: DFF<Bits<W_QPC_DIP>>,
    c_sq_base: DFF<Bits<W_QPC_SQ_BASE>>,
    c_rq_base: DFF<Bits<W_QPC_RQ_BASE>>,
    c_sq_log2: DFF<Bits<W_QPC_SQ_LOG2>>,
    c_rq_log2: DFF<Bits<W_QPC_RQ_LOG2>>,
    c_scq: DFF<Bits<W_QPC_SCQ>>,
    c_rcq: DFF<Bits<W_QPC_RCQ>>,
    c_pd: DFF<Bits<W_QPC_PD>>,
    c_sport: DFF<Bits<W_QPC_UDP_SPORT>>,
    c_sq_ci: DFF<Bits<W_QPC_SQ_CI>>,
    c_rq_ci: DFF<Bits<W_QPC_RQ_CI>>,
    c_msn: DFF<Bits<W_QPC_MSN>>,
    c_sq_next: DFF<Bits<W_QPC_SQ_NEXT>>,
    c_flight_psn: DFF<Bits<W_QPC_FLIGHT_PSN>>,
    c_resp_active: DFF<bool>,
    c_resp_is_send: DFF<bool>,
    c_resp_iova: DFF<Bits<W_QPC_RESP_IOVA>>,
    c_resp_left: DFF<Bits<W_QPC_RESP_LEFT>>,
    c_resp_done: DFF<Bits<W_QPC_RESP_DONE>>,
    c_resp_wr_id: DFF<Bits<W_QPC_RESP_WR_ID>>,
    qrow: Signal<Local, Bits<QPC_BITS>>,
    // requester: the WQE being sent
    w_opcode: DFF<Bits<W_SWQE_OPCODE>>,
    w_imm: DFF<Bits<W_SWQE_IMM>>,
    w_raddr: DFF<Bits<W_SWQE_REMOTE_ADDR>>,
    w_rkey: DFF<Bits<W_SWQE_RKEY>>,
    w_len: DFF<Bits<W_SWQE_SGE0_LEN>>,
    w_laddr: DFF<Bits<W_SWQE_SGE0_ADDR>>,
    w_lkey: DFF<Bits<W_SWQE_SGE0_LKEY>>,
    w_liova: DFF<Bits<64>>,
    msg_off: DFF<Bits<32>>,
    msg_left: DFF<Bits<32>>,
    seg_len: DFF<Bits<16>>,
    pmtu_bytes: Signal<Local, Bits<32>>,
    w_is_write: Signal<Local, bool>,
    w_has_imm: Signal<Local, bool>,
    seg_first: Signal<Local, bool>,
    seg_last: Signal<Local, bool>,
    // TX header inputs, held while a frame is serialized
    t_opcode: DFF<Bits<8>>,
    t_psn: DFF<Bits<24>>,
    t_ack_req: DFF<bool>,
    t_reth: DFF<bool>,
    t_aeth: DFF<bool>,
    t_imm: DFF<bool>,
    t_syndrome: DFF<Bits<8>>,
    // serializer
    ser_hdr: DFF<Bits<HDR_BITS>>,
    ser_phase: DFF<Bits<2>>,
    ser_left: DFF<Bits<16>>,
    ser_word: DFF<Bits<8>>,
    ser_pw: DFF<Bits<TXBUF_LOG2>>,
    ser_crc: DFF<Bits<32>>,
    ser_done: DFF<bool>,
    ser_pad: DFF<Bits<2>>,
    ser_count: Signal<Local, Bits<4>>,
    ser_fire: Signal<Local, bool>,
    ser_phase_end: Signal<Local, bool>,
    ser_crc_en: Signal<Local, Bits<8>>,
    ser_ff: Signal<Local, Bits<64>>,
    // DMA read subroutine
    rd_addr: DFF<Bits<64>>,
    rd_len: DFF<Bits<16>>,
    rd_beat: DFF<Bits<TXBUF_LOG2>>,
    rd_err: DFF<bool>,
    rdbuf: DFF<Bits<SWQE_BITS>>,
    // payload gather, running beside the sequencer (DMA read tag 2)
    g_active: DFF<bool>,
    g_req: DFF<bool>,
    g_addr: DFF<Bits<64>>,
    g_len: DFF<Bits<16>>,
    g_wptr: DFF<Bits<TXBUF_LOG2>>,
    g_half: DFF<bool>,
    g_err: DFF<bool>,
    ser_half: DFF<bool>,
    next_left: Signal<Local, Bits<32>>,
    k_half: Constant<Bits<TXBUF_LOG2>>,
    // DMA write of payload (RX placement)
    pl_ptr: DFF<Bits<RXBUF_LOG2>>,
    pl_skip: DFF<Bits<3>>,
    pl_left: DFF<Bits<16>>,
    pl_count: Signal<Local, Bits<4>>,
    pl_fire: Signal<Local, bool>,
    seg_n: Signal<Local, Bits<16>>,
    seg_op: Signal<Local, Bits<8>>,
    outstanding: Signal<Local, bool>,
    tx_idx: Signal<Local, Bits<16>>,
    in_flight: Signal<Local, Bits<16>>,
    wqe_len: Signal<Local, Bits<32>>,
    rd_wqe_len: Signal<Local, Bits<32>>,
    fl_slot: Signal<Local, Bits<{ TABLE_LOG2 + WINDOW_LOG2 }>>,
    k_fl_len: Constant<Bits<8>>,
    k_fl_signaled: Constant<Bits<8>>,
    k_fl_write: Constant<Bits<8>>,
    k_window_mask: Constant<Bits<16>>,
    k_window_log2: Constant<Bits<8>>,
    wqe_pkts: Signal<Local, Bits<24>>,
    wqe_last: Signal<Local, Bits<24>>,
    pmtu_log2: Signal<Local, Bits<4>>,
    ack_progress: Signal<Local, bool>,
    nak_fatal: Signal<Local, bool>,
    k_window: Constant<Bits<16>>,
    owner: Signal<Local, bool>,
    icrc_out: Signal<Local, Bits<32>>,
    wr_addr: DFF<Bits<64>>,
    wr_len: DFF<Bits<16>>,
    wr_from_cqe: DFF<bool>,
    wr_busy: DFF<bool>,
    // completion being written
    q_wr_id: DFF<Bits<64>>,
    q_len: DFF<Bits<32>>,
    q_imm: DFF<Bits<32>>,
    q_status: DFF<Bits<8>>,
    q_opcode: DFF<Bits<8>>,
    q_imm_valid: DFF<bool>,
    q_cqn: DFF<Bits<TABLE_LOG2>>,
    q_buf: DFF<Bits<CQE_BITS>>,
    q_beat: DFF<Bits<2>>,
    q_row_pi: DFF<Bits<16>>,
    cq_used: Signal<Local, Bits<16>>,
    cq_mask: Signal<Local, Bits<16>>,
    // responder checks
    psn_diff: Signal<Local, Bits<24>>,
    ack_diff: Signal<Local, Bits<24>>,
    q_mask: Signal<Local, Bits<16>>,
    // ACK timer
    ack_timer: DFF<Bits<32>>,
    wait_mask: DFF<Bits<TABLE_SIZE>>,
    retx_mask: DFF<Bits<TABLE_SIZE>>,
    set_wait: Signal<Local, Bits<TABLE_SIZE>>,
    clr_wait: Signal<Local, Bits<TABLE_SIZE>>,
    set_retx: Signal<Local, Bits<TABLE_SIZE>>,
    clr_retx: Signal<Local, Bits<TABLE_SIZE>>,
    set_armed: Signal<Local, Bits<TABLE_SIZE>>,
    clr_armed: Signal<Local, Bits<TABLE_SIZE>>,
    tx_cand: Signal<Local, Bits<TABLE_SIZE>>,
    tx_pick: Signal<Local, Bits<TABLE_LOG2>>,
    tx_found: Signal<Local, bool>,
    rr_last: DFF<Bits<TABLE_LOG2>>,
    qp_bit: Signal<Local, Bits<TABLE_SIZE>>,
    irq: DFF<bool>,
    irq_vec: DFF<Bits<8>>,
    // counter strobes
    inc_rx_frames: Signal<Local, bool>,
    inc_rx_bad_icrc: Signal<Local, bool>,
    inc_rx_malformed: Signal<Local, bool>,
    inc_rx_not_roce: Signal<Local, bool>,
    inc_rx_bad_qp: Signal<Local, bool>,
    inc_rx_duplicate: Signal<Local, bool>,
    inc_nak_seq_sent: Signal<Local, bool>,
    inc_nak_access_sent: Signal<Local, bool>,
    inc_rnr_nak_sent: Signal<Local, bool>,
    inc_nak_invalid_sent: Signal<Local, bool>,
    inc_tx_frames: Signal<Local, bool>,
    inc_tx_acks: Signal<Local, bool>,
    inc_rx_acks: Signal<Local, bool>,
    inc_rx_naks: Signal<Local, bool>,
    inc_retransmits: Signal<Local, bool>,
    inc_dma_errors: Signal<Local, bool>,
    inc_wqe_errors: Signal<Local, bool>,
    inc_cq_overflow: Signal<Local, bool>,

    // ---- constants from the contract ----
    k_id: Constant<Bits<32>>,
    k_ack_timeout: Constant<Bits<32>>,
    k_rnr_delay: Constant<Bits<32>>,
    k_version: Constant<Bits<32>>,
    k_features: Constant<Bits<32>>,
    k_qpdb_base: Constant<Bits<16>>,
    k_qpdb_span: Constant<Bits<16>>,
    k_qpdb_shift: Constant<Bits<4>>,
    k_cqdb_shift: Constant<Bits<4>>,
    k_cqdb_base: Constant<Bits<16>>,
    k_cqdb_span: Constant<Bits<16>>,
    k_sq_pi: Constant<Bits<16>>,
    k_rq_pi: Constant<Bits<16>>,
    k_cq_ci: Constant<Bits<16>>,
    k_cq_arm: Constant<Bits<16>>,
    k_icrc_seed: Constant<Bits<32>>,
    k_residue: Constant<Bits<32>>,
    k_one: Constant<Bits<64>>,
    k_one_q: Constant<Bits<TABLE_SIZE>>,
    k_ffff: Constant<Bits<16>>,
    k_datapath: Constant<Bits<32>>,
    k_table_size: Constant<Bits<32>>,
    k_max_mtu: Constant<Bits<32>>,
    k_table_log2: Constant<Bits<8>>,
    k_hdr_top: Constant<Bits<10>>,
    /// ICRC: bytes of the first 80 that count (everything after the Ethernet header), one bit per byte.
    k_icrc_cover: Constant<Bits<80>>,
    /// ICRC: ones over the variant header fields, byte p in bits [8p+7:8p].
    k_icrc_ones: Constant<Bits<HDR_BITS>>,
    r_id: Constant<Bits<16>>,
    r_version: Constant<Bits<16>>,
    r_cap_datapath: Constant<Bits<16>>,
    r_cap_qps: Constant<Bits<16>>,
    r_cap_mrs: Constant<Bits<16>>,
    r_cap_cqs: Constant<Bits<16>>,
    r_cap_max_mtu: Constant<Bits<16>>,
    r_cap_features: Constant<Bits<16>>,
    r_ctrl: Constant<Bits<16>>,
    r_status: Constant<Bits<16>>,
    r_mac_lo: Constant<Bits<16>>,
    r_mac_hi: Constant<Bits<16>>,
    r_ipv4: Constant<Bits<16>>,
    r_ack_timeout: Constant<Bits<16>>,
    r_rnr_delay: Constant<Bits<16>>,
    r_cnt_rx_frames: Constant<Bits<16>>,
    r_cnt_rx_bad_icrc: Constant<Bits<16>>,
    r_cnt_rx_malformed: Constant<Bits<16>>,
    r_cnt_rx_not_roce: Constant<Bits<16>>,
    r_cnt_rx_bad_qp: Constant<Bits<16>>,
    r_cnt_rx_duplicate: Constant<Bits<16>>,
    r_cnt_nak_seq_sent: Constant<Bits<16>>,
    r_cnt_nak_access_sent: Constant<Bits<16>>,
    r_cnt_rnr_nak_sent: Constant<Bits<16>>,
    r_cnt_nak_invalid_sent: Constant<Bits<16>>,
    r_cnt_tx_frames: Constant<Bits<16>>,
    r_cnt_tx_acks: Constant<Bits<16>>,
    r_cnt_rx_acks: Constant<Bits<16>>,
    r_cnt_rx_naks: Constant<Bits<16>>,
    r_cnt_retransmits: Constant<Bits<16>>,
    r_cnt_dma_errors: Constant<Bits<16>>,
    r_cnt_wqe_errors: Constant<Bits<16>>,
    r_cnt_cq_overflow: Constant<Bits<16>>,
    r_qpc_sel: Constant<Bits<16>>,
    r_qpc_state: Constant<Bits<16>>,
    r_qpc_dest_qpn: Constant<Bits<16>>,
    r_qpc_sq_psn: Constant<Bits<16>>,
    r_qpc_rq_psn: Constant<Bits<16>>,
    r_qpc_dmac_lo: Constant<Bits<16>>,
    r_qpc_dmac_hi: Constant<Bits<16>>,
    r_qpc_dip: Constant<Bits<16>>,
    r_qpc_pmtu_log2: Constant<Bits<16>>,
    r_qpc_sq_base_lo: Constant<Bits<16>>,
    r_qpc_sq_base_hi: Constant<Bits<16>>,
    r_qpc_sq_log2: Constant<Bits<16>>,
    r_qpc_rq_base_lo: Constant<Bits<16>>,
    r_qpc_rq_base_hi: Constant<Bits<16>>,
    r_qpc_rq_log2: Constant<Bits<16>>,
    r_qpc_cqn: Constant<Bits<16>>,
    r_qpc_pd: Constant<Bits<16>>,
    r_qpc_udp_sport: Constant<Bits<16>>,
    r_qpc_cmd: Constant<Bits<16>>,
    r_mr_sel: Constant<Bits<16>>,
    r_mr_key: Constant<Bits<16>>,
    r_mr_va_lo: Constant<Bits<16>>,
    r_mr_va_hi: Constant<Bits<16>>,
    r_mr_len: Constant<Bits<16>>,
    r_mr_iova_lo: Constant<Bits<16>>,
    r_mr_iova_hi: Constant<Bits<16>>,
    r_mr_pd: Constant<Bits<16>>,
    r_mr_access: Constant<Bits<16>>,
    r_mr_cmd: Constant<Bits<16>>,
    r_cq_sel: Constant<Bits<16>>,
    r_cq_base_lo: Constant<Bits<16>>,
    r_cq_base_hi: Constant<Bits<16>>,
    r_cq_log2: Constant<Bits<16>>,
    r_cq_vector: Constant<Bits<16>>,
    r_cq_cmd: Constant<Bits<16>>,
    f_swqe_opcode: Constant<Bits<10>>,
    f_swqe_signaled: Constant<Bits<10>>,
    f_swqe_num_sge: Constant<Bits<10>>,
    f_swqe_imm: Constant<Bits<10>>,
    f_swqe_wr_id: Constant<Bits<10>>,
    f_swqe_remote_addr: Constant<Bits<10>>,
    f_swqe_rkey: Constant<Bits<10>>,
    f_swqe_sge0_addr: Constant<Bits<10>>,
    f_swqe_sge0_len: Constant<Bits<10>>,
    f_swqe_sge0_lkey: Constant<Bits<10>>,
    f_swqe_sge1_addr: Constant<Bits<10>>,
    f_swqe_sge1_len: Constant<Bits<10>>,
    f_swqe_sge1_lkey: Constant<Bits<10>>,
    f_rwqe_wr_id: Constant<Bits<10>>,
    f_rwqe_addr: Constant<Bits<10>>,
    f_rwqe_len: Constant<Bits<10>>,
    f_rwqe_lkey: Constant<Bits<10>>,
    f_cqe_wr_id: Constant<Bits<10>>,
    f_cqe_byte_len: Constant<Bits<10>>,
    f_cqe_imm: Constant<Bits<10>>,
    f_cqe_qpn: Constant<Bits<10>>,
    f_cqe_status: Constant<Bits<10>>,
    f_cqe_opcode: Constant<Bits<10>>,
    f_cqe_imm_valid: Constant<Bits<10>>,
    f_cqe_owner: Constant<Bits<10>>,
    f_qpc_state: Constant<Bits<11>>,
    f_qpc_pmtu_log2: Constant<Bits<11>>,
    f_qpc_dest_qpn: Constant<Bits<11>>,
    f_qpc_sq_psn: Constant<Bits<11>>,
    f_qpc_rq_psn: Constant<Bits<11>>,
    f_qpc_nak_sent: Constant<Bits<11>>,
    f_qpc_dmac: Constant<Bits<11>>,
    f_qpc_dip: Constant<Bits<11>>,
    f_qpc_sq_base: Constant<Bits<11>>,
    f_qpc_rq_base: Constant<Bits<11>>,
    f_qpc_sq_log2: Constant<Bits<11>>,
    f_qpc_rq_log2: Constant<Bits<11>>,
    f_qpc_scq: Constant<Bits<11>>,
    f_qpc_rcq: Constant<Bits<11>>,
    f_qpc_pd: Constant<Bits<11>>,
    f_qpc_udp_sport: Constant<Bits<11>>,
    f_qpc_sq_ci: Constant<Bits<11>>,
    f_qpc_rq_ci: Constant<Bits<11>>,
    f_qpc_msn: Constant<Bits<11>>,
    f_qpc_flight_psn: Constant<Bits<11>>,
    f_qpc_sq_next: Constant<Bits<11>>,
    f_qpc_resp_active: Constant<Bits<11>>,
    f_qpc_resp_is_send: Constant<Bits<11>>,
    f_qpc_resp_iova: Constant<Bits<11>>,
    f_qpc_resp_left: Constant<Bits<11>>,
    f_qpc_resp_done: Constant<Bits<11>>,
    f_qpc_resp_wr_id: Constant<Bits<11>>,
    f_mr_valid: Constant<Bits<10>>,
    f_mr_access: Constant<Bits<10>>,
    f_mr_pd: Constant<Bits<10>>,
    f_mr_key: Constant<Bits<10>>,
    f_mr_va: Constant<Bits<10>>,
    f_mr_iova: Constant<Bits<10>>,
    f_mr_len: Constant<Bits<10>>,
    f_cq_base: Constant<Bits<10>>,
    f_cq_log2: Constant<Bits<10>>,
    f_cq_valid: Constant<Bits<10>>,
    f_cq_vector: Constant<Bits<10>>,
    f_cq_pi: Constant<Bits<10>>,
}

impl Default for Engine {
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
            txh: Default::default(),
            rxh: Default::default(),
            mrc: Default::default(),
            tx_crc: Default::default(),
            rx_crc: Default::default(),
            tx_pack: Default::default(),
            wr_pack: Default::default(),
            tx_swap: Default::default(),
            rx_swap: Default::default(),
            qp_ram: Default::default(),
            mr_ram: Default::default(),
            cq_ram: Default::default(),
            sqpi_ram: Default::default(),
            rqpi_ram: Default::default(),
            cqci_ram: Default::default(),
            txbuf: Default::default(),
            flight: Default::default(),
            rxbuf: Default::default(),
            enable: Default::default(),
            mac: Default::default(),
            ip: Default::default(),
            ack_timeout: Default::default(),
            rnr_delay: Default::default(),
            rnr_timer: Default::default(),
            rnr_mask: Default::default(),
            set_rnr: Default::default(),
            qs_sel: Default::default(),
            qs_state: Default::default(),
            qs_dqpn: Default::default(),
            qs_sq_psn: Default::default(),
            qs_rq_psn: Default::default(),
            qs_dmac: Default::default(),
            qs_dip: Default::default(),
            qs_pmtu: Default::default(),
            qs_sq_base: Default::default(),
            qs_sq_log2: Default::default(),
            qs_rq_base: Default::default(),
            qs_rq_log2: Default::default(),
            qs_cqn: Default::default(),
            qs_pd: Default::default(),
            qs_sport: Default::default(),
            ms_sel: Default::default(),
            ms_key: Default::default(),
            ms_va: Default::default(),
            ms_len: Default::default(),
            ms_iova: Default::default(),
            ms_pd: Default::default(),
            ms_access: Default::default(),
            cs_sel: Default::default(),
            cs_base: Default::default(),
            cs_log2: Default::default(),
            cs_vector: Default::default(),
            qpc_cmd: Default::default(),
            mr_cmd: Default::default(),
            cq_cmd: Default::default(),
            sq_pending: Default::default(),
            cq_armed: Default::default(),
            rdata: Default::default(),
            rvalid: Default::default(),
            db_off: Default::default(),
            db_qp: Default::default(),
            db_cq: Default::default(),
            set_pending: Default::default(),
            clr_pending: Default::default(),
            cnt_rx_frames: Default::default(),
            cnt_rx_bad_icrc: Default::default(),
            cnt_rx_malformed: Default::default(),
            cnt_rx_not_roce: Default::default(),
            cnt_rx_bad_qp: Default::default(),
            cnt_rx_duplicate: Default::default(),
            cnt_nak_seq_sent: Default::default(),
            cnt_nak_access_sent: Default::default(),
            cnt_rnr_nak_sent: Default::default(),
            cnt_nak_invalid_sent: Default::default(),
            cnt_tx_frames: Default::default(),
            cnt_tx_acks: Default::default(),
            cnt_rx_acks: Default::default(),
            cnt_rx_naks: Default::default(),
            cnt_retransmits: Default::default(),
            cnt_dma_errors: Default::default(),
            cnt_wqe_errors: Default::default(),
            cnt_cq_overflow: Default::default(),
            rx_wptr: Default::default(),
            rx_full: Default::default(),
            rx_len: Default::default(),
            rx_crc_state: Default::default(),
            rx_crc_ok: Default::default(),
            rx_overflow: Default::default(),
            rx_hdr: Default::default(),
            k_rxslot: Constant::new(((1usize << (RXBUF_LOG2 - 1)) as u64).to_bits()),
            k_rxslot_words: Constant::new(((1usize << (RXBUF_LOG2 - 1)) as u64).to_bits()),
            done_ovf: Default::default(),
            done_crc_ok: Default::default(),
            done_len: Default::default(),
            rx_done: Default::default(),
            in_hdr_next: Default::default(),
            in_hdr: Default::default(),
            in_ovf: Default::default(),
            in_slot: Default::default(),
            pend_slot: Default::default(),
            pend_hdr: Default::default(),
            pend_ovf: Default::default(),
            pend_crc_ok: Default::default(),
            pend_len: Default::default(),
            pend_full: Default::default(),
            cur_slot: Default::default(),
            rx_release: Default::default(),
            rx_beat_len: Default::default(),
            rx_lane_en: Default::default(),
            rx_ff: Default::default(),
            rx_crc_after: Default::default(),
            seq: Default::default(),
            ret: Default::default(),
            sub_ret: Default::default(),
            qp: Default::default(),
            mr_idx: Default::default(),
            rx_job: Default::default(),
            modify_job: Default::default(),
            c_state: Default::default(),
            c_pmtu: Default::default(),
            c_dqpn: Default::default(),
            c_sq_psn: Default::default(),
            c_rq_psn: Default::default(),
            c_nak_sent: Default::default(),
            c_dmac: Default::default(),
            c_dip: Default::default(),
            c_sq_base: Default::default(),
            c_rq_base: Default::default(),
            c_sq_log2: Default::default(),
            c_rq_log2: Default::default(),
            c_scq: Default::default(),
            c_rcq: Default::default(),
            c_pd: Default::default(),
            c_sport: Default::default(),
            c_sq_ci: Default::default(),
            c_rq_ci: Default::default(),
            c_msn: Default::default(),
            c_sq_next: Default::default(),
            c_flight_psn: Default::default(),
            c_resp_active: Default::default(),
            c_resp_is_send: Default::default(),
            c_resp_iova: Default::default(),
            c_resp_left: Default::default(),
            c_resp_done: Default::default(),
            c_resp_wr_id: Default::default(),
            qrow: Default::default(),
            w_opcode: Default::default(),
            w_imm: Default::default(),
            w_raddr: Default::default(),
            w_rkey: Default::default(),
            w_len: Default::default(),
            w_laddr: Default::default(),
            w_lkey: Default::default(),
            w_liova: Default::default(),
            msg_off: Default::default(),
            msg_left: Default::default(),
            seg_len: Default::default(),
            pmtu_bytes: Default::default(),
            w_is_write: Default::default(),
            w_has_imm: Default::default(),
            seg_first: Default::default(),
            seg_last: Default::default(),
            t_opcode: Default::default(),
            t_psn: Default::default(),
            t_ack_req: Default::default(),
            t_reth: Default::default(),
            t_aeth: Default::default(),
            t_imm: Default::default(),
            t_syndrome: Default::default(),
            ser_hdr: Default::default(),
            ser_phase: Default::default(),
            ser_left: Default::default(),
            ser_word: Default::default(),
            ser_pw: Default::default(),
            ser_crc: Default::default(),
            ser_done: Default::default(),
            ser_pad: Default::default(),
            ser_count: Default::default(),
            ser_fire: Default::default(),
            ser_phase_end: Default::default(),
            ser_crc_en: Default::default(),
            ser_ff: Default::default(),
            rd_addr: Default::default(),
            rd_len: Default::default(),
            rd_beat: Default::default(),
            rd_err: Default::default(),
            rdbuf: Default::default(),
            g_active: Default::default(),
            g_req: Default::default(),
            g_addr: Default::default(),
            g_len: Default::default(),
            g_wptr: Default::default(),
            g_half: Default::default(),
            g_err: Default::default(),
            ser_half: Default::default(),
            next_left: Default::default(),
            k_half: Constant::new(((1usize << (TXBUF_LOG2 - 1)) as u64).to_bits()),
            pl_ptr: Default::default(),
            pl_skip: Default::default(),
            pl_left: Default::default(),
            pl_count: Default::default(),
            pl_fire: Default::default(),
            seg_n: Default::default(),
            seg_op: Default::default(),
            outstanding: Default::default(),
            tx_idx: Default::default(),
            in_flight: Default::default(),
            wqe_len: Default::default(),
            rd_wqe_len: Default::default(),
            fl_slot: Default::default(),
            k_fl_len: Constant::new((FL_LEN as u64).to_bits()),
            k_fl_signaled: Constant::new((FL_SIGNALED as u64).to_bits()),
            k_fl_write: Constant::new((FL_WRITE as u64).to_bits()),
            k_window_mask: Constant::new(((SEND_WINDOW - 1) as u64).to_bits()),
            k_window_log2: Constant::new((WINDOW_LOG2 as u64).to_bits()),
            wqe_pkts: Default::default(),
            wqe_last: Default::default(),
            pmtu_log2: Default::default(),
            ack_progress: Default::default(),
            nak_fatal: Default::default(),
            k_window: Constant::new((SEND_WINDOW as u64).to_bits()),
            owner: Default::default(),
            icrc_out: Default::default(),
            wr_addr: Default::default(),
            wr_len: Default::default(),
            wr_from_cqe: Default::default(),
            wr_busy: Default::default(),
            q_wr_id: Default::default(),
            q_len: Default::default(),
            q_imm: Default::default(),
            q_status: Default::default(),
            q_opcode: Default::default(),
            q_imm_valid: Default::default(),
            q_cqn: Default::default(),
            q_buf: Default::default(),
            q_beat: Default::default(),
            q_row_pi: Default::default(),
            cq_used: Default::default(),
            cq_mask: Default::default(),
            psn_diff: Default::default(),
            ack_diff: Default::default(),
            q_mask: Default::default(),
            ack_timer: Default::default(),
            wait_mask: Default::default(),
            retx_mask: Default::default(),
            set_wait: Default::default(),
            clr_wait: Default::default(),
            set_retx: Default::default(),
            clr_retx: Default::default(),
            set_armed: Default::default(),
            clr_armed: Default::default(),
            tx_cand: Default::default(),
            tx_pick: Default::default(),
            tx_found: Default::default(),
            rr_last: Default::default(),
            qp_bit: Default::default(),
            irq: Default::default(),
            irq_vec: Default::default(),
            inc_rx_frames: Default::default(),
            inc_rx_bad_icrc: Default::default(),
            inc_rx_malformed: Default::default(),
            inc_rx_not_roce: Default::default(),
            inc_rx_bad_qp: Default::default(),
            inc_rx_duplicate: Default::default(),
            inc_nak_seq_sent: Default::default(),
            inc_nak_access_sent: Default::default(),
            inc_rnr_nak_sent: Default::default(),
            inc_nak_invalid_sent: Default::default(),
            inc_tx_frames: Default::default(),
            inc_tx_acks: Default::default(),
            inc_rx_acks: Default::default(),
            inc_rx_naks: Default::default(),
            inc_retransmits: Default::default(),
            inc_dma_errors: Default::default(),
            inc_wqe_errors: Default::default(),
            inc_cq_overflow: Default::default(),
            k_id: Constant::new((regs::ID_VALUE as u64).to_bits()),
            k_ack_timeout: Constant::new((regs::ACK_TIMEOUT.reset as u64).to_bits()),
            k_rnr_delay: Constant::new((regs::RNR_DELAY.reset as u64).to_bits()),
            k_version: Constant::new((regs::VERSION.reset as u64).to_bits()),
            k_features: Constant::new((regs::CAP_FEATURES.reset as u64).to_bits()),
            k_qpdb_base: Constant::new((regs::QP_DB.base as u64).to_bits()),
            k_qpdb_span: Constant::new(((regs::QP_DB.stride as usize * TABLE_SIZE) as u64).to_bits()),
            k_qpdb_shift: Constant::new((regs::QP_DB.stride.trailing_zeros() as u64).to_bits()),
            k_cqdb_shift: Constant::new((regs::CQ_DB.stride.trailing_zeros() as u64).to_bits()),
            k_cqdb_base: Constant::new((regs::CQ_DB.base as u64).to_bits()),
            k_cqdb_span: Constant::new(((regs::CQ_DB.stride as usize * TABLE_SIZE) as u64).to_bits()),
            k_sq_pi: Constant::new((regs::SQ_PI.offset as u64).to_bits()),
            k_rq_pi: Constant::new((regs::RQ_PI.offset as u64).to_bits()),
            k_cq_ci: Constant::new((regs::CQ_CI.offset as u64).to_bits()),
            k_cq_arm: Constant::new((regs::CQ_ARM.offset as u64).to_bits()),
            k_icrc_seed: Constant::new((icrc_seed() as u64).to_bits()),
            k_residue: Constant::new((crc_residue() as u64).to_bits()),
            k_one: Constant::new(1u64.to_bits()),
            k_one_q: Constant::new(1u64.to_bits()),
            k_ffff: Constant::new(0xFFFFu64.to_bits()),
            k_datapath: Constant::new((DATAPATH_BITS as u64).to_bits()),
            k_table_size: Constant::new((TABLE_SIZE as u64).to_bits()),
            k_max_mtu: Constant::new((MAX_MTU as u64).to_bits()),
            k_table_log2: Constant::new((TABLE_LOG2 as u64).to_bits()),
            k_hdr_top: Constant::new(((HDR_BITS - 64) as u64).to_bits()),
            k_icrc_cover: Constant::new(icrc_cover()),
            k_icrc_ones: Constant::new(icrc_ones()),
            r_id: Constant::new((regs::ID.offset as u64).to_bits()),
            r_version: Constant::new((regs::VERSION.offset as u64).to_bits()),
            r_cap_datapath: Constant::new((regs::CAP_DATAPATH.offset as u64).to_bits()),
            r_cap_qps: Constant::new((regs::CAP_QPS.offset as u64).to_bits()),
            r_cap_mrs: Constant::new((regs::CAP_MRS.offset as u64).to_bits()),
            r_cap_cqs: Constant::new((regs::CAP_CQS.offset as u64).to_bits()),
            r_cap_max_mtu: Constant::new((regs::CAP_MAX_MTU.offset as u64).to_bits()),
            r_cap_features: Constant::new((regs::CAP_FEATURES.offset as u64).to_bits()),
            r_ctrl: Constant::new((regs::CTRL.offset as u64).to_bits()),
            r_status: Constant::new((regs::STATUS.offset as u64).to_bits()),
            r_mac_lo: Constant::new((regs::MAC_LO.offset as u64).to_bits()),
            r_mac_hi: Constant::new((regs::MAC_HI.offset as u64).to_bits()),
            r_ipv4: Constant::new((regs::IPV4.offset as u64).to_bits()),
            r_ack_timeout: Constant::new((regs::ACK_TIMEOUT.offset as u64).to_bits()),
            r_rnr_delay: Constant::new((regs::RNR_DELAY.offset as u64).to_bits()),
            r_cnt_rx_frames: Constant::new((regs::CNT_RX_FRAMES.offset as u64).to_bits()),
            r_cnt_rx_bad_icrc: Constant::new((regs::CNT_RX_BAD_ICRC.offset as u64).to_bits()),
            r_cnt_rx_malformed: Constant::new((regs::CNT_RX_MALFORMED.offset as u64).to_bits()),
            r_cnt_rx_not_roce: Constant::new((regs::CNT_RX_NOT_ROCE.offset as u64).to_bits()),
            r_cnt_rx_bad_qp: Constant::new((regs::CNT_RX_BAD_QP.offset as u64).to_bits()),
            r_cnt_rx_duplicate: Constant::new((regs::CNT_RX_DUPLICATE.offset as u64).to_bits()),
            r_cnt_nak_seq_sent: Constant::new((regs::CNT_NAK_SEQ_SENT.offset as u64).to_bits()),
            r_cnt_nak_access_sent: Constant::new((regs::CNT_NAK_ACCESS_SENT.offset as u64).to_bits()),
            r_cnt_rnr_nak_sent: Constant::new((regs::CNT_RNR_NAK_SENT.offset as u64).to_bits()),
            r_cnt_nak_invalid_sent: Constant::new((regs::CNT_NAK_INVALID_SENT.offset as u64).to_bits()),
            r_cnt_tx_frames: Constant::new((regs::CNT_TX_FRAMES.offset as u64).to_bits()),
            r_cnt_tx_acks: Constant::new((regs::CNT_TX_ACKS.offset as u64).to_bits()),
            r_cnt_rx_acks: Constant::new((regs::CNT_RX_ACKS.offset as u64).to_bits()),
            r_cnt_rx_naks: Constant::new((regs::CNT_RX_NAKS.offset as u64).to_bits()),
            r_cnt_retransmits: Constant::new((regs::CNT_RETRANSMITS.offset as u64).to_bits()),
            r_cnt_dma_errors: Constant::new((regs::CNT_DMA_ERRORS.offset as u64).to_bits()),
            r_cnt_wqe_errors: Constant::new((regs::CNT_WQE_ERRORS.offset as u64).to_bits()),
            r_cnt_cq_overflow: Constant::new((regs::CNT_CQ_OVERFLOW.offset as u64).to_bits()),
            r_qpc_sel: Constant::new((regs::QPC_SEL.offset as u64).to_bits()),
            r_qpc_state: Constant::new((regs::QPC_STATE.offset as u64).to_bits()),
            r_qpc_dest_qpn: Constant::new((regs::QPC_DEST_QPN.offset as u64).to_bits()),
            r_qpc_sq_psn: Constant::new((regs::QPC_SQ_PSN.offset as u64).to_bits()),
            r_qpc_rq_psn: Constant::new((regs::QPC_RQ_PSN.offset as u64).to_bits()),
            r_qpc_dmac_lo: Constant::new((regs::QPC_DMAC_LO.offset as u64).to_bits()),
            r_qpc_dmac_hi: Constant::new((regs::QPC_DMAC_HI.offset as u64).to_bits()),
            r_qpc_dip: Constant::new((regs::QPC_DIP.offset as u64).to_bits()),
            r_qpc_pmtu_log2: Constant::new((regs::QPC_PMTU_LOG2.offset as u64).to_bits()),
            r_qpc_sq_base_lo: Constant::new((regs::QPC_SQ_BASE_LO.offset as u64).to_bits()),
            r_qpc_sq_base_hi: Constant::new((regs::QPC_SQ_BASE_HI.offset as u64).to_bits()),
            r_qpc_sq_log2: Constant::new((regs::QPC_SQ_LOG2.offset as u64).to_bits()),
            r_qpc_rq_base_lo: Constant::new((regs::QPC_RQ_BASE_LO.offset as u64).to_bits()),
            r_qpc_rq_base_hi: Constant::new((regs::QPC_RQ_BASE_HI.offset as u64).to_bits()),
            r_qpc_rq_log2: Constant::new((regs::QPC_RQ_LOG2.offset as u64).to_bits()),
            r_qpc_cqn: Constant::new((regs::QPC_CQN.offset as u64).to_bits()),
            r_qpc_pd: Constant::new((regs::QPC_PD.offset as u64).to_bits()),
            r_qpc_udp_sport: Constant::new((regs::QPC_UDP_SPORT.offset as u64).to_bits()),
            r_qpc_cmd: Constant::new((regs::QPC_CMD.offset as u64).to_bits()),
            r_mr_sel: Constant::new((regs::MR_SEL.offset as u64).to_bits()),
            r_mr_key: Constant::new((regs::MR_KEY.offset as u64).to_bits()),
            r_mr_va_lo: Constant::new((regs::MR_VA_LO.offset as u64).to_bits()),
            r_mr_va_hi: Constant::new((regs::MR_VA_HI.offset as u64).to_bits()),
            r_mr_len: Constant::new((regs::MR_LEN.offset as u64).to_bits()),
            r_mr_iova_lo: Constant::new((regs::MR_IOVA_LO.offset as u64).to_bits()),
            r_mr_iova_hi: Constant::new((regs::MR_IOVA_HI.offset as u64).to_bits()),
            r_mr_pd: Constant::new((regs::MR_PD.offset as u64).to_bits()),
            r_mr_access: Constant::new((regs::MR_ACCESS.offset as u64).to_bits()),
            r_mr_cmd: Constant::new((regs::MR_CMD.offset as u64).to_bits()),
            r_cq_sel: Constant::new((regs::CQ_SEL.offset as u64).to_bits()),
            r_cq_base_lo: Constant::new((regs::CQ_BASE_LO.offset as u64).to_bits()),
            r_cq_base_hi: Constant::new((regs::CQ_BASE_HI.offset as u64).to_bits()),
            r_cq_log2: Constant::new((regs::CQ_LOG2.offset as u64).to_bits()),
            r_cq_vector: Constant::new((regs::CQ_VECTOR.offset as u64).to_bits()),
            r_cq_cmd: Constant::new((regs::CQ_CMD.offset as u64).to_bits()),
            f_swqe_opcode: Constant::new((queues::send_wqe::OPCODE.bit() as u64).to_bits()),
            f_swqe_signaled: Constant::new((queues::send_wqe::SIGNALED.bit() as u64).to_bits()),
            f_swqe_num_sge: Constant::new((queues::send_wqe::NUM_SGE.bit() as u64).to_bits()),
            f_swqe_imm: Constant::new((queues::send_wqe::IMM.bit() as u64).to_bits()),
            f_swqe_wr_id: Constant::new((queues::send_wqe::WR_ID.bit() as u64).to_bits()),
            f_swqe_remote_addr: Constant::new((queues::send_wqe::REMOTE_ADDR.bit() as u64).to_bits()),
            f_swqe_rkey: Constant::new((queues::send_wqe::RKEY.bit() as u64).to_bits()),
            f_swqe_sge0_addr: Constant::new((queues::send_wqe::SGE0_ADDR.bit() as u64).to_bits()),
            f_swqe_sge0_len: Constant::new((queues::send_wqe::SGE0_LEN.bit() as u64).to_bits()),
            f_swqe_sge0_lkey: Constant::new((queues::send_wqe::SGE0_LKEY.bit() as u64).to_bits()),
            f_swqe_sge1_addr: Constant::new((queues::send_wqe::SGE1_ADDR.bit() as u64).to_bits()),
            f_swqe_sge1_len: Constant::new((queues::send_wqe::SGE1_LEN.bit() as u64).to_bits()),
            f_swqe_sge1_lkey: Constant::new((queues::send_wqe::SGE1_LKEY.bit() as u64).to_bits()),
            f_rwqe_wr_id: Constant::new((queues::recv_wqe::WR_ID.bit() as u64).to_bits()),
            f_rwqe_addr: Constant::new((queues::recv_wqe::ADDR.bit() as u64).to_bits()),
            f_rwqe_len: Constant::new((queues::recv_wqe::LEN.bit() as u64).to_bits()),
            f_rwqe_lkey: Constant::new((queues::recv_wqe::LKEY.bit() as u64).to_bits()),
            f_cqe_wr_id: Constant::new((queues::cqe::WR_ID.bit() as u64).to_bits()),
            f_cqe_byte_len: Constant::new((queues::cqe::BYTE_LEN.bit() as u64).to_bits()),
            f_cqe_imm: Constant::new((queues::cqe::IMM.bit() as u64).to_bits()),
            f_cqe_qpn: Constant::new((queues::cqe::QPN.bit() as u64).to_bits()),
            f_cqe_status: Constant::new((queues::cqe::STATUS.bit() as u64).to_bits()),
            f_cqe_opcode: Constant::new((queues::cqe::OPCODE.bit() as u64).to_bits()),
            f_cqe_imm_valid: Constant::new((queues::cqe::IMM_VALID.bit() as u64).to_bits()),
            f_cqe_owner: Constant::new((queues::cqe::OWNER.bit() as u64).to_bits()),
            f_qpc_state: Constant::new((queues::qpc::STATE.bit() as u64).to_bits()),
            f_qpc_pmtu_log2: Constant::new((queues::qpc::PMTU_LOG2.bit() as u64).to_bits()),
            f_qpc_dest_qpn: Constant::new((queues::qpc::DEST_QPN.bit() as u64).to_bits()),
            f_qpc_sq_psn: Constant::new((queues::qpc::SQ_PSN.bit() as u64).to_bits()),
            f_qpc_rq_psn: Constant::new((queues::qpc::RQ_PSN.bit() as u64).to_bits()),
            f_qpc_nak_sent: Constant::new((queues::qpc::NAK_SENT.bit() as u64).to_bits()),
            f_qpc_dmac: Constant::new((queues::qpc::DMAC.bit() as u64).to_bits()),
            f_qpc_dip: Constant::new((queues::qpc::DIP.bit() as u64).to_bits()),
            f_qpc_sq_base: Constant::new((queues::qpc::SQ_BASE.bit() as u64).to_bits()),
            f_qpc_rq_base: Constant::new((queues::qpc::RQ_BASE.bit() as u64).to_bits()),
            f_qpc_sq_log2: Constant::new((queues::qpc::SQ_LOG2.bit() as u64).to_bits()),
            f_qpc_rq_log2: Constant::new((queues::qpc::RQ_LOG2.bit() as u64).to_bits()),
            f_qpc_scq: Constant::new((queues::qpc::SCQ.bit() as u64).to_bits()),
            f_qpc_rcq: Constant::new((queues::qpc::RCQ.bit() as u64).to_bits()),
            f_qpc_pd: Constant::new((queues::qpc::PD.bit() as u64).to_bits()),
            f_qpc_udp_sport: Constant::new((queues::qpc::UDP_SPORT.bit() as u64).to_bits()),
            f_qpc_sq_ci: Constant::new((queues::qpc::SQ_CI.bit() as u64).to_bits()),
            f_qpc_rq_ci: Constant::new((queues::qpc::RQ_CI.bit() as u64).to_bits()),
            f_qpc_msn: Constant::new((queues::qpc::MSN.bit() as u64).to_bits()),
            f_qpc_flight_psn: Constant::new((queues::qpc::FLIGHT_PSN.bit() as u64).to_bits()),
            f_qpc_sq_next: Constant::new((queues::qpc::SQ_NEXT.bit() as u64).to_bits()),
            f_qpc_resp_active: Constant::new((queues::qpc::RESP_ACTIVE.bit() as u64).to_bits()),
            f_qpc_resp_is_send: Constant::new((queues::qpc::RESP_IS_SEND.bit() as u64).to_bits()),
            f_qpc_resp_iova: Constant::new((queues::qpc::RESP_IOVA.bit() as u64).to_bits()),
            f_qpc_resp_left: Constant::new((queues::qpc::RESP_LEFT.bit() as u64).to_bits()),
            f_qpc_resp_done: Constant::new((queues::qpc::RESP_DONE.bit() as u64).to_bits()),
            f_qpc_resp_wr_id: Constant::new((queues::qpc::RESP_WR_ID.bit() as u64).to_bits()),
            f_mr_valid: Constant::new((queues::mr::VALID.bit() as u64).to_bits()),
            f_mr_access: Constant::new((queues::mr::ACCESS.bit() as u64).to_bits()),
            f_mr_pd: Constant::new((queues::mr::PD.bit() as u64).to_bits()),
            f_mr_key: Constant::new((queues::mr::KEY.bit() as u64).to_bits()),
            f_mr_va: Constant::new((queues::mr::VA.bit() as u64).to_bits()),
            f_mr_iova: Constant::new((queues::mr::IOVA.bit() as u64).to_bits()),
            f_mr_len: Constant::new((queues::mr::LEN.bit() as u64).to_bits()),
            f_cq_base: Constant::new((queues::cq::BASE.bit() as u64).to_bits()),
            f_cq_log2: Constant::new((queues::cq::LOG2.bit() as u64).to_bits()),
            f_cq_valid: Constant::new((queues::cq::VALID.bit() as u64).to_bits()),
            f_cq_vector: Constant::new((queues::cq::VECTOR.bit() as u64).to_bits()),
            f_cq_pi: Constant::new((queues::cq::PI.bit() as u64).to_bits()),
        }
    }
}

fn icrc_cover() -> Bits<80> {
    let mut v = Bits::<80>::default();
    for b in wire::ETH_LEN..80 {
        v = v.replace_bit(b, true);
    }
    v
}

fn icrc_ones() -> Bits<HDR_BITS> {
    let mut v = Bits::<HDR_BITS>::default();
    for b in wire::ICRC_MASKED_BYTES {
        for i in 0..8 {
            v = v.replace_bit(8 * b + i, true);
        }
    }
    v
}

/// The engine's Verilog, as checked in at `hdl/verilog/openrnic_engine.v`.
pub fn generate_verilog_text() -> String {
    let mut uut = Engine::default();
    uut.connect_all();
    generate_verilog(&uut)
}

impl Logic for Engine {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, enable, mac, ip, ack_timeout, rnr_delay, rnr_timer, rnr_mask, qs_sel, qs_state, qs_dqpn, qs_sq_psn, qs_rq_psn,
            qs_dmac, qs_dip, qs_pmtu, qs_sq_base, qs_sq_log2, qs_rq_base, qs_rq_log2, qs_cqn, qs_pd, qs_sport,
            ms_sel, ms_key, ms_va, ms_len, ms_iova, ms_pd, ms_access, cs_sel, cs_base, cs_log2, cs_vector,
            qpc_cmd, mr_cmd, cq_cmd, sq_pending, cq_armed, rdata, rvalid,
            cnt_rx_frames, cnt_rx_bad_icrc, cnt_rx_malformed, cnt_rx_not_roce, cnt_rx_bad_qp, cnt_rx_duplicate,
            cnt_nak_seq_sent, cnt_nak_access_sent, cnt_rnr_nak_sent, cnt_nak_invalid_sent, cnt_tx_frames,
            cnt_tx_acks, cnt_rx_acks, cnt_rx_naks, cnt_retransmits, cnt_dma_errors, cnt_wqe_errors, cnt_cq_overflow,
            rx_wptr, rx_full, rx_len, rx_crc_state, rx_crc_ok, rx_overflow, rx_hdr,
            cur_slot, pend_full, pend_len, pend_crc_ok, pend_ovf, pend_hdr, pend_slot, in_slot, in_ovf, in_hdr,
            seq, ret, sub_ret, qp, mr_idx, rx_job, modify_job,
            c_state, c_pmtu, c_dqpn, c_sq_psn, c_rq_psn, c_nak_sent, c_dmac, c_dip, c_sq_base, c_rq_base,
            c_sq_log2, c_rq_log2, c_scq, c_rcq, c_pd, c_sport, c_sq_ci, c_rq_ci, c_msn, c_sq_next,
            c_flight_psn, c_resp_active, c_resp_is_send, c_resp_iova, c_resp_left, c_resp_done, c_resp_wr_id,
            w_opcode, w_imm, w_raddr, w_rkey, w_len, w_laddr, w_lkey, w_liova, msg_off, msg_left, seg_len,
            t_opcode, t_psn, t_ack_req, t_reth, t_aeth, t_imm, t_syndrome,
            ser_hdr, ser_phase, ser_left, ser_word, ser_pw, ser_crc, ser_done, ser_pad,
            rd_addr, rd_len, rd_beat, rd_err, rdbuf,
            g_active, g_req, g_addr, g_len, g_wptr, g_half, g_err, ser_half, pl_ptr, pl_skip, pl_left, wr_addr, wr_len, wr_from_cqe, wr_busy,
            q_wr_id, q_len, q_imm, q_status, q_opcode, q_imm_valid, q_cqn, q_buf, q_beat, q_row_pi,
            ack_timer, wait_mask, retx_mask, rr_last, irq, irq_vec);
        self.qp_ram.read_clock.next = self.clock.val();
        self.qp_ram.write_clock.next = self.clock.val();
        self.mr_ram.read_clock.next = self.clock.val();
        self.mr_ram.write_clock.next = self.clock.val();
        self.cq_ram.read_clock.next = self.clock.val();
        self.cq_ram.write_clock.next = self.clock.val();
        self.sqpi_ram.read_clock.next = self.clock.val();
        self.sqpi_ram.write_clock.next = self.clock.val();
        self.rqpi_ram.read_clock.next = self.clock.val();
        self.rqpi_ram.write_clock.next = self.clock.val();
        self.cqci_ram.read_clock.next = self.clock.val();
        self.cqci_ram.write_clock.next = self.clock.val();
        self.txbuf.read_clock.next = self.clock.val();
        self.flight.read_clock.next = self.clock.val();
        self.flight.write_clock.next = self.clock.val();
        self.txbuf.write_clock.next = self.clock.val();
        self.rxbuf.read_clock.next = self.clock.val();
        self.rxbuf.write_clock.next = self.clock.val();
        self.tx_pack.clock.next = self.clock.val();
        self.wr_pack.clock.next = self.clock.val();
        self.tx_pack.reset.next = self.reset.val();
        self.wr_pack.reset.next = self.reset.val();

        // ================= defaults =================
        self.rx_release.next = false;
        self.owner.next = false;
        self.icrc_out.next = 0.into();
        self.set_pending.next = 0.into();
        self.clr_pending.next = 0.into();
        self.set_wait.next = 0.into();
        self.set_rnr.next = 0.into();
        self.set_armed.next = 0.into();
        self.clr_armed.next = 0.into();
        self.clr_wait.next = 0.into();
        self.set_retx.next = 0.into();
        self.clr_retx.next = 0.into();
        self.inc_rx_frames.next = false;
        self.inc_rx_bad_icrc.next = false;
        self.inc_rx_malformed.next = false;
        self.inc_rx_not_roce.next = false;
        self.inc_rx_bad_qp.next = false;
        self.inc_rx_duplicate.next = false;
        self.inc_nak_seq_sent.next = false;
        self.inc_nak_access_sent.next = false;
        self.inc_rnr_nak_sent.next = false;
        self.inc_nak_invalid_sent.next = false;
        self.inc_tx_frames.next = false;
        self.inc_tx_acks.next = false;
        self.inc_rx_acks.next = false;
        self.inc_rx_naks.next = false;
        self.inc_retransmits.next = false;
        self.inc_dma_errors.next = false;
        self.inc_wqe_errors.next = false;
        self.inc_cq_overflow.next = false;
        self.qp_bit.next = self.k_one_q.val() << self.qp.q.val();
        // The request is held until the interrupt controller takes it.
        self.irq.d.next = self.irq.q.val() & !self.irq_ready.val();
        self.dma_rd_resp_ready.next = true;
        self.next_timer.next = 0xFFFF_FFFF_u64.into();
        self.irq_valid.next = self.irq.q.val();
        self.irq_vector.next = self.irq_vec.q.val();

        // RAM ports: reads follow their index registers; writes only where a state says so.
        self.qp_ram.read_address.next = self.qp.q.val();
        self.qp_ram.write_address.next = self.qp.q.val();
        self.qp_ram.write_enable.next = false;
        self.mr_ram.read_address.next = self.mr_idx.q.val();
        self.mr_ram.write_address.next = self.ms_sel.q.val();
        self.mr_ram.write_enable.next = false;
        self.mr_ram.write_data.next = 0.into();
        self.cq_ram.read_address.next = self.q_cqn.q.val();
        self.cq_ram.write_address.next = self.q_cqn.q.val();
        self.cq_ram.write_enable.next = false;
        self.cq_ram.write_data.next = 0.into();
        self.sqpi_ram.read_address.next = self.qp.q.val();
        self.rqpi_ram.read_address.next = self.qp.q.val();
        self.cqci_ram.read_address.next = self.q_cqn.q.val();
        self.sqpi_ram.write_enable.next = false;
        self.rqpi_ram.write_enable.next = false;
        self.cqci_ram.write_enable.next = false;
        self.sqpi_ram.write_address.next = 0.into();
        self.rqpi_ram.write_address.next = 0.into();
        self.cqci_ram.write_address.next = 0.into();
        self.sqpi_ram.write_data.next = 0.into();
        self.rqpi_ram.write_data.next = 0.into();
        self.cqci_ram.write_data.next = 0.into();
        self.txbuf.write_enable.next = false;
        self.txbuf.write_address.next = self.g_wptr.q.val();
        self.txbuf.write_data.next = self.dma_rd_resp_data.val();
        self.txbuf.read_address.next = self.ser_pw.q.val();
        self.rxbuf.write_enable.next = false;
        self.rxbuf.write_address.next = bit_cast::<RXBUF_LOG2, 12>(self.rx_wptr.q.val()) & (self.k_rxslot.val() - 1);
        if self.in_slot.q.val() {
            self.rxbuf.write_address.next = self.rxbuf.write_address.val() | self.k_rxslot.val();
        }
        self.rxbuf.write_data.next = self.rx_data.val();
        self.rxbuf.read_address.next = self.pl_ptr.q.val();

        // ================= register file =================
        self.rvalid.d.next = self.reg_read.val();
        self.reg_rvalid.next = self.rvalid.q.val();
        self.reg_rdata.next = self.rdata.q.val();
        self.db_off.next = self.reg_addr.val() - self.k_qpdb_base.val();
        self.db_qp.next = self.db_off.val().get_bits::<TABLE_LOG2>(self.k_qpdb_shift.val().index());
        if self.reg_write.val() {
            if self.reg_addr.val() == self.r_ctrl.val() {
                self.enable.d.next = self.reg_wdata.val().get_bit(0);
            }
            if self.reg_addr.val() == self.r_mac_lo.val() {
                self.mac.d.next = (self.mac.q.val() & 0xFFFF_0000_0000u64) | bit_cast::<48, 32>(self.reg_wdata.val());
            }
            if self.reg_addr.val() == self.r_mac_hi.val() {
                self.mac.d.next = (self.mac.q.val() & 0xFFFF_FFFFu64) | (bit_cast::<48, 16>(self.reg_wdata.val().get_bits::<16>(0)) << 32);
            }
            if self.reg_addr.val() == self.r_ipv4.val() {
                self.ip.d.next = self.reg_wdata.val();
            }
            if self.reg_addr.val() == self.r_ack_timeout.val() {
                self.ack_timeout.d.next = self.reg_wdata.val();
            }
            if self.reg_addr.val() == self.r_rnr_delay.val() {
                self.rnr_delay.d.next = self.reg_wdata.val();
            }
            if self.reg_addr.val() == self.r_qpc_sel.val() {
                self.qs_sel.d.next = self.reg_wdata.val().get_bits::<TABLE_LOG2>(0);
            }
            if self.reg_addr.val() == self.r_qpc_state.val() {
                self.qs_state.d.next = self.reg_wdata.val().get_bits::<W_QPC_STATE>(0);
            }
            if self.reg_addr.val() == self.r_qpc_dest_qpn.val() {
                self.qs_dqpn.d.next = self.reg_wdata.val().get_bits::<W_QPC_DEST_QPN>(0);
            }
            if self.reg_addr.val() == self.r_qpc_sq_psn.val() {
                self.qs_sq_psn.d.next = self.reg_wdata.val().get_bits::<W_QPC_SQ_PSN>(0);
            }
            if self.reg_addr.val() == self.r_qpc_rq_psn.val() {
                self.qs_rq_psn.d.next = self.reg_wdata.val().get_bits::<W_QPC_RQ_PSN>(0);
            }
            if self.reg_addr.val() == self.r_qpc_dmac_lo.val() {
                self.qs_dmac.d.next = (self.qs_dmac.q.val() & 0xFFFF_0000_0000u64) | bit_cast::<48, 32>(self.reg_wdata.val());
            }
            if self.reg_addr.val() == self.r_qpc_dmac_hi.val() {
                self.qs_dmac.d.next = (self.qs_dmac.q.val() & 0xFFFF_FFFFu64) | (bit_cast::<48, 16>(self.reg_wdata.val().get_bits::<16>(0)) << 32);
            }
            if self.reg_addr.val() == self.r_qpc_dip.val() {
                self.qs_dip.d.next = self.reg_wdata.val();
            }
            if self.reg_addr.val() == self.r_qpc_pmtu_log2.val() {
                self.qs_pmtu.d.next = self.reg_wdata.val().get_bits::<W_QPC_PMTU_LOG2>(0);
            }
            if self.reg_addr.val() == self.r_qpc_sq_base_lo.val() {
                self.qs_sq_base.d.next = (self.qs_sq_base.q.val() & 0xFFFF_FFFF_0000_0000u64) | bit_cast::<64, 32>(self.reg_wdata.val());
            }
            if self.reg_addr.val() == self.r_qpc_sq_base_hi.val() {
                self.qs_sq_base.d.next = (self.qs_sq_base.q.val() & 0xFFFF_FFFFu64) | (bit_cast::<64, 32>(self.reg_wdata.val()) << 32);
            }
            if self.reg_addr.val() == self.r_qpc_sq_log2.val() {
                self.qs_sq_log2.d.next = self.reg_wdata.val().get_bits::<W_QPC_SQ_LOG2>(0);
            }
            if self.reg_addr.val() == self.r_qpc_rq_base_lo.val() {
                self.qs_rq_base.d.next = (self.qs_rq_base.q.val() & 0xFFFF_FFFF_0000_0000u64) | bit_cast::<64, 32>(self.reg_wdata.val());
            }
            if self.reg_addr.val() == self.r_qpc_rq_base_hi.val() {
                self.qs_rq_base.d.next = (self.qs_rq_base.q.val() & 0xFFFF_FFFFu64) | (bit_cast::<64, 32>(self.reg_wdata.val()) << 32);
            }
            if self.reg_addr.val() == self.r_qpc_rq_log2.val() {
                self.qs_rq_log2.d.next = self.reg_wdata.val().get_bits::<W_QPC_RQ_LOG2>(0);
            }
            if self.reg_addr.val() == self.r_qpc_cqn.val() {
                self.qs_cqn.d.next = self.reg_wdata.val();
            }
            if self.reg_addr.val() == self.r_qpc_pd.val() {
                self.qs_pd.d.next = self.reg_wdata.val().get_bits::<W_QPC_PD>(0);
            }
            if self.reg_addr.val() == self.r_qpc_udp_sport.val() {
                self.qs_sport.d.next = self.reg_wdata.val().get_bits::<W_QPC_UDP_SPORT>(0);
            }
            if self.reg_addr.val() == self.r_qpc_cmd.val() {
                self.qpc_cmd.d.next = self.reg_wdata.val().get_bits::<2>(0);
                if self.reg_wdata.val().get_bits::<2>(0) != 3 {
                    // A new incarnation of the QP starts its queues at index 0; MODIFY keeps them.
                    self.sqpi_ram.write_enable.next = true;
                    self.sqpi_ram.write_address.next = self.qs_sel.q.val();
                    self.rqpi_ram.write_enable.next = true;
                    self.rqpi_ram.write_address.next = self.qs_sel.q.val();
                }
            }
            if self.reg_addr.val() == self.r_mr_sel.val() {
                self.ms_sel.d.next = self.reg_wdata.val().get_bits::<TABLE_LOG2>(0);
            }
            if self.reg_addr.val() == self.r_mr_key.val() {
                self.ms_key.d.next = self.reg_wdata.val();
            }
            if self.reg_addr.val() == self.r_mr_va_lo.val() {
                self.ms_va.d.next = (self.ms_va.q.val() & 0xFFFF_FFFF_0000_0000u64) | bit_cast::<64, 32>(self.reg_wdata.val());
            }
            if self.reg_addr.val() == self.r_mr_va_hi.val() {
                self.ms_va.d.next = (self.ms_va.q.val() & 0xFFFF_FFFFu64) | (bit_cast::<64, 32>(self.reg_wdata.val()) << 32);
            }
            if self.reg_addr.val() == self.r_mr_len.val() {
                self.ms_len.d.next = self.reg_wdata.val();
            }
            if self.reg_addr.val() == self.r_mr_iova_lo.val() {
                self.ms_iova.d.next = (self.ms_iova.q.val() & 0xFFFF_FFFF_0000_0000u64) | bit_cast::<64, 32>(self.reg_wdata.val());
            }
            if self.reg_addr.val() == self.r_mr_iova_hi.val() {
                self.ms_iova.d.next = (self.ms_iova.q.val() & 0xFFFF_FFFFu64) | (bit_cast::<64, 32>(self.reg_wdata.val()) << 32);
            }
            if self.reg_addr.val() == self.r_mr_pd.val() {
                self.ms_pd.d.next = self.reg_wdata.val().get_bits::<W_MR_PD>(0);
            }
            if self.reg_addr.val() == self.r_mr_access.val() {
                self.ms_access.d.next = self.reg_wdata.val().get_bits::<W_MR_ACCESS>(0);
            }
            if self.reg_addr.val() == self.r_mr_cmd.val() {
                self.mr_cmd.d.next = self.reg_wdata.val().get_bits::<2>(0);
            }
            if self.reg_addr.val() == self.r_cq_sel.val() {
                self.cs_sel.d.next = self.reg_wdata.val().get_bits::<TABLE_LOG2>(0);
            }
            if self.reg_addr.val() == self.r_cq_base_lo.val() {
                self.cs_base.d.next = (self.cs_base.q.val() & 0xFFFF_FFFF_0000_0000u64) | bit_cast::<64, 32>(self.reg_wdata.val());
            }
            if self.reg_addr.val() == self.r_cq_base_hi.val() {
                self.cs_base.d.next = (self.cs_base.q.val() & 0xFFFF_FFFFu64) | (bit_cast::<64, 32>(self.reg_wdata.val()) << 32);
            }
            if self.reg_addr.val() == self.r_cq_log2.val() {
                self.cs_log2.d.next = self.reg_wdata.val().get_bits::<W_CQ_LOG2>(0);
            }
            if self.reg_addr.val() == self.r_cq_vector.val() {
                self.cs_vector.d.next = self.reg_wdata.val().get_bits::<W_CQ_VECTOR>(0);
            }
            if self.reg_addr.val() == self.r_cq_cmd.val() {
                self.cq_cmd.d.next = self.reg_wdata.val().get_bits::<2>(0);
                self.cqci_ram.write_enable.next = true;
                self.cqci_ram.write_address.next = self.cs_sel.q.val();
            }
            // Doorbells.
            if self.db_off.val() < self.k_qpdb_span.val() {
                if (self.db_off.val() & 0xF) == self.k_sq_pi.val() {
                    self.sqpi_ram.write_enable.next = true;
                    self.sqpi_ram.write_address.next = self.db_qp.val();
                    self.sqpi_ram.write_data.next = self.reg_wdata.val().get_bits::<16>(0);
                    self.set_pending.next = self.set_pending.val() | (self.k_one_q.val() << self.db_qp.val());
                }
                if (self.db_off.val() & 0xF) == self.k_rq_pi.val() {
                    self.rqpi_ram.write_enable.next = true;
                    self.rqpi_ram.write_address.next = self.db_qp.val();
                    self.rqpi_ram.write_data.next = self.reg_wdata.val().get_bits::<16>(0);
                }
            }
        }
        // CQ doorbells (their own offset computation, shared write ports with CQ_CMD above;
        // a single register write never hits both).
        self.db_off.next = self.reg_addr.val() - self.k_cqdb_base.val();
        self.db_cq.next = self.db_off.val().get_bits::<TABLE_LOG2>(self.k_cqdb_shift.val().index());
        if self.reg_write.val() & (self.db_off.val() < self.k_cqdb_span.val()) {
            if (self.db_off.val() & 0x7) == self.k_cq_ci.val() {
                self.cqci_ram.write_enable.next = true;
                self.cqci_ram.write_address.next = self.db_cq.val();
                self.cqci_ram.write_data.next = self.reg_wdata.val().get_bits::<16>(0);
            }
            if (self.db_off.val() & 0x7) == self.k_cq_arm.val() {
                if self.reg_wdata.val().get_bit(0) {
                    self.set_armed.next = self.k_one_q.val() << self.db_cq.val();
                } else {
                    self.clr_armed.next = self.k_one_q.val() << self.db_cq.val();
                }
            }
        }
        // Register reads (registered, one cycle later).
        self.rdata.d.next = 0.into();
        if self.reg_read.val() {
            if self.reg_addr.val() == self.r_id.val() {
                self.rdata.d.next = self.k_id.val();
            }
            if self.reg_addr.val() == self.r_version.val() {
                self.rdata.d.next = self.k_version.val();
            }
            if self.reg_addr.val() == self.r_cap_datapath.val() {
                self.rdata.d.next = self.k_datapath.val();
            }
            if (self.reg_addr.val() == self.r_cap_qps.val()) | (self.reg_addr.val() == self.r_cap_mrs.val()) | (self.reg_addr.val() == self.r_cap_cqs.val()) {
                self.rdata.d.next = self.k_table_size.val();
            }
            if self.reg_addr.val() == self.r_cap_max_mtu.val() {
                self.rdata.d.next = self.k_max_mtu.val();
            }
            if self.reg_addr.val() == self.r_cap_features.val() {
                self.rdata.d.next = self.k_features.val();
            }
            if self.reg_addr.val() == self.r_ctrl.val() {
                self.rdata.d.next = bit_cast::<32, 1>(self.enable.q.val().into());
            }
            if self.reg_addr.val() == self.r_status.val() {
                self.rdata.d.next = bit_cast::<32, 1>((self.seq.q.val() != Seq::Idle).into())
                    | (bit_cast::<32, 1>((self.qpc_cmd.q.val().any() | self.mr_cmd.q.val().any() | self.cq_cmd.q.val().any()).into()) << 1);
            }
            if self.reg_addr.val() == self.r_mac_lo.val() {
                self.rdata.d.next = self.mac.q.val().get_bits::<32>(0);
            }
            if self.reg_addr.val() == self.r_mac_hi.val() {
                self.rdata.d.next = bit_cast::<32, 16>(self.mac.q.val().get_bits::<16>(32));
            }
            if self.reg_addr.val() == self.r_ipv4.val() {
                self.rdata.d.next = self.ip.q.val();
            }
            if self.reg_addr.val() == self.r_ack_timeout.val() {
                self.rdata.d.next = self.ack_timeout.q.val();
            }
            if self.reg_addr.val() == self.r_rnr_delay.val() {
                self.rdata.d.next = self.rnr_delay.q.val();
            }
            if self.reg_addr.val() == self.r_cnt_rx_frames.val() {
                self.rdata.d.next = self.cnt_rx_frames.q.val();
            }
            if self.reg_addr.val() == self.r_cnt_rx_bad_icrc.val() {
                self.rdata.d.next = self.cnt_rx_bad_icrc.q.val();
            }
            if self.reg_addr.val() == self.r_cnt_rx_malformed.val() {
                self.rdata.d.next = self.cnt_rx_malformed.q.val();
            }
            if self.reg_addr.val() == self.r_cnt_rx_not_roce.val() {
                self.rdata.d.next = self.cnt_rx_not_roce.q.val();
            }
            if self.reg_addr.val() == self.r_cnt_rx_bad_qp.val() {
                self.rdata.d.next = self.cnt_rx_bad_qp.q.val();
            }
            if self.reg_addr.val() == self.r_cnt_rx_duplicate.val() {
                self.rdata.d.next = self.cnt_rx_duplicate.q.val();
            }
            if self.reg_addr.val() == self.r_cnt_nak_seq_sent.val() {
                self.rdata.d.next = self.cnt_nak_seq_sent.q.val();
            }
            if self.reg_addr.val() == self.r_cnt_nak_access_sent.val() {
                self.rdata.d.next = self.cnt_nak_access_sent.q.val();
            }
            if self.reg_addr.val() == self.r_cnt_rnr_nak_sent.val() {
                self.rdata.d.next = self.cnt_rnr_nak_sent.q.val();
            }
            if self.reg_addr.val() == self.r_cnt_nak_invalid_sent.val() {
                self.rdata.d.next = self.cnt_nak_invalid_sent.q.val();
            }
            if self.reg_addr.val() == self.r_cnt_tx_frames.val() {
                self.rdata.d.next = self.cnt_tx_frames.q.val();
            }
            if self.reg_addr.val() == self.r_cnt_tx_acks.val() {
                self.rdata.d.next = self.cnt_tx_acks.q.val();
            }
            if self.reg_addr.val() == self.r_cnt_rx_acks.val() {
                self.rdata.d.next = self.cnt_rx_acks.q.val();
            }
            if self.reg_addr.val() == self.r_cnt_rx_naks.val() {
                self.rdata.d.next = self.cnt_rx_naks.q.val();
            }
            if self.reg_addr.val() == self.r_cnt_retransmits.val() {
                self.rdata.d.next = self.cnt_retransmits.q.val();
            }
            if self.reg_addr.val() == self.r_cnt_dma_errors.val() {
                self.rdata.d.next = self.cnt_dma_errors.q.val();
            }
            if self.reg_addr.val() == self.r_cnt_wqe_errors.val() {
                self.rdata.d.next = self.cnt_wqe_errors.q.val();
            }
            if self.reg_addr.val() == self.r_cnt_cq_overflow.val() {
                self.rdata.d.next = self.cnt_cq_overflow.q.val();
            }
            if self.reg_addr.val() == self.r_qpc_sel.val() {
                self.rdata.d.next = bit_cast::<32, TABLE_LOG2>(self.qs_sel.q.val());
            }
            if self.reg_addr.val() == self.r_qpc_state.val() {
                self.rdata.d.next = bit_cast::<32, W_QPC_STATE>(self.qs_state.q.val());
            }
            if self.reg_addr.val() == self.r_qpc_dest_qpn.val() {
                self.rdata.d.next = bit_cast::<32, W_QPC_DEST_QPN>(self.qs_dqpn.q.val());
            }
            if self.reg_addr.val() == self.r_qpc_sq_psn.val() {
                self.rdata.d.next = bit_cast::<32, W_QPC_SQ_PSN>(self.qs_sq_psn.q.val());
            }
            if self.reg_addr.val() == self.r_qpc_rq_psn.val() {
                self.rdata.d.next = bit_cast::<32, W_QPC_RQ_PSN>(self.qs_rq_psn.q.val());
            }
            if self.reg_addr.val() == self.r_qpc_pmtu_log2.val() {
                self.rdata.d.next = bit_cast::<32, W_QPC_PMTU_LOG2>(self.qs_pmtu.q.val());
            }
            if self.reg_addr.val() == self.r_mr_sel.val() {
                self.rdata.d.next = bit_cast::<32, TABLE_LOG2>(self.ms_sel.q.val());
            }
            if self.reg_addr.val() == self.r_mr_key.val() {
                self.rdata.d.next = self.ms_key.q.val();
            }
            if self.reg_addr.val() == self.r_cq_sel.val() {
                self.rdata.d.next = bit_cast::<32, TABLE_LOG2>(self.cs_sel.q.val());
            }
        }

        // ================= RX frame buffer with ICRC check =================
        // A frame is received into slot `in_slot` whenever a slot is free: the other slot
        // may hold the frame the sequencer is working on.
        self.rx_ready.next = !self.pend_full.q.val();
        self.rx_swap.word_in.next = self.rx_data.val();
        // Bytes counted by the ICRC: everything after the Ethernet header, with the
        // variant fields (TOS, TTL, IP checksum, UDP checksum, BTH reserved byte) as ones.
        self.rx_lane_en.next = self.rx_keep.val();
        self.rx_ff.next = 0.into();
        if self.rx_wptr.q.val() < 10 {
            self.rx_lane_en.next = self.rx_keep.val() & self.k_icrc_cover.val().get_bits::<8>((bit_cast::<7, 12>(self.rx_wptr.q.val()) << 3).index());
            self.rx_ff.next = self.k_icrc_ones.val().get_bits::<64>((bit_cast::<10, 12>(self.rx_wptr.q.val()) << 6).index());
        }
        self.rx_crc.crc_in.next = self.rx_crc_state.q.val();
        self.rx_crc.data.next = self.rx_data.val() | self.rx_ff.val();
        self.rx_crc.enable.next = self.rx_lane_en.val();
        self.rx_crc_after.next = self.rx_crc.crc_out.val();
        self.rx_beat_len.next = 8.into();
        for lane in 0..8 {
            if !self.rx_keep.val().get_bit(lane) & (self.rx_beat_len.val() == 8) {
                self.rx_beat_len.next = lane.to_bits();
            }
        }
        self.in_hdr_next.next = self.in_hdr.q.val();
        self.rx_done.next = false;
        self.done_len.next = 0.into();
        self.done_crc_ok.next = false;
        self.done_ovf.next = false;
        if self.rx_valid.val() & !self.pend_full.q.val() {
            if self.rx_wptr.q.val() < self.k_rxslot_words.val() {
                self.rxbuf.write_enable.next = true;
            } else {
                self.in_ovf.d.next = true;
            }
            if self.rx_wptr.q.val() < 10 {
                self.in_hdr_next.next = self.in_hdr.q.val() | (bit_cast::<HDR_BITS, 64>(self.rx_swap.word_out.val())
                    << ((9 - bit_cast::<10, 12>(self.rx_wptr.q.val())) << 6));
            }
            self.in_hdr.d.next = self.in_hdr_next.val();
            if self.rx_wptr.q.val() != 0xFFF {
                self.rx_wptr.d.next = self.rx_wptr.q.val() + 1;
            }
            self.rx_crc_state.d.next = self.rx_crc_after.val();
            if self.rx_last.val() {
                // Frame complete: hand it over (bookkeeping below), start the next one.
                self.rx_done.next = true;
                self.done_len.next = (bit_cast::<16, 12>(self.rx_wptr.q.val()) << 3) + bit_cast::<16, 4>(self.rx_beat_len.val());
                self.done_crc_ok.next = self.rx_crc_after.val() == self.k_residue.val();
                self.done_ovf.next = self.in_ovf.q.val() | (self.rx_wptr.q.val() >= self.k_rxslot_words.val());
                self.rx_wptr.d.next = 0.into();
                self.rx_crc_state.d.next = self.k_icrc_seed.val();
                self.in_hdr.d.next = 0.into();
                self.in_ovf.d.next = false;
                self.in_slot.d.next = !self.in_slot.q.val();
            }
        }
        if self.reset.val() {
            self.rx_wptr.d.next = 0.into();
            self.rx_crc_state.d.next = self.k_icrc_seed.val();
            self.in_hdr.d.next = 0.into();
            self.in_ovf.d.next = false;
        }

        // ================= header blocks =================
        self.rxh.enable.next = self.rx_full.q.val();
        self.rxh.hdr.next = self.rx_hdr.q.val();
        self.rxh.frame_len.next = self.rx_len.q.val();
        self.rxh.our_mac.next = self.mac.q.val();
        self.rxh.our_ip.next = self.ip.q.val();
        self.txh.enable.next = self.seq.q.val() == Seq::SendStart;
        self.txh.src_mac.next = self.mac.q.val();
        self.txh.dst_mac.next = self.c_dmac.q.val();
        self.txh.src_ip.next = self.ip.q.val();
        self.txh.dst_ip.next = self.c_dip.q.val();
        self.txh.udp_sport.next = self.c_sport.q.val();
        self.txh.opcode.next = self.t_opcode.q.val();
        self.txh.dest_qpn.next = self.c_dqpn.q.val();
        self.txh.ack_req.next = self.t_ack_req.q.val();
        self.txh.psn.next = self.t_psn.q.val();
        self.txh.has_reth.next = self.t_reth.q.val();
        self.txh.reth_va.next = self.w_raddr.q.val();
        self.txh.reth_rkey.next = self.w_rkey.q.val();
        self.txh.reth_len.next = self.w_len.q.val();
        self.txh.has_aeth.next = self.t_aeth.q.val();
        self.txh.aeth_syndrome.next = self.t_syndrome.q.val();
        self.txh.aeth_msn.next = self.c_msn.q.val();
        self.txh.has_imm.next = self.t_imm.q.val();
        self.txh.imm.next = self.w_imm.q.val();
        self.txh.payload_len.next = self.seg_len.q.val();

        // ================= serializer (TX frame -> packer -> MAC) =================
        self.tx_swap.word_in.next = self.ser_hdr.q.val().get_bits::<64>(self.k_hdr_top.val().index());
        self.ser_count.next = 8.into();
        if self.ser_left.q.val() < 8 {
            self.ser_count.next = self.ser_left.q.val().get_bits::<4>(0);
        }
        self.ser_ff.next = 0.into();
        self.ser_crc_en.next = 0xFF.into();
        if self.ser_phase.q.val() == 0 {
            self.tx_pack.in_data.next = self.tx_swap.word_out.val();
            if self.ser_word.q.val() < 10 {
                self.ser_crc_en.next = self.k_icrc_cover.val().get_bits::<8>((bit_cast::<7, 8>(self.ser_word.q.val()) << 3).index());
                self.ser_ff.next = self.k_icrc_ones.val().get_bits::<64>((bit_cast::<10, 8>(self.ser_word.q.val()) << 6).index());
            }
        } else if self.ser_phase.q.val() == 1 {
            self.tx_pack.in_data.next = self.txbuf.read_data.val();
        } else if self.ser_phase.q.val() == 2 {
            self.tx_pack.in_data.next = 0.into();
        } else {
            self.icrc_out.next = !self.ser_crc.q.val();
            self.tx_pack.in_data.next = bit_cast::<64, 32>(self.icrc_out.val());
            self.ser_count.next = 4.into();
        }
        self.ser_crc_en.next = self.ser_crc_en.val() & bit_cast::<8, 64>((self.k_one.val() << self.ser_count.val()) - self.k_one.val());
        self.tx_crc.crc_in.next = self.ser_crc.q.val();
        self.tx_crc.data.next = self.tx_pack.in_data.val() | self.ser_ff.val();
        self.tx_crc.enable.next = self.ser_crc_en.val();
        self.tx_pack.in_count.next = self.ser_count.val();
        self.tx_pack.in_last.next = self.ser_phase.q.val() == 3;
        self.tx_pack.in_valid.next = (self.seq.q.val() == Seq::Send) & !self.ser_done.q.val();
        self.ser_fire.next = self.tx_pack.in_valid.val() & self.tx_pack.in_ready.val();
        self.ser_phase_end.next = (self.ser_phase.q.val() == 3) | (bit_cast::<16, 4>(self.ser_count.val()) == self.ser_left.q.val());
        if self.ser_fire.val() & (self.ser_phase.q.val() == 1) {
            self.txbuf.read_address.next = self.ser_pw.q.val() + 1;
        }
        self.tx_valid.next = self.tx_pack.out_valid.val();
        self.tx_data.next = self.tx_pack.out_data.val();
        self.tx_keep.next = self.tx_pack.out_keep.val();
        self.tx_last.next = self.tx_pack.out_last.val();
        self.tx_pack.out_ready.next = self.tx_ready.val();

        // ================= DMA write port: payload packer or CQE beats =================
        self.pl_count.next = 8.into();
        if self.pl_skip.q.val().any() {
            self.pl_count.next = 8 - bit_cast::<4, 3>(self.pl_skip.q.val());
        }
        if bit_cast::<16, 4>(self.pl_count.val()) > self.pl_left.q.val() {
            self.pl_count.next = self.pl_left.q.val().get_bits::<4>(0);
        }
        self.wr_pack.in_data.next = self.rxbuf.read_data.val() >> (bit_cast::<6, 3>(self.pl_skip.q.val()) << 3);
        self.wr_pack.in_count.next = self.pl_count.val();
        self.wr_pack.in_last.next = bit_cast::<16, 4>(self.pl_count.val()) == self.pl_left.q.val();
        self.wr_pack.in_valid.next = (self.seq.q.val() == Seq::RxPlace) & self.pl_left.q.val().any();
        self.pl_fire.next = self.wr_pack.in_valid.val() & self.wr_pack.in_ready.val();
        if self.pl_fire.val() {
            self.rxbuf.read_address.next = self.pl_ptr.q.val() + 1;
        }
        self.dma_wr_addr.next = self.wr_addr.q.val();
        self.dma_wr_len.next = self.wr_len.q.val();
        if self.wr_from_cqe.q.val() {
            self.dma_wr_valid.next = self.seq.q.val() == Seq::CqWrite;
            self.dma_wr_data.next = self.q_buf.q.val().get_bits::<64>((bit_cast::<8, 2>(self.q_beat.q.val()) << 6).index());
            self.dma_wr_last.next = self.q_beat.q.val() == 3;
            self.wr_pack.out_ready.next = false;
        } else {
            self.dma_wr_valid.next = self.wr_pack.out_valid.val();
            self.dma_wr_data.next = self.wr_pack.out_data.val();
            self.dma_wr_last.next = self.wr_pack.out_last.val();
            self.wr_pack.out_ready.next = self.dma_wr_ready.val();
        }

        // ================= DMA read port =================
        // Two clients, never at once: the sequencer's reads (tag 1) happen outside the
        // send loop, the gather's (tag 2) only inside it.
        self.dma_rd_req_valid.next = (self.seq.q.val() == Seq::DmaRead) | self.g_req.q.val();
        self.dma_rd_req_addr.next = self.rd_addr.q.val();
        self.dma_rd_req_len.next = self.rd_len.q.val();
        self.dma_rd_req_tag.next = 1.into();
        if self.g_req.q.val() {
            self.dma_rd_req_addr.next = self.g_addr.q.val();
            self.dma_rd_req_len.next = self.g_len.q.val();
            self.dma_rd_req_tag.next = 2.into();
            if self.dma_rd_req_ready.val() {
                self.g_req.d.next = false;
            }
        }
        // Gather beats go straight into the TX buffer half being filled.
        if self.dma_rd_resp_valid.val() & (self.dma_rd_resp_tag.val() == 2) & self.g_active.q.val() {
            self.txbuf.write_enable.next = true;
            self.txbuf.write_address.next = self.g_wptr.q.val();
            self.g_wptr.d.next = self.g_wptr.q.val() + 1;
            if self.dma_rd_resp_error.val() {
                self.g_err.d.next = true;
            }
            if self.dma_rd_resp_last.val() {
                self.g_active.d.next = false;
                if self.dma_rd_resp_error.val() | self.g_err.q.val() {
                    self.inc_dma_errors.next = true;
                }
            }
        }

        // ================= working values =================
        self.pmtu_log2.next = self.c_pmtu.q.val();
        if (self.c_pmtu.q.val() < 8) | (self.c_pmtu.q.val() > 12) {
            self.pmtu_log2.next = 10.into();
        }
        self.pmtu_bytes.next = bit_cast::<32, 64>(self.k_one.val()) << self.pmtu_log2.val();
        self.outstanding.next = self.c_sq_ci.q.val() != self.c_sq_next.q.val();
        self.tx_idx.next = self.c_sq_next.q.val();
        self.in_flight.next = 0.into();
        self.ack_progress.next = false;
        // Length of the WQE just fetched (rdbuf).
        self.rd_wqe_len.next = self.rdbuf.q.val().get_bits::<W_SWQE_SGE0_LEN>(self.f_swqe_sge0_len.val().index());
        if !self.rdbuf.q.val().get_bits::<W_SWQE_NUM_SGE>(self.f_swqe_num_sge.val().index()).any() {
            self.rd_wqe_len.next = 0.into();
        }
        // Flight record of the oldest WQE in flight: slot {QP, SQ_CI mod window}; a WQE
        // being sent writes its record at {QP, SQ_NEXT mod window}.
        self.fl_slot.next = (bit_cast::<{ TABLE_LOG2 + WINDOW_LOG2 }, TABLE_LOG2>(self.qp.q.val()) << self.k_window_log2.val())
            | bit_cast::<{ TABLE_LOG2 + WINDOW_LOG2 }, 16>(self.c_sq_ci.q.val() & self.k_window_mask.val());
        self.flight.read_address.next = self.fl_slot.val();
        self.flight.write_enable.next = false;
        self.flight.write_address.next = (bit_cast::<{ TABLE_LOG2 + WINDOW_LOG2 }, TABLE_LOG2>(self.qp.q.val()) << self.k_window_log2.val())
            | bit_cast::<{ TABLE_LOG2 + WINDOW_LOG2 }, 16>(self.c_sq_next.q.val() & self.k_window_mask.val());
        self.flight.write_data.next = bit_cast::<FLIGHT_BITS, W_SWQE_WR_ID>(self.rdbuf.q.val().get_bits::<W_SWQE_WR_ID>(self.f_swqe_wr_id.val().index()))
            | (bit_cast::<FLIGHT_BITS, 32>(self.rd_wqe_len.val()) << self.k_fl_len.val())
            | (bit_cast::<FLIGHT_BITS, 1>(self.rdbuf.q.val().get_bit(self.f_swqe_signaled.val().index()).into()) << self.k_fl_signaled.val())
            | (bit_cast::<FLIGHT_BITS, 1>(self.rdbuf.q.val().get_bit(self.f_swqe_opcode.val().index() + 1).into()) << self.k_fl_write.val());
        // Packets of the oldest WQE in flight and the PSN of its last one.
        self.wqe_len.next = self.flight.read_data.val().get_bits::<32>(self.k_fl_len.val().index());
        self.wqe_pkts.next = bit_cast::<24, 32>((self.wqe_len.val() + self.pmtu_bytes.val() - 1) >> self.pmtu_log2.val());
        if !self.wqe_len.val().any() {
            self.wqe_pkts.next = 1.into();
        }
        self.wqe_last.next = self.c_flight_psn.q.val() + self.wqe_pkts.val() - 1;
        self.nak_fatal.next = (self.rxh.aeth_syndrome.val().get_bits::<2>(5) == 3) & (self.rxh.aeth_syndrome.val() != 0x60);
        self.w_is_write.next = self.w_opcode.q.val().get_bit(1);
        self.w_has_imm.next = self.w_opcode.q.val().get_bit(0);
        self.seg_first.next = !self.msg_off.q.val().any();
        self.seg_last.next = self.msg_left.q.val() <= self.pmtu_bytes.val();
        self.psn_diff.next = self.rxh.psn.val() - self.c_rq_psn.q.val();
        self.ack_diff.next = self.rxh.psn.val() - self.wqe_last.val();
        self.q_mask.next = 0.into();
        self.cq_used.next = self.q_row_pi.q.val() - self.cqci_ram.read_data.val();
        self.cq_mask.next = bit_cast::<16, 64>((self.k_one.val() << self.cq_ram.read_data.val().get_bits::<W_CQ_LOG2>(self.f_cq_log2.val().index())) - self.k_one.val());
        // Memory-region check: the row just read, and what the current state asks about.
        self.mrc.row.next = self.mr_ram.read_data.val();
        self.mrc.pd.next = self.c_pd.q.val();
        self.mrc.need_local_write.next = false;
        self.mrc.need_remote_write.next = false;
        self.mrc.key.next = self.w_lkey.q.val();
        self.mrc.addr.next = self.w_laddr.q.val();
        self.mrc.len.next = self.w_len.q.val();
        if self.seq.q.val() == Seq::RxMr {
            self.mrc.key.next = self.rxh.reth_rkey.val();
            self.mrc.addr.next = self.rxh.reth_va.val();
            self.mrc.len.next = self.rxh.reth_len.val();
            self.mrc.need_remote_write.next = true;
        }
        if self.seq.q.val() == Seq::RxRqMr {
            self.mrc.key.next = self.rdbuf.q.val().get_bits::<W_RWQE_LKEY>(self.f_rwqe_lkey.val().index());
            self.mrc.addr.next = self.rdbuf.q.val().get_bits::<W_RWQE_ADDR>(self.f_rwqe_addr.val().index());
            self.mrc.len.next = self.rdbuf.q.val().get_bits::<W_RWQE_LEN>(self.f_rwqe_len.val().index());
            self.mrc.need_local_write.next = true;
        }
        self.tx_cand.next = self.sq_pending.q.val() | self.retx_mask.q.val();
        self.tx_pick.next = 0.into();
        // Round robin: the first candidate after the QP served last, wrapping around.
        self.tx_found.next = false;
        for i in 1..TABLE_SIZE {
            if self.tx_cand.val().get_bit(i) & !self.tx_found.val() & (self.rr_last.q.val() < i.to_bits()) {
                self.tx_pick.next = i.to_bits();
                self.tx_found.next = true;
            }
        }
        for i in 0..TABLE_SIZE {
            if self.tx_cand.val().get_bit(i) & !self.tx_found.val() {
                self.tx_pick.next = i.to_bits();
                self.tx_found.next = true;
            }
        }
        // Context row written back by Store (and by Cmd for a fresh QP).
        // The context row is only needed when Store writes it back.
        self.qrow.next = 0.into();
        if self.seq.q.val() == Seq::Store {
            self.qrow.next = self.qrow.val() | (bit_cast::<QPC_BITS, W_QPC_STATE>(self.c_state.q.val()) << self.f_qpc_state.val());
            self.qrow.next = self.qrow.val() | (bit_cast::<QPC_BITS, W_QPC_PMTU_LOG2>(self.c_pmtu.q.val()) << self.f_qpc_pmtu_log2.val());
            self.qrow.next = self.qrow.val() | (bit_cast::<QPC_BITS, W_QPC_DEST_QPN>(self.c_dqpn.q.val()) << self.f_qpc_dest_qpn.val());
            self.qrow.next = self.qrow.val() | (bit_cast::<QPC_BITS, W_QPC_SQ_PSN>(self.c_sq_psn.q.val()) << self.f_qpc_sq_psn.val());
            self.qrow.next = self.qrow.val() | (bit_cast::<QPC_BITS, W_QPC_RQ_PSN>(self.c_rq_psn.q.val()) << self.f_qpc_rq_psn.val());
            self.qrow.next = self.qrow.val() | (bit_cast::<QPC_BITS, 1>(self.c_nak_sent.q.val().into()) << self.f_qpc_nak_sent.val());
            self.qrow.next = self.qrow.val() | (bit_cast::<QPC_BITS, W_QPC_DMAC>(self.c_dmac.q.val()) << self.f_qpc_dmac.val());
            self.qrow.next = self.qrow.val() | (bit_cast::<QPC_BITS, W_QPC_DIP>(self.c_dip.q.val()) << self.f_qpc_dip.val());
            self.qrow.next = self.qrow.val() | (bit_cast::<QPC_BITS, W_QPC_SQ_BASE>(self.c_sq_base.q.val()) << self.f_qpc_sq_base.val());
            self.qrow.next = self.qrow.val() | (bit_cast::<QPC_BITS, W_QPC_RQ_BASE>(self.c_rq_base.q.val()) << self.f_qpc_rq_base.val());
            self.qrow.next = self.qrow.val() | (bit_cast::<QPC_BITS, W_QPC_SQ_LOG2>(self.c_sq_log2.q.val()) << self.f_qpc_sq_log2.val());
            self.qrow.next = self.qrow.val() | (bit_cast::<QPC_BITS, W_QPC_RQ_LOG2>(self.c_rq_log2.q.val()) << self.f_qpc_rq_log2.val());
            self.qrow.next = self.qrow.val() | (bit_cast::<QPC_BITS, W_QPC_SCQ>(self.c_scq.q.val()) << self.f_qpc_scq.val());
            self.qrow.next = self.qrow.val() | (bit_cast::<QPC_BITS, W_QPC_RCQ>(self.c_rcq.q.val()) << self.f_qpc_rcq.val());
            self.qrow.next = self.qrow.val() | (bit_cast::<QPC_BITS, W_QPC_PD>(self.c_pd.q.val()) << self.f_qpc_pd.val());
            self.qrow.next = self.qrow.val() | (bit_cast::<QPC_BITS, W_QPC_UDP_SPORT>(self.c_sport.q.val()) << self.f_qpc_udp_sport.val());
            self.qrow.next = self.qrow.val() | (bit_cast::<QPC_BITS, W_QPC_SQ_CI>(self.c_sq_ci.q.val()) << self.f_qpc_sq_ci.val());
            self.qrow.next = self.qrow.val() | (bit_cast::<QPC_BITS, W_QPC_RQ_CI>(self.c_rq_ci.q.val()) << self.f_qpc_rq_ci.val());
            self.qrow.next = self.qrow.val() | (bit_cast::<QPC_BITS, W_QPC_MSN>(self.c_msn.q.val()) << self.f_qpc_msn.val());
            self.qrow.next = self.qrow.val() | (bit_cast::<QPC_BITS, W_QPC_SQ_NEXT>(self.c_sq_next.q.val()) << self.f_qpc_sq_next.val());
            self.qrow.next = self.qrow.val() | (bit_cast::<QPC_BITS, W_QPC_FLIGHT_PSN>(self.c_flight_psn.q.val()) << self.f_qpc_flight_psn.val());
            self.qrow.next = self.qrow.val() | (bit_cast::<QPC_BITS, 1>(self.c_resp_active.q.val().into()) << self.f_qpc_resp_active.val());
            self.qrow.next = self.qrow.val() | (bit_cast::<QPC_BITS, 1>(self.c_resp_is_send.q.val().into()) << self.f_qpc_resp_is_send.val());
            self.qrow.next = self.qrow.val() | (bit_cast::<QPC_BITS, W_QPC_RESP_IOVA>(self.c_resp_iova.q.val()) << self.f_qpc_resp_iova.val());
            self.qrow.next = self.qrow.val() | (bit_cast::<QPC_BITS, W_QPC_RESP_LEFT>(self.c_resp_left.q.val()) << self.f_qpc_resp_left.val());
            self.qrow.next = self.qrow.val() | (bit_cast::<QPC_BITS, W_QPC_RESP_DONE>(self.c_resp_done.q.val()) << self.f_qpc_resp_done.val());
            self.qrow.next = self.qrow.val() | (bit_cast::<QPC_BITS, W_QPC_RESP_WR_ID>(self.c_resp_wr_id.q.val()) << self.f_qpc_resp_wr_id.val());
        }
        self.qp_ram.write_data.next = self.qrow.val();

        // ================= sequencer =================
        match self.seq.q.val() {
            Seq::Idle => {
                self.rx_job.d.next = false;
                if self.qpc_cmd.q.val() == 3 {
                    // MODIFY: read the live context first, then change it in CmdModify.
                    self.qp.d.next = self.qs_sel.q.val();
                    self.modify_job.d.next = true;
                    self.ret.d.next = Seq::CtxLoad;
                    self.seq.d.next = Seq::Wait;
                } else if self.qpc_cmd.q.val().any() | self.mr_cmd.q.val().any() | self.cq_cmd.q.val().any() {
                    self.seq.d.next = Seq::Cmd;
                } else if self.enable.q.val() & self.rx_full.q.val() {
                    self.seq.d.next = Seq::RxStart;
                } else if !self.enable.q.val() & self.rx_full.q.val() {
                    self.rx_release.next = true;
                } else if self.enable.q.val() & self.tx_cand.val().any() {
                    self.qp.d.next = self.tx_pick.val();
                    self.rr_last.d.next = self.tx_pick.val();
                    self.clr_pending.next = self.clr_pending.val() | (self.k_one_q.val() << self.tx_pick.val());
                    self.ret.d.next = Seq::CtxLoad;
                    self.seq.d.next = Seq::Wait;
                }
            }
            Seq::Wait => {
                self.seq.d.next = self.ret.q.val();
            }
            Seq::Cmd => {
                self.seq.d.next = Seq::Idle;
                if self.qpc_cmd.q.val().any() {
                    self.qpc_cmd.d.next = 0.into();
                    // Fresh context from the staging registers; dynamic state starts at zero.
                    self.qp.d.next = self.qs_sel.q.val();
                    self.qp_ram.write_address.next = self.qs_sel.q.val();
                    self.qp_ram.write_enable.next = true;
                    self.qp_ram.write_data.next = 0.into();
                    if self.qpc_cmd.q.val() == 1 {
                        self.qp_ram.write_data.next = (bit_cast::<QPC_BITS, W_QPC_STATE>(self.qs_state.q.val()) << self.f_qpc_state.val())
                            | (bit_cast::<QPC_BITS, W_QPC_PMTU_LOG2>(self.qs_pmtu.q.val()) << self.f_qpc_pmtu_log2.val())
                            | (bit_cast::<QPC_BITS, W_QPC_DEST_QPN>(self.qs_dqpn.q.val()) << self.f_qpc_dest_qpn.val())
                            | (bit_cast::<QPC_BITS, W_QPC_SQ_PSN>(self.qs_sq_psn.q.val()) << self.f_qpc_sq_psn.val())
                            | (bit_cast::<QPC_BITS, W_QPC_RQ_PSN>(self.qs_rq_psn.q.val()) << self.f_qpc_rq_psn.val())
                            | (bit_cast::<QPC_BITS, W_QPC_DMAC>(self.qs_dmac.q.val()) << self.f_qpc_dmac.val())
                            | (bit_cast::<QPC_BITS, W_QPC_DIP>(self.qs_dip.q.val()) << self.f_qpc_dip.val())
                            | (bit_cast::<QPC_BITS, W_QPC_SQ_BASE>(self.qs_sq_base.q.val()) << self.f_qpc_sq_base.val())
                            | (bit_cast::<QPC_BITS, W_QPC_RQ_BASE>(self.qs_rq_base.q.val()) << self.f_qpc_rq_base.val())
                            | (bit_cast::<QPC_BITS, W_QPC_SQ_LOG2>(self.qs_sq_log2.q.val()) << self.f_qpc_sq_log2.val())
                            | (bit_cast::<QPC_BITS, W_QPC_RQ_LOG2>(self.qs_rq_log2.q.val()) << self.f_qpc_rq_log2.val())
                            | (bit_cast::<QPC_BITS, W_QPC_SCQ>(self.qs_cqn.q.val().get_bits::<W_QPC_SCQ>(0)) << self.f_qpc_scq.val())
                            | (bit_cast::<QPC_BITS, W_QPC_RCQ>(self.qs_cqn.q.val().get_bits::<W_QPC_RCQ>(16)) << self.f_qpc_rcq.val())
                            | (bit_cast::<QPC_BITS, W_QPC_PD>(self.qs_pd.q.val()) << self.f_qpc_pd.val())
                            | (bit_cast::<QPC_BITS, W_QPC_UDP_SPORT>(self.qs_sport.q.val()) << self.f_qpc_udp_sport.val());
                    }
                    self.clr_pending.next = self.clr_pending.val() | (self.k_one_q.val() << self.qs_sel.q.val());
                    self.clr_wait.next = self.clr_wait.val() | (self.k_one_q.val() << self.qs_sel.q.val());
                    self.clr_retx.next = self.clr_retx.val() | (self.k_one_q.val() << self.qs_sel.q.val());
                } else if self.mr_cmd.q.val().any() {
                    self.mr_cmd.d.next = 0.into();
                    self.mr_ram.write_enable.next = true;
                    if self.mr_cmd.q.val() == 1 {
                        self.mr_ram.write_data.next = (bit_cast::<MR_BITS, 64>(self.k_one.val()) << self.f_mr_valid.val())
                            | (bit_cast::<MR_BITS, W_MR_ACCESS>(self.ms_access.q.val()) << self.f_mr_access.val())
                            | (bit_cast::<MR_BITS, W_MR_PD>(self.ms_pd.q.val()) << self.f_mr_pd.val())
                            | (bit_cast::<MR_BITS, W_MR_KEY>(self.ms_key.q.val()) << self.f_mr_key.val())
                            | (bit_cast::<MR_BITS, W_MR_VA>(self.ms_va.q.val()) << self.f_mr_va.val())
                            | (bit_cast::<MR_BITS, W_MR_IOVA>(self.ms_iova.q.val()) << self.f_mr_iova.val())
                            | (bit_cast::<MR_BITS, W_MR_LEN>(self.ms_len.q.val()) << self.f_mr_len.val());
                    }
                } else {
                    self.cq_cmd.d.next = 0.into();
                    self.cq_ram.write_address.next = self.cs_sel.q.val();
                    self.cq_ram.write_enable.next = true;
                    if self.cq_cmd.q.val() == 1 {
                        self.cq_ram.write_data.next = (bit_cast::<CQ_BITS, W_CQ_BASE>(self.cs_base.q.val()) << self.f_cq_base.val())
                            | (bit_cast::<CQ_BITS, W_CQ_LOG2>(self.cs_log2.q.val()) << self.f_cq_log2.val())
                            | (bit_cast::<CQ_BITS, 64>(self.k_one.val()) << self.f_cq_valid.val())
                            | (bit_cast::<CQ_BITS, W_CQ_VECTOR>(self.cs_vector.q.val()) << self.f_cq_vector.val());
                    }
                }
            }

            Seq::CmdModify => {
                // State and path attributes from staging; progress stays. PSNs only when
                // the QP first enters the state that uses them (ibv_modify_qp semantics).
                self.qpc_cmd.d.next = 0.into();
                self.modify_job.d.next = false;
                self.c_state.d.next = self.qs_state.q.val();
                self.c_pmtu.d.next = self.qs_pmtu.q.val();
                self.c_dqpn.d.next = self.qs_dqpn.q.val();
                self.c_dmac.d.next = self.qs_dmac.q.val();
                self.c_dip.d.next = self.qs_dip.q.val();
                self.c_sq_base.d.next = self.qs_sq_base.q.val();
                self.c_rq_base.d.next = self.qs_rq_base.q.val();
                self.c_sq_log2.d.next = self.qs_sq_log2.q.val();
                self.c_rq_log2.d.next = self.qs_rq_log2.q.val();
                self.c_scq.d.next = self.qs_cqn.q.val().get_bits::<W_QPC_SCQ>(0);
                self.c_rcq.d.next = self.qs_cqn.q.val().get_bits::<W_QPC_RCQ>(16);
                self.c_pd.d.next = self.qs_pd.q.val();
                self.c_sport.d.next = self.qs_sport.q.val();
                if (self.c_state.q.val() < 2) & (self.qs_state.q.val() >= 2) {
                    self.c_rq_psn.d.next = self.qs_rq_psn.q.val();
                }
                if (self.c_state.q.val() < 3) & (self.qs_state.q.val() >= 3) {
                    self.c_sq_psn.d.next = self.qs_sq_psn.q.val();
                }
                self.seq.d.next = Seq::Store;
            }

            // ---------- receive ----------
            Seq::RxStart => {
                self.seq.d.next = Seq::Idle;
                self.rx_release.next = true;
                if !self.rxh.is_roce.val() {
                    self.inc_rx_not_roce.next = true;
                } else if !self.rx_crc_ok.q.val() {
                    self.inc_rx_bad_icrc.next = true;
                } else if self.rxh.malformed.val() | self.rx_overflow.q.val() | (self.rxh.payload_len.val() > 4096) {
                    self.inc_rx_malformed.next = true;
                } else if (self.rxh.dest_qpn.val() >> self.k_table_log2.val()).any() {
                    self.inc_rx_frames.next = true;
                    self.inc_rx_bad_qp.next = true;
                } else {
                    self.inc_rx_frames.next = true;
                    self.rx_release.next = false;
                    self.rx_job.d.next = true;
                    self.qp.d.next = self.rxh.dest_qpn.val().get_bits::<TABLE_LOG2>(0);
                    self.ret.d.next = Seq::CtxLoad;
                    self.seq.d.next = Seq::Wait;
                }
            }
            Seq::CtxLoad => {
                // Load the working context.
                self.c_state.d.next = self.qp_ram.read_data.val().get_bits::<W_QPC_STATE>(self.f_qpc_state.val().index());
                self.c_pmtu.d.next = self.qp_ram.read_data.val().get_bits::<W_QPC_PMTU_LOG2>(self.f_qpc_pmtu_log2.val().index());
                self.c_dqpn.d.next = self.qp_ram.read_data.val().get_bits::<W_QPC_DEST_QPN>(self.f_qpc_dest_qpn.val().index());
                self.c_sq_psn.d.next = self.qp_ram.read_data.val().get_bits::<W_QPC_SQ_PSN>(self.f_qpc_sq_psn.val().index());
                self.c_rq_psn.d.next = self.qp_ram.read_data.val().get_bits::<W_QPC_RQ_PSN>(self.f_qpc_rq_psn.val().index());
                self.c_nak_sent.d.next = self.qp_ram.read_data.val().get_bit(self.f_qpc_nak_sent.val().index());
                self.c_dmac.d.next = self.qp_ram.read_data.val().get_bits::<W_QPC_DMAC>(self.f_qpc_dmac.val().index());
                self.c_dip.d.next = self.qp_ram.read_data.val().get_bits::<W_QPC_DIP>(self.f_qpc_dip.val().index());
                self.c_sq_base.d.next = self.qp_ram.read_data.val().get_bits::<W_QPC_SQ_BASE>(self.f_qpc_sq_base.val().index());
                self.c_rq_base.d.next = self.qp_ram.read_data.val().get_bits::<W_QPC_RQ_BASE>(self.f_qpc_rq_base.val().index());
                self.c_sq_log2.d.next = self.qp_ram.read_data.val().get_bits::<W_QPC_SQ_LOG2>(self.f_qpc_sq_log2.val().index());
                self.c_rq_log2.d.next = self.qp_ram.read_data.val().get_bits::<W_QPC_RQ_LOG2>(self.f_qpc_rq_log2.val().index());
                self.c_scq.d.next = self.qp_ram.read_data.val().get_bits::<W_QPC_SCQ>(self.f_qpc_scq.val().index());
                self.c_rcq.d.next = self.qp_ram.read_data.val().get_bits::<W_QPC_RCQ>(self.f_qpc_rcq.val().index());
                self.c_pd.d.next = self.qp_ram.read_data.val().get_bits::<W_QPC_PD>(self.f_qpc_pd.val().index());
                self.c_sport.d.next = self.qp_ram.read_data.val().get_bits::<W_QPC_UDP_SPORT>(self.f_qpc_udp_sport.val().index());
                self.c_sq_ci.d.next = self.qp_ram.read_data.val().get_bits::<W_QPC_SQ_CI>(self.f_qpc_sq_ci.val().index());
                self.c_rq_ci.d.next = self.qp_ram.read_data.val().get_bits::<W_QPC_RQ_CI>(self.f_qpc_rq_ci.val().index());
                self.c_msn.d.next = self.qp_ram.read_data.val().get_bits::<W_QPC_MSN>(self.f_qpc_msn.val().index());
                self.c_sq_next.d.next = self.qp_ram.read_data.val().get_bits::<W_QPC_SQ_NEXT>(self.f_qpc_sq_next.val().index());
                self.c_flight_psn.d.next = self.qp_ram.read_data.val().get_bits::<W_QPC_FLIGHT_PSN>(self.f_qpc_flight_psn.val().index());
                self.c_resp_active.d.next = self.qp_ram.read_data.val().get_bit(self.f_qpc_resp_active.val().index());
                self.c_resp_is_send.d.next = self.qp_ram.read_data.val().get_bit(self.f_qpc_resp_is_send.val().index());
                self.c_resp_iova.d.next = self.qp_ram.read_data.val().get_bits::<W_QPC_RESP_IOVA>(self.f_qpc_resp_iova.val().index());
                self.c_resp_left.d.next = self.qp_ram.read_data.val().get_bits::<W_QPC_RESP_LEFT>(self.f_qpc_resp_left.val().index());
                self.c_resp_done.d.next = self.qp_ram.read_data.val().get_bits::<W_QPC_RESP_DONE>(self.f_qpc_resp_done.val().index());
                self.c_resp_wr_id.d.next = self.qp_ram.read_data.val().get_bits::<W_QPC_RESP_WR_ID>(self.f_qpc_resp_wr_id.val().index());
                if self.modify_job.q.val() {
                    self.seq.d.next = Seq::CmdModify;
                } else if self.rx_job.q.val() {
                    self.seq.d.next = Seq::RxCtx;
                } else {
                    self.seq.d.next = Seq::TxCtx;
                }
            }
            Seq::RxCtx => {
                // RTR (2) or RTS (3) may receive; only RTS takes ACKs.
                if (self.c_state.q.val() != 2) & (self.c_state.q.val() != 3) {
                    self.inc_rx_bad_qp.next = true;
                    self.rx_release.next = true;
                    self.seq.d.next = Seq::Idle;
                } else if self.rxh.is_ack.val() {
                    self.seq.d.next = Seq::ReqAck;
                } else {
                    self.seq.d.next = Seq::RxCheck;
                }
            }
            Seq::TxCtx => {
                self.clr_retx.next = self.clr_retx.val() | (self.qp_bit.val());
                if self.retx_mask.q.val().get_bit(self.qp.q.val().index()) & self.outstanding.val() {
                    // ACK timer expired: resend everything in flight from the oldest WQE.
                    self.tx_idx.next = self.c_sq_ci.q.val();
                    self.c_sq_next.d.next = self.c_sq_ci.q.val();
                    self.c_sq_psn.d.next = self.c_flight_psn.q.val();
                    self.clr_wait.next = self.clr_wait.val() | (self.qp_bit.val());
                    self.inc_retransmits.next = true;
                }
                self.in_flight.next = self.tx_idx.val() - self.c_sq_ci.q.val();
                if self.c_state.q.val() != 3 {
                    self.seq.d.next = Seq::Idle;
                } else if (self.tx_idx.val() == self.sqpi_ram.read_data.val()) | (self.in_flight.val() >= self.k_window.val()) {
                    // Nothing new, or the window is full (an ACK reopens it).
                    self.seq.d.next = Seq::Store;
                } else {
                    // Fetch the next WQE to send.
                    self.q_mask.next = bit_cast::<16, 64>((self.k_one.val() << self.c_sq_log2.q.val()) - self.k_one.val());
                    self.rd_addr.d.next = self.c_sq_base.q.val() + (bit_cast::<64, 16>(self.tx_idx.val() & self.q_mask.val()) << 6);
                    self.rd_len.d.next = 64.into();
                    self.sub_ret.d.next = Seq::TxWqe;
                    self.seq.d.next = Seq::DmaRead;
                }
            }
            Seq::RxCheck => {
                self.seq.d.next = Seq::Store;
                if self.psn_diff.val() == 0 {
                    self.c_nak_sent.d.next = false;
                    if (self.c_resp_active.q.val() & (self.rxh.starts_msg.val() | (self.rxh.is_send.val() != self.c_resp_is_send.q.val())))
                        | (!self.c_resp_active.q.val() & !self.rxh.starts_msg.val())
                    {
                        // Opcode out of sequence for the message in progress.
                        self.t_syndrome.d.next = 0x61.into();
                        self.t_psn.d.next = self.rxh.psn.val();
                        self.inc_nak_invalid_sent.next = true;
                        self.seq.d.next = Seq::AckSend;
                    } else if self.rxh.has_reth.val() {
                        self.mr_idx.d.next = self.rxh.reth_rkey.val().get_bits::<TABLE_LOG2>(0);
                        self.ret.d.next = Seq::RxMr;
                        self.seq.d.next = Seq::Wait;
                    } else if (self.rxh.is_send.val() & self.rxh.starts_msg.val()) | (self.rxh.is_write.val() & self.rxh.has_imm.val()) {
                        self.seq.d.next = Seq::RxRqFetch;
                    } else {
                        self.seq.d.next = Seq::RxPlacePrep;
                    }
                } else if self.psn_diff.val().get_bit(23) {
                    // Behind the expected PSN: a duplicate. Re-ACK if it asks, never re-execute.
                    self.inc_rx_duplicate.next = true;
                    if self.rxh.ack_req.val() {
                        self.t_syndrome.d.next = 0x1F.into();
                        self.t_psn.d.next = self.c_rq_psn.q.val() - 1;
                        self.seq.d.next = Seq::AckSend;
                    }
                } else if !self.c_nak_sent.q.val() {
                    // Ahead: packets were lost. NAK once with the PSN we expect.
                    self.c_nak_sent.d.next = true;
                    self.t_syndrome.d.next = 0x60.into();
                    self.t_psn.d.next = self.c_rq_psn.q.val();
                    self.inc_nak_seq_sent.next = true;
                    self.seq.d.next = Seq::AckSend;
                }
            }
            Seq::RxMr => {
                // RDMA WRITE target: rkey, PD, remote-write right, and bounds (MrCheck).
                if self.mrc.ok.val() {
                    self.c_resp_iova.d.next = self.mrc.iova.val();
                    self.c_resp_left.d.next = self.rxh.reth_len.val();
                    self.c_resp_done.d.next = 0.into();
                    self.c_resp_is_send.d.next = false;
                    if self.rxh.has_imm.val() {
                        self.seq.d.next = Seq::RxRqFetch;
                    } else {
                        self.seq.d.next = Seq::RxPlacePrep;
                    }
                } else {
                    self.t_syndrome.d.next = 0x62.into();
                    self.t_psn.d.next = self.rxh.psn.val();
                    self.inc_nak_access_sent.next = true;
                    self.seq.d.next = Seq::AckSend;
                }
            }
            Seq::RxRqFetch => {
                if self.c_rq_ci.q.val() == self.rqpi_ram.read_data.val() {
                    // No receive WQE posted: RNR NAK; the requester retries from this PSN.
                    // The rest of the message is now out of sequence: drop it silently
                    // instead of NAKing it again (which would start a second retry).
                    self.c_nak_sent.d.next = true;
                    self.t_syndrome.d.next = 0x21.into();
                    self.t_psn.d.next = self.rxh.psn.val();
                    self.inc_rnr_nak_sent.next = true;
                    self.seq.d.next = Seq::AckSend;
                } else {
                    self.q_mask.next = bit_cast::<16, 64>((self.k_one.val() << self.c_rq_log2.q.val()) - self.k_one.val());
                    self.rd_addr.d.next = self.c_rq_base.q.val() + (bit_cast::<64, 16>(self.c_rq_ci.q.val() & self.q_mask.val()) << 5);
                    self.rd_len.d.next = 32.into();
                    self.sub_ret.d.next = Seq::RxRq;
                    self.seq.d.next = Seq::DmaRead;
                }
            }
            Seq::RxRq => {
                self.c_resp_wr_id.d.next = self.rdbuf.q.val().get_bits::<W_RWQE_WR_ID>(self.f_rwqe_wr_id.val().index());
                self.c_rq_ci.d.next = self.c_rq_ci.q.val() + 1;
                if self.rd_err.q.val() {
                    self.t_syndrome.d.next = 0x63.into();
                    self.t_psn.d.next = self.rxh.psn.val();
                    self.inc_nak_invalid_sent.next = true;
                    self.seq.d.next = Seq::AckSend;
                } else if self.rxh.is_send.val() {
                    self.mr_idx.d.next = self.rdbuf.q.val().get_bits::<TABLE_LOG2>(self.f_rwqe_lkey.val().index());
                    self.ret.d.next = Seq::RxRqMr;
                    self.seq.d.next = Seq::Wait;
                } else {
                    self.seq.d.next = Seq::RxPlacePrep;
                }
            }
            Seq::RxRqMr => {
                // Receive buffer: lkey, PD, local-write right, bounds (MrCheck).
                if self.mrc.ok.val() {
                    self.c_resp_iova.d.next = self.mrc.iova.val();
                    self.c_resp_left.d.next = self.rdbuf.q.val().get_bits::<W_RWQE_LEN>(self.f_rwqe_len.val().index());
                    self.c_resp_done.d.next = 0.into();
                    self.c_resp_is_send.d.next = true;
                    self.seq.d.next = Seq::RxPlacePrep;
                } else {
                    // The receive WQE is consumed: complete it with a protection error, then NAK.
                    self.t_syndrome.d.next = 0x63.into();
                    self.t_psn.d.next = self.rxh.psn.val();
                    self.inc_nak_invalid_sent.next = true;
                    self.q_wr_id.d.next = self.rdbuf.q.val().get_bits::<W_RWQE_WR_ID>(self.f_rwqe_wr_id.val().index());
                    self.q_status.d.next = 4.into();
                    self.seq.d.next = Seq::RxFail;
                }
            }
            Seq::RxPlacePrep => {
                if bit_cast::<32, 16>(self.rxh.payload_len.val()) > self.c_resp_left.q.val() {
                    // More data than the target buffer holds: never write past it.
                    self.t_syndrome.d.next = 0x61.into();
                    self.t_psn.d.next = self.rxh.psn.val();
                    self.inc_nak_invalid_sent.next = true;
                    self.c_resp_active.d.next = false;
                    self.seq.d.next = Seq::AckSend;
                    if self.rxh.is_send.val() {
                        // A receive WQE was consumed for this message: complete it with a length error.
                        self.q_wr_id.d.next = self.c_resp_wr_id.q.val();
                        self.q_status.d.next = 1.into();
                        self.seq.d.next = Seq::RxFail;
                    }
                } else if self.rxh.payload_len.val().any() {
                    self.pl_ptr.d.next = bit_cast::<RXBUF_LOG2, 5>(self.rxh.hdr_len.val().get_bits::<5>(3));
                    if self.cur_slot.q.val() {
                        self.pl_ptr.d.next = bit_cast::<RXBUF_LOG2, 5>(self.rxh.hdr_len.val().get_bits::<5>(3)) | self.k_rxslot.val();
                    }
                    self.pl_skip.d.next = self.rxh.hdr_len.val().get_bits::<3>(0);
                    self.pl_left.d.next = self.rxh.payload_len.val();
                    self.wr_addr.d.next = self.c_resp_iova.q.val();
                    self.wr_len.d.next = self.rxh.payload_len.val();
                    self.wr_from_cqe.d.next = false;
                    self.wr_busy.d.next = true;
                    self.ret.d.next = Seq::RxPlace;
                    self.seq.d.next = Seq::Wait;
                } else {
                    self.seq.d.next = Seq::RxFinish;
                }
            }
            Seq::RxPlace => {
                if self.pl_fire.val() {
                    self.pl_ptr.d.next = self.pl_ptr.q.val() + 1;
                    self.pl_skip.d.next = 0.into();
                    self.pl_left.d.next = self.pl_left.q.val() - bit_cast::<16, 4>(self.pl_count.val());
                    if bit_cast::<16, 4>(self.pl_count.val()) == self.pl_left.q.val() {
                        self.seq.d.next = Seq::RxPlaceDrain;
                    }
                }
            }
            Seq::RxPlaceDrain => {
                if !self.wr_busy.q.val() {
                    self.seq.d.next = Seq::RxFinish;
                }
            }
            Seq::RxFinish => {
                self.c_resp_iova.d.next = self.c_resp_iova.q.val() + bit_cast::<64, 16>(self.rxh.payload_len.val());
                self.c_resp_left.d.next = self.c_resp_left.q.val() - bit_cast::<32, 16>(self.rxh.payload_len.val());
                self.c_resp_done.d.next = self.c_resp_done.q.val() + bit_cast::<32, 16>(self.rxh.payload_len.val());
                self.c_rq_psn.d.next = self.c_rq_psn.q.val() + 1;
                self.c_resp_active.d.next = !self.rxh.ends_msg.val();
                self.seq.d.next = Seq::RxAckMaybe;
                if self.rxh.ends_msg.val() {
                    self.c_msn.d.next = self.c_msn.q.val() + 1;
                    if self.rxh.is_send.val() | self.rxh.has_imm.val() {
                        self.q_wr_id.d.next = self.c_resp_wr_id.q.val();
                        self.q_len.d.next = self.c_resp_done.q.val() + bit_cast::<32, 16>(self.rxh.payload_len.val());
                        self.q_imm.d.next = self.rxh.imm.val();
                        self.q_status.d.next = 0.into();
                        self.q_opcode.d.next = 2.into();
                        if self.rxh.is_write.val() {
                            self.q_opcode.d.next = 3.into();
                        }
                        self.q_imm_valid.d.next = self.rxh.has_imm.val();
                        self.q_cqn.d.next = self.c_rcq.q.val().get_bits::<TABLE_LOG2>(0);
                        self.sub_ret.d.next = Seq::RxAckMaybe;
                        self.seq.d.next = Seq::CqStart;
                    }
                }
            }
            Seq::RxFail => {
                // Error completion of a receive WQE (q_wr_id, q_status set), then the NAK.
                self.q_len.d.next = 0.into();
                self.q_imm.d.next = 0.into();
                self.q_imm_valid.d.next = false;
                self.q_opcode.d.next = 2.into();
                self.q_cqn.d.next = self.c_rcq.q.val().get_bits::<TABLE_LOG2>(0);
                self.inc_wqe_errors.next = true;
                self.sub_ret.d.next = Seq::AckSend;
                self.seq.d.next = Seq::CqStart;
            }
            Seq::RxAckMaybe => {
                self.seq.d.next = Seq::Store;
                if self.rxh.ack_req.val() {
                    self.t_syndrome.d.next = 0x1F.into();
                    self.t_psn.d.next = self.rxh.psn.val();
                    self.seq.d.next = Seq::AckSend;
                }
            }
            Seq::AckSend => {
                // ACK or NAK: BTH + AETH, no payload. t_syndrome and t_psn are set.
                self.t_opcode.d.next = 0x11.into();
                self.t_ack_req.d.next = false;
                self.t_reth.d.next = false;
                self.t_aeth.d.next = true;
                self.t_imm.d.next = false;
                self.seg_len.d.next = 0.into();
                self.inc_tx_acks.next = true;
                self.sub_ret.d.next = Seq::Store;
                self.seq.d.next = Seq::SendStart;
            }

            // ---------- requester: ACK / NAK ----------
            Seq::ReqAck => {
                self.inc_rx_acks.next = true;
                self.seq.d.next = Seq::Store;
                if self.outstanding.val() & (self.c_state.q.val() == 3) {
                    if (self.rxh.aeth_syndrome.val() == 0x60) | (self.rxh.aeth_syndrome.val().get_bits::<2>(5) == 1) {
                        // Sequence error or receiver not ready: go back to the oldest WQE
                        // in flight (go-back-N; the responder drops what it already has).
                        // After a sequence NAK send again at once; after an RNR NAK wait
                        // RNR_DELAY first, or the retry only meets the same empty queue.
                        self.inc_rx_naks.next = true;
                        self.c_sq_next.d.next = self.c_sq_ci.q.val();
                        self.c_sq_psn.d.next = self.c_flight_psn.q.val();
                        self.clr_wait.next = self.clr_wait.val() | (self.qp_bit.val());
                        self.clr_retx.next = self.clr_retx.val() | (self.qp_bit.val());
                        if self.rxh.aeth_syndrome.val().get_bits::<2>(5) == 1 {
                            self.set_rnr.next = self.qp_bit.val();
                            self.clr_pending.next = self.clr_pending.val() | (self.qp_bit.val());
                        } else {
                            self.set_pending.next = self.set_pending.val() | (self.qp_bit.val());
                        }
                        self.inc_retransmits.next = true;
                    } else {
                        // ACK, or a fatal NAK: retire the WQEs it covers, oldest first.
                        if self.nak_fatal.val() {
                            self.inc_rx_naks.next = true;
                        }
                        self.seq.d.next = Seq::ReqFetch;
                    }
                }
            }
            Seq::ReqFetch => {
                // One cycle for the flight record at the (possibly just advanced) SQ_CI.
                self.seq.d.next = Seq::ReqWqe;
            }
            Seq::ReqWqe => {
                // An ACK covers the WQE when its PSN reaches the WQE's last packet; a
                // fatal NAK acknowledges everything before its PSN and fails the WQE it hits.
                self.q_wr_id.d.next = self.flight.read_data.val().get_bits::<64>(0);
                self.q_len.d.next = self.wqe_len.val();
                self.q_imm.d.next = 0.into();
                self.q_imm_valid.d.next = false;
                self.q_opcode.d.next = bit_cast::<8, 1>(self.flight.read_data.val().get_bit(self.k_fl_write.val().index()).into());
                self.q_cqn.d.next = self.c_scq.q.val().get_bits::<TABLE_LOG2>(0);
                self.q_status.d.next = 0.into();
                self.seq.d.next = Seq::Store;
                if !self.ack_diff.val().get_bit(23) & (!self.nak_fatal.val() | self.ack_diff.val().any()) {
                    self.c_sq_ci.d.next = self.c_sq_ci.q.val() + 1;
                    self.c_flight_psn.d.next = self.wqe_last.val() + 1;
                    self.ack_progress.next = true;
                    self.set_pending.next = self.set_pending.val() | (self.qp_bit.val());
                    self.sub_ret.d.next = Seq::ReqMore;
                    self.seq.d.next = Seq::ReqMore;
                    if self.flight.read_data.val().get_bit(self.k_fl_signaled.val().index()) {
                        self.seq.d.next = Seq::CqStart;
                    }
                } else if self.nak_fatal.val() {
                    self.c_sq_ci.d.next = self.c_sq_ci.q.val() + 1;
                    self.c_state.d.next = 6.into();
                    self.inc_wqe_errors.next = true;
                    self.q_status.d.next = 11.into();
                    if self.rxh.aeth_syndrome.val() == 0x61 {
                        self.q_status.d.next = 9.into();
                    }
                    if self.rxh.aeth_syndrome.val() == 0x62 {
                        self.q_status.d.next = 10.into();
                    }
                    self.clr_wait.next = self.clr_wait.val() | (self.qp_bit.val());
                    self.sub_ret.d.next = Seq::Store;
                    self.seq.d.next = Seq::CqStart;
                }
            }
            Seq::ReqMore => {
                if self.outstanding.val() {
                    self.seq.d.next = Seq::ReqFetch;
                } else {
                    self.clr_wait.next = self.clr_wait.val() | (self.qp_bit.val());
                    self.clr_retx.next = self.clr_retx.val() | (self.qp_bit.val());
                    self.seq.d.next = Seq::Store;
                }
            }

            // ---------- requester: send a WQE ----------
            Seq::TxWqe => {
                // Remember what the ACK will need (wr_id, length, flags).
                self.flight.write_enable.next = true;
                self.w_opcode.d.next = self.rdbuf.q.val().get_bits::<W_SWQE_OPCODE>(self.f_swqe_opcode.val().index());
                self.w_imm.d.next = self.rdbuf.q.val().get_bits::<W_SWQE_IMM>(self.f_swqe_imm.val().index());
                self.w_raddr.d.next = self.rdbuf.q.val().get_bits::<W_SWQE_REMOTE_ADDR>(self.f_swqe_remote_addr.val().index());
                self.w_rkey.d.next = self.rdbuf.q.val().get_bits::<W_SWQE_RKEY>(self.f_swqe_rkey.val().index());
                self.w_laddr.d.next = self.rdbuf.q.val().get_bits::<W_SWQE_SGE0_ADDR>(self.f_swqe_sge0_addr.val().index());
                self.w_lkey.d.next = self.rdbuf.q.val().get_bits::<W_SWQE_SGE0_LKEY>(self.f_swqe_sge0_lkey.val().index());
                self.w_len.d.next = self.rdbuf.q.val().get_bits::<W_SWQE_SGE0_LEN>(self.f_swqe_sge0_len.val().index());
                self.mr_idx.d.next = self.rdbuf.q.val().get_bits::<TABLE_LOG2>(self.f_swqe_sge0_lkey.val().index());
                if self.rd_err.q.val()
                    | (self.rdbuf.q.val().get_bits::<W_SWQE_OPCODE>(self.f_swqe_opcode.val().index()) > 3)
                    | (self.rdbuf.q.val().get_bits::<W_SWQE_NUM_SGE>(self.f_swqe_num_sge.val().index()) > 1)
                {
                    self.q_status.d.next = 21.into();
                    self.seq.d.next = Seq::TxFail;
                } else if self.rdbuf.q.val().get_bits::<W_SWQE_NUM_SGE>(self.f_swqe_num_sge.val().index()) == 0 {
                    self.w_len.d.next = 0.into();
                    self.seq.d.next = Seq::TxStart;
                } else {
                    self.ret.d.next = Seq::TxMr;
                    self.seq.d.next = Seq::Wait;
                }
            }
            Seq::TxMr => {
                // Gather buffer: lkey, PD and bounds; reading needs no right (MrCheck).
                if self.mrc.ok.val() {
                    self.w_liova.d.next = self.mrc.iova.val();
                    self.seq.d.next = Seq::TxStart;
                } else {
                    self.q_status.d.next = 4.into();
                    self.seq.d.next = Seq::TxFail;
                }
            }
            Seq::TxStart => {
                if !self.outstanding.val() {
                    self.c_flight_psn.d.next = self.c_sq_psn.q.val();
                }
                self.msg_off.d.next = 0.into();
                self.msg_left.d.next = self.w_len.q.val();
                self.seq.d.next = Seq::TxSeg;
                if self.w_len.q.val().any() {
                    // Gather the first packet's payload into half 0.
                    self.g_active.d.next = true;
                    self.g_req.d.next = true;
                    self.g_err.d.next = false;
                    self.g_addr.d.next = self.w_liova.q.val();
                    self.g_len.d.next = self.pmtu_bytes.val().get_bits::<16>(0);
                    if self.w_len.q.val() < self.pmtu_bytes.val() {
                        self.g_len.d.next = self.w_len.q.val().get_bits::<16>(0);
                    }
                    self.g_half.d.next = false;
                    self.g_wptr.d.next = 0.into();
                }
            }
            Seq::TxSeg => {
                // One packet: pick the opcode variant, then gather its payload.
                self.seg_n.next = self.msg_left.q.val().get_bits::<16>(0);
                if !self.seg_last.val() {
                    self.seg_n.next = self.pmtu_bytes.val().get_bits::<16>(0);
                }
                self.seg_len.d.next = self.seg_n.val();
                if self.seg_first.val() & self.seg_last.val() {
                    self.seg_op.next = 4.into();
                } else if self.seg_first.val() {
                    self.seg_op.next = 0.into();
                } else if self.seg_last.val() {
                    self.seg_op.next = 2.into();
                } else {
                    self.seg_op.next = 1.into();
                }
                if self.seg_last.val() & self.w_has_imm.val() {
                    self.seg_op.next = self.seg_op.val() + 1;
                }
                if self.w_is_write.val() {
                    self.seg_op.next = self.seg_op.val() + 6;
                }
                self.t_opcode.d.next = self.seg_op.val();
                self.t_psn.d.next = self.c_sq_psn.q.val();
                self.t_ack_req.d.next = self.seg_last.val();
                self.t_reth.d.next = self.w_is_write.val() & self.seg_first.val();
                self.t_aeth.d.next = false;
                self.t_imm.d.next = self.w_has_imm.val() & self.seg_last.val();
                // This packet's payload was gathered ahead (TxStart or the previous
                // packet); wait for it, then start gathering the next packet's payload into
                // the other half while this one is sent.
                self.next_left.next = self.msg_left.q.val() - bit_cast::<32, 16>(self.seg_n.val());
                if self.seg_n.val().any() & self.g_active.q.val() {
                    self.seq.d.next = Seq::TxSeg;
                } else if self.seg_n.val().any() & self.g_err.q.val() {
                    self.q_status.d.next = 4.into();
                    self.seq.d.next = Seq::TxFail;
                } else {
                    self.ser_half.d.next = self.g_half.q.val();
                    if self.next_left.val().any() {
                        self.g_active.d.next = true;
                        self.g_req.d.next = true;
                        self.g_addr.d.next = self.w_liova.q.val() + bit_cast::<64, 32>(self.msg_off.q.val()) + bit_cast::<64, 16>(self.seg_n.val());
                        self.g_len.d.next = self.pmtu_bytes.val().get_bits::<16>(0);
                        if self.next_left.val() < self.pmtu_bytes.val() {
                            self.g_len.d.next = self.next_left.val().get_bits::<16>(0);
                        }
                        self.g_half.d.next = !self.g_half.q.val();
                        self.g_wptr.d.next = 0.into();
                        if !self.g_half.q.val() {
                            self.g_wptr.d.next = self.k_half.val();
                        }
                    }
                    self.sub_ret.d.next = Seq::TxNext;
                    self.seq.d.next = Seq::SendStart;
                }
            }
            Seq::TxNext => {
                self.c_sq_psn.d.next = self.c_sq_psn.q.val() + 1;
                self.msg_off.d.next = self.msg_off.q.val() + bit_cast::<32, 16>(self.seg_len.q.val());
                self.msg_left.d.next = self.msg_left.q.val() - bit_cast::<32, 16>(self.seg_len.q.val());
                if self.t_ack_req.q.val() {
                    // Whole message sent: it is in flight until an ACK covers it. Look
                    // for more work on this QP after other jobs had their turn.
                    self.c_sq_next.d.next = self.c_sq_next.q.val() + 1;
                    self.set_wait.next = self.set_wait.val() | (self.qp_bit.val());
                    self.set_pending.next = self.set_pending.val() | (self.qp_bit.val());
                    self.seq.d.next = Seq::Store;
                } else {
                    self.seq.d.next = Seq::TxSeg;
                }
            }
            Seq::TxFail => {
                // Local error: complete the WQE with q_status, move the QP to ERROR (the
                // driver flushes whatever else was posted).
                self.c_sq_ci.d.next = self.c_sq_next.q.val() + 1;
                self.c_sq_next.d.next = self.c_sq_next.q.val() + 1;
                self.c_state.d.next = 6.into();
                self.inc_wqe_errors.next = true;
                self.q_wr_id.d.next = self.rdbuf.q.val().get_bits::<W_SWQE_WR_ID>(self.f_swqe_wr_id.val().index());
                self.q_len.d.next = 0.into();
                self.q_imm.d.next = 0.into();
                self.q_imm_valid.d.next = false;
                self.q_opcode.d.next = bit_cast::<8, 1>(self.w_is_write.val().into());
                self.q_cqn.d.next = self.c_scq.q.val().get_bits::<TABLE_LOG2>(0);
                self.sub_ret.d.next = Seq::Store;
                self.seq.d.next = Seq::CqStart;
            }

            // ---------- serializer subroutine ----------
            Seq::SendStart => {
                self.ser_hdr.d.next = self.txh.hdr.val();
                self.ser_phase.d.next = 0.into();
                self.ser_left.d.next = bit_cast::<16, 8>(self.txh.hdr_len.val());
                self.ser_pad.d.next = self.txh.pad.val();
                self.ser_word.d.next = 0.into();
                self.ser_pw.d.next = 0.into();
                if self.ser_half.q.val() {
                    self.ser_pw.d.next = self.k_half.val();
                }
                self.ser_crc.d.next = self.k_icrc_seed.val();
                self.ser_done.d.next = false;
                self.seq.d.next = Seq::Send;
            }
            Seq::Send => {
                if self.ser_fire.val() {
                    self.ser_left.d.next = self.ser_left.q.val() - bit_cast::<16, 4>(self.ser_count.val());
                    self.ser_crc.d.next = self.tx_crc.crc_out.val();
                    if self.ser_phase.q.val() == 0 {
                        self.ser_hdr.d.next = self.ser_hdr.q.val() << 64;
                        self.ser_word.d.next = self.ser_word.q.val() + 1;
                    }
                    if self.ser_phase.q.val() == 1 {
                        self.ser_pw.d.next = self.ser_pw.q.val() + 1;
                    }
                    if self.ser_phase_end.val() {
                        if self.ser_phase.q.val() == 3 {
                            self.ser_done.d.next = true;
                            self.seq.d.next = Seq::SendDrain;
                        } else if (self.ser_phase.q.val() == 0) & self.seg_len.q.val().any() {
                            self.ser_phase.d.next = 1.into();
                            self.ser_left.d.next = self.seg_len.q.val();
                        } else if (self.ser_phase.q.val() != 2) & self.ser_pad.q.val().any() {
                            self.ser_phase.d.next = 2.into();
                            self.ser_left.d.next = bit_cast::<16, 2>(self.ser_pad.q.val());
                        } else {
                            self.ser_phase.d.next = 3.into();
                            self.ser_left.d.next = 4.into();
                        }
                    }
                }
            }
            Seq::SendDrain => {
                if self.tx_pack.out_valid.val() & self.tx_pack.out_ready.val() & self.tx_pack.out_last.val() {
                    self.ser_done.d.next = false;
                    self.inc_tx_frames.next = true;
                    self.seq.d.next = self.sub_ret.q.val();
                }
            }

            // ---------- completion subroutine ----------
            Seq::CqStart => {
                self.seq.d.next = Seq::CqWait;
            }
            Seq::CqWait => {
                self.seq.d.next = Seq::CqRow;
            }
            Seq::CqRow => {
                self.q_row_pi.d.next = self.cq_ram.read_data.val().get_bits::<W_CQ_PI>(self.f_cq_pi.val().index());
                self.cq_used.next = self.cq_ram.read_data.val().get_bits::<W_CQ_PI>(self.f_cq_pi.val().index()) - self.cqci_ram.read_data.val();
                if !self.cq_ram.read_data.val().get_bit(self.f_cq_valid.val().index()) | (self.cq_used.val() > self.cq_mask.val()) {
                    self.inc_cq_overflow.next = true;
                    self.seq.d.next = self.sub_ret.q.val();
                } else {
                    self.wr_addr.d.next = self.cq_ram.read_data.val().get_bits::<W_CQ_BASE>(self.f_cq_base.val().index())
                        + (bit_cast::<64, 16>(self.cq_ram.read_data.val().get_bits::<W_CQ_PI>(self.f_cq_pi.val().index()) & self.cq_mask.val()) << 5);
                    self.wr_len.d.next = 32.into();
                    self.wr_from_cqe.d.next = true;
                    self.q_beat.d.next = 0.into();
                    // The owner bit flips on every pass over the ring.
                    self.owner.next = !self.cq_ram.read_data.val().get_bit(self.f_cq_pi.val().index()
                        + self.cq_ram.read_data.val().get_bits::<W_CQ_LOG2>(self.f_cq_log2.val().index()).index());
                    self.q_buf.d.next = (bit_cast::<CQE_BITS, 64>(self.q_wr_id.q.val()) << self.f_cqe_wr_id.val())
                        | (bit_cast::<CQE_BITS, 32>(self.q_len.q.val()) << self.f_cqe_byte_len.val())
                        | (bit_cast::<CQE_BITS, 32>(self.q_imm.q.val()) << self.f_cqe_imm.val())
                        | (bit_cast::<CQE_BITS, TABLE_LOG2>(self.qp.q.val()) << self.f_cqe_qpn.val())
                        | (bit_cast::<CQE_BITS, 8>(self.q_status.q.val()) << self.f_cqe_status.val())
                        | (bit_cast::<CQE_BITS, 8>(self.q_opcode.q.val()) << self.f_cqe_opcode.val())
                        | (bit_cast::<CQE_BITS, 1>(self.q_imm_valid.q.val().into()) << self.f_cqe_imm_valid.val())
                        | (bit_cast::<CQE_BITS, 1>(self.owner.val().into())
                            << self.f_cqe_owner.val());
                    self.seq.d.next = Seq::CqWrite;
                }
            }
            Seq::CqWrite => {
                if self.dma_wr_ready.val() {
                    self.q_beat.d.next = self.q_beat.q.val() + 1;
                    if self.q_beat.q.val() == 3 {
                        self.wr_from_cqe.d.next = false;
                        self.cq_ram.write_enable.next = true;
                        self.cq_ram.write_data.next = (self.cq_ram.read_data.val()
                            & !(bit_cast::<CQ_BITS, 16>(self.k_ffff.val()) << self.f_cq_pi.val()))
                            | (bit_cast::<CQ_BITS, 16>(self.q_row_pi.q.val() + 1) << self.f_cq_pi.val());
                        if self.cq_armed.q.val().get_bit(self.q_cqn.q.val().index()) {
                            self.irq.d.next = true;
                            self.irq_vec.d.next = self.cq_ram.read_data.val().get_bits::<W_CQ_VECTOR>(self.f_cq_vector.val().index());
                            self.clr_armed.next = self.clr_armed.val() | (self.k_one_q.val() << self.q_cqn.q.val());
                        }
                        self.seq.d.next = self.sub_ret.q.val();
                    }
                }
            }

            // ---------- DMA read subroutine ----------
            Seq::DmaRead => {
                self.rd_beat.d.next = 0.into();
                self.rd_err.d.next = false;
                self.rdbuf.d.next = 0.into();
                if self.dma_rd_req_ready.val() {
                    self.seq.d.next = Seq::DmaBeats;
                }
            }
            Seq::DmaBeats => {
                // One read is outstanding at a time, always with tag 1; anything else is not ours.
                if self.dma_rd_resp_valid.val() & (self.dma_rd_resp_tag.val() == 1) {
                    self.rd_beat.d.next = self.rd_beat.q.val() + 1;
                    if self.rd_beat.q.val() < 8 {
                        self.rdbuf.d.next = self.rdbuf.q.val()
                            | (bit_cast::<SWQE_BITS, 64>(self.dma_rd_resp_data.val()) << (bit_cast::<10, TXBUF_LOG2>(self.rd_beat.q.val()) << 6));
                    }
                    if self.dma_rd_resp_error.val() {
                        self.rd_err.d.next = true;
                    }
                    if self.dma_rd_resp_last.val() {
                        if self.dma_rd_resp_error.val() | self.rd_err.q.val() {
                            self.inc_dma_errors.next = true;
                        }
                        self.seq.d.next = self.sub_ret.q.val();
                    }
                }
            }

            Seq::Store => {
                self.qp_ram.write_enable.next = true;
                self.rx_release.next = self.rx_job.q.val();
                self.seq.d.next = Seq::Idle;
            }
            _ => {
                self.seq.d.next = Seq::Idle;
            }
        }
        // The payload write burst ends when the packer hands out its last beat.
        if self.wr_pack.out_valid.val() & self.wr_pack.out_ready.val() & self.wr_pack.out_last.val() {
            self.wr_busy.d.next = false;
        }


        self.idle.next = (self.seq.q.val() == Seq::Idle) & !self.rx_full.q.val() & !self.pend_full.q.val() & !self.sq_pending.q.val().any()
            & !self.wait_mask.q.val().any() & !self.retx_mask.q.val().any() & !self.rnr_mask.q.val().any() & !self.qpc_cmd.q.val().any()
            & !self.mr_cmd.q.val().any() & !self.cq_cmd.q.val().any() & !self.irq.q.val() & !self.wr_busy.q.val()
            & !self.tx_pack.out_valid.val();

        // ================= ACK timer =================
        // Counts while any QP has WQEs in flight; restarts whenever an ACK makes progress.
        if self.wait_mask.q.val().any() & self.ack_timeout.q.val().any() & !self.ack_progress.val() {
            self.ack_timer.d.next = self.ack_timer.q.val() + 1;
            if self.ack_timer.q.val() >= self.ack_timeout.q.val() {
                self.ack_timer.d.next = 0.into();
                self.set_retx.next = self.set_retx.val() | self.wait_mask.q.val();
            }
        } else {
            self.ack_timer.d.next = 0.into();
        }

        // RNR back-off: one countdown for every QP that was told "receiver not ready".
        self.rnr_mask.d.next = self.rnr_mask.q.val() | self.set_rnr.val();
        if self.rnr_mask.q.val().any() {
            self.rnr_timer.d.next = self.rnr_timer.q.val() + 1;
            if self.rnr_timer.q.val() >= self.rnr_delay.q.val() {
                self.rnr_timer.d.next = 0.into();
                self.set_retx.next = self.set_retx.val() | self.rnr_mask.q.val();
                self.rnr_mask.d.next = self.set_rnr.val();
            }
        } else {
            self.rnr_timer.d.next = 0.into();
        }

        // ================= bookkeeping =================
        // The sequencer hands the RX buffer back: ready for the next frame.
        if self.rx_release.val() {
            // The waiting frame (if any) becomes the current one.
            self.rx_full.d.next = self.pend_full.q.val();
            self.rx_hdr.d.next = self.pend_hdr.q.val();
            self.rx_len.d.next = self.pend_len.q.val();
            self.rx_crc_ok.d.next = self.pend_crc_ok.q.val();
            self.rx_overflow.d.next = self.pend_ovf.q.val();
            self.cur_slot.d.next = self.pend_slot.q.val();
            self.pend_full.d.next = false;
        }
        if self.rx_done.val() {
            // A frame only completes while nothing waits, so it either becomes current
            // (the sequencer has none, or releases its own this cycle) or waits.
            if !self.rx_full.q.val() | self.rx_release.val() {
                self.rx_full.d.next = true;
                self.rx_hdr.d.next = self.in_hdr_next.val();
                self.rx_len.d.next = self.done_len.val();
                self.rx_crc_ok.d.next = self.done_crc_ok.val();
                self.rx_overflow.d.next = self.done_ovf.val();
                self.cur_slot.d.next = self.in_slot.q.val();
            } else {
                self.pend_full.d.next = true;
                self.pend_hdr.d.next = self.in_hdr_next.val();
                self.pend_len.d.next = self.done_len.val();
                self.pend_crc_ok.d.next = self.done_crc_ok.val();
                self.pend_ovf.d.next = self.done_ovf.val();
                self.pend_slot.d.next = self.in_slot.q.val();
            }
        }
        if self.reset.val() {
            self.rx_full.d.next = false;
            self.pend_full.d.next = false;
        }
        self.sq_pending.d.next = (self.sq_pending.q.val() & !self.clr_pending.val()) | self.set_pending.val();
        self.wait_mask.d.next = (self.wait_mask.q.val() | self.set_wait.val()) & !self.clr_wait.val();
        self.retx_mask.d.next = (self.retx_mask.q.val() | self.set_retx.val()) & !self.clr_retx.val();
        self.cq_armed.d.next = (self.cq_armed.q.val() & !self.clr_armed.val()) | self.set_armed.val();
        if self.inc_rx_frames.val() { self.cnt_rx_frames.d.next = self.cnt_rx_frames.q.val() + 1; }
        if self.inc_rx_bad_icrc.val() { self.cnt_rx_bad_icrc.d.next = self.cnt_rx_bad_icrc.q.val() + 1; }
        if self.inc_rx_malformed.val() { self.cnt_rx_malformed.d.next = self.cnt_rx_malformed.q.val() + 1; }
        if self.inc_rx_not_roce.val() { self.cnt_rx_not_roce.d.next = self.cnt_rx_not_roce.q.val() + 1; }
        if self.inc_rx_bad_qp.val() { self.cnt_rx_bad_qp.d.next = self.cnt_rx_bad_qp.q.val() + 1; }
        if self.inc_rx_duplicate.val() { self.cnt_rx_duplicate.d.next = self.cnt_rx_duplicate.q.val() + 1; }
        if self.inc_nak_seq_sent.val() { self.cnt_nak_seq_sent.d.next = self.cnt_nak_seq_sent.q.val() + 1; }
        if self.inc_nak_access_sent.val() { self.cnt_nak_access_sent.d.next = self.cnt_nak_access_sent.q.val() + 1; }
        if self.inc_rnr_nak_sent.val() { self.cnt_rnr_nak_sent.d.next = self.cnt_rnr_nak_sent.q.val() + 1; }
        if self.inc_nak_invalid_sent.val() { self.cnt_nak_invalid_sent.d.next = self.cnt_nak_invalid_sent.q.val() + 1; }
        if self.inc_tx_frames.val() { self.cnt_tx_frames.d.next = self.cnt_tx_frames.q.val() + 1; }
        if self.inc_tx_acks.val() { self.cnt_tx_acks.d.next = self.cnt_tx_acks.q.val() + 1; }
        if self.inc_rx_acks.val() { self.cnt_rx_acks.d.next = self.cnt_rx_acks.q.val() + 1; }
        if self.inc_rx_naks.val() { self.cnt_rx_naks.d.next = self.cnt_rx_naks.q.val() + 1; }
        if self.inc_retransmits.val() { self.cnt_retransmits.d.next = self.cnt_retransmits.q.val() + 1; }
        if self.inc_dma_errors.val() { self.cnt_dma_errors.d.next = self.cnt_dma_errors.q.val() + 1; }
        if self.inc_wqe_errors.val() { self.cnt_wqe_errors.d.next = self.cnt_wqe_errors.q.val() + 1; }
        if self.inc_cq_overflow.val() { self.cnt_cq_overflow.d.next = self.cnt_cq_overflow.q.val() + 1; }
        if self.reset.val() {
            self.seq.d.next = Seq::Idle;
            self.enable.d.next = false;
            self.qpc_cmd.d.next = 0.into();
            self.mr_cmd.d.next = 0.into();
            self.cq_cmd.d.next = 0.into();
            self.modify_job.d.next = false;
            self.sq_pending.d.next = 0.into();
            self.wait_mask.d.next = 0.into();
            self.retx_mask.d.next = 0.into();
            self.rnr_mask.d.next = 0.into();
            self.ack_timeout.d.next = self.k_ack_timeout.val();
            self.rnr_delay.d.next = self.k_rnr_delay.val();
            self.cq_armed.d.next = 0.into();
            self.ser_done.d.next = false;
            self.wr_busy.d.next = false;
            self.g_active.d.next = false;
            self.g_req.d.next = false;
        }
    }
}
