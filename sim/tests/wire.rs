//! Link and switch timing, and seeded fault injection.

use openrnic_sim::wire::{ConfigError, FaultConfig, FaultCounters, LineTiming, Link, LinkConfig, Side, Switch};

fn frame(len: usize, tag: u8) -> Vec<u8> {
    vec![tag; len]
}

#[test]
fn serialization_cycles_at_line_rate() {
    let t = LineTiming::default();
    // 10 Gb/s at 156.25 MHz = 8 bytes/cycle, plus 20 bytes preamble + IFG, rounded up.
    assert_eq!(t.serialization_cycles(60), 10);
    assert_eq!(t.serialization_cycles(64), 11);
    assert_eq!(t.serialization_cycles(1500), 190);
    assert_eq!(t.serialization_cycles(1098), 140); // rxe RDMA WRITE First at MTU 1024
    let t25 = LineTiming { rate_bps: 25_000_000_000, ..t };
    assert_eq!(t25.serialization_cycles(1000), 51); // 20 bytes/cycle
    let t1g = LineTiming { rate_bps: 1_000_000_000, ..t };
    assert_eq!(t1g.serialization_cycles(60), 100); // 0.8 bytes/cycle
}

#[test]
fn link_delivers_at_exact_cycle() {
    let mut l = Link::new(LinkConfig::default()).unwrap();
    l.send(Side::A, frame(60, 1), 0);
    assert_eq!(l.next_delivery(Side::B), Some(90)); // 10 serialization + 80 latency
    assert_eq!(l.next_delivery(Side::A), None);
    assert_eq!(l.recv(Side::B, 89), None);
    assert_eq!(l.recv(Side::A, 1000), None);
    assert_eq!(l.recv_timed(Side::B, 90), Some((90, frame(60, 1))));
    assert_eq!(l.recv(Side::B, 1000), None);
    assert_eq!(l.in_flight(), 0);
}

#[test]
fn back_to_back_frames_queue_on_the_line() {
    let mut l = Link::new(LinkConfig::default()).unwrap();
    for tag in 0..3 {
        l.send(Side::A, frame(64, tag), 100); // 11 cycles each
    }
    // The other direction is a separate line.
    l.send(Side::B, frame(60, 9), 100);
    let got: Vec<_> = std::iter::from_fn(|| l.recv_timed(Side::B, 10_000)).collect();
    assert_eq!(got, vec![(191, frame(64, 0)), (202, frame(64, 1)), (213, frame(64, 2))]);
    assert_eq!(l.recv_timed(Side::A, 10_000), Some((190, frame(60, 9))));
    // A frame sent after the line went idle starts at once.
    l.send(Side::A, frame(60, 3), 500);
    assert_eq!(l.next_delivery(Side::B), Some(590));
    assert_eq!(l.counters(Side::A), FaultCounters { sent: 4, delivered: 3, ..Default::default() });
}

#[test]
fn bad_config_refused() {
    let faults = FaultConfig { loss: -0.1, ..Default::default() };
    assert!(matches!(Link::new(LinkConfig { faults, ..Default::default() }), Err(ConfigError::Probability { name: "loss", .. })));
    let timing = LineTiming { rate_bps: 0, ..Default::default() };
    assert_eq!(Link::new(LinkConfig { timing, ..Default::default() }).unwrap_err(), ConfigError::ZeroRate);
    assert_eq!(Switch::new(0, LinkConfig::default()).unwrap_err(), ConfigError::NoPorts);
}

#[test]
fn duplicate_follows_one_serialization_later() {
    let faults = FaultConfig { duplicate: 1.0, ..Default::default() };
    let mut l = Link::new(LinkConfig { faults, ..Default::default() }).unwrap();
    l.send(Side::A, frame(60, 7), 0);
    assert_eq!(l.recv_timed(Side::B, 1000), Some((90, frame(60, 7))));
    assert_eq!(l.recv_timed(Side::B, 1000), Some((100, frame(60, 7))));
    assert_eq!(l.recv(Side::B, 1000), None);
}

#[test]
fn reorder_swaps_with_next_frame_or_times_out() {
    let faults = FaultConfig { reorder: 1.0, reorder_hold_cycles: 50, ..Default::default() };
    let mut l = Link::new(LinkConfig { faults, ..Default::default() }).unwrap();
    l.send(Side::A, frame(60, 1), 0); // held
    l.send(Side::A, frame(60, 2), 0); // swap partner: not held, releases 1 behind it
    l.send(Side::A, frame(60, 3), 1000); // held, nobody follows
    let got: Vec<_> = std::iter::from_fn(|| l.recv_timed(Side::B, 2000)).collect();
    assert_eq!(got, vec![(100, frame(60, 2)), (100, frame(60, 1)), (1090 + 50, frame(60, 3))]);
    assert_eq!(l.counters(Side::A).reordered, 2);
}

/// A frame whose content says which it was and survives a bit flip: an index repeated.
fn tagged(i: u32) -> Vec<u8> {
    i.to_be_bytes().repeat(16)
}

/// The index a (possibly corrupted) tagged frame carries, and whether it was corrupted.
fn untag(f: &[u8]) -> (u32, bool) {
    let words: Vec<u32> = f.chunks(4).map(|c| u32::from_be_bytes(c.try_into().unwrap())).collect();
    let i = if words[0] == words[1] { words[0] } else { words[2] };
    let flipped: u32 = words.iter().map(|w| (w ^ i).count_ones()).sum();
    assert!(flipped <= 1, "more than one bit flipped");
    (i, flipped == 1)
}

fn lossy_run(seed: u64, n: u32) -> (Vec<(u64, Vec<u8>)>, FaultCounters) {
    let faults =
        FaultConfig { seed, loss: 0.05, duplicate: 0.02, reorder: 0.03, corrupt: 0.01, extra_delay_cycles: 4, ..Default::default() };
    let mut l = Link::new(LinkConfig { faults, ..Default::default() }).unwrap();
    let mut got = Vec::new();
    for i in 0..n {
        let now = i as u64 * 100;
        l.send(Side::A, tagged(i), now);
        got.extend(std::iter::from_fn(|| l.recv_timed(Side::B, now)));
    }
    got.extend(std::iter::from_fn(|| l.recv_timed(Side::B, u64::MAX)));
    assert_eq!(l.in_flight(), 0);
    (got, l.counters(Side::A))
}

#[test]
fn faults_are_reproducible_and_within_bounds() {
    const N: u32 = 10_000;
    let (a, ca) = lossy_run(42, N);
    let (b, cb) = lossy_run(42, N);
    assert_eq!(a, b, "same seed, same wire");
    assert_eq!(ca, cb);
    let (c, _) = lossy_run(43, N);
    assert_ne!(a, c, "another seed, another wire");

    // Expected count ± 5 standard deviations of a binomial.
    let within = |count: u64, p: f64| {
        let (mean, sd) = (N as f64 * p, (N as f64 * p * (1.0 - p)).sqrt());
        (count as f64 - mean).abs() <= 5.0 * sd
    };
    assert_eq!(ca.sent, N as u64);
    assert!(within(ca.dropped, 0.05), "{ca:?}");
    // The other draws happen for dropped frames too but only count for survivors.
    let survivors = 1.0 - 0.05;
    assert!(within(ca.duplicated, 0.02 * survivors), "{ca:?}");
    assert!(within(ca.reordered, 0.03 * survivors), "{ca:?}");
    assert!(within(ca.corrupted, 0.01 * survivors), "{ca:?}");
    assert!(within(ca.delayed, 0.8 * survivors), "{ca:?}"); // uniform 0..=4: P(>0) = 4/5
    assert_eq!(ca.delivered, ca.sent - ca.dropped + ca.duplicated);
    assert_eq!(a.len() as u64, ca.delivered);

    // What arrived matches the counters: corrupted frames carry exactly one flipped bit,
    // duplicates are present, and every reordered frame arrives late.
    let mut seen = std::collections::HashMap::<u32, u32>::new();
    let mut late = std::collections::HashSet::new();
    let (mut corrupted, mut max) = (0, None::<u32>);
    let mut last_t = 0;
    for (t, f) in &a {
        assert!(*t >= last_t, "delivery times never go back");
        last_t = *t;
        let (i, bad) = untag(f);
        corrupted += bad as u64;
        *seen.entry(i).or_default() += 1;
        if max.is_some_and(|m| i < m) {
            late.insert(i);
        }
        max = max.max(Some(i));
    }
    assert!(corrupted >= ca.corrupted && corrupted <= 2 * ca.corrupted, "{corrupted} vs {ca:?}");
    assert_eq!(seen.len() as u64, ca.sent - ca.dropped);
    assert_eq!(seen.values().filter(|&&c| c == 2).count() as u64, ca.duplicated);
    // Each reordered frame arrives after its successor (the last one may time out instead).
    let late = late.len() as u64;
    assert!(late <= ca.reordered && late + 1 >= ca.reordered, "{late} vs {ca:?}");
}

#[test]
fn total_loss_and_asymmetric_faults() {
    let mut l = Link::new(LinkConfig::default()).unwrap();
    l.set_faults(Side::A, FaultConfig { loss: 1.0, ..Default::default() }).unwrap();
    for i in 0..100 {
        l.send(Side::A, frame(100, 1), i * 1000);
        l.send(Side::B, frame(100, 2), i * 1000);
    }
    assert_eq!(l.recv(Side::B, u64::MAX), None);
    assert_eq!(std::iter::from_fn(|| l.recv(Side::A, u64::MAX)).count(), 100);
    assert_eq!(l.counters(Side::A).dropped, 100);
    assert_eq!(l.counters(Side::B).dropped, 0);
}

fn eth(dst: [u8; 6], src: [u8; 6], tag: u8) -> Vec<u8> {
    let mut f = Vec::from(dst);
    f.extend_from_slice(&src);
    f.extend_from_slice(&[0x88, 0xB5]);
    f.resize(60, tag);
    f
}

#[test]
fn switch_learns_floods_and_forwards() {
    let (m0, m1, m2) = ([2, 0, 0, 0, 0, 0], [2, 0, 0, 0, 0, 1], [2, 0, 0, 0, 0, 2]);
    let mut s = Switch::new(3, LinkConfig::default()).unwrap();
    // Unknown destination: flooded to both other ports. Two hops: 90 in, 90 out.
    s.send(0, eth(m1, m0, 1), 0).unwrap();
    assert_eq!(s.next_event(), Some(90));
    assert_eq!(s.recv(1, 179).unwrap(), None);
    assert_eq!(s.recv(1, 180).unwrap(), Some(eth(m1, m0, 1)));
    assert_eq!(s.recv(2, 180).unwrap(), Some(eth(m1, m0, 1)));
    assert_eq!(s.recv(0, 180).unwrap(), None);
    assert_eq!(s.lookup(&m0), Some(0));
    // Reply to a learned MAC goes to that port only.
    s.send(1, eth(m0, m1, 2), 200).unwrap();
    assert_eq!(s.recv(0, 380).unwrap(), Some(eth(m0, m1, 2)));
    assert_eq!(s.recv(2, 10_000).unwrap(), None);
    // Broadcast floods even when everything is learned.
    s.send(2, eth([0xFF; 6], m2, 3), 400).unwrap();
    assert_eq!(s.recv(0, 580).unwrap(), Some(eth([0xFF; 6], m2, 3)));
    assert_eq!(s.recv(1, 580).unwrap(), Some(eth([0xFF; 6], m2, 3)));
    // A destination learned on the ingress port is filtered; runts are dropped.
    s.send(0, eth(m0, [2, 0, 0, 0, 0, 9], 4), 600).unwrap();
    s.send(0, vec![1, 2, 3], 600).unwrap();
    assert_eq!(s.recv(1, 10_000).unwrap(), None);
    let c = s.counters();
    assert_eq!((c.forwarded, c.flooded, c.filtered, c.runts), (1, 2, 1, 1));
    assert_eq!(s.in_flight(), 0);
    assert!(s.send(3, eth(m0, m1, 0), 0).is_err());
    assert!(s.recv(7, 0).is_err());
}

#[test]
fn switch_egress_serializes_in_arrival_order() {
    let (m0, m1, m2) = ([2, 0, 0, 0, 0, 0], [2, 0, 0, 0, 0, 1], [2, 0, 0, 0, 0, 2]);
    let mut s = Switch::new(3, LinkConfig::default()).unwrap();
    // Teach the switch where m2 is.
    s.send(2, eth([0xFF; 6], m2, 0), 0).unwrap();
    while s.next_event().is_some() {
        for p in 0..3 {
            s.recv(p, 1_000).unwrap();
        }
    }
    // A long frame sent first arrives after a short one sent later: both go to port 2.
    let mut long = eth(m2, m0, 1);
    long.resize(1500, 1);
    s.send(0, long.clone(), 1000).unwrap(); // reaches the switch at 1000 + 190 + 80 = 1270
    s.send(1, eth(m2, m1, 2), 1001).unwrap(); // at 1001 + 10 + 80 = 1091
    let mut got = Vec::new();
    for now in 1000..3000 {
        if let Some(f) = s.recv(2, now).unwrap() {
            got.push((now, f));
        }
    }
    assert_eq!(got, vec![(1091 + 90, eth(m2, m1, 2)), (1270 + 270, long)]);
}
