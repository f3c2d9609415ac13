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

/// Checked-in renderings: (path relative to the workspace root, contents).
pub fn all() -> Vec<(&'static str, String)> {
    vec![
        ("docs/registers.md", markdown()),
        ("contract/generated/openrnic_regs.h", c_header()),
        ("contract/generated/openrnic_pkg.sv", sv_package()),
    ]
}
