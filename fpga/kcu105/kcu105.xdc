# Pins and timing of openrnic_kcu105 on the KCU105 (xcku040-ffva1156-2-e). Sites are
# from the KCU105 board user guide (UG917) pin tables; NOT yet checked by Vivado here
# (no Vivado on the CI machine): build.tcl is the first thing to run them.

set_property CFGBVS GND [current_design]
set_property CONFIG_VOLTAGE 1.8 [current_design]
set_property BITSTREAM.GENERAL.COMPRESS TRUE [current_design]

# ---------------------------------------------------------------- clocks
# 125 MHz system clock (Si5335): the MAC's DRP/initialisation clock.
set_property -dict {PACKAGE_PIN G10 IOSTANDARD LVDS} [get_ports clk_125mhz_p]
set_property -dict {PACKAGE_PIN F10 IOSTANDARD LVDS} [get_ports clk_125mhz_n]
create_clock -period 8.000 -name clk_125mhz [get_ports clk_125mhz_p]

# PCIe 100 MHz reference clock from the edge connector (MGTREFCLK0 of quad 225).
set_property PACKAGE_PIN AB6 [get_ports pcie_refclk_p]
set_property PACKAGE_PIN AB5 [get_ports pcie_refclk_n]
create_clock -period 10.000 -name pcie_refclk [get_ports pcie_refclk_p]
# PCIe lanes 0-3 (quad 225) are placed by the xdma IP's own constraints
# (build.tcl picks the PCIe block and GT quad).

# SFP+ 156.25 MHz reference clock (Si570 through the Si53340 buffer, MGTREFCLK0 of
# quad 227) and SFP+ cage 0 (GTH channel X0Y10 of quad 226).
set_property PACKAGE_PIN P6 [get_ports sfp_refclk_p]
set_property PACKAGE_PIN P5 [get_ports sfp_refclk_n]
create_clock -period 6.400 -name sfp_refclk [get_ports sfp_refclk_p]
set_property PACKAGE_PIN T2 [get_ports sfp0_rx_p]
set_property PACKAGE_PIN T1 [get_ports sfp0_rx_n]
set_property PACKAGE_PIN U4 [get_ports sfp0_tx_p]
set_property PACKAGE_PIN U3 [get_ports sfp0_tx_n]

# The generated clocks (XDMA's axi_aclk, the MAC's tx_clk_out_0 = the engine clock and
# rx_clk_out_0) come with the IPs' own constraints.

# ---------------------------------------------------------------- slow I/O
set_property -dict {PACKAGE_PIN K22 IOSTANDARD LVCMOS18 PULLUP true} [get_ports pcie_perst_n]
set_false_path -from [get_ports pcie_perst_n]
set_property -dict {PACKAGE_PIN AL8 IOSTANDARD LVCMOS18 SLEW SLOW DRIVE 8} [get_ports sfp0_tx_disable_b]
set_false_path -to [get_ports sfp0_tx_disable_b]

set_property -dict {PACKAGE_PIN AP8 IOSTANDARD LVCMOS18 SLEW SLOW DRIVE 8} [get_ports {led[0]}]
set_property -dict {PACKAGE_PIN H23 IOSTANDARD LVCMOS18 SLEW SLOW DRIVE 8} [get_ports {led[1]}]
set_property -dict {PACKAGE_PIN P20 IOSTANDARD LVCMOS18 SLEW SLOW DRIVE 8} [get_ports {led[2]}]
set_property -dict {PACKAGE_PIN P21 IOSTANDARD LVCMOS18 SLEW SLOW DRIVE 8} [get_ports {led[3]}]
set_property -dict {PACKAGE_PIN N22 IOSTANDARD LVCMOS18 SLEW SLOW DRIVE 8} [get_ports {led[4]}]
set_property -dict {PACKAGE_PIN M22 IOSTANDARD LVCMOS18 SLEW SLOW DRIVE 8} [get_ports {led[5]}]
set_property -dict {PACKAGE_PIN R23 IOSTANDARD LVCMOS18 SLEW SLOW DRIVE 8} [get_ports {led[6]}]
set_property -dict {PACKAGE_PIN P23 IOSTANDARD LVCMOS18 SLEW SLOW DRIVE 8} [get_ports {led[7]}]
set_false_path -to [get_ports {led[*]}]

# ---------------------------------------------------------------- clock-domain crossings
# Every crossing is a cdc_fifo / rx_frame_fifo (fpga/rtl): Gray-coded pointers into a
# two-flop synchronizer (ASYNC_REG), and FIFO memory read only after its pointer has
# crossed. Constrain the pointer paths to one destination period without clock skew
# (so a pointer's bits arrive within one cycle of each other), and the memory's read
# paths the same way; nothing else crosses.
set gray_src [get_cells -hier -regexp {.*/(wr|rd|visible)_gray_reg(\[\d+\])?}]
set gray_dst [get_cells -hier -regexp {.*/(wr|rd|visible)_gray_meta_reg(\[\d+\])?}]
set_max_delay -datapath_only -from $gray_src -to $gray_dst 3.200
set_max_delay -datapath_only -from [get_cells -hier -regexp {.*(_cdc|rx_buffer|vector_cdc)/mem_reg.*}] 3.200
# The shell reset's synchronizers take the MAC's and PCIe's resets asynchronously.
set_false_path -to [get_cells -hier -regexp {.*(eng|axi|rx)_rst_sync_reg\[0\]}]
