//! pcap writing and reading, checked against tshark when installed and against a real
//! capture of Linux rxe traffic.

use std::path::{Path, PathBuf};
use std::process::Command;

use openrnic_contract::wire::RoceFrame;
use openrnic_sim::wire::pcap::{describe, PcapError, LINKTYPE_ETHERNET};
use openrnic_sim::wire::{is_roce, FaultConfig, Link, LinkConfig, PcapReader, PcapWriter, Side, TsResolution, ENGINE_CLOCK_HZ};

/// A fresh path in the temp dir, unique per test and process.
fn temp(name: &str) -> PathBuf {
    std::env::temp_dir().join(format!("openrnic-sim-{}-{name}", std::process::id()))
}

fn frames() -> Vec<Vec<u8>> {
    (0..50).map(|i| (0..60 + i * 37).map(|b| (b ^ i) as u8).collect()).collect()
}

fn read_back(path: &Path) -> Vec<(u64, Vec<u8>)> {
    let bytes = std::fs::read(path).unwrap();
    let r = PcapReader::new(&bytes).unwrap();
    assert_eq!(r.linktype(), LINKTYPE_ETHERNET);
    r.map(|rec| {
        let rec = rec.unwrap();
        assert_eq!(rec.orig_len as usize, rec.data.len());
        (rec.ts_ns, rec.data.to_vec())
    })
    .collect()
}

/// Frame lengths as tshark reads them, or None (with a note) without tshark.
fn tshark_lengths(path: &Path) -> Option<Vec<usize>> {
    let Ok(out) = Command::new("tshark").args(["-r"]).arg(path).args(["-T", "fields", "-e", "frame.len"]).output() else {
        eprintln!("note: tshark not installed; skipping the tshark check");
        return None;
    };
    assert!(out.status.success(), "tshark failed: {}", String::from_utf8_lossy(&out.stderr));
    Some(String::from_utf8(out.stdout).unwrap().lines().map(|l| l.trim().parse().unwrap()).collect())
}

#[test]
fn written_then_read_back_equal() {
    for res in [TsResolution::Micro, TsResolution::Nano] {
        let path = temp(&format!("roundtrip-{res:?}.pcap"));
        let sent = frames();
        {
            let mut w = PcapWriter::create(&path, res, ENGINE_CLOCK_HZ).unwrap();
            for (i, f) in sent.iter().enumerate() {
                w.write_frame(i as u64 * 1_000_003, f).unwrap();
            }
            assert_eq!(w.frames(), 50);
        } // flushed on drop
        let got = read_back(&path);
        assert_eq!(got.len(), sent.len());
        for (i, ((ts, f), s)) in got.iter().zip(&sent).enumerate() {
            assert_eq!(f, s);
            let ns = i as u64 * 1_000_003 * 32 / 5; // 6.4 ns per cycle
            let want = if res == TsResolution::Micro { ns / 1000 * 1000 } else { ns };
            assert_eq!(*ts, want);
        }
        if let Some(lens) = tshark_lengths(&path) {
            assert_eq!(lens, sent.iter().map(Vec::len).collect::<Vec<_>>());
        }
        std::fs::remove_file(&path).unwrap();
    }
}

#[test]
fn link_captures_what_it_delivers() {
    let path = temp("link.pcap");
    let faults = FaultConfig { seed: 7, loss: 0.2, corrupt: 0.2, duplicate: 0.1, ..Default::default() };
    let mut l = Link::new(LinkConfig { faults, ..Default::default() }).unwrap();
    l.set_pcap(Some(PcapWriter::create(&path, TsResolution::Nano, ENGINE_CLOCK_HZ).unwrap()));
    let mut delivered = Vec::new();
    for (i, f) in frames().into_iter().enumerate() {
        let side = if i % 2 == 0 { Side::A } else { Side::B };
        l.send(side, f, i as u64 * 400);
        for at in [Side::A, Side::B] {
            delivered.extend(std::iter::from_fn(|| l.recv_timed(at, i as u64 * 400)));
        }
    }
    for at in [Side::A, Side::B] {
        delivered.extend(std::iter::from_fn(|| l.recv_timed(at, u64::MAX)));
    }
    drop(l.set_pcap(None));
    assert!(l.pcap_error().is_none());
    let c = l.counters(Side::A) + l.counters(Side::B);
    assert!(c.dropped > 0 && c.corrupted > 0, "{c:?}");
    let got = read_back(&path);
    let want: Vec<_> = delivered.iter().map(|(t, f)| (t * 32 / 5, f.clone())).collect();
    assert_eq!(got, want);
    std::fs::remove_file(&path).unwrap();
}

#[test]
fn reader_rejects_garbage() {
    assert_eq!(PcapReader::new(&[0; 10]).unwrap_err(), PcapError::Truncated(10));
    assert!(matches!(PcapReader::new(&[0x12; 24]).unwrap_err(), PcapError::BadMagic(_)));
    // A record cut short is reported once, then iteration ends.
    let path = temp("cut.pcap");
    {
        let mut w = PcapWriter::create(&path, TsResolution::Micro, ENGINE_CLOCK_HZ).unwrap();
        w.write_frame(0, &[1; 100]).unwrap();
        w.write_frame(1, &[2; 100]).unwrap();
    }
    let mut bytes = std::fs::read(&path).unwrap();
    std::fs::remove_file(&path).unwrap();
    bytes.truncate(bytes.len() - 1);
    let mut r = PcapReader::new(&bytes).unwrap();
    assert!(r.next().unwrap().is_ok());
    assert_eq!(r.next().unwrap().unwrap_err(), PcapError::Truncated(24 + 116));
    assert!(r.next().is_none());
}

/// The real thing: 649 frames between two Linux rxe guests (perftest RC, 4 KiB
/// messages, MTU 1024). Every RoCE frame must pass the contract's parser, ICRC included.
#[test]
fn real_rxe_capture_parses() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/rxe-rc-4k-mtu1024.pcap");
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let r = PcapReader::new(&bytes).unwrap();
    assert_eq!((r.linktype(), r.resolution()), (LINKTYPE_ETHERNET, TsResolution::Micro));
    let (mut total, mut roce) = (0, 0);
    let mut last_ts = 0;
    for rec in r {
        let rec = rec.unwrap();
        assert!(rec.ts_ns >= last_ts);
        last_ts = rec.ts_ns;
        total += 1;
        let summary = describe(rec.data);
        if is_roce(rec.data) {
            roce += 1;
            if let Err(e) = RoceFrame::parse(rec.data) {
                panic!("frame {total} ({summary}): {e}");
            }
            assert!(summary.starts_with("RoCE 10.0.0."), "{summary}");
        }
    }
    assert_eq!((total, roce), (649, 500));
}
