//! Runtime locks and notes on futexes, as Go's `lock_futex.go`.
//!
//! `Mutex` is a thread-level lock: a G blocked on it blocks its M. Runtime
//! code never parks a G while holding one (gopark releases it through its
//! unlock function after the G's context is saved). Holding a lock bumps
//! `m.locks`, which disables preemption of the holder.
//!
//! `Note` is a one-shot sleep/wakeup event between Ms: `notesleep` returns
//! once `notewakeup` has been called since the last `noteclear`. Unlike Go's,
//! a second wakeup before a clear is harmless, which the timer-waiter M uses.

use crate::os_linux::{futexsleep, futexwakeup, osyield, procyield};
use std::sync::atomic::{AtomicU32, Ordering};

const MUTEX_UNLOCKED: u32 = 0;
const MUTEX_LOCKED: u32 = 1;
const MUTEX_SLEEPING: u32 = 2;
const ACTIVE_SPIN: u32 = 4;
const ACTIVE_SPIN_CNT: u32 = 30;
const PASSIVE_SPIN: u32 = 1;

#[repr(C)]
pub struct Mutex {
    key: AtomicU32,
}

impl Default for Mutex {
    fn default() -> Self {
        Self::new()
    }
}

impl Mutex {
    pub const fn new() -> Mutex {
        Mutex {
            key: AtomicU32::new(MUTEX_UNLOCKED),
        }
    }

    pub fn lock(&self) {
        crate::proc::acquirem_locks(1);
        self.lock2();
    }

    pub fn unlock(&self) {
        self.unlock2();
        crate::proc::acquirem_locks(-1);
    }

    /// Lock without touching m.locks (for threads without an M, e.g. sysmon
    /// before its M is set up, and for the stack allocator).
    pub fn lock2(&self) {
        let v = self.key.swap(MUTEX_LOCKED, Ordering::Acquire);
        if v == MUTEX_UNLOCKED {
            return;
        }
        // v is LOCKED or SLEEPING. We must not lose the SLEEPING state when we
        // take the lock: `wait` is what we store on success.
        let mut wait = v;
        let spin = if crate::proc::ncpu() > 1 {
            ACTIVE_SPIN
        } else {
            0
        };
        loop {
            for _ in 0..spin {
                while self.key.load(Ordering::Relaxed) == MUTEX_UNLOCKED {
                    if self
                        .key
                        .compare_exchange(
                            MUTEX_UNLOCKED,
                            wait,
                            Ordering::Acquire,
                            Ordering::Relaxed,
                        )
                        .is_ok()
                    {
                        return;
                    }
                }
                procyield(ACTIVE_SPIN_CNT);
            }
            for _ in 0..PASSIVE_SPIN {
                while self.key.load(Ordering::Relaxed) == MUTEX_UNLOCKED {
                    if self
                        .key
                        .compare_exchange(
                            MUTEX_UNLOCKED,
                            wait,
                            Ordering::Acquire,
                            Ordering::Relaxed,
                        )
                        .is_ok()
                    {
                        return;
                    }
                }
                osyield();
            }
            if self.key.swap(MUTEX_SLEEPING, Ordering::Acquire) == MUTEX_UNLOCKED {
                return;
            }
            wait = MUTEX_SLEEPING;
            futexsleep(&self.key, MUTEX_SLEEPING, -1);
        }
    }

    pub fn unlock2(&self) {
        let v = self.key.swap(MUTEX_UNLOCKED, Ordering::Release);
        if v == MUTEX_UNLOCKED {
            crate::panic::throw("unlock of unlocked lock");
        }
        if v == MUTEX_SLEEPING {
            futexwakeup(&self.key, 1);
        }
    }

    pub fn is_locked(&self) -> bool {
        self.key.load(Ordering::Relaxed) != MUTEX_UNLOCKED
    }
}

#[repr(C)]
pub struct Note {
    key: AtomicU32,
}

impl Default for Note {
    fn default() -> Self {
        Self::new()
    }
}

impl Note {
    pub const fn new() -> Note {
        Note {
            key: AtomicU32::new(0),
        }
    }

    pub fn noteclear(&self) {
        self.key.store(0, Ordering::SeqCst);
    }

    pub fn notewakeup(&self) {
        if self.key.swap(1, Ordering::SeqCst) == 0 {
            futexwakeup(&self.key, 1);
        }
    }

    pub fn notesleep(&self) {
        while self.key.load(Ordering::SeqCst) == 0 {
            futexsleep(&self.key, 0, -1);
        }
    }

    /// Sleeps until woken or `ns` nanoseconds pass (ns < 0: forever).
    /// Reports whether it was woken.
    pub fn notetsleep(&self, ns: i64) -> bool {
        if ns < 0 {
            self.notesleep();
            return true;
        }
        let deadline = crate::os_linux::nanotime() + ns;
        loop {
            if self.key.load(Ordering::SeqCst) != 0 {
                return true;
            }
            let now = crate::os_linux::nanotime();
            if now >= deadline {
                return self.key.load(Ordering::SeqCst) != 0;
            }
            futexsleep(&self.key, 0, deadline - now);
        }
    }

    pub fn is_woken(&self) -> bool {
        self.key.load(Ordering::SeqCst) != 0
    }
}
