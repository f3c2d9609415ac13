//! Host memory the device can reach: page-aligned anonymous mappings, each mapped at
//! its own IOVA, and the ring accessors with the fence discipline the engine needs
//! (producer: write the entry, `fence(Release)`, doorbell; consumer: volatile read of
//! the owner byte, `fence(Acquire)`, then the rest of the entry).

use super::error::{Error, Result};
use super::lock;
use crate::backend::Backend;
use openrnic_contract::{Entry, Field, FieldOverflow};
use std::collections::BTreeMap;
use std::ptr::NonNull;
use std::sync::atomic::{fence, Ordering};
use std::sync::{Arc, Mutex, OnceLock};

/// The host page size (VFIO maps whole pages).
pub fn page_size() -> usize {
    static PAGE: OnceLock<usize> = OnceLock::new();
    *PAGE.get_or_init(|| {
        // SAFETY: sysconf has no preconditions.
        let p = unsafe { libc::sysconf(libc::_SC_PAGESIZE) };
        if p > 0 { p as usize } else { 4096 }
    })
}

/// Page-granular IOVA space: first fit from a coalescing free list, else bump.
pub(crate) struct IovaAllocator {
    space: Mutex<Space>,
}

struct Space {
    next: u64,
    end: u64,
    /// Free ranges below `next`: start -> length.
    free: BTreeMap<u64, u64>,
}

impl IovaAllocator {
    pub(crate) fn new(base: u64, end: u64) -> IovaAllocator {
        IovaAllocator { space: Mutex::new(Space { next: base, end, free: BTreeMap::new() }) }
    }

    pub(crate) fn alloc(&self, len: u64) -> Option<u64> {
        let mut s = lock(&self.space);
        if let Some((&start, &flen)) = s.free.iter().find(|(_, &l)| l >= len) {
            s.free.remove(&start);
            if flen > len {
                s.free.insert(start + len, flen - len);
            }
            return Some(start);
        }
        let start = s.next;
        let end = start.checked_add(len).filter(|&e| e <= s.end)?;
        s.next = end;
        Some(start)
    }

    pub(crate) fn free(&self, iova: u64, len: u64) {
        let mut s = lock(&self.space);
        let (mut start, mut len) = (iova, len);
        if let Some((&p, &pl)) = s.free.range(..start).next_back() {
            if p + pl == start {
                s.free.remove(&p);
                start = p;
                len += pl;
            }
        }
        if let Some(nl) = s.free.remove(&(start + len)) {
            len += nl;
        }
        if start + len == s.next {
            s.next = start;
        } else {
            s.free.insert(start, len);
        }
    }
}

/// Page-aligned, zero-filled host memory mapped for the device at [`DmaBuf::iova`].
/// Dropping it unmaps the IOVA first and frees the memory only if that worked (a
/// mapping the device might still use is leaked rather than handed back to malloc).
pub struct DmaBuf {
    ptr: NonNull<u8>,
    len: usize,
    iova: u64,
    backend: Arc<dyn Backend>,
    iovas: Arc<IovaAllocator>,
}

// SAFETY: DmaBuf owns its mapping exclusively; shared access goes through raw
// pointers whose users (rings, MRs) uphold their own synchronization.
unsafe impl Send for DmaBuf {}
unsafe impl Sync for DmaBuf {}

impl DmaBuf {
    pub(crate) fn new(backend: &Arc<dyn Backend>, iovas: &Arc<IovaAllocator>, len: usize) -> Result<DmaBuf> {
        let len = len
            .max(1)
            .checked_next_multiple_of(page_size())
            .ok_or(Error::InvalidArg { what: "buffer length", why: format!("{len} overflows") })?;
        // SAFETY: a fresh private anonymous mapping; the result is checked below.
        let p = unsafe {
            libc::mmap(std::ptr::null_mut(), len, libc::PROT_READ | libc::PROT_WRITE, libc::MAP_PRIVATE | libc::MAP_ANONYMOUS, -1, 0)
        };
        if p == libc::MAP_FAILED {
            return Err(Error::Mmap { len, source: std::io::Error::last_os_error() });
        }
        let unmap = |p: *mut libc::c_void| {
            // SAFETY: p is the mapping of `len` bytes created above, not yet shared.
            unsafe { libc::munmap(p, len) };
        };
        let Some(ptr) = NonNull::new(p as *mut u8) else {
            return Err(Error::Mmap { len, source: std::io::Error::other("mmap returned NULL") });
        };
        let Some(iova) = iovas.alloc(len as u64) else {
            unmap(p);
            return Err(Error::IovaExhausted { len: len as u64 });
        };
        // SAFETY: ptr..ptr+len is our mapping and stays alive until Drop unmaps it.
        if let Err(e) = unsafe { backend.map_dma(iova, ptr.as_ptr(), len) } {
            iovas.free(iova, len as u64);
            unmap(p);
            return Err(e.into());
        }
        Ok(DmaBuf { ptr, len, iova, backend: backend.clone(), iovas: iovas.clone() })
    }

    /// Device address of the first byte.
    pub fn iova(&self) -> u64 {
        self.iova
    }
    /// Mapped length (a whole number of pages).
    pub fn len(&self) -> usize {
        self.len
    }
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
    pub fn as_ptr(&self) -> *mut u8 {
        self.ptr.as_ptr()
    }
    /// Host virtual address of the first byte.
    pub fn addr(&self) -> u64 {
        self.ptr.as_ptr() as u64
    }
}

impl Drop for DmaBuf {
    fn drop(&mut self) {
        if self.backend.unmap_dma(self.iova, self.len).is_ok() {
            self.iovas.free(self.iova, self.len as u64);
            // SAFETY: our mapping; the device can no longer reach it.
            unsafe { libc::munmap(self.ptr.as_ptr() as *mut libc::c_void, self.len) };
        }
    }
}

/// Memory the caller owns (an application buffer), mapped for the device: the whole
/// pages around `host..host+len` at a fresh IOVA. Dropping it unmaps the IOVA; the
/// memory itself stays the caller's. An IOVA whose unmap failed is never reused.
pub struct UserPages {
    host: *mut u8,
    /// First mapped page (host) and the mapped length (whole pages).
    page: *mut u8,
    mapped: usize,
    iova: u64,
    backend: Arc<dyn Backend>,
    iovas: Arc<IovaAllocator>,
}

// SAFETY: UserPages only records where the mapping is; the memory's users (the
// application and the device) synchronize through completions, as with DmaBuf.
unsafe impl Send for UserPages {}
unsafe impl Sync for UserPages {}

impl UserPages {
    /// # Safety
    /// `host..host+len` must be valid memory that stays allocated (not unmapped or
    /// moved) until the returned value is dropped; the device may read and write the
    /// whole pages around it meanwhile.
    pub(crate) unsafe fn map(backend: &Arc<dyn Backend>, iovas: &Arc<IovaAllocator>, host: *mut u8, len: usize) -> Result<UserPages> {
        let page = page_size();
        let start = host as usize / page * page;
        let end = (host as usize)
            .checked_add(len.max(1))
            .and_then(|e| e.checked_next_multiple_of(page))
            .ok_or(Error::InvalidArg { what: "memory range", why: format!("{host:p}+{len:#x} wraps the address space") })?;
        if host.is_null() {
            return Err(Error::InvalidArg { what: "memory range", why: "NULL address".into() });
        }
        let mapped = end - start;
        let iova = iovas.alloc(mapped as u64).ok_or(Error::IovaExhausted { len: mapped as u64 })?;
        // SAFETY: the caller keeps host..host+len (and so its pages) alive until drop.
        if let Err(e) = unsafe { backend.map_dma(iova, start as *mut u8, mapped) } {
            iovas.free(iova, mapped as u64);
            return Err(e.into());
        }
        Ok(UserPages { host, page: start as *mut u8, mapped, iova, backend: backend.clone(), iovas: iovas.clone() })
    }
    /// Device address of the first byte of the caller's range (not of its page).
    pub fn iova(&self) -> u64 {
        self.iova + (self.host as u64 - self.page as u64)
    }
    pub fn as_ptr(&self) -> *mut u8 {
        self.host
    }
}

impl Drop for UserPages {
    fn drop(&mut self) {
        if self.backend.unmap_dma(self.iova, self.mapped).is_ok() {
            self.iovas.free(self.iova, self.mapped as u64);
        }
    }
}

/// A power-of-two ring of `N`-byte entries indexed by free-running counters.
pub(crate) struct Ring<const N: usize> {
    buf: DmaBuf,
    log2: u32,
}

impl<const N: usize> Ring<N> {
    pub(crate) fn new(backend: &Arc<dyn Backend>, iovas: &Arc<IovaAllocator>, log2: u32) -> Result<Ring<N>> {
        Ok(Ring { buf: DmaBuf::new(backend, iovas, N << log2)?, log2 })
    }
    pub(crate) fn log2(&self) -> u32 {
        self.log2
    }
    pub(crate) fn depth(&self) -> u32 {
        1 << self.log2
    }
    pub(crate) fn iova(&self) -> u64 {
        self.buf.iova()
    }
    fn slot(&self, index: u32) -> *mut u8 {
        let i = (index & (self.depth() - 1)) as usize;
        // SAFETY: i < depth, and the buffer holds depth * N bytes.
        unsafe { self.buf.as_ptr().add(i * N) }
    }
    /// Producer side: the caller fences (Release) before ringing the doorbell.
    pub(crate) fn write(&self, index: u32, e: &Entry<N>) {
        // SAFETY: slot() is in bounds; Entry<N> is plain bytes (align 1).
        unsafe { std::ptr::copy_nonoverlapping(e.bytes.as_ptr(), self.slot(index), N) }
    }
    /// Whole-entry read; volatile because the device may write the ring.
    pub(crate) fn read(&self, index: u32) -> Entry<N> {
        // SAFETY: slot() is in bounds; Entry<N> is plain bytes (align 1).
        unsafe { std::ptr::read_volatile(self.slot(index) as *const Entry<N>) }
    }
    /// Consumer side: one volatile byte (the owner byte), Acquire-fenced so the
    /// entry read that follows cannot be satisfied from before it.
    pub(crate) fn read_byte_acquire(&self, index: u32, offset: usize) -> u8 {
        debug_assert!(offset < N);
        // SAFETY: offset < N, so the byte lies inside the slot.
        let b = unsafe { std::ptr::read_volatile(self.slot(index).add(offset)) };
        fence(Ordering::Acquire);
        b
    }
}

/// `Entry::set` with a fast path for byte-aligned fields (every WQE and CQE field
/// but OWNER): inlined with the contract's `Field` constants it folds into plain
/// little-endian stores, where the generic setter costs ~8 ns a field.
#[inline(always)]
pub(crate) fn set<const N: usize>(e: &mut Entry<N>, f: Field, v: u64) -> Result<(), FieldOverflow> {
    if f.lsb == 0 && f.width & 7 == 0 && f.width <= 64 {
        if v & !f.mask() != 0 {
            return Err(FieldOverflow { field: f.name, value: v, width: f.width });
        }
        let n = (f.width / 8) as usize;
        e.bytes[f.offset..f.offset + n].copy_from_slice(&v.to_le_bytes()[..n]);
        Ok(())
    } else {
        e.set(f, v).map(|_| ())
    }
}

/// `Entry::get` with the same fast path.
#[inline(always)]
pub(crate) fn get<const N: usize>(e: &Entry<N>, f: Field) -> u64 {
    if f.lsb == 0 && f.width & 7 == 0 && f.width <= 64 {
        let n = (f.width / 8) as usize;
        let mut b = [0u8; 8];
        b[..n].copy_from_slice(&e.bytes[f.offset..f.offset + n]);
        u64::from_le_bytes(b)
    } else {
        e.get(f)
    }
}
