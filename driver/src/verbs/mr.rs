//! Memory regions: DMA memory plus an MR table row. The key's low bits are the row
//! index (the engine looks rows up by them); the bits above are a per-row generation,
//! so a key that outlived its region does not silently name the next one.

use super::device::{DeviceInner, PdInner};
use super::error::{Error, Result};
use super::lock;
use super::memory::{DmaBuf, UserPages};
use super::qp::Sge;
use openrnic_contract::regs;
use std::mem::ManuallyDrop;
use std::sync::atomic::Ordering;
use std::sync::Arc;

/// The driver's copy of a committed row, for checking SGEs before they are posted.
#[derive(Debug, Clone, Copy)]
pub(crate) struct MrInfo {
    pub(crate) key: u32,
    pub(crate) va: u64,
    pub(crate) len: u64,
    pub(crate) pdn: u32,
    pub(crate) access: u32,
}

pub(crate) struct MrTable {
    rows: Vec<Option<MrInfo>>,
    reserved: Vec<bool>,
    generation: Vec<u32>,
    index_bits: u32,
}

impl MrTable {
    pub(crate) fn new(rows: u32, index_bits: u32) -> MrTable {
        let n = rows as usize;
        MrTable { rows: vec![None; n], reserved: vec![false; n], generation: vec![0; n], index_bits }
    }
    /// Reserve a row and mint its next key.
    fn reserve(&mut self) -> Option<(u32, u32)> {
        let i = self.reserved.iter().position(|r| !r)?;
        self.reserved[i] = true;
        let gen_mask = u32::MAX >> self.index_bits;
        // Generation 0 is skipped so a key never equals its bare index.
        let g = match self.generation[i].wrapping_add(1) & gen_mask {
            0 => 1,
            g => g,
        };
        self.generation[i] = g;
        Some((i as u32, (g << self.index_bits) | i as u32))
    }
    fn release(&mut self, index: u32) {
        self.rows[index as usize] = None;
        self.reserved[index as usize] = false;
    }
    /// The committed region `key` names, if the key is current.
    pub(crate) fn lookup(&self, key: u32) -> Option<MrInfo> {
        let i = (key & ((1 << self.index_bits) - 1)) as usize;
        self.rows.get(i).copied().flatten().filter(|m| m.key == key)
    }
}

impl MrInfo {
    /// Check that `sge` lies inside this region, which must be of PD `pdn` and grant `need`.
    fn check(&self, sge: &Sge, pdn: u32, need: Option<(u32, &'static str, &'static str)>) -> Result<()> {
        let len = sge.len as u64;
        let inside = sge.addr >= self.va && sge.addr.checked_add(len).is_some_and(|end| end <= self.va + self.len);
        if !inside {
            return Err(Error::NotRegistered { addr: sge.addr, len, lkey: sge.lkey, mr_addr: self.va, mr_len: self.len });
        }
        if self.pdn != pdn {
            return Err(Error::PdMismatch { lkey: sge.lkey, mr_pd: self.pdn, qp_pd: pdn });
        }
        if let Some((bit, right, op)) = need {
            if self.access & bit == 0 {
                return Err(Error::AccessDenied { lkey: sge.lkey, right, op });
            }
        }
        Ok(())
    }
}

/// A QP's memory of the last region it checked an SGE against, so posting does not
/// take the table lock. Valid while no region has been deregistered since
/// (`DeviceInner::mr_epoch`); registering new regions does not disturb it.
#[derive(Default)]
pub(crate) struct MrCache(Option<(u64, MrInfo)>);

impl MrCache {
    pub(crate) fn check(&mut self, dev: &DeviceInner, sge: &Sge, pdn: u32, need: Option<(u32, &'static str, &'static str)>) -> Result<()> {
        // Read the epoch before the table: a deregistration in between leaves the cache stale, not wrong.
        let epoch = dev.mr_epoch.load(Ordering::Acquire);
        let mr = match self.0 {
            Some((e, mr)) if e == epoch && mr.key == sge.lkey => mr,
            _ => {
                let mr = lock(&dev.mrs).lookup(sge.lkey).ok_or(Error::KeyMismatch { lkey: sge.lkey })?;
                self.0 = Some((epoch, mr));
                mr
            }
        };
        mr.check(sge, pdn, need)
    }
}

/// The memory behind a region: allocated by the driver, or the caller's own.
enum Backing {
    Owned(DmaBuf),
    User(UserPages),
}

impl Backing {
    fn ptr(&self) -> *mut u8 {
        match self {
            Backing::Owned(b) => b.as_ptr(),
            Backing::User(u) => u.as_ptr(),
        }
    }
    fn iova(&self) -> u64 {
        match self {
            Backing::Owned(b) => b.iova(),
            Backing::User(u) => u.iova(),
        }
    }
}

/// Registered DMA memory. Peers address it by [`MemoryRegion::addr`] (its host
/// virtual address, or the address given at registration) and
/// [`MemoryRegion::rkey`]; local work requests by the same address and
/// [`MemoryRegion::lkey`]. Deregistered on drop.
pub struct MemoryRegion {
    pd: Arc<PdInner>,
    /// Dropped by hand: only once the row is known to be invalid.
    buf: ManuallyDrop<Backing>,
    /// The address work requests and peers name the first byte by.
    va: u64,
    index: u32,
    key: u32,
    len: usize,
    access: u32,
}

impl MemoryRegion {
    fn check_access(access: u32, len: usize) -> Result<()> {
        let all = regs::access::LOCAL_WRITE | regs::access::REMOTE_WRITE | regs::access::REMOTE_READ;
        if access & !all != 0 {
            return Err(Error::InvalidArg { what: "MR access", why: format!("unknown bits {:#x}", access & !all) });
        }
        // As in libibverbs: remote write without local write is refused.
        if access & regs::access::REMOTE_WRITE != 0 && access & regs::access::LOCAL_WRITE == 0 {
            return Err(Error::InvalidArg { what: "MR access", why: "REMOTE_WRITE requires LOCAL_WRITE".into() });
        }
        if len == 0 || len as u64 > u32::MAX as u64 {
            return Err(Error::InvalidArg { what: "MR length", why: format!("{len} not in 1..=2^32-1 (MR_LEN is 32 bits)") });
        }
        Ok(())
    }

    pub(crate) fn new(pd: Arc<PdInner>, len: usize, access: u32) -> Result<MemoryRegion> {
        Self::check_access(access, len)?;
        let dev = pd.dev.clone();
        Self::commit(pd, len, access, None, || Ok(Backing::Owned(DmaBuf::new(&dev.backend, &dev.iovas, len)?)))
    }

    /// Register the caller's memory `host..host+len`, named by work requests and
    /// peers at `va` (ibv_reg_mr_iova; ibv_reg_mr passes `va = host`).
    ///
    /// # Safety
    /// The memory must stay allocated until the region is dropped; the device may
    /// read and write it (and the rest of its pages) meanwhile.
    pub(crate) unsafe fn register(pd: Arc<PdInner>, host: *mut u8, len: usize, va: u64, access: u32) -> Result<MemoryRegion> {
        Self::check_access(access, len)?;
        if va.checked_add(len as u64).is_none() {
            return Err(Error::InvalidArg { what: "MR address", why: format!("{va:#x}+{len:#x} wraps") });
        }
        let dev = pd.dev.clone();
        // SAFETY: forwarded from the caller.
        Self::commit(pd, len, access, Some(va), || Ok(Backing::User(unsafe { UserPages::map(&dev.backend, &dev.iovas, host, len)? })))
    }

    /// Reserve a row, make the memory reachable, and commit the row (`va`: the
    /// address the region is named by; None: its host address).
    fn commit(pd: Arc<PdInner>, len: usize, access: u32, va: Option<u64>, backing: impl FnOnce() -> Result<Backing>) -> Result<MemoryRegion> {
        let dev = pd.dev.clone();
        let (index, key) = lock(&dev.mrs).reserve().ok_or(Error::Exhausted { what: "memory regions", max: dev.attr.max_mr })?;
        let setup = || -> Result<(Backing, u64)> {
            let buf = backing()?;
            let (va, iova) = (va.unwrap_or(buf.ptr() as u64), buf.iova());
            dev.command(
                "MR register",
                &[
                    (&regs::MR_SEL, index),
                    (&regs::MR_KEY, key),
                    (&regs::MR_VA_LO, va as u32),
                    (&regs::MR_VA_HI, (va >> 32) as u32),
                    (&regs::MR_LEN, len as u32),
                    (&regs::MR_IOVA_LO, iova as u32),
                    (&regs::MR_IOVA_HI, (iova >> 32) as u32),
                    (&regs::MR_PD, pd.pdn),
                    (&regs::MR_ACCESS, access),
                ],
                &regs::MR_CMD,
                regs::cmd::COMMIT,
            )?;
            Ok((buf, va))
        };
        let (buf, va) = match setup() {
            Ok(b) => b,
            Err(e) => {
                // The row may have been half-written: invalidate before reuse.
                let _ = dev.command("MR deregister", &[(&regs::MR_SEL, index)], &regs::MR_CMD, regs::cmd::INVALIDATE);
                lock(&dev.mrs).release(index);
                return Err(e);
            }
        };
        let info = MrInfo { key, va, len: len as u64, pdn: pd.pdn, access };
        lock(&dev.mrs).rows[index as usize] = Some(info);
        Ok(MemoryRegion { pd, buf: ManuallyDrop::new(buf), va, index, key, len, access })
    }

    /// Address of the first byte, as work requests and peers name it.
    pub fn addr(&self) -> u64 {
        self.va
    }
    pub fn lkey(&self) -> u32 {
        self.key
    }
    pub fn rkey(&self) -> u32 {
        self.key
    }
    pub fn len(&self) -> usize {
        self.len
    }
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
    pub fn access(&self) -> u32 {
        self.access
    }
    /// Where the device sees the first byte.
    pub fn iova(&self) -> u64 {
        self.buf.iova()
    }
    pub fn pdn(&self) -> u32 {
        self.pd.pdn
    }
    pub fn as_ptr(&self) -> *mut u8 {
        self.buf.ptr()
    }
    /// The region's bytes. The device may write them while a receive or a remote
    /// write targeting them is outstanding; read them after its completion.
    pub fn as_slice(&self) -> &[u8] {
        // SAFETY: the buffer holds at least len bytes and lives as long as self.
        unsafe { std::slice::from_raw_parts(self.buf.ptr(), self.len) }
    }
    pub fn as_mut_slice(&mut self) -> &mut [u8] {
        // SAFETY: as above; &mut self excludes other CPU-side references.
        unsafe { std::slice::from_raw_parts_mut(self.buf.ptr(), self.len) }
    }
    /// A gather/scatter entry for `len` bytes at `offset` into the region.
    pub fn sge(&self, offset: usize, len: u32) -> Result<Sge> {
        let end = offset.checked_add(len as usize);
        if end.is_none_or(|e| e > self.len) {
            return Err(Error::OutOfBounds { offset: offset as u64, len: len as u64, size: self.len as u64 });
        }
        Ok(Sge { addr: self.addr() + offset as u64, len, lkey: self.key })
    }
}

impl std::fmt::Debug for MemoryRegion {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MemoryRegion")
            .field("addr", &format_args!("{:#x}", self.addr()))
            .field("len", &self.len)
            .field("key", &format_args!("{:#x}", self.key))
            .field("pd", &self.pd.pdn)
            .finish()
    }
}

impl Drop for MemoryRegion {
    fn drop(&mut self) {
        let dev = &self.pd.dev;
        // Stop new posts from naming it, then the engine, then unmap.
        lock(&dev.mrs).rows[self.index as usize] = None;
        dev.mr_epoch.fetch_add(1, Ordering::AcqRel);
        let r = dev.command("MR deregister", &[(&regs::MR_SEL, self.index)], &regs::MR_CMD, regs::cmd::INVALIDATE);
        if r.is_ok() {
            lock(&dev.mrs).release(self.index);
            // SAFETY: dropped exactly once, here.
            unsafe { ManuallyDrop::drop(&mut self.buf) };
        }
        // Otherwise the row may still point at the IOVA: keep row and memory
        // reserved forever rather than let the IOVA name new memory.
    }
}
