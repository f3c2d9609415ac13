//! Completion queues, completion channels, and the interrupt threads that turn the
//! card's MSI-X vectors into channel events.
//!
//! A channel is a pipe: each event is one byte written to it (so applications can
//! `poll()` the channel's fd, and `O_NONBLOCK` on it works as with rdma-core) plus
//! the CQ it is for in a queue. One thread per MSI-X vector in use waits on the
//! vector; when it fires, every armed CQ on that vector gets one event. CQs are
//! spread over the vectors least used first, so each has its own while there are
//! at least as many vectors as CQs.

use crate::abi::*;
use crate::card::Card;
use crate::device::Context;
use crate::{driver_fail, fail, null_with};
use libc::{c_int, c_uint, c_void};
use openrnic_driver::{CompletionQueue, WcOpcode, WorkCompletion};
use std::collections::VecDeque;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, Weak};
use std::time::Duration;

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// What the interrupt threads need of a channel.
pub struct ChannelShared {
    wr: c_int,
    /// The `ibv_cq` pointer of each event not yet taken by ibv_get_cq_event.
    events: Mutex<VecDeque<usize>>,
}

impl ChannelShared {
    fn push(&self, cq: usize) {
        lock(&self.events).push_back(cq);
        let b = 1u8;
        // SAFETY: writes one byte from b to our pipe (a full pipe only loses the wakeup
        // byte, never the queued event: 64 KiB of unread events).
        unsafe { libc::write(self.wr, &b as *const u8 as *const c_void, 1) };
    }
}

#[repr(C)]
pub struct Channel {
    pub ibv: ibv_comp_channel,
    shared: Arc<ChannelShared>,
    users: AtomicUsize,
}

/// What the interrupt threads need of a CQ.
struct CqShared {
    armed: AtomicBool,
    channel: Option<Arc<ChannelShared>>,
    ibv: usize,
}

/// Per card: which CQs listen on which vector, and whether its thread runs.
#[derive(Default)]
pub struct IrqHub {
    vectors: Mutex<Vec<VectorSlot>>,
}

#[derive(Default)]
struct VectorSlot {
    cqs: Vec<Weak<CqShared>>,
    thread: bool,
}

impl IrqHub {
    /// The vector with the fewest live CQs.
    fn pick(&self, count: u32) -> u32 {
        let mut v = lock(&self.vectors);
        v.resize_with(count.max(1) as usize, VectorSlot::default);
        for s in v.iter_mut() {
            s.cqs.retain(|w| w.strong_count() > 0);
        }
        (0..v.len()).min_by_key(|&i| v[i].cqs.len()).unwrap_or(0) as u32
    }

    fn listen(card: &Arc<Card>, vector: u32, cq: &Arc<CqShared>) -> std::io::Result<()> {
        let mut v = lock(&card.irq.vectors);
        let slot = &mut v[vector as usize];
        slot.cqs.push(Arc::downgrade(cq));
        if !slot.thread {
            let weak = Arc::downgrade(card);
            std::thread::Builder::new().name(format!("openrnic-irq{vector}")).spawn(move || irq_loop(weak, vector))?;
            slot.thread = true;
        }
        Ok(())
    }
}

/// Wait on `vector` while the card lives; deliver one event per armed CQ on it.
fn irq_loop(card: Weak<Card>, vector: u32) {
    while let Some(c) = card.upgrade() {
        let fired = c.dev.backend().wait_irq(vector, Duration::from_millis(100)).unwrap_or(false);
        if fired {
            let cqs: Vec<Arc<CqShared>> = {
                let v = lock(&c.irq.vectors);
                v[vector as usize].cqs.iter().filter_map(Weak::upgrade).collect()
            };
            for cq in cqs {
                if cq.armed.swap(false, Ordering::AcqRel) {
                    if let Some(ch) = &cq.channel {
                        ch.push(cq.ibv);
                    }
                }
            }
        }
        let idle = lock(&c.irq.vectors)[vector as usize].cqs.iter().all(|w| w.strong_count() == 0);
        if idle {
            // Nobody listens: stop; the next CQ on this vector starts a new thread.
            lock(&c.irq.vectors)[vector as usize].thread = false;
            return;
        }
    }
}

#[repr(C)]
pub struct Cq {
    pub ibv: ibv_cq,
    /// The driver's CQ and a scratch vector for polls.
    cq: Mutex<(CompletionQueue, Vec<WorkCompletion>)>,
    shared: Arc<CqShared>,
    channel: *mut Channel,
    /// QPs using it: destroy is refused (EBUSY) while any exist.
    pub users: AtomicUsize,
    /// The card is the in-process simulator.
    simulated: bool,
    _card: Arc<Card>,
}

impl Cq {
    /// # Safety
    /// `p` must be a CQ this library returned and not yet destroyed.
    pub unsafe fn from_ibv<'a>(p: *mut ibv_cq) -> &'a Cq {
        // SAFETY: ibv is the first field.
        unsafe { &*(p as *const Cq) }
    }
    /// Run `f` on the driver's CQ.
    pub fn with<R>(&self, f: impl FnOnce(&CompletionQueue) -> R) -> R {
        f(&lock(&self.cq).0)
    }
}

#[no_mangle]
pub unsafe extern "C" fn openrnic_ibv_create_comp_channel(ctx: *mut ibv_context) -> *mut ibv_comp_channel {
    if ctx.is_null() {
        return null_with("ibv_create_comp_channel", libc::EINVAL, "NULL context");
    }
    let mut fds = [0 as c_int; 2];
    // SAFETY: pipe2 fills the array.
    if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) } != 0 {
        return null_with("ibv_create_comp_channel", libc::EMFILE, std::io::Error::last_os_error());
    }
    let shared = Arc::new(ChannelShared { wr: fds[1], events: Mutex::new(VecDeque::new()) });
    let ch = Channel { ibv: ibv_comp_channel { context: ctx, fd: fds[0], refcnt: 0 }, shared, users: AtomicUsize::new(0) };
    Box::into_raw(Box::new(ch)) as *mut ibv_comp_channel
}

#[no_mangle]
pub unsafe extern "C" fn openrnic_ibv_destroy_comp_channel(ch: *mut ibv_comp_channel) -> c_int {
    if ch.is_null() {
        return libc::EINVAL;
    }
    // SAFETY: a live channel (Channel's first field).
    let users = unsafe { &*(ch as *const Channel) }.users.load(Ordering::Acquire);
    if users > 0 {
        return fail("ibv_destroy_comp_channel", libc::EBUSY, format!("{users} CQ(s) still use it"));
    }
    // SAFETY: allocated as Box<Channel>; freed once. Its fds are ours.
    let c = unsafe { Box::from_raw(ch as *mut Channel) };
    // SAFETY: our pipe.
    unsafe {
        libc::close(c.ibv.fd);
        libc::close(c.shared.wr);
    }
    0
}

#[no_mangle]
pub unsafe extern "C" fn openrnic_ibv_create_cq(
    ctx: *mut ibv_context,
    cqe: c_int,
    cq_context: *mut c_void,
    channel: *mut ibv_comp_channel,
    comp_vector: c_int,
) -> *mut ibv_cq {
    const WHAT: &str = "ibv_create_cq";
    if ctx.is_null() {
        return null_with(WHAT, libc::EINVAL, "NULL context");
    }
    // SAFETY: a live context.
    let c = unsafe { Context::from_ibv(ctx) };
    let card = c.card.clone();
    let max = card.dev.query().max_qp_wr;
    if cqe < 1 || cqe as u32 > max {
        return null_with(WHAT, libc::EINVAL, format!("cqe {cqe} not in 1..={max}"));
    }
    // SAFETY: ctx is live.
    let vectors = unsafe { (*ctx).num_comp_vectors };
    if comp_vector < 0 || comp_vector >= vectors {
        return null_with(WHAT, libc::EINVAL, format!("comp_vector {comp_vector} not in 0..{vectors}"));
    }
    // The card's vector is ours to choose (least used), whatever comp_vector says.
    let vector = card.irq.pick(card.dev.backend().irq_count());
    let cq = match card.dev.create_cq(cqe as u32, vector) {
        Ok(cq) => cq,
        Err(e) => return null_with(WHAT, crate::errno_of(&e), e),
    };
    let ch = channel as *mut Channel;
    // SAFETY: a live channel if non-null.
    let ch_shared = (!ch.is_null()).then(|| unsafe { (*ch).shared.clone() });
    // SAFETY: all-zero is valid for the pthread fields (glibc initializers).
    let mut ibv: ibv_cq = unsafe { std::mem::zeroed() };
    ibv.context = ctx;
    ibv.channel = channel;
    ibv.cq_context = cq_context;
    ibv.handle = cq.cqn();
    ibv.cqe = cq.depth() as c_int;
    let b = Box::new(Cq {
        ibv,
        cq: Mutex::new((cq, Vec::new())),
        shared: Arc::new(CqShared { armed: AtomicBool::new(false), channel: ch_shared, ibv: 0 }),
        channel: ch,
        users: AtomicUsize::new(0),
        simulated: card.is_simulated(),
        _card: card.clone(),
    });
    let p = Box::into_raw(b);
    // SAFETY: p is ours; nothing else sees it yet.
    let cqr = unsafe { &mut *p };
    Arc::get_mut(&mut cqr.shared).expect("fresh").ibv = p as usize;
    if !ch.is_null() {
        // SAFETY: a live channel.
        unsafe { (*ch).users.fetch_add(1, Ordering::AcqRel) };
        if let Err(e) = IrqHub::listen(&card, vector, &cqr.shared) {
            // SAFETY: undo the above; p was never handed out.
            unsafe {
                (*ch).users.fetch_sub(1, Ordering::AcqRel);
                drop(Box::from_raw(p));
            }
            return null_with(WHAT, libc::EAGAIN, format!("starting the interrupt thread: {e}"));
        }
    }
    p as *mut ibv_cq
}

#[no_mangle]
pub unsafe extern "C" fn openrnic_ibv_destroy_cq(cq: *mut ibv_cq) -> c_int {
    if cq.is_null() {
        return libc::EINVAL;
    }
    // SAFETY: a live CQ.
    let c = unsafe { Cq::from_ibv(cq) };
    let users = c.users.load(Ordering::Acquire);
    if users > 0 {
        return fail("ibv_destroy_cq", libc::EBUSY, format!("{users} QP(s) still use it"));
    }
    if let Some(ch) = &c.shared.channel {
        // Events not yet taken name this CQ: drop them (their wakeup bytes only make
        // a later read return early, after which it reads again).
        lock(&ch.events).retain(|&p| p != cq as usize);
    }
    if !c.channel.is_null() {
        // SAFETY: the channel outlives its CQs (destroy refused while used).
        unsafe { (*c.channel).users.fetch_sub(1, Ordering::AcqRel) };
    }
    // SAFETY: allocated as Box<Cq>; freed once.
    drop(unsafe { Box::from_raw(cq as *mut Cq) });
    0
}

#[no_mangle]
pub unsafe extern "C" fn openrnic_ibv_resize_cq(_cq: *mut ibv_cq, _cqe: c_int) -> c_int {
    fail("ibv_resize_cq", libc::EOPNOTSUPP, "CQs cannot be resized")
}

#[no_mangle]
pub unsafe extern "C" fn openrnic_ibv_get_cq_event(ch: *mut ibv_comp_channel, cq: *mut *mut ibv_cq, cq_context: *mut *mut c_void) -> c_int {
    if ch.is_null() || cq.is_null() || cq_context.is_null() {
        return -1;
    }
    // SAFETY: a live channel.
    let c = unsafe { &*(ch as *const Channel) };
    loop {
        let mut b = 0u8;
        // SAFETY: reads at most one byte; blocks unless the app made the fd non-blocking.
        let n = unsafe { libc::read(c.ibv.fd, &mut b as *mut u8 as *mut c_void, 1) };
        if n != 1 {
            return -1;
        }
        if let Some(p) = lock(&c.shared.events).pop_front() {
            let p = p as *mut ibv_cq;
            // SAFETY: the event's CQ is live (destroy removes its events first).
            unsafe {
                *cq = p;
                *cq_context = (*p).cq_context;
            }
            return 0;
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn openrnic_ibv_ack_cq_events(cq: *mut ibv_cq, n: c_uint) {
    if cq.is_null() {
        return;
    }
    // SAFETY: a live CQ; the count is only touched under its lock.
    let c = unsafe { Cq::from_ibv(cq) };
    let _g = lock(&c.cq);
    // SAFETY: as above.
    unsafe { (*cq).comp_events_completed = (*cq).comp_events_completed.wrapping_add(n) };
}

/// `ops.req_notify_cq`. Solicited-only requests are served as "any completion"
/// (a superset: the engine has no solicited flag yet).
pub unsafe extern "C" fn req_notify_cq_op(cq: *mut ibv_cq, _solicited_only: c_int) -> c_int {
    // SAFETY: a live CQ.
    let c = unsafe { Cq::from_ibv(cq) };
    c.shared.armed.store(true, Ordering::Release);
    match c.with(|q| q.arm()) {
        Ok(()) => 0,
        Err(e) => driver_fail("ibv_req_notify_cq", &e),
    }
}

fn to_wc(w: &WorkCompletion) -> ibv_wc {
    let opcode = match w.opcode {
        WcOpcode::Send => IBV_WC_SEND,
        WcOpcode::RdmaWrite => IBV_WC_RDMA_WRITE,
        WcOpcode::Recv => IBV_WC_RECV,
        WcOpcode::RecvRdmaWithImm => IBV_WC_RECV_RDMA_WITH_IMM,
        WcOpcode::Unknown(c) => c as c_int,
    };
    ibv_wc {
        wr_id: w.wr_id,
        status: w.status.code() as c_int,
        opcode,
        vendor_err: 0,
        byte_len: w.byte_len,
        // The driver gives the immediate's value; ibv_wc carries it in network order.
        imm_data: w.imm.map(u32::to_be).unwrap_or(0),
        qp_num: w.qp_num,
        src_qp: 0,
        wc_flags: if w.imm.is_some() { IBV_WC_WITH_IMM } else { 0 },
        pkey_index: 0,
        slid: 0,
        sl: 0,
        dlid_path_bits: 0,
    }
}

/// `ops.poll_cq`: what the header's inline `ibv_poll_cq` calls.
pub unsafe extern "C" fn poll_cq_op(cq: *mut ibv_cq, n: c_int, wc: *mut ibv_wc) -> c_int {
    if n <= 0 {
        return 0;
    }
    if cq.is_null() || wc.is_null() {
        return -libc::EINVAL;
    }
    // SAFETY: a live CQ.
    let c = unsafe { Cq::from_ibv(cq) };
    let mut g = lock(&c.cq);
    let (q, scratch) = &mut *g;
    scratch.clear();
    if let Err(e) = q.poll_into(scratch, n as usize) {
        return -driver_fail("ibv_poll_cq", &e);
    }
    for (i, w) in scratch.iter().enumerate() {
        // SAFETY: the caller's array holds n entries and the poll returned at most n.
        unsafe { wc.add(i).write(to_wc(w)) };
    }
    if scratch.is_empty() && c.simulated {
        // The simulated card runs on the host's cores: a program spinning on an empty
        // CQ gives its core to the card's clock thread instead of holding it for a
        // whole scheduler slice (on a loaded machine that was ~20 ms a round trip).
        std::thread::yield_now();
    }
    scratch.len() as c_int
}
