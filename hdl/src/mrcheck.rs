//! Memory-region check: does `[addr, addr+len)` with `key` fall inside a valid region
//! of the right protection domain with the required right, and at which IOVA? Used
//! for RETH targets (rkey, remote write), receive buffers (lkey, local write) and
//! gather lists (lkey). Purely combinational; the engine presents the MR row it read.

use openrnic_contract::queues::mr;
use rust_hdl::prelude::*;

pub const MR_BITS: usize = mr::SIZE * 8;
const W_KEY: usize = mr::KEY.width as usize;
const W_PD: usize = mr::PD.width as usize;
const W_VA: usize = mr::VA.width as usize;
const W_LEN: usize = mr::LEN.width as usize;
const W_IOVA: usize = mr::IOVA.width as usize;

#[derive(LogicBlock)]
pub struct MrCheck {
    pub row: Signal<In, Bits<MR_BITS>>,
    pub key: Signal<In, Bits<32>>,
    pub pd: Signal<In, Bits<16>>,
    pub addr: Signal<In, Bits<64>>,
    pub len: Signal<In, Bits<32>>,
    /// Require the local-write right (receive buffers).
    pub need_local_write: Signal<In, bool>,
    /// Require the remote-write right (RDMA WRITE targets).
    pub need_remote_write: Signal<In, bool>,
    pub ok: Signal<Out, bool>,
    /// IOVA of `addr` (valid when `ok`).
    pub iova: Signal<Out, Bits<64>>,
    off: Signal<Local, Bits<64>>,
    off_end: Signal<Local, Bits<33>>,
    k_valid: Constant<Bits<10>>,
    k_access: Constant<Bits<10>>,
    k_pd: Constant<Bits<10>>,
    k_key: Constant<Bits<10>>,
    k_va: Constant<Bits<10>>,
    k_len: Constant<Bits<10>>,
    k_iova: Constant<Bits<10>>,
    k_local_write: Constant<Bits<10>>,
    k_remote_write: Constant<Bits<10>>,
}

impl Default for MrCheck {
    fn default() -> Self {
        use openrnic_contract::regs::access;
        let k = |bit: usize| Constant::new((bit as u64).to_bits());
        Self {
            row: Default::default(),
            key: Default::default(),
            pd: Default::default(),
            addr: Default::default(),
            len: Default::default(),
            need_local_write: Default::default(),
            need_remote_write: Default::default(),
            ok: Default::default(),
            iova: Default::default(),
            off: Default::default(),
            off_end: Default::default(),
            k_valid: k(mr::VALID.bit()),
            k_access: k(mr::ACCESS.bit()),
            k_pd: k(mr::PD.bit()),
            k_key: k(mr::KEY.bit()),
            k_va: k(mr::VA.bit()),
            k_len: k(mr::LEN.bit()),
            k_iova: k(mr::IOVA.bit()),
            k_local_write: k(mr::ACCESS.bit() + access::LOCAL_WRITE.trailing_zeros() as usize),
            k_remote_write: k(mr::ACCESS.bit() + access::REMOTE_WRITE.trailing_zeros() as usize),
        }
    }
}

impl Logic for MrCheck {
    #[hdl_gen]
    fn update(&mut self) {
        self.off.next = self.addr.val() - self.row.val().get_bits::<W_VA>(self.k_va.val().index());
        // 33 bits: offset within the first 4 GiB plus the length cannot wrap.
        self.off_end.next = bit_cast::<33, 32>(self.off.val().get_bits::<32>(0)) + bit_cast::<33, 32>(self.len.val());
        self.ok.next = self.row.val().get_bit(self.k_valid.val().index())
            & (self.row.val().get_bits::<W_KEY>(self.k_key.val().index()) == self.key.val())
            & (self.row.val().get_bits::<W_PD>(self.k_pd.val().index()) == self.pd.val())
            & (self.row.val().get_bit(self.k_local_write.val().index()) | !self.need_local_write.val())
            & (self.row.val().get_bit(self.k_remote_write.val().index()) | !self.need_remote_write.val())
            & (self.addr.val() >= self.row.val().get_bits::<W_VA>(self.k_va.val().index()))
            & !self.off.val().get_bits::<32>(32).any()
            & (self.off_end.val() <= bit_cast::<33, W_LEN>(self.row.val().get_bits::<W_LEN>(self.k_len.val().index())));
        self.iova.next = self.row.val().get_bits::<W_IOVA>(self.k_iova.val().index()) + self.off.val();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use openrnic_contract::regs::access;
    use openrnic_contract::Entry;

    fn row(valid: bool, acc: u32, pd: u64, key: u64, va: u64, len: u64, iova: u64) -> Bits<MR_BITS> {
        let mut e = Entry::<{ mr::SIZE }>::default();
        e.set(mr::VALID, valid as u64).unwrap().set(mr::ACCESS, acc as u64).unwrap();
        e.set(mr::PD, pd).unwrap().set(mr::KEY, key).unwrap().set(mr::VA, va).unwrap();
        e.set(mr::LEN, len).unwrap().set(mr::IOVA, iova).unwrap();
        let mut b = Bits::<MR_BITS>::default();
        for (i, byte) in e.bytes.iter().enumerate() {
            for bit in 0..8 {
                b = b.replace_bit(8 * i + bit, (byte >> bit) & 1 == 1);
            }
        }
        b
    }

    #[test]
    fn accepts_inside_and_refuses_everything_else() {
        let mut uut = MrCheck::default();
        uut.connect_all();
        let rw = access::LOCAL_WRITE | access::REMOTE_WRITE;
        let va = 0x7000_0000_1000u64;
        let good = row(true, rw, 5, 0x113, va, 4096, 0x9_0000);
        // (row, key, pd, addr, len, local, remote) -> ok
        let cases = [
            (good, 0x113, 5, va, 4096, true, true, true),
            (good, 0x113, 5, va + 4095, 1, false, true, true),
            (good, 0x113, 5, va + 4096, 0, false, false, true),
            (good, 0x113, 5, va + 4095, 2, false, false, false),
            (good, 0x113, 5, va - 1, 1, false, false, false),
            (good, 0x213, 5, va, 1, false, false, false),
            (good, 0x113, 6, va, 1, false, false, false),
            (good, 0x113, 5, va + (1 << 32), 1, false, false, false),
            (good, 0x113, 5, va, u32::MAX as u64, false, false, false),
            (row(false, rw, 5, 0x113, va, 4096, 0), 0x113, 5, va, 1, false, false, false),
            (row(true, access::LOCAL_WRITE, 5, 0x113, va, 4096, 0), 0x113, 5, va, 1, false, true, false),
            (row(true, access::REMOTE_WRITE, 5, 0x113, va, 4096, 0), 0x113, 5, va, 1, true, false, false),
        ];
        for (i, (r, key, pd, addr, len, lw, rw, want)) in cases.into_iter().enumerate() {
            uut.row.next = r;
            uut.key.next = (key as u64).to_bits();
            uut.pd.next = (pd as u64).to_bits();
            uut.addr.next = addr.to_bits();
            uut.len.next = len.to_bits();
            uut.need_local_write.next = lw;
            uut.need_remote_write.next = rw;
            assert!(simulate(&mut uut, 100));
            assert_eq!(uut.ok.val(), want, "case {i}");
            if want {
                assert_eq!(uut.iova.val().to_u64(), 0x9_0000 + (addr - va), "case {i}");
            }
        }
    }
}
