//! Unbuffered ping-pong (bench/runtime/pingpong.go).
use gorun_runtime::testutil::*;

fn main() {
    run(|g| {
        let n: u64 = std::env::args()
            .nth(1)
            .and_then(|s| s.parse().ok())
            .unwrap_or(1_000_000);
        let ping = Chan::<u64>::new(g, 0);
        let pong = Chan::<u64>::new(g, 0);
        go(g, move |g| {
            while let Some(v) = ping.recv(g) {
                pong.send(g, v + 1);
            }
        });
        let mut v = 0;
        for _ in 0..n {
            ping.send(g, v);
            v = pong.recv(g).unwrap();
        }
        ping.close(g);
        println!("ok {}", v);
    })
}
