//! The MAC side of the card's shell: the two frame FIFOs between the Ethernet port and
//! the engine's MAC streams, bounded in bytes as a real shell's are.
//!
//! - [`RxFifo`]: frames from the wire wait here for the engine's RX port. A MAC cannot
//!   stall the wire, so a frame that does not fit is dropped whole and counted
//!   (never cut: the engine sees whole frames or nothing).
//! - [`TxFifo`]: the engine's TX beats collect here (store and forward, as the MAC must
//!   know a frame is complete before it starts it on the line); a frame leaves when the
//!   line is free and occupies it for its serialization time. When the FIFO is full the
//!   shell lowers `tx_ready`: the engine's TX stream may stall, the wire may not.
//!
//! Sizes follow a real 10 G shell: Corundum's MAC FIFOs are 32 KiB each by default.

use crate::wire::{ConfigError, LineTiming};
use std::collections::VecDeque;

/// Bytes of each FIFO by default.
pub const DEFAULT_FIFO_BYTES: usize = 32 << 10;
/// Smallest FIFO accepted: a store-and-forward FIFO must hold a whole frame, and a
/// jumbo frame is 9216 bytes (the engine's largest, at path MTU 4096, is about 4.2 KB).
pub const MIN_FIFO_BYTES: usize = 9216;
/// Bytes per beat of the engine's 64-bit MAC streams.
const BEAT_BYTES: usize = 8;

/// Sizes of the card's MAC FIFOs and the line its TX side drains into.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MacConfig {
    /// Capacity of the receive FIFO in bytes (frame bytes, no FCS).
    pub rx_fifo_bytes: usize,
    /// Capacity of the transmit FIFO in bytes.
    pub tx_fifo_bytes: usize,
    /// The line the TX FIFO drains into (a [`World`](crate::world::World) sets its link's).
    pub line: LineTiming,
}

impl Default for MacConfig {
    fn default() -> Self {
        MacConfig { rx_fifo_bytes: DEFAULT_FIFO_BYTES, tx_fifo_bytes: DEFAULT_FIFO_BYTES, line: LineTiming::default() }
    }
}

impl MacConfig {
    pub fn validate(&self) -> Result<(), ConfigError> {
        for (name, bytes) in [("rx_fifo_bytes", self.rx_fifo_bytes), ("tx_fifo_bytes", self.tx_fifo_bytes)] {
            if bytes < MIN_FIFO_BYTES {
                return Err(ConfigError::FifoTooSmall { name, bytes, min: MIN_FIFO_BYTES });
            }
        }
        self.line.validate()
    }
}

/// One beat of the engine's RX stream: data (little-endian bytes), keep mask, last.
pub type RxBeat = (u64, u64, bool);

/// The receive FIFO: whole frames in, 8-byte beats out.
#[derive(Debug)]
pub struct RxFifo {
    capacity: usize,
    frames: VecDeque<Vec<u8>>,
    /// Bytes of the front frame already handed to the engine.
    pos: usize,
    /// Bytes held and not yet handed to the engine (a frame's bytes are freed as its
    /// beats are taken, as in a byte FIFO).
    bytes: usize,
    peak: usize,
    drops: u64,
    drop_bytes: u64,
}

impl RxFifo {
    pub fn new(capacity: usize) -> RxFifo {
        RxFifo { capacity, frames: VecDeque::new(), pos: 0, bytes: 0, peak: 0, drops: 0, drop_bytes: 0 }
    }

    /// A frame arrives from the wire. False when it did not fit and was dropped whole.
    pub fn push(&mut self, frame: Vec<u8>) -> bool {
        if frame.is_empty() {
            return true;
        }
        if self.bytes + frame.len() > self.capacity {
            self.drops += 1;
            self.drop_bytes += frame.len() as u64;
            return false;
        }
        self.bytes += frame.len();
        self.peak = self.peak.max(self.bytes);
        self.frames.push_back(frame);
        true
    }

    /// The beat presented to the engine this cycle, if any.
    pub fn beat(&self) -> Option<RxBeat> {
        let f = self.frames.front()?;
        let n = (f.len() - self.pos).min(BEAT_BYTES);
        let mut w = [0u8; BEAT_BYTES];
        w[..n].copy_from_slice(&f[self.pos..self.pos + n]);
        Some((u64::from_le_bytes(w), (1u64 << n) - 1, self.pos + n == f.len()))
    }

    /// The engine took the beat [`RxFifo::beat`] presented. True when that ended a frame.
    pub fn take_beat(&mut self) -> bool {
        let Some(f) = self.frames.front() else { return false };
        let n = (f.len() - self.pos).min(BEAT_BYTES);
        self.bytes -= n;
        if self.pos + n == f.len() {
            self.frames.pop_front();
            self.pos = 0;
            true
        } else {
            self.pos += n;
            false
        }
    }

    /// Present the front frame again from its first byte (the engine was reset mid-frame).
    pub fn rewind(&mut self) {
        self.bytes += self.pos;
        self.pos = 0;
    }

    pub fn is_empty(&self) -> bool {
        self.frames.is_empty()
    }
    /// Bytes held now.
    pub fn bytes(&self) -> usize {
        self.bytes
    }
    /// Most bytes ever held at once.
    pub fn peak_bytes(&self) -> usize {
        self.peak
    }
    /// Frames dropped because they did not fit.
    pub fn drops(&self) -> u64 {
        self.drops
    }
    pub fn drop_bytes(&self) -> u64 {
        self.drop_bytes
    }
}

/// The transmit FIFO: 8-byte beats in, whole frames out at the line's pace.
#[derive(Debug)]
pub struct TxFifo {
    capacity: usize,
    line: LineTiming,
    /// The frame the engine is sending now.
    building: Vec<u8>,
    /// The frame being built can never fit: its beats are taken and discarded.
    oversize: bool,
    /// Complete frames waiting for the line.
    frames: VecDeque<Vec<u8>>,
    frame_bytes: usize,
    /// First cycle the line is free for the next frame.
    line_free_at: u64,
    peak: usize,
    stall_cycles: u64,
    oversize_drops: u64,
}

impl TxFifo {
    pub fn new(capacity: usize, line: LineTiming) -> TxFifo {
        TxFifo {
            capacity,
            line,
            building: Vec::new(),
            oversize: false,
            frames: VecDeque::new(),
            frame_bytes: 0,
            line_free_at: 0,
            peak: 0,
            stall_cycles: 0,
            oversize_drops: 0,
        }
    }

    /// Whether the FIFO takes a beat this cycle (`tx_ready`).
    pub fn ready(&self) -> bool {
        self.oversize || self.frame_bytes + self.building.len() + BEAT_BYTES <= self.capacity
    }

    /// The engine presented a beat (`tx_valid`) and [`TxFifo::ready`] was low.
    pub fn note_stall(&mut self) {
        self.stall_cycles += 1;
    }

    /// A beat the engine handed over (only while [`TxFifo::ready`]): `bytes` are its
    /// kept bytes. A frame too long for the FIFO to ever hold is discarded and counted,
    /// as a store-and-forward MAC FIFO drops an oversize frame, rather than wedging TX.
    pub fn push_beat(&mut self, bytes: &[u8], last: bool) {
        if !self.oversize {
            self.building.extend_from_slice(bytes);
            if self.building.len() + BEAT_BYTES > self.capacity && !last {
                self.oversize = true;
                self.building.clear();
            }
        }
        if last {
            if self.oversize {
                self.oversize = false;
                self.oversize_drops += 1;
            } else {
                let f = std::mem::take(&mut self.building);
                self.frame_bytes += f.len();
                self.frames.push_back(f);
            }
        }
        self.peak = self.peak.max(self.frame_bytes + self.building.len());
    }

    /// The frame that starts on the line at cycle `now`, if the line is free and a
    /// whole frame waits. Call once per cycle, cycles in order.
    pub fn start_on_line(&mut self, now: u64) -> Option<Vec<u8>> {
        if self.line_free_at > now {
            return None;
        }
        let f = self.frames.pop_front()?;
        self.frame_bytes -= f.len();
        self.line_free_at = now + self.line.serialization_cycles(f.len());
        Some(f)
    }

    /// Forget the frame being built (the engine was reset mid-frame); complete frames stay.
    pub fn drop_partial(&mut self) {
        self.building.clear();
        self.oversize = false;
    }

    /// Nothing being built and nothing waiting for the line.
    pub fn is_empty(&self) -> bool {
        self.building.is_empty() && !self.oversize && self.frames.is_empty()
    }
    pub fn peak_bytes(&self) -> usize {
        self.peak
    }
    /// Cycles the engine had a beat to send and the FIFO was full.
    pub fn stall_cycles(&self) -> u64 {
        self.stall_cycles
    }
    /// Frames longer than the FIFO, discarded.
    pub fn oversize_drops(&self) -> u64 {
        self.oversize_drops
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frame(len: usize, seed: u8) -> Vec<u8> {
        (0..len).map(|i| (i as u8).wrapping_mul(31).wrapping_add(seed)).collect()
    }

    /// Drain `fifo` beat by beat into whole frames, checking the keep masks.
    fn drain(fifo: &mut RxFifo) -> Vec<Vec<u8>> {
        let (mut out, mut cur) = (Vec::new(), Vec::new());
        while let Some((data, keep, last)) = fifo.beat() {
            let n = keep.trailing_ones() as usize;
            assert_eq!(keep, (1u64 << n) - 1, "keep is contiguous from byte 0");
            assert!(n == 8 || last, "only a frame's last beat is partial");
            cur.extend_from_slice(&data.to_le_bytes()[..n]);
            assert_eq!(fifo.take_beat(), last);
            if last {
                out.push(std::mem::take(&mut cur));
            }
        }
        out
    }

    #[test]
    fn rx_overflow_drops_whole_frames_and_counts_them() {
        let mut fifo = RxFifo::new(MIN_FIFO_BYTES);
        let sent: Vec<Vec<u8>> = (0..20).map(|i| frame(1000 + i * 7, i as u8)).collect();
        let kept: Vec<bool> = sent.iter().map(|f| fifo.push(f.clone())).collect();
        let want: Vec<Vec<u8>> = sent.iter().zip(&kept).filter(|(_, &k)| k).map(|(f, _)| f.clone()).collect();
        // 1000..1063-byte frames into 9216 bytes: the first 8 fit, the ninth would not,
        // and neither would any later one.
        assert_eq!(kept.iter().filter(|&&k| k).count(), 8);
        assert_eq!(fifo.drops(), 12);
        assert_eq!(fifo.drop_bytes(), sent[8..].iter().map(|f| f.len() as u64).sum::<u64>());
        assert!(fifo.peak_bytes() <= MIN_FIFO_BYTES);
        assert_eq!(drain(&mut fifo), want, "what got in comes out whole and in order");
        assert_eq!(fifo.bytes(), 0);
        // Room again once drained; a frame larger than the whole FIFO never fits.
        assert!(fifo.push(frame(MIN_FIFO_BYTES, 1)));
        assert!(!fifo.push(frame(1, 1)));
        drain(&mut fifo);
        assert!(!fifo.push(frame(MIN_FIFO_BYTES + 1, 2)));
    }

    #[test]
    fn rx_bytes_are_freed_as_beats_are_taken() {
        let mut fifo = RxFifo::new(MIN_FIFO_BYTES);
        assert!(fifo.push(frame(MIN_FIFO_BYTES, 3)));
        assert!(!fifo.push(frame(8, 4)), "full");
        fifo.take_beat();
        assert_eq!(fifo.bytes(), MIN_FIFO_BYTES - 8);
        assert!(fifo.push(frame(8, 4)), "one beat taken frees one beat's room");
        fifo.rewind();
        assert_eq!(fifo.bytes(), MIN_FIFO_BYTES + 8, "a rewound frame is held whole again");
        let out = drain(&mut fifo);
        assert_eq!(out, vec![frame(MIN_FIFO_BYTES, 3), frame(8, 4)]);
    }

    #[test]
    fn tx_paces_frames_at_the_line_rate_and_backpressures_when_full() {
        let line = LineTiming::default();
        let mut fifo = TxFifo::new(MIN_FIFO_BYTES, line);
        // The engine offers 100-byte frames back to back, one beat per cycle while
        // ready (13 cycles each): faster than the line, where preamble and gap make
        // each one 120 bytes (15 cycles).
        let f = frame(100, 9);
        let (mut starts, mut stalls, mut pos) = (Vec::new(), 0u64, 0usize);
        for now in 0..20_000u64 {
            if fifo.ready() {
                let n = (f.len() - pos).min(8);
                fifo.push_beat(&f[pos..pos + n], pos + n == f.len());
                pos = if pos + n == f.len() { 0 } else { pos + n };
            } else {
                fifo.note_stall();
                stalls += 1;
            }
            if let Some(out) = fifo.start_on_line(now) {
                assert_eq!(out, f);
                starts.push(now);
            }
            assert!(fifo.peak_bytes() <= MIN_FIFO_BYTES);
        }
        let ser = line.serialization_cycles(100);
        assert_eq!(ser, 15, "120 bytes at 8 bytes per cycle");
        for w in starts.windows(2) {
            assert!(w[1] - w[0] >= ser, "frames never overlap on the line: {w:?}");
        }
        // Once the FIFO is full the line runs back to back and the engine is held.
        let tail = &starts[starts.len() / 2..];
        assert!(tail.windows(2).all(|w| w[1] - w[0] == ser), "{tail:?}");
        assert!(stalls > 0 && stalls == fifo.stall_cycles());
        assert_eq!(fifo.oversize_drops(), 0);
    }

    #[test]
    fn tx_drops_a_frame_longer_than_the_fifo_instead_of_wedging() {
        let mut fifo = TxFifo::new(MIN_FIFO_BYTES, LineTiming::default());
        let beats = (MIN_FIFO_BYTES + 64) / 8;
        for i in 0..beats {
            assert!(fifo.ready(), "beat {i}: an oversize frame is taken and discarded");
            fifo.push_beat(&[0xAB; 8], i + 1 == beats);
        }
        assert_eq!(fifo.oversize_drops(), 1);
        assert!(fifo.is_empty());
        fifo.push_beat(&[1, 2, 3], true);
        assert_eq!(fifo.start_on_line(0), Some(vec![1, 2, 3]), "the next frame goes out");
    }

    #[test]
    fn config_refuses_fifos_smaller_than_a_frame() {
        assert!(MacConfig::default().validate().is_ok());
        let small = MacConfig { rx_fifo_bytes: 4096, ..MacConfig::default() };
        assert_eq!(small.validate(), Err(ConfigError::FifoTooSmall { name: "rx_fifo_bytes", bytes: 4096, min: MIN_FIFO_BYTES }));
        let small = MacConfig { tx_fifo_bytes: 0, ..MacConfig::default() };
        assert!(small.validate().is_err());
    }
}
