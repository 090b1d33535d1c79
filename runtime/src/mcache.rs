//! Per-P allocation caches, Go's `mcache.go`.
//!
//! Each P owns an mcache: one current span per span class (136: 68 size
//! classes × scan/noscan) to carve objects from without locks, the tiny
//! allocator's block, and counters flushed to the global statistics when a
//! span is exchanged. A thread without a P (runtime threads, or anything
//! before the scheduler starts) allocates from `mcache0` under
//! `MCACHE0_LOCK` instead (see `with_mcache`).
//!
//! Invariants:
//! - An mcache is used only by the M holding its P (or under MCACHE0_LOCK),
//!   and allocation has no preemption point, so no lock guards it.
//! - `alloc[i]` is `EMPTY_MSPAN` (no free slot, never written) or a span
//!   of class `i` that is in no mcentral list, with `sweepgen ==
//!   mheap_.sweepgen + 3` (swept, then cached).
//! - The objects of a cached span allocated since it was cached
//!   (`alloc_count - alloc_count_before_cache`) are counted in the global
//!   statistics only when the span leaves the cache (`refill`,
//!   `release_all`); ReadMemStats flushes every mcache first.
//! - `heap_live` (the pacer's input) counts a cached span's free slots as
//!   allocated while it is cached, as Go's does.

use crate::lock_futex::Mutex;
use crate::mheap::{MSpan, NUM_SPAN_CLASSES, SpanClass, TINY_SPAN_CLASS, mheap_};
use crate::mstats::memstats;
use crate::runtime2::G;
use crate::sizeclasses::*;
use std::ptr::null_mut;
use std::sync::atomic::{AtomicPtr, AtomicU32, Ordering::*};

#[repr(C)]
pub struct MCache {
    /// Tiny allocator: the current 16-byte block and the offset of its
    /// first free byte (see malloc.rs).
    pub tiny: usize,
    pub tinyoffset: usize,
    /// Tiny allocations that fit in an existing block, not yet flushed.
    pub tiny_allocs: usize,
    /// Bytes of scannable memory allocated since the last flush.
    pub scan_alloc: usize,
    pub alloc: [*mut MSpan; NUM_SPAN_CLASSES],
    /// mheap_.sweepgen when this cache was last flushed (for the sweeper).
    pub flush_gen: AtomicU32,
}

struct EmptySpan(MSpan);
unsafe impl Sync for EmptySpan {}

/// Stands in for "no span": `nelems == 0`, so it never has a free slot,
/// and it is never written.
static EMPTY_MSPAN: EmptySpan = EmptySpan(MSpan::empty());

#[inline(always)]
pub fn empty_mspan() -> *mut MSpan {
    &EMPTY_MSPAN.0 as *const MSpan as *mut MSpan
}

/// A new mcache (Go's allocmcache).
pub fn allocmcache() -> *mut MCache {
    let c = mheap_().alloc_mcache_record() as *mut MCache;
    unsafe {
        (*c).flush_gen
            .store(mheap_().sweepgen.load(Relaxed), Relaxed);
        for i in 0..NUM_SPAN_CLASSES {
            (*c).alloc[i] = empty_mspan();
        }
    }
    c
}

/// Returns an mcache's spans and counts, then the record (Go's freemcache).
pub fn freemcache(c: *mut MCache) {
    unsafe { (*c).release_all() };
    mheap_().free_mcache_record(c as *mut u8);
}

impl MCache {
    /// Replaces the full span of class `spc` with one that has a free slot
    /// (Go's refill). Throws if the heap is exhausted.
    pub fn refill(&mut self, spc: SpanClass) {
        let st = memstats();
        let mut s = self.alloc[spc.0 as usize];
        unsafe {
            if (*s).alloc_count != (*s).nelems {
                crate::panic::throw("refill of span with free space remaining");
            }
            if s != empty_mspan() {
                if (*s).sweepgen.load(Relaxed) != mheap_().sweepgen.load(Relaxed).wrapping_add(3) {
                    crate::panic::throw("bad sweepgen in refill");
                }
                mheap_().central[spc.0 as usize].uncache_span(s);
                let used = ((*s).alloc_count - (*s).alloc_count_before_cache) as u64;
                st.small_alloc_count[spc.sizeclass()].fetch_add(used, Relaxed);
                if spc == TINY_SPAN_CLASS {
                    st.tiny_alloc_count
                        .fetch_add(self.tiny_allocs as u64, Relaxed);
                    self.tiny_allocs = 0;
                }
                (*s).alloc_count_before_cache = 0;
            }
            s = mheap_().central[spc.0 as usize].cache_span();
            if s.is_null() {
                crate::panic::throw("out of memory");
            }
            if (*s).alloc_count == (*s).nelems {
                crate::panic::throw("span has no free space");
            }
            (*s).sweepgen
                .store(mheap_().sweepgen.load(Relaxed).wrapping_add(3), Relaxed);
            (*s).alloc_count_before_cache = (*s).alloc_count;
            // The whole span counts as live while cached.
            let used = (*s).alloc_count as usize * (*s).elemsize;
            st.heap_live
                .fetch_add(((*s).npages * PAGE_SIZE - used) as u64, Relaxed);
            st.heap_scan.fetch_add(self.scan_alloc as u64, Relaxed);
            self.scan_alloc = 0;
        }
        self.alloc[spc.0 as usize] = s;
    }

    /// A span for one large object of `size` bytes (Go's allocLarge).
    pub fn alloc_large(&mut self, size: usize, noscan: bool) -> *mut MSpan {
        if size.checked_add(PAGE_SIZE).is_none() {
            crate::panic::throw("out of memory");
        }
        let npages = size.div_ceil(PAGE_SIZE);
        let spc = SpanClass::make(0, noscan);
        let s = mheap_().alloc(npages, spc);
        if s.is_null() {
            crate::panic::throw("out of memory");
        }
        let st = memstats();
        let bytes = (npages * PAGE_SIZE) as u64;
        st.large_alloc.fetch_add(bytes, Relaxed);
        st.large_alloc_count.fetch_add(1, Relaxed);
        st.heap_live.fetch_add(bytes, Relaxed);
        unsafe {
            // Large spans live on their mcentral's full list, for the sweeper.
            mheap_().central[spc.0 as usize].push(s, true, true, mheap_().sweepgen.load(Relaxed));
            (*s).limit = (*s).base() + size;
            (*s).init_heap_bits();
        }
        s
    }

    /// Returns every cached span to its mcentral and flushes the counters
    /// (Go's releaseAll).
    pub fn release_all(&mut self) {
        let st = memstats();
        let sg = mheap_().sweepgen.load(Relaxed);
        let mut dlive: i64 = 0;
        for i in 0..NUM_SPAN_CLASSES {
            let s = self.alloc[i];
            if s == empty_mspan() {
                continue;
            }
            unsafe {
                let used = ((*s).alloc_count - (*s).alloc_count_before_cache) as u64;
                (*s).alloc_count_before_cache = 0;
                st.small_alloc_count[SpanClass(i as u8).sizeclass()].fetch_add(used, Relaxed);
                if (*s).sweepgen.load(Relaxed) != sg.wrapping_add(1) {
                    // Its free slots were counted live while cached.
                    dlive -= ((*s).nelems - (*s).alloc_count) as i64 * (*s).elemsize as i64;
                }
                mheap_().central[i].uncache_span(s);
            }
            self.alloc[i] = empty_mspan();
        }
        self.tiny = 0;
        self.tinyoffset = 0;
        st.tiny_alloc_count
            .fetch_add(self.tiny_allocs as u64, Relaxed);
        self.tiny_allocs = 0;
        st.heap_live.fetch_add(dlive as u64, Relaxed);
        st.heap_scan.fetch_add(self.scan_alloc as u64, Relaxed);
        self.scan_alloc = 0;
    }

    /// For the collector: flushes the cache if a GC cycle began since it was
    /// last flushed (Go's prepareForSweep).
    pub fn prepare_for_sweep(&mut self) {
        let sg = mheap_().sweepgen.load(Relaxed);
        let fg = self.flush_gen.load(Relaxed);
        if fg == sg {
            return;
        }
        if fg != sg.wrapping_sub(2) {
            crate::panic::throw("bad flushGen");
        }
        self.release_all();
        self.flush_gen.store(sg, Release);
    }
}

/// The mcache of the P that `gp`'s M holds, or null without a P.
#[inline(always)]
pub fn get_mcache(gp: *mut G) -> *mut MCache {
    if gp.is_null() {
        return null_mut();
    }
    unsafe {
        let mp = (*gp).m;
        if mp.is_null() {
            return null_mut();
        }
        let pp = (*mp).p;
        if pp.is_null() {
            return null_mut();
        }
        (*pp).mcache
    }
}

/// Serializes allocation by threads without a P.
pub static MCACHE0_LOCK: Mutex = Mutex::new();
static MCACHE0: AtomicPtr<MCache> = AtomicPtr::new(null_mut());

/// Runs `f` with the shared mcache of P-less threads, under its lock.
pub fn with_mcache0<R>(f: impl FnOnce(*mut MCache) -> R) -> R {
    MCACHE0_LOCK.lock2();
    let mut c = MCACHE0.load(Relaxed);
    if c.is_null() {
        c = allocmcache();
        MCACHE0.store(c, Relaxed);
    }
    let r = f(c);
    MCACHE0_LOCK.unlock2();
    r
}
