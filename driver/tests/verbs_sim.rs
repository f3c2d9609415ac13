//! The verbs layer end to end on two simulated cards joined by one link: SEND into a
//! posted receive, RDMA WRITE with immediate, checked in the peer's memory; receives
//! and PSNs carried through the QP state transitions; a failed WRITE flushing the rest.

use openrnic_contract::regs;
use openrnic_driver::backend::sim::SimBackend;
use openrnic_driver::verbs::QpState;
use openrnic_driver::{
    AddressVector, CompletionQueue, Device, MemoryRegion, Mtu, QpAttr, QpInitAttr, QueuePair, RecvWr, SendOp, SendWr,
    WcOpcode, WcStatus, WorkCompletion,
};
use openrnic_sim::world::{Sim, WorldConfig};
use std::net::Ipv4Addr;
use std::sync::Arc;
use std::time::{Duration, Instant};

fn poll_one(cq: &mut CompletionQueue, what: &str) -> WorkCompletion {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        if let Some(wc) = cq.poll(1).unwrap().pop() {
            return wc;
        }
        assert!(Instant::now() < deadline, "no completion for {what}");
        std::thread::sleep(Duration::from_micros(200));
    }
}

/// One card with a PD's worth of objects: an 8 KiB region, one CQ and a QP in RESET.
struct Side {
    dev: Device,
    mr: MemoryRegion,
    cq: CompletionQueue,
    qp: QueuePair,
    av: AddressVector,
}

impl Side {
    fn recv(&mut self, wr_id: u64, offset: usize, len: u32) {
        self.qp.post_recv(&RecvWr { wr_id, sge: self.mr.sge(offset, len).unwrap() }).unwrap();
    }
    /// SEND `len` bytes of a pattern seeded by `seed` from offset 0 of the region.
    fn send(&mut self, wr_id: u64, len: usize, seed: u8) -> Vec<u8> {
        let msg: Vec<u8> = (0..len).map(|i| (i as u8).wrapping_mul(7).wrapping_add(seed)).collect();
        self.mr.as_mut_slice()[..len].copy_from_slice(&msg);
        self.qp.post_send(&SendWr { wr_id, opcode: SendOp::Send, sge: Some(self.mr.sge(0, len as u32).unwrap()), signaled: true }).unwrap();
        msg
    }
    /// INIT -> RTR towards `peer`, expecting `rq_psn` first.
    fn rtr(&mut self, peer: &Side, rq_psn: u32) {
        self.qp.modify(&QpAttr::rtr(Mtu::Mtu1024, peer.qp.qp_num(), rq_psn, peer.av)).unwrap();
    }
}

fn pair() -> (Sim, Side, Side) {
    let (sim, a, b) = SimBackend::pair(WorldConfig::default()).expect("simulation");
    let side = |backend: SimBackend, i: u8| {
        let av = AddressVector { mac: [0x02, 0, 0, 0, 0, i], ipv4: Ipv4Addr::new(10, 0, 0, i) };
        let dev = Device::open(Arc::new(backend)).unwrap();
        dev.set_address(av.mac, av.ipv4).unwrap();
        let pd = dev.alloc_pd().unwrap();
        let mr = pd.reg_mr(8192, regs::access::LOCAL_WRITE | regs::access::REMOTE_WRITE).unwrap();
        let cq = dev.create_cq(64, 0).unwrap();
        let qp = pd.create_qp(&QpInitAttr { send_cq: &cq, recv_cq: &cq, max_send_wr: 16, max_recv_wr: 16 }).unwrap();
        Side { dev, mr, cq, qp, av }
    };
    let (a, b) = (side(a, 1), side(b, 2));
    (sim, a, b)
}

/// Both QPs INIT -> RTR -> RTS, A sending from PSN 5000 and B from 1000.
fn connect(a: &mut Side, b: &mut Side) {
    a.rtr(b, 1000);
    b.rtr(a, 5000);
    a.qp.modify(&QpAttr::rts(5000)).unwrap();
    b.qp.modify(&QpAttr::rts(1000)).unwrap();
    assert_eq!((a.qp.state(), b.qp.state()), (QpState::Rts, QpState::Rts));
}

#[test]
fn send_and_write_with_imm_between_two_simulated_cards() {
    let (_sim, mut a, mut b) = pair();
    // libibverbs order: receives go in while the QP is in INIT.
    a.qp.modify(&QpAttr::init()).unwrap();
    b.qp.modify(&QpAttr::init()).unwrap();
    b.recv(0xB1, 0, 4096);
    b.recv(0xB2, 4096, 64);
    connect(&mut a, &mut b);

    // SEND of 3000 bytes: three 1024-byte packets into B's first receive.
    let msg = a.send(0xA1, 3000, 3);
    let r = poll_one(&mut b.cq, "receive of the SEND");
    assert_eq!((r.wr_id, r.status, r.opcode, r.byte_len, r.qp_num), (0xB1, WcStatus::Success, WcOpcode::Recv, 3000, b.qp.qp_num()));
    assert_eq!(&b.mr.as_slice()[..3000], &msg[..]);
    let s = poll_one(&mut a.cq, "SEND");
    assert_eq!((s.wr_id, s.status, s.opcode), (0xA1, WcStatus::Success, WcOpcode::Send));

    // RDMA WRITE with immediate into B's region at 6000; consumes B's second receive.
    a.mr.as_mut_slice()[4000..4100].fill(0x5A);
    let wr = SendWr {
        wr_id: 0xA2,
        opcode: SendOp::WriteWithImm { remote_addr: b.mr.addr() + 6000, rkey: b.mr.rkey(), imm: 0xDEAD_BEEF },
        sge: Some(a.mr.sge(4000, 100).unwrap()),
        signaled: true,
    };
    a.qp.post_send(&wr).unwrap();
    let r = poll_one(&mut b.cq, "receive of the WRITE with immediate");
    assert_eq!((r.wr_id, r.opcode, r.imm, r.byte_len), (0xB2, WcOpcode::RecvRdmaWithImm, Some(0xDEAD_BEEF), 100));
    assert!(b.mr.as_slice()[6000..6100].iter().all(|&x| x == 0x5A));
    let s = poll_one(&mut a.cq, "WRITE with immediate");
    assert_eq!((s.wr_id, s.status, s.opcode), (0xA2, WcStatus::Success, WcOpcode::RdmaWrite));

    let (ka, kb) = (a.dev.counters().unwrap(), b.dev.counters().unwrap());
    println!("card A:\n{ka}card B:\n{kb}");
    assert_eq!((ka.rx_bad_icrc, kb.rx_bad_icrc, ka.wqe_errors, kb.cq_overflow), (0, 0, 0, 0));
    assert_eq!(kb.rx_frames, 4, "3 SEND packets + 1 WRITE");
}

#[test]
fn a_receive_posted_in_init_takes_the_first_send_without_an_rnr_nak() {
    let (_sim, mut a, mut b) = pair();
    a.qp.modify(&QpAttr::init()).unwrap();
    b.qp.modify(&QpAttr::init()).unwrap();
    b.recv(0xB1, 0, 256);
    // INIT -> INIT is a modify too; the receive stays posted.
    b.qp.modify(&QpAttr::init()).unwrap();
    connect(&mut a, &mut b);

    let msg = a.send(0xA1, 200, 11);
    let r = poll_one(&mut b.cq, "receive posted in INIT");
    assert_eq!((r.wr_id, r.status, r.byte_len), (0xB1, WcStatus::Success, 200));
    assert_eq!(&b.mr.as_slice()[..200], &msg[..]);
    let s = poll_one(&mut a.cq, "SEND");
    assert_eq!((s.wr_id, s.status), (0xA1, WcStatus::Success));

    let (ka, kb) = (a.dev.counters().unwrap(), b.dev.counters().unwrap());
    assert_eq!(kb.get(&regs::CNT_RNR_NAK_SENT), Some(0), "the engine saw the receive posted in INIT");
    assert_eq!((ka.rx_naks, ka.retransmits, kb.rx_frames), (0, 0, 1));
}

#[test]
fn a_send_received_in_rtr_keeps_psn_and_msn_through_rtr_to_rts() {
    let (_sim, mut a, mut b) = pair();
    a.qp.modify(&QpAttr::init()).unwrap();
    b.qp.modify(&QpAttr::init()).unwrap();
    a.rtr(&b, 1000);
    b.rtr(&a, 5000);
    a.qp.modify(&QpAttr::rts(5000)).unwrap();
    assert_eq!((a.qp.state(), b.qp.state()), (QpState::Rts, QpState::Rtr));

    // B responds while still in RTR: a three-packet SEND (PSNs 5000..5002, MSN 1).
    b.recv(0xB1, 0, 4096);
    b.recv(0xB2, 4096, 4096);
    let first = a.send(0xA1, 3000, 1);
    let r = poll_one(&mut b.cq, "receive in RTR");
    assert_eq!((r.wr_id, r.status, r.byte_len), (0xB1, WcStatus::Success, 3000));
    assert_eq!(&b.mr.as_slice()[..3000], &first[..]);
    assert_eq!(poll_one(&mut a.cq, "SEND acknowledged by a QP in RTR").status, WcStatus::Success);

    // RTR -> RTS keeps the responder's expected PSN (5003) and MSN: the next SEND is
    // in sequence and lands in the next receive.
    b.qp.modify(&QpAttr::rts(1000)).unwrap();
    let second = a.send(0xA2, 2000, 2);
    let r = poll_one(&mut b.cq, "receive after RTR -> RTS");
    assert_eq!((r.wr_id, r.status, r.byte_len), (0xB2, WcStatus::Success, 2000));
    assert_eq!(&b.mr.as_slice()[4096..6096], &second[..]);
    let s = poll_one(&mut a.cq, "SEND after the peer's RTR -> RTS");
    assert_eq!((s.wr_id, s.status), (0xA2, WcStatus::Success));

    // And B's requester starts at the PSN RTS gave it.
    a.recv(0xA3, 4096, 64);
    let back = b.send(0xB3, 64, 3);
    let r = poll_one(&mut a.cq, "SEND from B");
    assert_eq!((r.wr_id, r.status, r.byte_len), (0xA3, WcStatus::Success, 64));
    assert_eq!(&a.mr.as_slice()[4096..4160], &back[..]);
    assert_eq!(poll_one(&mut b.cq, "B's SEND").status, WcStatus::Success);

    let (ka, kb) = (a.dev.counters().unwrap(), b.dev.counters().unwrap());
    println!("card A:\n{ka}card B:\n{kb}");
    for k in [ka, kb] {
        assert_eq!((k.nak_seq_sent, k.rx_duplicate, k.rnr_nak_sent, k.rx_naks, k.retransmits, k.wqe_errors), (0, 0, 0, 0, 0, 0));
    }
    assert_eq!(kb.rx_frames, 3 + 2 + 1, "3 + 2 SEND packets, 1 ACK");
}

#[test]
fn a_bad_rkey_fails_the_write_and_flushes_what_follows() {
    let (_sim, mut a, mut b) = pair();
    a.qp.modify(&QpAttr::init()).unwrap();
    b.qp.modify(&QpAttr::init()).unwrap();
    connect(&mut a, &mut b);
    // A stale rkey: right row, wrong generation.
    let bad = SendOp::Write { remote_addr: b.mr.addr(), rkey: b.mr.rkey() ^ 0x100 };
    a.qp.post_send(&SendWr { wr_id: 1, opcode: bad, sge: Some(a.mr.sge(0, 64).unwrap()), signaled: false }).unwrap();
    a.qp.post_send(&SendWr { wr_id: 2, opcode: SendOp::Send, sge: None, signaled: true }).unwrap();
    let e = poll_one(&mut a.cq, "the failed WRITE");
    assert_eq!((e.wr_id, e.status, e.opcode), (1, WcStatus::RemAccessErr, WcOpcode::RdmaWrite));
    let f = poll_one(&mut a.cq, "the flushed SEND");
    assert_eq!((f.wr_id, f.status), (2, WcStatus::WrFlushErr));
    assert_eq!(a.qp.state(), QpState::Err);
    assert_eq!(b.dev.counters().unwrap().nak_access_sent, 1);
    assert_eq!(a.dev.counters().unwrap().wqe_errors, 1);
}

#[test]
fn send_with_imm_and_plain_write_and_unsignaled_sends() {
    let (_sim, mut a, mut b) = pair();
    a.qp.modify(&QpAttr::init()).unwrap();
    b.qp.modify(&QpAttr::init()).unwrap();
    b.recv(0xC1, 1024, 2048);
    connect(&mut a, &mut b);

    // SEND with immediate.
    a.mr.as_mut_slice()[..1500].fill(0x33);
    a.qp.post_send(&SendWr { wr_id: 1, opcode: SendOp::SendWithImm(0x0102_0304), sge: Some(a.mr.sge(0, 1500).unwrap()), signaled: true }).unwrap();
    let r = poll_one(&mut b.cq, "receive of SEND with immediate");
    assert_eq!((r.wr_id, r.opcode, r.byte_len, r.imm), (0xC1, WcOpcode::Recv, 1500, Some(0x0102_0304)));
    assert!(b.mr.as_slice()[1024..2524].iter().all(|&x| x == 0x33));
    assert_eq!(poll_one(&mut a.cq, "SEND with immediate").opcode, WcOpcode::Send);

    // A plain RDMA WRITE: no receive consumed, no completion on B.
    a.mr.as_mut_slice()[..5000].iter_mut().enumerate().for_each(|(i, x)| *x = (i % 251) as u8);
    a.qp.post_send(&SendWr { wr_id: 2, opcode: SendOp::Write { remote_addr: b.mr.addr() + 3000, rkey: b.mr.rkey() }, sge: Some(a.mr.sge(0, 5000).unwrap()), signaled: true }).unwrap();
    let s = poll_one(&mut a.cq, "WRITE");
    assert_eq!((s.wr_id, s.status, s.opcode), (2, WcStatus::Success, WcOpcode::RdmaWrite));
    assert!(b.mr.as_slice()[3000..8000].iter().enumerate().all(|(i, &x)| x == (i % 251) as u8));
    assert!(b.cq.poll(4).unwrap().is_empty(), "a plain WRITE completes nothing on the responder");

    // Unsignaled WRs complete silently; the signaled one after them reports.
    for id in 10..13 {
        let signaled = id == 12;
        a.qp.post_send(&SendWr { wr_id: id, opcode: SendOp::Write { remote_addr: b.mr.addr(), rkey: b.mr.rkey() }, sge: Some(a.mr.sge(0, 64).unwrap()), signaled }).unwrap();
    }
    let s = poll_one(&mut a.cq, "signaled WRITE after unsignaled ones");
    assert_eq!((s.wr_id, s.status), (12, WcStatus::Success));
    assert!(a.cq.poll(4).unwrap().is_empty());
}

#[test]
fn an_armed_cq_raises_its_msix_vector_and_wait_wakes_on_it() {
    let (sim, mut a, mut b) = pair();
    a.qp.modify(&QpAttr::init()).unwrap();
    b.qp.modify(&QpAttr::init()).unwrap();
    connect(&mut a, &mut b);
    // B arms its CQ (vector 0) and waits; A's SEND completes B's receive.
    b.recv(0xE1, 0, 1024);
    assert!(b.cq.poll(1).unwrap().is_empty());
    b.cq.arm().unwrap();
    let before = sim.lock().cards[1].irq_count(0);
    a.send(0xE2, 100, 9);
    let got = b.cq.wait(1, Duration::from_secs(20)).unwrap();
    assert_eq!(got.len(), 1, "wait returned without a completion");
    assert_eq!(got[0].wr_id, 0xE1);
    assert_eq!(sim.lock().cards[1].irq_count(0), before + 1, "exactly one MSI-X message for one armed completion");
    // Not re-armed: the next completion raises nothing.
    b.recv(0xE3, 0, 1024);
    a.send(0xE4, 100, 10);
    let _ = poll_one(&mut b.cq, "second receive");
    assert_eq!(sim.lock().cards[1].irq_count(0), before + 1, "an unarmed CQ stays quiet");
    let _ = poll_one(&mut a.cq, "first send");
}
