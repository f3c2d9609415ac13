// Testbench for dma_axi_master: random engine-side reads and writes (any address, 1 to
// 8192 bytes, random idle cycles, random backpressure on read data) against an AXI4
// memory model with random ready/valid delays on all five channels. Checks: every read
// beat byte-exact and zero past the end, tags and `last` right, SLVERR reads flagged
// with zero data; memory after the writes equals a byte-level shadow (so strobes are
// right and no byte outside a write changes); AXI rules: aligned 64-bit INCR bursts of
// at most 256 beats that never cross 4 KiB, WLAST on the burst's last beat, no W beat
// before its AW; every SLVERR write response counted.
`timescale 1ns/1ps
module tb_dma_axi_master;
    localparam int MEM = 65536;
    localparam int RD_LIMIT = 32'h8000;              // reads: read-only region below this
    localparam int WR_BASE = 32'h8000, WR_LIMIT = 32'hF000;
    localparam int ERR_BASE = 32'hF000;              // SLVERR for reads and writes above this
    localparam int READS = 400, WRITES = 400;

    logic clk = 0;
    always #2ns clk = ~clk;
    logic rst = 1;

    logic        dma_rd_req_valid = 0, dma_rd_req_ready;
    logic [63:0] dma_rd_req_addr = 0;
    logic [15:0] dma_rd_req_len = 0;
    logic [7:0]  dma_rd_req_tag = 0;
    logic        dma_rd_resp_valid, dma_rd_resp_ready = 0, dma_rd_resp_last, dma_rd_resp_error;
    logic [63:0] dma_rd_resp_data;
    logic [7:0]  dma_rd_resp_tag;
    logic        dma_wr_valid = 0, dma_wr_ready, dma_wr_last = 0;
    logic [63:0] dma_wr_addr = 0, dma_wr_data = 0;
    logic [15:0] dma_wr_len = 0;
    logic        m_axi_arvalid, m_axi_arready = 0, m_axi_rvalid = 0, m_axi_rready;
    logic [63:0] m_axi_araddr, m_axi_rdata = 0;
    logic [7:0]  m_axi_arlen;
    logic [1:0]  m_axi_rresp = 0;
    logic        m_axi_awvalid, m_axi_awready = 0, m_axi_wvalid, m_axi_wready = 0, m_axi_wlast;
    logic [63:0] m_axi_awaddr, m_axi_wdata;
    logic [7:0]  m_axi_awlen, m_axi_wstrb;
    logic        m_axi_bvalid = 0, m_axi_bready;
    logic [1:0]  m_axi_bresp = 0;
    logic [31:0] wr_errors;

    dma_axi_master dut (.*);

    logic [7:0] mem [0:MEM-1];
    logic [7:0] shadow [0:MEM-1];
    int errors = 0;

    task automatic fail(string what);
        if (errors < 12) $display("dma_axi_master: %s", what);
        errors++;
    endtask

    function automatic int rand_len(int limit);
        int r = $urandom % 100, len;
        len = r < 45 ? 1 + $urandom % 16 : r < 85 ? 1 + $urandom % 600 : 1 + $urandom % 8192;
        return len > limit ? limit : len;
    endfunction

    // ------------------------------------------------------------ AXI memory model
    longint ar_addr_q[$], aw_addr_q[$];
    int ar_len_q[$], aw_len_q[$];
    int r_beat = 0, w_beat = 0, aw_seen = 0, w_bursts = 0, b_pending = 0, b_err_q[$], slverr_sent = 0;

    task automatic check_burst(string ch, longint addr, int len);
        if (addr[2:0] != 0) fail($sformatf("%s address %h not 8-byte aligned", ch, addr));
        if ((addr & 64'hFFF) + (len + 1) * 8 > 4096) fail($sformatf("%s burst at %h, %0d beats, crosses 4 KiB", ch, addr, len + 1));
    endtask

    always @(posedge clk) if (!rst) begin
        m_axi_arready <= $urandom % 3 != 0;
        m_axi_awready <= $urandom % 3 != 0;
        m_axi_wready <= $urandom % 4 != 0;
        if (m_axi_arvalid && m_axi_arready) begin
            check_burst("AR", m_axi_araddr, m_axi_arlen);
            ar_addr_q.push_back(m_axi_araddr);
            ar_len_q.push_back(m_axi_arlen);
        end
        if (m_axi_awvalid && m_axi_awready) begin
            check_burst("AW", m_axi_awaddr, m_axi_awlen);
            aw_addr_q.push_back(m_axi_awaddr);
            aw_len_q.push_back(m_axi_awlen);
            aw_seen++;
        end
        // R: the bursts in order, with random gaps.
        if (m_axi_rvalid && m_axi_rready) begin
            if (r_beat == ar_len_q[0]) begin
                void'(ar_addr_q.pop_front());
                void'(ar_len_q.pop_front());
                r_beat = 0;
            end else r_beat++;
        end
        if ((!m_axi_rvalid || m_axi_rready) && ar_addr_q.size() > 0 && $urandom % 4 != 0) begin
            longint a = ar_addr_q[0] + r_beat * 8;
            m_axi_rvalid <= 1;
            for (int j = 0; j < 8; j++) m_axi_rdata[j*8 +: 8] <= mem[(a + j) % MEM];
            m_axi_rresp <= a >= ERR_BASE ? 2'b10 : 2'b00;
        end else if (m_axi_rready) m_axi_rvalid <= 0;
        // W: needs its AW first; strobes select the bytes written.
        if (m_axi_wvalid && m_axi_wready) begin
            if (aw_seen <= w_bursts) fail("W beat before its AW");
            else begin
                longint a = aw_addr_q[0] + w_beat * 8;
                if (m_axi_wlast !== (w_beat == aw_len_q[0])) fail($sformatf("WLAST %b at beat %0d of %0d", m_axi_wlast, w_beat, aw_len_q[0] + 1));
                if (a < ERR_BASE)
                    for (int j = 0; j < 8; j++) if (m_axi_wstrb[j]) mem[(a + j) % MEM] = m_axi_wdata[j*8 +: 8];
                if (m_axi_wlast) begin
                    b_err_q.push_back(aw_addr_q[0] >= ERR_BASE);
                    void'(aw_addr_q.pop_front());
                    void'(aw_len_q.pop_front());
                    w_beat = 0;
                    w_bursts++;
                end else w_beat++;
            end
        end
        if (m_axi_bvalid && m_axi_bready) m_axi_bvalid <= 0;
        if ((!m_axi_bvalid || m_axi_bready) && b_err_q.size() > 0 && $urandom % 3 == 0) begin
            m_axi_bvalid <= 1;
            m_axi_bresp <= b_err_q[0] ? 2'b10 : 2'b00;
            slverr_sent += b_err_q[0];
            void'(b_err_q.pop_front());
        end
    end

    // ------------------------------------------------------------ engine: reads
    longint exp_addr_q[$];
    int exp_len_q[$], exp_tag_q[$];
    int reads_done = 0, resp_beat = 0;

    // Drivers are clocked processes, like the DUT: a transfer is `valid && ready` seen
    // at a rising edge, and the next beat is driven with non-blocking assignments.
    initial begin
        for (int i = 0; i < MEM; i++) begin
            mem[i] = 8'($urandom);
            shadow[i] = mem[i];
        end
        repeat (5) @(posedge clk);
        rst <= 0;
    end

    int reads_issued = 0;
    always @(posedge clk) if (!rst) begin
        if (dma_rd_req_valid && dma_rd_req_ready) reads_issued <= reads_issued + 1;
        if (!dma_rd_req_valid || dma_rd_req_ready) begin
            int i = reads_issued + (dma_rd_req_valid ? 1 : 0);
            if (i < READS && $urandom % 3 != 0) begin
                longint a;
                int len;
                if (i % 23 == 7) begin
                    a = ERR_BASE + $urandom % 2048;
                    len = 1 + $urandom % 1024;
                end else begin
                    len = rand_len(RD_LIMIT);
                    a = $urandom % (RD_LIMIT - len + 1);
                end
                dma_rd_req_valid <= 1;
                dma_rd_req_addr <= a;
                dma_rd_req_len <= 16'(len);
                dma_rd_req_tag <= 8'(i);
                exp_addr_q.push_back(a);
                exp_len_q.push_back(len);
                exp_tag_q.push_back(i % 256);
            end else dma_rd_req_valid <= 0;
        end
    end

    always @(posedge clk) if (!rst) begin
        dma_rd_resp_ready <= $urandom % 4 != 0;
        if (dma_rd_resp_valid && dma_rd_resp_ready) begin
            if (exp_addr_q.size() == 0) fail("read data with no request outstanding");
            else begin
                longint a = exp_addr_q[0];
                int len = exp_len_q[0];
                logic err = a >= ERR_BASE;
                logic [63:0] want = 0;
                for (int j = 0; j < 8; j++)
                    if (resp_beat * 8 + j < len && !err) want[j*8 +: 8] = mem[(a + resp_beat * 8 + j) % MEM];
                if (dma_rd_resp_data !== want || dma_rd_resp_error !== err || dma_rd_resp_tag !== 8'(exp_tag_q[0])
                    || dma_rd_resp_last !== (resp_beat == (len + 7) / 8 - 1))
                    fail($sformatf("read %0d (addr %h len %0d) beat %0d: data %h error %b tag %0d last %b, want %h %b %0d %b",
                        reads_done, a, len, resp_beat, dma_rd_resp_data, dma_rd_resp_error, dma_rd_resp_tag,
                        dma_rd_resp_last, want, err, exp_tag_q[0], resp_beat == (len + 7) / 8 - 1));
                if (dma_rd_resp_last) begin
                    void'(exp_addr_q.pop_front());
                    void'(exp_len_q.pop_front());
                    void'(exp_tag_q.pop_front());
                    resp_beat = 0;
                    reads_done++;
                end else resp_beat++;
            end
        end
    end

    // ------------------------------------------------------------ engine: writes
    int writes_done = 0, err_writes = 0, w_len = 0, w_idx = 0;
    longint w_addr = 0;
    logic [7:0] payload [0:8191];
    logic w_have = 0;  // a write is chosen; w_idx is its next beat

    task automatic drive_beat(int b);
        dma_wr_valid <= 1;
        dma_wr_addr <= w_addr;
        dma_wr_len <= 16'(w_len);
        dma_wr_last <= b == (w_len + 7) / 8 - 1;
        // Lanes past the end carry garbage: the strobes must keep it out.
        for (int j = 0; j < 8; j++) dma_wr_data[j*8 +: 8] <= b * 8 + j < w_len ? payload[b * 8 + j] : 8'($urandom);
    endtask

    always @(posedge clk) if (!rst) begin
        logic taken = dma_wr_valid && dma_wr_ready;
        int next = w_idx;
        if (taken) begin
            next = w_idx + 1;
            if (dma_wr_last) begin
                writes_done <= writes_done + 1;
                w_have = 0;
            end
        end
        if (!w_have && writes_done + (taken && dma_wr_last ? 1 : 0) < WRITES) begin
            int i = writes_done + (taken && dma_wr_last ? 1 : 0);
            if (i % 31 == 5) begin
                w_len = 1 + $urandom % 512;
                w_addr = ERR_BASE + 2048 + $urandom % 1024;
                err_writes++;
            end else begin
                w_len = rand_len(WR_LIMIT - WR_BASE);
                w_addr = WR_BASE + $urandom % (WR_LIMIT - WR_BASE - w_len + 1);
            end
            for (int j = 0; j < w_len; j++) begin
                payload[j] = 8'($urandom);
                if (w_addr + j < ERR_BASE) shadow[w_addr + j] = payload[j];
            end
            w_have = 1;
            next = 0;
        end
        w_idx <= next;
        if (!dma_wr_valid || taken) begin
            if (w_have && $urandom % 5 != 0) drive_beat(next);
            else dma_wr_valid <= 0;
        end
    end

    initial begin
        int bad_bytes = 0;
        fork
            wait (reads_done == READS && writes_done == WRITES);
            #(20ms);
        join_any
        repeat (300) @(posedge clk);
        for (int i = 0; i < MEM; i++) if (mem[i] !== shadow[i]) begin
            if (bad_bytes < 5) $display("dma_axi_master: memory byte %h is %h, want %h", i, mem[i], shadow[i]);
            bad_bytes++;
        end
        if (reads_done != READS || writes_done != WRITES)
            $display("FAIL tb_dma_axi_master: timed out after %0d reads and %0d writes", reads_done, writes_done);
        else if (errors != 0 || bad_bytes != 0)
            $display("FAIL tb_dma_axi_master: %0d protocol/data errors, %0d memory bytes wrong", errors, bad_bytes);
        else if (wr_errors != slverr_sent || slverr_sent == 0)
            $display("FAIL tb_dma_axi_master: wr_errors %0d, SLVERR responses sent %0d", wr_errors, slverr_sent);
        else
            $display("PASS tb_dma_axi_master: %0d reads and %0d writes (%0d into the SLVERR range, %0d error responses counted) byte-exact in %0d cycles",
                READS, WRITES, err_writes, wr_errors, $time / 4);
        $finish;
    end
endmodule
