//! Verbs layer against the in-memory [`FakeBackend`]: the tests play the engine by
//! reading committed rows and rings and by writing CQEs.

use super::device::counter_regs;
use super::fake::FakeBackend;
use super::memory::IovaAllocator;
use super::*;
use openrnic_contract::queues::{cqe, cqe_opcode, cqe_status, recv_wqe, send_wqe, wqe_opcode};
use openrnic_contract::{regs, Cqe};
use std::net::Ipv4Addr;
use std::sync::Arc;
use std::time::Duration;

const RW: u32 = regs::access::LOCAL_WRITE | regs::access::REMOTE_WRITE;
const PEER: AddressVector = AddressVector { mac: [0x02, 0, 0, 0, 0, 0x02], ipv4: Ipv4Addr::new(10, 0, 0, 2) };

fn open() -> (Arc<FakeBackend>, Device) {
    let f = FakeBackend::new();
    let d = Device::open(f.clone()).expect("open");
    (f, d)
}

fn qp(pd: &ProtectionDomain, cq: &CompletionQueue, depth: u32) -> QueuePair {
    pd.create_qp(&QpInitAttr { send_cq: cq, recv_cq: cq, max_send_wr: depth, max_recv_wr: depth }).expect("create_qp")
}

fn to_rts(q: &mut QueuePair) {
    q.modify(&QpAttr::init()).unwrap();
    q.modify(&QpAttr::rtr(Mtu::Mtu1024, 7, 100, PEER)).unwrap();
    q.modify(&QpAttr::rts(200)).unwrap();
}

fn send(wr_id: u64, sge: Option<Sge>, signaled: bool) -> SendWr {
    SendWr { wr_id, opcode: SendOp::Send, sge, signaled }
}

/// A CQE as the engine would write it (owner bit set by `push_cqe`).
fn cqe(qpn: u32, wr_id: u64, opcode: u64, status: u64, byte_len: u32, imm: Option<u32>) -> Cqe {
    let mut e = Cqe::default();
    e.set(cqe::WR_ID, wr_id).unwrap();
    e.set(cqe::QPN, qpn as u64).unwrap();
    e.set(cqe::OPCODE, opcode).unwrap();
    e.set(cqe::STATUS, status).unwrap();
    e.set(cqe::BYTE_LEN, byte_len as u64).unwrap();
    if let Some(i) = imm {
        e.set(cqe::IMM, i as u64).unwrap();
        e.set(cqe::IMM_VALID, 1).unwrap();
    }
    e
}

fn db(qpn: u32, reg: &regs::Reg) -> u64 {
    regs::QP_DB.addr(qpn, reg) as u64
}

/// The QPC commands written since the log was last cleared.
fn qp_commands(f: &FakeBackend) -> Vec<u32> {
    f.writes().iter().filter(|&&(o, _)| o == regs::QPC_CMD.offset as u64).map(|&(_, v)| v).collect()
}

#[test]
fn open_checks_identity_reads_caps_and_enables() {
    let (f, d) = open();
    let a = d.query();
    assert_eq!(a.max_qp, regs::CAP_QPS.reset);
    assert_eq!(a.max_mr, regs::CAP_MRS.reset);
    assert_eq!(a.max_cq, regs::CAP_CQS.reset);
    assert_eq!(a.max_mtu, regs::CAP_MAX_MTU.reset);
    assert_eq!(a.datapath_bits, regs::CAP_DATAPATH.reset);
    assert!(a.has(regs::feature::SEND) && a.has(regs::feature::WRITE) && !a.has(regs::feature::READ));
    assert_eq!(f.last_write(regs::CTRL.offset as u64), Some(1 << regs::ctrl::ENABLE.lsb));
    // Every row was invalidated before the engine was enabled.
    let w = f.writes();
    let enable = w.iter().rposition(|&(o, _)| o == regs::CTRL.offset as u64).unwrap();
    for qpn in 0..a.max_qp {
        assert_eq!(f.row(&regs::QPC_CMD, qpn).unwrap().cmd, regs::cmd::INVALIDATE);
    }
    assert!(w[..enable].iter().any(|&(o, _)| o == regs::CQ_CMD.offset as u64));

    d.set_address([0x02, 0x11, 0x22, 0x33, 0x44, 0x55], Ipv4Addr::new(10, 0, 0, 1)).unwrap();
    assert_eq!(f.last_write(regs::MAC_LO.offset as u64), Some(0x2233_4455));
    assert_eq!(f.last_write(regs::MAC_HI.offset as u64), Some(0x0211));
    assert_eq!(f.last_write(regs::IPV4.offset as u64), Some(0x0A00_0001));
    drop(d);
    assert_eq!(f.last_write(regs::CTRL.offset as u64), Some(0), "closing disables the engine");
}

#[test]
fn open_rejects_wrong_id_and_major_version() {
    let f = FakeBackend::new();
    f.force(&regs::ID, 0xDEAD_BEEF);
    assert!(matches!(Device::open(f), Err(Error::NotOpenrnic { found: 0xDEAD_BEEF, .. })));
    let f = FakeBackend::new();
    f.force(&regs::VERSION, regs::VERSION.reset + (1 << regs::version::MAJOR.lsb) + 3);
    assert!(matches!(Device::open(f), Err(Error::VersionMismatch { .. })));
    let f = FakeBackend::new();
    f.force(&regs::VERSION, regs::VERSION.reset + 3); // a newer minor is fine
    assert!(Device::open(f).is_ok());
    let f = FakeBackend::new();
    f.force(&regs::CAP_QPS, 0);
    assert!(matches!(Device::open(f), Err(Error::BadCapability { cap: "CAP_QPS", .. })));
}

#[test]
fn counters_cover_every_cnt_register() {
    let (f, d) = open();
    for (i, r) in counter_regs().enumerate() {
        f.force(r, 1000 + i as u32);
    }
    let c = d.counters().unwrap();
    assert_eq!(c.rx_frames, 1000);
    let names: Vec<_> = c.iter().map(|(n, _)| n).collect();
    assert_eq!(names.len(), regs::ALL.iter().filter(|r| r.name.starts_with("CNT_")).count());
    for (i, r) in counter_regs().enumerate() {
        assert_eq!(c.get(r), Some(1000 + i as u32), "{} has no Counters field", r.name);
    }
    assert_eq!(c.get(&regs::CTRL), None);
    let text = c.to_string();
    assert!(text.contains("CNT_CQ_OVERFLOW") && text.contains("1017"), "{text}");
    assert_eq!(c.since(&c), Counters::default());
}

#[test]
fn command_timeout_is_reported() {
    let (f, d) = open();
    d.set_command_timeout(Duration::from_millis(20));
    f.force(&regs::STATUS, 1 << regs::status::CMD_PENDING.lsb);
    let pd = d.alloc_pd().unwrap();
    let e = pd.reg_mr(4096, RW).unwrap_err();
    assert!(matches!(e, Error::CommandTimeout { what: "MR register", .. }), "{e}");
    assert!(f.mappings().is_empty(), "a failed registration frees its memory");
}

#[test]
fn memory_region_programs_its_row_and_deregisters() {
    let (f, d) = open();
    let pd = d.alloc_pd().unwrap();
    let mut mr = pd.reg_mr(5000, RW).unwrap();
    let index = mr.lkey() & (regs::CAP_MRS.reset - 1);
    let row = f.row(&regs::MR_CMD, index).unwrap();
    assert_eq!(row.cmd, regs::cmd::COMMIT);
    assert_eq!(row.get(&regs::MR_KEY), mr.lkey());
    assert_ne!(mr.lkey(), index, "keys carry a generation above the index");
    assert_eq!(row.get64(&regs::MR_VA_LO, &regs::MR_VA_HI), mr.addr());
    assert_eq!(row.get64(&regs::MR_IOVA_LO, &regs::MR_IOVA_HI), mr.iova());
    assert_eq!(row.get(&regs::MR_LEN), 5000);
    assert_eq!(row.get(&regs::MR_PD), pd.pdn());
    assert_eq!(row.get(&regs::MR_ACCESS), RW);
    assert_eq!(mr.iova() % page_size() as u64, 0);
    assert!(f.mappings().contains(&(mr.iova(), 5000usize.next_multiple_of(page_size()))));

    // The CPU and the "device" see the same bytes.
    mr.as_mut_slice()[..4].copy_from_slice(b"rnic");
    assert_eq!(f.dma_read(mr.iova(), 4).unwrap(), b"rnic");
    assert!(f.dma_write(mr.iova() + 10, b"xy"));
    assert_eq!(&mr.as_slice()[10..12], b"xy");
    assert_eq!(mr.sge(4990, 10).unwrap(), Sge { addr: mr.addr() + 4990, len: 10, lkey: mr.lkey() });
    assert!(matches!(mr.sge(4990, 11), Err(Error::OutOfBounds { .. })));

    let old_key = mr.lkey();
    drop(mr);
    assert_eq!(f.row(&regs::MR_CMD, index).unwrap().cmd, regs::cmd::INVALIDATE);
    assert!(f.mappings().is_empty());
    let mr2 = pd.reg_mr(64, regs::access::LOCAL_WRITE).unwrap();
    assert_eq!(mr2.lkey() & (regs::CAP_MRS.reset - 1), index, "row reused");
    assert_ne!(mr2.lkey(), old_key, "with a new key");
}

#[test]
fn user_memory_region_maps_its_pages_and_names_them_by_the_given_address() {
    let (f, d) = open();
    let pd = d.alloc_pd().unwrap();
    let page = page_size();
    // An application buffer that starts mid-page and ends mid-page three pages on.
    let mut app = vec![0u8; 4 * page];
    let host = unsafe { app.as_mut_ptr().add(page / 2) };
    let len = 2 * page + 100;
    let va = 0x7000_0000_0123u64;
    // SAFETY: `app` outlives the region (dropped below first).
    let mr = unsafe { pd.register_mr(host, len, va, RW) }.unwrap();
    assert_eq!(mr.addr(), va, "work requests and peers name it by the given address");
    assert_eq!(mr.as_ptr(), host);
    let index = mr.lkey() & (regs::CAP_MRS.reset - 1);
    let row = f.row(&regs::MR_CMD, index).unwrap();
    assert_eq!(row.get64(&regs::MR_VA_LO, &regs::MR_VA_HI), va);
    assert_eq!(row.get(&regs::MR_LEN), len as u32);
    assert_eq!(row.get64(&regs::MR_IOVA_LO, &regs::MR_IOVA_HI), mr.iova());
    let offset_in_page = host as u64 % page as u64;
    assert_eq!(mr.iova() % page as u64, offset_in_page, "the IOVA keeps the offset into the page");
    let mapped = f.mappings();
    assert_eq!(mapped.len(), 1);
    assert_eq!(mapped[0], (mr.iova() - offset_in_page, (offset_in_page as usize + len).next_multiple_of(page)));
    // The device writes through the mapping into the application's own bytes.
    assert!(f.dma_write(mr.iova() + 5, b"rnic"));
    assert_eq!(&app[page / 2 + 5..page / 2 + 9], b"rnic");
    // A work request names the region by va.
    assert!(mr.sge(0, len as u32).is_ok());
    drop(mr);
    assert!(f.mappings().is_empty(), "deregistration unmaps, and leaves the memory to its owner");
    assert_eq!(app.len(), 4 * page);
    // SAFETY: null is refused before anything is mapped.
    assert!(matches!(unsafe { pd.register_mr(std::ptr::null_mut(), 64, 0, RW) }, Err(Error::InvalidArg { .. })));
    assert!(matches!(unsafe { pd.register_mr(app.as_mut_ptr(), 64, u64::MAX - 8, RW) }, Err(Error::InvalidArg { .. })));
}

#[test]
fn memory_region_argument_checks_and_exhaustion() {
    let (_f, d) = open();
    let pd = d.alloc_pd().unwrap();
    assert!(matches!(pd.reg_mr(64, regs::access::REMOTE_WRITE), Err(Error::InvalidArg { .. })));
    assert!(matches!(pd.reg_mr(64, 1 << 7), Err(Error::InvalidArg { .. })));
    assert!(matches!(pd.reg_mr(0, RW), Err(Error::InvalidArg { .. })));
    let all: Vec<_> = (0..d.query().max_mr).map(|_| pd.reg_mr(64, RW).unwrap()).collect();
    assert!(matches!(pd.reg_mr(64, RW), Err(Error::Exhausted { what: "memory regions", .. })));
    drop(all);
    assert!(pd.reg_mr(64, RW).is_ok());
}

#[test]
fn completion_queue_programs_its_row() {
    let (f, d) = open();
    let cq = d.create_cq(100, 2).unwrap();
    assert_eq!(cq.depth(), 128);
    let row = f.row(&regs::CQ_CMD, cq.cqn()).unwrap();
    assert_eq!(row.cmd, regs::cmd::COMMIT);
    assert_eq!(row.get(&regs::CQ_LOG2), 7);
    assert_eq!(row.get(&regs::CQ_VECTOR), 2);
    let base = row.get64(&regs::CQ_BASE_LO, &regs::CQ_BASE_HI);
    assert!(f.mappings().iter().any(|&(iova, len)| iova == base && len >= 128 * cqe::SIZE));
    assert!(matches!(d.create_cq(8, 99), Err(Error::InvalidArg { what: "CQ vector", .. })));
    assert!(matches!(d.create_cq(0, 0), Err(Error::InvalidArg { what: "CQ depth", .. })));
    let cqn = cq.cqn();
    drop(cq);
    assert_eq!(f.row(&regs::CQ_CMD, cqn).unwrap().cmd, regs::cmd::INVALIDATE);
    assert!(f.mappings().is_empty());
}

#[test]
fn qp_state_machine_and_committed_context() {
    let (f, d) = open();
    let pd = d.alloc_pd().unwrap();
    let scq = d.create_cq(16, 0).unwrap();
    let rcq = d.create_cq(16, 1).unwrap();
    let mut q = pd.create_qp(&QpInitAttr { send_cq: &scq, recv_cq: &rcq, max_send_wr: 5, max_recv_wr: 3 }).unwrap();
    let qpn = q.qp_num();
    assert_eq!((q.state(), q.max_send_wr(), q.max_recv_wr()), (QpState::Reset, 8, 4));

    let bad = |q: &mut QueuePair, a: QpAttr| q.modify(&a).unwrap_err();
    assert!(matches!(bad(&mut q, QpAttr::rtr(Mtu::Mtu1024, 1, 1, PEER)), Error::BadTransition { from: QpState::Reset, to: QpState::Rtr, .. }));
    assert!(matches!(bad(&mut q, QpAttr::rts(1)), Error::BadTransition { .. }));
    q.modify(&QpAttr::init()).unwrap();
    assert_eq!(f.row(&regs::QPC_CMD, qpn).unwrap().get(&regs::QPC_STATE), regs::qp_state::INIT);
    q.modify(&QpAttr::init()).unwrap();
    assert!(matches!(bad(&mut q, QpAttr::rts(1)), Error::BadTransition { from: QpState::Init, to: QpState::Rts, .. }));
    let psn_in_init = QpAttr { rq_psn: Some(5), ..QpAttr::init() };
    assert!(matches!(bad(&mut q, psn_in_init), Error::AttrNotAllowed { attr: "rq_psn", from: QpState::Init, to: QpState::Init, .. }));
    assert!(matches!(bad(&mut q, QpAttr::new(QpState::Rtr)), Error::MissingAttr { attr: "path_mtu", .. }));
    let mut no_av = QpAttr::rtr(Mtu::Mtu1024, 1, 1, PEER);
    no_av.av = None;
    assert!(matches!(bad(&mut q, no_av), Error::MissingAttr { .. }));
    assert!(matches!(bad(&mut q, QpAttr::rtr(Mtu::Mtu1024, 1 << 24, 1, PEER)), Error::InvalidArg { what: "dest_qp_num", .. }));
    assert!(matches!(bad(&mut q, QpAttr::rtr(Mtu::Mtu1024, 1, 1 << 24, PEER)), Error::InvalidArg { what: "rq_psn", .. }));
    assert_eq!(q.state(), QpState::Init, "failed modifies change nothing");

    q.modify(&QpAttr::rtr(Mtu::Mtu2048, 0x12_3456, 0xAB_CDEF, PEER)).unwrap();
    assert!(matches!(bad(&mut q, QpAttr::new(QpState::Rts)), Error::MissingAttr { attr: "sq_psn", .. }));
    let mtu_at_rts = QpAttr { path_mtu: Some(Mtu::Mtu256), ..QpAttr::rts(1) };
    assert!(matches!(bad(&mut q, mtu_at_rts), Error::AttrNotAllowed { attr: "path_mtu", .. }));
    assert!(matches!(bad(&mut q, QpAttr::init()), Error::BadTransition { from: QpState::Rtr, to: QpState::Init, .. }));
    q.modify(&QpAttr::rts(0x00_0777)).unwrap();
    // RTS->RTS is allowed, but PSNs and the path are fixed once set.
    assert!(matches!(bad(&mut q, QpAttr::rts(1)), Error::AttrNotAllowed { attr: "sq_psn", from: QpState::Rts, to: QpState::Rts, .. }));

    let row = f.row(&regs::QPC_CMD, qpn).unwrap();
    assert_eq!(row.cmd, regs::cmd::MODIFY);
    assert_eq!(row.get(&regs::QPC_SEL), qpn);
    assert_eq!(row.get(&regs::QPC_STATE), regs::qp_state::RTS);
    assert_eq!(row.get(&regs::QPC_DEST_QPN), 0x12_3456);
    assert_eq!(row.get(&regs::QPC_RQ_PSN), 0xAB_CDEF);
    assert_eq!(row.get(&regs::QPC_SQ_PSN), 0x777);
    assert_eq!(row.get(&regs::QPC_PMTU_LOG2), 11);
    assert_eq!(row.get(&regs::QPC_DMAC_LO), 0x0000_0002);
    assert_eq!(row.get(&regs::QPC_DMAC_HI), 0x0200);
    assert_eq!(row.get(&regs::QPC_DIP), u32::from(PEER.ipv4));
    assert_eq!(row.get(&regs::QPC_CQN), scq.cqn() << regs::qpc_cqn::SEND_CQ.lsb | rcq.cqn() << regs::qpc_cqn::RECV_CQ.lsb);
    assert_eq!(row.get(&regs::QPC_PD), pd.pdn());
    assert_eq!(row.get(&regs::QPC_SQ_LOG2), 3);
    assert_eq!(row.get(&regs::QPC_RQ_LOG2), 2);
    let maps = f.mappings();
    for base in [row.get64(&regs::QPC_SQ_BASE_LO, &regs::QPC_SQ_BASE_HI), row.get64(&regs::QPC_RQ_BASE_LO, &regs::QPC_RQ_BASE_HI)] {
        assert!(maps.iter().any(|&(iova, _)| iova == base), "{base:#x} is not a ring mapping");
    }
    assert_eq!(q.query().sq_psn, Some(0x777));

    q.modify(&QpAttr::new(QpState::Err)).unwrap();
    assert_eq!(f.row(&regs::QPC_CMD, qpn).unwrap().get(&regs::QPC_STATE), regs::qp_state::ERROR);
    assert!(matches!(bad(&mut q, QpAttr::init()), Error::BadTransition { from: QpState::Err, .. }));
    q.modify(&QpAttr::new(QpState::Reset)).unwrap();
    assert_eq!(f.row(&regs::QPC_CMD, qpn).unwrap().cmd, regs::cmd::INVALIDATE);
    to_rts(&mut q);
    assert_eq!(q.state(), QpState::Rts);
    assert!(matches!(bad(&mut q, QpAttr::rtr(Mtu::Mtu4096, 1, 1, PEER)), Error::BadTransition { .. }));

    drop(q);
    assert_eq!(f.row(&regs::QPC_CMD, qpn).unwrap().cmd, regs::cmd::INVALIDATE);
    let q2 = pd.create_qp(&QpInitAttr { send_cq: &scq, recv_cq: &rcq, max_send_wr: 1, max_recv_wr: 1 }).unwrap();
    assert_eq!(q2.qp_num(), qpn, "QPN reused after destroy");
}

#[test]
fn posting_needs_the_right_state() {
    let (_f, d) = open();
    let pd = d.alloc_pd().unwrap();
    let cq = d.create_cq(16, 0).unwrap();
    let mr = pd.reg_mr(4096, RW).unwrap();
    let mut q = qp(&pd, &cq, 4);
    let rwr = RecvWr { wr_id: 1, sge: mr.sge(0, 64).unwrap() };
    for step in [None, Some(QpAttr::init()), Some(QpAttr::rtr(Mtu::Mtu1024, 1, 0, PEER))] {
        if let Some(a) = step {
            q.modify(&a).unwrap();
        }
        let e = q.post_send(&send(1, None, true)).unwrap_err();
        assert!(matches!(e, Error::BadState { op: "post_send", .. }), "{e}");
    }
    q.modify(&QpAttr::new(QpState::Reset)).unwrap();
    assert!(matches!(q.post_recv(&rwr), Err(Error::BadState { op: "post_recv", state: QpState::Reset, .. })));
    q.modify(&QpAttr::init()).unwrap();
    q.post_recv(&rwr).unwrap();
}

#[test]
fn sge_checks() {
    let (_f, d) = open();
    let pd = d.alloc_pd().unwrap();
    let other_pd = d.alloc_pd().unwrap();
    let cq = d.create_cq(16, 0).unwrap();
    let mr = pd.reg_mr(4096, RW).unwrap();
    let ro = pd.reg_mr(4096, regs::access::REMOTE_READ).unwrap();
    let foreign = other_pd.reg_mr(4096, RW).unwrap();
    let mut q = qp(&pd, &cq, 4);
    to_rts(&mut q);
    let post = |q: &mut QueuePair, sge: Sge| q.post_send(&send(9, Some(sge), true));

    let outside = Sge { addr: mr.addr() + 4000, len: 97, lkey: mr.lkey() };
    assert!(matches!(post(&mut q, outside), Err(Error::NotRegistered { len: 97, .. })));
    let below = Sge { addr: mr.addr() - 1, len: 1, lkey: mr.lkey() };
    assert!(matches!(post(&mut q, below), Err(Error::NotRegistered { .. })));
    let wrong_key = Sge { lkey: ro.lkey(), ..mr.sge(0, 8).unwrap() };
    assert!(matches!(post(&mut q, wrong_key), Err(Error::NotRegistered { .. })), "lkey names another region");
    let bad_key = Sge { lkey: mr.lkey() ^ 0x100, ..mr.sge(0, 8).unwrap() };
    assert!(matches!(post(&mut q, bad_key), Err(Error::KeyMismatch { .. })));
    assert!(matches!(post(&mut q, foreign.sge(0, 8).unwrap()), Err(Error::PdMismatch { .. })));
    let huge = Sge { len: (MAX_MSG_SIZE + 1) as u32, ..mr.sge(0, 8).unwrap() };
    assert!(matches!(post(&mut q, huge), Err(Error::TooLong { .. })));
    assert!(matches!(q.post_recv(&RecvWr { wr_id: 1, sge: ro.sge(0, 8).unwrap() }), Err(Error::AccessDenied { right: "LOCAL_WRITE", .. })));
    post(&mut q, ro.sge(0, 4096).unwrap()).expect("sending from a read-only region needs no right");

    let stale = mr.sge(0, 8).unwrap();
    drop(mr);
    assert!(matches!(post(&mut q, stale), Err(Error::KeyMismatch { .. })), "deregistered key");
}

#[test]
fn wqes_land_where_the_contract_says_and_doorbells_count() {
    let (f, d) = open();
    let pd = d.alloc_pd().unwrap();
    let cq = d.create_cq(16, 0).unwrap();
    let mr = pd.reg_mr(4096, RW).unwrap();
    let mut q = qp(&pd, &cq, 4);
    let qpn = q.qp_num();
    to_rts(&mut q);

    let wrs = [
        SendWr { wr_id: 0x1111, opcode: SendOp::SendWithImm(0xCAFE_F00D), sge: Some(mr.sge(16, 100).unwrap()), signaled: true },
        SendWr { wr_id: 0x2222, opcode: SendOp::Write { remote_addr: 0xAAAA_0000_1234, rkey: 0x51 }, sge: Some(mr.sge(0, 4096).unwrap()), signaled: false },
        SendWr { wr_id: 0x3333, opcode: SendOp::WriteWithImm { remote_addr: 8, rkey: 0x61, imm: 7 }, sge: None, signaled: true },
    ];
    for (i, wr) in wrs.iter().enumerate() {
        q.post_send(wr).unwrap();
        assert_eq!(f.last_write(db(qpn, &regs::SQ_PI)), Some(i as u32 + 1));
    }
    let w0 = f.send_wqe(qpn, 0).unwrap();
    assert_eq!(w0.bytes[send_wqe::OPCODE.offset] as u64, wqe_opcode::SEND_IMM);
    assert_eq!(send_wqe::SIGNALED.get(&w0.bytes), 1);
    assert_eq!(w0.bytes[send_wqe::NUM_SGE.offset], 1);
    assert_eq!(&w0.bytes[send_wqe::IMM.offset..][..4], &0xCAFE_F00Du32.to_le_bytes());
    assert_eq!(&w0.bytes[send_wqe::WR_ID.offset..][..8], &0x1111u64.to_le_bytes());
    assert_eq!(&w0.bytes[send_wqe::SGE0_ADDR.offset..][..8], &(mr.addr() + 16).to_le_bytes());
    assert_eq!(&w0.bytes[send_wqe::SGE0_LEN.offset..][..4], &100u32.to_le_bytes());
    assert_eq!(&w0.bytes[send_wqe::SGE0_LKEY.offset..][..4], &mr.lkey().to_le_bytes());
    let w1 = f.send_wqe(qpn, 1).unwrap();
    assert_eq!(w1.get(send_wqe::OPCODE), wqe_opcode::WRITE);
    assert_eq!(w1.get(send_wqe::SIGNALED), 0);
    assert_eq!(w1.get(send_wqe::REMOTE_ADDR), 0xAAAA_0000_1234);
    assert_eq!(w1.get(send_wqe::RKEY), 0x51);
    assert_eq!(w1.get(send_wqe::SGE0_LEN), 4096);
    let w2 = f.send_wqe(qpn, 2).unwrap();
    assert_eq!((w2.get(send_wqe::OPCODE), w2.get(send_wqe::NUM_SGE), w2.get(send_wqe::IMM)), (wqe_opcode::WRITE_IMM, 0, 7));

    q.post_recv(&RecvWr { wr_id: 0x4444, sge: mr.sge(128, 256).unwrap() }).unwrap();
    assert_eq!(f.last_write(db(qpn, &regs::RQ_PI)), Some(1));
    let r = f.recv_wqe(qpn, 0).unwrap();
    assert_eq!(&r.bytes[recv_wqe::WR_ID.offset..][..8], &0x4444u64.to_le_bytes());
    assert_eq!(r.get(recv_wqe::ADDR), mr.addr() + 128);
    assert_eq!(r.get(recv_wqe::LEN), 256);
    assert_eq!(r.get(recv_wqe::LKEY), mr.lkey() as u64);
}

#[test]
fn send_queue_full_until_a_signaled_completion_retires_it() {
    let (f, d) = open();
    let pd = d.alloc_pd().unwrap();
    let mut cq = d.create_cq(16, 0).unwrap();
    let mut q = qp(&pd, &cq, 4);
    let qpn = q.qp_num();
    to_rts(&mut q);
    for i in 0..4 {
        q.post_send(&send(i, None, i == 1)).unwrap();
    }
    assert!(matches!(q.post_send(&send(9, None, true)), Err(Error::QueueFull { depth: 4, .. })));
    // Completion of WR 1 (signaled) retires WRs 0 and 1; 2 and 3 stay outstanding.
    f.push_cqe(cq.cqn(), cqe(qpn, 1, cqe_opcode::SEND, cqe_status::SUCCESS, 0, None)).unwrap();
    let wc = cq.poll(8).unwrap();
    assert_eq!(wc.len(), 1);
    assert_eq!((wc[0].wr_id, wc[0].status, wc[0].opcode, wc[0].qp_num), (1, WcStatus::Success, WcOpcode::Send, qpn));
    q.post_send(&send(4, None, false)).unwrap();
    q.post_send(&send(5, None, true)).unwrap();
    assert!(matches!(q.post_send(&send(6, None, true)), Err(Error::QueueFull { .. })));
    assert_eq!(f.last_write(db(qpn, &regs::SQ_PI)), Some(6), "doorbell is the free-running index");
    f.push_cqe(cq.cqn(), cqe(qpn, 5, cqe_opcode::SEND, cqe_status::SUCCESS, 0, None)).unwrap();
    assert_eq!(cq.poll(8).unwrap().len(), 1);
    for i in 0..4 {
        q.post_send(&send(10 + i, None, true)).unwrap();
    }
    assert_eq!(f.send_wqe(qpn, 9).unwrap().get(send_wqe::WR_ID), 13, "ring wrapped");
}

#[test]
fn receive_queue_full_and_retired_by_receive_completions() {
    let (f, d) = open();
    let pd = d.alloc_pd().unwrap();
    let mut cq = d.create_cq(16, 0).unwrap();
    let mr = pd.reg_mr(4096, RW).unwrap();
    let mut q = qp(&pd, &cq, 2);
    let qpn = q.qp_num();
    to_rts(&mut q);
    let rwr = |id| RecvWr { wr_id: id, sge: mr.sge(0, 64).unwrap() };
    q.post_recv(&rwr(1)).unwrap();
    q.post_recv(&rwr(2)).unwrap();
    assert!(matches!(q.post_recv(&rwr(3)), Err(Error::QueueFull { queue: "receive queue", .. })));
    f.push_cqe(cq.cqn(), cqe(qpn, 1, cqe_opcode::RECV_WRITE_IMM, cqe_status::SUCCESS, 0, Some(0x1234_5678))).unwrap();
    let wc = cq.poll(4).unwrap();
    assert_eq!((wc[0].opcode, wc[0].imm, wc[0].byte_len), (WcOpcode::RecvRdmaWithImm, Some(0x1234_5678), 0));
    q.post_recv(&rwr(3)).unwrap();
}

#[test]
fn cq_poll_follows_the_owner_bit_across_wraps() {
    let (f, d) = open();
    let mut cq = d.create_cq(4, 0).unwrap();
    let cqn = cq.cqn();
    let ci_db = regs::CQ_DB.addr(cqn, &regs::CQ_CI) as u64;
    assert!(cq.poll(4).unwrap().is_empty(), "zeroed ring holds nothing");
    let mut next = 0u64;
    for pass in 0..3u32 {
        for _ in 0..3 {
            f.push_cqe(cqn, cqe(5, next, cqe_opcode::RECV, cqe_status::SUCCESS, next as u32 * 10, None)).unwrap();
            next += 1;
        }
        let got = cq.poll(2).unwrap();
        let rest = cq.poll(8).unwrap();
        assert_eq!((got.len(), rest.len()), (2, 1), "pass {pass}");
        let ids: Vec<u64> = got.iter().chain(&rest).map(|w| w.wr_id).collect();
        assert_eq!(ids, (next - 3..next).collect::<Vec<_>>());
        assert_eq!(rest[0].byte_len, (next as u32 - 1) * 10);
        assert_eq!(rest[0].imm, None);
        assert_eq!(f.last_write(ci_db), Some(next as u32), "CQ_CI after pass {pass}");
        assert!(cq.poll(8).unwrap().is_empty(), "last pass's entries are stale now");
    }
    // A hand-built entry, byte by byte from the contract, in the 4th slot of pass 2.
    let mut raw = Cqe::default();
    raw.bytes[cqe::WR_ID.offset..][..8].copy_from_slice(&0xFEEDu64.to_le_bytes());
    raw.bytes[cqe::STATUS.offset] = cqe_status::REM_ACCESS_ERR as u8;
    raw.bytes[cqe::OPCODE.offset] = cqe_opcode::WRITE as u8;
    f.push_cqe(cqn, raw).unwrap();
    let wc = cq.poll(1).unwrap();
    assert_eq!((wc[0].wr_id, wc[0].status, wc[0].opcode), (0xFEED, WcStatus::RemAccessErr, WcOpcode::RdmaWrite));
    assert_eq!(WcStatus::from_code(77), WcStatus::Unknown(77));
    assert_eq!(WcStatus::from_code(WcStatus::WrFlushErr.code()), WcStatus::WrFlushErr);
}

#[test]
fn leaving_reset_commits_and_every_later_transition_modifies() {
    let (f, d) = open();
    let pd = d.alloc_pd().unwrap();
    let cq = d.create_cq(16, 0).unwrap();
    let mut q = qp(&pd, &cq, 4);
    let qpn = q.qp_num();
    let mut step = |a: QpAttr| {
        f.clear_log();
        q.modify(&a).unwrap();
        (qp_commands(&f), f.row(&regs::QPC_CMD, qpn).unwrap())
    };
    use regs::cmd::{COMMIT, INVALIDATE, MODIFY};
    let (cmds, committed) = step(QpAttr::init());
    assert_eq!(cmds, [COMMIT]);
    assert_eq!(step(QpAttr::init()).0, [MODIFY]);
    assert_eq!(step(QpAttr::rtr(Mtu::Mtu1024, 7, 100, PEER)).0, [MODIFY]);
    assert_eq!(step(QpAttr::rts(200)).0, [MODIFY]);
    // RTS->RTS changes what a live QP may change, here its UDP source port, and
    // stages the rest of the context unchanged (the staging registers are shared).
    let (cmds, row) = step(QpAttr { udp_sport: Some(0xC0DE), ..QpAttr::new(QpState::Rts) });
    assert_eq!(cmds, [MODIFY]);
    let staged = [&regs::QPC_STATE, &regs::QPC_UDP_SPORT, &regs::QPC_DEST_QPN, &regs::QPC_RQ_PSN, &regs::QPC_SQ_PSN];
    assert_eq!(staged.map(|r| row.get(r)), [regs::qp_state::RTS, 0xC0DE, 7, 100, 200]);
    for r in [&regs::QPC_SQ_BASE_LO, &regs::QPC_SQ_BASE_HI, &regs::QPC_SQ_LOG2, &regs::QPC_RQ_BASE_LO, &regs::QPC_RQ_BASE_HI, &regs::QPC_RQ_LOG2, &regs::QPC_CQN, &regs::QPC_PD] {
        assert_eq!(row.get(r), committed.get(r), "{}", r.name);
    }
    let (cmds, row) = step(QpAttr::new(QpState::Err));
    assert_eq!((cmds, row.get(&regs::QPC_STATE)), (vec![MODIFY], regs::qp_state::ERROR));
    assert_eq!(step(QpAttr::new(QpState::Reset)).0, [INVALIDATE]);
    // From RESET, even straight to ERR, the row is a fresh incarnation.
    assert_eq!(step(QpAttr::new(QpState::Err)).0, [COMMIT]);
    assert_eq!(step(QpAttr::new(QpState::Reset)).0, [INVALIDATE]);
    assert_eq!(step(QpAttr::init()).0, [COMMIT]);
    assert_eq!(q.query().udp_sport, Some((regs::QPC_UDP_SPORT.reset + qpn) as u16), "RESET forgot the port");
}

#[test]
fn receives_posted_before_rts_stay_where_they_were_posted() {
    let (f, d) = open();
    let pd = d.alloc_pd().unwrap();
    let mut cq = d.create_cq(16, 0).unwrap();
    let mr = pd.reg_mr(4096, RW).unwrap();
    let mut q = qp(&pd, &cq, 4);
    let qpn = q.qp_num();
    let rwr = |id| RecvWr { wr_id: id, sge: mr.sge(0, 64).unwrap() };
    let rq_doorbells = |f: &FakeBackend| f.writes().iter().filter(|&&(o, _)| o == db(qpn, &regs::RQ_PI)).count();
    q.modify(&QpAttr::init()).unwrap();
    for id in 1..=3 {
        q.post_recv(&rwr(id)).unwrap();
    }
    assert_eq!(f.last_write(db(qpn, &regs::RQ_PI)), Some(3));
    f.clear_log();
    q.modify(&QpAttr::rtr(Mtu::Mtu1024, 7, 0, PEER)).unwrap();
    // In RTR the engine consumed WR 1 (its CQE is not polled yet).
    f.push_cqe(cq.cqn(), cqe(qpn, 1, cqe_opcode::RECV, cqe_status::SUCCESS, 64, None)).unwrap();
    q.modify(&QpAttr::rts(0)).unwrap();
    // MODIFY keeps the engine's RQ index and doorbell: nothing moves, nothing is re-rung.
    assert_eq!(rq_doorbells(&f), 0);
    for (index, id) in [(0, 1), (1, 2), (2, 3)] {
        assert_eq!(f.recv_wqe(qpn, index).unwrap().get(recv_wqe::WR_ID), id);
    }
    assert_eq!(cq.poll(4).unwrap()[0].wr_id, 1);
    // Books add up: 2 outstanding of 4, so 2 more fit (engine indices 3 and 4), then full.
    q.post_recv(&rwr(4)).unwrap();
    q.post_recv(&rwr(5)).unwrap();
    assert_eq!(f.last_write(db(qpn, &regs::RQ_PI)), Some(5));
    assert_eq!(f.recv_wqe(qpn, 3).unwrap().get(recv_wqe::WR_ID), 4);
    assert_eq!(f.recv_wqe(qpn, 4).unwrap().get(recv_wqe::WR_ID), 5, "index 4 wraps to slot 0");
    assert!(matches!(q.post_recv(&rwr(6)), Err(Error::QueueFull { .. })));
}

#[test]
fn moving_to_err_flushes_outstanding_wrs_after_engine_completions() {
    let (f, d) = open();
    let pd = d.alloc_pd().unwrap();
    let mut cq = d.create_cq(16, 0).unwrap();
    let mr = pd.reg_mr(4096, RW).unwrap();
    let mut q = qp(&pd, &cq, 4);
    let qpn = q.qp_num();
    to_rts(&mut q);
    q.post_send(&send(1, None, true)).unwrap();
    q.post_send(&SendWr { wr_id: 2, opcode: SendOp::Write { remote_addr: 0, rkey: 1 }, sge: None, signaled: false }).unwrap();
    q.post_recv(&RecvWr { wr_id: 3, sge: mr.sge(0, 8).unwrap() }).unwrap();
    f.push_cqe(cq.cqn(), cqe(qpn, 1, cqe_opcode::SEND, cqe_status::SUCCESS, 0, None)).unwrap();
    q.modify(&QpAttr::new(QpState::Err)).unwrap();
    assert_eq!(q.state(), QpState::Err);
    let wc = cq.poll(1).unwrap();
    assert_eq!((wc[0].wr_id, wc[0].status), (1, WcStatus::Success), "engine completions first");
    let wc = cq.poll(8).unwrap();
    let got: Vec<_> = wc.iter().map(|w| (w.wr_id, w.status, w.opcode)).collect();
    assert_eq!(got, [(2, WcStatus::WrFlushErr, WcOpcode::RdmaWrite), (3, WcStatus::WrFlushErr, WcOpcode::Recv)]);
    assert!(cq.poll(8).unwrap().is_empty());
    assert!(matches!(q.post_send(&send(4, None, true)), Err(Error::BadState { .. })));
    q.modify(&QpAttr::new(QpState::Reset)).unwrap();
    to_rts(&mut q);
    for i in 0..4 {
        q.post_send(&send(10 + i, None, true)).unwrap();
    }
}

#[test]
fn an_engine_error_completion_puts_the_qp_in_err_and_flushes_the_rest() {
    let (f, d) = open();
    let pd = d.alloc_pd().unwrap();
    let mut cq = d.create_cq(16, 0).unwrap();
    let mut q = qp(&pd, &cq, 4);
    let qpn = q.qp_num();
    to_rts(&mut q);
    for i in 1..=3 {
        q.post_send(&send(i, None, false)).unwrap();
    }
    // WR 2 (unsignaled) fails; WR 1 succeeded silently, WR 3 never ran.
    f.push_cqe(cq.cqn(), cqe(qpn, 2, cqe_opcode::SEND, cqe_status::REM_ACCESS_ERR, 0, None)).unwrap();
    let wc = cq.poll(8).unwrap();
    let got: Vec<_> = wc.iter().map(|w| (w.wr_id, w.status)).collect();
    assert_eq!(got, [(2, WcStatus::RemAccessErr), (3, WcStatus::WrFlushErr)]);
    assert_eq!(q.state(), QpState::Err);
    assert!(matches!(q.post_send(&send(4, None, true)), Err(Error::BadState { state: QpState::Err, .. })));
    assert!(matches!(q.modify(&QpAttr::rts(0)), Err(Error::BadTransition { from: QpState::Err, .. })));
    q.modify(&QpAttr::new(QpState::Reset)).unwrap();
    assert_eq!(q.state(), QpState::Reset);
}

#[test]
fn reset_and_destroy_discard_completions_of_the_old_incarnation() {
    let (f, d) = open();
    let pd = d.alloc_pd().unwrap();
    let mr = pd.reg_mr(4096, RW).unwrap();
    let (mut scq, mut rcq) = (d.create_cq(16, 0).unwrap(), d.create_cq(16, 1).unwrap());
    fn mk(pd: &ProtectionDomain, scq: &CompletionQueue, rcq: &CompletionQueue) -> QueuePair {
        pd.create_qp(&QpInitAttr { send_cq: scq, recv_cq: rcq, max_send_wr: 4, max_recv_wr: 4 }).unwrap()
    }
    let mut q = mk(&pd, &scq, &rcq);
    let (qpn, scqn, rcqn) = (q.qp_num(), scq.cqn(), rcq.cqn());
    let complete_both = |id: u64| {
        f.push_cqe(scqn, cqe(qpn, id, cqe_opcode::SEND, cqe_status::SUCCESS, 0, None)).unwrap();
        f.push_cqe(rcqn, cqe(qpn, id + 100, cqe_opcode::RECV, cqe_status::SUCCESS, 0, None)).unwrap();
    };
    let post_both = |q: &mut QueuePair, id: u64| {
        q.post_send(&send(id, None, true)).unwrap();
        q.post_recv(&RecvWr { wr_id: id + 100, sge: mr.sge(0, 8).unwrap() }).unwrap();
    };
    to_rts(&mut q);
    post_both(&mut q, 1);
    complete_both(1);
    q.modify(&QpAttr::new(QpState::Reset)).unwrap();
    to_rts(&mut q);
    post_both(&mut q, 2);
    complete_both(2);
    let ids = |cq: &mut CompletionQueue| cq.poll(8).unwrap().iter().map(|w| w.wr_id).collect::<Vec<_>>();
    assert_eq!(ids(&mut scq), [2], "the pre-reset send completion is dropped, the new one kept");
    assert_eq!(ids(&mut rcq), [102], "likewise on the receive CQ");

    post_both(&mut q, 3);
    complete_both(3);
    drop(q);
    let mut q2 = mk(&pd, &scq, &rcq);
    assert_eq!(q2.qp_num(), qpn);
    to_rts(&mut q2);
    assert!(ids(&mut scq).is_empty() && ids(&mut rcq).is_empty(), "destroyed QP's completions are dropped");
}

#[test]
fn wait_arms_and_sleeps_on_the_vector() {
    let (f, d) = open();
    let mut cq = d.create_cq(4, 3).unwrap();
    let arm = regs::CQ_DB.addr(cq.cqn(), &regs::CQ_ARM) as u64;
    assert!(cq.wait(4, Duration::from_millis(10)).unwrap().is_empty());
    assert_eq!(f.last_write(arm), Some(1));
    f.push_cqe(cq.cqn(), cqe(0, 42, cqe_opcode::RECV, cqe_status::SUCCESS, 0, None)).unwrap();
    f.raise_irq(3);
    assert_eq!(cq.wait(4, Duration::from_secs(5)).unwrap()[0].wr_id, 42);
}

#[test]
fn objects_keep_what_they_use_alive() {
    let (f, d) = open();
    let pd = d.alloc_pd().unwrap();
    let cq = d.create_cq(4, 0).unwrap();
    let cqn = cq.cqn();
    let q = qp(&pd, &cq, 4);
    drop(cq);
    drop(pd);
    drop(d);
    assert_eq!(f.row(&regs::CQ_CMD, cqn).unwrap().cmd, regs::cmd::COMMIT, "the QP still uses its CQ");
    assert_eq!(f.last_write(regs::CTRL.offset as u64), Some(1 << regs::ctrl::ENABLE.lsb));
    drop(q);
    assert_eq!(f.row(&regs::CQ_CMD, cqn).unwrap().cmd, regs::cmd::INVALIDATE);
    assert!(f.mappings().is_empty(), "all DMA memory unmapped");
    assert_eq!(f.last_write(regs::CTRL.offset as u64), Some(0));
}

#[test]
fn iova_allocator_reuses_and_coalesces() {
    let a = IovaAllocator::new(0x1000_0000, 0x1001_0000);
    let x = a.alloc(0x1000).unwrap();
    let y = a.alloc(0x2000).unwrap();
    let z = a.alloc(0x1000).unwrap();
    assert_eq!((x, y, z), (0x1000_0000, 0x1000_1000, 0x1000_3000));
    a.free(x, 0x1000);
    a.free(y, 0x2000);
    assert_eq!(a.alloc(0x3000), Some(x), "x and y coalesced");
    a.free(x, 0x3000);
    a.free(z, 0x1000);
    assert_eq!(a.alloc(0x10000), Some(0x1000_0000), "everything returned to the bump pointer");
    assert_eq!(a.alloc(0x1000), None, "space exhausted");
}

#[test]
fn raw_dma_buffers_are_page_granular_and_unmapped_on_drop() {
    let (f, d) = open();
    let b = d.alloc_dma(1).unwrap();
    assert_eq!((b.len(), b.iova() % page_size() as u64), (page_size(), 0));
    assert_eq!(f.mappings(), [(b.iova(), b.len())]);
    let c = d.alloc_dma(page_size() + 1).unwrap();
    assert_eq!(c.iova(), b.iova() + page_size() as u64);
    drop(b);
    drop(c);
    assert!(f.mappings().is_empty());
}

#[test]
fn fast_field_accessors_agree_with_the_contract() {
    use openrnic_contract::{layout::Layout, queues, Entry};
    fn check<const N: usize>(l: &Layout) {
        assert_eq!(l.size, N);
        let mut x = 0x9E37_79B9_7F4A_7C15u64;
        for f in l.fields {
            for _ in 0..8 {
                x = x.rotate_left(17).wrapping_mul(0xBF58_476D_1CE4_E5B9) ^ 0x94D0_49BB;
                let v = x & f.mask();
                let (mut a, mut b) = (Entry::<N>::default(), Entry::<N>::default());
                a.bytes.fill(0xA5);
                b.bytes.fill(0xA5);
                memory::set(&mut a, *f, v).unwrap();
                b.set(*f, v).unwrap();
                assert_eq!(a, b, "{}.{}", l.name, f.name);
                assert_eq!(memory::get(&a, *f), v, "{}.{}", l.name, f.name);
                if f.width < 64 {
                    assert!(memory::set(&mut a, *f, f.mask() + 1).is_err(), "{}.{} overflow", l.name, f.name);
                }
            }
        }
    }
    check::<{ queues::send_wqe::SIZE }>(&queues::send_wqe::LAYOUT);
    check::<{ queues::recv_wqe::SIZE }>(&queues::recv_wqe::LAYOUT);
    check::<{ queues::cqe::SIZE }>(&queues::cqe::LAYOUT);
}
