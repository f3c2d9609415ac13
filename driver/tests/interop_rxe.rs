//! Real Linux perftest against the simulated card: tests/rxe-guest/run.sh boots a QEMU
//! guest with Soft-RoCE (rdma_rxe) and perftest 4.5 whose RoCE NIC is wired to
//! `openrnic peer` (one simulated card on a QEMU dgram socket), and runs
//! ib_write_bw and ib_send_bw at two message sizes plus ib_write_lat, with openrnic as
//! perftest server and as client, at path MTU 1024 and 4096.
//!
//! Checked for every test: perftest succeeds in the guest and in openrnic; openrnic's
//! payload check against the wire capture passes (what rxe sent is exactly what landed
//! in openrnic's memory, nothing else changed, and what openrnic sent carries its
//! buffer); and the clean link stays clean: openrnic retransmitted nothing, saw no
//! duplicate or out-of-sequence packet, and rxe's error/retry counters did not move.
//!
//! Then one lossy run (issue 6): openrnic as perftest server, path MTU 1024, the wire
//! dropping 2 % of the frames each way (`openrnic peer --loss 0.02 --loss-seed 1`).
//! Checked: perftest succeeds on both sides, the payload check passes (the capture
//! records what reached the card, so the replay sees the card's view of the lossy
//! wire), frames really were dropped, and the loss was recovered by retransmission
//! (openrnic NAKed a sequence gap / saw duplicates / retransmitted, or rxe's retry
//! counters moved). rxe keeps perftest's `-u 19` from run.sh (2.1 s): losing one of
//! openrnic's ACKs (or the NAK of a gap) costs rxe one such timeout, which happens once
//! or twice per run at 2 % (openrnic sends about one ACK per message), while lost data
//! packets are recovered at once through openrnic's sequence NAKs; a smaller `-u` would
//! bring back the spurious timeouts on the slow simulated card that `-u 19` exists to
//! avoid, each one resending everything in flight.
//!
//! Needs qemu-system-x86_64, perftest and a Debian kernel package (the script installs
//! or downloads what is missing), so it is ignored by default; `bash .ci/run` runs it
//! (`cargo test -- --include-ignored`). About 2 minutes on two cores (the lossy run ~40 s of it). With
//! OPENRNIC_RXE_COMPARE=1 it also runs the same tests between two rxe guests and prints
//! both sets of figures.

use std::process::Command;
use std::time::Instant;

const TESTS: &str = "write_bw:65536:50 write_bw:5000:100 send_bw:65536:50 send_bw:5000:100 write_lat:2:100";
/// rxe counters that must not move on a clean link.
const RXE_BAD: &[&str] = &[
    "duplicate_request",
    "out_of_sequence",
    "rcvd_rnr_err",
    "send_rnr_err",
    "rcvd_seq_err",
    "retry_exceeded_err",
    "retry_rnr_exceeded_err",
    "completer_retry_err",
    "send_err",
];

struct Run {
    ok: bool,
    stdout: String,
    secs: f64,
}

fn run(peer: &str, role: &str, mtu: u32) -> Run {
    run_with(peer, role, mtu, TESTS, "", "")
}

/// One run.sh invocation; `peer_opts` go to `openrnic peer`, `tag` names the log directory.
fn run_with(peer: &str, role: &str, mtu: u32, tests: &str, peer_opts: &str, tag: &str) -> Run {
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/rxe-guest/run.sh");
    let target = std::env::var("CARGO_TARGET_DIR").unwrap_or_else(|_| concat!(env!("CARGO_MANIFEST_DIR"), "/../target").into());
    let t0 = Instant::now();
    let out = Command::new("timeout")
        .args(["420", "bash", script])
        .env("PEER", peer)
        .env("ROLE", role)
        .env("MTU", mtu.to_string())
        .env("TESTS", tests)
        .env("PEER_OPTS", peer_opts)
        .env("LIMIT", "300")
        .env("RUN", format!("{target}/rxe-guest/run-{peer}-guest-{role}-mtu{mtu}{tag}"))
        // The binary cargo built for this test: no nested cargo build (it would wait on
        // the build-directory lock `cargo test` holds).
        .env("OPENRNIC", env!("CARGO_BIN_EXE_openrnic"))
        .output()
        .expect("running tests/rxe-guest/run.sh");
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&out.stderr);
    if !stderr.trim().is_empty() {
        eprintln!("{stderr}");
    }
    Run { ok: out.status.success() && stdout.contains("RESULT: PASS"), stdout, secs: t0.elapsed().as_secs_f64() }
}

/// `key=value` from a marker line.
fn field<'a>(line: &'a str, key: &str) -> Option<&'a str> {
    line.split_whitespace().find_map(|w| w.strip_prefix(key).and_then(|r| r.strip_prefix('=')))
}

/// What every run must show: run.sh passed, each guest perftest ended with rc=0, one
/// PEER-RESULT per test, each with the payload checked. Returns the PEER-RESULT lines.
fn completed<'a>(r: &'a Run, tests: &str, p: &mut Vec<String>) -> Vec<&'a str> {
    if !r.ok {
        p.push("run.sh did not report RESULT: PASS".into());
    }
    let tests: Vec<&str> = tests.split_whitespace().collect();
    for t in &tests {
        if !r.stdout.lines().any(|l| l.starts_with("PERF-END ") && l.contains(&format!("{t} rc=0"))) {
            p.push(format!("guest perftest {t} did not end with rc=0"));
        }
    }
    let results: Vec<&str> = r.stdout.lines().filter(|l| l.starts_with("PEER-RESULT ")).collect();
    if results.len() != tests.len() {
        p.push(format!("{} PEER-RESULT lines for {} tests", results.len(), tests.len()));
    }
    for l in &results {
        if field(l, "checked") != Some("true") {
            p.push(format!("checked is {:?}, want true: {l}", field(l, "checked")));
        }
    }
    results
}

/// Everything wrong with one openrnic run, per the rules in the module doc.
fn problems(r: &Run) -> Vec<String> {
    let mut p = Vec::new();
    let results = completed(r, TESTS, &mut p);
    for l in &results {
        for (k, want) in [("retransmits", "0"), ("rx_duplicate", "0"), ("nak_seq_sent", "0"), ("rx_naks", "0")] {
            if field(l, k) != Some(want) {
                p.push(format!("{k} is {:?}, want {want}: {l}", field(l, k)));
            }
        }
    }
    for l in r.stdout.lines().filter(|l| l.starts_with("RXE-COUNTERS ")) {
        for bad in RXE_BAD {
            if l.contains(&format!(" {bad}=")) {
                p.push(format!("rxe counter {bad} moved: {l}"));
            }
        }
    }
    p
}

/// The lossy run's tests (openrnic as perftest server, MTU 1024) and wire.
const LOSSY_TESTS: &str = "write_bw:65536:20 send_bw:5000:50";
const LOSSY_OPTS: &str = "--loss 0.02 --loss-seed 1";
/// Counters that show a loss being recovered: openrnic's (PEER-RESULT) and rxe's.
const OPENRNIC_RECOVERY: &[&str] = &["nak_seq_sent", "rx_duplicate", "retransmits", "rx_naks"];
const RXE_RECOVERY: &[&str] = &["rcvd_seq_err", "completer_retry_err", "duplicate_request", "out_of_sequence"];

/// Sum of `key` over marker lines (missing = 0).
fn total(lines: &[&str], key: &str) -> u64 {
    lines.iter().filter_map(|l| field(l, key)).filter_map(|v| v.parse::<u64>().ok()).sum()
}

/// Everything wrong with the lossy run: it must complete and check like a clean one,
/// frames must really have been dropped, and retransmission must have recovered them.
/// Also returns the figures: (dropped in, dropped out, openrnic recovery, rxe recovery).
fn lossy_problems(r: &Run) -> (Vec<String>, String) {
    let mut p = Vec::new();
    let results = completed(r, LOSSY_TESTS, &mut p);
    let rxe: Vec<&str> = r.stdout.lines().filter(|l| l.starts_with("RXE-COUNTERS ")).collect();
    let (din, dout) = (total(&results, "dropped_in"), total(&results, "dropped_out"));
    let ours: Vec<String> = OPENRNIC_RECOVERY.iter().map(|k| format!("{k}={}", total(&results, k))).collect();
    let theirs: Vec<String> = RXE_RECOVERY.iter().map(|k| format!("{k}={}", total(&rxe, k))).collect();
    let recovered = OPENRNIC_RECOVERY.iter().map(|k| total(&results, k)).sum::<u64>() + RXE_RECOVERY.iter().map(|k| total(&rxe, k)).sum::<u64>();
    if din + dout == 0 {
        p.push("the lossy wire dropped nothing (dropped_in + dropped_out = 0)".into());
    }
    if recovered == 0 {
        p.push("frames were dropped but no retransmission/NAK/duplicate counter moved on either side".into());
    }
    let figures = format!("dropped_in={din} dropped_out={dout}; openrnic {}; rxe {}", ours.join(" "), theirs.join(" "));
    (p, figures)
}

/// The perftest lines worth keeping: each test's command and result row.
fn summary(r: &Run) -> String {
    r.stdout
        .lines()
        .filter(|l| l.starts_with("PERF-BEGIN") || l.starts_with("PEER-CHECK") || l.trim_start().chars().next().is_some_and(|c| c.is_ascii_digit()))
        .map(|l| format!("    {l}\n"))
        .collect()
}

#[test]
#[ignore = "boots Soft-RoCE QEMU guests running perftest (minutes; needs qemu-system-x86); .ci/run runs it"]
fn perftest_in_a_soft_roce_guest_against_the_simulated_card() {
    let configs = [("client", 1024), ("server", 1024), ("client", 4096), ("server", 4096)];
    let mut failures = Vec::new();
    let mut report = String::new();
    for (role, mtu) in configs {
        let r = run("openrnic", role, mtu);
        let p = problems(&r);
        let verdict = if p.is_empty() { "PASS" } else { "FAIL" };
        report += &format!("openrnic is perftest {}, guest {role}, path MTU {mtu}: {verdict} in {:.0} s\n{}", if role == "client" { "server" } else { "client" }, r.secs, summary(&r));
        if !p.is_empty() {
            println!("{}", r.stdout);
            failures.push(format!("guest {role}, MTU {mtu}:\n  {}", p.join("\n  ")));
        }
    }
    // The lossy variant: the guest is perftest client, openrnic the server.
    let r = run_with("openrnic", "client", 1024, LOSSY_TESTS, LOSSY_OPTS, "-lossy");
    let (p, figures) = lossy_problems(&r);
    report += &format!(
        "openrnic is perftest server, guest client, path MTU 1024, lossy wire ({LOSSY_OPTS}): {} in {:.0} s\n    {figures}\n{}",
        if p.is_empty() { "PASS" } else { "FAIL" },
        r.secs,
        summary(&r)
    );
    if !p.is_empty() {
        println!("{}", r.stdout);
        failures.push(format!("lossy run:\n  {}", p.join("\n  ")));
    }
    if std::env::var("OPENRNIC_RXE_COMPARE").as_deref() == Ok("1") {
        for (role, mtu) in configs {
            let r = run("rxe", role, mtu);
            report += &format!("rxe <-> rxe, guest {role}, path MTU {mtu}: {} in {:.0} s\n{}", if r.ok { "PASS" } else { "FAIL" }, r.secs, summary(&r));
        }
    }
    println!("{report}");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn problems_are_found_in_marker_lines() {
    let good = "PERF-END write_bw:65536:50 rc=0\nPEER-RESULT test=write_bw retransmits=0 rx_duplicate=0 nak_seq_sent=0 rx_naks=0 checked=true\nRXE-COUNTERS write_bw:65536:50 rcvd_pkts=50 sent_pkts=3200\n";
    let r = Run { ok: true, stdout: good.into(), secs: 0.0 };
    let p = problems(&r);
    // Only the other four tests are missing.
    assert_eq!(p.iter().filter(|s| s.contains("did not end")).count(), 4, "{p:?}");
    assert!(p.iter().all(|s| !s.contains("retransmits")), "{p:?}");
    let bad = good.replace("retransmits=0", "retransmits=3").replace("sent_pkts=3200", "sent_pkts=3200 completer_retry_err=2");
    let p = problems(&Run { ok: true, stdout: bad, secs: 0.0 });
    assert!(p.iter().any(|s| s.contains("retransmits is Some(\"3\")")), "{p:?}");
    assert!(p.iter().any(|s| s.contains("completer_retry_err")), "{p:?}");
    assert_eq!(field("PEER-RESULT a=1 checked=true", "checked"), Some("true"));
}

#[test]
fn lossy_runs_must_drop_and_recover() {
    let ok = "PERF-END write_bw:65536:20 rc=0\nPERF-END send_bw:5000:50 rc=0\n\
        PEER-RESULT test=write_bw retransmits=0 rx_duplicate=0 nak_seq_sent=21 dropped_in=64 dropped_out=1 checked=true\n\
        RXE-COUNTERS write_bw:65536:20 completer_retry_err=21 rcvd_seq_err=21\n\
        PEER-RESULT test=send_bw retransmits=0 rx_duplicate=0 nak_seq_sent=8 dropped_in=24 dropped_out=1 checked=true\n";
    let (p, figures) = lossy_problems(&Run { ok: true, stdout: ok.into(), secs: 0.0 });
    assert!(p.is_empty(), "{p:?}");
    assert!(figures.contains("dropped_in=88 dropped_out=2") && figures.contains("nak_seq_sent=29") && figures.contains("rcvd_seq_err=21"), "{figures}");
    let none = ok.replace("dropped_in=64", "dropped_in=0").replace("dropped_in=24", "dropped_in=0").replace("dropped_out=1", "dropped_out=0");
    assert!(lossy_problems(&Run { ok: true, stdout: none, secs: 0.0 }).0.iter().any(|s| s.contains("dropped nothing")));
    let silent = ok.replace("nak_seq_sent=21", "nak_seq_sent=0").replace("nak_seq_sent=8", "nak_seq_sent=0").replace(" completer_retry_err=21 rcvd_seq_err=21", "");
    assert!(lossy_problems(&Run { ok: true, stdout: silent, secs: 0.0 }).0.iter().any(|s| s.contains("no retransmission")));
    let unchecked = ok.replacen("checked=true", "checked=false", 1);
    assert!(lossy_problems(&Run { ok: true, stdout: unchecked, secs: 0.0 }).0.iter().any(|s| s.contains("checked")));
}
