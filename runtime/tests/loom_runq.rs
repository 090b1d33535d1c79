//! Exhaustive interleaving checks with loom (run with
//! `RUSTFLAGS="--cfg loom" cargo test --release --test loom_runq`):
//! - the real lock-free run queue (`runq.rs`): every G put is taken exactly
//!   once, whatever the interleaving of the owner (put/get, runnext, spill to
//!   the global queue) and a thief (steal half, runnext);
//! - the wakeup protocols the scheduler relies on, with the same orderings:
//!   a spinning M that drops `nmspinning` and then re-checks the queues never
//!   misses work submitted concurrently (or the submitter wakes an M); a
//!   semaphore waiter that bumps `nwait` then re-checks the count never
//!   misses a release.
//!
//! loom models SeqCst accesses as AcqRel, so the #StoreLoad edges the
//! runtime gets from SeqCst read-modify-writes (lock-prefixed on x86) and
//! from wakep's fence are written as explicit `fence(SeqCst)` here.
#![cfg(loom)]

use gorun_runtime::runq::RunQueue;
use loom::sync::Arc;
use loom::sync::atomic::{AtomicI32, AtomicU32, Ordering::SeqCst, fence};
use loom::thread;

fn item(i: usize) -> *mut u8 {
    i as *mut u8
}

struct Q(RunQueue<u8, 4>);
unsafe impl Send for Q {}
unsafe impl Sync for Q {}

fn record(seen: &mut Vec<usize>, p: *mut u8) {
    if !p.is_null() {
        seen.push(p as usize);
    }
}

#[test]
fn steal_while_owner_puts_and_gets() {
    loom::model(|| {
        let owner = Arc::new(Q(RunQueue::new()));
        let thief = Arc::new(Q(RunQueue::new()));
        let (o2, t2) = (owner.clone(), thief.clone());
        let h = thief::spawn(o2, t2);
        let mut seen = Vec::new();
        for i in 1..=3 {
            assert!(owner.0.put(item(i), false).is_none());
        }
        let (g, _) = owner.0.get();
        record(&mut seen, g);
        let mut stolen = h.join().unwrap();
        loop {
            let (g, _) = owner.0.get();
            if g.is_null() {
                break;
            }
            record(&mut seen, g);
        }
        seen.append(&mut stolen);
        seen.sort();
        assert_eq!(seen, vec![1, 2, 3]);
    });
}

mod thief {
    use super::*;
    pub fn spawn(victim: Arc<Q>, me: Arc<Q>) -> thread::JoinHandle<Vec<usize>> {
        thread::spawn(move || {
            let mut got = Vec::new();
            let g = me.0.steal_from(&victim.0, true, || {});
            record(&mut got, g);
            loop {
                let (g, _) = me.0.get();
                if g.is_null() {
                    break;
                }
                record(&mut got, g);
            }
            got
        })
    }
}

#[test]
fn runnext_is_taken_once() {
    loom::model(|| {
        let owner = Arc::new(Q(RunQueue::new()));
        let thief = Arc::new(Q(RunQueue::new()));
        let h = thief::spawn(owner.clone(), thief.clone());
        // 1 goes to runnext, then 2 kicks it out to the ring.
        assert!(owner.0.put(item(1), true).is_none());
        assert!(owner.0.put(item(2), true).is_none());
        let mut seen = Vec::new();
        loop {
            let (g, _) = owner.0.get();
            if g.is_null() {
                break;
            }
            record(&mut seen, g);
        }
        seen.append(&mut h.join().unwrap());
        seen.sort();
        assert_eq!(seen, vec![1, 2]);
    });
}

#[test]
fn full_queue_spills_half_exactly_once() {
    loom::model(|| {
        let owner = Arc::new(Q(RunQueue::new()));
        let thief = Arc::new(Q(RunQueue::new()));
        for i in 1..=4 {
            assert!(owner.0.put(item(i), false).is_none());
        }
        let h = thief::spawn(owner.clone(), thief.clone());
        let mut seen = Vec::new();
        // The fifth put finds the ring full unless the thief took some.
        if let Some(b) = owner.0.put(item(5), false) {
            for &p in &b.items[..b.n] {
                record(&mut seen, p);
            }
        }
        loop {
            let (g, _) = owner.0.get();
            if g.is_null() {
                break;
            }
            record(&mut seen, g);
        }
        seen.append(&mut h.join().unwrap());
        seen.sort();
        assert_eq!(seen, vec![1, 2, 3, 4, 5]);
    });
}

/// findrunnable's "drop nmspinning, then re-check" against wakep's
/// "publish work, then check nmspinning".
#[test]
fn spinning_m_going_idle_never_loses_work() {
    loom::model(|| {
        let q = Arc::new(Q(RunQueue::new()));
        let nmspinning = Arc::new(AtomicI32::new(1)); // the worker spins
        let woken = Arc::new(AtomicU32::new(0));
        let (q2, n2, w2) = (q.clone(), nmspinning.clone(), woken.clone());
        // Submitter (another P readying a G): runqput, then wakep.
        let sub = thread::spawn(move || {
            assert!(q2.0.put(item(1), false).is_none());
            fence(SeqCst); // wakep's #StoreLoad barrier
            if n2.load(SeqCst) == 0 && n2.compare_exchange(0, 1, SeqCst, SeqCst).is_ok() {
                w2.store(1, SeqCst);
            }
        });
        // Worker: found nothing, drops spinning, then re-checks the queues.
        let mut found = !q.0.is_empty();
        if !found {
            nmspinning.fetch_sub(1, SeqCst);
            fence(SeqCst); // the RMW's barrier (loom models SeqCst as AcqRel)
            found = !q.0.is_empty();
        }
        sub.join().unwrap();
        assert!(
            found || woken.load(SeqCst) == 1,
            "work submitted but nobody will run it"
        );
    });
}

/// semacquire's "nwait++, re-check count" against semrelease's "count++,
/// check nwait".
#[test]
fn semaphore_waiter_never_misses_a_release() {
    loom::model(|| {
        let count = Arc::new(AtomicU32::new(0));
        let nwait = Arc::new(AtomicU32::new(0));
        let signalled = Arc::new(AtomicU32::new(0));
        let (c2, n2, s2) = (count.clone(), nwait.clone(), signalled.clone());
        let rel = thread::spawn(move || {
            c2.fetch_add(1, SeqCst);
            fence(SeqCst); // the xadd's barrier (loom models SeqCst as AcqRel)
            if n2.load(SeqCst) != 0 {
                s2.store(1, SeqCst); // would dequeue and ready the waiter
            }
        });
        let cansemacquire = |c: &AtomicU32| {
            let v = c.load(SeqCst);
            v > 0 && c.compare_exchange(v, v - 1, SeqCst, SeqCst).is_ok()
        };
        let mut got = cansemacquire(&count);
        let mut parked = false;
        if !got {
            nwait.fetch_add(1, SeqCst);
            fence(SeqCst);
            got = cansemacquire(&count);
            parked = !got;
        }
        rel.join().unwrap();
        assert!(
            !parked || signalled.load(SeqCst) == 1,
            "waiter parked and nobody will wake it"
        );
    });
}
