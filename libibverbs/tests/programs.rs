//! Unmodified ibverbs programs on openrnic: our C test program (written against the
//! system's <infiniband/verbs.h>), Debian's ibv_devices / ibv_devinfo, and Debian's
//! perftest 4.5, each process with its own simulated card, the cards joined by a
//! UDP wire on 127.0.0.1.

mod support;

use std::process::Command;
use std::time::Duration;
use support::*;

fn need(tool: &str, package: &str) {
    let found = Command::new("sh").args(["-c", &format!("command -v {tool}")]).output().is_ok_and(|o| o.status.success());
    assert!(found, "{tool} is missing: install Debian's {package} (scripts/deps.sh does)");
}

#[test]
fn every_supported_verb_between_two_processes() {
    let prog = compile("verbs_pair");
    let (a, b) = wire_pair();
    let port = free_tcp_port().to_string();
    let mut server = command(&prog, &b);
    server.args(["server", &port]);
    let mut client = command(&prog, &a);
    client.args(["client", &port]);
    let (s, c) = run_pair(server, client, Duration::from_millis(300), Duration::from_secs(120), "verbs_pair");
    assert!(s.contains("PASS server") && c.contains("PASS client"), "server:\n{s}\nclient:\n{c}");
    for check in ["ok completion channel", "ok SEND: payload", "ok RDMA_WRITE and RDMA_WRITE_WITH_IMM", "ok ibv_qp_ex builders", "ok IBV_SEND_INLINE"] {
        assert!(s.contains(check), "missing `{check}` in:\n{s}");
    }
    assert!(c.contains("ok RDMA_WRITE with a bad rkey completes with IBV_WC_REM_ACCESS_ERR"), "{c}");
}

#[test]
fn ibv_devices_and_ibv_devinfo_show_the_card() {
    need("ibv_devinfo", "ibverbs-utils");
    let side = Side { ip: "10.11.0.7", local: free_udp_port(), remote: free_udp_port() };
    let out = command("ibv_devices", &side).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success() && text.contains("openrnic0") && text.contains("004f0afffe0b0007"), "{text}");
    let out = command("ibv_devinfo", &side).arg("-v").output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{text}{}", String::from_utf8_lossy(&out.stderr));
    // What the capability registers of this build's engine say (the legacy and the
    // pipelined engine differ), read from a simulated card of our own.
    use openrnic_contract::regs;
    let mut w = openrnic_sim::world::World::new(openrnic_sim::world::WorldConfig { cards: 1, ..Default::default() }).unwrap();
    let mut cap = |r: &regs::Reg| w.mmio_read(0, r.offset);
    let (qps, cqs, mrs) = (cap(&regs::CAP_QPS), cap(&regs::CAP_CQS), cap(&regs::CAP_MRS));
    let line = |k: &str, v: String| assert!(text.lines().any(|l| l.split_whitespace().collect::<Vec<_>>() == [k, &v]), "no `{k} {v}` in:\n{text}");
    line("max_qp:", (qps - 2).to_string());
    line("max_cq:", cqs.to_string());
    line("max_mr:", mrs.to_string());
    line("max_sge:", "1".into());
    assert!(text.contains("PORT_ACTIVE") && text.contains("link_layer:\t\tEthernet"), "{text}");
    assert!(text.contains("::ffff:10.11.0.7, RoCE v2"), "{text}");
    assert!(text.contains("max_mtu:\t\t4096 (5)"), "{text}");
}

/// Debian's perftest between two openrnic processes, default options (small
/// iteration counts: the RTL is simulated).
fn perftest(tool: &str, extra: &[&str]) -> String {
    need(tool, "perftest");
    let (a, b) = wire_pair();
    let port = free_tcp_port().to_string();
    let mut server = command(tool, &b);
    server.args(["-d", "openrnic0", "-p", &port]).args(extra);
    let mut client = command(tool, &a);
    client.args(["-d", "openrnic0", "-p", &port]).args(extra).arg("127.0.0.1");
    let (s, c) = run_pair(server, client, Duration::from_millis(500), Duration::from_secs(120), tool);
    // The result line: "#bytes #iterations ...", then the figures.
    let figures = |t: &str| t.lines().skip_while(|l| !l.contains("#bytes")).nth(1).map(str::to_string);
    let (fs, fc) = (figures(&s), figures(&c));
    assert!(fs.is_some() && fc.is_some(), "no result line\n--- server:\n{s}\n--- client:\n{c}");
    println!("{tool} {}: server `{}`, client `{}`", extra.join(" "), fs.unwrap().trim(), fc.as_deref().unwrap().trim());
    c
}

#[test]
fn perftest_ib_write_bw() {
    perftest("ib_write_bw", &["-n", "200", "-s", "65536"]);
}

#[test]
fn perftest_ib_send_bw() {
    perftest("ib_send_bw", &["-n", "200", "-s", "4096"]);
}

#[test]
fn perftest_ib_write_lat() {
    let c = perftest("ib_write_lat", &["-n", "200", "-s", "2"]);
    assert!(c.contains("usec"), "{c}");
}

#[test]
fn bad_configuration_and_a_missing_vfio_card_are_reported() {
    need("ibv_devinfo", "ibverbs-utils");
    let side = Side { ip: "10.11.0.1", local: free_udp_port(), remote: free_udp_port() };
    let out = command("ibv_devices", &side).env("OPENRNIC_WIRE", "127.0.0.1:7001").output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("OPENRNIC_WIRE=\"127.0.0.1:7001\": expected"), "{err}");
    let out = command("ibv_devinfo", &side).env("OPENRNIC_IP", "10.11.0").output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success() && err.contains("OPENRNIC_IP=\"10.11.0\" is not an IPv4 address"), "{err}");
    // A PCI address with no card behind it: opening fails and says what to check.
    let out = command("ibv_devinfo", &side).env_remove("OPENRNIC_WIRE").env("OPENRNIC_DEVICE", "0000:ff:1f.7").output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success() && err.contains("opening VFIO card 0000:ff:1f.7") && err.contains("one process owns a VFIO card"), "{err}");
}
