//! RX header parser: classifies a received frame from its first 80 bytes (kept as a
//! big-endian number, first byte in bits [639:632]) and its length, and extracts the
//! BTH and extension-header fields. Purely combinational; the engine registers what
//! it needs. Field positions come from the contract's wire offsets.

use crate::txhdr::HDR_BITS;
use openrnic_contract::wire;
use rust_hdl::prelude::*;

/// Bit offset (in the big-endian header register) of a field of `bytes` bytes at byte `at`.
fn slot(at: usize, bytes: usize) -> Constant<Bits<10>> {
    Constant::new(((HDR_BITS - 8 * (at + bytes)) as u64).to_bits())
}

#[derive(LogicBlock)]
pub struct RxHeader {
    pub hdr: Signal<In, Bits<HDR_BITS>>,
    /// Frame length in bytes, ICRC included.
    pub frame_len: Signal<In, Bits<16>>,
    pub our_mac: Signal<In, Bits<48>>,
    pub our_ip: Signal<In, Bits<32>>,
    /// Compute only when asked: keeps this wide logic out of every other cycle's evaluation.
    pub enable: Signal<In, bool>,
    /// IPv4/UDP 4791 addressed to our MAC and IP.
    pub is_roce: Signal<Out, bool>,
    /// Inconsistent lengths, bad IP header, truncated, or an opcode we do not handle.
    pub malformed: Signal<Out, bool>,
    pub ack_req: Signal<Out, bool>,
    pub dest_qpn: Signal<Out, Bits<24>>,
    pub psn: Signal<Out, Bits<24>>,
    pub reth_va: Signal<Out, Bits<64>>,
    pub reth_rkey: Signal<Out, Bits<32>>,
    pub reth_len: Signal<Out, Bits<32>>,
    pub aeth_syndrome: Signal<Out, Bits<8>>,
    pub imm: Signal<Out, Bits<32>>,
    pub is_send: Signal<Out, bool>,
    pub is_write: Signal<Out, bool>,
    pub is_ack: Signal<Out, bool>,
    pub has_reth: Signal<Out, bool>,
    pub has_imm: Signal<Out, bool>,
    /// First or only packet of a message.
    pub starts_msg: Signal<Out, bool>,
    /// Last or only packet of a message.
    pub ends_msg: Signal<Out, bool>,
    pub hdr_len: Signal<Out, Bits<8>>,
    pub payload_len: Signal<Out, Bits<16>>,
    ip_total: Signal<Local, Bits<16>>,
    overhead: Signal<Local, Bits<16>>,
    known: Signal<Local, bool>,
    opcode: Signal<Local, Bits<8>>,
    ip_word: Signal<Local, Bits<16>>,
    ip_sum: Signal<Local, Bits<20>>,
    k_ip_last: Constant<Bits<10>>,
    k_dmac: Constant<Bits<10>>,
    k_ethertype: Constant<Bits<10>>,
    k_ver_ihl: Constant<Bits<10>>,
    k_ip_len: Constant<Bits<10>>,
    k_frag: Constant<Bits<10>>,
    k_proto: Constant<Bits<10>>,
    k_dip: Constant<Bits<10>>,
    k_udp_dport: Constant<Bits<10>>,
    k_udp_len: Constant<Bits<10>>,
    k_opcode: Constant<Bits<10>>,
    k_pad: Constant<Bits<10>>,
    k_qpn: Constant<Bits<10>>,
    k_ackreq: Constant<Bits<10>>,
    k_psn: Constant<Bits<10>>,
    k_reth_va: Constant<Bits<10>>,
    k_reth_rkey: Constant<Bits<10>>,
    k_reth_len: Constant<Bits<10>>,
    k_aeth: Constant<Bits<10>>,
    k_imm_plain: Constant<Bits<10>>,
    k_imm_after_reth: Constant<Bits<10>>,
    k_eth_len: Constant<Bits<16>>,
}

impl Default for RxHeader {
    fn default() -> Self {
        let ip = wire::IPV4_OFFSET;
        let udp = wire::UDP_OFFSET;
        let bth = wire::BTH_OFFSET;
        let ext = wire::BTH_END;
        Self {
            hdr: Default::default(),
            enable: Default::default(),
            frame_len: Default::default(),
            our_mac: Default::default(),
            our_ip: Default::default(),
            is_roce: Default::default(),
            malformed: Default::default(),
            opcode: Default::default(),
            ack_req: Default::default(),
            dest_qpn: Default::default(),
            psn: Default::default(),
            reth_va: Default::default(),
            reth_rkey: Default::default(),
            reth_len: Default::default(),
            aeth_syndrome: Default::default(),
            imm: Default::default(),
            is_send: Default::default(),
            is_write: Default::default(),
            is_ack: Default::default(),
            has_reth: Default::default(),
            has_imm: Default::default(),
            starts_msg: Default::default(),
            ends_msg: Default::default(),
            hdr_len: Default::default(),
            payload_len: Default::default(),
            ip_total: Default::default(),
            overhead: Default::default(),
            known: Default::default(),
            ip_word: Default::default(),
            ip_sum: Default::default(),
            k_ip_last: slot(ip + wire::IPV4_LEN - 2, 2),
            k_dmac: slot(0, 6),
            k_ethertype: slot(12, 2),
            k_ver_ihl: slot(ip, 1),
            k_ip_len: slot(ip + 2, 2),
            k_frag: slot(ip + 6, 2),
            k_proto: slot(ip + 9, 1),
            k_dip: slot(ip + 16, 4),
            k_udp_dport: slot(udp + 2, 2),
            k_udp_len: slot(udp + 4, 2),
            k_opcode: slot(bth, 1),
            k_pad: slot(bth + 1, 1),
            k_qpn: slot(bth + 5, 3),
            k_ackreq: slot(bth + 8, 1),
            k_psn: slot(bth + 9, 3),
            k_reth_va: slot(ext, 8),
            k_reth_rkey: slot(ext + 8, 4),
            k_reth_len: slot(ext + 12, 4),
            k_aeth: slot(ext, 1),
            k_imm_plain: slot(ext, 4),
            k_imm_after_reth: slot(ext + wire::RETH_LEN, 4),
            k_eth_len: Constant::new((wire::ETH_LEN as u64).to_bits()),
        }
    }
}

impl Logic for RxHeader {
    #[hdl_gen]
    fn update(&mut self) {
        self.is_send.next = false;
        self.is_write.next = false;
        self.is_ack.next = false;
        self.known.next = false;
        self.has_reth.next = false;
        self.has_imm.next = false;
        self.starts_msg.next = false;
        self.ends_msg.next = false;
        self.ack_req.next = false;
        self.is_roce.next = false;
        self.malformed.next = false;
        self.opcode.next = 0.into();
        self.dest_qpn.next = 0.into();
        self.psn.next = 0.into();
        self.reth_va.next = 0.into();
        self.reth_rkey.next = 0.into();
        self.reth_len.next = 0.into();
        self.aeth_syndrome.next = 0.into();
        self.imm.next = 0.into();
        self.hdr_len.next = 0.into();
        self.overhead.next = 0.into();
        self.payload_len.next = 0.into();
        self.ip_total.next = 0.into();
        self.ip_word.next = 0.into();
        self.ip_sum.next = 0.into();
        if self.enable.val() {
            self.opcode.next = self.hdr.val().get_bits::<8>(self.k_opcode.val().index());
            self.dest_qpn.next = self.hdr.val().get_bits::<24>(self.k_qpn.val().index());
            self.ack_req.next = self.hdr.val().get_bit(self.k_ackreq.val().index() + 7);
            self.psn.next = self.hdr.val().get_bits::<24>(self.k_psn.val().index());
            self.reth_va.next = self.hdr.val().get_bits::<64>(self.k_reth_va.val().index());
            self.reth_rkey.next = self.hdr.val().get_bits::<32>(self.k_reth_rkey.val().index());
            self.reth_len.next = self.hdr.val().get_bits::<32>(self.k_reth_len.val().index());
            self.aeth_syndrome.next = self.hdr.val().get_bits::<8>(self.k_aeth.val().index());
            // Opcode classes (RC only).
            self.is_send.next = self.opcode.val() <= 5;
            self.is_write.next = (self.opcode.val() >= 6) & (self.opcode.val() <= 11);
            self.is_ack.next = self.opcode.val() == 0x11;
            self.known.next = self.is_send.val() | self.is_write.val() | self.is_ack.val();
            self.has_reth.next = (self.opcode.val() == 6) | (self.opcode.val() == 10) | (self.opcode.val() == 11);
            self.has_imm.next = (self.opcode.val() == 3) | (self.opcode.val() == 5) | (self.opcode.val() == 9) | (self.opcode.val() == 11);
            self.starts_msg.next = (self.opcode.val() == 0) | (self.opcode.val() == 4) | (self.opcode.val() == 5)
                | (self.opcode.val() == 6) | (self.opcode.val() == 10) | (self.opcode.val() == 11);
            self.ends_msg.next = (self.opcode.val() == 2) | (self.opcode.val() == 3) | (self.opcode.val() == 4) | (self.opcode.val() == 5)
                | (self.opcode.val() == 8) | (self.opcode.val() == 9) | (self.opcode.val() == 10) | (self.opcode.val() == 11);
            if self.has_reth.val() {
                self.imm.next = self.hdr.val().get_bits::<32>(self.k_imm_after_reth.val().index());
            } else {
                self.imm.next = self.hdr.val().get_bits::<32>(self.k_imm_plain.val().index());
            }
            // Header bytes before the payload, then what the lengths say.
            self.hdr_len.next = 54.into();
            if self.has_reth.val() {
                self.hdr_len.next = self.hdr_len.val() + 16;
            }
            if self.has_imm.val() | self.is_ack.val() {
                self.hdr_len.next = self.hdr_len.val() + 4;
            }
            self.overhead.next = bit_cast::<16, 8>(self.hdr_len.val())
                + bit_cast::<16, 2>(self.hdr.val().get_bits::<2>(self.k_pad.val().index() + 4))
                + 4;
            self.payload_len.next = self.frame_len.val() - self.overhead.val();
            self.ip_total.next = self.hdr.val().get_bits::<16>(self.k_ip_len.val().index());
            self.is_roce.next = (self.hdr.val().get_bits::<16>(self.k_ethertype.val().index()) == 0x0800)
                & (self.hdr.val().get_bits::<8>(self.k_proto.val().index()) == 17)
                & (self.hdr.val().get_bits::<16>(self.k_udp_dport.val().index()) == 4791)
                & (self.hdr.val().get_bits::<48>(self.k_dmac.val().index()) == self.our_mac.val())
                & (self.hdr.val().get_bits::<32>(self.k_dip.val().index()) == self.our_ip.val());
            // IPv4 header checksum: the ICRC leaves TOS, TTL and the checksum out, so check them here.
            self.ip_sum.next = 0.into();
            for i in 0..10 {
                self.ip_word.next = self.hdr.val().get_bits::<16>(self.k_ip_last.val().index() + 16 * i);
                self.ip_sum.next = self.ip_sum.val() + bit_cast::<20, 16>(self.ip_word.val());
            }
            self.ip_sum.next = bit_cast::<20, 16>(self.ip_sum.val().get_bits::<16>(0)) + bit_cast::<20, 4>(self.ip_sum.val().get_bits::<4>(16));
            self.ip_sum.next = bit_cast::<20, 16>(self.ip_sum.val().get_bits::<16>(0)) + bit_cast::<20, 4>(self.ip_sum.val().get_bits::<4>(16));
            self.malformed.next = (self.ip_sum.val() != 0xFFFF)
                | (self.hdr.val().get_bits::<8>(self.k_ver_ihl.val().index()) != 0x45)
                // fragments (MF set or an offset) cannot carry RoCE
                | (self.hdr.val().get_bits::<14>(self.k_frag.val().index()) != 0)
                | ((self.ip_total.val() + self.k_eth_len.val()) != self.frame_len.val())
                | ((self.hdr.val().get_bits::<16>(self.k_udp_len.val().index()) + 20) != self.ip_total.val())
                | (self.frame_len.val() < self.overhead.val())
                | !self.known.val();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use openrnic_contract::wire::{opcode, RoceFrame};

    fn load(uut: &mut RxHeader, frame: &[u8]) {
        let mut hdr = Bits::<HDR_BITS>::default();
        for (i, b) in frame.iter().take(HDR_BITS / 8).enumerate() {
            for bit in 0..8 {
                hdr = hdr.replace_bit(HDR_BITS - 8 * (i + 1) + bit, (b >> bit) & 1 == 1);
            }
        }
        uut.hdr.next = hdr;
        uut.frame_len.next = (frame.len() as u64).to_bits();
        uut.our_mac.next = 0x0200_0000_0002u64.to_bits();
        uut.our_ip.next = 0x0A00_0002u64.to_bits();
        assert!(simulate(uut, 100));
    }

    fn frame(op: u8) -> RoceFrame {
        RoceFrame {
            dst_mac: [2, 0, 0, 0, 0, 2], src_mac: [2, 0, 0, 0, 0, 1], src_ip: [10, 0, 0, 1], dst_ip: [10, 0, 0, 2],
            ttl: 64, dont_fragment: true, udp_src_port: 0xC000, opcode: op, solicited: false, pad: 0, pkey: 0xFFFF,
            dest_qpn: 0x12_3456, ack_req: true, psn: 0xAB_CDEF,
            reth: opcode::has_reth(op).then_some((0x1122_3344_5566_7788, 0x99AA_BBCC, 777)),
            aeth: opcode::has_aeth(op).then_some((0x60, 5)),
            imm: opcode::has_imm(op).then_some(0xFEED_BEEF), payload: if op == opcode::ACK { vec![] } else { vec![7; 13] }, icrc: 0,
        }
    }

    #[test]
    fn parses_every_request_and_ack_shape() {
        let mut uut = RxHeader::default();
        uut.connect_all();
        uut.enable.next = true;
        for op in [opcode::SEND_ONLY, opcode::SEND_LAST_IMM, opcode::WRITE_FIRST, opcode::WRITE_ONLY_IMM, opcode::WRITE_MIDDLE, opcode::ACK] {
            let f = frame(op);
            let bytes = f.emit();
            load(&mut uut, &bytes);
            assert!(uut.is_roce.val() && !uut.malformed.val(), "opcode {op:#x}");
            assert_eq!(uut.dest_qpn.val().to_u64(), 0x12_3456);
            assert_eq!(uut.psn.val().to_u64(), 0xAB_CDEF);
            assert!(uut.ack_req.val());
            assert_eq!(uut.payload_len.val().to_u64(), if op == opcode::ACK { 0 } else { 13 }, "opcode {op:#x}");
            if let Some((va, rkey, len)) = f.reth {
                assert_eq!((uut.reth_va.val().to_u64(), uut.reth_rkey.val().to_u64(), uut.reth_len.val().to_u64()), (va, rkey as u64, len as u64));
            }
            if let Some(imm) = f.imm {
                assert_eq!(uut.imm.val().to_u64(), imm as u64);
            }
            if let Some((syn, _)) = f.aeth {
                assert_eq!(uut.aeth_syndrome.val().to_u64(), syn as u64);
            }
        }
    }

    #[test]
    fn flags_bad_headers() {
        let mut uut = RxHeader::default();
        uut.connect_all();
        uut.enable.next = true;
        let good = frame(opcode::SEND_ONLY).emit();
        let mut bad_csum = good.clone();
        bad_csum[wire::IPV4_OFFSET + 8] ^= 1; // TTL without fixing the checksum
        let mut bad_len = good.clone();
        bad_len[wire::IPV4_OFFSET + 3] ^= 4;
        let mut frag = good.clone();
        frag[wire::IPV4_OFFSET + 6] |= 0x20; // more fragments
        for (what, f) in [("checksum", bad_csum), ("length", bad_len), ("fragment", frag)] {
            load(&mut uut, &f);
            assert!(uut.malformed.val(), "{what} not flagged");
        }
        let mut other = good.clone();
        other[wire::UDP_OFFSET + 3] ^= 1;
        load(&mut uut, &other);
        assert!(!uut.is_roce.val(), "other UDP port taken as RoCE");
    }
}
