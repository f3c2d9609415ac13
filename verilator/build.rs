//! Verilates the engine Verilog (top module `top`) into OUT_DIR, generates a C++ shim and a
//! Rust port table from the verilated header, and compiles it all with `cc`.
//!
//! Which engine: `hdl/verilog/openrnic_engine.v` (the legacy sequencer) by default, or
//! `hdl/verilog/openrnic_pipeline.v` with the cargo feature `pipelined`. Both have the
//! frozen ports of docs/engine-ports.md, so everything above this crate runs on either.
//!
//! Only the Verilog file in use and this script trigger a rebuild, so cargo caches the
//! compiled model (the C++ compile is what takes time; verilating is fast). Switching
//! the feature changes the crate's fingerprint, so cargo keeps one build per engine.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::{env, fs};

/// The legacy engine (one sequencer), built by default.
const LEGACY_VERILOG: &str = "../hdl/verilog/openrnic_engine.v";
/// The pipelined engine (docs/pipeline.md), built with `--features pipelined`.
const PIPELINED_VERILOG: &str = "../hdl/verilog/openrnic_pipeline.v";

fn main() {
    let pipelined = env::var_os("CARGO_FEATURE_PIPELINED").is_some();
    let (verilog, engine) = if pipelined {
        (PIPELINED_VERILOG, "pipelined")
    } else {
        (LEGACY_VERILOG, "legacy")
    };
    // Only the file actually verilated: editing the other engine does not rebuild this one.
    println!("cargo:rerun-if-changed={verilog}");
    println!("cargo:rerun-if-changed=build.rs");
    // Dependents' build scripts can read it as DEP_OPENRNIC_VMODEL_ENGINE.
    println!("cargo:engine={engine}");

    let verilog = Path::new(verilog);
    if !verilog.exists() {
        if pipelined {
            panic!(
                "{} is missing: the `pipelined` feature of openrnic-verilator builds the \
                 pipelined engine's Verilog, which the hdl crate generates (top module `top`, \
                 the ports of docs/engine-ports.md); build without the feature for the \
                 legacy engine",
                verilog.display()
            );
        }
        panic!(
            "{} is missing: openrnic-verilator builds the checked-in engine Verilog \
             (regenerate it with the hdl crate)",
            verilog.display()
        );
    }
    let root = verilator_root();
    let out = PathBuf::from(env::var("OUT_DIR").unwrap());
    let mdir = out.join("verilated");
    // Verilator names some files after content hashes: stale files from an older design
    // would be compiled alongside the new ones, so start from an empty directory.
    let _ = fs::remove_dir_all(&mdir);

    let status = Command::new("verilator")
        .args([
            "--cc",
            "--trace",
            "-O3",
            "--x-assign",
            "fast",
            "--noassert",
            "-Wno-fatal",
        ])
        // Whole nanoseconds, so a VCD reads as PERIOD = 10 ns (100 MHz) in GTKWave.
        .args(["--timescale-override", "1ns/1ns"])
        .args(["--top-module", "top", "--prefix", "Vtop", "--Mdir"])
        .arg(&mdir)
        .arg(verilog)
        .status()
        .expect("running verilator");
    assert!(
        status.success(),
        "verilator failed on {}",
        verilog.display()
    );

    let header = fs::read_to_string(mdir.join("Vtop.h")).expect("reading Vtop.h");
    let ports = parse_ports(&header);
    assert!(
        ports
            .iter()
            .any(|p| p.name == "clock" && p.input && p.width == 1),
        "top has no 1-bit input `clock`; Model::tick drives it"
    );
    fs::write(mdir.join("vtop_shim.cpp"), shim_cpp(&ports)).unwrap();
    let mut ports_src = ports_rs(&ports);
    writeln!(
        ports_src,
        "\n/// Which engine this build verilated: `\"legacy\"` ({LEGACY_VERILOG}) or \
         `\"pipelined\"` ({PIPELINED_VERILOG}, feature `pipelined`).\n\
         pub const ENGINE: &str = {engine:?};\n\
         /// The Verilog file this build verilated, relative to the crate.\n\
         pub const VERILOG: &str = {:?};",
        verilog.display().to_string()
    )
    .unwrap();
    fs::write(out.join("ports.rs"), ports_src).unwrap();

    let mut build = cc::Build::new();
    build
        .cpp(true)
        .std("c++17")
        // Build scripts run at opt-level 0 in debug builds; the model must not.
        .opt_level(2)
        .debug(false)
        // Verilated code trips many warnings that are not ours to fix.
        .warnings(false)
        .include(&mdir)
        .include(root.join("include"))
        .include(root.join("include/vltstd"))
        .flag("-faligned-new")
        // Same defines as Verilator's own verilated.mk for a --trace (VCD) model.
        .define("VM_COVERAGE", "0")
        .define("VM_SC", "0")
        .define("VM_TRACE", "1")
        .define("VM_TRACE_FST", "0")
        .define("VM_TRACE_VCD", "1");
    let mut model_files: Vec<PathBuf> = fs::read_dir(&mdir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "cpp"))
        .collect();
    model_files.sort();
    build.files(&model_files);
    // verilated_threads.cpp is needed even for a single-threaded model.
    for f in [
        "verilated.cpp",
        "verilated_threads.cpp",
        "verilated_vcd_c.cpp",
    ] {
        build.file(root.join("include").join(f));
    }
    build.compile("openrnic_vmodel");
    println!("cargo:rustc-link-lib=pthread");
    println!("cargo:rustc-link-lib=atomic");
}

/// `$VERILATOR_ROOT`, as verilator itself resolves it. Also the "is it installed" check.
fn verilator_root() -> PathBuf {
    let out = Command::new("verilator")
        .args(["--getenv", "VERILATOR_ROOT"])
        .output();
    match out {
        Ok(o) if o.status.success() => PathBuf::from(String::from_utf8(o.stdout).unwrap().trim()),
        Ok(o) => panic!(
            "`verilator --getenv VERILATOR_ROOT` failed: {}",
            String::from_utf8_lossy(&o.stderr)
        ),
        Err(e) => panic!(
            "openrnic-verilator needs Verilator 5 on PATH ({e}); install it with \
             `apt-get install -y verilator`"
        ),
    }
}

struct Port {
    name: String,
    input: bool,
    width: u32,
}

impl Port {
    /// Rust type of the port's storage in the verilated model (CData/SData/IData/QData),
    /// or None for wide ports (VlWide: an array of u32 words).
    fn scalar(&self) -> Option<&'static str> {
        match self.width {
            0..=8 => Some("u8"),
            9..=16 => Some("u16"),
            17..=32 => Some("u32"),
            33..=64 => Some("u64"),
            _ => None,
        }
    }
    fn words(&self) -> u32 {
        self.width.div_ceil(32)
    }
}

fn mask(width: u32) -> u64 {
    if width >= 64 {
        u64::MAX
    } else {
        (1 << width) - 1
    }
}

/// Ports from the `VL_IN8(&name,msb,lsb);` ... `VL_OUTW(&name,msb,lsb,words);` lines.
fn parse_ports(header: &str) -> Vec<Port> {
    let mut ports = Vec::new();
    for line in header.lines().map(str::trim) {
        let Some((mac, rest)) = line.split_once('(') else {
            continue;
        };
        let input = match mac {
            "VL_IN8" | "VL_IN16" | "VL_IN" | "VL_IN64" | "VL_INW" => true,
            "VL_OUT8" | "VL_OUT16" | "VL_OUT" | "VL_OUT64" | "VL_OUTW" => false,
            m if m.starts_with("VL_INOUT") => panic!("inout ports are not supported: {line}"),
            _ => continue,
        };
        let args: Vec<&str> = rest
            .trim_end_matches(");")
            .split(',')
            .map(str::trim)
            .collect();
        let name = args[0].trim_start_matches('&').to_string();
        let msb: u32 = args[1].parse().unwrap();
        let lsb: u32 = args[2].parse().unwrap();
        assert_eq!(lsb, 0, "port {name} does not start at bit 0");
        ports.push(Port {
            name,
            input,
            width: msb + 1,
        });
    }
    assert!(!ports.is_empty(), "no ports found in Vtop.h");
    ports
}

/// The extern "C" side: construct/destroy, step, trace, and one call that hands Rust the
/// address of every port, so per-cycle port access is a plain load/store, not an FFI call.
fn shim_cpp(ports: &[Port]) -> String {
    let mut s = String::from(
        r#"// Generated by openrnic-verilator's build.rs.
#include "Vtop.h"
#include "verilated.h"
#include "verilated_vcd_c.h"

namespace {
struct Shim {
    VerilatedContext ctx;  // one context per model: models must not share time or trace state
    Vtop* top;
    VerilatedVcdC* vcd = nullptr;
};
}

extern "C" {
void* vtop_new() {
    Shim* s = new Shim;
    s->ctx.traceEverOn(true);  // must precede the first eval for trace_to to work later
    s->top = new Vtop(&s->ctx);
    s->top->clock = 0;
    s->top->eval();  // run initial blocks so outputs are valid before the first tick
    return s;
}

void vtop_trace_close(void* p) {
    Shim* s = static_cast<Shim*>(p);
    if (s->vcd) { s->vcd->close(); delete s->vcd; s->vcd = nullptr; }
}

void vtop_free(void* p) {
    Shim* s = static_cast<Shim*>(p);
    vtop_trace_close(s);
    s->top->final();
    delete s->top;
    delete s;
}

void vtop_eval(void* p) { static_cast<Shim*>(p)->top->eval(); }

// One clock cycle at time t: inputs settle with the clock low, then the rising edge.
void vtop_fall(void* p, uint64_t t, int dump) {
    Shim* s = static_cast<Shim*>(p);
    s->top->clock = 0;
    s->ctx.time(t);
    s->top->eval();
    if (dump) s->vcd->dump(t);
}

void vtop_rise(void* p, uint64_t t, int dump) {
    Shim* s = static_cast<Shim*>(p);
    s->top->clock = 1;
    s->ctx.time(t + 5);
    s->top->eval();
    if (dump) s->vcd->dump(t + 5);
}

void vtop_trace_open(void* p, const char* path) {
    Shim* s = static_cast<Shim*>(p);
    vtop_trace_close(s);
    s->vcd = new VerilatedVcdC;
    s->top->trace(s->vcd, 99);
    s->vcd->open(path);
}

void vtop_trace_flush(void* p) {
    Shim* s = static_cast<Shim*>(p);
    if (s->vcd) s->vcd->flush();
}

void vtop_ports(void* p, void** out) {
    Vtop* t = static_cast<Shim*>(p)->top;
"#,
    );
    for (i, p) in ports.iter().enumerate() {
        writeln!(s, "    out[{i}] = &t->{};", p.name).unwrap();
    }
    s.push_str("}\n}\n");
    s
}

/// The Rust side: the port table and one typed getter/setter per port.
fn ports_rs(ports: &[Port]) -> String {
    let mut s = String::from("// Generated by openrnic-verilator's build.rs from Vtop.h.\n\n");
    writeln!(
        s,
        "/// Number of ports of `top`.\npub const NUM_PORTS: usize = {};",
        ports.len()
    )
    .unwrap();
    s.push_str("/// Every port of `top`, in the verilated header's order; indices are port ids.\n");
    s.push_str("pub static PORTS: [PortInfo; NUM_PORTS] = [\n");
    for p in ports {
        writeln!(
            s,
            "    PortInfo {{ name: {:?}, dir: Dir::{}, width: {} }},",
            p.name,
            if p.input { "In" } else { "Out" },
            p.width
        )
        .unwrap();
    }
    s.push_str("];\n\n/// Port ids (indices into [`PORTS`]).\npub mod port {\n");
    for (i, p) in ports.iter().enumerate() {
        writeln!(s, "    pub const {}: usize = {i};", p.name.to_uppercase()).unwrap();
    }
    s.push_str("}\n\nimpl Model {\n");
    for (i, p) in ports.iter().enumerate() {
        let dir = if p.input { "input" } else { "output" };
        let doc = format!(
            "    /// `{}`: {dir}, {} bit(s).\n    #[inline]\n",
            p.name, p.width
        );
        match p.scalar() {
            Some(ty) => {
                writeln!(s, "{doc}    pub fn get_{}(&self) -> u64 {{ unsafe {{ self.read::<{ty}>({i}) }} }}", p.name).unwrap();
                // The clock belongs to tick(); outputs are driven by the model.
                if p.input && p.name != "clock" {
                    writeln!(s, "{doc}    pub fn set_{}(&mut self, v: u64) {{ unsafe {{ self.write::<{ty}>({i}, v, {:#x}) }} }}", p.name, mask(p.width)).unwrap();
                }
            }
            None => {
                writeln!(s, "{doc}    pub fn get_{}(&self) -> &[u32] {{ unsafe {{ self.words({i}, {}) }} }}", p.name, p.words()).unwrap();
                if p.input {
                    writeln!(s, "{doc}    pub fn set_{}(&mut self, w: &[u32]) {{ unsafe {{ self.write_words({i}, {}, w) }} }}", p.name, p.words()).unwrap();
                }
            }
        }
    }
    s.push_str("}\n");
    s
}
