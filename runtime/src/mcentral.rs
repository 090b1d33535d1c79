//! Central free lists, Go's `mcentral.go`.
//!
//! One mcentral per span class. It does not hold objects; spans do. It holds
//! the spans of its class that no mcache has: `partial` (some free slot) and
//! `full` (none), each as two lists that trade roles every GC cycle:
//! `partial[sweepgen/2 % 2]` holds swept spans and `partial[1 - sweepgen/2
//! % 2]` unswept ones (likewise `full`). Until the collector exists nothing
//! is ever unswept, and spans enter these lists only when an mcache lets go
//! of them (`uncache_span`) or, for large objects, at allocation.
//!
//! Invariants:
//! - A span is in at most one list, and in none while an mcache holds it.
//! - The lists change only under `lock`; the lock is held for list
//!   operations only, never across heap allocation (`grow` runs unlocked).
//! - A span handed to an mcache has a free slot, and its `alloc_cache` is
//!   primed to its `freeindex`.

use crate::lock_futex::Mutex;
use crate::mheap::{MSpan, MSpanList, SpanClass, mheap_};
use crate::sizeclasses::*;
use std::cell::UnsafeCell;
use std::ptr::null_mut;
use std::sync::atomic::Ordering::*;

struct Lists {
    partial: [MSpanList; 2],
    full: [MSpanList; 2],
}

#[repr(C, align(64))]
pub struct MCentral {
    pub lock: Mutex,
    pub spanclass: SpanClass,
    lists: UnsafeCell<Lists>,
}

unsafe impl Sync for MCentral {}

#[inline]
fn swept(sg: u32) -> usize {
    (sg / 2 % 2) as usize
}

#[inline]
fn unswept(sg: u32) -> usize {
    1 - swept(sg)
}

impl MCentral {
    pub const fn new(spc: SpanClass) -> MCentral {
        MCentral {
            lock: Mutex::new(),
            spanclass: spc,
            lists: UnsafeCell::new(Lists {
                partial: [MSpanList::new(), MSpanList::new()],
                full: [MSpanList::new(), MSpanList::new()],
            }),
        }
    }

    /// Pushes `s` on the partial (`full == false`) or full list, swept or
    /// unswept as of sweep generation `sg`.
    pub fn push(&self, s: *mut MSpan, full: bool, is_swept: bool, sg: u32) {
        let i = if is_swept { swept(sg) } else { unswept(sg) };
        self.lock.lock2();
        unsafe {
            let l = &mut *self.lists.get();
            if full {
                l.full[i].insert(s);
            } else {
                l.partial[i].insert(s);
            }
        }
        self.lock.unlock2();
    }

    /// Pops a span from one of the four lists (null if empty). The sweeper
    /// drains the unswept ones.
    pub fn pop(&self, full: bool, is_swept: bool, sg: u32) -> *mut MSpan {
        let i = if is_swept { swept(sg) } else { unswept(sg) };
        self.lock.lock2();
        let s = unsafe {
            let l = &mut *self.lists.get();
            if full {
                l.full[i].pop()
            } else {
                l.partial[i].pop()
            }
        };
        self.lock.unlock2();
        s
    }

    /// A span with free space for an mcache (Go's cacheSpan); null if the
    /// heap is out of memory.
    pub fn cache_span(&self) -> *mut MSpan {
        let sg = mheap_().sweepgen.load(Relaxed);
        // The collector will first sweep unswept spans here (partial, then
        // full), with a budget, before growing, as Go's cacheSpan does.
        let mut s = self.pop(false, true, sg);
        if s.is_null() {
            s = self.grow();
            if s.is_null() {
                return null_mut();
            }
        }
        unsafe {
            let sp = &mut *s;
            if sp.alloc_count == sp.nelems || sp.freeindex == sp.nelems {
                crate::panic::throw("span has no free objects");
            }
            let free_byte_base = sp.freeindex & !63;
            sp.refill_alloc_cache(free_byte_base / 8);
            // alloc_cache's low bit now stands for freeindex.
            sp.alloc_cache >>= sp.freeindex % 64;
        }
        s
    }

    /// Takes back a span from an mcache (Go's uncacheSpan).
    pub fn uncache_span(&self, s: *mut MSpan) {
        unsafe {
            if (*s).alloc_count == 0 {
                crate::panic::throw("uncaching span but s.allocCount == 0");
            }
            let sg = mheap_().sweepgen.load(Relaxed);
            let stale = (*s).sweepgen.load(Relaxed) == sg.wrapping_add(1);
            let full = (*s).alloc_count == (*s).nelems;
            if stale {
                // Cached since before the sweep began: it needs sweeping.
                // Go sweeps it at once; leaving it on the unswept lists
                // lets the sweeper find it just the same.
                (*s).sweepgen.store(sg.wrapping_sub(1), Release);
                self.push(s, full, false, sg);
            } else {
                (*s).sweepgen.store(sg, Release);
                self.push(s, full, true, sg);
            }
        }
    }

    /// A fresh span of this class from the heap (Go's mcentral.grow).
    fn grow(&self) -> *mut MSpan {
        let npages = CLASS_TO_NPAGES[self.spanclass.sizeclass()] as usize;
        let s = mheap_().alloc(npages, self.spanclass);
        if !s.is_null() {
            unsafe { (*s).init_heap_bits() };
        }
        s
    }

    /// Spans in this mcentral's lists (tests, statistics): (partial, full).
    pub fn count(&self) -> (usize, usize) {
        self.lock.lock2();
        let r = unsafe {
            let l = &*self.lists.get();
            let n = |l: &MSpanList| {
                let mut k = 0;
                let mut s = l.first;
                while !s.is_null() {
                    k += 1;
                    s = (*s).next;
                }
                k
            };
            (
                n(&l.partial[0]) + n(&l.partial[1]),
                n(&l.full[0]) + n(&l.full[1]),
            )
        };
        self.lock.unlock2();
        r
    }
}
