//! `format_float` against strconv.FormatFloat from the real Go.
//!
//! `src/constant/testdata/format.txt` is produced by `gen_format.go` in the
//! same directory: edge cases (ties, denormals, extremes, every format and
//! many precisions, float32 and float64) and random values.

use gorun_frontend::constant::format_float;

const FORMAT: &str = include_str!("../src/constant/testdata/format.txt");

#[test]
fn format_float_matches_strconv() {
    let mut failures = Vec::new();
    let mut cases = 0;
    for (n, line) in FORMAT.lines().enumerate() {
        let (args, want) = line.split_once('\t').expect("tab");
        let mut a = args.split(' ');
        let bits = u64::from_str_radix(a.next().unwrap(), 16).unwrap();
        let fmt = a.next().unwrap().as_bytes()[0];
        let prec: i32 = a.next().unwrap().parse().unwrap();
        let bitsize: u32 = a.next().unwrap().parse().unwrap();
        let got = format_float(f64::from_bits(bits), fmt, prec, bitsize);
        cases += 1;
        if got != want {
            failures.push(format!(
                "line {}: {:e} ({bits:016x}) {} {prec} {bitsize}: want {want}, got {got}",
                n + 1,
                f64::from_bits(bits),
                fmt as char
            ));
        }
    }
    assert!(cases > 10_000, "too few cases: {cases}");
    if !failures.is_empty() {
        let shown: Vec<_> = failures.iter().take(40).cloned().collect();
        panic!(
            "{} of {cases} cases differ from strconv:\n{}",
            failures.len(),
            shown.join("\n")
        );
    }
}
