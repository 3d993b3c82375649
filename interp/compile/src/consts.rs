//! Constant keys and the constant table of a code unit.
//!
//! CPython deduplicates `co_consts` through `_PyCode_ConstantKey`: a key that
//! keeps apart constants Python's `==` would merge. `1`, `1.0`, `True` and
//! `(1+0j)` are four constants; `0.0` and `-0.0` are two; `(1, 2)` and
//! `(1.0, 2)` are two, because a tuple's key is made of its items' keys, and
//! a frozenset's key is the set of its items' keys (so order does not matter).
//! Code objects compare by value, as CPython's `code_richcompare` (the
//! `all()`/`any()` fast path compiles one generator expression twice, and
//! both copies of a `finally` body compile their nested units twice).
//!
//! CPython: Objects/codeobject.c `_PyCode_ConstantKey`, Python/compile.c
//! `_PyCompile_AddConst`, Python/flowgraph.c `add_const`.

use crate::code::Constant;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hash, Hasher};
use std::sync::Arc;

/// A constant seen through its `_PyCode_ConstantKey`: `Eq` and `Hash` follow
/// the key's equality.
#[derive(Clone, Copy, Debug)]
pub struct ConstKey<'a>(pub &'a Constant);

impl PartialEq for ConstKey<'_> {
    fn eq(&self, other: &Self) -> bool {
        key_eq(self.0, other.0)
    }
}

impl Eq for ConstKey<'_> {}

impl Hash for ConstKey<'_> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        key_hash(self.0, state);
    }
}

/// Whether two constants have equal `_PyCode_ConstantKey`s.
///
/// Floats compare by bit pattern (equal non-zero floats have equal bits, and
/// `0.0` and `-0.0` are distinct keys in CPython), except NaNs: CPython's
/// keys hold the float object, a NaN equals only itself, and each NaN that
/// constant folding makes is a new object, so no two NaN constants share a
/// key. (Constants here have no identity; a NaN loaded twice from one
/// `co_consts` slot keeps its index without a lookup.)
pub fn key_eq(a: &Constant, b: &Constant) -> bool {
    use Constant as C;
    match (a, b) {
        (C::None, C::None) | (C::Ellipsis, C::Ellipsis) => true,
        (C::Bool(x), C::Bool(y)) => x == y,
        (C::Int(x), C::Int(y)) => x == y,
        (C::Float(x), C::Float(y)) => float_key_eq(*x, *y),
        (C::Complex { real: r1, imag: i1 }, C::Complex { real: r2, imag: i2 }) => {
            r1.to_bits() == r2.to_bits() && i1.to_bits() == i2.to_bits()
        }
        (C::Str(x), C::Str(y)) => x == y,
        (C::Bytes(x), C::Bytes(y)) => x == y,
        (C::Tuple(x), C::Tuple(y)) => {
            x.len() == y.len() && x.iter().zip(y.iter()).all(|(p, q)| key_eq(p, q))
        }
        (C::FrozenSet(x), C::FrozenSet(y)) => set_key_eq(x, y),
        (C::Slice(x), C::Slice(y)) => x.iter().zip(y.iter()).all(|(p, q)| key_eq(p, q)),
        (C::Code(x), C::Code(y)) => Arc::ptr_eq(x, y) || code_eq(x, y),
        _ => false,
    }
}

fn float_key_eq(x: f64, y: f64) -> bool {
    x.to_bits() == y.to_bits() && !x.is_nan()
}

/// Code objects compare by value, as CPython's `code_richcompare`: the same
/// AST compiled twice (the `all()`/`any()` fast path compiles its generator
/// expression twice) gives one constant.
fn code_eq(x: &crate::code::CodeCore, y: &crate::code::CodeCore) -> bool {
    x.name == y.name
        && x.qualname == y.qualname
        && x.argcount == y.argcount
        && x.posonlyargcount == y.posonlyargcount
        && x.kwonlyargcount == y.kwonlyargcount
        && x.flags == y.flags
        && x.firstlineno == y.firstlineno
        && x.code == y.code
        && x.consts.len() == y.consts.len()
        && x.consts
            .iter()
            .zip(y.consts.iter())
            .all(|(p, q)| key_eq(p, q))
        && x.names == y.names
        && x.localsplusnames == y.localsplusnames
        && x.localspluskinds == y.localspluskinds
        && x.linetable == y.linetable
        && x.exceptiontable == y.exceptiontable
}

/// Frozenset keys are sets of item keys: equal when each holds the other's.
/// Items of one frozenset have distinct keys (they are distinct under `==`,
/// which is coarser), so equal lengths and inclusion one way suffice.
fn set_key_eq(x: &[Constant], y: &[Constant]) -> bool {
    if x.len() != y.len() {
        return false;
    }
    if x.len() <= 8 {
        return x.iter().all(|p| y.iter().any(|q| key_eq(p, q)));
    }
    let ys: std::collections::HashSet<ConstKey<'_>> = y.iter().map(ConstKey).collect();
    x.iter().all(|p| ys.contains(&ConstKey(p)))
}

/// Feeds the key of `c` to `state`, consistently with [`key_eq`].
pub fn key_hash<H: Hasher>(c: &Constant, state: &mut H) {
    use Constant as C;
    std::mem::discriminant(c).hash(state);
    match c {
        C::None | C::Ellipsis => {}
        C::Bool(b) => b.hash(state),
        C::Int(i) => i.hash(state),
        C::Float(f) => f.to_bits().hash(state),
        C::Complex { real, imag } => {
            real.to_bits().hash(state);
            imag.to_bits().hash(state);
        }
        C::Str(s) => s.hash(state),
        C::Bytes(b) => b.hash(state),
        C::Tuple(items) => {
            items.len().hash(state);
            for item in items.iter() {
                key_hash(item, state);
            }
        }
        C::FrozenSet(items) => {
            // Order-independent: a wrapping sum of the items' own hashes.
            let mut sum = 0u64;
            for item in items.iter() {
                let mut h = FxHasher::default();
                key_hash(item, &mut h);
                sum = sum.wrapping_add(h.finish());
            }
            items.len().hash(state);
            sum.hash(state);
        }
        C::Slice(parts) => {
            for part in parts.iter() {
                key_hash(part, state);
            }
        }
        C::Code(code) => {
            code.name.hash(state);
            code.firstlineno.hash(state);
            code.code.hash(state);
        }
    }
}

fn hash_of(c: &Constant) -> u64 {
    let mut h = FxHasher::default();
    key_hash(c, &mut h);
    h.finish()
}

/// The Fx hash (rustc's): constants are not attacker-chosen keys of a
/// long-lived table, and SipHash showed in compile profiles.
#[derive(Default, Clone, Copy)]
pub struct FxHasher(u64);

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.add(u64::from_le_bytes(w));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut w = [0u8; 8];
            w[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(w) ^ ((rest.len() as u64) << 59));
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(i as u64);
    }

    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.add(i as u64);
    }

    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

/// The map from a constant's hash to its indices (hashes are already mixed).
type IndexMap = HashMap<u64, Bucket, BuildHasherDefault<FxHasher>>;

/// Indices of the constants whose keys hash alike (almost always one).
#[derive(Clone, Debug)]
enum Bucket {
    One(u32),
    Many(Vec<u32>),
}

/// The constants of one code unit in `co_consts` order, each key once
/// (CPython: the `u_consts` dict of codegen, the `consts` list of the
/// flowgraph).
#[derive(Clone, Debug, Default)]
pub struct ConstTable {
    consts: Vec<Constant>,
    index: IndexMap,
}

impl ConstTable {
    pub fn new() -> Self {
        Self::default()
    }

    /// A table holding `consts` in their order. A constant whose key is
    /// already present stays in the list (its index is kept for what refers
    /// to it) but lookups find the first one.
    pub fn from_vec(consts: Vec<Constant>) -> Self {
        let mut table = ConstTable {
            consts: Vec::with_capacity(consts.len()),
            index: IndexMap::with_capacity_and_hasher(consts.len(), Default::default()),
        };
        for c in consts {
            let h = hash_of(&c);
            if table.find_hashed(&c, h).is_none() {
                table.insert_hashed(h, table.consts.len() as u32);
            }
            table.consts.push(c);
        }
        table
    }

    fn find_hashed(&self, c: &Constant, h: u64) -> Option<u32> {
        let same = |i: &u32| self.consts.get(*i as usize).is_some_and(|x| key_eq(x, c));
        match self.index.get(&h)? {
            Bucket::One(i) => Some(*i).filter(same),
            Bucket::Many(v) => v.iter().copied().find(same),
        }
    }

    fn insert_hashed(&mut self, h: u64, i: u32) {
        match self.index.get_mut(&h) {
            None => {
                self.index.insert(h, Bucket::One(i));
            }
            Some(Bucket::One(j)) => {
                let j = *j;
                self.index.insert(h, Bucket::Many(vec![j, i]));
            }
            Some(Bucket::Many(v)) => v.push(i),
        }
    }

    /// The index of the constant with `c`'s key, if there is one.
    pub fn find(&self, c: &Constant) -> Option<u32> {
        self.find_hashed(c, hash_of(c))
    }

    /// The index of `c`'s key, appending `c` when it is new
    /// (CPython `_PyCompile_AddConst`, flowgraph.c `add_const`).
    pub fn add_const(&mut self, c: Constant) -> u32 {
        let h = hash_of(&c);
        if let Some(i) = self.find_hashed(&c, h) {
            return i;
        }
        let i = self.consts.len() as u32;
        self.consts.push(c);
        self.insert_hashed(h, i);
        i
    }

    pub fn get(&self, i: u32) -> Option<&Constant> {
        self.consts.get(i as usize)
    }

    pub fn len(&self) -> usize {
        self.consts.len()
    }

    pub fn is_empty(&self) -> bool {
        self.consts.is_empty()
    }

    pub fn as_slice(&self) -> &[Constant] {
        &self.consts
    }

    pub fn into_vec(self) -> Vec<Constant> {
        self.consts
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use syntax::ast::PyInt;

    fn int(v: i64) -> Constant {
        Constant::Int(PyInt::Small(v))
    }

    fn tuple(items: Vec<Constant>) -> Constant {
        Constant::Tuple(items.into_boxed_slice())
    }

    #[test]
    fn numbers_of_different_types_stay_apart() {
        let mut t = ConstTable::new();
        let a = t.add_const(int(1));
        let b = t.add_const(Constant::Float(1.0));
        let c = t.add_const(Constant::Bool(true));
        let d = t.add_const(Constant::Complex {
            real: 1.0,
            imag: 0.0,
        });
        assert_eq!([a, b, c, d], [0, 1, 2, 3]);
        assert_eq!(t.add_const(int(1)), 0);
        assert_eq!(t.add_const(Constant::Bool(true)), 2);
        assert_eq!(t.add_const(Constant::Bool(false)), 4);
        assert_eq!(t.add_const(int(0)), 5);
    }

    #[test]
    fn signed_zeros_and_nans() {
        let mut t = ConstTable::new();
        assert_eq!(t.add_const(Constant::Float(0.0)), 0);
        assert_eq!(t.add_const(Constant::Float(-0.0)), 1);
        assert_eq!(t.add_const(Constant::Float(0.0)), 0);
        // Every NaN is a constant of its own, as each folded NaN is a new
        // object in CPython.
        let nan = f64::NAN;
        assert_eq!(t.add_const(Constant::Float(nan)), 2);
        assert_eq!(t.add_const(Constant::Float(nan)), 3);
        assert_eq!(t.find(&Constant::Float(nan)), None);
        let zs = [(0.0, 0.0), (-0.0, 0.0), (0.0, -0.0), (-0.0, -0.0)];
        for (k, (real, imag)) in zs.iter().enumerate() {
            let c = Constant::Complex {
                real: *real,
                imag: *imag,
            };
            assert_eq!(t.add_const(c), 4 + k as u32);
        }
    }

    #[test]
    fn tuples_by_their_items_keys() {
        let mut t = ConstTable::new();
        assert_eq!(t.add_const(tuple(vec![int(1), int(2)])), 0);
        assert_eq!(t.add_const(tuple(vec![Constant::Float(1.0), int(2)])), 1);
        assert_eq!(t.add_const(tuple(vec![int(1), int(2)])), 0);
        assert_eq!(t.add_const(tuple(vec![tuple(vec![int(1)])])), 2);
        assert_eq!(
            t.add_const(tuple(vec![tuple(vec![Constant::Bool(true)])])),
            3
        );
        assert_eq!(t.add_const(tuple(vec![])), 4);
        assert_eq!(t.add_const(tuple(vec![tuple(vec![int(1)])])), 2);
    }

    #[test]
    fn frozensets_ignore_order() {
        let fs = |v: Vec<Constant>| Constant::FrozenSet(v.into_boxed_slice());
        let mut t = ConstTable::new();
        assert_eq!(t.add_const(fs(vec![int(1), int(2)])), 0);
        assert_eq!(t.add_const(fs(vec![int(2), int(1)])), 0);
        assert_eq!(t.add_const(fs(vec![int(2), Constant::Float(1.0)])), 1);
        let big: Vec<Constant> = (0..20).map(int).collect();
        let rev: Vec<Constant> = (0..20).rev().map(int).collect();
        assert_eq!(t.add_const(fs(big)), 2);
        assert_eq!(t.add_const(fs(rev)), 2);
        assert_eq!(t.add_const(tuple((0..20).map(int).collect())), 3);
    }

    #[test]
    fn strings_bytes_and_code() {
        let mut t = ConstTable::new();
        assert_eq!(t.add_const(Constant::Str("a".into())), 0);
        assert_eq!(t.add_const(Constant::Bytes(b"a".to_vec().into())), 1);
        assert_eq!(t.add_const(Constant::Str("a".into())), 0);
        assert_eq!(t.add_const(Constant::None), 2);
        assert_eq!(t.add_const(Constant::Ellipsis), 3);
        assert_eq!(t.find(&Constant::None), Some(2));
        assert_eq!(t.find(&Constant::Str("b".into())), None);
        let dup = ConstTable::from_vec(vec![int(7), int(7), int(8)]);
        assert_eq!(dup.len(), 3);
        assert_eq!(dup.find(&int(7)), Some(0));
        assert_eq!(dup.find(&int(8)), Some(2));
    }
}
