//! A libibverbs-shaped API over a [`Backend`](crate::backend::Backend): device,
//! protection domains, memory regions, completion queues and RC queue pairs.
//!
//! Every register offset, doorbell address, register bit field and queue-entry
//! field comes from `openrnic_contract`; no device bit position is hand-coded here.
//!
//! Ownership mirrors libibverbs' dependency rules with `Arc`s instead of `EBUSY`:
//! a QP keeps its PD and CQs alive, an MR its PD, and everything the device. Drop
//! releases the hardware row first (command, then wait for it to finish) and only
//! then unmaps the memory, so the engine never DMAs into memory that was freed.

mod cq;
mod device;
mod error;
/// Test-only: the in-memory backend is for this crate's unit tests and, behind the
/// non-default `fake` feature, its `post_send` bench; it is not part of the API.
#[cfg(any(test, feature = "fake"))]
#[doc(hidden)]
pub mod fake;
mod memory;
mod mr;
mod qp;

pub use cq::{CompletionQueue, WcOpcode, WcStatus, WorkCompletion};
pub use device::{Counters, Device, DeviceAttr, ProtectionDomain};
pub use error::{Error, Result};
pub use memory::{page_size, DmaBuf};
pub use mr::MemoryRegion;
pub use qp::{FIRST_RC_QPN, AddressVector, Mtu, QpAttr, QpInitAttr, QpState, QueuePair, RecvWr, SendOp, SendWr, Sge};

use openrnic_contract::regs::DOORBELL_INDEX;
use openrnic_contract::{Field, FieldOverflow};
use std::sync::{Mutex, MutexGuard};

/// Largest message one work request may carry (libibverbs' `max_msg_sz`).
pub const MAX_MSG_SIZE: u64 = 1 << 31;

/// Deepest ring: free-running doorbell indices must tell a full ring from an empty one.
pub(crate) const MAX_RING_LOG2: u32 = DOORBELL_INDEX.width - 1;

/// The value a doorbell register carries for free-running index `i`.
pub(crate) fn doorbell(i: u32) -> u32 {
    i & DOORBELL_INDEX.mask() as u32
}

/// A register value with `fields` set, each value checked against its width.
pub(crate) fn reg_value(fields: &[(Field, u32)]) -> Result<u32, FieldOverflow> {
    let mut b = [0u8; 4];
    for (f, v) in fields {
        f.set(&mut b, *v as u64)?;
    }
    Ok(u32::from_le_bytes(b))
}

/// Lock, ignoring poisoning: every critical section here leaves its data consistent
/// at each step, and a panic elsewhere must not turn into a panic in `Drop`.
pub(crate) fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// log2 of the smallest power of two >= `n` (n >= 1).
pub(crate) fn ceil_log2(n: u32) -> u32 {
    n.max(1).next_power_of_two().trailing_zeros()
}

#[cfg(test)]
mod tests;
