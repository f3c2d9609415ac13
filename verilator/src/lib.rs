//! The checked-in engine Verilog (`hdl/verilog/openrnic_engine.v`, or with the feature
//! `pipelined` `hdl/verilog/openrnic_pipeline.v`), verilated and compiled into this crate
//! by `build.rs`, stepped one clock cycle at a time. [`ENGINE`] names the one built.
//!
//! [`Model`] is one engine instance with its own Verilator context, so several can live in
//! one process (two cards on a wire). Every port of `top` gets `get_<port>()` and, for
//! inputs, `set_<port>(v)`; both are a plain load/store into the model (no FFI call, no
//! lookup). Ports up to 64 bits use `u64`, wider ones `&[u32]` words (least significant
//! first). The same ports are reachable by id through [`PORTS`], [`port`] and
//! [`Model::get`]/[`Model::set`] for generic tools.
//!
//! Waveforms: set `OPENRNIC_VCD=/path/file.vcd` (and optionally
//! `OPENRNIC_VCD_WINDOW=start:end`, in cycles) or call [`Model::trace_to`].

use std::ffi::{c_void, CString};
use std::io;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::ptr::NonNull;
use std::sync::atomic::{AtomicUsize, Ordering};

include!(concat!(env!("OUT_DIR"), "/ports.rs"));

/// Direction of a port of `top`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dir {
    In,
    Out,
}

/// One port of `top`, as found in the verilated header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PortInfo {
    pub name: &'static str,
    pub dir: Dir,
    pub width: u32,
}

/// VCD time units per clock cycle: cycle `n` is dumped at `n * PERIOD` (clock low, inputs
/// settled) and `n * PERIOD + PERIOD / 2` (after the rising edge).
pub const PERIOD: u64 = 10;

extern "C" {
    fn vtop_new() -> *mut c_void;
    fn vtop_free(m: *mut c_void);
    fn vtop_eval(m: *mut c_void);
    fn vtop_fall(m: *mut c_void, time: u64, dump: i32);
    fn vtop_rise(m: *mut c_void, time: u64, dump: i32);
    fn vtop_trace_open(m: *mut c_void, path: *const std::ffi::c_char);
    fn vtop_trace_close(m: *mut c_void);
    fn vtop_trace_flush(m: *mut c_void);
    fn vtop_ports(m: *mut c_void, out: *mut *mut c_void);
}

/// Port storage types of a verilated model (CData, SData, IData, QData).
trait Scalar: Copy {
    fn to_u64(self) -> u64;
    fn from_u64(v: u64) -> Self;
}
macro_rules! scalar {
    ($($t:ty),*) => {$(impl Scalar for $t {
        fn to_u64(self) -> u64 { self as u64 }
        fn from_u64(v: u64) -> Self { v as $t }
    })*};
}
scalar!(u8, u16, u32, u64);

/// One verilated engine. Not `Sync`; `Send` because a Verilator model without `--threads`
/// has no thread affinity.
pub struct Model {
    raw: NonNull<c_void>,
    /// Address of each port's storage inside the model, indexed by port id.
    ptrs: [*mut c_void; NUM_PORTS],
    cycles: u64,
    /// Cycles to dump while a trace is open.
    trace: Option<Range<u64>>,
}

unsafe impl Send for Model {}

impl Default for Model {
    fn default() -> Self {
        Self::new()
    }
}

impl Model {
    /// A fresh engine at cycle 0 with initial register values (apply `reset` yourself).
    /// Starts a VCD trace if `OPENRNIC_VCD` is set; panics if that trace cannot be opened.
    pub fn new() -> Model {
        let raw = NonNull::new(unsafe { vtop_new() }).expect("vtop_new");
        let mut ptrs = [std::ptr::null_mut(); NUM_PORTS];
        unsafe { vtop_ports(raw.as_ptr(), ptrs.as_mut_ptr()) };
        let mut m = Model {
            raw,
            ptrs,
            cycles: 0,
            trace: None,
        };
        if let Some((path, window)) = env_trace() {
            if let Err(e) = m.trace_to(&path, window) {
                panic!("OPENRNIC_VCD: cannot write {}: {e}", path.display());
            }
        }
        m
    }

    /// One full clock cycle: clock low and evaluate (inputs set since the last tick settle),
    /// then clock high and evaluate (registers sample at this rising edge). Afterwards the
    /// outputs show the state after the edge.
    #[inline]
    pub fn tick(&mut self) {
        self.fall();
        self.rise();
    }

    /// First half of a cycle: the clock goes low and combinational logic settles with the
    /// inputs as set. Outputs read now are this cycle's (handshakes are sampled here).
    pub fn fall(&mut self) {
        let dump = self.dumping();
        unsafe { vtop_fall(self.raw.as_ptr(), self.cycles * PERIOD, dump as i32) };
    }

    /// Second half: the rising edge. `fall` then `rise` is one cycle with two evaluations.
    pub fn rise(&mut self) {
        let dump = self.dumping();
        unsafe { vtop_rise(self.raw.as_ptr(), self.cycles * PERIOD, dump as i32) };
        self.cycles += 1;
    }

    fn dumping(&mut self) -> bool {
        if let Some(w) = &self.trace {
            if self.cycles >= w.end {
                self.stop_trace(); // window over: close now so the file is complete
                return false;
            }
            return self.cycles >= w.start;
        }
        false
    }

    /// `n` clock cycles with unchanged inputs.
    pub fn ticks(&mut self, n: u64) {
        for _ in 0..n {
            self.tick();
        }
    }

    /// Settle combinational logic after changing inputs, without a clock edge (only needed
    /// to read outputs that depend combinationally on inputs before the next tick).
    pub fn eval(&mut self) {
        unsafe { vtop_eval(self.raw.as_ptr()) }
    }

    /// Clock cycles run so far.
    pub fn cycles(&self) -> u64 {
        self.cycles
    }

    /// Dump a VCD to `path` (replacing any open trace), for cycles in `window` (all cycles
    /// from now if None). The file is closed when the window ends, on [`Model::stop_trace`]
    /// or on drop.
    pub fn trace_to(
        &mut self,
        path: impl AsRef<Path>,
        window: Option<Range<u64>>,
    ) -> io::Result<()> {
        let path = path.as_ref();
        // Verilator aborts the process on open failure; find out here instead.
        std::fs::File::create(path)?;
        let c = CString::new(path.as_os_str().as_encoded_bytes())
            .map_err(|e| io::Error::new(io::ErrorKind::InvalidInput, e))?;
        unsafe { vtop_trace_open(self.raw.as_ptr(), c.as_ptr()) };
        self.trace = Some(window.unwrap_or(0..u64::MAX));
        Ok(())
    }

    /// Close the VCD file, if one is open.
    pub fn stop_trace(&mut self) {
        if self.trace.take().is_some() {
            unsafe { vtop_trace_close(self.raw.as_ptr()) }
        }
    }

    /// Write buffered VCD data to the file (e.g. before inspecting it mid-run).
    pub fn flush_trace(&mut self) {
        unsafe { vtop_trace_flush(self.raw.as_ptr()) }
    }

    /// Port id of `name`; look it up once, then use [`Model::get`]/[`Model::set`].
    pub fn port_id(name: &str) -> Option<usize> {
        PORTS.iter().position(|p| p.name == name)
    }

    /// Value of a port of at most 64 bits, by id.
    pub fn get(&self, port: usize) -> u64 {
        unsafe {
            match PORTS[port].width {
                0..=8 => self.read::<u8>(port),
                9..=16 => self.read::<u16>(port),
                17..=32 => self.read::<u32>(port),
                33..=64 => self.read::<u64>(port),
                _ => panic!(
                    "port {} is wider than 64 bits: use get_words",
                    PORTS[port].name
                ),
            }
        }
    }

    /// Drive an input port of at most 64 bits, by id.
    pub fn set(&mut self, port: usize, v: u64) {
        let p = PORTS[port];
        assert!(
            p.dir == Dir::In && p.name != "clock",
            "port {} is not settable",
            p.name
        );
        let mask = mask(p.width);
        unsafe {
            match p.width {
                0..=8 => self.write::<u8>(port, v, mask),
                9..=16 => self.write::<u16>(port, v, mask),
                17..=32 => self.write::<u32>(port, v, mask),
                33..=64 => self.write::<u64>(port, v, mask),
                _ => panic!("port {} is wider than 64 bits: use set_words", p.name),
            }
        }
    }

    /// Words of a port wider than 64 bits, by id, least significant first.
    pub fn get_words(&self, port: usize) -> &[u32] {
        let p = PORTS[port];
        assert!(
            p.width > 64,
            "port {} is not wider than 64 bits: use get",
            p.name
        );
        unsafe { self.words(port, p.width.div_ceil(32)) }
    }

    /// Drive an input port wider than 64 bits, by id.
    pub fn set_words(&mut self, port: usize, w: &[u32]) {
        let p = PORTS[port];
        assert!(
            p.dir == Dir::In && p.width > 64,
            "port {} is not a wide input",
            p.name
        );
        unsafe { self.write_words(port, p.width.div_ceil(32), w) }
    }

    // Safety for the raw accessors below: `T` / `n` must match the port's storage
    // (generated code and the by-id methods derive them from the width).

    #[inline(always)]
    unsafe fn read<T: Scalar>(&self, port: usize) -> u64 {
        (self.ptrs[port] as *const T).read().to_u64()
    }

    #[inline(always)]
    unsafe fn write<T: Scalar>(&mut self, port: usize, v: u64, mask: u64) {
        debug_assert!(
            v & !mask == 0,
            "{v:#x} does not fit port {}",
            PORTS[port].name
        );
        // Verilator assumes bits above a port's width are zero.
        (self.ptrs[port] as *mut T).write(T::from_u64(v & mask));
    }

    #[inline(always)]
    unsafe fn words(&self, port: usize, n: u32) -> &[u32] {
        std::slice::from_raw_parts(self.ptrs[port] as *const u32, n as usize)
    }

    #[inline(always)]
    unsafe fn write_words(&mut self, port: usize, n: u32, w: &[u32]) {
        assert_eq!(
            w.len(),
            n as usize,
            "port {} takes {n} words",
            PORTS[port].name
        );
        let dst = std::slice::from_raw_parts_mut(self.ptrs[port] as *mut u32, n as usize);
        dst.copy_from_slice(w);
        let top_bits = PORTS[port].width % 32;
        if top_bits != 0 {
            dst[n as usize - 1] &= (1u32 << top_bits) - 1;
        }
    }
}

impl Drop for Model {
    fn drop(&mut self) {
        // Closes (flushes) any open trace, runs `final` blocks, frees the context.
        unsafe { vtop_free(self.raw.as_ptr()) }
    }
}

fn mask(width: u32) -> u64 {
    if width >= 64 {
        u64::MAX
    } else {
        (1 << width) - 1
    }
}

/// The trace requested by `OPENRNIC_VCD` / `OPENRNIC_VCD_WINDOW`. The first model in the
/// process writes the named file; later ones add `.1`, `.2`, ... before the extension so
/// two cards never write the same file.
fn env_trace() -> Option<(PathBuf, Option<Range<u64>>)> {
    static INSTANCES: AtomicUsize = AtomicUsize::new(0);
    let path = PathBuf::from(std::env::var_os("OPENRNIC_VCD").filter(|p| !p.is_empty())?);
    let window = std::env::var("OPENRNIC_VCD_WINDOW").ok().map(|w| {
        parse_window(&w).unwrap_or_else(|| {
            panic!("OPENRNIC_VCD_WINDOW={w:?}: expected start:end in cycles, e.g. 1000:2000")
        })
    });
    Some((
        instance_path(&path, INSTANCES.fetch_add(1, Ordering::Relaxed)),
        window,
    ))
}

/// `start:end` -> `start..end`; either side may be empty (`:500`, `1000:`).
pub fn parse_window(s: &str) -> Option<Range<u64>> {
    let (a, b) = s.trim().split_once(':')?;
    let start = if a.is_empty() {
        0
    } else {
        a.trim().parse().ok()?
    };
    let end = if b.is_empty() {
        u64::MAX
    } else {
        b.trim().parse().ok()?
    };
    (start <= end).then_some(start..end)
}

fn instance_path(path: &Path, n: usize) -> PathBuf {
    if n == 0 {
        return path.to_path_buf();
    }
    let stem = path.file_stem().unwrap_or_default().to_string_lossy();
    let name = match path.extension() {
        Some(ext) => format!("{stem}.{n}.{}", ext.to_string_lossy()),
        None => format!("{stem}.{n}"),
    };
    path.with_file_name(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_parse() {
        assert_eq!(parse_window("10:20"), Some(10..20));
        assert_eq!(parse_window(":5"), Some(0..5));
        assert_eq!(parse_window("7:"), Some(7..u64::MAX));
        assert_eq!(parse_window("20:10"), None);
        assert_eq!(parse_window("x"), None);
    }

    #[test]
    fn instance_paths_differ() {
        let p = Path::new("/tmp/w.vcd");
        assert_eq!(instance_path(p, 0), p);
        assert_eq!(instance_path(p, 2), Path::new("/tmp/w.2.vcd"));
    }

    /// The frozen port list in docs/engine-ports.md is exactly the model's ports: every
    /// documented port exists with its direction and width (D = 64, K = 8 in this build),
    /// and the model has no port the document does not list.
    #[test]
    fn ports_match_frozen_port_doc() {
        let doc = include_str!("../../docs/engine-ports.md");
        let mut documented = Vec::new();
        for line in doc.lines() {
            let cells: Vec<&str> = line.split('|').map(str::trim).collect();
            // | `name` | dir | bits | meaning |
            if cells.len() < 5 || !cells[1].starts_with('`') {
                continue;
            }
            let name = cells[1].trim_matches('`');
            let dir = match cells[2] {
                "in" => Dir::In,
                "out" => Dir::Out,
                other => panic!("{name}: direction {other:?}"),
            };
            let width: u32 = match cells[3] {
                "D" => 64,
                "K" => 8,
                n => n.parse().unwrap_or_else(|_| panic!("{name}: width {n:?}")),
            };
            documented.push(name);
            let id = Model::port_id(name).unwrap_or_else(|| panic!("documented port {name} is not on the model"));
            let p = PORTS[id];
            assert_eq!((p.dir, p.width), (dir, width), "{name}");
        }
        assert!(documented.len() > 30, "the port tables were not found in the document");
        for p in PORTS {
            assert!(documented.contains(&p.name), "model port {} is not in docs/engine-ports.md", p.name);
        }
    }
}
