//! Host memory as the card's DMA engine sees it: through an IOMMU-like table that maps
//! IOVA ranges onto memory the driver owns, plus a timing model for DMA completions.
//!
//! # Translation rules
//! - A mapping is `[iova, iova + len)` onto `[host, host + len)`; mappings never overlap,
//!   are never empty and never wrap the 64-bit IOVA space (or the host address space).
//! - An access may span several mappings as long as they are IOVA-contiguous (each one
//!   ends where the next begins): the driver maps buffers page by page like a real
//!   IOMMU, and an 8 KiB DMA crossing a 4 KiB page boundary must still work. The host
//!   sides of adjacent mappings need not be contiguous.
//! - An access that touches any unmapped byte is refused as a whole before anything is
//!   copied: a refused write leaves host memory untouched, a refused read leaves the
//!   buffer untouched. [`DmaFault::iova`] is the first unmapped byte.
//!
//! # Concurrency and ordering
//! The driver reads and writes the same memory from its own threads while the card
//! runs, exactly as with a real device. Host memory is therefore only touched through
//! volatile accesses (never turned into a Rust reference), and:
//! - every [`Iommu::write`] begins with `fence(Release)`, so a later write (a CQE, an
//!   owner bit) never becomes visible before an earlier one (the payload): PCIe posted
//!   writes are ordered the same way;
//! - every [`Iommu::read`] ends with `fence(Acquire)`, so what the engine does after a
//!   read (e.g. reading the rest of a WQE it saw valid) is not hoisted above it.
//!
//! The driver pairs these with an Acquire fence after it observes a CQE and a Release
//! fence before it rings a doorbell. Rust's memory model has no notion of DMA; this is
//! the same bargain userspace drivers (DPDK, SPDK) make, and on x86-64 these fences cost
//! nothing but compiler barriers.
//!
//! Translation holds a read lock for the whole copy, so [`Iommu::unmap`] (a write lock)
//! waits for in-flight DMA: once `unmap` returns the card never touches that memory again.

use std::collections::BTreeMap;
use std::fmt;
use std::sync::atomic::{fence, Ordering};
use std::sync::RwLock;

/// Why a map or unmap request was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum MapError {
    #[error("zero-length mapping at IOVA {iova:#x}")]
    ZeroLength { iova: u64 },
    #[error("IOVA range {iova:#x} (+{len:#x}) wraps the 64-bit address space")]
    IovaWrap { iova: u64, len: usize },
    #[error("host range {host:#x} (+{len:#x}) is null or wraps the address space")]
    BadHost { host: usize, len: usize },
    #[error("IOVA range {iova:#x} (+{len:#x}) overlaps the mapping at {existing:#x} (+{existing_len:#x})")]
    Overlap { iova: u64, len: usize, existing: u64, existing_len: usize },
    #[error("nothing is mapped in IOVA range {iova:#x} (+{len:#x})")]
    NotMapped { iova: u64, len: usize },
    #[error("unmap of {iova:#x} (+{len:#x}) would split the mapping at {existing:#x} (+{existing_len:#x})")]
    PartialUnmap { iova: u64, len: usize, existing: u64, existing_len: usize },
}

/// Direction of a refused DMA, from the card's point of view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DmaDir {
    /// Card reads host memory.
    Read,
    /// Card writes host memory.
    Write,
}

impl fmt::Display for DmaDir {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            DmaDir::Read => "read",
            DmaDir::Write => "write",
        })
    }
}

/// A DMA touched unmapped IOVA space; nothing was transferred.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("DMA {dir} of {access_iova:#x} (+{access_len:#x}) faulted: IOVA {iova:#x} is not mapped")]
pub struct DmaFault {
    pub dir: DmaDir,
    /// First unmapped byte of the access.
    pub iova: u64,
    /// The whole access as requested.
    pub access_iova: u64,
    pub access_len: usize,
}

/// Host pointer of a mapping. Only dereferenced through volatile copies, under the
/// contract of [`Iommu::map`].
#[derive(Clone, Copy)]
struct HostPtr(*mut u8);
// SAFETY: the pointer is memory the driver promised (in `map`) stays valid until unmap;
// it is only accessed with volatile copies, which are fine from any thread.
unsafe impl Send for HostPtr {}
unsafe impl Sync for HostPtr {}

#[derive(Clone, Copy)]
struct Mapping {
    len: usize,
    host: HostPtr,
}

/// IOVA -> host memory translation, shared by the card (DMA) and the driver (map/unmap).
#[derive(Default)]
pub struct Iommu {
    /// Keyed by first IOVA.
    maps: RwLock<BTreeMap<u64, Mapping>>,
}

impl fmt::Debug for Iommu {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Iommu").field("mappings", &self.mappings()).finish()
    }
}

/// One piece of an access after translation: host pointer and length.
type Segment = (*mut u8, usize);

impl Iommu {
    pub fn new() -> Self {
        Self::default()
    }

    /// Make `len` bytes at `host` visible to the card at `iova`.
    ///
    /// # Safety
    /// `host..host+len` must be valid, writable memory that stays allocated (and is not
    /// moved) until [`Iommu::unmap`] of this range returns. The card may read and write
    /// it at any time in between, from another thread.
    pub unsafe fn map(&self, iova: u64, host: *mut u8, len: usize) -> Result<(), MapError> {
        if len == 0 {
            return Err(MapError::ZeroLength { iova });
        }
        let end = iova.checked_add(len as u64).ok_or(MapError::IovaWrap { iova, len })?;
        if host.is_null() || (host as usize).checked_add(len).is_none() {
            return Err(MapError::BadHost { host: host as usize, len });
        }
        let mut maps = self.maps.write().unwrap_or_else(|e| e.into_inner());
        // The only candidates for overlap: the last mapping starting before `end`.
        if let Some((&start, m)) = maps.range(..end).next_back() {
            if start + m.len as u64 > iova {
                return Err(MapError::Overlap { iova, len, existing: start, existing_len: m.len });
            }
        }
        maps.insert(iova, Mapping { len, host: HostPtr(host) });
        Ok(())
    }

    /// Remove every mapping inside `[iova, iova + len)`. Refused (and nothing removed)
    /// if a mapping straddles either end of the range, or if the range holds none.
    /// Waits for DMA in flight through the table, so the memory may be freed on return.
    pub fn unmap(&self, iova: u64, len: usize) -> Result<(), MapError> {
        if len == 0 {
            return Err(MapError::ZeroLength { iova });
        }
        let end = iova.checked_add(len as u64).ok_or(MapError::IovaWrap { iova, len })?;
        let mut maps = self.maps.write().unwrap_or_else(|e| e.into_inner());
        let straddles = |start: u64, m: &Mapping| {
            let m_end = start + m.len as u64;
            (start < iova && m_end > iova) || (start < end && m_end > end)
        };
        if let Some((&start, m)) = maps.range(..iova).next_back() {
            if straddles(start, m) {
                return Err(MapError::PartialUnmap { iova, len, existing: start, existing_len: m.len });
            }
        }
        let inside: Vec<u64> = maps.range(iova..end).map(|(&s, _)| s).collect();
        if let Some(&last) = inside.last() {
            let m = &maps[&last];
            if straddles(last, m) {
                return Err(MapError::PartialUnmap { iova, len, existing: last, existing_len: m.len });
            }
        } else {
            return Err(MapError::NotMapped { iova, len });
        }
        for s in inside {
            maps.remove(&s);
        }
        Ok(())
    }

    /// All mappings as (IOVA, length), in IOVA order.
    pub fn mappings(&self) -> Vec<(u64, usize)> {
        let maps = self.maps.read().unwrap_or_else(|e| e.into_inner());
        maps.iter().map(|(&s, m)| (s, m.len)).collect()
    }

    /// True if every byte of `[iova, iova + len)` is mapped.
    pub fn is_mapped(&self, iova: u64, len: usize) -> bool {
        let maps = self.maps.read().unwrap_or_else(|e| e.into_inner());
        translate(&maps, iova, len, DmaDir::Read).is_ok()
    }

    /// DMA read: copy host memory at `iova` into `buf`. All or nothing.
    pub fn read(&self, iova: u64, buf: &mut [u8]) -> Result<(), DmaFault> {
        let maps = self.maps.read().unwrap_or_else(|e| e.into_inner());
        let segs = translate(&maps, iova, buf.len(), DmaDir::Read)?;
        let mut at = 0;
        for (host, n) in segs {
            // SAFETY: `map`'s contract keeps host..host+n valid while the read lock is held.
            unsafe { volatile_load(host, &mut buf[at..at + n]) };
            at += n;
        }
        fence(Ordering::Acquire);
        Ok(())
    }

    /// DMA write: copy `data` to host memory at `iova`. All or nothing.
    pub fn write(&self, iova: u64, data: &[u8]) -> Result<(), DmaFault> {
        let maps = self.maps.read().unwrap_or_else(|e| e.into_inner());
        let segs = translate(&maps, iova, data.len(), DmaDir::Write)?;
        fence(Ordering::Release);
        let mut at = 0;
        for (host, n) in segs {
            // SAFETY: as in `read`.
            unsafe { volatile_store(&data[at..at + n], host) };
            at += n;
        }
        Ok(())
    }
}

/// Split `[iova, iova + len)` into host segments, or name the first unmapped byte.
fn translate(maps: &BTreeMap<u64, Mapping>, iova: u64, len: usize, dir: DmaDir) -> Result<Vec<Segment>, DmaFault> {
    let fault = |at: u64| DmaFault { dir, iova: at, access_iova: iova, access_len: len };
    let mut segs = Vec::new();
    let mut at = iova;
    let mut left = len as u64;
    // An access that would wrap can never be fully mapped (mappings do not wrap); the
    // loop below reports the first byte past the last mapping as the fault.
    while left > 0 {
        let (&start, m) = maps.range(..=at).next_back().ok_or(fault(at))?;
        let m_end = start + m.len as u64;
        if m_end <= at {
            return Err(fault(at));
        }
        let off = (at - start) as usize;
        let n = left.min(m_end - at);
        // SAFETY: off < m.len, within the mapped host allocation.
        segs.push((unsafe { m.host.0.add(off) }, n as usize));
        left -= n;
        at = match at.checked_add(n) {
            Some(a) => a,
            None if left == 0 => break,
            None => return Err(fault(u64::MAX)),
        };
    }
    Ok(segs)
}

/// Volatile copy host -> buffer, 8 bytes at a time where the host side is aligned.
///
/// # Safety
/// `src..src+dst.len()` must be valid for reads.
unsafe fn volatile_load(src: *const u8, dst: &mut [u8]) {
    let n = dst.len();
    let head = src.align_offset(8).min(n);
    for (i, d) in dst[..head].iter_mut().enumerate() {
        *d = src.add(i).read_volatile();
    }
    let words = (n - head) / 8;
    for w in 0..words {
        let v = (src.add(head + w * 8) as *const u64).read_volatile();
        dst[head + w * 8..head + w * 8 + 8].copy_from_slice(&v.to_ne_bytes());
    }
    for (i, d) in dst.iter_mut().enumerate().skip(head + words * 8) {
        *d = src.add(i).read_volatile();
    }
}

/// Volatile copy buffer -> host, 8 bytes at a time where the host side is aligned.
///
/// # Safety
/// `dst..dst+src.len()` must be valid for writes.
unsafe fn volatile_store(src: &[u8], dst: *mut u8) {
    let n = src.len();
    let head = dst.align_offset(8).min(n);
    for (i, s) in src[..head].iter().enumerate() {
        dst.add(i).write_volatile(*s);
    }
    let words = (n - head) / 8;
    for w in 0..words {
        let v = u64::from_ne_bytes(src[head + w * 8..head + w * 8 + 8].try_into().unwrap());
        (dst.add(head + w * 8) as *mut u64).write_volatile(v);
    }
    for (i, s) in src.iter().enumerate().skip(head + words * 8) {
        dst.add(i).write_volatile(*s);
    }
}

/// Engine clock: 156.25 MHz, the 10GBASE-R 64-bit datapath clock.
pub const ENGINE_CLOCK_HZ: u64 = 156_250_000;

/// How long a DMA takes: a fixed round-trip latency plus transfer at link bandwidth.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DmaTiming {
    /// Request to first data (or write to completion), PCIe round trip plus IOMMU.
    pub latency_ns: f64,
    /// Sustained bandwidth; PCIe Gen3 x8 is 8 GT/s x 8 lanes x 128/130 = 7.88 GB/s.
    pub bytes_per_ns: f64,
}

impl Default for DmaTiming {
    fn default() -> Self {
        DmaTiming { latency_ns: 500.0, bytes_per_ns: 7.877 }
    }
}

impl DmaTiming {
    /// Nanoseconds from issue to completion of an `bytes`-byte transfer.
    pub fn duration_ns(&self, bytes: usize) -> f64 {
        self.latency_ns.max(0.0) + bytes as f64 / self.bytes_per_ns.max(f64::MIN_POSITIVE)
    }

    /// Cycles of a `clock_hz` clock from issue to completion, rounded up, at least 1
    /// (the response can never arrive in the cycle the request was issued).
    pub fn completion_cycles(&self, bytes: usize, clock_hz: u64) -> u64 {
        let c = (self.duration_ns(bytes) * clock_hz as f64 / 1e9).ceil();
        if c.is_finite() {
            (c as u64).max(1)
        } else {
            u64::MAX
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mapped(iommu: &Iommu, iova: u64, mem: &mut [u8]) {
        unsafe { iommu.map(iova, mem.as_mut_ptr(), mem.len()) }.unwrap();
    }

    #[test]
    fn round_trip() {
        let mut mem = vec![0u8; 4096];
        let io = Iommu::new();
        mapped(&io, 0x10_0000, &mut mem);
        let data: Vec<u8> = (0..1000).map(|i| i as u8).collect();
        // Odd offset exercises the unaligned head and tail of the volatile copy.
        io.write(0x10_0003, &data).unwrap();
        let mut back = vec![0u8; 1000];
        io.read(0x10_0003, &mut back).unwrap();
        assert_eq!(back, data);
        assert_eq!(&mem[3..1003], &data[..]);
        assert_eq!(mem[2], 0);
        assert_eq!(mem[1003], 0);
    }

    #[test]
    fn spans_adjacent_mappings() {
        // Two separate host pages mapped IOVA-contiguously.
        let mut a = vec![0u8; 4096];
        let mut b = vec![0u8; 4096];
        let io = Iommu::new();
        mapped(&io, 0x1000, &mut a);
        mapped(&io, 0x2000, &mut b);
        let data = vec![0xAB; 200];
        io.write(0x1000 + 4000, &data).unwrap();
        assert!(a[4000..].iter().all(|&x| x == 0xAB));
        assert!(b[..104].iter().all(|&x| x == 0xAB));
        assert_eq!(b[104], 0);
        let mut back = vec![0; 200];
        io.read(0x1000 + 4000, &mut back).unwrap();
        assert_eq!(back, data);
    }

    #[test]
    fn unmapped_and_partial_refused_nothing_written() {
        let mut mem = vec![0u8; 4096];
        let io = Iommu::new();
        mapped(&io, 0x1000, &mut mem);
        // Wholly unmapped.
        let e = io.write(0x9000, &[1; 16]).unwrap_err();
        assert_eq!((e.iova, e.dir), (0x9000, DmaDir::Write));
        // Runs off the end: fault names the first unmapped byte, memory untouched.
        let e = io.write(0x1000 + 4090, &[7; 16]).unwrap_err();
        assert_eq!(e.iova, 0x2000);
        assert_eq!(e.access_iova, 0x1000 + 4090);
        assert!(mem.iter().all(|&x| x == 0));
        // Starts before the mapping.
        let e = io.write(0xFF8, &[7; 16]).unwrap_err();
        assert_eq!(e.iova, 0xFF8);
        assert!(mem.iter().all(|&x| x == 0));
        // A read that faults leaves the buffer alone.
        let mut buf = [0x55u8; 16];
        let e = io.read(0x1000 + 4090, &mut buf).unwrap_err();
        assert_eq!((e.iova, e.dir), (0x2000, DmaDir::Read));
        assert_eq!(buf, [0x55; 16]);
        // A hole between two mappings.
        let mut other = vec![0u8; 4096];
        mapped(&io, 0x3000, &mut other);
        assert_eq!(io.write(0x1FF0, &[1; 0x20]).unwrap_err().iova, 0x2000);
        assert!(mem.iter().chain(other.iter()).all(|&x| x == 0));
        // Wrapping access.
        assert!(io.read(u64::MAX - 3, &mut buf).is_err());
    }

    #[test]
    fn bad_maps_refused() {
        let mut mem = vec![0u8; 8192];
        let p = mem.as_mut_ptr();
        let io = Iommu::new();
        unsafe {
            io.map(0x1000, p, 4096).unwrap();
            assert!(matches!(io.map(0x1800, p, 4096), Err(MapError::Overlap { existing: 0x1000, .. })));
            assert!(matches!(io.map(0x0800, p, 4096), Err(MapError::Overlap { .. })));
            assert!(matches!(io.map(0x1000, p, 1), Err(MapError::Overlap { .. })));
            assert!(matches!(io.map(0x0000, p, 0x1001), Err(MapError::Overlap { .. })));
            assert!(matches!(io.map(0x4000, p, 0), Err(MapError::ZeroLength { .. })));
            assert!(matches!(io.map(u64::MAX - 10, p, 4096), Err(MapError::IovaWrap { .. })));
            assert!(matches!(io.map(0x4000, std::ptr::null_mut(), 16), Err(MapError::BadHost { .. })));
            // Touching but not overlapping is fine.
            io.map(0x0000, p.add(4096), 0x1000).unwrap();
            io.map(0x2000, p.add(4096), 0x1000).unwrap();
        }
        assert_eq!(io.mappings(), vec![(0, 0x1000), (0x1000, 0x1000), (0x2000, 0x1000)]);
    }

    #[test]
    fn unmap_then_access_refused() {
        let mut a = vec![0u8; 4096];
        let mut b = vec![0u8; 4096];
        let io = Iommu::new();
        mapped(&io, 0x1000, &mut a);
        mapped(&io, 0x2000, &mut b);
        assert!(matches!(io.unmap(0x1800, 0x1000), Err(MapError::PartialUnmap { .. })));
        assert!(matches!(io.unmap(0x5000, 0x1000), Err(MapError::NotMapped { .. })));
        io.unmap(0x1000, 0x1000).unwrap();
        assert_eq!(io.read(0x1000, &mut [0; 4]).unwrap_err().iova, 0x1000);
        assert!(io.is_mapped(0x2000, 4096));
        io.write(0x2000, &[1; 4]).unwrap();
        // One unmap may cover several mappings.
        mapped(&io, 0x1000, &mut a);
        io.unmap(0x0, 0x10000).unwrap();
        assert!(io.mappings().is_empty());
        assert!(io.write(0x2000, &[1; 4]).is_err());
        assert_eq!(b[..4], [1; 4]);
        assert_eq!(b[4], 0);
    }

    #[test]
    fn concurrent_dma_and_driver() {
        // The card writes while another thread (the driver) polls the same memory.
        let mut mem = vec![0u64; 512];
        let io = std::sync::Arc::new(Iommu::new());
        unsafe { io.map(0, mem.as_mut_ptr() as *mut u8, 4096) }.unwrap();
        let host = mem.as_ptr() as usize;
        let poller = std::thread::spawn(move || {
            // Last word is the "owner bit": once seen, the payload must be complete.
            let p = host as *const u64;
            loop {
                if unsafe { p.add(511).read_volatile() } == 1 {
                    fence(Ordering::Acquire);
                    return (0..511).all(|i| unsafe { p.add(i).read_volatile() } == i as u64 + 100);
                }
                std::hint::spin_loop();
            }
        });
        let payload: Vec<u8> = (0..511u64).flat_map(|i| (i + 100).to_ne_bytes()).collect();
        io.write(0, &payload).unwrap();
        io.write(511 * 8, &1u64.to_ne_bytes()).unwrap();
        assert!(poller.join().unwrap());
        io.unmap(0, 4096).unwrap();
        drop(mem);
    }

    #[test]
    fn iommu_is_send_sync() {
        fn check<T: Send + Sync>() {}
        check::<Iommu>();
    }

    #[test]
    fn dma_timing() {
        let t = DmaTiming::default();
        // 500 ns at 156.25 MHz = 78.125 cycles -> 79.
        assert_eq!(t.completion_cycles(0, ENGINE_CLOCK_HZ), 79);
        // 4096 B: 500 + 520.0 ns = 1020 ns -> 159.4 -> 160 cycles.
        assert_eq!(t.completion_cycles(4096, ENGINE_CLOCK_HZ), 160);
        let fast = DmaTiming { latency_ns: 0.0, bytes_per_ns: 8.0 };
        assert_eq!(fast.completion_cycles(0, 1_000_000_000), 1);
        assert_eq!(fast.completion_cycles(8000, 1_000_000_000), 1000);
        // Nonsense settings do not panic.
        let bad = DmaTiming { latency_ns: f64::NAN, bytes_per_ns: 0.0 };
        let _ = bad.completion_cycles(100, ENGINE_CLOCK_HZ);
    }
}
