//! One million goroutines parked on one channel, then released and joined
//! (bench/runtime/million.go is the same program in Go).
use gorun_runtime::sync::WaitGroup;
use gorun_runtime::testutil::*;
use gorun_runtime::*;

fn main() {
    run(|g| {
        let n: i64 = std::env::args()
            .nth(1)
            .and_then(|s| s.parse().ok())
            .unwrap_or(1_000_000);
        let t0 = gorun_nanotime(g);
        let c = Chan::<u64>::new(g, 0);
        let wg = leak_zeroed::<WaitGroup>();
        gorun_waitgroup_add(g, wg, n);
        for _ in 0..n {
            stack_check(g, 0); // the loop back-edge check compiled code has
            go(g, move |g| {
                c.recv(g);
                gorun_waitgroup_done(g, wg);
            });
        }
        let t1 = gorun_nanotime(g);
        while gorun_numgoroutine(g) < n + 1 {
            gorun_sleep(g, MS);
        }
        let t2 = gorun_nanotime(g);
        c.close(g);
        gorun_waitgroup_wait(g, wg);
        let t3 = gorun_nanotime(g);
        eprintln!(
            "spawn {:.3}s parked {:.3}s release+join {:.3}s",
            (t1 - t0) as f64 / 1e9,
            (t2 - t1) as f64 / 1e9,
            (t3 - t2) as f64 / 1e9
        );
        println!("ok");
    })
}
