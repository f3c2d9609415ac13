//! `openrnic devices`: PCI functions bound to vfio-pci that are openrnic cards, and
//! the simulator, which is always there.

use super::Result;
use crate::backend::vfio::{list_vfio_devices, VfioBackend};
use crate::{Device, Error};
use std::sync::Arc;

#[derive(clap::Args, Debug)]
pub struct Args {}

pub fn run(_a: Args) -> Result<()> {
    let found = list_vfio_devices();
    if found.is_empty() {
        println!("no PCI function is bound to vfio-pci. To use a card at ADDR:");
        println!("  echo vfio-pci > /sys/bus/pci/devices/ADDR/driver_override && echo ADDR > /sys/bus/pci/drivers_probe");
    }
    for (addr, vendor, device) in &found {
        println!("{addr}: [{vendor:04x}:{device:04x}] {}", describe(addr));
    }
    println!("sim: Verilated RTL, start with `openrnic demo` or `--device sim`");
    Ok(())
}

/// Open the function and let `Device::open` check its ID, version and capabilities.
/// (Opening an openrnic card resets its tables; VFIO lets only one process hold a
/// function, so a card in use elsewhere shows up as "cannot open".)
fn describe(addr: &str) -> String {
    let backend = match VfioBackend::open(addr) {
        Ok(b) => b,
        Err(e) => return format!("cannot open: {e}"),
    };
    match Device::open(Arc::new(backend)) {
        Ok(dev) => {
            let a = dev.query();
            format!("openrnic card: {} QPs, {} MRs, {} CQs, MTU up to {}", a.max_qp, a.max_mr, a.max_cq, a.max_mtu)
        }
        Err(Error::NotOpenrnic { found, .. }) => format!("not an openrnic card (ID reads {found:#010x})"),
        Err(Error::BarTooSmall { size, .. }) => format!("not an openrnic card (BAR0 is only {size:#x} bytes)"),
        Err(e) => format!("openrnic card that cannot be used: {e}"),
    }
}
