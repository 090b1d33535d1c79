//! The page heap, Go's `mheap.go`: arenas, spans, the page allocator, the
//! span lookup, and the off-heap allocators for the allocator's own
//! metadata (Go's `persistentalloc`, `fixalloc`, gcBits arenas).
//!
//! Address space. The heap lives in 64 MiB *arenas* (`HEAP_ARENA_BYTES`,
//! aligned to their size). Address space is reserved from the kernel in
//! large `MAP_NORESERVE` regions (`HEAP_RESERVE_BYTES` or more, one mapping
//! each, at Go's hint addresses 0xc000000000, 0x1c000000000, ... so regions
//! are usually contiguous and heap pointers look like Go's), touched lazily,
//! and handed to the page allocator 4 MiB at a time (`grow`). The map count
//! therefore stays at a handful of mappings however large the heap gets.
//!
//! Span lookup. `ARENAS[p >> 26]` is the `HeapArena` of the arena holding
//! `p` (null: not heap); its `spans[page]` is the span owning that 8 KiB
//! page. So any address, interior or not, resolves to its span in two loads
//! and to its object with one multiply (`MSpan::obj_index`, Go's divMagic):
//! `span_of`, `span_of_heap`, `find_object`.
//!
//! Invariants:
//! - A span is a run of pages `[start_addr, start_addr + npages*PAGE_SIZE)`.
//!   For a span in state `MSPAN_IN_USE`, every page of it maps to it in
//!   `spans`. Pages that are free map to whatever span last owned them (or
//!   null), so a lookup must check `state` and `base() <= p < limit`
//!   (`span_of_heap` does).
//! - `state` is stored last when a span is set up (`init_span`) and first
//!   when it is freed: a reader that sees `MSPAN_IN_USE` sees the other
//!   fields of that span.
//! - `spans`, `page_in_use`, the page allocator, `allspans` and the fixallocs
//!   change only under `mheap_.lock`, which is taken only on the system stack
//!   (`systemstack`) and never while holding an mcentral lock for longer than
//!   a list operation. Lock order: mcache0 lock → mcentral lock → heap lock →
//!   gcBits lock / persistentalloc lock.
//! - Memory of an arena above its `zeroed_base` has never been handed out, so
//!   it is still zero as the kernel gave it: spans carved only from there
//!   have `needzero == 0` and their objects need no clearing.
//! - Metadata (`MSpan`, `MCache`, `HeapArena`, mark/alloc bits) lives off the
//!   Go heap, in `persistentalloc` memory, and is never returned to the OS.
//! - Sweep generations (`sweepgen`, Go's protocol, see `MSpan::sweepgen`) are
//!   kept by the allocator already; only the collector advances
//!   `mheap_.sweepgen` (by 2 per cycle, with the world stopped).

use crate::lock_futex::Mutex;
use crate::mcentral::MCentral;
use crate::mstats::memstats;
use crate::sizeclasses::*;
use crate::types::Type;
use std::cell::UnsafeCell;
use std::collections::{BTreeMap, BTreeSet};
use std::ptr::null_mut;
use std::sync::atomic::{AtomicPtr, AtomicU8, AtomicU32, AtomicU64, AtomicUsize, Ordering::*};

pub const LOG_HEAP_ARENA_BYTES: usize = 26;
/// 64 MiB, as Go on 64-bit Linux.
pub const HEAP_ARENA_BYTES: usize = 1 << LOG_HEAP_ARENA_BYTES;
pub const PAGES_PER_ARENA: usize = HEAP_ARENA_BYTES / PAGE_SIZE;
/// User addresses on x86-64 Linux are below 2^47.
pub const HEAP_ADDR_BITS: usize = 47;
const ARENA_L2_ENTRIES: usize = 1 << (HEAP_ADDR_BITS - LOG_HEAP_ARENA_BYTES);
/// The heap grows by whole chunks of this many pages (4 MiB), Go's
/// pallocChunkPages.
pub const PALLOC_CHUNK_PAGES: usize = 512;
/// Address space reserved per `MAP_NORESERVE` region (larger requests get a
/// region of their own size).
pub const HEAP_RESERVE_BYTES: usize = 4 << 30;
/// Largest allocation Go accepts on 64-bit (`maxAlloc`).
pub const MAX_ALLOC: usize = 1 << 48;

// Span states (`mSpanState`).
pub const MSPAN_DEAD: u8 = 0;
pub const MSPAN_IN_USE: u8 = 1;
pub const MSPAN_MANUAL: u8 = 2;

/// Size class and noscan bit of a span: `sizeclass << 1 | noscan`.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
#[repr(transparent)]
pub struct SpanClass(pub u8);

pub const NUM_SPAN_CLASSES: usize = NUM_SIZE_CLASSES << 1;
pub const TINY_SPAN_CLASS: SpanClass = SpanClass((TINY_SIZE_CLASS << 1 | 1) as u8);

impl SpanClass {
    #[inline(always)]
    pub const fn make(sizeclass: usize, noscan: bool) -> SpanClass {
        SpanClass((sizeclass << 1) as u8 | noscan as u8)
    }
    #[inline(always)]
    pub const fn sizeclass(self) -> usize {
        (self.0 >> 1) as usize
    }
    #[inline(always)]
    pub const fn noscan(self) -> bool {
        self.0 & 1 != 0
    }
}

/// A run of pages: a small-object span of one size class, a large object,
/// or (later) a manually managed run. Go's `mspan`.
#[repr(C)]
pub struct MSpan {
    /// Links in an `MSpanList` (mcentral lists).
    pub next: *mut MSpan,
    pub prev: *mut MSpan,
    pub list: *mut MSpanList,
    pub start_addr: usize,
    pub npages: usize,
    /// Slot index from which to search for a free object. Slots below it
    /// are allocated; at or above, `alloc_bits` says (0 = free).
    pub freeindex: u16,
    pub nelems: u16,
    /// Like freeindex, but only advanced once an object is fully initialized
    /// (the conservative scanner trusts slots below it; see malloc.rs).
    pub free_index_for_scan: u16,
    pub alloc_count: u16,
    /// alloc_count when the span entered an mcache (for statistics).
    pub alloc_count_before_cache: u16,
    pub spanclass: SpanClass,
    /// `MSPAN_*`, set last on init and first on free.
    pub state: AtomicU8,
    /// Free slots may hold garbage and must be cleared on allocation.
    pub needzero: u8,
    /// Division magic for elemsize (0 for large spans).
    pub div_mul: u32,
    /// Sweep generation relative to `mheap_.sweepgen` (Go's protocol):
    /// sg-2 needs sweeping, sg-1 being swept, sg swept, sg+1 cached before
    /// the sweep began (needs sweeping), sg+3 swept and then cached.
    pub sweepgen: AtomicU32,
    /// Complement of alloc_bits from freeindex on (ctz finds a free slot).
    pub alloc_cache: u64,
    /// One bit per slot, 1 = allocated (as of the last sweep).
    pub alloc_bits: *mut u8,
    /// Mark bits for the collector; become alloc_bits when swept.
    pub gcmark_bits: *mut u8,
    pub elemsize: usize,
    /// End of the object-holding part of the span.
    pub limit: usize,
    /// Large objects with pointers: their type (the "malloc header").
    pub large_type: AtomicPtr<Type>,
    /// Reserved for finalizers/cleanups (Go's specials).
    pub specials: *mut u8,
}

unsafe impl Sync for MSpan {}

impl MSpan {
    pub const fn empty() -> MSpan {
        MSpan {
            next: null_mut(),
            prev: null_mut(),
            list: null_mut(),
            start_addr: 0,
            npages: 0,
            freeindex: 0,
            nelems: 0,
            free_index_for_scan: 0,
            alloc_count: 0,
            alloc_count_before_cache: 0,
            spanclass: SpanClass(0),
            state: AtomicU8::new(MSPAN_DEAD),
            needzero: 0,
            div_mul: 0,
            sweepgen: AtomicU32::new(0),
            alloc_cache: 0,
            alloc_bits: null_mut(),
            gcmark_bits: null_mut(),
            elemsize: 0,
            limit: 0,
            large_type: AtomicPtr::new(null_mut()),
            specials: null_mut(),
        }
    }

    #[inline(always)]
    pub fn base(&self) -> usize {
        self.start_addr
    }

    fn init(&mut self, base: usize, npages: usize) {
        *self = MSpan::empty();
        self.start_addr = base;
        self.npages = npages;
    }

    /// Index of the slot holding `p` (which must be within the span).
    #[inline(always)]
    pub fn obj_index(&self, p: usize) -> usize {
        if self.div_mul == 0 {
            return 0; // large span: one object
        }
        (((p - self.base()) as u64 * self.div_mul as u64) >> 32) as usize
    }

    /// Start of the slot holding `p`.
    #[inline(always)]
    pub fn obj_base(&self, p: usize) -> usize {
        self.base() + self.obj_index(p) * self.elemsize
    }

    /// Whether small objects of this span carry a malloc header word.
    #[inline(always)]
    pub fn has_malloc_header(&self) -> bool {
        !self.spanclass.noscan()
            && self.spanclass.sizeclass() != 0
            && !crate::mbitmap::heap_bits_in_span(self.elemsize)
    }
}

/// A doubly-linked list of spans through `next`/`prev` (Go's mSpanList).
pub struct MSpanList {
    pub first: *mut MSpan,
    pub last: *mut MSpan,
}

impl Default for MSpanList {
    fn default() -> Self {
        Self::new()
    }
}

impl MSpanList {
    pub const fn new() -> MSpanList {
        MSpanList {
            first: null_mut(),
            last: null_mut(),
        }
    }
    pub fn is_empty(&self) -> bool {
        self.first.is_null()
    }
    pub unsafe fn insert(&mut self, s: *mut MSpan) {
        unsafe {
            if !(*s).next.is_null() || !(*s).prev.is_null() || !(*s).list.is_null() {
                crate::panic::throw("mSpanList.insert: span already in a list");
            }
            (*s).next = self.first;
            if self.first.is_null() {
                self.last = s;
            } else {
                (*self.first).prev = s;
            }
            self.first = s;
            (*s).list = self;
        }
    }
    pub unsafe fn remove(&mut self, s: *mut MSpan) {
        unsafe {
            if !std::ptr::eq((*s).list, self) {
                crate::panic::throw("mSpanList.remove: span not in this list");
            }
            if self.first == s {
                self.first = (*s).next;
            } else {
                (*(*s).prev).next = (*s).next;
            }
            if self.last == s {
                self.last = (*s).prev;
            } else {
                (*(*s).next).prev = (*s).prev;
            }
            (*s).next = null_mut();
            (*s).prev = null_mut();
            (*s).list = null_mut();
        }
    }
    pub unsafe fn pop(&mut self) -> *mut MSpan {
        let s = self.first;
        if !s.is_null() {
            unsafe { self.remove(s) };
        }
        s
    }
}

/// Per-arena metadata, off-heap (Go's heapArena).
#[repr(C)]
pub struct HeapArena {
    /// Page → span (see the module invariants).
    pub spans: [AtomicPtr<MSpan>; PAGES_PER_ARENA],
    /// Bit per page, set for the first page of each in-use span.
    pub page_in_use: [AtomicU8; PAGES_PER_ARENA / 8],
    /// Bit per page, for the collector: first page of spans with marks.
    pub page_marks: [AtomicU8; PAGES_PER_ARENA / 8],
    /// Bit per page: first page of spans with specials (finalizers).
    pub page_specials: [AtomicU8; PAGES_PER_ARENA / 8],
    /// Offset from the arena base below which pages have been used.
    pub zeroed_base: AtomicUsize,
}

struct ArenaTable([AtomicPtr<HeapArena>; ARENA_L2_ENTRIES]);

/// Arena frame → metadata, for the whole user address space (16 MiB of
/// zero pages in .bss, touched only where the heap is).
static ARENAS: ArenaTable = ArenaTable([const { AtomicPtr::new(null_mut()) }; ARENA_L2_ENTRIES]);

#[inline(always)]
pub fn arena_index(p: usize) -> usize {
    p >> LOG_HEAP_ARENA_BYTES
}

#[inline(always)]
pub fn heap_arena_of(p: usize) -> *mut HeapArena {
    let ai = arena_index(p);
    if ai >= ARENA_L2_ENTRIES {
        return null_mut();
    }
    ARENAS.0[ai].load(Acquire)
}

/// The span owning the page of `p`, or null if `p` was never heap. The span
/// may be dead or not contain `p` (see `span_of_heap`).
#[inline(always)]
pub fn span_of(p: usize) -> *mut MSpan {
    let ha = heap_arena_of(p);
    if ha.is_null() {
        return null_mut();
    }
    unsafe { (*ha).spans[(p >> PAGE_SHIFT) % PAGES_PER_ARENA].load(Acquire) }
}

/// The in-use span holding `p` within its objects, or null.
#[inline]
pub fn span_of_heap(p: usize) -> *mut MSpan {
    let s = span_of(p);
    if s.is_null() {
        return s;
    }
    unsafe {
        if (*s).state.load(Acquire) != MSPAN_IN_USE || p < (*s).base() || p >= (*s).limit {
            return null_mut();
        }
    }
    s
}

/// Go's findObject: the start of the slot holding `p`, its span and slot
/// index; (0, null, 0) if `p` is not inside an in-use heap span. For spans
/// with malloc headers the slot starts with the header and the Go object
/// at `base + MALLOC_HEADER_SIZE` (see `object_start`).
#[inline]
pub fn find_object(p: usize) -> (usize, *mut MSpan, usize) {
    let s = span_of_heap(p);
    if s.is_null() {
        return (0, s, 0);
    }
    unsafe {
        let i = (*s).obj_index(p);
        ((*s).base() + i * (*s).elemsize, s, i)
    }
}

/// The address `mallocgc` returned for the object containing `p` (its
/// first byte as Go code sees it), or 0 if `p` is not in an allocated heap
/// object. Free slots give 0. Reads the span's allocation state: call it
/// with the world stopped, or for spans no P is allocating from.
pub fn object_start(p: usize) -> usize {
    let (base, s, i) = find_object(p);
    if s.is_null() || unsafe { (*s).is_free(i) } {
        return 0;
    }
    if unsafe { (*s).has_malloc_header() } {
        if p < base + MALLOC_HEADER_SIZE {
            return 0; // the header itself is not part of the object
        }
        return base + MALLOC_HEADER_SIZE;
    }
    base
}

/// Whether `p` points into memory the heap ever owned (Go's inheap is
/// `span_of_heap(p) != null`).
pub fn inheap(p: usize) -> bool {
    !span_of_heap(p).is_null()
}

// ---------------------------------------------------------------------------
// Off-heap metadata: persistentalloc and fixalloc.

const PERSISTENT_REGION: usize = 1 << 30;

struct Persistent {
    lock: Mutex,
    cur: UnsafeCell<(usize, usize)>,
}
unsafe impl Sync for Persistent {}

static PERSISTENT: Persistent = Persistent {
    lock: Mutex::new(),
    cur: UnsafeCell::new((0, 0)),
};

/// Zeroed off-heap memory that is never freed (Go's persistentalloc), from
/// `MAP_NORESERVE` regions of 1 GiB (touched lazily). `stat` counts it.
pub fn persistentalloc(size: usize, align: usize, stat: &AtomicU64) -> *mut u8 {
    let align = align.max(8);
    PERSISTENT.lock.lock2();
    let p = unsafe {
        let cur = &mut *PERSISTENT.cur.get();
        let mut p = cur.0.next_multiple_of(align);
        if cur.0 == 0 || p + size > cur.1 {
            let n = PERSISTENT_REGION.max(size.next_multiple_of(1 << 20));
            let base = crate::os_linux::reserve(n);
            *cur = (base, base + n);
            p = base.next_multiple_of(align);
        }
        cur.0 = p + size;
        p
    };
    PERSISTENT.lock.unlock2();
    stat.fetch_add(size as u64, Relaxed);
    p as *mut u8
}

/// A free-list allocator of fixed-size off-heap records (Go's fixalloc).
/// Not thread-safe: the owner's lock protects it. Records come back zeroed.
pub struct FixAlloc {
    size: usize,
    list: *mut FixLink,
    chunk: usize,
    nchunk: usize,
    /// Bytes in records handed out and not freed.
    pub inuse: usize,
    stat: &'static AtomicU64,
}

struct FixLink {
    next: *mut FixLink,
}

const FIX_ALLOC_CHUNK: usize = 16 << 10;

impl FixAlloc {
    pub const fn new(size: usize, stat: &'static AtomicU64) -> Self {
        FixAlloc {
            size,
            list: null_mut(),
            chunk: 0,
            nchunk: 0,
            inuse: 0,
            stat,
        }
    }

    /// A zeroed record, and whether it is handed out for the first time.
    pub fn alloc(&mut self) -> (*mut u8, bool) {
        self.inuse += self.size;
        if !self.list.is_null() {
            let v = self.list;
            unsafe {
                self.list = (*v).next;
                std::ptr::write_bytes(v as *mut u8, 0, self.size);
            }
            return (v as *mut u8, false);
        }
        if self.nchunk < self.size {
            self.chunk = persistentalloc(FIX_ALLOC_CHUNK, 64, self.stat) as usize;
            self.nchunk = FIX_ALLOC_CHUNK;
        }
        let v = self.chunk as *mut u8;
        self.chunk += self.size;
        self.nchunk -= self.size;
        (v, true)
    }

    pub fn free(&mut self, p: *mut u8) {
        self.inuse -= self.size;
        let v = p as *mut FixLink;
        unsafe { (*v).next = self.list };
        self.list = v;
    }
}

// ---------------------------------------------------------------------------
// Mark and allocation bits (Go's gcBits arenas).

const GC_BITS_CHUNK_BYTES: usize = 64 << 10;

#[repr(C)]
struct GcBitsArena {
    free_index: usize,
    next: *mut GcBitsArena,
    bits: [u8; GC_BITS_CHUNK_BYTES - 16],
}

struct GcBitsArenas {
    lock: Mutex,
    /// free: reusable; next: allocated from now; current/previous: in use
    /// by the present and the last GC cycle.
    lists: UnsafeCell<[*mut GcBitsArena; 4]>,
}
unsafe impl Sync for GcBitsArenas {}

const GB_FREE: usize = 0;
const GB_NEXT: usize = 1;
const GB_CURRENT: usize = 2;
const GB_PREVIOUS: usize = 3;

static GC_BITS_ARENAS: GcBitsArenas = GcBitsArenas {
    lock: Mutex::new(),
    lists: UnsafeCell::new([null_mut(); 4]),
};

/// Zeroed mark bits for a span of `nelems` objects: whole 8-byte words, so
/// `refill_alloc_cache` may read 8 bytes at any multiple of 8 bits.
pub fn new_mark_bits(nelems: usize) -> *mut u8 {
    let bytes = nelems.div_ceil(64) * 8;
    GC_BITS_ARENAS.lock.lock2();
    let p = unsafe {
        let l = &mut *GC_BITS_ARENAS.lists.get();
        let mut a = l[GB_NEXT];
        if a.is_null() || (*a).free_index + bytes > (*a).bits.len() {
            let fresh = if !l[GB_FREE].is_null() {
                let f = l[GB_FREE];
                l[GB_FREE] = (*f).next;
                std::ptr::write_bytes(f as *mut u8, 0, GC_BITS_CHUNK_BYTES);
                f
            } else {
                persistentalloc(GC_BITS_CHUNK_BYTES, 64, &memstats().gc_misc_sys)
                    as *mut GcBitsArena
            };
            (*fresh).next = l[GB_NEXT];
            l[GB_NEXT] = fresh;
            a = fresh;
        }
        let p = (&raw mut (*a).bits as *mut u8).add((*a).free_index);
        (*a).free_index += bytes;
        p
    };
    GC_BITS_ARENAS.lock.unlock2();
    p
}

/// Allocation bits of a new span: zeroed (all slots free).
pub fn new_alloc_bits(nelems: usize) -> *mut u8 {
    new_mark_bits(nelems)
}

/// For the collector, once every span has been swept (so no span's
/// alloc_bits point into the previous epoch's arenas): previous arenas
/// become free, current → previous, next → current (Go's
/// nextMarkBitArenaEpoch).
pub fn next_mark_bit_arena_epoch() {
    GC_BITS_ARENAS.lock.lock2();
    unsafe {
        let l = &mut *GC_BITS_ARENAS.lists.get();
        if !l[GB_PREVIOUS].is_null() {
            let mut last = l[GB_PREVIOUS];
            while !(*last).next.is_null() {
                last = (*last).next;
            }
            (*last).next = l[GB_FREE];
            l[GB_FREE] = l[GB_PREVIOUS];
        }
        l[GB_PREVIOUS] = l[GB_CURRENT];
        l[GB_CURRENT] = l[GB_NEXT];
        l[GB_NEXT] = null_mut();
    }
    GC_BITS_ARENAS.lock.unlock2();
}

// ---------------------------------------------------------------------------
// The page allocator: free page runs, best fit, coalesced on free.

/// Free runs of pages by address (for coalescing) and by (size, address)
/// (best fit; among equal sizes the lowest address, which keeps the heap
/// compact and mostly allocates fresh memory in address order).
struct PageAlloc {
    by_addr: BTreeMap<usize, usize>,
    by_size: BTreeSet<(usize, usize)>,
    free_pages: usize,
}

impl PageAlloc {
    const fn new() -> PageAlloc {
        PageAlloc {
            by_addr: BTreeMap::new(),
            by_size: BTreeSet::new(),
            free_pages: 0,
        }
    }

    fn insert(&mut self, base: usize, npages: usize) {
        self.by_addr.insert(base, npages);
        self.by_size.insert((npages, base));
    }

    fn remove(&mut self, base: usize, npages: usize) {
        self.by_addr.remove(&base);
        self.by_size.remove(&(npages, base));
    }

    /// Takes `npages` pages; 0 if no run is large enough.
    fn alloc(&mut self, npages: usize) -> usize {
        let Some(&(n, base)) = self.by_size.range((npages, 0)..).next() else {
            return 0;
        };
        self.remove(base, n);
        if n > npages {
            self.insert(base + npages * PAGE_SIZE, n - npages);
        }
        self.free_pages -= npages;
        base
    }

    fn free(&mut self, mut base: usize, mut npages: usize) {
        self.free_pages += npages;
        if let Some((&pb, &pn)) = self.by_addr.range(..base).next_back()
            && pb + pn * PAGE_SIZE == base
        {
            self.remove(pb, pn);
            base = pb;
            npages += pn;
        }
        let end = base + npages * PAGE_SIZE;
        if let Some(&nn) = self.by_addr.get(&end) {
            self.remove(end, nn);
            npages += nn;
        }
        self.insert(base, npages);
    }
}

// ---------------------------------------------------------------------------
// The heap.

/// State under `MHeap::lock`.
struct HeapLocked {
    pages: PageAlloc,
    /// Reserved address space not yet given to the page allocator.
    cur_arena: (usize, usize),
    /// Where to ask the kernel for the next region.
    next_hint: usize,
    spanalloc: FixAlloc,
    cachealloc: FixAlloc,
    /// Every MSpan record ever made (dead ones included), for the
    /// collector and debugging.
    allspans: Vec<*mut MSpan>,
}

pub struct MHeap {
    pub lock: Mutex,
    locked: UnsafeCell<HeapLocked>,
    /// Advanced by 2 per GC cycle, with the world stopped.
    pub sweepgen: AtomicU32,
    /// Pages in in-use spans.
    pub pages_in_use: AtomicUsize,
    /// Central free lists, one per span class.
    pub central: [MCentral; NUM_SPAN_CLASSES],
}

unsafe impl Sync for MHeap {}

static MHEAP: MHeap = MHeap {
    lock: Mutex::new(),
    locked: UnsafeCell::new(HeapLocked {
        pages: PageAlloc::new(),
        cur_arena: (0, 0),
        next_hint: 0x00c0 << 32,
        spanalloc: FixAlloc::new(
            std::mem::size_of::<MSpan>(),
            &crate::mstats::MEMSTATS.mspan_sys,
        ),
        cachealloc: FixAlloc::new(
            std::mem::size_of::<crate::mcache::MCache>(),
            &crate::mstats::MEMSTATS.mcache_sys,
        ),
        allspans: Vec::new(),
    }),
    sweepgen: AtomicU32::new(0),
    pages_in_use: AtomicUsize::new(0),
    central: {
        let mut c = [const { MCentral::new(SpanClass(0)) }; NUM_SPAN_CLASSES];
        let mut i = 0;
        while i < NUM_SPAN_CLASSES {
            c[i].spanclass = SpanClass(i as u8);
            i += 1;
        }
        c
    },
};

#[inline(always)]
pub fn mheap_() -> &'static MHeap {
    &MHEAP
}

/// Runs `f` with the heap lock held, on the system stack.
fn with_heap_locked<R>(f: impl FnOnce(&mut HeapLocked) -> R) -> R {
    crate::proc::systemstack_ret(|| {
        let h = mheap_();
        h.lock.lock2();
        let r = f(unsafe { &mut *h.locked.get() });
        h.lock.unlock2();
        r
    })
}

impl MHeap {
    /// Allocates a span of `npages` pages for heap objects of class `spc`
    /// (Go's mheap.alloc). Throws when the address space is exhausted.
    pub fn alloc(&self, npages: usize, spc: SpanClass) -> *mut MSpan {
        crate::proc::systemstack_ret(|| self.alloc_span(npages, spc))
    }

    fn alloc_span(&self, npages: usize, spc: SpanClass) -> *mut MSpan {
        self.lock.lock2();
        let (s, base) = unsafe {
            let l = &mut *self.locked.get();
            let mut base = l.pages.alloc(npages);
            if base == 0 {
                l.grow(npages);
                base = l.pages.alloc(npages);
                if base == 0 {
                    crate::panic::throw("grew heap, but no adequate free space found");
                }
            }
            let (s, fresh) = l.spanalloc.alloc();
            if fresh {
                l.allspans.push(s as *mut MSpan);
            }
            (s as *mut MSpan, base)
        };
        self.lock.unlock2();
        let fresh = self.init_span(s, spc, base, npages) as u64;
        let nbytes = (npages * PAGE_SIZE) as u64;
        let st = memstats();
        st.heap_in_use.fetch_add(nbytes, Relaxed);
        st.heap_released.fetch_sub(fresh, Relaxed);
        st.heap_free.fetch_sub(nbytes - fresh, Relaxed);
        s
    }

    /// Sets up a blank span for `[base, base + npages*PAGE_SIZE)` and
    /// publishes it (Go's initSpan). The heap lock is not held: the pages
    /// are ours alone until the span is returned. Returns the bytes of it
    /// that were never touched.
    fn init_span(&self, s: *mut MSpan, spc: SpanClass, base: usize, npages: usize) -> usize {
        unsafe {
            let sp = &mut *s;
            sp.init(base, npages);
            let (need_zero, fresh) = self.alloc_needs_zero(base, npages);
            if need_zero {
                sp.needzero = 1;
            }
            let nbytes = npages * PAGE_SIZE;
            sp.spanclass = spc;
            let sizeclass = spc.sizeclass();
            if sizeclass == 0 {
                sp.elemsize = nbytes;
                sp.nelems = 1;
                sp.div_mul = 0;
            } else {
                sp.elemsize = CLASS_TO_SIZE[sizeclass] as usize;
                if !spc.noscan() && crate::mbitmap::heap_bits_in_span(sp.elemsize) {
                    // Reserve space for the pointer bitmap at the end.
                    sp.nelems = ((nbytes - nbytes / 8 / 8) / sp.elemsize) as u16;
                } else {
                    sp.nelems = (nbytes / sp.elemsize) as u16;
                }
                sp.div_mul = CLASS_TO_DIVMAGIC[sizeclass];
            }
            sp.freeindex = 0;
            sp.free_index_for_scan = 0;
            sp.alloc_cache = !0;
            sp.gcmark_bits = new_mark_bits(sp.nelems as usize);
            sp.alloc_bits = new_alloc_bits(sp.nelems as usize);
            sp.limit = sp.base() + sp.elemsize * sp.nelems as usize;
            sp.sweepgen.store(self.sweepgen.load(Relaxed), Relaxed);
            // Publish: state last, then the page map.
            sp.state.store(MSPAN_IN_USE, Release);
            self.set_spans(base, npages, s);
            let ha = heap_arena_of(base);
            let pi = (base >> PAGE_SHIFT) % PAGES_PER_ARENA;
            (*ha).page_in_use[pi / 8].fetch_or(1 << (pi % 8), Release);
            self.pages_in_use.fetch_add(npages, Relaxed);
            fresh
        }
    }

    fn set_spans(&self, base: usize, npages: usize, s: *mut MSpan) {
        let mut ha = heap_arena_of(base);
        for n in 0..npages {
            let p = base + n * PAGE_SIZE;
            let i = (p >> PAGE_SHIFT) % PAGES_PER_ARENA;
            if i == 0 {
                ha = heap_arena_of(p);
            }
            unsafe { (*ha).spans[i].store(s, Release) };
        }
    }

    /// Whether `[base, base + npage*PAGE_SIZE)` may hold old data, advancing
    /// each arena's `zeroed_base` past it (Go's allocNeedsZero). Also returns
    /// how many of its bytes were never touched (they leave
    /// `heap_released`; the rest leave `heap_free`).
    fn alloc_needs_zero(&self, mut base: usize, mut npage: usize) -> (bool, usize) {
        let mut need_zero = false;
        let mut fresh = 0;
        while npage > 0 {
            let ha = heap_arena_of(base);
            let zb = unsafe { &(*ha).zeroed_base };
            let arena_base = base % HEAP_ARENA_BYTES;
            let mut zeroed = zb.load(Acquire);
            if arena_base < zeroed {
                need_zero = true;
            }
            let arena_limit = (arena_base + npage * PAGE_SIZE).min(HEAP_ARENA_BYTES);
            while arena_limit > zeroed {
                match zb.compare_exchange(zeroed, arena_limit, AcqRel, Acquire) {
                    Ok(_) => {
                        if zeroed < arena_base {
                            // Untouched free pages below us now count as
                            // used-before (they will be zeroed if handed out).
                            let skipped = (arena_base - zeroed) as u64;
                            let st = memstats();
                            st.heap_released.fetch_sub(skipped, Relaxed);
                            st.heap_free.fetch_add(skipped, Relaxed);
                            fresh += arena_limit - arena_base;
                        } else {
                            fresh += arena_limit - zeroed;
                        }
                        break;
                    }
                    Err(z) => {
                        zeroed = z;
                        if zeroed <= arena_limit && zeroed > arena_base {
                            crate::panic::throw(
                                "potentially overlapping in-use allocations detected",
                            );
                        }
                    }
                }
            }
            base += arena_limit - arena_base;
            npage -= (arena_limit - arena_base) / PAGE_SIZE;
        }
        (need_zero, fresh)
    }

    /// Returns an in-use span's pages to the page allocator (Go's freeSpan;
    /// the sweeper calls it for spans whose objects are all free). The span
    /// must be in no list and cached by no mcache.
    pub fn free_span(&self, s: *mut MSpan) {
        let su = s as usize;
        with_heap_locked(|l| unsafe {
            let s = su as *mut MSpan;
            if (*s).state.load(Relaxed) != MSPAN_IN_USE || !(*s).list.is_null() {
                crate::panic::throw("mheap.freeSpan: span not in use, or in a list");
            }
            (*s).state.store(MSPAN_DEAD, Release);
            let base = (*s).base();
            let npages = (*s).npages;
            let ha = heap_arena_of(base);
            let pi = (base >> PAGE_SHIFT) % PAGES_PER_ARENA;
            (*ha).page_in_use[pi / 8].fetch_and(!(1 << (pi % 8)), Release);
            self.pages_in_use.fetch_sub(npages, Relaxed);
            let nbytes = (npages * PAGE_SIZE) as u64;
            let st = memstats();
            st.heap_in_use.fetch_sub(nbytes, Relaxed);
            st.heap_free.fetch_add(nbytes, Relaxed);
            l.pages.free(base, npages);
            l.spanalloc.free(s as *mut u8);
        })
    }

    /// Allocates a zeroed mcache record (Go's cachealloc).
    pub fn alloc_mcache_record(&self) -> *mut u8 {
        with_heap_locked(|l| l.cachealloc.alloc().0 as usize) as *mut u8
    }

    pub fn free_mcache_record(&self, p: *mut u8) {
        let pu = p as usize;
        with_heap_locked(|l| l.cachealloc.free(pu as *mut u8))
    }

    /// Bytes in use by span and mcache records (MSpanInuse, MCacheInuse).
    pub fn fixalloc_inuse(&self) -> (usize, usize) {
        with_heap_locked(|l| (l.spanalloc.inuse, l.cachealloc.inuse))
    }

    /// Free pages in the page allocator (tests, statistics).
    pub fn free_pages(&self) -> usize {
        with_heap_locked(|l| l.pages.free_pages)
    }

    /// Calls `f` on every span record ever allocated, with the heap lock
    /// held (the collector runs this with the world stopped).
    pub fn for_each_span(&self, mut f: impl FnMut(*mut MSpan)) {
        with_heap_locked(|l| {
            for &s in &l.allspans {
                f(s)
            }
        })
    }
}

impl HeapLocked {
    /// Adds at least `npage` pages to the page allocator (Go's mheap.grow),
    /// reserving address space from the kernel when the current region is
    /// used up.
    fn grow(&mut self, npage: usize) {
        let ask = npage.next_multiple_of(PALLOC_CHUNK_PAGES) * PAGE_SIZE;
        if self.cur_arena.1 - self.cur_arena.0 < ask {
            let (base, size) = sys_reserve_heap(&mut self.next_hint, ask);
            if base == self.cur_arena.1 {
                self.cur_arena.1 += size;
            } else {
                // Not contiguous: hand the rest of the old region to the
                // page allocator so it is not lost, and switch regions.
                let (b, e) = self.cur_arena;
                if e > b {
                    self.add_range(b, e - b);
                }
                self.cur_arena = (base, base + size);
            }
        }
        let v = self.cur_arena.0;
        self.cur_arena.0 += ask;
        self.add_range(v, ask);
    }

    /// Makes `[base, base + size)` heap: arena metadata, then free pages.
    fn add_range(&mut self, base: usize, size: usize) {
        let mut a = base & !(HEAP_ARENA_BYTES - 1);
        while a < base + size {
            let ai = arena_index(a);
            if ai >= ARENA_L2_ENTRIES {
                crate::panic::throw("runtime: heap address beyond the arena map");
            }
            if ARENAS.0[ai].load(Relaxed).is_null() {
                let ha = persistentalloc(
                    std::mem::size_of::<HeapArena>(),
                    64,
                    &memstats().gc_misc_sys,
                ) as *mut HeapArena;
                ARENAS.0[ai].store(ha, Release);
            }
            a += HEAP_ARENA_BYTES;
        }
        memstats().heap_released.fetch_add(size as u64, Relaxed);
        self.pages.free(base, size / PAGE_SIZE);
    }
}

/// Reserves at least `ask` bytes of heap address space, aligned to the arena
/// size, preferring `*hint` (then Go's other hints, 1 TiB apart). Returns
/// (base, size) and advances the hint past the region.
fn sys_reserve_heap(hint: &mut usize, ask: usize) -> (usize, usize) {
    let size = ask
        .max(HEAP_RESERVE_BYTES)
        .next_multiple_of(HEAP_ARENA_BYTES);
    let mmap = |addr: usize, len: usize, flags: i32| unsafe {
        libc::mmap(
            addr as *mut libc::c_void,
            len,
            libc::PROT_READ | libc::PROT_WRITE,
            libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE | flags,
            -1,
            0,
        )
    };
    let mut h = *hint;
    for _ in 0..0x80 {
        if h + size <= 1 << HEAP_ADDR_BITS {
            let p = mmap(h, size, libc::MAP_FIXED_NOREPLACE);
            if p as usize == h {
                *hint = h + size;
                return (h, size);
            }
            if p != libc::MAP_FAILED {
                // An old kernel took the flag as a mere hint.
                unsafe { libc::munmap(p, size) };
            }
        }
        // Next of Go's hints: 0x00c0<<32 | i<<40.
        h = ((h >> 40) + 1) << 40 | (0x00c0 << 32);
    }
    // Anywhere, aligned by trimming.
    let p = mmap(0, size + HEAP_ARENA_BYTES, 0);
    if p == libc::MAP_FAILED {
        crate::panic::throw("runtime: out of memory: cannot reserve heap address space");
    }
    let p = p as usize;
    let base = p.next_multiple_of(HEAP_ARENA_BYTES);
    unsafe {
        if base > p {
            libc::munmap(p as *mut libc::c_void, base - p);
        }
        let end = p + size + HEAP_ARENA_BYTES;
        if end > base + size {
            libc::munmap((base + size) as *mut libc::c_void, end - (base + size));
        }
    }
    *hint = base + size;
    (base, size)
}
