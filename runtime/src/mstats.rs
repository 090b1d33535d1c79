//! Memory statistics, Go's `mstats.go`: the allocator's counters and
//! `runtime.ReadMemStats` with Go's `MemStats` layout.
//!
//! Invariants:
//! - Counters are global atomics, updated when spans move between mcaches
//!   and mcentrals (small objects, counted per slot) or at allocation
//!   (large objects); the objects a cached span gave out since it was
//!   cached are not counted until it leaves the cache. `read_mem_stats`
//!   therefore stops the world and flushes every mcache first, which makes
//!   its figures exact: `Mallocs` is the number of non-zero-size `mallocgc`
//!   calls, `TotalAlloc` the bytes of the slots they got (tiny allocations
//!   that share a block count in `Mallocs` and `Frees` only, as in Go).
//! - Heap pages are in exactly one of three states, whose sum is `HeapSys`
//!   (all address space handed to the page allocator): `heap_in_use` (in
//!   spans), `heap_free` (free, touched before), `heap_released` (free,
//!   never touched or given back to the OS).
//! - `heap_live` is the pacer's measure of the live heap: bytes of
//!   allocated objects, with cached spans counted whole. The collector
//!   (later issue) subtracts what it sweeps and fills in the GC fields.

use crate::proc::{start_the_world, stop_the_world, systemstack};
use crate::runtime2::{G, WaitReason};
use crate::sizeclasses::*;
use std::sync::atomic::{AtomicU64, Ordering::*};

/// The runtime's allocation counters.
pub struct MemStatsGlobal {
    pub small_alloc_count: [AtomicU64; NUM_SIZE_CLASSES],
    /// Filled in by the sweeper.
    pub small_free_count: [AtomicU64; NUM_SIZE_CLASSES],
    pub large_alloc: AtomicU64,
    pub large_alloc_count: AtomicU64,
    pub large_free: AtomicU64,
    pub large_free_count: AtomicU64,
    pub tiny_alloc_count: AtomicU64,
    pub heap_in_use: AtomicU64,
    pub heap_free: AtomicU64,
    pub heap_released: AtomicU64,
    pub heap_live: AtomicU64,
    pub heap_scan: AtomicU64,
    pub stacks_sys: AtomicU64,
    pub mspan_sys: AtomicU64,
    pub mcache_sys: AtomicU64,
    pub buckhash_sys: AtomicU64,
    pub gc_misc_sys: AtomicU64,
    pub other_sys: AtomicU64,
    // Owned by the collector.
    pub next_gc: AtomicU64,
    pub last_gc_unix: AtomicU64,
    pub pause_total_ns: AtomicU64,
    pub numgc: AtomicU64,
    pub numforcedgc: AtomicU64,
}

pub static MEMSTATS: MemStatsGlobal = MemStatsGlobal {
    small_alloc_count: [const { AtomicU64::new(0) }; NUM_SIZE_CLASSES],
    small_free_count: [const { AtomicU64::new(0) }; NUM_SIZE_CLASSES],
    large_alloc: AtomicU64::new(0),
    large_alloc_count: AtomicU64::new(0),
    large_free: AtomicU64::new(0),
    large_free_count: AtomicU64::new(0),
    tiny_alloc_count: AtomicU64::new(0),
    heap_in_use: AtomicU64::new(0),
    heap_free: AtomicU64::new(0),
    heap_released: AtomicU64::new(0),
    heap_live: AtomicU64::new(0),
    heap_scan: AtomicU64::new(0),
    stacks_sys: AtomicU64::new(0),
    mspan_sys: AtomicU64::new(0),
    mcache_sys: AtomicU64::new(0),
    buckhash_sys: AtomicU64::new(0),
    gc_misc_sys: AtomicU64::new(0),
    other_sys: AtomicU64::new(0),
    next_gc: AtomicU64::new(0),
    last_gc_unix: AtomicU64::new(0),
    pause_total_ns: AtomicU64::new(0),
    numgc: AtomicU64::new(0),
    numforcedgc: AtomicU64::new(0),
};

#[inline(always)]
pub fn memstats() -> &'static MemStatsGlobal {
    &MEMSTATS
}

/// One row of `MemStats.BySize`.
#[repr(C)]
#[derive(Clone, Copy, Default, Debug)]
pub struct BySize {
    pub size: u32,
    pub mallocs: u64,
    pub frees: u64,
}

/// Go's `runtime.MemStats`, field for field (the stdlib passes a pointer to
/// the Go struct).
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct MemStats {
    pub alloc: u64,
    pub total_alloc: u64,
    pub sys: u64,
    pub lookups: u64,
    pub mallocs: u64,
    pub frees: u64,
    pub heap_alloc: u64,
    pub heap_sys: u64,
    pub heap_idle: u64,
    pub heap_inuse: u64,
    pub heap_released: u64,
    pub heap_objects: u64,
    pub stack_inuse: u64,
    pub stack_sys: u64,
    pub mspan_inuse: u64,
    pub mspan_sys: u64,
    pub mcache_inuse: u64,
    pub mcache_sys: u64,
    pub buck_hash_sys: u64,
    pub gc_sys: u64,
    pub other_sys: u64,
    pub next_gc: u64,
    pub last_gc: u64,
    pub pause_total_ns: u64,
    pub pause_ns: [u64; 256],
    pub pause_end: [u64; 256],
    pub num_gc: u32,
    pub num_forced_gc: u32,
    pub gc_cpu_fraction: f64,
    pub enable_gc: bool,
    pub debug_gc: bool,
    pub by_size: [BySize; 61],
}

impl Default for MemStats {
    fn default() -> Self {
        // All fields are integers, floats, bools: zero is valid.
        unsafe { std::mem::zeroed() }
    }
}

const _: () = {
    // Offsets of Go's runtime.MemStats on 64-bit.
    assert!(std::mem::offset_of!(MemStats, pause_ns) == 24 * 8);
    assert!(std::mem::offset_of!(MemStats, num_gc) == 24 * 8 + 512 * 8);
    assert!(std::mem::offset_of!(MemStats, by_size) == 24 * 8 + 512 * 8 + 24);
    assert!(std::mem::size_of::<MemStats>() == 24 * 8 + 512 * 8 + 24 + 61 * 24);
};

/// runtime.ReadMemStats: stops the world, flushes the caches, fills `m`.
pub fn read_mem_stats(gp: *mut G, m: *mut MemStats) {
    stop_the_world(gp, WaitReason::StoppingTheWorld);
    let mu = m as usize;
    systemstack(move || readmemstats_m(mu as *mut MemStats));
    start_the_world(gp);
}

/// Returns every P's cached spans (and the P-less threads' cache) to the
/// mcentrals, flushing their counts. The world must be stopped.
pub fn flushallmcaches() {
    for i in 0..crate::proc::gomaxprocs() as usize {
        let pp = crate::proc::allp(i);
        if pp.is_null() {
            continue;
        }
        let c = unsafe { (*pp).mcache };
        if !c.is_null() {
            unsafe { (*c).release_all() };
        }
    }
    crate::mcache::with_mcache0(|c| unsafe { (*c).release_all() });
}

/// Fills `m` (Go's readmemstats_m). The world must be stopped, so no mcache
/// changes meanwhile.
pub fn readmemstats_m(m: *mut MemStats) {
    flushallmcaches();
    let st = memstats();
    let mut total_alloc = st.large_alloc.load(Relaxed);
    let mut nmalloc = st.large_alloc_count.load(Relaxed);
    let mut total_free = st.large_free.load(Relaxed);
    let mut nfree = st.large_free_count.load(Relaxed);
    let mut by_size = [BySize::default(); NUM_SIZE_CLASSES];
    for (i, b) in by_size.iter_mut().enumerate() {
        let size = CLASS_TO_SIZE[i] as u64;
        b.size = size as u32;
        let a = st.small_alloc_count[i].load(Relaxed);
        total_alloc += a * size;
        nmalloc += a;
        b.mallocs = a;
        let f = st.small_free_count[i].load(Relaxed);
        total_free += f * size;
        nfree += f;
        b.frees = f;
    }
    // As Go: tiny allocations count as both allocated and freed objects.
    let tiny = st.tiny_alloc_count.load(Relaxed);
    nmalloc += tiny;
    nfree += tiny;
    let in_use = st.heap_in_use.load(Relaxed);
    let free = st.heap_free.load(Relaxed);
    let released = st.heap_released.load(Relaxed);
    let (mspan_inuse, mcache_inuse) = crate::mheap::mheap_().fixalloc_inuse();
    let sys = in_use
        + free
        + released
        + st.stacks_sys.load(Relaxed)
        + st.mspan_sys.load(Relaxed)
        + st.mcache_sys.load(Relaxed)
        + st.buckhash_sys.load(Relaxed)
        + st.gc_misc_sys.load(Relaxed)
        + st.other_sys.load(Relaxed);
    let m = unsafe { &mut *m };
    *m = MemStats::default();
    m.alloc = total_alloc - total_free;
    m.total_alloc = total_alloc;
    m.sys = sys;
    m.mallocs = nmalloc;
    m.frees = nfree;
    m.heap_alloc = total_alloc - total_free;
    m.heap_sys = in_use + free + released;
    m.heap_idle = free + released;
    m.heap_inuse = in_use;
    m.heap_released = released;
    m.heap_objects = nmalloc - nfree;
    m.stack_sys = st.stacks_sys.load(Relaxed);
    m.mspan_inuse = mspan_inuse as u64;
    m.mspan_sys = st.mspan_sys.load(Relaxed);
    m.mcache_inuse = mcache_inuse as u64;
    m.mcache_sys = st.mcache_sys.load(Relaxed);
    m.buck_hash_sys = st.buckhash_sys.load(Relaxed);
    m.gc_sys = st.gc_misc_sys.load(Relaxed);
    m.other_sys = st.other_sys.load(Relaxed);
    m.next_gc = st.next_gc.load(Relaxed);
    m.last_gc = st.last_gc_unix.load(Relaxed);
    m.pause_total_ns = st.pause_total_ns.load(Relaxed);
    m.num_gc = st.numgc.load(Relaxed) as u32;
    m.num_forced_gc = st.numforcedgc.load(Relaxed) as u32;
    // No collector yet (the GC issue sets this, as Go always reports true).
    m.enable_gc = false;
    m.by_size.copy_from_slice(&by_size[..61]);
}
