//! The `sync` package's blocking types, implemented natively on the
//! semaphore table with Go's exact memory layouts, so the `sync` package can
//! bind its methods to these functions: Mutex (with starvation mode),
//! RWMutex, WaitGroup, Once. Cond is the notify list in sema.rs.
//!
//! Invariants (as Go's sync/mutex.go): Mutex has two modes. In normal mode
//! waiters queue FIFO, but a woken waiter competes with new arrivals (which
//! may spin briefly) and may lose; then it is queued at the front. A waiter
//! that fails to get the mutex for more than 1 ms switches the mutex to
//! starvation mode: ownership is handed directly from the unlocker to the
//! waiter at the front, and newcomers queue at the tail. Starvation mode
//! ends when the last waiter is served or one waited less than 1 ms.

use crate::os_linux::{nanotime, procyield};
use crate::panic::{fatal, panic_string};
use crate::proc::{gomaxprocs, ncpu, sched};
use crate::runtime2::{FuncVal, G, WaitReason};
use crate::sema::{semacquire1, semrelease1};
use std::sync::atomic::{AtomicI32, AtomicU32, AtomicU64, Ordering::*};

/// sync.Mutex: {state int32; sema uint32}.
#[repr(C)]
pub struct Mutex {
    pub state: AtomicI32,
    pub sema: AtomicU32,
}

const MUTEX_LOCKED: i32 = 1;
const MUTEX_WOKEN: i32 = 2;
const MUTEX_STARVING: i32 = 4;
const MUTEX_WAITER_SHIFT: u32 = 3;
const STARVATION_THRESHOLD_NS: i64 = 1_000_000;

/// sync_runtime_canSpin: spin only a few times, only on a multicore machine
/// with GOMAXPROCS>1, at least one other running P and an empty local runq.
fn can_spin(i: i32) -> bool {
    if i >= 4 || ncpu() <= 1 {
        return false;
    }
    let s = sched();
    if gomaxprocs() <= s.npidle.load(Relaxed) + s.nmspinning.load(Relaxed) + 1 {
        return false;
    }
    let mp = crate::proc::getm();
    unsafe { (*(*mp).p).runq.is_empty() }
}

pub fn mutex_lock(_gp: *mut G, m: &Mutex) {
    // Fast path: grab unlocked mutex.
    if m.state
        .compare_exchange(0, MUTEX_LOCKED, Acquire, Relaxed)
        .is_ok()
    {
        return;
    }
    mutex_lock_slow(m);
}

pub fn mutex_trylock(_gp: *mut G, m: &Mutex) -> bool {
    let old = m.state.load(Relaxed);
    if old & (MUTEX_LOCKED | MUTEX_STARVING) != 0 {
        return false;
    }
    // There may be a goroutine waiting for the mutex, but we are running
    // now and can try to grab the mutex before that goroutine wakes up.
    m.state
        .compare_exchange(old, old | MUTEX_LOCKED, Acquire, Relaxed)
        .is_ok()
}

fn mutex_lock_slow(m: &Mutex) {
    let mut wait_start: i64 = 0;
    let mut starving = false;
    let mut awoke = false;
    let mut iter = 0;
    let mut old = m.state.load(Relaxed);
    loop {
        // Don't spin in starvation mode, ownership is handed off to waiters
        // so we won't be able to acquire the mutex anyway.
        if old & (MUTEX_LOCKED | MUTEX_STARVING) == MUTEX_LOCKED && can_spin(iter) {
            // Active spinning makes sense. Try to set mutexWoken flag to
            // inform Unlock to not wake other blocked goroutines.
            if !awoke
                && old & MUTEX_WOKEN == 0
                && old >> MUTEX_WAITER_SHIFT != 0
                && m.state
                    .compare_exchange(old, old | MUTEX_WOKEN, SeqCst, Relaxed)
                    .is_ok()
            {
                awoke = true;
            }
            procyield(30);
            iter += 1;
            old = m.state.load(Relaxed);
            continue;
        }
        let mut new = old;
        // Don't try to acquire starving mutex, new arriving goroutines must
        // queue.
        if old & MUTEX_STARVING == 0 {
            new |= MUTEX_LOCKED;
        }
        if old & (MUTEX_LOCKED | MUTEX_STARVING) != 0 {
            new += 1 << MUTEX_WAITER_SHIFT;
        }
        // The current goroutine switches mutex to starvation mode. But if
        // the mutex is currently unlocked, don't do the switch.
        if starving && old & MUTEX_LOCKED != 0 {
            new |= MUTEX_STARVING;
        }
        if awoke {
            // The goroutine has been woken from sleep, so we need to reset
            // the flag in either case.
            if new & MUTEX_WOKEN == 0 {
                fatal("sync: inconsistent mutex state");
            }
            new &= !MUTEX_WOKEN;
        }
        if m.state.compare_exchange(old, new, SeqCst, Relaxed).is_ok() {
            if old & (MUTEX_LOCKED | MUTEX_STARVING) == 0 {
                break; // locked the mutex with CAS
            }
            // If we were already waiting before, queue at the front.
            let queue_lifo = wait_start != 0;
            if wait_start == 0 {
                wait_start = nanotime();
            }
            semacquire1(&m.sema, queue_lifo, WaitReason::SyncMutexLock);
            starving = starving || nanotime() - wait_start > STARVATION_THRESHOLD_NS;
            old = m.state.load(Relaxed);
            if old & MUTEX_STARVING != 0 {
                // If this goroutine was woken and mutex is in starvation
                // mode, ownership was handed off to us but mutex is in
                // somewhat inconsistent state: mutexLocked is not set and we
                // are still accounted as waiter. Fix that.
                if old & (MUTEX_LOCKED | MUTEX_WOKEN) != 0 || old >> MUTEX_WAITER_SHIFT == 0 {
                    fatal("sync: inconsistent mutex state");
                }
                let mut delta = MUTEX_LOCKED - (1 << MUTEX_WAITER_SHIFT);
                if !starving || old >> MUTEX_WAITER_SHIFT == 1 {
                    // Exit starvation mode. Critical to do it here and
                    // consider wait time. Starvation mode is so inefficient
                    // that two goroutines can go lock-step infinitely once
                    // they switch mutex to starvation mode.
                    delta -= MUTEX_STARVING;
                }
                m.state.fetch_add(delta, SeqCst);
                break;
            }
            awoke = true;
            iter = 0;
        } else {
            old = m.state.load(Relaxed);
        }
    }
}

pub fn mutex_unlock(_gp: *mut G, m: &Mutex) {
    // Fast path: drop lock bit.
    let new = m.state.fetch_add(-MUTEX_LOCKED, Release) - MUTEX_LOCKED;
    if new != 0 {
        // Outlined slow path to allow inlining the fast path.
        mutex_unlock_slow(m, new);
    }
}

fn mutex_unlock_slow(m: &Mutex, new: i32) {
    if (new + MUTEX_LOCKED) & MUTEX_LOCKED == 0 {
        fatal("sync: unlock of unlocked mutex");
    }
    if new & MUTEX_STARVING == 0 {
        let mut old = new;
        loop {
            // If there are no waiters or a goroutine has already been woken
            // or grabbed the lock, no need to wake anyone.
            if old >> MUTEX_WAITER_SHIFT == 0
                || old & (MUTEX_LOCKED | MUTEX_WOKEN | MUTEX_STARVING) != 0
            {
                return;
            }
            // Grab the right to wake someone.
            let new = (old - (1 << MUTEX_WAITER_SHIFT)) | MUTEX_WOKEN;
            if m.state.compare_exchange(old, new, SeqCst, Relaxed).is_ok() {
                semrelease1(&m.sema, false);
                return;
            }
            old = m.state.load(Relaxed);
        }
    } else {
        // Starving mode: handoff mutex ownership to the next waiter, and
        // yield our time slice so that the next waiter can start to run
        // immediately.
        semrelease1(&m.sema, true);
    }
}

/// sync.RWMutex: {w Mutex; writerSem, readerSem uint32; readerCount,
/// readerWait atomic.Int32}.
#[repr(C)]
pub struct RWMutex {
    pub w: Mutex,
    pub writer_sem: AtomicU32,
    pub reader_sem: AtomicU32,
    pub reader_count: AtomicI32,
    pub reader_wait: AtomicI32,
}

const RWMUTEX_MAX_READERS: i32 = 1 << 30;

pub fn rwmutex_rlock(_gp: *mut G, rw: &RWMutex) {
    if rw.reader_count.fetch_add(1, SeqCst) + 1 < 0 {
        // A writer is pending, wait for it.
        semacquire1(&rw.reader_sem, false, WaitReason::SyncRWMutexRLock);
    }
}

pub fn rwmutex_runlock(_gp: *mut G, rw: &RWMutex) {
    let r = rw.reader_count.fetch_add(-1, SeqCst) - 1;
    if r < 0 {
        // Outlined slow-path to allow the fast-path to be inlined.
        if r + 1 == 0 || r + 1 == -RWMUTEX_MAX_READERS {
            fatal("sync: RUnlock of unlocked RWMutex");
        }
        // A writer is pending.
        if rw.reader_wait.fetch_add(-1, SeqCst) - 1 == 0 {
            // The last reader unblocks the writer.
            semrelease1(&rw.writer_sem, false);
        }
    }
}

pub fn rwmutex_lock(gp: *mut G, rw: &RWMutex) {
    // First, resolve competition with other writers.
    mutex_lock(gp, &rw.w);
    // Announce to readers there is a pending writer.
    let r = rw.reader_count.fetch_add(-RWMUTEX_MAX_READERS, SeqCst);
    // Wait for active readers.
    if r != 0 && rw.reader_wait.fetch_add(r, SeqCst) + r != 0 {
        semacquire1(&rw.writer_sem, false, WaitReason::SyncRWMutexLock);
    }
}

pub fn rwmutex_unlock(gp: *mut G, rw: &RWMutex) {
    // Announce to readers there is no active writer.
    let r = rw.reader_count.fetch_add(RWMUTEX_MAX_READERS, SeqCst) + RWMUTEX_MAX_READERS;
    if r >= RWMUTEX_MAX_READERS {
        fatal("sync: Unlock of unlocked RWMutex");
    }
    // Unblock blocked readers, if any.
    for _ in 0..r {
        semrelease1(&rw.reader_sem, false);
    }
    // Allow other writers to proceed.
    mutex_unlock(gp, &rw.w);
}

/// sync.WaitGroup: {noCopy; state atomic.Uint64 (counter in the high 32
/// bits, waiters in the low 31); sema uint32}.
#[repr(C)]
pub struct WaitGroup {
    pub state: AtomicU64,
    pub sema: AtomicU32,
}

pub fn waitgroup_add(_gp: *mut G, wg: &WaitGroup, delta: i64) {
    let state = wg
        .state
        .fetch_add((delta as u64) << 32, SeqCst)
        .wrapping_add((delta as u64) << 32);
    let v = (state >> 32) as i32;
    let w = (state & 0x7fff_ffff) as u32;
    if v < 0 {
        panic_string("sync: negative WaitGroup counter");
    }
    if w != 0 && delta > 0 && v == delta as i32 {
        panic_string("sync: WaitGroup misuse: Add called concurrently with Wait");
    }
    if v > 0 || w == 0 {
        return;
    }
    // This goroutine has set counter to 0 when waiters > 0. Now there can't
    // be concurrent mutations of state: Adds must not happen concurrently
    // with Wait, Wait does not increment waiters if it sees counter == 0.
    if wg.state.load(SeqCst) != state {
        panic_string("sync: WaitGroup misuse: Add called concurrently with Wait");
    }
    // Reset waiters count to 0.
    wg.state.store(0, SeqCst);
    for _ in 0..w {
        semrelease1(&wg.sema, false);
    }
}

pub fn waitgroup_wait(_gp: *mut G, wg: &WaitGroup) {
    loop {
        let state = wg.state.load(SeqCst);
        let v = (state >> 32) as i32;
        if v == 0 {
            // Counter is 0, no need to wait.
            return;
        }
        // Increment waiters count.
        if wg
            .state
            .compare_exchange(state, state + 1, SeqCst, SeqCst)
            .is_ok()
        {
            semacquire1(&wg.sema, false, WaitReason::SyncWaitGroupWait);
            if wg.state.load(SeqCst) != 0 {
                panic_string("sync: WaitGroup is reused before previous Wait has returned");
            }
            return;
        }
    }
}

/// sync.Once: {done atomic.Uint32; m Mutex}.
#[repr(C)]
pub struct Once {
    pub done: AtomicU32,
    pub m: Mutex,
}

/// Once.Do(f): f is a Go func value called as code(g, fv).
pub fn once_do(gp: *mut G, o: &Once, f: *const FuncVal) {
    // Note: the fast path is the load; the slow path takes the mutex so
    // that concurrent callers wait until f has returned.
    if o.done.load(Acquire) == 0 {
        mutex_lock(gp, &o.m);
        if o.done.load(Relaxed) == 0 {
            unsafe { ((*f).code)(gp, f) };
            o.done.store(1, Release);
        }
        mutex_unlock(gp, &o.m);
    }
}
