//! The device: identity and capability checks, station address, counters, the
//! QPC/MR/CQ command channel, and the tables that hand out QP, MR, CQ and PD numbers.

use super::cq::{CompletionQueue, CqInner};
use super::error::{Error, Result};
use super::memory::{DmaBuf, IovaAllocator};
use super::mr::{MemoryRegion, MrTable};
use super::qp::{QpInitAttr, QpTrack, QueuePair};
use super::{ceil_log2, lock, reg_value, MAX_MSG_SIZE, MAX_RING_LOG2};
use crate::backend::Backend;
use openrnic_contract::regs::{self, Reg};
use openrnic_contract::{queues, Field};
use std::net::Ipv4Addr;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Where IOVAs start: above 4 GiB so a truncated 32-bit address never aliases one.
const IOVA_BASE: u64 = 0x1_0000_0000;
const IOVA_END: u64 = 1 << 47;
const DEFAULT_CMD_TIMEOUT: Duration = Duration::from_secs(2);

/// What the device reports about itself (`CAP_*`), plus driver-side limits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DeviceAttr {
    pub datapath_bits: u32,
    pub max_qp: u32,
    pub max_mr: u32,
    pub max_cq: u32,
    /// Largest path MTU in bytes.
    pub max_mtu: u32,
    /// `CAP_FEATURES`; test bits with [`DeviceAttr::has`] and `regs::feature::*`.
    pub features: u32,
    /// Largest message of one work request.
    pub max_msg_size: u64,
    /// Deepest send/receive queue and CQ (free-running 16-bit indices).
    pub max_qp_wr: u32,
}

impl DeviceAttr {
    /// Whether `CAP_FEATURES` has `feature` (one of `regs::feature::*`).
    pub fn has(&self, feature: Field) -> bool {
        feature.get(&self.features.to_le_bytes()) != 0
    }
}

macro_rules! counters {
    ($($field:ident: $reg:ident),* $(,)?) => {
        /// A snapshot of the engine's `CNT_*` registers, one field per register
        /// (the unit test checks this list against `regs::ALL`).
        #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
        pub struct Counters {
            $(pub $field: u32,)*
        }
        impl Counters {
            fn read(b: &dyn Backend) -> Result<Counters> {
                Ok(Counters { $($field: b.read32(regs::$reg.offset as u64)?,)* })
            }
            /// The value of counter register `reg` (`regs::CNT_*`); None for other registers.
            pub fn get(&self, reg: &Reg) -> Option<u32> {
                match reg.name {
                    $(stringify!($reg) => Some(self.$field),)*
                    _ => None,
                }
            }
            /// Per-counter difference `self - earlier` (counters wrap at 2^32).
            pub fn since(&self, earlier: &Counters) -> Counters {
                Counters { $($field: self.$field.wrapping_sub(earlier.$field),)* }
            }
        }
    };
}

counters! {
    rx_frames: CNT_RX_FRAMES,
    rx_bad_icrc: CNT_RX_BAD_ICRC,
    rx_malformed: CNT_RX_MALFORMED,
    rx_not_roce: CNT_RX_NOT_ROCE,
    rx_bad_qp: CNT_RX_BAD_QP,
    rx_duplicate: CNT_RX_DUPLICATE,
    nak_seq_sent: CNT_NAK_SEQ_SENT,
    nak_access_sent: CNT_NAK_ACCESS_SENT,
    rnr_nak_sent: CNT_RNR_NAK_SENT,
    nak_invalid_sent: CNT_NAK_INVALID_SENT,
    tx_frames: CNT_TX_FRAMES,
    tx_acks: CNT_TX_ACKS,
    rx_acks: CNT_RX_ACKS,
    rx_naks: CNT_RX_NAKS,
    retransmits: CNT_RETRANSMITS,
    dma_errors: CNT_DMA_ERRORS,
    wqe_errors: CNT_WQE_ERRORS,
    cq_overflow: CNT_CQ_OVERFLOW,
    rx_bad_source: CNT_RX_BAD_SOURCE,
    rx_bad_pkey: CNT_RX_BAD_PKEY,
    rx_overflow: CNT_RX_OVERFLOW,
}

impl Counters {
    /// (register name, value) for every `CNT_*` register, in register-map order.
    pub fn iter(&self) -> impl Iterator<Item = (&'static str, u32)> + '_ {
        counter_regs().map(|r| (r.name, self.get(r).unwrap_or(0)))
    }
}

impl std::fmt::Display for Counters {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for (name, v) in self.iter() {
            writeln!(f, "{name:<24} {v}")?;
        }
        Ok(())
    }
}

pub(crate) fn counter_regs() -> impl Iterator<Item = &'static Reg> {
    regs::ALL.iter().filter(|r| r.name.starts_with("CNT_"))
}

/// Shared by every object made from the device.
pub(crate) struct DeviceInner {
    pub(crate) backend: Arc<dyn Backend>,
    pub(crate) attr: DeviceAttr,
    pub(crate) iovas: Arc<IovaAllocator>,
    /// Serializes staging-register writes + command (the staging set is global).
    cmd: Mutex<()>,
    cmd_timeout_ns: AtomicU64,
    /// QP table by QPN: the CQ poller finds a completion's queue pair here.
    pub(crate) qps: Mutex<Vec<Option<Arc<QpTrack>>>>,
    pub(crate) mrs: Mutex<MrTable>,
    /// Bumped at every deregistration; QPs' MR caches compare against it.
    pub(crate) mr_epoch: AtomicU64,
    cqs: Mutex<Vec<bool>>,
    pds: Mutex<PdNumbers>,
    /// How many work queues are in flush mode (fast check in every poll).
    pub(crate) flushing: AtomicUsize,
}

struct PdNumbers {
    next: u32,
    free: Vec<u32>,
}

impl DeviceInner {
    pub(crate) fn name(&self) -> &str {
        self.backend.name()
    }
    pub(crate) fn write(&self, reg: &Reg, v: u32) -> Result<()> {
        Ok(self.backend.write32(reg.offset as u64, v)?)
    }
    pub(crate) fn read(&self, reg: &Reg) -> Result<u32> {
        Ok(self.backend.read32(reg.offset as u64)?)
    }

    fn wait_cmd_idle(&self, what: &'static str) -> Result<()> {
        let timeout = Duration::from_nanos(self.cmd_timeout_ns.load(Ordering::Relaxed));
        let start = Instant::now();
        let mut spins = 0u32;
        loop {
            let status = self.read(&regs::STATUS)?;
            if regs::status::CMD_PENDING.get(&status.to_le_bytes()) == 0 {
                return Ok(());
            }
            if start.elapsed() > timeout {
                return Err(Error::CommandTimeout {
                    device: self.name().to_string(),
                    what,
                    status,
                    waited_ms: timeout.as_millis() as u64,
                });
            }
            spins += 1;
            if spins < 64 { std::hint::spin_loop() } else { std::thread::yield_now() }
        }
    }

    /// Write the staging registers, then `cmd_reg = cmd`, and wait until the engine
    /// has executed it: callers free memory right after an INVALIDATE returns.
    pub(crate) fn command(&self, what: &'static str, staging: &[(&Reg, u32)], cmd_reg: &Reg, cmd: u32) -> Result<()> {
        let _g = lock(&self.cmd);
        self.wait_cmd_idle(what)?;
        for (reg, v) in staging {
            self.write(reg, *v)?;
        }
        self.write(cmd_reg, cmd)?;
        self.wait_cmd_idle(what)
    }

    pub(crate) fn free_cqn(&self, cqn: u32) {
        if let Some(s) = lock(&self.cqs).get_mut(cqn as usize) {
            *s = false;
        }
    }
    fn alloc_pdn(&self) -> Result<u32> {
        let mut p = lock(&self.pds);
        if let Some(n) = p.free.pop() {
            return Ok(n);
        }
        let max = queues::qpc::PD.mask().min(queues::mr::PD.mask()) as u32;
        if p.next > max {
            return Err(Error::Exhausted { what: "protection domains", max });
        }
        p.next += 1;
        Ok(p.next - 1)
    }
    fn free_pdn(&self, n: u32) {
        lock(&self.pds).free.push(n);
    }
}

impl Drop for DeviceInner {
    fn drop(&mut self) {
        let _ = self.write(&regs::CTRL, 0);
    }
}

/// An opened openrnic function. Cheap to clone; every object made from it keeps it alive.
#[derive(Clone)]
pub struct Device {
    pub(crate) inner: Arc<DeviceInner>,
}

impl std::fmt::Debug for Device {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Device").field("name", &self.inner.name()).field("attr", &self.inner.attr).finish()
    }
}

pub(crate) fn mac_lo(mac: [u8; 6]) -> u32 {
    u32::from_be_bytes([mac[2], mac[3], mac[4], mac[5]])
}
pub(crate) fn mac_hi(mac: [u8; 6]) -> u32 {
    u16::from_be_bytes([mac[0], mac[1]]) as u32
}

impl Device {
    /// Check identity and contract version, read the capabilities, put every QP,
    /// MR and CQ row into a known (invalid) state, and enable the engine.
    pub fn open(backend: Arc<dyn Backend>) -> Result<Device> {
        let device = backend.name().to_string();
        let needed = regs::BAR0_SIZE as u64;
        if backend.bar0_size() < needed {
            return Err(Error::BarTooSmall { device, size: backend.bar0_size(), needed });
        }
        let rd = |r: &Reg| backend.read32(r.offset as u64);
        let id = rd(&regs::ID)?;
        if id != regs::ID_VALUE {
            return Err(Error::NotOpenrnic { device, found: id, expected: regs::ID_VALUE });
        }
        let major = regs::version::MAJOR.get(&rd(&regs::VERSION)?.to_le_bytes()) as u32;
        let expected = regs::version::MAJOR.get(&regs::VERSION.reset.to_le_bytes()) as u32;
        if major != expected {
            return Err(Error::VersionMismatch { device, found: major, expected });
        }
        let attr = DeviceAttr {
            datapath_bits: rd(&regs::CAP_DATAPATH)?,
            max_qp: rd(&regs::CAP_QPS)?,
            max_mr: rd(&regs::CAP_MRS)?,
            max_cq: rd(&regs::CAP_CQS)?,
            max_mtu: rd(&regs::CAP_MAX_MTU)?,
            features: rd(&regs::CAP_FEATURES)?,
            max_msg_size: MAX_MSG_SIZE,
            max_qp_wr: 1 << MAX_RING_LOG2,
        };
        // Table sizes must fit the CQE QPN and QPC CQN fields, leave MR keys at
        // least 16 generation bits, and their doorbells must fit in BAR0.
        let checks: [(&'static str, u32, u64); 4] = [
            ("CAP_QPS", attr.max_qp, 1 << queues::cqe::QPN.width),
            ("CAP_CQS", attr.max_cq, 1 << regs::qpc_cqn::SEND_CQ.width.min(queues::qpc::SCQ.width)),
            ("CAP_MRS", attr.max_mr, 1 << 16),
            ("CAP_MAX_MTU", attr.max_mtu, u32::MAX as u64),
        ];
        for (cap, value, limit) in checks {
            if value == 0 || value as u64 > limit {
                return Err(Error::BadCapability { device, cap, value });
            }
        }
        if regs::QP_DB.addr(attr.max_qp - 1, &regs::RQ_PI) as u64 >= backend.bar0_size() {
            return Err(Error::BadCapability { device, cap: "CAP_QPS", value: attr.max_qp });
        }
        if regs::CQ_DB.addr(attr.max_cq - 1, &regs::CQ_ARM) >= regs::QP_DB.base {
            return Err(Error::BadCapability { device, cap: "CAP_CQS", value: attr.max_cq });
        }
        let inner = Arc::new(DeviceInner {
            backend: backend.clone(),
            attr,
            iovas: Arc::new(IovaAllocator::new(IOVA_BASE, IOVA_END)),
            cmd: Mutex::new(()),
            cmd_timeout_ns: AtomicU64::new(DEFAULT_CMD_TIMEOUT.as_nanos() as u64),
            qps: Mutex::new(vec![None; attr.max_qp as usize]),
            mrs: Mutex::new(MrTable::new(attr.max_mr, ceil_log2(attr.max_mr))),
            mr_epoch: AtomicU64::new(0),
            cqs: Mutex::new(vec![false; attr.max_cq as usize]),
            pds: Mutex::new(PdNumbers { next: 1, free: Vec::new() }),
            flushing: AtomicUsize::new(0),
        });
        // A previous user may have left rows pointing at IOVAs that no longer exist.
        inner.write(&regs::CTRL, 0)?;
        for qpn in 0..attr.max_qp {
            inner.command("QP reset", &[(&regs::QPC_SEL, qpn)], &regs::QPC_CMD, regs::cmd::INVALIDATE)?;
        }
        for mr in 0..attr.max_mr {
            inner.command("MR reset", &[(&regs::MR_SEL, mr)], &regs::MR_CMD, regs::cmd::INVALIDATE)?;
        }
        for cqn in 0..attr.max_cq {
            inner.command("CQ reset", &[(&regs::CQ_SEL, cqn)], &regs::CQ_CMD, regs::cmd::INVALIDATE)?;
        }
        inner.write(&regs::CTRL, reg_value(&[(regs::ctrl::ENABLE, 1)])?)?;
        Ok(Device { inner })
    }

    pub fn name(&self) -> &str {
        self.inner.name()
    }
    pub fn query(&self) -> DeviceAttr {
        self.inner.attr
    }
    pub fn backend(&self) -> &Arc<dyn Backend> {
        &self.inner.backend
    }

    /// Station MAC and IPv4 address: frames to other addresses are dropped.
    pub fn set_address(&self, mac: [u8; 6], ipv4: Ipv4Addr) -> Result<()> {
        self.inner.write(&regs::MAC_LO, mac_lo(mac))?;
        self.inner.write(&regs::MAC_HI, mac_hi(mac))?;
        self.inner.write(&regs::IPV4, u32::from(ipv4))
    }

    /// Requester retransmit timeout in engine clock cycles (0 disables the timer).
    pub fn set_ack_timeout(&self, cycles: u32) -> Result<()> {
        self.inner.write(&regs::ACK_TIMEOUT, cycles)
    }

    /// How long a table command may stay pending before it is reported as hung.
    pub fn set_command_timeout(&self, timeout: Duration) {
        self.inner.cmd_timeout_ns.store(timeout.as_nanos().min(u64::MAX as u128) as u64, Ordering::Relaxed);
    }

    pub fn counters(&self) -> Result<Counters> {
        Counters::read(&*self.inner.backend)
    }

    /// Page-aligned, zeroed memory mapped for the device (not a memory region:
    /// work requests cannot name it; for raw DMA use).
    pub fn alloc_dma(&self, len: usize) -> Result<DmaBuf> {
        DmaBuf::new(&self.inner.backend, &self.inner.iovas, len)
    }

    pub fn alloc_pd(&self) -> Result<ProtectionDomain> {
        let pdn = self.inner.alloc_pdn()?;
        Ok(ProtectionDomain { inner: Arc::new(PdInner { dev: self.inner.clone(), pdn }) })
    }

    /// A completion queue of at least `depth` entries whose armed completions
    /// raise MSI-X `vector`.
    pub fn create_cq(&self, depth: u32, vector: u32) -> Result<CompletionQueue> {
        let dev = &self.inner;
        if depth == 0 || depth > dev.attr.max_qp_wr {
            return Err(Error::InvalidArg { what: "CQ depth", why: format!("{depth} not in 1..={}", dev.attr.max_qp_wr) });
        }
        let irqs = dev.backend.irq_count();
        if vector as u64 > queues::cq::VECTOR.mask() || (irqs > 0 && vector >= irqs) {
            return Err(Error::InvalidArg { what: "CQ vector", why: format!("{vector}, device has {irqs} vectors") });
        }
        let cqn = {
            let mut cqs = lock(&dev.cqs);
            let Some(n) = cqs.iter().position(|used| !used) else {
                return Err(Error::Exhausted { what: "completion queues", max: dev.attr.max_cq });
            };
            cqs[n] = true;
            n as u32
        };
        match CqInner::new(dev.clone(), cqn, ceil_log2(depth), vector) {
            Ok(inner) => Ok(CompletionQueue::from_inner(inner)),
            Err(e) => {
                dev.free_cqn(cqn);
                Err(e)
            }
        }
    }
}

pub(crate) struct PdInner {
    pub(crate) dev: Arc<DeviceInner>,
    pub(crate) pdn: u32,
}

impl Drop for PdInner {
    fn drop(&mut self) {
        self.dev.free_pdn(self.pdn);
    }
}

/// A protection domain: MRs and QPs of one PD may only be used together.
#[derive(Clone)]
pub struct ProtectionDomain {
    pub(crate) inner: Arc<PdInner>,
}

impl ProtectionDomain {
    pub fn pdn(&self) -> u32 {
        self.inner.pdn
    }
    /// Allocate `len` bytes of DMA memory and register them with `access`
    /// (`regs::access::*` bits).
    pub fn reg_mr(&self, len: usize, access: u32) -> Result<MemoryRegion> {
        MemoryRegion::new(self.inner.clone(), len, access)
    }
    /// Register the caller's memory `host..host+len` with `access`, named by work
    /// requests and peers at `va` (`ibv_reg_mr_iova`; pass `va = host as u64` for
    /// `ibv_reg_mr`). The whole pages around it are mapped for the device.
    ///
    /// # Safety
    /// The memory must stay allocated (not freed, unmapped or moved) until the
    /// region is dropped; the device may read and write it meanwhile.
    pub unsafe fn register_mr(&self, host: *mut u8, len: usize, va: u64, access: u32) -> Result<MemoryRegion> {
        // SAFETY: forwarded from the caller.
        unsafe { MemoryRegion::register(self.inner.clone(), host, len, va, access) }
    }
    pub fn create_qp(&self, init: &QpInitAttr<'_>) -> Result<QueuePair> {
        QueuePair::new(self.inner.clone(), init)
    }
}
