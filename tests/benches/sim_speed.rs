//! Simulator speed under traffic: engine cycles per wall-clock second per card, for the
//! engine this build verilated (`openrnic_sim::ENGINE`). Two cards send RDMA WRITEs to
//! each other at once (16 KiB and 64 B messages, path MTU 4096, several posted ahead),
//! through the whole card model (DMA, MAC FIFOs, wire), for a fixed amount of work.
//!
//! `cargo bench -p openrnic-tests --bench sim_speed [-- SECONDS]` (default 10 s of
//! traffic per message size at most); `scripts/sim-speed.sh` runs it for both engines
//! and prints the ratio. The last line is machine-readable:
//! `sim-speed engine=<name> cycles_per_s=<per card> cycles_per_cpu_s=<per card>`
//! (per wall second, and per second of this thread's CPU time, which a loaded machine
//! disturbs far less).

use openrnic_contract::queues::wqe_opcode;
use openrnic_sim::memory::ENGINE_CLOCK_HZ;
use openrnic_tests::*;
use std::time::{Duration, Instant};

/// CPU time this thread has run, from Linux's `/proc/thread-self/schedstat` (first
/// field, nanoseconds). On a shared machine wall time measures the share of a core the
/// bench got as much as the simulator; CPU time measures the simulator alone.
fn thread_cpu() -> Option<Duration> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    s.split_whitespace().next()?.parse().ok().map(Duration::from_nanos)
}

/// Messages posted ahead per direction.
const AHEAD: u64 = 8;

struct Phase {
    size: usize,
    messages: u64,
    cycles: u64,
    wall: Duration,
    cpu: Option<Duration>,
    /// Frames the cards' RX FIFOs dropped (retransmission recovers them; the cycles count).
    drops: u64,
}

/// Both cards WRITE `size`-byte messages to each other until `budget` of wall time or
/// `max_messages` per direction, whichever comes first.
fn run(size: usize, max_messages: u64, budget: Duration) -> Phase {
    let mut p = Pair::new(PairConfig { pmtu_log2: 12, psn: (0, 0), cq_log2: 10, buf_len: 1 << 20, ..Default::default() });
    for c in 0..2 {
        p.buf[c].write(0, &pattern(size, c as u8));
    }
    let (mut posted, mut done) = ([0u64; 2], [0u64; 2]);
    let (start, t, cpu0) = (p.w.cycle(), Instant::now(), thread_cpu());
    let mut target = max_messages;
    while done.iter().any(|&d| d < target) {
        for c in 0..2 {
            while posted[c] < target && posted[c] - done[c] < AHEAD {
                let s = Send { opcode: wqe_opcode::WRITE, wr_id: posted[c], imm: 0, remote_addr: VA + 0x8_0000, rkey: KEY, sge: Some((VA, size as u32, KEY)), signaled: true };
                post_send(&mut p.w, c, &mut p.qp[c], &s);
                posted[c] += 1;
            }
        }
        p.w.run(64);
        for (c, (cq, done)) in p.cq.iter_mut().zip(done.iter_mut()).enumerate() {
            while let Some(cqe) = poll_cq(&mut p.w, c, cq) {
                assert_eq!((cqe.status, cqe.wr_id), (0, *done), "card {c}: WRITE {done} failed");
                *done += 1;
            }
        }
        // Out of time: finish what is posted, post no more.
        if t.elapsed() > budget {
            target = posted[0].max(posted[1]).min(target);
            target = target.max(done[0].max(done[1]));
        }
        assert!(p.w.cycle() - start < 1 << 36, "traffic stalled");
    }
    let drops = p.w.cards.iter().map(|c| c.counters().rx_fifo_drops).sum();
    Phase { size, messages: done[0].min(done[1]), cycles: p.w.cycle() - start, wall: t.elapsed(), cpu: thread_cpu().zip(cpu0).map(|(b, a)| b - a), drops }
}

fn main() {
    let budget = std::env::args().skip(1).find(|a| !a.starts_with('-')).map(|s| s.parse::<f64>().expect("SECONDS: a number"));
    let budget = Duration::from_secs_f64(budget.unwrap_or(10.0));
    println!("== simulator speed under traffic: engine `{}` ==", openrnic_sim::ENGINE);
    println!("both cards WRITE to each other, MTU 4096, {AHEAD} posted ahead per direction");
    println!("{:>8} {:>10} {:>14} {:>8} {:>8} {:>22} {:>21} {:>13} {:>10}", "bytes", "msgs/dir", "engine cycles", "wall s", "CPU s", "cycles/wall s per card", "cycles/CPU s per card", "sim Gb/s/dir", "FIFO drops");
    let (mut cycles, mut wall, mut cpu) = (0u64, Duration::ZERO, Some(Duration::ZERO));
    for (size, max) in [(16384usize, 2000u64), (64, 20000)] {
        let ph = run(size, max, budget);
        let sim_s = ph.cycles as f64 / ENGINE_CLOCK_HZ as f64;
        println!(
            "{:>8} {:>10} {:>14} {:>8.2} {:>8} {:>22.0} {:>21} {:>13.2} {:>10}",
            ph.size,
            ph.messages,
            ph.cycles,
            ph.wall.as_secs_f64(),
            ph.cpu.map_or("-".into(), |c| format!("{:.2}", c.as_secs_f64())),
            ph.cycles as f64 / ph.wall.as_secs_f64(),
            ph.cpu.map_or("-".into(), |c| format!("{:.0}", ph.cycles as f64 / c.as_secs_f64())),
            (ph.messages as usize * ph.size) as f64 * 8.0 / sim_s / 1e9,
            ph.drops
        );
        cycles += ph.cycles;
        wall += ph.wall;
        cpu = cpu.zip(ph.cpu).map(|(a, b)| a + b);
    }
    // Each card ran every one of the world's cycles.
    let per_card = cycles as f64 / wall.as_secs_f64();
    let per_cpu = cpu.map_or(0.0, |c| cycles as f64 / c.as_secs_f64());
    println!("overall: {per_card:.0} engine cycles per wall second per card, {per_cpu:.0} per CPU second (2 cards, one thread)");
    println!("sim-speed engine={} cycles_per_s={per_card:.0} cycles_per_cpu_s={per_cpu:.0}", openrnic_sim::ENGINE);
}
