//! Shortest-float formatting speed, to compare with Go's
//! (`bench_ftoa.go` beside this file does the same work):
//!
//!     cargo run --release -p gorun-strconv --example bench_ftoa
//!     goref go run runtime/strconv/examples/bench_ftoa.go

use std::time::Instant;

fn main() {
    // The same pseudo-random bit patterns as bench_ftoa.go (xorshift64).
    let mut x: u64 = 88172645463325252;
    let mut vals = Vec::with_capacity(1 << 20);
    while vals.len() < 1 << 20 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let f = f64::from_bits(x);
        if f.is_finite() {
            vals.push(f);
        }
    }
    let mut buf = [0u8; 32];
    let mut total = 0usize;
    let start = Instant::now();
    for _ in 0..4 {
        for &f in &vals {
            total += gorun_strconv::format_float_to(&mut buf, f, b'g', -1, 64);
        }
    }
    let el = start.elapsed();
    println!(
        "shortest %g float64: {:.1} ns/op ({total} bytes)",
        el.as_nanos() as f64 / (4 * vals.len()) as f64
    );
    let start = Instant::now();
    total = 0;
    for &f in &vals {
        total += gorun_strconv::format_float_to(&mut buf, f, b'e', 15, 64);
    }
    let el = start.elapsed();
    println!(
        "%.15e float64: {:.1} ns/op ({total} bytes)",
        el.as_nanos() as f64 / vals.len() as f64
    );
}
