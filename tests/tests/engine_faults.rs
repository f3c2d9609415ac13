//! The engine on an imperfect wire and against hostile frames.
use openrnic_contract::queues::wqe_opcode;
use openrnic_contract::regs;
use openrnic_contract::wire::{opcode, RoceFrame};
use openrnic_sim::wire::{FaultConfig, LinkConfig, Side};
use openrnic_tests::*;

/// A pair over a faulty cable, PSNs about to wrap, and a short ACK timer so lost tail
/// packets and ACKs recover quickly.
fn pair(faults: FaultConfig) -> Pair {
    let link = LinkConfig { faults, ..Default::default() };
    Pair::new(PairConfig { link, psn: (0xFFFF00, 7), ack_timeout: Some(20_000), ..Default::default() })
}

/// Many multi-packet SENDs and WRITEs; every one must land intact, in order.
fn traffic(p: &mut Pair, messages: usize) {
    for m in 0..messages {
        let len = 1000 + 3000 * (m % 7);
        let data = pattern(len, m as u8);
        p.buf[0].write(0, &data);
        let write = m % 2 == 1;
        if !write {
            post_recv(&mut p.w, 1, &mut p.qp[1], m as u64, VA + 65536, 65536, KEY);
        }
        post_send(&mut p.w, 0, &mut p.qp[0], &Send {
            opcode: if write { wqe_opcode::WRITE } else { wqe_opcode::SEND }, wr_id: m as u64, imm: 0,
            remote_addr: VA + 65536, rkey: KEY, sge: Some((VA, len as u32, KEY)), signaled: true,
        });
        let sc = wait_cqe(&mut p.w, 0, &mut p.cq[0], 5_000_000).unwrap_or_else(|| panic!("message {m} never completed"));
        assert_eq!((sc.wr_id, sc.status), (m as u64, 0));
        if !write {
            let rc = wait_cqe(&mut p.w, 1, &mut p.cq[1], 1_000_000).expect("receive completion");
            assert_eq!((rc.wr_id, rc.byte_len), (m as u64, len as u32));
        }
        assert!(p.buf[1].read(65536, len) == data, "message {m} corrupted");
    }
}

#[test]
fn clean_link_needs_no_retransmission_and_wraps_psn() {
    let mut p = pair(FaultConfig::none());
    traffic(&mut p, 20);
    assert_eq!(counter(&mut p.w, 0, &regs::CNT_RETRANSMITS), 0);
    assert_eq!(counter(&mut p.w, 1, &regs::CNT_RX_DUPLICATE), 0);
}

#[test]
fn loss_in_both_directions_is_recovered() {
    let mut p = pair(FaultConfig { seed: 11, loss: 0.05, ..FaultConfig::none() });
    p.w.link.as_mut().unwrap().set_faults(Side::B, FaultConfig { seed: 12, loss: 0.05, ..FaultConfig::none() }).unwrap();
    traffic(&mut p, 30);
    let dropped = p.w.link.as_ref().unwrap().counters(Side::A).dropped + p.w.link.as_ref().unwrap().counters(Side::B).dropped;
    assert!(dropped > 0, "the test must actually lose frames");
    assert!(counter(&mut p.w, 0, &regs::CNT_RETRANSMITS) > 0);
}

#[test]
fn reordering_and_duplication_are_recovered() {
    let mut p = pair(FaultConfig { seed: 5, reorder: 0.05, duplicate: 0.05, ..FaultConfig::none() });
    traffic(&mut p, 30);
    let c = p.w.link.as_ref().unwrap().counters(Side::A);
    assert!(c.reordered > 0 && c.duplicated > 0);
    assert!(counter(&mut p.w, 1, &regs::CNT_RX_DUPLICATE) > 0);
}

#[test]
fn corrupted_frames_are_dropped_counted_and_recovered() {
    let mut p = pair(FaultConfig { seed: 9, corrupt: 0.05, ..FaultConfig::none() });
    traffic(&mut p, 30);
    let corrupted = p.w.link.as_ref().unwrap().counters(Side::A).corrupted;
    assert!(corrupted > 0);
    let dropped = counter(&mut p.w, 1, &regs::CNT_RX_BAD_ICRC) + counter(&mut p.w, 1, &regs::CNT_RX_NOT_ROCE) + counter(&mut p.w, 1, &regs::CNT_RX_MALFORMED);
    // Flips in bytes no receiver checks without an Ethernet FCS (source MAC, UDP
    // checksum, BTH reserved byte) pass harmlessly; every other one is dropped.
    assert!(dropped as u64 <= corrupted && dropped as u64 * 10 >= corrupted * 8, "{dropped} of {corrupted} corrupted frames dropped");
}

/// A valid SEND_ONLY frame from card 0's QP 1 to card 1's QP 2 at `psn`.
fn frame(psn: u32, payload: Vec<u8>) -> RoceFrame {
    RoceFrame {
        dst_mac: mac_of(1), src_mac: mac_of(0), src_ip: ip_of(0), dst_ip: ip_of(1), ttl: 64, dont_fragment: true,
        udp_src_port: 0xC001, opcode: opcode::SEND_ONLY, solicited: false, pad: 0, pkey: 0xFFFF,
        dest_qpn: 2, ack_req: true, psn, reth: None, aeth: None, imm: None, payload, icrc: 0,
    }
}

#[test]
fn hostile_frames_are_dropped_and_counted_and_the_engine_keeps_working() {
    let mut p = pair(FaultConfig::none());
    let before = p.buf[1].read(0, 1 << 20);
    let good = frame(0xFFFF00, vec![1, 2, 3, 4]).emit();
    let mut hostile: Vec<(Vec<u8>, &regs::Reg)> = Vec::new();
    // Truncations of a good frame at every length.
    for n in 1..good.len() {
        hostile.push((good[..n].to_vec(), &regs::CNT_RX_FRAMES));
    }
    let mut bad_icrc = good.clone();
    let n = bad_icrc.len();
    bad_icrc[n - 1] ^= 0x80;
    hostile.push((bad_icrc, &regs::CNT_RX_BAD_ICRC));
    let mut wrong_qp = frame(0xFFFF00, vec![0; 8]);
    wrong_qp.dest_qpn = 0x123456;
    hostile.push((wrong_qp.emit(), &regs::CNT_RX_BAD_QP));
    let mut unknown_op = frame(0xFFFF00, vec![0; 8]);
    unknown_op.opcode = 0x1F;
    hostile.push((unknown_op.emit(), &regs::CNT_RX_MALFORMED));
    let mut read_req = frame(0xFFFF00, vec![]);
    read_req.opcode = opcode::READ_REQUEST;
    read_req.reth = Some((VA, KEY, 64));
    hostile.push((read_req.emit(), &regs::CNT_RX_MALFORMED));
    let mut other_mac = frame(0xFFFF00, vec![0; 8]);
    other_mac.dst_mac = [2, 0, 0, 0, 0, 9];
    hostile.push((other_mac.emit(), &regs::CNT_RX_NOT_ROCE));
    let mut oversized = frame(0xFFFF00, vec![0xAB; 6000]);
    oversized.opcode = opcode::WRITE_ONLY;
    oversized.reth = Some((VA, KEY, 6000));
    hostile.push((oversized.emit(), &regs::CNT_RX_MALFORMED));
    // A write whose RETH claims less than it carries.
    let mut lying = frame(0xFFFF00, vec![0xCD; 512]);
    lying.opcode = opcode::WRITE_ONLY;
    lying.reth = Some((VA, KEY, 16));
    hostile.push((lying.emit(), &regs::CNT_NAK_INVALID_SENT));
    // TTL changed without fixing the IPv4 checksum: the ICRC does not cover the TTL,
    // the IPv4 checksum does.
    let mut ttl = good.clone();
    ttl[openrnic_contract::wire::IPV4_OFFSET + 8] = 1;
    hostile.push((ttl, &regs::CNT_RX_MALFORMED));
    let mut total_dropped = 0u32;
    for (f, _) in &hostile {
        p.w.cards[1].push_rx(f.clone());
        p.w.run(400 + f.len() as u64 / 4);
        if std::env::var("DEBUG_HOSTILE").is_ok() {
            let names = [&regs::CNT_RX_FRAMES, &regs::CNT_RX_BAD_ICRC, &regs::CNT_RX_BAD_QP, &regs::CNT_RX_MALFORMED, &regs::CNT_RX_NOT_ROCE, &regs::CNT_NAK_INVALID_SENT, &regs::CNT_NAK_ACCESS_SENT, &regs::CNT_RX_DUPLICATE, &regs::CNT_NAK_SEQ_SENT];
            let v: Vec<u32> = names.iter().map(|r| counter(&mut p.w, 1, r)).collect();
            eprintln!("len {} -> {:?}", f.len(), v);
        }
    }
    for r in [&regs::CNT_RX_BAD_ICRC, &regs::CNT_RX_BAD_QP, &regs::CNT_RX_MALFORMED, &regs::CNT_RX_NOT_ROCE] {
        let v = counter(&mut p.w, 1, r);
        assert!(v > 0, "{} never counted", r.name);
        total_dropped += v;
    }
    // Every truncation (and every other hostile frame but the lying write) is dropped.
    assert_eq!(total_dropped as usize, hostile.len() - 1);
    assert_eq!(counter(&mut p.w, 1, &regs::CNT_NAK_INVALID_SENT), 1);
    assert_eq!(counter(&mut p.w, 1, &regs::CNT_RX_FRAMES), 2, "only the lying write and the wrong-QP frame pass the header checks");
    assert!(p.buf[1].read(0, 1 << 20) == before, "a hostile frame changed host memory");
    // And real traffic still works.
    traffic(&mut p, 3);
}

/// Many messages posted at once: up to the send window is in flight, completions come
/// back in order, and loss in both directions is recovered by going back to the oldest.
fn pipelined(p: &mut Pair, messages: u64) {
    let mut expected = Vec::new();
    for m in 0..messages {
        let len = 100 + 700 * (m as usize % 5);
        let off = (m as usize % 32) * 8192;
        let data = pattern(len, m as u8 ^ 0x5A);
        p.buf[0].write(off, &data);
        expected.push((off, data));
    }
    let mut posted = 0u64;
    let mut done = 0u64;
    while done < messages {
        // Keep the send queue (64 deep) topped up, 32 ahead of completions.
        while posted < messages && posted - done < 32 {
            let (off, data) = &expected[posted as usize];
            post_send(&mut p.w, 0, &mut p.qp[0], &Send {
                opcode: wqe_opcode::WRITE, wr_id: posted, imm: 0, remote_addr: VA + 0x80000 + *off as u64, rkey: KEY,
                sge: Some((VA + *off as u64, data.len() as u32, KEY)), signaled: true,
            });
            posted += 1;
        }
        let c = wait_cqe(&mut p.w, 0, &mut p.cq[0], 5_000_000).unwrap_or_else(|| panic!("completion {done} never came"));
        assert_eq!((c.wr_id, c.status), (done, 0), "completions in order");
        done += 1;
    }
    // Offsets repeat every 32 messages: the last 32 are what the memory must hold.
    for m in messages.saturating_sub(32)..messages {
        let (off, data) = &expected[m as usize];
        assert!(p.buf[1].read(0x80000 + off, data.len()) == *data, "message {m} corrupted");
    }
}

#[test]
fn a_window_of_messages_in_flight_clean_link() {
    let mut p = pair(FaultConfig::none());
    pipelined(&mut p, 200);
    assert_eq!(counter(&mut p.w, 0, &regs::CNT_RETRANSMITS), 0);
    assert_eq!(counter(&mut p.w, 1, &regs::CNT_RX_DUPLICATE), 0);
}

#[test]
fn a_window_of_messages_in_flight_lossy_link() {
    let mut p = pair(FaultConfig { seed: 21, loss: 0.03, reorder: 0.02, ..FaultConfig::none() });
    p.w.link.as_mut().unwrap().set_faults(Side::B, FaultConfig { seed: 22, loss: 0.03, ..FaultConfig::none() }).unwrap();
    pipelined(&mut p, 200);
    assert!(counter(&mut p.w, 0, &regs::CNT_RETRANSMITS) > 0);
}
