//! A libibverbs-shaped API over a [`Backend`](crate::backend::Backend): device,
//! protection domains, memory regions, completion queues and RC queue pairs.
//!
//! Every register offset, doorbell address and queue-entry field comes from
//! `openrnic_contract`; the few bit positions the contract only states in prose are
//! gathered in [`prose`] so they can move into the contract in one step.
//!
//! Ownership mirrors libibverbs' dependency rules with `Arc`s instead of `EBUSY`:
//! a QP keeps its PD and CQs alive, an MR its PD, and everything the device. Drop
//! releases the hardware row first (command, then wait for it to finish) and only
//! then unmaps the memory, so the engine never DMAs into memory that was freed.

mod cq;
mod device;
mod error;
pub mod fake;
mod memory;
mod mr;
mod qp;

pub use cq::{CompletionQueue, WcOpcode, WcStatus, WorkCompletion};
pub use device::{Counters, Device, DeviceAttr, ProtectionDomain};
pub use error::{Error, Result};
pub use memory::{page_size, DmaBuf};
pub use mr::MemoryRegion;
pub use qp::{AddressVector, Mtu, QpAttr, QpInitAttr, QpState, QueuePair, RecvWr, SendOp, SendWr, Sge};

use std::sync::{Mutex, MutexGuard};

/// Largest message one work request may carry (libibverbs' `max_msg_sz`).
pub const MAX_MSG_SIZE: u64 = 1 << 31;

/// Doorbell registers carry a free-running 16-bit index.
const DOORBELL_BITS: u32 = openrnic_contract::regs::DOORBELL_INDEX.width;
/// Deepest ring: free-running 16-bit indices must tell a full ring from an empty one.
pub(crate) const MAX_RING_LOG2: u32 = DOORBELL_BITS - 1;

/// The value a doorbell register carries for free-running index `i`.
pub(crate) fn doorbell(i: u32) -> u32 {
    i & ((1 << DOORBELL_BITS) - 1)
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
