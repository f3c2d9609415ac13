//! Classic pcap files (LINKTYPE_ETHERNET): a writer stamping frames from engine cycles,
//! a zero-copy reader over the file's bytes, and one-line frame summaries.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::Path;

use openrnic_contract::wire::{opcode, RoceFrame};

const MAGIC_MICRO: u32 = 0xA1B2_C3D4;
const MAGIC_NANO: u32 = 0xA1B2_3C4D;
pub const LINKTYPE_ETHERNET: u32 = 1;
/// Large enough for any jumbo frame; what tcpdump uses.
pub const SNAPLEN: u32 = 262_144;

/// Timestamp resolution of a pcap file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TsResolution {
    Micro,
    Nano,
}

/// Writes a classic pcap file; buffered, flushed on drop.
pub struct PcapWriter {
    out: Box<dyn Write + Send>,
    res: TsResolution,
    clock_hz: u64,
    frames: u64,
}

impl std::fmt::Debug for PcapWriter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PcapWriter").field("res", &self.res).field("clock_hz", &self.clock_hz).field("frames", &self.frames).finish()
    }
}

impl PcapWriter {
    /// Create (truncate) `path` and write the file header.
    pub fn create(path: impl AsRef<Path>, res: TsResolution, clock_hz: u64) -> io::Result<PcapWriter> {
        PcapWriter::new(BufWriter::new(File::create(path)?), res, clock_hz)
    }

    /// Write the file header to `out`. Cycles are converted to time at `clock_hz`.
    pub fn new(out: impl Write + Send + 'static, res: TsResolution, clock_hz: u64) -> io::Result<PcapWriter> {
        let mut w = PcapWriter { out: Box::new(out), res, clock_hz: clock_hz.max(1), frames: 0 };
        let magic = if res == TsResolution::Nano { MAGIC_NANO } else { MAGIC_MICRO };
        let mut h = Vec::with_capacity(24);
        h.extend_from_slice(&magic.to_le_bytes());
        h.extend_from_slice(&2u16.to_le_bytes());
        h.extend_from_slice(&4u16.to_le_bytes());
        h.extend_from_slice(&0i32.to_le_bytes()); // thiszone
        h.extend_from_slice(&0u32.to_le_bytes()); // sigfigs
        h.extend_from_slice(&SNAPLEN.to_le_bytes());
        h.extend_from_slice(&LINKTYPE_ETHERNET.to_le_bytes());
        w.out.write_all(&h)?;
        Ok(w)
    }

    /// Nanoseconds since time zero of engine cycle `cycle`.
    pub fn cycle_to_ns(&self, cycle: u64) -> u64 {
        (cycle as u128 * 1_000_000_000 / self.clock_hz as u128).min(u64::MAX as u128) as u64
    }

    /// Record `frame`, seen at engine cycle `cycle`.
    pub fn write_frame(&mut self, cycle: u64, frame: &[u8]) -> io::Result<()> {
        self.write_frame_ns(self.cycle_to_ns(cycle), frame)
    }

    /// Record `frame` at `ns` nanoseconds since time zero.
    pub fn write_frame_ns(&mut self, ns: u64, frame: &[u8]) -> io::Result<()> {
        let sec = (ns / 1_000_000_000) as u32;
        let frac = match self.res {
            TsResolution::Micro => (ns % 1_000_000_000 / 1000) as u32,
            TsResolution::Nano => (ns % 1_000_000_000) as u32,
        };
        let cap = frame.len().min(SNAPLEN as usize);
        let mut h = [0u8; 16];
        h[0..4].copy_from_slice(&sec.to_le_bytes());
        h[4..8].copy_from_slice(&frac.to_le_bytes());
        h[8..12].copy_from_slice(&(cap as u32).to_le_bytes());
        h[12..16].copy_from_slice(&(frame.len() as u32).to_le_bytes());
        self.out.write_all(&h)?;
        self.out.write_all(&frame[..cap])?;
        self.frames += 1;
        Ok(())
    }

    /// Frames written so far.
    pub fn frames(&self) -> u64 {
        self.frames
    }

    pub fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

impl Drop for PcapWriter {
    fn drop(&mut self) {
        let _ = self.out.flush();
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PcapError {
    #[error("not a classic pcap file (magic {0:#010x})")]
    BadMagic(u32),
    #[error("pcap file truncated at byte {0}")]
    Truncated(usize),
}

/// One captured frame, borrowed from the file's bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PcapRecord<'a> {
    /// Timestamp in nanoseconds (whatever the file's resolution).
    pub ts_ns: u64,
    /// Length of the frame on the wire (may exceed `data.len()` if snapped).
    pub orig_len: u32,
    pub data: &'a [u8],
}

/// Iterates the records of a classic pcap file held in memory (either byte order,
/// micro- or nanosecond). Stops after the first error.
#[derive(Debug, Clone)]
pub struct PcapReader<'a> {
    data: &'a [u8],
    pos: usize,
    big_endian: bool,
    nanos: bool,
    linktype: u32,
    snaplen: u32,
}

impl<'a> PcapReader<'a> {
    /// Parse the file header of `data` (e.g. from `std::fs::read`).
    pub fn new(data: &'a [u8]) -> Result<PcapReader<'a>, PcapError> {
        if data.len() < 24 {
            return Err(PcapError::Truncated(data.len()));
        }
        let le = u32::from_le_bytes(data[0..4].try_into().unwrap());
        let (big_endian, nanos) = match le {
            MAGIC_MICRO => (false, false),
            MAGIC_NANO => (false, true),
            m if m.swap_bytes() == MAGIC_MICRO => (true, false),
            m if m.swap_bytes() == MAGIC_NANO => (true, true),
            m => return Err(PcapError::BadMagic(m)),
        };
        let mut r = PcapReader { data, pos: 24, big_endian, nanos, linktype: 0, snaplen: 0 };
        r.snaplen = r.u32_at(16);
        r.linktype = r.u32_at(20);
        Ok(r)
    }

    fn u32_at(&self, o: usize) -> u32 {
        let b: [u8; 4] = self.data[o..o + 4].try_into().unwrap();
        if self.big_endian {
            u32::from_be_bytes(b)
        } else {
            u32::from_le_bytes(b)
        }
    }

    pub fn linktype(&self) -> u32 {
        self.linktype
    }

    pub fn snaplen(&self) -> u32 {
        self.snaplen
    }

    pub fn resolution(&self) -> TsResolution {
        if self.nanos {
            TsResolution::Nano
        } else {
            TsResolution::Micro
        }
    }
}

impl<'a> Iterator for PcapReader<'a> {
    type Item = Result<PcapRecord<'a>, PcapError>;

    fn next(&mut self) -> Option<Self::Item> {
        let p = self.pos;
        if p == self.data.len() {
            return None;
        }
        self.pos = self.data.len(); // assume failure: stop after an error
        if self.data.len() - p < 16 {
            return Some(Err(PcapError::Truncated(p)));
        }
        let (sec, frac, cap, orig) = (self.u32_at(p), self.u32_at(p + 4), self.u32_at(p + 8) as usize, self.u32_at(p + 12));
        let body = p + 16;
        if self.data.len() - body < cap {
            return Some(Err(PcapError::Truncated(p)));
        }
        self.pos = body + cap;
        let ts_ns = sec as u64 * 1_000_000_000 + if self.nanos { frac as u64 } else { frac as u64 * 1000 };
        Some(Ok(PcapRecord { ts_ns, orig_len: orig, data: &self.data[body..body + cap] }))
    }
}

/// One-line summary of an Ethernet frame for logs: RoCEv2 decoded by the contract's
/// reference parser (so a bad ICRC shows up here), ARP, ICMP echo, else the EtherType.
pub fn describe(f: &[u8]) -> String {
    if f.len() < 14 {
        return format!("runt {} B", f.len());
    }
    let et = u16::from_be_bytes([f[12], f[13]]);
    if super::arp::is_roce(f) {
        return match RoceFrame::parse(f) {
            Ok(r) => format!(
                "RoCE {} > {} {} qp {:#x} psn {} {} B",
                ip(&r.src_ip),
                ip(&r.dst_ip),
                opcode::name(r.opcode),
                r.dest_qpn,
                r.psn,
                f.len()
            ),
            Err(e) => format!("RoCE (bad: {e}) {} B", f.len()),
        };
    }
    if let Some(a) = super::arp::ArpPacket::parse(f) {
        return match a.oper {
            1 => format!("ARP who-has {} tell {}", ip(&a.tpa), ip(&a.spa)),
            2 => format!("ARP {} is-at {}", ip(&a.spa), mac(&a.sha)),
            n => format!("ARP op {n}"),
        };
    }
    if et == 0x0800 && f.len() >= 34 {
        let proto = f[23];
        let ihl = (f[14] & 15) as usize * 4;
        let (s, d) = (ip(&f[26..30]), ip(&f[30..34]));
        return match (proto, f.get(14 + ihl)) {
            (1, Some(8)) => format!("ICMP echo request {s} > {d}"),
            (1, Some(0)) => format!("ICMP echo reply {s} > {d}"),
            (p, _) => format!("IPv4 {s} > {d} proto {p} {} B", f.len()),
        };
    }
    format!("ethertype {et:#06x} {} B", f.len())
}

fn ip(b: &[u8]) -> std::net::Ipv4Addr {
    std::net::Ipv4Addr::new(b[0], b[1], b[2], b[3])
}

fn mac(m: &[u8; 6]) -> String {
    m.iter().map(|b| format!("{b:02x}")).collect::<Vec<_>>().join(":")
}
