//! `openrnic perf`: perftest-style bandwidth and latency on two simulated cards.
//!
//! The measurement loops and report tables live in [`super::bench`] (re-exported
//! here) so other front ends, such as an interop peer for Linux perftest, print the
//! same numbers the same way.

pub use super::bench::*;
use super::common::{fmt_bps, parse_bytes, parse_device, parse_loss, parse_mtu, show_path, DeviceArg, PairConfig, SimPair, SIM_HZ};
use super::Result;
use crate::{Counters, Mtu};
use clap::value_parser;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Largest message: each QP gets its own slot of this size on both cards.
const MAX_SIZE: u64 = 8 << 20;

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// RDMA WRITE bandwidth (ib_write_bw)
    Write,
    /// SEND bandwidth (ib_send_bw)
    Send,
    /// RDMA WRITE ping-pong latency (ib_write_lat)
    LatWrite,
    /// SEND ping-pong latency (ib_send_lat)
    LatSend,
}

#[derive(clap::Args, Debug)]
pub struct Args {
    /// What to measure.
    #[arg(value_enum)]
    pub mode: Mode,
    /// Message size in bytes, K/M suffixes allowed [default: 65536 for bandwidth, 2 for latency, as perftest].
    #[arg(short = 's', long, value_parser = parse_size)]
    pub size: Option<u32>,
    /// Messages per QP (bandwidth) or round trips (latency).
    #[arg(short = 'n', long, default_value_t = 1000, value_parser = value_parser!(u64).range(1..=10_000_000))]
    pub iters: u64,
    /// Queue pairs; the engine keeps one message in flight per QP, so more QPs overlap more.
    #[arg(short = 'q', long = "qp", default_value_t = 1, value_parser = value_parser!(u32).range(1..=16))]
    pub qps: u32,
    /// Path MTU in bytes.
    #[arg(long, default_value = "1024", value_parser = parse_mtu)]
    pub mtu: Mtu,
    /// Frame loss probability on the simulated cable, each direction (e.g. 0.01 or 1%).
    #[arg(long, default_value = "0", value_parser = parse_loss)]
    pub loss: f64,
    /// Seed of the cable's fault injection.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Send WRs outstanding per QP (perftest -t).
    #[arg(short = 't', long, default_value_t = 128, value_parser = value_parser!(u32).range(1..=4096))]
    pub tx_depth: u32,
    /// Requester retransmit timeout in engine cycles [default: the device's; with --loss, one scaled to the test].
    #[arg(long, value_parser = value_parser!(u32).range(1..))]
    pub ack_timeout: Option<u32>,
    /// Device: `sim` (two simulated cards back to back).
    #[arg(short = 'd', long, default_value = "sim", value_parser = parse_device)]
    pub device: DeviceArg,
    /// Capture the wire into this pcap file.
    #[arg(long)]
    pub pcap: Option<PathBuf>,
    /// Both cards send at once, each to the other (perftest -b): each direction's
    /// rate and its share of the wire limit are printed.
    #[arg(short = 'b', long = "bidirectional")]
    pub bidirectional: bool,
    /// Give up when nothing completes for this many seconds of wall time.
    #[arg(long, default_value_t = 60, value_parser = value_parser!(u64).range(1..))]
    pub timeout: u64,
}

fn parse_size(s: &str) -> std::result::Result<u32, String> {
    let n = parse_bytes(s)?;
    if !(1..=MAX_SIZE).contains(&n) {
        return Err(format!("the message size must be 1 B to {} MiB", MAX_SIZE >> 20));
    }
    Ok(n as u32)
}

pub fn run(a: Args) -> Result<()> {
    if let DeviceArg::Pci(pci) = &a.device {
        return Err(format!(
            "{pci}: perf needs two connected cards, and a VFIO device here is a single card without a peer; \
             use --device sim (two simulated cards back to back)"
        )
        .into());
    }
    if a.bidirectional && matches!(a.mode, Mode::LatWrite | Mode::LatSend) {
        return Err("-b (bidirectional) is for the bandwidth tests, write and send; a latency test is a ping-pong already".into());
    }
    match a.mode {
        Mode::Write if a.bidirectional => bidirectional(&a, BwOp::Write),
        Mode::Send if a.bidirectional => bidirectional(&a, BwOp::Send),
        Mode::Write => bandwidth(&a, BwOp::Write),
        Mode::Send => bandwidth(&a, BwOp::Send),
        Mode::LatWrite => latency(&a, LatOp::Write),
        Mode::LatSend => latency(&a, LatOp::Send),
    }
}

/// Cycles a `size`-byte message occupies a 10 Gb/s line at `mtu` (headers included).
fn wire_cycles(size: u32, mtu: Mtu) -> u64 {
    const PER_PACKET: u64 = 14 + 20 + 8 + 12 + 4 + 20; // Eth, IPv4, UDP, BTH, ICRC, preamble+IFG
    let packets = (size as u64).div_ceil(mtu.bytes() as u64).max(1);
    (size as u64 + packets * PER_PACKET).div_ceil(8)
}

/// The retransmit timeout to use. The engine has one ACK timer that runs while any
/// QP waits for an ACK and restarts only when none does, so with several QPs busy it
/// must cover the others' messages too, or it fires on healthy traffic.
fn ack_timeout(a: &Args, size: u32) -> Option<u32> {
    if a.ack_timeout.is_some() || a.loss == 0.0 {
        return a.ack_timeout;
    }
    let t = 4 * a.qps as u64 * wire_cycles(size, a.mtu) + 20_000;
    Some(t.min(1 << 24) as u32)
}

fn start_pair(a: &Args, size: u32) -> Result<(SimPair, Option<u32>)> {
    let timeout = ack_timeout(a, size);
    let cfg = PairConfig { loss: a.loss, seed: a.seed, pcap: a.pcap.clone(), ack_timeout: timeout };
    Ok((SimPair::start(&cfg)?, timeout))
}

fn banner(title: &str, a: &Args, qps: u32, timeout: Option<u32>, extra: &[(&str, String)]) {
    let rule = "---------------------------------------------------------------------------------------";
    println!("{rule}");
    println!("                    {title}");
    println!(" Devices         : sim0 <-> sim1, two simulated openrnic cards (Verilated RTL) back to back");
    println!(" Number of qps   : {qps}\t\tTransport type : RoCEv2");
    println!(" Connection type : RC");
    for (k, v) in extra {
        println!(" {k:<16}: {v}");
    }
    println!(" Mtu             : {}[B]", a.mtu.bytes());
    let loss = if a.loss > 0.0 { format!("loss {} per frame each way (seed {})", a.loss, a.seed) } else { "no faults".into() };
    println!(" Link            : {}, 512 ns latency, {loss}", fmt_bps(10e9));
    match timeout {
        Some(t) => println!(" ACK timeout     : {t} cycles ({:.1} us)", t as f64 * 1e6 / SIM_HZ as f64),
        None => println!(" ACK timeout     : device default"),
    }
    println!(" Time base       : simulated engine clock, {:.2} MHz", SIM_HZ as f64 / 1e6);
}

fn bandwidth(a: &Args, op: BwOp) -> Result<()> {
    let size = a.size.unwrap_or(65536);
    let q = a.qps as usize;
    let (pair, timeout) = start_pair(a, size)?;
    let tx_spec = EndpointSpec { qps: q, mr_len: q * size as usize, sq_depth: a.tx_depth, rq_depth: 1 };
    // Twice the sender's depth, as perftest does (rx-depth 512 vs tx-depth 128): the slack
    // covers the receiver reposting from the same host thread; with equal depths its
    // queues ran dry and the engine answered with RNR NAKs.
    let rx_depth = if op == BwOp::Send { (a.tx_depth * 2).clamp(16, 512) } else { 1 };
    let rx_spec = EndpointSpec { qps: q, mr_len: q * size as usize, sq_depth: 1, rq_depth: rx_depth };
    let mut tx = Endpoint::new(&pair.dev[0], tx_spec)?;
    let mut rx_ep = Endpoint::new(&pair.dev[1], rx_spec)?;
    connect_all(&mut tx, pair.addr[0], &mut rx_ep, pair.addr[1], a.mtu)?;
    let targets: Vec<RemoteBuf> = (0..q).map(|k| RemoteBuf { addr: rx_ep.mr.addr() + (k * size as usize) as u64, rkey: rx_ep.mr.rkey() }).collect();
    let mut rx = BwReceiver::new(&mut rx_ep, op, size)?;

    let depth = tx.qps[0].max_send_wr();
    let cq_mod = (depth / 2).clamp(1, 100);
    let mut extra = vec![("TX depth", depth.to_string()), ("CQ Moderation", cq_mod.to_string())];
    if op == BwOp::Send {
        extra.push(("RX depth", rx.depth().to_string()));
    }
    banner(&format!("{} BW Test", op.name()), a, a.qps, timeout, &extra);
    print_bw_header();
    let before = [pair.dev[0].counters()?, pair.dev[1].counters()?];
    let opts = BwOpts {
        op,
        size,
        iters: a.iters,
        tx_depth: depth,
        cq_mod,
        stall_timeout: Duration::from_secs(a.timeout),
        progress: true,
    };
    let report = run_bw(&mut tx, &targets, &mut rx, &pair.sim, &opts)?;
    print_bw_report(&report);
    print_wire_limit("rate:           ", &report, a.mtu);
    epilogue(&pair, &before, a.pcap.as_deref())?;
    match report.verified {
        Some(Err(e)) => Err(format!("data check failed: {e}").into()),
        _ => Ok(()),
    }
}

/// One direction of a bidirectional test: a sender on one card, a receiver on the other.
struct Direction {
    tx: Endpoint,
    rx: Endpoint,
}

/// perftest -b: card 0 sends to card 1 and card 1 to card 0 at the same time, each
/// direction with its own QPs, CQs and regions, driven by its own host thread (as two
/// perftest processes would be), started together.
fn bidirectional(a: &Args, op: BwOp) -> Result<()> {
    let size = a.size.unwrap_or(65536);
    let q = a.qps as usize;
    let (pair, timeout) = start_pair(a, size)?;
    let rx_depth = if op == BwOp::Send { (a.tx_depth * 2).clamp(16, 512) } else { 1 };
    let tx_spec = EndpointSpec { qps: q, mr_len: q * size as usize, sq_depth: a.tx_depth, rq_depth: 1 };
    let rx_spec = EndpointSpec { qps: q, mr_len: q * size as usize, sq_depth: 1, rq_depth: rx_depth };
    let mut dirs = Vec::with_capacity(2);
    for from in 0..2 {
        let to = 1 - from;
        let mut tx = Endpoint::new(&pair.dev[from], tx_spec)?;
        let mut rx = Endpoint::new(&pair.dev[to], rx_spec)?;
        connect_all(&mut tx, pair.addr[from], &mut rx, pair.addr[to], a.mtu)?;
        dirs.push(Direction { tx, rx });
    }
    let depth = dirs[0].tx.qps[0].max_send_wr();
    let cq_mod = (depth / 2).clamp(1, 100);
    let mut extra = vec![("Direction", "bidirectional (sim0 -> sim1 and sim1 -> sim0 at once)".to_string()), ("TX depth", depth.to_string()), ("CQ Moderation", cq_mod.to_string())];
    if op == BwOp::Send {
        extra.push(("RX depth", rx_depth.to_string()));
    }
    banner(&format!("{} Bidirectional BW Test", op.name()), a, a.qps, timeout, &extra);
    let before = [pair.dev[0].counters()?, pair.dev[1].counters()?];
    // Two progress lines would overwrite each other: none.
    let opts = BwOpts { op, size, iters: a.iters, tx_depth: depth, cq_mod, stall_timeout: Duration::from_secs(a.timeout), progress: false };
    let start = std::sync::Barrier::new(2);
    let t0 = pair.sim.cycles();
    let reports: Vec<Result<BwReport>> = std::thread::scope(|s| {
        let runs: Vec<_> = dirs
            .iter_mut()
            .map(|d| {
                let (opts, start, clock) = (&opts, &start, &pair.sim);
                s.spawn(move || -> Result<BwReport> {
                    let targets: Vec<RemoteBuf> = (0..q).map(|k| RemoteBuf { addr: d.rx.mr.addr() + (k * size as usize) as u64, rkey: d.rx.mr.rkey() }).collect();
                    let receiver = BwReceiver::new(&mut d.rx, op, size);
                    // Meet even on an error, so the other thread is not left waiting.
                    start.wait();
                    run_bw(&mut d.tx, &targets, &mut receiver?, clock, opts)
                })
            })
            .collect();
        runs.into_iter().map(|h| h.join().unwrap_or_else(|_| Err("a sender thread panicked".into()))).collect()
    });
    let elapsed = pair.sim.cycles() - t0;
    let mut done = Vec::with_capacity(2);
    for (r, name) in reports.into_iter().zip(["sim0 -> sim1", "sim1 -> sim0"]) {
        done.push((name, r.map_err(|e| format!("{name}: {e}"))?));
    }
    print_bw_header();
    for (name, r) in &done {
        println!(" {:<7}    {:<10}       {:<7.2}            {:<7.2}              {:<7.6}   {name}", r.size, r.messages, r.bw_peak_mbs(), r.bw_avg_mbs(), r.msg_rate_mpps());
    }
    println!("{RULE}");
    for (name, r) in &done {
        print_wire_limit(&format!("{name}: "), r, a.mtu);
    }
    let both: f64 = done.iter().map(|(_, r)| r.bps()).sum();
    let wall = done.iter().map(|(_, r)| r.wall).max().unwrap_or_default();
    println!(" both ways:    {:.2} Gb/s of payload in total; wall clock {:.3} s", both / 1e9, wall.as_secs_f64());
    println!(
        " overlap:      the directions took {} and {} engine cycles, both within {elapsed} cycles of simulated time",
        done[0].1.ticks, done[1].1.ticks
    );
    for (name, r) in &done {
        match &r.verified {
            Some(Ok(())) => println!(" data check {name}: last message of each of {} QP(s) arrived intact", r.qps),
            Some(Err(e)) => println!(" data check {name}: FAILED: {e}"),
            None => println!(" data check {name}: not possible"),
        }
    }
    epilogue(&pair, &before, a.pcap.as_deref())?;
    match done.iter().find_map(|(name, r)| match &r.verified { Some(Err(e)) => Some(format!("{name}: {e}")), _ => None }) {
        Some(e) => Err(format!("data check failed: {e}").into()),
        None => Ok(()),
    }
}

const RULE: &str = "---------------------------------------------------------------------------------------";

fn latency(a: &Args, op: LatOp) -> Result<()> {
    if a.qps != 1 {
        return Err("latency tests use one QP (leave out -q)".into());
    }
    let size = a.size.unwrap_or(2);
    let (pair, timeout) = start_pair(a, size)?;
    let spec = EndpointSpec { qps: 1, mr_len: 2 * size as usize, sq_depth: 16, rq_depth: 16 };
    let mut ea = Endpoint::new(&pair.dev[0], spec)?;
    let mut eb = Endpoint::new(&pair.dev[1], spec)?;
    connect_all(&mut ea, pair.addr[0], &mut eb, pair.addr[1], a.mtu)?;
    // Each end writes into the other's incoming slot (offset `size`).
    let incoming = |e: &Endpoint| RemoteBuf { addr: e.mr.addr() + size as u64, rkey: e.mr.rkey() };
    let (to_b, to_a) = (incoming(&eb), incoming(&ea));
    let (ra, rb) = match op {
        LatOp::Write => (Some(to_b), Some(to_a)),
        LatOp::Send => (None, None),
    };
    let mut la = LatEnd::new(&mut ea, op, size, ra)?;
    let mut lb = LatEnd::new(&mut eb, op, size, rb)?;
    banner(&format!("{} Latency Test", op.name()), a, 1, timeout, &[]);
    print_lat_header();
    let before = [pair.dev[0].counters()?, pair.dev[1].counters()?];
    let opts = LatOpts { op, size, iters: a.iters, stall_timeout: Duration::from_secs(a.timeout), progress: true };
    let report = run_lat(&mut la, Some(&mut lb), &pair.sim, &opts)?;
    print_lat_report(&report);
    drop((la, lb));
    epilogue(&pair, &before, a.pcap.as_deref())
}

/// What the engines counted during the run, the cable's faults, and the pcap.
fn epilogue(pair: &SimPair, before: &[Counters; 2], pcap: Option<&Path>) -> Result<()> {
    let after = [pair.dev[0].counters()?.since(&before[0]), pair.dev[1].counters()?.since(&before[1])];
    for (name, c) in ["sim0", "sim1"].iter().zip(&after) {
        let nz: Vec<String> = c.iter().filter(|(_, v)| *v != 0).map(|(n, v)| format!("{}={v}", n.trim_start_matches("CNT_").to_ascii_lowercase())).collect();
        println!(" {name} counters: {}", if nz.is_empty() { "all zero".into() } else { nz.join(" ") });
    }
    {
        let w = pair.sim.lock();
        for (name, card) in ["sim0", "sim1"].iter().zip(&w.cards) {
            let c = card.counters();
            println!(
                " {name} MAC FIFOs: rx peak {} B, {} frames dropped (full); tx peak {} B, engine held {} cycles",
                c.rx_fifo_peak_bytes, c.rx_fifo_drops, c.tx_fifo_peak_bytes, c.tx_stall_cycles
            );
        }
    }
    let wire = pair.wire();
    if wire.iter().any(|w| w.dropped > 0) {
        println!(" cable: sim0->sim1 {} of {} frames dropped, sim1->sim0 {} of {}", wire[0].dropped, wire[0].sent, wire[1].dropped, wire[1].sent);
    }
    if let (Some(frames), Some(path)) = (pair.close_pcap()?, pcap) {
        println!(" pcap: {frames} frames in {} (look with: tshark -r {})", show_path(path), show_path(path));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wire_time_of_a_message() {
        // 4 KiB at MTU 1024: 4 packets of 78 bytes overhead each, 8 bytes per cycle.
        assert_eq!(wire_cycles(4096, Mtu::Mtu1024), (4096 + 4 * 78) / 8);
        assert_eq!(wire_cycles(1, Mtu::Mtu4096), (1u64 + 78).div_ceil(8));
    }

    #[test]
    fn wire_limit_counts_every_per_packet_byte() {
        // The README's figures: a 4 KiB WRITE Only is 4,194 B on the wire, a 64 B one 162.
        assert_eq!(wire_bytes_per_message(BwOp::Write, 4096, Mtu::Mtu4096), 4194);
        assert_eq!(wire_bytes_per_message(BwOp::Write, 64, Mtu::Mtu4096), 162);
        // SEND has no RETH; a 1-byte SEND's payload pads to 4 (a 66-byte frame).
        assert_eq!(wire_bytes_per_message(BwOp::Send, 4096, Mtu::Mtu4096), 4178);
        assert_eq!(wire_bytes_per_message(BwOp::Send, 1, Mtu::Mtu4096), 66 + 20);
        // 64 KiB at MTU 4096: 16 packets, the RETH on the first only.
        assert_eq!(wire_bytes_per_message(BwOp::Write, 65536, Mtu::Mtu4096), 65536 + 16 * 82 + 16);
        // 5000 B at MTU 1024: 4 full packets and one of 904.
        assert_eq!(wire_bytes_per_message(BwOp::Send, 5000, Mtu::Mtu1024), 5000 + 5 * 82);
        let limit = wire_limit_bps(BwOp::Write, 4096, Mtu::Mtu4096);
        assert!((limit - 10e9 * 4096.0 / 4194.0).abs() < 1.0, "{limit}");
    }
}
