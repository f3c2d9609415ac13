//! One simulated PCIe card: the Verilated engine plus what a real board puts around
//! it — the BAR0 bridge, a DMA engine that reads and writes host memory by IOVA
//! through an [`Iommu`], MSI-X delivery, and an Ethernet MAC port with bounded frame
//! FIFOs ([`crate::mac`]).
//!
//! All protocol work happens in the RTL; this file only moves bits between the
//! engine's ports and host memory / the wire, with PCIe-like latency.

use crate::mac::{MacConfig, RxFifo, TxFifo};
use crate::memory::{DmaTiming, Iommu, ENGINE_CLOCK_HZ};
use crate::model::EngineModel;
use crate::wire::ConfigError;
use openrnic_verilator::Model;
use std::collections::VecDeque;
use std::sync::Arc;

/// A read the engine asked for, answered after the configured latency.
struct PendingRead {
    due: u64,
    tag: u64,
    beats: VecDeque<u64>,
    error: bool,
}

/// A write burst being collected from the engine.
struct WriteBurst {
    addr: u64,
    len: usize,
    data: Vec<u8>,
}

/// Counters of what the card's shell saw (the engine keeps its own in BAR0).
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct ShellCounters {
    pub dma_reads: u64,
    pub dma_read_bytes: u64,
    pub dma_writes: u64,
    pub dma_write_bytes: u64,
    pub dma_faults: u64,
    /// Frames that started on the line (left the TX FIFO).
    pub tx_frames: u64,
    /// Frames the engine took whole from the RX FIFO.
    pub rx_frames: u64,
    pub irqs: u64,
    /// Frames from the wire dropped whole because the RX FIFO had no room for them.
    pub rx_fifo_drops: u64,
    pub rx_fifo_drop_bytes: u64,
    /// Most bytes the RX FIFO held at once.
    pub rx_fifo_peak_bytes: u64,
    /// Cycles the engine offered a TX beat and the full TX FIFO held it back.
    pub tx_stall_cycles: u64,
    /// Frames from the engine longer than the TX FIFO, discarded.
    pub tx_oversize_drops: u64,
    pub tx_fifo_peak_bytes: u64,
}

/// A card around engine model `M` (the Verilated RTL unless stated otherwise).
pub struct Card<M: EngineModel = Model> {
    pub(crate) model: M,
    iommu: Arc<Iommu>,
    timing: DmaTiming,
    clock_hz: u64,
    reads: VecDeque<PendingRead>,
    write: Option<WriteBurst>,
    mac: MacConfig,
    tx_fifo: TxFifo,
    /// Frames that started on the line, until the wire takes them.
    tx_out: VecDeque<Vec<u8>>,
    rx_fifo: RxFifo,
    irq_events: Vec<u64>,
    counters: ShellCounters,
}

impl Card<Model> {
    pub fn new(iommu: Arc<Iommu>, timing: DmaTiming) -> Card {
        Card::with_model(Model::new(), iommu, timing)
    }
}

impl<M: EngineModel> Card<M> {
    pub fn with_model(mut model: M, iommu: Arc<Iommu>, timing: DmaTiming) -> Card<M> {
        model.set_reset(1);
        model.ticks(4);
        model.set_reset(0);
        model.tick();
        Card {
            model,
            iommu,
            timing,
            clock_hz: ENGINE_CLOCK_HZ,
            reads: VecDeque::new(),
            write: None,
            mac: MacConfig::default(),
            tx_fifo: TxFifo::new(MacConfig::default().tx_fifo_bytes, MacConfig::default().line),
            tx_out: VecDeque::new(),
            rx_fifo: RxFifo::new(MacConfig::default().rx_fifo_bytes),
            irq_events: vec![0; 256],
            counters: ShellCounters::default(),
        }
    }

    pub fn iommu(&self) -> &Arc<Iommu> {
        &self.iommu
    }
    pub fn cycles(&self) -> u64 {
        self.model.cycles()
    }
    pub fn counters(&self) -> ShellCounters {
        ShellCounters {
            rx_fifo_drops: self.rx_fifo.drops(),
            rx_fifo_drop_bytes: self.rx_fifo.drop_bytes(),
            rx_fifo_peak_bytes: self.rx_fifo.peak_bytes() as u64,
            tx_stall_cycles: self.tx_fifo.stall_cycles(),
            tx_oversize_drops: self.tx_fifo.oversize_drops(),
            tx_fifo_peak_bytes: self.tx_fifo.peak_bytes() as u64,
            ..self.counters
        }
    }

    /// The MAC FIFOs' sizes and the line the TX side drains into.
    pub fn mac(&self) -> MacConfig {
        self.mac
    }

    /// Resize the MAC FIFOs (or change the line), before traffic: both FIFOs start empty
    /// and their counters from zero. Refuses sizes that cannot hold a whole frame.
    pub fn set_mac(&mut self, mac: MacConfig) -> Result<(), ConfigError> {
        mac.validate()?;
        if !self.rx_fifo.is_empty() || !self.tx_fifo.is_empty() || !self.tx_out.is_empty() {
            return Err(ConfigError::Busy { what: "the MAC FIFOs" });
        }
        self.mac = mac;
        self.rx_fifo = RxFifo::new(mac.rx_fifo_bytes);
        self.tx_fifo = TxFifo::new(mac.tx_fifo_bytes, mac.line);
        Ok(())
    }
    /// How many times each MSI-X vector has fired.
    pub fn irq_count(&self, vector: usize) -> u64 {
        self.irq_events.get(vector).copied().unwrap_or(0)
    }
    /// Frames the engine transmitted, oldest first.
    pub fn take_tx(&mut self) -> Option<Vec<u8>> {
        self.tx_out.pop_front()
    }
    /// A frame from the wire into the MAC's receive FIFO. False when the FIFO had no
    /// room: the frame was dropped whole and counted (`rx_fifo_drops`), as a MAC that
    /// cannot stall the wire does.
    pub fn push_rx(&mut self, frame: Vec<u8>) -> bool {
        self.rx_fifo.push(frame)
    }
    /// Nothing in flight on any port of the shell.
    pub fn quiet(&self) -> bool {
        self.reads.is_empty()
            && self.write.is_none()
            && self.rx_fifo.is_empty()
            && self.tx_fifo.is_empty()
            && self.tx_out.is_empty()
    }

    /// The engine has nothing to do or wait for and the shell nothing in flight: cycles
    /// can be skipped without changing anything the engine would do.
    pub fn idle(&self) -> bool {
        self.quiet() && self.model.get_idle() != 0
    }

    /// A BAR0 write: one cycle with the write strobe.
    pub fn mmio_write(&mut self, offset: u32, value: u32) {
        self.model.set_reg_addr(offset as u64);
        self.model.set_reg_wdata(value as u64);
        self.model.set_reg_write(1);
        self.step();
        self.model.set_reg_write(0);
    }

    /// A BAR0 read: strobe, then the registered answer one cycle later.
    pub fn mmio_read(&mut self, offset: u32) -> u32 {
        self.model.set_reg_addr(offset as u64);
        self.model.set_reg_read(1);
        self.step();
        self.model.set_reg_read(0);
        for _ in 0..4 {
            self.model.eval();
            if self.model.get_reg_rvalid() != 0 {
                let v = self.model.get_reg_rdata() as u32;
                self.step();
                return v;
            }
            self.step();
        }
        // The register file answers in one cycle by construction; a missing answer is
        // an RTL bug, reported as all ones like a PCIe read of a dead device.
        u32::MAX
    }

    /// Hold the engine in reset for a few cycles (what a function-level reset does).
    pub fn reset(&mut self) {
        self.model.set_reset(1);
        for _ in 0..4 {
            self.step();
        }
        self.model.set_reset(0);
        self.reads.clear();
        self.write = None;
        self.tx_fifo.drop_partial();
        self.rx_fifo.rewind();
    }

    /// One engine clock cycle: present inputs, settle, sample handshakes, clock edge.
    pub fn step(&mut self) {
        let now = self.model.cycles();
        let m = &mut self.model;

        // ---- inputs for this cycle ----
        m.set_dma_rd_req_ready(1);
        let mut rd_beat = None;
        // A beat is presented only while the engine takes it (a stalled beat would have
        // to be presented again next cycle; this engine never stalls).
        if let Some(r) = self.reads.front_mut().filter(|_| m.get_dma_rd_resp_ready() != 0) {
            if r.due <= now {
                let data = r.beats.pop_front().unwrap_or(0);
                let last = r.beats.is_empty();
                rd_beat = Some((data, last, r.tag, r.error));
            }
        }
        match rd_beat {
            Some((data, last, tag, error)) => {
                m.set_dma_rd_resp_valid(1);
                m.set_dma_rd_resp_data(data);
                m.set_dma_rd_resp_last(last as u64);
                m.set_dma_rd_resp_tag(tag);
                m.set_dma_rd_resp_error(error as u64);
                if last {
                    self.reads.pop_front();
                }
            }
            None => {
                m.set_dma_rd_resp_valid(0);
                m.set_dma_rd_resp_last(0);
                m.set_dma_rd_resp_error(0);
            }
        }
        m.set_dma_wr_ready(1);
        m.set_irq_ready(1);
        let tx_ready = self.tx_fifo.ready();
        m.set_tx_ready(tx_ready as u64);
        let rx_beat = self.rx_fifo.beat();
        match rx_beat {
            Some((data, keep, last)) => {
                m.set_rx_valid(1);
                m.set_rx_data(data);
                m.set_rx_keep(keep);
                m.set_rx_last(last as u64);
            }
            None => m.set_rx_valid(0),
        }

        // ---- settle and sample (clock low), then the edge ----
        m.fall();
        if m.get_dma_rd_req_valid() != 0 {
            let addr = m.get_dma_rd_req_addr();
            let len = m.get_dma_rd_req_len() as usize;
            let tag = m.get_dma_rd_req_tag();
            let mut buf = vec![0u8; len.div_ceil(8) * 8];
            let error = self.iommu.read(addr, &mut buf[..len]).is_err();
            if error {
                buf.iter_mut().for_each(|b| *b = 0);
                self.counters.dma_faults += 1;
            }
            let beats = buf.chunks(8).map(|c| u64::from_le_bytes(c.try_into().unwrap())).collect::<VecDeque<_>>();
            let due = now + self.timing.completion_cycles(len, self.clock_hz);
            // Completions come back in order, each no earlier than its own latency.
            let due = self.reads.back().map_or(due, |r| r.due.max(due));
            self.reads.push_back(PendingRead { due, tag, beats, error });
            self.counters.dma_reads += 1;
            self.counters.dma_read_bytes += len as u64;
        }
        if m.get_dma_wr_valid() != 0 {
            let burst = self.write.get_or_insert_with(|| WriteBurst {
                addr: m.get_dma_wr_addr(),
                len: m.get_dma_wr_len() as usize,
                data: Vec::new(),
            });
            burst.data.extend_from_slice(&m.get_dma_wr_data().to_le_bytes());
            if m.get_dma_wr_last() != 0 {
                let b = self.write.take().unwrap();
                let n = b.len.min(b.data.len());
                // Writes are posted: a refused one is what a host IOMMU logs, and the
                // engine is never told.
                if self.iommu.write(b.addr, &b.data[..n]).is_err() {
                    self.counters.dma_faults += 1;
                }
                self.counters.dma_writes += 1;
                self.counters.dma_write_bytes += n as u64;
            }
        }
        if m.get_tx_valid() != 0 {
            if tx_ready {
                let keep = m.get_tx_keep();
                let bytes = m.get_tx_data().to_le_bytes();
                let n = (keep.trailing_ones() as usize).min(8);
                self.tx_fifo.push_beat(&bytes[..n], m.get_tx_last() != 0);
            } else {
                self.tx_fifo.note_stall();
            }
        }
        // In the cycle its last beat arrived at the earliest: the same cycle a frame
        // was handed to the wire before the FIFO existed, so an idle line's timing is
        // unchanged.
        if let Some(f) = self.tx_fifo.start_on_line(now) {
            self.tx_out.push_back(f);
            self.counters.tx_frames += 1;
        }
        if rx_beat.is_some() && m.get_rx_ready() != 0 && self.rx_fifo.take_beat() {
            self.counters.rx_frames += 1;
        }
        if m.get_irq_valid() != 0 {
            let v = m.get_irq_vector() as usize;
            self.irq_events[v] += 1;
            self.counters.irqs += 1;
        }
        m.rise();
    }
}
