//! RoCEv2 on the wire: Ethernet II / IPv4 / UDP 4791 / BTH / [RETH] [AETH] [ImmDt] /
//! payload / ICRC. Header offsets, opcodes and AETH syndromes used by the HDL, plus a
//! software parser, builder and ICRC that serve as the independent reference in tests.

/// Byte offsets of each header in a frame without VLAN tag or IP options.
pub const ETH_LEN: usize = 14;
pub const IPV4_OFFSET: usize = ETH_LEN;
pub const IPV4_LEN: usize = 20;
pub const UDP_OFFSET: usize = IPV4_OFFSET + IPV4_LEN;
pub const UDP_LEN: usize = 8;
pub const BTH_OFFSET: usize = UDP_OFFSET + UDP_LEN;
pub const BTH_LEN: usize = 12;
/// First byte after the BTH (where RETH or AETH or ImmDt or payload starts).
pub const BTH_END: usize = BTH_OFFSET + BTH_LEN;
pub const RETH_LEN: usize = 16;
pub const AETH_LEN: usize = 4;
pub const IMM_LEN: usize = 4;
pub const ICRC_LEN: usize = 4;
pub const ETHERTYPE_IPV4: u16 = 0x0800;
pub const ROCE_UDP_PORT: u16 = 4791;
/// BTH byte that carries the AckReq bit (bit 7) and reserved bits.
pub const BTH_ACKREQ_BYTE: usize = BTH_OFFSET + 8;

/// RC opcodes (BTH byte 0).
pub mod opcode {
    pub const SEND_FIRST: u8 = 0x00;
    pub const SEND_MIDDLE: u8 = 0x01;
    pub const SEND_LAST: u8 = 0x02;
    pub const SEND_LAST_IMM: u8 = 0x03;
    pub const SEND_ONLY: u8 = 0x04;
    pub const SEND_ONLY_IMM: u8 = 0x05;
    pub const WRITE_FIRST: u8 = 0x06;
    pub const WRITE_MIDDLE: u8 = 0x07;
    pub const WRITE_LAST: u8 = 0x08;
    pub const WRITE_LAST_IMM: u8 = 0x09;
    pub const WRITE_ONLY: u8 = 0x0A;
    pub const WRITE_ONLY_IMM: u8 = 0x0B;
    pub const READ_REQUEST: u8 = 0x0C;
    pub const READ_RESP_FIRST: u8 = 0x0D;
    pub const READ_RESP_MIDDLE: u8 = 0x0E;
    pub const READ_RESP_LAST: u8 = 0x0F;
    pub const READ_RESP_ONLY: u8 = 0x10;
    pub const ACK: u8 = 0x11;

    pub fn name(op: u8) -> &'static str {
        match op {
            SEND_FIRST => "SEND_FIRST",
            SEND_MIDDLE => "SEND_MIDDLE",
            SEND_LAST => "SEND_LAST",
            SEND_LAST_IMM => "SEND_LAST_IMM",
            SEND_ONLY => "SEND_ONLY",
            SEND_ONLY_IMM => "SEND_ONLY_IMM",
            WRITE_FIRST => "WRITE_FIRST",
            WRITE_MIDDLE => "WRITE_MIDDLE",
            WRITE_LAST => "WRITE_LAST",
            WRITE_LAST_IMM => "WRITE_LAST_IMM",
            WRITE_ONLY => "WRITE_ONLY",
            WRITE_ONLY_IMM => "WRITE_ONLY_IMM",
            READ_REQUEST => "READ_REQUEST",
            READ_RESP_FIRST => "READ_RESP_FIRST",
            READ_RESP_MIDDLE => "READ_RESP_MIDDLE",
            READ_RESP_LAST => "READ_RESP_LAST",
            READ_RESP_ONLY => "READ_RESP_ONLY",
            ACK => "ACK",
            _ => "UNKNOWN",
        }
    }
    /// Opcodes that carry a RETH.
    pub fn has_reth(op: u8) -> bool {
        matches!(op, WRITE_FIRST | WRITE_ONLY | WRITE_ONLY_IMM | READ_REQUEST)
    }
    /// Opcodes that carry ImmDt.
    pub fn has_imm(op: u8) -> bool {
        matches!(op, SEND_LAST_IMM | SEND_ONLY_IMM | WRITE_LAST_IMM | WRITE_ONLY_IMM)
    }
    /// Opcodes that carry an AETH.
    pub fn has_aeth(op: u8) -> bool {
        matches!(op, ACK | READ_RESP_FIRST | READ_RESP_LAST | READ_RESP_ONLY)
    }
}

/// AETH syndromes (byte 0 of the AETH).
pub mod syndrome {
    /// ACK; the low 5 bits carry a credit count, 0x1F = credits invalid (what rxe sends).
    pub const ACK: u8 = 0x1F;
    /// RNR NAK; the low 5 bits carry the timer code.
    pub const RNR_NAK: u8 = 0x20;
    pub const NAK_PSN_SEQ_ERR: u8 = 0x60;
    pub const NAK_INVALID_REQUEST: u8 = 0x61;
    pub const NAK_REMOTE_ACCESS: u8 = 0x62;
    pub const NAK_REMOTE_OP: u8 = 0x63;
    /// Bits [6:5] of the syndrome: 0 ACK, 1 RNR NAK, 3 NAK.
    pub fn kind(s: u8) -> u8 {
        (s >> 5) & 3
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum WireError {
    #[error("frame too short: {0} bytes")]
    Truncated(usize),
    #[error("not IPv4/UDP 4791 RoCEv2")]
    NotRoce,
    #[error("IPv4 header malformed: {0}")]
    BadIp(&'static str),
    #[error("ICRC mismatch: frame has {found:#010x}, computed {computed:#010x}")]
    BadIcrc { found: u32, computed: u32 },
}

/// Frame bytes the ICRC covers as all ones, whatever they hold: IPv4 TOS, TTL and
/// header checksum, UDP checksum, and the BTH reserved byte (they may change in flight).
pub const ICRC_MASKED_BYTES: [usize; 7] = [
    IPV4_OFFSET + 1,
    IPV4_OFFSET + 8,
    IPV4_OFFSET + 10,
    IPV4_OFFSET + 11,
    UDP_OFFSET + 6,
    UDP_OFFSET + 7,
    BTH_OFFSET + 4,
];

/// ICRC of a full Ethernet frame (the last 4 bytes are the ICRC field itself and are
/// not covered): CRC-32 over 8 bytes of 0xFF, then the IPv4 header with TOS, TTL and
/// checksum set to ones, the UDP header with checksum set to ones, the BTH with byte 4
/// set to ones, and everything after it up to the ICRC. Stored little-endian.
pub fn icrc(frame: &[u8]) -> u32 {
    let end = frame.len() - ICRC_LEN;
    let mut masked = frame[..end].to_vec();
    for b in ICRC_MASKED_BYTES {
        masked[b] = 0xFF;
    }
    let masked = &masked[IPV4_OFFSET..];
    let mut h = crc32fast::Hasher::new();
    h.update(&[0xFF; 8]);
    h.update(masked);
    h.finalize()
}

/// RFC 1071 checksum of an IPv4 header.
pub fn ipv4_checksum(hdr: &[u8]) -> u16 {
    let mut sum = 0u32;
    for (i, pair) in hdr.chunks(2).enumerate() {
        if i == 5 {
            continue; // the checksum field itself
        }
        sum += u16::from_be_bytes([pair[0], pair[1]]) as u32;
    }
    while sum > 0xFFFF {
        sum = (sum & 0xFFFF) + (sum >> 16);
    }
    !(sum as u16)
}

/// A RoCEv2 frame taken apart: the software reference parser.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoceFrame {
    pub dst_mac: [u8; 6],
    pub src_mac: [u8; 6],
    pub src_ip: [u8; 4],
    pub dst_ip: [u8; 4],
    pub ttl: u8,
    pub dont_fragment: bool,
    pub udp_src_port: u16,
    pub opcode: u8,
    pub solicited: bool,
    pub pad: u8,
    pub pkey: u16,
    pub dest_qpn: u32,
    pub ack_req: bool,
    pub psn: u32,
    /// (virtual address, rkey, DMA length)
    pub reth: Option<(u64, u32, u32)>,
    /// (syndrome, MSN)
    pub aeth: Option<(u8, u32)>,
    pub imm: Option<u32>,
    pub payload: Vec<u8>,
    pub icrc: u32,
}

impl RoceFrame {
    /// Parse and check a frame (ICRC, IPv4 checksum and lengths).
    pub fn parse(f: &[u8]) -> Result<RoceFrame, WireError> {
        if f.len() < BTH_END + ICRC_LEN {
            return Err(WireError::Truncated(f.len()));
        }
        let be16 = |o: usize| u16::from_be_bytes([f[o], f[o + 1]]);
        let be32 = |o: usize| u32::from_be_bytes([f[o], f[o + 1], f[o + 2], f[o + 3]]);
        if be16(12) != ETHERTYPE_IPV4 || f[IPV4_OFFSET + 9] != 17 || be16(UDP_OFFSET + 2) != ROCE_UDP_PORT {
            return Err(WireError::NotRoce);
        }
        let ip = &f[IPV4_OFFSET..IPV4_OFFSET + IPV4_LEN];
        if ip[0] != 0x45 {
            return Err(WireError::BadIp("version/IHL is not 4/5"));
        }
        if ipv4_checksum(ip) != be16(IPV4_OFFSET + 10) {
            return Err(WireError::BadIp("header checksum"));
        }
        if be16(IPV4_OFFSET + 2) as usize != f.len() - ETH_LEN {
            return Err(WireError::BadIp("total length does not match the frame"));
        }
        if be16(UDP_OFFSET + 4) as usize != f.len() - UDP_OFFSET {
            return Err(WireError::BadIp("UDP length does not match the frame"));
        }
        let found = u32::from_le_bytes(f[f.len() - 4..].try_into().unwrap());
        let computed = icrc(f);
        if found != computed {
            return Err(WireError::BadIcrc { found, computed });
        }
        let b = BTH_OFFSET;
        let op = f[b];
        let mut at = BTH_END;
        let mut take = |n: usize| -> Result<usize, WireError> {
            let o = at;
            at += n;
            if at > f.len() - ICRC_LEN { Err(WireError::Truncated(f.len())) } else { Ok(o) }
        };
        let reth = if opcode::has_reth(op) {
            let o = take(RETH_LEN)?;
            Some((u64::from_be_bytes(f[o..o + 8].try_into().unwrap()), be32(o + 8), be32(o + 12)))
        } else {
            None
        };
        let aeth = if opcode::has_aeth(op) {
            let o = take(AETH_LEN)?;
            Some((f[o], be32(o) & 0xFF_FFFF))
        } else {
            None
        };
        let imm = if opcode::has_imm(op) { Some(be32(take(IMM_LEN)?)) } else { None };
        let pad = (f[b + 1] >> 4) & 3;
        let payload_end = f.len() - ICRC_LEN;
        if payload_end < at + pad as usize {
            return Err(WireError::Truncated(f.len()));
        }
        Ok(RoceFrame {
            dst_mac: f[0..6].try_into().unwrap(),
            src_mac: f[6..12].try_into().unwrap(),
            src_ip: f[IPV4_OFFSET + 12..IPV4_OFFSET + 16].try_into().unwrap(),
            dst_ip: f[IPV4_OFFSET + 16..IPV4_OFFSET + 20].try_into().unwrap(),
            ttl: f[IPV4_OFFSET + 8],
            dont_fragment: f[IPV4_OFFSET + 6] & 0x40 != 0,
            udp_src_port: be16(UDP_OFFSET),
            opcode: op,
            solicited: f[b + 1] & 0x80 != 0,
            pad,
            pkey: be16(b + 2),
            dest_qpn: be32(b + 4) & 0xFF_FFFF,
            ack_req: f[b + 8] & 0x80 != 0,
            psn: be32(b + 8) & 0xFF_FFFF,
            reth,
            aeth,
            imm,
            payload: f[at..payload_end - pad as usize].to_vec(),
            icrc: found,
        })
    }

    /// Build the frame bytes, computing lengths, the IPv4 checksum and the ICRC
    /// exactly as Linux rxe does (DSCP 0, TTL 64, DF set, UDP checksum 0, P_Key 0xFFFF).
    pub fn emit(&self) -> Vec<u8> {
        let mut f = Vec::with_capacity(BTH_END + 32 + self.payload.len());
        f.extend_from_slice(&self.dst_mac);
        f.extend_from_slice(&self.src_mac);
        f.extend_from_slice(&ETHERTYPE_IPV4.to_be_bytes());
        let hdrs = self.reth.map_or(0, |_| RETH_LEN) + self.aeth.map_or(0, |_| AETH_LEN) + self.imm.map_or(0, |_| IMM_LEN);
        let pad = (4 - self.payload.len() % 4) % 4;
        let udp_len = UDP_LEN + BTH_LEN + hdrs + self.payload.len() + pad + ICRC_LEN;
        let ip_len = IPV4_LEN + udp_len;
        f.extend_from_slice(&[0x45, 0]);
        f.extend_from_slice(&(ip_len as u16).to_be_bytes());
        f.extend_from_slice(&[0, 0, if self.dont_fragment { 0x40 } else { 0 }, 0, self.ttl, 17, 0, 0]);
        f.extend_from_slice(&self.src_ip);
        f.extend_from_slice(&self.dst_ip);
        let csum = ipv4_checksum(&f[IPV4_OFFSET..IPV4_OFFSET + IPV4_LEN]);
        f[IPV4_OFFSET + 10..IPV4_OFFSET + 12].copy_from_slice(&csum.to_be_bytes());
        f.extend_from_slice(&self.udp_src_port.to_be_bytes());
        f.extend_from_slice(&ROCE_UDP_PORT.to_be_bytes());
        f.extend_from_slice(&(udp_len as u16).to_be_bytes());
        f.extend_from_slice(&[0, 0]);
        f.push(self.opcode);
        f.push((self.solicited as u8) << 7 | (pad as u8) << 4);
        f.extend_from_slice(&self.pkey.to_be_bytes());
        f.extend_from_slice(&(self.dest_qpn & 0xFF_FFFF).to_be_bytes());
        f.extend_from_slice(&((self.ack_req as u32) << 31 | (self.psn & 0xFF_FFFF)).to_be_bytes());
        if let Some((va, rkey, len)) = self.reth {
            f.extend_from_slice(&va.to_be_bytes());
            f.extend_from_slice(&rkey.to_be_bytes());
            f.extend_from_slice(&len.to_be_bytes());
        }
        if let Some((syn, msn)) = self.aeth {
            f.extend_from_slice(&((syn as u32) << 24 | (msn & 0xFF_FFFF)).to_be_bytes());
        }
        if let Some(imm) = self.imm {
            f.extend_from_slice(&imm.to_be_bytes());
        }
        f.extend_from_slice(&self.payload);
        f.extend(std::iter::repeat_n(0u8, pad));
        f.extend_from_slice(&[0; 4]);
        let c = icrc(&f);
        let n = f.len();
        f[n - 4..].copy_from_slice(&c.to_le_bytes());
        f
    }
}
