//! Verbs for features openrnic does not have (SRQ, UD address handles, multicast,
//! ECE, object import): each refuses with EOPNOTSUPP (or the "nothing here" answer
//! its API has), so a program learns the feature is missing instead of reaching
//! rdma-core's own implementation with our objects.

use crate::abi::*;
use crate::{fail, null_with};
use libc::{c_int, c_void};

pub unsafe extern "C" fn post_srq_recv_op(_srq: *mut c_void, _wr: *mut ibv_recv_wr, _bad: *mut *mut ibv_recv_wr) -> c_int {
    fail("ibv_post_srq_recv", libc::EOPNOTSUPP, "shared receive queues are not supported")
}

macro_rules! refuse_null {
    ($($name:ident($($arg:ident: $ty:ty),*) => $what:literal;)*) => {$(
        #[no_mangle]
        pub unsafe extern "C" fn $name($($arg: $ty),*) -> *mut c_void {
            $(let _ = $arg;)*
            null_with(&stringify!($name)["openrnic_".len()..], libc::EOPNOTSUPP, $what)
        }
    )*};
}

macro_rules! refuse_int {
    ($($name:ident($($arg:ident: $ty:ty),*) -> $ret:expr, $what:literal;)*) => {$(
        #[no_mangle]
        pub unsafe extern "C" fn $name($($arg: $ty),*) -> c_int {
            $(let _ = $arg;)*
            let e = fail(&stringify!($name)["openrnic_".len()..], libc::EOPNOTSUPP, $what);
            let r: c_int = $ret;
            if r == 0 { e } else { r }
        }
    )*};
}

refuse_null! {
    openrnic_ibv_create_srq(pd: *mut ibv_pd, attr: *mut c_void) => "shared receive queues are not supported";
    openrnic_ibv_create_ah(pd: *mut ibv_pd, attr: *mut ibv_ah_attr) => "address handles (UD) are not supported";
    openrnic_ibv_create_ah_from_wc(pd: *mut ibv_pd, wc: *mut ibv_wc, grh: *mut c_void, port: u8) => "address handles (UD) are not supported";
    openrnic_ibv_import_device(fd: c_int) => "importing a device from another process is not supported";
    openrnic_ibv_import_pd(ctx: *mut ibv_context, handle: u32) => "importing objects is not supported";
    openrnic_ibv_import_mr(pd: *mut ibv_pd, handle: u32) => "importing objects is not supported";
    openrnic_ibv_import_dm(ctx: *mut ibv_context, handle: u32) => "device memory is not supported";
}

// 0 means "return the errno", anything else is returned as is (some of these
// verbs report failure as -1 with errno set).
refuse_int! {
    openrnic_ibv_modify_srq(srq: *mut c_void, attr: *mut c_void, mask: c_int) -> 0, "shared receive queues are not supported";
    openrnic_ibv_query_srq(srq: *mut c_void, attr: *mut c_void) -> 0, "shared receive queues are not supported";
    openrnic_ibv_destroy_srq(srq: *mut c_void) -> 0, "shared receive queues are not supported";
    openrnic_ibv_destroy_ah(ah: *mut c_void) -> 0, "address handles (UD) are not supported";
    openrnic_ibv_init_ah_from_wc(ctx: *mut ibv_context, port: u8, wc: *mut ibv_wc, grh: *mut c_void, ah: *mut ibv_ah_attr) -> 0, "address handles (UD) are not supported";
    openrnic_ibv_attach_mcast(qp: *mut ibv_qp, gid: *const ibv_gid, lid: u16) -> 0, "multicast is not supported";
    openrnic_ibv_detach_mcast(qp: *mut ibv_qp, gid: *const ibv_gid, lid: u16) -> 0, "multicast is not supported";
    openrnic_ibv_query_ece(qp: *mut ibv_qp, ece: *mut c_void) -> 0, "ECE is not supported";
    openrnic_ibv_set_ece(qp: *mut ibv_qp, ece: *mut c_void) -> 0, "ECE is not supported";
}

#[no_mangle]
pub unsafe extern "C" fn openrnic_ibv_unimport_pd(_pd: *mut ibv_pd) {}
#[no_mangle]
pub unsafe extern "C" fn openrnic_ibv_unimport_mr(_mr: *mut ibv_mr) {}
#[no_mangle]
pub unsafe extern "C" fn openrnic_ibv_unimport_dm(_dm: *mut c_void) {}

/// No ordering guarantee beyond the verbs spec's (0: data may land in any order).
#[no_mangle]
pub unsafe extern "C" fn openrnic_ibv_query_qp_data_in_order(_qp: *mut ibv_qp, _op: c_int, _flags: u32) -> c_int {
    0
}

/// The peer's MAC for a RoCE address, as modify_qp(RTR) resolves it.
#[no_mangle]
pub unsafe extern "C" fn openrnic_ibv_resolve_eth_l2_from_gid(ctx: *mut ibv_context, ah: *mut ibv_ah_attr, mac: *mut u8, vid: *mut u16) -> c_int {
    if ctx.is_null() || ah.is_null() || mac.is_null() {
        return libc::EINVAL;
    }
    // SAFETY: a live context and the caller's address.
    let (c, a) = unsafe { (crate::device::Context::from_ibv(ctx), &*ah) };
    let Some(ip) = crate::card::ip_of_gid(&a.grh.dgid.raw) else { return fail("ibv_resolve_eth_l2_from_gid", libc::EINVAL, "not an IPv4-mapped GID") };
    match c.card.resolve(ip, std::time::Duration::from_secs(3)) {
        Some(m) => {
            // SAFETY: the caller's 6-byte MAC buffer and optional VLAN id.
            unsafe {
                std::ptr::copy_nonoverlapping(m.as_ptr(), mac, 6);
                if !vid.is_null() {
                    *vid = 0xffff;
                }
            }
            0
        }
        None => fail("ibv_resolve_eth_l2_from_gid", libc::EHOSTUNREACH, format!("no ARP answer from {ip}")),
    }
}
