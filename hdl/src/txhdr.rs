//! TX header builder: Ethernet II / IPv4 / UDP / BTH / [RETH] [AETH] [ImmDt] for one
//! packet, as a big-endian number (first byte in bits [639:632]) plus its length.
//!
//! Fields are appended in wire order (`hdr = hdr << width | field`), so byte positions
//! follow from the order, as in a software emitter; the test compares the result with
//! the contract's reference builder byte for byte. Constant fields match Linux rxe:
//! DSCP 0, DF set, TTL 64, UDP checksum 0, P_Key 0xFFFF.

use openrnic_contract::wire;
use rust_hdl::prelude::*;

/// Bits in the header register: room for the longest header (Eth+IP+UDP+BTH+RETH+ImmDt = 74 B).
pub const HDR_BITS: usize = 640;

#[derive(LogicBlock)]
pub struct TxHeader {
    pub src_mac: Signal<In, Bits<48>>,
    pub dst_mac: Signal<In, Bits<48>>,
    pub src_ip: Signal<In, Bits<32>>,
    pub dst_ip: Signal<In, Bits<32>>,
    pub udp_sport: Signal<In, Bits<16>>,
    pub opcode: Signal<In, Bits<8>>,
    pub dest_qpn: Signal<In, Bits<24>>,
    pub ack_req: Signal<In, bool>,
    pub psn: Signal<In, Bits<24>>,
    pub has_reth: Signal<In, bool>,
    pub reth_va: Signal<In, Bits<64>>,
    pub reth_rkey: Signal<In, Bits<32>>,
    pub reth_len: Signal<In, Bits<32>>,
    pub has_aeth: Signal<In, bool>,
    pub aeth_syndrome: Signal<In, Bits<8>>,
    pub aeth_msn: Signal<In, Bits<24>>,
    pub has_imm: Signal<In, bool>,
    pub imm: Signal<In, Bits<32>>,
    /// Payload bytes in this packet (before padding).
    pub payload_len: Signal<In, Bits<16>>,
    /// Compute only when asked: keeps this wide logic out of every other cycle's evaluation.
    pub enable: Signal<In, bool>,
    pub hdr: Signal<Out, Bits<HDR_BITS>>,
    /// Header length in bytes.
    pub hdr_len: Signal<Out, Bits<8>>,
    /// Pad bytes (0..=3) that bring the payload to a multiple of 4.
    pub pad: Signal<Out, Bits<2>>,
    ext_len: Signal<Local, Bits<16>>,
    ip_len: Signal<Local, Bits<16>>,
    csum: Signal<Local, Bits<20>>,
    csum_inv: Signal<Local, Bits<16>>,
    k_ip_fixed: Constant<Bits<20>>,
    k_base_len: Constant<Bits<8>>,
    k_ip_overhead: Constant<Bits<16>>,
    k_max_len: Constant<Bits<10>>,
}

impl Default for TxHeader {
    fn default() -> Self {
        // Sum of the IPv4 header's constant 16-bit words: version/IHL/DSCP, flags (DF), TTL/protocol.
        let fixed = 0x4500u32 + 0x4000 + ((64 << 8) | 17);
        Self {
            src_mac: Default::default(),
            dst_mac: Default::default(),
            src_ip: Default::default(),
            dst_ip: Default::default(),
            udp_sport: Default::default(),
            opcode: Default::default(),
            dest_qpn: Default::default(),
            ack_req: Default::default(),
            psn: Default::default(),
            has_reth: Default::default(),
            reth_va: Default::default(),
            reth_rkey: Default::default(),
            reth_len: Default::default(),
            has_aeth: Default::default(),
            aeth_syndrome: Default::default(),
            aeth_msn: Default::default(),
            has_imm: Default::default(),
            imm: Default::default(),
            payload_len: Default::default(),
            hdr: Default::default(),
            enable: Default::default(),
            hdr_len: Default::default(),
            pad: Default::default(),
            ext_len: Default::default(),
            ip_len: Default::default(),
            csum: Default::default(),
            csum_inv: Default::default(),
            k_ip_fixed: Constant::new((fixed as u64).to_bits()),
            k_base_len: Constant::new((wire::BTH_END as u64).to_bits()),
            k_max_len: Constant::new(((HDR_BITS / 8) as u64).to_bits()),
            k_ip_overhead: Constant::new(((wire::IPV4_LEN + wire::UDP_LEN + wire::BTH_LEN + wire::ICRC_LEN) as u64).to_bits()),
        }
    }
}

impl Logic for TxHeader {
    #[hdl_gen]
    fn update(&mut self) {
        self.pad.next = 0.into();
        self.ext_len.next = 0.into();
        self.hdr_len.next = 0.into();
        self.ip_len.next = 0.into();
        self.csum.next = 0.into();
        self.csum_inv.next = 0.into();
        self.hdr.next = 0.into();
        if self.enable.val() {
            self.pad.next = (!self.payload_len.val().get_bits::<2>(0)) + 1;
            self.ext_len.next = 0.into();
            if self.has_reth.val() {
                self.ext_len.next = self.ext_len.val() + 16;
            }
            if self.has_aeth.val() {
                self.ext_len.next = self.ext_len.val() + 4;
            }
            if self.has_imm.val() {
                self.ext_len.next = self.ext_len.val() + 4;
            }
            self.hdr_len.next = self.k_base_len.val() + self.ext_len.val().get_bits::<8>(0);
            self.ip_len.next = self.k_ip_overhead.val() + self.ext_len.val() + self.payload_len.val() + bit_cast::<16, 2>(self.pad.val());
            // IPv4 header checksum: one's-complement sum of the 16-bit words, folded twice.
            self.csum.next = self.k_ip_fixed.val()
                + bit_cast::<20, 16>(self.ip_len.val())
                + bit_cast::<20, 16>(self.src_ip.val().get_bits::<16>(16))
                + bit_cast::<20, 16>(self.src_ip.val().get_bits::<16>(0))
                + bit_cast::<20, 16>(self.dst_ip.val().get_bits::<16>(16))
                + bit_cast::<20, 16>(self.dst_ip.val().get_bits::<16>(0));
            self.csum.next = bit_cast::<20, 16>(self.csum.val().get_bits::<16>(0)) + bit_cast::<20, 4>(self.csum.val().get_bits::<4>(16));
            self.csum.next = bit_cast::<20, 16>(self.csum.val().get_bits::<16>(0)) + bit_cast::<20, 4>(self.csum.val().get_bits::<4>(16));
            // Ethernet II
            self.hdr.next = bit_cast::<HDR_BITS, 48>(self.dst_mac.val());
            self.hdr.next = (self.hdr.val() << 48) | bit_cast::<HDR_BITS, 48>(self.src_mac.val());
            self.hdr.next = (self.hdr.val() << 16) | 0x0800;
            // IPv4: version/IHL, DSCP, total length, identification 0, DF, TTL 64, UDP, checksum
            self.hdr.next = (self.hdr.val() << 16) | 0x4500;
            self.hdr.next = (self.hdr.val() << 16) | bit_cast::<HDR_BITS, 16>(self.ip_len.val());
            self.hdr.next = (self.hdr.val() << 32) | 0x4000;
            self.hdr.next = (self.hdr.val() << 16) | 0x4011;
            // Invert at 16 bits first: Verilog would widen before inverting inside a cast.
            self.csum_inv.next = !self.csum.val().get_bits::<16>(0);
            self.hdr.next = (self.hdr.val() << 16) | bit_cast::<HDR_BITS, 16>(self.csum_inv.val());
            self.hdr.next = (self.hdr.val() << 32) | bit_cast::<HDR_BITS, 32>(self.src_ip.val());
            self.hdr.next = (self.hdr.val() << 32) | bit_cast::<HDR_BITS, 32>(self.dst_ip.val());
            // UDP: source port, 4791, length, checksum 0
            self.hdr.next = (self.hdr.val() << 16) | bit_cast::<HDR_BITS, 16>(self.udp_sport.val());
            self.hdr.next = (self.hdr.val() << 16) | 4791;
            self.hdr.next = (self.hdr.val() << 16) | bit_cast::<HDR_BITS, 16>(self.ip_len.val() - 20);
            self.hdr.next = self.hdr.val() << 16;
            // BTH: opcode, SE/M/pad/version, P_Key, reserved, dest QP, AckReq, PSN
            self.hdr.next = (self.hdr.val() << 8) | bit_cast::<HDR_BITS, 8>(self.opcode.val());
            self.hdr.next = (self.hdr.val() << 8) | (bit_cast::<HDR_BITS, 2>(self.pad.val()) << 4);
            self.hdr.next = (self.hdr.val() << 16) | 0xFFFF;
            self.hdr.next = (self.hdr.val() << 32) | bit_cast::<HDR_BITS, 24>(self.dest_qpn.val());
            self.hdr.next = (self.hdr.val() << 1) | bit_cast::<HDR_BITS, 1>(self.ack_req.val().into());
            self.hdr.next = (self.hdr.val() << 31) | bit_cast::<HDR_BITS, 24>(self.psn.val());
            if self.has_reth.val() {
                self.hdr.next = (self.hdr.val() << 64) | bit_cast::<HDR_BITS, 64>(self.reth_va.val());
                self.hdr.next = (self.hdr.val() << 32) | bit_cast::<HDR_BITS, 32>(self.reth_rkey.val());
                self.hdr.next = (self.hdr.val() << 32) | bit_cast::<HDR_BITS, 32>(self.reth_len.val());
            }
            if self.has_aeth.val() {
                self.hdr.next = (self.hdr.val() << 8) | bit_cast::<HDR_BITS, 8>(self.aeth_syndrome.val());
                self.hdr.next = (self.hdr.val() << 24) | bit_cast::<HDR_BITS, 24>(self.aeth_msn.val());
            }
            if self.has_imm.val() {
                self.hdr.next = (self.hdr.val() << 32) | bit_cast::<HDR_BITS, 32>(self.imm.val());
            }
            // Left-align: the first byte goes to the top of the register.
            self.hdr.next = self.hdr.val() << ((self.k_max_len.val() - bit_cast::<10, 8>(self.hdr_len.val())) << 3);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use openrnic_contract::wire::{opcode, RoceFrame};

    fn be_bytes(v: Bits<HDR_BITS>) -> Vec<u8> {
        (0..HDR_BITS / 8).map(|i| v.get_bits::<8>(HDR_BITS - 8 * (i + 1)).to_u8()).collect()
    }

    /// Every header shape the engine sends, against the reference builder (which matches rxe).
    #[test]
    fn headers_match_reference_builder() {
        let cases = [
            (opcode::SEND_ONLY, false, false, false, 1000usize),
            (opcode::SEND_ONLY_IMM, false, false, true, 3),
            (opcode::WRITE_FIRST, true, false, false, 1024),
            (opcode::WRITE_ONLY_IMM, true, false, true, 17),
            (opcode::ACK, false, true, false, 0),
        ];
        for (op, reth, aeth, imm, len) in cases {
            let f = RoceFrame {
                dst_mac: [0x52, 0x54, 0, 0, 0, 2], src_mac: [0x02, 0x4F, 0x52, 0, 0, 1],
                src_ip: [10, 0, 0, 1], dst_ip: [10, 0, 0, 2], ttl: 64, dont_fragment: true,
                udp_src_port: 0xC123, opcode: op, solicited: false, pad: 0, pkey: 0xFFFF,
                dest_qpn: 0x00_0A_BC, ack_req: true, psn: 0x12_3456,
                reth: reth.then_some((0x1122_3344_5566_7788, 0xA1B2_C3D4, 0x1_0000)),
                aeth: aeth.then_some((0x1F, 0x77)), imm: imm.then_some(0xCAFE_F00D),
                payload: vec![0; len], icrc: 0,
            };
            let want = f.emit();
            let mut uut = TxHeader::default();
            uut.connect_all();
        uut.enable.next = true;
            uut.src_mac.next = 0x024F_5200_0001u64.to_bits();
            uut.dst_mac.next = 0x5254_0000_0002u64.to_bits();
            uut.src_ip.next = 0x0A00_0001u64.to_bits();
            uut.dst_ip.next = 0x0A00_0002u64.to_bits();
            uut.udp_sport.next = 0xC123u64.to_bits();
            uut.opcode.next = (op as u64).to_bits();
            uut.dest_qpn.next = 0xABCu64.to_bits();
            uut.ack_req.next = true;
            uut.psn.next = 0x12_3456u64.to_bits();
            uut.has_reth.next = reth;
            uut.reth_va.next = 0x1122_3344_5566_7788u64.to_bits();
            uut.reth_rkey.next = 0xA1B2_C3D4u64.to_bits();
            uut.reth_len.next = 0x1_0000u64.to_bits();
            uut.has_aeth.next = aeth;
            uut.aeth_syndrome.next = 0x1Fu64.to_bits();
            uut.aeth_msn.next = 0x77u64.to_bits();
            uut.has_imm.next = imm;
            uut.imm.next = 0xCAFE_F00Du64.to_bits();
            uut.payload_len.next = (len as u64).to_bits();
            assert!(simulate(&mut uut, 100));
            let n = uut.hdr_len.val().to_u64() as usize;
            let got = be_bytes(uut.hdr.val());
            assert_eq!(&got[..n], &want[..n], "opcode {op:#x}");
            let pad = uut.pad.val().to_u64() as usize;
            assert_eq!(n + len + pad + 4, want.len(), "opcode {op:#x} length");
        }
    }
}
