// AXI4-Lite slave (the PCIe BAR0 window, in the PCIe core's clock domain) onto the
// engine's register bus (in the engine clock domain).
//
// One access at a time, which is what the register bus allows (nothing while a read is
// outstanding) and what a CPU's uncached MMIO does anyway. A command (write flag,
// BAR0 offset, data) crosses to the engine in a cdc_fifo; a read's data crosses back in
// another. A write is answered (B) once its command is queued: the register bus always
// accepts writes, and PCIe memory writes are posted. A write whose strobes are not all
// four bytes is refused with SLVERR and not performed: the registers are 32-bit and a
// partial write would silently clear the other bytes.
module axil_regbus (
    input  logic        axi_clk,
    input  logic        axi_rst,
    input  logic        s_axil_awvalid,
    output logic        s_axil_awready,
    /* verilator lint_off UNUSEDSIGNAL */ // BAR0 is 64 KiB: the upper address bits are the window's base
    input  logic [31:0] s_axil_awaddr,
    input  logic [31:0] s_axil_araddr,
    /* verilator lint_on UNUSEDSIGNAL */
    input  logic        s_axil_wvalid,
    output logic        s_axil_wready,
    input  logic [31:0] s_axil_wdata,
    input  logic [3:0]  s_axil_wstrb,
    output logic        s_axil_bvalid,
    input  logic        s_axil_bready,
    output logic [1:0]  s_axil_bresp,
    input  logic        s_axil_arvalid,
    output logic        s_axil_arready,
    output logic        s_axil_rvalid,
    input  logic        s_axil_rready,
    output logic [31:0] s_axil_rdata,
    output logic [1:0]  s_axil_rresp,

    input  logic        eng_clk,
    input  logic        eng_rst,
    output logic [15:0] reg_addr,
    output logic [31:0] reg_wdata,
    output logic        reg_write,
    output logic        reg_read,
    input  logic [31:0] reg_rdata,
    input  logic        reg_rvalid
);
    localparam logic [1:0] OKAY = 2'b00, SLVERR = 2'b10;

    // ---------------------------------------------------------------- AXI side
    typedef enum logic [1:0] {IDLE, WAIT_READ, ANSWER_WRITE, ANSWER_READ} axi_state_t;
    axi_state_t state;
    logic        cmd_valid, cmd_ready, cmd_write;
    logic [15:0] cmd_addr;
    logic [31:0] cmd_data;
    logic        resp_valid, resp_ready;
    logic [31:0] resp_data;

    wire take_read = state == IDLE && s_axil_arvalid;
    wire take_write = state == IDLE && !s_axil_arvalid && s_axil_awvalid && s_axil_wvalid;
    wire write_ok = s_axil_wstrb == 4'hF;

    assign cmd_valid = (take_read || (take_write && write_ok)) && cmd_ready;
    assign cmd_write = !take_read;
    assign cmd_addr = take_read ? s_axil_araddr[15:0] : s_axil_awaddr[15:0];
    assign cmd_data = s_axil_wdata;
    assign s_axil_arready = take_read && cmd_ready;
    assign s_axil_awready = take_write && (cmd_ready || !write_ok);
    assign s_axil_wready = s_axil_awready;
    assign s_axil_bvalid = state == ANSWER_WRITE;
    assign s_axil_rvalid = state == ANSWER_READ;
    assign resp_ready = state == WAIT_READ;

    always_ff @(posedge axi_clk) begin
        if (axi_rst) begin
            state <= IDLE;
        end else begin
            case (state)
                IDLE:
                    if (s_axil_arready) state <= WAIT_READ;
                    else if (s_axil_awready) begin
                        state <= ANSWER_WRITE;
                        s_axil_bresp <= write_ok ? OKAY : SLVERR;
                    end
                WAIT_READ:
                    if (resp_valid) begin
                        state <= ANSWER_READ;
                        s_axil_rdata <= resp_data;
                        s_axil_rresp <= OKAY;
                    end
                ANSWER_WRITE: if (s_axil_bready) state <= IDLE;
                ANSWER_READ: if (s_axil_rready) state <= IDLE;
            endcase
        end
    end

    // ---------------------------------------------------------------- crossings
    logic        eng_cmd_valid, eng_cmd_ready, eng_cmd_write;
    logic [15:0] eng_cmd_addr;
    logic [31:0] eng_cmd_data;

    cdc_fifo #(.WIDTH(1 + 16 + 32), .DEPTH_LOG2(2)) cmd_cdc (
        .wr_clk(axi_clk), .wr_rst(axi_rst), .wr_valid(cmd_valid), .wr_ready(cmd_ready),
        .wr_data({cmd_write, cmd_addr, cmd_data}),
        .rd_clk(eng_clk), .rd_rst(eng_rst), .rd_valid(eng_cmd_valid), .rd_ready(eng_cmd_ready),
        .rd_data({eng_cmd_write, eng_cmd_addr, eng_cmd_data}));

    logic eng_resp_ready;
    cdc_fifo #(.WIDTH(32), .DEPTH_LOG2(2)) resp_cdc (
        .wr_clk(eng_clk), .wr_rst(eng_rst), .wr_valid(reg_rvalid), .wr_ready(eng_resp_ready),
        .wr_data(reg_rdata),
        .rd_clk(axi_clk), .rd_rst(axi_rst), .rd_valid(resp_valid), .rd_ready(resp_ready),
        .rd_data(resp_data));

    // ---------------------------------------------------------------- engine side
    // A command becomes a one-cycle strobe; after a read, nothing more is issued until
    // its reg_rvalid. (Only one access is in flight, so resp_cdc always has room.)
    logic read_pending;
    assign eng_cmd_ready = !eng_rst && !read_pending && !reg_read;

    always_ff @(posedge eng_clk) begin
        if (eng_rst) begin
            reg_write <= 1'b0;
            reg_read <= 1'b0;
            read_pending <= 1'b0;
        end else begin
            reg_write <= eng_cmd_valid && eng_cmd_ready && eng_cmd_write;
            reg_read <= eng_cmd_valid && eng_cmd_ready && !eng_cmd_write;
            if (eng_cmd_valid && eng_cmd_ready) begin
                reg_addr <= eng_cmd_addr;
                reg_wdata <= eng_cmd_data;
                read_pending <= !eng_cmd_write;
            end else if (reg_rvalid) begin
                read_pending <= 1'b0;
            end
        end
    end

    // The response FIFO cannot fill (one read in flight); its ready is not needed.
    wire unused_ok = eng_resp_ready;
endmodule
