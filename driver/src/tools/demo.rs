//! `openrnic demo`: two simulated cards back to back, one RC connection set up
//! through the verbs API exactly as an application would, and real transfers whose
//! data is checked byte for byte in the other card's memory.

use super::common::{
    compare, cycles_to_us, fill_pattern, fmt_bps, fmt_size, fmt_wall, parse_loss, parse_mtu, show_path, wait_one, PairConfig, SimPair, SIM_HZ,
};
use super::Result;
use crate::{AddressVector, CompletionQueue, Counters, MemoryRegion, Mtu, QpAttr, QpInitAttr, QpState, QueuePair, RecvWr, SendOp, SendWr, WcOpcode, WcStatus};
use openrnic_contract::regs::access;
use std::path::PathBuf;
use std::time::{Duration, Instant};

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Capture every frame on the cable into this pcap file.
    #[arg(long, default_value = "target/openrnic-demo.pcap")]
    pub pcap: PathBuf,
    /// Frame loss probability on the cable, each direction (e.g. 0.01 or 1%).
    #[arg(long, default_value = "0", value_parser = parse_loss)]
    pub loss: f64,
    /// Seed of the cable's fault injection.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Path MTU in bytes.
    #[arg(long, default_value = "1024", value_parser = parse_mtu)]
    pub mtu: Mtu,
    /// Print only the step lines and the verdict.
    #[arg(long)]
    pub quiet: bool,
}

/// Largest transfer (the RDMA WRITE) and the layout of card B's region around it.
const WRITE_LEN: usize = 1 << 20;
const RECV_LEN: usize = 64 << 10;
/// B's region: receive buffer at 0, RDMA WRITE target at WRITE_AT, a guard after.
const WRITE_AT: usize = 1 << 20;
const B_LEN: usize = WRITE_AT + WRITE_LEN + 4096;
/// Retransmit timeout on a lossy cable: well above a round trip (a few hundred
/// cycles), far below the 1M-cycle default, so lost tails recover quickly.
const LOSSY_ACK_TIMEOUT: u32 = 20_000;
/// Wall time one step may take (the simulator runs ~10^5..10^6 cycles/s).
const STEP_TIMEOUT: Duration = Duration::from_secs(120);
/// What B's memory holds before each step, so a stray or missing byte shows.
const GUARD_SEED: u64 = 0x6A09_E667;

/// The operations of the demo, in order.
#[derive(Debug, Clone, Copy)]
enum Op {
    Send { len: usize, imm: Option<u32> },
    Write { len: usize, imm: Option<u32> },
    /// An RDMA WRITE with a stale rkey: must fail with REM_ACCESS_ERR.
    BadRkey { len: usize },
}

impl Op {
    fn name(&self) -> &'static str {
        match self {
            Op::Send { imm: None, .. } => "SEND",
            Op::Send { imm: Some(_), .. } => "SEND with immediate",
            Op::Write { imm: None, .. } => "RDMA WRITE",
            Op::Write { imm: Some(_), .. } => "RDMA WRITE with immediate",
            Op::BadRkey { .. } => "RDMA WRITE, bad rkey",
        }
    }
    fn len(&self) -> usize {
        match *self {
            Op::Send { len, .. } | Op::Write { len, .. } | Op::BadRkey { len } => len,
        }
    }
}

const STEPS: &[Op] = &[
    Op::Send { len: 0, imm: None },
    Op::Send { len: 1, imm: None },
    Op::Send { len: 4096, imm: None },
    Op::Send { len: 64 << 10, imm: None },
    Op::Send { len: 4096, imm: Some(0x1234_5678) },
    Op::Write { len: WRITE_LEN, imm: None },
    Op::Write { len: 64 << 10, imm: Some(0xCAFE_F00D) },
    Op::BadRkey { len: 4096 },
];

/// One card's side of the connection.
struct Side {
    mr: MemoryRegion,
    cq: CompletionQueue,
    qp: QueuePair,
}

/// How a step ended.
enum Verdict {
    Ok,
    /// Failed as it must (the note says how).
    Expected(String),
    Fail(String),
}

struct StepLog {
    cycles: u64,
    wall: Duration,
    verdict: Verdict,
}

pub fn run(a: Args) -> Result<()> {
    let wall0 = Instant::now();
    let ack_timeout = (a.loss > 0.0).then_some(LOSSY_ACK_TIMEOUT);
    let pair = SimPair::start(&PairConfig { loss: a.loss, seed: a.seed, pcap: Some(a.pcap.clone()), ack_timeout })?;
    let (mut sa, mut sb) = setup(&pair, a.mtu)?;
    if !a.quiet {
        intro(&pair, &a, &sa, &sb, ack_timeout);
    }
    println!("  #  {:<27} {:>8} {:>11} {:>11} {:>11} {:>9}  result", "operation", "size", "sim cycles", "sim time", "sim rate", "wall");
    let (mut failed, mut expected) = (0, 0);
    for (i, op) in STEPS.iter().enumerate() {
        let log = match step(&pair, &mut sa, &mut sb, op, i as u64) {
            Ok(log) => log,
            // The connection is in an unknown state: stop here.
            Err(e) => {
                println!("  {}  {:<27} {:>8}  FAIL: {e}", i + 1, op.name(), fmt_size(op.len() as u64));
                failed += 1 + STEPS.len() - i - 1;
                break;
            }
        };
        print_step(i + 1, op, &log);
        match log.verdict {
            Verdict::Ok => {}
            Verdict::Expected(_) => expected += 1,
            Verdict::Fail(_) => failed += 1,
        }
    }
    let (ca, cb) = (pair.dev[0].counters()?, pair.dev[1].counters()?);
    let cycles = pair.cycles();
    let frames = pair.close_pcap()?;
    if !a.quiet {
        epilogue(&pair, &ca, &cb, frames, &a);
    }
    let ok = STEPS.len() - failed;
    println!(
        "demo: {ok} of {} steps OK ({expected} expected failure), {} simulated ({cycles} cycles), {} wall",
        STEPS.len(),
        fmt_us(cycles),
        fmt_wall(wall0.elapsed())
    );
    if failed > 0 {
        return Err(format!("{failed} step(s) failed").into());
    }
    Ok(())
}

/// Everything an application does before its first transfer, in libibverbs order.
fn setup(pair: &SimPair, mtu: Mtu) -> Result<(Side, Side)> {
    let [da, db] = &pair.dev;
    let (pa, pb) = (da.alloc_pd()?, db.alloc_pd()?);
    let rw = access::LOCAL_WRITE | access::REMOTE_WRITE;
    let (ma, mb) = (pa.reg_mr(WRITE_LEN, access::LOCAL_WRITE)?, pb.reg_mr(B_LEN, rw)?);
    let (ca, cb) = (da.create_cq(64, 0)?, db.create_cq(64, 0)?);
    let init = |cq| QpInitAttr { send_cq: cq, recv_cq: cq, max_send_wr: 16, max_recv_wr: 16 };
    let (mut qa, mut qb) = (pa.create_qp(&init(&ca))?, pb.create_qp(&init(&cb))?);
    // The numbers the two sides would swap out of band (QPN, PSN, address).
    let (psn_a, psn_b) = (0x00A5_A5A5, 0x005A_5A5A);
    let (av_a, av_b): (AddressVector, AddressVector) = (pair.addr[0], pair.addr[1]);
    qa.modify(&QpAttr::init())?;
    qb.modify(&QpAttr::init())?;
    qa.modify(&QpAttr::rtr(mtu, qb.qp_num(), psn_b, av_b))?;
    qb.modify(&QpAttr::rtr(mtu, qa.qp_num(), psn_a, av_a))?;
    qa.modify(&QpAttr::rts(psn_a))?;
    qb.modify(&QpAttr::rts(psn_b))?;
    Ok((Side { mr: ma, cq: ca, qp: qa }, Side { mr: mb, cq: cb, qp: qb }))
}

fn intro(pair: &SimPair, a: &Args, sa: &Side, sb: &Side, ack_timeout: Option<u32>) {
    println!("openrnic demo: two simulated openrnic cards (Verilated RTL engine) on one 10 Gb/s cable");
    for (name, (s, av)) in [("A", (sa, pair.addr[0])), ("B", (sb, pair.addr[1]))] {
        let mac: Vec<String> = av.mac.iter().map(|b| format!("{b:02x}")).collect();
        let q = s.qp.query();
        println!(
            "  card {name}: {} {} {:<9} RC QP {} -> peer QP {}, first PSN {:#08x}, MR {} rkey {:#010x}",
            pair.dev[(name == "B") as usize].name(),
            mac.join(":"),
            av.ipv4.to_string(),
            s.qp.qp_num(),
            q.dest_qp_num.unwrap_or(0),
            q.sq_psn.unwrap_or(0),
            fmt_size(s.mr.len() as u64),
            s.mr.rkey()
        );
    }
    let cable = if a.loss > 0.0 { format!("loses {} of frames each way (seed {})", a.loss, a.seed) } else { "has no faults".into() };
    let timer = ack_timeout.map(|t| format!(", ACK timeout {t} cycles")).unwrap_or_default();
    println!("  path MTU {} B; the cable {cable}{timer}; capturing to {}", a.mtu.bytes(), show_path(&a.pcap));
    println!("  times are simulated engine time at {:.2} MHz; data is checked byte for byte in card B's memory", SIM_HZ as f64 / 1e6);
    println!();
}

fn print_step(n: usize, op: &Op, log: &StepLog) {
    let len = op.len() as u64;
    let secs = log.cycles as f64 / SIM_HZ as f64;
    let rate = if len > 0 && matches!(log.verdict, Verdict::Ok) { fmt_bps(len as f64 * 8.0 / secs.max(1e-12)) } else { "-".into() };
    let verdict = match &log.verdict {
        Verdict::Ok => "OK".to_string(),
        Verdict::Expected(why) => format!("OK (expected failure: {why})"),
        Verdict::Fail(why) => format!("FAIL: {why}"),
    };
    println!(
        "  {n}  {:<27} {:>8} {:>11} {:>11} {:>11} {:>9}  {verdict}",
        op.name(),
        fmt_size(len),
        log.cycles,
        fmt_us(log.cycles),
        rate,
        fmt_wall(log.wall)
    );
}

fn fmt_us(cycles: u64) -> String {
    let us = cycles_to_us(cycles);
    if us >= 1000.0 {
        format!("{:.2} ms", us / 1e3)
    } else {
        format!("{us:.2} us")
    }
}

/// Run one operation and check everything it should (and should not) have done.
fn step(pair: &SimPair, a: &mut Side, b: &mut Side, op: &Op, n: u64) -> Result<StepLog> {
    let len = op.len();
    // Fresh data for this step, and a known background on B.
    fill_pattern(&mut a.mr.as_mut_slice()[..len], 0x5EED_0000 + n);
    fill_pattern(b.mr.as_mut_slice(), GUARD_SEED + n);
    let mut expect = b.mr.as_slice().to_vec();
    let data = a.mr.as_slice()[..len].to_vec();
    let wr_id = 0xA000 + n;
    let (sge, b_addr) = ((len > 0).then(|| a.mr.sge(0, len as u32)).transpose()?, b.mr.addr());
    let (opcode, recv) = match *op {
        Op::Send { imm: None, .. } => (SendOp::Send, true),
        Op::Send { imm: Some(i), .. } => (SendOp::SendWithImm(i), true),
        Op::Write { imm: None, .. } => (SendOp::Write { remote_addr: b_addr + WRITE_AT as u64, rkey: b.mr.rkey() }, false),
        Op::Write { imm: Some(imm), .. } => (SendOp::WriteWithImm { remote_addr: b_addr + WRITE_AT as u64, rkey: b.mr.rkey(), imm }, true),
        // Right row, wrong generation: a key that outlived its registration.
        Op::BadRkey { .. } => (SendOp::Write { remote_addr: b_addr + WRITE_AT as u64, rkey: b.mr.rkey() ^ 0x100 }, false),
    };
    if recv {
        b.qp.post_recv(&RecvWr { wr_id: 0xB000 + n, sge: b.mr.sge(0, RECV_LEN as u32)? })?;
    }
    let naks_before = pair.dev[1].counters()?.nak_access_sent;

    let (w0, t0) = (Instant::now(), pair.cycles());
    a.qp.post_send(&SendWr { wr_id, opcode, sge, signaled: true })?;
    let swc = wait_one(&mut a.cq, STEP_TIMEOUT, "the send work request")?;
    let rwc = if recv { Some(wait_one(&mut b.cq, STEP_TIMEOUT, "the receive")?) } else { None };
    let (cycles, wall) = (pair.cycles() - t0, w0.elapsed());

    let mut problems = Vec::new();
    let mut check = |ok: bool, what: String| {
        if !ok {
            problems.push(what);
        }
    };
    if let Op::BadRkey { .. } = op {
        check(swc.status == WcStatus::RemAccessErr, format!("send completion {:?}, expected RemAccessErr", swc.status));
        check(a.qp.state() == QpState::Err, format!("QP A is {:?}, expected Err", a.qp.state()));
        let naks = pair.dev[1].counters()?.nak_access_sent.wrapping_sub(naks_before);
        check(naks == 1, format!("card B sent {naks} access NAKs, expected 1"));
    } else {
        let want_op = if matches!(op, Op::Send { .. }) { WcOpcode::Send } else { WcOpcode::RdmaWrite };
        check(swc.status == WcStatus::Success, format!("send completion {:?}", swc.status));
        check(swc.opcode == want_op && swc.wr_id == wr_id, format!("send completion is {:?} wr_id {:#x}", swc.opcode, swc.wr_id));
    }
    if let Some(r) = rwc {
        let (want_op, want_imm) = match *op {
            Op::Send { imm, .. } => (WcOpcode::Recv, imm),
            Op::Write { imm, .. } => (WcOpcode::RecvRdmaWithImm, imm),
            Op::BadRkey { .. } => (WcOpcode::Recv, None),
        };
        check(r.status == WcStatus::Success, format!("receive completion {:?}", r.status));
        check(r.opcode == want_op, format!("receive completion is {:?}, expected {want_op:?}", r.opcode));
        check(r.byte_len as usize == len, format!("receive completion says {} bytes, sent {len}", r.byte_len));
        check(r.imm == want_imm, format!("immediate {:?}, sent {want_imm:?}", r.imm));
        check(r.qp_num == b.qp.qp_num(), format!("receive completion on QP {}", r.qp_num));
    }
    // Nothing else may complete on B (a plain WRITE consumes no receive).
    check(b.cq.poll(1)?.is_empty(), "an unexpected completion on card B".into());
    // B's whole region: the data where it belongs, the background everywhere else.
    match op {
        Op::Send { .. } => expect[..len].copy_from_slice(&data),
        Op::Write { .. } => expect[WRITE_AT..WRITE_AT + len].copy_from_slice(&data),
        Op::BadRkey { .. } => {}
    }
    if let Some(diff) = compare(b.mr.as_slice(), &expect) {
        problems.push(format!("card B memory: {diff}"));
    }
    let verdict = match (problems.is_empty(), op) {
        (false, _) => Verdict::Fail(problems.join("; ")),
        (true, Op::BadRkey { .. }) => Verdict::Expected("REM_ACCESS_ERR, card B memory untouched".into()),
        (true, _) => Verdict::Ok,
    };
    Ok(StepLog { cycles, wall, verdict })
}

fn epilogue(pair: &SimPair, ca: &Counters, cb: &Counters, frames: Option<u64>, a: &Args) {
    println!();
    println!("  counters (non-zero)         card A    card B");
    for ((name, va), (_, vb)) in ca.iter().zip(cb.iter()) {
        if va != 0 || vb != 0 {
            println!("  {name:<24} {va:>9} {vb:>9}");
        }
    }
    let w = pair.wire();
    if a.loss > 0.0 {
        println!("  cable: A->B dropped {} of {} frames, B->A dropped {} of {}", w[0].dropped, w[0].sent, w[1].dropped, w[1].sent);
    }
    if let Some(n) = frames {
        let p = show_path(&a.pcap);
        println!("  pcap: {n} frames in {p}; look at it with: tshark -r {p}");
    }
    println!();
}
