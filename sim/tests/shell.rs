//! The card's host-side shell: QEMU dgram ports, ARP and ICMP echo answers.

use std::net::{Ipv4Addr, SocketAddr, UdpSocket};
use std::path::Path;
use std::time::{Duration, Instant};

use openrnic_sim::wire::arp::{inet_checksum, sender, ArpPacket};
use openrnic_sim::wire::{is_roce, ArpResponder, DgramPort, PcapReader};

const LO: &str = "127.0.0.1:0";

/// Two ports on ephemeral loopback addresses, each the other's remote.
fn pair() -> (DgramPort, DgramPort) {
    let any: SocketAddr = LO.parse().unwrap();
    let mut a = DgramPort::bind(any, any).unwrap();
    let b = DgramPort::bind(any, a.local_addr().unwrap()).unwrap();
    a.set_remote(b.local_addr().unwrap());
    (a, b)
}

fn recv_within(p: &mut DgramPort, t: Duration) -> Option<Vec<u8>> {
    let end = Instant::now() + t;
    loop {
        if let Some(f) = p.recv() {
            return Some(f);
        }
        if Instant::now() > end {
            return None;
        }
        std::thread::sleep(Duration::from_micros(200));
    }
}

#[test]
fn dgram_round_trip() {
    let (mut a, mut b) = pair();
    assert_eq!(a.recv(), None, "non-blocking when empty");
    let f1: Vec<u8> = (0..60).collect();
    let f2 = vec![0xEE; 9014]; // a jumbo frame is still one datagram
    a.send(&f1).unwrap();
    a.send(&f2).unwrap();
    assert_eq!(recv_within(&mut b, Duration::from_secs(2)), Some(f1.clone()));
    assert_eq!(recv_within(&mut b, Duration::from_secs(2)), Some(f2));
    b.send(&f1).unwrap();
    assert_eq!(recv_within(&mut a, Duration::from_secs(2)), Some(f1));
    assert_eq!(a.stats().tx_frames, 2);
    assert_eq!(b.stats().rx_bytes, 60 + 9014);
}

#[test]
fn dgram_burst_and_strangers() {
    let (mut a, mut b) = pair();
    eprintln!("receive buffer granted: {} bytes", b.rcvbuf());
    assert!(b.rcvbuf() >= 200 << 10);
    // A datagram from anyone but the remote is not a frame from our cable.
    let stranger = UdpSocket::bind(LO).unwrap();
    stranger.send_to(&[1, 2, 3], b.local_addr().unwrap()).unwrap();
    // A burst the size of an rxe window, sent before the receiver looks; smaller if the
    // kernel refused the big buffer (not root), as each datagram costs about 4 KiB of it.
    let n = 1000.min(b.rcvbuf() / 4096);
    for i in 0..n as u32 {
        let mut f = vec![0u8; 1098];
        f[..4].copy_from_slice(&i.to_be_bytes());
        a.send(&f).unwrap();
    }
    let mut got = 0;
    while let Some(f) = recv_within(&mut b, Duration::from_millis(500)) {
        assert_eq!(f[..4], (got as u32).to_be_bytes(), "in order, none lost");
        got += 1;
    }
    assert_eq!(got, n);
    assert_eq!(b.stats().rx_foreign, 1);
    let _ = a.recv();
}

const CARD_MAC: [u8; 6] = [0x52, 0x54, 0, 0, 0, 0x0b];
const CARD_IP: Ipv4Addr = Ipv4Addr::new(10, 0, 0, 2);
const PEER_MAC: [u8; 6] = [0x52, 0x54, 0, 0, 0, 0x01];
const PEER_IP: Ipv4Addr = Ipv4Addr::new(10, 0, 0, 1);

fn card() -> ArpResponder {
    ArpResponder::new(CARD_MAC, CARD_IP)
}

fn peer() -> ArpResponder {
    ArpResponder::new(PEER_MAC, PEER_IP)
}

#[test]
fn arp_reply_fields() {
    let req = peer().request(CARD_IP);
    let reply = card().answer(&req).expect("a request for our IP is answered");
    assert_eq!(reply.len(), 42);
    assert_eq!(reply[0..6], PEER_MAC); // to the asker
    assert_eq!(reply[6..12], CARD_MAC);
    assert_eq!(reply[12..14], [0x08, 0x06]);
    let a = ArpPacket::parse(&reply).unwrap();
    assert_eq!(a, ArpPacket { oper: 2, sha: CARD_MAC, spa: CARD_IP.octets(), tha: PEER_MAC, tpa: PEER_IP.octets() });
    assert_eq!(sender(&reply), Some((CARD_IP, CARD_MAC)));
    // Requests for other addresses, replies and gratuitous ARP from others: no answer.
    assert_eq!(card().answer(&peer().request(Ipv4Addr::new(10, 0, 0, 3))), None);
    assert_eq!(card().answer(&reply), None);
    assert_eq!(card().answer(&peer().announce()), None);
    // Ethernet padding to 60 bytes does not matter.
    let mut padded = req.clone();
    padded.resize(60, 0);
    assert_eq!(card().answer(&padded), Some(reply));
}

/// Our reply to the real request in the rxe capture is byte-for-byte what Linux sent.
#[test]
fn arp_reply_matches_linux() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/rxe-rc-4k-mtu1024.pcap");
    let bytes = std::fs::read(path).unwrap();
    let recs: Vec<_> = PcapReader::new(&bytes).unwrap().take(2).map(Result::unwrap).collect();
    let (who_has, linux_reply) = (recs[0].data, recs[1].data);
    let (ip, mac) = sender(linux_reply).unwrap();
    assert_eq!(ArpResponder::new(mac, ip).answer(who_has).as_deref(), Some(linux_reply));
}

/// An echo request as `ping` sends it: 56 bytes of data, DF set, valid checksums.
fn echo_request(dst: Ipv4Addr) -> Vec<u8> {
    let mut icmp = vec![8, 0, 0, 0, 0x12, 0x34, 0, 7];
    icmp.extend((0..56).map(|i| i as u8));
    let c = inet_checksum(&icmp);
    icmp[2..4].copy_from_slice(&c.to_be_bytes());
    let mut ip = vec![0x45, 0, 0, 0, 0xAB, 0xCD, 0x40, 0, 63, 1, 0, 0];
    ip[2..4].copy_from_slice(&((20 + icmp.len()) as u16).to_be_bytes());
    ip.extend_from_slice(&PEER_IP.octets());
    ip.extend_from_slice(&dst.octets());
    let c = inet_checksum(&ip);
    ip[10..12].copy_from_slice(&c.to_be_bytes());
    let mut f = Vec::from(CARD_MAC);
    f.extend_from_slice(&PEER_MAC);
    f.extend_from_slice(&[0x08, 0x00]);
    f.extend(ip);
    f.extend(icmp);
    f
}

#[test]
fn icmp_echo_reply_checksums() {
    let req = echo_request(CARD_IP);
    let r = card().answer(&req).expect("a ping to our IP is answered");
    assert_eq!(r.len(), req.len());
    assert_eq!((&r[0..6], &r[6..12], &r[12..14]), (&PEER_MAC[..], &CARD_MAC[..], &[8u8, 0][..]));
    let (ip, icmp) = (&r[14..34], &r[34..]);
    assert_eq!(inet_checksum(ip), 0, "IPv4 header checksum");
    assert_eq!(inet_checksum(icmp), 0, "ICMP checksum");
    assert_eq!((ip[9], ip[8]), (1, 64));
    assert_eq!((&ip[12..16], &ip[16..20]), (&CARD_IP.octets()[..], &PEER_IP.octets()[..]));
    assert_eq!((icmp[0], icmp[1]), (0, 0)); // echo reply
    assert_eq!(icmp[4..], req[38..], "identifier, sequence and data echoed");
    assert!(!is_roce(&r));
    // Padding past the IP packet is not echoed.
    let mut padded = req.clone();
    padded.extend_from_slice(&[0; 10]);
    assert_eq!(card().answer(&padded), Some(r));
}

#[test]
fn icmp_ignored_unless_valid_and_ours() {
    assert_eq!(card().answer(&echo_request(Ipv4Addr::new(10, 0, 0, 9))), None);
    let mut bad_ip = echo_request(CARD_IP);
    bad_ip[14 + 10] ^= 1;
    assert_eq!(card().answer(&bad_ip), None);
    let mut bad_icmp = echo_request(CARD_IP);
    bad_icmp[50] ^= 1;
    assert_eq!(card().answer(&bad_icmp), None);
    let mut reply = echo_request(CARD_IP);
    reply[34] = 0; // an echo reply is not answered
    assert_eq!(card().answer(&reply), None);
}

/// Malformed input never panics: every truncation and every single-bit flip of a valid
/// ARP request and ping, plus pseudo-random garbage.
#[test]
fn malformed_frames_are_none_not_panics() {
    for good in [peer().request(CARD_IP), echo_request(CARD_IP)] {
        for n in 0..good.len() {
            assert_eq!(card().answer(&good[..n]), None, "truncated to {n}");
            let _ = is_roce(&good[..n]);
            let _ = openrnic_sim::wire::pcap::describe(&good[..n]);
        }
        for bit in 0..good.len() * 8 {
            let mut f = good.clone();
            f[bit / 8] ^= 1 << (bit % 8);
            let _ = card().answer(&f);
            let _ = openrnic_sim::wire::pcap::describe(&f);
        }
    }
    let mut x = 0x1234_5678_9abc_def0u64;
    for _ in 0..20_000 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let len = (x % 120) as usize;
        let mut f: Vec<u8> = (0..len).map(|i| (x >> (i % 8 * 8)) as u8).collect();
        if len > 14 && x & 1 == 0 {
            f[12..14].copy_from_slice(if x & 2 == 0 { &[8, 0] } else { &[8, 6] });
            f[14] = 0x45;
        }
        let _ = card().answer(&f);
        let _ = is_roce(&f);
        let _ = openrnic_sim::wire::pcap::describe(&f);
    }
}

#[test]
fn roce_classification() {
    let f = openrnic_contract::wire::RoceFrame {
        dst_mac: CARD_MAC,
        src_mac: PEER_MAC,
        src_ip: PEER_IP.octets(),
        dst_ip: CARD_IP.octets(),
        ttl: 64,
        dont_fragment: true,
        udp_src_port: 49152,
        opcode: 0x0A,
        solicited: false,
        pad: 0,
        pkey: 0xFFFF,
        dest_qpn: 0x11,
        ack_req: true,
        psn: 5,
        reth: Some((0x1000, 0x42, 4)),
        aeth: None,
        imm: None,
        payload: vec![1, 2, 3, 4],
        icrc: 0,
    }
    .emit();
    assert!(is_roce(&f));
    assert_eq!(card().answer(&f), None, "RoCE is the RTL's business");
    let mut other_port = f.clone();
    other_port[36..38].copy_from_slice(&4792u16.to_be_bytes());
    assert!(!is_roce(&other_port));
    assert!(!is_roce(&peer().request(CARD_IP)));
    assert!(!is_roce(&echo_request(CARD_IP)));
}
