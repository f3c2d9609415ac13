// Testbench for axil_regbus: an AXI4-Lite master (250 MHz) issuing random reads and
// writes, with AW and W raised independently, random delays and random B/R
// backpressure, some writes with partial strobes; an engine register file model
// (156.25 MHz) that answers reads 1 to 8 cycles late. Checks read data against the
// model, SLVERR for partial writes (and that they change nothing), and the register
// bus rule: no strobe while a read is outstanding.
`timescale 1ns/1ps
module tb_axil_regbus;
    localparam int OPS = 3000, REGS = 64;
    logic axi_clk = 0, eng_clk = 0;
    always #2ns axi_clk = ~axi_clk;
    always #3.2ns eng_clk = ~eng_clk;
    logic axi_rst = 1, eng_rst = 1;

    logic s_axil_awvalid = 0, s_axil_awready, s_axil_wvalid = 0, s_axil_wready;
    logic [31:0] s_axil_awaddr = 0, s_axil_araddr = 0, s_axil_wdata = 0, s_axil_rdata;
    logic [3:0] s_axil_wstrb = 0;
    logic s_axil_bvalid, s_axil_bready = 0, s_axil_arvalid = 0, s_axil_arready, s_axil_rvalid, s_axil_rready = 0;
    logic [1:0] s_axil_bresp, s_axil_rresp;
    logic [15:0] reg_addr;
    logic [31:0] reg_wdata, reg_rdata = 0;
    logic reg_write, reg_read, reg_rvalid = 0;

    axil_regbus dut (.*);

    int errors = 0;
    task automatic fail(string what);
        if (errors < 10) $display("axil_regbus: %s", what);
        errors++;
    endtask

    // ------------------------------------------------------------ engine model
    logic [31:0] regs [0:REGS-1];
    logic [31:0] model [0:REGS-1];   // what the master expects
    int read_delay = -1;
    int eng_writes = 0;
    logic [15:0] read_addr;
    always @(posedge eng_clk) if (!eng_rst) begin
        reg_rvalid <= 0;
        if ((reg_write || reg_read) && read_delay >= 0) fail("register strobe while a read is outstanding");
        if (reg_write) begin
            regs[reg_addr[7:2]] <= reg_wdata;
            eng_writes++;
        end
        if (reg_read) begin
            read_delay <= $urandom % 8;
            read_addr <= reg_addr;
        end
        if (read_delay == 0) begin
            reg_rvalid <= 1;
            reg_rdata <= regs[read_addr[7:2]];
        end
        if (read_delay >= 0) read_delay <= read_delay - 1;
    end

    initial begin
        #(4ms);
        $display("FAIL tb_axil_regbus: timed out after %0d reads and %0d writes", reads, writes);
        $finish;
    end

    // ------------------------------------------------------------ AXI master
    int reads = 0, writes = 0, refused = 0;
    initial begin
        for (int i = 0; i < REGS; i++) begin
            regs[i] = 32'(i * 7);
            model[i] = regs[i];
        end
        repeat (8) @(posedge eng_clk);
        axi_rst = 0;
        eng_rst = 0;
        // The master changes its signals at falling edges and decides at a falling edge
        // whether the next rising edge transfers (valid && ready are settled by then).
        for (int op = 0; op < OPS; op++) begin
            automatic int r = $urandom % REGS;
            repeat ($urandom % 3) @(negedge axi_clk);
            if ($urandom % 2 == 0) begin
                automatic logic [31:0] d = $urandom;
                automatic logic [3:0] strb = ($urandom % 8 == 0) ? 4'($urandom % 15) : 4'hF;
                automatic int aw_at = $urandom % 3, w_at = $urandom % 3;
                automatic logic aw_done = 0, w_done = 0, b_done = 0;
                for (int t = 0; !(aw_done && w_done); t++) begin
                    @(negedge axi_clk);
                    if (aw_done) s_axil_awvalid = 0;
                    if (w_done) s_axil_wvalid = 0;
                    if (t == aw_at) begin s_axil_awvalid = 1; s_axil_awaddr = 32'h0001_0000 | (r << 2); end
                    if (t == w_at) begin s_axil_wvalid = 1; s_axil_wdata = d; s_axil_wstrb = strb; end
                    #0.1ns;
                    if (s_axil_awvalid && s_axil_awready) aw_done = 1;
                    if (s_axil_wvalid && s_axil_wready) w_done = 1;
                end
                while (!b_done) begin
                    @(negedge axi_clk);
                    s_axil_awvalid = 0;
                    s_axil_wvalid = 0;
                    s_axil_bready = $urandom % 2;
                    #0.1ns;
                    b_done = s_axil_bvalid && s_axil_bready;
                end
                @(negedge axi_clk) s_axil_bready = 0;
                if (strb == 4'hF) begin
                    if (s_axil_bresp !== 2'b00) fail($sformatf("full write answered %b", s_axil_bresp));
                    model[r] = d;
                end else begin
                    if (s_axil_bresp !== 2'b10) fail($sformatf("write with strobes %b answered %b, want SLVERR", strb, s_axil_bresp));
                    refused++;
                end
                writes++;
            end else begin
                automatic logic ar_done = 0, r_done = 0;
                @(negedge axi_clk);
                s_axil_arvalid = 1;
                s_axil_araddr = r << 2;
                #0.1ns;
                ar_done = s_axil_arready;
                while (!ar_done) begin
                    @(negedge axi_clk);
                    #0.1ns;
                    ar_done = s_axil_arready;
                end
                while (!r_done) begin
                    @(negedge axi_clk);
                    s_axil_arvalid = 0;
                    s_axil_rready = $urandom % 2;
                    #0.1ns;
                    r_done = s_axil_rvalid && s_axil_rready;
                end
                @(posedge axi_clk);
                if (s_axil_rdata !== model[r] || s_axil_rresp !== 2'b00)
                    fail($sformatf("read of register %0d gave %h (%b), want %h", r, s_axil_rdata, s_axil_rresp, model[r]));
                @(negedge axi_clk) s_axil_rready = 0;
                reads++;
            end
        end
        repeat (20) @(posedge eng_clk);
        if (errors != 0) $display("FAIL tb_axil_regbus: %0d errors", errors);
        else if (eng_writes != writes - refused) $display("FAIL tb_axil_regbus: %0d register writes for %0d accepted", eng_writes, writes - refused);
        else if (refused == 0) $display("FAIL tb_axil_regbus: no partial write was tried");
        else $display("PASS tb_axil_regbus: %0d reads and %0d writes (%0d partial ones refused with SLVERR) across the clock domains",
            reads, writes, refused);
        $finish;
    end
endmodule
