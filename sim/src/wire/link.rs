//! A point-to-point cable between two ports, A and B.

use std::io;

use super::fault::{FaultConfig, FaultCounters};
use super::lane::Lane;
use super::pcap::PcapWriter;
use super::{ConfigError, LineTiming};

/// One end of a [`Link`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Side {
    A,
    B,
}

impl Side {
    /// The other end.
    pub fn peer(self) -> Side {
        match self {
            Side::A => Side::B,
            Side::B => Side::A,
        }
    }
    fn index(self) -> usize {
        self as usize
    }
}

/// Timing and faults of a cable; the faults apply to both directions, each with its
/// own random stream (use [`Link::set_faults`] for asymmetric faults).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LinkConfig {
    pub timing: LineTiming,
    pub faults: FaultConfig,
}

/// A bidirectional cable. Each direction serializes frames in order at the line rate
/// and applies fault injection when a frame is sent.
///
/// An optional pcap writer records every frame as it is *delivered* by [`Link::recv`],
/// i.e. after fault injection (lost frames are absent, corrupted ones appear corrupted,
/// duplicates twice), stamped with its delivery cycle. Both directions share the file.
#[derive(Debug)]
pub struct Link {
    /// Indexed by the sending side.
    lanes: [Lane; 2],
    pcap: Option<PcapWriter>,
    pcap_error: Option<io::Error>,
}

impl Link {
    pub fn new(cfg: LinkConfig) -> Result<Link, ConfigError> {
        cfg.timing.validate()?;
        cfg.faults.validate()?;
        let lane = |s: Side| Lane::new(cfg.timing, cfg.faults.clone(), s.index() as u64);
        Ok(Link { lanes: [lane(Side::A), lane(Side::B)], pcap: None, pcap_error: None })
    }

    /// Replace the faults applied to frames sent from `from` (restarts its random stream).
    pub fn set_faults(&mut self, from: Side, faults: FaultConfig) -> Result<(), ConfigError> {
        faults.validate()?;
        self.lanes[from.index()].set_faults(faults);
        Ok(())
    }

    /// Faults applied to frames sent from `from`.
    pub fn faults(&self, from: Side) -> &FaultConfig {
        self.lanes[from.index()].faults()
    }

    /// Capture delivered frames to `w` (or stop capturing); returns the previous writer.
    pub fn set_pcap(&mut self, w: Option<PcapWriter>) -> Option<PcapWriter> {
        std::mem::replace(&mut self.pcap, w)
    }

    /// The first pcap write error, if any (capture stops at the first error).
    pub fn pcap_error(&self) -> Option<&io::Error> {
        self.pcap_error.as_ref()
    }

    /// Put `frame` on the wire at `from` at cycle `now`. Calls must not go back in time.
    pub fn send(&mut self, from: Side, frame: Vec<u8>, now: u64) {
        self.lanes[from.index()].send(frame, now);
    }

    /// The next frame that has arrived at `at` by cycle `now`.
    pub fn recv(&mut self, at: Side, now: u64) -> Option<Vec<u8>> {
        self.recv_timed(at, now).map(|(_, f)| f)
    }

    /// Like [`Link::recv`], also returning the cycle the frame arrived.
    pub fn recv_timed(&mut self, at: Side, now: u64) -> Option<(u64, Vec<u8>)> {
        let (t, f) = self.lanes[at.peer().index()].recv(now)?;
        if let Some(w) = self.pcap.as_mut() {
            if let Err(e) = w.write_frame(t, &f) {
                self.pcap = None;
                self.pcap_error = Some(e);
            }
        }
        Some((t, f))
    }

    /// Cycle at which the next frame for `at` arrives, if any is on its way: lets a
    /// simulation skip idle cycles.
    pub fn next_delivery(&self, at: Side) -> Option<u64> {
        self.lanes[at.peer().index()].next_delivery()
    }

    /// Frames on the wire in both directions.
    pub fn in_flight(&self) -> usize {
        self.lanes.iter().map(Lane::in_flight).sum()
    }

    /// What happened to frames sent from `from`.
    pub fn counters(&self, from: Side) -> FaultCounters {
        self.lanes[from.index()].counters()
    }

    pub fn timing(&self) -> LineTiming {
        self.lanes[0].timing()
    }
}
