//! The long RX fuzz run: `cargo bench -p openrnic-tests --bench fuzz -- [FRAMES] [SEEDS]`
//! (default 10^7 frames over 8 seeds, from seed 1000). Prints the counts per outcome,
//! per kind of frame and per IBA rule the engine does not enforce; exits non-zero on
//! the first frame the reference model disagrees with.
use openrnic_tests::fuzz::{FuzzConfig, FuzzStats, Fuzzer};
use std::time::Instant;

fn main() {
    // `cargo bench` passes `--bench`; take the numbers among the arguments.
    let nums: Vec<u64> = std::env::args().skip(1).filter_map(|a| a.replace('_', "").parse().ok()).collect();
    let frames = nums.first().copied().unwrap_or(10_000_000);
    let seeds = nums.get(1).copied().unwrap_or(8).max(1);
    let t = Instant::now();
    let mut total = FuzzStats::default();
    for i in 0..seeds {
        let seed = 1000 + i;
        let per = frames / seeds + u64::from(i < frames % seeds);
        let mut f = Fuzzer::new(seed);
        match f.run(&FuzzConfig::new(seed, per)).and_then(|s| f.valid_traffic_flows().map(|_| s)) {
            Ok(s) => total.merge(&s),
            Err(e) => {
                eprintln!("FAIL: {e}");
                std::process::exit(1);
            }
        }
        // The cumulative report after every seed: a run cut short still says what it did.
        eprintln!("seed {seed}: {per} frames; so far, in {:.0} s:\n{}", t.elapsed().as_secs_f64(), total.report());
    }
    let secs = t.elapsed().as_secs_f64();
    println!("rx fuzz: {} seeds, {:.0} s wall, {:.0} frames/s\n{}", seeds, secs, total.frames as f64 / secs, total.report());
}
