//! Package time's natives: the runtime hooks Go's time package links to
//! (`Sleep`, `now`/`runtimeNow`, `runtimeNano`, `newTimer`, `stopTimer`,
//! `resetTimer`), bound to gorun's runtime clocks and timers
//! (`runtime/src/time.rs`). Everything else in `stdlib/go/time` is Go's
//! own source.
//!
//! # Timers
//! `newTimer` returns what Go's runtime returns, a `timeTimer` whose first
//! two words are the `Timer`/`Ticker` the time package sees (`C`, then the
//! `initTimer` flag), followed here by a pointer to the [`TimeTimer`]
//! holding the runtime timer. A runtime timer's callback runs on the
//! scheduler's stack, where compiled Go code cannot run, so the callback is
//! not time's `f` but its Rust equivalent, chosen as Go's runtime sets
//! `isChan`: with a channel (`cp` non-nil) `f` is time's `sendTime`, done
//! by [`send_time`]; without one it is `goFunc` (AfterFunc), the runtime's
//! `gofunc` callback starting the func value.
//!
//! Channel timers behave as Go 1.23's synchronous timer channels: after
//! `Stop` or `Reset` returns, no value sent for the earlier arming is ever
//! received. Invariants, for a channel timer:
//! - `send_lock` serializes a callback's send with Stop and Reset, as Go's
//!   `timer.sendLock`.
//! - `seq` is the runtime timer's `seq` after the latest Stop or Reset,
//!   written under `send_lock`; the runtime hands a callback the `seq` of
//!   the arming it fires for, so a callback whose `seq` differs was
//!   overtaken by a Stop or Reset and sends nothing.
//! - `inflight` (under `send_lock`): a one-shot arming has not yet been
//!   delivered or cancelled. A Stop that finds the runtime timer no longer
//!   pending but `inflight` set caught a firing whose send it has just
//!   cancelled, and reports true, as Go's `isSending` check does.
//! - Stop and Reset drain the channel's buffer (Go's `timerchandrain`),
//!   reporting true if they removed a value.
//!
//! The runtime timer and the [`TimeTimer`] live outside the Go heap and are
//! never freed: gorun has no collector yet to tell when a Timer dies.

use crate::native::Native;
use gorun_runtime::abi;
use gorun_runtime::chan::{Hchan, chanrecv, chansend};
use gorun_runtime::lock_futex::Mutex;
use gorun_runtime::os_linux::{nanotime, walltime};
use gorun_runtime::proc::{getg, systemstack_ret};
use gorun_runtime::runtime2::G;
use gorun_runtime::time::{self as rtime, Timer};
use gorun_runtime::types::{Type, kind};
use std::cell::UnsafeCell;
use std::sync::atomic::{AtomicI64, AtomicPtr, Ordering};

// Time's representation (time.go): wall holds hasMonotonic, 33 bits of
// seconds since 1885 and 30 bits of nanoseconds; ext the monotonic reading
// relative to startNano, or, without hasMonotonic, seconds since year 1.
const HAS_MONOTONIC: u64 = 1 << 63;
const NSEC_SHIFT: u32 = 30;
const SECONDS_PER_DAY: i64 = 86400;
const UNIX_TO_INTERNAL: i64 = (1969 * 365 + 1969 / 4 - 1969 / 100 + 1969 / 400) * SECONDS_PER_DAY;
const WALL_TO_INTERNAL: i64 = (1884 * 365 + 1884 / 4 - 1884 / 100 + 1884 / 400) * SECONDS_PER_DAY;

/// time's `startNano`, registered by its initializer (`registerClock`).
static START_NANO: AtomicI64 = AtomicI64::new(0);
/// The address of time's variable `Local` (a `*Location`).
static LOCAL: AtomicPtr<*mut u8> = AtomicPtr::new(std::ptr::null_mut());

/// A `time.Time`: `{wall uint64; ext int64; loc *Location}`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GoTime {
    pub wall: u64,
    pub ext: i64,
    pub loc: *mut u8,
}

/// The Time of wall clock `sec`.`nsec` (Unix) and monotonic reading
/// `mono` (nanotime), with location `loc`, exactly as time.Now builds it.
pub fn make_time(sec: i64, nsec: i64, mono: i64, start_nano: i64, loc: *mut u8) -> GoTime {
    let mono = mono - start_nano;
    let sec = sec + UNIX_TO_INTERNAL - WALL_TO_INTERNAL;
    if (sec as u64) >> 33 != 0 {
        // The seconds overflow the 33 bits beside a monotonic reading
        // (after 2157): wall clock only.
        return GoTime {
            wall: nsec as u64,
            ext: sec + WALL_TO_INTERNAL,
            loc,
        };
    }
    GoTime {
        wall: HAS_MONOTONIC | (sec as u64) << NSEC_SHIFT | nsec as u64,
        ext: mono,
        loc,
    }
}

/// `time.Now().Add(-delta)` for a delta of at most a few seconds: the
/// instant a timer was due, as Go's sendTime computes it.
fn now_minus(delta: i64) -> GoTime {
    let wall = walltime() - delta;
    let mono = nanotime() - delta;
    let local = LOCAL.load(Ordering::Acquire);
    // SAFETY: LOCAL is the address of the package variable time.Local,
    // registered before any timer exists; a data race with a program that
    // assigns time.Local while timers fire is the program's, as in Go.
    let loc = if local.is_null() {
        std::ptr::null_mut()
    } else {
        unsafe { *local }
    };
    make_time(
        wall.div_euclid(1_000_000_000),
        wall.rem_euclid(1_000_000_000),
        mono,
        START_NANO.load(Ordering::Acquire),
        loc,
    )
}

/// The runtime's side of a channel timer or AfterFunc (see the module doc).
pub struct TimeTimer {
    rt: *mut Timer,
    /// The channel of Time values, or null for AfterFunc.
    c: *mut Hchan,
    period: UnsafeCell<i64>,
    send_lock: Mutex,
    seq: UnsafeCell<usize>,
    inflight: UnsafeCell<bool>,
}

/// Go's `timeTimer` as the time package sees it: `Timer`'s (and `Ticker`'s)
/// fields, then the runtime's part.
#[repr(C)]
struct GoTimer {
    c: *mut Hchan,
    init: u64,
    tt: *mut TimeTimer,
}

/// `C` is the one Go pointer of a [`GoTimer`]; `tt` is not Go memory.
static TIMER_GCDATA: [u8; 1] = [1];

static TYPE_TIME_TIMER: Type = Type {
    ptrdata: 8,
    gcdata: &TIMER_GCDATA as *const [u8; 1] as *const u8,
    name: b"time.timeTimer".as_ptr(),
    name_len: 14,
    ..Type::scalar(24, 8, kind::STRUCT)
};

/// The channel timers' callback: Go's sendTime, a non-blocking send of the
/// time the timer was due, unless a Stop or Reset overtook this firing.
extern "C" fn send_time(arg: *mut u8, seq: usize, delay: i64) {
    let tt = arg as *const TimeTimer;
    // SAFETY: arg is the TimeTimer this callback was registered with, never
    // freed; its cells are accessed under send_lock.
    unsafe {
        (*tt).send_lock.lock();
        if seq == *(*tt).seq.get() {
            if *(*tt).period.get() == 0 {
                *(*tt).inflight.get() = false;
            }
            let t = now_minus(delay);
            chansend(getg(), (*tt).c, &t as *const GoTime as *const u8, false);
        }
        (*tt).send_lock.unlock();
    }
}

/// Stops or re-arms the runtime timer of a channel timer, under send_lock;
/// `when` < 0 stops. Returns Go's `pending`.
///
/// # Safety
/// tt is a live channel TimeTimer.
unsafe fn chan_modify(tt: *const TimeTimer, when: i64, period: i64) -> bool {
    unsafe {
        (*tt).send_lock.lock();
        let rt = (*tt).rt as usize;
        let mut pending = if when < 0 {
            systemstack_ret(|| rtime::stop(rt as *mut Timer))
        } else {
            *(*tt).period.get() = period;
            systemstack_ret(|| rtime::reset(rt as *mut Timer, when, period))
        };
        // Written by stop/reset above under the timer's lock; they are only
        // called with send_lock held, so this read races with no writer.
        *(*tt).seq.get() = (*(rt as *mut Timer)).seq;
        if *(*tt).inflight.get() {
            // A one-shot arming not yet delivered: either still in the heap
            // (pending already) or fired with its send now cancelled.
            pending = true;
        }
        *(*tt).inflight.get() = when >= 0 && period == 0;
        // Drain a value sent for an earlier arming (Go's timerchandrain).
        let (_, drained) = chanrecv(getg(), (*tt).c, std::ptr::null_mut(), false);
        (*tt).send_lock.unlock();
        pending || drained
    }
}

/// time.newTimer (runtime.newTimer): a started timer; see the module doc
/// for which of time's callbacks `f` stands for.
extern "C" fn new_timer(
    g: *mut G,
    when: i64,
    period: i64,
    _f: *const u8,
    _arg_type: *const u8,
    arg: *mut u8,
    cp: *mut Hchan,
) -> *mut GoTimer {
    let t = abi::gorun_mallocgc(g, size_of::<GoTimer>(), &TYPE_TIME_TIMER, true) as *mut GoTimer;
    let tt = Box::into_raw(Box::new(TimeTimer {
        rt: std::ptr::null_mut(),
        c: cp,
        period: UnsafeCell::new(period),
        send_lock: Mutex::new(),
        seq: UnsafeCell::new(0),
        inflight: UnsafeCell::new(false),
    }));
    // SAFETY: t is a fresh zeroed object of GoTimer's size; tt is ours.
    unsafe {
        (*t).init = 1;
        (*t).tt = tt;
        if cp.is_null() {
            // AfterFunc: arg is the func() value, a closure pointer.
            (*tt).rt = rtime::new_timer(rtime::gofunc, arg, 0);
            let rt = (*tt).rt as usize;
            systemstack_ret(|| rtime::reset(rt as *mut Timer, when, period));
        } else {
            (*tt).rt = rtime::new_timer(send_time, tt as *mut u8, 0);
            chan_modify(tt, when, period);
        }
    }
    t
}

fn timer_of(g: *mut G, t: *mut GoTimer) -> *const TimeTimer {
    if t.is_null() {
        gorun_runtime::panic::gorun_panic_nil(g);
    }
    // SAFETY: t is a timeTimer from new_timer (time's Stop and Reset check
    // initTimer before calling in).
    unsafe { (*t).tt }
}

/// time.stopTimer: Go's `(*timeTimer).stop`.
extern "C" fn stop_timer(g: *mut G, t: *mut GoTimer) -> u64 {
    let tt = timer_of(g, t);
    // SAFETY: tt is live (never freed).
    unsafe {
        if (*tt).c.is_null() {
            let rt = (*tt).rt as usize;
            return systemstack_ret(|| rtime::stop(rt as *mut Timer)) as u64;
        }
        chan_modify(tt, -1, 0) as u64
    }
}

/// time.resetTimer: Go's `(*timeTimer).reset`.
extern "C" fn reset_timer(g: *mut G, t: *mut GoTimer, when: i64, period: i64) -> u64 {
    let tt = timer_of(g, t);
    let when = when.max(0);
    // SAFETY: tt is live (never freed).
    unsafe {
        if (*tt).c.is_null() {
            let rt = (*tt).rt as usize;
            return systemstack_ret(|| rtime::reset(rt as *mut Timer, when, period)) as u64;
        }
        chan_modify(tt, when, period) as u64
    }
}

/// time.Sleep: parks the goroutine, not its thread.
extern "C" fn sleep(g: *mut G, d: i64) {
    abi::gorun_sleep(g, d)
}

/// time.now / time.runtimeNow: (sec int64, nsec int32, mono int64).
extern "C" fn now(_g: *mut G, ret: *mut u64) {
    let wall = walltime();
    let mono = nanotime();
    // SAFETY: ret holds three result words.
    unsafe {
        *ret = wall.div_euclid(1_000_000_000) as u64;
        *ret.add(1) = wall.rem_euclid(1_000_000_000) as u64;
        *ret.add(2) = mono as u64;
    }
}

/// time.runtimeNano: the monotonic clock.
extern "C" fn runtime_nano(_g: *mut G) -> i64 {
    nanotime()
}

/// time.registerClock(local **Location, start int64) int64: records what
/// send_time needs to build Times as Now does; returns start.
extern "C" fn register_clock(_g: *mut G, local: *mut *mut u8, start: i64) -> i64 {
    START_NANO.store(start, Ordering::Release);
    LOCAL.store(local, Ordering::Release);
    start
}

macro_rules! natives {
    ($($name:literal => $f:expr, $sig:literal;)*) => {
        pub(crate) static NATIVES: &[Native] = &[
            $(Native { name: concat!("time.", $name), code: $f as *const u8, sig: $sig },)*
        ];
    };
}

natives! {
    "Sleep" => sleep, "i>";
    "newTimer" => new_timer, "iiiiii>i";
    "now" => now, ">*";
    "registerClock" => register_clock, "ii>i";
    "resetTimer" => reset_timer, "iii>i";
    "runtimeNano" => runtime_nano, ">i";
    "runtimeNow" => now, ">*";
    "stopTimer" => stop_timer, "i>i";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_are_built_as_go_builds_them() {
        // 2024-01-02T03:04:05.000000006Z with a monotonic reading.
        let t = make_time(1704164645, 6, 1_000, 400, std::ptr::null_mut());
        let sec = 1704164645 + UNIX_TO_INTERNAL - WALL_TO_INTERNAL;
        assert_eq!(t.wall, HAS_MONOTONIC | (sec as u64) << 30 | 6);
        assert_eq!(t.ext, 600);
        // Past 2157 the wall seconds no longer fit beside the monotonic bit.
        let far = make_time(6_000_000_000, 7, 1_000, 0, std::ptr::null_mut());
        assert_eq!(far.wall, 7);
        assert_eq!(far.ext, 6_000_000_000 + UNIX_TO_INTERNAL);
    }

    #[test]
    fn constants_match_go() {
        // time.go: unixToInternal and wallToInternal.
        assert_eq!(UNIX_TO_INTERNAL, 62135596800);
        assert_eq!(WALL_TO_INTERNAL, 59453308800);
    }
}
