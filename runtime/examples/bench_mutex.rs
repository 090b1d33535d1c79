//! Contended sync.Mutex (bench/runtime/mutex.go).
use gorun_runtime::sync::{Mutex, WaitGroup};
use gorun_runtime::testutil::*;
use gorun_runtime::*;

static mut COUNT: u64 = 0;

fn main() {
    run(|g| {
        let n: u64 = std::env::args()
            .nth(1)
            .and_then(|s| s.parse().ok())
            .unwrap_or(1_000_000);
        let mu = leak_zeroed::<Mutex>();
        let wg = leak_zeroed::<WaitGroup>();
        for _ in 0..8 {
            gorun_waitgroup_add(g, wg, 1);
            go(g, move |g| {
                for _ in 0..n {
                    gorun_mutex_lock(g, mu);
                    unsafe { COUNT += 1 };
                    gorun_mutex_unlock(g, mu);
                }
                gorun_waitgroup_done(g, wg);
            });
        }
        gorun_waitgroup_wait(g, wg);
        println!("ok {}", unsafe { COUNT });
    })
}
