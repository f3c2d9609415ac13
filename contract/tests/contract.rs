use openrnic_contract::{queues, regs, render, wire, Entry};

#[test]
fn checked_in_renderings_are_fresh() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    for (path, text) in render::all() {
        let on_disk = std::fs::read_to_string(root.join(path)).unwrap_or_default();
        assert!(on_disk == text, "{path} is stale: run `cargo run -p openrnic-contract --bin render-contract`");
    }
}

#[test]
fn registers_are_aligned_unique_and_inside_bar0() {
    let mut seen = std::collections::BTreeSet::new();
    for r in regs::ALL {
        assert_eq!(r.offset % 4, 0, "{} unaligned", r.name);
        assert!(r.offset < regs::QP_DB.base.min(regs::CQ_DB.base), "{} collides with doorbells", r.name);
        assert!(seen.insert(r.offset), "{} shares offset {:#x}", r.name, r.offset);
    }
    let qps = regs::CAP_QPS.reset;
    assert!(regs::QP_DB.base + qps * regs::QP_DB.stride <= regs::BAR0_SIZE);
    assert!(regs::CQ_DB.base + regs::CAP_CQS.reset * regs::CQ_DB.stride <= regs::QP_DB.base);
}

#[test]
fn layout_fields_fit_and_do_not_overlap() {
    for l in queues::ALL {
        let mut used = vec![false; l.size * 8];
        for f in l.fields {
            for b in f.bit()..f.bit() + f.width as usize {
                assert!(b < l.size * 8, "{}.{} past the end", l.name, f.name);
                assert!(!used[b], "{}.{} overlaps bit {b}", l.name, f.name);
                used[b] = true;
            }
        }
    }
}

#[test]
fn entry_accessors_round_trip_and_refuse_overflow() {
    let mut w = Entry::<{ queues::send_wqe::SIZE }>::default();
    w.set(queues::send_wqe::WR_ID, 0x0123_4567_89AB_CDEF).unwrap();
    w.set(queues::send_wqe::SGE0_LEN, 4096).unwrap();
    assert_eq!(w.get(queues::send_wqe::WR_ID), 0x0123_4567_89AB_CDEF);
    assert_eq!(&w.bytes[40..44], &4096u32.to_le_bytes());
    let mut q = Entry::<{ queues::qpc::SIZE }>::default();
    q.set(queues::qpc::PMTU_LOG2, 12).unwrap();
    q.set(queues::qpc::STATE, 3).unwrap();
    assert_eq!(q.bytes[0], 0xC3);
    assert!(q.set(queues::qpc::STATE, 16).is_err());
}

#[test]
fn reference_builder_and_parser_agree() {
    let f = wire::RoceFrame {
        dst_mac: [2, 0, 0, 0, 0, 2], src_mac: [2, 0, 0, 0, 0, 1],
        src_ip: [10, 0, 0, 1], dst_ip: [10, 0, 0, 2], ttl: 64, dont_fragment: true,
        udp_src_port: 0xC001, opcode: wire::opcode::WRITE_ONLY_IMM, solicited: false, pad: 1,
        pkey: 0xFFFF, dest_qpn: 0x11, ack_req: true, psn: 0xFFFFFF,
        reth: Some((0x1000, 0x55, 7)), aeth: None, imm: Some(0xDEADBEEF), payload: (0..7).collect(), icrc: 0,
    };
    let bytes = f.emit();
    let back = wire::RoceFrame::parse(&bytes).unwrap();
    assert_eq!(back.payload, f.payload);
    assert_eq!(back.reth, f.reth);
    let mut bad = bytes.clone();
    bad[60] ^= 1;
    assert!(matches!(wire::RoceFrame::parse(&bad), Err(wire::WireError::BadIcrc { .. })));
}
