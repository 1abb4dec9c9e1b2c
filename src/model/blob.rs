//! The dataset as one compact byte string: `build.rs` encodes the validated dataset, the widget
//! decodes it once when it first needs it. No JSON parser in the wasm, and none of the pointers,
//! lengths and padding that Rust statics would store between the strings.
//!
//! Layout: `MAGIC`, the lengths of the string table and of the records (LEB128 each), the
//! string table, the records.
//! - The string table is every distinct string once, each followed by a NUL byte, in the order
//!   the records first use them (so it reads like the dataset's own text and compresses like it).
//! - The records are the dataset's values in declaration order, field by field: integers as
//!   LEB128, enums as their index in `ALL`, `Option` and `Fact` as a tag byte and the value,
//!   lists as a length and the items, dates as year, month, day, numbers as a scaled decimal
//!   (below). A string is `0` when it is the next string of the table not used yet, else its
//!   table index + 1 (a repeat).
//! - Numbers: `n / 10^k` for the smallest `k` in 0..=6 that gives back the same `f64` bits,
//!   written as one LEB128 `zigzag(n) << 3 | k`; anything else is `7` and the 8 bytes of the
//!   `f64` (little-endian).
//!
//! Every type implements [`Decode`] (and, natively, [`Encode`]): the records through
//! `records!` below, which declares them (in `model/mod.rs`) and writes both sides, and every
//! dataset enum gets both from its `ALL` (`model/enums.rs`).

use std::borrow::Cow;
use std::fmt;

use super::*;

/// First bytes of a blob; the digit is the format's version.
pub const MAGIC: &[u8; 4] = b"KLB1";

/// Powers of ten for scaled decimals; each is exact in an `f64`.
const POW10: [f64; 7] = [1.0, 10.0, 100.0, 1e3, 1e4, 1e5, 1e6];

/// A blob that does not decode: where, and what. Only a build bug can cause one, as `build.rs`
/// decodes every blob it writes and compares the result with the dataset it encoded.
#[derive(Clone, Debug, PartialEq)]
pub struct BlobError {
    /// Byte offset into the blob.
    pub at: usize,
    pub problem: &'static str,
}

impl fmt::Display for BlobError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "dataset blob, byte {}: {}", self.at, self.problem)
    }
}

/// Reads values from a blob. Reading past a problem returns placeholder values and keeps the
/// first problem, which [`decode`] returns; this keeps every `decode` below a straight line.
pub struct Reader {
    bytes: &'static [u8],
    pos: usize,
    strings: Vec<&'static str>,
    /// Index of the next table string not used yet.
    fresh: usize,
    error: Option<BlobError>,
}

impl Reader {
    fn fail(&mut self, problem: &'static str) {
        if self.error.is_none() {
            self.error = Some(BlobError {
                at: self.pos,
                problem,
            });
        }
        // Stop reading: every later read sees the end.
        self.pos = self.bytes.len();
    }

    pub fn byte(&mut self) -> u8 {
        match self.bytes.get(self.pos) {
            Some(&b) => {
                self.pos += 1;
                b
            }
            None => {
                self.fail("ends early");
                0
            }
        }
    }

    /// An unsigned LEB128 integer of at most 64 bits.
    pub fn uleb(&mut self) -> u64 {
        let mut value = 0u64;
        let mut shift = 0;
        loop {
            let b = self.byte();
            value |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return value;
            }
            shift += 7;
            if shift > 63 {
                self.fail("integer too long");
                return 0;
            }
        }
    }

    /// An integer that must fit `max`.
    pub fn int(&mut self, max: u64) -> u64 {
        let v = self.uleb();
        if v > max {
            self.fail("integer out of range");
            return 0;
        }
        v
    }

    pub fn str(&mut self) -> &'static str {
        let i = match self.uleb() {
            0 => {
                self.fresh += 1;
                self.fresh - 1
            }
            n => (n - 1) as usize,
        };
        match self.strings.get(i) {
            Some(s) => s,
            None => {
                self.fail("string index past the table");
                ""
            }
        }
    }

    /// The index of an enum variant among `count`.
    pub fn variant(&mut self, count: usize) -> usize {
        let i = self.byte() as usize;
        if i >= count {
            self.fail("enum index out of range");
            return 0;
        }
        i
    }
}

/// A value read from a blob.
pub trait Decode: Sized {
    fn decode(r: &mut Reader) -> Self;
}

/// Decodes a whole blob into the dataset. `bytes` is `'static` because the strings of the
/// result borrow from it.
pub fn decode(bytes: &'static [u8]) -> Result<Dataset, BlobError> {
    let mut r = Reader {
        bytes,
        pos: 0,
        strings: Vec::new(),
        fresh: 0,
        error: None,
    };
    if !bytes.starts_with(MAGIC) {
        return Err(BlobError {
            at: 0,
            problem: "not a dataset blob of this version",
        });
    }
    r.pos = MAGIC.len();
    let len = r.uleb() as usize;
    let records = r.uleb() as usize;
    let start = r.pos;
    if start.saturating_add(len).saturating_add(records) != bytes.len() {
        r.fail("lengths do not match the blob's size");
    }
    let Some(table) = bytes.get(start..start.saturating_add(len)) else {
        return Err(r.error.unwrap());
    };
    let Ok(table) = std::str::from_utf8(table) else {
        r.fail("string table is not UTF-8");
        return Err(r.error.unwrap());
    };
    r.strings = table.split_terminator('\0').collect();
    r.pos = start + len;
    let dataset = Dataset::decode(&mut r);
    if r.error.is_none() && r.pos != bytes.len() {
        r.fail("bytes left after the records");
    }
    if r.error.is_none() && r.fresh != r.strings.len() {
        r.fail("strings in the table that no record uses");
    }
    match r.error {
        Some(e) => Err(e),
        None => Ok(dataset),
    }
}

impl Decode for u32 {
    fn decode(r: &mut Reader) -> Self {
        r.int(u32::MAX.into()) as u32
    }
}

impl Decode for u16 {
    fn decode(r: &mut Reader) -> Self {
        r.int(u16::MAX.into()) as u16
    }
}

impl Decode for u8 {
    fn decode(r: &mut Reader) -> Self {
        r.int(u8::MAX.into()) as u8
    }
}

impl Decode for bool {
    fn decode(r: &mut Reader) -> Self {
        r.variant(2) == 1
    }
}

impl Decode for f64 {
    fn decode(r: &mut Reader) -> Self {
        let v = r.uleb();
        let k = (v & 7) as usize;
        if k == 7 {
            let mut b = [0u8; 8];
            for x in &mut b {
                *x = r.byte();
            }
            return f64::from_le_bytes(b);
        }
        let z = v >> 3;
        let n = (z >> 1) as i64 ^ -((z & 1) as i64);
        n as f64 / POW10[k]
    }
}

impl Decode for Str {
    fn decode(r: &mut Reader) -> Self {
        Cow::Borrowed(r.str())
    }
}

impl<T: Decode> Decode for Option<T> {
    fn decode(r: &mut Reader) -> Self {
        match r.variant(2) {
            0 => None,
            _ => Some(T::decode(r)),
        }
    }
}

impl<T: Decode + Clone> Decode for List<T> {
    fn decode(r: &mut Reader) -> Self {
        // Every item takes at least one byte: a longer list is a broken blob.
        let n = r.int((r.bytes.len() - r.pos) as u64) as usize;
        Cow::Owned((0..n).map(|_| T::decode(r)).collect())
    }
}

impl Decode for Date {
    fn decode(r: &mut Reader) -> Self {
        let year = u16::decode(r);
        let month = r.byte();
        let day = r.byte();
        Date { year, month, day }
    }
}

impl<T: Decode + Clone> Decode for Fact<T> {
    fn decode(r: &mut Reader) -> Self {
        match r.variant(2) {
            0 => Fact::Known(Known::decode(r)),
            _ => Fact::Unknown(Missing::decode(r)),
        }
    }
}

/// Writes values into a blob (natively: `build.rs` and tests).
#[cfg(not(target_arch = "wasm32"))]
pub struct Writer {
    table: Vec<u8>,
    index: std::collections::HashMap<String, u64>,
    records: Vec<u8>,
    error: Option<String>,
}

#[cfg(not(target_arch = "wasm32"))]
impl Writer {
    pub fn byte(&mut self, b: u8) {
        self.records.push(b);
    }

    pub fn uleb(&mut self, v: u64) {
        push_uleb(&mut self.records, v);
    }

    pub fn str(&mut self, s: &str) {
        if let Some(&i) = self.index.get(s) {
            self.uleb(i + 1);
            return;
        }
        if s.contains('\0') && self.error.is_none() {
            self.error = Some(format!("a string contains a NUL character: {s:?}"));
        }
        self.index.insert(s.to_owned(), self.index.len() as u64);
        self.table.extend_from_slice(s.as_bytes());
        self.table.push(0);
        self.uleb(0);
    }

    /// The index of an enum variant (at most 255 variants).
    pub fn variant(&mut self, i: usize) {
        assert!(i < 256, "more than 256 variants");
        self.byte(i as u8);
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn push_uleb(out: &mut Vec<u8>, mut v: u64) {
    loop {
        let b = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            out.push(b);
            return;
        }
        out.push(b | 0x80);
    }
}

/// A value written into a blob.
#[cfg(not(target_arch = "wasm32"))]
pub trait Encode {
    fn encode(&self, w: &mut Writer);
}

/// Encodes the dataset. Fails only on a string with a NUL character (the table's separator).
#[cfg(not(target_arch = "wasm32"))]
pub fn encode(d: &Dataset) -> Result<Vec<u8>, String> {
    let mut w = Writer {
        table: Vec::new(),
        index: Default::default(),
        records: Vec::new(),
        error: None,
    };
    d.encode(&mut w);
    if let Some(e) = w.error {
        return Err(e);
    }
    let mut out = MAGIC.to_vec();
    push_uleb(&mut out, w.table.len() as u64);
    push_uleb(&mut out, w.records.len() as u64);
    out.extend_from_slice(&w.table);
    out.extend_from_slice(&w.records);
    Ok(out)
}

#[cfg(not(target_arch = "wasm32"))]
impl Encode for u32 {
    fn encode(&self, w: &mut Writer) {
        w.uleb((*self).into());
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl Encode for u16 {
    fn encode(&self, w: &mut Writer) {
        w.uleb((*self).into());
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl Encode for u8 {
    fn encode(&self, w: &mut Writer) {
        w.uleb((*self).into());
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl Encode for bool {
    fn encode(&self, w: &mut Writer) {
        w.variant(usize::from(*self));
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl Encode for f64 {
    fn encode(&self, w: &mut Writer) {
        for (k, p) in POW10.iter().enumerate() {
            let n = (self * p).round();
            if n.is_nan() || n.abs() > 9_007_199_254_740_992.0 {
                break;
            }
            // Integers up to 2^53 are exact; the decoder computes exactly this division (from
            // the integer, so -0.0 does not pass for 0).
            let n = n as i64;
            if (n as f64 / p).to_bits() == self.to_bits() {
                let z = ((n << 1) ^ (n >> 63)) as u64;
                w.uleb(z << 3 | k as u64);
                return;
            }
        }
        w.uleb(7);
        for b in self.to_le_bytes() {
            w.byte(b);
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl Encode for Str {
    fn encode(&self, w: &mut Writer) {
        w.str(self);
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl<T: Encode> Encode for Option<T> {
    fn encode(&self, w: &mut Writer) {
        match self {
            None => w.variant(0),
            Some(v) => {
                w.variant(1);
                v.encode(w);
            }
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl<T: Encode + Clone> Encode for List<T> {
    fn encode(&self, w: &mut Writer) {
        w.uleb(self.len() as u64);
        for item in self.iter() {
            item.encode(w);
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl Encode for Date {
    fn encode(&self, w: &mut Writer) {
        self.year.encode(w);
        w.byte(self.month);
        w.byte(self.day);
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl<T: Encode + Clone> Encode for Fact<T> {
    fn encode(&self, w: &mut Writer) {
        match self {
            Fact::Known(k) => {
                w.variant(0);
                k.encode(w);
            }
            Fact::Unknown(m) => {
                w.variant(1);
                m.encode(w);
            }
        }
    }
}

/// Declares the dataset's record types, each once: the struct as written (its doc comments and
/// field attributes kept), with `Clone`, `Debug`, `PartialEq`, `serde::Deserialize` (unknown
/// fields rejected) and `schemars::JsonSchema` derived, plus both sides of the blob, field by
/// field in the order written (`Name<T> { .. }` for a record generic over its value type).
/// Decoding builds the struct from every field and encoding destructures it, so a new field
/// is one line in `model/mod.rs` and nothing here. (The wasm never calls the serde or schema
/// code: the linker drops it.)
macro_rules! records {
    ($(
        $(#[$meta:meta])*
        pub struct $t:ident $(<$g:ident>)? {
            $( $(#[$fmeta:meta])* pub $f:ident : $ft:ty ),* $(,)?
        }
    )*) => {$(
        #[derive(Clone, Debug, PartialEq, serde::Deserialize, schemars::JsonSchema)]
        #[serde(deny_unknown_fields)]
        $(#[$meta])*
        pub struct $t $(<$g: Clone + 'static>)? {
            $( $(#[$fmeta])* pub $f: $ft ),*
        }

        impl$(<$g: $crate::model::blob::Decode + Clone>)? $crate::model::blob::Decode for $t$(<$g>)? {
            fn decode(r: &mut $crate::model::blob::Reader) -> Self {
                $t { $($f: $crate::model::blob::Decode::decode(r)),* }
            }
        }

        #[cfg(not(target_arch = "wasm32"))]
        impl$(<$g: $crate::model::blob::Encode + Clone>)? $crate::model::blob::Encode for $t$(<$g>)? {
            fn encode(&self, w: &mut $crate::model::blob::Writer) {
                let $t { $($f),* } = self;
                $($crate::model::blob::Encode::encode($f, w);)*
            }
        }
    )*};
}

pub(crate) use records;

/// Both sides for index newtypes (`SourceRef(u16)`).
macro_rules! blob_index {
    ($($t:ident),*) => {$(
        impl Decode for $t {
            fn decode(r: &mut Reader) -> Self {
                $t(u16::decode(r))
            }
        }

        #[cfg(not(target_arch = "wasm32"))]
        impl Encode for $t {
            fn encode(&self, w: &mut Writer) {
                self.0.encode(w);
            }
        }
    )*};
}

blob_index!(SourceRef, OrgRef, ModelRef, TeamRef, RoundRef);

#[cfg(test)]
mod tests {
    use super::*;

    /// Encodes and decodes one number on its own.
    fn round_trip_f64(x: f64) -> f64 {
        let mut w = Writer {
            table: Vec::new(),
            index: Default::default(),
            records: Vec::new(),
            error: None,
        };
        x.encode(&mut w);
        let bytes: &'static [u8] = Box::leak(w.records.into_boxed_slice());
        let mut r = Reader {
            bytes,
            pos: 0,
            strings: Vec::new(),
            fresh: 0,
            error: None,
        };
        let y = f64::decode(&mut r);
        assert_eq!(r.error, None);
        assert_eq!(r.pos, bytes.len(), "{x}: bytes left");
        y
    }

    #[test]
    fn numbers_keep_their_bits() {
        for x in [
            0.0,
            -0.0,
            1.0,
            46.36,
            2.4,
            0.01,
            100000.0,
            7.8,
            0.123456,
            1.0 / 3.0,
            -12.5,
            1e300,
            f64::MIN_POSITIVE,
        ] {
            assert_eq!(round_trip_f64(x).to_bits(), x.to_bits(), "{x}");
        }
    }

    #[test]
    fn short_decimals_take_few_bytes() {
        let mut w = Writer {
            table: Vec::new(),
            index: Default::default(),
            records: Vec::new(),
            error: None,
        };
        46.36f64.encode(&mut w);
        // 4636 → zigzag 9272 → << 3 | 2 = 74178: three LEB128 bytes instead of eight.
        assert_eq!(w.records.len(), 3);
    }

    #[test]
    fn a_broken_blob_is_an_error_not_a_panic() {
        let full = encode(crate::data::dataset()).unwrap();
        let full: &'static [u8] = Box::leak(full.into_boxed_slice());
        assert!(decode(full).is_ok());
        for cut in [0, 3, 4, 5, 100, full.len() / 2, full.len() - 1] {
            let e = decode(&full[..cut]).unwrap_err();
            assert!(e.at <= cut, "{cut}: {e}");
        }
        let mut longer = full.to_vec();
        longer.push(0);
        let e = decode(Box::leak(longer.into_boxed_slice())).unwrap_err();
        assert_eq!(e.problem, "lengths do not match the blob's size");
    }

    #[test]
    fn repeated_strings_are_stored_once() {
        let d = crate::data::dataset();
        let blob = encode(d).unwrap();
        let text = String::from_utf8_lossy(&blob);
        // The publisher of many sources.
        let publisher = "LG AI Research";
        let uses = d
            .sources
            .iter()
            .filter(|s| s.publisher == publisher)
            .count();
        assert!(uses > 1, "the test needs a repeated string");
        assert_eq!(text.matches(&format!("\0{publisher}\0")).count(), 1);
    }
}
