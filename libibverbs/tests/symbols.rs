//! The library exports each verb with the version rdma-core 44 gives it, so
//! binaries linked against Debian's libibverbs bind to ours under LD_PRELOAD.

mod support;

use std::collections::BTreeMap;
use std::process::Command;

/// (symbol -> version) of the default-version dynamic symbols `objdump -T` lists.
fn exported(path: &std::path::Path) -> BTreeMap<String, String> {
    let out = Command::new("objdump").arg("-T").arg(path).output().expect("run objdump (binutils)");
    assert!(out.status.success(), "objdump -T {}: {}", path.display(), String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|l| {
            let f: Vec<&str> = l.split_whitespace().collect();
            // "... DF .text <size> <version> <name>"; hidden (old) versions are "(V)".
            let (v, n) = (f.get(f.len().checked_sub(2)?)?, f.last()?);
            (f.contains(&".text") && !v.starts_with('(')).then(|| (n.to_string(), v.to_string()))
        })
        .collect()
}

fn our_list() -> Vec<(String, String)> {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/src/exports.txt")).unwrap();
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| {
            let mut it = l.split_whitespace();
            (it.next().unwrap().to_string(), it.next().unwrap().to_string())
        })
        .collect()
}

#[test]
fn versions_match_debians_libibverbs_and_the_library_exports_them() {
    let system = std::path::Path::new("/usr/lib/x86_64-linux-gnu/libibverbs.so.1");
    assert!(system.exists(), "{} is missing: install Debian's libibverbs1 (scripts/deps.sh does)", system.display());
    let theirs = exported(system);
    let ours = exported(&support::library());
    for (name, version) in our_list() {
        assert_eq!(theirs.get(&name), Some(&version), "{name}: rdma-core exports it as {:?}", theirs.get(&name));
        assert_eq!(ours.get(&name), Some(&version), "{name}: the library exports it as {:?}", ours.get(&name));
    }
}

#[test]
fn perftest_and_ibverbs_utils_find_every_verb_they_import_that_takes_our_objects() {
    // Verbs these binaries import that need no device object stay rdma-core's own.
    let pure = ["ibv_wc_status_str", "ibv_read_sysfs_file", "ibv_event_type_str", "ibv_node_type_str", "ibv_port_state_str"];
    let ours: Vec<String> = our_list().into_iter().map(|(n, _)| n).collect();
    for bin in ["/usr/bin/ib_write_bw", "/usr/bin/ib_send_bw", "/usr/bin/ib_write_lat", "/usr/bin/ibv_devinfo", "/usr/bin/ibv_devices"] {
        let out = Command::new("objdump").args(["-T", bin]).output().expect("objdump");
        assert!(out.status.success(), "{bin} missing: install Debian's perftest and ibverbs-utils");
        for l in String::from_utf8_lossy(&out.stdout).lines().filter(|l| l.contains("IBVERBS")) {
            let name = l.split_whitespace().last().unwrap();
            assert!(ours.iter().any(|n| n == name) || pure.contains(&name), "{bin} imports {name}, which the library does not define");
        }
    }
}
