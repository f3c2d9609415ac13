//! BAR0: every register and doorbell the driver can touch, with its offset, access
//! and reset value. All registers are 32 bits wide; 64-bit quantities are split
//! into `_LO`/`_HI` pairs (write `_LO` first; `_HI` writes never trigger anything).

use crate::layout::Field;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Read-only: writes are ignored.
    Ro,
    /// Read/write.
    Rw,
    /// Write-only: reads return 0. Writes have a side effect (a command or doorbell).
    Wo,
}

impl Access {
    pub const fn as_str(self) -> &'static str {
        match self {
            Access::Ro => "RO",
            Access::Rw => "RW",
            Access::Wo => "WO",
        }
    }
}

#[derive(Debug, Clone, Copy)]
pub struct Reg {
    pub name: &'static str,
    pub offset: u32,
    pub access: Access,
    pub reset: u32,
    pub doc: &'static str,
    /// Sub-fields, if the register is not one plain number.
    pub fields: &'static [Field],
}

/// A block of registers repeated once per queue (doorbells).
#[derive(Debug, Clone, Copy)]
pub struct RegArray {
    pub name: &'static str,
    pub base: u32,
    pub stride: u32,
    /// The capability register that says how many copies exist.
    pub count: &'static str,
    pub doc: &'static str,
    pub regs: &'static [Reg],
}

impl RegArray {
    pub const fn addr(&self, index: u32, reg: &Reg) -> u32 {
        self.base + index * self.stride + reg.offset
    }
}

macro_rules! regs {
    ($( $(#[doc = $d:literal])* $name:ident @ $off:literal $acc:ident = $reset:literal $([ $($f:expr),* ])? ;)*) => {
        $(
            $(#[doc = $d])*
            pub const $name: Reg = Reg {
                name: stringify!($name), offset: $off, access: Access::$acc, reset: $reset,
                doc: concat!($($d),*), fields: &[$($($f),*)?],
            };
        )*
        /// Every fixed register, in address order.
        pub const ALL: &[Reg] = &[$($name),*];
    };
}

const fn bits(name: &'static str, lsb: u32, width: u32, doc: &'static str) -> Field {
    Field { name, offset: 0, lsb, width, doc }
}

/// Value of [`ID`]: ASCII "RNIC".
pub const ID_VALUE: u32 = 0x524E_4943;

/// Feature bits of [`CAP_FEATURES`].
pub mod feature {
    use super::*;
    pub const SEND: Field = bits("SEND", 0, 1, "RC SEND/RECV, with and without immediate");
    pub const WRITE: Field = bits("WRITE", 1, 1, "RC RDMA WRITE");
    pub const WRITE_IMM: Field = bits("WRITE_IMM", 2, 1, "RC RDMA WRITE with immediate");
    pub const READ: Field = bits("READ", 3, 1, "RC RDMA READ");
    pub const ATOMIC: Field = bits("ATOMIC", 4, 1, "RC atomics");
    pub const RETRANSMIT: Field = bits("RETRANSMIT", 5, 1, "go-back-N retransmission on sequence/RNR NAK and ACK timeout");
    pub const SOURCE_BINDING: Field = bits(
        "SOURCE_BINDING",
        6,
        1,
        "RC frames are accepted only from the QP's connected peer (source IPv4 = the QP's DIP, destination = IPV4); others are dropped and counted",
    );
    pub const ALL: &[Field] = &[SEND, WRITE, WRITE_IMM, READ, ATOMIC, RETRANSMIT, SOURCE_BINDING];
}

/// Commands written to [`QPC_CMD`], [`MR_CMD`] and [`CQ_CMD`].
pub mod cmd {
    /// Copy the staging registers into the table row selected by `*_SEL`; for a QP,
    /// a fresh incarnation (queue indices and all progress start at 0).
    pub const COMMIT: u32 = 1;
    /// Mark the selected row invalid (QP back to RESET, MR deregistered, CQ disabled).
    pub const INVALIDATE: u32 = 2;
    /// QPs only: change the state and the path attributes of a live QP and keep its
    /// progress (queue indices, message sequence number, a message in flight). The
    /// staged receive PSN is taken only when the QP enters RTR from below, the staged
    /// send PSN only when it enters RTS from below, as in `ibv_modify_qp`.
    pub const MODIFY: u32 = 3;
}

/// Fields of [`CTRL`].
pub mod ctrl {
    use super::*;
    pub const ENABLE: Field = bits("ENABLE", 0, 1, "engine enabled");
}

/// Fields of [`STATUS`].
pub mod status {
    use super::*;
    pub const BUSY: Field = bits("BUSY", 0, 1, "the sequencer is running a job");
    pub const CMD_PENDING: Field = bits("CMD_PENDING", 1, 1, "a QPC/MR/CQ command has not been taken yet; wait for 0 before the next");
}

/// Fields of [`VERSION`].
pub mod version {
    use super::*;
    pub const MINOR: Field = bits("MINOR", 0, 16, "compatible additions");
    pub const MAJOR: Field = bits("MAJOR", 16, 16, "incompatible changes");
}

/// Fields of [`QPC_CQN`].
pub mod qpc_cqn {
    use super::*;
    pub const SEND_CQ: Field = bits("SEND_CQ", 0, 16, "CQ for send completions");
    pub const RECV_CQ: Field = bits("RECV_CQ", 16, 16, "CQ for receive completions");
}

/// The one field of every doorbell register: a free-running 16-bit index.
pub const DOORBELL_INDEX: Field = bits("INDEX", 0, 16, "free-running queue index");

regs! {
    /// Identifies the device; always reads "RNIC" (0x524E4943).
    ID @ 0x000 Ro = 0x524E_4943;
    /// Contract version.
    VERSION @ 0x004 Ro = 0x0001_0002 [version::MAJOR, version::MINOR];
    /// Width of the packet datapath in bits.
    CAP_DATAPATH @ 0x008 Ro = 64;
    /// Number of queue pairs (QPN 0..CAP_QPS-1).
    CAP_QPS @ 0x00C Ro = 16;
    /// Number of memory-region table rows.
    CAP_MRS @ 0x010 Ro = 16;
    /// Number of completion queues.
    CAP_CQS @ 0x014 Ro = 16;
    /// Largest path MTU in bytes.
    CAP_MAX_MTU @ 0x018 Ro = 4096;
    /// Supported operations.
    CAP_FEATURES @ 0x01C Ro = 0x27 [feature::SEND, feature::WRITE, feature::WRITE_IMM, feature::READ, feature::ATOMIC, feature::RETRANSMIT, feature::SOURCE_BINDING];
    /// Engine control; while ENABLE is 0 the engine sends nothing and drops every frame.
    CTRL @ 0x020 Rw = 0 [ctrl::ENABLE];
    /// Engine status.
    STATUS @ 0x024 Ro = 0 [status::BUSY, status::CMD_PENDING];
    /// Station MAC address, bytes 2..5 (byte 5 in [7:0]).
    MAC_LO @ 0x028 Rw = 0;
    /// Station MAC address, bytes 0..1 (byte 1 in [7:0]).
    MAC_HI @ 0x02C Rw = 0;
    /// Station IPv4 address (first octet in [31:24]).
    IPV4 @ 0x030 Rw = 0;
    /// Requester retransmit timeout in engine clock cycles (0 disables the timer).
    ACK_TIMEOUT @ 0x034 Rw = 0x0010_0000;
    /// Cycles a requester waits after an RNR NAK before sending again (the peer has no receive posted yet).
    RNR_DELAY @ 0x038 Rw = 0x0000_1000;
    /// Frames received with a good ICRC and a RoCEv2 header.
    CNT_RX_FRAMES @ 0x080 Ro = 0;
    /// Frames dropped: ICRC mismatch.
    CNT_RX_BAD_ICRC @ 0x084 Ro = 0;
    /// Frames dropped: truncated, or inconsistent Ethernet/IPv4/UDP/BTH header, or unknown opcode.
    CNT_RX_MALFORMED @ 0x088 Ro = 0;
    /// Frames dropped: not RoCEv2 (other EtherType or UDP port) or not addressed to us.
    CNT_RX_NOT_ROCE @ 0x08C Ro = 0;
    /// Frames dropped: destination QP does not exist or is not ready to receive.
    CNT_RX_BAD_QP @ 0x090 Ro = 0;
    /// Duplicate requests (PSN already seen): dropped, re-ACKed if they asked for an ACK.
    CNT_RX_DUPLICATE @ 0x094 Ro = 0;
    /// PSN sequence errors answered with a NAK.
    CNT_NAK_SEQ_SENT @ 0x098 Ro = 0;
    /// Bad rkey, PD, access rights or bounds answered with a remote-access NAK.
    CNT_NAK_ACCESS_SENT @ 0x09C Ro = 0;
    /// SENDs that found no receive WQE, answered with an RNR NAK.
    CNT_RNR_NAK_SENT @ 0x0A0 Ro = 0;
    /// Invalid requests (message longer than the receive buffer, bad opcode sequence) NAKed.
    CNT_NAK_INVALID_SENT @ 0x0A4 Ro = 0;
    /// Frames transmitted (requests, responses and ACKs).
    CNT_TX_FRAMES @ 0x0A8 Ro = 0;
    /// ACKs transmitted.
    CNT_TX_ACKS @ 0x0AC Ro = 0;
    /// ACKs and NAKs received by the requester.
    CNT_RX_ACKS @ 0x0B0 Ro = 0;
    /// NAKs received by the requester.
    CNT_RX_NAKS @ 0x0B4 Ro = 0;
    /// Retransmissions started (NAK or timeout).
    CNT_RETRANSMITS @ 0x0B8 Ro = 0;
    /// DMA reads that came back with an error (an IOVA the host refuses). Writes are posted
    /// and never report; the engine checks them against the memory region before issuing them.
    CNT_DMA_ERRORS @ 0x0BC Ro = 0;
    /// Work requests completed with an error status.
    CNT_WQE_ERRORS @ 0x0C0 Ro = 0;
    /// Completions dropped because the CQ was full or not set up.
    CNT_CQ_OVERFLOW @ 0x0C4 Ro = 0;
    /// Frames dropped by source binding: the source IPv4 is not the QP's destination (`QPC_DIP`). Never answered.
    CNT_RX_BAD_SOURCE @ 0x0C8 Ro = 0;
    /// Frames dropped: the BTH P_Key does not match the partition (rxe's rule). Never answered.
    CNT_RX_BAD_PKEY @ 0x0CC Ro = 0;
    /// Frames dropped whole because the engine's RX frame buffer had no room.
    CNT_RX_OVERFLOW @ 0x0D0 Ro = 0;
    /// Selects the QP whose context the QPC_* staging registers commit to.
    QPC_SEL @ 0x100 Rw = 0;
    /// QP state (see `qp_state`).
    QPC_STATE @ 0x104 Rw = 0;
    /// Destination QP number on the peer.
    QPC_DEST_QPN @ 0x108 Rw = 0;
    /// Next PSN the requester sends.
    QPC_SQ_PSN @ 0x10C Rw = 0;
    /// PSN the responder expects next.
    QPC_RQ_PSN @ 0x110 Rw = 0;
    /// Peer MAC address bytes 2..5.
    QPC_DMAC_LO @ 0x114 Rw = 0;
    /// Peer MAC address bytes 0..1.
    QPC_DMAC_HI @ 0x118 Rw = 0;
    /// Peer IPv4 address.
    QPC_DIP @ 0x11C Rw = 0;
    /// log2 of the path MTU (8 = 256 B .. 12 = 4096 B).
    QPC_PMTU_LOG2 @ 0x120 Rw = 10;
    /// Send queue base IOVA, low half (64-byte aligned).
    QPC_SQ_BASE_LO @ 0x124 Rw = 0;
    /// Send queue base IOVA, high half.
    QPC_SQ_BASE_HI @ 0x128 Rw = 0;
    /// log2 of the send queue depth in entries.
    QPC_SQ_LOG2 @ 0x12C Rw = 0;
    /// Receive queue base IOVA, low half (32-byte aligned).
    QPC_RQ_BASE_LO @ 0x130 Rw = 0;
    /// Receive queue base IOVA, high half.
    QPC_RQ_BASE_HI @ 0x134 Rw = 0;
    /// log2 of the receive queue depth in entries.
    QPC_RQ_LOG2 @ 0x138 Rw = 0;
    /// Completion queues of the QP.
    QPC_CQN @ 0x13C Rw = 0 [qpc_cqn::SEND_CQ, qpc_cqn::RECV_CQ];
    /// Protection domain.
    QPC_PD @ 0x140 Rw = 0;
    /// UDP source port of this QP's frames (entropy for ECMP).
    QPC_UDP_SPORT @ 0x144 Rw = 0xC000;
    /// Write `cmd::COMMIT` to load the staged context into QP `QPC_SEL` as a fresh QP (queue indices restart at 0), `cmd::MODIFY` to change a live QP's state and path keeping its progress, `cmd::INVALIDATE` to reset it.
    QPC_CMD @ 0x14C Wo = 0;
    /// Selects the memory-region row the MR_* staging registers commit to.
    MR_SEL @ 0x200 Rw = 0;
    /// Key checked against lkeys and rkeys; its low bits must equal MR_SEL.
    MR_KEY @ 0x204 Rw = 0;
    /// Virtual address of the region's first byte as peers name it, low half.
    MR_VA_LO @ 0x208 Rw = 0;
    /// Virtual address, high half.
    MR_VA_HI @ 0x20C Rw = 0;
    /// Region length in bytes.
    MR_LEN @ 0x210 Rw = 0;
    /// IOVA the region's first byte is mapped at, low half.
    MR_IOVA_LO @ 0x214 Rw = 0;
    /// IOVA, high half.
    MR_IOVA_HI @ 0x218 Rw = 0;
    /// Protection domain.
    MR_PD @ 0x21C Rw = 0;
    /// Access rights (see `access`).
    MR_ACCESS @ 0x220 Rw = 0;
    /// Write `cmd::COMMIT` to load row `MR_SEL`, `cmd::INVALIDATE` to deregister it.
    MR_CMD @ 0x22C Wo = 0;
    /// Selects the completion queue the CQ_* staging registers commit to.
    CQ_SEL @ 0x300 Rw = 0;
    /// CQ ring base IOVA, low half (32-byte aligned).
    CQ_BASE_LO @ 0x304 Rw = 0;
    /// CQ ring base IOVA, high half.
    CQ_BASE_HI @ 0x308 Rw = 0;
    /// log2 of the CQ depth in entries.
    CQ_LOG2 @ 0x30C Rw = 0;
    /// MSI-X vector raised when an armed CQ receives an entry.
    CQ_VECTOR @ 0x310 Rw = 0;
    /// Write `cmd::COMMIT` to load CQ `CQ_SEL` (its producer index restarts at 0), `cmd::INVALIDATE` to disable it.
    CQ_CMD @ 0x31C Wo = 0;
}

/// Per-QP doorbells, `QP_DB.base + qpn * QP_DB.stride`.
pub const QP_DB: RegArray = RegArray {
    name: "QP_DB",
    base: 0x1000,
    stride: 0x10,
    count: "CAP_QPS",
    doc: "One doorbell page per QP.",
    regs: &[SQ_PI, RQ_PI],
};
/// Send queue producer index (wraps at 2^16); the engine fetches WQEs up to it.
pub const SQ_PI: Reg = Reg { name: "SQ_PI", offset: 0x0, access: Access::Wo, reset: 0, doc: "Send queue producer index (16 bits, free-running); the engine fetches WQEs up to it.", fields: &[] };
/// Receive queue producer index.
pub const RQ_PI: Reg = Reg { name: "RQ_PI", offset: 0x4, access: Access::Wo, reset: 0, doc: "Receive queue producer index (16 bits, free-running).", fields: &[] };

/// Per-CQ doorbells, `CQ_DB.base + cqn * CQ_DB.stride`.
pub const CQ_DB: RegArray = RegArray {
    name: "CQ_DB",
    base: 0x800,
    stride: 0x8,
    count: "CAP_CQS",
    doc: "One doorbell pair per CQ.",
    regs: &[CQ_CI, CQ_ARM],
};
/// Consumer index: entries the driver has consumed (16 bits, free-running).
pub const CQ_CI: Reg = Reg { name: "CQ_CI", offset: 0x0, access: Access::Wo, reset: 0, doc: "CQ consumer index (16 bits, free-running); the engine never overwrites an unconsumed entry.", fields: &[] };
/// Write 1 to raise the CQ's MSI-X vector at the next completion.
pub const CQ_ARM: Reg = Reg { name: "CQ_ARM", offset: 0x4, access: Access::Wo, reset: 0, doc: "Write 1 to raise the CQ's MSI-X vector once, at its next completion.", fields: &[] };

/// Size of BAR0 in bytes.
pub const BAR0_SIZE: u32 = 0x2000;

/// Values of QPC_STATE.
pub mod qp_state {
    pub const RESET: u32 = 0;
    pub const INIT: u32 = 1;
    pub const RTR: u32 = 2;
    pub const RTS: u32 = 3;
    pub const ERROR: u32 = 6;
}

/// Bits of MR_ACCESS.
pub mod access {
    pub const LOCAL_WRITE: u32 = 1 << 0;
    pub const REMOTE_WRITE: u32 = 1 << 1;
    pub const REMOTE_READ: u32 = 1 << 2;
}
