#!/bin/sh
# /init of the VFIO test guest (packed into the initramfs by run.sh).
# Loads the VFIO modules, finds QEMU's edu device (1234:11e8), checks that opening it
# before it is bound to vfio-pci gives a helpful error, binds it to vfio-pci with
# driver_override, runs vfio-edu-check and powers off.
# Console markers: VFIO-GUEST-START, VFIO-CHECK-RC=<n>, VFIO-GUEST-DONE.
export PATH=/bin:/sbin
/bin/busybox --install -s /bin
mount -t proc proc /proc; mount -t sysfs sys /sys; mount -t devtmpfs dev /dev
echo "VFIO-GUEST-START uptime=$(cut -d' ' -f1 /proc/uptime)"
for m in $(cat /mods/order); do
  insmod "/mods/$m" || echo "insmod $m failed"
done
dmesg | grep -E 'DMAR: (IOMMU enabled|Intel\(R\) Virtualization|Interrupt remapping)' | head -3

EDU=
for d in /sys/bus/pci/devices/*; do
  [ "$(cat $d/vendor):$(cat $d/device)" = "0x1234:0x11e8" ] && EDU=$(basename $d)
done
if [ -z "$EDU" ]; then
  echo "no edu device (1234:11e8) found"; echo "VFIO-CHECK-RC=97"
else
  D=/sys/bus/pci/devices/$EDU
  echo "edu at $EDU, IOMMU group $(basename $(readlink $D/iommu_group 2>/dev/null) 2>/dev/null)," \
       "driver $(basename $(readlink $D/driver 2>/dev/null) 2>/dev/null)," \
       "reset methods: $(cat $D/reset_method 2>/dev/null || echo none)"
  # not bound yet: opening it must fail with an error that says how to bind it
  vfio-edu-check --expect-open-error "$EDU"; PRE=$?
  echo vfio-pci > $D/driver_override
  echo "$EDU" > /sys/bus/pci/drivers_probe
  echo "edu driver now: $(basename $(readlink $D/driver 2>/dev/null) 2>/dev/null); /dev/vfio: $(ls /dev/vfio | tr '\n' ' ')"
  vfio-edu-check "$EDU"; RC=$?
  [ $PRE -eq 0 ] || RC=$((RC + 10))
  echo "VFIO-CHECK-RC=$RC"
fi
echo "kernel IOMMU messages:"; dmesg | grep -E 'DMAR.*(fault|Request)' | tail -3
echo "VFIO-GUEST-DONE uptime=$(cut -d' ' -f1 /proc/uptime)"
poweroff -f
