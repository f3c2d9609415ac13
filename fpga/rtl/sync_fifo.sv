// Single-clock FIFO for a valid/ready stream; read data is combinational from the
// head entry (LUT RAM). Used for bookkeeping that must follow data in order.
module sync_fifo #(
    parameter int WIDTH = 8,
    parameter int DEPTH_LOG2 = 4
) (
    input  logic             clk,
    input  logic             rst,
    input  logic             in_valid,
    output logic             in_ready,
    input  logic [WIDTH-1:0] in_data,
    output logic             out_valid,
    input  logic             out_ready,
    output logic [WIDTH-1:0] out_data
);
    logic [WIDTH-1:0] mem [0:(1 << DEPTH_LOG2) - 1];
    logic [DEPTH_LOG2:0] wr_ptr, rd_ptr;

    assign in_ready = !rst && (wr_ptr - rd_ptr) != (DEPTH_LOG2 + 1)'(1 << DEPTH_LOG2);
    assign out_valid = !rst && wr_ptr != rd_ptr;
    assign out_data = mem[rd_ptr[DEPTH_LOG2-1:0]];

    always_ff @(posedge clk) begin
        if (rst) begin
            wr_ptr <= '0;
            rd_ptr <= '0;
        end else begin
            if (in_valid && in_ready) begin
                mem[wr_ptr[DEPTH_LOG2-1:0]] <= in_data;
                wr_ptr <= wr_ptr + 1'b1;
            end
            if (out_valid && out_ready) rd_ptr <= rd_ptr + 1'b1;
        end
    end
endmodule
