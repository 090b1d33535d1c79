//! Timers, Go's `time.go`: one heap per P, run by the scheduler.
//!
//! A timer calls `f(arg, seq, delay)` at `when` (and every `period` after,
//! if period > 0). `time.Sleep` parks the G with its own timer whose callback
//! readies it; the `time` package builds Timer, Ticker, After and AfterFunc
//! on the same timers (channel sends or `go f()` in the callback).
//!
//! Invariants:
//! - A timer is in at most one P's heap (`t.ts`), at index `t.idx`. Its
//!   `when`, its heap membership and its index change only with that heap's
//!   lock held; `t.mu` serializes Stop/Reset/run decisions (lock order:
//!   t.mu → heap lock → sched.lock).
//! - Every heap entry records the timer's generation when it was added; Stop
//!   and Reset bump it. A runner that popped an entry runs the callback only
//!   if, under t.mu, the generation is unchanged and the timer still waits:
//!   so Stop reporting true means the callback never runs, and a Reset racing
//!   with a firing either cancels it or comes after it.
//! - Stop and Reset also increment `seq` under t.mu, and a runner passes the
//!   callback the `seq` it read under t.mu when it decided to fire (Go's
//!   `timer.seq`): a callback that runs after a Stop or Reset (it decided
//!   before them) can tell, and a channel timer drops its stale send.
//! - Callbacks run on g0 with a P, holding no lock. They must not block.
//! - `when0` (earliest `when` in the heap, 0 if empty) and `len` can be read
//!   without the lock by findrunnable, sysmon and checkdead.
//! - When no M is running Go code, one M (the "timer waiter", the netpoller's
//!   role in Go) sleeps until the earliest timer of all Ps; adding an
//!   earlier timer wakes it, or wakes a P (`wakep`) if there is no waiter.
//!   So a pending timer is never forgotten, and checkdead never reports a
//!   deadlock while one is pending.

use crate::lock_futex::Mutex;
use crate::os_linux::nanotime;
use crate::proc::{allp, getm, sched};
use crate::runtime2::{G, P, WaitReason};
use std::cell::UnsafeCell;
use std::ptr::null_mut;
use std::sync::atomic::{AtomicI64, AtomicPtr, AtomicUsize, Ordering::*};

/// Timer callback: `f(arg, seq, delay)`, delay = how late it runs (ns).
pub type TimerFunc = extern "C" fn(arg: *mut u8, seq: usize, delay: i64);

const T_IDLE: u32 = 0;
const T_WAITING: u32 = 1;

#[repr(C)]
pub struct Timer {
    mu: Mutex,
    status: u32,
    pub when: i64,
    pub period: i64,
    pub f: TimerFunc,
    pub arg: *mut u8,
    pub seq: usize,
    ts: AtomicPtr<P>,
    idx: usize,
    generation: u64,
}

#[derive(Clone, Copy)]
struct Entry {
    when: i64,
    t: *mut Timer,
    generation: u64,
}

pub struct TimerHeap {
    lock: Mutex,
    heap: UnsafeCell<Vec<Entry>>,
    when0: AtomicI64,
    len: AtomicUsize,
}

impl Default for TimerHeap {
    fn default() -> Self {
        Self::new()
    }
}

impl TimerHeap {
    pub fn new() -> TimerHeap {
        TimerHeap {
            lock: Mutex::new(),
            heap: UnsafeCell::new(Vec::new()),
            when0: AtomicI64::new(0),
            len: AtomicUsize::new(0),
        }
    }
    /// Earliest `when` in the heap, 0 if empty.
    pub fn wake_time(&self) -> i64 {
        self.when0.load(SeqCst)
    }
    pub fn len(&self) -> usize {
        self.len.load(SeqCst)
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    #[allow(clippy::mut_from_ref)]
    unsafe fn h(&self) -> &mut Vec<Entry> {
        unsafe { &mut *self.heap.get() }
    }

    fn update(&self) {
        let h = unsafe { self.h() };
        self.when0
            .store(h.first().map(|e| e.when).unwrap_or(0), SeqCst);
        self.len.store(h.len(), SeqCst);
    }

    fn set(&self, i: usize, e: Entry) {
        let h = unsafe { self.h() };
        h[i] = e;
        unsafe { (*e.t).idx = i };
    }

    fn sift_up(&self, mut i: usize) {
        let h = unsafe { self.h() };
        let e = h[i];
        while i > 0 {
            let p = (i - 1) / 4;
            if h[p].when <= e.when {
                break;
            }
            self.set(i, h[p]);
            i = p;
        }
        self.set(i, e);
    }

    fn sift_down(&self, mut i: usize) {
        let h = unsafe { self.h() };
        let n = h.len();
        let e = h[i];
        loop {
            let c = i * 4 + 1;
            if c >= n {
                break;
            }
            let mut m = c;
            for k in c + 1..(c + 4).min(n) {
                if h[k].when < h[m].when {
                    m = k;
                }
            }
            if h[m].when >= e.when {
                break;
            }
            self.set(i, h[m]);
            i = m;
        }
        self.set(i, e);
    }

    /// Adds t (lock held).
    fn push(&self, t: *mut Timer, pp: *mut P) {
        let h = unsafe { self.h() };
        let e = unsafe {
            Entry {
                when: (*t).when,
                t,
                generation: (*t).generation,
            }
        };
        h.push(e);
        unsafe { (*t).ts.store(pp, SeqCst) };
        self.sift_up(h.len() - 1);
        self.update();
    }

    /// Removes the entry at i (lock held).
    fn remove_at(&self, i: usize) -> Entry {
        let h = unsafe { self.h() };
        let e = h[i];
        let last = h.pop().unwrap();
        if i < h.len() {
            self.set(i, last);
            if i > 0 && h[(i - 1) / 4].when > last.when {
                self.sift_up(i);
            } else {
                self.sift_down(i);
            }
        }
        unsafe { (*e.t).ts.store(null_mut(), SeqCst) };
        self.update();
        e
    }
}

/// Creates a timer (not started).
pub fn new_timer(f: TimerFunc, arg: *mut u8, seq: usize) -> *mut Timer {
    Box::into_raw(Box::new(Timer {
        mu: Mutex::new(),
        status: T_IDLE,
        when: 0,
        period: 0,
        f,
        arg,
        seq,
        ts: AtomicPtr::new(null_mut()),
        idx: 0,
        generation: 0,
    }))
}

/// Removes t from its heap, if in one. t.mu held.
unsafe fn unheap(t: *mut Timer) {
    unsafe {
        loop {
            let pp = (*t).ts.load(SeqCst);
            if pp.is_null() {
                return;
            }
            let th = &(*pp).timers;
            th.lock.lock();
            if (*t).ts.load(SeqCst) == pp {
                th.remove_at((*t).idx);
                th.lock.unlock();
                return;
            }
            th.lock.unlock();
        }
    }
}

fn current_p() -> *mut P {
    let mp = getm();
    let pp = if mp.is_null() {
        null_mut()
    } else {
        unsafe { (*mp).p }
    };
    if pp.is_null() { allp(0) } else { pp }
}

/// Stops t. Reports whether it was pending (so its callback will not run).
pub fn stop(t: *mut Timer) -> bool {
    unsafe {
        (*t).mu.lock();
        let pending = (*t).status == T_WAITING;
        unheap(t);
        (*t).status = T_IDLE;
        (*t).generation += 1;
        (*t).seq = (*t).seq.wrapping_add(1);
        (*t).mu.unlock();
        pending
    }
}

/// (Re)starts t to fire at `when` (nanotime), then every `period` if > 0.
/// Reports whether it was pending before.
pub fn reset(t: *mut Timer, when: i64, period: i64) -> bool {
    unsafe {
        (*t).mu.lock();
        let pending = (*t).status == T_WAITING;
        unheap(t);
        (*t).when = when.max(0);
        (*t).period = period;
        (*t).generation += 1;
        (*t).seq = (*t).seq.wrapping_add(1);
        (*t).status = T_WAITING;
        let pp = current_p();
        let th = &(*pp).timers;
        th.lock.lock();
        th.push(t, pp);
        let first = th.wake_time() == when;
        th.lock.unlock();
        (*t).mu.unlock();
        if first {
            wake_timer_waiter(when);
        }
        pending
    }
}

/// Runs the due timers of pp at `now` (0: read the clock only if pp has
/// timers). Returns (now, next when of pp, ran any).
pub fn check_timers(pp: *mut P, now: i64) -> (i64, i64, bool) {
    unsafe {
        let th = &(*pp).timers;
        let next = th.wake_time();
        if next == 0 {
            return (now, 0, false);
        }
        // now == 0: the caller has not read the clock (and need not, with
        // no timers).
        let now = if now == 0 { nanotime() } else { now };
        if next > now {
            return (now, next, false);
        }
        let mut ran = false;
        loop {
            th.lock.lock();
            let h = th.h();
            if h.is_empty() || h[0].when > now {
                th.lock.unlock();
                break;
            }
            let e = th.remove_at(0);
            th.lock.unlock();
            let t = e.t;
            (*t).mu.lock();
            if (*t).generation != e.generation || (*t).status != T_WAITING {
                (*t).mu.unlock();
                continue;
            }
            let (f, arg, seq) = ((*t).f, (*t).arg, (*t).seq);
            let delay = now - (*t).when;
            if (*t).period > 0 {
                // Leave in heap but adjust next time to fire.
                let p = (*t).period;
                (*t).when += p * (1 + (now - (*t).when) / p);
                if (*t).when < 0 {
                    (*t).when = i64::MAX;
                }
                th.lock.lock();
                th.push(t, pp);
                th.lock.unlock();
            } else {
                (*t).status = T_IDLE;
            }
            (*t).mu.unlock();
            f(arg, seq, delay);
            ran = true;
        }
        (now, th.wake_time(), ran)
    }
}

/// Moves all timers of a P being destroyed to `to` (world stopped).
pub unsafe fn move_timers(from: *mut P, to: *mut P) {
    unsafe {
        let fh = &(*from).timers;
        let th = &(*to).timers;
        fh.lock.lock();
        th.lock.lock();
        while !fh.h().is_empty() {
            let e = fh.remove_at(fh.h().len() - 1);
            // Keep the generation: the entry stays valid.
            let h = th.h();
            h.push(e);
            (*e.t).ts.store(to, SeqCst);
            th.sift_up(h.len() - 1);
            th.update();
        }
        th.lock.unlock();
        fh.lock.unlock();
    }
}

/// The earliest timer over all Ps (0 if none).
pub fn time_sleep_until() -> i64 {
    check_timers_nop(crate::proc::gomaxprocs() as usize, 0)
}

pub fn check_timers_nop(procs: usize, mut polluntil: i64) -> i64 {
    for i in 0..procs {
        let pp = allp(i);
        if pp.is_null() {
            continue;
        }
        let w = unsafe { (*pp).timers.wake_time() };
        if w != 0 && (polluntil == 0 || w < polluntil) {
            polluntil = w;
        }
    }
    polluntil
}

pub fn any_timers(procs: usize) -> bool {
    (0..procs).any(|i| {
        let pp = allp(i);
        !pp.is_null() && unsafe { !(*pp).timers.is_empty() }
    })
}

/// The timer waiter: sleeps (without a P) until the earliest timer is due
/// or someone adds an earlier one.
pub fn timer_wait(_polluntil: i64, procs: usize) {
    let s = sched();
    s.timernote.noteclear();
    let next = check_timers_nop(procs, 0);
    if next == 0 {
        s.polluntil.store(0, SeqCst);
        return;
    }
    s.polluntil.store(next, SeqCst);
    // Re-check after publishing polluntil: an adder either sees our
    // polluntil (and wakes us) or we see its timer here.
    let next2 = check_timers_nop(procs, 0);
    let now = nanotime();
    // Sleep only if nothing changed (a timer added, run or removed by
    // another M since the first look) and the earliest is still ahead.
    if next2 == next && next > now {
        s.timernote.notetsleep(next - now);
    }
    s.polluntil.store(0, SeqCst);
}

/// A timer at `when` was added: make sure some M will run it in time.
pub fn wake_timer_waiter(when: i64) {
    let s = sched();
    if s.timerwaiter.load(SeqCst) {
        let pu = s.polluntil.load(SeqCst);
        if pu == 0 || pu > when {
            s.timernote.notewakeup();
        }
    } else {
        crate::proc::wakep();
    }
}

// ---------------------------------------------------------------------------
// Sleep.

extern "C" fn goroutine_ready(arg: *mut u8, _seq: usize, _delay: i64) {
    crate::proc::goready(arg as *mut G);
}

unsafe fn reset_for_sleep(gp: *mut G, _: *mut u8) -> bool {
    unsafe {
        let t = (*gp).timer;
        reset(t, (*t).seq as i64, 0);
    }
    true
}

/// time.Sleep: parks the G (not the M) for ns nanoseconds.
pub fn sleep(gp: *mut G, ns: i64) {
    if ns <= 0 {
        return;
    }
    unsafe {
        if (*gp).timer.is_null() {
            (*gp).timer = new_timer(goroutine_ready, gp as *mut u8, 0);
        }
        let mut when = nanotime().saturating_add(ns);
        if when < 0 {
            when = i64::MAX;
        }
        // The sleep timer's seq carries the deadline (read by reset_for_sleep
        // before reset increments it); the callback ignores it.
        (*(*gp).timer).seq = when as usize;
        // The timer is armed by the unlock function, after the G is parked,
        // so its wakeup cannot overtake the park.
        crate::proc::gopark(Some(reset_for_sleep), null_mut(), WaitReason::Sleep);
    }
}

/// A ready-made timer callback for the `time` package's channel timers
/// (NewTimer, After, Ticker): a non-blocking send of the current nanotime on
/// the channel of int64 `arg` (a full channel drops the tick, as Go's).
pub extern "C" fn sendtime_i64(arg: *mut u8, _seq: usize, _delay: i64) {
    let now = nanotime();
    let g = crate::proc::getg();
    crate::chan::chansend(
        g,
        arg as *mut crate::chan::Hchan,
        &now as *const i64 as *const u8,
        false,
    );
}

/// A ready-made timer callback for AfterFunc: `go f()` with arg the func
/// value.
pub extern "C" fn gofunc(arg: *mut u8, _seq: usize, _delay: i64) {
    crate::proc::newproc(crate::proc::getg(), arg as *const crate::runtime2::FuncVal);
}
