//! TxArbiter: the framer's one descriptor port shared by ACK/NAK descriptors (from the
//! AckQueue) and data-packet descriptors (from the Requester). ACKs go first: an ACK is
//! short and a late one costs the peer a retransmission, while a data packet waits at
//! most one ACK frame per ACK queued.
//!
//! Each input has a one-entry holding register (its `ready` is `!held`, a flip-flop);
//! the output register loads the held ACK if there is one, else the held data
//! descriptor. A descriptor is packed into one vector on the way in and unpacked at the
//! output (fields in port order). An input streaming alone gets a descriptor every two
//! cycles; the framer takes one per frame (at least 9 cycles).

use rust_hdl::prelude::*;

/// Bits of one packed TxDesc (`dst_mac` at 0 ... `payload_len` at the top).
pub const TX_DESC_BITS: usize = 362;

#[derive(LogicBlock, Default)]
pub struct TxArbiter {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, bool>,
    pub ack_valid: Signal<In, bool>,
    pub ack_ready: Signal<Out, bool>,
    pub ack_dst_mac: Signal<In, Bits<48>>,
    pub ack_dst_ip: Signal<In, Bits<32>>,
    pub ack_udp_sport: Signal<In, Bits<16>>,
    pub ack_opcode: Signal<In, Bits<8>>,
    pub ack_solicited: Signal<In, bool>,
    pub ack_dest_qpn: Signal<In, Bits<24>>,
    pub ack_ack_req: Signal<In, bool>,
    pub ack_psn: Signal<In, Bits<24>>,
    pub ack_has_reth: Signal<In, bool>,
    pub ack_reth_va: Signal<In, Bits<64>>,
    pub ack_reth_rkey: Signal<In, Bits<32>>,
    pub ack_reth_len: Signal<In, Bits<32>>,
    pub ack_has_aeth: Signal<In, bool>,
    pub ack_aeth_syndrome: Signal<In, Bits<8>>,
    pub ack_aeth_msn: Signal<In, Bits<24>>,
    pub ack_has_imm: Signal<In, bool>,
    pub ack_imm: Signal<In, Bits<32>>,
    pub ack_payload_len: Signal<In, Bits<13>>,
    pub data_valid: Signal<In, bool>,
    pub data_ready: Signal<Out, bool>,
    pub data_dst_mac: Signal<In, Bits<48>>,
    pub data_dst_ip: Signal<In, Bits<32>>,
    pub data_udp_sport: Signal<In, Bits<16>>,
    pub data_opcode: Signal<In, Bits<8>>,
    pub data_solicited: Signal<In, bool>,
    pub data_dest_qpn: Signal<In, Bits<24>>,
    pub data_ack_req: Signal<In, bool>,
    pub data_psn: Signal<In, Bits<24>>,
    pub data_has_reth: Signal<In, bool>,
    pub data_reth_va: Signal<In, Bits<64>>,
    pub data_reth_rkey: Signal<In, Bits<32>>,
    pub data_reth_len: Signal<In, Bits<32>>,
    pub data_has_aeth: Signal<In, bool>,
    pub data_aeth_syndrome: Signal<In, Bits<8>>,
    pub data_aeth_msn: Signal<In, Bits<24>>,
    pub data_has_imm: Signal<In, bool>,
    pub data_imm: Signal<In, Bits<32>>,
    pub data_payload_len: Signal<In, Bits<13>>,
    pub o_valid: Signal<Out, bool>,
    pub o_ready: Signal<In, bool>,
    pub o_dst_mac: Signal<Out, Bits<48>>,
    pub o_dst_ip: Signal<Out, Bits<32>>,
    pub o_udp_sport: Signal<Out, Bits<16>>,
    pub o_opcode: Signal<Out, Bits<8>>,
    pub o_solicited: Signal<Out, bool>,
    pub o_dest_qpn: Signal<Out, Bits<24>>,
    pub o_ack_req: Signal<Out, bool>,
    pub o_psn: Signal<Out, Bits<24>>,
    pub o_has_reth: Signal<Out, bool>,
    pub o_reth_va: Signal<Out, Bits<64>>,
    pub o_reth_rkey: Signal<Out, Bits<32>>,
    pub o_reth_len: Signal<Out, Bits<32>>,
    pub o_has_aeth: Signal<Out, bool>,
    pub o_aeth_syndrome: Signal<Out, Bits<8>>,
    pub o_aeth_msn: Signal<Out, Bits<24>>,
    pub o_has_imm: Signal<Out, bool>,
    pub o_imm: Signal<Out, Bits<32>>,
    pub o_payload_len: Signal<Out, Bits<13>>,
    /// One-cycle strobe (a cycle after it) per ACK/NAK descriptor taken at `o`: CNT_TX_ACKS.
    pub cnt_tx_acks: Signal<Out, bool>,
    /// Nothing held.
    pub idle: Signal<Out, bool>,
    held_ack: DFF<bool>,
    held_data: DFF<bool>,
    entry_ack: DFF<Bits<TX_DESC_BITS>>,
    entry_data: DFF<Bits<TX_DESC_BITS>>,
    out_valid: DFF<bool>,
    out_is_ack: DFF<bool>,
    out_entry: DFF<Bits<TX_DESC_BITS>>,
    ack_sent: DFF<bool>,
    accepting: DFF<bool>,
    take_ack: Signal<Local, bool>,
    take_data: Signal<Local, bool>,
    load: Signal<Local, bool>,
}

impl Logic for TxArbiter {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, held_ack, held_data, entry_ack, entry_data, out_valid, out_is_ack, out_entry, ack_sent, accepting);
        self.ack_ready.next = self.accepting.q.val() & !self.held_ack.q.val();
        self.data_ready.next = self.accepting.q.val() & !self.held_data.q.val();
        self.take_ack.next = self.ack_valid.val() & self.ack_ready.val();
        self.take_data.next = self.data_valid.val() & self.data_ready.val();
        if self.take_ack.val() {
            self.entry_ack.d.next = (bit_cast::<TX_DESC_BITS, 48>(self.ack_dst_mac.val()) << 0)
            | (bit_cast::<TX_DESC_BITS, 32>(self.ack_dst_ip.val()) << 48)
            | (bit_cast::<TX_DESC_BITS, 16>(self.ack_udp_sport.val()) << 80)
            | (bit_cast::<TX_DESC_BITS, 8>(self.ack_opcode.val()) << 96)
            | (bit_cast::<TX_DESC_BITS, 1>(self.ack_solicited.val().into()) << 104)
            | (bit_cast::<TX_DESC_BITS, 24>(self.ack_dest_qpn.val()) << 105)
            | (bit_cast::<TX_DESC_BITS, 1>(self.ack_ack_req.val().into()) << 129)
            | (bit_cast::<TX_DESC_BITS, 24>(self.ack_psn.val()) << 130)
            | (bit_cast::<TX_DESC_BITS, 1>(self.ack_has_reth.val().into()) << 154)
            | (bit_cast::<TX_DESC_BITS, 64>(self.ack_reth_va.val()) << 155)
            | (bit_cast::<TX_DESC_BITS, 32>(self.ack_reth_rkey.val()) << 219)
            | (bit_cast::<TX_DESC_BITS, 32>(self.ack_reth_len.val()) << 251)
            | (bit_cast::<TX_DESC_BITS, 1>(self.ack_has_aeth.val().into()) << 283)
            | (bit_cast::<TX_DESC_BITS, 8>(self.ack_aeth_syndrome.val()) << 284)
            | (bit_cast::<TX_DESC_BITS, 24>(self.ack_aeth_msn.val()) << 292)
            | (bit_cast::<TX_DESC_BITS, 1>(self.ack_has_imm.val().into()) << 316)
            | (bit_cast::<TX_DESC_BITS, 32>(self.ack_imm.val()) << 317)
            | (bit_cast::<TX_DESC_BITS, 13>(self.ack_payload_len.val()) << 349);
        }
        if self.take_data.val() {
            self.entry_data.d.next = (bit_cast::<TX_DESC_BITS, 48>(self.data_dst_mac.val()) << 0)
            | (bit_cast::<TX_DESC_BITS, 32>(self.data_dst_ip.val()) << 48)
            | (bit_cast::<TX_DESC_BITS, 16>(self.data_udp_sport.val()) << 80)
            | (bit_cast::<TX_DESC_BITS, 8>(self.data_opcode.val()) << 96)
            | (bit_cast::<TX_DESC_BITS, 1>(self.data_solicited.val().into()) << 104)
            | (bit_cast::<TX_DESC_BITS, 24>(self.data_dest_qpn.val()) << 105)
            | (bit_cast::<TX_DESC_BITS, 1>(self.data_ack_req.val().into()) << 129)
            | (bit_cast::<TX_DESC_BITS, 24>(self.data_psn.val()) << 130)
            | (bit_cast::<TX_DESC_BITS, 1>(self.data_has_reth.val().into()) << 154)
            | (bit_cast::<TX_DESC_BITS, 64>(self.data_reth_va.val()) << 155)
            | (bit_cast::<TX_DESC_BITS, 32>(self.data_reth_rkey.val()) << 219)
            | (bit_cast::<TX_DESC_BITS, 32>(self.data_reth_len.val()) << 251)
            | (bit_cast::<TX_DESC_BITS, 1>(self.data_has_aeth.val().into()) << 283)
            | (bit_cast::<TX_DESC_BITS, 8>(self.data_aeth_syndrome.val()) << 284)
            | (bit_cast::<TX_DESC_BITS, 24>(self.data_aeth_msn.val()) << 292)
            | (bit_cast::<TX_DESC_BITS, 1>(self.data_has_imm.val().into()) << 316)
            | (bit_cast::<TX_DESC_BITS, 32>(self.data_imm.val()) << 317)
            | (bit_cast::<TX_DESC_BITS, 13>(self.data_payload_len.val()) << 349);
        }
        self.load.next = !self.out_valid.q.val() | self.o_ready.val();
        self.held_ack.d.next = self.held_ack.q.val() | self.take_ack.val();
        self.held_data.d.next = self.held_data.q.val() | self.take_data.val();
        if self.load.val() {
            self.out_valid.d.next = self.held_ack.q.val() | self.held_data.q.val();
            self.out_is_ack.d.next = self.held_ack.q.val();
            if self.held_ack.q.val() {
                self.out_entry.d.next = self.entry_ack.q.val();
                self.held_ack.d.next = self.take_ack.val();
            } else if self.held_data.q.val() {
                self.out_entry.d.next = self.entry_data.q.val();
                self.held_data.d.next = self.take_data.val();
            }
        }
        self.ack_sent.d.next = self.out_valid.q.val() & self.o_ready.val() & self.out_is_ack.q.val();
        self.cnt_tx_acks.next = self.ack_sent.q.val();
        self.o_valid.next = self.out_valid.q.val();
        self.o_dst_mac.next = self.out_entry.q.val().get_bits::<48>(0);
        self.o_dst_ip.next = self.out_entry.q.val().get_bits::<32>(48);
        self.o_udp_sport.next = self.out_entry.q.val().get_bits::<16>(80);
        self.o_opcode.next = self.out_entry.q.val().get_bits::<8>(96);
        self.o_solicited.next = self.out_entry.q.val().get_bit(104);
        self.o_dest_qpn.next = self.out_entry.q.val().get_bits::<24>(105);
        self.o_ack_req.next = self.out_entry.q.val().get_bit(129);
        self.o_psn.next = self.out_entry.q.val().get_bits::<24>(130);
        self.o_has_reth.next = self.out_entry.q.val().get_bit(154);
        self.o_reth_va.next = self.out_entry.q.val().get_bits::<64>(155);
        self.o_reth_rkey.next = self.out_entry.q.val().get_bits::<32>(219);
        self.o_reth_len.next = self.out_entry.q.val().get_bits::<32>(251);
        self.o_has_aeth.next = self.out_entry.q.val().get_bit(283);
        self.o_aeth_syndrome.next = self.out_entry.q.val().get_bits::<8>(284);
        self.o_aeth_msn.next = self.out_entry.q.val().get_bits::<24>(292);
        self.o_has_imm.next = self.out_entry.q.val().get_bit(316);
        self.o_imm.next = self.out_entry.q.val().get_bits::<32>(317);
        self.o_payload_len.next = self.out_entry.q.val().get_bits::<13>(349);
        self.idle.next = !self.held_ack.q.val() & !self.held_data.q.val() & !self.out_valid.q.val();
        self.accepting.d.next = true;
        if self.reset.val() {
            self.held_ack.d.next = false;
            self.held_data.d.next = false;
            self.out_valid.d.next = false;
            self.ack_sent.d.next = false;
            self.accepting.d.next = false;
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::clocked;
    use crate::testbench::{Clocked, Stalls};

    clocked!(TxArbiter);

    /// One TxDesc, as the testbench sees it.
    #[derive(Clone, Copy, Debug, PartialEq, Default)]
    pub struct Desc {
        pub dst_mac: u64,
        pub dst_ip: u64,
        pub udp_sport: u64,
        pub opcode: u64,
        pub solicited: bool,
        pub dest_qpn: u64,
        pub ack_req: bool,
        pub psn: u64,
        pub has_reth: bool,
        pub reth_va: u64,
        pub reth_rkey: u64,
        pub reth_len: u64,
        pub has_aeth: bool,
        pub aeth_syndrome: u64,
        pub aeth_msn: u64,
        pub has_imm: bool,
        pub imm: u64,
        pub payload_len: u64,
    }

    /// A random descriptor with every field random in its width.
    pub fn random_desc(r: &mut Stalls) -> Desc {
        Desc {
            dst_mac: r.next_u64() & ((1u64 << 48) - 1),
            dst_ip: r.next_u64() & ((1u64 << 32) - 1),
            udp_sport: r.next_u64() & ((1u64 << 16) - 1),
            opcode: r.next_u64() & ((1u64 << 8) - 1),
            solicited: r.next_u64() & 1 == 1,
            dest_qpn: r.next_u64() & ((1u64 << 24) - 1),
            ack_req: r.next_u64() & 1 == 1,
            psn: r.next_u64() & ((1u64 << 24) - 1),
            has_reth: r.next_u64() & 1 == 1,
            reth_va: r.next_u64(),
            reth_rkey: r.next_u64() & ((1u64 << 32) - 1),
            reth_len: r.next_u64() & ((1u64 << 32) - 1),
            has_aeth: r.next_u64() & 1 == 1,
            aeth_syndrome: r.next_u64() & ((1u64 << 8) - 1),
            aeth_msn: r.next_u64() & ((1u64 << 24) - 1),
            has_imm: r.next_u64() & 1 == 1,
            imm: r.next_u64() & ((1u64 << 32) - 1),
            payload_len: r.next_u64() & ((1u64 << 13) - 1),
        }
    }

    /// Drives a TxDesc input port `$p_*` with `$d` (a `Desc`).
    macro_rules! drive_desc {
        ($uut:expr, ack, $d:expr) => {{
            $uut.ack_dst_mac.next = $d.dst_mac.to_bits();
            $uut.ack_dst_ip.next = $d.dst_ip.to_bits();
            $uut.ack_udp_sport.next = $d.udp_sport.to_bits();
            $uut.ack_opcode.next = $d.opcode.to_bits();
            $uut.ack_solicited.next = $d.solicited;
            $uut.ack_dest_qpn.next = $d.dest_qpn.to_bits();
            $uut.ack_ack_req.next = $d.ack_req;
            $uut.ack_psn.next = $d.psn.to_bits();
            $uut.ack_has_reth.next = $d.has_reth;
            $uut.ack_reth_va.next = $d.reth_va.to_bits();
            $uut.ack_reth_rkey.next = $d.reth_rkey.to_bits();
            $uut.ack_reth_len.next = $d.reth_len.to_bits();
            $uut.ack_has_aeth.next = $d.has_aeth;
            $uut.ack_aeth_syndrome.next = $d.aeth_syndrome.to_bits();
            $uut.ack_aeth_msn.next = $d.aeth_msn.to_bits();
            $uut.ack_has_imm.next = $d.has_imm;
            $uut.ack_imm.next = $d.imm.to_bits();
            $uut.ack_payload_len.next = $d.payload_len.to_bits();
        }};
        ($uut:expr, data, $d:expr) => {{
            $uut.data_dst_mac.next = $d.dst_mac.to_bits();
            $uut.data_dst_ip.next = $d.dst_ip.to_bits();
            $uut.data_udp_sport.next = $d.udp_sport.to_bits();
            $uut.data_opcode.next = $d.opcode.to_bits();
            $uut.data_solicited.next = $d.solicited;
            $uut.data_dest_qpn.next = $d.dest_qpn.to_bits();
            $uut.data_ack_req.next = $d.ack_req;
            $uut.data_psn.next = $d.psn.to_bits();
            $uut.data_has_reth.next = $d.has_reth;
            $uut.data_reth_va.next = $d.reth_va.to_bits();
            $uut.data_reth_rkey.next = $d.reth_rkey.to_bits();
            $uut.data_reth_len.next = $d.reth_len.to_bits();
            $uut.data_has_aeth.next = $d.has_aeth;
            $uut.data_aeth_syndrome.next = $d.aeth_syndrome.to_bits();
            $uut.data_aeth_msn.next = $d.aeth_msn.to_bits();
            $uut.data_has_imm.next = $d.has_imm;
            $uut.data_imm.next = $d.imm.to_bits();
            $uut.data_payload_len.next = $d.payload_len.to_bits();
        }};
    }

    /// Reads a TxDesc output port `o_*`.
    macro_rules! read_desc {
        ($uut:expr) => {
            Desc {
                dst_mac: $uut.o_dst_mac.val().to_u64(),
                dst_ip: $uut.o_dst_ip.val().to_u64(),
                udp_sport: $uut.o_udp_sport.val().to_u64(),
                opcode: $uut.o_opcode.val().to_u64(),
                solicited: $uut.o_solicited.val(),
                dest_qpn: $uut.o_dest_qpn.val().to_u64(),
                ack_req: $uut.o_ack_req.val(),
                psn: $uut.o_psn.val().to_u64(),
                has_reth: $uut.o_has_reth.val(),
                reth_va: $uut.o_reth_va.val().to_u64(),
                reth_rkey: $uut.o_reth_rkey.val().to_u64(),
                reth_len: $uut.o_reth_len.val().to_u64(),
                has_aeth: $uut.o_has_aeth.val(),
                aeth_syndrome: $uut.o_aeth_syndrome.val().to_u64(),
                aeth_msn: $uut.o_aeth_msn.val().to_u64(),
                has_imm: $uut.o_has_imm.val(),
                imm: $uut.o_imm.val().to_u64(),
                payload_len: $uut.o_payload_len.val().to_u64(),
            }
        };
    }

    /// The arbiter's behaviour, cycle by cycle: a holding register per input, ACK first
    /// into the output register, the ACK count strobe a cycle after an ACK is taken.
    #[derive(Default)]
    struct Model {
        held_ack: Option<Desc>,
        held_data: Option<Desc>,
        out: Option<(Desc, bool)>,
        ack_sent: bool,
    }

    /// Seeded stalls on all three ports (4 patterns): the outputs match the model cycle
    /// for cycle (valid, every field, the readies, the strobe); every descriptor comes
    /// out once, each source's in order; ACKs never wait behind a held data descriptor.
    #[test]
    fn acks_first_and_every_descriptor_intact_under_stalls() {
        for (seed, pa, pd, po) in [(1u64, 40u64, 40u64, 50u64), (2, 90, 90, 30), (3, 20, 100, 100), (4, 100, 100, 100)] {
            let mut uut = TxArbiter::default();
            uut.connect_all();
            uut.reset.next = true;
            uut.half_low();
            uut.half_high();
            uut.reset.next = false;
            // Readies rise the cycle after reset.
            uut.half_low();
            uut.half_high();
            let mut rng = Stalls::new(seed, 50);
            let acks: Vec<Desc> = (0..150).map(|_| random_desc(&mut rng)).collect();
            let datas: Vec<Desc> = (0..150).map(|_| random_desc(&mut rng)).collect();
            let (mut ai, mut di) = (0, 0);
            let (mut a_on, mut d_on) = (false, false);
            let (mut ga, mut gd, mut go) = (Stalls::new(seed + 1, pa), Stalls::new(seed + 2, pd), Stalls::new(seed + 3, po));
            let mut m = Model::default();
            let (mut got_acks, mut got_data, mut strobes) = (Vec::new(), Vec::new(), 0);
            let mut cycle = 0;
            while got_acks.len() + got_data.len() < 300 || m.ack_sent {
                cycle += 1;
                assert!(cycle < 10_000, "seed {seed}: stuck");
                a_on |= ai < acks.len() && ga.go();
                d_on |= di < datas.len() && gd.go();
                let o_ready = go.go();
                uut.ack_valid.next = false;
                uut.data_valid.next = false;
                uut.o_ready.next = o_ready;
                uut.half_low();
                let idle_readies = (uut.ack_ready.val(), uut.data_ready.val());
                uut.ack_valid.next = a_on;
                drive_desc!(uut, ack, acks[ai.min(acks.len() - 1)]);
                uut.data_valid.next = d_on;
                drive_desc!(uut, data, datas[di.min(datas.len() - 1)]);
                uut.half_low();
                // The model's view of this cycle.
                assert_eq!((uut.ack_ready.val(), uut.data_ready.val()), idle_readies, "a ready depends on a valid");
                assert_eq!(uut.ack_ready.val(), m.held_ack.is_none(), "cycle {cycle}: ack_ready");
                assert_eq!(uut.data_ready.val(), m.held_data.is_none(), "cycle {cycle}: data_ready");
                assert_eq!(uut.o_valid.val(), m.out.is_some(), "seed {seed} cycle {cycle}: o_valid");
                assert_eq!(uut.cnt_tx_acks.val(), m.ack_sent, "cycle {cycle}: cnt_tx_acks");
                strobes += uut.cnt_tx_acks.val() as usize;
                let fire = m.out.is_some() && o_ready;
                if let Some((d, is_ack)) = m.out {
                    assert_eq!(read_desc!(uut), d, "cycle {cycle}: descriptor");
                    if fire {
                        if is_ack {
                            got_acks.push(d);
                        } else {
                            got_data.push(d);
                        }
                    }
                }
                m.ack_sent = fire && m.out.unwrap().1;
                let take_a = (a_on && m.held_ack.is_none()).then(|| acks[ai]);
                let take_d = (d_on && m.held_data.is_none()).then(|| datas[di]);
                if take_a.is_some() {
                    ai += 1;
                    a_on = false;
                }
                if take_d.is_some() {
                    di += 1;
                    d_on = false;
                }
                if m.out.is_none() || o_ready {
                    m.out = match (m.held_ack.take(), m.held_data.take()) {
                        (Some(a), d) => {
                            m.held_data = d;
                            Some((a, true))
                        }
                        (None, Some(d)) => Some((d, false)),
                        (None, None) => None,
                    };
                }
                m.held_ack = m.held_ack.or(take_a);
                m.held_data = m.held_data.or(take_d);
                uut.half_high();
            }
            assert_eq!(got_acks, acks, "seed {seed}");
            assert_eq!(got_data, datas, "seed {seed}");
            assert_eq!(strobes, acks.len(), "one cnt_tx_acks per ACK");
            uut.half_low();
            assert!(uut.idle.val());
        }
    }
}
