// The engine with its frozen external ports (docs/engine-ports.md), whatever Verilog
// is checked in. Board tops instantiate this, never `top` directly, so a change of the
// engine's ports touches this file only.
//
// The checked-in hdl/verilog/openrnic_engine.v may still have the ports from before
// the freeze: no dma_rd_resp_ready (it always took read data), dma_wr_done_* inputs
// (write completions, only counted on error), an irq_valid strobe with no irq_ready,
// no next_timer. Define OPENRNIC_ENGINE_FROZEN_PORTS (the one line to change, below or
// with -D) once the checked-in engine has the frozen ports.
//
// `define OPENRNIC_ENGINE_FROZEN_PORTS
module openrnic_engine_ports (
    input  logic        clock,
    input  logic        reset,
    input  logic [15:0] reg_addr,
    input  logic [31:0] reg_wdata,
    input  logic        reg_write,
    input  logic        reg_read,
    output logic [31:0] reg_rdata,
    output logic        reg_rvalid,
    output logic        dma_rd_req_valid,
    input  logic        dma_rd_req_ready,
    output logic [63:0] dma_rd_req_addr,
    output logic [15:0] dma_rd_req_len,
    output logic [7:0]  dma_rd_req_tag,
    input  logic        dma_rd_resp_valid,
    output logic        dma_rd_resp_ready,
    input  logic [63:0] dma_rd_resp_data,
    input  logic        dma_rd_resp_last,
    input  logic [7:0]  dma_rd_resp_tag,
    input  logic        dma_rd_resp_error,
    output logic        dma_wr_valid,
    input  logic        dma_wr_ready,
    output logic [63:0] dma_wr_addr,
    output logic [15:0] dma_wr_len,
    output logic [63:0] dma_wr_data,
    output logic        dma_wr_last,
    output logic        tx_valid,
    input  logic        tx_ready,
    output logic [63:0] tx_data,
    output logic [7:0]  tx_keep,
    output logic        tx_last,
    input  logic        rx_valid,
    output logic        rx_ready,
    input  logic [63:0] rx_data,
    input  logic [7:0]  rx_keep,
    input  logic        rx_last,
    output logic        irq_valid,
    /* verilator lint_off UNUSEDSIGNAL */ // unused by the engine from before the freeze
    input  logic        irq_ready,
    /* verilator lint_on UNUSEDSIGNAL */
    output logic [7:0]  irq_vector,
    output logic        idle,
    output logic [31:0] next_timer
);
    top engine (
        .clock, .reset,
        .reg_addr, .reg_wdata, .reg_write, .reg_read, .reg_rdata, .reg_rvalid,
        .dma_rd_req_valid, .dma_rd_req_ready, .dma_rd_req_addr, .dma_rd_req_len, .dma_rd_req_tag,
        .dma_rd_resp_valid, .dma_rd_resp_data, .dma_rd_resp_last, .dma_rd_resp_tag, .dma_rd_resp_error,
        .dma_wr_valid, .dma_wr_ready, .dma_wr_addr, .dma_wr_len, .dma_wr_data, .dma_wr_last,
        .tx_valid, .tx_ready, .tx_data, .tx_keep, .tx_last,
        .rx_valid, .rx_ready, .rx_data, .rx_keep, .rx_last,
        .irq_valid, .irq_vector, .idle,
`ifdef OPENRNIC_ENGINE_FROZEN_PORTS
        .dma_rd_resp_ready, .irq_ready, .next_timer
`else
        // Writes are posted on a real bus: no completion ever comes back.
        .dma_wr_done_valid(1'b0), .dma_wr_done_error(1'b0)
`endif
    );
`ifndef OPENRNIC_ENGINE_FROZEN_PORTS
    assign dma_rd_resp_ready = 1'b1;
    assign next_timer = 32'hFFFF_FFFF;
`endif
endmodule
