//! RX parser: takes the frames the [`RxBuffer`](super::rx_buffer::RxBuffer) released
//! (RoCEv2, addressed to us, ICRC good), checks the rest of what makes a frame well
//! formed, and hands on one packet descriptor (every BTH and extension-header field)
//! followed, when the consumer wants it, by the payload realigned to lane 0.
//!
//! Why this shape:
//! - The header (at most 82 bytes: BTH + AtomicETH) is collected into a register slot by
//!   slot as its first 11 beats pass; every field is then a fixed slice of it.
//! - Every beat of the frame also goes into a [`BeatFifo`], so the payload waits there
//!   while the header is checked; the consumer sees a descriptor before any payload.
//! - The checks take two registered stages (the IPv4 checksum is summed in two halves),
//!   and the consumer answers each descriptor with `p_discard`: a packet the responder
//!   refuses (duplicate, bad key) never has its payload streamed.
//!
//! Malformed (dropped, `cnt_malformed`): IPv4 options or fragments, a wrong IPv4
//! checksum, IPv4 or UDP length not matching the frame, BTH version not 0, an opcode
//! that is not RC or not known, a frame too short for its headers, payload on an opcode
//! that carries none. A P_Key outside the default partition is dropped as `cnt_bad_pkey`
//! (rxe's table holds only 0xFFFF).

use super::beat_fifo::BeatFifo;
use crate::bswap::ByteSwap64;
use openrnic_contract::wire::opcode;

/// The opcode literals update() compares against.
const OPCODES: [(u8, u8); 11] = [
    (opcode::SEND_LAST_IMM, 0x03), (opcode::SEND_ONLY_IMM, 0x05), (opcode::WRITE_FIRST, 0x06),
    (opcode::WRITE_LAST_IMM, 0x09), (opcode::WRITE_ONLY, 0x0A), (opcode::WRITE_ONLY_IMM, 0x0B),
    (opcode::READ_REQUEST, 0x0C), (opcode::READ_RESP_FIRST, 0x0D), (opcode::READ_RESP_LAST, 0x0F),
    (opcode::READ_RESP_ONLY, 0x10), (opcode::ACK, 0x11),
];
const _: () = {
    let mut i = 0;
    while i < OPCODES.len() {
        assert!(OPCODES[i].0 == OPCODES[i].1);
        i += 1;
    }
};
use rust_hdl::prelude::*;

/// Header register: 11 beats, room for the longest header (54 + AtomicETH 28 = 82 B).
pub const RXHDR_BITS: usize = 704;

#[derive(Copy, Clone, PartialEq, Eq, Debug, LogicState)]
pub enum ParsePhase {
    Collect,
    Check1,
    Check2,
    Hold,
    Rest,
}

#[derive(LogicBlock)]
pub struct RxParser {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, bool>,
    // Frames in (from the RX buffer)
    pub f_valid: Signal<In, bool>,
    pub f_ready: Signal<Out, bool>,
    pub f_data: Signal<In, Bits<64>>,
    pub f_keep: Signal<In, Bits<8>>,
    pub f_last: Signal<In, bool>,
    pub f_len: Signal<In, Bits<14>>,
    // Packet descriptors out
    pub p_valid: Signal<Out, bool>,
    pub p_ready: Signal<In, bool>,
    /// With `p_ready`: drop this packet's payload instead of streaming it.
    pub p_discard: Signal<In, bool>,
    pub p_opcode: Signal<Out, Bits<8>>,
    pub p_solicited: Signal<Out, bool>,
    pub p_dest_qpn: Signal<Out, Bits<24>>,
    pub p_ack_req: Signal<Out, bool>,
    pub p_psn: Signal<Out, Bits<24>>,
    pub p_src_ip: Signal<Out, Bits<32>>,
    pub p_udp_sport: Signal<Out, Bits<16>>,
    pub p_has_reth: Signal<Out, bool>,
    pub p_has_aeth: Signal<Out, bool>,
    pub p_has_imm: Signal<Out, bool>,
    pub p_has_atomic: Signal<Out, bool>,
    pub p_has_atomic_ack: Signal<Out, bool>,
    /// RETH or AtomicETH: virtual address, R_Key; RETH: DMA length.
    pub p_va: Signal<Out, Bits<64>>,
    pub p_rkey: Signal<Out, Bits<32>>,
    pub p_dma_len: Signal<Out, Bits<32>>,
    pub p_aeth_syndrome: Signal<Out, Bits<8>>,
    pub p_aeth_msn: Signal<Out, Bits<24>>,
    pub p_imm: Signal<Out, Bits<32>>,
    /// AtomicETH: swap (or add) and compare data. AtomicAckETH: original data in `p_swap`.
    pub p_swap: Signal<Out, Bits<64>>,
    pub p_compare: Signal<Out, Bits<64>>,
    pub p_payload_len: Signal<Out, Bits<14>>,
    // Payload out (dense, lane 0 first)
    pub pl_valid: Signal<Out, bool>,
    pub pl_ready: Signal<In, bool>,
    pub pl_data: Signal<Out, Bits<64>>,
    pub pl_keep: Signal<Out, Bits<8>>,
    pub pl_last: Signal<Out, bool>,
    pub cnt_malformed: Signal<Out, bool>,
    pub cnt_bad_pkey: Signal<Out, bool>,
    pub idle: Signal<Out, bool>,

    fifo: BeatFifo,
    swap: ByteSwap64,
    phase: DFF<ParsePhase>,
    hdr: DFF<Bits<RXHDR_BITS>>,
    idx: DFF<Bits<4>>,
    ended: DFF<bool>,
    len: DFF<Bits<14>>,
    // check stage 1 results
    hdr_len: DFF<Bits<7>>,
    known: DFF<bool>,
    may_carry: DFF<bool>,
    sum_a: DFF<Bits<19>>,
    sum_b: DFF<Bits<19>>,
    fixed_ok: DFF<bool>,
    // check stage 2 results
    payload_len: DFF<Bits<14>>,
    bad: DFF<bool>,
    bad_pkey: DFF<bool>,
    // payload stage (one command: the frame whose beats are leaving the FIFO)
    cmd_valid: DFF<bool>,
    c_emit: DFF<bool>,
    c_k0: DFF<Bits<4>>,
    c_off: DFF<Bits<3>>,
    c_left: DFF<Bits<14>>,
    o_idx: DFF<Bits<4>>,
    prev: DFF<Bits<64>>,
    // combinational
    take: Signal<Local, bool>,
    op: Signal<Local, Bits<8>>,
    cls_reth: Signal<Local, bool>,
    cls_aeth: Signal<Local, bool>,
    cls_imm: Signal<Local, bool>,
    cls_atomic: Signal<Local, bool>,
    cls_atomic_ack: Signal<Local, bool>,
    ext: Signal<Local, Bits<7>>,
    pad: Signal<Local, Bits<2>>,
    need: Signal<Local, Bits<14>>,
    sum: Signal<Local, Bits<19>>,
    fold: Signal<Local, Bits<19>>,
    fold16: Signal<Local, Bits<16>>,
    post: Signal<Local, bool>,
    want: Signal<Local, bool>,
    pop: Signal<Local, bool>,
    shifted: Signal<Local, Bits<64>>,
    left_mask: Signal<Local, Bits<8>>,
    slot: Signal<Local, Bits<RXHDR_BITS>>,
    ip_want: Signal<Local, Bits<16>>,
    udp_want: Signal<Local, Bits<16>>,
    k_one: Constant<Bits<8>>,
}

impl Default for RxParser {
    fn default() -> Self {
        Self {
            clock: Default::default(),
            reset: Default::default(),
            f_valid: Default::default(),
            f_ready: Default::default(),
            f_data: Default::default(),
            f_keep: Default::default(),
            f_last: Default::default(),
            f_len: Default::default(),
            p_valid: Default::default(),
            p_ready: Default::default(),
            p_discard: Default::default(),
            p_opcode: Default::default(),
            p_solicited: Default::default(),
            p_dest_qpn: Default::default(),
            p_ack_req: Default::default(),
            p_psn: Default::default(),
            p_src_ip: Default::default(),
            p_udp_sport: Default::default(),
            p_has_reth: Default::default(),
            p_has_aeth: Default::default(),
            p_has_imm: Default::default(),
            p_has_atomic: Default::default(),
            p_has_atomic_ack: Default::default(),
            p_va: Default::default(),
            p_rkey: Default::default(),
            p_dma_len: Default::default(),
            p_aeth_syndrome: Default::default(),
            p_aeth_msn: Default::default(),
            p_imm: Default::default(),
            p_swap: Default::default(),
            p_compare: Default::default(),
            p_payload_len: Default::default(),
            pl_valid: Default::default(),
            pl_ready: Default::default(),
            pl_data: Default::default(),
            pl_keep: Default::default(),
            pl_last: Default::default(),
            cnt_malformed: Default::default(),
            cnt_bad_pkey: Default::default(),
            idle: Default::default(),
            fifo: Default::default(),
            swap: Default::default(),
            phase: Default::default(),
            hdr: Default::default(),
            idx: Default::default(),
            ended: Default::default(),
            len: Default::default(),
            hdr_len: Default::default(),
            known: Default::default(),
            may_carry: Default::default(),
            sum_a: Default::default(),
            sum_b: Default::default(),
            fixed_ok: Default::default(),
            payload_len: Default::default(),
            bad: Default::default(),
            bad_pkey: Default::default(),
            cmd_valid: Default::default(),
            c_emit: Default::default(),
            c_k0: Default::default(),
            c_off: Default::default(),
            c_left: Default::default(),
            o_idx: Default::default(),
            prev: Default::default(),
            take: Default::default(),
            op: Default::default(),
            cls_reth: Default::default(),
            cls_aeth: Default::default(),
            cls_imm: Default::default(),
            cls_atomic: Default::default(),
            cls_atomic_ack: Default::default(),
            ext: Default::default(),
            pad: Default::default(),
            need: Default::default(),
            sum: Default::default(),
            fold: Default::default(),
            fold16: Default::default(),
            post: Default::default(),
            want: Default::default(),
            pop: Default::default(),
            shifted: Default::default(),
            left_mask: Default::default(),
            slot: Default::default(),
            ip_want: Default::default(),
            udp_want: Default::default(),
            k_one: Constant::new(1u64.to_bits()),
        }
    }
}

impl Logic for RxParser {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, phase, hdr, idx, ended, len, hdr_len, known, may_carry, sum_a, sum_b, fixed_ok,
            payload_len, bad, bad_pkey, cmd_valid, c_emit, c_k0, c_off, c_left, o_idx, prev);
        self.fifo.clock.next = self.clock.val();
        self.fifo.reset.next = self.reset.val();

        // ================= header collection =================
        // Beats of the current frame flow into the FIFO until its last; the next frame
        // waits until this one's descriptor has been handed on (the header register is
        // then free again).
        self.take.next = self.f_valid.val() & self.fifo.in_ready.val()
            & ((self.phase.q.val() == ParsePhase::Collect) | !self.ended.q.val());
        self.f_ready.next = self.fifo.in_ready.val()
            & ((self.phase.q.val() == ParsePhase::Collect) | !self.ended.q.val());
        self.fifo.in_valid.next = self.take.val();
        self.fifo.in_data.next = self.f_data.val();
        self.fifo.in_keep.next = self.f_keep.val();
        self.fifo.in_last.next = self.f_last.val();
        self.swap.word_in.next = self.f_data.val();
        self.slot.next = bit_cast::<RXHDR_BITS, 64>(self.swap.word_out.val());
        if self.take.val() {
            if self.phase.q.val() == ParsePhase::Collect {
                // Beat i goes to slot i (bits 703-64i down); beat 0 zeroes the others.
                if self.idx.q.val() == 1 {
                    self.hdr.d.next = self.hdr.q.val() | (self.slot.val() << 576);
                }
                if self.idx.q.val() == 2 {
                    self.hdr.d.next = self.hdr.q.val() | (self.slot.val() << 512);
                }
                if self.idx.q.val() == 3 {
                    self.hdr.d.next = self.hdr.q.val() | (self.slot.val() << 448);
                }
                if self.idx.q.val() == 4 {
                    self.hdr.d.next = self.hdr.q.val() | (self.slot.val() << 384);
                }
                if self.idx.q.val() == 5 {
                    self.hdr.d.next = self.hdr.q.val() | (self.slot.val() << 320);
                }
                if self.idx.q.val() == 6 {
                    self.hdr.d.next = self.hdr.q.val() | (self.slot.val() << 256);
                }
                if self.idx.q.val() == 7 {
                    self.hdr.d.next = self.hdr.q.val() | (self.slot.val() << 192);
                }
                if self.idx.q.val() == 8 {
                    self.hdr.d.next = self.hdr.q.val() | (self.slot.val() << 128);
                }
                if self.idx.q.val() == 9 {
                    self.hdr.d.next = self.hdr.q.val() | (self.slot.val() << 64);
                }
                if self.idx.q.val() == 10 {
                    self.hdr.d.next = self.hdr.q.val() | (self.slot.val() << 0);
                }
                if self.idx.q.val() == 0 {
                    // A new frame: slots past its end stay zero.
                    self.hdr.d.next = bit_cast::<RXHDR_BITS, 64>(self.swap.word_out.val()) << 640;
                    self.len.d.next = self.f_len.val();
                }
                self.idx.d.next = self.idx.q.val() + 1;
                if self.f_last.val() | (self.idx.q.val() == 10) {
                    self.phase.d.next = ParsePhase::Check1;
                }
            }
            self.ended.d.next = self.f_last.val();
        }

        // ================= check stage 1: class, lengths, checksum halves =================
        self.op.next = self.hdr.q.val().get_bits::<8>(704 - 8 * 43);
        // (opcodes as literals: rust-hdl would emit a const path by name; `OPCODES` below
        // checks them against the contract)
        // RETH: WRITE_FIRST, WRITE_ONLY, WRITE_ONLY_IMM, READ_REQUEST
        self.cls_reth.next = (self.op.val() == 0x06) | (self.op.val() == 0x0A) | (self.op.val() == 0x0B) | (self.op.val() == 0x0C);
        // AETH: READ_RESP_FIRST, _LAST, _ONLY, ACK, ATOMIC_ACK
        self.cls_aeth.next = (self.op.val() == 0x0D) | (self.op.val() == 0x0F) | (self.op.val() == 0x10)
            | (self.op.val() == 0x11) | (self.op.val() == 0x12);
        // ImmDt: SEND_LAST_IMM, SEND_ONLY_IMM, WRITE_LAST_IMM, WRITE_ONLY_IMM
        self.cls_imm.next = (self.op.val() == 0x03) | (self.op.val() == 0x05) | (self.op.val() == 0x09) | (self.op.val() == 0x0B);
        // AtomicETH: COMPARE_SWAP, FETCH_ADD
        self.cls_atomic.next = (self.op.val() == 0x13) | (self.op.val() == 0x14);
        self.cls_atomic_ack.next = self.op.val() == 0x12;
        self.ext.next = 0.into();
        if self.cls_reth.val() {
            self.ext.next = 16.into();
        }
        if self.cls_aeth.val() {
            self.ext.next = 4.into();
        }
        if self.cls_atomic.val() {
            self.ext.next = 28.into();
        }
        if self.cls_atomic_ack.val() {
            self.ext.next = 12.into();
        }
        if self.cls_imm.val() {
            self.ext.next = self.ext.val() + 4;
        }
        // IPv4 header checksum over its ten 16-bit words, in two halves.
        // (bytes 14..33; word w at bit 704 - 8 * (16 + 2w))
        self.sum.next = 0.into();
        self.sum.next = self.sum.val() + bit_cast::<19, 16>(self.hdr.q.val().get_bits::<16>(576));
        self.sum.next = self.sum.val() + bit_cast::<19, 16>(self.hdr.q.val().get_bits::<16>(560));
        self.sum.next = self.sum.val() + bit_cast::<19, 16>(self.hdr.q.val().get_bits::<16>(544));
        self.sum.next = self.sum.val() + bit_cast::<19, 16>(self.hdr.q.val().get_bits::<16>(528));
        self.sum.next = self.sum.val() + bit_cast::<19, 16>(self.hdr.q.val().get_bits::<16>(512));
        self.fold.next = 0.into();
        self.fold.next = self.fold.val() + bit_cast::<19, 16>(self.hdr.q.val().get_bits::<16>(496));
        self.fold.next = self.fold.val() + bit_cast::<19, 16>(self.hdr.q.val().get_bits::<16>(480));
        self.fold.next = self.fold.val() + bit_cast::<19, 16>(self.hdr.q.val().get_bits::<16>(464));
        self.fold.next = self.fold.val() + bit_cast::<19, 16>(self.hdr.q.val().get_bits::<16>(448));
        self.fold.next = self.fold.val() + bit_cast::<19, 16>(self.hdr.q.val().get_bits::<16>(432));
        // Lengths the IPv4 and UDP headers must state (in locals, so the simulator and
        // Verilog wrap alike).
        self.ip_want.next = bit_cast::<16, 14>(self.len.q.val()) - 14;
        self.udp_want.next = bit_cast::<16, 14>(self.len.q.val()) - 34;
        if self.phase.q.val() == ParsePhase::Check1 {
            self.phase.d.next = ParsePhase::Check2;
            self.hdr_len.d.next = self.ext.val() + 54;
            self.known.d.next = self.op.val() <= 0x14;
            // Opcodes that may carry payload: SEND, WRITE (0x00-0x0B), READ responses (0x0D-0x10).
            self.may_carry.d.next = (self.op.val() <= 0x0B) | ((self.op.val() >= 0x0D) & (self.op.val() <= 0x10));
            self.sum_a.d.next = self.sum.val();
            self.sum_b.d.next = self.fold.val();
            // version/IHL 0x45 (no options), no fragments (MF clear, offset 0), BTH version 0,
            // IPv4 and UDP lengths equal to the frame's, and at least the 54 fixed bytes.
            self.fixed_ok.d.next = (self.hdr.q.val().get_bits::<8>(704 - 8 * 15) == 0x45)
                & (self.hdr.q.val().get_bits::<14>(704 - 8 * 22) == 0)
                & (self.hdr.q.val().get_bits::<4>(704 - 8 * 44) == 0)
                & (self.ip_want.val() == self.hdr.q.val().get_bits::<16>(704 - 8 * 18))
                & (self.udp_want.val() == self.hdr.q.val().get_bits::<16>(704 - 8 * 40))
                & (self.len.q.val() >= 58);
        }

        // ================= check stage 2: fold, payload length, verdict =================
        self.pad.next = self.hdr.q.val().get_bits::<2>(704 - 8 * 44 + 4);
        self.need.next = bit_cast::<14, 7>(self.hdr_len.q.val()) + bit_cast::<14, 2>(self.pad.val()) + 4;
        self.fold.next = self.sum_a.q.val() + self.sum_b.q.val();
        self.fold.next = bit_cast::<19, 16>(self.fold.val().get_bits::<16>(0)) + bit_cast::<19, 3>(self.fold.val().get_bits::<3>(16));
        self.fold.next = bit_cast::<19, 16>(self.fold.val().get_bits::<16>(0)) + bit_cast::<19, 3>(self.fold.val().get_bits::<3>(16));
        self.fold16.next = self.fold.val().get_bits::<16>(0);
        if self.phase.q.val() == ParsePhase::Check2 {
            self.phase.d.next = ParsePhase::Hold;
            self.payload_len.d.next = self.len.q.val() - self.need.val();
            self.bad.d.next = !self.fixed_ok.q.val() | !self.known.q.val() | (self.fold16.val() != 0xFFFF)
                | (self.len.q.val() < self.need.val())
                | (!self.may_carry.q.val() & (self.len.q.val() != self.need.val()));
            self.bad_pkey.d.next = self.hdr.q.val().get_bits::<15>(704 - 8 * 46) != 0x7FFF;
        }

        // ================= descriptor =================
        self.p_opcode.next = self.hdr.q.val().get_bits::<8>(704 - 8 * 43);
        self.p_solicited.next = self.hdr.q.val().get_bit(704 - 8 * 44 + 7);
        self.p_dest_qpn.next = self.hdr.q.val().get_bits::<24>(704 - 8 * 50);
        self.p_ack_req.next = self.hdr.q.val().get_bit(704 - 8 * 51 + 7);
        self.p_psn.next = self.hdr.q.val().get_bits::<24>(704 - 8 * 54);
        self.p_src_ip.next = self.hdr.q.val().get_bits::<32>(704 - 8 * 30);
        self.p_udp_sport.next = self.hdr.q.val().get_bits::<16>(704 - 8 * 36);
        self.p_has_reth.next = self.cls_reth.val();
        self.p_has_aeth.next = self.cls_aeth.val();
        self.p_has_imm.next = self.cls_imm.val();
        self.p_has_atomic.next = self.cls_atomic.val();
        self.p_has_atomic_ack.next = self.cls_atomic_ack.val();
        self.p_va.next = self.hdr.q.val().get_bits::<64>(704 - 8 * 62);
        self.p_rkey.next = self.hdr.q.val().get_bits::<32>(704 - 8 * 66);
        self.p_dma_len.next = self.hdr.q.val().get_bits::<32>(704 - 8 * 70);
        self.p_aeth_syndrome.next = self.hdr.q.val().get_bits::<8>(704 - 8 * 55);
        self.p_aeth_msn.next = self.hdr.q.val().get_bits::<24>(704 - 8 * 58);
        // ImmDt follows the BTH, or the RETH when there is one.
        self.p_imm.next = self.hdr.q.val().get_bits::<32>(704 - 8 * 58);
        if self.cls_reth.val() {
            self.p_imm.next = self.hdr.q.val().get_bits::<32>(704 - 8 * 74);
        }
        self.p_swap.next = self.hdr.q.val().get_bits::<64>(704 - 8 * 74);
        if self.cls_atomic_ack.val() {
            self.p_swap.next = self.hdr.q.val().get_bits::<64>(704 - 8 * 66);
        }
        self.p_compare.next = self.hdr.q.val().get_bits::<64>(704 - 8 * 82);
        self.p_payload_len.next = self.payload_len.q.val();

        // A verdict becomes a command for the payload stage once that stage is free:
        // malformed packets are dropped there without a descriptor.
        self.p_valid.next = (self.phase.q.val() == ParsePhase::Hold) & !self.bad.q.val() & !self.bad_pkey.q.val()
            & !self.cmd_valid.q.val();
        self.post.next = false;
        self.cnt_malformed.next = false;
        self.cnt_bad_pkey.next = false;
        if (self.phase.q.val() == ParsePhase::Hold) & !self.cmd_valid.q.val() {
            if self.bad.q.val() | self.bad_pkey.q.val() {
                self.post.next = true;
                self.c_emit.d.next = false;
                self.cnt_malformed.next = self.bad.q.val();
                self.cnt_bad_pkey.next = !self.bad.q.val();
            } else if self.p_ready.val() {
                self.post.next = true;
                self.c_emit.d.next = !self.p_discard.val() & self.payload_len.q.val().any();
            }
        }
        if self.post.val() {
            self.cmd_valid.d.next = true;
            self.c_k0.d.next = self.hdr_len.q.val().get_bits::<4>(3);
            self.c_off.d.next = self.hdr_len.q.val().get_bits::<3>(0);
            self.c_left.d.next = self.payload_len.q.val();
            self.o_idx.d.next = 0.into();
            self.idx.d.next = 0.into();
            self.phase.d.next = ParsePhase::Collect;
            // The frame's last beat may be taken in this very cycle (Hold still takes
            // beats): then the frame has ended too, and waiting in Rest for a last beat
            // that is already in the FIFO would stall RX for good.
            if !self.ended.q.val() & !(self.take.val() & self.f_last.val()) {
                self.phase.d.next = ParsePhase::Rest;
            }
        }
        if (self.phase.q.val() == ParsePhase::Rest) & self.take.val() & self.f_last.val() {
            self.phase.d.next = ParsePhase::Collect;
        }

        // ================= payload stage =================
        // Output beat j is frame bytes [hdr_len + 8j, +8): the tail of the previous beat
        // and the head of this one.
        self.shifted.next = self.fifo.out_data.val();
        if self.c_off.q.val() == 1 {
            self.shifted.next = (self.prev.q.val() >> 8) | (self.fifo.out_data.val() << 56);
        }
        if self.c_off.q.val() == 2 {
            self.shifted.next = (self.prev.q.val() >> 16) | (self.fifo.out_data.val() << 48);
        }
        if self.c_off.q.val() == 3 {
            self.shifted.next = (self.prev.q.val() >> 24) | (self.fifo.out_data.val() << 40);
        }
        if self.c_off.q.val() == 4 {
            self.shifted.next = (self.prev.q.val() >> 32) | (self.fifo.out_data.val() << 32);
        }
        if self.c_off.q.val() == 5 {
            self.shifted.next = (self.prev.q.val() >> 40) | (self.fifo.out_data.val() << 24);
        }
        if self.c_off.q.val() == 6 {
            self.shifted.next = (self.prev.q.val() >> 48) | (self.fifo.out_data.val() << 16);
        }
        if self.c_off.q.val() == 7 {
            self.shifted.next = (self.prev.q.val() >> 56) | (self.fifo.out_data.val() << 8);
        }
        self.want.next = self.cmd_valid.q.val() & self.c_emit.q.val() & self.c_left.q.val().any()
            & ((self.o_idx.q.val() > self.c_k0.q.val()) | ((self.o_idx.q.val() == self.c_k0.q.val()) & !self.c_off.q.val().any()));
        self.pop.next = self.cmd_valid.q.val() & self.fifo.out_valid.val() & (!self.want.val() | self.pl_ready.val());
        self.fifo.out_ready.next = self.pop.val();
        self.pl_valid.next = self.want.val() & self.fifo.out_valid.val();
        self.pl_data.next = self.shifted.val();
        self.pl_last.next = self.c_left.q.val() <= 8;
        self.left_mask.next = (self.k_one.val() << bit_cast::<8, 3>(self.c_left.q.val().get_bits::<3>(0))) - self.k_one.val();
        self.pl_keep.next = 0xFF.into();
        if (self.c_left.q.val() < 8) & self.c_left.q.val().any() {
            self.pl_keep.next = self.left_mask.val();
        }
        if self.pop.val() {
            self.prev.d.next = self.fifo.out_data.val();
            if self.o_idx.q.val() != 15 {
                self.o_idx.d.next = self.o_idx.q.val() + 1;
            }
            if self.want.val() {
                if self.c_left.q.val() <= 8 {
                    self.c_left.d.next = 0.into();
                } else {
                    self.c_left.d.next = self.c_left.q.val() - 8;
                }
            }
            if self.fifo.out_last.val() {
                self.cmd_valid.d.next = false;
            }
        }
        self.idle.next = (self.phase.q.val() == ParsePhase::Collect) & (self.idx.q.val() == 0) & !self.cmd_valid.q.val()
            & self.fifo.empty.val();

        if self.reset.val() {
            self.phase.d.next = ParsePhase::Collect;
            self.idx.d.next = 0.into();
            self.ended.d.next = true;
            self.cmd_valid.d.next = false;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clocked;
    use crate::testbench::{frame_beats, Clocked, Stalls};
    use openrnic_contract::wire::{ipv4_checksum, RoceFrame, IPV4_OFFSET};
    use std::collections::VecDeque;

    clocked!(RxParser);

    /// Real frames from Linux rxe (perftest send/write/read/write_lat, 4 KiB messages,
    /// path MTU 1024): every opcode the capture holds.
    fn rxe_frames() -> Vec<Vec<u8>> {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/fixtures/rxe-rc-4k-mtu1024.pcap");
        let mut r = pcap_file::pcap::PcapReader::new(std::fs::File::open(path).unwrap()).unwrap();
        let mut out = Vec::new();
        while let Some(p) = r.next_packet() {
            let d = p.unwrap().data.to_vec();
            if RoceFrame::parse(&d).is_ok() {
                out.push(d);
            }
        }
        out
    }

    /// Breaks a good frame in one of the ways the parser must refuse, keeping the ICRC
    /// and the addresses good (the RX buffer would drop it otherwise). Returns the
    /// counter it must land in: true = malformed, false = bad P_Key.
    fn break_frame(f: &mut Vec<u8>, how: u64) -> bool {
        let fix_ip = |f: &mut Vec<u8>| {
            f[IPV4_OFFSET + 10] = 0;
            f[IPV4_OFFSET + 11] = 0;
            let c = ipv4_checksum(&f[IPV4_OFFSET..IPV4_OFFSET + 20]);
            f[IPV4_OFFSET + 10..IPV4_OFFSET + 12].copy_from_slice(&c.to_be_bytes());
        };
        let fix_icrc = |f: &mut Vec<u8>| {
            let n = f.len();
            let c = openrnic_contract::wire::icrc(f);
            f[n - 4..].copy_from_slice(&c.to_le_bytes());
        };
        let malformed = match how % 8 {
            0 => { f[IPV4_OFFSET + 10] ^= 0x01; true } // IPv4 checksum
            1 => { f[IPV4_OFFSET + 3] ^= 0x04; fix_ip(f); true } // IPv4 length
            2 => { f[IPV4_OFFSET + 6] |= 0x20; fix_ip(f); true } // more fragments
            3 => { f[39] ^= 0x08; true } // UDP length (the ICRC covers it: fixed below)
            4 => { f[43] |= 0x01; true } // BTH version
            5 => { f[42] = 0x15; true } // opcode past the RC set
            6 => { f[42] = 0x80; true } // not RC
            _ => { f[44] = 0x80; false } // another partition
        };
        if !matches!(how % 8, 0..=2) {
            fix_icrc(f);
        }
        malformed
    }

    struct Got {
        descs: Vec<(RoceFrame, u64)>,
        payloads: Vec<Vec<u8>>,
        malformed: u64,
        bad_pkey: u64,
    }

    fn run(frames: &[Vec<u8>], discard: &dyn Fn(usize) -> bool, seed: u64, pct: u64) -> Got {
        let mut uut = RxParser::default();
        uut.connect_all();
        uut.reset.next = true;
        uut.half_low();
        uut.half_high();
        uut.reset.next = false;
        // Each beat with its frame's length (the RX buffer's o_len).
        let mut beats: VecDeque<(u64, u8, bool, usize)> =
            frames.iter().flat_map(|f| frame_beats(f).into_iter().map(|(d, k, l)| (d, k, l, f.len()))).collect();
        let (mut fg, mut pg, mut lg) = (Stalls::new(seed, pct), Stalls::new(seed + 1, pct), Stalls::new(seed + 2, pct));
        let mut g = Got { descs: vec![], payloads: vec![], malformed: 0, bad_pkey: 0 };
        let (mut cur, mut quiet, mut ndesc) = (Vec::new(), 0, 0usize);
        for _ in 0..400_000 {
            let v = !beats.is_empty() && fg.go();
            uut.f_valid.next = v;
            if let Some(&(d, k, l, n)) = beats.front() {
                uut.f_data.next = d.to_bits();
                uut.f_keep.next = (k as u64).to_bits();
                uut.f_last.next = l;
                uut.f_len.next = (n as u64).to_bits();
            }
            let pr = pg.go();
            uut.p_ready.next = pr;
            uut.p_discard.next = discard(ndesc);
            uut.pl_ready.next = lg.go();
            uut.half_low();
            if v && uut.f_ready.val() {
                beats.pop_front();
            }
            if uut.p_valid.val() && pr {
                let op = uut.p_opcode.val().to_u64() as u8;
                let f = RoceFrame {
                    dst_mac: [0; 6], src_mac: [0; 6], src_ip: (uut.p_src_ip.val().to_u64() as u32).to_be_bytes(),
                    dst_ip: [0; 4], ttl: 0, dont_fragment: false, udp_src_port: uut.p_udp_sport.val().to_u64() as u16,
                    opcode: op, solicited: uut.p_solicited.val(), pad: 0, pkey: 0, dest_qpn: uut.p_dest_qpn.val().to_u64() as u32,
                    ack_req: uut.p_ack_req.val(), psn: uut.p_psn.val().to_u64() as u32,
                    reth: uut.p_has_reth.val().then(|| (uut.p_va.val().to_u64(), uut.p_rkey.val().to_u64() as u32, uut.p_dma_len.val().to_u64() as u32)),
                    aeth: uut.p_has_aeth.val().then(|| (uut.p_aeth_syndrome.val().to_u64() as u8, uut.p_aeth_msn.val().to_u64() as u32)),
                    imm: uut.p_has_imm.val().then(|| uut.p_imm.val().to_u64() as u32),
                    payload: vec![], icrc: 0,
                };
                g.descs.push((f, uut.p_payload_len.val().to_u64()));
                ndesc += 1;
            }
            if uut.pl_valid.val() && uut.pl_ready.val() {
                let k = uut.pl_keep.val().to_u8();
                cur.extend_from_slice(&uut.pl_data.val().to_u64().to_le_bytes()[..k.count_ones() as usize]);
                if uut.pl_last.val() {
                    g.payloads.push(std::mem::take(&mut cur));
                }
            }
            g.malformed += uut.cnt_malformed.val() as u64;
            g.bad_pkey += uut.cnt_bad_pkey.val() as u64;
            let idle = uut.idle.val();
            uut.half_high();
            quiet = if beats.is_empty() && idle { quiet + 1 } else { 0 };
            if quiet > 4 {
                return g;
            }
        }
        panic!("the parser never went idle ({} descriptors)", g.descs.len());
    }

    /// rxe's own frames, interleaved with broken copies, under random stalls on every
    /// port and with every third packet's payload discarded: each good frame gives a
    /// descriptor equal to the reference parser's fields and, unless discarded, its exact
    /// payload; each broken one is counted once and gives nothing.
    #[test]
    fn parses_rxe_frames_and_refuses_broken_ones() {
        let rxe = rxe_frames();
        assert!(rxe.len() > 50, "the capture has {} RoCE frames", rxe.len());
        for seed in 1..=3u64 {
            let mut r = Stalls::new(seed * 13, 50);
            let (mut frames, mut good, mut want_mal, mut want_pkey) = (Vec::new(), Vec::new(), 0, 0);
            for i in 0..80 {
                let f = rxe[(r.next_u64() as usize + i) % rxe.len()].clone();
                if r.next_u64().is_multiple_of(4) {
                    let mut b = f.clone();
                    if break_frame(&mut b, r.next_u64()) { want_mal += 1 } else { want_pkey += 1 }
                    frames.push(b);
                } else {
                    good.push(RoceFrame::parse(&f).unwrap());
                    frames.push(f);
                }
            }
            let discard = |n: usize| n % 3 == 2; // every third packet
            let g = run(&frames, &discard, seed, 60);
            assert_eq!((g.malformed, g.bad_pkey), (want_mal, want_pkey), "seed {seed}");
            assert_eq!(g.descs.len(), good.len(), "seed {seed}");
            let mut payloads = g.payloads.iter();
            for (i, ((d, plen), w)) in g.descs.iter().zip(&good).enumerate() {
                assert_eq!(
                    (d.opcode, d.dest_qpn, d.psn, d.ack_req, d.solicited, d.src_ip, d.udp_src_port, d.reth, d.aeth, d.imm),
                    (w.opcode, w.dest_qpn, w.psn, w.ack_req, w.solicited, w.src_ip, w.udp_src_port, w.reth, w.aeth, w.imm),
                    "packet {i}"
                );
                assert_eq!(*plen as usize, w.payload.len(), "packet {i} payload length");
                if !discard(i) && !w.payload.is_empty() {
                    assert_eq!(payloads.next(), Some(&w.payload), "packet {i} payload");
                }
            }
            assert!(payloads.next().is_none(), "more payloads than packets");
        }
    }

    /// With nothing stalled, back-to-back full-size data frames give back exactly their
    /// payloads.
    #[test]
    fn full_size_payloads_without_stalls() {
        let rxe: Vec<Vec<u8>> = rxe_frames().into_iter().filter(|f| f.len() > 1000).take(20).collect();
        let g = run(&rxe, &|_| false, 9, 100);
        assert_eq!(g.payloads.len(), rxe.len());
        for (p, f) in g.payloads.iter().zip(&rxe) {
            assert_eq!(p, &RoceFrame::parse(f).unwrap().payload);
        }
    }
}
