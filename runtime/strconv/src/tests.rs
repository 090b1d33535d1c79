//! The crate against the real Go: `testdata/*.txt` are written by
//! `testdata/gen.go` (run with the reference toolchain, see its header),
//! never by hand.

use super::*;

fn unhex(s: &str) -> Vec<u8> {
    (0..s.len() / 2)
        .map(|i| u8::from_str_radix(&s[2 * i..2 * i + 2], 16).unwrap())
        .collect()
}

fn err_name(e: Option<NumErr>) -> &'static str {
    match e {
        None => "ok",
        Some(NumErr::Syntax) => "syntax",
        Some(NumErr::Range) => "range",
        Some(NumErr::Base) => "base",
        Some(NumErr::BitSize) => "bitsize",
    }
}

/// Collects mismatches and fails with the first few.
struct Report {
    cases: usize,
    failures: Vec<String>,
}

impl Report {
    fn new() -> Report {
        Report {
            cases: 0,
            failures: Vec::new(),
        }
    }
    fn check(&mut self, what: impl FnOnce() -> String, got: &str, want: &str) {
        self.cases += 1;
        if got != want {
            self.failures
                .push(format!("{}: want {want:?}, got {got:?}", what()));
        }
    }
    fn finish(self, min_cases: usize) {
        assert!(self.cases >= min_cases, "too few cases: {}", self.cases);
        if !self.failures.is_empty() {
            let shown: Vec<_> = self.failures.iter().take(30).cloned().collect();
            panic!(
                "{} of {} cases differ from Go:\n{}",
                self.failures.len(),
                self.cases,
                shown.join("\n")
            );
        }
    }
}

#[test]
fn shortest_form_matches_go_including_ties() {
    let mut r = Report::new();
    for line in include_str!("../testdata/shortest.txt").lines() {
        let (args, want) = line.split_once('\t').unwrap();
        let a: Vec<&str> = args.split(' ').collect();
        let bits = u64::from_str_radix(a[0], 16).unwrap();
        let fmt = a[1].as_bytes()[0];
        let size: u32 = a[2].parse().unwrap();
        let got = format_float(f64::from_bits(bits), fmt, -1, size);
        r.check(|| args.to_string(), &got, want);
    }
    r.finish(14_000);
}

#[test]
fn parse_float_and_complex_match_go() {
    let mut r = Report::new();
    for line in include_str!("../testdata/parse.txt").lines() {
        let (args, want) = line.split_once('\t').unwrap();
        let (input, size) = args.split_once(' ').unwrap();
        let size: i64 = size.parse().unwrap();
        let got = if let Some(h) = input.strip_prefix('c') {
            let ((re, im), err) = parse_complex(&unhex(h), size);
            format!(
                "{:016x} {:016x} {}",
                re.to_bits(),
                im.to_bits(),
                err_name(err)
            )
        } else {
            let (f, err) = parse_float(&unhex(input), size);
            format!("{:016x} {}", f.to_bits(), err_name(err))
        };
        r.check(
            || String::from_utf8_lossy(&unhex(input.trim_start_matches('c'))).into_owned(),
            &got,
            want,
        );
    }
    r.finish(3000);
}

#[test]
fn parse_int_uint_atoi_match_go() {
    let mut r = Report::new();
    for line in include_str!("../testdata/int.txt").lines() {
        let (args, want) = line.split_once('\t').unwrap();
        let a: Vec<&str> = args.split(' ').collect();
        let base: i64 = a[1].parse().unwrap();
        let bits: i64 = a[2].parse().unwrap();
        let s = unhex(a.get(3).copied().unwrap_or(""));
        let got = match a[0] {
            "i" => match parse_int(&s, base, bits) {
                Ok(v) => format!("{v} ok"),
                Err((v, e)) => format!("{v} {}", err_name(Some(e))),
            },
            "u" => match parse_uint(&s, base, bits) {
                Ok(v) => format!("{v} ok"),
                Err((v, e)) => format!("{v} {}", err_name(Some(e))),
            },
            _ => match atoi(&s) {
                Ok(v) => format!("{v} ok"),
                Err((v, e)) => format!("{v} {}", err_name(Some(e))),
            },
        };
        r.check(|| args.to_string(), &got, want);
    }
    r.finish(13_000);
}

fn hex(b: &[u8]) -> String {
    b.iter().map(|c| format!("{c:02x}")).collect()
}

#[test]
fn quoting_and_unquoting_match_go() {
    let mut r = Report::new();
    for line in include_str!("../testdata/quote.txt").lines() {
        let (args, want) = line.split_once('\t').unwrap();
        let (func, input) = args.split_once(' ').unwrap();
        let s = if func.starts_with("QuoteRune") {
            Vec::new()
        } else {
            unhex(input)
        };
        let rune = || input.parse::<i64>().unwrap();
        let mut out = Vec::new();
        let got = match func {
            "Quote" | "QuoteToASCII" | "QuoteToGraphic" => {
                let mode = match func {
                    "Quote" => QuoteMode::Print,
                    "QuoteToASCII" => QuoteMode::Ascii,
                    _ => QuoteMode::Graphic,
                };
                append_quoted(&mut out, &s, b'"', mode);
                hex(&out)
            }
            "QuoteRune" | "QuoteRuneToASCII" | "QuoteRuneToGraphic" => {
                let mode = match func {
                    "QuoteRune" => QuoteMode::Print,
                    "QuoteRuneToASCII" => QuoteMode::Ascii,
                    _ => QuoteMode::Graphic,
                };
                append_quoted_rune(&mut out, rune(), b'\'', mode);
                hex(&out)
            }
            "CanBackquote" => hex(can_backquote(&s).to_string().as_bytes()),
            "Unquote" => unquote(&s).map_or("err".into(), |u| hex(&u)),
            "QuotedPrefix" => unquote_prefix(&s, false).map_or("err".into(), |(u, _)| hex(&u)),
            _ => panic!("unknown function {func}"),
        };
        r.check(|| args.to_string(), &got, want);
    }
    r.finish(3000);
}

#[test]
fn is_print_and_is_graphic_match_go_on_every_rune() {
    let mut want = String::new();
    let mut got = String::new();
    for line in include_str!("../testdata/print.txt").lines() {
        want.push_str(line);
        want.push('\n');
    }
    for (name, f) in [
        ("IsPrint", is_print as fn(u32) -> bool),
        ("IsGraphic", is_graphic),
    ] {
        let mut start: Option<u32> = None;
        for r in 0..=0x110000u32 {
            let inside = r < 0x110000 && f(r);
            match (inside, start) {
                (true, None) => start = Some(r),
                (false, Some(s)) => {
                    got.push_str(&format!("{name} {s:x} {:x}\n", r - 1));
                    start = None;
                }
                _ => {}
            }
        }
    }
    assert!(got == want, "IsPrint/IsGraphic ranges differ from Go");
}

#[test]
fn fixed_buffers_do_not_allocate_and_cut_long_text() {
    let mut buf = [0u8; 24];
    let n = format_float_to(&mut buf, -f64::MIN_POSITIVE, b'g', -1, 64);
    assert_eq!(&buf[..n], b"-2.2250738585072014e-308");
    let mut small = [0u8; 4];
    let n = format_float_to(&mut small, 0.1, b'f', 10, 64);
    assert_eq!((n, &small), (12, b"0.10"));
}

#[test]
fn format_int_in_every_base() {
    let mut out = Vec::new();
    append_int(&mut out, i64::MIN, 2);
    assert_eq!(out, format!("-1{}", "0".repeat(63)).as_bytes());
    out.clear();
    append_uint(&mut out, u64::MAX, 36, false);
    assert_eq!(out, b"3w5e11264sgsf");
    out.clear();
    append_int(&mut out, -255, 16);
    assert_eq!(out, b"-ff");
}

#[test]
fn complex_gets_a_sign_on_its_imaginary_part() {
    let mut out = Vec::new();
    append_complex(&mut out, 1.5, 2.0, b'g', -1, 128);
    assert_eq!(out, b"(1.5+2i)");
    out.clear();
    append_complex(&mut out, f64::NAN, f64::INFINITY, b'g', -1, 64);
    assert_eq!(out, b"(NaN+Infi)");
    out.clear();
    append_complex(&mut out, 0.0, -0.1, b'e', 2, 128);
    assert_eq!(out, b"(0.00e+00-1.00e-01i)");
    out.clear();
    append_complex(&mut out, -0.0, -0.0, b'g', -1, 128);
    assert_eq!(out, b"(-0-0i)");
    out.clear();
    append_complex(&mut out, 1.0, f64::NEG_INFINITY, b'g', -1, 128);
    assert_eq!(out, b"(1-Infi)");
    let mut buf = [0u8; 51];
    let n = format_complex_to(&mut buf, 1e300, -2.5e-300, b'g', -1, 128);
    assert_eq!(&buf[..n], b"(1e+300-2.5e-300i)");
}
