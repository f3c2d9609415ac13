//! Symbol versions: the library must export `ibv_open_device@@IBVERBS_1.1` and so on,
//! as rdma-core does, or binaries linked against Debian's libibverbs would not bind
//! to it under LD_PRELOAD. rustc gives a cdylib its own (unversioned) export list,
//! so each C function is written as `openrnic_<name>` and aliased to the versioned
//! name with `.symver`; the version script defines the version nodes.
use std::collections::BTreeMap;
use std::fmt::Write;

fn main() {
    let list = std::fs::read_to_string("src/exports.txt").expect("read src/exports.txt");
    println!("cargo:rerun-if-changed=src/exports.txt");
    let mut by_version: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut asm = String::from("std::arch::global_asm!(\n");
    for line in list.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
        let mut it = line.split_whitespace();
        let (Some(name), Some(version), None) = (it.next(), it.next(), it.next()) else {
            panic!("src/exports.txt: bad line {line:?} (want `<symbol> <version>`)");
        };
        by_version.entry(version.to_string()).or_default().push(name.to_string());
        writeln!(asm, "    \".symver openrnic_{name}, {name}@@{version}\",").unwrap();
    }
    asm.push_str(");\n");
    // Nodes in rdma-core's order: IBVERBS_1.0, 1.1, ... 1.14, then the private one.
    let mut versions: Vec<&String> = by_version.keys().collect();
    let key = |v: &str| -> (u32, u32) {
        match v.strip_prefix("IBVERBS_1.") {
            Some(minor) => (0, minor.parse().expect("IBVERBS_1.<n>")),
            None => (1, 0),
        }
    };
    versions.sort_by_key(|v| key(v));
    let mut map = String::new();
    let mut prev: Option<&String> = None;
    for v in &versions {
        write!(map, "{v} {{\n  global:\n").unwrap();
        for n in &by_version[*v] {
            writeln!(map, "    {n};").unwrap();
        }
        match prev {
            Some(p) => writeln!(map, "}} {p};").unwrap(),
            None => map.push_str("};\n"),
        }
        prev = Some(v);
    }
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").unwrap());
    std::fs::write(out.join("symver.rs"), asm).unwrap();
    let script = out.join("libibverbs.map");
    std::fs::write(&script, map).unwrap();
    println!("cargo:rustc-cdylib-link-arg=-Wl,--version-script={}", script.display());
}
