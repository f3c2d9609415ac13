//! What the driver needs from a device, and nothing more: BAR0 access, DMA mapping
//! of host memory at IOVAs, and interrupts. The verbs layer is written against
//! [`Backend`] only, so the same code drives a real card (VFIO) or the simulator.

use std::time::Duration;

pub mod sim;
pub mod vfio;

#[derive(Debug, thiserror::Error)]
pub enum BackendError {
    /// A kernel call failed; `call` names it, `hint` says what to check.
    #[error("{device}: {call} failed: {source}{}", hint.map(|h| format!(" ({h})")).unwrap_or_default())]
    Os {
        device: String,
        call: &'static str,
        hint: Option<&'static str>,
        #[source]
        source: std::io::Error,
    },
    #[error("{device}: BAR0 offset {offset:#x} is outside the {size:#x}-byte BAR or unaligned")]
    BadOffset { device: String, offset: u64, size: u64 },
    #[error("{device}: DMA map of IOVA {iova:#x} (+{len:#x}) refused: {why}")]
    DmaMap { device: String, iova: u64, len: usize, why: String },
    #[error("{device}: interrupt vector {vector} does not exist (device has {count})")]
    NoVector { device: String, vector: u32, count: u32 },
    #[error("{device}: {what}")]
    Device { device: String, what: String },
}

/// One PCIe function as the driver sees it.
///
/// Memory handed to [`Backend::map_dma`] stays owned by the caller, who must keep
/// it alive and at the same address until [`Backend::unmap_dma`] returns.
pub trait Backend: Send + Sync {
    /// Human-readable device name (PCI address or "sim0").
    fn name(&self) -> &str;
    /// Size of BAR0 in bytes.
    fn bar0_size(&self) -> u64;
    fn read32(&self, offset: u64) -> Result<u32, BackendError>;
    fn write32(&self, offset: u64, value: u32) -> Result<(), BackendError>;
    /// 64-bit access as two 32-bit accesses, low half first (what the register map expects).
    fn read64(&self, offset: u64) -> Result<u64, BackendError> {
        let lo = self.read32(offset)? as u64;
        let hi = self.read32(offset + 4)? as u64;
        Ok(lo | hi << 32)
    }
    fn write64(&self, offset: u64, value: u64) -> Result<(), BackendError> {
        self.write32(offset, value as u32)?;
        self.write32(offset + 4, (value >> 32) as u32)
    }
    /// Make `len` bytes at `host` visible to the device at `iova`.
    ///
    /// # Safety
    /// `host..host+len` must be valid, writable memory that outlives the mapping.
    unsafe fn map_dma(&self, iova: u64, host: *mut u8, len: usize) -> Result<(), BackendError>;
    fn unmap_dma(&self, iova: u64, len: usize) -> Result<(), BackendError>;
    /// Number of interrupt vectors (MSI-X) enabled.
    fn irq_count(&self) -> u32;
    /// Wait until `vector` fires or `timeout` passes; `Ok(true)` if it fired.
    fn wait_irq(&self, vector: u32, timeout: Duration) -> Result<bool, BackendError>;
    /// Reset the function (VFIO_DEVICE_RESET or a simulated reset).
    fn reset(&self) -> Result<(), BackendError>;
}
