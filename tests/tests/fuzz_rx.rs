//! The RX-path fuzzer with fixed seeds (CI): random and mutated frames across many
//! QPs, PDs and MRs, every one checked against the reference model in
//! `openrnic_tests::fuzz` — counters, answer, completions, the bytes it could touch —
//! and all of host memory every 512 frames; then valid traffic must still flow.
//! `FUZZ_FRAMES` overrides the frames per seed; `cargo bench -p openrnic-tests --bench
//! fuzz` is the long run.
use openrnic_tests::fuzz::{FuzzConfig, FuzzStats, Fuzzer, Outcome};

fn frames_per_seed(default: u64) -> u64 {
    std::env::var("FUZZ_FRAMES").ok().and_then(|s| s.parse().ok()).unwrap_or(default)
}

fn run(seed: u64, frames: u64) -> FuzzStats {
    let mut f = Fuzzer::new(seed);
    let cfg = FuzzConfig::new(seed, frames);
    let stats = f.run(&cfg).unwrap_or_else(|e| panic!("{e}"));
    f.valid_traffic_flows().unwrap_or_else(|e| panic!("seed {seed}: after the fuzz run: {e}"));
    stats
}

#[test]
fn rx_fuzz_fixed_seeds_nothing_gets_through() {
    let t = std::time::Instant::now();
    let seeds = [1u64, 2, 3, 4];
    let n = frames_per_seed(25_000);
    let mut total = FuzzStats::default();
    for s in seeds {
        total.merge(&run(s, n));
    }
    eprintln!("rx fuzz, seeds {seeds:?}, {:.1} s wall:\n{}", t.elapsed().as_secs_f64(), total.report());
    // The mix must reach every check, or the run proves little.
    for o in [Outcome::NotRoce, Outcome::BadIcrc, Outcome::Malformed, Outcome::BadQp, Outcome::Response, Outcome::Duplicate,
              Outcome::NakSeq, Outcome::NakSequenceOpcode, Outcome::NakAccess, Outcome::Rnr, Outcome::NakRecvBuffer,
              Outcome::NakLength, Outcome::Accepted] {
        assert!(total.outcomes.get(&o).copied().unwrap_or(0) > 0, "{o:?} never happened");
    }
    if total.source_binding {
        for o in [Outcome::BadSource, Outcome::BadPkey] {
            assert!(total.outcomes.get(&o).copied().unwrap_or(0) > 0, "{o:?} never happened");
        }
    }
}

/// The oracle is not blind: a model that believes a region is longer than the card
/// registered it, or whose shadow differs from memory by one byte, is caught.
#[test]
fn the_oracle_catches_a_wrong_model() {
    use openrnic_contract::wire::{opcode, RoceFrame};
    use openrnic_tests::fuzz::{FuzzStats, Fuzzer};
    let mut f = Fuzzer::new(7);
    f.check_all_memory().expect("fresh memory matches");
    // Find a live QP and a region it may write, then make the model think the region
    // is 64 bytes longer, and write across the real end.
    let (qpn, q) = f.model.qps.iter().find(|(_, q)| q.state == openrnic_contract::regs::qp_state::RTS).map(|(n, q)| (*n, q.clone())).unwrap();
    let row = (0..16).find(|&r| { let m = &f.model.mrs[r]; m.valid && m.pd == q.pd && m.access & openrnic_contract::regs::access::REMOTE_WRITE != 0 }).unwrap();
    let m = f.model.mrs[row];
    f.model.mrs[row].len += 64;
    let frame = RoceFrame {
        dst_mac: f.model.mac, src_mac: [2, 0, 0, 0, 0, 1], src_ip: q.peer_ip, dst_ip: f.model.ip, ttl: 64, dont_fragment: true,
        udp_src_port: 0xC000, opcode: opcode::WRITE_ONLY, solicited: false, pad: 0, pkey: 0xFFFF, dest_qpn: qpn, ack_req: true,
        psn: q.epsn, reth: Some((m.va + m.len as u64 - 32, m.key, 64)), aeth: None, imm: None, payload: vec![0xEE; 64], icrc: 0,
    };
    let err = f.step_frame(&frame.emit(), &mut FuzzStats::default()).expect_err("the model's wrong bounds must be caught");
    assert!(err.contains("NakAccess") || err.contains("Accepted"), "{err}");
    // A one-byte difference between shadow and memory is caught by the full check.
    let mut g = Fuzzer::new(8);
    g.model.shadow[12345] ^= 1;
    assert!(g.check_all_memory().is_err());
}
