//! Randomized hostile traffic against the responder: thousands of well-formed frames
//! (valid ICRC) with random opcodes, PSNs, keys, addresses and lengths. Host memory on
//! both sides of the registered region is mapped too, so a write the engine should
//! have refused would land there and be seen.
use openrnic_contract::regs::{self, access};
use openrnic_contract::wire::{opcode, RoceFrame};
use openrnic_sim::world::{World, WorldConfig};
use openrnic_tests::*;

const MR_LEN: usize = 64 << 10;
const IOVA: u64 = 0x2000_0000;

/// xorshift64*: reproducible without a dependency.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// Counters that tell what happened to the last frame: taken, then every refusal.
fn outcome(w: &mut World) -> Vec<u32> {
    [&regs::CNT_RX_FRAMES, &regs::CNT_RX_MALFORMED, &regs::CNT_RX_BAD_QP, &regs::CNT_RX_DUPLICATE, &regs::CNT_NAK_SEQ_SENT,
     &regs::CNT_NAK_ACCESS_SENT, &regs::CNT_NAK_INVALID_SENT, &regs::CNT_RNR_NAK_SENT, &regs::CNT_RX_NOT_ROCE]
        .iter()
        .map(|r| counter(w, 0, r))
        .collect()
}

#[test]
fn random_requests_never_write_outside_the_region_and_never_wedge() {
    let mut w = World::new(WorldConfig { cards: 1, ..Default::default() }).unwrap();
    // Station address of "card 1" so frames built for card 1 are addressed to us.
    let m = mac_of(1);
    w.mmio_write(0, regs::MAC_HI.offset, u16::from_be_bytes([m[0], m[1]]) as u32);
    w.mmio_write(0, regs::MAC_LO.offset, u32::from_be_bytes([m[2], m[3], m[4], m[5]]));
    w.mmio_write(0, regs::IPV4.offset, u32::from_be_bytes(ip_of(1)));
    w.mmio_write(0, regs::CTRL.offset, 1 << regs::ctrl::ENABLE.lsb);
    let mut cq = create_cq(&mut w, 0, 0, 0x1000_0000, 10);
    // Canaries directly below and above the region, mapped but not registered.
    let below = HostBuf::new(&w, 0, IOVA - 4096, 4096);
    let mr_buf = HostBuf::new(&w, 0, IOVA, MR_LEN);
    let above = HostBuf::new(&w, 0, IOVA + MR_LEN as u64, 4096);
    reg_mr(&mut w, 0, KEY, VA, &mr_buf, 1, access::LOCAL_WRITE | access::REMOTE_WRITE);
    let mut qp = create_qp(&mut w, 0, &QpSetup { qpn: 2, dest_qpn: 1, peer: 0, sq_psn: 0, rq_psn: 1000, pmtu_log2: 12, cqn: 0, pd: 1 }, 0x3000_0000);
    // Receive buffers also sit inside the region.
    for i in 0..32 {
        post_recv(&mut w, 0, &mut qp, i, VA + 2048 * i, 2048, KEY);
    }
    let (b0, a0) = (below.read(0, 4096), above.read(0, 4096));
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let ops = [
        opcode::SEND_FIRST, opcode::SEND_MIDDLE, opcode::SEND_LAST, opcode::SEND_LAST_IMM, opcode::SEND_ONLY,
        opcode::SEND_ONLY_IMM, opcode::WRITE_FIRST, opcode::WRITE_MIDDLE, opcode::WRITE_LAST, opcode::WRITE_LAST_IMM,
        opcode::WRITE_ONLY, opcode::WRITE_ONLY_IMM, opcode::ACK, opcode::READ_REQUEST,
    ];
    let mut expected_psn = 1000u32;
    let mut accepted = 0;
    let mut before = outcome(&mut w);
    let n = 3000;
    for _ in 0..n {
        let op = ops[rng.below(ops.len() as u64) as usize];
        // Mostly in-order PSNs so frames get past the PSN check and exercise the rest.
        let psn = match rng.below(4) {
            0 => rng.below(1 << 24) as u32,
            _ => expected_psn,
        };
        let key = if rng.below(4) == 0 { rng.next() as u32 } else { KEY };
        let va = match rng.below(4) {
            0 => rng.next(),
            1 => VA + MR_LEN as u64 - rng.below(4096),
            2 => VA.wrapping_sub(rng.below(64)),
            _ => VA + rng.below(MR_LEN as u64),
        };
        let len = rng.below(4097) as usize;
        let dma_len = if rng.below(3) == 0 { rng.next() as u32 } else { len as u32 + rng.below(8) as u32 };
        let dest_qpn = if rng.below(20) == 0 { rng.below(1 << 24) as u32 } else { 2 };
        let f = RoceFrame {
            dst_mac: mac_of(1), src_mac: mac_of(0), src_ip: ip_of(0), dst_ip: ip_of(1), ttl: 64, dont_fragment: true,
            udp_src_port: 0xC000, opcode: op, solicited: false, pad: 0, pkey: 0xFFFF,
            dest_qpn,
            ack_req: rng.below(2) == 0, psn,
            reth: opcode::has_reth(op).then_some((va, key, dma_len)),
            aeth: opcode::has_aeth(op).then_some((rng.next() as u8, 0)),
            imm: opcode::has_imm(op).then_some(rng.next() as u32),
            payload: vec![0xA5; len], icrc: 0,
        };
        w.cards[0].push_rx(f.emit());
        w.run(300 + len as u64 / 4);
        // Follow the responder's expected PSN: it advances exactly when a frame was
        // taken (counted) and refused by nothing.
        let after = outcome(&mut w);
        let in_order = psn == expected_psn && dest_qpn == 2 && op != opcode::ACK;
        if in_order && after[0] > before[0] && after[1..] == before[1..] {
            expected_psn = (expected_psn + 1) & 0xFF_FFFF;
            accepted += 1;
        }
        if std::env::var_os("DEBUG_RANDOM").is_some() {
            let d: Vec<i64> = after.iter().zip(&before).map(|(a, b)| *a as i64 - *b as i64).collect();
            eprintln!("op {op:#04x} psn {psn} (expect {expected_psn}) len {len} -> {d:?}");
        }
        before = after;
        // Keep receives posted; drain completions.
        while poll_cq(&mut w, 0, &mut cq).is_some() {}
        if rng.below(8) == 0 {
            let i = rng.below(32);
            post_recv(&mut w, 0, &mut qp, i, VA + 2048 * i, 2048, KEY);
        }
    }
    w.run(20_000);
    let names = [&regs::CNT_RX_FRAMES, &regs::CNT_RX_MALFORMED, &regs::CNT_RX_BAD_QP, &regs::CNT_RX_DUPLICATE, &regs::CNT_NAK_SEQ_SENT, &regs::CNT_NAK_ACCESS_SENT, &regs::CNT_NAK_INVALID_SENT, &regs::CNT_RNR_NAK_SENT, &regs::CNT_TX_ACKS];
    let seen: Vec<String> = names.iter().map(|r| format!("{} {}", r.name, counter(&mut w, 0, r))).collect();
    eprintln!("{}", seen.join(", "));
    // The mix must reach every responder outcome, or the test proves little.
    for r in [&regs::CNT_NAK_ACCESS_SENT, &regs::CNT_NAK_INVALID_SENT, &regs::CNT_RX_DUPLICATE, &regs::CNT_NAK_SEQ_SENT, &regs::CNT_TX_ACKS] {
        assert!(counter(&mut w, 0, r) > 0, "{} never happened", r.name);
    }
    assert!(below.read(0, 4096) == b0, "a write landed below the registered region");
    assert!(above.read(0, 4096) == a0, "a write landed above the registered region");
    let frames = counter(&mut w, 0, &regs::CNT_RX_FRAMES) + counter(&mut w, 0, &regs::CNT_RX_MALFORMED);
    assert_eq!(frames, n, "every frame was taken and classified (none lost, engine never wedged)");
    assert_eq!(counter(&mut w, 0, &regs::CNT_DMA_ERRORS), 0, "no DMA read outside mapped memory");
    assert_eq!(w.cards[0].counters().dma_faults, 0, "no DMA outside mapped memory (what the IOMMU would log)");
    assert!(accepted > 100, "only {accepted} frames were accepted");
    // The engine still answers: its station registers read back.
    assert_eq!(w.mmio_read(0, regs::IPV4.offset), u32::from_be_bytes(ip_of(1)));
    let _ = qp;
}
