//! The hardware/software contract of openrnic, written once.
//!
//! - [`regs`]: BAR0 registers and doorbells.
//! - [`queues`]: host-memory queue entries (send/receive WQE, CQE) and on-chip table rows.
//! - [`wire`]: RoCEv2 header offsets, opcodes, syndromes, and a reference parser/builder/ICRC.
//! - [`render`]: the Markdown, C and SystemVerilog renderings of all of the above.
//!
//! The HDL takes field positions from here, the simulator and driver use the same
//! constants; nothing else in the project types an offset.

pub mod layout;
pub mod queues;
pub mod regs;
pub mod render;
pub mod wire;

pub use layout::{Field, FieldOverflow, Layout};

/// A zero-copy, typed view of one queue entry: `Entry<{ send_wqe::SIZE }>`.
/// The byte array is the entry exactly as it sits in host memory.
#[derive(Clone, Copy, PartialEq, Eq, Debug, zerocopy::FromBytes, zerocopy::IntoBytes, zerocopy::KnownLayout, zerocopy::Immutable)]
#[repr(C)]
pub struct Entry<const N: usize> {
    pub bytes: [u8; N],
}

impl<const N: usize> Default for Entry<N> {
    fn default() -> Self {
        Entry { bytes: [0; N] }
    }
}

impl<const N: usize> Entry<N> {
    pub fn get(&self, f: Field) -> u64 {
        f.get(&self.bytes)
    }
    pub fn set(&mut self, f: Field, v: u64) -> Result<&mut Self, FieldOverflow> {
        f.set(&mut self.bytes, v)?;
        Ok(self)
    }
}

pub type SendWqe = Entry<{ queues::send_wqe::SIZE }>;
pub type RecvWqe = Entry<{ queues::recv_wqe::SIZE }>;
pub type Cqe = Entry<{ queues::cqe::SIZE }>;
