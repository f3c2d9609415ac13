/*
 * Host CPU cost of ibv_post_send (the header's inline call through the context's
 * ops table) plus the doorbell, on one card cabled to itself: each round posts
 * DEPTH 64-byte RDMA WRITEs from a QP to a second QP on the same card (only the
 * last signaled), timing the posting loop alone, then waits for the completion.
 * Prints "ns_per_wqe <mean> <best round> <wqes>". Used by benches/post_send.rs.
 */
#include <infiniband/verbs.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define DEPTH 256
#define ROUNDS 40

static double now_ns(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec * 1e9 + t.tv_nsec;
}

static void die(const char *m)
{
	fprintf(stderr, "post_send_bench: %s\n", m);
	exit(1);
}

static void connect_qp(struct ibv_qp *qp, uint32_t dest, union ibv_gid *gid)
{
	struct ibv_qp_attr a = { .qp_state = IBV_QPS_INIT, .port_num = 1,
				 .qp_access_flags = IBV_ACCESS_LOCAL_WRITE | IBV_ACCESS_REMOTE_WRITE };
	if (ibv_modify_qp(qp, &a, IBV_QP_STATE | IBV_QP_PKEY_INDEX | IBV_QP_PORT | IBV_QP_ACCESS_FLAGS))
		die("INIT");
	memset(&a, 0, sizeof a);
	a.qp_state = IBV_QPS_RTR;
	a.path_mtu = IBV_MTU_4096;
	a.dest_qp_num = dest;
	a.ah_attr.is_global = 1;
	a.ah_attr.grh.dgid = *gid;
	a.ah_attr.port_num = 1;
	if (ibv_modify_qp(qp, &a, IBV_QP_STATE | IBV_QP_AV | IBV_QP_PATH_MTU | IBV_QP_DEST_QPN | IBV_QP_RQ_PSN |
				      IBV_QP_MAX_DEST_RD_ATOMIC | IBV_QP_MIN_RNR_TIMER))
		die("RTR");
	memset(&a, 0, sizeof a);
	a.qp_state = IBV_QPS_RTS;
	if (ibv_modify_qp(qp, &a, IBV_QP_STATE | IBV_QP_SQ_PSN | IBV_QP_TIMEOUT | IBV_QP_RETRY_CNT | IBV_QP_RNR_RETRY |
				      IBV_QP_MAX_QP_RD_ATOMIC))
		die("RTS");
}

int main(void)
{
	struct ibv_device **l = ibv_get_device_list(NULL);
	if (!l || !l[0])
		die("no device");
	struct ibv_context *ctx = ibv_open_device(l[0]);
	struct ibv_pd *pd = ctx ? ibv_alloc_pd(ctx) : NULL;
	char *buf = aligned_alloc(4096, 1 << 16);
	struct ibv_mr *mr = pd ? ibv_reg_mr(pd, buf, 1 << 16, IBV_ACCESS_LOCAL_WRITE | IBV_ACCESS_REMOTE_WRITE) : NULL;
	struct ibv_cq *cq = ctx ? ibv_create_cq(ctx, DEPTH, NULL, NULL, 0) : NULL;
	if (!mr || !cq)
		die("resources");
	struct ibv_qp_init_attr qa = { .send_cq = cq, .recv_cq = cq, .qp_type = IBV_QPT_RC,
				       .cap = { .max_send_wr = DEPTH, .max_recv_wr = 1, .max_send_sge = 1, .max_recv_sge = 1 } };
	struct ibv_qp *a = ibv_create_qp(pd, &qa), *b = ibv_create_qp(pd, &qa);
	union ibv_gid gid;
	if (!a || !b || ibv_query_gid(ctx, 1, 0, &gid))
		die("QPs");
	connect_qp(a, b->qp_num, &gid);
	connect_qp(b, a->qp_num, &gid);
	struct ibv_sge sge = { .addr = (uintptr_t)buf, .length = 64, .lkey = mr->lkey };
	struct ibv_send_wr wr = { .sg_list = &sge, .num_sge = 1, .opcode = IBV_WR_RDMA_WRITE }, *bad;
	wr.wr.rdma.remote_addr = (uintptr_t)buf + 32768;
	wr.wr.rdma.rkey = mr->rkey;
	double total = 0, best = 1e30;
	uint64_t id = 0;
	for (int r = 0; r <= ROUNDS; r++) {
		double t0 = now_ns();
		for (int i = 0; i < DEPTH; i++) {
			wr.wr_id = ++id;
			wr.send_flags = i == DEPTH - 1 ? IBV_SEND_SIGNALED : 0;
			if (ibv_post_send(a, &wr, &bad))
				die("post");
		}
		double dt = now_ns() - t0;
		if (r > 0) {
			total += dt;
			if (dt / DEPTH < best)
				best = dt / DEPTH;
		}
		struct ibv_wc wc;
		int n;
		while ((n = ibv_poll_cq(cq, 1, &wc)) == 0)
			;
		if (n < 0 || wc.status != IBV_WC_SUCCESS || wc.wr_id != id)
			die("completion");
	}
	printf("ns_per_wqe %.1f %.1f %d\n", total / (ROUNDS * DEPTH), best, ROUNDS * DEPTH);
	return 0;
}
