//! RxDispatch: between the [`RxParser`](super::rx_parser::RxParser) and the two RX
//! consumers. It looks the packet's QP up in QpStatic's RX copy and applies checks 4,
//! 5 and 7 of docs/security.md's table, in that order (check 6, the P_Key, is the
//! parser's):
//! 4. the destination QPN names a QP of the table in RTR or RTS, else the packet is
//!    dropped and `cnt_rx_bad_qp` pulses;
//! 5. the source IPv4 is the QP's `DIP` (source binding), else dropped, `cnt_rx_bad_source`;
//! 7. an ACK/NAK (any opcode with an AETH) pulses `cnt_rx_acks` and goes to the
//!    AckHandler if the QP is in RTS (an RTR QP has sent nothing to acknowledge: the
//!    legacy engine counts such an ACK and ignores it, so do we); anything else goes to
//!    the Responder with the QP's static fields.
//!
//! A dropped packet (and an ACK: the AckHandler takes no payload) is answered to the
//! parser with `p_discard`, so its payload never leaves the parser. A packet for the
//! Responder is taken without `p_discard`: its payload follows on the parser's `pl_*`
//! stream, which the top level connects straight to the Responder.
//!
//! Three cycles per packet, one register stage each (a packet is at least 8 beats on
//! the wire, so this keeps up): `Wait` presents the QPN to QpStatic's RAM, `Look` has
//! the QP's row and registers the verdict, `Give` takes the descriptor once the output
//! register it goes to is free. `p_ready` and the outputs come from flops.
//!
//! Parser fields this block does not use: the UDP source port (ECMP entropy, not part
//! of the binding), and the atomic ones (atomics are not implemented: an atomic request
//! reaches the Responder, which refuses its opcode; an atomic ACK has an AETH and goes
//! to the AckHandler like any ACK).

use super::params::{CQN_BITS, QPN_BITS};
use openrnic_contract::regs::qp_state;
use rust_hdl::prelude::*;

// The states compared in update() as literals (rust-hdl would name a const path).
const _: () = assert!(qp_state::RTR == 2 && qp_state::RTS == 3);
// The QPN's bits above the table's index start at bit 8 (a literal in update()).
const _: () = assert!(QPN_BITS == 8);

#[derive(Copy, Clone, PartialEq, Eq, Debug, LogicState)]
pub enum DispatchPhase {
    Wait,
    Look,
    Give,
}

#[derive(LogicBlock, Default)]
pub struct RxDispatch {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, bool>,
    // ---- packet descriptors from the parser (its p_* port) ----
    pub p_valid: Signal<In, bool>,
    pub p_ready: Signal<Out, bool>,
    /// With `p_ready`: the packet is not for the Responder, drop its payload.
    pub p_discard: Signal<Out, bool>,
    pub p_opcode: Signal<In, Bits<8>>,
    pub p_solicited: Signal<In, bool>,
    pub p_dest_qpn: Signal<In, Bits<24>>,
    pub p_ack_req: Signal<In, bool>,
    pub p_psn: Signal<In, Bits<24>>,
    pub p_src_ip: Signal<In, Bits<32>>,
    pub p_udp_sport: Signal<In, Bits<16>>,
    pub p_has_reth: Signal<In, bool>,
    pub p_has_aeth: Signal<In, bool>,
    pub p_has_imm: Signal<In, bool>,
    pub p_has_atomic: Signal<In, bool>,
    pub p_has_atomic_ack: Signal<In, bool>,
    pub p_va: Signal<In, Bits<64>>,
    pub p_rkey: Signal<In, Bits<32>>,
    pub p_dma_len: Signal<In, Bits<32>>,
    pub p_aeth_syndrome: Signal<In, Bits<8>>,
    pub p_aeth_msn: Signal<In, Bits<24>>,
    pub p_imm: Signal<In, Bits<32>>,
    pub p_swap: Signal<In, Bits<64>>,
    pub p_compare: Signal<In, Bits<64>>,
    pub p_payload_len: Signal<In, Bits<14>>,
    // ---- QpStatic RX read port: row of qs_rd_qpn, one cycle later ----
    pub qs_rd_qpn: Signal<Out, Bits<QPN_BITS>>,
    pub qs_state: Signal<In, Bits<4>>,
    pub qs_dip: Signal<In, Bits<32>>,
    pub qs_pd: Signal<In, Bits<16>>,
    pub qs_rq_base: Signal<In, Bits<64>>,
    pub qs_rq_log2: Signal<In, Bits<5>>,
    pub qs_rcq: Signal<In, Bits<CQN_BITS>>,
    pub qs_pmtu_log2: Signal<In, Bits<4>>,
    pub qs_dest_qpn: Signal<In, Bits<24>>,
    pub qs_dmac: Signal<In, Bits<48>>,
    pub qs_udp_sport: Signal<In, Bits<16>>,
    // ---- to the AckHandler ----
    pub a_valid: Signal<Out, bool>,
    pub a_ready: Signal<In, bool>,
    pub a_qpn: Signal<Out, Bits<QPN_BITS>>,
    pub a_syndrome: Signal<Out, Bits<8>>,
    pub a_psn: Signal<Out, Bits<24>>,
    pub a_msn: Signal<Out, Bits<24>>,
    // ---- to the Responder: the packet's fields and its QP's static fields ----
    pub r_valid: Signal<Out, bool>,
    pub r_ready: Signal<In, bool>,
    pub r_qpn: Signal<Out, Bits<QPN_BITS>>,
    pub r_opcode: Signal<Out, Bits<8>>,
    pub r_solicited: Signal<Out, bool>,
    pub r_ack_req: Signal<Out, bool>,
    pub r_psn: Signal<Out, Bits<24>>,
    pub r_has_reth: Signal<Out, bool>,
    pub r_has_imm: Signal<Out, bool>,
    pub r_va: Signal<Out, Bits<64>>,
    pub r_rkey: Signal<Out, Bits<32>>,
    pub r_dma_len: Signal<Out, Bits<32>>,
    pub r_imm: Signal<Out, Bits<32>>,
    pub r_payload_len: Signal<Out, Bits<14>>,
    pub r_state: Signal<Out, Bits<4>>,
    pub r_pd: Signal<Out, Bits<16>>,
    pub r_rq_base: Signal<Out, Bits<64>>,
    pub r_rq_log2: Signal<Out, Bits<5>>,
    pub r_rcq: Signal<Out, Bits<CQN_BITS>>,
    pub r_pmtu_log2: Signal<Out, Bits<4>>,
    pub r_dest_qpn: Signal<Out, Bits<24>>,
    pub r_dmac: Signal<Out, Bits<48>>,
    pub r_dip: Signal<Out, Bits<32>>,
    pub r_udp_sport: Signal<Out, Bits<16>>,
    // ---- counter strobes (one cycle each) ----
    pub cnt_rx_bad_qp: Signal<Out, bool>,
    pub cnt_rx_bad_source: Signal<Out, bool>,
    pub cnt_rx_acks: Signal<Out, bool>,
    /// No packet held (in the lookup or in an output register).
    pub idle: Signal<Out, bool>,

    phase: DFF<DispatchPhase>,
    // verdict of the packet in `Give`
    v_bad_qp: DFF<bool>,
    v_bad_source: DFF<bool>,
    v_ack: DFF<bool>,
    v_to_ack: DFF<bool>,
    v_to_resp: DFF<bool>,
    // the QP's row, as read in `Look`
    s_state: DFF<Bits<4>>,
    s_dip: DFF<Bits<32>>,
    s_pd: DFF<Bits<16>>,
    s_rq_base: DFF<Bits<64>>,
    s_rq_log2: DFF<Bits<5>>,
    s_rcq: DFF<Bits<CQN_BITS>>,
    s_pmtu_log2: DFF<Bits<4>>,
    s_dest_qpn: DFF<Bits<24>>,
    s_dmac: DFF<Bits<48>>,
    s_udp_sport: DFF<Bits<16>>,
    // output registers
    a_full: DFF<bool>,
    a_qpn_q: DFF<Bits<QPN_BITS>>,
    a_syndrome_q: DFF<Bits<8>>,
    a_psn_q: DFF<Bits<24>>,
    a_msn_q: DFF<Bits<24>>,
    r_full: DFF<bool>,
    r_qpn_q: DFF<Bits<QPN_BITS>>,
    r_opcode_q: DFF<Bits<8>>,
    r_solicited_q: DFF<bool>,
    r_ack_req_q: DFF<bool>,
    r_psn_q: DFF<Bits<24>>,
    r_has_reth_q: DFF<bool>,
    r_has_imm_q: DFF<bool>,
    r_va_q: DFF<Bits<64>>,
    r_rkey_q: DFF<Bits<32>>,
    r_dma_len_q: DFF<Bits<32>>,
    r_imm_q: DFF<Bits<32>>,
    r_payload_len_q: DFF<Bits<14>>,
    r_state_q: DFF<Bits<4>>,
    r_pd_q: DFF<Bits<16>>,
    r_rq_base_q: DFF<Bits<64>>,
    r_rq_log2_q: DFF<Bits<5>>,
    r_rcq_q: DFF<Bits<CQN_BITS>>,
    r_pmtu_log2_q: DFF<Bits<4>>,
    r_dest_qpn_q: DFF<Bits<24>>,
    r_dmac_q: DFF<Bits<48>>,
    r_dip_q: DFF<Bits<32>>,
    r_udp_sport_q: DFF<Bits<16>>,
    bad_qp_q: DFF<bool>,
    bad_source_q: DFF<bool>,
    acks_q: DFF<bool>,
    // combinational
    live: Signal<Local, bool>,
    room: Signal<Local, bool>,
    take: Signal<Local, bool>,
}

impl Logic for RxDispatch {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, phase, v_bad_qp, v_bad_source, v_ack, v_to_ack, v_to_resp, s_state, s_dip, s_pd,
            s_rq_base, s_rq_log2, s_rcq, s_pmtu_log2, s_dest_qpn, s_dmac, s_udp_sport, a_full, a_qpn_q, a_syndrome_q,
            a_psn_q, a_msn_q, r_full, r_qpn_q, r_opcode_q, r_solicited_q, r_ack_req_q, r_psn_q, r_has_reth_q,
            r_has_imm_q, r_va_q, r_rkey_q, r_dma_len_q, r_imm_q, r_payload_len_q, r_state_q, r_pd_q, r_rq_base_q,
            r_rq_log2_q, r_rcq_q, r_pmtu_log2_q, r_dest_qpn_q, r_dmac_q, r_dip_q, r_udp_sport_q, bad_qp_q,
            bad_source_q, acks_q);

        // The parser holds its descriptor until taken, so its QPN addresses the row all along.
        self.qs_rd_qpn.next = self.p_dest_qpn.val().get_bits::<QPN_BITS>(0);

        // ---- Wait -> Look: the row of the held packet's QP is read this cycle ----
        if (self.phase.q.val() == DispatchPhase::Wait) & self.p_valid.val() {
            self.phase.d.next = DispatchPhase::Look;
        }

        // ---- Look: the row is here; register the verdict in the table's order ----
        self.live.next = !self.p_dest_qpn.val().get_bits::<16>(8).any()
            & ((self.qs_state.val() == 2) | (self.qs_state.val() == 3));
        if self.phase.q.val() == DispatchPhase::Look {
            self.phase.d.next = DispatchPhase::Give;
            self.v_bad_qp.d.next = !self.live.val();
            self.v_bad_source.d.next = self.live.val() & (self.p_src_ip.val() != self.qs_dip.val());
            self.v_ack.d.next = self.live.val() & (self.p_src_ip.val() == self.qs_dip.val()) & self.p_has_aeth.val();
            self.v_to_ack.d.next = self.live.val() & (self.p_src_ip.val() == self.qs_dip.val()) & self.p_has_aeth.val()
                & (self.qs_state.val() == 3);
            self.v_to_resp.d.next = self.live.val() & (self.p_src_ip.val() == self.qs_dip.val()) & !self.p_has_aeth.val();
            self.s_state.d.next = self.qs_state.val();
            self.s_dip.d.next = self.qs_dip.val();
            self.s_pd.d.next = self.qs_pd.val();
            self.s_rq_base.d.next = self.qs_rq_base.val();
            self.s_rq_log2.d.next = self.qs_rq_log2.val();
            self.s_rcq.d.next = self.qs_rcq.val();
            self.s_pmtu_log2.d.next = self.qs_pmtu_log2.val();
            self.s_dest_qpn.d.next = self.qs_dest_qpn.val();
            self.s_dmac.d.next = self.qs_dmac.val();
            self.s_udp_sport.d.next = self.qs_udp_sport.val();
        }

        // ---- output registers drain ----
        if self.a_ready.val() {
            self.a_full.d.next = false;
        }
        if self.r_ready.val() {
            self.r_full.d.next = false;
        }

        // ---- Give: take the descriptor once its output register is free (as of this
        // cycle's flops: a register emptied this cycle is used from the next) ----
        self.room.next = !(self.v_to_ack.q.val() & self.a_full.q.val()) & !(self.v_to_resp.q.val() & self.r_full.q.val());
        self.p_ready.next = (self.phase.q.val() == DispatchPhase::Give) & self.room.val();
        self.p_discard.next = !self.v_to_resp.q.val();
        self.take.next = self.p_valid.val() & (self.phase.q.val() == DispatchPhase::Give) & self.room.val();
        self.bad_qp_q.d.next = self.take.val() & self.v_bad_qp.q.val();
        self.bad_source_q.d.next = self.take.val() & self.v_bad_source.q.val();
        self.acks_q.d.next = self.take.val() & self.v_ack.q.val();
        if self.take.val() {
            self.phase.d.next = DispatchPhase::Wait;
        }
        if self.take.val() & self.v_to_ack.q.val() {
            self.a_full.d.next = true;
            self.a_qpn_q.d.next = self.p_dest_qpn.val().get_bits::<QPN_BITS>(0);
            self.a_syndrome_q.d.next = self.p_aeth_syndrome.val();
            self.a_psn_q.d.next = self.p_psn.val();
            self.a_msn_q.d.next = self.p_aeth_msn.val();
        }
        if self.take.val() & self.v_to_resp.q.val() {
            self.r_full.d.next = true;
            self.r_qpn_q.d.next = self.p_dest_qpn.val().get_bits::<QPN_BITS>(0);
            self.r_opcode_q.d.next = self.p_opcode.val();
            self.r_solicited_q.d.next = self.p_solicited.val();
            self.r_ack_req_q.d.next = self.p_ack_req.val();
            self.r_psn_q.d.next = self.p_psn.val();
            self.r_has_reth_q.d.next = self.p_has_reth.val();
            self.r_has_imm_q.d.next = self.p_has_imm.val();
            self.r_va_q.d.next = self.p_va.val();
            self.r_rkey_q.d.next = self.p_rkey.val();
            self.r_dma_len_q.d.next = self.p_dma_len.val();
            self.r_imm_q.d.next = self.p_imm.val();
            self.r_payload_len_q.d.next = self.p_payload_len.val();
            self.r_state_q.d.next = self.s_state.q.val();
            self.r_pd_q.d.next = self.s_pd.q.val();
            self.r_rq_base_q.d.next = self.s_rq_base.q.val();
            self.r_rq_log2_q.d.next = self.s_rq_log2.q.val();
            self.r_rcq_q.d.next = self.s_rcq.q.val();
            self.r_pmtu_log2_q.d.next = self.s_pmtu_log2.q.val();
            self.r_dest_qpn_q.d.next = self.s_dest_qpn.q.val();
            self.r_dmac_q.d.next = self.s_dmac.q.val();
            self.r_dip_q.d.next = self.s_dip.q.val();
            self.r_udp_sport_q.d.next = self.s_udp_sport.q.val();
        }

        self.a_valid.next = self.a_full.q.val();
        self.a_qpn.next = self.a_qpn_q.q.val();
        self.a_syndrome.next = self.a_syndrome_q.q.val();
        self.a_psn.next = self.a_psn_q.q.val();
        self.a_msn.next = self.a_msn_q.q.val();
        self.r_valid.next = self.r_full.q.val();
        self.r_qpn.next = self.r_qpn_q.q.val();
        self.r_opcode.next = self.r_opcode_q.q.val();
        self.r_solicited.next = self.r_solicited_q.q.val();
        self.r_ack_req.next = self.r_ack_req_q.q.val();
        self.r_psn.next = self.r_psn_q.q.val();
        self.r_has_reth.next = self.r_has_reth_q.q.val();
        self.r_has_imm.next = self.r_has_imm_q.q.val();
        self.r_va.next = self.r_va_q.q.val();
        self.r_rkey.next = self.r_rkey_q.q.val();
        self.r_dma_len.next = self.r_dma_len_q.q.val();
        self.r_imm.next = self.r_imm_q.q.val();
        self.r_payload_len.next = self.r_payload_len_q.q.val();
        self.r_state.next = self.r_state_q.q.val();
        self.r_pd.next = self.r_pd_q.q.val();
        self.r_rq_base.next = self.r_rq_base_q.q.val();
        self.r_rq_log2.next = self.r_rq_log2_q.q.val();
        self.r_rcq.next = self.r_rcq_q.q.val();
        self.r_pmtu_log2.next = self.r_pmtu_log2_q.q.val();
        self.r_dest_qpn.next = self.r_dest_qpn_q.q.val();
        self.r_dmac.next = self.r_dmac_q.q.val();
        self.r_dip.next = self.r_dip_q.q.val();
        self.r_udp_sport.next = self.r_udp_sport_q.q.val();
        self.cnt_rx_bad_qp.next = self.bad_qp_q.q.val();
        self.cnt_rx_bad_source.next = self.bad_source_q.q.val();
        self.cnt_rx_acks.next = self.acks_q.q.val();
        self.idle.next = (self.phase.q.val() == DispatchPhase::Wait) & !self.a_full.q.val() & !self.r_full.q.val();

        if self.reset.val() {
            self.phase.d.next = DispatchPhase::Wait;
            self.a_full.d.next = false;
            self.r_full.d.next = false;
            self.bad_qp_q.d.next = false;
            self.bad_source_q.d.next = false;
            self.acks_q.d.next = false;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clocked;
    use crate::pipeline::params::QPS;
    use crate::testbench::{Clocked, Stalls};
    use std::collections::VecDeque;

    clocked!(RxDispatch);

    /// One QP's row in QpStatic (the fields the dispatcher reads).
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    struct Row {
        state: u64,
        dip: u64,
        pd: u64,
        rq_base: u64,
        rq_log2: u64,
        rcq: u64,
        pmtu_log2: u64,
        dest_qpn: u64,
        dmac: u64,
        udp_sport: u64,
    }

    /// A parser descriptor (the fields the dispatcher passes on or looks at).
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    struct Desc {
        opcode: u64,
        solicited: bool,
        dest_qpn: u64,
        ack_req: bool,
        psn: u64,
        src_ip: u64,
        has_reth: bool,
        has_aeth: bool,
        has_imm: bool,
        va: u64,
        rkey: u64,
        dma_len: u64,
        syndrome: u64,
        msn: u64,
        imm: u64,
        payload_len: u64,
    }

    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    enum Verdict {
        BadQp,
        BadSource,
        /// An ACK: forwarded to the AckHandler or not (QP in RTR).
        Ack(bool),
        Responder,
    }

    /// The reference: docs/security.md checks 4, 5, 7 in order.
    fn verdict(d: &Desc, table: &[Row]) -> Verdict {
        if d.dest_qpn >= table.len() as u64 || !matches!(table[d.dest_qpn as usize].state, 2 | 3) {
            return Verdict::BadQp;
        }
        let row = &table[d.dest_qpn as usize];
        if d.src_ip != row.dip {
            Verdict::BadSource
        } else if d.has_aeth {
            Verdict::Ack(row.state == 3)
        } else {
            Verdict::Responder
        }
    }

    fn random_table(r: &mut Stalls) -> Vec<Row> {
        (0..QPS)
            .map(|_| Row {
                state: [0, 1, 2, 3, 3, 2, 6][(r.next_u64() % 7) as usize],
                dip: r.next_u64() & 0xFFFF_FFFF,
                pd: r.next_u64() & 0xFFFF,
                rq_base: r.next_u64(),
                rq_log2: r.next_u64() % 32,
                rcq: r.next_u64() % (1 << CQN_BITS),
                pmtu_log2: r.next_u64() % 16,
                dest_qpn: r.next_u64() & 0xFF_FFFF,
                dmac: r.next_u64() & 0xFFFF_FFFF_FFFF,
                udp_sport: r.next_u64() & 0xFFFF,
            })
            .collect()
    }

    fn random_desc(r: &mut Stalls, table: &[Row]) -> Desc {
        // Mostly QPs of the table, some beyond it; mostly the right source.
        let dest_qpn = if r.next_u64().is_multiple_of(8) { QPS as u64 + r.next_u64() % 0xFF_FF00 } else { r.next_u64() % QPS as u64 };
        let src_ip = match (table.get(dest_qpn as usize), r.next_u64().is_multiple_of(5)) {
            (Some(row), false) => row.dip,
            _ => r.next_u64() & 0xFFFF_FFFF,
        };
        Desc {
            opcode: r.next_u64() & 0xFF,
            solicited: r.next_u64() & 1 == 1,
            dest_qpn,
            ack_req: r.next_u64() & 1 == 1,
            psn: r.next_u64() & 0xFF_FFFF,
            src_ip,
            has_reth: r.next_u64() & 1 == 1,
            has_aeth: r.next_u64().is_multiple_of(3),
            has_imm: r.next_u64() & 1 == 1,
            va: r.next_u64(),
            rkey: r.next_u64() & 0xFFFF_FFFF,
            dma_len: r.next_u64() & 0xFFFF_FFFF,
            syndrome: r.next_u64() & 0xFF,
            msn: r.next_u64() & 0xFF_FFFF,
            imm: r.next_u64() & 0xFFFF_FFFF,
            payload_len: r.next_u64() % 4097,
        }
    }

    fn drive_desc(uut: &mut RxDispatch, d: &Desc, r: &mut Stalls) {
        uut.p_opcode.next = d.opcode.to_bits();
        uut.p_solicited.next = d.solicited;
        uut.p_dest_qpn.next = d.dest_qpn.to_bits();
        uut.p_ack_req.next = d.ack_req;
        uut.p_psn.next = d.psn.to_bits();
        uut.p_src_ip.next = d.src_ip.to_bits();
        uut.p_has_reth.next = d.has_reth;
        uut.p_has_aeth.next = d.has_aeth;
        uut.p_has_imm.next = d.has_imm;
        uut.p_va.next = d.va.to_bits();
        uut.p_rkey.next = d.rkey.to_bits();
        uut.p_dma_len.next = d.dma_len.to_bits();
        uut.p_aeth_syndrome.next = d.syndrome.to_bits();
        uut.p_aeth_msn.next = d.msn.to_bits();
        uut.p_imm.next = d.imm.to_bits();
        uut.p_payload_len.next = d.payload_len.to_bits();
        // Fields the dispatcher ignores get noise.
        uut.p_udp_sport.next = (r.next_u64() & 0xFFFF).to_bits();
        uut.p_has_atomic.next = r.next_u64() & 1 == 1;
        uut.p_has_atomic_ack.next = r.next_u64() & 1 == 1;
        uut.p_swap.next = r.next_u64().to_bits();
        uut.p_compare.next = r.next_u64().to_bits();
    }

    fn drive_row(uut: &mut RxDispatch, row: &Row) {
        uut.qs_state.next = row.state.to_bits();
        uut.qs_dip.next = row.dip.to_bits();
        uut.qs_pd.next = row.pd.to_bits();
        uut.qs_rq_base.next = row.rq_base.to_bits();
        uut.qs_rq_log2.next = row.rq_log2.to_bits();
        uut.qs_rcq.next = row.rcq.to_bits();
        uut.qs_pmtu_log2.next = row.pmtu_log2.to_bits();
        uut.qs_dest_qpn.next = row.dest_qpn.to_bits();
        uut.qs_dmac.next = row.dmac.to_bits();
        uut.qs_udp_sport.next = row.udp_sport.to_bits();
    }

    /// What the Responder port carried: the packet and its QP's row.
    fn sample_r(uut: &RxDispatch) -> (Desc, Row, u64) {
        let d = Desc {
            opcode: uut.r_opcode.val().to_u64(),
            solicited: uut.r_solicited.val(),
            dest_qpn: 0,
            ack_req: uut.r_ack_req.val(),
            psn: uut.r_psn.val().to_u64(),
            src_ip: 0,
            has_reth: uut.r_has_reth.val(),
            has_aeth: false,
            has_imm: uut.r_has_imm.val(),
            va: uut.r_va.val().to_u64(),
            rkey: uut.r_rkey.val().to_u64(),
            dma_len: uut.r_dma_len.val().to_u64(),
            syndrome: 0,
            msn: 0,
            imm: uut.r_imm.val().to_u64(),
            payload_len: uut.r_payload_len.val().to_u64(),
        };
        let row = Row {
            state: uut.r_state.val().to_u64(),
            dip: uut.r_dip.val().to_u64(),
            pd: uut.r_pd.val().to_u64(),
            rq_base: uut.r_rq_base.val().to_u64(),
            rq_log2: uut.r_rq_log2.val().to_u64(),
            rcq: uut.r_rcq.val().to_u64(),
            pmtu_log2: uut.r_pmtu_log2.val().to_u64(),
            dest_qpn: uut.r_dest_qpn.val().to_u64(),
            dmac: uut.r_dmac.val().to_u64(),
            udp_sport: uut.r_udp_sport.val().to_u64(),
        };
        (d, row, uut.r_qpn.val().to_u64())
    }

    #[derive(Default)]
    struct Seen {
        /// `p_discard` of each descriptor taken, in order.
        discards: Vec<bool>,
        acks: Vec<(u64, u64, u64, u64)>,
        resp: Vec<(Desc, Row, u64)>,
        bad_qp: u64,
        bad_source: u64,
        rx_acks: u64,
        cycles: u64,
    }

    fn run(descs: &[Desc], table: &[Row], seed: u64, pct: u64) -> Seen {
        let mut uut = RxDispatch::default();
        uut.connect_all();
        uut.reset.next = true;
        uut.half_low();
        uut.half_high();
        uut.reset.next = false;
        let (mut pg, mut ag, mut rg, mut noise) =
            (Stalls::new(seed, pct), Stalls::new(seed + 1, pct), Stalls::new(seed + 2, pct), Stalls::new(seed + 3, 50));
        let mut queue: VecDeque<Desc> = descs.iter().copied().collect();
        let mut seen = Seen::default();
        let (mut offering, mut rd_qpn, mut quiet) = (false, 0usize, 0);
        // Each output's payload while it waits for ready: a source holds it (AXI-stream).
        let (mut held_a, mut held_r) = (None, None);
        for cycle in 0..200_000u64 {
            // A source holds valid and payload until taken (AXI-stream).
            offering = !queue.is_empty() && (offering || pg.go());
            uut.p_valid.next = offering;
            if let Some(d) = queue.front() {
                drive_desc(&mut uut, d, &mut noise);
            }
            // QpStatic's RAM: the row of the address presented last cycle.
            drive_row(&mut uut, &table[rd_qpn]);
            let (ar, rr) = (ag.go(), rg.go());
            uut.a_ready.next = ar;
            uut.r_ready.next = rr;
            uut.half_low();
            rd_qpn = uut.qs_rd_qpn.val().to_u64() as usize;
            if offering && uut.p_ready.val() {
                seen.discards.push(uut.p_discard.val());
                queue.pop_front();
                offering = false;
            }
            let a = (uut.a_qpn.val().to_u64(), uut.a_syndrome.val().to_u64(), uut.a_psn.val().to_u64(), uut.a_msn.val().to_u64());
            let rp = sample_r(&uut);
            if let Some(h) = held_a {
                assert!(uut.a_valid.val() && h == a, "AckHandler output dropped or changed while stalled");
            }
            if let Some(h) = held_r {
                assert!(uut.r_valid.val() && h == rp, "Responder output dropped or changed while stalled");
            }
            held_a = (uut.a_valid.val() && !ar).then_some(a);
            held_r = (uut.r_valid.val() && !rr).then_some(rp);
            if uut.a_valid.val() && ar {
                seen.acks.push((uut.a_qpn.val().to_u64(), uut.a_syndrome.val().to_u64(), uut.a_psn.val().to_u64(), uut.a_msn.val().to_u64()));
            }
            if uut.r_valid.val() && rr {
                seen.resp.push(sample_r(&uut));
            }
            seen.bad_qp += uut.cnt_rx_bad_qp.val() as u64;
            seen.bad_source += uut.cnt_rx_bad_source.val() as u64;
            seen.rx_acks += uut.cnt_rx_acks.val() as u64;
            let idle = uut.idle.val();
            uut.half_high();
            quiet = if queue.is_empty() && idle { quiet + 1 } else { 0 };
            if quiet > 3 {
                seen.cycles = cycle;
                return seen;
            }
        }
        panic!("the dispatcher never went idle ({} of {} taken)", seen.discards.len(), descs.len());
    }

    /// Random descriptors (QPs in every state, out of range, foreign sources, ACKs)
    /// under random stalls on the parser, AckHandler and Responder ports: every packet
    /// is answered with the reference's verdict, in order; what reaches each consumer
    /// is exactly the reference's list, with the QP's row; each drop is counted once.
    #[test]
    fn dispatches_by_the_security_table_under_stalls() {
        for seed in 1..=3u64 {
            let mut r = Stalls::new(seed * 101, 50);
            let table = random_table(&mut r);
            let descs: Vec<Desc> = (0..300).map(|_| random_desc(&mut r, &table)).collect();
            let seen = run(&descs, &table, seed, [30, 60, 90][seed as usize - 1]);
            let verdicts: Vec<Verdict> = descs.iter().map(|d| verdict(d, &table)).collect();
            let want_discards: Vec<bool> = verdicts.iter().map(|v| *v != Verdict::Responder).collect();
            assert_eq!(seen.discards, want_discards, "seed {seed}: p_discard per packet");
            let want_acks: Vec<(u64, u64, u64, u64)> = descs
                .iter()
                .zip(&verdicts)
                .filter(|(_, v)| **v == Verdict::Ack(true))
                .map(|(d, _)| (d.dest_qpn, d.syndrome, d.psn, d.msn))
                .collect();
            assert_eq!(seen.acks, want_acks, "seed {seed}: AckHandler port");
            let want_resp: Vec<(Desc, Row, u64)> = descs
                .iter()
                .zip(&verdicts)
                .filter(|(_, v)| **v == Verdict::Responder)
                .map(|(d, _)| {
                    let mut x = *d;
                    x.dest_qpn = 0;
                    x.src_ip = 0;
                    x.has_aeth = false;
                    x.syndrome = 0;
                    x.msn = 0;
                    (x, table[d.dest_qpn as usize], d.dest_qpn)
                })
                .collect();
            assert_eq!(seen.resp.len(), want_resp.len(), "seed {seed}: Responder port count");
            for (i, (g, w)) in seen.resp.iter().zip(&want_resp).enumerate() {
                assert_eq!(g, w, "seed {seed}: Responder packet {i}");
            }
            let count = |f: &dyn Fn(&Verdict) -> bool| verdicts.iter().filter(|v| f(v)).count() as u64;
            assert_eq!(seen.bad_qp, count(&|v| *v == Verdict::BadQp), "seed {seed}: cnt_rx_bad_qp");
            assert_eq!(seen.bad_source, count(&|v| *v == Verdict::BadSource), "seed {seed}: cnt_rx_bad_source");
            assert_eq!(seen.rx_acks, count(&|v| matches!(v, Verdict::Ack(_))), "seed {seed}: cnt_rx_acks");
            // The mix must exercise every verdict.
            for v in [Verdict::BadQp, Verdict::BadSource, Verdict::Ack(true), Verdict::Ack(false), Verdict::Responder] {
                assert!(verdicts.contains(&v), "seed {seed}: no {v:?} in the mix");
            }
        }
    }

    /// Without stalls a packet takes three cycles (one per register stage); printed, and
    /// held to at most 4 (a packet is at least 8 beats on the wire).
    #[test]
    fn three_cycles_per_packet_without_stalls() {
        let mut r = Stalls::new(77, 50);
        let table = random_table(&mut r);
        let descs: Vec<Desc> = (0..200).map(|_| random_desc(&mut r, &table)).collect();
        let seen = run(&descs, &table, 5, 100);
        let per = seen.cycles as f64 / descs.len() as f64;
        println!("RxDispatch: {per:.2} cycles per packet without stalls ({} packets)", descs.len());
        assert_eq!(seen.discards.len(), descs.len());
        assert!(per <= 4.0, "{per:.2} cycles per packet");
    }
}
