//! A P's local run queue: a bounded lock-free ring plus the `runnext` slot,
//! as Go's `runqput`/`runqget`/`runqgrab`/`runqsteal`.
//!
//! Invariants:
//! - Only the owner P writes `tail` and the ring slots (`put`, and
//!   `steal_from` into its own ring); anyone may advance `head` with a CAS
//!   (the owner's `get`, thieves' `grab`). So a slot is rewritten only after
//!   every reader that might still read it has failed or won its CAS on head.
//! - `tail - head` never exceeds N. A thief takes half (rounded up) of the
//!   queue in one CAS; `runnext` is only stolen on the last round, after a
//!   short pause if the victim is running (it is about to run it).
//! - A full queue spills half of itself plus the new G to the global queue
//!   in one batch (`runqputslow`), so `put` never fails.
//! - Slots are atomics (relaxed) because a thief may read a slot the owner is
//!   rewriting; its CAS on head then fails and the value is discarded.
//!
//! The type is generic so loom can check it exhaustively (tests/loom_runq.rs,
//! `RUSTFLAGS="--cfg loom"`).

#[cfg(loom)]
use loom::sync::atomic::{AtomicPtr, AtomicU32};
use std::ptr::null_mut;
use std::sync::atomic::Ordering::{AcqRel, Acquire, Relaxed, Release};
#[cfg(not(loom))]
use std::sync::atomic::{AtomicPtr, AtomicU32};

pub const MAX_BATCH: usize = 129;

/// Gs moved to the global queue by a spill: `items[..n]`, oldest first.
pub struct Batch<T> {
    pub items: [*mut T; MAX_BATCH],
    pub n: usize,
}

pub struct RunQueue<T, const N: usize> {
    head: AtomicU32,
    tail: AtomicU32,
    buf: [AtomicPtr<T>; N],
    runnext: AtomicPtr<T>,
}

fn fatal(msg: &'static str) -> ! {
    #[cfg(loom)]
    panic!("{}", msg);
    #[cfg(not(loom))]
    crate::panic::throw(msg)
}

impl<T, const N: usize> Default for RunQueue<T, N> {
    fn default() -> Self {
        Self::new()
    }
}

impl<T, const N: usize> RunQueue<T, N> {
    pub fn new() -> Self {
        assert!(N.is_power_of_two() && N / 2 < MAX_BATCH);
        RunQueue {
            head: AtomicU32::new(0),
            tail: AtomicU32::new(0),
            buf: std::array::from_fn(|_| AtomicPtr::new(null_mut())),
            runnext: AtomicPtr::new(null_mut()),
        }
    }

    /// runqput: owner only. With `next`, gp goes to runnext and the G that
    /// was there is kicked out to the tail. Returns a batch to put on the
    /// global queue when the ring was full.
    pub fn put(&self, mut gp: *mut T, next: bool) -> Option<Batch<T>> {
        if next {
            let old = self.runnext.swap(gp, AcqRel);
            if old.is_null() {
                return None;
            }
            // Kick the old runnext out to the regular run queue.
            gp = old;
        }
        loop {
            let h = self.head.load(Acquire); // synchronize with consumers
            let t = self.tail.load(Relaxed);
            if (t.wrapping_sub(h) as usize) < N {
                self.buf[t as usize % N].store(gp, Relaxed);
                self.tail.store(t.wrapping_add(1), Release); // makes the item available
                return None;
            }
            if let Some(b) = self.putslow(gp, h, t) {
                return Some(b);
            }
            // The queue is not full, now the put above must succeed.
        }
    }

    fn putslow(&self, gp: *mut T, h: u32, t: u32) -> Option<Batch<T>> {
        let n = (t.wrapping_sub(h) / 2) as usize;
        if n != N / 2 {
            fatal("runqputslow: queue is not full");
        }
        let mut b = Batch {
            items: [null_mut(); MAX_BATCH],
            n: n + 1,
        };
        for i in 0..n {
            b.items[i] = self.buf[(h as usize + i) % N].load(Relaxed);
        }
        if self
            .head
            .compare_exchange(h, h.wrapping_add(n as u32), AcqRel, Relaxed)
            .is_err()
        {
            return None;
        }
        b.items[n] = gp;
        Some(b)
    }

    /// runqget: owner only. Returns (gp, inheritTime): a G from runnext
    /// inherits the time slice.
    pub fn get(&self) -> (*mut T, bool) {
        // If there's a runnext, it's the next G to run.
        let next = self.runnext.load(Acquire);
        // If the runnext is non-0 and the CAS fails, it could only have been
        // stolen by another P, because other Ps can race to set runnext to 0,
        // but only the current P can set it to non-0.
        if !next.is_null()
            && self
                .runnext
                .compare_exchange(next, null_mut(), AcqRel, Relaxed)
                .is_ok()
        {
            return (next, true);
        }
        loop {
            let h = self.head.load(Acquire); // synchronize with other consumers
            let t = self.tail.load(Relaxed);
            if t == h {
                return (null_mut(), false);
            }
            let gp = self.buf[h as usize % N].load(Relaxed);
            if self
                .head
                .compare_exchange(h, h.wrapping_add(1), AcqRel, Relaxed)
                .is_ok()
            {
                return (gp, false);
            }
        }
    }

    /// runqgrab: grabs half of this queue into `into`'s ring starting at
    /// `into_head`. Can be executed by any P. Returns the number grabbed.
    fn grab(
        &self,
        into: &Self,
        into_head: u32,
        steal_runnext: bool,
        pause: &mut dyn FnMut(),
    ) -> u32 {
        loop {
            let h = self.head.load(Acquire); // synchronize with other consumers
            let t = self.tail.load(Acquire); // synchronize with the producer
            let mut n = t.wrapping_sub(h);
            n -= n / 2;
            if n == 0 {
                if steal_runnext {
                    // Try to steal from runnext.
                    let next = self.runnext.load(Acquire);
                    if !next.is_null() {
                        // Sleep to ensure that the owner is not about to run
                        // the G we are about to steal: a G readied into
                        // runnext is usually run right away by its P.
                        pause();
                        if self
                            .runnext
                            .compare_exchange(next, null_mut(), AcqRel, Relaxed)
                            .is_err()
                        {
                            continue;
                        }
                        into.buf[into_head as usize % N].store(next, Relaxed);
                        return 1;
                    }
                }
                return 0;
            }
            if n as usize > N / 2 {
                // Read inconsistent h and t.
                continue;
            }
            for i in 0..n {
                let g = self.buf[(h.wrapping_add(i)) as usize % N].load(Relaxed);
                into.buf[(into_head.wrapping_add(i)) as usize % N].store(g, Relaxed);
            }
            if self
                .head
                .compare_exchange(h, h.wrapping_add(n), AcqRel, Relaxed)
                .is_ok()
            {
                return n;
            }
        }
    }

    /// runqsteal: steals half of victim's Gs into this (the thief's own)
    /// queue and returns one of them.
    pub fn steal_from(
        &self,
        victim: &Self,
        steal_runnext: bool,
        mut pause: impl FnMut(),
    ) -> *mut T {
        let t = self.tail.load(Relaxed);
        let mut n = victim.grab(self, t, steal_runnext, &mut pause);
        if n == 0 {
            return null_mut();
        }
        n -= 1;
        let gp = self.buf[(t.wrapping_add(n)) as usize % N].load(Relaxed);
        if n == 0 {
            return gp;
        }
        let h = self.head.load(Acquire);
        if (t.wrapping_sub(h).wrapping_add(n)) as usize >= N {
            fatal("runqsteal: runq overflow");
        }
        self.tail.store(t.wrapping_add(n), Release); // makes the items available
        gp
    }

    /// runqempty: whether there is nothing in the ring nor in runnext,
    /// from a consistent snapshot.
    pub fn is_empty(&self) -> bool {
        // Defend against a race where 1) the queue has one G in runnext and
        // nothing in the ring, 2) runqget takes runnext, 3) runqput puts a G
        // in the ring: a naive reader could see head == tail and runnext == 0.
        loop {
            let head = self.head.load(Acquire);
            let tail = self.tail.load(Acquire);
            let runnext = self.runnext.load(Acquire);
            if tail == self.tail.load(Acquire) {
                return head == tail && runnext.is_null();
            }
        }
    }

    pub fn len(&self) -> u32 {
        let h = self.head.load(Acquire);
        let t = self.tail.load(Acquire);
        t.wrapping_sub(h)
    }

    pub fn has_runnext(&self) -> bool {
        !self.runnext.load(Acquire).is_null()
    }

    /// Takes runnext (owner only, or with the world stopped).
    pub fn take_runnext(&self) -> *mut T {
        self.runnext.swap(null_mut(), AcqRel)
    }
}
