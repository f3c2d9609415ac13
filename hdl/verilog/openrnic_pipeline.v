// openrnic pipelined packet engine. Generated from the openrnic-hdl crate by
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
    localparam  k_features = 32'h67;
    localparam  k_ctrl = 16'h0;
    localparam  k_mac_hi = 16'h40;
    localparam  k_mac_lo = 16'h20;
    localparam  k_ipv4 = 16'h60;
    localparam  k_ack_timeout = 16'h80;
    localparam  k_rnr_delay = 16'ha0;
    localparam  k_cq_base_lo = 16'h20;
    localparam  k_cq_base_hi = 16'h40;
    localparam  k_cq_log2 = 16'h60;
    localparam  k_cq_vector = 16'h80;
    localparam  k_cnt$0 = 21'h1;
    localparam  k_cnt$1 = 21'h2;
    localparam  k_cnt$2 = 21'h4;
    localparam  k_cnt$3 = 21'h8;
    localparam  k_cnt$4 = 21'h10;
    localparam  k_cnt$5 = 21'h20;
    localparam  k_cnt$6 = 21'h40;
    localparam  k_cnt$7 = 21'h80;
    localparam  k_cnt$8 = 21'h100;
    localparam  k_cnt$9 = 21'h200;
    localparam  k_cnt$10 = 21'h400;
    localparam  k_cnt$11 = 21'h800;
    localparam  k_cnt$12 = 21'h1000;
    localparam  k_cnt$13 = 21'h2000;
    localparam  k_cnt$14 = 21'h4000;
    localparam  k_cnt$15 = 21'h8000;
    localparam  k_cnt$16 = 21'h10000;
    localparam  k_cnt$17 = 21'h20000;
    localparam  k_cnt$18 = 21'h40000;
    localparam  k_cnt$19 = 21'h80000;
    localparam  k_cnt$20 = 21'h100000;
    
    // Stub signals
    reg  regs$clock;
    reg  regs$reset;
    reg  [15:0] regs$reg_addr;
    reg  [31:0] regs$reg_wdata;
    reg  regs$reg_write;
    reg  regs$reg_read;
    wire  [31:0] regs$reg_rdata;
    wire  regs$reg_rvalid;
    reg  regs$busy;
    reg  regs$cmd_busy;
    reg  [31:0] regs$features;
    reg  [20:0] regs$cnt_inc;
    wire  [1215:0] regs$rw;
    wire  regs$qpc_cmd_valid;
    reg  regs$qpc_cmd_ready;
    wire  [1:0] regs$qpc_cmd_op;
    wire  [7:0] regs$qpc_cmd_sel;
    wire  [575:0] regs$qpc_staged;
    wire  regs$mr_cmd_valid;
    reg  regs$mr_cmd_ready;
    wire  [1:0] regs$mr_cmd_op;
    wire  [9:0] regs$mr_cmd_sel;
    wire  [287:0] regs$mr_staged;
    wire  regs$cq_cmd_valid;
    reg  regs$cq_cmd_ready;
    wire  [1:0] regs$cq_cmd_op;
    wire  [7:0] regs$cq_cmd_sel;
    wire  [159:0] regs$cq_staged;
    wire  regs$sq_pi_valid;
    wire  [7:0] regs$sq_pi_qpn;
    wire  [15:0] regs$sq_pi_value;
    wire  regs$rq_pi_valid;
    wire  [7:0] regs$rq_pi_qpn;
    wire  [15:0] regs$rq_pi_value;
    wire  regs$cq_ci_valid;
    wire  [7:0] regs$cq_ci_cqn;
    wire  [15:0] regs$cq_ci_value;
    wire  regs$cq_arm_valid;
    wire  [7:0] regs$cq_arm_cqn;
    wire  [15:0] regs$cq_arm_value;
    reg  qps$clock;
    reg  qps$reset;
    reg  qps$cmd_valid;
    wire  qps$cmd_ready;
    reg  [1:0] qps$cmd_op;
    reg  [7:0] qps$cmd_sel;
    reg  [575:0] qps$cmd_staged;
    wire  qps$init_valid;
    reg  qps$init_ready;
    wire  [7:0] qps$init_qpn;
    wire  qps$init_fresh;
    wire  [3:0] qps$init_state;
    wire  qps$init_take_sq_psn;
    wire  [23:0] qps$init_sq_psn;
    wire  qps$init_take_rq_psn;
    wire  [23:0] qps$init_rq_psn;
    reg  qps$err_a_valid;
    wire  qps$err_a_ready;
    reg  [7:0] qps$err_a_qpn;
    reg  qps$err_b_valid;
    wire  qps$err_b_ready;
    reg  [7:0] qps$err_b_qpn;
    reg  [7:0] qps$tx_rd_qpn;
    wire  [3:0] qps$tx_state;
    wire  [23:0] qps$tx_dest_qpn;
    wire  [47:0] qps$tx_dmac;
    wire  [31:0] qps$tx_dip;
    wire  [3:0] qps$tx_pmtu_log2;
    wire  [63:0] qps$tx_sq_base;
    wire  [4:0] qps$tx_sq_log2;
    wire  [63:0] qps$tx_rq_base;
    wire  [4:0] qps$tx_rq_log2;
    wire  [7:0] qps$tx_scq;
    wire  [7:0] qps$tx_rcq;
    wire  [15:0] qps$tx_pd;
    wire  [15:0] qps$tx_udp_sport;
    reg  [7:0] qps$rx_rd_qpn;
    wire  [3:0] qps$rx_state;
    wire  [23:0] qps$rx_dest_qpn;
    wire  [47:0] qps$rx_dmac;
    wire  [31:0] qps$rx_dip;
    wire  [3:0] qps$rx_pmtu_log2;
    wire  [63:0] qps$rx_sq_base;
    wire  [4:0] qps$rx_sq_log2;
    wire  [63:0] qps$rx_rq_base;
    wire  [4:0] qps$rx_rq_log2;
    wire  [7:0] qps$rx_scq;
    wire  [7:0] qps$rx_rcq;
    wire  [15:0] qps$rx_pd;
    wire  [15:0] qps$rx_udp_sport;
    wire  qps$idle;
    reg  mr_tx$clock;
    reg  mr_tx$reset;
    reg  mr_tx$cmd_valid;
    wire  mr_tx$cmd_ready;
    reg  [1:0] mr_tx$cmd_op;
    reg  [9:0] mr_tx$cmd_sel;
    reg  [287:0] mr_tx$cmd_staged;
    reg  mr_tx$chk_valid;
    wire  mr_tx$chk_ready;
    reg  [31:0] mr_tx$chk_key;
    reg  [15:0] mr_tx$chk_pd;
    reg  [63:0] mr_tx$chk_va;
    reg  [31:0] mr_tx$chk_len;
    reg  mr_tx$chk_need_local_write;
    reg  mr_tx$chk_need_remote_write;
    wire  mr_tx$res_valid;
    reg  mr_tx$res_ready;
    wire  mr_tx$res_ok;
    wire  [63:0] mr_tx$res_iova;
    wire  mr_tx$idle;
    reg  mr_rx$clock;
    reg  mr_rx$reset;
    reg  mr_rx$cmd_valid;
    wire  mr_rx$cmd_ready;
    reg  [1:0] mr_rx$cmd_op;
    reg  [9:0] mr_rx$cmd_sel;
    reg  [287:0] mr_rx$cmd_staged;
    reg  mr_rx$chk_valid;
    wire  mr_rx$chk_ready;
    reg  [31:0] mr_rx$chk_key;
    reg  [15:0] mr_rx$chk_pd;
    reg  [63:0] mr_rx$chk_va;
    reg  [31:0] mr_rx$chk_len;
    reg  mr_rx$chk_need_local_write;
    reg  mr_rx$chk_need_remote_write;
    wire  mr_rx$res_valid;
    reg  mr_rx$res_ready;
    wire  mr_rx$res_ok;
    wire  [63:0] mr_rx$res_iova;
    wire  mr_rx$idle;
    reg  sched$clock;
    reg  sched$reset;
    reg  sched$event_valid;
    wire  sched$event_ready;
    reg  [7:0] sched$event_qpn;
    wire  sched$grant_valid;
    reg  sched$grant_ready;
    wire  [7:0] sched$grant_qpn;
    reg  sched$done_valid;
    reg  [7:0] sched$done_qpn;
    reg  sched$done_more;
    wire  sched$done_unexpected;
    wire  sched$idle;
    reg  events$clock;
    reg  events$reset;
    reg  events$a_valid;
    wire  events$a_ready;
    reg  [7:0] events$a_qpn;
    reg  events$b_valid;
    wire  events$b_ready;
    reg  [7:0] events$b_qpn;
    reg  events$c_valid;
    wire  events$c_ready;
    reg  [7:0] events$c_qpn;
    reg  events$d_valid;
    wire  events$d_ready;
    reg  [7:0] events$d_qpn;
    wire  events$o_valid;
    reg  events$o_ready;
    wire  [7:0] events$o_qpn;
    wire  events$idle;
    reg  wqe$clock;
    reg  wqe$reset;
    reg  wqe$f_valid;
    wire  wqe$f_ready;
    reg  [7:0] wqe$f_qpn;
    reg  [15:0] wqe$f_idx;
    reg  [63:0] wqe$f_addr;
    reg  [15:0] wqe$f_pd;
    wire  wqe$rd_req_valid;
    reg  wqe$rd_req_ready;
    wire  [63:0] wqe$rd_req_addr;
    wire  [15:0] wqe$rd_req_len;
    reg  wqe$rd_resp_valid;
    wire  wqe$rd_resp_ready;
    reg  [63:0] wqe$rd_resp_data;
    reg  wqe$rd_resp_last;
    reg  wqe$rd_resp_error;
    wire  wqe$chk_valid;
    reg  wqe$chk_ready;
    wire  [31:0] wqe$chk_key;
    wire  [15:0] wqe$chk_pd;
    wire  [63:0] wqe$chk_va;
    wire  [31:0] wqe$chk_len;
    wire  wqe$chk_need_local_write;
    wire  wqe$chk_need_remote_write;
    reg  wqe$res_valid;
    wire  wqe$res_ready;
    reg  wqe$res_ok;
    reg  [63:0] wqe$res_iova;
    reg  [7:0] wqe$c_rd_qpn;
    reg  wqe$c_rd_slot;
    wire  wqe$c_valid;
    wire  [15:0] wqe$c_idx;
    wire  [7:0] wqe$c_status;
    wire  [7:0] wqe$c_opcode;
    wire  wqe$c_signaled;
    wire  wqe$c_solicited;
    wire  [31:0] wqe$c_imm;
    wire  [63:0] wqe$c_wr_id;
    wire  [63:0] wqe$c_remote_addr;
    wire  [31:0] wqe$c_rkey;
    wire  [31:0] wqe$c_len;
    wire  [63:0] wqe$c_liova;
    wire  wqe$ev_valid;
    reg  wqe$ev_ready;
    wire  [7:0] wqe$ev_qpn;
    reg  wqe$inv_valid;
    reg  [7:0] wqe$inv_qpn;
    wire  wqe$cnt_dma_errors;
    wire  wqe$idle;
    reg  req$clock;
    reg  req$reset;
    reg  req$grant_valid;
    wire  req$grant_ready;
    reg  [7:0] req$grant_qpn;
    wire  req$done_valid;
    wire  [7:0] req$done_qpn;
    wire  req$done_more;
    reg  req$db_valid;
    reg  [7:0] req$db_qpn;
    reg  [15:0] req$db_value;
    wire  req$db_overflow;
    wire  req$ev_valid;
    reg  req$ev_ready;
    wire  [7:0] req$ev_qpn;
    reg  req$init_valid;
    wire  req$init_ready;
    reg  [7:0] req$init_qpn;
    reg  req$init_fresh;
    reg  [3:0] req$init_state;
    reg  req$init_take_sq_psn;
    reg  [23:0] req$init_sq_psn;
    reg  req$ci_valid;
    reg  [7:0] req$ci_qpn;
    reg  [15:0] req$ci_value;
    reg  req$rw_valid;
    wire  req$rw_ready;
    reg  [7:0] req$rw_qpn;
    reg  [15:0] req$rw_idx;
    reg  [23:0] req$rw_psn;
    reg  [2:0] req$rw_epoch;
    reg  req$rw_pause;
    wire  [7:0] req$qs_rd_qpn;
    reg  [3:0] req$qs_state;
    reg  [23:0] req$qs_dest_qpn;
    reg  [47:0] req$qs_dmac;
    reg  [31:0] req$qs_dip;
    reg  [3:0] req$qs_pmtu_log2;
    reg  [63:0] req$qs_sq_base;
    reg  [4:0] req$qs_sq_log2;
    reg  [15:0] req$qs_pd;
    reg  [15:0] req$qs_udp_sport;
    reg  [7:0] req$qs_scq;
    wire  req$f_valid;
    reg  req$f_ready;
    wire  [7:0] req$f_qpn;
    wire  [15:0] req$f_idx;
    wire  [63:0] req$f_addr;
    wire  [15:0] req$f_pd;
    wire  [7:0] req$c_rd_qpn;
    wire  req$c_rd_slot;
    reg  req$c_valid;
    reg  [15:0] req$c_idx;
    reg  [7:0] req$c_status;
    reg  [7:0] req$c_opcode;
    reg  req$c_signaled;
    reg  req$c_solicited;
    reg  [31:0] req$c_imm;
    reg  [63:0] req$c_wr_id;
    reg  [63:0] req$c_remote_addr;
    reg  [31:0] req$c_rkey;
    reg  [31:0] req$c_len;
    reg  [63:0] req$c_liova;
    wire  req$inv_valid;
    wire  [7:0] req$inv_qpn;
    wire  req$d_valid;
    reg  req$d_ready;
    wire  [47:0] req$d_dst_mac;
    wire  [31:0] req$d_dst_ip;
    wire  [15:0] req$d_udp_sport;
    wire  [7:0] req$d_opcode;
    wire  req$d_solicited;
    wire  [23:0] req$d_dest_qpn;
    wire  req$d_ack_req;
    wire  [23:0] req$d_psn;
    wire  req$d_has_reth;
    wire  [63:0] req$d_reth_va;
    wire  [31:0] req$d_reth_rkey;
    wire  [31:0] req$d_reth_len;
    wire  req$d_has_aeth;
    wire  [7:0] req$d_aeth_syndrome;
    wire  [23:0] req$d_aeth_msn;
    wire  req$d_has_imm;
    wire  [31:0] req$d_imm;
    wire  [12:0] req$d_payload_len;
    wire  req$g_valid;
    reg  req$g_ready;
    wire  [63:0] req$g_addr;
    wire  [15:0] req$g_len;
    wire  req$fl_valid;
    reg  req$fl_ready;
    wire  [7:0] req$fl_qpn;
    wire  [15:0] req$fl_idx;
    wire  [23:0] req$fl_first_psn;
    wire  [23:0] req$fl_last_psn;
    wire  [63:0] req$fl_wr_id;
    wire  [31:0] req$fl_byte_len;
    wire  req$fl_signaled;
    wire  req$fl_is_write;
    wire  [7:0] req$fl_status;
    wire  [7:0] req$fl_scq;
    wire  [2:0] req$fl_epoch;
    wire  req$idle;
    reg  arb$clock;
    reg  arb$reset;
    reg  arb$ack_valid;
    wire  arb$ack_ready;
    reg  [47:0] arb$ack_dst_mac;
    reg  [31:0] arb$ack_dst_ip;
    reg  [15:0] arb$ack_udp_sport;
    reg  [7:0] arb$ack_opcode;
    reg  arb$ack_solicited;
    reg  [23:0] arb$ack_dest_qpn;
    reg  arb$ack_ack_req;
    reg  [23:0] arb$ack_psn;
    reg  arb$ack_has_reth;
    reg  [63:0] arb$ack_reth_va;
    reg  [31:0] arb$ack_reth_rkey;
    reg  [31:0] arb$ack_reth_len;
    reg  arb$ack_has_aeth;
    reg  [7:0] arb$ack_aeth_syndrome;
    reg  [23:0] arb$ack_aeth_msn;
    reg  arb$ack_has_imm;
    reg  [31:0] arb$ack_imm;
    reg  [12:0] arb$ack_payload_len;
    reg  arb$data_valid;
    wire  arb$data_ready;
    reg  [47:0] arb$data_dst_mac;
    reg  [31:0] arb$data_dst_ip;
    reg  [15:0] arb$data_udp_sport;
    reg  [7:0] arb$data_opcode;
    reg  arb$data_solicited;
    reg  [23:0] arb$data_dest_qpn;
    reg  arb$data_ack_req;
    reg  [23:0] arb$data_psn;
    reg  arb$data_has_reth;
    reg  [63:0] arb$data_reth_va;
    reg  [31:0] arb$data_reth_rkey;
    reg  [31:0] arb$data_reth_len;
    reg  arb$data_has_aeth;
    reg  [7:0] arb$data_aeth_syndrome;
    reg  [23:0] arb$data_aeth_msn;
    reg  arb$data_has_imm;
    reg  [31:0] arb$data_imm;
    reg  [12:0] arb$data_payload_len;
    wire  arb$o_valid;
    reg  arb$o_ready;
    wire  [47:0] arb$o_dst_mac;
    wire  [31:0] arb$o_dst_ip;
    wire  [15:0] arb$o_udp_sport;
    wire  [7:0] arb$o_opcode;
    wire  arb$o_solicited;
    wire  [23:0] arb$o_dest_qpn;
    wire  arb$o_ack_req;
    wire  [23:0] arb$o_psn;
    wire  arb$o_has_reth;
    wire  [63:0] arb$o_reth_va;
    wire  [31:0] arb$o_reth_rkey;
    wire  [31:0] arb$o_reth_len;
    wire  arb$o_has_aeth;
    wire  [7:0] arb$o_aeth_syndrome;
    wire  [23:0] arb$o_aeth_msn;
    wire  arb$o_has_imm;
    wire  [31:0] arb$o_imm;
    wire  [12:0] arb$o_payload_len;
    wire  arb$cnt_tx_acks;
    wire  arb$idle;
    reg  acks$clock;
    reg  acks$reset;
    reg  acks$req_valid;
    wire  acks$req_ready;
    reg  [23:0] acks$req_qpn24;
    reg  [7:0] acks$req_syndrome;
    reg  [23:0] acks$req_psn;
    reg  [23:0] acks$req_msn;
    reg  [47:0] acks$req_dst_mac;
    reg  [31:0] acks$req_dst_ip;
    reg  [15:0] acks$req_udp_sport;
    wire  acks$o_valid;
    reg  acks$o_ready;
    wire  [47:0] acks$o_dst_mac;
    wire  [31:0] acks$o_dst_ip;
    wire  [15:0] acks$o_udp_sport;
    wire  [7:0] acks$o_opcode;
    wire  acks$o_solicited;
    wire  [23:0] acks$o_dest_qpn;
    wire  acks$o_ack_req;
    wire  [23:0] acks$o_psn;
    wire  acks$o_has_reth;
    wire  [63:0] acks$o_reth_va;
    wire  [31:0] acks$o_reth_rkey;
    wire  [31:0] acks$o_reth_len;
    wire  acks$o_has_aeth;
    wire  [7:0] acks$o_aeth_syndrome;
    wire  [23:0] acks$o_aeth_msn;
    wire  acks$o_has_imm;
    wire  [31:0] acks$o_imm;
    wire  [12:0] acks$o_payload_len;
    wire  acks$idle;
    reg  framer$clock;
    reg  framer$reset;
    reg  [47:0] framer$src_mac;
    reg  [31:0] framer$src_ip;
    reg  framer$d_valid;
    wire  framer$d_ready;
    reg  [47:0] framer$d_dst_mac;
    reg  [31:0] framer$d_dst_ip;
    reg  [15:0] framer$d_udp_sport;
    reg  [7:0] framer$d_opcode;
    reg  framer$d_solicited;
    reg  [23:0] framer$d_dest_qpn;
    reg  framer$d_ack_req;
    reg  [23:0] framer$d_psn;
    reg  framer$d_has_reth;
    reg  [63:0] framer$d_reth_va;
    reg  [31:0] framer$d_reth_rkey;
    reg  [31:0] framer$d_reth_len;
    reg  framer$d_has_aeth;
    reg  [7:0] framer$d_aeth_syndrome;
    reg  [23:0] framer$d_aeth_msn;
    reg  framer$d_has_imm;
    reg  [31:0] framer$d_imm;
    reg  [12:0] framer$d_payload_len;
    reg  framer$pl_valid;
    wire  framer$pl_ready;
    reg  [63:0] framer$pl_data;
    reg  framer$pl_error;
    wire  framer$tx_valid;
    reg  framer$tx_ready;
    wire  [63:0] framer$tx_data;
    wire  [7:0] framer$tx_keep;
    wire  framer$tx_last;
    wire  framer$frame_done;
    wire  framer$frame_poisoned;
    wire  framer$idle;
    reg  tx_fifo$clock;
    reg  tx_fifo$reset;
    reg  tx_fifo$in_valid;
    wire  tx_fifo$in_ready;
    reg  [63:0] tx_fifo$in_data;
    reg  [7:0] tx_fifo$in_keep;
    reg  tx_fifo$in_last;
    wire  tx_fifo$out_valid;
    reg  tx_fifo$out_ready;
    wire  [63:0] tx_fifo$out_data;
    wire  [7:0] tx_fifo$out_keep;
    wire  tx_fifo$out_last;
    wire  tx_fifo$empty;
    reg  rxbuf$clock;
    reg  rxbuf$reset;
    reg  rxbuf$enable;
    reg  [47:0] rxbuf$our_mac;
    reg  [31:0] rxbuf$our_ip;
    reg  rxbuf$rx_valid;
    wire  rxbuf$rx_ready;
    reg  [63:0] rxbuf$rx_data;
    reg  [7:0] rxbuf$rx_keep;
    reg  rxbuf$rx_last;
    wire  rxbuf$o_valid;
    reg  rxbuf$o_ready;
    wire  [63:0] rxbuf$o_data;
    wire  [7:0] rxbuf$o_keep;
    wire  rxbuf$o_last;
    wire  [13:0] rxbuf$o_len;
    wire  rxbuf$cnt_good;
    wire  rxbuf$cnt_not_roce;
    wire  rxbuf$cnt_malformed;
    wire  rxbuf$cnt_overflow;
    wire  rxbuf$cnt_bad_icrc;
    wire  rxbuf$idle;
    reg  parser$clock;
    reg  parser$reset;
    reg  parser$f_valid;
    wire  parser$f_ready;
    reg  [63:0] parser$f_data;
    reg  [7:0] parser$f_keep;
    reg  parser$f_last;
    reg  [13:0] parser$f_len;
    wire  parser$p_valid;
    reg  parser$p_ready;
    reg  parser$p_discard;
    wire  [7:0] parser$p_opcode;
    wire  parser$p_solicited;
    wire  [23:0] parser$p_dest_qpn;
    wire  parser$p_ack_req;
    wire  [23:0] parser$p_psn;
    wire  [31:0] parser$p_src_ip;
    wire  [15:0] parser$p_udp_sport;
    wire  parser$p_has_reth;
    wire  parser$p_has_aeth;
    wire  parser$p_has_imm;
    wire  parser$p_has_atomic;
    wire  parser$p_has_atomic_ack;
    wire  [63:0] parser$p_va;
    wire  [31:0] parser$p_rkey;
    wire  [31:0] parser$p_dma_len;
    wire  [7:0] parser$p_aeth_syndrome;
    wire  [23:0] parser$p_aeth_msn;
    wire  [31:0] parser$p_imm;
    wire  [63:0] parser$p_swap;
    wire  [63:0] parser$p_compare;
    wire  [13:0] parser$p_payload_len;
    wire  parser$pl_valid;
    reg  parser$pl_ready;
    wire  [63:0] parser$pl_data;
    wire  [7:0] parser$pl_keep;
    wire  parser$pl_last;
    wire  parser$cnt_malformed;
    wire  parser$cnt_bad_pkey;
    wire  parser$idle;
    reg  dispatch$clock;
    reg  dispatch$reset;
    reg  dispatch$p_valid;
    wire  dispatch$p_ready;
    wire  dispatch$p_discard;
    reg  [7:0] dispatch$p_opcode;
    reg  dispatch$p_solicited;
    reg  [23:0] dispatch$p_dest_qpn;
    reg  dispatch$p_ack_req;
    reg  [23:0] dispatch$p_psn;
    reg  [31:0] dispatch$p_src_ip;
    reg  [15:0] dispatch$p_udp_sport;
    reg  dispatch$p_has_reth;
    reg  dispatch$p_has_aeth;
    reg  dispatch$p_has_imm;
    reg  dispatch$p_has_atomic;
    reg  dispatch$p_has_atomic_ack;
    reg  [63:0] dispatch$p_va;
    reg  [31:0] dispatch$p_rkey;
    reg  [31:0] dispatch$p_dma_len;
    reg  [7:0] dispatch$p_aeth_syndrome;
    reg  [23:0] dispatch$p_aeth_msn;
    reg  [31:0] dispatch$p_imm;
    reg  [63:0] dispatch$p_swap;
    reg  [63:0] dispatch$p_compare;
    reg  [13:0] dispatch$p_payload_len;
    wire  [7:0] dispatch$qs_rd_qpn;
    reg  [3:0] dispatch$qs_state;
    reg  [31:0] dispatch$qs_dip;
    reg  [15:0] dispatch$qs_pd;
    reg  [63:0] dispatch$qs_rq_base;
    reg  [4:0] dispatch$qs_rq_log2;
    reg  [7:0] dispatch$qs_rcq;
    reg  [3:0] dispatch$qs_pmtu_log2;
    reg  [23:0] dispatch$qs_dest_qpn;
    reg  [47:0] dispatch$qs_dmac;
    reg  [15:0] dispatch$qs_udp_sport;
    wire  dispatch$a_valid;
    reg  dispatch$a_ready;
    wire  [7:0] dispatch$a_qpn;
    wire  [7:0] dispatch$a_syndrome;
    wire  [23:0] dispatch$a_psn;
    wire  [23:0] dispatch$a_msn;
    wire  dispatch$r_valid;
    reg  dispatch$r_ready;
    wire  [7:0] dispatch$r_qpn;
    wire  [7:0] dispatch$r_opcode;
    wire  dispatch$r_solicited;
    wire  dispatch$r_ack_req;
    wire  [23:0] dispatch$r_psn;
    wire  dispatch$r_has_reth;
    wire  dispatch$r_has_imm;
    wire  [63:0] dispatch$r_va;
    wire  [31:0] dispatch$r_rkey;
    wire  [31:0] dispatch$r_dma_len;
    wire  [31:0] dispatch$r_imm;
    wire  [13:0] dispatch$r_payload_len;
    wire  [3:0] dispatch$r_state;
    wire  [15:0] dispatch$r_pd;
    wire  [63:0] dispatch$r_rq_base;
    wire  [4:0] dispatch$r_rq_log2;
    wire  [7:0] dispatch$r_rcq;
    wire  [3:0] dispatch$r_pmtu_log2;
    wire  [23:0] dispatch$r_dest_qpn;
    wire  [47:0] dispatch$r_dmac;
    wire  [31:0] dispatch$r_dip;
    wire  [15:0] dispatch$r_udp_sport;
    wire  dispatch$cnt_rx_bad_qp;
    wire  dispatch$cnt_rx_bad_source;
    wire  dispatch$cnt_rx_acks;
    wire  dispatch$idle;
    reg  resp$clock;
    reg  resp$reset;
    reg  resp$r_valid;
    wire  resp$r_ready;
    reg  [7:0] resp$r_qpn;
    reg  [7:0] resp$r_opcode;
    reg  resp$r_solicited;
    reg  resp$r_ack_req;
    reg  [23:0] resp$r_psn;
    reg  resp$r_has_reth;
    reg  resp$r_has_imm;
    reg  [63:0] resp$r_va;
    reg  [31:0] resp$r_rkey;
    reg  [31:0] resp$r_dma_len;
    reg  [31:0] resp$r_imm;
    reg  [13:0] resp$r_payload_len;
    reg  [3:0] resp$r_state;
    reg  [15:0] resp$r_pd;
    reg  [63:0] resp$r_rq_base;
    reg  [4:0] resp$r_rq_log2;
    reg  [7:0] resp$r_rcq;
    reg  [3:0] resp$r_pmtu_log2;
    reg  [23:0] resp$r_dest_qpn;
    reg  [47:0] resp$r_dmac;
    reg  [31:0] resp$r_dip;
    reg  [15:0] resp$r_udp_sport;
    reg  resp$pl_valid;
    wire  resp$pl_ready;
    reg  [63:0] resp$pl_data;
    reg  [7:0] resp$pl_keep;
    reg  resp$pl_last;
    reg  resp$init_valid;
    wire  resp$init_ready;
    reg  [7:0] resp$init_qpn;
    reg  resp$init_fresh;
    reg  [3:0] resp$init_state;
    reg  resp$init_take_sq_psn;
    reg  [23:0] resp$init_sq_psn;
    reg  resp$init_take_rq_psn;
    reg  [23:0] resp$init_rq_psn;
    reg  resp$db_valid;
    reg  [7:0] resp$db_qpn;
    reg  [15:0] resp$db_value;
    wire  resp$rd_req_valid;
    reg  resp$rd_req_ready;
    wire  [63:0] resp$rd_req_addr;
    wire  [15:0] resp$rd_req_len;
    reg  resp$rd_resp_valid;
    wire  resp$rd_resp_ready;
    reg  [63:0] resp$rd_resp_data;
    reg  resp$rd_resp_last;
    reg  resp$rd_resp_error;
    wire  resp$chk_valid;
    reg  resp$chk_ready;
    wire  [31:0] resp$chk_key;
    wire  [15:0] resp$chk_pd;
    wire  [63:0] resp$chk_va;
    wire  [31:0] resp$chk_len;
    wire  resp$chk_need_local_write;
    wire  resp$chk_need_remote_write;
    reg  resp$res_valid;
    wire  resp$res_ready;
    reg  resp$res_ok;
    reg  [63:0] resp$res_iova;
    wire  resp$w_valid;
    reg  resp$w_ready;
    wire  [63:0] resp$w_addr;
    wire  [15:0] resp$w_len;
    wire  [63:0] resp$w_data;
    wire  resp$w_last;
    wire  resp$ack_valid;
    reg  resp$ack_ready;
    wire  [23:0] resp$ack_qpn24;
    wire  [7:0] resp$ack_syndrome;
    wire  [23:0] resp$ack_psn;
    wire  [23:0] resp$ack_msn;
    wire  [47:0] resp$ack_dst_mac;
    wire  [31:0] resp$ack_dst_ip;
    wire  [15:0] resp$ack_udp_sport;
    wire  resp$cqe_valid;
    reg  resp$cqe_ready;
    wire  [7:0] resp$cqe_cqn;
    wire  [63:0] resp$cqe_wr_id;
    wire  [31:0] resp$cqe_byte_len;
    wire  [31:0] resp$cqe_imm;
    wire  resp$cqe_imm_valid;
    wire  [23:0] resp$cqe_qpn;
    wire  [7:0] resp$cqe_status;
    wire  [7:0] resp$cqe_opcode;
    wire  resp$err_valid;
    reg  resp$err_ready;
    wire  [7:0] resp$err_qpn;
    wire  resp$cnt_rx_duplicate;
    wire  resp$cnt_nak_seq_sent;
    wire  resp$cnt_nak_access_sent;
    wire  resp$cnt_rnr_nak_sent;
    wire  resp$cnt_nak_invalid_sent;
    wire  resp$cnt_wqe_errors;
    wire  resp$cnt_dma_errors;
    wire  resp$idle;
    reg  ackh$clock;
    reg  ackh$reset;
    reg  ackh$a_valid;
    wire  ackh$a_ready;
    reg  [7:0] ackh$a_qpn;
    reg  [7:0] ackh$a_syndrome;
    reg  [23:0] ackh$a_psn;
    reg  [23:0] ackh$a_msn;
    reg  ackh$fl_valid;
    wire  ackh$fl_ready;
    reg  [7:0] ackh$fl_qpn;
    reg  [15:0] ackh$fl_idx;
    reg  [23:0] ackh$fl_first_psn;
    reg  [23:0] ackh$fl_last_psn;
    reg  [63:0] ackh$fl_wr_id;
    reg  [31:0] ackh$fl_byte_len;
    reg  ackh$fl_signaled;
    reg  ackh$fl_is_write;
    reg  [7:0] ackh$fl_status;
    reg  [7:0] ackh$fl_scq;
    reg  [2:0] ackh$fl_epoch;
    reg  ackh$init_valid;
    wire  ackh$init_ready;
    reg  [7:0] ackh$init_qpn;
    reg  ackh$init_fresh;
    reg  [3:0] ackh$init_state;
    reg  ackh$init_take_sq_psn;
    reg  [23:0] ackh$init_sq_psn;
    reg  ackh$init_take_rq_psn;
    reg  [23:0] ackh$init_rq_psn;
    wire  ackh$ci_valid;
    wire  [7:0] ackh$ci_qpn;
    wire  [15:0] ackh$ci_value;
    wire  ackh$rw_valid;
    reg  ackh$rw_ready;
    wire  [7:0] ackh$rw_qpn;
    wire  [15:0] ackh$rw_idx;
    wire  [23:0] ackh$rw_psn;
    wire  [2:0] ackh$rw_epoch;
    wire  ackh$rw_pause;
    wire  ackh$ev_valid;
    reg  ackh$ev_ready;
    wire  [7:0] ackh$ev_qpn;
    wire  ackh$cqe_valid;
    reg  ackh$cqe_ready;
    wire  [7:0] ackh$cqe_cqn;
    wire  [63:0] ackh$cqe_wr_id;
    wire  [31:0] ackh$cqe_byte_len;
    wire  [31:0] ackh$cqe_imm;
    wire  ackh$cqe_imm_valid;
    wire  [23:0] ackh$cqe_qpn;
    wire  [7:0] ackh$cqe_status;
    wire  [7:0] ackh$cqe_opcode;
    wire  ackh$err_valid;
    reg  ackh$err_ready;
    wire  [7:0] ackh$err_qpn;
    reg  [31:0] ackh$timeout;
    reg  [31:0] ackh$rnr_delay;
    wire  [31:0] ackh$next_timer;
    wire  ackh$cnt_rx_naks;
    wire  ackh$cnt_retransmits;
    wire  ackh$cnt_wqe_errors;
    wire  ackh$idle;
    reg  cqes$clock;
    reg  cqes$reset;
    reg  cqes$a_valid;
    wire  cqes$a_ready;
    reg  [7:0] cqes$a_cqn;
    reg  [63:0] cqes$a_wr_id;
    reg  [31:0] cqes$a_byte_len;
    reg  [31:0] cqes$a_imm;
    reg  cqes$a_imm_valid;
    reg  [23:0] cqes$a_qpn;
    reg  [7:0] cqes$a_status;
    reg  [7:0] cqes$a_opcode;
    reg  cqes$b_valid;
    wire  cqes$b_ready;
    reg  [7:0] cqes$b_cqn;
    reg  [63:0] cqes$b_wr_id;
    reg  [31:0] cqes$b_byte_len;
    reg  [31:0] cqes$b_imm;
    reg  cqes$b_imm_valid;
    reg  [23:0] cqes$b_qpn;
    reg  [7:0] cqes$b_status;
    reg  [7:0] cqes$b_opcode;
    wire  cqes$o_valid;
    reg  cqes$o_ready;
    wire  [7:0] cqes$o_cqn;
    wire  [63:0] cqes$o_wr_id;
    wire  [31:0] cqes$o_byte_len;
    wire  [31:0] cqes$o_imm;
    wire  cqes$o_imm_valid;
    wire  [23:0] cqes$o_qpn;
    wire  [7:0] cqes$o_status;
    wire  [7:0] cqes$o_opcode;
    wire  cqes$idle;
    reg  cpl$clock;
    reg  cpl$reset;
    reg  cpl$cqe_valid;
    wire  cpl$cqe_ready;
    reg  [7:0] cpl$cqe_cqn;
    reg  [63:0] cpl$cqe_wr_id;
    reg  [31:0] cpl$cqe_byte_len;
    reg  [31:0] cpl$cqe_imm;
    reg  cpl$cqe_imm_valid;
    reg  [23:0] cpl$cqe_qpn;
    reg  [7:0] cpl$cqe_status;
    reg  [7:0] cpl$cqe_opcode;
    reg  cpl$cmd_valid;
    wire  cpl$cmd_ready;
    reg  [1:0] cpl$cmd_op;
    reg  [7:0] cpl$cmd_cqn;
    reg  [63:0] cpl$cmd_base;
    reg  [4:0] cpl$cmd_log2;
    reg  [7:0] cpl$cmd_vector;
    reg  cpl$ci_valid;
    reg  [7:0] cpl$ci_cqn;
    reg  [15:0] cpl$ci_value;
    reg  cpl$arm_valid;
    reg  [7:0] cpl$arm_cqn;
    reg  cpl$arm_set;
    wire  cpl$dma_wr_valid;
    reg  cpl$dma_wr_ready;
    wire  [63:0] cpl$dma_wr_addr;
    wire  [15:0] cpl$dma_wr_len;
    wire  [63:0] cpl$dma_wr_data;
    wire  cpl$dma_wr_last;
    wire  cpl$irq_valid;
    reg  cpl$irq_ready;
    wire  [7:0] cpl$irq_vector;
    wire  cpl$cnt_overflow;
    wire  cpl$idle;
    reg  rd$clock;
    reg  rd$reset;
    reg  rd$clients$0$req_valid;
    wire  rd$clients$0$req_ready;
    reg  [63:0] rd$clients$0$req_addr;
    reg  [15:0] rd$clients$0$req_len;
    wire  rd$clients$0$resp_valid;
    reg  rd$clients$0$resp_ready;
    wire  [63:0] rd$clients$0$resp_data;
    wire  rd$clients$0$resp_last;
    wire  rd$clients$0$resp_error;
    reg  rd$clients$1$req_valid;
    wire  rd$clients$1$req_ready;
    reg  [63:0] rd$clients$1$req_addr;
    reg  [15:0] rd$clients$1$req_len;
    wire  rd$clients$1$resp_valid;
    reg  rd$clients$1$resp_ready;
    wire  [63:0] rd$clients$1$resp_data;
    wire  rd$clients$1$resp_last;
    wire  rd$clients$1$resp_error;
    reg  rd$clients$2$req_valid;
    wire  rd$clients$2$req_ready;
    reg  [63:0] rd$clients$2$req_addr;
    reg  [15:0] rd$clients$2$req_len;
    wire  rd$clients$2$resp_valid;
    reg  rd$clients$2$resp_ready;
    wire  [63:0] rd$clients$2$resp_data;
    wire  rd$clients$2$resp_last;
    wire  rd$clients$2$resp_error;
    wire  rd$dma_rd_req_valid;
    reg  rd$dma_rd_req_ready;
    wire  [63:0] rd$dma_rd_req_addr;
    wire  [15:0] rd$dma_rd_req_len;
    wire  [7:0] rd$dma_rd_req_tag;
    reg  rd$dma_rd_resp_valid;
    wire  rd$dma_rd_resp_ready;
    reg  [63:0] rd$dma_rd_resp_data;
    reg  rd$dma_rd_resp_last;
    reg  [7:0] rd$dma_rd_resp_tag;
    reg  rd$dma_rd_resp_error;
    wire  rd$dma_error;
    reg  wr$clock;
    reg  wr$reset;
    reg  wr$clients$0$valid;
    wire  wr$clients$0$ready;
    reg  [63:0] wr$clients$0$addr;
    reg  [15:0] wr$clients$0$len;
    reg  [63:0] wr$clients$0$data;
    reg  wr$clients$0$last;
    reg  wr$clients$1$valid;
    wire  wr$clients$1$ready;
    reg  [63:0] wr$clients$1$addr;
    reg  [15:0] wr$clients$1$len;
    reg  [63:0] wr$clients$1$data;
    reg  wr$clients$1$last;
    wire  wr$dma_wr_valid;
    reg  wr$dma_wr_ready;
    wire  [63:0] wr$dma_wr_addr;
    wire  [15:0] wr$dma_wr_len;
    wire  [63:0] wr$dma_wr_data;
    wire  wr$dma_wr_last;
    wire  wr$burst_error;
    
    // Local signals
    reg  enable;
    reg  [47:0] station_mac;
    reg  [31:0] station_ip;
    reg  all_idle;
    reg  init_all_ready;
    reg  [20:0] cnt_vec;
    
    // Sub module instances
    top$regs regs(
        .clock(regs$clock),
        .reset(regs$reset),
        .reg_addr(regs$reg_addr),
        .reg_wdata(regs$reg_wdata),
        .reg_write(regs$reg_write),
        .reg_read(regs$reg_read),
        .reg_rdata(regs$reg_rdata),
        .reg_rvalid(regs$reg_rvalid),
        .busy(regs$busy),
        .cmd_busy(regs$cmd_busy),
        .features(regs$features),
        .cnt_inc(regs$cnt_inc),
        .rw(regs$rw),
        .qpc_cmd_valid(regs$qpc_cmd_valid),
        .qpc_cmd_ready(regs$qpc_cmd_ready),
        .qpc_cmd_op(regs$qpc_cmd_op),
        .qpc_cmd_sel(regs$qpc_cmd_sel),
        .qpc_staged(regs$qpc_staged),
        .mr_cmd_valid(regs$mr_cmd_valid),
        .mr_cmd_ready(regs$mr_cmd_ready),
        .mr_cmd_op(regs$mr_cmd_op),
        .mr_cmd_sel(regs$mr_cmd_sel),
        .mr_staged(regs$mr_staged),
        .cq_cmd_valid(regs$cq_cmd_valid),
        .cq_cmd_ready(regs$cq_cmd_ready),
        .cq_cmd_op(regs$cq_cmd_op),
        .cq_cmd_sel(regs$cq_cmd_sel),
        .cq_staged(regs$cq_staged),
        .sq_pi_valid(regs$sq_pi_valid),
        .sq_pi_qpn(regs$sq_pi_qpn),
        .sq_pi_value(regs$sq_pi_value),
        .rq_pi_valid(regs$rq_pi_valid),
        .rq_pi_qpn(regs$rq_pi_qpn),
        .rq_pi_value(regs$rq_pi_value),
        .cq_ci_valid(regs$cq_ci_valid),
        .cq_ci_cqn(regs$cq_ci_cqn),
        .cq_ci_value(regs$cq_ci_value),
        .cq_arm_valid(regs$cq_arm_valid),
        .cq_arm_cqn(regs$cq_arm_cqn),
        .cq_arm_value(regs$cq_arm_value)
    );
    top$qps qps(
        .clock(qps$clock),
        .reset(qps$reset),
        .cmd_valid(qps$cmd_valid),
        .cmd_ready(qps$cmd_ready),
        .cmd_op(qps$cmd_op),
        .cmd_sel(qps$cmd_sel),
        .cmd_staged(qps$cmd_staged),
        .init_valid(qps$init_valid),
        .init_ready(qps$init_ready),
        .init_qpn(qps$init_qpn),
        .init_fresh(qps$init_fresh),
        .init_state(qps$init_state),
        .init_take_sq_psn(qps$init_take_sq_psn),
        .init_sq_psn(qps$init_sq_psn),
        .init_take_rq_psn(qps$init_take_rq_psn),
        .init_rq_psn(qps$init_rq_psn),
        .err_a_valid(qps$err_a_valid),
        .err_a_ready(qps$err_a_ready),
        .err_a_qpn(qps$err_a_qpn),
        .err_b_valid(qps$err_b_valid),
        .err_b_ready(qps$err_b_ready),
        .err_b_qpn(qps$err_b_qpn),
        .tx_rd_qpn(qps$tx_rd_qpn),
        .tx_state(qps$tx_state),
        .tx_dest_qpn(qps$tx_dest_qpn),
        .tx_dmac(qps$tx_dmac),
        .tx_dip(qps$tx_dip),
        .tx_pmtu_log2(qps$tx_pmtu_log2),
        .tx_sq_base(qps$tx_sq_base),
        .tx_sq_log2(qps$tx_sq_log2),
        .tx_rq_base(qps$tx_rq_base),
        .tx_rq_log2(qps$tx_rq_log2),
        .tx_scq(qps$tx_scq),
        .tx_rcq(qps$tx_rcq),
        .tx_pd(qps$tx_pd),
        .tx_udp_sport(qps$tx_udp_sport),
        .rx_rd_qpn(qps$rx_rd_qpn),
        .rx_state(qps$rx_state),
        .rx_dest_qpn(qps$rx_dest_qpn),
        .rx_dmac(qps$rx_dmac),
        .rx_dip(qps$rx_dip),
        .rx_pmtu_log2(qps$rx_pmtu_log2),
        .rx_sq_base(qps$rx_sq_base),
        .rx_sq_log2(qps$rx_sq_log2),
        .rx_rq_base(qps$rx_rq_base),
        .rx_rq_log2(qps$rx_rq_log2),
        .rx_scq(qps$rx_scq),
        .rx_rcq(qps$rx_rcq),
        .rx_pd(qps$rx_pd),
        .rx_udp_sport(qps$rx_udp_sport),
        .idle(qps$idle)
    );
    top$mr_tx mr_tx(
        .clock(mr_tx$clock),
        .reset(mr_tx$reset),
        .cmd_valid(mr_tx$cmd_valid),
        .cmd_ready(mr_tx$cmd_ready),
        .cmd_op(mr_tx$cmd_op),
        .cmd_sel(mr_tx$cmd_sel),
        .cmd_staged(mr_tx$cmd_staged),
        .chk_valid(mr_tx$chk_valid),
        .chk_ready(mr_tx$chk_ready),
        .chk_key(mr_tx$chk_key),
        .chk_pd(mr_tx$chk_pd),
        .chk_va(mr_tx$chk_va),
        .chk_len(mr_tx$chk_len),
        .chk_need_local_write(mr_tx$chk_need_local_write),
        .chk_need_remote_write(mr_tx$chk_need_remote_write),
        .res_valid(mr_tx$res_valid),
        .res_ready(mr_tx$res_ready),
        .res_ok(mr_tx$res_ok),
        .res_iova(mr_tx$res_iova),
        .idle(mr_tx$idle)
    );
    top$mr_rx mr_rx(
        .clock(mr_rx$clock),
        .reset(mr_rx$reset),
        .cmd_valid(mr_rx$cmd_valid),
        .cmd_ready(mr_rx$cmd_ready),
        .cmd_op(mr_rx$cmd_op),
        .cmd_sel(mr_rx$cmd_sel),
        .cmd_staged(mr_rx$cmd_staged),
        .chk_valid(mr_rx$chk_valid),
        .chk_ready(mr_rx$chk_ready),
        .chk_key(mr_rx$chk_key),
        .chk_pd(mr_rx$chk_pd),
        .chk_va(mr_rx$chk_va),
        .chk_len(mr_rx$chk_len),
        .chk_need_local_write(mr_rx$chk_need_local_write),
        .chk_need_remote_write(mr_rx$chk_need_remote_write),
        .res_valid(mr_rx$res_valid),
        .res_ready(mr_rx$res_ready),
        .res_ok(mr_rx$res_ok),
        .res_iova(mr_rx$res_iova),
        .idle(mr_rx$idle)
    );
    top$sched sched(
        .clock(sched$clock),
        .reset(sched$reset),
        .event_valid(sched$event_valid),
        .event_ready(sched$event_ready),
        .event_qpn(sched$event_qpn),
        .grant_valid(sched$grant_valid),
        .grant_ready(sched$grant_ready),
        .grant_qpn(sched$grant_qpn),
        .done_valid(sched$done_valid),
        .done_qpn(sched$done_qpn),
        .done_more(sched$done_more),
        .done_unexpected(sched$done_unexpected),
        .idle(sched$idle)
    );
    top$events events(
        .clock(events$clock),
        .reset(events$reset),
        .a_valid(events$a_valid),
        .a_ready(events$a_ready),
        .a_qpn(events$a_qpn),
        .b_valid(events$b_valid),
        .b_ready(events$b_ready),
        .b_qpn(events$b_qpn),
        .c_valid(events$c_valid),
        .c_ready(events$c_ready),
        .c_qpn(events$c_qpn),
        .d_valid(events$d_valid),
        .d_ready(events$d_ready),
        .d_qpn(events$d_qpn),
        .o_valid(events$o_valid),
        .o_ready(events$o_ready),
        .o_qpn(events$o_qpn),
        .idle(events$idle)
    );
    top$wqe wqe(
        .clock(wqe$clock),
        .reset(wqe$reset),
        .f_valid(wqe$f_valid),
        .f_ready(wqe$f_ready),
        .f_qpn(wqe$f_qpn),
        .f_idx(wqe$f_idx),
        .f_addr(wqe$f_addr),
        .f_pd(wqe$f_pd),
        .rd_req_valid(wqe$rd_req_valid),
        .rd_req_ready(wqe$rd_req_ready),
        .rd_req_addr(wqe$rd_req_addr),
        .rd_req_len(wqe$rd_req_len),
        .rd_resp_valid(wqe$rd_resp_valid),
        .rd_resp_ready(wqe$rd_resp_ready),
        .rd_resp_data(wqe$rd_resp_data),
        .rd_resp_last(wqe$rd_resp_last),
        .rd_resp_error(wqe$rd_resp_error),
        .chk_valid(wqe$chk_valid),
        .chk_ready(wqe$chk_ready),
        .chk_key(wqe$chk_key),
        .chk_pd(wqe$chk_pd),
        .chk_va(wqe$chk_va),
        .chk_len(wqe$chk_len),
        .chk_need_local_write(wqe$chk_need_local_write),
        .chk_need_remote_write(wqe$chk_need_remote_write),
        .res_valid(wqe$res_valid),
        .res_ready(wqe$res_ready),
        .res_ok(wqe$res_ok),
        .res_iova(wqe$res_iova),
        .c_rd_qpn(wqe$c_rd_qpn),
        .c_rd_slot(wqe$c_rd_slot),
        .c_valid(wqe$c_valid),
        .c_idx(wqe$c_idx),
        .c_status(wqe$c_status),
        .c_opcode(wqe$c_opcode),
        .c_signaled(wqe$c_signaled),
        .c_solicited(wqe$c_solicited),
        .c_imm(wqe$c_imm),
        .c_wr_id(wqe$c_wr_id),
        .c_remote_addr(wqe$c_remote_addr),
        .c_rkey(wqe$c_rkey),
        .c_len(wqe$c_len),
        .c_liova(wqe$c_liova),
        .ev_valid(wqe$ev_valid),
        .ev_ready(wqe$ev_ready),
        .ev_qpn(wqe$ev_qpn),
        .inv_valid(wqe$inv_valid),
        .inv_qpn(wqe$inv_qpn),
        .cnt_dma_errors(wqe$cnt_dma_errors),
        .idle(wqe$idle)
    );
    top$req req(
        .clock(req$clock),
        .reset(req$reset),
        .grant_valid(req$grant_valid),
        .grant_ready(req$grant_ready),
        .grant_qpn(req$grant_qpn),
        .done_valid(req$done_valid),
        .done_qpn(req$done_qpn),
        .done_more(req$done_more),
        .db_valid(req$db_valid),
        .db_qpn(req$db_qpn),
        .db_value(req$db_value),
        .db_overflow(req$db_overflow),
        .ev_valid(req$ev_valid),
        .ev_ready(req$ev_ready),
        .ev_qpn(req$ev_qpn),
        .init_valid(req$init_valid),
        .init_ready(req$init_ready),
        .init_qpn(req$init_qpn),
        .init_fresh(req$init_fresh),
        .init_state(req$init_state),
        .init_take_sq_psn(req$init_take_sq_psn),
        .init_sq_psn(req$init_sq_psn),
        .ci_valid(req$ci_valid),
        .ci_qpn(req$ci_qpn),
        .ci_value(req$ci_value),
        .rw_valid(req$rw_valid),
        .rw_ready(req$rw_ready),
        .rw_qpn(req$rw_qpn),
        .rw_idx(req$rw_idx),
        .rw_psn(req$rw_psn),
        .rw_epoch(req$rw_epoch),
        .rw_pause(req$rw_pause),
        .qs_rd_qpn(req$qs_rd_qpn),
        .qs_state(req$qs_state),
        .qs_dest_qpn(req$qs_dest_qpn),
        .qs_dmac(req$qs_dmac),
        .qs_dip(req$qs_dip),
        .qs_pmtu_log2(req$qs_pmtu_log2),
        .qs_sq_base(req$qs_sq_base),
        .qs_sq_log2(req$qs_sq_log2),
        .qs_pd(req$qs_pd),
        .qs_udp_sport(req$qs_udp_sport),
        .qs_scq(req$qs_scq),
        .f_valid(req$f_valid),
        .f_ready(req$f_ready),
        .f_qpn(req$f_qpn),
        .f_idx(req$f_idx),
        .f_addr(req$f_addr),
        .f_pd(req$f_pd),
        .c_rd_qpn(req$c_rd_qpn),
        .c_rd_slot(req$c_rd_slot),
        .c_valid(req$c_valid),
        .c_idx(req$c_idx),
        .c_status(req$c_status),
        .c_opcode(req$c_opcode),
        .c_signaled(req$c_signaled),
        .c_solicited(req$c_solicited),
        .c_imm(req$c_imm),
        .c_wr_id(req$c_wr_id),
        .c_remote_addr(req$c_remote_addr),
        .c_rkey(req$c_rkey),
        .c_len(req$c_len),
        .c_liova(req$c_liova),
        .inv_valid(req$inv_valid),
        .inv_qpn(req$inv_qpn),
        .d_valid(req$d_valid),
        .d_ready(req$d_ready),
        .d_dst_mac(req$d_dst_mac),
        .d_dst_ip(req$d_dst_ip),
        .d_udp_sport(req$d_udp_sport),
        .d_opcode(req$d_opcode),
        .d_solicited(req$d_solicited),
        .d_dest_qpn(req$d_dest_qpn),
        .d_ack_req(req$d_ack_req),
        .d_psn(req$d_psn),
        .d_has_reth(req$d_has_reth),
        .d_reth_va(req$d_reth_va),
        .d_reth_rkey(req$d_reth_rkey),
        .d_reth_len(req$d_reth_len),
        .d_has_aeth(req$d_has_aeth),
        .d_aeth_syndrome(req$d_aeth_syndrome),
        .d_aeth_msn(req$d_aeth_msn),
        .d_has_imm(req$d_has_imm),
        .d_imm(req$d_imm),
        .d_payload_len(req$d_payload_len),
        .g_valid(req$g_valid),
        .g_ready(req$g_ready),
        .g_addr(req$g_addr),
        .g_len(req$g_len),
        .fl_valid(req$fl_valid),
        .fl_ready(req$fl_ready),
        .fl_qpn(req$fl_qpn),
        .fl_idx(req$fl_idx),
        .fl_first_psn(req$fl_first_psn),
        .fl_last_psn(req$fl_last_psn),
        .fl_wr_id(req$fl_wr_id),
        .fl_byte_len(req$fl_byte_len),
        .fl_signaled(req$fl_signaled),
        .fl_is_write(req$fl_is_write),
        .fl_status(req$fl_status),
        .fl_scq(req$fl_scq),
        .fl_epoch(req$fl_epoch),
        .idle(req$idle)
    );
    top$arb arb(
        .clock(arb$clock),
        .reset(arb$reset),
        .ack_valid(arb$ack_valid),
        .ack_ready(arb$ack_ready),
        .ack_dst_mac(arb$ack_dst_mac),
        .ack_dst_ip(arb$ack_dst_ip),
        .ack_udp_sport(arb$ack_udp_sport),
        .ack_opcode(arb$ack_opcode),
        .ack_solicited(arb$ack_solicited),
        .ack_dest_qpn(arb$ack_dest_qpn),
        .ack_ack_req(arb$ack_ack_req),
        .ack_psn(arb$ack_psn),
        .ack_has_reth(arb$ack_has_reth),
        .ack_reth_va(arb$ack_reth_va),
        .ack_reth_rkey(arb$ack_reth_rkey),
        .ack_reth_len(arb$ack_reth_len),
        .ack_has_aeth(arb$ack_has_aeth),
        .ack_aeth_syndrome(arb$ack_aeth_syndrome),
        .ack_aeth_msn(arb$ack_aeth_msn),
        .ack_has_imm(arb$ack_has_imm),
        .ack_imm(arb$ack_imm),
        .ack_payload_len(arb$ack_payload_len),
        .data_valid(arb$data_valid),
        .data_ready(arb$data_ready),
        .data_dst_mac(arb$data_dst_mac),
        .data_dst_ip(arb$data_dst_ip),
        .data_udp_sport(arb$data_udp_sport),
        .data_opcode(arb$data_opcode),
        .data_solicited(arb$data_solicited),
        .data_dest_qpn(arb$data_dest_qpn),
        .data_ack_req(arb$data_ack_req),
        .data_psn(arb$data_psn),
        .data_has_reth(arb$data_has_reth),
        .data_reth_va(arb$data_reth_va),
        .data_reth_rkey(arb$data_reth_rkey),
        .data_reth_len(arb$data_reth_len),
        .data_has_aeth(arb$data_has_aeth),
        .data_aeth_syndrome(arb$data_aeth_syndrome),
        .data_aeth_msn(arb$data_aeth_msn),
        .data_has_imm(arb$data_has_imm),
        .data_imm(arb$data_imm),
        .data_payload_len(arb$data_payload_len),
        .o_valid(arb$o_valid),
        .o_ready(arb$o_ready),
        .o_dst_mac(arb$o_dst_mac),
        .o_dst_ip(arb$o_dst_ip),
        .o_udp_sport(arb$o_udp_sport),
        .o_opcode(arb$o_opcode),
        .o_solicited(arb$o_solicited),
        .o_dest_qpn(arb$o_dest_qpn),
        .o_ack_req(arb$o_ack_req),
        .o_psn(arb$o_psn),
        .o_has_reth(arb$o_has_reth),
        .o_reth_va(arb$o_reth_va),
        .o_reth_rkey(arb$o_reth_rkey),
        .o_reth_len(arb$o_reth_len),
        .o_has_aeth(arb$o_has_aeth),
        .o_aeth_syndrome(arb$o_aeth_syndrome),
        .o_aeth_msn(arb$o_aeth_msn),
        .o_has_imm(arb$o_has_imm),
        .o_imm(arb$o_imm),
        .o_payload_len(arb$o_payload_len),
        .cnt_tx_acks(arb$cnt_tx_acks),
        .idle(arb$idle)
    );
    top$acks acks(
        .clock(acks$clock),
        .reset(acks$reset),
        .req_valid(acks$req_valid),
        .req_ready(acks$req_ready),
        .req_qpn24(acks$req_qpn24),
        .req_syndrome(acks$req_syndrome),
        .req_psn(acks$req_psn),
        .req_msn(acks$req_msn),
        .req_dst_mac(acks$req_dst_mac),
        .req_dst_ip(acks$req_dst_ip),
        .req_udp_sport(acks$req_udp_sport),
        .o_valid(acks$o_valid),
        .o_ready(acks$o_ready),
        .o_dst_mac(acks$o_dst_mac),
        .o_dst_ip(acks$o_dst_ip),
        .o_udp_sport(acks$o_udp_sport),
        .o_opcode(acks$o_opcode),
        .o_solicited(acks$o_solicited),
        .o_dest_qpn(acks$o_dest_qpn),
        .o_ack_req(acks$o_ack_req),
        .o_psn(acks$o_psn),
        .o_has_reth(acks$o_has_reth),
        .o_reth_va(acks$o_reth_va),
        .o_reth_rkey(acks$o_reth_rkey),
        .o_reth_len(acks$o_reth_len),
        .o_has_aeth(acks$o_has_aeth),
        .o_aeth_syndrome(acks$o_aeth_syndrome),
        .o_aeth_msn(acks$o_aeth_msn),
        .o_has_imm(acks$o_has_imm),
        .o_imm(acks$o_imm),
        .o_payload_len(acks$o_payload_len),
        .idle(acks$idle)
    );
    top$framer framer(
        .clock(framer$clock),
        .reset(framer$reset),
        .src_mac(framer$src_mac),
        .src_ip(framer$src_ip),
        .d_valid(framer$d_valid),
        .d_ready(framer$d_ready),
        .d_dst_mac(framer$d_dst_mac),
        .d_dst_ip(framer$d_dst_ip),
        .d_udp_sport(framer$d_udp_sport),
        .d_opcode(framer$d_opcode),
        .d_solicited(framer$d_solicited),
        .d_dest_qpn(framer$d_dest_qpn),
        .d_ack_req(framer$d_ack_req),
        .d_psn(framer$d_psn),
        .d_has_reth(framer$d_has_reth),
        .d_reth_va(framer$d_reth_va),
        .d_reth_rkey(framer$d_reth_rkey),
        .d_reth_len(framer$d_reth_len),
        .d_has_aeth(framer$d_has_aeth),
        .d_aeth_syndrome(framer$d_aeth_syndrome),
        .d_aeth_msn(framer$d_aeth_msn),
        .d_has_imm(framer$d_has_imm),
        .d_imm(framer$d_imm),
        .d_payload_len(framer$d_payload_len),
        .pl_valid(framer$pl_valid),
        .pl_ready(framer$pl_ready),
        .pl_data(framer$pl_data),
        .pl_error(framer$pl_error),
        .tx_valid(framer$tx_valid),
        .tx_ready(framer$tx_ready),
        .tx_data(framer$tx_data),
        .tx_keep(framer$tx_keep),
        .tx_last(framer$tx_last),
        .frame_done(framer$frame_done),
        .frame_poisoned(framer$frame_poisoned),
        .idle(framer$idle)
    );
    top$tx_fifo tx_fifo(
        .clock(tx_fifo$clock),
        .reset(tx_fifo$reset),
        .in_valid(tx_fifo$in_valid),
        .in_ready(tx_fifo$in_ready),
        .in_data(tx_fifo$in_data),
        .in_keep(tx_fifo$in_keep),
        .in_last(tx_fifo$in_last),
        .out_valid(tx_fifo$out_valid),
        .out_ready(tx_fifo$out_ready),
        .out_data(tx_fifo$out_data),
        .out_keep(tx_fifo$out_keep),
        .out_last(tx_fifo$out_last),
        .empty(tx_fifo$empty)
    );
    top$rxbuf rxbuf(
        .clock(rxbuf$clock),
        .reset(rxbuf$reset),
        .enable(rxbuf$enable),
        .our_mac(rxbuf$our_mac),
        .our_ip(rxbuf$our_ip),
        .rx_valid(rxbuf$rx_valid),
        .rx_ready(rxbuf$rx_ready),
        .rx_data(rxbuf$rx_data),
        .rx_keep(rxbuf$rx_keep),
        .rx_last(rxbuf$rx_last),
        .o_valid(rxbuf$o_valid),
        .o_ready(rxbuf$o_ready),
        .o_data(rxbuf$o_data),
        .o_keep(rxbuf$o_keep),
        .o_last(rxbuf$o_last),
        .o_len(rxbuf$o_len),
        .cnt_good(rxbuf$cnt_good),
        .cnt_not_roce(rxbuf$cnt_not_roce),
        .cnt_malformed(rxbuf$cnt_malformed),
        .cnt_overflow(rxbuf$cnt_overflow),
        .cnt_bad_icrc(rxbuf$cnt_bad_icrc),
        .idle(rxbuf$idle)
    );
    top$parser parser(
        .clock(parser$clock),
        .reset(parser$reset),
        .f_valid(parser$f_valid),
        .f_ready(parser$f_ready),
        .f_data(parser$f_data),
        .f_keep(parser$f_keep),
        .f_last(parser$f_last),
        .f_len(parser$f_len),
        .p_valid(parser$p_valid),
        .p_ready(parser$p_ready),
        .p_discard(parser$p_discard),
        .p_opcode(parser$p_opcode),
        .p_solicited(parser$p_solicited),
        .p_dest_qpn(parser$p_dest_qpn),
        .p_ack_req(parser$p_ack_req),
        .p_psn(parser$p_psn),
        .p_src_ip(parser$p_src_ip),
        .p_udp_sport(parser$p_udp_sport),
        .p_has_reth(parser$p_has_reth),
        .p_has_aeth(parser$p_has_aeth),
        .p_has_imm(parser$p_has_imm),
        .p_has_atomic(parser$p_has_atomic),
        .p_has_atomic_ack(parser$p_has_atomic_ack),
        .p_va(parser$p_va),
        .p_rkey(parser$p_rkey),
        .p_dma_len(parser$p_dma_len),
        .p_aeth_syndrome(parser$p_aeth_syndrome),
        .p_aeth_msn(parser$p_aeth_msn),
        .p_imm(parser$p_imm),
        .p_swap(parser$p_swap),
        .p_compare(parser$p_compare),
        .p_payload_len(parser$p_payload_len),
        .pl_valid(parser$pl_valid),
        .pl_ready(parser$pl_ready),
        .pl_data(parser$pl_data),
        .pl_keep(parser$pl_keep),
        .pl_last(parser$pl_last),
        .cnt_malformed(parser$cnt_malformed),
        .cnt_bad_pkey(parser$cnt_bad_pkey),
        .idle(parser$idle)
    );
    top$dispatch dispatch(
        .clock(dispatch$clock),
        .reset(dispatch$reset),
        .p_valid(dispatch$p_valid),
        .p_ready(dispatch$p_ready),
        .p_discard(dispatch$p_discard),
        .p_opcode(dispatch$p_opcode),
        .p_solicited(dispatch$p_solicited),
        .p_dest_qpn(dispatch$p_dest_qpn),
        .p_ack_req(dispatch$p_ack_req),
        .p_psn(dispatch$p_psn),
        .p_src_ip(dispatch$p_src_ip),
        .p_udp_sport(dispatch$p_udp_sport),
        .p_has_reth(dispatch$p_has_reth),
        .p_has_aeth(dispatch$p_has_aeth),
        .p_has_imm(dispatch$p_has_imm),
        .p_has_atomic(dispatch$p_has_atomic),
        .p_has_atomic_ack(dispatch$p_has_atomic_ack),
        .p_va(dispatch$p_va),
        .p_rkey(dispatch$p_rkey),
        .p_dma_len(dispatch$p_dma_len),
        .p_aeth_syndrome(dispatch$p_aeth_syndrome),
        .p_aeth_msn(dispatch$p_aeth_msn),
        .p_imm(dispatch$p_imm),
        .p_swap(dispatch$p_swap),
        .p_compare(dispatch$p_compare),
        .p_payload_len(dispatch$p_payload_len),
        .qs_rd_qpn(dispatch$qs_rd_qpn),
        .qs_state(dispatch$qs_state),
        .qs_dip(dispatch$qs_dip),
        .qs_pd(dispatch$qs_pd),
        .qs_rq_base(dispatch$qs_rq_base),
        .qs_rq_log2(dispatch$qs_rq_log2),
        .qs_rcq(dispatch$qs_rcq),
        .qs_pmtu_log2(dispatch$qs_pmtu_log2),
        .qs_dest_qpn(dispatch$qs_dest_qpn),
        .qs_dmac(dispatch$qs_dmac),
        .qs_udp_sport(dispatch$qs_udp_sport),
        .a_valid(dispatch$a_valid),
        .a_ready(dispatch$a_ready),
        .a_qpn(dispatch$a_qpn),
        .a_syndrome(dispatch$a_syndrome),
        .a_psn(dispatch$a_psn),
        .a_msn(dispatch$a_msn),
        .r_valid(dispatch$r_valid),
        .r_ready(dispatch$r_ready),
        .r_qpn(dispatch$r_qpn),
        .r_opcode(dispatch$r_opcode),
        .r_solicited(dispatch$r_solicited),
        .r_ack_req(dispatch$r_ack_req),
        .r_psn(dispatch$r_psn),
        .r_has_reth(dispatch$r_has_reth),
        .r_has_imm(dispatch$r_has_imm),
        .r_va(dispatch$r_va),
        .r_rkey(dispatch$r_rkey),
        .r_dma_len(dispatch$r_dma_len),
        .r_imm(dispatch$r_imm),
        .r_payload_len(dispatch$r_payload_len),
        .r_state(dispatch$r_state),
        .r_pd(dispatch$r_pd),
        .r_rq_base(dispatch$r_rq_base),
        .r_rq_log2(dispatch$r_rq_log2),
        .r_rcq(dispatch$r_rcq),
        .r_pmtu_log2(dispatch$r_pmtu_log2),
        .r_dest_qpn(dispatch$r_dest_qpn),
        .r_dmac(dispatch$r_dmac),
        .r_dip(dispatch$r_dip),
        .r_udp_sport(dispatch$r_udp_sport),
        .cnt_rx_bad_qp(dispatch$cnt_rx_bad_qp),
        .cnt_rx_bad_source(dispatch$cnt_rx_bad_source),
        .cnt_rx_acks(dispatch$cnt_rx_acks),
        .idle(dispatch$idle)
    );
    top$resp resp(
        .clock(resp$clock),
        .reset(resp$reset),
        .r_valid(resp$r_valid),
        .r_ready(resp$r_ready),
        .r_qpn(resp$r_qpn),
        .r_opcode(resp$r_opcode),
        .r_solicited(resp$r_solicited),
        .r_ack_req(resp$r_ack_req),
        .r_psn(resp$r_psn),
        .r_has_reth(resp$r_has_reth),
        .r_has_imm(resp$r_has_imm),
        .r_va(resp$r_va),
        .r_rkey(resp$r_rkey),
        .r_dma_len(resp$r_dma_len),
        .r_imm(resp$r_imm),
        .r_payload_len(resp$r_payload_len),
        .r_state(resp$r_state),
        .r_pd(resp$r_pd),
        .r_rq_base(resp$r_rq_base),
        .r_rq_log2(resp$r_rq_log2),
        .r_rcq(resp$r_rcq),
        .r_pmtu_log2(resp$r_pmtu_log2),
        .r_dest_qpn(resp$r_dest_qpn),
        .r_dmac(resp$r_dmac),
        .r_dip(resp$r_dip),
        .r_udp_sport(resp$r_udp_sport),
        .pl_valid(resp$pl_valid),
        .pl_ready(resp$pl_ready),
        .pl_data(resp$pl_data),
        .pl_keep(resp$pl_keep),
        .pl_last(resp$pl_last),
        .init_valid(resp$init_valid),
        .init_ready(resp$init_ready),
        .init_qpn(resp$init_qpn),
        .init_fresh(resp$init_fresh),
        .init_state(resp$init_state),
        .init_take_sq_psn(resp$init_take_sq_psn),
        .init_sq_psn(resp$init_sq_psn),
        .init_take_rq_psn(resp$init_take_rq_psn),
        .init_rq_psn(resp$init_rq_psn),
        .db_valid(resp$db_valid),
        .db_qpn(resp$db_qpn),
        .db_value(resp$db_value),
        .rd_req_valid(resp$rd_req_valid),
        .rd_req_ready(resp$rd_req_ready),
        .rd_req_addr(resp$rd_req_addr),
        .rd_req_len(resp$rd_req_len),
        .rd_resp_valid(resp$rd_resp_valid),
        .rd_resp_ready(resp$rd_resp_ready),
        .rd_resp_data(resp$rd_resp_data),
        .rd_resp_last(resp$rd_resp_last),
        .rd_resp_error(resp$rd_resp_error),
        .chk_valid(resp$chk_valid),
        .chk_ready(resp$chk_ready),
        .chk_key(resp$chk_key),
        .chk_pd(resp$chk_pd),
        .chk_va(resp$chk_va),
        .chk_len(resp$chk_len),
        .chk_need_local_write(resp$chk_need_local_write),
        .chk_need_remote_write(resp$chk_need_remote_write),
        .res_valid(resp$res_valid),
        .res_ready(resp$res_ready),
        .res_ok(resp$res_ok),
        .res_iova(resp$res_iova),
        .w_valid(resp$w_valid),
        .w_ready(resp$w_ready),
        .w_addr(resp$w_addr),
        .w_len(resp$w_len),
        .w_data(resp$w_data),
        .w_last(resp$w_last),
        .ack_valid(resp$ack_valid),
        .ack_ready(resp$ack_ready),
        .ack_qpn24(resp$ack_qpn24),
        .ack_syndrome(resp$ack_syndrome),
        .ack_psn(resp$ack_psn),
        .ack_msn(resp$ack_msn),
        .ack_dst_mac(resp$ack_dst_mac),
        .ack_dst_ip(resp$ack_dst_ip),
        .ack_udp_sport(resp$ack_udp_sport),
        .cqe_valid(resp$cqe_valid),
        .cqe_ready(resp$cqe_ready),
        .cqe_cqn(resp$cqe_cqn),
        .cqe_wr_id(resp$cqe_wr_id),
        .cqe_byte_len(resp$cqe_byte_len),
        .cqe_imm(resp$cqe_imm),
        .cqe_imm_valid(resp$cqe_imm_valid),
        .cqe_qpn(resp$cqe_qpn),
        .cqe_status(resp$cqe_status),
        .cqe_opcode(resp$cqe_opcode),
        .err_valid(resp$err_valid),
        .err_ready(resp$err_ready),
        .err_qpn(resp$err_qpn),
        .cnt_rx_duplicate(resp$cnt_rx_duplicate),
        .cnt_nak_seq_sent(resp$cnt_nak_seq_sent),
        .cnt_nak_access_sent(resp$cnt_nak_access_sent),
        .cnt_rnr_nak_sent(resp$cnt_rnr_nak_sent),
        .cnt_nak_invalid_sent(resp$cnt_nak_invalid_sent),
        .cnt_wqe_errors(resp$cnt_wqe_errors),
        .cnt_dma_errors(resp$cnt_dma_errors),
        .idle(resp$idle)
    );
    top$ackh ackh(
        .clock(ackh$clock),
        .reset(ackh$reset),
        .a_valid(ackh$a_valid),
        .a_ready(ackh$a_ready),
        .a_qpn(ackh$a_qpn),
        .a_syndrome(ackh$a_syndrome),
        .a_psn(ackh$a_psn),
        .a_msn(ackh$a_msn),
        .fl_valid(ackh$fl_valid),
        .fl_ready(ackh$fl_ready),
        .fl_qpn(ackh$fl_qpn),
        .fl_idx(ackh$fl_idx),
        .fl_first_psn(ackh$fl_first_psn),
        .fl_last_psn(ackh$fl_last_psn),
        .fl_wr_id(ackh$fl_wr_id),
        .fl_byte_len(ackh$fl_byte_len),
        .fl_signaled(ackh$fl_signaled),
        .fl_is_write(ackh$fl_is_write),
        .fl_status(ackh$fl_status),
        .fl_scq(ackh$fl_scq),
        .fl_epoch(ackh$fl_epoch),
        .init_valid(ackh$init_valid),
        .init_ready(ackh$init_ready),
        .init_qpn(ackh$init_qpn),
        .init_fresh(ackh$init_fresh),
        .init_state(ackh$init_state),
        .init_take_sq_psn(ackh$init_take_sq_psn),
        .init_sq_psn(ackh$init_sq_psn),
        .init_take_rq_psn(ackh$init_take_rq_psn),
        .init_rq_psn(ackh$init_rq_psn),
        .ci_valid(ackh$ci_valid),
        .ci_qpn(ackh$ci_qpn),
        .ci_value(ackh$ci_value),
        .rw_valid(ackh$rw_valid),
        .rw_ready(ackh$rw_ready),
        .rw_qpn(ackh$rw_qpn),
        .rw_idx(ackh$rw_idx),
        .rw_psn(ackh$rw_psn),
        .rw_epoch(ackh$rw_epoch),
        .rw_pause(ackh$rw_pause),
        .ev_valid(ackh$ev_valid),
        .ev_ready(ackh$ev_ready),
        .ev_qpn(ackh$ev_qpn),
        .cqe_valid(ackh$cqe_valid),
        .cqe_ready(ackh$cqe_ready),
        .cqe_cqn(ackh$cqe_cqn),
        .cqe_wr_id(ackh$cqe_wr_id),
        .cqe_byte_len(ackh$cqe_byte_len),
        .cqe_imm(ackh$cqe_imm),
        .cqe_imm_valid(ackh$cqe_imm_valid),
        .cqe_qpn(ackh$cqe_qpn),
        .cqe_status(ackh$cqe_status),
        .cqe_opcode(ackh$cqe_opcode),
        .err_valid(ackh$err_valid),
        .err_ready(ackh$err_ready),
        .err_qpn(ackh$err_qpn),
        .timeout(ackh$timeout),
        .rnr_delay(ackh$rnr_delay),
        .next_timer(ackh$next_timer),
        .cnt_rx_naks(ackh$cnt_rx_naks),
        .cnt_retransmits(ackh$cnt_retransmits),
        .cnt_wqe_errors(ackh$cnt_wqe_errors),
        .idle(ackh$idle)
    );
    top$cqes cqes(
        .clock(cqes$clock),
        .reset(cqes$reset),
        .a_valid(cqes$a_valid),
        .a_ready(cqes$a_ready),
        .a_cqn(cqes$a_cqn),
        .a_wr_id(cqes$a_wr_id),
        .a_byte_len(cqes$a_byte_len),
        .a_imm(cqes$a_imm),
        .a_imm_valid(cqes$a_imm_valid),
        .a_qpn(cqes$a_qpn),
        .a_status(cqes$a_status),
        .a_opcode(cqes$a_opcode),
        .b_valid(cqes$b_valid),
        .b_ready(cqes$b_ready),
        .b_cqn(cqes$b_cqn),
        .b_wr_id(cqes$b_wr_id),
        .b_byte_len(cqes$b_byte_len),
        .b_imm(cqes$b_imm),
        .b_imm_valid(cqes$b_imm_valid),
        .b_qpn(cqes$b_qpn),
        .b_status(cqes$b_status),
        .b_opcode(cqes$b_opcode),
        .o_valid(cqes$o_valid),
        .o_ready(cqes$o_ready),
        .o_cqn(cqes$o_cqn),
        .o_wr_id(cqes$o_wr_id),
        .o_byte_len(cqes$o_byte_len),
        .o_imm(cqes$o_imm),
        .o_imm_valid(cqes$o_imm_valid),
        .o_qpn(cqes$o_qpn),
        .o_status(cqes$o_status),
        .o_opcode(cqes$o_opcode),
        .idle(cqes$idle)
    );
    top$cpl cpl(
        .clock(cpl$clock),
        .reset(cpl$reset),
        .cqe_valid(cpl$cqe_valid),
        .cqe_ready(cpl$cqe_ready),
        .cqe_cqn(cpl$cqe_cqn),
        .cqe_wr_id(cpl$cqe_wr_id),
        .cqe_byte_len(cpl$cqe_byte_len),
        .cqe_imm(cpl$cqe_imm),
        .cqe_imm_valid(cpl$cqe_imm_valid),
        .cqe_qpn(cpl$cqe_qpn),
        .cqe_status(cpl$cqe_status),
        .cqe_opcode(cpl$cqe_opcode),
        .cmd_valid(cpl$cmd_valid),
        .cmd_ready(cpl$cmd_ready),
        .cmd_op(cpl$cmd_op),
        .cmd_cqn(cpl$cmd_cqn),
        .cmd_base(cpl$cmd_base),
        .cmd_log2(cpl$cmd_log2),
        .cmd_vector(cpl$cmd_vector),
        .ci_valid(cpl$ci_valid),
        .ci_cqn(cpl$ci_cqn),
        .ci_value(cpl$ci_value),
        .arm_valid(cpl$arm_valid),
        .arm_cqn(cpl$arm_cqn),
        .arm_set(cpl$arm_set),
        .dma_wr_valid(cpl$dma_wr_valid),
        .dma_wr_ready(cpl$dma_wr_ready),
        .dma_wr_addr(cpl$dma_wr_addr),
        .dma_wr_len(cpl$dma_wr_len),
        .dma_wr_data(cpl$dma_wr_data),
        .dma_wr_last(cpl$dma_wr_last),
        .irq_valid(cpl$irq_valid),
        .irq_ready(cpl$irq_ready),
        .irq_vector(cpl$irq_vector),
        .cnt_overflow(cpl$cnt_overflow),
        .idle(cpl$idle)
    );
    top$rd rd(
        .clock(rd$clock),
        .reset(rd$reset),
        .clients$0$req_valid(rd$clients$0$req_valid),
        .clients$0$req_ready(rd$clients$0$req_ready),
        .clients$0$req_addr(rd$clients$0$req_addr),
        .clients$0$req_len(rd$clients$0$req_len),
        .clients$0$resp_valid(rd$clients$0$resp_valid),
        .clients$0$resp_ready(rd$clients$0$resp_ready),
        .clients$0$resp_data(rd$clients$0$resp_data),
        .clients$0$resp_last(rd$clients$0$resp_last),
        .clients$0$resp_error(rd$clients$0$resp_error),
        .clients$1$req_valid(rd$clients$1$req_valid),
        .clients$1$req_ready(rd$clients$1$req_ready),
        .clients$1$req_addr(rd$clients$1$req_addr),
        .clients$1$req_len(rd$clients$1$req_len),
        .clients$1$resp_valid(rd$clients$1$resp_valid),
        .clients$1$resp_ready(rd$clients$1$resp_ready),
        .clients$1$resp_data(rd$clients$1$resp_data),
        .clients$1$resp_last(rd$clients$1$resp_last),
        .clients$1$resp_error(rd$clients$1$resp_error),
        .clients$2$req_valid(rd$clients$2$req_valid),
        .clients$2$req_ready(rd$clients$2$req_ready),
        .clients$2$req_addr(rd$clients$2$req_addr),
        .clients$2$req_len(rd$clients$2$req_len),
        .clients$2$resp_valid(rd$clients$2$resp_valid),
        .clients$2$resp_ready(rd$clients$2$resp_ready),
        .clients$2$resp_data(rd$clients$2$resp_data),
        .clients$2$resp_last(rd$clients$2$resp_last),
        .clients$2$resp_error(rd$clients$2$resp_error),
        .dma_rd_req_valid(rd$dma_rd_req_valid),
        .dma_rd_req_ready(rd$dma_rd_req_ready),
        .dma_rd_req_addr(rd$dma_rd_req_addr),
        .dma_rd_req_len(rd$dma_rd_req_len),
        .dma_rd_req_tag(rd$dma_rd_req_tag),
        .dma_rd_resp_valid(rd$dma_rd_resp_valid),
        .dma_rd_resp_ready(rd$dma_rd_resp_ready),
        .dma_rd_resp_data(rd$dma_rd_resp_data),
        .dma_rd_resp_last(rd$dma_rd_resp_last),
        .dma_rd_resp_tag(rd$dma_rd_resp_tag),
        .dma_rd_resp_error(rd$dma_rd_resp_error),
        .dma_error(rd$dma_error)
    );
    top$wr wr(
        .clock(wr$clock),
        .reset(wr$reset),
        .clients$0$valid(wr$clients$0$valid),
        .clients$0$ready(wr$clients$0$ready),
        .clients$0$addr(wr$clients$0$addr),
        .clients$0$len(wr$clients$0$len),
        .clients$0$data(wr$clients$0$data),
        .clients$0$last(wr$clients$0$last),
        .clients$1$valid(wr$clients$1$valid),
        .clients$1$ready(wr$clients$1$ready),
        .clients$1$addr(wr$clients$1$addr),
        .clients$1$len(wr$clients$1$len),
        .clients$1$data(wr$clients$1$data),
        .clients$1$last(wr$clients$1$last),
        .dma_wr_valid(wr$dma_wr_valid),
        .dma_wr_ready(wr$dma_wr_ready),
        .dma_wr_addr(wr$dma_wr_addr),
        .dma_wr_len(wr$dma_wr_len),
        .dma_wr_data(wr$dma_wr_data),
        .dma_wr_last(wr$dma_wr_last),
        .burst_error(wr$burst_error)
    );
    
    // Update code
    always @(*) begin
        cnt_vec = 32'h0;
        if (parser$p_valid & dispatch$p_ready) begin
            cnt_vec = cnt_vec | k_cnt$0;
        end
        if (rxbuf$cnt_bad_icrc) begin
            cnt_vec = cnt_vec | k_cnt$1;
        end
        if (rxbuf$cnt_malformed | parser$cnt_malformed) begin
            cnt_vec = cnt_vec | k_cnt$2;
        end
        if (rxbuf$cnt_not_roce) begin
            cnt_vec = cnt_vec | k_cnt$3;
        end
        if (dispatch$cnt_rx_bad_qp) begin
            cnt_vec = cnt_vec | k_cnt$4;
        end
        if (resp$cnt_rx_duplicate) begin
            cnt_vec = cnt_vec | k_cnt$5;
        end
        if (resp$cnt_nak_seq_sent) begin
            cnt_vec = cnt_vec | k_cnt$6;
        end
        if (resp$cnt_nak_access_sent) begin
            cnt_vec = cnt_vec | k_cnt$7;
        end
        if (resp$cnt_rnr_nak_sent) begin
            cnt_vec = cnt_vec | k_cnt$8;
        end
        if (resp$cnt_nak_invalid_sent) begin
            cnt_vec = cnt_vec | k_cnt$9;
        end
        if (framer$frame_done) begin
            cnt_vec = cnt_vec | k_cnt$10;
        end
        if (arb$cnt_tx_acks) begin
            cnt_vec = cnt_vec | k_cnt$11;
        end
        if (dispatch$cnt_rx_acks) begin
            cnt_vec = cnt_vec | k_cnt$12;
        end
        if (ackh$cnt_rx_naks) begin
            cnt_vec = cnt_vec | k_cnt$13;
        end
        if (ackh$cnt_retransmits) begin
            cnt_vec = cnt_vec | k_cnt$14;
        end
        if (rd$dma_error) begin
            cnt_vec = cnt_vec | k_cnt$15;
        end
        if (ackh$cnt_wqe_errors | resp$cnt_wqe_errors) begin
            cnt_vec = cnt_vec | k_cnt$16;
        end
        if (cpl$cnt_overflow) begin
            cnt_vec = cnt_vec | k_cnt$17;
        end
        if (dispatch$cnt_rx_bad_source) begin
            cnt_vec = cnt_vec | k_cnt$18;
        end
        if (parser$cnt_bad_pkey) begin
            cnt_vec = cnt_vec | k_cnt$19;
        end
        if (rxbuf$cnt_overflow) begin
            cnt_vec = cnt_vec | k_cnt$20;
        end
        all_idle = tx_fifo$empty & qps$idle & mr_tx$idle & mr_rx$idle & sched$idle & events$idle & wqe$idle & req$idle & arb$idle & acks$idle & framer$idle & rxbuf$idle & parser$idle & dispatch$idle & resp$idle & ackh$idle & cqes$idle & cpl$idle;
        enable = regs$rw[k_ctrl];
        station_mac = (((regs$rw[(k_mac_hi)+:(16)]) & 48'hffffffffffff) << 32'h20) | ((regs$rw[(k_mac_lo)+:(32)]) & 48'hffffffffffff);
        station_ip = regs$rw[(k_ipv4)+:(32)];
        regs$clock = clock;
        regs$reset = reset;
        qps$clock = clock;
        qps$reset = reset;
        mr_tx$clock = clock;
        mr_tx$reset = reset;
        mr_rx$clock = clock;
        mr_rx$reset = reset;
        sched$clock = clock;
        sched$reset = reset;
        events$clock = clock;
        events$reset = reset;
        wqe$clock = clock;
        wqe$reset = reset;
        req$clock = clock;
        req$reset = reset;
        arb$clock = clock;
        arb$reset = reset;
        acks$clock = clock;
        acks$reset = reset;
        framer$clock = clock;
        framer$reset = reset;
        tx_fifo$clock = clock;
        tx_fifo$reset = reset;
        rxbuf$clock = clock;
        rxbuf$reset = reset;
        parser$clock = clock;
        parser$reset = reset;
        dispatch$clock = clock;
        dispatch$reset = reset;
        resp$clock = clock;
        resp$reset = reset;
        ackh$clock = clock;
        ackh$reset = reset;
        cqes$clock = clock;
        cqes$reset = reset;
        cpl$clock = clock;
        cpl$reset = reset;
        rd$clock = clock;
        rd$reset = reset;
        wr$clock = clock;
        wr$reset = reset;
        regs$reg_addr = reg_addr;
        regs$reg_wdata = reg_wdata;
        regs$reg_write = reg_write;
        regs$reg_read = reg_read;
        reg_rdata = regs$reg_rdata;
        reg_rvalid = regs$reg_rvalid;
        regs$features = k_features;
        regs$busy = ~all_idle;
        regs$cmd_busy = ~qps$idle | ~req$init_ready | ~ackh$init_ready;
        regs$cnt_inc = cnt_vec;
        qps$cmd_valid = regs$qpc_cmd_valid;
        regs$qpc_cmd_ready = qps$cmd_ready;
        qps$cmd_op = regs$qpc_cmd_op;
        qps$cmd_sel = regs$qpc_cmd_sel;
        qps$cmd_staged = regs$qpc_staged;
        mr_tx$cmd_valid = regs$mr_cmd_valid & mr_rx$cmd_ready;
        mr_rx$cmd_valid = regs$mr_cmd_valid & mr_tx$cmd_ready;
        regs$mr_cmd_ready = mr_tx$cmd_ready & mr_rx$cmd_ready;
        mr_tx$cmd_op = regs$mr_cmd_op;
        mr_tx$cmd_sel = regs$mr_cmd_sel;
        mr_tx$cmd_staged = regs$mr_staged;
        mr_rx$cmd_op = regs$mr_cmd_op;
        mr_rx$cmd_sel = regs$mr_cmd_sel;
        mr_rx$cmd_staged = regs$mr_staged;
        cpl$cmd_valid = regs$cq_cmd_valid;
        regs$cq_cmd_ready = cpl$cmd_ready;
        cpl$cmd_op = regs$cq_cmd_op;
        cpl$cmd_cqn = regs$cq_cmd_sel;
        cpl$cmd_base = (((regs$cq_staged[(k_cq_base_hi)+:(32)]) & 64'hffffffffffffffff) << 32'h20) | ((regs$cq_staged[(k_cq_base_lo)+:(32)]) & 64'hffffffffffffffff);
        cpl$cmd_log2 = regs$cq_staged[(k_cq_log2)+:(5)];
        cpl$cmd_vector = regs$cq_staged[(k_cq_vector)+:(8)];
        req$db_valid = regs$sq_pi_valid;
        req$db_qpn = regs$sq_pi_qpn;
        req$db_value = regs$sq_pi_value;
        resp$db_valid = regs$rq_pi_valid;
        resp$db_qpn = regs$rq_pi_qpn;
        resp$db_value = regs$rq_pi_value;
        cpl$ci_valid = regs$cq_ci_valid;
        cpl$ci_cqn = regs$cq_ci_cqn;
        cpl$ci_value = regs$cq_ci_value;
        cpl$arm_valid = regs$cq_arm_valid;
        cpl$arm_cqn = regs$cq_arm_cqn;
        cpl$arm_set = regs$cq_arm_value[32'h0];
        init_all_ready = req$init_ready & ackh$init_ready & resp$init_ready;
        qps$init_ready = init_all_ready;
        req$init_valid = qps$init_valid & init_all_ready;
        req$init_qpn = qps$init_qpn;
        req$init_fresh = qps$init_fresh;
        req$init_state = qps$init_state;
        req$init_take_sq_psn = qps$init_take_sq_psn;
        req$init_sq_psn = qps$init_sq_psn;
        ackh$init_valid = qps$init_valid & init_all_ready;
        ackh$init_qpn = qps$init_qpn;
        ackh$init_fresh = qps$init_fresh;
        ackh$init_state = qps$init_state;
        ackh$init_take_sq_psn = qps$init_take_sq_psn;
        ackh$init_sq_psn = qps$init_sq_psn;
        ackh$init_take_rq_psn = qps$init_take_rq_psn;
        ackh$init_rq_psn = qps$init_rq_psn;
        resp$init_valid = qps$init_valid & init_all_ready;
        resp$init_qpn = qps$init_qpn;
        resp$init_fresh = qps$init_fresh;
        resp$init_state = qps$init_state;
        resp$init_take_sq_psn = qps$init_take_sq_psn;
        resp$init_sq_psn = qps$init_sq_psn;
        resp$init_take_rq_psn = qps$init_take_rq_psn;
        resp$init_rq_psn = qps$init_rq_psn;
        qps$err_a_valid = ackh$err_valid;
        ackh$err_ready = qps$err_a_ready;
        qps$err_a_qpn = ackh$err_qpn;
        qps$err_b_valid = resp$err_valid;
        resp$err_ready = qps$err_b_ready;
        qps$err_b_qpn = resp$err_qpn;
        qps$tx_rd_qpn = req$qs_rd_qpn;
        req$qs_state = qps$tx_state;
        req$qs_dest_qpn = qps$tx_dest_qpn;
        req$qs_dmac = qps$tx_dmac;
        req$qs_dip = qps$tx_dip;
        req$qs_pmtu_log2 = qps$tx_pmtu_log2;
        req$qs_sq_base = qps$tx_sq_base;
        req$qs_sq_log2 = qps$tx_sq_log2;
        req$qs_pd = qps$tx_pd;
        req$qs_udp_sport = qps$tx_udp_sport;
        req$qs_scq = qps$tx_scq;
        qps$rx_rd_qpn = dispatch$qs_rd_qpn;
        dispatch$qs_state = qps$rx_state;
        dispatch$qs_dip = qps$rx_dip;
        dispatch$qs_pd = qps$rx_pd;
        dispatch$qs_rq_base = qps$rx_rq_base;
        dispatch$qs_rq_log2 = qps$rx_rq_log2;
        dispatch$qs_rcq = qps$rx_rcq;
        dispatch$qs_pmtu_log2 = qps$rx_pmtu_log2;
        dispatch$qs_dest_qpn = qps$rx_dest_qpn;
        dispatch$qs_dmac = qps$rx_dmac;
        dispatch$qs_udp_sport = qps$rx_udp_sport;
        events$a_valid = req$ev_valid;
        req$ev_ready = events$a_ready;
        events$a_qpn = req$ev_qpn;
        events$b_valid = wqe$ev_valid;
        wqe$ev_ready = events$b_ready;
        events$b_qpn = wqe$ev_qpn;
        events$c_valid = ackh$ev_valid;
        ackh$ev_ready = events$c_ready;
        events$c_qpn = ackh$ev_qpn;
        events$d_valid = 1'b0;
        events$d_qpn = 32'h0;
        sched$event_valid = events$o_valid;
        events$o_ready = sched$event_ready;
        sched$event_qpn = events$o_qpn;
        req$grant_valid = sched$grant_valid;
        sched$grant_ready = req$grant_ready;
        req$grant_qpn = sched$grant_qpn;
        sched$done_valid = req$done_valid;
        sched$done_qpn = req$done_qpn;
        sched$done_more = req$done_more;
        wqe$f_valid = req$f_valid;
        req$f_ready = wqe$f_ready;
        wqe$f_qpn = req$f_qpn;
        wqe$f_idx = req$f_idx;
        wqe$f_addr = req$f_addr;
        wqe$f_pd = req$f_pd;
        wqe$inv_valid = req$inv_valid;
        wqe$inv_qpn = req$inv_qpn;
        wqe$c_rd_qpn = req$c_rd_qpn;
        wqe$c_rd_slot = req$c_rd_slot;
        req$c_valid = wqe$c_valid;
        req$c_idx = wqe$c_idx;
        req$c_status = wqe$c_status;
        req$c_opcode = wqe$c_opcode;
        req$c_signaled = wqe$c_signaled;
        req$c_solicited = wqe$c_solicited;
        req$c_imm = wqe$c_imm;
        req$c_wr_id = wqe$c_wr_id;
        req$c_remote_addr = wqe$c_remote_addr;
        req$c_rkey = wqe$c_rkey;
        req$c_len = wqe$c_len;
        req$c_liova = wqe$c_liova;
        rd$clients$0$req_valid = wqe$rd_req_valid;
        wqe$rd_req_ready = rd$clients$0$req_ready;
        rd$clients$0$req_addr = wqe$rd_req_addr;
        rd$clients$0$req_len = wqe$rd_req_len;
        wqe$rd_resp_valid = rd$clients$0$resp_valid;
        wqe$rd_resp_data = rd$clients$0$resp_data;
        wqe$rd_resp_last = rd$clients$0$resp_last;
        wqe$rd_resp_error = rd$clients$0$resp_error;
        rd$clients$0$resp_ready = wqe$rd_resp_ready;
        mr_tx$chk_valid = wqe$chk_valid;
        wqe$chk_ready = mr_tx$chk_ready;
        mr_tx$chk_key = wqe$chk_key;
        mr_tx$chk_pd = wqe$chk_pd;
        mr_tx$chk_va = wqe$chk_va;
        mr_tx$chk_len = wqe$chk_len;
        mr_tx$chk_need_local_write = wqe$chk_need_local_write;
        mr_tx$chk_need_remote_write = wqe$chk_need_remote_write;
        wqe$res_valid = mr_tx$res_valid;
        mr_tx$res_ready = wqe$res_ready;
        wqe$res_ok = mr_tx$res_ok;
        wqe$res_iova = mr_tx$res_iova;
        rd$clients$1$req_valid = req$g_valid;
        req$g_ready = rd$clients$1$req_ready;
        rd$clients$1$req_addr = req$g_addr;
        rd$clients$1$req_len = req$g_len;
        framer$pl_valid = rd$clients$1$resp_valid;
        rd$clients$1$resp_ready = framer$pl_ready;
        framer$pl_data = rd$clients$1$resp_data;
        framer$pl_error = rd$clients$1$resp_error;
        arb$data_valid = req$d_valid;
        req$d_ready = arb$data_ready;
        arb$data_dst_mac = req$d_dst_mac;
        arb$data_dst_ip = req$d_dst_ip;
        arb$data_udp_sport = req$d_udp_sport;
        arb$data_opcode = req$d_opcode;
        arb$data_solicited = req$d_solicited;
        arb$data_dest_qpn = req$d_dest_qpn;
        arb$data_ack_req = req$d_ack_req;
        arb$data_psn = req$d_psn;
        arb$data_has_reth = req$d_has_reth;
        arb$data_reth_va = req$d_reth_va;
        arb$data_reth_rkey = req$d_reth_rkey;
        arb$data_reth_len = req$d_reth_len;
        arb$data_has_aeth = req$d_has_aeth;
        arb$data_aeth_syndrome = req$d_aeth_syndrome;
        arb$data_aeth_msn = req$d_aeth_msn;
        arb$data_has_imm = req$d_has_imm;
        arb$data_imm = req$d_imm;
        arb$data_payload_len = req$d_payload_len;
        arb$ack_valid = acks$o_valid;
        acks$o_ready = arb$ack_ready;
        arb$ack_dst_mac = acks$o_dst_mac;
        arb$ack_dst_ip = acks$o_dst_ip;
        arb$ack_udp_sport = acks$o_udp_sport;
        arb$ack_opcode = acks$o_opcode;
        arb$ack_solicited = acks$o_solicited;
        arb$ack_dest_qpn = acks$o_dest_qpn;
        arb$ack_ack_req = acks$o_ack_req;
        arb$ack_psn = acks$o_psn;
        arb$ack_has_reth = acks$o_has_reth;
        arb$ack_reth_va = acks$o_reth_va;
        arb$ack_reth_rkey = acks$o_reth_rkey;
        arb$ack_reth_len = acks$o_reth_len;
        arb$ack_has_aeth = acks$o_has_aeth;
        arb$ack_aeth_syndrome = acks$o_aeth_syndrome;
        arb$ack_aeth_msn = acks$o_aeth_msn;
        arb$ack_has_imm = acks$o_has_imm;
        arb$ack_imm = acks$o_imm;
        arb$ack_payload_len = acks$o_payload_len;
        framer$d_valid = arb$o_valid & enable;
        arb$o_ready = framer$d_ready & enable;
        framer$d_dst_mac = arb$o_dst_mac;
        framer$d_dst_ip = arb$o_dst_ip;
        framer$d_udp_sport = arb$o_udp_sport;
        framer$d_opcode = arb$o_opcode;
        framer$d_solicited = arb$o_solicited;
        framer$d_dest_qpn = arb$o_dest_qpn;
        framer$d_ack_req = arb$o_ack_req;
        framer$d_psn = arb$o_psn;
        framer$d_has_reth = arb$o_has_reth;
        framer$d_reth_va = arb$o_reth_va;
        framer$d_reth_rkey = arb$o_reth_rkey;
        framer$d_reth_len = arb$o_reth_len;
        framer$d_has_aeth = arb$o_has_aeth;
        framer$d_aeth_syndrome = arb$o_aeth_syndrome;
        framer$d_aeth_msn = arb$o_aeth_msn;
        framer$d_has_imm = arb$o_has_imm;
        framer$d_imm = arb$o_imm;
        framer$d_payload_len = arb$o_payload_len;
        framer$src_mac = station_mac;
        framer$src_ip = station_ip;
        tx_fifo$in_valid = framer$tx_valid;
        framer$tx_ready = tx_fifo$in_ready;
        tx_fifo$in_data = framer$tx_data;
        tx_fifo$in_keep = framer$tx_keep;
        tx_fifo$in_last = framer$tx_last;
        tx_valid = tx_fifo$out_valid;
        tx_fifo$out_ready = tx_ready;
        tx_data = tx_fifo$out_data;
        tx_keep = tx_fifo$out_keep;
        tx_last = tx_fifo$out_last;
        rxbuf$enable = enable;
        rxbuf$our_mac = station_mac;
        rxbuf$our_ip = station_ip;
        rxbuf$rx_valid = rx_valid;
        rxbuf$rx_data = rx_data;
        rxbuf$rx_keep = rx_keep;
        rxbuf$rx_last = rx_last;
        rx_ready = rxbuf$rx_ready;
        parser$f_valid = rxbuf$o_valid;
        rxbuf$o_ready = parser$f_ready;
        parser$f_data = rxbuf$o_data;
        parser$f_keep = rxbuf$o_keep;
        parser$f_last = rxbuf$o_last;
        parser$f_len = rxbuf$o_len;
        dispatch$p_valid = parser$p_valid;
        parser$p_ready = dispatch$p_ready;
        parser$p_discard = dispatch$p_discard;
        dispatch$p_opcode = parser$p_opcode;
        dispatch$p_solicited = parser$p_solicited;
        dispatch$p_dest_qpn = parser$p_dest_qpn;
        dispatch$p_ack_req = parser$p_ack_req;
        dispatch$p_psn = parser$p_psn;
        dispatch$p_src_ip = parser$p_src_ip;
        dispatch$p_udp_sport = parser$p_udp_sport;
        dispatch$p_has_reth = parser$p_has_reth;
        dispatch$p_has_aeth = parser$p_has_aeth;
        dispatch$p_has_imm = parser$p_has_imm;
        dispatch$p_has_atomic = parser$p_has_atomic;
        dispatch$p_has_atomic_ack = parser$p_has_atomic_ack;
        dispatch$p_va = parser$p_va;
        dispatch$p_rkey = parser$p_rkey;
        dispatch$p_dma_len = parser$p_dma_len;
        dispatch$p_aeth_syndrome = parser$p_aeth_syndrome;
        dispatch$p_aeth_msn = parser$p_aeth_msn;
        dispatch$p_imm = parser$p_imm;
        dispatch$p_swap = parser$p_swap;
        dispatch$p_compare = parser$p_compare;
        dispatch$p_payload_len = parser$p_payload_len;
        resp$pl_valid = parser$pl_valid;
        parser$pl_ready = resp$pl_ready;
        resp$pl_data = parser$pl_data;
        resp$pl_keep = parser$pl_keep;
        resp$pl_last = parser$pl_last;
        ackh$a_valid = dispatch$a_valid;
        dispatch$a_ready = ackh$a_ready;
        ackh$a_qpn = dispatch$a_qpn;
        ackh$a_syndrome = dispatch$a_syndrome;
        ackh$a_psn = dispatch$a_psn;
        ackh$a_msn = dispatch$a_msn;
        resp$r_valid = dispatch$r_valid;
        dispatch$r_ready = resp$r_ready;
        resp$r_qpn = dispatch$r_qpn;
        resp$r_opcode = dispatch$r_opcode;
        resp$r_solicited = dispatch$r_solicited;
        resp$r_ack_req = dispatch$r_ack_req;
        resp$r_psn = dispatch$r_psn;
        resp$r_has_reth = dispatch$r_has_reth;
        resp$r_has_imm = dispatch$r_has_imm;
        resp$r_va = dispatch$r_va;
        resp$r_rkey = dispatch$r_rkey;
        resp$r_dma_len = dispatch$r_dma_len;
        resp$r_imm = dispatch$r_imm;
        resp$r_payload_len = dispatch$r_payload_len;
        resp$r_state = dispatch$r_state;
        resp$r_pd = dispatch$r_pd;
        resp$r_rq_base = dispatch$r_rq_base;
        resp$r_rq_log2 = dispatch$r_rq_log2;
        resp$r_rcq = dispatch$r_rcq;
        resp$r_pmtu_log2 = dispatch$r_pmtu_log2;
        resp$r_dest_qpn = dispatch$r_dest_qpn;
        resp$r_dmac = dispatch$r_dmac;
        resp$r_dip = dispatch$r_dip;
        resp$r_udp_sport = dispatch$r_udp_sport;
        rd$clients$2$req_valid = resp$rd_req_valid;
        resp$rd_req_ready = rd$clients$2$req_ready;
        rd$clients$2$req_addr = resp$rd_req_addr;
        rd$clients$2$req_len = resp$rd_req_len;
        resp$rd_resp_valid = rd$clients$2$resp_valid;
        resp$rd_resp_data = rd$clients$2$resp_data;
        resp$rd_resp_last = rd$clients$2$resp_last;
        resp$rd_resp_error = rd$clients$2$resp_error;
        rd$clients$2$resp_ready = resp$rd_resp_ready;
        mr_rx$chk_valid = resp$chk_valid;
        resp$chk_ready = mr_rx$chk_ready;
        mr_rx$chk_key = resp$chk_key;
        mr_rx$chk_pd = resp$chk_pd;
        mr_rx$chk_va = resp$chk_va;
        mr_rx$chk_len = resp$chk_len;
        mr_rx$chk_need_local_write = resp$chk_need_local_write;
        mr_rx$chk_need_remote_write = resp$chk_need_remote_write;
        resp$res_valid = mr_rx$res_valid;
        mr_rx$res_ready = resp$res_ready;
        resp$res_ok = mr_rx$res_ok;
        resp$res_iova = mr_rx$res_iova;
        wr$clients$0$valid = resp$w_valid;
        resp$w_ready = wr$clients$0$ready;
        wr$clients$0$addr = resp$w_addr;
        wr$clients$0$len = resp$w_len;
        wr$clients$0$data = resp$w_data;
        wr$clients$0$last = resp$w_last;
        acks$req_valid = resp$ack_valid;
        resp$ack_ready = acks$req_ready;
        acks$req_qpn24 = resp$ack_qpn24;
        acks$req_syndrome = resp$ack_syndrome;
        acks$req_psn = resp$ack_psn;
        acks$req_msn = resp$ack_msn;
        acks$req_dst_mac = resp$ack_dst_mac;
        acks$req_dst_ip = resp$ack_dst_ip;
        acks$req_udp_sport = resp$ack_udp_sport;
        cqes$a_valid = resp$cqe_valid;
        resp$cqe_ready = cqes$a_ready;
        cqes$a_cqn = resp$cqe_cqn;
        cqes$a_wr_id = resp$cqe_wr_id;
        cqes$a_byte_len = resp$cqe_byte_len;
        cqes$a_imm = resp$cqe_imm;
        cqes$a_imm_valid = resp$cqe_imm_valid;
        cqes$a_qpn = resp$cqe_qpn;
        cqes$a_status = resp$cqe_status;
        cqes$a_opcode = resp$cqe_opcode;
        ackh$fl_valid = req$fl_valid;
        req$fl_ready = ackh$fl_ready;
        ackh$fl_qpn = req$fl_qpn;
        ackh$fl_idx = req$fl_idx;
        ackh$fl_first_psn = req$fl_first_psn;
        ackh$fl_last_psn = req$fl_last_psn;
        ackh$fl_wr_id = req$fl_wr_id;
        ackh$fl_byte_len = req$fl_byte_len;
        ackh$fl_signaled = req$fl_signaled;
        ackh$fl_is_write = req$fl_is_write;
        ackh$fl_status = req$fl_status;
        ackh$fl_scq = req$fl_scq;
        ackh$fl_epoch = req$fl_epoch;
        req$ci_valid = ackh$ci_valid;
        req$ci_qpn = ackh$ci_qpn;
        req$ci_value = ackh$ci_value;
        req$rw_valid = ackh$rw_valid;
        ackh$rw_ready = req$rw_ready;
        req$rw_qpn = ackh$rw_qpn;
        req$rw_idx = ackh$rw_idx;
        req$rw_psn = ackh$rw_psn;
        req$rw_epoch = ackh$rw_epoch;
        req$rw_pause = ackh$rw_pause;
        cqes$b_valid = ackh$cqe_valid;
        ackh$cqe_ready = cqes$b_ready;
        cqes$b_cqn = ackh$cqe_cqn;
        cqes$b_wr_id = ackh$cqe_wr_id;
        cqes$b_byte_len = ackh$cqe_byte_len;
        cqes$b_imm = ackh$cqe_imm;
        cqes$b_imm_valid = ackh$cqe_imm_valid;
        cqes$b_qpn = ackh$cqe_qpn;
        cqes$b_status = ackh$cqe_status;
        cqes$b_opcode = ackh$cqe_opcode;
        ackh$timeout = regs$rw[(k_ack_timeout)+:(32)];
        ackh$rnr_delay = regs$rw[(k_rnr_delay)+:(32)];
        cpl$cqe_valid = cqes$o_valid;
        cqes$o_ready = cpl$cqe_ready;
        cpl$cqe_cqn = cqes$o_cqn;
        cpl$cqe_wr_id = cqes$o_wr_id;
        cpl$cqe_byte_len = cqes$o_byte_len;
        cpl$cqe_imm = cqes$o_imm;
        cpl$cqe_imm_valid = cqes$o_imm_valid;
        cpl$cqe_qpn = cqes$o_qpn;
        cpl$cqe_status = cqes$o_status;
        cpl$cqe_opcode = cqes$o_opcode;
        wr$clients$1$valid = cpl$dma_wr_valid;
        cpl$dma_wr_ready = wr$clients$1$ready;
        wr$clients$1$addr = cpl$dma_wr_addr;
        wr$clients$1$len = cpl$dma_wr_len;
        wr$clients$1$data = cpl$dma_wr_data;
        wr$clients$1$last = cpl$dma_wr_last;
        irq_valid = cpl$irq_valid;
        cpl$irq_ready = irq_ready;
        irq_vector = cpl$irq_vector;
        dma_rd_req_valid = rd$dma_rd_req_valid;
        dma_rd_req_addr = rd$dma_rd_req_addr;
        dma_rd_req_len = rd$dma_rd_req_len;
        dma_rd_req_tag = rd$dma_rd_req_tag;
        rd$dma_rd_req_ready = dma_rd_req_ready;
        rd$dma_rd_resp_valid = dma_rd_resp_valid;
        rd$dma_rd_resp_data = dma_rd_resp_data;
        rd$dma_rd_resp_last = dma_rd_resp_last;
        rd$dma_rd_resp_tag = dma_rd_resp_tag;
        rd$dma_rd_resp_error = dma_rd_resp_error;
        dma_rd_resp_ready = rd$dma_rd_resp_ready;
        dma_wr_valid = wr$dma_wr_valid;
        dma_wr_addr = wr$dma_wr_addr;
        dma_wr_len = wr$dma_wr_len;
        dma_wr_data = wr$dma_wr_data;
        dma_wr_last = wr$dma_wr_last;
        wr$dma_wr_ready = dma_wr_ready;
        idle = all_idle;
        next_timer = ackh$next_timer;
    end
    
endmodule // top


module top$ackh(clock,reset,a_valid,a_ready,a_qpn,a_syndrome,a_psn,a_msn,fl_valid,fl_ready,fl_qpn,fl_idx,fl_first_psn,fl_last_psn,fl_wr_id,fl_byte_len,fl_signaled,fl_is_write,fl_status,fl_scq,fl_epoch,init_valid,init_ready,init_qpn,init_fresh,init_state,init_take_sq_psn,init_sq_psn,init_take_rq_psn,init_rq_psn,ci_valid,ci_qpn,ci_value,rw_valid,rw_ready,rw_qpn,rw_idx,rw_psn,rw_epoch,rw_pause,ev_valid,ev_ready,ev_qpn,cqe_valid,cqe_ready,cqe_cqn,cqe_wr_id,cqe_byte_len,cqe_imm,cqe_imm_valid,cqe_qpn,cqe_status,cqe_opcode,err_valid,err_ready,err_qpn,timeout,rnr_delay,next_timer,cnt_rx_naks,cnt_retransmits,cnt_wqe_errors,idle);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  a_valid;
    output reg  a_ready;
    input wire  [7:0] a_qpn;
    input wire  [7:0] a_syndrome;
    input wire  [23:0] a_psn;
    input wire  [23:0] a_msn;
    input wire  fl_valid;
    output reg  fl_ready;
    input wire  [7:0] fl_qpn;
    input wire  [15:0] fl_idx;
    input wire  [23:0] fl_first_psn;
    input wire  [23:0] fl_last_psn;
    input wire  [63:0] fl_wr_id;
    input wire  [31:0] fl_byte_len;
    input wire  fl_signaled;
    input wire  fl_is_write;
    input wire  [7:0] fl_status;
    input wire  [7:0] fl_scq;
    input wire  [2:0] fl_epoch;
    input wire  init_valid;
    output reg  init_ready;
    input wire  [7:0] init_qpn;
    input wire  init_fresh;
    input wire  [3:0] init_state;
    input wire  init_take_sq_psn;
    input wire  [23:0] init_sq_psn;
    input wire  init_take_rq_psn;
    input wire  [23:0] init_rq_psn;
    output reg  ci_valid;
    output reg  [7:0] ci_qpn;
    output reg  [15:0] ci_value;
    output reg  rw_valid;
    input wire  rw_ready;
    output reg  [7:0] rw_qpn;
    output reg  [15:0] rw_idx;
    output reg  [23:0] rw_psn;
    output reg  [2:0] rw_epoch;
    output reg  rw_pause;
    output reg  ev_valid;
    input wire  ev_ready;
    output reg  [7:0] ev_qpn;
    output reg  cqe_valid;
    input wire  cqe_ready;
    output reg  [7:0] cqe_cqn;
    output reg  [63:0] cqe_wr_id;
    output reg  [31:0] cqe_byte_len;
    output reg  [31:0] cqe_imm;
    output reg  cqe_imm_valid;
    output reg  [23:0] cqe_qpn;
    output reg  [7:0] cqe_status;
    output reg  [7:0] cqe_opcode;
    output reg  err_valid;
    input wire  err_ready;
    output reg  [7:0] err_qpn;
    input wire  [31:0] timeout;
    input wire  [31:0] rnr_delay;
    output reg  [31:0] next_timer;
    output reg  cnt_rx_naks;
    output reg  cnt_retransmits;
    output reg  cnt_wqe_errors;
    output reg  idle;
    
    // Constant declarations
    localparam  k_one = 256'h1;
    localparam  k_max_delay = 32'h7fffffff;
    
    // Enums
    localparam AckPhase$Idle = 0;
    localparam AckPhase$Load = 1;
    localparam AckPhase$Head = 2;
    localparam AckPhase$Wb = 3;
    
    // Stub signals
    reg  [11:0] ring$read_address;
    reg  ring$read_clock;
    wire  [137:0] ring$read_data;
    reg  [11:0] ring$write_address;
    reg  ring$write_clock;
    reg  [137:0] ring$write_data;
    reg  ring$write_enable;
    reg  [7:0] st$read_address;
    reg  st$read_clock;
    wire  [80:0] st$read_data;
    reg  [7:0] st$write_address;
    reg  st$write_clock;
    reg  [80:0] st$write_data;
    reg  st$write_enable;
    reg  [7:0] tmr$read_address;
    reg  tmr$read_clock;
    wire  [31:0] tmr$read_data;
    reg  [7:0] tmr$write_address;
    reg  tmr$write_clock;
    reg  [31:0] tmr$write_data;
    reg  tmr$write_enable;
    reg  [255:0] born$d;
    wire  [255:0] born$q;
    reg  born$clock;
    reg  [255:0] live$d;
    wire  [255:0] live$q;
    reg  live$clock;
    reg  [255:0] armed$d;
    wire  [255:0] armed$q;
    reg  armed$clock;
    reg  [31:0] now$d;
    wire  [31:0] now$q;
    reg  now$clock;
    reg  ia_full$d;
    wire  ia_full$q;
    reg  ia_full$clock;
    reg  [7:0] ia_qpn$d;
    wire  [7:0] ia_qpn$q;
    reg  ia_qpn$clock;
    reg  [7:0] ia_syndrome$d;
    wire  [7:0] ia_syndrome$q;
    reg  ia_syndrome$clock;
    reg  [23:0] ia_psn$d;
    wire  [23:0] ia_psn$q;
    reg  ia_psn$clock;
    reg  if_full$d;
    wire  if_full$q;
    reg  if_full$clock;
    reg  [7:0] if_qpn$d;
    wire  [7:0] if_qpn$q;
    reg  if_qpn$clock;
    reg  [15:0] if_idx$d;
    wire  [15:0] if_idx$q;
    reg  if_idx$clock;
    reg  [23:0] if_first_psn$d;
    wire  [23:0] if_first_psn$q;
    reg  if_first_psn$clock;
    reg  [137:0] if_rec$d;
    wire  [137:0] if_rec$q;
    reg  if_rec$clock;
    reg  [7:0] if_status$d;
    wire  [7:0] if_status$q;
    reg  if_status$clock;
    reg  [2:0] if_epoch$d;
    wire  [2:0] if_epoch$q;
    reg  if_epoch$clock;
    reg  ii_full$d;
    wire  ii_full$q;
    reg  ii_full$clock;
    reg  [7:0] ii_qpn$d;
    wire  [7:0] ii_qpn$q;
    reg  ii_qpn$clock;
    reg  ii_fresh$d;
    wire  ii_fresh$q;
    reg  ii_fresh$clock;
    reg  [3:0] ii_state$d;
    wire  [3:0] ii_state$q;
    reg  ii_state$clock;
    reg  [7:0] sc_ptr$d;
    wire  [7:0] sc_ptr$q;
    reg  sc_ptr$clock;
    reg  sc_v$d;
    wire  sc_v$q;
    reg  sc_v$clock;
    reg  [7:0] sc_q$d;
    wire  [7:0] sc_q$q;
    reg  sc_q$clock;
    reg  tq_full$d;
    wire  tq_full$q;
    reg  tq_full$clock;
    reg  [7:0] tq_qpn$d;
    wire  [7:0] tq_qpn$q;
    reg  tq_qpn$clock;
    reg  [31:0] nt$d;
    wire  [31:0] nt$q;
    reg  nt$clock;
    reg  [31:0] sc_acc$d;
    wire  [31:0] sc_acc$q;
    reg  sc_acc$clock;
    reg  sc_clean$d;
    wire  sc_clean$q;
    reg  sc_clean$clock;
    reg  [1:0] phase$d;
    wire  [1:0] phase$q;
    reg  phase$clock;
    reg  [1:0] job$d;
    wire  [1:0] job$q;
    reg  job$clock;
    reg  [7:0] j_qpn$d;
    wire  [7:0] j_qpn$q;
    reg  j_qpn$clock;
    reg  [15:0] c_ci$d;
    wire  [15:0] c_ci$q;
    reg  c_ci$clock;
    reg  [4:0] c_count$d;
    wire  [4:0] c_count$q;
    reg  c_count$clock;
    reg  [23:0] c_head$d;
    wire  [23:0] c_head$q;
    reg  c_head$clock;
    reg  [2:0] c_epoch$d;
    wire  [2:0] c_epoch$q;
    reg  c_epoch$clock;
    reg  c_rnr$d;
    wire  c_rnr$q;
    reg  c_rnr$clock;
    reg  [31:0] c_deadline$d;
    wire  [31:0] c_deadline$q;
    reg  c_deadline$clock;
    reg  c_armed$d;
    wire  c_armed$q;
    reg  c_armed$clock;
    reg  c_moved$d;
    wire  c_moved$q;
    reg  c_moved$clock;
    reg  c_rewind$d;
    wire  c_rewind$q;
    reg  c_rewind$clock;
    reg  c_pause$d;
    wire  c_pause$q;
    reg  c_pause$clock;
    reg  c_fatal$d;
    wire  c_fatal$q;
    reg  c_fatal$clock;
    reg  o_cqe_full$d;
    wire  o_cqe_full$q;
    reg  o_cqe_full$clock;
    reg  [7:0] o_cqe_cqn$d;
    wire  [7:0] o_cqe_cqn$q;
    reg  o_cqe_cqn$clock;
    reg  [63:0] o_cqe_wr_id$d;
    wire  [63:0] o_cqe_wr_id$q;
    reg  o_cqe_wr_id$clock;
    reg  [31:0] o_cqe_byte_len$d;
    wire  [31:0] o_cqe_byte_len$q;
    reg  o_cqe_byte_len$clock;
    reg  [7:0] o_cqe_qpn$d;
    wire  [7:0] o_cqe_qpn$q;
    reg  o_cqe_qpn$clock;
    reg  [7:0] o_cqe_status$d;
    wire  [7:0] o_cqe_status$q;
    reg  o_cqe_status$clock;
    reg  o_cqe_write$d;
    wire  o_cqe_write$q;
    reg  o_cqe_write$clock;
    reg  o_err_full$d;
    wire  o_err_full$q;
    reg  o_err_full$clock;
    reg  [7:0] o_err_qpn$d;
    wire  [7:0] o_err_qpn$q;
    reg  o_err_qpn$clock;
    reg  o_rw_full$d;
    wire  o_rw_full$q;
    reg  o_rw_full$clock;
    reg  [7:0] o_rw_qpn$d;
    wire  [7:0] o_rw_qpn$q;
    reg  o_rw_qpn$clock;
    reg  [15:0] o_rw_idx$d;
    wire  [15:0] o_rw_idx$q;
    reg  o_rw_idx$clock;
    reg  [23:0] o_rw_psn$d;
    wire  [23:0] o_rw_psn$q;
    reg  o_rw_psn$clock;
    reg  [2:0] o_rw_epoch$d;
    wire  [2:0] o_rw_epoch$q;
    reg  o_rw_epoch$clock;
    reg  o_rw_pause$d;
    wire  o_rw_pause$q;
    reg  o_rw_pause$clock;
    reg  o_ev_full$d;
    wire  o_ev_full$q;
    reg  o_ev_full$clock;
    reg  [7:0] o_ev_qpn$d;
    wire  [7:0] o_ev_qpn$q;
    reg  o_ev_qpn$clock;
    reg  o_ci_valid$d;
    wire  o_ci_valid$q;
    reg  o_ci_valid$clock;
    reg  [7:0] o_ci_qpn$d;
    wire  [7:0] o_ci_qpn$q;
    reg  o_ci_qpn$clock;
    reg  [15:0] o_ci_value$d;
    wire  [15:0] o_ci_value$q;
    reg  o_ci_value$clock;
    reg  o_naks$d;
    wire  o_naks$q;
    reg  o_naks$clock;
    reg  o_retx$d;
    wire  o_retx$q;
    reg  o_retx$clock;
    reg  o_wqe_err$d;
    wire  o_wqe_err$q;
    reg  o_wqe_err$clock;
    reg  idle_q$d;
    wire  idle_q$q;
    reg  idle_q$clock;
    
    // Local signals
    reg  [31:0] timeout_eff;
    reg  [31:0] rnr_eff;
    reg  [31:0] ack_deadline;
    reg  [31:0] rnr_deadline;
    reg  [255:0] one_j;
    reg  [255:0] one_i;
    reg  [255:0] set_armed;
    reg  [255:0] clr_armed;
    reg  [255:0] set_live;
    reg  [255:0] clr_live;
    reg  [255:0] set_born;
    reg  [7:0] sel_qpn;
    reg  [80:0] st_word;
    reg  [15:0] s_ci;
    reg  [4:0] s_count;
    reg  [23:0] s_head;
    reg  [2:0] s_epoch;
    reg  s_rnr;
    reg  [31:0] s_deadline;
    reg  [31:0] s_rem;
    reg  s_expired;
    reg  q_live;
    reg  q_armed;
    reg  [15:0] tail_idx;
    reg  fl_ok;
    reg  [137:0] rec;
    reg  [23:0] r_last;
    reg  [7:0] r_status;
    reg  r_signaled;
    reg  [23:0] psn_diff;
    reg  reaches_last;
    reg  past_last;
    reg  [2:0] syn_class;
    reg  is_rnr;
    reg  is_seq_nak;
    reg  is_fatal;
    reg  rewinding;
    reg  ack_like;
    reg  [7:0] fatal_status;
    reg  have;
    reg  retire_ok;
    reg  fail_now;
    reg  need_cqe;
    reg  can_step;
    reg  [15:0] next_ci;
    reg  [4:0] next_count;
    reg  [3:0] head_slot;
    reg  can_wb;
    reg  out_free;
    reg  [31:0] sc_rem;
    reg  sc_expired;
    reg  sc_hit;
    reg  [31:0] sc_left;
    reg  [31:0] arm_left;
    reg  arming;
    reg  [31:0] nt_dec;
    reg  [31:0] acc_dec;
    reg  [31:0] acc_new;
    reg  [31:0] acc_fold;
    
    // Sub module instances
    top$ackh$ring ring(
        .read_address(ring$read_address),
        .read_clock(ring$read_clock),
        .read_data(ring$read_data),
        .write_address(ring$write_address),
        .write_clock(ring$write_clock),
        .write_data(ring$write_data),
        .write_enable(ring$write_enable)
    );
    top$ackh$st st(
        .read_address(st$read_address),
        .read_clock(st$read_clock),
        .read_data(st$read_data),
        .write_address(st$write_address),
        .write_clock(st$write_clock),
        .write_data(st$write_data),
        .write_enable(st$write_enable)
    );
    top$ackh$tmr tmr(
        .read_address(tmr$read_address),
        .read_clock(tmr$read_clock),
        .read_data(tmr$read_data),
        .write_address(tmr$write_address),
        .write_clock(tmr$write_clock),
        .write_data(tmr$write_data),
        .write_enable(tmr$write_enable)
    );
    top$ackh$born born(
        .d(born$d),
        .q(born$q),
        .clock(born$clock)
    );
    top$ackh$live live(
        .d(live$d),
        .q(live$q),
        .clock(live$clock)
    );
    top$ackh$armed armed(
        .d(armed$d),
        .q(armed$q),
        .clock(armed$clock)
    );
    top$ackh$now now(
        .d(now$d),
        .q(now$q),
        .clock(now$clock)
    );
    top$ackh$ia_full ia_full(
        .d(ia_full$d),
        .q(ia_full$q),
        .clock(ia_full$clock)
    );
    top$ackh$ia_qpn ia_qpn(
        .d(ia_qpn$d),
        .q(ia_qpn$q),
        .clock(ia_qpn$clock)
    );
    top$ackh$ia_syndrome ia_syndrome(
        .d(ia_syndrome$d),
        .q(ia_syndrome$q),
        .clock(ia_syndrome$clock)
    );
    top$ackh$ia_psn ia_psn(
        .d(ia_psn$d),
        .q(ia_psn$q),
        .clock(ia_psn$clock)
    );
    top$ackh$if_full if_full(
        .d(if_full$d),
        .q(if_full$q),
        .clock(if_full$clock)
    );
    top$ackh$if_qpn if_qpn(
        .d(if_qpn$d),
        .q(if_qpn$q),
        .clock(if_qpn$clock)
    );
    top$ackh$if_idx if_idx(
        .d(if_idx$d),
        .q(if_idx$q),
        .clock(if_idx$clock)
    );
    top$ackh$if_first_psn if_first_psn(
        .d(if_first_psn$d),
        .q(if_first_psn$q),
        .clock(if_first_psn$clock)
    );
    top$ackh$if_rec if_rec(
        .d(if_rec$d),
        .q(if_rec$q),
        .clock(if_rec$clock)
    );
    top$ackh$if_status if_status(
        .d(if_status$d),
        .q(if_status$q),
        .clock(if_status$clock)
    );
    top$ackh$if_epoch if_epoch(
        .d(if_epoch$d),
        .q(if_epoch$q),
        .clock(if_epoch$clock)
    );
    top$ackh$ii_full ii_full(
        .d(ii_full$d),
        .q(ii_full$q),
        .clock(ii_full$clock)
    );
    top$ackh$ii_qpn ii_qpn(
        .d(ii_qpn$d),
        .q(ii_qpn$q),
        .clock(ii_qpn$clock)
    );
    top$ackh$ii_fresh ii_fresh(
        .d(ii_fresh$d),
        .q(ii_fresh$q),
        .clock(ii_fresh$clock)
    );
    top$ackh$ii_state ii_state(
        .d(ii_state$d),
        .q(ii_state$q),
        .clock(ii_state$clock)
    );
    top$ackh$sc_ptr sc_ptr(
        .d(sc_ptr$d),
        .q(sc_ptr$q),
        .clock(sc_ptr$clock)
    );
    top$ackh$sc_v sc_v(
        .d(sc_v$d),
        .q(sc_v$q),
        .clock(sc_v$clock)
    );
    top$ackh$sc_q sc_q(
        .d(sc_q$d),
        .q(sc_q$q),
        .clock(sc_q$clock)
    );
    top$ackh$tq_full tq_full(
        .d(tq_full$d),
        .q(tq_full$q),
        .clock(tq_full$clock)
    );
    top$ackh$tq_qpn tq_qpn(
        .d(tq_qpn$d),
        .q(tq_qpn$q),
        .clock(tq_qpn$clock)
    );
    top$ackh$nt nt(
        .d(nt$d),
        .q(nt$q),
        .clock(nt$clock)
    );
    top$ackh$sc_acc sc_acc(
        .d(sc_acc$d),
        .q(sc_acc$q),
        .clock(sc_acc$clock)
    );
    top$ackh$sc_clean sc_clean(
        .d(sc_clean$d),
        .q(sc_clean$q),
        .clock(sc_clean$clock)
    );
    top$ackh$phase phase(
        .d(phase$d),
        .q(phase$q),
        .clock(phase$clock)
    );
    top$ackh$job job(
        .d(job$d),
        .q(job$q),
        .clock(job$clock)
    );
    top$ackh$j_qpn j_qpn(
        .d(j_qpn$d),
        .q(j_qpn$q),
        .clock(j_qpn$clock)
    );
    top$ackh$c_ci c_ci(
        .d(c_ci$d),
        .q(c_ci$q),
        .clock(c_ci$clock)
    );
    top$ackh$c_count c_count(
        .d(c_count$d),
        .q(c_count$q),
        .clock(c_count$clock)
    );
    top$ackh$c_head c_head(
        .d(c_head$d),
        .q(c_head$q),
        .clock(c_head$clock)
    );
    top$ackh$c_epoch c_epoch(
        .d(c_epoch$d),
        .q(c_epoch$q),
        .clock(c_epoch$clock)
    );
    top$ackh$c_rnr c_rnr(
        .d(c_rnr$d),
        .q(c_rnr$q),
        .clock(c_rnr$clock)
    );
    top$ackh$c_deadline c_deadline(
        .d(c_deadline$d),
        .q(c_deadline$q),
        .clock(c_deadline$clock)
    );
    top$ackh$c_armed c_armed(
        .d(c_armed$d),
        .q(c_armed$q),
        .clock(c_armed$clock)
    );
    top$ackh$c_moved c_moved(
        .d(c_moved$d),
        .q(c_moved$q),
        .clock(c_moved$clock)
    );
    top$ackh$c_rewind c_rewind(
        .d(c_rewind$d),
        .q(c_rewind$q),
        .clock(c_rewind$clock)
    );
    top$ackh$c_pause c_pause(
        .d(c_pause$d),
        .q(c_pause$q),
        .clock(c_pause$clock)
    );
    top$ackh$c_fatal c_fatal(
        .d(c_fatal$d),
        .q(c_fatal$q),
        .clock(c_fatal$clock)
    );
    top$ackh$o_cqe_full o_cqe_full(
        .d(o_cqe_full$d),
        .q(o_cqe_full$q),
        .clock(o_cqe_full$clock)
    );
    top$ackh$o_cqe_cqn o_cqe_cqn(
        .d(o_cqe_cqn$d),
        .q(o_cqe_cqn$q),
        .clock(o_cqe_cqn$clock)
    );
    top$ackh$o_cqe_wr_id o_cqe_wr_id(
        .d(o_cqe_wr_id$d),
        .q(o_cqe_wr_id$q),
        .clock(o_cqe_wr_id$clock)
    );
    top$ackh$o_cqe_byte_len o_cqe_byte_len(
        .d(o_cqe_byte_len$d),
        .q(o_cqe_byte_len$q),
        .clock(o_cqe_byte_len$clock)
    );
    top$ackh$o_cqe_qpn o_cqe_qpn(
        .d(o_cqe_qpn$d),
        .q(o_cqe_qpn$q),
        .clock(o_cqe_qpn$clock)
    );
    top$ackh$o_cqe_status o_cqe_status(
        .d(o_cqe_status$d),
        .q(o_cqe_status$q),
        .clock(o_cqe_status$clock)
    );
    top$ackh$o_cqe_write o_cqe_write(
        .d(o_cqe_write$d),
        .q(o_cqe_write$q),
        .clock(o_cqe_write$clock)
    );
    top$ackh$o_err_full o_err_full(
        .d(o_err_full$d),
        .q(o_err_full$q),
        .clock(o_err_full$clock)
    );
    top$ackh$o_err_qpn o_err_qpn(
        .d(o_err_qpn$d),
        .q(o_err_qpn$q),
        .clock(o_err_qpn$clock)
    );
    top$ackh$o_rw_full o_rw_full(
        .d(o_rw_full$d),
        .q(o_rw_full$q),
        .clock(o_rw_full$clock)
    );
    top$ackh$o_rw_qpn o_rw_qpn(
        .d(o_rw_qpn$d),
        .q(o_rw_qpn$q),
        .clock(o_rw_qpn$clock)
    );
    top$ackh$o_rw_idx o_rw_idx(
        .d(o_rw_idx$d),
        .q(o_rw_idx$q),
        .clock(o_rw_idx$clock)
    );
    top$ackh$o_rw_psn o_rw_psn(
        .d(o_rw_psn$d),
        .q(o_rw_psn$q),
        .clock(o_rw_psn$clock)
    );
    top$ackh$o_rw_epoch o_rw_epoch(
        .d(o_rw_epoch$d),
        .q(o_rw_epoch$q),
        .clock(o_rw_epoch$clock)
    );
    top$ackh$o_rw_pause o_rw_pause(
        .d(o_rw_pause$d),
        .q(o_rw_pause$q),
        .clock(o_rw_pause$clock)
    );
    top$ackh$o_ev_full o_ev_full(
        .d(o_ev_full$d),
        .q(o_ev_full$q),
        .clock(o_ev_full$clock)
    );
    top$ackh$o_ev_qpn o_ev_qpn(
        .d(o_ev_qpn$d),
        .q(o_ev_qpn$q),
        .clock(o_ev_qpn$clock)
    );
    top$ackh$o_ci_valid o_ci_valid(
        .d(o_ci_valid$d),
        .q(o_ci_valid$q),
        .clock(o_ci_valid$clock)
    );
    top$ackh$o_ci_qpn o_ci_qpn(
        .d(o_ci_qpn$d),
        .q(o_ci_qpn$q),
        .clock(o_ci_qpn$clock)
    );
    top$ackh$o_ci_value o_ci_value(
        .d(o_ci_value$d),
        .q(o_ci_value$q),
        .clock(o_ci_value$clock)
    );
    top$ackh$o_naks o_naks(
        .d(o_naks$d),
        .q(o_naks$q),
        .clock(o_naks$clock)
    );
    top$ackh$o_retx o_retx(
        .d(o_retx$d),
        .q(o_retx$q),
        .clock(o_retx$clock)
    );
    top$ackh$o_wqe_err o_wqe_err(
        .d(o_wqe_err$d),
        .q(o_wqe_err$q),
        .clock(o_wqe_err$clock)
    );
    top$ackh$idle_q idle_q(
        .d(idle_q$d),
        .q(idle_q$q),
        .clock(idle_q$clock)
    );
    
    // Update code
    always @(*) begin
        born$clock = clock;
        live$clock = clock;
        armed$clock = clock;
        now$clock = clock;
        ia_full$clock = clock;
        ia_qpn$clock = clock;
        ia_syndrome$clock = clock;
        ia_psn$clock = clock;
        if_full$clock = clock;
        if_qpn$clock = clock;
        if_idx$clock = clock;
        if_first_psn$clock = clock;
        if_rec$clock = clock;
        if_status$clock = clock;
        if_epoch$clock = clock;
        ii_full$clock = clock;
        ii_qpn$clock = clock;
        ii_fresh$clock = clock;
        ii_state$clock = clock;
        sc_ptr$clock = clock;
        sc_v$clock = clock;
        sc_q$clock = clock;
        tq_full$clock = clock;
        tq_qpn$clock = clock;
        nt$clock = clock;
        sc_acc$clock = clock;
        sc_clean$clock = clock;
        phase$clock = clock;
        job$clock = clock;
        j_qpn$clock = clock;
        c_ci$clock = clock;
        c_count$clock = clock;
        c_head$clock = clock;
        c_epoch$clock = clock;
        c_rnr$clock = clock;
        c_deadline$clock = clock;
        c_armed$clock = clock;
        c_moved$clock = clock;
        c_rewind$clock = clock;
        c_pause$clock = clock;
        c_fatal$clock = clock;
        o_cqe_full$clock = clock;
        o_cqe_cqn$clock = clock;
        o_cqe_wr_id$clock = clock;
        o_cqe_byte_len$clock = clock;
        o_cqe_qpn$clock = clock;
        o_cqe_status$clock = clock;
        o_cqe_write$clock = clock;
        o_err_full$clock = clock;
        o_err_qpn$clock = clock;
        o_rw_full$clock = clock;
        o_rw_qpn$clock = clock;
        o_rw_idx$clock = clock;
        o_rw_psn$clock = clock;
        o_rw_epoch$clock = clock;
        o_rw_pause$clock = clock;
        o_ev_full$clock = clock;
        o_ev_qpn$clock = clock;
        o_ci_valid$clock = clock;
        o_ci_qpn$clock = clock;
        o_ci_value$clock = clock;
        o_naks$clock = clock;
        o_retx$clock = clock;
        o_wqe_err$clock = clock;
        idle_q$clock = clock;
        born$d = born$q;
        live$d = live$q;
        armed$d = armed$q;
        now$d = now$q;
        ia_full$d = ia_full$q;
        ia_qpn$d = ia_qpn$q;
        ia_syndrome$d = ia_syndrome$q;
        ia_psn$d = ia_psn$q;
        if_full$d = if_full$q;
        if_qpn$d = if_qpn$q;
        if_idx$d = if_idx$q;
        if_first_psn$d = if_first_psn$q;
        if_rec$d = if_rec$q;
        if_status$d = if_status$q;
        if_epoch$d = if_epoch$q;
        ii_full$d = ii_full$q;
        ii_qpn$d = ii_qpn$q;
        ii_fresh$d = ii_fresh$q;
        ii_state$d = ii_state$q;
        sc_ptr$d = sc_ptr$q;
        sc_v$d = sc_v$q;
        sc_q$d = sc_q$q;
        tq_full$d = tq_full$q;
        tq_qpn$d = tq_qpn$q;
        nt$d = nt$q;
        sc_acc$d = sc_acc$q;
        sc_clean$d = sc_clean$q;
        phase$d = phase$q;
        job$d = job$q;
        j_qpn$d = j_qpn$q;
        c_ci$d = c_ci$q;
        c_count$d = c_count$q;
        c_head$d = c_head$q;
        c_epoch$d = c_epoch$q;
        c_rnr$d = c_rnr$q;
        c_deadline$d = c_deadline$q;
        c_armed$d = c_armed$q;
        c_moved$d = c_moved$q;
        c_rewind$d = c_rewind$q;
        c_pause$d = c_pause$q;
        c_fatal$d = c_fatal$q;
        o_cqe_full$d = o_cqe_full$q;
        o_cqe_cqn$d = o_cqe_cqn$q;
        o_cqe_wr_id$d = o_cqe_wr_id$q;
        o_cqe_byte_len$d = o_cqe_byte_len$q;
        o_cqe_qpn$d = o_cqe_qpn$q;
        o_cqe_status$d = o_cqe_status$q;
        o_cqe_write$d = o_cqe_write$q;
        o_err_full$d = o_err_full$q;
        o_err_qpn$d = o_err_qpn$q;
        o_rw_full$d = o_rw_full$q;
        o_rw_qpn$d = o_rw_qpn$q;
        o_rw_idx$d = o_rw_idx$q;
        o_rw_psn$d = o_rw_psn$q;
        o_rw_epoch$d = o_rw_epoch$q;
        o_rw_pause$d = o_rw_pause$q;
        o_ev_full$d = o_ev_full$q;
        o_ev_qpn$d = o_ev_qpn$q;
        o_ci_valid$d = o_ci_valid$q;
        o_ci_qpn$d = o_ci_qpn$q;
        o_ci_value$d = o_ci_value$q;
        o_naks$d = o_naks$q;
        o_retx$d = o_retx$q;
        o_wqe_err$d = o_wqe_err$q;
        idle_q$d = idle_q$q;
        ring$read_clock = clock;
        ring$write_clock = clock;
        st$read_clock = clock;
        st$write_clock = clock;
        tmr$read_clock = clock;
        tmr$write_clock = clock;
        now$d = now$q + 32'h1;
        timeout_eff = timeout;
        if (timeout[32'h1f]) begin
            timeout_eff = k_max_delay;
        end
        rnr_eff = rnr_delay;
        if (rnr_delay[32'h1f]) begin
            rnr_eff = k_max_delay;
        end
        ack_deadline = now$q + timeout_eff;
        rnr_deadline = now$q + rnr_eff;
        a_ready = ~ia_full$q;
        fl_ready = ~if_full$q;
        init_ready = ~ii_full$q;
        if (a_valid & ~ia_full$q) begin
            ia_full$d = 1'b1;
            ia_qpn$d = a_qpn;
            ia_syndrome$d = a_syndrome;
            ia_psn$d = a_psn;
        end
        if (fl_valid & ~if_full$q) begin
            if_full$d = 1'b1;
            if_qpn$d = fl_qpn;
            if_idx$d = fl_idx;
            if_first_psn$d = fl_first_psn;
            if_status$d = fl_status;
            if_epoch$d = fl_epoch;
            if_rec$d = ((fl_last_psn) & 138'h3ffffffffffffffffffffffffffffffffff) | (((fl_wr_id) & 138'h3ffffffffffffffffffffffffffffffffff) << 32'h18) | (((fl_byte_len) & 138'h3ffffffffffffffffffffffffffffffffff) << 32'h58) | (((fl_signaled) & 138'h3ffffffffffffffffffffffffffffffffff) << 32'h78) | (((fl_is_write) & 138'h3ffffffffffffffffffffffffffffffffff) << 32'h79) | (((fl_status) & 138'h3ffffffffffffffffffffffffffffffffff) << 32'h7a) | (((fl_scq) & 138'h3ffffffffffffffffffffffffffffffffff) << 32'h82);
        end
        if (init_valid & ~ii_full$q) begin
            ii_full$d = 1'b1;
            ii_qpn$d = init_qpn;
            ii_fresh$d = init_fresh;
            ii_state$d = init_state;
        end
        if (cqe_ready) begin
            o_cqe_full$d = 1'b0;
        end
        if (err_ready) begin
            o_err_full$d = 1'b0;
        end
        if (rw_ready) begin
            o_rw_full$d = 1'b0;
        end
        if (ev_ready) begin
            o_ev_full$d = 1'b0;
        end
        o_ci_valid$d = 1'b0;
        o_naks$d = 1'b0;
        o_retx$d = 1'b0;
        o_wqe_err$d = 1'b0;
        st_word = st$read_data;
        s_ci = st_word[(32'h0)+:(16)];
        s_count = st_word[(32'h10)+:(5)];
        s_head = st_word[(32'h15)+:(24)];
        s_epoch = st_word[(32'h2d)+:(3)];
        s_rnr = st_word[32'h30];
        s_deadline = st_word[(32'h31)+:(32)];
        s_rem = s_deadline - now$q;
        s_expired = s_rem[32'h1f] | ~|s_rem;
        q_live = live$q[j_qpn$q];
        q_armed = armed$q[j_qpn$q];
        tail_idx = s_ci + ((s_count) & 16'hffff);
        fl_ok = q_live & (if_epoch$q == s_epoch) & ~s_count[32'h4] & (if_idx$q == tail_idx);
        rec = ring$read_data;
        r_last = rec[(32'h0)+:(24)];
        r_status = rec[(32'h7a)+:(8)];
        r_signaled = rec[32'h78];
        psn_diff = ia_psn$q - r_last;
        reaches_last = ~psn_diff[32'h17];
        past_last = reaches_last & |psn_diff;
        syn_class = ia_syndrome$q[(32'h5)+:(3)];
        is_seq_nak = ia_syndrome$q == 32'h60;
        is_rnr = syn_class == 32'h1;
        is_fatal = (syn_class == 32'h3) & ~is_seq_nak;
        rewinding = is_seq_nak | is_rnr;
        ack_like = ~rewinding & ~is_fatal;
        fatal_status = 32'hb;
        if (ia_syndrome$q == 32'h61) begin
            fatal_status = 32'h9;
        end
        if (ia_syndrome$q == 32'h62) begin
            fatal_status = 32'ha;
        end
        have = |c_count$q;
        retire_ok = have & (job$q == 32'h1) & ~|r_status & ((ack_like & reaches_last) | (~ack_like & past_last));
        fail_now = have & (|r_status | ((job$q == 32'h1) & is_fatal & ~past_last));
        need_cqe = (retire_ok & r_signaled) | fail_now;
        can_step = (~need_cqe | ~o_cqe_full$q) & (~fail_now | ~o_err_full$q);
        next_ci = c_ci$q;
        next_count = c_count$q;
        can_wb = (~c_rewind$q | ~o_rw_full$q) & (~c_moved$q | ~o_ev_full$q);
        sel_qpn = j_qpn$q;
        head_slot = c_ci$q[(32'h0)+:(4)];
        ring$write_enable = 1'b0;
        ring$write_address = (((j_qpn$q) & 12'hfff) << 32'h4) | ((tail_idx[(32'h0)+:(4)]) & 12'hfff);
        ring$write_data = if_rec$q;
        st$write_enable = 1'b0;
        st$write_address = j_qpn$q;
        st$write_data = ((c_ci$q) & 81'h1ffffffffffffffffffff) | (((c_count$q) & 81'h1ffffffffffffffffffff) << 32'h10) | (((c_head$q) & 81'h1ffffffffffffffffffff) << 32'h15) | (((c_epoch$q) & 81'h1ffffffffffffffffffff) << 32'h2d) | (((c_rnr$q) & 81'h1ffffffffffffffffffff) << 32'h30) | (((c_deadline$q) & 81'h1ffffffffffffffffffff) << 32'h31);
        tmr$write_enable = 1'b0;
        tmr$write_address = j_qpn$q;
        tmr$write_data = c_deadline$q;
        one_j = k_one << j_qpn$q;
        one_i = k_one << ii_qpn$q;
        set_armed = 32'h0;
        clr_armed = 32'h0;
        set_live = 32'h0;
        clr_live = 32'h0;
        set_born = 32'h0;
        out_free = ~o_rw_full$q & ~o_err_full$q;
        case (phase$q)
            AckPhase$Idle:
                begin
                    if (ii_full$q) begin
                        ii_full$d = 1'b0;
                        st$write_address = ii_qpn$q;
                        st$write_data = 32'h0;
                        st$write_enable = ii_fresh$q;
                        if (ii_fresh$q) begin
                            set_born = one_i;
                            clr_armed = one_i;
                        end
                        if ((ii_state$q == 32'h0) | (ii_state$q == 32'h6)) begin
                            clr_live = one_i;
                            clr_armed = one_i;
                        end
                        else if (ii_fresh$q | born$q[ii_qpn$q]) begin
                            set_live = one_i;
                        end
                    end
                    else if (tq_full$q & out_free) begin
                        tq_full$d = 1'b0;
                        job$d = 32'h2;
                        sel_qpn = tq_qpn$q;
                        phase$d = AckPhase$Load;
                    end
                    else if (if_full$q) begin
                        job$d = 32'h0;
                        sel_qpn = if_qpn$q;
                        phase$d = AckPhase$Load;
                    end
                    else if (ia_full$q & out_free) begin
                        job$d = 32'h1;
                        sel_qpn = ia_qpn$q;
                        phase$d = AckPhase$Load;
                    end
                    j_qpn$d = sel_qpn;
                end
            AckPhase$Load:
                begin
                    c_ci$d = s_ci;
                    c_count$d = s_count;
                    c_head$d = s_head;
                    c_epoch$d = s_epoch;
                    c_rnr$d = s_rnr;
                    c_deadline$d = s_deadline;
                    c_armed$d = q_armed;
                    c_moved$d = 1'b0;
                    c_rewind$d = 1'b0;
                    c_pause$d = 1'b0;
                    c_fatal$d = 1'b0;
                    head_slot = s_ci[(32'h0)+:(4)];
                    phase$d = AckPhase$Idle;
                    if (job$q == 32'h0) begin
                        if (fl_ok) begin
                            ring$write_enable = 1'b1;
                            c_count$d = s_count + 32'h1;
                            phase$d = AckPhase$Wb;
                            if (~|s_count) begin
                                c_head$d = if_first_psn$q;
                                if (~(q_armed & s_rnr)) begin
                                    c_armed$d = |timeout_eff;
                                    c_rnr$d = 1'b0;
                                    c_deadline$d = ack_deadline;
                                end
                                if (|if_status$q) begin
                                    c_armed$d = 1'b1;
                                    c_rnr$d = 1'b0;
                                    c_deadline$d = now$q;
                                end
                            end
                        end
                        else begin
                            if_full$d = 1'b0;
                        end
                    end
                    else if (job$q == 32'h1) begin
                        if (q_live & |s_count) begin
                            o_naks$d = ~ack_like;
                            phase$d = AckPhase$Head;
                        end
                        else begin
                            ia_full$d = 1'b0;
                        end
                    end
                    else if (q_live & q_armed & s_expired) begin
                        c_armed$d = 1'b0;
                        c_rnr$d = 1'b0;
                        phase$d = AckPhase$Wb;
                        if (s_rnr) begin
                            c_rewind$d = 1'b1;
                        end
                        else if (|s_count) begin
                            phase$d = AckPhase$Head;
                        end
                    end
                end
            AckPhase$Head:
                begin
                    if ((retire_ok | fail_now) & can_step) begin
                        next_ci = c_ci$q + 32'h1;
                        next_count = c_count$q - 32'h1;
                        c_ci$d = next_ci;
                        c_count$d = next_count;
                        c_head$d = r_last + 32'h1;
                        c_moved$d = 1'b1;
                        if (need_cqe) begin
                            o_cqe_full$d = 1'b1;
                            o_cqe_cqn$d = rec[(32'h82)+:(8)];
                            o_cqe_wr_id$d = rec[(32'h18)+:(64)];
                            o_cqe_byte_len$d = rec[(32'h58)+:(32)];
                            o_cqe_qpn$d = j_qpn$q;
                            o_cqe_write$d = rec[32'h79];
                            o_cqe_status$d = 32'h0;
                            if (fail_now) begin
                                o_cqe_status$d = fatal_status;
                            end
                            if (|r_status) begin
                                o_cqe_status$d = r_status;
                                o_cqe_byte_len$d = 32'h0;
                            end
                        end
                        if (fail_now) begin
                            o_err_full$d = 1'b1;
                            o_err_qpn$d = j_qpn$q;
                            o_wqe_err$d = 1'b1;
                            c_fatal$d = 1'b1;
                            c_armed$d = 1'b0;
                            phase$d = AckPhase$Wb;
                        end
                    end
                    else if (~retire_ok & ~fail_now) begin
                        phase$d = AckPhase$Wb;
                        if (job$q == 32'h2) begin
                            c_rewind$d = 1'b1;
                            c_epoch$d = c_epoch$q + 32'h1;
                            c_count$d = 32'h0;
                            o_retx$d = 1'b1;
                            c_armed$d = 1'b0;
                            c_rnr$d = 1'b0;
                        end
                        else if ((job$q == 32'h1) & rewinding) begin
                            c_rewind$d = 1'b1;
                            c_pause$d = is_rnr;
                            c_epoch$d = c_epoch$q + 32'h1;
                            c_count$d = 32'h0;
                            o_retx$d = 1'b1;
                            c_armed$d = 1'b0;
                            c_rnr$d = 1'b0;
                            if (is_rnr) begin
                                c_armed$d = 1'b1;
                                c_rnr$d = 1'b1;
                                c_deadline$d = rnr_deadline;
                            end
                        end
                        else if (~|c_count$q) begin
                            c_armed$d = 1'b0;
                        end
                        else if (c_moved$q) begin
                            c_armed$d = |timeout_eff;
                            c_rnr$d = 1'b0;
                            c_deadline$d = ack_deadline;
                        end
                    end
                    head_slot = next_ci[(32'h0)+:(4)];
                end
            AckPhase$Wb:
                begin
                    if (can_wb) begin
                        st$write_enable = 1'b1;
                        tmr$write_enable = 1'b1;
                        if (c_armed$q) begin
                            set_armed = one_j;
                        end
                        else begin
                            clr_armed = one_j;
                        end
                        if (c_fatal$q) begin
                            clr_live = one_j;
                        end
                        if (c_rewind$q) begin
                            o_rw_full$d = 1'b1;
                            o_rw_qpn$d = j_qpn$q;
                            o_rw_idx$d = c_ci$q;
                            o_rw_psn$d = c_head$q;
                            o_rw_epoch$d = c_epoch$q;
                            o_rw_pause$d = c_pause$q;
                        end
                        if (c_moved$q) begin
                            o_ev_full$d = 1'b1;
                            o_ev_qpn$d = j_qpn$q;
                            o_ci_valid$d = 1'b1;
                            o_ci_qpn$d = j_qpn$q;
                            o_ci_value$d = c_ci$q;
                        end
                        if (job$q == 32'h0) begin
                            if_full$d = 1'b0;
                        end
                        if (job$q == 32'h1) begin
                            ia_full$d = 1'b0;
                        end
                        phase$d = AckPhase$Idle;
                    end
                end
        endcase
        st$read_address = sel_qpn;
        ring$read_address = (((j_qpn$q) & 12'hfff) << 32'h4) | ((head_slot) & 12'hfff);
        armed$d = (armed$q & ~clr_armed) | set_armed;
        live$d = (live$q & ~clr_live) | set_live;
        born$d = born$q | set_born;
        tmr$read_address = sc_ptr$q;
        if (~tq_full$q) begin
            sc_ptr$d = sc_ptr$q + 32'h1;
        end
        sc_v$d = ~tq_full$q;
        sc_q$d = sc_ptr$q;
        sc_rem = tmr$read_data - now$q;
        sc_expired = sc_rem[32'h1f] | ~|sc_rem;
        sc_hit = sc_v$q & ~tq_full$q & armed$q[sc_q$q] & sc_expired;
        if (sc_hit) begin
            tq_full$d = 1'b1;
            tq_qpn$d = sc_q$q;
        end
        sc_left = sc_rem;
        if (sc_expired) begin
            sc_left = 32'h0;
        end
        arming = (phase$q == AckPhase$Wb) & can_wb & c_armed$q;
        arm_left = c_deadline$q - now$q;
        nt_dec = nt$q;
        if (|nt$q) begin
            nt_dec = nt$q - 32'h1;
        end
        acc_dec = sc_acc$q;
        if (|sc_acc$q) begin
            acc_dec = sc_acc$q - 32'h1;
        end
        acc_fold = acc_dec;
        if (arming & (arm_left < acc_dec)) begin
            acc_fold = arm_left;
        end
        acc_new = acc_fold;
        if (sc_v$q & ~tq_full$q & armed$q[sc_q$q] & (sc_left < acc_fold)) begin
            acc_new = sc_left;
        end
        sc_acc$d = acc_new;
        nt$d = nt_dec;
        if (arming & (arm_left < nt_dec)) begin
            nt$d = arm_left;
        end
        if (sc_v$q & tq_full$q) begin
            sc_clean$d = 1'b0;
        end
        if (sc_v$q & (sc_q$q == 32'hff)) begin
            if (sc_clean$q & ~tq_full$q) begin
                nt$d = acc_new;
            end
            sc_acc$d = 64'hffffffff;
            sc_clean$d = 1'b1;
        end
        if (~|armed$q) begin
            nt$d = 64'hffffffff;
            if (arming) begin
                nt$d = arm_left;
            end
        end
        cqe_valid = o_cqe_full$q;
        cqe_cqn = o_cqe_cqn$q;
        cqe_wr_id = o_cqe_wr_id$q;
        cqe_byte_len = o_cqe_byte_len$q;
        cqe_imm = 32'h0;
        cqe_imm_valid = 1'b0;
        cqe_qpn = ((o_cqe_qpn$q) & 24'hffffff);
        cqe_status = o_cqe_status$q;
        cqe_opcode = ((o_cqe_write$q) & 8'hff);
        err_valid = o_err_full$q;
        err_qpn = o_err_qpn$q;
        rw_valid = o_rw_full$q;
        rw_qpn = o_rw_qpn$q;
        rw_idx = o_rw_idx$q;
        rw_psn = o_rw_psn$q;
        rw_epoch = o_rw_epoch$q;
        rw_pause = o_rw_pause$q;
        ev_valid = o_ev_full$q;
        ev_qpn = o_ev_qpn$q;
        ci_valid = o_ci_valid$q;
        ci_qpn = o_ci_qpn$q;
        ci_value = o_ci_value$q;
        cnt_rx_naks = o_naks$q;
        cnt_retransmits = o_retx$q;
        cnt_wqe_errors = o_wqe_err$q;
        next_timer = 64'hffffffff;
        if (|armed$q) begin
            next_timer = nt$q;
        end
        idle_q$d = (phase$q == AckPhase$Idle) & ~ia_full$q & ~if_full$q & ~ii_full$q & ~tq_full$q & ~o_cqe_full$q & ~o_err_full$q & ~o_rw_full$q & ~o_ev_full$q & ~|armed$q;
        idle = idle_q$q;
        if (reset) begin
            born$d = 32'h0;
            live$d = 32'h0;
            armed$d = 32'h0;
            ia_full$d = 1'b0;
            if_full$d = 1'b0;
            ii_full$d = 1'b0;
            sc_v$d = 1'b0;
            tq_full$d = 1'b0;
            nt$d = 64'hffffffff;
            sc_acc$d = 64'hffffffff;
            sc_clean$d = 1'b0;
            phase$d = AckPhase$Idle;
            o_cqe_full$d = 1'b0;
            o_err_full$d = 1'b0;
            o_rw_full$d = 1'b0;
            o_ev_full$d = 1'b0;
            o_ci_valid$d = 1'b0;
            o_naks$d = 1'b0;
            o_retx$d = 1'b0;
            o_wqe_err$d = 1'b0;
            idle_q$d = 1'b0;
            st$write_enable = 1'b0;
            ring$write_enable = 1'b0;
            tmr$write_enable = 1'b0;
        end
    end
    
endmodule // top$ackh


module top$ackh$armed(d,q,clock);
    
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
          
endmodule // top$ackh$armed


module top$ackh$born(d,q,clock);
    
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
          
endmodule // top$ackh$born


module top$ackh$c_armed(d,q,clock);
    
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
          
endmodule // top$ackh$c_armed


module top$ackh$c_ci(d,q,clock);
    
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
          
endmodule // top$ackh$c_ci


module top$ackh$c_count(d,q,clock);
    
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
          
endmodule // top$ackh$c_count


module top$ackh$c_deadline(d,q,clock);
    
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
          
endmodule // top$ackh$c_deadline


module top$ackh$c_epoch(d,q,clock);
    
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
          
endmodule // top$ackh$c_epoch


module top$ackh$c_fatal(d,q,clock);
    
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
          
endmodule // top$ackh$c_fatal


module top$ackh$c_head(d,q,clock);
    
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
          
endmodule // top$ackh$c_head


module top$ackh$c_moved(d,q,clock);
    
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
          
endmodule // top$ackh$c_moved


module top$ackh$c_pause(d,q,clock);
    
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
          
endmodule // top$ackh$c_pause


module top$ackh$c_rewind(d,q,clock);
    
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
          
endmodule // top$ackh$c_rewind


module top$ackh$c_rnr(d,q,clock);
    
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
          
endmodule // top$ackh$c_rnr


module top$ackh$ia_full(d,q,clock);
    
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
          
endmodule // top$ackh$ia_full


module top$ackh$ia_psn(d,q,clock);
    
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
          
endmodule // top$ackh$ia_psn


module top$ackh$ia_qpn(d,q,clock);
    
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
          
endmodule // top$ackh$ia_qpn


module top$ackh$ia_syndrome(d,q,clock);
    
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
          
endmodule // top$ackh$ia_syndrome


module top$ackh$idle_q(d,q,clock);
    
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
          
endmodule // top$ackh$idle_q


module top$ackh$if_epoch(d,q,clock);
    
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
          
endmodule // top$ackh$if_epoch


module top$ackh$if_first_psn(d,q,clock);
    
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
          
endmodule // top$ackh$if_first_psn


module top$ackh$if_full(d,q,clock);
    
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
          
endmodule // top$ackh$if_full


module top$ackh$if_idx(d,q,clock);
    
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
          
endmodule // top$ackh$if_idx


module top$ackh$if_qpn(d,q,clock);
    
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
          
endmodule // top$ackh$if_qpn


module top$ackh$if_rec(d,q,clock);
    
    // Module arguments
    input wire  [137:0] d;
    output reg  [137:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 138'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$ackh$if_rec


module top$ackh$if_status(d,q,clock);
    
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
          
endmodule // top$ackh$if_status


module top$ackh$ii_fresh(d,q,clock);
    
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
          
endmodule // top$ackh$ii_fresh


module top$ackh$ii_full(d,q,clock);
    
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
          
endmodule // top$ackh$ii_full


module top$ackh$ii_qpn(d,q,clock);
    
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
          
endmodule // top$ackh$ii_qpn


module top$ackh$ii_state(d,q,clock);
    
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
          
endmodule // top$ackh$ii_state


module top$ackh$j_qpn(d,q,clock);
    
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
          
endmodule // top$ackh$j_qpn


module top$ackh$job(d,q,clock);
    
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
          
endmodule // top$ackh$job


module top$ackh$live(d,q,clock);
    
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
          
endmodule // top$ackh$live


module top$ackh$now(d,q,clock);
    
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
          
endmodule // top$ackh$now


module top$ackh$nt(d,q,clock);
    
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
          
endmodule // top$ackh$nt


module top$ackh$o_ci_qpn(d,q,clock);
    
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
          
endmodule // top$ackh$o_ci_qpn


module top$ackh$o_ci_valid(d,q,clock);
    
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
          
endmodule // top$ackh$o_ci_valid


module top$ackh$o_ci_value(d,q,clock);
    
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
          
endmodule // top$ackh$o_ci_value


module top$ackh$o_cqe_byte_len(d,q,clock);
    
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
          
endmodule // top$ackh$o_cqe_byte_len


module top$ackh$o_cqe_cqn(d,q,clock);
    
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
          
endmodule // top$ackh$o_cqe_cqn


module top$ackh$o_cqe_full(d,q,clock);
    
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
          
endmodule // top$ackh$o_cqe_full


module top$ackh$o_cqe_qpn(d,q,clock);
    
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
          
endmodule // top$ackh$o_cqe_qpn


module top$ackh$o_cqe_status(d,q,clock);
    
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
          
endmodule // top$ackh$o_cqe_status


module top$ackh$o_cqe_wr_id(d,q,clock);
    
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
          
endmodule // top$ackh$o_cqe_wr_id


module top$ackh$o_cqe_write(d,q,clock);
    
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
          
endmodule // top$ackh$o_cqe_write


module top$ackh$o_err_full(d,q,clock);
    
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
          
endmodule // top$ackh$o_err_full


module top$ackh$o_err_qpn(d,q,clock);
    
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
          
endmodule // top$ackh$o_err_qpn


module top$ackh$o_ev_full(d,q,clock);
    
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
          
endmodule // top$ackh$o_ev_full


module top$ackh$o_ev_qpn(d,q,clock);
    
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
          
endmodule // top$ackh$o_ev_qpn


module top$ackh$o_naks(d,q,clock);
    
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
          
endmodule // top$ackh$o_naks


module top$ackh$o_retx(d,q,clock);
    
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
          
endmodule // top$ackh$o_retx


module top$ackh$o_rw_epoch(d,q,clock);
    
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
          
endmodule // top$ackh$o_rw_epoch


module top$ackh$o_rw_full(d,q,clock);
    
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
          
endmodule // top$ackh$o_rw_full


module top$ackh$o_rw_idx(d,q,clock);
    
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
          
endmodule // top$ackh$o_rw_idx


module top$ackh$o_rw_pause(d,q,clock);
    
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
          
endmodule // top$ackh$o_rw_pause


module top$ackh$o_rw_psn(d,q,clock);
    
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
          
endmodule // top$ackh$o_rw_psn


module top$ackh$o_rw_qpn(d,q,clock);
    
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
          
endmodule // top$ackh$o_rw_qpn


module top$ackh$o_wqe_err(d,q,clock);
    
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
          
endmodule // top$ackh$o_wqe_err


module top$ackh$phase(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Enums
    localparam AckPhase$Idle = 0;
    localparam AckPhase$Load = 1;
    localparam AckPhase$Head = 2;
    localparam AckPhase$Wb = 3;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$ackh$phase


module top$ackh$ring(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [11:0] read_address;
    input wire  read_clock;
    output reg  [137:0] read_data;
    input wire  [11:0] write_address;
    input wire  write_clock;
    input wire  [137:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[137:0] mem[4095:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // top$ackh$ring


module top$ackh$sc_acc(d,q,clock);
    
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
          
endmodule // top$ackh$sc_acc


module top$ackh$sc_clean(d,q,clock);
    
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
          
endmodule // top$ackh$sc_clean


module top$ackh$sc_ptr(d,q,clock);
    
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
          
endmodule // top$ackh$sc_ptr


module top$ackh$sc_q(d,q,clock);
    
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
          
endmodule // top$ackh$sc_q


module top$ackh$sc_v(d,q,clock);
    
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
          
endmodule // top$ackh$sc_v


module top$ackh$st(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [7:0] read_address;
    input wire  read_clock;
    output reg  [80:0] read_data;
    input wire  [7:0] write_address;
    input wire  write_clock;
    input wire  [80:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[80:0] mem[255:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // top$ackh$st


module top$ackh$tmr(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [7:0] read_address;
    input wire  read_clock;
    output reg  [31:0] read_data;
    input wire  [7:0] write_address;
    input wire  write_clock;
    input wire  [31:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[31:0] mem[255:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // top$ackh$tmr


module top$ackh$tq_full(d,q,clock);
    
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
          
endmodule // top$ackh$tq_full


module top$ackh$tq_qpn(d,q,clock);
    
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
          
endmodule // top$ackh$tq_qpn


module top$acks(clock,reset,req_valid,req_ready,req_qpn24,req_syndrome,req_psn,req_msn,req_dst_mac,req_dst_ip,req_udp_sport,o_valid,o_ready,o_dst_mac,o_dst_ip,o_udp_sport,o_opcode,o_solicited,o_dest_qpn,o_ack_req,o_psn,o_has_reth,o_reth_va,o_reth_rkey,o_reth_len,o_has_aeth,o_aeth_syndrome,o_aeth_msn,o_has_imm,o_imm,o_payload_len,idle);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  req_valid;
    output reg  req_ready;
    input wire  [23:0] req_qpn24;
    input wire  [7:0] req_syndrome;
    input wire  [23:0] req_psn;
    input wire  [23:0] req_msn;
    input wire  [47:0] req_dst_mac;
    input wire  [31:0] req_dst_ip;
    input wire  [15:0] req_udp_sport;
    output reg  o_valid;
    input wire  o_ready;
    output reg  [47:0] o_dst_mac;
    output reg  [31:0] o_dst_ip;
    output reg  [15:0] o_udp_sport;
    output reg  [7:0] o_opcode;
    output reg  o_solicited;
    output reg  [23:0] o_dest_qpn;
    output reg  o_ack_req;
    output reg  [23:0] o_psn;
    output reg  o_has_reth;
    output reg  [63:0] o_reth_va;
    output reg  [31:0] o_reth_rkey;
    output reg  [31:0] o_reth_len;
    output reg  o_has_aeth;
    output reg  [7:0] o_aeth_syndrome;
    output reg  [23:0] o_aeth_msn;
    output reg  o_has_imm;
    output reg  [31:0] o_imm;
    output reg  [12:0] o_payload_len;
    output reg  idle;
    
    // Stub signals
    reg  [3:0] ram$read_address;
    reg  ram$read_clock;
    wire  [175:0] ram$read_data;
    reg  [3:0] ram$write_address;
    reg  ram$write_clock;
    reg  [175:0] ram$write_data;
    reg  ram$write_enable;
    reg  [4:0] wp$d;
    wire  [4:0] wp$q;
    reg  wp$clock;
    reg  [4:0] rp$d;
    wire  [4:0] rp$q;
    reg  rp$clock;
    reg  full$d;
    wire  full$q;
    reg  full$clock;
    reg  inflight$d;
    wire  inflight$q;
    reg  inflight$clock;
    reg  a_valid$d;
    wire  a_valid$q;
    reg  a_valid$clock;
    reg  [175:0] a$d;
    wire  [175:0] a$q;
    reg  a$clock;
    reg  b_valid$d;
    wire  b_valid$q;
    reg  b_valid$clock;
    reg  [175:0] b$d;
    wire  [175:0] b$q;
    reg  b$clock;
    reg  [23:0] newest_qpn$d;
    wire  [23:0] newest_qpn$q;
    reg  newest_qpn$clock;
    reg  newest_plain$d;
    wire  newest_plain$q;
    reg  newest_plain$clock;
    
    // Local signals
    reg  take;
    reg  plain;
    reg  merge;
    reg  consume;
    reg  [1:0] entries;
    reg  issue;
    reg  [3:0] wp_prev;
    reg  [4:0] wp_next;
    reg  [4:0] rp_next;
    
    // Sub module instances
    top$acks$ram ram(
        .read_address(ram$read_address),
        .read_clock(ram$read_clock),
        .read_data(ram$read_data),
        .write_address(ram$write_address),
        .write_clock(ram$write_clock),
        .write_data(ram$write_data),
        .write_enable(ram$write_enable)
    );
    top$acks$wp wp(
        .d(wp$d),
        .q(wp$q),
        .clock(wp$clock)
    );
    top$acks$rp rp(
        .d(rp$d),
        .q(rp$q),
        .clock(rp$clock)
    );
    top$acks$full full(
        .d(full$d),
        .q(full$q),
        .clock(full$clock)
    );
    top$acks$inflight inflight(
        .d(inflight$d),
        .q(inflight$q),
        .clock(inflight$clock)
    );
    top$acks$a_valid a_valid(
        .d(a_valid$d),
        .q(a_valid$q),
        .clock(a_valid$clock)
    );
    top$acks$a a(
        .d(a$d),
        .q(a$q),
        .clock(a$clock)
    );
    top$acks$b_valid b_valid(
        .d(b_valid$d),
        .q(b_valid$q),
        .clock(b_valid$clock)
    );
    top$acks$b b(
        .d(b$d),
        .q(b$q),
        .clock(b$clock)
    );
    top$acks$newest_qpn newest_qpn(
        .d(newest_qpn$d),
        .q(newest_qpn$q),
        .clock(newest_qpn$clock)
    );
    top$acks$newest_plain newest_plain(
        .d(newest_plain$d),
        .q(newest_plain$q),
        .clock(newest_plain$clock)
    );
    
    // Update code
    always @(*) begin
        wp$clock = clock;
        rp$clock = clock;
        full$clock = clock;
        inflight$clock = clock;
        a_valid$clock = clock;
        a$clock = clock;
        b_valid$clock = clock;
        b$clock = clock;
        newest_qpn$clock = clock;
        newest_plain$clock = clock;
        wp$d = wp$q;
        rp$d = rp$q;
        full$d = full$q;
        inflight$d = inflight$q;
        a_valid$d = a_valid$q;
        a$d = a$q;
        b_valid$d = b_valid$q;
        b$d = b$q;
        newest_qpn$d = newest_qpn$q;
        newest_plain$d = newest_plain$q;
        ram$read_clock = clock;
        ram$write_clock = clock;
        consume = a_valid$q & o_ready;
        entries = ((a_valid$q) & 2'h3) + ((b_valid$q) & 2'h3) + ((inflight$q) & 2'h3);
        issue = (rp$q != wp$q) & ((entries < 32'h2) | ((entries == 32'h2) & consume));
        ram$read_address = rp$q[(32'h0)+:(4)];
        rp_next = rp$q;
        if (issue) begin
            rp_next = rp$q + 32'h1;
        end
        rp$d = rp_next;
        inflight$d = issue;
        req_ready = ~full$q;
        take = req_valid & ~full$q;
        plain = ~|req_syndrome[(32'h5)+:(3)];
        merge = take & plain & newest_plain$q & (newest_qpn$q == req_qpn24) & (rp_next != wp$q);
        wp_prev = wp$q[(32'h0)+:(4)] - 32'h1;
        ram$write_enable = take;
        ram$write_address = wp$q[(32'h0)+:(4)];
        if (merge) begin
            ram$write_address = wp_prev;
        end
        ram$write_data = (((req_qpn24) & 176'hffffffffffffffffffffffffffffffffffffffffffff) << 32'h0) | (((req_syndrome) & 176'hffffffffffffffffffffffffffffffffffffffffffff) << 32'h18) | (((req_psn) & 176'hffffffffffffffffffffffffffffffffffffffffffff) << 32'h20) | (((req_msn) & 176'hffffffffffffffffffffffffffffffffffffffffffff) << 32'h38) | (((req_dst_mac) & 176'hffffffffffffffffffffffffffffffffffffffffffff) << 32'h50) | (((req_dst_ip) & 176'hffffffffffffffffffffffffffffffffffffffffffff) << 32'h80) | (((req_udp_sport) & 176'hffffffffffffffffffffffffffffffffffffffffffff) << 32'ha0);
        wp_next = wp$q;
        if (take & ~merge) begin
            wp_next = wp$q + 32'h1;
        end
        wp$d = wp_next;
        if (take) begin
            newest_qpn$d = req_qpn24;
            newest_plain$d = plain;
        end
        full$d = (wp_next[(32'h0)+:(4)] == rp_next[(32'h0)+:(4)]) & (wp_next[32'h4] != rp_next[32'h4]);
        if (consume) begin
            if (b_valid$q) begin
                a$d = b$q;
                b_valid$d = 1'b0;
                if (inflight$q) begin
                    b_valid$d = 1'b1;
                    b$d = ram$read_data;
                end
            end
            else if (inflight$q) begin
                a$d = ram$read_data;
            end
            else begin
                a_valid$d = 1'b0;
            end
        end
        else if (inflight$q) begin
            if (a_valid$q) begin
                b_valid$d = 1'b1;
                b$d = ram$read_data;
            end
            else begin
                a_valid$d = 1'b1;
                a$d = ram$read_data;
            end
        end
        o_valid = a_valid$q;
        o_dst_mac = a$q[(32'h50)+:(48)];
        o_dst_ip = a$q[(32'h80)+:(32)];
        o_udp_sport = a$q[(32'ha0)+:(16)];
        o_opcode = 32'h11;
        o_solicited = 1'b0;
        o_dest_qpn = a$q[(32'h0)+:(24)];
        o_ack_req = 1'b0;
        o_psn = a$q[(32'h20)+:(24)];
        o_has_reth = 1'b0;
        o_reth_va = 32'h0;
        o_reth_rkey = 32'h0;
        o_reth_len = 32'h0;
        o_has_aeth = 1'b1;
        o_aeth_syndrome = a$q[(32'h18)+:(8)];
        o_aeth_msn = a$q[(32'h38)+:(24)];
        o_has_imm = 1'b0;
        o_imm = 32'h0;
        o_payload_len = 32'h0;
        idle = ~a_valid$q & ~inflight$q & (rp$q == wp$q);
        if (reset) begin
            wp$d = 32'h0;
            rp$d = 32'h0;
            full$d = 1'b0;
            inflight$d = 1'b0;
            a_valid$d = 1'b0;
            b_valid$d = 1'b0;
            newest_plain$d = 1'b0;
        end
    end
    
endmodule // top$acks


module top$acks$a(d,q,clock);
    
    // Module arguments
    input wire  [175:0] d;
    output reg  [175:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 176'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$acks$a


module top$acks$a_valid(d,q,clock);
    
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
          
endmodule // top$acks$a_valid


module top$acks$b(d,q,clock);
    
    // Module arguments
    input wire  [175:0] d;
    output reg  [175:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 176'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$acks$b


module top$acks$b_valid(d,q,clock);
    
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
          
endmodule // top$acks$b_valid


module top$acks$full(d,q,clock);
    
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
          
endmodule // top$acks$full


module top$acks$inflight(d,q,clock);
    
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
          
endmodule // top$acks$inflight


module top$acks$newest_plain(d,q,clock);
    
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
          
endmodule // top$acks$newest_plain


module top$acks$newest_qpn(d,q,clock);
    
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
          
endmodule // top$acks$newest_qpn


module top$acks$ram(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [3:0] read_address;
    input wire  read_clock;
    output reg  [175:0] read_data;
    input wire  [3:0] write_address;
    input wire  write_clock;
    input wire  [175:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[175:0] mem[15:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // top$acks$ram


module top$acks$rp(d,q,clock);
    
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
          
endmodule // top$acks$rp


module top$acks$wp(d,q,clock);
    
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
          
endmodule // top$acks$wp


module top$arb(clock,reset,ack_valid,ack_ready,ack_dst_mac,ack_dst_ip,ack_udp_sport,ack_opcode,ack_solicited,ack_dest_qpn,ack_ack_req,ack_psn,ack_has_reth,ack_reth_va,ack_reth_rkey,ack_reth_len,ack_has_aeth,ack_aeth_syndrome,ack_aeth_msn,ack_has_imm,ack_imm,ack_payload_len,data_valid,data_ready,data_dst_mac,data_dst_ip,data_udp_sport,data_opcode,data_solicited,data_dest_qpn,data_ack_req,data_psn,data_has_reth,data_reth_va,data_reth_rkey,data_reth_len,data_has_aeth,data_aeth_syndrome,data_aeth_msn,data_has_imm,data_imm,data_payload_len,o_valid,o_ready,o_dst_mac,o_dst_ip,o_udp_sport,o_opcode,o_solicited,o_dest_qpn,o_ack_req,o_psn,o_has_reth,o_reth_va,o_reth_rkey,o_reth_len,o_has_aeth,o_aeth_syndrome,o_aeth_msn,o_has_imm,o_imm,o_payload_len,cnt_tx_acks,idle);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  ack_valid;
    output reg  ack_ready;
    input wire  [47:0] ack_dst_mac;
    input wire  [31:0] ack_dst_ip;
    input wire  [15:0] ack_udp_sport;
    input wire  [7:0] ack_opcode;
    input wire  ack_solicited;
    input wire  [23:0] ack_dest_qpn;
    input wire  ack_ack_req;
    input wire  [23:0] ack_psn;
    input wire  ack_has_reth;
    input wire  [63:0] ack_reth_va;
    input wire  [31:0] ack_reth_rkey;
    input wire  [31:0] ack_reth_len;
    input wire  ack_has_aeth;
    input wire  [7:0] ack_aeth_syndrome;
    input wire  [23:0] ack_aeth_msn;
    input wire  ack_has_imm;
    input wire  [31:0] ack_imm;
    input wire  [12:0] ack_payload_len;
    input wire  data_valid;
    output reg  data_ready;
    input wire  [47:0] data_dst_mac;
    input wire  [31:0] data_dst_ip;
    input wire  [15:0] data_udp_sport;
    input wire  [7:0] data_opcode;
    input wire  data_solicited;
    input wire  [23:0] data_dest_qpn;
    input wire  data_ack_req;
    input wire  [23:0] data_psn;
    input wire  data_has_reth;
    input wire  [63:0] data_reth_va;
    input wire  [31:0] data_reth_rkey;
    input wire  [31:0] data_reth_len;
    input wire  data_has_aeth;
    input wire  [7:0] data_aeth_syndrome;
    input wire  [23:0] data_aeth_msn;
    input wire  data_has_imm;
    input wire  [31:0] data_imm;
    input wire  [12:0] data_payload_len;
    output reg  o_valid;
    input wire  o_ready;
    output reg  [47:0] o_dst_mac;
    output reg  [31:0] o_dst_ip;
    output reg  [15:0] o_udp_sport;
    output reg  [7:0] o_opcode;
    output reg  o_solicited;
    output reg  [23:0] o_dest_qpn;
    output reg  o_ack_req;
    output reg  [23:0] o_psn;
    output reg  o_has_reth;
    output reg  [63:0] o_reth_va;
    output reg  [31:0] o_reth_rkey;
    output reg  [31:0] o_reth_len;
    output reg  o_has_aeth;
    output reg  [7:0] o_aeth_syndrome;
    output reg  [23:0] o_aeth_msn;
    output reg  o_has_imm;
    output reg  [31:0] o_imm;
    output reg  [12:0] o_payload_len;
    output reg  cnt_tx_acks;
    output reg  idle;
    
    // Stub signals
    reg  held_ack$d;
    wire  held_ack$q;
    reg  held_ack$clock;
    reg  held_data$d;
    wire  held_data$q;
    reg  held_data$clock;
    reg  [361:0] entry_ack$d;
    wire  [361:0] entry_ack$q;
    reg  entry_ack$clock;
    reg  [361:0] entry_data$d;
    wire  [361:0] entry_data$q;
    reg  entry_data$clock;
    reg  out_valid$d;
    wire  out_valid$q;
    reg  out_valid$clock;
    reg  out_is_ack$d;
    wire  out_is_ack$q;
    reg  out_is_ack$clock;
    reg  [361:0] out_entry$d;
    wire  [361:0] out_entry$q;
    reg  out_entry$clock;
    reg  ack_sent$d;
    wire  ack_sent$q;
    reg  ack_sent$clock;
    reg  accepting$d;
    wire  accepting$q;
    reg  accepting$clock;
    
    // Local signals
    reg  take_ack;
    reg  take_data;
    reg  load;
    
    // Sub module instances
    top$arb$held_ack held_ack(
        .d(held_ack$d),
        .q(held_ack$q),
        .clock(held_ack$clock)
    );
    top$arb$held_data held_data(
        .d(held_data$d),
        .q(held_data$q),
        .clock(held_data$clock)
    );
    top$arb$entry_ack entry_ack(
        .d(entry_ack$d),
        .q(entry_ack$q),
        .clock(entry_ack$clock)
    );
    top$arb$entry_data entry_data(
        .d(entry_data$d),
        .q(entry_data$q),
        .clock(entry_data$clock)
    );
    top$arb$out_valid out_valid(
        .d(out_valid$d),
        .q(out_valid$q),
        .clock(out_valid$clock)
    );
    top$arb$out_is_ack out_is_ack(
        .d(out_is_ack$d),
        .q(out_is_ack$q),
        .clock(out_is_ack$clock)
    );
    top$arb$out_entry out_entry(
        .d(out_entry$d),
        .q(out_entry$q),
        .clock(out_entry$clock)
    );
    top$arb$ack_sent ack_sent(
        .d(ack_sent$d),
        .q(ack_sent$q),
        .clock(ack_sent$clock)
    );
    top$arb$accepting accepting(
        .d(accepting$d),
        .q(accepting$q),
        .clock(accepting$clock)
    );
    
    // Update code
    always @(*) begin
        held_ack$clock = clock;
        held_data$clock = clock;
        entry_ack$clock = clock;
        entry_data$clock = clock;
        out_valid$clock = clock;
        out_is_ack$clock = clock;
        out_entry$clock = clock;
        ack_sent$clock = clock;
        accepting$clock = clock;
        held_ack$d = held_ack$q;
        held_data$d = held_data$q;
        entry_ack$d = entry_ack$q;
        entry_data$d = entry_data$q;
        out_valid$d = out_valid$q;
        out_is_ack$d = out_is_ack$q;
        out_entry$d = out_entry$q;
        ack_sent$d = ack_sent$q;
        accepting$d = accepting$q;
        ack_ready = accepting$q & ~held_ack$q;
        data_ready = accepting$q & ~held_data$q;
        take_ack = ack_valid & ack_ready;
        take_data = data_valid & data_ready;
        if (take_ack) begin
            entry_ack$d = (((ack_dst_mac) & 362'h3ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h0) | (((ack_dst_ip) & 362'h3ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h30) | (((ack_udp_sport) & 362'h3ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h50) | (((ack_opcode) & 362'h3ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h60) | (((ack_solicited) & 362'h3ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h68) | (((ack_dest_qpn) & 362'h3ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h69) | (((ack_ack_req) & 362'h3ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h81) | (((ack_psn) & 362'h3ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h82) | (((ack_has_reth) & 362'h3ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h9a) | (((ack_reth_va) & 362'h3ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h9b) | (((ack_reth_rkey) & 362'h3ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'hdb) | (((ack_reth_len) & 362'h3ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'hfb) | (((ack_has_aeth) & 362'h3ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h11b) | (((ack_aeth_syndrome) & 362'h3ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h11c) | (((ack_aeth_msn) & 362'h3ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h124) | (((ack_has_imm) & 362'h3ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h13c) | (((ack_imm) & 362'h3ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h13d) | (((ack_payload_len) & 362'h3ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h15d);
        end
        if (take_data) begin
            entry_data$d = (((data_dst_mac) & 362'h3ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h0) | (((data_dst_ip) & 362'h3ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h30) | (((data_udp_sport) & 362'h3ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h50) | (((data_opcode) & 362'h3ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h60) | (((data_solicited) & 362'h3ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h68) | (((data_dest_qpn) & 362'h3ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h69) | (((data_ack_req) & 362'h3ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h81) | (((data_psn) & 362'h3ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h82) | (((data_has_reth) & 362'h3ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h9a) | (((data_reth_va) & 362'h3ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h9b) | (((data_reth_rkey) & 362'h3ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'hdb) | (((data_reth_len) & 362'h3ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'hfb) | (((data_has_aeth) & 362'h3ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h11b) | (((data_aeth_syndrome) & 362'h3ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h11c) | (((data_aeth_msn) & 362'h3ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h124) | (((data_has_imm) & 362'h3ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h13c) | (((data_imm) & 362'h3ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h13d) | (((data_payload_len) & 362'h3ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h15d);
        end
        load = ~out_valid$q | o_ready;
        held_ack$d = held_ack$q | take_ack;
        held_data$d = held_data$q | take_data;
        if (load) begin
            out_valid$d = held_ack$q | held_data$q;
            out_is_ack$d = held_ack$q;
            if (held_ack$q) begin
                out_entry$d = entry_ack$q;
                held_ack$d = take_ack;
            end
            else if (held_data$q) begin
                out_entry$d = entry_data$q;
                held_data$d = take_data;
            end
        end
        ack_sent$d = out_valid$q & o_ready & out_is_ack$q;
        cnt_tx_acks = ack_sent$q;
        o_valid = out_valid$q;
        o_dst_mac = out_entry$q[(32'h0)+:(48)];
        o_dst_ip = out_entry$q[(32'h30)+:(32)];
        o_udp_sport = out_entry$q[(32'h50)+:(16)];
        o_opcode = out_entry$q[(32'h60)+:(8)];
        o_solicited = out_entry$q[32'h68];
        o_dest_qpn = out_entry$q[(32'h69)+:(24)];
        o_ack_req = out_entry$q[32'h81];
        o_psn = out_entry$q[(32'h82)+:(24)];
        o_has_reth = out_entry$q[32'h9a];
        o_reth_va = out_entry$q[(32'h9b)+:(64)];
        o_reth_rkey = out_entry$q[(32'hdb)+:(32)];
        o_reth_len = out_entry$q[(32'hfb)+:(32)];
        o_has_aeth = out_entry$q[32'h11b];
        o_aeth_syndrome = out_entry$q[(32'h11c)+:(8)];
        o_aeth_msn = out_entry$q[(32'h124)+:(24)];
        o_has_imm = out_entry$q[32'h13c];
        o_imm = out_entry$q[(32'h13d)+:(32)];
        o_payload_len = out_entry$q[(32'h15d)+:(13)];
        idle = ~held_ack$q & ~held_data$q & ~out_valid$q;
        accepting$d = 1'b1;
        if (reset) begin
            held_ack$d = 1'b0;
            held_data$d = 1'b0;
            out_valid$d = 1'b0;
            ack_sent$d = 1'b0;
            accepting$d = 1'b0;
        end
    end
    
endmodule // top$arb


module top$arb$accepting(d,q,clock);
    
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
          
endmodule // top$arb$accepting


module top$arb$ack_sent(d,q,clock);
    
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
          
endmodule // top$arb$ack_sent


module top$arb$entry_ack(d,q,clock);
    
    // Module arguments
    input wire  [361:0] d;
    output reg  [361:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 362'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$arb$entry_ack


module top$arb$entry_data(d,q,clock);
    
    // Module arguments
    input wire  [361:0] d;
    output reg  [361:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 362'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$arb$entry_data


module top$arb$held_ack(d,q,clock);
    
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
          
endmodule // top$arb$held_ack


module top$arb$held_data(d,q,clock);
    
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
          
endmodule // top$arb$held_data


module top$arb$out_entry(d,q,clock);
    
    // Module arguments
    input wire  [361:0] d;
    output reg  [361:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 362'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$arb$out_entry


module top$arb$out_is_ack(d,q,clock);
    
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
          
endmodule // top$arb$out_is_ack


module top$arb$out_valid(d,q,clock);
    
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
          
endmodule // top$arb$out_valid


module top$cpl(clock,reset,cqe_valid,cqe_ready,cqe_cqn,cqe_wr_id,cqe_byte_len,cqe_imm,cqe_imm_valid,cqe_qpn,cqe_status,cqe_opcode,cmd_valid,cmd_ready,cmd_op,cmd_cqn,cmd_base,cmd_log2,cmd_vector,ci_valid,ci_cqn,ci_value,arm_valid,arm_cqn,arm_set,dma_wr_valid,dma_wr_ready,dma_wr_addr,dma_wr_len,dma_wr_data,dma_wr_last,irq_valid,irq_ready,irq_vector,cnt_overflow,idle);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  cqe_valid;
    output reg  cqe_ready;
    input wire  [7:0] cqe_cqn;
    input wire  [63:0] cqe_wr_id;
    input wire  [31:0] cqe_byte_len;
    input wire  [31:0] cqe_imm;
    input wire  cqe_imm_valid;
    input wire  [23:0] cqe_qpn;
    input wire  [7:0] cqe_status;
    input wire  [7:0] cqe_opcode;
    input wire  cmd_valid;
    output reg  cmd_ready;
    input wire  [1:0] cmd_op;
    input wire  [7:0] cmd_cqn;
    input wire  [63:0] cmd_base;
    input wire  [4:0] cmd_log2;
    input wire  [7:0] cmd_vector;
    input wire  ci_valid;
    input wire  [7:0] ci_cqn;
    input wire  [15:0] ci_value;
    input wire  arm_valid;
    input wire  [7:0] arm_cqn;
    input wire  arm_set;
    output reg  dma_wr_valid;
    input wire  dma_wr_ready;
    output reg  [63:0] dma_wr_addr;
    output reg  [15:0] dma_wr_len;
    output reg  [63:0] dma_wr_data;
    output reg  dma_wr_last;
    output reg  irq_valid;
    input wire  irq_ready;
    output reg  [7:0] irq_vector;
    output reg  cnt_overflow;
    output reg  idle;
    
    // Constant declarations
    localparam  k_one = 256'h1;
    localparam  k_one16 = 16'h1;
    localparam  k_commit = 2'b1;
    localparam  k_len = 16'h20;
    localparam  k_pi_mask = 128'hffff00000000000000000000;
    localparam  f_base = 8'h0;
    localparam  f_log2 = 8'h40;
    localparam  f_valid = 8'h45;
    localparam  f_vector = 8'h48;
    localparam  f_pi = 8'h50;
    localparam  f_wr_id = 8'h0;
    localparam  f_byte_len = 8'h40;
    localparam  f_imm = 8'h60;
    localparam  f_qpn = 8'h80;
    localparam  f_status = 8'ha0;
    localparam  f_opcode = 8'ha8;
    localparam  f_imm_valid = 8'hb0;
    localparam  f_owner = 8'hf8;
    
    // Stub signals
    reg  [7:0] row_ram$read_address;
    reg  row_ram$read_clock;
    wire  [127:0] row_ram$read_data;
    reg  [7:0] row_ram$write_address;
    reg  row_ram$write_clock;
    reg  [127:0] row_ram$write_data;
    reg  row_ram$write_enable;
    reg  [7:0] ci_ram$read_address;
    reg  ci_ram$read_clock;
    wire  [15:0] ci_ram$read_data;
    reg  [7:0] ci_ram$write_address;
    reg  ci_ram$write_clock;
    reg  [15:0] ci_ram$write_data;
    reg  ci_ram$write_enable;
    reg  [255:0] ci_live$d;
    wire  [255:0] ci_live$q;
    reg  ci_live$clock;
    reg  [255:0] cq_live$d;
    wire  [255:0] cq_live$q;
    reg  cq_live$clock;
    reg  [255:0] armed$d;
    wire  [255:0] armed$q;
    reg  armed$clock;
    reg  req_valid$d;
    wire  req_valid$q;
    reg  req_valid$clock;
    reg  req_is_cmd$d;
    wire  req_is_cmd$q;
    reg  req_is_cmd$clock;
    reg  [7:0] req_cqn$d;
    wire  [7:0] req_cqn$q;
    reg  req_cqn$clock;
    reg  [63:0] req_wr_id$d;
    wire  [63:0] req_wr_id$q;
    reg  req_wr_id$clock;
    reg  [31:0] req_byte_len$d;
    wire  [31:0] req_byte_len$q;
    reg  req_byte_len$clock;
    reg  [31:0] req_imm$d;
    wire  [31:0] req_imm$q;
    reg  req_imm$clock;
    reg  req_imm_valid$d;
    wire  req_imm_valid$q;
    reg  req_imm_valid$clock;
    reg  [23:0] req_qpn$d;
    wire  [23:0] req_qpn$q;
    reg  req_qpn$clock;
    reg  [7:0] req_status$d;
    wire  [7:0] req_status$q;
    reg  req_status$clock;
    reg  [7:0] req_opcode$d;
    wire  [7:0] req_opcode$q;
    reg  req_opcode$clock;
    reg  [1:0] req_op$d;
    wire  [1:0] req_op$q;
    reg  req_op$clock;
    reg  [63:0] req_base$d;
    wire  [63:0] req_base$q;
    reg  req_base$clock;
    reg  [4:0] req_log2$d;
    wire  [4:0] req_log2$q;
    reg  req_log2$clock;
    reg  [7:0] req_vector$d;
    wire  [7:0] req_vector$q;
    reg  req_vector$clock;
    reg  cmd_turn$d;
    wire  cmd_turn$q;
    reg  cmd_turn$clock;
    reg  fw_ci_valid$d;
    wire  fw_ci_valid$q;
    reg  fw_ci_valid$clock;
    reg  [7:0] fw_ci_cqn$d;
    wire  [7:0] fw_ci_cqn$q;
    reg  fw_ci_cqn$clock;
    reg  [15:0] fw_ci$d;
    wire  [15:0] fw_ci$q;
    reg  fw_ci$clock;
    reg  wr_active$d;
    wire  wr_active$q;
    reg  wr_active$clock;
    reg  [1:0] wr_beat$d;
    wire  [1:0] wr_beat$q;
    reg  wr_beat$clock;
    reg  [255:0] wr_buf$d;
    wire  [255:0] wr_buf$q;
    reg  wr_buf$clock;
    reg  [63:0] wr_addr$d;
    wire  [63:0] wr_addr$q;
    reg  wr_addr$clock;
    reg  wr_irq$d;
    wire  wr_irq$q;
    reg  wr_irq$clock;
    reg  [7:0] wr_vector$d;
    wire  [7:0] wr_vector$q;
    reg  wr_vector$clock;
    reg  irq_wait$d;
    wire  irq_wait$q;
    reg  irq_wait$clock;
    reg  irq$d;
    wire  irq$q;
    reg  irq$clock;
    reg  [7:0] irq_vec$d;
    wire  [7:0] irq_vec$q;
    reg  irq_vec$clock;
    reg  overflow$d;
    wire  overflow$q;
    reg  overflow$clock;
    reg  idle_q$d;
    wire  idle_q$q;
    reg  idle_q$clock;
    
    // Local signals
    reg  take_cmd;
    reg  take_cqe;
    reg  [7:0] next_cqn;
    reg  go;
    reg  [127:0] row;
    reg  [15:0] ci;
    reg  [15:0] pi;
    reg  [4:0] log2;
    reg  [15:0] mask;
    reg  [15:0] used;
    reg  [15:0] slot;
    reg  drop;
    reg  owner;
    reg  [15:0] pi_next;
    reg  [255:0] one_req;
    reg  [255:0] clr_armed;
    reg  [255:0] clr_live;
    reg  beat_fire;
    reg  burst_done;
    reg  raise;
    
    // Sub module instances
    top$cpl$row_ram row_ram(
        .read_address(row_ram$read_address),
        .read_clock(row_ram$read_clock),
        .read_data(row_ram$read_data),
        .write_address(row_ram$write_address),
        .write_clock(row_ram$write_clock),
        .write_data(row_ram$write_data),
        .write_enable(row_ram$write_enable)
    );
    top$cpl$ci_ram ci_ram(
        .read_address(ci_ram$read_address),
        .read_clock(ci_ram$read_clock),
        .read_data(ci_ram$read_data),
        .write_address(ci_ram$write_address),
        .write_clock(ci_ram$write_clock),
        .write_data(ci_ram$write_data),
        .write_enable(ci_ram$write_enable)
    );
    top$cpl$ci_live ci_live(
        .d(ci_live$d),
        .q(ci_live$q),
        .clock(ci_live$clock)
    );
    top$cpl$cq_live cq_live(
        .d(cq_live$d),
        .q(cq_live$q),
        .clock(cq_live$clock)
    );
    top$cpl$armed armed(
        .d(armed$d),
        .q(armed$q),
        .clock(armed$clock)
    );
    top$cpl$req_valid req_valid(
        .d(req_valid$d),
        .q(req_valid$q),
        .clock(req_valid$clock)
    );
    top$cpl$req_is_cmd req_is_cmd(
        .d(req_is_cmd$d),
        .q(req_is_cmd$q),
        .clock(req_is_cmd$clock)
    );
    top$cpl$req_cqn req_cqn(
        .d(req_cqn$d),
        .q(req_cqn$q),
        .clock(req_cqn$clock)
    );
    top$cpl$req_wr_id req_wr_id(
        .d(req_wr_id$d),
        .q(req_wr_id$q),
        .clock(req_wr_id$clock)
    );
    top$cpl$req_byte_len req_byte_len(
        .d(req_byte_len$d),
        .q(req_byte_len$q),
        .clock(req_byte_len$clock)
    );
    top$cpl$req_imm req_imm(
        .d(req_imm$d),
        .q(req_imm$q),
        .clock(req_imm$clock)
    );
    top$cpl$req_imm_valid req_imm_valid(
        .d(req_imm_valid$d),
        .q(req_imm_valid$q),
        .clock(req_imm_valid$clock)
    );
    top$cpl$req_qpn req_qpn(
        .d(req_qpn$d),
        .q(req_qpn$q),
        .clock(req_qpn$clock)
    );
    top$cpl$req_status req_status(
        .d(req_status$d),
        .q(req_status$q),
        .clock(req_status$clock)
    );
    top$cpl$req_opcode req_opcode(
        .d(req_opcode$d),
        .q(req_opcode$q),
        .clock(req_opcode$clock)
    );
    top$cpl$req_op req_op(
        .d(req_op$d),
        .q(req_op$q),
        .clock(req_op$clock)
    );
    top$cpl$req_base req_base(
        .d(req_base$d),
        .q(req_base$q),
        .clock(req_base$clock)
    );
    top$cpl$req_log2 req_log2(
        .d(req_log2$d),
        .q(req_log2$q),
        .clock(req_log2$clock)
    );
    top$cpl$req_vector req_vector(
        .d(req_vector$d),
        .q(req_vector$q),
        .clock(req_vector$clock)
    );
    top$cpl$cmd_turn cmd_turn(
        .d(cmd_turn$d),
        .q(cmd_turn$q),
        .clock(cmd_turn$clock)
    );
    top$cpl$fw_ci_valid fw_ci_valid(
        .d(fw_ci_valid$d),
        .q(fw_ci_valid$q),
        .clock(fw_ci_valid$clock)
    );
    top$cpl$fw_ci_cqn fw_ci_cqn(
        .d(fw_ci_cqn$d),
        .q(fw_ci_cqn$q),
        .clock(fw_ci_cqn$clock)
    );
    top$cpl$fw_ci fw_ci(
        .d(fw_ci$d),
        .q(fw_ci$q),
        .clock(fw_ci$clock)
    );
    top$cpl$wr_active wr_active(
        .d(wr_active$d),
        .q(wr_active$q),
        .clock(wr_active$clock)
    );
    top$cpl$wr_beat wr_beat(
        .d(wr_beat$d),
        .q(wr_beat$q),
        .clock(wr_beat$clock)
    );
    top$cpl$wr_buf wr_buf(
        .d(wr_buf$d),
        .q(wr_buf$q),
        .clock(wr_buf$clock)
    );
    top$cpl$wr_addr wr_addr(
        .d(wr_addr$d),
        .q(wr_addr$q),
        .clock(wr_addr$clock)
    );
    top$cpl$wr_irq wr_irq(
        .d(wr_irq$d),
        .q(wr_irq$q),
        .clock(wr_irq$clock)
    );
    top$cpl$wr_vector wr_vector(
        .d(wr_vector$d),
        .q(wr_vector$q),
        .clock(wr_vector$clock)
    );
    top$cpl$irq_wait irq_wait(
        .d(irq_wait$d),
        .q(irq_wait$q),
        .clock(irq_wait$clock)
    );
    top$cpl$irq irq(
        .d(irq$d),
        .q(irq$q),
        .clock(irq$clock)
    );
    top$cpl$irq_vec irq_vec(
        .d(irq_vec$d),
        .q(irq_vec$q),
        .clock(irq_vec$clock)
    );
    top$cpl$overflow overflow(
        .d(overflow$d),
        .q(overflow$q),
        .clock(overflow$clock)
    );
    top$cpl$idle_q idle_q(
        .d(idle_q$d),
        .q(idle_q$q),
        .clock(idle_q$clock)
    );
    
    // Update code
    always @(*) begin
        ci_live$clock = clock;
        cq_live$clock = clock;
        armed$clock = clock;
        req_valid$clock = clock;
        req_is_cmd$clock = clock;
        req_cqn$clock = clock;
        req_wr_id$clock = clock;
        req_byte_len$clock = clock;
        req_imm$clock = clock;
        req_imm_valid$clock = clock;
        req_qpn$clock = clock;
        req_status$clock = clock;
        req_opcode$clock = clock;
        req_op$clock = clock;
        req_base$clock = clock;
        req_log2$clock = clock;
        req_vector$clock = clock;
        cmd_turn$clock = clock;
        fw_ci_valid$clock = clock;
        fw_ci_cqn$clock = clock;
        fw_ci$clock = clock;
        wr_active$clock = clock;
        wr_beat$clock = clock;
        wr_buf$clock = clock;
        wr_addr$clock = clock;
        wr_irq$clock = clock;
        wr_vector$clock = clock;
        irq_wait$clock = clock;
        irq$clock = clock;
        irq_vec$clock = clock;
        overflow$clock = clock;
        idle_q$clock = clock;
        ci_live$d = ci_live$q;
        cq_live$d = cq_live$q;
        armed$d = armed$q;
        req_valid$d = req_valid$q;
        req_is_cmd$d = req_is_cmd$q;
        req_cqn$d = req_cqn$q;
        req_wr_id$d = req_wr_id$q;
        req_byte_len$d = req_byte_len$q;
        req_imm$d = req_imm$q;
        req_imm_valid$d = req_imm_valid$q;
        req_qpn$d = req_qpn$q;
        req_status$d = req_status$q;
        req_opcode$d = req_opcode$q;
        req_op$d = req_op$q;
        req_base$d = req_base$q;
        req_log2$d = req_log2$q;
        req_vector$d = req_vector$q;
        cmd_turn$d = cmd_turn$q;
        fw_ci_valid$d = fw_ci_valid$q;
        fw_ci_cqn$d = fw_ci_cqn$q;
        fw_ci$d = fw_ci$q;
        wr_active$d = wr_active$q;
        wr_beat$d = wr_beat$q;
        wr_buf$d = wr_buf$q;
        wr_addr$d = wr_addr$q;
        wr_irq$d = wr_irq$q;
        wr_vector$d = wr_vector$q;
        irq_wait$d = irq_wait$q;
        irq$d = irq$q;
        irq_vec$d = irq_vec$q;
        overflow$d = overflow$q;
        idle_q$d = idle_q$q;
        row_ram$read_clock = clock;
        row_ram$write_clock = clock;
        ci_ram$read_clock = clock;
        ci_ram$write_clock = clock;
        go = req_valid$q & ~wr_active$q & ~irq_wait$q;
        row = row_ram$read_data;
        ci = ci_ram$read_data;
        if (fw_ci_valid$q & (fw_ci_cqn$q == req_cqn$q)) begin
            ci = fw_ci$q;
        end
        if (~ci_live$q[req_cqn$q]) begin
            ci = 32'h0;
        end
        pi = row[(f_pi)+:(16)];
        log2 = row[(f_log2)+:(5)];
        mask = (k_one16 << log2) - k_one16;
        used = pi - ci;
        slot = pi & mask;
        pi_next = pi + 32'h1;
        drop = ~cq_live$q[req_cqn$q] | ~row[f_valid] | log2[32'h4] | (used > mask);
        owner = ~pi[log2];
        one_req = k_one << req_cqn$q;
        row_ram$write_enable = 1'b0;
        row_ram$write_address = req_cqn$q;
        row_ram$write_data = (row & ~k_pi_mask) | (((pi_next) & 128'hffffffffffffffffffffffffffffffff) << f_pi);
        clr_armed = 32'h0;
        clr_live = 32'h0;
        overflow$d = 1'b0;
        cq_live$d = cq_live$q;
        if (go) begin
            if (req_is_cmd$q) begin
                row_ram$write_enable = 1'b1;
                row_ram$write_data = 32'h0;
                if (req_op$q == k_commit) begin
                    row_ram$write_data = (((req_base$q) & 128'hffffffffffffffffffffffffffffffff) << f_base) | (((req_log2$q) & 128'hffffffffffffffffffffffffffffffff) << f_log2) | (((1'b1) & 128'hffffffffffffffffffffffffffffffff) << f_valid) | (((req_vector$q) & 128'hffffffffffffffffffffffffffffffff) << f_vector);
                end
                clr_live = one_req;
                clr_armed = one_req;
                if (req_op$q == k_commit) begin
                    cq_live$d = cq_live$q | one_req;
                end
                else begin
                    cq_live$d = cq_live$q & ~one_req;
                end
            end
            else if (drop) begin
                overflow$d = 1'b1;
            end
            else begin
                row_ram$write_enable = 1'b1;
                clr_armed = one_req;
                wr_irq$d = armed$q[req_cqn$q];
                wr_vector$d = row[(f_vector)+:(8)];
                wr_addr$d = row[(f_base)+:(64)] + (((slot) & 64'hffffffffffffffff) << 32'h5);
                wr_buf$d = (((req_wr_id$q) & 256'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << f_wr_id) | (((req_byte_len$q) & 256'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << f_byte_len) | (((req_imm$q) & 256'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << f_imm) | (((req_qpn$q) & 256'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << f_qpn) | (((req_status$q) & 256'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << f_status) | (((req_opcode$q) & 256'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << f_opcode) | (((req_imm_valid$q) & 256'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << f_imm_valid) | (((owner) & 256'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << f_owner);
                wr_active$d = 1'b1;
                wr_beat$d = 32'h0;
            end
        end
        cmd_ready = ~req_valid$q & cmd_turn$q;
        cqe_ready = ~req_valid$q & ~cmd_turn$q;
        take_cmd = cmd_valid & cmd_ready;
        take_cqe = cqe_valid & cqe_ready;
        cmd_turn$d = cmd_valid & ~take_cmd;
        next_cqn = req_cqn$q;
        if (go) begin
            req_valid$d = 1'b0;
        end
        if (take_cmd) begin
            req_valid$d = 1'b1;
            req_is_cmd$d = 1'b1;
            next_cqn = cmd_cqn;
            req_op$d = cmd_op;
            req_base$d = cmd_base;
            req_log2$d = cmd_log2;
            req_vector$d = cmd_vector;
        end
        if (take_cqe) begin
            req_valid$d = 1'b1;
            req_is_cmd$d = 1'b0;
            next_cqn = cqe_cqn;
            req_wr_id$d = cqe_wr_id;
            req_byte_len$d = cqe_byte_len;
            req_imm$d = cqe_imm;
            req_imm_valid$d = cqe_imm_valid;
            req_qpn$d = cqe_qpn;
            req_status$d = cqe_status;
            req_opcode$d = cqe_opcode;
        end
        req_cqn$d = next_cqn;
        row_ram$read_address = next_cqn;
        ci_ram$read_address = next_cqn;
        ci_ram$write_enable = ci_valid;
        ci_ram$write_address = ci_cqn;
        ci_ram$write_data = ci_value;
        fw_ci_valid$d = ci_valid;
        fw_ci_cqn$d = ci_cqn;
        fw_ci$d = ci_value;
        ci_live$d = ci_live$q & ~clr_live;
        if (ci_valid) begin
            ci_live$d = (ci_live$q & ~clr_live) | (k_one << ci_cqn);
        end
        armed$d = armed$q & ~clr_armed;
        if (arm_valid) begin
            if (arm_set) begin
                armed$d = (armed$q & ~clr_armed) | (k_one << arm_cqn);
            end
            else begin
                armed$d = armed$q & ~clr_armed & ~(k_one << arm_cqn);
            end
        end
        dma_wr_valid = wr_active$q;
        dma_wr_addr = wr_addr$q;
        dma_wr_len = k_len;
        dma_wr_data = wr_buf$q[(32'h0)+:(64)];
        dma_wr_last = wr_beat$q == 32'h3;
        beat_fire = wr_active$q & dma_wr_ready;
        burst_done = beat_fire & (wr_beat$q == 32'h3);
        if (beat_fire) begin
            wr_beat$d = wr_beat$q + 32'h1;
            wr_buf$d = wr_buf$q >> 32'h40;
        end
        if (burst_done) begin
            wr_active$d = 1'b0;
        end
        irq$d = irq$q & ~irq_ready;
        raise = (burst_done & wr_irq$q) | irq_wait$q;
        if (raise) begin
            if (irq$q) begin
                irq_wait$d = 1'b1;
            end
            else begin
                irq$d = 1'b1;
                irq_vec$d = wr_vector$q;
                irq_wait$d = 1'b0;
            end
        end
        irq_valid = irq$q;
        irq_vector = irq_vec$q;
        cnt_overflow = overflow$q;
        idle_q$d = ~req_valid$q & ~wr_active$q & ~irq_wait$q & ~irq$q;
        idle = idle_q$q;
        if (reset) begin
            ci_live$d = 32'h0;
            cq_live$d = 32'h0;
            armed$d = 32'h0;
            req_valid$d = 1'b0;
            cmd_turn$d = 1'b0;
            fw_ci_valid$d = 1'b0;
            wr_active$d = 1'b0;
            irq_wait$d = 1'b0;
            irq$d = 1'b0;
            overflow$d = 1'b0;
            idle_q$d = 1'b0;
            row_ram$write_enable = 1'b0;
            ci_ram$write_enable = 1'b0;
        end
    end
    
endmodule // top$cpl


module top$cpl$armed(d,q,clock);
    
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
          
endmodule // top$cpl$armed


module top$cpl$ci_live(d,q,clock);
    
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
          
endmodule // top$cpl$ci_live


module top$cpl$ci_ram(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [7:0] read_address;
    input wire  read_clock;
    output reg  [15:0] read_data;
    input wire  [7:0] write_address;
    input wire  write_clock;
    input wire  [15:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[15:0] mem[255:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // top$cpl$ci_ram


module top$cpl$cmd_turn(d,q,clock);
    
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
          
endmodule // top$cpl$cmd_turn


module top$cpl$cq_live(d,q,clock);
    
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
          
endmodule // top$cpl$cq_live


module top$cpl$fw_ci(d,q,clock);
    
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
          
endmodule // top$cpl$fw_ci


module top$cpl$fw_ci_cqn(d,q,clock);
    
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
          
endmodule // top$cpl$fw_ci_cqn


module top$cpl$fw_ci_valid(d,q,clock);
    
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
          
endmodule // top$cpl$fw_ci_valid


module top$cpl$idle_q(d,q,clock);
    
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
          
endmodule // top$cpl$idle_q


module top$cpl$irq(d,q,clock);
    
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
          
endmodule // top$cpl$irq


module top$cpl$irq_vec(d,q,clock);
    
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
          
endmodule // top$cpl$irq_vec


module top$cpl$irq_wait(d,q,clock);
    
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
          
endmodule // top$cpl$irq_wait


module top$cpl$overflow(d,q,clock);
    
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
          
endmodule // top$cpl$overflow


module top$cpl$req_base(d,q,clock);
    
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
          
endmodule // top$cpl$req_base


module top$cpl$req_byte_len(d,q,clock);
    
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
          
endmodule // top$cpl$req_byte_len


module top$cpl$req_cqn(d,q,clock);
    
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
          
endmodule // top$cpl$req_cqn


module top$cpl$req_imm(d,q,clock);
    
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
          
endmodule // top$cpl$req_imm


module top$cpl$req_imm_valid(d,q,clock);
    
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
          
endmodule // top$cpl$req_imm_valid


module top$cpl$req_is_cmd(d,q,clock);
    
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
          
endmodule // top$cpl$req_is_cmd


module top$cpl$req_log2(d,q,clock);
    
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
          
endmodule // top$cpl$req_log2


module top$cpl$req_op(d,q,clock);
    
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
          
endmodule // top$cpl$req_op


module top$cpl$req_opcode(d,q,clock);
    
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
          
endmodule // top$cpl$req_opcode


module top$cpl$req_qpn(d,q,clock);
    
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
          
endmodule // top$cpl$req_qpn


module top$cpl$req_status(d,q,clock);
    
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
          
endmodule // top$cpl$req_status


module top$cpl$req_valid(d,q,clock);
    
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
          
endmodule // top$cpl$req_valid


module top$cpl$req_vector(d,q,clock);
    
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
          
endmodule // top$cpl$req_vector


module top$cpl$req_wr_id(d,q,clock);
    
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
          
endmodule // top$cpl$req_wr_id


module top$cpl$row_ram(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
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
                
endmodule // top$cpl$row_ram


module top$cpl$wr_active(d,q,clock);
    
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
          
endmodule // top$cpl$wr_active


module top$cpl$wr_addr(d,q,clock);
    
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
          
endmodule // top$cpl$wr_addr


module top$cpl$wr_beat(d,q,clock);
    
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
          
endmodule // top$cpl$wr_beat


module top$cpl$wr_buf(d,q,clock);
    
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
          
endmodule // top$cpl$wr_buf


module top$cpl$wr_irq(d,q,clock);
    
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
          
endmodule // top$cpl$wr_irq


module top$cpl$wr_vector(d,q,clock);
    
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
          
endmodule // top$cpl$wr_vector


module top$cqes(clock,reset,a_valid,a_ready,a_cqn,a_wr_id,a_byte_len,a_imm,a_imm_valid,a_qpn,a_status,a_opcode,b_valid,b_ready,b_cqn,b_wr_id,b_byte_len,b_imm,b_imm_valid,b_qpn,b_status,b_opcode,o_valid,o_ready,o_cqn,o_wr_id,o_byte_len,o_imm,o_imm_valid,o_qpn,o_status,o_opcode,idle);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  a_valid;
    output reg  a_ready;
    input wire  [7:0] a_cqn;
    input wire  [63:0] a_wr_id;
    input wire  [31:0] a_byte_len;
    input wire  [31:0] a_imm;
    input wire  a_imm_valid;
    input wire  [23:0] a_qpn;
    input wire  [7:0] a_status;
    input wire  [7:0] a_opcode;
    input wire  b_valid;
    output reg  b_ready;
    input wire  [7:0] b_cqn;
    input wire  [63:0] b_wr_id;
    input wire  [31:0] b_byte_len;
    input wire  [31:0] b_imm;
    input wire  b_imm_valid;
    input wire  [23:0] b_qpn;
    input wire  [7:0] b_status;
    input wire  [7:0] b_opcode;
    output reg  o_valid;
    input wire  o_ready;
    output reg  [7:0] o_cqn;
    output reg  [63:0] o_wr_id;
    output reg  [31:0] o_byte_len;
    output reg  [31:0] o_imm;
    output reg  o_imm_valid;
    output reg  [23:0] o_qpn;
    output reg  [7:0] o_status;
    output reg  [7:0] o_opcode;
    output reg  idle;
    
    // Stub signals
    reg  held_a$d;
    wire  held_a$q;
    reg  held_a$clock;
    reg  held_b$d;
    wire  held_b$q;
    reg  held_b$clock;
    reg  [176:0] entry_a$d;
    wire  [176:0] entry_a$q;
    reg  entry_a$clock;
    reg  [176:0] entry_b$d;
    wire  [176:0] entry_b$q;
    reg  entry_b$clock;
    reg  last_b$d;
    wire  last_b$q;
    reg  last_b$clock;
    reg  out_valid$d;
    wire  out_valid$q;
    reg  out_valid$clock;
    reg  [176:0] out_entry$d;
    wire  [176:0] out_entry$q;
    reg  out_entry$clock;
    reg  accepting$d;
    wire  accepting$q;
    reg  accepting$clock;
    
    // Local signals
    reg  take_a;
    reg  take_b;
    reg  load;
    reg  pick_b;
    
    // Sub module instances
    top$cqes$held_a held_a(
        .d(held_a$d),
        .q(held_a$q),
        .clock(held_a$clock)
    );
    top$cqes$held_b held_b(
        .d(held_b$d),
        .q(held_b$q),
        .clock(held_b$clock)
    );
    top$cqes$entry_a entry_a(
        .d(entry_a$d),
        .q(entry_a$q),
        .clock(entry_a$clock)
    );
    top$cqes$entry_b entry_b(
        .d(entry_b$d),
        .q(entry_b$q),
        .clock(entry_b$clock)
    );
    top$cqes$last_b last_b(
        .d(last_b$d),
        .q(last_b$q),
        .clock(last_b$clock)
    );
    top$cqes$out_valid out_valid(
        .d(out_valid$d),
        .q(out_valid$q),
        .clock(out_valid$clock)
    );
    top$cqes$out_entry out_entry(
        .d(out_entry$d),
        .q(out_entry$q),
        .clock(out_entry$clock)
    );
    top$cqes$accepting accepting(
        .d(accepting$d),
        .q(accepting$q),
        .clock(accepting$clock)
    );
    
    // Update code
    always @(*) begin
        held_a$clock = clock;
        held_b$clock = clock;
        entry_a$clock = clock;
        entry_b$clock = clock;
        last_b$clock = clock;
        out_valid$clock = clock;
        out_entry$clock = clock;
        accepting$clock = clock;
        held_a$d = held_a$q;
        held_b$d = held_b$q;
        entry_a$d = entry_a$q;
        entry_b$d = entry_b$q;
        last_b$d = last_b$q;
        out_valid$d = out_valid$q;
        out_entry$d = out_entry$q;
        accepting$d = accepting$q;
        a_ready = accepting$q & ~held_a$q;
        b_ready = accepting$q & ~held_b$q;
        take_a = a_valid & a_ready;
        take_b = b_valid & b_ready;
        if (take_a) begin
            entry_a$d = (((a_cqn) & 177'h1ffffffffffffffffffffffffffffffffffffffffffff) << 32'h0) | (((a_wr_id) & 177'h1ffffffffffffffffffffffffffffffffffffffffffff) << 32'h8) | (((a_byte_len) & 177'h1ffffffffffffffffffffffffffffffffffffffffffff) << 32'h48) | (((a_imm) & 177'h1ffffffffffffffffffffffffffffffffffffffffffff) << 32'h68) | (((a_imm_valid) & 177'h1ffffffffffffffffffffffffffffffffffffffffffff) << 32'h88) | (((a_qpn) & 177'h1ffffffffffffffffffffffffffffffffffffffffffff) << 32'h89) | (((a_status) & 177'h1ffffffffffffffffffffffffffffffffffffffffffff) << 32'ha1) | (((a_opcode) & 177'h1ffffffffffffffffffffffffffffffffffffffffffff) << 32'ha9);
        end
        if (take_b) begin
            entry_b$d = (((b_cqn) & 177'h1ffffffffffffffffffffffffffffffffffffffffffff) << 32'h0) | (((b_wr_id) & 177'h1ffffffffffffffffffffffffffffffffffffffffffff) << 32'h8) | (((b_byte_len) & 177'h1ffffffffffffffffffffffffffffffffffffffffffff) << 32'h48) | (((b_imm) & 177'h1ffffffffffffffffffffffffffffffffffffffffffff) << 32'h68) | (((b_imm_valid) & 177'h1ffffffffffffffffffffffffffffffffffffffffffff) << 32'h88) | (((b_qpn) & 177'h1ffffffffffffffffffffffffffffffffffffffffffff) << 32'h89) | (((b_status) & 177'h1ffffffffffffffffffffffffffffffffffffffffffff) << 32'ha1) | (((b_opcode) & 177'h1ffffffffffffffffffffffffffffffffffffffffffff) << 32'ha9);
        end
        pick_b = held_b$q & (~held_a$q | ~last_b$q);
        load = ~out_valid$q | o_ready;
        held_a$d = held_a$q | take_a;
        held_b$d = held_b$q | take_b;
        if (load) begin
            out_valid$d = held_a$q | held_b$q;
            if (pick_b) begin
                out_entry$d = entry_b$q;
                held_b$d = take_b;
                last_b$d = 1'b1;
            end
            else if (held_a$q) begin
                out_entry$d = entry_a$q;
                held_a$d = take_a;
                last_b$d = 1'b0;
            end
        end
        o_valid = out_valid$q;
        o_cqn = out_entry$q[(32'h0)+:(8)];
        o_wr_id = out_entry$q[(32'h8)+:(64)];
        o_byte_len = out_entry$q[(32'h48)+:(32)];
        o_imm = out_entry$q[(32'h68)+:(32)];
        o_imm_valid = out_entry$q[32'h88];
        o_qpn = out_entry$q[(32'h89)+:(24)];
        o_status = out_entry$q[(32'ha1)+:(8)];
        o_opcode = out_entry$q[(32'ha9)+:(8)];
        idle = ~held_a$q & ~held_b$q & ~out_valid$q;
        accepting$d = 1'b1;
        if (reset) begin
            held_a$d = 1'b0;
            held_b$d = 1'b0;
            last_b$d = 1'b1;
            out_valid$d = 1'b0;
            accepting$d = 1'b0;
        end
    end
    
endmodule // top$cqes


module top$cqes$accepting(d,q,clock);
    
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
          
endmodule // top$cqes$accepting


module top$cqes$entry_a(d,q,clock);
    
    // Module arguments
    input wire  [176:0] d;
    output reg  [176:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 177'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$cqes$entry_a


module top$cqes$entry_b(d,q,clock);
    
    // Module arguments
    input wire  [176:0] d;
    output reg  [176:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 177'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$cqes$entry_b


module top$cqes$held_a(d,q,clock);
    
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
          
endmodule // top$cqes$held_a


module top$cqes$held_b(d,q,clock);
    
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
          
endmodule // top$cqes$held_b


module top$cqes$last_b(d,q,clock);
    
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
          
endmodule // top$cqes$last_b


module top$cqes$out_entry(d,q,clock);
    
    // Module arguments
    input wire  [176:0] d;
    output reg  [176:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 177'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$cqes$out_entry


module top$cqes$out_valid(d,q,clock);
    
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
          
endmodule // top$cqes$out_valid


module top$dispatch(clock,reset,p_valid,p_ready,p_discard,p_opcode,p_solicited,p_dest_qpn,p_ack_req,p_psn,p_src_ip,p_udp_sport,p_has_reth,p_has_aeth,p_has_imm,p_has_atomic,p_has_atomic_ack,p_va,p_rkey,p_dma_len,p_aeth_syndrome,p_aeth_msn,p_imm,p_swap,p_compare,p_payload_len,qs_rd_qpn,qs_state,qs_dip,qs_pd,qs_rq_base,qs_rq_log2,qs_rcq,qs_pmtu_log2,qs_dest_qpn,qs_dmac,qs_udp_sport,a_valid,a_ready,a_qpn,a_syndrome,a_psn,a_msn,r_valid,r_ready,r_qpn,r_opcode,r_solicited,r_ack_req,r_psn,r_has_reth,r_has_imm,r_va,r_rkey,r_dma_len,r_imm,r_payload_len,r_state,r_pd,r_rq_base,r_rq_log2,r_rcq,r_pmtu_log2,r_dest_qpn,r_dmac,r_dip,r_udp_sport,cnt_rx_bad_qp,cnt_rx_bad_source,cnt_rx_acks,idle);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  p_valid;
    output reg  p_ready;
    output reg  p_discard;
    input wire  [7:0] p_opcode;
    input wire  p_solicited;
    input wire  [23:0] p_dest_qpn;
    input wire  p_ack_req;
    input wire  [23:0] p_psn;
    input wire  [31:0] p_src_ip;
    input wire  [15:0] p_udp_sport;
    input wire  p_has_reth;
    input wire  p_has_aeth;
    input wire  p_has_imm;
    input wire  p_has_atomic;
    input wire  p_has_atomic_ack;
    input wire  [63:0] p_va;
    input wire  [31:0] p_rkey;
    input wire  [31:0] p_dma_len;
    input wire  [7:0] p_aeth_syndrome;
    input wire  [23:0] p_aeth_msn;
    input wire  [31:0] p_imm;
    input wire  [63:0] p_swap;
    input wire  [63:0] p_compare;
    input wire  [13:0] p_payload_len;
    output reg  [7:0] qs_rd_qpn;
    input wire  [3:0] qs_state;
    input wire  [31:0] qs_dip;
    input wire  [15:0] qs_pd;
    input wire  [63:0] qs_rq_base;
    input wire  [4:0] qs_rq_log2;
    input wire  [7:0] qs_rcq;
    input wire  [3:0] qs_pmtu_log2;
    input wire  [23:0] qs_dest_qpn;
    input wire  [47:0] qs_dmac;
    input wire  [15:0] qs_udp_sport;
    output reg  a_valid;
    input wire  a_ready;
    output reg  [7:0] a_qpn;
    output reg  [7:0] a_syndrome;
    output reg  [23:0] a_psn;
    output reg  [23:0] a_msn;
    output reg  r_valid;
    input wire  r_ready;
    output reg  [7:0] r_qpn;
    output reg  [7:0] r_opcode;
    output reg  r_solicited;
    output reg  r_ack_req;
    output reg  [23:0] r_psn;
    output reg  r_has_reth;
    output reg  r_has_imm;
    output reg  [63:0] r_va;
    output reg  [31:0] r_rkey;
    output reg  [31:0] r_dma_len;
    output reg  [31:0] r_imm;
    output reg  [13:0] r_payload_len;
    output reg  [3:0] r_state;
    output reg  [15:0] r_pd;
    output reg  [63:0] r_rq_base;
    output reg  [4:0] r_rq_log2;
    output reg  [7:0] r_rcq;
    output reg  [3:0] r_pmtu_log2;
    output reg  [23:0] r_dest_qpn;
    output reg  [47:0] r_dmac;
    output reg  [31:0] r_dip;
    output reg  [15:0] r_udp_sport;
    output reg  cnt_rx_bad_qp;
    output reg  cnt_rx_bad_source;
    output reg  cnt_rx_acks;
    output reg  idle;
    
    // Enums
    localparam DispatchPhase$Wait = 0;
    localparam DispatchPhase$Look = 1;
    localparam DispatchPhase$Give = 2;
    
    // Stub signals
    reg  [1:0] phase$d;
    wire  [1:0] phase$q;
    reg  phase$clock;
    reg  v_bad_qp$d;
    wire  v_bad_qp$q;
    reg  v_bad_qp$clock;
    reg  v_bad_source$d;
    wire  v_bad_source$q;
    reg  v_bad_source$clock;
    reg  v_ack$d;
    wire  v_ack$q;
    reg  v_ack$clock;
    reg  v_to_ack$d;
    wire  v_to_ack$q;
    reg  v_to_ack$clock;
    reg  v_to_resp$d;
    wire  v_to_resp$q;
    reg  v_to_resp$clock;
    reg  [3:0] s_state$d;
    wire  [3:0] s_state$q;
    reg  s_state$clock;
    reg  [31:0] s_dip$d;
    wire  [31:0] s_dip$q;
    reg  s_dip$clock;
    reg  [15:0] s_pd$d;
    wire  [15:0] s_pd$q;
    reg  s_pd$clock;
    reg  [63:0] s_rq_base$d;
    wire  [63:0] s_rq_base$q;
    reg  s_rq_base$clock;
    reg  [4:0] s_rq_log2$d;
    wire  [4:0] s_rq_log2$q;
    reg  s_rq_log2$clock;
    reg  [7:0] s_rcq$d;
    wire  [7:0] s_rcq$q;
    reg  s_rcq$clock;
    reg  [3:0] s_pmtu_log2$d;
    wire  [3:0] s_pmtu_log2$q;
    reg  s_pmtu_log2$clock;
    reg  [23:0] s_dest_qpn$d;
    wire  [23:0] s_dest_qpn$q;
    reg  s_dest_qpn$clock;
    reg  [47:0] s_dmac$d;
    wire  [47:0] s_dmac$q;
    reg  s_dmac$clock;
    reg  [15:0] s_udp_sport$d;
    wire  [15:0] s_udp_sport$q;
    reg  s_udp_sport$clock;
    reg  a_full$d;
    wire  a_full$q;
    reg  a_full$clock;
    reg  [7:0] a_qpn_q$d;
    wire  [7:0] a_qpn_q$q;
    reg  a_qpn_q$clock;
    reg  [7:0] a_syndrome_q$d;
    wire  [7:0] a_syndrome_q$q;
    reg  a_syndrome_q$clock;
    reg  [23:0] a_psn_q$d;
    wire  [23:0] a_psn_q$q;
    reg  a_psn_q$clock;
    reg  [23:0] a_msn_q$d;
    wire  [23:0] a_msn_q$q;
    reg  a_msn_q$clock;
    reg  r_full$d;
    wire  r_full$q;
    reg  r_full$clock;
    reg  [7:0] r_qpn_q$d;
    wire  [7:0] r_qpn_q$q;
    reg  r_qpn_q$clock;
    reg  [7:0] r_opcode_q$d;
    wire  [7:0] r_opcode_q$q;
    reg  r_opcode_q$clock;
    reg  r_solicited_q$d;
    wire  r_solicited_q$q;
    reg  r_solicited_q$clock;
    reg  r_ack_req_q$d;
    wire  r_ack_req_q$q;
    reg  r_ack_req_q$clock;
    reg  [23:0] r_psn_q$d;
    wire  [23:0] r_psn_q$q;
    reg  r_psn_q$clock;
    reg  r_has_reth_q$d;
    wire  r_has_reth_q$q;
    reg  r_has_reth_q$clock;
    reg  r_has_imm_q$d;
    wire  r_has_imm_q$q;
    reg  r_has_imm_q$clock;
    reg  [63:0] r_va_q$d;
    wire  [63:0] r_va_q$q;
    reg  r_va_q$clock;
    reg  [31:0] r_rkey_q$d;
    wire  [31:0] r_rkey_q$q;
    reg  r_rkey_q$clock;
    reg  [31:0] r_dma_len_q$d;
    wire  [31:0] r_dma_len_q$q;
    reg  r_dma_len_q$clock;
    reg  [31:0] r_imm_q$d;
    wire  [31:0] r_imm_q$q;
    reg  r_imm_q$clock;
    reg  [13:0] r_payload_len_q$d;
    wire  [13:0] r_payload_len_q$q;
    reg  r_payload_len_q$clock;
    reg  [3:0] r_state_q$d;
    wire  [3:0] r_state_q$q;
    reg  r_state_q$clock;
    reg  [15:0] r_pd_q$d;
    wire  [15:0] r_pd_q$q;
    reg  r_pd_q$clock;
    reg  [63:0] r_rq_base_q$d;
    wire  [63:0] r_rq_base_q$q;
    reg  r_rq_base_q$clock;
    reg  [4:0] r_rq_log2_q$d;
    wire  [4:0] r_rq_log2_q$q;
    reg  r_rq_log2_q$clock;
    reg  [7:0] r_rcq_q$d;
    wire  [7:0] r_rcq_q$q;
    reg  r_rcq_q$clock;
    reg  [3:0] r_pmtu_log2_q$d;
    wire  [3:0] r_pmtu_log2_q$q;
    reg  r_pmtu_log2_q$clock;
    reg  [23:0] r_dest_qpn_q$d;
    wire  [23:0] r_dest_qpn_q$q;
    reg  r_dest_qpn_q$clock;
    reg  [47:0] r_dmac_q$d;
    wire  [47:0] r_dmac_q$q;
    reg  r_dmac_q$clock;
    reg  [31:0] r_dip_q$d;
    wire  [31:0] r_dip_q$q;
    reg  r_dip_q$clock;
    reg  [15:0] r_udp_sport_q$d;
    wire  [15:0] r_udp_sport_q$q;
    reg  r_udp_sport_q$clock;
    reg  bad_qp_q$d;
    wire  bad_qp_q$q;
    reg  bad_qp_q$clock;
    reg  bad_source_q$d;
    wire  bad_source_q$q;
    reg  bad_source_q$clock;
    reg  acks_q$d;
    wire  acks_q$q;
    reg  acks_q$clock;
    
    // Local signals
    reg  live;
    reg  room;
    reg  take;
    
    // Sub module instances
    top$dispatch$phase phase(
        .d(phase$d),
        .q(phase$q),
        .clock(phase$clock)
    );
    top$dispatch$v_bad_qp v_bad_qp(
        .d(v_bad_qp$d),
        .q(v_bad_qp$q),
        .clock(v_bad_qp$clock)
    );
    top$dispatch$v_bad_source v_bad_source(
        .d(v_bad_source$d),
        .q(v_bad_source$q),
        .clock(v_bad_source$clock)
    );
    top$dispatch$v_ack v_ack(
        .d(v_ack$d),
        .q(v_ack$q),
        .clock(v_ack$clock)
    );
    top$dispatch$v_to_ack v_to_ack(
        .d(v_to_ack$d),
        .q(v_to_ack$q),
        .clock(v_to_ack$clock)
    );
    top$dispatch$v_to_resp v_to_resp(
        .d(v_to_resp$d),
        .q(v_to_resp$q),
        .clock(v_to_resp$clock)
    );
    top$dispatch$s_state s_state(
        .d(s_state$d),
        .q(s_state$q),
        .clock(s_state$clock)
    );
    top$dispatch$s_dip s_dip(
        .d(s_dip$d),
        .q(s_dip$q),
        .clock(s_dip$clock)
    );
    top$dispatch$s_pd s_pd(
        .d(s_pd$d),
        .q(s_pd$q),
        .clock(s_pd$clock)
    );
    top$dispatch$s_rq_base s_rq_base(
        .d(s_rq_base$d),
        .q(s_rq_base$q),
        .clock(s_rq_base$clock)
    );
    top$dispatch$s_rq_log2 s_rq_log2(
        .d(s_rq_log2$d),
        .q(s_rq_log2$q),
        .clock(s_rq_log2$clock)
    );
    top$dispatch$s_rcq s_rcq(
        .d(s_rcq$d),
        .q(s_rcq$q),
        .clock(s_rcq$clock)
    );
    top$dispatch$s_pmtu_log2 s_pmtu_log2(
        .d(s_pmtu_log2$d),
        .q(s_pmtu_log2$q),
        .clock(s_pmtu_log2$clock)
    );
    top$dispatch$s_dest_qpn s_dest_qpn(
        .d(s_dest_qpn$d),
        .q(s_dest_qpn$q),
        .clock(s_dest_qpn$clock)
    );
    top$dispatch$s_dmac s_dmac(
        .d(s_dmac$d),
        .q(s_dmac$q),
        .clock(s_dmac$clock)
    );
    top$dispatch$s_udp_sport s_udp_sport(
        .d(s_udp_sport$d),
        .q(s_udp_sport$q),
        .clock(s_udp_sport$clock)
    );
    top$dispatch$a_full a_full(
        .d(a_full$d),
        .q(a_full$q),
        .clock(a_full$clock)
    );
    top$dispatch$a_qpn_q a_qpn_q(
        .d(a_qpn_q$d),
        .q(a_qpn_q$q),
        .clock(a_qpn_q$clock)
    );
    top$dispatch$a_syndrome_q a_syndrome_q(
        .d(a_syndrome_q$d),
        .q(a_syndrome_q$q),
        .clock(a_syndrome_q$clock)
    );
    top$dispatch$a_psn_q a_psn_q(
        .d(a_psn_q$d),
        .q(a_psn_q$q),
        .clock(a_psn_q$clock)
    );
    top$dispatch$a_msn_q a_msn_q(
        .d(a_msn_q$d),
        .q(a_msn_q$q),
        .clock(a_msn_q$clock)
    );
    top$dispatch$r_full r_full(
        .d(r_full$d),
        .q(r_full$q),
        .clock(r_full$clock)
    );
    top$dispatch$r_qpn_q r_qpn_q(
        .d(r_qpn_q$d),
        .q(r_qpn_q$q),
        .clock(r_qpn_q$clock)
    );
    top$dispatch$r_opcode_q r_opcode_q(
        .d(r_opcode_q$d),
        .q(r_opcode_q$q),
        .clock(r_opcode_q$clock)
    );
    top$dispatch$r_solicited_q r_solicited_q(
        .d(r_solicited_q$d),
        .q(r_solicited_q$q),
        .clock(r_solicited_q$clock)
    );
    top$dispatch$r_ack_req_q r_ack_req_q(
        .d(r_ack_req_q$d),
        .q(r_ack_req_q$q),
        .clock(r_ack_req_q$clock)
    );
    top$dispatch$r_psn_q r_psn_q(
        .d(r_psn_q$d),
        .q(r_psn_q$q),
        .clock(r_psn_q$clock)
    );
    top$dispatch$r_has_reth_q r_has_reth_q(
        .d(r_has_reth_q$d),
        .q(r_has_reth_q$q),
        .clock(r_has_reth_q$clock)
    );
    top$dispatch$r_has_imm_q r_has_imm_q(
        .d(r_has_imm_q$d),
        .q(r_has_imm_q$q),
        .clock(r_has_imm_q$clock)
    );
    top$dispatch$r_va_q r_va_q(
        .d(r_va_q$d),
        .q(r_va_q$q),
        .clock(r_va_q$clock)
    );
    top$dispatch$r_rkey_q r_rkey_q(
        .d(r_rkey_q$d),
        .q(r_rkey_q$q),
        .clock(r_rkey_q$clock)
    );
    top$dispatch$r_dma_len_q r_dma_len_q(
        .d(r_dma_len_q$d),
        .q(r_dma_len_q$q),
        .clock(r_dma_len_q$clock)
    );
    top$dispatch$r_imm_q r_imm_q(
        .d(r_imm_q$d),
        .q(r_imm_q$q),
        .clock(r_imm_q$clock)
    );
    top$dispatch$r_payload_len_q r_payload_len_q(
        .d(r_payload_len_q$d),
        .q(r_payload_len_q$q),
        .clock(r_payload_len_q$clock)
    );
    top$dispatch$r_state_q r_state_q(
        .d(r_state_q$d),
        .q(r_state_q$q),
        .clock(r_state_q$clock)
    );
    top$dispatch$r_pd_q r_pd_q(
        .d(r_pd_q$d),
        .q(r_pd_q$q),
        .clock(r_pd_q$clock)
    );
    top$dispatch$r_rq_base_q r_rq_base_q(
        .d(r_rq_base_q$d),
        .q(r_rq_base_q$q),
        .clock(r_rq_base_q$clock)
    );
    top$dispatch$r_rq_log2_q r_rq_log2_q(
        .d(r_rq_log2_q$d),
        .q(r_rq_log2_q$q),
        .clock(r_rq_log2_q$clock)
    );
    top$dispatch$r_rcq_q r_rcq_q(
        .d(r_rcq_q$d),
        .q(r_rcq_q$q),
        .clock(r_rcq_q$clock)
    );
    top$dispatch$r_pmtu_log2_q r_pmtu_log2_q(
        .d(r_pmtu_log2_q$d),
        .q(r_pmtu_log2_q$q),
        .clock(r_pmtu_log2_q$clock)
    );
    top$dispatch$r_dest_qpn_q r_dest_qpn_q(
        .d(r_dest_qpn_q$d),
        .q(r_dest_qpn_q$q),
        .clock(r_dest_qpn_q$clock)
    );
    top$dispatch$r_dmac_q r_dmac_q(
        .d(r_dmac_q$d),
        .q(r_dmac_q$q),
        .clock(r_dmac_q$clock)
    );
    top$dispatch$r_dip_q r_dip_q(
        .d(r_dip_q$d),
        .q(r_dip_q$q),
        .clock(r_dip_q$clock)
    );
    top$dispatch$r_udp_sport_q r_udp_sport_q(
        .d(r_udp_sport_q$d),
        .q(r_udp_sport_q$q),
        .clock(r_udp_sport_q$clock)
    );
    top$dispatch$bad_qp_q bad_qp_q(
        .d(bad_qp_q$d),
        .q(bad_qp_q$q),
        .clock(bad_qp_q$clock)
    );
    top$dispatch$bad_source_q bad_source_q(
        .d(bad_source_q$d),
        .q(bad_source_q$q),
        .clock(bad_source_q$clock)
    );
    top$dispatch$acks_q acks_q(
        .d(acks_q$d),
        .q(acks_q$q),
        .clock(acks_q$clock)
    );
    
    // Update code
    always @(*) begin
        phase$clock = clock;
        v_bad_qp$clock = clock;
        v_bad_source$clock = clock;
        v_ack$clock = clock;
        v_to_ack$clock = clock;
        v_to_resp$clock = clock;
        s_state$clock = clock;
        s_dip$clock = clock;
        s_pd$clock = clock;
        s_rq_base$clock = clock;
        s_rq_log2$clock = clock;
        s_rcq$clock = clock;
        s_pmtu_log2$clock = clock;
        s_dest_qpn$clock = clock;
        s_dmac$clock = clock;
        s_udp_sport$clock = clock;
        a_full$clock = clock;
        a_qpn_q$clock = clock;
        a_syndrome_q$clock = clock;
        a_psn_q$clock = clock;
        a_msn_q$clock = clock;
        r_full$clock = clock;
        r_qpn_q$clock = clock;
        r_opcode_q$clock = clock;
        r_solicited_q$clock = clock;
        r_ack_req_q$clock = clock;
        r_psn_q$clock = clock;
        r_has_reth_q$clock = clock;
        r_has_imm_q$clock = clock;
        r_va_q$clock = clock;
        r_rkey_q$clock = clock;
        r_dma_len_q$clock = clock;
        r_imm_q$clock = clock;
        r_payload_len_q$clock = clock;
        r_state_q$clock = clock;
        r_pd_q$clock = clock;
        r_rq_base_q$clock = clock;
        r_rq_log2_q$clock = clock;
        r_rcq_q$clock = clock;
        r_pmtu_log2_q$clock = clock;
        r_dest_qpn_q$clock = clock;
        r_dmac_q$clock = clock;
        r_dip_q$clock = clock;
        r_udp_sport_q$clock = clock;
        bad_qp_q$clock = clock;
        bad_source_q$clock = clock;
        acks_q$clock = clock;
        phase$d = phase$q;
        v_bad_qp$d = v_bad_qp$q;
        v_bad_source$d = v_bad_source$q;
        v_ack$d = v_ack$q;
        v_to_ack$d = v_to_ack$q;
        v_to_resp$d = v_to_resp$q;
        s_state$d = s_state$q;
        s_dip$d = s_dip$q;
        s_pd$d = s_pd$q;
        s_rq_base$d = s_rq_base$q;
        s_rq_log2$d = s_rq_log2$q;
        s_rcq$d = s_rcq$q;
        s_pmtu_log2$d = s_pmtu_log2$q;
        s_dest_qpn$d = s_dest_qpn$q;
        s_dmac$d = s_dmac$q;
        s_udp_sport$d = s_udp_sport$q;
        a_full$d = a_full$q;
        a_qpn_q$d = a_qpn_q$q;
        a_syndrome_q$d = a_syndrome_q$q;
        a_psn_q$d = a_psn_q$q;
        a_msn_q$d = a_msn_q$q;
        r_full$d = r_full$q;
        r_qpn_q$d = r_qpn_q$q;
        r_opcode_q$d = r_opcode_q$q;
        r_solicited_q$d = r_solicited_q$q;
        r_ack_req_q$d = r_ack_req_q$q;
        r_psn_q$d = r_psn_q$q;
        r_has_reth_q$d = r_has_reth_q$q;
        r_has_imm_q$d = r_has_imm_q$q;
        r_va_q$d = r_va_q$q;
        r_rkey_q$d = r_rkey_q$q;
        r_dma_len_q$d = r_dma_len_q$q;
        r_imm_q$d = r_imm_q$q;
        r_payload_len_q$d = r_payload_len_q$q;
        r_state_q$d = r_state_q$q;
        r_pd_q$d = r_pd_q$q;
        r_rq_base_q$d = r_rq_base_q$q;
        r_rq_log2_q$d = r_rq_log2_q$q;
        r_rcq_q$d = r_rcq_q$q;
        r_pmtu_log2_q$d = r_pmtu_log2_q$q;
        r_dest_qpn_q$d = r_dest_qpn_q$q;
        r_dmac_q$d = r_dmac_q$q;
        r_dip_q$d = r_dip_q$q;
        r_udp_sport_q$d = r_udp_sport_q$q;
        bad_qp_q$d = bad_qp_q$q;
        bad_source_q$d = bad_source_q$q;
        acks_q$d = acks_q$q;
        qs_rd_qpn = p_dest_qpn[(32'h0)+:(8)];
        if ((phase$q == DispatchPhase$Wait) & p_valid) begin
            phase$d = DispatchPhase$Look;
        end
        live = ~|p_dest_qpn[(32'h8)+:(16)] & ((qs_state == 32'h2) | (qs_state == 32'h3));
        if (phase$q == DispatchPhase$Look) begin
            phase$d = DispatchPhase$Give;
            v_bad_qp$d = ~live;
            v_bad_source$d = live & (p_src_ip != qs_dip);
            v_ack$d = live & (p_src_ip == qs_dip) & p_has_aeth;
            v_to_ack$d = live & (p_src_ip == qs_dip) & p_has_aeth & (qs_state == 32'h3);
            v_to_resp$d = live & (p_src_ip == qs_dip) & ~p_has_aeth;
            s_state$d = qs_state;
            s_dip$d = qs_dip;
            s_pd$d = qs_pd;
            s_rq_base$d = qs_rq_base;
            s_rq_log2$d = qs_rq_log2;
            s_rcq$d = qs_rcq;
            s_pmtu_log2$d = qs_pmtu_log2;
            s_dest_qpn$d = qs_dest_qpn;
            s_dmac$d = qs_dmac;
            s_udp_sport$d = qs_udp_sport;
        end
        if (a_ready) begin
            a_full$d = 1'b0;
        end
        if (r_ready) begin
            r_full$d = 1'b0;
        end
        room = ~(v_to_ack$q & a_full$q) & ~(v_to_resp$q & r_full$q);
        p_ready = (phase$q == DispatchPhase$Give) & room;
        p_discard = ~v_to_resp$q;
        take = p_valid & (phase$q == DispatchPhase$Give) & room;
        bad_qp_q$d = take & v_bad_qp$q;
        bad_source_q$d = take & v_bad_source$q;
        acks_q$d = take & v_ack$q;
        if (take) begin
            phase$d = DispatchPhase$Wait;
        end
        if (take & v_to_ack$q) begin
            a_full$d = 1'b1;
            a_qpn_q$d = p_dest_qpn[(32'h0)+:(8)];
            a_syndrome_q$d = p_aeth_syndrome;
            a_psn_q$d = p_psn;
            a_msn_q$d = p_aeth_msn;
        end
        if (take & v_to_resp$q) begin
            r_full$d = 1'b1;
            r_qpn_q$d = p_dest_qpn[(32'h0)+:(8)];
            r_opcode_q$d = p_opcode;
            r_solicited_q$d = p_solicited;
            r_ack_req_q$d = p_ack_req;
            r_psn_q$d = p_psn;
            r_has_reth_q$d = p_has_reth;
            r_has_imm_q$d = p_has_imm;
            r_va_q$d = p_va;
            r_rkey_q$d = p_rkey;
            r_dma_len_q$d = p_dma_len;
            r_imm_q$d = p_imm;
            r_payload_len_q$d = p_payload_len;
            r_state_q$d = s_state$q;
            r_pd_q$d = s_pd$q;
            r_rq_base_q$d = s_rq_base$q;
            r_rq_log2_q$d = s_rq_log2$q;
            r_rcq_q$d = s_rcq$q;
            r_pmtu_log2_q$d = s_pmtu_log2$q;
            r_dest_qpn_q$d = s_dest_qpn$q;
            r_dmac_q$d = s_dmac$q;
            r_dip_q$d = s_dip$q;
            r_udp_sport_q$d = s_udp_sport$q;
        end
        a_valid = a_full$q;
        a_qpn = a_qpn_q$q;
        a_syndrome = a_syndrome_q$q;
        a_psn = a_psn_q$q;
        a_msn = a_msn_q$q;
        r_valid = r_full$q;
        r_qpn = r_qpn_q$q;
        r_opcode = r_opcode_q$q;
        r_solicited = r_solicited_q$q;
        r_ack_req = r_ack_req_q$q;
        r_psn = r_psn_q$q;
        r_has_reth = r_has_reth_q$q;
        r_has_imm = r_has_imm_q$q;
        r_va = r_va_q$q;
        r_rkey = r_rkey_q$q;
        r_dma_len = r_dma_len_q$q;
        r_imm = r_imm_q$q;
        r_payload_len = r_payload_len_q$q;
        r_state = r_state_q$q;
        r_pd = r_pd_q$q;
        r_rq_base = r_rq_base_q$q;
        r_rq_log2 = r_rq_log2_q$q;
        r_rcq = r_rcq_q$q;
        r_pmtu_log2 = r_pmtu_log2_q$q;
        r_dest_qpn = r_dest_qpn_q$q;
        r_dmac = r_dmac_q$q;
        r_dip = r_dip_q$q;
        r_udp_sport = r_udp_sport_q$q;
        cnt_rx_bad_qp = bad_qp_q$q;
        cnt_rx_bad_source = bad_source_q$q;
        cnt_rx_acks = acks_q$q;
        idle = (phase$q == DispatchPhase$Wait) & ~a_full$q & ~r_full$q;
        if (reset) begin
            phase$d = DispatchPhase$Wait;
            a_full$d = 1'b0;
            r_full$d = 1'b0;
            bad_qp_q$d = 1'b0;
            bad_source_q$d = 1'b0;
            acks_q$d = 1'b0;
        end
    end
    
endmodule // top$dispatch


module top$dispatch$a_full(d,q,clock);
    
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
          
endmodule // top$dispatch$a_full


module top$dispatch$a_msn_q(d,q,clock);
    
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
          
endmodule // top$dispatch$a_msn_q


module top$dispatch$a_psn_q(d,q,clock);
    
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
          
endmodule // top$dispatch$a_psn_q


module top$dispatch$a_qpn_q(d,q,clock);
    
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
          
endmodule // top$dispatch$a_qpn_q


module top$dispatch$a_syndrome_q(d,q,clock);
    
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
          
endmodule // top$dispatch$a_syndrome_q


module top$dispatch$acks_q(d,q,clock);
    
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
          
endmodule // top$dispatch$acks_q


module top$dispatch$bad_qp_q(d,q,clock);
    
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
          
endmodule // top$dispatch$bad_qp_q


module top$dispatch$bad_source_q(d,q,clock);
    
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
          
endmodule // top$dispatch$bad_source_q


module top$dispatch$phase(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Enums
    localparam DispatchPhase$Wait = 0;
    localparam DispatchPhase$Look = 1;
    localparam DispatchPhase$Give = 2;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$dispatch$phase


module top$dispatch$r_ack_req_q(d,q,clock);
    
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
          
endmodule // top$dispatch$r_ack_req_q


module top$dispatch$r_dest_qpn_q(d,q,clock);
    
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
          
endmodule // top$dispatch$r_dest_qpn_q


module top$dispatch$r_dip_q(d,q,clock);
    
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
          
endmodule // top$dispatch$r_dip_q


module top$dispatch$r_dma_len_q(d,q,clock);
    
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
          
endmodule // top$dispatch$r_dma_len_q


module top$dispatch$r_dmac_q(d,q,clock);
    
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
          
endmodule // top$dispatch$r_dmac_q


module top$dispatch$r_full(d,q,clock);
    
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
          
endmodule // top$dispatch$r_full


module top$dispatch$r_has_imm_q(d,q,clock);
    
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
          
endmodule // top$dispatch$r_has_imm_q


module top$dispatch$r_has_reth_q(d,q,clock);
    
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
          
endmodule // top$dispatch$r_has_reth_q


module top$dispatch$r_imm_q(d,q,clock);
    
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
          
endmodule // top$dispatch$r_imm_q


module top$dispatch$r_opcode_q(d,q,clock);
    
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
          
endmodule // top$dispatch$r_opcode_q


module top$dispatch$r_payload_len_q(d,q,clock);
    
    // Module arguments
    input wire  [13:0] d;
    output reg  [13:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 14'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$dispatch$r_payload_len_q


module top$dispatch$r_pd_q(d,q,clock);
    
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
          
endmodule // top$dispatch$r_pd_q


module top$dispatch$r_pmtu_log2_q(d,q,clock);
    
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
          
endmodule // top$dispatch$r_pmtu_log2_q


module top$dispatch$r_psn_q(d,q,clock);
    
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
          
endmodule // top$dispatch$r_psn_q


module top$dispatch$r_qpn_q(d,q,clock);
    
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
          
endmodule // top$dispatch$r_qpn_q


module top$dispatch$r_rcq_q(d,q,clock);
    
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
          
endmodule // top$dispatch$r_rcq_q


module top$dispatch$r_rkey_q(d,q,clock);
    
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
          
endmodule // top$dispatch$r_rkey_q


module top$dispatch$r_rq_base_q(d,q,clock);
    
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
          
endmodule // top$dispatch$r_rq_base_q


module top$dispatch$r_rq_log2_q(d,q,clock);
    
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
          
endmodule // top$dispatch$r_rq_log2_q


module top$dispatch$r_solicited_q(d,q,clock);
    
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
          
endmodule // top$dispatch$r_solicited_q


module top$dispatch$r_state_q(d,q,clock);
    
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
          
endmodule // top$dispatch$r_state_q


module top$dispatch$r_udp_sport_q(d,q,clock);
    
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
          
endmodule // top$dispatch$r_udp_sport_q


module top$dispatch$r_va_q(d,q,clock);
    
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
          
endmodule // top$dispatch$r_va_q


module top$dispatch$s_dest_qpn(d,q,clock);
    
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
          
endmodule // top$dispatch$s_dest_qpn


module top$dispatch$s_dip(d,q,clock);
    
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
          
endmodule // top$dispatch$s_dip


module top$dispatch$s_dmac(d,q,clock);
    
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
          
endmodule // top$dispatch$s_dmac


module top$dispatch$s_pd(d,q,clock);
    
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
          
endmodule // top$dispatch$s_pd


module top$dispatch$s_pmtu_log2(d,q,clock);
    
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
          
endmodule // top$dispatch$s_pmtu_log2


module top$dispatch$s_rcq(d,q,clock);
    
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
          
endmodule // top$dispatch$s_rcq


module top$dispatch$s_rq_base(d,q,clock);
    
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
          
endmodule // top$dispatch$s_rq_base


module top$dispatch$s_rq_log2(d,q,clock);
    
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
          
endmodule // top$dispatch$s_rq_log2


module top$dispatch$s_state(d,q,clock);
    
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
          
endmodule // top$dispatch$s_state


module top$dispatch$s_udp_sport(d,q,clock);
    
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
          
endmodule // top$dispatch$s_udp_sport


module top$dispatch$v_ack(d,q,clock);
    
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
          
endmodule // top$dispatch$v_ack


module top$dispatch$v_bad_qp(d,q,clock);
    
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
          
endmodule // top$dispatch$v_bad_qp


module top$dispatch$v_bad_source(d,q,clock);
    
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
          
endmodule // top$dispatch$v_bad_source


module top$dispatch$v_to_ack(d,q,clock);
    
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
          
endmodule // top$dispatch$v_to_ack


module top$dispatch$v_to_resp(d,q,clock);
    
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
          
endmodule // top$dispatch$v_to_resp


module top$events(clock,reset,a_valid,a_ready,a_qpn,b_valid,b_ready,b_qpn,c_valid,c_ready,c_qpn,d_valid,d_ready,d_qpn,o_valid,o_ready,o_qpn,idle);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  a_valid;
    output reg  a_ready;
    input wire  [7:0] a_qpn;
    input wire  b_valid;
    output reg  b_ready;
    input wire  [7:0] b_qpn;
    input wire  c_valid;
    output reg  c_ready;
    input wire  [7:0] c_qpn;
    input wire  d_valid;
    output reg  d_ready;
    input wire  [7:0] d_qpn;
    output reg  o_valid;
    input wire  o_ready;
    output reg  [7:0] o_qpn;
    output reg  idle;
    
    // Stub signals
    reg  [3:0] held$d;
    wire  [3:0] held$q;
    reg  held$clock;
    reg  [7:0] qpn_a$d;
    wire  [7:0] qpn_a$q;
    reg  qpn_a$clock;
    reg  [7:0] qpn_b$d;
    wire  [7:0] qpn_b$q;
    reg  qpn_b$clock;
    reg  [7:0] qpn_c$d;
    wire  [7:0] qpn_c$q;
    reg  qpn_c$clock;
    reg  [7:0] qpn_d$d;
    wire  [7:0] qpn_d$q;
    reg  qpn_d$clock;
    reg  [1:0] last$d;
    wire  [1:0] last$q;
    reg  last$clock;
    reg  out_valid$d;
    wire  out_valid$q;
    reg  out_valid$clock;
    reg  [7:0] out_qpn$d;
    wire  [7:0] out_qpn$q;
    reg  out_qpn$clock;
    reg  accepting$d;
    wire  accepting$q;
    reg  accepting$clock;
    
    // Local signals
    reg  [3:0] take;
    reg  load;
    reg  [3:0] after_last;
    reg  [3:0] cand;
    reg  [1:0] pick;
    reg  [3:0] pick_one;
    reg  [7:0] pick_qpn;
    
    // Sub module instances
    top$events$held held(
        .d(held$d),
        .q(held$q),
        .clock(held$clock)
    );
    top$events$qpn_a qpn_a(
        .d(qpn_a$d),
        .q(qpn_a$q),
        .clock(qpn_a$clock)
    );
    top$events$qpn_b qpn_b(
        .d(qpn_b$d),
        .q(qpn_b$q),
        .clock(qpn_b$clock)
    );
    top$events$qpn_c qpn_c(
        .d(qpn_c$d),
        .q(qpn_c$q),
        .clock(qpn_c$clock)
    );
    top$events$qpn_d qpn_d(
        .d(qpn_d$d),
        .q(qpn_d$q),
        .clock(qpn_d$clock)
    );
    top$events$last last(
        .d(last$d),
        .q(last$q),
        .clock(last$clock)
    );
    top$events$out_valid out_valid(
        .d(out_valid$d),
        .q(out_valid$q),
        .clock(out_valid$clock)
    );
    top$events$out_qpn out_qpn(
        .d(out_qpn$d),
        .q(out_qpn$q),
        .clock(out_qpn$clock)
    );
    top$events$accepting accepting(
        .d(accepting$d),
        .q(accepting$q),
        .clock(accepting$clock)
    );
    
    // Update code
    always @(*) begin
        held$clock = clock;
        qpn_a$clock = clock;
        qpn_b$clock = clock;
        qpn_c$clock = clock;
        qpn_d$clock = clock;
        last$clock = clock;
        out_valid$clock = clock;
        out_qpn$clock = clock;
        accepting$clock = clock;
        held$d = held$q;
        qpn_a$d = qpn_a$q;
        qpn_b$d = qpn_b$q;
        qpn_c$d = qpn_c$q;
        qpn_d$d = qpn_d$q;
        last$d = last$q;
        out_valid$d = out_valid$q;
        out_qpn$d = out_qpn$q;
        accepting$d = accepting$q;
        a_ready = accepting$q & ~held$q[32'h0];
        b_ready = accepting$q & ~held$q[32'h1];
        c_ready = accepting$q & ~held$q[32'h2];
        d_ready = accepting$q & ~held$q[32'h3];
        take = (((a_valid & a_ready)) & 4'hf) | ((((b_valid & b_ready)) & 4'hf) << 32'h1) | ((((c_valid & c_ready)) & 4'hf) << 32'h2) | ((((d_valid & d_ready)) & 4'hf) << 32'h3);
        if (take[32'h0]) begin
            qpn_a$d = a_qpn;
        end
        if (take[32'h1]) begin
            qpn_b$d = b_qpn;
        end
        if (take[32'h2]) begin
            qpn_c$d = c_qpn;
        end
        if (take[32'h3]) begin
            qpn_d$d = d_qpn;
        end
        after_last = 32'he;
        if (last$q == 32'h1) begin
            after_last = 32'hc;
        end
        if (last$q == 32'h2) begin
            after_last = 32'h8;
        end
        if (last$q == 32'h3) begin
            after_last = 32'h0;
        end
        cand = held$q;
        if (|(held$q & after_last)) begin
            cand = held$q & after_last;
        end
        pick = 32'h0;
        pick_one = 32'h0;
        pick_qpn = qpn_a$q;
        if (cand[32'h3]) begin
            pick = 32'h3;
            pick_one = 32'h8;
            pick_qpn = qpn_d$q;
        end
        if (cand[32'h2]) begin
            pick = 32'h2;
            pick_one = 32'h4;
            pick_qpn = qpn_c$q;
        end
        if (cand[32'h1]) begin
            pick = 32'h1;
            pick_one = 32'h2;
            pick_qpn = qpn_b$q;
        end
        if (cand[32'h0]) begin
            pick = 32'h0;
            pick_one = 32'h1;
            pick_qpn = qpn_a$q;
        end
        load = ~out_valid$q | o_ready;
        held$d = held$q | take;
        if (load) begin
            out_valid$d = |held$q;
            if (|held$q) begin
                out_qpn$d = pick_qpn;
                last$d = pick;
                held$d = (held$q & ~pick_one) | take;
            end
        end
        o_valid = out_valid$q;
        o_qpn = out_qpn$q;
        idle = ~|held$q & ~out_valid$q;
        accepting$d = 1'b1;
        if (reset) begin
            held$d = 32'h0;
            last$d = 32'h3;
            out_valid$d = 1'b0;
            accepting$d = 1'b0;
        end
    end
    
endmodule // top$events


module top$events$accepting(d,q,clock);
    
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
          
endmodule // top$events$accepting


module top$events$held(d,q,clock);
    
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
          
endmodule // top$events$held


module top$events$last(d,q,clock);
    
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
          
endmodule // top$events$last


module top$events$out_qpn(d,q,clock);
    
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
          
endmodule // top$events$out_qpn


module top$events$out_valid(d,q,clock);
    
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
          
endmodule // top$events$out_valid


module top$events$qpn_a(d,q,clock);
    
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
          
endmodule // top$events$qpn_a


module top$events$qpn_b(d,q,clock);
    
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
          
endmodule // top$events$qpn_b


module top$events$qpn_c(d,q,clock);
    
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
          
endmodule // top$events$qpn_c


module top$events$qpn_d(d,q,clock);
    
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
          
endmodule // top$events$qpn_d


module top$framer(clock,reset,src_mac,src_ip,d_valid,d_ready,d_dst_mac,d_dst_ip,d_udp_sport,d_opcode,d_solicited,d_dest_qpn,d_ack_req,d_psn,d_has_reth,d_reth_va,d_reth_rkey,d_reth_len,d_has_aeth,d_aeth_syndrome,d_aeth_msn,d_has_imm,d_imm,d_payload_len,pl_valid,pl_ready,pl_data,pl_error,tx_valid,tx_ready,tx_data,tx_keep,tx_last,frame_done,frame_poisoned,idle);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [47:0] src_mac;
    input wire  [31:0] src_ip;
    input wire  d_valid;
    output reg  d_ready;
    input wire  [47:0] d_dst_mac;
    input wire  [31:0] d_dst_ip;
    input wire  [15:0] d_udp_sport;
    input wire  [7:0] d_opcode;
    input wire  d_solicited;
    input wire  [23:0] d_dest_qpn;
    input wire  d_ack_req;
    input wire  [23:0] d_psn;
    input wire  d_has_reth;
    input wire  [63:0] d_reth_va;
    input wire  [31:0] d_reth_rkey;
    input wire  [31:0] d_reth_len;
    input wire  d_has_aeth;
    input wire  [7:0] d_aeth_syndrome;
    input wire  [23:0] d_aeth_msn;
    input wire  d_has_imm;
    input wire  [31:0] d_imm;
    input wire  [12:0] d_payload_len;
    input wire  pl_valid;
    output reg  pl_ready;
    input wire  [63:0] pl_data;
    input wire  pl_error;
    output reg  tx_valid;
    input wire  tx_ready;
    output reg  [63:0] tx_data;
    output reg  [7:0] tx_keep;
    output reg  tx_last;
    output reg  frame_done;
    output reg  frame_poisoned;
    output reg  idle;
    
    // Constant declarations
    localparam  k_seed = 32'hdebb20e3;
    localparam  k_ip_fixed = 18'b1100010100010001;
    localparam  k_base_len = 7'b110110;
    localparam  k_ip_overhead = 16'h2c;
    localparam  k_one = 64'h1;
    
    // Enums
    localparam FramerPhase$Idle = 0;
    localparam FramerPhase$Header = 1;
    localparam FramerPhase$Payload = 2;
    localparam FramerPhase$Icrc = 3;
    
    // Stub signals
    reg  n_valid$d;
    wire  n_valid$q;
    reg  n_valid$clock;
    reg  [2:0] n_step$d;
    wire  [2:0] n_step$q;
    reg  n_step$clock;
    reg  [47:0] n_dst_mac$d;
    wire  [47:0] n_dst_mac$q;
    reg  n_dst_mac$clock;
    reg  [31:0] n_dst_ip$d;
    wire  [31:0] n_dst_ip$q;
    reg  n_dst_ip$clock;
    reg  [15:0] n_udp_sport$d;
    wire  [15:0] n_udp_sport$q;
    reg  n_udp_sport$clock;
    reg  [7:0] n_opcode$d;
    wire  [7:0] n_opcode$q;
    reg  n_opcode$clock;
    reg  n_solicited$d;
    wire  n_solicited$q;
    reg  n_solicited$clock;
    reg  [23:0] n_dest_qpn$d;
    wire  [23:0] n_dest_qpn$q;
    reg  n_dest_qpn$clock;
    reg  n_ack_req$d;
    wire  n_ack_req$q;
    reg  n_ack_req$clock;
    reg  [23:0] n_psn$d;
    wire  [23:0] n_psn$q;
    reg  n_psn$clock;
    reg  n_has_reth$d;
    wire  n_has_reth$q;
    reg  n_has_reth$clock;
    reg  [63:0] n_reth_va$d;
    wire  [63:0] n_reth_va$q;
    reg  n_reth_va$clock;
    reg  [31:0] n_reth_rkey$d;
    wire  [31:0] n_reth_rkey$q;
    reg  n_reth_rkey$clock;
    reg  [31:0] n_reth_len$d;
    wire  [31:0] n_reth_len$q;
    reg  n_reth_len$clock;
    reg  n_has_aeth$d;
    wire  n_has_aeth$q;
    reg  n_has_aeth$clock;
    reg  [7:0] n_aeth_syndrome$d;
    wire  [7:0] n_aeth_syndrome$q;
    reg  n_aeth_syndrome$clock;
    reg  [23:0] n_aeth_msn$d;
    wire  [23:0] n_aeth_msn$q;
    reg  n_aeth_msn$clock;
    reg  n_has_imm$d;
    wire  n_has_imm$q;
    reg  n_has_imm$clock;
    reg  [31:0] n_imm$d;
    wire  [31:0] n_imm$q;
    reg  n_imm$clock;
    reg  [12:0] n_payload_len$d;
    wire  [12:0] n_payload_len$q;
    reg  n_payload_len$clock;
    reg  [1:0] n_pad$d;
    wire  [1:0] n_pad$q;
    reg  n_pad$clock;
    reg  [6:0] n_hdr_len$d;
    wire  [6:0] n_hdr_len$q;
    reg  n_hdr_len$clock;
    reg  [15:0] n_ip_len$d;
    wire  [15:0] n_ip_len$q;
    reg  n_ip_len$clock;
    reg  [17:0] n_sum_a$d;
    wire  [17:0] n_sum_a$q;
    reg  n_sum_a$clock;
    reg  [17:0] n_sum_b$d;
    wire  [17:0] n_sum_b$q;
    reg  n_sum_b$clock;
    reg  [15:0] n_csum$d;
    wire  [15:0] n_csum$q;
    reg  n_csum$clock;
    reg  [1:0] phase$d;
    wire  [1:0] phase$q;
    reg  phase$clock;
    reg  [639:0] hdr$d;
    wire  [639:0] hdr$q;
    reg  hdr$clock;
    reg  [6:0] hdr_left$d;
    wire  [6:0] hdr_left$q;
    reg  hdr_left$clock;
    reg  [2:0] chunk_idx$d;
    wire  [2:0] chunk_idx$q;
    reg  chunk_idx$clock;
    reg  [12:0] pl_left$d;
    wire  [12:0] pl_left$q;
    reg  pl_left$clock;
    reg  [1:0] pad$d;
    wire  [1:0] pad$q;
    reg  pad$clock;
    reg  [31:0] crc$d;
    wire  [31:0] crc$q;
    reg  crc$clock;
    reg  poison$d;
    wire  poison$q;
    reg  poison$clock;
    reg  a_valid$d;
    wire  a_valid$q;
    reg  a_valid$clock;
    reg  [63:0] a_data$d;
    wire  [63:0] a_data$q;
    reg  a_data$clock;
    reg  a_error$d;
    wire  a_error$q;
    reg  a_error$clock;
    reg  b_valid$d;
    wire  b_valid$q;
    reg  b_valid$clock;
    reg  [63:0] b_data$d;
    wire  [63:0] b_data$q;
    reg  b_data$clock;
    reg  b_error$d;
    wire  b_error$q;
    reg  b_error$clock;
    reg  [63:0] swap$word_in;
    wire  [63:0] swap$word_out;
    reg  [31:0] crc32$crc_in;
    reg  [63:0] crc32$data;
    reg  [7:0] crc32$enable;
    wire  [31:0] crc32$crc_out;
    reg  packer$clock;
    reg  packer$reset;
    reg  packer$in_valid;
    reg  [63:0] packer$in_data;
    reg  [3:0] packer$in_count;
    reg  packer$in_last;
    wire  packer$in_ready;
    wire  packer$out_valid;
    wire  [63:0] packer$out_data;
    wire  [7:0] packer$out_keep;
    wire  packer$out_last;
    reg  packer$out_ready;
    
    // Local signals
    reg  load;
    reg  [639:0] image;
    reg  [159:0] ext;
    reg  ch_valid;
    reg  [63:0] ch_data;
    reg  [3:0] ch_count;
    reg  ch_last;
    reg  [7:0] ch_enable;
    reg  [63:0] ch_ones;
    reg  fire;
    reg  consume;
    reg  push;
    reg  [7:0] count_mask;
    reg  [63:0] data_mask;
    reg  [4:0] pl_count;
    reg  [17:0] csum_fold;
    reg  [15:0] csum_sum;
    reg  [31:0] crc_inv;
    
    // Sub module instances
    top$framer$n_valid n_valid(
        .d(n_valid$d),
        .q(n_valid$q),
        .clock(n_valid$clock)
    );
    top$framer$n_step n_step(
        .d(n_step$d),
        .q(n_step$q),
        .clock(n_step$clock)
    );
    top$framer$n_dst_mac n_dst_mac(
        .d(n_dst_mac$d),
        .q(n_dst_mac$q),
        .clock(n_dst_mac$clock)
    );
    top$framer$n_dst_ip n_dst_ip(
        .d(n_dst_ip$d),
        .q(n_dst_ip$q),
        .clock(n_dst_ip$clock)
    );
    top$framer$n_udp_sport n_udp_sport(
        .d(n_udp_sport$d),
        .q(n_udp_sport$q),
        .clock(n_udp_sport$clock)
    );
    top$framer$n_opcode n_opcode(
        .d(n_opcode$d),
        .q(n_opcode$q),
        .clock(n_opcode$clock)
    );
    top$framer$n_solicited n_solicited(
        .d(n_solicited$d),
        .q(n_solicited$q),
        .clock(n_solicited$clock)
    );
    top$framer$n_dest_qpn n_dest_qpn(
        .d(n_dest_qpn$d),
        .q(n_dest_qpn$q),
        .clock(n_dest_qpn$clock)
    );
    top$framer$n_ack_req n_ack_req(
        .d(n_ack_req$d),
        .q(n_ack_req$q),
        .clock(n_ack_req$clock)
    );
    top$framer$n_psn n_psn(
        .d(n_psn$d),
        .q(n_psn$q),
        .clock(n_psn$clock)
    );
    top$framer$n_has_reth n_has_reth(
        .d(n_has_reth$d),
        .q(n_has_reth$q),
        .clock(n_has_reth$clock)
    );
    top$framer$n_reth_va n_reth_va(
        .d(n_reth_va$d),
        .q(n_reth_va$q),
        .clock(n_reth_va$clock)
    );
    top$framer$n_reth_rkey n_reth_rkey(
        .d(n_reth_rkey$d),
        .q(n_reth_rkey$q),
        .clock(n_reth_rkey$clock)
    );
    top$framer$n_reth_len n_reth_len(
        .d(n_reth_len$d),
        .q(n_reth_len$q),
        .clock(n_reth_len$clock)
    );
    top$framer$n_has_aeth n_has_aeth(
        .d(n_has_aeth$d),
        .q(n_has_aeth$q),
        .clock(n_has_aeth$clock)
    );
    top$framer$n_aeth_syndrome n_aeth_syndrome(
        .d(n_aeth_syndrome$d),
        .q(n_aeth_syndrome$q),
        .clock(n_aeth_syndrome$clock)
    );
    top$framer$n_aeth_msn n_aeth_msn(
        .d(n_aeth_msn$d),
        .q(n_aeth_msn$q),
        .clock(n_aeth_msn$clock)
    );
    top$framer$n_has_imm n_has_imm(
        .d(n_has_imm$d),
        .q(n_has_imm$q),
        .clock(n_has_imm$clock)
    );
    top$framer$n_imm n_imm(
        .d(n_imm$d),
        .q(n_imm$q),
        .clock(n_imm$clock)
    );
    top$framer$n_payload_len n_payload_len(
        .d(n_payload_len$d),
        .q(n_payload_len$q),
        .clock(n_payload_len$clock)
    );
    top$framer$n_pad n_pad(
        .d(n_pad$d),
        .q(n_pad$q),
        .clock(n_pad$clock)
    );
    top$framer$n_hdr_len n_hdr_len(
        .d(n_hdr_len$d),
        .q(n_hdr_len$q),
        .clock(n_hdr_len$clock)
    );
    top$framer$n_ip_len n_ip_len(
        .d(n_ip_len$d),
        .q(n_ip_len$q),
        .clock(n_ip_len$clock)
    );
    top$framer$n_sum_a n_sum_a(
        .d(n_sum_a$d),
        .q(n_sum_a$q),
        .clock(n_sum_a$clock)
    );
    top$framer$n_sum_b n_sum_b(
        .d(n_sum_b$d),
        .q(n_sum_b$q),
        .clock(n_sum_b$clock)
    );
    top$framer$n_csum n_csum(
        .d(n_csum$d),
        .q(n_csum$q),
        .clock(n_csum$clock)
    );
    top$framer$phase phase(
        .d(phase$d),
        .q(phase$q),
        .clock(phase$clock)
    );
    top$framer$hdr hdr(
        .d(hdr$d),
        .q(hdr$q),
        .clock(hdr$clock)
    );
    top$framer$hdr_left hdr_left(
        .d(hdr_left$d),
        .q(hdr_left$q),
        .clock(hdr_left$clock)
    );
    top$framer$chunk_idx chunk_idx(
        .d(chunk_idx$d),
        .q(chunk_idx$q),
        .clock(chunk_idx$clock)
    );
    top$framer$pl_left pl_left(
        .d(pl_left$d),
        .q(pl_left$q),
        .clock(pl_left$clock)
    );
    top$framer$pad pad(
        .d(pad$d),
        .q(pad$q),
        .clock(pad$clock)
    );
    top$framer$crc crc(
        .d(crc$d),
        .q(crc$q),
        .clock(crc$clock)
    );
    top$framer$poison poison(
        .d(poison$d),
        .q(poison$q),
        .clock(poison$clock)
    );
    top$framer$a_valid a_valid(
        .d(a_valid$d),
        .q(a_valid$q),
        .clock(a_valid$clock)
    );
    top$framer$a_data a_data(
        .d(a_data$d),
        .q(a_data$q),
        .clock(a_data$clock)
    );
    top$framer$a_error a_error(
        .d(a_error$d),
        .q(a_error$q),
        .clock(a_error$clock)
    );
    top$framer$b_valid b_valid(
        .d(b_valid$d),
        .q(b_valid$q),
        .clock(b_valid$clock)
    );
    top$framer$b_data b_data(
        .d(b_data$d),
        .q(b_data$q),
        .clock(b_data$clock)
    );
    top$framer$b_error b_error(
        .d(b_error$d),
        .q(b_error$q),
        .clock(b_error$clock)
    );
    top$framer$swap swap(
        .word_in(swap$word_in),
        .word_out(swap$word_out)
    );
    top$framer$crc32 crc32(
        .crc_in(crc32$crc_in),
        .data(crc32$data),
        .enable(crc32$enable),
        .crc_out(crc32$crc_out)
    );
    top$framer$packer packer(
        .clock(packer$clock),
        .reset(packer$reset),
        .in_valid(packer$in_valid),
        .in_data(packer$in_data),
        .in_count(packer$in_count),
        .in_last(packer$in_last),
        .in_ready(packer$in_ready),
        .out_valid(packer$out_valid),
        .out_data(packer$out_data),
        .out_keep(packer$out_keep),
        .out_last(packer$out_last),
        .out_ready(packer$out_ready)
    );
    
    // Update code
    always @(*) begin
        n_valid$clock = clock;
        n_step$clock = clock;
        n_dst_mac$clock = clock;
        n_dst_ip$clock = clock;
        n_udp_sport$clock = clock;
        n_opcode$clock = clock;
        n_solicited$clock = clock;
        n_dest_qpn$clock = clock;
        n_ack_req$clock = clock;
        n_psn$clock = clock;
        n_has_reth$clock = clock;
        n_reth_va$clock = clock;
        n_reth_rkey$clock = clock;
        n_reth_len$clock = clock;
        n_has_aeth$clock = clock;
        n_aeth_syndrome$clock = clock;
        n_aeth_msn$clock = clock;
        n_has_imm$clock = clock;
        n_imm$clock = clock;
        n_payload_len$clock = clock;
        n_pad$clock = clock;
        n_hdr_len$clock = clock;
        n_ip_len$clock = clock;
        n_sum_a$clock = clock;
        n_sum_b$clock = clock;
        n_csum$clock = clock;
        phase$clock = clock;
        hdr$clock = clock;
        hdr_left$clock = clock;
        chunk_idx$clock = clock;
        pl_left$clock = clock;
        pad$clock = clock;
        crc$clock = clock;
        poison$clock = clock;
        a_valid$clock = clock;
        a_data$clock = clock;
        a_error$clock = clock;
        b_valid$clock = clock;
        b_data$clock = clock;
        b_error$clock = clock;
        n_valid$d = n_valid$q;
        n_step$d = n_step$q;
        n_dst_mac$d = n_dst_mac$q;
        n_dst_ip$d = n_dst_ip$q;
        n_udp_sport$d = n_udp_sport$q;
        n_opcode$d = n_opcode$q;
        n_solicited$d = n_solicited$q;
        n_dest_qpn$d = n_dest_qpn$q;
        n_ack_req$d = n_ack_req$q;
        n_psn$d = n_psn$q;
        n_has_reth$d = n_has_reth$q;
        n_reth_va$d = n_reth_va$q;
        n_reth_rkey$d = n_reth_rkey$q;
        n_reth_len$d = n_reth_len$q;
        n_has_aeth$d = n_has_aeth$q;
        n_aeth_syndrome$d = n_aeth_syndrome$q;
        n_aeth_msn$d = n_aeth_msn$q;
        n_has_imm$d = n_has_imm$q;
        n_imm$d = n_imm$q;
        n_payload_len$d = n_payload_len$q;
        n_pad$d = n_pad$q;
        n_hdr_len$d = n_hdr_len$q;
        n_ip_len$d = n_ip_len$q;
        n_sum_a$d = n_sum_a$q;
        n_sum_b$d = n_sum_b$q;
        n_csum$d = n_csum$q;
        phase$d = phase$q;
        hdr$d = hdr$q;
        hdr_left$d = hdr_left$q;
        chunk_idx$d = chunk_idx$q;
        pl_left$d = pl_left$q;
        pad$d = pad$q;
        crc$d = crc$q;
        poison$d = poison$q;
        a_valid$d = a_valid$q;
        a_data$d = a_data$q;
        a_error$d = a_error$q;
        b_valid$d = b_valid$q;
        b_data$d = b_data$q;
        b_error$d = b_error$q;
        packer$clock = clock;
        packer$reset = reset;
        d_ready = ~n_valid$q;
        if (d_valid & ~n_valid$q) begin
            n_valid$d = 1'b1;
            n_step$d = 32'h0;
            n_dst_mac$d = d_dst_mac;
            n_dst_ip$d = d_dst_ip;
            n_udp_sport$d = d_udp_sport;
            n_opcode$d = d_opcode;
            n_solicited$d = d_solicited;
            n_dest_qpn$d = d_dest_qpn;
            n_ack_req$d = d_ack_req;
            n_psn$d = d_psn;
            n_has_reth$d = d_has_reth;
            n_reth_va$d = d_reth_va;
            n_reth_rkey$d = d_reth_rkey;
            n_reth_len$d = d_reth_len;
            n_has_aeth$d = d_has_aeth & ~d_has_reth;
            n_aeth_syndrome$d = d_aeth_syndrome;
            n_aeth_msn$d = d_aeth_msn;
            n_has_imm$d = d_has_imm;
            n_imm$d = d_imm;
            n_payload_len$d = d_payload_len;
            n_pad$d = (~d_payload_len[(32'h0)+:(2)]) + 32'h1;
        end
        if (n_valid$q & (n_step$q != 32'h4)) begin
            n_step$d = n_step$q + 32'h1;
        end
        if (n_step$q == 32'h0) begin
            n_hdr_len$d = k_base_len;
            if (n_has_reth$q) begin
                n_hdr_len$d = k_base_len + 32'h10;
                if (n_has_imm$q) begin
                    n_hdr_len$d = k_base_len + 32'h14;
                end
            end
            else if (n_has_aeth$q | n_has_imm$q) begin
                n_hdr_len$d = k_base_len + 32'h4;
            end
        end
        if (n_step$q == 32'h1) begin
            n_ip_len$d = ((n_hdr_len$q - k_base_len) & 16'hffff) + k_ip_overhead + ((n_payload_len$q) & 16'hffff) + ((n_pad$q) & 16'hffff);
        end
        if (n_step$q == 32'h2) begin
            n_sum_a$d = k_ip_fixed + ((n_ip_len$q) & 18'h3ffff) + ((src_ip[(32'h10)+:(16)]) & 18'h3ffff);
            n_sum_b$d = ((src_ip[(32'h0)+:(16)]) & 18'h3ffff) + ((n_dst_ip$q[(32'h10)+:(16)]) & 18'h3ffff) + ((n_dst_ip$q[(32'h0)+:(16)]) & 18'h3ffff);
        end
        csum_fold = n_sum_a$q + n_sum_b$q;
        csum_fold = ((csum_fold[(32'h0)+:(16)]) & 18'h3ffff) + ((csum_fold[(32'h10)+:(2)]) & 18'h3ffff);
        csum_fold = ((csum_fold[(32'h0)+:(16)]) & 18'h3ffff) + ((csum_fold[(32'h10)+:(2)]) & 18'h3ffff);
        csum_sum = csum_fold[(32'h0)+:(16)];
        if (n_step$q == 32'h3) begin
            n_csum$d = ~csum_sum;
        end
        ext = 32'h0;
        if (n_has_reth$q) begin
            ext = (((n_reth_va$q) & 160'hffffffffffffffffffffffffffffffffffffffff) << 32'h60) | (((n_reth_rkey$q) & 160'hffffffffffffffffffffffffffffffffffffffff) << 32'h40) | (((n_reth_len$q) & 160'hffffffffffffffffffffffffffffffffffffffff) << 32'h20);
            if (n_has_imm$q) begin
                ext = ext | ((n_imm$q) & 160'hffffffffffffffffffffffffffffffffffffffff);
            end
        end
        else if (n_has_aeth$q) begin
            ext = (((n_aeth_syndrome$q) & 160'hffffffffffffffffffffffffffffffffffffffff) << 32'h98) | (((n_aeth_msn$q) & 160'hffffffffffffffffffffffffffffffffffffffff) << 32'h80);
            if (n_has_imm$q) begin
                ext = ext | (((n_imm$q) & 160'hffffffffffffffffffffffffffffffffffffffff) << 32'h60);
            end
        end
        else if (n_has_imm$q) begin
            ext = ((n_imm$q) & 160'hffffffffffffffffffffffffffffffffffffffff) << 32'h80;
        end
        image = ((n_dst_mac$q) & 640'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
        image = (image << 32'h30) | ((src_mac) & 640'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
        image = (image << 32'h10) | 32'h800;
        image = (image << 32'h10) | 32'h4500;
        image = (image << 32'h10) | ((n_ip_len$q) & 640'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
        image = (image << 32'h20) | 32'h4000;
        image = (image << 32'h10) | 32'h4011;
        image = (image << 32'h10) | ((n_csum$q) & 640'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
        image = (image << 32'h20) | ((src_ip) & 640'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
        image = (image << 32'h20) | ((n_dst_ip$q) & 640'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
        image = (image << 32'h10) | ((n_udp_sport$q) & 640'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
        image = (image << 32'h10) | 32'h12b7;
        image = (image << 32'h10) | ((n_ip_len$q - 32'h14) & 640'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
        image = image << 32'h10;
        image = (image << 32'h8) | ((n_opcode$q) & 640'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
        image = (image << 32'h1) | ((n_solicited$q) & 640'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
        image = (image << 32'h7) | (((n_pad$q) & 640'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h4);
        image = (image << 32'h10) | 32'hffff;
        image = (image << 32'h20) | ((n_dest_qpn$q) & 640'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
        image = (image << 32'h1) | ((n_ack_req$q) & 640'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
        image = (image << 32'h1f) | ((n_psn$q) & 640'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
        image = (image << 32'hd0) | (((ext) & 640'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h30);
        pl_ready = ~b_valid$q;
        push = pl_valid & ~b_valid$q;
        swap$word_in = hdr$q[(32'h240)+:(64)];
        ch_valid = 1'b0;
        ch_data = 32'h0;
        ch_count = 32'h8;
        ch_last = 1'b0;
        ch_ones = 32'h0;
        ch_enable = 32'hff;
        pl_count = ((pl_left$q) & 5'h1f) + ((pad$q) & 5'h1f);
        if (pl_left$q >= 32'h8) begin
            pl_count = 32'h8;
        end
        case (phase$q)
            FramerPhase$Idle:
                begin
                end
            FramerPhase$Header:
                begin
                    ch_valid = 1'b1;
                    ch_data = swap$word_out;
                    if (hdr_left$q < 32'h8) begin
                        ch_count = ((hdr_left$q) & 4'hf);
                    end
                    if (chunk_idx$q == 32'h0) begin
                        ch_enable = 32'h0;
                    end
                    if (chunk_idx$q == 32'h1) begin
                        ch_enable = 32'hc0;
                        ch_ones = 64'hff00000000000000;
                    end
                    if (chunk_idx$q == 32'h2) begin
                        ch_ones = 64'hff000000000000;
                    end
                    if (chunk_idx$q == 32'h3) begin
                        ch_ones = 64'hffff;
                    end
                    if (chunk_idx$q == 32'h5) begin
                        ch_ones = 64'hff00000000ffff;
                    end
                end
            FramerPhase$Payload:
                begin
                    ch_valid = a_valid$q;
                    ch_data = a_data$q;
                    ch_count = ((pl_count) & 4'hf);
                end
            FramerPhase$Icrc:
                begin
                    ch_valid = 1'b1;
                    crc_inv = ~crc$q;
                    ch_data = ((crc_inv) & 64'hffffffffffffffff);
                    if (poison$q) begin
                        ch_data = ((crc$q) & 64'hffffffffffffffff);
                    end
                    ch_count = 32'h4;
                    ch_last = 1'b1;
                end
        endcase
        count_mask = (((k_one << ch_count) - k_one) & 8'hff);
        if (ch_count >= 32'h8) begin
            count_mask = 32'hff;
        end
        data_mask = 32'h0;
        data_mask = (data_mask & ~(1 << (0)) | ((count_mask[0 >> 32'h3]) << (0)));
        data_mask = (data_mask & ~(1 << (1)) | ((count_mask[1 >> 32'h3]) << (1)));
        data_mask = (data_mask & ~(1 << (2)) | ((count_mask[2 >> 32'h3]) << (2)));
        data_mask = (data_mask & ~(1 << (3)) | ((count_mask[3 >> 32'h3]) << (3)));
        data_mask = (data_mask & ~(1 << (4)) | ((count_mask[4 >> 32'h3]) << (4)));
        data_mask = (data_mask & ~(1 << (5)) | ((count_mask[5 >> 32'h3]) << (5)));
        data_mask = (data_mask & ~(1 << (6)) | ((count_mask[6 >> 32'h3]) << (6)));
        data_mask = (data_mask & ~(1 << (7)) | ((count_mask[7 >> 32'h3]) << (7)));
        data_mask = (data_mask & ~(1 << (8)) | ((count_mask[8 >> 32'h3]) << (8)));
        data_mask = (data_mask & ~(1 << (9)) | ((count_mask[9 >> 32'h3]) << (9)));
        data_mask = (data_mask & ~(1 << (10)) | ((count_mask[10 >> 32'h3]) << (10)));
        data_mask = (data_mask & ~(1 << (11)) | ((count_mask[11 >> 32'h3]) << (11)));
        data_mask = (data_mask & ~(1 << (12)) | ((count_mask[12 >> 32'h3]) << (12)));
        data_mask = (data_mask & ~(1 << (13)) | ((count_mask[13 >> 32'h3]) << (13)));
        data_mask = (data_mask & ~(1 << (14)) | ((count_mask[14 >> 32'h3]) << (14)));
        data_mask = (data_mask & ~(1 << (15)) | ((count_mask[15 >> 32'h3]) << (15)));
        data_mask = (data_mask & ~(1 << (16)) | ((count_mask[16 >> 32'h3]) << (16)));
        data_mask = (data_mask & ~(1 << (17)) | ((count_mask[17 >> 32'h3]) << (17)));
        data_mask = (data_mask & ~(1 << (18)) | ((count_mask[18 >> 32'h3]) << (18)));
        data_mask = (data_mask & ~(1 << (19)) | ((count_mask[19 >> 32'h3]) << (19)));
        data_mask = (data_mask & ~(1 << (20)) | ((count_mask[20 >> 32'h3]) << (20)));
        data_mask = (data_mask & ~(1 << (21)) | ((count_mask[21 >> 32'h3]) << (21)));
        data_mask = (data_mask & ~(1 << (22)) | ((count_mask[22 >> 32'h3]) << (22)));
        data_mask = (data_mask & ~(1 << (23)) | ((count_mask[23 >> 32'h3]) << (23)));
        data_mask = (data_mask & ~(1 << (24)) | ((count_mask[24 >> 32'h3]) << (24)));
        data_mask = (data_mask & ~(1 << (25)) | ((count_mask[25 >> 32'h3]) << (25)));
        data_mask = (data_mask & ~(1 << (26)) | ((count_mask[26 >> 32'h3]) << (26)));
        data_mask = (data_mask & ~(1 << (27)) | ((count_mask[27 >> 32'h3]) << (27)));
        data_mask = (data_mask & ~(1 << (28)) | ((count_mask[28 >> 32'h3]) << (28)));
        data_mask = (data_mask & ~(1 << (29)) | ((count_mask[29 >> 32'h3]) << (29)));
        data_mask = (data_mask & ~(1 << (30)) | ((count_mask[30 >> 32'h3]) << (30)));
        data_mask = (data_mask & ~(1 << (31)) | ((count_mask[31 >> 32'h3]) << (31)));
        data_mask = (data_mask & ~(1 << (32)) | ((count_mask[32 >> 32'h3]) << (32)));
        data_mask = (data_mask & ~(1 << (33)) | ((count_mask[33 >> 32'h3]) << (33)));
        data_mask = (data_mask & ~(1 << (34)) | ((count_mask[34 >> 32'h3]) << (34)));
        data_mask = (data_mask & ~(1 << (35)) | ((count_mask[35 >> 32'h3]) << (35)));
        data_mask = (data_mask & ~(1 << (36)) | ((count_mask[36 >> 32'h3]) << (36)));
        data_mask = (data_mask & ~(1 << (37)) | ((count_mask[37 >> 32'h3]) << (37)));
        data_mask = (data_mask & ~(1 << (38)) | ((count_mask[38 >> 32'h3]) << (38)));
        data_mask = (data_mask & ~(1 << (39)) | ((count_mask[39 >> 32'h3]) << (39)));
        data_mask = (data_mask & ~(1 << (40)) | ((count_mask[40 >> 32'h3]) << (40)));
        data_mask = (data_mask & ~(1 << (41)) | ((count_mask[41 >> 32'h3]) << (41)));
        data_mask = (data_mask & ~(1 << (42)) | ((count_mask[42 >> 32'h3]) << (42)));
        data_mask = (data_mask & ~(1 << (43)) | ((count_mask[43 >> 32'h3]) << (43)));
        data_mask = (data_mask & ~(1 << (44)) | ((count_mask[44 >> 32'h3]) << (44)));
        data_mask = (data_mask & ~(1 << (45)) | ((count_mask[45 >> 32'h3]) << (45)));
        data_mask = (data_mask & ~(1 << (46)) | ((count_mask[46 >> 32'h3]) << (46)));
        data_mask = (data_mask & ~(1 << (47)) | ((count_mask[47 >> 32'h3]) << (47)));
        data_mask = (data_mask & ~(1 << (48)) | ((count_mask[48 >> 32'h3]) << (48)));
        data_mask = (data_mask & ~(1 << (49)) | ((count_mask[49 >> 32'h3]) << (49)));
        data_mask = (data_mask & ~(1 << (50)) | ((count_mask[50 >> 32'h3]) << (50)));
        data_mask = (data_mask & ~(1 << (51)) | ((count_mask[51 >> 32'h3]) << (51)));
        data_mask = (data_mask & ~(1 << (52)) | ((count_mask[52 >> 32'h3]) << (52)));
        data_mask = (data_mask & ~(1 << (53)) | ((count_mask[53 >> 32'h3]) << (53)));
        data_mask = (data_mask & ~(1 << (54)) | ((count_mask[54 >> 32'h3]) << (54)));
        data_mask = (data_mask & ~(1 << (55)) | ((count_mask[55 >> 32'h3]) << (55)));
        data_mask = (data_mask & ~(1 << (56)) | ((count_mask[56 >> 32'h3]) << (56)));
        data_mask = (data_mask & ~(1 << (57)) | ((count_mask[57 >> 32'h3]) << (57)));
        data_mask = (data_mask & ~(1 << (58)) | ((count_mask[58 >> 32'h3]) << (58)));
        data_mask = (data_mask & ~(1 << (59)) | ((count_mask[59 >> 32'h3]) << (59)));
        data_mask = (data_mask & ~(1 << (60)) | ((count_mask[60 >> 32'h3]) << (60)));
        data_mask = (data_mask & ~(1 << (61)) | ((count_mask[61 >> 32'h3]) << (61)));
        data_mask = (data_mask & ~(1 << (62)) | ((count_mask[62 >> 32'h3]) << (62)));
        data_mask = (data_mask & ~(1 << (63)) | ((count_mask[63 >> 32'h3]) << (63)));
        packer$in_valid = ch_valid;
        packer$in_data = ch_data & data_mask;
        packer$in_count = ch_count;
        packer$in_last = ch_last;
        fire = ch_valid & packer$in_ready;
        crc32$crc_in = crc$q;
        crc32$data = (ch_data & data_mask) | ch_ones;
        crc32$enable = ch_enable & count_mask;
        load = 1'b0;
        consume = 1'b0;
        frame_done = 1'b0;
        frame_poisoned = 1'b0;
        if (fire) begin
            crc$d = crc32$crc_out;
            case (phase$q)
                FramerPhase$Header:
                    begin
                        hdr$d = hdr$q << 32'h40;
                        hdr_left$d = hdr_left$q - ((ch_count) & 7'h7f);
                        if (chunk_idx$q != 32'h7) begin
                            chunk_idx$d = chunk_idx$q + 32'h1;
                        end
                        if (hdr_left$q <= 32'h8) begin
                            if (|pl_left$q) begin
                                phase$d = FramerPhase$Payload;
                            end
                            else begin
                                phase$d = FramerPhase$Icrc;
                            end
                        end
                    end
                FramerPhase$Payload:
                    begin
                        consume = 1'b1;
                        poison$d = poison$q | a_error$q;
                        if (pl_left$q <= 32'h8) begin
                            pl_left$d = 32'h0;
                            phase$d = FramerPhase$Icrc;
                        end
                        else begin
                            pl_left$d = pl_left$q - 32'h8;
                        end
                    end
                FramerPhase$Icrc:
                    begin
                        frame_done = 1'b1;
                        frame_poisoned = poison$q;
                        phase$d = FramerPhase$Idle;
                        load = 1'b1;
                    end
                FramerPhase$Idle:
                    begin
                    end
            endcase
        end
        if (phase$q == FramerPhase$Idle) begin
            load = 1'b1;
        end
        if (load & n_valid$q & (n_step$q == 32'h4)) begin
            n_valid$d = 1'b0;
            hdr$d = image;
            hdr_left$d = n_hdr_len$q;
            chunk_idx$d = 32'h0;
            pl_left$d = n_payload_len$q;
            pad$d = n_pad$q;
            crc$d = k_seed;
            poison$d = 1'b0;
            phase$d = FramerPhase$Header;
        end
        if (consume) begin
            if (b_valid$q) begin
                a_data$d = b_data$q;
                a_error$d = b_error$q;
                b_valid$d = 1'b0;
                if (push) begin
                    b_valid$d = 1'b1;
                    b_data$d = pl_data;
                    b_error$d = pl_error;
                end
            end
            else if (push) begin
                a_data$d = pl_data;
                a_error$d = pl_error;
            end
            else begin
                a_valid$d = 1'b0;
            end
        end
        else if (push) begin
            if (a_valid$q) begin
                b_valid$d = 1'b1;
                b_data$d = pl_data;
                b_error$d = pl_error;
            end
            else begin
                a_valid$d = 1'b1;
                a_data$d = pl_data;
                a_error$d = pl_error;
            end
        end
        tx_valid = packer$out_valid;
        tx_data = packer$out_data;
        tx_keep = packer$out_keep;
        tx_last = packer$out_last;
        packer$out_ready = tx_ready;
        idle = ~n_valid$q & (phase$q == FramerPhase$Idle) & ~a_valid$q & ~packer$out_valid;
        if (reset) begin
            n_valid$d = 1'b0;
            phase$d = FramerPhase$Idle;
            a_valid$d = 1'b0;
            b_valid$d = 1'b0;
        end
    end
    
endmodule // top$framer


module top$framer$a_data(d,q,clock);
    
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
          
endmodule // top$framer$a_data


module top$framer$a_error(d,q,clock);
    
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
          
endmodule // top$framer$a_error


module top$framer$a_valid(d,q,clock);
    
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
          
endmodule // top$framer$a_valid


module top$framer$b_data(d,q,clock);
    
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
          
endmodule // top$framer$b_data


module top$framer$b_error(d,q,clock);
    
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
          
endmodule // top$framer$b_error


module top$framer$b_valid(d,q,clock);
    
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
          
endmodule // top$framer$b_valid


module top$framer$chunk_idx(d,q,clock);
    
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
          
endmodule // top$framer$chunk_idx


module top$framer$crc(d,q,clock);
    
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
          
endmodule // top$framer$crc


module top$framer$crc32(crc_in,data,enable,crc_out);
    
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
    
endmodule // top$framer$crc32


module top$framer$hdr(d,q,clock);
    
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
          
endmodule // top$framer$hdr


module top$framer$hdr_left(d,q,clock);
    
    // Module arguments
    input wire  [6:0] d;
    output reg  [6:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 7'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$framer$hdr_left


module top$framer$n_ack_req(d,q,clock);
    
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
          
endmodule // top$framer$n_ack_req


module top$framer$n_aeth_msn(d,q,clock);
    
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
          
endmodule // top$framer$n_aeth_msn


module top$framer$n_aeth_syndrome(d,q,clock);
    
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
          
endmodule // top$framer$n_aeth_syndrome


module top$framer$n_csum(d,q,clock);
    
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
          
endmodule // top$framer$n_csum


module top$framer$n_dest_qpn(d,q,clock);
    
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
          
endmodule // top$framer$n_dest_qpn


module top$framer$n_dst_ip(d,q,clock);
    
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
          
endmodule // top$framer$n_dst_ip


module top$framer$n_dst_mac(d,q,clock);
    
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
          
endmodule // top$framer$n_dst_mac


module top$framer$n_has_aeth(d,q,clock);
    
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
          
endmodule // top$framer$n_has_aeth


module top$framer$n_has_imm(d,q,clock);
    
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
          
endmodule // top$framer$n_has_imm


module top$framer$n_has_reth(d,q,clock);
    
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
          
endmodule // top$framer$n_has_reth


module top$framer$n_hdr_len(d,q,clock);
    
    // Module arguments
    input wire  [6:0] d;
    output reg  [6:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 7'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$framer$n_hdr_len


module top$framer$n_imm(d,q,clock);
    
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
          
endmodule // top$framer$n_imm


module top$framer$n_ip_len(d,q,clock);
    
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
          
endmodule // top$framer$n_ip_len


module top$framer$n_opcode(d,q,clock);
    
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
          
endmodule // top$framer$n_opcode


module top$framer$n_pad(d,q,clock);
    
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
          
endmodule // top$framer$n_pad


module top$framer$n_payload_len(d,q,clock);
    
    // Module arguments
    input wire  [12:0] d;
    output reg  [12:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 13'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$framer$n_payload_len


module top$framer$n_psn(d,q,clock);
    
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
          
endmodule // top$framer$n_psn


module top$framer$n_reth_len(d,q,clock);
    
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
          
endmodule // top$framer$n_reth_len


module top$framer$n_reth_rkey(d,q,clock);
    
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
          
endmodule // top$framer$n_reth_rkey


module top$framer$n_reth_va(d,q,clock);
    
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
          
endmodule // top$framer$n_reth_va


module top$framer$n_solicited(d,q,clock);
    
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
          
endmodule // top$framer$n_solicited


module top$framer$n_step(d,q,clock);
    
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
          
endmodule // top$framer$n_step


module top$framer$n_sum_a(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$framer$n_sum_a


module top$framer$n_sum_b(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$framer$n_sum_b


module top$framer$n_udp_sport(d,q,clock);
    
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
          
endmodule // top$framer$n_udp_sport


module top$framer$n_valid(d,q,clock);
    
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
          
endmodule // top$framer$n_valid


module top$framer$packer(clock,reset,in_valid,in_data,in_count,in_last,in_ready,out_valid,out_data,out_keep,out_last,out_ready);
    
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
    top$framer$packer$acc acc(
        .d(acc$d),
        .q(acc$q),
        .clock(acc$clock)
    );
    top$framer$packer$count count(
        .d(count$d),
        .q(count$q),
        .clock(count$clock)
    );
    top$framer$packer$flushing flushing(
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
    
endmodule // top$framer$packer


module top$framer$packer$acc(d,q,clock);
    
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
          
endmodule // top$framer$packer$acc


module top$framer$packer$count(d,q,clock);
    
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
          
endmodule // top$framer$packer$count


module top$framer$packer$flushing(d,q,clock);
    
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
          
endmodule // top$framer$packer$flushing


module top$framer$pad(d,q,clock);
    
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
          
endmodule // top$framer$pad


module top$framer$phase(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Enums
    localparam FramerPhase$Idle = 0;
    localparam FramerPhase$Header = 1;
    localparam FramerPhase$Payload = 2;
    localparam FramerPhase$Icrc = 3;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$framer$phase


module top$framer$pl_left(d,q,clock);
    
    // Module arguments
    input wire  [12:0] d;
    output reg  [12:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 13'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$framer$pl_left


module top$framer$poison(d,q,clock);
    
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
          
endmodule // top$framer$poison


module top$framer$swap(word_in,word_out);
    
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
    
endmodule // top$framer$swap


module top$mr_rx(clock,reset,cmd_valid,cmd_ready,cmd_op,cmd_sel,cmd_staged,chk_valid,chk_ready,chk_key,chk_pd,chk_va,chk_len,chk_need_local_write,chk_need_remote_write,res_valid,res_ready,res_ok,res_iova,idle);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  cmd_valid;
    output reg  cmd_ready;
    input wire  [1:0] cmd_op;
    input wire  [9:0] cmd_sel;
    input wire  [287:0] cmd_staged;
    input wire  chk_valid;
    output reg  chk_ready;
    input wire  [31:0] chk_key;
    input wire  [15:0] chk_pd;
    input wire  [63:0] chk_va;
    input wire  [31:0] chk_len;
    input wire  chk_need_local_write;
    input wire  chk_need_remote_write;
    output reg  res_valid;
    input wire  res_ready;
    output reg  res_ok;
    output reg  [63:0] res_iova;
    output reg  idle;
    
    // Stub signals
    reg  [9:0] ram$read_address;
    reg  ram$read_clock;
    wire  [255:0] ram$read_data;
    reg  [9:0] ram$write_address;
    reg  ram$write_clock;
    reg  [255:0] ram$write_data;
    reg  ram$write_enable;
    reg  sweep$d;
    wire  sweep$q;
    reg  sweep$clock;
    reg  [9:0] sweep_row$d;
    wire  [9:0] sweep_row$q;
    reg  sweep_row$clock;
    reg  accepting$d;
    wire  accepting$q;
    reg  accepting$clock;
    reg  [2:0] credits_used$d;
    wire  [2:0] credits_used$q;
    reg  credits_used$clock;
    reg  s1_valid$d;
    wire  s1_valid$q;
    reg  s1_valid$clock;
    reg  [31:0] s1_key$d;
    wire  [31:0] s1_key$q;
    reg  s1_key$clock;
    reg  [15:0] s1_pd$d;
    wire  [15:0] s1_pd$q;
    reg  s1_pd$clock;
    reg  [63:0] s1_va$d;
    wire  [63:0] s1_va$q;
    reg  s1_va$clock;
    reg  [31:0] s1_len$d;
    wire  [31:0] s1_len$q;
    reg  s1_len$clock;
    reg  s1_local_write$d;
    wire  s1_local_write$q;
    reg  s1_local_write$clock;
    reg  s1_remote_write$d;
    wire  s1_remote_write$q;
    reg  s1_remote_write$clock;
    reg  s2_valid$d;
    wire  s2_valid$q;
    reg  s2_valid$clock;
    reg  [255:0] s2_row$d;
    wire  [255:0] s2_row$q;
    reg  s2_row$clock;
    reg  [31:0] s2_key$d;
    wire  [31:0] s2_key$q;
    reg  s2_key$clock;
    reg  [15:0] s2_pd$d;
    wire  [15:0] s2_pd$q;
    reg  s2_pd$clock;
    reg  [63:0] s2_va$d;
    wire  [63:0] s2_va$q;
    reg  s2_va$clock;
    reg  [31:0] s2_len$d;
    wire  [31:0] s2_len$q;
    reg  s2_len$clock;
    reg  s2_local_write$d;
    wire  s2_local_write$q;
    reg  s2_local_write$clock;
    reg  s2_remote_write$d;
    wire  s2_remote_write$q;
    reg  s2_remote_write$clock;
    reg  [255:0] check$row;
    reg  [31:0] check$key;
    reg  [15:0] check$pd;
    reg  [63:0] check$addr;
    reg  [31:0] check$len;
    reg  check$need_local_write;
    reg  check$need_remote_write;
    wire  check$ok;
    wire  [63:0] check$iova;
    reg  [3:0] fifo_valid$d;
    wire  [3:0] fifo_valid$q;
    reg  fifo_valid$clock;
    reg  [64:0] e0$d;
    wire  [64:0] e0$q;
    reg  e0$clock;
    reg  [64:0] e1$d;
    wire  [64:0] e1$q;
    reg  e1$clock;
    reg  [64:0] e2$d;
    wire  [64:0] e2$q;
    reg  e2$clock;
    reg  [64:0] e3$d;
    wire  [64:0] e3$q;
    reg  e3$clock;
    
    // Local signals
    reg  accept;
    reg  pop;
    reg  [9:0] idx;
    reg  [255:0] row_valid;
    reg  [255:0] commit_row;
    reg  [64:0] verdict;
    reg  [3:0] kept;
    reg  [3:0] free;
    reg  [3:0] one4;
    
    // Sub module instances
    top$mr_rx$ram ram(
        .read_address(ram$read_address),
        .read_clock(ram$read_clock),
        .read_data(ram$read_data),
        .write_address(ram$write_address),
        .write_clock(ram$write_clock),
        .write_data(ram$write_data),
        .write_enable(ram$write_enable)
    );
    top$mr_rx$sweep sweep(
        .d(sweep$d),
        .q(sweep$q),
        .clock(sweep$clock)
    );
    top$mr_rx$sweep_row sweep_row(
        .d(sweep_row$d),
        .q(sweep_row$q),
        .clock(sweep_row$clock)
    );
    top$mr_rx$accepting accepting(
        .d(accepting$d),
        .q(accepting$q),
        .clock(accepting$clock)
    );
    top$mr_rx$credits_used credits_used(
        .d(credits_used$d),
        .q(credits_used$q),
        .clock(credits_used$clock)
    );
    top$mr_rx$s1_valid s1_valid(
        .d(s1_valid$d),
        .q(s1_valid$q),
        .clock(s1_valid$clock)
    );
    top$mr_rx$s1_key s1_key(
        .d(s1_key$d),
        .q(s1_key$q),
        .clock(s1_key$clock)
    );
    top$mr_rx$s1_pd s1_pd(
        .d(s1_pd$d),
        .q(s1_pd$q),
        .clock(s1_pd$clock)
    );
    top$mr_rx$s1_va s1_va(
        .d(s1_va$d),
        .q(s1_va$q),
        .clock(s1_va$clock)
    );
    top$mr_rx$s1_len s1_len(
        .d(s1_len$d),
        .q(s1_len$q),
        .clock(s1_len$clock)
    );
    top$mr_rx$s1_local_write s1_local_write(
        .d(s1_local_write$d),
        .q(s1_local_write$q),
        .clock(s1_local_write$clock)
    );
    top$mr_rx$s1_remote_write s1_remote_write(
        .d(s1_remote_write$d),
        .q(s1_remote_write$q),
        .clock(s1_remote_write$clock)
    );
    top$mr_rx$s2_valid s2_valid(
        .d(s2_valid$d),
        .q(s2_valid$q),
        .clock(s2_valid$clock)
    );
    top$mr_rx$s2_row s2_row(
        .d(s2_row$d),
        .q(s2_row$q),
        .clock(s2_row$clock)
    );
    top$mr_rx$s2_key s2_key(
        .d(s2_key$d),
        .q(s2_key$q),
        .clock(s2_key$clock)
    );
    top$mr_rx$s2_pd s2_pd(
        .d(s2_pd$d),
        .q(s2_pd$q),
        .clock(s2_pd$clock)
    );
    top$mr_rx$s2_va s2_va(
        .d(s2_va$d),
        .q(s2_va$q),
        .clock(s2_va$clock)
    );
    top$mr_rx$s2_len s2_len(
        .d(s2_len$d),
        .q(s2_len$q),
        .clock(s2_len$clock)
    );
    top$mr_rx$s2_local_write s2_local_write(
        .d(s2_local_write$d),
        .q(s2_local_write$q),
        .clock(s2_local_write$clock)
    );
    top$mr_rx$s2_remote_write s2_remote_write(
        .d(s2_remote_write$d),
        .q(s2_remote_write$q),
        .clock(s2_remote_write$clock)
    );
    top$mr_rx$check check(
        .row(check$row),
        .key(check$key),
        .pd(check$pd),
        .addr(check$addr),
        .len(check$len),
        .need_local_write(check$need_local_write),
        .need_remote_write(check$need_remote_write),
        .ok(check$ok),
        .iova(check$iova)
    );
    top$mr_rx$fifo_valid fifo_valid(
        .d(fifo_valid$d),
        .q(fifo_valid$q),
        .clock(fifo_valid$clock)
    );
    top$mr_rx$e0 e0(
        .d(e0$d),
        .q(e0$q),
        .clock(e0$clock)
    );
    top$mr_rx$e1 e1(
        .d(e1$d),
        .q(e1$q),
        .clock(e1$clock)
    );
    top$mr_rx$e2 e2(
        .d(e2$d),
        .q(e2$q),
        .clock(e2$clock)
    );
    top$mr_rx$e3 e3(
        .d(e3$d),
        .q(e3$q),
        .clock(e3$clock)
    );
    
    // Update code
    always @(*) begin
        sweep$clock = clock;
        sweep_row$clock = clock;
        accepting$clock = clock;
        credits_used$clock = clock;
        s1_valid$clock = clock;
        s1_key$clock = clock;
        s1_pd$clock = clock;
        s1_va$clock = clock;
        s1_len$clock = clock;
        s1_local_write$clock = clock;
        s1_remote_write$clock = clock;
        s2_valid$clock = clock;
        s2_row$clock = clock;
        s2_key$clock = clock;
        s2_pd$clock = clock;
        s2_va$clock = clock;
        s2_len$clock = clock;
        s2_local_write$clock = clock;
        s2_remote_write$clock = clock;
        fifo_valid$clock = clock;
        e0$clock = clock;
        e1$clock = clock;
        e2$clock = clock;
        e3$clock = clock;
        sweep$d = sweep$q;
        sweep_row$d = sweep_row$q;
        accepting$d = accepting$q;
        credits_used$d = credits_used$q;
        s1_valid$d = s1_valid$q;
        s1_key$d = s1_key$q;
        s1_pd$d = s1_pd$q;
        s1_va$d = s1_va$q;
        s1_len$d = s1_len$q;
        s1_local_write$d = s1_local_write$q;
        s1_remote_write$d = s1_remote_write$q;
        s2_valid$d = s2_valid$q;
        s2_row$d = s2_row$q;
        s2_key$d = s2_key$q;
        s2_pd$d = s2_pd$q;
        s2_va$d = s2_va$q;
        s2_len$d = s2_len$q;
        s2_local_write$d = s2_local_write$q;
        s2_remote_write$d = s2_remote_write$q;
        fifo_valid$d = fifo_valid$q;
        e0$d = e0$q;
        e1$d = e1$q;
        e2$d = e2$q;
        e3$d = e3$q;
        ram$read_clock = clock;
        ram$write_clock = clock;
        cmd_ready = accepting$q;
        row_valid = 32'h1;
        commit_row = row_valid | (((cmd_staged[(32'h100)+:(3)]) & 256'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h1) | (((cmd_staged[(32'he0)+:(16)]) & 256'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h8) | (((cmd_staged[(32'h20)+:(32)]) & 256'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h20) | (((cmd_staged[(32'h40)+:(64)]) & 256'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h40) | (((cmd_staged[(32'ha0)+:(64)]) & 256'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h80) | (((cmd_staged[(32'h80)+:(32)]) & 256'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'hc0);
        ram$write_address = cmd_sel;
        ram$write_data = 32'h0;
        if (cmd_op == 32'h1) begin
            ram$write_data = commit_row;
        end
        ram$write_enable = cmd_valid & accepting$q;
        if (sweep$q) begin
            ram$write_enable = 1'b1;
            ram$write_address = sweep_row$q;
            ram$write_data = 32'h0;
            sweep_row$d = sweep_row$q + 32'h1;
            if (&sweep_row$q) begin
                sweep$d = 1'b0;
            end
        end
        chk_ready = accepting$q & (credits_used$q < 32'h4);
        accept = chk_valid & chk_ready;
        idx = chk_key[(32'h0)+:(10)];
        ram$read_address = idx;
        s1_valid$d = accept;
        s1_key$d = chk_key;
        s1_pd$d = chk_pd;
        s1_va$d = chk_va;
        s1_len$d = chk_len;
        s1_local_write$d = chk_need_local_write;
        s1_remote_write$d = chk_need_remote_write;
        s2_valid$d = s1_valid$q;
        s2_row$d = ram$read_data;
        s2_key$d = s1_key$q;
        s2_pd$d = s1_pd$q;
        s2_va$d = s1_va$q;
        s2_len$d = s1_len$q;
        s2_local_write$d = s1_local_write$q;
        s2_remote_write$d = s1_remote_write$q;
        check$row = s2_row$q;
        check$key = s2_key$q;
        check$pd = s2_pd$q;
        check$addr = s2_va$q;
        check$len = s2_len$q;
        check$need_local_write = s2_local_write$q;
        check$need_remote_write = s2_remote_write$q;
        verdict = ((check$ok) & 65'h1ffffffffffffffff) | (((check$iova) & 65'h1ffffffffffffffff) << 32'h1);
        pop = fifo_valid$q[32'h0] & res_ready;
        kept = fifo_valid$q;
        if (pop) begin
            kept = fifo_valid$q >> 32'h1;
            e0$d = e1$q;
            e1$d = e2$q;
            e2$d = e3$q;
        end
        one4 = 32'h1;
        free = kept ^ ((kept << 32'h1) | one4);
        if (s2_valid$q) begin
            if (free[32'h0]) begin
                e0$d = verdict;
            end
            if (free[32'h1]) begin
                e1$d = verdict;
            end
            if (free[32'h2]) begin
                e2$d = verdict;
            end
            if (free[32'h3]) begin
                e3$d = verdict;
            end
            fifo_valid$d = kept | free;
        end
        else begin
            fifo_valid$d = kept;
        end
        credits_used$d = credits_used$q + ((accept) & 3'h7) - ((pop) & 3'h7);
        res_valid = fifo_valid$q[32'h0];
        res_ok = e0$q[32'h0];
        res_iova = e0$q[(32'h1)+:(64)];
        idle = ~|credits_used$q & ~sweep$q;
        accepting$d = ~sweep$q;
        if (reset) begin
            sweep$d = 1'b1;
            sweep_row$d = 32'h0;
            accepting$d = 1'b0;
            credits_used$d = 32'h0;
            s1_valid$d = 1'b0;
            s2_valid$d = 1'b0;
            fifo_valid$d = 32'h0;
        end
    end
    
endmodule // top$mr_rx


module top$mr_rx$accepting(d,q,clock);
    
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
          
endmodule // top$mr_rx$accepting


module top$mr_rx$check(row,key,pd,addr,len,need_local_write,need_remote_write,ok,iova);
    
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
    
endmodule // top$mr_rx$check


module top$mr_rx$credits_used(d,q,clock);
    
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
          
endmodule // top$mr_rx$credits_used


module top$mr_rx$e0(d,q,clock);
    
    // Module arguments
    input wire  [64:0] d;
    output reg  [64:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 65'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mr_rx$e0


module top$mr_rx$e1(d,q,clock);
    
    // Module arguments
    input wire  [64:0] d;
    output reg  [64:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 65'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mr_rx$e1


module top$mr_rx$e2(d,q,clock);
    
    // Module arguments
    input wire  [64:0] d;
    output reg  [64:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 65'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mr_rx$e2


module top$mr_rx$e3(d,q,clock);
    
    // Module arguments
    input wire  [64:0] d;
    output reg  [64:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 65'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mr_rx$e3


module top$mr_rx$fifo_valid(d,q,clock);
    
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
          
endmodule // top$mr_rx$fifo_valid


module top$mr_rx$ram(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [9:0] read_address;
    input wire  read_clock;
    output reg  [255:0] read_data;
    input wire  [9:0] write_address;
    input wire  write_clock;
    input wire  [255:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[255:0] mem[1023:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // top$mr_rx$ram


module top$mr_rx$s1_key(d,q,clock);
    
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
          
endmodule // top$mr_rx$s1_key


module top$mr_rx$s1_len(d,q,clock);
    
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
          
endmodule // top$mr_rx$s1_len


module top$mr_rx$s1_local_write(d,q,clock);
    
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
          
endmodule // top$mr_rx$s1_local_write


module top$mr_rx$s1_pd(d,q,clock);
    
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
          
endmodule // top$mr_rx$s1_pd


module top$mr_rx$s1_remote_write(d,q,clock);
    
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
          
endmodule // top$mr_rx$s1_remote_write


module top$mr_rx$s1_va(d,q,clock);
    
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
          
endmodule // top$mr_rx$s1_va


module top$mr_rx$s1_valid(d,q,clock);
    
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
          
endmodule // top$mr_rx$s1_valid


module top$mr_rx$s2_key(d,q,clock);
    
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
          
endmodule // top$mr_rx$s2_key


module top$mr_rx$s2_len(d,q,clock);
    
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
          
endmodule // top$mr_rx$s2_len


module top$mr_rx$s2_local_write(d,q,clock);
    
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
          
endmodule // top$mr_rx$s2_local_write


module top$mr_rx$s2_pd(d,q,clock);
    
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
          
endmodule // top$mr_rx$s2_pd


module top$mr_rx$s2_remote_write(d,q,clock);
    
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
          
endmodule // top$mr_rx$s2_remote_write


module top$mr_rx$s2_row(d,q,clock);
    
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
          
endmodule // top$mr_rx$s2_row


module top$mr_rx$s2_va(d,q,clock);
    
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
          
endmodule // top$mr_rx$s2_va


module top$mr_rx$s2_valid(d,q,clock);
    
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
          
endmodule // top$mr_rx$s2_valid


module top$mr_rx$sweep(d,q,clock);
    
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
          
endmodule // top$mr_rx$sweep


module top$mr_rx$sweep_row(d,q,clock);
    
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
          
endmodule // top$mr_rx$sweep_row


module top$mr_tx(clock,reset,cmd_valid,cmd_ready,cmd_op,cmd_sel,cmd_staged,chk_valid,chk_ready,chk_key,chk_pd,chk_va,chk_len,chk_need_local_write,chk_need_remote_write,res_valid,res_ready,res_ok,res_iova,idle);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  cmd_valid;
    output reg  cmd_ready;
    input wire  [1:0] cmd_op;
    input wire  [9:0] cmd_sel;
    input wire  [287:0] cmd_staged;
    input wire  chk_valid;
    output reg  chk_ready;
    input wire  [31:0] chk_key;
    input wire  [15:0] chk_pd;
    input wire  [63:0] chk_va;
    input wire  [31:0] chk_len;
    input wire  chk_need_local_write;
    input wire  chk_need_remote_write;
    output reg  res_valid;
    input wire  res_ready;
    output reg  res_ok;
    output reg  [63:0] res_iova;
    output reg  idle;
    
    // Stub signals
    reg  [9:0] ram$read_address;
    reg  ram$read_clock;
    wire  [255:0] ram$read_data;
    reg  [9:0] ram$write_address;
    reg  ram$write_clock;
    reg  [255:0] ram$write_data;
    reg  ram$write_enable;
    reg  sweep$d;
    wire  sweep$q;
    reg  sweep$clock;
    reg  [9:0] sweep_row$d;
    wire  [9:0] sweep_row$q;
    reg  sweep_row$clock;
    reg  accepting$d;
    wire  accepting$q;
    reg  accepting$clock;
    reg  [2:0] credits_used$d;
    wire  [2:0] credits_used$q;
    reg  credits_used$clock;
    reg  s1_valid$d;
    wire  s1_valid$q;
    reg  s1_valid$clock;
    reg  [31:0] s1_key$d;
    wire  [31:0] s1_key$q;
    reg  s1_key$clock;
    reg  [15:0] s1_pd$d;
    wire  [15:0] s1_pd$q;
    reg  s1_pd$clock;
    reg  [63:0] s1_va$d;
    wire  [63:0] s1_va$q;
    reg  s1_va$clock;
    reg  [31:0] s1_len$d;
    wire  [31:0] s1_len$q;
    reg  s1_len$clock;
    reg  s1_local_write$d;
    wire  s1_local_write$q;
    reg  s1_local_write$clock;
    reg  s1_remote_write$d;
    wire  s1_remote_write$q;
    reg  s1_remote_write$clock;
    reg  s2_valid$d;
    wire  s2_valid$q;
    reg  s2_valid$clock;
    reg  [255:0] s2_row$d;
    wire  [255:0] s2_row$q;
    reg  s2_row$clock;
    reg  [31:0] s2_key$d;
    wire  [31:0] s2_key$q;
    reg  s2_key$clock;
    reg  [15:0] s2_pd$d;
    wire  [15:0] s2_pd$q;
    reg  s2_pd$clock;
    reg  [63:0] s2_va$d;
    wire  [63:0] s2_va$q;
    reg  s2_va$clock;
    reg  [31:0] s2_len$d;
    wire  [31:0] s2_len$q;
    reg  s2_len$clock;
    reg  s2_local_write$d;
    wire  s2_local_write$q;
    reg  s2_local_write$clock;
    reg  s2_remote_write$d;
    wire  s2_remote_write$q;
    reg  s2_remote_write$clock;
    reg  [255:0] check$row;
    reg  [31:0] check$key;
    reg  [15:0] check$pd;
    reg  [63:0] check$addr;
    reg  [31:0] check$len;
    reg  check$need_local_write;
    reg  check$need_remote_write;
    wire  check$ok;
    wire  [63:0] check$iova;
    reg  [3:0] fifo_valid$d;
    wire  [3:0] fifo_valid$q;
    reg  fifo_valid$clock;
    reg  [64:0] e0$d;
    wire  [64:0] e0$q;
    reg  e0$clock;
    reg  [64:0] e1$d;
    wire  [64:0] e1$q;
    reg  e1$clock;
    reg  [64:0] e2$d;
    wire  [64:0] e2$q;
    reg  e2$clock;
    reg  [64:0] e3$d;
    wire  [64:0] e3$q;
    reg  e3$clock;
    
    // Local signals
    reg  accept;
    reg  pop;
    reg  [9:0] idx;
    reg  [255:0] row_valid;
    reg  [255:0] commit_row;
    reg  [64:0] verdict;
    reg  [3:0] kept;
    reg  [3:0] free;
    reg  [3:0] one4;
    
    // Sub module instances
    top$mr_tx$ram ram(
        .read_address(ram$read_address),
        .read_clock(ram$read_clock),
        .read_data(ram$read_data),
        .write_address(ram$write_address),
        .write_clock(ram$write_clock),
        .write_data(ram$write_data),
        .write_enable(ram$write_enable)
    );
    top$mr_tx$sweep sweep(
        .d(sweep$d),
        .q(sweep$q),
        .clock(sweep$clock)
    );
    top$mr_tx$sweep_row sweep_row(
        .d(sweep_row$d),
        .q(sweep_row$q),
        .clock(sweep_row$clock)
    );
    top$mr_tx$accepting accepting(
        .d(accepting$d),
        .q(accepting$q),
        .clock(accepting$clock)
    );
    top$mr_tx$credits_used credits_used(
        .d(credits_used$d),
        .q(credits_used$q),
        .clock(credits_used$clock)
    );
    top$mr_tx$s1_valid s1_valid(
        .d(s1_valid$d),
        .q(s1_valid$q),
        .clock(s1_valid$clock)
    );
    top$mr_tx$s1_key s1_key(
        .d(s1_key$d),
        .q(s1_key$q),
        .clock(s1_key$clock)
    );
    top$mr_tx$s1_pd s1_pd(
        .d(s1_pd$d),
        .q(s1_pd$q),
        .clock(s1_pd$clock)
    );
    top$mr_tx$s1_va s1_va(
        .d(s1_va$d),
        .q(s1_va$q),
        .clock(s1_va$clock)
    );
    top$mr_tx$s1_len s1_len(
        .d(s1_len$d),
        .q(s1_len$q),
        .clock(s1_len$clock)
    );
    top$mr_tx$s1_local_write s1_local_write(
        .d(s1_local_write$d),
        .q(s1_local_write$q),
        .clock(s1_local_write$clock)
    );
    top$mr_tx$s1_remote_write s1_remote_write(
        .d(s1_remote_write$d),
        .q(s1_remote_write$q),
        .clock(s1_remote_write$clock)
    );
    top$mr_tx$s2_valid s2_valid(
        .d(s2_valid$d),
        .q(s2_valid$q),
        .clock(s2_valid$clock)
    );
    top$mr_tx$s2_row s2_row(
        .d(s2_row$d),
        .q(s2_row$q),
        .clock(s2_row$clock)
    );
    top$mr_tx$s2_key s2_key(
        .d(s2_key$d),
        .q(s2_key$q),
        .clock(s2_key$clock)
    );
    top$mr_tx$s2_pd s2_pd(
        .d(s2_pd$d),
        .q(s2_pd$q),
        .clock(s2_pd$clock)
    );
    top$mr_tx$s2_va s2_va(
        .d(s2_va$d),
        .q(s2_va$q),
        .clock(s2_va$clock)
    );
    top$mr_tx$s2_len s2_len(
        .d(s2_len$d),
        .q(s2_len$q),
        .clock(s2_len$clock)
    );
    top$mr_tx$s2_local_write s2_local_write(
        .d(s2_local_write$d),
        .q(s2_local_write$q),
        .clock(s2_local_write$clock)
    );
    top$mr_tx$s2_remote_write s2_remote_write(
        .d(s2_remote_write$d),
        .q(s2_remote_write$q),
        .clock(s2_remote_write$clock)
    );
    top$mr_tx$check check(
        .row(check$row),
        .key(check$key),
        .pd(check$pd),
        .addr(check$addr),
        .len(check$len),
        .need_local_write(check$need_local_write),
        .need_remote_write(check$need_remote_write),
        .ok(check$ok),
        .iova(check$iova)
    );
    top$mr_tx$fifo_valid fifo_valid(
        .d(fifo_valid$d),
        .q(fifo_valid$q),
        .clock(fifo_valid$clock)
    );
    top$mr_tx$e0 e0(
        .d(e0$d),
        .q(e0$q),
        .clock(e0$clock)
    );
    top$mr_tx$e1 e1(
        .d(e1$d),
        .q(e1$q),
        .clock(e1$clock)
    );
    top$mr_tx$e2 e2(
        .d(e2$d),
        .q(e2$q),
        .clock(e2$clock)
    );
    top$mr_tx$e3 e3(
        .d(e3$d),
        .q(e3$q),
        .clock(e3$clock)
    );
    
    // Update code
    always @(*) begin
        sweep$clock = clock;
        sweep_row$clock = clock;
        accepting$clock = clock;
        credits_used$clock = clock;
        s1_valid$clock = clock;
        s1_key$clock = clock;
        s1_pd$clock = clock;
        s1_va$clock = clock;
        s1_len$clock = clock;
        s1_local_write$clock = clock;
        s1_remote_write$clock = clock;
        s2_valid$clock = clock;
        s2_row$clock = clock;
        s2_key$clock = clock;
        s2_pd$clock = clock;
        s2_va$clock = clock;
        s2_len$clock = clock;
        s2_local_write$clock = clock;
        s2_remote_write$clock = clock;
        fifo_valid$clock = clock;
        e0$clock = clock;
        e1$clock = clock;
        e2$clock = clock;
        e3$clock = clock;
        sweep$d = sweep$q;
        sweep_row$d = sweep_row$q;
        accepting$d = accepting$q;
        credits_used$d = credits_used$q;
        s1_valid$d = s1_valid$q;
        s1_key$d = s1_key$q;
        s1_pd$d = s1_pd$q;
        s1_va$d = s1_va$q;
        s1_len$d = s1_len$q;
        s1_local_write$d = s1_local_write$q;
        s1_remote_write$d = s1_remote_write$q;
        s2_valid$d = s2_valid$q;
        s2_row$d = s2_row$q;
        s2_key$d = s2_key$q;
        s2_pd$d = s2_pd$q;
        s2_va$d = s2_va$q;
        s2_len$d = s2_len$q;
        s2_local_write$d = s2_local_write$q;
        s2_remote_write$d = s2_remote_write$q;
        fifo_valid$d = fifo_valid$q;
        e0$d = e0$q;
        e1$d = e1$q;
        e2$d = e2$q;
        e3$d = e3$q;
        ram$read_clock = clock;
        ram$write_clock = clock;
        cmd_ready = accepting$q;
        row_valid = 32'h1;
        commit_row = row_valid | (((cmd_staged[(32'h100)+:(3)]) & 256'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h1) | (((cmd_staged[(32'he0)+:(16)]) & 256'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h8) | (((cmd_staged[(32'h20)+:(32)]) & 256'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h20) | (((cmd_staged[(32'h40)+:(64)]) & 256'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h40) | (((cmd_staged[(32'ha0)+:(64)]) & 256'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h80) | (((cmd_staged[(32'h80)+:(32)]) & 256'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'hc0);
        ram$write_address = cmd_sel;
        ram$write_data = 32'h0;
        if (cmd_op == 32'h1) begin
            ram$write_data = commit_row;
        end
        ram$write_enable = cmd_valid & accepting$q;
        if (sweep$q) begin
            ram$write_enable = 1'b1;
            ram$write_address = sweep_row$q;
            ram$write_data = 32'h0;
            sweep_row$d = sweep_row$q + 32'h1;
            if (&sweep_row$q) begin
                sweep$d = 1'b0;
            end
        end
        chk_ready = accepting$q & (credits_used$q < 32'h4);
        accept = chk_valid & chk_ready;
        idx = chk_key[(32'h0)+:(10)];
        ram$read_address = idx;
        s1_valid$d = accept;
        s1_key$d = chk_key;
        s1_pd$d = chk_pd;
        s1_va$d = chk_va;
        s1_len$d = chk_len;
        s1_local_write$d = chk_need_local_write;
        s1_remote_write$d = chk_need_remote_write;
        s2_valid$d = s1_valid$q;
        s2_row$d = ram$read_data;
        s2_key$d = s1_key$q;
        s2_pd$d = s1_pd$q;
        s2_va$d = s1_va$q;
        s2_len$d = s1_len$q;
        s2_local_write$d = s1_local_write$q;
        s2_remote_write$d = s1_remote_write$q;
        check$row = s2_row$q;
        check$key = s2_key$q;
        check$pd = s2_pd$q;
        check$addr = s2_va$q;
        check$len = s2_len$q;
        check$need_local_write = s2_local_write$q;
        check$need_remote_write = s2_remote_write$q;
        verdict = ((check$ok) & 65'h1ffffffffffffffff) | (((check$iova) & 65'h1ffffffffffffffff) << 32'h1);
        pop = fifo_valid$q[32'h0] & res_ready;
        kept = fifo_valid$q;
        if (pop) begin
            kept = fifo_valid$q >> 32'h1;
            e0$d = e1$q;
            e1$d = e2$q;
            e2$d = e3$q;
        end
        one4 = 32'h1;
        free = kept ^ ((kept << 32'h1) | one4);
        if (s2_valid$q) begin
            if (free[32'h0]) begin
                e0$d = verdict;
            end
            if (free[32'h1]) begin
                e1$d = verdict;
            end
            if (free[32'h2]) begin
                e2$d = verdict;
            end
            if (free[32'h3]) begin
                e3$d = verdict;
            end
            fifo_valid$d = kept | free;
        end
        else begin
            fifo_valid$d = kept;
        end
        credits_used$d = credits_used$q + ((accept) & 3'h7) - ((pop) & 3'h7);
        res_valid = fifo_valid$q[32'h0];
        res_ok = e0$q[32'h0];
        res_iova = e0$q[(32'h1)+:(64)];
        idle = ~|credits_used$q & ~sweep$q;
        accepting$d = ~sweep$q;
        if (reset) begin
            sweep$d = 1'b1;
            sweep_row$d = 32'h0;
            accepting$d = 1'b0;
            credits_used$d = 32'h0;
            s1_valid$d = 1'b0;
            s2_valid$d = 1'b0;
            fifo_valid$d = 32'h0;
        end
    end
    
endmodule // top$mr_tx


module top$mr_tx$accepting(d,q,clock);
    
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
          
endmodule // top$mr_tx$accepting


module top$mr_tx$check(row,key,pd,addr,len,need_local_write,need_remote_write,ok,iova);
    
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
    
endmodule // top$mr_tx$check


module top$mr_tx$credits_used(d,q,clock);
    
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
          
endmodule // top$mr_tx$credits_used


module top$mr_tx$e0(d,q,clock);
    
    // Module arguments
    input wire  [64:0] d;
    output reg  [64:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 65'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mr_tx$e0


module top$mr_tx$e1(d,q,clock);
    
    // Module arguments
    input wire  [64:0] d;
    output reg  [64:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 65'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mr_tx$e1


module top$mr_tx$e2(d,q,clock);
    
    // Module arguments
    input wire  [64:0] d;
    output reg  [64:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 65'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mr_tx$e2


module top$mr_tx$e3(d,q,clock);
    
    // Module arguments
    input wire  [64:0] d;
    output reg  [64:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 65'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mr_tx$e3


module top$mr_tx$fifo_valid(d,q,clock);
    
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
          
endmodule // top$mr_tx$fifo_valid


module top$mr_tx$ram(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [9:0] read_address;
    input wire  read_clock;
    output reg  [255:0] read_data;
    input wire  [9:0] write_address;
    input wire  write_clock;
    input wire  [255:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[255:0] mem[1023:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // top$mr_tx$ram


module top$mr_tx$s1_key(d,q,clock);
    
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
          
endmodule // top$mr_tx$s1_key


module top$mr_tx$s1_len(d,q,clock);
    
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
          
endmodule // top$mr_tx$s1_len


module top$mr_tx$s1_local_write(d,q,clock);
    
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
          
endmodule // top$mr_tx$s1_local_write


module top$mr_tx$s1_pd(d,q,clock);
    
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
          
endmodule // top$mr_tx$s1_pd


module top$mr_tx$s1_remote_write(d,q,clock);
    
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
          
endmodule // top$mr_tx$s1_remote_write


module top$mr_tx$s1_va(d,q,clock);
    
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
          
endmodule // top$mr_tx$s1_va


module top$mr_tx$s1_valid(d,q,clock);
    
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
          
endmodule // top$mr_tx$s1_valid


module top$mr_tx$s2_key(d,q,clock);
    
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
          
endmodule // top$mr_tx$s2_key


module top$mr_tx$s2_len(d,q,clock);
    
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
          
endmodule // top$mr_tx$s2_len


module top$mr_tx$s2_local_write(d,q,clock);
    
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
          
endmodule // top$mr_tx$s2_local_write


module top$mr_tx$s2_pd(d,q,clock);
    
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
          
endmodule // top$mr_tx$s2_pd


module top$mr_tx$s2_remote_write(d,q,clock);
    
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
          
endmodule // top$mr_tx$s2_remote_write


module top$mr_tx$s2_row(d,q,clock);
    
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
          
endmodule // top$mr_tx$s2_row


module top$mr_tx$s2_va(d,q,clock);
    
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
          
endmodule // top$mr_tx$s2_va


module top$mr_tx$s2_valid(d,q,clock);
    
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
          
endmodule // top$mr_tx$s2_valid


module top$mr_tx$sweep(d,q,clock);
    
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
          
endmodule // top$mr_tx$sweep


module top$mr_tx$sweep_row(d,q,clock);
    
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
          
endmodule // top$mr_tx$sweep_row


module top$parser(clock,reset,f_valid,f_ready,f_data,f_keep,f_last,f_len,p_valid,p_ready,p_discard,p_opcode,p_solicited,p_dest_qpn,p_ack_req,p_psn,p_src_ip,p_udp_sport,p_has_reth,p_has_aeth,p_has_imm,p_has_atomic,p_has_atomic_ack,p_va,p_rkey,p_dma_len,p_aeth_syndrome,p_aeth_msn,p_imm,p_swap,p_compare,p_payload_len,pl_valid,pl_ready,pl_data,pl_keep,pl_last,cnt_malformed,cnt_bad_pkey,idle);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  f_valid;
    output reg  f_ready;
    input wire  [63:0] f_data;
    input wire  [7:0] f_keep;
    input wire  f_last;
    input wire  [13:0] f_len;
    output reg  p_valid;
    input wire  p_ready;
    input wire  p_discard;
    output reg  [7:0] p_opcode;
    output reg  p_solicited;
    output reg  [23:0] p_dest_qpn;
    output reg  p_ack_req;
    output reg  [23:0] p_psn;
    output reg  [31:0] p_src_ip;
    output reg  [15:0] p_udp_sport;
    output reg  p_has_reth;
    output reg  p_has_aeth;
    output reg  p_has_imm;
    output reg  p_has_atomic;
    output reg  p_has_atomic_ack;
    output reg  [63:0] p_va;
    output reg  [31:0] p_rkey;
    output reg  [31:0] p_dma_len;
    output reg  [7:0] p_aeth_syndrome;
    output reg  [23:0] p_aeth_msn;
    output reg  [31:0] p_imm;
    output reg  [63:0] p_swap;
    output reg  [63:0] p_compare;
    output reg  [13:0] p_payload_len;
    output reg  pl_valid;
    input wire  pl_ready;
    output reg  [63:0] pl_data;
    output reg  [7:0] pl_keep;
    output reg  pl_last;
    output reg  cnt_malformed;
    output reg  cnt_bad_pkey;
    output reg  idle;
    
    // Constant declarations
    localparam  k_one = 8'h1;
    
    // Enums
    localparam ParsePhase$Collect = 0;
    localparam ParsePhase$Check1 = 1;
    localparam ParsePhase$Check2 = 2;
    localparam ParsePhase$Hold = 3;
    localparam ParsePhase$Rest = 4;
    
    // Stub signals
    reg  fifo$clock;
    reg  fifo$reset;
    reg  fifo$in_valid;
    wire  fifo$in_ready;
    reg  [63:0] fifo$in_data;
    reg  [7:0] fifo$in_keep;
    reg  fifo$in_last;
    wire  fifo$out_valid;
    reg  fifo$out_ready;
    wire  [63:0] fifo$out_data;
    wire  [7:0] fifo$out_keep;
    wire  fifo$out_last;
    wire  fifo$empty;
    reg  [63:0] swap$word_in;
    wire  [63:0] swap$word_out;
    reg  [2:0] phase$d;
    wire  [2:0] phase$q;
    reg  phase$clock;
    reg  [703:0] hdr$d;
    wire  [703:0] hdr$q;
    reg  hdr$clock;
    reg  [3:0] idx$d;
    wire  [3:0] idx$q;
    reg  idx$clock;
    reg  ended$d;
    wire  ended$q;
    reg  ended$clock;
    reg  [13:0] len$d;
    wire  [13:0] len$q;
    reg  len$clock;
    reg  [6:0] hdr_len$d;
    wire  [6:0] hdr_len$q;
    reg  hdr_len$clock;
    reg  known$d;
    wire  known$q;
    reg  known$clock;
    reg  may_carry$d;
    wire  may_carry$q;
    reg  may_carry$clock;
    reg  [18:0] sum_a$d;
    wire  [18:0] sum_a$q;
    reg  sum_a$clock;
    reg  [18:0] sum_b$d;
    wire  [18:0] sum_b$q;
    reg  sum_b$clock;
    reg  fixed_ok$d;
    wire  fixed_ok$q;
    reg  fixed_ok$clock;
    reg  [13:0] payload_len$d;
    wire  [13:0] payload_len$q;
    reg  payload_len$clock;
    reg  bad$d;
    wire  bad$q;
    reg  bad$clock;
    reg  bad_pkey$d;
    wire  bad_pkey$q;
    reg  bad_pkey$clock;
    reg  cmd_valid$d;
    wire  cmd_valid$q;
    reg  cmd_valid$clock;
    reg  c_emit$d;
    wire  c_emit$q;
    reg  c_emit$clock;
    reg  [3:0] c_k0$d;
    wire  [3:0] c_k0$q;
    reg  c_k0$clock;
    reg  [2:0] c_off$d;
    wire  [2:0] c_off$q;
    reg  c_off$clock;
    reg  [13:0] c_left$d;
    wire  [13:0] c_left$q;
    reg  c_left$clock;
    reg  [3:0] o_idx$d;
    wire  [3:0] o_idx$q;
    reg  o_idx$clock;
    reg  [63:0] prev$d;
    wire  [63:0] prev$q;
    reg  prev$clock;
    
    // Local signals
    reg  take;
    reg  [7:0] op;
    reg  cls_reth;
    reg  cls_aeth;
    reg  cls_imm;
    reg  cls_atomic;
    reg  cls_atomic_ack;
    reg  [6:0] ext;
    reg  [1:0] pad;
    reg  [13:0] need;
    reg  [18:0] sum;
    reg  [18:0] fold;
    reg  [15:0] fold16;
    reg  post;
    reg  want;
    reg  pop;
    reg  [63:0] shifted;
    reg  [7:0] left_mask;
    reg  [703:0] slot;
    reg  [15:0] ip_want;
    reg  [15:0] udp_want;
    
    // Sub module instances
    top$parser$fifo fifo(
        .clock(fifo$clock),
        .reset(fifo$reset),
        .in_valid(fifo$in_valid),
        .in_ready(fifo$in_ready),
        .in_data(fifo$in_data),
        .in_keep(fifo$in_keep),
        .in_last(fifo$in_last),
        .out_valid(fifo$out_valid),
        .out_ready(fifo$out_ready),
        .out_data(fifo$out_data),
        .out_keep(fifo$out_keep),
        .out_last(fifo$out_last),
        .empty(fifo$empty)
    );
    top$parser$swap swap(
        .word_in(swap$word_in),
        .word_out(swap$word_out)
    );
    top$parser$phase phase(
        .d(phase$d),
        .q(phase$q),
        .clock(phase$clock)
    );
    top$parser$hdr hdr(
        .d(hdr$d),
        .q(hdr$q),
        .clock(hdr$clock)
    );
    top$parser$idx idx(
        .d(idx$d),
        .q(idx$q),
        .clock(idx$clock)
    );
    top$parser$ended ended(
        .d(ended$d),
        .q(ended$q),
        .clock(ended$clock)
    );
    top$parser$len len(
        .d(len$d),
        .q(len$q),
        .clock(len$clock)
    );
    top$parser$hdr_len hdr_len(
        .d(hdr_len$d),
        .q(hdr_len$q),
        .clock(hdr_len$clock)
    );
    top$parser$known known(
        .d(known$d),
        .q(known$q),
        .clock(known$clock)
    );
    top$parser$may_carry may_carry(
        .d(may_carry$d),
        .q(may_carry$q),
        .clock(may_carry$clock)
    );
    top$parser$sum_a sum_a(
        .d(sum_a$d),
        .q(sum_a$q),
        .clock(sum_a$clock)
    );
    top$parser$sum_b sum_b(
        .d(sum_b$d),
        .q(sum_b$q),
        .clock(sum_b$clock)
    );
    top$parser$fixed_ok fixed_ok(
        .d(fixed_ok$d),
        .q(fixed_ok$q),
        .clock(fixed_ok$clock)
    );
    top$parser$payload_len payload_len(
        .d(payload_len$d),
        .q(payload_len$q),
        .clock(payload_len$clock)
    );
    top$parser$bad bad(
        .d(bad$d),
        .q(bad$q),
        .clock(bad$clock)
    );
    top$parser$bad_pkey bad_pkey(
        .d(bad_pkey$d),
        .q(bad_pkey$q),
        .clock(bad_pkey$clock)
    );
    top$parser$cmd_valid cmd_valid(
        .d(cmd_valid$d),
        .q(cmd_valid$q),
        .clock(cmd_valid$clock)
    );
    top$parser$c_emit c_emit(
        .d(c_emit$d),
        .q(c_emit$q),
        .clock(c_emit$clock)
    );
    top$parser$c_k0 c_k0(
        .d(c_k0$d),
        .q(c_k0$q),
        .clock(c_k0$clock)
    );
    top$parser$c_off c_off(
        .d(c_off$d),
        .q(c_off$q),
        .clock(c_off$clock)
    );
    top$parser$c_left c_left(
        .d(c_left$d),
        .q(c_left$q),
        .clock(c_left$clock)
    );
    top$parser$o_idx o_idx(
        .d(o_idx$d),
        .q(o_idx$q),
        .clock(o_idx$clock)
    );
    top$parser$prev prev(
        .d(prev$d),
        .q(prev$q),
        .clock(prev$clock)
    );
    
    // Update code
    always @(*) begin
        phase$clock = clock;
        hdr$clock = clock;
        idx$clock = clock;
        ended$clock = clock;
        len$clock = clock;
        hdr_len$clock = clock;
        known$clock = clock;
        may_carry$clock = clock;
        sum_a$clock = clock;
        sum_b$clock = clock;
        fixed_ok$clock = clock;
        payload_len$clock = clock;
        bad$clock = clock;
        bad_pkey$clock = clock;
        cmd_valid$clock = clock;
        c_emit$clock = clock;
        c_k0$clock = clock;
        c_off$clock = clock;
        c_left$clock = clock;
        o_idx$clock = clock;
        prev$clock = clock;
        phase$d = phase$q;
        hdr$d = hdr$q;
        idx$d = idx$q;
        ended$d = ended$q;
        len$d = len$q;
        hdr_len$d = hdr_len$q;
        known$d = known$q;
        may_carry$d = may_carry$q;
        sum_a$d = sum_a$q;
        sum_b$d = sum_b$q;
        fixed_ok$d = fixed_ok$q;
        payload_len$d = payload_len$q;
        bad$d = bad$q;
        bad_pkey$d = bad_pkey$q;
        cmd_valid$d = cmd_valid$q;
        c_emit$d = c_emit$q;
        c_k0$d = c_k0$q;
        c_off$d = c_off$q;
        c_left$d = c_left$q;
        o_idx$d = o_idx$q;
        prev$d = prev$q;
        fifo$clock = clock;
        fifo$reset = reset;
        take = f_valid & fifo$in_ready & ((phase$q == ParsePhase$Collect) | ~ended$q);
        f_ready = fifo$in_ready & ((phase$q == ParsePhase$Collect) | ~ended$q);
        fifo$in_valid = take;
        fifo$in_data = f_data;
        fifo$in_keep = f_keep;
        fifo$in_last = f_last;
        swap$word_in = f_data;
        slot = ((swap$word_out) & 704'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
        if (take) begin
            if (phase$q == ParsePhase$Collect) begin
                if (idx$q == 32'h1) begin
                    hdr$d = hdr$q | (slot << 32'h240);
                end
                if (idx$q == 32'h2) begin
                    hdr$d = hdr$q | (slot << 32'h200);
                end
                if (idx$q == 32'h3) begin
                    hdr$d = hdr$q | (slot << 32'h1c0);
                end
                if (idx$q == 32'h4) begin
                    hdr$d = hdr$q | (slot << 32'h180);
                end
                if (idx$q == 32'h5) begin
                    hdr$d = hdr$q | (slot << 32'h140);
                end
                if (idx$q == 32'h6) begin
                    hdr$d = hdr$q | (slot << 32'h100);
                end
                if (idx$q == 32'h7) begin
                    hdr$d = hdr$q | (slot << 32'hc0);
                end
                if (idx$q == 32'h8) begin
                    hdr$d = hdr$q | (slot << 32'h80);
                end
                if (idx$q == 32'h9) begin
                    hdr$d = hdr$q | (slot << 32'h40);
                end
                if (idx$q == 32'ha) begin
                    hdr$d = hdr$q | (slot << 32'h0);
                end
                if (idx$q == 32'h0) begin
                    hdr$d = ((swap$word_out) & 704'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h280;
                    len$d = f_len;
                end
                idx$d = idx$q + 32'h1;
                if (f_last | (idx$q == 32'ha)) begin
                    phase$d = ParsePhase$Check1;
                end
            end
            ended$d = f_last;
        end
        op = hdr$q[(32'h2c0 - 32'h8 * 32'h2b)+:(8)];
        cls_reth = (op == 32'h6) | (op == 32'ha) | (op == 32'hb) | (op == 32'hc);
        cls_aeth = (op == 32'hd) | (op == 32'hf) | (op == 32'h10) | (op == 32'h11) | (op == 32'h12);
        cls_imm = (op == 32'h3) | (op == 32'h5) | (op == 32'h9) | (op == 32'hb);
        cls_atomic = (op == 32'h13) | (op == 32'h14);
        cls_atomic_ack = op == 32'h12;
        ext = 32'h0;
        if (cls_reth) begin
            ext = 32'h10;
        end
        if (cls_aeth) begin
            ext = 32'h4;
        end
        if (cls_atomic) begin
            ext = 32'h1c;
        end
        if (cls_atomic_ack) begin
            ext = 32'hc;
        end
        if (cls_imm) begin
            ext = ext + 32'h4;
        end
        sum = 32'h0;
        sum = sum + ((hdr$q[(32'h240)+:(16)]) & 19'h7ffff);
        sum = sum + ((hdr$q[(32'h230)+:(16)]) & 19'h7ffff);
        sum = sum + ((hdr$q[(32'h220)+:(16)]) & 19'h7ffff);
        sum = sum + ((hdr$q[(32'h210)+:(16)]) & 19'h7ffff);
        sum = sum + ((hdr$q[(32'h200)+:(16)]) & 19'h7ffff);
        fold = 32'h0;
        fold = fold + ((hdr$q[(32'h1f0)+:(16)]) & 19'h7ffff);
        fold = fold + ((hdr$q[(32'h1e0)+:(16)]) & 19'h7ffff);
        fold = fold + ((hdr$q[(32'h1d0)+:(16)]) & 19'h7ffff);
        fold = fold + ((hdr$q[(32'h1c0)+:(16)]) & 19'h7ffff);
        fold = fold + ((hdr$q[(32'h1b0)+:(16)]) & 19'h7ffff);
        ip_want = ((len$q) & 16'hffff) - 32'he;
        udp_want = ((len$q) & 16'hffff) - 32'h22;
        if (phase$q == ParsePhase$Check1) begin
            phase$d = ParsePhase$Check2;
            hdr_len$d = ext + 32'h36;
            known$d = op <= 32'h14;
            may_carry$d = (op <= 32'hb) | ((op >= 32'hd) & (op <= 32'h10));
            sum_a$d = sum;
            sum_b$d = fold;
            fixed_ok$d = (hdr$q[(32'h2c0 - 32'h8 * 32'hf)+:(8)] == 32'h45) & (hdr$q[(32'h2c0 - 32'h8 * 32'h16)+:(14)] == 32'h0) & (hdr$q[(32'h2c0 - 32'h8 * 32'h2c)+:(4)] == 32'h0) & (ip_want == hdr$q[(32'h2c0 - 32'h8 * 32'h12)+:(16)]) & (udp_want == hdr$q[(32'h2c0 - 32'h8 * 32'h28)+:(16)]) & (len$q >= 32'h3a);
        end
        pad = hdr$q[(32'h2c0 - 32'h8 * 32'h2c + 32'h4)+:(2)];
        need = ((hdr_len$q) & 14'h3fff) + ((pad) & 14'h3fff) + 32'h4;
        fold = sum_a$q + sum_b$q;
        fold = ((fold[(32'h0)+:(16)]) & 19'h7ffff) + ((fold[(32'h10)+:(3)]) & 19'h7ffff);
        fold = ((fold[(32'h0)+:(16)]) & 19'h7ffff) + ((fold[(32'h10)+:(3)]) & 19'h7ffff);
        fold16 = fold[(32'h0)+:(16)];
        if (phase$q == ParsePhase$Check2) begin
            phase$d = ParsePhase$Hold;
            payload_len$d = len$q - need;
            bad$d = ~fixed_ok$q | ~known$q | (fold16 != 32'hffff) | (len$q < need) | (~may_carry$q & (len$q != need));
            bad_pkey$d = hdr$q[(32'h2c0 - 32'h8 * 32'h2e)+:(15)] != 32'h7fff;
        end
        p_opcode = hdr$q[(32'h2c0 - 32'h8 * 32'h2b)+:(8)];
        p_solicited = hdr$q[32'h2c0 - 32'h8 * 32'h2c + 32'h7];
        p_dest_qpn = hdr$q[(32'h2c0 - 32'h8 * 32'h32)+:(24)];
        p_ack_req = hdr$q[32'h2c0 - 32'h8 * 32'h33 + 32'h7];
        p_psn = hdr$q[(32'h2c0 - 32'h8 * 32'h36)+:(24)];
        p_src_ip = hdr$q[(32'h2c0 - 32'h8 * 32'h1e)+:(32)];
        p_udp_sport = hdr$q[(32'h2c0 - 32'h8 * 32'h24)+:(16)];
        p_has_reth = cls_reth;
        p_has_aeth = cls_aeth;
        p_has_imm = cls_imm;
        p_has_atomic = cls_atomic;
        p_has_atomic_ack = cls_atomic_ack;
        p_va = hdr$q[(32'h2c0 - 32'h8 * 32'h3e)+:(64)];
        p_rkey = hdr$q[(32'h2c0 - 32'h8 * 32'h42)+:(32)];
        p_dma_len = hdr$q[(32'h2c0 - 32'h8 * 32'h46)+:(32)];
        p_aeth_syndrome = hdr$q[(32'h2c0 - 32'h8 * 32'h37)+:(8)];
        p_aeth_msn = hdr$q[(32'h2c0 - 32'h8 * 32'h3a)+:(24)];
        p_imm = hdr$q[(32'h2c0 - 32'h8 * 32'h3a)+:(32)];
        if (cls_reth) begin
            p_imm = hdr$q[(32'h2c0 - 32'h8 * 32'h4a)+:(32)];
        end
        p_swap = hdr$q[(32'h2c0 - 32'h8 * 32'h4a)+:(64)];
        if (cls_atomic_ack) begin
            p_swap = hdr$q[(32'h2c0 - 32'h8 * 32'h42)+:(64)];
        end
        p_compare = hdr$q[(32'h2c0 - 32'h8 * 32'h52)+:(64)];
        p_payload_len = payload_len$q;
        p_valid = (phase$q == ParsePhase$Hold) & ~bad$q & ~bad_pkey$q & ~cmd_valid$q;
        post = 1'b0;
        cnt_malformed = 1'b0;
        cnt_bad_pkey = 1'b0;
        if ((phase$q == ParsePhase$Hold) & ~cmd_valid$q) begin
            if (bad$q | bad_pkey$q) begin
                post = 1'b1;
                c_emit$d = 1'b0;
                cnt_malformed = bad$q;
                cnt_bad_pkey = ~bad$q;
            end
            else if (p_ready) begin
                post = 1'b1;
                c_emit$d = ~p_discard & |payload_len$q;
            end
        end
        if (post) begin
            cmd_valid$d = 1'b1;
            c_k0$d = hdr_len$q[(32'h3)+:(4)];
            c_off$d = hdr_len$q[(32'h0)+:(3)];
            c_left$d = payload_len$q;
            o_idx$d = 32'h0;
            idx$d = 32'h0;
            phase$d = ParsePhase$Collect;
            if (~ended$q & ~(take & f_last)) begin
                phase$d = ParsePhase$Rest;
            end
        end
        if ((phase$q == ParsePhase$Rest) & take & f_last) begin
            phase$d = ParsePhase$Collect;
        end
        shifted = fifo$out_data;
        if (c_off$q == 32'h1) begin
            shifted = (prev$q >> 32'h8) | (fifo$out_data << 32'h38);
        end
        if (c_off$q == 32'h2) begin
            shifted = (prev$q >> 32'h10) | (fifo$out_data << 32'h30);
        end
        if (c_off$q == 32'h3) begin
            shifted = (prev$q >> 32'h18) | (fifo$out_data << 32'h28);
        end
        if (c_off$q == 32'h4) begin
            shifted = (prev$q >> 32'h20) | (fifo$out_data << 32'h20);
        end
        if (c_off$q == 32'h5) begin
            shifted = (prev$q >> 32'h28) | (fifo$out_data << 32'h18);
        end
        if (c_off$q == 32'h6) begin
            shifted = (prev$q >> 32'h30) | (fifo$out_data << 32'h10);
        end
        if (c_off$q == 32'h7) begin
            shifted = (prev$q >> 32'h38) | (fifo$out_data << 32'h8);
        end
        want = cmd_valid$q & c_emit$q & |c_left$q & ((o_idx$q > c_k0$q) | ((o_idx$q == c_k0$q) & ~|c_off$q));
        pop = cmd_valid$q & fifo$out_valid & (~want | pl_ready);
        fifo$out_ready = pop;
        pl_valid = want & fifo$out_valid;
        pl_data = shifted;
        pl_last = c_left$q <= 32'h8;
        left_mask = (k_one << ((c_left$q[(32'h0)+:(3)]) & 8'hff)) - k_one;
        pl_keep = 32'hff;
        if ((c_left$q < 32'h8) & |c_left$q) begin
            pl_keep = left_mask;
        end
        if (pop) begin
            prev$d = fifo$out_data;
            if (o_idx$q != 32'hf) begin
                o_idx$d = o_idx$q + 32'h1;
            end
            if (want) begin
                if (c_left$q <= 32'h8) begin
                    c_left$d = 32'h0;
                end
                else begin
                    c_left$d = c_left$q - 32'h8;
                end
            end
            if (fifo$out_last) begin
                cmd_valid$d = 1'b0;
            end
        end
        idle = (phase$q == ParsePhase$Collect) & (idx$q == 32'h0) & ~cmd_valid$q & fifo$empty;
        if (reset) begin
            phase$d = ParsePhase$Collect;
            idx$d = 32'h0;
            ended$d = 1'b1;
            cmd_valid$d = 1'b0;
        end
    end
    
endmodule // top$parser


module top$parser$bad(d,q,clock);
    
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
          
endmodule // top$parser$bad


module top$parser$bad_pkey(d,q,clock);
    
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
          
endmodule // top$parser$bad_pkey


module top$parser$c_emit(d,q,clock);
    
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
          
endmodule // top$parser$c_emit


module top$parser$c_k0(d,q,clock);
    
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
          
endmodule // top$parser$c_k0


module top$parser$c_left(d,q,clock);
    
    // Module arguments
    input wire  [13:0] d;
    output reg  [13:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 14'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$parser$c_left


module top$parser$c_off(d,q,clock);
    
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
          
endmodule // top$parser$c_off


module top$parser$cmd_valid(d,q,clock);
    
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
          
endmodule // top$parser$cmd_valid


module top$parser$ended(d,q,clock);
    
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
          
endmodule // top$parser$ended


module top$parser$fifo(clock,reset,in_valid,in_ready,in_data,in_keep,in_last,out_valid,out_ready,out_data,out_keep,out_last,empty);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  in_valid;
    output reg  in_ready;
    input wire  [63:0] in_data;
    input wire  [7:0] in_keep;
    input wire  in_last;
    output reg  out_valid;
    input wire  out_ready;
    output reg  [63:0] out_data;
    output reg  [7:0] out_keep;
    output reg  out_last;
    output reg  empty;
    
    // Stub signals
    reg  [3:0] ram$read_address;
    reg  ram$read_clock;
    wire  [72:0] ram$read_data;
    reg  [3:0] ram$write_address;
    reg  ram$write_clock;
    reg  [72:0] ram$write_data;
    reg  ram$write_enable;
    reg  [4:0] wp$d;
    wire  [4:0] wp$q;
    reg  wp$clock;
    reg  [4:0] rp$d;
    wire  [4:0] rp$q;
    reg  rp$clock;
    reg  full$d;
    wire  full$q;
    reg  full$clock;
    reg  inflight$d;
    wire  inflight$q;
    reg  inflight$clock;
    reg  a_valid$d;
    wire  a_valid$q;
    reg  a_valid$clock;
    reg  [72:0] a$d;
    wire  [72:0] a$q;
    reg  a$clock;
    reg  b_valid$d;
    wire  b_valid$q;
    reg  b_valid$clock;
    reg  [72:0] b$d;
    wire  [72:0] b$q;
    reg  b$clock;
    
    // Local signals
    reg  push;
    reg  consume;
    reg  [1:0] entries;
    reg  issue;
    reg  [4:0] wp_next;
    reg  [4:0] rp_next;
    
    // Sub module instances
    top$parser$fifo$ram ram(
        .read_address(ram$read_address),
        .read_clock(ram$read_clock),
        .read_data(ram$read_data),
        .write_address(ram$write_address),
        .write_clock(ram$write_clock),
        .write_data(ram$write_data),
        .write_enable(ram$write_enable)
    );
    top$parser$fifo$wp wp(
        .d(wp$d),
        .q(wp$q),
        .clock(wp$clock)
    );
    top$parser$fifo$rp rp(
        .d(rp$d),
        .q(rp$q),
        .clock(rp$clock)
    );
    top$parser$fifo$full full(
        .d(full$d),
        .q(full$q),
        .clock(full$clock)
    );
    top$parser$fifo$inflight inflight(
        .d(inflight$d),
        .q(inflight$q),
        .clock(inflight$clock)
    );
    top$parser$fifo$a_valid a_valid(
        .d(a_valid$d),
        .q(a_valid$q),
        .clock(a_valid$clock)
    );
    top$parser$fifo$a a(
        .d(a$d),
        .q(a$q),
        .clock(a$clock)
    );
    top$parser$fifo$b_valid b_valid(
        .d(b_valid$d),
        .q(b_valid$q),
        .clock(b_valid$clock)
    );
    top$parser$fifo$b b(
        .d(b$d),
        .q(b$q),
        .clock(b$clock)
    );
    
    // Update code
    always @(*) begin
        wp$clock = clock;
        rp$clock = clock;
        full$clock = clock;
        inflight$clock = clock;
        a_valid$clock = clock;
        a$clock = clock;
        b_valid$clock = clock;
        b$clock = clock;
        wp$d = wp$q;
        rp$d = rp$q;
        full$d = full$q;
        inflight$d = inflight$q;
        a_valid$d = a_valid$q;
        a$d = a$q;
        b_valid$d = b_valid$q;
        b$d = b$q;
        ram$read_clock = clock;
        ram$write_clock = clock;
        in_ready = ~full$q;
        push = in_valid & ~full$q;
        ram$write_enable = push;
        ram$write_address = wp$q[(32'h0)+:(4)];
        ram$write_data = (((in_data) & 73'h1ffffffffffffffffff) << 32'h9) | (((in_keep) & 73'h1ffffffffffffffffff) << 32'h1) | ((in_last) & 73'h1ffffffffffffffffff);
        wp_next = wp$q;
        if (push) begin
            wp_next = wp$q + 32'h1;
        end
        wp$d = wp_next;
        consume = a_valid$q & out_ready;
        entries = ((a_valid$q) & 2'h3) + ((b_valid$q) & 2'h3) + ((inflight$q) & 2'h3);
        issue = (rp$q != wp$q) & ((entries < 32'h2) | ((entries == 32'h2) & consume));
        ram$read_address = rp$q[(32'h0)+:(4)];
        rp_next = rp$q;
        if (issue) begin
            rp_next = rp$q + 32'h1;
        end
        rp$d = rp_next;
        inflight$d = issue;
        full$d = (wp_next[(32'h0)+:(4)] == rp_next[(32'h0)+:(4)]) & (wp_next[32'h4] != rp_next[32'h4]);
        if (consume) begin
            if (b_valid$q) begin
                a$d = b$q;
                b_valid$d = 1'b0;
                if (inflight$q) begin
                    b_valid$d = 1'b1;
                    b$d = ram$read_data;
                end
            end
            else if (inflight$q) begin
                a$d = ram$read_data;
            end
            else begin
                a_valid$d = 1'b0;
            end
        end
        else if (inflight$q) begin
            if (a_valid$q) begin
                b_valid$d = 1'b1;
                b$d = ram$read_data;
            end
            else begin
                a_valid$d = 1'b1;
                a$d = ram$read_data;
            end
        end
        out_valid = a_valid$q;
        out_data = a$q[(32'h9)+:(64)];
        out_keep = a$q[(32'h1)+:(8)];
        out_last = a$q[32'h0];
        empty = ~a_valid$q & ~inflight$q & (rp$q == wp$q);
        if (reset) begin
            wp$d = 32'h0;
            rp$d = 32'h0;
            full$d = 1'b0;
            inflight$d = 1'b0;
            a_valid$d = 1'b0;
            b_valid$d = 1'b0;
        end
    end
    
endmodule // top$parser$fifo


module top$parser$fifo$a(d,q,clock);
    
    // Module arguments
    input wire  [72:0] d;
    output reg  [72:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 73'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$parser$fifo$a


module top$parser$fifo$a_valid(d,q,clock);
    
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
          
endmodule // top$parser$fifo$a_valid


module top$parser$fifo$b(d,q,clock);
    
    // Module arguments
    input wire  [72:0] d;
    output reg  [72:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 73'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$parser$fifo$b


module top$parser$fifo$b_valid(d,q,clock);
    
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
          
endmodule // top$parser$fifo$b_valid


module top$parser$fifo$full(d,q,clock);
    
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
          
endmodule // top$parser$fifo$full


module top$parser$fifo$inflight(d,q,clock);
    
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
          
endmodule // top$parser$fifo$inflight


module top$parser$fifo$ram(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [3:0] read_address;
    input wire  read_clock;
    output reg  [72:0] read_data;
    input wire  [3:0] write_address;
    input wire  write_clock;
    input wire  [72:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[72:0] mem[15:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // top$parser$fifo$ram


module top$parser$fifo$rp(d,q,clock);
    
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
          
endmodule // top$parser$fifo$rp


module top$parser$fifo$wp(d,q,clock);
    
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
          
endmodule // top$parser$fifo$wp


module top$parser$fixed_ok(d,q,clock);
    
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
          
endmodule // top$parser$fixed_ok


module top$parser$hdr(d,q,clock);
    
    // Module arguments
    input wire  [703:0] d;
    output reg  [703:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 704'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$parser$hdr


module top$parser$hdr_len(d,q,clock);
    
    // Module arguments
    input wire  [6:0] d;
    output reg  [6:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 7'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$parser$hdr_len


module top$parser$idx(d,q,clock);
    
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
          
endmodule // top$parser$idx


module top$parser$known(d,q,clock);
    
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
          
endmodule // top$parser$known


module top$parser$len(d,q,clock);
    
    // Module arguments
    input wire  [13:0] d;
    output reg  [13:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 14'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$parser$len


module top$parser$may_carry(d,q,clock);
    
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
          
endmodule // top$parser$may_carry


module top$parser$o_idx(d,q,clock);
    
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
          
endmodule // top$parser$o_idx


module top$parser$payload_len(d,q,clock);
    
    // Module arguments
    input wire  [13:0] d;
    output reg  [13:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 14'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$parser$payload_len


module top$parser$phase(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Enums
    localparam ParsePhase$Collect = 0;
    localparam ParsePhase$Check1 = 1;
    localparam ParsePhase$Check2 = 2;
    localparam ParsePhase$Hold = 3;
    localparam ParsePhase$Rest = 4;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$parser$phase


module top$parser$prev(d,q,clock);
    
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
          
endmodule // top$parser$prev


module top$parser$sum_a(d,q,clock);
    
    // Module arguments
    input wire  [18:0] d;
    output reg  [18:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 19'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$parser$sum_a


module top$parser$sum_b(d,q,clock);
    
    // Module arguments
    input wire  [18:0] d;
    output reg  [18:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 19'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$parser$sum_b


module top$parser$swap(word_in,word_out);
    
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
    
endmodule // top$parser$swap


module top$qps(clock,reset,cmd_valid,cmd_ready,cmd_op,cmd_sel,cmd_staged,init_valid,init_ready,init_qpn,init_fresh,init_state,init_take_sq_psn,init_sq_psn,init_take_rq_psn,init_rq_psn,err_a_valid,err_a_ready,err_a_qpn,err_b_valid,err_b_ready,err_b_qpn,tx_rd_qpn,tx_state,tx_dest_qpn,tx_dmac,tx_dip,tx_pmtu_log2,tx_sq_base,tx_sq_log2,tx_rq_base,tx_rq_log2,tx_scq,tx_rcq,tx_pd,tx_udp_sport,rx_rd_qpn,rx_state,rx_dest_qpn,rx_dmac,rx_dip,rx_pmtu_log2,rx_sq_base,rx_sq_log2,rx_rq_base,rx_rq_log2,rx_scq,rx_rcq,rx_pd,rx_udp_sport,idle);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  cmd_valid;
    output reg  cmd_ready;
    input wire  [1:0] cmd_op;
    input wire  [7:0] cmd_sel;
    input wire  [575:0] cmd_staged;
    output reg  init_valid;
    input wire  init_ready;
    output reg  [7:0] init_qpn;
    output reg  init_fresh;
    output reg  [3:0] init_state;
    output reg  init_take_sq_psn;
    output reg  [23:0] init_sq_psn;
    output reg  init_take_rq_psn;
    output reg  [23:0] init_rq_psn;
    input wire  err_a_valid;
    output reg  err_a_ready;
    input wire  [7:0] err_a_qpn;
    input wire  err_b_valid;
    output reg  err_b_ready;
    input wire  [7:0] err_b_qpn;
    input wire  [7:0] tx_rd_qpn;
    output reg  [3:0] tx_state;
    output reg  [23:0] tx_dest_qpn;
    output reg  [47:0] tx_dmac;
    output reg  [31:0] tx_dip;
    output reg  [3:0] tx_pmtu_log2;
    output reg  [63:0] tx_sq_base;
    output reg  [4:0] tx_sq_log2;
    output reg  [63:0] tx_rq_base;
    output reg  [4:0] tx_rq_log2;
    output reg  [7:0] tx_scq;
    output reg  [7:0] tx_rcq;
    output reg  [15:0] tx_pd;
    output reg  [15:0] tx_udp_sport;
    input wire  [7:0] rx_rd_qpn;
    output reg  [3:0] rx_state;
    output reg  [23:0] rx_dest_qpn;
    output reg  [47:0] rx_dmac;
    output reg  [31:0] rx_dip;
    output reg  [3:0] rx_pmtu_log2;
    output reg  [63:0] rx_sq_base;
    output reg  [4:0] rx_sq_log2;
    output reg  [63:0] rx_rq_base;
    output reg  [4:0] rx_rq_log2;
    output reg  [7:0] rx_scq;
    output reg  [7:0] rx_rcq;
    output reg  [15:0] rx_pd;
    output reg  [15:0] rx_udp_sport;
    output reg  idle;
    
    // Enums
    localparam QpStaticFsm$Idle = 0;
    localparam QpStaticFsm$Cmd = 1;
    localparam QpStaticFsm$Init = 2;
    localparam QpStaticFsm$ErrA = 3;
    localparam QpStaticFsm$ErrB = 4;
    
    // Stub signals
    reg  [7:0] tx_state_ram$read_address;
    reg  tx_state_ram$read_clock;
    wire  [3:0] tx_state_ram$read_data;
    reg  [7:0] tx_state_ram$write_address;
    reg  tx_state_ram$write_clock;
    reg  [3:0] tx_state_ram$write_data;
    reg  tx_state_ram$write_enable;
    reg  [7:0] rx_state_ram$read_address;
    reg  rx_state_ram$read_clock;
    wire  [3:0] rx_state_ram$read_data;
    reg  [7:0] rx_state_ram$write_address;
    reg  rx_state_ram$write_clock;
    reg  [3:0] rx_state_ram$write_data;
    reg  rx_state_ram$write_enable;
    reg  [7:0] cmd_state_ram$read_address;
    reg  cmd_state_ram$read_clock;
    wire  [3:0] cmd_state_ram$read_data;
    reg  [7:0] cmd_state_ram$write_address;
    reg  cmd_state_ram$write_clock;
    reg  [3:0] cmd_state_ram$write_data;
    reg  cmd_state_ram$write_enable;
    reg  [7:0] tx_path_ram$read_address;
    reg  tx_path_ram$read_clock;
    wire  [123:0] tx_path_ram$read_data;
    reg  [7:0] tx_path_ram$write_address;
    reg  tx_path_ram$write_clock;
    reg  [123:0] tx_path_ram$write_data;
    reg  tx_path_ram$write_enable;
    reg  [7:0] rx_path_ram$read_address;
    reg  rx_path_ram$read_clock;
    wire  [123:0] rx_path_ram$read_data;
    reg  [7:0] rx_path_ram$write_address;
    reg  rx_path_ram$write_clock;
    reg  [123:0] rx_path_ram$write_data;
    reg  rx_path_ram$write_enable;
    reg  [7:0] tx_queues_ram$read_address;
    reg  tx_queues_ram$read_clock;
    wire  [169:0] tx_queues_ram$read_data;
    reg  [7:0] tx_queues_ram$write_address;
    reg  tx_queues_ram$write_clock;
    reg  [169:0] tx_queues_ram$write_data;
    reg  tx_queues_ram$write_enable;
    reg  [7:0] rx_queues_ram$read_address;
    reg  rx_queues_ram$read_clock;
    wire  [169:0] rx_queues_ram$read_data;
    reg  [7:0] rx_queues_ram$write_address;
    reg  rx_queues_ram$write_clock;
    reg  [169:0] rx_queues_ram$write_data;
    reg  rx_queues_ram$write_enable;
    reg  [255:0] live$d;
    wire  [255:0] live$q;
    reg  live$clock;
    reg  tx_live$d;
    wire  tx_live$q;
    reg  tx_live$clock;
    reg  rx_live$d;
    wire  rx_live$q;
    reg  rx_live$clock;
    reg  [2:0] fsm$d;
    wire  [2:0] fsm$q;
    reg  fsm$clock;
    reg  [1:0] last$d;
    wire  [1:0] last$q;
    reg  last$clock;
    reg  [7:0] init_qpn_q$d;
    wire  [7:0] init_qpn_q$q;
    reg  init_qpn_q$clock;
    reg  init_fresh_q$d;
    wire  init_fresh_q$q;
    reg  init_fresh_q$clock;
    reg  [3:0] init_state_q$d;
    wire  [3:0] init_state_q$q;
    reg  init_state_q$clock;
    reg  init_take_sq_q$d;
    wire  init_take_sq_q$q;
    reg  init_take_sq_q$clock;
    reg  [23:0] init_sq_psn_q$d;
    wire  [23:0] init_sq_psn_q$q;
    reg  init_sq_psn_q$clock;
    reg  init_take_rq_q$d;
    wire  init_take_rq_q$q;
    reg  init_take_rq_q$clock;
    reg  [23:0] init_rq_psn_q$d;
    wire  [23:0] init_rq_psn_q$q;
    reg  init_rq_psn_q$clock;
    
    // Local signals
    reg  [3:0] old_state;
    reg  [3:0] new_state;
    reg  [123:0] cmd_path;
    reg  [169:0] cmd_queues;
    reg  [255:0] one;
    reg  [255:0] sel_one;
    reg  [7:0] err_qpn;
    reg  write_state;
    reg  write_path;
    reg  write_queues;
    reg  [7:0] wr_qpn;
    reg  [3:0] wr_state;
    reg  pick_cmd;
    reg  pick_a;
    reg  pick_b;
    
    // Sub module instances
    top$qps$tx_state_ram tx_state_ram(
        .read_address(tx_state_ram$read_address),
        .read_clock(tx_state_ram$read_clock),
        .read_data(tx_state_ram$read_data),
        .write_address(tx_state_ram$write_address),
        .write_clock(tx_state_ram$write_clock),
        .write_data(tx_state_ram$write_data),
        .write_enable(tx_state_ram$write_enable)
    );
    top$qps$rx_state_ram rx_state_ram(
        .read_address(rx_state_ram$read_address),
        .read_clock(rx_state_ram$read_clock),
        .read_data(rx_state_ram$read_data),
        .write_address(rx_state_ram$write_address),
        .write_clock(rx_state_ram$write_clock),
        .write_data(rx_state_ram$write_data),
        .write_enable(rx_state_ram$write_enable)
    );
    top$qps$cmd_state_ram cmd_state_ram(
        .read_address(cmd_state_ram$read_address),
        .read_clock(cmd_state_ram$read_clock),
        .read_data(cmd_state_ram$read_data),
        .write_address(cmd_state_ram$write_address),
        .write_clock(cmd_state_ram$write_clock),
        .write_data(cmd_state_ram$write_data),
        .write_enable(cmd_state_ram$write_enable)
    );
    top$qps$tx_path_ram tx_path_ram(
        .read_address(tx_path_ram$read_address),
        .read_clock(tx_path_ram$read_clock),
        .read_data(tx_path_ram$read_data),
        .write_address(tx_path_ram$write_address),
        .write_clock(tx_path_ram$write_clock),
        .write_data(tx_path_ram$write_data),
        .write_enable(tx_path_ram$write_enable)
    );
    top$qps$rx_path_ram rx_path_ram(
        .read_address(rx_path_ram$read_address),
        .read_clock(rx_path_ram$read_clock),
        .read_data(rx_path_ram$read_data),
        .write_address(rx_path_ram$write_address),
        .write_clock(rx_path_ram$write_clock),
        .write_data(rx_path_ram$write_data),
        .write_enable(rx_path_ram$write_enable)
    );
    top$qps$tx_queues_ram tx_queues_ram(
        .read_address(tx_queues_ram$read_address),
        .read_clock(tx_queues_ram$read_clock),
        .read_data(tx_queues_ram$read_data),
        .write_address(tx_queues_ram$write_address),
        .write_clock(tx_queues_ram$write_clock),
        .write_data(tx_queues_ram$write_data),
        .write_enable(tx_queues_ram$write_enable)
    );
    top$qps$rx_queues_ram rx_queues_ram(
        .read_address(rx_queues_ram$read_address),
        .read_clock(rx_queues_ram$read_clock),
        .read_data(rx_queues_ram$read_data),
        .write_address(rx_queues_ram$write_address),
        .write_clock(rx_queues_ram$write_clock),
        .write_data(rx_queues_ram$write_data),
        .write_enable(rx_queues_ram$write_enable)
    );
    top$qps$live live(
        .d(live$d),
        .q(live$q),
        .clock(live$clock)
    );
    top$qps$tx_live tx_live(
        .d(tx_live$d),
        .q(tx_live$q),
        .clock(tx_live$clock)
    );
    top$qps$rx_live rx_live(
        .d(rx_live$d),
        .q(rx_live$q),
        .clock(rx_live$clock)
    );
    top$qps$fsm fsm(
        .d(fsm$d),
        .q(fsm$q),
        .clock(fsm$clock)
    );
    top$qps$last last(
        .d(last$d),
        .q(last$q),
        .clock(last$clock)
    );
    top$qps$init_qpn_q init_qpn_q(
        .d(init_qpn_q$d),
        .q(init_qpn_q$q),
        .clock(init_qpn_q$clock)
    );
    top$qps$init_fresh_q init_fresh_q(
        .d(init_fresh_q$d),
        .q(init_fresh_q$q),
        .clock(init_fresh_q$clock)
    );
    top$qps$init_state_q init_state_q(
        .d(init_state_q$d),
        .q(init_state_q$q),
        .clock(init_state_q$clock)
    );
    top$qps$init_take_sq_q init_take_sq_q(
        .d(init_take_sq_q$d),
        .q(init_take_sq_q$q),
        .clock(init_take_sq_q$clock)
    );
    top$qps$init_sq_psn_q init_sq_psn_q(
        .d(init_sq_psn_q$d),
        .q(init_sq_psn_q$q),
        .clock(init_sq_psn_q$clock)
    );
    top$qps$init_take_rq_q init_take_rq_q(
        .d(init_take_rq_q$d),
        .q(init_take_rq_q$q),
        .clock(init_take_rq_q$clock)
    );
    top$qps$init_rq_psn_q init_rq_psn_q(
        .d(init_rq_psn_q$d),
        .q(init_rq_psn_q$q),
        .clock(init_rq_psn_q$clock)
    );
    
    // Update code
    always @(*) begin
        live$clock = clock;
        tx_live$clock = clock;
        rx_live$clock = clock;
        fsm$clock = clock;
        last$clock = clock;
        init_qpn_q$clock = clock;
        init_fresh_q$clock = clock;
        init_state_q$clock = clock;
        init_take_sq_q$clock = clock;
        init_sq_psn_q$clock = clock;
        init_take_rq_q$clock = clock;
        init_rq_psn_q$clock = clock;
        live$d = live$q;
        tx_live$d = tx_live$q;
        rx_live$d = rx_live$q;
        fsm$d = fsm$q;
        last$d = last$q;
        init_qpn_q$d = init_qpn_q$q;
        init_fresh_q$d = init_fresh_q$q;
        init_state_q$d = init_state_q$q;
        init_take_sq_q$d = init_take_sq_q$q;
        init_sq_psn_q$d = init_sq_psn_q$q;
        init_take_rq_q$d = init_take_rq_q$q;
        init_rq_psn_q$d = init_rq_psn_q$q;
        tx_state_ram$read_clock = clock;
        tx_state_ram$write_clock = clock;
        rx_state_ram$read_clock = clock;
        rx_state_ram$write_clock = clock;
        cmd_state_ram$read_clock = clock;
        cmd_state_ram$write_clock = clock;
        tx_path_ram$read_clock = clock;
        tx_path_ram$write_clock = clock;
        rx_path_ram$read_clock = clock;
        rx_path_ram$write_clock = clock;
        tx_queues_ram$read_clock = clock;
        tx_queues_ram$write_clock = clock;
        rx_queues_ram$read_clock = clock;
        rx_queues_ram$write_clock = clock;
        new_state = cmd_staged[(32'h20)+:(4)];
        cmd_path = ((cmd_staged[(32'h40)+:(24)]) & 124'hfffffffffffffffffffffffffffffff) | (((cmd_staged[(32'ha0)+:(48)]) & 124'hfffffffffffffffffffffffffffffff) << 32'h18) | (((cmd_staged[(32'he0)+:(32)]) & 124'hfffffffffffffffffffffffffffffff) << 32'h48) | (((cmd_staged[(32'h100)+:(4)]) & 124'hfffffffffffffffffffffffffffffff) << 32'h68) | (((cmd_staged[(32'h220)+:(16)]) & 124'hfffffffffffffffffffffffffffffff) << 32'h6c);
        cmd_queues = ((cmd_staged[(32'h120)+:(64)]) & 170'h3ffffffffffffffffffffffffffffffffffffffffff) | (((cmd_staged[(32'h160)+:(5)]) & 170'h3ffffffffffffffffffffffffffffffffffffffffff) << 32'h40) | (((cmd_staged[(32'h180)+:(64)]) & 170'h3ffffffffffffffffffffffffffffffffffffffffff) << 32'h45) | (((cmd_staged[(32'h1c0)+:(5)]) & 170'h3ffffffffffffffffffffffffffffffffffffffffff) << 32'h85) | (((cmd_staged[(32'h1e0)+:(8)]) & 170'h3ffffffffffffffffffffffffffffffffffffffffff) << 32'h8a) | (((cmd_staged[(32'h1f0)+:(8)]) & 170'h3ffffffffffffffffffffffffffffffffffffffffff) << 32'h92) | (((cmd_staged[(32'h200)+:(16)]) & 170'h3ffffffffffffffffffffffffffffffffffffffffff) << 32'h9a);
        one = 32'h1;
        sel_one = one << cmd_sel;
        cmd_state_ram$read_address = cmd_sel;
        old_state = 32'h0;
        if (live$q[cmd_sel]) begin
            old_state = cmd_state_ram$read_data;
        end
        write_state = 1'b0;
        write_path = 1'b0;
        write_queues = 1'b0;
        wr_qpn = cmd_sel;
        wr_state = new_state;
        err_qpn = err_a_qpn;
        if (fsm$q == QpStaticFsm$ErrB) begin
            err_qpn = err_b_qpn;
        end
        pick_cmd = 1'b0;
        pick_a = 1'b0;
        pick_b = 1'b0;
        if (last$q == 32'h0) begin
            if (err_a_valid) begin
                pick_a = 1'b1;
            end
            else if (err_b_valid) begin
                pick_b = 1'b1;
            end
            else if (cmd_valid) begin
                pick_cmd = 1'b1;
            end
        end
        else if (last$q == 32'h1) begin
            if (err_b_valid) begin
                pick_b = 1'b1;
            end
            else if (cmd_valid) begin
                pick_cmd = 1'b1;
            end
            else if (err_a_valid) begin
                pick_a = 1'b1;
            end
        end
        else if (cmd_valid) begin
            pick_cmd = 1'b1;
        end
        else if (err_a_valid) begin
            pick_a = 1'b1;
        end
        else if (err_b_valid) begin
            pick_b = 1'b1;
        end
        case (fsm$q)
            QpStaticFsm$Idle:
                begin
                    if (pick_cmd) begin
                        fsm$d = QpStaticFsm$Cmd;
                        last$d = 32'h0;
                    end
                    else if (pick_a) begin
                        fsm$d = QpStaticFsm$ErrA;
                        last$d = 32'h1;
                    end
                    else if (pick_b) begin
                        fsm$d = QpStaticFsm$ErrB;
                        last$d = 32'h2;
                    end
                end
            QpStaticFsm$Cmd:
                begin
                    fsm$d = QpStaticFsm$Init;
                    init_qpn_q$d = cmd_sel;
                    init_sq_psn_q$d = cmd_staged[(32'h60)+:(24)];
                    init_rq_psn_q$d = cmd_staged[(32'h80)+:(24)];
                    init_fresh_q$d = 1'b0;
                    init_state_q$d = 32'h0;
                    init_take_sq_q$d = 1'b0;
                    init_take_rq_q$d = 1'b0;
                    if (cmd_op == 32'h1) begin
                        write_state = 1'b1;
                        write_path = 1'b1;
                        write_queues = 1'b1;
                        live$d = live$q | sel_one;
                        init_fresh_q$d = 1'b1;
                        init_state_q$d = new_state;
                        init_take_sq_q$d = 1'b1;
                        init_take_rq_q$d = 1'b1;
                    end
                    else if (cmd_op == 32'h3) begin
                        if (live$q[cmd_sel]) begin
                            write_state = 1'b1;
                            write_path = 1'b1;
                            init_state_q$d = new_state;
                            init_take_sq_q$d = (old_state < 32'h3) & (new_state == 32'h3);
                            init_take_rq_q$d = (old_state < 32'h2) & ((new_state == 32'h2) | (new_state == 32'h3));
                        end
                    end
                    else begin
                        live$d = live$q & ~sel_one;
                        init_fresh_q$d = 1'b1;
                    end
                end
            QpStaticFsm$Init:
                begin
                    if (init_ready) begin
                        fsm$d = QpStaticFsm$Idle;
                    end
                end
            QpStaticFsm$ErrA:
                begin
                    fsm$d = QpStaticFsm$Idle;
                    wr_qpn = err_qpn;
                    wr_state = 32'h6;
                    write_state = live$q[err_qpn];
                end
            QpStaticFsm$ErrB:
                begin
                    fsm$d = QpStaticFsm$Idle;
                    wr_qpn = err_qpn;
                    wr_state = 32'h6;
                    write_state = live$q[err_qpn];
                end
        endcase
        cmd_ready = fsm$q == QpStaticFsm$Cmd;
        err_a_ready = fsm$q == QpStaticFsm$ErrA;
        err_b_ready = fsm$q == QpStaticFsm$ErrB;
        init_valid = fsm$q == QpStaticFsm$Init;
        init_qpn = init_qpn_q$q;
        init_fresh = init_fresh_q$q;
        init_state = init_state_q$q;
        init_take_sq_psn = init_take_sq_q$q;
        init_sq_psn = init_sq_psn_q$q;
        init_take_rq_psn = init_take_rq_q$q;
        init_rq_psn = init_rq_psn_q$q;
        idle = fsm$q == QpStaticFsm$Idle;
        tx_state_ram$write_enable = write_state;
        rx_state_ram$write_enable = write_state;
        cmd_state_ram$write_enable = write_state;
        tx_state_ram$write_address = wr_qpn;
        rx_state_ram$write_address = wr_qpn;
        cmd_state_ram$write_address = wr_qpn;
        tx_state_ram$write_data = wr_state;
        rx_state_ram$write_data = wr_state;
        cmd_state_ram$write_data = wr_state;
        tx_path_ram$write_enable = write_path;
        rx_path_ram$write_enable = write_path;
        tx_path_ram$write_address = cmd_sel;
        rx_path_ram$write_address = cmd_sel;
        tx_path_ram$write_data = cmd_path;
        rx_path_ram$write_data = cmd_path;
        tx_queues_ram$write_enable = write_queues;
        rx_queues_ram$write_enable = write_queues;
        tx_queues_ram$write_address = cmd_sel;
        rx_queues_ram$write_address = cmd_sel;
        tx_queues_ram$write_data = cmd_queues;
        rx_queues_ram$write_data = cmd_queues;
        tx_state_ram$read_address = tx_rd_qpn;
        tx_path_ram$read_address = tx_rd_qpn;
        tx_queues_ram$read_address = tx_rd_qpn;
        tx_live$d = live$q[tx_rd_qpn];
        tx_state = 32'h0;
        if (tx_live$q) begin
            tx_state = tx_state_ram$read_data;
        end
        tx_dest_qpn = tx_path_ram$read_data[(32'h0)+:(24)];
        tx_dmac = tx_path_ram$read_data[(32'h18)+:(48)];
        tx_dip = tx_path_ram$read_data[(32'h48)+:(32)];
        tx_pmtu_log2 = tx_path_ram$read_data[(32'h68)+:(4)];
        tx_udp_sport = tx_path_ram$read_data[(32'h6c)+:(16)];
        tx_sq_base = tx_queues_ram$read_data[(32'h0)+:(64)];
        tx_sq_log2 = tx_queues_ram$read_data[(32'h40)+:(5)];
        tx_rq_base = tx_queues_ram$read_data[(32'h45)+:(64)];
        tx_rq_log2 = tx_queues_ram$read_data[(32'h85)+:(5)];
        tx_scq = tx_queues_ram$read_data[(32'h8a)+:(8)];
        tx_rcq = tx_queues_ram$read_data[(32'h92)+:(8)];
        tx_pd = tx_queues_ram$read_data[(32'h9a)+:(16)];
        rx_state_ram$read_address = rx_rd_qpn;
        rx_path_ram$read_address = rx_rd_qpn;
        rx_queues_ram$read_address = rx_rd_qpn;
        rx_live$d = live$q[rx_rd_qpn];
        rx_state = 32'h0;
        if (rx_live$q) begin
            rx_state = rx_state_ram$read_data;
        end
        rx_dest_qpn = rx_path_ram$read_data[(32'h0)+:(24)];
        rx_dmac = rx_path_ram$read_data[(32'h18)+:(48)];
        rx_dip = rx_path_ram$read_data[(32'h48)+:(32)];
        rx_pmtu_log2 = rx_path_ram$read_data[(32'h68)+:(4)];
        rx_udp_sport = rx_path_ram$read_data[(32'h6c)+:(16)];
        rx_sq_base = rx_queues_ram$read_data[(32'h0)+:(64)];
        rx_sq_log2 = rx_queues_ram$read_data[(32'h40)+:(5)];
        rx_rq_base = rx_queues_ram$read_data[(32'h45)+:(64)];
        rx_rq_log2 = rx_queues_ram$read_data[(32'h85)+:(5)];
        rx_scq = rx_queues_ram$read_data[(32'h8a)+:(8)];
        rx_rcq = rx_queues_ram$read_data[(32'h92)+:(8)];
        rx_pd = rx_queues_ram$read_data[(32'h9a)+:(16)];
        if (reset) begin
            live$d = 32'h0;
            fsm$d = QpStaticFsm$Idle;
        end
    end
    
endmodule // top$qps


module top$qps$cmd_state_ram(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [7:0] read_address;
    input wire  read_clock;
    output reg  [3:0] read_data;
    input wire  [7:0] write_address;
    input wire  write_clock;
    input wire  [3:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[3:0] mem[255:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // top$qps$cmd_state_ram


module top$qps$fsm(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Enums
    localparam QpStaticFsm$Idle = 0;
    localparam QpStaticFsm$Cmd = 1;
    localparam QpStaticFsm$Init = 2;
    localparam QpStaticFsm$ErrA = 3;
    localparam QpStaticFsm$ErrB = 4;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$qps$fsm


module top$qps$init_fresh_q(d,q,clock);
    
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
          
endmodule // top$qps$init_fresh_q


module top$qps$init_qpn_q(d,q,clock);
    
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
          
endmodule // top$qps$init_qpn_q


module top$qps$init_rq_psn_q(d,q,clock);
    
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
          
endmodule // top$qps$init_rq_psn_q


module top$qps$init_sq_psn_q(d,q,clock);
    
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
          
endmodule // top$qps$init_sq_psn_q


module top$qps$init_state_q(d,q,clock);
    
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
          
endmodule // top$qps$init_state_q


module top$qps$init_take_rq_q(d,q,clock);
    
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
          
endmodule // top$qps$init_take_rq_q


module top$qps$init_take_sq_q(d,q,clock);
    
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
          
endmodule // top$qps$init_take_sq_q


module top$qps$last(d,q,clock);
    
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
          
endmodule // top$qps$last


module top$qps$live(d,q,clock);
    
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
          
endmodule // top$qps$live


module top$qps$rx_live(d,q,clock);
    
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
          
endmodule // top$qps$rx_live


module top$qps$rx_path_ram(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [7:0] read_address;
    input wire  read_clock;
    output reg  [123:0] read_data;
    input wire  [7:0] write_address;
    input wire  write_clock;
    input wire  [123:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[123:0] mem[255:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // top$qps$rx_path_ram


module top$qps$rx_queues_ram(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [7:0] read_address;
    input wire  read_clock;
    output reg  [169:0] read_data;
    input wire  [7:0] write_address;
    input wire  write_clock;
    input wire  [169:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[169:0] mem[255:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // top$qps$rx_queues_ram


module top$qps$rx_state_ram(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [7:0] read_address;
    input wire  read_clock;
    output reg  [3:0] read_data;
    input wire  [7:0] write_address;
    input wire  write_clock;
    input wire  [3:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[3:0] mem[255:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // top$qps$rx_state_ram


module top$qps$tx_live(d,q,clock);
    
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
          
endmodule // top$qps$tx_live


module top$qps$tx_path_ram(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [7:0] read_address;
    input wire  read_clock;
    output reg  [123:0] read_data;
    input wire  [7:0] write_address;
    input wire  write_clock;
    input wire  [123:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[123:0] mem[255:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // top$qps$tx_path_ram


module top$qps$tx_queues_ram(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [7:0] read_address;
    input wire  read_clock;
    output reg  [169:0] read_data;
    input wire  [7:0] write_address;
    input wire  write_clock;
    input wire  [169:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[169:0] mem[255:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // top$qps$tx_queues_ram


module top$qps$tx_state_ram(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [7:0] read_address;
    input wire  read_clock;
    output reg  [3:0] read_data;
    input wire  [7:0] write_address;
    input wire  write_clock;
    input wire  [3:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[3:0] mem[255:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // top$qps$tx_state_ram


module top$rd(clock,reset,clients$0$req_valid,clients$0$req_ready,clients$0$req_addr,clients$0$req_len,clients$0$resp_valid,clients$0$resp_ready,clients$0$resp_data,clients$0$resp_last,clients$0$resp_error,clients$1$req_valid,clients$1$req_ready,clients$1$req_addr,clients$1$req_len,clients$1$resp_valid,clients$1$resp_ready,clients$1$resp_data,clients$1$resp_last,clients$1$resp_error,clients$2$req_valid,clients$2$req_ready,clients$2$req_addr,clients$2$req_len,clients$2$resp_valid,clients$2$resp_ready,clients$2$resp_data,clients$2$resp_last,clients$2$resp_error,dma_rd_req_valid,dma_rd_req_ready,dma_rd_req_addr,dma_rd_req_len,dma_rd_req_tag,dma_rd_resp_valid,dma_rd_resp_ready,dma_rd_resp_data,dma_rd_resp_last,dma_rd_resp_tag,dma_rd_resp_error,dma_error);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  clients$0$req_valid;
    output reg  clients$0$req_ready;
    input wire  [63:0] clients$0$req_addr;
    input wire  [15:0] clients$0$req_len;
    output reg  clients$0$resp_valid;
    input wire  clients$0$resp_ready;
    output reg  [63:0] clients$0$resp_data;
    output reg  clients$0$resp_last;
    output reg  clients$0$resp_error;
    input wire  clients$1$req_valid;
    output reg  clients$1$req_ready;
    input wire  [63:0] clients$1$req_addr;
    input wire  [15:0] clients$1$req_len;
    output reg  clients$1$resp_valid;
    input wire  clients$1$resp_ready;
    output reg  [63:0] clients$1$resp_data;
    output reg  clients$1$resp_last;
    output reg  clients$1$resp_error;
    input wire  clients$2$req_valid;
    output reg  clients$2$req_ready;
    input wire  [63:0] clients$2$req_addr;
    input wire  [15:0] clients$2$req_len;
    output reg  clients$2$resp_valid;
    input wire  clients$2$resp_ready;
    output reg  [63:0] clients$2$resp_data;
    output reg  clients$2$resp_last;
    output reg  clients$2$resp_error;
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
    output reg  dma_error;
    
    // Constant declarations
    localparam  beats_at = 8'ha;
    
    // Stub signals
    reg  lanes$0$clock;
    reg  lanes$0$reset;
    reg  lanes$0$req_valid;
    wire  lanes$0$req_ready;
    reg  [63:0] lanes$0$req_addr;
    reg  [15:0] lanes$0$req_len;
    wire  lanes$0$resp_valid;
    reg  lanes$0$resp_ready;
    wire  [63:0] lanes$0$resp_data;
    wire  lanes$0$resp_last;
    wire  lanes$0$resp_error;
    wire  lanes$0$want;
    wire  lanes$0$want_bad;
    wire  [63:0] lanes$0$want_addr;
    wire  [15:0] lanes$0$want_len;
    wire  [9:0] lanes$0$want_beats;
    wire  [3:0] lanes$0$want_slot;
    wire  [9:0] lanes$0$want_base;
    reg  lanes$0$grant;
    wire  [15:0] lanes$0$outstanding;
    reg  lanes$0$wr_enable;
    reg  [9:0] lanes$0$wr_addr;
    reg  [63:0] lanes$0$wr_data;
    reg  lanes$0$fin;
    reg  [3:0] lanes$0$fin_slot;
    reg  lanes$0$fin_error;
    reg  lanes$1$clock;
    reg  lanes$1$reset;
    reg  lanes$1$req_valid;
    wire  lanes$1$req_ready;
    reg  [63:0] lanes$1$req_addr;
    reg  [15:0] lanes$1$req_len;
    wire  lanes$1$resp_valid;
    reg  lanes$1$resp_ready;
    wire  [63:0] lanes$1$resp_data;
    wire  lanes$1$resp_last;
    wire  lanes$1$resp_error;
    wire  lanes$1$want;
    wire  lanes$1$want_bad;
    wire  [63:0] lanes$1$want_addr;
    wire  [15:0] lanes$1$want_len;
    wire  [9:0] lanes$1$want_beats;
    wire  [3:0] lanes$1$want_slot;
    wire  [9:0] lanes$1$want_base;
    reg  lanes$1$grant;
    wire  [15:0] lanes$1$outstanding;
    reg  lanes$1$wr_enable;
    reg  [9:0] lanes$1$wr_addr;
    reg  [63:0] lanes$1$wr_data;
    reg  lanes$1$fin;
    reg  [3:0] lanes$1$fin_slot;
    reg  lanes$1$fin_error;
    reg  lanes$2$clock;
    reg  lanes$2$reset;
    reg  lanes$2$req_valid;
    wire  lanes$2$req_ready;
    reg  [63:0] lanes$2$req_addr;
    reg  [15:0] lanes$2$req_len;
    wire  lanes$2$resp_valid;
    reg  lanes$2$resp_ready;
    wire  [63:0] lanes$2$resp_data;
    wire  lanes$2$resp_last;
    wire  lanes$2$resp_error;
    wire  lanes$2$want;
    wire  lanes$2$want_bad;
    wire  [63:0] lanes$2$want_addr;
    wire  [15:0] lanes$2$want_len;
    wire  [9:0] lanes$2$want_beats;
    wire  [3:0] lanes$2$want_slot;
    wire  [9:0] lanes$2$want_base;
    reg  lanes$2$grant;
    wire  [15:0] lanes$2$outstanding;
    reg  lanes$2$wr_enable;
    reg  [9:0] lanes$2$wr_addr;
    reg  [63:0] lanes$2$wr_data;
    reg  lanes$2$fin;
    reg  [3:0] lanes$2$fin_slot;
    reg  lanes$2$fin_error;
    reg  [7:0] tag_ram$read_address;
    reg  tag_ram$read_clock;
    wire  [19:0] tag_ram$read_data;
    reg  [7:0] tag_ram$write_address;
    reg  tag_ram$write_clock;
    reg  [19:0] tag_ram$write_data;
    reg  tag_ram$write_enable;
    reg  req_valid$d;
    wire  req_valid$q;
    reg  req_valid$clock;
    reg  [63:0] req_addr$d;
    wire  [63:0] req_addr$q;
    reg  req_addr$clock;
    reg  [15:0] req_len$d;
    wire  [15:0] req_len$q;
    reg  req_len$clock;
    reg  [7:0] req_tag$d;
    wire  [7:0] req_tag$q;
    reg  req_tag$clock;
    reg  [15:0] rr_above$d;
    wire  [15:0] rr_above$q;
    reg  rr_above$clock;
    reg  resp_ready_q$d;
    wire  resp_ready_q$q;
    reg  resp_ready_q$clock;
    reg  r_valid$d;
    wire  r_valid$q;
    reg  r_valid$clock;
    reg  [63:0] r_data$d;
    wire  [63:0] r_data$q;
    reg  r_data$clock;
    reg  r_last$d;
    wire  r_last$q;
    reg  r_last$clock;
    reg  [7:0] r_tag$d;
    wire  [7:0] r_tag$q;
    reg  r_tag$clock;
    reg  r_error$d;
    wire  r_error$q;
    reg  r_error$clock;
    reg  mid$d;
    wire  mid$q;
    reg  mid$clock;
    reg  [3:0] cur_client$d;
    wire  [3:0] cur_client$q;
    reg  cur_client$clock;
    reg  [3:0] cur_slot$d;
    wire  [3:0] cur_slot$q;
    reg  cur_slot$clock;
    reg  [9:0] cur_ptr$d;
    wire  [9:0] cur_ptr$q;
    reg  cur_ptr$clock;
    reg  [9:0] cur_left$d;
    wire  [9:0] cur_left$q;
    reg  cur_left$clock;
    reg  cur_ok$d;
    wire  cur_ok$q;
    reg  cur_ok$clock;
    reg  cur_err$d;
    wire  cur_err$q;
    reg  cur_err$clock;
    reg  w_valid$d;
    wire  w_valid$q;
    reg  w_valid$clock;
    reg  [3:0] w_client$d;
    wire  [3:0] w_client$q;
    reg  w_client$clock;
    reg  [9:0] w_addr$d;
    wire  [9:0] w_addr$q;
    reg  w_addr$clock;
    reg  [63:0] w_data$d;
    wire  [63:0] w_data$q;
    reg  w_data$clock;
    reg  f_valid$d;
    wire  f_valid$q;
    reg  f_valid$clock;
    reg  [3:0] f_client$d;
    wire  [3:0] f_client$q;
    reg  f_client$clock;
    reg  [3:0] f_slot$d;
    wire  [3:0] f_slot$q;
    reg  f_slot$clock;
    reg  f_err$d;
    wire  f_err$q;
    reg  f_err$clock;
    reg  err_pulse$d;
    wire  err_pulse$q;
    reg  err_pulse$clock;
    
    // Local signals
    reg  can_load;
    reg  found;
    reg  [7:0] pick;
    reg  [15:0] above_new;
    reg  seen;
    reg  g_bad;
    reg  [63:0] g_addr;
    reg  [15:0] g_len;
    reg  [9:0] g_beats;
    reg  [3:0] g_slot;
    reg  [9:0] g_base;
    reg  [7:0] g_tag;
    reg  [3:0] tag_client;
    reg  [3:0] tag_slot;
    reg  tag_live;
    reg  e_ok;
    reg  [3:0] e_client;
    reg  [3:0] e_slot;
    reg  [9:0] e_ptr;
    reg  [9:0] e_left;
    reg  e_err;
    reg  end_err;
    
    // Sub module instances
    top$rd$lanes$0 lanes$0(
        .clock(lanes$0$clock),
        .reset(lanes$0$reset),
        .req_valid(lanes$0$req_valid),
        .req_ready(lanes$0$req_ready),
        .req_addr(lanes$0$req_addr),
        .req_len(lanes$0$req_len),
        .resp_valid(lanes$0$resp_valid),
        .resp_ready(lanes$0$resp_ready),
        .resp_data(lanes$0$resp_data),
        .resp_last(lanes$0$resp_last),
        .resp_error(lanes$0$resp_error),
        .want(lanes$0$want),
        .want_bad(lanes$0$want_bad),
        .want_addr(lanes$0$want_addr),
        .want_len(lanes$0$want_len),
        .want_beats(lanes$0$want_beats),
        .want_slot(lanes$0$want_slot),
        .want_base(lanes$0$want_base),
        .grant(lanes$0$grant),
        .outstanding(lanes$0$outstanding),
        .wr_enable(lanes$0$wr_enable),
        .wr_addr(lanes$0$wr_addr),
        .wr_data(lanes$0$wr_data),
        .fin(lanes$0$fin),
        .fin_slot(lanes$0$fin_slot),
        .fin_error(lanes$0$fin_error)
    );
    top$rd$lanes$1 lanes$1(
        .clock(lanes$1$clock),
        .reset(lanes$1$reset),
        .req_valid(lanes$1$req_valid),
        .req_ready(lanes$1$req_ready),
        .req_addr(lanes$1$req_addr),
        .req_len(lanes$1$req_len),
        .resp_valid(lanes$1$resp_valid),
        .resp_ready(lanes$1$resp_ready),
        .resp_data(lanes$1$resp_data),
        .resp_last(lanes$1$resp_last),
        .resp_error(lanes$1$resp_error),
        .want(lanes$1$want),
        .want_bad(lanes$1$want_bad),
        .want_addr(lanes$1$want_addr),
        .want_len(lanes$1$want_len),
        .want_beats(lanes$1$want_beats),
        .want_slot(lanes$1$want_slot),
        .want_base(lanes$1$want_base),
        .grant(lanes$1$grant),
        .outstanding(lanes$1$outstanding),
        .wr_enable(lanes$1$wr_enable),
        .wr_addr(lanes$1$wr_addr),
        .wr_data(lanes$1$wr_data),
        .fin(lanes$1$fin),
        .fin_slot(lanes$1$fin_slot),
        .fin_error(lanes$1$fin_error)
    );
    top$rd$lanes$2 lanes$2(
        .clock(lanes$2$clock),
        .reset(lanes$2$reset),
        .req_valid(lanes$2$req_valid),
        .req_ready(lanes$2$req_ready),
        .req_addr(lanes$2$req_addr),
        .req_len(lanes$2$req_len),
        .resp_valid(lanes$2$resp_valid),
        .resp_ready(lanes$2$resp_ready),
        .resp_data(lanes$2$resp_data),
        .resp_last(lanes$2$resp_last),
        .resp_error(lanes$2$resp_error),
        .want(lanes$2$want),
        .want_bad(lanes$2$want_bad),
        .want_addr(lanes$2$want_addr),
        .want_len(lanes$2$want_len),
        .want_beats(lanes$2$want_beats),
        .want_slot(lanes$2$want_slot),
        .want_base(lanes$2$want_base),
        .grant(lanes$2$grant),
        .outstanding(lanes$2$outstanding),
        .wr_enable(lanes$2$wr_enable),
        .wr_addr(lanes$2$wr_addr),
        .wr_data(lanes$2$wr_data),
        .fin(lanes$2$fin),
        .fin_slot(lanes$2$fin_slot),
        .fin_error(lanes$2$fin_error)
    );
    top$rd$tag_ram tag_ram(
        .read_address(tag_ram$read_address),
        .read_clock(tag_ram$read_clock),
        .read_data(tag_ram$read_data),
        .write_address(tag_ram$write_address),
        .write_clock(tag_ram$write_clock),
        .write_data(tag_ram$write_data),
        .write_enable(tag_ram$write_enable)
    );
    top$rd$req_valid req_valid(
        .d(req_valid$d),
        .q(req_valid$q),
        .clock(req_valid$clock)
    );
    top$rd$req_addr req_addr(
        .d(req_addr$d),
        .q(req_addr$q),
        .clock(req_addr$clock)
    );
    top$rd$req_len req_len(
        .d(req_len$d),
        .q(req_len$q),
        .clock(req_len$clock)
    );
    top$rd$req_tag req_tag(
        .d(req_tag$d),
        .q(req_tag$q),
        .clock(req_tag$clock)
    );
    top$rd$rr_above rr_above(
        .d(rr_above$d),
        .q(rr_above$q),
        .clock(rr_above$clock)
    );
    top$rd$resp_ready_q resp_ready_q(
        .d(resp_ready_q$d),
        .q(resp_ready_q$q),
        .clock(resp_ready_q$clock)
    );
    top$rd$r_valid r_valid(
        .d(r_valid$d),
        .q(r_valid$q),
        .clock(r_valid$clock)
    );
    top$rd$r_data r_data(
        .d(r_data$d),
        .q(r_data$q),
        .clock(r_data$clock)
    );
    top$rd$r_last r_last(
        .d(r_last$d),
        .q(r_last$q),
        .clock(r_last$clock)
    );
    top$rd$r_tag r_tag(
        .d(r_tag$d),
        .q(r_tag$q),
        .clock(r_tag$clock)
    );
    top$rd$r_error r_error(
        .d(r_error$d),
        .q(r_error$q),
        .clock(r_error$clock)
    );
    top$rd$mid mid(
        .d(mid$d),
        .q(mid$q),
        .clock(mid$clock)
    );
    top$rd$cur_client cur_client(
        .d(cur_client$d),
        .q(cur_client$q),
        .clock(cur_client$clock)
    );
    top$rd$cur_slot cur_slot(
        .d(cur_slot$d),
        .q(cur_slot$q),
        .clock(cur_slot$clock)
    );
    top$rd$cur_ptr cur_ptr(
        .d(cur_ptr$d),
        .q(cur_ptr$q),
        .clock(cur_ptr$clock)
    );
    top$rd$cur_left cur_left(
        .d(cur_left$d),
        .q(cur_left$q),
        .clock(cur_left$clock)
    );
    top$rd$cur_ok cur_ok(
        .d(cur_ok$d),
        .q(cur_ok$q),
        .clock(cur_ok$clock)
    );
    top$rd$cur_err cur_err(
        .d(cur_err$d),
        .q(cur_err$q),
        .clock(cur_err$clock)
    );
    top$rd$w_valid w_valid(
        .d(w_valid$d),
        .q(w_valid$q),
        .clock(w_valid$clock)
    );
    top$rd$w_client w_client(
        .d(w_client$d),
        .q(w_client$q),
        .clock(w_client$clock)
    );
    top$rd$w_addr w_addr(
        .d(w_addr$d),
        .q(w_addr$q),
        .clock(w_addr$clock)
    );
    top$rd$w_data w_data(
        .d(w_data$d),
        .q(w_data$q),
        .clock(w_data$clock)
    );
    top$rd$f_valid f_valid(
        .d(f_valid$d),
        .q(f_valid$q),
        .clock(f_valid$clock)
    );
    top$rd$f_client f_client(
        .d(f_client$d),
        .q(f_client$q),
        .clock(f_client$clock)
    );
    top$rd$f_slot f_slot(
        .d(f_slot$d),
        .q(f_slot$q),
        .clock(f_slot$clock)
    );
    top$rd$f_err f_err(
        .d(f_err$d),
        .q(f_err$q),
        .clock(f_err$clock)
    );
    top$rd$err_pulse err_pulse(
        .d(err_pulse$d),
        .q(err_pulse$q),
        .clock(err_pulse$clock)
    );
    
    // Update code
    always @(*) begin
        req_valid$clock = clock;
        req_addr$clock = clock;
        req_len$clock = clock;
        req_tag$clock = clock;
        rr_above$clock = clock;
        resp_ready_q$clock = clock;
        r_valid$clock = clock;
        r_data$clock = clock;
        r_last$clock = clock;
        r_tag$clock = clock;
        r_error$clock = clock;
        mid$clock = clock;
        cur_client$clock = clock;
        cur_slot$clock = clock;
        cur_ptr$clock = clock;
        cur_left$clock = clock;
        cur_ok$clock = clock;
        cur_err$clock = clock;
        w_valid$clock = clock;
        w_client$clock = clock;
        w_addr$clock = clock;
        w_data$clock = clock;
        f_valid$clock = clock;
        f_client$clock = clock;
        f_slot$clock = clock;
        f_err$clock = clock;
        err_pulse$clock = clock;
        req_valid$d = req_valid$q;
        req_addr$d = req_addr$q;
        req_len$d = req_len$q;
        req_tag$d = req_tag$q;
        rr_above$d = rr_above$q;
        resp_ready_q$d = resp_ready_q$q;
        r_valid$d = r_valid$q;
        r_data$d = r_data$q;
        r_last$d = r_last$q;
        r_tag$d = r_tag$q;
        r_error$d = r_error$q;
        mid$d = mid$q;
        cur_client$d = cur_client$q;
        cur_slot$d = cur_slot$q;
        cur_ptr$d = cur_ptr$q;
        cur_left$d = cur_left$q;
        cur_ok$d = cur_ok$q;
        cur_err$d = cur_err$q;
        w_valid$d = w_valid$q;
        w_client$d = w_client$q;
        w_addr$d = w_addr$q;
        w_data$d = w_data$q;
        f_valid$d = f_valid$q;
        f_client$d = f_client$q;
        f_slot$d = f_slot$q;
        f_err$d = f_err$q;
        err_pulse$d = err_pulse$q;
        tag_ram$write_clock = clock;
        tag_ram$read_clock = clock;
        lanes$0$clock = clock;
        lanes$0$reset = reset;
        lanes$0$req_valid = clients$0$req_valid;
        lanes$0$req_addr = clients$0$req_addr;
        lanes$0$req_len = clients$0$req_len;
        clients$0$req_ready = lanes$0$req_ready;
        clients$0$resp_valid = lanes$0$resp_valid;
        clients$0$resp_data = lanes$0$resp_data;
        clients$0$resp_last = lanes$0$resp_last;
        clients$0$resp_error = lanes$0$resp_error;
        lanes$0$resp_ready = clients$0$resp_ready;
        lanes$1$clock = clock;
        lanes$1$reset = reset;
        lanes$1$req_valid = clients$1$req_valid;
        lanes$1$req_addr = clients$1$req_addr;
        lanes$1$req_len = clients$1$req_len;
        clients$1$req_ready = lanes$1$req_ready;
        clients$1$resp_valid = lanes$1$resp_valid;
        clients$1$resp_data = lanes$1$resp_data;
        clients$1$resp_last = lanes$1$resp_last;
        clients$1$resp_error = lanes$1$resp_error;
        lanes$1$resp_ready = clients$1$resp_ready;
        lanes$2$clock = clock;
        lanes$2$reset = reset;
        lanes$2$req_valid = clients$2$req_valid;
        lanes$2$req_addr = clients$2$req_addr;
        lanes$2$req_len = clients$2$req_len;
        clients$2$req_ready = lanes$2$req_ready;
        clients$2$resp_valid = lanes$2$resp_valid;
        clients$2$resp_data = lanes$2$resp_data;
        clients$2$resp_last = lanes$2$resp_last;
        clients$2$resp_error = lanes$2$resp_error;
        lanes$2$resp_ready = clients$2$resp_ready;
        can_load = ~req_valid$q | dma_rd_req_ready;
        found = 1'b0;
        pick = 32'h0;
        if (lanes$1$want & ~found & rr_above$q[1]) begin
            pick = 1;
            found = 1'b1;
        end
        if (lanes$2$want & ~found & rr_above$q[2]) begin
            pick = 2;
            found = 1'b1;
        end
        if (lanes$0$want & ~found) begin
            pick = 0;
            found = 1'b1;
        end
        if (lanes$1$want & ~found) begin
            pick = 1;
            found = 1'b1;
        end
        if (lanes$2$want & ~found) begin
            pick = 2;
            found = 1'b1;
        end
        above_new = 32'h0;
        seen = 1'b0;
        if (seen) begin
            above_new = (above_new & ~(1 << (0)) | ((1'b1) << (0)));
        end
        if (pick == 0) begin
            seen = 1'b1;
        end
        if (seen) begin
            above_new = (above_new & ~(1 << (1)) | ((1'b1) << (1)));
        end
        if (pick == 1) begin
            seen = 1'b1;
        end
        if (seen) begin
            above_new = (above_new & ~(1 << (2)) | ((1'b1) << (2)));
        end
        if (pick == 2) begin
            seen = 1'b1;
        end
        g_bad = 1'b0;
        g_addr = 32'h0;
        g_len = 32'h0;
        g_beats = 32'h0;
        g_slot = 32'h0;
        g_base = 32'h0;
        lanes$0$grant = 1'b0;
        if (pick == 0) begin
            lanes$0$grant = can_load & found & ~reset;
            g_bad = lanes$0$want_bad;
            g_addr = lanes$0$want_addr;
            g_len = lanes$0$want_len;
            g_beats = lanes$0$want_beats;
            g_slot = lanes$0$want_slot;
            g_base = lanes$0$want_base;
        end
        lanes$1$grant = 1'b0;
        if (pick == 1) begin
            lanes$1$grant = can_load & found & ~reset;
            g_bad = lanes$1$want_bad;
            g_addr = lanes$1$want_addr;
            g_len = lanes$1$want_len;
            g_beats = lanes$1$want_beats;
            g_slot = lanes$1$want_slot;
            g_base = lanes$1$want_base;
        end
        lanes$2$grant = 1'b0;
        if (pick == 2) begin
            lanes$2$grant = can_load & found & ~reset;
            g_bad = lanes$2$want_bad;
            g_addr = lanes$2$want_addr;
            g_len = lanes$2$want_len;
            g_beats = lanes$2$want_beats;
            g_slot = lanes$2$want_slot;
            g_base = lanes$2$want_base;
        end
        g_tag = (pick << 32'h4) | ((g_slot) & 8'hff);
        tag_ram$write_address = g_tag;
        tag_ram$write_data = (((g_beats) & 20'hfffff) << beats_at) | ((g_base) & 20'hfffff);
        tag_ram$write_enable = 1'b0;
        if (dma_rd_req_ready) begin
            req_valid$d = 1'b0;
        end
        if (can_load & found & ~reset) begin
            rr_above$d = above_new;
            if (~g_bad) begin
                tag_ram$write_enable = 1'b1;
                req_valid$d = 1'b1;
                req_addr$d = g_addr;
                req_len$d = g_len;
                req_tag$d = g_tag;
            end
        end
        dma_rd_req_valid = req_valid$q;
        dma_rd_req_addr = req_addr$q;
        dma_rd_req_len = req_len$q;
        dma_rd_req_tag = req_tag$q;
        resp_ready_q$d = ~reset;
        dma_rd_resp_ready = resp_ready_q$q;
        tag_ram$read_address = dma_rd_resp_tag;
        r_valid$d = dma_rd_resp_valid & resp_ready_q$q;
        r_data$d = dma_rd_resp_data;
        r_last$d = dma_rd_resp_last;
        r_tag$d = dma_rd_resp_tag;
        r_error$d = dma_rd_resp_error;
        tag_client = r_tag$q[(32'h4)+:(4)];
        tag_slot = r_tag$q[(32'h0)+:(4)];
        tag_live = 1'b0;
        if (tag_client == 0) begin
            tag_live = lanes$0$outstanding[tag_slot];
        end
        if (tag_client == 1) begin
            tag_live = lanes$1$outstanding[tag_slot];
        end
        if (tag_client == 2) begin
            tag_live = lanes$2$outstanding[tag_slot];
        end
        if (mid$q) begin
            e_ok = cur_ok$q;
            e_client = cur_client$q;
            e_slot = cur_slot$q;
            e_ptr = cur_ptr$q;
            e_left = cur_left$q;
            e_err = cur_err$q;
        end
        else begin
            e_ok = tag_live & ~(f_valid$q & (f_client$q == tag_client) & (f_slot$q == tag_slot));
            e_client = tag_client;
            e_slot = tag_slot;
            e_ptr = tag_ram$read_data[(32'h0)+:(10)];
            e_left = tag_ram$read_data[(beats_at)+:(10)];
            e_err = 1'b0;
        end
        end_err = e_err | r_error$q | (e_left != 32'h1);
        w_valid$d = r_valid$q & e_ok & |e_left;
        w_client$d = e_client;
        w_addr$d = e_ptr;
        if (r_error$q) begin
            w_data$d = 32'h0;
        end
        else begin
            w_data$d = r_data$q;
        end
        f_valid$d = r_valid$q & r_last$q & e_ok;
        f_client$d = e_client;
        f_slot$d = e_slot;
        f_err$d = end_err;
        err_pulse$d = r_valid$q & r_last$q & (~e_ok | end_err);
        if (r_valid$q) begin
            mid$d = ~r_last$q;
            cur_ok$d = e_ok;
            cur_client$d = e_client;
            cur_slot$d = e_slot;
            cur_ptr$d = e_ptr + 32'h1;
            cur_err$d = e_err | r_error$q | ~|e_left;
            if (|e_left) begin
                cur_left$d = e_left - 32'h1;
            end
            else begin
                cur_left$d = 32'h0;
            end
        end
        dma_error = err_pulse$q;
        lanes$0$wr_enable = w_valid$q & (w_client$q == 0);
        lanes$0$wr_addr = w_addr$q;
        lanes$0$wr_data = w_data$q;
        lanes$0$fin = f_valid$q & (f_client$q == 0);
        lanes$0$fin_slot = f_slot$q;
        lanes$0$fin_error = f_err$q;
        lanes$1$wr_enable = w_valid$q & (w_client$q == 1);
        lanes$1$wr_addr = w_addr$q;
        lanes$1$wr_data = w_data$q;
        lanes$1$fin = f_valid$q & (f_client$q == 1);
        lanes$1$fin_slot = f_slot$q;
        lanes$1$fin_error = f_err$q;
        lanes$2$wr_enable = w_valid$q & (w_client$q == 2);
        lanes$2$wr_addr = w_addr$q;
        lanes$2$wr_data = w_data$q;
        lanes$2$fin = f_valid$q & (f_client$q == 2);
        lanes$2$fin_slot = f_slot$q;
        lanes$2$fin_error = f_err$q;
        if (reset) begin
            req_valid$d = 1'b0;
            rr_above$d = 32'h0;
            r_valid$d = 1'b0;
            mid$d = 1'b0;
            w_valid$d = 1'b0;
            f_valid$d = 1'b0;
            err_pulse$d = 1'b0;
        end
    end
    
endmodule // top$rd


module top$rd$cur_client(d,q,clock);
    
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
          
endmodule // top$rd$cur_client


module top$rd$cur_err(d,q,clock);
    
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
          
endmodule // top$rd$cur_err


module top$rd$cur_left(d,q,clock);
    
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
          
endmodule // top$rd$cur_left


module top$rd$cur_ok(d,q,clock);
    
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
          
endmodule // top$rd$cur_ok


module top$rd$cur_ptr(d,q,clock);
    
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
          
endmodule // top$rd$cur_ptr


module top$rd$cur_slot(d,q,clock);
    
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
          
endmodule // top$rd$cur_slot


module top$rd$err_pulse(d,q,clock);
    
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
          
endmodule // top$rd$err_pulse


module top$rd$f_client(d,q,clock);
    
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
          
endmodule // top$rd$f_client


module top$rd$f_err(d,q,clock);
    
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
          
endmodule // top$rd$f_err


module top$rd$f_slot(d,q,clock);
    
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
          
endmodule // top$rd$f_slot


module top$rd$f_valid(d,q,clock);
    
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
          
endmodule // top$rd$f_valid


module top$rd$lanes$0(clock,reset,req_valid,req_ready,req_addr,req_len,resp_valid,resp_ready,resp_data,resp_last,resp_error,want,want_bad,want_addr,want_len,want_beats,want_slot,want_base,grant,outstanding,wr_enable,wr_addr,wr_data,fin,fin_slot,fin_error);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  req_valid;
    output reg  req_ready;
    input wire  [63:0] req_addr;
    input wire  [15:0] req_len;
    output reg  resp_valid;
    input wire  resp_ready;
    output reg  [63:0] resp_data;
    output reg  resp_last;
    output reg  resp_error;
    output reg  want;
    output reg  want_bad;
    output reg  [63:0] want_addr;
    output reg  [15:0] want_len;
    output reg  [9:0] want_beats;
    output reg  [3:0] want_slot;
    output reg  [9:0] want_base;
    input wire  grant;
    output reg  [15:0] outstanding;
    input wire  wr_enable;
    input wire  [9:0] wr_addr;
    input wire  [63:0] wr_data;
    input wire  fin;
    input wire  [3:0] fin_slot;
    input wire  fin_error;
    
    // Constant declarations
    localparam  beat_shift = 8'h3;
    localparam  max_len = 16'h1000;
    localparam  buf_beats = 12'h400;
    localparam  slots = 5'b10000;
    
    // Stub signals
    reg  running$d;
    wire  running$q;
    reg  running$clock;
    reg  hold_valid$d;
    wire  hold_valid$q;
    reg  hold_valid$clock;
    reg  [63:0] hold_addr$d;
    wire  [63:0] hold_addr$q;
    reg  hold_addr$clock;
    reg  [15:0] hold_len$d;
    wire  [15:0] hold_len$q;
    reg  hold_len$clock;
    reg  [9:0] hold_beats$d;
    wire  [9:0] hold_beats$q;
    reg  hold_beats$clock;
    reg  hold_bad$d;
    wire  hold_bad$q;
    reg  hold_bad$clock;
    reg  fits$d;
    wire  fits$q;
    reg  fits$clock;
    reg  bad_fin$d;
    wire  bad_fin$q;
    reg  bad_fin$clock;
    reg  [3:0] bad_slot$d;
    wire  [3:0] bad_slot$q;
    reg  bad_slot$clock;
    reg  [10:0] used$d;
    wire  [10:0] used$q;
    reg  used$clock;
    reg  [9:0] res_ptr$d;
    wire  [9:0] res_ptr$q;
    reg  res_ptr$clock;
    reg  [9:0] rd_ptr$d;
    wire  [9:0] rd_ptr$q;
    reg  rd_ptr$clock;
    reg  [3:0] slot_tail$d;
    wire  [3:0] slot_tail$q;
    reg  slot_tail$clock;
    reg  [3:0] slot_head$d;
    wire  [3:0] slot_head$q;
    reg  slot_head$clock;
    reg  [4:0] slot_count$d;
    wire  [4:0] slot_count$q;
    reg  slot_count$clock;
    reg  [15:0] outst$d;
    wire  [15:0] outst$q;
    reg  outst$clock;
    reg  [15:0] done$d;
    wire  [15:0] done$q;
    reg  done$clock;
    reg  [15:0] failed$d;
    wire  [15:0] failed$q;
    reg  failed$clock;
    reg  [9:0] left$d;
    wire  [9:0] left$q;
    reg  left$clock;
    reg  pend$d;
    wire  pend$q;
    reg  pend$clock;
    reg  pend_last$d;
    wire  pend_last$q;
    reg  pend_last$clock;
    reg  pend_error$d;
    wire  pend_error$q;
    reg  pend_error$clock;
    reg  out_valid$d;
    wire  out_valid$q;
    reg  out_valid$clock;
    reg  [63:0] out_data$d;
    wire  [63:0] out_data$q;
    reg  out_data$clock;
    reg  out_last$d;
    wire  out_last$q;
    reg  out_last$clock;
    reg  out_error$d;
    wire  out_error$q;
    reg  out_error$clock;
    reg  spare_valid$d;
    wire  spare_valid$q;
    reg  spare_valid$clock;
    reg  [63:0] spare_data$d;
    wire  [63:0] spare_data$q;
    reg  spare_data$clock;
    reg  spare_last$d;
    wire  spare_last$q;
    reg  spare_last$clock;
    reg  spare_error$d;
    wire  spare_error$q;
    reg  spare_error$clock;
    reg  [9:0] data_ram$read_address;
    reg  data_ram$read_clock;
    wire  [63:0] data_ram$read_data;
    reg  [9:0] data_ram$write_address;
    reg  data_ram$write_clock;
    reg  [63:0] data_ram$write_data;
    reg  data_ram$write_enable;
    reg  [3:0] beats_ram$read_address;
    reg  beats_ram$read_clock;
    wire  [9:0] beats_ram$read_data;
    reg  [3:0] beats_ram$write_address;
    reg  beats_ram$write_clock;
    reg  [9:0] beats_ram$write_data;
    reg  beats_ram$write_enable;
    
    // Local signals
    reg  [9:0] len_whole;
    reg  [2:0] len_part;
    reg  [9:0] len_beats;
    reg  [11:0] need;
    reg  out_fire;
    reg  out_stays;
    reg  room;
    reg  head_done;
    reg  head_failed;
    reg  [9:0] n;
    reg  issue;
    reg  advance;
    reg  [63:0] read_beat;
    reg  [10:0] used_more;
    reg  [15:0] done_a;
    reg  [15:0] done_b;
    reg  [15:0] failed_a;
    reg  [15:0] failed_b;
    reg  [15:0] outst_a;
    
    // Sub module instances
    top$rd$lanes$0$running running(
        .d(running$d),
        .q(running$q),
        .clock(running$clock)
    );
    top$rd$lanes$0$hold_valid hold_valid(
        .d(hold_valid$d),
        .q(hold_valid$q),
        .clock(hold_valid$clock)
    );
    top$rd$lanes$0$hold_addr hold_addr(
        .d(hold_addr$d),
        .q(hold_addr$q),
        .clock(hold_addr$clock)
    );
    top$rd$lanes$0$hold_len hold_len(
        .d(hold_len$d),
        .q(hold_len$q),
        .clock(hold_len$clock)
    );
    top$rd$lanes$0$hold_beats hold_beats(
        .d(hold_beats$d),
        .q(hold_beats$q),
        .clock(hold_beats$clock)
    );
    top$rd$lanes$0$hold_bad hold_bad(
        .d(hold_bad$d),
        .q(hold_bad$q),
        .clock(hold_bad$clock)
    );
    top$rd$lanes$0$fits fits(
        .d(fits$d),
        .q(fits$q),
        .clock(fits$clock)
    );
    top$rd$lanes$0$bad_fin bad_fin(
        .d(bad_fin$d),
        .q(bad_fin$q),
        .clock(bad_fin$clock)
    );
    top$rd$lanes$0$bad_slot bad_slot(
        .d(bad_slot$d),
        .q(bad_slot$q),
        .clock(bad_slot$clock)
    );
    top$rd$lanes$0$used used(
        .d(used$d),
        .q(used$q),
        .clock(used$clock)
    );
    top$rd$lanes$0$res_ptr res_ptr(
        .d(res_ptr$d),
        .q(res_ptr$q),
        .clock(res_ptr$clock)
    );
    top$rd$lanes$0$rd_ptr rd_ptr(
        .d(rd_ptr$d),
        .q(rd_ptr$q),
        .clock(rd_ptr$clock)
    );
    top$rd$lanes$0$slot_tail slot_tail(
        .d(slot_tail$d),
        .q(slot_tail$q),
        .clock(slot_tail$clock)
    );
    top$rd$lanes$0$slot_head slot_head(
        .d(slot_head$d),
        .q(slot_head$q),
        .clock(slot_head$clock)
    );
    top$rd$lanes$0$slot_count slot_count(
        .d(slot_count$d),
        .q(slot_count$q),
        .clock(slot_count$clock)
    );
    top$rd$lanes$0$outst outst(
        .d(outst$d),
        .q(outst$q),
        .clock(outst$clock)
    );
    top$rd$lanes$0$done done(
        .d(done$d),
        .q(done$q),
        .clock(done$clock)
    );
    top$rd$lanes$0$failed failed(
        .d(failed$d),
        .q(failed$q),
        .clock(failed$clock)
    );
    top$rd$lanes$0$left left(
        .d(left$d),
        .q(left$q),
        .clock(left$clock)
    );
    top$rd$lanes$0$pend pend(
        .d(pend$d),
        .q(pend$q),
        .clock(pend$clock)
    );
    top$rd$lanes$0$pend_last pend_last(
        .d(pend_last$d),
        .q(pend_last$q),
        .clock(pend_last$clock)
    );
    top$rd$lanes$0$pend_error pend_error(
        .d(pend_error$d),
        .q(pend_error$q),
        .clock(pend_error$clock)
    );
    top$rd$lanes$0$out_valid out_valid(
        .d(out_valid$d),
        .q(out_valid$q),
        .clock(out_valid$clock)
    );
    top$rd$lanes$0$out_data out_data(
        .d(out_data$d),
        .q(out_data$q),
        .clock(out_data$clock)
    );
    top$rd$lanes$0$out_last out_last(
        .d(out_last$d),
        .q(out_last$q),
        .clock(out_last$clock)
    );
    top$rd$lanes$0$out_error out_error(
        .d(out_error$d),
        .q(out_error$q),
        .clock(out_error$clock)
    );
    top$rd$lanes$0$spare_valid spare_valid(
        .d(spare_valid$d),
        .q(spare_valid$q),
        .clock(spare_valid$clock)
    );
    top$rd$lanes$0$spare_data spare_data(
        .d(spare_data$d),
        .q(spare_data$q),
        .clock(spare_data$clock)
    );
    top$rd$lanes$0$spare_last spare_last(
        .d(spare_last$d),
        .q(spare_last$q),
        .clock(spare_last$clock)
    );
    top$rd$lanes$0$spare_error spare_error(
        .d(spare_error$d),
        .q(spare_error$q),
        .clock(spare_error$clock)
    );
    top$rd$lanes$0$data_ram data_ram(
        .read_address(data_ram$read_address),
        .read_clock(data_ram$read_clock),
        .read_data(data_ram$read_data),
        .write_address(data_ram$write_address),
        .write_clock(data_ram$write_clock),
        .write_data(data_ram$write_data),
        .write_enable(data_ram$write_enable)
    );
    top$rd$lanes$0$beats_ram beats_ram(
        .read_address(beats_ram$read_address),
        .read_clock(beats_ram$read_clock),
        .read_data(beats_ram$read_data),
        .write_address(beats_ram$write_address),
        .write_clock(beats_ram$write_clock),
        .write_data(beats_ram$write_data),
        .write_enable(beats_ram$write_enable)
    );
    
    // Update code
    always @(*) begin
        running$clock = clock;
        hold_valid$clock = clock;
        hold_addr$clock = clock;
        hold_len$clock = clock;
        hold_beats$clock = clock;
        hold_bad$clock = clock;
        fits$clock = clock;
        bad_fin$clock = clock;
        bad_slot$clock = clock;
        used$clock = clock;
        res_ptr$clock = clock;
        rd_ptr$clock = clock;
        slot_tail$clock = clock;
        slot_head$clock = clock;
        slot_count$clock = clock;
        outst$clock = clock;
        done$clock = clock;
        failed$clock = clock;
        left$clock = clock;
        pend$clock = clock;
        pend_last$clock = clock;
        pend_error$clock = clock;
        out_valid$clock = clock;
        out_data$clock = clock;
        out_last$clock = clock;
        out_error$clock = clock;
        spare_valid$clock = clock;
        spare_data$clock = clock;
        spare_last$clock = clock;
        spare_error$clock = clock;
        running$d = running$q;
        hold_valid$d = hold_valid$q;
        hold_addr$d = hold_addr$q;
        hold_len$d = hold_len$q;
        hold_beats$d = hold_beats$q;
        hold_bad$d = hold_bad$q;
        fits$d = fits$q;
        bad_fin$d = bad_fin$q;
        bad_slot$d = bad_slot$q;
        used$d = used$q;
        res_ptr$d = res_ptr$q;
        rd_ptr$d = rd_ptr$q;
        slot_tail$d = slot_tail$q;
        slot_head$d = slot_head$q;
        slot_count$d = slot_count$q;
        outst$d = outst$q;
        done$d = done$q;
        failed$d = failed$q;
        left$d = left$q;
        pend$d = pend$q;
        pend_last$d = pend_last$q;
        pend_error$d = pend_error$q;
        out_valid$d = out_valid$q;
        out_data$d = out_data$q;
        out_last$d = out_last$q;
        out_error$d = out_error$q;
        spare_valid$d = spare_valid$q;
        spare_data$d = spare_data$q;
        spare_last$d = spare_last$q;
        spare_error$d = spare_error$q;
        data_ram$write_clock = clock;
        data_ram$read_clock = clock;
        beats_ram$write_clock = clock;
        beats_ram$read_clock = clock;
        running$d = ~reset;
        req_ready = running$q & ~hold_valid$q;
        len_whole = req_len[(beat_shift)+:(10)];
        len_part = req_len[(32'h0)+:(3)];
        if (|len_part) begin
            len_beats = len_whole + 32'h1;
        end
        else begin
            len_beats = len_whole;
        end
        if (req_valid & req_ready) begin
            hold_valid$d = 1'b1;
            hold_addr$d = req_addr;
            hold_len$d = req_len;
            if ((req_len == 32'h0) | (req_len > max_len)) begin
                hold_bad$d = 1'b1;
                hold_beats$d = 32'h1;
            end
            else begin
                hold_bad$d = 1'b0;
                hold_beats$d = len_beats;
            end
        end
        need = ((used$q) & 12'hfff) + ((hold_beats$q) & 12'hfff);
        fits$d = hold_valid$q & ~grant & (need <= buf_beats) & (slot_count$q < slots);
        want = fits$q;
        want_bad = hold_bad$q;
        want_addr = hold_addr$q;
        want_len = hold_len$q;
        want_beats = hold_beats$q;
        want_slot = slot_tail$q;
        want_base = res_ptr$q;
        outstanding = outst$q;
        beats_ram$write_enable = grant;
        beats_ram$write_address = slot_tail$q;
        beats_ram$write_data = hold_beats$q;
        used_more = used$q + ((hold_beats$q) & 11'h7ff);
        if (grant) begin
            hold_valid$d = 1'b0;
            res_ptr$d = res_ptr$q + ((hold_beats$q) & 10'h3ff);
            slot_tail$d = slot_tail$q + 32'h1;
        end
        data_ram$write_enable = wr_enable;
        data_ram$write_address = wr_addr;
        data_ram$write_data = wr_data;
        out_fire = out_valid$q & resp_ready;
        out_stays = out_valid$q & ~out_fire;
        room = ~((out_stays & spare_valid$q) | (out_stays & pend$q) | (spare_valid$q & pend$q));
        head_done = done$q[slot_head$q];
        head_failed = failed$q[slot_head$q];
        if (|left$q) begin
            n = left$q;
        end
        else begin
            n = beats_ram$read_data;
        end
        issue = head_done & room & running$q;
        advance = issue & (n == 32'h1);
        data_ram$read_address = rd_ptr$q;
        if (advance) begin
            beats_ram$read_address = slot_head$q + 32'h1;
        end
        else begin
            beats_ram$read_address = slot_head$q;
        end
        pend$d = issue;
        if (issue) begin
            rd_ptr$d = rd_ptr$q + 32'h1;
            left$d = n - 32'h1;
            pend_last$d = n == 32'h1;
            pend_error$d = head_failed;
        end
        if (issue & grant) begin
            used$d = used_more - 32'h1;
        end
        if (issue & ~grant) begin
            used$d = used$q - 32'h1;
        end
        if (~issue & grant) begin
            used$d = used_more;
        end
        if (advance) begin
            slot_head$d = slot_head$q + 32'h1;
        end
        if (grant & ~advance) begin
            slot_count$d = slot_count$q + 32'h1;
        end
        if (~grant & advance) begin
            slot_count$d = slot_count$q - 32'h1;
        end
        done_a = done$q;
        failed_a = failed$q;
        if (advance) begin
            done_a = (done$q & ~(1 << (slot_head$q)) | ((1'b0) << (slot_head$q)));
            failed_a = (failed$q & ~(1 << (slot_head$q)) | ((1'b0) << (slot_head$q)));
        end
        done_b = done_a;
        failed_b = failed_a;
        outst_a = outst$q;
        if (fin) begin
            done_b = (done_a & ~(1 << (fin_slot)) | ((1'b1) << (fin_slot)));
            failed_b = (failed_a & ~(1 << (fin_slot)) | ((fin_error) << (fin_slot)));
            outst_a = (outst$q & ~(1 << (fin_slot)) | ((1'b0) << (fin_slot)));
        end
        done$d = done_b;
        failed$d = failed_b;
        outst$d = outst_a;
        bad_fin$d = grant & hold_bad$q;
        bad_slot$d = slot_tail$q;
        if (bad_fin$q) begin
            done$d = (done_b & ~(1 << (bad_slot$q)) | ((1'b1) << (bad_slot$q)));
            failed$d = (failed_b & ~(1 << (bad_slot$q)) | ((1'b1) << (bad_slot$q)));
        end
        if (grant & ~hold_bad$q) begin
            outst$d = (outst_a & ~(1 << (slot_tail$q)) | ((1'b1) << (slot_tail$q)));
        end
        if (pend_error$q) begin
            read_beat = 32'h0;
        end
        else begin
            read_beat = data_ram$read_data;
        end
        if (~out_stays) begin
            if (spare_valid$q) begin
                out_valid$d = 1'b1;
                out_data$d = spare_data$q;
                out_last$d = spare_last$q;
                out_error$d = spare_error$q;
                spare_valid$d = pend$q;
                spare_data$d = read_beat;
                spare_last$d = pend_last$q;
                spare_error$d = pend_error$q;
            end
            else begin
                out_valid$d = pend$q;
                out_data$d = read_beat;
                out_last$d = pend_last$q;
                out_error$d = pend_error$q;
            end
        end
        else if (pend$q) begin
            spare_valid$d = 1'b1;
            spare_data$d = read_beat;
            spare_last$d = pend_last$q;
            spare_error$d = pend_error$q;
        end
        resp_valid = out_valid$q;
        resp_data = out_data$q;
        resp_last = out_last$q;
        resp_error = out_error$q;
        if (reset) begin
            hold_valid$d = 1'b0;
            fits$d = 1'b0;
            used$d = 32'h0;
            res_ptr$d = 32'h0;
            rd_ptr$d = 32'h0;
            slot_tail$d = 32'h0;
            slot_head$d = 32'h0;
            slot_count$d = 32'h0;
            outst$d = 32'h0;
            done$d = 32'h0;
            failed$d = 32'h0;
            left$d = 32'h0;
            pend$d = 1'b0;
            out_valid$d = 1'b0;
            spare_valid$d = 1'b0;
            bad_fin$d = 1'b0;
        end
    end
    
endmodule // top$rd$lanes$0


module top$rd$lanes$0$bad_fin(d,q,clock);
    
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
          
endmodule // top$rd$lanes$0$bad_fin


module top$rd$lanes$0$bad_slot(d,q,clock);
    
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
          
endmodule // top$rd$lanes$0$bad_slot


module top$rd$lanes$0$beats_ram(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [3:0] read_address;
    input wire  read_clock;
    output reg  [9:0] read_data;
    input wire  [3:0] write_address;
    input wire  write_clock;
    input wire  [9:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[9:0] mem[15:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // top$rd$lanes$0$beats_ram


module top$rd$lanes$0$data_ram(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
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
                
endmodule // top$rd$lanes$0$data_ram


module top$rd$lanes$0$done(d,q,clock);
    
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
          
endmodule // top$rd$lanes$0$done


module top$rd$lanes$0$failed(d,q,clock);
    
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
          
endmodule // top$rd$lanes$0$failed


module top$rd$lanes$0$fits(d,q,clock);
    
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
          
endmodule // top$rd$lanes$0$fits


module top$rd$lanes$0$hold_addr(d,q,clock);
    
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
          
endmodule // top$rd$lanes$0$hold_addr


module top$rd$lanes$0$hold_bad(d,q,clock);
    
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
          
endmodule // top$rd$lanes$0$hold_bad


module top$rd$lanes$0$hold_beats(d,q,clock);
    
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
          
endmodule // top$rd$lanes$0$hold_beats


module top$rd$lanes$0$hold_len(d,q,clock);
    
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
          
endmodule // top$rd$lanes$0$hold_len


module top$rd$lanes$0$hold_valid(d,q,clock);
    
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
          
endmodule // top$rd$lanes$0$hold_valid


module top$rd$lanes$0$left(d,q,clock);
    
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
          
endmodule // top$rd$lanes$0$left


module top$rd$lanes$0$out_data(d,q,clock);
    
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
          
endmodule // top$rd$lanes$0$out_data


module top$rd$lanes$0$out_error(d,q,clock);
    
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
          
endmodule // top$rd$lanes$0$out_error


module top$rd$lanes$0$out_last(d,q,clock);
    
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
          
endmodule // top$rd$lanes$0$out_last


module top$rd$lanes$0$out_valid(d,q,clock);
    
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
          
endmodule // top$rd$lanes$0$out_valid


module top$rd$lanes$0$outst(d,q,clock);
    
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
          
endmodule // top$rd$lanes$0$outst


module top$rd$lanes$0$pend(d,q,clock);
    
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
          
endmodule // top$rd$lanes$0$pend


module top$rd$lanes$0$pend_error(d,q,clock);
    
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
          
endmodule // top$rd$lanes$0$pend_error


module top$rd$lanes$0$pend_last(d,q,clock);
    
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
          
endmodule // top$rd$lanes$0$pend_last


module top$rd$lanes$0$rd_ptr(d,q,clock);
    
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
          
endmodule // top$rd$lanes$0$rd_ptr


module top$rd$lanes$0$res_ptr(d,q,clock);
    
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
          
endmodule // top$rd$lanes$0$res_ptr


module top$rd$lanes$0$running(d,q,clock);
    
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
          
endmodule // top$rd$lanes$0$running


module top$rd$lanes$0$slot_count(d,q,clock);
    
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
          
endmodule // top$rd$lanes$0$slot_count


module top$rd$lanes$0$slot_head(d,q,clock);
    
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
          
endmodule // top$rd$lanes$0$slot_head


module top$rd$lanes$0$slot_tail(d,q,clock);
    
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
          
endmodule // top$rd$lanes$0$slot_tail


module top$rd$lanes$0$spare_data(d,q,clock);
    
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
          
endmodule // top$rd$lanes$0$spare_data


module top$rd$lanes$0$spare_error(d,q,clock);
    
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
          
endmodule // top$rd$lanes$0$spare_error


module top$rd$lanes$0$spare_last(d,q,clock);
    
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
          
endmodule // top$rd$lanes$0$spare_last


module top$rd$lanes$0$spare_valid(d,q,clock);
    
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
          
endmodule // top$rd$lanes$0$spare_valid


module top$rd$lanes$0$used(d,q,clock);
    
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
          
endmodule // top$rd$lanes$0$used


module top$rd$lanes$1(clock,reset,req_valid,req_ready,req_addr,req_len,resp_valid,resp_ready,resp_data,resp_last,resp_error,want,want_bad,want_addr,want_len,want_beats,want_slot,want_base,grant,outstanding,wr_enable,wr_addr,wr_data,fin,fin_slot,fin_error);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  req_valid;
    output reg  req_ready;
    input wire  [63:0] req_addr;
    input wire  [15:0] req_len;
    output reg  resp_valid;
    input wire  resp_ready;
    output reg  [63:0] resp_data;
    output reg  resp_last;
    output reg  resp_error;
    output reg  want;
    output reg  want_bad;
    output reg  [63:0] want_addr;
    output reg  [15:0] want_len;
    output reg  [9:0] want_beats;
    output reg  [3:0] want_slot;
    output reg  [9:0] want_base;
    input wire  grant;
    output reg  [15:0] outstanding;
    input wire  wr_enable;
    input wire  [9:0] wr_addr;
    input wire  [63:0] wr_data;
    input wire  fin;
    input wire  [3:0] fin_slot;
    input wire  fin_error;
    
    // Constant declarations
    localparam  beat_shift = 8'h3;
    localparam  max_len = 16'h1000;
    localparam  buf_beats = 12'h400;
    localparam  slots = 5'b10000;
    
    // Stub signals
    reg  running$d;
    wire  running$q;
    reg  running$clock;
    reg  hold_valid$d;
    wire  hold_valid$q;
    reg  hold_valid$clock;
    reg  [63:0] hold_addr$d;
    wire  [63:0] hold_addr$q;
    reg  hold_addr$clock;
    reg  [15:0] hold_len$d;
    wire  [15:0] hold_len$q;
    reg  hold_len$clock;
    reg  [9:0] hold_beats$d;
    wire  [9:0] hold_beats$q;
    reg  hold_beats$clock;
    reg  hold_bad$d;
    wire  hold_bad$q;
    reg  hold_bad$clock;
    reg  fits$d;
    wire  fits$q;
    reg  fits$clock;
    reg  bad_fin$d;
    wire  bad_fin$q;
    reg  bad_fin$clock;
    reg  [3:0] bad_slot$d;
    wire  [3:0] bad_slot$q;
    reg  bad_slot$clock;
    reg  [10:0] used$d;
    wire  [10:0] used$q;
    reg  used$clock;
    reg  [9:0] res_ptr$d;
    wire  [9:0] res_ptr$q;
    reg  res_ptr$clock;
    reg  [9:0] rd_ptr$d;
    wire  [9:0] rd_ptr$q;
    reg  rd_ptr$clock;
    reg  [3:0] slot_tail$d;
    wire  [3:0] slot_tail$q;
    reg  slot_tail$clock;
    reg  [3:0] slot_head$d;
    wire  [3:0] slot_head$q;
    reg  slot_head$clock;
    reg  [4:0] slot_count$d;
    wire  [4:0] slot_count$q;
    reg  slot_count$clock;
    reg  [15:0] outst$d;
    wire  [15:0] outst$q;
    reg  outst$clock;
    reg  [15:0] done$d;
    wire  [15:0] done$q;
    reg  done$clock;
    reg  [15:0] failed$d;
    wire  [15:0] failed$q;
    reg  failed$clock;
    reg  [9:0] left$d;
    wire  [9:0] left$q;
    reg  left$clock;
    reg  pend$d;
    wire  pend$q;
    reg  pend$clock;
    reg  pend_last$d;
    wire  pend_last$q;
    reg  pend_last$clock;
    reg  pend_error$d;
    wire  pend_error$q;
    reg  pend_error$clock;
    reg  out_valid$d;
    wire  out_valid$q;
    reg  out_valid$clock;
    reg  [63:0] out_data$d;
    wire  [63:0] out_data$q;
    reg  out_data$clock;
    reg  out_last$d;
    wire  out_last$q;
    reg  out_last$clock;
    reg  out_error$d;
    wire  out_error$q;
    reg  out_error$clock;
    reg  spare_valid$d;
    wire  spare_valid$q;
    reg  spare_valid$clock;
    reg  [63:0] spare_data$d;
    wire  [63:0] spare_data$q;
    reg  spare_data$clock;
    reg  spare_last$d;
    wire  spare_last$q;
    reg  spare_last$clock;
    reg  spare_error$d;
    wire  spare_error$q;
    reg  spare_error$clock;
    reg  [9:0] data_ram$read_address;
    reg  data_ram$read_clock;
    wire  [63:0] data_ram$read_data;
    reg  [9:0] data_ram$write_address;
    reg  data_ram$write_clock;
    reg  [63:0] data_ram$write_data;
    reg  data_ram$write_enable;
    reg  [3:0] beats_ram$read_address;
    reg  beats_ram$read_clock;
    wire  [9:0] beats_ram$read_data;
    reg  [3:0] beats_ram$write_address;
    reg  beats_ram$write_clock;
    reg  [9:0] beats_ram$write_data;
    reg  beats_ram$write_enable;
    
    // Local signals
    reg  [9:0] len_whole;
    reg  [2:0] len_part;
    reg  [9:0] len_beats;
    reg  [11:0] need;
    reg  out_fire;
    reg  out_stays;
    reg  room;
    reg  head_done;
    reg  head_failed;
    reg  [9:0] n;
    reg  issue;
    reg  advance;
    reg  [63:0] read_beat;
    reg  [10:0] used_more;
    reg  [15:0] done_a;
    reg  [15:0] done_b;
    reg  [15:0] failed_a;
    reg  [15:0] failed_b;
    reg  [15:0] outst_a;
    
    // Sub module instances
    top$rd$lanes$1$running running(
        .d(running$d),
        .q(running$q),
        .clock(running$clock)
    );
    top$rd$lanes$1$hold_valid hold_valid(
        .d(hold_valid$d),
        .q(hold_valid$q),
        .clock(hold_valid$clock)
    );
    top$rd$lanes$1$hold_addr hold_addr(
        .d(hold_addr$d),
        .q(hold_addr$q),
        .clock(hold_addr$clock)
    );
    top$rd$lanes$1$hold_len hold_len(
        .d(hold_len$d),
        .q(hold_len$q),
        .clock(hold_len$clock)
    );
    top$rd$lanes$1$hold_beats hold_beats(
        .d(hold_beats$d),
        .q(hold_beats$q),
        .clock(hold_beats$clock)
    );
    top$rd$lanes$1$hold_bad hold_bad(
        .d(hold_bad$d),
        .q(hold_bad$q),
        .clock(hold_bad$clock)
    );
    top$rd$lanes$1$fits fits(
        .d(fits$d),
        .q(fits$q),
        .clock(fits$clock)
    );
    top$rd$lanes$1$bad_fin bad_fin(
        .d(bad_fin$d),
        .q(bad_fin$q),
        .clock(bad_fin$clock)
    );
    top$rd$lanes$1$bad_slot bad_slot(
        .d(bad_slot$d),
        .q(bad_slot$q),
        .clock(bad_slot$clock)
    );
    top$rd$lanes$1$used used(
        .d(used$d),
        .q(used$q),
        .clock(used$clock)
    );
    top$rd$lanes$1$res_ptr res_ptr(
        .d(res_ptr$d),
        .q(res_ptr$q),
        .clock(res_ptr$clock)
    );
    top$rd$lanes$1$rd_ptr rd_ptr(
        .d(rd_ptr$d),
        .q(rd_ptr$q),
        .clock(rd_ptr$clock)
    );
    top$rd$lanes$1$slot_tail slot_tail(
        .d(slot_tail$d),
        .q(slot_tail$q),
        .clock(slot_tail$clock)
    );
    top$rd$lanes$1$slot_head slot_head(
        .d(slot_head$d),
        .q(slot_head$q),
        .clock(slot_head$clock)
    );
    top$rd$lanes$1$slot_count slot_count(
        .d(slot_count$d),
        .q(slot_count$q),
        .clock(slot_count$clock)
    );
    top$rd$lanes$1$outst outst(
        .d(outst$d),
        .q(outst$q),
        .clock(outst$clock)
    );
    top$rd$lanes$1$done done(
        .d(done$d),
        .q(done$q),
        .clock(done$clock)
    );
    top$rd$lanes$1$failed failed(
        .d(failed$d),
        .q(failed$q),
        .clock(failed$clock)
    );
    top$rd$lanes$1$left left(
        .d(left$d),
        .q(left$q),
        .clock(left$clock)
    );
    top$rd$lanes$1$pend pend(
        .d(pend$d),
        .q(pend$q),
        .clock(pend$clock)
    );
    top$rd$lanes$1$pend_last pend_last(
        .d(pend_last$d),
        .q(pend_last$q),
        .clock(pend_last$clock)
    );
    top$rd$lanes$1$pend_error pend_error(
        .d(pend_error$d),
        .q(pend_error$q),
        .clock(pend_error$clock)
    );
    top$rd$lanes$1$out_valid out_valid(
        .d(out_valid$d),
        .q(out_valid$q),
        .clock(out_valid$clock)
    );
    top$rd$lanes$1$out_data out_data(
        .d(out_data$d),
        .q(out_data$q),
        .clock(out_data$clock)
    );
    top$rd$lanes$1$out_last out_last(
        .d(out_last$d),
        .q(out_last$q),
        .clock(out_last$clock)
    );
    top$rd$lanes$1$out_error out_error(
        .d(out_error$d),
        .q(out_error$q),
        .clock(out_error$clock)
    );
    top$rd$lanes$1$spare_valid spare_valid(
        .d(spare_valid$d),
        .q(spare_valid$q),
        .clock(spare_valid$clock)
    );
    top$rd$lanes$1$spare_data spare_data(
        .d(spare_data$d),
        .q(spare_data$q),
        .clock(spare_data$clock)
    );
    top$rd$lanes$1$spare_last spare_last(
        .d(spare_last$d),
        .q(spare_last$q),
        .clock(spare_last$clock)
    );
    top$rd$lanes$1$spare_error spare_error(
        .d(spare_error$d),
        .q(spare_error$q),
        .clock(spare_error$clock)
    );
    top$rd$lanes$1$data_ram data_ram(
        .read_address(data_ram$read_address),
        .read_clock(data_ram$read_clock),
        .read_data(data_ram$read_data),
        .write_address(data_ram$write_address),
        .write_clock(data_ram$write_clock),
        .write_data(data_ram$write_data),
        .write_enable(data_ram$write_enable)
    );
    top$rd$lanes$1$beats_ram beats_ram(
        .read_address(beats_ram$read_address),
        .read_clock(beats_ram$read_clock),
        .read_data(beats_ram$read_data),
        .write_address(beats_ram$write_address),
        .write_clock(beats_ram$write_clock),
        .write_data(beats_ram$write_data),
        .write_enable(beats_ram$write_enable)
    );
    
    // Update code
    always @(*) begin
        running$clock = clock;
        hold_valid$clock = clock;
        hold_addr$clock = clock;
        hold_len$clock = clock;
        hold_beats$clock = clock;
        hold_bad$clock = clock;
        fits$clock = clock;
        bad_fin$clock = clock;
        bad_slot$clock = clock;
        used$clock = clock;
        res_ptr$clock = clock;
        rd_ptr$clock = clock;
        slot_tail$clock = clock;
        slot_head$clock = clock;
        slot_count$clock = clock;
        outst$clock = clock;
        done$clock = clock;
        failed$clock = clock;
        left$clock = clock;
        pend$clock = clock;
        pend_last$clock = clock;
        pend_error$clock = clock;
        out_valid$clock = clock;
        out_data$clock = clock;
        out_last$clock = clock;
        out_error$clock = clock;
        spare_valid$clock = clock;
        spare_data$clock = clock;
        spare_last$clock = clock;
        spare_error$clock = clock;
        running$d = running$q;
        hold_valid$d = hold_valid$q;
        hold_addr$d = hold_addr$q;
        hold_len$d = hold_len$q;
        hold_beats$d = hold_beats$q;
        hold_bad$d = hold_bad$q;
        fits$d = fits$q;
        bad_fin$d = bad_fin$q;
        bad_slot$d = bad_slot$q;
        used$d = used$q;
        res_ptr$d = res_ptr$q;
        rd_ptr$d = rd_ptr$q;
        slot_tail$d = slot_tail$q;
        slot_head$d = slot_head$q;
        slot_count$d = slot_count$q;
        outst$d = outst$q;
        done$d = done$q;
        failed$d = failed$q;
        left$d = left$q;
        pend$d = pend$q;
        pend_last$d = pend_last$q;
        pend_error$d = pend_error$q;
        out_valid$d = out_valid$q;
        out_data$d = out_data$q;
        out_last$d = out_last$q;
        out_error$d = out_error$q;
        spare_valid$d = spare_valid$q;
        spare_data$d = spare_data$q;
        spare_last$d = spare_last$q;
        spare_error$d = spare_error$q;
        data_ram$write_clock = clock;
        data_ram$read_clock = clock;
        beats_ram$write_clock = clock;
        beats_ram$read_clock = clock;
        running$d = ~reset;
        req_ready = running$q & ~hold_valid$q;
        len_whole = req_len[(beat_shift)+:(10)];
        len_part = req_len[(32'h0)+:(3)];
        if (|len_part) begin
            len_beats = len_whole + 32'h1;
        end
        else begin
            len_beats = len_whole;
        end
        if (req_valid & req_ready) begin
            hold_valid$d = 1'b1;
            hold_addr$d = req_addr;
            hold_len$d = req_len;
            if ((req_len == 32'h0) | (req_len > max_len)) begin
                hold_bad$d = 1'b1;
                hold_beats$d = 32'h1;
            end
            else begin
                hold_bad$d = 1'b0;
                hold_beats$d = len_beats;
            end
        end
        need = ((used$q) & 12'hfff) + ((hold_beats$q) & 12'hfff);
        fits$d = hold_valid$q & ~grant & (need <= buf_beats) & (slot_count$q < slots);
        want = fits$q;
        want_bad = hold_bad$q;
        want_addr = hold_addr$q;
        want_len = hold_len$q;
        want_beats = hold_beats$q;
        want_slot = slot_tail$q;
        want_base = res_ptr$q;
        outstanding = outst$q;
        beats_ram$write_enable = grant;
        beats_ram$write_address = slot_tail$q;
        beats_ram$write_data = hold_beats$q;
        used_more = used$q + ((hold_beats$q) & 11'h7ff);
        if (grant) begin
            hold_valid$d = 1'b0;
            res_ptr$d = res_ptr$q + ((hold_beats$q) & 10'h3ff);
            slot_tail$d = slot_tail$q + 32'h1;
        end
        data_ram$write_enable = wr_enable;
        data_ram$write_address = wr_addr;
        data_ram$write_data = wr_data;
        out_fire = out_valid$q & resp_ready;
        out_stays = out_valid$q & ~out_fire;
        room = ~((out_stays & spare_valid$q) | (out_stays & pend$q) | (spare_valid$q & pend$q));
        head_done = done$q[slot_head$q];
        head_failed = failed$q[slot_head$q];
        if (|left$q) begin
            n = left$q;
        end
        else begin
            n = beats_ram$read_data;
        end
        issue = head_done & room & running$q;
        advance = issue & (n == 32'h1);
        data_ram$read_address = rd_ptr$q;
        if (advance) begin
            beats_ram$read_address = slot_head$q + 32'h1;
        end
        else begin
            beats_ram$read_address = slot_head$q;
        end
        pend$d = issue;
        if (issue) begin
            rd_ptr$d = rd_ptr$q + 32'h1;
            left$d = n - 32'h1;
            pend_last$d = n == 32'h1;
            pend_error$d = head_failed;
        end
        if (issue & grant) begin
            used$d = used_more - 32'h1;
        end
        if (issue & ~grant) begin
            used$d = used$q - 32'h1;
        end
        if (~issue & grant) begin
            used$d = used_more;
        end
        if (advance) begin
            slot_head$d = slot_head$q + 32'h1;
        end
        if (grant & ~advance) begin
            slot_count$d = slot_count$q + 32'h1;
        end
        if (~grant & advance) begin
            slot_count$d = slot_count$q - 32'h1;
        end
        done_a = done$q;
        failed_a = failed$q;
        if (advance) begin
            done_a = (done$q & ~(1 << (slot_head$q)) | ((1'b0) << (slot_head$q)));
            failed_a = (failed$q & ~(1 << (slot_head$q)) | ((1'b0) << (slot_head$q)));
        end
        done_b = done_a;
        failed_b = failed_a;
        outst_a = outst$q;
        if (fin) begin
            done_b = (done_a & ~(1 << (fin_slot)) | ((1'b1) << (fin_slot)));
            failed_b = (failed_a & ~(1 << (fin_slot)) | ((fin_error) << (fin_slot)));
            outst_a = (outst$q & ~(1 << (fin_slot)) | ((1'b0) << (fin_slot)));
        end
        done$d = done_b;
        failed$d = failed_b;
        outst$d = outst_a;
        bad_fin$d = grant & hold_bad$q;
        bad_slot$d = slot_tail$q;
        if (bad_fin$q) begin
            done$d = (done_b & ~(1 << (bad_slot$q)) | ((1'b1) << (bad_slot$q)));
            failed$d = (failed_b & ~(1 << (bad_slot$q)) | ((1'b1) << (bad_slot$q)));
        end
        if (grant & ~hold_bad$q) begin
            outst$d = (outst_a & ~(1 << (slot_tail$q)) | ((1'b1) << (slot_tail$q)));
        end
        if (pend_error$q) begin
            read_beat = 32'h0;
        end
        else begin
            read_beat = data_ram$read_data;
        end
        if (~out_stays) begin
            if (spare_valid$q) begin
                out_valid$d = 1'b1;
                out_data$d = spare_data$q;
                out_last$d = spare_last$q;
                out_error$d = spare_error$q;
                spare_valid$d = pend$q;
                spare_data$d = read_beat;
                spare_last$d = pend_last$q;
                spare_error$d = pend_error$q;
            end
            else begin
                out_valid$d = pend$q;
                out_data$d = read_beat;
                out_last$d = pend_last$q;
                out_error$d = pend_error$q;
            end
        end
        else if (pend$q) begin
            spare_valid$d = 1'b1;
            spare_data$d = read_beat;
            spare_last$d = pend_last$q;
            spare_error$d = pend_error$q;
        end
        resp_valid = out_valid$q;
        resp_data = out_data$q;
        resp_last = out_last$q;
        resp_error = out_error$q;
        if (reset) begin
            hold_valid$d = 1'b0;
            fits$d = 1'b0;
            used$d = 32'h0;
            res_ptr$d = 32'h0;
            rd_ptr$d = 32'h0;
            slot_tail$d = 32'h0;
            slot_head$d = 32'h0;
            slot_count$d = 32'h0;
            outst$d = 32'h0;
            done$d = 32'h0;
            failed$d = 32'h0;
            left$d = 32'h0;
            pend$d = 1'b0;
            out_valid$d = 1'b0;
            spare_valid$d = 1'b0;
            bad_fin$d = 1'b0;
        end
    end
    
endmodule // top$rd$lanes$1


module top$rd$lanes$1$bad_fin(d,q,clock);
    
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
          
endmodule // top$rd$lanes$1$bad_fin


module top$rd$lanes$1$bad_slot(d,q,clock);
    
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
          
endmodule // top$rd$lanes$1$bad_slot


module top$rd$lanes$1$beats_ram(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [3:0] read_address;
    input wire  read_clock;
    output reg  [9:0] read_data;
    input wire  [3:0] write_address;
    input wire  write_clock;
    input wire  [9:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[9:0] mem[15:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // top$rd$lanes$1$beats_ram


module top$rd$lanes$1$data_ram(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
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
                
endmodule // top$rd$lanes$1$data_ram


module top$rd$lanes$1$done(d,q,clock);
    
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
          
endmodule // top$rd$lanes$1$done


module top$rd$lanes$1$failed(d,q,clock);
    
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
          
endmodule // top$rd$lanes$1$failed


module top$rd$lanes$1$fits(d,q,clock);
    
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
          
endmodule // top$rd$lanes$1$fits


module top$rd$lanes$1$hold_addr(d,q,clock);
    
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
          
endmodule // top$rd$lanes$1$hold_addr


module top$rd$lanes$1$hold_bad(d,q,clock);
    
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
          
endmodule // top$rd$lanes$1$hold_bad


module top$rd$lanes$1$hold_beats(d,q,clock);
    
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
          
endmodule // top$rd$lanes$1$hold_beats


module top$rd$lanes$1$hold_len(d,q,clock);
    
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
          
endmodule // top$rd$lanes$1$hold_len


module top$rd$lanes$1$hold_valid(d,q,clock);
    
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
          
endmodule // top$rd$lanes$1$hold_valid


module top$rd$lanes$1$left(d,q,clock);
    
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
          
endmodule // top$rd$lanes$1$left


module top$rd$lanes$1$out_data(d,q,clock);
    
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
          
endmodule // top$rd$lanes$1$out_data


module top$rd$lanes$1$out_error(d,q,clock);
    
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
          
endmodule // top$rd$lanes$1$out_error


module top$rd$lanes$1$out_last(d,q,clock);
    
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
          
endmodule // top$rd$lanes$1$out_last


module top$rd$lanes$1$out_valid(d,q,clock);
    
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
          
endmodule // top$rd$lanes$1$out_valid


module top$rd$lanes$1$outst(d,q,clock);
    
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
          
endmodule // top$rd$lanes$1$outst


module top$rd$lanes$1$pend(d,q,clock);
    
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
          
endmodule // top$rd$lanes$1$pend


module top$rd$lanes$1$pend_error(d,q,clock);
    
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
          
endmodule // top$rd$lanes$1$pend_error


module top$rd$lanes$1$pend_last(d,q,clock);
    
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
          
endmodule // top$rd$lanes$1$pend_last


module top$rd$lanes$1$rd_ptr(d,q,clock);
    
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
          
endmodule // top$rd$lanes$1$rd_ptr


module top$rd$lanes$1$res_ptr(d,q,clock);
    
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
          
endmodule // top$rd$lanes$1$res_ptr


module top$rd$lanes$1$running(d,q,clock);
    
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
          
endmodule // top$rd$lanes$1$running


module top$rd$lanes$1$slot_count(d,q,clock);
    
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
          
endmodule // top$rd$lanes$1$slot_count


module top$rd$lanes$1$slot_head(d,q,clock);
    
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
          
endmodule // top$rd$lanes$1$slot_head


module top$rd$lanes$1$slot_tail(d,q,clock);
    
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
          
endmodule // top$rd$lanes$1$slot_tail


module top$rd$lanes$1$spare_data(d,q,clock);
    
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
          
endmodule // top$rd$lanes$1$spare_data


module top$rd$lanes$1$spare_error(d,q,clock);
    
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
          
endmodule // top$rd$lanes$1$spare_error


module top$rd$lanes$1$spare_last(d,q,clock);
    
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
          
endmodule // top$rd$lanes$1$spare_last


module top$rd$lanes$1$spare_valid(d,q,clock);
    
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
          
endmodule // top$rd$lanes$1$spare_valid


module top$rd$lanes$1$used(d,q,clock);
    
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
          
endmodule // top$rd$lanes$1$used


module top$rd$lanes$2(clock,reset,req_valid,req_ready,req_addr,req_len,resp_valid,resp_ready,resp_data,resp_last,resp_error,want,want_bad,want_addr,want_len,want_beats,want_slot,want_base,grant,outstanding,wr_enable,wr_addr,wr_data,fin,fin_slot,fin_error);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  req_valid;
    output reg  req_ready;
    input wire  [63:0] req_addr;
    input wire  [15:0] req_len;
    output reg  resp_valid;
    input wire  resp_ready;
    output reg  [63:0] resp_data;
    output reg  resp_last;
    output reg  resp_error;
    output reg  want;
    output reg  want_bad;
    output reg  [63:0] want_addr;
    output reg  [15:0] want_len;
    output reg  [9:0] want_beats;
    output reg  [3:0] want_slot;
    output reg  [9:0] want_base;
    input wire  grant;
    output reg  [15:0] outstanding;
    input wire  wr_enable;
    input wire  [9:0] wr_addr;
    input wire  [63:0] wr_data;
    input wire  fin;
    input wire  [3:0] fin_slot;
    input wire  fin_error;
    
    // Constant declarations
    localparam  beat_shift = 8'h3;
    localparam  max_len = 16'h1000;
    localparam  buf_beats = 12'h400;
    localparam  slots = 5'b10000;
    
    // Stub signals
    reg  running$d;
    wire  running$q;
    reg  running$clock;
    reg  hold_valid$d;
    wire  hold_valid$q;
    reg  hold_valid$clock;
    reg  [63:0] hold_addr$d;
    wire  [63:0] hold_addr$q;
    reg  hold_addr$clock;
    reg  [15:0] hold_len$d;
    wire  [15:0] hold_len$q;
    reg  hold_len$clock;
    reg  [9:0] hold_beats$d;
    wire  [9:0] hold_beats$q;
    reg  hold_beats$clock;
    reg  hold_bad$d;
    wire  hold_bad$q;
    reg  hold_bad$clock;
    reg  fits$d;
    wire  fits$q;
    reg  fits$clock;
    reg  bad_fin$d;
    wire  bad_fin$q;
    reg  bad_fin$clock;
    reg  [3:0] bad_slot$d;
    wire  [3:0] bad_slot$q;
    reg  bad_slot$clock;
    reg  [10:0] used$d;
    wire  [10:0] used$q;
    reg  used$clock;
    reg  [9:0] res_ptr$d;
    wire  [9:0] res_ptr$q;
    reg  res_ptr$clock;
    reg  [9:0] rd_ptr$d;
    wire  [9:0] rd_ptr$q;
    reg  rd_ptr$clock;
    reg  [3:0] slot_tail$d;
    wire  [3:0] slot_tail$q;
    reg  slot_tail$clock;
    reg  [3:0] slot_head$d;
    wire  [3:0] slot_head$q;
    reg  slot_head$clock;
    reg  [4:0] slot_count$d;
    wire  [4:0] slot_count$q;
    reg  slot_count$clock;
    reg  [15:0] outst$d;
    wire  [15:0] outst$q;
    reg  outst$clock;
    reg  [15:0] done$d;
    wire  [15:0] done$q;
    reg  done$clock;
    reg  [15:0] failed$d;
    wire  [15:0] failed$q;
    reg  failed$clock;
    reg  [9:0] left$d;
    wire  [9:0] left$q;
    reg  left$clock;
    reg  pend$d;
    wire  pend$q;
    reg  pend$clock;
    reg  pend_last$d;
    wire  pend_last$q;
    reg  pend_last$clock;
    reg  pend_error$d;
    wire  pend_error$q;
    reg  pend_error$clock;
    reg  out_valid$d;
    wire  out_valid$q;
    reg  out_valid$clock;
    reg  [63:0] out_data$d;
    wire  [63:0] out_data$q;
    reg  out_data$clock;
    reg  out_last$d;
    wire  out_last$q;
    reg  out_last$clock;
    reg  out_error$d;
    wire  out_error$q;
    reg  out_error$clock;
    reg  spare_valid$d;
    wire  spare_valid$q;
    reg  spare_valid$clock;
    reg  [63:0] spare_data$d;
    wire  [63:0] spare_data$q;
    reg  spare_data$clock;
    reg  spare_last$d;
    wire  spare_last$q;
    reg  spare_last$clock;
    reg  spare_error$d;
    wire  spare_error$q;
    reg  spare_error$clock;
    reg  [9:0] data_ram$read_address;
    reg  data_ram$read_clock;
    wire  [63:0] data_ram$read_data;
    reg  [9:0] data_ram$write_address;
    reg  data_ram$write_clock;
    reg  [63:0] data_ram$write_data;
    reg  data_ram$write_enable;
    reg  [3:0] beats_ram$read_address;
    reg  beats_ram$read_clock;
    wire  [9:0] beats_ram$read_data;
    reg  [3:0] beats_ram$write_address;
    reg  beats_ram$write_clock;
    reg  [9:0] beats_ram$write_data;
    reg  beats_ram$write_enable;
    
    // Local signals
    reg  [9:0] len_whole;
    reg  [2:0] len_part;
    reg  [9:0] len_beats;
    reg  [11:0] need;
    reg  out_fire;
    reg  out_stays;
    reg  room;
    reg  head_done;
    reg  head_failed;
    reg  [9:0] n;
    reg  issue;
    reg  advance;
    reg  [63:0] read_beat;
    reg  [10:0] used_more;
    reg  [15:0] done_a;
    reg  [15:0] done_b;
    reg  [15:0] failed_a;
    reg  [15:0] failed_b;
    reg  [15:0] outst_a;
    
    // Sub module instances
    top$rd$lanes$2$running running(
        .d(running$d),
        .q(running$q),
        .clock(running$clock)
    );
    top$rd$lanes$2$hold_valid hold_valid(
        .d(hold_valid$d),
        .q(hold_valid$q),
        .clock(hold_valid$clock)
    );
    top$rd$lanes$2$hold_addr hold_addr(
        .d(hold_addr$d),
        .q(hold_addr$q),
        .clock(hold_addr$clock)
    );
    top$rd$lanes$2$hold_len hold_len(
        .d(hold_len$d),
        .q(hold_len$q),
        .clock(hold_len$clock)
    );
    top$rd$lanes$2$hold_beats hold_beats(
        .d(hold_beats$d),
        .q(hold_beats$q),
        .clock(hold_beats$clock)
    );
    top$rd$lanes$2$hold_bad hold_bad(
        .d(hold_bad$d),
        .q(hold_bad$q),
        .clock(hold_bad$clock)
    );
    top$rd$lanes$2$fits fits(
        .d(fits$d),
        .q(fits$q),
        .clock(fits$clock)
    );
    top$rd$lanes$2$bad_fin bad_fin(
        .d(bad_fin$d),
        .q(bad_fin$q),
        .clock(bad_fin$clock)
    );
    top$rd$lanes$2$bad_slot bad_slot(
        .d(bad_slot$d),
        .q(bad_slot$q),
        .clock(bad_slot$clock)
    );
    top$rd$lanes$2$used used(
        .d(used$d),
        .q(used$q),
        .clock(used$clock)
    );
    top$rd$lanes$2$res_ptr res_ptr(
        .d(res_ptr$d),
        .q(res_ptr$q),
        .clock(res_ptr$clock)
    );
    top$rd$lanes$2$rd_ptr rd_ptr(
        .d(rd_ptr$d),
        .q(rd_ptr$q),
        .clock(rd_ptr$clock)
    );
    top$rd$lanes$2$slot_tail slot_tail(
        .d(slot_tail$d),
        .q(slot_tail$q),
        .clock(slot_tail$clock)
    );
    top$rd$lanes$2$slot_head slot_head(
        .d(slot_head$d),
        .q(slot_head$q),
        .clock(slot_head$clock)
    );
    top$rd$lanes$2$slot_count slot_count(
        .d(slot_count$d),
        .q(slot_count$q),
        .clock(slot_count$clock)
    );
    top$rd$lanes$2$outst outst(
        .d(outst$d),
        .q(outst$q),
        .clock(outst$clock)
    );
    top$rd$lanes$2$done done(
        .d(done$d),
        .q(done$q),
        .clock(done$clock)
    );
    top$rd$lanes$2$failed failed(
        .d(failed$d),
        .q(failed$q),
        .clock(failed$clock)
    );
    top$rd$lanes$2$left left(
        .d(left$d),
        .q(left$q),
        .clock(left$clock)
    );
    top$rd$lanes$2$pend pend(
        .d(pend$d),
        .q(pend$q),
        .clock(pend$clock)
    );
    top$rd$lanes$2$pend_last pend_last(
        .d(pend_last$d),
        .q(pend_last$q),
        .clock(pend_last$clock)
    );
    top$rd$lanes$2$pend_error pend_error(
        .d(pend_error$d),
        .q(pend_error$q),
        .clock(pend_error$clock)
    );
    top$rd$lanes$2$out_valid out_valid(
        .d(out_valid$d),
        .q(out_valid$q),
        .clock(out_valid$clock)
    );
    top$rd$lanes$2$out_data out_data(
        .d(out_data$d),
        .q(out_data$q),
        .clock(out_data$clock)
    );
    top$rd$lanes$2$out_last out_last(
        .d(out_last$d),
        .q(out_last$q),
        .clock(out_last$clock)
    );
    top$rd$lanes$2$out_error out_error(
        .d(out_error$d),
        .q(out_error$q),
        .clock(out_error$clock)
    );
    top$rd$lanes$2$spare_valid spare_valid(
        .d(spare_valid$d),
        .q(spare_valid$q),
        .clock(spare_valid$clock)
    );
    top$rd$lanes$2$spare_data spare_data(
        .d(spare_data$d),
        .q(spare_data$q),
        .clock(spare_data$clock)
    );
    top$rd$lanes$2$spare_last spare_last(
        .d(spare_last$d),
        .q(spare_last$q),
        .clock(spare_last$clock)
    );
    top$rd$lanes$2$spare_error spare_error(
        .d(spare_error$d),
        .q(spare_error$q),
        .clock(spare_error$clock)
    );
    top$rd$lanes$2$data_ram data_ram(
        .read_address(data_ram$read_address),
        .read_clock(data_ram$read_clock),
        .read_data(data_ram$read_data),
        .write_address(data_ram$write_address),
        .write_clock(data_ram$write_clock),
        .write_data(data_ram$write_data),
        .write_enable(data_ram$write_enable)
    );
    top$rd$lanes$2$beats_ram beats_ram(
        .read_address(beats_ram$read_address),
        .read_clock(beats_ram$read_clock),
        .read_data(beats_ram$read_data),
        .write_address(beats_ram$write_address),
        .write_clock(beats_ram$write_clock),
        .write_data(beats_ram$write_data),
        .write_enable(beats_ram$write_enable)
    );
    
    // Update code
    always @(*) begin
        running$clock = clock;
        hold_valid$clock = clock;
        hold_addr$clock = clock;
        hold_len$clock = clock;
        hold_beats$clock = clock;
        hold_bad$clock = clock;
        fits$clock = clock;
        bad_fin$clock = clock;
        bad_slot$clock = clock;
        used$clock = clock;
        res_ptr$clock = clock;
        rd_ptr$clock = clock;
        slot_tail$clock = clock;
        slot_head$clock = clock;
        slot_count$clock = clock;
        outst$clock = clock;
        done$clock = clock;
        failed$clock = clock;
        left$clock = clock;
        pend$clock = clock;
        pend_last$clock = clock;
        pend_error$clock = clock;
        out_valid$clock = clock;
        out_data$clock = clock;
        out_last$clock = clock;
        out_error$clock = clock;
        spare_valid$clock = clock;
        spare_data$clock = clock;
        spare_last$clock = clock;
        spare_error$clock = clock;
        running$d = running$q;
        hold_valid$d = hold_valid$q;
        hold_addr$d = hold_addr$q;
        hold_len$d = hold_len$q;
        hold_beats$d = hold_beats$q;
        hold_bad$d = hold_bad$q;
        fits$d = fits$q;
        bad_fin$d = bad_fin$q;
        bad_slot$d = bad_slot$q;
        used$d = used$q;
        res_ptr$d = res_ptr$q;
        rd_ptr$d = rd_ptr$q;
        slot_tail$d = slot_tail$q;
        slot_head$d = slot_head$q;
        slot_count$d = slot_count$q;
        outst$d = outst$q;
        done$d = done$q;
        failed$d = failed$q;
        left$d = left$q;
        pend$d = pend$q;
        pend_last$d = pend_last$q;
        pend_error$d = pend_error$q;
        out_valid$d = out_valid$q;
        out_data$d = out_data$q;
        out_last$d = out_last$q;
        out_error$d = out_error$q;
        spare_valid$d = spare_valid$q;
        spare_data$d = spare_data$q;
        spare_last$d = spare_last$q;
        spare_error$d = spare_error$q;
        data_ram$write_clock = clock;
        data_ram$read_clock = clock;
        beats_ram$write_clock = clock;
        beats_ram$read_clock = clock;
        running$d = ~reset;
        req_ready = running$q & ~hold_valid$q;
        len_whole = req_len[(beat_shift)+:(10)];
        len_part = req_len[(32'h0)+:(3)];
        if (|len_part) begin
            len_beats = len_whole + 32'h1;
        end
        else begin
            len_beats = len_whole;
        end
        if (req_valid & req_ready) begin
            hold_valid$d = 1'b1;
            hold_addr$d = req_addr;
            hold_len$d = req_len;
            if ((req_len == 32'h0) | (req_len > max_len)) begin
                hold_bad$d = 1'b1;
                hold_beats$d = 32'h1;
            end
            else begin
                hold_bad$d = 1'b0;
                hold_beats$d = len_beats;
            end
        end
        need = ((used$q) & 12'hfff) + ((hold_beats$q) & 12'hfff);
        fits$d = hold_valid$q & ~grant & (need <= buf_beats) & (slot_count$q < slots);
        want = fits$q;
        want_bad = hold_bad$q;
        want_addr = hold_addr$q;
        want_len = hold_len$q;
        want_beats = hold_beats$q;
        want_slot = slot_tail$q;
        want_base = res_ptr$q;
        outstanding = outst$q;
        beats_ram$write_enable = grant;
        beats_ram$write_address = slot_tail$q;
        beats_ram$write_data = hold_beats$q;
        used_more = used$q + ((hold_beats$q) & 11'h7ff);
        if (grant) begin
            hold_valid$d = 1'b0;
            res_ptr$d = res_ptr$q + ((hold_beats$q) & 10'h3ff);
            slot_tail$d = slot_tail$q + 32'h1;
        end
        data_ram$write_enable = wr_enable;
        data_ram$write_address = wr_addr;
        data_ram$write_data = wr_data;
        out_fire = out_valid$q & resp_ready;
        out_stays = out_valid$q & ~out_fire;
        room = ~((out_stays & spare_valid$q) | (out_stays & pend$q) | (spare_valid$q & pend$q));
        head_done = done$q[slot_head$q];
        head_failed = failed$q[slot_head$q];
        if (|left$q) begin
            n = left$q;
        end
        else begin
            n = beats_ram$read_data;
        end
        issue = head_done & room & running$q;
        advance = issue & (n == 32'h1);
        data_ram$read_address = rd_ptr$q;
        if (advance) begin
            beats_ram$read_address = slot_head$q + 32'h1;
        end
        else begin
            beats_ram$read_address = slot_head$q;
        end
        pend$d = issue;
        if (issue) begin
            rd_ptr$d = rd_ptr$q + 32'h1;
            left$d = n - 32'h1;
            pend_last$d = n == 32'h1;
            pend_error$d = head_failed;
        end
        if (issue & grant) begin
            used$d = used_more - 32'h1;
        end
        if (issue & ~grant) begin
            used$d = used$q - 32'h1;
        end
        if (~issue & grant) begin
            used$d = used_more;
        end
        if (advance) begin
            slot_head$d = slot_head$q + 32'h1;
        end
        if (grant & ~advance) begin
            slot_count$d = slot_count$q + 32'h1;
        end
        if (~grant & advance) begin
            slot_count$d = slot_count$q - 32'h1;
        end
        done_a = done$q;
        failed_a = failed$q;
        if (advance) begin
            done_a = (done$q & ~(1 << (slot_head$q)) | ((1'b0) << (slot_head$q)));
            failed_a = (failed$q & ~(1 << (slot_head$q)) | ((1'b0) << (slot_head$q)));
        end
        done_b = done_a;
        failed_b = failed_a;
        outst_a = outst$q;
        if (fin) begin
            done_b = (done_a & ~(1 << (fin_slot)) | ((1'b1) << (fin_slot)));
            failed_b = (failed_a & ~(1 << (fin_slot)) | ((fin_error) << (fin_slot)));
            outst_a = (outst$q & ~(1 << (fin_slot)) | ((1'b0) << (fin_slot)));
        end
        done$d = done_b;
        failed$d = failed_b;
        outst$d = outst_a;
        bad_fin$d = grant & hold_bad$q;
        bad_slot$d = slot_tail$q;
        if (bad_fin$q) begin
            done$d = (done_b & ~(1 << (bad_slot$q)) | ((1'b1) << (bad_slot$q)));
            failed$d = (failed_b & ~(1 << (bad_slot$q)) | ((1'b1) << (bad_slot$q)));
        end
        if (grant & ~hold_bad$q) begin
            outst$d = (outst_a & ~(1 << (slot_tail$q)) | ((1'b1) << (slot_tail$q)));
        end
        if (pend_error$q) begin
            read_beat = 32'h0;
        end
        else begin
            read_beat = data_ram$read_data;
        end
        if (~out_stays) begin
            if (spare_valid$q) begin
                out_valid$d = 1'b1;
                out_data$d = spare_data$q;
                out_last$d = spare_last$q;
                out_error$d = spare_error$q;
                spare_valid$d = pend$q;
                spare_data$d = read_beat;
                spare_last$d = pend_last$q;
                spare_error$d = pend_error$q;
            end
            else begin
                out_valid$d = pend$q;
                out_data$d = read_beat;
                out_last$d = pend_last$q;
                out_error$d = pend_error$q;
            end
        end
        else if (pend$q) begin
            spare_valid$d = 1'b1;
            spare_data$d = read_beat;
            spare_last$d = pend_last$q;
            spare_error$d = pend_error$q;
        end
        resp_valid = out_valid$q;
        resp_data = out_data$q;
        resp_last = out_last$q;
        resp_error = out_error$q;
        if (reset) begin
            hold_valid$d = 1'b0;
            fits$d = 1'b0;
            used$d = 32'h0;
            res_ptr$d = 32'h0;
            rd_ptr$d = 32'h0;
            slot_tail$d = 32'h0;
            slot_head$d = 32'h0;
            slot_count$d = 32'h0;
            outst$d = 32'h0;
            done$d = 32'h0;
            failed$d = 32'h0;
            left$d = 32'h0;
            pend$d = 1'b0;
            out_valid$d = 1'b0;
            spare_valid$d = 1'b0;
            bad_fin$d = 1'b0;
        end
    end
    
endmodule // top$rd$lanes$2


module top$rd$lanes$2$bad_fin(d,q,clock);
    
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
          
endmodule // top$rd$lanes$2$bad_fin


module top$rd$lanes$2$bad_slot(d,q,clock);
    
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
          
endmodule // top$rd$lanes$2$bad_slot


module top$rd$lanes$2$beats_ram(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [3:0] read_address;
    input wire  read_clock;
    output reg  [9:0] read_data;
    input wire  [3:0] write_address;
    input wire  write_clock;
    input wire  [9:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[9:0] mem[15:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // top$rd$lanes$2$beats_ram


module top$rd$lanes$2$data_ram(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
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
                
endmodule // top$rd$lanes$2$data_ram


module top$rd$lanes$2$done(d,q,clock);
    
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
          
endmodule // top$rd$lanes$2$done


module top$rd$lanes$2$failed(d,q,clock);
    
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
          
endmodule // top$rd$lanes$2$failed


module top$rd$lanes$2$fits(d,q,clock);
    
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
          
endmodule // top$rd$lanes$2$fits


module top$rd$lanes$2$hold_addr(d,q,clock);
    
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
          
endmodule // top$rd$lanes$2$hold_addr


module top$rd$lanes$2$hold_bad(d,q,clock);
    
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
          
endmodule // top$rd$lanes$2$hold_bad


module top$rd$lanes$2$hold_beats(d,q,clock);
    
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
          
endmodule // top$rd$lanes$2$hold_beats


module top$rd$lanes$2$hold_len(d,q,clock);
    
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
          
endmodule // top$rd$lanes$2$hold_len


module top$rd$lanes$2$hold_valid(d,q,clock);
    
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
          
endmodule // top$rd$lanes$2$hold_valid


module top$rd$lanes$2$left(d,q,clock);
    
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
          
endmodule // top$rd$lanes$2$left


module top$rd$lanes$2$out_data(d,q,clock);
    
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
          
endmodule // top$rd$lanes$2$out_data


module top$rd$lanes$2$out_error(d,q,clock);
    
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
          
endmodule // top$rd$lanes$2$out_error


module top$rd$lanes$2$out_last(d,q,clock);
    
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
          
endmodule // top$rd$lanes$2$out_last


module top$rd$lanes$2$out_valid(d,q,clock);
    
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
          
endmodule // top$rd$lanes$2$out_valid


module top$rd$lanes$2$outst(d,q,clock);
    
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
          
endmodule // top$rd$lanes$2$outst


module top$rd$lanes$2$pend(d,q,clock);
    
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
          
endmodule // top$rd$lanes$2$pend


module top$rd$lanes$2$pend_error(d,q,clock);
    
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
          
endmodule // top$rd$lanes$2$pend_error


module top$rd$lanes$2$pend_last(d,q,clock);
    
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
          
endmodule // top$rd$lanes$2$pend_last


module top$rd$lanes$2$rd_ptr(d,q,clock);
    
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
          
endmodule // top$rd$lanes$2$rd_ptr


module top$rd$lanes$2$res_ptr(d,q,clock);
    
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
          
endmodule // top$rd$lanes$2$res_ptr


module top$rd$lanes$2$running(d,q,clock);
    
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
          
endmodule // top$rd$lanes$2$running


module top$rd$lanes$2$slot_count(d,q,clock);
    
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
          
endmodule // top$rd$lanes$2$slot_count


module top$rd$lanes$2$slot_head(d,q,clock);
    
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
          
endmodule // top$rd$lanes$2$slot_head


module top$rd$lanes$2$slot_tail(d,q,clock);
    
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
          
endmodule // top$rd$lanes$2$slot_tail


module top$rd$lanes$2$spare_data(d,q,clock);
    
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
          
endmodule // top$rd$lanes$2$spare_data


module top$rd$lanes$2$spare_error(d,q,clock);
    
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
          
endmodule // top$rd$lanes$2$spare_error


module top$rd$lanes$2$spare_last(d,q,clock);
    
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
          
endmodule // top$rd$lanes$2$spare_last


module top$rd$lanes$2$spare_valid(d,q,clock);
    
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
          
endmodule // top$rd$lanes$2$spare_valid


module top$rd$lanes$2$used(d,q,clock);
    
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
          
endmodule // top$rd$lanes$2$used


module top$rd$mid(d,q,clock);
    
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
          
endmodule // top$rd$mid


module top$rd$r_data(d,q,clock);
    
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
          
endmodule // top$rd$r_data


module top$rd$r_error(d,q,clock);
    
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
          
endmodule // top$rd$r_error


module top$rd$r_last(d,q,clock);
    
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
          
endmodule // top$rd$r_last


module top$rd$r_tag(d,q,clock);
    
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
          
endmodule // top$rd$r_tag


module top$rd$r_valid(d,q,clock);
    
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
          
endmodule // top$rd$r_valid


module top$rd$req_addr(d,q,clock);
    
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
          
endmodule // top$rd$req_addr


module top$rd$req_len(d,q,clock);
    
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
          
endmodule // top$rd$req_len


module top$rd$req_tag(d,q,clock);
    
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
          
endmodule // top$rd$req_tag


module top$rd$req_valid(d,q,clock);
    
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
          
endmodule // top$rd$req_valid


module top$rd$resp_ready_q(d,q,clock);
    
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
          
endmodule // top$rd$resp_ready_q


module top$rd$rr_above(d,q,clock);
    
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
          
endmodule // top$rd$rr_above


module top$rd$tag_ram(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [7:0] read_address;
    input wire  read_clock;
    output reg  [19:0] read_data;
    input wire  [7:0] write_address;
    input wire  write_clock;
    input wire  [19:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[19:0] mem[255:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // top$rd$tag_ram


module top$rd$w_addr(d,q,clock);
    
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
          
endmodule // top$rd$w_addr


module top$rd$w_client(d,q,clock);
    
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
          
endmodule // top$rd$w_client


module top$rd$w_data(d,q,clock);
    
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
          
endmodule // top$rd$w_data


module top$rd$w_valid(d,q,clock);
    
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
          
endmodule // top$rd$w_valid


module top$regs(clock,reset,reg_addr,reg_wdata,reg_write,reg_read,reg_rdata,reg_rvalid,busy,cmd_busy,features,cnt_inc,rw,qpc_cmd_valid,qpc_cmd_ready,qpc_cmd_op,qpc_cmd_sel,qpc_staged,mr_cmd_valid,mr_cmd_ready,mr_cmd_op,mr_cmd_sel,mr_staged,cq_cmd_valid,cq_cmd_ready,cq_cmd_op,cq_cmd_sel,cq_staged,sq_pi_valid,sq_pi_qpn,sq_pi_value,rq_pi_valid,rq_pi_qpn,rq_pi_value,cq_ci_valid,cq_ci_cqn,cq_ci_value,cq_arm_valid,cq_arm_cqn,cq_arm_value);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [15:0] reg_addr;
    input wire  [31:0] reg_wdata;
    input wire  reg_write;
    input wire  reg_read;
    output reg  [31:0] reg_rdata;
    output reg  reg_rvalid;
    input wire  busy;
    input wire  cmd_busy;
    input wire  [31:0] features;
    input wire  [20:0] cnt_inc;
    output reg  [1215:0] rw;
    output reg  qpc_cmd_valid;
    input wire  qpc_cmd_ready;
    output reg  [1:0] qpc_cmd_op;
    output reg  [7:0] qpc_cmd_sel;
    output reg  [575:0] qpc_staged;
    output reg  mr_cmd_valid;
    input wire  mr_cmd_ready;
    output reg  [1:0] mr_cmd_op;
    output reg  [9:0] mr_cmd_sel;
    output reg  [287:0] mr_staged;
    output reg  cq_cmd_valid;
    input wire  cq_cmd_ready;
    output reg  [1:0] cq_cmd_op;
    output reg  [7:0] cq_cmd_sel;
    output reg  [159:0] cq_staged;
    output reg  sq_pi_valid;
    output reg  [7:0] sq_pi_qpn;
    output reg  [15:0] sq_pi_value;
    output reg  rq_pi_valid;
    output reg  [7:0] rq_pi_qpn;
    output reg  [15:0] rq_pi_value;
    output reg  cq_ci_valid;
    output reg  [7:0] cq_ci_cqn;
    output reg  [15:0] cq_ci_value;
    output reg  cq_arm_valid;
    output reg  [7:0] cq_arm_cqn;
    output reg  [15:0] cq_arm_value;
    
    // Constant declarations
    localparam  k_rw_off$0 = 16'h20;
    localparam  k_rw_off$1 = 16'h28;
    localparam  k_rw_off$2 = 16'h2c;
    localparam  k_rw_off$3 = 16'h30;
    localparam  k_rw_off$4 = 16'h34;
    localparam  k_rw_off$5 = 16'h38;
    localparam  k_rw_off$6 = 16'h100;
    localparam  k_rw_off$7 = 16'h104;
    localparam  k_rw_off$8 = 16'h108;
    localparam  k_rw_off$9 = 16'h10c;
    localparam  k_rw_off$10 = 16'h110;
    localparam  k_rw_off$11 = 16'h114;
    localparam  k_rw_off$12 = 16'h118;
    localparam  k_rw_off$13 = 16'h11c;
    localparam  k_rw_off$14 = 16'h120;
    localparam  k_rw_off$15 = 16'h124;
    localparam  k_rw_off$16 = 16'h128;
    localparam  k_rw_off$17 = 16'h12c;
    localparam  k_rw_off$18 = 16'h130;
    localparam  k_rw_off$19 = 16'h134;
    localparam  k_rw_off$20 = 16'h138;
    localparam  k_rw_off$21 = 16'h13c;
    localparam  k_rw_off$22 = 16'h140;
    localparam  k_rw_off$23 = 16'h144;
    localparam  k_rw_off$24 = 16'h200;
    localparam  k_rw_off$25 = 16'h204;
    localparam  k_rw_off$26 = 16'h208;
    localparam  k_rw_off$27 = 16'h20c;
    localparam  k_rw_off$28 = 16'h210;
    localparam  k_rw_off$29 = 16'h214;
    localparam  k_rw_off$30 = 16'h218;
    localparam  k_rw_off$31 = 16'h21c;
    localparam  k_rw_off$32 = 16'h220;
    localparam  k_rw_off$33 = 16'h300;
    localparam  k_rw_off$34 = 16'h304;
    localparam  k_rw_off$35 = 16'h308;
    localparam  k_rw_off$36 = 16'h30c;
    localparam  k_rw_off$37 = 16'h310;
    localparam  k_rw_shift$0 = 16'h0;
    localparam  k_rw_shift$1 = 16'h20;
    localparam  k_rw_shift$2 = 16'h40;
    localparam  k_rw_shift$3 = 16'h60;
    localparam  k_rw_shift$4 = 16'h80;
    localparam  k_rw_shift$5 = 16'ha0;
    localparam  k_rw_shift$6 = 16'hc0;
    localparam  k_rw_shift$7 = 16'he0;
    localparam  k_rw_shift$8 = 16'h100;
    localparam  k_rw_shift$9 = 16'h120;
    localparam  k_rw_shift$10 = 16'h140;
    localparam  k_rw_shift$11 = 16'h160;
    localparam  k_rw_shift$12 = 16'h180;
    localparam  k_rw_shift$13 = 16'h1a0;
    localparam  k_rw_shift$14 = 16'h1c0;
    localparam  k_rw_shift$15 = 16'h1e0;
    localparam  k_rw_shift$16 = 16'h200;
    localparam  k_rw_shift$17 = 16'h220;
    localparam  k_rw_shift$18 = 16'h240;
    localparam  k_rw_shift$19 = 16'h260;
    localparam  k_rw_shift$20 = 16'h280;
    localparam  k_rw_shift$21 = 16'h2a0;
    localparam  k_rw_shift$22 = 16'h2c0;
    localparam  k_rw_shift$23 = 16'h2e0;
    localparam  k_rw_shift$24 = 16'h300;
    localparam  k_rw_shift$25 = 16'h320;
    localparam  k_rw_shift$26 = 16'h340;
    localparam  k_rw_shift$27 = 16'h360;
    localparam  k_rw_shift$28 = 16'h380;
    localparam  k_rw_shift$29 = 16'h3a0;
    localparam  k_rw_shift$30 = 16'h3c0;
    localparam  k_rw_shift$31 = 16'h3e0;
    localparam  k_rw_shift$32 = 16'h400;
    localparam  k_rw_shift$33 = 16'h420;
    localparam  k_rw_shift$34 = 16'h440;
    localparam  k_rw_shift$35 = 16'h460;
    localparam  k_rw_shift$36 = 16'h480;
    localparam  k_rw_shift$37 = 16'h4a0;
    localparam  k_rw_mask$0 = 1216'hffffffff;
    localparam  k_rw_mask$1 = 1216'hffffffff00000000;
    localparam  k_rw_mask$2 = 1216'hffffffff0000000000000000;
    localparam  k_rw_mask$3 = 1216'hffffffff000000000000000000000000;
    localparam  k_rw_mask$4 = 1216'hffffffff00000000000000000000000000000000;
    localparam  k_rw_mask$5 = 1216'hffffffff0000000000000000000000000000000000000000;
    localparam  k_rw_mask$6 = 1216'hffffffff000000000000000000000000000000000000000000000000;
    localparam  k_rw_mask$7 = 1216'hffffffff00000000000000000000000000000000000000000000000000000000;
    localparam  k_rw_mask$8 = 1216'hffffffff0000000000000000000000000000000000000000000000000000000000000000;
    localparam  k_rw_mask$9 = 1216'hffffffff000000000000000000000000000000000000000000000000000000000000000000000000;
    localparam  k_rw_mask$10 = 1216'hffffffff00000000000000000000000000000000000000000000000000000000000000000000000000000000;
    localparam  k_rw_mask$11 = 1216'hffffffff0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    localparam  k_rw_mask$12 = 1216'hffffffff000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    localparam  k_rw_mask$13 = 1216'hffffffff00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    localparam  k_rw_mask$14 = 1216'hffffffff0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    localparam  k_rw_mask$15 = 1216'hffffffff000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    localparam  k_rw_mask$16 = 1216'hffffffff00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    localparam  k_rw_mask$17 = 1216'hffffffff0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    localparam  k_rw_mask$18 = 1216'hffffffff000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    localparam  k_rw_mask$19 = 1216'hffffffff00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    localparam  k_rw_mask$20 = 1216'hffffffff0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    localparam  k_rw_mask$21 = 1216'hffffffff000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    localparam  k_rw_mask$22 = 1216'hffffffff00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    localparam  k_rw_mask$23 = 1216'hffffffff0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    localparam  k_rw_mask$24 = 1216'hffffffff000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    localparam  k_rw_mask$25 = 1216'hffffffff00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    localparam  k_rw_mask$26 = 1216'hffffffff0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    localparam  k_rw_mask$27 = 1216'hffffffff000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    localparam  k_rw_mask$28 = 1216'hffffffff00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    localparam  k_rw_mask$29 = 1216'hffffffff0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    localparam  k_rw_mask$30 = 1216'hffffffff000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    localparam  k_rw_mask$31 = 1216'hffffffff00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    localparam  k_rw_mask$32 = 1216'hffffffff0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    localparam  k_rw_mask$33 = 1216'hffffffff000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    localparam  k_rw_mask$34 = 1216'hffffffff00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    localparam  k_rw_mask$35 = 1216'hffffffff0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    localparam  k_rw_mask$36 = 1216'hffffffff000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    localparam  k_rw_mask$37 = 1216'hffffffff00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    localparam  k_rw_reset = 1216'hc00000000000000000000000000000000000000000000000000000000000000000000000000a0000000000000000000000000000000000000000000000000000000000000000000010000010000000000000000000000000000000000000;
    localparam  k_cnt_off$0 = 16'h80;
    localparam  k_cnt_off$1 = 16'h84;
    localparam  k_cnt_off$2 = 16'h88;
    localparam  k_cnt_off$3 = 16'h8c;
    localparam  k_cnt_off$4 = 16'h90;
    localparam  k_cnt_off$5 = 16'h94;
    localparam  k_cnt_off$6 = 16'h98;
    localparam  k_cnt_off$7 = 16'h9c;
    localparam  k_cnt_off$8 = 16'ha0;
    localparam  k_cnt_off$9 = 16'ha4;
    localparam  k_cnt_off$10 = 16'ha8;
    localparam  k_cnt_off$11 = 16'hac;
    localparam  k_cnt_off$12 = 16'hb0;
    localparam  k_cnt_off$13 = 16'hb4;
    localparam  k_cnt_off$14 = 16'hb8;
    localparam  k_cnt_off$15 = 16'hbc;
    localparam  k_cnt_off$16 = 16'hc0;
    localparam  k_cnt_off$17 = 16'hc4;
    localparam  k_cnt_off$18 = 16'hc8;
    localparam  k_cnt_off$19 = 16'hcc;
    localparam  k_cnt_off$20 = 16'hd0;
    localparam  k_const_off$0 = 16'h0;
    localparam  k_const_off$1 = 16'h4;
    localparam  k_const_off$2 = 16'h8;
    localparam  k_const_off$3 = 16'hc;
    localparam  k_const_off$4 = 16'h10;
    localparam  k_const_off$5 = 16'h14;
    localparam  k_const_off$6 = 16'h18;
    localparam  k_const_val$0 = 32'h524e4943;
    localparam  k_const_val$1 = 32'h10002;
    localparam  k_const_val$2 = 32'h40;
    localparam  k_const_val$3 = 32'h100;
    localparam  k_const_val$4 = 32'h400;
    localparam  k_const_val$5 = 32'h100;
    localparam  k_const_val$6 = 32'h1000;
    localparam  k_status = 16'h24;
    localparam  k_features = 16'h1c;
    localparam  k_qpc_cmd = 16'h14c;
    localparam  k_mr_cmd = 16'h22c;
    localparam  k_cq_cmd = 16'h31c;
    localparam  k_qpc_lo = 16'hc0;
    localparam  k_mr_lo = 16'h300;
    localparam  k_cq_lo = 16'h420;
    localparam  k_qp_db = 16'h1000;
    localparam  k_qp_span = 16'h1000;
    localparam  k_qp_stride_mask = 16'hf;
    localparam  k_qp_shift = 16'h4;
    localparam  k_sq_pi = 16'h0;
    localparam  k_rq_pi = 16'h4;
    localparam  k_cq_db = 16'h800;
    localparam  k_cq_span = 16'h800;
    localparam  k_cq_stride_mask = 16'h7;
    localparam  k_cq_shift = 16'h3;
    localparam  k_cq_ci = 16'h0;
    localparam  k_cq_arm = 16'h4;
    
    // Stub signals
    reg  [1215:0] rw_q$d;
    wire  [1215:0] rw_q$q;
    reg  rw_q$clock;
    reg  [31:0] cnt$0$d;
    wire  [31:0] cnt$0$q;
    reg  cnt$0$clock;
    reg  [31:0] cnt$1$d;
    wire  [31:0] cnt$1$q;
    reg  cnt$1$clock;
    reg  [31:0] cnt$2$d;
    wire  [31:0] cnt$2$q;
    reg  cnt$2$clock;
    reg  [31:0] cnt$3$d;
    wire  [31:0] cnt$3$q;
    reg  cnt$3$clock;
    reg  [31:0] cnt$4$d;
    wire  [31:0] cnt$4$q;
    reg  cnt$4$clock;
    reg  [31:0] cnt$5$d;
    wire  [31:0] cnt$5$q;
    reg  cnt$5$clock;
    reg  [31:0] cnt$6$d;
    wire  [31:0] cnt$6$q;
    reg  cnt$6$clock;
    reg  [31:0] cnt$7$d;
    wire  [31:0] cnt$7$q;
    reg  cnt$7$clock;
    reg  [31:0] cnt$8$d;
    wire  [31:0] cnt$8$q;
    reg  cnt$8$clock;
    reg  [31:0] cnt$9$d;
    wire  [31:0] cnt$9$q;
    reg  cnt$9$clock;
    reg  [31:0] cnt$10$d;
    wire  [31:0] cnt$10$q;
    reg  cnt$10$clock;
    reg  [31:0] cnt$11$d;
    wire  [31:0] cnt$11$q;
    reg  cnt$11$clock;
    reg  [31:0] cnt$12$d;
    wire  [31:0] cnt$12$q;
    reg  cnt$12$clock;
    reg  [31:0] cnt$13$d;
    wire  [31:0] cnt$13$q;
    reg  cnt$13$clock;
    reg  [31:0] cnt$14$d;
    wire  [31:0] cnt$14$q;
    reg  cnt$14$clock;
    reg  [31:0] cnt$15$d;
    wire  [31:0] cnt$15$q;
    reg  cnt$15$clock;
    reg  [31:0] cnt$16$d;
    wire  [31:0] cnt$16$q;
    reg  cnt$16$clock;
    reg  [31:0] cnt$17$d;
    wire  [31:0] cnt$17$q;
    reg  cnt$17$clock;
    reg  [31:0] cnt$18$d;
    wire  [31:0] cnt$18$q;
    reg  cnt$18$clock;
    reg  [31:0] cnt$19$d;
    wire  [31:0] cnt$19$q;
    reg  cnt$19$clock;
    reg  [31:0] cnt$20$d;
    wire  [31:0] cnt$20$q;
    reg  cnt$20$clock;
    reg  sel_rw$0$d;
    wire  sel_rw$0$q;
    reg  sel_rw$0$clock;
    reg  sel_rw$1$d;
    wire  sel_rw$1$q;
    reg  sel_rw$1$clock;
    reg  sel_rw$2$d;
    wire  sel_rw$2$q;
    reg  sel_rw$2$clock;
    reg  sel_rw$3$d;
    wire  sel_rw$3$q;
    reg  sel_rw$3$clock;
    reg  sel_rw$4$d;
    wire  sel_rw$4$q;
    reg  sel_rw$4$clock;
    reg  sel_rw$5$d;
    wire  sel_rw$5$q;
    reg  sel_rw$5$clock;
    reg  sel_rw$6$d;
    wire  sel_rw$6$q;
    reg  sel_rw$6$clock;
    reg  sel_rw$7$d;
    wire  sel_rw$7$q;
    reg  sel_rw$7$clock;
    reg  sel_rw$8$d;
    wire  sel_rw$8$q;
    reg  sel_rw$8$clock;
    reg  sel_rw$9$d;
    wire  sel_rw$9$q;
    reg  sel_rw$9$clock;
    reg  sel_rw$10$d;
    wire  sel_rw$10$q;
    reg  sel_rw$10$clock;
    reg  sel_rw$11$d;
    wire  sel_rw$11$q;
    reg  sel_rw$11$clock;
    reg  sel_rw$12$d;
    wire  sel_rw$12$q;
    reg  sel_rw$12$clock;
    reg  sel_rw$13$d;
    wire  sel_rw$13$q;
    reg  sel_rw$13$clock;
    reg  sel_rw$14$d;
    wire  sel_rw$14$q;
    reg  sel_rw$14$clock;
    reg  sel_rw$15$d;
    wire  sel_rw$15$q;
    reg  sel_rw$15$clock;
    reg  sel_rw$16$d;
    wire  sel_rw$16$q;
    reg  sel_rw$16$clock;
    reg  sel_rw$17$d;
    wire  sel_rw$17$q;
    reg  sel_rw$17$clock;
    reg  sel_rw$18$d;
    wire  sel_rw$18$q;
    reg  sel_rw$18$clock;
    reg  sel_rw$19$d;
    wire  sel_rw$19$q;
    reg  sel_rw$19$clock;
    reg  sel_rw$20$d;
    wire  sel_rw$20$q;
    reg  sel_rw$20$clock;
    reg  sel_rw$21$d;
    wire  sel_rw$21$q;
    reg  sel_rw$21$clock;
    reg  sel_rw$22$d;
    wire  sel_rw$22$q;
    reg  sel_rw$22$clock;
    reg  sel_rw$23$d;
    wire  sel_rw$23$q;
    reg  sel_rw$23$clock;
    reg  sel_rw$24$d;
    wire  sel_rw$24$q;
    reg  sel_rw$24$clock;
    reg  sel_rw$25$d;
    wire  sel_rw$25$q;
    reg  sel_rw$25$clock;
    reg  sel_rw$26$d;
    wire  sel_rw$26$q;
    reg  sel_rw$26$clock;
    reg  sel_rw$27$d;
    wire  sel_rw$27$q;
    reg  sel_rw$27$clock;
    reg  sel_rw$28$d;
    wire  sel_rw$28$q;
    reg  sel_rw$28$clock;
    reg  sel_rw$29$d;
    wire  sel_rw$29$q;
    reg  sel_rw$29$clock;
    reg  sel_rw$30$d;
    wire  sel_rw$30$q;
    reg  sel_rw$30$clock;
    reg  sel_rw$31$d;
    wire  sel_rw$31$q;
    reg  sel_rw$31$clock;
    reg  sel_rw$32$d;
    wire  sel_rw$32$q;
    reg  sel_rw$32$clock;
    reg  sel_rw$33$d;
    wire  sel_rw$33$q;
    reg  sel_rw$33$clock;
    reg  sel_rw$34$d;
    wire  sel_rw$34$q;
    reg  sel_rw$34$clock;
    reg  sel_rw$35$d;
    wire  sel_rw$35$q;
    reg  sel_rw$35$clock;
    reg  sel_rw$36$d;
    wire  sel_rw$36$q;
    reg  sel_rw$36$clock;
    reg  sel_rw$37$d;
    wire  sel_rw$37$q;
    reg  sel_rw$37$clock;
    reg  sel_cnt$0$d;
    wire  sel_cnt$0$q;
    reg  sel_cnt$0$clock;
    reg  sel_cnt$1$d;
    wire  sel_cnt$1$q;
    reg  sel_cnt$1$clock;
    reg  sel_cnt$2$d;
    wire  sel_cnt$2$q;
    reg  sel_cnt$2$clock;
    reg  sel_cnt$3$d;
    wire  sel_cnt$3$q;
    reg  sel_cnt$3$clock;
    reg  sel_cnt$4$d;
    wire  sel_cnt$4$q;
    reg  sel_cnt$4$clock;
    reg  sel_cnt$5$d;
    wire  sel_cnt$5$q;
    reg  sel_cnt$5$clock;
    reg  sel_cnt$6$d;
    wire  sel_cnt$6$q;
    reg  sel_cnt$6$clock;
    reg  sel_cnt$7$d;
    wire  sel_cnt$7$q;
    reg  sel_cnt$7$clock;
    reg  sel_cnt$8$d;
    wire  sel_cnt$8$q;
    reg  sel_cnt$8$clock;
    reg  sel_cnt$9$d;
    wire  sel_cnt$9$q;
    reg  sel_cnt$9$clock;
    reg  sel_cnt$10$d;
    wire  sel_cnt$10$q;
    reg  sel_cnt$10$clock;
    reg  sel_cnt$11$d;
    wire  sel_cnt$11$q;
    reg  sel_cnt$11$clock;
    reg  sel_cnt$12$d;
    wire  sel_cnt$12$q;
    reg  sel_cnt$12$clock;
    reg  sel_cnt$13$d;
    wire  sel_cnt$13$q;
    reg  sel_cnt$13$clock;
    reg  sel_cnt$14$d;
    wire  sel_cnt$14$q;
    reg  sel_cnt$14$clock;
    reg  sel_cnt$15$d;
    wire  sel_cnt$15$q;
    reg  sel_cnt$15$clock;
    reg  sel_cnt$16$d;
    wire  sel_cnt$16$q;
    reg  sel_cnt$16$clock;
    reg  sel_cnt$17$d;
    wire  sel_cnt$17$q;
    reg  sel_cnt$17$clock;
    reg  sel_cnt$18$d;
    wire  sel_cnt$18$q;
    reg  sel_cnt$18$clock;
    reg  sel_cnt$19$d;
    wire  sel_cnt$19$q;
    reg  sel_cnt$19$clock;
    reg  sel_cnt$20$d;
    wire  sel_cnt$20$q;
    reg  sel_cnt$20$clock;
    reg  sel_const$0$d;
    wire  sel_const$0$q;
    reg  sel_const$0$clock;
    reg  sel_const$1$d;
    wire  sel_const$1$q;
    reg  sel_const$1$clock;
    reg  sel_const$2$d;
    wire  sel_const$2$q;
    reg  sel_const$2$clock;
    reg  sel_const$3$d;
    wire  sel_const$3$q;
    reg  sel_const$3$clock;
    reg  sel_const$4$d;
    wire  sel_const$4$q;
    reg  sel_const$4$clock;
    reg  sel_const$5$d;
    wire  sel_const$5$q;
    reg  sel_const$5$clock;
    reg  sel_const$6$d;
    wire  sel_const$6$q;
    reg  sel_const$6$clock;
    reg  sel_status$d;
    wire  sel_status$q;
    reg  sel_status$clock;
    reg  sel_features$d;
    wire  sel_features$q;
    reg  sel_features$clock;
    reg  rvalid_1$d;
    wire  rvalid_1$q;
    reg  rvalid_1$clock;
    reg  rvalid_2$d;
    wire  rvalid_2$q;
    reg  rvalid_2$clock;
    reg  [31:0] rdata$d;
    wire  [31:0] rdata$q;
    reg  rdata$clock;
    reg  qpc_pend$d;
    wire  qpc_pend$q;
    reg  qpc_pend$clock;
    reg  [1:0] qpc_op$d;
    wire  [1:0] qpc_op$q;
    reg  qpc_op$clock;
    reg  mr_pend$d;
    wire  mr_pend$q;
    reg  mr_pend$clock;
    reg  [1:0] mr_op$d;
    wire  [1:0] mr_op$q;
    reg  mr_op$clock;
    reg  cq_pend$d;
    wire  cq_pend$q;
    reg  cq_pend$clock;
    reg  [1:0] cq_op$d;
    wire  [1:0] cq_op$q;
    reg  cq_op$clock;
    reg  db_sq$d;
    wire  db_sq$q;
    reg  db_sq$clock;
    reg  db_rq$d;
    wire  db_rq$q;
    reg  db_rq$clock;
    reg  db_ci$d;
    wire  db_ci$q;
    reg  db_ci$clock;
    reg  db_arm$d;
    wire  db_arm$q;
    reg  db_arm$clock;
    reg  [7:0] db_qpn$d;
    wire  [7:0] db_qpn$q;
    reg  db_qpn$clock;
    reg  [7:0] db_cqn$d;
    wire  [7:0] db_cqn$q;
    reg  db_cqn$clock;
    reg  [15:0] db_value$d;
    wire  [15:0] db_value$q;
    reg  db_value$clock;
    
    // Local signals
    reg  [1215:0] wdata_wide;
    reg  [15:0] qp_off;
    reg  [15:0] cq_off;
    
    // Sub module instances
    top$regs$rw_q rw_q(
        .d(rw_q$d),
        .q(rw_q$q),
        .clock(rw_q$clock)
    );
    top$regs$cnt$0 cnt$0(
        .d(cnt$0$d),
        .q(cnt$0$q),
        .clock(cnt$0$clock)
    );
    top$regs$cnt$1 cnt$1(
        .d(cnt$1$d),
        .q(cnt$1$q),
        .clock(cnt$1$clock)
    );
    top$regs$cnt$2 cnt$2(
        .d(cnt$2$d),
        .q(cnt$2$q),
        .clock(cnt$2$clock)
    );
    top$regs$cnt$3 cnt$3(
        .d(cnt$3$d),
        .q(cnt$3$q),
        .clock(cnt$3$clock)
    );
    top$regs$cnt$4 cnt$4(
        .d(cnt$4$d),
        .q(cnt$4$q),
        .clock(cnt$4$clock)
    );
    top$regs$cnt$5 cnt$5(
        .d(cnt$5$d),
        .q(cnt$5$q),
        .clock(cnt$5$clock)
    );
    top$regs$cnt$6 cnt$6(
        .d(cnt$6$d),
        .q(cnt$6$q),
        .clock(cnt$6$clock)
    );
    top$regs$cnt$7 cnt$7(
        .d(cnt$7$d),
        .q(cnt$7$q),
        .clock(cnt$7$clock)
    );
    top$regs$cnt$8 cnt$8(
        .d(cnt$8$d),
        .q(cnt$8$q),
        .clock(cnt$8$clock)
    );
    top$regs$cnt$9 cnt$9(
        .d(cnt$9$d),
        .q(cnt$9$q),
        .clock(cnt$9$clock)
    );
    top$regs$cnt$10 cnt$10(
        .d(cnt$10$d),
        .q(cnt$10$q),
        .clock(cnt$10$clock)
    );
    top$regs$cnt$11 cnt$11(
        .d(cnt$11$d),
        .q(cnt$11$q),
        .clock(cnt$11$clock)
    );
    top$regs$cnt$12 cnt$12(
        .d(cnt$12$d),
        .q(cnt$12$q),
        .clock(cnt$12$clock)
    );
    top$regs$cnt$13 cnt$13(
        .d(cnt$13$d),
        .q(cnt$13$q),
        .clock(cnt$13$clock)
    );
    top$regs$cnt$14 cnt$14(
        .d(cnt$14$d),
        .q(cnt$14$q),
        .clock(cnt$14$clock)
    );
    top$regs$cnt$15 cnt$15(
        .d(cnt$15$d),
        .q(cnt$15$q),
        .clock(cnt$15$clock)
    );
    top$regs$cnt$16 cnt$16(
        .d(cnt$16$d),
        .q(cnt$16$q),
        .clock(cnt$16$clock)
    );
    top$regs$cnt$17 cnt$17(
        .d(cnt$17$d),
        .q(cnt$17$q),
        .clock(cnt$17$clock)
    );
    top$regs$cnt$18 cnt$18(
        .d(cnt$18$d),
        .q(cnt$18$q),
        .clock(cnt$18$clock)
    );
    top$regs$cnt$19 cnt$19(
        .d(cnt$19$d),
        .q(cnt$19$q),
        .clock(cnt$19$clock)
    );
    top$regs$cnt$20 cnt$20(
        .d(cnt$20$d),
        .q(cnt$20$q),
        .clock(cnt$20$clock)
    );
    top$regs$sel_rw$0 sel_rw$0(
        .d(sel_rw$0$d),
        .q(sel_rw$0$q),
        .clock(sel_rw$0$clock)
    );
    top$regs$sel_rw$1 sel_rw$1(
        .d(sel_rw$1$d),
        .q(sel_rw$1$q),
        .clock(sel_rw$1$clock)
    );
    top$regs$sel_rw$2 sel_rw$2(
        .d(sel_rw$2$d),
        .q(sel_rw$2$q),
        .clock(sel_rw$2$clock)
    );
    top$regs$sel_rw$3 sel_rw$3(
        .d(sel_rw$3$d),
        .q(sel_rw$3$q),
        .clock(sel_rw$3$clock)
    );
    top$regs$sel_rw$4 sel_rw$4(
        .d(sel_rw$4$d),
        .q(sel_rw$4$q),
        .clock(sel_rw$4$clock)
    );
    top$regs$sel_rw$5 sel_rw$5(
        .d(sel_rw$5$d),
        .q(sel_rw$5$q),
        .clock(sel_rw$5$clock)
    );
    top$regs$sel_rw$6 sel_rw$6(
        .d(sel_rw$6$d),
        .q(sel_rw$6$q),
        .clock(sel_rw$6$clock)
    );
    top$regs$sel_rw$7 sel_rw$7(
        .d(sel_rw$7$d),
        .q(sel_rw$7$q),
        .clock(sel_rw$7$clock)
    );
    top$regs$sel_rw$8 sel_rw$8(
        .d(sel_rw$8$d),
        .q(sel_rw$8$q),
        .clock(sel_rw$8$clock)
    );
    top$regs$sel_rw$9 sel_rw$9(
        .d(sel_rw$9$d),
        .q(sel_rw$9$q),
        .clock(sel_rw$9$clock)
    );
    top$regs$sel_rw$10 sel_rw$10(
        .d(sel_rw$10$d),
        .q(sel_rw$10$q),
        .clock(sel_rw$10$clock)
    );
    top$regs$sel_rw$11 sel_rw$11(
        .d(sel_rw$11$d),
        .q(sel_rw$11$q),
        .clock(sel_rw$11$clock)
    );
    top$regs$sel_rw$12 sel_rw$12(
        .d(sel_rw$12$d),
        .q(sel_rw$12$q),
        .clock(sel_rw$12$clock)
    );
    top$regs$sel_rw$13 sel_rw$13(
        .d(sel_rw$13$d),
        .q(sel_rw$13$q),
        .clock(sel_rw$13$clock)
    );
    top$regs$sel_rw$14 sel_rw$14(
        .d(sel_rw$14$d),
        .q(sel_rw$14$q),
        .clock(sel_rw$14$clock)
    );
    top$regs$sel_rw$15 sel_rw$15(
        .d(sel_rw$15$d),
        .q(sel_rw$15$q),
        .clock(sel_rw$15$clock)
    );
    top$regs$sel_rw$16 sel_rw$16(
        .d(sel_rw$16$d),
        .q(sel_rw$16$q),
        .clock(sel_rw$16$clock)
    );
    top$regs$sel_rw$17 sel_rw$17(
        .d(sel_rw$17$d),
        .q(sel_rw$17$q),
        .clock(sel_rw$17$clock)
    );
    top$regs$sel_rw$18 sel_rw$18(
        .d(sel_rw$18$d),
        .q(sel_rw$18$q),
        .clock(sel_rw$18$clock)
    );
    top$regs$sel_rw$19 sel_rw$19(
        .d(sel_rw$19$d),
        .q(sel_rw$19$q),
        .clock(sel_rw$19$clock)
    );
    top$regs$sel_rw$20 sel_rw$20(
        .d(sel_rw$20$d),
        .q(sel_rw$20$q),
        .clock(sel_rw$20$clock)
    );
    top$regs$sel_rw$21 sel_rw$21(
        .d(sel_rw$21$d),
        .q(sel_rw$21$q),
        .clock(sel_rw$21$clock)
    );
    top$regs$sel_rw$22 sel_rw$22(
        .d(sel_rw$22$d),
        .q(sel_rw$22$q),
        .clock(sel_rw$22$clock)
    );
    top$regs$sel_rw$23 sel_rw$23(
        .d(sel_rw$23$d),
        .q(sel_rw$23$q),
        .clock(sel_rw$23$clock)
    );
    top$regs$sel_rw$24 sel_rw$24(
        .d(sel_rw$24$d),
        .q(sel_rw$24$q),
        .clock(sel_rw$24$clock)
    );
    top$regs$sel_rw$25 sel_rw$25(
        .d(sel_rw$25$d),
        .q(sel_rw$25$q),
        .clock(sel_rw$25$clock)
    );
    top$regs$sel_rw$26 sel_rw$26(
        .d(sel_rw$26$d),
        .q(sel_rw$26$q),
        .clock(sel_rw$26$clock)
    );
    top$regs$sel_rw$27 sel_rw$27(
        .d(sel_rw$27$d),
        .q(sel_rw$27$q),
        .clock(sel_rw$27$clock)
    );
    top$regs$sel_rw$28 sel_rw$28(
        .d(sel_rw$28$d),
        .q(sel_rw$28$q),
        .clock(sel_rw$28$clock)
    );
    top$regs$sel_rw$29 sel_rw$29(
        .d(sel_rw$29$d),
        .q(sel_rw$29$q),
        .clock(sel_rw$29$clock)
    );
    top$regs$sel_rw$30 sel_rw$30(
        .d(sel_rw$30$d),
        .q(sel_rw$30$q),
        .clock(sel_rw$30$clock)
    );
    top$regs$sel_rw$31 sel_rw$31(
        .d(sel_rw$31$d),
        .q(sel_rw$31$q),
        .clock(sel_rw$31$clock)
    );
    top$regs$sel_rw$32 sel_rw$32(
        .d(sel_rw$32$d),
        .q(sel_rw$32$q),
        .clock(sel_rw$32$clock)
    );
    top$regs$sel_rw$33 sel_rw$33(
        .d(sel_rw$33$d),
        .q(sel_rw$33$q),
        .clock(sel_rw$33$clock)
    );
    top$regs$sel_rw$34 sel_rw$34(
        .d(sel_rw$34$d),
        .q(sel_rw$34$q),
        .clock(sel_rw$34$clock)
    );
    top$regs$sel_rw$35 sel_rw$35(
        .d(sel_rw$35$d),
        .q(sel_rw$35$q),
        .clock(sel_rw$35$clock)
    );
    top$regs$sel_rw$36 sel_rw$36(
        .d(sel_rw$36$d),
        .q(sel_rw$36$q),
        .clock(sel_rw$36$clock)
    );
    top$regs$sel_rw$37 sel_rw$37(
        .d(sel_rw$37$d),
        .q(sel_rw$37$q),
        .clock(sel_rw$37$clock)
    );
    top$regs$sel_cnt$0 sel_cnt$0(
        .d(sel_cnt$0$d),
        .q(sel_cnt$0$q),
        .clock(sel_cnt$0$clock)
    );
    top$regs$sel_cnt$1 sel_cnt$1(
        .d(sel_cnt$1$d),
        .q(sel_cnt$1$q),
        .clock(sel_cnt$1$clock)
    );
    top$regs$sel_cnt$2 sel_cnt$2(
        .d(sel_cnt$2$d),
        .q(sel_cnt$2$q),
        .clock(sel_cnt$2$clock)
    );
    top$regs$sel_cnt$3 sel_cnt$3(
        .d(sel_cnt$3$d),
        .q(sel_cnt$3$q),
        .clock(sel_cnt$3$clock)
    );
    top$regs$sel_cnt$4 sel_cnt$4(
        .d(sel_cnt$4$d),
        .q(sel_cnt$4$q),
        .clock(sel_cnt$4$clock)
    );
    top$regs$sel_cnt$5 sel_cnt$5(
        .d(sel_cnt$5$d),
        .q(sel_cnt$5$q),
        .clock(sel_cnt$5$clock)
    );
    top$regs$sel_cnt$6 sel_cnt$6(
        .d(sel_cnt$6$d),
        .q(sel_cnt$6$q),
        .clock(sel_cnt$6$clock)
    );
    top$regs$sel_cnt$7 sel_cnt$7(
        .d(sel_cnt$7$d),
        .q(sel_cnt$7$q),
        .clock(sel_cnt$7$clock)
    );
    top$regs$sel_cnt$8 sel_cnt$8(
        .d(sel_cnt$8$d),
        .q(sel_cnt$8$q),
        .clock(sel_cnt$8$clock)
    );
    top$regs$sel_cnt$9 sel_cnt$9(
        .d(sel_cnt$9$d),
        .q(sel_cnt$9$q),
        .clock(sel_cnt$9$clock)
    );
    top$regs$sel_cnt$10 sel_cnt$10(
        .d(sel_cnt$10$d),
        .q(sel_cnt$10$q),
        .clock(sel_cnt$10$clock)
    );
    top$regs$sel_cnt$11 sel_cnt$11(
        .d(sel_cnt$11$d),
        .q(sel_cnt$11$q),
        .clock(sel_cnt$11$clock)
    );
    top$regs$sel_cnt$12 sel_cnt$12(
        .d(sel_cnt$12$d),
        .q(sel_cnt$12$q),
        .clock(sel_cnt$12$clock)
    );
    top$regs$sel_cnt$13 sel_cnt$13(
        .d(sel_cnt$13$d),
        .q(sel_cnt$13$q),
        .clock(sel_cnt$13$clock)
    );
    top$regs$sel_cnt$14 sel_cnt$14(
        .d(sel_cnt$14$d),
        .q(sel_cnt$14$q),
        .clock(sel_cnt$14$clock)
    );
    top$regs$sel_cnt$15 sel_cnt$15(
        .d(sel_cnt$15$d),
        .q(sel_cnt$15$q),
        .clock(sel_cnt$15$clock)
    );
    top$regs$sel_cnt$16 sel_cnt$16(
        .d(sel_cnt$16$d),
        .q(sel_cnt$16$q),
        .clock(sel_cnt$16$clock)
    );
    top$regs$sel_cnt$17 sel_cnt$17(
        .d(sel_cnt$17$d),
        .q(sel_cnt$17$q),
        .clock(sel_cnt$17$clock)
    );
    top$regs$sel_cnt$18 sel_cnt$18(
        .d(sel_cnt$18$d),
        .q(sel_cnt$18$q),
        .clock(sel_cnt$18$clock)
    );
    top$regs$sel_cnt$19 sel_cnt$19(
        .d(sel_cnt$19$d),
        .q(sel_cnt$19$q),
        .clock(sel_cnt$19$clock)
    );
    top$regs$sel_cnt$20 sel_cnt$20(
        .d(sel_cnt$20$d),
        .q(sel_cnt$20$q),
        .clock(sel_cnt$20$clock)
    );
    top$regs$sel_const$0 sel_const$0(
        .d(sel_const$0$d),
        .q(sel_const$0$q),
        .clock(sel_const$0$clock)
    );
    top$regs$sel_const$1 sel_const$1(
        .d(sel_const$1$d),
        .q(sel_const$1$q),
        .clock(sel_const$1$clock)
    );
    top$regs$sel_const$2 sel_const$2(
        .d(sel_const$2$d),
        .q(sel_const$2$q),
        .clock(sel_const$2$clock)
    );
    top$regs$sel_const$3 sel_const$3(
        .d(sel_const$3$d),
        .q(sel_const$3$q),
        .clock(sel_const$3$clock)
    );
    top$regs$sel_const$4 sel_const$4(
        .d(sel_const$4$d),
        .q(sel_const$4$q),
        .clock(sel_const$4$clock)
    );
    top$regs$sel_const$5 sel_const$5(
        .d(sel_const$5$d),
        .q(sel_const$5$q),
        .clock(sel_const$5$clock)
    );
    top$regs$sel_const$6 sel_const$6(
        .d(sel_const$6$d),
        .q(sel_const$6$q),
        .clock(sel_const$6$clock)
    );
    top$regs$sel_status sel_status(
        .d(sel_status$d),
        .q(sel_status$q),
        .clock(sel_status$clock)
    );
    top$regs$sel_features sel_features(
        .d(sel_features$d),
        .q(sel_features$q),
        .clock(sel_features$clock)
    );
    top$regs$rvalid_1 rvalid_1(
        .d(rvalid_1$d),
        .q(rvalid_1$q),
        .clock(rvalid_1$clock)
    );
    top$regs$rvalid_2 rvalid_2(
        .d(rvalid_2$d),
        .q(rvalid_2$q),
        .clock(rvalid_2$clock)
    );
    top$regs$rdata rdata(
        .d(rdata$d),
        .q(rdata$q),
        .clock(rdata$clock)
    );
    top$regs$qpc_pend qpc_pend(
        .d(qpc_pend$d),
        .q(qpc_pend$q),
        .clock(qpc_pend$clock)
    );
    top$regs$qpc_op qpc_op(
        .d(qpc_op$d),
        .q(qpc_op$q),
        .clock(qpc_op$clock)
    );
    top$regs$mr_pend mr_pend(
        .d(mr_pend$d),
        .q(mr_pend$q),
        .clock(mr_pend$clock)
    );
    top$regs$mr_op mr_op(
        .d(mr_op$d),
        .q(mr_op$q),
        .clock(mr_op$clock)
    );
    top$regs$cq_pend cq_pend(
        .d(cq_pend$d),
        .q(cq_pend$q),
        .clock(cq_pend$clock)
    );
    top$regs$cq_op cq_op(
        .d(cq_op$d),
        .q(cq_op$q),
        .clock(cq_op$clock)
    );
    top$regs$db_sq db_sq(
        .d(db_sq$d),
        .q(db_sq$q),
        .clock(db_sq$clock)
    );
    top$regs$db_rq db_rq(
        .d(db_rq$d),
        .q(db_rq$q),
        .clock(db_rq$clock)
    );
    top$regs$db_ci db_ci(
        .d(db_ci$d),
        .q(db_ci$q),
        .clock(db_ci$clock)
    );
    top$regs$db_arm db_arm(
        .d(db_arm$d),
        .q(db_arm$q),
        .clock(db_arm$clock)
    );
    top$regs$db_qpn db_qpn(
        .d(db_qpn$d),
        .q(db_qpn$q),
        .clock(db_qpn$clock)
    );
    top$regs$db_cqn db_cqn(
        .d(db_cqn$d),
        .q(db_cqn$q),
        .clock(db_cqn$clock)
    );
    top$regs$db_value db_value(
        .d(db_value$d),
        .q(db_value$q),
        .clock(db_value$clock)
    );
    
    // Update code
    always @(*) begin
        rw_q$clock = clock;
        rvalid_1$clock = clock;
        rvalid_2$clock = clock;
        sel_status$clock = clock;
        sel_features$clock = clock;
        rdata$clock = clock;
        qpc_pend$clock = clock;
        qpc_op$clock = clock;
        mr_pend$clock = clock;
        mr_op$clock = clock;
        cq_pend$clock = clock;
        cq_op$clock = clock;
        db_sq$clock = clock;
        db_rq$clock = clock;
        db_ci$clock = clock;
        db_arm$clock = clock;
        db_qpn$clock = clock;
        db_cqn$clock = clock;
        db_value$clock = clock;
        rw_q$d = rw_q$q;
        rvalid_1$d = rvalid_1$q;
        rvalid_2$d = rvalid_2$q;
        sel_status$d = sel_status$q;
        sel_features$d = sel_features$q;
        rdata$d = rdata$q;
        qpc_pend$d = qpc_pend$q;
        qpc_op$d = qpc_op$q;
        mr_pend$d = mr_pend$q;
        mr_op$d = mr_op$q;
        cq_pend$d = cq_pend$q;
        cq_op$d = cq_op$q;
        db_sq$d = db_sq$q;
        db_rq$d = db_rq$q;
        db_ci$d = db_ci$q;
        db_arm$d = db_arm$q;
        db_qpn$d = db_qpn$q;
        db_cqn$d = db_cqn$q;
        db_value$d = db_value$q;
        cnt$0$clock = clock;
        cnt$0$d = cnt$0$q;
        sel_cnt$0$clock = clock;
        sel_cnt$0$d = 1'b0;
        cnt$1$clock = clock;
        cnt$1$d = cnt$1$q;
        sel_cnt$1$clock = clock;
        sel_cnt$1$d = 1'b0;
        cnt$2$clock = clock;
        cnt$2$d = cnt$2$q;
        sel_cnt$2$clock = clock;
        sel_cnt$2$d = 1'b0;
        cnt$3$clock = clock;
        cnt$3$d = cnt$3$q;
        sel_cnt$3$clock = clock;
        sel_cnt$3$d = 1'b0;
        cnt$4$clock = clock;
        cnt$4$d = cnt$4$q;
        sel_cnt$4$clock = clock;
        sel_cnt$4$d = 1'b0;
        cnt$5$clock = clock;
        cnt$5$d = cnt$5$q;
        sel_cnt$5$clock = clock;
        sel_cnt$5$d = 1'b0;
        cnt$6$clock = clock;
        cnt$6$d = cnt$6$q;
        sel_cnt$6$clock = clock;
        sel_cnt$6$d = 1'b0;
        cnt$7$clock = clock;
        cnt$7$d = cnt$7$q;
        sel_cnt$7$clock = clock;
        sel_cnt$7$d = 1'b0;
        cnt$8$clock = clock;
        cnt$8$d = cnt$8$q;
        sel_cnt$8$clock = clock;
        sel_cnt$8$d = 1'b0;
        cnt$9$clock = clock;
        cnt$9$d = cnt$9$q;
        sel_cnt$9$clock = clock;
        sel_cnt$9$d = 1'b0;
        cnt$10$clock = clock;
        cnt$10$d = cnt$10$q;
        sel_cnt$10$clock = clock;
        sel_cnt$10$d = 1'b0;
        cnt$11$clock = clock;
        cnt$11$d = cnt$11$q;
        sel_cnt$11$clock = clock;
        sel_cnt$11$d = 1'b0;
        cnt$12$clock = clock;
        cnt$12$d = cnt$12$q;
        sel_cnt$12$clock = clock;
        sel_cnt$12$d = 1'b0;
        cnt$13$clock = clock;
        cnt$13$d = cnt$13$q;
        sel_cnt$13$clock = clock;
        sel_cnt$13$d = 1'b0;
        cnt$14$clock = clock;
        cnt$14$d = cnt$14$q;
        sel_cnt$14$clock = clock;
        sel_cnt$14$d = 1'b0;
        cnt$15$clock = clock;
        cnt$15$d = cnt$15$q;
        sel_cnt$15$clock = clock;
        sel_cnt$15$d = 1'b0;
        cnt$16$clock = clock;
        cnt$16$d = cnt$16$q;
        sel_cnt$16$clock = clock;
        sel_cnt$16$d = 1'b0;
        cnt$17$clock = clock;
        cnt$17$d = cnt$17$q;
        sel_cnt$17$clock = clock;
        sel_cnt$17$d = 1'b0;
        cnt$18$clock = clock;
        cnt$18$d = cnt$18$q;
        sel_cnt$18$clock = clock;
        sel_cnt$18$d = 1'b0;
        cnt$19$clock = clock;
        cnt$19$d = cnt$19$q;
        sel_cnt$19$clock = clock;
        sel_cnt$19$d = 1'b0;
        cnt$20$clock = clock;
        cnt$20$d = cnt$20$q;
        sel_cnt$20$clock = clock;
        sel_cnt$20$d = 1'b0;
        sel_rw$0$clock = clock;
        sel_rw$0$d = 1'b0;
        sel_rw$1$clock = clock;
        sel_rw$1$d = 1'b0;
        sel_rw$2$clock = clock;
        sel_rw$2$d = 1'b0;
        sel_rw$3$clock = clock;
        sel_rw$3$d = 1'b0;
        sel_rw$4$clock = clock;
        sel_rw$4$d = 1'b0;
        sel_rw$5$clock = clock;
        sel_rw$5$d = 1'b0;
        sel_rw$6$clock = clock;
        sel_rw$6$d = 1'b0;
        sel_rw$7$clock = clock;
        sel_rw$7$d = 1'b0;
        sel_rw$8$clock = clock;
        sel_rw$8$d = 1'b0;
        sel_rw$9$clock = clock;
        sel_rw$9$d = 1'b0;
        sel_rw$10$clock = clock;
        sel_rw$10$d = 1'b0;
        sel_rw$11$clock = clock;
        sel_rw$11$d = 1'b0;
        sel_rw$12$clock = clock;
        sel_rw$12$d = 1'b0;
        sel_rw$13$clock = clock;
        sel_rw$13$d = 1'b0;
        sel_rw$14$clock = clock;
        sel_rw$14$d = 1'b0;
        sel_rw$15$clock = clock;
        sel_rw$15$d = 1'b0;
        sel_rw$16$clock = clock;
        sel_rw$16$d = 1'b0;
        sel_rw$17$clock = clock;
        sel_rw$17$d = 1'b0;
        sel_rw$18$clock = clock;
        sel_rw$18$d = 1'b0;
        sel_rw$19$clock = clock;
        sel_rw$19$d = 1'b0;
        sel_rw$20$clock = clock;
        sel_rw$20$d = 1'b0;
        sel_rw$21$clock = clock;
        sel_rw$21$d = 1'b0;
        sel_rw$22$clock = clock;
        sel_rw$22$d = 1'b0;
        sel_rw$23$clock = clock;
        sel_rw$23$d = 1'b0;
        sel_rw$24$clock = clock;
        sel_rw$24$d = 1'b0;
        sel_rw$25$clock = clock;
        sel_rw$25$d = 1'b0;
        sel_rw$26$clock = clock;
        sel_rw$26$d = 1'b0;
        sel_rw$27$clock = clock;
        sel_rw$27$d = 1'b0;
        sel_rw$28$clock = clock;
        sel_rw$28$d = 1'b0;
        sel_rw$29$clock = clock;
        sel_rw$29$d = 1'b0;
        sel_rw$30$clock = clock;
        sel_rw$30$d = 1'b0;
        sel_rw$31$clock = clock;
        sel_rw$31$d = 1'b0;
        sel_rw$32$clock = clock;
        sel_rw$32$d = 1'b0;
        sel_rw$33$clock = clock;
        sel_rw$33$d = 1'b0;
        sel_rw$34$clock = clock;
        sel_rw$34$d = 1'b0;
        sel_rw$35$clock = clock;
        sel_rw$35$d = 1'b0;
        sel_rw$36$clock = clock;
        sel_rw$36$d = 1'b0;
        sel_rw$37$clock = clock;
        sel_rw$37$d = 1'b0;
        sel_const$0$clock = clock;
        sel_const$0$d = 1'b0;
        sel_const$1$clock = clock;
        sel_const$1$d = 1'b0;
        sel_const$2$clock = clock;
        sel_const$2$d = 1'b0;
        sel_const$3$clock = clock;
        sel_const$3$d = 1'b0;
        sel_const$4$clock = clock;
        sel_const$4$d = 1'b0;
        sel_const$5$clock = clock;
        sel_const$5$d = 1'b0;
        sel_const$6$clock = clock;
        sel_const$6$d = 1'b0;
        wdata_wide = ((reg_wdata) & 1216'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
        if (reg_write) begin
            if (reg_addr == k_rw_off$0) begin
                rw_q$d = (rw_q$q & ~k_rw_mask$0) | (wdata_wide << k_rw_shift$0);
            end
            if (reg_addr == k_rw_off$1) begin
                rw_q$d = (rw_q$q & ~k_rw_mask$1) | (wdata_wide << k_rw_shift$1);
            end
            if (reg_addr == k_rw_off$2) begin
                rw_q$d = (rw_q$q & ~k_rw_mask$2) | (wdata_wide << k_rw_shift$2);
            end
            if (reg_addr == k_rw_off$3) begin
                rw_q$d = (rw_q$q & ~k_rw_mask$3) | (wdata_wide << k_rw_shift$3);
            end
            if (reg_addr == k_rw_off$4) begin
                rw_q$d = (rw_q$q & ~k_rw_mask$4) | (wdata_wide << k_rw_shift$4);
            end
            if (reg_addr == k_rw_off$5) begin
                rw_q$d = (rw_q$q & ~k_rw_mask$5) | (wdata_wide << k_rw_shift$5);
            end
            if (reg_addr == k_rw_off$6) begin
                rw_q$d = (rw_q$q & ~k_rw_mask$6) | (wdata_wide << k_rw_shift$6);
            end
            if (reg_addr == k_rw_off$7) begin
                rw_q$d = (rw_q$q & ~k_rw_mask$7) | (wdata_wide << k_rw_shift$7);
            end
            if (reg_addr == k_rw_off$8) begin
                rw_q$d = (rw_q$q & ~k_rw_mask$8) | (wdata_wide << k_rw_shift$8);
            end
            if (reg_addr == k_rw_off$9) begin
                rw_q$d = (rw_q$q & ~k_rw_mask$9) | (wdata_wide << k_rw_shift$9);
            end
            if (reg_addr == k_rw_off$10) begin
                rw_q$d = (rw_q$q & ~k_rw_mask$10) | (wdata_wide << k_rw_shift$10);
            end
            if (reg_addr == k_rw_off$11) begin
                rw_q$d = (rw_q$q & ~k_rw_mask$11) | (wdata_wide << k_rw_shift$11);
            end
            if (reg_addr == k_rw_off$12) begin
                rw_q$d = (rw_q$q & ~k_rw_mask$12) | (wdata_wide << k_rw_shift$12);
            end
            if (reg_addr == k_rw_off$13) begin
                rw_q$d = (rw_q$q & ~k_rw_mask$13) | (wdata_wide << k_rw_shift$13);
            end
            if (reg_addr == k_rw_off$14) begin
                rw_q$d = (rw_q$q & ~k_rw_mask$14) | (wdata_wide << k_rw_shift$14);
            end
            if (reg_addr == k_rw_off$15) begin
                rw_q$d = (rw_q$q & ~k_rw_mask$15) | (wdata_wide << k_rw_shift$15);
            end
            if (reg_addr == k_rw_off$16) begin
                rw_q$d = (rw_q$q & ~k_rw_mask$16) | (wdata_wide << k_rw_shift$16);
            end
            if (reg_addr == k_rw_off$17) begin
                rw_q$d = (rw_q$q & ~k_rw_mask$17) | (wdata_wide << k_rw_shift$17);
            end
            if (reg_addr == k_rw_off$18) begin
                rw_q$d = (rw_q$q & ~k_rw_mask$18) | (wdata_wide << k_rw_shift$18);
            end
            if (reg_addr == k_rw_off$19) begin
                rw_q$d = (rw_q$q & ~k_rw_mask$19) | (wdata_wide << k_rw_shift$19);
            end
            if (reg_addr == k_rw_off$20) begin
                rw_q$d = (rw_q$q & ~k_rw_mask$20) | (wdata_wide << k_rw_shift$20);
            end
            if (reg_addr == k_rw_off$21) begin
                rw_q$d = (rw_q$q & ~k_rw_mask$21) | (wdata_wide << k_rw_shift$21);
            end
            if (reg_addr == k_rw_off$22) begin
                rw_q$d = (rw_q$q & ~k_rw_mask$22) | (wdata_wide << k_rw_shift$22);
            end
            if (reg_addr == k_rw_off$23) begin
                rw_q$d = (rw_q$q & ~k_rw_mask$23) | (wdata_wide << k_rw_shift$23);
            end
            if (reg_addr == k_rw_off$24) begin
                rw_q$d = (rw_q$q & ~k_rw_mask$24) | (wdata_wide << k_rw_shift$24);
            end
            if (reg_addr == k_rw_off$25) begin
                rw_q$d = (rw_q$q & ~k_rw_mask$25) | (wdata_wide << k_rw_shift$25);
            end
            if (reg_addr == k_rw_off$26) begin
                rw_q$d = (rw_q$q & ~k_rw_mask$26) | (wdata_wide << k_rw_shift$26);
            end
            if (reg_addr == k_rw_off$27) begin
                rw_q$d = (rw_q$q & ~k_rw_mask$27) | (wdata_wide << k_rw_shift$27);
            end
            if (reg_addr == k_rw_off$28) begin
                rw_q$d = (rw_q$q & ~k_rw_mask$28) | (wdata_wide << k_rw_shift$28);
            end
            if (reg_addr == k_rw_off$29) begin
                rw_q$d = (rw_q$q & ~k_rw_mask$29) | (wdata_wide << k_rw_shift$29);
            end
            if (reg_addr == k_rw_off$30) begin
                rw_q$d = (rw_q$q & ~k_rw_mask$30) | (wdata_wide << k_rw_shift$30);
            end
            if (reg_addr == k_rw_off$31) begin
                rw_q$d = (rw_q$q & ~k_rw_mask$31) | (wdata_wide << k_rw_shift$31);
            end
            if (reg_addr == k_rw_off$32) begin
                rw_q$d = (rw_q$q & ~k_rw_mask$32) | (wdata_wide << k_rw_shift$32);
            end
            if (reg_addr == k_rw_off$33) begin
                rw_q$d = (rw_q$q & ~k_rw_mask$33) | (wdata_wide << k_rw_shift$33);
            end
            if (reg_addr == k_rw_off$34) begin
                rw_q$d = (rw_q$q & ~k_rw_mask$34) | (wdata_wide << k_rw_shift$34);
            end
            if (reg_addr == k_rw_off$35) begin
                rw_q$d = (rw_q$q & ~k_rw_mask$35) | (wdata_wide << k_rw_shift$35);
            end
            if (reg_addr == k_rw_off$36) begin
                rw_q$d = (rw_q$q & ~k_rw_mask$36) | (wdata_wide << k_rw_shift$36);
            end
            if (reg_addr == k_rw_off$37) begin
                rw_q$d = (rw_q$q & ~k_rw_mask$37) | (wdata_wide << k_rw_shift$37);
            end
        end
        rw = rw_q$q;
        qpc_pend$d = qpc_pend$q & ~qpc_cmd_ready;
        mr_pend$d = mr_pend$q & ~mr_cmd_ready;
        cq_pend$d = cq_pend$q & ~cq_cmd_ready;
        if (reg_write & |reg_wdata[(32'h0)+:(2)]) begin
            if ((reg_addr == k_qpc_cmd) & ~qpc_pend$q) begin
                qpc_pend$d = 1'b1;
                qpc_op$d = reg_wdata[(32'h0)+:(2)];
            end
            if ((reg_addr == k_mr_cmd) & ~mr_pend$q) begin
                mr_pend$d = 1'b1;
                mr_op$d = reg_wdata[(32'h0)+:(2)];
            end
            if ((reg_addr == k_cq_cmd) & ~cq_pend$q) begin
                cq_pend$d = 1'b1;
                cq_op$d = reg_wdata[(32'h0)+:(2)];
            end
        end
        qpc_cmd_valid = qpc_pend$q;
        qpc_cmd_op = qpc_op$q;
        qpc_staged = rw_q$q[(k_qpc_lo)+:(576)];
        qpc_cmd_sel = qpc_staged[(32'h0)+:(8)];
        mr_cmd_valid = mr_pend$q;
        mr_cmd_op = mr_op$q;
        mr_staged = rw_q$q[(k_mr_lo)+:(288)];
        mr_cmd_sel = mr_staged[(32'h0)+:(10)];
        cq_cmd_valid = cq_pend$q;
        cq_cmd_op = cq_op$q;
        cq_staged = rw_q$q[(k_cq_lo)+:(160)];
        cq_cmd_sel = cq_staged[(32'h0)+:(8)];
        qp_off = reg_addr - k_qp_db;
        cq_off = reg_addr - k_cq_db;
        db_sq$d = 1'b0;
        db_rq$d = 1'b0;
        db_ci$d = 1'b0;
        db_arm$d = 1'b0;
        db_value$d = reg_wdata[(32'h0)+:(16)];
        db_qpn$d = qp_off[(k_qp_shift)+:(8)];
        db_cqn$d = cq_off[(k_cq_shift)+:(8)];
        if (reg_write & (reg_addr >= k_qp_db) & (qp_off < k_qp_span)) begin
            db_sq$d = (qp_off & k_qp_stride_mask) == k_sq_pi;
            db_rq$d = (qp_off & k_qp_stride_mask) == k_rq_pi;
        end
        if (reg_write & (reg_addr >= k_cq_db) & (cq_off < k_cq_span)) begin
            db_ci$d = (cq_off & k_cq_stride_mask) == k_cq_ci;
            db_arm$d = (cq_off & k_cq_stride_mask) == k_cq_arm;
        end
        sq_pi_valid = db_sq$q;
        sq_pi_qpn = db_qpn$q;
        sq_pi_value = db_value$q;
        rq_pi_valid = db_rq$q;
        rq_pi_qpn = db_qpn$q;
        rq_pi_value = db_value$q;
        cq_ci_valid = db_ci$q;
        cq_ci_cqn = db_cqn$q;
        cq_ci_value = db_value$q;
        cq_arm_valid = db_arm$q;
        cq_arm_cqn = db_cqn$q;
        cq_arm_value = db_value$q;
        if (cnt_inc[0]) begin
            cnt$0$d = cnt$0$q + 32'h1;
        end
        if (cnt_inc[1]) begin
            cnt$1$d = cnt$1$q + 32'h1;
        end
        if (cnt_inc[2]) begin
            cnt$2$d = cnt$2$q + 32'h1;
        end
        if (cnt_inc[3]) begin
            cnt$3$d = cnt$3$q + 32'h1;
        end
        if (cnt_inc[4]) begin
            cnt$4$d = cnt$4$q + 32'h1;
        end
        if (cnt_inc[5]) begin
            cnt$5$d = cnt$5$q + 32'h1;
        end
        if (cnt_inc[6]) begin
            cnt$6$d = cnt$6$q + 32'h1;
        end
        if (cnt_inc[7]) begin
            cnt$7$d = cnt$7$q + 32'h1;
        end
        if (cnt_inc[8]) begin
            cnt$8$d = cnt$8$q + 32'h1;
        end
        if (cnt_inc[9]) begin
            cnt$9$d = cnt$9$q + 32'h1;
        end
        if (cnt_inc[10]) begin
            cnt$10$d = cnt$10$q + 32'h1;
        end
        if (cnt_inc[11]) begin
            cnt$11$d = cnt$11$q + 32'h1;
        end
        if (cnt_inc[12]) begin
            cnt$12$d = cnt$12$q + 32'h1;
        end
        if (cnt_inc[13]) begin
            cnt$13$d = cnt$13$q + 32'h1;
        end
        if (cnt_inc[14]) begin
            cnt$14$d = cnt$14$q + 32'h1;
        end
        if (cnt_inc[15]) begin
            cnt$15$d = cnt$15$q + 32'h1;
        end
        if (cnt_inc[16]) begin
            cnt$16$d = cnt$16$q + 32'h1;
        end
        if (cnt_inc[17]) begin
            cnt$17$d = cnt$17$q + 32'h1;
        end
        if (cnt_inc[18]) begin
            cnt$18$d = cnt$18$q + 32'h1;
        end
        if (cnt_inc[19]) begin
            cnt$19$d = cnt$19$q + 32'h1;
        end
        if (cnt_inc[20]) begin
            cnt$20$d = cnt$20$q + 32'h1;
        end
        if (reg_read) begin
            sel_rw$0$d = reg_addr == k_rw_off$0;
            sel_rw$1$d = reg_addr == k_rw_off$1;
            sel_rw$2$d = reg_addr == k_rw_off$2;
            sel_rw$3$d = reg_addr == k_rw_off$3;
            sel_rw$4$d = reg_addr == k_rw_off$4;
            sel_rw$5$d = reg_addr == k_rw_off$5;
            sel_rw$6$d = reg_addr == k_rw_off$6;
            sel_rw$7$d = reg_addr == k_rw_off$7;
            sel_rw$8$d = reg_addr == k_rw_off$8;
            sel_rw$9$d = reg_addr == k_rw_off$9;
            sel_rw$10$d = reg_addr == k_rw_off$10;
            sel_rw$11$d = reg_addr == k_rw_off$11;
            sel_rw$12$d = reg_addr == k_rw_off$12;
            sel_rw$13$d = reg_addr == k_rw_off$13;
            sel_rw$14$d = reg_addr == k_rw_off$14;
            sel_rw$15$d = reg_addr == k_rw_off$15;
            sel_rw$16$d = reg_addr == k_rw_off$16;
            sel_rw$17$d = reg_addr == k_rw_off$17;
            sel_rw$18$d = reg_addr == k_rw_off$18;
            sel_rw$19$d = reg_addr == k_rw_off$19;
            sel_rw$20$d = reg_addr == k_rw_off$20;
            sel_rw$21$d = reg_addr == k_rw_off$21;
            sel_rw$22$d = reg_addr == k_rw_off$22;
            sel_rw$23$d = reg_addr == k_rw_off$23;
            sel_rw$24$d = reg_addr == k_rw_off$24;
            sel_rw$25$d = reg_addr == k_rw_off$25;
            sel_rw$26$d = reg_addr == k_rw_off$26;
            sel_rw$27$d = reg_addr == k_rw_off$27;
            sel_rw$28$d = reg_addr == k_rw_off$28;
            sel_rw$29$d = reg_addr == k_rw_off$29;
            sel_rw$30$d = reg_addr == k_rw_off$30;
            sel_rw$31$d = reg_addr == k_rw_off$31;
            sel_rw$32$d = reg_addr == k_rw_off$32;
            sel_rw$33$d = reg_addr == k_rw_off$33;
            sel_rw$34$d = reg_addr == k_rw_off$34;
            sel_rw$35$d = reg_addr == k_rw_off$35;
            sel_rw$36$d = reg_addr == k_rw_off$36;
            sel_rw$37$d = reg_addr == k_rw_off$37;
            sel_cnt$0$d = reg_addr == k_cnt_off$0;
            sel_cnt$1$d = reg_addr == k_cnt_off$1;
            sel_cnt$2$d = reg_addr == k_cnt_off$2;
            sel_cnt$3$d = reg_addr == k_cnt_off$3;
            sel_cnt$4$d = reg_addr == k_cnt_off$4;
            sel_cnt$5$d = reg_addr == k_cnt_off$5;
            sel_cnt$6$d = reg_addr == k_cnt_off$6;
            sel_cnt$7$d = reg_addr == k_cnt_off$7;
            sel_cnt$8$d = reg_addr == k_cnt_off$8;
            sel_cnt$9$d = reg_addr == k_cnt_off$9;
            sel_cnt$10$d = reg_addr == k_cnt_off$10;
            sel_cnt$11$d = reg_addr == k_cnt_off$11;
            sel_cnt$12$d = reg_addr == k_cnt_off$12;
            sel_cnt$13$d = reg_addr == k_cnt_off$13;
            sel_cnt$14$d = reg_addr == k_cnt_off$14;
            sel_cnt$15$d = reg_addr == k_cnt_off$15;
            sel_cnt$16$d = reg_addr == k_cnt_off$16;
            sel_cnt$17$d = reg_addr == k_cnt_off$17;
            sel_cnt$18$d = reg_addr == k_cnt_off$18;
            sel_cnt$19$d = reg_addr == k_cnt_off$19;
            sel_cnt$20$d = reg_addr == k_cnt_off$20;
            sel_const$0$d = reg_addr == k_const_off$0;
            sel_const$1$d = reg_addr == k_const_off$1;
            sel_const$2$d = reg_addr == k_const_off$2;
            sel_const$3$d = reg_addr == k_const_off$3;
            sel_const$4$d = reg_addr == k_const_off$4;
            sel_const$5$d = reg_addr == k_const_off$5;
            sel_const$6$d = reg_addr == k_const_off$6;
        end
        sel_status$d = reg_read & (reg_addr == k_status);
        sel_features$d = reg_read & (reg_addr == k_features);
        rdata$d = 32'h0;
        if (sel_rw$0$q) begin
            rdata$d = rdata$d | rw_q$q[(k_rw_shift$0)+:(32)];
        end
        if (sel_rw$1$q) begin
            rdata$d = rdata$d | rw_q$q[(k_rw_shift$1)+:(32)];
        end
        if (sel_rw$2$q) begin
            rdata$d = rdata$d | rw_q$q[(k_rw_shift$2)+:(32)];
        end
        if (sel_rw$3$q) begin
            rdata$d = rdata$d | rw_q$q[(k_rw_shift$3)+:(32)];
        end
        if (sel_rw$4$q) begin
            rdata$d = rdata$d | rw_q$q[(k_rw_shift$4)+:(32)];
        end
        if (sel_rw$5$q) begin
            rdata$d = rdata$d | rw_q$q[(k_rw_shift$5)+:(32)];
        end
        if (sel_rw$6$q) begin
            rdata$d = rdata$d | rw_q$q[(k_rw_shift$6)+:(32)];
        end
        if (sel_rw$7$q) begin
            rdata$d = rdata$d | rw_q$q[(k_rw_shift$7)+:(32)];
        end
        if (sel_rw$8$q) begin
            rdata$d = rdata$d | rw_q$q[(k_rw_shift$8)+:(32)];
        end
        if (sel_rw$9$q) begin
            rdata$d = rdata$d | rw_q$q[(k_rw_shift$9)+:(32)];
        end
        if (sel_rw$10$q) begin
            rdata$d = rdata$d | rw_q$q[(k_rw_shift$10)+:(32)];
        end
        if (sel_rw$11$q) begin
            rdata$d = rdata$d | rw_q$q[(k_rw_shift$11)+:(32)];
        end
        if (sel_rw$12$q) begin
            rdata$d = rdata$d | rw_q$q[(k_rw_shift$12)+:(32)];
        end
        if (sel_rw$13$q) begin
            rdata$d = rdata$d | rw_q$q[(k_rw_shift$13)+:(32)];
        end
        if (sel_rw$14$q) begin
            rdata$d = rdata$d | rw_q$q[(k_rw_shift$14)+:(32)];
        end
        if (sel_rw$15$q) begin
            rdata$d = rdata$d | rw_q$q[(k_rw_shift$15)+:(32)];
        end
        if (sel_rw$16$q) begin
            rdata$d = rdata$d | rw_q$q[(k_rw_shift$16)+:(32)];
        end
        if (sel_rw$17$q) begin
            rdata$d = rdata$d | rw_q$q[(k_rw_shift$17)+:(32)];
        end
        if (sel_rw$18$q) begin
            rdata$d = rdata$d | rw_q$q[(k_rw_shift$18)+:(32)];
        end
        if (sel_rw$19$q) begin
            rdata$d = rdata$d | rw_q$q[(k_rw_shift$19)+:(32)];
        end
        if (sel_rw$20$q) begin
            rdata$d = rdata$d | rw_q$q[(k_rw_shift$20)+:(32)];
        end
        if (sel_rw$21$q) begin
            rdata$d = rdata$d | rw_q$q[(k_rw_shift$21)+:(32)];
        end
        if (sel_rw$22$q) begin
            rdata$d = rdata$d | rw_q$q[(k_rw_shift$22)+:(32)];
        end
        if (sel_rw$23$q) begin
            rdata$d = rdata$d | rw_q$q[(k_rw_shift$23)+:(32)];
        end
        if (sel_rw$24$q) begin
            rdata$d = rdata$d | rw_q$q[(k_rw_shift$24)+:(32)];
        end
        if (sel_rw$25$q) begin
            rdata$d = rdata$d | rw_q$q[(k_rw_shift$25)+:(32)];
        end
        if (sel_rw$26$q) begin
            rdata$d = rdata$d | rw_q$q[(k_rw_shift$26)+:(32)];
        end
        if (sel_rw$27$q) begin
            rdata$d = rdata$d | rw_q$q[(k_rw_shift$27)+:(32)];
        end
        if (sel_rw$28$q) begin
            rdata$d = rdata$d | rw_q$q[(k_rw_shift$28)+:(32)];
        end
        if (sel_rw$29$q) begin
            rdata$d = rdata$d | rw_q$q[(k_rw_shift$29)+:(32)];
        end
        if (sel_rw$30$q) begin
            rdata$d = rdata$d | rw_q$q[(k_rw_shift$30)+:(32)];
        end
        if (sel_rw$31$q) begin
            rdata$d = rdata$d | rw_q$q[(k_rw_shift$31)+:(32)];
        end
        if (sel_rw$32$q) begin
            rdata$d = rdata$d | rw_q$q[(k_rw_shift$32)+:(32)];
        end
        if (sel_rw$33$q) begin
            rdata$d = rdata$d | rw_q$q[(k_rw_shift$33)+:(32)];
        end
        if (sel_rw$34$q) begin
            rdata$d = rdata$d | rw_q$q[(k_rw_shift$34)+:(32)];
        end
        if (sel_rw$35$q) begin
            rdata$d = rdata$d | rw_q$q[(k_rw_shift$35)+:(32)];
        end
        if (sel_rw$36$q) begin
            rdata$d = rdata$d | rw_q$q[(k_rw_shift$36)+:(32)];
        end
        if (sel_rw$37$q) begin
            rdata$d = rdata$d | rw_q$q[(k_rw_shift$37)+:(32)];
        end
        if (sel_cnt$0$q) begin
            rdata$d = rdata$d | cnt$0$q;
        end
        if (sel_cnt$1$q) begin
            rdata$d = rdata$d | cnt$1$q;
        end
        if (sel_cnt$2$q) begin
            rdata$d = rdata$d | cnt$2$q;
        end
        if (sel_cnt$3$q) begin
            rdata$d = rdata$d | cnt$3$q;
        end
        if (sel_cnt$4$q) begin
            rdata$d = rdata$d | cnt$4$q;
        end
        if (sel_cnt$5$q) begin
            rdata$d = rdata$d | cnt$5$q;
        end
        if (sel_cnt$6$q) begin
            rdata$d = rdata$d | cnt$6$q;
        end
        if (sel_cnt$7$q) begin
            rdata$d = rdata$d | cnt$7$q;
        end
        if (sel_cnt$8$q) begin
            rdata$d = rdata$d | cnt$8$q;
        end
        if (sel_cnt$9$q) begin
            rdata$d = rdata$d | cnt$9$q;
        end
        if (sel_cnt$10$q) begin
            rdata$d = rdata$d | cnt$10$q;
        end
        if (sel_cnt$11$q) begin
            rdata$d = rdata$d | cnt$11$q;
        end
        if (sel_cnt$12$q) begin
            rdata$d = rdata$d | cnt$12$q;
        end
        if (sel_cnt$13$q) begin
            rdata$d = rdata$d | cnt$13$q;
        end
        if (sel_cnt$14$q) begin
            rdata$d = rdata$d | cnt$14$q;
        end
        if (sel_cnt$15$q) begin
            rdata$d = rdata$d | cnt$15$q;
        end
        if (sel_cnt$16$q) begin
            rdata$d = rdata$d | cnt$16$q;
        end
        if (sel_cnt$17$q) begin
            rdata$d = rdata$d | cnt$17$q;
        end
        if (sel_cnt$18$q) begin
            rdata$d = rdata$d | cnt$18$q;
        end
        if (sel_cnt$19$q) begin
            rdata$d = rdata$d | cnt$19$q;
        end
        if (sel_cnt$20$q) begin
            rdata$d = rdata$d | cnt$20$q;
        end
        if (sel_const$0$q) begin
            rdata$d = rdata$d | k_const_val$0;
        end
        if (sel_const$1$q) begin
            rdata$d = rdata$d | k_const_val$1;
        end
        if (sel_const$2$q) begin
            rdata$d = rdata$d | k_const_val$2;
        end
        if (sel_const$3$q) begin
            rdata$d = rdata$d | k_const_val$3;
        end
        if (sel_const$4$q) begin
            rdata$d = rdata$d | k_const_val$4;
        end
        if (sel_const$5$q) begin
            rdata$d = rdata$d | k_const_val$5;
        end
        if (sel_const$6$q) begin
            rdata$d = rdata$d | k_const_val$6;
        end
        if (sel_status$q) begin
            rdata$d = rdata$d | ((busy) & 32'hffffffff) | ((((qpc_pend$q | mr_pend$q | cq_pend$q | cmd_busy)) & 32'hffffffff) << 32'h1);
        end
        if (sel_features$q) begin
            rdata$d = rdata$d | features;
        end
        rvalid_1$d = reg_read;
        rvalid_2$d = rvalid_1$q;
        reg_rvalid = rvalid_2$q;
        reg_rdata = rdata$q;
        if (reset) begin
            rw_q$d = k_rw_reset;
            cnt$0$d = 32'h0;
            cnt$1$d = 32'h0;
            cnt$2$d = 32'h0;
            cnt$3$d = 32'h0;
            cnt$4$d = 32'h0;
            cnt$5$d = 32'h0;
            cnt$6$d = 32'h0;
            cnt$7$d = 32'h0;
            cnt$8$d = 32'h0;
            cnt$9$d = 32'h0;
            cnt$10$d = 32'h0;
            cnt$11$d = 32'h0;
            cnt$12$d = 32'h0;
            cnt$13$d = 32'h0;
            cnt$14$d = 32'h0;
            cnt$15$d = 32'h0;
            cnt$16$d = 32'h0;
            cnt$17$d = 32'h0;
            cnt$18$d = 32'h0;
            cnt$19$d = 32'h0;
            cnt$20$d = 32'h0;
            qpc_pend$d = 1'b0;
            mr_pend$d = 1'b0;
            cq_pend$d = 1'b0;
            db_sq$d = 1'b0;
            db_rq$d = 1'b0;
            db_ci$d = 1'b0;
            db_arm$d = 1'b0;
        end
    end
    
endmodule // top$regs


module top$regs$cnt$0(d,q,clock);
    
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
          
endmodule // top$regs$cnt$0


module top$regs$cnt$1(d,q,clock);
    
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
          
endmodule // top$regs$cnt$1


module top$regs$cnt$10(d,q,clock);
    
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
          
endmodule // top$regs$cnt$10


module top$regs$cnt$11(d,q,clock);
    
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
          
endmodule // top$regs$cnt$11


module top$regs$cnt$12(d,q,clock);
    
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
          
endmodule // top$regs$cnt$12


module top$regs$cnt$13(d,q,clock);
    
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
          
endmodule // top$regs$cnt$13


module top$regs$cnt$14(d,q,clock);
    
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
          
endmodule // top$regs$cnt$14


module top$regs$cnt$15(d,q,clock);
    
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
          
endmodule // top$regs$cnt$15


module top$regs$cnt$16(d,q,clock);
    
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
          
endmodule // top$regs$cnt$16


module top$regs$cnt$17(d,q,clock);
    
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
          
endmodule // top$regs$cnt$17


module top$regs$cnt$18(d,q,clock);
    
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
          
endmodule // top$regs$cnt$18


module top$regs$cnt$19(d,q,clock);
    
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
          
endmodule // top$regs$cnt$19


module top$regs$cnt$2(d,q,clock);
    
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
          
endmodule // top$regs$cnt$2


module top$regs$cnt$20(d,q,clock);
    
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
          
endmodule // top$regs$cnt$20


module top$regs$cnt$3(d,q,clock);
    
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
          
endmodule // top$regs$cnt$3


module top$regs$cnt$4(d,q,clock);
    
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
          
endmodule // top$regs$cnt$4


module top$regs$cnt$5(d,q,clock);
    
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
          
endmodule // top$regs$cnt$5


module top$regs$cnt$6(d,q,clock);
    
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
          
endmodule // top$regs$cnt$6


module top$regs$cnt$7(d,q,clock);
    
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
          
endmodule // top$regs$cnt$7


module top$regs$cnt$8(d,q,clock);
    
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
          
endmodule // top$regs$cnt$8


module top$regs$cnt$9(d,q,clock);
    
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
          
endmodule // top$regs$cnt$9


module top$regs$cq_op(d,q,clock);
    
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
          
endmodule // top$regs$cq_op


module top$regs$cq_pend(d,q,clock);
    
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
          
endmodule // top$regs$cq_pend


module top$regs$db_arm(d,q,clock);
    
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
          
endmodule // top$regs$db_arm


module top$regs$db_ci(d,q,clock);
    
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
          
endmodule // top$regs$db_ci


module top$regs$db_cqn(d,q,clock);
    
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
          
endmodule // top$regs$db_cqn


module top$regs$db_qpn(d,q,clock);
    
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
          
endmodule // top$regs$db_qpn


module top$regs$db_rq(d,q,clock);
    
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
          
endmodule // top$regs$db_rq


module top$regs$db_sq(d,q,clock);
    
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
          
endmodule // top$regs$db_sq


module top$regs$db_value(d,q,clock);
    
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
          
endmodule // top$regs$db_value


module top$regs$mr_op(d,q,clock);
    
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
          
endmodule // top$regs$mr_op


module top$regs$mr_pend(d,q,clock);
    
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
          
endmodule // top$regs$mr_pend


module top$regs$qpc_op(d,q,clock);
    
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
          
endmodule // top$regs$qpc_op


module top$regs$qpc_pend(d,q,clock);
    
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
          
endmodule // top$regs$qpc_pend


module top$regs$rdata(d,q,clock);
    
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
          
endmodule // top$regs$rdata


module top$regs$rvalid_1(d,q,clock);
    
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
          
endmodule // top$regs$rvalid_1


module top$regs$rvalid_2(d,q,clock);
    
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
          
endmodule // top$regs$rvalid_2


module top$regs$rw_q(d,q,clock);
    
    // Module arguments
    input wire  [1215:0] d;
    output reg  [1215:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1216'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$regs$rw_q


module top$regs$sel_cnt$0(d,q,clock);
    
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
          
endmodule // top$regs$sel_cnt$0


module top$regs$sel_cnt$1(d,q,clock);
    
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
          
endmodule // top$regs$sel_cnt$1


module top$regs$sel_cnt$10(d,q,clock);
    
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
          
endmodule // top$regs$sel_cnt$10


module top$regs$sel_cnt$11(d,q,clock);
    
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
          
endmodule // top$regs$sel_cnt$11


module top$regs$sel_cnt$12(d,q,clock);
    
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
          
endmodule // top$regs$sel_cnt$12


module top$regs$sel_cnt$13(d,q,clock);
    
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
          
endmodule // top$regs$sel_cnt$13


module top$regs$sel_cnt$14(d,q,clock);
    
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
          
endmodule // top$regs$sel_cnt$14


module top$regs$sel_cnt$15(d,q,clock);
    
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
          
endmodule // top$regs$sel_cnt$15


module top$regs$sel_cnt$16(d,q,clock);
    
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
          
endmodule // top$regs$sel_cnt$16


module top$regs$sel_cnt$17(d,q,clock);
    
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
          
endmodule // top$regs$sel_cnt$17


module top$regs$sel_cnt$18(d,q,clock);
    
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
          
endmodule // top$regs$sel_cnt$18


module top$regs$sel_cnt$19(d,q,clock);
    
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
          
endmodule // top$regs$sel_cnt$19


module top$regs$sel_cnt$2(d,q,clock);
    
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
          
endmodule // top$regs$sel_cnt$2


module top$regs$sel_cnt$20(d,q,clock);
    
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
          
endmodule // top$regs$sel_cnt$20


module top$regs$sel_cnt$3(d,q,clock);
    
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
          
endmodule // top$regs$sel_cnt$3


module top$regs$sel_cnt$4(d,q,clock);
    
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
          
endmodule // top$regs$sel_cnt$4


module top$regs$sel_cnt$5(d,q,clock);
    
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
          
endmodule // top$regs$sel_cnt$5


module top$regs$sel_cnt$6(d,q,clock);
    
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
          
endmodule // top$regs$sel_cnt$6


module top$regs$sel_cnt$7(d,q,clock);
    
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
          
endmodule // top$regs$sel_cnt$7


module top$regs$sel_cnt$8(d,q,clock);
    
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
          
endmodule // top$regs$sel_cnt$8


module top$regs$sel_cnt$9(d,q,clock);
    
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
          
endmodule // top$regs$sel_cnt$9


module top$regs$sel_const$0(d,q,clock);
    
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
          
endmodule // top$regs$sel_const$0


module top$regs$sel_const$1(d,q,clock);
    
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
          
endmodule // top$regs$sel_const$1


module top$regs$sel_const$2(d,q,clock);
    
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
          
endmodule // top$regs$sel_const$2


module top$regs$sel_const$3(d,q,clock);
    
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
          
endmodule // top$regs$sel_const$3


module top$regs$sel_const$4(d,q,clock);
    
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
          
endmodule // top$regs$sel_const$4


module top$regs$sel_const$5(d,q,clock);
    
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
          
endmodule // top$regs$sel_const$5


module top$regs$sel_const$6(d,q,clock);
    
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
          
endmodule // top$regs$sel_const$6


module top$regs$sel_features(d,q,clock);
    
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
          
endmodule // top$regs$sel_features


module top$regs$sel_rw$0(d,q,clock);
    
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
          
endmodule // top$regs$sel_rw$0


module top$regs$sel_rw$1(d,q,clock);
    
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
          
endmodule // top$regs$sel_rw$1


module top$regs$sel_rw$10(d,q,clock);
    
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
          
endmodule // top$regs$sel_rw$10


module top$regs$sel_rw$11(d,q,clock);
    
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
          
endmodule // top$regs$sel_rw$11


module top$regs$sel_rw$12(d,q,clock);
    
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
          
endmodule // top$regs$sel_rw$12


module top$regs$sel_rw$13(d,q,clock);
    
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
          
endmodule // top$regs$sel_rw$13


module top$regs$sel_rw$14(d,q,clock);
    
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
          
endmodule // top$regs$sel_rw$14


module top$regs$sel_rw$15(d,q,clock);
    
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
          
endmodule // top$regs$sel_rw$15


module top$regs$sel_rw$16(d,q,clock);
    
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
          
endmodule // top$regs$sel_rw$16


module top$regs$sel_rw$17(d,q,clock);
    
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
          
endmodule // top$regs$sel_rw$17


module top$regs$sel_rw$18(d,q,clock);
    
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
          
endmodule // top$regs$sel_rw$18


module top$regs$sel_rw$19(d,q,clock);
    
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
          
endmodule // top$regs$sel_rw$19


module top$regs$sel_rw$2(d,q,clock);
    
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
          
endmodule // top$regs$sel_rw$2


module top$regs$sel_rw$20(d,q,clock);
    
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
          
endmodule // top$regs$sel_rw$20


module top$regs$sel_rw$21(d,q,clock);
    
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
          
endmodule // top$regs$sel_rw$21


module top$regs$sel_rw$22(d,q,clock);
    
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
          
endmodule // top$regs$sel_rw$22


module top$regs$sel_rw$23(d,q,clock);
    
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
          
endmodule // top$regs$sel_rw$23


module top$regs$sel_rw$24(d,q,clock);
    
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
          
endmodule // top$regs$sel_rw$24


module top$regs$sel_rw$25(d,q,clock);
    
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
          
endmodule // top$regs$sel_rw$25


module top$regs$sel_rw$26(d,q,clock);
    
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
          
endmodule // top$regs$sel_rw$26


module top$regs$sel_rw$27(d,q,clock);
    
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
          
endmodule // top$regs$sel_rw$27


module top$regs$sel_rw$28(d,q,clock);
    
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
          
endmodule // top$regs$sel_rw$28


module top$regs$sel_rw$29(d,q,clock);
    
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
          
endmodule // top$regs$sel_rw$29


module top$regs$sel_rw$3(d,q,clock);
    
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
          
endmodule // top$regs$sel_rw$3


module top$regs$sel_rw$30(d,q,clock);
    
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
          
endmodule // top$regs$sel_rw$30


module top$regs$sel_rw$31(d,q,clock);
    
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
          
endmodule // top$regs$sel_rw$31


module top$regs$sel_rw$32(d,q,clock);
    
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
          
endmodule // top$regs$sel_rw$32


module top$regs$sel_rw$33(d,q,clock);
    
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
          
endmodule // top$regs$sel_rw$33


module top$regs$sel_rw$34(d,q,clock);
    
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
          
endmodule // top$regs$sel_rw$34


module top$regs$sel_rw$35(d,q,clock);
    
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
          
endmodule // top$regs$sel_rw$35


module top$regs$sel_rw$36(d,q,clock);
    
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
          
endmodule // top$regs$sel_rw$36


module top$regs$sel_rw$37(d,q,clock);
    
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
          
endmodule // top$regs$sel_rw$37


module top$regs$sel_rw$4(d,q,clock);
    
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
          
endmodule // top$regs$sel_rw$4


module top$regs$sel_rw$5(d,q,clock);
    
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
          
endmodule // top$regs$sel_rw$5


module top$regs$sel_rw$6(d,q,clock);
    
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
          
endmodule // top$regs$sel_rw$6


module top$regs$sel_rw$7(d,q,clock);
    
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
          
endmodule // top$regs$sel_rw$7


module top$regs$sel_rw$8(d,q,clock);
    
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
          
endmodule // top$regs$sel_rw$8


module top$regs$sel_rw$9(d,q,clock);
    
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
          
endmodule // top$regs$sel_rw$9


module top$regs$sel_status(d,q,clock);
    
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
          
endmodule // top$regs$sel_status


module top$req(clock,reset,grant_valid,grant_ready,grant_qpn,done_valid,done_qpn,done_more,db_valid,db_qpn,db_value,db_overflow,ev_valid,ev_ready,ev_qpn,init_valid,init_ready,init_qpn,init_fresh,init_state,init_take_sq_psn,init_sq_psn,ci_valid,ci_qpn,ci_value,rw_valid,rw_ready,rw_qpn,rw_idx,rw_psn,rw_epoch,rw_pause,qs_rd_qpn,qs_state,qs_dest_qpn,qs_dmac,qs_dip,qs_pmtu_log2,qs_sq_base,qs_sq_log2,qs_pd,qs_udp_sport,qs_scq,f_valid,f_ready,f_qpn,f_idx,f_addr,f_pd,c_rd_qpn,c_rd_slot,c_valid,c_idx,c_status,c_opcode,c_signaled,c_solicited,c_imm,c_wr_id,c_remote_addr,c_rkey,c_len,c_liova,inv_valid,inv_qpn,d_valid,d_ready,d_dst_mac,d_dst_ip,d_udp_sport,d_opcode,d_solicited,d_dest_qpn,d_ack_req,d_psn,d_has_reth,d_reth_va,d_reth_rkey,d_reth_len,d_has_aeth,d_aeth_syndrome,d_aeth_msn,d_has_imm,d_imm,d_payload_len,g_valid,g_ready,g_addr,g_len,fl_valid,fl_ready,fl_qpn,fl_idx,fl_first_psn,fl_last_psn,fl_wr_id,fl_byte_len,fl_signaled,fl_is_write,fl_status,fl_scq,fl_epoch,idle);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  grant_valid;
    output reg  grant_ready;
    input wire  [7:0] grant_qpn;
    output reg  done_valid;
    output reg  [7:0] done_qpn;
    output reg  done_more;
    input wire  db_valid;
    input wire  [7:0] db_qpn;
    input wire  [15:0] db_value;
    output reg  db_overflow;
    output reg  ev_valid;
    input wire  ev_ready;
    output reg  [7:0] ev_qpn;
    input wire  init_valid;
    output reg  init_ready;
    input wire  [7:0] init_qpn;
    input wire  init_fresh;
    input wire  [3:0] init_state;
    input wire  init_take_sq_psn;
    input wire  [23:0] init_sq_psn;
    input wire  ci_valid;
    input wire  [7:0] ci_qpn;
    input wire  [15:0] ci_value;
    input wire  rw_valid;
    output reg  rw_ready;
    input wire  [7:0] rw_qpn;
    input wire  [15:0] rw_idx;
    input wire  [23:0] rw_psn;
    input wire  [2:0] rw_epoch;
    input wire  rw_pause;
    output reg  [7:0] qs_rd_qpn;
    input wire  [3:0] qs_state;
    input wire  [23:0] qs_dest_qpn;
    input wire  [47:0] qs_dmac;
    input wire  [31:0] qs_dip;
    input wire  [3:0] qs_pmtu_log2;
    input wire  [63:0] qs_sq_base;
    input wire  [4:0] qs_sq_log2;
    input wire  [15:0] qs_pd;
    input wire  [15:0] qs_udp_sport;
    input wire  [7:0] qs_scq;
    output reg  f_valid;
    input wire  f_ready;
    output reg  [7:0] f_qpn;
    output reg  [15:0] f_idx;
    output reg  [63:0] f_addr;
    output reg  [15:0] f_pd;
    output reg  [7:0] c_rd_qpn;
    output reg  c_rd_slot;
    input wire  c_valid;
    input wire  [15:0] c_idx;
    input wire  [7:0] c_status;
    input wire  [7:0] c_opcode;
    input wire  c_signaled;
    input wire  c_solicited;
    input wire  [31:0] c_imm;
    input wire  [63:0] c_wr_id;
    input wire  [63:0] c_remote_addr;
    input wire  [31:0] c_rkey;
    input wire  [31:0] c_len;
    input wire  [63:0] c_liova;
    output reg  inv_valid;
    output reg  [7:0] inv_qpn;
    output reg  d_valid;
    input wire  d_ready;
    output reg  [47:0] d_dst_mac;
    output reg  [31:0] d_dst_ip;
    output reg  [15:0] d_udp_sport;
    output reg  [7:0] d_opcode;
    output reg  d_solicited;
    output reg  [23:0] d_dest_qpn;
    output reg  d_ack_req;
    output reg  [23:0] d_psn;
    output reg  d_has_reth;
    output reg  [63:0] d_reth_va;
    output reg  [31:0] d_reth_rkey;
    output reg  [31:0] d_reth_len;
    output reg  d_has_aeth;
    output reg  [7:0] d_aeth_syndrome;
    output reg  [23:0] d_aeth_msn;
    output reg  d_has_imm;
    output reg  [31:0] d_imm;
    output reg  [12:0] d_payload_len;
    output reg  g_valid;
    input wire  g_ready;
    output reg  [63:0] g_addr;
    output reg  [15:0] g_len;
    output reg  fl_valid;
    input wire  fl_ready;
    output reg  [7:0] fl_qpn;
    output reg  [15:0] fl_idx;
    output reg  [23:0] fl_first_psn;
    output reg  [23:0] fl_last_psn;
    output reg  [63:0] fl_wr_id;
    output reg  [31:0] fl_byte_len;
    output reg  fl_signaled;
    output reg  fl_is_write;
    output reg  [7:0] fl_status;
    output reg  [7:0] fl_scq;
    output reg  [2:0] fl_epoch;
    output reg  idle;
    
    // Constant declarations
    localparam  k_ff = 128'hff;
    localparam  k_one = 256'h1;
    localparam  k_one16 = 16'h1;
    localparam  k_one32 = 32'h1;
    
    // Enums
    localparam ReqPhase$Idle = 0;
    localparam ReqPhase$GRead = 1;
    localparam ReqPhase$GDecide = 2;
    localparam ReqPhase$GCache = 3;
    localparam ReqPhase$GHit = 4;
    localparam ReqPhase$GBuild = 5;
    localparam ReqPhase$GOut = 6;
    localparam ReqPhase$IRead = 7;
    localparam ReqPhase$IWrite = 8;
    localparam ReqPhase$RRead = 9;
    localparam ReqPhase$RWrite = 10;
    localparam ReqPhase$EvPush = 11;
    
    // Stub signals
    reg  [7:0] reqtx$read_address;
    reg  reqtx$read_clock;
    wire  [76:0] reqtx$read_data;
    reg  [7:0] reqtx$write_address;
    reg  reqtx$write_clock;
    reg  [76:0] reqtx$write_data;
    reg  reqtx$write_enable;
    reg  [7:0] sqpi$read_address;
    reg  sqpi$read_clock;
    wire  [15:0] sqpi$read_data;
    reg  [7:0] sqpi$write_address;
    reg  sqpi$write_clock;
    reg  [15:0] sqpi$write_data;
    reg  sqpi$write_enable;
    reg  [7:0] acked$read_address;
    reg  acked$read_clock;
    wire  [15:0] acked$read_data;
    reg  [7:0] acked$write_address;
    reg  acked$write_clock;
    reg  [15:0] acked$write_data;
    reg  acked$write_enable;
    reg  [127:0] evq$d;
    wire  [127:0] evq$q;
    reg  evq$clock;
    reg  [4:0] ev_wp$d;
    wire  [4:0] ev_wp$q;
    reg  ev_wp$clock;
    reg  [4:0] ev_rp$d;
    wire  [4:0] ev_rp$q;
    reg  ev_rp$clock;
    reg  ev_v$d;
    wire  ev_v$q;
    reg  ev_v$clock;
    reg  [7:0] ev_q$d;
    wire  [7:0] ev_q$q;
    reg  ev_q$clock;
    reg  [255:0] pi_live$d;
    wire  [255:0] pi_live$q;
    reg  pi_live$clock;
    reg  [255:0] acked_live$d;
    wire  [255:0] acked_live$q;
    reg  acked_live$clock;
    reg  [3:0] phase$d;
    wire  [3:0] phase$q;
    reg  phase$clock;
    reg  [1:0] offer$d;
    wire  [1:0] offer$q;
    reg  offer$clock;
    reg  i_v$d;
    wire  i_v$q;
    reg  i_v$clock;
    reg  [7:0] i_qpn$d;
    wire  [7:0] i_qpn$q;
    reg  i_qpn$clock;
    reg  i_fresh$d;
    wire  i_fresh$q;
    reg  i_fresh$clock;
    reg  i_rts$d;
    wire  i_rts$q;
    reg  i_rts$clock;
    reg  i_take$d;
    wire  i_take$q;
    reg  i_take$clock;
    reg  [23:0] i_psn$d;
    wire  [23:0] i_psn$q;
    reg  i_psn$clock;
    reg  [7:0] qpn$d;
    wire  [7:0] qpn$q;
    reg  qpn$clock;
    reg  a_fresh$d;
    wire  a_fresh$q;
    reg  a_fresh$clock;
    reg  a_rts$d;
    wire  a_rts$q;
    reg  a_rts$clock;
    reg  a_take_psn$d;
    wire  a_take_psn$q;
    reg  a_take_psn$clock;
    reg  [23:0] a_psn$d;
    wire  [23:0] a_psn$q;
    reg  a_psn$clock;
    reg  [15:0] a_idx$d;
    wire  [15:0] a_idx$q;
    reg  a_idx$clock;
    reg  [2:0] a_epoch$d;
    wire  [2:0] a_epoch$q;
    reg  a_epoch$clock;
    reg  a_pause$d;
    wire  a_pause$q;
    reg  a_pause$clock;
    reg  [15:0] r_sq_next$d;
    wire  [15:0] r_sq_next$q;
    reg  r_sq_next$clock;
    reg  [23:0] r_psn$d;
    wire  [23:0] r_psn$q;
    reg  r_psn$clock;
    reg  [31:0] r_offset$d;
    wire  [31:0] r_offset$q;
    reg  r_offset$clock;
    reg  r_halted$d;
    wire  r_halted$q;
    reg  r_halted$clock;
    reg  r_paused$d;
    wire  r_paused$q;
    reg  r_paused$clock;
    reg  [2:0] r_epoch$d;
    wire  [2:0] r_epoch$q;
    reg  r_epoch$clock;
    reg  [15:0] r_pi$d;
    wire  [15:0] r_pi$q;
    reg  r_pi$clock;
    reg  r_pi_live$d;
    wire  r_pi_live$q;
    reg  r_pi_live$clock;
    reg  r_acked_live$d;
    wire  r_acked_live$q;
    reg  r_acked_live$clock;
    reg  [23:0] s_dest_qpn$d;
    wire  [23:0] s_dest_qpn$q;
    reg  s_dest_qpn$clock;
    reg  [47:0] s_dmac$d;
    wire  [47:0] s_dmac$q;
    reg  s_dmac$clock;
    reg  [31:0] s_dip$d;
    wire  [31:0] s_dip$q;
    reg  s_dip$clock;
    reg  [3:0] s_pmtu_log2$d;
    wire  [3:0] s_pmtu_log2$q;
    reg  s_pmtu_log2$clock;
    reg  [63:0] s_sq_base$d;
    wire  [63:0] s_sq_base$q;
    reg  s_sq_base$clock;
    reg  [15:0] s_sq_mask$d;
    wire  [15:0] s_sq_mask$q;
    reg  s_sq_mask$clock;
    reg  [15:0] s_pd$d;
    wire  [15:0] s_pd$q;
    reg  s_pd$clock;
    reg  [15:0] s_udp_sport$d;
    wire  [15:0] s_udp_sport$q;
    reg  s_udp_sport$clock;
    reg  [7:0] s_scq$d;
    wire  [7:0] s_scq$q;
    reg  s_scq$clock;
    reg  [7:0] w_opcode$d;
    wire  [7:0] w_opcode$q;
    reg  w_opcode$clock;
    reg  w_solicited$d;
    wire  w_solicited$q;
    reg  w_solicited$clock;
    reg  w_signaled$d;
    wire  w_signaled$q;
    reg  w_signaled$clock;
    reg  [31:0] w_imm$d;
    wire  [31:0] w_imm$q;
    reg  w_imm$clock;
    reg  [63:0] w_wr_id$d;
    wire  [63:0] w_wr_id$q;
    reg  w_wr_id$clock;
    reg  [63:0] w_raddr$d;
    wire  [63:0] w_raddr$q;
    reg  w_raddr$clock;
    reg  [31:0] w_rkey$d;
    wire  [31:0] w_rkey$q;
    reg  w_rkey$clock;
    reg  [31:0] w_len$d;
    wire  [31:0] w_len$q;
    reg  w_len$clock;
    reg  [63:0] w_liova$d;
    wire  [63:0] w_liova$q;
    reg  w_liova$clock;
    reg  more$d;
    wire  more$q;
    reg  more$clock;
    reg  done_q$d;
    wire  done_q$q;
    reg  done_q$clock;
    reg  done_more_q$d;
    wire  done_more_q$q;
    reg  done_more_q$clock;
    reg  ovf_q$d;
    wire  ovf_q$q;
    reg  ovf_q$clock;
    reg  inv_q$d;
    wire  inv_q$q;
    reg  inv_q$clock;
    reg  f_v$d;
    wire  f_v$q;
    reg  f_v$clock;
    reg  [15:0] f_idx_q$d;
    wire  [15:0] f_idx_q$q;
    reg  f_idx_q$clock;
    reg  [63:0] f_addr_q$d;
    wire  [63:0] f_addr_q$q;
    reg  f_addr_q$clock;
    reg  d_v$d;
    wire  d_v$q;
    reg  d_v$clock;
    reg  [7:0] d_opcode_q$d;
    wire  [7:0] d_opcode_q$q;
    reg  d_opcode_q$clock;
    reg  d_solicited_q$d;
    wire  d_solicited_q$q;
    reg  d_solicited_q$clock;
    reg  d_ack_req_q$d;
    wire  d_ack_req_q$q;
    reg  d_ack_req_q$clock;
    reg  [23:0] d_psn_q$d;
    wire  [23:0] d_psn_q$q;
    reg  d_psn_q$clock;
    reg  d_has_reth_q$d;
    wire  d_has_reth_q$q;
    reg  d_has_reth_q$clock;
    reg  d_has_imm_q$d;
    wire  d_has_imm_q$q;
    reg  d_has_imm_q$clock;
    reg  [12:0] d_len_q$d;
    wire  [12:0] d_len_q$q;
    reg  d_len_q$clock;
    reg  g_v$d;
    wire  g_v$q;
    reg  g_v$clock;
    reg  [63:0] g_addr_q$d;
    wire  [63:0] g_addr_q$q;
    reg  g_addr_q$clock;
    reg  fl_v$d;
    wire  fl_v$q;
    reg  fl_v$clock;
    reg  [23:0] fl_first_q$d;
    wire  [23:0] fl_first_q$q;
    reg  fl_first_q$clock;
    reg  [23:0] fl_last_q$d;
    wire  [23:0] fl_last_q$q;
    reg  fl_last_q$clock;
    reg  [31:0] fl_len_q$d;
    wire  [31:0] fl_len_q$q;
    reg  fl_len_q$clock;
    reg  [7:0] fl_status_q$d;
    wire  [7:0] fl_status_q$q;
    reg  fl_status_q$clock;
    reg  idle_q$d;
    wire  idle_q$q;
    reg  idle_q$clock;
    
    // Local signals
    reg  in_idle;
    reg  take_init;
    reg  take_rw;
    reg  take_grant;
    reg  [1:0] prio;
    reg  to_idle;
    reg  [76:0] rt;
    reg  [15:0] rt_sq_next;
    reg  rt_halted;
    reg  [31:0] rt_offset;
    reg  [4:0] rt_flags;
    reg  rt_paused;
    reg  [15:0] pi;
    reg  [15:0] acked_idx;
    reg  [15:0] in_flight;
    reg  [15:0] posted;
    reg  [3:0] pl2;
    reg  [15:0] sq_mask;
    reg  hit;
    reg  is_write;
    reg  has_imm;
    reg  [31:0] pmtu;
    reg  [31:0] left;
    reg  first;
    reg  last;
    reg  [31:0] seg;
    reg  [7:0] op;
    reg  [32:0] len_up;
    reg  [32:0] pkts;
    reg  [23:0] pkts24;
    reg  [15:0] next_idx;
    reg  [15:0] next_slot;
    reg  [15:0] wqe_slot;
    reg  [23:0] new_psn;
    reg  [15:0] new_sq_next;
    reg  [31:0] new_offset;
    reg  outs_busy;
    reg  ev_push;
    reg  [255:0] one_db;
    reg  [255:0] one_ci;
    reg  [255:0] clr_live;
    reg  [255:0] one_init;
    reg  [4:0] ev_count;
    reg  ev_room;
    reg  [7:0] ev_in;
    reg  [6:0] ev_woff;
    reg  [6:0] ev_roff;
    
    // Sub module instances
    top$req$reqtx reqtx(
        .read_address(reqtx$read_address),
        .read_clock(reqtx$read_clock),
        .read_data(reqtx$read_data),
        .write_address(reqtx$write_address),
        .write_clock(reqtx$write_clock),
        .write_data(reqtx$write_data),
        .write_enable(reqtx$write_enable)
    );
    top$req$sqpi sqpi(
        .read_address(sqpi$read_address),
        .read_clock(sqpi$read_clock),
        .read_data(sqpi$read_data),
        .write_address(sqpi$write_address),
        .write_clock(sqpi$write_clock),
        .write_data(sqpi$write_data),
        .write_enable(sqpi$write_enable)
    );
    top$req$acked acked(
        .read_address(acked$read_address),
        .read_clock(acked$read_clock),
        .read_data(acked$read_data),
        .write_address(acked$write_address),
        .write_clock(acked$write_clock),
        .write_data(acked$write_data),
        .write_enable(acked$write_enable)
    );
    top$req$evq evq(
        .d(evq$d),
        .q(evq$q),
        .clock(evq$clock)
    );
    top$req$ev_wp ev_wp(
        .d(ev_wp$d),
        .q(ev_wp$q),
        .clock(ev_wp$clock)
    );
    top$req$ev_rp ev_rp(
        .d(ev_rp$d),
        .q(ev_rp$q),
        .clock(ev_rp$clock)
    );
    top$req$ev_v ev_v(
        .d(ev_v$d),
        .q(ev_v$q),
        .clock(ev_v$clock)
    );
    top$req$ev_q ev_q(
        .d(ev_q$d),
        .q(ev_q$q),
        .clock(ev_q$clock)
    );
    top$req$pi_live pi_live(
        .d(pi_live$d),
        .q(pi_live$q),
        .clock(pi_live$clock)
    );
    top$req$acked_live acked_live(
        .d(acked_live$d),
        .q(acked_live$q),
        .clock(acked_live$clock)
    );
    top$req$phase phase(
        .d(phase$d),
        .q(phase$q),
        .clock(phase$clock)
    );
    top$req$offer offer(
        .d(offer$d),
        .q(offer$q),
        .clock(offer$clock)
    );
    top$req$i_v i_v(
        .d(i_v$d),
        .q(i_v$q),
        .clock(i_v$clock)
    );
    top$req$i_qpn i_qpn(
        .d(i_qpn$d),
        .q(i_qpn$q),
        .clock(i_qpn$clock)
    );
    top$req$i_fresh i_fresh(
        .d(i_fresh$d),
        .q(i_fresh$q),
        .clock(i_fresh$clock)
    );
    top$req$i_rts i_rts(
        .d(i_rts$d),
        .q(i_rts$q),
        .clock(i_rts$clock)
    );
    top$req$i_take i_take(
        .d(i_take$d),
        .q(i_take$q),
        .clock(i_take$clock)
    );
    top$req$i_psn i_psn(
        .d(i_psn$d),
        .q(i_psn$q),
        .clock(i_psn$clock)
    );
    top$req$qpn qpn(
        .d(qpn$d),
        .q(qpn$q),
        .clock(qpn$clock)
    );
    top$req$a_fresh a_fresh(
        .d(a_fresh$d),
        .q(a_fresh$q),
        .clock(a_fresh$clock)
    );
    top$req$a_rts a_rts(
        .d(a_rts$d),
        .q(a_rts$q),
        .clock(a_rts$clock)
    );
    top$req$a_take_psn a_take_psn(
        .d(a_take_psn$d),
        .q(a_take_psn$q),
        .clock(a_take_psn$clock)
    );
    top$req$a_psn a_psn(
        .d(a_psn$d),
        .q(a_psn$q),
        .clock(a_psn$clock)
    );
    top$req$a_idx a_idx(
        .d(a_idx$d),
        .q(a_idx$q),
        .clock(a_idx$clock)
    );
    top$req$a_epoch a_epoch(
        .d(a_epoch$d),
        .q(a_epoch$q),
        .clock(a_epoch$clock)
    );
    top$req$a_pause a_pause(
        .d(a_pause$d),
        .q(a_pause$q),
        .clock(a_pause$clock)
    );
    top$req$r_sq_next r_sq_next(
        .d(r_sq_next$d),
        .q(r_sq_next$q),
        .clock(r_sq_next$clock)
    );
    top$req$r_psn r_psn(
        .d(r_psn$d),
        .q(r_psn$q),
        .clock(r_psn$clock)
    );
    top$req$r_offset r_offset(
        .d(r_offset$d),
        .q(r_offset$q),
        .clock(r_offset$clock)
    );
    top$req$r_halted r_halted(
        .d(r_halted$d),
        .q(r_halted$q),
        .clock(r_halted$clock)
    );
    top$req$r_paused r_paused(
        .d(r_paused$d),
        .q(r_paused$q),
        .clock(r_paused$clock)
    );
    top$req$r_epoch r_epoch(
        .d(r_epoch$d),
        .q(r_epoch$q),
        .clock(r_epoch$clock)
    );
    top$req$r_pi r_pi(
        .d(r_pi$d),
        .q(r_pi$q),
        .clock(r_pi$clock)
    );
    top$req$r_pi_live r_pi_live(
        .d(r_pi_live$d),
        .q(r_pi_live$q),
        .clock(r_pi_live$clock)
    );
    top$req$r_acked_live r_acked_live(
        .d(r_acked_live$d),
        .q(r_acked_live$q),
        .clock(r_acked_live$clock)
    );
    top$req$s_dest_qpn s_dest_qpn(
        .d(s_dest_qpn$d),
        .q(s_dest_qpn$q),
        .clock(s_dest_qpn$clock)
    );
    top$req$s_dmac s_dmac(
        .d(s_dmac$d),
        .q(s_dmac$q),
        .clock(s_dmac$clock)
    );
    top$req$s_dip s_dip(
        .d(s_dip$d),
        .q(s_dip$q),
        .clock(s_dip$clock)
    );
    top$req$s_pmtu_log2 s_pmtu_log2(
        .d(s_pmtu_log2$d),
        .q(s_pmtu_log2$q),
        .clock(s_pmtu_log2$clock)
    );
    top$req$s_sq_base s_sq_base(
        .d(s_sq_base$d),
        .q(s_sq_base$q),
        .clock(s_sq_base$clock)
    );
    top$req$s_sq_mask s_sq_mask(
        .d(s_sq_mask$d),
        .q(s_sq_mask$q),
        .clock(s_sq_mask$clock)
    );
    top$req$s_pd s_pd(
        .d(s_pd$d),
        .q(s_pd$q),
        .clock(s_pd$clock)
    );
    top$req$s_udp_sport s_udp_sport(
        .d(s_udp_sport$d),
        .q(s_udp_sport$q),
        .clock(s_udp_sport$clock)
    );
    top$req$s_scq s_scq(
        .d(s_scq$d),
        .q(s_scq$q),
        .clock(s_scq$clock)
    );
    top$req$w_opcode w_opcode(
        .d(w_opcode$d),
        .q(w_opcode$q),
        .clock(w_opcode$clock)
    );
    top$req$w_solicited w_solicited(
        .d(w_solicited$d),
        .q(w_solicited$q),
        .clock(w_solicited$clock)
    );
    top$req$w_signaled w_signaled(
        .d(w_signaled$d),
        .q(w_signaled$q),
        .clock(w_signaled$clock)
    );
    top$req$w_imm w_imm(
        .d(w_imm$d),
        .q(w_imm$q),
        .clock(w_imm$clock)
    );
    top$req$w_wr_id w_wr_id(
        .d(w_wr_id$d),
        .q(w_wr_id$q),
        .clock(w_wr_id$clock)
    );
    top$req$w_raddr w_raddr(
        .d(w_raddr$d),
        .q(w_raddr$q),
        .clock(w_raddr$clock)
    );
    top$req$w_rkey w_rkey(
        .d(w_rkey$d),
        .q(w_rkey$q),
        .clock(w_rkey$clock)
    );
    top$req$w_len w_len(
        .d(w_len$d),
        .q(w_len$q),
        .clock(w_len$clock)
    );
    top$req$w_liova w_liova(
        .d(w_liova$d),
        .q(w_liova$q),
        .clock(w_liova$clock)
    );
    top$req$more more(
        .d(more$d),
        .q(more$q),
        .clock(more$clock)
    );
    top$req$done_q done_q(
        .d(done_q$d),
        .q(done_q$q),
        .clock(done_q$clock)
    );
    top$req$done_more_q done_more_q(
        .d(done_more_q$d),
        .q(done_more_q$q),
        .clock(done_more_q$clock)
    );
    top$req$ovf_q ovf_q(
        .d(ovf_q$d),
        .q(ovf_q$q),
        .clock(ovf_q$clock)
    );
    top$req$inv_q inv_q(
        .d(inv_q$d),
        .q(inv_q$q),
        .clock(inv_q$clock)
    );
    top$req$f_v f_v(
        .d(f_v$d),
        .q(f_v$q),
        .clock(f_v$clock)
    );
    top$req$f_idx_q f_idx_q(
        .d(f_idx_q$d),
        .q(f_idx_q$q),
        .clock(f_idx_q$clock)
    );
    top$req$f_addr_q f_addr_q(
        .d(f_addr_q$d),
        .q(f_addr_q$q),
        .clock(f_addr_q$clock)
    );
    top$req$d_v d_v(
        .d(d_v$d),
        .q(d_v$q),
        .clock(d_v$clock)
    );
    top$req$d_opcode_q d_opcode_q(
        .d(d_opcode_q$d),
        .q(d_opcode_q$q),
        .clock(d_opcode_q$clock)
    );
    top$req$d_solicited_q d_solicited_q(
        .d(d_solicited_q$d),
        .q(d_solicited_q$q),
        .clock(d_solicited_q$clock)
    );
    top$req$d_ack_req_q d_ack_req_q(
        .d(d_ack_req_q$d),
        .q(d_ack_req_q$q),
        .clock(d_ack_req_q$clock)
    );
    top$req$d_psn_q d_psn_q(
        .d(d_psn_q$d),
        .q(d_psn_q$q),
        .clock(d_psn_q$clock)
    );
    top$req$d_has_reth_q d_has_reth_q(
        .d(d_has_reth_q$d),
        .q(d_has_reth_q$q),
        .clock(d_has_reth_q$clock)
    );
    top$req$d_has_imm_q d_has_imm_q(
        .d(d_has_imm_q$d),
        .q(d_has_imm_q$q),
        .clock(d_has_imm_q$clock)
    );
    top$req$d_len_q d_len_q(
        .d(d_len_q$d),
        .q(d_len_q$q),
        .clock(d_len_q$clock)
    );
    top$req$g_v g_v(
        .d(g_v$d),
        .q(g_v$q),
        .clock(g_v$clock)
    );
    top$req$g_addr_q g_addr_q(
        .d(g_addr_q$d),
        .q(g_addr_q$q),
        .clock(g_addr_q$clock)
    );
    top$req$fl_v fl_v(
        .d(fl_v$d),
        .q(fl_v$q),
        .clock(fl_v$clock)
    );
    top$req$fl_first_q fl_first_q(
        .d(fl_first_q$d),
        .q(fl_first_q$q),
        .clock(fl_first_q$clock)
    );
    top$req$fl_last_q fl_last_q(
        .d(fl_last_q$d),
        .q(fl_last_q$q),
        .clock(fl_last_q$clock)
    );
    top$req$fl_len_q fl_len_q(
        .d(fl_len_q$d),
        .q(fl_len_q$q),
        .clock(fl_len_q$clock)
    );
    top$req$fl_status_q fl_status_q(
        .d(fl_status_q$d),
        .q(fl_status_q$q),
        .clock(fl_status_q$clock)
    );
    top$req$idle_q idle_q(
        .d(idle_q$d),
        .q(idle_q$q),
        .clock(idle_q$clock)
    );
    
    // Update code
    always @(*) begin
        i_v$clock = clock;
        i_qpn$clock = clock;
        i_fresh$clock = clock;
        i_rts$clock = clock;
        i_take$clock = clock;
        i_psn$clock = clock;
        evq$clock = clock;
        ev_wp$clock = clock;
        ev_rp$clock = clock;
        ev_v$clock = clock;
        ev_q$clock = clock;
        pi_live$clock = clock;
        acked_live$clock = clock;
        phase$clock = clock;
        offer$clock = clock;
        qpn$clock = clock;
        a_fresh$clock = clock;
        a_rts$clock = clock;
        a_take_psn$clock = clock;
        a_psn$clock = clock;
        a_idx$clock = clock;
        a_epoch$clock = clock;
        a_pause$clock = clock;
        r_sq_next$clock = clock;
        r_psn$clock = clock;
        r_offset$clock = clock;
        r_halted$clock = clock;
        r_paused$clock = clock;
        r_epoch$clock = clock;
        r_pi$clock = clock;
        r_pi_live$clock = clock;
        r_acked_live$clock = clock;
        s_dest_qpn$clock = clock;
        s_dmac$clock = clock;
        s_dip$clock = clock;
        s_pmtu_log2$clock = clock;
        s_sq_base$clock = clock;
        s_sq_mask$clock = clock;
        s_pd$clock = clock;
        s_udp_sport$clock = clock;
        s_scq$clock = clock;
        w_opcode$clock = clock;
        w_solicited$clock = clock;
        w_signaled$clock = clock;
        w_imm$clock = clock;
        w_wr_id$clock = clock;
        w_raddr$clock = clock;
        w_rkey$clock = clock;
        w_len$clock = clock;
        w_liova$clock = clock;
        more$clock = clock;
        done_q$clock = clock;
        done_more_q$clock = clock;
        ovf_q$clock = clock;
        inv_q$clock = clock;
        f_v$clock = clock;
        f_idx_q$clock = clock;
        f_addr_q$clock = clock;
        d_v$clock = clock;
        d_opcode_q$clock = clock;
        d_solicited_q$clock = clock;
        d_ack_req_q$clock = clock;
        d_psn_q$clock = clock;
        d_has_reth_q$clock = clock;
        d_has_imm_q$clock = clock;
        d_len_q$clock = clock;
        g_v$clock = clock;
        g_addr_q$clock = clock;
        fl_v$clock = clock;
        fl_first_q$clock = clock;
        fl_last_q$clock = clock;
        fl_len_q$clock = clock;
        fl_status_q$clock = clock;
        idle_q$clock = clock;
        i_v$d = i_v$q;
        i_qpn$d = i_qpn$q;
        i_fresh$d = i_fresh$q;
        i_rts$d = i_rts$q;
        i_take$d = i_take$q;
        i_psn$d = i_psn$q;
        evq$d = evq$q;
        ev_wp$d = ev_wp$q;
        ev_rp$d = ev_rp$q;
        ev_v$d = ev_v$q;
        ev_q$d = ev_q$q;
        pi_live$d = pi_live$q;
        acked_live$d = acked_live$q;
        phase$d = phase$q;
        offer$d = offer$q;
        qpn$d = qpn$q;
        a_fresh$d = a_fresh$q;
        a_rts$d = a_rts$q;
        a_take_psn$d = a_take_psn$q;
        a_psn$d = a_psn$q;
        a_idx$d = a_idx$q;
        a_epoch$d = a_epoch$q;
        a_pause$d = a_pause$q;
        r_sq_next$d = r_sq_next$q;
        r_psn$d = r_psn$q;
        r_offset$d = r_offset$q;
        r_halted$d = r_halted$q;
        r_paused$d = r_paused$q;
        r_epoch$d = r_epoch$q;
        r_pi$d = r_pi$q;
        r_pi_live$d = r_pi_live$q;
        r_acked_live$d = r_acked_live$q;
        s_dest_qpn$d = s_dest_qpn$q;
        s_dmac$d = s_dmac$q;
        s_dip$d = s_dip$q;
        s_pmtu_log2$d = s_pmtu_log2$q;
        s_sq_base$d = s_sq_base$q;
        s_sq_mask$d = s_sq_mask$q;
        s_pd$d = s_pd$q;
        s_udp_sport$d = s_udp_sport$q;
        s_scq$d = s_scq$q;
        w_opcode$d = w_opcode$q;
        w_solicited$d = w_solicited$q;
        w_signaled$d = w_signaled$q;
        w_imm$d = w_imm$q;
        w_wr_id$d = w_wr_id$q;
        w_raddr$d = w_raddr$q;
        w_rkey$d = w_rkey$q;
        w_len$d = w_len$q;
        w_liova$d = w_liova$q;
        more$d = more$q;
        done_q$d = done_q$q;
        done_more_q$d = done_more_q$q;
        ovf_q$d = ovf_q$q;
        inv_q$d = inv_q$q;
        f_v$d = f_v$q;
        f_idx_q$d = f_idx_q$q;
        f_addr_q$d = f_addr_q$q;
        d_v$d = d_v$q;
        d_opcode_q$d = d_opcode_q$q;
        d_solicited_q$d = d_solicited_q$q;
        d_ack_req_q$d = d_ack_req_q$q;
        d_psn_q$d = d_psn_q$q;
        d_has_reth_q$d = d_has_reth_q$q;
        d_has_imm_q$d = d_has_imm_q$q;
        d_len_q$d = d_len_q$q;
        g_v$d = g_v$q;
        g_addr_q$d = g_addr_q$q;
        fl_v$d = fl_v$q;
        fl_first_q$d = fl_first_q$q;
        fl_last_q$d = fl_last_q$q;
        fl_len_q$d = fl_len_q$q;
        fl_status_q$d = fl_status_q$q;
        idle_q$d = idle_q$q;
        reqtx$read_clock = clock;
        reqtx$write_clock = clock;
        sqpi$read_clock = clock;
        sqpi$write_clock = clock;
        acked$read_clock = clock;
        acked$write_clock = clock;
        one_db = k_one << db_qpn;
        one_ci = k_one << ci_qpn;
        sqpi$write_enable = db_valid;
        sqpi$write_address = db_qpn;
        sqpi$write_data = db_value;
        acked$write_enable = ci_valid;
        acked$write_address = ci_qpn;
        acked$write_data = ci_value;
        clr_live = 32'h0;
        ev_push = 1'b0;
        ev_count = ev_wp$q - ev_rp$q;
        ev_room = ~ev_count[32'h4];
        ovf_q$d = db_valid & ~ev_room;
        db_overflow = ovf_q$q;
        reqtx$read_address = qpn$q;
        sqpi$read_address = qpn$q;
        acked$read_address = qpn$q;
        qs_rd_qpn = qpn$q;
        rt = reqtx$read_data;
        rt_sq_next = rt[(32'h0)+:(16)];
        rt_halted = rt[32'h48];
        rt_offset = rt[(32'h28)+:(32)];
        rt_flags = rt[(32'h48)+:(5)];
        rt_paused = rt[32'h49];
        pi = sqpi$read_data;
        if (~r_pi_live$q) begin
            pi = 32'h0;
        end
        acked_idx = acked$read_data;
        if (~r_acked_live$q) begin
            acked_idx = 32'h0;
        end
        in_flight = rt_sq_next - acked_idx;
        pl2 = qs_pmtu_log2;
        if ((qs_pmtu_log2 < 32'h8) | (qs_pmtu_log2 > 32'hc)) begin
            pl2 = 32'ha;
        end
        sq_mask = (k_one16 << qs_sq_log2) - k_one16;
        reqtx$write_enable = 1'b0;
        reqtx$write_address = qpn$q;
        reqtx$write_data = rt;
        hit = c_valid & (c_idx == r_sq_next$q);
        is_write = (w_opcode$q == 32'h2) | (w_opcode$q == 32'h3);
        has_imm = (w_opcode$q == 32'h1) | (w_opcode$q == 32'h3);
        pmtu = k_one32 << s_pmtu_log2$q;
        left = w_len$q - r_offset$q;
        first = ~|r_offset$q;
        last = left <= pmtu;
        seg = pmtu;
        if (last) begin
            seg = left;
        end
        op = 32'h1;
        if (first & last) begin
            op = 32'h4;
        end
        else if (first) begin
            op = 32'h0;
        end
        else if (last) begin
            op = 32'h2;
        end
        if (last & has_imm) begin
            op = op + 32'h1;
        end
        if (is_write) begin
            op = op + 32'h6;
        end
        len_up = ((w_len$q) & 33'h1ffffffff) + ((pmtu) & 33'h1ffffffff) - 32'h1;
        pkts = len_up >> s_pmtu_log2$q;
        if (~|w_len$q) begin
            pkts = 32'h1;
        end
        pkts24 = pkts[(32'h0)+:(24)];
        next_idx = r_sq_next$q + 32'h1;
        next_slot = next_idx & s_sq_mask$q;
        wqe_slot = r_sq_next$q & s_sq_mask$q;
        posted = r_pi$q - r_sq_next$q;
        new_psn = r_psn$q + 32'h1;
        new_sq_next = r_sq_next$q;
        new_offset = r_offset$q + seg;
        if (last) begin
            new_sq_next = next_idx;
            new_offset = 32'h0;
        end
        if (f_v$q & f_ready) begin
            f_v$d = 1'b0;
        end
        if (d_v$q & d_ready) begin
            d_v$d = 1'b0;
        end
        if (g_v$q & g_ready) begin
            g_v$d = 1'b0;
        end
        if (fl_v$q & fl_ready) begin
            fl_v$d = 1'b0;
        end
        outs_busy = (f_v$q & ~f_ready) | (d_v$q & ~d_ready) | (g_v$q & ~g_ready) | (fl_v$q & ~fl_ready);
        done_q$d = 1'b0;
        inv_q$d = 1'b0;
        in_idle = phase$q == ReqPhase$Idle;
        init_ready = ~i_v$q;
        take_init = init_valid & ~i_v$q;
        one_init = k_one << init_qpn;
        if (take_init & init_fresh) begin
            clr_live = one_init;
        end
        if (take_init) begin
            i_v$d = 1'b1;
            i_qpn$d = init_qpn;
            i_fresh$d = init_fresh;
            i_rts$d = init_state == 32'h3;
            i_take$d = init_take_sq_psn;
            i_psn$d = init_sq_psn;
        end
        rw_ready = in_idle & ~i_v$q & (offer$q == 32'h1);
        grant_ready = in_idle & ~i_v$q & (offer$q == 32'h2);
        take_rw = rw_valid & rw_ready;
        take_grant = grant_valid & grant_ready;
        prio = 32'h2;
        if (rw_valid) begin
            prio = 32'h1;
        end
        to_idle = 1'b0;
        case (phase$q)
            ReqPhase$Idle:
                begin
                    if (i_v$q) begin
                        i_v$d = 1'b0;
                        qpn$d = i_qpn$q;
                        a_fresh$d = i_fresh$q;
                        a_rts$d = i_rts$q;
                        a_take_psn$d = i_take$q;
                        a_psn$d = i_psn$q;
                        phase$d = ReqPhase$IRead;
                    end
                    else if (take_rw) begin
                        qpn$d = rw_qpn;
                        a_idx$d = rw_idx;
                        a_psn$d = rw_psn;
                        a_epoch$d = rw_epoch;
                        a_pause$d = rw_pause;
                        phase$d = ReqPhase$RRead;
                    end
                    else if (take_grant) begin
                        qpn$d = grant_qpn;
                        phase$d = ReqPhase$GRead;
                    end
                    else begin
                        offer$d = prio;
                    end
                end
            ReqPhase$GRead:
                begin
                    r_pi_live$d = pi_live$q[qpn$q];
                    r_acked_live$d = acked_live$q[qpn$q];
                    phase$d = ReqPhase$GDecide;
                end
            ReqPhase$GDecide:
                begin
                    r_sq_next$d = rt_sq_next;
                    r_psn$d = rt[(32'h10)+:(24)];
                    r_offset$d = rt_offset;
                    r_halted$d = rt_halted;
                    r_paused$d = rt_paused;
                    r_epoch$d = rt[(32'h4a)+:(3)];
                    r_pi$d = pi;
                    s_dest_qpn$d = qs_dest_qpn;
                    s_dmac$d = qs_dmac;
                    s_dip$d = qs_dip;
                    s_pmtu_log2$d = pl2;
                    s_sq_base$d = qs_sq_base;
                    s_sq_mask$d = sq_mask;
                    s_pd$d = qs_pd;
                    s_udp_sport$d = qs_udp_sport;
                    s_scq$d = qs_scq;
                    if ((qs_state != 32'h3) | rt_halted | rt_paused | (rt_sq_next == pi) | (in_flight >= 32'h10)) begin
                        more$d = 1'b0;
                        phase$d = ReqPhase$GOut;
                    end
                    else begin
                        phase$d = ReqPhase$GCache;
                    end
                end
            ReqPhase$GCache:
                begin
                    phase$d = ReqPhase$GHit;
                end
            ReqPhase$GHit:
                begin
                    w_opcode$d = c_opcode;
                    w_solicited$d = c_solicited;
                    w_signaled$d = c_signaled;
                    w_imm$d = c_imm;
                    w_wr_id$d = c_wr_id;
                    w_raddr$d = c_remote_addr;
                    w_rkey$d = c_rkey;
                    w_len$d = c_len;
                    w_liova$d = c_liova;
                    more$d = 1'b0;
                    phase$d = ReqPhase$GOut;
                    if (~hit) begin
                        f_v$d = 1'b1;
                        f_idx_q$d = r_sq_next$q;
                        f_addr_q$d = s_sq_base$q + (((wqe_slot) & 64'hffffffffffffffff) << 32'h6);
                    end
                    else if (|c_status) begin
                        fl_v$d = 1'b1;
                        fl_first_q$d = r_psn$q;
                        fl_last_q$d = r_psn$q;
                        fl_len_q$d = 32'h0;
                        fl_status_q$d = c_status;
                        reqtx$write_enable = 1'b1;
                        reqtx$write_data = ((next_idx) & 77'h1fffffffffffffffffff) | (((r_psn$q) & 77'h1fffffffffffffffffff) << 32'h10) | (((1'b1) & 77'h1fffffffffffffffffff) << 32'h48) | (((r_paused$q) & 77'h1fffffffffffffffffff) << 32'h49) | (((r_epoch$q) & 77'h1fffffffffffffffffff) << 32'h4a);
                    end
                    else begin
                        phase$d = ReqPhase$GBuild;
                    end
                end
            ReqPhase$GBuild:
                begin
                    d_v$d = 1'b1;
                    d_opcode_q$d = op;
                    d_solicited_q$d = last & w_solicited$q;
                    d_ack_req_q$d = last;
                    d_psn_q$d = r_psn$q;
                    d_has_reth_q$d = is_write & first;
                    d_has_imm_q$d = has_imm & last;
                    d_len_q$d = seg[(32'h0)+:(13)];
                    g_v$d = |seg;
                    g_addr_q$d = w_liova$q + ((r_offset$q) & 64'hffffffffffffffff);
                    if (first) begin
                        fl_v$d = 1'b1;
                        fl_first_q$d = r_psn$q;
                        fl_last_q$d = r_psn$q + pkts24 - 32'h1;
                        fl_len_q$d = w_len$q;
                        fl_status_q$d = 32'h0;
                        if (posted > 32'h1) begin
                            f_v$d = 1'b1;
                            f_idx_q$d = next_idx;
                            f_addr_q$d = s_sq_base$q + (((next_slot) & 64'hffffffffffffffff) << 32'h6);
                        end
                    end
                    reqtx$write_enable = 1'b1;
                    reqtx$write_data = ((new_sq_next) & 77'h1fffffffffffffffffff) | (((new_psn) & 77'h1fffffffffffffffffff) << 32'h10) | (((new_offset) & 77'h1fffffffffffffffffff) << 32'h28) | (((r_halted$q) & 77'h1fffffffffffffffffff) << 32'h48) | (((r_paused$q) & 77'h1fffffffffffffffffff) << 32'h49) | (((r_epoch$q) & 77'h1fffffffffffffffffff) << 32'h4a);
                    more$d = 1'b1;
                    phase$d = ReqPhase$GOut;
                end
            ReqPhase$GOut:
                begin
                    if (~outs_busy) begin
                        done_q$d = 1'b1;
                        done_more_q$d = more$q;
                        phase$d = ReqPhase$Idle;
                        to_idle = 1'b1;
                    end
                end
            ReqPhase$IRead:
                begin
                    phase$d = ReqPhase$IWrite;
                end
            ReqPhase$IWrite:
                begin
                    reqtx$write_enable = 1'b1;
                    if (a_fresh$q) begin
                        reqtx$write_data = ((a_psn$q) & 77'h1fffffffffffffffffff) << 32'h10;
                        inv_q$d = 1'b1;
                    end
                    else if (a_take_psn$q) begin
                        reqtx$write_data = ((rt_sq_next) & 77'h1fffffffffffffffffff) | (((a_psn$q) & 77'h1fffffffffffffffffff) << 32'h10) | (((rt_offset) & 77'h1fffffffffffffffffff) << 32'h28) | (((rt_flags) & 77'h1fffffffffffffffffff) << 32'h48);
                    end
                    phase$d = ReqPhase$Idle;
                    to_idle = 1'b1;
                    if (a_rts$q) begin
                        phase$d = ReqPhase$EvPush;
                        to_idle = 1'b0;
                    end
                end
            ReqPhase$RRead:
                begin
                    phase$d = ReqPhase$RWrite;
                end
            ReqPhase$RWrite:
                begin
                    reqtx$write_enable = 1'b1;
                    reqtx$write_data = ((a_idx$q) & 77'h1fffffffffffffffffff) | (((a_psn$q) & 77'h1fffffffffffffffffff) << 32'h10) | (((a_pause$q) & 77'h1fffffffffffffffffff) << 32'h49) | (((a_epoch$q) & 77'h1fffffffffffffffffff) << 32'h4a);
                    phase$d = ReqPhase$Idle;
                    to_idle = 1'b1;
                    if (~a_pause$q) begin
                        phase$d = ReqPhase$EvPush;
                        to_idle = 1'b0;
                    end
                end
            ReqPhase$EvPush:
                begin
                    if (~db_valid & ev_room) begin
                        ev_push = 1'b1;
                        phase$d = ReqPhase$Idle;
                        to_idle = 1'b1;
                    end
                end
        endcase
        ev_in = db_qpn;
        if (to_idle) begin
            offer$d = prio;
        end
        if (ev_push) begin
            ev_in = qpn$q;
        end
        ev_woff = ((ev_wp$q[(32'h0)+:(4)]) & 7'h7f) << 32'h3;
        ev_roff = ((ev_rp$q[(32'h0)+:(4)]) & 7'h7f) << 32'h3;
        if ((db_valid | ev_push) & ev_room) begin
            evq$d = (evq$q & ~(k_ff << ev_woff)) | (((ev_in) & 128'hffffffffffffffffffffffffffffffff) << ev_woff);
            ev_wp$d = ev_wp$q + 32'h1;
        end
        if (~ev_v$q | ev_ready) begin
            ev_v$d = |ev_count;
            ev_q$d = evq$q[(ev_roff)+:(8)];
            if (|ev_count) begin
                ev_rp$d = ev_rp$q + 32'h1;
            end
        end
        ev_valid = ev_v$q;
        ev_qpn = ev_q$q;
        pi_live$d = (pi_live$q & ~clr_live) | one_db;
        if (~db_valid) begin
            pi_live$d = pi_live$q & ~clr_live;
        end
        acked_live$d = (acked_live$q & ~clr_live) | one_ci;
        if (~ci_valid) begin
            acked_live$d = acked_live$q & ~clr_live;
        end
        done_valid = done_q$q;
        done_qpn = qpn$q;
        done_more = done_more_q$q;
        inv_valid = inv_q$q;
        inv_qpn = qpn$q;
        c_rd_qpn = qpn$q;
        c_rd_slot = r_sq_next$q[32'h0];
        f_valid = f_v$q;
        f_qpn = qpn$q;
        f_idx = f_idx_q$q;
        f_addr = f_addr_q$q;
        f_pd = s_pd$q;
        d_valid = d_v$q;
        d_dst_mac = s_dmac$q;
        d_dst_ip = s_dip$q;
        d_udp_sport = s_udp_sport$q;
        d_opcode = d_opcode_q$q;
        d_solicited = d_solicited_q$q;
        d_dest_qpn = s_dest_qpn$q;
        d_ack_req = d_ack_req_q$q;
        d_psn = d_psn_q$q;
        d_has_reth = d_has_reth_q$q;
        d_reth_va = w_raddr$q;
        d_reth_rkey = w_rkey$q;
        d_reth_len = w_len$q;
        d_has_aeth = 1'b0;
        d_aeth_syndrome = 32'h0;
        d_aeth_msn = 32'h0;
        d_has_imm = d_has_imm_q$q;
        d_imm = w_imm$q;
        d_payload_len = d_len_q$q;
        g_valid = g_v$q;
        g_addr = g_addr_q$q;
        g_len = ((d_len_q$q) & 16'hffff);
        fl_valid = fl_v$q;
        fl_qpn = qpn$q;
        fl_idx = r_sq_next$q;
        fl_first_psn = fl_first_q$q;
        fl_last_psn = fl_last_q$q;
        fl_wr_id = w_wr_id$q;
        fl_byte_len = fl_len_q$q;
        fl_signaled = w_signaled$q;
        fl_is_write = is_write;
        fl_status = fl_status_q$q;
        fl_scq = s_scq$q;
        fl_epoch = r_epoch$q;
        idle_q$d = in_idle & ~|ev_count & ~ev_v$q & ~done_q$q;
        idle = idle_q$q;
        if (reset) begin
            ev_wp$d = 32'h0;
            ev_rp$d = 32'h0;
            ev_v$d = 1'b0;
            pi_live$d = 32'h0;
            acked_live$d = 32'h0;
            phase$d = ReqPhase$Idle;
            offer$d = 32'h2;
            i_v$d = 1'b0;
            done_q$d = 1'b0;
            ovf_q$d = 1'b0;
            inv_q$d = 1'b0;
            f_v$d = 1'b0;
            d_v$d = 1'b0;
            g_v$d = 1'b0;
            fl_v$d = 1'b0;
            idle_q$d = 1'b0;
        end
    end
    
endmodule // top$req


module top$req$a_epoch(d,q,clock);
    
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
          
endmodule // top$req$a_epoch


module top$req$a_fresh(d,q,clock);
    
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
          
endmodule // top$req$a_fresh


module top$req$a_idx(d,q,clock);
    
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
          
endmodule // top$req$a_idx


module top$req$a_pause(d,q,clock);
    
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
          
endmodule // top$req$a_pause


module top$req$a_psn(d,q,clock);
    
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
          
endmodule // top$req$a_psn


module top$req$a_rts(d,q,clock);
    
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
          
endmodule // top$req$a_rts


module top$req$a_take_psn(d,q,clock);
    
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
          
endmodule // top$req$a_take_psn


module top$req$acked(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [7:0] read_address;
    input wire  read_clock;
    output reg  [15:0] read_data;
    input wire  [7:0] write_address;
    input wire  write_clock;
    input wire  [15:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[15:0] mem[255:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // top$req$acked


module top$req$acked_live(d,q,clock);
    
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
          
endmodule // top$req$acked_live


module top$req$d_ack_req_q(d,q,clock);
    
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
          
endmodule // top$req$d_ack_req_q


module top$req$d_has_imm_q(d,q,clock);
    
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
          
endmodule // top$req$d_has_imm_q


module top$req$d_has_reth_q(d,q,clock);
    
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
          
endmodule // top$req$d_has_reth_q


module top$req$d_len_q(d,q,clock);
    
    // Module arguments
    input wire  [12:0] d;
    output reg  [12:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 13'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$req$d_len_q


module top$req$d_opcode_q(d,q,clock);
    
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
          
endmodule // top$req$d_opcode_q


module top$req$d_psn_q(d,q,clock);
    
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
          
endmodule // top$req$d_psn_q


module top$req$d_solicited_q(d,q,clock);
    
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
          
endmodule // top$req$d_solicited_q


module top$req$d_v(d,q,clock);
    
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
          
endmodule // top$req$d_v


module top$req$done_more_q(d,q,clock);
    
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
          
endmodule // top$req$done_more_q


module top$req$done_q(d,q,clock);
    
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
          
endmodule // top$req$done_q


module top$req$ev_q(d,q,clock);
    
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
          
endmodule // top$req$ev_q


module top$req$ev_rp(d,q,clock);
    
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
          
endmodule // top$req$ev_rp


module top$req$ev_v(d,q,clock);
    
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
          
endmodule // top$req$ev_v


module top$req$ev_wp(d,q,clock);
    
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
          
endmodule // top$req$ev_wp


module top$req$evq(d,q,clock);
    
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
          
endmodule // top$req$evq


module top$req$f_addr_q(d,q,clock);
    
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
          
endmodule // top$req$f_addr_q


module top$req$f_idx_q(d,q,clock);
    
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
          
endmodule // top$req$f_idx_q


module top$req$f_v(d,q,clock);
    
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
          
endmodule // top$req$f_v


module top$req$fl_first_q(d,q,clock);
    
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
          
endmodule // top$req$fl_first_q


module top$req$fl_last_q(d,q,clock);
    
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
          
endmodule // top$req$fl_last_q


module top$req$fl_len_q(d,q,clock);
    
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
          
endmodule // top$req$fl_len_q


module top$req$fl_status_q(d,q,clock);
    
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
          
endmodule // top$req$fl_status_q


module top$req$fl_v(d,q,clock);
    
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
          
endmodule // top$req$fl_v


module top$req$g_addr_q(d,q,clock);
    
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
          
endmodule // top$req$g_addr_q


module top$req$g_v(d,q,clock);
    
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
          
endmodule // top$req$g_v


module top$req$i_fresh(d,q,clock);
    
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
          
endmodule // top$req$i_fresh


module top$req$i_psn(d,q,clock);
    
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
          
endmodule // top$req$i_psn


module top$req$i_qpn(d,q,clock);
    
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
          
endmodule // top$req$i_qpn


module top$req$i_rts(d,q,clock);
    
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
          
endmodule // top$req$i_rts


module top$req$i_take(d,q,clock);
    
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
          
endmodule // top$req$i_take


module top$req$i_v(d,q,clock);
    
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
          
endmodule // top$req$i_v


module top$req$idle_q(d,q,clock);
    
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
          
endmodule // top$req$idle_q


module top$req$inv_q(d,q,clock);
    
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
          
endmodule // top$req$inv_q


module top$req$more(d,q,clock);
    
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
          
endmodule // top$req$more


module top$req$offer(d,q,clock);
    
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
          
endmodule // top$req$offer


module top$req$ovf_q(d,q,clock);
    
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
          
endmodule // top$req$ovf_q


module top$req$phase(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Enums
    localparam ReqPhase$Idle = 0;
    localparam ReqPhase$GRead = 1;
    localparam ReqPhase$GDecide = 2;
    localparam ReqPhase$GCache = 3;
    localparam ReqPhase$GHit = 4;
    localparam ReqPhase$GBuild = 5;
    localparam ReqPhase$GOut = 6;
    localparam ReqPhase$IRead = 7;
    localparam ReqPhase$IWrite = 8;
    localparam ReqPhase$RRead = 9;
    localparam ReqPhase$RWrite = 10;
    localparam ReqPhase$EvPush = 11;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$req$phase


module top$req$pi_live(d,q,clock);
    
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
          
endmodule // top$req$pi_live


module top$req$qpn(d,q,clock);
    
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
          
endmodule // top$req$qpn


module top$req$r_acked_live(d,q,clock);
    
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
          
endmodule // top$req$r_acked_live


module top$req$r_epoch(d,q,clock);
    
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
          
endmodule // top$req$r_epoch


module top$req$r_halted(d,q,clock);
    
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
          
endmodule // top$req$r_halted


module top$req$r_offset(d,q,clock);
    
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
          
endmodule // top$req$r_offset


module top$req$r_paused(d,q,clock);
    
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
          
endmodule // top$req$r_paused


module top$req$r_pi(d,q,clock);
    
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
          
endmodule // top$req$r_pi


module top$req$r_pi_live(d,q,clock);
    
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
          
endmodule // top$req$r_pi_live


module top$req$r_psn(d,q,clock);
    
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
          
endmodule // top$req$r_psn


module top$req$r_sq_next(d,q,clock);
    
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
          
endmodule // top$req$r_sq_next


module top$req$reqtx(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [7:0] read_address;
    input wire  read_clock;
    output reg  [76:0] read_data;
    input wire  [7:0] write_address;
    input wire  write_clock;
    input wire  [76:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[76:0] mem[255:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // top$req$reqtx


module top$req$s_dest_qpn(d,q,clock);
    
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
          
endmodule // top$req$s_dest_qpn


module top$req$s_dip(d,q,clock);
    
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
          
endmodule // top$req$s_dip


module top$req$s_dmac(d,q,clock);
    
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
          
endmodule // top$req$s_dmac


module top$req$s_pd(d,q,clock);
    
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
          
endmodule // top$req$s_pd


module top$req$s_pmtu_log2(d,q,clock);
    
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
          
endmodule // top$req$s_pmtu_log2


module top$req$s_scq(d,q,clock);
    
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
          
endmodule // top$req$s_scq


module top$req$s_sq_base(d,q,clock);
    
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
          
endmodule // top$req$s_sq_base


module top$req$s_sq_mask(d,q,clock);
    
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
          
endmodule // top$req$s_sq_mask


module top$req$s_udp_sport(d,q,clock);
    
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
          
endmodule // top$req$s_udp_sport


module top$req$sqpi(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [7:0] read_address;
    input wire  read_clock;
    output reg  [15:0] read_data;
    input wire  [7:0] write_address;
    input wire  write_clock;
    input wire  [15:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[15:0] mem[255:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // top$req$sqpi


module top$req$w_imm(d,q,clock);
    
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
          
endmodule // top$req$w_imm


module top$req$w_len(d,q,clock);
    
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
          
endmodule // top$req$w_len


module top$req$w_liova(d,q,clock);
    
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
          
endmodule // top$req$w_liova


module top$req$w_opcode(d,q,clock);
    
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
          
endmodule // top$req$w_opcode


module top$req$w_raddr(d,q,clock);
    
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
          
endmodule // top$req$w_raddr


module top$req$w_rkey(d,q,clock);
    
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
          
endmodule // top$req$w_rkey


module top$req$w_signaled(d,q,clock);
    
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
          
endmodule // top$req$w_signaled


module top$req$w_solicited(d,q,clock);
    
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
          
endmodule // top$req$w_solicited


module top$req$w_wr_id(d,q,clock);
    
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
          
endmodule // top$req$w_wr_id


module top$resp(clock,reset,r_valid,r_ready,r_qpn,r_opcode,r_solicited,r_ack_req,r_psn,r_has_reth,r_has_imm,r_va,r_rkey,r_dma_len,r_imm,r_payload_len,r_state,r_pd,r_rq_base,r_rq_log2,r_rcq,r_pmtu_log2,r_dest_qpn,r_dmac,r_dip,r_udp_sport,pl_valid,pl_ready,pl_data,pl_keep,pl_last,init_valid,init_ready,init_qpn,init_fresh,init_state,init_take_sq_psn,init_sq_psn,init_take_rq_psn,init_rq_psn,db_valid,db_qpn,db_value,rd_req_valid,rd_req_ready,rd_req_addr,rd_req_len,rd_resp_valid,rd_resp_ready,rd_resp_data,rd_resp_last,rd_resp_error,chk_valid,chk_ready,chk_key,chk_pd,chk_va,chk_len,chk_need_local_write,chk_need_remote_write,res_valid,res_ready,res_ok,res_iova,w_valid,w_ready,w_addr,w_len,w_data,w_last,ack_valid,ack_ready,ack_qpn24,ack_syndrome,ack_psn,ack_msn,ack_dst_mac,ack_dst_ip,ack_udp_sport,cqe_valid,cqe_ready,cqe_cqn,cqe_wr_id,cqe_byte_len,cqe_imm,cqe_imm_valid,cqe_qpn,cqe_status,cqe_opcode,err_valid,err_ready,err_qpn,cnt_rx_duplicate,cnt_nak_seq_sent,cnt_nak_access_sent,cnt_rnr_nak_sent,cnt_nak_invalid_sent,cnt_wqe_errors,cnt_dma_errors,idle);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  r_valid;
    output reg  r_ready;
    input wire  [7:0] r_qpn;
    input wire  [7:0] r_opcode;
    input wire  r_solicited;
    input wire  r_ack_req;
    input wire  [23:0] r_psn;
    input wire  r_has_reth;
    input wire  r_has_imm;
    input wire  [63:0] r_va;
    input wire  [31:0] r_rkey;
    input wire  [31:0] r_dma_len;
    input wire  [31:0] r_imm;
    input wire  [13:0] r_payload_len;
    input wire  [3:0] r_state;
    input wire  [15:0] r_pd;
    input wire  [63:0] r_rq_base;
    input wire  [4:0] r_rq_log2;
    input wire  [7:0] r_rcq;
    input wire  [3:0] r_pmtu_log2;
    input wire  [23:0] r_dest_qpn;
    input wire  [47:0] r_dmac;
    input wire  [31:0] r_dip;
    input wire  [15:0] r_udp_sport;
    input wire  pl_valid;
    output reg  pl_ready;
    input wire  [63:0] pl_data;
    input wire  [7:0] pl_keep;
    input wire  pl_last;
    input wire  init_valid;
    output reg  init_ready;
    input wire  [7:0] init_qpn;
    input wire  init_fresh;
    input wire  [3:0] init_state;
    input wire  init_take_sq_psn;
    input wire  [23:0] init_sq_psn;
    input wire  init_take_rq_psn;
    input wire  [23:0] init_rq_psn;
    input wire  db_valid;
    input wire  [7:0] db_qpn;
    input wire  [15:0] db_value;
    output reg  rd_req_valid;
    input wire  rd_req_ready;
    output reg  [63:0] rd_req_addr;
    output reg  [15:0] rd_req_len;
    input wire  rd_resp_valid;
    output reg  rd_resp_ready;
    input wire  [63:0] rd_resp_data;
    input wire  rd_resp_last;
    input wire  rd_resp_error;
    output reg  chk_valid;
    input wire  chk_ready;
    output reg  [31:0] chk_key;
    output reg  [15:0] chk_pd;
    output reg  [63:0] chk_va;
    output reg  [31:0] chk_len;
    output reg  chk_need_local_write;
    output reg  chk_need_remote_write;
    input wire  res_valid;
    output reg  res_ready;
    input wire  res_ok;
    input wire  [63:0] res_iova;
    output reg  w_valid;
    input wire  w_ready;
    output reg  [63:0] w_addr;
    output reg  [15:0] w_len;
    output reg  [63:0] w_data;
    output reg  w_last;
    output reg  ack_valid;
    input wire  ack_ready;
    output reg  [23:0] ack_qpn24;
    output reg  [7:0] ack_syndrome;
    output reg  [23:0] ack_psn;
    output reg  [23:0] ack_msn;
    output reg  [47:0] ack_dst_mac;
    output reg  [31:0] ack_dst_ip;
    output reg  [15:0] ack_udp_sport;
    output reg  cqe_valid;
    input wire  cqe_ready;
    output reg  [7:0] cqe_cqn;
    output reg  [63:0] cqe_wr_id;
    output reg  [31:0] cqe_byte_len;
    output reg  [31:0] cqe_imm;
    output reg  cqe_imm_valid;
    output reg  [23:0] cqe_qpn;
    output reg  [7:0] cqe_status;
    output reg  [7:0] cqe_opcode;
    output reg  err_valid;
    input wire  err_ready;
    output reg  [7:0] err_qpn;
    output reg  cnt_rx_duplicate;
    output reg  cnt_nak_seq_sent;
    output reg  cnt_nak_access_sent;
    output reg  cnt_rnr_nak_sent;
    output reg  cnt_nak_invalid_sent;
    output reg  cnt_wqe_errors;
    output reg  cnt_dma_errors;
    output reg  idle;
    
    // Enums
    localparam RespPhase$Idle = 0;
    localparam RespPhase$Load = 1;
    localparam RespPhase$Check = 2;
    localparam RespPhase$MrWait = 3;
    localparam RespPhase$RqFetch = 4;
    localparam RespPhase$RqWait = 5;
    localparam RespPhase$RqMrWait = 6;
    localparam RespPhase$PlacePrep = 7;
    localparam RespPhase$Place = 8;
    localparam RespPhase$Finish = 9;
    localparam RespPhase$Drain = 10;
    localparam RespPhase$Store = 11;
    
    // Stub signals
    reg  [7:0] epsn_ram$read_address;
    reg  epsn_ram$read_clock;
    wire  [23:0] epsn_ram$read_data;
    reg  [7:0] epsn_ram$write_address;
    reg  epsn_ram$write_clock;
    reg  [23:0] epsn_ram$write_data;
    reg  epsn_ram$write_enable;
    reg  [7:0] msn_ram$read_address;
    reg  msn_ram$read_clock;
    wire  [23:0] msn_ram$read_data;
    reg  [7:0] msn_ram$write_address;
    reg  msn_ram$write_clock;
    reg  [23:0] msn_ram$write_data;
    reg  msn_ram$write_enable;
    reg  [7:0] rqci_ram$read_address;
    reg  rqci_ram$read_clock;
    wire  [15:0] rqci_ram$read_data;
    reg  [7:0] rqci_ram$write_address;
    reg  rqci_ram$write_clock;
    reg  [15:0] rqci_ram$write_data;
    reg  rqci_ram$write_enable;
    reg  [7:0] flags_ram$read_address;
    reg  flags_ram$read_clock;
    wire  [2:0] flags_ram$read_data;
    reg  [7:0] flags_ram$write_address;
    reg  flags_ram$write_clock;
    reg  [2:0] flags_ram$write_data;
    reg  flags_ram$write_enable;
    reg  [7:0] iova_ram$read_address;
    reg  iova_ram$read_clock;
    wire  [63:0] iova_ram$read_data;
    reg  [7:0] iova_ram$write_address;
    reg  iova_ram$write_clock;
    reg  [63:0] iova_ram$write_data;
    reg  iova_ram$write_enable;
    reg  [7:0] left_ram$read_address;
    reg  left_ram$read_clock;
    wire  [31:0] left_ram$read_data;
    reg  [7:0] left_ram$write_address;
    reg  left_ram$write_clock;
    reg  [31:0] left_ram$write_data;
    reg  left_ram$write_enable;
    reg  [7:0] done_ram$read_address;
    reg  done_ram$read_clock;
    wire  [31:0] done_ram$read_data;
    reg  [7:0] done_ram$write_address;
    reg  done_ram$write_clock;
    reg  [31:0] done_ram$write_data;
    reg  done_ram$write_enable;
    reg  [7:0] wrid_ram$read_address;
    reg  wrid_ram$read_clock;
    wire  [63:0] wrid_ram$read_data;
    reg  [7:0] wrid_ram$write_address;
    reg  wrid_ram$write_clock;
    reg  [63:0] wrid_ram$write_data;
    reg  wrid_ram$write_enable;
    reg  [7:0] rqpi_ram$read_address;
    reg  rqpi_ram$read_clock;
    wire  [15:0] rqpi_ram$read_data;
    reg  [7:0] rqpi_ram$write_address;
    reg  rqpi_ram$write_clock;
    reg  [15:0] rqpi_ram$write_data;
    reg  rqpi_ram$write_enable;
    reg  [255:0] pi_live$d;
    wire  [255:0] pi_live$q;
    reg  pi_live$clock;
    reg  fw_valid$d;
    wire  fw_valid$q;
    reg  fw_valid$clock;
    reg  [7:0] fw_qpn$d;
    wire  [7:0] fw_qpn$q;
    reg  fw_qpn$clock;
    reg  [15:0] fw_value$d;
    wire  [15:0] fw_value$q;
    reg  fw_value$clock;
    reg  [3:0] phase$d;
    wire  [3:0] phase$q;
    reg  phase$clock;
    reg  [7:0] d_qpn$d;
    wire  [7:0] d_qpn$q;
    reg  d_qpn$clock;
    reg  [7:0] d_opcode$d;
    wire  [7:0] d_opcode$q;
    reg  d_opcode$clock;
    reg  d_ack_req$d;
    wire  d_ack_req$q;
    reg  d_ack_req$clock;
    reg  [23:0] d_psn$d;
    wire  [23:0] d_psn$q;
    reg  d_psn$clock;
    reg  d_has_reth$d;
    wire  d_has_reth$q;
    reg  d_has_reth$clock;
    reg  d_has_imm$d;
    wire  d_has_imm$q;
    reg  d_has_imm$clock;
    reg  [63:0] d_va$d;
    wire  [63:0] d_va$q;
    reg  d_va$clock;
    reg  [31:0] d_rkey$d;
    wire  [31:0] d_rkey$q;
    reg  d_rkey$clock;
    reg  [31:0] d_dma_len$d;
    wire  [31:0] d_dma_len$q;
    reg  d_dma_len$clock;
    reg  [31:0] d_imm$d;
    wire  [31:0] d_imm$q;
    reg  d_imm$clock;
    reg  [13:0] d_payload_len$d;
    wire  [13:0] d_payload_len$q;
    reg  d_payload_len$clock;
    reg  [15:0] d_pd$d;
    wire  [15:0] d_pd$q;
    reg  d_pd$clock;
    reg  [63:0] d_rq_base$d;
    wire  [63:0] d_rq_base$q;
    reg  d_rq_base$clock;
    reg  [4:0] d_rq_log2$d;
    wire  [4:0] d_rq_log2$q;
    reg  d_rq_log2$clock;
    reg  [7:0] d_rcq$d;
    wire  [7:0] d_rcq$q;
    reg  d_rcq$clock;
    reg  [23:0] d_dest_qpn$d;
    wire  [23:0] d_dest_qpn$q;
    reg  d_dest_qpn$clock;
    reg  [47:0] d_dmac$d;
    wire  [47:0] d_dmac$q;
    reg  d_dmac$clock;
    reg  [31:0] d_dip$d;
    wire  [31:0] d_dip$q;
    reg  d_dip$clock;
    reg  [15:0] d_udp_sport$d;
    wire  [15:0] d_udp_sport$q;
    reg  d_udp_sport$clock;
    reg  pl_pending$d;
    wire  pl_pending$q;
    reg  pl_pending$clock;
    reg  [23:0] c_epsn$d;
    wire  [23:0] c_epsn$q;
    reg  c_epsn$clock;
    reg  [23:0] c_msn$d;
    wire  [23:0] c_msn$q;
    reg  c_msn$clock;
    reg  [15:0] c_rq_ci$d;
    wire  [15:0] c_rq_ci$q;
    reg  c_rq_ci$clock;
    reg  [15:0] c_rq_pi$d;
    wire  [15:0] c_rq_pi$q;
    reg  c_rq_pi$clock;
    reg  c_nak_sent$d;
    wire  c_nak_sent$q;
    reg  c_nak_sent$clock;
    reg  c_active$d;
    wire  c_active$q;
    reg  c_active$clock;
    reg  c_is_send$d;
    wire  c_is_send$q;
    reg  c_is_send$clock;
    reg  [63:0] c_iova$d;
    wire  [63:0] c_iova$q;
    reg  c_iova$clock;
    reg  [31:0] c_left$d;
    wire  [31:0] c_left$q;
    reg  c_left$clock;
    reg  [31:0] c_done$d;
    wire  [31:0] c_done$q;
    reg  c_done$clock;
    reg  [63:0] c_wr_id$d;
    wire  [63:0] c_wr_id$q;
    reg  c_wr_id$clock;
    reg  psn_expected$d;
    wire  psn_expected$q;
    reg  psn_expected$clock;
    reg  psn_behind$d;
    wire  psn_behind$q;
    reg  psn_behind$clock;
    reg  [2:0] rq_beat$d;
    wire  [2:0] rq_beat$q;
    reg  rq_beat$clock;
    reg  rq_err$d;
    wire  rq_err$q;
    reg  rq_err$clock;
    reg  [63:0] wqe_wr_id$d;
    wire  [63:0] wqe_wr_id$q;
    reg  wqe_wr_id$clock;
    reg  [63:0] wqe_addr$d;
    wire  [63:0] wqe_addr$q;
    reg  wqe_addr$clock;
    reg  [31:0] wqe_len$d;
    wire  [31:0] wqe_len$q;
    reg  wqe_len$clock;
    reg  [31:0] wqe_lkey$d;
    wire  [31:0] wqe_lkey$q;
    reg  wqe_lkey$clock;
    reg  rd_full$d;
    wire  rd_full$q;
    reg  rd_full$clock;
    reg  [63:0] rd_addr_q$d;
    wire  [63:0] rd_addr_q$q;
    reg  rd_addr_q$clock;
    reg  chk_full$d;
    wire  chk_full$q;
    reg  chk_full$clock;
    reg  [31:0] chk_key_q$d;
    wire  [31:0] chk_key_q$q;
    reg  chk_key_q$clock;
    reg  [63:0] chk_va_q$d;
    wire  [63:0] chk_va_q$q;
    reg  chk_va_q$clock;
    reg  [31:0] chk_len_q$d;
    wire  [31:0] chk_len_q$q;
    reg  chk_len_q$clock;
    reg  chk_local_q$d;
    wire  chk_local_q$q;
    reg  chk_local_q$clock;
    reg  chk_remote_q$d;
    wire  chk_remote_q$q;
    reg  chk_remote_q$clock;
    reg  w_full$d;
    wire  w_full$q;
    reg  w_full$clock;
    reg  [63:0] w_addr_q$d;
    wire  [63:0] w_addr_q$q;
    reg  w_addr_q$clock;
    reg  [15:0] w_len_q$d;
    wire  [15:0] w_len_q$q;
    reg  w_len_q$clock;
    reg  [63:0] w_data_q$d;
    wire  [63:0] w_data_q$q;
    reg  w_data_q$clock;
    reg  w_last_q$d;
    wire  w_last_q$q;
    reg  w_last_q$clock;
    reg  ack_full$d;
    wire  ack_full$q;
    reg  ack_full$clock;
    reg  [7:0] ack_syndrome_q$d;
    wire  [7:0] ack_syndrome_q$q;
    reg  ack_syndrome_q$clock;
    reg  [23:0] ack_psn_q$d;
    wire  [23:0] ack_psn_q$q;
    reg  ack_psn_q$clock;
    reg  cqe_full$d;
    wire  cqe_full$q;
    reg  cqe_full$clock;
    reg  [63:0] cqe_wr_id_q$d;
    wire  [63:0] cqe_wr_id_q$q;
    reg  cqe_wr_id_q$clock;
    reg  [31:0] cqe_byte_len_q$d;
    wire  [31:0] cqe_byte_len_q$q;
    reg  cqe_byte_len_q$clock;
    reg  [31:0] cqe_imm_q$d;
    wire  [31:0] cqe_imm_q$q;
    reg  cqe_imm_q$clock;
    reg  cqe_imm_valid_q$d;
    wire  cqe_imm_valid_q$q;
    reg  cqe_imm_valid_q$clock;
    reg  [7:0] cqe_status_q$d;
    wire  [7:0] cqe_status_q$q;
    reg  cqe_status_q$clock;
    reg  [7:0] cqe_opcode_q$d;
    wire  [7:0] cqe_opcode_q$q;
    reg  cqe_opcode_q$clock;
    reg  s_duplicate$d;
    wire  s_duplicate$q;
    reg  s_duplicate$clock;
    reg  s_nak_seq$d;
    wire  s_nak_seq$q;
    reg  s_nak_seq$clock;
    reg  s_nak_access$d;
    wire  s_nak_access$q;
    reg  s_nak_access$clock;
    reg  s_rnr_nak$d;
    wire  s_rnr_nak$q;
    reg  s_rnr_nak$clock;
    reg  s_nak_invalid$d;
    wire  s_nak_invalid$q;
    reg  s_nak_invalid$clock;
    reg  s_wqe_errors$d;
    wire  s_wqe_errors$q;
    reg  s_wqe_errors$clock;
    reg  s_dma_errors$d;
    wire  s_dma_errors$q;
    reg  s_dma_errors$clock;
    
    // Local signals
    reg  r_take;
    reg  init_take;
    reg  [255:0] one_qps;
    reg  [255:0] one_init;
    reg  [255:0] clr_live;
    reg  [255:0] set_live;
    reg  [255:0] one_db;
    reg  [15:0] pi_read;
    reg  is_send;
    reg  is_write;
    reg  starts;
    reg  ends;
    reg  out_of_seq;
    reg  [23:0] psn_diff;
    reg  [31:0] len32;
    reg  [63:0] len64;
    reg  [15:0] rq_mask;
    reg  [15:0] ones16;
    reg  [15:0] rq_slot;
    reg  rd_fire;
    reg  rd_bad;
    reg  res_fire;
    reg  pl_take;
    reg  w_fire;
    reg  store_go;
    
    // Sub module instances
    top$resp$epsn_ram epsn_ram(
        .read_address(epsn_ram$read_address),
        .read_clock(epsn_ram$read_clock),
        .read_data(epsn_ram$read_data),
        .write_address(epsn_ram$write_address),
        .write_clock(epsn_ram$write_clock),
        .write_data(epsn_ram$write_data),
        .write_enable(epsn_ram$write_enable)
    );
    top$resp$msn_ram msn_ram(
        .read_address(msn_ram$read_address),
        .read_clock(msn_ram$read_clock),
        .read_data(msn_ram$read_data),
        .write_address(msn_ram$write_address),
        .write_clock(msn_ram$write_clock),
        .write_data(msn_ram$write_data),
        .write_enable(msn_ram$write_enable)
    );
    top$resp$rqci_ram rqci_ram(
        .read_address(rqci_ram$read_address),
        .read_clock(rqci_ram$read_clock),
        .read_data(rqci_ram$read_data),
        .write_address(rqci_ram$write_address),
        .write_clock(rqci_ram$write_clock),
        .write_data(rqci_ram$write_data),
        .write_enable(rqci_ram$write_enable)
    );
    top$resp$flags_ram flags_ram(
        .read_address(flags_ram$read_address),
        .read_clock(flags_ram$read_clock),
        .read_data(flags_ram$read_data),
        .write_address(flags_ram$write_address),
        .write_clock(flags_ram$write_clock),
        .write_data(flags_ram$write_data),
        .write_enable(flags_ram$write_enable)
    );
    top$resp$iova_ram iova_ram(
        .read_address(iova_ram$read_address),
        .read_clock(iova_ram$read_clock),
        .read_data(iova_ram$read_data),
        .write_address(iova_ram$write_address),
        .write_clock(iova_ram$write_clock),
        .write_data(iova_ram$write_data),
        .write_enable(iova_ram$write_enable)
    );
    top$resp$left_ram left_ram(
        .read_address(left_ram$read_address),
        .read_clock(left_ram$read_clock),
        .read_data(left_ram$read_data),
        .write_address(left_ram$write_address),
        .write_clock(left_ram$write_clock),
        .write_data(left_ram$write_data),
        .write_enable(left_ram$write_enable)
    );
    top$resp$done_ram done_ram(
        .read_address(done_ram$read_address),
        .read_clock(done_ram$read_clock),
        .read_data(done_ram$read_data),
        .write_address(done_ram$write_address),
        .write_clock(done_ram$write_clock),
        .write_data(done_ram$write_data),
        .write_enable(done_ram$write_enable)
    );
    top$resp$wrid_ram wrid_ram(
        .read_address(wrid_ram$read_address),
        .read_clock(wrid_ram$read_clock),
        .read_data(wrid_ram$read_data),
        .write_address(wrid_ram$write_address),
        .write_clock(wrid_ram$write_clock),
        .write_data(wrid_ram$write_data),
        .write_enable(wrid_ram$write_enable)
    );
    top$resp$rqpi_ram rqpi_ram(
        .read_address(rqpi_ram$read_address),
        .read_clock(rqpi_ram$read_clock),
        .read_data(rqpi_ram$read_data),
        .write_address(rqpi_ram$write_address),
        .write_clock(rqpi_ram$write_clock),
        .write_data(rqpi_ram$write_data),
        .write_enable(rqpi_ram$write_enable)
    );
    top$resp$pi_live pi_live(
        .d(pi_live$d),
        .q(pi_live$q),
        .clock(pi_live$clock)
    );
    top$resp$fw_valid fw_valid(
        .d(fw_valid$d),
        .q(fw_valid$q),
        .clock(fw_valid$clock)
    );
    top$resp$fw_qpn fw_qpn(
        .d(fw_qpn$d),
        .q(fw_qpn$q),
        .clock(fw_qpn$clock)
    );
    top$resp$fw_value fw_value(
        .d(fw_value$d),
        .q(fw_value$q),
        .clock(fw_value$clock)
    );
    top$resp$phase phase(
        .d(phase$d),
        .q(phase$q),
        .clock(phase$clock)
    );
    top$resp$d_qpn d_qpn(
        .d(d_qpn$d),
        .q(d_qpn$q),
        .clock(d_qpn$clock)
    );
    top$resp$d_opcode d_opcode(
        .d(d_opcode$d),
        .q(d_opcode$q),
        .clock(d_opcode$clock)
    );
    top$resp$d_ack_req d_ack_req(
        .d(d_ack_req$d),
        .q(d_ack_req$q),
        .clock(d_ack_req$clock)
    );
    top$resp$d_psn d_psn(
        .d(d_psn$d),
        .q(d_psn$q),
        .clock(d_psn$clock)
    );
    top$resp$d_has_reth d_has_reth(
        .d(d_has_reth$d),
        .q(d_has_reth$q),
        .clock(d_has_reth$clock)
    );
    top$resp$d_has_imm d_has_imm(
        .d(d_has_imm$d),
        .q(d_has_imm$q),
        .clock(d_has_imm$clock)
    );
    top$resp$d_va d_va(
        .d(d_va$d),
        .q(d_va$q),
        .clock(d_va$clock)
    );
    top$resp$d_rkey d_rkey(
        .d(d_rkey$d),
        .q(d_rkey$q),
        .clock(d_rkey$clock)
    );
    top$resp$d_dma_len d_dma_len(
        .d(d_dma_len$d),
        .q(d_dma_len$q),
        .clock(d_dma_len$clock)
    );
    top$resp$d_imm d_imm(
        .d(d_imm$d),
        .q(d_imm$q),
        .clock(d_imm$clock)
    );
    top$resp$d_payload_len d_payload_len(
        .d(d_payload_len$d),
        .q(d_payload_len$q),
        .clock(d_payload_len$clock)
    );
    top$resp$d_pd d_pd(
        .d(d_pd$d),
        .q(d_pd$q),
        .clock(d_pd$clock)
    );
    top$resp$d_rq_base d_rq_base(
        .d(d_rq_base$d),
        .q(d_rq_base$q),
        .clock(d_rq_base$clock)
    );
    top$resp$d_rq_log2 d_rq_log2(
        .d(d_rq_log2$d),
        .q(d_rq_log2$q),
        .clock(d_rq_log2$clock)
    );
    top$resp$d_rcq d_rcq(
        .d(d_rcq$d),
        .q(d_rcq$q),
        .clock(d_rcq$clock)
    );
    top$resp$d_dest_qpn d_dest_qpn(
        .d(d_dest_qpn$d),
        .q(d_dest_qpn$q),
        .clock(d_dest_qpn$clock)
    );
    top$resp$d_dmac d_dmac(
        .d(d_dmac$d),
        .q(d_dmac$q),
        .clock(d_dmac$clock)
    );
    top$resp$d_dip d_dip(
        .d(d_dip$d),
        .q(d_dip$q),
        .clock(d_dip$clock)
    );
    top$resp$d_udp_sport d_udp_sport(
        .d(d_udp_sport$d),
        .q(d_udp_sport$q),
        .clock(d_udp_sport$clock)
    );
    top$resp$pl_pending pl_pending(
        .d(pl_pending$d),
        .q(pl_pending$q),
        .clock(pl_pending$clock)
    );
    top$resp$c_epsn c_epsn(
        .d(c_epsn$d),
        .q(c_epsn$q),
        .clock(c_epsn$clock)
    );
    top$resp$c_msn c_msn(
        .d(c_msn$d),
        .q(c_msn$q),
        .clock(c_msn$clock)
    );
    top$resp$c_rq_ci c_rq_ci(
        .d(c_rq_ci$d),
        .q(c_rq_ci$q),
        .clock(c_rq_ci$clock)
    );
    top$resp$c_rq_pi c_rq_pi(
        .d(c_rq_pi$d),
        .q(c_rq_pi$q),
        .clock(c_rq_pi$clock)
    );
    top$resp$c_nak_sent c_nak_sent(
        .d(c_nak_sent$d),
        .q(c_nak_sent$q),
        .clock(c_nak_sent$clock)
    );
    top$resp$c_active c_active(
        .d(c_active$d),
        .q(c_active$q),
        .clock(c_active$clock)
    );
    top$resp$c_is_send c_is_send(
        .d(c_is_send$d),
        .q(c_is_send$q),
        .clock(c_is_send$clock)
    );
    top$resp$c_iova c_iova(
        .d(c_iova$d),
        .q(c_iova$q),
        .clock(c_iova$clock)
    );
    top$resp$c_left c_left(
        .d(c_left$d),
        .q(c_left$q),
        .clock(c_left$clock)
    );
    top$resp$c_done c_done(
        .d(c_done$d),
        .q(c_done$q),
        .clock(c_done$clock)
    );
    top$resp$c_wr_id c_wr_id(
        .d(c_wr_id$d),
        .q(c_wr_id$q),
        .clock(c_wr_id$clock)
    );
    top$resp$psn_expected psn_expected(
        .d(psn_expected$d),
        .q(psn_expected$q),
        .clock(psn_expected$clock)
    );
    top$resp$psn_behind psn_behind(
        .d(psn_behind$d),
        .q(psn_behind$q),
        .clock(psn_behind$clock)
    );
    top$resp$rq_beat rq_beat(
        .d(rq_beat$d),
        .q(rq_beat$q),
        .clock(rq_beat$clock)
    );
    top$resp$rq_err rq_err(
        .d(rq_err$d),
        .q(rq_err$q),
        .clock(rq_err$clock)
    );
    top$resp$wqe_wr_id wqe_wr_id(
        .d(wqe_wr_id$d),
        .q(wqe_wr_id$q),
        .clock(wqe_wr_id$clock)
    );
    top$resp$wqe_addr wqe_addr(
        .d(wqe_addr$d),
        .q(wqe_addr$q),
        .clock(wqe_addr$clock)
    );
    top$resp$wqe_len wqe_len(
        .d(wqe_len$d),
        .q(wqe_len$q),
        .clock(wqe_len$clock)
    );
    top$resp$wqe_lkey wqe_lkey(
        .d(wqe_lkey$d),
        .q(wqe_lkey$q),
        .clock(wqe_lkey$clock)
    );
    top$resp$rd_full rd_full(
        .d(rd_full$d),
        .q(rd_full$q),
        .clock(rd_full$clock)
    );
    top$resp$rd_addr_q rd_addr_q(
        .d(rd_addr_q$d),
        .q(rd_addr_q$q),
        .clock(rd_addr_q$clock)
    );
    top$resp$chk_full chk_full(
        .d(chk_full$d),
        .q(chk_full$q),
        .clock(chk_full$clock)
    );
    top$resp$chk_key_q chk_key_q(
        .d(chk_key_q$d),
        .q(chk_key_q$q),
        .clock(chk_key_q$clock)
    );
    top$resp$chk_va_q chk_va_q(
        .d(chk_va_q$d),
        .q(chk_va_q$q),
        .clock(chk_va_q$clock)
    );
    top$resp$chk_len_q chk_len_q(
        .d(chk_len_q$d),
        .q(chk_len_q$q),
        .clock(chk_len_q$clock)
    );
    top$resp$chk_local_q chk_local_q(
        .d(chk_local_q$d),
        .q(chk_local_q$q),
        .clock(chk_local_q$clock)
    );
    top$resp$chk_remote_q chk_remote_q(
        .d(chk_remote_q$d),
        .q(chk_remote_q$q),
        .clock(chk_remote_q$clock)
    );
    top$resp$w_full w_full(
        .d(w_full$d),
        .q(w_full$q),
        .clock(w_full$clock)
    );
    top$resp$w_addr_q w_addr_q(
        .d(w_addr_q$d),
        .q(w_addr_q$q),
        .clock(w_addr_q$clock)
    );
    top$resp$w_len_q w_len_q(
        .d(w_len_q$d),
        .q(w_len_q$q),
        .clock(w_len_q$clock)
    );
    top$resp$w_data_q w_data_q(
        .d(w_data_q$d),
        .q(w_data_q$q),
        .clock(w_data_q$clock)
    );
    top$resp$w_last_q w_last_q(
        .d(w_last_q$d),
        .q(w_last_q$q),
        .clock(w_last_q$clock)
    );
    top$resp$ack_full ack_full(
        .d(ack_full$d),
        .q(ack_full$q),
        .clock(ack_full$clock)
    );
    top$resp$ack_syndrome_q ack_syndrome_q(
        .d(ack_syndrome_q$d),
        .q(ack_syndrome_q$q),
        .clock(ack_syndrome_q$clock)
    );
    top$resp$ack_psn_q ack_psn_q(
        .d(ack_psn_q$d),
        .q(ack_psn_q$q),
        .clock(ack_psn_q$clock)
    );
    top$resp$cqe_full cqe_full(
        .d(cqe_full$d),
        .q(cqe_full$q),
        .clock(cqe_full$clock)
    );
    top$resp$cqe_wr_id_q cqe_wr_id_q(
        .d(cqe_wr_id_q$d),
        .q(cqe_wr_id_q$q),
        .clock(cqe_wr_id_q$clock)
    );
    top$resp$cqe_byte_len_q cqe_byte_len_q(
        .d(cqe_byte_len_q$d),
        .q(cqe_byte_len_q$q),
        .clock(cqe_byte_len_q$clock)
    );
    top$resp$cqe_imm_q cqe_imm_q(
        .d(cqe_imm_q$d),
        .q(cqe_imm_q$q),
        .clock(cqe_imm_q$clock)
    );
    top$resp$cqe_imm_valid_q cqe_imm_valid_q(
        .d(cqe_imm_valid_q$d),
        .q(cqe_imm_valid_q$q),
        .clock(cqe_imm_valid_q$clock)
    );
    top$resp$cqe_status_q cqe_status_q(
        .d(cqe_status_q$d),
        .q(cqe_status_q$q),
        .clock(cqe_status_q$clock)
    );
    top$resp$cqe_opcode_q cqe_opcode_q(
        .d(cqe_opcode_q$d),
        .q(cqe_opcode_q$q),
        .clock(cqe_opcode_q$clock)
    );
    top$resp$s_duplicate s_duplicate(
        .d(s_duplicate$d),
        .q(s_duplicate$q),
        .clock(s_duplicate$clock)
    );
    top$resp$s_nak_seq s_nak_seq(
        .d(s_nak_seq$d),
        .q(s_nak_seq$q),
        .clock(s_nak_seq$clock)
    );
    top$resp$s_nak_access s_nak_access(
        .d(s_nak_access$d),
        .q(s_nak_access$q),
        .clock(s_nak_access$clock)
    );
    top$resp$s_rnr_nak s_rnr_nak(
        .d(s_rnr_nak$d),
        .q(s_rnr_nak$q),
        .clock(s_rnr_nak$clock)
    );
    top$resp$s_nak_invalid s_nak_invalid(
        .d(s_nak_invalid$d),
        .q(s_nak_invalid$q),
        .clock(s_nak_invalid$clock)
    );
    top$resp$s_wqe_errors s_wqe_errors(
        .d(s_wqe_errors$d),
        .q(s_wqe_errors$q),
        .clock(s_wqe_errors$clock)
    );
    top$resp$s_dma_errors s_dma_errors(
        .d(s_dma_errors$d),
        .q(s_dma_errors$q),
        .clock(s_dma_errors$clock)
    );
    
    // Update code
    always @(*) begin
        pi_live$clock = clock;
        fw_valid$clock = clock;
        fw_qpn$clock = clock;
        fw_value$clock = clock;
        phase$clock = clock;
        d_qpn$clock = clock;
        d_opcode$clock = clock;
        d_ack_req$clock = clock;
        d_psn$clock = clock;
        d_has_reth$clock = clock;
        d_has_imm$clock = clock;
        d_va$clock = clock;
        d_rkey$clock = clock;
        d_dma_len$clock = clock;
        d_imm$clock = clock;
        d_payload_len$clock = clock;
        d_pd$clock = clock;
        d_rq_base$clock = clock;
        d_rq_log2$clock = clock;
        d_rcq$clock = clock;
        d_dest_qpn$clock = clock;
        d_dmac$clock = clock;
        d_dip$clock = clock;
        d_udp_sport$clock = clock;
        pl_pending$clock = clock;
        c_epsn$clock = clock;
        c_msn$clock = clock;
        c_rq_ci$clock = clock;
        c_rq_pi$clock = clock;
        c_nak_sent$clock = clock;
        c_active$clock = clock;
        c_is_send$clock = clock;
        c_iova$clock = clock;
        c_left$clock = clock;
        c_done$clock = clock;
        c_wr_id$clock = clock;
        psn_expected$clock = clock;
        psn_behind$clock = clock;
        rq_beat$clock = clock;
        rq_err$clock = clock;
        wqe_wr_id$clock = clock;
        wqe_addr$clock = clock;
        wqe_len$clock = clock;
        wqe_lkey$clock = clock;
        rd_full$clock = clock;
        rd_addr_q$clock = clock;
        chk_full$clock = clock;
        chk_key_q$clock = clock;
        chk_va_q$clock = clock;
        chk_len_q$clock = clock;
        chk_local_q$clock = clock;
        chk_remote_q$clock = clock;
        w_full$clock = clock;
        w_addr_q$clock = clock;
        w_len_q$clock = clock;
        w_data_q$clock = clock;
        w_last_q$clock = clock;
        ack_full$clock = clock;
        ack_syndrome_q$clock = clock;
        ack_psn_q$clock = clock;
        cqe_full$clock = clock;
        cqe_wr_id_q$clock = clock;
        cqe_byte_len_q$clock = clock;
        cqe_imm_q$clock = clock;
        cqe_imm_valid_q$clock = clock;
        cqe_status_q$clock = clock;
        cqe_opcode_q$clock = clock;
        s_duplicate$clock = clock;
        s_nak_seq$clock = clock;
        s_nak_access$clock = clock;
        s_rnr_nak$clock = clock;
        s_nak_invalid$clock = clock;
        s_wqe_errors$clock = clock;
        s_dma_errors$clock = clock;
        pi_live$d = pi_live$q;
        fw_valid$d = fw_valid$q;
        fw_qpn$d = fw_qpn$q;
        fw_value$d = fw_value$q;
        phase$d = phase$q;
        d_qpn$d = d_qpn$q;
        d_opcode$d = d_opcode$q;
        d_ack_req$d = d_ack_req$q;
        d_psn$d = d_psn$q;
        d_has_reth$d = d_has_reth$q;
        d_has_imm$d = d_has_imm$q;
        d_va$d = d_va$q;
        d_rkey$d = d_rkey$q;
        d_dma_len$d = d_dma_len$q;
        d_imm$d = d_imm$q;
        d_payload_len$d = d_payload_len$q;
        d_pd$d = d_pd$q;
        d_rq_base$d = d_rq_base$q;
        d_rq_log2$d = d_rq_log2$q;
        d_rcq$d = d_rcq$q;
        d_dest_qpn$d = d_dest_qpn$q;
        d_dmac$d = d_dmac$q;
        d_dip$d = d_dip$q;
        d_udp_sport$d = d_udp_sport$q;
        pl_pending$d = pl_pending$q;
        c_epsn$d = c_epsn$q;
        c_msn$d = c_msn$q;
        c_rq_ci$d = c_rq_ci$q;
        c_rq_pi$d = c_rq_pi$q;
        c_nak_sent$d = c_nak_sent$q;
        c_active$d = c_active$q;
        c_is_send$d = c_is_send$q;
        c_iova$d = c_iova$q;
        c_left$d = c_left$q;
        c_done$d = c_done$q;
        c_wr_id$d = c_wr_id$q;
        psn_expected$d = psn_expected$q;
        psn_behind$d = psn_behind$q;
        rq_beat$d = rq_beat$q;
        rq_err$d = rq_err$q;
        wqe_wr_id$d = wqe_wr_id$q;
        wqe_addr$d = wqe_addr$q;
        wqe_len$d = wqe_len$q;
        wqe_lkey$d = wqe_lkey$q;
        rd_full$d = rd_full$q;
        rd_addr_q$d = rd_addr_q$q;
        chk_full$d = chk_full$q;
        chk_key_q$d = chk_key_q$q;
        chk_va_q$d = chk_va_q$q;
        chk_len_q$d = chk_len_q$q;
        chk_local_q$d = chk_local_q$q;
        chk_remote_q$d = chk_remote_q$q;
        w_full$d = w_full$q;
        w_addr_q$d = w_addr_q$q;
        w_len_q$d = w_len_q$q;
        w_data_q$d = w_data_q$q;
        w_last_q$d = w_last_q$q;
        ack_full$d = ack_full$q;
        ack_syndrome_q$d = ack_syndrome_q$q;
        ack_psn_q$d = ack_psn_q$q;
        cqe_full$d = cqe_full$q;
        cqe_wr_id_q$d = cqe_wr_id_q$q;
        cqe_byte_len_q$d = cqe_byte_len_q$q;
        cqe_imm_q$d = cqe_imm_q$q;
        cqe_imm_valid_q$d = cqe_imm_valid_q$q;
        cqe_status_q$d = cqe_status_q$q;
        cqe_opcode_q$d = cqe_opcode_q$q;
        s_duplicate$d = s_duplicate$q;
        s_nak_seq$d = s_nak_seq$q;
        s_nak_access$d = s_nak_access$q;
        s_rnr_nak$d = s_rnr_nak$q;
        s_nak_invalid$d = s_nak_invalid$q;
        s_wqe_errors$d = s_wqe_errors$q;
        s_dma_errors$d = s_dma_errors$q;
        epsn_ram$read_clock = clock;
        epsn_ram$write_clock = clock;
        msn_ram$read_clock = clock;
        msn_ram$write_clock = clock;
        rqci_ram$read_clock = clock;
        rqci_ram$write_clock = clock;
        flags_ram$read_clock = clock;
        flags_ram$write_clock = clock;
        iova_ram$read_clock = clock;
        iova_ram$write_clock = clock;
        left_ram$read_clock = clock;
        left_ram$write_clock = clock;
        done_ram$read_clock = clock;
        done_ram$write_clock = clock;
        wrid_ram$read_clock = clock;
        wrid_ram$write_clock = clock;
        rqpi_ram$read_clock = clock;
        rqpi_ram$write_clock = clock;
        s_duplicate$d = 1'b0;
        s_nak_seq$d = 1'b0;
        s_nak_access$d = 1'b0;
        s_rnr_nak$d = 1'b0;
        s_nak_invalid$d = 1'b0;
        s_wqe_errors$d = 1'b0;
        s_dma_errors$d = 1'b0;
        if (rd_full$q & rd_req_ready) begin
            rd_full$d = 1'b0;
        end
        if (chk_full$q & chk_ready) begin
            chk_full$d = 1'b0;
        end
        if (ack_full$q & ack_ready) begin
            ack_full$d = 1'b0;
        end
        if (cqe_full$q & cqe_ready) begin
            cqe_full$d = 1'b0;
        end
        is_send = d_opcode$q <= 32'h5;
        is_write = (d_opcode$q >= 32'h6) & (d_opcode$q <= 32'hb);
        starts = (d_opcode$q == 32'h0) | (d_opcode$q == 32'h4) | (d_opcode$q == 32'h5) | (d_opcode$q == 32'h6) | (d_opcode$q == 32'ha) | (d_opcode$q == 32'hb);
        ends = (d_opcode$q == 32'h2) | (d_opcode$q == 32'h3) | (d_opcode$q == 32'h4) | (d_opcode$q == 32'h5) | (d_opcode$q == 32'h8) | (d_opcode$q == 32'h9) | (d_opcode$q == 32'ha) | (d_opcode$q == 32'hb);
        out_of_seq = (c_active$q & (starts | (is_send != c_is_send$q))) | (~c_active$q & ~starts);
        psn_diff = d_psn$q - epsn_ram$read_data;
        len32 = ((d_payload_len$q) & 32'hffffffff);
        len64 = ((d_payload_len$q) & 64'hffffffffffffffff);
        ones16 = 32'hffff;
        rq_mask = ~(ones16 << d_rq_log2$q);
        rq_slot = c_rq_ci$q & rq_mask;
        one_qps = 32'h1;
        one_init = one_qps << init_qpn;
        one_db = one_qps << db_qpn;
        clr_live = 32'h0;
        set_live = 32'h0;
        rqpi_ram$write_enable = db_valid;
        rqpi_ram$write_address = db_qpn;
        rqpi_ram$write_data = db_value;
        fw_valid$d = db_valid;
        fw_qpn$d = db_qpn;
        fw_value$d = db_value;
        epsn_ram$read_address = r_qpn;
        msn_ram$read_address = r_qpn;
        rqci_ram$read_address = r_qpn;
        flags_ram$read_address = r_qpn;
        iova_ram$read_address = r_qpn;
        left_ram$read_address = r_qpn;
        done_ram$read_address = r_qpn;
        wrid_ram$read_address = r_qpn;
        rqpi_ram$read_address = r_qpn;
        store_go = (phase$q == RespPhase$Store) & ~ack_full$q & ~cqe_full$q;
        epsn_ram$write_address = d_qpn$q;
        msn_ram$write_address = d_qpn$q;
        rqci_ram$write_address = d_qpn$q;
        flags_ram$write_address = d_qpn$q;
        iova_ram$write_address = d_qpn$q;
        left_ram$write_address = d_qpn$q;
        done_ram$write_address = d_qpn$q;
        wrid_ram$write_address = d_qpn$q;
        epsn_ram$write_data = c_epsn$q;
        msn_ram$write_data = c_msn$q;
        rqci_ram$write_data = c_rq_ci$q;
        flags_ram$write_data = ((c_nak_sent$q) & 3'h7) | (((c_active$q) & 3'h7) << 32'h1) | (((c_is_send$q) & 3'h7) << 32'h2);
        iova_ram$write_data = c_iova$q;
        left_ram$write_data = c_left$q;
        done_ram$write_data = c_done$q;
        wrid_ram$write_data = c_wr_id$q;
        epsn_ram$write_enable = store_go;
        msn_ram$write_enable = store_go;
        rqci_ram$write_enable = store_go;
        flags_ram$write_enable = store_go;
        iova_ram$write_enable = store_go;
        left_ram$write_enable = store_go;
        done_ram$write_enable = store_go;
        wrid_ram$write_enable = store_go;
        if (store_go) begin
            phase$d = RespPhase$Idle;
        end
        init_ready = phase$q == RespPhase$Idle;
        init_take = init_valid & (phase$q == RespPhase$Idle);
        r_ready = (phase$q == RespPhase$Idle) & ~init_valid;
        r_take = r_valid & (phase$q == RespPhase$Idle) & ~init_valid;
        if (init_take) begin
            epsn_ram$write_address = init_qpn;
            msn_ram$write_address = init_qpn;
            rqci_ram$write_address = init_qpn;
            flags_ram$write_address = init_qpn;
            iova_ram$write_address = init_qpn;
            left_ram$write_address = init_qpn;
            done_ram$write_address = init_qpn;
            wrid_ram$write_address = init_qpn;
            epsn_ram$write_data = 32'h0;
            if (init_take_rq_psn) begin
                epsn_ram$write_data = init_rq_psn;
            end
            msn_ram$write_data = 32'h0;
            rqci_ram$write_data = 32'h0;
            flags_ram$write_data = 32'h0;
            iova_ram$write_data = 32'h0;
            left_ram$write_data = 32'h0;
            done_ram$write_data = 32'h0;
            wrid_ram$write_data = 32'h0;
            epsn_ram$write_enable = init_fresh | init_take_rq_psn;
            msn_ram$write_enable = init_fresh;
            rqci_ram$write_enable = init_fresh;
            flags_ram$write_enable = init_fresh;
            iova_ram$write_enable = init_fresh;
            left_ram$write_enable = init_fresh;
            done_ram$write_enable = init_fresh;
            wrid_ram$write_enable = init_fresh;
            if (init_fresh) begin
                clr_live = one_init;
            end
        end
        if (db_valid) begin
            set_live = one_db;
        end
        pi_live$d = (pi_live$q & ~clr_live) | set_live;
        if (r_take) begin
            phase$d = RespPhase$Load;
            d_qpn$d = r_qpn;
            d_opcode$d = r_opcode;
            d_ack_req$d = r_ack_req;
            d_psn$d = r_psn;
            d_has_reth$d = r_has_reth;
            d_has_imm$d = r_has_imm;
            d_va$d = r_va;
            d_rkey$d = r_rkey;
            d_dma_len$d = r_dma_len;
            d_imm$d = r_imm;
            d_payload_len$d = r_payload_len;
            d_pd$d = r_pd;
            d_rq_base$d = r_rq_base;
            d_rq_log2$d = r_rq_log2;
            d_rcq$d = r_rcq;
            d_dest_qpn$d = r_dest_qpn;
            d_dmac$d = r_dmac;
            d_dip$d = r_dip;
            d_udp_sport$d = r_udp_sport;
            pl_pending$d = |r_payload_len;
        end
        pi_read = rqpi_ram$read_data;
        if (fw_valid$q & (fw_qpn$q == d_qpn$q)) begin
            pi_read = fw_value$q;
        end
        if (~pi_live$q[d_qpn$q]) begin
            pi_read = 32'h0;
        end
        if (phase$q == RespPhase$Load) begin
            c_epsn$d = epsn_ram$read_data;
            c_msn$d = msn_ram$read_data;
            c_rq_ci$d = rqci_ram$read_data;
            c_rq_pi$d = pi_read;
            c_nak_sent$d = flags_ram$read_data[32'h0];
            c_active$d = flags_ram$read_data[32'h1];
            c_is_send$d = flags_ram$read_data[32'h2];
            c_iova$d = iova_ram$read_data;
            c_left$d = left_ram$read_data;
            c_done$d = done_ram$read_data;
            c_wr_id$d = wrid_ram$read_data;
            psn_expected$d = ~|psn_diff;
            psn_behind$d = psn_diff[32'h17];
            phase$d = RespPhase$Check;
        end
        if (db_valid & (db_qpn == d_qpn$q) & (phase$q != RespPhase$Idle)) begin
            c_rq_pi$d = db_value;
        end
        if (phase$q == RespPhase$Check) begin
            phase$d = RespPhase$Drain;
            if (psn_expected$q) begin
                c_nak_sent$d = 1'b0;
                if (~(is_send | is_write) | out_of_seq) begin
                    ack_full$d = 1'b1;
                    ack_syndrome_q$d = 32'h61;
                    ack_psn_q$d = d_psn$q;
                    s_nak_invalid$d = 1'b1;
                end
                else if (d_has_reth$q) begin
                    chk_full$d = 1'b1;
                    chk_key_q$d = d_rkey$q;
                    chk_va_q$d = d_va$q;
                    chk_len_q$d = d_dma_len$q;
                    chk_local_q$d = 1'b0;
                    chk_remote_q$d = 1'b1;
                    phase$d = RespPhase$MrWait;
                end
                else if ((is_send & starts) | (is_write & d_has_imm$q)) begin
                    phase$d = RespPhase$RqFetch;
                end
                else begin
                    phase$d = RespPhase$PlacePrep;
                end
            end
            else if (psn_behind$q) begin
                s_duplicate$d = 1'b1;
                if (d_ack_req$q) begin
                    ack_full$d = 1'b1;
                    ack_syndrome_q$d = 32'h1f;
                    ack_psn_q$d = c_epsn$q - 32'h1;
                end
            end
            else if (~c_nak_sent$q) begin
                c_nak_sent$d = 1'b1;
                ack_full$d = 1'b1;
                ack_syndrome_q$d = 32'h60;
                ack_psn_q$d = c_epsn$q;
                s_nak_seq$d = 1'b1;
            end
        end
        res_ready = (phase$q == RespPhase$MrWait) | (phase$q == RespPhase$RqMrWait);
        res_fire = res_valid & ((phase$q == RespPhase$MrWait) | (phase$q == RespPhase$RqMrWait));
        if (res_fire & (phase$q == RespPhase$MrWait)) begin
            if (res_ok) begin
                c_iova$d = res_iova;
                c_left$d = d_dma_len$q;
                c_done$d = 32'h0;
                c_is_send$d = 1'b0;
                if (d_has_imm$q) begin
                    phase$d = RespPhase$RqFetch;
                end
                else begin
                    phase$d = RespPhase$PlacePrep;
                end
            end
            else begin
                ack_full$d = 1'b1;
                ack_syndrome_q$d = 32'h62;
                ack_psn_q$d = d_psn$q;
                s_nak_access$d = 1'b1;
                phase$d = RespPhase$Drain;
            end
        end
        if (res_fire & (phase$q == RespPhase$RqMrWait)) begin
            if (res_ok) begin
                c_iova$d = res_iova;
                c_left$d = wqe_len$q;
                c_done$d = 32'h0;
                c_is_send$d = 1'b1;
                phase$d = RespPhase$PlacePrep;
            end
            else begin
                ack_full$d = 1'b1;
                ack_syndrome_q$d = 32'h63;
                ack_psn_q$d = d_psn$q;
                s_nak_invalid$d = 1'b1;
                cqe_full$d = 1'b1;
                cqe_wr_id_q$d = wqe_wr_id$q;
                cqe_byte_len_q$d = 32'h0;
                cqe_imm_q$d = 32'h0;
                cqe_imm_valid_q$d = 1'b0;
                cqe_status_q$d = 32'h4;
                cqe_opcode_q$d = 32'h2;
                s_wqe_errors$d = 1'b1;
                phase$d = RespPhase$Drain;
            end
        end
        if (phase$q == RespPhase$RqFetch) begin
            if (c_rq_ci$q == c_rq_pi$q) begin
                c_nak_sent$d = 1'b1;
                ack_full$d = 1'b1;
                ack_syndrome_q$d = 32'h21;
                ack_psn_q$d = d_psn$q;
                s_rnr_nak$d = 1'b1;
                phase$d = RespPhase$Drain;
            end
            else begin
                rd_full$d = 1'b1;
                rd_addr_q$d = d_rq_base$q + (((rq_slot) & 64'hffffffffffffffff) << 32'h5);
                rq_beat$d = 32'h0;
                rq_err$d = 1'b0;
                phase$d = RespPhase$RqWait;
            end
        end
        rd_resp_ready = phase$q == RespPhase$RqWait;
        rd_fire = rd_resp_valid & (phase$q == RespPhase$RqWait);
        rd_bad = rq_err$q | rd_resp_error | (rq_beat$q != 32'h3);
        if (rd_fire) begin
            if (rq_beat$q != 32'h7) begin
                rq_beat$d = rq_beat$q + 32'h1;
            end
            if (rd_resp_error) begin
                rq_err$d = 1'b1;
            end
            if (rq_beat$q == 32'h0) begin
                wqe_wr_id$d = rd_resp_data;
            end
            if (rq_beat$q == 32'h1) begin
                wqe_addr$d = rd_resp_data;
            end
            if (rq_beat$q == 32'h2) begin
                wqe_len$d = rd_resp_data[(32'h0)+:(32)];
                wqe_lkey$d = rd_resp_data[(32'h20)+:(32)];
            end
            if (rd_resp_last) begin
                c_rq_ci$d = c_rq_ci$q + 32'h1;
                if (rd_bad) begin
                    s_dma_errors$d = rq_err$q | rd_resp_error;
                    ack_full$d = 1'b1;
                    ack_syndrome_q$d = 32'h63;
                    ack_psn_q$d = d_psn$q;
                    s_nak_invalid$d = 1'b1;
                    phase$d = RespPhase$Drain;
                end
                else if (is_send) begin
                    c_wr_id$d = wqe_wr_id$q;
                    chk_full$d = 1'b1;
                    chk_key_q$d = wqe_lkey$q;
                    chk_va_q$d = wqe_addr$q;
                    chk_len_q$d = wqe_len$q;
                    chk_local_q$d = 1'b1;
                    chk_remote_q$d = 1'b0;
                    phase$d = RespPhase$RqMrWait;
                end
                else begin
                    c_wr_id$d = wqe_wr_id$q;
                    phase$d = RespPhase$PlacePrep;
                end
            end
        end
        if (phase$q == RespPhase$PlacePrep) begin
            if (len32 > c_left$q) begin
                ack_full$d = 1'b1;
                ack_syndrome_q$d = 32'h61;
                ack_psn_q$d = d_psn$q;
                s_nak_invalid$d = 1'b1;
                c_active$d = 1'b0;
                phase$d = RespPhase$Drain;
                if (is_send) begin
                    cqe_full$d = 1'b1;
                    cqe_wr_id_q$d = c_wr_id$q;
                    cqe_byte_len_q$d = 32'h0;
                    cqe_imm_q$d = 32'h0;
                    cqe_imm_valid_q$d = 1'b0;
                    cqe_status_q$d = 32'h1;
                    cqe_opcode_q$d = 32'h2;
                    s_wqe_errors$d = 1'b1;
                end
            end
            else if (|d_payload_len$q) begin
                w_addr_q$d = c_iova$q;
                w_len_q$d = ((d_payload_len$q) & 16'hffff);
                phase$d = RespPhase$Place;
            end
            else begin
                phase$d = RespPhase$Finish;
            end
        end
        w_fire = w_full$q & w_ready;
        pl_ready = pl_pending$q & (((phase$q == RespPhase$Place) & (~w_full$q | w_ready)) | (phase$q == RespPhase$Drain));
        pl_take = pl_valid & pl_ready;
        if (w_fire) begin
            w_full$d = 1'b0;
            if (w_last_q$q) begin
                phase$d = RespPhase$Finish;
            end
        end
        if (pl_take) begin
            if (pl_last) begin
                pl_pending$d = 1'b0;
            end
            if (phase$q == RespPhase$Place) begin
                w_full$d = 1'b1;
                w_data_q$d = pl_data;
                w_last_q$d = pl_last;
            end
        end
        if ((phase$q == RespPhase$Drain) & ~pl_pending$q) begin
            phase$d = RespPhase$Store;
        end
        if (phase$q == RespPhase$Finish) begin
            c_iova$d = c_iova$q + len64;
            c_left$d = c_left$q - len32;
            c_done$d = c_done$q + len32;
            c_epsn$d = c_epsn$q + 32'h1;
            c_active$d = ~ends;
            if (ends) begin
                c_msn$d = c_msn$q + 32'h1;
                if (is_send | d_has_imm$q) begin
                    cqe_full$d = 1'b1;
                    cqe_wr_id_q$d = c_wr_id$q;
                    cqe_byte_len_q$d = c_done$q + len32;
                    cqe_imm_q$d = d_imm$q;
                    cqe_imm_valid_q$d = d_has_imm$q;
                    cqe_status_q$d = 32'h0;
                    cqe_opcode_q$d = 32'h2;
                    if (is_write) begin
                        cqe_opcode_q$d = 32'h3;
                    end
                end
            end
            if (d_ack_req$q) begin
                ack_full$d = 1'b1;
                ack_syndrome_q$d = 32'h1f;
                ack_psn_q$d = d_psn$q;
            end
            phase$d = RespPhase$Store;
        end
        rd_req_valid = rd_full$q;
        rd_req_addr = rd_addr_q$q;
        rd_req_len = 32'h20;
        chk_valid = chk_full$q;
        chk_key = chk_key_q$q;
        chk_pd = d_pd$q;
        chk_va = chk_va_q$q;
        chk_len = chk_len_q$q;
        chk_need_local_write = chk_local_q$q;
        chk_need_remote_write = chk_remote_q$q;
        w_valid = w_full$q;
        w_addr = w_addr_q$q;
        w_len = w_len_q$q;
        w_data = w_data_q$q;
        w_last = w_last_q$q;
        ack_valid = ack_full$q;
        ack_qpn24 = d_dest_qpn$q;
        ack_syndrome = ack_syndrome_q$q;
        ack_psn = ack_psn_q$q;
        ack_msn = c_msn$q;
        ack_dst_mac = d_dmac$q;
        ack_dst_ip = d_dip$q;
        ack_udp_sport = d_udp_sport$q;
        cqe_valid = cqe_full$q;
        cqe_cqn = d_rcq$q;
        cqe_wr_id = cqe_wr_id_q$q;
        cqe_byte_len = cqe_byte_len_q$q;
        cqe_imm = cqe_imm_q$q;
        cqe_imm_valid = cqe_imm_valid_q$q;
        cqe_qpn = ((d_qpn$q) & 24'hffffff);
        cqe_status = cqe_status_q$q;
        cqe_opcode = cqe_opcode_q$q;
        err_valid = 1'b0;
        err_qpn = d_qpn$q;
        cnt_rx_duplicate = s_duplicate$q;
        cnt_nak_seq_sent = s_nak_seq$q;
        cnt_nak_access_sent = s_nak_access$q;
        cnt_rnr_nak_sent = s_rnr_nak$q;
        cnt_nak_invalid_sent = s_nak_invalid$q;
        cnt_wqe_errors = s_wqe_errors$q;
        cnt_dma_errors = s_dma_errors$q;
        idle = (phase$q == RespPhase$Idle) & ~ack_full$q & ~cqe_full$q;
        if (reset) begin
            phase$d = RespPhase$Idle;
            pi_live$d = 32'h0;
            fw_valid$d = 1'b0;
            pl_pending$d = 1'b0;
            rd_full$d = 1'b0;
            chk_full$d = 1'b0;
            w_full$d = 1'b0;
            ack_full$d = 1'b0;
            cqe_full$d = 1'b0;
        end
    end
    
endmodule // top$resp


module top$resp$ack_full(d,q,clock);
    
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
          
endmodule // top$resp$ack_full


module top$resp$ack_psn_q(d,q,clock);
    
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
          
endmodule // top$resp$ack_psn_q


module top$resp$ack_syndrome_q(d,q,clock);
    
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
          
endmodule // top$resp$ack_syndrome_q


module top$resp$c_active(d,q,clock);
    
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
          
endmodule // top$resp$c_active


module top$resp$c_done(d,q,clock);
    
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
          
endmodule // top$resp$c_done


module top$resp$c_epsn(d,q,clock);
    
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
          
endmodule // top$resp$c_epsn


module top$resp$c_iova(d,q,clock);
    
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
          
endmodule // top$resp$c_iova


module top$resp$c_is_send(d,q,clock);
    
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
          
endmodule // top$resp$c_is_send


module top$resp$c_left(d,q,clock);
    
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
          
endmodule // top$resp$c_left


module top$resp$c_msn(d,q,clock);
    
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
          
endmodule // top$resp$c_msn


module top$resp$c_nak_sent(d,q,clock);
    
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
          
endmodule // top$resp$c_nak_sent


module top$resp$c_rq_ci(d,q,clock);
    
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
          
endmodule // top$resp$c_rq_ci


module top$resp$c_rq_pi(d,q,clock);
    
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
          
endmodule // top$resp$c_rq_pi


module top$resp$c_wr_id(d,q,clock);
    
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
          
endmodule // top$resp$c_wr_id


module top$resp$chk_full(d,q,clock);
    
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
          
endmodule // top$resp$chk_full


module top$resp$chk_key_q(d,q,clock);
    
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
          
endmodule // top$resp$chk_key_q


module top$resp$chk_len_q(d,q,clock);
    
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
          
endmodule // top$resp$chk_len_q


module top$resp$chk_local_q(d,q,clock);
    
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
          
endmodule // top$resp$chk_local_q


module top$resp$chk_remote_q(d,q,clock);
    
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
          
endmodule // top$resp$chk_remote_q


module top$resp$chk_va_q(d,q,clock);
    
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
          
endmodule // top$resp$chk_va_q


module top$resp$cqe_byte_len_q(d,q,clock);
    
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
          
endmodule // top$resp$cqe_byte_len_q


module top$resp$cqe_full(d,q,clock);
    
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
          
endmodule // top$resp$cqe_full


module top$resp$cqe_imm_q(d,q,clock);
    
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
          
endmodule // top$resp$cqe_imm_q


module top$resp$cqe_imm_valid_q(d,q,clock);
    
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
          
endmodule // top$resp$cqe_imm_valid_q


module top$resp$cqe_opcode_q(d,q,clock);
    
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
          
endmodule // top$resp$cqe_opcode_q


module top$resp$cqe_status_q(d,q,clock);
    
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
          
endmodule // top$resp$cqe_status_q


module top$resp$cqe_wr_id_q(d,q,clock);
    
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
          
endmodule // top$resp$cqe_wr_id_q


module top$resp$d_ack_req(d,q,clock);
    
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
          
endmodule // top$resp$d_ack_req


module top$resp$d_dest_qpn(d,q,clock);
    
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
          
endmodule // top$resp$d_dest_qpn


module top$resp$d_dip(d,q,clock);
    
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
          
endmodule // top$resp$d_dip


module top$resp$d_dma_len(d,q,clock);
    
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
          
endmodule // top$resp$d_dma_len


module top$resp$d_dmac(d,q,clock);
    
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
          
endmodule // top$resp$d_dmac


module top$resp$d_has_imm(d,q,clock);
    
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
          
endmodule // top$resp$d_has_imm


module top$resp$d_has_reth(d,q,clock);
    
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
          
endmodule // top$resp$d_has_reth


module top$resp$d_imm(d,q,clock);
    
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
          
endmodule // top$resp$d_imm


module top$resp$d_opcode(d,q,clock);
    
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
          
endmodule // top$resp$d_opcode


module top$resp$d_payload_len(d,q,clock);
    
    // Module arguments
    input wire  [13:0] d;
    output reg  [13:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 14'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$resp$d_payload_len


module top$resp$d_pd(d,q,clock);
    
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
          
endmodule // top$resp$d_pd


module top$resp$d_psn(d,q,clock);
    
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
          
endmodule // top$resp$d_psn


module top$resp$d_qpn(d,q,clock);
    
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
          
endmodule // top$resp$d_qpn


module top$resp$d_rcq(d,q,clock);
    
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
          
endmodule // top$resp$d_rcq


module top$resp$d_rkey(d,q,clock);
    
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
          
endmodule // top$resp$d_rkey


module top$resp$d_rq_base(d,q,clock);
    
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
          
endmodule // top$resp$d_rq_base


module top$resp$d_rq_log2(d,q,clock);
    
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
          
endmodule // top$resp$d_rq_log2


module top$resp$d_udp_sport(d,q,clock);
    
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
          
endmodule // top$resp$d_udp_sport


module top$resp$d_va(d,q,clock);
    
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
          
endmodule // top$resp$d_va


module top$resp$done_ram(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [7:0] read_address;
    input wire  read_clock;
    output reg  [31:0] read_data;
    input wire  [7:0] write_address;
    input wire  write_clock;
    input wire  [31:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[31:0] mem[255:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // top$resp$done_ram


module top$resp$epsn_ram(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [7:0] read_address;
    input wire  read_clock;
    output reg  [23:0] read_data;
    input wire  [7:0] write_address;
    input wire  write_clock;
    input wire  [23:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[23:0] mem[255:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // top$resp$epsn_ram


module top$resp$flags_ram(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [7:0] read_address;
    input wire  read_clock;
    output reg  [2:0] read_data;
    input wire  [7:0] write_address;
    input wire  write_clock;
    input wire  [2:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[2:0] mem[255:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // top$resp$flags_ram


module top$resp$fw_qpn(d,q,clock);
    
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
          
endmodule // top$resp$fw_qpn


module top$resp$fw_valid(d,q,clock);
    
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
          
endmodule // top$resp$fw_valid


module top$resp$fw_value(d,q,clock);
    
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
          
endmodule // top$resp$fw_value


module top$resp$iova_ram(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [7:0] read_address;
    input wire  read_clock;
    output reg  [63:0] read_data;
    input wire  [7:0] write_address;
    input wire  write_clock;
    input wire  [63:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[63:0] mem[255:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // top$resp$iova_ram


module top$resp$left_ram(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [7:0] read_address;
    input wire  read_clock;
    output reg  [31:0] read_data;
    input wire  [7:0] write_address;
    input wire  write_clock;
    input wire  [31:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[31:0] mem[255:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // top$resp$left_ram


module top$resp$msn_ram(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [7:0] read_address;
    input wire  read_clock;
    output reg  [23:0] read_data;
    input wire  [7:0] write_address;
    input wire  write_clock;
    input wire  [23:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[23:0] mem[255:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // top$resp$msn_ram


module top$resp$phase(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Enums
    localparam RespPhase$Idle = 0;
    localparam RespPhase$Load = 1;
    localparam RespPhase$Check = 2;
    localparam RespPhase$MrWait = 3;
    localparam RespPhase$RqFetch = 4;
    localparam RespPhase$RqWait = 5;
    localparam RespPhase$RqMrWait = 6;
    localparam RespPhase$PlacePrep = 7;
    localparam RespPhase$Place = 8;
    localparam RespPhase$Finish = 9;
    localparam RespPhase$Drain = 10;
    localparam RespPhase$Store = 11;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$resp$phase


module top$resp$pi_live(d,q,clock);
    
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
          
endmodule // top$resp$pi_live


module top$resp$pl_pending(d,q,clock);
    
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
          
endmodule // top$resp$pl_pending


module top$resp$psn_behind(d,q,clock);
    
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
          
endmodule // top$resp$psn_behind


module top$resp$psn_expected(d,q,clock);
    
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
          
endmodule // top$resp$psn_expected


module top$resp$rd_addr_q(d,q,clock);
    
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
          
endmodule // top$resp$rd_addr_q


module top$resp$rd_full(d,q,clock);
    
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
          
endmodule // top$resp$rd_full


module top$resp$rq_beat(d,q,clock);
    
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
          
endmodule // top$resp$rq_beat


module top$resp$rq_err(d,q,clock);
    
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
          
endmodule // top$resp$rq_err


module top$resp$rqci_ram(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [7:0] read_address;
    input wire  read_clock;
    output reg  [15:0] read_data;
    input wire  [7:0] write_address;
    input wire  write_clock;
    input wire  [15:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[15:0] mem[255:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // top$resp$rqci_ram


module top$resp$rqpi_ram(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [7:0] read_address;
    input wire  read_clock;
    output reg  [15:0] read_data;
    input wire  [7:0] write_address;
    input wire  write_clock;
    input wire  [15:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[15:0] mem[255:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // top$resp$rqpi_ram


module top$resp$s_dma_errors(d,q,clock);
    
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
          
endmodule // top$resp$s_dma_errors


module top$resp$s_duplicate(d,q,clock);
    
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
          
endmodule // top$resp$s_duplicate


module top$resp$s_nak_access(d,q,clock);
    
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
          
endmodule // top$resp$s_nak_access


module top$resp$s_nak_invalid(d,q,clock);
    
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
          
endmodule // top$resp$s_nak_invalid


module top$resp$s_nak_seq(d,q,clock);
    
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
          
endmodule // top$resp$s_nak_seq


module top$resp$s_rnr_nak(d,q,clock);
    
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
          
endmodule // top$resp$s_rnr_nak


module top$resp$s_wqe_errors(d,q,clock);
    
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
          
endmodule // top$resp$s_wqe_errors


module top$resp$w_addr_q(d,q,clock);
    
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
          
endmodule // top$resp$w_addr_q


module top$resp$w_data_q(d,q,clock);
    
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
          
endmodule // top$resp$w_data_q


module top$resp$w_full(d,q,clock);
    
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
          
endmodule // top$resp$w_full


module top$resp$w_last_q(d,q,clock);
    
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
          
endmodule // top$resp$w_last_q


module top$resp$w_len_q(d,q,clock);
    
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
          
endmodule // top$resp$w_len_q


module top$resp$wqe_addr(d,q,clock);
    
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
          
endmodule // top$resp$wqe_addr


module top$resp$wqe_len(d,q,clock);
    
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
          
endmodule // top$resp$wqe_len


module top$resp$wqe_lkey(d,q,clock);
    
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
          
endmodule // top$resp$wqe_lkey


module top$resp$wqe_wr_id(d,q,clock);
    
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
          
endmodule // top$resp$wqe_wr_id


module top$resp$wrid_ram(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [7:0] read_address;
    input wire  read_clock;
    output reg  [63:0] read_data;
    input wire  [7:0] write_address;
    input wire  write_clock;
    input wire  [63:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[63:0] mem[255:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // top$resp$wrid_ram


module top$rxbuf(clock,reset,enable,our_mac,our_ip,rx_valid,rx_ready,rx_data,rx_keep,rx_last,o_valid,o_ready,o_data,o_keep,o_last,o_len,cnt_good,cnt_not_roce,cnt_malformed,cnt_overflow,cnt_bad_icrc,idle);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  enable;
    input wire  [47:0] our_mac;
    input wire  [31:0] our_ip;
    input wire  rx_valid;
    output reg  rx_ready;
    input wire  [63:0] rx_data;
    input wire  [7:0] rx_keep;
    input wire  rx_last;
    output reg  o_valid;
    input wire  o_ready;
    output reg  [63:0] o_data;
    output reg  [7:0] o_keep;
    output reg  o_last;
    output reg  [13:0] o_len;
    output reg  cnt_good;
    output reg  cnt_not_roce;
    output reg  cnt_malformed;
    output reg  cnt_overflow;
    output reg  cnt_bad_icrc;
    output reg  idle;
    
    // Constant declarations
    localparam  k_seed = 32'hdebb20e3;
    localparam  k_residue = 32'hdebb20e3;
    localparam  k_one = 8'h1;
    localparam  k_min = 14'b111010;
    localparam  k_admit = 12'h400;
    localparam  k_words = 12'h800;
    
    // Stub signals
    reg  [10:0] frame_ram$read_address;
    reg  frame_ram$read_clock;
    wire  [63:0] frame_ram$read_data;
    reg  [10:0] frame_ram$write_address;
    reg  frame_ram$write_clock;
    reg  [63:0] frame_ram$write_data;
    reg  frame_ram$write_enable;
    reg  [3:0] queue$read_address;
    reg  queue$read_clock;
    wire  [24:0] queue$read_data;
    reg  [3:0] queue$write_address;
    reg  queue$write_clock;
    reg  [24:0] queue$write_data;
    reg  queue$write_enable;
    reg  in_frame$d;
    wire  in_frame$q;
    reg  in_frame$clock;
    reg  [2:0] beat$d;
    wire  [2:0] beat$q;
    reg  beat$clock;
    reg  [10:0] wp$d;
    wire  [10:0] wp$q;
    reg  wp$clock;
    reg  [10:0] fs$d;
    wire  [10:0] fs$q;
    reg  fs$clock;
    reg  [11:0] words$d;
    wire  [11:0] words$q;
    reg  words$clock;
    reg  [13:0] len$d;
    wire  [13:0] len$q;
    reg  len$clock;
    reg  [31:0] crc$d;
    wire  [31:0] crc$q;
    reg  crc$clock;
    reg  mismatch$d;
    wire  mismatch$q;
    reg  mismatch$clock;
    reg  no_room$d;
    wire  no_room$q;
    reg  no_room$clock;
    reg  verdict$d;
    wire  verdict$q;
    reg  verdict$clock;
    reg  crc_ok$d;
    wire  crc_ok$q;
    reg  crc_ok$clock;
    reg  [11:0] held$d;
    wire  [11:0] held$q;
    reg  held$clock;
    reg  [4:0] q_wp$d;
    wire  [4:0] q_wp$q;
    reg  q_wp$clock;
    reg  [4:0] q_rp$d;
    wire  [4:0] q_rp$q;
    reg  q_rp$clock;
    reg  rd_busy$d;
    wire  rd_busy$q;
    reg  rd_busy$clock;
    reg  rd_q_pending$d;
    wire  rd_q_pending$q;
    reg  rd_q_pending$clock;
    reg  nx_valid$d;
    wire  nx_valid$q;
    reg  nx_valid$clock;
    reg  [10:0] nx_start$d;
    wire  [10:0] nx_start$q;
    reg  nx_start$clock;
    reg  [13:0] nx_len$d;
    wire  [13:0] nx_len$q;
    reg  nx_len$clock;
    reg  [10:0] rd_ptr$d;
    wire  [10:0] rd_ptr$q;
    reg  rd_ptr$clock;
    reg  [11:0] rd_words_left$d;
    wire  [11:0] rd_words_left$q;
    reg  rd_words_left$clock;
    reg  [13:0] rd_len$d;
    wire  [13:0] rd_len$q;
    reg  rd_len$clock;
    reg  [11:0] rd_total_words$d;
    wire  [11:0] rd_total_words$q;
    reg  rd_total_words$clock;
    reg  inflight$d;
    wire  inflight$q;
    reg  inflight$clock;
    reg  inflight_last$d;
    wire  inflight_last$q;
    reg  inflight_last$clock;
    reg  [7:0] inflight_keep$d;
    wire  [7:0] inflight_keep$q;
    reg  inflight_keep$clock;
    reg  [13:0] inflight_len$d;
    wire  [13:0] inflight_len$q;
    reg  inflight_len$clock;
    reg  a_valid$d;
    wire  a_valid$q;
    reg  a_valid$clock;
    reg  [63:0] a_data$d;
    wire  [63:0] a_data$q;
    reg  a_data$clock;
    reg  a_last$d;
    wire  a_last$q;
    reg  a_last$clock;
    reg  [7:0] a_keep$d;
    wire  [7:0] a_keep$q;
    reg  a_keep$clock;
    reg  [13:0] a_len$d;
    wire  [13:0] a_len$q;
    reg  a_len$clock;
    reg  b_valid$d;
    wire  b_valid$q;
    reg  b_valid$clock;
    reg  [63:0] b_data$d;
    wire  [63:0] b_data$q;
    reg  b_data$clock;
    reg  b_last$d;
    wire  b_last$q;
    reg  b_last$clock;
    reg  [7:0] b_keep$d;
    wire  [7:0] b_keep$q;
    reg  b_keep$clock;
    reg  [13:0] b_len$d;
    wire  [13:0] b_len$q;
    reg  b_len$clock;
    reg  [31:0] crc32$crc_in;
    reg  [63:0] crc32$data;
    reg  [7:0] crc32$enable;
    wire  [31:0] crc32$crc_out;
    
    // Local signals
    reg  take;
    reg  first;
    reg  [10:0] cur_fs;
    reg  [3:0] beat_bytes;
    reg  [63:0] ones;
    reg  [7:0] crc_en;
    reg  field_bad;
    reg  room;
    reg  admit;
    reg  [13:0] new_len;
    reg  q_full;
    reg  [11:0] words_freed;
    reg  [11:0] commit;
    reg  consume;
    reg  [1:0] entries;
    reg  issue;
    reg  [7:0] last_keep;
    reg  [12:0] used;
    reg  [13:0] q_len;
    reg  [10:0] nx_words;
    reg  [10:0] rd_words;
    
    // Sub module instances
    top$rxbuf$frame_ram frame_ram(
        .read_address(frame_ram$read_address),
        .read_clock(frame_ram$read_clock),
        .read_data(frame_ram$read_data),
        .write_address(frame_ram$write_address),
        .write_clock(frame_ram$write_clock),
        .write_data(frame_ram$write_data),
        .write_enable(frame_ram$write_enable)
    );
    top$rxbuf$queue queue(
        .read_address(queue$read_address),
        .read_clock(queue$read_clock),
        .read_data(queue$read_data),
        .write_address(queue$write_address),
        .write_clock(queue$write_clock),
        .write_data(queue$write_data),
        .write_enable(queue$write_enable)
    );
    top$rxbuf$in_frame in_frame(
        .d(in_frame$d),
        .q(in_frame$q),
        .clock(in_frame$clock)
    );
    top$rxbuf$beat beat(
        .d(beat$d),
        .q(beat$q),
        .clock(beat$clock)
    );
    top$rxbuf$wp wp(
        .d(wp$d),
        .q(wp$q),
        .clock(wp$clock)
    );
    top$rxbuf$fs fs(
        .d(fs$d),
        .q(fs$q),
        .clock(fs$clock)
    );
    top$rxbuf$words words(
        .d(words$d),
        .q(words$q),
        .clock(words$clock)
    );
    top$rxbuf$len len(
        .d(len$d),
        .q(len$q),
        .clock(len$clock)
    );
    top$rxbuf$crc crc(
        .d(crc$d),
        .q(crc$q),
        .clock(crc$clock)
    );
    top$rxbuf$mismatch mismatch(
        .d(mismatch$d),
        .q(mismatch$q),
        .clock(mismatch$clock)
    );
    top$rxbuf$no_room no_room(
        .d(no_room$d),
        .q(no_room$q),
        .clock(no_room$clock)
    );
    top$rxbuf$verdict verdict(
        .d(verdict$d),
        .q(verdict$q),
        .clock(verdict$clock)
    );
    top$rxbuf$crc_ok crc_ok(
        .d(crc_ok$d),
        .q(crc_ok$q),
        .clock(crc_ok$clock)
    );
    top$rxbuf$held held(
        .d(held$d),
        .q(held$q),
        .clock(held$clock)
    );
    top$rxbuf$q_wp q_wp(
        .d(q_wp$d),
        .q(q_wp$q),
        .clock(q_wp$clock)
    );
    top$rxbuf$q_rp q_rp(
        .d(q_rp$d),
        .q(q_rp$q),
        .clock(q_rp$clock)
    );
    top$rxbuf$rd_busy rd_busy(
        .d(rd_busy$d),
        .q(rd_busy$q),
        .clock(rd_busy$clock)
    );
    top$rxbuf$rd_q_pending rd_q_pending(
        .d(rd_q_pending$d),
        .q(rd_q_pending$q),
        .clock(rd_q_pending$clock)
    );
    top$rxbuf$nx_valid nx_valid(
        .d(nx_valid$d),
        .q(nx_valid$q),
        .clock(nx_valid$clock)
    );
    top$rxbuf$nx_start nx_start(
        .d(nx_start$d),
        .q(nx_start$q),
        .clock(nx_start$clock)
    );
    top$rxbuf$nx_len nx_len(
        .d(nx_len$d),
        .q(nx_len$q),
        .clock(nx_len$clock)
    );
    top$rxbuf$rd_ptr rd_ptr(
        .d(rd_ptr$d),
        .q(rd_ptr$q),
        .clock(rd_ptr$clock)
    );
    top$rxbuf$rd_words_left rd_words_left(
        .d(rd_words_left$d),
        .q(rd_words_left$q),
        .clock(rd_words_left$clock)
    );
    top$rxbuf$rd_len rd_len(
        .d(rd_len$d),
        .q(rd_len$q),
        .clock(rd_len$clock)
    );
    top$rxbuf$rd_total_words rd_total_words(
        .d(rd_total_words$d),
        .q(rd_total_words$q),
        .clock(rd_total_words$clock)
    );
    top$rxbuf$inflight inflight(
        .d(inflight$d),
        .q(inflight$q),
        .clock(inflight$clock)
    );
    top$rxbuf$inflight_last inflight_last(
        .d(inflight_last$d),
        .q(inflight_last$q),
        .clock(inflight_last$clock)
    );
    top$rxbuf$inflight_keep inflight_keep(
        .d(inflight_keep$d),
        .q(inflight_keep$q),
        .clock(inflight_keep$clock)
    );
    top$rxbuf$inflight_len inflight_len(
        .d(inflight_len$d),
        .q(inflight_len$q),
        .clock(inflight_len$clock)
    );
    top$rxbuf$a_valid a_valid(
        .d(a_valid$d),
        .q(a_valid$q),
        .clock(a_valid$clock)
    );
    top$rxbuf$a_data a_data(
        .d(a_data$d),
        .q(a_data$q),
        .clock(a_data$clock)
    );
    top$rxbuf$a_last a_last(
        .d(a_last$d),
        .q(a_last$q),
        .clock(a_last$clock)
    );
    top$rxbuf$a_keep a_keep(
        .d(a_keep$d),
        .q(a_keep$q),
        .clock(a_keep$clock)
    );
    top$rxbuf$a_len a_len(
        .d(a_len$d),
        .q(a_len$q),
        .clock(a_len$clock)
    );
    top$rxbuf$b_valid b_valid(
        .d(b_valid$d),
        .q(b_valid$q),
        .clock(b_valid$clock)
    );
    top$rxbuf$b_data b_data(
        .d(b_data$d),
        .q(b_data$q),
        .clock(b_data$clock)
    );
    top$rxbuf$b_last b_last(
        .d(b_last$d),
        .q(b_last$q),
        .clock(b_last$clock)
    );
    top$rxbuf$b_keep b_keep(
        .d(b_keep$d),
        .q(b_keep$q),
        .clock(b_keep$clock)
    );
    top$rxbuf$b_len b_len(
        .d(b_len$d),
        .q(b_len$q),
        .clock(b_len$clock)
    );
    top$rxbuf$crc32 crc32(
        .crc_in(crc32$crc_in),
        .data(crc32$data),
        .enable(crc32$enable),
        .crc_out(crc32$crc_out)
    );
    
    // Update code
    always @(*) begin
        in_frame$clock = clock;
        beat$clock = clock;
        wp$clock = clock;
        fs$clock = clock;
        words$clock = clock;
        len$clock = clock;
        crc$clock = clock;
        mismatch$clock = clock;
        no_room$clock = clock;
        verdict$clock = clock;
        crc_ok$clock = clock;
        held$clock = clock;
        q_wp$clock = clock;
        q_rp$clock = clock;
        rd_busy$clock = clock;
        rd_q_pending$clock = clock;
        nx_valid$clock = clock;
        nx_start$clock = clock;
        nx_len$clock = clock;
        rd_ptr$clock = clock;
        rd_words_left$clock = clock;
        rd_len$clock = clock;
        rd_total_words$clock = clock;
        inflight$clock = clock;
        inflight_last$clock = clock;
        inflight_keep$clock = clock;
        inflight_len$clock = clock;
        a_valid$clock = clock;
        a_data$clock = clock;
        a_last$clock = clock;
        a_keep$clock = clock;
        a_len$clock = clock;
        b_valid$clock = clock;
        b_data$clock = clock;
        b_last$clock = clock;
        b_keep$clock = clock;
        b_len$clock = clock;
        in_frame$d = in_frame$q;
        beat$d = beat$q;
        wp$d = wp$q;
        fs$d = fs$q;
        words$d = words$q;
        len$d = len$q;
        crc$d = crc$q;
        mismatch$d = mismatch$q;
        no_room$d = no_room$q;
        verdict$d = verdict$q;
        crc_ok$d = crc_ok$q;
        held$d = held$q;
        q_wp$d = q_wp$q;
        q_rp$d = q_rp$q;
        rd_busy$d = rd_busy$q;
        rd_q_pending$d = rd_q_pending$q;
        nx_valid$d = nx_valid$q;
        nx_start$d = nx_start$q;
        nx_len$d = nx_len$q;
        rd_ptr$d = rd_ptr$q;
        rd_words_left$d = rd_words_left$q;
        rd_len$d = rd_len$q;
        rd_total_words$d = rd_total_words$q;
        inflight$d = inflight$q;
        inflight_last$d = inflight_last$q;
        inflight_keep$d = inflight_keep$q;
        inflight_len$d = inflight_len$q;
        a_valid$d = a_valid$q;
        a_data$d = a_data$q;
        a_last$d = a_last$q;
        a_keep$d = a_keep$q;
        a_len$d = a_len$q;
        b_valid$d = b_valid$q;
        b_data$d = b_data$q;
        b_last$d = b_last$q;
        b_keep$d = b_keep$q;
        b_len$d = b_len$q;
        frame_ram$read_clock = clock;
        frame_ram$write_clock = clock;
        queue$read_clock = clock;
        queue$write_clock = clock;
        admit = 1'b1;
        if (~in_frame$q) begin
            admit = (held$q <= k_admit) & ~((q_wp$q[(32'h0)+:(4)] == q_rp$q[(32'h0)+:(4)]) & (q_wp$q[32'h4] != q_rp$q[32'h4]));
        end
        rx_ready = ~verdict$q & admit;
        take = rx_valid & rx_ready;
        first = ~in_frame$q;
        cur_fs = fs$q;
        if (first) begin
            cur_fs = wp$q;
        end
        beat_bytes = 32'h0;
        if (rx_keep[0]) begin
            beat_bytes = beat_bytes + 32'h1;
        end
        if (rx_keep[1]) begin
            beat_bytes = beat_bytes + 32'h1;
        end
        if (rx_keep[2]) begin
            beat_bytes = beat_bytes + 32'h1;
        end
        if (rx_keep[3]) begin
            beat_bytes = beat_bytes + 32'h1;
        end
        if (rx_keep[4]) begin
            beat_bytes = beat_bytes + 32'h1;
        end
        if (rx_keep[5]) begin
            beat_bytes = beat_bytes + 32'h1;
        end
        if (rx_keep[6]) begin
            beat_bytes = beat_bytes + 32'h1;
        end
        if (rx_keep[7]) begin
            beat_bytes = beat_bytes + 32'h1;
        end
        new_len = len$q + ((beat_bytes) & 14'h3fff);
        if (first) begin
            new_len = ((beat_bytes) & 14'h3fff);
        end
        field_bad = 1'b0;
        ones = 32'h0;
        crc_en = rx_keep;
        if (first) begin
            field_bad = rx_data[(32'h0)+:(8)] != our_mac[(32'h28)+:(8)];
            if (rx_data[(32'h8)+:(8)] != our_mac[(32'h20)+:(8)]) begin
                field_bad = 1'b1;
            end
            if (rx_data[(32'h10)+:(8)] != our_mac[(32'h18)+:(8)]) begin
                field_bad = 1'b1;
            end
            if (rx_data[(32'h18)+:(8)] != our_mac[(32'h10)+:(8)]) begin
                field_bad = 1'b1;
            end
            if (rx_data[(32'h20)+:(8)] != our_mac[(32'h8)+:(8)]) begin
                field_bad = 1'b1;
            end
            if (rx_data[(32'h28)+:(8)] != our_mac[(32'h0)+:(8)]) begin
                field_bad = 1'b1;
            end
            crc_en = 32'h0;
        end
        if (~first & (beat$q == 32'h1)) begin
            field_bad = (rx_data[(32'h20)+:(24)] != 32'h450008) | ~rx_keep[32'h7];
            crc_en = rx_keep & 32'hc0;
            ones = 64'hff00000000000000;
        end
        if (~first & (beat$q == 32'h2)) begin
            field_bad = (rx_data[(32'h38)+:(8)] != 32'h11) | ~rx_keep[32'h7];
            ones = 64'hff000000000000;
        end
        if (~first & (beat$q == 32'h3)) begin
            field_bad = (rx_data[(32'h30)+:(8)] != our_ip[(32'h18)+:(8)]) | (rx_data[(32'h38)+:(8)] != our_ip[(32'h10)+:(8)]) | ~rx_keep[32'h7];
            ones = 64'hffff;
        end
        if (~first & (beat$q == 32'h4)) begin
            field_bad = (rx_data[(32'h0)+:(8)] != our_ip[(32'h8)+:(8)]) | (rx_data[(32'h8)+:(8)] != our_ip[(32'h0)+:(8)]) | (rx_data[(32'h20)+:(16)] != 32'hb712) | ~rx_keep[32'h7];
        end
        if (~first & (beat$q == 32'h5)) begin
            ones = 64'hff00000000ffff;
        end
        crc32$crc_in = crc$q;
        if (first) begin
            crc32$crc_in = k_seed;
        end
        crc32$data = rx_data | ones;
        crc32$enable = crc_en;
        used = ((held$q) & 13'h1fff) + ((words$q) & 13'h1fff);
        if (first) begin
            used = ((held$q) & 13'h1fff);
        end
        room = (used < ((k_words) & 13'h1fff)) & ~(no_room$q & ~first);
        frame_ram$write_enable = 1'b0;
        frame_ram$write_address = wp$q;
        frame_ram$write_data = rx_data;
        if (take) begin
            in_frame$d = ~rx_last;
            fs$d = cur_fs;
            len$d = new_len;
            crc$d = crc32$crc_out;
            if (beat$q != 32'h7) begin
                beat$d = beat$q + 32'h1;
            end
            if (first) begin
                beat$d = 32'h1;
                mismatch$d = field_bad | ~enable;
                no_room$d = ~room;
                words$d = 32'h1;
            end
            else begin
                mismatch$d = mismatch$q | field_bad;
                no_room$d = no_room$q | ~room;
                words$d = words$q + 32'h1;
            end
            if (room & ~(first & ~enable)) begin
                frame_ram$write_enable = 1'b1;
                wp$d = wp$q + 32'h1;
            end
            if (rx_last) begin
                verdict$d = 1'b1;
                crc_ok$d = crc32$crc_out == k_residue;
            end
        end
        q_full = (q_wp$q[(32'h0)+:(4)] == q_rp$q[(32'h0)+:(4)]) & (q_wp$q[32'h4] != q_rp$q[32'h4]);
        queue$write_enable = 1'b0;
        queue$write_address = q_wp$q[(32'h0)+:(4)];
        queue$write_data = (((len$q) & 25'h1ffffff) << 32'hb) | ((fs$q) & 25'h1ffffff);
        commit = 32'h0;
        cnt_good = 1'b0;
        cnt_not_roce = 1'b0;
        cnt_malformed = 1'b0;
        cnt_overflow = 1'b0;
        cnt_bad_icrc = 1'b0;
        if (verdict$q) begin
            verdict$d = 1'b0;
            wp$d = fs$q;
            if (mismatch$q | (beat$q < 32'h5)) begin
                cnt_not_roce = enable;
            end
            else if (len$q < k_min) begin
                cnt_malformed = 1'b1;
            end
            else if (no_room$q | q_full) begin
                cnt_overflow = 1'b1;
            end
            else if (~crc_ok$q) begin
                cnt_bad_icrc = 1'b1;
            end
            else begin
                cnt_good = 1'b1;
                wp$d = wp$q;
                commit = words$q;
                queue$write_enable = 1'b1;
                q_wp$d = q_wp$q + 32'h1;
            end
        end
        queue$read_address = q_rp$q[(32'h0)+:(4)];
        words_freed = 32'h0;
        q_len = queue$read_data[(32'hb)+:(14)];
        nx_words = nx_len$q[(32'h3)+:(11)] + ((|nx_len$q[(32'h0)+:(3)]) & 11'h7ff);
        rd_words = rd_len$q[(32'h3)+:(11)] + ((|rd_len$q[(32'h0)+:(3)]) & 11'h7ff);
        last_keep = (k_one << ((rd_len$q[(32'h0)+:(3)]) & 8'hff)) - k_one;
        if (~|rd_len$q[(32'h0)+:(3)]) begin
            last_keep = 32'hff;
        end
        if (~nx_valid$q & ~rd_q_pending$q & (q_rp$q != q_wp$q)) begin
            rd_q_pending$d = 1'b1;
        end
        if (rd_q_pending$q) begin
            rd_q_pending$d = 1'b0;
            nx_valid$d = 1'b1;
            q_rp$d = q_rp$q + 32'h1;
            nx_start$d = queue$read_data[(32'h0)+:(11)];
            nx_len$d = q_len;
        end
        consume = a_valid$q & o_ready;
        entries = ((a_valid$q) & 2'h3) + ((b_valid$q) & 2'h3) + ((inflight$q) & 2'h3);
        issue = rd_busy$q & ((entries < 32'h2) | ((entries == 32'h2) & consume));
        frame_ram$read_address = rd_ptr$q;
        inflight$d = issue;
        inflight_last$d = issue & (rd_words_left$q == 32'h1);
        inflight_len$d = rd_len$q;
        inflight_keep$d = 32'hff;
        if (rd_words_left$q == 32'h1) begin
            inflight_keep$d = last_keep;
        end
        if (issue) begin
            rd_ptr$d = rd_ptr$q + 32'h1;
            rd_words_left$d = rd_words_left$q - 32'h1;
            if (rd_words_left$q == 32'h1) begin
                rd_busy$d = 1'b0;
                words_freed = ((rd_words) & 12'hfff);
            end
        end
        if (consume) begin
            if (b_valid$q) begin
                a_data$d = b_data$q;
                a_last$d = b_last$q;
                a_keep$d = b_keep$q;
                a_len$d = b_len$q;
                b_valid$d = 1'b0;
                if (inflight$q) begin
                    b_valid$d = 1'b1;
                    b_data$d = frame_ram$read_data;
                    b_last$d = inflight_last$q;
                    b_keep$d = inflight_keep$q;
                    b_len$d = inflight_len$q;
                end
            end
            else if (inflight$q) begin
                a_data$d = frame_ram$read_data;
                a_last$d = inflight_last$q;
                a_keep$d = inflight_keep$q;
                a_len$d = inflight_len$q;
            end
            else begin
                a_valid$d = 1'b0;
            end
        end
        else if (inflight$q) begin
            if (a_valid$q) begin
                b_valid$d = 1'b1;
                b_data$d = frame_ram$read_data;
                b_last$d = inflight_last$q;
                b_keep$d = inflight_keep$q;
                b_len$d = inflight_len$q;
            end
            else begin
                a_valid$d = 1'b1;
                a_data$d = frame_ram$read_data;
                a_last$d = inflight_last$q;
                a_keep$d = inflight_keep$q;
                a_len$d = inflight_len$q;
            end
        end
        if (nx_valid$q & (~rd_busy$q | (issue & (rd_words_left$q == 32'h1)))) begin
            nx_valid$d = 1'b0;
            rd_busy$d = 1'b1;
            rd_ptr$d = nx_start$q;
            rd_len$d = nx_len$q;
            rd_words_left$d = ((nx_words) & 12'hfff);
        end
        held$d = held$q + commit - words_freed;
        o_valid = a_valid$q;
        o_data = a_data$q;
        o_last = a_last$q;
        o_len = a_len$q;
        o_keep = a_keep$q;
        idle = ~in_frame$q & ~verdict$q & (q_rp$q == q_wp$q) & ~rd_q_pending$q & ~nx_valid$q & ~rd_busy$q & ~inflight$q & ~a_valid$q;
        if (reset) begin
            in_frame$d = 1'b0;
            verdict$d = 1'b0;
            wp$d = 32'h0;
            held$d = 32'h0;
            q_wp$d = 32'h0;
            q_rp$d = 32'h0;
            rd_busy$d = 1'b0;
            rd_q_pending$d = 1'b0;
            nx_valid$d = 1'b0;
            inflight$d = 1'b0;
            a_valid$d = 1'b0;
            b_valid$d = 1'b0;
        end
    end
    
endmodule // top$rxbuf


module top$rxbuf$a_data(d,q,clock);
    
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
          
endmodule // top$rxbuf$a_data


module top$rxbuf$a_keep(d,q,clock);
    
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
          
endmodule // top$rxbuf$a_keep


module top$rxbuf$a_last(d,q,clock);
    
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
          
endmodule // top$rxbuf$a_last


module top$rxbuf$a_len(d,q,clock);
    
    // Module arguments
    input wire  [13:0] d;
    output reg  [13:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 14'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rxbuf$a_len


module top$rxbuf$a_valid(d,q,clock);
    
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
          
endmodule // top$rxbuf$a_valid


module top$rxbuf$b_data(d,q,clock);
    
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
          
endmodule // top$rxbuf$b_data


module top$rxbuf$b_keep(d,q,clock);
    
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
          
endmodule // top$rxbuf$b_keep


module top$rxbuf$b_last(d,q,clock);
    
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
          
endmodule // top$rxbuf$b_last


module top$rxbuf$b_len(d,q,clock);
    
    // Module arguments
    input wire  [13:0] d;
    output reg  [13:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 14'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rxbuf$b_len


module top$rxbuf$b_valid(d,q,clock);
    
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
          
endmodule // top$rxbuf$b_valid


module top$rxbuf$beat(d,q,clock);
    
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
          
endmodule // top$rxbuf$beat


module top$rxbuf$crc(d,q,clock);
    
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
          
endmodule // top$rxbuf$crc


module top$rxbuf$crc32(crc_in,data,enable,crc_out);
    
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
    
endmodule // top$rxbuf$crc32


module top$rxbuf$crc_ok(d,q,clock);
    
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
          
endmodule // top$rxbuf$crc_ok


module top$rxbuf$frame_ram(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
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
                
endmodule // top$rxbuf$frame_ram


module top$rxbuf$fs(d,q,clock);
    
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
          
endmodule // top$rxbuf$fs


module top$rxbuf$held(d,q,clock);
    
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
          
endmodule // top$rxbuf$held


module top$rxbuf$in_frame(d,q,clock);
    
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
          
endmodule // top$rxbuf$in_frame


module top$rxbuf$inflight(d,q,clock);
    
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
          
endmodule // top$rxbuf$inflight


module top$rxbuf$inflight_keep(d,q,clock);
    
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
          
endmodule // top$rxbuf$inflight_keep


module top$rxbuf$inflight_last(d,q,clock);
    
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
          
endmodule // top$rxbuf$inflight_last


module top$rxbuf$inflight_len(d,q,clock);
    
    // Module arguments
    input wire  [13:0] d;
    output reg  [13:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 14'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rxbuf$inflight_len


module top$rxbuf$len(d,q,clock);
    
    // Module arguments
    input wire  [13:0] d;
    output reg  [13:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 14'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rxbuf$len


module top$rxbuf$mismatch(d,q,clock);
    
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
          
endmodule // top$rxbuf$mismatch


module top$rxbuf$no_room(d,q,clock);
    
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
          
endmodule // top$rxbuf$no_room


module top$rxbuf$nx_len(d,q,clock);
    
    // Module arguments
    input wire  [13:0] d;
    output reg  [13:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 14'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rxbuf$nx_len


module top$rxbuf$nx_start(d,q,clock);
    
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
          
endmodule // top$rxbuf$nx_start


module top$rxbuf$nx_valid(d,q,clock);
    
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
          
endmodule // top$rxbuf$nx_valid


module top$rxbuf$q_rp(d,q,clock);
    
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
          
endmodule // top$rxbuf$q_rp


module top$rxbuf$q_wp(d,q,clock);
    
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
          
endmodule // top$rxbuf$q_wp


module top$rxbuf$queue(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [3:0] read_address;
    input wire  read_clock;
    output reg  [24:0] read_data;
    input wire  [3:0] write_address;
    input wire  write_clock;
    input wire  [24:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[24:0] mem[15:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // top$rxbuf$queue


module top$rxbuf$rd_busy(d,q,clock);
    
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
          
endmodule // top$rxbuf$rd_busy


module top$rxbuf$rd_len(d,q,clock);
    
    // Module arguments
    input wire  [13:0] d;
    output reg  [13:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 14'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rxbuf$rd_len


module top$rxbuf$rd_ptr(d,q,clock);
    
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
          
endmodule // top$rxbuf$rd_ptr


module top$rxbuf$rd_q_pending(d,q,clock);
    
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
          
endmodule // top$rxbuf$rd_q_pending


module top$rxbuf$rd_total_words(d,q,clock);
    
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
          
endmodule // top$rxbuf$rd_total_words


module top$rxbuf$rd_words_left(d,q,clock);
    
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
          
endmodule // top$rxbuf$rd_words_left


module top$rxbuf$verdict(d,q,clock);
    
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
          
endmodule // top$rxbuf$verdict


module top$rxbuf$words(d,q,clock);
    
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
          
endmodule // top$rxbuf$words


module top$rxbuf$wp(d,q,clock);
    
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
          
endmodule // top$rxbuf$wp


module top$sched(clock,reset,event_valid,event_ready,event_qpn,grant_valid,grant_ready,grant_qpn,done_valid,done_qpn,done_more,done_unexpected,idle);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  event_valid;
    output reg  event_ready;
    input wire  [7:0] event_qpn;
    output reg  grant_valid;
    input wire  grant_ready;
    output reg  [7:0] grant_qpn;
    input wire  done_valid;
    input wire  [7:0] done_qpn;
    input wire  done_more;
    output reg  done_unexpected;
    output reg  idle;
    
    // Constant declarations
    localparam  k_one = 256'h1;
    
    // Stub signals
    reg  [255:0] member$d;
    wire  [255:0] member$q;
    reg  member$clock;
    reg  [255:0] serving$d;
    wire  [255:0] serving$q;
    reg  serving$clock;
    reg  [255:0] again$d;
    wire  [255:0] again$q;
    reg  again$clock;
    reg  [6:0] ring_even$read_address;
    reg  ring_even$read_clock;
    wire  [7:0] ring_even$read_data;
    reg  [6:0] ring_even$write_address;
    reg  ring_even$write_clock;
    reg  [7:0] ring_even$write_data;
    reg  ring_even$write_enable;
    reg  [6:0] ring_odd$read_address;
    reg  ring_odd$read_clock;
    wire  [7:0] ring_odd$read_data;
    reg  [6:0] ring_odd$write_address;
    reg  ring_odd$write_clock;
    reg  [7:0] ring_odd$write_data;
    reg  ring_odd$write_enable;
    reg  [7:0] head$d;
    wire  [7:0] head$q;
    reg  head$clock;
    reg  [7:0] tail$d;
    wire  [7:0] tail$q;
    reg  tail$clock;
    reg  [8:0] count$d;
    wire  [8:0] count$q;
    reg  count$clock;
    reg  read_pending$d;
    wire  read_pending$q;
    reg  read_pending$clock;
    reg  read_odd$d;
    wire  read_odd$q;
    reg  read_odd$clock;
    reg  out_valid$d;
    wire  out_valid$q;
    reg  out_valid$clock;
    reg  [7:0] out_qpn$d;
    wire  [7:0] out_qpn$q;
    reg  out_qpn$clock;
    reg  skid_valid$d;
    wire  skid_valid$q;
    reg  skid_valid$clock;
    reg  [7:0] skid_qpn$d;
    wire  [7:0] skid_qpn$q;
    reg  skid_qpn$clock;
    reg  unexpected$d;
    wire  unexpected$q;
    reg  unexpected$clock;
    reg  idle_q$d;
    wire  idle_q$q;
    reg  idle_q$clock;
    reg  accepting$d;
    wire  accepting$q;
    reg  accepting$clock;
    
    // Local signals
    reg  eligible;
    reg  fire;
    reg  ev;
    reg  ev_serving;
    reg  done_ok;
    reg  done_again;
    reg  push_done;
    reg  push_event;
    reg  set_again;
    reg  [7:0] first_qpn;
    reg  any_push;
    reg  two_push;
    reg  tail_odd;
    reg  [6:0] slot;
    reg  two_held;
    reg  issue;
    reg  [7:0] read_qpn;
    reg  [255:0] one_event;
    reg  [255:0] one_done;
    reg  [255:0] one_grant;
    reg  [255:0] clr_member;
    reg  [255:0] set_member;
    reg  [255:0] clr_done;
    
    // Sub module instances
    top$sched$member member(
        .d(member$d),
        .q(member$q),
        .clock(member$clock)
    );
    top$sched$serving serving(
        .d(serving$d),
        .q(serving$q),
        .clock(serving$clock)
    );
    top$sched$again again(
        .d(again$d),
        .q(again$q),
        .clock(again$clock)
    );
    top$sched$ring_even ring_even(
        .read_address(ring_even$read_address),
        .read_clock(ring_even$read_clock),
        .read_data(ring_even$read_data),
        .write_address(ring_even$write_address),
        .write_clock(ring_even$write_clock),
        .write_data(ring_even$write_data),
        .write_enable(ring_even$write_enable)
    );
    top$sched$ring_odd ring_odd(
        .read_address(ring_odd$read_address),
        .read_clock(ring_odd$read_clock),
        .read_data(ring_odd$read_data),
        .write_address(ring_odd$write_address),
        .write_clock(ring_odd$write_clock),
        .write_data(ring_odd$write_data),
        .write_enable(ring_odd$write_enable)
    );
    top$sched$head head(
        .d(head$d),
        .q(head$q),
        .clock(head$clock)
    );
    top$sched$tail tail(
        .d(tail$d),
        .q(tail$q),
        .clock(tail$clock)
    );
    top$sched$count count(
        .d(count$d),
        .q(count$q),
        .clock(count$clock)
    );
    top$sched$read_pending read_pending(
        .d(read_pending$d),
        .q(read_pending$q),
        .clock(read_pending$clock)
    );
    top$sched$read_odd read_odd(
        .d(read_odd$d),
        .q(read_odd$q),
        .clock(read_odd$clock)
    );
    top$sched$out_valid out_valid(
        .d(out_valid$d),
        .q(out_valid$q),
        .clock(out_valid$clock)
    );
    top$sched$out_qpn out_qpn(
        .d(out_qpn$d),
        .q(out_qpn$q),
        .clock(out_qpn$clock)
    );
    top$sched$skid_valid skid_valid(
        .d(skid_valid$d),
        .q(skid_valid$q),
        .clock(skid_valid$clock)
    );
    top$sched$skid_qpn skid_qpn(
        .d(skid_qpn$d),
        .q(skid_qpn$q),
        .clock(skid_qpn$clock)
    );
    top$sched$unexpected unexpected(
        .d(unexpected$d),
        .q(unexpected$q),
        .clock(unexpected$clock)
    );
    top$sched$idle_q idle_q(
        .d(idle_q$d),
        .q(idle_q$q),
        .clock(idle_q$clock)
    );
    top$sched$accepting accepting(
        .d(accepting$d),
        .q(accepting$q),
        .clock(accepting$clock)
    );
    
    // Update code
    always @(*) begin
        member$clock = clock;
        serving$clock = clock;
        again$clock = clock;
        head$clock = clock;
        tail$clock = clock;
        count$clock = clock;
        read_pending$clock = clock;
        read_odd$clock = clock;
        out_valid$clock = clock;
        out_qpn$clock = clock;
        skid_valid$clock = clock;
        skid_qpn$clock = clock;
        unexpected$clock = clock;
        idle_q$clock = clock;
        accepting$clock = clock;
        member$d = member$q;
        serving$d = serving$q;
        again$d = again$q;
        head$d = head$q;
        tail$d = tail$q;
        count$d = count$q;
        read_pending$d = read_pending$q;
        read_odd$d = read_odd$q;
        out_valid$d = out_valid$q;
        out_qpn$d = out_qpn$q;
        skid_valid$d = skid_valid$q;
        skid_qpn$d = skid_qpn$q;
        unexpected$d = unexpected$q;
        idle_q$d = idle_q$q;
        accepting$d = accepting$q;
        ring_even$read_clock = clock;
        ring_even$write_clock = clock;
        ring_odd$read_clock = clock;
        ring_odd$write_clock = clock;
        eligible = 1'b1;
        fire = out_valid$q & grant_ready;
        ev = event_valid & accepting$q;
        done_ok = done_valid & serving$q[done_qpn];
        done_again = again$q[done_qpn] | (ev & (event_qpn == done_qpn));
        push_done = done_ok & (done_more | done_again);
        ev_serving = serving$q[event_qpn] | (fire & (out_qpn$q == event_qpn));
        push_event = ev & ~member$q[event_qpn] & ~serving$q[event_qpn];
        set_again = ev & ev_serving & ~(done_ok & (event_qpn == done_qpn));
        one_event = k_one << event_qpn;
        one_done = k_one << done_qpn;
        one_grant = k_one << out_qpn$q;
        clr_member = 32'h0;
        if (fire) begin
            clr_member = one_grant;
        end
        set_member = 32'h0;
        if (push_event) begin
            set_member = one_event;
        end
        if (push_done) begin
            set_member = set_member | one_done;
        end
        clr_done = 32'h0;
        if (done_ok) begin
            clr_done = one_done;
        end
        member$d = (member$q & ~clr_member) | set_member;
        serving$d = serving$q & ~clr_done;
        if (fire) begin
            serving$d = (serving$q & ~clr_done) | one_grant;
        end
        again$d = again$q & ~clr_done;
        if (set_again) begin
            again$d = (again$q & ~clr_done) | one_event;
        end
        any_push = push_done | push_event;
        two_push = push_done & push_event;
        first_qpn = event_qpn;
        if (push_done) begin
            first_qpn = done_qpn;
        end
        tail_odd = tail$q[32'h0];
        slot = tail$q[(32'h1)+:(7)];
        ring_even$write_enable = (any_push & ~tail_odd) | (two_push & tail_odd);
        ring_odd$write_enable = (any_push & tail_odd) | (two_push & ~tail_odd);
        ring_odd$write_address = slot;
        if (tail_odd) begin
            ring_even$write_address = slot + 32'h1;
            ring_even$write_data = event_qpn;
            ring_odd$write_data = first_qpn;
        end
        else begin
            ring_even$write_address = slot;
            ring_even$write_data = first_qpn;
            ring_odd$write_data = event_qpn;
        end
        tail$d = tail$q;
        if (any_push) begin
            tail$d = tail$q + 32'h1;
        end
        if (two_push) begin
            tail$d = tail$q + 32'h2;
        end
        ring_even$read_address = head$q[(32'h1)+:(7)];
        ring_odd$read_address = head$q[(32'h1)+:(7)];
        read_qpn = ring_even$read_data;
        if (read_odd$q) begin
            read_qpn = ring_odd$read_data;
        end
        two_held = (out_valid$q & skid_valid$q) | (out_valid$q & read_pending$q) | (skid_valid$q & read_pending$q);
        issue = |count$q & eligible & (fire | ~two_held);
        read_pending$d = issue;
        read_odd$d = head$q[32'h0];
        if (issue) begin
            head$d = head$q + 32'h1;
        end
        count$d = count$q + ((push_done) & 9'h1ff) + ((push_event) & 9'h1ff) - ((issue) & 9'h1ff);
        if (fire | ~out_valid$q) begin
            if (skid_valid$q) begin
                out_valid$d = 1'b1;
                out_qpn$d = skid_qpn$q;
                skid_valid$d = read_pending$q;
                skid_qpn$d = read_qpn;
            end
            else begin
                out_valid$d = read_pending$q;
                out_qpn$d = read_qpn;
            end
        end
        else if (read_pending$q) begin
            skid_valid$d = 1'b1;
            skid_qpn$d = read_qpn;
        end
        grant_valid = out_valid$q;
        grant_qpn = out_qpn$q;
        unexpected$d = done_valid & ~serving$q[done_qpn];
        done_unexpected = unexpected$q;
        idle_q$d = ~|count$q & ~out_valid$q & ~skid_valid$q & ~read_pending$q & ~|serving$q;
        idle = idle_q$q;
        accepting$d = 1'b1;
        event_ready = accepting$q;
        if (reset) begin
            member$d = 32'h0;
            serving$d = 32'h0;
            again$d = 32'h0;
            head$d = 32'h0;
            tail$d = 32'h0;
            count$d = 32'h0;
            read_pending$d = 1'b0;
            out_valid$d = 1'b0;
            skid_valid$d = 1'b0;
            unexpected$d = 1'b0;
            idle_q$d = 1'b0;
            accepting$d = 1'b0;
        end
    end
    
endmodule // top$sched


module top$sched$accepting(d,q,clock);
    
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
          
endmodule // top$sched$accepting


module top$sched$again(d,q,clock);
    
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
          
endmodule // top$sched$again


module top$sched$count(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sched$count


module top$sched$head(d,q,clock);
    
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
          
endmodule // top$sched$head


module top$sched$idle_q(d,q,clock);
    
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
          
endmodule // top$sched$idle_q


module top$sched$member(d,q,clock);
    
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
          
endmodule // top$sched$member


module top$sched$out_qpn(d,q,clock);
    
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
          
endmodule // top$sched$out_qpn


module top$sched$out_valid(d,q,clock);
    
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
          
endmodule // top$sched$out_valid


module top$sched$read_odd(d,q,clock);
    
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
          
endmodule // top$sched$read_odd


module top$sched$read_pending(d,q,clock);
    
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
          
endmodule // top$sched$read_pending


module top$sched$ring_even(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [6:0] read_address;
    input wire  read_clock;
    output reg  [7:0] read_data;
    input wire  [6:0] write_address;
    input wire  write_clock;
    input wire  [7:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[7:0] mem[127:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // top$sched$ring_even


module top$sched$ring_odd(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [6:0] read_address;
    input wire  read_clock;
    output reg  [7:0] read_data;
    input wire  [6:0] write_address;
    input wire  write_clock;
    input wire  [7:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[7:0] mem[127:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // top$sched$ring_odd


module top$sched$serving(d,q,clock);
    
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
          
endmodule // top$sched$serving


module top$sched$skid_qpn(d,q,clock);
    
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
          
endmodule // top$sched$skid_qpn


module top$sched$skid_valid(d,q,clock);
    
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
          
endmodule // top$sched$skid_valid


module top$sched$tail(d,q,clock);
    
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
          
endmodule // top$sched$tail


module top$sched$unexpected(d,q,clock);
    
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
          
endmodule // top$sched$unexpected


module top$tx_fifo(clock,reset,in_valid,in_ready,in_data,in_keep,in_last,out_valid,out_ready,out_data,out_keep,out_last,empty);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  in_valid;
    output reg  in_ready;
    input wire  [63:0] in_data;
    input wire  [7:0] in_keep;
    input wire  in_last;
    output reg  out_valid;
    input wire  out_ready;
    output reg  [63:0] out_data;
    output reg  [7:0] out_keep;
    output reg  out_last;
    output reg  empty;
    
    // Stub signals
    reg  [3:0] ram$read_address;
    reg  ram$read_clock;
    wire  [72:0] ram$read_data;
    reg  [3:0] ram$write_address;
    reg  ram$write_clock;
    reg  [72:0] ram$write_data;
    reg  ram$write_enable;
    reg  [4:0] wp$d;
    wire  [4:0] wp$q;
    reg  wp$clock;
    reg  [4:0] rp$d;
    wire  [4:0] rp$q;
    reg  rp$clock;
    reg  full$d;
    wire  full$q;
    reg  full$clock;
    reg  inflight$d;
    wire  inflight$q;
    reg  inflight$clock;
    reg  a_valid$d;
    wire  a_valid$q;
    reg  a_valid$clock;
    reg  [72:0] a$d;
    wire  [72:0] a$q;
    reg  a$clock;
    reg  b_valid$d;
    wire  b_valid$q;
    reg  b_valid$clock;
    reg  [72:0] b$d;
    wire  [72:0] b$q;
    reg  b$clock;
    
    // Local signals
    reg  push;
    reg  consume;
    reg  [1:0] entries;
    reg  issue;
    reg  [4:0] wp_next;
    reg  [4:0] rp_next;
    
    // Sub module instances
    top$tx_fifo$ram ram(
        .read_address(ram$read_address),
        .read_clock(ram$read_clock),
        .read_data(ram$read_data),
        .write_address(ram$write_address),
        .write_clock(ram$write_clock),
        .write_data(ram$write_data),
        .write_enable(ram$write_enable)
    );
    top$tx_fifo$wp wp(
        .d(wp$d),
        .q(wp$q),
        .clock(wp$clock)
    );
    top$tx_fifo$rp rp(
        .d(rp$d),
        .q(rp$q),
        .clock(rp$clock)
    );
    top$tx_fifo$full full(
        .d(full$d),
        .q(full$q),
        .clock(full$clock)
    );
    top$tx_fifo$inflight inflight(
        .d(inflight$d),
        .q(inflight$q),
        .clock(inflight$clock)
    );
    top$tx_fifo$a_valid a_valid(
        .d(a_valid$d),
        .q(a_valid$q),
        .clock(a_valid$clock)
    );
    top$tx_fifo$a a(
        .d(a$d),
        .q(a$q),
        .clock(a$clock)
    );
    top$tx_fifo$b_valid b_valid(
        .d(b_valid$d),
        .q(b_valid$q),
        .clock(b_valid$clock)
    );
    top$tx_fifo$b b(
        .d(b$d),
        .q(b$q),
        .clock(b$clock)
    );
    
    // Update code
    always @(*) begin
        wp$clock = clock;
        rp$clock = clock;
        full$clock = clock;
        inflight$clock = clock;
        a_valid$clock = clock;
        a$clock = clock;
        b_valid$clock = clock;
        b$clock = clock;
        wp$d = wp$q;
        rp$d = rp$q;
        full$d = full$q;
        inflight$d = inflight$q;
        a_valid$d = a_valid$q;
        a$d = a$q;
        b_valid$d = b_valid$q;
        b$d = b$q;
        ram$read_clock = clock;
        ram$write_clock = clock;
        in_ready = ~full$q;
        push = in_valid & ~full$q;
        ram$write_enable = push;
        ram$write_address = wp$q[(32'h0)+:(4)];
        ram$write_data = (((in_data) & 73'h1ffffffffffffffffff) << 32'h9) | (((in_keep) & 73'h1ffffffffffffffffff) << 32'h1) | ((in_last) & 73'h1ffffffffffffffffff);
        wp_next = wp$q;
        if (push) begin
            wp_next = wp$q + 32'h1;
        end
        wp$d = wp_next;
        consume = a_valid$q & out_ready;
        entries = ((a_valid$q) & 2'h3) + ((b_valid$q) & 2'h3) + ((inflight$q) & 2'h3);
        issue = (rp$q != wp$q) & ((entries < 32'h2) | ((entries == 32'h2) & consume));
        ram$read_address = rp$q[(32'h0)+:(4)];
        rp_next = rp$q;
        if (issue) begin
            rp_next = rp$q + 32'h1;
        end
        rp$d = rp_next;
        inflight$d = issue;
        full$d = (wp_next[(32'h0)+:(4)] == rp_next[(32'h0)+:(4)]) & (wp_next[32'h4] != rp_next[32'h4]);
        if (consume) begin
            if (b_valid$q) begin
                a$d = b$q;
                b_valid$d = 1'b0;
                if (inflight$q) begin
                    b_valid$d = 1'b1;
                    b$d = ram$read_data;
                end
            end
            else if (inflight$q) begin
                a$d = ram$read_data;
            end
            else begin
                a_valid$d = 1'b0;
            end
        end
        else if (inflight$q) begin
            if (a_valid$q) begin
                b_valid$d = 1'b1;
                b$d = ram$read_data;
            end
            else begin
                a_valid$d = 1'b1;
                a$d = ram$read_data;
            end
        end
        out_valid = a_valid$q;
        out_data = a$q[(32'h9)+:(64)];
        out_keep = a$q[(32'h1)+:(8)];
        out_last = a$q[32'h0];
        empty = ~a_valid$q & ~inflight$q & (rp$q == wp$q);
        if (reset) begin
            wp$d = 32'h0;
            rp$d = 32'h0;
            full$d = 1'b0;
            inflight$d = 1'b0;
            a_valid$d = 1'b0;
            b_valid$d = 1'b0;
        end
    end
    
endmodule // top$tx_fifo


module top$tx_fifo$a(d,q,clock);
    
    // Module arguments
    input wire  [72:0] d;
    output reg  [72:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 73'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$tx_fifo$a


module top$tx_fifo$a_valid(d,q,clock);
    
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
          
endmodule // top$tx_fifo$a_valid


module top$tx_fifo$b(d,q,clock);
    
    // Module arguments
    input wire  [72:0] d;
    output reg  [72:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 73'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$tx_fifo$b


module top$tx_fifo$b_valid(d,q,clock);
    
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
          
endmodule // top$tx_fifo$b_valid


module top$tx_fifo$full(d,q,clock);
    
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
          
endmodule // top$tx_fifo$full


module top$tx_fifo$inflight(d,q,clock);
    
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
          
endmodule // top$tx_fifo$inflight


module top$tx_fifo$ram(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [3:0] read_address;
    input wire  read_clock;
    output reg  [72:0] read_data;
    input wire  [3:0] write_address;
    input wire  write_clock;
    input wire  [72:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[72:0] mem[15:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // top$tx_fifo$ram


module top$tx_fifo$rp(d,q,clock);
    
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
          
endmodule // top$tx_fifo$rp


module top$tx_fifo$wp(d,q,clock);
    
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
          
endmodule // top$tx_fifo$wp


module top$wqe(clock,reset,f_valid,f_ready,f_qpn,f_idx,f_addr,f_pd,rd_req_valid,rd_req_ready,rd_req_addr,rd_req_len,rd_resp_valid,rd_resp_ready,rd_resp_data,rd_resp_last,rd_resp_error,chk_valid,chk_ready,chk_key,chk_pd,chk_va,chk_len,chk_need_local_write,chk_need_remote_write,res_valid,res_ready,res_ok,res_iova,c_rd_qpn,c_rd_slot,c_valid,c_idx,c_status,c_opcode,c_signaled,c_solicited,c_imm,c_wr_id,c_remote_addr,c_rkey,c_len,c_liova,ev_valid,ev_ready,ev_qpn,inv_valid,inv_qpn,cnt_dma_errors,idle);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  f_valid;
    output reg  f_ready;
    input wire  [7:0] f_qpn;
    input wire  [15:0] f_idx;
    input wire  [63:0] f_addr;
    input wire  [15:0] f_pd;
    output reg  rd_req_valid;
    input wire  rd_req_ready;
    output reg  [63:0] rd_req_addr;
    output reg  [15:0] rd_req_len;
    input wire  rd_resp_valid;
    output reg  rd_resp_ready;
    input wire  [63:0] rd_resp_data;
    input wire  rd_resp_last;
    input wire  rd_resp_error;
    output reg  chk_valid;
    input wire  chk_ready;
    output reg  [31:0] chk_key;
    output reg  [15:0] chk_pd;
    output reg  [63:0] chk_va;
    output reg  [31:0] chk_len;
    output reg  chk_need_local_write;
    output reg  chk_need_remote_write;
    input wire  res_valid;
    output reg  res_ready;
    input wire  res_ok;
    input wire  [63:0] res_iova;
    input wire  [7:0] c_rd_qpn;
    input wire  c_rd_slot;
    output reg  c_valid;
    output reg  [15:0] c_idx;
    output reg  [7:0] c_status;
    output reg  [7:0] c_opcode;
    output reg  c_signaled;
    output reg  c_solicited;
    output reg  [31:0] c_imm;
    output reg  [63:0] c_wr_id;
    output reg  [63:0] c_remote_addr;
    output reg  [31:0] c_rkey;
    output reg  [31:0] c_len;
    output reg  [63:0] c_liova;
    output reg  ev_valid;
    input wire  ev_ready;
    output reg  [7:0] ev_qpn;
    input wire  inv_valid;
    input wire  [7:0] inv_qpn;
    output reg  cnt_dma_errors;
    output reg  idle;
    
    // Constant declarations
    localparam  k_one = 256'h1;
    localparam  k_one2 = 512'h1;
    localparam  k_three2 = 512'h3;
    
    // Enums
    localparam FetchPhase$Collect = 0;
    localparam FetchPhase$Decide = 1;
    localparam FetchPhase$Check = 2;
    localparam FetchPhase$Fill = 3;
    
    // Stub signals
    reg  [8:0] cache$read_address;
    reg  cache$read_clock;
    wire  [321:0] cache$read_data;
    reg  [8:0] cache$write_address;
    reg  cache$write_clock;
    reg  [321:0] cache$write_data;
    reg  cache$write_enable;
    reg  [3:0] pend$read_address;
    reg  pend$read_clock;
    wire  [39:0] pend$read_data;
    reg  [3:0] pend$write_address;
    reg  pend$write_clock;
    reg  [39:0] pend$write_data;
    reg  pend$write_enable;
    reg  [511:0] cached$d;
    wire  [511:0] cached$q;
    reg  cached$clock;
    reg  [255:0] busy$d;
    wire  [255:0] busy$q;
    reg  busy$clock;
    reg  [255:0] stale$d;
    wire  [255:0] stale$q;
    reg  stale$clock;
    reg  [4:0] wp$d;
    wire  [4:0] wp$q;
    reg  wp$clock;
    reg  [4:0] rp$d;
    wire  [4:0] rp$q;
    reg  rp$clock;
    reg  req_valid$d;
    wire  req_valid$q;
    reg  req_valid$clock;
    reg  [63:0] req_addr$d;
    wire  [63:0] req_addr$q;
    reg  req_addr$clock;
    reg  [1:0] phase$d;
    wire  [1:0] phase$q;
    reg  phase$clock;
    reg  [2:0] beat$d;
    wire  [2:0] beat$q;
    reg  beat$clock;
    reg  err$d;
    wire  err$q;
    reg  err$clock;
    reg  [7:0] w_opcode$d;
    wire  [7:0] w_opcode$q;
    reg  w_opcode$clock;
    reg  w_signaled$d;
    wire  w_signaled$q;
    reg  w_signaled$clock;
    reg  w_solicited$d;
    wire  w_solicited$q;
    reg  w_solicited$clock;
    reg  [7:0] w_num_sge$d;
    wire  [7:0] w_num_sge$q;
    reg  w_num_sge$clock;
    reg  [31:0] w_imm$d;
    wire  [31:0] w_imm$q;
    reg  w_imm$clock;
    reg  [63:0] w_wr_id$d;
    wire  [63:0] w_wr_id$q;
    reg  w_wr_id$clock;
    reg  [63:0] w_raddr$d;
    wire  [63:0] w_raddr$q;
    reg  w_raddr$clock;
    reg  [31:0] w_rkey$d;
    wire  [31:0] w_rkey$q;
    reg  w_rkey$clock;
    reg  [63:0] w_laddr$d;
    wire  [63:0] w_laddr$q;
    reg  w_laddr$clock;
    reg  [31:0] w_len$d;
    wire  [31:0] w_len$q;
    reg  w_len$clock;
    reg  [31:0] w_lkey$d;
    wire  [31:0] w_lkey$q;
    reg  w_lkey$clock;
    reg  [7:0] w_status$d;
    wire  [7:0] w_status$q;
    reg  w_status$clock;
    reg  [63:0] w_liova$d;
    wire  [63:0] w_liova$q;
    reg  w_liova$clock;
    reg  chk_v$d;
    wire  chk_v$q;
    reg  chk_v$clock;
    reg  ev_v$d;
    wire  ev_v$q;
    reg  ev_v$clock;
    reg  [7:0] ev_q$d;
    wire  [7:0] ev_q$q;
    reg  ev_q$clock;
    reg  dma_err_q$d;
    wire  dma_err_q$q;
    reg  dma_err_q$clock;
    reg  c_valid_q$d;
    wire  c_valid_q$q;
    reg  c_valid_q$clock;
    reg  idle_q$d;
    wire  idle_q$q;
    reg  idle_q$clock;
    
    // Local signals
    reg  take_f;
    reg  f_new;
    reg  pop;
    reg  [4:0] count;
    reg  [7:0] head_qpn;
    reg  [15:0] head_idx;
    reg  [15:0] head_pd;
    reg  take_beat;
    reg  ev_free;
    reg  [8:0] fill_addr;
    reg  [8:0] rd_addr;
    reg  [255:0] one_f;
    reg  [255:0] one_head;
    reg  [255:0] one_inv;
    reg  [511:0] one_fill;
    reg  [511:0] inv_rows;
    reg  [8:0] inv_base;
    reg  [255:0] set_busy;
    reg  [255:0] clr_busy;
    reg  [511:0] set_cached;
    reg  [255:0] set_stale;
    reg  is_stale;
    reg  [255:0] busy_next;
    
    // Sub module instances
    top$wqe$cache cache(
        .read_address(cache$read_address),
        .read_clock(cache$read_clock),
        .read_data(cache$read_data),
        .write_address(cache$write_address),
        .write_clock(cache$write_clock),
        .write_data(cache$write_data),
        .write_enable(cache$write_enable)
    );
    top$wqe$pend pend(
        .read_address(pend$read_address),
        .read_clock(pend$read_clock),
        .read_data(pend$read_data),
        .write_address(pend$write_address),
        .write_clock(pend$write_clock),
        .write_data(pend$write_data),
        .write_enable(pend$write_enable)
    );
    top$wqe$cached cached(
        .d(cached$d),
        .q(cached$q),
        .clock(cached$clock)
    );
    top$wqe$busy busy(
        .d(busy$d),
        .q(busy$q),
        .clock(busy$clock)
    );
    top$wqe$stale stale(
        .d(stale$d),
        .q(stale$q),
        .clock(stale$clock)
    );
    top$wqe$wp wp(
        .d(wp$d),
        .q(wp$q),
        .clock(wp$clock)
    );
    top$wqe$rp rp(
        .d(rp$d),
        .q(rp$q),
        .clock(rp$clock)
    );
    top$wqe$req_valid req_valid(
        .d(req_valid$d),
        .q(req_valid$q),
        .clock(req_valid$clock)
    );
    top$wqe$req_addr req_addr(
        .d(req_addr$d),
        .q(req_addr$q),
        .clock(req_addr$clock)
    );
    top$wqe$phase phase(
        .d(phase$d),
        .q(phase$q),
        .clock(phase$clock)
    );
    top$wqe$beat beat(
        .d(beat$d),
        .q(beat$q),
        .clock(beat$clock)
    );
    top$wqe$err err(
        .d(err$d),
        .q(err$q),
        .clock(err$clock)
    );
    top$wqe$w_opcode w_opcode(
        .d(w_opcode$d),
        .q(w_opcode$q),
        .clock(w_opcode$clock)
    );
    top$wqe$w_signaled w_signaled(
        .d(w_signaled$d),
        .q(w_signaled$q),
        .clock(w_signaled$clock)
    );
    top$wqe$w_solicited w_solicited(
        .d(w_solicited$d),
        .q(w_solicited$q),
        .clock(w_solicited$clock)
    );
    top$wqe$w_num_sge w_num_sge(
        .d(w_num_sge$d),
        .q(w_num_sge$q),
        .clock(w_num_sge$clock)
    );
    top$wqe$w_imm w_imm(
        .d(w_imm$d),
        .q(w_imm$q),
        .clock(w_imm$clock)
    );
    top$wqe$w_wr_id w_wr_id(
        .d(w_wr_id$d),
        .q(w_wr_id$q),
        .clock(w_wr_id$clock)
    );
    top$wqe$w_raddr w_raddr(
        .d(w_raddr$d),
        .q(w_raddr$q),
        .clock(w_raddr$clock)
    );
    top$wqe$w_rkey w_rkey(
        .d(w_rkey$d),
        .q(w_rkey$q),
        .clock(w_rkey$clock)
    );
    top$wqe$w_laddr w_laddr(
        .d(w_laddr$d),
        .q(w_laddr$q),
        .clock(w_laddr$clock)
    );
    top$wqe$w_len w_len(
        .d(w_len$d),
        .q(w_len$q),
        .clock(w_len$clock)
    );
    top$wqe$w_lkey w_lkey(
        .d(w_lkey$d),
        .q(w_lkey$q),
        .clock(w_lkey$clock)
    );
    top$wqe$w_status w_status(
        .d(w_status$d),
        .q(w_status$q),
        .clock(w_status$clock)
    );
    top$wqe$w_liova w_liova(
        .d(w_liova$d),
        .q(w_liova$q),
        .clock(w_liova$clock)
    );
    top$wqe$chk_v chk_v(
        .d(chk_v$d),
        .q(chk_v$q),
        .clock(chk_v$clock)
    );
    top$wqe$ev_v ev_v(
        .d(ev_v$d),
        .q(ev_v$q),
        .clock(ev_v$clock)
    );
    top$wqe$ev_q ev_q(
        .d(ev_q$d),
        .q(ev_q$q),
        .clock(ev_q$clock)
    );
    top$wqe$dma_err_q dma_err_q(
        .d(dma_err_q$d),
        .q(dma_err_q$q),
        .clock(dma_err_q$clock)
    );
    top$wqe$c_valid_q c_valid_q(
        .d(c_valid_q$d),
        .q(c_valid_q$q),
        .clock(c_valid_q$clock)
    );
    top$wqe$idle_q idle_q(
        .d(idle_q$d),
        .q(idle_q$q),
        .clock(idle_q$clock)
    );
    
    // Update code
    always @(*) begin
        cached$clock = clock;
        busy$clock = clock;
        stale$clock = clock;
        wp$clock = clock;
        rp$clock = clock;
        req_valid$clock = clock;
        req_addr$clock = clock;
        phase$clock = clock;
        beat$clock = clock;
        err$clock = clock;
        w_opcode$clock = clock;
        w_signaled$clock = clock;
        w_solicited$clock = clock;
        w_num_sge$clock = clock;
        w_imm$clock = clock;
        w_wr_id$clock = clock;
        w_raddr$clock = clock;
        w_rkey$clock = clock;
        w_laddr$clock = clock;
        w_len$clock = clock;
        w_lkey$clock = clock;
        w_status$clock = clock;
        w_liova$clock = clock;
        chk_v$clock = clock;
        ev_v$clock = clock;
        ev_q$clock = clock;
        dma_err_q$clock = clock;
        c_valid_q$clock = clock;
        idle_q$clock = clock;
        cached$d = cached$q;
        busy$d = busy$q;
        stale$d = stale$q;
        wp$d = wp$q;
        rp$d = rp$q;
        req_valid$d = req_valid$q;
        req_addr$d = req_addr$q;
        phase$d = phase$q;
        beat$d = beat$q;
        err$d = err$q;
        w_opcode$d = w_opcode$q;
        w_signaled$d = w_signaled$q;
        w_solicited$d = w_solicited$q;
        w_num_sge$d = w_num_sge$q;
        w_imm$d = w_imm$q;
        w_wr_id$d = w_wr_id$q;
        w_raddr$d = w_raddr$q;
        w_rkey$d = w_rkey$q;
        w_laddr$d = w_laddr$q;
        w_len$d = w_len$q;
        w_lkey$d = w_lkey$q;
        w_status$d = w_status$q;
        w_liova$d = w_liova$q;
        chk_v$d = chk_v$q;
        ev_v$d = ev_v$q;
        ev_q$d = ev_q$q;
        dma_err_q$d = dma_err_q$q;
        c_valid_q$d = c_valid_q$q;
        idle_q$d = idle_q$q;
        cache$read_clock = clock;
        cache$write_clock = clock;
        pend$read_clock = clock;
        pend$write_clock = clock;
        count = wp$q - rp$q;
        f_ready = ~req_valid$q & ~count[32'h4];
        take_f = f_valid & f_ready;
        one_f = k_one << f_qpn;
        f_new = take_f & ~busy$q[f_qpn];
        pend$write_enable = f_new;
        pend$write_address = wp$q[(32'h0)+:(4)];
        pend$write_data = ((f_qpn) & 40'hffffffffff) | (((f_idx) & 40'hffffffffff) << 32'h8) | (((f_pd) & 40'hffffffffff) << 32'h18);
        set_busy = 32'h0;
        if (f_new) begin
            wp$d = wp$q + 32'h1;
            req_valid$d = 1'b1;
            req_addr$d = f_addr;
            set_busy = one_f;
        end
        else if (rd_req_ready) begin
            req_valid$d = 1'b0;
        end
        rd_req_valid = req_valid$q;
        rd_req_addr = req_addr$q;
        rd_req_len = 32'h40;
        pend$read_address = rp$q[(32'h0)+:(4)];
        head_qpn = pend$read_data[(32'h0)+:(8)];
        head_idx = pend$read_data[(32'h8)+:(16)];
        head_pd = pend$read_data[(32'h18)+:(16)];
        one_head = k_one << head_qpn;
        rd_resp_ready = phase$q == FetchPhase$Collect;
        take_beat = rd_resp_valid & (phase$q == FetchPhase$Collect);
        res_ready = phase$q == FetchPhase$Check;
        ev_free = ~ev_v$q | ev_ready;
        pop = 1'b0;
        clr_busy = 32'h0;
        set_cached = 32'h0;
        is_stale = stale$q[head_qpn];
        fill_addr = (((head_qpn) & 9'h1ff) << 32'h1) | ((head_idx[32'h0]) & 9'h1ff);
        one_fill = k_one2 << fill_addr;
        cache$write_enable = 1'b0;
        cache$write_address = fill_addr;
        cache$write_data = ((head_idx) & 322'h3ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) | (((w_status$q) & 322'h3ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h10) | (((w_opcode$q) & 322'h3ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h18) | (((w_signaled$q) & 322'h3ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h20) | (((w_solicited$q) & 322'h3ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h21) | (((w_imm$q) & 322'h3ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h22) | (((w_wr_id$q) & 322'h3ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h42) | (((w_raddr$q) & 322'h3ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h82) | (((w_rkey$q) & 322'h3ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'hc2) | (((w_len$q) & 322'h3ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'he2) | (((w_liova$q) & 322'h3ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h102);
        dma_err_q$d = 1'b0;
        if (ev_v$q & ev_ready) begin
            ev_v$d = 1'b0;
        end
        if (chk_v$q & chk_ready) begin
            chk_v$d = 1'b0;
        end
        case (phase$q)
            FetchPhase$Collect:
                begin
                    if (take_beat) begin
                        beat$d = beat$q + 32'h1;
                        err$d = err$q | rd_resp_error;
                        if (beat$q == 32'h0) begin
                            w_opcode$d = rd_resp_data[(32'h0)+:(8)];
                            w_signaled$d = rd_resp_data[32'h8];
                            w_solicited$d = rd_resp_data[32'h9];
                            w_num_sge$d = rd_resp_data[(32'h10)+:(8)];
                            w_imm$d = rd_resp_data[(32'h20)+:(32)];
                        end
                        if (beat$q == 32'h1) begin
                            w_wr_id$d = rd_resp_data;
                        end
                        if (beat$q == 32'h2) begin
                            w_raddr$d = rd_resp_data;
                        end
                        if (beat$q == 32'h3) begin
                            w_rkey$d = rd_resp_data[(32'h0)+:(32)];
                        end
                        if (beat$q == 32'h4) begin
                            w_laddr$d = rd_resp_data;
                        end
                        if (beat$q == 32'h5) begin
                            w_len$d = rd_resp_data[(32'h0)+:(32)];
                            w_lkey$d = rd_resp_data[(32'h20)+:(32)];
                        end
                        if (rd_resp_last) begin
                            phase$d = FetchPhase$Decide;
                        end
                    end
                end
            FetchPhase$Decide:
                begin
                    w_liova$d = 32'h0;
                    w_status$d = 32'h0;
                    phase$d = FetchPhase$Fill;
                    if (err$q) begin
                        w_status$d = 32'h15;
                        dma_err_q$d = 1'b1;
                    end
                    else if ((w_opcode$q > 32'h3) | (w_num_sge$q > 32'h1)) begin
                        w_status$d = 32'h15;
                    end
                    else if (w_num_sge$q == 32'h0) begin
                        w_len$d = 32'h0;
                    end
                    else begin
                        chk_v$d = 1'b1;
                        phase$d = FetchPhase$Check;
                    end
                end
            FetchPhase$Check:
                begin
                    if (res_valid) begin
                        w_liova$d = res_iova;
                        if (~res_ok) begin
                            w_status$d = 32'h4;
                            w_liova$d = 32'h0;
                        end
                        phase$d = FetchPhase$Fill;
                    end
                end
            FetchPhase$Fill:
                begin
                    if (ev_free) begin
                        cache$write_enable = ~is_stale;
                        if (~is_stale) begin
                            set_cached = one_fill;
                        end
                        clr_busy = one_head;
                        pop = 1'b1;
                        ev_v$d = 1'b1;
                        ev_q$d = head_qpn;
                        beat$d = 32'h0;
                        err$d = 1'b0;
                        w_wr_id$d = 32'h0;
                        w_opcode$d = 32'h0;
                        phase$d = FetchPhase$Collect;
                    end
                end
        endcase
        if (pop) begin
            rp$d = rp$q + 32'h1;
        end
        chk_valid = chk_v$q;
        chk_key = w_lkey$q;
        chk_pd = head_pd;
        chk_va = w_laddr$q;
        chk_len = w_len$q;
        chk_need_local_write = 1'b0;
        chk_need_remote_write = 1'b0;
        ev_valid = ev_v$q;
        ev_qpn = ev_q$q;
        cnt_dma_errors = dma_err_q$q;
        busy_next = (busy$q & ~clr_busy) | set_busy;
        one_inv = k_one << inv_qpn;
        inv_base = ((inv_qpn) & 9'h1ff) << 32'h1;
        inv_rows = 32'h0;
        set_stale = 32'h0;
        if (inv_valid) begin
            inv_rows = k_three2 << inv_base;
            set_stale = busy_next & one_inv;
        end
        cached$d = (cached$q | set_cached) & ~inv_rows;
        busy$d = busy_next;
        stale$d = (stale$q & ~clr_busy) | set_stale;
        rd_addr = (((c_rd_qpn) & 9'h1ff) << 32'h1) | ((c_rd_slot) & 9'h1ff);
        cache$read_address = rd_addr;
        c_valid_q$d = cached$q[rd_addr];
        c_valid = c_valid_q$q;
        c_idx = cache$read_data[(32'h0)+:(16)];
        c_status = cache$read_data[(32'h10)+:(8)];
        c_opcode = cache$read_data[(32'h18)+:(8)];
        c_signaled = cache$read_data[32'h20];
        c_solicited = cache$read_data[32'h21];
        c_imm = cache$read_data[(32'h22)+:(32)];
        c_wr_id = cache$read_data[(32'h42)+:(64)];
        c_remote_addr = cache$read_data[(32'h82)+:(64)];
        c_rkey = cache$read_data[(32'hc2)+:(32)];
        c_len = cache$read_data[(32'he2)+:(32)];
        c_liova = cache$read_data[(32'h102)+:(64)];
        idle_q$d = ~|count & ~req_valid$q & ~ev_v$q & (phase$q == FetchPhase$Collect) & ~|beat$q;
        idle = idle_q$q;
        if (reset) begin
            cached$d = 32'h0;
            busy$d = 32'h0;
            stale$d = 32'h0;
            wp$d = 32'h0;
            rp$d = 32'h0;
            req_valid$d = 1'b0;
            phase$d = FetchPhase$Collect;
            beat$d = 32'h0;
            err$d = 1'b0;
            chk_v$d = 1'b0;
            ev_v$d = 1'b0;
            dma_err_q$d = 1'b0;
            idle_q$d = 1'b0;
        end
    end
    
endmodule // top$wqe


module top$wqe$beat(d,q,clock);
    
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
          
endmodule // top$wqe$beat


module top$wqe$busy(d,q,clock);
    
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
          
endmodule // top$wqe$busy


module top$wqe$c_valid_q(d,q,clock);
    
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
          
endmodule // top$wqe$c_valid_q


module top$wqe$cache(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [8:0] read_address;
    input wire  read_clock;
    output reg  [321:0] read_data;
    input wire  [8:0] write_address;
    input wire  write_clock;
    input wire  [321:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[321:0] mem[511:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // top$wqe$cache


module top$wqe$cached(d,q,clock);
    
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
          
endmodule // top$wqe$cached


module top$wqe$chk_v(d,q,clock);
    
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
          
endmodule // top$wqe$chk_v


module top$wqe$dma_err_q(d,q,clock);
    
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
          
endmodule // top$wqe$dma_err_q


module top$wqe$err(d,q,clock);
    
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
          
endmodule // top$wqe$err


module top$wqe$ev_q(d,q,clock);
    
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
          
endmodule // top$wqe$ev_q


module top$wqe$ev_v(d,q,clock);
    
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
          
endmodule // top$wqe$ev_v


module top$wqe$idle_q(d,q,clock);
    
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
          
endmodule // top$wqe$idle_q


module top$wqe$pend(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [3:0] read_address;
    input wire  read_clock;
    output reg  [39:0] read_data;
    input wire  [3:0] write_address;
    input wire  write_clock;
    input wire  [39:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[39:0] mem[15:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // top$wqe$pend


module top$wqe$phase(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Enums
    localparam FetchPhase$Collect = 0;
    localparam FetchPhase$Decide = 1;
    localparam FetchPhase$Check = 2;
    localparam FetchPhase$Fill = 3;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$wqe$phase


module top$wqe$req_addr(d,q,clock);
    
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
          
endmodule // top$wqe$req_addr


module top$wqe$req_valid(d,q,clock);
    
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
          
endmodule // top$wqe$req_valid


module top$wqe$rp(d,q,clock);
    
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
          
endmodule // top$wqe$rp


module top$wqe$stale(d,q,clock);
    
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
          
endmodule // top$wqe$stale


module top$wqe$w_imm(d,q,clock);
    
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
          
endmodule // top$wqe$w_imm


module top$wqe$w_laddr(d,q,clock);
    
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
          
endmodule // top$wqe$w_laddr


module top$wqe$w_len(d,q,clock);
    
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
          
endmodule // top$wqe$w_len


module top$wqe$w_liova(d,q,clock);
    
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
          
endmodule // top$wqe$w_liova


module top$wqe$w_lkey(d,q,clock);
    
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
          
endmodule // top$wqe$w_lkey


module top$wqe$w_num_sge(d,q,clock);
    
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
          
endmodule // top$wqe$w_num_sge


module top$wqe$w_opcode(d,q,clock);
    
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
          
endmodule // top$wqe$w_opcode


module top$wqe$w_raddr(d,q,clock);
    
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
          
endmodule // top$wqe$w_raddr


module top$wqe$w_rkey(d,q,clock);
    
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
          
endmodule // top$wqe$w_rkey


module top$wqe$w_signaled(d,q,clock);
    
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
          
endmodule // top$wqe$w_signaled


module top$wqe$w_solicited(d,q,clock);
    
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
          
endmodule // top$wqe$w_solicited


module top$wqe$w_status(d,q,clock);
    
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
          
endmodule // top$wqe$w_status


module top$wqe$w_wr_id(d,q,clock);
    
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
          
endmodule // top$wqe$w_wr_id


module top$wqe$wp(d,q,clock);
    
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
          
endmodule // top$wqe$wp


module top$wr(clock,reset,clients$0$valid,clients$0$ready,clients$0$addr,clients$0$len,clients$0$data,clients$0$last,clients$1$valid,clients$1$ready,clients$1$addr,clients$1$len,clients$1$data,clients$1$last,dma_wr_valid,dma_wr_ready,dma_wr_addr,dma_wr_len,dma_wr_data,dma_wr_last,burst_error);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  clients$0$valid;
    output reg  clients$0$ready;
    input wire  [63:0] clients$0$addr;
    input wire  [15:0] clients$0$len;
    input wire  [63:0] clients$0$data;
    input wire  clients$0$last;
    input wire  clients$1$valid;
    output reg  clients$1$ready;
    input wire  [63:0] clients$1$addr;
    input wire  [15:0] clients$1$len;
    input wire  [63:0] clients$1$data;
    input wire  clients$1$last;
    output reg  dma_wr_valid;
    input wire  dma_wr_ready;
    output reg  [63:0] dma_wr_addr;
    output reg  [15:0] dma_wr_len;
    output reg  [63:0] dma_wr_data;
    output reg  dma_wr_last;
    output reg  burst_error;
    
    // Stub signals
    reg  skids$0$clock;
    reg  skids$0$reset;
    reg  skids$0$in_valid;
    wire  skids$0$in_ready;
    reg  [63:0] skids$0$in_addr;
    reg  [15:0] skids$0$in_len;
    reg  [63:0] skids$0$in_data;
    reg  skids$0$in_last;
    wire  skids$0$out_valid;
    reg  skids$0$out_ready;
    wire  [63:0] skids$0$out_addr;
    wire  [15:0] skids$0$out_len;
    wire  [63:0] skids$0$out_data;
    wire  skids$0$out_last;
    wire  skids$0$out_bad;
    wire  [10:0] skids$0$out_beats;
    reg  skids$1$clock;
    reg  skids$1$reset;
    reg  skids$1$in_valid;
    wire  skids$1$in_ready;
    reg  [63:0] skids$1$in_addr;
    reg  [15:0] skids$1$in_len;
    reg  [63:0] skids$1$in_data;
    reg  skids$1$in_last;
    wire  skids$1$out_valid;
    reg  skids$1$out_ready;
    wire  [63:0] skids$1$out_addr;
    wire  [15:0] skids$1$out_len;
    wire  [63:0] skids$1$out_data;
    wire  skids$1$out_last;
    wire  skids$1$out_bad;
    wire  [10:0] skids$1$out_beats;
    reg  o_valid$d;
    wire  o_valid$q;
    reg  o_valid$clock;
    reg  [63:0] o_addr$d;
    wire  [63:0] o_addr$q;
    reg  o_addr$clock;
    reg  [15:0] o_len$d;
    wire  [15:0] o_len$q;
    reg  o_len$clock;
    reg  [63:0] o_data$d;
    wire  [63:0] o_data$q;
    reg  o_data$clock;
    reg  o_last$d;
    wire  o_last$q;
    reg  o_last$clock;
    reg  busy$d;
    wire  busy$q;
    reg  busy$clock;
    reg  [7:0] cur$d;
    wire  [7:0] cur$q;
    reg  cur$clock;
    reg  [15:0] rr_above$d;
    wire  [15:0] rr_above$q;
    reg  rr_above$clock;
    reg  [7:0] nxt$d;
    wire  [7:0] nxt$q;
    reg  nxt$clock;
    reg  nxt_ok$d;
    wire  nxt_ok$q;
    reg  nxt_ok$clock;
    reg  [15:0] nxt_above$d;
    wire  [15:0] nxt_above$q;
    reg  nxt_above$clock;
    reg  dropping$d;
    wire  dropping$q;
    reg  dropping$clock;
    reg  [10:0] count$d;
    wire  [10:0] count$q;
    reg  count$clock;
    reg  err_pulse$d;
    wire  err_pulse$q;
    reg  err_pulse$clock;
    
    // Local signals
    reg  can_load;
    reg  found;
    reg  [7:0] pick;
    reg  [7:0] sel;
    reg  sel_ok;
    reg  [15:0] mask;
    reg  take;
    reg  [63:0] s_addr;
    reg  [15:0] s_len;
    reg  [63:0] s_data;
    reg  s_last;
    reg  s_valid;
    reg  s_bad;
    reg  [10:0] s_beats;
    reg  drop_beat;
    reg  [10:0] beat_no;
    reg  [15:0] above_new;
    reg  seen;
    
    // Sub module instances
    top$wr$skids$0 skids$0(
        .clock(skids$0$clock),
        .reset(skids$0$reset),
        .in_valid(skids$0$in_valid),
        .in_ready(skids$0$in_ready),
        .in_addr(skids$0$in_addr),
        .in_len(skids$0$in_len),
        .in_data(skids$0$in_data),
        .in_last(skids$0$in_last),
        .out_valid(skids$0$out_valid),
        .out_ready(skids$0$out_ready),
        .out_addr(skids$0$out_addr),
        .out_len(skids$0$out_len),
        .out_data(skids$0$out_data),
        .out_last(skids$0$out_last),
        .out_bad(skids$0$out_bad),
        .out_beats(skids$0$out_beats)
    );
    top$wr$skids$1 skids$1(
        .clock(skids$1$clock),
        .reset(skids$1$reset),
        .in_valid(skids$1$in_valid),
        .in_ready(skids$1$in_ready),
        .in_addr(skids$1$in_addr),
        .in_len(skids$1$in_len),
        .in_data(skids$1$in_data),
        .in_last(skids$1$in_last),
        .out_valid(skids$1$out_valid),
        .out_ready(skids$1$out_ready),
        .out_addr(skids$1$out_addr),
        .out_len(skids$1$out_len),
        .out_data(skids$1$out_data),
        .out_last(skids$1$out_last),
        .out_bad(skids$1$out_bad),
        .out_beats(skids$1$out_beats)
    );
    top$wr$o_valid o_valid(
        .d(o_valid$d),
        .q(o_valid$q),
        .clock(o_valid$clock)
    );
    top$wr$o_addr o_addr(
        .d(o_addr$d),
        .q(o_addr$q),
        .clock(o_addr$clock)
    );
    top$wr$o_len o_len(
        .d(o_len$d),
        .q(o_len$q),
        .clock(o_len$clock)
    );
    top$wr$o_data o_data(
        .d(o_data$d),
        .q(o_data$q),
        .clock(o_data$clock)
    );
    top$wr$o_last o_last(
        .d(o_last$d),
        .q(o_last$q),
        .clock(o_last$clock)
    );
    top$wr$busy busy(
        .d(busy$d),
        .q(busy$q),
        .clock(busy$clock)
    );
    top$wr$cur cur(
        .d(cur$d),
        .q(cur$q),
        .clock(cur$clock)
    );
    top$wr$rr_above rr_above(
        .d(rr_above$d),
        .q(rr_above$q),
        .clock(rr_above$clock)
    );
    top$wr$nxt nxt(
        .d(nxt$d),
        .q(nxt$q),
        .clock(nxt$clock)
    );
    top$wr$nxt_ok nxt_ok(
        .d(nxt_ok$d),
        .q(nxt_ok$q),
        .clock(nxt_ok$clock)
    );
    top$wr$nxt_above nxt_above(
        .d(nxt_above$d),
        .q(nxt_above$q),
        .clock(nxt_above$clock)
    );
    top$wr$dropping dropping(
        .d(dropping$d),
        .q(dropping$q),
        .clock(dropping$clock)
    );
    top$wr$count count(
        .d(count$d),
        .q(count$q),
        .clock(count$clock)
    );
    top$wr$err_pulse err_pulse(
        .d(err_pulse$d),
        .q(err_pulse$q),
        .clock(err_pulse$clock)
    );
    
    // Update code
    always @(*) begin
        o_valid$clock = clock;
        o_addr$clock = clock;
        o_len$clock = clock;
        o_data$clock = clock;
        o_last$clock = clock;
        busy$clock = clock;
        cur$clock = clock;
        rr_above$clock = clock;
        nxt$clock = clock;
        nxt_ok$clock = clock;
        nxt_above$clock = clock;
        dropping$clock = clock;
        count$clock = clock;
        err_pulse$clock = clock;
        o_valid$d = o_valid$q;
        o_addr$d = o_addr$q;
        o_len$d = o_len$q;
        o_data$d = o_data$q;
        o_last$d = o_last$q;
        busy$d = busy$q;
        cur$d = cur$q;
        rr_above$d = rr_above$q;
        nxt$d = nxt$q;
        nxt_ok$d = nxt_ok$q;
        nxt_above$d = nxt_above$q;
        dropping$d = dropping$q;
        count$d = count$q;
        err_pulse$d = err_pulse$q;
        skids$0$clock = clock;
        skids$0$reset = reset;
        skids$0$in_valid = clients$0$valid;
        skids$0$in_addr = clients$0$addr;
        skids$0$in_len = clients$0$len;
        skids$0$in_data = clients$0$data;
        skids$0$in_last = clients$0$last;
        clients$0$ready = skids$0$in_ready;
        skids$1$clock = clock;
        skids$1$reset = reset;
        skids$1$in_valid = clients$1$valid;
        skids$1$in_addr = clients$1$addr;
        skids$1$in_len = clients$1$len;
        skids$1$in_data = clients$1$data;
        skids$1$in_last = clients$1$last;
        clients$1$ready = skids$1$in_ready;
        if (busy$q) begin
            sel = cur$q;
            sel_ok = 1'b1;
        end
        else begin
            sel = nxt$q;
            sel_ok = nxt_ok$q;
        end
        s_valid = 1'b0;
        s_addr = 32'h0;
        s_len = 32'h0;
        s_data = 32'h0;
        s_last = 1'b0;
        s_bad = 1'b0;
        s_beats = 32'h0;
        if (sel == 0) begin
            s_valid = skids$0$out_valid;
            s_addr = skids$0$out_addr;
            s_len = skids$0$out_len;
            s_data = skids$0$out_data;
            s_last = skids$0$out_last;
            s_bad = skids$0$out_bad;
            s_beats = skids$0$out_beats;
        end
        if (sel == 1) begin
            s_valid = skids$1$out_valid;
            s_addr = skids$1$out_addr;
            s_len = skids$1$out_len;
            s_data = skids$1$out_data;
            s_last = skids$1$out_last;
            s_bad = skids$1$out_bad;
            s_beats = skids$1$out_beats;
        end
        can_load = ~o_valid$q | dma_wr_ready;
        take = can_load & sel_ok & s_valid & ~reset;
        skids$0$out_ready = take & (sel == 0);
        skids$1$out_ready = take & (sel == 1);
        if (~busy$q & take) begin
            mask = nxt_above$q;
            rr_above$d = nxt_above$q;
        end
        else begin
            mask = rr_above$q;
        end
        found = 1'b0;
        pick = 32'h0;
        if (skids$1$out_valid & ~found & mask[1]) begin
            pick = 1;
            found = 1'b1;
        end
        if (skids$0$out_valid & ~found) begin
            pick = 0;
            found = 1'b1;
        end
        if (skids$1$out_valid & ~found) begin
            pick = 1;
            found = 1'b1;
        end
        above_new = 32'h0;
        seen = 1'b0;
        if (seen) begin
            above_new = (above_new & ~(1 << (0)) | ((1'b1) << (0)));
        end
        if (pick == 0) begin
            seen = 1'b1;
        end
        if (seen) begin
            above_new = (above_new & ~(1 << (1)) | ((1'b1) << (1)));
        end
        if (pick == 1) begin
            seen = 1'b1;
        end
        nxt$d = pick;
        nxt_ok$d = found;
        nxt_above$d = above_new;
        if (busy$q) begin
            drop_beat = dropping$q;
            beat_no = count$q + 32'h1;
        end
        else begin
            drop_beat = s_bad;
            beat_no = 32'h1;
        end
        err_pulse$d = 1'b0;
        if (dma_wr_ready) begin
            o_valid$d = 1'b0;
        end
        if (take) begin
            busy$d = ~s_last;
            cur$d = sel;
            dropping$d = drop_beat;
            count$d = beat_no;
            if (~drop_beat) begin
                o_valid$d = 1'b1;
                o_addr$d = s_addr;
                o_len$d = s_len;
                o_data$d = s_data;
                o_last$d = s_last;
            end
            err_pulse$d = s_last & (drop_beat | (beat_no != s_beats));
        end
        dma_wr_valid = o_valid$q;
        dma_wr_addr = o_addr$q;
        dma_wr_len = o_len$q;
        dma_wr_data = o_data$q;
        dma_wr_last = o_last$q;
        burst_error = err_pulse$q;
        if (reset) begin
            o_valid$d = 1'b0;
            busy$d = 1'b0;
            rr_above$d = 32'h0;
            nxt_ok$d = 1'b0;
            err_pulse$d = 1'b0;
        end
    end
    
endmodule // top$wr


module top$wr$busy(d,q,clock);
    
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
          
endmodule // top$wr$busy


module top$wr$count(d,q,clock);
    
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
          
endmodule // top$wr$count


module top$wr$cur(d,q,clock);
    
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
          
endmodule // top$wr$cur


module top$wr$dropping(d,q,clock);
    
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
          
endmodule // top$wr$dropping


module top$wr$err_pulse(d,q,clock);
    
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
          
endmodule // top$wr$err_pulse


module top$wr$nxt(d,q,clock);
    
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
          
endmodule // top$wr$nxt


module top$wr$nxt_above(d,q,clock);
    
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
          
endmodule // top$wr$nxt_above


module top$wr$nxt_ok(d,q,clock);
    
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
          
endmodule // top$wr$nxt_ok


module top$wr$o_addr(d,q,clock);
    
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
          
endmodule // top$wr$o_addr


module top$wr$o_data(d,q,clock);
    
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
          
endmodule // top$wr$o_data


module top$wr$o_last(d,q,clock);
    
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
          
endmodule // top$wr$o_last


module top$wr$o_len(d,q,clock);
    
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
          
endmodule // top$wr$o_len


module top$wr$o_valid(d,q,clock);
    
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
          
endmodule // top$wr$o_valid


module top$wr$rr_above(d,q,clock);
    
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
          
endmodule // top$wr$rr_above


module top$wr$skids$0(clock,reset,in_valid,in_ready,in_addr,in_len,in_data,in_last,out_valid,out_ready,out_addr,out_len,out_data,out_last,out_bad,out_beats);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  in_valid;
    output reg  in_ready;
    input wire  [63:0] in_addr;
    input wire  [15:0] in_len;
    input wire  [63:0] in_data;
    input wire  in_last;
    output reg  out_valid;
    input wire  out_ready;
    output reg  [63:0] out_addr;
    output reg  [15:0] out_len;
    output reg  [63:0] out_data;
    output reg  out_last;
    output reg  out_bad;
    output reg  [10:0] out_beats;
    
    // Constant declarations
    localparam  beat_shift = 8'h3;
    localparam  max_len = 16'h2000;
    
    // Stub signals
    reg  running$d;
    wire  running$q;
    reg  running$clock;
    reg  main_valid$d;
    wire  main_valid$q;
    reg  main_valid$clock;
    reg  [63:0] main_addr$d;
    wire  [63:0] main_addr$q;
    reg  main_addr$clock;
    reg  [15:0] main_len$d;
    wire  [15:0] main_len$q;
    reg  main_len$clock;
    reg  [63:0] main_data$d;
    wire  [63:0] main_data$q;
    reg  main_data$clock;
    reg  main_last$d;
    wire  main_last$q;
    reg  main_last$clock;
    reg  main_bad$d;
    wire  main_bad$q;
    reg  main_bad$clock;
    reg  [10:0] main_beats$d;
    wire  [10:0] main_beats$q;
    reg  main_beats$clock;
    reg  spare_valid$d;
    wire  spare_valid$q;
    reg  spare_valid$clock;
    reg  [63:0] spare_addr$d;
    wire  [63:0] spare_addr$q;
    reg  spare_addr$clock;
    reg  [15:0] spare_len$d;
    wire  [15:0] spare_len$q;
    reg  spare_len$clock;
    reg  [63:0] spare_data$d;
    wire  [63:0] spare_data$q;
    reg  spare_data$clock;
    reg  spare_last$d;
    wire  spare_last$q;
    reg  spare_last$clock;
    reg  spare_bad$d;
    wire  spare_bad$q;
    reg  spare_bad$clock;
    reg  [10:0] spare_beats$d;
    wire  [10:0] spare_beats$q;
    reg  spare_beats$clock;
    
    // Local signals
    reg  in_fire;
    reg  in_bad;
    reg  [10:0] in_beats;
    reg  [10:0] len_whole;
    reg  [2:0] len_part;
    
    // Sub module instances
    top$wr$skids$0$running running(
        .d(running$d),
        .q(running$q),
        .clock(running$clock)
    );
    top$wr$skids$0$main_valid main_valid(
        .d(main_valid$d),
        .q(main_valid$q),
        .clock(main_valid$clock)
    );
    top$wr$skids$0$main_addr main_addr(
        .d(main_addr$d),
        .q(main_addr$q),
        .clock(main_addr$clock)
    );
    top$wr$skids$0$main_len main_len(
        .d(main_len$d),
        .q(main_len$q),
        .clock(main_len$clock)
    );
    top$wr$skids$0$main_data main_data(
        .d(main_data$d),
        .q(main_data$q),
        .clock(main_data$clock)
    );
    top$wr$skids$0$main_last main_last(
        .d(main_last$d),
        .q(main_last$q),
        .clock(main_last$clock)
    );
    top$wr$skids$0$main_bad main_bad(
        .d(main_bad$d),
        .q(main_bad$q),
        .clock(main_bad$clock)
    );
    top$wr$skids$0$main_beats main_beats(
        .d(main_beats$d),
        .q(main_beats$q),
        .clock(main_beats$clock)
    );
    top$wr$skids$0$spare_valid spare_valid(
        .d(spare_valid$d),
        .q(spare_valid$q),
        .clock(spare_valid$clock)
    );
    top$wr$skids$0$spare_addr spare_addr(
        .d(spare_addr$d),
        .q(spare_addr$q),
        .clock(spare_addr$clock)
    );
    top$wr$skids$0$spare_len spare_len(
        .d(spare_len$d),
        .q(spare_len$q),
        .clock(spare_len$clock)
    );
    top$wr$skids$0$spare_data spare_data(
        .d(spare_data$d),
        .q(spare_data$q),
        .clock(spare_data$clock)
    );
    top$wr$skids$0$spare_last spare_last(
        .d(spare_last$d),
        .q(spare_last$q),
        .clock(spare_last$clock)
    );
    top$wr$skids$0$spare_bad spare_bad(
        .d(spare_bad$d),
        .q(spare_bad$q),
        .clock(spare_bad$clock)
    );
    top$wr$skids$0$spare_beats spare_beats(
        .d(spare_beats$d),
        .q(spare_beats$q),
        .clock(spare_beats$clock)
    );
    
    // Update code
    always @(*) begin
        running$clock = clock;
        main_valid$clock = clock;
        main_addr$clock = clock;
        main_len$clock = clock;
        main_data$clock = clock;
        main_last$clock = clock;
        main_bad$clock = clock;
        main_beats$clock = clock;
        spare_valid$clock = clock;
        spare_addr$clock = clock;
        spare_len$clock = clock;
        spare_data$clock = clock;
        spare_last$clock = clock;
        spare_bad$clock = clock;
        spare_beats$clock = clock;
        running$d = running$q;
        main_valid$d = main_valid$q;
        main_addr$d = main_addr$q;
        main_len$d = main_len$q;
        main_data$d = main_data$q;
        main_last$d = main_last$q;
        main_bad$d = main_bad$q;
        main_beats$d = main_beats$q;
        spare_valid$d = spare_valid$q;
        spare_addr$d = spare_addr$q;
        spare_len$d = spare_len$q;
        spare_data$d = spare_data$q;
        spare_last$d = spare_last$q;
        spare_bad$d = spare_bad$q;
        spare_beats$d = spare_beats$q;
        running$d = ~reset;
        in_ready = running$q & ~spare_valid$q;
        in_fire = in_valid & in_ready;
        out_valid = main_valid$q;
        out_addr = main_addr$q;
        out_len = main_len$q;
        out_data = main_data$q;
        out_last = main_last$q;
        out_bad = main_bad$q;
        out_beats = main_beats$q;
        in_bad = (in_len == 32'h0) | (in_len > max_len);
        len_whole = in_len[(beat_shift)+:(11)];
        len_part = in_len[(32'h0)+:(3)];
        if (|len_part) begin
            in_beats = len_whole + 32'h1;
        end
        else begin
            in_beats = len_whole;
        end
        if (~main_valid$q | out_ready) begin
            if (spare_valid$q) begin
                main_valid$d = 1'b1;
                main_addr$d = spare_addr$q;
                main_len$d = spare_len$q;
                main_data$d = spare_data$q;
                main_last$d = spare_last$q;
                main_bad$d = spare_bad$q;
                main_beats$d = spare_beats$q;
                spare_valid$d = 1'b0;
            end
            else begin
                main_valid$d = in_fire;
                main_addr$d = in_addr;
                main_len$d = in_len;
                main_data$d = in_data;
                main_last$d = in_last;
                main_bad$d = in_bad;
                main_beats$d = in_beats;
            end
        end
        else if (in_fire) begin
            spare_valid$d = 1'b1;
            spare_addr$d = in_addr;
            spare_len$d = in_len;
            spare_data$d = in_data;
            spare_last$d = in_last;
            spare_bad$d = in_bad;
            spare_beats$d = in_beats;
        end
        if (reset) begin
            main_valid$d = 1'b0;
            spare_valid$d = 1'b0;
        end
    end
    
endmodule // top$wr$skids$0


module top$wr$skids$0$main_addr(d,q,clock);
    
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
          
endmodule // top$wr$skids$0$main_addr


module top$wr$skids$0$main_bad(d,q,clock);
    
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
          
endmodule // top$wr$skids$0$main_bad


module top$wr$skids$0$main_beats(d,q,clock);
    
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
          
endmodule // top$wr$skids$0$main_beats


module top$wr$skids$0$main_data(d,q,clock);
    
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
          
endmodule // top$wr$skids$0$main_data


module top$wr$skids$0$main_last(d,q,clock);
    
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
          
endmodule // top$wr$skids$0$main_last


module top$wr$skids$0$main_len(d,q,clock);
    
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
          
endmodule // top$wr$skids$0$main_len


module top$wr$skids$0$main_valid(d,q,clock);
    
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
          
endmodule // top$wr$skids$0$main_valid


module top$wr$skids$0$running(d,q,clock);
    
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
          
endmodule // top$wr$skids$0$running


module top$wr$skids$0$spare_addr(d,q,clock);
    
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
          
endmodule // top$wr$skids$0$spare_addr


module top$wr$skids$0$spare_bad(d,q,clock);
    
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
          
endmodule // top$wr$skids$0$spare_bad


module top$wr$skids$0$spare_beats(d,q,clock);
    
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
          
endmodule // top$wr$skids$0$spare_beats


module top$wr$skids$0$spare_data(d,q,clock);
    
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
          
endmodule // top$wr$skids$0$spare_data


module top$wr$skids$0$spare_last(d,q,clock);
    
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
          
endmodule // top$wr$skids$0$spare_last


module top$wr$skids$0$spare_len(d,q,clock);
    
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
          
endmodule // top$wr$skids$0$spare_len


module top$wr$skids$0$spare_valid(d,q,clock);
    
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
          
endmodule // top$wr$skids$0$spare_valid


module top$wr$skids$1(clock,reset,in_valid,in_ready,in_addr,in_len,in_data,in_last,out_valid,out_ready,out_addr,out_len,out_data,out_last,out_bad,out_beats);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  in_valid;
    output reg  in_ready;
    input wire  [63:0] in_addr;
    input wire  [15:0] in_len;
    input wire  [63:0] in_data;
    input wire  in_last;
    output reg  out_valid;
    input wire  out_ready;
    output reg  [63:0] out_addr;
    output reg  [15:0] out_len;
    output reg  [63:0] out_data;
    output reg  out_last;
    output reg  out_bad;
    output reg  [10:0] out_beats;
    
    // Constant declarations
    localparam  beat_shift = 8'h3;
    localparam  max_len = 16'h2000;
    
    // Stub signals
    reg  running$d;
    wire  running$q;
    reg  running$clock;
    reg  main_valid$d;
    wire  main_valid$q;
    reg  main_valid$clock;
    reg  [63:0] main_addr$d;
    wire  [63:0] main_addr$q;
    reg  main_addr$clock;
    reg  [15:0] main_len$d;
    wire  [15:0] main_len$q;
    reg  main_len$clock;
    reg  [63:0] main_data$d;
    wire  [63:0] main_data$q;
    reg  main_data$clock;
    reg  main_last$d;
    wire  main_last$q;
    reg  main_last$clock;
    reg  main_bad$d;
    wire  main_bad$q;
    reg  main_bad$clock;
    reg  [10:0] main_beats$d;
    wire  [10:0] main_beats$q;
    reg  main_beats$clock;
    reg  spare_valid$d;
    wire  spare_valid$q;
    reg  spare_valid$clock;
    reg  [63:0] spare_addr$d;
    wire  [63:0] spare_addr$q;
    reg  spare_addr$clock;
    reg  [15:0] spare_len$d;
    wire  [15:0] spare_len$q;
    reg  spare_len$clock;
    reg  [63:0] spare_data$d;
    wire  [63:0] spare_data$q;
    reg  spare_data$clock;
    reg  spare_last$d;
    wire  spare_last$q;
    reg  spare_last$clock;
    reg  spare_bad$d;
    wire  spare_bad$q;
    reg  spare_bad$clock;
    reg  [10:0] spare_beats$d;
    wire  [10:0] spare_beats$q;
    reg  spare_beats$clock;
    
    // Local signals
    reg  in_fire;
    reg  in_bad;
    reg  [10:0] in_beats;
    reg  [10:0] len_whole;
    reg  [2:0] len_part;
    
    // Sub module instances
    top$wr$skids$1$running running(
        .d(running$d),
        .q(running$q),
        .clock(running$clock)
    );
    top$wr$skids$1$main_valid main_valid(
        .d(main_valid$d),
        .q(main_valid$q),
        .clock(main_valid$clock)
    );
    top$wr$skids$1$main_addr main_addr(
        .d(main_addr$d),
        .q(main_addr$q),
        .clock(main_addr$clock)
    );
    top$wr$skids$1$main_len main_len(
        .d(main_len$d),
        .q(main_len$q),
        .clock(main_len$clock)
    );
    top$wr$skids$1$main_data main_data(
        .d(main_data$d),
        .q(main_data$q),
        .clock(main_data$clock)
    );
    top$wr$skids$1$main_last main_last(
        .d(main_last$d),
        .q(main_last$q),
        .clock(main_last$clock)
    );
    top$wr$skids$1$main_bad main_bad(
        .d(main_bad$d),
        .q(main_bad$q),
        .clock(main_bad$clock)
    );
    top$wr$skids$1$main_beats main_beats(
        .d(main_beats$d),
        .q(main_beats$q),
        .clock(main_beats$clock)
    );
    top$wr$skids$1$spare_valid spare_valid(
        .d(spare_valid$d),
        .q(spare_valid$q),
        .clock(spare_valid$clock)
    );
    top$wr$skids$1$spare_addr spare_addr(
        .d(spare_addr$d),
        .q(spare_addr$q),
        .clock(spare_addr$clock)
    );
    top$wr$skids$1$spare_len spare_len(
        .d(spare_len$d),
        .q(spare_len$q),
        .clock(spare_len$clock)
    );
    top$wr$skids$1$spare_data spare_data(
        .d(spare_data$d),
        .q(spare_data$q),
        .clock(spare_data$clock)
    );
    top$wr$skids$1$spare_last spare_last(
        .d(spare_last$d),
        .q(spare_last$q),
        .clock(spare_last$clock)
    );
    top$wr$skids$1$spare_bad spare_bad(
        .d(spare_bad$d),
        .q(spare_bad$q),
        .clock(spare_bad$clock)
    );
    top$wr$skids$1$spare_beats spare_beats(
        .d(spare_beats$d),
        .q(spare_beats$q),
        .clock(spare_beats$clock)
    );
    
    // Update code
    always @(*) begin
        running$clock = clock;
        main_valid$clock = clock;
        main_addr$clock = clock;
        main_len$clock = clock;
        main_data$clock = clock;
        main_last$clock = clock;
        main_bad$clock = clock;
        main_beats$clock = clock;
        spare_valid$clock = clock;
        spare_addr$clock = clock;
        spare_len$clock = clock;
        spare_data$clock = clock;
        spare_last$clock = clock;
        spare_bad$clock = clock;
        spare_beats$clock = clock;
        running$d = running$q;
        main_valid$d = main_valid$q;
        main_addr$d = main_addr$q;
        main_len$d = main_len$q;
        main_data$d = main_data$q;
        main_last$d = main_last$q;
        main_bad$d = main_bad$q;
        main_beats$d = main_beats$q;
        spare_valid$d = spare_valid$q;
        spare_addr$d = spare_addr$q;
        spare_len$d = spare_len$q;
        spare_data$d = spare_data$q;
        spare_last$d = spare_last$q;
        spare_bad$d = spare_bad$q;
        spare_beats$d = spare_beats$q;
        running$d = ~reset;
        in_ready = running$q & ~spare_valid$q;
        in_fire = in_valid & in_ready;
        out_valid = main_valid$q;
        out_addr = main_addr$q;
        out_len = main_len$q;
        out_data = main_data$q;
        out_last = main_last$q;
        out_bad = main_bad$q;
        out_beats = main_beats$q;
        in_bad = (in_len == 32'h0) | (in_len > max_len);
        len_whole = in_len[(beat_shift)+:(11)];
        len_part = in_len[(32'h0)+:(3)];
        if (|len_part) begin
            in_beats = len_whole + 32'h1;
        end
        else begin
            in_beats = len_whole;
        end
        if (~main_valid$q | out_ready) begin
            if (spare_valid$q) begin
                main_valid$d = 1'b1;
                main_addr$d = spare_addr$q;
                main_len$d = spare_len$q;
                main_data$d = spare_data$q;
                main_last$d = spare_last$q;
                main_bad$d = spare_bad$q;
                main_beats$d = spare_beats$q;
                spare_valid$d = 1'b0;
            end
            else begin
                main_valid$d = in_fire;
                main_addr$d = in_addr;
                main_len$d = in_len;
                main_data$d = in_data;
                main_last$d = in_last;
                main_bad$d = in_bad;
                main_beats$d = in_beats;
            end
        end
        else if (in_fire) begin
            spare_valid$d = 1'b1;
            spare_addr$d = in_addr;
            spare_len$d = in_len;
            spare_data$d = in_data;
            spare_last$d = in_last;
            spare_bad$d = in_bad;
            spare_beats$d = in_beats;
        end
        if (reset) begin
            main_valid$d = 1'b0;
            spare_valid$d = 1'b0;
        end
    end
    
endmodule // top$wr$skids$1


module top$wr$skids$1$main_addr(d,q,clock);
    
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
          
endmodule // top$wr$skids$1$main_addr


module top$wr$skids$1$main_bad(d,q,clock);
    
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
          
endmodule // top$wr$skids$1$main_bad


module top$wr$skids$1$main_beats(d,q,clock);
    
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
          
endmodule // top$wr$skids$1$main_beats


module top$wr$skids$1$main_data(d,q,clock);
    
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
          
endmodule // top$wr$skids$1$main_data


module top$wr$skids$1$main_last(d,q,clock);
    
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
          
endmodule // top$wr$skids$1$main_last


module top$wr$skids$1$main_len(d,q,clock);
    
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
          
endmodule // top$wr$skids$1$main_len


module top$wr$skids$1$main_valid(d,q,clock);
    
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
          
endmodule // top$wr$skids$1$main_valid


module top$wr$skids$1$running(d,q,clock);
    
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
          
endmodule // top$wr$skids$1$running


module top$wr$skids$1$spare_addr(d,q,clock);
    
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
          
endmodule // top$wr$skids$1$spare_addr


module top$wr$skids$1$spare_bad(d,q,clock);
    
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
          
endmodule // top$wr$skids$1$spare_bad


module top$wr$skids$1$spare_beats(d,q,clock);
    
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
          
endmodule // top$wr$skids$1$spare_beats


module top$wr$skids$1$spare_data(d,q,clock);
    
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
          
endmodule // top$wr$skids$1$spare_data


module top$wr$skids$1$spare_last(d,q,clock);
    
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
          
endmodule // top$wr$skids$1$spare_last


module top$wr$skids$1$spare_len(d,q,clock);
    
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
          
endmodule // top$wr$skids$1$spare_len


module top$wr$skids$1$spare_valid(d,q,clock);
    
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
          
endmodule // top$wr$skids$1$spare_valid
