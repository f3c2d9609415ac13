//! TX framer: one packet descriptor plus its payload beats in, one Ethernet frame out —
//! Ethernet II / IPv4 / UDP / BTH / [RETH | AETH] [ImmDt] / payload / pad / ICRC —
//! back to back, one chunk of up to 8 bytes per cycle into the [`Packer`].
//!
//! Why this shape:
//! - The descriptor waits in a `next` slot while the frame before it is still going out,
//!   and its IPv4 length and checksum are computed there over three cycles, so no long
//!   adder chain sits on a path and the next frame starts the cycle after the last one's
//!   ICRC chunk.
//! - The header is formed once, at fixed byte positions for its class (RETH at byte 54,
//!   AETH or ImmDt at 54, ImmDt after a RETH at 70), into a shift register that hands out
//!   its top 8 bytes per chunk: no barrel shifter.
//! - The ICRC is computed on the chunks before the packer, with per-chunk constant masks
//!   for the bytes it covers as ones (TOS, TTL, IPv4 checksum, UDP checksum, BTH byte 4)
//!   and the Ethernet header left out; it is appended the cycle after the last payload
//!   chunk.
//! - A payload beat that came back from DMA with an error poisons the frame: its ICRC is
//!   sent uninverted, so every receiver drops it (a MAC cannot abort a frame half sent).
//! - Payload enters through a two-entry skid buffer, so `pl_ready` is a register and
//!   backpressure from the MAC never forms a path through this block.
//!
//! The payload must be dense 64-bit beats, lane 0 first, `ceil(payload_len / 8)` of them;
//! a real MAC also needs them without gaps once the frame has started (the DMA read
//! engine delivers a response only once it is complete, at one beat per cycle).

use crate::bswap::ByteSwap64;
use crate::crc::{icrc_seed, Crc32x64};
use crate::packer::Packer;
use openrnic_contract::wire;
use rust_hdl::prelude::*;

/// The header register: room for the longest header (Eth+IP+UDP+BTH+RETH+ImmDt = 74 B).
pub const HDR_BITS: usize = 640;
/// Bits of the fixed part (Ethernet, IPv4, UDP, BTH: 54 bytes).
const BASE_BITS: usize = wire::BTH_END * 8;
/// Bits after the fixed part in the header register.
const TAIL_BITS: usize = HDR_BITS - BASE_BITS;
/// Bits of the extension headers (RETH + ImmDt at most).
const EXT_BITS: usize = (wire::RETH_LEN + wire::IMM_LEN) * 8;
// update() places the extension headers with literal shifts (208, 48): keep them true.
const _: () = assert!(TAIL_BITS == 208 && TAIL_BITS - EXT_BITS == 48);

#[derive(Copy, Clone, PartialEq, Eq, Debug, LogicState)]
pub enum FramerPhase {
    Idle,
    Header,
    Payload,
    Icrc,
}

#[derive(LogicBlock)]
pub struct TxFramer {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, bool>,
    // Station (configuration, stable while traffic flows)
    pub src_mac: Signal<In, Bits<48>>,
    pub src_ip: Signal<In, Bits<32>>,
    // Packet descriptor stream
    pub d_valid: Signal<In, bool>,
    pub d_ready: Signal<Out, bool>,
    pub d_dst_mac: Signal<In, Bits<48>>,
    pub d_dst_ip: Signal<In, Bits<32>>,
    pub d_udp_sport: Signal<In, Bits<16>>,
    pub d_opcode: Signal<In, Bits<8>>,
    pub d_solicited: Signal<In, bool>,
    pub d_dest_qpn: Signal<In, Bits<24>>,
    pub d_ack_req: Signal<In, bool>,
    pub d_psn: Signal<In, Bits<24>>,
    pub d_has_reth: Signal<In, bool>,
    pub d_reth_va: Signal<In, Bits<64>>,
    pub d_reth_rkey: Signal<In, Bits<32>>,
    pub d_reth_len: Signal<In, Bits<32>>,
    pub d_has_aeth: Signal<In, bool>,
    pub d_aeth_syndrome: Signal<In, Bits<8>>,
    pub d_aeth_msn: Signal<In, Bits<24>>,
    pub d_has_imm: Signal<In, bool>,
    pub d_imm: Signal<In, Bits<32>>,
    /// Payload bytes of this packet (0..=4096), before padding.
    pub d_payload_len: Signal<In, Bits<13>>,
    // Payload beat stream (dense, lane 0 first)
    pub pl_valid: Signal<In, bool>,
    pub pl_ready: Signal<Out, bool>,
    pub pl_data: Signal<In, Bits<64>>,
    pub pl_error: Signal<In, bool>,
    // Frame stream to the MAC
    pub tx_valid: Signal<Out, bool>,
    pub tx_ready: Signal<In, bool>,
    pub tx_data: Signal<Out, Bits<64>>,
    pub tx_keep: Signal<Out, Bits<8>>,
    pub tx_last: Signal<Out, bool>,
    /// One-cycle strobes: a frame's last chunk entered the packer; it was poisoned.
    pub frame_done: Signal<Out, bool>,
    pub frame_poisoned: Signal<Out, bool>,
    /// Nothing held: no descriptor, no frame under way, no payload buffered.
    pub idle: Signal<Out, bool>,

    // ---- next slot: a descriptor being prepared ----
    n_valid: DFF<bool>,
    n_step: DFF<Bits<3>>,
    n_dst_mac: DFF<Bits<48>>,
    n_dst_ip: DFF<Bits<32>>,
    n_udp_sport: DFF<Bits<16>>,
    n_opcode: DFF<Bits<8>>,
    n_solicited: DFF<bool>,
    n_dest_qpn: DFF<Bits<24>>,
    n_ack_req: DFF<bool>,
    n_psn: DFF<Bits<24>>,
    n_has_reth: DFF<bool>,
    n_reth_va: DFF<Bits<64>>,
    n_reth_rkey: DFF<Bits<32>>,
    n_reth_len: DFF<Bits<32>>,
    n_has_aeth: DFF<bool>,
    n_aeth_syndrome: DFF<Bits<8>>,
    n_aeth_msn: DFF<Bits<24>>,
    n_has_imm: DFF<bool>,
    n_imm: DFF<Bits<32>>,
    n_payload_len: DFF<Bits<13>>,
    n_pad: DFF<Bits<2>>,
    n_hdr_len: DFF<Bits<7>>,
    n_ip_len: DFF<Bits<16>>,
    n_sum_a: DFF<Bits<18>>,
    n_sum_b: DFF<Bits<18>>,
    n_csum: DFF<Bits<16>>,
    // ---- current frame ----
    phase: DFF<FramerPhase>,
    hdr: DFF<Bits<HDR_BITS>>,
    hdr_left: DFF<Bits<7>>,
    chunk_idx: DFF<Bits<3>>,
    pl_left: DFF<Bits<13>>,
    pad: DFF<Bits<2>>,
    crc: DFF<Bits<32>>,
    poison: DFF<bool>,
    // ---- payload skid buffer ----
    a_valid: DFF<bool>,
    a_data: DFF<Bits<64>>,
    a_error: DFF<bool>,
    b_valid: DFF<bool>,
    b_data: DFF<Bits<64>>,
    b_error: DFF<bool>,
    // ---- combinational ----
    load: Signal<Local, bool>,
    image: Signal<Local, Bits<HDR_BITS>>,
    ext: Signal<Local, Bits<EXT_BITS>>,
    ch_valid: Signal<Local, bool>,
    ch_data: Signal<Local, Bits<64>>,
    ch_count: Signal<Local, Bits<4>>,
    ch_last: Signal<Local, bool>,
    ch_enable: Signal<Local, Bits<8>>,
    ch_ones: Signal<Local, Bits<64>>,
    fire: Signal<Local, bool>,
    consume: Signal<Local, bool>,
    push: Signal<Local, bool>,
    count_mask: Signal<Local, Bits<8>>,
    data_mask: Signal<Local, Bits<64>>,
    pl_count: Signal<Local, Bits<5>>,
    csum_fold: Signal<Local, Bits<18>>,
    csum_sum: Signal<Local, Bits<16>>,
    crc_inv: Signal<Local, Bits<32>>,
    k_seed: Constant<Bits<32>>,
    k_ip_fixed: Constant<Bits<18>>,
    k_base_len: Constant<Bits<7>>,
    k_ip_overhead: Constant<Bits<16>>,
    k_one: Constant<Bits<64>>,
    swap: ByteSwap64,
    crc32: Crc32x64,
    packer: Packer,
}

impl Default for TxFramer {
    fn default() -> Self {
        // Sum of the IPv4 header's constant 16-bit words: version/IHL/DSCP, flags (DF), TTL/protocol.
        let fixed = 0x4500u64 + 0x4000 + ((64 << 8) | 17);
        Self {
            clock: Default::default(),
            reset: Default::default(),
            src_mac: Default::default(),
            src_ip: Default::default(),
            d_valid: Default::default(),
            d_ready: Default::default(),
            d_dst_mac: Default::default(),
            d_dst_ip: Default::default(),
            d_udp_sport: Default::default(),
            d_opcode: Default::default(),
            d_solicited: Default::default(),
            d_dest_qpn: Default::default(),
            d_ack_req: Default::default(),
            d_psn: Default::default(),
            d_has_reth: Default::default(),
            d_reth_va: Default::default(),
            d_reth_rkey: Default::default(),
            d_reth_len: Default::default(),
            d_has_aeth: Default::default(),
            d_aeth_syndrome: Default::default(),
            d_aeth_msn: Default::default(),
            d_has_imm: Default::default(),
            d_imm: Default::default(),
            d_payload_len: Default::default(),
            pl_valid: Default::default(),
            pl_ready: Default::default(),
            pl_data: Default::default(),
            pl_error: Default::default(),
            tx_valid: Default::default(),
            tx_ready: Default::default(),
            tx_data: Default::default(),
            tx_keep: Default::default(),
            tx_last: Default::default(),
            frame_done: Default::default(),
            frame_poisoned: Default::default(),
            idle: Default::default(),
            n_valid: Default::default(),
            n_step: Default::default(),
            n_dst_mac: Default::default(),
            n_dst_ip: Default::default(),
            n_udp_sport: Default::default(),
            n_opcode: Default::default(),
            n_solicited: Default::default(),
            n_dest_qpn: Default::default(),
            n_ack_req: Default::default(),
            n_psn: Default::default(),
            n_has_reth: Default::default(),
            n_reth_va: Default::default(),
            n_reth_rkey: Default::default(),
            n_reth_len: Default::default(),
            n_has_aeth: Default::default(),
            n_aeth_syndrome: Default::default(),
            n_aeth_msn: Default::default(),
            n_has_imm: Default::default(),
            n_imm: Default::default(),
            n_payload_len: Default::default(),
            n_pad: Default::default(),
            n_hdr_len: Default::default(),
            n_ip_len: Default::default(),
            n_sum_a: Default::default(),
            n_sum_b: Default::default(),
            n_csum: Default::default(),
            phase: Default::default(),
            hdr: Default::default(),
            hdr_left: Default::default(),
            chunk_idx: Default::default(),
            pl_left: Default::default(),
            pad: Default::default(),
            crc: Default::default(),
            poison: Default::default(),
            a_valid: Default::default(),
            a_data: Default::default(),
            a_error: Default::default(),
            b_valid: Default::default(),
            b_data: Default::default(),
            b_error: Default::default(),
            load: Default::default(),
            image: Default::default(),
            ext: Default::default(),
            ch_valid: Default::default(),
            ch_data: Default::default(),
            ch_count: Default::default(),
            ch_last: Default::default(),
            ch_enable: Default::default(),
            ch_ones: Default::default(),
            fire: Default::default(),
            consume: Default::default(),
            push: Default::default(),
            count_mask: Default::default(),
            data_mask: Default::default(),
            pl_count: Default::default(),
            csum_fold: Default::default(),
            csum_sum: Default::default(),
            crc_inv: Default::default(),
            k_seed: Constant::new((icrc_seed() as u64).to_bits()),
            k_ip_fixed: Constant::new(fixed.to_bits()),
            k_base_len: Constant::new((wire::BTH_END as u64).to_bits()),
            k_ip_overhead: Constant::new(((wire::IPV4_LEN + wire::UDP_LEN + wire::BTH_LEN + wire::ICRC_LEN) as u64).to_bits()),
            k_one: Constant::new(1u64.to_bits()),
            swap: Default::default(),
            crc32: Default::default(),
            packer: Default::default(),
        }
    }
}

impl Logic for TxFramer {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, n_valid, n_step, n_dst_mac, n_dst_ip, n_udp_sport, n_opcode, n_solicited,
            n_dest_qpn, n_ack_req, n_psn, n_has_reth, n_reth_va, n_reth_rkey, n_reth_len, n_has_aeth,
            n_aeth_syndrome, n_aeth_msn, n_has_imm, n_imm, n_payload_len, n_pad, n_hdr_len, n_ip_len,
            n_sum_a, n_sum_b, n_csum, phase, hdr, hdr_left, chunk_idx, pl_left, pad, crc, poison,
            a_valid, a_data, a_error, b_valid, b_data, b_error);
        self.packer.clock.next = self.clock.val();
        self.packer.reset.next = self.reset.val();

        // ================= next slot =================
        // Accept a descriptor whenever the slot is free (a register: no path from
        // downstream). Lengths, then the checksum, settle over the following cycles.
        self.d_ready.next = !self.n_valid.q.val();
        if self.d_valid.val() & !self.n_valid.q.val() {
            self.n_valid.d.next = true;
            self.n_step.d.next = 0.into();
            self.n_dst_mac.d.next = self.d_dst_mac.val();
            self.n_dst_ip.d.next = self.d_dst_ip.val();
            self.n_udp_sport.d.next = self.d_udp_sport.val();
            self.n_opcode.d.next = self.d_opcode.val();
            self.n_solicited.d.next = self.d_solicited.val();
            self.n_dest_qpn.d.next = self.d_dest_qpn.val();
            self.n_ack_req.d.next = self.d_ack_req.val();
            self.n_psn.d.next = self.d_psn.val();
            self.n_has_reth.d.next = self.d_has_reth.val();
            self.n_reth_va.d.next = self.d_reth_va.val();
            self.n_reth_rkey.d.next = self.d_reth_rkey.val();
            self.n_reth_len.d.next = self.d_reth_len.val();
            self.n_has_aeth.d.next = self.d_has_aeth.val() & !self.d_has_reth.val();
            self.n_aeth_syndrome.d.next = self.d_aeth_syndrome.val();
            self.n_aeth_msn.d.next = self.d_aeth_msn.val();
            self.n_has_imm.d.next = self.d_has_imm.val();
            self.n_imm.d.next = self.d_imm.val();
            self.n_payload_len.d.next = self.d_payload_len.val();
            self.n_pad.d.next = (!self.d_payload_len.val().get_bits::<2>(0)) + 1;
        }
        if self.n_valid.q.val() & (self.n_step.q.val() != 4) {
            self.n_step.d.next = self.n_step.q.val() + 1;
        }
        // Step 0 -> 1: header and IPv4 lengths.
        if self.n_step.q.val() == 0 {
            self.n_hdr_len.d.next = self.k_base_len.val();
            if self.n_has_reth.q.val() {
                self.n_hdr_len.d.next = self.k_base_len.val() + 16;
                if self.n_has_imm.q.val() {
                    self.n_hdr_len.d.next = self.k_base_len.val() + 20;
                }
            } else if self.n_has_aeth.q.val() | self.n_has_imm.q.val() {
                self.n_hdr_len.d.next = self.k_base_len.val() + 4;
            }
        }
        if self.n_step.q.val() == 1 {
            self.n_ip_len.d.next = bit_cast::<16, 7>(self.n_hdr_len.q.val() - self.k_base_len.val())
                + self.k_ip_overhead.val()
                + bit_cast::<16, 13>(self.n_payload_len.q.val())
                + bit_cast::<16, 2>(self.n_pad.q.val());
        }
        // Step 2 -> 3: two partial sums of the checksum; 3 -> 4: their fold, inverted.
        if self.n_step.q.val() == 2 {
            self.n_sum_a.d.next = self.k_ip_fixed.val()
                + bit_cast::<18, 16>(self.n_ip_len.q.val())
                + bit_cast::<18, 16>(self.src_ip.val().get_bits::<16>(16));
            self.n_sum_b.d.next = bit_cast::<18, 16>(self.src_ip.val().get_bits::<16>(0))
                + bit_cast::<18, 16>(self.n_dst_ip.q.val().get_bits::<16>(16))
                + bit_cast::<18, 16>(self.n_dst_ip.q.val().get_bits::<16>(0));
        }
        self.csum_fold.next = self.n_sum_a.q.val() + self.n_sum_b.q.val();
        self.csum_fold.next = bit_cast::<18, 16>(self.csum_fold.val().get_bits::<16>(0))
            + bit_cast::<18, 2>(self.csum_fold.val().get_bits::<2>(16));
        self.csum_fold.next = bit_cast::<18, 16>(self.csum_fold.val().get_bits::<16>(0))
            + bit_cast::<18, 2>(self.csum_fold.val().get_bits::<2>(16));
        // Invert at 16 bits: Verilog would widen before inverting inside a cast.
        self.csum_sum.next = self.csum_fold.val().get_bits::<16>(0);
        if self.n_step.q.val() == 3 {
            self.n_csum.d.next = !self.csum_sum.val();
        }

        // ================= header image of the next descriptor =================
        self.ext.next = 0.into();
        if self.n_has_reth.q.val() {
            self.ext.next = (bit_cast::<EXT_BITS, 64>(self.n_reth_va.q.val()) << 96)
                | (bit_cast::<EXT_BITS, 32>(self.n_reth_rkey.q.val()) << 64)
                | (bit_cast::<EXT_BITS, 32>(self.n_reth_len.q.val()) << 32);
            if self.n_has_imm.q.val() {
                self.ext.next = self.ext.val() | bit_cast::<EXT_BITS, 32>(self.n_imm.q.val());
            }
        } else if self.n_has_aeth.q.val() {
            self.ext.next = (bit_cast::<EXT_BITS, 8>(self.n_aeth_syndrome.q.val()) << 152)
                | (bit_cast::<EXT_BITS, 24>(self.n_aeth_msn.q.val()) << 128);
            if self.n_has_imm.q.val() {
                self.ext.next = self.ext.val() | (bit_cast::<EXT_BITS, 32>(self.n_imm.q.val()) << 96);
            }
        } else if self.n_has_imm.q.val() {
            self.ext.next = bit_cast::<EXT_BITS, 32>(self.n_imm.q.val()) << 128;
        }
        // Ethernet II
        self.image.next = bit_cast::<HDR_BITS, 48>(self.n_dst_mac.q.val());
        self.image.next = (self.image.val() << 48) | bit_cast::<HDR_BITS, 48>(self.src_mac.val());
        self.image.next = (self.image.val() << 16) | 0x0800;
        // IPv4: version/IHL, DSCP 0, total length, identification 0, DF, TTL 64, UDP, checksum
        self.image.next = (self.image.val() << 16) | 0x4500;
        self.image.next = (self.image.val() << 16) | bit_cast::<HDR_BITS, 16>(self.n_ip_len.q.val());
        self.image.next = (self.image.val() << 32) | 0x4000;
        self.image.next = (self.image.val() << 16) | 0x4011;
        self.image.next = (self.image.val() << 16) | bit_cast::<HDR_BITS, 16>(self.n_csum.q.val());
        self.image.next = (self.image.val() << 32) | bit_cast::<HDR_BITS, 32>(self.src_ip.val());
        self.image.next = (self.image.val() << 32) | bit_cast::<HDR_BITS, 32>(self.n_dst_ip.q.val());
        // UDP: source port, 4791, length, checksum 0
        self.image.next = (self.image.val() << 16) | bit_cast::<HDR_BITS, 16>(self.n_udp_sport.q.val());
        self.image.next = (self.image.val() << 16) | 4791;
        self.image.next = (self.image.val() << 16) | bit_cast::<HDR_BITS, 16>(self.n_ip_len.q.val() - 20);
        self.image.next = self.image.val() << 16;
        // BTH: opcode, SE/M/pad/version, P_Key, reserved, dest QP, AckReq, PSN
        self.image.next = (self.image.val() << 8) | bit_cast::<HDR_BITS, 8>(self.n_opcode.q.val());
        self.image.next = (self.image.val() << 1) | bit_cast::<HDR_BITS, 1>(self.n_solicited.q.val().into());
        self.image.next = (self.image.val() << 7) | (bit_cast::<HDR_BITS, 2>(self.n_pad.q.val()) << 4);
        self.image.next = (self.image.val() << 16) | 0xFFFF;
        self.image.next = (self.image.val() << 32) | bit_cast::<HDR_BITS, 24>(self.n_dest_qpn.q.val());
        self.image.next = (self.image.val() << 1) | bit_cast::<HDR_BITS, 1>(self.n_ack_req.q.val().into());
        self.image.next = (self.image.val() << 31) | bit_cast::<HDR_BITS, 24>(self.n_psn.q.val());
        // The extension headers follow the 54 fixed bytes (208 bits left in the register,
        // 160 of them used): literals, since rust-hdl emits shift amounts as written.
        self.image.next = (self.image.val() << 208) | (bit_cast::<HDR_BITS, EXT_BITS>(self.ext.val()) << 48);

        // ================= payload skid buffer =================
        self.pl_ready.next = !self.b_valid.q.val();
        self.push.next = self.pl_valid.val() & !self.b_valid.q.val();

        // ================= chunk sequencer =================
        self.swap.word_in.next = self.hdr.q.val().get_bits::<64>(576);
        self.ch_valid.next = false;
        self.ch_data.next = 0.into();
        self.ch_count.next = 8.into();
        self.ch_last.next = false;
        self.ch_ones.next = 0.into();
        self.ch_enable.next = 0xFF.into();
        self.pl_count.next = bit_cast::<5, 13>(self.pl_left.q.val()) + bit_cast::<5, 2>(self.pad.q.val());
        if self.pl_left.q.val() >= 8 {
            self.pl_count.next = 8.into();
        }
        match self.phase.q.val() {
            FramerPhase::Idle => {}
            FramerPhase::Header => {
                self.ch_valid.next = true;
                self.ch_data.next = self.swap.word_out.val();
                if self.hdr_left.q.val() < 8 {
                    self.ch_count.next = bit_cast::<4, 7>(self.hdr_left.q.val());
                }
                // Bytes the ICRC leaves out (Ethernet) or covers as ones, by chunk.
                // (frame bytes 0..13 out; 15 TOS, 22 TTL, 24-25 IPv4 checksum, 40-41 UDP
                // checksum, 46 BTH reserved as ones)
                if self.chunk_idx.q.val() == 0 {
                    self.ch_enable.next = 0x00.into();
                }
                if self.chunk_idx.q.val() == 1 {
                    self.ch_enable.next = 0xC0.into();
                    self.ch_ones.next = 0xFF00_0000_0000_0000u64.into();
                }
                if self.chunk_idx.q.val() == 2 {
                    self.ch_ones.next = 0x00FF_0000_0000_0000u64.into();
                }
                if self.chunk_idx.q.val() == 3 {
                    self.ch_ones.next = 0x0000_0000_0000_FFFFu64.into();
                }
                if self.chunk_idx.q.val() == 5 {
                    self.ch_ones.next = 0x00FF_0000_0000_FFFFu64.into();
                }
            }
            FramerPhase::Payload => {
                self.ch_valid.next = self.a_valid.q.val();
                self.ch_data.next = self.a_data.q.val();
                self.ch_count.next = bit_cast::<4, 5>(self.pl_count.val());
            }
            FramerPhase::Icrc => {
                self.ch_valid.next = true;
                self.crc_inv.next = !self.crc.q.val();
                self.ch_data.next = bit_cast::<64, 32>(self.crc_inv.val());
                if self.poison.q.val() {
                    self.ch_data.next = bit_cast::<64, 32>(self.crc.q.val());
                }
                self.ch_count.next = 4.into();
                self.ch_last.next = true;
            }
        }
        // Lanes past the count are zero (pad bytes) and outside the CRC.
        self.count_mask.next = bit_cast::<8, 64>((self.k_one.val() << self.ch_count.val()) - self.k_one.val());
        if self.ch_count.val() >= 8 {
            self.count_mask.next = 0xFF.into();
        }
        self.data_mask.next = 0.into();
        for i in 0..64 {
            self.data_mask.next = self.data_mask.val().replace_bit(i, self.count_mask.val().get_bit(i >> 3));
        }
        self.packer.in_valid.next = self.ch_valid.val();
        self.packer.in_data.next = self.ch_data.val() & self.data_mask.val();
        self.packer.in_count.next = self.ch_count.val();
        self.packer.in_last.next = self.ch_last.val();
        self.fire.next = self.ch_valid.val() & self.packer.in_ready.val();
        self.crc32.crc_in.next = self.crc.q.val();
        self.crc32.data.next = (self.ch_data.val() & self.data_mask.val()) | self.ch_ones.val();
        self.crc32.enable.next = self.ch_enable.val() & self.count_mask.val();

        self.load.next = false;
        self.consume.next = false;
        self.frame_done.next = false;
        self.frame_poisoned.next = false;
        if self.fire.val() {
            self.crc.d.next = self.crc32.crc_out.val();
            match self.phase.q.val() {
                FramerPhase::Header => {
                    self.hdr.d.next = self.hdr.q.val() << 64;
                    self.hdr_left.d.next = self.hdr_left.q.val() - bit_cast::<7, 4>(self.ch_count.val());
                    if self.chunk_idx.q.val() != 7 {
                        self.chunk_idx.d.next = self.chunk_idx.q.val() + 1;
                    }
                    if self.hdr_left.q.val() <= 8 {
                        if self.pl_left.q.val().any() {
                            self.phase.d.next = FramerPhase::Payload;
                        } else {
                            self.phase.d.next = FramerPhase::Icrc;
                        }
                    }
                }
                FramerPhase::Payload => {
                    self.consume.next = true;
                    self.poison.d.next = self.poison.q.val() | self.a_error.q.val();
                    if self.pl_left.q.val() <= 8 {
                        self.pl_left.d.next = 0.into();
                        self.phase.d.next = FramerPhase::Icrc;
                    } else {
                        self.pl_left.d.next = self.pl_left.q.val() - 8;
                    }
                }
                FramerPhase::Icrc => {
                    self.frame_done.next = true;
                    self.frame_poisoned.next = self.poison.q.val();
                    self.phase.d.next = FramerPhase::Idle;
                    self.load.next = true;
                }
                FramerPhase::Idle => {}
            }
        }
        if self.phase.q.val() == FramerPhase::Idle {
            self.load.next = true;
        }
        // The next descriptor becomes the current frame once its checksum is in.
        if self.load.val() & self.n_valid.q.val() & (self.n_step.q.val() == 4) {
            self.n_valid.d.next = false;
            self.hdr.d.next = self.image.val();
            self.hdr_left.d.next = self.n_hdr_len.q.val();
            self.chunk_idx.d.next = 0.into();
            self.pl_left.d.next = self.n_payload_len.q.val();
            self.pad.d.next = self.n_pad.q.val();
            self.crc.d.next = self.k_seed.val();
            self.poison.d.next = false;
            self.phase.d.next = FramerPhase::Header;
        }

        // Skid buffer moves: the front entry leaves on consume; the back one moves up.
        if self.consume.val() {
            if self.b_valid.q.val() {
                self.a_data.d.next = self.b_data.q.val();
                self.a_error.d.next = self.b_error.q.val();
                self.b_valid.d.next = false;
                if self.push.val() {
                    self.b_valid.d.next = true;
                    self.b_data.d.next = self.pl_data.val();
                    self.b_error.d.next = self.pl_error.val();
                }
            } else if self.push.val() {
                self.a_data.d.next = self.pl_data.val();
                self.a_error.d.next = self.pl_error.val();
            } else {
                self.a_valid.d.next = false;
            }
        } else if self.push.val() {
            if self.a_valid.q.val() {
                self.b_valid.d.next = true;
                self.b_data.d.next = self.pl_data.val();
                self.b_error.d.next = self.pl_error.val();
            } else {
                self.a_valid.d.next = true;
                self.a_data.d.next = self.pl_data.val();
                self.a_error.d.next = self.pl_error.val();
            }
        }

        // ================= MAC side =================
        self.tx_valid.next = self.packer.out_valid.val();
        self.tx_data.next = self.packer.out_data.val();
        self.tx_keep.next = self.packer.out_keep.val();
        self.tx_last.next = self.packer.out_last.val();
        self.packer.out_ready.next = self.tx_ready.val();
        self.idle.next = !self.n_valid.q.val() & (self.phase.q.val() == FramerPhase::Idle) & !self.a_valid.q.val()
            & !self.packer.out_valid.val();

        if self.reset.val() {
            self.n_valid.d.next = false;
            self.phase.d.next = FramerPhase::Idle;
            self.a_valid.d.next = false;
            self.b_valid.d.next = false;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clocked;
    use crate::testbench::{Clocked, Stalls};
    use openrnic_contract::wire::{opcode, RoceFrame};
    use std::collections::VecDeque;

    clocked!(TxFramer);

    const SRC_MAC: [u8; 6] = [0x02, 0x4F, 0x52, 0, 0, 1];
    const SRC_IP: [u8; 4] = [10, 0, 0, 1];

    fn mac_u64(m: [u8; 6]) -> u64 {
        m.iter().fold(0, |a, &b| a << 8 | b as u64)
    }

    /// A random packet of one of the shapes the engine sends.
    fn random_frame(r: &mut Stalls, max_len: usize) -> RoceFrame {
        let shapes = [
            opcode::SEND_ONLY, opcode::SEND_ONLY_IMM, opcode::SEND_MIDDLE, opcode::SEND_LAST_IMM,
            opcode::WRITE_FIRST, opcode::WRITE_ONLY_IMM, opcode::WRITE_MIDDLE, opcode::ACK,
            opcode::READ_RESP_ONLY, opcode::READ_RESP_MIDDLE, opcode::READ_REQUEST,
        ];
        let op = shapes[(r.next_u64() % shapes.len() as u64) as usize];
        let len = match op {
            opcode::ACK | opcode::READ_REQUEST => 0,
            _ => match r.next_u64() % 4 {
                0 => (r.next_u64() % 9) as usize,
                1 => max_len,
                _ => (r.next_u64() % (max_len as u64 + 1)) as usize,
            },
        };
        let v = r.next_u64();
        RoceFrame {
            dst_mac: [0x52, 0x54, 0, (v >> 8) as u8, (v >> 16) as u8, 2],
            src_mac: SRC_MAC,
            src_ip: SRC_IP,
            dst_ip: [10, (v >> 24) as u8, (v >> 32) as u8, 2],
            ttl: 64,
            dont_fragment: true,
            udp_src_port: 0xC000 | (v >> 40) as u16 & 0x3FFF,
            opcode: op,
            solicited: v >> 60 & 1 == 1,
            pad: ((4 - len % 4) % 4) as u8,
            pkey: 0xFFFF,
            dest_qpn: (r.next_u64() & 0xFF_FFFF) as u32,
            ack_req: v >> 61 & 1 == 1,
            psn: (r.next_u64() & 0xFF_FFFF) as u32,
            reth: opcode::has_reth(op).then(|| (r.next_u64(), r.next_u64() as u32, r.next_u64() as u32)),
            aeth: opcode::has_aeth(op).then(|| (r.next_u64() as u8, (r.next_u64() & 0xFF_FFFF) as u32)),
            imm: opcode::has_imm(op).then(|| r.next_u64() as u32),
            payload: (0..len).map(|_| r.next_u64() as u8).collect(),
            icrc: 0,
        }
    }

    fn drive_descriptor(uut: &mut TxFramer, f: &RoceFrame) {
        uut.d_dst_mac.next = mac_u64(f.dst_mac).to_bits();
        uut.d_dst_ip.next = (u32::from_be_bytes(f.dst_ip) as u64).to_bits();
        uut.d_udp_sport.next = (f.udp_src_port as u64).to_bits();
        uut.d_opcode.next = (f.opcode as u64).to_bits();
        uut.d_solicited.next = f.solicited;
        uut.d_dest_qpn.next = (f.dest_qpn as u64).to_bits();
        uut.d_ack_req.next = f.ack_req;
        uut.d_psn.next = (f.psn as u64).to_bits();
        let (va, rkey, rlen) = f.reth.unwrap_or((0, 0, 0));
        uut.d_has_reth.next = f.reth.is_some();
        uut.d_reth_va.next = va.to_bits();
        uut.d_reth_rkey.next = (rkey as u64).to_bits();
        uut.d_reth_len.next = (rlen as u64).to_bits();
        let (syn, msn) = f.aeth.unwrap_or((0, 0));
        uut.d_has_aeth.next = f.aeth.is_some();
        uut.d_aeth_syndrome.next = (syn as u64).to_bits();
        uut.d_aeth_msn.next = (msn as u64).to_bits();
        uut.d_has_imm.next = f.imm.is_some();
        uut.d_imm.next = (f.imm.unwrap_or(0) as u64).to_bits();
        uut.d_payload_len.next = (f.payload.len() as u64).to_bits();
    }

    struct Run {
        frames: Vec<Vec<u8>>,
        cycles: u64,
        /// Cycles with no beat on the MAC port between the first and the last beat.
        gaps: u64,
    }

    /// Sends `frames` (those in `poison` with an errored payload beat) with the given
    /// stall patterns on the descriptor, payload and MAC ports.
    fn run(frames: &[RoceFrame], poison: &[usize], mut d_go: Stalls, mut p_go: Stalls, mut t_go: Stalls) -> Run {
        let mut uut = TxFramer::default();
        uut.connect_all();
        uut.src_mac.next = mac_u64(SRC_MAC).to_bits();
        uut.src_ip.next = (u32::from_be_bytes(SRC_IP) as u64).to_bits();
        uut.reset.next = true;
        uut.half_low();
        uut.half_high();
        uut.reset.next = false;
        // Payload beats of every frame, in order, with the error flag on the poisoned ones.
        let mut beats: VecDeque<(u64, bool)> = VecDeque::new();
        for (i, f) in frames.iter().enumerate() {
            for (k, c) in f.payload.chunks(8).enumerate() {
                let mut w = [0u8; 8];
                w[..c.len()].copy_from_slice(c);
                beats.push_back((u64::from_le_bytes(w), poison.contains(&i) && k == 0));
            }
        }
        let (mut next_desc, mut out, mut cur) = (0, Vec::new(), Vec::new());
        let (mut cycles, mut gaps, mut started, mut pending_gap) = (0u64, 0u64, false, 0u64);
        while out.len() < frames.len() {
            cycles += 1;
            assert!(cycles < 200_000, "framer stalled after {} of {} frames", out.len(), frames.len());
            let dv = next_desc < frames.len() && d_go.go();
            uut.d_valid.next = dv;
            if dv {
                drive_descriptor(&mut uut, &frames[next_desc]);
            }
            let pv = !beats.is_empty() && p_go.go();
            uut.pl_valid.next = pv;
            if let Some(&(d, e)) = beats.front() {
                uut.pl_data.next = d.to_bits();
                uut.pl_error.next = e;
            }
            uut.tx_ready.next = t_go.go();
            uut.half_low();
            if dv && uut.d_ready.val() {
                next_desc += 1;
            }
            if pv && uut.pl_ready.val() {
                beats.pop_front();
            }
            if uut.tx_valid.val() && uut.tx_ready.val() {
                let keep = uut.tx_keep.val().to_u8();
                assert!(keep != 0 && (keep & keep.wrapping_add(1)) == 0, "keep {keep:#x} not contiguous from lane 0");
                assert!(keep == 0xFF || uut.tx_last.val(), "a partial beat before the last");
                let d = uut.tx_data.val().to_u64().to_le_bytes();
                cur.extend_from_slice(&d[..keep.count_ones() as usize]);
                if uut.tx_last.val() {
                    out.push(std::mem::take(&mut cur));
                }
                gaps += pending_gap;
                pending_gap = 0;
                started = true;
            } else if started {
                pending_gap += 1;
            }
            uut.half_high();
        }
        assert!(beats.is_empty(), "payload beats left over");
        Run { frames: out, cycles, gaps }
    }

    fn check(frames: &[RoceFrame], poison: &[usize], got: &[Vec<u8>]) {
        assert_eq!(got.len(), frames.len());
        for (i, (f, g)) in frames.iter().zip(got).enumerate() {
            let want = f.emit();
            let parsed = RoceFrame::parse(g);
            if poison.contains(&i) {
                assert!(parsed.is_err(), "frame {i}: a poisoned frame must fail its ICRC");
                assert_eq!(&g[..g.len() - 4], &want[..want.len() - 4], "frame {i} (opcode {:#x})", f.opcode);
            } else {
                assert!(parsed.is_ok(), "frame {i} (opcode {:#x}, {} B): {:?}", f.opcode, f.payload.len(), parsed);
                assert_eq!(g, &want, "frame {i} (opcode {:#x}, {} B)", f.opcode, f.payload.len());
            }
        }
    }

    /// Every header shape, payloads of 0..=300 bytes at every alignment, random stalls on
    /// all three ports, some payloads errored: each frame equals the reference emitter's
    /// byte for byte (headers, checksum, pad, ICRC), poisoned ones fail their ICRC.
    #[test]
    fn frames_match_reference_under_stalls() {
        for seed in 1..=3u64 {
            let mut r = Stalls::new(seed * 77, 50);
            let frames: Vec<RoceFrame> = (0..40).map(|_| random_frame(&mut r, 300)).collect();
            let poison: Vec<usize> = (0..frames.len()).filter(|&i| !frames[i].payload.is_empty() && i % 7 == 3).collect();
            let got = run(&frames, &poison, Stalls::new(seed, 60), Stalls::new(seed + 10, 70), Stalls::new(seed + 20, 65));
            check(&frames, &poison, &got.frames);
        }
    }

    /// With no stalls the MAC port never idles inside or between frames beyond one
    /// cycle per frame: the figure behind the line-rate target (a 10 Gb/s wire also
    /// spends 24 B of preamble, FCS and gap, three beats, on every frame).
    #[test]
    fn back_to_back_frames_at_line_rate() {
        for (len, op) in [(64usize, opcode::WRITE_ONLY), (4096, opcode::WRITE_MIDDLE), (0, opcode::ACK)] {
            let mut r = Stalls::new(5, 50);
            let frames: Vec<RoceFrame> = (0..24)
                .map(|_| {
                    let mut f = random_frame(&mut r, len);
                    f.opcode = op;
                    f.reth = opcode::has_reth(op).then_some((0x1000, 0x77, len as u32));
                    f.aeth = opcode::has_aeth(op).then_some((0x1F, 5));
                    f.imm = None;
                    f.payload.resize(len, 0xA5);
                    f.pad = ((4 - len % 4) % 4) as u8;
                    f
                })
                .collect();
            let got = run(&frames, &[], Stalls::never(), Stalls::never(), Stalls::never());
            check(&frames, &[], &got.frames);
            let bytes: usize = got.frames.iter().map(Vec::len).sum();
            let beats: u64 = got.frames.iter().map(|f| f.len().div_ceil(8) as u64).sum();
            let n = frames.len() as u64;
            println!(
                "{:>5} B {:<18} {:.2} cycles/frame, {} beats/frame, {:.2} idle beats/frame between frames, wire needs {:.2} cycles/frame",
                len, opcode::name(op), got.cycles as f64 / n as f64, beats / n, got.gaps as f64 / n as f64,
                (bytes / frames.len() + 24) as f64 / 8.0
            );
            assert!(got.gaps <= n, "{} idle beats over {} frames", got.gaps, n);
            let wire = (bytes / frames.len() + 24) as f64 / 8.0;
            assert!((got.cycles as f64 / n as f64) < wire, "the framer is slower than the wire");
        }
    }
}
