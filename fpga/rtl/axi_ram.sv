// A small AXI4 memory (64-bit data, INCR bursts, byte strobes, in order, one ID) for
// boards without a host: the ECP5 bring-up top puts the engine's DMA here. Addresses
// wrap within the memory. One burst per direction at a time, a beat per cycle.
module axi_ram #(
    parameter int WORDS_LOG2 = 10
) (
    input  logic        clk,
    input  logic        rst,
    input  logic        s_axi_arvalid,
    output logic        s_axi_arready,
    /* verilator lint_off UNUSEDSIGNAL */ // addresses wrap within the memory; beats are aligned
    input  logic [63:0] s_axi_araddr,
    /* verilator lint_on UNUSEDSIGNAL */
    input  logic [7:0]  s_axi_arlen,
    output logic        s_axi_rvalid,
    input  logic        s_axi_rready,
    output logic [63:0] s_axi_rdata,
    output logic [1:0]  s_axi_rresp,
    output logic        s_axi_rlast,
    input  logic        s_axi_awvalid,
    output logic        s_axi_awready,
    /* verilator lint_off UNUSEDSIGNAL */ // likewise
    input  logic [63:0] s_axi_awaddr,
    /* verilator lint_on UNUSEDSIGNAL */
    input  logic [7:0]  s_axi_awlen,
    input  logic        s_axi_wvalid,
    output logic        s_axi_wready,
    input  logic [63:0] s_axi_wdata,
    input  logic [7:0]  s_axi_wstrb,
    /* verilator lint_off UNUSEDSIGNAL */ // bursts are counted from AWLEN
    input  logic        s_axi_wlast,
    /* verilator lint_on UNUSEDSIGNAL */
    output logic        s_axi_bvalid,
    input  logic        s_axi_bready,
    output logic [1:0]  s_axi_bresp
);
    // One simple dual-port memory per byte lane (write port: W channel, read port: R
    // channel, registered read), so each strobe is a plain write enable and synthesis
    // maps every lane to block RAM.
    logic [63:0] lane_rdata;
    wire         fetch;
    wire         write_beat = s_axi_wvalid && s_axi_wready;

    logic                  rd_busy, wr_busy;
    logic [WORDS_LOG2-1:0] rd_word, wr_word;
    logic [7:0]            rd_left, wr_left;

    assign s_axi_arready = !rst && !rd_busy;
    assign s_axi_awready = !rst && !wr_busy && !s_axi_bvalid;
    assign s_axi_wready = wr_busy;
    assign s_axi_rresp = 2'b00;
    assign s_axi_bresp = 2'b00;

    // Read data is registered: a beat is fetched when the previous one is taken.
    assign fetch = rd_busy && !(s_axi_arvalid && s_axi_arready) && (!s_axi_rvalid || s_axi_rready);
    assign s_axi_rdata = lane_rdata;

    for (genvar j = 0; j < 8; j++) begin : g_lane
        logic [7:0] mem [0:(1 << WORDS_LOG2) - 1];
        always_ff @(posedge clk) begin
            if (write_beat && s_axi_wstrb[j]) mem[wr_word] <= s_axi_wdata[j*8 +: 8];
            if (fetch) lane_rdata[j*8 +: 8] <= mem[rd_word];
        end
    end

    always_ff @(posedge clk) begin
        if (rst) begin
            rd_busy <= 1'b0;
            s_axi_rvalid <= 1'b0;
        end else begin
            if (s_axi_rvalid && s_axi_rready) s_axi_rvalid <= 1'b0;
            if (s_axi_arvalid && s_axi_arready) begin
                rd_busy <= 1'b1;
                rd_word <= s_axi_araddr[WORDS_LOG2+2:3];
                rd_left <= s_axi_arlen;
            end else if (fetch) begin
                s_axi_rvalid <= 1'b1;
                s_axi_rlast <= rd_left == 8'd0;
                rd_word <= rd_word + 1'b1;
                rd_left <= rd_left - 1'b1;
                if (rd_left == 8'd0) rd_busy <= 1'b0;
            end
        end
    end

    always_ff @(posedge clk) begin
        if (rst) begin
            wr_busy <= 1'b0;
            s_axi_bvalid <= 1'b0;
        end else begin
            if (s_axi_bvalid && s_axi_bready) s_axi_bvalid <= 1'b0;
            if (s_axi_awvalid && s_axi_awready) begin
                wr_busy <= 1'b1;
                wr_word <= s_axi_awaddr[WORDS_LOG2+2:3];
                wr_left <= s_axi_awlen;
            end else if (write_beat) begin
                wr_word <= wr_word + 1'b1;
                wr_left <= wr_left - 1'b1;
                if (wr_left == 8'd0) begin
                    wr_busy <= 1'b0;
                    s_axi_bvalid <= 1'b1;
                end
            end
        end
    end
endmodule
