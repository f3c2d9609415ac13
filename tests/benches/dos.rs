//! Denial of service: the victim's WRITE goodput under each flood against the same
//! run without one (see `openrnic_tests::dos`). `cargo bench -p openrnic-tests --bench dos -- [MESSAGES]`
use openrnic_tests::dos::{run, Flood, FLOOD_PAYLOAD, SIZE};

fn main() {
    let messages: u64 = std::env::args().skip(1).find_map(|a| a.parse().ok()).unwrap_or(300);
    println!("victim: {messages} RDMA WRITEs of {SIZE} B, 32 posted ahead, MTU 4096; flood frames {FLOOD_PAYLOAD} B payload");
    let base = run(Flood::None, messages);
    println!("{:<16} {:>12} {:>10} {:>12} {:>8} {:>12} {:>10}", "flood", "cycles", "Gb/s", "flood frames", "ratio", "retransmits", "NAKs rx");
    println!("{:<16} {:>12} {:>10.2} {:>12} {:>8} {:>12} {:>10}", "none", base.cycles, base.gbps(messages), 0, "1.00", base.retransmits, base.naks);
    for kind in [Flood::BadIcrc, Flood::NoSuchQp, Flood::SpoofedSource] {
        let r = run(kind, messages);
        let ratio = base.cycles as f64 / r.cycles as f64;
        println!(
            "{:<16} {:>12} {:>10.2} {:>12} {:>8.2} {:>12} {:>10}  {}",
            format!("{kind:?}"), r.cycles, r.gbps(messages), r.flood_frames, ratio, r.retransmits, r.naks,
            if ratio >= 0.9 { "meets >= 0.90" } else { "BELOW the 0.90 goal" }
        );
    }
}
