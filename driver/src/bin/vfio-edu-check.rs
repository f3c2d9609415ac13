//! vfio-edu-check: drives QEMU's `edu` PCI device (1234:11e8) through openrnic's
//! VFIO backend, using only the `Backend` trait after `VfioBackend::open`.
//! Meant to run inside a guest with an emulated IOMMU (tests/vfio-guest/run.sh).
//!
//! Usage:
//!   vfio-edu-check [PCI-ADDR]              run every check (default: the first
//!                                           vfio-pci device with id 1234:11e8)
//!   vfio-edu-check --expect-open-error ADDR opening ADDR must fail with a
//!                                           Device/Os error (device not bound yet)
//!
//! Prints one `PASS name: ...` or `FAIL name: ...` line per check and finally
//! `SUMMARY PASS n/n` or `SUMMARY FAIL k of n failed`; exit status 0 only on PASS.
//!
//! edu register map (QEMU docs/specs/edu.rst): 0x00 id, 0x04 liveness (reads back
//! the inverse), 0x08 factorial, 0x20 status (bit 0 busy), 0x24 irq status,
//! 0x60 raise irq, 0x64 ack irq, 0x80 DMA source, 0x88 DMA destination, 0x90 DMA
//! count, 0x98 DMA command (bit 0 start, bit 1 direction: 0 = RAM -> device buffer,
//! 1 = device buffer -> RAM, bit 2 raise irq 0x100 when done). The device buffer is
//! at device address 0x40000 (4 KiB). edu masks DMA addresses to 28 bits, so IOVAs
//! stay below 256 MiB. QEMU 7.2's edu aborts on a full 4096-byte DMA (off-by-one
//! range check), so transfers are 2 KiB. 0x80/0x88/0x90 are 64-bit registers that
//! also take a 32-bit write at the base offset; the Backend's write64 writes the low
//! half there and the high half (zero for our IOVAs) to +4, which edu ignores.

use std::fs::File;
use std::io::Read;
use std::os::unix::fs::OpenOptionsExt;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use openrnic_driver::backend::vfio::{list_vfio_devices, VfioBackend};
use openrnic_driver::backend::{Backend, BackendError};

const EDU_VENDOR: u16 = 0x1234;
const EDU_DEVICE: u16 = 0x11e8;
const REG_ID: u64 = 0x00;
const REG_LIVENESS: u64 = 0x04;
const REG_FACTORIAL: u64 = 0x08;
const REG_STATUS: u64 = 0x20;
const REG_IRQ_STATUS: u64 = 0x24;
const REG_IRQ_RAISE: u64 = 0x60;
const REG_IRQ_ACK: u64 = 0x64;
const REG_DMA_SRC: u64 = 0x80;
const REG_DMA_DST: u64 = 0x88;
const REG_DMA_CNT: u64 = 0x90;
const REG_DMA_CMD: u64 = 0x98;
const DMA_RUN: u32 = 1;
const DMA_TO_RAM: u32 = 2;
const DMA_IRQ: u32 = 4;
const DMA_IRQ_BIT: u32 = 0x100;
const EDU_BUF: u64 = 0x40000;
const XFER: usize = 2048;

const IOVA_SRC: u64 = 0x10_0000;
const IOVA_DST: u64 = 0x10_1000;
const IOVA_VICTIM: u64 = 0x20_0000;
const SENTINEL: u8 = 0x5a;

struct Report {
    passed: u32,
    failed: u32,
}

impl Report {
    fn check(&mut self, name: &str, r: Result<String, String>) -> bool {
        match r {
            Ok(detail) => {
                self.passed += 1;
                println!("PASS {name}: {detail}");
                true
            }
            Err(detail) => {
                self.failed += 1;
                println!("FAIL {name}: {detail}");
                false
            }
        }
    }
    fn finish(self) -> ExitCode {
        let n = self.passed + self.failed;
        if self.failed == 0 && n > 0 {
            println!("SUMMARY PASS {n}/{n}");
            ExitCode::SUCCESS
        } else {
            println!("SUMMARY FAIL {} of {n} failed", self.failed);
            ExitCode::FAILURE
        }
    }
}

/// Page-aligned anonymous memory for DMA. Only touched through raw pointers with
/// volatile accesses while the device may see it (see `vfio_dma_map`'s contract).
struct DmaBuf {
    ptr: *mut u8,
    len: usize,
}

impl DmaBuf {
    fn new(len: usize) -> DmaBuf {
        // SAFETY: anonymous private mapping chosen by the kernel; result checked.
        let p = unsafe {
            libc::mmap(
                std::ptr::null_mut(),
                len,
                libc::PROT_READ | libc::PROT_WRITE,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS,
                -1,
                0,
            )
        };
        assert!(p != libc::MAP_FAILED, "mmap of {len} bytes failed");
        DmaBuf { ptr: p.cast(), len }
    }
    fn get(&self, i: usize) -> u8 {
        assert!(i < self.len);
        // SAFETY: in bounds of our mapping.
        unsafe { std::ptr::read_volatile(self.ptr.add(i)) }
    }
    fn set(&self, i: usize, v: u8) {
        assert!(i < self.len);
        // SAFETY: in bounds of our mapping.
        unsafe { std::ptr::write_volatile(self.ptr.add(i), v) }
    }
    fn fill(&self, range: std::ops::Range<usize>, f: impl Fn(usize) -> u8) {
        for i in range {
            self.set(i, f(i));
        }
    }
    /// First index in `range` where the byte differs from `f(i)`.
    fn first_diff(
        &self,
        range: std::ops::Range<usize>,
        f: impl Fn(usize) -> u8,
    ) -> Option<(usize, u8, u8)> {
        range.into_iter().find_map(|i| {
            let (got, want) = (self.get(i), f(i));
            (got != want).then_some((i, got, want))
        })
    }
}

impl Drop for DmaBuf {
    fn drop(&mut self) {
        // SAFETY: exactly the mapping made in new().
        unsafe { libc::munmap(self.ptr.cast(), self.len) };
    }
}

fn pattern(i: usize) -> u8 {
    (i as u8).wrapping_mul(7).wrapping_add(3) ^ (i >> 8) as u8
}

fn e2s(e: BackendError) -> String {
    e.to_string()
}

/// Program one edu DMA with completion interrupt, wait for the interrupt, check the
/// device finished, acknowledge. Returns how long it took.
fn edu_dma(
    dev: &dyn Backend,
    src: u64,
    dst: u64,
    len: usize,
    to_ram: bool,
) -> Result<Duration, String> {
    let t = Instant::now();
    dev.write64(REG_DMA_SRC, src).map_err(e2s)?;
    dev.write64(REG_DMA_DST, dst).map_err(e2s)?;
    dev.write64(REG_DMA_CNT, len as u64).map_err(e2s)?;
    dev.write32(
        REG_DMA_CMD,
        DMA_RUN | DMA_IRQ | if to_ram { DMA_TO_RAM } else { 0 },
    )
    .map_err(e2s)?;
    if !dev.wait_irq(0, Duration::from_secs(10)).map_err(e2s)? {
        return Err(format!(
            "no completion interrupt within 10 s (cmd {:#x}, irq status {:#x})",
            dev.read32(REG_DMA_CMD).map_err(e2s)?,
            dev.read32(REG_IRQ_STATUS).map_err(e2s)?
        ));
    }
    let cmd = dev.read32(REG_DMA_CMD).map_err(e2s)?;
    let st = dev.read32(REG_IRQ_STATUS).map_err(e2s)?;
    dev.write32(REG_IRQ_ACK, st).map_err(e2s)?;
    if cmd & DMA_RUN != 0 {
        return Err(format!(
            "interrupt arrived but DMA still running (cmd {cmd:#x})"
        ));
    }
    if st & DMA_IRQ_BIT == 0 {
        return Err(format!(
            "interrupt arrived but irq status {st:#x} lacks the DMA bit 0x100"
        ));
    }
    Ok(t.elapsed())
}

/// Kernel log lines (from /dev/kmsg) that mention a DMAR fault, read without blocking.
struct Kmsg(Option<File>);

impl Kmsg {
    fn open_at_end() -> Kmsg {
        let f = std::fs::OpenOptions::new()
            .read(true)
            .custom_flags(libc::O_NONBLOCK)
            .open("/dev/kmsg")
            .ok();
        let mut k = Kmsg(f);
        if let Some(f) = &k.0 {
            // SAFETY: plain lseek on our fd: SEEK_END skips to the newest record.
            unsafe { libc::lseek(std::os::unix::io::AsRawFd::as_raw_fd(f), 0, libc::SEEK_END) };
        }
        let _ = k.drain();
        k
    }
    fn drain(&mut self) -> Vec<String> {
        let mut out = Vec::new();
        let Some(f) = &mut self.0 else { return out };
        let mut buf = vec![0u8; 8192];
        loop {
            match f.read(&mut buf) {
                Ok(0) => break,
                Ok(n) => {
                    let rec = String::from_utf8_lossy(&buf[..n]);
                    let msg = rec.split_once(';').map(|(_, m)| m).unwrap_or(&rec);
                    out.push(msg.lines().next().unwrap_or("").to_string());
                }
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                // EPIPE: records were overwritten; keep reading from the next one.
                Err(e) if e.raw_os_error() == Some(libc::EPIPE) => continue,
                Err(_) => break, // EAGAIN: nothing more
            }
        }
        out
    }
}

fn expect_open_error(addr: &str) -> ExitCode {
    let mut r = Report {
        passed: 0,
        failed: 0,
    };
    r.check(
        "open-unbound-error",
        match VfioBackend::open(addr) {
            Ok(_) => Err(format!(
                "{addr} opened although it should not be usable yet"
            )),
            Err(e @ (BackendError::Device { .. } | BackendError::Os { .. })) => {
                let s = e.to_string();
                if s.contains(addr) && s.contains("vfio-pci") {
                    Ok(s)
                } else {
                    Err(format!("error does not name the device and the fix: {s}"))
                }
            }
            Err(e) => Err(format!("unexpected error kind: {e:?}")),
        },
    );
    r.check(
        "open-bad-address",
        match VfioBackend::open("0000:00:1f.9") {
            Err(BackendError::Device { what, .. }) if what.contains("not a PCI address") => {
                Ok(what)
            }
            other => Err(format!("{other:?}")),
        },
    );
    r.finish()
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--expect-open-error") {
        let Some(addr) = args.get(1) else {
            eprintln!("usage: vfio-edu-check --expect-open-error PCI-ADDR");
            return ExitCode::from(2);
        };
        return expect_open_error(addr);
    }
    let mut r = Report {
        passed: 0,
        failed: 0,
    };

    let listed = list_vfio_devices();
    let addr = match args.first() {
        Some(a) => a.clone(),
        None => match listed
            .iter()
            .find(|(_, v, d)| (*v, *d) == (EDU_VENDOR, EDU_DEVICE))
        {
            Some((a, _, _)) => a.clone(),
            None => {
                r.check(
                    "find-edu",
                    Err(format!("no vfio-pci device 1234:11e8 among {listed:04x?}")),
                );
                return r.finish();
            }
        },
    };
    r.check(
        "list",
        if listed
            .iter()
            .any(|(a, v, d)| *a == addr && (*v, *d) == (EDU_VENDOR, EDU_DEVICE))
        {
            Ok(format!("list_vfio_devices() = {listed:04x?}"))
        } else {
            Err(format!(
                "{addr} (1234:11e8) missing from list_vfio_devices() = {listed:04x?}"
            ))
        },
    );

    let vfio = match VfioBackend::open(&addr) {
        Ok(v) => v,
        Err(e) => {
            r.check("open", Err(e.to_string()));
            return r.finish();
        }
    };
    r.check("open", Ok(format!("{vfio:?}")));
    // From here on only the Backend trait.
    let dev: &dyn Backend = &vfio;

    r.check(
        "id",
        dev.read32(REG_ID).map_err(e2s).and_then(|id| {
            if id & 0xffff == 0x00ed {
                Ok(format!(
                    "{id:#010x} (edu v{}.{})",
                    id >> 24,
                    (id >> 16) & 0xff
                ))
            } else {
                Err(format!("{id:#010x}, low 16 bits should be 0x00ed"))
            }
        }),
    );

    r.check(
        "liveness",
        (|| {
            let mut seen = Vec::new();
            for v in [0x1234_5678u32, 0xa5a5_0ff0, 0] {
                dev.write32(REG_LIVENESS, v).map_err(e2s)?;
                let got = dev.read32(REG_LIVENESS).map_err(e2s)?;
                if got != !v {
                    return Err(format!(
                        "wrote {v:#010x}, read {got:#010x}, want {:#010x}",
                        !v
                    ));
                }
                seen.push(format!("{v:#x}->{got:#x}"));
            }
            Ok(seen.join(" "))
        })(),
    );

    r.check(
        "factorial",
        (|| {
            dev.write32(REG_FACTORIAL, 10).map_err(e2s)?;
            let t = Instant::now();
            while dev.read32(REG_STATUS).map_err(e2s)? & 1 != 0 {
                if t.elapsed() > Duration::from_secs(5) {
                    return Err("status stays busy".into());
                }
                std::thread::sleep(Duration::from_millis(1));
            }
            match dev.read32(REG_FACTORIAL).map_err(e2s)? {
                3_628_800 => Ok("10! = 3628800".into()),
                v => Err(format!("10! read back as {v}")),
            }
        })(),
    );

    r.check(
        "bar-bounds",
        (|| {
            let size = dev.bar0_size();
            let mut out = vec![format!("bar0_size {size:#x}")];
            for off in [size, size - 2, 2, u64::MAX - 1] {
                match dev.read32(off) {
                    Err(BackendError::BadOffset { .. }) => {
                        out.push(format!("read32({off:#x}) refused"))
                    }
                    other => return Err(format!("read32({off:#x}) gave {other:?}")),
                }
            }
            match dev.write32(size, 0) {
                Err(BackendError::BadOffset { .. }) => out.push("write32(size) refused".into()),
                other => return Err(format!("write32({size:#x}) gave {other:?}")),
            }
            Ok(out.join(", "))
        })(),
    );

    // ---- interrupts ----
    r.check(
        "irq-vectors",
        (|| {
            let n = dev.irq_count();
            if n == 0 {
                return Err("no interrupt vector enabled".into());
            }
            match dev.wait_irq(n, Duration::ZERO) {
                Err(BackendError::NoVector { .. }) => {
                    Ok(format!("{n} vector(s), wait_irq({n}) -> NoVector"))
                }
                other => Err(format!("wait_irq({n}) gave {other:?}")),
            }
        })(),
    );
    r.check(
        "irq-raise",
        (|| {
            // Nothing pending: a short wait must time out.
            if dev.wait_irq(0, Duration::from_millis(50)).map_err(e2s)? {
                return Err("spurious interrupt before raising one".into());
            }
            let val = 0x00c0_ffee;
            let t = Instant::now();
            dev.write32(REG_IRQ_RAISE, val).map_err(e2s)?;
            if !dev.wait_irq(0, Duration::from_secs(5)).map_err(e2s)? {
                return Err("raised irq 0xc0ffee, nothing arrived within 5 s".into());
            }
            let lat = t.elapsed();
            let st = dev.read32(REG_IRQ_STATUS).map_err(e2s)?;
            if st != val {
                return Err(format!("irq status {st:#x}, want {val:#x}"));
            }
            dev.write32(REG_IRQ_ACK, val).map_err(e2s)?;
            let after = dev.read32(REG_IRQ_STATUS).map_err(e2s)?;
            if after != 0 {
                return Err(format!("irq status {after:#x} after ack"));
            }
            if dev.wait_irq(0, Duration::from_millis(100)).map_err(e2s)? {
                return Err("second interrupt after ack".into());
            }
            Ok(format!(
                "status {st:#x} delivered on vector 0 in {lat:.1?}, acked, then quiet"
            ))
        })(),
    );

    // ---- DMA ----
    let page = 4096usize;
    {
        let b = DmaBuf::new(page);
        // SAFETY: b outlives the (refused) mapping attempt.
        let res = match unsafe { dev.map_dma(IOVA_SRC + 0x800, b.ptr, page) } {
            Err(BackendError::DmaMap { why, .. }) => Ok(format!("misaligned IOVA refused: {why}")),
            Ok(()) => {
                let _ = dev.unmap_dma(IOVA_SRC + 0x800, page);
                Err("misaligned IOVA was accepted".into())
            }
            Err(e) => Err(format!("wrong error: {e}")),
        };
        r.check("dma-map-alignment", res);
    }

    let bufs = DmaBuf::new(2 * page); // [src page][dst page] at IOVA_SRC..
    let victim = DmaBuf::new(page);
    bufs.fill(0..page, pattern);
    bufs.fill(page..2 * page, |_| 0);
    // SAFETY: bufs lives until after unmap_dma below (end of main).
    let mapped = r.check(
        "dma-map",
        unsafe { dev.map_dma(IOVA_SRC, bufs.ptr, 2 * page) }
            .map(|()| format!("{:p} (+{:#x}) at IOVA {IOVA_SRC:#x}", bufs.ptr, 2 * page))
            .map_err(e2s),
    );
    if mapped {
        assert_eq!(IOVA_SRC + page as u64, IOVA_DST);
        r.check(
            "dma-ram-to-device",
            edu_dma(dev, IOVA_SRC, EDU_BUF, XFER, false).map(|t| {
                format!("{XFER} bytes IOVA {IOVA_SRC:#x} -> edu {EDU_BUF:#x}, irq after {t:.1?}")
            }),
        );
        r.check(
            "dma-device-to-ram",
            edu_dma(dev, EDU_BUF, IOVA_DST, XFER, true).and_then(|t| {
                if let Some((i, got, want)) = bufs.first_diff(page..page + XFER, |i| pattern(i - page)) {
                    return Err(format!("byte {} is {got:#04x}, want {want:#04x}", i - page));
                }
                if let Some((i, got, _)) = bufs.first_diff(page + XFER..2 * page, |_| 0) {
                    return Err(format!("byte {} beyond the {XFER}-byte transfer was written ({got:#04x})", i - page));
                }
                Ok(format!(
                    "edu -> IOVA {IOVA_DST:#x}, irq after {t:.1?}; {XFER} bytes match ({:02x} {:02x} {:02x} {:02x} ...), the rest of the page untouched",
                    bufs.get(page), bufs.get(page + 1), bufs.get(page + 2), bufs.get(page + 3)
                ))
            }),
        );
    }

    // ---- the IOMMU really enforces the mappings ----
    // Control: with the victim page mapped, a device write lands in it.
    victim.fill(0..page, |_| SENTINEL);
    // SAFETY: victim outlives the mapping (unmapped right below).
    let control = unsafe { dev.map_dma(IOVA_VICTIM, victim.ptr, page) }
        .map_err(e2s)
        .and_then(|()| {
            edu_dma(dev, EDU_BUF, IOVA_VICTIM, 64, true)?;
            let changed = (0..64).filter(|&i| victim.get(i) != SENTINEL).count();
            dev.unmap_dma(IOVA_VICTIM, page).map_err(e2s)?;
            if changed == 0 {
                return Err("DMA into the mapped victim page changed nothing".into());
            }
            Ok(format!(
                "mapped: device wrote {changed}/64 bytes of the victim page; then unmapped"
            ))
        });
    let control_ok = r.check("iommu-control", control);
    if control_ok {
        victim.fill(0..page, |_| SENTINEL);
        let mut kmsg = Kmsg::open_at_end();
        let blocked = edu_dma(dev, EDU_BUF, IOVA_VICTIM, 64, true).and_then(|_| {
            match victim.first_diff(0..page, |_| SENTINEL) {
                Some((i, got, _)) => Err(format!(
                    "device wrote byte {i} ({got:#04x}) of the unmapped page"
                )),
                None => Ok(()),
            }
        });
        r.check(
            "iommu-blocks-unmapped",
            blocked.map(|()| format!("DMA to IOVA {IOVA_VICTIM:#x} after unmap_dma: victim page untouched (all {SENTINEL:#04x})")),
        );
        // The guest kernel logs the IOMMU fault (QEMU's intel-iommu reports it as a DMAR fault).
        let t = Instant::now();
        let mut lines = Vec::new();
        let fault = loop {
            lines.extend(kmsg.drain());
            if let Some(l) = lines
                .iter()
                .find(|l| l.contains("DMAR") && l.contains("fault addr"))
            {
                break Ok(l.clone());
            }
            if kmsg.0.is_none() {
                break Err("cannot read /dev/kmsg".to_string());
            }
            if t.elapsed() > Duration::from_secs(3) {
                break Err(format!(
                    "no DMAR fault logged within 3 s; kernel said: {lines:?}"
                ));
            }
            std::thread::sleep(Duration::from_millis(20));
        };
        r.check(
            "iommu-fault-logged",
            fault.and_then(|l| {
                let want = format!("{IOVA_VICTIM:x}");
                if l.contains(&want) {
                    Ok(l)
                } else {
                    Err(format!("fault is not for IOVA {IOVA_VICTIM:#x}: {l}"))
                }
            }),
        );
    }

    // ---- reset (while the DMA mapping is still in place) ----
    r.check(
        "reset",
        match dev.reset() {
            Ok(()) => (|| {
                // The function must come back usable: MMIO, MSI and bus mastering
                // restored, DMA mappings (owned by the container) still valid.
                dev.write32(REG_LIVENESS, 0x5555_aaaa).map_err(e2s)?;
                let live = dev.read32(REG_LIVENESS).map_err(e2s)?;
                if live != !0x5555_aaaa {
                    return Err(format!("device dead after reset: liveness {live:#x}"));
                }
                dev.write32(REG_IRQ_RAISE, 1).map_err(e2s)?;
                if !dev.wait_irq(0, Duration::from_secs(5)).map_err(e2s)? {
                    return Err("no interrupt after reset".into());
                }
                dev.write32(REG_IRQ_ACK, 1).map_err(e2s)?;
                let mut dma = String::from("no DMA mapping to retest");
                if mapped {
                    bufs.fill(page..2 * page, |_| 0);
                    edu_dma(dev, IOVA_SRC, EDU_BUF, XFER, false)?;
                    edu_dma(dev, EDU_BUF, IOVA_DST, XFER, true)?;
                    if let Some((i, got, want)) = bufs.first_diff(page..page + XFER, |i| pattern(i - page)) {
                        return Err(format!("DMA after reset: byte {} is {got:#04x}, want {want:#04x}", i - page));
                    }
                    dma = format!("DMA round trip of {XFER} bytes matches");
                }
                Ok(format!("VFIO_DEVICE_RESET ok; afterwards MMIO, MSI and bus mastering work: liveness ok, irq delivered, {dma}"))
            })(),
            // A function without FLR/PM/bus reset: the error must say so.
            Err(e @ BackendError::Os { call: "VFIO_DEVICE_RESET", hint: Some(_), .. }) => {
                Ok(format!("device has no usable reset; reported as: {e}"))
            }
            Err(e) => Err(format!("{e:?}")),
        },
    );

    // ---- unmap ----
    if mapped {
        r.check(
            "dma-unmap",
            dev.unmap_dma(IOVA_SRC, 2 * page)
                .map_err(e2s)
                .and_then(|()| match dev.unmap_dma(IOVA_SRC, 2 * page) {
                    Err(
                        e @ (BackendError::Device { .. }
                        | BackendError::DmaMap { .. }
                        | BackendError::Os { .. }),
                    ) => Ok(format!("unmapped; a second unmap is refused: {e}")),
                    other => Err(format!("second unmap of the same range gave {other:?}")),
                }),
        );
    }

    drop(vfio);
    drop(bufs);
    drop(victim);
    r.finish()
}
