//! Memory regions over the application's own memory.

use crate::abi::*;
use crate::device::Pd;
use crate::{fail, null_with};
use libc::{c_int, c_uint, c_void, size_t};
use openrnic_driver::MemoryRegion;
use std::sync::atomic::Ordering;

#[repr(C)]
pub struct Mr {
    pub ibv: ibv_mr,
    pub mr: MemoryRegion,
}

/// Access bits the card enforces; the others are accepted as libibverbs allows:
/// the optional range may be ignored, HUGETLB is a hint, and REMOTE_ATOMIC /
/// MW_BIND grant rights nothing on this card can exercise (no atomics, no windows).
const ENFORCED: c_int = IBV_ACCESS_LOCAL_WRITE | IBV_ACCESS_REMOTE_WRITE | IBV_ACCESS_REMOTE_READ;
const IGNORED: c_int = IBV_ACCESS_OPTIONAL_RANGE | IBV_ACCESS_HUGETLB | IBV_ACCESS_REMOTE_ATOMIC | IBV_ACCESS_MW_BIND;

fn reg(pd: *mut ibv_pd, addr: *mut c_void, len: size_t, iova: u64, access: c_int) -> *mut ibv_mr {
    const WHAT: &str = "ibv_reg_mr";
    if pd.is_null() {
        return null_with(WHAT, libc::EINVAL, "NULL PD");
    }
    if access & IBV_ACCESS_ON_DEMAND != 0 {
        return null_with(WHAT, libc::EOPNOTSUPP, "on-demand paging is not supported");
    }
    // As libibverbs documents: remote write or atomic access needs local write.
    if access & (IBV_ACCESS_REMOTE_WRITE | IBV_ACCESS_REMOTE_ATOMIC) != 0 && access & IBV_ACCESS_LOCAL_WRITE == 0 {
        return null_with(WHAT, libc::EINVAL, "REMOTE_WRITE and REMOTE_ATOMIC need LOCAL_WRITE");
    }
    let unknown = access & !(ENFORCED | IGNORED | IBV_ACCESS_ZERO_BASED);
    if unknown != 0 {
        return null_with(WHAT, libc::EINVAL, format!("unknown access bits {unknown:#x}"));
    }
    // Zero-based: work requests and peers address the region from 0.
    let va = if access & IBV_ACCESS_ZERO_BASED != 0 { 0 } else { iova };
    // SAFETY: a live PD.
    let p = unsafe { Pd::from_ibv(pd) };
    // SAFETY: libibverbs' contract: the memory stays valid until ibv_dereg_mr.
    match unsafe { p.pd.register_mr(addr as *mut u8, len, va, (access & ENFORCED) as u32) } {
        Ok(mr) => {
            p.users.fetch_add(1, Ordering::AcqRel);
            let key = mr.lkey();
            // SAFETY: pd is live, so is its context.
            let context = unsafe { (*pd).context };
            let ibv = ibv_mr { context, pd, addr, length: len, handle: key, lkey: key, rkey: key };
            Box::into_raw(Box::new(Mr { ibv, mr })) as *mut ibv_mr
        }
        Err(e) => null_with(WHAT, crate::errno_of(&e), e),
    }
}

#[no_mangle]
pub unsafe extern "C" fn openrnic_ibv_reg_mr(pd: *mut ibv_pd, addr: *mut c_void, len: size_t, access: c_int) -> *mut ibv_mr {
    reg(pd, addr, len, addr as u64, access)
}

#[no_mangle]
pub unsafe extern "C" fn openrnic_ibv_reg_mr_iova(pd: *mut ibv_pd, addr: *mut c_void, len: size_t, iova: u64, access: c_int) -> *mut ibv_mr {
    reg(pd, addr, len, iova, access)
}

#[no_mangle]
pub unsafe extern "C" fn openrnic_ibv_reg_mr_iova2(pd: *mut ibv_pd, addr: *mut c_void, len: size_t, iova: u64, access: c_uint) -> *mut ibv_mr {
    reg(pd, addr, len, iova, access as c_int)
}

#[no_mangle]
pub unsafe extern "C" fn openrnic_ibv_dereg_mr(mr: *mut ibv_mr) -> c_int {
    if mr.is_null() {
        return libc::EINVAL;
    }
    // SAFETY: allocated by reg() as Box<Mr>; freed once. Its PD outlives it (dealloc
    // is refused while the PD has users).
    let m = unsafe { Box::from_raw(mr as *mut Mr) };
    let pd = m.ibv.pd;
    drop(m);
    // SAFETY: see above.
    unsafe { Pd::from_ibv(pd) }.users.fetch_sub(1, Ordering::AcqRel);
    0
}

/// Re-registration in place is not supported: the region stays as it was.
/// Returns `IBV_REREG_MR_ERR_INPUT` (-1, "old MR valid") with errno EOPNOTSUPP.
#[no_mangle]
pub unsafe extern "C" fn openrnic_ibv_rereg_mr(
    _mr: *mut ibv_mr,
    _flags: c_int,
    _pd: *mut ibv_pd,
    _addr: *mut c_void,
    _len: size_t,
    _access: c_int,
) -> c_int {
    fail("ibv_rereg_mr", libc::EOPNOTSUPP, "re-registration is not supported; deregister and register again");
    -1
}

#[no_mangle]
pub unsafe extern "C" fn openrnic_ibv_reg_dmabuf_mr(_pd: *mut ibv_pd, _offset: u64, _len: size_t, _iova: u64, _fd: c_int, _access: c_int) -> *mut ibv_mr {
    null_with("ibv_reg_dmabuf_mr", libc::EOPNOTSUPP, "dma-buf regions are not supported")
}
