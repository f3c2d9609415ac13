//! Random sequences of verbs calls, valid and invalid, on a simulated card (the
//! Verilated RTL): nothing panics, every refusal is a typed [`Error`] whose message
//! says what was wrong, and afterwards the same two devices still connect a fresh
//! pair of QPs and move a SEND byte for byte.
use openrnic_contract::regs::access;
use openrnic_driver::backend::sim::SimBackend;
use openrnic_driver::verbs::{Error, QpState};
use openrnic_driver::{
    AddressVector, CompletionQueue, Device, MemoryRegion, Mtu, QpAttr, QpInitAttr, QueuePair, RecvWr, SendOp, SendWr, Sge, WcStatus,
};
use openrnic_sim::world::WorldConfig;
use proptest::prelude::*;
use std::net::Ipv4Addr;
use std::sync::Arc;
use std::time::{Duration, Instant};

#[derive(Debug, Clone)]
enum Call {
    AllocPd,
    RegMr { pd: usize, len: usize, access: u32 },
    DeregMr { mr: usize },
    CreateCq { depth: u32, vector: u32 },
    CreateQp { pd: usize, cq: usize, send: u32, recv: u32 },
    DestroyQp { qp: usize },
    Modify { qp: usize, state: u8, mtu: Option<u32>, dest: Option<u32>, rq_psn: Option<u32>, sq_psn: Option<u32>, av: bool },
    PostSend { qp: usize, mr: usize, op: u8, off: usize, len: u32, bad_lkey: bool, signaled: bool },
    PostRecv { qp: usize, mr: usize, off: usize, len: u32, bad_lkey: bool },
    Poll { cq: usize, max: usize },
    Run { micros: u64 },
}

fn any_call() -> impl Strategy<Value = Call> {
    let idx = 0usize..6;
    prop_oneof![
        1 => Just(Call::AllocPd),
        1 => (idx.clone(), prop_oneof![Just(0usize), 1usize..20_000, Just(1 << 40)], 0u32..16).prop_map(|(pd, len, access)| Call::RegMr { pd, len, access }),
        1 => idx.clone().prop_map(|mr| Call::DeregMr { mr }),
        1 => (prop_oneof![Just(0u32), 1u32..300, Just(u32::MAX)], prop_oneof![Just(0u32), 0u32..4, Just(1000)]).prop_map(|(depth, vector)| Call::CreateCq { depth, vector }),
        1 => (idx.clone(), idx.clone(), prop_oneof![Just(0u32), 1u32..100, Just(1 << 20)], prop_oneof![Just(0u32), 1u32..100, Just(1 << 20)])
            .prop_map(|(pd, cq, send, recv)| Call::CreateQp { pd, cq, send, recv }),
        1 => idx.clone().prop_map(|qp| Call::DestroyQp { qp }),
        4 => (idx.clone(), 0u8..6, prop::option::of(prop_oneof![Just(1024u32), 0u32..5000]), prop::option::of(0u32..20), prop::option::of(any::<u32>()),
         prop::option::of(any::<u32>()), any::<bool>())
            .prop_map(|(qp, state, mtu, dest, rq_psn, sq_psn, av)| Call::Modify { qp, state, mtu, dest, rq_psn, sq_psn, av }),
        6 => (idx.clone(), idx.clone(), 0u8..4, 0usize..10_000, prop_oneof![Just(0u32), 0u32..5000, Just(u32::MAX)], prop::bool::weighted(0.2), any::<bool>())
            .prop_map(|(qp, mr, op, off, len, bad_lkey, signaled)| Call::PostSend { qp, mr, op, off, len, bad_lkey, signaled }),
        4 => (idx.clone(), idx.clone(), 0usize..10_000, 0u32..5000, prop::bool::weighted(0.2)).prop_map(|(qp, mr, off, len, bad_lkey)| Call::PostRecv { qp, mr, off, len, bad_lkey }),
        3 => (idx.clone(), 0usize..40).prop_map(|(cq, max)| Call::Poll { cq, max }),
        2 => (0u64..2000).prop_map(|micros| Call::Run { micros }),
    ]
}

/// Objects made by the sequence, indexed modulo their count (a missing one skips the call).
#[derive(Default)]
struct Objects {
    pds: Vec<openrnic_driver::verbs::ProtectionDomain>,
    mrs: Vec<MemoryRegion>,
    cqs: Vec<CompletionQueue>,
    qps: Vec<QueuePair>,
}

fn pick<T>(v: &mut [T], i: usize) -> Option<&mut T> {
    let n = v.len();
    (n > 0).then(|| &mut v[i % n])
}

/// A refusal must be typed and say what was wrong: a message that names something.
fn check_error(e: &Error, call: &Call) {
    let msg = e.to_string();
    assert!(msg.len() > 10 && !msg.trim().is_empty(), "{call:?} failed with an uninformative error {e:?}: {msg:?}");
    // The simulated card never fails underneath: every refusal is the verbs layer's.
    assert!(!matches!(e, Error::Backend(_) | Error::CommandTimeout { .. }), "{call:?}: the device failed: {msg}");
}

fn state_of(i: u8) -> QpState {
    [QpState::Reset, QpState::Init, QpState::Rtr, QpState::Rts, QpState::Err, QpState::Rts][i as usize]
}

const PEER: AddressVector = AddressVector { mac: [0x02, 0, 0, 0, 0, 2], ipv4: Ipv4Addr::new(10, 0, 0, 2) };

/// Returns the refusal's variant name, if the call was refused.
fn apply(dev: &Device, o: &mut Objects, call: &Call) -> Option<String> {
    let r: Result<(), Error> = match call.clone() {
        Call::AllocPd => dev.alloc_pd().map(|pd| o.pds.push(pd)),
        Call::RegMr { pd, len, access } => match pick(&mut o.pds, pd) {
            Some(pd) => pd.reg_mr(len, access).map(|mr| o.mrs.push(mr)),
            None => Ok(()),
        },
        Call::DeregMr { mr } => {
            if !o.mrs.is_empty() {
                let n = o.mrs.len();
                o.mrs.remove(mr % n);
            }
            Ok(())
        }
        Call::CreateCq { depth, vector } => dev.create_cq(depth, vector).map(|cq| o.cqs.push(cq)),
        Call::CreateQp { pd, cq, send, recv } => {
            if o.pds.is_empty() || o.cqs.is_empty() {
                Ok(())
            } else {
                let pd = o.pds[pd % o.pds.len()].clone();
                let cq = &o.cqs[cq % o.cqs.len()];
                pd.create_qp(&QpInitAttr { send_cq: cq, recv_cq: cq, max_send_wr: send, max_recv_wr: recv }).map(|qp| o.qps.push(qp))
            }
        }
        Call::DestroyQp { qp } => {
            if !o.qps.is_empty() {
                let n = o.qps.len();
                o.qps.remove(qp % n);
            }
            Ok(())
        }
        Call::Modify { qp, state, mtu, dest, rq_psn, sq_psn, av } => match pick(&mut o.qps, qp) {
            Some(q) => {
                let attr = QpAttr {
                    state: state_of(state),
                    path_mtu: mtu.map(|m| Mtu::from_bytes(m).unwrap_or(Mtu::Mtu1024)),
                    dest_qp_num: dest,
                    rq_psn,
                    sq_psn,
                    av: av.then_some(PEER),
                    udp_sport: None,
                };
                q.modify(&attr)
            }
            None => Ok(()),
        },
        Call::PostSend { qp, mr, op, off, len, bad_lkey, signaled } => {
            let sge = pick(&mut o.mrs, mr).map(|m| Sge { addr: m.addr().wrapping_add(off as u64), len, lkey: if bad_lkey { m.lkey() ^ 0x5500 } else { m.lkey() } });
            let rkey = sge.map_or(0, |s| s.lkey);
            let opcode = match op {
                0 => SendOp::Send,
                1 => SendOp::SendWithImm(7),
                2 => SendOp::Write { remote_addr: 0x7f00_0000_0000, rkey },
                _ => SendOp::WriteWithImm { remote_addr: 0x7f00_0000_0000, rkey, imm: 9 },
            };
            match pick(&mut o.qps, qp) {
                Some(q) => q.post_send(&SendWr { wr_id: 1, opcode, sge, signaled }),
                None => Ok(()),
            }
        }
        Call::PostRecv { qp, mr, off, len, bad_lkey } => {
            let sge = pick(&mut o.mrs, mr).map(|m| Sge { addr: m.addr().wrapping_add(off as u64), len, lkey: if bad_lkey { m.lkey() ^ 0x5500 } else { m.lkey() } });
            match (pick(&mut o.qps, qp), sge) {
                (Some(q), Some(sge)) => q.post_recv(&RecvWr { wr_id: 2, sge }),
                _ => Ok(()),
            }
        }
        Call::Poll { cq, max } => match pick(&mut o.cqs, cq) {
            Some(c) => c.poll(max).map(|_| ()),
            None => Ok(()),
        },
        Call::Run { micros } => {
            std::thread::sleep(Duration::from_micros(micros));
            Ok(())
        }
    };
    r.err().map(|e| {
        check_error(&e, call);
        format!("{e:?}").split([' ', '(', '{']).next().unwrap_or("").to_string()
    })
}

/// A fresh connected pair on the two devices moves a SEND byte for byte.
fn still_works(a: &Device, b: &Device) {
    let side = |d: &Device| {
        let pd = d.alloc_pd().expect("PD after the sequence");
        let mr = pd.reg_mr(4096, access::LOCAL_WRITE | access::REMOTE_WRITE).expect("MR after the sequence");
        let cq = d.create_cq(16, 0).expect("CQ after the sequence");
        let qp = pd.create_qp(&QpInitAttr { send_cq: &cq, recv_cq: &cq, max_send_wr: 8, max_recv_wr: 8 }).expect("QP after the sequence");
        (pd, mr, cq, qp)
    };
    let (_pa, mut ma, mut ca, mut qa) = side(a);
    let (_pb, mb, mut cb, mut qb) = side(b);
    let av_a = AddressVector { mac: [0x02, 0, 0, 0, 0, 1], ipv4: Ipv4Addr::new(10, 0, 0, 1) };
    let (na, nb) = (qa.qp_num(), qb.qp_num());
    for (q, peer, av, rq, sq) in [(&mut qa, nb, PEER, 300, 100), (&mut qb, na, av_a, 100, 300)] {
        q.modify(&QpAttr::init()).unwrap();
        q.modify(&QpAttr::rtr(Mtu::Mtu1024, peer, rq, av)).unwrap();
        q.modify(&QpAttr::rts(sq)).unwrap();
    }
    qb.post_recv(&RecvWr { wr_id: 0xB, sge: mb.sge(0, 256).unwrap() }).unwrap();
    let msg: Vec<u8> = (0..200u32).map(|i| (i * 13) as u8).collect();
    ma.as_mut_slice()[..200].copy_from_slice(&msg);
    qa.post_send(&SendWr { wr_id: 0xA, opcode: SendOp::Send, sge: Some(ma.sge(0, 200).unwrap()), signaled: true }).unwrap();
    let deadline = Instant::now() + Duration::from_secs(30);
    let (mut got_a, mut got_b) = (None, None);
    while got_a.is_none() || got_b.is_none() {
        assert!(Instant::now() < deadline, "no completion after the sequence (sender {got_a:?}, receiver {got_b:?})");
        if got_a.is_none() {
            got_a = ca.poll(1).unwrap().pop();
        }
        if got_b.is_none() {
            got_b = cb.poll(1).unwrap().pop();
        }
        std::thread::sleep(Duration::from_micros(200));
    }
    assert_eq!(got_a.unwrap().status, WcStatus::Success);
    let r = got_b.unwrap();
    assert_eq!((r.wr_id, r.status, r.byte_len), (0xB, WcStatus::Success, 200));
    assert_eq!(&mb.as_slice()[..200], &msg[..]);
}

proptest! {
    // Each case boots two Verilated cards: few cases, long sequences.
    #![proptest_config(ProptestConfig { cases: 48, failure_persistence: None, ..ProptestConfig::default() })]
    #[test]
    fn random_verbs_calls_never_panic_and_leave_the_device_working(calls in prop::collection::vec(any_call(), 1..60)) {
        let (_sim, a, b) = SimBackend::pair(WorldConfig::default()).expect("simulation");
        let (a, b) = (Device::open(Arc::new(a)).unwrap(), Device::open(Arc::new(b)).unwrap());
        a.set_address([0x02, 0, 0, 0, 0, 1], Ipv4Addr::new(10, 0, 0, 1)).unwrap();
        b.set_address(PEER.mac, PEER.ipv4).unwrap();
        // A prelude of valid objects (two PDs, each with a region, a CQ and a QP), so
        // the random calls also reach live queues, not only argument checks.
        let mut objects = Objects::default();
        for i in 0..2 {
            let pd = a.alloc_pd().unwrap();
            objects.mrs.push(pd.reg_mr(8192, access::LOCAL_WRITE | access::REMOTE_WRITE).unwrap());
            objects.cqs.push(a.create_cq(64, 0).unwrap());
            objects.qps.push(pd.create_qp(&QpInitAttr { send_cq: &objects.cqs[i], recv_cq: &objects.cqs[i], max_send_wr: 16, max_recv_wr: 16 }).unwrap());
            objects.pds.push(pd);
        }
        objects.qps[0].modify(&QpAttr::init()).unwrap();
        objects.qps[0].modify(&QpAttr::rtr(Mtu::Mtu1024, 2, 0, PEER)).unwrap();
        objects.qps[0].modify(&QpAttr::rts(0)).unwrap();
        let mut refused = std::collections::BTreeMap::<String, u32>::new();
        for c in &calls {
            if let Some(v) = apply(&a, &mut objects, c) {
                *refused.entry(v).or_default() += 1;
            }
        }
        eprintln!("{} calls, {} QPs {} MRs {} CQs live at the end, refused: {refused:?}", calls.len(), objects.qps.len(), objects.mrs.len(), objects.cqs.len());
        // Release what the sequence made (QPs first: they hold their CQs and PD).
        objects.qps.clear();
        drop(objects);
        still_works(&a, &b);
    }
}
