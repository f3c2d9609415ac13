//! Everything the verbs layer can refuse, each variant naming what was wrong.

use super::qp::QpState;
use crate::backend::BackendError;

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Backend(#[from] BackendError),
    #[error("{device}: ID reads {found:#010x}, expected {expected:#010x} (\"RNIC\"): not an openrnic function")]
    NotOpenrnic { device: String, found: u32, expected: u32 },
    #[error("{device}: contract major version {found}, this driver speaks {expected}")]
    VersionMismatch { device: String, found: u32, expected: u32 },
    #[error("{device}: BAR0 is {size:#x} bytes, the register map needs {needed:#x}")]
    BarTooSmall { device: String, size: u64, needed: u64 },
    #[error("{device}: capability {cap} reads {value}, which this driver cannot use")]
    BadCapability { device: String, cap: &'static str, value: u32 },
    #[error("{device}: {what} command still pending after {waited_ms} ms (STATUS {status:#x})")]
    CommandTimeout { device: String, what: &'static str, status: u32, waited_ms: u64 },
    #[error("all {max} {what} are in use")]
    Exhausted { what: &'static str, max: u32 },
    #[error("no free IOVA range of {len:#x} bytes")]
    IovaExhausted { len: u64 },
    #[error("mmap of {len:#x} bytes for DMA memory failed: {source}")]
    Mmap {
        len: usize,
        #[source]
        source: std::io::Error,
    },
    #[error("invalid {what}: {why}")]
    InvalidArg { what: &'static str, why: String },
    #[error("{0} is not supported by this device (CAP_FEATURES)")]
    Unsupported(&'static str),
    #[error("QP {qpn}: transition {from:?} -> {to:?} is not allowed")]
    BadTransition { qpn: u32, from: QpState, to: QpState },
    #[error("QP {qpn}: moving to {to:?} needs attribute {attr}")]
    MissingAttr { qpn: u32, to: QpState, attr: &'static str },
    #[error("QP {qpn}: attribute {attr} cannot be changed in transition {from:?} -> {to:?}")]
    AttrNotAllowed { qpn: u32, from: QpState, to: QpState, attr: &'static str },
    #[error("QP {qpn}: {op} needs the QP in {need}, it is in {state:?}")]
    BadState { qpn: u32, op: &'static str, state: QpState, need: &'static str },
    #[error("QP {qpn}: {queue} is full ({depth} WRs outstanding); poll its CQ (only signaled completions retire send WRs)")]
    QueueFull { qpn: u32, queue: &'static str, depth: u32 },
    #[error("lkey {lkey:#x} names no registered memory region (never registered, deregistered, or stale generation)")]
    KeyMismatch { lkey: u32 },
    #[error("SGE {addr:#x}+{len:#x} is not inside the region of lkey {lkey:#x} ({mr_addr:#x}+{mr_len:#x})")]
    NotRegistered { addr: u64, len: u64, lkey: u32, mr_addr: u64, mr_len: u64 },
    #[error("lkey {lkey:#x} belongs to PD {mr_pd}, the QP to PD {qp_pd}")]
    PdMismatch { lkey: u32, mr_pd: u32, qp_pd: u32 },
    #[error("lkey {lkey:#x} lacks {right} access, which {op} needs")]
    AccessDenied { lkey: u32, right: &'static str, op: &'static str },
    #[error("message of {len} bytes is longer than the {max}-byte limit")]
    TooLong { len: u64, max: u64 },
    #[error("range {offset:#x}+{len:#x} is outside the {size:#x}-byte region")]
    OutOfBounds { offset: u64, len: u64, size: u64 },
    #[error(transparent)]
    Field(#[from] openrnic_contract::FieldOverflow),
}
