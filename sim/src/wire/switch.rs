//! A small learning Ethernet switch for more than two cards.
//!
//! Each port is a cable with the [`LinkConfig`] timing into the switch and another out
//! of it; forwarding is store-and-forward with no extra processing delay, so a frame
//! crosses two latencies and two serializations. Faults are applied once per frame, on
//! the cable into the switch (each port with its own random stream). The MAC table
//! learns source addresses and never ages; unknown unicast, broadcast and multicast
//! destinations are flooded to every port but the one the frame came in on, and a
//! frame for a MAC learned on its own ingress port is filtered.

use std::collections::HashMap;
use std::io;

use super::fault::FaultCounters;
use super::lane::Lane;
use super::link::LinkConfig;
use super::pcap::PcapWriter;
use super::{ConfigError, PortError};

/// What the switch did with frames that reached it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SwitchCounters {
    /// Sent to the one port the destination was learned on.
    pub forwarded: u64,
    /// Sent to every other port.
    pub flooded: u64,
    /// Destination learned on the ingress port: dropped.
    pub filtered: u64,
    /// Shorter than an Ethernet header: dropped.
    pub runts: u64,
}

#[derive(Debug)]
pub struct Switch {
    /// Cable from each port's card into the switch (faults live here).
    ingress: Vec<Lane>,
    /// Cable from the switch to each port's card.
    egress: Vec<Lane>,
    fdb: HashMap<[u8; 6], usize>,
    counters: SwitchCounters,
    pcap: Option<PcapWriter>,
    pcap_error: Option<io::Error>,
}

impl Switch {
    pub fn new(ports: usize, cfg: LinkConfig) -> Result<Switch, ConfigError> {
        if ports == 0 {
            return Err(ConfigError::NoPorts);
        }
        cfg.timing.validate()?;
        cfg.faults.validate()?;
        let none = super::FaultConfig::none();
        Ok(Switch {
            ingress: (0..ports).map(|p| Lane::new(cfg.timing, cfg.faults.clone(), p as u64)).collect(),
            egress: (0..ports).map(|p| Lane::new(cfg.timing, none.clone(), p as u64)).collect(),
            fdb: HashMap::new(),
            counters: SwitchCounters::default(),
            pcap: None,
            pcap_error: None,
        })
    }

    pub fn ports(&self) -> usize {
        self.ingress.len()
    }

    fn check(&self, port: usize) -> Result<(), PortError> {
        if port < self.ports() {
            Ok(())
        } else {
            Err(PortError { port, ports: self.ports() })
        }
    }

    /// Capture every frame delivered to any port (after faults); returns the previous writer.
    pub fn set_pcap(&mut self, w: Option<PcapWriter>) -> Option<PcapWriter> {
        std::mem::replace(&mut self.pcap, w)
    }

    pub fn pcap_error(&self) -> Option<&io::Error> {
        self.pcap_error.as_ref()
    }

    /// Card on `port` puts `frame` on its cable at cycle `now`. Calls must not go back in time.
    pub fn send(&mut self, port: usize, frame: Vec<u8>, now: u64) -> Result<(), PortError> {
        self.check(port)?;
        self.advance(now);
        self.ingress[port].send(frame, now);
        Ok(())
    }

    /// The next frame that has arrived at the card on `port` by cycle `now`.
    pub fn recv(&mut self, port: usize, now: u64) -> Result<Option<Vec<u8>>, PortError> {
        self.check(port)?;
        self.advance(now);
        let Some((t, f)) = self.egress[port].recv(now) else { return Ok(None) };
        if let Some(w) = self.pcap.as_mut() {
            if let Err(e) = w.write_frame(t, &f) {
                self.pcap = None;
                self.pcap_error = Some(e);
            }
        }
        Ok(Some(f))
    }

    /// Earliest cycle at which anything in the switch happens next (a frame reaching the
    /// switch or a card), if anything is on its way.
    pub fn next_event(&self) -> Option<u64> {
        self.ingress.iter().chain(&self.egress).filter_map(Lane::next_delivery).min()
    }

    /// Port a MAC address was learned on.
    pub fn lookup(&self, mac: &[u8; 6]) -> Option<usize> {
        self.fdb.get(mac).copied()
    }

    pub fn counters(&self) -> SwitchCounters {
        self.counters
    }

    /// Faults injected on frames sent by the card on `port`.
    pub fn fault_counters(&self, port: usize) -> Result<FaultCounters, PortError> {
        self.check(port)?;
        Ok(self.ingress[port].counters())
    }

    /// Frames anywhere inside the switch or its cables.
    pub fn in_flight(&self) -> usize {
        self.ingress.iter().chain(&self.egress).map(Lane::in_flight).sum()
    }

    /// Forward every frame that reached the switch by `now`, in arrival order, so that
    /// egress serialization sees them in the order a real switch would.
    fn advance(&mut self, now: u64) {
        loop {
            let next =
                self.ingress.iter().enumerate().filter_map(|(p, l)| l.next_delivery().map(|t| (t, p))).filter(|&(t, _)| t <= now).min();
            let Some((t, port)) = next else { return };
            let Some((t, frame)) = self.ingress[port].recv(t) else { return };
            self.forward(port, frame, t);
        }
    }

    fn forward(&mut self, from: usize, frame: Vec<u8>, t: u64) {
        if frame.len() < 14 {
            self.counters.runts += 1;
            return;
        }
        let dst: [u8; 6] = frame[0..6].try_into().unwrap();
        let src: [u8; 6] = frame[6..12].try_into().unwrap();
        if src[0] & 1 == 0 {
            self.fdb.insert(src, from);
        }
        let known = if dst[0] & 1 == 0 { self.fdb.get(&dst).copied() } else { None };
        match known {
            Some(p) if p == from => self.counters.filtered += 1,
            Some(p) => {
                self.counters.forwarded += 1;
                self.egress[p].send(frame, t);
            }
            None => {
                self.counters.flooded += 1;
                let outs: Vec<usize> = (0..self.ports()).filter(|&p| p != from).collect();
                if let Some((&last, rest)) = outs.split_last() {
                    for &p in rest {
                        self.egress[p].send(frame.clone(), t);
                    }
                    self.egress[last].send(frame, t);
                }
            }
        }
    }
}
