// openrnic packet engine. Generated from the openrnic-hdl crate by
// `cargo run -p openrnic-hdl --bin generate-verilog`. Do not edit.


module top(clock,reset,reg_addr,reg_wdata,reg_write,reg_read,reg_rdata,reg_rvalid,dma_rd_req_valid,dma_rd_req_ready,dma_rd_req_addr,dma_rd_req_len,dma_rd_req_tag,dma_rd_resp_valid,dma_rd_resp_ready,dma_rd_resp_data,dma_rd_resp_last,dma_rd_resp_tag,dma_rd_resp_error,dma_wr_valid,dma_wr_ready,dma_wr_addr,dma_wr_len,dma_wr_data,dma_wr_last,tx_valid,tx_ready,tx_data,tx_keep,tx_last,rx_valid,rx_ready,rx_data,rx_keep,rx_last,irq_valid,irq_ready,irq_vector,idle,next_timer);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [15:0] reg_addr;
    input wire  [31:0] reg_wdata;
    input wire  reg_write;
    input wire  reg_read;
    output reg  [31:0] reg_rdata;
    output reg  reg_rvalid;
    output reg  dma_rd_req_valid;
    input wire  dma_rd_req_ready;
    output reg  [63:0] dma_rd_req_addr;
    output reg  [15:0] dma_rd_req_len;
    output reg  [7:0] dma_rd_req_tag;
    input wire  dma_rd_resp_valid;
    output reg  dma_rd_resp_ready;
    input wire  [63:0] dma_rd_resp_data;
    input wire  dma_rd_resp_last;
    input wire  [7:0] dma_rd_resp_tag;
    input wire  dma_rd_resp_error;
    output reg  dma_wr_valid;
    input wire  dma_wr_ready;
    output reg  [63:0] dma_wr_addr;
    output reg  [15:0] dma_wr_len;
    output reg  [63:0] dma_wr_data;
    output reg  dma_wr_last;
    output reg  tx_valid;
    input wire  tx_ready;
    output reg  [63:0] tx_data;
    output reg  [7:0] tx_keep;
    output reg  tx_last;
    input wire  rx_valid;
    output reg  rx_ready;
    input wire  [63:0] rx_data;
    input wire  [7:0] rx_keep;
    input wire  rx_last;
    output reg  irq_valid;
    input wire  irq_ready;
    output reg  [7:0] irq_vector;
    output reg  idle;
    output reg  [31:0] next_timer;
    
    // Constant declarations
    localparam  k_rxslot = 11'b10000000000;
    localparam  k_rxslot_words = 12'h400;
    localparam  k_half = 10'b1000000000;
    localparam  k_fl_len = 8'h40;
    localparam  k_fl_signaled = 8'h60;
    localparam  k_fl_write = 8'h61;
    localparam  k_window_mask = 16'hf;
    localparam  k_window_log2 = 8'h4;
    localparam  k_window = 16'h10;
    localparam  k_id = 32'h524e4943;
    localparam  k_ack_timeout = 32'h100000;
    localparam  k_rnr_delay = 32'h1000;
    localparam  k_version = 32'h10002;
    localparam  k_features = 32'h27;
    localparam  k_qpdb_base = 16'h1000;
    localparam  k_qpdb_span = 16'h100;
    localparam  k_qpdb_shift = 4'h4;
    localparam  k_cqdb_shift = 4'h3;
    localparam  k_cqdb_base = 16'h800;
    localparam  k_cqdb_span = 16'h80;
    localparam  k_sq_pi = 16'h0;
    localparam  k_rq_pi = 16'h4;
    localparam  k_cq_ci = 16'h0;
    localparam  k_cq_arm = 16'h4;
    localparam  k_icrc_seed = 32'hdebb20e3;
    localparam  k_residue = 32'hdebb20e3;
    localparam  k_one = 64'h1;
    localparam  k_one_q = 16'h1;
    localparam  k_ffff = 16'hffff;
    localparam  k_datapath = 32'h40;
    localparam  k_table_size = 32'h10;
    localparam  k_max_mtu = 32'h1000;
    localparam  k_table_log2 = 8'h4;
    localparam  k_hdr_top = 10'b1001000000;
    localparam  k_icrc_cover = 80'hffffffffffffffffc000;
    localparam  k_icrc_ones = 640'hff00000000ffff0000000000000000000000000000ffff00ff000000000000ff000000000000000000000000000000;
    localparam  r_id = 16'h0;
    localparam  r_version = 16'h4;
    localparam  r_cap_datapath = 16'h8;
    localparam  r_cap_qps = 16'hc;
    localparam  r_cap_mrs = 16'h10;
    localparam  r_cap_cqs = 16'h14;
    localparam  r_cap_max_mtu = 16'h18;
    localparam  r_cap_features = 16'h1c;
    localparam  r_ctrl = 16'h20;
    localparam  r_status = 16'h24;
    localparam  r_mac_lo = 16'h28;
    localparam  r_mac_hi = 16'h2c;
    localparam  r_ipv4 = 16'h30;
    localparam  r_ack_timeout = 16'h34;
    localparam  r_rnr_delay = 16'h38;
    localparam  r_cnt_rx_frames = 16'h80;
    localparam  r_cnt_rx_bad_icrc = 16'h84;
    localparam  r_cnt_rx_malformed = 16'h88;
    localparam  r_cnt_rx_not_roce = 16'h8c;
    localparam  r_cnt_rx_bad_qp = 16'h90;
    localparam  r_cnt_rx_duplicate = 16'h94;
    localparam  r_cnt_nak_seq_sent = 16'h98;
    localparam  r_cnt_nak_access_sent = 16'h9c;
    localparam  r_cnt_rnr_nak_sent = 16'ha0;
    localparam  r_cnt_nak_invalid_sent = 16'ha4;
    localparam  r_cnt_tx_frames = 16'ha8;
    localparam  r_cnt_tx_acks = 16'hac;
    localparam  r_cnt_rx_acks = 16'hb0;
    localparam  r_cnt_rx_naks = 16'hb4;
    localparam  r_cnt_retransmits = 16'hb8;
    localparam  r_cnt_dma_errors = 16'hbc;
    localparam  r_cnt_wqe_errors = 16'hc0;
    localparam  r_cnt_cq_overflow = 16'hc4;
    localparam  r_qpc_sel = 16'h100;
    localparam  r_qpc_state = 16'h104;
    localparam  r_qpc_dest_qpn = 16'h108;
    localparam  r_qpc_sq_psn = 16'h10c;
    localparam  r_qpc_rq_psn = 16'h110;
    localparam  r_qpc_dmac_lo = 16'h114;
    localparam  r_qpc_dmac_hi = 16'h118;
    localparam  r_qpc_dip = 16'h11c;
    localparam  r_qpc_pmtu_log2 = 16'h120;
    localparam  r_qpc_sq_base_lo = 16'h124;
    localparam  r_qpc_sq_base_hi = 16'h128;
    localparam  r_qpc_sq_log2 = 16'h12c;
    localparam  r_qpc_rq_base_lo = 16'h130;
    localparam  r_qpc_rq_base_hi = 16'h134;
    localparam  r_qpc_rq_log2 = 16'h138;
    localparam  r_qpc_cqn = 16'h13c;
    localparam  r_qpc_pd = 16'h140;
    localparam  r_qpc_udp_sport = 16'h144;
    localparam  r_qpc_cmd = 16'h14c;
    localparam  r_mr_sel = 16'h200;
    localparam  r_mr_key = 16'h204;
    localparam  r_mr_va_lo = 16'h208;
    localparam  r_mr_va_hi = 16'h20c;
    localparam  r_mr_len = 16'h210;
    localparam  r_mr_iova_lo = 16'h214;
    localparam  r_mr_iova_hi = 16'h218;
    localparam  r_mr_pd = 16'h21c;
    localparam  r_mr_access = 16'h220;
    localparam  r_mr_cmd = 16'h22c;
    localparam  r_cq_sel = 16'h300;
    localparam  r_cq_base_lo = 16'h304;
    localparam  r_cq_base_hi = 16'h308;
    localparam  r_cq_log2 = 16'h30c;
    localparam  r_cq_vector = 16'h310;
    localparam  r_cq_cmd = 16'h31c;
    localparam  f_swqe_opcode = 10'b0;
    localparam  f_swqe_signaled = 10'b1000;
    localparam  f_swqe_num_sge = 10'b10000;
    localparam  f_swqe_imm = 10'b100000;
    localparam  f_swqe_wr_id = 10'b1000000;
    localparam  f_swqe_remote_addr = 10'b10000000;
    localparam  f_swqe_rkey = 10'b11000000;
    localparam  f_swqe_sge0_addr = 10'b100000000;
    localparam  f_swqe_sge0_len = 10'b101000000;
    localparam  f_swqe_sge0_lkey = 10'b101100000;
    localparam  f_swqe_sge1_addr = 10'b110000000;
    localparam  f_swqe_sge1_len = 10'b111000000;
    localparam  f_swqe_sge1_lkey = 10'b111100000;
    localparam  f_rwqe_wr_id = 10'b0;
    localparam  f_rwqe_addr = 10'b1000000;
    localparam  f_rwqe_len = 10'b10000000;
    localparam  f_rwqe_lkey = 10'b10100000;
    localparam  f_cqe_wr_id = 10'b0;
    localparam  f_cqe_byte_len = 10'b1000000;
    localparam  f_cqe_imm = 10'b1100000;
    localparam  f_cqe_qpn = 10'b10000000;
    localparam  f_cqe_status = 10'b10100000;
    localparam  f_cqe_opcode = 10'b10101000;
    localparam  f_cqe_imm_valid = 10'b10110000;
    localparam  f_cqe_owner = 10'b11111000;
    localparam  f_qpc_state = 11'b0;
    localparam  f_qpc_pmtu_log2 = 11'b100;
    localparam  f_qpc_dest_qpn = 11'b1000;
    localparam  f_qpc_sq_psn = 11'b100000;
    localparam  f_qpc_rq_psn = 11'b1000000;
    localparam  f_qpc_nak_sent = 11'b1011000;
    localparam  f_qpc_dmac = 11'b1100000;
    localparam  f_qpc_dip = 11'b10010000;
    localparam  f_qpc_sq_base = 11'b11000000;
    localparam  f_qpc_rq_base = 11'b100000000;
    localparam  f_qpc_sq_log2 = 11'b101000000;
    localparam  f_qpc_rq_log2 = 11'b101001000;
    localparam  f_qpc_scq = 11'b101010000;
    localparam  f_qpc_rcq = 11'b101100000;
    localparam  f_qpc_pd = 11'b101110000;
    localparam  f_qpc_udp_sport = 11'b110000000;
    localparam  f_qpc_sq_ci = 11'b110010000;
    localparam  f_qpc_rq_ci = 11'b110100000;
    localparam  f_qpc_msn = 11'b110110000;
    localparam  f_qpc_flight_psn = 11'b111010000;
    localparam  f_qpc_sq_next = 11'b1011010000;
    localparam  f_qpc_resp_active = 11'b1000001000;
    localparam  f_qpc_resp_is_send = 11'b1000001001;
    localparam  f_qpc_resp_iova = 11'b1000010000;
    localparam  f_qpc_resp_left = 11'b1001010000;
    localparam  f_qpc_resp_done = 11'b1001110000;
    localparam  f_qpc_resp_wr_id = 11'b1010010000;
    localparam  f_mr_valid = 10'b0;
    localparam  f_mr_access = 10'b1;
    localparam  f_mr_pd = 10'b1000;
    localparam  f_mr_key = 10'b100000;
    localparam  f_mr_va = 10'b1000000;
    localparam  f_mr_iova = 10'b10000000;
    localparam  f_mr_len = 10'b11000000;
    localparam  f_cq_base = 10'b0;
    localparam  f_cq_log2 = 10'b1000000;
    localparam  f_cq_valid = 10'b1000101;
    localparam  f_cq_vector = 10'b1001000;
    localparam  f_cq_pi = 10'b1010000;
    
    // Enums
    localparam Seq$Idle = 0;
    localparam Seq$Wait = 1;
    localparam Seq$Cmd = 2;
    localparam Seq$RxStart = 3;
    localparam Seq$CtxLoad = 4;
    localparam Seq$RxCtx = 5;
    localparam Seq$RxCheck = 6;
    localparam Seq$RxMr = 7;
    localparam Seq$RxRqFetch = 8;
    localparam Seq$RxRq = 9;
    localparam Seq$RxRqMr = 10;
    localparam Seq$RxPlacePrep = 11;
    localparam Seq$RxPlace = 12;
    localparam Seq$RxPlaceDrain = 13;
    localparam Seq$RxFinish = 14;
    localparam Seq$RxFail = 15;
    localparam Seq$RxAckMaybe = 16;
    localparam Seq$CmdModify = 17;
    localparam Seq$AckSend = 18;
    localparam Seq$ReqAck = 19;
    localparam Seq$ReqFetch = 20;
    localparam Seq$ReqWqe = 21;
    localparam Seq$ReqMore = 22;
    localparam Seq$TxCtx = 23;
    localparam Seq$TxWqe = 24;
    localparam Seq$TxMr = 25;
    localparam Seq$TxStart = 26;
    localparam Seq$TxSeg = 27;
    localparam Seq$TxNext = 28;
    localparam Seq$TxFail = 29;
    localparam Seq$SendStart = 30;
    localparam Seq$Send = 31;
    localparam Seq$SendDrain = 32;
    localparam Seq$CqStart = 33;
    localparam Seq$CqWait = 34;
    localparam Seq$CqRow = 35;
    localparam Seq$CqWrite = 36;
    localparam Seq$DmaRead = 37;
    localparam Seq$DmaBeats = 38;
    localparam Seq$Store = 39;
    
    // Stub signals
    reg  [47:0] txh$src_mac;
    reg  [47:0] txh$dst_mac;
    reg  [31:0] txh$src_ip;
    reg  [31:0] txh$dst_ip;
    reg  [15:0] txh$udp_sport;
    reg  [7:0] txh$opcode;
    reg  [23:0] txh$dest_qpn;
    reg  txh$ack_req;
    reg  [23:0] txh$psn;
    reg  txh$has_reth;
    reg  [63:0] txh$reth_va;
    reg  [31:0] txh$reth_rkey;
    reg  [31:0] txh$reth_len;
    reg  txh$has_aeth;
    reg  [7:0] txh$aeth_syndrome;
    reg  [23:0] txh$aeth_msn;
    reg  txh$has_imm;
    reg  [31:0] txh$imm;
    reg  [15:0] txh$payload_len;
    reg  txh$enable;
    wire  [639:0] txh$hdr;
    wire  [7:0] txh$hdr_len;
    wire  [1:0] txh$pad;
    reg  [639:0] rxh$hdr;
    reg  [15:0] rxh$frame_len;
    reg  [47:0] rxh$our_mac;
    reg  [31:0] rxh$our_ip;
    reg  rxh$enable;
    wire  rxh$is_roce;
    wire  rxh$malformed;
    wire  rxh$ack_req;
    wire  [23:0] rxh$dest_qpn;
    wire  [23:0] rxh$psn;
    wire  [63:0] rxh$reth_va;
    wire  [31:0] rxh$reth_rkey;
    wire  [31:0] rxh$reth_len;
    wire  [7:0] rxh$aeth_syndrome;
    wire  [31:0] rxh$imm;
    wire  rxh$is_send;
    wire  rxh$is_write;
    wire  rxh$is_ack;
    wire  rxh$has_reth;
    wire  rxh$has_imm;
    wire  rxh$starts_msg;
    wire  rxh$ends_msg;
    wire  [7:0] rxh$hdr_len;
    wire  [15:0] rxh$payload_len;
    reg  [255:0] mrc$row;
    reg  [31:0] mrc$key;
    reg  [15:0] mrc$pd;
    reg  [63:0] mrc$addr;
    reg  [31:0] mrc$len;
    reg  mrc$need_local_write;
    reg  mrc$need_remote_write;
    wire  mrc$ok;
    wire  [63:0] mrc$iova;
    reg  [31:0] tx_crc$crc_in;
    reg  [63:0] tx_crc$data;
    reg  [7:0] tx_crc$enable;
    wire  [31:0] tx_crc$crc_out;
    reg  [31:0] rx_crc$crc_in;
    reg  [63:0] rx_crc$data;
    reg  [7:0] rx_crc$enable;
    wire  [31:0] rx_crc$crc_out;
    reg  tx_pack$clock;
    reg  tx_pack$reset;
    reg  tx_pack$in_valid;
    reg  [63:0] tx_pack$in_data;
    reg  [3:0] tx_pack$in_count;
    reg  tx_pack$in_last;
    wire  tx_pack$in_ready;
    wire  tx_pack$out_valid;
    wire  [63:0] tx_pack$out_data;
    wire  [7:0] tx_pack$out_keep;
    wire  tx_pack$out_last;
    reg  tx_pack$out_ready;
    reg  wr_pack$clock;
    reg  wr_pack$reset;
    reg  wr_pack$in_valid;
    reg  [63:0] wr_pack$in_data;
    reg  [3:0] wr_pack$in_count;
    reg  wr_pack$in_last;
    wire  wr_pack$in_ready;
    wire  wr_pack$out_valid;
    wire  [63:0] wr_pack$out_data;
    wire  [7:0] wr_pack$out_keep;
    wire  wr_pack$out_last;
    reg  wr_pack$out_ready;
    reg  [63:0] tx_swap$word_in;
    wire  [63:0] tx_swap$word_out;
    reg  [63:0] rx_swap$word_in;
    wire  [63:0] rx_swap$word_out;
    reg  [3:0] qp_ram$read_address;
    reg  qp_ram$read_clock;
    wire  [1023:0] qp_ram$read_data;
    reg  [3:0] qp_ram$write_address;
    reg  qp_ram$write_clock;
    reg  [1023:0] qp_ram$write_data;
    reg  qp_ram$write_enable;
    reg  [3:0] mr_ram$read_address;
    reg  mr_ram$read_clock;
    wire  [255:0] mr_ram$read_data;
    reg  [3:0] mr_ram$write_address;
    reg  mr_ram$write_clock;
    reg  [255:0] mr_ram$write_data;
    reg  mr_ram$write_enable;
    reg  [3:0] cq_ram$read_address;
    reg  cq_ram$read_clock;
    wire  [127:0] cq_ram$read_data;
    reg  [3:0] cq_ram$write_address;
    reg  cq_ram$write_clock;
    reg  [127:0] cq_ram$write_data;
    reg  cq_ram$write_enable;
    reg  [3:0] sqpi_ram$read_address;
    reg  sqpi_ram$read_clock;
    wire  [15:0] sqpi_ram$read_data;
    reg  [3:0] sqpi_ram$write_address;
    reg  sqpi_ram$write_clock;
    reg  [15:0] sqpi_ram$write_data;
    reg  sqpi_ram$write_enable;
    reg  [3:0] rqpi_ram$read_address;
    reg  rqpi_ram$read_clock;
    wire  [15:0] rqpi_ram$read_data;
    reg  [3:0] rqpi_ram$write_address;
    reg  rqpi_ram$write_clock;
    reg  [15:0] rqpi_ram$write_data;
    reg  rqpi_ram$write_enable;
    reg  [3:0] cqci_ram$read_address;
    reg  cqci_ram$read_clock;
    wire  [15:0] cqci_ram$read_data;
    reg  [3:0] cqci_ram$write_address;
    reg  cqci_ram$write_clock;
    reg  [15:0] cqci_ram$write_data;
    reg  cqci_ram$write_enable;
    reg  [9:0] txbuf$read_address;
    reg  txbuf$read_clock;
    wire  [63:0] txbuf$read_data;
    reg  [9:0] txbuf$write_address;
    reg  txbuf$write_clock;
    reg  [63:0] txbuf$write_data;
    reg  txbuf$write_enable;
    reg  [7:0] flight$read_address;
    reg  flight$read_clock;
    wire  [127:0] flight$read_data;
    reg  [7:0] flight$write_address;
    reg  flight$write_clock;
    reg  [127:0] flight$write_data;
    reg  flight$write_enable;
    reg  [10:0] rxbuf$read_address;
    reg  rxbuf$read_clock;
    wire  [63:0] rxbuf$read_data;
    reg  [10:0] rxbuf$write_address;
    reg  rxbuf$write_clock;
    reg  [63:0] rxbuf$write_data;
    reg  rxbuf$write_enable;
    reg  enable$d;
    wire  enable$q;
    reg  enable$clock;
    reg  [47:0] mac$d;
    wire  [47:0] mac$q;
    reg  mac$clock;
    reg  [31:0] ip$d;
    wire  [31:0] ip$q;
    reg  ip$clock;
    reg  [31:0] ack_timeout$d;
    wire  [31:0] ack_timeout$q;
    reg  ack_timeout$clock;
    reg  [31:0] rnr_delay$d;
    wire  [31:0] rnr_delay$q;
    reg  rnr_delay$clock;
    reg  [31:0] rnr_timer$d;
    wire  [31:0] rnr_timer$q;
    reg  rnr_timer$clock;
    reg  [15:0] rnr_mask$d;
    wire  [15:0] rnr_mask$q;
    reg  rnr_mask$clock;
    reg  [3:0] qs_sel$d;
    wire  [3:0] qs_sel$q;
    reg  qs_sel$clock;
    reg  [3:0] qs_state$d;
    wire  [3:0] qs_state$q;
    reg  qs_state$clock;
    reg  [23:0] qs_dqpn$d;
    wire  [23:0] qs_dqpn$q;
    reg  qs_dqpn$clock;
    reg  [23:0] qs_sq_psn$d;
    wire  [23:0] qs_sq_psn$q;
    reg  qs_sq_psn$clock;
    reg  [23:0] qs_rq_psn$d;
    wire  [23:0] qs_rq_psn$q;
    reg  qs_rq_psn$clock;
    reg  [47:0] qs_dmac$d;
    wire  [47:0] qs_dmac$q;
    reg  qs_dmac$clock;
    reg  [31:0] qs_dip$d;
    wire  [31:0] qs_dip$q;
    reg  qs_dip$clock;
    reg  [3:0] qs_pmtu$d;
    wire  [3:0] qs_pmtu$q;
    reg  qs_pmtu$clock;
    reg  [63:0] qs_sq_base$d;
    wire  [63:0] qs_sq_base$q;
    reg  qs_sq_base$clock;
    reg  [4:0] qs_sq_log2$d;
    wire  [4:0] qs_sq_log2$q;
    reg  qs_sq_log2$clock;
    reg  [63:0] qs_rq_base$d;
    wire  [63:0] qs_rq_base$q;
    reg  qs_rq_base$clock;
    reg  [4:0] qs_rq_log2$d;
    wire  [4:0] qs_rq_log2$q;
    reg  qs_rq_log2$clock;
    reg  [31:0] qs_cqn$d;
    wire  [31:0] qs_cqn$q;
    reg  qs_cqn$clock;
    reg  [15:0] qs_pd$d;
    wire  [15:0] qs_pd$q;
    reg  qs_pd$clock;
    reg  [15:0] qs_sport$d;
    wire  [15:0] qs_sport$q;
    reg  qs_sport$clock;
    reg  [3:0] ms_sel$d;
    wire  [3:0] ms_sel$q;
    reg  ms_sel$clock;
    reg  [31:0] ms_key$d;
    wire  [31:0] ms_key$q;
    reg  ms_key$clock;
    reg  [63:0] ms_va$d;
    wire  [63:0] ms_va$q;
    reg  ms_va$clock;
    reg  [31:0] ms_len$d;
    wire  [31:0] ms_len$q;
    reg  ms_len$clock;
    reg  [63:0] ms_iova$d;
    wire  [63:0] ms_iova$q;
    reg  ms_iova$clock;
    reg  [15:0] ms_pd$d;
    wire  [15:0] ms_pd$q;
    reg  ms_pd$clock;
    reg  [2:0] ms_access$d;
    wire  [2:0] ms_access$q;
    reg  ms_access$clock;
    reg  [3:0] cs_sel$d;
    wire  [3:0] cs_sel$q;
    reg  cs_sel$clock;
    reg  [63:0] cs_base$d;
    wire  [63:0] cs_base$q;
    reg  cs_base$clock;
    reg  [4:0] cs_log2$d;
    wire  [4:0] cs_log2$q;
    reg  cs_log2$clock;
    reg  [7:0] cs_vector$d;
    wire  [7:0] cs_vector$q;
    reg  cs_vector$clock;
    reg  [1:0] qpc_cmd$d;
    wire  [1:0] qpc_cmd$q;
    reg  qpc_cmd$clock;
    reg  [1:0] mr_cmd$d;
    wire  [1:0] mr_cmd$q;
    reg  mr_cmd$clock;
    reg  [1:0] cq_cmd$d;
    wire  [1:0] cq_cmd$q;
    reg  cq_cmd$clock;
    reg  [15:0] sq_pending$d;
    wire  [15:0] sq_pending$q;
    reg  sq_pending$clock;
    reg  [15:0] cq_armed$d;
    wire  [15:0] cq_armed$q;
    reg  cq_armed$clock;
    reg  [31:0] rdata$d;
    wire  [31:0] rdata$q;
    reg  rdata$clock;
    reg  rvalid$d;
    wire  rvalid$q;
    reg  rvalid$clock;
    reg  [31:0] cnt_rx_frames$d;
    wire  [31:0] cnt_rx_frames$q;
    reg  cnt_rx_frames$clock;
    reg  [31:0] cnt_rx_bad_icrc$d;
    wire  [31:0] cnt_rx_bad_icrc$q;
    reg  cnt_rx_bad_icrc$clock;
    reg  [31:0] cnt_rx_malformed$d;
    wire  [31:0] cnt_rx_malformed$q;
    reg  cnt_rx_malformed$clock;
    reg  [31:0] cnt_rx_not_roce$d;
    wire  [31:0] cnt_rx_not_roce$q;
    reg  cnt_rx_not_roce$clock;
    reg  [31:0] cnt_rx_bad_qp$d;
    wire  [31:0] cnt_rx_bad_qp$q;
    reg  cnt_rx_bad_qp$clock;
    reg  [31:0] cnt_rx_duplicate$d;
    wire  [31:0] cnt_rx_duplicate$q;
    reg  cnt_rx_duplicate$clock;
    reg  [31:0] cnt_nak_seq_sent$d;
    wire  [31:0] cnt_nak_seq_sent$q;
    reg  cnt_nak_seq_sent$clock;
    reg  [31:0] cnt_nak_access_sent$d;
    wire  [31:0] cnt_nak_access_sent$q;
    reg  cnt_nak_access_sent$clock;
    reg  [31:0] cnt_rnr_nak_sent$d;
    wire  [31:0] cnt_rnr_nak_sent$q;
    reg  cnt_rnr_nak_sent$clock;
    reg  [31:0] cnt_nak_invalid_sent$d;
    wire  [31:0] cnt_nak_invalid_sent$q;
    reg  cnt_nak_invalid_sent$clock;
    reg  [31:0] cnt_tx_frames$d;
    wire  [31:0] cnt_tx_frames$q;
    reg  cnt_tx_frames$clock;
    reg  [31:0] cnt_tx_acks$d;
    wire  [31:0] cnt_tx_acks$q;
    reg  cnt_tx_acks$clock;
    reg  [31:0] cnt_rx_acks$d;
    wire  [31:0] cnt_rx_acks$q;
    reg  cnt_rx_acks$clock;
    reg  [31:0] cnt_rx_naks$d;
    wire  [31:0] cnt_rx_naks$q;
    reg  cnt_rx_naks$clock;
    reg  [31:0] cnt_retransmits$d;
    wire  [31:0] cnt_retransmits$q;
    reg  cnt_retransmits$clock;
    reg  [31:0] cnt_dma_errors$d;
    wire  [31:0] cnt_dma_errors$q;
    reg  cnt_dma_errors$clock;
    reg  [31:0] cnt_wqe_errors$d;
    wire  [31:0] cnt_wqe_errors$q;
    reg  cnt_wqe_errors$clock;
    reg  [31:0] cnt_cq_overflow$d;
    wire  [31:0] cnt_cq_overflow$q;
    reg  cnt_cq_overflow$clock;
    reg  [11:0] rx_wptr$d;
    wire  [11:0] rx_wptr$q;
    reg  rx_wptr$clock;
    reg  rx_full$d;
    wire  rx_full$q;
    reg  rx_full$clock;
    reg  [15:0] rx_len$d;
    wire  [15:0] rx_len$q;
    reg  rx_len$clock;
    reg  [31:0] rx_crc_state$d;
    wire  [31:0] rx_crc_state$q;
    reg  rx_crc_state$clock;
    reg  rx_crc_ok$d;
    wire  rx_crc_ok$q;
    reg  rx_crc_ok$clock;
    reg  rx_overflow$d;
    wire  rx_overflow$q;
    reg  rx_overflow$clock;
    reg  [639:0] rx_hdr$d;
    wire  [639:0] rx_hdr$q;
    reg  rx_hdr$clock;
    reg  cur_slot$d;
    wire  cur_slot$q;
    reg  cur_slot$clock;
    reg  pend_full$d;
    wire  pend_full$q;
    reg  pend_full$clock;
    reg  [15:0] pend_len$d;
    wire  [15:0] pend_len$q;
    reg  pend_len$clock;
    reg  pend_crc_ok$d;
    wire  pend_crc_ok$q;
    reg  pend_crc_ok$clock;
    reg  pend_ovf$d;
    wire  pend_ovf$q;
    reg  pend_ovf$clock;
    reg  [639:0] pend_hdr$d;
    wire  [639:0] pend_hdr$q;
    reg  pend_hdr$clock;
    reg  pend_slot$d;
    wire  pend_slot$q;
    reg  pend_slot$clock;
    reg  in_slot$d;
    wire  in_slot$q;
    reg  in_slot$clock;
    reg  in_ovf$d;
    wire  in_ovf$q;
    reg  in_ovf$clock;
    reg  [639:0] in_hdr$d;
    wire  [639:0] in_hdr$q;
    reg  in_hdr$clock;
    reg  [5:0] seq$d;
    wire  [5:0] seq$q;
    reg  seq$clock;
    reg  [5:0] ret$d;
    wire  [5:0] ret$q;
    reg  ret$clock;
    reg  [5:0] sub_ret$d;
    wire  [5:0] sub_ret$q;
    reg  sub_ret$clock;
    reg  [3:0] qp$d;
    wire  [3:0] qp$q;
    reg  qp$clock;
    reg  [3:0] mr_idx$d;
    wire  [3:0] mr_idx$q;
    reg  mr_idx$clock;
    reg  rx_job$d;
    wire  rx_job$q;
    reg  rx_job$clock;
    reg  modify_job$d;
    wire  modify_job$q;
    reg  modify_job$clock;
    reg  [3:0] c_state$d;
    wire  [3:0] c_state$q;
    reg  c_state$clock;
    reg  [3:0] c_pmtu$d;
    wire  [3:0] c_pmtu$q;
    reg  c_pmtu$clock;
    reg  [23:0] c_dqpn$d;
    wire  [23:0] c_dqpn$q;
    reg  c_dqpn$clock;
    reg  [23:0] c_sq_psn$d;
    wire  [23:0] c_sq_psn$q;
    reg  c_sq_psn$clock;
    reg  [23:0] c_rq_psn$d;
    wire  [23:0] c_rq_psn$q;
    reg  c_rq_psn$clock;
    reg  c_nak_sent$d;
    wire  c_nak_sent$q;
    reg  c_nak_sent$clock;
    reg  [47:0] c_dmac$d;
    wire  [47:0] c_dmac$q;
    reg  c_dmac$clock;
    reg  [31:0] c_dip$d;
    wire  [31:0] c_dip$q;
    reg  c_dip$clock;
    reg  [63:0] c_sq_base$d;
    wire  [63:0] c_sq_base$q;
    reg  c_sq_base$clock;
    reg  [63:0] c_rq_base$d;
    wire  [63:0] c_rq_base$q;
    reg  c_rq_base$clock;
    reg  [4:0] c_sq_log2$d;
    wire  [4:0] c_sq_log2$q;
    reg  c_sq_log2$clock;
    reg  [4:0] c_rq_log2$d;
    wire  [4:0] c_rq_log2$q;
    reg  c_rq_log2$clock;
    reg  [15:0] c_scq$d;
    wire  [15:0] c_scq$q;
    reg  c_scq$clock;
    reg  [15:0] c_rcq$d;
    wire  [15:0] c_rcq$q;
    reg  c_rcq$clock;
    reg  [15:0] c_pd$d;
    wire  [15:0] c_pd$q;
    reg  c_pd$clock;
    reg  [15:0] c_sport$d;
    wire  [15:0] c_sport$q;
    reg  c_sport$clock;
    reg  [15:0] c_sq_ci$d;
    wire  [15:0] c_sq_ci$q;
    reg  c_sq_ci$clock;
    reg  [15:0] c_rq_ci$d;
    wire  [15:0] c_rq_ci$q;
    reg  c_rq_ci$clock;
    reg  [23:0] c_msn$d;
    wire  [23:0] c_msn$q;
    reg  c_msn$clock;
    reg  [15:0] c_sq_next$d;
    wire  [15:0] c_sq_next$q;
    reg  c_sq_next$clock;
    reg  [23:0] c_flight_psn$d;
    wire  [23:0] c_flight_psn$q;
    reg  c_flight_psn$clock;
    reg  c_resp_active$d;
    wire  c_resp_active$q;
    reg  c_resp_active$clock;
    reg  c_resp_is_send$d;
    wire  c_resp_is_send$q;
    reg  c_resp_is_send$clock;
    reg  [63:0] c_resp_iova$d;
    wire  [63:0] c_resp_iova$q;
    reg  c_resp_iova$clock;
    reg  [31:0] c_resp_left$d;
    wire  [31:0] c_resp_left$q;
    reg  c_resp_left$clock;
    reg  [31:0] c_resp_done$d;
    wire  [31:0] c_resp_done$q;
    reg  c_resp_done$clock;
    reg  [63:0] c_resp_wr_id$d;
    wire  [63:0] c_resp_wr_id$q;
    reg  c_resp_wr_id$clock;
    reg  [7:0] w_opcode$d;
    wire  [7:0] w_opcode$q;
    reg  w_opcode$clock;
    reg  [31:0] w_imm$d;
    wire  [31:0] w_imm$q;
    reg  w_imm$clock;
    reg  [63:0] w_raddr$d;
    wire  [63:0] w_raddr$q;
    reg  w_raddr$clock;
    reg  [31:0] w_rkey$d;
    wire  [31:0] w_rkey$q;
    reg  w_rkey$clock;
    reg  [31:0] w_len$d;
    wire  [31:0] w_len$q;
    reg  w_len$clock;
    reg  [63:0] w_laddr$d;
    wire  [63:0] w_laddr$q;
    reg  w_laddr$clock;
    reg  [31:0] w_lkey$d;
    wire  [31:0] w_lkey$q;
    reg  w_lkey$clock;
    reg  [63:0] w_liova$d;
    wire  [63:0] w_liova$q;
    reg  w_liova$clock;
    reg  [31:0] msg_off$d;
    wire  [31:0] msg_off$q;
    reg  msg_off$clock;
    reg  [31:0] msg_left$d;
    wire  [31:0] msg_left$q;
    reg  msg_left$clock;
    reg  [15:0] seg_len$d;
    wire  [15:0] seg_len$q;
    reg  seg_len$clock;
    reg  [7:0] t_opcode$d;
    wire  [7:0] t_opcode$q;
    reg  t_opcode$clock;
    reg  [23:0] t_psn$d;
    wire  [23:0] t_psn$q;
    reg  t_psn$clock;
    reg  t_ack_req$d;
    wire  t_ack_req$q;
    reg  t_ack_req$clock;
    reg  t_reth$d;
    wire  t_reth$q;
    reg  t_reth$clock;
    reg  t_aeth$d;
    wire  t_aeth$q;
    reg  t_aeth$clock;
    reg  t_imm$d;
    wire  t_imm$q;
    reg  t_imm$clock;
    reg  [7:0] t_syndrome$d;
    wire  [7:0] t_syndrome$q;
    reg  t_syndrome$clock;
    reg  [639:0] ser_hdr$d;
    wire  [639:0] ser_hdr$q;
    reg  ser_hdr$clock;
    reg  [1:0] ser_phase$d;
    wire  [1:0] ser_phase$q;
    reg  ser_phase$clock;
    reg  [15:0] ser_left$d;
    wire  [15:0] ser_left$q;
    reg  ser_left$clock;
    reg  [7:0] ser_word$d;
    wire  [7:0] ser_word$q;
    reg  ser_word$clock;
    reg  [9:0] ser_pw$d;
    wire  [9:0] ser_pw$q;
    reg  ser_pw$clock;
    reg  [31:0] ser_crc$d;
    wire  [31:0] ser_crc$q;
    reg  ser_crc$clock;
    reg  ser_done$d;
    wire  ser_done$q;
    reg  ser_done$clock;
    reg  [1:0] ser_pad$d;
    wire  [1:0] ser_pad$q;
    reg  ser_pad$clock;
    reg  [63:0] rd_addr$d;
    wire  [63:0] rd_addr$q;
    reg  rd_addr$clock;
    reg  [15:0] rd_len$d;
    wire  [15:0] rd_len$q;
    reg  rd_len$clock;
    reg  [9:0] rd_beat$d;
    wire  [9:0] rd_beat$q;
    reg  rd_beat$clock;
    reg  rd_err$d;
    wire  rd_err$q;
    reg  rd_err$clock;
    reg  [511:0] rdbuf$d;
    wire  [511:0] rdbuf$q;
    reg  rdbuf$clock;
    reg  g_active$d;
    wire  g_active$q;
    reg  g_active$clock;
    reg  g_req$d;
    wire  g_req$q;
    reg  g_req$clock;
    reg  [63:0] g_addr$d;
    wire  [63:0] g_addr$q;
    reg  g_addr$clock;
    reg  [15:0] g_len$d;
    wire  [15:0] g_len$q;
    reg  g_len$clock;
    reg  [9:0] g_wptr$d;
    wire  [9:0] g_wptr$q;
    reg  g_wptr$clock;
    reg  g_half$d;
    wire  g_half$q;
    reg  g_half$clock;
    reg  g_err$d;
    wire  g_err$q;
    reg  g_err$clock;
    reg  ser_half$d;
    wire  ser_half$q;
    reg  ser_half$clock;
    reg  [10:0] pl_ptr$d;
    wire  [10:0] pl_ptr$q;
    reg  pl_ptr$clock;
    reg  [2:0] pl_skip$d;
    wire  [2:0] pl_skip$q;
    reg  pl_skip$clock;
    reg  [15:0] pl_left$d;
    wire  [15:0] pl_left$q;
    reg  pl_left$clock;
    reg  [63:0] wr_addr$d;
    wire  [63:0] wr_addr$q;
    reg  wr_addr$clock;
    reg  [15:0] wr_len$d;
    wire  [15:0] wr_len$q;
    reg  wr_len$clock;
    reg  wr_from_cqe$d;
    wire  wr_from_cqe$q;
    reg  wr_from_cqe$clock;
    reg  wr_busy$d;
    wire  wr_busy$q;
    reg  wr_busy$clock;
    reg  [63:0] q_wr_id$d;
    wire  [63:0] q_wr_id$q;
    reg  q_wr_id$clock;
    reg  [31:0] q_len$d;
    wire  [31:0] q_len$q;
    reg  q_len$clock;
    reg  [31:0] q_imm$d;
    wire  [31:0] q_imm$q;
    reg  q_imm$clock;
    reg  [7:0] q_status$d;
    wire  [7:0] q_status$q;
    reg  q_status$clock;
    reg  [7:0] q_opcode$d;
    wire  [7:0] q_opcode$q;
    reg  q_opcode$clock;
    reg  q_imm_valid$d;
    wire  q_imm_valid$q;
    reg  q_imm_valid$clock;
    reg  [3:0] q_cqn$d;
    wire  [3:0] q_cqn$q;
    reg  q_cqn$clock;
    reg  [255:0] q_buf$d;
    wire  [255:0] q_buf$q;
    reg  q_buf$clock;
    reg  [1:0] q_beat$d;
    wire  [1:0] q_beat$q;
    reg  q_beat$clock;
    reg  [15:0] q_row_pi$d;
    wire  [15:0] q_row_pi$q;
    reg  q_row_pi$clock;
    reg  [31:0] ack_timer$d;
    wire  [31:0] ack_timer$q;
    reg  ack_timer$clock;
    reg  [15:0] wait_mask$d;
    wire  [15:0] wait_mask$q;
    reg  wait_mask$clock;
    reg  [15:0] retx_mask$d;
    wire  [15:0] retx_mask$q;
    reg  retx_mask$clock;
    reg  [3:0] rr_last$d;
    wire  [3:0] rr_last$q;
    reg  rr_last$clock;
    reg  irq$d;
    wire  irq$q;
    reg  irq$clock;
    reg  [7:0] irq_vec$d;
    wire  [7:0] irq_vec$q;
    reg  irq_vec$clock;
    
    // Local signals
    reg  [15:0] set_rnr;
    reg  [15:0] db_off;
    reg  [3:0] db_qp;
    reg  [3:0] db_cq;
    reg  [15:0] set_pending;
    reg  [15:0] clr_pending;
    reg  [639:0] in_hdr_next;
    reg  rx_done;
    reg  [15:0] done_len;
    reg  done_crc_ok;
    reg  done_ovf;
    reg  rx_release;
    reg  [3:0] rx_beat_len;
    reg  [7:0] rx_lane_en;
    reg  [63:0] rx_ff;
    reg  [31:0] rx_crc_after;
    reg  [1023:0] qrow;
    reg  [31:0] pmtu_bytes;
    reg  w_is_write;
    reg  w_has_imm;
    reg  seg_first;
    reg  seg_last;
    reg  [3:0] ser_count;
    reg  ser_fire;
    reg  ser_phase_end;
    reg  [7:0] ser_crc_en;
    reg  [63:0] ser_ff;
    reg  [31:0] next_left;
    reg  [3:0] pl_count;
    reg  pl_fire;
    reg  [15:0] seg_n;
    reg  [7:0] seg_op;
    reg  outstanding;
    reg  [15:0] tx_idx;
    reg  [15:0] in_flight;
    reg  [31:0] wqe_len;
    reg  [31:0] rd_wqe_len;
    reg  [7:0] fl_slot;
    reg  [23:0] wqe_pkts;
    reg  [23:0] wqe_last;
    reg  [3:0] pmtu_log2;
    reg  ack_progress;
    reg  nak_fatal;
    reg  owner;
    reg  [31:0] icrc_out;
    reg  [15:0] cq_used;
    reg  [15:0] cq_mask;
    reg  [23:0] psn_diff;
    reg  [23:0] ack_diff;
    reg  [15:0] q_mask;
    reg  [15:0] set_wait;
    reg  [15:0] clr_wait;
    reg  [15:0] set_retx;
    reg  [15:0] clr_retx;
    reg  [15:0] set_armed;
    reg  [15:0] clr_armed;
    reg  [15:0] tx_cand;
    reg  [3:0] tx_pick;
    reg  tx_found;
    reg  [15:0] qp_bit;
    reg  inc_rx_frames;
    reg  inc_rx_bad_icrc;
    reg  inc_rx_malformed;
    reg  inc_rx_not_roce;
    reg  inc_rx_bad_qp;
    reg  inc_rx_duplicate;
    reg  inc_nak_seq_sent;
    reg  inc_nak_access_sent;
    reg  inc_rnr_nak_sent;
    reg  inc_nak_invalid_sent;
    reg  inc_tx_frames;
    reg  inc_tx_acks;
    reg  inc_rx_acks;
    reg  inc_rx_naks;
    reg  inc_retransmits;
    reg  inc_dma_errors;
    reg  inc_wqe_errors;
    reg  inc_cq_overflow;
    
    // Sub module instances
    top$txh txh(
        .src_mac(txh$src_mac),
        .dst_mac(txh$dst_mac),
        .src_ip(txh$src_ip),
        .dst_ip(txh$dst_ip),
        .udp_sport(txh$udp_sport),
        .opcode(txh$opcode),
        .dest_qpn(txh$dest_qpn),
        .ack_req(txh$ack_req),
        .psn(txh$psn),
        .has_reth(txh$has_reth),
        .reth_va(txh$reth_va),
        .reth_rkey(txh$reth_rkey),
        .reth_len(txh$reth_len),
        .has_aeth(txh$has_aeth),
        .aeth_syndrome(txh$aeth_syndrome),
        .aeth_msn(txh$aeth_msn),
        .has_imm(txh$has_imm),
        .imm(txh$imm),
        .payload_len(txh$payload_len),
        .enable(txh$enable),
        .hdr(txh$hdr),
        .hdr_len(txh$hdr_len),
        .pad(txh$pad)
    );
    top$rxh rxh(
        .hdr(rxh$hdr),
        .frame_len(rxh$frame_len),
        .our_mac(rxh$our_mac),
        .our_ip(rxh$our_ip),
        .enable(rxh$enable),
        .is_roce(rxh$is_roce),
        .malformed(rxh$malformed),
        .ack_req(rxh$ack_req),
        .dest_qpn(rxh$dest_qpn),
        .psn(rxh$psn),
        .reth_va(rxh$reth_va),
        .reth_rkey(rxh$reth_rkey),
        .reth_len(rxh$reth_len),
        .aeth_syndrome(rxh$aeth_syndrome),
        .imm(rxh$imm),
        .is_send(rxh$is_send),
        .is_write(rxh$is_write),
        .is_ack(rxh$is_ack),
        .has_reth(rxh$has_reth),
        .has_imm(rxh$has_imm),
        .starts_msg(rxh$starts_msg),
        .ends_msg(rxh$ends_msg),
        .hdr_len(rxh$hdr_len),
        .payload_len(rxh$payload_len)
    );
    top$mrc mrc(
        .row(mrc$row),
        .key(mrc$key),
        .pd(mrc$pd),
        .addr(mrc$addr),
        .len(mrc$len),
        .need_local_write(mrc$need_local_write),
        .need_remote_write(mrc$need_remote_write),
        .ok(mrc$ok),
        .iova(mrc$iova)
    );
    top$tx_crc tx_crc(
        .crc_in(tx_crc$crc_in),
        .data(tx_crc$data),
        .enable(tx_crc$enable),
        .crc_out(tx_crc$crc_out)
    );
    top$rx_crc rx_crc(
        .crc_in(rx_crc$crc_in),
        .data(rx_crc$data),
        .enable(rx_crc$enable),
        .crc_out(rx_crc$crc_out)
    );
    top$tx_pack tx_pack(
        .clock(tx_pack$clock),
        .reset(tx_pack$reset),
        .in_valid(tx_pack$in_valid),
        .in_data(tx_pack$in_data),
        .in_count(tx_pack$in_count),
        .in_last(tx_pack$in_last),
        .in_ready(tx_pack$in_ready),
        .out_valid(tx_pack$out_valid),
        .out_data(tx_pack$out_data),
        .out_keep(tx_pack$out_keep),
        .out_last(tx_pack$out_last),
        .out_ready(tx_pack$out_ready)
    );
    top$wr_pack wr_pack(
        .clock(wr_pack$clock),
        .reset(wr_pack$reset),
        .in_valid(wr_pack$in_valid),
        .in_data(wr_pack$in_data),
        .in_count(wr_pack$in_count),
        .in_last(wr_pack$in_last),
        .in_ready(wr_pack$in_ready),
        .out_valid(wr_pack$out_valid),
        .out_data(wr_pack$out_data),
        .out_keep(wr_pack$out_keep),
        .out_last(wr_pack$out_last),
        .out_ready(wr_pack$out_ready)
    );
    top$tx_swap tx_swap(
        .word_in(tx_swap$word_in),
        .word_out(tx_swap$word_out)
    );
    top$rx_swap rx_swap(
        .word_in(rx_swap$word_in),
        .word_out(rx_swap$word_out)
    );
    top$qp_ram qp_ram(
        .read_address(qp_ram$read_address),
        .read_clock(qp_ram$read_clock),
        .read_data(qp_ram$read_data),
        .write_address(qp_ram$write_address),
        .write_clock(qp_ram$write_clock),
        .write_data(qp_ram$write_data),
        .write_enable(qp_ram$write_enable)
    );
    top$mr_ram mr_ram(
        .read_address(mr_ram$read_address),
        .read_clock(mr_ram$read_clock),
        .read_data(mr_ram$read_data),
        .write_address(mr_ram$write_address),
        .write_clock(mr_ram$write_clock),
        .write_data(mr_ram$write_data),
        .write_enable(mr_ram$write_enable)
    );
    top$cq_ram cq_ram(
        .read_address(cq_ram$read_address),
        .read_clock(cq_ram$read_clock),
        .read_data(cq_ram$read_data),
        .write_address(cq_ram$write_address),
        .write_clock(cq_ram$write_clock),
        .write_data(cq_ram$write_data),
        .write_enable(cq_ram$write_enable)
    );
    top$sqpi_ram sqpi_ram(
        .read_address(sqpi_ram$read_address),
        .read_clock(sqpi_ram$read_clock),
        .read_data(sqpi_ram$read_data),
        .write_address(sqpi_ram$write_address),
        .write_clock(sqpi_ram$write_clock),
        .write_data(sqpi_ram$write_data),
        .write_enable(sqpi_ram$write_enable)
    );
    top$rqpi_ram rqpi_ram(
        .read_address(rqpi_ram$read_address),
        .read_clock(rqpi_ram$read_clock),
        .read_data(rqpi_ram$read_data),
        .write_address(rqpi_ram$write_address),
        .write_clock(rqpi_ram$write_clock),
        .write_data(rqpi_ram$write_data),
        .write_enable(rqpi_ram$write_enable)
    );
    top$cqci_ram cqci_ram(
        .read_address(cqci_ram$read_address),
        .read_clock(cqci_ram$read_clock),
        .read_data(cqci_ram$read_data),
        .write_address(cqci_ram$write_address),
        .write_clock(cqci_ram$write_clock),
        .write_data(cqci_ram$write_data),
        .write_enable(cqci_ram$write_enable)
    );
    top$txbuf txbuf(
        .read_address(txbuf$read_address),
        .read_clock(txbuf$read_clock),
        .read_data(txbuf$read_data),
        .write_address(txbuf$write_address),
        .write_clock(txbuf$write_clock),
        .write_data(txbuf$write_data),
        .write_enable(txbuf$write_enable)
    );
    top$flight flight(
        .read_address(flight$read_address),
        .read_clock(flight$read_clock),
        .read_data(flight$read_data),
        .write_address(flight$write_address),
        .write_clock(flight$write_clock),
        .write_data(flight$write_data),
        .write_enable(flight$write_enable)
    );
    top$rxbuf rxbuf(
        .read_address(rxbuf$read_address),
        .read_clock(rxbuf$read_clock),
        .read_data(rxbuf$read_data),
        .write_address(rxbuf$write_address),
        .write_clock(rxbuf$write_clock),
        .write_data(rxbuf$write_data),
        .write_enable(rxbuf$write_enable)
    );
    top$enable enable(
        .d(enable$d),
        .q(enable$q),
        .clock(enable$clock)
    );
    top$mac mac(
        .d(mac$d),
        .q(mac$q),
        .clock(mac$clock)
    );
    top$ip ip(
        .d(ip$d),
        .q(ip$q),
        .clock(ip$clock)
    );
    top$ack_timeout ack_timeout(
        .d(ack_timeout$d),
        .q(ack_timeout$q),
        .clock(ack_timeout$clock)
    );
    top$rnr_delay rnr_delay(
        .d(rnr_delay$d),
        .q(rnr_delay$q),
        .clock(rnr_delay$clock)
    );
    top$rnr_timer rnr_timer(
        .d(rnr_timer$d),
        .q(rnr_timer$q),
        .clock(rnr_timer$clock)
    );
    top$rnr_mask rnr_mask(
        .d(rnr_mask$d),
        .q(rnr_mask$q),
        .clock(rnr_mask$clock)
    );
    top$qs_sel qs_sel(
        .d(qs_sel$d),
        .q(qs_sel$q),
        .clock(qs_sel$clock)
    );
    top$qs_state qs_state(
        .d(qs_state$d),
        .q(qs_state$q),
        .clock(qs_state$clock)
    );
    top$qs_dqpn qs_dqpn(
        .d(qs_dqpn$d),
        .q(qs_dqpn$q),
        .clock(qs_dqpn$clock)
    );
    top$qs_sq_psn qs_sq_psn(
        .d(qs_sq_psn$d),
        .q(qs_sq_psn$q),
        .clock(qs_sq_psn$clock)
    );
    top$qs_rq_psn qs_rq_psn(
        .d(qs_rq_psn$d),
        .q(qs_rq_psn$q),
        .clock(qs_rq_psn$clock)
    );
    top$qs_dmac qs_dmac(
        .d(qs_dmac$d),
        .q(qs_dmac$q),
        .clock(qs_dmac$clock)
    );
    top$qs_dip qs_dip(
        .d(qs_dip$d),
        .q(qs_dip$q),
        .clock(qs_dip$clock)
    );
    top$qs_pmtu qs_pmtu(
        .d(qs_pmtu$d),
        .q(qs_pmtu$q),
        .clock(qs_pmtu$clock)
    );
    top$qs_sq_base qs_sq_base(
        .d(qs_sq_base$d),
        .q(qs_sq_base$q),
        .clock(qs_sq_base$clock)
    );
    top$qs_sq_log2 qs_sq_log2(
        .d(qs_sq_log2$d),
        .q(qs_sq_log2$q),
        .clock(qs_sq_log2$clock)
    );
    top$qs_rq_base qs_rq_base(
        .d(qs_rq_base$d),
        .q(qs_rq_base$q),
        .clock(qs_rq_base$clock)
    );
    top$qs_rq_log2 qs_rq_log2(
        .d(qs_rq_log2$d),
        .q(qs_rq_log2$q),
        .clock(qs_rq_log2$clock)
    );
    top$qs_cqn qs_cqn(
        .d(qs_cqn$d),
        .q(qs_cqn$q),
        .clock(qs_cqn$clock)
    );
    top$qs_pd qs_pd(
        .d(qs_pd$d),
        .q(qs_pd$q),
        .clock(qs_pd$clock)
    );
    top$qs_sport qs_sport(
        .d(qs_sport$d),
        .q(qs_sport$q),
        .clock(qs_sport$clock)
    );
    top$ms_sel ms_sel(
        .d(ms_sel$d),
        .q(ms_sel$q),
        .clock(ms_sel$clock)
    );
    top$ms_key ms_key(
        .d(ms_key$d),
        .q(ms_key$q),
        .clock(ms_key$clock)
    );
    top$ms_va ms_va(
        .d(ms_va$d),
        .q(ms_va$q),
        .clock(ms_va$clock)
    );
    top$ms_len ms_len(
        .d(ms_len$d),
        .q(ms_len$q),
        .clock(ms_len$clock)
    );
    top$ms_iova ms_iova(
        .d(ms_iova$d),
        .q(ms_iova$q),
        .clock(ms_iova$clock)
    );
    top$ms_pd ms_pd(
        .d(ms_pd$d),
        .q(ms_pd$q),
        .clock(ms_pd$clock)
    );
    top$ms_access ms_access(
        .d(ms_access$d),
        .q(ms_access$q),
        .clock(ms_access$clock)
    );
    top$cs_sel cs_sel(
        .d(cs_sel$d),
        .q(cs_sel$q),
        .clock(cs_sel$clock)
    );
    top$cs_base cs_base(
        .d(cs_base$d),
        .q(cs_base$q),
        .clock(cs_base$clock)
    );
    top$cs_log2 cs_log2(
        .d(cs_log2$d),
        .q(cs_log2$q),
        .clock(cs_log2$clock)
    );
    top$cs_vector cs_vector(
        .d(cs_vector$d),
        .q(cs_vector$q),
        .clock(cs_vector$clock)
    );
    top$qpc_cmd qpc_cmd(
        .d(qpc_cmd$d),
        .q(qpc_cmd$q),
        .clock(qpc_cmd$clock)
    );
    top$mr_cmd mr_cmd(
        .d(mr_cmd$d),
        .q(mr_cmd$q),
        .clock(mr_cmd$clock)
    );
    top$cq_cmd cq_cmd(
        .d(cq_cmd$d),
        .q(cq_cmd$q),
        .clock(cq_cmd$clock)
    );
    top$sq_pending sq_pending(
        .d(sq_pending$d),
        .q(sq_pending$q),
        .clock(sq_pending$clock)
    );
    top$cq_armed cq_armed(
        .d(cq_armed$d),
        .q(cq_armed$q),
        .clock(cq_armed$clock)
    );
    top$rdata rdata(
        .d(rdata$d),
        .q(rdata$q),
        .clock(rdata$clock)
    );
    top$rvalid rvalid(
        .d(rvalid$d),
        .q(rvalid$q),
        .clock(rvalid$clock)
    );
    top$cnt_rx_frames cnt_rx_frames(
        .d(cnt_rx_frames$d),
        .q(cnt_rx_frames$q),
        .clock(cnt_rx_frames$clock)
    );
    top$cnt_rx_bad_icrc cnt_rx_bad_icrc(
        .d(cnt_rx_bad_icrc$d),
        .q(cnt_rx_bad_icrc$q),
        .clock(cnt_rx_bad_icrc$clock)
    );
    top$cnt_rx_malformed cnt_rx_malformed(
        .d(cnt_rx_malformed$d),
        .q(cnt_rx_malformed$q),
        .clock(cnt_rx_malformed$clock)
    );
    top$cnt_rx_not_roce cnt_rx_not_roce(
        .d(cnt_rx_not_roce$d),
        .q(cnt_rx_not_roce$q),
        .clock(cnt_rx_not_roce$clock)
    );
    top$cnt_rx_bad_qp cnt_rx_bad_qp(
        .d(cnt_rx_bad_qp$d),
        .q(cnt_rx_bad_qp$q),
        .clock(cnt_rx_bad_qp$clock)
    );
    top$cnt_rx_duplicate cnt_rx_duplicate(
        .d(cnt_rx_duplicate$d),
        .q(cnt_rx_duplicate$q),
        .clock(cnt_rx_duplicate$clock)
    );
    top$cnt_nak_seq_sent cnt_nak_seq_sent(
        .d(cnt_nak_seq_sent$d),
        .q(cnt_nak_seq_sent$q),
        .clock(cnt_nak_seq_sent$clock)
    );
    top$cnt_nak_access_sent cnt_nak_access_sent(
        .d(cnt_nak_access_sent$d),
        .q(cnt_nak_access_sent$q),
        .clock(cnt_nak_access_sent$clock)
    );
    top$cnt_rnr_nak_sent cnt_rnr_nak_sent(
        .d(cnt_rnr_nak_sent$d),
        .q(cnt_rnr_nak_sent$q),
        .clock(cnt_rnr_nak_sent$clock)
    );
    top$cnt_nak_invalid_sent cnt_nak_invalid_sent(
        .d(cnt_nak_invalid_sent$d),
        .q(cnt_nak_invalid_sent$q),
        .clock(cnt_nak_invalid_sent$clock)
    );
    top$cnt_tx_frames cnt_tx_frames(
        .d(cnt_tx_frames$d),
        .q(cnt_tx_frames$q),
        .clock(cnt_tx_frames$clock)
    );
    top$cnt_tx_acks cnt_tx_acks(
        .d(cnt_tx_acks$d),
        .q(cnt_tx_acks$q),
        .clock(cnt_tx_acks$clock)
    );
    top$cnt_rx_acks cnt_rx_acks(
        .d(cnt_rx_acks$d),
        .q(cnt_rx_acks$q),
        .clock(cnt_rx_acks$clock)
    );
    top$cnt_rx_naks cnt_rx_naks(
        .d(cnt_rx_naks$d),
        .q(cnt_rx_naks$q),
        .clock(cnt_rx_naks$clock)
    );
    top$cnt_retransmits cnt_retransmits(
        .d(cnt_retransmits$d),
        .q(cnt_retransmits$q),
        .clock(cnt_retransmits$clock)
    );
    top$cnt_dma_errors cnt_dma_errors(
        .d(cnt_dma_errors$d),
        .q(cnt_dma_errors$q),
        .clock(cnt_dma_errors$clock)
    );
    top$cnt_wqe_errors cnt_wqe_errors(
        .d(cnt_wqe_errors$d),
        .q(cnt_wqe_errors$q),
        .clock(cnt_wqe_errors$clock)
    );
    top$cnt_cq_overflow cnt_cq_overflow(
        .d(cnt_cq_overflow$d),
        .q(cnt_cq_overflow$q),
        .clock(cnt_cq_overflow$clock)
    );
    top$rx_wptr rx_wptr(
        .d(rx_wptr$d),
        .q(rx_wptr$q),
        .clock(rx_wptr$clock)
    );
    top$rx_full rx_full(
        .d(rx_full$d),
        .q(rx_full$q),
        .clock(rx_full$clock)
    );
    top$rx_len rx_len(
        .d(rx_len$d),
        .q(rx_len$q),
        .clock(rx_len$clock)
    );
    top$rx_crc_state rx_crc_state(
        .d(rx_crc_state$d),
        .q(rx_crc_state$q),
        .clock(rx_crc_state$clock)
    );
    top$rx_crc_ok rx_crc_ok(
        .d(rx_crc_ok$d),
        .q(rx_crc_ok$q),
        .clock(rx_crc_ok$clock)
    );
    top$rx_overflow rx_overflow(
        .d(rx_overflow$d),
        .q(rx_overflow$q),
        .clock(rx_overflow$clock)
    );
    top$rx_hdr rx_hdr(
        .d(rx_hdr$d),
        .q(rx_hdr$q),
        .clock(rx_hdr$clock)
    );
    top$cur_slot cur_slot(
        .d(cur_slot$d),
        .q(cur_slot$q),
        .clock(cur_slot$clock)
    );
    top$pend_full pend_full(
        .d(pend_full$d),
        .q(pend_full$q),
        .clock(pend_full$clock)
    );
    top$pend_len pend_len(
        .d(pend_len$d),
        .q(pend_len$q),
        .clock(pend_len$clock)
    );
    top$pend_crc_ok pend_crc_ok(
        .d(pend_crc_ok$d),
        .q(pend_crc_ok$q),
        .clock(pend_crc_ok$clock)
    );
    top$pend_ovf pend_ovf(
        .d(pend_ovf$d),
        .q(pend_ovf$q),
        .clock(pend_ovf$clock)
    );
    top$pend_hdr pend_hdr(
        .d(pend_hdr$d),
        .q(pend_hdr$q),
        .clock(pend_hdr$clock)
    );
    top$pend_slot pend_slot(
        .d(pend_slot$d),
        .q(pend_slot$q),
        .clock(pend_slot$clock)
    );
    top$in_slot in_slot(
        .d(in_slot$d),
        .q(in_slot$q),
        .clock(in_slot$clock)
    );
    top$in_ovf in_ovf(
        .d(in_ovf$d),
        .q(in_ovf$q),
        .clock(in_ovf$clock)
    );
    top$in_hdr in_hdr(
        .d(in_hdr$d),
        .q(in_hdr$q),
        .clock(in_hdr$clock)
    );
    top$seq seq(
        .d(seq$d),
        .q(seq$q),
        .clock(seq$clock)
    );
    top$ret ret(
        .d(ret$d),
        .q(ret$q),
        .clock(ret$clock)
    );
    top$sub_ret sub_ret(
        .d(sub_ret$d),
        .q(sub_ret$q),
        .clock(sub_ret$clock)
    );
    top$qp qp(
        .d(qp$d),
        .q(qp$q),
        .clock(qp$clock)
    );
    top$mr_idx mr_idx(
        .d(mr_idx$d),
        .q(mr_idx$q),
        .clock(mr_idx$clock)
    );
    top$rx_job rx_job(
        .d(rx_job$d),
        .q(rx_job$q),
        .clock(rx_job$clock)
    );
    top$modify_job modify_job(
        .d(modify_job$d),
        .q(modify_job$q),
        .clock(modify_job$clock)
    );
    top$c_state c_state(
        .d(c_state$d),
        .q(c_state$q),
        .clock(c_state$clock)
    );
    top$c_pmtu c_pmtu(
        .d(c_pmtu$d),
        .q(c_pmtu$q),
        .clock(c_pmtu$clock)
    );
    top$c_dqpn c_dqpn(
        .d(c_dqpn$d),
        .q(c_dqpn$q),
        .clock(c_dqpn$clock)
    );
    top$c_sq_psn c_sq_psn(
        .d(c_sq_psn$d),
        .q(c_sq_psn$q),
        .clock(c_sq_psn$clock)
    );
    top$c_rq_psn c_rq_psn(
        .d(c_rq_psn$d),
        .q(c_rq_psn$q),
        .clock(c_rq_psn$clock)
    );
    top$c_nak_sent c_nak_sent(
        .d(c_nak_sent$d),
        .q(c_nak_sent$q),
        .clock(c_nak_sent$clock)
    );
    top$c_dmac c_dmac(
        .d(c_dmac$d),
        .q(c_dmac$q),
        .clock(c_dmac$clock)
    );
    top$c_dip c_dip(
        .d(c_dip$d),
        .q(c_dip$q),
        .clock(c_dip$clock)
    );
    top$c_sq_base c_sq_base(
        .d(c_sq_base$d),
        .q(c_sq_base$q),
        .clock(c_sq_base$clock)
    );
    top$c_rq_base c_rq_base(
        .d(c_rq_base$d),
        .q(c_rq_base$q),
        .clock(c_rq_base$clock)
    );
    top$c_sq_log2 c_sq_log2(
        .d(c_sq_log2$d),
        .q(c_sq_log2$q),
        .clock(c_sq_log2$clock)
    );
    top$c_rq_log2 c_rq_log2(
        .d(c_rq_log2$d),
        .q(c_rq_log2$q),
        .clock(c_rq_log2$clock)
    );
    top$c_scq c_scq(
        .d(c_scq$d),
        .q(c_scq$q),
        .clock(c_scq$clock)
    );
    top$c_rcq c_rcq(
        .d(c_rcq$d),
        .q(c_rcq$q),
        .clock(c_rcq$clock)
    );
    top$c_pd c_pd(
        .d(c_pd$d),
        .q(c_pd$q),
        .clock(c_pd$clock)
    );
    top$c_sport c_sport(
        .d(c_sport$d),
        .q(c_sport$q),
        .clock(c_sport$clock)
    );
    top$c_sq_ci c_sq_ci(
        .d(c_sq_ci$d),
        .q(c_sq_ci$q),
        .clock(c_sq_ci$clock)
    );
    top$c_rq_ci c_rq_ci(
        .d(c_rq_ci$d),
        .q(c_rq_ci$q),
        .clock(c_rq_ci$clock)
    );
    top$c_msn c_msn(
        .d(c_msn$d),
        .q(c_msn$q),
        .clock(c_msn$clock)
    );
    top$c_sq_next c_sq_next(
        .d(c_sq_next$d),
        .q(c_sq_next$q),
        .clock(c_sq_next$clock)
    );
    top$c_flight_psn c_flight_psn(
        .d(c_flight_psn$d),
        .q(c_flight_psn$q),
        .clock(c_flight_psn$clock)
    );
    top$c_resp_active c_resp_active(
        .d(c_resp_active$d),
        .q(c_resp_active$q),
        .clock(c_resp_active$clock)
    );
    top$c_resp_is_send c_resp_is_send(
        .d(c_resp_is_send$d),
        .q(c_resp_is_send$q),
        .clock(c_resp_is_send$clock)
    );
    top$c_resp_iova c_resp_iova(
        .d(c_resp_iova$d),
        .q(c_resp_iova$q),
        .clock(c_resp_iova$clock)
    );
    top$c_resp_left c_resp_left(
        .d(c_resp_left$d),
        .q(c_resp_left$q),
        .clock(c_resp_left$clock)
    );
    top$c_resp_done c_resp_done(
        .d(c_resp_done$d),
        .q(c_resp_done$q),
        .clock(c_resp_done$clock)
    );
    top$c_resp_wr_id c_resp_wr_id(
        .d(c_resp_wr_id$d),
        .q(c_resp_wr_id$q),
        .clock(c_resp_wr_id$clock)
    );
    top$w_opcode w_opcode(
        .d(w_opcode$d),
        .q(w_opcode$q),
        .clock(w_opcode$clock)
    );
    top$w_imm w_imm(
        .d(w_imm$d),
        .q(w_imm$q),
        .clock(w_imm$clock)
    );
    top$w_raddr w_raddr(
        .d(w_raddr$d),
        .q(w_raddr$q),
        .clock(w_raddr$clock)
    );
    top$w_rkey w_rkey(
        .d(w_rkey$d),
        .q(w_rkey$q),
        .clock(w_rkey$clock)
    );
    top$w_len w_len(
        .d(w_len$d),
        .q(w_len$q),
        .clock(w_len$clock)
    );
    top$w_laddr w_laddr(
        .d(w_laddr$d),
        .q(w_laddr$q),
        .clock(w_laddr$clock)
    );
    top$w_lkey w_lkey(
        .d(w_lkey$d),
        .q(w_lkey$q),
        .clock(w_lkey$clock)
    );
    top$w_liova w_liova(
        .d(w_liova$d),
        .q(w_liova$q),
        .clock(w_liova$clock)
    );
    top$msg_off msg_off(
        .d(msg_off$d),
        .q(msg_off$q),
        .clock(msg_off$clock)
    );
    top$msg_left msg_left(
        .d(msg_left$d),
        .q(msg_left$q),
        .clock(msg_left$clock)
    );
    top$seg_len seg_len(
        .d(seg_len$d),
        .q(seg_len$q),
        .clock(seg_len$clock)
    );
    top$t_opcode t_opcode(
        .d(t_opcode$d),
        .q(t_opcode$q),
        .clock(t_opcode$clock)
    );
    top$t_psn t_psn(
        .d(t_psn$d),
        .q(t_psn$q),
        .clock(t_psn$clock)
    );
    top$t_ack_req t_ack_req(
        .d(t_ack_req$d),
        .q(t_ack_req$q),
        .clock(t_ack_req$clock)
    );
    top$t_reth t_reth(
        .d(t_reth$d),
        .q(t_reth$q),
        .clock(t_reth$clock)
    );
    top$t_aeth t_aeth(
        .d(t_aeth$d),
        .q(t_aeth$q),
        .clock(t_aeth$clock)
    );
    top$t_imm t_imm(
        .d(t_imm$d),
        .q(t_imm$q),
        .clock(t_imm$clock)
    );
    top$t_syndrome t_syndrome(
        .d(t_syndrome$d),
        .q(t_syndrome$q),
        .clock(t_syndrome$clock)
    );
    top$ser_hdr ser_hdr(
        .d(ser_hdr$d),
        .q(ser_hdr$q),
        .clock(ser_hdr$clock)
    );
    top$ser_phase ser_phase(
        .d(ser_phase$d),
        .q(ser_phase$q),
        .clock(ser_phase$clock)
    );
    top$ser_left ser_left(
        .d(ser_left$d),
        .q(ser_left$q),
        .clock(ser_left$clock)
    );
    top$ser_word ser_word(
        .d(ser_word$d),
        .q(ser_word$q),
        .clock(ser_word$clock)
    );
    top$ser_pw ser_pw(
        .d(ser_pw$d),
        .q(ser_pw$q),
        .clock(ser_pw$clock)
    );
    top$ser_crc ser_crc(
        .d(ser_crc$d),
        .q(ser_crc$q),
        .clock(ser_crc$clock)
    );
    top$ser_done ser_done(
        .d(ser_done$d),
        .q(ser_done$q),
        .clock(ser_done$clock)
    );
    top$ser_pad ser_pad(
        .d(ser_pad$d),
        .q(ser_pad$q),
        .clock(ser_pad$clock)
    );
    top$rd_addr rd_addr(
        .d(rd_addr$d),
        .q(rd_addr$q),
        .clock(rd_addr$clock)
    );
    top$rd_len rd_len(
        .d(rd_len$d),
        .q(rd_len$q),
        .clock(rd_len$clock)
    );
    top$rd_beat rd_beat(
        .d(rd_beat$d),
        .q(rd_beat$q),
        .clock(rd_beat$clock)
    );
    top$rd_err rd_err(
        .d(rd_err$d),
        .q(rd_err$q),
        .clock(rd_err$clock)
    );
    top$rdbuf rdbuf(
        .d(rdbuf$d),
        .q(rdbuf$q),
        .clock(rdbuf$clock)
    );
    top$g_active g_active(
        .d(g_active$d),
        .q(g_active$q),
        .clock(g_active$clock)
    );
    top$g_req g_req(
        .d(g_req$d),
        .q(g_req$q),
        .clock(g_req$clock)
    );
    top$g_addr g_addr(
        .d(g_addr$d),
        .q(g_addr$q),
        .clock(g_addr$clock)
    );
    top$g_len g_len(
        .d(g_len$d),
        .q(g_len$q),
        .clock(g_len$clock)
    );
    top$g_wptr g_wptr(
        .d(g_wptr$d),
        .q(g_wptr$q),
        .clock(g_wptr$clock)
    );
    top$g_half g_half(
        .d(g_half$d),
        .q(g_half$q),
        .clock(g_half$clock)
    );
    top$g_err g_err(
        .d(g_err$d),
        .q(g_err$q),
        .clock(g_err$clock)
    );
    top$ser_half ser_half(
        .d(ser_half$d),
        .q(ser_half$q),
        .clock(ser_half$clock)
    );
    top$pl_ptr pl_ptr(
        .d(pl_ptr$d),
        .q(pl_ptr$q),
        .clock(pl_ptr$clock)
    );
    top$pl_skip pl_skip(
        .d(pl_skip$d),
        .q(pl_skip$q),
        .clock(pl_skip$clock)
    );
    top$pl_left pl_left(
        .d(pl_left$d),
        .q(pl_left$q),
        .clock(pl_left$clock)
    );
    top$wr_addr wr_addr(
        .d(wr_addr$d),
        .q(wr_addr$q),
        .clock(wr_addr$clock)
    );
    top$wr_len wr_len(
        .d(wr_len$d),
        .q(wr_len$q),
        .clock(wr_len$clock)
    );
    top$wr_from_cqe wr_from_cqe(
        .d(wr_from_cqe$d),
        .q(wr_from_cqe$q),
        .clock(wr_from_cqe$clock)
    );
    top$wr_busy wr_busy(
        .d(wr_busy$d),
        .q(wr_busy$q),
        .clock(wr_busy$clock)
    );
    top$q_wr_id q_wr_id(
        .d(q_wr_id$d),
        .q(q_wr_id$q),
        .clock(q_wr_id$clock)
    );
    top$q_len q_len(
        .d(q_len$d),
        .q(q_len$q),
        .clock(q_len$clock)
    );
    top$q_imm q_imm(
        .d(q_imm$d),
        .q(q_imm$q),
        .clock(q_imm$clock)
    );
    top$q_status q_status(
        .d(q_status$d),
        .q(q_status$q),
        .clock(q_status$clock)
    );
    top$q_opcode q_opcode(
        .d(q_opcode$d),
        .q(q_opcode$q),
        .clock(q_opcode$clock)
    );
    top$q_imm_valid q_imm_valid(
        .d(q_imm_valid$d),
        .q(q_imm_valid$q),
        .clock(q_imm_valid$clock)
    );
    top$q_cqn q_cqn(
        .d(q_cqn$d),
        .q(q_cqn$q),
        .clock(q_cqn$clock)
    );
    top$q_buf q_buf(
        .d(q_buf$d),
        .q(q_buf$q),
        .clock(q_buf$clock)
    );
    top$q_beat q_beat(
        .d(q_beat$d),
        .q(q_beat$q),
        .clock(q_beat$clock)
    );
    top$q_row_pi q_row_pi(
        .d(q_row_pi$d),
        .q(q_row_pi$q),
        .clock(q_row_pi$clock)
    );
    top$ack_timer ack_timer(
        .d(ack_timer$d),
        .q(ack_timer$q),
        .clock(ack_timer$clock)
    );
    top$wait_mask wait_mask(
        .d(wait_mask$d),
        .q(wait_mask$q),
        .clock(wait_mask$clock)
    );
    top$retx_mask retx_mask(
        .d(retx_mask$d),
        .q(retx_mask$q),
        .clock(retx_mask$clock)
    );
    top$rr_last rr_last(
        .d(rr_last$d),
        .q(rr_last$q),
        .clock(rr_last$clock)
    );
    top$irq irq(
        .d(irq$d),
        .q(irq$q),
        .clock(irq$clock)
    );
    top$irq_vec irq_vec(
        .d(irq_vec$d),
        .q(irq_vec$q),
        .clock(irq_vec$clock)
    );
    
    // Update code
    always @(*) begin
        enable$clock = clock;
        mac$clock = clock;
        ip$clock = clock;
        ack_timeout$clock = clock;
        rnr_delay$clock = clock;
        rnr_timer$clock = clock;
        rnr_mask$clock = clock;
        qs_sel$clock = clock;
        qs_state$clock = clock;
        qs_dqpn$clock = clock;
        qs_sq_psn$clock = clock;
        qs_rq_psn$clock = clock;
        qs_dmac$clock = clock;
        qs_dip$clock = clock;
        qs_pmtu$clock = clock;
        qs_sq_base$clock = clock;
        qs_sq_log2$clock = clock;
        qs_rq_base$clock = clock;
        qs_rq_log2$clock = clock;
        qs_cqn$clock = clock;
        qs_pd$clock = clock;
        qs_sport$clock = clock;
        ms_sel$clock = clock;
        ms_key$clock = clock;
        ms_va$clock = clock;
        ms_len$clock = clock;
        ms_iova$clock = clock;
        ms_pd$clock = clock;
        ms_access$clock = clock;
        cs_sel$clock = clock;
        cs_base$clock = clock;
        cs_log2$clock = clock;
        cs_vector$clock = clock;
        qpc_cmd$clock = clock;
        mr_cmd$clock = clock;
        cq_cmd$clock = clock;
        sq_pending$clock = clock;
        cq_armed$clock = clock;
        rdata$clock = clock;
        rvalid$clock = clock;
        cnt_rx_frames$clock = clock;
        cnt_rx_bad_icrc$clock = clock;
        cnt_rx_malformed$clock = clock;
        cnt_rx_not_roce$clock = clock;
        cnt_rx_bad_qp$clock = clock;
        cnt_rx_duplicate$clock = clock;
        cnt_nak_seq_sent$clock = clock;
        cnt_nak_access_sent$clock = clock;
        cnt_rnr_nak_sent$clock = clock;
        cnt_nak_invalid_sent$clock = clock;
        cnt_tx_frames$clock = clock;
        cnt_tx_acks$clock = clock;
        cnt_rx_acks$clock = clock;
        cnt_rx_naks$clock = clock;
        cnt_retransmits$clock = clock;
        cnt_dma_errors$clock = clock;
        cnt_wqe_errors$clock = clock;
        cnt_cq_overflow$clock = clock;
        rx_wptr$clock = clock;
        rx_full$clock = clock;
        rx_len$clock = clock;
        rx_crc_state$clock = clock;
        rx_crc_ok$clock = clock;
        rx_overflow$clock = clock;
        rx_hdr$clock = clock;
        cur_slot$clock = clock;
        pend_full$clock = clock;
        pend_len$clock = clock;
        pend_crc_ok$clock = clock;
        pend_ovf$clock = clock;
        pend_hdr$clock = clock;
        pend_slot$clock = clock;
        in_slot$clock = clock;
        in_ovf$clock = clock;
        in_hdr$clock = clock;
        seq$clock = clock;
        ret$clock = clock;
        sub_ret$clock = clock;
        qp$clock = clock;
        mr_idx$clock = clock;
        rx_job$clock = clock;
        modify_job$clock = clock;
        c_state$clock = clock;
        c_pmtu$clock = clock;
        c_dqpn$clock = clock;
        c_sq_psn$clock = clock;
        c_rq_psn$clock = clock;
        c_nak_sent$clock = clock;
        c_dmac$clock = clock;
        c_dip$clock = clock;
        c_sq_base$clock = clock;
        c_rq_base$clock = clock;
        c_sq_log2$clock = clock;
        c_rq_log2$clock = clock;
        c_scq$clock = clock;
        c_rcq$clock = clock;
        c_pd$clock = clock;
        c_sport$clock = clock;
        c_sq_ci$clock = clock;
        c_rq_ci$clock = clock;
        c_msn$clock = clock;
        c_sq_next$clock = clock;
        c_flight_psn$clock = clock;
        c_resp_active$clock = clock;
        c_resp_is_send$clock = clock;
        c_resp_iova$clock = clock;
        c_resp_left$clock = clock;
        c_resp_done$clock = clock;
        c_resp_wr_id$clock = clock;
        w_opcode$clock = clock;
        w_imm$clock = clock;
        w_raddr$clock = clock;
        w_rkey$clock = clock;
        w_len$clock = clock;
        w_laddr$clock = clock;
        w_lkey$clock = clock;
        w_liova$clock = clock;
        msg_off$clock = clock;
        msg_left$clock = clock;
        seg_len$clock = clock;
        t_opcode$clock = clock;
        t_psn$clock = clock;
        t_ack_req$clock = clock;
        t_reth$clock = clock;
        t_aeth$clock = clock;
        t_imm$clock = clock;
        t_syndrome$clock = clock;
        ser_hdr$clock = clock;
        ser_phase$clock = clock;
        ser_left$clock = clock;
        ser_word$clock = clock;
        ser_pw$clock = clock;
        ser_crc$clock = clock;
        ser_done$clock = clock;
        ser_pad$clock = clock;
        rd_addr$clock = clock;
        rd_len$clock = clock;
        rd_beat$clock = clock;
        rd_err$clock = clock;
        rdbuf$clock = clock;
        g_active$clock = clock;
        g_req$clock = clock;
        g_addr$clock = clock;
        g_len$clock = clock;
        g_wptr$clock = clock;
        g_half$clock = clock;
        g_err$clock = clock;
        ser_half$clock = clock;
        pl_ptr$clock = clock;
        pl_skip$clock = clock;
        pl_left$clock = clock;
        wr_addr$clock = clock;
        wr_len$clock = clock;
        wr_from_cqe$clock = clock;
        wr_busy$clock = clock;
        q_wr_id$clock = clock;
        q_len$clock = clock;
        q_imm$clock = clock;
        q_status$clock = clock;
        q_opcode$clock = clock;
        q_imm_valid$clock = clock;
        q_cqn$clock = clock;
        q_buf$clock = clock;
        q_beat$clock = clock;
        q_row_pi$clock = clock;
        ack_timer$clock = clock;
        wait_mask$clock = clock;
        retx_mask$clock = clock;
        rr_last$clock = clock;
        irq$clock = clock;
        irq_vec$clock = clock;
        enable$d = enable$q;
        mac$d = mac$q;
        ip$d = ip$q;
        ack_timeout$d = ack_timeout$q;
        rnr_delay$d = rnr_delay$q;
        rnr_timer$d = rnr_timer$q;
        rnr_mask$d = rnr_mask$q;
        qs_sel$d = qs_sel$q;
        qs_state$d = qs_state$q;
        qs_dqpn$d = qs_dqpn$q;
        qs_sq_psn$d = qs_sq_psn$q;
        qs_rq_psn$d = qs_rq_psn$q;
        qs_dmac$d = qs_dmac$q;
        qs_dip$d = qs_dip$q;
        qs_pmtu$d = qs_pmtu$q;
        qs_sq_base$d = qs_sq_base$q;
        qs_sq_log2$d = qs_sq_log2$q;
        qs_rq_base$d = qs_rq_base$q;
        qs_rq_log2$d = qs_rq_log2$q;
        qs_cqn$d = qs_cqn$q;
        qs_pd$d = qs_pd$q;
        qs_sport$d = qs_sport$q;
        ms_sel$d = ms_sel$q;
        ms_key$d = ms_key$q;
        ms_va$d = ms_va$q;
        ms_len$d = ms_len$q;
        ms_iova$d = ms_iova$q;
        ms_pd$d = ms_pd$q;
        ms_access$d = ms_access$q;
        cs_sel$d = cs_sel$q;
        cs_base$d = cs_base$q;
        cs_log2$d = cs_log2$q;
        cs_vector$d = cs_vector$q;
        qpc_cmd$d = qpc_cmd$q;
        mr_cmd$d = mr_cmd$q;
        cq_cmd$d = cq_cmd$q;
        sq_pending$d = sq_pending$q;
        cq_armed$d = cq_armed$q;
        rdata$d = rdata$q;
        rvalid$d = rvalid$q;
        cnt_rx_frames$d = cnt_rx_frames$q;
        cnt_rx_bad_icrc$d = cnt_rx_bad_icrc$q;
        cnt_rx_malformed$d = cnt_rx_malformed$q;
        cnt_rx_not_roce$d = cnt_rx_not_roce$q;
        cnt_rx_bad_qp$d = cnt_rx_bad_qp$q;
        cnt_rx_duplicate$d = cnt_rx_duplicate$q;
        cnt_nak_seq_sent$d = cnt_nak_seq_sent$q;
        cnt_nak_access_sent$d = cnt_nak_access_sent$q;
        cnt_rnr_nak_sent$d = cnt_rnr_nak_sent$q;
        cnt_nak_invalid_sent$d = cnt_nak_invalid_sent$q;
        cnt_tx_frames$d = cnt_tx_frames$q;
        cnt_tx_acks$d = cnt_tx_acks$q;
        cnt_rx_acks$d = cnt_rx_acks$q;
        cnt_rx_naks$d = cnt_rx_naks$q;
        cnt_retransmits$d = cnt_retransmits$q;
        cnt_dma_errors$d = cnt_dma_errors$q;
        cnt_wqe_errors$d = cnt_wqe_errors$q;
        cnt_cq_overflow$d = cnt_cq_overflow$q;
        rx_wptr$d = rx_wptr$q;
        rx_full$d = rx_full$q;
        rx_len$d = rx_len$q;
        rx_crc_state$d = rx_crc_state$q;
        rx_crc_ok$d = rx_crc_ok$q;
        rx_overflow$d = rx_overflow$q;
        rx_hdr$d = rx_hdr$q;
        cur_slot$d = cur_slot$q;
        pend_full$d = pend_full$q;
        pend_len$d = pend_len$q;
        pend_crc_ok$d = pend_crc_ok$q;
        pend_ovf$d = pend_ovf$q;
        pend_hdr$d = pend_hdr$q;
        pend_slot$d = pend_slot$q;
        in_slot$d = in_slot$q;
        in_ovf$d = in_ovf$q;
        in_hdr$d = in_hdr$q;
        seq$d = seq$q;
        ret$d = ret$q;
        sub_ret$d = sub_ret$q;
        qp$d = qp$q;
        mr_idx$d = mr_idx$q;
        rx_job$d = rx_job$q;
        modify_job$d = modify_job$q;
        c_state$d = c_state$q;
        c_pmtu$d = c_pmtu$q;
        c_dqpn$d = c_dqpn$q;
        c_sq_psn$d = c_sq_psn$q;
        c_rq_psn$d = c_rq_psn$q;
        c_nak_sent$d = c_nak_sent$q;
        c_dmac$d = c_dmac$q;
        c_dip$d = c_dip$q;
        c_sq_base$d = c_sq_base$q;
        c_rq_base$d = c_rq_base$q;
        c_sq_log2$d = c_sq_log2$q;
        c_rq_log2$d = c_rq_log2$q;
        c_scq$d = c_scq$q;
        c_rcq$d = c_rcq$q;
        c_pd$d = c_pd$q;
        c_sport$d = c_sport$q;
        c_sq_ci$d = c_sq_ci$q;
        c_rq_ci$d = c_rq_ci$q;
        c_msn$d = c_msn$q;
        c_sq_next$d = c_sq_next$q;
        c_flight_psn$d = c_flight_psn$q;
        c_resp_active$d = c_resp_active$q;
        c_resp_is_send$d = c_resp_is_send$q;
        c_resp_iova$d = c_resp_iova$q;
        c_resp_left$d = c_resp_left$q;
        c_resp_done$d = c_resp_done$q;
        c_resp_wr_id$d = c_resp_wr_id$q;
        w_opcode$d = w_opcode$q;
        w_imm$d = w_imm$q;
        w_raddr$d = w_raddr$q;
        w_rkey$d = w_rkey$q;
        w_len$d = w_len$q;
        w_laddr$d = w_laddr$q;
        w_lkey$d = w_lkey$q;
        w_liova$d = w_liova$q;
        msg_off$d = msg_off$q;
        msg_left$d = msg_left$q;
        seg_len$d = seg_len$q;
        t_opcode$d = t_opcode$q;
        t_psn$d = t_psn$q;
        t_ack_req$d = t_ack_req$q;
        t_reth$d = t_reth$q;
        t_aeth$d = t_aeth$q;
        t_imm$d = t_imm$q;
        t_syndrome$d = t_syndrome$q;
        ser_hdr$d = ser_hdr$q;
        ser_phase$d = ser_phase$q;
        ser_left$d = ser_left$q;
        ser_word$d = ser_word$q;
        ser_pw$d = ser_pw$q;
        ser_crc$d = ser_crc$q;
        ser_done$d = ser_done$q;
        ser_pad$d = ser_pad$q;
        rd_addr$d = rd_addr$q;
        rd_len$d = rd_len$q;
        rd_beat$d = rd_beat$q;
        rd_err$d = rd_err$q;
        rdbuf$d = rdbuf$q;
        g_active$d = g_active$q;
        g_req$d = g_req$q;
        g_addr$d = g_addr$q;
        g_len$d = g_len$q;
        g_wptr$d = g_wptr$q;
        g_half$d = g_half$q;
        g_err$d = g_err$q;
        ser_half$d = ser_half$q;
        pl_ptr$d = pl_ptr$q;
        pl_skip$d = pl_skip$q;
        pl_left$d = pl_left$q;
        wr_addr$d = wr_addr$q;
        wr_len$d = wr_len$q;
        wr_from_cqe$d = wr_from_cqe$q;
        wr_busy$d = wr_busy$q;
        q_wr_id$d = q_wr_id$q;
        q_len$d = q_len$q;
        q_imm$d = q_imm$q;
        q_status$d = q_status$q;
        q_opcode$d = q_opcode$q;
        q_imm_valid$d = q_imm_valid$q;
        q_cqn$d = q_cqn$q;
        q_buf$d = q_buf$q;
        q_beat$d = q_beat$q;
        q_row_pi$d = q_row_pi$q;
        ack_timer$d = ack_timer$q;
        wait_mask$d = wait_mask$q;
        retx_mask$d = retx_mask$q;
        rr_last$d = rr_last$q;
        irq$d = irq$q;
        irq_vec$d = irq_vec$q;
        qp_ram$read_clock = clock;
        qp_ram$write_clock = clock;
        mr_ram$read_clock = clock;
        mr_ram$write_clock = clock;
        cq_ram$read_clock = clock;
        cq_ram$write_clock = clock;
        sqpi_ram$read_clock = clock;
        sqpi_ram$write_clock = clock;
        rqpi_ram$read_clock = clock;
        rqpi_ram$write_clock = clock;
        cqci_ram$read_clock = clock;
        cqci_ram$write_clock = clock;
        txbuf$read_clock = clock;
        flight$read_clock = clock;
        flight$write_clock = clock;
        txbuf$write_clock = clock;
        rxbuf$read_clock = clock;
        rxbuf$write_clock = clock;
        tx_pack$clock = clock;
        wr_pack$clock = clock;
        tx_pack$reset = reset;
        wr_pack$reset = reset;
        rx_release = 1'b0;
        owner = 1'b0;
        icrc_out = 32'h0;
        set_pending = 32'h0;
        clr_pending = 32'h0;
        set_wait = 32'h0;
        set_rnr = 32'h0;
        set_armed = 32'h0;
        clr_armed = 32'h0;
        clr_wait = 32'h0;
        set_retx = 32'h0;
        clr_retx = 32'h0;
        inc_rx_frames = 1'b0;
        inc_rx_bad_icrc = 1'b0;
        inc_rx_malformed = 1'b0;
        inc_rx_not_roce = 1'b0;
        inc_rx_bad_qp = 1'b0;
        inc_rx_duplicate = 1'b0;
        inc_nak_seq_sent = 1'b0;
        inc_nak_access_sent = 1'b0;
        inc_rnr_nak_sent = 1'b0;
        inc_nak_invalid_sent = 1'b0;
        inc_tx_frames = 1'b0;
        inc_tx_acks = 1'b0;
        inc_rx_acks = 1'b0;
        inc_rx_naks = 1'b0;
        inc_retransmits = 1'b0;
        inc_dma_errors = 1'b0;
        inc_wqe_errors = 1'b0;
        inc_cq_overflow = 1'b0;
        qp_bit = k_one_q << qp$q;
        irq$d = irq$q & ~irq_ready;
        dma_rd_resp_ready = 1'b1;
        next_timer = 64'hffffffff;
        irq_valid = irq$q;
        irq_vector = irq_vec$q;
        qp_ram$read_address = qp$q;
        qp_ram$write_address = qp$q;
        qp_ram$write_enable = 1'b0;
        mr_ram$read_address = mr_idx$q;
        mr_ram$write_address = ms_sel$q;
        mr_ram$write_enable = 1'b0;
        mr_ram$write_data = 32'h0;
        cq_ram$read_address = q_cqn$q;
        cq_ram$write_address = q_cqn$q;
        cq_ram$write_enable = 1'b0;
        cq_ram$write_data = 32'h0;
        sqpi_ram$read_address = qp$q;
        rqpi_ram$read_address = qp$q;
        cqci_ram$read_address = q_cqn$q;
        sqpi_ram$write_enable = 1'b0;
        rqpi_ram$write_enable = 1'b0;
        cqci_ram$write_enable = 1'b0;
        sqpi_ram$write_address = 32'h0;
        rqpi_ram$write_address = 32'h0;
        cqci_ram$write_address = 32'h0;
        sqpi_ram$write_data = 32'h0;
        rqpi_ram$write_data = 32'h0;
        cqci_ram$write_data = 32'h0;
        txbuf$write_enable = 1'b0;
        txbuf$write_address = g_wptr$q;
        txbuf$write_data = dma_rd_resp_data;
        txbuf$read_address = ser_pw$q;
        rxbuf$write_enable = 1'b0;
        rxbuf$write_address = ((rx_wptr$q) & 11'h7ff) & (k_rxslot - 32'h1);
        if (in_slot$q) begin
            rxbuf$write_address = rxbuf$write_address | k_rxslot;
        end
        rxbuf$write_data = rx_data;
        rxbuf$read_address = pl_ptr$q;
        rvalid$d = reg_read;
        reg_rvalid = rvalid$q;
        reg_rdata = rdata$q;
        db_off = reg_addr - k_qpdb_base;
        db_qp = db_off[(k_qpdb_shift)+:(4)];
        if (reg_write) begin
            if (reg_addr == r_ctrl) begin
                enable$d = reg_wdata[32'h0];
            end
            if (reg_addr == r_mac_lo) begin
                mac$d = (mac$q & 64'hffff00000000) | ((reg_wdata) & 48'hffffffffffff);
            end
            if (reg_addr == r_mac_hi) begin
                mac$d = (mac$q & 64'hffffffff) | (((reg_wdata[(32'h0)+:(16)]) & 48'hffffffffffff) << 32'h20);
            end
            if (reg_addr == r_ipv4) begin
                ip$d = reg_wdata;
            end
            if (reg_addr == r_ack_timeout) begin
                ack_timeout$d = reg_wdata;
            end
            if (reg_addr == r_rnr_delay) begin
                rnr_delay$d = reg_wdata;
            end
            if (reg_addr == r_qpc_sel) begin
                qs_sel$d = reg_wdata[(32'h0)+:(4)];
            end
            if (reg_addr == r_qpc_state) begin
                qs_state$d = reg_wdata[(32'h0)+:(4)];
            end
            if (reg_addr == r_qpc_dest_qpn) begin
                qs_dqpn$d = reg_wdata[(32'h0)+:(24)];
            end
            if (reg_addr == r_qpc_sq_psn) begin
                qs_sq_psn$d = reg_wdata[(32'h0)+:(24)];
            end
            if (reg_addr == r_qpc_rq_psn) begin
                qs_rq_psn$d = reg_wdata[(32'h0)+:(24)];
            end
            if (reg_addr == r_qpc_dmac_lo) begin
                qs_dmac$d = (qs_dmac$q & 64'hffff00000000) | ((reg_wdata) & 48'hffffffffffff);
            end
            if (reg_addr == r_qpc_dmac_hi) begin
                qs_dmac$d = (qs_dmac$q & 64'hffffffff) | (((reg_wdata[(32'h0)+:(16)]) & 48'hffffffffffff) << 32'h20);
            end
            if (reg_addr == r_qpc_dip) begin
                qs_dip$d = reg_wdata;
            end
            if (reg_addr == r_qpc_pmtu_log2) begin
                qs_pmtu$d = reg_wdata[(32'h0)+:(4)];
            end
            if (reg_addr == r_qpc_sq_base_lo) begin
                qs_sq_base$d = (qs_sq_base$q & 64'hffffffff00000000) | ((reg_wdata) & 64'hffffffffffffffff);
            end
            if (reg_addr == r_qpc_sq_base_hi) begin
                qs_sq_base$d = (qs_sq_base$q & 64'hffffffff) | (((reg_wdata) & 64'hffffffffffffffff) << 32'h20);
            end
            if (reg_addr == r_qpc_sq_log2) begin
                qs_sq_log2$d = reg_wdata[(32'h0)+:(5)];
            end
            if (reg_addr == r_qpc_rq_base_lo) begin
                qs_rq_base$d = (qs_rq_base$q & 64'hffffffff00000000) | ((reg_wdata) & 64'hffffffffffffffff);
            end
            if (reg_addr == r_qpc_rq_base_hi) begin
                qs_rq_base$d = (qs_rq_base$q & 64'hffffffff) | (((reg_wdata) & 64'hffffffffffffffff) << 32'h20);
            end
            if (reg_addr == r_qpc_rq_log2) begin
                qs_rq_log2$d = reg_wdata[(32'h0)+:(5)];
            end
            if (reg_addr == r_qpc_cqn) begin
                qs_cqn$d = reg_wdata;
            end
            if (reg_addr == r_qpc_pd) begin
                qs_pd$d = reg_wdata[(32'h0)+:(16)];
            end
            if (reg_addr == r_qpc_udp_sport) begin
                qs_sport$d = reg_wdata[(32'h0)+:(16)];
            end
            if (reg_addr == r_qpc_cmd) begin
                qpc_cmd$d = reg_wdata[(32'h0)+:(2)];
                if (reg_wdata[(32'h0)+:(2)] != 32'h3) begin
                    sqpi_ram$write_enable = 1'b1;
                    sqpi_ram$write_address = qs_sel$q;
                    rqpi_ram$write_enable = 1'b1;
                    rqpi_ram$write_address = qs_sel$q;
                end
            end
            if (reg_addr == r_mr_sel) begin
                ms_sel$d = reg_wdata[(32'h0)+:(4)];
            end
            if (reg_addr == r_mr_key) begin
                ms_key$d = reg_wdata;
            end
            if (reg_addr == r_mr_va_lo) begin
                ms_va$d = (ms_va$q & 64'hffffffff00000000) | ((reg_wdata) & 64'hffffffffffffffff);
            end
            if (reg_addr == r_mr_va_hi) begin
                ms_va$d = (ms_va$q & 64'hffffffff) | (((reg_wdata) & 64'hffffffffffffffff) << 32'h20);
            end
            if (reg_addr == r_mr_len) begin
                ms_len$d = reg_wdata;
            end
            if (reg_addr == r_mr_iova_lo) begin
                ms_iova$d = (ms_iova$q & 64'hffffffff00000000) | ((reg_wdata) & 64'hffffffffffffffff);
            end
            if (reg_addr == r_mr_iova_hi) begin
                ms_iova$d = (ms_iova$q & 64'hffffffff) | (((reg_wdata) & 64'hffffffffffffffff) << 32'h20);
            end
            if (reg_addr == r_mr_pd) begin
                ms_pd$d = reg_wdata[(32'h0)+:(16)];
            end
            if (reg_addr == r_mr_access) begin
                ms_access$d = reg_wdata[(32'h0)+:(3)];
            end
            if (reg_addr == r_mr_cmd) begin
                mr_cmd$d = reg_wdata[(32'h0)+:(2)];
            end
            if (reg_addr == r_cq_sel) begin
                cs_sel$d = reg_wdata[(32'h0)+:(4)];
            end
            if (reg_addr == r_cq_base_lo) begin
                cs_base$d = (cs_base$q & 64'hffffffff00000000) | ((reg_wdata) & 64'hffffffffffffffff);
            end
            if (reg_addr == r_cq_base_hi) begin
                cs_base$d = (cs_base$q & 64'hffffffff) | (((reg_wdata) & 64'hffffffffffffffff) << 32'h20);
            end
            if (reg_addr == r_cq_log2) begin
                cs_log2$d = reg_wdata[(32'h0)+:(5)];
            end
            if (reg_addr == r_cq_vector) begin
                cs_vector$d = reg_wdata[(32'h0)+:(8)];
            end
            if (reg_addr == r_cq_cmd) begin
                cq_cmd$d = reg_wdata[(32'h0)+:(2)];
                cqci_ram$write_enable = 1'b1;
                cqci_ram$write_address = cs_sel$q;
            end
            if (db_off < k_qpdb_span) begin
                if ((db_off & 32'hf) == k_sq_pi) begin
                    sqpi_ram$write_enable = 1'b1;
                    sqpi_ram$write_address = db_qp;
                    sqpi_ram$write_data = reg_wdata[(32'h0)+:(16)];
                    set_pending = set_pending | (k_one_q << db_qp);
                end
                if ((db_off & 32'hf) == k_rq_pi) begin
                    rqpi_ram$write_enable = 1'b1;
                    rqpi_ram$write_address = db_qp;
                    rqpi_ram$write_data = reg_wdata[(32'h0)+:(16)];
                end
            end
        end
        db_off = reg_addr - k_cqdb_base;
        db_cq = db_off[(k_cqdb_shift)+:(4)];
        if (reg_write & (db_off < k_cqdb_span)) begin
            if ((db_off & 32'h7) == k_cq_ci) begin
                cqci_ram$write_enable = 1'b1;
                cqci_ram$write_address = db_cq;
                cqci_ram$write_data = reg_wdata[(32'h0)+:(16)];
            end
            if ((db_off & 32'h7) == k_cq_arm) begin
                if (reg_wdata[32'h0]) begin
                    set_armed = k_one_q << db_cq;
                end
                else begin
                    clr_armed = k_one_q << db_cq;
                end
            end
        end
        rdata$d = 32'h0;
        if (reg_read) begin
            if (reg_addr == r_id) begin
                rdata$d = k_id;
            end
            if (reg_addr == r_version) begin
                rdata$d = k_version;
            end
            if (reg_addr == r_cap_datapath) begin
                rdata$d = k_datapath;
            end
            if ((reg_addr == r_cap_qps) | (reg_addr == r_cap_mrs) | (reg_addr == r_cap_cqs)) begin
                rdata$d = k_table_size;
            end
            if (reg_addr == r_cap_max_mtu) begin
                rdata$d = k_max_mtu;
            end
            if (reg_addr == r_cap_features) begin
                rdata$d = k_features;
            end
            if (reg_addr == r_ctrl) begin
                rdata$d = ((enable$q) & 32'hffffffff);
            end
            if (reg_addr == r_status) begin
                rdata$d = (((seq$q != Seq$Idle)) & 32'hffffffff) | ((((|qpc_cmd$q | |mr_cmd$q | |cq_cmd$q)) & 32'hffffffff) << 32'h1);
            end
            if (reg_addr == r_mac_lo) begin
                rdata$d = mac$q[(32'h0)+:(32)];
            end
            if (reg_addr == r_mac_hi) begin
                rdata$d = ((mac$q[(32'h20)+:(16)]) & 32'hffffffff);
            end
            if (reg_addr == r_ipv4) begin
                rdata$d = ip$q;
            end
            if (reg_addr == r_ack_timeout) begin
                rdata$d = ack_timeout$q;
            end
            if (reg_addr == r_rnr_delay) begin
                rdata$d = rnr_delay$q;
            end
            if (reg_addr == r_cnt_rx_frames) begin
                rdata$d = cnt_rx_frames$q;
            end
            if (reg_addr == r_cnt_rx_bad_icrc) begin
                rdata$d = cnt_rx_bad_icrc$q;
            end
            if (reg_addr == r_cnt_rx_malformed) begin
                rdata$d = cnt_rx_malformed$q;
            end
            if (reg_addr == r_cnt_rx_not_roce) begin
                rdata$d = cnt_rx_not_roce$q;
            end
            if (reg_addr == r_cnt_rx_bad_qp) begin
                rdata$d = cnt_rx_bad_qp$q;
            end
            if (reg_addr == r_cnt_rx_duplicate) begin
                rdata$d = cnt_rx_duplicate$q;
            end
            if (reg_addr == r_cnt_nak_seq_sent) begin
                rdata$d = cnt_nak_seq_sent$q;
            end
            if (reg_addr == r_cnt_nak_access_sent) begin
                rdata$d = cnt_nak_access_sent$q;
            end
            if (reg_addr == r_cnt_rnr_nak_sent) begin
                rdata$d = cnt_rnr_nak_sent$q;
            end
            if (reg_addr == r_cnt_nak_invalid_sent) begin
                rdata$d = cnt_nak_invalid_sent$q;
            end
            if (reg_addr == r_cnt_tx_frames) begin
                rdata$d = cnt_tx_frames$q;
            end
            if (reg_addr == r_cnt_tx_acks) begin
                rdata$d = cnt_tx_acks$q;
            end
            if (reg_addr == r_cnt_rx_acks) begin
                rdata$d = cnt_rx_acks$q;
            end
            if (reg_addr == r_cnt_rx_naks) begin
                rdata$d = cnt_rx_naks$q;
            end
            if (reg_addr == r_cnt_retransmits) begin
                rdata$d = cnt_retransmits$q;
            end
            if (reg_addr == r_cnt_dma_errors) begin
                rdata$d = cnt_dma_errors$q;
            end
            if (reg_addr == r_cnt_wqe_errors) begin
                rdata$d = cnt_wqe_errors$q;
            end
            if (reg_addr == r_cnt_cq_overflow) begin
                rdata$d = cnt_cq_overflow$q;
            end
            if (reg_addr == r_qpc_sel) begin
                rdata$d = ((qs_sel$q) & 32'hffffffff);
            end
            if (reg_addr == r_qpc_state) begin
                rdata$d = ((qs_state$q) & 32'hffffffff);
            end
            if (reg_addr == r_qpc_dest_qpn) begin
                rdata$d = ((qs_dqpn$q) & 32'hffffffff);
            end
            if (reg_addr == r_qpc_sq_psn) begin
                rdata$d = ((qs_sq_psn$q) & 32'hffffffff);
            end
            if (reg_addr == r_qpc_rq_psn) begin
                rdata$d = ((qs_rq_psn$q) & 32'hffffffff);
            end
            if (reg_addr == r_qpc_pmtu_log2) begin
                rdata$d = ((qs_pmtu$q) & 32'hffffffff);
            end
            if (reg_addr == r_mr_sel) begin
                rdata$d = ((ms_sel$q) & 32'hffffffff);
            end
            if (reg_addr == r_mr_key) begin
                rdata$d = ms_key$q;
            end
            if (reg_addr == r_cq_sel) begin
                rdata$d = ((cs_sel$q) & 32'hffffffff);
            end
        end
        rx_ready = ~pend_full$q;
        rx_swap$word_in = rx_data;
        rx_lane_en = rx_keep;
        rx_ff = 32'h0;
        if (rx_wptr$q < 32'ha) begin
            rx_lane_en = rx_keep & k_icrc_cover[((((rx_wptr$q) & 7'h7f) << 32'h3))+:(8)];
            rx_ff = k_icrc_ones[((((rx_wptr$q) & 10'h3ff) << 32'h6))+:(64)];
        end
        rx_crc$crc_in = rx_crc_state$q;
        rx_crc$data = rx_data | rx_ff;
        rx_crc$enable = rx_lane_en;
        rx_crc_after = rx_crc$crc_out;
        rx_beat_len = 32'h8;
        if (~rx_keep[0] & (rx_beat_len == 32'h8)) begin
            rx_beat_len = 0;
        end
        if (~rx_keep[1] & (rx_beat_len == 32'h8)) begin
            rx_beat_len = 1;
        end
        if (~rx_keep[2] & (rx_beat_len == 32'h8)) begin
            rx_beat_len = 2;
        end
        if (~rx_keep[3] & (rx_beat_len == 32'h8)) begin
            rx_beat_len = 3;
        end
        if (~rx_keep[4] & (rx_beat_len == 32'h8)) begin
            rx_beat_len = 4;
        end
        if (~rx_keep[5] & (rx_beat_len == 32'h8)) begin
            rx_beat_len = 5;
        end
        if (~rx_keep[6] & (rx_beat_len == 32'h8)) begin
            rx_beat_len = 6;
        end
        if (~rx_keep[7] & (rx_beat_len == 32'h8)) begin
            rx_beat_len = 7;
        end
        in_hdr_next = in_hdr$q;
        rx_done = 1'b0;
        done_len = 32'h0;
        done_crc_ok = 1'b0;
        done_ovf = 1'b0;
        if (rx_valid & ~pend_full$q) begin
            if (rx_wptr$q < k_rxslot_words) begin
                rxbuf$write_enable = 1'b1;
            end
            else begin
                in_ovf$d = 1'b1;
            end
            if (rx_wptr$q < 32'ha) begin
                in_hdr_next = in_hdr$q | (((rx_swap$word_out) & 640'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << ((32'h9 - ((rx_wptr$q) & 10'h3ff)) << 32'h6));
            end
            in_hdr$d = in_hdr_next;
            if (rx_wptr$q != 32'hfff) begin
                rx_wptr$d = rx_wptr$q + 32'h1;
            end
            rx_crc_state$d = rx_crc_after;
            if (rx_last) begin
                rx_done = 1'b1;
                done_len = (((rx_wptr$q) & 16'hffff) << 32'h3) + ((rx_beat_len) & 16'hffff);
                done_crc_ok = rx_crc_after == k_residue;
                done_ovf = in_ovf$q | (rx_wptr$q >= k_rxslot_words);
                rx_wptr$d = 32'h0;
                rx_crc_state$d = k_icrc_seed;
                in_hdr$d = 32'h0;
                in_ovf$d = 1'b0;
                in_slot$d = ~in_slot$q;
            end
        end
        if (reset) begin
            rx_wptr$d = 32'h0;
            rx_crc_state$d = k_icrc_seed;
            in_hdr$d = 32'h0;
            in_ovf$d = 1'b0;
        end
        rxh$enable = rx_full$q;
        rxh$hdr = rx_hdr$q;
        rxh$frame_len = rx_len$q;
        rxh$our_mac = mac$q;
        rxh$our_ip = ip$q;
        txh$enable = seq$q == Seq$SendStart;
        txh$src_mac = mac$q;
        txh$dst_mac = c_dmac$q;
        txh$src_ip = ip$q;
        txh$dst_ip = c_dip$q;
        txh$udp_sport = c_sport$q;
        txh$opcode = t_opcode$q;
        txh$dest_qpn = c_dqpn$q;
        txh$ack_req = t_ack_req$q;
        txh$psn = t_psn$q;
        txh$has_reth = t_reth$q;
        txh$reth_va = w_raddr$q;
        txh$reth_rkey = w_rkey$q;
        txh$reth_len = w_len$q;
        txh$has_aeth = t_aeth$q;
        txh$aeth_syndrome = t_syndrome$q;
        txh$aeth_msn = c_msn$q;
        txh$has_imm = t_imm$q;
        txh$imm = w_imm$q;
        txh$payload_len = seg_len$q;
        tx_swap$word_in = ser_hdr$q[(k_hdr_top)+:(64)];
        ser_count = 32'h8;
        if (ser_left$q < 32'h8) begin
            ser_count = ser_left$q[(32'h0)+:(4)];
        end
        ser_ff = 32'h0;
        ser_crc_en = 32'hff;
        if (ser_phase$q == 32'h0) begin
            tx_pack$in_data = tx_swap$word_out;
            if (ser_word$q < 32'ha) begin
                ser_crc_en = k_icrc_cover[((((ser_word$q) & 7'h7f) << 32'h3))+:(8)];
                ser_ff = k_icrc_ones[((((ser_word$q) & 10'h3ff) << 32'h6))+:(64)];
            end
        end
        else if (ser_phase$q == 32'h1) begin
            tx_pack$in_data = txbuf$read_data;
        end
        else if (ser_phase$q == 32'h2) begin
            tx_pack$in_data = 32'h0;
        end
        else begin
            icrc_out = ~ser_crc$q;
            tx_pack$in_data = ((icrc_out) & 64'hffffffffffffffff);
            ser_count = 32'h4;
        end
        ser_crc_en = ser_crc_en & (((k_one << ser_count) - k_one) & 8'hff);
        tx_crc$crc_in = ser_crc$q;
        tx_crc$data = tx_pack$in_data | ser_ff;
        tx_crc$enable = ser_crc_en;
        tx_pack$in_count = ser_count;
        tx_pack$in_last = ser_phase$q == 32'h3;
        tx_pack$in_valid = (seq$q == Seq$Send) & ~ser_done$q;
        ser_fire = tx_pack$in_valid & tx_pack$in_ready;
        ser_phase_end = (ser_phase$q == 32'h3) | (((ser_count) & 16'hffff) == ser_left$q);
        if (ser_fire & (ser_phase$q == 32'h1)) begin
            txbuf$read_address = ser_pw$q + 32'h1;
        end
        tx_valid = tx_pack$out_valid;
        tx_data = tx_pack$out_data;
        tx_keep = tx_pack$out_keep;
        tx_last = tx_pack$out_last;
        tx_pack$out_ready = tx_ready;
        pl_count = 32'h8;
        if (|pl_skip$q) begin
            pl_count = 32'h8 - ((pl_skip$q) & 4'hf);
        end
        if (((pl_count) & 16'hffff) > pl_left$q) begin
            pl_count = pl_left$q[(32'h0)+:(4)];
        end
        wr_pack$in_data = rxbuf$read_data >> (((pl_skip$q) & 6'h3f) << 32'h3);
        wr_pack$in_count = pl_count;
        wr_pack$in_last = ((pl_count) & 16'hffff) == pl_left$q;
        wr_pack$in_valid = (seq$q == Seq$RxPlace) & |pl_left$q;
        pl_fire = wr_pack$in_valid & wr_pack$in_ready;
        if (pl_fire) begin
            rxbuf$read_address = pl_ptr$q + 32'h1;
        end
        dma_wr_addr = wr_addr$q;
        dma_wr_len = wr_len$q;
        if (wr_from_cqe$q) begin
            dma_wr_valid = seq$q == Seq$CqWrite;
            dma_wr_data = q_buf$q[((((q_beat$q) & 8'hff) << 32'h6))+:(64)];
            dma_wr_last = q_beat$q == 32'h3;
            wr_pack$out_ready = 1'b0;
        end
        else begin
            dma_wr_valid = wr_pack$out_valid;
            dma_wr_data = wr_pack$out_data;
            dma_wr_last = wr_pack$out_last;
            wr_pack$out_ready = dma_wr_ready;
        end
        dma_rd_req_valid = (seq$q == Seq$DmaRead) | g_req$q;
        dma_rd_req_addr = rd_addr$q;
        dma_rd_req_len = rd_len$q;
        dma_rd_req_tag = 32'h1;
        if (g_req$q) begin
            dma_rd_req_addr = g_addr$q;
            dma_rd_req_len = g_len$q;
            dma_rd_req_tag = 32'h2;
            if (dma_rd_req_ready) begin
                g_req$d = 1'b0;
            end
        end
        if (dma_rd_resp_valid & (dma_rd_resp_tag == 32'h2) & g_active$q) begin
            txbuf$write_enable = 1'b1;
            txbuf$write_address = g_wptr$q;
            g_wptr$d = g_wptr$q + 32'h1;
            if (dma_rd_resp_error) begin
                g_err$d = 1'b1;
            end
            if (dma_rd_resp_last) begin
                g_active$d = 1'b0;
                if (dma_rd_resp_error | g_err$q) begin
                    inc_dma_errors = 1'b1;
                end
            end
        end
        pmtu_log2 = c_pmtu$q;
        if ((c_pmtu$q < 32'h8) | (c_pmtu$q > 32'hc)) begin
            pmtu_log2 = 32'ha;
        end
        pmtu_bytes = ((k_one) & 32'hffffffff) << pmtu_log2;
        outstanding = c_sq_ci$q != c_sq_next$q;
        tx_idx = c_sq_next$q;
        in_flight = 32'h0;
        ack_progress = 1'b0;
        rd_wqe_len = rdbuf$q[(f_swqe_sge0_len)+:(32)];
        if (~|rdbuf$q[(f_swqe_num_sge)+:(8)]) begin
            rd_wqe_len = 32'h0;
        end
        fl_slot = (((qp$q) & 8'hff) << k_window_log2) | ((c_sq_ci$q & k_window_mask) & 8'hff);
        flight$read_address = fl_slot;
        flight$write_enable = 1'b0;
        flight$write_address = (((qp$q) & 8'hff) << k_window_log2) | ((c_sq_next$q & k_window_mask) & 8'hff);
        flight$write_data = ((rdbuf$q[(f_swqe_wr_id)+:(64)]) & 128'hffffffffffffffffffffffffffffffff) | (((rd_wqe_len) & 128'hffffffffffffffffffffffffffffffff) << k_fl_len) | (((rdbuf$q[f_swqe_signaled]) & 128'hffffffffffffffffffffffffffffffff) << k_fl_signaled) | (((rdbuf$q[f_swqe_opcode + 32'h1]) & 128'hffffffffffffffffffffffffffffffff) << k_fl_write);
        wqe_len = flight$read_data[(k_fl_len)+:(32)];
        wqe_pkts = (((wqe_len + pmtu_bytes - 32'h1) >> pmtu_log2) & 24'hffffff);
        if (~|wqe_len) begin
            wqe_pkts = 32'h1;
        end
        wqe_last = c_flight_psn$q + wqe_pkts - 32'h1;
        nak_fatal = (rxh$aeth_syndrome[(32'h5)+:(2)] == 32'h3) & (rxh$aeth_syndrome != 32'h60);
        w_is_write = w_opcode$q[32'h1];
        w_has_imm = w_opcode$q[32'h0];
        seg_first = ~|msg_off$q;
        seg_last = msg_left$q <= pmtu_bytes;
        psn_diff = rxh$psn - c_rq_psn$q;
        ack_diff = rxh$psn - wqe_last;
        q_mask = 32'h0;
        cq_used = q_row_pi$q - cqci_ram$read_data;
        cq_mask = (((k_one << cq_ram$read_data[(f_cq_log2)+:(5)]) - k_one) & 16'hffff);
        mrc$row = mr_ram$read_data;
        mrc$pd = c_pd$q;
        mrc$need_local_write = 1'b0;
        mrc$need_remote_write = 1'b0;
        mrc$key = w_lkey$q;
        mrc$addr = w_laddr$q;
        mrc$len = w_len$q;
        if (seq$q == Seq$RxMr) begin
            mrc$key = rxh$reth_rkey;
            mrc$addr = rxh$reth_va;
            mrc$len = rxh$reth_len;
            mrc$need_remote_write = 1'b1;
        end
        if (seq$q == Seq$RxRqMr) begin
            mrc$key = rdbuf$q[(f_rwqe_lkey)+:(32)];
            mrc$addr = rdbuf$q[(f_rwqe_addr)+:(64)];
            mrc$len = rdbuf$q[(f_rwqe_len)+:(32)];
            mrc$need_local_write = 1'b1;
        end
        tx_cand = sq_pending$q | retx_mask$q;
        tx_pick = 32'h0;
        tx_found = 1'b0;
        if (tx_cand[1] & ~tx_found & (rr_last$q < 1)) begin
            tx_pick = 1;
            tx_found = 1'b1;
        end
        if (tx_cand[2] & ~tx_found & (rr_last$q < 2)) begin
            tx_pick = 2;
            tx_found = 1'b1;
        end
        if (tx_cand[3] & ~tx_found & (rr_last$q < 3)) begin
            tx_pick = 3;
            tx_found = 1'b1;
        end
        if (tx_cand[4] & ~tx_found & (rr_last$q < 4)) begin
            tx_pick = 4;
            tx_found = 1'b1;
        end
        if (tx_cand[5] & ~tx_found & (rr_last$q < 5)) begin
            tx_pick = 5;
            tx_found = 1'b1;
        end
        if (tx_cand[6] & ~tx_found & (rr_last$q < 6)) begin
            tx_pick = 6;
            tx_found = 1'b1;
        end
        if (tx_cand[7] & ~tx_found & (rr_last$q < 7)) begin
            tx_pick = 7;
            tx_found = 1'b1;
        end
        if (tx_cand[8] & ~tx_found & (rr_last$q < 8)) begin
            tx_pick = 8;
            tx_found = 1'b1;
        end
        if (tx_cand[9] & ~tx_found & (rr_last$q < 9)) begin
            tx_pick = 9;
            tx_found = 1'b1;
        end
        if (tx_cand[10] & ~tx_found & (rr_last$q < 10)) begin
            tx_pick = 10;
            tx_found = 1'b1;
        end
        if (tx_cand[11] & ~tx_found & (rr_last$q < 11)) begin
            tx_pick = 11;
            tx_found = 1'b1;
        end
        if (tx_cand[12] & ~tx_found & (rr_last$q < 12)) begin
            tx_pick = 12;
            tx_found = 1'b1;
        end
        if (tx_cand[13] & ~tx_found & (rr_last$q < 13)) begin
            tx_pick = 13;
            tx_found = 1'b1;
        end
        if (tx_cand[14] & ~tx_found & (rr_last$q < 14)) begin
            tx_pick = 14;
            tx_found = 1'b1;
        end
        if (tx_cand[15] & ~tx_found & (rr_last$q < 15)) begin
            tx_pick = 15;
            tx_found = 1'b1;
        end
        if (tx_cand[0] & ~tx_found) begin
            tx_pick = 0;
            tx_found = 1'b1;
        end
        if (tx_cand[1] & ~tx_found) begin
            tx_pick = 1;
            tx_found = 1'b1;
        end
        if (tx_cand[2] & ~tx_found) begin
            tx_pick = 2;
            tx_found = 1'b1;
        end
        if (tx_cand[3] & ~tx_found) begin
            tx_pick = 3;
            tx_found = 1'b1;
        end
        if (tx_cand[4] & ~tx_found) begin
            tx_pick = 4;
            tx_found = 1'b1;
        end
        if (tx_cand[5] & ~tx_found) begin
            tx_pick = 5;
            tx_found = 1'b1;
        end
        if (tx_cand[6] & ~tx_found) begin
            tx_pick = 6;
            tx_found = 1'b1;
        end
        if (tx_cand[7] & ~tx_found) begin
            tx_pick = 7;
            tx_found = 1'b1;
        end
        if (tx_cand[8] & ~tx_found) begin
            tx_pick = 8;
            tx_found = 1'b1;
        end
        if (tx_cand[9] & ~tx_found) begin
            tx_pick = 9;
            tx_found = 1'b1;
        end
        if (tx_cand[10] & ~tx_found) begin
            tx_pick = 10;
            tx_found = 1'b1;
        end
        if (tx_cand[11] & ~tx_found) begin
            tx_pick = 11;
            tx_found = 1'b1;
        end
        if (tx_cand[12] & ~tx_found) begin
            tx_pick = 12;
            tx_found = 1'b1;
        end
        if (tx_cand[13] & ~tx_found) begin
            tx_pick = 13;
            tx_found = 1'b1;
        end
        if (tx_cand[14] & ~tx_found) begin
            tx_pick = 14;
            tx_found = 1'b1;
        end
        if (tx_cand[15] & ~tx_found) begin
            tx_pick = 15;
            tx_found = 1'b1;
        end
        qrow = 32'h0;
        if (seq$q == Seq$Store) begin
            qrow = qrow | (((c_state$q) & 1024'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << f_qpc_state);
            qrow = qrow | (((c_pmtu$q) & 1024'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << f_qpc_pmtu_log2);
            qrow = qrow | (((c_dqpn$q) & 1024'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << f_qpc_dest_qpn);
            qrow = qrow | (((c_sq_psn$q) & 1024'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << f_qpc_sq_psn);
            qrow = qrow | (((c_rq_psn$q) & 1024'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << f_qpc_rq_psn);
            qrow = qrow | (((c_nak_sent$q) & 1024'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << f_qpc_nak_sent);
            qrow = qrow | (((c_dmac$q) & 1024'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << f_qpc_dmac);
            qrow = qrow | (((c_dip$q) & 1024'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << f_qpc_dip);
            qrow = qrow | (((c_sq_base$q) & 1024'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << f_qpc_sq_base);
            qrow = qrow | (((c_rq_base$q) & 1024'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << f_qpc_rq_base);
            qrow = qrow | (((c_sq_log2$q) & 1024'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << f_qpc_sq_log2);
            qrow = qrow | (((c_rq_log2$q) & 1024'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << f_qpc_rq_log2);
            qrow = qrow | (((c_scq$q) & 1024'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << f_qpc_scq);
            qrow = qrow | (((c_rcq$q) & 1024'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << f_qpc_rcq);
            qrow = qrow | (((c_pd$q) & 1024'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << f_qpc_pd);
            qrow = qrow | (((c_sport$q) & 1024'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << f_qpc_udp_sport);
            qrow = qrow | (((c_sq_ci$q) & 1024'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << f_qpc_sq_ci);
            qrow = qrow | (((c_rq_ci$q) & 1024'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << f_qpc_rq_ci);
            qrow = qrow | (((c_msn$q) & 1024'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << f_qpc_msn);
            qrow = qrow | (((c_sq_next$q) & 1024'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << f_qpc_sq_next);
            qrow = qrow | (((c_flight_psn$q) & 1024'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << f_qpc_flight_psn);
            qrow = qrow | (((c_resp_active$q) & 1024'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << f_qpc_resp_active);
            qrow = qrow | (((c_resp_is_send$q) & 1024'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << f_qpc_resp_is_send);
            qrow = qrow | (((c_resp_iova$q) & 1024'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << f_qpc_resp_iova);
            qrow = qrow | (((c_resp_left$q) & 1024'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << f_qpc_resp_left);
            qrow = qrow | (((c_resp_done$q) & 1024'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << f_qpc_resp_done);
            qrow = qrow | (((c_resp_wr_id$q) & 1024'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << f_qpc_resp_wr_id);
        end
        qp_ram$write_data = qrow;
        case (seq$q)
            Seq$Idle:
                begin
                    rx_job$d = 1'b0;
                    if (qpc_cmd$q == 32'h3) begin
                        qp$d = qs_sel$q;
                        modify_job$d = 1'b1;
                        ret$d = Seq$CtxLoad;
                        seq$d = Seq$Wait;
                    end
                    else if (|qpc_cmd$q | |mr_cmd$q | |cq_cmd$q) begin
                        seq$d = Seq$Cmd;
                    end
                    else if (enable$q & rx_full$q) begin
                        seq$d = Seq$RxStart;
                    end
                    else if (~enable$q & rx_full$q) begin
                        rx_release = 1'b1;
                    end
                    else if (enable$q & |tx_cand) begin
                        qp$d = tx_pick;
                        rr_last$d = tx_pick;
                        clr_pending = clr_pending | (k_one_q << tx_pick);
                        ret$d = Seq$CtxLoad;
                        seq$d = Seq$Wait;
                    end
                end
            Seq$Wait:
                begin
                    seq$d = ret$q;
                end
            Seq$Cmd:
                begin
                    seq$d = Seq$Idle;
                    if (|qpc_cmd$q) begin
                        qpc_cmd$d = 32'h0;
                        qp$d = qs_sel$q;
                        qp_ram$write_address = qs_sel$q;
                        qp_ram$write_enable = 1'b1;
                        qp_ram$write_data = 32'h0;
                        if (qpc_cmd$q == 32'h1) begin
                            qp_ram$write_data = (((qs_state$q) & 1024'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << f_qpc_state) | (((qs_pmtu$q) & 1024'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << f_qpc_pmtu_log2) | (((qs_dqpn$q) & 1024'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << f_qpc_dest_qpn) | (((qs_sq_psn$q) & 1024'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << f_qpc_sq_psn) | (((qs_rq_psn$q) & 1024'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << f_qpc_rq_psn) | (((qs_dmac$q) & 1024'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << f_qpc_dmac) | (((qs_dip$q) & 1024'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << f_qpc_dip) | (((qs_sq_base$q) & 1024'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << f_qpc_sq_base) | (((qs_rq_base$q) & 1024'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << f_qpc_rq_base) | (((qs_sq_log2$q) & 1024'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << f_qpc_sq_log2) | (((qs_rq_log2$q) & 1024'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << f_qpc_rq_log2) | (((qs_cqn$q[(32'h0)+:(16)]) & 1024'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << f_qpc_scq) | (((qs_cqn$q[(32'h10)+:(16)]) & 1024'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << f_qpc_rcq) | (((qs_pd$q) & 1024'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << f_qpc_pd) | (((qs_sport$q) & 1024'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << f_qpc_udp_sport);
                        end
                        clr_pending = clr_pending | (k_one_q << qs_sel$q);
                        clr_wait = clr_wait | (k_one_q << qs_sel$q);
                        clr_retx = clr_retx | (k_one_q << qs_sel$q);
                    end
                    else if (|mr_cmd$q) begin
                        mr_cmd$d = 32'h0;
                        mr_ram$write_enable = 1'b1;
                        if (mr_cmd$q == 32'h1) begin
                            mr_ram$write_data = (((k_one) & 256'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << f_mr_valid) | (((ms_access$q) & 256'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << f_mr_access) | (((ms_pd$q) & 256'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << f_mr_pd) | (((ms_key$q) & 256'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << f_mr_key) | (((ms_va$q) & 256'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << f_mr_va) | (((ms_iova$q) & 256'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << f_mr_iova) | (((ms_len$q) & 256'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << f_mr_len);
                        end
                    end
                    else begin
                        cq_cmd$d = 32'h0;
                        cq_ram$write_address = cs_sel$q;
                        cq_ram$write_enable = 1'b1;
                        if (cq_cmd$q == 32'h1) begin
                            cq_ram$write_data = (((cs_base$q) & 128'hffffffffffffffffffffffffffffffff) << f_cq_base) | (((cs_log2$q) & 128'hffffffffffffffffffffffffffffffff) << f_cq_log2) | (((k_one) & 128'hffffffffffffffffffffffffffffffff) << f_cq_valid) | (((cs_vector$q) & 128'hffffffffffffffffffffffffffffffff) << f_cq_vector);
                        end
                    end
                end
            Seq$CmdModify:
                begin
                    qpc_cmd$d = 32'h0;
                    modify_job$d = 1'b0;
                    c_state$d = qs_state$q;
                    c_pmtu$d = qs_pmtu$q;
                    c_dqpn$d = qs_dqpn$q;
                    c_dmac$d = qs_dmac$q;
                    c_dip$d = qs_dip$q;
                    c_sq_base$d = qs_sq_base$q;
                    c_rq_base$d = qs_rq_base$q;
                    c_sq_log2$d = qs_sq_log2$q;
                    c_rq_log2$d = qs_rq_log2$q;
                    c_scq$d = qs_cqn$q[(32'h0)+:(16)];
                    c_rcq$d = qs_cqn$q[(32'h10)+:(16)];
                    c_pd$d = qs_pd$q;
                    c_sport$d = qs_sport$q;
                    if ((c_state$q < 32'h2) & (qs_state$q >= 32'h2)) begin
                        c_rq_psn$d = qs_rq_psn$q;
                    end
                    if ((c_state$q < 32'h3) & (qs_state$q >= 32'h3)) begin
                        c_sq_psn$d = qs_sq_psn$q;
                    end
                    seq$d = Seq$Store;
                end
            Seq$RxStart:
                begin
                    seq$d = Seq$Idle;
                    rx_release = 1'b1;
                    if (~rxh$is_roce) begin
                        inc_rx_not_roce = 1'b1;
                    end
                    else if (~rx_crc_ok$q) begin
                        inc_rx_bad_icrc = 1'b1;
                    end
                    else if (rxh$malformed | rx_overflow$q | (rxh$payload_len > 32'h1000)) begin
                        inc_rx_malformed = 1'b1;
                    end
                    else if (|(rxh$dest_qpn >> k_table_log2)) begin
                        inc_rx_frames = 1'b1;
                        inc_rx_bad_qp = 1'b1;
                    end
                    else begin
                        inc_rx_frames = 1'b1;
                        rx_release = 1'b0;
                        rx_job$d = 1'b1;
                        qp$d = rxh$dest_qpn[(32'h0)+:(4)];
                        ret$d = Seq$CtxLoad;
                        seq$d = Seq$Wait;
                    end
                end
            Seq$CtxLoad:
                begin
                    c_state$d = qp_ram$read_data[(f_qpc_state)+:(4)];
                    c_pmtu$d = qp_ram$read_data[(f_qpc_pmtu_log2)+:(4)];
                    c_dqpn$d = qp_ram$read_data[(f_qpc_dest_qpn)+:(24)];
                    c_sq_psn$d = qp_ram$read_data[(f_qpc_sq_psn)+:(24)];
                    c_rq_psn$d = qp_ram$read_data[(f_qpc_rq_psn)+:(24)];
                    c_nak_sent$d = qp_ram$read_data[f_qpc_nak_sent];
                    c_dmac$d = qp_ram$read_data[(f_qpc_dmac)+:(48)];
                    c_dip$d = qp_ram$read_data[(f_qpc_dip)+:(32)];
                    c_sq_base$d = qp_ram$read_data[(f_qpc_sq_base)+:(64)];
                    c_rq_base$d = qp_ram$read_data[(f_qpc_rq_base)+:(64)];
                    c_sq_log2$d = qp_ram$read_data[(f_qpc_sq_log2)+:(5)];
                    c_rq_log2$d = qp_ram$read_data[(f_qpc_rq_log2)+:(5)];
                    c_scq$d = qp_ram$read_data[(f_qpc_scq)+:(16)];
                    c_rcq$d = qp_ram$read_data[(f_qpc_rcq)+:(16)];
                    c_pd$d = qp_ram$read_data[(f_qpc_pd)+:(16)];
                    c_sport$d = qp_ram$read_data[(f_qpc_udp_sport)+:(16)];
                    c_sq_ci$d = qp_ram$read_data[(f_qpc_sq_ci)+:(16)];
                    c_rq_ci$d = qp_ram$read_data[(f_qpc_rq_ci)+:(16)];
                    c_msn$d = qp_ram$read_data[(f_qpc_msn)+:(24)];
                    c_sq_next$d = qp_ram$read_data[(f_qpc_sq_next)+:(16)];
                    c_flight_psn$d = qp_ram$read_data[(f_qpc_flight_psn)+:(24)];
                    c_resp_active$d = qp_ram$read_data[f_qpc_resp_active];
                    c_resp_is_send$d = qp_ram$read_data[f_qpc_resp_is_send];
                    c_resp_iova$d = qp_ram$read_data[(f_qpc_resp_iova)+:(64)];
                    c_resp_left$d = qp_ram$read_data[(f_qpc_resp_left)+:(32)];
                    c_resp_done$d = qp_ram$read_data[(f_qpc_resp_done)+:(32)];
                    c_resp_wr_id$d = qp_ram$read_data[(f_qpc_resp_wr_id)+:(64)];
                    if (modify_job$q) begin
                        seq$d = Seq$CmdModify;
                    end
                    else if (rx_job$q) begin
                        seq$d = Seq$RxCtx;
                    end
                    else begin
                        seq$d = Seq$TxCtx;
                    end
                end
            Seq$RxCtx:
                begin
                    if ((c_state$q != 32'h2) & (c_state$q != 32'h3)) begin
                        inc_rx_bad_qp = 1'b1;
                        rx_release = 1'b1;
                        seq$d = Seq$Idle;
                    end
                    else if (rxh$is_ack) begin
                        seq$d = Seq$ReqAck;
                    end
                    else begin
                        seq$d = Seq$RxCheck;
                    end
                end
            Seq$TxCtx:
                begin
                    clr_retx = clr_retx | (qp_bit);
                    if (retx_mask$q[qp$q] & outstanding) begin
                        tx_idx = c_sq_ci$q;
                        c_sq_next$d = c_sq_ci$q;
                        c_sq_psn$d = c_flight_psn$q;
                        clr_wait = clr_wait | (qp_bit);
                        inc_retransmits = 1'b1;
                    end
                    in_flight = tx_idx - c_sq_ci$q;
                    if (c_state$q != 32'h3) begin
                        seq$d = Seq$Idle;
                    end
                    else if ((tx_idx == sqpi_ram$read_data) | (in_flight >= k_window)) begin
                        seq$d = Seq$Store;
                    end
                    else begin
                        q_mask = (((k_one << c_sq_log2$q) - k_one) & 16'hffff);
                        rd_addr$d = c_sq_base$q + (((tx_idx & q_mask) & 64'hffffffffffffffff) << 32'h6);
                        rd_len$d = 32'h40;
                        sub_ret$d = Seq$TxWqe;
                        seq$d = Seq$DmaRead;
                    end
                end
            Seq$RxCheck:
                begin
                    seq$d = Seq$Store;
                    if (psn_diff == 32'h0) begin
                        c_nak_sent$d = 1'b0;
                        if ((c_resp_active$q & (rxh$starts_msg | (rxh$is_send != c_resp_is_send$q))) | (~c_resp_active$q & ~rxh$starts_msg)) begin
                            t_syndrome$d = 32'h61;
                            t_psn$d = rxh$psn;
                            inc_nak_invalid_sent = 1'b1;
                            seq$d = Seq$AckSend;
                        end
                        else if (rxh$has_reth) begin
                            mr_idx$d = rxh$reth_rkey[(32'h0)+:(4)];
                            ret$d = Seq$RxMr;
                            seq$d = Seq$Wait;
                        end
                        else if ((rxh$is_send & rxh$starts_msg) | (rxh$is_write & rxh$has_imm)) begin
                            seq$d = Seq$RxRqFetch;
                        end
                        else begin
                            seq$d = Seq$RxPlacePrep;
                        end
                    end
                    else if (psn_diff[32'h17]) begin
                        inc_rx_duplicate = 1'b1;
                        if (rxh$ack_req) begin
                            t_syndrome$d = 32'h1f;
                            t_psn$d = c_rq_psn$q - 32'h1;
                            seq$d = Seq$AckSend;
                        end
                    end
                    else if (~c_nak_sent$q) begin
                        c_nak_sent$d = 1'b1;
                        t_syndrome$d = 32'h60;
                        t_psn$d = c_rq_psn$q;
                        inc_nak_seq_sent = 1'b1;
                        seq$d = Seq$AckSend;
                    end
                end
            Seq$RxMr:
                begin
                    if (mrc$ok) begin
                        c_resp_iova$d = mrc$iova;
                        c_resp_left$d = rxh$reth_len;
                        c_resp_done$d = 32'h0;
                        c_resp_is_send$d = 1'b0;
                        if (rxh$has_imm) begin
                            seq$d = Seq$RxRqFetch;
                        end
                        else begin
                            seq$d = Seq$RxPlacePrep;
                        end
                    end
                    else begin
                        t_syndrome$d = 32'h62;
                        t_psn$d = rxh$psn;
                        inc_nak_access_sent = 1'b1;
                        seq$d = Seq$AckSend;
                    end
                end
            Seq$RxRqFetch:
                begin
                    if (c_rq_ci$q == rqpi_ram$read_data) begin
                        c_nak_sent$d = 1'b1;
                        t_syndrome$d = 32'h21;
                        t_psn$d = rxh$psn;
                        inc_rnr_nak_sent = 1'b1;
                        seq$d = Seq$AckSend;
                    end
                    else begin
                        q_mask = (((k_one << c_rq_log2$q) - k_one) & 16'hffff);
                        rd_addr$d = c_rq_base$q + (((c_rq_ci$q & q_mask) & 64'hffffffffffffffff) << 32'h5);
                        rd_len$d = 32'h20;
                        sub_ret$d = Seq$RxRq;
                        seq$d = Seq$DmaRead;
                    end
                end
            Seq$RxRq:
                begin
                    c_resp_wr_id$d = rdbuf$q[(f_rwqe_wr_id)+:(64)];
                    c_rq_ci$d = c_rq_ci$q + 32'h1;
                    if (rd_err$q) begin
                        t_syndrome$d = 32'h63;
                        t_psn$d = rxh$psn;
                        inc_nak_invalid_sent = 1'b1;
                        seq$d = Seq$AckSend;
                    end
                    else if (rxh$is_send) begin
                        mr_idx$d = rdbuf$q[(f_rwqe_lkey)+:(4)];
                        ret$d = Seq$RxRqMr;
                        seq$d = Seq$Wait;
                    end
                    else begin
                        seq$d = Seq$RxPlacePrep;
                    end
                end
            Seq$RxRqMr:
                begin
                    if (mrc$ok) begin
                        c_resp_iova$d = mrc$iova;
                        c_resp_left$d = rdbuf$q[(f_rwqe_len)+:(32)];
                        c_resp_done$d = 32'h0;
                        c_resp_is_send$d = 1'b1;
                        seq$d = Seq$RxPlacePrep;
                    end
                    else begin
                        t_syndrome$d = 32'h63;
                        t_psn$d = rxh$psn;
                        inc_nak_invalid_sent = 1'b1;
                        q_wr_id$d = rdbuf$q[(f_rwqe_wr_id)+:(64)];
                        q_status$d = 32'h4;
                        seq$d = Seq$RxFail;
                    end
                end
            Seq$RxPlacePrep:
                begin
                    if (((rxh$payload_len) & 32'hffffffff) > c_resp_left$q) begin
                        t_syndrome$d = 32'h61;
                        t_psn$d = rxh$psn;
                        inc_nak_invalid_sent = 1'b1;
                        c_resp_active$d = 1'b0;
                        seq$d = Seq$AckSend;
                        if (rxh$is_send) begin
                            q_wr_id$d = c_resp_wr_id$q;
                            q_status$d = 32'h1;
                            seq$d = Seq$RxFail;
                        end
                    end
                    else if (|rxh$payload_len) begin
                        pl_ptr$d = ((rxh$hdr_len[(32'h3)+:(5)]) & 11'h7ff);
                        if (cur_slot$q) begin
                            pl_ptr$d = ((rxh$hdr_len[(32'h3)+:(5)]) & 11'h7ff) | k_rxslot;
                        end
                        pl_skip$d = rxh$hdr_len[(32'h0)+:(3)];
                        pl_left$d = rxh$payload_len;
                        wr_addr$d = c_resp_iova$q;
                        wr_len$d = rxh$payload_len;
                        wr_from_cqe$d = 1'b0;
                        wr_busy$d = 1'b1;
                        ret$d = Seq$RxPlace;
                        seq$d = Seq$Wait;
                    end
                    else begin
                        seq$d = Seq$RxFinish;
                    end
                end
            Seq$RxPlace:
                begin
                    if (pl_fire) begin
                        pl_ptr$d = pl_ptr$q + 32'h1;
                        pl_skip$d = 32'h0;
                        pl_left$d = pl_left$q - ((pl_count) & 16'hffff);
                        if (((pl_count) & 16'hffff) == pl_left$q) begin
                            seq$d = Seq$RxPlaceDrain;
                        end
                    end
                end
            Seq$RxPlaceDrain:
                begin
                    if (~wr_busy$q) begin
                        seq$d = Seq$RxFinish;
                    end
                end
            Seq$RxFinish:
                begin
                    c_resp_iova$d = c_resp_iova$q + ((rxh$payload_len) & 64'hffffffffffffffff);
                    c_resp_left$d = c_resp_left$q - ((rxh$payload_len) & 32'hffffffff);
                    c_resp_done$d = c_resp_done$q + ((rxh$payload_len) & 32'hffffffff);
                    c_rq_psn$d = c_rq_psn$q + 32'h1;
                    c_resp_active$d = ~rxh$ends_msg;
                    seq$d = Seq$RxAckMaybe;
                    if (rxh$ends_msg) begin
                        c_msn$d = c_msn$q + 32'h1;
                        if (rxh$is_send | rxh$has_imm) begin
                            q_wr_id$d = c_resp_wr_id$q;
                            q_len$d = c_resp_done$q + ((rxh$payload_len) & 32'hffffffff);
                            q_imm$d = rxh$imm;
                            q_status$d = 32'h0;
                            q_opcode$d = 32'h2;
                            if (rxh$is_write) begin
                                q_opcode$d = 32'h3;
                            end
                            q_imm_valid$d = rxh$has_imm;
                            q_cqn$d = c_rcq$q[(32'h0)+:(4)];
                            sub_ret$d = Seq$RxAckMaybe;
                            seq$d = Seq$CqStart;
                        end
                    end
                end
            Seq$RxFail:
                begin
                    q_len$d = 32'h0;
                    q_imm$d = 32'h0;
                    q_imm_valid$d = 1'b0;
                    q_opcode$d = 32'h2;
                    q_cqn$d = c_rcq$q[(32'h0)+:(4)];
                    inc_wqe_errors = 1'b1;
                    sub_ret$d = Seq$AckSend;
                    seq$d = Seq$CqStart;
                end
            Seq$RxAckMaybe:
                begin
                    seq$d = Seq$Store;
                    if (rxh$ack_req) begin
                        t_syndrome$d = 32'h1f;
                        t_psn$d = rxh$psn;
                        seq$d = Seq$AckSend;
                    end
                end
            Seq$AckSend:
                begin
                    t_opcode$d = 32'h11;
                    t_ack_req$d = 1'b0;
                    t_reth$d = 1'b0;
                    t_aeth$d = 1'b1;
                    t_imm$d = 1'b0;
                    seg_len$d = 32'h0;
                    inc_tx_acks = 1'b1;
                    sub_ret$d = Seq$Store;
                    seq$d = Seq$SendStart;
                end
            Seq$ReqAck:
                begin
                    inc_rx_acks = 1'b1;
                    seq$d = Seq$Store;
                    if (outstanding & (c_state$q == 32'h3)) begin
                        if ((rxh$aeth_syndrome == 32'h60) | (rxh$aeth_syndrome[(32'h5)+:(2)] == 32'h1)) begin
                            inc_rx_naks = 1'b1;
                            c_sq_next$d = c_sq_ci$q;
                            c_sq_psn$d = c_flight_psn$q;
                            clr_wait = clr_wait | (qp_bit);
                            clr_retx = clr_retx | (qp_bit);
                            if (rxh$aeth_syndrome[(32'h5)+:(2)] == 32'h1) begin
                                set_rnr = qp_bit;
                                clr_pending = clr_pending | (qp_bit);
                            end
                            else begin
                                set_pending = set_pending | (qp_bit);
                            end
                            inc_retransmits = 1'b1;
                        end
                        else begin
                            if (nak_fatal) begin
                                inc_rx_naks = 1'b1;
                            end
                            seq$d = Seq$ReqFetch;
                        end
                    end
                end
            Seq$ReqFetch:
                begin
                    seq$d = Seq$ReqWqe;
                end
            Seq$ReqWqe:
                begin
                    q_wr_id$d = flight$read_data[(32'h0)+:(64)];
                    q_len$d = wqe_len;
                    q_imm$d = 32'h0;
                    q_imm_valid$d = 1'b0;
                    q_opcode$d = ((flight$read_data[k_fl_write]) & 8'hff);
                    q_cqn$d = c_scq$q[(32'h0)+:(4)];
                    q_status$d = 32'h0;
                    seq$d = Seq$Store;
                    if (~ack_diff[32'h17] & (~nak_fatal | |ack_diff)) begin
                        c_sq_ci$d = c_sq_ci$q + 32'h1;
                        c_flight_psn$d = wqe_last + 32'h1;
                        ack_progress = 1'b1;
                        set_pending = set_pending | (qp_bit);
                        sub_ret$d = Seq$ReqMore;
                        seq$d = Seq$ReqMore;
                        if (flight$read_data[k_fl_signaled]) begin
                            seq$d = Seq$CqStart;
                        end
                    end
                    else if (nak_fatal) begin
                        c_sq_ci$d = c_sq_ci$q + 32'h1;
                        c_state$d = 32'h6;
                        inc_wqe_errors = 1'b1;
                        q_status$d = 32'hb;
                        if (rxh$aeth_syndrome == 32'h61) begin
                            q_status$d = 32'h9;
                        end
                        if (rxh$aeth_syndrome == 32'h62) begin
                            q_status$d = 32'ha;
                        end
                        clr_wait = clr_wait | (qp_bit);
                        sub_ret$d = Seq$Store;
                        seq$d = Seq$CqStart;
                    end
                end
            Seq$ReqMore:
                begin
                    if (outstanding) begin
                        seq$d = Seq$ReqFetch;
                    end
                    else begin
                        clr_wait = clr_wait | (qp_bit);
                        clr_retx = clr_retx | (qp_bit);
                        seq$d = Seq$Store;
                    end
                end
            Seq$TxWqe:
                begin
                    flight$write_enable = 1'b1;
                    w_opcode$d = rdbuf$q[(f_swqe_opcode)+:(8)];
                    w_imm$d = rdbuf$q[(f_swqe_imm)+:(32)];
                    w_raddr$d = rdbuf$q[(f_swqe_remote_addr)+:(64)];
                    w_rkey$d = rdbuf$q[(f_swqe_rkey)+:(32)];
                    w_laddr$d = rdbuf$q[(f_swqe_sge0_addr)+:(64)];
                    w_lkey$d = rdbuf$q[(f_swqe_sge0_lkey)+:(32)];
                    w_len$d = rdbuf$q[(f_swqe_sge0_len)+:(32)];
                    mr_idx$d = rdbuf$q[(f_swqe_sge0_lkey)+:(4)];
                    if (rd_err$q | (rdbuf$q[(f_swqe_opcode)+:(8)] > 32'h3) | (rdbuf$q[(f_swqe_num_sge)+:(8)] > 32'h1)) begin
                        q_status$d = 32'h15;
                        seq$d = Seq$TxFail;
                    end
                    else if (rdbuf$q[(f_swqe_num_sge)+:(8)] == 32'h0) begin
                        w_len$d = 32'h0;
                        seq$d = Seq$TxStart;
                    end
                    else begin
                        ret$d = Seq$TxMr;
                        seq$d = Seq$Wait;
                    end
                end
            Seq$TxMr:
                begin
                    if (mrc$ok) begin
                        w_liova$d = mrc$iova;
                        seq$d = Seq$TxStart;
                    end
                    else begin
                        q_status$d = 32'h4;
                        seq$d = Seq$TxFail;
                    end
                end
            Seq$TxStart:
                begin
                    if (~outstanding) begin
                        c_flight_psn$d = c_sq_psn$q;
                    end
                    msg_off$d = 32'h0;
                    msg_left$d = w_len$q;
                    seq$d = Seq$TxSeg;
                    if (|w_len$q) begin
                        g_active$d = 1'b1;
                        g_req$d = 1'b1;
                        g_err$d = 1'b0;
                        g_addr$d = w_liova$q;
                        g_len$d = pmtu_bytes[(32'h0)+:(16)];
                        if (w_len$q < pmtu_bytes) begin
                            g_len$d = w_len$q[(32'h0)+:(16)];
                        end
                        g_half$d = 1'b0;
                        g_wptr$d = 32'h0;
                    end
                end
            Seq$TxSeg:
                begin
                    seg_n = msg_left$q[(32'h0)+:(16)];
                    if (~seg_last) begin
                        seg_n = pmtu_bytes[(32'h0)+:(16)];
                    end
                    seg_len$d = seg_n;
                    if (seg_first & seg_last) begin
                        seg_op = 32'h4;
                    end
                    else if (seg_first) begin
                        seg_op = 32'h0;
                    end
                    else if (seg_last) begin
                        seg_op = 32'h2;
                    end
                    else begin
                        seg_op = 32'h1;
                    end
                    if (seg_last & w_has_imm) begin
                        seg_op = seg_op + 32'h1;
                    end
                    if (w_is_write) begin
                        seg_op = seg_op + 32'h6;
                    end
                    t_opcode$d = seg_op;
                    t_psn$d = c_sq_psn$q;
                    t_ack_req$d = seg_last;
                    t_reth$d = w_is_write & seg_first;
                    t_aeth$d = 1'b0;
                    t_imm$d = w_has_imm & seg_last;
                    next_left = msg_left$q - ((seg_n) & 32'hffffffff);
                    if (|seg_n & g_active$q) begin
                        seq$d = Seq$TxSeg;
                    end
                    else if (|seg_n & g_err$q) begin
                        q_status$d = 32'h4;
                        seq$d = Seq$TxFail;
                    end
                    else begin
                        ser_half$d = g_half$q;
                        if (|next_left) begin
                            g_active$d = 1'b1;
                            g_req$d = 1'b1;
                            g_addr$d = w_liova$q + ((msg_off$q) & 64'hffffffffffffffff) + ((seg_n) & 64'hffffffffffffffff);
                            g_len$d = pmtu_bytes[(32'h0)+:(16)];
                            if (next_left < pmtu_bytes) begin
                                g_len$d = next_left[(32'h0)+:(16)];
                            end
                            g_half$d = ~g_half$q;
                            g_wptr$d = 32'h0;
                            if (~g_half$q) begin
                                g_wptr$d = k_half;
                            end
                        end
                        sub_ret$d = Seq$TxNext;
                        seq$d = Seq$SendStart;
                    end
                end
            Seq$TxNext:
                begin
                    c_sq_psn$d = c_sq_psn$q + 32'h1;
                    msg_off$d = msg_off$q + ((seg_len$q) & 32'hffffffff);
                    msg_left$d = msg_left$q - ((seg_len$q) & 32'hffffffff);
                    if (t_ack_req$q) begin
                        c_sq_next$d = c_sq_next$q + 32'h1;
                        set_wait = set_wait | (qp_bit);
                        set_pending = set_pending | (qp_bit);
                        seq$d = Seq$Store;
                    end
                    else begin
                        seq$d = Seq$TxSeg;
                    end
                end
            Seq$TxFail:
                begin
                    c_sq_ci$d = c_sq_next$q + 32'h1;
                    c_sq_next$d = c_sq_next$q + 32'h1;
                    c_state$d = 32'h6;
                    inc_wqe_errors = 1'b1;
                    q_wr_id$d = rdbuf$q[(f_swqe_wr_id)+:(64)];
                    q_len$d = 32'h0;
                    q_imm$d = 32'h0;
                    q_imm_valid$d = 1'b0;
                    q_opcode$d = ((w_is_write) & 8'hff);
                    q_cqn$d = c_scq$q[(32'h0)+:(4)];
                    sub_ret$d = Seq$Store;
                    seq$d = Seq$CqStart;
                end
            Seq$SendStart:
                begin
                    ser_hdr$d = txh$hdr;
                    ser_phase$d = 32'h0;
                    ser_left$d = ((txh$hdr_len) & 16'hffff);
                    ser_pad$d = txh$pad;
                    ser_word$d = 32'h0;
                    ser_pw$d = 32'h0;
                    if (ser_half$q) begin
                        ser_pw$d = k_half;
                    end
                    ser_crc$d = k_icrc_seed;
                    ser_done$d = 1'b0;
                    seq$d = Seq$Send;
                end
            Seq$Send:
                begin
                    if (ser_fire) begin
                        ser_left$d = ser_left$q - ((ser_count) & 16'hffff);
                        ser_crc$d = tx_crc$crc_out;
                        if (ser_phase$q == 32'h0) begin
                            ser_hdr$d = ser_hdr$q << 32'h40;
                            ser_word$d = ser_word$q + 32'h1;
                        end
                        if (ser_phase$q == 32'h1) begin
                            ser_pw$d = ser_pw$q + 32'h1;
                        end
                        if (ser_phase_end) begin
                            if (ser_phase$q == 32'h3) begin
                                ser_done$d = 1'b1;
                                seq$d = Seq$SendDrain;
                            end
                            else if ((ser_phase$q == 32'h0) & |seg_len$q) begin
                                ser_phase$d = 32'h1;
                                ser_left$d = seg_len$q;
                            end
                            else if ((ser_phase$q != 32'h2) & |ser_pad$q) begin
                                ser_phase$d = 32'h2;
                                ser_left$d = ((ser_pad$q) & 16'hffff);
                            end
                            else begin
                                ser_phase$d = 32'h3;
                                ser_left$d = 32'h4;
                            end
                        end
                    end
                end
            Seq$SendDrain:
                begin
                    if (tx_pack$out_valid & tx_pack$out_ready & tx_pack$out_last) begin
                        ser_done$d = 1'b0;
                        inc_tx_frames = 1'b1;
                        seq$d = sub_ret$q;
                    end
                end
            Seq$CqStart:
                begin
                    seq$d = Seq$CqWait;
                end
            Seq$CqWait:
                begin
                    seq$d = Seq$CqRow;
                end
            Seq$CqRow:
                begin
                    q_row_pi$d = cq_ram$read_data[(f_cq_pi)+:(16)];
                    cq_used = cq_ram$read_data[(f_cq_pi)+:(16)] - cqci_ram$read_data;
                    if (~cq_ram$read_data[f_cq_valid] | (cq_used > cq_mask)) begin
                        inc_cq_overflow = 1'b1;
                        seq$d = sub_ret$q;
                    end
                    else begin
                        wr_addr$d = cq_ram$read_data[(f_cq_base)+:(64)] + (((cq_ram$read_data[(f_cq_pi)+:(16)] & cq_mask) & 64'hffffffffffffffff) << 32'h5);
                        wr_len$d = 32'h20;
                        wr_from_cqe$d = 1'b1;
                        q_beat$d = 32'h0;
                        owner = ~cq_ram$read_data[f_cq_pi + cq_ram$read_data[(f_cq_log2)+:(5)]];
                        q_buf$d = (((q_wr_id$q) & 256'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << f_cqe_wr_id) | (((q_len$q) & 256'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << f_cqe_byte_len) | (((q_imm$q) & 256'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << f_cqe_imm) | (((qp$q) & 256'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << f_cqe_qpn) | (((q_status$q) & 256'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << f_cqe_status) | (((q_opcode$q) & 256'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << f_cqe_opcode) | (((q_imm_valid$q) & 256'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << f_cqe_imm_valid) | (((owner) & 256'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << f_cqe_owner);
                        seq$d = Seq$CqWrite;
                    end
                end
            Seq$CqWrite:
                begin
                    if (dma_wr_ready) begin
                        q_beat$d = q_beat$q + 32'h1;
                        if (q_beat$q == 32'h3) begin
                            wr_from_cqe$d = 1'b0;
                            cq_ram$write_enable = 1'b1;
                            cq_ram$write_data = (cq_ram$read_data & ~(((k_ffff) & 128'hffffffffffffffffffffffffffffffff) << f_cq_pi)) | (((q_row_pi$q + 32'h1) & 128'hffffffffffffffffffffffffffffffff) << f_cq_pi);
                            if (cq_armed$q[q_cqn$q]) begin
                                irq$d = 1'b1;
                                irq_vec$d = cq_ram$read_data[(f_cq_vector)+:(8)];
                                clr_armed = clr_armed | (k_one_q << q_cqn$q);
                            end
                            seq$d = sub_ret$q;
                        end
                    end
                end
            Seq$DmaRead:
                begin
                    rd_beat$d = 32'h0;
                    rd_err$d = 1'b0;
                    rdbuf$d = 32'h0;
                    if (dma_rd_req_ready) begin
                        seq$d = Seq$DmaBeats;
                    end
                end
            Seq$DmaBeats:
                begin
                    if (dma_rd_resp_valid & (dma_rd_resp_tag == 32'h1)) begin
                        rd_beat$d = rd_beat$q + 32'h1;
                        if (rd_beat$q < 32'h8) begin
                            rdbuf$d = rdbuf$q | (((dma_rd_resp_data) & 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << (((rd_beat$q) & 10'h3ff) << 32'h6));
                        end
                        if (dma_rd_resp_error) begin
                            rd_err$d = 1'b1;
                        end
                        if (dma_rd_resp_last) begin
                            if (dma_rd_resp_error | rd_err$q) begin
                                inc_dma_errors = 1'b1;
                            end
                            seq$d = sub_ret$q;
                        end
                    end
                end
            Seq$Store:
                begin
                    qp_ram$write_enable = 1'b1;
                    rx_release = rx_job$q;
                    seq$d = Seq$Idle;
                end
            default:
                begin
                    seq$d = Seq$Idle;
                end
        endcase
        if (wr_pack$out_valid & wr_pack$out_ready & wr_pack$out_last) begin
            wr_busy$d = 1'b0;
        end
        idle = (seq$q == Seq$Idle) & ~rx_full$q & ~pend_full$q & ~|sq_pending$q & ~|wait_mask$q & ~|retx_mask$q & ~|rnr_mask$q & ~|qpc_cmd$q & ~|mr_cmd$q & ~|cq_cmd$q & ~irq$q & ~wr_busy$q & ~tx_pack$out_valid;
        if (|wait_mask$q & |ack_timeout$q & ~ack_progress) begin
            ack_timer$d = ack_timer$q + 32'h1;
            if (ack_timer$q >= ack_timeout$q) begin
                ack_timer$d = 32'h0;
                set_retx = set_retx | wait_mask$q;
            end
        end
        else begin
            ack_timer$d = 32'h0;
        end
        rnr_mask$d = rnr_mask$q | set_rnr;
        if (|rnr_mask$q) begin
            rnr_timer$d = rnr_timer$q + 32'h1;
            if (rnr_timer$q >= rnr_delay$q) begin
                rnr_timer$d = 32'h0;
                set_retx = set_retx | rnr_mask$q;
                rnr_mask$d = set_rnr;
            end
        end
        else begin
            rnr_timer$d = 32'h0;
        end
        if (rx_release) begin
            rx_full$d = pend_full$q;
            rx_hdr$d = pend_hdr$q;
            rx_len$d = pend_len$q;
            rx_crc_ok$d = pend_crc_ok$q;
            rx_overflow$d = pend_ovf$q;
            cur_slot$d = pend_slot$q;
            pend_full$d = 1'b0;
        end
        if (rx_done) begin
            if (~rx_full$q | rx_release) begin
                rx_full$d = 1'b1;
                rx_hdr$d = in_hdr_next;
                rx_len$d = done_len;
                rx_crc_ok$d = done_crc_ok;
                rx_overflow$d = done_ovf;
                cur_slot$d = in_slot$q;
            end
            else begin
                pend_full$d = 1'b1;
                pend_hdr$d = in_hdr_next;
                pend_len$d = done_len;
                pend_crc_ok$d = done_crc_ok;
                pend_ovf$d = done_ovf;
                pend_slot$d = in_slot$q;
            end
        end
        if (reset) begin
            rx_full$d = 1'b0;
            pend_full$d = 1'b0;
        end
        sq_pending$d = (sq_pending$q & ~clr_pending) | set_pending;
        wait_mask$d = (wait_mask$q | set_wait) & ~clr_wait;
        retx_mask$d = (retx_mask$q | set_retx) & ~clr_retx;
        cq_armed$d = (cq_armed$q & ~clr_armed) | set_armed;
        if (inc_rx_frames) begin
            cnt_rx_frames$d = cnt_rx_frames$q + 32'h1;
        end
        if (inc_rx_bad_icrc) begin
            cnt_rx_bad_icrc$d = cnt_rx_bad_icrc$q + 32'h1;
        end
        if (inc_rx_malformed) begin
            cnt_rx_malformed$d = cnt_rx_malformed$q + 32'h1;
        end
        if (inc_rx_not_roce) begin
            cnt_rx_not_roce$d = cnt_rx_not_roce$q + 32'h1;
        end
        if (inc_rx_bad_qp) begin
            cnt_rx_bad_qp$d = cnt_rx_bad_qp$q + 32'h1;
        end
        if (inc_rx_duplicate) begin
            cnt_rx_duplicate$d = cnt_rx_duplicate$q + 32'h1;
        end
        if (inc_nak_seq_sent) begin
            cnt_nak_seq_sent$d = cnt_nak_seq_sent$q + 32'h1;
        end
        if (inc_nak_access_sent) begin
            cnt_nak_access_sent$d = cnt_nak_access_sent$q + 32'h1;
        end
        if (inc_rnr_nak_sent) begin
            cnt_rnr_nak_sent$d = cnt_rnr_nak_sent$q + 32'h1;
        end
        if (inc_nak_invalid_sent) begin
            cnt_nak_invalid_sent$d = cnt_nak_invalid_sent$q + 32'h1;
        end
        if (inc_tx_frames) begin
            cnt_tx_frames$d = cnt_tx_frames$q + 32'h1;
        end
        if (inc_tx_acks) begin
            cnt_tx_acks$d = cnt_tx_acks$q + 32'h1;
        end
        if (inc_rx_acks) begin
            cnt_rx_acks$d = cnt_rx_acks$q + 32'h1;
        end
        if (inc_rx_naks) begin
            cnt_rx_naks$d = cnt_rx_naks$q + 32'h1;
        end
        if (inc_retransmits) begin
            cnt_retransmits$d = cnt_retransmits$q + 32'h1;
        end
        if (inc_dma_errors) begin
            cnt_dma_errors$d = cnt_dma_errors$q + 32'h1;
        end
        if (inc_wqe_errors) begin
            cnt_wqe_errors$d = cnt_wqe_errors$q + 32'h1;
        end
        if (inc_cq_overflow) begin
            cnt_cq_overflow$d = cnt_cq_overflow$q + 32'h1;
        end
        if (reset) begin
            seq$d = Seq$Idle;
            enable$d = 1'b0;
            qpc_cmd$d = 32'h0;
            mr_cmd$d = 32'h0;
            cq_cmd$d = 32'h0;
            modify_job$d = 1'b0;
            sq_pending$d = 32'h0;
            wait_mask$d = 32'h0;
            retx_mask$d = 32'h0;
            rnr_mask$d = 32'h0;
            ack_timeout$d = k_ack_timeout;
            rnr_delay$d = k_rnr_delay;
            cq_armed$d = 32'h0;
            ser_done$d = 1'b0;
            wr_busy$d = 1'b0;
            g_active$d = 1'b0;
            g_req$d = 1'b0;
        end
    end
    
endmodule // top


module top$ack_timeout(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$ack_timeout


module top$ack_timer(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$ack_timer


module top$c_dip(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$c_dip


module top$c_dmac(d,q,clock);
    
    // Module arguments
    input wire  [47:0] d;
    output reg  [47:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 48'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$c_dmac


module top$c_dqpn(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$c_dqpn


module top$c_flight_psn(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$c_flight_psn


module top$c_msn(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$c_msn


module top$c_nak_sent(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$c_nak_sent


module top$c_pd(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$c_pd


module top$c_pmtu(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$c_pmtu


module top$c_rcq(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$c_rcq


module top$c_resp_active(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$c_resp_active


module top$c_resp_done(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$c_resp_done


module top$c_resp_iova(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$c_resp_iova


module top$c_resp_is_send(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$c_resp_is_send


module top$c_resp_left(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$c_resp_left


module top$c_resp_wr_id(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$c_resp_wr_id


module top$c_rq_base(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$c_rq_base


module top$c_rq_ci(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$c_rq_ci


module top$c_rq_log2(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$c_rq_log2


module top$c_rq_psn(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$c_rq_psn


module top$c_scq(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$c_scq


module top$c_sport(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$c_sport


module top$c_sq_base(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$c_sq_base


module top$c_sq_ci(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$c_sq_ci


module top$c_sq_log2(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$c_sq_log2


module top$c_sq_next(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$c_sq_next


module top$c_sq_psn(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$c_sq_psn


module top$c_state(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$c_state


module top$cnt_cq_overflow(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$cnt_cq_overflow


module top$cnt_dma_errors(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$cnt_dma_errors


module top$cnt_nak_access_sent(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$cnt_nak_access_sent


module top$cnt_nak_invalid_sent(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$cnt_nak_invalid_sent


module top$cnt_nak_seq_sent(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$cnt_nak_seq_sent


module top$cnt_retransmits(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$cnt_retransmits


module top$cnt_rnr_nak_sent(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$cnt_rnr_nak_sent


module top$cnt_rx_acks(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$cnt_rx_acks


module top$cnt_rx_bad_icrc(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$cnt_rx_bad_icrc


module top$cnt_rx_bad_qp(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$cnt_rx_bad_qp


module top$cnt_rx_duplicate(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$cnt_rx_duplicate


module top$cnt_rx_frames(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$cnt_rx_frames


module top$cnt_rx_malformed(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$cnt_rx_malformed


module top$cnt_rx_naks(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$cnt_rx_naks


module top$cnt_rx_not_roce(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$cnt_rx_not_roce


module top$cnt_tx_acks(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$cnt_tx_acks


module top$cnt_tx_frames(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$cnt_tx_frames


module top$cnt_wqe_errors(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$cnt_wqe_errors


module top$cq_armed(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$cq_armed


module top$cq_cmd(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$cq_cmd


module top$cq_ram(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [3:0] read_address;
    input wire  read_clock;
    output reg  [127:0] read_data;
    input wire  [3:0] write_address;
    input wire  write_clock;
    input wire  [127:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[127:0] mem[15:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // top$cq_ram


module top$cqci_ram(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [3:0] read_address;
    input wire  read_clock;
    output reg  [15:0] read_data;
    input wire  [3:0] write_address;
    input wire  write_clock;
    input wire  [15:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[15:0] mem[15:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // top$cqci_ram


module top$cs_base(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$cs_base


module top$cs_log2(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$cs_log2


module top$cs_sel(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$cs_sel


module top$cs_vector(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$cs_vector


module top$cur_slot(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$cur_slot


module top$enable(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$enable


module top$flight(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [7:0] read_address;
    input wire  read_clock;
    output reg  [127:0] read_data;
    input wire  [7:0] write_address;
    input wire  write_clock;
    input wire  [127:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[127:0] mem[255:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // top$flight


module top$g_active(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$g_active


module top$g_addr(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$g_addr


module top$g_err(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$g_err


module top$g_half(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$g_half


module top$g_len(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$g_len


module top$g_req(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$g_req


module top$g_wptr(d,q,clock);
    
    // Module arguments
    input wire  [9:0] d;
    output reg  [9:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 10'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$g_wptr


module top$in_hdr(d,q,clock);
    
    // Module arguments
    input wire  [639:0] d;
    output reg  [639:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 640'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$in_hdr


module top$in_ovf(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$in_ovf


module top$in_slot(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$in_slot


module top$ip(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$ip


module top$irq(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$irq


module top$irq_vec(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$irq_vec


module top$mac(d,q,clock);
    
    // Module arguments
    input wire  [47:0] d;
    output reg  [47:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 48'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac


module top$modify_job(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$modify_job


module top$mr_cmd(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mr_cmd


module top$mr_idx(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mr_idx


module top$mr_ram(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [3:0] read_address;
    input wire  read_clock;
    output reg  [255:0] read_data;
    input wire  [3:0] write_address;
    input wire  write_clock;
    input wire  [255:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[255:0] mem[15:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // top$mr_ram


module top$mrc(row,key,pd,addr,len,need_local_write,need_remote_write,ok,iova);
    
    // Module arguments
    input wire  [255:0] row;
    input wire  [31:0] key;
    input wire  [15:0] pd;
    input wire  [63:0] addr;
    input wire  [31:0] len;
    input wire  need_local_write;
    input wire  need_remote_write;
    output reg  ok;
    output reg  [63:0] iova;
    
    // Constant declarations
    localparam  k_valid = 10'b0;
    localparam  k_access = 10'b1;
    localparam  k_pd = 10'b1000;
    localparam  k_key = 10'b100000;
    localparam  k_va = 10'b1000000;
    localparam  k_len = 10'b11000000;
    localparam  k_iova = 10'b10000000;
    localparam  k_local_write = 10'b1;
    localparam  k_remote_write = 10'b10;
    
    // Local signals
    reg  [63:0] off;
    reg  [32:0] off_end;
    
    // Update code
    always @(*) begin
        off = addr - row[(k_va)+:(64)];
        off_end = ((off[(32'h0)+:(32)]) & 33'h1ffffffff) + ((len) & 33'h1ffffffff);
        ok = row[k_valid] & (row[(k_key)+:(32)] == key) & (row[(k_pd)+:(16)] == pd) & (row[k_local_write] | ~need_local_write) & (row[k_remote_write] | ~need_remote_write) & (addr >= row[(k_va)+:(64)]) & ~|off[(32'h20)+:(32)] & (off_end <= ((row[(k_len)+:(32)]) & 33'h1ffffffff));
        iova = row[(k_iova)+:(64)] + off;
    end
    
endmodule // top$mrc


module top$ms_access(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 3'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$ms_access


module top$ms_iova(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$ms_iova


module top$ms_key(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$ms_key


module top$ms_len(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$ms_len


module top$ms_pd(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$ms_pd


module top$ms_sel(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$ms_sel


module top$ms_va(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$ms_va


module top$msg_left(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$msg_left


module top$msg_off(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$msg_off


module top$pend_crc_ok(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$pend_crc_ok


module top$pend_full(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$pend_full


module top$pend_hdr(d,q,clock);
    
    // Module arguments
    input wire  [639:0] d;
    output reg  [639:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 640'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$pend_hdr


module top$pend_len(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$pend_len


module top$pend_ovf(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$pend_ovf


module top$pend_slot(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$pend_slot


module top$pl_left(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$pl_left


module top$pl_ptr(d,q,clock);
    
    // Module arguments
    input wire  [10:0] d;
    output reg  [10:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 11'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$pl_ptr


module top$pl_skip(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 3'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$pl_skip


module top$q_beat(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$q_beat


module top$q_buf(d,q,clock);
    
    // Module arguments
    input wire  [255:0] d;
    output reg  [255:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 256'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$q_buf


module top$q_cqn(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$q_cqn


module top$q_imm(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$q_imm


module top$q_imm_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$q_imm_valid


module top$q_len(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$q_len


module top$q_opcode(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$q_opcode


module top$q_row_pi(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$q_row_pi


module top$q_status(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$q_status


module top$q_wr_id(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$q_wr_id


module top$qp(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$qp


module top$qp_ram(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [3:0] read_address;
    input wire  read_clock;
    output reg  [1023:0] read_data;
    input wire  [3:0] write_address;
    input wire  write_clock;
    input wire  [1023:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[1023:0] mem[15:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // top$qp_ram


module top$qpc_cmd(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$qpc_cmd


module top$qs_cqn(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$qs_cqn


module top$qs_dip(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$qs_dip


module top$qs_dmac(d,q,clock);
    
    // Module arguments
    input wire  [47:0] d;
    output reg  [47:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 48'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$qs_dmac


module top$qs_dqpn(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$qs_dqpn


module top$qs_pd(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$qs_pd


module top$qs_pmtu(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$qs_pmtu


module top$qs_rq_base(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$qs_rq_base


module top$qs_rq_log2(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$qs_rq_log2


module top$qs_rq_psn(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$qs_rq_psn


module top$qs_sel(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$qs_sel


module top$qs_sport(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$qs_sport


module top$qs_sq_base(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$qs_sq_base


module top$qs_sq_log2(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$qs_sq_log2


module top$qs_sq_psn(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$qs_sq_psn


module top$qs_state(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$qs_state


module top$rd_addr(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rd_addr


module top$rd_beat(d,q,clock);
    
    // Module arguments
    input wire  [9:0] d;
    output reg  [9:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 10'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rd_beat


module top$rd_err(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rd_err


module top$rd_len(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rd_len


module top$rdata(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rdata


module top$rdbuf(d,q,clock);
    
    // Module arguments
    input wire  [511:0] d;
    output reg  [511:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 512'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rdbuf


module top$ret(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Enums
    localparam Seq$Idle = 0;
    localparam Seq$Wait = 1;
    localparam Seq$Cmd = 2;
    localparam Seq$RxStart = 3;
    localparam Seq$CtxLoad = 4;
    localparam Seq$RxCtx = 5;
    localparam Seq$RxCheck = 6;
    localparam Seq$RxMr = 7;
    localparam Seq$RxRqFetch = 8;
    localparam Seq$RxRq = 9;
    localparam Seq$RxRqMr = 10;
    localparam Seq$RxPlacePrep = 11;
    localparam Seq$RxPlace = 12;
    localparam Seq$RxPlaceDrain = 13;
    localparam Seq$RxFinish = 14;
    localparam Seq$RxFail = 15;
    localparam Seq$RxAckMaybe = 16;
    localparam Seq$CmdModify = 17;
    localparam Seq$AckSend = 18;
    localparam Seq$ReqAck = 19;
    localparam Seq$ReqFetch = 20;
    localparam Seq$ReqWqe = 21;
    localparam Seq$ReqMore = 22;
    localparam Seq$TxCtx = 23;
    localparam Seq$TxWqe = 24;
    localparam Seq$TxMr = 25;
    localparam Seq$TxStart = 26;
    localparam Seq$TxSeg = 27;
    localparam Seq$TxNext = 28;
    localparam Seq$TxFail = 29;
    localparam Seq$SendStart = 30;
    localparam Seq$Send = 31;
    localparam Seq$SendDrain = 32;
    localparam Seq$CqStart = 33;
    localparam Seq$CqWait = 34;
    localparam Seq$CqRow = 35;
    localparam Seq$CqWrite = 36;
    localparam Seq$DmaRead = 37;
    localparam Seq$DmaBeats = 38;
    localparam Seq$Store = 39;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$ret


module top$retx_mask(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$retx_mask


module top$rnr_delay(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rnr_delay


module top$rnr_mask(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rnr_mask


module top$rnr_timer(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rnr_timer


module top$rqpi_ram(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [3:0] read_address;
    input wire  read_clock;
    output reg  [15:0] read_data;
    input wire  [3:0] write_address;
    input wire  write_clock;
    input wire  [15:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[15:0] mem[15:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // top$rqpi_ram


module top$rr_last(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rr_last


module top$rvalid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rvalid


module top$rx_crc(crc_in,data,enable,crc_out);
    
    // Module arguments
    input wire  [31:0] crc_in;
    input wire  [63:0] data;
    input wire  [7:0] enable;
    output reg  [31:0] crc_out;
    
    // Constant declarations
    localparam  poly = 32'hedb88320;
    
    // Update code
    always @(*) begin
        crc_out = crc_in;
        if (enable[0]) begin
            if (crc_out[32'h0] ^ data[0 * 32'h8 + 0]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[0 * 32'h8 + 1]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[0 * 32'h8 + 2]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[0 * 32'h8 + 3]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[0 * 32'h8 + 4]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[0 * 32'h8 + 5]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[0 * 32'h8 + 6]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[0 * 32'h8 + 7]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
        end
        if (enable[1]) begin
            if (crc_out[32'h0] ^ data[1 * 32'h8 + 0]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[1 * 32'h8 + 1]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[1 * 32'h8 + 2]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[1 * 32'h8 + 3]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[1 * 32'h8 + 4]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[1 * 32'h8 + 5]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[1 * 32'h8 + 6]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[1 * 32'h8 + 7]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
        end
        if (enable[2]) begin
            if (crc_out[32'h0] ^ data[2 * 32'h8 + 0]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[2 * 32'h8 + 1]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[2 * 32'h8 + 2]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[2 * 32'h8 + 3]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[2 * 32'h8 + 4]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[2 * 32'h8 + 5]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[2 * 32'h8 + 6]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[2 * 32'h8 + 7]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
        end
        if (enable[3]) begin
            if (crc_out[32'h0] ^ data[3 * 32'h8 + 0]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[3 * 32'h8 + 1]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[3 * 32'h8 + 2]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[3 * 32'h8 + 3]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[3 * 32'h8 + 4]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[3 * 32'h8 + 5]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[3 * 32'h8 + 6]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[3 * 32'h8 + 7]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
        end
        if (enable[4]) begin
            if (crc_out[32'h0] ^ data[4 * 32'h8 + 0]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[4 * 32'h8 + 1]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[4 * 32'h8 + 2]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[4 * 32'h8 + 3]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[4 * 32'h8 + 4]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[4 * 32'h8 + 5]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[4 * 32'h8 + 6]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[4 * 32'h8 + 7]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
        end
        if (enable[5]) begin
            if (crc_out[32'h0] ^ data[5 * 32'h8 + 0]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[5 * 32'h8 + 1]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[5 * 32'h8 + 2]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[5 * 32'h8 + 3]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[5 * 32'h8 + 4]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[5 * 32'h8 + 5]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[5 * 32'h8 + 6]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[5 * 32'h8 + 7]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
        end
        if (enable[6]) begin
            if (crc_out[32'h0] ^ data[6 * 32'h8 + 0]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[6 * 32'h8 + 1]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[6 * 32'h8 + 2]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[6 * 32'h8 + 3]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[6 * 32'h8 + 4]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[6 * 32'h8 + 5]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[6 * 32'h8 + 6]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[6 * 32'h8 + 7]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
        end
        if (enable[7]) begin
            if (crc_out[32'h0] ^ data[7 * 32'h8 + 0]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[7 * 32'h8 + 1]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[7 * 32'h8 + 2]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[7 * 32'h8 + 3]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[7 * 32'h8 + 4]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[7 * 32'h8 + 5]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[7 * 32'h8 + 6]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[7 * 32'h8 + 7]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
        end
    end
    
endmodule // top$rx_crc


module top$rx_crc_ok(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx_crc_ok


module top$rx_crc_state(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx_crc_state


module top$rx_full(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx_full


module top$rx_hdr(d,q,clock);
    
    // Module arguments
    input wire  [639:0] d;
    output reg  [639:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 640'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx_hdr


module top$rx_job(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx_job


module top$rx_len(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx_len


module top$rx_overflow(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx_overflow


module top$rx_swap(word_in,word_out);
    
    // Module arguments
    input wire  [63:0] word_in;
    output reg  [63:0] word_out;
    
    // Update code
    always @(*) begin
        word_out = 32'h0;
        word_out = (word_out & ~(1 << (0)) | ((word_in[0 ^ 32'h38]) << (0)));
        word_out = (word_out & ~(1 << (1)) | ((word_in[1 ^ 32'h38]) << (1)));
        word_out = (word_out & ~(1 << (2)) | ((word_in[2 ^ 32'h38]) << (2)));
        word_out = (word_out & ~(1 << (3)) | ((word_in[3 ^ 32'h38]) << (3)));
        word_out = (word_out & ~(1 << (4)) | ((word_in[4 ^ 32'h38]) << (4)));
        word_out = (word_out & ~(1 << (5)) | ((word_in[5 ^ 32'h38]) << (5)));
        word_out = (word_out & ~(1 << (6)) | ((word_in[6 ^ 32'h38]) << (6)));
        word_out = (word_out & ~(1 << (7)) | ((word_in[7 ^ 32'h38]) << (7)));
        word_out = (word_out & ~(1 << (8)) | ((word_in[8 ^ 32'h38]) << (8)));
        word_out = (word_out & ~(1 << (9)) | ((word_in[9 ^ 32'h38]) << (9)));
        word_out = (word_out & ~(1 << (10)) | ((word_in[10 ^ 32'h38]) << (10)));
        word_out = (word_out & ~(1 << (11)) | ((word_in[11 ^ 32'h38]) << (11)));
        word_out = (word_out & ~(1 << (12)) | ((word_in[12 ^ 32'h38]) << (12)));
        word_out = (word_out & ~(1 << (13)) | ((word_in[13 ^ 32'h38]) << (13)));
        word_out = (word_out & ~(1 << (14)) | ((word_in[14 ^ 32'h38]) << (14)));
        word_out = (word_out & ~(1 << (15)) | ((word_in[15 ^ 32'h38]) << (15)));
        word_out = (word_out & ~(1 << (16)) | ((word_in[16 ^ 32'h38]) << (16)));
        word_out = (word_out & ~(1 << (17)) | ((word_in[17 ^ 32'h38]) << (17)));
        word_out = (word_out & ~(1 << (18)) | ((word_in[18 ^ 32'h38]) << (18)));
        word_out = (word_out & ~(1 << (19)) | ((word_in[19 ^ 32'h38]) << (19)));
        word_out = (word_out & ~(1 << (20)) | ((word_in[20 ^ 32'h38]) << (20)));
        word_out = (word_out & ~(1 << (21)) | ((word_in[21 ^ 32'h38]) << (21)));
        word_out = (word_out & ~(1 << (22)) | ((word_in[22 ^ 32'h38]) << (22)));
        word_out = (word_out & ~(1 << (23)) | ((word_in[23 ^ 32'h38]) << (23)));
        word_out = (word_out & ~(1 << (24)) | ((word_in[24 ^ 32'h38]) << (24)));
        word_out = (word_out & ~(1 << (25)) | ((word_in[25 ^ 32'h38]) << (25)));
        word_out = (word_out & ~(1 << (26)) | ((word_in[26 ^ 32'h38]) << (26)));
        word_out = (word_out & ~(1 << (27)) | ((word_in[27 ^ 32'h38]) << (27)));
        word_out = (word_out & ~(1 << (28)) | ((word_in[28 ^ 32'h38]) << (28)));
        word_out = (word_out & ~(1 << (29)) | ((word_in[29 ^ 32'h38]) << (29)));
        word_out = (word_out & ~(1 << (30)) | ((word_in[30 ^ 32'h38]) << (30)));
        word_out = (word_out & ~(1 << (31)) | ((word_in[31 ^ 32'h38]) << (31)));
        word_out = (word_out & ~(1 << (32)) | ((word_in[32 ^ 32'h38]) << (32)));
        word_out = (word_out & ~(1 << (33)) | ((word_in[33 ^ 32'h38]) << (33)));
        word_out = (word_out & ~(1 << (34)) | ((word_in[34 ^ 32'h38]) << (34)));
        word_out = (word_out & ~(1 << (35)) | ((word_in[35 ^ 32'h38]) << (35)));
        word_out = (word_out & ~(1 << (36)) | ((word_in[36 ^ 32'h38]) << (36)));
        word_out = (word_out & ~(1 << (37)) | ((word_in[37 ^ 32'h38]) << (37)));
        word_out = (word_out & ~(1 << (38)) | ((word_in[38 ^ 32'h38]) << (38)));
        word_out = (word_out & ~(1 << (39)) | ((word_in[39 ^ 32'h38]) << (39)));
        word_out = (word_out & ~(1 << (40)) | ((word_in[40 ^ 32'h38]) << (40)));
        word_out = (word_out & ~(1 << (41)) | ((word_in[41 ^ 32'h38]) << (41)));
        word_out = (word_out & ~(1 << (42)) | ((word_in[42 ^ 32'h38]) << (42)));
        word_out = (word_out & ~(1 << (43)) | ((word_in[43 ^ 32'h38]) << (43)));
        word_out = (word_out & ~(1 << (44)) | ((word_in[44 ^ 32'h38]) << (44)));
        word_out = (word_out & ~(1 << (45)) | ((word_in[45 ^ 32'h38]) << (45)));
        word_out = (word_out & ~(1 << (46)) | ((word_in[46 ^ 32'h38]) << (46)));
        word_out = (word_out & ~(1 << (47)) | ((word_in[47 ^ 32'h38]) << (47)));
        word_out = (word_out & ~(1 << (48)) | ((word_in[48 ^ 32'h38]) << (48)));
        word_out = (word_out & ~(1 << (49)) | ((word_in[49 ^ 32'h38]) << (49)));
        word_out = (word_out & ~(1 << (50)) | ((word_in[50 ^ 32'h38]) << (50)));
        word_out = (word_out & ~(1 << (51)) | ((word_in[51 ^ 32'h38]) << (51)));
        word_out = (word_out & ~(1 << (52)) | ((word_in[52 ^ 32'h38]) << (52)));
        word_out = (word_out & ~(1 << (53)) | ((word_in[53 ^ 32'h38]) << (53)));
        word_out = (word_out & ~(1 << (54)) | ((word_in[54 ^ 32'h38]) << (54)));
        word_out = (word_out & ~(1 << (55)) | ((word_in[55 ^ 32'h38]) << (55)));
        word_out = (word_out & ~(1 << (56)) | ((word_in[56 ^ 32'h38]) << (56)));
        word_out = (word_out & ~(1 << (57)) | ((word_in[57 ^ 32'h38]) << (57)));
        word_out = (word_out & ~(1 << (58)) | ((word_in[58 ^ 32'h38]) << (58)));
        word_out = (word_out & ~(1 << (59)) | ((word_in[59 ^ 32'h38]) << (59)));
        word_out = (word_out & ~(1 << (60)) | ((word_in[60 ^ 32'h38]) << (60)));
        word_out = (word_out & ~(1 << (61)) | ((word_in[61 ^ 32'h38]) << (61)));
        word_out = (word_out & ~(1 << (62)) | ((word_in[62 ^ 32'h38]) << (62)));
        word_out = (word_out & ~(1 << (63)) | ((word_in[63 ^ 32'h38]) << (63)));
    end
    
endmodule // top$rx_swap


module top$rx_wptr(d,q,clock);
    
    // Module arguments
    input wire  [11:0] d;
    output reg  [11:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 12'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx_wptr


module top$rxbuf(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [10:0] read_address;
    input wire  read_clock;
    output reg  [63:0] read_data;
    input wire  [10:0] write_address;
    input wire  write_clock;
    input wire  [63:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[63:0] mem[2047:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // top$rxbuf


module top$rxh(hdr,frame_len,our_mac,our_ip,enable,is_roce,malformed,ack_req,dest_qpn,psn,reth_va,reth_rkey,reth_len,aeth_syndrome,imm,is_send,is_write,is_ack,has_reth,has_imm,starts_msg,ends_msg,hdr_len,payload_len);
    
    // Module arguments
    input wire  [639:0] hdr;
    input wire  [15:0] frame_len;
    input wire  [47:0] our_mac;
    input wire  [31:0] our_ip;
    input wire  enable;
    output reg  is_roce;
    output reg  malformed;
    output reg  ack_req;
    output reg  [23:0] dest_qpn;
    output reg  [23:0] psn;
    output reg  [63:0] reth_va;
    output reg  [31:0] reth_rkey;
    output reg  [31:0] reth_len;
    output reg  [7:0] aeth_syndrome;
    output reg  [31:0] imm;
    output reg  is_send;
    output reg  is_write;
    output reg  is_ack;
    output reg  has_reth;
    output reg  has_imm;
    output reg  starts_msg;
    output reg  ends_msg;
    output reg  [7:0] hdr_len;
    output reg  [15:0] payload_len;
    
    // Constant declarations
    localparam  k_ip_last = 10'b101110000;
    localparam  k_dmac = 10'b1001010000;
    localparam  k_ethertype = 10'b1000010000;
    localparam  k_ver_ihl = 10'b1000001000;
    localparam  k_ip_len = 10'b111110000;
    localparam  k_frag = 10'b111010000;
    localparam  k_proto = 10'b111000000;
    localparam  k_dip = 10'b101110000;
    localparam  k_udp_dport = 10'b101010000;
    localparam  k_udp_len = 10'b101000000;
    localparam  k_opcode = 10'b100101000;
    localparam  k_pad = 10'b100100000;
    localparam  k_qpn = 10'b11110000;
    localparam  k_ackreq = 10'b11101000;
    localparam  k_psn = 10'b11010000;
    localparam  k_reth_va = 10'b10010000;
    localparam  k_reth_rkey = 10'b1110000;
    localparam  k_reth_len = 10'b1010000;
    localparam  k_aeth = 10'b11001000;
    localparam  k_imm_plain = 10'b10110000;
    localparam  k_imm_after_reth = 10'b110000;
    localparam  k_eth_len = 16'he;
    
    // Local signals
    reg  [15:0] ip_total;
    reg  [15:0] overhead;
    reg  known;
    reg  [7:0] opcode;
    reg  [15:0] ip_word;
    reg  [19:0] ip_sum;
    
    // Update code
    always @(*) begin
        is_send = 1'b0;
        is_write = 1'b0;
        is_ack = 1'b0;
        known = 1'b0;
        has_reth = 1'b0;
        has_imm = 1'b0;
        starts_msg = 1'b0;
        ends_msg = 1'b0;
        ack_req = 1'b0;
        is_roce = 1'b0;
        malformed = 1'b0;
        opcode = 32'h0;
        dest_qpn = 32'h0;
        psn = 32'h0;
        reth_va = 32'h0;
        reth_rkey = 32'h0;
        reth_len = 32'h0;
        aeth_syndrome = 32'h0;
        imm = 32'h0;
        hdr_len = 32'h0;
        overhead = 32'h0;
        payload_len = 32'h0;
        ip_total = 32'h0;
        ip_word = 32'h0;
        ip_sum = 32'h0;
        if (enable) begin
            opcode = hdr[(k_opcode)+:(8)];
            dest_qpn = hdr[(k_qpn)+:(24)];
            ack_req = hdr[k_ackreq + 32'h7];
            psn = hdr[(k_psn)+:(24)];
            reth_va = hdr[(k_reth_va)+:(64)];
            reth_rkey = hdr[(k_reth_rkey)+:(32)];
            reth_len = hdr[(k_reth_len)+:(32)];
            aeth_syndrome = hdr[(k_aeth)+:(8)];
            is_send = opcode <= 32'h5;
            is_write = (opcode >= 32'h6) & (opcode <= 32'hb);
            is_ack = opcode == 32'h11;
            known = is_send | is_write | is_ack;
            has_reth = (opcode == 32'h6) | (opcode == 32'ha) | (opcode == 32'hb);
            has_imm = (opcode == 32'h3) | (opcode == 32'h5) | (opcode == 32'h9) | (opcode == 32'hb);
            starts_msg = (opcode == 32'h0) | (opcode == 32'h4) | (opcode == 32'h5) | (opcode == 32'h6) | (opcode == 32'ha) | (opcode == 32'hb);
            ends_msg = (opcode == 32'h2) | (opcode == 32'h3) | (opcode == 32'h4) | (opcode == 32'h5) | (opcode == 32'h8) | (opcode == 32'h9) | (opcode == 32'ha) | (opcode == 32'hb);
            if (has_reth) begin
                imm = hdr[(k_imm_after_reth)+:(32)];
            end
            else begin
                imm = hdr[(k_imm_plain)+:(32)];
            end
            hdr_len = 32'h36;
            if (has_reth) begin
                hdr_len = hdr_len + 32'h10;
            end
            if (has_imm | is_ack) begin
                hdr_len = hdr_len + 32'h4;
            end
            overhead = ((hdr_len) & 16'hffff) + ((hdr[(k_pad + 32'h4)+:(2)]) & 16'hffff) + 32'h4;
            payload_len = frame_len - overhead;
            ip_total = hdr[(k_ip_len)+:(16)];
            is_roce = (hdr[(k_ethertype)+:(16)] == 32'h800) & (hdr[(k_proto)+:(8)] == 32'h11) & (hdr[(k_udp_dport)+:(16)] == 32'h12b7) & (hdr[(k_dmac)+:(48)] == our_mac) & (hdr[(k_dip)+:(32)] == our_ip);
            ip_sum = 32'h0;
            ip_word = hdr[(k_ip_last + 32'h10 * 0)+:(16)];
            ip_sum = ip_sum + ((ip_word) & 20'hfffff);
            ip_word = hdr[(k_ip_last + 32'h10 * 1)+:(16)];
            ip_sum = ip_sum + ((ip_word) & 20'hfffff);
            ip_word = hdr[(k_ip_last + 32'h10 * 2)+:(16)];
            ip_sum = ip_sum + ((ip_word) & 20'hfffff);
            ip_word = hdr[(k_ip_last + 32'h10 * 3)+:(16)];
            ip_sum = ip_sum + ((ip_word) & 20'hfffff);
            ip_word = hdr[(k_ip_last + 32'h10 * 4)+:(16)];
            ip_sum = ip_sum + ((ip_word) & 20'hfffff);
            ip_word = hdr[(k_ip_last + 32'h10 * 5)+:(16)];
            ip_sum = ip_sum + ((ip_word) & 20'hfffff);
            ip_word = hdr[(k_ip_last + 32'h10 * 6)+:(16)];
            ip_sum = ip_sum + ((ip_word) & 20'hfffff);
            ip_word = hdr[(k_ip_last + 32'h10 * 7)+:(16)];
            ip_sum = ip_sum + ((ip_word) & 20'hfffff);
            ip_word = hdr[(k_ip_last + 32'h10 * 8)+:(16)];
            ip_sum = ip_sum + ((ip_word) & 20'hfffff);
            ip_word = hdr[(k_ip_last + 32'h10 * 9)+:(16)];
            ip_sum = ip_sum + ((ip_word) & 20'hfffff);
            ip_sum = ((ip_sum[(32'h0)+:(16)]) & 20'hfffff) + ((ip_sum[(32'h10)+:(4)]) & 20'hfffff);
            ip_sum = ((ip_sum[(32'h0)+:(16)]) & 20'hfffff) + ((ip_sum[(32'h10)+:(4)]) & 20'hfffff);
            malformed = (ip_sum != 32'hffff) | (hdr[(k_ver_ihl)+:(8)] != 32'h45) | (hdr[(k_frag)+:(14)] != 32'h0) | ((ip_total + k_eth_len) != frame_len) | ((hdr[(k_udp_len)+:(16)] + 32'h14) != ip_total) | (frame_len < overhead) | ~known;
        end
    end
    
endmodule // top$rxh


module top$seg_len(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$seg_len


module top$seq(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Enums
    localparam Seq$Idle = 0;
    localparam Seq$Wait = 1;
    localparam Seq$Cmd = 2;
    localparam Seq$RxStart = 3;
    localparam Seq$CtxLoad = 4;
    localparam Seq$RxCtx = 5;
    localparam Seq$RxCheck = 6;
    localparam Seq$RxMr = 7;
    localparam Seq$RxRqFetch = 8;
    localparam Seq$RxRq = 9;
    localparam Seq$RxRqMr = 10;
    localparam Seq$RxPlacePrep = 11;
    localparam Seq$RxPlace = 12;
    localparam Seq$RxPlaceDrain = 13;
    localparam Seq$RxFinish = 14;
    localparam Seq$RxFail = 15;
    localparam Seq$RxAckMaybe = 16;
    localparam Seq$CmdModify = 17;
    localparam Seq$AckSend = 18;
    localparam Seq$ReqAck = 19;
    localparam Seq$ReqFetch = 20;
    localparam Seq$ReqWqe = 21;
    localparam Seq$ReqMore = 22;
    localparam Seq$TxCtx = 23;
    localparam Seq$TxWqe = 24;
    localparam Seq$TxMr = 25;
    localparam Seq$TxStart = 26;
    localparam Seq$TxSeg = 27;
    localparam Seq$TxNext = 28;
    localparam Seq$TxFail = 29;
    localparam Seq$SendStart = 30;
    localparam Seq$Send = 31;
    localparam Seq$SendDrain = 32;
    localparam Seq$CqStart = 33;
    localparam Seq$CqWait = 34;
    localparam Seq$CqRow = 35;
    localparam Seq$CqWrite = 36;
    localparam Seq$DmaRead = 37;
    localparam Seq$DmaBeats = 38;
    localparam Seq$Store = 39;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$seq


module top$ser_crc(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$ser_crc


module top$ser_done(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$ser_done


module top$ser_half(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$ser_half


module top$ser_hdr(d,q,clock);
    
    // Module arguments
    input wire  [639:0] d;
    output reg  [639:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 640'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$ser_hdr


module top$ser_left(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$ser_left


module top$ser_pad(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$ser_pad


module top$ser_phase(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$ser_phase


module top$ser_pw(d,q,clock);
    
    // Module arguments
    input wire  [9:0] d;
    output reg  [9:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 10'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$ser_pw


module top$ser_word(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$ser_word


module top$sq_pending(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq_pending


module top$sqpi_ram(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [3:0] read_address;
    input wire  read_clock;
    output reg  [15:0] read_data;
    input wire  [3:0] write_address;
    input wire  write_clock;
    input wire  [15:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[15:0] mem[15:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // top$sqpi_ram


module top$sub_ret(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Enums
    localparam Seq$Idle = 0;
    localparam Seq$Wait = 1;
    localparam Seq$Cmd = 2;
    localparam Seq$RxStart = 3;
    localparam Seq$CtxLoad = 4;
    localparam Seq$RxCtx = 5;
    localparam Seq$RxCheck = 6;
    localparam Seq$RxMr = 7;
    localparam Seq$RxRqFetch = 8;
    localparam Seq$RxRq = 9;
    localparam Seq$RxRqMr = 10;
    localparam Seq$RxPlacePrep = 11;
    localparam Seq$RxPlace = 12;
    localparam Seq$RxPlaceDrain = 13;
    localparam Seq$RxFinish = 14;
    localparam Seq$RxFail = 15;
    localparam Seq$RxAckMaybe = 16;
    localparam Seq$CmdModify = 17;
    localparam Seq$AckSend = 18;
    localparam Seq$ReqAck = 19;
    localparam Seq$ReqFetch = 20;
    localparam Seq$ReqWqe = 21;
    localparam Seq$ReqMore = 22;
    localparam Seq$TxCtx = 23;
    localparam Seq$TxWqe = 24;
    localparam Seq$TxMr = 25;
    localparam Seq$TxStart = 26;
    localparam Seq$TxSeg = 27;
    localparam Seq$TxNext = 28;
    localparam Seq$TxFail = 29;
    localparam Seq$SendStart = 30;
    localparam Seq$Send = 31;
    localparam Seq$SendDrain = 32;
    localparam Seq$CqStart = 33;
    localparam Seq$CqWait = 34;
    localparam Seq$CqRow = 35;
    localparam Seq$CqWrite = 36;
    localparam Seq$DmaRead = 37;
    localparam Seq$DmaBeats = 38;
    localparam Seq$Store = 39;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sub_ret


module top$t_ack_req(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$t_ack_req


module top$t_aeth(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$t_aeth


module top$t_imm(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$t_imm


module top$t_opcode(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$t_opcode


module top$t_psn(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$t_psn


module top$t_reth(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$t_reth


module top$t_syndrome(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$t_syndrome


module top$tx_crc(crc_in,data,enable,crc_out);
    
    // Module arguments
    input wire  [31:0] crc_in;
    input wire  [63:0] data;
    input wire  [7:0] enable;
    output reg  [31:0] crc_out;
    
    // Constant declarations
    localparam  poly = 32'hedb88320;
    
    // Update code
    always @(*) begin
        crc_out = crc_in;
        if (enable[0]) begin
            if (crc_out[32'h0] ^ data[0 * 32'h8 + 0]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[0 * 32'h8 + 1]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[0 * 32'h8 + 2]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[0 * 32'h8 + 3]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[0 * 32'h8 + 4]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[0 * 32'h8 + 5]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[0 * 32'h8 + 6]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[0 * 32'h8 + 7]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
        end
        if (enable[1]) begin
            if (crc_out[32'h0] ^ data[1 * 32'h8 + 0]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[1 * 32'h8 + 1]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[1 * 32'h8 + 2]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[1 * 32'h8 + 3]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[1 * 32'h8 + 4]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[1 * 32'h8 + 5]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[1 * 32'h8 + 6]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[1 * 32'h8 + 7]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
        end
        if (enable[2]) begin
            if (crc_out[32'h0] ^ data[2 * 32'h8 + 0]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[2 * 32'h8 + 1]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[2 * 32'h8 + 2]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[2 * 32'h8 + 3]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[2 * 32'h8 + 4]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[2 * 32'h8 + 5]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[2 * 32'h8 + 6]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[2 * 32'h8 + 7]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
        end
        if (enable[3]) begin
            if (crc_out[32'h0] ^ data[3 * 32'h8 + 0]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[3 * 32'h8 + 1]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[3 * 32'h8 + 2]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[3 * 32'h8 + 3]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[3 * 32'h8 + 4]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[3 * 32'h8 + 5]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[3 * 32'h8 + 6]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[3 * 32'h8 + 7]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
        end
        if (enable[4]) begin
            if (crc_out[32'h0] ^ data[4 * 32'h8 + 0]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[4 * 32'h8 + 1]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[4 * 32'h8 + 2]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[4 * 32'h8 + 3]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[4 * 32'h8 + 4]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[4 * 32'h8 + 5]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[4 * 32'h8 + 6]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[4 * 32'h8 + 7]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
        end
        if (enable[5]) begin
            if (crc_out[32'h0] ^ data[5 * 32'h8 + 0]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[5 * 32'h8 + 1]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[5 * 32'h8 + 2]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[5 * 32'h8 + 3]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[5 * 32'h8 + 4]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[5 * 32'h8 + 5]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[5 * 32'h8 + 6]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[5 * 32'h8 + 7]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
        end
        if (enable[6]) begin
            if (crc_out[32'h0] ^ data[6 * 32'h8 + 0]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[6 * 32'h8 + 1]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[6 * 32'h8 + 2]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[6 * 32'h8 + 3]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[6 * 32'h8 + 4]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[6 * 32'h8 + 5]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[6 * 32'h8 + 6]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[6 * 32'h8 + 7]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
        end
        if (enable[7]) begin
            if (crc_out[32'h0] ^ data[7 * 32'h8 + 0]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[7 * 32'h8 + 1]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[7 * 32'h8 + 2]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[7 * 32'h8 + 3]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[7 * 32'h8 + 4]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[7 * 32'h8 + 5]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[7 * 32'h8 + 6]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
            if (crc_out[32'h0] ^ data[7 * 32'h8 + 7]) begin
                crc_out = (crc_out >> 32'h1) ^ poly;
            end
            else begin
                crc_out = crc_out >> 32'h1;
            end
        end
    end
    
endmodule // top$tx_crc


module top$tx_pack(clock,reset,in_valid,in_data,in_count,in_last,in_ready,out_valid,out_data,out_keep,out_last,out_ready);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  in_valid;
    input wire  [63:0] in_data;
    input wire  [3:0] in_count;
    input wire  in_last;
    output reg  in_ready;
    output reg  out_valid;
    output reg  [63:0] out_data;
    output reg  [7:0] out_keep;
    output reg  out_last;
    input wire  out_ready;
    
    // Constant declarations
    localparam  one = 64'h1;
    
    // Stub signals
    reg  [127:0] acc$d;
    wire  [127:0] acc$q;
    reg  acc$clock;
    reg  [4:0] count$d;
    wire  [4:0] count$q;
    reg  count$clock;
    reg  flushing$d;
    wire  flushing$q;
    reg  flushing$clock;
    
    // Local signals
    reg  fire_out;
    reg  [127:0] base_acc;
    reg  [4:0] base_count;
    reg  [63:0] masked;
    
    // Sub module instances
    top$tx_pack$acc acc(
        .d(acc$d),
        .q(acc$q),
        .clock(acc$clock)
    );
    top$tx_pack$count count(
        .d(count$d),
        .q(count$q),
        .clock(count$clock)
    );
    top$tx_pack$flushing flushing(
        .d(flushing$d),
        .q(flushing$q),
        .clock(flushing$clock)
    );
    
    // Update code
    always @(*) begin
        acc$clock = clock;
        count$clock = clock;
        flushing$clock = clock;
        acc$d = acc$q;
        count$d = count$q;
        flushing$d = flushing$q;
        out_valid = (count$q >= 32'h8) | (flushing$q & |count$q);
        out_data = acc$q[(32'h0)+:(64)];
        out_last = flushing$q & (count$q <= 32'h8);
        if (count$q >= 32'h8) begin
            out_keep = 32'hff;
        end
        else begin
            out_keep = (((one << count$q) - one) & 8'hff);
        end
        fire_out = out_valid & out_ready;
        if (fire_out) begin
            base_acc = acc$q >> 32'h40;
            if (count$q > 32'h8) begin
                base_count = count$q - 32'h8;
            end
            else begin
                base_count = 32'h0;
            end
        end
        else begin
            base_acc = acc$q;
            base_count = count$q;
        end
        if (in_count >= 32'h8) begin
            masked = in_data;
        end
        else begin
            masked = in_data & ((one << (((in_count) & 7'h7f) << 32'h3)) - one);
        end
        in_ready = (~flushing$q | (fire_out & out_last)) & (base_count < 32'h8);
        acc$d = base_acc;
        count$d = base_count;
        if (fire_out & out_last) begin
            flushing$d = 1'b0;
        end
        if (in_valid & in_ready) begin
            acc$d = base_acc | (((masked) & 128'hffffffffffffffffffffffffffffffff) << (((base_count) & 8'hff) << 32'h3));
            count$d = base_count + ((in_count) & 5'h1f);
            flushing$d = in_last;
        end
        if (reset) begin
            count$d = 32'h0;
            acc$d = 32'h0;
            flushing$d = 1'b0;
        end
    end
    
endmodule // top$tx_pack


module top$tx_pack$acc(d,q,clock);
    
    // Module arguments
    input wire  [127:0] d;
    output reg  [127:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 128'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$tx_pack$acc


module top$tx_pack$count(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$tx_pack$count


module top$tx_pack$flushing(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$tx_pack$flushing


module top$tx_swap(word_in,word_out);
    
    // Module arguments
    input wire  [63:0] word_in;
    output reg  [63:0] word_out;
    
    // Update code
    always @(*) begin
        word_out = 32'h0;
        word_out = (word_out & ~(1 << (0)) | ((word_in[0 ^ 32'h38]) << (0)));
        word_out = (word_out & ~(1 << (1)) | ((word_in[1 ^ 32'h38]) << (1)));
        word_out = (word_out & ~(1 << (2)) | ((word_in[2 ^ 32'h38]) << (2)));
        word_out = (word_out & ~(1 << (3)) | ((word_in[3 ^ 32'h38]) << (3)));
        word_out = (word_out & ~(1 << (4)) | ((word_in[4 ^ 32'h38]) << (4)));
        word_out = (word_out & ~(1 << (5)) | ((word_in[5 ^ 32'h38]) << (5)));
        word_out = (word_out & ~(1 << (6)) | ((word_in[6 ^ 32'h38]) << (6)));
        word_out = (word_out & ~(1 << (7)) | ((word_in[7 ^ 32'h38]) << (7)));
        word_out = (word_out & ~(1 << (8)) | ((word_in[8 ^ 32'h38]) << (8)));
        word_out = (word_out & ~(1 << (9)) | ((word_in[9 ^ 32'h38]) << (9)));
        word_out = (word_out & ~(1 << (10)) | ((word_in[10 ^ 32'h38]) << (10)));
        word_out = (word_out & ~(1 << (11)) | ((word_in[11 ^ 32'h38]) << (11)));
        word_out = (word_out & ~(1 << (12)) | ((word_in[12 ^ 32'h38]) << (12)));
        word_out = (word_out & ~(1 << (13)) | ((word_in[13 ^ 32'h38]) << (13)));
        word_out = (word_out & ~(1 << (14)) | ((word_in[14 ^ 32'h38]) << (14)));
        word_out = (word_out & ~(1 << (15)) | ((word_in[15 ^ 32'h38]) << (15)));
        word_out = (word_out & ~(1 << (16)) | ((word_in[16 ^ 32'h38]) << (16)));
        word_out = (word_out & ~(1 << (17)) | ((word_in[17 ^ 32'h38]) << (17)));
        word_out = (word_out & ~(1 << (18)) | ((word_in[18 ^ 32'h38]) << (18)));
        word_out = (word_out & ~(1 << (19)) | ((word_in[19 ^ 32'h38]) << (19)));
        word_out = (word_out & ~(1 << (20)) | ((word_in[20 ^ 32'h38]) << (20)));
        word_out = (word_out & ~(1 << (21)) | ((word_in[21 ^ 32'h38]) << (21)));
        word_out = (word_out & ~(1 << (22)) | ((word_in[22 ^ 32'h38]) << (22)));
        word_out = (word_out & ~(1 << (23)) | ((word_in[23 ^ 32'h38]) << (23)));
        word_out = (word_out & ~(1 << (24)) | ((word_in[24 ^ 32'h38]) << (24)));
        word_out = (word_out & ~(1 << (25)) | ((word_in[25 ^ 32'h38]) << (25)));
        word_out = (word_out & ~(1 << (26)) | ((word_in[26 ^ 32'h38]) << (26)));
        word_out = (word_out & ~(1 << (27)) | ((word_in[27 ^ 32'h38]) << (27)));
        word_out = (word_out & ~(1 << (28)) | ((word_in[28 ^ 32'h38]) << (28)));
        word_out = (word_out & ~(1 << (29)) | ((word_in[29 ^ 32'h38]) << (29)));
        word_out = (word_out & ~(1 << (30)) | ((word_in[30 ^ 32'h38]) << (30)));
        word_out = (word_out & ~(1 << (31)) | ((word_in[31 ^ 32'h38]) << (31)));
        word_out = (word_out & ~(1 << (32)) | ((word_in[32 ^ 32'h38]) << (32)));
        word_out = (word_out & ~(1 << (33)) | ((word_in[33 ^ 32'h38]) << (33)));
        word_out = (word_out & ~(1 << (34)) | ((word_in[34 ^ 32'h38]) << (34)));
        word_out = (word_out & ~(1 << (35)) | ((word_in[35 ^ 32'h38]) << (35)));
        word_out = (word_out & ~(1 << (36)) | ((word_in[36 ^ 32'h38]) << (36)));
        word_out = (word_out & ~(1 << (37)) | ((word_in[37 ^ 32'h38]) << (37)));
        word_out = (word_out & ~(1 << (38)) | ((word_in[38 ^ 32'h38]) << (38)));
        word_out = (word_out & ~(1 << (39)) | ((word_in[39 ^ 32'h38]) << (39)));
        word_out = (word_out & ~(1 << (40)) | ((word_in[40 ^ 32'h38]) << (40)));
        word_out = (word_out & ~(1 << (41)) | ((word_in[41 ^ 32'h38]) << (41)));
        word_out = (word_out & ~(1 << (42)) | ((word_in[42 ^ 32'h38]) << (42)));
        word_out = (word_out & ~(1 << (43)) | ((word_in[43 ^ 32'h38]) << (43)));
        word_out = (word_out & ~(1 << (44)) | ((word_in[44 ^ 32'h38]) << (44)));
        word_out = (word_out & ~(1 << (45)) | ((word_in[45 ^ 32'h38]) << (45)));
        word_out = (word_out & ~(1 << (46)) | ((word_in[46 ^ 32'h38]) << (46)));
        word_out = (word_out & ~(1 << (47)) | ((word_in[47 ^ 32'h38]) << (47)));
        word_out = (word_out & ~(1 << (48)) | ((word_in[48 ^ 32'h38]) << (48)));
        word_out = (word_out & ~(1 << (49)) | ((word_in[49 ^ 32'h38]) << (49)));
        word_out = (word_out & ~(1 << (50)) | ((word_in[50 ^ 32'h38]) << (50)));
        word_out = (word_out & ~(1 << (51)) | ((word_in[51 ^ 32'h38]) << (51)));
        word_out = (word_out & ~(1 << (52)) | ((word_in[52 ^ 32'h38]) << (52)));
        word_out = (word_out & ~(1 << (53)) | ((word_in[53 ^ 32'h38]) << (53)));
        word_out = (word_out & ~(1 << (54)) | ((word_in[54 ^ 32'h38]) << (54)));
        word_out = (word_out & ~(1 << (55)) | ((word_in[55 ^ 32'h38]) << (55)));
        word_out = (word_out & ~(1 << (56)) | ((word_in[56 ^ 32'h38]) << (56)));
        word_out = (word_out & ~(1 << (57)) | ((word_in[57 ^ 32'h38]) << (57)));
        word_out = (word_out & ~(1 << (58)) | ((word_in[58 ^ 32'h38]) << (58)));
        word_out = (word_out & ~(1 << (59)) | ((word_in[59 ^ 32'h38]) << (59)));
        word_out = (word_out & ~(1 << (60)) | ((word_in[60 ^ 32'h38]) << (60)));
        word_out = (word_out & ~(1 << (61)) | ((word_in[61 ^ 32'h38]) << (61)));
        word_out = (word_out & ~(1 << (62)) | ((word_in[62 ^ 32'h38]) << (62)));
        word_out = (word_out & ~(1 << (63)) | ((word_in[63 ^ 32'h38]) << (63)));
    end
    
endmodule // top$tx_swap


module top$txbuf(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [9:0] read_address;
    input wire  read_clock;
    output reg  [63:0] read_data;
    input wire  [9:0] write_address;
    input wire  write_clock;
    input wire  [63:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[63:0] mem[1023:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // top$txbuf


module top$txh(src_mac,dst_mac,src_ip,dst_ip,udp_sport,opcode,dest_qpn,ack_req,psn,has_reth,reth_va,reth_rkey,reth_len,has_aeth,aeth_syndrome,aeth_msn,has_imm,imm,payload_len,enable,hdr,hdr_len,pad);
    
    // Module arguments
    input wire  [47:0] src_mac;
    input wire  [47:0] dst_mac;
    input wire  [31:0] src_ip;
    input wire  [31:0] dst_ip;
    input wire  [15:0] udp_sport;
    input wire  [7:0] opcode;
    input wire  [23:0] dest_qpn;
    input wire  ack_req;
    input wire  [23:0] psn;
    input wire  has_reth;
    input wire  [63:0] reth_va;
    input wire  [31:0] reth_rkey;
    input wire  [31:0] reth_len;
    input wire  has_aeth;
    input wire  [7:0] aeth_syndrome;
    input wire  [23:0] aeth_msn;
    input wire  has_imm;
    input wire  [31:0] imm;
    input wire  [15:0] payload_len;
    input wire  enable;
    output reg  [639:0] hdr;
    output reg  [7:0] hdr_len;
    output reg  [1:0] pad;
    
    // Constant declarations
    localparam  k_ip_fixed = 20'hc511;
    localparam  k_base_len = 8'h36;
    localparam  k_ip_overhead = 16'h2c;
    localparam  k_max_len = 10'b1010000;
    
    // Local signals
    reg  [15:0] ext_len;
    reg  [15:0] ip_len;
    reg  [19:0] csum;
    reg  [15:0] csum_inv;
    
    // Update code
    always @(*) begin
        pad = 32'h0;
        ext_len = 32'h0;
        hdr_len = 32'h0;
        ip_len = 32'h0;
        csum = 32'h0;
        csum_inv = 32'h0;
        hdr = 32'h0;
        if (enable) begin
            pad = (~payload_len[(32'h0)+:(2)]) + 32'h1;
            ext_len = 32'h0;
            if (has_reth) begin
                ext_len = ext_len + 32'h10;
            end
            if (has_aeth) begin
                ext_len = ext_len + 32'h4;
            end
            if (has_imm) begin
                ext_len = ext_len + 32'h4;
            end
            hdr_len = k_base_len + ext_len[(32'h0)+:(8)];
            ip_len = k_ip_overhead + ext_len + payload_len + ((pad) & 16'hffff);
            csum = k_ip_fixed + ((ip_len) & 20'hfffff) + ((src_ip[(32'h10)+:(16)]) & 20'hfffff) + ((src_ip[(32'h0)+:(16)]) & 20'hfffff) + ((dst_ip[(32'h10)+:(16)]) & 20'hfffff) + ((dst_ip[(32'h0)+:(16)]) & 20'hfffff);
            csum = ((csum[(32'h0)+:(16)]) & 20'hfffff) + ((csum[(32'h10)+:(4)]) & 20'hfffff);
            csum = ((csum[(32'h0)+:(16)]) & 20'hfffff) + ((csum[(32'h10)+:(4)]) & 20'hfffff);
            hdr = ((dst_mac) & 640'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
            hdr = (hdr << 32'h30) | ((src_mac) & 640'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
            hdr = (hdr << 32'h10) | 32'h800;
            hdr = (hdr << 32'h10) | 32'h4500;
            hdr = (hdr << 32'h10) | ((ip_len) & 640'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
            hdr = (hdr << 32'h20) | 32'h4000;
            hdr = (hdr << 32'h10) | 32'h4011;
            csum_inv = ~csum[(32'h0)+:(16)];
            hdr = (hdr << 32'h10) | ((csum_inv) & 640'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
            hdr = (hdr << 32'h20) | ((src_ip) & 640'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
            hdr = (hdr << 32'h20) | ((dst_ip) & 640'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
            hdr = (hdr << 32'h10) | ((udp_sport) & 640'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
            hdr = (hdr << 32'h10) | 32'h12b7;
            hdr = (hdr << 32'h10) | ((ip_len - 32'h14) & 640'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
            hdr = hdr << 32'h10;
            hdr = (hdr << 32'h8) | ((opcode) & 640'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
            hdr = (hdr << 32'h8) | (((pad) & 640'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h4);
            hdr = (hdr << 32'h10) | 32'hffff;
            hdr = (hdr << 32'h20) | ((dest_qpn) & 640'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
            hdr = (hdr << 32'h1) | ((ack_req) & 640'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
            hdr = (hdr << 32'h1f) | ((psn) & 640'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
            if (has_reth) begin
                hdr = (hdr << 32'h40) | ((reth_va) & 640'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
                hdr = (hdr << 32'h20) | ((reth_rkey) & 640'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
                hdr = (hdr << 32'h20) | ((reth_len) & 640'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
            end
            if (has_aeth) begin
                hdr = (hdr << 32'h8) | ((aeth_syndrome) & 640'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
                hdr = (hdr << 32'h18) | ((aeth_msn) & 640'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
            end
            if (has_imm) begin
                hdr = (hdr << 32'h20) | ((imm) & 640'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
            end
            hdr = hdr << ((k_max_len - ((hdr_len) & 10'h3ff)) << 32'h3);
        end
    end
    
endmodule // top$txh


module top$w_imm(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$w_imm


module top$w_laddr(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$w_laddr


module top$w_len(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$w_len


module top$w_liova(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$w_liova


module top$w_lkey(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$w_lkey


module top$w_opcode(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$w_opcode


module top$w_raddr(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$w_raddr


module top$w_rkey(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$w_rkey


module top$wait_mask(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$wait_mask


module top$wr_addr(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$wr_addr


module top$wr_busy(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$wr_busy


module top$wr_from_cqe(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$wr_from_cqe


module top$wr_len(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$wr_len


module top$wr_pack(clock,reset,in_valid,in_data,in_count,in_last,in_ready,out_valid,out_data,out_keep,out_last,out_ready);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  in_valid;
    input wire  [63:0] in_data;
    input wire  [3:0] in_count;
    input wire  in_last;
    output reg  in_ready;
    output reg  out_valid;
    output reg  [63:0] out_data;
    output reg  [7:0] out_keep;
    output reg  out_last;
    input wire  out_ready;
    
    // Constant declarations
    localparam  one = 64'h1;
    
    // Stub signals
    reg  [127:0] acc$d;
    wire  [127:0] acc$q;
    reg  acc$clock;
    reg  [4:0] count$d;
    wire  [4:0] count$q;
    reg  count$clock;
    reg  flushing$d;
    wire  flushing$q;
    reg  flushing$clock;
    
    // Local signals
    reg  fire_out;
    reg  [127:0] base_acc;
    reg  [4:0] base_count;
    reg  [63:0] masked;
    
    // Sub module instances
    top$wr_pack$acc acc(
        .d(acc$d),
        .q(acc$q),
        .clock(acc$clock)
    );
    top$wr_pack$count count(
        .d(count$d),
        .q(count$q),
        .clock(count$clock)
    );
    top$wr_pack$flushing flushing(
        .d(flushing$d),
        .q(flushing$q),
        .clock(flushing$clock)
    );
    
    // Update code
    always @(*) begin
        acc$clock = clock;
        count$clock = clock;
        flushing$clock = clock;
        acc$d = acc$q;
        count$d = count$q;
        flushing$d = flushing$q;
        out_valid = (count$q >= 32'h8) | (flushing$q & |count$q);
        out_data = acc$q[(32'h0)+:(64)];
        out_last = flushing$q & (count$q <= 32'h8);
        if (count$q >= 32'h8) begin
            out_keep = 32'hff;
        end
        else begin
            out_keep = (((one << count$q) - one) & 8'hff);
        end
        fire_out = out_valid & out_ready;
        if (fire_out) begin
            base_acc = acc$q >> 32'h40;
            if (count$q > 32'h8) begin
                base_count = count$q - 32'h8;
            end
            else begin
                base_count = 32'h0;
            end
        end
        else begin
            base_acc = acc$q;
            base_count = count$q;
        end
        if (in_count >= 32'h8) begin
            masked = in_data;
        end
        else begin
            masked = in_data & ((one << (((in_count) & 7'h7f) << 32'h3)) - one);
        end
        in_ready = (~flushing$q | (fire_out & out_last)) & (base_count < 32'h8);
        acc$d = base_acc;
        count$d = base_count;
        if (fire_out & out_last) begin
            flushing$d = 1'b0;
        end
        if (in_valid & in_ready) begin
            acc$d = base_acc | (((masked) & 128'hffffffffffffffffffffffffffffffff) << (((base_count) & 8'hff) << 32'h3));
            count$d = base_count + ((in_count) & 5'h1f);
            flushing$d = in_last;
        end
        if (reset) begin
            count$d = 32'h0;
            acc$d = 32'h0;
            flushing$d = 1'b0;
        end
    end
    
endmodule // top$wr_pack


module top$wr_pack$acc(d,q,clock);
    
    // Module arguments
    input wire  [127:0] d;
    output reg  [127:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 128'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$wr_pack$acc


module top$wr_pack$count(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$wr_pack$count


module top$wr_pack$flushing(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$wr_pack$flushing
