//! Runs the verilated engine: ticking, BAR0 register access per docs/engine-ports.md,
//! independent instances, windowed VCD dumps.

use openrnic_contract::regs;
use openrnic_verilator::{Model, PERIOD};
use std::path::PathBuf;

/// Fresh model after a few cycles of synchronous reset.
fn reset_model() -> Model {
    let mut m = Model::new();
    m.set_reset(1);
    m.ticks(4);
    m.set_reset(0);
    m.tick();
    m
}

fn reg_write(m: &mut Model, addr: u32, data: u32) {
    m.set_reg_addr(addr.into());
    m.set_reg_wdata(data.into());
    m.set_reg_write(1);
    m.tick();
    m.set_reg_write(0);
}

/// `reg_rvalid` is high for one cycle, the cycle after the `reg_read` strobe.
fn reg_read(m: &mut Model, addr: u32) -> u32 {
    m.set_reg_addr(addr.into());
    m.set_reg_read(1);
    assert_eq!(m.get_reg_rvalid(), 0);
    m.tick();
    m.set_reg_read(0);
    assert_eq!(m.get_reg_rvalid(), 1, "reg_rvalid the cycle after reg_read");
    let v = m.get_reg_rdata() as u32;
    m.tick();
    assert_eq!(m.get_reg_rvalid(), 0, "reg_rvalid lasts one cycle");
    v
}

fn tmp(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("{name}-{}.vcd", std::process::id()))
}

#[test]
fn ticks_count() {
    let mut m = Model::new();
    assert_eq!(m.cycles(), 0);
    m.tick();
    m.ticks(99);
    assert_eq!(m.cycles(), 100);
}

#[test]
fn id_register_and_write_read_round_trip() {
    let mut m = reset_model();
    assert_eq!(reg_read(&mut m, regs::ID.offset), regs::ID_VALUE);
    reg_write(&mut m, regs::IPV4.offset, 0x0A00_0001);
    reg_write(&mut m, regs::MAC_LO.offset, 0x2233_4455);
    assert_eq!(reg_read(&mut m, regs::IPV4.offset), 0x0A00_0001);
    assert_eq!(reg_read(&mut m, regs::MAC_LO.offset), 0x2233_4455);
    // The same through the by-id API.
    let (addr, read, rdata) = ["reg_addr", "reg_read", "reg_rdata"]
        .map(|n| Model::port_id(n).unwrap())
        .into();
    m.set(addr, regs::ID.offset.into());
    m.set(read, 1);
    m.tick();
    assert_eq!(m.get(rdata), regs::ID_VALUE as u64);
}

#[test]
fn two_models_are_independent() {
    let (mut a, mut b) = (reset_model(), reset_model());
    reg_write(&mut a, regs::IPV4.offset, 0x0A00_0001);
    reg_write(&mut b, regs::IPV4.offset, 0x0A00_0002);
    b.ticks(10);
    assert_eq!(reg_read(&mut a, regs::IPV4.offset), 0x0A00_0001);
    assert_eq!(reg_read(&mut b, regs::IPV4.offset), 0x0A00_0002);
    assert_eq!(b.cycles(), a.cycles() + 10);
    // And on another thread.
    let h = std::thread::spawn(move || reg_read(&mut b, regs::IPV4.offset));
    assert_eq!(h.join().unwrap(), 0x0A00_0002);
}

#[test]
#[should_panic(expected = "not settable")]
fn outputs_and_clock_are_not_settable() {
    Model::new().set(Model::port_id("clock").unwrap(), 1);
}

#[test]
fn vcd_window() {
    let path = tmp("window");
    let mut m = Model::new();
    m.ticks(3);
    m.trace_to(&path, Some(5..8)).unwrap();
    m.ticks(20);
    drop(m);
    let text = std::fs::read_to_string(&path).unwrap();
    let _ = std::fs::remove_file(&path);

    let (header, body) = text.split_once("$enddefinitions").expect("VCD header ends");
    assert!(header.contains("$timescale"), "{header}");
    assert!(header.contains("$scope module"), "{header}");
    let vars: Vec<&str> = header
        .lines()
        .filter_map(|l| l.trim().strip_prefix("$var "))
        .map(|l| l.split_whitespace().nth(3).unwrap())
        .collect();
    for port in ["clock", "reset", "reg_addr", "reg_rdata", "tx_data"] {
        assert!(vars.contains(&port), "{port} not in {vars:?}");
    }
    let times: Vec<u64> = body
        .lines()
        .filter_map(|l| l.strip_prefix('#'))
        .map(|t| t.parse().unwrap())
        .collect();
    let want: Vec<u64> = (5..8)
        .flat_map(|c| [c * PERIOD, c * PERIOD + PERIOD / 2])
        .collect();
    assert_eq!(times, want);
}

#[test]
fn retrace_replaces_file() {
    let (p1, p2) = (tmp("first"), tmp("second"));
    let mut m = Model::new();
    m.trace_to(&p1, None).unwrap();
    m.ticks(2);
    m.trace_to(&p2, Some(0..u64::MAX)).unwrap();
    m.ticks(2);
    m.stop_trace();
    m.ticks(2);
    let count = |p: &PathBuf| {
        std::fs::read_to_string(p)
            .unwrap()
            .lines()
            .filter(|l| l.starts_with('#'))
            .count()
    };
    assert_eq!((count(&p1), count(&p2)), (4, 4));
    let _ = (std::fs::remove_file(p1), std::fs::remove_file(p2));
}

#[test]
fn engine_names_the_verilog_the_feature_selects() {
    let (name, file) = if cfg!(feature = "pipelined") {
        ("pipelined", "openrnic_pipeline.v")
    } else {
        ("legacy", "openrnic_engine.v")
    };
    assert_eq!(openrnic_verilator::ENGINE, name);
    assert!(openrnic_verilator::VERILOG.ends_with(file), "{}", openrnic_verilator::VERILOG);
}
