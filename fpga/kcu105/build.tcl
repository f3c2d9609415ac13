# Non-project Vivado build of openrnic on the KCU105:
#   vivado -mode batch -source fpga/kcu105/build.tcl [-tclargs OUT_DIR]
# (default OUT_DIR: target/fpga/kcu105). Writes openrnic_kcu105.bit, timing and
# utilization reports. Needs Vivado with the KCU040 device (free in the Standard
# edition) and a license for the 10G/25G Ethernet Subsystem (xxv_ethernet: a free
# evaluation license works, with a time-limited bitstream).
#
# NOT RUN HERE: the CI machine has no Vivado. The IP settings below use the IPs'
# CONFIG names from their product guides (PG194 xdma, PG210 xxv_ethernet, PG039
# axi_protocol_converter); if Vivado rejects one, `report_property [get_ips NAME]`
# lists the exact names of that version.
set here [file dirname [file normalize [info script]]]
set root [file normalize [file join $here .. ..]]
set out [expr {[llength $argv] > 0 ? [file normalize [lindex $argv 0]] : [file join $root target fpga kcu105]}]
set part xcku040-ffva1156-2-e
file mkdir [file join $out ip]
create_project -in_memory -part $part

# ---------------------------------------------------------------- vendor IP, by name
# PCIe: DMA/Bridge Subsystem in AXI Bridge mode. Gen2 x4 with a 64-bit AXI bus at
# 250 MHz (16 Gb/s each way, above the 10 Gb/s port) keeps the data path at the
# engine's width. BAR0: 64 KiB onto the master bridge (the engine decodes 8 KiB).
# The AXI slave bridge gives the engine's DMA the host's memory (IOVA = AXI address).
# MSI-X table inside the IP (16 vectors, one per CQ), in BAR2 so BAR0 stays ours.
create_ip -name xdma -vendor xilinx.com -library ip -module_name xdma_0 -dir [file join $out ip]
set_property -dict [list \
    CONFIG.functional_mode {AXI_Bridge} \
    CONFIG.mode_selection {Advanced} \
    CONFIG.device_port_type {PCI_Express_Endpoint_device} \
    CONFIG.pcie_blk_locn {X0Y0} \
    CONFIG.pl_link_cap_max_link_width {X4} \
    CONFIG.pl_link_cap_max_link_speed {5.0_GT/s} \
    CONFIG.ref_clk_freq {100_MHz} \
    CONFIG.axi_data_width {64_bit} \
    CONFIG.axisten_freq {250} \
    CONFIG.axi_addr_width {64} \
    CONFIG.en_axi_slave_if {true} \
    CONFIG.en_axi_master_if {true} \
    CONFIG.axibar_num {1} \
    CONFIG.axibar2pciebar_0 {0x0000000000000000} \
    CONFIG.pf0_bar0_enabled {true} \
    CONFIG.pf0_bar0_64bit {false} \
    CONFIG.pf0_bar0_scale {Kilobytes} \
    CONFIG.pf0_bar0_size {64} \
    CONFIG.pciebar2axibar_0 {0x0000000000000000} \
    CONFIG.pf0_msi_enabled {false} \
    CONFIG.pf0_msix_enabled {true} \
    CONFIG.pf0_msix_cap_table_size {00F} \
    CONFIG.msix_impl_locn {Internal} \
    CONFIG.bar_indicator {BAR_3:2} \
    CONFIG.xdma_num_usr_irq {16} \
    CONFIG.pf0_device_id {9024} \
] [get_ips xdma_0]

# Ethernet: one 10GBASE-R core, MAC + PCS/PMA, 64-bit AXI4-Stream on the 156.25 MHz
# TX clock (the engine clock), control by ports, SFP+ cage 0 = GTH X0Y10.
create_ip -name xxv_ethernet -vendor xilinx.com -library ip -module_name xxv_ethernet_0 -dir [file join $out ip]
set_property -dict [list \
    CONFIG.NUM_OF_CORES {1} \
    CONFIG.LINE_RATE {10} \
    CONFIG.CORE {Ethernet MAC+PCS/PMA 64-bit} \
    CONFIG.BASE_R_KR {BASE-R} \
    CONFIG.DATA_PATH_INTERFACE {AXI Stream} \
    CONFIG.INCLUDE_AXI4_INTERFACE {0} \
    CONFIG.INCLUDE_STATISTICS_COUNTERS {0} \
    CONFIG.INCLUDE_USER_FIFO {0} \
    CONFIG.GT_REF_CLK_FREQ {156.25} \
    CONFIG.GT_DRP_CLK {125} \
    CONFIG.GT_GROUP_SELECT {Quad_X0Y2} \
    CONFIG.LANE1_GT_LOC {X0Y10} \
] [get_ips xxv_ethernet_0]

# BAR0 bursts to single AXI4-Lite accesses for axil_regbus.
create_ip -name axi_protocol_converter -vendor xilinx.com -library ip -module_name axi_protocol_converter_0 -dir [file join $out ip]
set_property -dict [list \
    CONFIG.SI_PROTOCOL {AXI4} \
    CONFIG.MI_PROTOCOL {AXI4LITE} \
    CONFIG.ADDR_WIDTH {32} \
    CONFIG.DATA_WIDTH {64} \
    CONFIG.ID_WIDTH {4} \
    CONFIG.TRANSLATION_MODE {2} \
] [get_ips axi_protocol_converter_0]

generate_target all [get_ips]
synth_ip [get_ips]

# ---------------------------------------------------------------- our RTL
read_verilog [file join $root hdl verilog openrnic_engine.v]
foreach f {cdc_fifo sync_fifo rx_frame_fifo dma_axi_master axil_regbus msix_irq openrnic_engine_ports} {
    read_verilog -sv [file join $root fpga rtl $f.sv]
}
read_verilog -sv [file join $here openrnic_kcu105.sv]
read_xdc [file join $here kcu105.xdc]

synth_design -top openrnic_kcu105 -part $part
opt_design
place_design
phys_opt_design
route_design
report_timing_summary -max_paths 20 -file [file join $out timing_summary.rpt]
report_utilization -hierarchical -file [file join $out utilization.rpt]
report_cdc -file [file join $out cdc.rpt]
write_bitstream -force [file join $out openrnic_kcu105.bit]
# The same design for the board's QSPI flash (configuration at power-up, so the host
# finds the card when it enumerates PCIe).
write_cfgmem -force -format mcs -size 64 -interface SPIx8 \
    -loadbit "up 0x00000000 [file join $out openrnic_kcu105.bit]" [file join $out openrnic_kcu105.mcs]
