//! Field and layout descriptions: the vocabulary every other part of the contract
//! is written in. A field is a little-endian bit range inside a fixed-size entry;
//! the HDL reads `bit()`/`width`, the driver reads and writes through [`Entry`].

/// One field of a little-endian entry: `width` bits starting at bit `lsb` of byte `offset`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Field {
    pub name: &'static str,
    pub offset: usize,
    pub lsb: u32,
    pub width: u32,
    pub doc: &'static str,
}

impl Field {
    /// Absolute bit position of the field's least significant bit.
    pub const fn bit(&self) -> usize {
        self.offset * 8 + self.lsb as usize
    }
    #[inline]
    pub const fn mask(&self) -> u64 {
        if self.width >= 64 { u64::MAX } else { (1u64 << self.width) - 1 }
    }
    /// Bytes the field spans, counted from `offset`.
    #[inline]
    const fn span(&self) -> usize {
        (self.lsb as usize + self.width as usize).div_ceil(8)
    }
    /// Read the field from a little-endian byte buffer.
    #[inline]
    pub fn get(&self, buf: &[u8]) -> u64 {
        // Whole bytes are the common case (every address, key and length): no shifting.
        if self.lsb == 0 && self.width.is_multiple_of(8) {
            let n = self.width as usize / 8;
            let mut raw = [0u8; 8];
            raw[..n].copy_from_slice(&buf[self.offset..self.offset + n]);
            return u64::from_le_bytes(raw);
        }
        let mut raw = [0u8; 16];
        let n = self.span();
        raw[..n].copy_from_slice(&buf[self.offset..self.offset + n]);
        ((u128::from_le_bytes(raw) >> self.lsb) as u64) & self.mask()
    }
    /// Write the field into a little-endian byte buffer; bits beyond `width` are an error.
    #[inline]
    pub fn set(&self, buf: &mut [u8], value: u64) -> Result<(), FieldOverflow> {
        if value & !self.mask() != 0 {
            return Err(FieldOverflow { field: self.name, value, width: self.width });
        }
        if self.lsb == 0 && self.width.is_multiple_of(8) {
            let n = self.width as usize / 8;
            buf[self.offset..self.offset + n].copy_from_slice(&value.to_le_bytes()[..n]);
            return Ok(());
        }
        let n = self.span();
        let mut raw = [0u8; 16];
        raw[..n].copy_from_slice(&buf[self.offset..self.offset + n]);
        let mut word = u128::from_le_bytes(raw);
        word &= !((self.mask() as u128) << self.lsb);
        word |= (value as u128) << self.lsb;
        buf[self.offset..self.offset + n].copy_from_slice(&word.to_le_bytes()[..n]);
        Ok(())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("value {value:#x} does not fit the {width}-bit field {field}")]
pub struct FieldOverflow {
    pub field: &'static str,
    pub value: u64,
    pub width: u32,
}

/// A fixed-size entry: a host-memory queue entry or an on-chip table row.
#[derive(Debug, Clone, Copy)]
pub struct Layout {
    pub name: &'static str,
    pub size: usize,
    pub doc: &'static str,
    pub fields: &'static [Field],
}

/// Declares a layout once: a module with one `Field` constant per field, `SIZE`,
/// and `LAYOUT` listing them all (which the renderers and the overlap test walk).
macro_rules! layout {
    ($(#[doc = $ldoc:literal])* pub mod $m:ident ($size:expr) {
        $( $(#[doc = $fdoc:literal])* $f:ident : $off:literal [$lsb:literal ; $w:literal] ),* $(,)?
    }) => {
        $(#[doc = $ldoc])*
        pub mod $m {
            use $crate::layout::{Field, Layout};
            pub const SIZE: usize = $size;
            $(
                $(#[doc = $fdoc])*
                pub const $f: Field = Field {
                    name: stringify!($f), offset: $off, lsb: $lsb, width: $w,
                    doc: concat!($($fdoc),*),
                };
            )*
            pub const LAYOUT: Layout = Layout {
                name: stringify!($m), size: $size, doc: concat!($($ldoc),*), fields: &[$($f),*],
            };
        }
    };
}
pub(crate) use layout;
