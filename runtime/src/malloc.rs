//! The memory allocator, Go's `malloc.go`: `mallocgc` and its paths.
//!
//! Allocation climbs a hierarchy of caches, as in Go (and tcmalloc):
//!
//! 1. Round the size up to a size class (`sizeclasses.rs`) and take a free
//!    slot of the current span of that class in the P's mcache: a
//!    `trailing_zeros` on the span's `alloc_cache`, no lock (`next_free_fast`).
//! 2. When the span is full, exchange it for one with free slots from the
//!    class's mcentral (`MCache::refill`, one lock per span).
//! 3. When the mcentral has none, carve a new span from the page heap
//!    (`MHeap::alloc`, under the heap lock, on the system stack).
//! 4. When the page heap has no run large enough, grow it by 4 MiB chunks of
//!    reserved address space (`mheap.rs`).
//!
//! Objects over 32 KiB - 8 get a span of their own (`malloc_large`).
//! Pointer-free objects under 16 bytes share 16-byte blocks (the *tiny
//! allocator*, `malloc_tiny`). Objects with pointers go to *scan* spans and
//! record their type for the collector (see `mbitmap.rs` for the three
//! cases); pointer-free ones go to *noscan* spans.
//!
//! Invariants:
//! - `mallocgc` has no preemption point and does not switch goroutines, so
//!   the M keeps its P (and the P its mcache) for the whole call; the world
//!   cannot be stopped in the middle of an allocation. Threads without a P
//!   allocate through the shared `mcache0` under its lock.
//! - Memory returned is zeroed when `needzero` is set or the type has
//!   pointers (pointerful allocations must pass `needzero`); a slot is
//!   cleared only if its span's `needzero` says it may hold old data
//!   (fresh spans from untouched memory are not written at all).
//! - Every non-empty allocation is 8-byte aligned; past 24 bytes it is
//!   16-byte aligned (class sizes are multiples of 16 from 32 on, spans
//!   start on pages), except objects with a malloc header (pointerful, 513
//!   bytes to 32 KiB - 8), which start 8 bytes into their slot, as in Go.
//!   Tiny allocations are aligned to their size's low bits, as Go's.
//!   Zero-size allocations all return `&ZEROBASE`.
//! - The type information of an object (heap bits, malloc header or the
//!   span's `large_type`) is complete, and `free_index_for_scan` covers the
//!   slot, before `mallocgc` returns its address.

use crate::mbitmap::{
    heap_bits_in_span, heap_set_type_large, heap_set_type_no_header, heap_set_type_small_header,
};
use crate::mcache::{MCache, get_mcache, with_mcache0};
use crate::mheap::{MAX_ALLOC, MSpan, SpanClass, TINY_SPAN_CLASS};
use crate::runtime2::G;
use crate::sizeclasses::*;
use crate::types::Type;

/// Tiny allocations combine pointer-free objects smaller than this.
pub const MAX_TINY_SIZE: usize = TINY_SIZE;

#[repr(C, align(16))]
pub struct ZeroBase(u64);
/// The address of every zero-size allocation.
pub static ZEROBASE: ZeroBase = ZeroBase(0);

#[inline(always)]
pub fn zerobase() -> *mut u8 {
    &ZEROBASE as *const ZeroBase as *mut u8
}

/// Allocates an object of `size` bytes for runtime code (the current G is
/// found through the thread). See `mallocgc_g`.
#[inline]
pub fn mallocgc(size: usize, typ: *const Type, needzero: bool) -> *mut u8 {
    mallocgc_g(crate::proc::getg(), size, typ, needzero)
}

/// Allocates `size` bytes holding `size / typ.size` values of `typ` (null
/// `typ`: no pointers). Small objects come from the P's cache, large ones
/// straight from the heap. `gp` is the running G (any thread-local G, or
/// null, works; it only leads to the P).
#[inline]
pub fn mallocgc_g(gp: *mut G, size: usize, typ: *const Type, needzero: bool) -> *mut u8 {
    if size == 0 {
        return zerobase();
    }
    let c = get_mcache(gp);
    if c.is_null() {
        let tu = typ as usize;
        return with_mcache0(|c| unsafe {
            mallocgc_c(&mut *c, size, tu as *const Type, needzero) as usize
        }) as *mut u8;
    }
    unsafe { mallocgc_c(&mut *c, size, typ, needzero) }
}

#[inline(always)]
unsafe fn mallocgc_c(c: &mut MCache, size: usize, typ: *const Type, needzero: bool) -> *mut u8 {
    let noscan = typ.is_null() || unsafe { (*typ).ptrdata } == 0;
    if size <= MAX_SMALL_SIZE - MALLOC_HEADER_SIZE {
        if noscan {
            if size < MAX_TINY_SIZE {
                malloc_tiny(c, size)
            } else {
                malloc_small_noscan(c, size, needzero)
            }
        } else {
            if !needzero {
                crate::panic::throw("objects with pointers must be zeroed");
            }
            if heap_bits_in_span(size) {
                malloc_small_scan_no_header(c, size, typ)
            } else {
                malloc_small_scan_header(c, size, typ)
            }
        }
    } else {
        malloc_large(c, size, typ, needzero)
    }
}

/// The next free slot of `s` if its `alloc_cache` has one (Go's
/// nextFreeFast); 0 otherwise.
#[inline(always)]
fn next_free_fast(s: &mut MSpan) -> usize {
    let bit = s.alloc_cache.trailing_zeros() as u16;
    if bit < 64 {
        let result = s.freeindex + bit;
        if result < s.nelems {
            let freeidx = result + 1;
            if freeidx.is_multiple_of(64) && freeidx != s.nelems {
                return 0;
            }
            s.alloc_cache >>= bit + 1;
            s.freeindex = freeidx;
            s.alloc_count += 1;
            return result as usize * s.elemsize + s.base();
        }
    }
    0
}

/// A free slot of class `spc`, refilling the cache if needed (Go's
/// nextFree). Returns the slot and the span it is in.
#[inline(never)]
fn next_free(c: &mut MCache, spc: SpanClass) -> (usize, *mut MSpan) {
    let mut s = c.alloc[spc.0 as usize];
    unsafe {
        let mut idx = (*s).next_free_index();
        if idx == (*s).nelems {
            if (*s).alloc_count != (*s).nelems {
                crate::panic::throw("s.allocCount != s.nelems && freeIndex == s.nelems");
            }
            c.refill(spc);
            // The collector's trigger check goes here (Go's checkGCTrigger).
            s = c.alloc[spc.0 as usize];
            idx = (*s).next_free_index();
        }
        if idx >= (*s).nelems {
            crate::panic::throw("freeIndex is not valid");
        }
        (*s).alloc_count += 1;
        if (*s).alloc_count > (*s).nelems {
            crate::panic::throw("s.allocCount > s.nelems");
        }
        (idx as usize * (*s).elemsize + (*s).base(), s)
    }
}

#[inline(always)]
fn take_slot(c: &mut MCache, spc: SpanClass) -> (usize, *mut MSpan) {
    let s = c.alloc[spc.0 as usize];
    let v = next_free_fast(unsafe { &mut *s });
    if v != 0 { (v, s) } else { next_free(c, spc) }
}

/// Publishes a new object to the collector's conservative scanner. (With a
/// concurrent collector this becomes "allocate black" while marking.)
#[inline(always)]
fn publish(s: *mut MSpan) {
    std::sync::atomic::compiler_fence(std::sync::atomic::Ordering::Release);
    unsafe { (*s).free_index_for_scan = (*s).freeindex };
}

#[inline(always)]
unsafe fn memclr(p: *mut u8, n: usize) {
    unsafe { std::ptr::write_bytes(p, 0, n) };
}

/// Pointer-free objects under 16 bytes, several to a 16-byte block (Go's
/// tiny allocator). A block lives as long as any object in it; it is
/// zeroed when taken, so objects in it start zeroed whatever `needzero`.
#[inline(always)]
fn malloc_tiny(c: &mut MCache, size: usize) -> *mut u8 {
    let mut off = c.tinyoffset;
    // Align for the object's (conservative) alignment.
    if size & 7 == 0 {
        off = off.next_multiple_of(8);
    } else if size & 3 == 0 {
        off = off.next_multiple_of(4);
    } else if size & 1 == 0 {
        off = off.next_multiple_of(2);
    }
    if off + size <= MAX_TINY_SIZE && c.tiny != 0 {
        let x = c.tiny + off;
        c.tinyoffset = off + size;
        c.tiny_allocs += 1;
        return x as *mut u8;
    }
    let (v, s) = take_slot(c, TINY_SPAN_CLASS);
    unsafe { (v as *mut [u64; 2]).write([0, 0]) };
    // Keep whichever block has more room left.
    if size < c.tinyoffset || c.tiny == 0 {
        c.tiny = v;
        c.tinyoffset = size;
    }
    publish(s);
    v as *mut u8
}

#[inline(always)]
fn malloc_small_noscan(c: &mut MCache, size: usize, needzero: bool) -> *mut u8 {
    let sizeclass = size_to_class(size);
    let size = CLASS_TO_SIZE[sizeclass] as usize;
    let spc = SpanClass::make(sizeclass, true);
    let (v, s) = take_slot(c, spc);
    if needzero && unsafe { (*s).needzero } != 0 {
        unsafe { memclr(v as *mut u8, size) };
    }
    publish(s);
    v as *mut u8
}

#[inline(always)]
fn malloc_small_scan_no_header(c: &mut MCache, size: usize, typ: *const Type) -> *mut u8 {
    let sizeclass = size_to_class(size);
    let spc = SpanClass::make(sizeclass, false);
    let (v, s) = take_slot(c, spc);
    let span = unsafe { &*s };
    if span.needzero != 0 {
        // Words past `size` are scalars in the heap bits: no need to clear.
        unsafe { memclr(v as *mut u8, size) };
    }
    if sizeclass == 1 {
        // The span's bits are all ones already (one pointer word).
        c.scan_alloc += 8;
    } else {
        c.scan_alloc += heap_set_type_no_header(v, size, typ, span);
    }
    publish(s);
    v as *mut u8
}

#[inline(always)]
fn malloc_small_scan_header(c: &mut MCache, size: usize, typ: *const Type) -> *mut u8 {
    let sizeclass = size_to_class(size + MALLOC_HEADER_SIZE);
    let spc = SpanClass::make(sizeclass, false);
    let (v, s) = take_slot(c, spc);
    let span = unsafe { &*s };
    if span.needzero != 0 {
        unsafe { memclr(v as *mut u8, span.elemsize) };
    }
    c.scan_alloc += heap_set_type_small_header(v as *mut *const Type, typ, span);
    publish(s);
    (v + MALLOC_HEADER_SIZE) as *mut u8
}

#[inline(never)]
fn malloc_large(c: &mut MCache, size: usize, typ: *const Type, needzero: bool) -> *mut u8 {
    if size > MAX_ALLOC {
        crate::panic::throw("out of memory");
    }
    let noscan = typ.is_null() || unsafe { (*typ).ptrdata } == 0;
    let s = c.alloc_large(size, noscan);
    let span = unsafe { &mut *s };
    span.freeindex = 1;
    span.alloc_count = 1;
    span.large_type
        .store(std::ptr::null_mut(), std::sync::atomic::Ordering::Relaxed);
    let x = span.base() as *mut u8;
    publish(s);
    if (needzero || !noscan) && span.needzero != 0 {
        unsafe { memclr(x, span.elemsize) };
    }
    if !noscan {
        // Only now that the memory is zeroed may the collector scan it.
        c.scan_alloc += heap_set_type_large(typ, span);
    }
    x
}

/// `new(T)` (Go's newobject).
#[inline]
pub fn newobject(gp: *mut G, typ: *const Type) -> *mut u8 {
    mallocgc_g(gp, unsafe { (*typ).size }, typ, true)
}

/// An array of `n` values of `typ` (Go's newarray); panics as Go's does
/// when the size overflows or is out of range.
pub fn newarray(gp: *mut G, typ: *const Type, n: isize) -> *mut u8 {
    let tsize = unsafe { (*typ).size };
    if n == 1 {
        return mallocgc_g(gp, tsize, typ, true);
    }
    let (mem, overflow) = tsize.overflowing_mul(n as usize);
    if overflow || mem > MAX_ALLOC || n < 0 {
        crate::panic::panic_runtime(crate::panic::RuntimeError::AllocationSizeOutOfRange);
    }
    mallocgc_g(gp, mem, typ, true)
}

/// Go's memclrNoHeapPointers.
#[inline]
pub fn memclr_no_heap_pointers(p: *mut u8, n: usize) {
    unsafe { memclr(p, n) };
}

/// Go's memclrHasPointers: clears memory that may hold heap pointers (the
/// place for a deletion write barrier when the collector goes concurrent).
#[inline]
pub fn memclr_has_pointers(p: *mut u8, n: usize) {
    unsafe { memclr(p, n) };
}

/// Go's memmove (overlapping ranges allowed).
#[inline]
pub fn memmove(dst: *mut u8, src: *const u8, n: usize) {
    if n != 0 {
        unsafe { std::ptr::copy(src, dst, n) };
    }
}

/// Go's typedmemmove: copies one value of `typ` (the place for write
/// barriers when the collector goes concurrent).
#[inline]
pub fn typedmemmove(typ: *const Type, dst: *mut u8, src: *const u8) {
    if std::ptr::eq(dst, src) {
        return;
    }
    memmove(dst, src, unsafe { (*typ).size });
}

/// Go's typedmemclr.
#[inline]
pub fn typedmemclr(typ: *const Type, p: *mut u8) {
    memclr_has_pointers(p, unsafe { (*typ).size });
}
