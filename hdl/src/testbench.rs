//! Shared pieces of the block testbenches (rust-hdl's simulator): a clock step and a
//! seeded idle/backpressure inserter, after Corundum's testbenches, which drive every
//! valid/ready port through such inserters so a block is proven under any stall pattern.
//!
//! Use: each cycle, set the inputs (a source drives `valid` only when its inserter says
//! so; a sink drives `ready` likewise), call [`Clocked::half_low`], sample the
//! handshakes that fire, then [`Clocked::half_high`].

use rust_hdl::prelude::*;

/// Seeded stall pattern: `go()` is true with probability `percent`/100, from a
/// xorshift64 generator so a failing seed replays exactly.
#[derive(Clone, Debug)]
pub struct Stalls {
    state: u64,
    percent: u64,
}

impl Stalls {
    /// `percent` = how often the port is active (100 = never stalls).
    pub fn new(seed: u64, percent: u64) -> Stalls {
        Stalls { state: seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1, percent: percent.min(100) }
    }
    pub fn never() -> Stalls {
        Stalls::new(1, 100)
    }
    /// Next raw 64-bit value (for testbench data as well as stalls).
    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.state;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.state = x;
        x
    }
    /// Whether the port is active this cycle.
    pub fn go(&mut self) -> bool {
        self.next_u64() % 100 < self.percent
    }
}

/// One beat of a 64-bit frame stream: data (lane 0 first), keep, last.
pub type Beat = (u64, u8, bool);

/// The beats that carry `frame` on a 64-bit AXI-stream port.
pub fn frame_beats(frame: &[u8]) -> Vec<Beat> {
    let n = frame.len().div_ceil(8);
    frame
        .chunks(8)
        .enumerate()
        .map(|(i, c)| {
            let mut w = [0u8; 8];
            w[..c.len()].copy_from_slice(c);
            (u64::from_le_bytes(w), ((1u16 << c.len()) - 1) as u8, i + 1 == n)
        })
        .collect()
}

/// A block with a clock input, stepped a half cycle at a time.
pub trait Clocked: Block + Sized {
    fn clock_mut(&mut self) -> &mut Signal<In, Clock>;

    /// Clock low, inputs settle: sample outputs and handshakes after this.
    fn half_low(&mut self) {
        self.clock_mut().next = Clock::from(false);
        assert!(simulate(self, 1000), "the block did not settle (combinational loop?)");
    }
    /// Rising edge: registers take their next values.
    fn half_high(&mut self) {
        self.clock_mut().next = Clock::from(true);
        assert!(simulate(self, 1000), "the block did not settle (combinational loop?)");
    }
}

/// Implements [`Clocked`] for blocks whose clock port is named `clock`.
#[macro_export]
macro_rules! clocked {
    ($($t:ty),* $(,)?) => {
        $(impl $crate::testbench::Clocked for $t {
            fn clock_mut(&mut self) -> &mut rust_hdl::prelude::Signal<rust_hdl::prelude::In, rust_hdl::prelude::Clock> {
                &mut self.clock
            }
        })*
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stalls_hit_their_rate_and_replay() {
        let mut s = Stalls::new(7, 30);
        let n = (0..10_000).filter(|_| s.go()).count();
        assert!((2_700..3_300).contains(&n), "{n} of 10000 at 30 %");
        let a: Vec<u64> = { let mut s = Stalls::new(9, 50); (0..8).map(|_| s.next_u64()).collect() };
        let b: Vec<u64> = { let mut s = Stalls::new(9, 50); (0..8).map(|_| s.next_u64()).collect() };
        assert_eq!(a, b);
        assert!(Stalls::never().go());
    }
}
