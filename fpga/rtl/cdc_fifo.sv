// Asynchronous FIFO: a valid/ready stream from one clock domain to another.
//
// Gray-coded pointers, each crossed with a two-flop synchronizer, so only one bit of a
// pointer changes per increment and the other side sees either the old or the new
// value, never a mix. The storage is a plain array (LUT RAM on Xilinx, distributed RAM
// on ECP5) written in the write domain and read combinationally in the read domain; a
// word is read only after its write pointer has crossed, so it is stable by then.
//
// Resets are synchronous, one per domain, and must overlap: assert both (for a few
// cycles of the slower clock) before using the FIFO.
module cdc_fifo #(
    parameter int WIDTH = 8,
    parameter int DEPTH_LOG2 = 4
) (
    input  logic             wr_clk,
    input  logic             wr_rst,
    input  logic             wr_valid,
    output logic             wr_ready,
    input  logic [WIDTH-1:0] wr_data,

    input  logic             rd_clk,
    input  logic             rd_rst,
    output logic             rd_valid,
    input  logic             rd_ready,
    output logic [WIDTH-1:0] rd_data
);
    localparam int DEPTH = 1 << DEPTH_LOG2;
    // Pointers have one bit more than the address: it tells full (a lap apart) from
    // empty (equal). The full test below slices two MSBs, hence DEPTH_LOG2 >= 2.
    if (DEPTH_LOG2 < 2) begin : g_depth_check
        $error("cdc_fifo: DEPTH_LOG2 must be at least 2");
    end

    logic [WIDTH-1:0] mem [0:DEPTH-1];

    // Write domain.
    logic [DEPTH_LOG2:0] wr_bin, wr_gray, wr_bin_next;
    (* ASYNC_REG = "TRUE" *) logic [DEPTH_LOG2:0] rd_gray_meta, rd_gray_sync;

    // Full when the write pointer is one lap ahead of the read pointer: in Gray code the
    // two MSBs are inverted and the rest equal.
    assign wr_ready = !wr_rst &&
        (wr_gray != {~rd_gray_sync[DEPTH_LOG2:DEPTH_LOG2-1], rd_gray_sync[DEPTH_LOG2-2:0]});

    assign wr_bin_next = wr_bin + 1'b1;

    always_ff @(posedge wr_clk) begin
        if (wr_rst) begin
            wr_bin <= '0;
            wr_gray <= '0;
            rd_gray_meta <= '0;
            rd_gray_sync <= '0;
        end else begin
            rd_gray_meta <= rd_gray;
            rd_gray_sync <= rd_gray_meta;
            if (wr_valid && wr_ready) begin
                mem[wr_bin[DEPTH_LOG2-1:0]] <= wr_data;
                wr_bin <= wr_bin_next;
                wr_gray <= wr_bin_next ^ (wr_bin_next >> 1);
            end
        end
    end

    // Read domain.
    logic [DEPTH_LOG2:0] rd_bin, rd_gray, rd_bin_next;
    (* ASYNC_REG = "TRUE" *) logic [DEPTH_LOG2:0] wr_gray_meta, wr_gray_sync;

    assign rd_valid = !rd_rst && (rd_gray != wr_gray_sync);
    assign rd_data = mem[rd_bin[DEPTH_LOG2-1:0]];

    assign rd_bin_next = rd_bin + 1'b1;

    always_ff @(posedge rd_clk) begin
        if (rd_rst) begin
            rd_bin <= '0;
            rd_gray <= '0;
            wr_gray_meta <= '0;
            wr_gray_sync <= '0;
        end else begin
            wr_gray_meta <= wr_gray;
            wr_gray_sync <= wr_gray_meta;
            if (rd_valid && rd_ready) begin
                rd_bin <= rd_bin_next;
                rd_gray <= rd_bin_next ^ (rd_bin_next >> 1);
            end
        end
    end
endmodule
