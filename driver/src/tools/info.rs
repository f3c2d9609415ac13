//! `openrnic info`: a device's identity, version, capabilities and counters.

use super::common::{open_device, parse_device, DeviceArg};
use super::Result;
use crate::Device;
use openrnic_contract::regs;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// `sim` (a simulated card started for the occasion) or a PCI address bound to vfio-pci.
    #[arg(short = 'd', long, default_value = "sim", value_parser = parse_device)]
    pub device: DeviceArg,
}

pub fn run(a: Args) -> Result<()> {
    let dev = open_device(&a.device)?;
    print_info(&dev, &a.device)
}

/// Everything the device says about itself, one `name value` line each.
pub fn print_info(dev: &Device, which: &DeviceArg) -> Result<()> {
    let b = dev.backend();
    let id = b.read32(regs::ID.offset as u64)?;
    let version = b.read32(regs::VERSION.offset as u64)?;
    let attr = dev.query();
    let kind = match which {
        DeviceArg::Sim => "simulated card, Verilated RTL engine",
        DeviceArg::Pci(_) => "PCI function via vfio-pci",
    };
    let line = |k: &str, v: String| println!("{k:<15} {v}");
    line("device", format!("{} ({kind})", dev.name()));
    line("id", format!("{id:#010x} \"{}\"", String::from_utf8_lossy(&id.to_be_bytes())));
    line("version", format!("{}.{} (contract major.minor)", version >> 16, version & 0xFFFF));
    line("datapath_bits", attr.datapath_bits.to_string());
    line("max_qp", attr.max_qp.to_string());
    line("max_mr", attr.max_mr.to_string());
    line("max_cq", attr.max_cq.to_string());
    line("max_mtu", attr.max_mtu.to_string());
    line("max_qp_wr", attr.max_qp_wr.to_string());
    line("max_msg_sz", attr.max_msg_size.to_string());
    line("irq_vectors", b.irq_count().to_string());
    let (has, lacks): (Vec<_>, Vec<_>) = regs::feature::ALL.iter().partition(|f| attr.has(**f));
    let names = |v: &[&openrnic_contract::Field]| v.iter().map(|f| f.name).collect::<Vec<_>>().join(" ");
    line("features", format!("{:#x}: {}", attr.features, names(&has)));
    if !lacks.is_empty() {
        line("not supported", names(&lacks));
    }
    println!("counters:");
    for (name, v) in dev.counters()?.iter() {
        println!("  {name:<22} {v}");
    }
    Ok(())
}
