//! Cards and the wires between them, stepped in lockstep one engine cycle at a time.
//!
//! [`World`] is single-threaded and deterministic: tests drive it directly. [`Sim`]
//! puts a world behind a mutex with a clock thread, so a driver can use a card the
//! way it uses real hardware (time passes on its own; MMIO and DMA go through the
//! shell).

use crate::card::Card;
use crate::mac::MacConfig;
use crate::model::EngineModel;
use openrnic_verilator::Model;
use crate::memory::{DmaTiming, Iommu};
use crate::wire::fault::{FaultConfig, FaultCounters, FaultInjector};
use crate::wire::{ArpResponder, ConfigError, DgramPort, Link, LinkConfig, PcapWriter, Side};
use std::collections::{BTreeMap, VecDeque};
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
    ///
    /// With `faults`, the socket is a lossy wire in both directions: every frame from
    /// the guest, and every frame toward it (the card's and the shell's), may be lost
    /// (or corrupted / duplicated). The `pcap` then records what the card's side of the
    /// lossy wire saw: frames that reached the shell or card (after inbound faults) and
    /// frames that actually left toward the guest (after outbound faults). A frame lost
    /// on either way is not in the capture.
    Dgram { port: DgramPort, shell: ArpResponder, pcap: Option<PcapWriter>, faults: Option<DgramFaults> },
}

/// Seeded faults on a [`Port::Dgram`] wire, one independent stream per direction.
///
/// Supported: `loss`, `corrupt` and `duplicate` of [`FaultConfig`]; `reorder` and
/// `extra_delay_cycles` need a time model the socket does not have and are refused.
#[derive(Debug, Clone)]
pub struct DgramFaults {
    to_card: FaultInjector,
    to_peer: FaultInjector,
    n_to_card: FaultCounters,
    n_to_peer: FaultCounters,
}

impl DgramFaults {
    pub fn new(cfg: FaultConfig) -> Result<DgramFaults, ConfigError> {
        cfg.validate()?;
        if cfg.reorder != 0.0 {
            return Err(ConfigError::Unsupported { name: "reorder", place: "a dgram port" });
        }
        if cfg.extra_delay_cycles != 0 {
            return Err(ConfigError::Unsupported { name: "extra_delay_cycles", place: "a dgram port" });
        }
        Ok(DgramFaults {
            to_card: FaultInjector::new(cfg.clone(), 1),
            to_peer: FaultInjector::new(cfg, 2),
            n_to_card: FaultCounters::default(),
            n_to_peer: FaultCounters::default(),
        })
    }

    /// Only loss, with probability `loss` each way.
    pub fn loss(loss: f64, seed: u64) -> Result<DgramFaults, ConfigError> {
        DgramFaults::new(FaultConfig { seed, loss, ..FaultConfig::none() })
    }

    pub fn config(&self) -> &FaultConfig {
        self.to_card.config()
    }

    /// Frames from the guest toward the shell/card.
    pub fn to_card(&self) -> FaultCounters {
        self.n_to_card
    }

    /// Frames from the card (or shell) toward the guest.
    pub fn to_peer(&self) -> FaultCounters {
        self.n_to_peer
    }

    /// The copies of `f` that make it through, in order (none when lost).
    fn apply(inj: &mut FaultInjector, n: &mut FaultCounters, mut f: Vec<u8>) -> Vec<Vec<u8>> {
        let d = inj.decide(f.len());
        n.sent += 1;
        if d.drop {
            n.dropped += 1;
            return Vec::new();
        }
        if let Some(bit) = d.corrupt_bit {
            f[bit / 8] ^= 1 << (bit % 8);
            n.corrupted += 1;
        }
        if d.duplicate {
            n.duplicated += 1;
            n.delivered += 2;
            vec![f.clone(), f]
        } else {
            n.delivered += 1;
            vec![f]
        }
    }
}

/// Capture and send one frame toward the guest, through the outbound faults.
fn dgram_out(port: &DgramPort, pcap: &mut Option<PcapWriter>, faults: &mut Option<DgramFaults>, now: u64, f: Vec<u8>) {
    let copies = match faults {
        Some(x) => DgramFaults::apply(&mut x.to_peer, &mut x.n_to_peer, f),
        None => vec![f],
    };
    for f in copies {
        if let Some(p) = pcap {
            let _ = p.write_frame(now, &f);
        }
        let _ = port.send(&f);
    }
}

impl Port {
    /// Send a frame out of a [`Port::Dgram`] toward the guest as the card would (the
    /// outbound faults apply, the capture records it if it left); elsewhere a no-op.
    pub fn dgram_send(&mut self, now: u64, frame: Vec<u8>) {
        if let Port::Dgram { port, pcap, faults, .. } = self {
            dgram_out(port, pcap, faults, now, frame);
        }
    }

    /// The wire faults' counters (to the card, to the peer) of a lossy dgram port.
    pub fn dgram_faults(&self) -> Option<(FaultCounters, FaultCounters)> {
        match self {
            Port::Dgram { faults: Some(f), .. } => Some((f.to_card(), f.to_peer())),
            _ => None,
        }
    }
}

pub struct World<M: EngineModel = Model> {
    pub cards: Vec<Card<M>>,
    pub ports: Vec<Port>,
    pub link: Option<Link>,
    /// Peers heard on `Port::Dgram` wires, from the sender fields of every ARP
    /// request or reply: (card, IPv4) -> MAC. What a driver needs for an address
    /// vector when the peer is a real Linux host.
    pub neighbors: BTreeMap<(usize, Ipv4Addr), [u8; 6]>,
    /// Per card: frames read from a dgram socket, on their way into the card's RX FIFO.
    ingress: Vec<Ingress>,
    cycle: u64,
}

/// A socket hands over every waiting datagram at once, but a cable delivers one frame
/// after another at the line rate: frames from a [`Port::Dgram`] wait here and enter
/// the card's RX FIFO paced as the line would bring them, so a burst the guest sent in
/// a microsecond does not land in the FIFO in one cycle.
#[derive(Default)]
struct Ingress {
    /// (cycle read from the socket, frame)
    frames: VecDeque<(u64, Vec<u8>)>,
    /// Cycle the line finished delivering the previous frame.
    free_at: u64,
}

#[derive(Clone)]
pub struct WorldConfig {
    pub cards: usize,
    pub link: LinkConfig,
    pub dma: DmaTiming,
    /// Every card's MAC FIFO sizes (their line is the link's).
    pub mac: MacConfig,
}

impl Default for WorldConfig {
    fn default() -> Self {
        WorldConfig { cards: 2, link: LinkConfig::default(), dma: DmaTiming::default(), mac: MacConfig::default() }
    }
}

impl World {
    /// `cards` Verilated cards; with two, they are joined back to back by one link.
    pub fn new(cfg: WorldConfig) -> Result<World, crate::wire::ConfigError> {
        let mut cards = Vec::with_capacity(cfg.cards);
        for _ in 0..cfg.cards {
            let mut c = Card::new(Arc::new(Iommu::new()), cfg.dma);
            c.set_mac(cfg.mac)?;
            cards.push(c);
        }
        World::from_cards(cards, cfg.link)
    }
}

impl<M: EngineModel> World<M> {
    /// Cards around any engine model; with two, they are joined back to back by one link.
    /// Each card's TX FIFO drains at the link's line timing.
    pub fn from_cards(mut cards: Vec<Card<M>>, link: LinkConfig) -> Result<World<M>, crate::wire::ConfigError> {
        let n = cards.len();
        for c in &mut cards {
            c.set_mac(MacConfig { line: link.timing, ..c.mac() })?;
        }
        let (link, ports) = if n == 2 {
            (Some(Link::new(link)?), vec![Port::Link(Side::A), Port::Link(Side::B)])
        } else {
            (None, (0..n).map(|_| Port::None).collect())
        };
        let ingress = (0..n).map(|_| Ingress::default()).collect();
        Ok(World { cards, ports, link, neighbors: BTreeMap::new(), ingress, cycle: 0 })
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
        self.cards.iter().all(|c| c.idle())
            && self.link.as_ref().is_none_or(|l| l.in_flight() == 0)
            && self.ingress.iter().all(|g| g.frames.is_empty())
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
                    Port::Dgram { port, pcap, faults, .. } => dgram_out(port, pcap, faults, now, f),
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
                Port::Dgram { .. } if !now.is_multiple_of(DGRAM_POLL_CYCLES) && !force => {}
                Port::Dgram { port, shell, pcap, faults } => {
                    while let Some(f) = port.recv() {
                        let copies = match faults {
                            Some(x) => DgramFaults::apply(&mut x.to_card, &mut x.n_to_card, f),
                            None => vec![f],
                        };
                        for f in copies {
                            if let Some(p) = pcap {
                                let _ = p.write_frame(now, &f);
                            }
                            if let Some((ip, mac)) = crate::wire::arp::sender(&f) {
                                self.neighbors.insert((i, ip), mac);
                            }
                            if let Some(reply) = shell.answer(&f) {
                                dgram_out(port, pcap, faults, now, reply);
                            } else {
                                self.ingress[i].frames.push_back((now, f));
                            }
                        }
                    }
                }
            }
            self.deliver_ingress(i, now);
        }
    }

    /// Frames of card `i`'s socket whose turn on the line has come, into its RX FIFO.
    fn deliver_ingress(&mut self, i: usize, now: u64) {
        let line = self.cards[i].mac().line;
        let g = &mut self.ingress[i];
        // Each frame is on the line for its serialization time, starting when it was
        // read or when the frame before it was through, and enters the FIFO whole.
        while let Some((read_at, f)) = g.frames.front() {
            let done = g.free_at.max(*read_at) + line.serialization_cycles(f.len());
            if done > now {
                break;
            }
            let (_, f) = g.frames.pop_front().unwrap();
            self.cards[i].push_rx(f);
            g.free_at = done;
        }
    }

    /// The MAC of `ip` as last heard in an ARP packet on card `card`'s Dgram wire.
    pub fn neighbor(&self, card: usize, ip: Ipv4Addr) -> Option<[u8; 6]> {
        self.neighbors.get(&(card, ip)).copied()
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wire::PcapReader;
    use std::io::Write;
    use std::net::SocketAddr;

    /// A `Write` the test can read back after the writer is gone.
    #[derive(Clone, Default)]
    struct Buf(Arc<Mutex<Vec<u8>>>);
    impl Write for Buf {
        fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(b);
            Ok(b.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn dgram_loss_is_seeded_and_counted_both_ways() {
        let any: SocketAddr = "127.0.0.1:0".parse().unwrap();
        // The guest's end first (its remote is fixed below), then the card's.
        let mut guest = DgramPort::bind(any, any).unwrap();
        let card_port = DgramPort::bind(any, guest.local_addr().unwrap()).unwrap();
        guest.set_remote(card_port.local_addr().unwrap());
        let card_mac = [2, 0, 0, 0, 0, 2];
        let card_ip = Ipv4Addr::new(10, 0, 0, 2);
        let shell = ArpResponder::new(card_mac, card_ip);
        let guest_shell = ArpResponder::new([2, 0, 0, 0, 0, 1], Ipv4Addr::new(10, 0, 0, 1));
        let buf = Buf::default();
        let pcap = PcapWriter::new(buf.clone(), crate::wire::TsResolution::Nano, crate::memory::ENGINE_CLOCK_HZ).unwrap();
        let mut world = World::new(WorldConfig { cards: 1, ..WorldConfig::default() }).unwrap();
        let faults = DgramFaults::loss(0.25, 7).unwrap();
        world.ports[0] = Port::Dgram { port: card_port, shell, pcap: Some(pcap), faults: Some(faults) };

        // ARP requests from the guest: each one that gets through is answered, and each
        // answer may be lost on its way back.
        const N: u64 = 400;
        let mut replies = 0u64;
        for _ in 0..N {
            guest.send(&guest_shell.request(card_ip)).unwrap();
        }
        let deadline = std::time::Instant::now() + Duration::from_secs(10);
        while std::time::Instant::now() < deadline {
            world.poll_ports();
            while guest.recv().is_some() {
                replies += 1;
            }
            let (i, o) = world.ports[0].dgram_faults().unwrap();
            if i.sent == N && o.sent == i.delivered && replies == o.delivered {
                break;
            }
            std::thread::sleep(Duration::from_millis(1));
        }
        let (i, o) = world.ports[0].dgram_faults().unwrap();
        assert_eq!(i.sent, N, "{i:?}");
        assert_eq!(i.sent, i.delivered + i.dropped);
        assert_eq!(o.sent, i.delivered, "every request that arrived was answered");
        assert_eq!(o.sent, o.delivered + o.dropped);
        assert_eq!(replies, o.delivered);
        // 25 % of 400 each way: well away from 0 and from everything.
        assert!((60..140).contains(&i.dropped), "{i:?}");
        assert!((40..110).contains(&o.dropped), "{o:?}");
        // Fixed seed, fixed outcome (the streams do not depend on timing).
        let mut again = DgramFaults::loss(0.25, 7).unwrap();
        let mut n = FaultCounters::default();
        for _ in 0..N {
            DgramFaults::apply(&mut again.to_card, &mut n, vec![0; 42]);
        }
        assert_eq!(n.dropped, i.dropped);

        // The capture holds what crossed the card's end of the lossy wire: the requests
        // that arrived and the replies that left.
        let frames = match &mut world.ports[0] {
            Port::Dgram { pcap: Some(p), .. } => {
                p.flush().unwrap();
                p.frames()
            }
            _ => unreachable!(),
        };
        assert_eq!(frames, i.delivered + o.delivered);
        let data = buf.0.lock().unwrap().clone();
        assert_eq!(PcapReader::new(&data).unwrap().count() as u64, frames);
    }

    #[test]
    fn a_dgram_burst_enters_the_rx_fifo_at_the_line_rate_without_drops() {
        let any: SocketAddr = "127.0.0.1:0".parse().unwrap();
        let mut guest = DgramPort::bind(any, any).unwrap();
        let card_port = DgramPort::bind(any, guest.local_addr().unwrap()).unwrap();
        guest.set_remote(card_port.local_addr().unwrap());
        let shell = ArpResponder::new([2, 0, 0, 0, 0, 2], Ipv4Addr::new(10, 0, 0, 2));
        let mut world = World::new(WorldConfig { cards: 1, ..WorldConfig::default() }).unwrap();
        world.ports[0] = Port::Dgram { port: card_port, shell, pcap: None, faults: None };
        // 100 frames of 1,100 bytes in one burst: 110 kB, more than three times the RX
        // FIFO, all waiting in the socket when the card first looks.
        const N: u64 = 100;
        let mut frame = vec![0u8; 1100];
        frame[12..14].copy_from_slice(&0x0800u16.to_be_bytes());
        for _ in 0..N {
            guest.send(&frame).unwrap();
        }
        std::thread::sleep(Duration::from_millis(50));
        let start = world.cycle();
        let deadline = std::time::Instant::now() + Duration::from_secs(10);
        while world.cards[0].counters().rx_frames < N && std::time::Instant::now() < deadline {
            world.run(64);
        }
        let c = world.cards[0].counters();
        assert_eq!((c.rx_frames, c.rx_fifo_drops), (N, 0), "{c:?}");
        // Paced: the burst took at least its time on a 10 Gb/s line.
        let line = world.cards[0].mac().line;
        assert!(world.cycle() - start >= N * line.serialization_cycles(1100), "{} cycles", world.cycle() - start);
        assert!(c.rx_fifo_peak_bytes < 4 * 1100, "the engine keeps up with the line: peak {} B", c.rx_fifo_peak_bytes);
    }

    #[test]
    fn dgram_faults_refuse_what_a_socket_cannot_do() {
        assert!(DgramFaults::loss(1.5, 0).is_err());
        assert!(DgramFaults::new(FaultConfig { reorder: 0.1, ..FaultConfig::none() }).is_err());
        assert!(DgramFaults::new(FaultConfig { corrupt: 0.1, duplicate: 0.1, ..FaultConfig::none() }).is_ok());
    }
}
