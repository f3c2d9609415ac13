//! Engine and simulator figures. Hardware figures are in simulated clock cycles (exact);
//! wall-clock figures are for the simulator itself and are noisy on shared machines.
//! `cargo bench -p openrnic-tests --bench engine`
use openrnic_contract::queues::wqe_opcode;
use openrnic_contract::regs;
use openrnic_sim::memory::ENGINE_CLOCK_HZ;
use openrnic_sim::world::{World, WorldConfig};
use openrnic_tests::*;
use std::time::Instant;

fn pair(pmtu_log2: u32) -> (World, [RawQp; 2], [RawCq; 2], [HostBuf; 2]) {
    let p = Pair::new(PairConfig { pmtu_log2, psn: (0, 0), cq_log2: 10, ..Default::default() });
    (p.w, p.qp, p.cq, p.buf)
}

fn main() {
    println!("== simulator speed (wall clock) ==");
    for cards in [1usize, 2] {
        let mut w = World::new(WorldConfig { cards, ..Default::default() }).unwrap();
        let n = 2_000_000u64;
        let t = Instant::now();
        w.run(n);
        let s = t.elapsed().as_secs_f64();
        println!("{cards} card(s), idle: {:.2} M cycles/s per card", n as f64 / s / 1e6);
    }

    println!("\n== RDMA WRITE, one QP, card to card (simulated time at {} MHz) ==", ENGINE_CLOCK_HZ / 1_000_000);
    println!("{:>8} {:>6} {:>10} {:>14} {:>12} {:>12} {:>16}", "bytes", "mtu", "messages", "cycles/msg", "sim Gb/s", "wire Gb/s*", "sim cyc/wall s");
    for (size, pmtu) in [(64usize, 12), (4096, 12), (65536, 10), (65536, 12), (1 << 20, 12)] {
        let (mut w, mut qp, mut cq, _buf) = pair(pmtu);
        let msgs = (4 << 20) / size.max(4096);
        let start_cycle = w.cycle();
        let t = Instant::now();
        for i in 0..msgs {
            post_send(&mut w, 0, &mut qp[0], &Send { opcode: wqe_opcode::WRITE, wr_id: i as u64, imm: 0, remote_addr: VA, rkey: KEY, sge: Some((VA, size as u32, KEY)), signaled: true });
            let c = wait_cqe(&mut w, 0, &mut cq[0], 10_000_000).expect("completion");
            assert_eq!(c.status, 0);
        }
        let cycles = w.cycle() - start_cycle;
        let wall = t.elapsed().as_secs_f64();
        let sim_s = cycles as f64 / ENGINE_CLOCK_HZ as f64;
        let frames = counter(&mut w, 0, &regs::CNT_TX_FRAMES) as f64;
        let bits = (msgs * size) as f64 * 8.0;
        // Bytes on the wire including headers, ICRC, preamble and inter-frame gap.
        let wire_bits = bits + frames * (74.0 + 4.0 + 20.0) * 8.0;
        println!(
            "{:>8} {:>6} {:>10} {:>14.0} {:>12.2} {:>12.2} {:>16.2e}",
            size, 1 << pmtu, msgs, cycles as f64 / msgs as f64, bits / sim_s / 1e9, wire_bits / sim_s / 1e9, 2.0 * cycles as f64 / wall
        );
        let _ = &mut cq[1];
        let _ = &mut qp[1];
    }
    println!("* payload plus per-frame overhead; the link is 10 Gb/s and the 64-bit datapath at 156.25 MHz moves 10 Gb/s.");

    println!("\n== RDMA WRITE, one QP, 32 posted ahead (the send window keeps up to {} in flight) ==", 16);
    println!("{:>8} {:>6} {:>10} {:>14} {:>12} {:>12}", "bytes", "mtu", "messages", "cycles/msg", "sim Gb/s", "Mmsg/s");
    for (size, pmtu) in [(64usize, 12), (1024, 12), (4096, 12), (65536, 12)] {
        let (mut w, mut qp, mut cq, _buf) = pair(pmtu);
        let msgs = ((8 << 20) / size.max(1024)).min(4096) as u64;
        let start_cycle = w.cycle();
        let (mut posted, mut done) = (0u64, 0u64);
        while done < msgs {
            while posted < msgs && posted - done < 32 {
                post_send(&mut w, 0, &mut qp[0], &Send { opcode: wqe_opcode::WRITE, wr_id: posted, imm: 0, remote_addr: VA, rkey: KEY, sge: Some((VA, size as u32, KEY)), signaled: true });
                posted += 1;
            }
            let c = wait_cqe(&mut w, 0, &mut cq[0], 10_000_000).expect("completion");
            assert_eq!((c.status, c.wr_id), (0, done));
            done += 1;
        }
        let cycles = (w.cycle() - start_cycle) as f64;
        let sim_s = cycles / ENGINE_CLOCK_HZ as f64;
        println!(
            "{:>8} {:>6} {:>10} {:>14.0} {:>12.2} {:>12.3}",
            size, 1 << pmtu, msgs, cycles / msgs as f64, (msgs as usize * size) as f64 * 8.0 / sim_s / 1e9, msgs as f64 / sim_s / 1e6
        );
    }
}
