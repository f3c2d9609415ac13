//! Debian's perftest on the host, on a simulated card through the library, against
//! Linux Soft-RoCE (rdma_rxe) in a QEMU guest: tests/rxe-guest/run.sh with
//! PEER=libverbs, the guest as perftest client (openrnic the server) and as server.
//! Boots a guest, so it is ignored by default; `bash .ci/run` runs it (`--include-ignored`).

mod support;

use std::process::Command;

#[test]
#[ignore = "boots a Soft-RoCE QEMU guest (minutes; needs qemu-system-x86); .ci/run runs it"]
fn perftest_on_the_library_against_rxe_in_a_guest() {
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/rxe-guest/run.sh");
    let target = std::env::var("CARGO_TARGET_DIR").unwrap_or_else(|_| concat!(env!("CARGO_MANIFEST_DIR"), "/../target").into());
    let mut failures = Vec::new();
    for role in ["client", "server"] {
        let t0 = std::time::Instant::now();
        let out = Command::new("timeout")
            .args(["420", "bash", script])
            .env("PEER", "libverbs")
            .env("ROLE", role)
            .env("MTU", "1024")
            .env("TESTS", "write_bw:65536 send_bw:5000 write_lat")
            .env("ITERS", "100")
            .env("LIMIT", "300")
            .env("LIBVERBS", support::library())
            .env("RUN", format!("{target}/rxe-guest/run-libverbs-guest-{role}"))
            .output()
            .expect("running tests/rxe-guest/run.sh");
        let stdout = String::from_utf8_lossy(&out.stdout);
        let pass = out.status.success() && stdout.contains("RESULT: PASS") && stdout.contains("PEER-DONE fails=0");
        // The figures perftest printed on our side.
        let figures: Vec<&str> = stdout.lines().filter(|l| l.trim_start().starts_with(|c: char| c.is_ascii_digit()) && l.split_whitespace().count() >= 5).collect();
        println!(
            "openrnic (library) is perftest {}, rxe guest {role}: {} in {:.0} s\n  {}",
            if role == "client" { "server" } else { "client" },
            if pass { "PASS" } else { "FAIL" },
            t0.elapsed().as_secs_f64(),
            figures.join("\n  ")
        );
        if !pass {
            println!("{stdout}\n{}", String::from_utf8_lossy(&out.stderr));
            failures.push(role);
        }
    }
    assert!(failures.is_empty(), "failed with the guest as {failures:?}");
}
