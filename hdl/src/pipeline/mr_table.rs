//! MrTable: one copy of the memory-region table (block RAM, the contract's `mr` row
//! layout) and one pipelined check port. The top instantiates two, both written by the
//! MR command: TX (gather lkeys) and RX (rkeys and receive lkeys).
//!
//! A check is accepted per cycle and answered in request order three cycles later:
//! accept (the row's RAM read starts, indexed by the key's low `MRN_BITS` bits, which
//! the contract says equal the row's MR_SEL) → the row arrives and is registered →
//! [`MrCheck`] compares it with the request and the verdict enters a four-entry output
//! FIFO. The rules are MrCheck's (key, PD, rights, bounds; a zero length at the
//! region's end is inside). `chk_ready` is a flip-flop: a check is accepted only while
//! fewer than four are in the pipeline or waiting at the output, so a stalled `res`
//! never loses a verdict and, with `res_ready` high, the port sustains one check per
//! cycle.
//!
//! COMMIT writes the row (VALID set); any other op writes an invalid row (as the legacy
//! engine does). Reset starts a sweep that writes an invalid row into each of the
//! `MRS` rows, one per cycle, with both readies low, so no region survives a reset. A
//! sweep costs a 10-bit counter where a valid bit per row (as CompletionWriter keeps
//! for its 256 CQs) cost about 4,000 LUT4 for 1,024 rows (yosys 0.23 synth_ecp5: the
//! block took 5,028 LUT4 and 2,232 FF with the bit vector, 895 LUT4 and 1,219 FF with
//! the sweep). A check sees the table as it was in the cycle the check was accepted
//! (the RAM is read-first).

use super::params::MRN_BITS;
use super::regfile::{staged_bit, MR, MR_STAGED_BITS};
use crate::mrcheck::{MrCheck, MR_BITS};
use openrnic_contract::queues::mr;
use openrnic_contract::regs;
use rust_hdl::prelude::*;

/// Checks in the pipeline or waiting at the output, at most.
const CREDITS: usize = 4;
// Literal offsets below (rust-hdl needs literals there), checked against the contract.
const _: () = assert!(CREDITS == 4 && MRN_BITS == 10 && MR_BITS == 256 && MR_STAGED_BITS == 288);
const _: () = assert!(staged_bit(&MR, &regs::MR_KEY) == 32 && staged_bit(&MR, &regs::MR_VA_LO) == 64);
const _: () = assert!(staged_bit(&MR, &regs::MR_VA_HI) == 96 && staged_bit(&MR, &regs::MR_LEN) == 128);
const _: () = assert!(staged_bit(&MR, &regs::MR_IOVA_LO) == 160 && staged_bit(&MR, &regs::MR_IOVA_HI) == 192);
const _: () = assert!(staged_bit(&MR, &regs::MR_PD) == 224 && staged_bit(&MR, &regs::MR_ACCESS) == 256);
const _: () = assert!(mr::VALID.bit() == 0 && mr::ACCESS.bit() == 1 && mr::ACCESS.width == 3);
const _: () = assert!(mr::PD.bit() == 8 && mr::KEY.bit() == 32 && mr::VA.bit() == 64);
const _: () = assert!(mr::IOVA.bit() == 128 && mr::LEN.bit() == 192 && mr::LEN.width == 32);
const _: () = assert!(regs::cmd::COMMIT == 1);

#[derive(LogicBlock, Default)]
pub struct MrTable {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, bool>,
    /// MR command from the RegFile (`mr_cmd_*`, `mr_staged`).
    pub cmd_valid: Signal<In, bool>,
    pub cmd_ready: Signal<Out, bool>,
    pub cmd_op: Signal<In, Bits<2>>,
    pub cmd_sel: Signal<In, Bits<MRN_BITS>>,
    pub cmd_staged: Signal<In, Bits<MR_STAGED_BITS>>,
    /// A buffer to check: `[chk_va, chk_va + chk_len)` under `chk_key` in PD `chk_pd`.
    pub chk_valid: Signal<In, bool>,
    pub chk_ready: Signal<Out, bool>,
    pub chk_key: Signal<In, Bits<32>>,
    pub chk_pd: Signal<In, Bits<16>>,
    pub chk_va: Signal<In, Bits<64>>,
    pub chk_len: Signal<In, Bits<32>>,
    pub chk_need_local_write: Signal<In, bool>,
    pub chk_need_remote_write: Signal<In, bool>,
    /// The verdicts, in request order; `res_iova` (the IOVA of `chk_va`) only when ok.
    pub res_valid: Signal<Out, bool>,
    pub res_ready: Signal<In, bool>,
    pub res_ok: Signal<Out, bool>,
    pub res_iova: Signal<Out, Bits<64>>,
    /// No check in flight or waiting.
    pub idle: Signal<Out, bool>,
    ram: RAM<Bits<MR_BITS>, MRN_BITS>,
    /// After reset: invalidating row `sweep_row`, one per cycle.
    sweep: DFF<bool>,
    sweep_row: DFF<Bits<MRN_BITS>>,
    accepting: DFF<bool>,
    credits_used: DFF<Bits<3>>,
    // stage 1: the request while its row is read
    s1_valid: DFF<bool>,
    s1_key: DFF<Bits<32>>,
    s1_pd: DFF<Bits<16>>,
    s1_va: DFF<Bits<64>>,
    s1_len: DFF<Bits<32>>,
    s1_local_write: DFF<bool>,
    s1_remote_write: DFF<bool>,
    // stage 2: request and row, into MrCheck
    s2_valid: DFF<bool>,
    s2_row: DFF<Bits<MR_BITS>>,
    s2_key: DFF<Bits<32>>,
    s2_pd: DFF<Bits<16>>,
    s2_va: DFF<Bits<64>>,
    s2_len: DFF<Bits<32>>,
    s2_local_write: DFF<bool>,
    s2_remote_write: DFF<bool>,
    check: MrCheck,
    // output FIFO: a shift register, the head in e0; bit 0 ok, bits 64:1 iova
    fifo_valid: DFF<Bits<4>>,
    e0: DFF<Bits<65>>,
    e1: DFF<Bits<65>>,
    e2: DFF<Bits<65>>,
    e3: DFF<Bits<65>>,
    accept: Signal<Local, bool>,
    pop: Signal<Local, bool>,
    idx: Signal<Local, Bits<MRN_BITS>>,
    row_valid: Signal<Local, Bits<MR_BITS>>,
    commit_row: Signal<Local, Bits<MR_BITS>>,
    verdict: Signal<Local, Bits<65>>,
    kept: Signal<Local, Bits<4>>,
    free: Signal<Local, Bits<4>>,
    one4: Signal<Local, Bits<4>>,
}

impl Logic for MrTable {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, sweep, sweep_row, accepting, credits_used, s1_valid, s1_key, s1_pd, s1_va, s1_len, s1_local_write,
            s1_remote_write, s2_valid, s2_row, s2_key, s2_pd, s2_va, s2_len, s2_local_write, s2_remote_write,
            fifo_valid, e0, e1, e2, e3);
        self.ram.read_clock.next = self.clock.val();
        self.ram.write_clock.next = self.clock.val();

        // ---- commands: COMMIT writes the row, any other op deregisters it ----
        self.cmd_ready.next = self.accepting.q.val();
        self.row_valid.next = 1.into();
        self.commit_row.next = self.row_valid.val()
            | (bit_cast::<MR_BITS, 3>(self.cmd_staged.val().get_bits::<3>(256)) << 1)
            | (bit_cast::<MR_BITS, 16>(self.cmd_staged.val().get_bits::<16>(224)) << 8)
            | (bit_cast::<MR_BITS, 32>(self.cmd_staged.val().get_bits::<32>(32)) << 32)
            | (bit_cast::<MR_BITS, 64>(self.cmd_staged.val().get_bits::<64>(64)) << 64)
            | (bit_cast::<MR_BITS, 64>(self.cmd_staged.val().get_bits::<64>(160)) << 128)
            | (bit_cast::<MR_BITS, 32>(self.cmd_staged.val().get_bits::<32>(128)) << 192);
        self.ram.write_address.next = self.cmd_sel.val();
        self.ram.write_data.next = 0.into();
        if self.cmd_op.val() == 1 {
            self.ram.write_data.next = self.commit_row.val();
        }
        self.ram.write_enable.next = self.cmd_valid.val() & self.accepting.q.val();
        // The reset sweep owns the write port while the readies are low.
        if self.sweep.q.val() {
            self.ram.write_enable.next = true;
            self.ram.write_address.next = self.sweep_row.q.val();
            self.ram.write_data.next = 0.into();
            self.sweep_row.d.next = self.sweep_row.q.val() + 1;
            if self.sweep_row.q.val().all() {
                self.sweep.d.next = false;
            }
        }

        // ---- accept: start the row read ----
        self.chk_ready.next = self.accepting.q.val() & (self.credits_used.q.val() < 4);
        self.accept.next = self.chk_valid.val() & self.chk_ready.val();
        self.idx.next = self.chk_key.val().get_bits::<MRN_BITS>(0);
        self.ram.read_address.next = self.idx.val();
        self.s1_valid.d.next = self.accept.val();
        self.s1_key.d.next = self.chk_key.val();
        self.s1_pd.d.next = self.chk_pd.val();
        self.s1_va.d.next = self.chk_va.val();
        self.s1_len.d.next = self.chk_len.val();
        self.s1_local_write.d.next = self.chk_need_local_write.val();
        self.s1_remote_write.d.next = self.chk_need_remote_write.val();

        // ---- stage 1 -> 2: register the row ----
        self.s2_valid.d.next = self.s1_valid.q.val();
        self.s2_row.d.next = self.ram.read_data.val();
        self.s2_key.d.next = self.s1_key.q.val();
        self.s2_pd.d.next = self.s1_pd.q.val();
        self.s2_va.d.next = self.s1_va.q.val();
        self.s2_len.d.next = self.s1_len.q.val();
        self.s2_local_write.d.next = self.s1_local_write.q.val();
        self.s2_remote_write.d.next = self.s1_remote_write.q.val();

        // ---- stage 2: the check ----
        self.check.row.next = self.s2_row.q.val();
        self.check.key.next = self.s2_key.q.val();
        self.check.pd.next = self.s2_pd.q.val();
        self.check.addr.next = self.s2_va.q.val();
        self.check.len.next = self.s2_len.q.val();
        self.check.need_local_write.next = self.s2_local_write.q.val();
        self.check.need_remote_write.next = self.s2_remote_write.q.val();
        self.verdict.next = bit_cast::<65, 1>(self.check.ok.val().into())
            | (bit_cast::<65, 64>(self.check.iova.val()) << 1);

        // ---- output FIFO: pop shifts toward e0, the verdict goes to the first free entry ----
        self.pop.next = self.fifo_valid.q.val().get_bit(0) & self.res_ready.val();
        self.kept.next = self.fifo_valid.q.val();
        if self.pop.val() {
            self.kept.next = self.fifo_valid.q.val() >> 1;
            self.e0.d.next = self.e1.q.val();
            self.e1.d.next = self.e2.q.val();
            self.e2.d.next = self.e3.q.val();
        }
        // Entries are filled from e0 up, so the first free one is where `kept` ends.
        self.one4.next = 1.into();
        self.free.next = self.kept.val() ^ ((self.kept.val() << 1) | self.one4.val());
        if self.s2_valid.q.val() {
            if self.free.val().get_bit(0) {
                self.e0.d.next = self.verdict.val();
            }
            if self.free.val().get_bit(1) {
                self.e1.d.next = self.verdict.val();
            }
            if self.free.val().get_bit(2) {
                self.e2.d.next = self.verdict.val();
            }
            if self.free.val().get_bit(3) {
                self.e3.d.next = self.verdict.val();
            }
            self.fifo_valid.d.next = self.kept.val() | self.free.val();
        } else {
            self.fifo_valid.d.next = self.kept.val();
        }
        self.credits_used.d.next = self.credits_used.q.val() + bit_cast::<3, 1>(self.accept.val().into())
            - bit_cast::<3, 1>(self.pop.val().into());
        self.res_valid.next = self.fifo_valid.q.val().get_bit(0);
        self.res_ok.next = self.e0.q.val().get_bit(0);
        self.res_iova.next = self.e0.q.val().get_bits::<64>(1);
        self.idle.next = !self.credits_used.q.val().any() & !self.sweep.q.val();
        self.accepting.d.next = !self.sweep.q.val();
        if self.reset.val() {
            self.sweep.d.next = true;
            self.sweep_row.d.next = 0.into();
            self.accepting.d.next = false;
            self.credits_used.d.next = 0.into();
            self.s1_valid.d.next = false;
            self.s2_valid.d.next = false;
            self.fifo_valid.d.next = 0.into();
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::clocked;
    use crate::testbench::{Clocked, Stalls};
    use crate::pipeline::params::MRS;
    use openrnic_contract::regs::access;
    use std::collections::VecDeque;

    clocked!(MrTable);

    /// A staging bus with each `(register, value)` at its place.
    pub(crate) fn staged<const N: usize>(table: &super::super::regfile::Table, values: &[(regs::Reg, u64)]) -> Bits<N> {
        let mut b = Bits::<N>::default();
        for (r, v) in values {
            let v32: Bits<32> = (v & 0xFFFF_FFFF).to_bits();
            b = b | (bit_cast::<N, 32>(v32) << Bits::<16>::from(staged_bit(table, r) as u64));
        }
        b
    }

    #[derive(Clone, Copy, Debug, Default)]
    struct Row {
        live: bool,
        key: u64,
        pd: u64,
        va: u64,
        len: u64,
        iova: u64,
        access: u64,
    }

    #[derive(Clone, Copy, Debug)]
    struct Chk {
        key: u64,
        pd: u64,
        va: u64,
        len: u64,
        local_write: bool,
        remote_write: bool,
    }

    /// The rules, written out: live row at the key's index with the same key and PD, the
    /// rights asked for, `[va, va + len)` inside the region; the IOVA of `va`.
    fn verdict(rows: &[Row], c: &Chk) -> (bool, u64) {
        let r = &rows[(c.key as usize) & (MRS - 1)];
        let off = c.va.wrapping_sub(r.va);
        let ok = r.live
            && r.key == c.key
            && r.pd == c.pd
            && (!c.local_write || r.access & access::LOCAL_WRITE as u64 != 0)
            && (!c.remote_write || r.access & access::REMOTE_WRITE as u64 != 0)
            && c.va >= r.va
            && off + c.len <= r.len;
        (ok, r.iova.wrapping_add(off))
    }

    /// Rows used by the test: a few indices, the edges included.
    const IDX: [u64; 6] = [0, 1, 2, 517, 1022, 1023];

    fn random_row(r: &mut Stalls, idx: u64) -> Row {
        Row {
            live: true,
            key: ((r.next_u64() % 4) << 10) | idx,
            pd: r.next_u64() % 3,
            va: 0x7000_0000_0000 + (r.next_u64() % 4) * 0x1_0000,
            len: [0u64, 1, 4096, 0x1_0000, 0xFFFF_FFFF][(r.next_u64() % 5) as usize],
            iova: r.next_u64() & !0xFFF,
            access: r.next_u64() % 8,
        }
    }

    /// A check aimed at the table: mostly at a row's edges and inside, keys and PDs
    /// right or slightly wrong.
    fn random_chk(r: &mut Stalls, rows: &[Row]) -> Chk {
        let idx = IDX[(r.next_u64() % IDX.len() as u64) as usize];
        let row = rows[idx as usize];
        let key = if r.next_u64().is_multiple_of(4) { ((r.next_u64() % 4) << 10) | idx } else { row.key };
        let pd = if r.next_u64().is_multiple_of(5) { r.next_u64() % 3 } else { row.pd };
        let len = [0u64, 1, 2, 64, 4096, row.len, r.next_u64() & 0xFFFF_FFFF][(r.next_u64() % 7) as usize];
        let va = match r.next_u64() % 5 {
            0 => row.va,
            1 => row.va.wrapping_sub(1),
            2 => row.va.wrapping_add(row.len).wrapping_sub(len),
            3 => row.va.wrapping_add(row.len).wrapping_sub(len).wrapping_add(1),
            _ => row.va.wrapping_add(r.next_u64() % (row.len + 1)),
        };
        Chk { key, pd, va, len, local_write: r.next_u64().is_multiple_of(3), remote_write: r.next_u64().is_multiple_of(3) }
    }

    fn new_uut() -> MrTable {
        let mut uut = MrTable::default();
        uut.connect_all();
        uut.reset.next = true;
        uut.half_low();
        uut.half_high();
        uut.reset.next = false;
        wait_for_sweep(&mut uut);
        uut
    }

    /// Runs the reset sweep out: the readies rise once every row is invalid.
    fn wait_for_sweep(uut: &mut MrTable) {
        let mut cycles = 0;
        loop {
            uut.half_low();
            if uut.chk_ready.val() {
                break;
            }
            assert!(!uut.cmd_ready.val(), "commands wait for the sweep");
            assert!(!uut.idle.val() || cycles >= MRS, "busy while sweeping");
            uut.half_high();
            cycles += 1;
            assert!(cycles <= MRS + 2, "the reset sweep takes {cycles} cycles");
        }
        assert!(uut.cmd_ready.val() && uut.idle.val());
        uut.half_high();
        assert!(cycles >= MRS, "{cycles} cycles cannot have swept {MRS} rows");
    }

    fn drive_cmd(uut: &mut MrTable, op: u64, idx: u64, r: &Row) {
        uut.cmd_op.next = op.to_bits();
        uut.cmd_sel.next = idx.to_bits();
        uut.cmd_staged.next = staged(
            &MR,
            &[
                (regs::MR_SEL, idx),
                (regs::MR_KEY, r.key),
                (regs::MR_VA_LO, r.va),
                (regs::MR_VA_HI, r.va >> 32),
                (regs::MR_LEN, r.len),
                (regs::MR_IOVA_LO, r.iova),
                (regs::MR_IOVA_HI, r.iova >> 32),
                (regs::MR_PD, r.pd),
                (regs::MR_ACCESS, r.access),
            ],
        );
    }

    fn drive_chk(uut: &mut MrTable, c: Option<Chk>) {
        uut.chk_valid.next = c.is_some();
        let c = c.unwrap_or(Chk { key: 0, pd: 0, va: 0, len: 0, local_write: false, remote_write: false });
        uut.chk_key.next = c.key.to_bits();
        uut.chk_pd.next = c.pd.to_bits();
        uut.chk_va.next = c.va.to_bits();
        uut.chk_len.next = c.len.to_bits();
        uut.chk_need_local_write.next = c.local_write;
        uut.chk_need_remote_write.next = c.remote_write;
    }

    /// Seeded stalls on the command, check and result ports: commits, re-commits and
    /// invalidates race the checks; each verdict (and its IOVA when ok) matches the
    /// rules applied to the table as it was when the check was accepted; verdicts come
    /// in request order; `chk_ready` never depends on `chk_valid`.
    #[test]
    fn verdicts_match_the_rules_in_order_under_stalls_and_commands() {
        for (seed, pc, pr) in [(1u64, 60u64, 60u64), (2, 95, 25), (3, 30, 95)] {
            let mut uut = new_uut();
            let mut rng = Stalls::new(seed, 50);
            let mut rows = vec![Row::default(); MRS];
            let (mut cg, mut rg, mut kg) = (Stalls::new(seed + 1, pc), Stalls::new(seed + 2, pr), Stalls::new(seed + 3, 8));
            let mut pending_cmd: Option<(u64, u64, Row)> = None;
            let mut pending_chk: Option<Chk> = None;
            let mut expect: VecDeque<(bool, u64)> = VecDeque::new();
            let (mut checked, mut oks) = (0, 0);
            let mut cycle = 0;
            while checked < 1500 {
                cycle += 1;
                assert!(cycle < 20_000, "seed {seed}: stuck");
                if pending_cmd.is_none() && kg.go() {
                    let idx = IDX[(rng.next_u64() % IDX.len() as u64) as usize];
                    let op = if rng.next_u64().is_multiple_of(4) { regs::cmd::INVALIDATE as u64 } else { regs::cmd::COMMIT as u64 };
                    pending_cmd = Some((op, idx, random_row(&mut rng, idx)));
                }
                if pending_chk.is_none() && cg.go() {
                    pending_chk = Some(random_chk(&mut rng, &rows));
                }
                uut.res_ready.next = rg.go();
                uut.cmd_valid.next = pending_cmd.is_some();
                if let Some((op, idx, r)) = pending_cmd {
                    drive_cmd(&mut uut, op, idx, &r);
                }
                drive_chk(&mut uut, None);
                uut.half_low();
                let idle_ready = uut.chk_ready.val();
                drive_chk(&mut uut, pending_chk);
                uut.half_low();
                assert_eq!(uut.chk_ready.val(), idle_ready, "chk_ready depends on chk_valid");
                if uut.res_valid.val() && uut.res_ready.val() {
                    let (ok, iova) = expect.pop_front().expect("a verdict nobody asked for");
                    assert_eq!(uut.res_ok.val(), ok, "seed {seed} cycle {cycle}: verdict {checked}");
                    if ok {
                        assert_eq!(uut.res_iova.val().to_u64(), iova, "seed {seed}: IOVA of verdict {checked}");
                        oks += 1;
                    }
                    checked += 1;
                }
                // A check accepted this cycle sees the table before this cycle's command.
                if let Some(c) = pending_chk {
                    if uut.chk_ready.val() {
                        expect.push_back(verdict(&rows, &c));
                        pending_chk = None;
                    }
                }
                if let Some((op, idx, r)) = pending_cmd {
                    if uut.cmd_ready.val() {
                        rows[idx as usize] = if op == regs::cmd::COMMIT as u64 { r } else { Row::default() };
                        pending_cmd = None;
                    }
                }
                uut.half_high();
            }
            println!("MrTable seed {seed}: {checked} verdicts ({oks} ok) in {cycle} cycles");
            assert!(oks > 100 && checked - oks > 100, "both verdicts exercised: {oks} ok of {checked}");
        }
    }

    /// With `res_ready` high, a check per cycle; after a reset, no region is valid.
    #[test]
    fn one_check_per_cycle_and_reset_forgets_every_region() {
        let mut uut = new_uut();
        let row = Row { live: true, key: 0x1401, pd: 7, va: 0x1000, len: 0x1000, iova: 0x8_0000, access: 3 };
        uut.cmd_valid.next = true;
        drive_cmd(&mut uut, regs::cmd::COMMIT as u64, 1, &row);
        uut.half_low();
        assert!(uut.cmd_ready.val());
        uut.half_high();
        uut.cmd_valid.next = false;
        let n = 200u64;
        let (mut sent, mut got, mut cycles) = (0u64, 0u64, 0);
        uut.res_ready.next = true;
        while got < n {
            cycles += 1;
            assert!(cycles < 1000);
            let c = Chk { key: 0x1401, pd: 7, va: 0x1000 + sent, len: 8, local_write: true, remote_write: true };
            drive_chk(&mut uut, (sent < n).then_some(c));
            uut.half_low();
            if uut.res_valid.val() {
                assert!(uut.res_ok.val());
                assert_eq!(uut.res_iova.val().to_u64(), 0x8_0000 + got);
                got += 1;
            }
            if sent < n && uut.chk_ready.val() {
                sent += 1;
            }
            uut.half_high();
        }
        println!("MrTable: {n} checks in {cycles} cycles");
        assert!(cycles <= n as usize + 4, "{cycles} cycles for {n} checks");
        // Regions at the table's edges and inside, then a reset: every check fails after it.
        for idx in IDX {
            let r = Row { key: 0x400 | idx, ..row };
            uut.cmd_valid.next = true;
            drive_cmd(&mut uut, regs::cmd::COMMIT as u64, idx, &r);
            uut.half_low();
            assert!(uut.cmd_ready.val());
            uut.half_high();
        }
        uut.cmd_valid.next = false;
        uut.reset.next = true;
        uut.half_low();
        uut.half_high();
        uut.reset.next = false;
        wait_for_sweep(&mut uut);
        let mut asked = 0;
        let mut seen = 0;
        for _ in 0..20 {
            let c = (asked < IDX.len()).then(|| Chk { key: 0x400 | IDX[asked], pd: 7, va: 0x1000, len: 8, local_write: false, remote_write: false });
            drive_chk(&mut uut, c);
            uut.half_low();
            if c.is_some() && uut.chk_ready.val() {
                asked += 1;
            }
            if uut.res_valid.val() {
                assert!(!uut.res_ok.val(), "a region survived reset");
                seen += 1;
            }
            uut.half_high();
        }
        assert_eq!(seen, IDX.len());
        uut.half_low();
        assert!(uut.idle.val());
    }
}
