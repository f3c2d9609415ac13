// RX frame FIFO between the MAC (which cannot be stalled) and the engine's rx_* port,
// crossing from the MAC's RX clock to the engine clock.
//
// A frame becomes visible to the reader only when its last beat is written, so the
// engine never sees a partial frame. A frame that does not fit (the FIFO filled while
// it arrived, or it is longer than the FIFO) is dropped whole and counted in
// `frames_dropped`; a frame the MAC marks bad on its last beat (`in_bad`: FCS error) is
// dropped whole and counted in `frames_bad`. Both counters live in the MAC domain.
//
// The write side keeps a speculative pointer for the frame in progress and rewinds it
// to the committed one when it drops a frame. A commit moves the committed pointer by a
// whole frame at once, which in Gray code changes many bits: crossing that could
// capture a mix. So a third pointer, `visible`, steps towards the committed one by one
// word per cycle, and only its Gray code crosses (one bit changes per step). It keeps
// pace with the MAC, which writes at most one word per cycle.
module rx_frame_fifo #(
    parameter int DATA = 64,
    parameter int DEPTH_LOG2 = 9
) (
    input  logic              in_clk,
    input  logic              in_rst,
    input  logic              in_valid,
    input  logic [DATA-1:0]   in_data,
    input  logic [DATA/8-1:0] in_keep,
    input  logic              in_last,
    input  logic              in_bad,
    output logic [31:0]       frames_dropped,
    output logic [31:0]       frames_bad,

    input  logic              out_clk,
    input  logic              out_rst,
    output logic              out_valid,
    input  logic              out_ready,
    output logic [DATA-1:0]   out_data,
    output logic [DATA/8-1:0] out_keep,
    output logic              out_last
);
    localparam int K = DATA / 8;
    localparam int DEPTH = 1 << DEPTH_LOG2;
    localparam int WORD = DATA + K + 1;

    logic [WORD-1:0] mem [0:DEPTH-1];

    // Write (MAC) domain.
    logic [DEPTH_LOG2:0] wr_ptr, commit_ptr, visible, visible_gray, wr_ptr_next, visible_next, rd_bin_sync;
    (* ASYNC_REG = "TRUE" *) logic [DEPTH_LOG2:0] rd_gray_meta, rd_gray_sync;
    logic dropping;
    logic [DEPTH_LOG2:0] rd_gray;

    // Gray to binary: each bit is the XOR of the bits above and itself.
    always_comb begin
        rd_bin_sync[DEPTH_LOG2] = rd_gray_sync[DEPTH_LOG2];
        for (int i = DEPTH_LOG2 - 1; i >= 0; i--) rd_bin_sync[i] = rd_bin_sync[i + 1] ^ rd_gray_sync[i];
    end

    wire full = (wr_ptr - rd_bin_sync) == (DEPTH_LOG2 + 1)'(DEPTH);
    assign wr_ptr_next = wr_ptr + 1'b1;
    assign visible_next = visible + 1'b1;

    always_ff @(posedge in_clk) begin
        if (in_rst) begin
            wr_ptr <= '0;
            commit_ptr <= '0;
            visible <= '0;
            visible_gray <= '0;
            rd_gray_meta <= '0;
            rd_gray_sync <= '0;
            dropping <= 1'b0;
            frames_dropped <= '0;
            frames_bad <= '0;
        end else begin
            rd_gray_meta <= rd_gray;
            rd_gray_sync <= rd_gray_meta;
            if (visible != commit_ptr) begin
                visible <= visible_next;
                visible_gray <= visible_next ^ (visible_next >> 1);
            end
            if (in_valid) begin
                if (dropping || full) begin
                    // No room for this beat: the frame is lost; skip to its last beat.
                    dropping <= !in_last;
                    if (in_last) begin
                        wr_ptr <= commit_ptr;
                        frames_dropped <= frames_dropped + 1;
                    end
                end else begin
                    mem[wr_ptr[DEPTH_LOG2-1:0]] <= {in_last, in_keep, in_data};
                    if (!in_last) begin
                        wr_ptr <= wr_ptr_next;
                    end else if (in_bad) begin
                        wr_ptr <= commit_ptr;
                        frames_bad <= frames_bad + 1;
                    end else begin
                        wr_ptr <= wr_ptr_next;
                        commit_ptr <= wr_ptr_next;
                    end
                end
            end
        end
    end

    // Read (engine) domain.
    logic [DEPTH_LOG2:0] rd_bin, rd_bin_next;
    (* ASYNC_REG = "TRUE" *) logic [DEPTH_LOG2:0] visible_gray_meta, visible_gray_sync;

    assign out_valid = !out_rst && (rd_gray != visible_gray_sync);
    assign {out_last, out_keep, out_data} = mem[rd_bin[DEPTH_LOG2-1:0]];
    assign rd_bin_next = rd_bin + 1'b1;

    always_ff @(posedge out_clk) begin
        if (out_rst) begin
            rd_bin <= '0;
            rd_gray <= '0;
            visible_gray_meta <= '0;
            visible_gray_sync <= '0;
        end else begin
            visible_gray_meta <= visible_gray;
            visible_gray_sync <= visible_gray_meta;
            if (out_valid && out_ready) begin
                rd_bin <= rd_bin_next;
                rd_gray <= rd_bin_next ^ (rd_bin_next >> 1);
            end
        end
    end
endmodule
