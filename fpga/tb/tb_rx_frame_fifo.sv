// Testbench for rx_frame_fifo: a MAC that never stalls (with random gaps inside and
// between frames, random lengths, some frames marked bad, some longer than the FIFO)
// and an engine side with random backpressure and long stalls that force drops. Every
// frame that arrives must be whole, good, in order and byte-exact; every frame sent
// must be accounted for as received, dropped or bad.
`timescale 1ns/1ps
module tb_rx_frame_fifo;
    localparam int D = 64, K = 8, DEPTH_LOG2 = 6, FRAMES = 1500;
    logic mac_clk = 0, eng_clk = 0;
    always #3.2ns mac_clk = ~mac_clk;
    always #3.5ns eng_clk = ~eng_clk;

    logic mac_rst = 1, eng_rst = 1;
    logic in_valid = 0, in_last = 0, in_bad = 0;
    logic [D-1:0] in_data = 0;
    logic [K-1:0] in_keep = 0;
    logic [31:0] frames_dropped, frames_bad;
    logic out_valid, out_ready = 0, out_last;
    logic [D-1:0] out_data;
    logic [K-1:0] out_keep;

    rx_frame_fifo #(.DATA(D), .DEPTH_LOG2(DEPTH_LOG2)) dut (
        .in_clk(mac_clk), .in_rst(mac_rst), .in_valid, .in_data, .in_keep, .in_last, .in_bad,
        .frames_dropped, .frames_bad,
        .out_clk(eng_clk), .out_rst(eng_rst), .out_valid, .out_ready, .out_data, .out_keep, .out_last);

    function automatic int hash(int i);
        return (i * 1103515245 + 12345) >>> 3;
    endfunction
    // Frame i: its length in beats (every 97th is longer than the whole FIFO), whether
    // the MAC marks it bad, its last beat's byte count, and each beat's data.
    function automatic int beats(int i);
        return (i % 97 == 13) ? (1 << DEPTH_LOG2) + 3 : 1 + (hash(i) & 32'h7fff) % 40;
    endfunction
    function automatic logic bad(int i);
        return (hash(i + 5) & 32'h7fff) % 9 == 0;
    endfunction
    function automatic logic [K-1:0] last_keep(int i);
        return K'((1 << (1 + (hash(i + 9) & 7))) - 1);
    endfunction
    function automatic logic [D-1:0] beat_data(int i, int b);
        return {i[31:0], b[15:0], 16'(hash(i ^ (b << 12)))};
    endfunction

    int sent = 0, got = 0, errors = 0, last_id = -1, beat_in_frame = 0;
    logic done_sending = 0;

    // The MAC: one frame after another, a beat per cycle except for random gaps.
    initial begin
        repeat (8) @(posedge eng_clk);
        @(posedge mac_clk) mac_rst = 0;
        @(posedge eng_clk) eng_rst = 0;
        for (int i = 0; i < FRAMES; i++) begin
            for (int b = 0; b < beats(i); b++) begin
                while ($urandom % 10 == 0) begin
                    @(posedge mac_clk) in_valid <= 0;
                end
                @(posedge mac_clk);
                in_valid <= 1;
                in_data <= beat_data(i, b);
                in_last <= (b == beats(i) - 1);
                in_keep <= (b == beats(i) - 1) ? last_keep(i) : '1;
                in_bad <= (b == beats(i) - 1) && bad(i);
            end
            @(posedge mac_clk) in_valid <= 0;
            repeat ($urandom % 4) @(posedge mac_clk);
            sent++;
        end
        done_sending = 1;
    end

    // The engine: random backpressure, plus a long stall every 3000 cycles.
    int cycle = 0;
    always @(posedge eng_clk) if (!eng_rst) begin
        cycle <= cycle + 1;
        out_ready <= (cycle % 3000) > 700 && ($urandom % 4 != 0);
        if (out_valid && out_ready) begin
            if (beat_in_frame == 0) begin
                if (int'(out_data[63:32]) <= last_id) begin
                    $display("rx_frame_fifo: frame %0d after frame %0d", out_data[63:32], last_id);
                    errors++;
                end
                last_id = int'(out_data[63:32]);
            end
            if (out_data !== beat_data(last_id, beat_in_frame)
                || out_last !== (beat_in_frame == beats(last_id) - 1)
                || out_keep !== (out_last ? last_keep(last_id) : {K{1'b1}})
                || bad(last_id)) begin
                if (errors < 10) $display("rx_frame_fifo: frame %0d beat %0d wrong (data %h last %b keep %h, bad %b)",
                    last_id, beat_in_frame, out_data, out_last, out_keep, bad(last_id));
                errors++;
            end
            if (out_last) begin
                got++;
                beat_in_frame = 0;
            end else begin
                beat_in_frame++;
            end
        end
    end

    initial begin
        wait (done_sending);
        repeat (4000) @(posedge eng_clk);
        if (errors != 0) begin
            $display("FAIL tb_rx_frame_fifo: %0d errors", errors);
        end else if (got + frames_dropped + frames_bad != FRAMES) begin
            $display("FAIL tb_rx_frame_fifo: %0d received + %0d dropped + %0d bad != %0d sent",
                got, frames_dropped, frames_bad, FRAMES);
        end else if (frames_dropped == 0 || frames_bad == 0 || got < FRAMES / 4) begin
            $display("FAIL tb_rx_frame_fifo: too little coverage (%0d received, %0d dropped, %0d bad)",
                got, frames_dropped, frames_bad);
        end else begin
            $display("PASS tb_rx_frame_fifo: %0d frames: %0d received whole and in order, %0d dropped (FIFO full or too long), %0d bad",
                FRAMES, got, frames_dropped, frames_bad);
        end
        $finish;
    end
endmodule
