//! Test harness shared by the integration tests.
//!
//! [`RawNic`] programs a simulated card the way a driver does — BAR0 registers and
//! doorbells, queue entries in host memory — but with no driver code in between, so
//! engine tests exercise the RTL against the contract alone.

use openrnic_contract::queues::{cq, cqe, recv_wqe, send_wqe};
use openrnic_contract::regs::{self, cmd, qp_state};
use openrnic_contract::Entry;
use openrnic_sim::model::EngineModel;
use openrnic_sim::world::World;

pub mod dos;
pub mod fuzz;

/// Host memory owned by the test, mapped into a card's IOMMU at `iova`.
pub struct HostBuf {
    pub mem: Box<[u8]>,
    pub iova: u64,
}

impl HostBuf {
    pub fn new<M: EngineModel>(world: &World<M>, card: usize, iova: u64, len: usize) -> HostBuf {
        let mut mem = vec![0u8; len].into_boxed_slice();
        // SAFETY: the buffer lives in the HostBuf, which tests keep alive while the world runs.
        unsafe { world.cards[card].iommu().map(iova, mem.as_mut_ptr(), len).expect("map") };
        HostBuf { mem, iova }
    }
    /// Volatile read: the engine writes this memory by DMA behind the compiler's back.
    pub fn read(&self, off: usize, len: usize) -> Vec<u8> {
        (0..len).map(|i| unsafe { std::ptr::read_volatile(self.mem.as_ptr().add(off + i)) }).collect()
    }
    pub fn write(&mut self, off: usize, data: &[u8]) {
        self.mem[off..off + data.len()].copy_from_slice(data);
        std::sync::atomic::fence(std::sync::atomic::Ordering::Release);
    }
}

pub struct RawQp {
    pub qpn: u32,
    pub sq: HostBuf,
    pub rq: HostBuf,
    pub sq_log2: u32,
    pub rq_log2: u32,
    pub sq_pi: u16,
    pub rq_pi: u16,
}

pub struct RawCq {
    pub cqn: u32,
    pub ring: HostBuf,
    pub log2: u32,
    pub ci: u32,
}

pub fn mac_of(card: usize) -> [u8; 6] {
    [0x02, 0x4F, 0x52, 0x4E, 0x49, card as u8 + 1]
}
pub fn ip_of(card: usize) -> [u8; 4] {
    [10, 0, 0, card as u8 + 1]
}

pub fn set_station<M: EngineModel>(w: &mut World<M>, card: usize) {
    let m = mac_of(card);
    w.mmio_write(card, regs::MAC_HI.offset, u16::from_be_bytes([m[0], m[1]]) as u32);
    w.mmio_write(card, regs::MAC_LO.offset, u32::from_be_bytes([m[2], m[3], m[4], m[5]]));
    w.mmio_write(card, regs::IPV4.offset, u32::from_be_bytes(ip_of(card)));
    w.mmio_write(card, regs::CTRL.offset, 1 << regs::ctrl::ENABLE.lsb);
}

/// Wait (in simulated cycles) for a table command to be taken. The bound is generous:
/// after reset the pipelined engine sweeps its MR table (about 1,000 cycles) before it
/// takes the first MR command.
pub fn wait_cmd<M: EngineModel>(w: &mut World<M>, card: usize) {
    for _ in 0..10_000 {
        if regs::status::CMD_PENDING.get(&w.mmio_read(card, regs::STATUS.offset).to_le_bytes()) == 0 {
            return;
        }
    }
    panic!("table command never completed");
}

pub fn create_cq<M: EngineModel>(w: &mut World<M>, card: usize, cqn: u32, iova: u64, log2: u32) -> RawCq {
    let ring = HostBuf::new(w, card, iova, (cqe::SIZE << log2).max(4096));
    w.mmio_write(card, regs::CQ_SEL.offset, cqn);
    w.mmio_write(card, regs::CQ_BASE_LO.offset, iova as u32);
    w.mmio_write(card, regs::CQ_BASE_HI.offset, (iova >> 32) as u32);
    w.mmio_write(card, regs::CQ_LOG2.offset, log2);
    w.mmio_write(card, regs::CQ_VECTOR.offset, cqn);
    w.mmio_write(card, regs::CQ_CMD.offset, cmd::COMMIT);
    wait_cmd(w, card);
    let _ = cq::LAYOUT;
    RawCq { cqn, ring, log2, ci: 0 }
}

/// The MR row a key names on `card`: its low log2(`CAP_MRS`) bits (the legacy engine has
/// 16 rows, the pipelined one 1024, so the same key lands in different rows).
pub fn mr_row_of<M: EngineModel>(w: &mut World<M>, card: usize, key: u32) -> u32 {
    let rows = w.mmio_read(card, regs::CAP_MRS.offset);
    assert!(rows.is_power_of_two(), "CAP_MRS = {rows} is not a power of two");
    key & (rows - 1)
}

/// Register `buf` as the MR row `key` names ([`mr_row_of`]) with the given key, PD and access.
pub fn reg_mr<M: EngineModel>(w: &mut World<M>, card: usize, key: u32, va: u64, buf: &HostBuf, pd: u32, access: u32) {
    let index = mr_row_of(w, card, key);
    w.mmio_write(card, regs::MR_SEL.offset, index);
    w.mmio_write(card, regs::MR_KEY.offset, key);
    w.mmio_write(card, regs::MR_VA_LO.offset, va as u32);
    w.mmio_write(card, regs::MR_VA_HI.offset, (va >> 32) as u32);
    w.mmio_write(card, regs::MR_LEN.offset, buf.mem.len() as u32);
    w.mmio_write(card, regs::MR_IOVA_LO.offset, buf.iova as u32);
    w.mmio_write(card, regs::MR_IOVA_HI.offset, (buf.iova >> 32) as u32);
    w.mmio_write(card, regs::MR_PD.offset, pd);
    w.mmio_write(card, regs::MR_ACCESS.offset, access);
    w.mmio_write(card, regs::MR_CMD.offset, cmd::COMMIT);
    wait_cmd(w, card);
}

pub struct QpSetup {
    pub qpn: u32,
    pub dest_qpn: u32,
    pub peer: usize,
    pub sq_psn: u32,
    pub rq_psn: u32,
    pub pmtu_log2: u32,
    pub cqn: u32,
    pub pd: u32,
}

pub fn create_qp<M: EngineModel>(w: &mut World<M>, card: usize, s: &QpSetup, iova: u64) -> RawQp {
    let (sq_log2, rq_log2) = (6, 6);
    let sq = HostBuf::new(w, card, iova, send_wqe::SIZE << sq_log2);
    let rq = HostBuf::new(w, card, iova + 0x10_0000, recv_wqe::SIZE << rq_log2);
    let m = mac_of(s.peer);
    let put = |w: &mut World<M>, r: &regs::Reg, v: u32| w.mmio_write(card, r.offset, v);
    put(w, &regs::QPC_SEL, s.qpn);
    put(w, &regs::QPC_STATE, qp_state::RTS);
    put(w, &regs::QPC_DEST_QPN, s.dest_qpn);
    put(w, &regs::QPC_SQ_PSN, s.sq_psn);
    put(w, &regs::QPC_RQ_PSN, s.rq_psn);
    put(w, &regs::QPC_DMAC_HI, u16::from_be_bytes([m[0], m[1]]) as u32);
    put(w, &regs::QPC_DMAC_LO, u32::from_be_bytes([m[2], m[3], m[4], m[5]]));
    put(w, &regs::QPC_DIP, u32::from_be_bytes(ip_of(s.peer)));
    put(w, &regs::QPC_PMTU_LOG2, s.pmtu_log2);
    put(w, &regs::QPC_SQ_BASE_LO, sq.iova as u32);
    put(w, &regs::QPC_SQ_BASE_HI, (sq.iova >> 32) as u32);
    put(w, &regs::QPC_SQ_LOG2, sq_log2);
    put(w, &regs::QPC_RQ_BASE_LO, rq.iova as u32);
    put(w, &regs::QPC_RQ_BASE_HI, (rq.iova >> 32) as u32);
    put(w, &regs::QPC_RQ_LOG2, rq_log2);
    put(w, &regs::QPC_CQN, s.cqn << regs::qpc_cqn::SEND_CQ.lsb | s.cqn << regs::qpc_cqn::RECV_CQ.lsb);
    put(w, &regs::QPC_PD, s.pd);
    put(w, &regs::QPC_UDP_SPORT, 0xC000 | s.qpn);
    put(w, &regs::QPC_CMD, cmd::COMMIT);
    wait_cmd(w, card);
    RawQp { qpn: s.qpn, sq, rq, sq_log2, rq_log2, sq_pi: 0, rq_pi: 0 }
}

pub struct Send {
    pub opcode: u64,
    pub wr_id: u64,
    pub imm: u32,
    pub remote_addr: u64,
    pub rkey: u32,
    pub sge: Option<(u64, u32, u32)>,
    pub signaled: bool,
}

pub fn post_send<M: EngineModel>(w: &mut World<M>, card: usize, qp: &mut RawQp, s: &Send) {
    let mut e = Entry::<{ send_wqe::SIZE }>::default();
    e.set(send_wqe::OPCODE, s.opcode).unwrap();
    e.set(send_wqe::SIGNALED, s.signaled as u64).unwrap();
    e.set(send_wqe::IMM, s.imm as u64).unwrap();
    e.set(send_wqe::WR_ID, s.wr_id).unwrap();
    e.set(send_wqe::REMOTE_ADDR, s.remote_addr).unwrap();
    e.set(send_wqe::RKEY, s.rkey as u64).unwrap();
    if let Some((addr, len, lkey)) = s.sge {
        e.set(send_wqe::NUM_SGE, 1).unwrap();
        e.set(send_wqe::SGE0_ADDR, addr).unwrap();
        e.set(send_wqe::SGE0_LEN, len as u64).unwrap();
        e.set(send_wqe::SGE0_LKEY, lkey as u64).unwrap();
    }
    push(w, card, &mut qp.sq, qp.sq_log2, &mut qp.sq_pi, &e.bytes, regs::QP_DB.addr(qp.qpn, &regs::SQ_PI));
}

pub fn post_recv<M: EngineModel>(w: &mut World<M>, card: usize, qp: &mut RawQp, wr_id: u64, addr: u64, len: u32, lkey: u32) {
    let mut e = Entry::<{ recv_wqe::SIZE }>::default();
    e.set(recv_wqe::WR_ID, wr_id).unwrap();
    e.set(recv_wqe::ADDR, addr).unwrap();
    e.set(recv_wqe::LEN, len as u64).unwrap();
    e.set(recv_wqe::LKEY, lkey as u64).unwrap();
    push(w, card, &mut qp.rq, qp.rq_log2, &mut qp.rq_pi, &e.bytes, regs::QP_DB.addr(qp.qpn, &regs::RQ_PI));
}

/// Write `entry` into the ring slot of producer index `pi`, advance it, ring the doorbell.
fn push<M: EngineModel>(w: &mut World<M>, card: usize, ring: &mut HostBuf, log2: u32, pi: &mut u16, entry: &[u8], doorbell: u32) {
    let slot = (*pi as usize) & ((1 << log2) - 1);
    ring.write(slot * entry.len(), entry);
    *pi = pi.wrapping_add(1);
    w.mmio_write(card, doorbell, *pi as u32);
}

/// One completion as the engine wrote it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cqe {
    pub wr_id: u64,
    pub byte_len: u32,
    pub imm: u32,
    pub qpn: u32,
    pub status: u8,
    pub opcode: u8,
    pub imm_valid: bool,
}

/// Poll one CQE if the owner bit says it is fresh.
pub fn poll_cq<M: EngineModel>(w: &mut World<M>, card: usize, c: &mut RawCq) -> Option<Cqe> {
    let slot = (c.ci as usize) & ((1 << c.log2) - 1);
    let raw = c.ring.read(slot * cqe::SIZE, cqe::SIZE);
    let e = Entry::<{ cqe::SIZE }> { bytes: raw.try_into().unwrap() };
    let want = ((c.ci >> c.log2) & 1) ^ 1;
    if e.get(cqe::OWNER) as u32 != want {
        return None;
    }
    c.ci += 1;
    w.mmio_write(card, regs::CQ_DB.addr(c.cqn, &regs::CQ_CI), c.ci & 0xFFFF);
    Some(Cqe {
        wr_id: e.get(cqe::WR_ID),
        byte_len: e.get(cqe::BYTE_LEN) as u32,
        imm: e.get(cqe::IMM) as u32,
        qpn: e.get(cqe::QPN) as u32,
        status: e.get(cqe::STATUS) as u8,
        opcode: e.get(cqe::OPCODE) as u8,
        imm_valid: e.get(cqe::IMM_VALID) == 1,
    })
}

/// Step the world until a CQE arrives on `c`, up to `max_cycles`.
pub fn wait_cqe<M: EngineModel>(w: &mut World<M>, card: usize, c: &mut RawCq, max_cycles: u64) -> Option<Cqe> {
    let start = w.cycle();
    while w.cycle() - start < max_cycles {
        if let Some(e) = poll_cq(w, card, c) {
            return Some(e);
        }
        w.run(64);
    }
    None
}

pub fn counter<M: EngineModel>(w: &mut World<M>, card: usize, r: &regs::Reg) -> u32 {
    w.mmio_read(card, r.offset)
}

/// Virtual address every test region starts at (what the peer puts in RETHs).
pub const VA: u64 = 0x7f00_0000_0000;
/// Key of the test region (row 3 on the legacy engine, 0x103 on the pipelined one: the
/// low log2(CAP_MRS) bits of a key are its row).
pub const KEY: u32 = 0x103;
pub const PD: u32 = 1;

/// How a [`Pair`] is built; `Default` is what most tests want.
pub struct PairConfig {
    pub pmtu_log2: u32,
    pub link: openrnic_sim::wire::LinkConfig,
    /// Bytes of the registered region on each card.
    pub buf_len: usize,
    /// First PSN card 0 sends and card 1 sends.
    pub psn: (u32, u32),
    pub cq_log2: u32,
    /// ACK_TIMEOUT in cycles, if not the reset value.
    pub ack_timeout: Option<u32>,
}

impl Default for PairConfig {
    fn default() -> Self {
        PairConfig { pmtu_log2: 10, link: Default::default(), buf_len: 1 << 20, psn: (100, 500), cq_log2: 8, ack_timeout: None }
    }
}

/// Two cards back to back with one RC connection (card 0 QP 1 <-> card 1 QP 2), one CQ
/// each, and one region each registered as MR row 3 (`KEY`, `VA`, `PD`, local and
/// remote write) — programmed with raw register writes, no driver in between.
pub struct Pair {
    pub w: World,
    pub qp: [RawQp; 2],
    pub cq: [RawCq; 2],
    pub buf: [HostBuf; 2],
}

impl Pair {
    pub fn new(cfg: PairConfig) -> Pair {
        use openrnic_contract::regs::access;
        let mut w = World::new(openrnic_sim::world::WorldConfig { link: cfg.link, ..Default::default() }).unwrap();
        for c in 0..2 {
            set_station(&mut w, c);
            if let Some(t) = cfg.ack_timeout {
                w.mmio_write(c, regs::ACK_TIMEOUT.offset, t);
            }
        }
        let cq = [create_cq(&mut w, 0, 0, 0x1000_0000, cfg.cq_log2), create_cq(&mut w, 1, 0, 0x1000_0000, cfg.cq_log2)];
        let buf = [HostBuf::new(&w, 0, 0x2000_0000, cfg.buf_len), HostBuf::new(&w, 1, 0x2000_0000, cfg.buf_len)];
        for (c, b) in buf.iter().enumerate() {
            reg_mr(&mut w, c, KEY, VA, b, PD, access::LOCAL_WRITE | access::REMOTE_WRITE);
        }
        let (p0, p1) = cfg.psn;
        let pmtu_log2 = cfg.pmtu_log2;
        let q0 = create_qp(&mut w, 0, &QpSetup { qpn: 1, dest_qpn: 2, peer: 1, sq_psn: p0, rq_psn: p1, pmtu_log2, cqn: 0, pd: PD }, 0x3000_0000);
        let q1 = create_qp(&mut w, 1, &QpSetup { qpn: 2, dest_qpn: 1, peer: 0, sq_psn: p1, rq_psn: p0, pmtu_log2, cqn: 0, pd: PD }, 0x3000_0000);
        Pair { w, qp: [q0, q1], cq, buf }
    }
}

/// A byte pattern that differs per message (`seed`) and per position.
pub fn pattern(n: usize, seed: u8) -> Vec<u8> {
    (0..n).map(|i| (i as u8).wrapping_mul(31).wrapping_add(seed)).collect()
}
