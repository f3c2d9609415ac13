// Testbench for msix_irq: the engine raises random vectors (some out of range) with
// random gaps; a model of the PCIe core acknowledges the raised bit 1 to 20 cycles
// later (and never anything else). Every in-range vector must be requested exactly
// once, in order, one bit at a time, held until its ack; out-of-range ones counted.
`timescale 1ns/1ps
module tb_msix_irq;
    localparam int N = 16, IRQS = 2000;
    logic eng_clk = 0, pcie_clk = 0;
    always #3.2ns eng_clk = ~eng_clk;
    always #2ns pcie_clk = ~pcie_clk;
    logic eng_rst = 1, pcie_rst = 1;
    logic irq_valid = 0, irq_ready;
    logic [7:0] irq_vector = 0;
    logic [N-1:0] usr_irq_req, usr_irq_ack = 0;
    logic [31:0] bad_vectors;

    msix_irq #(.NUM_VECTORS(N)) dut (.*);

    int want_q[$], pending = 0, sent = 0, got = 0, bad_sent = 0, errors = 0;
    logic [N-1:0] prev_req = 0;

    always @(posedge eng_clk) if (!eng_rst) begin
        if (irq_valid && irq_ready) begin
            if (irq_vector < N) want_q.push_back(int'(irq_vector));
            else bad_sent++;
            sent++;
        end
        if (!irq_valid || irq_ready) begin
            if (sent + (irq_valid ? 1 : 0) < IRQS && $urandom % 3 == 0) begin
                irq_valid <= 1;
                irq_vector <= ($urandom % 40 == 0) ? 8'(N + $urandom % 200) : 8'($urandom % N);
            end else irq_valid <= 0;
        end
    end

    // The PCIe core: a newly raised bit is checked against the next expected vector and
    // acknowledged 1 to 20 cycles later; a raised bit that changes before its ack is an
    // error.
    int countdown = 0;
    logic acked = 0;
    always @(posedge pcie_clk) if (!pcie_rst) begin
        pending <= want_q.size();
        usr_irq_ack <= 0;
        prev_req <= usr_irq_req;
        if ($countones(usr_irq_req) > 1) begin
            errors++;
            $display("msix_irq: several bits raised: %b", usr_irq_req);
        end
        if (prev_req != 0 && usr_irq_req != prev_req && !acked) begin
            errors++;
            $display("msix_irq: request %b dropped before its ack", prev_req);
        end
        if (usr_irq_req != 0 && usr_irq_req != prev_req) begin
            if (want_q.size() == 0 || usr_irq_req != (N'(1) << want_q[0])) begin
                errors++;
                $display("msix_irq: request %b, want vector %0d", usr_irq_req, want_q.size() ? want_q[0] : -1);
            end else void'(want_q.pop_front());
            got++;
            acked <= 0;
            countdown <= 1 + $urandom % 20;
        end else if (countdown > 0) begin
            countdown <= countdown - 1;
            if (countdown == 1) begin
                usr_irq_ack <= usr_irq_req;
                acked <= 1;
            end
        end
    end

    initial begin
        repeat (6) @(posedge eng_clk);
        eng_rst = 0;
        pcie_rst = 0;
        fork
            wait (sent == IRQS && pending == 0);
            #(3ms);
        join_any
        repeat (50) @(posedge pcie_clk);
        if (sent != IRQS || want_q.size() != 0) $display("FAIL tb_msix_irq: timed out (%0d raised, %0d delivered)", sent, got);
        else if (errors != 0) $display("FAIL tb_msix_irq: %0d errors", errors);
        else if (bad_vectors != bad_sent || bad_sent == 0) $display("FAIL tb_msix_irq: %0d bad vectors counted, %0d sent", bad_vectors, bad_sent);
        else $display("PASS tb_msix_irq: %0d interrupts delivered in order, one bit at a time, held until acked; %0d out-of-range vectors counted",
            got, bad_vectors);
        $finish;
    end
endmodule
