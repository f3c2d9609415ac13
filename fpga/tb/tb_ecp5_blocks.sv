// Testbench for the ECP5 bring-up blocks. spi_regbus: an SPI master (SCK = clock / 10)
// writes and reads registers of a model that answers reads 1 to 8 cycles late; read
// data must match, bad op bytes must do nothing. axi_ram: random write bursts with
// random strobes and random read bursts, random valid/ready on every channel, checked
// against a byte shadow.
`timescale 1ns/1ps
module tb_ecp5_blocks;
    logic clk = 0;
    always #5ns clk = ~clk;
    logic rst = 1;
    int errors = 0;
    task automatic fail(string what);
        if (errors < 10) $display("ecp5 blocks: %s", what);
        errors++;
    endtask

    // ------------------------------------------------------------ spi_regbus
    logic spi_sck = 0, spi_cs_n = 1, spi_mosi = 0, spi_miso;
    logic [15:0] reg_addr;
    logic [31:0] reg_wdata, reg_rdata = 0;
    logic reg_write, reg_read, reg_rvalid = 0;
    spi_regbus spi (.clk, .rst, .spi_sck, .spi_cs_n, .spi_mosi, .spi_miso,
        .reg_addr, .reg_wdata, .reg_write, .reg_read, .reg_rdata, .reg_rvalid);

    logic [31:0] regs [0:15];
    int delay = -1, reg_writes = 0;
    logic [15:0] raddr;
    always @(posedge clk) begin
        reg_rvalid <= 0;
        if (reg_write) begin regs[reg_addr[5:2]] <= reg_wdata; reg_writes++; end
        if (reg_read) begin delay <= $urandom % 8; raddr <= reg_addr; end
        if (delay == 0) begin reg_rvalid <= 1; reg_rdata <= regs[raddr[5:2]]; end
        if (delay >= 0) delay <= delay - 1;
    end

    // One SPI transaction: 64 bits out on MOSI, 64 bits in from MISO (mode 0).
    task automatic spi_xfer(input logic [63:0] tx, output logic [63:0] rx);
        spi_cs_n = 0;
        repeat (10) @(posedge clk);
        for (int i = 63; i >= 0; i--) begin
            spi_mosi = tx[i];
            repeat (5) @(posedge clk);
            spi_sck = 1;
            rx[i] = spi_miso;
            repeat (5) @(posedge clk);
            spi_sck = 0;
        end
        repeat (10) @(posedge clk);
        spi_cs_n = 1;
        repeat (10) @(posedge clk);
    endtask

    logic [31:0] model [0:15];
    int spi_ops = 0, spi_writes = 0;
    logic spi_done = 0;
    initial begin
        logic [63:0] rx;
        for (int i = 0; i < 16; i++) begin regs[i] = 32'(i * 3); model[i] = regs[i]; end
        repeat (5) @(posedge clk);
        rst = 0;
        for (int op = 0; op < 300; op++) begin
            automatic int r = $urandom % 16;
            automatic logic [31:0] d = $urandom;
            automatic int kind = $urandom % 5;
            if (kind < 2) begin
                spi_xfer({8'h01, 16'(r << 2), d, 8'd0}, rx);
                model[r] = d;
                spi_writes++;
            end else if (kind < 4) begin
                spi_xfer({8'h02, 16'(r << 2), 8'd0, 32'd0}, rx);
                if (rx[31:0] !== model[r]) fail($sformatf("SPI read of register %0d gave %h, want %h", r, rx[31:0], model[r]));
            end else begin
                spi_xfer({8'h7e, 16'(r << 2), d, 8'd0}, rx);  // unknown op: nothing happens
            end
            spi_ops++;
        end
        spi_done = 1;
    end

    // ------------------------------------------------------------ axi_ram
    logic arvalid = 0, arready, rvalid, rready = 0, rlast, awvalid = 0, awready, wvalid = 0, wready, wlast = 0, bvalid, bready = 0;
    logic [63:0] araddr = 0, rdata, awaddr = 0, wdata = 0;
    logic [7:0] arlen = 0, awlen = 0, wstrb = 0;
    logic [1:0] rresp, bresp;
    axi_ram #(.WORDS_LOG2(8)) ram (.clk, .rst,
        .s_axi_arvalid(arvalid), .s_axi_arready(arready), .s_axi_araddr(araddr), .s_axi_arlen(arlen),
        .s_axi_rvalid(rvalid), .s_axi_rready(rready), .s_axi_rdata(rdata), .s_axi_rresp(rresp), .s_axi_rlast(rlast),
        .s_axi_awvalid(awvalid), .s_axi_awready(awready), .s_axi_awaddr(awaddr), .s_axi_awlen(awlen),
        .s_axi_wvalid(wvalid), .s_axi_wready(wready), .s_axi_wdata(wdata), .s_axi_wstrb(wstrb), .s_axi_wlast(wlast),
        .s_axi_bvalid(bvalid), .s_axi_bready(bready), .s_axi_bresp(bresp));

    logic [7:0] shadow [0:2047];
    int bursts = 0;
    logic ram_done = 0;
    // Signals change at falling edges; a transfer is decided just before the rise.
    initial begin
        for (int i = 0; i < 2048; i++) shadow[i] = 8'hxx;
        @(negedge rst);
        // Fill the memory first so every byte read later is known. Pattern for every
        // handshake: raise valid after a falling edge, see ready settle, and the next
        // rising edge is the transfer; drop valid at the falling edge after it.
        for (int i = 0; i < 2048 / 8; i++) begin
            @(negedge clk);
            awvalid = 1; awaddr = i * 8; awlen = 0;
            #1ns; while (!awready) begin @(negedge clk); #1ns; end
            @(posedge clk);
            @(negedge clk);
            awvalid = 0;
            wvalid = 1; wdata = {$urandom, $urandom}; wstrb = 8'hFF; wlast = 1;
            #1ns; while (!wready) begin @(negedge clk); #1ns; end
            @(posedge clk);
            for (int j = 0; j < 8; j++) shadow[i * 8 + j] = wdata[j*8 +: 8];
            @(negedge clk);
            wvalid = 0;
            bready = 1;
            #1ns; while (!bvalid) begin @(negedge clk); #1ns; end
            @(posedge clk);
            @(negedge clk) bready = 0;
        end
        for (int n = 0; n < 400; n++) begin
            automatic int start = $urandom % 256, beats = 1 + $urandom % 16;
            if (start + beats > 256) beats = 256 - start;
            if ($urandom % 2) begin
                @(negedge clk);
                awvalid = 1; awaddr = start * 8; awlen = 8'(beats - 1);
                #1ns; while (!awready) begin @(negedge clk); #1ns; end
                @(posedge clk);
                @(negedge clk) awvalid = 0;
                for (int b = 0; b < beats; b++) begin
                    while ($urandom % 3 == 0) @(negedge clk);
                    wvalid = 1; wdata = {$urandom, $urandom}; wstrb = 8'($urandom); wlast = b == beats - 1;
                    #1ns; while (!wready) begin @(negedge clk); #1ns; end
                    @(posedge clk);
                    for (int j = 0; j < 8; j++) if (wstrb[j]) shadow[(start + b) * 8 + j] = wdata[j*8 +: 8];
                    @(negedge clk) wvalid = 0;
                end
                bready = 1;
                #1ns; while (!bvalid) begin @(negedge clk); #1ns; end
                @(posedge clk);
                @(negedge clk) bready = 0;
            end else begin
                @(negedge clk);
                arvalid = 1; araddr = start * 8; arlen = 8'(beats - 1);
                #1ns; while (!arready) begin @(negedge clk); #1ns; end
                @(posedge clk);
                @(negedge clk) arvalid = 0;
                for (int b = 0; b < beats; b++) begin
                    automatic logic [63:0] want;
                    rready = $urandom % 2;
                    #1ns;
                    while (!(rvalid && rready)) begin @(negedge clk); rready = $urandom % 2; #1ns; end
                    for (int j = 0; j < 8; j++) want[j*8 +: 8] = shadow[(start + b) * 8 + j];
                    if (rdata !== want || rlast !== (b == beats - 1))
                        fail($sformatf("RAM read word %0d: %h last %b, want %h %b", start + b, rdata, rlast, want, b == beats - 1));
                    @(posedge clk);
                    @(negedge clk) rready = 0;
                end
            end
            bursts++;
        end
        ram_done = 1;
    end

    initial begin
        fork
            wait (spi_done && ram_done);
            #(20ms);
        join_any
        if (!(spi_done && ram_done)) $display("FAIL tb_ecp5_blocks: timed out (%0d SPI ops, %0d RAM bursts)", spi_ops, bursts);
        else if (errors != 0) $display("FAIL tb_ecp5_blocks: %0d errors", errors);
        else if (reg_writes != spi_writes) $display("FAIL tb_ecp5_blocks: %0d register writes for %0d SPI writes", reg_writes, spi_writes);
        else $display("PASS tb_ecp5_blocks: %0d SPI register accesses (%0d writes, unknown ops ignored), %0d AXI RAM bursts with random strobes",
            spi_ops, spi_writes, bursts);
        $finish;
    end
endmodule
