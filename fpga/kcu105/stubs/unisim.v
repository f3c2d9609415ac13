// Port stubs of the UltraScale primitives the KCU105 top instantiates (UG974 names),
// for lint without Vivado's unisim library. Not models.
/* verilator lint_off UNUSEDSIGNAL */
/* verilator lint_off DECLFILENAME */
module IBUFDS_GTE3 (
    output wire O,
    output wire ODIV2,
    input  wire CEB,
    input  wire I,
    input  wire IB
);
    assign {O, ODIV2} = '0;
endmodule

module IBUFDS (
    output wire O,
    input  wire I,
    input  wire IB
);
    assign O = 1'b0;
endmodule

module BUFG (
    output wire O,
    input  wire I
);
    assign O = I;
endmodule

module BUFG_GT (
    output wire O,
    input  wire CE,
    input  wire CEMASK,
    input  wire CLR,
    input  wire CLRMASK,
    input  wire [2:0] DIV,
    input  wire I
);
    assign O = I;
endmodule
