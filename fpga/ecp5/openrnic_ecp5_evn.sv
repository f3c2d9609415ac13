// Bring-up top for the Lattice ECP5 Evaluation Board (LFE5UM5G-85F-8BG381, CABGA381):
// the open flow's proof that the engine goes all the way to a bitstream. It is not a
// NIC (the ECP5's SERDES here carries no 10GbE): the engine's DMA master reaches an
// 8 KiB on-chip memory through the same dma_axi_master the PCIe boards use, its
// Ethernet TX is looped back into its RX, BAR0 is reachable over SPI on the PMOD
// header, and the LEDs show activity. Clock: the board's 12 MHz oscillator, directly.
module openrnic_ecp5_evn (
    input  logic       clk12,
    input  logic       rst_n,        // SW: active-low reset button
    input  logic       spi_sck,
    input  logic       spi_cs_n,
    input  logic       spi_mosi,
    output logic       spi_miso,
    output logic [7:0] led
);
    // Reset: held for 16 cycles after configuration and while the button is pressed.
    logic [4:0] por = '0;
    (* ASYNC_REG = "TRUE" *) logic [1:0] rst_n_sync = '0;
    logic rst;
    always_ff @(posedge clk12) begin
        rst_n_sync <= {rst_n_sync[0], rst_n};
        if (!rst_n_sync[1]) por <= '0;
        else if (!por[4]) por <= por + 1'b1;
        rst <= !por[4];
    end

    logic [15:0] reg_addr;
    logic [31:0] reg_wdata, reg_rdata;
    logic        reg_write, reg_read, reg_rvalid;
    logic        dma_rd_req_valid, dma_rd_req_ready, dma_rd_resp_valid, dma_rd_resp_ready;
    logic        dma_rd_resp_last, dma_rd_resp_error;
    logic [63:0] dma_rd_req_addr, dma_rd_resp_data;
    logic [15:0] dma_rd_req_len;
    logic [7:0]  dma_rd_req_tag, dma_rd_resp_tag;
    logic        dma_wr_valid, dma_wr_ready, dma_wr_last;
    logic [63:0] dma_wr_addr, dma_wr_data;
    logic [15:0] dma_wr_len;
    logic        tx_valid, tx_ready, tx_last;
    logic [63:0] tx_data;
    logic [7:0]  tx_keep;
    logic        irq_valid, idle;
    logic [7:0]  irq_vector;
    logic [31:0] next_timer;

    spi_regbus bar0 (
        .clk(clk12), .rst, .spi_sck, .spi_cs_n, .spi_mosi, .spi_miso,
        .reg_addr, .reg_wdata, .reg_write, .reg_read, .reg_rdata, .reg_rvalid);

    // The MAC loopback: TX frames come back as RX frames through a small FIFO, which
    // also keeps the engine's rx_ready from depending on its own tx_valid in one cycle.
    logic        rx_valid, rx_ready, rx_last;
    logic [63:0] rx_data;
    logic [7:0]  rx_keep;
    sync_fifo #(.WIDTH(64 + 8 + 1), .DEPTH_LOG2(4)) loopback (
        .clk(clk12), .rst,
        .in_valid(tx_valid), .in_ready(tx_ready), .in_data({tx_data, tx_keep, tx_last}),
        .out_valid(rx_valid), .out_ready(rx_ready), .out_data({rx_data, rx_keep, rx_last}));

    openrnic_engine_ports engine (
        .clock(clk12), .reset(rst),
        .reg_addr, .reg_wdata, .reg_write, .reg_read, .reg_rdata, .reg_rvalid,
        .dma_rd_req_valid, .dma_rd_req_ready, .dma_rd_req_addr, .dma_rd_req_len, .dma_rd_req_tag,
        .dma_rd_resp_valid, .dma_rd_resp_ready, .dma_rd_resp_data, .dma_rd_resp_last,
        .dma_rd_resp_tag, .dma_rd_resp_error,
        .dma_wr_valid, .dma_wr_ready, .dma_wr_addr, .dma_wr_len, .dma_wr_data, .dma_wr_last,
        .tx_valid, .tx_ready, .tx_data, .tx_keep, .tx_last,
        .rx_valid, .rx_ready, .rx_data, .rx_keep, .rx_last,
        .irq_valid, .irq_ready(1'b1), .irq_vector, .idle, .next_timer);

    logic        arvalid, arready, rvalid, rready, awvalid, awready, wvalid, wready, wlast, bvalid, bready;
    logic [63:0] araddr, rdata, awaddr, wdata;
    logic [7:0]  arlen, awlen, wstrb;
    logic [1:0]  rresp, bresp;
    logic [31:0] wr_errors;
    logic        rlast;

    dma_axi_master dma (
        .clk(clk12), .rst,
        .dma_rd_req_valid, .dma_rd_req_ready, .dma_rd_req_addr, .dma_rd_req_len, .dma_rd_req_tag,
        .dma_rd_resp_valid, .dma_rd_resp_ready, .dma_rd_resp_data, .dma_rd_resp_last,
        .dma_rd_resp_tag, .dma_rd_resp_error,
        .dma_wr_valid, .dma_wr_ready, .dma_wr_addr, .dma_wr_len, .dma_wr_data, .dma_wr_last,
        .m_axi_arvalid(arvalid), .m_axi_arready(arready), .m_axi_araddr(araddr), .m_axi_arlen(arlen),
        .m_axi_rvalid(rvalid), .m_axi_rready(rready), .m_axi_rdata(rdata), .m_axi_rresp(rresp),
        .m_axi_awvalid(awvalid), .m_axi_awready(awready), .m_axi_awaddr(awaddr), .m_axi_awlen(awlen),
        .m_axi_wvalid(wvalid), .m_axi_wready(wready), .m_axi_wdata(wdata), .m_axi_wstrb(wstrb),
        .m_axi_wlast(wlast), .m_axi_bvalid(bvalid), .m_axi_bready(bready), .m_axi_bresp(bresp),
        .wr_errors);

    axi_ram #(.WORDS_LOG2(10)) host_memory (
        .clk(clk12), .rst,
        .s_axi_arvalid(arvalid), .s_axi_arready(arready), .s_axi_araddr(araddr), .s_axi_arlen(arlen),
        .s_axi_rvalid(rvalid), .s_axi_rready(rready), .s_axi_rdata(rdata), .s_axi_rresp(rresp),
        .s_axi_rlast(rlast),
        .s_axi_awvalid(awvalid), .s_axi_awready(awready), .s_axi_awaddr(awaddr), .s_axi_awlen(awlen),
        .s_axi_wvalid(wvalid), .s_axi_wready(wready), .s_axi_wdata(wdata), .s_axi_wstrb(wstrb),
        .s_axi_wlast(wlast), .s_axi_bvalid(bvalid), .s_axi_bready(bready), .s_axi_bresp(bresp));

    // LEDs (active low on this board): idle, an interrupt toggle, DMA and frame
    // activity, a heartbeat, and the low bits of the next timer so it is kept.
    logic [23:0] heartbeat = '0;
    logic irq_seen = 1'b0, dma_seen = 1'b0, frame_seen = 1'b0;
    always_ff @(posedge clk12) begin
        heartbeat <= heartbeat + 1'b1;
        if (irq_valid) irq_seen <= !irq_seen;
        if (dma_rd_req_valid || dma_wr_valid) dma_seen <= !dma_seen;
        if (tx_valid && tx_ready && tx_last) frame_seen <= !frame_seen;
    end
    assign led = ~{heartbeat[23], idle, irq_seen ^ (^irq_vector), dma_seen, frame_seen,
                   wr_errors != 32'd0, rlast, ^next_timer};
endmodule
