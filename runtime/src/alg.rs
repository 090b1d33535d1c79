//! Hashing and equality by type descriptor, Go's `alg.go` (and the
//! `memhash` family of `internal/runtime/maps`).
//!
//! The hash is wyhash-style: 64×64→128-bit multiplies folded by xor
//! (`mix`), keyed by four process-random words ([`alginit`]) and a
//! per-map seed. Every hash of a value of one type goes through the same
//! function, so a map hashes all its keys alike; different key types are
//! free to choose different functions (a map's `MapType::key_alg`).
//!
//! Invariants:
//! - Values that compare equal hash equal: +0 and -0 hash alike, strings
//!   by their bytes, interfaces by their dynamic type's hash of the value.
//! - NaN != NaN: each hash of a NaN is random, so a map can hold any
//!   number of NaN keys without long probe chains (as Go).
//! - Hashing an interface whose dynamic type is not comparable panics with
//!   `runtime error: hash of unhashable type T`; comparing two such values
//!   panics with `runtime error: comparing uncomparable type T` (T as
//!   reflect writes it), both naming the topmost type.
//! - A descriptor's `equal` is used when set; otherwise equality and
//!   hashing walk the descriptor by kind (structs field by field skipping
//!   blank fields, arrays element by element).

use crate::types::{GoString, Itab, MapType, Type, keyalg, kind, tflag};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

// Multipliers of Go's non-AES hashes of interface words and floats.
const C0: usize = 33054211828000289;
const C1: usize = 23344194077549503;
const M5: usize = 0x1d8e4e27c47d124f;

/// The process's hash keys (Go's hashkey), randomized by [`alginit`].
/// Until then (runtime unit tests) they are fixed odd constants.
static HASHKEY: [AtomicUsize; 4] = [
    AtomicUsize::new(0xa076_1d64_78bd_642f),
    AtomicUsize::new(0xe703_7ed1_a0b4_28db),
    AtomicUsize::new(0x8ebc_6af0_9c88_c6e3),
    AtomicUsize::new(0x5899_65cc_7537_4cc3),
];

/// Randomizes the hash keys (Go's alginit, from schedinit). Must run
/// before the first map is made.
pub fn alginit() {
    for k in &HASHKEY {
        let mut b = [0u8; 8];
        let n = unsafe { libc::getrandom(b.as_mut_ptr().cast(), 8, 0) };
        let v = if n == 8 {
            u64::from_ne_bytes(b)
        } else {
            rand64() ^ crate::os_linux::nanotime() as u64
        };
        k.store(v as usize | 1, Relaxed);
    }
}

#[inline(always)]
fn key(i: usize) -> usize {
    HASHKEY[i].load(Relaxed)
}

/// A 64-bit random number (Go's rand, as the map code uses it).
#[inline]
pub fn rand64() -> u64 {
    (crate::proc::cheaprand() as u64) << 32 | crate::proc::cheaprand() as u64
}

#[inline(always)]
fn mix(a: usize, b: usize) -> usize {
    let r = (a as u128).wrapping_mul(b as u128);
    (r >> 64) as usize ^ r as usize
}

#[inline(always)]
unsafe fn r4(p: *const u8) -> usize {
    unsafe { (p as *const u32).read_unaligned() as usize }
}

#[inline(always)]
unsafe fn r8(p: *const u8) -> usize {
    unsafe { (p as *const u64).read_unaligned() as usize }
}

/// Hash of `s` bytes at `p` (Go's memhash).
///
/// # Safety
/// `p` points to `s` readable bytes.
pub unsafe fn memhash(p: *const u8, seed: usize, s: usize) -> usize {
    let mut seed = seed ^ key(0);
    let (a, b);
    unsafe {
        if s == 0 {
            return seed;
        } else if s < 4 {
            a = *p as usize | (*p.add(s >> 1) as usize) << 8 | (*p.add(s - 1) as usize) << 16;
            b = 0;
        } else if s == 4 {
            a = r4(p);
            b = a;
        } else if s < 8 {
            a = r4(p);
            b = r4(p.add(s - 4));
        } else if s == 8 {
            a = r8(p);
            b = a;
        } else if s <= 16 {
            a = r8(p);
            b = r8(p.add(s - 8));
        } else {
            let mut p = p;
            let mut l = s;
            if l > 48 {
                let (mut s1, mut s2) = (seed, seed);
                while l > 48 {
                    seed = mix(r8(p) ^ key(1), r8(p.add(8)) ^ seed);
                    s1 = mix(r8(p.add(16)) ^ key(2), r8(p.add(24)) ^ s1);
                    s2 = mix(r8(p.add(32)) ^ key(3), r8(p.add(40)) ^ s2);
                    p = p.add(48);
                    l -= 48;
                }
                seed ^= s1 ^ s2;
            }
            while l > 16 {
                seed = mix(r8(p) ^ key(1), r8(p.add(8)) ^ seed);
                p = p.add(16);
                l -= 16;
            }
            // The last 16 bytes of the value: p has moved at least 16
            // bytes in, so this stays inside it (Go writes p+l-16 with
            // wrapping uintptr arithmetic).
            a = r8(p.add(l).sub(16));
            b = r8(p.add(l).sub(8));
        }
    }
    mix(M5 ^ s, mix(a ^ key(1), b ^ seed))
}

/// Hash of a 4-byte value (Go's memhash32).
#[inline(always)]
pub fn memhash32(k: u32, seed: usize) -> usize {
    let a = k as usize;
    mix(M5 ^ 4, mix(a ^ key(1), a ^ seed ^ key(0)))
}

/// Hash of an 8-byte value (Go's memhash64).
#[inline(always)]
pub fn memhash64(k: u64, seed: usize) -> usize {
    let a = k as usize;
    mix(M5 ^ 8, mix(a ^ key(1), a ^ seed ^ key(0)))
}

/// Hash of a string's bytes (Go's strhash).
#[inline(always)]
pub fn strhash(s: GoString, seed: usize) -> usize {
    if s.len <= 0 {
        return unsafe { memhash(s.ptr, seed, 0) };
    }
    unsafe { memhash(s.ptr, seed, s.len as usize) }
}

/// Hash of a float32: ±0 alike, NaN random.
#[inline]
pub fn f32hash(f: f32, h: usize) -> usize {
    if f == 0.0 {
        C1.wrapping_mul(C0 ^ h)
    } else if f.is_nan() {
        C1.wrapping_mul(C0 ^ h ^ rand64() as usize)
    } else {
        memhash32(f.to_bits(), h)
    }
}

/// Hash of a float64: ±0 alike, NaN random.
#[inline]
pub fn f64hash(f: f64, h: usize) -> usize {
    if f == 0.0 {
        C1.wrapping_mul(C0 ^ h)
    } else if f.is_nan() {
        C1.wrapping_mul(C0 ^ h ^ rand64() as usize)
    } else {
        memhash64(f.to_bits(), h)
    }
}

/// Hash of an `any`-like interface value at `p` (Go's nilinterhash).
///
/// # Safety
/// `p` points to an empty interface value.
pub unsafe fn nilinterhash(p: *const u8, h: usize) -> usize {
    let e = unsafe { &*(p as *const crate::types::Eface) };
    unsafe { iface_data_hash(e.typ, &e.data as *const *mut u8, h) }
}

/// Hash of a non-empty interface value at `p` (Go's interhash).
///
/// # Safety
/// `p` points to a non-empty interface value.
pub unsafe fn interhash(p: *const u8, h: usize) -> usize {
    let i = unsafe { &*(p as *const crate::types::Iface) };
    if i.tab.is_null() {
        return h;
    }
    let t = unsafe { (*i.tab).typ };
    unsafe { iface_data_hash(t, &i.data as *const *mut u8, h) }
}

/// The hash of an interface's dynamic value: `t` is the dynamic type (null
/// for a nil interface) and `pdata` the address of the data word.
unsafe fn iface_data_hash(t: *const Type, pdata: *const *mut u8, h: usize) -> usize {
    let Some(t) = (unsafe { t.as_ref() }) else {
        return h;
    };
    // Check here, not in typehash, to name the topmost type (a struct, not
    // its slice field).
    if !is_comparable(t) {
        unhashable(t);
    }
    let p = if t.is_direct_iface() {
        pdata as *const u8
    } else {
        unsafe { *pdata as *const u8 }
    };
    C1.wrapping_mul(unsafe { typehash(t, p, h ^ C0) })
}

#[cold]
fn unhashable(t: &Type) -> ! {
    crate::panic::gopanic_msg(
        crate::proc::getg(),
        format!("runtime error: hash of unhashable type {}", t.name()),
    )
}

#[cold]
fn uncomparable(t: &Type) -> ! {
    crate::panic::gopanic_msg(
        crate::proc::getg(),
        format!("runtime error: comparing uncomparable type {}", t.name()),
    )
}

/// Whether values of `t` support `==` (Go: `t.Equal != nil`).
pub fn is_comparable(t: &Type) -> bool {
    if t.equal.is_some() {
        return true;
    }
    match t.kind() {
        kind::FUNC | kind::MAP | kind::SLICE => false,
        kind::ARRAY => t.elem().is_some_and(is_comparable),
        kind::STRUCT => t
            .struct_fields()
            .iter()
            .all(|f| unsafe { f.typ.as_ref() }.is_some_and(is_comparable)),
        _ => true,
    }
}

fn is_blank(f: &crate::types::StructField) -> bool {
    (unsafe { f.name.as_bytes() }) == b"_"
}

/// Hash of the value of type `t` at `p` with seed `h` (Go's typehash):
/// the general path, for interface values' dynamic types and map keys
/// without a specialised algorithm.
///
/// # Safety
/// `p` points to a value of type `t`.
pub unsafe fn typehash(t: &Type, p: *const u8, h: usize) -> usize {
    unsafe {
        if t.tflag & tflag::REGULAR_MEMORY != 0 || is_plain_scalar(t) {
            return match t.size {
                4 => memhash32(r4(p) as u32, h),
                8 => memhash64(r8(p) as u64, h),
                n => memhash(p, h, n),
            };
        }
        match t.kind() {
            kind::FLOAT32 => f32hash(*(p as *const f32), h),
            kind::FLOAT64 => f64hash(*(p as *const f64), h),
            kind::COMPLEX64 => {
                let x = p as *const f32;
                f32hash(*x.add(1), f32hash(*x, h))
            }
            kind::COMPLEX128 => {
                let x = p as *const f64;
                f64hash(*x.add(1), f64hash(*x, h))
            }
            kind::STRING => strhash(*(p as *const GoString), h),
            kind::INTERFACE => {
                if t.interface_methods().is_empty() {
                    nilinterhash(p, h)
                } else {
                    interhash(p, h)
                }
            }
            kind::ARRAY => {
                let Some(e) = t.elem() else { return h };
                let mut h = h;
                for i in 0..t.array_len() {
                    h = typehash(e, p.add(i * e.size), h);
                }
                h
            }
            kind::STRUCT => {
                let mut h = h;
                for f in t.struct_fields() {
                    if is_blank(f) {
                        continue;
                    }
                    h = typehash(&*f.typ, p.add(f.offset), h);
                }
                h
            }
            _ => unhashable(t),
        }
    }
}

/// Equality of two values of type `t` (the general path; Go calls
/// `t.Equal`).
///
/// # Safety
/// `p` and `q` point to values of type `t`.
pub unsafe fn typeequal(t: &Type, p: *const u8, q: *const u8) -> bool {
    if let Some(eq) = t.equal {
        return eq(p, q);
    }
    unsafe {
        if t.tflag & tflag::REGULAR_MEMORY != 0 || is_plain_scalar(t) {
            return memequal(p, q, t.size);
        }
        match t.kind() {
            kind::FLOAT32 => *(p as *const f32) == *(q as *const f32),
            kind::FLOAT64 => *(p as *const f64) == *(q as *const f64),
            kind::COMPLEX64 => {
                let (x, y) = (p as *const f32, q as *const f32);
                *x == *y && *x.add(1) == *y.add(1)
            }
            kind::COMPLEX128 => {
                let (x, y) = (p as *const f64, q as *const f64);
                *x == *y && *x.add(1) == *y.add(1)
            }
            kind::STRING => strequal(*(p as *const GoString), *(q as *const GoString)),
            kind::INTERFACE => {
                if t.interface_methods().is_empty() {
                    nilinterequal(p, q)
                } else {
                    interequal(p, q)
                }
            }
            kind::ARRAY => {
                let Some(e) = t.elem() else { return true };
                (0..t.array_len()).all(|i| typeequal(e, p.add(i * e.size), q.add(i * e.size)))
            }
            kind::STRUCT => t
                .struct_fields()
                .iter()
                .all(|f| is_blank(f) || typeequal(&*f.typ, p.add(f.offset), q.add(f.offset))),
            _ => uncomparable(t),
        }
    }
}

/// `n` bytes at `p` and `q` are equal (Go's memequal).
///
/// # Safety
/// Both point to `n` readable bytes.
#[inline]
pub unsafe fn memequal(p: *const u8, q: *const u8, n: usize) -> bool {
    p == q || unsafe { std::slice::from_raw_parts(p, n) == std::slice::from_raw_parts(q, n) }
}

#[inline(always)]
pub fn strequal(a: GoString, b: GoString) -> bool {
    a.len == b.len && (a.ptr == b.ptr || unsafe { a.as_bytes() == b.as_bytes() })
}

/// Equality of two `any`-like interface values at `p` and `q`.
///
/// # Safety
/// Both point to empty interface values.
pub unsafe fn nilinterequal(p: *const u8, q: *const u8) -> bool {
    let (x, y) = unsafe {
        (
            &*(p as *const crate::types::Eface),
            &*(q as *const crate::types::Eface),
        )
    };
    x.typ == y.typ && unsafe { efaceeq(x.typ, x.data, y.data) }
}

/// Equality of two non-empty interface values at `p` and `q`.
///
/// # Safety
/// Both point to non-empty interface values.
pub unsafe fn interequal(p: *const u8, q: *const u8) -> bool {
    let (x, y) = unsafe {
        (
            &*(p as *const crate::types::Iface),
            &*(q as *const crate::types::Iface),
        )
    };
    x.tab == y.tab && unsafe { ifaceeq(x.tab, x.data, y.data) }
}

/// Equality of two interface data words of dynamic type `t` (null: both
/// interfaces are nil). Panics if `t` is not comparable.
///
/// # Safety
/// `t` is null or a descriptor; the data words hold values of it.
pub unsafe fn efaceeq(t: *const Type, x: *const u8, y: *const u8) -> bool {
    let Some(t) = (unsafe { t.as_ref() }) else {
        return true;
    };
    if !is_comparable(t) {
        uncomparable(t);
    }
    if t.is_direct_iface() {
        // Pointer-shaped: the data words are the values.
        return x == y;
    }
    unsafe { typeequal(t, x, y) }
}

/// As [`efaceeq`] for non-empty interfaces, through the itab.
///
/// # Safety
/// `tab` is null or an itab; the data words hold values of its type.
pub unsafe fn ifaceeq(tab: *const Itab, x: *const u8, y: *const u8) -> bool {
    match unsafe { tab.as_ref() } {
        None => true,
        Some(tab) => unsafe { efaceeq(tab.typ, x, y) },
    }
}

// ---------------------------------------------------------------------------
// The algorithms of map keys.

/// Hash of the key at `p` by the map's key algorithm.
///
/// # Safety
/// `p` points to a key of the map type's key type.
#[inline(always)]
pub unsafe fn keyhash(mt: &MapType, p: *const u8, seed: usize) -> usize {
    unsafe {
        match mt.key_alg {
            keyalg::MEM64 => memhash64(r8(p) as u64, seed),
            keyalg::STR => strhash(*(p as *const GoString), seed),
            keyalg::MEM32 => memhash32(r4(p) as u32, seed),
            keyalg::MEM0 => memhash(p, seed, 0),
            keyalg::MEM8 => memhash(p, seed, 1),
            keyalg::MEM16 => memhash(p, seed, 2),
            keyalg::MEM128 => memhash(p, seed, 16),
            keyalg::MEMN => memhash(p, seed, mt.key().size),
            keyalg::F32 => f32hash(*(p as *const f32), seed),
            keyalg::F64 => f64hash(*(p as *const f64), seed),
            keyalg::C64 => {
                let x = p as *const f32;
                f32hash(*x.add(1), f32hash(*x, seed))
            }
            keyalg::C128 => {
                let x = p as *const f64;
                f64hash(*x.add(1), f64hash(*x, seed))
            }
            keyalg::NILINTER => nilinterhash(p, seed),
            keyalg::INTER => interhash(p, seed),
            _ => typehash(mt.key(), p, seed),
        }
    }
}

/// Equality of two keys by the map's key algorithm.
///
/// # Safety
/// `p` and `q` point to keys of the map type's key type.
#[inline(always)]
pub unsafe fn keyequal(mt: &MapType, p: *const u8, q: *const u8) -> bool {
    unsafe {
        match mt.key_alg {
            keyalg::MEM64 => r8(p) == r8(q),
            keyalg::STR => strequal(*(p as *const GoString), *(q as *const GoString)),
            keyalg::MEM32 => r4(p) == r4(q),
            keyalg::MEM0 => true,
            keyalg::MEM8 => *p == *q,
            keyalg::MEM16 => {
                (p as *const u16).read_unaligned() == (q as *const u16).read_unaligned()
            }
            keyalg::MEM128 => r8(p) == r8(q) && r8(p.add(8)) == r8(q.add(8)),
            keyalg::MEMN => memequal(p, q, mt.key().size),
            keyalg::F32 => *(p as *const f32) == *(q as *const f32),
            keyalg::F64 => *(p as *const f64) == *(q as *const f64),
            keyalg::C64 => {
                let (x, y) = (p as *const f32, q as *const f32);
                *x == *y && *x.add(1) == *y.add(1)
            }
            keyalg::C128 => {
                let (x, y) = (p as *const f64, q as *const f64);
                *x == *y && *x.add(1) == *y.add(1)
            }
            keyalg::NILINTER => nilinterequal(p, q),
            keyalg::INTER => interequal(p, q),
            _ => typeequal(mt.key(), p, q),
        }
    }
}

/// The key algorithm and map flags for key type `t` (for map types built
/// at run time; the JIT derives the same from its own types).
pub fn key_alg_of(t: &Type) -> (u32, u32) {
    use crate::types::mapflag::*;
    let mut flags = 0;
    if needs_key_update(t) {
        flags |= NEED_KEY_UPDATE;
    }
    if hash_might_panic(t) {
        flags |= HASH_MIGHT_PANIC;
    }
    let alg = if t.tflag & tflag::REGULAR_MEMORY != 0 || is_plain_scalar(t) {
        keyalg::mem(t.size)
    } else {
        match t.kind() {
            kind::STRING => keyalg::STR,
            kind::FLOAT32 => keyalg::F32,
            kind::FLOAT64 => keyalg::F64,
            kind::COMPLEX64 => keyalg::C64,
            kind::COMPLEX128 => keyalg::C128,
            kind::INTERFACE if t.interface_methods().is_empty() => keyalg::NILINTER,
            kind::INTERFACE => keyalg::INTER,
            _ => keyalg::GENERIC,
        }
    };
    (alg, flags)
}

/// Kinds whose values hash and compare as their bytes (Go marks them
/// TFlagRegularMemory; a descriptor may not say so).
fn is_plain_scalar(t: &Type) -> bool {
    matches!(
        t.kind(),
        kind::BOOL
            | kind::INT
            | kind::INT8
            | kind::INT16
            | kind::INT32
            | kind::INT64
            | kind::UINT
            | kind::UINT8
            | kind::UINT16
            | kind::UINT32
            | kind::UINT64
            | kind::UINTPTR
            | kind::POINTER
            | kind::CHAN
            | kind::UNSAFE_POINTER
    )
}

/// Whether equal keys of `t` may differ in their bits (Go's
/// needkeyupdate).
pub fn needs_key_update(t: &Type) -> bool {
    match t.kind() {
        kind::FLOAT32
        | kind::FLOAT64
        | kind::COMPLEX64
        | kind::COMPLEX128
        | kind::INTERFACE
        | kind::STRING => true,
        kind::ARRAY => t.elem().is_some_and(needs_key_update),
        kind::STRUCT => t
            .struct_fields()
            .iter()
            .any(|f| unsafe { f.typ.as_ref() }.is_some_and(needs_key_update)),
        _ => false,
    }
}

/// Whether hashing a key of `t` may panic (Go's hashMightPanic).
pub fn hash_might_panic(t: &Type) -> bool {
    match t.kind() {
        kind::INTERFACE => true,
        kind::ARRAY => t.elem().is_some_and(hash_might_panic),
        kind::STRUCT => t
            .struct_fields()
            .iter()
            .any(|f| unsafe { f.typ.as_ref() }.is_some_and(hash_might_panic)),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn memhash_distinguishes_lengths_and_bytes() {
        let a = b"hello, world, this is a longer string of more than 48 bytes!!";
        let mut seen = std::collections::HashSet::new();
        for n in 0..a.len() {
            assert!(seen.insert(unsafe { memhash(a.as_ptr(), 7, n) }), "len {n}");
        }
        // The same bytes elsewhere hash alike.
        let b = a.to_vec();
        for n in 0..a.len() {
            assert_eq!(unsafe { memhash(a.as_ptr(), 7, n) }, unsafe {
                memhash(b.as_ptr(), 7, n)
            });
        }
    }

    #[test]
    fn memhash64_spreads_sequential_keys_over_h2_and_h1() {
        // Sequential integers must fill the 7-bit H2 values and the low
        // H1 bits evenly, or probing degenerates.
        let n = 1 << 16;
        let mut h2 = [0u32; 128];
        let mut low = [0u32; 256];
        for k in 0..n as u64 {
            let h = memhash64(k, 12345);
            h2[h & 0x7f] += 1;
            low[(h >> 7) & 0xff] += 1;
        }
        let e2 = n as f64 / 128.0;
        let e1 = n as f64 / 256.0;
        for c in h2 {
            assert!((c as f64 - e2).abs() < e2 * 0.2, "h2 bucket {c} vs {e2}");
        }
        for c in low {
            assert!((c as f64 - e1).abs() < e1 * 0.25, "h1 bucket {c} vs {e1}");
        }
    }

    #[test]
    fn seeds_change_hashes() {
        assert_ne!(memhash64(1, 1), memhash64(1, 2));
        let s = GoString::from_static("key");
        assert_ne!(strhash(s, 1), strhash(s, 2));
    }

    #[test]
    fn float_zeros_hash_alike_and_nans_randomly() {
        assert_eq!(f64hash(0.0, 9), f64hash(-0.0, 9));
        assert_eq!(f32hash(0.0, 9), f32hash(-0.0, 9));
        assert_ne!(f64hash(1.0, 9), f64hash(-1.0, 9));
        let nans: std::collections::HashSet<usize> =
            (0..64).map(|_| f64hash(f64::NAN, 9)).collect();
        assert!(nans.len() > 60);
    }

    #[test]
    fn strings_hash_by_content() {
        let a = String::from("abcdefgh-ijk");
        let b = a.clone();
        let ga = GoString {
            ptr: a.as_ptr(),
            len: a.len() as isize,
        };
        let gb = GoString {
            ptr: b.as_ptr(),
            len: b.len() as isize,
        };
        assert_eq!(strhash(ga, 3), strhash(gb, 3));
        assert!(strequal(ga, gb));
        assert!(strequal(GoString::EMPTY, GoString::from_static("")));
    }
}
