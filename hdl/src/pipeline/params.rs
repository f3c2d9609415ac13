//! Sizes of the pipelined engine's on-chip tables: the one place to change them. Every
//! table is a block RAM indexed by these widths; the capability registers report
//! `1 << *_BITS` (the legacy engine's contract reset values, 16, stay as they are).

/// log2 of the number of queue pairs (QPN 0..QPS-1).
pub const QPN_BITS: usize = 8;
pub const QPS: usize = 1 << QPN_BITS;
/// log2 of the number of completion queues.
pub const CQN_BITS: usize = 8;
pub const CQS: usize = 1 << CQN_BITS;
/// log2 of the number of memory-region rows.
pub const MRN_BITS: usize = 10;
pub const MRS: usize = 1 << MRN_BITS;
