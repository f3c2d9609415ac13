//! An in-memory stand-in for the card, for unit tests and benchmarks of the verbs
//! layer: BAR0 is a map of last-written values (read-only registers answer their
//! contract reset values, STATUS 0), DMA mappings are recorded, and each table
//! command snapshots the staging registers so tests can inspect committed rows.
//! It executes nothing: tests play the engine by writing CQEs with [`FakeBackend::push_cqe`].

use crate::backend::{Backend, BackendError};
use openrnic_contract::queues::cqe;
use openrnic_contract::regs::{self, Access, Reg};
use openrnic_contract::{Cqe, Entry, RecvWqe, SendWqe};
use std::collections::{BTreeMap, HashMap};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use super::lock;

/// The staging registers of one block when its `*_CMD` was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// The command written (`regs::cmd::*`).
    pub cmd: u32,
    values: HashMap<&'static str, u32>,
}

impl Row {
    pub fn get(&self, reg: &Reg) -> u32 {
        self.values.get(reg.name).copied().unwrap_or(0)
    }
    /// A `_LO`/`_HI` pair as one 64-bit value.
    pub fn get64(&self, lo: &Reg, hi: &Reg) -> u64 {
        self.get(lo) as u64 | (self.get(hi) as u64) << 32
    }
}

pub struct FakeBackend {
    bar: Mutex<HashMap<u64, u32>>,
    overrides: Mutex<HashMap<u64, u32>>,
    logging: AtomicBool,
    log: Mutex<Vec<(u64, u32)>>,
    maps: Mutex<BTreeMap<u64, (usize, usize)>>,
    rows: Mutex<HashMap<(&'static str, u32), Row>>,
    cq_pi: Mutex<HashMap<u32, u32>>,
    irqs: Mutex<Vec<u32>>,
    irq_count: u32,
}

const CMD_REGS: [Reg; 3] = [regs::QPC_CMD, regs::MR_CMD, regs::CQ_CMD];

fn reg_at(offset: u64) -> Option<&'static Reg> {
    regs::ALL.iter().find(|r| r.offset as u64 == offset)
}

impl FakeBackend {
    pub fn new() -> Arc<FakeBackend> {
        Arc::new(FakeBackend {
            bar: Mutex::new(HashMap::new()),
            overrides: Mutex::new(HashMap::new()),
            logging: AtomicBool::new(true),
            log: Mutex::new(Vec::new()),
            maps: Mutex::new(BTreeMap::new()),
            rows: Mutex::new(HashMap::new()),
            cq_pi: Mutex::new(HashMap::new()),
            irqs: Mutex::new(Vec::new()),
            irq_count: 4,
        })
    }

    /// Make reads of `reg` return `value` (e.g. a wrong ID, a counter, STATUS busy).
    pub fn force(&self, reg: &Reg, value: u32) {
        lock(&self.overrides).insert(reg.offset as u64, value);
    }
    /// Record every write in order (on by default; benchmarks turn it off).
    pub fn set_logging(&self, on: bool) {
        self.logging.store(on, Ordering::Relaxed);
    }
    pub fn writes(&self) -> Vec<(u64, u32)> {
        lock(&self.log).clone()
    }
    pub fn clear_log(&self) {
        lock(&self.log).clear();
    }
    /// Last value written at `offset` (doorbells included), whatever a read would say.
    pub fn last_write(&self, offset: u64) -> Option<u32> {
        lock(&self.bar).get(&offset).copied()
    }
    /// The staging registers captured when `cmd_reg` (QPC_CMD, MR_CMD, CQ_CMD) was last written for row `sel`.
    pub fn row(&self, cmd_reg: &Reg, sel: u32) -> Option<Row> {
        lock(&self.rows).get(&(cmd_reg.name, sel)).cloned()
    }
    /// (IOVA, length) of every live DMA mapping.
    pub fn mappings(&self) -> Vec<(u64, usize)> {
        lock(&self.maps).iter().map(|(&iova, &(_, len))| (iova, len)).collect()
    }
    fn translate(&self, iova: u64, len: usize) -> Option<*mut u8> {
        let maps = lock(&self.maps);
        let (&start, &(host, mlen)) = maps.range(..=iova).next_back()?;
        let off = (iova - start) as usize;
        (off.checked_add(len)? <= mlen).then_some((host + off) as *mut u8)
    }
    /// Device-side read of host memory, None if not wholly mapped.
    pub fn dma_read(&self, iova: u64, len: usize) -> Option<Vec<u8>> {
        let p = self.translate(iova, len)?;
        let mut v = vec![0u8; len];
        // SAFETY: the mapping's owner keeps it valid while mapped (Backend contract).
        unsafe { std::ptr::copy_nonoverlapping(p, v.as_mut_ptr(), len) };
        Some(v)
    }
    /// Device-side write of host memory; false if not wholly mapped.
    pub fn dma_write(&self, iova: u64, data: &[u8]) -> bool {
        let Some(p) = self.translate(iova, data.len()) else { return false };
        // SAFETY: as in dma_read; the memory is writable by the Backend contract.
        unsafe { std::ptr::copy_nonoverlapping(data.as_ptr(), p, data.len()) };
        true
    }
    fn ring_entry<const N: usize>(&self, base: u64, log2: u32, index: u32) -> Option<Entry<N>> {
        let slot = (index & ((1u32 << log2) - 1)) as u64;
        let b = self.dma_read(base + slot * N as u64, N)?;
        let mut e = Entry::<N>::default();
        e.bytes.copy_from_slice(&b);
        Some(e)
    }
    /// Send WQE `index` (engine index) of QP `qpn`, fetched where its committed context says.
    pub fn send_wqe(&self, qpn: u32, index: u32) -> Option<SendWqe> {
        let r = self.row(&regs::QPC_CMD, qpn)?;
        self.ring_entry(r.get64(&regs::QPC_SQ_BASE_LO, &regs::QPC_SQ_BASE_HI), r.get(&regs::QPC_SQ_LOG2), index)
    }
    pub fn recv_wqe(&self, qpn: u32, index: u32) -> Option<RecvWqe> {
        let r = self.row(&regs::QPC_CMD, qpn)?;
        self.ring_entry(r.get64(&regs::QPC_RQ_BASE_LO, &regs::QPC_RQ_BASE_HI), r.get(&regs::QPC_RQ_LOG2), index)
    }
    /// Play the engine: write `e` at CQ `cqn`'s producer index with the owner bit
    /// the contract prescribes for that pass, and advance the index. Returns the index.
    pub fn push_cqe(&self, cqn: u32, mut e: Cqe) -> Option<u32> {
        let r = self.row(&regs::CQ_CMD, cqn).filter(|r| r.cmd == regs::cmd::COMMIT)?;
        let (base, log2) = (r.get64(&regs::CQ_BASE_LO, &regs::CQ_BASE_HI), r.get(&regs::CQ_LOG2));
        let mut pis = lock(&self.cq_pi);
        let pi = pis.entry(cqn).or_insert(0);
        let owner = ((*pi >> log2) & 1) ^ 1;
        e.set(cqe::OWNER, owner as u64).ok()?;
        let slot = (*pi & ((1u32 << log2) - 1)) as u64;
        if !self.dma_write(base + slot * cqe::SIZE as u64, &e.bytes) {
            return None;
        }
        *pi = pi.wrapping_add(1);
        Some(*pi - 1)
    }
    pub fn raise_irq(&self, vector: u32) {
        lock(&self.irqs).push(vector);
    }

    fn snapshot(&self, cmd_reg: &Reg, cmd: u32) {
        let prefix = cmd_reg.name.trim_end_matches("CMD");
        let bar = lock(&self.bar);
        let value = |r: &Reg| bar.get(&(r.offset as u64)).copied().unwrap_or(r.reset);
        let values: HashMap<&'static str, u32> =
            regs::ALL.iter().filter(|r| r.name.starts_with(prefix)).map(|r| (r.name, value(r))).collect();
        let sel = values.iter().find(|(n, _)| n.ends_with("_SEL")).map(|(_, v)| *v).unwrap_or(0);
        drop(bar);
        if cmd_reg.name == regs::CQ_CMD.name {
            lock(&self.cq_pi).insert(sel, 0);
        }
        lock(&self.rows).insert((cmd_reg.name, sel), Row { cmd, values });
    }
}

impl Backend for FakeBackend {
    fn name(&self) -> &str {
        "fake0"
    }
    fn bar0_size(&self) -> u64 {
        regs::BAR0_SIZE as u64
    }
    fn read32(&self, offset: u64) -> Result<u32, BackendError> {
        if let Some(&v) = lock(&self.overrides).get(&offset) {
            return Ok(v);
        }
        Ok(match reg_at(offset) {
            Some(r) if r.access == Access::Ro => r.reset,
            Some(r) if r.access == Access::Wo => 0,
            Some(r) => lock(&self.bar).get(&offset).copied().unwrap_or(r.reset),
            None => 0,
        })
    }
    fn write32(&self, offset: u64, value: u32) -> Result<(), BackendError> {
        if offset >= self.bar0_size() || offset & 3 != 0 {
            return Err(BackendError::BadOffset { device: "fake0".into(), offset, size: self.bar0_size() });
        }
        lock(&self.bar).insert(offset, value);
        if self.logging.load(Ordering::Relaxed) {
            lock(&self.log).push((offset, value));
        }
        if let Some(c) = CMD_REGS.iter().find(|c| c.offset as u64 == offset) {
            self.snapshot(c, value);
        }
        Ok(())
    }
    unsafe fn map_dma(&self, iova: u64, host: *mut u8, len: usize) -> Result<(), BackendError> {
        let mut maps = lock(&self.maps);
        let overlaps = maps.range(..iova + len as u64).next_back().is_some_and(|(&s, &(_, l))| s + l as u64 > iova);
        if overlaps {
            return Err(BackendError::DmaMap { device: "fake0".into(), iova, len, why: "overlaps a mapping".into() });
        }
        maps.insert(iova, (host as usize, len));
        Ok(())
    }
    fn unmap_dma(&self, iova: u64, len: usize) -> Result<(), BackendError> {
        match lock(&self.maps).remove(&iova) {
            Some((_, l)) if l == len => Ok(()),
            _ => Err(BackendError::DmaMap { device: "fake0".into(), iova, len, why: "no such mapping".into() }),
        }
    }
    fn irq_count(&self) -> u32 {
        self.irq_count
    }
    fn wait_irq(&self, vector: u32, timeout: Duration) -> Result<bool, BackendError> {
        if vector >= self.irq_count {
            return Err(BackendError::NoVector { device: "fake0".into(), vector, count: self.irq_count });
        }
        let mut irqs = lock(&self.irqs);
        if let Some(p) = irqs.iter().position(|&v| v == vector) {
            irqs.remove(p);
            return Ok(true);
        }
        drop(irqs);
        std::thread::sleep(timeout.min(Duration::from_millis(5)));
        Ok(false)
    }
    fn reset(&self) -> Result<(), BackendError> {
        lock(&self.bar).clear();
        Ok(())
    }
}
