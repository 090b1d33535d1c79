//! Semaphores for sync (Go's `sema.go`) and the notify list for sync.Cond.
//!
//! A semaphore is a uint32 in user memory; `semacquire` waits until it is
//! > 0 and decrements it, `semrelease` increments it and wakes a waiter.
//! Waiters live in a table of 251 roots hashed by address, each a lock, a
//! waiter count and a list of sudogs (FIFO per address; LIFO for a
//! sync.Mutex waiter that woke and lost the race, as Go's queueLifo).
//!
//! Invariants:
//! - A waiter increments `root.nwait` before it re-checks the count under the
//!   root lock, and a releaser increments the count before it reads
//!   `nwait`: one of them sees the other, so no wakeup is lost.
//! - With hand-off (`semrelease(handoff=true)`, sync.Mutex starvation mode)
//!   the releaser takes the count for the woken waiter (`ticket = 1`) and
//!   yields its P to it.

use crate::lock_futex::Mutex;
use crate::proc::{getg, goparkunlock, goready, goyield};
use crate::runtime2::{Sudog, WaitReason};
use std::cell::UnsafeCell;
use std::ptr::null_mut;
use std::sync::atomic::{AtomicU32, Ordering::*};

const SEM_TAB_SIZE: usize = 251;

struct SemaRoot {
    lock: Mutex,
    list: UnsafeCell<(*mut Sudog, *mut Sudog)>,
    nwait: AtomicU32,
}
unsafe impl Sync for SemaRoot {}

#[repr(align(64))]
struct Padded(SemaRoot);

static SEMTABLE: [Padded; SEM_TAB_SIZE] = [const {
    Padded(SemaRoot {
        lock: Mutex::new(),
        list: UnsafeCell::new((null_mut(), null_mut())),
        nwait: AtomicU32::new(0),
    })
}; SEM_TAB_SIZE];

fn root_for(addr: *const AtomicU32) -> &'static SemaRoot {
    &SEMTABLE[(addr as usize >> 3) % SEM_TAB_SIZE].0
}

fn cansemacquire(addr: &AtomicU32) -> bool {
    loop {
        let v = addr.load(SeqCst);
        if v == 0 {
            return false;
        }
        if addr.compare_exchange(v, v - 1, SeqCst, SeqCst).is_ok() {
            return true;
        }
    }
}

impl SemaRoot {
    /// Adds s as a waiter on addr. root.lock held.
    unsafe fn queue(&self, addr: *const AtomicU32, s: *mut Sudog, lifo: bool) {
        unsafe {
            (*s).g = getg();
            (*s).elem = addr as *mut u8;
            (*s).next = null_mut();
            (*s).prev = null_mut();
            let l = &mut *self.list.get();
            if lifo {
                // At the head: dequeue scans from the head, so s comes first
                // among the waiters on addr.
                (*s).next = l.0;
                if l.0.is_null() {
                    l.1 = s;
                } else {
                    (*l.0).prev = s;
                }
                l.0 = s;
            } else {
                (*s).prev = l.1;
                if l.1.is_null() {
                    l.0 = s;
                } else {
                    (*l.1).next = s;
                }
                l.1 = s;
            }
        }
    }

    /// Removes and returns the first waiter on addr. root.lock held.
    unsafe fn dequeue(&self, addr: *const AtomicU32) -> *mut Sudog {
        unsafe {
            let l = &mut *self.list.get();
            let mut s = l.0;
            while !s.is_null() && (*s).elem != addr as *mut u8 {
                s = (*s).next;
            }
            if s.is_null() {
                return null_mut();
            }
            let (p, n) = ((*s).prev, (*s).next);
            if p.is_null() {
                l.0 = n;
            } else {
                (*p).next = n;
            }
            if n.is_null() {
                l.1 = p;
            } else {
                (*n).prev = p;
            }
            (*s).next = null_mut();
            (*s).prev = null_mut();
            (*s).elem = null_mut();
            s
        }
    }
}

/// semacquire1: waits until *addr > 0, then decrements it.
pub fn semacquire1(addr: &AtomicU32, lifo: bool, reason: WaitReason) {
    // Easy case.
    if cansemacquire(addr) {
        return;
    }
    // Harder case:
    //	increment waiter count
    //	try cansemacquire one more time, return if succeeded
    //	enqueue itself as a waiter
    //	sleep
    //	(waiter descriptor is dequeued by signaler)
    let s = crate::chan::acquire_sudog();
    let root = root_for(addr);
    unsafe {
        (*s).ticket = 0;
        loop {
            root.lock.lock();
            // Add ourselves to nwait to disable "easy case" in semrelease.
            root.nwait.fetch_add(1, SeqCst);
            // Check cansemacquire to avoid missed wakeup.
            if cansemacquire(addr) {
                root.nwait.fetch_sub(1, SeqCst);
                root.lock.unlock();
                break;
            }
            // Any semrelease after the cansemacquire knows we're waiting
            // (we set nwait above), so go to sleep.
            root.queue(addr, s, lifo);
            goparkunlock(&root.lock, reason);
            if (*s).ticket != 0 || cansemacquire(addr) {
                break;
            }
        }
    }
    crate::chan::release_sudog(s);
}

/// semrelease1: increments *addr and wakes a waiter. With handoff, the
/// count goes straight to the woken waiter, which runs next on our P.
pub fn semrelease1(addr: &AtomicU32, handoff: bool) {
    let root = root_for(addr);
    addr.fetch_add(1, SeqCst);
    // Easy case: no waiters? This check must happen after the xadd, to
    // avoid a missed wakeup (see loop in semacquire).
    if root.nwait.load(SeqCst) == 0 {
        return;
    }
    // Harder case: search for a waiter and wake it.
    root.lock.lock();
    if root.nwait.load(SeqCst) == 0 {
        // The count is already consumed by another goroutine, so no need to
        // wake up another goroutine.
        root.lock.unlock();
        return;
    }
    let s = unsafe { root.dequeue(addr) };
    if !s.is_null() {
        root.nwait.fetch_sub(1, SeqCst);
    }
    root.lock.unlock();
    if !s.is_null() {
        unsafe {
            if (*s).ticket != 0 {
                crate::panic::throw("corrupted semaphore ticket");
            }
            if handoff && cansemacquire(addr) {
                (*s).ticket = 1;
            }
            goready((*s).g);
            if (*s).ticket == 1 && (*(*getg()).m).locks == 0 {
                // Direct G handoff: readyWithTime put the waiter in runnext;
                // yield so it runs now and inherits our time slice.
                goyield();
            }
        }
    }
}

// ---------------------------------------------------------------------------
// notifyList: ticket-based notification for sync.Cond.

/// Go's notifyList layout: {wait atomic.Uint32; notify uint32; lock mutex
/// (8 bytes); head, tail *sudog}.
#[repr(C)]
pub struct NotifyList {
    /// Ticket of the next waiter (atomic).
    pub wait: AtomicU32,
    /// Ticket of the next waiter to notify (written under lock, read
    /// atomically).
    pub notify: AtomicU32,
    pub lock: Mutex,
    pub _pad: u32,
    pub head: *mut Sudog,
    pub tail: *mut Sudog,
}

/// less checks if a < b, considering a & b running counts that may overflow
/// the 32-bit range, and that their "unwrapped" difference is always less
/// than 2^31.
fn less(a: u32, b: u32) -> bool {
    (a.wrapping_sub(b) as i32) < 0
}

/// notifyListAdd adds the caller to a notify list such that it can receive
/// notifications. The caller must eventually call notifyListWait.
pub fn notify_list_add(l: &NotifyList) -> u32 {
    l.wait.fetch_add(1, SeqCst)
}

/// notifyListWait waits for a notification. If one has been sent since
/// notifyListAdd was called, it returns immediately.
pub fn notify_list_wait(l: *mut NotifyList, t: u32) {
    unsafe {
        (*l).lock.lock();
        // Return right away if this ticket has already been notified.
        if less(t, (*l).notify.load(SeqCst)) {
            (*l).lock.unlock();
            return;
        }
        let s = crate::chan::acquire_sudog();
        (*s).g = getg();
        (*s).ticket = t;
        if (*l).tail.is_null() {
            (*l).head = s;
        } else {
            (*(*l).tail).next = s;
        }
        (*l).tail = s;
        goparkunlock(&(*l).lock, WaitReason::SyncCondWait);
        crate::chan::release_sudog(s);
    }
}

/// notifyListNotifyAll notifies all entries in the list.
pub fn notify_list_notify_all(l: *mut NotifyList) {
    unsafe {
        // Fast-path: if there are no new waiters since the last
        // notification we don't need to acquire the lock.
        if (*l).wait.load(SeqCst) == (*l).notify.load(SeqCst) {
            return;
        }
        // Pull the list out into a local variable, waiters will be readied
        // outside the lock.
        (*l).lock.lock();
        let mut s = (*l).head;
        (*l).head = null_mut();
        (*l).tail = null_mut();
        // Update the next ticket to be notified. We can set it to the
        // current value of wait because any previous waiters are already in
        // the list or will notice that they have already been notified when
        // trying to add themselves to the list.
        (*l).notify.store((*l).wait.load(SeqCst), SeqCst);
        (*l).lock.unlock();
        while !s.is_null() {
            let next = (*s).next;
            (*s).next = null_mut();
            goready((*s).g);
            s = next;
        }
    }
}

/// notifyListNotifyOne notifies one entry in the list.
pub fn notify_list_notify_one(l: *mut NotifyList) {
    unsafe {
        if (*l).wait.load(SeqCst) == (*l).notify.load(SeqCst) {
            return;
        }
        (*l).lock.lock();
        // Re-check under the lock if we need to do anything.
        let t = (*l).notify.load(SeqCst);
        if t == (*l).wait.load(SeqCst) {
            (*l).lock.unlock();
            return;
        }
        // Update the next notify ticket number.
        (*l).notify.store(t.wrapping_add(1), SeqCst);
        // Try to find the g that needs to be notified. If it hasn't made it
        // to the list yet we won't find it, but it won't park itself once it
        // sees the new notify number.
        let mut p: *mut Sudog = null_mut();
        let mut s = (*l).head;
        while !s.is_null() {
            if (*s).ticket == t {
                let n = (*s).next;
                if !p.is_null() {
                    (*p).next = n;
                } else {
                    (*l).head = n;
                }
                if n.is_null() {
                    (*l).tail = p;
                }
                (*l).lock.unlock();
                (*s).next = null_mut();
                goready((*s).g);
                return;
            }
            p = s;
            s = (*s).next;
        }
        (*l).lock.unlock();
    }
}
