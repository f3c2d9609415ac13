//! The same engine under rust-hdl's simulator and under Verilator, inside the same
//! simulated card: a SEND between two cards must give the same bytes, the same
//! completions and the same frames, cycle for cycle.
use openrnic_contract::queues::wqe_opcode;
use openrnic_contract::regs::{self, access};
use openrnic_sim::card::Card;
use openrnic_sim::memory::{DmaTiming, Iommu};
use openrnic_sim::model::{EngineModel, HdlModel};
use openrnic_sim::wire::LinkConfig;
use openrnic_sim::world::World;
use openrnic_tests::*;
use std::sync::Arc;

const VA: u64 = 0x7f00_0000_0000;
const KEY: u32 = 0x103;

/// Runs one 40-byte SEND_IMM from card 0 to card 1; returns what can be compared.
fn run<M: EngineModel>(mut w: World<M>) -> (Vec<u8>, Cqe, Cqe, u64, Vec<u32>) {
    for c in 0..2 {
        set_station(&mut w, c);
    }
    let mut cq = [create_cq(&mut w, 0, 0, 0x1000_0000, 4), create_cq(&mut w, 1, 0, 0x1000_0000, 4)];
    let mut buf = [HostBuf::new(&w, 0, 0x2000_0000, 4096), HostBuf::new(&w, 1, 0x2000_0000, 4096)];
    for c in 0..2 {
        reg_mr(&mut w, c, KEY, VA, &buf[c], 1, access::LOCAL_WRITE | access::REMOTE_WRITE);
    }
    let mut q0 = create_qp(&mut w, 0, &QpSetup { qpn: 1, dest_qpn: 2, peer: 1, sq_psn: 10, rq_psn: 20, pmtu_log2: 8, cqn: 0, pd: 1 }, 0x3000_0000);
    let mut q1 = create_qp(&mut w, 1, &QpSetup { qpn: 2, dest_qpn: 1, peer: 0, sq_psn: 20, rq_psn: 10, pmtu_log2: 8, cqn: 0, pd: 1 }, 0x3000_0000);
    buf[0].write(0, &(0..40u8).collect::<Vec<_>>());
    post_recv(&mut w, 1, &mut q1, 7, VA + 1024, 1024, KEY);
    post_send(&mut w, 0, &mut q0, &Send { opcode: wqe_opcode::SEND_IMM, wr_id: 8, imm: 0xABCD, remote_addr: 0, rkey: 0, sge: Some((VA, 40, KEY)), signaled: true });
    let start = w.cycle();
    let rc = wait_cqe(&mut w, 1, &mut cq[1], 20_000).expect("receive completion");
    let sc = wait_cqe(&mut w, 0, &mut cq[0], 20_000).expect("send completion");
    let cycles = w.cycle() - start;
    let counters = [regs::CNT_TX_FRAMES, regs::CNT_RX_FRAMES, regs::CNT_TX_ACKS, regs::CNT_RX_ACKS]
        .iter()
        .flat_map(|r| (0..2).map(move |c| (c, *r)))
        .map(|(c, r)| counter(&mut w, c, &r))
        .collect();
    (buf[1].read(1024, 40), rc, sc, cycles, counters)
}

fn hdl_card() -> Card<HdlModel> {
    Card::with_model(HdlModel::default(), Arc::new(Iommu::new()), DmaTiming::default())
}

#[test]
fn rust_hdl_and_verilator_agree_cycle_for_cycle() {
    let hdl = run(World::from_cards(vec![hdl_card(), hdl_card()], LinkConfig::default()).unwrap());
    let vl = run(World::from_cards(vec![Card::new(Arc::new(Iommu::new()), DmaTiming::default()), Card::new(Arc::new(Iommu::new()), DmaTiming::default())], LinkConfig::default()).unwrap());
    assert_eq!(hdl.0, (0..40u8).collect::<Vec<_>>(), "payload under rust-hdl");
    if openrnic_sim::ENGINE == "legacy" {
        assert_eq!(hdl, vl, "rust-hdl and Verilator differ");
        eprintln!("both simulators: SEND completed in {} cycles, counters {:?}", hdl.3, hdl.4);
    } else {
        // The rust-hdl model is the legacy engine and the Verilated one is not, so
        // cycles differ by design; what the SEND did must not.
        let (h, v) = ((&hdl.0, &hdl.1, &hdl.2, &hdl.4), (&vl.0, &vl.1, &vl.2, &vl.4));
        assert_eq!(h, v, "the legacy engine (rust-hdl) and the {} engine (Verilator) did different things", openrnic_sim::ENGINE);
        eprintln!(
            "NOTICE: the Verilated engine is {}, the rust-hdl model the legacy one: compared results, not cycles \
             (SEND in {} cycles legacy, {} {}); no rust-hdl model of that engine is wired into sim::model yet",
            openrnic_sim::ENGINE, hdl.3, vl.3, openrnic_sim::ENGINE
        );
    }
}
