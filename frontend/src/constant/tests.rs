//! Unit tests of the internals against independent oracles. go/constant's
//! observable behaviour is tested against the real Go in
//! `frontend/tests/constant_go.rs` and `constant_format.rs`.

use super::bigfloat::{self, BigFloat, Mode};
use super::literal;
use num_bigint::{BigInt, BigUint};
use num_rational::BigRational;
use num_traits::{One, Signed, Zero};

/// A small deterministic generator (xorshift64*), so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    fn biguint(&mut self, bits: u64) -> BigUint {
        let mut x = BigUint::zero();
        for _ in 0..bits.div_ceil(64) {
            x = (x << 64u32) + self.next();
        }
        let excess = x.bits().saturating_sub(bits);
        x >> excess
    }
    /// A random nonzero float of up to `bits` mantissa bits, exponent in ±`emax`.
    fn float(&mut self, bits: u64, emax: i64) -> BigFloat {
        let nbits = 1 + self.below(bits);
        let m = self.biguint(nbits) | BigUint::one();
        let lsb = self.below(2 * emax as u64) as i64 - emax;
        let neg = self.below(2) == 0;
        BigFloat::exact(neg, m, lsb)
    }
}

fn ratio(f: &BigFloat) -> BigRational {
    let (n, d) = f.to_ratio().expect("finite");
    BigRational::new(n, d)
}

fn pow2(e: i64) -> BigRational {
    if e >= 0 {
        BigRational::from_integer(BigInt::one() << e as u64)
    } else {
        BigRational::new(BigInt::one(), BigInt::one() << (-e) as u64)
    }
}

/// Asserts that `got` is `exact` rounded to nearest-even at `prec` bits: no
/// value representable in `prec` bits lies closer, and a tie went to the even
/// mantissa. (Independent of how the rounding was computed.)
fn assert_rounded(exact: &BigRational, got: &BigFloat, prec: u32, what: &str) {
    if got.is_zero() {
        assert!(exact.is_zero(), "{what}: got 0 for {exact}");
        return;
    }
    let g = ratio(got);
    // ulp of got at prec bits: got = 0.m × 2^e, so ulp = 2^(e - prec).
    let ulp = pow2(got.exponent() - i64::from(prec));
    let half = &ulp / BigRational::from_integer(2.into());
    let mant_bits = {
        // bits of the odd mantissa: the exponent minus the lsb position
        let lsb = {
            let d = g.denom();
            let n = g.numer();
            if d.is_one() {
                n.trailing_zeros().unwrap_or(0) as i64
            } else {
                -(d.bits() as i64 - 1)
            }
        };
        got.exponent() - lsb
    };
    assert!(
        mant_bits <= i64::from(prec),
        "{what}: {mant_bits} > {prec} bits"
    );
    let even = mant_bits < i64::from(prec);
    let power_of_two = mant_bits == 1;
    let diff = exact - &g;
    // Below a power of two (in magnitude) the representable values are twice as dense.
    let limit = if exact.abs() < g.abs() && power_of_two {
        &half / BigRational::from_integer(2.into())
    } else {
        half
    };
    let ad = diff.abs();
    assert!(ad <= limit, "{what}: {got:?} is not nearest to {exact}");
    if ad == limit && !ad.is_zero() {
        assert!(even, "{what}: tie not rounded to even");
    }
}

#[test]
fn arithmetic_is_correctly_rounded() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    for i in 0..3000 {
        let prec = [2u32, 5, 24, 53, 64, 100, 512][i % 7];
        let x = rng.float(700, 1500);
        // Often make y's exponent far below x's, to exercise the sticky path.
        let y = if i % 3 == 0 {
            let gap = rng.below(1200) as i64;
            let nbits = 1 + rng.below(300);
            let m = rng.biguint(nbits) | BigUint::one();
            let lsb = x.exponent() - gap - m.bits() as i64;
            BigFloat::exact(rng.below(2) == 0, m, lsb)
        } else {
            rng.float(700, 1500)
        };
        let (rx, ry) = (ratio(&x), ratio(&y));
        assert_rounded(&(&rx + &ry), &BigFloat::add(&x, &y, prec), prec, "add");
        assert_rounded(&(&rx - &ry), &BigFloat::sub(&x, &y, prec), prec, "sub");
        assert_rounded(&(&rx * &ry), &BigFloat::mul(&x, &y, prec), prec, "mul");
        assert_rounded(&(&rx / &ry), &BigFloat::quo(&x, &y, prec), prec, "quo");
        let (r, _) = x.round(prec, Mode::NearestEven);
        assert_rounded(&rx, &r, prec, "round");
    }
}

#[test]
fn directed_rounding_brackets_the_value() {
    let mut rng = Rng(12345);
    for _ in 0..2000 {
        let x = rng.float(600, 600);
        let prec = 1 + rng.below(520) as u32;
        let rx = ratio(&x);
        let (down, _) = x.round(prec, Mode::ToZero);
        let (up, _) = x.round(prec, Mode::AwayFromZero);
        assert!(ratio(&down).abs() <= rx.abs());
        assert!(ratio(&up).abs() >= rx.abs());
        // They are adjacent at prec bits (or equal when x fits).
        if down != up {
            let ulp = pow2(down.exponent() - i64::from(prec));
            assert!((ratio(&up) - ratio(&down)).abs() <= ulp);
        }
    }
}

#[test]
fn exponent_limits_overflow_and_underflow() {
    let big = BigFloat::exact(false, BigUint::one(), bigfloat::MAX_EXP - 1); // 0.1p(MAX_EXP)
    assert_eq!(big.exponent(), bigfloat::MAX_EXP);
    assert!(BigFloat::mul(&big, &BigFloat::from_i64(2, 512), 512).is_inf());
    let tiny = BigFloat::exact(false, BigUint::one(), bigfloat::MIN_EXP - 1);
    assert_eq!(tiny.exponent(), bigfloat::MIN_EXP);
    let half = BigFloat::quo(
        &BigFloat::from_i64(1, 512),
        &BigFloat::from_i64(2, 512),
        512,
    );
    assert!(BigFloat::mul(&tiny, &half, 512).is_zero());
    // Rounding that carries past MAX_EXP overflows: 0.111…1 × 2^MAX_EXP at 3 bits.
    let all_ones = BigFloat::exact(false, BigUint::from(0b1111u32), bigfloat::MAX_EXP - 4);
    assert!(all_ones.round(3, Mode::NearestEven).0.is_inf());
    // Far-apart operands do not allocate their exponent gap.
    let s = BigFloat::add(&big, &tiny, 512);
    assert_eq!(s, big);
    let d = BigFloat::sub(&big, &tiny, 512);
    assert_eq!(d, big);
    let d = BigFloat::sub(&big, &tiny, 1);
    assert_eq!(d, big);
}

/// Asserts that `got` is the float64 nearest `exact` (ties to even), with
/// overflow to ±Inf and underflow to a signed zero.
fn assert_nearest_f64(exact: &BigRational, got: f64) {
    let neg = exact.is_negative();
    assert_eq!(got.is_sign_negative(), neg, "sign of {got} for {exact}");
    let a = got.abs();
    let v = exact.abs();
    let r = |f: f64| ratio(&BigFloat::from_f64(f));
    if a.is_infinite() {
        // Only values at or beyond MAX + half an ulp overflow.
        let lim = r(f64::MAX) + pow2(1023 - 53);
        assert!(v >= lim, "{exact} overflowed");
        return;
    }
    let below = if a == 0.0 { 0.0 } else { a.next_down() };
    let above = a.next_up();
    let da = (&v - r(a)).abs();
    let db = (&v - r(below)).abs();
    assert!(da <= db, "{got} not nearest to {exact}");
    if above.is_finite() {
        let dc = (&v - r(above)).abs();
        assert!(da <= dc, "{got} not nearest to {exact}");
        if da == dc {
            assert_eq!(a.to_bits() & 1, 0, "tie not to even");
        }
    } else {
        let lim = r(f64::MAX) + pow2(1023 - 53);
        assert!(v < lim);
    }
    if da == db && a != 0.0 {
        assert_eq!(a.to_bits() & 1, 0, "tie not to even");
    }
}

#[test]
fn conversion_to_f64_is_correctly_rounded() {
    let mut rng = Rng(777);
    let check = |f: &BigFloat| {
        let (got, _) = f.to_f64();
        assert_nearest_f64(&ratio(f), got);
        let (n, d) = f.to_ratio().unwrap();
        let (gr, _) = bigfloat::ratio_to_f64(&n, &d);
        assert_nearest_f64(&ratio(f), gr);
    };
    for _ in 0..3000 {
        // Exponents around the whole float64 range, denormals included.
        check(&rng.float(120, 1200));
    }
    // Exact halfway cases near the denormal boundary and at the top.
    for e in [
        -1076i64, -1075, -1074, -1073, -1023, -1022, 1020, 1023, 1024,
    ] {
        for m in [1u32, 3, 5, 7] {
            check(&BigFloat::exact(false, BigUint::from(m), e));
        }
    }
    let max_plus_half = BigFloat::exact(false, (BigUint::one() << 54u32) - 1u32, 1024 - 54);
    check(&max_plus_half);
}

#[test]
fn float32_conversion_handles_denormals_and_overflow() {
    let f = |m: u32, e: i64| BigFloat::exact(false, BigUint::from(m), e).to_f32().0;
    assert_eq!(f(1, -149), f32::from_bits(1));
    assert_eq!(f(1, -150), 0.0); // half the smallest denormal: ties to even
    assert_eq!(f(3, -151), f32::from_bits(1)); // three quarters rounds up
    assert_eq!(f(1, 128), f32::INFINITY);
    assert_eq!(f((1 << 24) - 1, 104), f32::MAX);
    assert_eq!(f((1 << 25) - 1, 103), f32::INFINITY); // MAX + half ulp
}

#[test]
fn text_p_is_math_big_hex_form() {
    let f = |m: u32, e: i64| BigFloat::exact(false, BigUint::from(m), e).text_p();
    assert_eq!(f(1, 0), "0x.8p+1");
    assert_eq!(f(3, 0), "0x.cp+2");
    assert_eq!(f(1, -1), "0x.8p+0");
    assert_eq!(f(5, -5), "0x.ap-2");
    assert_eq!(
        BigFloat::exact(true, BigUint::from(1u32), 3).text_p(),
        "-0x.8p+4"
    );
    assert_eq!(BigFloat::zero().text_p(), "0");
}

#[test]
fn literal_scanner_follows_math_big() {
    let int = |s: &str| literal::parse_int(s.as_bytes());
    assert_eq!(int("0x_1F"), Some(BigInt::from(31)));
    assert_eq!(int("017"), Some(BigInt::from(15)));
    assert_eq!(int("0o17"), Some(BigInt::from(15)));
    assert_eq!(int("-5"), Some(BigInt::from(-5)));
    assert_eq!(int("08"), None);
    assert_eq!(int("1__0"), None);
    assert_eq!(int("1_"), None);
    assert_eq!(int(""), None);
    let rat = |s: &str| literal::parse_rat(s.as_bytes()).map(|(n, d)| BigRational::new(n, d));
    assert_eq!(rat("1.25"), Some(BigRational::new(5.into(), 4.into())));
    assert_eq!(rat("0x1.8p1"), Some(BigRational::from_integer(3.into())));
    assert_eq!(rat("1e-3"), Some(BigRational::new(1.into(), 1000.into())));
    assert_eq!(rat("1e1000001"), None); // exponents beyond 1e6 are refused
    assert_eq!(rat("1.5e"), None);
    // Decimal mantissas accept binary exponents, as math/big does.
    assert_eq!(rat("3p2"), Some(BigRational::from_integer(12.into())));
    let sc = literal::scan_float(b"12.345e-2").unwrap();
    assert_eq!((sc.fcount, sc.exp, sc.ebase), (-3, -2, 10));
}

#[test]
fn unquoting_follows_strconv() {
    let u = |s: &str| literal::unquote(s.as_bytes());
    assert_eq!(u(r#""a\tb""#), Some(b"a\tb".to_vec()));
    assert_eq!(u(r#""\xff""#), Some(vec![0xff]));
    assert_eq!(u(r#""\u00e9""#), Some("é".as_bytes().to_vec()));
    assert_eq!(u("`a\r\nb`"), Some(b"a\nb".to_vec()));
    assert_eq!(u(r#""\'""#), None);
    assert_eq!(u("'\\''"), Some(b"'".to_vec()));
    assert_eq!(u(r#""\ud800""#), None);
    assert_eq!(u("\"a\nb\""), None);
    assert_eq!(u(r#""abc"#), None);
    assert_eq!(u(r#""a"b""#), None);
    assert_eq!(u("''"), Some(Vec::new()));
    assert_eq!(literal::decode_rune(&[0xe4, 0xb8]), (0xFFFD, 1));
    assert_eq!(literal::decode_rune("世".as_bytes()), ('世' as u32, 3));
    assert_eq!(
        literal::unquote_char(b"\\377x", b'\''),
        Some((255, false, &b"x"[..]))
    );
}

#[test]
fn pow5_literals_are_fast_and_saturate() {
    // 10^±999999999 would need gigabits as a fraction; the binary float path
    // takes a few dozen multiplications and overflows or underflows cleanly.
    let start = std::time::Instant::now();
    let inf = literal::parse_float(b"1e999999999", 512).unwrap();
    assert!(inf.is_inf());
    let zero = literal::parse_float(b"1e-999999999", 512).unwrap();
    assert!(zero.is_zero());
    let big = literal::parse_float(b"1e600000000", 512).unwrap();
    assert_eq!(big.sign(), 1);
    assert!(start.elapsed().as_secs() < 5);
    let sign_of = |s: &str| literal::parse_float(s.as_bytes(), 64).map(|f| f.sign());
    assert_eq!(sign_of("-1"), Some(-1));
    assert_eq!(sign_of("0"), Some(0));
    assert_eq!(sign_of("-Inf"), Some(-1));
    assert_eq!(sign_of("x"), None);
}
