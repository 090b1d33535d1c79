//! Per-object type information for the precise heap scan, and the
//! allocation/mark bitmaps of spans, Go's `mbitmap.go` (the Go 1.22+ scheme).
//!
//! # Where an object's pointer map lives
//!
//! Every heap object was allocated with a `*Type` (or none: then it holds
//! no pointers and sits in a *noscan* span, which the collector never
//! scans). Objects of types with pointers (`ptrdata != 0`) sit in *scan*
//! spans, and their pointer words are found in one of three ways, chosen by
//! the slot size alone:
//!
//! 1. **Small objects (slot ≤ 512 bytes): a heap bitmap at the end of the
//!    span.** One bit per 8-byte word of the span (`npages*8192/64` bytes,
//!    128 for the one-page spans these classes use), bit i = word i of the
//!    span holds a pointer. The span gives up the room at its end
//!    (`nelems` is computed without it). `mallocgc` writes the object's
//!    bits from `typ.gcdata`, repeated for each element when the allocation
//!    is an array of `size / typ.size` values; the rest of the slot reads
//!    as scalars. For the 8-byte scan class every word is a pointer, so its
//!    bitmap is all ones from the start.
//! 2. **Larger small objects (512 < slot ≤ 32 KiB): a malloc header.** The
//!    slot's first word holds the `*Type`; the object starts 8 bytes in
//!    (`mallocgc` returns `slot + 8`). The pointer map is `typ.gcdata`
//!    tiled from the object start through the end of the slot: bits
//!    `0..ptrdata/8` for the first element, again from `typ.size`, and so on
//!    (the slot is zeroed, so words past the data read as nil).
//! 3. **Large objects (> 32 KiB - 8, own span): the type in the span**,
//!    `span.large_type`, tiled from the span base in the same way. It is
//!    stored (release) only after the memory is zeroed; null means "nothing
//!    to scan yet".
//!
//! `type_pointers_of(addr, size)` / `TypePointers` iterate the pointer words
//! of any object in any of the three cases (Go's typePointers): it is the
//! collector's precise-scan primitive. `find_object` (mheap.rs) maps any
//! interior pointer to its slot, `is_free`/`is_free_or_newly_allocated`
//! tell whether the slot holds an object, and the mark bits below are the
//! collector's. `typ.gcdata` must have a bit per word of `ptrdata` and be
//! readable for `ceil(ptrdata / 64)` bytes; nothing past that is read.
//!
//! # Allocation bitmaps
//!
//! `alloc_bits` has one bit per slot (1 = allocated as of the last sweep);
//! slots below `freeindex` are allocated regardless. `alloc_cache` holds
//! the complement of the 64 bits starting at `freeindex & !63`, shifted so
//! that bit 0 is `freeindex`: `trailing_zeros` finds the next free slot.
//! Sweeping (the collector) makes `gcmark_bits` the new `alloc_bits`.
//!
//! Invariants:
//! - Bitmaps (`alloc_bits`, `gcmark_bits`) are whole 8-byte words.
//! - Heap bits of free slots may be garbage; `mallocgc` rewrites all bits
//!   of a slot it hands out.
//! - A slot's type information is complete before the slot's address is
//!   returned by `mallocgc` (and before `free_index_for_scan` covers it).

use crate::mheap::MSpan;
use crate::sizeclasses::*;
use crate::types::Type;
use std::sync::atomic::{AtomicU8, Ordering::*};

const PTR_SIZE: usize = 8;
const PTR_BITS: usize = 64;

/// Whether objects of `size` bytes (rounded or not) keep their pointer bits
/// in the span, rather than a header or the span's large_type.
#[inline(always)]
pub fn heap_bits_in_span(size: usize) -> bool {
    size <= MIN_SIZE_FOR_MALLOC_HEADER
}

/// 64 bits of `typ`'s pointer mask starting at byte `byte_off` of gcdata
/// (Go's `readUintptr(addb(gcmask, byte_off))`), reading only the bytes
/// gcdata has.
#[inline]
pub fn gcmask_word(typ: *const Type, byte_off: usize) -> usize {
    unsafe {
        let nbytes = ((*typ).ptrdata / PTR_SIZE).div_ceil(8);
        let g = (*typ).gcdata;
        if byte_off + 8 <= nbytes {
            return usize::from_le((g.add(byte_off) as *const usize).read_unaligned());
        }
        let mut w = 0usize;
        let mut i = byte_off;
        while i < nbytes {
            w |= (*g.add(i) as usize) << ((i - byte_off) * 8);
            i += 1;
        }
        w
    }
}

impl MSpan {
    /// Address and size of the heap bitmap at the end of a span (case 1).
    #[inline(always)]
    pub fn heap_bits_range(&self) -> (usize, usize) {
        let span_size = self.npages * PAGE_SIZE;
        let size = span_size / PTR_SIZE / 8;
        (self.base() + span_size - size, size)
    }

    /// Prepares the heap bitmap of a new span (Go's initHeapBits).
    pub fn init_heap_bits(&mut self) {
        if self.spanclass.noscan() || !heap_bits_in_span(self.elemsize) {
            return;
        }
        let (b, n) = self.heap_bits_range();
        let fill = if self.spanclass.sizeclass() == 1 {
            0xff // 8-byte objects with pointers are one pointer
        } else {
            0
        };
        unsafe { std::ptr::write_bytes(b as *mut u8, fill, n) };
    }

    /// The pointer bits of the object at slot base `addr` (case 1), bit i =
    /// word i of the object.
    #[inline]
    pub fn heap_bits_small_for_addr(&self, addr: usize) -> usize {
        let (hb, _) = self.heap_bits_range();
        let o = (addr - self.base()) / PTR_SIZE;
        let i = o / PTR_BITS;
        let j = o % PTR_BITS;
        let bits = self.elemsize / PTR_SIZE;
        unsafe {
            let w0 = (hb as *const usize).add(i);
            if j + bits > PTR_BITS {
                let bits0 = PTR_BITS - j;
                let bits1 = bits - bits0;
                (*w0 >> j) | ((*w0.add(1) & ((1 << bits1) - 1)) << bits0)
            } else {
                (*w0 >> j) & low_bits(bits)
            }
        }
    }

    /// Writes the pointer bits of a new object (case 1) holding `data_size
    /// / typ.size` values of `typ` at `x`; returns the bytes to scan.
    pub fn write_heap_bits_small(&self, x: usize, data_size: usize, typ: *const Type) -> usize {
        let (tsize, tptr) = unsafe { ((*typ).size, (*typ).ptrdata) };
        let src0 = gcmask_word(typ, 0);
        let mut src;
        let scan_size;
        if tsize == PTR_SIZE {
            // All pointers (one-word elements that have pointers).
            src = low_bits(data_size / PTR_SIZE);
            scan_size = data_size;
        } else {
            src = src0;
            let mut ss = tptr;
            let mut i = tsize;
            while i < data_size {
                src |= src0 << (i / PTR_SIZE);
                ss += tsize;
                i += tsize;
            }
            scan_size = ss;
        }
        let (hb, _) = self.heap_bits_range();
        let o = (x - self.base()) / PTR_SIZE;
        let i = o / PTR_BITS;
        let j = o % PTR_BITS;
        let bits = self.elemsize / PTR_SIZE;
        unsafe {
            let d0 = (hb as *mut usize).add(i);
            if j + bits > PTR_BITS {
                let bits0 = PTR_BITS - j;
                let bits1 = bits - bits0;
                *d0 = (*d0 & (usize::MAX >> bits0)) | (src << j);
                let d1 = d0.add(1);
                *d1 = (*d1 & !low_bits(bits1)) | (src >> bits0);
            } else {
                *d0 = (*d0 & !(low_bits(bits) << j)) | (src << j);
            }
        }
        scan_size
    }

    // --- allocation bits ---------------------------------------------------

    /// Loads the complement of the 8 alloc-bit bytes at `which_byte` into
    /// `alloc_cache` (Go's refillAllocCache).
    #[inline]
    pub fn refill_alloc_cache(&mut self, which_byte: u16) {
        let b = unsafe { (self.alloc_bits.add(which_byte as usize) as *const u64).read() };
        self.alloc_cache = !u64::from_le(b);
    }

    /// The next free slot at or after `freeindex`, or `nelems` if none;
    /// advances `freeindex` past it (Go's nextFreeIndex).
    pub fn next_free_index(&mut self) -> u16 {
        let mut sfreeindex = self.freeindex;
        let snelems = self.nelems;
        if sfreeindex == snelems {
            return sfreeindex;
        }
        if sfreeindex > snelems {
            crate::panic::throw("s.freeindex > s.nelems");
        }
        let mut a = self.alloc_cache;
        let mut bit = a.trailing_zeros() as u16;
        while bit == 64 {
            // Move to the start of the next 64 bits.
            sfreeindex = (sfreeindex + 64) & !63;
            if sfreeindex >= snelems {
                self.freeindex = snelems;
                return snelems;
            }
            self.refill_alloc_cache(sfreeindex / 8);
            a = self.alloc_cache;
            bit = a.trailing_zeros() as u16;
        }
        let result = sfreeindex + bit;
        if result >= snelems {
            self.freeindex = snelems;
            return snelems;
        }
        self.alloc_cache >>= bit + 1;
        sfreeindex = result + 1;
        if sfreeindex.is_multiple_of(64) && sfreeindex != snelems {
            // alloc_cache is used up: load the bits from the new freeindex.
            self.refill_alloc_cache(sfreeindex / 8);
        }
        self.freeindex = sfreeindex;
        result
    }

    /// Whether slot `index` holds no object (Go's isFree). Only for indices
    /// from real pointers (not conservative guesses during allocation).
    #[inline]
    pub fn is_free(&self, index: usize) -> bool {
        if index < self.freeindex as usize {
            return false;
        }
        unsafe { *self.alloc_bits.add(index / 8) & (1 << (index % 8)) == 0 }
    }

    /// Whether slot `index` is free or was allocated after the last time
    /// `free_index_for_scan` was published (the conservative scanner's
    /// filter, Go's isFreeOrNewlyAllocated).
    #[inline]
    pub fn is_free_or_newly_allocated(&self, index: usize) -> bool {
        if index < self.free_index_for_scan as usize {
            return false;
        }
        unsafe { *self.alloc_bits.add(index / 8) & (1 << (index % 8)) == 0 }
    }

    /// The collector's mark bit of slot `index`.
    #[inline]
    pub fn mark_bits_for_index(&self, index: usize) -> MarkBits {
        MarkBits {
            bytep: unsafe { self.gcmark_bits.add(index / 8) as *const AtomicU8 },
            mask: 1 << (index % 8),
            index,
        }
    }

    /// Number of marked slots (the sweeper's new alloc_count).
    pub fn count_alloc(&self) -> usize {
        let bytes = (self.nelems as usize).div_ceil(8);
        let mut n = 0;
        for i in 0..bytes {
            n += unsafe { *self.gcmark_bits.add(i) }.count_ones() as usize;
        }
        n
    }
}

/// One mark bit (Go's markBits).
pub struct MarkBits {
    pub bytep: *const AtomicU8,
    pub mask: u8,
    pub index: usize,
}

impl MarkBits {
    #[inline]
    pub fn is_marked(&self) -> bool {
        unsafe { (*self.bytep).load(Relaxed) & self.mask != 0 }
    }
    /// Atomic: marking runs in parallel on all Ps.
    #[inline]
    pub fn set_marked(&self) {
        unsafe { (*self.bytep).fetch_or(self.mask, Relaxed) };
    }
    #[inline]
    pub fn clear_marked(&self) {
        unsafe { (*self.bytep).fetch_and(!self.mask, Relaxed) };
    }
}

#[inline(always)]
fn low_bits(n: usize) -> usize {
    if n >= PTR_BITS {
        usize::MAX
    } else {
        (1 << n) - 1
    }
}

// ---------------------------------------------------------------------------
// Recording the type of a new object (called by mallocgc).

/// Case 1: heap bits in the span. Returns the scan size.
#[inline]
pub fn heap_set_type_no_header(
    x: usize,
    data_size: usize,
    typ: *const Type,
    span: &MSpan,
) -> usize {
    span.write_heap_bits_small(x, data_size, typ)
}

/// Case 2: the malloc header word before the object.
#[inline]
pub fn heap_set_type_small_header(
    header: *mut *const Type,
    typ: *const Type,
    span: &MSpan,
) -> usize {
    unsafe { header.write(typ) };
    span.elemsize
}

/// Case 3: the type in the span, published after the memory was zeroed.
#[inline]
pub fn heap_set_type_large(typ: *const Type, span: &MSpan) -> usize {
    span.large_type.store(typ as *mut Type, Release);
    span.elemsize
}

// ---------------------------------------------------------------------------
// Iterating an object's pointers (Go's typePointers).

/// An iterator over the pointer words of a heap object (the collector's
/// precise scan). Bit i of `mask` stands for the word at `addr + 8*i`.
#[derive(Clone, Copy)]
pub struct TypePointers {
    /// Start of the current element (objects are arrays of `typ`).
    pub elem: usize,
    pub addr: usize,
    pub mask: usize,
    /// Null for case-1 objects (their whole mask is in `mask`).
    pub typ: *const Type,
}

impl Default for TypePointers {
    fn default() -> Self {
        TypePointers {
            elem: 0,
            addr: 0,
            mask: 0,
            typ: std::ptr::null(),
        }
    }
}

impl MSpan {
    /// Pointers of the object whose slot starts at `addr`.
    pub fn type_pointers_of_unchecked(&self, mut addr: usize) -> TypePointers {
        let spc = self.spanclass;
        if spc.noscan() {
            return TypePointers::default();
        }
        if heap_bits_in_span(self.elemsize) {
            return TypePointers {
                elem: addr,
                addr,
                mask: self.heap_bits_small_for_addr(addr),
                typ: std::ptr::null(),
            };
        }
        let typ: *const Type = if spc.sizeclass() != 0 {
            let t = unsafe { *(addr as *const *const Type) };
            addr += MALLOC_HEADER_SIZE;
            t
        } else {
            self.large_type.load(Acquire)
        };
        if typ.is_null() {
            return TypePointers::default();
        }
        TypePointers {
            elem: addr,
            addr,
            mask: gcmask_word(typ, 0),
            typ,
        }
    }

    /// Pointers in `[addr, addr + size)`, which lies within one object.
    pub fn type_pointers_of(&self, addr: usize, size: usize) -> TypePointers {
        let base = self.obj_base(addr);
        let tp = self.type_pointers_of_unchecked(base);
        if base == addr && size == self.elemsize {
            return tp;
        }
        tp.fast_forward(addr - tp.addr, addr + size)
    }
}

impl TypePointers {
    /// The next pointer word without loading more mask (0: mask used up).
    #[inline(always)]
    pub fn next_fast(&mut self) -> usize {
        if self.mask == 0 {
            return 0;
        }
        let i = self.mask.trailing_zeros() as usize;
        self.mask &= self.mask - 1;
        self.addr + i * PTR_SIZE
    }

    /// The next pointer word below `limit` (0: done). `limit` must be the
    /// same on every call.
    pub fn next(&mut self, limit: usize) -> usize {
        loop {
            if self.mask != 0 {
                return self.next_fast();
            }
            if self.typ.is_null() {
                return 0;
            }
            let (tsize, tptr) = unsafe { ((*self.typ).size, (*self.typ).ptrdata) };
            if self.addr + PTR_SIZE * PTR_BITS >= self.elem + tptr {
                self.elem += tsize;
                self.addr = self.elem;
            } else {
                self.addr += PTR_BITS * PTR_SIZE;
            }
            if self.addr >= limit {
                return 0;
            }
            self.mask = gcmask_word(self.typ, (self.addr - self.elem) / PTR_SIZE / 8);
            if self.addr + PTR_SIZE * PTR_BITS > limit {
                let bits = (self.addr + PTR_SIZE * PTR_BITS - limit) / PTR_SIZE;
                self.mask &= !(low_bits(bits) << (PTR_BITS - bits));
            }
        }
    }

    /// Skips `n` bytes (a multiple of 8).
    pub fn fast_forward(mut self, n: usize, limit: usize) -> TypePointers {
        let target = self.addr + n;
        if target >= limit {
            return TypePointers::default();
        }
        if self.typ.is_null() {
            self.mask &= !low_bits((target - self.addr) / PTR_SIZE);
            if self.addr + PTR_SIZE * PTR_BITS > limit {
                let bits = (self.addr + PTR_SIZE * PTR_BITS - limit) / PTR_SIZE;
                self.mask &= !(low_bits(bits) << (PTR_BITS - bits));
            }
            return self;
        }
        let (tsize, tptr) = unsafe { ((*self.typ).size, (*self.typ).ptrdata) };
        let chunk = PTR_BITS * PTR_SIZE;
        if n >= tsize {
            let oldelem = self.elem;
            self.elem += (self.addr - self.elem + n) / tsize * tsize;
            self.addr = self.elem + (n - (self.elem - oldelem)) / chunk * chunk;
        } else {
            self.addr += n / chunk * chunk;
        }
        if self.addr - self.elem >= tptr {
            // In the scalar tail of an element: go to the next one.
            self.elem += tsize;
            self.addr = self.elem;
            self.mask = gcmask_word(self.typ, 0);
            if self.addr >= limit {
                return TypePointers::default();
            }
        } else {
            self.mask = gcmask_word(self.typ, (self.addr - self.elem) / PTR_SIZE / 8);
            self.mask &= !low_bits((target - self.addr) / PTR_SIZE);
        }
        if self.addr + PTR_SIZE * PTR_BITS > limit {
            let bits = (self.addr + PTR_SIZE * PTR_BITS - limit) / PTR_SIZE;
            self.mask &= !(low_bits(bits) << (PTR_BITS - bits));
        }
        self
    }
}
