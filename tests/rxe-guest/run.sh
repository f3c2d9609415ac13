#!/bin/bash
# run.sh - real Linux perftest (Soft-RoCE, rdma_rxe) in a QEMU guest against openrnic's
# simulated card (`openrnic peer`), or against a second rxe guest for comparison.
#
# The guest (Debian 12 kernel under TCG, busybox initramfs with rdma_rxe, rdma-core's
# rxe provider and perftest 4.5) has two NICs:
#   - the RoCE wire: QEMU `-netdev dgram` on 127.0.0.1, one UDP datagram per Ethernet
#     frame, whose other end is the simulated card's port (or the other guest's NIC);
#   - QEMU user networking for perftest's TCP exchange: the guest reaches the host's
#     127.0.0.1:T as 10.0.2.2:T, or the host reaches the guest's server through a hostfwd.
# Every port is picked at run time (the openrnic peer binds ephemeral ports and prints
# them; for two guests free ports are chosen), so runs do not collide.
#
# Env:
#   PEER=openrnic|rxe|libverbs  who the guest runs perftest against (openrnic): `openrnic
#                       peer`, a second rxe guest, or Debian's perftest on the host running
#                       on a simulated card through libopenrnic_verbs.so (LD_PRELOAD)
#   ROLE=client|server  the guest's perftest role; the peer takes the other (client)
#   TESTS="write_bw:65536 send_bw:5000 write_lat"   NAME[:SIZE[:ITERS]], run in order
#   ITERS=100           default -n             MTU=1024|4096 path MTU (1024)
#                       (4096 gives the guest's NIC MTU 9000 and perftest -m 4096)
#   POPTS="-u 19"       more perftest options for both guests (default: -u 19, see below)
#   OPENRNIC=path       prebuilt `openrnic` binary (else `cargo build`)
#   LIBVERBS=path       prebuilt libopenrnic_verbs.so for PEER=libverbs (else `cargo build`)
#   PEER_OPTS="..."     more options for `openrnic peer`
#   G=dir               cache/work dir (<target>/rxe-guest); logs and the pcap in $G/run
#   RUN=dir             logs of this run ($G/run)   LIMIT=secs  time limit of the whole run (300)
#   KPKG=linux-image-6.1.0-N-amd64  the guest kernel package
#   PIN=0               do not pin the peer to CPU 0 and the guest to the others
#   SMP=1               guest vCPUs
# Exit status 0 only if every perftest in the guest succeeded and the peer did too.
# Outputs: $RUN/guest.log, $RUN/peer.log, $RUN/wire.pcap (openrnic's wire, frames stamped
# in simulated time).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
GUEST_TAG=rxe-guest
T0=$(date +%s)
source "$HERE/../guest/lib.sh"
G=${G:-$GUEST_TARGET/rxe-guest}
PEER=${PEER:-openrnic}; ROLE=${ROLE:-client}; MTU=${MTU:-1024}; ITERS=${ITERS:-100}
TESTS=${TESTS:-write_bw:65536 send_bw:5000 write_lat}; TESTS=$(echo "$TESTS" | tr ',' ' ')
LIMIT=${LIMIT:-300}
# rxe retransmits (go-back-N) when no ACK came for 4.096 us * 2^u (perftest's default
# u = 14: 67 ms). The simulated card runs ~100-300x slower than hardware and ACKs once per
# message, so on a busy machine a 64 KiB message can take longer than that to arrive;
# -u 19 (2.1 s) keeps the clean link free of spurious timeouts.
POPTS=${POPTS:--u 19}
case $ROLE in client|server) ;; *) echo "ROLE must be client or server"; exit 2;; esac
case $PEER in openrnic|rxe|libverbs) ;; *) echo "PEER must be openrnic, rxe or libverbs"; exit 2;; esac
case $MTU in 1024) ETHMTU=1500;; 4096) ETHMTU=9000;; 256|512|2048) ETHMTU=1500;; *) echo "MTU must be a path MTU"; exit 2;; esac
RUN=${RUN:-$G/run}
mkdir -p "$RUN"
rm -f "$RUN"/*.log "$RUN"/wire.pcap

# ---- 1. host tools; perftest and the rxe provider are copied from the host install ----
guest_host_tools qemu-system-x86 busybox-static kmod cpio perftest ibverbs-providers ibverbs-utils iproute2

# ---- 2. the openrnic binary ----
if [ "$PEER" = openrnic ]; then
  if [ -n "${OPENRNIC:-}" ]; then BIN=$OPENRNIC; else
    say "cargo build --bin openrnic"
    (cd "$GUEST_ROOT" && timeout 900 cargo build -q -p openrnic-driver --bin openrnic)
    BIN=$GUEST_TARGET/debug/openrnic
  fi
  [ -x "$BIN" ] || { echo "no openrnic binary at $BIN"; exit 2; }
fi

# ---- 3. kernel and initramfs ----
# crc32_generic: rxe computes its ICRC with the crypto API's "crc32", not a module dependency.
# PEER=libverbs: Debian's own perftest on the host, on a simulated card through
# libopenrnic_verbs.so (LD_PRELOAD); LIBVERBS names the library (else it is built).
if [ "$PEER" = libverbs ]; then
  if [ -n "${LIBVERBS:-}" ]; then SO=$LIBVERBS; else
    say "cargo build -p openrnic-libibverbs"
    (cd "$GUEST_ROOT" && timeout 900 cargo build -q -p openrnic-libibverbs)
    SO=$GUEST_TARGET/debug/libopenrnic_verbs.so
  fi
  [ -f "$SO" ] || { echo "no libopenrnic_verbs.so at $SO"; exit 2; }
fi

guest_kernel "$G" virtio_pci virtio_net crc32_generic ib_uverbs rdma_rxe
R=$G/rootfs
guest_rootfs "$R"
mkdir -p "$R/etc/libibverbs.d"
guest_copy_bin "$R" /usr/bin/ib_write_bw /usr/bin/ib_send_bw /usr/bin/ib_write_lat /usr/bin/ib_send_lat \
  /usr/bin/ib_read_bw /usr/bin/ib_read_lat /usr/bin/ibv_devinfo /usr/bin/rdma
cp /etc/libibverbs.d/rxe.driver "$R/etc/libibverbs.d/"
guest_copy_bin "$R" "$(ls /usr/lib/x86_64-linux-gnu/libibverbs/librxe-rdmav*.so | head -1)"
cp "$HERE/init.sh" "$R/init"; chmod +x "$R/init"
guest_pack "$R" "$G/initrd.gz"
say "guest: $KVER, modules $(tr '\n' ' ' < "$R/mods/order")initrd $(du -k "$G/initrd.gz" | cut -f1) KiB"

# ---- 4. helpers ----
# With two or more CPUs, keep the guest (busy-polling perftest: a vCPU at 100 %) and the
# peer (the simulator's clock thread, or the second guest) on different CPUs: sharing one,
# the clock thread yields to the vCPU after every batch of cycles, gets a slice per
# scheduler tick, and the card answers ~10x slower, in some runs and not in others.
NCPU=$(nproc)
if [ "${PIN:-1}" = 1 ] && [ "$NCPU" -ge 2 ] && command -v taskset >/dev/null; then
  PEER_PIN="taskset -c 0"; QEMU_PIN="taskset -c 1-$((NCPU - 1))"
else
  PEER_PIN=""; QEMU_PIN=""
fi
PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT INT TERM
# A free port (for the two-guest case; openrnic picks its own): random, not in use now.
pick_port() {
  local p
  while :; do
    p=$((20000 + RANDOM % 40000))
    ss -Hltun 2>/dev/null | awk '{print $5}' | grep -q ":$p\$" || { echo $p; return; }
  done
}
# qemu NAME LOG LOCAL REMOTE MAC-SUFFIX USERNET-EXTRA KWORDS
# The wire socket is created here with a 64 MiB receive buffer (SO_RCVBUFFORCE) and handed
# to QEMU as a descriptor: QEMU leaves its socket at the ~208 KiB default, which drops rxe's
# bursts and turns into retransmissions.
qemu() {
  local name=$1 log=$2 lport=$3 rport=$4 mac=$5 ufwd=$6 words=$7 pin
  if [ "$name" = A ]; then pin=$QEMU_PIN; else pin=$PEER_PIN; fi
  timeout "$LIMIT" $pin perl -MSocket -MFcntl -e '
    my ($buf, $lp, $rp, @cmd) = @ARGV;
    socket(my $s, PF_INET, SOCK_DGRAM, 0) or die "socket: $!";
    for my $o ([33, SO_RCVBUF], [32, SO_SNDBUF]) {   # SO_RCVBUFFORCE, SO_SNDBUFFORCE
      setsockopt($s, SOL_SOCKET, $o->[0], pack("i", $buf)) or setsockopt($s, SOL_SOCKET, $o->[1], pack("i", $buf));
    }
    bind($s, pack_sockaddr_in($lp, inet_aton("127.0.0.1"))) or die "bind 127.0.0.1:$lp: $!";
    connect($s, pack_sockaddr_in($rp, inet_aton("127.0.0.1"))) or die "connect: $!";
    fcntl($s, F_SETFD, 0) or die "fcntl: $!";
    my $fd = fileno($s); s/\@FD\@/$fd/g for @cmd;
    exec { $cmd[0] } @cmd or die "exec $cmd[0]: $!";
  ' 67108864 "$lport" "$rport" \
    qemu-system-x86_64 -accel tcg -cpu max -smp "${SMP:-1}" -m 512 -nodefaults -display none \
    -serial stdio -monitor none -no-reboot -kernel "$KERNEL" -initrd "$G/initrd.gz" \
    -append "console=ttyS0 panic=-1 loglevel=4 wire=52:54:00:52:58:$mac user=52:54:00:55:53:$mac mtu=$ETHMTU $words" \
    -netdev dgram,id=w0,local.type=fd,local.str=@FD@ -device virtio-net-pci,netdev=w0,mac=52:54:00:52:58:$mac \
    -netdev "user,id=u0$ufwd" -device virtio-net-pci,netdev=u0,mac=52:54:00:55:53:$mac \
    > "$log" 2>&1 < /dev/null &
  PIDS+=($!)
  eval "${name}_PID=$!"
}

W="tests=$(echo $TESTS | tr ' ' ',') iters=$ITERS pmtu=$MTU"
[ -n "$POPTS" ] && W="$W popts=$(echo $POPTS | tr ' ' ',')"
GWORDS="myip=10.0.0.1 $W"
PWORDS="myip=10.0.0.2 $W"

# ---- 5. the peer ----
if [ "$PEER" = openrnic ]; then
  if [ "$ROLE" = client ]; then popt="--listen 127.0.0.1:0"; else popt="--connect 127.0.0.1:0"; fi
  say "starting: openrnic peer $TESTS -n $ITERS -m $MTU $popt ${PEER_OPTS:-}"
  timeout "$LIMIT" $PEER_PIN "$BIN" peer $TESTS -n "$ITERS" -m "$MTU" --ip 10.0.0.2 $popt \
    --wire 127.0.0.1:0 --guest 127.0.0.1:0 --pcap "$RUN/wire.pcap" ${PEER_OPTS:-} > "$RUN/peer.log" 2>&1 &
  PEER_PID=$!; PIDS+=($PEER_PID)
  for _ in $(seq 600); do
    grep -q '^PEER-PORTS' "$RUN/peer.log" 2>/dev/null && break
    kill -0 $PEER_PID 2>/dev/null || break
    sleep 0.1
  done
  line=$(grep -m1 '^PEER-PORTS' "$RUN/peer.log" || true)
  [ -n "$line" ] || { echo "openrnic peer did not start:"; cat "$RUN/peer.log"; exit 1; }
  WPORT=$(echo "$line" | sed 's/.*wire=\([0-9]*\).*/\1/'); GPORT=$(echo "$line" | sed 's/.*guest=\([0-9]*\).*/\1/')
  TPORT=$(echo "$line" | sed 's/.*tcp=\([0-9]*\).*/\1/')
elif [ "$PEER" = libverbs ]; then
  WPORT=$(pick_port); GPORT=$(pick_port); TPORT=$(pick_port)
  # The tests one after another, each a fresh perftest process (and card), as the
  # guest runs them; the client retries until the guest's server listens.
  (
    fails=0
    for t in $TESTS; do
      name=${t%%:*}; rest=${t#"$name"}; rest=${rest#:}
      size=${rest%%:*}; n=${rest#"$size"}; n=${n#:}; n=${n:-$ITERS}
      opts="-d openrnic0 -p $TPORT -F -m $MTU -n $n $POPTS"
      [ -n "$size" ] && opts="$opts -s $size"
      echo "PEER-TEST-BEGIN $t: ib_$name $opts"
      for i in $(seq 120); do
        rc=0  # (set -e is inherited: a failed attempt must not end the loop)
        LD_PRELOAD=$SO OPENRNIC_WIRE=127.0.0.1:$WPORT,127.0.0.1:$GPORT OPENRNIC_IP=10.0.0.2 \
          $PEER_PIN ib_$name $opts $([ "$ROLE" = server ] && echo 127.0.0.1) > "$RUN/peer-$name.out" 2>&1 || rc=$?
        [ $rc = 0 ] && break
        [ "$ROLE" = server ] || break
        grep -q "Connection type" "$RUN/peer-$name.out" && break
        sleep 1
      done
      cat "$RUN/peer-$name.out"
      echo "PEER-TEST-END $t rc=$rc"
      [ $rc = 0 ] || fails=$((fails + 1))
    done
    echo "PEER-DONE fails=$fails"
    [ $fails = 0 ]
  ) > "$RUN/peer.log" 2>&1 &
  PEER_PID=$!; PIDS+=($PEER_PID)
else
  WPORT=$(pick_port); GPORT=$(pick_port); TPORT=$(pick_port)
  if [ "$ROLE" = client ]; then
    qemu P "$RUN/peer.log" "$WPORT" "$GPORT" 02 ",hostfwd=tcp:127.0.0.1:$TPORT-10.0.2.15:$TPORT" "$PWORDS port=$TPORT"
  else
    qemu P "$RUN/peer.log" "$WPORT" "$GPORT" 02 "" "$PWORDS port=$TPORT peer=10.0.2.2"
  fi
fi
say "ports: wire udp $WPORT <-> guest udp $GPORT, perftest tcp $TPORT; guest is perftest $ROLE, MTU $MTU"

# ---- 6. the guest ----
if [ "$ROLE" = client ]; then
  qemu A "$RUN/guest.log" "$GPORT" "$WPORT" 01 "" "$GWORDS port=$TPORT peer=10.0.2.2"
else
  qemu A "$RUN/guest.log" "$GPORT" "$WPORT" 01 ",hostfwd=tcp:127.0.0.1:$TPORT-10.0.2.15:$TPORT" "$GWORDS port=$TPORT"
fi
say "booting the guest (TCG, limit ${LIMIT}s)"
set +e
wait "$A_PID"; QRC=$?
# The peer finishes right after the guest's last test; give it a moment, then stop it.
PPID_=${PEER_PID:-${P_PID:-}}
for _ in $(seq 300); do kill -0 "$PPID_" 2>/dev/null || break; sleep 0.1; done
kill "$PPID_" 2>/dev/null
wait "$PPID_"; PRC=$?
set -e
say "guest exited rc=$QRC$([ $QRC = 124 ] && echo ' (hit LIMIT)'), peer rc=$PRC; logs in $RUN"

# ---- 7. report ----
tr -d '\r' < "$RUN/guest.log" | grep -E '^(RXE-READY|PERF-BEGIN|PERF-END|RXE-COUNTERS|RXE-GUEST-DONE)|^ *[0-9]+ +[0-9]+ +[0-9.]+|#bytes|Mtu|Couldn|[Ff]ail|[Ee]rror|Unable|WARNING' || true
echo "---- peer ($PEER) ----"
if [ "$PEER" = openrnic ] || [ "$PEER" = libverbs ]; then
  grep -E '^(PEER-|openrnic peer|perftest peer| local| remote)|^ *[0-9]+ +[0-9]+ +[0-9.]+|#bytes|  [a-z_]+ +[0-9]+$|dgram port' "$RUN/peer.log" || true
else
  tr -d '\r' < "$RUN/peer.log" | grep -E '^(RXE-READY|PERF-BEGIN|PERF-END|RXE-COUNTERS|RXE-GUEST-DONE)|^ *[0-9]+ +[0-9]+ +[0-9.]+|#bytes|Couldn|[Ff]ail|[Ee]rror' || true
fi
ok=1
grep -q 'RXE-GUEST-DONE fails=0' "$RUN/guest.log" || ok=0
[ "$PRC" = 0 ] || ok=0
if [ "$PEER" = openrnic ]; then grep -q '^PEER-DONE' "$RUN/peer.log" || ok=0; fi
if [ "$PEER" = libverbs ]; then grep -q '^PEER-DONE fails=0' "$RUN/peer.log" || ok=0; fi
if [ $ok = 1 ]; then say "RESULT: PASS"; exit 0; fi
say "RESULT: FAIL"
echo "---- guest log tail ----"; tail -30 "$RUN/guest.log" | tr -d '\r'
echo "---- peer log tail ----"; tail -30 "$RUN/peer.log" | tr -d '\r'
exit 1
