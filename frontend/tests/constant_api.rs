//! The parts of `constant`'s API that go/constant has no counterpart for, or
//! whose point is robustness: no panic, no hang, no stack overflow, bounded
//! memory, on any input. (Agreement with go/constant is in constant_go.rs.)

use gorun_frontend::constant::{
    self, CmpOp, Kind, MAX_SHIFT_BITS, Op, UnOp, Value, format_float, quote,
};
use gorun_frontend::syntax::ast::LitKind;
use num_bigint::BigInt;
use std::time::{Duration, Instant};

fn lit(kind: LitKind, s: &str) -> Value {
    Value::from_literal(kind, s)
}

fn int(s: &str) -> Value {
    lit(LitKind::Int, s)
}

fn float(s: &str) -> Value {
    lit(LitKind::Float, s)
}

/// Generous bound for work that takes milliseconds; it only catches hangs.
const QUICK: Duration = Duration::from_secs(10);

#[test]
fn long_concatenation_chains_are_linear_and_drop_without_recursion() {
    let start = Instant::now();
    let piece = Value::make_string(b"ab");
    let mut s = Value::make_string(b"");
    let mut r = Value::make_string(b"");
    for _ in 0..300_000 {
        s = constant::binary_op(&s, Op::Add, &piece); // left-deep
        r = constant::binary_op(&piece, Op::Add, &r); // right-deep
    }
    assert_eq!(s.string_len(), 600_000);
    assert_eq!(s.string_val().len(), 600_000);
    assert!(s.string_val().starts_with(b"abab"));
    assert!(constant::compare(&s, CmpOp::Eql, &r));
    assert!(s.string().ends_with("..."));
    drop(s);
    drop(r);
    assert!(start.elapsed() < QUICK);
}

#[test]
fn printing_a_huge_lazy_string_does_not_build_it() {
    let mut s = Value::make_string("é".as_bytes());
    for _ in 0..60 {
        s = constant::binary_op(&s, Op::Add, &s);
    }
    assert_eq!(s.string_len(), 2usize << 60);
    let shown = s.string();
    assert_eq!(shown.chars().count(), 72);
    assert!(shown.starts_with("\"éé") && shown.ends_with("é..."));
}

#[test]
fn shifts_are_bounded() {
    let one = Value::make_int64(1);
    let start = Instant::now();
    let x = constant::shift(&one, true, 100_000);
    assert_eq!(x.bit_len(), 100_001);
    assert_eq!(constant::shift(&x, false, 100_000), one);
    assert!(constant::shift(&one, true, u32::MAX).is_unknown());
    assert!(constant::shift(&one, true, MAX_SHIFT_BITS as u32).is_unknown());
    assert_eq!(
        constant::shift(&Value::make_int64(-5), false, u32::MAX),
        Value::make_int64(-1)
    );
    assert!(constant::shift(&float("1.5"), true, 1).is_unknown());
    assert!(start.elapsed() < QUICK);
}

#[test]
fn complement_respects_the_type_size() {
    let five = Value::make_int64(5);
    assert_eq!(
        constant::unary_op(UnOp::Complement, &five, 0),
        Value::make_int64(-6)
    );
    assert_eq!(
        constant::unary_op(UnOp::Complement, &five, 8),
        Value::make_int64(250)
    );
    assert_eq!(
        constant::unary_op(UnOp::Complement, &Value::make_int64(0), 64),
        Value::make_uint64(u64::MAX)
    );
    assert!(constant::unary_op(UnOp::Complement, &five, u32::MAX).is_unknown());
}

#[test]
fn huge_exponents_in_literals_are_quick() {
    let start = Instant::now();
    assert!(float("1e999999999").is_unknown());
    assert_eq!(float("1e-999999999").sign(), 0);
    assert!(lit(LitKind::Imag, "1e999999999i").is_unknown());
    let big = float("1e600000000");
    assert_eq!(big.string(), "1e+600000000");
    // Squaring overflows the exponent range: Unknown, not a hang.
    let sq = constant::binary_op(&big, Op::Mul, &big);
    assert!(constant::binary_op(&sq, Op::Mul, &sq).is_unknown());
    let digits = "7".repeat(20_000);
    assert_eq!(int(&digits).kind(), Kind::Int);
    assert_eq!(float(&format!("{digits}.5e-19999")).kind(), Kind::Float);
    assert!(start.elapsed() < QUICK);
}

/// A tiny deterministic generator for the fuzz tests.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

#[test]
fn malformed_literals_give_unknown_never_a_panic() {
    let alphabet: Vec<char> = "0123456789abcdefxXoObBpPeE_.+-i'\"`\\unU \n\r\té世\u{FFFD}\u{0}"
        .chars()
        .collect();
    let kinds = [
        LitKind::Int,
        LitKind::Float,
        LitKind::Imag,
        LitKind::Char,
        LitKind::String,
    ];
    let mut rng = Rng(0x1234_5678_9abc_def1);
    for _ in 0..200_000 {
        let n = rng.below(12);
        let s: String = (0..n)
            .map(|_| alphabet[rng.below(alphabet.len())])
            .collect();
        let v = Value::from_literal(kinds[rng.below(kinds.len())], &s);
        let _ = (v.string(), v.exact_string());
    }
    // Every prefix of valid literals.
    for (k, s) in [
        (LitKind::Float, "0x1.8p-1_0"),
        (LitKind::String, r#""a\u00e9\U0001F600\x41\101""#),
        (LitKind::Char, r"'\U0010FFFF'"),
        (LitKind::Imag, "1_0.5e+3i"),
    ] {
        for (i, _) in s.char_indices() {
            let _ = Value::from_literal(k, &s[..i]).string();
        }
    }
    assert!(int("").is_unknown());
    assert!(lit(LitKind::Char, "'").is_unknown());
    assert!(lit(LitKind::String, "\"").is_unknown());
}

fn pool() -> Vec<Value> {
    vec![
        Value::unknown(),
        Value::make_bool(true),
        Value::make_string(b"x\xff"),
        Value::make_int64(0),
        Value::make_int64(-3),
        Value::make_int64(i64::MIN),
        Value::make_int64(i64::MAX),
        int("123456789012345678901234567890"),
        float("0.1"),
        float("-2.5e-7"),
        float("1e5000"),
        float("0x1p-5000"),
        float("0"),
        lit(LitKind::Imag, "2i"),
        constant::binary_op(&float("1.5"), Op::Add, &lit(LitKind::Imag, "1e5000i")),
        Value::make_float64(f64::MAX),
    ]
}

#[test]
fn every_operation_on_every_pair_is_total() {
    let ops = [
        Op::Add,
        Op::Sub,
        Op::Mul,
        Op::Quo,
        Op::QuoInt,
        Op::Rem,
        Op::And,
        Op::Or,
        Op::Xor,
        Op::AndNot,
        Op::LAnd,
        Op::LOr,
    ];
    let cmps = [
        CmpOp::Eql,
        CmpOp::Neq,
        CmpOp::Lss,
        CmpOp::Leq,
        CmpOp::Gtr,
        CmpOp::Geq,
    ];
    let vals = pool();
    for x in &vals {
        for y in &vals {
            for op in ops {
                let _ = constant::binary_op(x, op, y).string();
            }
            for op in cmps {
                let _ = constant::compare(x, op, y);
            }
        }
        for op in [UnOp::Pos, UnOp::Neg, UnOp::Not, UnOp::Complement] {
            for prec in [0, 8, 64, 100] {
                let _ = constant::unary_op(op, x, prec).string();
            }
        }
        for s in [0, 1, 64, 1000] {
            let _ = (constant::shift(x, true, s), constant::shift(x, false, s));
        }
        let _ = (x.to_int(), x.to_float(), x.to_complex(), x.real(), x.imag());
        let _ = (x.num(), x.denom(), x.float32_val(), x.float64_val());
        let _ = (x.round_float32(), x.round_float64(), x.bytes(), x.sign());
        if x.is_numeric() {
            assert!(constant::compare(x, CmpOp::Eql, x), "{x:?} == itself");
            assert_eq!(x, x);
        }
    }
    // Division by zero (the checker's to report) is Unknown, not a panic.
    for zero in [Value::make_int64(0), float("0"), lit(LitKind::Imag, "0i")] {
        for x in &vals {
            for op in [Op::Quo, Op::QuoInt, Op::Rem] {
                let _ = constant::binary_op(x, op, &zero);
            }
        }
    }
    assert!(
        constant::binary_op(&Value::make_int64(1), Op::Quo, &Value::make_int64(0)).is_unknown()
    );
}

#[test]
fn equality_is_by_kind_and_value() {
    assert_eq!(Value::make_int64(3), int("3"));
    assert_eq!(Value::make_uint64(1 << 63), int("9223372036854775808"));
    assert_eq!(Value::make_float64(0.5), float("0.5"));
    assert_eq!(Value::make_float64(0.5), float("0x1p-1"));
    assert_ne!(Value::make_int64(1), float("1"));
    assert_eq!(Value::unknown(), Value::unknown());
    assert_eq!(Value::make_string(b"ab"), lit(LitKind::String, "`ab`"));
    assert_eq!(Value::make_int(BigInt::from(7)), Value::make_int64(7));
    assert_eq!(
        Value::make_ratio(BigInt::from(2), BigInt::from(4)),
        float("0.5")
    );
    assert!(Value::make_ratio(BigInt::from(1), BigInt::from(0)).is_unknown());
}

#[test]
fn factories_and_accessors() {
    assert_eq!(Value::make_float64(-0.0).string(), "0");
    assert!(Value::make_float64(f64::NAN).is_unknown());
    assert!(Value::make_float64(f64::INFINITY).is_unknown());
    assert_eq!(lit(LitKind::Char, "'世'").int64_val(), Some('世' as i64));
    assert_eq!(lit(LitKind::String, r#""\xff""#).string_val(), b"\xff");
    assert_eq!(Value::make_int64(-1).uint64_val(), None);
    assert!(int("18446744073709551615").fits_uint64());
    assert!(!int("18446744073709551615").fits_int64());
    assert_eq!(int("255").bytes(), vec![255]);
    assert_eq!(Value::make_from_bytes(&[0, 1]), Value::make_int64(256));
    assert_eq!(int("1").num(), int("1"));
    assert_eq!(float("0.75").denom(), int("4"));
    let c = Value::make_complex(&int("1"), &float("0.5"));
    assert_eq!(c.string(), "(1 + 0.5i)");
    assert!(Value::make_complex(&int("1"), &Value::make_bool(true)).is_unknown());
    assert_eq!(format!("{c}"), "(1 + 0.5i)");
    assert_eq!(format!("{:?}", float("0.75")), "Float(3/4)");
    assert_eq!(Kind::Complex.to_string(), "Complex");
    let conv = |x: Value| Value::string_from_int(&x).string_val().to_vec();
    assert_eq!(conv(Value::make_int64(0x4e16)), "世".as_bytes());
    assert_eq!(conv(Value::make_int64(0xD800)), "\u{FFFD}".as_bytes());
    assert_eq!(conv(Value::make_int64(-1)), "\u{FFFD}".as_bytes());
    assert_eq!(
        conv(int("1267650600228229401496703205376")),
        "\u{FFFD}".as_bytes()
    );
    assert!(Value::string_from_int(&float("65")).is_unknown());
}

#[test]
fn representability_helpers_follow_types2() {
    // roundFloat32/64: the value rounded to the type, or None on overflow.
    assert_eq!(
        float("0.1").round_float32(),
        Some(Value::make_float64(f64::from(0.1f32)))
    );
    assert_eq!(float("0.1").round_float64(), Some(Value::make_float64(0.1)));
    assert!(float("1e39").round_float32().is_none());
    assert!(float("3.4028234663852886e38").fits_float32());
    assert!(float("3.4028235677973366e38").fits_float32()); // just below the midpoint
    assert!(!float("3.4028235677973367e38").fits_float32());
    assert!(float("1.7976931348623157e308").fits_float64());
    assert!(!float("1.8e308").fits_float64());
    assert!(float("1e-400").fits_float64()); // underflows to 0: representable
    let big = constant::shift(&Value::make_int64(1), true, 128);
    assert!(!big.fits_float32());
    assert!(big.fits_float64());
    assert!(!Value::make_string(b"1").fits_float64());
    // ToInt accepts floats within a few ulps of an integer.
    let third = constant::binary_op(&float("1e100"), Op::Quo, &float("3"));
    let back = constant::binary_op(&third, Op::Mul, &float("3"));
    assert!(back.to_int().is_int());
}

#[test]
fn go_float_formatting_differs_from_rust() {
    assert_eq!(format_float(1e21, b'g', -1, 64), "1e+21");
    assert_eq!(format_float(1e20, b'g', -1, 64), "1e+20");
    assert_eq!(format_float(100000.0, b'g', -1, 64), "100000");
    assert_eq!(format_float(1e6, b'g', -1, 64), "1e+06");
    assert_eq!(format_float(-0.0, b'g', -1, 64), "-0");
    assert_eq!(format_float(0.1, b'g', -1, 32), "0.1");
    assert_eq!(format_float(2.5, b'f', 0, 64), "2");
    assert_eq!(format_float(f64::NAN, b'e', 3, 64), "NaN");
    assert_eq!(format_float(1.0, b'x', -1, 64), "0x1p+00");
    assert_eq!(
        quote(b"a\"\\\n\xff\x7f\xe2\x80\x8b"),
        r#""a\"\\\n\xff\x7f\u200b""#
    );
}

#[test]
fn values_can_be_shared_between_threads() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Value>();
    let s = constant::binary_op(
        &Value::make_string(b"a"),
        Op::Add,
        &Value::make_string(b"b"),
    );
    let t = s.clone();
    let h = std::thread::spawn(move || t.string_val().to_vec());
    assert_eq!(s.string_val(), b"ab");
    assert_eq!(h.join().unwrap(), b"ab");
}
