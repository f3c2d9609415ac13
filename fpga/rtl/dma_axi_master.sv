// The engine's DMA ports (DataMover style: any address, any length, data packed from
// the address, tagged reads, posted writes) as an AXI4 master with a 64-bit data bus,
// e.g. onto the PCIe bridge's slave port (XDMA/QDMA `s_axib_*`) or a memory.
//
// Reads: each request becomes AXI bursts of aligned 8-byte words that never cross a
// 2 KiB boundary (so never AXI's 4 KiB one) and are at most 256 beats; the words that
// come back are shifted into the packed beats the engine wants, lanes past the end
// zeroed. All bursts use one ARID, so AXI returns them in order and unread: nothing to
// de-interleave, and the tag of each response comes from an in-order FIFO of the
// requests in flight (RD_INFO_LOG2 deep). An RRESP error marks that beat and the rest
// of its request `dma_rd_resp_error`, with data zeroed, as the port contract says.
//
// Writes: the packed beats are shifted to address alignment with byte strobes, split
// into bursts at the same boundaries, one AWID, so they reach memory in issue order
// (posted, as PCIe writes are). A burst's W beats are sent only after its AW, which
// some interconnects require. B responses are counted (`wr_errors` for non-OKAY) and
// otherwise dropped.
//
// Everything runs on the engine clock; put cdc_fifo on the five AXI channels to reach
// another clock domain.
module dma_axi_master #(
    parameter int RD_INFO_LOG2 = 5
) (
    input  logic        clk,
    input  logic        rst,

    input  logic        dma_rd_req_valid,
    output logic        dma_rd_req_ready,
    input  logic [63:0] dma_rd_req_addr,
    input  logic [15:0] dma_rd_req_len,
    input  logic [7:0]  dma_rd_req_tag,
    output logic        dma_rd_resp_valid,
    input  logic        dma_rd_resp_ready,
    output logic [63:0] dma_rd_resp_data,
    output logic        dma_rd_resp_last,
    output logic [7:0]  dma_rd_resp_tag,
    output logic        dma_rd_resp_error,

    input  logic        dma_wr_valid,
    output logic        dma_wr_ready,
    input  logic [63:0] dma_wr_addr,
    input  logic [15:0] dma_wr_len,
    input  logic [63:0] dma_wr_data,
    input  logic        dma_wr_last,

    output logic        m_axi_arvalid,
    input  logic        m_axi_arready,
    output logic [63:0] m_axi_araddr,
    output logic [7:0]  m_axi_arlen,
    input  logic        m_axi_rvalid,
    output logic        m_axi_rready,
    input  logic [63:0] m_axi_rdata,
    /* verilator lint_off UNUSEDSIGNAL */ // bit 0 only tells EXOKAY from OKAY
    input  logic [1:0]  m_axi_rresp,
    /* verilator lint_on UNUSEDSIGNAL */
    output logic        m_axi_awvalid,
    input  logic        m_axi_awready,
    output logic [63:0] m_axi_awaddr,
    output logic [7:0]  m_axi_awlen,
    output logic        m_axi_wvalid,
    input  logic        m_axi_wready,
    output logic [63:0] m_axi_wdata,
    output logic [7:0]  m_axi_wstrb,
    output logic        m_axi_wlast,
    input  logic        m_axi_bvalid,
    output logic        m_axi_bready,
    /* verilator lint_off UNUSEDSIGNAL */ // likewise
    input  logic [1:0]  m_axi_bresp,
    /* verilator lint_on UNUSEDSIGNAL */

    output logic [31:0] wr_errors
);
    // Word counts: a 16-bit length at any offset spans at most 8193 words.
    localparam int WC = 14;

    // Beats of the next burst from word `cur` to word `last` (inclusive): up to the
    // next 256-word (2 KiB) boundary.
    function automatic logic [8:0] burst_beats(logic [60:0] cur, logic [60:0] last);
        logic [8:0] to_boundary;
        logic [60:0] left;
        to_boundary = 9'd256 - {1'b0, cur[7:0]};
        left = last - cur + 61'd1;
        if (left < {52'd0, to_boundary}) burst_beats = left[8:0];
        else burst_beats = to_boundary;
    endfunction

    // ---------------------------------------------------------------- read requests
    // A zero length is outside the port contract; it is read as one byte and reported
    // as an error rather than hanging the port.
    logic        rd_busy;
    logic [60:0] rd_cur, rd_last;
    logic        info_in_ready, info_valid, info_pop;
    logic [2:0]  info_off;
    logic [15:0] info_len;
    logic [7:0]  info_tag;
    logic        info_bad;
    wire  [15:0] req_len = (dma_rd_req_len == 16'd0) ? 16'd1 : dma_rd_req_len;
    /* verilator lint_off UNUSEDSIGNAL */ // only its word address is used
    wire  [63:0] req_end = dma_rd_req_addr + 64'(req_len) - 64'd1;
    /* verilator lint_on UNUSEDSIGNAL */
    wire  [8:0]  ar_beats = burst_beats(rd_cur, rd_last);

    assign dma_rd_req_ready = !rst && !rd_busy && info_in_ready;
    assign m_axi_arvalid = rd_busy;
    assign m_axi_araddr = {rd_cur, 3'b000};
    assign m_axi_arlen = 8'(ar_beats - 9'd1);

    sync_fifo #(.WIDTH(3 + 16 + 8 + 1), .DEPTH_LOG2(RD_INFO_LOG2)) rd_info (
        .clk, .rst,
        .in_valid(dma_rd_req_valid && dma_rd_req_ready), .in_ready(info_in_ready),
        .in_data({dma_rd_req_addr[2:0], req_len, dma_rd_req_tag, dma_rd_req_len == 16'd0}),
        .out_valid(info_valid), .out_ready(info_pop),
        .out_data({info_off, info_len, info_tag, info_bad}));

    always_ff @(posedge clk) begin
        if (rst) begin
            rd_busy <= 1'b0;
        end else if (dma_rd_req_valid && dma_rd_req_ready) begin
            rd_busy <= 1'b1;
            rd_cur <= dma_rd_req_addr[63:3];
            rd_last <= req_end[63:3];
        end else if (m_axi_arvalid && m_axi_arready) begin
            rd_cur <= rd_cur + 61'(ar_beats);
            if (rd_cur + 61'(ar_beats) > rd_last) rd_busy <= 1'b0;
        end
    end

    // ---------------------------------------------------------------- read data
    // Out beat i is bytes [off + 8i, off + 8i + 8) of the word stream: the top of word
    // i and the bottom of word i + 1. `prev` holds word i until word i + 1 arrives; if
    // the request ends inside word i, a last "flush" beat comes from `prev` alone.
    logic [63:0]   prev;
    logic [WC-1:0] words_in, beats_out;
    logic          flush, rd_err;
    wire  [WC-1:0] words_total = WC'(({13'd0, info_off} + info_len + 16'd7) >> 3);
    wire  [WC-1:0] beats_total = WC'((info_len + 16'd7) >> 3);
    wire           emit_with_word = (info_off == 3'd0) || (words_in != '0);
    wire  [127:0]  pair = flush ? {64'd0, prev} : {m_axi_rdata, prev};
    // With no offset, beat i is word i itself; otherwise it needs word i + 1 (or the flush).
    wire  [63:0]   shifted = (info_off == 3'd0) ? m_axi_rdata : 64'(pair >> {info_off, 3'b000});
    wire  [16:0]   bytes_left = 17'(info_len) - 17'({beats_out, 3'b000});
    wire  [63:0]   lane_mask = (bytes_left >= 17'd8) ? '1 : ~(64'hFFFF_FFFF_FFFF_FFFF << {bytes_left[2:0], 3'b000});
    wire           beat_err = rd_err || info_bad || (!flush && m_axi_rresp[1]);
    wire           word_taken = m_axi_rvalid && m_axi_rready;
    wire           beat_taken = dma_rd_resp_valid && dma_rd_resp_ready;

    assign m_axi_rready = !rst && info_valid && !flush && (!emit_with_word || dma_rd_resp_ready);
    assign dma_rd_resp_valid = info_valid && (flush || (m_axi_rvalid && emit_with_word));
    assign dma_rd_resp_data = beat_err ? 64'd0 : (shifted & lane_mask);
    assign dma_rd_resp_last = beats_out == beats_total - 1'b1;
    assign dma_rd_resp_tag = info_tag;
    assign dma_rd_resp_error = beat_err;
    assign info_pop = (flush && beat_taken) ||
        (word_taken && words_in + 1'b1 == words_total && beats_out + WC'(emit_with_word) == beats_total);

    always_ff @(posedge clk) begin
        if (rst) begin
            words_in <= '0;
            beats_out <= '0;
            flush <= 1'b0;
            rd_err <= 1'b0;
        end else if (info_pop) begin
            words_in <= '0;
            beats_out <= '0;
            flush <= 1'b0;
            rd_err <= 1'b0;
        end else if (word_taken) begin
            prev <= m_axi_rdata;
            rd_err <= rd_err || m_axi_rresp[1];
            words_in <= words_in + 1'b1;
            beats_out <= beats_out + WC'(emit_with_word);
            // The request's last word, and one beat still to come from it.
            if (words_in + 1'b1 == words_total) flush <= 1'b1;
        end
    end

    // ---------------------------------------------------------------- write addresses
    // The AW side takes each engine burst once (`aw_taken`, cleared when its last
    // beat is consumed) from the held dma_wr_addr/len, and issues its AXI bursts.
    logic        aw_busy, aw_taken;
    logic [60:0] aw_cur, aw_last;
    logic [7:0]  aw_credit;  // AXI bursts whose AW went out and whose W has not
    /* verilator lint_off UNUSEDSIGNAL */ // only its word address is used
    wire  [63:0] wr_end = dma_wr_addr + 64'(dma_wr_len) - 64'd1;
    /* verilator lint_on UNUSEDSIGNAL */
    // A zero-length write (outside the contract) becomes one beat with no strobes.
    wire  [60:0] wr_last_word = (dma_wr_len == 16'd0) ? dma_wr_addr[63:3] : wr_end[63:3];
    wire  [8:0]  aw_beats = burst_beats(aw_cur, aw_last);
    wire         aw_sent = m_axi_awvalid && m_axi_awready;
    wire         w_last_sent = m_axi_wvalid && m_axi_wready && m_axi_wlast;

    assign m_axi_awvalid = aw_busy;
    assign m_axi_awaddr = {aw_cur, 3'b000};
    assign m_axi_awlen = 8'(aw_beats - 9'd1);

    always_ff @(posedge clk) begin
        if (rst) begin
            aw_busy <= 1'b0;
            aw_taken <= 1'b0;
            aw_credit <= '0;
        end else begin
            aw_credit <= aw_credit + 8'(aw_sent) - 8'(w_last_sent);
            if (!aw_busy && !aw_taken && dma_wr_valid) begin
                aw_busy <= 1'b1;
                aw_taken <= 1'b1;
                aw_cur <= dma_wr_addr[63:3];
                aw_last <= wr_last_word;
            end else begin
                if (aw_sent) begin
                    aw_cur <= aw_cur + 61'(aw_beats);
                    if (aw_cur + 61'(aw_beats) > aw_last) aw_busy <= 1'b0;
                end
                if (dma_wr_valid && dma_wr_ready && dma_wr_last) aw_taken <= 1'b0;
            end
        end
    end

    // ---------------------------------------------------------------- write data
    // Word k of the burst is in beat k shifted up by the offset, its low lanes filled
    // from beat k - 1 (`carry`); a last "flush" word carries what spills past the last
    // beat. Offset, bytes left and word address come from the held port on a burst's
    // first beat and from registers after it.
    logic          w_first, w_flush;
    logic [2:0]    w_off_r;
    logic [16:0]   w_left_r;
    logic [60:0]   w_cur_r, w_last_r;
    logic [63:0]   carry;
    wire  [2:0]    w_off = w_first ? dma_wr_addr[2:0] : w_off_r;
    wire  [16:0]   w_left = w_first ? 17'(dma_wr_len) : w_left_r;
    wire  [60:0]   w_cur = w_first ? dma_wr_addr[63:3] : w_cur_r;
    wire  [60:0]   w_last_word = w_first ? wr_last_word : w_last_r;
    wire  [3:0]    w_lo = w_first ? {1'b0, w_off} : 4'd0;
    wire  [3:0]    w_room = 4'd8 - w_lo;
    wire  [3:0]    w_placed = (w_left < 17'(w_room)) ? w_left[3:0] : w_room;
    wire  [127:0]  w_pair = w_flush ? {64'd0, carry} : {dma_wr_data, carry};
    /* verilator lint_off UNUSEDSIGNAL */ // the low half is what spills into the next word
    wire  [127:0]  w_shifted = w_pair << {w_off, 3'b000};
    /* verilator lint_on UNUSEDSIGNAL */
    wire           credit_ok = aw_credit != 8'd0;
    wire           w_word_taken = m_axi_wvalid && m_axi_wready;

    assign dma_wr_ready = !rst && aw_taken && credit_ok && !w_flush && m_axi_wready;
    assign m_axi_wvalid = credit_ok && (w_flush || (dma_wr_valid && aw_taken));
    assign m_axi_wdata = w_shifted[127:64];
    assign m_axi_wstrb = 8'(((9'd1 << w_placed) - 9'd1) << w_lo);
    assign m_axi_wlast = (w_cur == w_last_word) || (w_cur[7:0] == 8'hFF);

    always_ff @(posedge clk) begin
        if (rst) begin
            w_first <= 1'b1;
            w_flush <= 1'b0;
        end else if (w_word_taken) begin
            carry <= dma_wr_data;
            w_off_r <= w_off;
            w_left_r <= w_left - 17'(w_placed);
            w_cur_r <= w_cur + 61'd1;
            w_last_r <= w_last_word;
            w_first <= 1'b0;
            if (w_flush) begin
                w_flush <= 1'b0;
                w_first <= 1'b1;
            end else if (dma_wr_last) begin
                if (w_left - 17'(w_placed) != 17'd0) w_flush <= 1'b1;
                else w_first <= 1'b1;
            end
        end
    end

    // ---------------------------------------------------------------- write responses
    assign m_axi_bready = 1'b1;
    always_ff @(posedge clk) begin
        if (rst) wr_errors <= '0;
        else if (m_axi_bvalid && m_axi_bresp[1]) wr_errors <= wr_errors + 1;
    end
endmodule
