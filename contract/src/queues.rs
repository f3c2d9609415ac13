//! Entries the engine reads from and writes to host memory, and the rows of its
//! on-chip tables. All little-endian.

use crate::layout::layout;

layout! {
    /// Send work queue entry (64 bytes), written by the driver, fetched by the engine.
    pub mod send_wqe (64) {
        /// Operation (see `wqe_opcode`).
        OPCODE: 0 [0; 8],
        /// Write a CQE when the request succeeds (errors always complete).
        SIGNALED: 1 [0; 1],
        /// Set the solicited-event bit in the last packet.
        SOLICITED: 1 [1; 1],
        /// Number of valid gather entries (0..=2; 0 sends a zero-length message).
        NUM_SGE: 2 [0; 8],
        /// Immediate data (network byte order as the peer will see it).
        IMM: 4 [0; 32],
        /// Caller's cookie, returned in the CQE.
        WR_ID: 8 [0; 64],
        /// RDMA WRITE: remote virtual address.
        REMOTE_ADDR: 16 [0; 64],
        /// RDMA WRITE: remote key.
        RKEY: 24 [0; 32],
        /// Gather entry 0: local virtual address.
        SGE0_ADDR: 32 [0; 64],
        /// Gather entry 0: length in bytes.
        SGE0_LEN: 40 [0; 32],
        /// Gather entry 0: local key.
        SGE0_LKEY: 44 [0; 32],
        /// Gather entry 1: local virtual address.
        SGE1_ADDR: 48 [0; 64],
        /// Gather entry 1: length in bytes.
        SGE1_LEN: 56 [0; 32],
        /// Gather entry 1: local key.
        SGE1_LKEY: 60 [0; 32],
    }
}

layout! {
    /// Receive work queue entry (32 bytes): one scatter entry.
    pub mod recv_wqe (32) {
        /// Caller's cookie, returned in the CQE.
        WR_ID: 0 [0; 64],
        /// Scatter entry: local virtual address.
        ADDR: 8 [0; 64],
        /// Scatter entry: length in bytes.
        LEN: 16 [0; 32],
        /// Scatter entry: local key.
        LKEY: 20 [0; 32],
    }
}

layout! {
    /// Completion queue entry (32 bytes), written by the engine. The engine writes
    /// each entry in one DMA; `OWNER` flips every time the ring wraps, so the driver
    /// knows a fresh entry without reading any register.
    pub mod cqe (32) {
        /// Cookie of the completed work request.
        WR_ID: 0 [0; 64],
        /// Bytes transferred (receive completions: bytes placed).
        BYTE_LEN: 8 [0; 32],
        /// Immediate data, valid when FLAGS bit 0 is set.
        IMM: 12 [0; 32],
        /// Local QP number.
        QPN: 16 [0; 24],
        /// Completion status (see `cqe_status`).
        STATUS: 20 [0; 8],
        /// What completed (see `cqe_opcode`).
        OPCODE: 21 [0; 8],
        /// IMM holds immediate data.
        IMM_VALID: 22 [0; 1],
        /// Bit 0: owner/phase. Entry i of a ring of n is fresh when this bit equals ((i / n) & 1) ^ 1.
        OWNER: 31 [0; 1],
    }
}

layout! {
    /// On-chip QP context row (the engine's copy; the driver writes it through QPC_* registers).
    pub mod qpc (128) {
        /// QP state.
        STATE: 0 [0; 4],
        /// log2 path MTU.
        PMTU_LOG2: 0 [4; 4],
        /// Destination QPN.
        DEST_QPN: 1 [0; 24],
        /// Requester: next PSN to send.
        SQ_PSN: 4 [0; 24],
        /// Responder: expected PSN.
        RQ_PSN: 8 [0; 24],
        /// Responder: a sequence NAK was sent and not yet cleared by an in-order packet.
        NAK_SENT: 11 [0; 1],
        /// Peer MAC address (byte 0 in bits [47:40]).
        DMAC: 12 [0; 48],
        /// Peer IPv4 address.
        DIP: 18 [0; 32],
        /// Send queue base IOVA.
        SQ_BASE: 24 [0; 64],
        /// Receive queue base IOVA.
        RQ_BASE: 32 [0; 64],
        /// log2 send queue depth.
        SQ_LOG2: 40 [0; 5],
        /// log2 receive queue depth.
        RQ_LOG2: 41 [0; 5],
        /// Send CQ.
        SCQ: 42 [0; 16],
        /// Receive CQ.
        RCQ: 44 [0; 16],
        /// Protection domain.
        PD: 46 [0; 16],
        /// UDP source port.
        UDP_SPORT: 48 [0; 16],
        /// Requester: send queue completion index (oldest WQE not yet acknowledged).
        SQ_CI: 50 [0; 16],
        /// Receive queue consumer index.
        RQ_CI: 52 [0; 16],
        /// Responder: message sequence number (messages completed).
        MSN: 54 [0; 24],
        /// Requester: PSN of the first packet of the WQE at SQ_CI (where a retransmission restarts).
        FLIGHT_PSN: 58 [0; 24],
        /// Responder: a multi-packet message is in progress.
        RESP_ACTIVE: 65 [0; 1],
        /// Responder: the message in progress is a SEND (0: RDMA WRITE).
        RESP_IS_SEND: 65 [1; 1],
        /// Responder: IOVA where the next payload byte goes.
        RESP_IOVA: 66 [0; 64],
        /// Responder: bytes the current target buffer can still take.
        RESP_LEFT: 74 [0; 32],
        /// Responder: bytes of the current message placed so far.
        RESP_DONE: 78 [0; 32],
        /// Responder: wr_id of the receive WQE being filled.
        RESP_WR_ID: 82 [0; 64],
        /// Requester: next WQE to send; SQ_CI..SQ_NEXT are in flight awaiting their ACKs.
        SQ_NEXT: 90 [0; 16],
    }
}

layout! {
    /// On-chip memory-region row.
    pub mod mr (32) {
        /// Row holds a registered region.
        VALID: 0 [0; 1],
        /// Access rights.
        ACCESS: 0 [1; 3],
        /// Protection domain.
        PD: 1 [0; 16],
        /// Key.
        KEY: 4 [0; 32],
        /// Virtual address of the first byte.
        VA: 8 [0; 64],
        /// IOVA of the first byte.
        IOVA: 16 [0; 64],
        /// Length in bytes.
        LEN: 24 [0; 32],
    }
}

layout! {
    /// On-chip completion-queue row.
    pub mod cq (16) {
        /// Ring base IOVA.
        BASE: 0 [0; 64],
        /// log2 depth.
        LOG2: 8 [0; 5],
        /// Row is valid.
        VALID: 8 [5; 1],
        /// MSI-X vector.
        VECTOR: 9 [0; 8],
        /// Producer index (free-running).
        PI: 10 [0; 16],
    }
}

/// Values of `send_wqe::OPCODE`.
pub mod wqe_opcode {
    pub const SEND: u64 = 0;
    pub const SEND_IMM: u64 = 1;
    pub const WRITE: u64 = 2;
    pub const WRITE_IMM: u64 = 3;
}

/// Values of `cqe::OPCODE`.
pub mod cqe_opcode {
    pub const SEND: u64 = 0;
    pub const WRITE: u64 = 1;
    pub const RECV: u64 = 2;
    pub const RECV_WRITE_IMM: u64 = 3;
}

/// Values of `cqe::STATUS`, numbered like `ibv_wc_status`.
pub mod cqe_status {
    pub const SUCCESS: u64 = 0;
    pub const LOC_LEN_ERR: u64 = 1;
    pub const LOC_PROT_ERR: u64 = 4;
    pub const REM_INV_REQ_ERR: u64 = 9;
    pub const REM_ACCESS_ERR: u64 = 10;
    pub const REM_OP_ERR: u64 = 11;
    pub const RNR_RETRY_EXC_ERR: u64 = 13;
    pub const GENERAL_ERR: u64 = 21;
}

/// Every queue entry and table row, for the renderers.
pub const ALL: &[crate::layout::Layout] =
    &[send_wqe::LAYOUT, recv_wqe::LAYOUT, cqe::LAYOUT, qpc::LAYOUT, mr::LAYOUT, cq::LAYOUT];
