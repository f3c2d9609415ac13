//! The engine as the card sees it: a set of ports, a settle, and a clock edge. Two
//! implementations run the same design: the Verilated model (fast; the default) and
//! the rust-hdl `Engine` under rust-hdl's own simulator (slow; a cross-check that the
//! generated Verilog and the Rust description agree).

use openrnic_hdl::engine::Engine;
use openrnic_verilator::Model;
use rust_hdl::prelude::{simulate, Bits, Block, Clock};

macro_rules! engine_ports {
    (in: $(($set:ident, $fi:ident)),* ; out: $(($get:ident, $fo:ident)),* $(,)?) => {
        /// One engine instance with its ports addressed by name.
        pub trait EngineModel: Send {
            $( fn $set(&mut self, v: u64); )*
            $( fn $get(&self) -> u64; )*
            /// Settle combinational logic after inputs changed (no clock edge).
            fn eval(&mut self);
            /// One rising clock edge (inputs set before it are sampled at it).
            fn tick(&mut self);
            /// First half of a cycle: clock low, settle; outputs are this cycle's.
            fn fall(&mut self);
            /// Second half: the rising edge. `fall` + `rise` = `tick`.
            fn rise(&mut self);
            fn cycles(&self) -> u64;
            fn ticks(&mut self, n: u64) {
                for _ in 0..n {
                    self.tick();
                }
            }
        }

        impl EngineModel for Model {
            $( fn $set(&mut self, v: u64) { Model::$set(self, v) } )*
            $( fn $get(&self) -> u64 { Model::$get(self) } )*
            fn eval(&mut self) { Model::eval(self) }
            fn tick(&mut self) { Model::tick(self) }
            fn fall(&mut self) { Model::fall(self) }
            fn rise(&mut self) { Model::rise(self) }
            fn cycles(&self) -> u64 { Model::cycles(self) }
        }

        impl EngineModel for HdlModel {
            $( fn $set(&mut self, v: u64) { self.uut.$fi.next = PortValue::from_u64(v); } )*
            $( fn $get(&self) -> u64 { PortValue::to_u64(&self.uut.$fo.val()) } )*
            fn eval(&mut self) { self.settle() }
            fn tick(&mut self) {
                self.fall();
                self.rise();
            }
            fn fall(&mut self) {
                self.uut.clock.next = Clock::from(false);
                self.settle();
            }
            fn rise(&mut self) {
                self.uut.clock.next = Clock::from(true);
                self.settle();
                self.cycles += 1;
            }
            fn cycles(&self) -> u64 { self.cycles }
        }
    };
}

engine_ports! {
    in: (set_reset, reset), (set_reg_addr, reg_addr), (set_reg_wdata, reg_wdata), (set_reg_write, reg_write),
        (set_reg_read, reg_read), (set_dma_rd_req_ready, dma_rd_req_ready), (set_dma_rd_resp_valid, dma_rd_resp_valid),
        (set_dma_rd_resp_data, dma_rd_resp_data), (set_dma_rd_resp_last, dma_rd_resp_last),
        (set_dma_rd_resp_tag, dma_rd_resp_tag), (set_dma_rd_resp_error, dma_rd_resp_error),
        (set_dma_wr_ready, dma_wr_ready), (set_irq_ready, irq_ready), (set_tx_ready, tx_ready), (set_rx_valid, rx_valid),
        (set_rx_data, rx_data), (set_rx_keep, rx_keep), (set_rx_last, rx_last);
    out: (get_reg_rdata, reg_rdata), (get_reg_rvalid, reg_rvalid), (get_dma_rd_req_valid, dma_rd_req_valid),
        (get_dma_rd_req_addr, dma_rd_req_addr), (get_dma_rd_req_len, dma_rd_req_len),
        (get_dma_rd_req_tag, dma_rd_req_tag), (get_dma_wr_valid, dma_wr_valid), (get_dma_wr_addr, dma_wr_addr),
        (get_dma_wr_len, dma_wr_len), (get_dma_wr_data, dma_wr_data), (get_dma_wr_last, dma_wr_last),
        (get_tx_valid, tx_valid), (get_tx_data, tx_data), (get_tx_keep, tx_keep), (get_tx_last, tx_last),
        (get_rx_ready, rx_ready), (get_irq_valid, irq_valid), (get_irq_vector, irq_vector), (get_idle, idle),
        (get_dma_rd_resp_ready, dma_rd_resp_ready), (get_next_timer, next_timer),
}

/// Conversion between a port's rust-hdl type and the u64 the card speaks.
trait PortValue {
    fn from_u64(v: u64) -> Self;
    fn to_u64(&self) -> u64;
}
impl PortValue for bool {
    fn from_u64(v: u64) -> Self {
        v != 0
    }
    fn to_u64(&self) -> u64 {
        *self as u64
    }
}
impl<const N: usize> PortValue for Bits<N> {
    fn from_u64(v: u64) -> Self {
        let masked = if N >= 64 { v } else { v & ((1u64 << N) - 1) };
        masked.into()
    }
    fn to_u64(&self) -> u64 {
        Bits::to_u64(*self)
    }
}

/// The rust-hdl description of the engine, simulated by rust-hdl (thousands of cycles
/// per second: for cross-checks, not for traffic).
pub struct HdlModel {
    uut: Box<Engine>,
    cycles: u64,
}

impl Default for HdlModel {
    fn default() -> Self {
        let mut uut = Box::new(Engine::default());
        uut.connect_all();
        let mut m = HdlModel { uut, cycles: 0 };
        m.settle();
        m
    }
}

impl HdlModel {
    fn settle(&mut self) {
        // rust-hdl iterates update() until no signal changes; the bound is generous
        // for a design of this depth and only a combinational loop could exhaust it.
        assert!(simulate(self.uut.as_mut(), 1000), "rust-hdl simulation did not settle");
    }
}
