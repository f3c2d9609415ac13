// The engine's interrupt request (irq_valid/irq_vector, held until irq_ready) onto the
// PCIe core's user interrupt interface in its clock domain: XDMA/QDMA-style
// `usr_irq_req[N-1:0]`, one bit per MSI-X vector, held until that bit's `usr_irq_ack`.
//
// Requests cross in a cdc_fifo and are sent one at a time, in order. A vector the core
// has no bit for (>= NUM_VECTORS) is dropped and counted in `bad_vectors` (PCIe
// domain) rather than aliased onto another vector's bit.
module msix_irq #(
    parameter int NUM_VECTORS = 16
) (
    input  logic                   eng_clk,
    input  logic                   eng_rst,
    input  logic                   irq_valid,
    output logic                   irq_ready,
    input  logic [7:0]             irq_vector,

    input  logic                   pcie_clk,
    input  logic                   pcie_rst,
    output logic [NUM_VECTORS-1:0] usr_irq_req,
    input  logic [NUM_VECTORS-1:0] usr_irq_ack,
    output logic [31:0]            bad_vectors
);
    logic       vec_valid, vec_ready;
    logic [7:0] vec;

    cdc_fifo #(.WIDTH(8), .DEPTH_LOG2(4)) vector_cdc (
        .wr_clk(eng_clk), .wr_rst(eng_rst), .wr_valid(irq_valid), .wr_ready(irq_ready), .wr_data(irq_vector),
        .rd_clk(pcie_clk), .rd_rst(pcie_rst), .rd_valid(vec_valid), .rd_ready(vec_ready), .rd_data(vec));

    // The FIFO head is taken when its request is acknowledged (or refused).
    wire known = 32'(vec) < NUM_VECTORS;
    wire [NUM_VECTORS-1:0] bit_of = known ? (NUM_VECTORS'(1) << vec) : '0;
    assign vec_ready = !pcie_rst && vec_valid && (!known || (usr_irq_req != '0 && (usr_irq_ack & usr_irq_req) != '0));

    always_ff @(posedge pcie_clk) begin
        if (pcie_rst) begin
            usr_irq_req <= '0;
            bad_vectors <= '0;
        end else begin
            if (vec_ready) begin
                usr_irq_req <= '0;
                if (!known) bad_vectors <= bad_vectors + 1;
            end else if (vec_valid && known) begin
                usr_irq_req <= bit_of;
            end
        end
    end
endmodule
