//! strconv's natives through their `extern "C"` entry points, against the
//! real Go's results: the data of `runtime/strconv/testdata` (written by
//! its gen.go) and of `frontend/src/constant/testdata/format.txt` (written
//! by gen_format.go), replayed through the calling convention.

use gorun_runtime::runtime2::G;
use gorun_runtime::types::{GoSlice, GoString};
use gorun_stdlib::native::native;

fn code(name: &str) -> *const u8 {
    native(name)
        .unwrap_or_else(|| panic!("no native {name}"))
        .code
}

fn unhex(s: &str) -> Vec<u8> {
    (0..s.len() / 2)
        .map(|i| u8::from_str_radix(&s[2 * i..2 * i + 2], 16).unwrap())
        .collect()
}

fn hex(b: &[u8]) -> String {
    b.iter().map(|c| format!("{c:02x}")).collect()
}

/// The Go bodies' error codes, named as the data files name them.
fn err_name(code: u64) -> &'static str {
    ["ok", "syntax", "range", "base", "bitsize"][code as usize]
}

fn g() -> *mut G {
    std::ptr::null_mut()
}

#[repr(C)]
struct Pair(u64, u64);
#[repr(C)]
struct FloatCode(f64, i64);

fn check(failures: &mut Vec<String>, what: impl FnOnce() -> String, got: &str, want: &str) {
    if got != want {
        failures.push(format!("{}: want {want}, got {got}", what()));
    }
}

fn finish(failures: Vec<String>) {
    if !failures.is_empty() {
        let shown: Vec<_> = failures.iter().take(30).cloned().collect();
        panic!(
            "{} cases differ from Go:\n{}",
            failures.len(),
            shown.join("\n")
        );
    }
}

#[test]
fn format_float_native_matches_go() {
    type F = extern "C" fn(*mut G, f64, u64, i64, i64) -> GoString;
    let f: F = unsafe { std::mem::transmute(code("strconv.formatFloat")) };
    let mut failures = Vec::new();
    for line in include_str!("../../frontend/src/constant/testdata/format.txt").lines() {
        let (args, want) = line.split_once('\t').unwrap();
        let a: Vec<&str> = args.split(' ').collect();
        let x = f64::from_bits(u64::from_str_radix(a[0], 16).unwrap());
        let s = f(
            g(),
            x,
            u64::from(a[1].as_bytes()[0]),
            a[2].parse().unwrap(),
            a[3].parse().unwrap(),
        );
        let got = String::from_utf8_lossy(unsafe { s.as_bytes() }).into_owned();
        check(&mut failures, || args.to_string(), &got, want);
    }
    finish(failures);
}

#[test]
fn parse_natives_match_go() {
    type PF = extern "C" fn(*mut G, *const u8, isize, i64) -> FloatCode;
    type PC = extern "C" fn(*mut G, *mut [u64; 3], *const u8, isize, i64);
    type PI = extern "C" fn(*mut G, *const u8, isize, i64, i64) -> Pair;
    type A = extern "C" fn(*mut G, *const u8, isize) -> Pair;
    let pf: PF = unsafe { std::mem::transmute(code("strconv.parseFloat")) };
    let pc: PC = unsafe { std::mem::transmute(code("strconv.parseComplex")) };
    let pi: PI = unsafe { std::mem::transmute(code("strconv.parseInt")) };
    let pu: PI = unsafe { std::mem::transmute(code("strconv.parseUint")) };
    let atoi: A = unsafe { std::mem::transmute(code("strconv.atoi")) };
    let mut failures = Vec::new();
    for line in include_str!("../../runtime/strconv/testdata/parse.txt").lines() {
        let (args, want) = line.split_once('\t').unwrap();
        let (input, size) = args.split_once(' ').unwrap();
        let size: i64 = size.parse().unwrap();
        let got = if let Some(h) = input.strip_prefix('c') {
            let s = unhex(h);
            let mut r = [0u64; 3];
            pc(g(), &mut r, s.as_ptr(), s.len() as isize, size);
            format!("{:016x} {:016x} {}", r[0], r[1], err_name(r[2]))
        } else {
            let s = unhex(input);
            let r = pf(g(), s.as_ptr(), s.len() as isize, size);
            format!("{:016x} {}", r.0.to_bits(), err_name(r.1 as u64))
        };
        check(&mut failures, || args.to_string(), &got, want);
    }
    for line in include_str!("../../runtime/strconv/testdata/int.txt").lines() {
        let (args, want) = line.split_once('\t').unwrap();
        let a: Vec<&str> = args.split(' ').collect();
        let (base, bits): (i64, i64) = (a[1].parse().unwrap(), a[2].parse().unwrap());
        let s = unhex(a.get(3).copied().unwrap_or(""));
        let (p, l) = (s.as_ptr(), s.len() as isize);
        let got = match a[0] {
            "i" => {
                let r = pi(g(), p, l, base, bits);
                format!("{} {}", r.0 as i64, err_name(r.1))
            }
            "u" => {
                let r = pu(g(), p, l, base, bits);
                format!("{} {}", r.0, err_name(r.1))
            }
            _ => {
                let r = atoi(g(), p, l);
                format!("{} {}", r.0 as i64, err_name(r.1))
            }
        };
        check(&mut failures, || args.to_string(), &got, want);
    }
    finish(failures);
}

#[test]
fn quote_natives_match_go() {
    type Q = extern "C" fn(*mut G, *const u8, isize) -> GoString;
    type QR = extern "C" fn(*mut G, i64) -> GoString;
    type B = extern "C" fn(*mut G, *const u8, isize) -> u64;
    type U = extern "C" fn(*mut G, *mut [u64; 3], *const u8, isize, u64);
    let q = |n: &str| -> Q { unsafe { std::mem::transmute(code(n)) } };
    let qr = |n: &str| -> QR { unsafe { std::mem::transmute(code(n)) } };
    let can: B = unsafe { std::mem::transmute(code("strconv.CanBackquote")) };
    let unquote: U = unsafe { std::mem::transmute(code("strconv.unquote")) };
    let mut failures = Vec::new();
    for line in include_str!("../../runtime/strconv/testdata/quote.txt").lines() {
        let (args, want) = line.split_once('\t').unwrap();
        let (func, input) = args.split_once(' ').unwrap();
        let got = match func {
            "Quote" | "QuoteToASCII" | "QuoteToGraphic" => {
                let s = unhex(input);
                hex(unsafe {
                    q(&format!("strconv.{func}"))(g(), s.as_ptr(), s.len() as isize).as_bytes()
                })
            }
            "QuoteRune" | "QuoteRuneToASCII" | "QuoteRuneToGraphic" => {
                // The convention passes a rune sign-extended to 64 bits.
                let r = i64::from(input.parse::<i64>().unwrap() as i32);
                hex(unsafe { qr(&format!("strconv.{func}"))(g(), r).as_bytes() })
            }
            "CanBackquote" => {
                let s = unhex(input);
                hex((can(g(), s.as_ptr(), s.len() as isize) != 0)
                    .to_string()
                    .as_bytes())
            }
            _ => {
                let s = unhex(input);
                let mut r = [0u64; 3];
                unquote(
                    g(),
                    &mut r,
                    s.as_ptr(),
                    s.len() as isize,
                    u64::from(func == "Unquote"),
                );
                if r[2] == 0 {
                    "err".to_string()
                } else {
                    hex(unsafe {
                        GoString {
                            ptr: r[0] as *const u8,
                            len: r[1] as isize,
                        }
                        .as_bytes()
                    })
                }
            }
        };
        check(&mut failures, || args.to_string(), &got, want);
    }
    finish(failures);
}

#[test]
fn append_natives_grow_like_append() {
    type AB = extern "C" fn(*mut G, *mut GoSlice, *mut u8, isize, isize, u64, u64, i64);
    let ab: AB = unsafe { std::mem::transmute(code("strconv.appendBits")) };
    let buf: &'static mut [u8] = Box::leak(vec![b'.'; 8].into_boxed_slice());
    let mut out = GoSlice {
        ptr: std::ptr::null_mut(),
        len: 0,
        cap: 0,
    };
    ab(g(), &mut out, buf.as_mut_ptr(), 2, 8, 1, 255, 16);
    assert_eq!((out.ptr, out.len, out.cap), (buf.as_mut_ptr(), 5, 8));
    assert_eq!(&buf[..5], b"..-ff");
    // From a nil slice: new memory, capacity rounded to a size class.
    ab(g(), &mut out, std::ptr::null_mut(), 0, 0, 0, u64::MAX, 2);
    assert_eq!((out.len, out.cap), (64, 64));
    type UC = extern "C" fn(*mut G, *mut [u64; 5], *const u8, isize, u64);
    let uc: UC = unsafe { std::mem::transmute(code("strconv.unquoteChar")) };
    let s = b"\\u00e9rest";
    let mut r = [0u64; 5];
    uc(g(), &mut r, s.as_ptr(), s.len() as isize, u64::from(b'"'));
    assert_eq!(r, [0xe9, 1, s.as_ptr() as u64 + 6, 4, 1]);
    type IP = extern "C" fn(*mut G, i64) -> u64;
    let ip: IP = unsafe { std::mem::transmute(code("strconv.IsPrint")) };
    let ig: IP = unsafe { std::mem::transmute(code("strconv.IsGraphic")) };
    assert_eq!(
        (
            ip(g(), 'a' as i64),
            ip(g(), 0xa0),
            ig(g(), 0xa0),
            ip(g(), -1)
        ),
        (1, 0, 1, 0)
    );
}
