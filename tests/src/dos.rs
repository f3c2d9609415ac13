//! Denial of service: a victim QP streams RDMA WRITEs from card 0 to card 1 while a
//! second source fills the rest of card 1's receive link with bad frames — bad ICRC,
//! frames to a QP that does not exist, or valid-looking WRITEs from a spoofed source
//! (random PSNs and keys, ICRC valid). The flood sends whenever the wire into card 1 is
//! idle, so the victim's frames wait behind at most the flood frame on the wire, as on
//! a shared link. Prints the victim's goodput (simulated cycles, exact) with each flood
//! against the same run without one, and the ratio (goal: at least 0.90).
//! `cargo bench -p openrnic-tests --bench dos -- [MESSAGES]` prints the table;
//! `tests/tests/dos.rs` gates the floods whose goal is already met.
use crate::*;
use openrnic_contract::queues::wqe_opcode;
use openrnic_contract::regs;
use openrnic_contract::wire::{opcode, RoceFrame};
use openrnic_sim::memory::ENGINE_CLOCK_HZ;
use openrnic_sim::wire::Side;
use rand::{Rng, SeedableRng};

pub const SIZE: usize = 4096;
pub const FLOOD_PAYLOAD: usize = 256;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Flood {
    None,
    BadIcrc,
    NoSuchQp,
    SpoofedSource,
}

fn flood_frame(kind: Flood, rng: &mut rand_chacha::ChaCha8Rng) -> Vec<u8> {
    let mut f = RoceFrame {
        dst_mac: mac_of(1), src_mac: [0x02, 0, 0, 0, 0, 0x66], src_ip: [10, 0, 0, 66], dst_ip: ip_of(1), ttl: 64, dont_fragment: true,
        udp_src_port: rng.random_range(0xC000..=0xFFFF), opcode: opcode::WRITE_ONLY, solicited: false, pad: 0, pkey: 0xFFFF,
        dest_qpn: 2, ack_req: rng.random_bool(0.5), psn: rng.random_range(0..1 << 24),
        reth: Some((VA + rng.random_range(0..1 << 16), rng.random(), FLOOD_PAYLOAD as u32)), aeth: None, imm: None,
        payload: vec![0xEE; FLOOD_PAYLOAD], icrc: 0,
    };
    match kind {
        Flood::NoSuchQp => f.dest_qpn = rng.random_range(16..1 << 24),
        Flood::SpoofedSource => f.src_ip = [10, 0, rng.random_range(2..255), rng.random_range(2..255)],
        Flood::BadIcrc | Flood::None => {}
    }
    let mut b = f.emit();
    if kind == Flood::BadIcrc {
        let n = b.len();
        b[n - 1] ^= 0x01;
    }
    b
}

/// What one victim run measured.
pub struct Run {
    /// Simulated cycles from the first post to the last completion.
    pub cycles: u64,
    pub flood_frames: u64,
    pub retransmits: u32,
    pub naks: u32,
}

impl Run {
    /// Victim goodput in simulated Gb/s.
    pub fn gbps(&self, messages: u64) -> f64 {
        (messages as usize * SIZE) as f64 * 8.0 / (self.cycles as f64 / ENGINE_CLOCK_HZ as f64) / 1e9
    }
}

/// The victim's `messages` WRITEs under flood `kind`.
pub fn run(kind: Flood, messages: u64) -> Run {
    let mut p = Pair::new(PairConfig { pmtu_log2: 12, psn: (0, 0), cq_log2: 10, ..Default::default() });
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(42);
    let data = pattern(SIZE, 7);
    p.buf[0].write(0, &data);
    let start = p.w.cycle();
    let (mut posted, mut done, mut flood_frames) = (0u64, 0u64, 0u64);
    while done < messages {
        while posted < messages && posted - done < 32 {
            post_send(&mut p.w, 0, &mut p.qp[0], &Send {
                opcode: wqe_opcode::WRITE, wr_id: posted, imm: 0, remote_addr: VA + 0x1_0000, rkey: KEY, sge: Some((VA, SIZE as u32, KEY)), signaled: true,
            });
            posted += 1;
        }
        // Step until the next completion, flooding whenever the wire into card 1 is idle.
        let mut waited = 0u64;
        loop {
            if let Some(c) = poll_cq(&mut p.w, 0, &mut p.cq[0]) {
                assert_eq!((c.status, c.wr_id), (0, done), "victim WRITE failed under {kind:?}");
                done += 1;
                break;
            }
            for _ in 0..16 {
                if kind != Flood::None {
                    let delivered = p.w.link.as_ref().unwrap().counters(Side::A).delivered + flood_frames;
                    if p.w.cards[1].counters().rx_frames == delivered {
                        p.w.cards[1].push_rx(flood_frame(kind, &mut rng));
                        flood_frames += 1;
                    }
                }
                p.w.step();
            }
            waited += 16;
            assert!(waited < 50_000_000, "victim stalled under {kind:?}");
        }
    }
    let cycles = p.w.cycle() - start;
    assert!(p.buf[1].read(0x1_0000, SIZE) == data, "victim data corrupted under {kind:?}");
    let retransmits = counter(&mut p.w, 0, &regs::CNT_RETRANSMITS);
    let naks = counter(&mut p.w, 0, &regs::CNT_RX_NAKS);
    Run { cycles, flood_frames, retransmits, naks }
}

