//! Goroutine spawn + exit (bench/runtime/spawn.go).
use gorun_runtime::sync::WaitGroup;
use gorun_runtime::testutil::*;
use gorun_runtime::*;

fn main() {
    run(|g| {
        let n: i64 = std::env::args()
            .nth(1)
            .and_then(|s| s.parse().ok())
            .unwrap_or(1_000_000);
        let wg = leak_zeroed::<WaitGroup>();
        gorun_waitgroup_add(g, wg, n);
        for _ in 0..n {
            stack_check(g, 0); // the loop back-edge check compiled code has
            go(g, move |g| gorun_waitgroup_done(g, wg));
        }
        gorun_waitgroup_wait(g, wg);
        println!("ok");
    })
}
