# Programs the KCU105 over its USB-JTAG (Digilent) with Vivado's hardware manager:
#   vivado -mode batch -source fpga/kcu105/program.tcl [-tclargs BITFILE]
# openFPGALoader (Debian's 0.10) has no KCU105 entry, so Vivado it is.
# NOT RUN HERE (no board, no Vivado). Program, then reboot or rescan PCIe
# (echo 1 > /sys/bus/pci/rescan) so the host enumerates the card.
set here [file dirname [file normalize [info script]]]
set bit [expr {[llength $argv] > 0 ? [lindex $argv 0] : [file join $here .. .. target fpga kcu105 openrnic_kcu105.bit]}]
open_hw_manager
connect_hw_server
open_hw_target
set dev [lindex [get_hw_devices xcku040*] 0]
current_hw_device $dev
set_property PROGRAM.FILE $bit $dev
program_hw_devices $dev
refresh_hw_device $dev
puts "programmed $dev with $bit"
