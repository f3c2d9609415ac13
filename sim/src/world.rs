//! Cards and the wires between them, stepped in lockstep one engine cycle at a time.
//!
//! [`World`] is single-threaded and deterministic: tests drive it directly. [`Sim`]
//! puts a world behind a mutex with a clock thread, so a driver can use a card the
//! way it uses real hardware (time passes on its own; MMIO and DMA go through the
//! shell).

use crate::card::Card;
use crate::model::EngineModel;
use openrnic_verilator::Model;
use crate::memory::{DmaTiming, Iommu};
use crate::wire::{ArpResponder, DgramPort, Link, LinkConfig, PcapWriter, Side};
use std::collections::BTreeMap;
use std::net::Ipv4Addr;
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::thread::JoinHandle;
use std::time::Duration;

/// Where a card's Ethernet port goes.
pub enum Port {
    /// Unplugged: transmitted frames are dropped.
    None,
    /// One end of the world's link.
    Link(Side),
    /// A QEMU `-netdev dgram` socket; the host-side shell answers ARP and ping for the card.
    Dgram { port: DgramPort, shell: ArpResponder, pcap: Option<PcapWriter> },
}

pub struct World<M: EngineModel = Model> {
    pub cards: Vec<Card<M>>,
    pub ports: Vec<Port>,
    pub link: Option<Link>,
    /// Peers heard on `Port::Dgram` wires, from the sender fields of every ARP
    /// request or reply: (card, IPv4) -> MAC. What a driver needs for an address
    /// vector when the peer is a real Linux host.
    pub neighbors: BTreeMap<(usize, Ipv4Addr), [u8; 6]>,
    cycle: u64,
}

#[derive(Clone)]
pub struct WorldConfig {
    pub cards: usize,
    pub link: LinkConfig,
    pub dma: DmaTiming,
}

impl Default for WorldConfig {
    fn default() -> Self {
        WorldConfig { cards: 2, link: LinkConfig::default(), dma: DmaTiming::default() }
    }
}

impl World {
    /// `cards` Verilated cards; with two, they are joined back to back by one link.
    pub fn new(cfg: WorldConfig) -> Result<World, crate::wire::ConfigError> {
        let cards: Vec<Card> = (0..cfg.cards).map(|_| Card::new(Arc::new(Iommu::new()), cfg.dma)).collect();
        World::from_cards(cards, cfg.link)
    }
}

impl<M: EngineModel> World<M> {
    /// Cards around any engine model; with two, they are joined back to back by one link.
    pub fn from_cards(cards: Vec<Card<M>>, link: LinkConfig) -> Result<World<M>, crate::wire::ConfigError> {
        let n = cards.len();
        let (link, ports) = if n == 2 {
            (Some(Link::new(link)?), vec![Port::Link(Side::A), Port::Link(Side::B)])
        } else {
            (None, (0..n).map(|_| Port::None).collect())
        };
        Ok(World { cards, ports, link, neighbors: BTreeMap::new(), cycle: 0 })
    }

    pub fn cycle(&self) -> u64 {
        self.cycle
    }

    /// Capture everything the link carries.
    pub fn set_pcap(&mut self, w: PcapWriter) {
        if let Some(l) = self.link.as_mut() {
            l.set_pcap(Some(w));
        }
    }

    /// One cycle everywhere: every card, then the wire.
    pub fn step(&mut self) {
        for c in &mut self.cards {
            c.step();
        }
        self.cycle += 1;
        self.move_frames();
    }

    pub fn run(&mut self, cycles: u64) {
        for _ in 0..cycles {
            self.step();
        }
    }

    /// An MMIO write on one card, keeping every other card in lockstep.
    pub fn mmio_write(&mut self, card: usize, offset: u32, value: u32) {
        for (i, c) in self.cards.iter_mut().enumerate() {
            if i == card { c.mmio_write(offset, value) } else { c.step() }
        }
        self.cycle += 1;
        self.move_frames();
    }

    /// An MMIO read; the other cards run for the same cycles.
    pub fn mmio_read(&mut self, card: usize, offset: u32) -> u32 {
        let before = self.cards[card].cycles();
        let v = self.cards[card].mmio_read(offset);
        let spent = self.cards[card].cycles() - before;
        for (i, c) in self.cards.iter_mut().enumerate() {
            if i != card {
                for _ in 0..spent {
                    c.step();
                }
            }
        }
        self.cycle += spent;
        self.move_frames();
        v
    }

    /// Every card idle and the wire empty: simulated time may stand still.
    pub fn idle(&self) -> bool {
        self.cards.iter().all(|c| c.idle()) && self.link.as_ref().is_none_or(|l| l.in_flight() == 0)
    }

    /// Deliver frames without advancing time (used while idle: a guest's frames arrive
    /// through a socket whenever they like).
    pub fn poll_ports(&mut self) {
        self.move_frames_now(true);
    }

    fn move_frames(&mut self) {
        self.move_frames_now(false)
    }

    fn move_frames_now(&mut self, force: bool) {
        let now = self.cycle;
        for i in 0..self.cards.len() {
            while let Some(f) = self.cards[i].take_tx() {
                match &mut self.ports[i] {
                    Port::None => {}
                    Port::Link(side) => {
                        if let Some(l) = self.link.as_mut() {
                            l.send(*side, f, now);
                        }
                    }
                    Port::Dgram { port, pcap, .. } => {
                        if let Some(p) = pcap {
                            let _ = p.write_frame(now, &f);
                        }
                        let _ = port.send(&f);
                    }
                }
            }
            match &mut self.ports[i] {
                Port::None => {}
                Port::Link(side) => {
                    if let Some(l) = self.link.as_mut() {
                        while let Some(f) = l.recv(*side, now) {
                            self.cards[i].push_rx(f);
                        }
                    }
                }
                // A socket read is a system call: poll the guest's wire every few cycles
                // (it is microseconds away anyway), not every cycle.
                Port::Dgram { .. } if now % DGRAM_POLL_CYCLES != 0 && !force => {}
                Port::Dgram { port, shell, pcap } => {
                    while let Some(f) = port.recv() {
                        if let Some(p) = pcap {
                            let _ = p.write_frame(now, &f);
                        }
                        if let Some((ip, mac)) = crate::wire::arp::sender(&f) {
                            self.neighbors.insert((i, ip), mac);
                        }
                        if let Some(reply) = shell.answer(&f) {
                            let _ = port.send(&reply);
                        } else {
                            self.cards[i].push_rx(f);
                        }
                    }
                }
            }
        }
    }

    /// The MAC of `ip` as last heard in an ARP packet on card `card`'s Dgram wire.
    pub fn neighbor(&self, card: usize, ip: Ipv4Addr) -> Option<[u8; 6]> {
        self.neighbors.get(&(card, ip)).copied()
    }

    /// True when no card has DMA, frames or completions in flight and the wire is empty.
    pub fn quiet(&self) -> bool {
        self.cards.iter().all(|c| c.quiet()) && self.link.as_ref().is_none_or(|l| l.in_flight() == 0)
    }
}

struct Shared {
    world: Mutex<World>,
    /// Threads waiting for the world lock (MMIO, IRQ waits): the clock thread steps
    /// aside for them instead of yielding after every batch, which on a loaded core
    /// would cost a whole scheduler tick each time.
    waiters: std::sync::atomic::AtomicUsize,
    irq: Condvar,
    stop: std::sync::atomic::AtomicBool,
}

/// A world with its own clock thread. Cheap to clone; the thread stops when the last
/// clone is dropped.
#[derive(Clone)]
pub struct Sim {
    shared: Arc<Shared>,
    _thread: Arc<ClockThread>,
}

struct ClockThread {
    shared: Arc<Shared>,
    handle: Mutex<Option<JoinHandle<()>>>,
}

impl Drop for ClockThread {
    fn drop(&mut self) {
        self.shared.stop.store(true, std::sync::atomic::Ordering::Relaxed);
        if let Some(h) = self.handle.lock().unwrap().take() {
            let _ = h.join();
        }
    }
}

/// How often (in cycles) a card's QEMU dgram socket is polled while the world runs.
const DGRAM_POLL_CYCLES: u64 = 64;

/// Cycles the clock thread runs per lock acquisition (the host sees completions with
/// this granularity).
const BATCH: u64 = 64;

impl Sim {
    pub fn start(world: World) -> Sim {
        let shared = Arc::new(Shared { world: Mutex::new(world), waiters: 0.into(), irq: Condvar::new(), stop: false.into() });
        let s2 = shared.clone();
        let handle = std::thread::Builder::new()
            .name("openrnic-sim-clock".into())
            .spawn(move || clock_loop(s2))
            .expect("spawn the simulator clock thread");
        let thread = Arc::new(ClockThread { shared: shared.clone(), handle: Mutex::new(Some(handle)) });
        Sim { shared, _thread: thread }
    }

    /// Exclusive access to the world (the clock waits meanwhile).
    pub fn lock(&self) -> MutexGuard<'_, World> {
        use std::sync::atomic::Ordering;
        self.shared.waiters.fetch_add(1, Ordering::SeqCst);
        let g = self.shared.world.lock().unwrap_or_else(|e| e.into_inner());
        self.shared.waiters.fetch_sub(1, Ordering::SeqCst);
        g
    }

    pub fn mmio_write(&self, card: usize, offset: u32, value: u32) {
        self.lock().mmio_write(card, offset, value)
    }
    pub fn mmio_read(&self, card: usize, offset: u32) -> u32 {
        self.lock().mmio_read(card, offset)
    }
    pub fn iommu(&self, card: usize) -> Arc<Iommu> {
        self.lock().cards[card].iommu().clone()
    }
    pub fn cycles(&self) -> u64 {
        self.lock().cycle()
    }
    pub fn cards(&self) -> usize {
        self.lock().cards.len()
    }

    /// Wait until `vector` of `card` has fired more than `seen` times in total, or
    /// `timeout` passes. Returns the new total.
    pub fn wait_irq(&self, card: usize, vector: usize, seen: u64, timeout: Duration) -> u64 {
        let deadline = std::time::Instant::now() + timeout;
        let mut w = self.lock();
        loop {
            let n = w.cards[card].irq_count(vector);
            let now = std::time::Instant::now();
            if n > seen || now >= deadline {
                return n;
            }
            w = self.shared.irq.wait_timeout(w, deadline - now).unwrap_or_else(|e| e.into_inner()).0;
        }
    }
}

fn clock_loop(shared: Arc<Shared>) {
    use std::sync::atomic::Ordering;
    while !shared.stop.load(Ordering::Relaxed) {
        let (ran, irqs) = {
            let mut w = shared.world.lock().unwrap_or_else(|e| e.into_inner());
            w.poll_ports();
            if w.idle() {
                // Nothing to do and nothing to wait for: simulated time stands still while
                // the host thinks, so cycle counts measure the hardware, not the host.
                (false, false)
            } else {
                let before: u64 = w.cards.iter().map(|c| c.counters().irqs).sum();
                w.run(BATCH);
                let after: u64 = w.cards.iter().map(|c| c.counters().irqs).sum();
                for c in w.cards.iter_mut() {
                    c.take_activity();
                }
                (true, after != before)
            }
        };
        if irqs {
            shared.irq.notify_all();
        }
        if ran {
            // Give the core away only when a driver thread waits for the world.
            if shared.waiters.load(Ordering::SeqCst) > 0 {
                std::thread::yield_now();
            }
        } else {
            std::thread::sleep(Duration::from_micros(50));
        }
    }
}
