// SPI slave (mode 0, MSB first) onto the engine's register bus: how a small board
// without PCIe reaches BAR0, e.g. from a Raspberry Pi or an FTDI cable.
//
// One transaction per chip select: an op byte (0x01 write, 0x02 read), a 16-bit BAR0
// offset, then for a write 32 data bits on MOSI; for a read 8 dummy bits (the register
// is read meanwhile: it answers in 1-8 cycles) and 32 data bits out on MISO. SCK is
// sampled in the engine clock (synchronized), so it must be slower than clock / 4.
// Other op bytes do nothing.
module spi_regbus (
    input  logic        clk,
    input  logic        rst,
    input  logic        spi_sck,
    input  logic        spi_cs_n,
    input  logic        spi_mosi,
    output logic        spi_miso,
    output logic [15:0] reg_addr,
    output logic [31:0] reg_wdata,
    output logic        reg_write,
    output logic        reg_read,
    input  logic [31:0] reg_rdata,
    input  logic        reg_rvalid
);
    localparam logic [7:0] OP_WRITE = 8'h01, OP_READ = 8'h02;
    (* ASYNC_REG = "TRUE" *) logic [2:0] sck_sync;
    (* ASYNC_REG = "TRUE" *) logic [1:0] cs_sync, mosi_sync;
    logic [6:0]  bits;
    /* verilator lint_off UNUSEDSIGNAL */ // the oldest bit has left through next_in
    logic [55:0] shift_in;
    /* verilator lint_on UNUSEDSIGNAL */
    logic [31:0] shift_out;
    wire sck_rise = sck_sync[2:1] == 2'b01;
    wire sck_fall = sck_sync[2:1] == 2'b10;
    wire selected = !cs_sync[1];
    wire [55:0] next_in = {shift_in[54:0], mosi_sync[1]};

    always_ff @(posedge clk) begin
        sck_sync <= {sck_sync[1:0], spi_sck};
        cs_sync <= {cs_sync[0], spi_cs_n};
        mosi_sync <= {mosi_sync[0], spi_mosi};
        reg_write <= 1'b0;
        reg_read <= 1'b0;
        if (rst || !selected) begin
            bits <= '0;
            spi_miso <= 1'b0;
        end else begin
            if (sck_rise && bits != 7'd64) begin
                shift_in <= next_in;
                bits <= bits + 1'b1;
                if (bits == 7'd23 && next_in[23:16] == OP_READ) begin
                    reg_addr <= next_in[15:0];
                    reg_read <= 1'b1;
                end
                if (bits == 7'd55 && next_in[55:48] == OP_WRITE) begin
                    reg_addr <= next_in[47:32];
                    reg_wdata <= next_in[31:0];
                    reg_write <= 1'b1;
                end
            end
            // MISO changes after a falling edge, for the master's next rising edge.
            if (sck_fall && bits >= 7'd32) begin
                spi_miso <= shift_out[31];
                shift_out <= {shift_out[30:0], 1'b0};
            end
        end
        if (reg_rvalid) begin
            shift_out <= reg_rdata;
        end
    end
endmodule
