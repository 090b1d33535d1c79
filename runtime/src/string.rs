//! Strings, Go's `string.go`: concatenation, conversions between strings,
//! byte slices, rune slices and runes, comparison, and raw string storage
//! for code that builds strings.
//!
//! A string is `{ptr, len}` (two words, gc's layout, `types::GoString`); its bytes
//! are immutable once the string exists. The empty string may have any
//! pointer (the runtime makes it null).
//!
//! Invariants:
//! - Results equal Go's, capacities included: `[]byte(s)` has capacity
//!   `roundupsize(len(s))` and `[]rune(s)` `roundupsize(4*n)/4` when they
//!   escape; conversions of invalid UTF-8 and of invalid code points follow
//!   `utf8.rs` (U+FFFD, width 1).
//! - `buf` parameters are Go's `*tmpBuf`: null when the result escapes; else
//!   the caller's 32-byte (or 32-rune) stack buffer that a short result may
//!   live in (Go's escape-analysis optimization; the JIT passes null until it
//!   has escape analysis).
//! - Storage for results is pointer-free (`mallocgc` with a null type).
//! - A one-byte string from `slicebytetostring` points into a static table,
//!   not the heap.

use crate::malloc::{mallocgc_g, memclr_no_heap_pointers, memmove, zerobase};
use crate::mheap::MAX_ALLOC;
use crate::msize::roundupsize;
use crate::runtime2::G;
use crate::types::{GoSlice, GoString};
use crate::utf8::{RUNE_ERROR, countrunes, encoderune, next_rune, runelen};
use std::ptr::null;

/// The bytes of `s` (valid while its storage is).
#[inline(always)]
pub fn bytes_of<'a>(s: GoString) -> &'a [u8] {
    unsafe { s.as_bytes() }
}

/// Go's tmpStringBufSize.
pub const TMP_STRING_BUF_SIZE: usize = 32;
pub type TmpBuf = [u8; TMP_STRING_BUF_SIZE];
pub type TmpRuneBuf = [i32; TMP_STRING_BUF_SIZE];

/// `STATICUINT64S[b]` holds `b`, so its first byte is the one-byte string
/// of `b` (Go's staticuint64s).
#[repr(align(8))]
pub struct StaticUint64s(pub [u64; 256]);
pub static STATICUINT64S: StaticUint64s = StaticUint64s({
    let mut t = [0u64; 256];
    let mut i = 0;
    while i < 256 {
        t[i] = i as u64;
        i += 1;
    }
    t
});

/// Whether `ptr` points into one of `gp`'s stack segments.
pub fn string_data_on_stack(gp: *mut G, ptr: *const u8) -> bool {
    if gp.is_null() {
        return false;
    }
    let p = ptr as usize;
    unsafe {
        if (*gp).stack.lo <= p && p < (*gp).stack.hi {
            return true;
        }
        let mut seg = (*gp).curseg;
        while !seg.is_null() {
            if (*seg).lo <= p && p < (*seg).lo + (*seg).size {
                return true;
            }
            seg = (*seg).prev;
        }
    }
    false
}

/// New pointer-free string storage of `size` bytes, not zeroed (Go's
/// rawstring): fill the bytes through the returned pointer, then use the
/// string.
pub fn rawstring(gp: *mut G, size: usize) -> (GoString, *mut u8) {
    let p = mallocgc_g(gp, size, null(), false);
    (gostring(p, size), p)
}

fn rawstringtmp(gp: *mut G, buf: *mut TmpBuf, l: usize) -> (GoString, *mut u8) {
    if !buf.is_null() && l <= TMP_STRING_BUF_SIZE {
        let p = buf as *mut u8;
        (gostring(p, l), p)
    } else {
        rawstring(gp, l)
    }
}

/// A new byte slice of length `size` and capacity rounded to its size
/// class; `[0, size)` not zeroed, the rest zeroed (Go's rawbyteslice).
pub fn rawbyteslice(gp: *mut G, size: usize) -> GoSlice {
    let cap = roundupsize(size, true);
    let p = mallocgc_g(gp, cap, null(), false);
    if cap != size {
        memclr_no_heap_pointers(unsafe { p.add(size) }, cap - size);
    }
    goslice(p, size, cap)
}

/// As rawbyteslice for runes (Go's rawruneslice).
pub fn rawruneslice(gp: *mut G, size: usize) -> GoSlice {
    if size > MAX_ALLOC / 4 {
        crate::panic::throw("out of memory");
    }
    let mem = roundupsize(size * 4, true);
    let p = mallocgc_g(gp, mem, null(), false);
    if mem != size * 4 {
        memclr_no_heap_pointers(unsafe { p.add(size * 4) }, mem - size * 4);
    }
    goslice(p, size, mem / 4)
}

#[inline(always)]
fn gostring(ptr: *const u8, len: usize) -> GoString {
    GoString {
        ptr,
        len: len as isize,
    }
}

#[inline(always)]
fn goslice(ptr: *mut u8, len: usize, cap: usize) -> GoSlice {
    GoSlice {
        ptr,
        len: len as isize,
        cap: cap as isize,
    }
}

/// Total length of the operands of a concatenation.
fn concat_len(a: &[GoString]) -> usize {
    let mut l: usize = 0;
    for x in a {
        l = l
            .checked_add(x.len as usize)
            .filter(|&l| l <= isize::MAX as usize)
            .unwrap_or_else(|| crate::panic::throw("string concatenation too long"));
    }
    l
}

/// `a[0] + a[1] + ...` (Go's concatstrings).
pub fn concatstrings(gp: *mut G, buf: *mut TmpBuf, a: &[GoString]) -> GoString {
    let l = concat_len(a);
    let mut count = 0;
    let mut idx = 0;
    for (i, x) in a.iter().enumerate() {
        if x.len != 0 {
            count += 1;
            idx = i;
        }
    }
    if count == 0 {
        return GoString::EMPTY;
    }
    // One non-empty operand: it is the result, unless its bytes are on a
    // stack (a temporary) and the result may outlive the frame.
    if count == 1 && (!buf.is_null() || !string_data_on_stack(gp, a[idx].ptr)) {
        return a[idx];
    }
    let (s, mut b) = rawstringtmp(gp, buf, l);
    for x in a {
        memmove(b, x.ptr, x.len as usize);
        b = unsafe { b.add(x.len as usize) };
    }
    s
}

/// `[]byte(a[0] + a[1] + ...)` (Go's concatbytes).
pub fn concatbytes(gp: *mut G, buf: *mut TmpBuf, a: &[GoString]) -> GoSlice {
    let l = concat_len(a);
    if l == 0 {
        return goslice(zerobase(), 0, 0);
    }
    let b = if !buf.is_null() && l <= TMP_STRING_BUF_SIZE {
        unsafe { buf.write([0; TMP_STRING_BUF_SIZE]) };
        goslice(buf as *mut u8, l, TMP_STRING_BUF_SIZE)
    } else {
        rawbyteslice(gp, l)
    };
    let mut off = 0;
    for x in a {
        memmove(unsafe { b.ptr.add(off) }, x.ptr, x.len as usize);
        off += x.len as usize;
    }
    b
}

/// `string(b)` for a byte slice `b = ptr[:n]` (Go's slicebytetostring).
pub fn slicebytetostring(gp: *mut G, buf: *mut TmpBuf, ptr: *const u8, n: usize) -> GoString {
    if n == 0 {
        return GoString::EMPTY;
    }
    if n == 1 {
        let b = unsafe { *ptr };
        return gostring(&STATICUINT64S.0[b as usize] as *const u64 as *const u8, 1);
    }
    let p = if !buf.is_null() && n <= TMP_STRING_BUF_SIZE {
        buf as *mut u8
    } else {
        mallocgc_g(gp, n, null(), false)
    };
    memmove(p, ptr, n);
    gostring(p, n)
}

/// `[]byte(s)` (Go's stringtoslicebyte).
pub fn stringtoslicebyte(gp: *mut G, buf: *mut TmpBuf, s: GoString) -> GoSlice {
    let n = s.len as usize;
    let b = if !buf.is_null() && n <= TMP_STRING_BUF_SIZE {
        unsafe { buf.write([0; TMP_STRING_BUF_SIZE]) };
        goslice(buf as *mut u8, n, TMP_STRING_BUF_SIZE)
    } else {
        rawbyteslice(gp, n)
    };
    memmove(b.ptr, s.ptr, n);
    b
}

/// `[]rune(s)` (Go's stringtoslicerune).
pub fn stringtoslicerune(gp: *mut G, buf: *mut TmpRuneBuf, s: GoString) -> GoSlice {
    let bytes = bytes_of(s);
    let n = countrunes(bytes);
    let a = if !buf.is_null() && n <= TMP_STRING_BUF_SIZE {
        unsafe { buf.write([0; TMP_STRING_BUF_SIZE]) };
        goslice(buf as *mut u8, n, TMP_STRING_BUF_SIZE)
    } else {
        rawruneslice(gp, n)
    };
    let out = a.ptr as *mut i32;
    let mut k = 0;
    let mut i = 0;
    while k < bytes.len() {
        let (r, next) = next_rune(bytes, k);
        unsafe { out.add(i).write(r) };
        i += 1;
        k = next;
    }
    a
}

/// `string(a)` for a rune slice `a = ptr[:n]` (Go's slicerunetostring).
pub fn slicerunetostring(gp: *mut G, buf: *mut TmpBuf, ptr: *const i32, n: usize) -> GoString {
    let a: &[i32] = if n == 0 {
        &[]
    } else {
        unsafe { std::slice::from_raw_parts(ptr, n) }
    };
    let size1: usize = a.iter().map(|&r| runelen(r)).sum();
    // As Go: 3 spare bytes, so a rune slice changed concurrently cannot
    // write past the end.
    let (s, b) = rawstringtmp(gp, buf, size1 + 3);
    let out = unsafe { std::slice::from_raw_parts_mut(b, size1 + 3) };
    let mut size2 = 0;
    for &r in a {
        if size2 >= size1 {
            break;
        }
        size2 += encoderune(&mut out[size2..], r);
    }
    gostring(s.ptr, size2)
}

/// `string(rune(v))` for an integer `v` (Go's intstring): U+FFFD unless
/// `v` is a valid code point.
pub fn intstring(gp: *mut G, buf: *mut [u8; 4], mut v: i64) -> GoString {
    let b = if !buf.is_null() {
        buf as *mut u8
    } else {
        rawstring(gp, 4).1
    };
    if v as i32 as i64 != v {
        v = RUNE_ERROR as i64;
    }
    let n = encoderune(unsafe { std::slice::from_raw_parts_mut(b, 4) }, v as i32);
    gostring(b, n)
}

/// A Go string holding a copy of `ptr[:n]` (Go's gostringn).
pub fn gostringn(gp: *mut G, ptr: *const u8, n: usize) -> GoString {
    if n == 0 {
        return GoString::EMPTY;
    }
    let (s, b) = rawstring(gp, n);
    memmove(b, ptr, n);
    s
}

/// -1, 0 or +1 as `a` sorts before, equal to or after `b` (Go's cmpstring).
pub fn cmpstring(a: GoString, b: GoString) -> isize {
    match bytes_of(a).cmp(bytes_of(b)) {
        std::cmp::Ordering::Less => -1,
        std::cmp::Ordering::Equal => 0,
        std::cmp::Ordering::Greater => 1,
    }
}

/// Whether `n` bytes at `a` and `b` are equal (Go's memequal).
#[inline]
pub fn memequal(a: *const u8, b: *const u8, n: usize) -> bool {
    if a == b || n == 0 {
        return true;
    }
    unsafe { std::slice::from_raw_parts(a, n) == std::slice::from_raw_parts(b, n) }
}
