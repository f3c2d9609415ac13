//! Denial of service, gated where the goal is met today: a victim QP streaming WRITEs
//! keeps at least 90 % of its goodput while a second source fills the rest of the
//! link with bad-ICRC frames or frames to a QP that does not exist. The spoofed-source
//! flood (valid-looking WRITEs with random PSNs) is measured and printed, not gated:
//! without source binding its frames reach the PSN check and NAK the victim into
//! retransmission (`cargo bench -p openrnic-tests --bench dos`).
use openrnic_tests::dos::{run, Flood};

const MESSAGES: u64 = 100;

#[test]
fn victim_keeps_its_goodput_under_floods_of_bad_frames() {
    let base = run(Flood::None, MESSAGES);
    for kind in [Flood::BadIcrc, Flood::NoSuchQp] {
        let r = run(kind, MESSAGES);
        let ratio = base.cycles as f64 / r.cycles as f64;
        eprintln!("{kind:?}: {} flood frames, victim {:.2} of its goodput without the flood", r.flood_frames, ratio);
        assert!(r.flood_frames > 100, "the flood must actually flood ({} frames)", r.flood_frames);
        assert!(ratio >= 0.9, "{kind:?} flood cut the victim to {ratio:.2} of its goodput");
    }
    let s = run(Flood::SpoofedSource, MESSAGES);
    eprintln!(
        "SpoofedSource (not gated: needs source binding): victim {:.2} of its goodput, {} retransmissions, {} NAKs",
        base.cycles as f64 / s.cycles as f64, s.retransmits, s.naks
    );
}
