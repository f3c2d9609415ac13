//! Shared by the tests that run programs under the library: build the shared
//! library, compile C programs against the system's <infiniband/verbs.h>, pick free
//! ports, and run two processes with a deadline.
#![allow(dead_code)]

use std::net::{TcpListener, UdpSocket};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant};

/// target/<profile>: the test binary lives in target/<profile>/deps.
fn profile_dir() -> PathBuf {
    let exe = std::env::current_exe().expect("current_exe");
    exe.parent().and_then(Path::parent).expect("target/<profile>/deps/<test>").to_path_buf()
}

/// The library, built by cargo for this profile (cargo test does not build a
/// cdylib-only package's library, so the test asks for it).
pub fn library() -> PathBuf {
    static LIB: OnceLock<PathBuf> = OnceLock::new();
    LIB.get_or_init(|| {
        let dir = profile_dir();
        let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
        let mut cmd = Command::new(cargo);
        cmd.args(["build", "-p", "openrnic-libibverbs"]);
        if dir.file_name().is_some_and(|n| n == "release") {
            cmd.arg("--release");
        }
        let out = cmd.output().expect("run cargo build");
        assert!(out.status.success(), "building the library failed:\n{}", String::from_utf8_lossy(&out.stderr));
        let so = dir.join("libopenrnic_verbs.so");
        assert!(so.exists(), "{} missing after the build", so.display());
        so
    })
    .clone()
}

/// Compile `tests/c/<name>.c` with the system's C compiler and libibverbs headers.
pub fn compile(name: &str) -> PathBuf {
    static LOCK: Mutex<()> = Mutex::new(());
    let _g = LOCK.lock().unwrap_or_else(|e| e.into_inner());
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/c").join(format!("{name}.c"));
    let out = profile_dir().join(format!("openrnic-c-{name}"));
    assert!(
        Path::new("/usr/include/infiniband/verbs.h").exists(),
        "<infiniband/verbs.h> is missing: install Debian's libibverbs-dev (scripts/deps.sh does)"
    );
    let r = Command::new("cc").args(["-O1", "-Wall", "-Werror", "-o"]).arg(&out).arg(&src).arg("-libverbs").output().expect("run cc");
    assert!(r.status.success(), "compiling {}:\n{}", src.display(), String::from_utf8_lossy(&r.stderr));
    out
}

/// A UDP port free right now on 127.0.0.1.
pub fn free_udp_port() -> u16 {
    UdpSocket::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}
pub fn free_tcp_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// One simulated card's environment for a process on the UDP wire.
pub struct Side {
    pub ip: &'static str,
    pub local: u16,
    pub remote: u16,
}

/// Two cards joined by a UDP wire: (A's environment, B's environment).
pub fn wire_pair() -> (Side, Side) {
    let (a, b) = (free_udp_port(), free_udp_port());
    (Side { ip: "10.11.0.1", local: a, remote: b }, Side { ip: "10.11.0.2", local: b, remote: a })
}

pub fn command(program: impl AsRef<std::ffi::OsStr>, side: &Side) -> Command {
    let mut c = Command::new(program);
    c.env("LD_PRELOAD", library())
        .env("OPENRNIC_WIRE", format!("127.0.0.1:{},127.0.0.1:{}", side.local, side.remote))
        .env("OPENRNIC_IP", side.ip)
        .env("OPENRNIC_LOG", "1")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    c
}

/// Wait for `child` until `deadline`; kill it if it is still running then. Its
/// pipes are drained meanwhile (a chatty child would block on a full pipe).
pub fn finish(mut child: Child, deadline: Instant, what: &str) -> Output {
    let drain = |r: Option<Box<dyn std::io::Read + Send>>| {
        std::thread::spawn(move || {
            let mut v = Vec::new();
            if let Some(mut r) = r {
                let _ = r.read_to_end(&mut v);
            }
            v
        })
    };
    let out = drain(child.stdout.take().map(|s| Box::new(s) as Box<dyn std::io::Read + Send>));
    let err = drain(child.stderr.take().map(|s| Box::new(s) as Box<dyn std::io::Read + Send>));
    let mut timed_out = false;
    let status = loop {
        if let Some(s) = child.try_wait().expect("try_wait") {
            break s;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            timed_out = true;
            break child.wait().expect("wait");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let o = Output { status, stdout: out.join().unwrap(), stderr: err.join().unwrap() };
    assert!(
        !timed_out,
        "{what} did not finish in time\nstdout:\n{}\nstderr:\n{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
    o
}

/// Run a server and (after `delay`) a client; both must exit 0 within `limit`.
pub fn run_pair(server: Command, client: Command, delay: Duration, limit: Duration, what: &str) -> (String, String) {
    let (mut server, mut client) = (server, client);
    let deadline = Instant::now() + limit;
    let s = server.spawn().expect("spawn server");
    std::thread::sleep(delay);
    let c = client.spawn().expect("spawn client");
    let c = finish(c, deadline, &format!("{what} client"));
    let s = finish(s, deadline, &format!("{what} server"));
    let text = |o: &Output| format!("{}{}", String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr));
    let (st, ct) = (text(&s), text(&c));
    assert!(s.status.success() && c.status.success(), "{what}: server {:?}, client {:?}\n--- server:\n{st}\n--- client:\n{ct}", s.status, c.status);
    (st, ct)
}
