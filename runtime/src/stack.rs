//! Goroutine stacks: segments carved from large `MAP_NORESERVE` reservations,
//! split stacks (gccgo-style) for deep recursion, and the prologue's slow path
//! (`morestack`), Go's `stack.go`.
//!
//! Invariants:
//! - Stacks never move: JIT frames and Rust runtime frames on goroutine
//!   stacks hold pointers into them (sudog elems point there too).
//! - A G's stack is a chain of segments. The first (`FIRST_SEGMENT` bytes)
//!   stays with the G for its whole life, also while it is dead on a free
//!   list. `g.stack` and `g.stackguard0` always describe the segment the G
//!   runs on now (`g.curseg`). Each segment ends with a `SegHeader`.
//! - `stackguard0 = stack.lo + STACK_GUARD` unless preemption was requested
//!   (`STACK_PREEMPT`); nothing but the G itself clears a pending request.
//! - JIT code needs `SP - framesize > stackguard0` to call on; the
//!   `STACK_GUARD` bytes below are for Rust runtime frames reached from JIT
//!   code without a check (channel ops, gopark, ...). Heavy runtime work
//!   (printing, thread creation, timers, the scheduler) runs on g0 through
//!   `systemstack`/`mcall`.
//! - A segment past the current one is kept (`next`) for reuse, so a call on
//!   a boundary in a loop costs a switch, not an allocation. Segments past the
//!   first are freed when the G exits.
//! - Past `MAX_STACK_SIZE` bytes of segments in use the program dies as Go's.
//! - Pages are touched lazily and handed back with `madvise` when a dead G
//!   leaves its P's free list (proc.rs `gfput`) or a segment is freed.

use crate::asm_amd64::{getsp, gorun_segment_switch};
use crate::lock_futex::Mutex;
use crate::os_linux::{release_pages, reserve};
use crate::runtime2::{G, Stack};
use std::cell::UnsafeCell;
use std::ptr::null_mut;
use std::sync::atomic::Ordering;

/// Go's stackPreempt: `uintptrMask & -1314`; any SP compares below it.
pub const STACK_PREEMPT: usize = (-1314isize) as usize;
/// Bytes below `stackguard0` reserved for Rust runtime frames.
pub const STACK_GUARD: usize = 16 * 1024;
/// Size of a G's first segment.
pub const FIRST_SEGMENT: usize = 64 * 1024;
/// Largest single segment; deeper recursion chains more of them.
pub const MAX_SEGMENT: usize = 64 * 1024 * 1024;
/// Go's maxstacksize on 64-bit.
pub const MAX_STACK_SIZE: usize = 1_000_000_000;
const NCLASS: usize = 12; // 64 KiB << 0..=11 (64 KiB .. 128 MiB)

/// At the top of every segment.
#[repr(C)]
pub struct SegHeader {
    pub lo: usize,
    pub size: usize,
    /// The segment the caller runs on (older), null for the first.
    pub prev: *mut SegHeader,
    /// A newer segment kept for reuse.
    pub next: *mut SegHeader,
    pub _pad: [usize; 4],
}

pub const SEG_HEADER: usize = std::mem::size_of::<SegHeader>();

impl SegHeader {
    /// Highest usable stack address (16-aligned).
    pub fn top(&self) -> usize {
        self as *const SegHeader as usize
    }
    pub fn stack(&self) -> Stack {
        Stack {
            lo: self.lo,
            hi: self.top(),
        }
    }
}

struct ClassPool {
    free: Vec<usize>,
    bump: usize,
    end: usize,
}

struct Pool {
    classes: [ClassPool; NCLASS],
}

struct PoolCell {
    lock: Mutex,
    pool: UnsafeCell<Pool>,
}
unsafe impl Sync for PoolCell {}

static POOL: PoolCell = PoolCell {
    lock: Mutex::new(),
    pool: UnsafeCell::new(Pool {
        classes: [const {
            ClassPool {
                free: Vec::new(),
                bump: 0,
                end: 0,
            }
        }; NCLASS],
    }),
};

fn class_of(size: usize) -> usize {
    let mut c = 0;
    while (FIRST_SEGMENT << c) < size {
        c += 1;
    }
    c
}

/// Takes a segment of `FIRST_SEGMENT << class` bytes and writes its header.
pub fn stackalloc(class: usize) -> *mut SegHeader {
    let size = FIRST_SEGMENT << class;
    POOL.lock.lock2();
    let lo = unsafe {
        let cp = &mut (*POOL.pool.get()).classes[class];
        if let Some(lo) = cp.free.pop() {
            lo
        } else {
            if cp.bump == cp.end {
                // One reservation holds many stacks of this class: the
                // kernel's map count stays small however many Gs exist.
                let region = (size * 64).max(4 << 30);
                cp.bump = reserve(region);
                cp.end = cp.bump + region;
            }
            let lo = cp.bump;
            cp.bump += size;
            lo
        }
    };
    POOL.lock.unlock2();
    init_segment(lo, size)
}

pub fn init_segment(lo: usize, size: usize) -> *mut SegHeader {
    let h = (lo + size - SEG_HEADER) as *mut SegHeader;
    unsafe {
        h.write(SegHeader {
            lo,
            size,
            prev: null_mut(),
            next: null_mut(),
            _pad: [0; 4],
        })
    };
    h
}

/// Returns a segment to the pool, its pages to the kernel.
pub fn stackfree(h: *mut SegHeader) {
    let (lo, size) = unsafe { ((*h).lo, (*h).size) };
    release_pages(lo, size);
    POOL.lock.lock2();
    unsafe { (*POOL.pool.get()).classes[class_of(size)].free.push(lo) };
    POOL.lock.unlock2();
}

/// Frees every segment past the first (the G is dying or dead).
pub fn free_extra_segments(gp: *mut G) {
    unsafe {
        let first = (*gp).firstseg;
        let mut s = (*first).next;
        (*first).next = null_mut();
        while !s.is_null() {
            let n = (*s).next;
            stackfree(s);
            s = n;
        }
        (*gp).curseg = first;
        (*gp).stack = (*first).stack();
        (*gp).stackinuse = (*first).size;
    }
}

/// Stores `stack.lo + STACK_GUARD` into stackguard0 unless a preemption
/// request is pending.
pub fn set_stackguard(gp: *mut G) {
    unsafe {
        let want = (*gp).stack.lo + STACK_GUARD;
        let sg = &(*gp).stackguard0;
        let mut cur = sg.load(Ordering::Relaxed);
        loop {
            if cur == STACK_PREEMPT {
                return;
            }
            match sg.compare_exchange_weak(cur, want, Ordering::SeqCst, Ordering::Relaxed) {
                Ok(_) => return,
                Err(c) => cur = c,
            }
        }
    }
}

/// The prologue's slow path (see abi.rs). Returns 0 when the caller should
/// re-run its check (a preemption request was served), 1 when the stack
/// really lacks room and the caller must go through `call_on_new_stack`.
pub fn morestack(gp: *mut G, framesize: usize) -> usize {
    unsafe {
        let guard = (*gp).stackguard0.load(Ordering::SeqCst);
        if guard == STACK_PREEMPT {
            crate::preempt::preempt_from_morestack(gp);
            return 0;
        }
        // Our own frame is below the caller's: if there is room here there is
        // room there, so a 0 never makes the caller loop.
        if getsp().wrapping_sub(framesize) > guard {
            return 0;
        }
        1
    }
}

/// Runs `f(gp, data)` on the next segment of gp's stack (see abi.rs).
pub fn call_on_new_stack(
    gp: *mut G,
    f: extern "C" fn(*mut G, *mut u8),
    data: *mut u8,
    need: usize,
) {
    unsafe {
        let cur = (*gp).curseg;
        let want = need + STACK_GUARD + SEG_HEADER + 4096;
        let mut nxt = (*cur).next;
        if nxt.is_null() || (*nxt).size < want {
            if !nxt.is_null() {
                // Too small for this frame: replace it (and what it cached).
                let mut s = nxt;
                while !s.is_null() {
                    let n = (*s).next;
                    stackfree(s);
                    s = n;
                }
            }
            let size = ((*cur).size * 2)
                .min(MAX_SEGMENT)
                .max(want.next_power_of_two());
            if (*gp).stackinuse + size > MAX_STACK_SIZE {
                stack_overflow(gp);
            }
            nxt = crate::proc::systemstack_ret(|| stackalloc(class_of(size)));
            (*nxt).prev = cur;
            (*cur).next = nxt;
        }
        if (*gp).stackinuse + (*nxt).size > MAX_STACK_SIZE {
            stack_overflow(gp);
        }
        (*gp).stackinuse += (*nxt).size;
        (*gp).curseg = nxt;
        (*gp).stack = (*nxt).stack();
        set_stackguard(gp);
        gorun_segment_switch(gp, f, data, (*nxt).top());
        (*gp).curseg = cur;
        (*gp).stack = (*cur).stack();
        (*gp).stackinuse -= (*nxt).size;
        set_stackguard(gp);
    }
}

/// Makes the segment holding `sp` current again: a recovered panic
/// resumes a frame on an older segment, skipping the returns through
/// `call_on_new_stack` that would have done this. Newer segments stay
/// linked for reuse.
pub fn unwind_to(gp: *mut G, sp: usize) {
    unsafe {
        loop {
            let cur = (*gp).curseg;
            if cur.is_null() || (sp >= (*cur).lo && sp < (*cur).top()) || (*cur).prev.is_null() {
                break;
            }
            (*gp).stackinuse -= (*cur).size;
            (*gp).curseg = (*cur).prev;
        }
        if !(*gp).curseg.is_null() {
            (*gp).stack = (*(*gp).curseg).stack();
        }
        set_stackguard(gp);
    }
}

fn stack_overflow(gp: *mut G) -> ! {
    unsafe {
        let sp = getsp();
        let st = (*gp).stack;
        crate::print::eprint(format_args!(
            "runtime: goroutine stack exceeds {}-byte limit\nruntime: sp={:#x} stack=[{:#x}, {:#x}]\n",
            MAX_STACK_SIZE, sp, st.lo, st.hi
        ));
    }
    crate::panic::fatal_with_trace("stack overflow", gp, false)
}

/// Releases the first segments of dead Gs in bulk, merging adjacent ones
/// into single madvise calls (stacks allocated together sit together).
pub fn release_first_segments(mut ranges: Vec<(usize, usize)>) {
    ranges.sort_unstable();
    let mut i = 0;
    while i < ranges.len() {
        let (lo, mut hi) = ranges[i];
        let mut j = i + 1;
        while j < ranges.len() && ranges[j].0 == hi {
            hi = ranges[j].1;
            j += 1;
        }
        release_pages(lo, hi - lo);
        i = j;
    }
}
