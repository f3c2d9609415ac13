//! Two Verilated engines back to back, programmed with raw register writes.
use openrnic_contract::queues::{cqe_opcode, wqe_opcode};
use openrnic_contract::regs::{self, access};
use openrnic_sim::world::{World, WorldConfig};
use openrnic_tests::*;

const PD: u32 = 1;

struct Pair {
    w: World,
    qp: [RawQp; 2],
    cq: [RawCq; 2],
    buf: [HostBuf; 2],
}

/// Card 0 and card 1, QP 1 <-> QP 2, one CQ each, one 1 MiB buffer each registered as MR 3.
fn pair(pmtu_log2: u32) -> Pair {
    let mut w = World::new(WorldConfig::default()).unwrap();
    for c in 0..2 {
        set_station(&mut w, c);
    }
    let cq = [create_cq(&mut w, 0, 0, 0x1000_0000, 8), create_cq(&mut w, 1, 0, 0x1000_0000, 8)];
    let buf = [HostBuf::new(&w, 0, 0x2000_0000, 1 << 20), HostBuf::new(&w, 1, 0x2000_0000, 1 << 20)];
    for c in 0..2 {
        reg_mr(&mut w, c, 3, 0x0100 | 3, 0x7f00_0000_0000, &buf[c], PD, access::LOCAL_WRITE | access::REMOTE_WRITE);
    }
    let q0 = create_qp(&mut w, 0, &QpSetup { qpn: 1, dest_qpn: 2, peer: 1, sq_psn: 100, rq_psn: 500, pmtu_log2, cqn: 0, pd: PD }, 0x3000_0000);
    let q1 = create_qp(&mut w, 1, &QpSetup { qpn: 2, dest_qpn: 1, peer: 0, sq_psn: 500, rq_psn: 100, pmtu_log2, cqn: 0, pd: PD }, 0x3000_0000);
    Pair { w, qp: [q0, q1], cq, buf }
}

fn pattern(n: usize, seed: u8) -> Vec<u8> {
    (0..n).map(|i| (i as u8).wrapping_mul(31).wrapping_add(seed)).collect()
}

#[test]
fn send_small_message() {
    let mut p = pair(10);
    let data = pattern(100, 7);
    p.buf[0].write(0, &data);
    post_recv(&mut p.w, 1, &mut p.qp[1], 0xAA, 0x7f00_0000_0000 + 4096, 4096, 0x103);
    post_send(&mut p.w, 0, &mut p.qp[0], &Send { opcode: wqe_opcode::SEND, wr_id: 0x55, imm: 0, remote_addr: 0, rkey: 0, sge: Some((0x7f00_0000_0000, 100, 0x103)), signaled: true });
    let rc = wait_cqe(&mut p.w, 1, &mut p.cq[1], 200_000);
    let sc = wait_cqe(&mut p.w, 0, &mut p.cq[0], 200_000);
    for c in 0..2 {
        eprintln!("card {c}: rx {} bad_icrc {} malformed {} not_roce {} bad_qp {} tx {} acks {} rx_acks {} dma_err {}",
            counter(&mut p.w, c, &regs::CNT_RX_FRAMES), counter(&mut p.w, c, &regs::CNT_RX_BAD_ICRC),
            counter(&mut p.w, c, &regs::CNT_RX_MALFORMED), counter(&mut p.w, c, &regs::CNT_RX_NOT_ROCE),
            counter(&mut p.w, c, &regs::CNT_RX_BAD_QP), counter(&mut p.w, c, &regs::CNT_TX_FRAMES),
            counter(&mut p.w, c, &regs::CNT_TX_ACKS), counter(&mut p.w, c, &regs::CNT_RX_ACKS),
            counter(&mut p.w, c, &regs::CNT_DMA_ERRORS));
    }
    let rc = rc.expect("receive completion");
    assert_eq!(rc.wr_id, 0xAA);
    assert_eq!(rc.byte_len, 100);
    assert_eq!(rc.opcode as u64, cqe_opcode::RECV);
    assert_eq!(rc.status, 0);
    assert_eq!(p.buf[1].read(4096, 100), data);
    let sc = sc.expect("send completion");
    assert_eq!(sc.wr_id, 0x55);
    assert_eq!(sc.status, 0);
}

#[test]
fn frames_parse_with_reference_parser() {
    let mut p = pair(10);
    let path = std::env::temp_dir().join(format!("openrnic-frames-{}.pcap", std::process::id()));
    p.w.set_pcap(openrnic_sim::wire::PcapWriter::create(&path, openrnic_sim::wire::TsResolution::Nano, openrnic_sim::memory::ENGINE_CLOCK_HZ).unwrap());
    p.buf[0].write(0, &pattern(3000, 1));
    post_recv(&mut p.w, 1, &mut p.qp[1], 1, 0x7f00_0000_0000, 8192, 0x103);
    post_send(&mut p.w, 0, &mut p.qp[0], &Send { opcode: wqe_opcode::SEND_IMM, wr_id: 2, imm: 0x1234, remote_addr: 0, rkey: 0, sge: Some((0x7f00_0000_0000, 3000, 0x103)), signaled: true });
    p.w.run(50_000);
    drop(p.w.link.as_mut().unwrap().set_pcap(None));
    let data = std::fs::read(&path).unwrap();
    let mut n = 0;
    for rec in openrnic_sim::wire::PcapReader::new(&data).unwrap() {
        let rec = rec.unwrap();
        let f = openrnic_contract::wire::RoceFrame::parse(rec.data);
        eprintln!("{} bytes: {:?}", rec.data.len(), f.as_ref().map(|f| (f.opcode, f.psn, f.payload.len())));
        f.expect("every frame parses");
        n += 1;
    }
    assert!(n >= 3);
}
