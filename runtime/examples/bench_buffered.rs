//! Buffered channel throughput (bench/runtime/buffered.go).
use gorun_runtime::testutil::*;

fn main() {
    run(|g| {
        let n: u64 = std::env::args()
            .nth(1)
            .and_then(|s| s.parse().ok())
            .unwrap_or(10_000_000);
        let c = Chan::<u64>::new(g, 128);
        go(g, move |g| {
            for i in 0..n {
                c.send(g, i);
            }
            c.close(g);
        });
        let mut s = 0u64;
        while let Some(v) = c.recv(g) {
            s += v;
        }
        println!("ok {}", s);
    })
}
