//! The run queue under real threads (the loom model in loom_runq.rs checks
//! small cases exhaustively; this one checks volume): an owner putting and
//! getting, with runnext and spills, against two thieves. Every item is
//! taken exactly once.
#![cfg(not(loom))]

use gorun_runtime::runq::RunQueue;
use std::sync::atomic::{AtomicBool, AtomicU8, Ordering::SeqCst};

struct Q(RunQueue<u8, 256>);
unsafe impl Sync for Q {}

#[test]
fn every_item_is_taken_exactly_once() {
    const N: usize = 400_000;
    let owner = Q(RunQueue::new());
    let thieves = [Q(RunQueue::new()), Q(RunQueue::new())];
    let seen: Vec<AtomicU8> = (0..=N).map(|_| AtomicU8::new(0)).collect();
    let done = AtomicBool::new(false);
    let take = |p: *mut u8| {
        if !p.is_null() {
            assert_eq!(
                seen[p as usize].fetch_add(1, SeqCst),
                0,
                "item {} taken twice",
                p as usize
            );
        }
    };
    std::thread::scope(|s| {
        for t in &thieves {
            s.spawn(|| {
                while !done.load(SeqCst) {
                    take(t.0.steal_from(&owner.0, true, std::thread::yield_now));
                    loop {
                        let (g, _) = t.0.get();
                        if g.is_null() {
                            break;
                        }
                        take(g);
                    }
                }
            });
        }
        for i in 1..=N {
            if let Some(b) = owner.0.put(i as *mut u8, i % 3 == 0) {
                for &p in &b.items[..b.n] {
                    take(p);
                }
            }
            if i % 5 == 0 {
                take(owner.0.get().0);
            }
        }
        loop {
            let (g, _) = owner.0.get();
            if g.is_null() {
                break;
            }
            take(g);
        }
        done.store(true, SeqCst);
    });
    for t in &thieves {
        loop {
            let (g, _) = t.0.get();
            if g.is_null() {
                break;
            }
            take(g);
        }
    }
    let missing = (1..=N).filter(|&i| seen[i].load(SeqCst) != 1).count();
    assert_eq!(missing, 0, "items lost");
}
