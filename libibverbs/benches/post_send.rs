//! Host CPU cost of posting through the library compared with the Rust API, in one
//! run: the same workload (one simulated card cabled to itself, rounds of 256
//! 64-byte RDMA WRITEs from one QP to another, only the last signaled, the posting
//! loop timed alone) through openrnic-driver's `QueuePair::post_send`, then through
//! `ibv_post_send` in a C program under LD_PRELOAD. A measurement, not a test: it
//! prints both figures and their ratio. `cargo bench -p openrnic-libibverbs`.
//!
//! Both include the doorbell, an MMIO write into the simulated card (a lock shared
//! with the card's clock thread), which dominates either figure on this machine.

#[path = "../tests/support/mod.rs"]
mod support;

use openrnic_contract::regs;
use openrnic_driver::backend::sim::SimBackend;
use openrnic_driver::{AddressVector, Device, Mtu, QpAttr, QpInitAttr, SendOp, SendWr};
use openrnic_sim::wire::{ArpResponder, DgramPort};
use openrnic_sim::world::{Port, Sim, World, WorldConfig};
use std::net::{Ipv4Addr, SocketAddr};
use std::sync::Arc;
use std::time::{Duration, Instant};

const DEPTH: u32 = 256;
const ROUNDS: u32 = 40;

/// ns per WQE (mean, best round) through the Rust API.
fn rust_api() -> (f64, f64) {
    let mut world = World::new(WorldConfig { cards: 1, ..WorldConfig::default() }).unwrap();
    let any: SocketAddr = (Ipv4Addr::LOCALHOST, 0).into();
    let mut port = DgramPort::bind(any, any).unwrap();
    let me = port.local_addr().unwrap();
    port.set_remote(me);
    let (mac, ip) = ([2, 0x4f, 10, 11, 0, 1], Ipv4Addr::new(10, 11, 0, 1));
    world.ports[0] = Port::Dgram { port, shell: ArpResponder::new(mac, ip), pcap: None, faults: None };
    let sim = Sim::start(world);
    let dev = Device::open(Arc::new(SimBackend::new(&sim, 0).unwrap())).unwrap();
    dev.set_address(mac, ip).unwrap();
    let pd = dev.alloc_pd().unwrap();
    let mr = pd.reg_mr(1 << 16, regs::access::LOCAL_WRITE | regs::access::REMOTE_WRITE).unwrap();
    let mut cq = dev.create_cq(DEPTH, 0).unwrap();
    let init = QpInitAttr { send_cq: &cq, recv_cq: &cq, max_send_wr: DEPTH, max_recv_wr: 1 };
    let (mut a, mut b) = (pd.create_qp(&init).unwrap(), pd.create_qp(&init).unwrap());
    let av = AddressVector { mac, ipv4: ip };
    let (qa, qb) = (a.qp_num(), b.qp_num());
    for (q, dest) in [(&mut a, qb), (&mut b, qa)] {
        q.modify(&QpAttr::init()).unwrap();
        q.modify(&QpAttr::rtr(Mtu::Mtu4096, dest, 0, av)).unwrap();
        q.modify(&QpAttr::rts(0)).unwrap();
    }
    let sge = mr.sge(0, 64).unwrap();
    let (mut total, mut best, mut id) = (Duration::ZERO, f64::MAX, 0u64);
    for round in 0..=ROUNDS {
        let t = Instant::now();
        for i in 0..DEPTH {
            id += 1;
            let op = SendOp::Write { remote_addr: mr.addr() + 32768, rkey: mr.rkey() };
            a.post_send(std::hint::black_box(&SendWr { wr_id: id, opcode: op, sge: Some(sge), signaled: i == DEPTH - 1 })).unwrap();
        }
        let dt = t.elapsed();
        if round > 0 {
            total += dt;
            best = best.min(dt.as_nanos() as f64 / DEPTH as f64);
        }
        // Waiting as the library's poll_cq does (yielding on an empty CQ), so the
        // card's clock thread runs the same way on both sides.
        let wc = loop {
            if let Some(w) = cq.poll(1).unwrap().pop() {
                break w;
            }
            std::thread::yield_now();
        };
        assert!(wc.status.is_ok() && wc.wr_id == id, "{wc:?}");
    }
    (total.as_nanos() as f64 / (ROUNDS * DEPTH) as f64, best)
}

/// ns per WQE (mean, best round) through ibv_post_send and the library.
fn library() -> (f64, f64) {
    let prog = support::compile("post_send_bench");
    let mut cmd = std::process::Command::new(prog);
    cmd.env("LD_PRELOAD", support::library()).env("OPENRNIC_WIRE", "loopback");
    let out = cmd.output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{text}{}", String::from_utf8_lossy(&out.stderr));
    let f: Vec<f64> = text.split_whitespace().skip(1).filter_map(|x| x.parse().ok()).collect();
    (f[0], f[1])
}

fn main() {
    let (rm, rb) = rust_api();
    let (lm, lb) = library();
    println!("post_send + doorbell, simulated card, {} WQEs each:", ROUNDS * DEPTH);
    println!("  Rust API (QueuePair::post_send):        {rm:8.1} ns/WQE mean, {rb:8.1} best round");
    println!("  library (ibv_post_send, LD_PRELOAD):    {lm:8.1} ns/WQE mean, {lb:8.1} best round");
    println!("  ratio library / Rust API:               {:8.2} mean, {:8.2} best round", lm / rm, lb / rb);
}
