//! The card's host-side shell on the wire: answers ARP requests and ICMP echo requests
//! for the card's IPv4 address so a Linux peer can resolve and ping it, and tells RoCEv2
//! frames (which go to the RTL) from everything else. No RoCE logic lives here.
//!
//! Every parser here is bounds-checked: a malformed frame yields `None`, never a panic.

use std::net::Ipv4Addr;

use openrnic_contract::wire::{ETHERTYPE_IPV4, ROCE_UDP_PORT};

pub const ETHERTYPE_ARP: u16 = 0x0806;
const ETH: usize = 14;
const BROADCAST: [u8; 6] = [0xFF; 6];

fn be16(f: &[u8], o: usize) -> Option<u16> {
    Some(u16::from_be_bytes(f.get(o..o + 2)?.try_into().ok()?))
}

/// Ethernet + IPv4 header offsets of a frame: (IP header start, header length, end of
/// the IP packet per its total length). `None` unless a well-formed IPv4 packet.
fn ipv4(f: &[u8]) -> Option<(usize, usize, usize)> {
    if be16(f, 12)? != ETHERTYPE_IPV4 {
        return None;
    }
    let v = *f.get(ETH)?;
    let ihl = (v & 0x0F) as usize * 4;
    let total = be16(f, ETH + 2)? as usize;
    // Frames may carry Ethernet padding past the IP packet, never less than it.
    if v >> 4 != 4 || ihl < 20 || total < ihl || f.len() < ETH + total {
        return None;
    }
    Some((ETH, ihl, ETH + total))
}

/// Is this a RoCEv2 frame (Ethernet II, IPv4, UDP destination port 4791)?
pub fn is_roce(f: &[u8]) -> bool {
    let Some((ip, ihl, end)) = ipv4(f) else { return false };
    f[ip + 9] == 17 && end >= ip + ihl + 8 && be16(f, ip + ihl + 2) == Some(ROCE_UDP_PORT)
}

/// RFC 1071 Internet checksum (ones' complement of the ones' complement sum).
pub fn inet_checksum(data: &[u8]) -> u16 {
    let mut sum: u32 = 0;
    let mut chunks = data.chunks_exact(2);
    for c in &mut chunks {
        sum += u16::from_be_bytes([c[0], c[1]]) as u32;
    }
    if let [last] = chunks.remainder() {
        sum += (*last as u32) << 8;
    }
    while sum >> 16 != 0 {
        sum = (sum & 0xFFFF) + (sum >> 16);
    }
    !(sum as u16)
}

/// An Ethernet/IPv4 ARP packet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ArpPacket {
    /// 1 request, 2 reply.
    pub oper: u16,
    pub sha: [u8; 6],
    pub spa: [u8; 4],
    pub tha: [u8; 6],
    pub tpa: [u8; 4],
}

impl ArpPacket {
    /// Parse an ARP frame (Ethernet hardware, IPv4 protocol addresses only).
    pub fn parse(f: &[u8]) -> Option<ArpPacket> {
        if be16(f, 12)? != ETHERTYPE_ARP || f.len() < ETH + 28 {
            return None;
        }
        let a = &f[ETH..ETH + 28];
        if be16(a, 0)? != 1 || be16(a, 2)? != ETHERTYPE_IPV4 || a[4] != 6 || a[5] != 4 {
            return None;
        }
        Some(ArpPacket {
            oper: be16(a, 6)?,
            sha: a[8..14].try_into().ok()?,
            spa: a[14..18].try_into().ok()?,
            tha: a[18..24].try_into().ok()?,
            tpa: a[24..28].try_into().ok()?,
        })
    }

    /// The full Ethernet frame (42 bytes, unpadded) carrying this packet to `dst`.
    pub fn to_frame(&self, dst: [u8; 6]) -> Vec<u8> {
        let mut f = Vec::with_capacity(ETH + 28);
        f.extend_from_slice(&dst);
        f.extend_from_slice(&self.sha);
        f.extend_from_slice(&ETHERTYPE_ARP.to_be_bytes());
        f.extend_from_slice(&[0, 1, 0x08, 0x00, 6, 4]);
        f.extend_from_slice(&self.oper.to_be_bytes());
        f.extend_from_slice(&self.sha);
        f.extend_from_slice(&self.spa);
        f.extend_from_slice(&self.tha);
        f.extend_from_slice(&self.tpa);
        f
    }
}

/// Answers ARP and ping for one MAC/IPv4 address pair.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ArpResponder {
    pub mac: [u8; 6],
    pub ip: Ipv4Addr,
}

impl ArpResponder {
    pub fn new(mac: [u8; 6], ip: Ipv4Addr) -> Self {
        ArpResponder { mac, ip }
    }

    /// The reply frame to send back if `frame` is an ARP request for our IP or an ICMP
    /// echo request to it; `None` for anything else, including malformed frames.
    pub fn answer(&self, frame: &[u8]) -> Option<Vec<u8>> {
        self.arp_reply(frame).or_else(|| self.echo_reply(frame))
    }

    fn arp_reply(&self, f: &[u8]) -> Option<Vec<u8>> {
        let a = ArpPacket::parse(f)?;
        if a.oper != 1 || a.tpa != self.ip.octets() {
            return None;
        }
        let r = ArpPacket { oper: 2, sha: self.mac, spa: self.ip.octets(), tha: a.sha, tpa: a.spa };
        Some(r.to_frame(a.sha))
    }

    fn echo_reply(&self, f: &[u8]) -> Option<Vec<u8>> {
        let (ip, ihl, end) = ipv4(f)?;
        let hdr = &f[ip..ip + ihl];
        let icmp = &f[ip + ihl..end];
        let frag = be16(hdr, 6)? & 0x3FFF; // MF flag or fragment offset
        if hdr[9] != 1 || hdr[16..20] != self.ip.octets() || frag != 0 || icmp.len() < 8 || icmp[0] != 8 || icmp[1] != 0 {
            return None;
        }
        // A real stack drops packets with bad checksums; so do we.
        if inet_checksum(hdr) != 0 || inet_checksum(icmp) != 0 {
            return None;
        }
        let mut r = Vec::with_capacity(end);
        r.extend_from_slice(&f[6..12]); // back to the sender
        r.extend_from_slice(&self.mac);
        r.extend_from_slice(&ETHERTYPE_IPV4.to_be_bytes());
        r.extend_from_slice(hdr);
        r.extend_from_slice(icmp);
        let h = &mut r[ETH..ETH + ihl];
        h[8] = 64; // fresh TTL, as Linux does
        h[10..12].fill(0);
        h.copy_within(12..16, 16); // destination := source
        h[12..16].copy_from_slice(&self.ip.octets());
        let c = inet_checksum(h);
        h[10..12].copy_from_slice(&c.to_be_bytes());
        let m = &mut r[ETH + ihl..];
        m[0] = 0; // echo reply
        m[2..4].fill(0);
        let c = inet_checksum(m);
        m[2..4].copy_from_slice(&c.to_be_bytes());
        Some(r)
    }

    /// A broadcast ARP request asking who has `target`.
    pub fn request(&self, target: Ipv4Addr) -> Vec<u8> {
        ArpPacket { oper: 1, sha: self.mac, spa: self.ip.octets(), tha: [0; 6], tpa: target.octets() }.to_frame(BROADCAST)
    }

    /// A gratuitous ARP announcing our address (what Linux sends when an address comes up).
    pub fn announce(&self) -> Vec<u8> {
        self.request(self.ip)
    }
}

/// If `f` is an ARP packet (request or reply), the sender's (IPv4, MAC): what a shell
/// learns a peer's MAC from.
pub fn sender(f: &[u8]) -> Option<(Ipv4Addr, [u8; 6])> {
    let a = ArpPacket::parse(f)?;
    Some((Ipv4Addr::from(a.spa), a.sha))
}
