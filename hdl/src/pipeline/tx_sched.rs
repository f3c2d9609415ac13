//! TxScheduler: the ring of QPs that have send work. It grants one packet at a time,
//! round robin, so a long message never holds back another QP.
//!
//! Each QP is in one of three states, kept as one bit per QP in three flop vectors:
//! idle, *queued* (`member`: in the ring, waiting for its grant) or *serving*
//! (granted, its `done` not yet reported). An event ("this QP may have work") for an
//! idle QP queues it at the tail; for a queued QP it is absorbed (the grant to come
//! covers it); for a serving QP it sets `again`, so the QP is queued again when its
//! done comes, even if the requester said it had nothing more: the event may name
//! work the requester had not seen yet.
//!
//! The ring is a FIFO of QPNs in block RAM. A QP is in it at most once, so it never
//! holds more than `QPS` entries. A cycle can push two QPNs (a done that re-queues and
//! an event that queues another QP; `done` has no ready, so neither may wait), so the
//! FIFO is two RAM banks, even and odd slots: the two pushes of a cycle always land in
//! different banks. The head is read a cycle ahead into a two-entry output stage
//! (grant register and skid), which sustains one grant per cycle while `grant_ready`
//! stays high.
//!
//! Order within a cycle: a re-queue from `done` enters the ring before an event's QP.
//! A done naming a QP that holds no grant is ignored and reported on `done_unexpected`.
//!
//! Rate-limiter hook: the local `eligible` gates the read of the ring's head (the next
//! grant). It is always true here: there is no limiter. A per-QP limiter would look up
//! the head QP's budget on the way from the ring RAM to the grant register and send a
//! QP without budget to the tail through the bank the cycle's pushes leave free.

use super::params::{QPN_BITS, QPS};
use rust_hdl::prelude::*;

/// Slots per RAM bank (two banks hold the ring).
const BANK_BITS: usize = QPN_BITS - 1;
/// Ring occupancy, 0..=QPS.
const COUNT_BITS: usize = QPN_BITS + 1;

#[derive(LogicBlock)]
pub struct TxScheduler {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, bool>,
    /// "This QP may have work": doorbell, send window opened, go-back, RNR delay over.
    pub event_valid: Signal<In, bool>,
    pub event_ready: Signal<Out, bool>,
    pub event_qpn: Signal<In, Bits<QPN_BITS>>,
    /// The next QP to send one packet.
    pub grant_valid: Signal<Out, bool>,
    pub grant_ready: Signal<In, bool>,
    pub grant_qpn: Signal<Out, Bits<QPN_BITS>>,
    /// The requester served a grant; `done_more`: the QP still has work (re-queued at the
    /// tail), else it leaves the ring until its next event. Taken every cycle (no ready).
    pub done_valid: Signal<In, bool>,
    pub done_qpn: Signal<In, Bits<QPN_BITS>>,
    pub done_more: Signal<In, bool>,
    /// One-cycle strobe, a cycle after a done that named a QP holding no grant.
    pub done_unexpected: Signal<Out, bool>,
    /// No QP queued or being served (as of the previous cycle).
    pub idle: Signal<Out, bool>,
    member: DFF<Bits<QPS>>,
    serving: DFF<Bits<QPS>>,
    again: DFF<Bits<QPS>>,
    ring_even: RAM<Bits<QPN_BITS>, BANK_BITS>,
    ring_odd: RAM<Bits<QPN_BITS>, BANK_BITS>,
    head: DFF<Bits<QPN_BITS>>,
    tail: DFF<Bits<QPN_BITS>>,
    count: DFF<Bits<COUNT_BITS>>,
    /// A head read was issued last cycle; its QPN is on the bank `read_odd` names.
    read_pending: DFF<bool>,
    read_odd: DFF<bool>,
    out_valid: DFF<bool>,
    out_qpn: DFF<Bits<QPN_BITS>>,
    skid_valid: DFF<bool>,
    skid_qpn: DFF<Bits<QPN_BITS>>,
    unexpected: DFF<bool>,
    idle_q: DFF<bool>,
    accepting: DFF<bool>,
    eligible: Signal<Local, bool>,
    fire: Signal<Local, bool>,
    ev: Signal<Local, bool>,
    ev_serving: Signal<Local, bool>,
    done_ok: Signal<Local, bool>,
    done_again: Signal<Local, bool>,
    push_done: Signal<Local, bool>,
    push_event: Signal<Local, bool>,
    set_again: Signal<Local, bool>,
    first_qpn: Signal<Local, Bits<QPN_BITS>>,
    any_push: Signal<Local, bool>,
    two_push: Signal<Local, bool>,
    tail_odd: Signal<Local, bool>,
    slot: Signal<Local, Bits<BANK_BITS>>,
    two_held: Signal<Local, bool>,
    issue: Signal<Local, bool>,
    read_qpn: Signal<Local, Bits<QPN_BITS>>,
    one_event: Signal<Local, Bits<QPS>>,
    one_done: Signal<Local, Bits<QPS>>,
    one_grant: Signal<Local, Bits<QPS>>,
    clr_member: Signal<Local, Bits<QPS>>,
    set_member: Signal<Local, Bits<QPS>>,
    clr_done: Signal<Local, Bits<QPS>>,
    k_one: Constant<Bits<QPS>>,
}

impl Default for TxScheduler {
    fn default() -> Self {
        Self {
            clock: Default::default(),
            reset: Default::default(),
            event_valid: Default::default(),
            event_ready: Default::default(),
            event_qpn: Default::default(),
            grant_valid: Default::default(),
            grant_ready: Default::default(),
            grant_qpn: Default::default(),
            done_valid: Default::default(),
            done_qpn: Default::default(),
            done_more: Default::default(),
            done_unexpected: Default::default(),
            idle: Default::default(),
            member: Default::default(),
            serving: Default::default(),
            again: Default::default(),
            ring_even: Default::default(),
            ring_odd: Default::default(),
            head: Default::default(),
            tail: Default::default(),
            count: Default::default(),
            read_pending: Default::default(),
            read_odd: Default::default(),
            out_valid: Default::default(),
            out_qpn: Default::default(),
            skid_valid: Default::default(),
            skid_qpn: Default::default(),
            unexpected: Default::default(),
            idle_q: Default::default(),
            accepting: Default::default(),
            eligible: Default::default(),
            fire: Default::default(),
            ev: Default::default(),
            ev_serving: Default::default(),
            done_ok: Default::default(),
            done_again: Default::default(),
            push_done: Default::default(),
            push_event: Default::default(),
            set_again: Default::default(),
            first_qpn: Default::default(),
            any_push: Default::default(),
            two_push: Default::default(),
            tail_odd: Default::default(),
            slot: Default::default(),
            two_held: Default::default(),
            issue: Default::default(),
            read_qpn: Default::default(),
            one_event: Default::default(),
            one_done: Default::default(),
            one_grant: Default::default(),
            clr_member: Default::default(),
            set_member: Default::default(),
            clr_done: Default::default(),
            k_one: Constant::new(1u64.to_bits()),
        }
    }
}

impl Logic for TxScheduler {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, member, serving, again, head, tail, count, read_pending, read_odd, out_valid, out_qpn,
            skid_valid, skid_qpn, unexpected, idle_q, accepting);
        self.ring_even.read_clock.next = self.clock.val();
        self.ring_even.write_clock.next = self.clock.val();
        self.ring_odd.read_clock.next = self.clock.val();
        self.ring_odd.write_clock.next = self.clock.val();
        // The rate-limiter hook (module doc): no limiter, every head is eligible.
        self.eligible.next = true;

        // ---- what this cycle's handshakes do to the QP states ----
        self.fire.next = self.out_valid.q.val() & self.grant_ready.val();
        self.ev.next = self.event_valid.val() & self.accepting.q.val();
        self.done_ok.next = self.done_valid.val() & self.serving.q.val().get_bit(self.done_qpn.val().index());
        // An event for the QP whose done arrives in the same cycle counts as arrived during its grant.
        self.done_again.next =
            self.again.q.val().get_bit(self.done_qpn.val().index()) | (self.ev.val() & (self.event_qpn.val() == self.done_qpn.val()));
        self.push_done.next = self.done_ok.val() & (self.done_more.val() | self.done_again.val());
        // A grant taken in this cycle makes its QP serving already.
        self.ev_serving.next = self.serving.q.val().get_bit(self.event_qpn.val().index())
            | (self.fire.val() & (self.out_qpn.q.val() == self.event_qpn.val()));
        self.push_event.next = self.ev.val()
            & !self.member.q.val().get_bit(self.event_qpn.val().index())
            & !self.serving.q.val().get_bit(self.event_qpn.val().index());
        self.set_again.next = self.ev.val() & self.ev_serving.val() & !(self.done_ok.val() & (self.event_qpn.val() == self.done_qpn.val()));

        self.one_event.next = self.k_one.val() << self.event_qpn.val();
        self.one_done.next = self.k_one.val() << self.done_qpn.val();
        self.one_grant.next = self.k_one.val() << self.out_qpn.q.val();
        self.clr_member.next = 0.into();
        if self.fire.val() {
            self.clr_member.next = self.one_grant.val();
        }
        self.set_member.next = 0.into();
        if self.push_event.val() {
            self.set_member.next = self.one_event.val();
        }
        if self.push_done.val() {
            self.set_member.next = self.set_member.val() | self.one_done.val();
        }
        self.clr_done.next = 0.into();
        if self.done_ok.val() {
            self.clr_done.next = self.one_done.val();
        }
        self.member.d.next = (self.member.q.val() & !self.clr_member.val()) | self.set_member.val();
        self.serving.d.next = self.serving.q.val() & !self.clr_done.val();
        if self.fire.val() {
            self.serving.d.next = (self.serving.q.val() & !self.clr_done.val()) | self.one_grant.val();
        }
        self.again.d.next = self.again.q.val() & !self.clr_done.val();
        if self.set_again.val() {
            self.again.d.next = (self.again.q.val() & !self.clr_done.val()) | self.one_event.val();
        }

        // ---- ring pushes: the done's QP first, then the event's ----
        self.any_push.next = self.push_done.val() | self.push_event.val();
        self.two_push.next = self.push_done.val() & self.push_event.val();
        self.first_qpn.next = self.event_qpn.val();
        if self.push_done.val() {
            self.first_qpn.next = self.done_qpn.val();
        }
        self.tail_odd.next = self.tail.q.val().get_bit(0);
        self.slot.next = self.tail.q.val().get_bits::<BANK_BITS>(1);
        self.ring_even.write_enable.next = (self.any_push.val() & !self.tail_odd.val()) | (self.two_push.val() & self.tail_odd.val());
        self.ring_odd.write_enable.next = (self.any_push.val() & self.tail_odd.val()) | (self.two_push.val() & !self.tail_odd.val());
        self.ring_odd.write_address.next = self.slot.val();
        if self.tail_odd.val() {
            self.ring_even.write_address.next = self.slot.val() + 1;
            self.ring_even.write_data.next = self.event_qpn.val();
            self.ring_odd.write_data.next = self.first_qpn.val();
        } else {
            self.ring_even.write_address.next = self.slot.val();
            self.ring_even.write_data.next = self.first_qpn.val();
            self.ring_odd.write_data.next = self.event_qpn.val();
        }
        self.tail.d.next = self.tail.q.val();
        if self.any_push.val() {
            self.tail.d.next = self.tail.q.val() + 1;
        }
        if self.two_push.val() {
            self.tail.d.next = self.tail.q.val() + 2;
        }

        // ---- ring head -> grant register / skid ----
        // Both banks read the head's slot; `read_odd` picks the one that held the head.
        self.ring_even.read_address.next = self.head.q.val().get_bits::<BANK_BITS>(1);
        self.ring_odd.read_address.next = self.head.q.val().get_bits::<BANK_BITS>(1);
        self.read_qpn.next = self.ring_even.read_data.val();
        if self.read_odd.q.val() {
            self.read_qpn.next = self.ring_odd.read_data.val();
        }
        // A read is issued only if the output stage can hold its result next cycle
        // whatever grant_ready does then. `count` counts entries written before this
        // cycle, so the head slot is never read in the cycle it is written.
        self.two_held.next = (self.out_valid.q.val() & self.skid_valid.q.val())
            | (self.out_valid.q.val() & self.read_pending.q.val())
            | (self.skid_valid.q.val() & self.read_pending.q.val());
        self.issue.next = self.count.q.val().any() & self.eligible.val() & (self.fire.val() | !self.two_held.val());
        self.read_pending.d.next = self.issue.val();
        self.read_odd.d.next = self.head.q.val().get_bit(0);
        if self.issue.val() {
            self.head.d.next = self.head.q.val() + 1;
        }
        self.count.d.next = self.count.q.val() + bit_cast::<COUNT_BITS, 1>(self.push_done.val().into())
            + bit_cast::<COUNT_BITS, 1>(self.push_event.val().into())
            - bit_cast::<COUNT_BITS, 1>(self.issue.val().into());
        if self.fire.val() | !self.out_valid.q.val() {
            if self.skid_valid.q.val() {
                self.out_valid.d.next = true;
                self.out_qpn.d.next = self.skid_qpn.q.val();
                self.skid_valid.d.next = self.read_pending.q.val();
                self.skid_qpn.d.next = self.read_qpn.val();
            } else {
                self.out_valid.d.next = self.read_pending.q.val();
                self.out_qpn.d.next = self.read_qpn.val();
            }
        } else if self.read_pending.q.val() {
            self.skid_valid.d.next = true;
            self.skid_qpn.d.next = self.read_qpn.val();
        }
        self.grant_valid.next = self.out_valid.q.val();
        self.grant_qpn.next = self.out_qpn.q.val();

        self.unexpected.d.next = self.done_valid.val() & !self.serving.q.val().get_bit(self.done_qpn.val().index());
        self.done_unexpected.next = self.unexpected.q.val();
        self.idle_q.d.next = !self.count.q.val().any()
            & !self.out_valid.q.val()
            & !self.skid_valid.q.val()
            & !self.read_pending.q.val()
            & !self.serving.q.val().any();
        self.idle.next = self.idle_q.q.val();
        self.accepting.d.next = true;
        self.event_ready.next = self.accepting.q.val();

        if self.reset.val() {
            self.member.d.next = 0.into();
            self.serving.d.next = 0.into();
            self.again.d.next = 0.into();
            self.head.d.next = 0.into();
            self.tail.d.next = 0.into();
            self.count.d.next = 0.into();
            self.read_pending.d.next = false;
            self.out_valid.d.next = false;
            self.skid_valid.d.next = false;
            self.unexpected.d.next = false;
            self.idle_q.d.next = false;
            self.accepting.d.next = false;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clocked;
    use crate::testbench::{Clocked, Stalls};

    clocked!(TxScheduler);

    fn new_uut() -> TxScheduler {
        let mut uut = TxScheduler::default();
        uut.connect_all();
        uut.reset.next = true;
        uut.half_low();
        uut.half_high();
        uut.half_low();
        uut.half_high();
        uut.reset.next = false;
        uut
    }

    /// What the testbench knows of each QP, kept from the handshakes alone.
    #[derive(Default, Clone)]
    struct Qp {
        /// An event or a `done_more` since the QP's last grant: a grant is owed.
        owed: bool,
        serving: bool,
        /// Cycle at which the QP entered the ring (round robin = this order).
        queued_at: Option<u64>,
        grants: u64,
    }

    struct Model {
        qps: Vec<Qp>,
    }

    impl Model {
        fn new() -> Model {
            Model { qps: vec![Qp::default(); QPS] }
        }
        fn grant(&mut self, q: usize, cycle: u64) {
            let me = self.qps[q].clone();
            assert!(!me.serving, "cycle {cycle}: QP {q} granted while it still holds a grant");
            assert!(me.owed, "cycle {cycle}: QP {q} granted without an event or done_more");
            let mine = me.queued_at.expect("owed and not serving means queued");
            for (p, other) in self.qps.iter().enumerate() {
                if let Some(t) = other.queued_at {
                    assert!(
                        p == q || t >= mine,
                        "cycle {cycle}: QP {q} (queued at {mine}) granted before QP {p} (queued at {t}): not round robin"
                    );
                }
            }
            let me = &mut self.qps[q];
            me.owed = false;
            me.serving = true;
            me.queued_at = None;
            me.grants += 1;
        }
        fn done(&mut self, q: usize, more: bool, cycle: u64) {
            let me = &mut self.qps[q];
            me.serving = false;
            me.owed |= more;
            if me.owed {
                me.queued_at = Some(cycle);
            }
        }
        fn event(&mut self, q: usize, cycle: u64) {
            let me = &mut self.qps[q];
            me.owed = true;
            if !me.serving && me.queued_at.is_none() {
                me.queued_at = Some(cycle);
            }
        }
    }

    /// Random events (a hot set and the whole range), random grant stalls, dones after
    /// random delays in random order, `busy` QPs that always report more work. Checks
    /// every grant against the model (owed, one at a time, ring order), then drains and
    /// checks that no owed grant was lost.
    fn run(seed: u64, cycles: u64, event_pct: u64, ready_pct: u64, busy: &[usize]) -> Model {
        let mut uut = new_uut();
        let mut model = Model::new();
        let mut rng = Stalls::new(seed, 50);
        let mut ev_go = Stalls::new(seed ^ 1, event_pct);
        let mut ready_go = Stalls::new(seed ^ 2, ready_pct);
        let mut done_go = Stalls::new(seed ^ 3, 60);
        let mut outstanding: Vec<usize> = Vec::new();
        let mut ev_qpn = 0usize;
        let mut ev_pending = false;
        let mut cycle = 0u64;
        let drain_from = cycles;
        loop {
            let draining = cycle >= drain_from;
            // A source keeps valid and its payload until taken.
            if !ev_pending && !draining && ev_go.go() {
                ev_pending = true;
                ev_qpn = if rng.next_u64().is_multiple_of(4) { (rng.next_u64() % QPS as u64) as usize } else { (rng.next_u64() % 24) as usize };
            }
            uut.event_valid.next = ev_pending;
            uut.event_qpn.next = (ev_qpn as u64).to_bits();
            uut.grant_ready.next = draining || ready_go.go();
            let done = if !outstanding.is_empty() && (draining || done_go.go()) {
                let i = (rng.next_u64() % outstanding.len() as u64) as usize;
                let q = outstanding.swap_remove(i);
                let more = !draining && (busy.contains(&q) || rng.next_u64().is_multiple_of(3));
                Some((q, more))
            } else {
                None
            };
            uut.done_valid.next = done.is_some();
            if let Some((q, more)) = done {
                uut.done_qpn.next = (q as u64).to_bits();
                uut.done_more.next = more;
            }
            uut.half_low();
            assert!(!uut.done_unexpected.val(), "cycle {cycle}: done_unexpected for a QP the testbench had been granted");
            if uut.grant_valid.val() && uut.grant_ready.val() {
                let q = uut.grant_qpn.val().index();
                model.grant(q, cycle);
                outstanding.push(q);
            }
            if let Some((q, more)) = done {
                model.done(q, more, cycle);
            }
            if uut.event_valid.val() && uut.event_ready.val() {
                model.event(ev_qpn, cycle);
                ev_pending = false;
            }
            uut.half_high();
            cycle += 1;
            if draining && outstanding.is_empty() && uut.idle.val() && !uut.grant_valid.val() && cycle > drain_from + 8 {
                break;
            }
            assert!(cycle < drain_from + 4 * QPS as u64 + 100, "did not drain");
        }
        for (q, s) in model.qps.iter().enumerate() {
            assert!(!s.owed, "QP {q}: an event or done_more was never granted (lost)");
            assert!(!s.serving && s.queued_at.is_none(), "QP {q} left in the ring");
        }
        model
    }

    #[test]
    fn grants_follow_events_in_ring_order_under_random_stalls() {
        for seed in 1..=3 {
            let model = run(seed, 4_000, 40, 60, &[3, 7, 11]);
            for q in [3, 7, 11] {
                assert!(model.qps[q].grants > 100, "busy QP {q} got {} grants", model.qps[q].grants);
            }
        }
    }

    #[test]
    fn heavy_events_with_rare_grants_keep_every_event() {
        // The ring fills (up to every QP at once) while grants trickle out.
        run(9, 3_000, 95, 10, &[0, 255]);
    }

    /// K QPs always busy, grant_ready always high, each done the cycle after its grant:
    /// one grant per cycle, and grants cycle through the K QPs in order.
    #[test]
    fn sustains_one_grant_per_cycle_and_interleaves_busy_qps() {
        const K: usize = 8;
        let mut uut = new_uut();
        let mut last: Option<usize> = None;
        let mut grants = Vec::new();
        let measure_from = 40u64;
        let cycles = 1_040u64;
        let mut measured = 0u64;
        let mut sent = 0usize;
        for cycle in 0..cycles {
            uut.event_valid.next = sent < K;
            uut.event_qpn.next = ((sent * 31 % QPS) as u64).to_bits();
            uut.grant_ready.next = true;
            uut.done_valid.next = last.is_some();
            uut.done_qpn.next = (last.unwrap_or(0) as u64).to_bits();
            uut.done_more.next = true;
            uut.half_low();
            sent += (uut.event_valid.val() && uut.event_ready.val()) as usize;
            last = None;
            if uut.grant_valid.val() {
                let q = uut.grant_qpn.val().index();
                last = Some(q);
                grants.push(q);
                if cycle >= measure_from {
                    measured += 1;
                }
            }
            uut.half_high();
        }
        let window = cycles - measure_from;
        println!("TxScheduler: {measured} grants in {window} cycles with {K} busy QPs");
        assert_eq!(measured, window, "one grant per cycle");
        for w in grants[K..].windows(K) {
            let mut seen = w.to_vec();
            seen.sort();
            seen.dedup();
            assert_eq!(seen.len(), K, "every window of {K} grants serves all {K} busy QPs: {w:?}");
        }
    }

    #[test]
    fn a_done_for_a_qp_without_a_grant_is_reported_and_ignored() {
        let mut uut = new_uut();
        uut.done_valid.next = true;
        uut.done_qpn.next = 5u64.to_bits();
        uut.done_more.next = true;
        uut.half_low();
        uut.half_high();
        uut.done_valid.next = false;
        uut.half_low();
        assert!(uut.done_unexpected.val());
        uut.half_high();
        for _ in 0..6 {
            uut.half_low();
            assert!(!uut.grant_valid.val(), "no grant without an event");
            assert!(!uut.done_unexpected.val());
            uut.half_high();
        }
        uut.half_low();
        assert!(uut.idle.val());
    }
}
