//! A fuzzer of the engine's receive path and its oracle.
//!
//! Frames — random bytes, and valid RC requests mutated (bit flips, lengths, opcodes,
//! QPNs, PSNs, keys of other PDs, addresses and lengths crossing region bounds,
//! truncated headers, spoofed sources) — go to one Verilated card with many QPs, PDs
//! and MRs. The oracle is [`Model`], a reference model of the RC responder written
//! from the IBA rules and the order of checks documented in `docs/security.md`: it
//! reads the raw frame bytes and its own copy of the tables, never the engine's
//! counters, and says where the frame stops, which counter that increments, what the
//! card answers on the wire, which bytes it writes and which completion it posts.
//!
//! After every frame the [`Fuzzer`] checks the counter deltas, the answer, the
//! completions and the bytes the frame could have touched against the model's shadow
//! copy; every [`FuzzConfig::full_check_every`] frames it compares all of host memory.
//! Where IBA asks for a check that the engine does not make (see [`Gap`]), the model
//! predicts what the engine is documented to do (within the granted bounds) and counts
//! the frame, so the figures say how far the engine is from the rule.

use crate::{create_cq, create_qp, mac_of, poll_cq, post_recv, wait_cmd, HostBuf, QpSetup, RawCq, RawQp};
use openrnic_contract::regs::{self, access, cmd, qp_state, Reg};
use openrnic_contract::wire::{self, opcode, RoceFrame};
use openrnic_sim::world::{World, WorldConfig};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use std::collections::{BTreeMap, VecDeque};

/// `CAP_FEATURES.SOURCE_BINDING`.
pub const SOURCE_BINDING_BIT: u32 = openrnic_contract::regs::feature::SOURCE_BINDING.lsb;

/// The card's own station (card index 0 in the harness's address plan).
pub const STATION: usize = 0;
/// IOVA of the host buffer that holds every memory region (and the gaps between them).
const DATA_IOVA: u64 = 0x2000_0000;
/// Each MR row gets a slot of this size; the region sits inside it with mapped,
/// unregistered bytes around it, so a write that escapes a region lands in memory
/// the test watches.
const SLOT: usize = 12 << 10;
const ROWS: usize = 16;
const DATA_LEN: usize = SLOT * ROWS + 4096;
const PMTU_LOG2: u32 = 10;
const PMTU: usize = 1 << PMTU_LOG2;
/// The RX buffer's slot: longer frames overflow it.
const RX_SLOT_BYTES: usize = 8192;
/// Bytes of the header the engine captures (`txhdr::HDR_BITS / 8`); bytes a short
/// frame lacks read as zero there.
const HDR_BYTES: usize = 80;
/// QPs in RTS (they receive), with the peers they are connected to.
const LIVE_QPS: std::ops::Range<u32> = 2..12;
const INIT_QP: u32 = 12;
const ERROR_QP: u32 = 13;
/// Receives kept posted per QP (the ring holds 64).
const RECVS_POSTED: usize = 24;
/// A QP kept short of receives (RNR).
const SHORT_QP: u32 = LIVE_QPS.end - 1;

/// Where a frame stops, in the documented order of checks (docs/security.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Outcome {
    /// 1. not IPv4/UDP 4791, or not addressed to our MAC and IPv4: `CNT_RX_NOT_ROCE`.
    NotRoce,
    /// 2. ICRC mismatch: `CNT_RX_BAD_ICRC`.
    BadIcrc,
    /// 3. IPv4 header, lengths, unknown opcode, too long: `CNT_RX_MALFORMED`.
    Malformed,
    /// 4. QPN outside the table, or the QP is not in RTR/RTS: `CNT_RX_BAD_QP`.
    BadQp,
    /// 5. (source binding) source IPv4 is not the QP's peer: `CNT_RX_BAD_SOURCE`.
    BadSource,
    /// 6. (source binding) P_Key does not match the default partition as rxe checks it.
    BadPkey,
    /// 7. an ACK/NAK: goes to the requester (`CNT_RX_ACKS`); no QP here has requests out.
    Response,
    /// 8a. PSN behind the expected one: `CNT_RX_DUPLICATE`, re-ACKed if it asks.
    Duplicate,
    /// 8b. PSN ahead: sequence NAK, `CNT_NAK_SEQ_SENT` (once per gap).
    NakSeq,
    /// 8c. PSN ahead after the NAK for this gap was sent: dropped, counted only in
    /// `CNT_RX_FRAMES` (a gap against "every drop is counted").
    AheadAfterNak,
    /// 9. opcode out of sequence for the message in progress: `CNT_NAK_INVALID_SENT`.
    NakSequenceOpcode,
    /// 10. RETH: rkey, PD, remote-write right, bounds: `CNT_NAK_ACCESS_SENT`.
    NakAccess,
    /// 11. no receive WQE for a SEND or a WRITE with immediate: `CNT_RNR_NAK_SENT`.
    Rnr,
    /// 12. the receive WQE's buffer fails lkey/PD/local-write/bounds: error CQE
    ///     (LOC_PROT_ERR), remote-operational NAK counted in `CNT_NAK_INVALID_SENT`.
    NakRecvBuffer,
    /// 13. more payload than the target has room for: `CNT_NAK_INVALID_SENT` (and
    ///     a LOC_LEN_ERR completion of the receive WQE for a SEND).
    NakLength,
    /// Executed: payload placed, PSN advanced, ACKed if it asked.
    Accepted,
}

/// IBA rules the engine does not enforce today. The model still predicts the engine's
/// documented behaviour for these frames (their writes stay inside the checked range)
/// and counts them, so the report shows what the rule would refuse.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Gap {
    /// Source IPv4 is not the QP's peer, accepted (no source binding in this build).
    SpoofedSourceAccepted,
    /// P_Key outside the default partition, accepted.
    PkeyAccepted,
    /// FIRST/MIDDLE payload not exactly the path MTU, or ONLY/LAST longer (IBA packet-length rules).
    PayloadNotPmtu,
    /// An RDMA WRITE message whose total differs from the RETH's DMA length.
    WriteLengthMismatch,
}

/// What the card sends back for one frame.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    None,
    /// AETH syndrome and PSN, to the QP's peer.
    Aeth { qpn: u32, syndrome: u8, psn: u32 },
}

/// A completion the model expects.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExpectCqe {
    pub wr_id: u64,
    pub qpn: u32,
    pub status: u8,
    pub opcode: u8,
    pub byte_len: u32,
    pub imm: Option<u32>,
}

/// The model's verdict on one frame.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verdict {
    pub outcome: Outcome,
    pub answer: Answer,
    /// (offset into the data buffer, bytes) written.
    pub write: Option<(usize, Vec<u8>)>,
    pub cqe: Option<ExpectCqe>,
    pub gaps: Vec<Gap>,
}

#[derive(Debug, Clone, Copy, Default)]
pub struct MrRow {
    pub valid: bool,
    pub key: u32,
    pub pd: u32,
    pub va: u64,
    pub len: u32,
    pub iova: u64,
    pub access: u32,
}

impl MrRow {
    /// The memory check IBA asks of a responder (key, PD, right, `[addr, addr+len)` inside the
    /// region); returns the IOVA of `addr`.
    fn check(&self, key: u32, pd: u32, addr: u64, len: u32, right: u32) -> Option<u64> {
        let off = addr.checked_sub(self.va)?;
        let end = off.checked_add(len as u64)?;
        (self.valid && self.key == key && self.pd == pd && self.access & right != 0 && end <= self.len as u64).then_some(self.iova + off)
    }
}

#[derive(Debug, Clone, Copy)]
pub struct RecvWqe {
    pub wr_id: u64,
    pub addr: u64,
    pub len: u32,
    pub lkey: u32,
}

/// The responder state IBA defines for one RC QP (the parts a frame can change).
#[derive(Debug, Clone)]
pub struct QpModel {
    pub qpn: u32,
    pub state: u32,
    pub pd: u32,
    pub dest_qpn: u32,
    pub peer_ip: [u8; 4],
    /// Expected PSN.
    pub epsn: u32,
    /// A sequence NAK (or RNR NAK) was sent for the current gap.
    pub nak_sent: bool,
    /// A multi-packet message is in progress.
    pub active: bool,
    pub active_send: bool,
    pub iova: u64,
    pub left: u32,
    pub done: u32,
    pub wr_id: u64,
    /// The RETH's DMA length of the WRITE in progress (for the length-rule gap).
    pub write_total: u32,
    pub recvs: VecDeque<RecvWqe>,
}

/// The reference model: tables as the driver programmed them, per-QP responder state,
/// and a shadow copy of the data buffer.
pub struct Model {
    pub mac: [u8; 6],
    pub ip: [u8; 4],
    pub source_binding: bool,
    pub mrs: [MrRow; ROWS],
    /// `CAP_MRS - 1`: a key's low bits are its MR row (rows from ROWS up are never
    /// registered). Read from the card: the legacy engine has 16 rows, the pipelined 1024.
    pub mr_mask: u32,
    pub qps: BTreeMap<u32, QpModel>,
    pub shadow: Vec<u8>,
}

/// The MR row key `key` names (an invalid one past the rows the fuzzer uses).
fn mr_row(mrs: &[MrRow; ROWS], mask: u32, key: u32) -> MrRow {
    mrs.get((key & mask) as usize).copied().unwrap_or_default()
}

/// The slot of the row `key` names, if the fuzzer uses that row.
fn mr_slot(mask: u32, key: u32) -> Option<usize> {
    Some((key & mask) as usize).filter(|&r| r < ROWS)
}

/// The header as the engine captures it: bytes a short frame lacks are zero.
fn header(f: &[u8]) -> [u8; HDR_BYTES] {
    let mut h = [0u8; HDR_BYTES];
    let n = f.len().min(HDR_BYTES);
    h[..n].copy_from_slice(&f[..n]);
    h
}

fn be16(h: &[u8], o: usize) -> u16 {
    u16::from_be_bytes([h[o], h[o + 1]])
}
fn be32(h: &[u8], o: usize) -> u32 {
    u32::from_be_bytes(h[o..o + 4].try_into().unwrap())
}

/// The ICRC rule applied to a frame of any length (the field is its last 4 bytes).
fn icrc_ok(f: &[u8]) -> bool {
    if f.len() < wire::IPV4_OFFSET + wire::ICRC_LEN {
        return false;
    }
    let end = f.len() - wire::ICRC_LEN;
    let mut m = f[..end].to_vec();
    for b in wire::ICRC_MASKED_BYTES {
        if b < end {
            m[b] = 0xFF;
        }
    }
    let mut h = crc32fast::Hasher::new();
    h.update(&[0xFF; 8]);
    h.update(&m[wire::IPV4_OFFSET..]);
    h.finalize() == u32::from_le_bytes(f[end..].try_into().unwrap())
}

/// RFC 1071 over the captured IPv4 header, checksum field included: 0xFFFF when right.
fn ipv4_sum_ok(h: &[u8]) -> bool {
    let mut s: u32 = (0..10).map(|i| be16(h, wire::IPV4_OFFSET + 2 * i) as u32).sum();
    while s > 0xFFFF {
        s = (s & 0xFFFF) + (s >> 16);
    }
    s == 0xFFFF
}

/// rxe's `pkey_match` against the default P_Key 0xFFFF: the low 15 bits must be all
/// ones (either side being a full member is enough, and 0xFFFF is one).
fn pkey_ok(pkey: u16) -> bool {
    pkey & 0x7FFF == 0x7FFF
}

impl Model {
    /// Where `f` stops and what it does, applying the checks in the documented order.
    /// Updates the model's state and shadow memory as the card must.
    pub fn receive(&mut self, f: &[u8]) -> Verdict {
        let mut v = Verdict { outcome: Outcome::Accepted, answer: Answer::None, write: None, cqe: None, gaps: Vec::new() };
        let stop = |mut v: Verdict, o: Outcome| {
            v.outcome = o;
            v
        };
        let h = header(f);
        let bth = wire::BTH_OFFSET;
        // 1. Is it RoCEv2 for us?
        if be16(&h, 12) != wire::ETHERTYPE_IPV4
            || h[wire::IPV4_OFFSET + 9] != 17
            || be16(&h, wire::UDP_OFFSET + 2) != wire::ROCE_UDP_PORT
            || h[0..6] != self.mac
            || h[wire::IPV4_OFFSET + 16..wire::IPV4_OFFSET + 20] != self.ip
        {
            return stop(v, Outcome::NotRoce);
        }
        // 2. ICRC.
        if !icrc_ok(f) {
            return stop(v, Outcome::BadIcrc);
        }
        // 3. Headers consistent, opcode one we handle, fits the RX buffer.
        let op = h[bth];
        let is_send = op <= opcode::SEND_ONLY_IMM;
        let is_write = (opcode::WRITE_FIRST..=opcode::WRITE_ONLY_IMM).contains(&op);
        let is_ack = op == opcode::ACK;
        let has_reth = matches!(op, opcode::WRITE_FIRST | opcode::WRITE_ONLY | opcode::WRITE_ONLY_IMM);
        let has_imm = opcode::has_imm(op);
        let starts = matches!(op, opcode::SEND_FIRST | opcode::SEND_ONLY | opcode::SEND_ONLY_IMM | opcode::WRITE_FIRST | opcode::WRITE_ONLY | opcode::WRITE_ONLY_IMM);
        let ends = matches!(op, opcode::SEND_LAST | opcode::SEND_LAST_IMM | opcode::SEND_ONLY | opcode::SEND_ONLY_IMM | opcode::WRITE_LAST | opcode::WRITE_LAST_IMM | opcode::WRITE_ONLY | opcode::WRITE_ONLY_IMM);
        let hdr_len = wire::BTH_END + if has_reth { wire::RETH_LEN } else { 0 } + if has_imm || is_ack { 4 } else { 0 };
        let pad = ((h[bth + 1] >> 4) & 3) as usize;
        let overhead = hdr_len + pad + wire::ICRC_LEN;
        let ip_total = be16(&h, wire::IPV4_OFFSET + 2) as usize;
        let malformed = !ipv4_sum_ok(&h)
            || h[wire::IPV4_OFFSET] != 0x45
            || be16(&h, wire::IPV4_OFFSET + 6) & 0x3FFF != 0
            || ip_total + wire::ETH_LEN != f.len()
            || be16(&h, wire::UDP_OFFSET + 4) as usize + wire::IPV4_LEN != ip_total
            || f.len() < overhead
            || !(is_send || is_write || is_ack)
            || f.len() > RX_SLOT_BYTES
            || f.len() - overhead > 4096;
        if malformed {
            return stop(v, Outcome::Malformed);
        }
        let payload = &f[hdr_len..f.len() - pad - wire::ICRC_LEN];
        let plen = payload.len() as u32;
        // 4. The QP exists and may receive.
        let dqpn = be32(&h, bth + 4) & 0xFF_FFFF;
        let Some(qp) = self.qps.get_mut(&dqpn).filter(|q| q.state == qp_state::RTR || q.state == qp_state::RTS) else {
            return stop(v, Outcome::BadQp);
        };
        // 5, 6. It comes from the QP's peer, in its partition.
        let src_ip: [u8; 4] = h[wire::IPV4_OFFSET + 12..wire::IPV4_OFFSET + 16].try_into().unwrap();
        if src_ip != qp.peer_ip {
            if self.source_binding {
                return stop(v, Outcome::BadSource);
            }
            v.gaps.push(Gap::SpoofedSourceAccepted);
        }
        if !pkey_ok(be16(&h, bth + 2)) {
            if self.source_binding {
                return stop(v, Outcome::BadPkey);
            }
            v.gaps.push(Gap::PkeyAccepted);
        }
        // 7. Responses go to the requester, which has nothing outstanding here.
        if is_ack {
            return stop(v, Outcome::Response);
        }
        let psn = be32(&h, bth + 8) & 0xFF_FFFF;
        let ack_req = h[bth + 8] & 0x80 != 0;
        let aeth = |syndrome: u8, psn: u32| Answer::Aeth { qpn: qp.dest_qpn, syndrome, psn };
        // 8. PSN.
        let diff = psn.wrapping_sub(qp.epsn) & 0xFF_FFFF;
        if diff != 0 {
            if diff & 0x80_0000 != 0 {
                if ack_req {
                    v.answer = aeth(wire::syndrome::ACK, qp.epsn.wrapping_sub(1) & 0xFF_FFFF);
                }
                return stop(v, Outcome::Duplicate);
            }
            if qp.nak_sent {
                return stop(v, Outcome::AheadAfterNak);
            }
            qp.nak_sent = true;
            v.answer = aeth(wire::syndrome::NAK_PSN_SEQ_ERR, qp.epsn);
            return stop(v, Outcome::NakSeq);
        }
        qp.nak_sent = false;
        // 9. Opcode sequence.
        if (qp.active && (starts || is_send != qp.active_send)) || (!qp.active && !starts) {
            v.answer = aeth(wire::syndrome::NAK_INVALID_REQUEST, psn);
            return stop(v, Outcome::NakSequenceOpcode);
        }
        // 10. RETH: the target region.
        if has_reth {
            let o = wire::BTH_END;
            let (va, rkey, dma_len) = (u64::from_be_bytes(h[o..o + 8].try_into().unwrap()), be32(&h, o + 8), be32(&h, o + 12));
            let row = mr_row(&self.mrs, self.mr_mask, rkey);
            match row.check(rkey, qp.pd, va, dma_len, access::REMOTE_WRITE) {
                Some(iova) => {
                    qp.iova = iova;
                    qp.left = dma_len;
                    qp.done = 0;
                    qp.active_send = false;
                    qp.write_total = dma_len;
                }
                None => {
                    v.answer = aeth(wire::syndrome::NAK_REMOTE_ACCESS, psn);
                    return stop(v, Outcome::NakAccess);
                }
            }
        }
        // 11, 12. A receive WQE for a SEND's first packet or a WRITE with immediate.
        if (is_send && starts) || (is_write && has_imm) {
            let Some(r) = qp.recvs.pop_front() else {
                qp.nak_sent = true;
                v.answer = aeth(wire::syndrome::RNR_NAK | 1, psn);
                return stop(v, Outcome::Rnr);
            };
            qp.wr_id = r.wr_id;
            if is_send {
                let row = mr_row(&self.mrs, self.mr_mask, r.lkey);
                match row.check(r.lkey, qp.pd, r.addr, r.len, access::LOCAL_WRITE) {
                    Some(iova) => {
                        qp.iova = iova;
                        qp.left = r.len;
                        qp.done = 0;
                        qp.active_send = true;
                    }
                    None => {
                        v.answer = aeth(wire::syndrome::NAK_REMOTE_OP, psn);
                        v.cqe = Some(ExpectCqe { wr_id: r.wr_id, qpn: qp.qpn, status: 4, opcode: 2, byte_len: 0, imm: None });
                        return stop(v, Outcome::NakRecvBuffer);
                    }
                }
            }
        }
        // 13. Room for the payload.
        if plen > qp.left {
            v.answer = aeth(wire::syndrome::NAK_INVALID_REQUEST, psn);
            qp.active = false;
            if is_send {
                v.cqe = Some(ExpectCqe { wr_id: qp.wr_id, qpn: qp.qpn, status: 1, opcode: 2, byte_len: 0, imm: None });
            }
            return stop(v, Outcome::NakLength);
        }
        // Executed.
        let middle = !starts && !ends;
        let first = starts && !ends;
        if ((first || middle) && plen as usize != PMTU) || plen as usize > PMTU {
            v.gaps.push(Gap::PayloadNotPmtu);
        }
        if is_write && ends && qp.done + plen != qp.write_total {
            v.gaps.push(Gap::WriteLengthMismatch);
        }
        if plen > 0 {
            let off = (qp.iova - DATA_IOVA) as usize;
            self.shadow[off..off + payload.len()].copy_from_slice(payload);
            v.write = Some((off, payload.to_vec()));
        }
        qp.iova += plen as u64;
        qp.left -= plen;
        qp.done += plen;
        qp.epsn = (qp.epsn + 1) & 0xFF_FFFF;
        qp.active = !ends;
        if ends && (is_send || has_imm) {
            let imm = has_imm.then(|| be32(&h, hdr_len - 4));
            v.cqe = Some(ExpectCqe { wr_id: qp.wr_id, qpn: qp.qpn, status: 0, opcode: if is_write { 3 } else { 2 }, byte_len: qp.done, imm });
        }
        if ack_req {
            v.answer = aeth(wire::syndrome::ACK, psn);
        }
        v
    }

    /// The counter the outcome increments, besides `CNT_RX_FRAMES` (which counts every
    /// frame that passed checks 1-3).
    pub fn counter(&self, o: Outcome) -> Option<&'static Reg> {
        Some(match o {
            Outcome::NotRoce => &regs::CNT_RX_NOT_ROCE,
            Outcome::BadIcrc => &regs::CNT_RX_BAD_ICRC,
            Outcome::Malformed => &regs::CNT_RX_MALFORMED,
            Outcome::BadQp => &regs::CNT_RX_BAD_QP,
            Outcome::BadSource => return reg_named("CNT_RX_BAD_SOURCE"),
            Outcome::BadPkey => return reg_named("CNT_RX_BAD_PKEY").or_else(|| reg_named("CNT_RX_BAD_SOURCE")),
            Outcome::Response => &regs::CNT_RX_ACKS,
            Outcome::Duplicate => &regs::CNT_RX_DUPLICATE,
            Outcome::NakSeq => &regs::CNT_NAK_SEQ_SENT,
            Outcome::AheadAfterNak => return None,
            Outcome::NakSequenceOpcode | Outcome::NakRecvBuffer | Outcome::NakLength => &regs::CNT_NAK_INVALID_SENT,
            Outcome::NakAccess => &regs::CNT_NAK_ACCESS_SENT,
            Outcome::Rnr => &regs::CNT_RNR_NAK_SENT,
            Outcome::Accepted => return None,
        })
    }
}

/// A register of the contract by name (counters the contract may not have yet).
fn reg_named(name: &str) -> Option<&'static Reg> {
    regs::ALL.iter().find(|r| r.name == name)
}

/// The counters the fuzzer watches after every frame.
fn watched() -> Vec<&'static Reg> {
    let mut v = vec![
        &regs::CNT_RX_FRAMES, &regs::CNT_RX_BAD_ICRC, &regs::CNT_RX_MALFORMED, &regs::CNT_RX_NOT_ROCE, &regs::CNT_RX_BAD_QP,
        &regs::CNT_RX_DUPLICATE, &regs::CNT_NAK_SEQ_SENT, &regs::CNT_NAK_ACCESS_SENT, &regs::CNT_RNR_NAK_SENT,
        &regs::CNT_NAK_INVALID_SENT, &regs::CNT_TX_ACKS, &regs::CNT_RX_ACKS, &regs::CNT_WQE_ERRORS, &regs::CNT_DMA_ERRORS,
        &regs::CNT_CQ_OVERFLOW,
    ];
    v.extend(["CNT_RX_BAD_SOURCE", "CNT_RX_BAD_PKEY"].iter().filter_map(|n| reg_named(n)));
    v
}

#[derive(Debug, Clone)]
pub struct FuzzConfig {
    pub seed: u64,
    pub frames: u64,
    /// Compare all of host memory with the shadow every this many frames.
    pub full_check_every: u64,
    /// Print one line per frame (the `DEBUG_FUZZ` environment variable also does).
    pub verbose: bool,
}

impl FuzzConfig {
    pub fn new(seed: u64, frames: u64) -> FuzzConfig {
        FuzzConfig { seed, frames, full_check_every: 512, verbose: std::env::var_os("DEBUG_FUZZ").is_some() }
    }
}

/// What a run did, per outcome, per kind of frame, per gap.
#[derive(Debug, Default, Clone)]
pub struct FuzzStats {
    pub frames: u64,
    pub outcomes: BTreeMap<Outcome, u64>,
    pub kinds: BTreeMap<&'static str, u64>,
    pub gaps: BTreeMap<Gap, u64>,
    pub bytes_written: u64,
    pub completions: u64,
    pub engine_cycles: u64,
    pub full_checks: u64,
    pub source_binding: bool,
}

impl FuzzStats {
    pub fn merge(&mut self, o: &FuzzStats) {
        self.frames += o.frames;
        for (k, v) in &o.outcomes {
            *self.outcomes.entry(*k).or_default() += v;
        }
        for (k, v) in &o.kinds {
            *self.kinds.entry(*k).or_default() += v;
        }
        for (k, v) in &o.gaps {
            *self.gaps.entry(*k).or_default() += v;
        }
        self.bytes_written += o.bytes_written;
        self.completions += o.completions;
        self.engine_cycles += o.engine_cycles;
        self.full_checks += o.full_checks;
        self.source_binding = o.source_binding;
    }

    pub fn report(&self) -> String {
        let mut s = format!(
            "{} frames, {} engine cycles ({:.0} per frame), {} bytes placed, {} completions, {} full-memory checks\n",
            self.frames, self.engine_cycles, self.engine_cycles as f64 / self.frames.max(1) as f64, self.bytes_written, self.completions, self.full_checks
        );
        s += "outcome (documented check that stopped the frame):\n";
        for (k, v) in &self.outcomes {
            s += &format!("  {:<20} {v}\n", format!("{k:?}"));
        }
        s += "frames generated, by kind:\n";
        for (k, v) in &self.kinds {
            s += &format!("  {k:<20} {v}\n");
        }
        s += "IBA rules not enforced by this engine build (frames accepted that the rule refuses):\n";
        if self.gaps.is_empty() {
            s += "  none\n";
        }
        for (k, v) in &self.gaps {
            s += &format!("  {:<24} {v}\n", format!("{k:?}"));
        }
        if let Some(n) = self.outcomes.get(&Outcome::AheadAfterNak) {
            s += &format!("frames dropped without a drop counter (PSN ahead after the gap's NAK): {n}\n");
        }
        if !self.source_binding {
            s += "NOTICE: SOURCE BINDING IS NOT ENFORCED BY THIS ENGINE BUILD (CAP_FEATURES.SOURCE_BINDING = 0): frames from spoofed sources were expected to be, and were, accepted\n";
        }
        s
    }
}

/// One card, its tables programmed through BAR0, and the model beside it.
pub struct Fuzzer {
    pub w: World,
    pub model: Model,
    data: HostBuf,
    qps: BTreeMap<u32, RawQp>,
    cq: RawCq,
    rng: ChaCha8Rng,
    counters: Vec<&'static Reg>,
    /// The watched counters as read after the last frame: nothing between two frames
    /// (posting receives, polling completions) moves them, so the next frame's
    /// "before" need not be read again (a BAR0 read costs simulated cycles).
    last_counters: Option<Vec<u32>>,
    next_wr_id: u64,
    /// Keys of MR rows (including ones never or no longer registered).
    keys: [u32; ROWS],
    /// Each QP's send and receive rings as the host last wrote them: the card only
    /// reads rings, so they must still hold exactly this.
    rings: BTreeMap<u32, (Vec<u8>, Vec<u8>)>,
}

/// A peer's station index in the harness's address plan, per local QP.
fn peer_of(qpn: u32) -> usize {
    qpn as usize + 10
}
fn ip_of_peer(qpn: u32) -> [u8; 4] {
    crate::ip_of(peer_of(qpn))
}

impl Fuzzer {
    pub fn new(seed: u64) -> Fuzzer {
        let mut w = World::new(WorldConfig { cards: 1, ..Default::default() }).expect("world");
        crate::set_station(&mut w, STATION);
        let features = w.mmio_read(0, regs::CAP_FEATURES.offset);
        let source_binding = (features >> SOURCE_BINDING_BIT) & 1 == 1;
        let cap_mrs = w.mmio_read(0, regs::CAP_MRS.offset);
        assert!(cap_mrs.is_power_of_two() && cap_mrs as usize >= ROWS, "CAP_MRS = {cap_mrs}: the fuzzer needs a power of two of at least {ROWS}");
        let mr_bits = cap_mrs.trailing_zeros();
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        let cq = create_cq(&mut w, 0, 0, 0x1000_0000, 12);
        let data = HostBuf::new(&w, 0, DATA_IOVA, DATA_LEN);
        let mut model = Model {
            mac: mac_of(STATION),
            ip: crate::ip_of(STATION),
            source_binding,
            mrs: [MrRow::default(); ROWS],
            mr_mask: cap_mrs - 1,
            qps: BTreeMap::new(),
            shadow: vec![0; DATA_LEN],
        };
        // Regions: three PDs, every mix of rights, odd lengths, VAs that differ from
        // IOVAs; rows 13 (registered, then invalidated), 14 and 15 never valid.
        let mut keys = [0u32; ROWS];
        for row in 0..ROWS {
            let key = (rng.random_range(1u32..u32::MAX >> mr_bits) << mr_bits) | row as u32;
            keys[row] = key;
            if row >= 14 {
                continue;
            }
            let acc = match row % 4 {
                0 | 1 => access::LOCAL_WRITE | access::REMOTE_WRITE,
                2 => access::LOCAL_WRITE,
                _ => access::REMOTE_WRITE | access::REMOTE_READ,
            };
            let len = [8192u32, 5000, 4096, 7777][row % 4];
            let m = MrRow {
                valid: row != 13,
                key,
                pd: 1 + row as u32 % 3,
                va: 0x7f00_0000_0000 + ((row as u64) << 24) + rng.random_range(0..4096),
                len,
                iova: DATA_IOVA + (row * SLOT + 2048) as u64,
                access: acc,
            };
            reg_row(&mut w, row as u32, &m);
            if row == 13 {
                w.mmio_write(0, regs::MR_SEL.offset, 13);
                w.mmio_write(0, regs::MR_CMD.offset, cmd::INVALIDATE);
                wait_cmd(&mut w, 0);
            }
            model.mrs[row] = m;
        }
        let mut qps = BTreeMap::new();
        for qpn in LIVE_QPS.chain([INIT_QP, ERROR_QP]) {
            let epsn = if rng.random_bool(0.3) { 0xFF_FFFF - rng.random_range(0..8) } else { rng.random_range(0..0x100_0000) };
            let pd = 1 + qpn % 3;
            let setup = QpSetup { qpn, dest_qpn: 0x100 + qpn, peer: peer_of(qpn), sq_psn: 0, rq_psn: epsn, pmtu_log2: PMTU_LOG2, cqn: 0, pd };
            let raw = create_qp(&mut w, 0, &setup, 0x3000_0000 + ((qpn as u64) << 21));
            let state = match qpn {
                INIT_QP => qp_state::INIT,
                ERROR_QP => qp_state::ERROR,
                _ => qp_state::RTS,
            };
            if state != qp_state::RTS {
                w.mmio_write(0, regs::QPC_SEL.offset, qpn);
                w.mmio_write(0, regs::QPC_STATE.offset, state);
                w.mmio_write(0, regs::QPC_CMD.offset, cmd::MODIFY);
                wait_cmd(&mut w, 0);
            }
            model.qps.insert(qpn, QpModel {
                qpn, state, pd, dest_qpn: setup.dest_qpn, peer_ip: ip_of_peer(qpn), epsn, nak_sent: false, active: false,
                active_send: false, iova: 0, left: 0, done: 0, wr_id: 0, write_total: 0, recvs: VecDeque::new(),
            });
            qps.insert(qpn, raw);
        }
        let counters = watched();
        let mut f = Fuzzer { w, model, data, qps, cq, rng, counters, last_counters: None, next_wr_id: 1, keys, rings: BTreeMap::new() };
        for qpn in LIVE_QPS {
            f.top_up_recvs(qpn, RECVS_POSTED);
        }
        for qpn in f.qps.keys().copied().collect::<Vec<_>>() {
            f.snapshot_rings(qpn);
        }
        f
    }

    fn snapshot_rings(&mut self, qpn: u32) {
        let q = &self.qps[&qpn];
        self.rings.insert(qpn, (q.sq.read(0, q.sq.mem.len()), q.rq.read(0, q.rq.mem.len())));
    }

    /// Keep receives posted: mostly good buffers in the QP's own PD, some with a
    /// foreign or invalid lkey or out of bounds (the card must refuse to write them).
    fn top_up_recvs(&mut self, qpn: u32, target: usize) {
        while self.model.qps[&qpn].recvs.len() < target {
            let pd = self.model.qps[&qpn].pd;
            let own: Vec<usize> = (0..ROWS).filter(|&r| self.model.mrs[r].valid && self.model.mrs[r].pd == pd && self.model.mrs[r].access & access::LOCAL_WRITE != 0).collect();
            let row = if own.is_empty() || self.rng.random_bool(0.1) { self.rng.random_range(0..ROWS) } else { own[self.rng.random_range(0..own.len())] };
            let m = self.model.mrs[row];
            let len = self.rng.random_range(0..=4096u32.min(m.len.max(1)));
            let mut addr = m.va + self.rng.random_range(0..=(m.len.saturating_sub(len)) as u64);
            if self.rng.random_bool(0.05) {
                addr = m.va + m.len as u64 - self.rng.random_range(0..64.min(len as u64 + 1)); // crosses the end
            }
            let lkey = if self.rng.random_bool(0.03) { self.rng.random() } else { self.keys[row] };
            let wr_id = self.next_wr_id;
            self.next_wr_id += 1;
            post_recv(&mut self.w, 0, self.qps.get_mut(&qpn).unwrap(), wr_id, addr, len, lkey);
            self.model.qps.get_mut(&qpn).unwrap().recvs.push_back(RecvWqe { wr_id, addr, len, lkey });
        }
        self.snapshot_rings(qpn);
    }

    /// A valid request for `qpn` given the model's state: continues the message in
    /// progress or starts one, targets a region the QP may write.
    fn valid_request(&mut self, qpn: u32) -> RoceFrame {
        let q = self.model.qps[&qpn].clone();
        let r = &mut self.rng;
        let mut reth = None;
        let op = if q.active {
            let last = q.left as usize <= PMTU || r.random_bool(0.3);
            match (q.active_send, last) {
                (true, false) => opcode::SEND_MIDDLE,
                (true, true) => if r.random_bool(0.5) { opcode::SEND_LAST } else { opcode::SEND_LAST_IMM },
                (false, false) => opcode::WRITE_MIDDLE,
                (false, true) => if r.random_bool(0.5) { opcode::WRITE_LAST } else { opcode::WRITE_LAST_IMM },
            }
        } else {
            let ops = [opcode::SEND_FIRST, opcode::SEND_ONLY, opcode::SEND_ONLY_IMM, opcode::WRITE_FIRST, opcode::WRITE_ONLY, opcode::WRITE_ONLY_IMM];
            ops[r.random_range(0..ops.len())]
        };
        let plen = match op {
            opcode::SEND_FIRST | opcode::SEND_MIDDLE | opcode::WRITE_FIRST | opcode::WRITE_MIDDLE => PMTU,
            _ if q.active => (q.left as usize).min(PMTU),
            _ => r.random_range(0..=PMTU),
        };
        if has_reth_op(op) {
            let rows: Vec<usize> = (0..ROWS).filter(|&i| { let m = &self.model.mrs[i]; m.valid && m.pd == q.pd && m.access & access::REMOTE_WRITE != 0 }).collect();
            let row = rows[r.random_range(0..rows.len())];
            let m = self.model.mrs[row];
            let total = if op == opcode::WRITE_FIRST { r.random_range(PMTU as u32 + 1..=m.len) } else { plen as u32 };
            let va = m.va + r.random_range(0..=(m.len - total) as u64);
            reth = Some((va, self.keys[row], total));
        }
        let payload: Vec<u8> = (0..plen).map(|_| r.random()).collect();
        RoceFrame {
            dst_mac: self.model.mac, src_mac: mac_of(peer_of(qpn)), src_ip: q.peer_ip, dst_ip: self.model.ip, ttl: 64, dont_fragment: true,
            udp_src_port: r.random_range(0xC000..=0xFFFF), opcode: op, solicited: false, pad: 0, pkey: 0xFFFF,
            dest_qpn: qpn, ack_req: r.random_bool(0.5), psn: q.epsn, reth,
            aeth: None, imm: opcode::has_imm(op).then(|| r.random()), payload, icrc: 0,
        }
    }

    /// One frame to send, and what kind of frame it is.
    fn next_frame(&mut self) -> (Vec<u8>, &'static str) {
        let live: Vec<u32> = LIVE_QPS.collect();
        let qpn = live[self.rng.random_range(0..live.len())];
        let roll = self.rng.random_range(0..100);
        if roll < 5 {
            let n = self.rng.random_range(1..200);
            return ((0..n).map(|_| self.rng.random()).collect(), "random bytes");
        }
        let mut f = self.valid_request(qpn);
        if roll < 40 {
            return (f.emit(), "valid");
        }
        let r = &mut self.rng;
        let kind = match r.random_range(0..16) {
            0 => {
                f.psn = match r.random_range(0..3) {
                    0 => f.psn.wrapping_sub(r.random_range(1..20)),
                    1 => f.psn + r.random_range(1..20),
                    _ => r.random(),
                } & 0xFF_FFFF;
                "psn"
            }
            1 => {
                f.dest_qpn = if r.random_bool(0.7) { r.random_range(0..16) } else { r.random_range(0..1 << 24) };
                "qpn"
            }
            2 => {
                f.opcode = match r.random_range(0..3) {
                    0 => r.random(),
                    1 => [0x0C, 0x0D, 0x0E, 0x0F, 0x10, 0x12, 0x13, 0x14][r.random_range(0..8)],
                    _ => r.random_range(0..0x12),
                };
                if opcode::has_reth(f.opcode) && f.reth.is_none() {
                    f.reth = Some((0x7f00_0000_0000, self.keys[0], 64));
                }
                if !opcode::has_reth(f.opcode) {
                    f.reth = None;
                }
                f.imm = opcode::has_imm(f.opcode).then_some(0x1234_5678);
                f.aeth = opcode::has_aeth(f.opcode).then(|| (r.random(), 0));
                "opcode"
            }
            3 | 4 => {
                // A key of another PD, of an invalid row, or a guess.
                let op = if r.random_bool(0.5) { opcode::WRITE_ONLY } else { opcode::WRITE_FIRST };
                if f.reth.is_none() {
                    f.opcode = op;
                    f.reth = Some((0x7f00_0000_0000, 0, f.payload.len() as u32));
                    f.imm = None;
                }
                let (va, _, len) = f.reth.unwrap();
                let key = match r.random_range(0..3) {
                    0 => self.keys[r.random_range(0..ROWS)],
                    1 => (r.random::<u32>() & !self.model.mr_mask) | r.random_range(0..ROWS as u32),
                    _ => r.random(),
                };
                let va = if r.random_bool(0.5) { mr_row(&self.model.mrs, self.model.mr_mask, key).va + r.random_range(0..4096) } else { va };
                f.reth = Some((va, key, len));
                "foreign key"
            }
            5 | 6 => {
                // Address and length at and across a region's bounds.
                let row = r.random_range(0..ROWS);
                let m = self.model.mrs[row];
                if f.reth.is_none() {
                    f.opcode = opcode::WRITE_ONLY;
                    f.imm = None;
                }
                let len = f.payload.len() as u32;
                let (va, dma) = match r.random_range(0..5) {
                    0 => (m.va + m.len as u64 - r.random_range(0..=len.min(m.len) as u64), len),
                    1 => (m.va.wrapping_sub(r.random_range(1..64)), len),
                    2 => (m.va + r.random_range(0..64), m.len - r.random_range(0..=64.min(m.len))),
                    3 => (m.va + r.random_range(0..m.len as u64 + 64), r.random()),
                    _ => (r.random(), r.random()),
                };
                f.reth = Some((va, self.keys[row], dma));
                "bounds"
            }
            7 => {
                // Payload longer than the target or than the RX buffer allows.
                let n = [r.random_range(0..5000), 4097, 4100, r.random_range(8150..8300)][r.random_range(0..4)];
                f.payload = (0..n).map(|_| r.random()).collect();
                "length"
            }
            8 => {
                let other = LIVE_QPS.start + r.random_range(0..LIVE_QPS.len() as u32);
                f.src_ip = if r.random_bool(0.5) { ip_of_peer(other) } else { r.random() };
                if f.src_ip == self.model.qps[&qpn].peer_ip {
                    f.src_ip[3] ^= 0x80;
                }
                "spoofed source"
            }
            9 => {
                f.pkey = r.random();
                "pkey"
            }
            10 => {
                if r.random_bool(0.5) { f.dst_ip = r.random() } else { f.dst_mac = r.random() }
                "not for us"
            }
            11 => {
                f.opcode = opcode::ACK;
                f.reth = None;
                f.imm = None;
                f.aeth = Some((r.random(), r.random_range(0..1 << 24)));
                f.payload.clear();
                "ack"
            }
            _ => "",
        };
        if !kind.is_empty() {
            return (f.emit(), kind);
        }
        // Byte-level mutations of the emitted frame.
        let mut b = f.emit();
        let kind = match r.random_range(0..4) {
            0 => {
                let n = r.random_range(1..b.len());
                b.truncate(n);
                if r.random_bool(0.5) {
                    refresh(&mut b);
                }
                "truncated"
            }
            1 => {
                for _ in 0..r.random_range(1..4) {
                    let i = r.random_range(0..b.len());
                    b[i] ^= 1 << r.random_range(0..8);
                }
                if r.random_bool(0.5) {
                    refresh(&mut b);
                }
                "bit flips"
            }
            2 => {
                let n = b.len();
                b[n - r.random_range(1..5)] ^= 1 << r.random_range(0..8);
                "bad icrc"
            }
            _ => {
                let o = if r.random_bool(0.5) { wire::IPV4_OFFSET + 2 } else { wire::UDP_OFFSET + 4 };
                let v = be16(&b, o).wrapping_add(r.random_range(1..8) * if r.random_bool(0.5) { 1 } else { 0xFFFF });
                b[o..o + 2].copy_from_slice(&v.to_be_bytes());
                refresh(&mut b);
                "header lengths"
            }
        };
        (b, kind)
    }

    /// Run the engine until it has finished with everything it was given; frames it
    /// transmits meanwhile are returned.
    fn settle(&mut self) -> Vec<Vec<u8>> {
        let card = &mut self.w.cards[0];
        let mut out = Vec::new();
        // Idle for a few cycles in a row: a frame whose last beat was just taken is
        // latched at the next edge.
        let mut idle_for = 0;
        for _ in 0..200_000 {
            card.step();
            while let Some(f) = card.take_tx() {
                out.push(f);
            }
            idle_for = if card.idle() { idle_for + 1 } else { 0 };
            if idle_for == 4 {
                return out;
            }
        }
        panic!("engine never went idle after a frame (wedged)");
    }

    fn read_counters(&mut self) -> Vec<u32> {
        let regs = self.counters.clone();
        regs.iter().map(|r| self.w.mmio_read(0, r.offset)).collect()
    }

    /// Feed one frame and check everything the model predicts. Err says what differed.
    pub fn step_frame(&mut self, frame: &[u8], stats: &mut FuzzStats) -> Result<Outcome, String> {
        let before = match self.last_counters.take() {
            Some(c) => c,
            None => self.read_counters(),
        };
        let h = header(frame);
        let dqpn = be32(&h, wire::BTH_OFFSET + 4) & 0xFF_FFFF;
        // The receive buffer a SEND would take, before the model consumes it.
        let recv_row = self.model.qps.get(&dqpn).and_then(|q| q.recvs.front()).and_then(|r| mr_slot(self.model.mr_mask, r.lkey));
        let v = self.model.receive(frame);
        let start = self.w.cards[0].cycles();
        self.w.cards[0].push_rx(frame.to_vec());
        let sent = self.settle();
        stats.engine_cycles += self.w.cards[0].cycles() - start;
        let after = self.read_counters();
        self.last_counters = Some(after.clone());
        // Counters: RX_FRAMES for everything past check 3, the outcome's own counter,
        // TX_ACKS for an answer, WQE_ERRORS for an error completion; nothing else.
        let mut want = before.clone();
        let idx = |r: &Reg, cs: &[&'static Reg]| cs.iter().position(|c| c.offset == r.offset);
        let bump = |want: &mut Vec<u32>, r: &Reg, cs: &[&'static Reg]| {
            if let Some(i) = idx(r, cs) {
                want[i] = want[i].wrapping_add(1);
            }
        };
        let cs = self.counters.clone();
        if !matches!(v.outcome, Outcome::NotRoce | Outcome::BadIcrc | Outcome::Malformed) {
            bump(&mut want, &regs::CNT_RX_FRAMES, &cs);
        }
        match self.model.counter(v.outcome) {
            Some(r) => bump(&mut want, r, &cs),
            None if matches!(v.outcome, Outcome::BadSource | Outcome::BadPkey) => {
                return Err("the card claims SOURCE_BINDING but the contract has no counter for its drops (CNT_RX_BAD_SOURCE)".into())
            }
            None => {}
        }
        if v.answer != Answer::None {
            bump(&mut want, &regs::CNT_TX_ACKS, &cs);
        }
        if v.cqe.is_some_and(|c| c.status != 0) {
            bump(&mut want, &regs::CNT_WQE_ERRORS, &cs);
        }
        if want != after {
            let diff: Vec<String> = cs.iter().zip(before.iter().zip(&after)).filter(|(_, (b, a))| b != a).map(|(r, (b, a))| format!("{}+{}", r.name, a.wrapping_sub(*b))).collect();
            return Err(format!("model says {:?}; engine counted [{}]", v.outcome, diff.join(", ")));
        }
        // The answer on the wire.
        let got: Vec<Answer> = sent.iter().map(|f| parse_answer(f)).collect::<Result<_, _>>()?;
        let want_ans: Vec<Answer> = if v.answer == Answer::None { vec![] } else { vec![v.answer] };
        if got != want_ans {
            return Err(format!("model says {:?} answered {:?}; engine sent {:?}", v.outcome, want_ans, got));
        }
        if let Some(f) = sent.first() {
            // Answers go to the QP's connected peer, never to the frame's source.
            let p = RoceFrame::parse(f).map_err(|e| format!("card sent a bad frame: {e}"))?;
            let q = &self.model.qps[&dqpn];
            if p.dst_ip != q.peer_ip || p.dst_mac != mac_of(peer_of(q.qpn)) {
                return Err(format!("answer sent to {:?} instead of the QP's peer {:?}", p.dst_ip, q.peer_ip));
            }
        }
        // Completions.
        let mut cqes = Vec::new();
        while let Some(c) = poll_cq(&mut self.w, 0, &mut self.cq) {
            cqes.push(c);
        }
        let want_cqes: Vec<ExpectCqe> = v.cqe.into_iter().collect();
        let got_cqes: Vec<ExpectCqe> = cqes
            .iter()
            .map(|c| ExpectCqe { wr_id: c.wr_id, qpn: c.qpn, status: c.status, opcode: c.opcode, byte_len: c.byte_len, imm: c.imm_valid.then_some(c.imm) })
            .collect();
        if got_cqes != want_cqes {
            return Err(format!("model says {:?} completes {:?}; engine completed {:?}", v.outcome, want_cqes, got_cqes));
        }
        stats.completions += cqes.len() as u64;
        // Memory the frame could have touched: the region its rkey names, the head
        // receive buffer's region of every QP it could address, and what the model wrote.
        let mut ranges: Vec<(usize, usize)> = Vec::new();
        if let Some(row) = mr_slot(self.model.mr_mask, be32(&h, wire::BTH_END + 8)) {
            ranges.push((row * SLOT, SLOT));
        }
        if let Some((off, bytes)) = &v.write {
            ranges.push((*off, bytes.len()));
            stats.bytes_written += bytes.len() as u64;
        }
        if let Some(row) = recv_row {
            ranges.push((row * SLOT, SLOT));
        }
        for (off, len) in ranges {
            let len = len.min(DATA_LEN - off);
            if self.data.read(off, len) != self.model.shadow[off..off + len] {
                return Err(format!("host memory at data+{off:#x}..+{len:#x} differs from the model after a {:?} frame", v.outcome));
            }
        }
        *stats.outcomes.entry(v.outcome).or_default() += 1;
        for g in &v.gaps {
            *stats.gaps.entry(*g).or_default() += 1;
        }
        Ok(v.outcome)
    }

    /// All of host memory the card may reach equals the shadow, and every work-queue
    /// ring what the host wrote into it. (The CQ ring is checked entry by entry as
    /// completions are polled.)
    pub fn check_all_memory(&self) -> Result<(), String> {
        for (qpn, (sq, rq)) in &self.rings {
            let q = &self.qps[qpn];
            if q.sq.read(0, sq.len()) != *sq || q.rq.read(0, rq.len()) != *rq {
                return Err(format!("the card wrote into QP {qpn}'s work-queue rings"));
            }
        }
        let all = self.data.read(0, DATA_LEN);
        match all.iter().zip(&self.model.shadow).position(|(a, b)| a != b) {
            None => Ok(()),
            Some(i) => Err(format!("host memory differs from the model at data+{i:#x}")),
        }
    }

    /// The fuzz run: `cfg.frames` frames, every check after each.
    pub fn run(&mut self, cfg: &FuzzConfig) -> Result<FuzzStats, String> {
        let mut stats = FuzzStats { source_binding: self.model.source_binding, ..Default::default() };
        for i in 0..cfg.frames {
            let (frame, kind) = self.next_frame();
            *stats.kinds.entry(kind).or_default() += 1;
            let o = self.step_frame(&frame, &mut stats).map_err(|e| format!("seed {} frame {i} ({kind}, {} bytes): {e}", cfg.seed, frame.len()))?;
            if cfg.verbose {
                eprintln!("frame {i}: {kind} {} bytes -> {o:?}", frame.len());
            }
            stats.frames += 1;
            if (i + 1) % cfg.full_check_every == 0 {
                self.check_all_memory().map_err(|e| format!("seed {} after frame {i}: {e}", cfg.seed))?;
                stats.full_checks += 1;
            }
            if i % 16 == 0 {
                for qpn in LIVE_QPS {
                    // The last QP is kept short of receives, so SENDs meet an empty queue.
                    if qpn != SHORT_QP || i % 256 == 0 {
                        self.top_up_recvs(qpn, if qpn == SHORT_QP { 2 } else { RECVS_POSTED });
                    }
                }
            }
        }
        self.check_all_memory()?;
        stats.full_checks += 1;
        Ok(stats)
    }

    /// After the storm: every live QP closes any message left open, then takes a valid
    /// WRITE and a valid SEND and ACKs them.
    pub fn valid_traffic_flows(&mut self) -> Result<(), String> {
        let mut stats = FuzzStats::default();
        for qpn in LIVE_QPS {
            self.top_up_recvs(qpn, RECVS_POSTED);
            let mut send = |this: &mut Fuzzer, want: Option<u8>| -> Result<Outcome, String> {
                let mut f = this.valid_request(qpn);
                while want.is_some_and(|w| f.opcode != w) {
                    f = this.valid_request(qpn);
                }
                f.ack_req = true;
                if f.opcode == opcode::SEND_ONLY {
                    f.payload.truncate(16);
                }
                this.step_frame(&f.emit(), &mut stats).map_err(|e| format!("valid traffic on QP {qpn}: {e}"))
            };
            for _ in 0..16 {
                if !self.model.qps[&qpn].active {
                    break;
                }
                let o = send(self, None)?;
                if o != Outcome::Accepted {
                    return Err(format!("QP {qpn}: closing the open message: {o:?}"));
                }
            }
            let o = send(self, Some(opcode::WRITE_ONLY))?;
            if o != Outcome::Accepted {
                return Err(format!("QP {qpn}: valid WRITE_ONLY was {o:?}"));
            }
            // A posted receive may itself be bad or too small (the fuzzer posts some):
            // the card must refuse those and take the SEND into the next good one.
            let mut taken = false;
            for _ in 0..RECVS_POSTED {
                match send(self, Some(opcode::SEND_ONLY))? {
                    Outcome::Accepted => {
                        taken = true;
                        break;
                    }
                    Outcome::NakRecvBuffer | Outcome::NakLength => {}
                    o => return Err(format!("QP {qpn}: valid SEND_ONLY was {o:?}")),
                }
            }
            if !taken {
                return Err(format!("QP {qpn}: no SEND taken into {RECVS_POSTED} posted receives"));
            }
        }
        self.check_all_memory()
    }
}

fn has_reth_op(op: u8) -> bool {
    matches!(op, opcode::WRITE_FIRST | opcode::WRITE_ONLY | opcode::WRITE_ONLY_IMM)
}

/// Recompute the IPv4 checksum and the ICRC of a (possibly mutated) frame, so that
/// the mutation reaches the checks behind them.
pub fn refresh(f: &mut [u8]) {
    if f.len() >= wire::IPV4_OFFSET + wire::IPV4_LEN {
        let c = wire::ipv4_checksum(&f[wire::IPV4_OFFSET..wire::IPV4_OFFSET + wire::IPV4_LEN]);
        f[wire::IPV4_OFFSET + 10..wire::IPV4_OFFSET + 12].copy_from_slice(&c.to_be_bytes());
    }
    if f.len() >= wire::BTH_END + wire::ICRC_LEN {
        let c = wire::icrc(f);
        let n = f.len();
        f[n - 4..].copy_from_slice(&c.to_le_bytes());
    }
}

/// An ACK/NAK the card transmitted, as (QPN, syndrome, PSN).
fn parse_answer(f: &[u8]) -> Result<Answer, String> {
    let p = RoceFrame::parse(f).map_err(|e| format!("card sent a frame that does not parse: {e}"))?;
    match (p.opcode, p.aeth) {
        (opcode::ACK, Some((syndrome, _))) => Ok(Answer::Aeth { qpn: p.dest_qpn, syndrome, psn: p.psn }),
        _ => Err(format!("card sent a {} frame, not an ACK/NAK", opcode::name(p.opcode))),
    }
}

/// Program MR row `row` from a model row.
fn reg_row(w: &mut World, row: u32, m: &MrRow) {
    let put = |w: &mut World, r: &Reg, v: u32| w.mmio_write(0, r.offset, v);
    put(w, &regs::MR_SEL, row);
    put(w, &regs::MR_KEY, m.key);
    put(w, &regs::MR_VA_LO, m.va as u32);
    put(w, &regs::MR_VA_HI, (m.va >> 32) as u32);
    put(w, &regs::MR_LEN, m.len);
    put(w, &regs::MR_IOVA_LO, m.iova as u32);
    put(w, &regs::MR_IOVA_HI, (m.iova >> 32) as u32);
    put(w, &regs::MR_PD, m.pd);
    put(w, &regs::MR_ACCESS, m.access);
    put(w, &regs::MR_CMD, cmd::COMMIT);
    wait_cmd(w, 0);
}

#[cfg(test)]
mod tests {
    //! The model's source-binding rule on its own (no engine builds it yet): with the
    //! capability on, a spoofed source or a foreign P_Key stops the frame at checks 5
    //! and 6 and leaves the QP as it was; the genuine frame is then executed.
    use super::*;

    fn model(binding: bool) -> Model {
        let mut mrs = [MrRow::default(); ROWS];
        mrs[3] = MrRow { valid: true, key: 0x1003, pd: 1, va: 0x7000, len: 4096, iova: DATA_IOVA + 0x100, access: access::REMOTE_WRITE };
        let qp = QpModel {
            qpn: 2, state: qp_state::RTS, pd: 1, dest_qpn: 9, peer_ip: [10, 0, 0, 7], epsn: 50, nak_sent: false, active: false,
            active_send: false, iova: 0, left: 0, done: 0, wr_id: 0, write_total: 0, recvs: VecDeque::new(),
        };
        Model { mac: mac_of(0), ip: crate::ip_of(0), source_binding: binding, mrs, mr_mask: 15, qps: BTreeMap::from([(2, qp)]), shadow: vec![0; DATA_LEN] }
    }

    fn write(src_ip: [u8; 4], pkey: u16) -> Vec<u8> {
        RoceFrame {
            dst_mac: mac_of(0), src_mac: [2, 0, 0, 0, 0, 7], src_ip, dst_ip: crate::ip_of(0), ttl: 64, dont_fragment: true,
            udp_src_port: 0xC123, opcode: opcode::WRITE_ONLY, solicited: false, pad: 0, pkey, dest_qpn: 2, ack_req: true, psn: 50,
            reth: Some((0x7010, 0x1003, 8)), aeth: None, imm: None, payload: vec![0xAB; 8], icrc: 0,
        }
        .emit()
    }

    #[test]
    fn with_source_binding_a_spoofed_or_foreign_partition_frame_stops_and_changes_nothing() {
        let mut m = model(true);
        for (f, o) in [(write([10, 0, 0, 99], 0xFFFF), Outcome::BadSource), (write([10, 0, 0, 7], 0x8001), Outcome::BadPkey)] {
            let v = m.receive(&f);
            assert_eq!((v.outcome, v.answer, v.write.is_none()), (o, Answer::None, true));
            assert_eq!(m.qps[&2].epsn, 50, "the QP did not move");
        }
        // 0x7FFF (limited member) matches the default full-member partition, as in rxe.
        let v = m.receive(&write([10, 0, 0, 7], 0x7FFF));
        assert_eq!(v.outcome, Outcome::Accepted);
        assert_eq!(v.answer, Answer::Aeth { qpn: 9, syndrome: wire::syndrome::ACK, psn: 50 });
        assert_eq!(v.write, Some((0x110, vec![0xAB; 8])));
        assert_eq!(m.qps[&2].epsn, 51);
    }

    #[test]
    fn without_source_binding_a_spoofed_frame_is_executed_and_counted_as_a_gap() {
        let mut m = model(false);
        let v = m.receive(&write([10, 0, 0, 99], 0x0001));
        assert_eq!(v.outcome, Outcome::Accepted);
        assert_eq!(v.gaps, vec![Gap::SpoofedSourceAccepted, Gap::PkeyAccepted]);
    }
}
