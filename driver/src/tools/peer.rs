//! `openrnic peer`: the simulated card as the other end of a real Linux perftest.
//!
//! One simulated card whose Ethernet port is a QEMU `-netdev dgram` socket (every
//! frame one UDP datagram), so a guest running Soft-RoCE (`rdma_rxe`) sees openrnic on
//! its wire. The card's shell answers ARP and ping; the driver opens the card with the
//! verbs API, does perftest's TCP exchange ([`super::oob`]) as server or client, and
//! plays perftest's part in `ib_write_bw`, `ib_send_bw` and `ib_write_lat`:
//!
//! - write_bw: as server a passive target (registered memory, then wait for the
//!   client's "done"); as client it posts the RDMA WRITEs and sends its report, which
//!   perftest's server prints.
//! - send_bw: as server it posts a receive per message and waits for them; as client
//!   it posts the SENDs.
//! - write_lat: ping-pong of RDMA WRITEs, each side polling the last byte of its
//!   buffer for the peer's iteration count (the server writes first).
//!
//! With `--pcap` every frame on the wire is captured, and after each test the
//! payload is checked against it: what the peer wrote or sent must be exactly what
//! landed in openrnic's memory (and nothing outside the target range changed), and
//! every data packet openrnic sent must carry its buffer's pattern.
//!
//! Several tests run in one invocation (one perftest connection each), so a guest can
//! boot once and run a list: `openrnic peer write_bw:65536 send_bw:5000 write_lat`.

use super::bench::{self, BwOp, LatOp};
use super::common::fill_pattern;
use super::oob::{self, BwReport, Dest, Oob, Side};
use crate::backend::sim::SimBackend;
use crate::verbs::{
    AddressVector, CompletionQueue, Counters, Device, MemoryRegion, Mtu, ProtectionDomain, QpAttr, QpInitAttr, QueuePair, RecvWr,
    SendOp, SendWr, WcOpcode, WcStatus, WorkCompletion,
};
use openrnic_contract::regs;
use openrnic_contract::wire::{opcode, RoceFrame};
use openrnic_sim::wire::{ArpResponder, DgramPort, PcapReader, PcapWriter, TsResolution, ENGINE_CLOCK_HZ};
use openrnic_sim::mac::MacConfig;
use openrnic_sim::world::{DgramFaults, Port, Sim, World, WorldConfig};
use std::io::{Read, Write};
use std::net::{Ipv4Addr, SocketAddr, TcpListener, TcpStream, UdpSocket};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

type Result<T> = super::Result<T>;

/// The perftest programs openrnic can pair with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TestKind {
    WriteBw,
    SendBw,
    WriteLat,
}

impl TestKind {
    pub fn name(self) -> &'static str {
        match self {
            TestKind::WriteBw => "write_bw",
            TestKind::SendBw => "send_bw",
            TestKind::WriteLat => "write_lat",
        }
    }
    fn is_bw(self) -> bool {
        self != TestKind::WriteLat
    }
}

/// One test: `name[:size[:iters]]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TestSpec {
    pub kind: TestKind,
    pub size: Option<u32>,
    pub iters: Option<u64>,
}

pub fn parse_spec(s: &str) -> std::result::Result<TestSpec, String> {
    let mut it = s.split(':');
    let kind = match it.next().unwrap_or("") {
        "write_bw" | "ib_write_bw" => TestKind::WriteBw,
        "send_bw" | "ib_send_bw" => TestKind::SendBw,
        "write_lat" | "ib_write_lat" => TestKind::WriteLat,
        "read_bw" | "read_lat" | "ib_read_bw" | "ib_read_lat" => {
            return Err("RDMA READ is not implemented by the engine yet (CAP_FEATURES has no READ)".into())
        }
        other => return Err(format!("unknown test {other:?}: use write_bw, send_bw or write_lat, optionally :SIZE[:ITERS]")),
    };
    let num = |v: Option<&str>, what: &str| -> std::result::Result<Option<u64>, String> {
        match v {
            None | Some("") => Ok(None),
            Some(v) => v.parse::<u64>().map(Some).map_err(|_| format!("bad {what} {v:?} in {s:?}")),
        }
    };
    let size = num(it.next(), "size")?;
    let iters = num(it.next(), "iteration count")?;
    if it.next().is_some() {
        return Err(format!("too many fields in {s:?}: NAME[:SIZE[:ITERS]]"));
    }
    let size = match size {
        Some(v) if v == 0 || v > 1 << 30 => return Err(format!("size {v} not in 1..=2^30")),
        v => v.map(|v| v as u32),
    };
    if iters == Some(0) {
        return Err("iteration count must be at least 1".into());
    }
    if kind == TestKind::WriteLat && iters == Some(1) {
        return Err("write_lat needs at least 2 iterations (perftest reports deltas)".into());
    }
    Ok(TestSpec { kind, size, iters })
}

/// A loss probability for `--loss`: 0 <= P < 1.
fn parse_loss(s: &str) -> std::result::Result<f64, String> {
    let p: f64 = s.parse().map_err(|_| format!("bad loss probability {s:?}: a number, 0 <= P < 1 (e.g. 0.02)"))?;
    if !(0.0..1.0).contains(&p) {
        return Err(format!("loss probability {s} is not within 0 <= P < 1"));
    }
    Ok(p)
}

fn parse_mac(s: &str) -> std::result::Result<[u8; 6], String> {
    let v: Vec<u8> = s.split(':').map(|b| u8::from_str_radix(b, 16)).collect::<std::result::Result<_, _>>().map_err(|_| format!("bad MAC {s:?}"))?;
    v.try_into().map_err(|_| format!("bad MAC {s:?}: need 6 bytes"))
}

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Tests to pair with, in order, one perftest connection each: write_bw, send_bw
    /// or write_lat, each optionally :SIZE[:ITERS] (e.g. write_bw:65536:100).
    #[arg(required = true, value_parser = parse_spec)]
    pub tests: Vec<TestSpec>,
    /// Be perftest's client: connect to the guest's server here (e.g. a QEMU hostfwd).
    /// Port 0 reserves a free port, prints it (PEER-PORTS tcp=) and connects to it,
    /// retrying until the guest's server listens.
    #[arg(long, value_name = "ADDR:PORT")]
    pub connect: Option<SocketAddr>,
    /// Be perftest's server (the default), listening here; port 0 picks a free one.
    #[arg(long, value_name = "ADDR:PORT", default_value = "127.0.0.1:0")]
    pub listen: SocketAddr,
    /// Our end of the guest's dgram cable: the UDP address QEMU sends frames to
    /// (its `remote`). Port 0 picks a free one.
    #[arg(long, value_name = "ADDR:PORT", default_value = "127.0.0.1:0")]
    pub wire: SocketAddr,
    /// The guest's end: QEMU's `-netdev dgram` `local` address. Port 0 reserves a
    /// free port for QEMU to bind (printed as PEER-PORTS guest=).
    #[arg(long, value_name = "ADDR:PORT", default_value = "127.0.0.1:0")]
    pub guest: SocketAddr,
    /// The card's IPv4 address on the wire.
    #[arg(long, default_value = "10.0.0.2")]
    pub ip: Ipv4Addr,
    /// The card's MAC address.
    #[arg(long, default_value = "02:4f:52:4e:49:02", value_parser = parse_mac)]
    pub mac: [u8; 6],
    /// Default message size (-s): 65536 for bandwidth tests, 2 for latency.
    #[arg(short = 's', long)]
    pub size: Option<u32>,
    /// Default iteration count (-n); 5000 for write_bw, 1000 for the others (perftest's).
    #[arg(short = 'n', long)]
    pub iters: Option<u64>,
    /// Largest path MTU to offer (-m); the smaller of both sides' offers is used.
    #[arg(short = 'm', long, default_value_t = 4096)]
    pub mtu: u32,
    /// Send WRs kept outstanding by the bandwidth client (-t).
    #[arg(short = 't', long, default_value_t = 128)]
    pub tx_depth: u32,
    /// Receive WRs kept posted by the send_bw server.
    #[arg(long, default_value_t = 512)]
    pub rx_depth: u32,
    /// Capture every frame on the wire here, and check payloads against it.
    #[arg(long)]
    pub pcap: Option<PathBuf>,
    /// Requester ACK timeout in engine cycles. A Linux peer answers in wall-clock time
    /// while the simulated clock runs at most ~1.3 M cycles/s (hardware: 156 M), so the
    /// default 2^22 is at least ~3 s of real time: a slow emulated guest is not mistaken
    /// for a lost packet. 0 disables the timer.
    #[arg(long, default_value_t = 1 << 22)]
    pub ack_timeout: u32,
    /// Give up on one test (connection, exchange and run) after this many seconds.
    #[arg(long, default_value_t = 120)]
    pub timeout: u64,
    /// Make the wire lossy: every frame, each way (guest -> card and card -> guest),
    /// is lost with probability P (0 <= P < 1). The capture (--pcap) records what
    /// reached the card and what left toward the guest; lost frames are not in it.
    #[arg(long, value_name = "P", default_value_t = 0.0, value_parser = parse_loss)]
    pub loss: f64,
    /// Seed of the --loss decisions (each direction draws its own stream from it).
    #[arg(long, value_name = "N", default_value_t = 1)]
    pub loss_seed: u64,
}

/// What one test measured and checked.
#[derive(Debug, Clone, Default)]
pub struct Outcome {
    pub test: String,
    pub role: &'static str,
    pub size: u32,
    pub iters: u64,
    pub mtu: u32,
    pub secs: f64,
    /// MB/s (2^20) as this side measured it (bw tests), or the client's report (write_bw server).
    pub bw_avg: f64,
    pub bw_peak: f64,
    /// Median one-way latency in microseconds (write_lat).
    pub lat_typical_us: f64,
    pub checked: Option<String>,
    pub counters: Counters,
}

pub fn run(a: Args) -> Result<()> {
    let peer = Peer::start(&a)?;
    let mut outcomes = Vec::new();
    let mut failed = None;
    for (i, spec) in a.tests.iter().enumerate() {
        match peer.run_test(&a, spec, i) {
            Ok(o) => outcomes.push(o),
            Err(e) => {
                failed = Some(format!("{} (test {} of {}): {e}", spec.kind.name(), i + 1, a.tests.len()));
                break;
            }
        }
    }
    let total = peer.dev.counters()?;
    println!("openrnic counters at the end:");
    for (name, v) in total.iter().filter(|(_, v)| *v != 0) {
        println!("  {name:<24} {v}");
    }
    let stats = peer.dgram_stats();
    println!("dgram port: {stats}");
    match failed {
        Some(e) => {
            println!("PEER-FAIL {e}");
            Err(e.into())
        }
        None => {
            let (din, dout) = peer.dropped();
            println!(
                "PEER-DONE tests={} retransmits={} rx_duplicate={} naks_sent={} dropped_in={din} dropped_out={dout}",
                outcomes.len(),
                total.retransmits,
                total.rx_duplicate,
                total.nak_seq_sent + total.rnr_nak_sent + total.nak_access_sent + total.nak_invalid_sent
            );
            Ok(())
        }
    }
}

/// The simulated card on its wire, and the TCP side of perftest.
struct Peer {
    sim: Sim,
    dev: Device,
    ip: Ipv4Addr,
    listener: Option<TcpListener>,
    connect: Option<SocketAddr>,
}

/// A free port on `ip` right now (bind port 0 and let go). The next user binds it a
/// moment later; on loopback nothing else is likely to take it in between.
fn reserve_udp(addr: SocketAddr) -> Result<SocketAddr> {
    if addr.port() != 0 {
        return Ok(addr);
    }
    Ok(UdpSocket::bind(addr)?.local_addr()?)
}
fn reserve_tcp(addr: SocketAddr) -> Result<SocketAddr> {
    if addr.port() != 0 {
        return Ok(addr);
    }
    Ok(TcpListener::bind(addr)?.local_addr()?)
}

fn fmt_mac(m: &[u8; 6]) -> String {
    m.iter().map(|b| format!("{b:02x}")).collect::<Vec<_>>().join(":")
}

impl Peer {
    fn start(a: &Args) -> Result<Peer> {
        if oob::mtu_enum(a.mtu).is_none() {
            return Err(format!("--mtu {} is not a path MTU (256, 512, 1024, 2048 or 4096)", a.mtu).into());
        }
        let guest = reserve_udp(a.guest)?;
        let port = DgramPort::bind(a.wire, guest).map_err(|e| format!("binding the wire socket {}: {e}", a.wire))?;
        let wire = port.local_addr()?;
        let (listener, connect) = match a.connect {
            Some(c) => (None, Some(reserve_tcp(c)?)),
            None => {
                let l = TcpListener::bind(a.listen).map_err(|e| format!("listening on {}: {e}", a.listen))?;
                l.set_nonblocking(true)?;
                (Some(l), None)
            }
        };
        let tcp = match (&listener, connect) {
            (Some(l), _) => l.local_addr()?,
            (None, Some(c)) => c,
            _ => unreachable!(),
        };
        // The line harnesses parse: start QEMU with local.port=guest, remote.port=wire.
        println!("PEER-PORTS wire={} guest={} tcp={}", wire.port(), guest.port(), tcp.port());
        println!(
            "openrnic peer: card {} ({}) on udp {wire} <-> guest udp {guest}; perftest {} tcp {tcp}; rcvbuf {} KiB",
            a.ip,
            fmt_mac(&a.mac),
            if connect.is_some() { "client to" } else { "server on" },
            port.rcvbuf() / 1024
        );
        std::io::stdout().flush()?;

        // The guest's virtual link has no flow control (no pause frames, no PFC) and the
        // legacy engine runs below the wire rate, so behind a real shell's 32 KiB RX FIFO a
        // 64 KiB perftest message overflows it and go-back-N recovers. Interop checks the
        // protocol on a clean link, so the peer's card gets a deep FIFO; the FIFO's drops
        // are measured in the engine tests and `openrnic perf -b` instead.
        let mac = MacConfig { rx_fifo_bytes: 16 << 20, ..MacConfig::default() };
        let mut world = World::new(WorldConfig { cards: 1, mac, ..WorldConfig::default() })?;
        let pcap = match &a.pcap {
            Some(p) => Some(PcapWriter::create(p, TsResolution::Nano, ENGINE_CLOCK_HZ).map_err(|e| format!("creating {}: {e}", p.display()))?),
            None => None,
        };
        let faults = if a.loss > 0.0 {
            println!("openrnic peer: lossy wire, loss {} each way, seed {}", a.loss, a.loss_seed);
            Some(DgramFaults::loss(a.loss, a.loss_seed)?)
        } else {
            None
        };
        world.ports[0] = Port::Dgram { port, shell: ArpResponder::new(a.mac, a.ip), pcap, faults };
        let sim = Sim::start(world);
        let dev = Device::open(Arc::new(SimBackend::new(&sim, 0)?))?;
        dev.set_address(a.mac, a.ip)?;
        dev.set_ack_timeout(a.ack_timeout)?;
        // Announce ourselves, as Linux does when an address comes up.
        let p = Peer { sim, dev, ip: a.ip, listener, connect };
        p.send_raw(|shell| shell.announce());
        Ok(p)
    }

    /// Send a frame the shell builds (ARP) out of the card's port, capturing it.
    fn send_raw(&self, f: impl FnOnce(&ArpResponder) -> Vec<u8>) {
        let mut w = self.sim.lock();
        let now = w.cycle();
        if let Port::Dgram { shell, .. } = &w.ports[0] {
            let frame = f(shell);
            w.ports[0].dgram_send(now, frame);
        }
    }

    /// Frames the lossy wire dropped so far: (on their way to the card, toward the guest).
    fn dropped(&self) -> (u64, u64) {
        match self.sim.lock().ports[0].dgram_faults() {
            Some((i, o)) => (i.dropped, o.dropped),
            None => (0, 0),
        }
    }

    fn dgram_stats(&self) -> String {
        let w = self.sim.lock();
        match &w.ports[0] {
            Port::Dgram { port, .. } => {
                let s = port.stats();
                let mut t = format!("rx {} frames {} B, tx {} frames {} B, foreign {}, errors {}", s.rx_frames, s.rx_bytes, s.tx_frames, s.tx_bytes, s.rx_foreign, s.rx_errors);
                if let Some((i, o)) = w.ports[0].dgram_faults() {
                    t += &format!("; lossy wire dropped {} of {} frames to the card, {} of {} toward the guest", i.dropped, i.sent, o.dropped, o.sent);
                }
                t
            }
            _ => "none".into(),
        }
    }

    /// Frames captured so far (flushing the file), if capturing.
    fn pcap_mark(&self) -> Option<u64> {
        let mut w = self.sim.lock();
        match &mut w.ports[0] {
            Port::Dgram { pcap: Some(p), .. } => {
                let _ = p.flush();
                Some(p.frames())
            }
            _ => None,
        }
    }

    /// The guest's MAC for `ip`: from the ARP it sent us, or by asking.
    fn resolve(&self, ip: Ipv4Addr, deadline: Instant) -> Result<[u8; 6]> {
        let mut asked: Option<Instant> = None;
        loop {
            if let Some(mac) = self.sim.lock().neighbor(0, ip) {
                return Ok(mac);
            }
            if asked.is_none_or(|t| t.elapsed() > Duration::from_millis(500)) {
                self.send_raw(|shell| shell.request(ip));
                asked = Some(Instant::now());
            }
            if Instant::now() > deadline {
                return Err(format!("no ARP answer from {ip}: is the guest's eth0 up on this wire?").into());
            }
            std::thread::sleep(Duration::from_millis(5));
        }
    }

    /// One perftest connection, as server or client.
    fn connect_oob(&self, deadline: Instant) -> Result<Oob<TcpStream>> {
        if let Some(l) = &self.listener {
            loop {
                match l.accept() {
                    Ok((s, from)) => {
                        s.set_nonblocking(false)?;
                        println!("perftest client connected from {from}");
                        return Ok(Oob::tcp(s, Side::Server)?);
                    }
                    Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {}
                    Err(e) => return Err(e.into()),
                }
                if Instant::now() > deadline {
                    return Err("no perftest client connected in time".into());
                }
                std::thread::sleep(Duration::from_millis(20));
            }
        }
        unreachable!("connect_oob is only for the server side")
    }

    fn run_test(&self, a: &Args, spec: &TestSpec, index: usize) -> Result<Outcome> {
        let deadline = Instant::now() + Duration::from_secs(a.timeout);
        let kind = spec.kind;
        let size = spec.size.or(a.size).unwrap_or(if kind.is_bw() { 65536 } else { 2 });
        let iters = spec.iters.or(a.iters).unwrap_or(if kind == TestKind::WriteBw { 5000 } else { 1000 });
        let role = if self.connect.is_some() { "client" } else { "server" };
        println!("PEER-TEST-BEGIN {} {} size={size} iters={iters} ({} of {})", kind.name(), role, index + 1, a.tests.len());
        let before = self.dev.counters()?;
        let dropped_before = self.dropped();
        let mark = self.pcap_mark();

        // ---- the perftest connection and the parameter exchange ----
        let (mut oob, version) = match self.connect {
            None => {
                let mut o = self.connect_oob(deadline)?;
                let v = o.versions()?;
                (o, v)
            }
            // The client's version exchange doubles as the check that the server is up.
            Some(addr) => connect_with_retry(addr, deadline)?,
        };
        let (cycle_buffer, cache_line) = oob.sys_data(page_size(), 64)?;
        let mtu = oob.mtu(a.mtu)?;
        println!("perftest peer version {version}, cycle buffer {cycle_buffer}, cache line {cache_line}, path MTU {mtu}");

        // ---- resources, as perftest lays them out ----
        let buff = (size as usize).max(cycle_buffer as usize);
        let slots = if kind == TestKind::SendBw && role == "server" { recv_slots(size as usize, iters) } else { 1 };
        let recv_len = if slots > 1 { slots * size as usize } else { buff };
        let guard = 4096;
        let psn = random_psn();
        let mut res = Resources::new(&self.dev, buff + recv_len + guard, a, iters)?;
        res.fill_patterns(buff, psn as u64 ^ ((index as u64) << 32));
        if kind == TestKind::WriteLat {
            // perftest zeroes write_lat buffers; the byte we poll must not start at 1.
            res.mr.as_mut_slice()[buff + size as usize - 1] = 0;
        }
        let initial_recv: Vec<u8> = res.mr.as_slice()[buff..].to_vec();
        let me = Dest {
            lid: 0,
            out_reads: 1,
            qpn: res.qp.qp_num(),
            psn,
            rkey: res.mr.rkey(),
            vaddr: res.mr.addr() + buff as u64,
            gid: oob::ipv4_gid(self.ip),
            srqn: 0,
        };

        let mut ctx = Ctx { res, me, buff, size, iters, cycle_buffer, cache_line, deadline, kind, slots, tx_depth: a.tx_depth, rx_depth: a.rx_depth };
        let mut out = Outcome { test: kind.name().into(), role, size, iters, mtu, ..Outcome::default() };

        let peer = match kind {
            TestKind::WriteLat => {
                oob.hand_shake(&ctx.me)?;
                oob.hand_shake(&ctx.me)?
            }
            _ => oob.hand_shake(&ctx.me)?,
        };
        let peer_ip = peer.ipv4().ok_or_else(|| format!("the peer's GID {:02x?} is not IPv4-mapped; run perftest with the RoCEv2 IPv4 GID (-x)", peer.gid))?;
        let mac = self.resolve(peer_ip, deadline)?;
        println!(
            " local  QPN {:#06x} PSN {:#08x} RKey {:#010x} VAddr {:#018x} GID {}",
            ctx.me.qpn, ctx.me.psn, ctx.me.rkey, ctx.me.vaddr, self.ip
        );
        println!(
            " remote QPN {:#06x} PSN {:#08x} RKey {:#010x} VAddr {:#018x} GID {peer_ip} MAC {}",
            peer.qpn,
            peer.psn,
            peer.rkey,
            peer.vaddr,
            fmt_mac(&mac)
        );
        let pmtu = Mtu::from_bytes(mtu).ok_or("negotiated MTU")?;
        let av = AddressVector { mac, ipv4: peer_ip };
        ctx.res.qp.modify(&QpAttr::rtr(pmtu, peer.qpn, peer.psn, av))?;
        ctx.res.qp.modify(&QpAttr::rts(ctx.me.psn))?;

        // The second exchange (perftest prints both sides here), then the one after RTR.
        oob.hand_shake(&ctx.me)?;
        oob.hand_shake(&ctx.me)?;

        let wall0 = Instant::now();
        let report = match (kind, role) {
            (TestKind::WriteBw, "server") => {
                // Passive target: the client writes, then tells us it is done; its
                // report (its own measurement) is the result.
                oob.hand_shake(&ctx.me)?;
                let theirs = oob.bw_reports(&BwReport::default())?;
                oob.close(&ctx.me)?;
                Report::Bw(from_perftest(&theirs, wall0.elapsed()), "the client's report (its own measurement)")
            }
            (TestKind::WriteBw, _) => {
                let r = ctx.run_bw_client(&peer, SendKind::Write)?.report(BwOp::Write, size, iters);
                oob.hand_shake(&ctx.me)?;
                // perftest's server prints what we send here as the test's result.
                oob.bw_reports(&to_perftest(&r))?;
                oob.close(&ctx.me)?;
                Report::Bw(r, "openrnic's measurement, also sent to perftest's server")
            }
            (TestKind::SendBw, "server") => {
                ctx.post_initial_recvs()?;
                oob.hand_shake(&ctx.me)?;
                let r = ctx.run_send_bw_server()?.report(BwOp::Send, size, iters);
                oob.close(&ctx.me)?;
                Report::Bw(r, "openrnic's measurement (first to last receive)")
            }
            (TestKind::SendBw, _) => {
                oob.hand_shake(&ctx.me)?;
                let r = ctx.run_bw_client(&peer, SendKind::Send)?.report(BwOp::Send, size, iters);
                oob.close(&ctx.me)?;
                Report::Bw(r, "openrnic's measurement")
            }
            (TestKind::WriteLat, _) => Report::Lat(ctx.run_write_lat(&peer, role == "server")?.report(size, iters)),
        };
        // perftest exits (closing the connection) once its last WR completed: until
        // then keep the card answering, so its final ACKs go out.
        linger(oob.into_inner(), deadline.min(Instant::now() + Duration::from_secs(10)));
        ctx.check_quiet()?;

        let after = self.dev.counters()?;
        out.counters = after.since(&before);
        let checked = match (mark, &a.pcap) {
            (Some(from), Some(path)) => {
                let to = self.pcap_mark().unwrap_or(from);
                Some(check_payload(path, from, to, &ctx, &initial_recv, self.ip, peer_ip))
            }
            _ => None,
        };
        // The report in perftest's format (bench's tables, wall-clock time: the peer is a
        // real program, so simulated cycles are not its time base).
        let receiver = matches!((kind, role), (TestKind::WriteBw | TestKind::SendBw, "server"));
        match report {
            Report::Bw(mut r, whose) => {
                println!("{} {} B x {}: {whose}", kind.name(), size, iters);
                if receiver {
                    r.verified = checked.as_ref().map(|c| c.as_ref().map(|_| ()).map_err(|e| e.to_string()));
                }
                bench::print_bw_header();
                bench::print_bw_report(&r);
                (out.secs, out.bw_avg, out.bw_peak) = (r.seconds(), r.bw_avg_mbs(), r.bw_peak_mbs());
            }
            Report::Lat(r) => {
                println!("{} {} B x {}: openrnic's measurement (one way = round trip / 2)", kind.name(), size, iters);
                bench::print_lat_header();
                bench::print_lat_report(&r);
                (out.secs, out.lat_typical_us) = (r.wall.as_secs_f64(), r.typical_us());
            }
        }
        match checked {
            Some(Ok(verdict)) => {
                println!("PEER-CHECK {} {}: {verdict}", kind.name(), role);
                out.checked = Some(verdict);
            }
            Some(Err(e)) => return Err(format!("payload check against the wire capture: {e}").into()),
            None => {}
        }
        let c = &out.counters;
        let dropped = self.dropped();
        println!(
            "PEER-RESULT test={} role={} size={} iters={} mtu={} secs={:.3} bw_avg_MBps={:.2} bw_peak_MBps={:.2} lat_typical_us={:.2} retransmits={} rx_duplicate={} nak_seq_sent={} rnr_nak_sent={} rx_naks={} rx_frames={} tx_frames={} dropped_in={} dropped_out={} checked={}",
            out.test,
            out.role,
            size,
            iters,
            mtu,
            out.secs,
            out.bw_avg,
            out.bw_peak,
            out.lat_typical_us,
            c.retransmits,
            c.rx_duplicate,
            c.nak_seq_sent,
            c.rnr_nak_sent,
            c.rx_naks,
            c.rx_frames,
            c.tx_frames,
            dropped.0 - dropped_before.0,
            dropped.1 - dropped_before.1,
            out.checked.is_some()
        );
        std::io::stdout().flush()?;
        Ok(out)
    }
}

/// perftest's cycle buffer default: the page size.
fn page_size() -> u32 {
    crate::verbs::page_size() as u32
}

/// Receive buffers for the send_bw server: one per message while that stays small,
/// so every message can be checked; else one buffer reused.
fn recv_slots(size: usize, iters: u64) -> usize {
    if (size as u64).saturating_mul(iters) <= 64 << 20 { iters as usize } else { 1 }
}

/// perftest's client retries nothing; a QEMU hostfwd accepts before the guest listens
/// and then drops the connection (EOF or reset). So: connect, exchange versions, and
/// start over only if the connection died. A live but slow server (perftest sleeps a
/// second after accepting; the guest CPU is emulated) is waited for, never dropped:
/// that would fail its test and leave the next one talking to us.
fn connect_with_retry(addr: SocketAddr, deadline: Instant) -> Result<(Oob<TcpStream>, String)> {
    let mut tries = 0;
    loop {
        tries += 1;
        let last = match TcpStream::connect_timeout(&addr, Duration::from_secs(2)) {
            Ok(s) => {
                let left = deadline.saturating_duration_since(Instant::now()).max(Duration::from_millis(1));
                s.set_read_timeout(Some(left))?;
                let mut o = Oob::tcp(s, Side::Client)?;
                match o.versions() {
                    Ok(v) => {
                        let s = o.into_inner();
                        s.set_read_timeout(None)?;
                        println!("connected to perftest server {addr} (version {v}) after {tries} attempt(s)");
                        return Ok((Oob::tcp(s, Side::Client)?, v));
                    }
                    Err(oob::OobError::Closed(_)) => "closed before the version exchange".to_string(),
                    Err(oob::OobError::Io(e)) if matches!(e.kind(), std::io::ErrorKind::ConnectionReset | std::io::ErrorKind::BrokenPipe) => e.to_string(),
                    Err(e) => return Err(format!("perftest server {addr}: {e}").into()),
                }
            }
            Err(e) => e.to_string(),
        };
        if Instant::now() > deadline {
            return Err(format!("no perftest server at {addr} ({tries} attempts; last: {last})").into());
        }
        std::thread::sleep(Duration::from_millis(300));
    }
}

/// Wait (bounded) until the peer closes the connection.
fn linger(mut s: TcpStream, until: Instant) {
    let mut buf = [0u8; 64];
    loop {
        let left = until.saturating_duration_since(Instant::now());
        if left.is_zero() || s.set_read_timeout(Some(left)).is_err() {
            return;
        }
        match s.read(&mut buf) {
            Ok(0) | Err(_) => return,
            Ok(_) => {}
        }
    }
}

fn random_psn() -> u32 {
    let t = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos() as u64).unwrap_or(0);
    let x = t ^ (std::process::id() as u64).rotate_left(29);
    // splitmix64 finaliser
    let mut z = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    ((z ^ (z >> 31)) & 0xFF_FFFF) as u32
}

/// One test's verbs objects. Field order is drop order: QP before CQ and MR.
struct Resources {
    qp: QueuePair,
    cq: CompletionQueue,
    mr: MemoryRegion,
    _pd: ProtectionDomain,
}

impl Resources {
    fn new(dev: &Device, len: usize, a: &Args, iters: u64) -> Result<Resources> {
        let pd = dev.alloc_pd()?;
        let access = regs::access::LOCAL_WRITE | regs::access::REMOTE_WRITE | regs::access::REMOTE_READ;
        let mr = pd.reg_mr(len, access)?;
        let max_wr = dev.query().max_qp_wr;
        let sq = a.tx_depth.clamp(1, max_wr);
        let rq = (a.rx_depth as u64).min(iters).clamp(1, max_wr as u64) as u32;
        let cq = dev.create_cq((sq + rq).min(max_wr), 0)?;
        let mut qp = pd.create_qp(&QpInitAttr { send_cq: &cq, recv_cq: &cq, max_send_wr: sq, max_recv_wr: rq })?;
        qp.modify(&QpAttr::init())?;
        Ok(Resources { qp, cq, mr, _pd: pd })
    }

    /// Distinct deterministic bytes in the send area and in the receive area (plus
    /// guard), so a misplaced or stray byte cannot pass the payload check.
    fn fill_patterns(&mut self, buff: usize, seed: u64) {
        let m = self.mr.as_mut_slice();
        fill_pattern(&mut m[..buff], seed);
        fill_pattern(&mut m[buff..], !seed);
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum SendKind {
    Write,
    Send,
}

struct Ctx {
    res: Resources,
    me: Dest,
    buff: usize,
    size: u32,
    iters: u64,
    cycle_buffer: u32,
    cache_line: u32,
    deadline: Instant,
    kind: TestKind,
    slots: usize,
    tx_depth: u32,
    rx_depth: u32,
}

/// Post and completion times of a bandwidth run.
struct BwRun {
    secs: f64,
    posted: Vec<Instant>,
    /// (message index, completion time) of each completion seen.
    completed: Vec<(usize, Instant)>,
}

impl BwRun {
    /// bench's report in wall-clock nanoseconds; the peak as perftest computes it (the
    /// best post-to-completion stretch per message).
    fn report(&self, op: BwOp, size: u32, iters: u64) -> bench::BwReport {
        let mut best = f64::INFINITY;
        for (i, &tp) in self.posted.iter().enumerate().take(2048) {
            for &(j, tc) in self.completed.iter().filter(|(j, _)| *j >= i) {
                let per = tc.saturating_duration_since(tp).as_secs_f64() * 1e9 / (j - i + 1) as f64;
                if per > 0.0 && per < best {
                    best = per;
                }
            }
        }
        let ticks = (self.secs * 1e9) as u64;
        let avg = ticks as f64 / iters.max(1) as f64;
        bench::BwReport {
            op,
            size,
            qps: 1,
            messages: iters,
            ticks,
            hz: 1_000_000_000,
            simulated: false,
            peak_ticks_per_msg: if best.is_finite() { best.min(avg) } else { avg },
            wall: Duration::from_secs_f64(self.secs),
            verified: None,
        }
    }
}

/// The numbers perftest's `xchg_bw_reports` carries, from a bench report.
fn to_perftest(r: &bench::BwReport) -> BwReport {
    BwReport { size: r.size as u64, iters: r.messages, bw_peak: r.bw_peak_mbs(), bw_avg: r.bw_avg_mbs(), msg_rate: r.msg_rate_mpps() }
}

/// A perftest report (MB/s) as a bench report in nanoseconds.
fn from_perftest(p: &BwReport, wall: Duration) -> bench::BwReport {
    let mb = (1u64 << 20) as f64;
    let ns_per = |mbs: f64| if mbs > 0.0 { p.size as f64 / (mbs * mb) * 1e9 } else { 0.0 };
    bench::BwReport {
        op: BwOp::Write,
        size: p.size as u32,
        qps: 1,
        messages: p.iters,
        ticks: (ns_per(p.bw_avg) * p.iters as f64) as u64,
        hz: 1_000_000_000,
        simulated: false,
        peak_ticks_per_msg: ns_per(p.bw_peak),
        wall,
        verified: None,
    }
}

enum Report {
    Bw(bench::BwReport, &'static str),
    Lat(bench::LatReport),
}

/// perftest's address stepping inside the cycle buffer (`increase_rem_addr`): messages
/// of at most half the cycle buffer go to consecutive cache-line-aligned slots.
fn cycle_offset(k: u64, size: u32, cycle_buffer: u32, cache_line: u32) -> u64 {
    if size > cycle_buffer / 2 {
        return 0;
    }
    let inc = (size as u64).div_ceil(cache_line as u64) * cache_line as u64;
    let slots = (cycle_buffer as u64 / inc).max(1);
    (k % slots) * inc
}

impl Ctx {
    fn left(&self, what: &str) -> Result<()> {
        if Instant::now() > self.deadline {
            return Err(format!("timed out waiting for {what}").into());
        }
        Ok(())
    }

    fn check_wc(&self, wc: &WorkCompletion, what: &str) -> Result<()> {
        if wc.status != WcStatus::Success {
            return Err(format!("{what}: completion {wc:?}").into());
        }
        Ok(())
    }

    fn run_bw_client(&mut self, peer: &Dest, op: SendKind) -> Result<BwRun> {
        let n = self.iters as usize;
        let depth = self.tx_depth.min(self.res.qp.max_send_wr()) as usize;
        let cq_mod = 16.min(depth).max(1);
        let mut posted = Vec::with_capacity(n);
        let mut completed = Vec::new();
        let mut done = 0usize;
        let mut wcs = Vec::with_capacity(64);
        let t0 = Instant::now();
        while done < n {
            while posted.len() < n && posted.len() - done < depth {
                let k = posted.len();
                let sge = self.res.mr.sge(0, self.size)?;
                let opcode = match op {
                    SendKind::Write => SendOp::Write {
                        remote_addr: peer.vaddr + cycle_offset(k as u64, self.size, self.cycle_buffer, self.cache_line),
                        rkey: peer.rkey,
                    },
                    SendKind::Send => SendOp::Send,
                };
                let signaled = (k + 1) % cq_mod == 0 || k + 1 == n;
                posted.push(Instant::now());
                self.res.qp.post_send(&SendWr { wr_id: k as u64, opcode, sge: Some(sge), signaled })?;
            }
            wcs.clear();
            self.res.cq.poll_into(&mut wcs, 64)?;
            if wcs.is_empty() {
                self.left(&format!("send completions ({done} of {n} done)"))?;
                std::thread::sleep(Duration::from_micros(50));
                continue;
            }
            let now = Instant::now();
            for wc in &wcs {
                self.check_wc(wc, "send")?;
                done = done.max(wc.wr_id as usize + 1);
                completed.push((wc.wr_id as usize, now));
            }
        }
        Ok(BwRun { secs: t0.elapsed().as_secs_f64(), posted, completed })
    }

    fn recv_wr(&self, k: u64) -> Result<RecvWr> {
        let slot = if self.slots > 1 { k as usize % self.slots } else { 0 };
        Ok(RecvWr { wr_id: k, sge: self.res.mr.sge(self.buff + slot * self.size as usize, self.size)? })
    }

    /// perftest's server posts its receives before the last hand shake.
    fn post_initial_recvs(&mut self) -> Result<u64> {
        let n = (self.rx_depth as u64).min(self.iters).min(self.res.qp.max_recv_wr() as u64);
        for k in 0..n {
            let wr = self.recv_wr(k)?;
            self.res.qp.post_recv(&wr)?;
        }
        Ok(n)
    }

    fn run_send_bw_server(&mut self) -> Result<BwRun> {
        let n = self.iters;
        let mut next = (self.rx_depth as u64).min(n).min(self.res.qp.max_recv_wr() as u64);
        let mut got = 0u64;
        let mut wcs = Vec::with_capacity(64);
        let mut first: Option<Instant> = None;
        let mut completed: Vec<(usize, Instant)> = Vec::with_capacity(n as usize);
        while got < n {
            wcs.clear();
            self.res.cq.poll_into(&mut wcs, 64)?;
            if wcs.is_empty() {
                self.left(&format!("receives ({got} of {n} arrived)"))?;
                std::thread::sleep(Duration::from_micros(50));
                continue;
            }
            let now = Instant::now();
            for wc in &wcs {
                self.check_wc(wc, "receive")?;
                if wc.opcode != WcOpcode::Recv || wc.byte_len != self.size {
                    return Err(format!("receive {}: {:?} of {} bytes, expected a SEND of {}", wc.wr_id, wc.opcode, wc.byte_len, self.size).into());
                }
                if wc.wr_id != got {
                    return Err(format!("receive completions out of order: {} where {got} was due", wc.wr_id).into());
                }
                first.get_or_insert(now);
                completed.push((got as usize, now));
                got += 1;
                if next < n {
                    let wr = self.recv_wr(next)?;
                    self.res.qp.post_recv(&wr)?;
                    next += 1;
                }
            }
        }
        // perftest's server times from the first receive to the last: do the same.
        let t0 = first.unwrap_or_else(Instant::now);
        let last = completed.last().copied();
        let secs = last.map(|(_, t)| t.duration_since(t0).as_secs_f64()).unwrap_or(0.0);
        Ok(BwRun { secs, posted: vec![t0], completed: last.into_iter().collect() })
    }

    /// perftest's `run_iter_lat_write`: the server writes first; each side waits for
    /// the last byte of its buffer to show the peer's count, then writes its own.
    fn run_write_lat(&mut self, peer: &Dest, server: bool) -> Result<LatRun> {
        let n = self.iters;
        let size = self.size as usize;
        let poll_off = self.buff + size - 1;
        let (mut scnt, mut ccnt, mut rcnt) = (0u64, 0u64, 0u64);
        let mut posted = Vec::with_capacity(n as usize);
        let t0 = Instant::now();
        while scnt < n || ccnt < n || rcnt < n {
            if rcnt < n && !(scnt < 1 && server) {
                rcnt += 1;
                let want = rcnt as u8;
                let p = self.res.mr.as_ptr();
                // SAFETY: poll_off < the region's length; the engine writes it by DMA.
                let read = || unsafe { std::ptr::read_volatile(p.add(poll_off)) };
                while read() != want {
                    self.left(&format!("the peer's write #{rcnt} (the polled byte reads {})", read()))?;
                    // Two cores are shared by the guest, the simulation and us: no spinning.
                    std::thread::sleep(Duration::from_micros(20));
                }
            }
            if scnt < n {
                scnt += 1;
                self.res.mr.as_mut_slice()[size - 1] = scnt as u8;
                let sge = self.res.mr.sge(0, self.size)?;
                posted.push(Instant::now());
                self.res.qp.post_send(&SendWr {
                    wr_id: scnt,
                    opcode: SendOp::Write { remote_addr: peer.vaddr, rkey: peer.rkey },
                    sge: Some(sge),
                    signaled: true,
                })?;
            }
            if ccnt < n {
                loop {
                    if let Some(wc) = self.res.cq.poll(1)?.pop() {
                        self.check_wc(&wc, "write")?;
                        ccnt += 1;
                        break;
                    }
                    self.left(&format!("write #{} to complete", ccnt + 1))?;
                    std::thread::sleep(Duration::from_micros(20));
                }
            }
        }
        Ok(LatRun { secs: t0.elapsed().as_secs_f64(), posted })
    }

    /// After the run nothing of ours may still be in flight, and the QP must be fine.
    fn check_quiet(&mut self) -> Result<()> {
        let wcs = self.res.cq.poll(16)?;
        if let Some(bad) = wcs.iter().find(|w| w.status != WcStatus::Success) {
            return Err(format!("late error completion {bad:?}").into());
        }
        Ok(())
    }
}

struct LatRun {
    secs: f64,
    posted: Vec<Instant>,
}

impl LatRun {
    /// perftest's `print_report_lat` samples: deltas between consecutive posts, halved
    /// (one way), without the two largest (`LAT_MEASURE_TAIL`).
    fn report(&self, size: u32, iters: u64) -> bench::LatReport {
        let mut d: Vec<u64> = self.posted.windows(2).map(|w| w[1].duration_since(w[0]).as_nanos() as u64 / 2).collect();
        d.sort_unstable();
        d.truncate(d.len().saturating_sub(2).max(d.len().min(1)));
        bench::LatReport {
            op: LatOp::Write,
            size,
            iters,
            samples: d,
            hz: 1_000_000_000,
            simulated: false,
            wall: Duration::from_secs_f64(self.secs),
            ticks: (self.secs * 1e9) as u64,
        }
    }
}

/// Check the test's payload against the wire capture (frames `from..to`):
/// - guest -> openrnic: replay the peer's WRITE/SEND packets that the responder would
///   accept (in PSN order, no duplicates) onto a copy of the initial receive memory;
///   the card's memory must equal it byte for byte (so nothing outside the targets
///   changed either);
/// - openrnic -> guest: every data packet must carry the send buffer's bytes at its
///   offset in the message (and, for write_lat, the iteration count as last byte).
fn check_payload(path: &std::path::Path, from: u64, to: u64, ctx: &Ctx, initial_recv: &[u8], me: Ipv4Addr, peer: Ipv4Addr) -> Result<String> {
    let data = std::fs::read(path)?;
    let reader = PcapReader::new(&data)?;
    let (me, peer) = (me.octets(), peer.octets());
    let recv_base = ctx.me.vaddr;
    let mut image = initial_recv.to_vec();
    let mut expect_psn = ctx.res.qp.query().rq_psn.unwrap_or(0);
    let (mut rx_pkts, mut rx_dups, mut tx_pkts, mut rx_msgs) = (0u64, 0u64, 0u64, 0u64);
    // Responder state while replaying: current write address / receive slot offset.
    let mut wr_va: u64 = 0;
    let mut send_off: usize = 0;
    // Requester side: offset of the next packet inside the message being sent.
    let mut tx_off: usize = 0;
    for (i, rec) in reader.enumerate() {
        let rec = rec?;
        let i = i as u64;
        if i < from || i >= to {
            continue;
        }
        let Ok(f) = RoceFrame::parse(rec.data) else { continue };
        let op = f.opcode;
        if f.src_ip == peer && f.dst_ip == me && f.dest_qpn == ctx.me.qpn {
            if op == opcode::ACK {
                continue;
            }
            rx_pkts += 1;
            if f.psn != expect_psn {
                // A duplicate or out-of-sequence packet: the responder drops it.
                rx_dups += 1;
                continue;
            }
            expect_psn = (expect_psn + 1) & 0xFF_FFFF;
            let p = &f.payload;
            match op {
                opcode::WRITE_FIRST | opcode::WRITE_ONLY | opcode::WRITE_MIDDLE | opcode::WRITE_LAST => {
                    if let Some((va, _, _)) = f.reth {
                        wr_va = va;
                    }
                    let off = wr_va.checked_sub(recv_base).ok_or("a WRITE below our receive area")? as usize;
                    image.get_mut(off..off + p.len()).ok_or("a WRITE past our receive area")?.copy_from_slice(p);
                    wr_va += p.len() as u64;
                    if matches!(op, opcode::WRITE_ONLY | opcode::WRITE_LAST) {
                        rx_msgs += 1;
                    }
                }
                opcode::SEND_FIRST | opcode::SEND_ONLY | opcode::SEND_MIDDLE | opcode::SEND_LAST => {
                    if matches!(op, opcode::SEND_FIRST | opcode::SEND_ONLY) {
                        let slot = if ctx.slots > 1 { rx_msgs as usize % ctx.slots } else { 0 };
                        send_off = slot * ctx.size as usize;
                    }
                    image.get_mut(send_off..send_off + p.len()).ok_or("a SEND past its receive buffer")?.copy_from_slice(p);
                    send_off += p.len();
                    if matches!(op, opcode::SEND_ONLY | opcode::SEND_LAST) {
                        rx_msgs += 1;
                    }
                }
                other => return Err(format!("unexpected opcode {} from the peer", opcode::name(other)).into()),
            }
        } else if f.src_ip == me && f.dst_ip == peer && op != opcode::ACK {
            tx_pkts += 1;
            if matches!(op, opcode::WRITE_FIRST | opcode::WRITE_ONLY | opcode::SEND_FIRST | opcode::SEND_ONLY) {
                tx_off = 0;
            }
            for (j, &b) in f.payload.iter().enumerate() {
                let at = tx_off + j;
                // write_lat stamps its iteration count into the last byte.
                let sent = ctx.res.mr.as_slice();
                let want = if ctx.kind == TestKind::WriteLat && at == ctx.size as usize - 1 { b } else { sent[at] };
                if b != want {
                    return Err(format!("sent packet PSN {:#x} ({}) byte {at} of its message is {b:#04x}, the buffer holds {want:#04x}", f.psn, opcode::name(op)).into());
                }
            }
            tx_off += f.payload.len();
        }
    }
    let mem = &ctx.res.mr.as_slice()[ctx.buff..];
    if let Some(at) = mem.iter().zip(&image).position(|(a, b)| a != b) {
        let in_target = at < ctx.slots.max(1) * ctx.size as usize;
        return Err(format!(
            "receive memory differs from the peer's packets at offset {at} ({}): card has {:#04x}, the wire carried {:#04x} (initially {:#04x})",
            if in_target { "inside the target" } else { "outside every target: a stray write" },
            mem[at],
            image[at],
            initial_recv[at]
        )
        .into());
    }
    let changed = mem.iter().zip(initial_recv).filter(|(a, b)| a != b).count();
    Ok(format!(
        "ok: {rx_pkts} data packets from the peer ({rx_dups} duplicates dropped, {rx_msgs} messages) replayed = card memory ({changed} bytes changed, rest untouched); {tx_pkts} sent packets carry our buffer"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn specs_parse() {
        assert_eq!(parse_spec("write_bw").unwrap(), TestSpec { kind: TestKind::WriteBw, size: None, iters: None });
        assert_eq!(parse_spec("send_bw:5000:100").unwrap(), TestSpec { kind: TestKind::SendBw, size: Some(5000), iters: Some(100) });
        assert_eq!(parse_spec("ib_write_lat::50").unwrap(), TestSpec { kind: TestKind::WriteLat, size: None, iters: Some(50) });
        assert!(parse_spec("read_bw").unwrap_err().contains("READ"));
        for bad in ["", "write_bw:x", "write_bw:0", "send_bw:1:0", "write_bw:1:2:3", "write_lat:2:1"] {
            assert!(parse_spec(bad).is_err(), "{bad}");
        }
        assert_eq!(parse_mac("02:4f:52:4e:49:02").unwrap(), [2, 0x4f, 0x52, 0x4e, 0x49, 2]);
        assert!(parse_mac("02:4f").is_err());
        assert_eq!(parse_loss("0.02").unwrap(), 0.02);
        assert_eq!(parse_loss("0").unwrap(), 0.0);
        for bad in ["1", "1.5", "-0.1", "x", "NaN"] {
            assert!(parse_loss(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn addresses_step_like_perftest() {
        // 1000 B messages in a 4096 B cycle buffer, 64 B lines: slots of 1024, 4 of them.
        let offs: Vec<u64> = (0..6).map(|k| cycle_offset(k, 1000, 4096, 64)).collect();
        assert_eq!(offs, [0, 1024, 2048, 3072, 0, 1024]);
        assert_eq!(cycle_offset(7, 2049, 4096, 64), 0);
        assert_eq!(cycle_offset(7, 65536, 4096, 64), 0);
    }

    #[test]
    fn reports_convert_both_ways() {
        let p = BwReport { size: 65536, iters: 50, bw_peak: 4.0, bw_avg: 2.0, msg_rate: 0.0 };
        let b = from_perftest(&p, Duration::from_secs(1));
        assert!((b.bw_avg_mbs() - 2.0).abs() < 1e-6 && (b.bw_peak_mbs() - 4.0).abs() < 1e-6, "{b:?}");
        let back = to_perftest(&b);
        assert!((back.bw_avg - 2.0).abs() < 1e-6 && back.iters == 50 && back.size == 65536);
        let t0 = Instant::now();
        let run = BwRun { secs: 1.0, posted: vec![t0, t0 + Duration::from_millis(10)], completed: vec![(1, t0 + Duration::from_millis(20))] };
        let r = run.report(BwOp::Write, 1 << 20, 2);
        assert!((r.bw_avg_mbs() - 2.0).abs() < 1e-6, "{r:?}");
        assert!(r.bw_peak_mbs() > 99.0, "peak from posted[1]..completed[1]: {r:?}");
    }
}
