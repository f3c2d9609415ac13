//! RC queue pairs: the RESET/INIT/RTR/RTS/ERR state machine, posting work requests
//! into the send and receive rings, and the books that say which ring slots are free.
//!
//! The engine's QP context is written through one global set of `QPC_*` staging
//! registers, so the driver keeps every attribute and stages the full set at each
//! transition, then issues one command:
//! - leaving RESET: COMMIT, a fresh incarnation (queue indices, PSN progress and
//!   doorbells start at 0, as the driver's books do);
//! - every later transition: MODIFY, which keeps the QP's progress, so WRs posted
//!   in INIT or RTR stay where they are and PSNs run on;
//! - to RESET (and on destroy): INVALIDATE.
//!
//! Queue indices are free-running and the same on both sides: slot = i mod depth.

use super::cq::{CompletionQueue, CqInner, WcOpcode, WcStatus, WorkCompletion};
use super::device::{mac_hi, mac_lo, DeviceAttr, PdInner};
use super::error::{Error, Result};
use super::mr::MrCache;
use super::memory::{get, set, Ring};
use super::{ceil_log2, doorbell, lock, reg_value, MAX_MSG_SIZE};

/// First QP number handed out (0 and 1 are InfiniBand's special QPs).
pub const FIRST_RC_QPN: usize = 2;
use openrnic_contract::queues::{qpc, recv_wqe, send_wqe, wqe_opcode};
use openrnic_contract::regs::{self, feature};
use openrnic_contract::{RecvWqe, SendWqe};
use std::net::Ipv4Addr;
use std::sync::atomic::{fence, AtomicBool, AtomicU32, Ordering};
use std::sync::Arc;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum QpState {
    #[default]
    Reset,
    Init,
    Rtr,
    Rts,
    Err,
}

impl QpState {
    fn hw(self) -> u32 {
        match self {
            QpState::Reset => regs::qp_state::RESET,
            QpState::Init => regs::qp_state::INIT,
            QpState::Rtr => regs::qp_state::RTR,
            QpState::Rts => regs::qp_state::RTS,
            QpState::Err => regs::qp_state::ERROR,
        }
    }
}

/// Path MTU; the discriminant is log2 of the size, what `QPC_PMTU_LOG2` takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Mtu {
    Mtu256 = 8,
    Mtu512 = 9,
    Mtu1024 = 10,
    Mtu2048 = 11,
    Mtu4096 = 12,
}

impl Mtu {
    const ALL: [Mtu; 5] = [Mtu::Mtu256, Mtu::Mtu512, Mtu::Mtu1024, Mtu::Mtu2048, Mtu::Mtu4096];
    pub fn log2(self) -> u32 {
        self as u32
    }
    pub fn bytes(self) -> u32 {
        1 << self.log2()
    }
    pub fn from_bytes(bytes: u32) -> Option<Mtu> {
        Self::ALL.into_iter().find(|m| m.bytes() == bytes)
    }
    pub fn from_log2(log2: u32) -> Option<Mtu> {
        Self::ALL.into_iter().find(|m| m.log2() == log2)
    }
}

/// Where the peer is: the RoCEv2 "address vector" (no GRH options, IPv4 only).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AddressVector {
    pub mac: [u8; 6],
    pub ipv4: Ipv4Addr,
}

/// Attributes for [`QueuePair::modify`]; `Some` fields play the role of the
/// libibverbs attribute mask, and each transition takes the ones ibverbs takes there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct QpAttr {
    pub state: QpState,
    pub path_mtu: Option<Mtu>,
    pub dest_qp_num: Option<u32>,
    /// PSN the responder expects first (RTR).
    pub rq_psn: Option<u32>,
    /// PSN the requester sends first (RTS).
    pub sq_psn: Option<u32>,
    pub av: Option<AddressVector>,
    /// UDP source port of this QP's frames (default: `QPC_UDP_SPORT` reset + QPN).
    /// Set with the path (INIT->RTR) or later, as `mlx5dv_modify_qp_udp_sport` does.
    pub udp_sport: Option<u16>,
}

impl QpAttr {
    pub fn new(state: QpState) -> QpAttr {
        QpAttr { state, ..QpAttr::default() }
    }
    pub fn init() -> QpAttr {
        QpAttr::new(QpState::Init)
    }
    /// INIT -> RTR: everything the responder and the requester's headers need.
    pub fn rtr(path_mtu: Mtu, dest_qp_num: u32, rq_psn: u32, av: AddressVector) -> QpAttr {
        QpAttr { path_mtu: Some(path_mtu), dest_qp_num: Some(dest_qp_num), rq_psn: Some(rq_psn), av: Some(av), ..QpAttr::new(QpState::Rtr) }
    }
    pub fn rts(sq_psn: u32) -> QpAttr {
        QpAttr { sq_psn: Some(sq_psn), ..QpAttr::new(QpState::Rts) }
    }
    /// (name, given) for each attribute: the attribute mask.
    fn mask(&self) -> [(&'static str, bool); 6] {
        [
            ("path_mtu", self.path_mtu.is_some()),
            ("dest_qp_num", self.dest_qp_num.is_some()),
            ("rq_psn", self.rq_psn.is_some()),
            ("sq_psn", self.sq_psn.is_some()),
            ("av", self.av.is_some()),
            ("udp_sport", self.udp_sport.is_some()),
        ]
    }
}

/// Attribute names a transition requires, and those it also accepts.
type Rules = (&'static [&'static str], &'static [&'static str]);

/// The rules of an RC QP transition: ibverbs' table (`ib_modify_qp_is_ok`) restricted
/// to what [`QpAttr`] has; None if the transition is not allowed. RTS->RTS accepts
/// only the UDP source port: what else ibverbs lets a live QP change (access flags,
/// alternate path, RNR timer) is not modelled, and PSNs and the primary path are
/// fixed once set.
fn rules(from: QpState, to: QpState) -> Option<Rules> {
    use QpState::{Init, Reset, Rtr, Rts};
    Some(match (from, to) {
        (_, Reset | QpState::Err) | (Reset | Init, Init) => (&[], &[]),
        (Init, Rtr) => (&["path_mtu", "dest_qp_num", "rq_psn", "av"], &["udp_sport"]),
        (Rtr, Rts) => (&["sq_psn"], &["udp_sport"]),
        (Rts, Rts) => (&[], &["udp_sport"]),
        _ => return None,
    })
}

pub struct QpInitAttr<'a> {
    pub send_cq: &'a CompletionQueue,
    pub recv_cq: &'a CompletionQueue,
    /// Send queue depth wanted (rounded up to a power of two).
    pub max_send_wr: u32,
    /// Receive queue depth wanted (rounded up to a power of two).
    pub max_recv_wr: u32,
}

/// One gather/scatter entry: `len` bytes at `addr` inside the region of `lkey`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sge {
    pub addr: u64,
    pub len: u32,
    pub lkey: u32,
}

/// What a send WR does. Immediates arrive at the peer as the same `u32`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SendOp {
    Send,
    SendWithImm(u32),
    Write { remote_addr: u64, rkey: u32 },
    WriteWithImm { remote_addr: u64, rkey: u32, imm: u32 },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SendWr {
    pub wr_id: u64,
    pub opcode: SendOp,
    /// The engine gathers from at most one entry; None sends a zero-length message.
    pub sge: Option<Sge>,
    /// Write a completion on success. Unsignaled WRs keep their slot until a later
    /// signaled completion retires them, as in libibverbs.
    pub signaled: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RecvWr {
    pub wr_id: u64,
    pub sge: Sge,
}

/// One work queue's ring and books.
pub(crate) struct WorkQueue<const N: usize> {
    pub(crate) ring: Ring<N>,
    /// Next driver index to post (written by the QP owner only).
    posted: AtomicU32,
    /// Driver index up to which WRs are retired (written by the CQ poller only).
    done: AtomicU32,
    /// Outstanding WRs are to be completed with `WrFlushErr`.
    flushing: AtomicBool,
}

impl<const N: usize> WorkQueue<N> {
    fn new(ring: Ring<N>) -> Self {
        WorkQueue { ring, posted: AtomicU32::new(0), done: AtomicU32::new(0), flushing: AtomicBool::new(false) }
    }
    fn outstanding(&self) -> u32 {
        self.posted.load(Ordering::Relaxed).wrapping_sub(self.done.load(Ordering::Acquire))
    }
    fn clear(&self) {
        self.posted.store(0, Ordering::Release);
        self.done.store(0, Ordering::Release);
    }
}

/// The part of a QP the CQ poller needs (it finds it by QPN in the device table).
pub(crate) struct QpTrack {
    pub(crate) qpn: u32,
    pub(crate) send_cq: Arc<CqInner>,
    pub(crate) recv_cq: Arc<CqInner>,
    pub(crate) sq: WorkQueue<{ send_wqe::SIZE }>,
    pub(crate) rq: WorkQueue<{ recv_wqe::SIZE }>,
    /// The engine completed a WR with an error, which moved the QP to ERROR.
    hw_error: AtomicBool,
}

fn is(a: &Arc<CqInner>, b: &CqInner) -> bool {
    std::ptr::eq(Arc::as_ptr(a), b)
}

fn set_flushing<const N: usize>(wq: &WorkQueue<N>, cq: &CqInner, on: bool) {
    if wq.flushing.swap(on, Ordering::AcqRel) != on {
        if on {
            cq.dev.flushing.fetch_add(1, Ordering::AcqRel);
        } else {
            cq.dev.flushing.fetch_sub(1, Ordering::AcqRel);
        }
    }
}

impl QpTrack {
    /// Book-keeping for one engine completion of this QP (called under `cq`'s poll lock).
    pub(crate) fn on_completion(&self, cq: &CqInner, wc: &WorkCompletion) {
        if wc.opcode.is_send() && is(&self.send_cq, cq) {
            self.retire_send(wc);
        } else if wc.opcode.is_recv() && is(&self.recv_cq, cq) {
            self.rq.done.fetch_add(1, Ordering::AcqRel);
        }
        if !wc.status.is_ok() {
            // The engine has moved the QP to ERROR: nothing else will complete.
            self.hw_error.store(true, Ordering::Release);
            set_flushing(&self.sq, &self.send_cq, true);
            set_flushing(&self.rq, &self.recv_cq, true);
        }
    }

    /// Send WRs complete in order, and only signaled ones (or a failed one) write a
    /// CQE: retire up to and including the WR this completion reports.
    fn retire_send(&self, wc: &WorkCompletion) {
        let sq = &self.sq;
        let posted = sq.posted.load(Ordering::Acquire);
        let mut i = sq.done.load(Ordering::Relaxed);
        while i != posted {
            let e = sq.ring.read(i);
            i = i.wrapping_add(1);
            let hit = if wc.status.is_ok() {
                get(&e, send_wqe::SIGNALED) != 0
            } else {
                get(&e, send_wqe::WR_ID) == wc.wr_id
            };
            if hit {
                sq.done.store(i, Ordering::Release);
                return;
            }
        }
    }

    pub(crate) fn flush_pending(&self, cq: &CqInner) -> bool {
        (is(&self.send_cq, cq) && self.sq.flushing.load(Ordering::Acquire))
            || (is(&self.recv_cq, cq) && self.rq.flushing.load(Ordering::Acquire))
    }

    /// Complete up to `room` outstanding WRs of the queues that report to `cq` with
    /// `WrFlushErr`. The caller has seen `cq` empty after seeing the flag.
    pub(crate) fn flush_into(&self, cq: &CqInner, out: &mut Vec<WorkCompletion>, mut room: usize) {
        let flush = |wr_id, opcode| WorkCompletion { wr_id, status: WcStatus::WrFlushErr, opcode, byte_len: 0, imm: None, qp_num: self.qpn };
        if is(&self.send_cq, cq) && self.sq.flushing.load(Ordering::Acquire) {
            let (posted, mut i) = (self.sq.posted.load(Ordering::Acquire), self.sq.done.load(Ordering::Relaxed));
            while i != posted && room > 0 {
                let e = self.sq.ring.read(i);
                let op = match get(&e, send_wqe::OPCODE) {
                    wqe_opcode::WRITE | wqe_opcode::WRITE_IMM => WcOpcode::RdmaWrite,
                    _ => WcOpcode::Send,
                };
                out.push(flush(get(&e, send_wqe::WR_ID), op));
                i = i.wrapping_add(1);
                room -= 1;
            }
            self.sq.done.store(i, Ordering::Release);
        }
        if is(&self.recv_cq, cq) && self.rq.flushing.load(Ordering::Acquire) {
            let (posted, mut i) = (self.rq.posted.load(Ordering::Acquire), self.rq.done.load(Ordering::Relaxed));
            while i != posted && room > 0 {
                out.push(flush(get(&self.rq.ring.read(i), recv_wqe::WR_ID), WcOpcode::Recv));
                i = i.wrapping_add(1);
                room -= 1;
            }
            self.rq.done.store(i, Ordering::Release);
        }
    }

    /// The QP row is invalid (reset or destroy): forget this incarnation's CQEs and
    /// WRs. Each queue is cleared under its CQ's poll lock, so no poll is halfway
    /// through its books.
    fn forget(&self) {
        {
            let mut ps = lock(&self.send_cq.poll);
            self.send_cq.discard_qp(&mut ps, self.qpn);
            set_flushing(&self.sq, &self.send_cq, false);
            self.sq.clear();
        }
        {
            let mut ps = lock(&self.recv_cq.poll);
            self.recv_cq.discard_qp(&mut ps, self.qpn);
            set_flushing(&self.rq, &self.recv_cq, false);
            self.rq.clear();
        }
        self.hw_error.store(false, Ordering::Release);
    }
}

/// The attributes the engine's context is built from.
#[derive(Debug, Clone, Copy)]
struct Staged {
    mtu: Mtu,
    dest_qpn: u32,
    rq_psn: u32,
    sq_psn: u32,
    av: AddressVector,
    udp_sport: u16,
}

impl Staged {
    fn new(qpn: u32) -> Staged {
        Staged {
            mtu: Mtu::from_log2(regs::QPC_PMTU_LOG2.reset).unwrap_or(Mtu::Mtu1024),
            dest_qpn: 0,
            rq_psn: 0,
            sq_psn: 0,
            av: AddressVector { mac: [0; 6], ipv4: Ipv4Addr::UNSPECIFIED },
            udp_sport: (regs::QPC_UDP_SPORT.reset.wrapping_add(qpn) as u64 & qpc::UDP_SPORT.mask()) as u16,
        }
    }
}

/// A reliable-connected queue pair. Destroyed (row invalidated, rings freed) on drop.
pub struct QueuePair {
    pd: Arc<PdInner>,
    track: Arc<QpTrack>,
    state: QpState,
    staged: Staged,
    attr: DeviceAttr,
    sq_db: u64,
    rq_db: u64,
    send_mr: MrCache,
    recv_mr: MrCache,
}

impl std::fmt::Debug for QueuePair {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("QueuePair").field("qpn", &self.track.qpn).field("state", &self.state()).finish()
    }
}

fn check_depth(what: &'static str, n: u32, max: u32) -> Result<u32> {
    if n > max {
        return Err(Error::InvalidArg { what, why: format!("{n} > {max}") });
    }
    Ok(ceil_log2(n))
}

fn check_bits(what: &'static str, v: u32, f: openrnic_contract::Field) -> Result<u32> {
    if v as u64 > f.mask() {
        return Err(Error::InvalidArg { what, why: format!("{v:#x} does not fit {} bits", f.width) });
    }
    Ok(v)
}

impl QueuePair {
    pub(crate) fn new(pd: Arc<PdInner>, init: &QpInitAttr<'_>) -> Result<QueuePair> {
        let dev = pd.dev.clone();
        let (scq, rcq) = (init.send_cq.inner(), init.recv_cq.inner());
        if !Arc::ptr_eq(&scq.dev, &dev) || !Arc::ptr_eq(&rcq.dev, &dev) {
            return Err(Error::InvalidArg { what: "QP completion queue", why: "belongs to another device".into() });
        }
        let sq_log2 = check_depth("max_send_wr", init.max_send_wr, dev.attr.max_qp_wr)?;
        let rq_log2 = check_depth("max_recv_wr", init.max_recv_wr, dev.attr.max_qp_wr)?;
        let sq = Ring::new(&dev.backend, &dev.iovas, sq_log2)?;
        let rq = Ring::new(&dev.backend, &dev.iovas, rq_log2)?;
        let track = {
            let mut qps = lock(&dev.qps);
            // QPNs 0 and 1 are InfiniBand's special QPs (SMI, GSI): RC QPs start at 2, so
            // peers and tools (tshark, rxe) never take our traffic for management datagrams.
            let Some(qpn) = qps.iter().enumerate().skip(FIRST_RC_QPN).find(|(_, q)| q.is_none()).map(|(i, _)| i) else {
                return Err(Error::Exhausted { what: "queue pairs", max: dev.attr.max_qp });
            };
            let track = Arc::new(QpTrack {
                qpn: qpn as u32,
                send_cq: scq.clone(),
                recv_cq: rcq.clone(),
                sq: WorkQueue::new(sq),
                rq: WorkQueue::new(rq),
                hw_error: AtomicBool::new(false),
            });
            qps[qpn] = Some(track.clone());
            track
        };
        let qpn = track.qpn;
        let attr = dev.attr;
        Ok(QueuePair {
            pd,
            track,
            state: QpState::Reset,
            staged: Staged::new(qpn),
            attr,
            sq_db: regs::QP_DB.addr(qpn, &regs::SQ_PI) as u64,
            rq_db: regs::QP_DB.addr(qpn, &regs::RQ_PI) as u64,
            send_mr: MrCache::default(),
            recv_mr: MrCache::default(),
        })
    }

    pub fn qp_num(&self) -> u32 {
        self.track.qpn
    }
    pub fn pdn(&self) -> u32 {
        self.pd.pdn
    }
    /// Current state; `Err` once the engine has failed a WR of this QP.
    pub fn state(&self) -> QpState {
        if self.state != QpState::Reset && self.track.hw_error.load(Ordering::Acquire) {
            QpState::Err
        } else {
            self.state
        }
    }
    /// Send queue slots (a power of two).
    pub fn max_send_wr(&self) -> u32 {
        self.track.sq.ring.depth()
    }
    pub fn max_recv_wr(&self) -> u32 {
        self.track.rq.ring.depth()
    }
    /// The attributes the QP runs with (`ibv_query_qp`).
    pub fn query(&self) -> QpAttr {
        let s = &self.staged;
        QpAttr {
            state: self.state(),
            path_mtu: Some(s.mtu),
            dest_qp_num: Some(s.dest_qpn),
            rq_psn: Some(s.rq_psn),
            sq_psn: Some(s.sq_psn),
            av: Some(s.av),
            udp_sport: Some(s.udp_sport),
        }
    }

    /// Move to `attr.state` (`ibv_modify_qp`). Allowed: RESET->INIT, INIT->INIT,
    /// INIT->RTR, RTR->RTS, RTS->RTS, anything->ERR and anything->RESET, each with the
    /// attributes ibverbs requires there and only those it accepts there (see [`QpAttr`]).
    /// WRs already posted and the QP's PSNs carry through every transition but RESET.
    pub fn modify(&mut self, attr: &QpAttr) -> Result<()> {
        let (qpn, from, to) = (self.track.qpn, self.state(), attr.state);
        let (required, accepted) = rules(from, to).ok_or(Error::BadTransition { qpn, from, to })?;
        for (name, given) in attr.mask() {
            if !given && required.contains(&name) {
                return Err(Error::MissingAttr { qpn, to, attr: name });
            }
            if given && !required.contains(&name) && !accepted.contains(&name) {
                return Err(Error::AttrNotAllowed { qpn, from, to, attr: name });
            }
        }
        let mut st = self.staged;
        if let Some(m) = attr.path_mtu {
            if m.bytes() > self.attr.max_mtu {
                return Err(Error::InvalidArg { what: "path_mtu", why: format!("{} > device max {}", m.bytes(), self.attr.max_mtu) });
            }
            st.mtu = m;
        }
        if let Some(q) = attr.dest_qp_num {
            st.dest_qpn = check_bits("dest_qp_num", q, qpc::DEST_QPN)?;
        }
        if let Some(p) = attr.rq_psn {
            st.rq_psn = check_bits("rq_psn", p, qpc::RQ_PSN)?;
        }
        if let Some(p) = attr.sq_psn {
            st.sq_psn = check_bits("sq_psn", p, qpc::SQ_PSN)?;
        }
        if let Some(av) = attr.av {
            st.av = av;
        }
        if let Some(p) = attr.udp_sport {
            st.udp_sport = p;
        }
        if to == QpState::Reset {
            self.pd.dev.command("QP reset", &[(&regs::QPC_SEL, qpn)], &regs::QPC_CMD, regs::cmd::INVALIDATE)?;
            self.track.forget();
            st = Staged::new(qpn);
        } else {
            // Only leaving RESET starts from zero, where the driver's books are.
            let cmd = if from == QpState::Reset { regs::cmd::COMMIT } else { regs::cmd::MODIFY };
            self.write_context(&st, to, cmd)?;
            if to == QpState::Err {
                set_flushing(&self.track.sq, &self.track.send_cq, true);
                set_flushing(&self.track.rq, &self.track.recv_cq, true);
            }
        }
        self.staged = st;
        self.state = to;
        Ok(())
    }

    /// Stage the whole context (the staging registers are shared by all QPs) and run `cmd`.
    fn write_context(&self, st: &Staged, to: QpState, cmd: u32) -> Result<()> {
        let t = &self.track;
        let (sq, rq) = (&t.sq.ring, &t.rq.ring);
        let cqn = reg_value(&[(regs::qpc_cqn::SEND_CQ, t.send_cq.cqn), (regs::qpc_cqn::RECV_CQ, t.recv_cq.cqn)])?;
        self.pd.dev.command(
            "QP modify",
            &[
                (&regs::QPC_SEL, t.qpn),
                (&regs::QPC_STATE, to.hw()),
                (&regs::QPC_DEST_QPN, st.dest_qpn),
                (&regs::QPC_SQ_PSN, st.sq_psn),
                (&regs::QPC_RQ_PSN, st.rq_psn),
                (&regs::QPC_DMAC_LO, mac_lo(st.av.mac)),
                (&regs::QPC_DMAC_HI, mac_hi(st.av.mac)),
                (&regs::QPC_DIP, u32::from(st.av.ipv4)),
                (&regs::QPC_PMTU_LOG2, st.mtu.log2()),
                (&regs::QPC_SQ_BASE_LO, sq.iova() as u32),
                (&regs::QPC_SQ_BASE_HI, (sq.iova() >> 32) as u32),
                (&regs::QPC_SQ_LOG2, sq.log2()),
                (&regs::QPC_RQ_BASE_LO, rq.iova() as u32),
                (&regs::QPC_RQ_BASE_HI, (rq.iova() >> 32) as u32),
                (&regs::QPC_RQ_LOG2, rq.log2()),
                (&regs::QPC_CQN, cqn),
                (&regs::QPC_PD, self.pd.pdn),
                (&regs::QPC_UDP_SPORT, st.udp_sport as u32),
            ],
            &regs::QPC_CMD,
            cmd,
        )
    }

    fn check_len(len: u32) -> Result<()> {
        if len as u64 > MAX_MSG_SIZE {
            return Err(Error::TooLong { len: len as u64, max: MAX_MSG_SIZE });
        }
        Ok(())
    }

    /// Queue one send WR and ring the send doorbell.
    pub fn post_send(&mut self, wr: &SendWr) -> Result<()> {
        let qpn = self.track.qpn;
        let state = self.state();
        if state != QpState::Rts {
            return Err(Error::BadState { qpn, op: "post_send", state, need: "RTS" });
        }
        let sq = &self.track.sq;
        let depth = sq.ring.depth();
        if sq.outstanding() >= depth {
            return Err(Error::QueueFull { qpn, queue: "send queue", depth });
        }
        let (opcode, imm, remote) = match wr.opcode {
            SendOp::Send => (wqe_opcode::SEND, 0, None),
            SendOp::SendWithImm(imm) => (wqe_opcode::SEND_IMM, imm, None),
            SendOp::Write { remote_addr, rkey } => (wqe_opcode::WRITE, 0, Some((remote_addr, rkey))),
            SendOp::WriteWithImm { remote_addr, rkey, imm } => (wqe_opcode::WRITE_IMM, imm, Some((remote_addr, rkey))),
        };
        let (needs, name) = match wr.opcode {
            SendOp::Send | SendOp::SendWithImm(_) => (feature::SEND, "SEND"),
            SendOp::Write { .. } => (feature::WRITE, "RDMA WRITE"),
            SendOp::WriteWithImm { .. } => (feature::WRITE_IMM, "RDMA WRITE with immediate"),
        };
        if !self.attr.has(needs) {
            return Err(Error::Unsupported(name));
        }
        let mut e = SendWqe::default();
        set(&mut e, send_wqe::OPCODE, opcode)?;
        set(&mut e, send_wqe::SIGNALED, wr.signaled as u64)?;
        set(&mut e, send_wqe::IMM, imm as u64)?;
        set(&mut e, send_wqe::WR_ID, wr.wr_id)?;
        if let Some((addr, rkey)) = remote {
            set(&mut e, send_wqe::REMOTE_ADDR, addr)?;
            set(&mut e, send_wqe::RKEY, rkey as u64)?;
        }
        if let Some(sge) = &wr.sge {
            Self::check_len(sge.len)?;
            self.send_mr.check(&self.pd.dev, sge, self.pd.pdn, None)?;
            set(&mut e, send_wqe::NUM_SGE, 1)?;
            set(&mut e, send_wqe::SGE0_ADDR, sge.addr)?;
            set(&mut e, send_wqe::SGE0_LEN, sge.len as u64)?;
            set(&mut e, send_wqe::SGE0_LKEY, sge.lkey as u64)?;
        }
        let i = sq.posted.load(Ordering::Relaxed);
        sq.ring.write(i, &e);
        let next = i.wrapping_add(1);
        // Published before the doorbell: the completion can arrive right after it.
        sq.posted.store(next, Ordering::Release);
        fence(Ordering::Release);
        self.pd.dev.backend.write32(self.sq_db, doorbell(next))?;
        Ok(())
    }

    /// Queue one receive WR and ring the receive doorbell.
    pub fn post_recv(&mut self, wr: &RecvWr) -> Result<()> {
        let qpn = self.track.qpn;
        let state = self.state();
        if !matches!(state, QpState::Init | QpState::Rtr | QpState::Rts) {
            return Err(Error::BadState { qpn, op: "post_recv", state, need: "INIT, RTR or RTS" });
        }
        let rq = &self.track.rq;
        let depth = rq.ring.depth();
        if rq.outstanding() >= depth {
            return Err(Error::QueueFull { qpn, queue: "receive queue", depth });
        }
        Self::check_len(wr.sge.len)?;
        self.recv_mr.check(&self.pd.dev, &wr.sge, self.pd.pdn, Some((regs::access::LOCAL_WRITE, "LOCAL_WRITE", "post_recv")))?;
        let mut e = RecvWqe::default();
        set(&mut e, recv_wqe::WR_ID, wr.wr_id)?;
        set(&mut e, recv_wqe::ADDR, wr.sge.addr)?;
        set(&mut e, recv_wqe::LEN, wr.sge.len as u64)?;
        set(&mut e, recv_wqe::LKEY, wr.sge.lkey as u64)?;
        let i = rq.posted.load(Ordering::Relaxed);
        rq.ring.write(i, &e);
        let next = i.wrapping_add(1);
        rq.posted.store(next, Ordering::Release);
        fence(Ordering::Release);
        self.pd.dev.backend.write32(self.rq_db, doorbell(next))?;
        Ok(())
    }
}

impl Drop for QueuePair {
    fn drop(&mut self) {
        let dev = &self.pd.dev;
        let qpn = self.track.qpn;
        if dev.command("QP destroy", &[(&regs::QPC_SEL, qpn)], &regs::QPC_CMD, regs::cmd::INVALIDATE).is_ok() {
            self.track.forget();
            lock(&dev.qps)[qpn as usize] = None;
        }
        // Otherwise the row may still name the rings: the table entry keeps them
        // (and the QPN) reserved for good.
    }
}
