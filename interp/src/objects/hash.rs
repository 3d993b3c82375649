//! Hashing as CPython 3.14 hashes: SipHash-1-3 for str and bytes with the
//! process's secret, numeric hashes modulo 2**61 - 1, the tuple hash.
//!
//! CPython: Python/pyhash.c, Python/bootstrap_hash.c, Objects/tupleobject.c `tuple_hash`,
//! Objects/longobject.c `long_hash`.
//!
//! The secret is process-wide (CPython's `_Py_HashSecret`), so every
//! interpreter in the process hashes strings alike, as CPython's do. With
//! `PYTHONHASHSEED=0` it is all zeros and `hash('a')` equals CPython's.

use std::sync::OnceLock;

/// `sys.hash_info.modulus`: 2**61 - 1.
pub const MODULUS: u64 = (1 << 61) - 1;
pub const BITS: u32 = 61;
/// `sys.hash_info.inf`.
pub const INF: i64 = 314159;
/// `sys.hash_info.imag`.
pub const IMAG: u64 = 1000003;

/// The SipHash keys (CPython `_Py_HashSecret.siphash`).
#[derive(Clone, Copy, Debug)]
pub struct HashSecret {
    pub k0: u64,
    pub k1: u64,
    /// False when `PYTHONHASHSEED=0` disabled randomisation.
    pub randomized: bool,
}

static SECRET: OnceLock<HashSecret> = OnceLock::new();

/// The `PYTHONHASHSEED` value was neither "random" nor an integer in range.
#[derive(Debug)]
pub struct BadHashSeed;

/// Sets the process's secret from a `PYTHONHASHSEED` value (`None`: unset).
/// The first call wins; later calls return the secret already chosen.
/// CPython: Python/bootstrap_hash.c `_Py_HashRandomization_Init`.
pub fn init_secret(seed: Option<&str>) -> Result<HashSecret, BadHashSeed> {
    let s = compute_secret(seed)?;
    Ok(*SECRET.get_or_init(|| s))
}

fn compute_secret(seed: Option<&str>) -> Result<HashSecret, BadHashSeed> {
    let parsed = match seed {
        None | Some("") | Some("random") => None,
        Some(s) => Some(s.parse::<u32>().map_err(|_| BadHashSeed)?),
    };
    Ok({
        let mut buf = [0u8; 24];
        let randomized = match parsed {
            Some(0) => false,
            Some(seed) => {
                lcg_urandom(seed, &mut buf);
                true
            }
            None => {
                fill_random(&mut buf);
                true
            }
        };
        HashSecret {
            k0: u64::from_le_bytes(buf[0..8].try_into().unwrap_or([0; 8])),
            k1: u64::from_le_bytes(buf[8..16].try_into().unwrap_or([0; 8])),
            randomized,
        }
    })
}

/// The process's secret; initialised from the environment on first use.
pub fn secret() -> &'static HashSecret {
    SECRET.get_or_init(|| {
        let seed = std::env::var("PYTHONHASHSEED").ok();
        compute_secret(seed.as_deref()).unwrap_or_else(|_| {
            // The command line validates the variable first; an embedder that
            // set a bad one gets a random secret rather than a crash.
            compute_secret(None).unwrap_or(HashSecret { k0: 0, k1: 0, randomized: false })
        })
    })
}

/// CPython `lcg_urandom`: the secret for a fixed `PYTHONHASHSEED`.
fn lcg_urandom(x0: u32, buf: &mut [u8]) {
    let mut x = x0;
    for b in buf.iter_mut() {
        x = x.wrapping_mul(214013).wrapping_add(2531011);
        *b = ((x >> 16) & 0xff) as u8;
    }
}

fn fill_random(buf: &mut [u8]) {
    use std::io::Read;
    if let Ok(mut f) = std::fs::File::open("/dev/urandom") {
        if f.read_exact(buf).is_ok() {
            return;
        }
    }
    // No urandom: mix the clock and addresses; randomisation is a defence, not
    // a correctness property.
    let t = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or(0);
    let a = (&t as *const u64).addr() as u64;
    let mut x = t ^ a.rotate_left(32);
    for b in buf.iter_mut() {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        *b = x as u8;
    }
}

/// SipHash-1-3 fed incrementally: CPython hashes a str's PEP 393
/// representation (1, 2 or 4 bytes per code point), which oxpy produces on the
/// fly from its UTF-8 storage.
pub struct SipHasher13 {
    v0: u64,
    v1: u64,
    v2: u64,
    v3: u64,
    tail: u64,
    ntail: u32,
    len: u64,
}

#[inline(always)]
fn sip_round(v0: &mut u64, v1: &mut u64, v2: &mut u64, v3: &mut u64) {
    // CPython: HALF_ROUND(v0,v1,v2,v3,13,16); HALF_ROUND(v2,v1,v0,v3,17,21)
    *v0 = v0.wrapping_add(*v1);
    *v2 = v2.wrapping_add(*v3);
    *v1 = v1.rotate_left(13) ^ *v0;
    *v3 = v3.rotate_left(16) ^ *v2;
    *v0 = v0.rotate_left(32);
    *v2 = v2.wrapping_add(*v1);
    *v0 = v0.wrapping_add(*v3);
    *v1 = v1.rotate_left(17) ^ *v2;
    *v3 = v3.rotate_left(21) ^ *v0;
    *v2 = v2.rotate_left(32);
}

impl SipHasher13 {
    pub fn new(k0: u64, k1: u64) -> Self {
        SipHasher13 {
            v0: k0 ^ 0x736f6d6570736575,
            v1: k1 ^ 0x646f72616e646f6d,
            v2: k0 ^ 0x6c7967656e657261,
            v3: k1 ^ 0x7465646279746573,
            tail: 0,
            ntail: 0,
            len: 0,
        }
    }

    #[inline]
    fn block(&mut self, m: u64) {
        self.v3 ^= m;
        sip_round(&mut self.v0, &mut self.v1, &mut self.v2, &mut self.v3);
        self.v0 ^= m;
    }

    #[inline]
    pub fn write_u8(&mut self, b: u8) {
        self.tail |= (b as u64) << (8 * self.ntail);
        self.ntail += 1;
        self.len += 1;
        if self.ntail == 8 {
            let m = self.tail;
            self.block(m);
            self.tail = 0;
            self.ntail = 0;
        }
    }

    pub fn write(&mut self, bytes: &[u8]) {
        let mut rest = bytes;
        while self.ntail != 0 {
            match rest.split_first() {
                Some((&b, r)) => {
                    self.write_u8(b);
                    rest = r;
                }
                None => return,
            }
        }
        let mut chunks = rest.chunks_exact(8);
        for c in &mut chunks {
            let m = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
            self.block(m);
            self.len += 8;
        }
        for &b in chunks.remainder() {
            self.write_u8(b);
        }
    }

    pub fn finish(mut self) -> u64 {
        let b = (self.len << 56) | self.tail;
        self.v3 ^= b;
        sip_round(&mut self.v0, &mut self.v1, &mut self.v2, &mut self.v3);
        self.v0 ^= b;
        self.v2 ^= 0xff;
        for _ in 0..3 {
            sip_round(&mut self.v0, &mut self.v1, &mut self.v2, &mut self.v3);
        }
        (self.v0 ^ self.v1) ^ (self.v2 ^ self.v3)
    }
}

/// `_Py_HashBytes`: the hash of a byte string (0 for the empty one).
pub fn hash_bytes(b: &[u8]) -> i64 {
    if b.is_empty() {
        return 0;
    }
    let s = secret();
    let mut h = SipHasher13::new(s.k0, s.k1);
    h.write(b);
    fix(h.finish() as i64)
}

/// -1 is reserved for errors in CPython's C API, so no hash is ever -1.
#[inline(always)]
pub fn fix(h: i64) -> i64 {
    if h == -1 { -2 } else { h }
}

/// `_Py_HashPointer`: `object.__hash__` of an object at this address.
#[inline]
pub fn hash_pointer(addr: usize) -> i64 {
    fix(addr.rotate_right(4) as i64)
}

/// The hash of an int that fits in an `i64` (CPython `long_hash`).
#[inline]
pub fn hash_i64(v: i64) -> i64 {
    let neg = v < 0;
    let m = v.unsigned_abs() % MODULUS;
    let h = if neg { -(m as i64) } else { m as i64 };
    fix(h)
}

/// The hash of an arbitrary int: the value modulo 2**61 - 1 with its sign.
pub fn hash_bigint(v: &num_bigint::BigInt) -> i64 {
    use num_bigint::Sign;
    let (sign, digits) = v.to_u64_digits();
    // Horner over 64-bit digits, most significant first: x = x * 2**64 + d (mod P).
    let mut x: u64 = 0;
    for &d in digits.iter().rev() {
        // 2**64 mod P = 8, since 2**61 = 1 (mod P).
        x = mulmod(x, 8);
        x = addmod(x, d % MODULUS);
    }
    let h = if sign == Sign::Minus { -(x as i64) } else { x as i64 };
    fix(h)
}

#[inline]
fn addmod(a: u64, b: u64) -> u64 {
    let s = a + b;
    if s >= MODULUS { s - MODULUS } else { s }
}

#[inline]
fn mulmod(a: u64, b: u64) -> u64 {
    ((a as u128 * b as u128) % MODULUS as u128) as u64
}

/// `_Py_HashDouble`: the hash of a float, equal to that of an equal int or
/// fraction. NaN hashes by identity in CPython (`object.__hash__`), so the
/// caller passes the object's address for it.
pub fn hash_f64(v: f64, nan_addr: usize) -> i64 {
    if !v.is_finite() {
        if v.is_infinite() {
            return if v > 0.0 { INF } else { -INF };
        }
        return hash_pointer(nan_addr);
    }
    let (mut m, mut e) = frexp(v);
    let mut sign: i64 = 1;
    if m < 0.0 {
        sign = -1;
        m = -m;
    }
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | (x >> (BITS - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let bits = BITS as i32;
    let e = if e >= 0 { e % bits } else { bits - 1 - ((-1 - e) % bits) };
    let e = e as u32;
    x = ((x << e) & MODULUS) | (x >> (BITS - e));
    fix((x as i64).wrapping_mul(sign))
}

/// `frexp`: `v = m * 2**e` with `0.5 <= |m| < 1` (or `m = 0`).
pub fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 || !v.is_finite() {
        return (v, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale into the normal range first.
        let (m, e) = frexp(v * f64::from_bits(0x4350000000000000)); // 2**54
        return (m, e - 54);
    }
    let e = exp - 1022;
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, e)
}

const XXPRIME_1: u64 = 11400714785074694791;
const XXPRIME_2: u64 = 14029467366897019727;
const XXPRIME_5: u64 = 2870177450012600261;

/// The tuple hash (CPython `tuple_hash`, after xxHash), given its items' hashes.
pub struct TupleHasher {
    acc: u64,
    len: u64,
}

impl TupleHasher {
    pub fn new() -> Self {
        TupleHasher {
            acc: XXPRIME_5,
            len: 0,
        }
    }

    #[inline]
    pub fn add(&mut self, lane: i64) {
        self.acc = self.acc.wrapping_add((lane as u64).wrapping_mul(XXPRIME_2));
        self.acc = self.acc.rotate_left(31);
        self.acc = self.acc.wrapping_mul(XXPRIME_1);
        self.len += 1;
    }

    pub fn finish(self) -> i64 {
        let acc = self.acc.wrapping_add(self.len ^ (XXPRIME_5 ^ 3527539));
        if acc == u64::MAX { 1546275796 } else { acc as i64 }
    }
}

impl Default for TupleHasher {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numeric_hashes_match_cpython() {
        // Values printed by CPython 3.14.10.
        assert_eq!(hash_i64(-1), -2);
        assert_eq!(hash_i64(1 << 61), 1);
        assert_eq!(hash_bigint(&(num_bigint::BigInt::from(1) << 100)), 549755813888);
        assert_eq!(hash_f64(1.5, 0), 1152921504606846977);
        let mut t = TupleHasher::new();
        t.add(hash_i64(1));
        t.add(hash_i64(2));
        assert_eq!(t.finish(), -3550055125485641917);
    }

    #[test]
    fn siphash13_matches_cpython_with_zero_key() {
        // PYTHONHASHSEED=0: hash(b'abc') == -4594863902769663758 on CPython 3.14.
        let mut h = SipHasher13::new(0, 0);
        h.write(b"abc");
        assert_eq!(h.finish() as i64, -4594863902769663758);
        let mut h = SipHasher13::new(0, 0);
        for &b in b"a" {
            h.write_u8(b);
        }
        assert_eq!(h.finish() as i64, 4644417185603328019);
    }
}
