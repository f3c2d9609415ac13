//! The card's bounded MAC FIFOs around the Verilated engine: a flood that overflows the
//! RX FIFO is dropped in whole frames and counted; whatever got in reaches the engine
//! whole (it counts no malformed or bad-ICRC frame).

use openrnic_contract::regs;
use openrnic_contract::wire::{opcode, RoceFrame};
use openrnic_sim::mac::{MacConfig, DEFAULT_FIFO_BYTES, MIN_FIFO_BYTES};
use openrnic_sim::wire::ConfigError;
use openrnic_sim::world::{World, WorldConfig};

const MAC: [u8; 6] = [0x02, 0, 0, 0, 0, 0x0A];
const IP: [u8; 4] = [10, 0, 0, 10];

fn station(w: &mut World) {
    w.mmio_write(0, regs::MAC_HI.offset, u16::from_be_bytes([MAC[0], MAC[1]]) as u32);
    w.mmio_write(0, regs::MAC_LO.offset, u32::from_be_bytes([MAC[2], MAC[3], MAC[4], MAC[5]]));
    w.mmio_write(0, regs::IPV4.offset, u32::from_be_bytes(IP));
    w.mmio_write(0, regs::CTRL.offset, 1 << regs::ctrl::ENABLE.lsb);
}

/// A well-formed SEND to a QP that was never set up: the engine counts it as a bad QP
/// when it sees it whole, as malformed or bad ICRC if it saw a piece.
fn frame(payload: usize, psn: u32) -> Vec<u8> {
    RoceFrame {
        dst_mac: MAC,
        src_mac: [0x02, 0, 0, 0, 0, 0x0B],
        src_ip: [10, 0, 0, 11],
        dst_ip: IP,
        ttl: 64,
        dont_fragment: true,
        udp_src_port: 0xC000,
        opcode: opcode::SEND_ONLY,
        solicited: false,
        pad: 0,
        pkey: 0xFFFF,
        dest_qpn: 0xABCDE,
        ack_req: true,
        psn,
        reth: None,
        aeth: None,
        imm: None,
        payload: vec![0x5A; payload],
        icrc: 0,
    }
    .emit()
}

fn run_until_idle(w: &mut World) {
    for _ in 0..2_000_000 {
        w.step();
        if w.idle() {
            return;
        }
    }
    panic!("the card never went idle");
}

#[test]
fn rx_flood_drops_whole_frames_and_counts_them() {
    let mut w = World::new(WorldConfig { cards: 1, ..WorldConfig::default() }).unwrap();
    assert_eq!(w.cards[0].mac().rx_fifo_bytes, DEFAULT_FIFO_BYTES);
    station(&mut w);
    // 200 frames of 1,100 bytes arrive at once: far more than 32 KiB.
    const N: u64 = 200;
    let len = frame(1024, 0).len();
    let mut accepted = 0u64;
    for i in 0..N {
        accepted += w.cards[0].push_rx(frame(1024, i as u32)) as u64;
    }
    let room = (DEFAULT_FIFO_BYTES / len) as u64;
    assert_eq!(accepted, room, "the FIFO takes as many whole frames as fit ({len} B each)");
    run_until_idle(&mut w);
    let c = w.cards[0].counters();
    assert_eq!(c.rx_fifo_drops, N - accepted);
    assert_eq!(c.rx_fifo_drop_bytes, (N - accepted) * len as u64);
    assert_eq!(c.rx_frames, accepted);
    assert!(c.rx_fifo_peak_bytes <= DEFAULT_FIFO_BYTES as u64);
    let read = |w: &mut World, r: &regs::Reg| w.mmio_read(0, r.offset) as u64;
    assert_eq!(read(&mut w, &regs::CNT_RX_BAD_QP), accepted, "every frame that got in reached the engine whole");
    assert_eq!(read(&mut w, &regs::CNT_RX_MALFORMED), 0, "no partial frame");
    assert_eq!(read(&mut w, &regs::CNT_RX_BAD_ICRC), 0, "no partial frame");
    assert_eq!(read(&mut w, &regs::CNT_RX_NOT_ROCE), 0);

    // Drained: a frame fits again.
    assert!(w.cards[0].push_rx(frame(64, 999)));
    run_until_idle(&mut w);
    assert_eq!(w.cards[0].counters().rx_fifo_drops, N - accepted, "nothing more dropped");
}

#[test]
fn rx_fifo_size_is_configurable_and_checked() {
    let mac = MacConfig { rx_fifo_bytes: MIN_FIFO_BYTES, ..MacConfig::default() };
    let mut w = World::new(WorldConfig { cards: 1, mac, ..WorldConfig::default() }).unwrap();
    station(&mut w);
    let len = frame(1024, 0).len();
    let accepted: u64 = (0..50).map(|i| w.cards[0].push_rx(frame(1024, i)) as u64).sum();
    assert_eq!(accepted, (MIN_FIFO_BYTES / len) as u64);
    run_until_idle(&mut w);
    assert_eq!(w.cards[0].counters().rx_fifo_drops, 50 - accepted);

    let tiny = MacConfig { rx_fifo_bytes: 1500, ..MacConfig::default() };
    let e = World::new(WorldConfig { cards: 1, mac: tiny, ..WorldConfig::default() }).err();
    assert_eq!(e, Some(ConfigError::FifoTooSmall { name: "rx_fifo_bytes", bytes: 1500, min: MIN_FIFO_BYTES }));
    // Not while frames are in the FIFO.
    assert!(w.cards[0].push_rx(frame(64, 1)));
    assert_eq!(w.cards[0].set_mac(MacConfig::default()), Err(ConfigError::Busy { what: "the MAC FIFOs" }));
}
