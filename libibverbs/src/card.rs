//! The one card a process uses, chosen by environment variables, and what the
//! verbs layer needs from it besides the driver: its addresses and neighbour lookup.
//!
//! - `OPENRNIC_DEVICE`: unset or `sim` for the simulated card in-process (default);
//!   a PCI address (`0000:01:00.0`) for a real card bound to vfio-pci.
//! - `OPENRNIC_WIRE` (simulated card only): `loopback` (default: the card's Ethernet
//!   is cabled to itself), `none` (unplugged), or `<local ip:port>,<remote ip:port>`:
//!   a UDP socket carrying one raw Ethernet frame per datagram (QEMU's `-netdev dgram`
//!   format), so the peer can be another openrnic process or a Linux guest with rxe.
//! - `OPENRNIC_IP`: the card's IPv4 address (default 10.11.0.1); its RoCEv2 GID is the
//!   IPv4-mapped address and its MAC is `02:4f:` followed by the four address bytes.

use openrnic_driver::backend::sim::SimBackend;
use openrnic_driver::backend::vfio::VfioBackend;
use openrnic_driver::backend::Backend;
use openrnic_driver::Device;
use openrnic_sim::wire::{ArpResponder, DgramPort};
use openrnic_sim::world::{Port, Sim, World, WorldConfig};
use std::net::{Ipv4Addr, SocketAddr};
use std::sync::{Arc, Mutex, Weak};
use std::time::{Duration, Instant};

pub const DEFAULT_IP: Ipv4Addr = Ipv4Addr::new(10, 11, 0, 1);

/// Where the simulated card's Ethernet goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Wire {
    Loopback,
    Unplugged,
    Udp { local: SocketAddr, remote: SocketAddr },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Which {
    Sim(Wire),
    Vfio(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    pub which: Which,
    pub ip: Ipv4Addr,
}

impl Config {
    /// The configuration the environment asks for; a clear message if it is malformed.
    pub fn from_env() -> Result<Config, String> {
        let get = |k: &str| std::env::var(k).ok().filter(|v| !v.trim().is_empty());
        Config::parse(get("OPENRNIC_DEVICE").as_deref(), get("OPENRNIC_WIRE").as_deref(), get("OPENRNIC_IP").as_deref())
    }

    pub fn parse(device: Option<&str>, wire: Option<&str>, ip: Option<&str>) -> Result<Config, String> {
        let ip = match ip {
            None => DEFAULT_IP,
            Some(s) => s.trim().parse().map_err(|_| format!("OPENRNIC_IP={s:?} is not an IPv4 address (e.g. 10.11.0.1)"))?,
        };
        let which = match device.map(str::trim) {
            None | Some("sim") => Which::Sim(parse_wire(wire)?),
            Some(pci) => {
                if wire.is_some() {
                    return Err(format!("OPENRNIC_WIRE is for the simulated card; OPENRNIC_DEVICE={pci} is a real card with its own Ethernet"));
                }
                Which::Vfio(pci.to_string())
            }
        };
        Ok(Config { which, ip })
    }

    pub fn mac(&self) -> [u8; 6] {
        mac_of(self.ip)
    }
}

fn parse_wire(wire: Option<&str>) -> Result<Wire, String> {
    let Some(w) = wire.map(str::trim) else { return Ok(Wire::Loopback) };
    match w {
        "loopback" => Ok(Wire::Loopback),
        "none" => Ok(Wire::Unplugged),
        _ => {
            let bad = || format!("OPENRNIC_WIRE={w:?}: expected `loopback`, `none` or `<local ip:port>,<remote ip:port>` (e.g. 127.0.0.1:7001,127.0.0.1:7002)");
            let (l, r) = w.split_once(',').ok_or_else(bad)?;
            let local = l.trim().parse().map_err(|_| bad())?;
            let remote = r.trim().parse().map_err(|_| bad())?;
            Ok(Wire::Udp { local, remote })
        }
    }
}

/// The card's MAC: locally administered, `02:4f` then the IPv4 address.
pub fn mac_of(ip: Ipv4Addr) -> [u8; 6] {
    let o = ip.octets();
    [0x02, 0x4f, o[0], o[1], o[2], o[3]]
}

/// The RoCEv2 GID of an IPv4 address: `::ffff:a.b.c.d`.
pub fn gid_of(ip: Ipv4Addr) -> [u8; 16] {
    let mut g = [0u8; 16];
    g[10] = 0xff;
    g[11] = 0xff;
    g[12..].copy_from_slice(&ip.octets());
    g
}

/// The IPv4 address an IPv4-mapped GID names.
pub fn ip_of_gid(g: &[u8; 16]) -> Option<Ipv4Addr> {
    (g[..10].iter().all(|&b| b == 0) && g[10] == 0xff && g[11] == 0xff).then(|| Ipv4Addr::new(g[12], g[13], g[14], g[15]))
}

/// EUI-64 node GUID from the MAC, as Linux derives RoCE node GUIDs (host order bytes
/// of the big-endian value).
pub fn guid_of(mac: [u8; 6]) -> [u8; 8] {
    [mac[0] ^ 2, mac[1], mac[2], 0xff, 0xfe, mac[3], mac[4], mac[5]]
}

/// An opened card: the driver's device, its addresses and, when simulated, the world.
pub struct Card {
    pub dev: Device,
    pub config: Config,
    /// Which CQs listen on which MSI-X vector (see `cq.rs`).
    pub irq: crate::cq::IrqHub,
    sim: Option<Sim>,
}

/// The process's card while any context (or object) uses it.
static CARD: Mutex<Weak<Card>> = Mutex::new(Weak::new());

impl Card {
    /// The process's card, opening it on first use. One process owns a card: a
    /// second process asking for the same VFIO card is refused by the kernel.
    pub fn get() -> Result<Arc<Card>, String> {
        let mut g = CARD.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(c) = g.upgrade() {
            return Ok(c);
        }
        let c = Arc::new(Card::open(Config::from_env()?)?);
        *g = Arc::downgrade(&c);
        Ok(c)
    }

    fn open(config: Config) -> Result<Card, String> {
        let (backend, sim): (Arc<dyn Backend>, Option<Sim>) = match &config.which {
            Which::Vfio(pci) => {
                let b = VfioBackend::open(pci).map_err(|e| {
                    format!("openrnic: opening VFIO card {pci}: {e} (one process owns a VFIO card at a time; is another program using it?)")
                })?;
                (Arc::new(b), None)
            }
            Which::Sim(wire) => {
                let mut world = World::new(WorldConfig { cards: 1, ..WorldConfig::default() }).map_err(|e| format!("openrnic: simulator: {e}"))?;
                let port = match wire {
                    Wire::Unplugged => None,
                    Wire::Loopback => {
                        let any: SocketAddr = (Ipv4Addr::LOCALHOST, 0).into();
                        let mut p = DgramPort::bind(any, any).map_err(|e| format!("openrnic: loopback wire socket: {e}"))?;
                        let me = p.local_addr().map_err(|e| format!("openrnic: loopback wire socket: {e}"))?;
                        p.set_remote(me);
                        Some(p)
                    }
                    Wire::Udp { local, remote } => Some(
                        DgramPort::bind(*local, *remote)
                            .map_err(|e| format!("openrnic: OPENRNIC_WIRE: binding UDP {local}: {e} (is another openrnic process using that port?)"))?,
                    ),
                };
                if let Some(port) = port {
                    world.ports[0] = Port::Dgram { port, shell: ArpResponder::new(config.mac(), config.ip), pcap: None, faults: None };
                }
                let sim = Sim::start(world);
                let b = SimBackend::new(&sim, 0).map_err(|e| format!("openrnic: {e}"))?;
                (Arc::new(b), Some(sim))
            }
        };
        let dev = Device::open(backend).map_err(|e| format!("openrnic: opening the card: {e}"))?;
        dev.set_address(config.mac(), config.ip).map_err(|e| format!("openrnic: setting the card's address: {e}"))?;
        let card = Card { dev, config, irq: Default::default(), sim };
        // Announce ourselves, as Linux does when an address comes up.
        card.send_shell_frame(|s| s.announce());
        Ok(card)
    }

    pub fn is_simulated(&self) -> bool {
        self.sim.is_some()
    }

    fn send_shell_frame(&self, f: impl FnOnce(&ArpResponder) -> Vec<u8>) {
        let Some(sim) = &self.sim else { return };
        let mut w = sim.lock();
        let now = w.cycle();
        if let Port::Dgram { shell, .. } = &w.ports[0] {
            let frame = f(shell);
            w.ports[0].dgram_send(now, frame);
        }
    }

    /// The MAC of `ip`: ours, one heard by ARP on the wire (asking if need be), or
    /// for a real card the openrnic scheme (no ARP shell on that side yet).
    pub fn resolve(&self, ip: Ipv4Addr, timeout: Duration) -> Option<[u8; 6]> {
        if ip == self.config.ip {
            return Some(self.config.mac());
        }
        let Some(sim) = &self.sim else { return Some(mac_of(ip)) };
        let deadline = Instant::now() + timeout;
        let mut asked: Option<Instant> = None;
        loop {
            if let Some(mac) = sim.lock().neighbor(0, ip) {
                return Some(mac);
            }
            if asked.is_none_or(|t| t.elapsed() > Duration::from_millis(200)) {
                self.send_shell_frame(|s| s.request(ip));
                asked = Some(Instant::now());
            }
            if Instant::now() > deadline {
                return None;
            }
            std::thread::sleep(Duration::from_millis(2));
        }
    }
}

impl Drop for Card {
    /// The last user is gone: reset the function so nothing it was doing carries on
    /// (the driver already disabled the engine; a VFIO card is then released by the
    /// kernel, which unmaps every DMA mapping, as it does when the process dies).
    fn drop(&mut self) {
        let _ = self.dev.backend().reset();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn config_from_variables() {
        let c = Config::parse(None, None, None).unwrap();
        assert_eq!(c, Config { which: Which::Sim(Wire::Loopback), ip: DEFAULT_IP });
        let c = Config::parse(Some("sim"), Some("127.0.0.1:7001, 127.0.0.1:7002"), Some("10.11.0.2")).unwrap();
        assert_eq!(
            c.which,
            Which::Sim(Wire::Udp { local: "127.0.0.1:7001".parse().unwrap(), remote: "127.0.0.1:7002".parse().unwrap() })
        );
        assert_eq!(c.ip, Ipv4Addr::new(10, 11, 0, 2));
        assert_eq!(c.mac(), [2, 0x4f, 10, 11, 0, 2]);
        assert_eq!(Config::parse(None, Some("none"), None).unwrap().which, Which::Sim(Wire::Unplugged));
        assert_eq!(Config::parse(Some("0000:01:00.0"), None, None).unwrap().which, Which::Vfio("0000:01:00.0".into()));
        for (d, w, i) in [(None, Some("127.0.0.1:7001"), None), (None, Some("x,y"), None), (None, None, Some("10.11.0")), (Some("0000:01:00.0"), Some("loopback"), None)] {
            let e = Config::parse(d, w, i).unwrap_err();
            assert!(e.contains("OPENRNIC_"), "{e}");
        }
    }

    #[test]
    fn addresses_follow_the_ip() {
        let ip = Ipv4Addr::new(10, 11, 0, 7);
        let g = gid_of(ip);
        assert_eq!(ip_of_gid(&g), Some(ip));
        let mut not_mapped = g;
        not_mapped[0] = 0xfe;
        assert_eq!(ip_of_gid(&not_mapped), None);
        assert_eq!(guid_of(mac_of(ip)), [0, 0x4f, 10, 0xff, 0xfe, 11, 0, 7]);
    }
}
