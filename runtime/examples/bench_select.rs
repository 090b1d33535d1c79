//! select over two channels (bench/runtime/select.go).
use gorun_runtime::testutil::*;

fn main() {
    run(|g| {
        let n: u64 = std::env::args()
            .nth(1)
            .and_then(|s| s.parse().ok())
            .unwrap_or(1_000_000);
        let a = Chan::<u64>::new(g, 0);
        let b = Chan::<u64>::new(g, 0);
        for c in [a, b] {
            go(g, move |g| {
                for i in 0..n {
                    c.send(g, i);
                }
            });
        }
        let mut s = 0u64;
        let mut x = 0u64;
        let mut y = 0u64;
        for _ in 0..2 * n {
            let (i, _) = select_(
                g,
                &mut [Case::Recv(a.c, &mut x), Case::Recv(b.c, &mut y)],
                true,
            );
            s += if i == 0 { x } else { y };
        }
        println!("ok {}", s);
    })
}
