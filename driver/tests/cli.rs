//! The `openrnic` binary end to end: every subcommand on the simulator, and bad
//! arguments refused with a message instead of a panic.

use std::process::{Command, Output};

fn openrnic(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_openrnic")).args(args).output().expect("run openrnic")
}

fn text(o: &Output) -> (String, String) {
    (String::from_utf8_lossy(&o.stdout).into_owned(), String::from_utf8_lossy(&o.stderr).into_owned())
}

/// The number in column `col` of the first line after the perftest header.
fn bw_row(out: &str, col: usize) -> f64 {
    let mut lines = out.lines().skip_while(|l| !l.contains("#bytes"));
    let row = lines.nth(1).expect("a row after the header");
    row.split_whitespace().nth(col).and_then(|v| v.parse().ok()).unwrap_or_else(|| panic!("column {col} of {row:?}"))
}

#[test]
fn demo_runs_every_operation_and_checks_it() {
    let pcap = std::env::temp_dir().join(format!("openrnic-cli-demo-{}.pcap", std::process::id()));
    let o = openrnic(&["demo", "--quiet", "--pcap", pcap.to_str().unwrap()]);
    let (out, err) = text(&o);
    assert!(o.status.success(), "demo failed:\n{out}\n{err}");
    for op in ["SEND", "SEND with immediate", "RDMA WRITE", "RDMA WRITE with immediate", "RDMA WRITE, bad rkey"] {
        assert!(out.lines().any(|l| l.contains(op) && l.contains("OK")), "no OK line for {op}:\n{out}");
    }
    assert!(out.contains("expected failure: REM_ACCESS_ERR"), "{out}");
    assert!(out.contains("8 of 8 steps OK"), "{out}");
    assert!(!out.contains("FAIL"), "{out}");
    // The capture holds the frames (a pcap header is 24 bytes).
    assert!(std::fs::metadata(&pcap).map(|m| m.len() > 24 + 1000).unwrap_or(false));
    let _ = std::fs::remove_file(&pcap);
}

#[test]
fn perf_write_prints_perftest_table() {
    let o = openrnic(&["perf", "write", "-s", "4096", "-n", "50"]);
    let (out, err) = text(&o);
    assert!(o.status.success(), "{out}\n{err}");
    assert!(out.contains(" #bytes     #iterations    BW peak[MB/sec]    BW average[MB/sec]   MsgRate[Mpps]"), "{out}");
    assert_eq!(bw_row(&out, 0), 4096.0);
    assert_eq!(bw_row(&out, 1), 50.0);
    assert!(bw_row(&out, 3) > 0.0, "no bandwidth:\n{out}");
    assert!(out.contains("simulated time") && out.contains("wall clock"), "{out}");
    assert!(out.contains("arrived intact"), "{out}");
}

#[test]
fn perf_send_on_two_qps() {
    let o = openrnic(&["perf", "send", "-s", "1", "-n", "20", "-q", "2"]);
    let (out, err) = text(&o);
    assert!(o.status.success(), "{out}\n{err}");
    assert_eq!(bw_row(&out, 1), 40.0, "20 messages on each of 2 QPs");
    assert!(bw_row(&out, 4) > 0.0, "no message rate:\n{out}");
    assert!(out.contains("arrived intact"), "{out}");
}

#[test]
fn perf_bidirectional_sends_both_ways_and_prints_the_wire_limit() {
    let o = openrnic(&["perf", "write", "-b", "-s", "16384", "-n", "30", "--mtu", "4096"]);
    let (out, err) = text(&o);
    assert!(o.status.success(), "{out}\n{err}");
    assert!(out.contains("RDMA_Write Bidirectional BW Test"), "{out}");
    for dir in ["sim0 -> sim1", "sim1 -> sim0"] {
        let row = out.lines().find(|l| l.trim_end().ends_with(dir) && l.trim_start().starts_with("16384")).unwrap_or_else(|| panic!("no row for {dir}:\n{out}"));
        let cols: Vec<f64> = row.split_whitespace().take(5).map(|v| v.parse().unwrap()).collect();
        assert_eq!(cols[1], 30.0, "{row}");
        assert!(cols[3] > 0.0, "no bandwidth {dir}: {row}");
        // "<dir>: X Gb/s of payload; wire limit Y Gb/s (...): Z % of it"
        let line = out.lines().find(|l| l.trim_start().starts_with(&format!("{dir}: "))).unwrap_or_else(|| panic!("no wire-limit line for {dir}:\n{out}"));
        let limit: f64 = line.split("wire limit ").nth(1).and_then(|t| t.split_whitespace().next()).and_then(|v| v.parse().ok()).unwrap_or_else(|| panic!("{line}"));
        // 16 KiB WRITE at MTU 4096: 4 packets, 16384 + 4 * 82 + 16 bytes on the wire.
        assert!((limit - 10.0 * 16384.0 / (16384.0 + 4.0 * 82.0 + 16.0)).abs() < 0.01, "{line}");
        let pct: f64 = line.rsplit(": ").next().and_then(|t| t.split_whitespace().next()).and_then(|v| v.parse().ok()).unwrap_or_else(|| panic!("{line}"));
        assert!(pct > 0.0 && pct <= 100.0, "{line}");
        assert!(out.contains(&format!("data check {dir}: last message of each of 1 QP(s) arrived intact")), "{out}");
    }
    // At once, not one after the other: both fit in less simulated time than their sum.
    let overlap = out.lines().find(|l| l.contains("overlap:")).unwrap_or_else(|| panic!("{out}"));
    let nums: Vec<u64> = overlap.split_whitespace().filter_map(|w| w.parse().ok()).collect();
    assert_eq!(nums.len(), 3, "{overlap}");
    assert!(nums[2] < nums[0] + nums[1], "the directions did not overlap: {overlap}");
    assert!(out.contains("both ways:"), "{out}");
    assert!(out.contains("sim0 MAC FIFOs: rx peak") && out.contains("sim1 MAC FIFOs: rx peak"), "{out}");
}

#[test]
fn perf_one_way_prints_the_wire_limit() {
    let o = openrnic(&["perf", "send", "-s", "4096", "-n", "20", "--mtu", "4096"]);
    let (out, err) = text(&o);
    assert!(o.status.success(), "{out}\n{err}");
    assert!(out.contains("wire limit 9.80 Gb/s (4096 B messages, 4178 B on the wire each at MTU 4096)"), "{out}");
}

#[test]
fn perf_latency_prints_percentiles() {
    let o = openrnic(&["perf", "lat-write", "-n", "20"]);
    let (out, err) = text(&o);
    assert!(o.status.success(), "{out}\n{err}");
    assert!(out.contains("t_typical[usec]") && out.contains("99% percentile[usec]"), "{out}");
    let row = out.lines().skip_while(|l| !l.contains("#bytes")).nth(1).unwrap();
    let t_min: f64 = row.split_whitespace().nth(2).unwrap().parse().unwrap();
    assert!(t_min > 0.0, "{row}");
}

#[test]
fn info_on_the_simulator() {
    let o = openrnic(&["info", "--device", "sim"]);
    let (out, err) = text(&o);
    assert!(o.status.success(), "{out}\n{err}");
    // What this build's engine reports (legacy and pipelined engines differ).
    let mut w = openrnic_sim::world::World::new(openrnic_sim::world::WorldConfig { cards: 1, ..Default::default() }).unwrap();
    let max_qp = w.mmio_read(0, openrnic_contract::regs::CAP_QPS.offset).to_string();
    assert!(out.lines().any(|l| l.split_whitespace().collect::<Vec<_>>() == ["max_qp", max_qp.as_str()]), "max_qp {max_qp}:\n{out}");
    assert!(out.contains("\"RNIC\"") && out.contains("SEND") && out.contains("CNT_RX_FRAMES"), "{out}");
}

#[test]
fn devices_always_lists_the_simulator() {
    let o = openrnic(&["devices"]);
    let (out, err) = text(&o);
    assert!(o.status.success(), "{out}\n{err}");
    assert!(out.contains("sim: Verilated RTL"), "{out}");
}

#[test]
fn bad_arguments_are_refused_with_a_message() {
    for (args, says) in [
        (&["perf", "write", "-s", "0", "-n", "0"][..], "message size"),
        (&["perf", "write", "-n", "0"][..], "--iters"),
        (&["perf", "write", "--mtu", "3000"][..], "MTU"),
        (&["demo", "--mtu", "3000"][..], "MTU"),
        (&["demo", "--loss", "1.5"][..], "loss"),
        (&["perf", "write", "-q", "17"][..], "--qp"),
        (&["perf", "lat-send", "-q", "2"][..], "one QP"),
        (&["perf", "lat-write", "-b"][..], "bandwidth tests"),
        (&["perf", "write", "--device", "0000:01:00.0"][..], "single card"),
        (&["info", "--device", "nonsense"][..], "PCI address"),
    ] {
        let o = openrnic(args);
        let (out, err) = text(&o);
        assert!(!o.status.success(), "{args:?} succeeded:\n{out}");
        assert!(err.contains(says), "{args:?}: stderr lacks {says:?}:\n{err}");
        assert!(!err.contains("panicked"), "{args:?} panicked:\n{err}");
    }
}
