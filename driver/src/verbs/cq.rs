//! Completion queues: a ring the engine writes CQEs into, consumed by owner bit.
//!
//! Polling also keeps the queue pairs' books: a send completion retires every send
//! WR up to the signaled one it reports, a receive completion one receive WR. When a
//! QP is in error its outstanding WRs are flushed as `WrFlushErr` completions, but
//! only once the ring is empty, so they always come after the engine's own.

use super::device::DeviceInner;
use super::error::Result;
use super::memory::{get, Ring};
use super::qp::QpTrack;
use super::{doorbell, lock};
use openrnic_contract::queues::{cqe, cqe_opcode, cqe_status};
use openrnic_contract::{regs, Cqe};
use std::mem::ManuallyDrop;
use std::sync::atomic::Ordering;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Completion status, numbered like `ibv_wc_status`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WcStatus {
    Success,
    LocLenErr,
    LocProtErr,
    /// Written by the driver, not the engine: the WR was outstanding when its QP
    /// entered the error state.
    WrFlushErr,
    RemInvReqErr,
    RemAccessErr,
    RemOpErr,
    RnrRetryExcErr,
    GeneralErr,
    Unknown(u8),
}

impl WcStatus {
    /// `IBV_WC_WR_FLUSH_ERR`; the contract has no such CQE status because only the driver produces it.
    const FLUSH_ERR: u8 = 5;

    pub fn from_code(code: u8) -> WcStatus {
        match code as u64 {
            cqe_status::SUCCESS => WcStatus::Success,
            cqe_status::LOC_LEN_ERR => WcStatus::LocLenErr,
            cqe_status::LOC_PROT_ERR => WcStatus::LocProtErr,
            cqe_status::REM_INV_REQ_ERR => WcStatus::RemInvReqErr,
            cqe_status::REM_ACCESS_ERR => WcStatus::RemAccessErr,
            cqe_status::REM_OP_ERR => WcStatus::RemOpErr,
            cqe_status::RNR_RETRY_EXC_ERR => WcStatus::RnrRetryExcErr,
            cqe_status::GENERAL_ERR => WcStatus::GeneralErr,
            _ if code == Self::FLUSH_ERR => WcStatus::WrFlushErr,
            _ => WcStatus::Unknown(code),
        }
    }
    /// The `ibv_wc_status` number.
    pub fn code(self) -> u8 {
        match self {
            WcStatus::Success => cqe_status::SUCCESS as u8,
            WcStatus::LocLenErr => cqe_status::LOC_LEN_ERR as u8,
            WcStatus::LocProtErr => cqe_status::LOC_PROT_ERR as u8,
            WcStatus::WrFlushErr => Self::FLUSH_ERR,
            WcStatus::RemInvReqErr => cqe_status::REM_INV_REQ_ERR as u8,
            WcStatus::RemAccessErr => cqe_status::REM_ACCESS_ERR as u8,
            WcStatus::RemOpErr => cqe_status::REM_OP_ERR as u8,
            WcStatus::RnrRetryExcErr => cqe_status::RNR_RETRY_EXC_ERR as u8,
            WcStatus::GeneralErr => cqe_status::GENERAL_ERR as u8,
            WcStatus::Unknown(c) => c,
        }
    }
    pub fn is_ok(self) -> bool {
        self == WcStatus::Success
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WcOpcode {
    Send,
    RdmaWrite,
    Recv,
    /// A peer's RDMA WRITE with immediate consumed a receive WR.
    RecvRdmaWithImm,
    Unknown(u8),
}

impl WcOpcode {
    pub fn from_code(code: u8) -> WcOpcode {
        match code as u64 {
            cqe_opcode::SEND => WcOpcode::Send,
            cqe_opcode::WRITE => WcOpcode::RdmaWrite,
            cqe_opcode::RECV => WcOpcode::Recv,
            cqe_opcode::RECV_WRITE_IMM => WcOpcode::RecvRdmaWithImm,
            _ => WcOpcode::Unknown(code),
        }
    }
    /// Completes a send-queue WR (as opposed to a receive WR).
    pub fn is_send(self) -> bool {
        matches!(self, WcOpcode::Send | WcOpcode::RdmaWrite)
    }
    pub fn is_recv(self) -> bool {
        matches!(self, WcOpcode::Recv | WcOpcode::RecvRdmaWithImm)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WorkCompletion {
    pub wr_id: u64,
    pub status: WcStatus,
    pub opcode: WcOpcode,
    /// Bytes transferred (receives: bytes placed).
    pub byte_len: u32,
    /// Immediate data, exactly the value the sender posted.
    pub imm: Option<u32>,
    pub qp_num: u32,
}

impl WorkCompletion {
    pub(crate) fn from_cqe(e: &Cqe) -> WorkCompletion {
        WorkCompletion {
            wr_id: get(e, cqe::WR_ID),
            status: WcStatus::from_code(get(e, cqe::STATUS) as u8),
            opcode: WcOpcode::from_code(get(e, cqe::OPCODE) as u8),
            byte_len: get(e, cqe::BYTE_LEN) as u32,
            imm: (get(e, cqe::IMM_VALID) != 0).then(|| get(e, cqe::IMM) as u32),
            qp_num: get(e, cqe::QPN) as u32,
        }
    }
}

/// Consumer state; QPs take its lock to discard their entries on reset.
pub(crate) struct PollState {
    ci: u32,
    /// (qpn, index): entries of `qpn` before `index` belong to a reset or destroyed
    /// incarnation of that QP and are dropped unseen.
    discard: Vec<(u32, u32)>,
}

/// Free-running `a` comes before `b`.
fn before(a: u32, b: u32) -> bool {
    (a.wrapping_sub(b) as i32) < 0
}

pub(crate) struct CqInner {
    pub(crate) dev: Arc<DeviceInner>,
    pub(crate) cqn: u32,
    /// Dropped by hand, once the row is invalid.
    ring: ManuallyDrop<Ring<{ cqe::SIZE }>>,
    vector: u32,
    pub(crate) poll: Mutex<PollState>,
    db_ci: u64,
    db_arm: u64,
}

impl CqInner {
    pub(crate) fn new(dev: Arc<DeviceInner>, cqn: u32, log2: u32, vector: u32) -> Result<Arc<CqInner>> {
        let ring = Ring::new(&dev.backend, &dev.iovas, log2)?;
        let db_ci = regs::CQ_DB.addr(cqn, &regs::CQ_CI) as u64;
        let db_arm = regs::CQ_DB.addr(cqn, &regs::CQ_ARM) as u64;
        let iova = ring.iova();
        let setup = || -> Result<()> {
            // A previous owner of this CQ number may have left it armed.
            dev.backend.write32(db_arm, 0)?;
            dev.command(
                "CQ create",
                &[
                    (&regs::CQ_SEL, cqn),
                    (&regs::CQ_BASE_LO, iova as u32),
                    (&regs::CQ_BASE_HI, (iova >> 32) as u32),
                    (&regs::CQ_LOG2, log2),
                    (&regs::CQ_VECTOR, vector),
                ],
                &regs::CQ_CMD,
                regs::cmd::COMMIT,
            )
        };
        if let Err(e) = setup() {
            if dev.command("CQ destroy", &[(&regs::CQ_SEL, cqn)], &regs::CQ_CMD, regs::cmd::INVALIDATE).is_err() {
                std::mem::forget(ring);
            }
            return Err(e);
        }
        Ok(Arc::new(CqInner {
            dev,
            cqn,
            ring: ManuallyDrop::new(ring),
            vector,
            poll: Mutex::new(PollState { ci: 0, discard: Vec::new() }),
            db_ci,
            db_arm,
        }))
    }

    /// Entry `index` holds a CQE the engine wrote on this pass over the ring.
    fn fresh(&self, index: u32) -> bool {
        let byte = self.ring.read_byte_acquire(index, cqe::OWNER.offset) as u64;
        let owner = (byte >> cqe::OWNER.lsb) & cqe::OWNER.mask();
        owner == (((index >> self.ring.log2()) & 1) ^ 1) as u64
    }

    /// Entries written but not consumed, oldest first, without consuming them;
    /// entries of discarded QP incarnations are skipped.
    fn unconsumed<'a>(&'a self, ps: &'a PollState) -> impl Iterator<Item = (u32, WorkCompletion)> + 'a {
        (0..self.ring.depth())
            .map(move |k| ps.ci.wrapping_add(k))
            .take_while(move |&i| self.fresh(i))
            .map(move |i| (i, WorkCompletion::from_cqe(&self.ring.read(i))))
            .filter(move |(i, wc)| !ps.discard.iter().any(|&(q, until)| q == wc.qp_num && before(*i, until)))
    }

    /// Drop every entry of `qpn` written so far (the QP is being reset or destroyed).
    pub(crate) fn discard_qp(&self, ps: &mut PollState, qpn: u32) {
        let n = self.unconsumed(ps).count() as u32;
        let until = ps.ci.wrapping_add(n);
        if n > 0 && !ps.discard.contains(&(qpn, until)) {
            ps.discard.push((qpn, until));
        }
    }

    fn poll_into(self: &Arc<Self>, out: &mut Vec<WorkCompletion>, max: usize) -> Result<usize> {
        let start = out.len();
        let mut ps = lock(&self.poll);
        let ci0 = ps.ci;
        let mut qps = None;
        while out.len() - start < max && self.fresh(ps.ci) {
            let index = ps.ci;
            let wc = WorkCompletion::from_cqe(&self.ring.read(index));
            ps.ci = index.wrapping_add(1);
            if ps.discard.iter().any(|&(q, until)| q == wc.qp_num && before(index, until)) {
                continue;
            }
            let table = qps.get_or_insert_with(|| lock(&self.dev.qps));
            if let Some(Some(t)) = table.get(wc.qp_num as usize) {
                t.on_completion(self, &wc);
            }
            out.push(wc);
        }
        if ps.ci != ci0 {
            let ci = ps.ci;
            ps.discard.retain(|&(_, until)| before(ci, until));
            // Slots up to ci may now be reused by the engine.
            self.dev.backend.write32(self.db_ci, doorbell(ci))?;
        }
        if out.len() - start < max && self.dev.flushing.load(Ordering::Acquire) > 0 {
            // Read the flags before finding the ring empty: a queue flagged after
            // that check may still have engine completions on their way.
            let table = qps.get_or_insert_with(|| lock(&self.dev.qps));
            let flagged: Vec<&Arc<QpTrack>> = table.iter().flatten().filter(|t| t.flush_pending(self)).collect();
            if !flagged.is_empty() && !self.fresh(ps.ci) {
                for t in flagged {
                    let room = max - (out.len() - start);
                    t.flush_into(self, out, room);
                }
            }
        }
        Ok(out.len() - start)
    }
}

impl Drop for CqInner {
    fn drop(&mut self) {
        let r = self.dev.command("CQ destroy", &[(&regs::CQ_SEL, self.cqn)], &regs::CQ_CMD, regs::cmd::INVALIDATE);
        if r.is_ok() {
            self.dev.free_cqn(self.cqn);
            // SAFETY: dropped exactly once, here, after the row stopped naming it.
            unsafe { ManuallyDrop::drop(&mut self.ring) };
        }
    }
}

/// A completion queue. Queue pairs using it keep its ring alive after this handle
/// is dropped (their completions then go unread).
pub struct CompletionQueue {
    inner: Arc<CqInner>,
}

impl std::fmt::Debug for CompletionQueue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CompletionQueue").field("cqn", &self.cqn()).field("depth", &self.depth()).finish()
    }
}

impl CompletionQueue {
    pub(crate) fn from_inner(inner: Arc<CqInner>) -> CompletionQueue {
        CompletionQueue { inner }
    }
    pub(crate) fn inner(&self) -> &Arc<CqInner> {
        &self.inner
    }
    pub fn cqn(&self) -> u32 {
        self.inner.cqn
    }
    /// Entries in the ring (a power of two, at least what was asked for).
    pub fn depth(&self) -> u32 {
        self.inner.ring.depth()
    }
    pub fn vector(&self) -> u32 {
        self.inner.vector
    }

    /// Up to `max` completions, oldest first.
    pub fn poll(&mut self, max: usize) -> Result<Vec<WorkCompletion>> {
        let mut v = Vec::new();
        self.poll_into(&mut v, max)?;
        Ok(v)
    }
    /// Append up to `max` completions to `out` (no allocation if it has room); returns how many.
    pub fn poll_into(&mut self, out: &mut Vec<WorkCompletion>, max: usize) -> Result<usize> {
        self.inner.poll_into(out, max)
    }

    /// Raise the CQ's vector once, at its next completion.
    pub fn arm(&self) -> Result<()> {
        Ok(self.inner.dev.backend.write32(self.inner.db_arm, 1)?)
    }

    /// Poll; if nothing is there, arm, poll again (a completion may have slipped in
    /// before the arm), and sleep on the interrupt. Returns an empty vector on timeout.
    pub fn wait(&mut self, max: usize, timeout: Duration) -> Result<Vec<WorkCompletion>> {
        let deadline = Instant::now() + timeout;
        loop {
            let v = self.poll(max)?;
            if !v.is_empty() {
                return Ok(v);
            }
            self.arm()?;
            let v = self.poll(max)?;
            if !v.is_empty() {
                return Ok(v);
            }
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() || !self.inner.dev.backend.wait_irq(self.inner.vector, left)? {
                return Ok(v);
            }
            // The interrupt may be stale (armed earlier, fired for an entry already
            // polled): loop and look again until the deadline.
        }
    }
}
