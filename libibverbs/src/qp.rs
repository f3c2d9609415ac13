//! RC queue pairs: creation (`ibv_create_qp`, `ibv_create_qp_ex`), the attribute
//! masks of `ibv_modify_qp`, `ibv_query_qp`, posting (`ibv_post_send`/`_recv` and the
//! `ibv_wr_*` builders of `ibv_qp_ex`).
//!
//! What the engine cannot do is refused up front: one gather/scatter entry per WR
//! (`max_sge` 1), RC only, SEND/SEND_IMM/WRITE/WRITE_IMM (READ, atomics, invalidate,
//! memory windows: EOPNOTSUPP). Inline data is real: it is copied at post time into
//! a per-QP bounce region (one slot per send-queue entry), so the caller may reuse
//! its buffer at once, and the engine gathers from there.

use crate::abi::*;
use crate::card::{ip_of_gid, Card};
use crate::cq::Cq;
use crate::device::{Context, Pd};
use crate::{driver_fail, errno_of, fail, null_with};
use libc::{c_int, c_void, size_t};
use openrnic_contract::regs::access;
use openrnic_driver::{AddressVector, MemoryRegion, Mtu, QpAttr, QpInitAttr, QpState, QueuePair, RecvWr, SendOp, SendWr, Sge};
use std::sync::atomic::Ordering;
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// Largest inline message (bytes a bounce slot holds).
pub const MAX_INLINE: u32 = 512;
/// How long modify_qp(RTR) waits for the peer's ARP answer.
const ARP_TIMEOUT: Duration = Duration::from_secs(3);

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// What a send WR asks for.
#[derive(Clone, Copy)]
enum Op {
    Send,
    SendImm(u32),
    Write { addr: u64, rkey: u32 },
    WriteImm { addr: u64, rkey: u32, imm: u32 },
    Unsupported(&'static str),
}

/// Where a send WR's payload is.
enum Data<'a> {
    Sges(&'a [ibv_sge]),
    Inline(Vec<(*const u8, usize)>),
}

struct QpInner {
    qp: QueuePair,
    /// Every attribute as last set, for ibv_query_qp.
    shadow: ibv_qp_attr,
    cap: ibv_qp_cap,
    sq_sig_all: bool,
    /// Inline payloads: one slot of `slot` bytes per send-queue entry.
    bounce: Option<MemoryRegion>,
    slot: usize,
    next_slot: u32,
    card: Arc<Card>,
}

/// A WR being built by the `ibv_wr_*` calls.
struct Building {
    wr_id: u64,
    flags: u32,
    op: Op,
    sge: Option<ibv_sge>,
    inline: Option<Vec<u8>>,
}

#[derive(Default)]
struct Builder {
    wrs: Vec<Building>,
    /// First error a builder call hit (wr_complete returns it).
    error: c_int,
}

#[repr(C)]
pub struct Qp {
    pub ex: ibv_qp_ex,
    inner: Mutex<QpInner>,
    builder: Mutex<Builder>,
}

impl Qp {
    /// # Safety
    /// `p` must be a QP this library returned (as `ibv_qp` or `ibv_qp_ex`) and not
    /// yet destroyed.
    unsafe fn from_ibv<'a>(p: *mut ibv_qp) -> &'a Qp {
        // SAFETY: ibv_qp is the first field of ibv_qp_ex, itself the first field of Qp.
        unsafe { &*(p as *const Qp) }
    }
}

fn state_to_ibv(s: QpState) -> c_int {
    match s {
        QpState::Reset => IBV_QPS_RESET,
        QpState::Init => IBV_QPS_INIT,
        QpState::Rtr => IBV_QPS_RTR,
        QpState::Rts => IBV_QPS_RTS,
        QpState::Err => IBV_QPS_ERR,
    }
}

fn state_from_ibv(s: c_int) -> Result<QpState, c_int> {
    Ok(match s {
        IBV_QPS_RESET => QpState::Reset,
        IBV_QPS_INIT => QpState::Init,
        IBV_QPS_RTR => QpState::Rtr,
        IBV_QPS_RTS => QpState::Rts,
        IBV_QPS_ERR => QpState::Err,
        IBV_QPS_SQD | IBV_QPS_SQE => return Err(libc::EOPNOTSUPP),
        _ => return Err(libc::EINVAL),
    })
}

struct Create<'a> {
    pd: *mut ibv_pd,
    qp_context: *mut c_void,
    send_cq: *mut ibv_cq,
    recv_cq: *mut ibv_cq,
    srq: *mut c_void,
    cap: &'a mut ibv_qp_cap,
    qp_type: c_int,
    sq_sig_all: c_int,
}

fn create(ctx: *mut ibv_context, a: Create<'_>) -> Result<*mut ibv_qp, (c_int, String)> {
    if a.pd.is_null() || a.send_cq.is_null() || a.recv_cq.is_null() {
        return Err((libc::EINVAL, "NULL PD or CQ".into()));
    }
    if a.qp_type != IBV_QPT_RC {
        return Err((libc::EOPNOTSUPP, format!("QP type {} (only RC, 2, is supported)", a.qp_type)));
    }
    if !a.srq.is_null() {
        return Err((libc::EOPNOTSUPP, "shared receive queues are not supported".into()));
    }
    if a.cap.max_send_sge > 1 || a.cap.max_recv_sge > 1 {
        return Err((libc::EINVAL, format!("max_send_sge {} / max_recv_sge {}: the engine takes one entry per WR", a.cap.max_send_sge, a.cap.max_recv_sge)));
    }
    if a.cap.max_inline_data > MAX_INLINE {
        return Err((libc::EINVAL, format!("max_inline_data {} > {MAX_INLINE}", a.cap.max_inline_data)));
    }
    // SAFETY: live objects of this library.
    let (pd, scq, rcq) = unsafe { (Pd::from_ibv(a.pd), Cq::from_ibv(a.send_cq), Cq::from_ibv(a.recv_cq)) };
    // SAFETY: a live context.
    let card = unsafe { Context::from_ibv(ctx) }.card.clone();
    let make = |s: &openrnic_driver::CompletionQueue, r: &openrnic_driver::CompletionQueue| {
        pd.pd.create_qp(&QpInitAttr { send_cq: s, recv_cq: r, max_send_wr: a.cap.max_send_wr, max_recv_wr: a.cap.max_recv_wr })
    };
    // One CQ for both queues is common: lock it once.
    let qp = if a.send_cq == a.recv_cq { scq.with(|s| make(s, s)) } else { scq.with(|s| rcq.with(|r| make(s, r))) };
    let qp = qp.map_err(|e| (errno_of(&e), e.to_string()))?;
    let depth = qp.max_send_wr();
    let slot = if a.cap.max_inline_data > 0 { (a.cap.max_inline_data as usize).next_multiple_of(64) } else { 0 };
    // Also used for zero-length receives (a WQE needs some registered address).
    let bounce = if slot > 0 {
        Some(pd.pd.reg_mr(slot * depth as usize, access::LOCAL_WRITE).map_err(|e| (errno_of(&e), format!("inline buffer: {e}")))?)
    } else {
        None
    };
    let cap = ibv_qp_cap { max_send_wr: depth, max_recv_wr: qp.max_recv_wr(), max_send_sge: 1, max_recv_sge: 1, max_inline_data: slot as u32 };
    *a.cap = cap;
    // SAFETY: all-zero is a valid ibv_qp_attr.
    let mut shadow: ibv_qp_attr = unsafe { std::mem::zeroed() };
    shadow.port_num = 1;
    shadow.cap = cap;
    let qpn = qp.qp_num();
    let mut ex = blank_qp_ex();
    ex.qp_base.context = ctx;
    ex.qp_base.qp_context = a.qp_context;
    ex.qp_base.pd = a.pd;
    ex.qp_base.send_cq = a.send_cq;
    ex.qp_base.recv_cq = a.recv_cq;
    ex.qp_base.handle = qpn;
    ex.qp_base.qp_num = qpn;
    ex.qp_base.state = IBV_QPS_RESET;
    ex.qp_base.qp_type = IBV_QPT_RC;
    let inner = QpInner { qp, shadow, cap, sq_sig_all: a.sq_sig_all != 0, bounce, slot, next_slot: 0, card };
    pd.users.fetch_add(1, Ordering::AcqRel);
    scq.users.fetch_add(1, Ordering::AcqRel);
    rcq.users.fetch_add(1, Ordering::AcqRel);
    let b = Box::new(Qp { ex, inner: Mutex::new(inner), builder: Mutex::new(Builder::default()) });
    Ok(Box::into_raw(b) as *mut ibv_qp)
}

#[no_mangle]
pub unsafe extern "C" fn openrnic_ibv_create_qp(pd: *mut ibv_pd, attr: *mut ibv_qp_init_attr) -> *mut ibv_qp {
    if pd.is_null() || attr.is_null() {
        return null_with("ibv_create_qp", libc::EINVAL, "NULL argument");
    }
    // SAFETY: the caller's attributes; pd is live.
    let (a, ctx) = unsafe { (&mut *attr, (*pd).context) };
    let c = Create { pd, qp_context: a.qp_context, send_cq: a.send_cq, recv_cq: a.recv_cq, srq: a.srq, cap: &mut a.cap, qp_type: a.qp_type, sq_sig_all: a.sq_sig_all };
    match create(ctx, c) {
        Ok(q) => q,
        Err((e, why)) => null_with("ibv_create_qp", e, why),
    }
}

/// `verbs_context.create_qp_ex`.
pub unsafe extern "C" fn create_qp_ex_op(ctx: *mut ibv_context, attr: *mut ibv_qp_init_attr_ex) -> *mut ibv_qp {
    const WHAT: &str = "ibv_create_qp_ex";
    if ctx.is_null() || attr.is_null() {
        return null_with(WHAT, libc::EINVAL, "NULL argument");
    }
    // SAFETY: the caller's attributes.
    let a = unsafe { &mut *attr };
    let known = IBV_QP_INIT_ATTR_PD | IBV_QP_INIT_ATTR_SEND_OPS_FLAGS;
    if a.comp_mask & !known != 0 {
        return null_with(WHAT, libc::EOPNOTSUPP, format!("comp_mask bits {:#x} (XRC, create flags, TSO, RSS) are not supported", a.comp_mask & !known));
    }
    if a.comp_mask & IBV_QP_INIT_ATTR_PD == 0 {
        return null_with(WHAT, libc::EINVAL, "an RC QP needs a PD (IBV_QP_INIT_ATTR_PD)");
    }
    if a.comp_mask & IBV_QP_INIT_ATTR_SEND_OPS_FLAGS != 0 {
        let ok = IBV_QP_EX_WITH_SEND | IBV_QP_EX_WITH_SEND_WITH_IMM | IBV_QP_EX_WITH_RDMA_WRITE | IBV_QP_EX_WITH_RDMA_WRITE_WITH_IMM;
        if a.send_ops_flags & !ok != 0 {
            return null_with(WHAT, libc::EOPNOTSUPP, format!("send_ops_flags {:#x}: only SEND, SEND_WITH_IMM, RDMA_WRITE(_WITH_IMM)", a.send_ops_flags & !ok));
        }
    }
    let c = Create { pd: a.pd, qp_context: a.qp_context, send_cq: a.send_cq, recv_cq: a.recv_cq, srq: a.srq, cap: &mut a.cap, qp_type: a.qp_type, sq_sig_all: a.sq_sig_all };
    match create(ctx, c) {
        Ok(q) => q,
        Err((e, why)) => null_with(WHAT, e, why),
    }
}

#[no_mangle]
pub unsafe extern "C" fn openrnic_ibv_destroy_qp(qp: *mut ibv_qp) -> c_int {
    if qp.is_null() {
        return libc::EINVAL;
    }
    // SAFETY: allocated by create() as Box<Qp>; freed once.
    let q = unsafe { Box::from_raw(qp as *mut Qp) };
    let (pd, scq, rcq) = (q.ex.qp_base.pd, q.ex.qp_base.send_cq, q.ex.qp_base.recv_cq);
    drop(q);
    // SAFETY: a QP's PD and CQs outlive it (their destruction is refused while used).
    unsafe {
        Pd::from_ibv(pd).users.fetch_sub(1, Ordering::AcqRel);
        Cq::from_ibv(scq).users.fetch_sub(1, Ordering::AcqRel);
        Cq::from_ibv(rcq).users.fetch_sub(1, Ordering::AcqRel);
    }
    0
}

#[no_mangle]
pub unsafe extern "C" fn openrnic_ibv_qp_to_qp_ex(qp: *mut ibv_qp) -> *mut ibv_qp_ex {
    // Every QP of this library is an ibv_qp_ex with working builders.
    qp as *mut ibv_qp_ex
}

/// (required, optional) attribute masks of an RC transition, as the kernel's
/// `ib_modify_qp_is_ok` table has them; None if the transition is not allowed.
fn masks(from: c_int, to: c_int) -> Option<(c_int, c_int)> {
    Some(match (from, to) {
        (_, IBV_QPS_RESET) | (_, IBV_QPS_ERR) => (0, 0),
        (IBV_QPS_RESET, IBV_QPS_INIT) => (IBV_QP_PKEY_INDEX | IBV_QP_PORT | IBV_QP_ACCESS_FLAGS, 0),
        (IBV_QPS_INIT, IBV_QPS_INIT) => (0, IBV_QP_PKEY_INDEX | IBV_QP_PORT | IBV_QP_ACCESS_FLAGS),
        (IBV_QPS_INIT, IBV_QPS_RTR) => (
            IBV_QP_AV | IBV_QP_PATH_MTU | IBV_QP_DEST_QPN | IBV_QP_RQ_PSN | IBV_QP_MAX_DEST_RD_ATOMIC | IBV_QP_MIN_RNR_TIMER,
            IBV_QP_ALT_PATH | IBV_QP_ACCESS_FLAGS | IBV_QP_PKEY_INDEX,
        ),
        (IBV_QPS_RTR, IBV_QPS_RTS) => (
            IBV_QP_SQ_PSN | IBV_QP_TIMEOUT | IBV_QP_RETRY_CNT | IBV_QP_RNR_RETRY | IBV_QP_MAX_QP_RD_ATOMIC,
            IBV_QP_CUR_STATE | IBV_QP_ALT_PATH | IBV_QP_ACCESS_FLAGS | IBV_QP_MIN_RNR_TIMER | IBV_QP_PATH_MIG_STATE,
        ),
        (IBV_QPS_RTS, IBV_QPS_RTS) => (0, IBV_QP_CUR_STATE | IBV_QP_ACCESS_FLAGS | IBV_QP_ALT_PATH | IBV_QP_PATH_MIG_STATE | IBV_QP_MIN_RNR_TIMER),
        _ => return None,
    })
}

fn mtu_from_ibv(m: c_int) -> Option<Mtu> {
    Mtu::from_log2(7 + m as u32).filter(|_| (1..=5).contains(&m))
}

impl QpInner {
    fn modify(&mut self, attr: &ibv_qp_attr, mask: c_int) -> Result<c_int, (c_int, String)> {
        let inval = |why: String| Err((libc::EINVAL, why));
        let cur = state_to_ibv(self.qp.state());
        if mask & IBV_QP_CUR_STATE != 0 && attr.cur_qp_state != cur {
            return inval(format!("cur_qp_state {} but the QP is in {cur}", attr.cur_qp_state));
        }
        let to = if mask & IBV_QP_STATE != 0 { attr.qp_state } else { cur };
        let to_state = state_from_ibv(to).map_err(|e| (e, format!("state {to} (SQD/SQE are not supported)")))?;
        let Some((req, opt)) = masks(cur, to) else {
            return inval(format!("transition {cur} -> {to} is not allowed"));
        };
        let given = mask & !(IBV_QP_STATE | IBV_QP_CUR_STATE);
        if given & req != req {
            return inval(format!("{cur} -> {to} needs attribute mask {req:#x}, got {mask:#x}"));
        }
        if given & !(req | opt) != 0 {
            return inval(format!("attribute mask bits {:#x} are not allowed in {cur} -> {to}", given & !(req | opt)));
        }
        if given & IBV_QP_ALT_PATH != 0 {
            return Err((libc::EOPNOTSUPP, "alternate paths (APM) are not supported".into()));
        }
        if given & IBV_QP_PORT != 0 && attr.port_num != 1 {
            return inval(format!("port {} (the card has port 1)", attr.port_num));
        }
        let mut d = QpAttr::new(to_state);
        if given & IBV_QP_PATH_MTU != 0 {
            d.path_mtu = Some(mtu_from_ibv(attr.path_mtu).ok_or((libc::EINVAL, format!("path_mtu {}", attr.path_mtu)))?);
        }
        if given & IBV_QP_DEST_QPN != 0 {
            d.dest_qp_num = Some(attr.dest_qp_num);
        }
        if given & IBV_QP_RQ_PSN != 0 {
            d.rq_psn = Some(attr.rq_psn & 0xff_ffff);
        }
        if given & IBV_QP_SQ_PSN != 0 {
            d.sq_psn = Some(attr.sq_psn & 0xff_ffff);
        }
        if given & IBV_QP_AV != 0 {
            d.av = Some(self.address_vector(&attr.ah_attr)?);
        }
        // The driver only takes what it models; the rest lives in the shadow.
        let driver_attrs = d.path_mtu.is_some() || d.dest_qp_num.is_some() || d.rq_psn.is_some() || d.sq_psn.is_some() || d.av.is_some();
        if to != cur || driver_attrs || to == IBV_QPS_RESET {
            self.qp.modify(&d).map_err(|e| (errno_of(&e), e.to_string()))?;
        }
        self.remember(attr, given);
        if to == IBV_QPS_RESET {
            self.next_slot = 0;
        }
        Ok(to)
    }

    /// The peer a RoCEv2 address names: its IPv4-mapped GID, MAC by ARP.
    fn address_vector(&self, ah: &ibv_ah_attr) -> Result<AddressVector, (c_int, String)> {
        if ah.is_global == 0 {
            return Err((libc::EINVAL, "RoCE needs a global route (ah_attr.is_global = 1 with the peer's GID)".into()));
        }
        if ah.grh.sgid_index != 0 {
            return Err((libc::EINVAL, format!("sgid_index {} (the card has one GID, index 0)", ah.grh.sgid_index)));
        }
        let ip = ip_of_gid(&ah.grh.dgid.raw).ok_or((libc::EINVAL, "the peer's GID is not an IPv4-mapped RoCEv2 GID".into()))?;
        let mac = self.card.resolve(ip, ARP_TIMEOUT).ok_or((libc::EHOSTUNREACH, format!("no ARP answer from {ip} on the card's wire")))?;
        Ok(AddressVector { mac, ipv4: ip })
    }

    fn remember(&mut self, a: &ibv_qp_attr, given: c_int) {
        let s = &mut self.shadow;
        let has = |b: c_int| given & b != 0;
        if has(IBV_QP_ACCESS_FLAGS) {
            s.qp_access_flags = a.qp_access_flags;
        }
        if has(IBV_QP_PKEY_INDEX) {
            s.pkey_index = a.pkey_index;
        }
        if has(IBV_QP_PORT) {
            s.port_num = a.port_num;
        }
        if has(IBV_QP_AV) {
            s.ah_attr = a.ah_attr;
        }
        if has(IBV_QP_PATH_MTU) {
            s.path_mtu = a.path_mtu;
        }
        if has(IBV_QP_DEST_QPN) {
            s.dest_qp_num = a.dest_qp_num;
        }
        if has(IBV_QP_RQ_PSN) {
            s.rq_psn = a.rq_psn & 0xff_ffff;
        }
        if has(IBV_QP_SQ_PSN) {
            s.sq_psn = a.sq_psn & 0xff_ffff;
        }
        if has(IBV_QP_MAX_DEST_RD_ATOMIC) {
            s.max_dest_rd_atomic = a.max_dest_rd_atomic;
        }
        if has(IBV_QP_MAX_QP_RD_ATOMIC) {
            s.max_rd_atomic = a.max_rd_atomic;
        }
        if has(IBV_QP_MIN_RNR_TIMER) {
            s.min_rnr_timer = a.min_rnr_timer;
        }
        if has(IBV_QP_TIMEOUT) {
            s.timeout = a.timeout;
        }
        if has(IBV_QP_RETRY_CNT) {
            s.retry_cnt = a.retry_cnt;
        }
        if has(IBV_QP_RNR_RETRY) {
            s.rnr_retry = a.rnr_retry;
        }
        if has(IBV_QP_PATH_MIG_STATE) {
            s.path_mig_state = a.path_mig_state;
        }
    }

    /// Post one send WR; Err(errno) leaves nothing posted.
    fn post_send(&mut self, wr_id: u64, flags: u32, op: Op, data: Data<'_>) -> Result<(), c_int> {
        let opcode = match op {
            Op::Send => SendOp::Send,
            Op::SendImm(imm) => SendOp::SendWithImm(imm),
            Op::Write { addr, rkey } => SendOp::Write { remote_addr: addr, rkey },
            Op::WriteImm { addr, rkey, imm } => SendOp::WriteWithImm { remote_addr: addr, rkey, imm },
            Op::Unsupported(what) => return Err(fail("ibv_post_send", libc::EOPNOTSUPP, format!("{what} is not supported by the engine yet"))),
        };
        let (sge, used_slot) = match data {
            Data::Sges(list) => match list {
                [] => (None, false),
                [s] if s.length == 0 => (None, false),
                [s] => (Some(Sge { addr: s.addr, len: s.length, lkey: s.lkey }), false),
                _ => return Err(fail("ibv_post_send", libc::EINVAL, format!("{} SGEs (max_send_sge is 1)", list.len()))),
            },
            Data::Inline(parts) => {
                let total: usize = parts.iter().map(|p| p.1).sum();
                let Some(bounce) = &self.bounce else {
                    return Err(fail("ibv_post_send", libc::EINVAL, "IBV_SEND_INLINE on a QP created with max_inline_data 0"));
                };
                if total > self.slot {
                    return Err(fail("ibv_post_send", libc::EINVAL, format!("{total} inline bytes > max_inline_data {}", self.slot)));
                }
                let depth = self.cap.max_send_wr;
                let off = (self.next_slot % depth) as usize * self.slot;
                let mut at = off;
                for &(p, n) in &parts {
                    // SAFETY: the caller's inline buffer holds n bytes; the bounce slot
                    // (off..off+slot) is free: the WR that used it last has retired, or
                    // the send queue (same depth) would be full and the post refused.
                    unsafe { std::ptr::copy_nonoverlapping(p, bounce.as_ptr().add(at), n) };
                    at += n;
                }
                let sge = (total > 0).then(|| Sge { addr: bounce.addr() + off as u64, len: total as u32, lkey: bounce.lkey() });
                (sge, true)
            }
        };
        let signaled = self.sq_sig_all || flags & IBV_SEND_SIGNALED != 0;
        match self.qp.post_send(&SendWr { wr_id, opcode, sge, signaled }) {
            Ok(()) => {
                if used_slot {
                    self.next_slot = self.next_slot.wrapping_add(1);
                }
                Ok(())
            }
            Err(e) => Err(driver_fail("ibv_post_send", &e)),
        }
    }

    fn post_recv(&mut self, wr: &ibv_recv_wr) -> Result<(), c_int> {
        // SAFETY: the caller's list holds num_sge entries.
        let list = if wr.num_sge <= 0 || wr.sg_list.is_null() { &[][..] } else { unsafe { std::slice::from_raw_parts(wr.sg_list, wr.num_sge as usize) } };
        let sge = match list {
            [s] => Sge { addr: s.addr, len: s.length, lkey: s.lkey },
            [] => match &self.bounce {
                // A receive for zero-length messages still names registered memory.
                Some(b) => Sge { addr: b.addr(), len: 0, lkey: b.lkey() },
                None => return Err(fail("ibv_post_recv", libc::EINVAL, "a receive with no SGE needs a QP with max_inline_data > 0")),
            },
            _ => return Err(fail("ibv_post_recv", libc::EINVAL, format!("{} SGEs (max_recv_sge is 1)", list.len()))),
        };
        self.qp.post_recv(&RecvWr { wr_id: wr.wr_id, sge }).map_err(|e| driver_fail("ibv_post_recv", &e))
    }
}

#[no_mangle]
pub unsafe extern "C" fn openrnic_ibv_modify_qp(qp: *mut ibv_qp, attr: *mut ibv_qp_attr, mask: c_int) -> c_int {
    if qp.is_null() || attr.is_null() {
        return libc::EINVAL;
    }
    // SAFETY: a live QP; the caller's attributes.
    let (q, a) = unsafe { (Qp::from_ibv(qp), &*attr) };
    let r = lock(&q.inner).modify(a, mask);
    match r {
        Ok(state) => {
            // SAFETY: the public state field; libibverbs updates it here too.
            unsafe { (*qp).state = state };
            0
        }
        Err((e, why)) => fail("ibv_modify_qp", e, why),
    }
}

#[no_mangle]
pub unsafe extern "C" fn openrnic_ibv_query_qp(qp: *mut ibv_qp, attr: *mut ibv_qp_attr, _mask: c_int, init: *mut ibv_qp_init_attr) -> c_int {
    if qp.is_null() || attr.is_null() {
        return libc::EINVAL;
    }
    // SAFETY: a live QP.
    let q = unsafe { Qp::from_ibv(qp) };
    let g = lock(&q.inner);
    let state = state_to_ibv(g.qp.state());
    let mut a = g.shadow;
    a.qp_state = state;
    a.cur_qp_state = state;
    a.cap = g.cap;
    // SAFETY: the caller's out-parameters; the public state field.
    unsafe {
        *attr = a;
        (*qp).state = state;
        if !init.is_null() {
            let b = &q.ex.qp_base;
            *init = ibv_qp_init_attr {
                qp_context: b.qp_context,
                send_cq: b.send_cq,
                recv_cq: b.recv_cq,
                srq: std::ptr::null_mut(),
                cap: g.cap,
                qp_type: IBV_QPT_RC,
                sq_sig_all: g.sq_sig_all as c_int,
            };
        }
    }
    0
}

fn op_of(opcode: c_int, imm_be: u32, addr: u64, rkey: u32) -> Result<Op, c_int> {
    let imm = u32::from_be(imm_be);
    Ok(match opcode {
        IBV_WR_SEND => Op::Send,
        IBV_WR_SEND_WITH_IMM => Op::SendImm(imm),
        IBV_WR_RDMA_WRITE => Op::Write { addr, rkey },
        IBV_WR_RDMA_WRITE_WITH_IMM => Op::WriteImm { addr, rkey, imm },
        4 => Op::Unsupported("RDMA READ"),
        5 | 6 | 15 => Op::Unsupported("atomics"),
        7 | 9 => Op::Unsupported("invalidation"),
        8 => Op::Unsupported("memory windows"),
        10 => Op::Unsupported("TSO"),
        _ => return Err(libc::EINVAL),
    })
}

/// `ops.post_send`: what the header's inline `ibv_post_send` calls.
pub unsafe extern "C" fn post_send_op(qp: *mut ibv_qp, mut wr: *mut ibv_send_wr, bad: *mut *mut ibv_send_wr) -> c_int {
    if qp.is_null() {
        return libc::EINVAL;
    }
    // SAFETY: a live QP.
    let q = unsafe { Qp::from_ibv(qp) };
    let mut g = lock(&q.inner);
    while !wr.is_null() {
        // SAFETY: the caller's WR list.
        let w = unsafe { &*wr };
        let r = op_of(w.opcode, w.imm_data, w.remote_addr, w.rdma_rkey).map_err(|e| fail("ibv_post_send", e, format!("opcode {}", w.opcode))).and_then(|op| {
            // SAFETY: the caller's list holds num_sge entries.
            let list = if w.num_sge <= 0 || w.sg_list.is_null() { &[][..] } else { unsafe { std::slice::from_raw_parts(w.sg_list, w.num_sge as usize) } };
            let data = if w.send_flags & IBV_SEND_INLINE != 0 {
                Data::Inline(list.iter().map(|s| (s.addr as usize as *const u8, s.length as usize)).collect())
            } else {
                Data::Sges(list)
            };
            g.post_send(w.wr_id, w.send_flags, op, data)
        });
        if let Err(e) = r {
            if !bad.is_null() {
                // SAFETY: the caller's out-parameter.
                unsafe { *bad = wr };
            }
            return e;
        }
        wr = w.next;
    }
    0
}

/// `ops.post_recv`.
pub unsafe extern "C" fn post_recv_op(qp: *mut ibv_qp, mut wr: *mut ibv_recv_wr, bad: *mut *mut ibv_recv_wr) -> c_int {
    if qp.is_null() {
        return libc::EINVAL;
    }
    // SAFETY: a live QP.
    let q = unsafe { Qp::from_ibv(qp) };
    let mut g = lock(&q.inner);
    while !wr.is_null() {
        // SAFETY: the caller's WR list.
        let w = unsafe { &*wr };
        if let Err(e) = g.post_recv(w) {
            if !bad.is_null() {
                // SAFETY: the caller's out-parameter.
                unsafe { *bad = wr };
            }
            return e;
        }
        wr = w.next;
    }
    0
}

// ---- the ibv_qp_ex work-request builders ----

/// # Safety
/// `qp` must be a live QP of this library.
unsafe fn builder<'a>(qp: *mut ibv_qp_ex) -> (&'a Qp, std::sync::MutexGuard<'a, Builder>) {
    // SAFETY: ibv_qp_ex is the first field of Qp.
    let q = unsafe { Qp::from_ibv(qp as *mut ibv_qp) };
    (q, lock(&q.builder))
}

/// Start a new WR with the QP's current `wr_id` and `wr_flags`.
unsafe fn begin(qp: *mut ibv_qp_ex, op: Op) {
    // SAFETY: forwarded.
    let (q, mut b) = unsafe { builder(qp) };
    b.wrs.push(Building { wr_id: q.ex.wr_id, flags: q.ex.wr_flags, op, sge: None, inline: None });
}

/// Record an error for wr_complete (the first one wins).
unsafe fn builder_error(qp: *mut ibv_qp_ex, e: c_int, why: String) {
    // SAFETY: forwarded.
    let (_, mut b) = unsafe { builder(qp) };
    fail("ibv_wr_*", e, why);
    if b.error == 0 {
        b.error = e;
    }
}

unsafe extern "C" fn wr_start(qp: *mut ibv_qp_ex) {
    // SAFETY: forwarded.
    let (_, mut b) = unsafe { builder(qp) };
    b.wrs.clear();
    b.error = 0;
}
unsafe extern "C" fn wr_abort(qp: *mut ibv_qp_ex) {
    // SAFETY: forwarded.
    unsafe { wr_start(qp) }
}
unsafe extern "C" fn wr_complete(qp: *mut ibv_qp_ex) -> c_int {
    // SAFETY: forwarded.
    let (q, mut b) = unsafe { builder(qp) };
    let wrs = std::mem::take(&mut b.wrs);
    let err = std::mem::take(&mut b.error);
    drop(b);
    if err != 0 {
        return err;
    }
    let mut g = lock(&q.inner);
    for w in wrs {
        let data = match (&w.inline, &w.sge) {
            (Some(bytes), _) => Data::Inline(vec![(bytes.as_ptr(), bytes.len())]),
            (None, Some(s)) => Data::Sges(std::slice::from_ref(s)),
            (None, None) => Data::Sges(&[]),
        };
        if let Err(e) = g.post_send(w.wr_id, w.flags, w.op, data) {
            return e;
        }
    }
    0
}
unsafe extern "C" fn wr_send(qp: *mut ibv_qp_ex) {
    // SAFETY: forwarded.
    unsafe { begin(qp, Op::Send) }
}
unsafe extern "C" fn wr_send_imm(qp: *mut ibv_qp_ex, imm: u32) {
    // SAFETY: forwarded.
    unsafe { begin(qp, Op::SendImm(u32::from_be(imm))) }
}
unsafe extern "C" fn wr_rdma_write(qp: *mut ibv_qp_ex, rkey: u32, addr: u64) {
    // SAFETY: forwarded.
    unsafe { begin(qp, Op::Write { addr, rkey }) }
}
unsafe extern "C" fn wr_rdma_write_imm(qp: *mut ibv_qp_ex, rkey: u32, addr: u64, imm: u32) {
    // SAFETY: forwarded.
    unsafe { begin(qp, Op::WriteImm { addr, rkey, imm: u32::from_be(imm) }) }
}
unsafe extern "C" fn wr_rdma_read(qp: *mut ibv_qp_ex, _rkey: u32, _addr: u64) {
    // SAFETY: forwarded.
    unsafe { begin(qp, Op::Unsupported("RDMA READ")) }
}
unsafe extern "C" fn wr_atomic_cmp_swp(qp: *mut ibv_qp_ex, _rkey: u32, _addr: u64, _c: u64, _s: u64) {
    // SAFETY: forwarded.
    unsafe { begin(qp, Op::Unsupported("atomics")) }
}
unsafe extern "C" fn wr_atomic_fetch_add(qp: *mut ibv_qp_ex, _rkey: u32, _addr: u64, _a: u64) {
    // SAFETY: forwarded.
    unsafe { begin(qp, Op::Unsupported("atomics")) }
}
unsafe extern "C" fn wr_atomic_write(qp: *mut ibv_qp_ex, _rkey: u32, _addr: u64, _v: *const c_void) {
    // SAFETY: forwarded.
    unsafe { begin(qp, Op::Unsupported("atomics")) }
}
unsafe extern "C" fn wr_bind_mw(qp: *mut ibv_qp_ex, _mw: *mut c_void, _rkey: u32, _info: *const c_void) {
    // SAFETY: forwarded.
    unsafe { begin(qp, Op::Unsupported("memory windows")) }
}
unsafe extern "C" fn wr_local_inv(qp: *mut ibv_qp_ex, _rkey: u32) {
    // SAFETY: forwarded.
    unsafe { begin(qp, Op::Unsupported("invalidation")) }
}
unsafe extern "C" fn wr_send_inv(qp: *mut ibv_qp_ex, _rkey: u32) {
    // SAFETY: forwarded.
    unsafe { begin(qp, Op::Unsupported("invalidation")) }
}
unsafe extern "C" fn wr_send_tso(qp: *mut ibv_qp_ex, _hdr: *mut c_void, _hdr_sz: u16, _mss: u16) {
    // SAFETY: forwarded.
    unsafe { begin(qp, Op::Unsupported("TSO")) }
}
unsafe extern "C" fn wr_set_ud_addr(qp: *mut ibv_qp_ex, _ah: *mut c_void, _qpn: u32, _qkey: u32) {
    // SAFETY: forwarded.
    unsafe { builder_error(qp, libc::EOPNOTSUPP, "UD addresses on an RC QP".into()) }
}
unsafe extern "C" fn wr_set_xrc_srqn(qp: *mut ibv_qp_ex, _srqn: u32) {
    // SAFETY: forwarded.
    unsafe { builder_error(qp, libc::EOPNOTSUPP, "XRC is not supported".into()) }
}
unsafe extern "C" fn wr_set_sge(qp: *mut ibv_qp_ex, lkey: u32, addr: u64, length: u32) {
    // SAFETY: forwarded.
    let (_, mut b) = unsafe { builder(qp) };
    match b.wrs.last_mut() {
        Some(w) => w.sge = Some(ibv_sge { addr, length, lkey }),
        None => {
            drop(b);
            // SAFETY: forwarded.
            unsafe { builder_error(qp, libc::EINVAL, "wr_set_sge before a WR opcode".into()) }
        }
    }
}
unsafe extern "C" fn wr_set_sge_list(qp: *mut ibv_qp_ex, n: size_t, list: *const ibv_sge) {
    match n {
        0 => {}
        // SAFETY: the caller's list holds n entries.
        1 => unsafe {
            let s = *list;
            wr_set_sge(qp, s.lkey, s.addr, s.length)
        },
        // SAFETY: forwarded.
        _ => unsafe { builder_error(qp, libc::EINVAL, format!("{n} SGEs (max_send_sge is 1)")) },
    }
}
unsafe extern "C" fn wr_set_inline_data(qp: *mut ibv_qp_ex, addr: *mut c_void, len: size_t) {
    let d = ibv_data_buf { addr, length: len };
    // SAFETY: forwarded; one buffer.
    unsafe { wr_set_inline_data_list(qp, 1, &d) }
}
unsafe extern "C" fn wr_set_inline_data_list(qp: *mut ibv_qp_ex, n: size_t, bufs: *const ibv_data_buf) {
    let mut bytes = Vec::new();
    for i in 0..n {
        // SAFETY: the caller's array holds n buffers, each of `length` bytes.
        unsafe {
            let d = &*bufs.add(i);
            bytes.extend_from_slice(std::slice::from_raw_parts(d.addr as *const u8, d.length));
        }
    }
    // SAFETY: forwarded.
    let (_, mut b) = unsafe { builder(qp) };
    match b.wrs.last_mut() {
        Some(w) => w.inline = Some(bytes),
        None => {
            drop(b);
            // SAFETY: forwarded.
            unsafe { builder_error(qp, libc::EINVAL, "wr_set_inline_data before a WR opcode".into()) }
        }
    }
}

/// An `ibv_qp_ex` whose builder slots are this module's functions and whose other
/// fields are zero (zeroed pthread fields are glibc's static initializers).
pub fn blank_qp_ex() -> ibv_qp_ex {
    ibv_qp_ex {
        // SAFETY: all-zero is a valid ibv_qp (pointers, integers, pthread initializers).
        qp_base: unsafe { std::mem::zeroed() },
        comp_mask: 0,
        wr_id: 0,
        wr_flags: 0,
        wr_atomic_cmp_swp,
        wr_atomic_fetch_add,
        wr_bind_mw,
        wr_local_inv,
        wr_rdma_read,
        wr_rdma_write,
        wr_rdma_write_imm,
        wr_send,
        wr_send_imm,
        wr_send_inv,
        wr_send_tso,
        wr_set_ud_addr,
        wr_set_xrc_srqn,
        wr_set_inline_data,
        wr_set_inline_data_list,
        wr_set_sge,
        wr_set_sge_list,
        wr_start,
        wr_complete,
        wr_abort,
        wr_atomic_write,
    }
}
