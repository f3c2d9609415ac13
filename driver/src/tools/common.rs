//! Pieces the tools share: argument parsers, opening a device by name, two simulated
//! cards on one cable, clocks, test patterns, waiting for completions, and number
//! formatting.

use super::Result;
use crate::backend::sim::SimBackend;
use crate::backend::vfio::VfioBackend;
use crate::backend::Backend;
use crate::{AddressVector, CompletionQueue, Device, Mtu, WorkCompletion};
use openrnic_sim::memory::ENGINE_CLOCK_HZ;
use openrnic_sim::wire::{FaultConfig, FaultCounters, LinkConfig, PcapWriter, Side, TsResolution};
use openrnic_sim::world::{Sim, World, WorldConfig};
use std::io::{IsTerminal, Write};
use std::net::Ipv4Addr;
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Simulated engine clock (156.25 MHz, the 10GBASE-R datapath clock).
pub const SIM_HZ: u64 = ENGINE_CLOCK_HZ;

// ---------------------------------------------------------------- arguments

/// Which device a tool talks to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DeviceArg {
    /// The Verilated engine in this process.
    Sim,
    /// A PCI function bound to vfio-pci.
    Pci(String),
}

/// `sim` or a PCI address (`0000:01:00.0` or `01:00.0`); VfioBackend checks the rest.
pub fn parse_device(s: &str) -> std::result::Result<DeviceArg, String> {
    let s = s.trim();
    if s.eq_ignore_ascii_case("sim") || s.eq_ignore_ascii_case("sim0") {
        return Ok(DeviceArg::Sim);
    }
    let pci_like = s.contains(':') && s.contains('.') && s.chars().all(|c| c.is_ascii_hexdigit() || c == ':' || c == '.');
    if pci_like {
        Ok(DeviceArg::Pci(s.to_string()))
    } else {
        Err("expected `sim` or a PCI address such as 0000:01:00.0 (see `openrnic devices`)".into())
    }
}

/// A path MTU in bytes: 256, 512, 1024, 2048 or 4096.
pub fn parse_mtu(s: &str) -> std::result::Result<Mtu, String> {
    s.trim()
        .parse::<u32>()
        .ok()
        .and_then(Mtu::from_bytes)
        .ok_or_else(|| "the path MTU must be one of 256, 512, 1024, 2048 or 4096 bytes".into())
}

/// A per-frame loss probability: a fraction (`0.01`) or a percentage (`1%`), below 1.
pub fn parse_loss(s: &str) -> std::result::Result<f64, String> {
    let s = s.trim();
    let (num, scale) = match s.strip_suffix('%') {
        Some(n) => (n, 100.0),
        None => (s, 1.0),
    };
    let p = num.trim().parse::<f64>().map_err(|_| format!("`{s}` is not a number"))? / scale;
    if !(0.0..1.0).contains(&p) {
        return Err("the loss probability must be at least 0 and below 1 (e.g. 0.01 or 1%)".into());
    }
    Ok(p)
}

/// A byte count with an optional binary suffix: `4096`, `4K`, `64KiB`, `1M`.
pub fn parse_bytes(s: &str) -> std::result::Result<u64, String> {
    let t = s.trim();
    let digits = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    let (num, suffix) = t.split_at(digits);
    let n: u64 = num.parse().map_err(|_| format!("`{s}` is not a size (examples: 4096, 4K, 1M)"))?;
    let shift = match suffix.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 0,
        "k" | "kb" | "kib" => 10,
        "m" | "mb" | "mib" => 20,
        _ => return Err(format!("unknown size suffix in `{s}` (use K or M)")),
    };
    n.checked_mul(1 << shift).ok_or_else(|| format!("`{s}` is too large"))
}

// ---------------------------------------------------------------- devices

/// Open `dev`. For `sim`, a one-card simulation is started and kept alive by the device.
pub fn open_device(dev: &DeviceArg) -> Result<Device> {
    let backend: Arc<dyn Backend> = match dev {
        DeviceArg::Sim => {
            let world = World::new(WorldConfig { cards: 1, ..WorldConfig::default() })?;
            let sim = Sim::start(world);
            Arc::new(SimBackend::new(&sim, 0)?)
        }
        DeviceArg::Pci(addr) => Arc::new(VfioBackend::open(addr)?),
    };
    Ok(Device::open(backend)?)
}

/// Station address of simulated card `i` (0 or 1).
pub fn sim_address(i: usize) -> AddressVector {
    let n = i as u8 + 1;
    AddressVector { mac: [0x02, 0x00, 0x00, 0x00, 0x00, n], ipv4: Ipv4Addr::new(10, 0, 0, n) }
}

/// How to build a simulated pair.
#[derive(Debug, Clone)]
pub struct PairConfig {
    /// Per-frame loss probability, applied to both directions.
    pub loss: f64,
    /// Seed of the fault injection (each direction draws its own stream from it).
    pub seed: u64,
    /// Capture the wire into this file.
    pub pcap: Option<std::path::PathBuf>,
    /// Requester retransmit timeout in engine cycles (None: the device default).
    pub ack_timeout: Option<u32>,
}

/// Two simulated cards back to back on one 10 Gb/s cable, opened and addressed.
pub struct SimPair {
    pub sim: Sim,
    pub dev: [Device; 2],
    pub addr: [AddressVector; 2],
}

impl SimPair {
    pub fn start(cfg: &PairConfig) -> Result<SimPair> {
        let faults = FaultConfig { seed: cfg.seed, loss: cfg.loss, ..FaultConfig::none() };
        let link = LinkConfig { faults, ..LinkConfig::default() };
        let (sim, a, b) = SimBackend::pair(WorldConfig { cards: 2, link, ..WorldConfig::default() })?;
        if let Some(path) = &cfg.pcap {
            if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
                std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
            }
            // Nanosecond stamps: one engine cycle is exactly 6.4 ns.
            let w = PcapWriter::create(path, TsResolution::Nano, SIM_HZ).map_err(|e| format!("cannot create {}: {e}", path.display()))?;
            sim.lock().set_pcap(w);
        }
        let dev = [Device::open(Arc::new(a))?, Device::open(Arc::new(b))?];
        let addr = [sim_address(0), sim_address(1)];
        for (d, av) in dev.iter().zip(&addr) {
            d.set_address(av.mac, av.ipv4)?;
            if let Some(t) = cfg.ack_timeout {
                d.set_ack_timeout(t)?;
            }
        }
        Ok(SimPair { sim, dev, addr })
    }

    /// Simulated engine cycles since the pair was created.
    pub fn cycles(&self) -> u64 {
        self.sim.cycles()
    }

    /// What the cable did to frames sent by card 0 (A) and card 1 (B).
    pub fn wire(&self) -> [FaultCounters; 2] {
        let w = self.sim.lock();
        match w.link.as_ref() {
            Some(l) => [l.counters(Side::A), l.counters(Side::B)],
            None => [FaultCounters::default(); 2],
        }
    }

    /// Stop capturing, flush the file and return how many frames it holds.
    pub fn close_pcap(&self) -> Result<Option<u64>> {
        let mut w = self.sim.lock();
        let Some(link) = w.link.as_mut() else { return Ok(None) };
        if let Some(e) = link.pcap_error() {
            return Err(format!("writing the pcap failed: {e}").into());
        }
        let Some(mut pcap) = link.set_pcap(None) else { return Ok(None) };
        drop(w);
        pcap.flush().map_err(|e| format!("writing the pcap failed: {e}"))?;
        Ok(Some(pcap.frames()))
    }
}

// ---------------------------------------------------------------- clocks

/// A time base for measurements: the simulator's engine clock, or wall time.
pub trait Clock {
    /// Ticks since some fixed origin.
    fn now(&self) -> u64;
    /// Ticks per second.
    fn hz(&self) -> u64;
    /// Whether ticks are simulated engine cycles (not wall time).
    fn simulated(&self) -> bool;
}

impl Clock for Sim {
    fn now(&self) -> u64 {
        self.cycles()
    }
    fn hz(&self) -> u64 {
        SIM_HZ
    }
    fn simulated(&self) -> bool {
        true
    }
}

/// Wall time in nanoseconds, for devices whose clock we cannot read.
pub struct WallClock(Instant);

impl Default for WallClock {
    fn default() -> Self {
        WallClock(Instant::now())
    }
}

impl Clock for WallClock {
    fn now(&self) -> u64 {
        self.0.elapsed().as_nanos() as u64
    }
    fn hz(&self) -> u64 {
        1_000_000_000
    }
    fn simulated(&self) -> bool {
        false
    }
}

// ---------------------------------------------------------------- patterns

/// Deterministic bytes for `seed`, different at every offset, so a misplaced or
/// stale byte cannot pass a comparison.
pub fn fill_pattern(buf: &mut [u8], seed: u64) {
    let mut x = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    for chunk in buf.chunks_mut(8) {
        // xorshift64*
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        let v = x.wrapping_mul(0x2545_F491_4F6C_DD1D).to_le_bytes();
        chunk.copy_from_slice(&v[..chunk.len()]);
    }
}

/// `fill_pattern` into a new vector.
pub fn pattern(len: usize, seed: u64) -> Vec<u8> {
    let mut v = vec![0; len];
    fill_pattern(&mut v, seed);
    v
}

/// Compare what arrived with what was sent: None if equal, else a description.
pub fn compare(got: &[u8], want: &[u8]) -> Option<String> {
    if got.len() != want.len() {
        return Some(format!("length {} instead of {}", got.len(), want.len()));
    }
    let first = got.iter().zip(want).position(|(a, b)| a != b)?;
    let bad = got.iter().zip(want).filter(|(a, b)| a != b).count();
    Some(format!("{bad} byte(s) differ, first at offset {first} ({:#04x} instead of {:#04x})", got[first], want[first]))
}

// ---------------------------------------------------------------- completions

/// How a polling loop waits when there was nothing to do: a few spins, then short
/// sleeps. On the simulator a sleep costs a few engine cycles at most, while a
/// spinning poller takes CPU from the clock thread. `yield_now` is avoided: on a
/// loaded host it can queue the poller behind other processes for a millisecond
/// or more, which is hundreds of engine cycles of invented latency.
#[derive(Default)]
pub struct Backoff(u32);

impl Backoff {
    pub fn idle(&mut self) {
        self.0 = self.0.saturating_add(1);
        if self.0 < 32 {
            std::hint::spin_loop();
        } else {
            std::thread::sleep(Duration::from_micros(20));
        }
    }
    pub fn reset(&mut self) {
        self.0 = 0;
    }
}

/// Poll `cq` until it yields one completion or `timeout` passes.
pub fn wait_one(cq: &mut CompletionQueue, timeout: Duration, what: &str) -> Result<WorkCompletion> {
    let start = Instant::now();
    let mut backoff = Backoff::default();
    loop {
        if let Some(wc) = cq.poll(1)?.pop() {
            return Ok(wc);
        }
        if start.elapsed() > timeout {
            return Err(format!("no completion for {what} within {} s", timeout.as_secs()).into());
        }
        backoff.idle();
    }
}

// ---------------------------------------------------------------- formatting

/// Engine cycles as simulated microseconds.
pub fn cycles_to_us(cycles: u64) -> f64 {
    cycles as f64 * 1e6 / SIM_HZ as f64
}

/// "0 B", "1 B", "4 KiB", "1 MiB", "1500 B".
pub fn fmt_size(n: u64) -> String {
    match n {
        n if n >= 1 << 20 && n % (1 << 20) == 0 => format!("{} MiB", n >> 20),
        n if n >= 1 << 10 && n % (1 << 10) == 0 => format!("{} KiB", n >> 10),
        n => format!("{n} B"),
    }
}

/// A wall-clock duration, short.
pub fn fmt_wall(d: Duration) -> String {
    let s = d.as_secs_f64();
    if s >= 1.0 {
        format!("{s:.2} s")
    } else {
        format!("{:.1} ms", s * 1e3)
    }
}

/// Bits per second as Gb/s or Mb/s.
pub fn fmt_bps(bps: f64) -> String {
    if bps >= 1e9 {
        format!("{:.2} Gb/s", bps / 1e9)
    } else {
        format!("{:.1} Mb/s", bps / 1e6)
    }
}

// ---------------------------------------------------------------- progress

/// A one-line progress report on stderr, only when stderr is a terminal.
pub struct Progress {
    label: String,
    total: u64,
    enabled: bool,
    last: Instant,
    shown: bool,
}

impl Progress {
    pub fn new(label: impl Into<String>, total: u64) -> Progress {
        Progress { label: label.into(), total, enabled: std::io::stderr().is_terminal(), last: Instant::now(), shown: false }
    }
    /// Report `done` of `total`; redraws at most ten times a second.
    pub fn tick(&mut self, done: u64) {
        if !self.enabled || self.last.elapsed() < Duration::from_millis(100) {
            return;
        }
        self.last = Instant::now();
        let pct = (done * 100).checked_div(self.total).unwrap_or(100);
        let width = 30usize;
        let filled = (pct as usize * width / 100).min(width);
        let bar = format!("{}{}", "#".repeat(filled), "-".repeat(width - filled));
        eprint!("\r{} [{bar}] {done}/{} ({pct}%)  ", self.label, self.total);
        let _ = std::io::stderr().flush();
        self.shown = true;
    }
    /// Erase the line.
    pub fn finish(&mut self) {
        if self.shown {
            eprint!("\r{}\r", " ".repeat(self.label.len() + 60));
            let _ = std::io::stderr().flush();
            self.shown = false;
        }
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        self.finish();
    }
}

/// A path for display, relative as given.
pub fn show_path(p: &Path) -> String {
    p.display().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parsers_accept_and_refuse() {
        assert_eq!(parse_mtu("4096"), Ok(Mtu::Mtu4096));
        assert!(parse_mtu("3000").is_err());
        assert_eq!(parse_loss("1%"), Ok(0.01));
        assert_eq!(parse_loss("0.05"), Ok(0.05));
        assert!(parse_loss("1").is_err() && parse_loss("-0.1").is_err() && parse_loss("x").is_err());
        assert_eq!(parse_bytes("64K"), Ok(65536));
        assert_eq!(parse_bytes("1MiB"), Ok(1 << 20));
        assert_eq!(parse_bytes("17"), Ok(17));
        assert!(parse_bytes("4Q").is_err() && parse_bytes("").is_err());
        assert_eq!(parse_device("sim"), Ok(DeviceArg::Sim));
        assert_eq!(parse_device("0000:01:00.0"), Ok(DeviceArg::Pci("0000:01:00.0".into())));
        assert!(parse_device("eth0").is_err());
    }

    #[test]
    fn patterns_differ_by_seed_and_compare_finds_the_first_difference() {
        let (a, b) = (pattern(100, 1), pattern(100, 2));
        assert_ne!(a, b);
        assert_eq!(compare(&a, &a), None);
        let mut c = a.clone();
        c[42] ^= 1;
        assert!(compare(&c, &a).unwrap().contains("offset 42"));
        assert_eq!(fmt_size(65536), "64 KiB");
        assert_eq!(fmt_size(0), "0 B");
    }
}
