//! Runs tests/vfio-guest/run.sh: the VFIO backend driving QEMU's `edu` device inside a
//! TCG guest with an emulated IOMMU. Needs qemu-system-x86_64 (the script apt-installs
//! it and downloads a Debian kernel package if missing), so it is ignored by default;
//! `bash .ci/run` runs it (`cargo test -- --include-ignored`).

use std::process::Command;

#[test]
#[ignore = "boots a QEMU guest with an emulated IOMMU (minutes; needs qemu-system-x86); .ci/run runs it"]
fn vfio_backend_drives_edu_in_a_guest() {
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/vfio-guest/run.sh");
    // The binary cargo already built for this package: no nested cargo build (which
    // would wait on the build-directory lock held by `cargo test`).
    let out = Command::new("timeout")
        .args(["600", "bash", script])
        .env("VFIO_EDU_CHECK", env!("CARGO_BIN_EXE_vfio-edu-check"))
        .output()
        .expect("running tests/vfio-guest/run.sh");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    println!("{stdout}");
    eprintln!("{stderr}");
    assert!(
        out.status.success(),
        "run.sh failed ({}), see output above",
        out.status
    );
    assert!(
        stdout.contains("SUMMARY PASS"),
        "no SUMMARY PASS line from the guest"
    );
}
