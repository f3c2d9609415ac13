//! openrnic's userspace driver: a verbs API over a [`backend::Backend`].
pub mod backend;
pub mod verbs;

pub use verbs::{
    AddressVector, CompletionQueue, Counters, Device, DeviceAttr, Error, MemoryRegion, Mtu, ProtectionDomain, QpAttr,
    QpInitAttr, QpState, QueuePair, RecvWr, SendOp, SendWr, Sge, WcOpcode, WcStatus, WorkCompletion,
};
pub mod tools;
