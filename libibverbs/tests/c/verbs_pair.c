/*
 * Every verb openrnic supports, between two processes, written only against the
 * system's <infiniband/verbs.h> (rdma-core 44) and linked with -libverbs: run it
 * with LD_PRELOAD=libopenrnic_verbs.so and each process gets its own simulated card
 * (OPENRNIC_WIRE=<local>,<remote> joins the two cards over UDP).
 *
 *   verbs_pair server <tcp-port>       (the responder, "B")
 *   verbs_pair client <tcp-port>       (the requester, "A")
 *
 * Connection data goes over a TCP socket on 127.0.0.1, as perftest does. Each check
 * prints "ok <name>" or "FAIL <name>: why" and a failure exits nonzero.
 */
#define _GNU_SOURCE
#include <infiniband/verbs.h>
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <poll.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#define BUF 65536
#define MSG 4096

static const char *role;

static void die(const char *what, const char *fmt, ...)
{
	va_list ap;
	printf("FAIL %s [%s]: ", what, role);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	printf("\n");
	fflush(stdout);
	exit(1);
}

static void ok(const char *what)
{
	printf("ok %s [%s]\n", what, role);
	fflush(stdout);
}

#define CHECK(cond, what, ...) do { if (!(cond)) die(what, __VA_ARGS__); } while (0)

/* What each side tells the other. */
struct peer {
	uint32_t qpn, qpn_ex, psn;
	uint64_t addr;
	uint32_t rkey;
	union ibv_gid gid;
};

static int sock;

static void xfer(void *out, void *in, size_t n)
{
	CHECK(write(sock, out, n) == (ssize_t)n, "tcp", "write: %s", strerror(errno));
	size_t got = 0;
	while (got < n) {
		ssize_t r = read(sock, (char *)in + got, n - got);
		CHECK(r > 0, "tcp", "read: %s", r ? strerror(errno) : "peer closed");
		got += r;
	}
}

/* Both sides reach step `s` before either goes on. */
static void sync_step(uint32_t s)
{
	uint32_t peer;
	xfer(&s, &peer, sizeof s);
	CHECK(peer == s, "sync", "peer at step %u, we at %u", peer, s);
}

static int connect_tcp(int server, int port)
{
	struct sockaddr_in a = { .sin_family = AF_INET, .sin_port = htons(port) };
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	int s = socket(AF_INET, SOCK_STREAM, 0);
	if (server) {
		int one = 1;
		setsockopt(s, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
		CHECK(bind(s, (void *)&a, sizeof a) == 0, "tcp", "bind: %s", strerror(errno));
		listen(s, 1);
		int c = accept(s, NULL, NULL);
		close(s);
		return c;
	}
	for (int i = 0; i < 200; i++) {
		if (connect(s, (void *)&a, sizeof a) == 0)
			return s;
		usleep(50000);
	}
	die("tcp", "no server on port %d", port);
	return -1;
}

/* Poll `cq` until one completion arrives (or 20 s pass). */
static struct ibv_wc wait_wc(struct ibv_cq *cq, const char *what)
{
	struct ibv_wc wc;
	for (long i = 0; i < 20000000; i++) {
		int n = ibv_poll_cq(cq, 1, &wc);
		CHECK(n >= 0, what, "ibv_poll_cq returned %d", n);
		if (n == 1)
			return wc;
		if (i > 1000)
			usleep(1);
	}
	die(what, "no completion");
	return wc;
}

static void expect_wc(struct ibv_wc wc, uint64_t wr_id, enum ibv_wc_status st, enum ibv_wc_opcode op, const char *what)
{
	CHECK(wc.status == st, what, "status %s (%d), expected %s", ibv_wc_status_str(wc.status), wc.status, ibv_wc_status_str(st));
	CHECK(wc.wr_id == wr_id, what, "wr_id %llu, expected %llu", (unsigned long long)wc.wr_id, (unsigned long long)wr_id);
	if (st == IBV_WC_SUCCESS)
		CHECK(wc.opcode == op, what, "opcode %d, expected %d", wc.opcode, op);
}

static void fill(char *p, size_t n, unsigned seed)
{
	for (size_t i = 0; i < n; i++)
		p[i] = (char)(seed * 131 + i * 7);
}

static void post_recv(struct ibv_qp *qp, struct ibv_mr *mr, size_t off, uint32_t len, uint64_t wr_id)
{
	struct ibv_sge sge = { .addr = (uintptr_t)mr->addr + off, .length = len, .lkey = mr->lkey };
	struct ibv_recv_wr wr = { .wr_id = wr_id, .sg_list = &sge, .num_sge = 1 }, *bad;
	int e = ibv_post_recv(qp, &wr, &bad);
	CHECK(e == 0, "ibv_post_recv", "%s", strerror(e));
}

static int post_send(struct ibv_qp *qp, enum ibv_wr_opcode op, struct ibv_mr *mr, size_t off, uint32_t len,
		     uint64_t wr_id, uint32_t imm, uint64_t raddr, uint32_t rkey, unsigned flags)
{
	struct ibv_sge sge = { .addr = (uintptr_t)mr->addr + off, .length = len, .lkey = mr->lkey };
	struct ibv_send_wr wr = { .wr_id = wr_id, .sg_list = &sge, .num_sge = 1, .opcode = op,
				  .send_flags = IBV_SEND_SIGNALED | flags, .imm_data = htonl(imm) }, *bad = NULL;
	wr.wr.rdma.remote_addr = raddr;
	wr.wr.rdma.rkey = rkey;
	return ibv_post_send(qp, &wr, &bad);
}

static void to_rts(struct ibv_qp *qp, struct peer *p, uint32_t dest_qpn, uint32_t my_psn, const char *what)
{
	struct ibv_qp_attr a = { .qp_state = IBV_QPS_INIT, .pkey_index = 0, .port_num = 1,
				 .qp_access_flags = IBV_ACCESS_REMOTE_WRITE | IBV_ACCESS_LOCAL_WRITE };
	/* The mask rules: RESET->INIT without the port is refused. */
	int e = ibv_modify_qp(qp, &a, IBV_QP_STATE | IBV_QP_PKEY_INDEX | IBV_QP_ACCESS_FLAGS);
	CHECK(e == EINVAL, what, "RESET->INIT without IBV_QP_PORT returned %d, expected EINVAL", e);
	e = ibv_modify_qp(qp, &a, IBV_QP_STATE | IBV_QP_PKEY_INDEX | IBV_QP_PORT | IBV_QP_ACCESS_FLAGS);
	CHECK(e == 0, what, "to INIT: %s", strerror(e));
	memset(&a, 0, sizeof a);
	a.qp_state = IBV_QPS_RTR;
	a.path_mtu = IBV_MTU_1024;
	a.dest_qp_num = dest_qpn;
	a.rq_psn = p->psn;
	a.max_dest_rd_atomic = 0;
	a.min_rnr_timer = 12;
	a.ah_attr.is_global = 1;
	a.ah_attr.grh.dgid = p->gid;
	a.ah_attr.grh.sgid_index = 0;
	a.ah_attr.grh.hop_limit = 64;
	a.ah_attr.port_num = 1;
	e = ibv_modify_qp(qp, &a, IBV_QP_STATE | IBV_QP_AV | IBV_QP_PATH_MTU | IBV_QP_DEST_QPN | IBV_QP_RQ_PSN |
				  IBV_QP_MAX_DEST_RD_ATOMIC | IBV_QP_MIN_RNR_TIMER);
	CHECK(e == 0, what, "to RTR: %s", strerror(e));
	memset(&a, 0, sizeof a);
	a.qp_state = IBV_QPS_RTS;
	a.sq_psn = my_psn;
	a.timeout = 14;
	a.retry_cnt = 7;
	a.rnr_retry = 7;
	a.max_rd_atomic = 0;
	e = ibv_modify_qp(qp, &a, IBV_QP_STATE | IBV_QP_SQ_PSN | IBV_QP_TIMEOUT | IBV_QP_RETRY_CNT | IBV_QP_RNR_RETRY |
				  IBV_QP_MAX_QP_RD_ATOMIC);
	CHECK(e == 0, what, "to RTS: %s", strerror(e));
	struct ibv_qp_init_attr init;
	memset(&a, 0, sizeof a);
	e = ibv_query_qp(qp, &a, IBV_QP_STATE | IBV_QP_SQ_PSN | IBV_QP_DEST_QPN, &init);
	CHECK(e == 0 && a.qp_state == IBV_QPS_RTS && a.sq_psn == my_psn && a.dest_qp_num == dest_qpn &&
		      a.rq_psn == p->psn && a.path_mtu == IBV_MTU_1024 && a.timeout == 14 && qp->state == IBV_QPS_RTS,
	      what, "ibv_query_qp: state %d sq_psn %u dest %u", a.qp_state, a.sq_psn, a.dest_qp_num);
}

int main(int argc, char **argv)
{
	if (argc != 3 || (strcmp(argv[1], "server") && strcmp(argv[1], "client"))) {
		fprintf(stderr, "usage: %s server|client <tcp-port>\n", argv[0]);
		return 2;
	}
	role = argv[1];
	int server = !strcmp(role, "server");

	/* Device, queries. */
	int n = 0;
	struct ibv_device **list = ibv_get_device_list(&n);
	CHECK(list && n == 1 && !strcmp(ibv_get_device_name(list[0]), "openrnic0"), "ibv_get_device_list", "%d devices", n);
	struct ibv_context *ctx = ibv_open_device(list[0]);
	CHECK(ctx, "ibv_open_device", "%s", strerror(errno));
	ibv_free_device_list(list);
	struct ibv_device_attr da;
	CHECK(ibv_query_device(ctx, &da) == 0 && da.max_qp > 0 && da.max_sge == 1 && da.phys_port_cnt == 1, "ibv_query_device",
	      "max_qp %d max_sge %d", da.max_qp, da.max_sge);
	struct ibv_device_attr_ex dax;
	CHECK(ibv_query_device_ex(ctx, NULL, &dax) == 0 && dax.orig_attr.max_cq == da.max_cq, "ibv_query_device_ex", "legacy fallback");
	struct ibv_port_attr pa;
	CHECK(ibv_query_port(ctx, 1, &pa) == 0 && pa.state == IBV_PORT_ACTIVE && pa.link_layer == IBV_LINK_LAYER_ETHERNET &&
		      pa.gid_tbl_len >= 1, "ibv_query_port", "state %d link %d", pa.state, pa.link_layer);
	CHECK(ibv_query_port(ctx, 2, &pa) != 0, "ibv_query_port", "port 2 accepted");
	union ibv_gid gid;
	CHECK(ibv_query_gid(ctx, 1, 0, &gid) == 0 && gid.raw[10] == 0xff && gid.raw[11] == 0xff, "ibv_query_gid", "not IPv4-mapped");
	struct ibv_gid_entry ge;
	CHECK(ibv_query_gid_ex(ctx, 1, 0, &ge, 0) == 0 && ge.gid_type == IBV_GID_TYPE_ROCE_V2 && !memcmp(&ge.gid, &gid, 16),
	      "ibv_query_gid_ex", "type %u", ge.gid_type);
	ok("device, port and GID queries");

	/* Resources. */
	struct ibv_pd *pd = ibv_alloc_pd(ctx);
	CHECK(pd, "ibv_alloc_pd", "%s", strerror(errno));
	char *buf = aligned_alloc(4096, BUF), *buf2 = malloc(BUF + 123);
	memset(buf, 0, BUF);
	struct ibv_mr *bad_mr = ibv_reg_mr(pd, buf, BUF, IBV_ACCESS_REMOTE_WRITE);
	CHECK(!bad_mr && errno == EINVAL, "ibv_reg_mr", "REMOTE_WRITE without LOCAL_WRITE accepted");
	struct ibv_mr *mr = ibv_reg_mr(pd, buf, BUF, IBV_ACCESS_LOCAL_WRITE | IBV_ACCESS_REMOTE_WRITE);
	CHECK(mr && mr->addr == buf && mr->length == BUF, "ibv_reg_mr", "%s", strerror(errno));
	/* An unaligned buffer, read-only for the card's peers. */
	struct ibv_mr *mr2 = ibv_reg_mr(pd, buf2 + 123, BUF, IBV_ACCESS_LOCAL_WRITE);
	CHECK(mr2, "ibv_reg_mr (unaligned)", "%s", strerror(errno));
	CHECK(ibv_dealloc_pd(pd) == EBUSY, "ibv_dealloc_pd", "freed a PD with MRs");
	ok("PD and MRs with access flags");

	struct ibv_comp_channel *ch = ibv_create_comp_channel(ctx);
	CHECK(ch, "ibv_create_comp_channel", "%s", strerror(errno));
	struct ibv_cq *scq = ibv_create_cq(ctx, 64, NULL, NULL, 0);
	struct ibv_cq *rcq = ibv_create_cq(ctx, 64, (void *)0x5eed, ch, 0);
	CHECK(scq && rcq && scq->cqe >= 64, "ibv_create_cq", "%s", strerror(errno));
	struct ibv_cq_init_attr_ex cqx = { .cqe = 16 };
	CHECK(!ibv_create_cq_ex(ctx, &cqx) && errno == EOPNOTSUPP, "ibv_create_cq_ex", "not EOPNOTSUPP");
	struct ibv_srq_init_attr sa = { .attr = { .max_wr = 4, .max_sge = 1 } };
	CHECK(!ibv_create_srq(pd, &sa) && errno == EOPNOTSUPP, "ibv_create_srq", "not EOPNOTSUPP");

	struct ibv_qp_init_attr qa = { .send_cq = scq, .recv_cq = rcq, .qp_type = IBV_QPT_RC,
				       .cap = { .max_send_wr = 32, .max_recv_wr = 32, .max_send_sge = 1, .max_recv_sge = 1, .max_inline_data = 64 } };
	struct ibv_qp *qp = ibv_create_qp(pd, &qa);
	CHECK(qp && qp->qp_num >= 2 && qa.cap.max_inline_data >= 64, "ibv_create_qp", "%s", strerror(errno));
	struct ibv_qp_init_attr bad_qa = qa;
	bad_qa.cap.max_send_sge = 4;
	CHECK(!ibv_create_qp(pd, &bad_qa) && errno == EINVAL, "ibv_create_qp", "4 SGEs accepted");
	bad_qa = qa;
	bad_qa.qp_type = IBV_QPT_UD;
	CHECK(!ibv_create_qp(pd, &bad_qa) && errno == EOPNOTSUPP, "ibv_create_qp", "UD accepted");
	struct ibv_qp_init_attr_ex qx = { .send_cq = scq, .recv_cq = rcq, .qp_type = IBV_QPT_RC, .pd = pd,
					  .cap = { .max_send_wr = 16, .max_recv_wr = 16, .max_send_sge = 1, .max_recv_sge = 1 },
					  .comp_mask = IBV_QP_INIT_ATTR_PD | IBV_QP_INIT_ATTR_SEND_OPS_FLAGS,
					  .send_ops_flags = IBV_QP_EX_WITH_SEND | IBV_QP_EX_WITH_RDMA_WRITE | IBV_QP_EX_WITH_RDMA_WRITE_WITH_IMM };
	struct ibv_qp *qpe = ibv_create_qp_ex(ctx, &qx);
	CHECK(qpe, "ibv_create_qp_ex", "%s", strerror(errno));
	struct ibv_qp_ex *x = ibv_qp_to_qp_ex(qpe);
	CHECK(x, "ibv_qp_to_qp_ex", "NULL");
	qx.send_ops_flags |= IBV_QP_EX_WITH_RDMA_READ;
	CHECK(!ibv_create_qp_ex(ctx, &qx) && errno == EOPNOTSUPP, "ibv_create_qp_ex", "READ accepted");
	CHECK(ibv_destroy_cq(scq) == EBUSY, "ibv_destroy_cq", "destroyed a CQ in use");
	ok("CQs, channel, QPs (ibv_create_qp and ibv_create_qp_ex), unsupported verbs refused");

	/* Connect: exchange QPNs, PSNs, GIDs and the landing buffer. */
	sock = connect_tcp(server, atoi(argv[2]));
	struct peer me = { .qpn = qp->qp_num, .qpn_ex = qpe->qp_num, .psn = server ? 0x123456 : 0xabcdef,
			   .addr = (uintptr_t)buf, .rkey = mr->rkey, .gid = gid }, p;
	xfer(&me, &p, sizeof me);
	/* The QP pairs: qp <-> qp, qpe <-> qpe (same PSN scheme). */
	to_rts(qp, &p, p.qpn, me.psn, "connect qp");
	to_rts(qpe, &p, p.qpn_ex, me.psn, "connect qp_ex");
	ok("ibv_modify_qp RESET->INIT->RTR->RTS with the usual masks, ibv_query_qp");
	sync_step(1);

	if (server) {
		/* B: receives for A's SEND, SEND_IMM, WRITE_IMM, inline SEND and builder SEND. */
		for (int i = 0; i < 5; i++)
			post_recv(qp, mr, 8192 + i * MSG, MSG, 100 + i);
		post_recv(qpe, mr, 40960, MSG, 200);
		post_recv(qpe, mr, 45056, MSG, 201);
		CHECK(ibv_req_notify_cq(rcq, 0) == 0, "ibv_req_notify_cq", "failed");
		sync_step(2);
		/* The first receive completion comes through the channel (MSI-X -> event). */
		struct pollfd pf = { .fd = ch->fd, .events = POLLIN };
		CHECK(poll(&pf, 1, 20000) == 1, "completion channel", "no event within 20 s");
		struct ibv_cq *ev_cq;
		void *ev_ctx;
		CHECK(ibv_get_cq_event(ch, &ev_cq, &ev_ctx) == 0 && ev_cq == rcq && ev_ctx == (void *)0x5eed, "ibv_get_cq_event",
		      "wrong CQ or context");
		ibv_ack_cq_events(rcq, 1);
		ok("completion channel: ibv_req_notify_cq, MSI-X, ibv_get_cq_event, ibv_ack_cq_events");
		struct ibv_wc wc = wait_wc(rcq, "SEND");
		expect_wc(wc, 100, IBV_WC_SUCCESS, IBV_WC_RECV, "SEND");
		char want[MSG];
		fill(want, MSG, 1);
		CHECK(wc.byte_len == MSG && !memcmp(buf + 8192, want, MSG) && !(wc.wc_flags & IBV_WC_WITH_IMM) && wc.qp_num == qp->qp_num,
		      "SEND", "byte_len %u or payload differs", wc.byte_len);
		ok("SEND: payload, byte_len");
		wc = wait_wc(rcq, "SEND_WITH_IMM");
		expect_wc(wc, 101, IBV_WC_SUCCESS, IBV_WC_RECV, "SEND_WITH_IMM");
		CHECK((wc.wc_flags & IBV_WC_WITH_IMM) && ntohl(wc.imm_data) == 0xfeedbeef && wc.byte_len == 100, "SEND_WITH_IMM",
		      "imm %#x flags %#x len %u", ntohl(wc.imm_data), wc.wc_flags, wc.byte_len);
		ok("SEND_WITH_IMM: immediate in network order");
		wc = wait_wc(rcq, "RDMA_WRITE_WITH_IMM");
		expect_wc(wc, 102, IBV_WC_SUCCESS, IBV_WC_RECV_RDMA_WITH_IMM, "RDMA_WRITE_WITH_IMM");
		fill(want, MSG, 3);
		CHECK(ntohl(wc.imm_data) == 0x01020304 && !memcmp(buf + 4096, want, MSG), "RDMA_WRITE_WITH_IMM", "imm %#x or data", ntohl(wc.imm_data));
		/* The plain WRITE came before it on the same QP: its data is there too. */
		fill(want, MSG, 2);
		CHECK(!memcmp(buf, want, MSG), "RDMA_WRITE", "payload differs");
		ok("RDMA_WRITE and RDMA_WRITE_WITH_IMM: data placed, immediate delivered");
		wc = wait_wc(rcq, "inline SEND");
		expect_wc(wc, 103, IBV_WC_SUCCESS, IBV_WC_RECV, "inline SEND");
		CHECK(wc.byte_len == 48 && !memcmp(buf + 8192 + 3 * MSG, "inline payload, copied at post time.............", 48),
		      "inline SEND", "len %u", wc.byte_len);
		ok("IBV_SEND_INLINE: the buffer is reusable at once");
		/* The builder QP: a SEND and a WRITE_WITH_IMM through ibv_wr_*. */
		wc = wait_wc(rcq, "ibv_wr_send");
		expect_wc(wc, 200, IBV_WC_SUCCESS, IBV_WC_RECV, "ibv_wr_send");
		fill(want, 512, 5);
		CHECK(wc.byte_len == 512 && !memcmp(buf + 40960, want, 512) && wc.qp_num == qpe->qp_num, "ibv_wr_send", "len %u", wc.byte_len);
		wc = wait_wc(rcq, "ibv_wr_rdma_write_imm");
		expect_wc(wc, 201, IBV_WC_SUCCESS, IBV_WC_RECV_RDMA_WITH_IMM, "ibv_wr_rdma_write_imm");
		fill(want, 1000, 6);
		CHECK(ntohl(wc.imm_data) == 77 && !memcmp(buf + 50000, want, 1000), "ibv_wr_rdma_write_imm", "imm %u", ntohl(wc.imm_data));
		ok("ibv_qp_ex builders: wr_start, wr_send, wr_rdma_write_imm, wr_set_sge, wr_complete");
		sync_step(3);
		/* Other direction: B sends to A. */
		fill(buf + 20000, 777, 7);
		CHECK(post_send(qp, IBV_WR_SEND, mr, 20000, 777, 300, 0, 0, 0, 0) == 0, "SEND B->A", "post failed");
		expect_wc(wait_wc(scq, "SEND B->A"), 300, IBV_WC_SUCCESS, IBV_WC_SEND, "SEND B->A");
		sync_step(4);
		/* A's bad-rkey WRITE: nothing lands here. */
		sync_step(5);
		CHECK(buf[60000] == 0, "bad rkey", "memory was written");
		ok("both roles");
	} else {
		sync_step(2);
		fill(buf, MSG, 2);
		fill(buf + MSG, MSG, 3);
		fill(buf + 2 * MSG, MSG, 1);
		CHECK(post_send(qp, IBV_WR_SEND, mr, 2 * MSG, MSG, 1, 0, 0, 0, 0) == 0, "SEND", "post failed");
		CHECK(post_send(qp, IBV_WR_SEND_WITH_IMM, mr, 2 * MSG, 100, 2, 0xfeedbeef, 0, 0, 0) == 0, "SEND_WITH_IMM", "post failed");
		CHECK(post_send(qp, IBV_WR_RDMA_WRITE, mr, 0, MSG, 3, 0, p.addr, p.rkey, 0) == 0, "RDMA_WRITE", "post failed");
		CHECK(post_send(qp, IBV_WR_RDMA_WRITE_WITH_IMM, mr, MSG, MSG, 4, 0x01020304, p.addr + MSG, p.rkey, 0) == 0, "RDMA_WRITE_WITH_IMM",
		      "post failed");
		char inl[64] = "inline payload, copied at post time.............";
		struct ibv_sge isge = { .addr = (uintptr_t)inl, .length = 48, .lkey = 0 };
		struct ibv_send_wr iwr = { .wr_id = 5, .sg_list = &isge, .num_sge = 1, .opcode = IBV_WR_SEND,
					   .send_flags = IBV_SEND_SIGNALED | IBV_SEND_INLINE }, *bad;
		CHECK(ibv_post_send(qp, &iwr, &bad) == 0, "inline SEND", "post failed");
		memset(inl, 'X', sizeof inl);
		enum ibv_wc_opcode ops[] = { IBV_WC_SEND, IBV_WC_SEND, IBV_WC_RDMA_WRITE, IBV_WC_RDMA_WRITE, IBV_WC_SEND };
		for (int i = 0; i < 5; i++)
			expect_wc(wait_wc(scq, "send completions"), i + 1, IBV_WC_SUCCESS, ops[i], "send completions");
		ok("send-side completions in order, with opcodes");
		/* An unsupported opcode is refused at post time. */
		struct ibv_send_wr rd = { .wr_id = 9, .sg_list = &isge, .num_sge = 1, .opcode = IBV_WR_RDMA_READ, .send_flags = IBV_SEND_SIGNALED };
		rd.wr.rdma.remote_addr = p.addr;
		rd.wr.rdma.rkey = p.rkey;
		isge.lkey = mr->lkey;
		isge.addr = (uintptr_t)buf;
		bad = NULL;
		CHECK(ibv_post_send(qp, &rd, &bad) == EOPNOTSUPP && bad == &rd, "RDMA_READ", "not refused with EOPNOTSUPP");
		ok("RDMA_READ refused with EOPNOTSUPP (not in the engine yet)");
		/* The builders. */
		fill(buf + 30000, 512, 5);
		fill(buf + 31000, 1000, 6);
		ibv_wr_start(x);
		x->wr_id = 11;
		x->wr_flags = IBV_SEND_SIGNALED;
		ibv_wr_send(x);
		ibv_wr_set_sge(x, mr->lkey, (uintptr_t)buf + 30000, 512);
		x->wr_id = 12;
		ibv_wr_rdma_write_imm(x, p.rkey, p.addr + 50000, htonl(77));
		ibv_wr_set_sge(x, mr->lkey, (uintptr_t)buf + 31000, 1000);
		CHECK(ibv_wr_complete(x) == 0, "ibv_wr_complete", "failed");
		expect_wc(wait_wc(scq, "builder completions"), 11, IBV_WC_SUCCESS, IBV_WC_SEND, "builder completions");
		expect_wc(wait_wc(scq, "builder completions"), 12, IBV_WC_SUCCESS, IBV_WC_RDMA_WRITE, "builder completions");
		ibv_wr_start(x);
		ibv_wr_rdma_read(x, p.rkey, p.addr);
		ibv_wr_set_sge(x, mr->lkey, (uintptr_t)buf, 8);
		CHECK(ibv_wr_complete(x) == EOPNOTSUPP, "ibv_wr_rdma_read", "not EOPNOTSUPP");
		ok("ibv_qp_ex builders post; wr_rdma_read refused with EOPNOTSUPP");
		post_recv(qp, mr2, 0, MSG, 400);
		sync_step(3);
		struct ibv_wc wc = wait_wc(rcq, "SEND B->A");
		expect_wc(wc, 400, IBV_WC_SUCCESS, IBV_WC_RECV, "SEND B->A");
		char want[777];
		fill(want, 777, 7);
		CHECK(wc.byte_len == 777 && !memcmp(buf2 + 123, want, 777), "SEND B->A", "len %u", wc.byte_len);
		ok("receive into an unaligned MR");
		sync_step(4);
		/* A WRITE with a wrong rkey: the responder NAKs, the WR completes in error and
		 * the QP moves to ERR; what was posted after it is flushed. */
		CHECK(post_send(qp, IBV_WR_RDMA_WRITE, mr, 0, 64, 20, 0, p.addr + 60000, p.rkey ^ 0x100, 0) == 0, "bad rkey", "post failed");
		expect_wc(wait_wc(scq, "bad rkey"), 20, IBV_WC_REM_ACCESS_ERR, IBV_WC_RDMA_WRITE, "bad rkey");
		struct ibv_qp_attr qs;
		struct ibv_qp_init_attr qi;
		CHECK(ibv_query_qp(qp, &qs, IBV_QP_STATE, &qi) == 0 && qs.qp_state == IBV_QPS_ERR, "bad rkey", "QP state %d, not ERR", qs.qp_state);
		ok("RDMA_WRITE with a bad rkey completes with IBV_WC_REM_ACCESS_ERR, QP in ERR");
		sync_step(5);
	}

	/* Teardown, in dependency order. */
	CHECK(ibv_destroy_qp(qp) == 0 && ibv_destroy_qp(qpe) == 0, "ibv_destroy_qp", "failed");
	CHECK(ibv_destroy_cq(scq) == 0 && ibv_destroy_cq(rcq) == 0, "ibv_destroy_cq", "failed");
	CHECK(ibv_destroy_comp_channel(ch) == 0, "ibv_destroy_comp_channel", "failed");
	CHECK(ibv_dereg_mr(mr) == 0 && ibv_dereg_mr(mr2) == 0, "ibv_dereg_mr", "failed");
	CHECK(ibv_dealloc_pd(pd) == 0, "ibv_dealloc_pd", "failed");
	CHECK(ibv_close_device(ctx) == 0, "ibv_close_device", "failed");
	ok("teardown");
	printf("PASS %s\n", role);
	return 0;
}
