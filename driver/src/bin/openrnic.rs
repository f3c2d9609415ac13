//! `openrnic`: the command-line tools — list devices, show capabilities, run a simulated
//! card pair, a perftest-style benchmark, and the interop peer for Linux perftest.
use clap::{Parser, Subcommand};
use openrnic_driver::tools;

#[derive(Parser)]
#[command(name = "openrnic", version, about = "openrnic: an open RoCEv2 RDMA NIC (RTL + driver)")]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// List openrnic devices: PCI functions bound to vfio-pci, and the simulator.
    Devices(tools::devices::Args),
    /// Show a device's identity, capabilities and counters.
    Info(tools::info::Args),
    /// Two simulated cards back to back doing real RDMA transfers.
    Demo(tools::demo::Args),
    /// perftest-style bandwidth/latency benchmark.
    Perf(tools::perf::Args),
    /// The simulated card as the peer of a real Linux perftest (ib_write_bw, ib_send_bw,
    /// ib_write_lat) over a QEMU `-netdev dgram` wire.
    Peer(tools::peer::Args),
}

fn main() {
    let cli = Cli::parse();
    let r = match cli.cmd {
        Cmd::Devices(a) => tools::devices::run(a),
        Cmd::Info(a) => tools::info::run(a),
        Cmd::Demo(a) => tools::demo::run(a),
        Cmd::Perf(a) => tools::perf::run(a),
        Cmd::Peer(a) => tools::peer::run(a),
    };
    if let Err(e) = r {
        eprintln!("openrnic: {e}");
        std::process::exit(1);
    }
}
