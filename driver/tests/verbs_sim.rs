//! The verbs layer end to end on two simulated cards joined by one link: SEND into a
//! posted receive, then RDMA WRITE with immediate, checked in the peer's memory.

use openrnic_contract::regs;
use openrnic_driver::backend::sim::SimBackend;
use openrnic_driver::verbs::QpState;
use openrnic_driver::{AddressVector, CompletionQueue, Device, Mtu, QpAttr, QpInitAttr, RecvWr, SendOp, SendWr, WcOpcode, WcStatus, WorkCompletion};
use openrnic_sim::world::WorldConfig;
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

#[test]
fn send_and_write_with_imm_between_two_simulated_cards() {
    let (_sim, a, b) = SimBackend::pair(WorldConfig::default()).expect("simulation");
    let av = |i: u8| AddressVector { mac: [0x02, 0, 0, 0, 0, i], ipv4: Ipv4Addr::new(10, 0, 0, i) };
    let (da, db) = (Device::open(Arc::new(a)).unwrap(), Device::open(Arc::new(b)).unwrap());
    da.set_address(av(1).mac, av(1).ipv4).unwrap();
    db.set_address(av(2).mac, av(2).ipv4).unwrap();
    let rw = regs::access::LOCAL_WRITE | regs::access::REMOTE_WRITE;
    let (pa, pb) = (da.alloc_pd().unwrap(), db.alloc_pd().unwrap());
    let (mut ma, mb) = (pa.reg_mr(8192, rw).unwrap(), pb.reg_mr(8192, rw).unwrap());
    let (mut ca, mut cb) = (da.create_cq(64, 0).unwrap(), db.create_cq(64, 0).unwrap());
    let init = |cq| QpInitAttr { send_cq: cq, recv_cq: cq, max_send_wr: 16, max_recv_wr: 16 };
    let (mut qa, mut qb) = (pa.create_qp(&init(&ca)).unwrap(), pb.create_qp(&init(&cb)).unwrap());

    // libibverbs order: receives go in while the QP is in INIT.
    qa.modify(&QpAttr::init()).unwrap();
    qb.modify(&QpAttr::init()).unwrap();
    qb.post_recv(&RecvWr { wr_id: 0xB1, sge: mb.sge(0, 4096).unwrap() }).unwrap();
    qb.post_recv(&RecvWr { wr_id: 0xB2, sge: mb.sge(4096, 64).unwrap() }).unwrap();
    qa.modify(&QpAttr::rtr(Mtu::Mtu1024, qb.qp_num(), 1000, av(2))).unwrap();
    qb.modify(&QpAttr::rtr(Mtu::Mtu1024, qa.qp_num(), 5000, av(1))).unwrap();
    qa.modify(&QpAttr::rts(5000)).unwrap();
    qb.modify(&QpAttr::rts(1000)).unwrap();
    assert_eq!((qa.state(), qb.state()), (QpState::Rts, QpState::Rts));

    // SEND of 3000 bytes: three 1024-byte packets into B's first receive.
    let msg: Vec<u8> = (0..3000u32).map(|i| (i * 7 + 3) as u8).collect();
    ma.as_mut_slice()[..3000].copy_from_slice(&msg);
    qa.post_send(&SendWr { wr_id: 0xA1, opcode: SendOp::Send, sge: Some(ma.sge(0, 3000).unwrap()), signaled: true }).unwrap();
    let r = poll_one(&mut cb, "receive of the SEND");
    assert_eq!((r.wr_id, r.status, r.opcode, r.byte_len, r.qp_num), (0xB1, WcStatus::Success, WcOpcode::Recv, 3000, qb.qp_num()));
    assert_eq!(&mb.as_slice()[..3000], &msg[..]);
    let s = poll_one(&mut ca, "SEND");
    assert_eq!((s.wr_id, s.status, s.opcode), (0xA1, WcStatus::Success, WcOpcode::Send));

    // RDMA WRITE with immediate into B's region at 6000; consumes B's second receive.
    ma.as_mut_slice()[4000..4100].fill(0x5A);
    let wr = SendWr {
        wr_id: 0xA2,
        opcode: SendOp::WriteWithImm { remote_addr: mb.addr() + 6000, rkey: mb.rkey(), imm: 0xDEAD_BEEF },
        sge: Some(ma.sge(4000, 100).unwrap()),
        signaled: true,
    };
    qa.post_send(&wr).unwrap();
    let r = poll_one(&mut cb, "receive of the WRITE with immediate");
    assert_eq!((r.wr_id, r.opcode, r.imm, r.byte_len), (0xB2, WcOpcode::RecvRdmaWithImm, Some(0xDEAD_BEEF), 100));
    assert!(mb.as_slice()[6000..6100].iter().all(|&b| b == 0x5A));
    let s = poll_one(&mut ca, "WRITE with immediate");
    assert_eq!((s.wr_id, s.status, s.opcode), (0xA2, WcStatus::Success, WcOpcode::RdmaWrite));

    let (ka, kb) = (da.counters().unwrap(), db.counters().unwrap());
    println!("card A:\n{ka}card B:\n{kb}");
    assert_eq!((ka.rx_bad_icrc, kb.rx_bad_icrc, ka.wqe_errors, kb.cq_overflow), (0, 0, 0, 0));
    assert_eq!(kb.rx_frames, 4, "3 SEND packets + 1 WRITE");
}

#[test]
fn a_bad_rkey_fails_the_write_and_flushes_what_follows() {
    let (_sim, a, b) = SimBackend::pair(WorldConfig::default()).expect("simulation");
    let av = |i: u8| AddressVector { mac: [0x02, 0, 0, 0, 0, i], ipv4: Ipv4Addr::new(10, 0, 0, i) };
    let (da, db) = (Device::open(Arc::new(a)).unwrap(), Device::open(Arc::new(b)).unwrap());
    da.set_address(av(1).mac, av(1).ipv4).unwrap();
    db.set_address(av(2).mac, av(2).ipv4).unwrap();
    let rw = regs::access::LOCAL_WRITE | regs::access::REMOTE_WRITE;
    let (pa, pb) = (da.alloc_pd().unwrap(), db.alloc_pd().unwrap());
    let (ma, mb) = (pa.reg_mr(4096, rw).unwrap(), pb.reg_mr(4096, rw).unwrap());
    let (mut ca, cb) = (da.create_cq(16, 0).unwrap(), db.create_cq(16, 0).unwrap());
    let init = |cq| QpInitAttr { send_cq: cq, recv_cq: cq, max_send_wr: 8, max_recv_wr: 8 };
    let (mut qa, mut qb) = (pa.create_qp(&init(&ca)).unwrap(), pb.create_qp(&init(&cb)).unwrap());
    let (na, nb) = (qa.qp_num(), qb.qp_num());
    for (q, peer, i) in [(&mut qa, nb, 2), (&mut qb, na, 1)] {
        q.modify(&QpAttr::init()).unwrap();
        q.modify(&QpAttr::rtr(Mtu::Mtu1024, peer, 0, av(i))).unwrap();
        q.modify(&QpAttr::rts(0)).unwrap();
    }
    // A stale rkey: right row, wrong generation.
    let bad = SendOp::Write { remote_addr: mb.addr(), rkey: mb.rkey() ^ 0x100 };
    qa.post_send(&SendWr { wr_id: 1, opcode: bad, sge: Some(ma.sge(0, 64).unwrap()), signaled: false }).unwrap();
    qa.post_send(&SendWr { wr_id: 2, opcode: SendOp::Send, sge: None, signaled: true }).unwrap();
    let e = poll_one(&mut ca, "the failed WRITE");
    assert_eq!((e.wr_id, e.status, e.opcode), (1, WcStatus::RemAccessErr, WcOpcode::RdmaWrite));
    let f = poll_one(&mut ca, "the flushed SEND");
    assert_eq!((f.wr_id, f.status), (2, WcStatus::WrFlushErr));
    assert_eq!(qa.state(), QpState::Err);
    assert_eq!(db.counters().unwrap().nak_access_sent, 1);
    assert_eq!(da.counters().unwrap().wqe_errors, 1);
}
