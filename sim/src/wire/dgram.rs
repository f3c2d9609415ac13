//! A card port wired to a QEMU guest's `-netdev dgram` NIC: every raw Ethernet frame
//! (no FCS) is one UDP datagram, with no extra header. The guest sends from its
//! `local` address to its `remote`; so a port binds the guest's `remote` and sends to
//! the guest's `local`.

use std::io;
use std::net::{SocketAddr, UdpSocket};
use std::os::fd::AsRawFd;
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};

/// Receive buffer requested: QEMU's peers burst faster than a simulation polls, and
/// the ~208 KiB default makes rxe retransmit 10-33 % of its packets.
pub const RCVBUF_BYTES: usize = 16 << 20;
/// Largest datagram (and so frame) accepted.
const MAX_DATAGRAM: usize = 65_536;

/// Traffic through a [`DgramPort`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DgramStats {
    pub rx_frames: u64,
    pub rx_bytes: u64,
    pub tx_frames: u64,
    pub tx_bytes: u64,
    /// Datagrams from an address other than the remote: ignored.
    pub rx_foreign: u64,
    /// Receive errors other than "nothing there" (ignored, e.g. ICMP port unreachable).
    pub rx_errors: u64,
}

#[derive(Debug, Default)]
struct Counters {
    rx_frames: AtomicU64,
    rx_bytes: AtomicU64,
    tx_frames: AtomicU64,
    tx_bytes: AtomicU64,
    rx_foreign: AtomicU64,
    rx_errors: AtomicU64,
}

#[derive(Debug)]
pub struct DgramPort {
    sock: UdpSocket,
    remote: SocketAddr,
    rcvbuf: usize,
    scratch: Vec<u8>,
    n: Counters,
}

impl DgramPort {
    /// Bind `local` (port 0 picks a free one) and exchange frames with `remote`.
    /// The socket is non-blocking with a receive buffer of [`RCVBUF_BYTES`] if the
    /// kernel allows (SO_RCVBUFFORCE as root, else capped by `net.core.rmem_max`).
    pub fn bind(local: SocketAddr, remote: SocketAddr) -> io::Result<DgramPort> {
        let sock = UdpSocket::bind(local)?;
        sock.set_nonblocking(true)?;
        let rcvbuf = grow_buffer(&sock, libc::SO_RCVBUF, force(libc::SO_RCVBUF), RCVBUF_BYTES);
        grow_buffer(&sock, libc::SO_SNDBUF, force(libc::SO_SNDBUF), 4 << 20);
        Ok(DgramPort { sock, remote, rcvbuf, scratch: vec![0; MAX_DATAGRAM], n: Counters::default() })
    }

    pub fn local_addr(&self) -> io::Result<SocketAddr> {
        self.sock.local_addr()
    }

    pub fn remote(&self) -> SocketAddr {
        self.remote
    }

    /// Change the peer (e.g. once an ephemeral port on the other side is known).
    pub fn set_remote(&mut self, remote: SocketAddr) {
        self.remote = remote;
    }

    /// Receive buffer the kernel actually granted, in bytes (Linux reports twice the
    /// requested size, counting its bookkeeping).
    pub fn rcvbuf(&self) -> usize {
        self.rcvbuf
    }

    /// The next frame from the remote, if one is waiting. Never blocks.
    pub fn recv(&mut self) -> Option<Vec<u8>> {
        let mut buf = std::mem::take(&mut self.scratch);
        let n = self.recv_into(&mut buf);
        let out = n.map(|n| buf[..n].to_vec());
        self.scratch = buf;
        out
    }

    /// Like [`DgramPort::recv`] into a caller's buffer (frames longer than it are cut);
    /// returns the frame length. Never blocks.
    pub fn recv_into(&self, buf: &mut [u8]) -> Option<usize> {
        loop {
            match self.sock.recv_from(buf) {
                Ok((n, from)) if from == self.remote => {
                    self.n.rx_frames.fetch_add(1, Relaxed);
                    self.n.rx_bytes.fetch_add(n as u64, Relaxed);
                    return Some(n);
                }
                Ok(_) => {
                    self.n.rx_foreign.fetch_add(1, Relaxed);
                }
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => return None,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(_) => {
                    // Typically a queued ICMP error from an earlier send; keep draining.
                    self.n.rx_errors.fetch_add(1, Relaxed);
                }
            }
        }
    }

    /// Send one frame to the remote. A peer that is not up yet loses the frame, like a
    /// cable to a switched-off NIC; that is not an error.
    pub fn send(&self, frame: &[u8]) -> io::Result<()> {
        match self.sock.send_to(frame, self.remote) {
            Ok(_) => {}
            Err(e) if e.kind() == io::ErrorKind::ConnectionRefused => {}
            Err(e) => return Err(e),
        }
        self.n.tx_frames.fetch_add(1, Relaxed);
        self.n.tx_bytes.fetch_add(frame.len() as u64, Relaxed);
        Ok(())
    }

    pub fn stats(&self) -> DgramStats {
        let g = |a: &AtomicU64| a.load(Relaxed);
        DgramStats {
            rx_frames: g(&self.n.rx_frames),
            rx_bytes: g(&self.n.rx_bytes),
            tx_frames: g(&self.n.tx_frames),
            tx_bytes: g(&self.n.tx_bytes),
            rx_foreign: g(&self.n.rx_foreign),
            rx_errors: g(&self.n.rx_errors),
        }
    }
}

/// The privileged variant of a buffer option, which ignores `net.core.[rw]mem_max`.
fn force(opt: libc::c_int) -> Option<libc::c_int> {
    #[cfg(target_os = "linux")]
    {
        match opt {
            libc::SO_RCVBUF => Some(libc::SO_RCVBUFFORCE),
            libc::SO_SNDBUF => Some(libc::SO_SNDBUFFORCE),
            _ => None,
        }
    }
    #[cfg(not(target_os = "linux"))]
    {
        let _ = opt;
        None
    }
}

/// Ask for `bytes` of socket buffer, privileged first, and return what was granted.
/// Failure only means a smaller buffer, so errors are not reported.
fn grow_buffer(sock: &UdpSocket, opt: libc::c_int, forced: Option<libc::c_int>, bytes: usize) -> usize {
    let fd = sock.as_raw_fd();
    let v: libc::c_int = bytes.min(libc::c_int::MAX as usize) as libc::c_int;
    let set = |o: libc::c_int| {
        // SAFETY: valid fd, pointer to a c_int of the stated size.
        unsafe {
            libc::setsockopt(
                fd,
                libc::SOL_SOCKET,
                o,
                &v as *const _ as *const libc::c_void,
                std::mem::size_of::<libc::c_int>() as libc::socklen_t,
            )
        }
    };
    if forced.is_none_or(|f| set(f) != 0) {
        set(opt);
    }
    let mut got: libc::c_int = 0;
    let mut len = std::mem::size_of::<libc::c_int>() as libc::socklen_t;
    // SAFETY: valid fd, out-pointers to a c_int and its length.
    let r = unsafe { libc::getsockopt(fd, libc::SOL_SOCKET, opt, &mut got as *mut _ as *mut libc::c_void, &mut len) };
    if r == 0 {
        got.max(0) as usize
    } else {
        0
    }
}
