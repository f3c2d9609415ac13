#!/bin/sh
# /init of the Soft-RoCE perftest guest (packed into the initramfs by run.sh).
#
# Kernel command-line words:
#   wire=MAC        the NIC on the RoCE wire (QEMU -netdev dgram); it gets myip/24
#   myip=10.0.0.1   its IPv4 address            mtu=N     its MTU (9000 lets rxe use 4096)
#   user=MAC        the NIC on QEMU user networking: 10.0.2.15/24, the host is 10.0.2.2
#   peer=IP         run perftest as client to IP; without it, as server
#   port=N          perftest's TCP port (-p, default 18515)
#   tests=T,...     perftest programs to run in order: NAME[:SIZE[:ITERS]] runs ib_NAME
#                   (-s SIZE, -n ITERS when given)
#   iters=N         default -n            pmtu=N    perftest -m N (path MTU)
#   popts=a,b       more perftest options (commas become spaces)
#   retry=N         client: seconds to keep retrying while the server is not up (60)
#   run=cmd,a,b     instead of perftest, run this command (commas become spaces)
# Console markers: RXE-GUEST-START, RXE-READY, PERF-BEGIN <test>, PERF-END <test> rc=<n>,
# RXE-COUNTERS <test> ..., RXE-GUEST-DONE fails=<n>.
export PATH=/bin:/sbin:/usr/bin:/usr/sbin
/bin/busybox --install -s /bin
mount -t proc proc /proc; mount -t sysfs sys /sys; mount -t devtmpfs dev /dev
echo "RXE-GUEST-START uptime=$(cut -d' ' -f1 /proc/uptime)"
arg() { sed -n "s/.*\b$1=\([^ ]*\).*/\1/p" /proc/cmdline; }
MYIP=$(arg myip); MYIP=${MYIP:-10.0.0.1}
PEER=$(arg peer); PORT=$(arg port); PORT=${PORT:-18515}
TESTS=$(arg tests | tr ',' ' '); ITERS=$(arg iters); PMTU=$(arg pmtu)
POPTS=$(arg popts | tr ',' ' '); MTU=$(arg mtu); RETRY=$(arg retry); RETRY=${RETRY:-60}

for m in $(cat /mods/order); do
  insmod "/mods/$m" 2>/dev/null || echo "insmod $m failed"
done

# Interfaces by MAC: QEMU's enumeration order is not something to rely on.
ifname() {
  for d in /sys/class/net/*; do
    [ "$(cat "$d/address")" = "$1" ] && { basename "$d"; return; }
  done
}
WIRE=$(ifname "$(arg wire)"); USER=$(ifname "$(arg user)")
[ -n "$WIRE" ] || { echo "no NIC with MAC $(arg wire)"; ls /sys/class/net; }
ip link set lo up
[ -n "$MTU" ] && ip link set "$WIRE" mtu "$MTU"
ip link set "$WIRE" up; ip addr add "$MYIP/24" dev "$WIRE"
if [ -n "$USER" ]; then ip link set "$USER" up; ip addr add 10.0.2.15/24 dev "$USER"; fi
rdma link add rxe0 type rxe netdev "$WIRE" || echo "rdma link add failed"
# The RoCEv2 GID that carries our IPv4 address (::ffff:a.b.c.d).
G=/sys/class/infiniband/rxe0/ports/1
GIDX=1
for g in $G/gids/*; do
  case $(cat "$g" 2>/dev/null) in 0000:0000:0000:0000:0000:ffff:*) GIDX=$(basename "$g"); break;; esac
done
echo "RXE-READY uptime=$(cut -d' ' -f1 /proc/uptime) wire=$WIRE ip=$MYIP mtu=$(cat /sys/class/net/$WIRE/mtu)" \
     "gid[$GIDX]=$(cat $G/gids/$GIDX) $(cat $G/gid_attrs/types/$GIDX 2>/dev/null)" \
     "active_mtu=$(ibv_devinfo -d rxe0 2>/dev/null | sed -n 's/.*active_mtu:[[:space:]]*//p')"

counters() {  # rxe's counters that moved since the last call
  out=""
  for f in $G/hw_counters/*; do
    n=$(basename "$f"); v=$(cat "$f" 2>/dev/null || echo 0)
    p=$(cat "/tmp/c.$n" 2>/dev/null || echo 0); echo "$v" > "/tmp/c.$n"
    [ "$v" != "$p" ] && out="$out $n=$((v - p))"
  done
  echo "RXE-COUNTERS $1$out"
}
counters boot >/dev/null

FAILS=0
CMD=$(arg run | tr ',' ' ')
if [ -n "$CMD" ]; then
  echo "PERF-BEGIN run"; $CMD; rc=$?; echo "PERF-END run rc=$rc"; [ $rc = 0 ] || FAILS=1
fi
for t in $TESTS; do
  name=${t%%:*}; rest=${t#"$name"}; rest=${rest#:}
  size=${rest%%:*}; n=${rest#"$size"}; n=${n#:}; n=${n:-$ITERS}
  opts="-d rxe0 -x $GIDX -p $PORT -F"
  [ -n "$size" ] && opts="$opts -s $size"
  [ -n "$n" ] && opts="$opts -n $n"
  [ -n "$PMTU" ] && opts="$opts -m $PMTU"
  opts="$opts $POPTS"
  echo "PERF-BEGIN $t: ib_$name $opts $PEER"
  if [ -n "$PEER" ]; then
    # perftest's client does not retry: wait for the server (a host peer may still be
    # starting, or finishing the previous test). Through a QEMU hostfwd the connect
    # succeeds before the server listens and the version exchange then fails: retry
    # that too, but only if it failed before the test banner (its "Connection type").
    i=0
    while :; do
      ib_$name $opts "$PEER" > /tmp/out 2>&1; rc=$?
      [ $rc = 0 ] && break
      grep -q "Couldn't connect\|Unable to init the socket\|Failed to exchange data" /tmp/out || break
      grep -q "Connection type" /tmp/out && break
      i=$((i + 1)); [ $i -ge "$RETRY" ] && break
      sleep 1
    done
    cat /tmp/out
  else
    ib_$name $opts; rc=$?
  fi
  echo "PERF-END $t rc=$rc"
  counters "$t"
  [ $rc = 0 ] || FAILS=$((FAILS + 1))
done
echo "RXE-GUEST-DONE fails=$FAILS uptime=$(cut -d' ' -f1 /proc/uptime)"
poweroff -f
