//! Property tests of the contract's encoders and decoders: every field of every queue
//! entry and table row round-trips and disturbs no other bit; oversized values are
//! refused and leave the entry alone; RoCEv2 frames round-trip through `emit` and
//! `parse`; `parse` never panics, whatever the bytes.
use openrnic_contract::queues;
use openrnic_contract::wire::{self, opcode, RoceFrame, WireError};
use proptest::prelude::*;

/// (layout index, field index) of every field in the contract.
fn any_field() -> impl Strategy<Value = (usize, usize)> {
    (0..queues::ALL.len()).prop_flat_map(|l| (Just(l), 0..queues::ALL[l].fields.len()))
}

/// Fields narrower than 64 bits (the ones a value can overflow).
fn any_narrow_field() -> impl Strategy<Value = (usize, usize)> {
    let narrow: Vec<(usize, usize)> = queues::ALL
        .iter()
        .enumerate()
        .flat_map(|(l, layout)| layout.fields.iter().enumerate().filter(|(_, f)| f.width < 64).map(move |(i, _)| (l, i)))
        .collect();
    prop::sample::select(narrow)
}

fn bit(buf: &[u8], i: usize) -> bool {
    buf[i / 8] >> (i % 8) & 1 == 1
}

/// Every sub-field of every BAR0 register (32-bit little-endian values).
fn any_reg_field() -> impl Strategy<Value = openrnic_contract::Field> {
    let all: Vec<openrnic_contract::Field> = openrnic_contract::regs::ALL.iter().flat_map(|r| r.fields.iter().copied()).collect();
    prop::sample::select(all)
}

// No regression files: the cases are cheap to regenerate and the repo stays clean.
proptest! {
    #![proptest_config(ProptestConfig { failure_persistence: None, ..ProptestConfig::default() })]
    #[test]
    fn every_field_round_trips_and_touches_only_its_bits((l, f) in any_field(), seed in any::<[u8; 128]>(), value in any::<u64>()) {
        let layout = queues::ALL[l];
        let field = layout.fields[f];
        let mut buf = seed[..layout.size].to_vec();
        let before = buf.clone();
        let v = value & field.mask();
        field.set(&mut buf, v).unwrap();
        prop_assert_eq!(field.get(&buf), v, "{}.{}", layout.name, field.name);
        for i in 0..layout.size * 8 {
            let inside = i >= field.bit() && i < field.bit() + field.width as usize;
            if !inside {
                prop_assert_eq!(bit(&buf, i), bit(&before, i), "{}.{} changed bit {}", layout.name, field.name, i);
            }
        }
    }

    #[test]
    fn every_register_field_round_trips_in_its_register(field in any_reg_field(), reg in any::<u32>(), value in any::<u64>()) {
        let mut buf = reg.to_le_bytes();
        let v = value & field.mask();
        field.set(&mut buf, v).unwrap();
        prop_assert_eq!(field.get(&buf), v, "{}", field.name);
        let mask = (field.mask() as u32) << field.bit();
        prop_assert_eq!(u32::from_le_bytes(buf) & !mask, reg & !mask, "{} changed other bits", field.name);
    }

    #[test]
    fn an_oversized_value_is_refused_and_changes_nothing((l, f) in any_narrow_field(), seed in any::<[u8; 128]>(), value in any::<u64>()) {
        let layout = queues::ALL[l];
        let field = layout.fields[f];
        let v = value | (1u64 << field.width);
        let mut buf = seed[..layout.size].to_vec();
        let err = field.set(&mut buf, v).unwrap_err();
        prop_assert_eq!((err.field, err.value, err.width), (field.name, v, field.width));
        prop_assert!(err.to_string().contains(field.name), "the error names the field: {}", err);
        prop_assert_eq!(&buf[..], &seed[..layout.size]);
    }
}

/// A frame as the engine or rxe would send it: a known RC opcode with exactly the
/// headers that opcode carries.
fn any_frame() -> impl Strategy<Value = RoceFrame> {
    let ops = prop::sample::select(vec![
        opcode::SEND_FIRST, opcode::SEND_MIDDLE, opcode::SEND_LAST, opcode::SEND_LAST_IMM, opcode::SEND_ONLY, opcode::SEND_ONLY_IMM,
        opcode::WRITE_FIRST, opcode::WRITE_MIDDLE, opcode::WRITE_LAST, opcode::WRITE_LAST_IMM, opcode::WRITE_ONLY,
        opcode::WRITE_ONLY_IMM, opcode::READ_REQUEST, opcode::READ_RESP_FIRST, opcode::READ_RESP_MIDDLE, opcode::READ_RESP_LAST,
        opcode::READ_RESP_ONLY, opcode::ACK,
    ]);
    (
        ops,
        (any::<[u8; 6]>(), any::<[u8; 6]>(), any::<[u8; 4]>(), any::<[u8; 4]>(), any::<u8>(), any::<bool>(), any::<u16>()),
        (any::<bool>(), any::<u16>(), 0u32..1 << 24, any::<bool>(), 0u32..1 << 24),
        (any::<(u64, u32, u32)>(), any::<u8>(), 0u32..1 << 24, any::<u32>()),
        prop::collection::vec(any::<u8>(), 0..1500),
    )
        .prop_map(|(op, (dst_mac, src_mac, src_ip, dst_ip, ttl, df, sport), (solicited, pkey, qpn, ack_req, psn), (reth, syn, msn, imm), payload)| RoceFrame {
            dst_mac, src_mac, src_ip, dst_ip, ttl, dont_fragment: df, udp_src_port: sport, opcode: op, solicited,
            pad: ((4 - payload.len() % 4) % 4) as u8, pkey, dest_qpn: qpn, ack_req, psn,
            reth: opcode::has_reth(op).then_some(reth),
            aeth: opcode::has_aeth(op).then_some((syn, msn)),
            imm: opcode::has_imm(op).then_some(imm),
            payload, icrc: 0,
        })
}

proptest! {
    #![proptest_config(ProptestConfig { failure_persistence: None, ..ProptestConfig::default() })]
    #[test]
    fn frames_round_trip_through_emit_and_parse(f in any_frame()) {
        let bytes = f.emit();
        let p = RoceFrame::parse(&bytes).expect("an emitted frame parses");
        prop_assert_eq!(p.icrc, wire::icrc(&bytes));
        prop_assert_eq!(&p, &RoceFrame { icrc: p.icrc, ..f.clone() });
        // And emitting what was parsed gives the same bytes.
        prop_assert_eq!(p.emit(), bytes);
    }

    #[test]
    fn a_corrupted_covered_byte_is_caught(f in any_frame(), at in any::<prop::sample::Index>(), flip in 1u8..=255) {
        let mut bytes = f.emit();
        let i = at.index(bytes.len());
        prop_assume!(i >= wire::IPV4_OFFSET && !wire::ICRC_MASKED_BYTES.contains(&i));
        bytes[i] ^= flip;
        // Every byte from the IPv4 header on is covered by the ICRC or the IPv4
        // checksum (or is a length the parser checks): the frame must not parse.
        prop_assert!(RoceFrame::parse(&bytes).is_err(), "flip at {} passed", i);
    }

    #[test]
    fn parse_never_panics_on_arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..200)) {
        let _ = RoceFrame::parse(&bytes);
    }

    #[test]
    fn parse_never_panics_on_a_truncated_or_mangled_frame(f in any_frame(), cut in any::<prop::sample::Index>(), at in any::<prop::sample::Index>(), v in any::<u8>()) {
        let mut bytes = f.emit();
        let i = at.index(bytes.len());
        bytes[i] = v;
        bytes.truncate(cut.index(bytes.len() + 1));
        match RoceFrame::parse(&bytes) {
            Ok(_) | Err(WireError::Truncated(_) | WireError::NotRoce | WireError::BadIp(_) | WireError::BadIcrc { .. }) => {}
        }
    }
}
