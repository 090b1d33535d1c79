//! Slices, Go's `slice.go`: make, append's growth, copy.
//!
//! A slice is `{ptr, len, cap}` (three words, gc's layout, `types::GoSlice`). The
//! compiler does the in-place cases of `append` itself and calls
//! `growslice` only when the capacity is exceeded.
//!
//! Invariants:
//! - Capacities chosen by `growslice` are exactly Go's: `nextslicecap`
//!   (double below 256 elements, then grow by `(newcap + 3*256) / 4` until
//!   enough), then rounded up to the allocation's size class
//!   (`roundupsize`, which depends on whether the element type has
//!   pointers, through the malloc header), so `cap()` prints as Go's.
//! - New backing arrays: for element types with pointers, wholly zeroed;
//!   for pointer-free ones, `[newlen, cap)` zeroed and `[oldlen, newlen)`
//!   left for the caller (append) to overwrite.
//! - Zero-size elements never allocate: the pointer is `&ZEROBASE`.
//! - Panics carry Go's texts (`makeslice: len out of range`, ...).

use crate::malloc::{mallocgc_g, memclr_no_heap_pointers, memmove, zerobase};
use crate::mheap::MAX_ALLOC;
use crate::msize::roundupsize;
use crate::panic::{RuntimeError, panic_runtime};
use crate::runtime2::G;
use crate::types::Type;

/// Go's makeslice: the backing array of `make([]T, len, cap)`, zeroed.
pub fn makeslice(gp: *mut G, et: *const Type, len: isize, cap: isize) -> *mut u8 {
    let esize = unsafe { (*et).size };
    let (mem, overflow) = esize.overflowing_mul(cap as usize);
    if overflow || mem > MAX_ALLOC || len < 0 || len > cap {
        // Say "len out of range" for make([]T, huge): cap is only implied.
        let (mem, overflow) = esize.overflowing_mul(len as usize);
        if overflow || mem > MAX_ALLOC || len < 0 {
            panic_runtime(RuntimeError::MakesliceLenOutOfRange);
        }
        panic_runtime(RuntimeError::MakesliceCapOutOfRange);
    }
    mallocgc_g(gp, mem, et, true)
}

/// Go's makeslicecopy: `m := make([]T, tolen); copy(m, from[:fromlen])`.
pub fn makeslicecopy(
    gp: *mut G,
    et: *const Type,
    tolen: isize,
    fromlen: isize,
    from: *const u8,
) -> *mut u8 {
    let (esize, pointers) = unsafe { ((*et).size, (*et).ptrdata != 0) };
    let (tomem, copymem);
    if (tolen as usize) > (fromlen as usize) {
        let (m, overflow) = esize.overflowing_mul(tolen as usize);
        if overflow || m > MAX_ALLOC || tolen < 0 {
            panic_runtime(RuntimeError::MakesliceLenOutOfRange);
        }
        tomem = m;
        copymem = esize * fromlen as usize;
    } else {
        // fromlen is a valid length >= tolen, so tolen is valid too.
        tomem = esize * tolen as usize;
        copymem = tomem;
    }
    let to = if !pointers {
        let to = mallocgc_g(gp, tomem, std::ptr::null(), false);
        if copymem < tomem {
            memclr_no_heap_pointers(unsafe { to.add(copymem) }, tomem - copymem);
        }
        to
    } else {
        mallocgc_g(gp, tomem, et, true)
    };
    memmove(to, from, copymem);
    to
}

/// Go's nextslicecap: the capacity append grows to before rounding.
#[inline]
pub fn nextslicecap(newlen: isize, oldcap: isize) -> isize {
    let mut newcap = oldcap;
    let doublecap = newcap.wrapping_add(newcap);
    if newlen > doublecap {
        return newlen;
    }
    const THRESHOLD: isize = 256;
    if oldcap < THRESHOLD {
        return doublecap;
    }
    loop {
        // From 2x for small slices to 1.25x for large ones, smoothly.
        newcap = newcap.wrapping_add((newcap.wrapping_add(3 * THRESHOLD)) >> 2);
        // newlen > 0, so an overflowed newcap compares larger as unsigned.
        if newcap as usize >= newlen as usize {
            break;
        }
    }
    if newcap <= 0 {
        return newlen;
    }
    newcap
}

/// Go's growslice: a new backing array for `newlen` elements (`num` of them
/// being appended to `newlen - num` old ones at `oldptr` with capacity
/// `oldcap`). Returns the array and its capacity; the length is `newlen`.
pub fn growslice(
    gp: *mut G,
    oldptr: *const u8,
    newlen: isize,
    oldcap: isize,
    num: isize,
    et: *const Type,
) -> (*mut u8, isize) {
    let oldlen = newlen - num;
    if newlen < 0 {
        panic_runtime(RuntimeError::GrowsliceLenOutOfRange);
    }
    let (esize, pointers) = unsafe { ((*et).size, (*et).ptrdata != 0) };
    if esize == 0 {
        // append never makes a nil slice with non-zero length.
        return (zerobase(), newlen);
    }
    let mut newcap = nextslicecap(newlen, oldcap);
    let noscan = !pointers;
    let (lenmem, newlenmem, mut capmem);
    let overflow;
    // Go's specializations for sizes 1, 8 and powers of two give the same
    // results as the general case; what matters is the rounding order.
    if esize == 1 {
        lenmem = oldlen as usize;
        newlenmem = newlen as usize;
        capmem = roundupsize(newcap as usize, noscan);
        overflow = newcap as usize > MAX_ALLOC;
        newcap = capmem as isize;
    } else if esize.is_power_of_two() {
        let shift = esize.trailing_zeros();
        lenmem = (oldlen as usize) << shift;
        newlenmem = (newlen as usize) << shift;
        capmem = roundupsize((newcap as usize) << shift, noscan);
        overflow = newcap as usize > (MAX_ALLOC >> shift);
        newcap = (capmem >> shift) as isize;
        capmem = (newcap as usize) << shift;
    } else {
        lenmem = oldlen as usize * esize;
        newlenmem = newlen as usize * esize;
        let (m, o) = esize.overflowing_mul(newcap as usize);
        overflow = o;
        capmem = roundupsize(m, noscan);
        newcap = (capmem / esize) as isize;
        capmem = newcap as usize * esize;
    }
    if overflow || capmem > MAX_ALLOC {
        panic_runtime(RuntimeError::GrowsliceLenOutOfRange);
    }
    let p = if noscan {
        let p = mallocgc_g(gp, capmem, std::ptr::null(), false);
        // append overwrites [oldlen, newlen); clear only the rest.
        memclr_no_heap_pointers(unsafe { p.add(newlenmem) }, capmem - newlenmem);
        p
    } else {
        mallocgc_g(gp, capmem, et, true)
    };
    memmove(p, oldptr, lenmem);
    (p, newcap)
}

/// Go's slicecopy: copies `min(tolen, fromlen)` elements of `width` bytes
/// (pointer-free elements, or strings into byte slices); returns the count.
#[inline]
pub fn slicecopy(
    to: *mut u8,
    tolen: isize,
    from: *const u8,
    fromlen: isize,
    width: usize,
) -> isize {
    if fromlen == 0 || tolen == 0 {
        return 0;
    }
    let n = fromlen.min(tolen);
    if width == 0 {
        return n;
    }
    memmove(to, from, n as usize * width);
    n
}

/// Go's typedslicecopy: as slicecopy for elements of `typ`, which may have
/// pointers (the place for bulk write barriers once marking is concurrent).
#[inline]
pub fn typedslicecopy(
    typ: *const Type,
    dst: *mut u8,
    dstlen: isize,
    src: *const u8,
    srclen: isize,
) -> isize {
    slicecopy(dst, dstlen, src, srclen, unsafe { (*typ).size })
}
