//! One direction of a cable: a serializing line with latency and fault injection.
//! Shared by [`Link`](super::Link) and [`Switch`](super::Switch).

use std::cmp::Reverse;
use std::collections::BinaryHeap;

use super::fault::{FaultConfig, FaultCounters, FaultInjector};
use super::LineTiming;

/// A frame on its way, ordered by delivery cycle then by send order.
#[derive(Debug)]
struct InFlight {
    at: u64,
    seq: u64,
    frame: Vec<u8>,
}

impl PartialEq for InFlight {
    fn eq(&self, o: &Self) -> bool {
        (self.at, self.seq) == (o.at, o.seq)
    }
}
impl Eq for InFlight {}
impl PartialOrd for InFlight {
    fn partial_cmp(&self, o: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(o))
    }
}
impl Ord for InFlight {
    fn cmp(&self, o: &Self) -> std::cmp::Ordering {
        (self.at, self.seq).cmp(&(o.at, o.seq))
    }
}

/// A frame (and its duplicate, if any) held back to be swapped with the next one.
#[derive(Debug)]
struct Held {
    frames: Vec<Vec<u8>>,
    release_at: u64,
}

#[derive(Debug)]
pub(crate) struct Lane {
    timing: LineTiming,
    faults: FaultInjector,
    stream: u64,
    /// First cycle the line is free to start the next frame.
    busy_until: u64,
    /// Latest delivery cycle scheduled so far: jitter never delivers before it.
    last_at: u64,
    seq: u64,
    queue: BinaryHeap<Reverse<InFlight>>,
    held: Option<Held>,
    counters: FaultCounters,
}

impl Lane {
    pub(crate) fn new(timing: LineTiming, faults: FaultConfig, stream: u64) -> Self {
        Lane {
            timing,
            faults: FaultInjector::new(faults, stream),
            stream,
            busy_until: 0,
            last_at: 0,
            seq: 0,
            queue: BinaryHeap::new(),
            held: None,
            counters: FaultCounters::default(),
        }
    }

    pub(crate) fn set_faults(&mut self, faults: FaultConfig) {
        self.faults = FaultInjector::new(faults, self.stream);
    }

    pub(crate) fn faults(&self) -> &FaultConfig {
        self.faults.config()
    }

    pub(crate) fn timing(&self) -> LineTiming {
        self.timing
    }

    pub(crate) fn counters(&self) -> FaultCounters {
        self.counters
    }

    /// Frames queued or held.
    pub(crate) fn in_flight(&self) -> usize {
        self.queue.len() + self.held.as_ref().map_or(0, |h| h.frames.len())
    }

    fn push(&mut self, at: u64, frame: Vec<u8>) {
        self.seq += 1;
        self.last_at = self.last_at.max(at);
        self.queue.push(Reverse(InFlight { at, seq: self.seq, frame }));
    }

    /// Deliver a held frame whose successor never came.
    fn release_due(&mut self, now: u64) {
        if self.held.as_ref().is_some_and(|h| h.release_at <= now) {
            let h = self.held.take().unwrap();
            let at = h.release_at.max(self.last_at);
            for f in h.frames {
                self.push(at, f);
            }
        }
    }

    pub(crate) fn send(&mut self, mut frame: Vec<u8>, now: u64) {
        self.release_due(now);
        self.counters.sent += 1;
        let ser = self.timing.serialization_cycles(frame.len());
        let start = now.max(self.busy_until);
        self.busy_until = start.saturating_add(ser);
        let d = self.faults.decide(frame.len());
        if d.drop {
            self.counters.dropped += 1;
            return;
        }
        if let Some(bit) = d.corrupt_bit {
            frame[bit / 8] ^= 1 << (bit % 8);
            self.counters.corrupted += 1;
        }
        if d.extra_delay > 0 {
            self.counters.delayed += 1;
        }
        let at = self.busy_until.saturating_add(self.timing.latency_cycles).saturating_add(d.extra_delay).max(self.last_at);
        let mut frames = vec![(at, frame)];
        if d.duplicate {
            self.counters.duplicated += 1;
            let copy = frames[0].1.clone();
            self.busy_until = self.busy_until.saturating_add(ser);
            frames.push((at.saturating_add(ser), copy));
        }
        // A frame that is itself the swap partner of a held one is not held in turn.
        if d.reorder && self.held.is_none() {
            self.counters.reordered += 1;
            let release_at = at.saturating_add(self.faults.config().reorder_hold_cycles);
            self.held = Some(Held { frames: frames.into_iter().map(|(_, f)| f).collect(), release_at });
            return;
        }
        for (at, f) in frames {
            self.push(at, f);
        }
        if let Some(h) = self.held.take() {
            let at = self.last_at;
            for f in h.frames {
                self.push(at, f);
            }
        }
    }

    /// Cycle at which the next frame becomes deliverable, if any is on its way.
    pub(crate) fn next_delivery(&self) -> Option<u64> {
        let q = self.queue.peek().map(|Reverse(f)| f.at);
        let h = self.held.as_ref().map(|h| h.release_at.max(self.last_at));
        match (q, h) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }

    /// The next frame due at or before `now`, with its delivery cycle.
    pub(crate) fn recv(&mut self, now: u64) -> Option<(u64, Vec<u8>)> {
        self.release_due(now);
        if self.queue.peek()?.0.at > now {
            return None;
        }
        let Reverse(f) = self.queue.pop()?;
        self.counters.delivered += 1;
        Some((f.at, f.frame))
    }
}
