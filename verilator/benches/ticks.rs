//! Ticks per wall-clock second for one model, two models stepped in lockstep on one
//! thread (two cards on a wire), and two models on two threads. Run with
//! `cargo bench -p openrnic-verilator`.

use openrnic_verilator::Model;
use std::time::{Duration, Instant};

const RUN: Duration = Duration::from_secs(2);

/// A little per-cycle port traffic, as a card model would do: drive inputs, read outputs.
#[inline(always)]
fn step(m: &mut Model, i: u64) -> u64 {
    m.set_rx_data(i);
    m.set_rx_valid(i & 1);
    m.set_tx_ready(1);
    m.tick();
    m.get_tx_data() ^ m.get_reg_rvalid() ^ m.get_dma_wr_valid()
}

/// Runs `f` (which steps `models` models by one cycle each) for RUN; returns model-cycles/s.
fn measure(models: u64, mut f: impl FnMut(u64) -> u64) -> f64 {
    let (start, mut n, mut sink) = (Instant::now(), 0u64, 0u64);
    while start.elapsed() < RUN {
        for _ in 0..1000 {
            sink ^= f(n);
            n += 1;
        }
    }
    std::hint::black_box(sink);
    (n * models) as f64 / start.elapsed().as_secs_f64()
}

fn main() {
    // `cargo bench` passes `--bench`; nothing else to parse.
    let mut a = Model::new();
    let one = measure(1, |i| step(&mut a, i));
    println!("1 model:                  {:>12.0} cycles/s", one);

    let mut b = Model::new();
    let two = measure(2, |i| step(&mut a, i) ^ step(&mut b, i));
    println!(
        "2 models, 1 thread:       {:>12.0} model-cycles/s ({:.0} cycles/s each)",
        two,
        two / 2.0
    );

    let per_thread: Vec<f64> = [a, b]
        .into_iter()
        .map(|mut m| std::thread::spawn(move || measure(1, |i| step(&mut m, i))))
        .collect::<Vec<_>>()
        .into_iter()
        .map(|h| h.join().unwrap())
        .collect();
    let total: f64 = per_thread.iter().sum();
    println!(
        "2 models, 2 threads:      {:>12.0} model-cycles/s ({:.0} + {:.0})",
        total, per_thread[0], per_thread[1]
    );

    let mut c = Model::new();
    let trace = std::env::temp_dir().join(format!("openrnic-bench-{}.vcd", std::process::id()));
    c.trace_to(&trace, None).unwrap();
    let traced = measure(1, |i| step(&mut c, i));
    drop(c);
    let size = std::fs::metadata(&trace).map(|m| m.len()).unwrap_or(0);
    let _ = std::fs::remove_file(&trace);
    println!(
        "1 model, VCD every cycle: {:>12.0} cycles/s ({} bytes/cycle)",
        traced,
        size / (traced * RUN.as_secs_f64()).max(1.0) as u64
    );
}
