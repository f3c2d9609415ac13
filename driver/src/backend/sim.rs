//! The simulated card as a [`Backend`]: BAR0 accesses become register-bus cycles on the
//! Verilated engine, DMA mappings go into the card's IOMMU model, and MSI-X vectors
//! are the engine's `irq_valid` pulses.

use super::{Backend, BackendError};
use openrnic_contract::regs::BAR0_SIZE;
use openrnic_sim::world::{Sim, World, WorldConfig};
use std::sync::Mutex;
use std::time::Duration;

/// MSI-X vectors the simulated card offers (one per completion queue).
pub const SIM_VECTORS: u32 = 16;

pub struct SimBackend {
    sim: Sim,
    card: usize,
    name: String,
    /// Interrupts already reported per vector, so each pulse wakes one wait.
    seen: Mutex<Vec<u64>>,
}

impl SimBackend {
    /// Card `card` of a running simulation.
    pub fn new(sim: &Sim, card: usize) -> Result<SimBackend, BackendError> {
        let name = format!("sim{card}");
        if card >= sim.cards() {
            return Err(BackendError::Device { device: name, what: format!("the simulation has {} card(s)", sim.cards()) });
        }
        Ok(SimBackend { sim: sim.clone(), card, name, seen: Mutex::new(vec![0; SIM_VECTORS as usize]) })
    }

    /// Two cards back to back on one simulated link, with their clock running.
    pub fn pair(cfg: WorldConfig) -> Result<(Sim, SimBackend, SimBackend), BackendError> {
        let world = World::new(WorldConfig { cards: 2, ..cfg })
            .map_err(|e| BackendError::Device { device: "sim".into(), what: e.to_string() })?;
        let sim = Sim::start(world);
        let a = SimBackend::new(&sim, 0)?;
        let b = SimBackend::new(&sim, 1)?;
        Ok((sim, a, b))
    }

    pub fn sim(&self) -> &Sim {
        &self.sim
    }
    pub fn card(&self) -> usize {
        self.card
    }

    fn check(&self, offset: u64) -> Result<u32, BackendError> {
        if !offset.is_multiple_of(4) || offset + 4 > BAR0_SIZE as u64 {
            return Err(BackendError::BadOffset { device: self.name.clone(), offset, size: BAR0_SIZE as u64 });
        }
        Ok(offset as u32)
    }
}

impl Backend for SimBackend {
    fn name(&self) -> &str {
        &self.name
    }
    fn bar0_size(&self) -> u64 {
        BAR0_SIZE as u64
    }
    fn read32(&self, offset: u64) -> Result<u32, BackendError> {
        let off = self.check(offset)?;
        Ok(self.sim.mmio_read(self.card, off))
    }
    fn write32(&self, offset: u64, value: u32) -> Result<(), BackendError> {
        let off = self.check(offset)?;
        self.sim.mmio_write(self.card, off, value);
        Ok(())
    }
    unsafe fn map_dma(&self, iova: u64, host: *mut u8, len: usize) -> Result<(), BackendError> {
        self.sim
            .iommu(self.card)
            .map(iova, host, len)
            .map_err(|e| BackendError::DmaMap { device: self.name.clone(), iova, len, why: e.to_string() })
    }
    fn unmap_dma(&self, iova: u64, len: usize) -> Result<(), BackendError> {
        self.sim
            .iommu(self.card)
            .unmap(iova, len)
            .map_err(|e| BackendError::Device { device: self.name.clone(), what: format!("DMA unmap of IOVA {iova:#x} (+{len:#x}): {e}") })
    }
    fn irq_count(&self) -> u32 {
        SIM_VECTORS
    }
    fn wait_irq(&self, vector: u32, timeout: Duration) -> Result<bool, BackendError> {
        if vector >= SIM_VECTORS {
            return Err(BackendError::NoVector { device: self.name.clone(), vector, count: SIM_VECTORS });
        }
        let seen = self.seen.lock().unwrap()[vector as usize];
        let now = self.sim.wait_irq(self.card, vector as usize, seen, timeout);
        let mut s = self.seen.lock().unwrap();
        if now > s[vector as usize] {
            s[vector as usize] = now;
            return Ok(true);
        }
        Ok(false)
    }
    fn reset(&self) -> Result<(), BackendError> {
        self.sim.lock().cards[self.card].reset();
        Ok(())
    }
}
