//! AckQueue: ACK/NAK requests from the Responder, queued as TxDesc for the TxArbiter's
//! ACK input (opcode Acknowledge, AETH, no payload).
//!
//! A FIFO of 16 entries in RAM plus a two-entry output buffer (the RAM read is
//! registered, so the head is read a cycle ahead, as in BeatFifo). It coalesces: a
//! plain ACK (syndrome[7:5] = 0) for the same peer QP as the newest entry, when that
//! entry is a plain ACK still in the RAM (its read not yet issued), overwrites it: the
//! newer PSN and MSN acknowledge everything the older one did. NAKs are never merged
//! and never replaced, so the requester sees every one. An entry whose read is issued
//! counts as sent: the overwrite must not race the read (the RAM is read-first).
//!
//! `req_ready` is a flip-flop (`!full`); a request that would merge still waits for it.

use rust_hdl::prelude::*;

/// log2 of the RAM's entries.
pub const ACK_QUEUE_LOG2: usize = 4;
/// Bits of one queued request: qpn24, syndrome, psn, msn, dst_mac, dst_ip, udp_sport.
const ACK_ENTRY_BITS: usize = 176;
// The pointers' wrap bit is read as bit 4 (a literal: rust-hdl emits const paths by name).
const _: () = assert!(ACK_QUEUE_LOG2 == 4);

#[derive(LogicBlock, Default)]
pub struct AckQueue {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, bool>,
    pub req_valid: Signal<In, bool>,
    pub req_ready: Signal<Out, bool>,
    /// The peer's QPN (the ACK's destination QP).
    pub req_qpn24: Signal<In, Bits<24>>,
    pub req_syndrome: Signal<In, Bits<8>>,
    pub req_psn: Signal<In, Bits<24>>,
    pub req_msn: Signal<In, Bits<24>>,
    pub req_dst_mac: Signal<In, Bits<48>>,
    pub req_dst_ip: Signal<In, Bits<32>>,
    pub req_udp_sport: Signal<In, Bits<16>>,
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
    /// Nothing held.
    pub idle: Signal<Out, bool>,
    ram: RAM<Bits<ACK_ENTRY_BITS>, ACK_QUEUE_LOG2>,
    wp: DFF<Bits<5>>,
    rp: DFF<Bits<5>>,
    full: DFF<bool>,
    inflight: DFF<bool>,
    a_valid: DFF<bool>,
    a: DFF<Bits<ACK_ENTRY_BITS>>,
    b_valid: DFF<bool>,
    b: DFF<Bits<ACK_ENTRY_BITS>>,
    /// The newest entry written (at wp - 1): its peer QP and whether it is a plain ACK.
    newest_qpn: DFF<Bits<24>>,
    newest_plain: DFF<bool>,
    take: Signal<Local, bool>,
    plain: Signal<Local, bool>,
    merge: Signal<Local, bool>,
    consume: Signal<Local, bool>,
    entries: Signal<Local, Bits<2>>,
    issue: Signal<Local, bool>,
    wp_prev: Signal<Local, Bits<ACK_QUEUE_LOG2>>,
    wp_next: Signal<Local, Bits<5>>,
    rp_next: Signal<Local, Bits<5>>,
}

impl Logic for AckQueue {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, wp, rp, full, inflight, a_valid, a, b_valid, b, newest_qpn, newest_plain);
        self.ram.read_clock.next = self.clock.val();
        self.ram.write_clock.next = self.clock.val();

        // ---- output side: read the head ahead into the two-entry buffer ----
        self.consume.next = self.a_valid.q.val() & self.o_ready.val();
        self.entries.next = bit_cast::<2, 1>(self.a_valid.q.val().into())
            + bit_cast::<2, 1>(self.b_valid.q.val().into())
            + bit_cast::<2, 1>(self.inflight.q.val().into());
        self.issue.next = (self.rp.q.val() != self.wp.q.val())
            & ((self.entries.val() < 2) | ((self.entries.val() == 2) & self.consume.val()));
        self.ram.read_address.next = self.rp.q.val().get_bits::<ACK_QUEUE_LOG2>(0);
        self.rp_next.next = self.rp.q.val();
        if self.issue.val() {
            self.rp_next.next = self.rp.q.val() + 1;
        }
        self.rp.d.next = self.rp_next.val();
        self.inflight.d.next = self.issue.val();

        // ---- input side: push, or overwrite the newest entry (coalesce) ----
        self.req_ready.next = !self.full.q.val();
        self.take.next = self.req_valid.val() & !self.full.q.val();
        self.plain.next = !self.req_syndrome.val().get_bits::<3>(5).any();
        // The newest entry is still in the RAM after this cycle's read: rp_next != wp.
        self.merge.next = self.take.val()
            & self.plain.val()
            & self.newest_plain.q.val()
            & (self.newest_qpn.q.val() == self.req_qpn24.val())
            & (self.rp_next.val() != self.wp.q.val());
        self.wp_prev.next = self.wp.q.val().get_bits::<ACK_QUEUE_LOG2>(0) - 1;
        self.ram.write_enable.next = self.take.val();
        self.ram.write_address.next = self.wp.q.val().get_bits::<ACK_QUEUE_LOG2>(0);
        if self.merge.val() {
            self.ram.write_address.next = self.wp_prev.val();
        }
        self.ram.write_data.next = (bit_cast::<ACK_ENTRY_BITS, 24>(self.req_qpn24.val()) << 0)
            | (bit_cast::<ACK_ENTRY_BITS, 8>(self.req_syndrome.val()) << 24)
            | (bit_cast::<ACK_ENTRY_BITS, 24>(self.req_psn.val()) << 32)
            | (bit_cast::<ACK_ENTRY_BITS, 24>(self.req_msn.val()) << 56)
            | (bit_cast::<ACK_ENTRY_BITS, 48>(self.req_dst_mac.val()) << 80)
            | (bit_cast::<ACK_ENTRY_BITS, 32>(self.req_dst_ip.val()) << 128)
            | (bit_cast::<ACK_ENTRY_BITS, 16>(self.req_udp_sport.val()) << 160);
        self.wp_next.next = self.wp.q.val();
        if self.take.val() & !self.merge.val() {
            self.wp_next.next = self.wp.q.val() + 1;
        }
        self.wp.d.next = self.wp_next.val();
        if self.take.val() {
            self.newest_qpn.d.next = self.req_qpn24.val();
            self.newest_plain.d.next = self.plain.val();
        }
        // Full when every RAM entry is written and not yet read out.
        self.full.d.next = (self.wp_next.val().get_bits::<ACK_QUEUE_LOG2>(0) == self.rp_next.val().get_bits::<ACK_QUEUE_LOG2>(0))
            & (self.wp_next.val().get_bit(4) != self.rp_next.val().get_bit(4));

        // ---- the two-entry output buffer ----
        if self.consume.val() {
            if self.b_valid.q.val() {
                self.a.d.next = self.b.q.val();
                self.b_valid.d.next = false;
                if self.inflight.q.val() {
                    self.b_valid.d.next = true;
                    self.b.d.next = self.ram.read_data.val();
                }
            } else if self.inflight.q.val() {
                self.a.d.next = self.ram.read_data.val();
            } else {
                self.a_valid.d.next = false;
            }
        } else if self.inflight.q.val() {
            if self.a_valid.q.val() {
                self.b_valid.d.next = true;
                self.b.d.next = self.ram.read_data.val();
            } else {
                self.a_valid.d.next = true;
                self.a.d.next = self.ram.read_data.val();
            }
        }

        // ---- the head as an ACK descriptor (RC Acknowledge: BTH + AETH, no payload) ----
        self.o_valid.next = self.a_valid.q.val();
        self.o_dst_mac.next = self.a.q.val().get_bits::<48>(80);
        self.o_dst_ip.next = self.a.q.val().get_bits::<32>(128);
        self.o_udp_sport.next = self.a.q.val().get_bits::<16>(160);
        self.o_opcode.next = 0x11.into();
        self.o_solicited.next = false;
        self.o_dest_qpn.next = self.a.q.val().get_bits::<24>(0);
        self.o_ack_req.next = false;
        self.o_psn.next = self.a.q.val().get_bits::<24>(32);
        self.o_has_reth.next = false;
        self.o_reth_va.next = 0.into();
        self.o_reth_rkey.next = 0.into();
        self.o_reth_len.next = 0.into();
        self.o_has_aeth.next = true;
        self.o_aeth_syndrome.next = self.a.q.val().get_bits::<8>(24);
        self.o_aeth_msn.next = self.a.q.val().get_bits::<24>(56);
        self.o_has_imm.next = false;
        self.o_imm.next = 0.into();
        self.o_payload_len.next = 0.into();
        self.idle.next = !self.a_valid.q.val() & !self.inflight.q.val() & (self.rp.q.val() == self.wp.q.val());
        if self.reset.val() {
            self.wp.d.next = 0.into();
            self.rp.d.next = 0.into();
            self.full.d.next = false;
            self.inflight.d.next = false;
            self.a_valid.d.next = false;
            self.b_valid.d.next = false;
            self.newest_plain.d.next = false;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clocked;
    use crate::pipeline::tx_arb::tests::Desc;
    use crate::testbench::{Clocked, Stalls};

    clocked!(AckQueue);

    #[derive(Clone, Copy, Debug, PartialEq)]
    struct Req {
        qpn24: u64,
        syndrome: u64,
        psn: u64,
        msn: u64,
        dst_mac: u64,
        dst_ip: u64,
        udp_sport: u64,
    }

    impl Req {
        fn plain(&self) -> bool {
            self.syndrome >> 5 == 0
        }
        /// The ACK descriptor this request becomes.
        fn desc(&self) -> Desc {
            Desc {
                dst_mac: self.dst_mac,
                dst_ip: self.dst_ip,
                udp_sport: self.udp_sport,
                opcode: 0x11,
                dest_qpn: self.qpn24,
                psn: self.psn,
                has_aeth: true,
                aeth_syndrome: self.syndrome,
                aeth_msn: self.msn,
                ..Desc::default()
            }
        }
    }

    /// Requests for a few peer QPs, mostly plain ACKs (so runs that can coalesce are
    /// common), some NAKs of every class.
    fn random_req(r: &mut Stalls, qps: u64) -> Req {
        let syndrome = match r.next_u64() % 8 {
            0 => 0x60 | (r.next_u64() % 4),
            1 => 0x20 | (r.next_u64() & 0x1F),
            _ => r.next_u64() & 0x1F,
        };
        Req {
            qpn24: 0x1000 + r.next_u64() % qps,
            syndrome,
            psn: r.next_u64() & 0xFF_FFFF,
            msn: r.next_u64() & 0xFF_FFFF,
            dst_mac: r.next_u64() & 0xFFFF_FFFF_FFFF,
            dst_ip: r.next_u64() & 0xFFFF_FFFF,
            udp_sport: r.next_u64() & 0xFFFF,
        }
    }

    fn new_uut() -> AckQueue {
        let mut uut = AckQueue::default();
        uut.connect_all();
        uut.reset.next = true;
        uut.half_low();
        uut.half_high();
        uut.reset.next = false;
        uut
    }

    fn drive(uut: &mut AckQueue, r: Option<Req>) {
        uut.req_valid.next = r.is_some();
        let r = r.unwrap_or(Req { qpn24: 0, syndrome: 0, psn: 0, msn: 0, dst_mac: 0, dst_ip: 0, udp_sport: 0 });
        uut.req_qpn24.next = r.qpn24.to_bits();
        uut.req_syndrome.next = r.syndrome.to_bits();
        uut.req_psn.next = r.psn.to_bits();
        uut.req_msn.next = r.msn.to_bits();
        uut.req_dst_mac.next = r.dst_mac.to_bits();
        uut.req_dst_ip.next = r.dst_ip.to_bits();
        uut.req_udp_sport.next = r.udp_sport.to_bits();
    }

    fn read(uut: &AckQueue) -> Desc {
        Desc {
            dst_mac: uut.o_dst_mac.val().to_u64(),
            dst_ip: uut.o_dst_ip.val().to_u64(),
            udp_sport: uut.o_udp_sport.val().to_u64(),
            opcode: uut.o_opcode.val().to_u64(),
            solicited: uut.o_solicited.val(),
            dest_qpn: uut.o_dest_qpn.val().to_u64(),
            ack_req: uut.o_ack_req.val(),
            psn: uut.o_psn.val().to_u64(),
            has_reth: uut.o_has_reth.val(),
            reth_va: uut.o_reth_va.val().to_u64(),
            reth_rkey: uut.o_reth_rkey.val().to_u64(),
            reth_len: uut.o_reth_len.val().to_u64(),
            has_aeth: uut.o_has_aeth.val(),
            aeth_syndrome: uut.o_aeth_syndrome.val().to_u64(),
            aeth_msn: uut.o_aeth_msn.val().to_u64(),
            has_imm: uut.o_has_imm.val(),
            imm: uut.o_imm.val().to_u64(),
            payload_len: uut.o_payload_len.val().to_u64(),
        }
    }

    /// Runs `reqs` through under the given stall rates; returns the descriptors out and
    /// the cycles it took.
    fn run(reqs: &[Req], seed: u64, pin: u64, pout: u64) -> (Vec<Desc>, usize) {
        let mut uut = new_uut();
        let (mut gi, mut on) = (0, false);
        let (mut ig, mut og) = (Stalls::new(seed + 1, pin), Stalls::new(seed + 2, pout));
        let mut got = Vec::new();
        let mut quiet = 0;
        let mut cycles = 0;
        while gi < reqs.len() || quiet < 8 {
            cycles += 1;
            assert!(cycles < 20_000, "seed {seed}: stuck");
            on |= gi < reqs.len() && ig.go();
            uut.o_ready.next = og.go() || gi == reqs.len();
            drive(&mut uut, None);
            uut.half_low();
            let idle_ready = uut.req_ready.val();
            drive(&mut uut, on.then(|| reqs[gi]));
            uut.half_low();
            assert_eq!(uut.req_ready.val(), idle_ready, "req_ready depends on req_valid");
            if on && uut.req_ready.val() {
                gi += 1;
                on = false;
            }
            if uut.o_valid.val() && uut.o_ready.val() {
                got.push(read(&uut));
                quiet = 0;
            } else if gi == reqs.len() {
                quiet += 1;
            }
            uut.half_high();
        }
        uut.half_low();
        assert!(uut.idle.val(), "seed {seed}: idle once drained");
        (got, cycles)
    }

    /// The output is the input with some runs of plain ACKs for one peer QP replaced by
    /// their last: walks both and fails on anything else (a lost, reordered, altered or
    /// wrongly merged request; a NAK merged).
    fn check_coalesced(reqs: &[Req], got: &[Desc], what: &str) -> usize {
        let mut i = 0;
        let mut merged = 0;
        for (k, d) in got.iter().enumerate() {
            let j = (i..reqs.len()).find(|&j| reqs[j].desc() == *d).unwrap_or_else(|| panic!("{what}: output {k} {d:?} matches no later request"));
            for r in &reqs[i..j] {
                assert!(r.plain() && reqs[j].plain() && r.qpn24 == reqs[j].qpn24, "{what}: output {k} dropped {r:?} (not a plain ACK of the same QP)");
            }
            merged += j - i;
            i = j + 1;
        }
        assert_eq!(i, reqs.len(), "{what}: requests after the last output were lost");
        merged
    }

    /// Seeded stalls on both ports (4 patterns): every request comes out as its ACK
    /// descriptor, in order, except plain ACKs merged into a later plain ACK of the same
    /// peer QP; NAKs are all there.
    #[test]
    fn passes_every_nak_and_merges_only_plain_acks_under_stalls() {
        for (seed, pin, pout) in [(1u64, 60u64, 60u64), (2, 90, 20), (3, 30, 90), (4, 100, 100)] {
            let mut rng = Stalls::new(seed, 50);
            let reqs: Vec<Req> = (0..400).map(|_| random_req(&mut rng, 3)).collect();
            let (got, cycles) = run(&reqs, seed, pin, pout);
            let merged = check_coalesced(&reqs, &got, &format!("seed {seed}"));
            println!("AckQueue seed {seed} ({pin}% in, {pout}% out): {} requests, {} out, {merged} merged, {cycles} cycles", reqs.len(), got.len());
            if pout <= 20 {
                assert!(merged > 0, "a slow sink must see plain ACKs coalesce");
            }
            if pin == 100 && pout == 100 {
                assert!(cycles <= reqs.len() + 16, "one request per cycle: {cycles} cycles");
            }
        }
    }

    /// A stalled sink: ten plain ACKs of one QP leave as at most three (the ones already
    /// read toward the output, then one carrying the newest PSN); ten NAKs all stay; and
    /// distinct QPs fill at least 16 entries before `req_ready` drops.
    #[test]
    fn coalesces_behind_a_stalled_sink_and_holds_sixteen() {
        let mut rng = Stalls::new(77, 50);
        let mut acks: Vec<Req> = (0..10).map(|_| random_req(&mut rng, 1)).collect();
        for a in acks.iter_mut() {
            a.syndrome &= 0x1F;
        }
        let mut naks = acks.clone();
        for n in naks.iter_mut() {
            n.syndrome = 0x60;
        }
        for (reqs, most) in [(&acks, 3), (&naks, 10)] {
            let mut uut = new_uut();
            uut.o_ready.next = false;
            for r in reqs.iter() {
                drive(&mut uut, Some(*r));
                uut.half_low();
                assert!(uut.req_ready.val());
                uut.half_high();
            }
            drive(&mut uut, None);
            let mut got = Vec::new();
            for _ in 0..40 {
                uut.o_ready.next = true;
                uut.half_low();
                if uut.o_valid.val() {
                    got.push(read(&uut));
                }
                uut.half_high();
            }
            check_coalesced(reqs, &got, "stalled");
            assert!(got.len() <= most, "{} out of {} (at most {most})", got.len(), reqs.len());
            assert_eq!(got.last(), Some(&reqs[9].desc()), "the newest PSN/MSN leaves");
        }
        let mut uut = new_uut();
        uut.o_ready.next = false;
        let mut held = 0;
        for q in 0..40u64 {
            drive(&mut uut, Some(Req { qpn24: q, syndrome: 0, psn: q, msn: q, dst_mac: 1, dst_ip: 2, udp_sport: 3 }));
            uut.half_low();
            if !uut.req_ready.val() {
                break;
            }
            held += 1;
            uut.half_high();
        }
        println!("AckQueue: {held} requests held behind a stalled sink");
        assert!(held >= 16, "holds {held}, needs at least 16");
        assert!(held < 40, "req_ready never dropped");
    }
}
