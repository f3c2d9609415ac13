//! The measurement core behind `openrnic perf` (and anything else that runs a
//! perftest-style test over the verbs API): endpoints, the bandwidth loop, the
//! ping-pong latency loop, and perftest's report tables.
//!
//! Everything is driven from one thread. The far side of a test is either another
//! [`Endpoint`] in this process (a simulated pair: the loop also serves it, through
//! [`Peer`]) or a remote program such as Linux perftest (then [`NoPeer`]).
//!
//! Times come from a [`Clock`]: simulated engine cycles for the simulator, so
//! results describe the RTL, not the speed of the host running it. Wall time is
//! reported alongside.

use super::common::{compare, fill_pattern, Backoff, Clock, Progress};
use super::Result;
use crate::verbs::QpState;
use crate::{AddressVector, CompletionQueue, Device, MemoryRegion, Mtu, ProtectionDomain, QpAttr, QpInitAttr, QueuePair, RecvWr, SendOp, SendWr, WcOpcode, WcStatus, WorkCompletion};
use openrnic_contract::regs::access;
use std::time::{Duration, Instant};

// ---------------------------------------------------------------- endpoints

/// One side of a test: QPs sharing a send CQ, a receive CQ and one memory region.
pub struct Endpoint {
    pub dev: Device,
    pub pd: ProtectionDomain,
    pub send_cq: CompletionQueue,
    pub recv_cq: CompletionQueue,
    /// Local and remotely writable; the tests carve it into per-QP slots.
    pub mr: MemoryRegion,
    pub qps: Vec<QueuePair>,
}

/// What an [`Endpoint`] is made of.
#[derive(Debug, Clone, Copy)]
pub struct EndpointSpec {
    pub qps: usize,
    pub mr_len: usize,
    pub sq_depth: u32,
    pub rq_depth: u32,
}

impl Endpoint {
    /// Allocate everything; the QPs are left in RESET for the caller to connect.
    pub fn new(dev: &Device, spec: EndpointSpec) -> Result<Endpoint> {
        let attr = dev.query();
        if spec.qps == 0 || spec.qps as u32 > attr.max_qp {
            return Err(format!("{} QPs asked for, the device has {}", spec.qps, attr.max_qp).into());
        }
        let pd = dev.alloc_pd()?;
        let n = spec.qps as u32;
        // Deep enough that no completion is ever dropped: every WR may be signaled.
        // Vector 0 for both: a real card may offer only one.
        let send_cq = dev.create_cq((n * spec.sq_depth).min(attr.max_qp_wr), 0)?;
        let recv_cq = dev.create_cq((n * spec.rq_depth).min(attr.max_qp_wr), 0)?;
        let mr = pd.reg_mr(spec.mr_len.max(1), access::LOCAL_WRITE | access::REMOTE_WRITE)?;
        let mut qps = Vec::with_capacity(spec.qps);
        for _ in 0..spec.qps {
            let init = QpInitAttr { send_cq: &send_cq, recv_cq: &recv_cq, max_send_wr: spec.sq_depth, max_recv_wr: spec.rq_depth };
            qps.push(pd.create_qp(&init)?);
        }
        Ok(Endpoint { dev: dev.clone(), pd, send_cq, recv_cq, mr, qps })
    }

    /// Index of the QP numbered `qpn`.
    pub fn qp_index(&self, qpn: u32) -> Option<usize> {
        self.qps.iter().position(|q| q.qp_num() == qpn)
    }
}

/// Bring two QPs from RESET to RTS in libibverbs order (INIT, RTR, RTS), each told
/// the other's number, address and first PSN.
pub fn connect(a: &mut QueuePair, av_a: AddressVector, psn_a: u32, b: &mut QueuePair, av_b: AddressVector, psn_b: u32, mtu: Mtu) -> Result<()> {
    a.modify(&QpAttr::init())?;
    b.modify(&QpAttr::init())?;
    a.modify(&QpAttr::rtr(mtu, b.qp_num(), psn_b, av_b))?;
    b.modify(&QpAttr::rtr(mtu, a.qp_num(), psn_a, av_a))?;
    a.modify(&QpAttr::rts(psn_a))?;
    b.modify(&QpAttr::rts(psn_b))?;
    Ok(())
}

/// Connect QP k of `a` with QP k of `b`, for every k.
pub fn connect_all(a: &mut Endpoint, av_a: AddressVector, b: &mut Endpoint, av_b: AddressVector, mtu: Mtu) -> Result<()> {
    for (k, (qa, qb)) in a.qps.iter_mut().zip(b.qps.iter_mut()).enumerate() {
        // Distinct, arbitrary start PSNs, as an application would pick at random.
        let k = k as u32;
        connect(qa, av_a, 0x1000 + k * 0x3579, qb, av_b, 0x8000 + k * 0x2468, mtu)?;
    }
    Ok(())
}

/// Where a QP's RDMA WRITEs go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RemoteBuf {
    pub addr: u64,
    pub rkey: u32,
}

/// The far side of a test when it lives in this process.
pub trait Peer {
    /// Let the far side make progress (poll its CQ, repost receives). Called often.
    fn service(&mut self) -> Result<()>;
    /// The bytes where the last message of QP `k` landed, if they can be read here.
    fn landed(&self, k: usize, len: usize) -> Option<&[u8]>;
    /// The sender is done with `messages` messages: wait until the far side has
    /// seen them all (its completions may trail the sender's).
    fn finish(&mut self, _messages: u64, _timeout: Duration) -> Result<()> {
        Ok(())
    }
}

/// A far side we cannot see or serve (e.g. perftest on another host).
pub struct NoPeer;

impl Peer for NoPeer {
    fn service(&mut self) -> Result<()> {
        Ok(())
    }
    fn landed(&self, _k: usize, _len: usize) -> Option<&[u8]> {
        None
    }
}

// ---------------------------------------------------------------- bandwidth

/// What a bandwidth test sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BwOp {
    Write,
    Send,
}

impl BwOp {
    pub fn name(self) -> &'static str {
        match self {
            BwOp::Write => "RDMA_Write",
            BwOp::Send => "Send",
        }
    }
}

#[derive(Debug, Clone)]
pub struct BwOpts {
    pub op: BwOp,
    /// Message size in bytes (at least 1).
    pub size: u32,
    /// Messages per QP.
    pub iters: u64,
    /// Send WRs outstanding per QP (at most the SQ depth).
    pub tx_depth: u32,
    /// Signal every `cq_mod`-th WR (and each QP's last); the rest retire with it.
    pub cq_mod: u32,
    /// Give up when nothing completes for this long (wall time).
    pub stall_timeout: Duration,
    /// Draw a progress line on stderr (when it is a terminal).
    pub progress: bool,
}

/// Result of a bandwidth run, in the clock's ticks.
#[derive(Debug, Clone)]
pub struct BwReport {
    pub op: BwOp,
    pub size: u32,
    pub qps: usize,
    /// Messages over all QPs (perftest's #iterations column).
    pub messages: u64,
    pub ticks: u64,
    pub hz: u64,
    pub simulated: bool,
    /// Best average ticks per message over any run of consecutive messages
    /// (perftest's peak: posted i .. completed j).
    pub peak_ticks_per_msg: f64,
    pub wall: Duration,
    /// Last message of every QP found intact at the far side (None: not visible).
    pub verified: Option<std::result::Result<(), String>>,
}

/// perftest's MB: 2^20 bytes.
const MB: f64 = (1u64 << 20) as f64;

impl BwReport {
    pub fn seconds(&self) -> f64 {
        self.ticks as f64 / self.hz as f64
    }
    pub fn bw_avg_mbs(&self) -> f64 {
        self.size as f64 * self.messages as f64 / self.seconds().max(f64::MIN_POSITIVE) / MB
    }
    pub fn bw_peak_mbs(&self) -> f64 {
        let s = self.peak_ticks_per_msg / self.hz as f64;
        self.size as f64 / s.max(f64::MIN_POSITIVE) / MB
    }
    pub fn msg_rate_mpps(&self) -> f64 {
        self.messages as f64 / self.seconds().max(f64::MIN_POSITIVE) / 1e6
    }
    pub fn ticks_per_msg(&self) -> f64 {
        self.ticks as f64 / self.messages.max(1) as f64
    }
}

const RULE: &str = "---------------------------------------------------------------------------------------";

/// perftest's bandwidth header.
pub fn print_bw_header() {
    println!("{RULE}");
    println!(" #bytes     #iterations    BW peak[MB/sec]    BW average[MB/sec]   MsgRate[Mpps]");
}

/// perftest's bandwidth row, then where the time came from and what it cost.
pub fn print_bw_report(r: &BwReport) {
    println!(" {:<7}    {:<10}       {:<7.2}            {:<7.2}              {:<7.6}", r.size, r.messages, r.bw_peak_mbs(), r.bw_avg_mbs(), r.msg_rate_mpps());
    println!("{RULE}");
    if r.simulated {
        println!(
            " simulated time: {:.1} us = {} engine cycles at {:.2} MHz; {:.0} cycles per message",
            r.seconds() * 1e6,
            r.ticks,
            r.hz as f64 / 1e6,
            r.ticks_per_msg()
        );
        let wall = r.wall.as_secs_f64().max(f64::MIN_POSITIVE);
        println!(
            " wall clock:     {:.3} s, {:.0} messages/s, {:.2} MB/s (the simulator ran {:.2} M cycles/s)",
            wall,
            r.messages as f64 / wall,
            r.size as f64 * r.messages as f64 / wall / MB,
            r.ticks as f64 / wall / 1e6
        );
    } else {
        println!(" wall clock: {:.3} s", r.wall.as_secs_f64());
    }
    match &r.verified {
        Some(Ok(())) => println!(" data check:     last message of each of {} QP(s) arrived intact", r.qps),
        Some(Err(e)) => println!(" data check:     FAILED: {e}"),
        None => println!(" data check:     not possible (the far side's memory is not visible here)"),
    }
}

// ---------------------------------------------------------------- wire limit

/// Line rate of the cable the limit is computed for (10GBASE-R).
pub const LINE_RATE_BPS: f64 = 10e9;

/// Bytes a message occupies on a 10 Gb/s Ethernet line when every per-packet byte
/// counts (the README's "wire limit"): per packet Ethernet (14), IPv4 (20), UDP (8),
/// BTH (12), the RETH (16) on a WRITE's first packet, the payload padded to 4 bytes,
/// ICRC (4), FCS (4), a frame of at least 64 bytes, preamble+SFD (8) and the
/// inter-frame gap (12). A 4 KiB WRITE Only is 4,194 bytes; a 64 B one 162. ACKs
/// are not counted: they are overhead the engine keeps small.
pub fn wire_bytes_per_message(op: BwOp, size: u32, mtu: Mtu) -> u64 {
    const FIXED: u64 = 14 + 20 + 8 + 12 + 4 + 4; // Eth, IPv4, UDP, BTH, ICRC, FCS
    const MIN_FRAME: u64 = 64;
    const PREAMBLE_IFG: u64 = 8 + 12;
    let mtu = mtu.bytes() as u64;
    let size = size as u64;
    let packets = size.div_ceil(mtu).max(1);
    (0..packets)
        .map(|p| {
            let payload = (size - p * mtu).min(mtu);
            let reth = if op == BwOp::Write && p == 0 { 16 } else { 0 };
            (FIXED + reth + payload.next_multiple_of(4)).max(MIN_FRAME) + PREAMBLE_IFG
        })
        .sum()
}

/// The payload rate (bits/s) a 10 Gb/s line allows for back-to-back `size`-byte
/// messages: the wire limit the engine's figures are measured against.
pub fn wire_limit_bps(op: BwOp, size: u32, mtu: Mtu) -> f64 {
    LINE_RATE_BPS * size as f64 / wire_bytes_per_message(op, size, mtu) as f64
}

impl BwReport {
    /// Payload bits per second, averaged over the run.
    pub fn bps(&self) -> f64 {
        self.size as f64 * 8.0 * self.messages as f64 / self.seconds().max(f64::MIN_POSITIVE)
    }
    /// The average rate as a share of the wire limit at path MTU `mtu` (1.0 = the line).
    pub fn of_wire_limit(&self, mtu: Mtu) -> f64 {
        self.bps() / wire_limit_bps(self.op, self.size, mtu)
    }
}

/// One line: the rate, the wire limit and the share of it.
pub fn print_wire_limit(label: &str, r: &BwReport, mtu: Mtu) {
    println!(
        " {label}{:.2} Gb/s of payload; wire limit {:.2} Gb/s ({} B messages, {} B on the wire each at MTU {}): {:.1} % of it",
        r.bps() / 1e9,
        wire_limit_bps(r.op, r.size, mtu) / 1e9,
        r.size,
        wire_bytes_per_message(r.op, r.size, mtu),
        mtu.bytes(),
        100.0 * r.of_wire_limit(mtu)
    );
}

/// Seed of the payload of QP `k`'s last message: unique per QP and run length.
fn last_seed(k: usize, iters: u64) -> u64 {
    0x0BE4_C400_0000 ^ ((k as u64) << 40) ^ iters
}

/// wr_id of message `i` of QP `k`.
fn wr_id(k: usize, i: u64) -> u64 {
    ((k as u64) << 48) | i
}

/// Peak as perftest computes it: the smallest (completed[j] - posted[i]) / (j-i+1).
/// Windows are capped so long runs stay cheap; short windows hold the peak anyway.
fn peak_ticks(posted: &[u64], completed: &[u64]) -> f64 {
    const MAX_WINDOW: usize = 2048;
    let n = posted.len().min(completed.len());
    let mut best = f64::INFINITY;
    for (i, &p) in posted[..n].iter().enumerate() {
        for (w, &c) in completed[i..n.min(i + MAX_WINDOW)].iter().enumerate() {
            let t = c.saturating_sub(p) as f64 / (w + 1) as f64;
            if t > 0.0 && t < best {
                best = t;
            }
        }
    }
    if best.is_finite() { best } else { 0.0 }
}

/// Per-QP book-keeping of the sender.
#[derive(Default, Clone, Copy)]
struct QpBooks {
    posted: u64,
    completed: u64,
}

/// Stream `opts.iters` messages on every QP of `tx`, QP k from slot k of `tx.mr`
/// (`k * size`) to `targets[k]` (RDMA WRITE) or into the peer's receives (SEND).
/// The peer must have receives posted before a SEND run starts.
pub fn run_bw(tx: &mut Endpoint, targets: &[RemoteBuf], peer: &mut dyn Peer, clock: &dyn Clock, opts: &BwOpts) -> Result<BwReport> {
    let nq = tx.qps.len();
    let size = opts.size as usize;
    if opts.size == 0 || opts.iters == 0 {
        return Err("message size and iterations must be at least 1".into());
    }
    if opts.op == BwOp::Write && targets.len() < nq {
        return Err(format!("{nq} QPs but {} remote buffers", targets.len()).into());
    }
    if tx.mr.len() < nq * size {
        return Err(format!("the send region holds {} bytes, {nq} slots of {size} need more", tx.mr.len()).into());
    }
    let depth = opts.tx_depth.min(tx.qps.iter().map(|q| q.max_send_wr()).min().unwrap_or(1)).max(1) as u64;
    let cq_mod = (opts.cq_mod.max(1) as u64).min(depth);
    for k in 0..nq {
        fill_pattern(&mut tx.mr.as_mut_slice()[k * size..(k + 1) * size], k as u64 + 1);
    }

    let total = opts.iters * nq as u64;
    let mut books = vec![QpBooks::default(); nq];
    let mut t_posted = Vec::with_capacity(total as usize);
    let mut t_completed = Vec::with_capacity(total as usize);
    let mut wcs = Vec::with_capacity(64);
    let mut progress = Progress::new(format!("{} {} B", opts.op.name(), size), total);
    let mut last_progress = Instant::now();
    let mut backoff = Backoff::default();
    let (wall0, t0) = (Instant::now(), clock.now());

    while (t_completed.len() as u64) < total {
        let mut busy = false;
        for k in 0..nq {
            let b = &mut books[k];
            while b.posted < opts.iters && b.posted - b.completed < depth {
                let i = b.posted;
                if i + 1 == opts.iters {
                    // The last message carries a payload of its own, checked at the end.
                    fill_pattern(&mut tx.mr.as_mut_slice()[k * size..(k + 1) * size], last_seed(k, opts.iters));
                }
                let opcode = match opts.op {
                    BwOp::Write => SendOp::Write { remote_addr: targets[k].addr, rkey: targets[k].rkey },
                    BwOp::Send => SendOp::Send,
                };
                let signaled = (i + 1).is_multiple_of(cq_mod) || i + 1 == opts.iters;
                let wr = SendWr { wr_id: wr_id(k, i), opcode, sge: Some(tx.mr.sge(k * size, opts.size)?), signaled };
                tx.qps[k].post_send(&wr)?;
                t_posted.push(clock.now());
                b.posted += 1;
                busy = true;
            }
        }
        wcs.clear();
        tx.send_cq.poll_into(&mut wcs, 64)?;
        if !wcs.is_empty() {
            let now = clock.now();
            for wc in &wcs {
                let k = check_send_wc(tx, wc)?;
                // A signaled completion retires every WR of its QP up to itself.
                let upto = (wc.wr_id & 0xFFFF_FFFF_FFFF) + 1;
                if upto <= books[k].completed || upto > books[k].posted {
                    return Err(format!("QP {}: completion for WR {:#x} out of order", wc.qp_num, wc.wr_id).into());
                }
                let covered = upto - books[k].completed;
                books[k].completed = upto;
                t_completed.resize(t_completed.len() + covered as usize, now);
            }
            busy = true;
            last_progress = Instant::now();
            if opts.progress {
                progress.tick(t_completed.len() as u64);
            }
        }
        peer.service()?;
        if busy {
            backoff.reset();
        } else {
            if last_progress.elapsed() > opts.stall_timeout {
                return Err(stalled(tx, t_completed.len() as u64, total, opts.stall_timeout));
            }
            backoff.idle();
        }
    }
    let wall = wall0.elapsed();
    progress.finish();
    peer.finish(total, opts.stall_timeout)?;
    let verified = verify_landed(tx, peer, opts);
    Ok(BwReport {
        op: opts.op,
        size: opts.size,
        qps: nq,
        messages: total,
        ticks: t_completed.last().map_or(1, |&t| t.saturating_sub(t0).max(1)),
        hz: clock.hz(),
        simulated: clock.simulated(),
        peak_ticks_per_msg: peak_ticks(&t_posted, &t_completed),
        wall,
        verified,
    })
}

/// A send completion must be a success of one of our QPs; returns the QP index.
fn check_send_wc(ep: &Endpoint, wc: &WorkCompletion) -> Result<usize> {
    let k = ep.qp_index(wc.qp_num).ok_or_else(|| format!("completion for unknown QP {}", wc.qp_num))?;
    if wc.status != WcStatus::Success {
        return Err(format!("QP {} WR {:#x} completed with {:?}", wc.qp_num, wc.wr_id, wc.status).into());
    }
    Ok(k)
}

fn stalled(ep: &Endpoint, done: u64, total: u64, after: Duration) -> Box<dyn std::error::Error + Send + Sync> {
    let states: Vec<String> = ep.qps.iter().map(|q| format!("QP {} {:?}", q.qp_num(), q.state())).collect();
    let counters = ep.dev.counters().map(|c| format!("{c:?}")).unwrap_or_default();
    format!("no progress for {} s after {done} of {total} messages ({}); sender counters: {counters}", after.as_secs(), states.join(", ")).into()
}

fn verify_landed(tx: &Endpoint, peer: &dyn Peer, opts: &BwOpts) -> Option<std::result::Result<(), String>> {
    let size = opts.size as usize;
    for k in 0..tx.qps.len() {
        let got = peer.landed(k, size)?;
        let want = &tx.mr.as_slice()[k * size..(k + 1) * size];
        if let Some(diff) = compare(got, want) {
            return Some(Err(format!("QP {k}: last message: {diff}")));
        }
    }
    Some(Ok(()))
}

/// The receiving side of a bandwidth test in this process: for SEND it keeps every
/// QP's receive queue full (all receives of QP k land in slot k of its region) and
/// checks each receive completion; for WRITE it only exposes the memory.
pub struct BwReceiver<'a> {
    pub ep: &'a mut Endpoint,
    op: BwOp,
    size: u32,
    depth: u32,
    /// Receive completions seen.
    pub received: u64,
    wcs: Vec<WorkCompletion>,
    error: Option<String>,
}

impl<'a> BwReceiver<'a> {
    /// For SEND, posts `rq_depth` receives on every QP.
    pub fn new(ep: &'a mut Endpoint, op: BwOp, size: u32) -> Result<BwReceiver<'a>> {
        let depth = ep.qps.iter().map(|q| q.max_recv_wr()).min().unwrap_or(1);
        let mut r = BwReceiver { ep, op, size, depth, received: 0, wcs: Vec::with_capacity(64), error: None };
        if op == BwOp::Send {
            for k in 0..r.ep.qps.len() {
                for _ in 0..depth {
                    r.post(k)?;
                }
            }
        }
        Ok(r)
    }

    fn post(&mut self, k: usize) -> Result<()> {
        let sge = self.ep.mr.sge(k * self.size as usize, self.size)?;
        self.ep.qps[k].post_recv(&RecvWr { wr_id: k as u64, sge })?;
        Ok(())
    }

    /// Receive WRs per QP.
    pub fn depth(&self) -> u32 {
        self.depth
    }
}

impl Peer for BwReceiver<'_> {
    fn service(&mut self) -> Result<()> {
        if self.op != BwOp::Send {
            return Ok(());
        }
        if let Some(e) = &self.error {
            return Err(e.clone().into());
        }
        self.wcs.clear();
        self.ep.recv_cq.poll_into(&mut self.wcs, 64)?;
        for i in 0..self.wcs.len() {
            let wc = self.wcs[i];
            if wc.status != WcStatus::Success || wc.opcode != WcOpcode::Recv || wc.byte_len != self.size {
                let e = format!("receiver: QP {} completed {:?} {:?} of {} bytes (expected a {}-byte Recv)", wc.qp_num, wc.status, wc.opcode, wc.byte_len, self.size);
                self.error = Some(e.clone());
                return Err(e.into());
            }
            self.received += 1;
            let k = wc.wr_id as usize;
            self.post(k)?;
        }
        Ok(())
    }

    fn landed(&self, k: usize, len: usize) -> Option<&[u8]> {
        self.ep.mr.as_slice().get(k * len..(k + 1) * len)
    }

    fn finish(&mut self, messages: u64, timeout: Duration) -> Result<()> {
        if self.op != BwOp::Send {
            return Ok(());
        }
        let start = Instant::now();
        let mut backoff = Backoff::default();
        while self.received < messages {
            self.service()?;
            if start.elapsed() > timeout {
                return Err(format!("the receiver completed {} of {messages} messages", self.received).into());
            }
            backoff.idle();
        }
        Ok(())
    }
}

// ---------------------------------------------------------------- latency

/// What a latency test ping-pongs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LatOp {
    /// RDMA WRITE; arrival is seen by polling the last byte of the buffer (ib_write_lat).
    Write,
    /// SEND into a posted receive; arrival is the receive completion (ib_send_lat).
    Send,
}

impl LatOp {
    pub fn name(self) -> &'static str {
        match self {
            LatOp::Write => "RDMA_Write",
            LatOp::Send => "Send",
        }
    }
}

#[derive(Debug, Clone)]
pub struct LatOpts {
    pub op: LatOp,
    pub size: u32,
    /// Round trips.
    pub iters: u64,
    pub stall_timeout: Duration,
    pub progress: bool,
}

/// One end of a ping-pong on QP 0 of an endpoint. Its region holds the outgoing
/// message at offset 0 and the incoming one at offset `size`.
pub struct LatEnd<'a> {
    pub ep: &'a mut Endpoint,
    op: LatOp,
    size: u32,
    /// Where WRITEs go (the far end's incoming slot).
    remote: Option<RemoteBuf>,
    /// Messages sent and received so far.
    sent: u64,
    received: u64,
    /// Send WRs not yet retired by a signaled completion.
    unretired: u64,
    signal_every: u64,
    wcs: Vec<WorkCompletion>,
}

impl<'a> LatEnd<'a> {
    /// `remote` is needed for [`LatOp::Write`]. For SEND, receives are posted here.
    pub fn new(ep: &'a mut Endpoint, op: LatOp, size: u32, remote: Option<RemoteBuf>) -> Result<LatEnd<'a>> {
        if op == LatOp::Write && remote.is_none() {
            return Err("a WRITE ping-pong needs the far end's buffer".into());
        }
        if ep.mr.len() < 2 * size as usize || size == 0 {
            return Err(format!("the region holds {} bytes, a {size}-byte ping-pong needs twice that", ep.mr.len()).into());
        }
        let qp = ep.qps.first().ok_or("the endpoint has no QP")?;
        let signal_every = (qp.max_send_wr() as u64 / 2).max(1);
        let mut end = LatEnd { ep, op, size, remote, sent: 0, received: 0, unretired: 0, signal_every, wcs: Vec::with_capacity(16) };
        if op == LatOp::Send {
            let depth = end.ep.qps[0].max_recv_wr();
            for _ in 0..depth {
                end.post_recv()?;
            }
        }
        Ok(end)
    }

    /// The address and rkey of this end's incoming slot, for the far end.
    pub fn incoming(&self) -> RemoteBuf {
        RemoteBuf { addr: self.ep.mr.addr() + self.size as u64, rkey: self.ep.mr.rkey() }
    }

    fn post_recv(&mut self) -> Result<()> {
        let sge = self.ep.mr.sge(self.size as usize, self.size)?;
        self.ep.qps[0].post_recv(&RecvWr { wr_id: 0, sge })?;
        Ok(())
    }

    /// The marker of message `n` (never 0, the initial memory contents).
    fn marker(n: u64) -> u8 {
        (n % 255) as u8 + 1
    }

    /// Send the next message: its last byte is its marker.
    pub fn ping(&mut self) -> Result<()> {
        // Normally retired long before; if not, wait for the signaled completion.
        let depth = self.ep.qps[0].max_send_wr() as u64;
        let start = Instant::now();
        while self.unretired >= depth {
            self.reap(true)?;
            if start.elapsed() > Duration::from_secs(10) {
                return Err("send queue full and no send completion for 10 s".into());
            }
        }
        let size = self.size as usize;
        self.ep.mr.as_mut_slice()[size - 1] = Self::marker(self.sent);
        self.sent += 1;
        let signaled = self.sent.is_multiple_of(self.signal_every);
        let opcode = match (self.op, self.remote) {
            (LatOp::Write, Some(r)) => SendOp::Write { remote_addr: r.addr, rkey: r.rkey },
            _ => SendOp::Send,
        };
        let wr = SendWr { wr_id: self.sent, opcode, sge: Some(self.ep.mr.sge(0, self.size)?), signaled };
        self.ep.qps[0].post_send(&wr)?;
        self.unretired += 1;
        Ok(())
    }

    /// Whether the next expected message has arrived (consumes it).
    pub fn arrived(&mut self) -> Result<bool> {
        let hit = match self.op {
            LatOp::Write => {
                let off = 2 * self.size as usize - 1;
                // SAFETY: off < mr.len() (checked in new); the engine writes this byte
                // by DMA, so it must be read volatile, not cached in a register.
                let b = unsafe { std::ptr::read_volatile(self.ep.mr.as_ptr().add(off)) };
                b == Self::marker(self.received)
            }
            LatOp::Send => {
                self.wcs.clear();
                self.ep.recv_cq.poll_into(&mut self.wcs, 1)?;
                match self.wcs.first() {
                    None => false,
                    Some(wc) if wc.status == WcStatus::Success && wc.byte_len == self.size => {
                        self.post_recv()?;
                        true
                    }
                    Some(wc) => return Err(format!("QP {} receive completed {:?} with {} bytes", wc.qp_num, wc.status, wc.byte_len).into()),
                }
            }
        };
        if hit {
            self.received += 1;
        }
        Ok(hit)
    }

    /// Retire signaled send completions; off the critical path, so only when the SQ
    /// is filling up or `force`.
    pub fn reap(&mut self, force: bool) -> Result<()> {
        if !force && self.unretired < self.signal_every {
            return Ok(());
        }
        self.wcs.clear();
        self.ep.send_cq.poll_into(&mut self.wcs, 16)?;
        for wc in &self.wcs {
            if wc.status != WcStatus::Success {
                return Err(format!("QP {} send WR {} completed with {:?}", wc.qp_num, wc.wr_id, wc.status).into());
            }
            self.unretired = self.sent - wc.wr_id;
        }
        Ok(())
    }

    /// The last byte of the last message received, checked against what was sent.
    fn check_last(&self) -> Option<String> {
        let b = self.ep.mr.as_slice()[2 * self.size as usize - 1];
        let want = Self::marker(self.received.wrapping_sub(1));
        (b != want).then(|| format!("last byte {b:#04x}, expected marker {want:#04x}"))
    }

    pub fn state(&self) -> QpState {
        self.ep.qps[0].state()
    }
}

/// Result of a latency run: one-way latencies (round trip / 2) in the clock's ticks.
#[derive(Debug, Clone)]
pub struct LatReport {
    pub op: LatOp,
    pub size: u32,
    pub iters: u64,
    /// Sorted ascending.
    pub samples: Vec<u64>,
    pub hz: u64,
    pub simulated: bool,
    pub wall: Duration,
    /// Whole-run ticks (for cycles per round trip).
    pub ticks: u64,
}

impl LatReport {
    fn us(&self, ticks: f64) -> f64 {
        ticks * 1e6 / self.hz as f64
    }
    fn pct(&self, p: f64) -> f64 {
        let n = self.samples.len();
        if n == 0 {
            return 0.0;
        }
        let i = ((p * n as f64).ceil() as usize).clamp(1, n) - 1;
        self.samples[i] as f64
    }
    pub fn min_us(&self) -> f64 {
        self.us(self.samples.first().copied().unwrap_or(0) as f64)
    }
    pub fn max_us(&self) -> f64 {
        self.us(self.samples.last().copied().unwrap_or(0) as f64)
    }
    pub fn typical_us(&self) -> f64 {
        self.us(self.pct(0.5))
    }
    pub fn avg_us(&self) -> f64 {
        let n = self.samples.len().max(1) as f64;
        self.us(self.samples.iter().sum::<u64>() as f64 / n)
    }
    pub fn stdev_us(&self) -> f64 {
        let n = self.samples.len().max(1) as f64;
        let mean = self.samples.iter().sum::<u64>() as f64 / n;
        let var = self.samples.iter().map(|&s| (s as f64 - mean).powi(2)).sum::<f64>() / n;
        self.us(var.sqrt())
    }
    pub fn p99_us(&self) -> f64 {
        self.us(self.pct(0.99))
    }
    pub fn p999_us(&self) -> f64 {
        self.us(self.pct(0.999))
    }
}

/// perftest's latency header.
pub fn print_lat_header() {
    println!("{RULE}");
    println!(" #bytes #iterations    t_min[usec]    t_max[usec]  t_typical[usec]    t_avg[usec]    t_stdev[usec]   99% percentile[usec]   99.9% percentile[usec] ");
}

/// perftest's latency row, then the time base and the wall time.
pub fn print_lat_report(r: &LatReport) {
    println!(
        " {:<7} {:<10}   {:<7.2}        {:<7.2}      {:<7.2}            {:<7.2}        {:<7.2}          {:<7.2}                {:<7.2}",
        r.size,
        r.iters,
        r.min_us(),
        r.max_us(),
        r.typical_us(),
        r.avg_us(),
        r.stdev_us(),
        r.p99_us(),
        r.p999_us()
    );
    println!("{RULE}");
    let per_rt = r.ticks as f64 / r.iters.max(1) as f64;
    if r.simulated {
        println!(" times are simulated (engine cycles at {:.2} MHz), one way = round trip / 2; {:.0} cycles per round trip", r.hz as f64 / 1e6, per_rt);
        println!(" simulated time stands still while both engines are idle, so the host's own reaction adds");
        println!(" at most one clock batch (64 cycles) per arrival: t_min is the closest to the engine's latency");
    }
    let wall = r.wall.as_secs_f64();
    println!(" wall clock: {:.3} s, {:.1} us per round trip", wall, wall * 1e6 / r.iters.max(1) as f64);
}

/// Ping-pong `opts.iters` times between `local` (which starts) and `peer`, the
/// far end in this process if there is one (otherwise a remote program answers).
pub fn run_lat(local: &mut LatEnd<'_>, mut peer: Option<&mut LatEnd<'_>>, clock: &dyn Clock, opts: &LatOpts) -> Result<LatReport> {
    let n = opts.iters;
    if n == 0 {
        return Err("iterations must be at least 1".into());
    }
    let mut stamps = Vec::with_capacity(n as usize + 1);
    let mut progress = Progress::new(format!("{} lat {} B", opts.op.name(), opts.size), n);
    let wall0 = Instant::now();
    local.ping()?;
    stamps.push(clock.now());
    let mut last_progress = Instant::now();
    let mut backoff = Backoff::default();
    while local.received < n {
        let mut busy = false;
        if let Some(p) = peer.as_deref_mut() {
            if p.arrived()? {
                p.ping()?;
                p.reap(false)?;
                busy = true;
            }
        }
        if local.arrived()? {
            if local.received < n {
                local.ping()?;
            }
            stamps.push(clock.now());
            local.reap(false)?;
            busy = true;
            last_progress = Instant::now();
            if opts.progress {
                progress.tick(local.received);
            }
        }
        if !busy {
            if last_progress.elapsed() > opts.stall_timeout {
                let far = peer.as_deref().map(|p| format!(", far end {:?} with {} received", p.state(), p.received)).unwrap_or_default();
                return Err(format!(
                    "no answer for {} s after {} round trips (QP {:?}{far}); counters: {:?}",
                    opts.stall_timeout.as_secs(),
                    local.received,
                    local.state(),
                    local.ep.dev.counters().ok()
                )
                .into());
            }
            backoff.idle();
        } else {
            backoff.reset();
        }
    }
    let wall = wall0.elapsed();
    progress.finish();
    local.reap(true)?;
    if let Some(p) = peer {
        p.reap(true)?;
    }
    if let Some(e) = local.check_last() {
        return Err(format!("data check failed: {e}").into());
    }
    let mut samples: Vec<u64> = stamps.windows(2).map(|w| (w[1] - w[0]) / 2).collect();
    samples.sort_unstable();
    let ticks = stamps.last().copied().unwrap_or(0) - stamps[0];
    Ok(LatReport { op: opts.op, size: opts.size, iters: n, samples, hz: clock.hz(), simulated: clock.simulated(), wall, ticks })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn peak_is_the_best_window() {
        // Messages posted at 0,1,2,3; completed at 10, 11, 12, 100.
        let p = peak_ticks(&[0, 1, 2, 3], &[10, 11, 12, 100]);
        // Best: posted 0, completed 2 -> 12/3 = 4.
        assert!((p - 4.0).abs() < 1e-9, "{p}");
    }

    #[test]
    fn percentiles() {
        let r = LatReport { op: LatOp::Write, size: 2, iters: 4, samples: vec![100, 200, 300, 400], hz: 1_000_000, simulated: true, wall: Duration::ZERO, ticks: 0 };
        assert_eq!(r.min_us(), 100.0);
        assert_eq!(r.typical_us(), 200.0);
        assert_eq!(r.p99_us(), 400.0);
        assert_eq!(r.avg_us(), 250.0);
    }
}
