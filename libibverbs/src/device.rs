//! The device list (one device, `openrnic0`), contexts, device/port/GID/P_Key
//! queries, protection domains and the async event channel.

use crate::abi::*;
use crate::card::{gid_of, guid_of, Card, Config, Which, Wire};
use crate::{fail, null_with};
use libc::{c_char, c_int, c_uint, c_void, size_t, ssize_t};
use openrnic_contract::regs::{self, feature};
use openrnic_driver::ProtectionDomain;
use std::mem::offset_of;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};

pub const DEVICE_NAME: &str = "openrnic0";
/// QPNs 0 and 1 are InfiniBand's special QPs; RC QPs start at 2.
const RESERVED_QPS: u32 = openrnic_driver::verbs::FIRST_RC_QPN as u32;

/// Our `ibv_device`, inside a `verbs_device`-shaped allocation as rdma-core makes them.
#[repr(C)]
pub struct Device {
    pub vdev: verbs_device,
    pub guid: u64,
}

fn copy_str(dst: &mut [c_char], s: &str) {
    for (d, b) in dst.iter_mut().zip(s.bytes().chain(std::iter::once(0))) {
        *d = b as c_char;
    }
}

/// The process's one device entry (created once, never freed: `ibv_device` pointers
/// stay valid for the life of the process, as with rdma-core).
fn device(config: &Config) -> *mut Device {
    struct Ptr(*mut Device);
    // SAFETY: the device entry is immutable after creation.
    unsafe impl Send for Ptr {}
    unsafe impl Sync for Ptr {}
    static DEV: OnceLock<Ptr> = OnceLock::new();
    DEV.get_or_init(|| {
        // SAFETY: all-zero is a valid verbs_device (integers, arrays, null pointers).
        let mut d: Box<Device> = Box::new(unsafe { std::mem::zeroed() });
        d.vdev.device.node_type = IBV_NODE_CA;
        d.vdev.device.transport_type = IBV_TRANSPORT_IB;
        copy_str(&mut d.vdev.device.name, DEVICE_NAME);
        copy_str(&mut d.vdev.device.dev_name, "uverbs-openrnic0");
        // No kernel device: the paths name nothing, so sysfs readers find no files.
        copy_str(&mut d.vdev.device.dev_path, "/nonexistent/openrnic/uverbs-openrnic0");
        copy_str(&mut d.vdev.device.ibdev_path, "/nonexistent/openrnic/openrnic0");
        d.vdev.refcount = 1;
        d.guid = u64::from_ne_bytes(guid_of(config.mac()));
        Ptr(Box::into_raw(d))
    })
    .0
}

#[no_mangle]
pub unsafe extern "C" fn openrnic_ibv_get_device_list(num: *mut c_int) -> *mut *mut ibv_device {
    let config = match Config::from_env() {
        Ok(c) => c,
        Err(e) => {
            // A configuration mistake: say so whatever OPENRNIC_LOG says.
            eprintln!("openrnic: {e}");
            return null_with("ibv_get_device_list", libc::EINVAL, "bad configuration");
        }
    };
    // SAFETY: calloc of two pointers; freed by ibv_free_device_list.
    let list = unsafe { libc::calloc(2, std::mem::size_of::<*mut ibv_device>()) } as *mut *mut ibv_device;
    if list.is_null() {
        return null_with("ibv_get_device_list", libc::ENOMEM, "out of memory");
    }
    // SAFETY: list holds two slots; the second stays NULL (the terminator).
    unsafe { *list = device(&config) as *mut ibv_device };
    if !num.is_null() {
        // SAFETY: the caller passes a valid int pointer or NULL.
        unsafe { *num = 1 };
    }
    list
}

#[no_mangle]
pub unsafe extern "C" fn openrnic_ibv_free_device_list(list: *mut *mut ibv_device) {
    // SAFETY: allocated by calloc in ibv_get_device_list (or NULL).
    unsafe { libc::free(list as *mut c_void) }
}

#[no_mangle]
pub unsafe extern "C" fn openrnic_ibv_get_device_name(dev: *mut ibv_device) -> *const c_char {
    if dev.is_null() {
        return std::ptr::null();
    }
    // SAFETY: a device from our list; name is NUL-terminated.
    unsafe { (*dev).name.as_ptr() }
}

#[no_mangle]
pub unsafe extern "C" fn openrnic_ibv_get_device_guid(dev: *mut ibv_device) -> u64 {
    if dev.is_null() {
        return 0;
    }
    // SAFETY: every ibv_device we hand out is the first field of a Device.
    unsafe { (*(dev as *mut Device)).guid }
}

#[no_mangle]
pub unsafe extern "C" fn openrnic_ibv_get_device_index(dev: *mut ibv_device) -> c_int {
    if dev.is_null() { -1 } else { 0 }
}

/// A context: the `verbs_context` (with the `ibv_context` at its end) first.
#[repr(C)]
pub struct Context {
    pub vctx: verbs_context,
    pub card: Arc<Card>,
    async_rd: c_int,
    async_wr: c_int,
}

impl Context {
    /// The context a public `ibv_context` pointer belongs to.
    ///
    /// # Safety
    /// `p` must be a context this library returned and not yet closed.
    pub unsafe fn from_ibv<'a>(p: *mut ibv_context) -> &'a Context {
        // SAFETY: the ibv_context is the last field of vctx, the first field of Context.
        unsafe { &*((p as *mut u8).sub(offset_of!(verbs_context, context)) as *const Context) }
    }
    pub fn ibv(&self) -> *mut ibv_context {
        &self.vctx.context as *const ibv_context as *mut ibv_context
    }
}

#[no_mangle]
pub unsafe extern "C" fn openrnic_ibv_open_device(dev: *mut ibv_device) -> *mut ibv_context {
    if dev.is_null() {
        return null_with("ibv_open_device", libc::EINVAL, "NULL device");
    }
    let card = match Card::get() {
        Ok(c) => c,
        Err(e) => {
            // Opening a card fails for reasons the user must see (VFIO busy, port taken).
            eprintln!("{e}");
            return null_with("ibv_open_device", libc::ENODEV, e);
        }
    };
    let mut fds = [0 as c_int; 2];
    // SAFETY: pipe2 writes two fds into the array.
    if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) } != 0 {
        return null_with("ibv_open_device", libc::EMFILE, std::io::Error::last_os_error());
    }
    // SAFETY: all-zero is valid for verbs_context (null fn pointers, zero integers,
    // and a zeroed pthread mutex is PTHREAD_MUTEX_INITIALIZER on glibc).
    let mut vctx: verbs_context = unsafe { std::mem::zeroed() };
    vctx.query_port = Some(query_port_op);
    vctx.query_device_ex = Some(query_device_ex_op);
    vctx.create_qp_ex = Some(crate::qp::create_qp_ex_op);
    vctx.sz = std::mem::size_of::<verbs_context>();
    let c = &mut vctx.context;
    c.device = dev;
    c.ops.poll_cq = Some(crate::cq::poll_cq_op);
    c.ops.req_notify_cq = Some(crate::cq::req_notify_cq_op);
    c.ops.post_send = Some(crate::qp::post_send_op);
    c.ops.post_recv = Some(crate::qp::post_recv_op);
    c.ops.post_srq_recv = Some(crate::unsupported::post_srq_recv_op);
    // No kernel command channel: /dev/null stands in, so programs that dup or poll
    // the fd (to hand it to ibv_import_device, say) get a valid descriptor.
    // SAFETY: a NUL-terminated path.
    c.cmd_fd = unsafe { libc::open(c"/dev/null".as_ptr(), libc::O_RDWR | libc::O_CLOEXEC) };
    c.async_fd = fds[0];
    c.num_comp_vectors = card.dev.backend().irq_count().max(1) as c_int;
    c.abi_compat = VERBS_ABI_IS_EXTENDED;
    let ctx = Box::new(Context { vctx, card, async_rd: fds[0], async_wr: fds[1] });
    let ctx = Box::leak(ctx);
    ctx.ibv()
}

#[no_mangle]
pub unsafe extern "C" fn openrnic_ibv_close_device(ctx: *mut ibv_context) -> c_int {
    if ctx.is_null() {
        return -1;
    }
    // SAFETY: a context we returned; closed once.
    let c = unsafe { Box::from_raw(Context::from_ibv(ctx) as *const Context as *mut Context) };
    // SAFETY: our pipe's fds.
    unsafe {
        libc::close(c.async_rd);
        libc::close(c.async_wr);
        if c.vctx.context.cmd_fd >= 0 {
            libc::close(c.vctx.context.cmd_fd);
        }
    }
    drop(c);
    0
}

fn mtu_enum(bytes: u32) -> c_int {
    match bytes {
        0..=255 => 0,
        256..=511 => 1,
        512..=1023 => 2,
        1024..=2047 => 3,
        2048..=4095 => 4,
        _ => 5,
    }
}

/// Fill `a` from the card's capability registers.
fn device_attr(card: &Card, a: &mut ibv_device_attr) {
    let attr = card.dev.query();
    let version = card.dev.backend().read32(regs::VERSION.offset as u64).unwrap_or(0);
    let fw = format!(
        "{}.{} (contract)",
        regs::version::MAJOR.get(&version.to_le_bytes()),
        regs::version::MINOR.get(&version.to_le_bytes())
    );
    // SAFETY: all-zero is a valid ibv_device_attr.
    *a = unsafe { std::mem::zeroed() };
    copy_str(&mut a.fw_ver[..63], &fw);
    let guid = u64::from_ne_bytes(guid_of(card.config.mac()));
    a.node_guid = guid;
    // No IEEE OUI is assigned to openrnic: 0xffffff, as Linux rxe reports.
    a.vendor_id = 0xff_ffff;
    a.sys_image_guid = guid;
    // MR_LEN is a 32-bit register.
    a.max_mr_size = u32::MAX as u64;
    a.page_size_cap = openrnic_driver::verbs::page_size() as u64;
    a.hw_ver = version;
    a.max_qp = attr.max_qp.saturating_sub(RESERVED_QPS) as c_int;
    a.max_qp_wr = attr.max_qp_wr as c_int;
    a.device_cap_flags = IBV_DEVICE_RC_RNR_NAK_GEN;
    // The engine gathers one entry per WQE.
    a.max_sge = 1;
    let read = attr.has(feature::READ);
    a.max_sge_rd = read as c_int;
    a.max_cq = attr.max_cq as c_int;
    a.max_cqe = attr.max_qp_wr as c_int;
    a.max_mr = attr.max_mr as c_int;
    a.max_pd = openrnic_contract::queues::mr::PD.mask().min(i32::MAX as u64) as c_int;
    let rd_atom = if read { 1 } else { 0 };
    a.max_qp_rd_atom = rd_atom;
    a.max_res_rd_atom = rd_atom * a.max_qp;
    a.max_qp_init_rd_atom = rd_atom;
    a.atomic_cap = IBV_ATOMIC_NONE + attr.has(feature::ATOMIC) as c_int;
    a.max_pkeys = 1;
    a.phys_port_cnt = 1;
}

#[no_mangle]
pub unsafe extern "C" fn openrnic_ibv_query_device(ctx: *mut ibv_context, attr: *mut ibv_device_attr) -> c_int {
    if ctx.is_null() || attr.is_null() {
        return fail("ibv_query_device", libc::EINVAL, "NULL argument");
    }
    // SAFETY: a live context and the caller's attribute struct.
    unsafe { device_attr(&Context::from_ibv(ctx).card, &mut *attr) };
    0
}

/// `verbs_context.query_device_ex`: the legacy attributes, no extended capability.
unsafe extern "C" fn query_device_ex_op(ctx: *mut ibv_context, input: *const c_void, attr: *mut ibv_device_attr_ex, size: size_t) -> c_int {
    if ctx.is_null() || attr.is_null() || size < std::mem::size_of::<ibv_device_attr>() {
        return fail("ibv_query_device_ex", libc::EINVAL, "NULL argument or short attribute struct");
    }
    // SAFETY: a non-null input starts with its comp_mask (u32).
    if !input.is_null() && unsafe { *(input as *const u32) } != 0 {
        return fail("ibv_query_device_ex", libc::EINVAL, "unknown input comp_mask");
    }
    // SAFETY: the caller's struct holds `size` bytes.
    unsafe { std::ptr::write_bytes(attr as *mut u8, 0, size) };
    // SAFETY: a live context; at least the legacy part fits (checked above).
    unsafe { device_attr(&Context::from_ibv(ctx).card, &mut (*attr).orig_attr) };
    if size >= std::mem::size_of::<ibv_device_attr_ex>() {
        // SAFETY: the whole extended struct fits.
        unsafe { (*attr).phys_port_cnt_ex = 1 };
    }
    0
}

fn port_attr(card: &Card) -> ibv_port_attr {
    let attr = card.dev.query();
    let up = !matches!(card.config.which, Which::Sim(Wire::Unplugged));
    // SAFETY: all-zero is a valid ibv_port_attr.
    let mut p: ibv_port_attr = unsafe { std::mem::zeroed() };
    p.state = if up { IBV_PORT_ACTIVE } else { 1 };
    p.max_mtu = mtu_enum(attr.max_mtu);
    p.active_mtu = p.max_mtu;
    p.gid_tbl_len = 1;
    p.port_cap_flags = IBV_PORT_IP_BASED_GIDS;
    p.max_msg_sz = attr.max_msg_size.min(u32::MAX as u64) as u32;
    p.pkey_tbl_len = 1;
    p.max_vl_num = 1;
    // 1X at QDR: the 10 Gb/s the engine's MAC is built for.
    p.active_width = 1;
    p.active_speed = 4;
    p.phys_state = if up { 5 } else { 3 };
    p.link_layer = IBV_LINK_LAYER_ETHERNET;
    p
}

/// `verbs_context.query_port`: what the header's `ibv_query_port` macro calls.
unsafe extern "C" fn query_port_op(ctx: *mut ibv_context, port: u8, attr: *mut ibv_port_attr, len: size_t) -> c_int {
    if ctx.is_null() || attr.is_null() {
        return fail("ibv_query_port", libc::EINVAL, "NULL argument");
    }
    if port != 1 {
        return fail("ibv_query_port", libc::EINVAL, format!("port {port} (the card has port 1)"));
    }
    // SAFETY: a live context.
    let p = port_attr(unsafe { &Context::from_ibv(ctx).card });
    let n = len.min(std::mem::size_of::<ibv_port_attr>());
    // SAFETY: the caller's struct holds `len` bytes; we copy at most that many.
    unsafe { std::ptr::copy_nonoverlapping(&p as *const ibv_port_attr as *const u8, attr as *mut u8, n) };
    0
}

/// The exported `ibv_query_port` takes rdma-core's `_compat_ibv_port_attr`, the
/// struct without `port_cap_flags2`: only that much is written.
#[no_mangle]
pub unsafe extern "C" fn openrnic_ibv_query_port(ctx: *mut ibv_context, port: u8, attr: *mut ibv_port_attr) -> c_int {
    // SAFETY: forwarded; the compat struct ends where `port_cap_flags2` begins.
    unsafe { query_port_op(ctx, port, attr, offset_of!(ibv_port_attr, port_cap_flags2)) }
}

fn check_gid(ctx: *mut ibv_context, port: u32, index: u32) -> Result<&'static Context, c_int> {
    if ctx.is_null() {
        return Err(libc::EINVAL);
    }
    if port != 1 || index != 0 {
        return Err(libc::EINVAL);
    }
    // SAFETY: a live context (contexts outlive the calls made on them).
    Ok(unsafe { Context::from_ibv(ctx) })
}

#[no_mangle]
pub unsafe extern "C" fn openrnic_ibv_query_gid(ctx: *mut ibv_context, port: u8, index: c_int, gid: *mut ibv_gid) -> c_int {
    let Ok(c) = check_gid(ctx, port as u32, index as u32) else {
        fail("ibv_query_gid", libc::EINVAL, format!("port {port} GID {index}: the card has one GID, index 0 of port 1"));
        return -1;
    };
    if gid.is_null() {
        return -1;
    }
    // SAFETY: the caller's gid.
    unsafe { (*gid).raw = gid_of(c.card.config.ip) };
    0
}

fn gid_entry(c: &Context) -> ibv_gid_entry {
    ibv_gid_entry { gid: ibv_gid { raw: gid_of(c.card.config.ip) }, gid_index: 0, port_num: 1, gid_type: IBV_GID_TYPE_ROCE_V2, ndev_ifindex: 0 }
}

#[no_mangle]
pub unsafe extern "C" fn openrnic__ibv_query_gid_ex(
    ctx: *mut ibv_context,
    port: u32,
    index: u32,
    entry: *mut ibv_gid_entry,
    flags: u32,
    entry_size: size_t,
) -> c_int {
    if entry.is_null() || flags != 0 || entry_size < std::mem::size_of::<ibv_gid_entry>() {
        return fail("ibv_query_gid_ex", libc::EINVAL, "bad entry, size or flags");
    }
    let c = match check_gid(ctx, port, index) {
        Ok(c) => c,
        Err(e) => return fail("ibv_query_gid_ex", e, format!("port {port} GID {index}: the card has one GID, index 0 of port 1")),
    };
    // SAFETY: the caller's entry, at least sizeof(ibv_gid_entry) bytes.
    unsafe { entry.write(gid_entry(c)) };
    0
}

#[no_mangle]
pub unsafe extern "C" fn openrnic__ibv_query_gid_table(
    ctx: *mut ibv_context,
    entries: *mut ibv_gid_entry,
    max: size_t,
    flags: u32,
    entry_size: size_t,
) -> ssize_t {
    if ctx.is_null() || entries.is_null() || flags != 0 || entry_size < std::mem::size_of::<ibv_gid_entry>() {
        return -(libc::EINVAL as ssize_t);
    }
    if max < 1 {
        return -(libc::EINVAL as ssize_t);
    }
    // SAFETY: a live context; entries holds at least one entry of entry_size bytes.
    unsafe { entries.write(gid_entry(Context::from_ibv(ctx))) };
    1
}

/// rdma-core's private `ibv_query_gid_type` (used by ibv_devinfo and pyverbs).
#[no_mangle]
pub unsafe extern "C" fn openrnic_ibv_query_gid_type(ctx: *mut ibv_context, port: u8, index: c_uint, ty: *mut c_int) -> c_int {
    if check_gid(ctx, port as u32, index).is_err() || ty.is_null() {
        return fail("ibv_query_gid_type", libc::EINVAL, format!("port {port} GID {index}"));
    }
    // SAFETY: the caller's out-parameter.
    unsafe { *ty = IBV_GID_TYPE_SYSFS_ROCE_V2 };
    0
}

#[no_mangle]
pub unsafe extern "C" fn openrnic_ibv_query_pkey(ctx: *mut ibv_context, port: u8, index: c_int, pkey: *mut u16) -> c_int {
    if ctx.is_null() || pkey.is_null() || port != 1 || index != 0 {
        fail("ibv_query_pkey", libc::EINVAL, format!("port {port} P_Key {index}: the card has the default P_Key only"));
        return -1;
    }
    // SAFETY: the caller's out-parameter. 0xffff reads the same in either byte order.
    unsafe { *pkey = 0xffff };
    0
}

#[no_mangle]
pub unsafe extern "C" fn openrnic_ibv_get_pkey_index(ctx: *mut ibv_context, port: u8, pkey: u16) -> c_int {
    if ctx.is_null() || port != 1 || u16::from_be(pkey) != 0xffff {
        return -1;
    }
    0
}

/// Blocks (or fails with EAGAIN when the fd is non-blocking) on the async fd. No
/// source of async events exists yet (the engine's event queue is another issue),
/// so nothing is ever delivered; the call behaves as on an idle device.
#[no_mangle]
pub unsafe extern "C" fn openrnic_ibv_get_async_event(ctx: *mut ibv_context, event: *mut ibv_async_event) -> c_int {
    if ctx.is_null() || event.is_null() {
        return -1;
    }
    // SAFETY: a live context.
    let fd = unsafe { (*ctx).async_fd };
    let mut b = 0u8;
    // SAFETY: reads at most one byte into b.
    let n = unsafe { libc::read(fd, &mut b as *mut u8 as *mut c_void, 1) };
    if n != 1 {
        // errno is read's (EAGAIN with O_NONBLOCK); 0 bytes means the context closed.
        return -1;
    }
    fail("ibv_get_async_event", libc::EIO, "an event arrived but no event source exists");
    -1
}

#[no_mangle]
pub unsafe extern "C" fn openrnic_ibv_ack_async_event(_event: *mut ibv_async_event) {}

/// A protection domain.
#[repr(C)]
pub struct Pd {
    pub ibv: ibv_pd,
    pub pd: ProtectionDomain,
    /// MRs and QPs using it: dealloc is refused (EBUSY) while any exist.
    pub users: AtomicUsize,
}

impl Pd {
    /// # Safety
    /// `p` must be a PD this library returned and not yet freed.
    pub unsafe fn from_ibv<'a>(p: *mut ibv_pd) -> &'a Pd {
        // SAFETY: ibv is the first field.
        unsafe { &*(p as *const Pd) }
    }
}

#[no_mangle]
pub unsafe extern "C" fn openrnic_ibv_alloc_pd(ctx: *mut ibv_context) -> *mut ibv_pd {
    if ctx.is_null() {
        return null_with("ibv_alloc_pd", libc::EINVAL, "NULL context");
    }
    // SAFETY: a live context.
    let c = unsafe { Context::from_ibv(ctx) };
    match c.card.dev.alloc_pd() {
        Ok(pd) => {
            let handle = pd.pdn();
            let b = Box::new(Pd { ibv: ibv_pd { context: ctx, handle }, pd, users: AtomicUsize::new(0) });
            Box::into_raw(b) as *mut ibv_pd
        }
        Err(e) => null_with("ibv_alloc_pd", crate::errno_of(&e), e),
    }
}

#[no_mangle]
pub unsafe extern "C" fn openrnic_ibv_dealloc_pd(pd: *mut ibv_pd) -> c_int {
    if pd.is_null() {
        return libc::EINVAL;
    }
    // SAFETY: a live PD.
    let users = unsafe { Pd::from_ibv(pd) }.users.load(Ordering::Acquire);
    if users > 0 {
        return fail("ibv_dealloc_pd", libc::EBUSY, format!("{users} MR(s)/QP(s) still use it"));
    }
    // SAFETY: allocated by ibv_alloc_pd as a Box<Pd>; freed once.
    drop(unsafe { Box::from_raw(pd as *mut Pd) });
    0
}
