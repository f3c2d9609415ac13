//! ns per `post_send` (checks, WQE build, ring write, fence, doorbell) against the
//! in-memory fake BAR. A measurement, not a test: it prints the figure (target
//! <= 100 ns per WQE) and asserts nothing.
//! `cargo bench -p openrnic-driver --features fake --bench post_send`
use openrnic_contract::queues::{cqe, cqe_opcode, cqe_status};
use openrnic_contract::{regs, Cqe};
use openrnic_driver::verbs::fake::FakeBackend;
use openrnic_driver::{AddressVector, Device, Mtu, QpAttr, QpInitAttr, SendOp, SendWr};
use std::net::Ipv4Addr;
use std::time::{Duration, Instant};

const DEPTH: u32 = 1024;
const ROUNDS: u32 = 500;

fn main() {
    let fake = FakeBackend::new();
    let dev = Device::open(fake.clone()).expect("open");
    fake.set_logging(false);
    let pd = dev.alloc_pd().unwrap();
    let mr = pd.reg_mr(1 << 16, regs::access::LOCAL_WRITE).unwrap();
    let mut cq = dev.create_cq(DEPTH, 0).unwrap();
    let mut qp = pd.create_qp(&QpInitAttr { send_cq: &cq, recv_cq: &cq, max_send_wr: DEPTH, max_recv_wr: 1 }).unwrap();
    let peer = AddressVector { mac: [2, 0, 0, 0, 0, 2], ipv4: Ipv4Addr::new(10, 0, 0, 2) };
    qp.modify(&QpAttr::init()).unwrap();
    qp.modify(&QpAttr::rtr(Mtu::Mtu4096, 1, 0, peer)).unwrap();
    qp.modify(&QpAttr::rts(0)).unwrap();
    let sge = mr.sge(0, 4096).unwrap();

    let mut total = Duration::ZERO;
    let mut best = f64::MAX;
    let mut wr_id = 0u64;
    for round in 0..=ROUNDS {
        let t = Instant::now();
        for i in 0..DEPTH {
            wr_id += 1;
            let wr = SendWr { wr_id, opcode: SendOp::Send, sge: Some(sge), signaled: i == DEPTH - 1 };
            qp.post_send(std::hint::black_box(&wr)).unwrap();
        }
        let dt = t.elapsed();
        if round > 0 {
            // Round 0 warms caches and page tables.
            total += dt;
            best = best.min(dt.as_nanos() as f64 / DEPTH as f64);
        }
        // Play the engine: the signaled last WR's completion retires the whole batch.
        let mut e = Cqe::default();
        e.set(cqe::WR_ID, wr_id).unwrap();
        e.set(cqe::QPN, qp.qp_num() as u64).unwrap();
        e.set(cqe::OPCODE, cqe_opcode::SEND).unwrap();
        e.set(cqe::STATUS, cqe_status::SUCCESS).unwrap();
        fake.push_cqe(cq.cqn(), e).unwrap();
        assert_eq!(cq.poll(4).unwrap().len(), 1);
    }
    let n = (ROUNDS * DEPTH) as f64;
    println!(
        "post_send + doorbell (fake BAR, 1 SGE, {DEPTH}-deep SQ): {:.1} ns/WQE mean over {} WQEs, {:.1} ns/WQE best round (target <= 100)",
        total.as_nanos() as f64 / n,
        ROUNDS * DEPTH,
        best
    );
}
