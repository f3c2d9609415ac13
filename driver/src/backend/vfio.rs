//! VFIO backend: a real PCIe function bound to `vfio-pci`, driven from user space.
//!
//! [`VfioBackend::open`] does what a kernel driver's probe would do:
//!
//! 1. checks sysfs first (device exists, bound to `vfio-pci`, has an IOMMU group), so
//!    the common set-up mistakes come back as a [`BackendError::Device`] that says
//!    which command fixes them;
//! 2. opens a VFIO container and the device's group through `vfio-ioctls`
//!    (type1v2 IOMMU);
//! 3. maps BAR0 from the device fd at the region's offset (`vfio-ioctls` has no
//!    helper for that) and accesses it with volatile 32-bit loads and stores. If the
//!    kernel does not allow BAR0 to be mmapped (sub-page BAR, sparse mmap) every
//!    access goes through `pread`/`pwrite` on the region instead;
//! 4. sets Memory Space and Bus Master in the PCI command register (without bus
//!    mastering the device's DMA is dropped);
//! 5. enables interrupts with one eventfd per vector: MSI-X if the device has it,
//!    else MSI, else INTx (re-armed after every [`Backend::wait_irq`]). At most
//!    [`MAX_VECTORS`] vectors are enabled.
//!
//! Every failing kernel call comes back as [`BackendError::Os`] naming the device,
//! the call and what to check.

use std::fs;
use std::io;
use std::os::unix::io::{AsRawFd, RawFd};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use vfio_ioctls::{VfioContainer, VfioDevice, VfioError, VfioOps};
use vmm_sys_util::eventfd::{EventFd, EFD_NONBLOCK};

use super::{Backend, BackendError};

/// Most interrupt vectors [`VfioBackend::open`] enables (each costs an eventfd and a
/// host interrupt vector).
pub const MAX_VECTORS: u32 = 64;

// linux/vfio.h constants (stable kernel ABI).
const BAR0_REGION: u32 = 0;
const CONFIG_REGION: u32 = 7;
const INTX_IRQ: u32 = 0;
const MSI_IRQ: u32 = 1;
const MSIX_IRQ: u32 = 2;
const REGION_FLAG_READ: u32 = 1 << 0;
const REGION_FLAG_WRITE: u32 = 1 << 1;
const REGION_FLAG_MMAP: u32 = 1 << 2;
const IRQ_INFO_EVENTFD: u32 = 1 << 0;
/// `_IO(VFIO_TYPE, VFIO_BASE + 11)` with VFIO_TYPE = ';' (0x3b) and VFIO_BASE = 100.
const VFIO_DEVICE_RESET: libc::c_ulong = (0x3b << 8) | (100 + 11);
/// PCI config space: command register and its Memory Space / Bus Master bits.
const PCI_COMMAND: u64 = 0x04;
const PCI_COMMAND_MEMORY: u16 = 1 << 1;
const PCI_COMMAND_MASTER: u16 = 1 << 2;

const SYSFS_PCI_DEVICES: &str = "/sys/bus/pci/devices";
const SYSFS_VFIO_PCI_DRIVER: &str = "/sys/bus/pci/drivers/vfio-pci";

const HINT_OPEN_CONTAINER: &str =
    "is the vfio-pci module loaded (modprobe vfio-pci) and /dev/vfio/vfio readable and writable by you?";
const HINT_IOMMU: &str =
    "is the IOMMU enabled? enable VT-d/AMD-Vi in firmware and boot with intel_iommu=on (or amd_iommu=on)";
const HINT_GROUP_PERM: &str =
    "permissions on /dev/vfio/N: run as root or give your user the group node (chown)";
const HINT_GROUP_BUSY: &str =
    "the IOMMU group is already open in another process (a VM or another driver instance)";
const HINT_GROUP_MISSING: &str =
    "no /dev/vfio/N node: is the device bound to vfio-pci and the group viable (every device in the group bound to vfio-pci)?";
const HINT_SET_CONTAINER: &str =
    "the group is not viable or already attached to another container: every device in the IOMMU group must be bound to vfio-pci";
const HINT_SET_IOMMU: &str =
    "the type1 IOMMU driver refused the group: is the IOMMU enabled (intel_iommu=on)? without interrupt remapping vfio_iommu_type1 needs allow_unsafe_interrupts=1";
const HINT_DEVICE_FD: &str =
    "the device is already open (another process or another VfioBackend for the same device)";
const HINT_MEMLOCK: &str =
    "pinning the pages failed: raise RLIMIT_MEMLOCK (ulimit -l, systemd LimitMEMLOCK=) or run as root";
const HINT_DMA_OVERLAP: &str = "the IOVA range overlaps an existing DMA mapping";
const HINT_DMA_RANGE: &str =
    "IOVA outside the IOMMU aperture or not page aligned, or the host range is not fully mapped";
const HINT_DMA_LIMIT: &str = "too many DMA mappings (vfio_iommu_type1 dma_entry_limit)";
const HINT_DMA: &str =
    "check RLIMIT_MEMLOCK, that the host memory is mapped, and that the IOVA is free";
const HINT_IRQ: &str =
    "the kernel could not set up the interrupt: out of vectors, or interrupt remapping missing on this platform";
const HINT_RESET_UNSUPPORTED: &str =
    "the function has no reset VFIO can use (no FLR, no PM reset, no secondary bus reset of an otherwise empty bus)";
const HINT_CONFIG: &str = "vfio-pci refused the config space access";
const HINT_BAR: &str =
    "vfio-pci refused the BAR0 access (is the device powered up and memory decoding on?)";

/// How the device's interrupts were enabled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IrqMode {
    MsiX,
    Msi,
    /// Legacy INTx: one vector, automatically masked by VFIO on every interrupt and
    /// unmasked again by [`Backend::wait_irq`].
    IntX,
    /// The device reports no usable interrupt.
    None,
}

enum Bar0Access {
    /// BAR0 mapped into our address space.
    Mmap { ptr: *mut u8, map_len: usize },
    /// BAR0 not mmappable: `pread`/`pwrite` on the device fd at `fd_offset + offset`.
    Pio { fd_offset: u64 },
}

/// One PCIe function bound to `vfio-pci`.
pub struct VfioBackend {
    name: String,
    bar0_size: u64,
    bar0: Bar0Access,
    config_offset: u64,
    irq_mode: IrqMode,
    irq_fds: Vec<EventFd>,
    // Dropped after Drop::drop has unmapped BAR0 (the mapping holds a reference to
    // the device file, which would keep the group busy). `device` before `container`:
    // field order is drop order.
    device: VfioDevice,
    #[allow(dead_code)]
    container: Arc<VfioContainer>,
}

// SAFETY: the only non-Send/Sync member is the BAR0 pointer. It points at an MMIO
// mapping owned by this struct for its whole life, and it is only used for volatile
// 32-bit loads and stores, which any thread may issue concurrently (the device
// serialises them). Everything else (VfioDevice, EventFd, Arc<VfioContainer>) is
// Send + Sync.
unsafe impl Send for VfioBackend {}
// SAFETY: see above.
unsafe impl Sync for VfioBackend {}

impl std::fmt::Debug for VfioBackend {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("VfioBackend")
            .field("name", &self.name)
            .field("bar0_size", &self.bar0_size)
            .field("bar0_mmapped", &self.bar0_mmapped())
            .field("irq_mode", &self.irq_mode)
            .field("irq_count", &self.irq_fds.len())
            .finish()
    }
}

impl VfioBackend {
    /// Open the PCI function `pci_addr` ("0000:00:03.0"; "00:03.0" means domain 0),
    /// which must be bound to `vfio-pci`.
    pub fn open(pci_addr: &str) -> Result<Self, BackendError> {
        let addr = normalize_pci_addr(pci_addr).ok_or_else(|| BackendError::Device {
            device: pci_addr.to_string(),
            what: "not a PCI address: expected DDDD:BB:DD.F, e.g. 0000:00:03.0".into(),
        })?;
        Self::open_sysfs(&addr, Path::new(SYSFS_PCI_DEVICES))
    }

    fn open_sysfs(addr: &str, devices_dir: &Path) -> Result<Self, BackendError> {
        let sysfs = devices_dir.join(addr);
        let group = preflight(addr, &sysfs, devices_dir)?;
        let gdev = format!("{addr} (IOMMU group {group})");

        let container = VfioContainer::new(None).map_err(|e| vfio_error(&gdev, e))?;
        let container = Arc::new(container);
        let ops: Arc<dyn VfioOps> = container.clone();
        let device = VfioDevice::new(&sysfs, ops, false).map_err(|e| match e {
            VfioError::GroupViable => BackendError::Device {
                device: gdev.clone(),
                what: group_not_viable(group),
            },
            e => vfio_error(&gdev, e),
        })?;

        let fd = device.as_raw_fd();
        let bar0_size = device.get_region_size(BAR0_REGION);
        let bar0_flags = device.get_region_flags(BAR0_REGION);
        let bar0_offset = device.get_region_offset(BAR0_REGION);
        if bar0_size == 0 {
            return Err(BackendError::Device {
                device: addr.to_string(),
                what: "BAR0 is not implemented (size 0): not a device this driver can use".into(),
            });
        }
        if bar0_flags & (REGION_FLAG_READ | REGION_FLAG_WRITE)
            != REGION_FLAG_READ | REGION_FLAG_WRITE
        {
            return Err(BackendError::Device {
                device: addr.to_string(),
                what: format!("BAR0 is not readable and writable (VFIO region flags {bar0_flags:#x}): is it an I/O-port BAR?"),
            });
        }
        let bar0 = map_bar(fd, bar0_size, bar0_flags, bar0_offset);

        let mut me = VfioBackend {
            name: addr.to_string(),
            bar0_size,
            bar0,
            config_offset: device.get_region_offset(CONFIG_REGION),
            irq_mode: IrqMode::None,
            irq_fds: Vec::new(),
            device,
            container,
        };
        me.enable_bus_master()?;
        me.enable_irqs()?;
        Ok(me)
    }

    /// PCI address of the function ("0000:00:03.0").
    pub fn pci_addr(&self) -> &str {
        &self.name
    }

    /// How interrupts were enabled (MSI-X, or MSI / INTx if the device has no MSI-X).
    pub fn irq_mode(&self) -> IrqMode {
        self.irq_mode
    }

    /// True if BAR0 is mmapped, false if accesses go through `pread`/`pwrite`.
    pub fn bar0_mmapped(&self) -> bool {
        matches!(self.bar0, Bar0Access::Mmap { .. })
    }

    fn os(
        &self,
        call: &'static str,
        hint: Option<&'static str>,
        source: io::Error,
    ) -> BackendError {
        BackendError::Os {
            device: self.name.clone(),
            call,
            hint,
            source,
        }
    }

    fn config_read16(&self, off: u64) -> Result<u16, BackendError> {
        let mut b = [0u8; 2];
        pread_exact(self.device.as_raw_fd(), &mut b, self.config_offset + off)
            .map_err(|e| self.os("pread PCI config space", Some(HINT_CONFIG), e))?;
        Ok(u16::from_le_bytes(b))
    }

    fn config_write16(&self, off: u64, v: u16) -> Result<(), BackendError> {
        pwrite_exact(
            self.device.as_raw_fd(),
            &v.to_le_bytes(),
            self.config_offset + off,
        )
        .map_err(|e| self.os("pwrite PCI config space", Some(HINT_CONFIG), e))
    }

    /// Turn on Memory Space decoding and Bus Master (DMA) in the command register.
    fn enable_bus_master(&self) -> Result<(), BackendError> {
        let cmd = self.config_read16(PCI_COMMAND)?;
        let want = cmd | PCI_COMMAND_MEMORY | PCI_COMMAND_MASTER;
        if want != cmd {
            self.config_write16(PCI_COMMAND, want)?;
        }
        Ok(())
    }

    fn enable_irqs(&mut self) -> Result<(), BackendError> {
        let usable = |index: u32| {
            self.device
                .get_irq_info(index)
                .filter(|i| i.count > 0 && i.flags & IRQ_INFO_EVENTFD != 0)
                .map(|i| i.count)
        };
        let (mode, count) = if let Some(n) = usable(MSIX_IRQ) {
            (IrqMode::MsiX, n)
        } else if let Some(n) = usable(MSI_IRQ) {
            (IrqMode::Msi, n)
        } else if usable(INTX_IRQ).is_some() {
            (IrqMode::IntX, 1)
        } else {
            return Ok(());
        };
        let count = count.min(MAX_VECTORS);
        let mut fds = Vec::with_capacity(count as usize);
        for _ in 0..count {
            fds.push(EventFd::new(EFD_NONBLOCK | libc::EFD_CLOEXEC).map_err(|e| {
                self.os("eventfd", Some("out of file descriptors? (ulimit -n)"), e)
            })?);
        }
        let refs: Vec<&EventFd> = fds.iter().collect();
        let r = match mode {
            IrqMode::MsiX => self.device.enable_msix(refs),
            IrqMode::Msi => self.device.enable_msi(refs),
            _ => self.device.enable_irq(INTX_IRQ, refs),
        };
        r.map_err(|e| {
            self.os(
                match mode {
                    IrqMode::MsiX => "VFIO_DEVICE_SET_IRQS (enable MSI-X)",
                    IrqMode::Msi => "VFIO_DEVICE_SET_IRQS (enable MSI)",
                    _ => "VFIO_DEVICE_SET_IRQS (enable INTx)",
                },
                Some(HINT_IRQ),
                // vfio-ioctls drops the errno of SET_IRQS; keep its message.
                io::Error::other(e),
            )
        })?;
        self.irq_mode = mode;
        self.irq_fds = fds;
        Ok(())
    }
}

impl Drop for VfioBackend {
    fn drop(&mut self) {
        if !self.irq_fds.is_empty() {
            let index = match self.irq_mode {
                IrqMode::MsiX => MSIX_IRQ,
                IrqMode::Msi => MSI_IRQ,
                _ => INTX_IRQ,
            };
            let _ = self.device.disable_irq(index);
        }
        if let Bar0Access::Mmap { ptr, map_len } = self.bar0 {
            // SAFETY: ptr/map_len are exactly what mmap returned; nothing uses the
            // mapping after this (we are being dropped).
            unsafe { libc::munmap(ptr.cast(), map_len) };
            self.bar0 = Bar0Access::Pio { fd_offset: 0 };
        }
    }
}

impl Backend for VfioBackend {
    fn name(&self) -> &str {
        &self.name
    }

    fn bar0_size(&self) -> u64 {
        self.bar0_size
    }

    fn read32(&self, offset: u64) -> Result<u32, BackendError> {
        check_bar_offset(&self.name, self.bar0_size, offset)?;
        match self.bar0 {
            // SAFETY: offset is 4-byte aligned and offset + 4 <= bar0_size <= map_len
            // (checked above); the mapping lives as long as self.
            Bar0Access::Mmap { ptr, .. } => {
                Ok(unsafe { std::ptr::read_volatile(ptr.add(offset as usize).cast::<u32>()) })
            }
            Bar0Access::Pio { fd_offset } => {
                let mut b = [0u8; 4];
                pread_exact(self.device.as_raw_fd(), &mut b, fd_offset + offset)
                    .map_err(|e| self.os("pread BAR0", Some(HINT_BAR), e))?;
                Ok(u32::from_le_bytes(b))
            }
        }
    }

    fn write32(&self, offset: u64, value: u32) -> Result<(), BackendError> {
        check_bar_offset(&self.name, self.bar0_size, offset)?;
        match self.bar0 {
            // SAFETY: as in read32.
            Bar0Access::Mmap { ptr, .. } => {
                unsafe { std::ptr::write_volatile(ptr.add(offset as usize).cast::<u32>(), value) };
                Ok(())
            }
            Bar0Access::Pio { fd_offset } => pwrite_exact(
                self.device.as_raw_fd(),
                &value.to_le_bytes(),
                fd_offset + offset,
            )
            .map_err(|e| self.os("pwrite BAR0", Some(HINT_BAR), e)),
        }
    }

    unsafe fn map_dma(&self, iova: u64, host: *mut u8, len: usize) -> Result<(), BackendError> {
        check_dma_args(&self.name, iova, Some(host), len, "map")?;
        // SAFETY: the caller guarantees host..host+len is valid, writable and outlives
        // the mapping (the trait's contract, identical to vfio_dma_map's).
        unsafe { self.container.vfio_dma_map(iova, len, host) }.map_err(|e| {
            let (source, hint) = match e {
                VfioError::IommuDmaMap(s) => {
                    let errno = s.errno();
                    let hint = match errno {
                        libc::ENOMEM | libc::EPERM => HINT_MEMLOCK,
                        libc::EEXIST => HINT_DMA_OVERLAP,
                        libc::EINVAL | libc::EFAULT => HINT_DMA_RANGE,
                        libc::ENOSPC => HINT_DMA_LIMIT,
                        _ => HINT_DMA,
                    };
                    (io::Error::from_raw_os_error(errno), hint)
                }
                other => (io::Error::other(other), HINT_DMA),
            };
            self.os("VFIO_IOMMU_MAP_DMA", Some(hint), source)
        })
    }

    fn unmap_dma(&self, iova: u64, len: usize) -> Result<(), BackendError> {
        check_dma_args(&self.name, iova, None, len, "unmap")?;
        self.container
            .vfio_dma_unmap(iova, len)
            .map_err(|e| match e {
                VfioError::IommuDmaUnmap(s) => self.os(
                    "VFIO_IOMMU_UNMAP_DMA",
                    Some("an unmap must cover whole mappings; it cannot split one"),
                    io::Error::from_raw_os_error(s.errno()),
                ),
                VfioError::InvalidDmaUnmapSize => unmap_error(
                    &self.name,
                    iova,
                    len,
                    "the kernel removed a different number of bytes: nothing is mapped there, \
                 or the range does not cover whole mappings",
                ),
                other => self.os("VFIO_IOMMU_UNMAP_DMA", None, io::Error::other(other)),
            })
    }

    fn irq_count(&self) -> u32 {
        self.irq_fds.len() as u32
    }

    fn wait_irq(&self, vector: u32, timeout: Duration) -> Result<bool, BackendError> {
        let fd = self
            .irq_fds
            .get(vector as usize)
            .ok_or_else(|| BackendError::NoVector {
                device: self.name.clone(),
                vector,
                count: self.irq_fds.len() as u32,
            })?;
        let deadline = Instant::now().checked_add(timeout);
        loop {
            let remaining = match deadline {
                Some(d) => d.saturating_duration_since(Instant::now()),
                None => Duration::from_secs(3600),
            };
            let ms = remaining
                .as_nanos()
                .div_ceil(1_000_000)
                .min(i32::MAX as u128) as libc::c_int;
            let mut pfd = libc::pollfd {
                fd: fd.as_raw_fd(),
                events: libc::POLLIN,
                revents: 0,
            };
            // SAFETY: pfd is a valid pollfd array of length 1.
            let r = unsafe { libc::poll(&mut pfd, 1, ms) };
            if r < 0 {
                let e = io::Error::last_os_error();
                if e.kind() == io::ErrorKind::Interrupted {
                    continue;
                }
                return Err(self.os("poll (interrupt eventfd)", None, e));
            }
            if r > 0 {
                match fd.read() {
                    Ok(_) => {
                        if self.irq_mode == IrqMode::IntX {
                            self.device.unmask_irq(INTX_IRQ).map_err(|e| {
                                self.os(
                                    "VFIO_DEVICE_SET_IRQS (unmask INTx)",
                                    Some(HINT_IRQ),
                                    io::Error::other(e),
                                )
                            })?;
                        }
                        return Ok(true);
                    }
                    // Another thread consumed it first.
                    Err(e) if e.kind() == io::ErrorKind::WouldBlock => {}
                    Err(e) => return Err(self.os("read (interrupt eventfd)", None, e)),
                }
            }
            if deadline.is_some_and(|d| Instant::now() >= d) {
                return Ok(false);
            }
        }
    }

    fn reset(&self) -> Result<(), BackendError> {
        // vfio-ioctls' VfioDevice::reset() discards the result; issue the ioctl here.
        // SAFETY: VFIO_DEVICE_RESET takes no argument; the fd is our VFIO device fd.
        let r = unsafe { libc::ioctl(self.device.as_raw_fd(), VFIO_DEVICE_RESET as _) };
        if r < 0 {
            let e = io::Error::last_os_error();
            let hint = if e.raw_os_error() == Some(libc::EINVAL)
                || e.raw_os_error() == Some(libc::ENOTTY)
            {
                HINT_RESET_UNSUPPORTED
            } else {
                "the reset did not complete (device busy or hung)"
            };
            return Err(self.os("VFIO_DEVICE_RESET", Some(hint), e));
        }
        // The PCI core restores config space around a reset; make sure DMA is still on.
        self.enable_bus_master()
    }
}

/// Every PCI function bound to `vfio-pci`, as (address, vendor id, device id), sorted
/// by address. Empty if there are none (or no PCI bus / no vfio-pci driver).
pub fn list_vfio_devices() -> Vec<(String, u16, u16)> {
    list_vfio_devices_in(
        Path::new(SYSFS_VFIO_PCI_DRIVER),
        Path::new(SYSFS_PCI_DEVICES),
    )
}

fn list_vfio_devices_in(driver_dir: &Path, devices_dir: &Path) -> Vec<(String, u16, u16)> {
    let Ok(rd) = fs::read_dir(driver_dir) else {
        return Vec::new();
    };
    let mut out: Vec<(String, u16, u16)> = rd
        .filter_map(|e| e.ok())
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|n| normalize_pci_addr(n).as_deref() == Some(n.as_str()))
        .filter_map(|addr| {
            let dev = devices_dir.join(&addr);
            let vendor = read_hex_u16(&dev.join("vendor"))?;
            let device = read_hex_u16(&dev.join("device"))?;
            Some((addr, vendor, device))
        })
        .collect();
    out.sort();
    out
}

fn read_hex_u16(p: &Path) -> Option<u16> {
    let s = fs::read_to_string(p).ok()?;
    let s = s.trim();
    u16::from_str_radix(s.strip_prefix("0x").unwrap_or(s), 16).ok()
}

/// "0000:00:03.0" or "00:03.0" -> "0000:00:03.0" (lower case); None if malformed.
fn normalize_pci_addr(s: &str) -> Option<String> {
    let s = s.trim().to_ascii_lowercase();
    let full = if s.matches(':').count() == 1 {
        format!("0000:{s}")
    } else {
        s
    };
    let (dom, rest) = full.split_once(':')?;
    let (bus, rest) = rest.split_once(':')?;
    let (dev, func) = rest.split_once('.')?;
    let hex = |x: &str, n: usize| x.len() == n && x.bytes().all(|b| b.is_ascii_hexdigit());
    if !(hex(dom, 4) && hex(bus, 2) && hex(dev, 2) && func.len() == 1) {
        return None;
    }
    let (d, f) = (u8::from_str_radix(dev, 16).ok()?, func.parse::<u8>().ok()?);
    (d < 32 && f < 8).then_some(full)
}

fn driver_of(sysfs_dev: &Path) -> Option<String> {
    fs::read_link(sysfs_dev.join("driver"))
        .ok()
        .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
}

/// Sysfs checks before any VFIO call; returns the IOMMU group number.
fn preflight(addr: &str, sysfs: &Path, devices_dir: &Path) -> Result<u32, BackendError> {
    let err = |what: String| BackendError::Device {
        device: addr.to_string(),
        what,
    };
    if !sysfs.exists() {
        return Err(err(if devices_dir.exists() {
            format!(
                "no such PCI device (nothing at {}); list devices with `lspci -D`",
                sysfs.display()
            )
        } else {
            format!(
                "no PCI devices visible: {} does not exist (is /sys mounted?)",
                devices_dir.display()
            )
        }));
    }
    let bind = format!(
        "bind it with: echo vfio-pci > {p}/driver_override && echo {addr} > /sys/bus/pci/drivers_probe",
        p = sysfs.display()
    );
    match driver_of(sysfs).as_deref() {
        Some("vfio-pci") => {}
        Some(other) => {
            return Err(err(format!(
                "bound to driver {other}, not vfio-pci; unbind it (echo {addr} > {p}/driver/unbind), then {bind}",
                p = sysfs.display()
            )))
        }
        None => {
            return Err(err(format!(
                "not bound to vfio-pci (no driver); {bind}{}",
                if Path::new(SYSFS_VFIO_PCI_DRIVER).exists() { "" } else { " (modprobe vfio-pci first)" }
            )))
        }
    }
    let group = fs::read_link(sysfs.join("iommu_group"))
        .ok()
        .and_then(|p| p.file_name()?.to_str()?.parse::<u32>().ok())
        .ok_or_else(|| err(format!("has no IOMMU group: {HINT_IOMMU}")))?;
    Ok(group)
}

fn group_not_viable(group: u32) -> String {
    let dir = PathBuf::from(format!("/sys/kernel/iommu_groups/{group}/devices"));
    let mut members: Vec<String> = fs::read_dir(&dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok())
                .map(|e| {
                    let name = e.file_name().to_string_lossy().into_owned();
                    let drv = driver_of(&e.path()).unwrap_or_else(|| "no driver".into());
                    format!("{name} ({drv})")
                })
                .collect()
        })
        .unwrap_or_default();
    members.sort();
    format!(
        "IOMMU group {group} is not viable: every device in it must be bound to vfio-pci or have no driver; members: {}",
        if members.is_empty() { "unknown".into() } else { members.join(", ") }
    )
}

/// Map a vfio-ioctls error from container/group/device set-up to BackendError::Os.
fn vfio_error(device: &str, e: VfioError) -> BackendError {
    let sys = |s: vmm_sys_util::errno::Error| io::Error::from_raw_os_error(s.errno());
    let (call, hint, source): (&'static str, Option<&'static str>, io::Error) = match e {
        VfioError::OpenContainer(io) => ("open /dev/vfio/vfio", Some(HINT_OPEN_CONTAINER), io),
        VfioError::OpenGroup(io, _) => {
            let hint = match io.raw_os_error() {
                Some(libc::EACCES) | Some(libc::EPERM) => HINT_GROUP_PERM,
                Some(libc::EBUSY) => HINT_GROUP_BUSY,
                Some(libc::ENOENT) => HINT_GROUP_MISSING,
                _ => HINT_GROUP_MISSING,
            };
            ("open /dev/vfio/<group>", Some(hint), io)
        }
        e @ (VfioError::VfioApiVersion | VfioError::VfioExtension | VfioError::VfioInvalidType) => (
            "VFIO_CHECK_EXTENSION(TYPE1v2_IOMMU)",
            Some("the kernel has no type1v2 IOMMU backend: modprobe vfio_iommu_type1; is the IOMMU enabled?"),
            io::Error::other(e),
        ),
        e @ VfioError::GetGroupStatus => ("VFIO_GROUP_GET_STATUS", None, io::Error::other(e)),
        e @ VfioError::GroupSetContainer => ("VFIO_GROUP_SET_CONTAINER", Some(HINT_SET_CONTAINER), io::Error::other(e)),
        VfioError::ContainerSetIOMMU(s) => ("VFIO_SET_IOMMU(TYPE1v2)", Some(HINT_SET_IOMMU), sys(s)),
        VfioError::GroupGetDeviceFD(s) => ("VFIO_GROUP_GET_DEVICE_FD", Some(HINT_DEVICE_FD), sys(s)),
        VfioError::VfioDeviceGetInfo(s) => ("VFIO_DEVICE_GET_INFO", None, sys(s)),
        VfioError::VfioDeviceGetRegionInfo(s) => ("VFIO_DEVICE_GET_REGION_INFO", None, sys(s)),
        e @ (VfioError::VfioDeviceGetInfoPCI | VfioError::VfioDeviceGetInfoOther) => {
            return BackendError::Device { device: device.to_string(), what: format!("{e}: not a PCI function") }
        }
        e @ VfioError::InvalidPath => {
            return BackendError::Device { device: device.to_string(), what: format!("{e}: cannot read its IOMMU group from sysfs") }
        }
        e => ("VFIO set-up", Some(HINT_IOMMU), io::Error::other(e)),
    };
    BackendError::Os {
        device: device.to_string(),
        call,
        hint,
        source,
    }
}

fn map_bar(fd: RawFd, size: u64, flags: u32, fd_offset: u64) -> Bar0Access {
    if flags & REGION_FLAG_MMAP != 0 {
        let page = page_size() as u64;
        if let Some(map_len) = size
            .checked_next_multiple_of(page)
            .and_then(|l| usize::try_from(l).ok())
        {
            // SAFETY: a fresh shared mapping of the device fd chosen by the kernel
            // (no MAP_FIXED); the result is checked below.
            let p = unsafe {
                libc::mmap(
                    std::ptr::null_mut(),
                    map_len,
                    libc::PROT_READ | libc::PROT_WRITE,
                    libc::MAP_SHARED,
                    fd,
                    fd_offset as libc::off_t,
                )
            };
            if p != libc::MAP_FAILED {
                return Bar0Access::Mmap {
                    ptr: p.cast(),
                    map_len,
                };
            }
        }
    }
    Bar0Access::Pio { fd_offset }
}

fn page_size() -> usize {
    // SAFETY: sysconf has no preconditions.
    let p = unsafe { libc::sysconf(libc::_SC_PAGESIZE) };
    if p > 0 {
        p as usize
    } else {
        4096
    }
}

fn check_bar_offset(device: &str, size: u64, offset: u64) -> Result<(), BackendError> {
    if offset & 3 != 0 || !matches!(offset.checked_add(4), Some(end) if end <= size) {
        return Err(BackendError::BadOffset {
            device: device.to_string(),
            offset,
            size,
        });
    }
    Ok(())
}

fn check_dma_args(
    device: &str,
    iova: u64,
    host: Option<*mut u8>,
    len: usize,
    what: &str,
) -> Result<(), BackendError> {
    let page = page_size();
    let fail = |why: String| {
        Err(if what == "unmap" {
            unmap_error(device, iova, len, &why)
        } else {
            BackendError::DmaMap {
                device: device.to_string(),
                iova,
                len,
                why,
            }
        })
    };
    if len == 0 {
        return fail(format!("{what} of zero bytes"));
    }
    if host.is_some_and(|h| h.is_null()) {
        return fail("host address is null".into());
    }
    if iova.checked_add(len as u64).is_none() {
        return fail("IOVA range wraps around 2^64".into());
    }
    let mask = page - 1; // page sizes are powers of two
    let host_bad = host.is_some_and(|h| h as usize & mask != 0);
    if iova & mask as u64 != 0 || len & mask != 0 || host_bad {
        return fail(format!(
            "VFIO maps whole pages: IOVA, length{} must be multiples of the {page}-byte page size{}",
            if host.is_some() { " and host address" } else { "" },
            host.map(|h| format!(" (host address {h:p})")).unwrap_or_default()
        ));
    }
    Ok(())
}

/// BackendError has no unmap variant; `DmaMap`'s text says "map", so use `Device`.
fn unmap_error(device: &str, iova: u64, len: usize, why: &str) -> BackendError {
    BackendError::Device {
        device: device.to_string(),
        what: format!("DMA unmap of IOVA {iova:#x} (+{len:#x}) refused: {why}"),
    }
}

fn pread_exact(fd: RawFd, buf: &mut [u8], off: u64) -> io::Result<()> {
    // SAFETY: buf is valid for buf.len() bytes of writes.
    let r = unsafe { libc::pread(fd, buf.as_mut_ptr().cast(), buf.len(), off as libc::off_t) };
    match r {
        r if r < 0 => Err(io::Error::last_os_error()),
        r if r as usize != buf.len() => Err(io::Error::new(
            io::ErrorKind::UnexpectedEof,
            format!("short read: {r} of {} bytes", buf.len()),
        )),
        _ => Ok(()),
    }
}

fn pwrite_exact(fd: RawFd, buf: &[u8], off: u64) -> io::Result<()> {
    // SAFETY: buf is valid for buf.len() bytes of reads.
    let r = unsafe { libc::pwrite(fd, buf.as_ptr().cast(), buf.len(), off as libc::off_t) };
    match r {
        r if r < 0 => Err(io::Error::last_os_error()),
        r if r as usize != buf.len() => Err(io::Error::new(
            io::ErrorKind::WriteZero,
            format!("short write: {r} of {} bytes", buf.len()),
        )),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nonexistent_device_is_a_helpful_error_not_a_panic() {
        let e = VfioBackend::open("0000:fe:1f.7").unwrap_err();
        let msg = e.to_string();
        assert!(
            matches!(e, BackendError::Device { .. } | BackendError::Os { .. }),
            "{e:?}"
        );
        assert!(msg.starts_with("0000:fe:1f.7: "), "{msg}");
        assert!(
            msg.contains("no such PCI device") || msg.contains("no PCI devices visible"),
            "{msg}"
        );
    }

    #[test]
    fn short_address_gets_domain_zero() {
        let e = VfioBackend::open("fe:1f.7").unwrap_err();
        assert!(e.to_string().starts_with("0000:fe:1f.7: "), "{e}");
    }

    #[test]
    fn malformed_address_is_rejected() {
        for bad in [
            "",
            "nonsense",
            "0000:00:03",
            "0000:00:20.0",
            "0000:00:03.8",
            "00000:00:03.0",
            "../../etc",
        ] {
            let e = VfioBackend::open(bad).unwrap_err();
            assert!(e.to_string().contains("not a PCI address"), "{bad}: {e}");
        }
        assert_eq!(
            normalize_pci_addr("0000:00:1F.7").as_deref(),
            Some("0000:00:1f.7")
        );
        assert_eq!(
            normalize_pci_addr("00:03.0").as_deref(),
            Some("0000:00:03.0")
        );
    }

    fn fake_sysfs() -> PathBuf {
        let t = std::env::temp_dir().join(format!(
            "openrnic-vfio-test-{}-{:?}",
            std::process::id(),
            std::thread::current().id()
        ));
        let _ = fs::remove_dir_all(&t);
        t
    }

    #[test]
    fn preflight_explains_driver_and_iommu_problems() {
        let t = fake_sysfs();
        let devs = t.join("devices");
        let drivers = t.join("drivers");
        for (addr, drv) in [
            ("0000:00:03.0", Some("e1000e")),
            ("0000:00:04.0", None),
            ("0000:00:05.0", Some("vfio-pci")),
        ] {
            fs::create_dir_all(devs.join(addr)).unwrap();
            if let Some(d) = drv {
                fs::create_dir_all(drivers.join(d)).unwrap();
                std::os::unix::fs::symlink(drivers.join(d), devs.join(addr).join("driver"))
                    .unwrap();
            }
        }
        let e = VfioBackend::open_sysfs("0000:00:03.0", &devs)
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("bound to driver e1000e") && e.contains("driver_override"),
            "{e}"
        );
        let e = VfioBackend::open_sysfs("0000:00:04.0", &devs)
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("not bound to vfio-pci") && e.contains("drivers_probe"),
            "{e}"
        );
        let e = VfioBackend::open_sysfs("0000:00:05.0", &devs)
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("no IOMMU group") && e.contains("intel_iommu=on"),
            "{e}"
        );
        let e = VfioBackend::open_sysfs("0000:00:06.0", &devs)
            .unwrap_err()
            .to_string();
        assert!(e.contains("no such PCI device"), "{e}");
        let _ = fs::remove_dir_all(&t);
    }

    #[test]
    fn lists_only_vfio_bound_functions() {
        let t = fake_sysfs();
        let devs = t.join("devices");
        let drv = t.join("vfio-pci");
        fs::create_dir_all(&drv).unwrap();
        for (addr, v, d) in [
            ("0000:00:05.0", "0x1234", "0x11e8"),
            ("0000:00:03.0", "0x10ee", "0x9038"),
        ] {
            fs::create_dir_all(devs.join(addr)).unwrap();
            fs::write(devs.join(addr).join("vendor"), format!("{v}\n")).unwrap();
            fs::write(devs.join(addr).join("device"), format!("{d}\n")).unwrap();
            std::os::unix::fs::symlink(devs.join(addr), drv.join(addr)).unwrap();
        }
        for f in ["bind", "unbind", "new_id", "module"] {
            fs::write(drv.join(f), "").unwrap();
        }
        let l = list_vfio_devices_in(&drv, &devs);
        assert_eq!(
            l,
            vec![
                ("0000:00:03.0".into(), 0x10ee, 0x9038),
                ("0000:00:05.0".into(), 0x1234, 0x11e8)
            ]
        );
        assert!(list_vfio_devices_in(&t.join("missing"), &devs).is_empty());
        let _ = fs::remove_dir_all(&t);
        // On this host: must not panic, whatever is (not) there.
        let _ = list_vfio_devices();
    }

    #[test]
    fn bar_offsets_are_bounds_and_alignment_checked() {
        assert!(check_bar_offset("d", 0x1000, 0).is_ok());
        assert!(check_bar_offset("d", 0x1000, 0xffc).is_ok());
        for bad in [0x1000, 0xffe, 2, u64::MAX - 3, u64::MAX] {
            assert!(
                matches!(
                    check_bar_offset("d", 0x1000, bad),
                    Err(BackendError::BadOffset { .. })
                ),
                "{bad:#x}"
            );
        }
    }

    #[test]
    fn dma_arguments_must_be_page_granular() {
        let p = page_size();
        let host = p as *mut u8; // never dereferenced
        assert!(check_dma_args("d", 0x10_0000, Some(host), p, "map").is_ok());
        assert!(check_dma_args("d", 0x10_0000, None, 2 * p, "unmap").is_ok());
        for (iova, h, len) in [
            (0x10_0800u64, host, p),
            (0x10_0000, host, 100),
            (0x10_0000, host.wrapping_add(8), p),
            (0, host, 0),
            (0, std::ptr::null_mut(), p),
            (u64::MAX - 0xfff, host, 2 * p),
        ] {
            let e = check_dma_args("d", iova, Some(h), len, "map").unwrap_err();
            assert!(matches!(e, BackendError::DmaMap { .. }), "{e:?}");
        }
        let e = check_dma_args("d", 0x10_0800, None, p, "unmap")
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("DMA unmap of IOVA 0x100800") && e.contains("whole pages"),
            "{e}"
        );
        let e = check_dma_args("d", 0x10_0800, Some(host), p, "map")
            .unwrap_err()
            .to_string();
        assert!(e.contains("whole pages") && e.contains("page size"), "{e}");
    }

    #[test]
    fn reset_ioctl_number_matches_linux_uapi() {
        // _IO(';', 111): no size, no direction.
        assert_eq!(VFIO_DEVICE_RESET, 0x3b6f);
    }
}
