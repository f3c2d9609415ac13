//! The Ethernet wire between cards: point-to-point [`Link`]s, a learning [`Switch`],
//! seeded fault injection, pcap capture, QEMU `-netdev dgram` ports and the host-side
//! ARP/ICMP responder. Frames are `Vec<u8>` without FCS; time is engine cycles (`u64`).
//!
//! Time model ([`LineTiming`]): each direction of a cable serializes one frame after
//! another. A frame handed over at cycle `now` starts when the line is free,
//! occupies it for [`LineTiming::serialization_cycles`] (frame + preamble/IFG at the line
//! rate), and is delivered `latency_cycles` after its last byte left.

pub mod arp;
pub mod dgram;
pub mod fault;
mod lane;
pub mod link;
pub mod pcap;
pub mod switch;

pub use arp::{is_roce, ArpResponder};
pub use dgram::{DgramPort, DgramStats};
pub use fault::{FaultConfig, FaultCounters};
pub use link::{Link, LinkConfig, Side};
pub use pcap::{PcapReader, PcapRecord, PcapWriter, TsResolution};
pub use switch::{Switch, SwitchCounters};

pub use crate::memory::ENGINE_CLOCK_HZ;

/// A wire or switch configuration that makes no sense.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ConfigError {
    #[error("fault probability `{name}` = {value} is not within [0, 1]")]
    Probability { name: &'static str, value: f64 },
    #[error("line rate and clock frequency must be nonzero")]
    ZeroRate,
    #[error("a switch needs at least one port")]
    NoPorts,
    #[error("fault `{name}` is not supported on {place}")]
    Unsupported { name: &'static str, place: &'static str },
    #[error("MAC FIFO `{name}` = {bytes} bytes is smaller than a whole frame ({min} bytes)")]
    FifoTooSmall { name: &'static str, bytes: usize, min: usize },
    #[error("{what} cannot be reconfigured while frames are in them")]
    Busy { what: &'static str },
}

/// A switch port number out of range.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("port {port} does not exist (the switch has {ports})")]
pub struct PortError {
    pub port: usize,
    pub ports: usize,
}

/// Timing of one cable direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LineTiming {
    /// Cycles from the last byte leaving the sender to the frame being delivered
    /// (PHY, MAC pipeline and propagation).
    pub latency_cycles: u64,
    /// Line rate in bits per second.
    pub rate_bps: u64,
    /// Engine clock the cycles count.
    pub clock_hz: u64,
    /// Bytes the line is busy per frame beyond the frame itself: preamble + SFD (8) and
    /// inter-frame gap (12). The FCS is not counted, nor padding to 60 bytes; set 24 to
    /// count the FCS.
    pub overhead_bytes: u64,
}

impl Default for LineTiming {
    /// 10 Gb/s at 156.25 MHz (8 bytes per cycle), 80 cycles (512 ns) of latency.
    fn default() -> Self {
        LineTiming { latency_cycles: 80, rate_bps: 10_000_000_000, clock_hz: ENGINE_CLOCK_HZ, overhead_bytes: 20 }
    }
}

impl LineTiming {
    /// Cycles the line is busy sending a `len`-byte frame, rounded up.
    pub fn serialization_cycles(&self, len: usize) -> u64 {
        let bits = (len as u128 + self.overhead_bytes as u128) * 8;
        let rate = self.rate_bps.max(1) as u128;
        let c = (bits * self.clock_hz as u128).div_ceil(rate);
        c.min(u64::MAX as u128) as u64
    }

    pub(crate) fn validate(&self) -> Result<(), ConfigError> {
        if self.rate_bps == 0 || self.clock_hz == 0 {
            return Err(ConfigError::ZeroRate);
        }
        Ok(())
    }
}
