// Testbench for cdc_fifo: two clock ratios (fast writer / slow reader and the reverse),
// random idle cycles on the writer, random backpressure on the reader, phases that
// fill the FIFO and phases that drain it. Every word must arrive once, in order.
`timescale 1ns/1ps
module cdc_fifo_run #(
    parameter int WR_HALF_PS = 3000,
    parameter int RD_HALF_PS = 5000,
    parameter int N = 3000
) (
    output logic done,
    output int   errors,
    output int   full_cycles
);
    localparam int W = 16;
    logic wr_clk = 0, rd_clk = 0;
    always #(WR_HALF_PS * 1ps) wr_clk = ~wr_clk;
    always #(RD_HALF_PS * 1ps) rd_clk = ~rd_clk;

    logic wr_rst = 1, rd_rst = 1;
    logic wr_valid = 0, wr_ready, rd_valid, rd_ready = 0;
    logic [W-1:0] wr_data = 0, rd_data;

    cdc_fifo #(.WIDTH(W), .DEPTH_LOG2(3)) dut (.*);

    function automatic logic [W-1:0] word(int i);
        return W'(i * 40503 + 7);
    endfunction

    int sent = 0, got = 0;
    initial begin
        errors = 0;
        full_cycles = 0;
        done = 0;
        repeat (6) @(posedge rd_clk);
        repeat (6) @(posedge wr_clk);
        @(posedge wr_clk) wr_rst <= 0;
        @(posedge rd_clk) rd_rst <= 0;
    end

    // Writer: a raised valid stays up with its data until taken. In the first third of
    // the run it offers a word most cycles (the reader stalls, so the FIFO fills); later
    // it idles often (the FIFO drains to empty).
    always @(posedge wr_clk) if (!wr_rst) begin
        if (!wr_ready && wr_valid) full_cycles <= full_cycles + 1;
        if (wr_valid && wr_ready) begin
            sent <= sent + 1;
            wr_valid <= 0;
        end
        if (!wr_valid || wr_ready) begin
            if ((wr_valid && wr_ready ? sent + 1 : sent) < N &&
                ($urandom % 8) < (sent < N / 3 ? 7 : 3)) begin
                wr_valid <= 1;
                wr_data <= word(wr_valid && wr_ready ? sent + 1 : sent);
            end
        end
    end

    // Reader: random backpressure, heavy while the writer is busy.
    always @(posedge rd_clk) if (!rd_rst) begin
        rd_ready <= ($urandom % 8) < (got < N / 3 ? 2 : 6);
        if (rd_valid && rd_ready) begin
            if (rd_data !== word(got)) begin
                if (errors < 10) $display("cdc_fifo: word %0d is %h, want %h", got, rd_data, word(got));
                errors <= errors + 1;
            end
            got <= got + 1;
            if (got + 1 == N) done <= 1;
        end
    end
endmodule

module tb_cdc_fifo;
    logic done_a, done_b, done_c;
    int err_a, err_b, err_c, full_a, full_b, full_c;
    cdc_fifo_run #(.WR_HALF_PS(3000), .RD_HALF_PS(5000)) fast_writer (.done(done_a), .errors(err_a), .full_cycles(full_a));
    cdc_fifo_run #(.WR_HALF_PS(5000), .RD_HALF_PS(3100)) fast_reader (.done(done_b), .errors(err_b), .full_cycles(full_b));
    cdc_fifo_run #(.WR_HALF_PS(3200), .RD_HALF_PS(3200)) same_rate   (.done(done_c), .errors(err_c), .full_cycles(full_c));
    initial begin
        fork
            wait (done_a && done_b && done_c);
            #(200us);
        join_any
        if (!(done_a && done_b && done_c)) begin
            $display("FAIL tb_cdc_fifo: timed out (done %b%b%b)", done_a, done_b, done_c);
        end else if (err_a + err_b + err_c != 0) begin
            $display("FAIL tb_cdc_fifo: %0d wrong words", err_a + err_b + err_c);
        end else if (full_a == 0 || full_b == 0 || full_c == 0) begin
            $display("FAIL tb_cdc_fifo: a run never filled the FIFO (%0d %0d %0d cycles full)", full_a, full_b, full_c);
        end else begin
            $display("PASS tb_cdc_fifo: 3 x 3000 words in order; full for %0d/%0d/%0d writer cycles", full_a, full_b, full_c);
        end
        $finish;
    end
endmodule
