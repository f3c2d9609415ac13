//! Renderings of the contract for people outside Rust: a Markdown reference, a C
//! header and a SystemVerilog package. Generated, checked in, and compared by a test.

use crate::layout::{Field, Layout};
use crate::regs::{self, Reg, RegArray};
use crate::{queues, wire};
use std::fmt::Write;

const BANNER: &str = "Generated from the openrnic-contract crate by `cargo run -p openrnic-contract --bin render-contract`. Do not edit.";

fn arrays() -> [RegArray; 2] {
    [regs::QP_DB, regs::CQ_DB]
}

fn caps(s: &str) -> String {
    s.to_ascii_uppercase()
}

pub fn markdown() -> String {
    let mut o = String::new();
    let _ = writeln!(o, "# openrnic register map and queue formats\n\n<!-- {BANNER} -->\n");
    let _ = writeln!(o, "BAR0 is {} bytes. All registers are 32 bits, little-endian; 64-bit values are `_LO`/`_HI` pairs.\n", regs::BAR0_SIZE);
    let _ = writeln!(o, "## Registers\n\n| offset | name | access | reset | description |\n|---|---|---|---|---|");
    for r in regs::ALL {
        let _ = writeln!(o, "| `0x{:03X}` | `{}` | {} | `0x{:X}` | {} |", r.offset, r.name, r.access.as_str(), r.reset, r.doc.trim());
    }
    for r in regs::ALL.iter().filter(|r| !r.fields.is_empty()) {
        let _ = writeln!(o, "\n### `{}` fields\n\n| bits | name | description |\n|---|---|---|", r.name);
        for f in r.fields {
            let _ = writeln!(o, "| {} | `{}` | {} |", bit_range(f), f.name, f.doc.trim());
        }
    }
    let _ = writeln!(o, "\n## Doorbells\n");
    for a in arrays() {
        let _ = writeln!(o, "`{}`: base `0x{:X}`, stride `0x{:X}`, one per `{}`. {}\n\n| offset in block | name | access | description |\n|---|---|---|---|", a.name, a.base, a.stride, a.count, a.doc);
        for r in a.regs {
            let _ = writeln!(o, "| `+0x{:X}` | `{}` | {} | {} |", r.offset, r.name, r.access.as_str(), r.doc.trim());
        }
        let _ = writeln!(o);
    }
    let _ = writeln!(o, "## Queue entries and on-chip tables\n");
    for l in queues::ALL {
        let _ = writeln!(o, "### `{}` ({} bytes)\n\n{}\n\n| byte | bits | name | description |\n|---|---|---|---|", l.name, l.size, l.doc.trim());
        for f in l.fields {
            let _ = writeln!(o, "| {} | {} | `{}` | {} |", f.offset, bit_range(f), f.name, f.doc.trim());
        }
        let _ = writeln!(o);
    }
    let _ = writeln!(o, "## RoCEv2 frame\n\n| header | offset | length |\n|---|---|---|");
    for (n, off, len) in [
        ("Ethernet II", 0, wire::ETH_LEN),
        ("IPv4", wire::IPV4_OFFSET, wire::IPV4_LEN),
        ("UDP (dst 4791)", wire::UDP_OFFSET, wire::UDP_LEN),
        ("BTH", wire::BTH_OFFSET, wire::BTH_LEN),
    ] {
        let _ = writeln!(o, "| {n} | {off} | {len} |");
    }
    let _ = writeln!(o, "\nThen RETH ({} B), AETH ({} B) and ImmDt ({} B) as the opcode requires, the payload padded to 4 bytes, and the ICRC ({} B).", wire::RETH_LEN, wire::AETH_LEN, wire::IMM_LEN, wire::ICRC_LEN);
    o
}

fn bit_range(f: &Field) -> String {
    if f.width == 1 { format!("{}", f.lsb) } else { format!("{}..{}", f.lsb, f.lsb + f.width - 1) }
}

fn c_reg(o: &mut String, prefix: &str, r: &Reg) {
    let _ = writeln!(o, "#define OPENRNIC_{prefix}{:<24} 0x{:04X}u /* {} */", r.name, r.offset, r.access.as_str());
}

fn c_layout(o: &mut String, l: &Layout) {
    let p = caps(l.name);
    let _ = writeln!(o, "\n/* {} ({} bytes) */\n#define OPENRNIC_{p}_SIZE {}u", l.name, l.size, l.size);
    for f in l.fields {
        let _ = writeln!(o, "#define OPENRNIC_{p}_{}_BYTE {}u\n#define OPENRNIC_{p}_{}_SHIFT {}u\n#define OPENRNIC_{p}_{}_WIDTH {}u", f.name, f.offset, f.name, f.lsb, f.name, f.width);
    }
}

pub fn c_header() -> String {
    let mut o = String::new();
    let _ = writeln!(o, "/* {BANNER} */\n#ifndef OPENRNIC_REGS_H\n#define OPENRNIC_REGS_H\n");
    let _ = writeln!(o, "#define OPENRNIC_BAR0_SIZE 0x{:X}u\n#define OPENRNIC_ID_VALUE 0x{:08X}u\n", regs::BAR0_SIZE, regs::ID_VALUE);
    for r in regs::ALL {
        c_reg(&mut o, "REG_", r);
    }
    for a in arrays() {
        let _ = writeln!(o, "#define OPENRNIC_{}_BASE 0x{:04X}u\n#define OPENRNIC_{}_STRIDE 0x{:X}u", a.name, a.base, a.name, a.stride);
        for r in a.regs {
            c_reg(&mut o, &format!("{}_", a.name), r);
        }
    }
    for l in queues::ALL {
        c_layout(&mut o, l);
    }
    let _ = writeln!(o, "\n#endif /* OPENRNIC_REGS_H */");
    o
}

pub fn sv_package() -> String {
    let mut o = String::new();
    let _ = writeln!(o, "// {BANNER}\npackage openrnic_pkg;");
    let _ = writeln!(o, "  localparam int unsigned BAR0_SIZE = 32'h{:X};", regs::BAR0_SIZE);
    for r in regs::ALL {
        let _ = writeln!(o, "  localparam logic [15:0] REG_{} = 16'h{:04X};", r.name, r.offset);
    }
    for a in arrays() {
        let _ = writeln!(o, "  localparam logic [15:0] {}_BASE = 16'h{:04X};\n  localparam int unsigned {}_STRIDE = {};", a.name, a.base, a.name, a.stride);
        for r in a.regs {
            let _ = writeln!(o, "  localparam logic [15:0] {}_{} = 16'h{:04X};", a.name, r.name, r.offset);
        }
    }
    for l in queues::ALL {
        let p = caps(l.name);
        let _ = writeln!(o, "  // {} ({} bytes): bit position and width of each field", l.name, l.size);
        for f in l.fields {
            let _ = writeln!(o, "  localparam int unsigned {p}_{}_BIT = {};\n  localparam int unsigned {p}_{}_W = {};", f.name, f.bit(), f.name, f.width);
        }
    }
    let _ = writeln!(o, "endpackage");
    o
}

/// The RoCEv2 frame as the engine sends and expects it.
pub fn packet_formats() -> String {
    use wire::opcode;
    let mut o = String::new();
    let _ = writeln!(o, "# RoCEv2 packet formats\n\n<!-- {BANNER} -->\n");
    let _ = writeln!(o, "Every frame: Ethernet II / IPv4 (no options) / UDP to port {} / BTH / extension headers / payload padded to 4 bytes / ICRC. Multi-byte header fields are big-endian on the wire.\n", wire::ROCE_UDP_PORT);
    let _ = writeln!(o, "| header | offset | length | fields as openrnic sends them |\n|---|---|---|---|");
    let _ = writeln!(o, "| Ethernet II | 0 | {} | destination MAC (the QP's peer), source MAC (`MAC_HI`/`MAC_LO`), EtherType 0x{:04X} |", wire::ETH_LEN, wire::ETHERTYPE_IPV4);
    let _ = writeln!(o, "| IPv4 | {} | {} | version 4, IHL 5, DSCP/ECN 0, total length, identification 0, DF set, TTL 64, protocol 17, header checksum, source `IPV4`, destination the QP's `DIP` |", wire::IPV4_OFFSET, wire::IPV4_LEN);
    let _ = writeln!(o, "| UDP | {} | {} | source port the QP's `UDP_SPORT`, destination {}, length, checksum 0 |", wire::UDP_OFFSET, wire::UDP_LEN, wire::ROCE_UDP_PORT);
    let _ = writeln!(o, "| BTH | {} | {} | opcode, SE 0 / M 0 / pad count / version 0, P_Key 0xFFFF, reserved, destination QP, AckReq (bit 7 of byte {}) on the last packet of a message, PSN |", wire::BTH_OFFSET, wire::BTH_LEN, wire::BTH_ACKREQ_BYTE);
    let _ = writeln!(o, "| RETH | {} | {} | virtual address (8), rkey (4), DMA length (4): first or only packet of an RDMA WRITE |", wire::BTH_END, wire::RETH_LEN);
    let _ = writeln!(o, "| AETH | {} | {} | syndrome (1), MSN (3): ACK/NAK |", wire::BTH_END, wire::AETH_LEN);
    let _ = writeln!(o, "| ImmDt | after RETH or BTH | {} | immediate data: last or only packet of *_WITH_IMM |", wire::IMM_LEN);
    let _ = writeln!(o, "| ICRC | end | {} | CRC-32, stored little-endian |\n", wire::ICRC_LEN);
    let _ = writeln!(o, "## ICRC\n\nCRC-32 (the Ethernet/zlib polynomial) over 8 bytes of 0xFF, then the frame from the IPv4 header up to the ICRC with these bytes taken as 0xFF whatever they hold (they may change in flight): frame offsets {:?} (IPv4 TOS, TTL, header checksum; UDP checksum; BTH reserved byte). The engine computes it 8 bytes per cycle on transmit and checks the CRC residue on receive; the IPv4 header checksum covers what the ICRC leaves out.\n", wire::ICRC_MASKED_BYTES);
    let _ = writeln!(o, "## Opcodes (RC)\n\n| opcode | name | RETH | ImmDt | AETH | openrnic |\n|---|---|---|---|---|---|");
    for op in 0u8..=0x11 {
        let supported = op <= opcode::WRITE_ONLY_IMM || op == opcode::ACK;
        let yn = |b: bool| if b { "yes" } else { "" };
        let _ = writeln!(o, "| 0x{op:02X} | {} | {} | {} | {} | {} |", opcode::name(op), yn(opcode::has_reth(op)), yn(opcode::has_imm(op)), yn(opcode::has_aeth(op)), if supported { "sends and receives" } else { "not yet (counted as malformed)" });
    }
    let _ = writeln!(o, "\n## AETH syndromes\n\n| syndrome | meaning | openrnic sends it when |\n|---|---|---|");
    for (s, m, when) in [
        (wire::syndrome::ACK, "ACK (credits invalid)", "the last packet of a message asked for an ACK, or a duplicate did"),
        (wire::syndrome::RNR_NAK | 1, "RNR NAK", "a SEND (or WRITE with immediate) found no receive WQE"),
        (wire::syndrome::NAK_PSN_SEQ_ERR, "NAK: PSN sequence error", "a packet arrived ahead of the expected PSN (once per gap)"),
        (wire::syndrome::NAK_INVALID_REQUEST, "NAK: invalid request", "opcode out of sequence, or more data than the target buffer"),
        (wire::syndrome::NAK_REMOTE_ACCESS, "NAK: remote access error", "bad rkey, PD, right or bounds"),
        (wire::syndrome::NAK_REMOTE_OP, "NAK: remote operational error", "the receive buffer failed its own checks"),
    ] {
        let _ = writeln!(o, "| 0x{s:02X} | {m} | {when} |");
    }
    o
}

/// Checked-in renderings: (path relative to the workspace root, contents).
pub fn all() -> Vec<(&'static str, String)> {
    vec![
        ("docs/registers.md", markdown()),
        ("docs/packet-formats.md", packet_formats()),
        ("contract/generated/openrnic_regs.h", c_header()),
        ("contract/generated/openrnic_pkg.sv", sv_package()),
    ]
}
