//! perftest's out-of-band exchange over TCP (perftest 4.5, the `ethernet_*` functions of
//! `perftest_communication.c`), so a Linux `ib_write_bw` / `ib_send_bw` / `ib_write_lat`
//! can run against openrnic.
//!
//! Every exchange is symmetric: the client (the side given a server name) writes its
//! message then reads the peer's; the server reads then writes. What goes over the
//! connection, in order (checked byte for byte against a capture of two perftest 4.5
//! processes in the tests below):
//!
//! | step | bytes | content |
//! |---|---|---|
//! | version | 16 | `"6.06"`, NUL-padded; a peer older than 5.70 exits |
//! | sys data | 4 + 4 | cycle buffer (page size) and cache line size, big-endian; both sides take the max |
//! | MTU | 2 | `ibv_mtu` as a decimal digit + NUL (`"3\0"` = 1024); both take the smaller |
//! | hand shakes | 108 each | [`Dest`]: `LID:OUT_READS:QPN:PSN:RKEY:VADDR:GID[16]:SRQN:` in hex, NUL-terminated |
//! | bw report | 5 x 8 | `ib_*_bw` only: size, iters (u64 BE), peak, avg, msg rate (f64 BE) |
//! | close | 108 + 5 | one more hand shake, then each side writes `"done\0"` |
//!
//! perftest reads each message with one `read()` and fails on a short read, so each is
//! written with one `write` call (and `TCP_NODELAY`); both sides send the same sizes.

use std::io::{self, Read, Write};
use std::net::{Ipv4Addr, TcpStream};

/// The version string perftest 4.5 (0.17 .. 0.20) sends.
pub const VERSION: &str = "6.06";
/// Bytes of the version message (`MAX_VERSION`).
pub const VERSION_LEN: usize = 16;
/// Bytes of a hand-shake record with a GID (`KEY_MSG_SIZE_GID`).
pub const DEST_LEN: usize = 108;
/// Oldest peer version perftest 4.5 talks to (`check_version_compatibility`).
pub const MIN_PEER_VERSION: f64 = 5.70;
/// perftest's `ibv_mtu` numbering: 1 = 256 B .. 5 = 4096 B.
pub fn mtu_enum(bytes: u32) -> Option<u8> {
    match bytes {
        256 => Some(1),
        512 => Some(2),
        1024 => Some(3),
        2048 => Some(4),
        4096 => Some(5),
        _ => None,
    }
}
pub fn mtu_bytes(e: u8) -> Option<u32> {
    (1..=5).contains(&e).then(|| 128u32 << e)
}

#[derive(Debug, thiserror::Error)]
pub enum OobError {
    #[error("perftest connection: {0}")]
    Io(#[from] io::Error),
    #[error("perftest connection closed by the peer during {0}")]
    Closed(&'static str),
    #[error("peer perftest version {0:?} is older than {MIN_PEER_VERSION} (perftest 4.5 refuses it too)")]
    OldVersion(String),
    #[error("malformed {what} from the peer: {got:?}")]
    Malformed { what: &'static str, got: String },
}

pub type Result<T> = std::result::Result<T, OobError>;

/// One side of a connection as perftest describes it (`struct pingpong_dest`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Dest {
    pub lid: u16,
    pub out_reads: u32,
    pub qpn: u32,
    pub psn: u32,
    pub rkey: u32,
    pub vaddr: u64,
    pub gid: [u8; 16],
    pub srqn: u32,
}

/// The RoCEv2 GID of an IPv4 address: `::ffff:a.b.c.d`.
pub fn ipv4_gid(ip: Ipv4Addr) -> [u8; 16] {
    ip.to_ipv6_mapped().octets()
}

impl Dest {
    /// The record perftest's `ethernet_write_keys` sends (`KEY_PRINT_FMT_GID` + NUL).
    pub fn encode(&self) -> [u8; DEST_LEN] {
        let mut s = format!(
            "{:04x}:{:04x}:{:06x}:{:06x}:{:08x}:{:016x}:",
            self.lid, self.out_reads, self.qpn, self.psn, self.rkey, self.vaddr
        );
        for b in self.gid {
            s.push_str(&format!("{b:02x}:"));
        }
        s.push_str(&format!("{:08x}:", self.srqn));
        let mut out = [0u8; DEST_LEN];
        let n = s.len().min(DEST_LEN - 1);
        out[..n].copy_from_slice(&s.as_bytes()[..n]);
        out
    }

    /// Parse a record the way `ethernet_read_keys` does: colon-separated hex fields.
    pub fn decode(msg: &[u8]) -> Result<Dest> {
        let text = msg.split(|&b| b == 0).next().unwrap_or(&[]);
        let text = std::str::from_utf8(text).map_err(|_| bad("hand-shake record", msg))?;
        let f: Vec<&str> = text.split(':').collect();
        // 6 fields, 16 GID bytes, SRQN, and the empty tail after the last colon.
        if f.len() < 23 {
            return Err(bad("hand-shake record", msg));
        }
        let hex = |s: &str| u64::from_str_radix(s, 16).map_err(|_| bad("hand-shake record", msg));
        let mut gid = [0u8; 16];
        for (i, g) in gid.iter_mut().enumerate() {
            *g = hex(f[6 + i])? as u8;
        }
        Ok(Dest {
            lid: hex(f[0])? as u16,
            out_reads: hex(f[1])? as u32,
            qpn: hex(f[2])? as u32,
            psn: hex(f[3])? as u32,
            rkey: hex(f[4])? as u32,
            vaddr: hex(f[5])?,
            gid,
            srqn: hex(f[22])? as u32,
        })
    }

    /// The IPv4 address of an IPv4-mapped GID (`::ffff:a.b.c.d`).
    pub fn ipv4(&self) -> Option<Ipv4Addr> {
        std::net::Ipv6Addr::from(self.gid).to_ipv4_mapped()
    }
}

fn bad(what: &'static str, got: &[u8]) -> OobError {
    OobError::Malformed { what, got: String::from_utf8_lossy(got).into_owned() }
}

/// A bandwidth report (`struct bw_report_data` as `xchg_bw_reports` sends it to a
/// peer of version >= 5.33).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct BwReport {
    pub size: u64,
    pub iters: u64,
    /// MB/s (perftest's MB are 2^20 bytes).
    pub bw_peak: f64,
    pub bw_avg: f64,
    /// Millions of messages per second.
    pub msg_rate: f64,
}

/// Which end of the TCP connection we are: perftest's client writes first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Server,
    Client,
}

/// The exchange over one connected stream.
pub struct Oob<S> {
    stream: S,
    side: Side,
}

impl Oob<TcpStream> {
    pub fn tcp(stream: TcpStream, side: Side) -> Result<Self> {
        stream.set_nodelay(true)?;
        Ok(Oob { stream, side })
    }
}

impl<S: Read + Write> Oob<S> {
    pub fn new(stream: S, side: Side) -> Self {
        Oob { stream, side }
    }

    pub fn side(&self) -> Side {
        self.side
    }

    pub fn into_inner(self) -> S {
        self.stream
    }

    fn read_msg(&mut self, buf: &mut [u8], what: &'static str) -> Result<()> {
        self.stream.read_exact(buf).map_err(|e| match e.kind() {
            io::ErrorKind::UnexpectedEof | io::ErrorKind::ConnectionReset => OobError::Closed(what),
            _ => OobError::Io(e),
        })
    }

    fn write_msg(&mut self, msg: &[u8]) -> Result<()> {
        // One write: perftest reads each message with a single read().
        self.stream.write_all(msg)?;
        self.stream.flush()?;
        Ok(())
    }

    /// `ctx_xchg_data`: same-size messages, the client first.
    pub fn xchg(&mut self, mine: &[u8], what: &'static str) -> Result<Vec<u8>> {
        let mut theirs = vec![0u8; mine.len()];
        match self.side {
            Side::Client => {
                self.write_msg(mine)?;
                self.read_msg(&mut theirs, what)?;
            }
            Side::Server => {
                self.read_msg(&mut theirs, what)?;
                self.write_msg(mine)?;
            }
        }
        Ok(theirs)
    }

    /// `exchange_versions` + `check_version_compatibility`: the peer's version string.
    pub fn versions(&mut self) -> Result<String> {
        let mut mine = [0u8; VERSION_LEN];
        mine[..VERSION.len()].copy_from_slice(VERSION.as_bytes());
        let theirs = self.xchg(&mine, "the version exchange")?;
        let v = String::from_utf8_lossy(theirs.split(|&b| b == 0).next().unwrap_or(&[])).into_owned();
        match leading_float(&v) {
            Some(x) if x >= MIN_PEER_VERSION => Ok(v),
            _ => Err(OobError::OldVersion(v)),
        }
    }

    /// `check_sys_data`: (cycle buffer, cache line size), each the max of both sides.
    pub fn sys_data(&mut self, cycle_buffer: u32, cache_line: u32) -> Result<(u32, u32)> {
        let a = self.xchg(&cycle_buffer.to_be_bytes(), "the page size exchange")?;
        let b = self.xchg(&cache_line.to_be_bytes(), "the cache line exchange")?;
        let a = u32::from_be_bytes(a[..4].try_into().unwrap());
        let b = u32::from_be_bytes(b[..4].try_into().unwrap());
        // perftest compares them as ints.
        Ok(((a as i32).max(cycle_buffer as i32) as u32, (b as i32).max(cache_line as i32) as u32))
    }

    /// `check_mtu`: offer `mtu_bytes`, return the path MTU both sides will use (the
    /// smaller offer; an invalid one from the peer is ignored, as perftest does).
    pub fn mtu(&mut self, mtu_bytes_offered: u32) -> Result<u32> {
        let e = mtu_enum(mtu_bytes_offered).ok_or_else(|| bad("local MTU", mtu_bytes_offered.to_string().as_bytes()))?;
        let theirs = self.xchg(&[b'0' + e, 0], "the MTU exchange")?;
        let digits: String = theirs.iter().take_while(|b| b.is_ascii_digit()).map(|&b| b as char).collect();
        let rem: u8 = digits.parse().unwrap_or(0);
        let chosen = if (1..=5).contains(&rem) && e > rem { rem } else { e };
        Ok(mtu_bytes(chosen).expect("1..=5"))
    }

    /// `ctx_hand_shake`: send ours, get theirs.
    pub fn hand_shake(&mut self, mine: &Dest) -> Result<Dest> {
        let theirs = self.xchg(&mine.encode(), "a hand shake")?;
        Dest::decode(&theirs)
    }

    /// `xchg_bw_reports` with a peer of version >= 5.33 (8-byte iteration count).
    pub fn bw_reports(&mut self, mine: &BwReport) -> Result<BwReport> {
        let size = self.xchg(&mine.size.to_be_bytes(), "the report exchange")?;
        let iters = self.xchg(&mine.iters.to_be_bytes(), "the report exchange")?;
        let peak = self.xchg(&mine.bw_peak.to_bits().to_be_bytes(), "the report exchange")?;
        let avg = self.xchg(&mine.bw_avg.to_bits().to_be_bytes(), "the report exchange")?;
        let rate = self.xchg(&mine.msg_rate.to_bits().to_be_bytes(), "the report exchange")?;
        let u = |v: Vec<u8>| u64::from_be_bytes(v[..8].try_into().unwrap());
        Ok(BwReport {
            size: u(size),
            iters: u(iters),
            bw_peak: f64::from_bits(u(peak)),
            bw_avg: f64::from_bits(u(avg)),
            msg_rate: f64::from_bits(u(rate)),
        })
    }

    /// `ctx_close_connection`: a last hand shake, then `"done\0"` (written by both
    /// sides without waiting; the peer's is read if it arrives).
    pub fn close(&mut self, mine: &Dest) -> Result<()> {
        self.hand_shake(mine)?;
        self.write_msg(b"done\0")?;
        let mut done = [0u8; 5];
        // The peer closes right after writing; its "done" is a courtesy.
        let _ = self.stream.read_exact(&mut done);
        Ok(())
    }
}

/// `atof` of a version string: the leading decimal number.
fn leading_float(s: &str) -> Option<f64> {
    let end = s.find(|c: char| !(c.is_ascii_digit() || c == '.')).unwrap_or(s.len());
    s[..end].parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::VecDeque;

    /// TCP payloads of a real `ib_write_bw -s 4096 -n 20` (perftest 4.5, rxe on both
    /// sides, 10.0.0.1 server, 10.0.0.2 client), in order: (from client?, hex).
    const CAPTURE: &[(bool, &str)] = &[
        (true, "362e3036000000000000000000000000"),
        (false, "362e3036000000000000000000000000"),
        (true, "00001000"),
        (false, "00001000"),
        (true, "00000040"),
        (false, "00000040"),
        (true, "3300"),
        (false, "3300"),
        (true, CLIENT_DEST),
        (false, SERVER_DEST),
        (true, CLIENT_DEST),
        (false, SERVER_DEST),
        (true, CLIENT_DEST),
        (false, SERVER_DEST),
        (true, CLIENT_DEST),
        (false, SERVER_DEST),
        (true, "0000000000001000"),
        (false, "00007fff83297774"),
        (true, "0000000000000014"),
        (false, "00007f2ec0ce811a"),
        (true, "4019197e97bbee6d"),
        (false, "0000000000000006"),
        (true, "40152b897149b6e9"),
        (false, "00007fff83313300"),
        (true, "3f5632cbdae18141"),
        (false, "00007fff83297774"),
        (true, CLIENT_DEST),
        (false, SERVER_DEST),
        (false, "646f6e6500"),
        (true, "646f6e6500"),
    ];
    // "0000:0001:000011:95eb6c:0000028a:0000558bdc1ba000:00:...:ff:ff:0a:00:00:02:00000000:\0"
    const CLIENT_DEST: &str = "303030303a303030313a3030303031313a3935656236633a30303030303238613a303030303535386264633162613030303a30303a30303a30303a30303a30303a30303a30303a30303a30303a30303a66663a66663a30613a30303a30303a30313a30303030303030303a00";
    const SERVER_DEST: &str = "303030303a303030313a3030303031313a3935656236633a30303030303230303a303030303536353435366138313030303a30303a30303a30303a30303a30303a30303a30303a30303a30303a30303a66663a66663a30613a30303a30303a30323a30303030303030303a00";

    fn unhex(s: &str) -> Vec<u8> {
        (0..s.len()).step_by(2).map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap()).collect()
    }

    /// A stream that serves the other side's messages and records what we write.
    struct Scripted {
        rx: VecDeque<u8>,
        tx: Vec<u8>,
    }
    impl Read for Scripted {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            let n = buf.len().min(self.rx.len());
            for b in buf.iter_mut().take(n) {
                *b = self.rx.pop_front().unwrap();
            }
            Ok(n)
        }
    }
    impl Write for Scripted {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            self.tx.extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    fn script(from_client: bool) -> Vec<u8> {
        CAPTURE.iter().filter(|(c, _)| *c == from_client).flat_map(|(_, h)| unhex(h)).collect()
    }

    #[test]
    fn records_match_the_capture() {
        let c = Dest::decode(&unhex(CLIENT_DEST)).unwrap();
        assert_eq!((c.lid, c.out_reads, c.qpn, c.psn, c.rkey, c.vaddr, c.srqn), (0, 1, 0x11, 0x95eb6c, 0x28a, 0x558b_dc1b_a000, 0));
        assert_eq!(c.ipv4(), Some(Ipv4Addr::new(10, 0, 0, 1)));
        assert_eq!(c.gid, ipv4_gid(Ipv4Addr::new(10, 0, 0, 1)));
        assert_eq!(c.encode().to_vec(), unhex(CLIENT_DEST));
        let s = Dest::decode(&unhex(SERVER_DEST)).unwrap();
        assert_eq!((s.rkey, s.vaddr), (0x200, 0x5654_56a8_1000));
        assert_eq!(s.ipv4(), Some(Ipv4Addr::new(10, 0, 0, 2)));
        assert_eq!(s.encode().to_vec(), unhex(SERVER_DEST));
        assert_eq!(s.encode().len(), DEST_LEN);
        // Widths are minimums, as with printf: a 64-bit QPN field never truncates.
        let big = Dest { qpn: 0xFF_FFFF, psn: 0xFF_FFFF, rkey: u32::MAX, vaddr: u64::MAX, ..s };
        assert_eq!(Dest::decode(&big.encode()).unwrap(), big);
    }

    #[test]
    fn malformed_records_are_errors_not_panics() {
        for m in [&b""[..], b"0000:0001", b"zz:0001:000011:95eb6c:0000028a:0000558bdc1ba000:", &[0xFF; DEST_LEN]] {
            assert!(Dest::decode(m).is_err(), "{m:?}");
        }
    }

    /// Play the client's side of the capture against the recorded server bytes: what
    /// we write must be exactly what perftest's client wrote.
    #[test]
    fn client_side_reproduces_the_capture() {
        let mut o = Oob::new(Scripted { rx: script(false).into(), tx: Vec::new() }, Side::Client);
        assert_eq!(o.versions().unwrap(), "6.06");
        assert_eq!(o.sys_data(4096, 64).unwrap(), (4096, 64));
        assert_eq!(o.mtu(1024).unwrap(), 1024);
        let me = Dest::decode(&unhex(CLIENT_DEST)).unwrap();
        for _ in 0..4 {
            let peer = o.hand_shake(&me).unwrap();
            assert_eq!(peer.vaddr, 0x5654_56a8_1000);
        }
        let mine = BwReport {
            size: 4096,
            iters: 20,
            bw_peak: f64::from_bits(0x4019197e97bbee6d),
            bw_avg: f64::from_bits(0x40152b897149b6e9),
            msg_rate: f64::from_bits(0x3f5632cbdae18141),
        };
        let theirs = o.bw_reports(&mine).unwrap();
        assert_eq!(theirs.size, 0x7fff83297774); // the server never measured: garbage
        o.close(&me).unwrap();
        assert_eq!(o.into_inner().tx, script(true));
        // And the numbers are the client's result: ~6.3 MB/s peak, ~5.3 average.
        assert!((mine.bw_peak - 6.27).abs() < 0.01 && (mine.bw_avg - 5.29).abs() < 0.01, "{mine:?}");
    }

    #[test]
    fn server_side_reproduces_the_capture() {
        let mut o = Oob::new(Scripted { rx: script(true).into(), tx: Vec::new() }, Side::Server);
        o.versions().unwrap();
        o.sys_data(4096, 64).unwrap();
        assert_eq!(o.mtu(1024).unwrap(), 1024);
        let me = Dest::decode(&unhex(SERVER_DEST)).unwrap();
        for _ in 0..4 {
            assert_eq!(o.hand_shake(&me).unwrap().qpn, 0x11);
        }
        let garbage = BwReport {
            size: 0x7fff83297774,
            iters: 0x7f2ec0ce811a,
            bw_peak: f64::from_bits(6),
            bw_avg: f64::from_bits(0x7fff83313300),
            msg_rate: f64::from_bits(0x7fff83297774),
        };
        let client = o.bw_reports(&garbage).unwrap();
        assert_eq!((client.size, client.iters), (4096, 20));
        o.close(&me).unwrap();
        assert_eq!(o.into_inner().tx, script(false));
    }

    #[test]
    fn mtu_takes_the_smaller_valid_offer() {
        let run = |ours: u32, theirs: &[u8]| {
            let mut o = Oob::new(Scripted { rx: theirs.to_vec().into(), tx: Vec::new() }, Side::Server);
            let m = o.mtu(ours).unwrap();
            (m, o.into_inner().tx)
        };
        assert_eq!(run(4096, b"3\0"), (1024, b"5\0".to_vec()));
        assert_eq!(run(1024, b"5\0"), (1024, b"3\0".to_vec()));
        assert_eq!(run(4096, b"5\0"), (4096, b"5\0".to_vec()));
        assert_eq!(run(2048, b"9\0"), (2048, b"4\0".to_vec()));
    }

    #[test]
    fn old_peers_are_refused() {
        let mut v = [0u8; 16];
        v[..4].copy_from_slice(b"5.60");
        let mut o = Oob::new(Scripted { rx: v.to_vec().into(), tx: Vec::new() }, Side::Server);
        assert!(matches!(o.versions(), Err(OobError::OldVersion(s)) if s == "5.60"));
        let mut o = Oob::new(Scripted { rx: VecDeque::new(), tx: Vec::new() }, Side::Server);
        assert!(matches!(o.versions(), Err(OobError::Closed(_))));
    }
}
