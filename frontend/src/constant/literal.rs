//! Literal text to exact values, as go/constant's `MakeFromLiteral` does it.
//!
//! go/constant delegates to math/big (`Int.SetString`, `Float.SetString`,
//! `Rat.SetString`, all with base 0) and strconv (`UnquoteChar`, `Unquote`);
//! this module reproduces exactly the grammar those accept, including where
//! they are more lenient than Go's lexer (a sign, `p` exponents on decimal
//! mantissas, a char literal's trailing junk), so that a literal means here
//! what it means to gc. Every function works on bytes and returns `None` on
//! malformed input; nothing here panics. Work is bounded by the literal's
//! length and by math/big's own exponent limits: a binary float's exponent
//! stays in the int32 range (its power of five is computed by repeated
//! squaring at fixed precision), and a fraction's decimal exponent is at most
//! 10^6 and its binary one at most 10^7 (go/constant tries fractions only for
//! moderate magnitudes, so those limits need a literal of about a million
//! digits to reach; types2 refuses literals over 10,000 characters).

use super::bigfloat::{BigFloat, MAX_EXP, MIN_EXP};
use num_bigint::{BigInt, BigUint, Sign};
use num_traits::{One, Pow, Zero};

/// A scanned number: `±mant × base^fcount × ebase^exp`, before any exponent is applied.
pub(crate) struct Scanned {
    pub neg: bool,
    pub mant: BigUint,
    /// Mantissa base: 2, 8, 10 or 16.
    pub base: u32,
    /// Digits after the radix point, negated (≤ 0) if there was a point;
    /// otherwise the (positive) digit count, which carries no meaning.
    pub fcount: i64,
    pub exp: i64,
    /// Exponent base: 10 (`e`) or 2 (`p`).
    pub ebase: u32,
}

/// Position-tracking reader over a byte string, with one byte of look-ahead.
struct Reader<'a> {
    s: &'a [u8],
    i: usize,
}

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }
    fn at_end(&self) -> bool {
        self.i >= self.s.len()
    }
}

fn digit_value(c: u8) -> u32 {
    match c {
        b'0'..=b'9' => u32::from(c - b'0'),
        b'a'..=b'z' => u32::from(c - b'a') + 10,
        b'A'..=b'Z' => u32::from(c - b'A') + 10,
        _ => u32::MAX,
    }
}

/// math/big's `nat.scan` with base 0: returns `(mantissa, base, count)` where
/// `count` is as [`Scanned::fcount`]. `frac_ok` permits a radix point (and
/// then a leading "0" is decimal, not an octal prefix).
fn scan_nat(r: &mut Reader, frac_ok: bool) -> Option<(BigUint, u32, i64)> {
    let mut frac_ok = frac_ok;
    // prev: b'_' after a separator, b'0' after a digit, b'.' otherwise.
    let mut prev = b'.';
    let mut inval_sep = false;
    let mut count: i64 = 0;
    let mut base = 10u32;
    let mut prefix = 0u8;
    if r.peek() == Some(b'0') {
        prev = b'0';
        count = 1;
        r.i += 1;
        if let Some(c) = r.peek() {
            match c {
                b'b' | b'B' => (base, prefix) = (2, b'b'),
                b'o' | b'O' => (base, prefix) = (8, b'o'),
                b'x' | b'X' => (base, prefix) = (16, b'x'),
                _ if !frac_ok => (base, prefix) = (8, b'0'),
                _ => {}
            }
            if prefix != 0 {
                count = 0; // the prefix is not counted
                if prefix != b'0' {
                    r.i += 1;
                }
            }
        }
    }
    // Collect the digits first, then convert in one go (num-bigint's radix
    // conversion is subquadratic; a digit-at-a-time loop would not be).
    let mut digits: Vec<u8> = Vec::new();
    let mut dp: i64 = -1;
    while let Some(c) = r.peek() {
        if c == b'.' && frac_ok {
            frac_ok = false;
            if prev == b'_' {
                inval_sep = true;
            }
            prev = b'.';
            dp = count;
        } else if c == b'_' {
            if prev != b'0' {
                inval_sep = true;
            }
            prev = b'_';
        } else {
            let d = digit_value(c);
            if d >= base {
                break;
            }
            prev = b'0';
            count += 1;
            digits.push(d as u8);
        }
        r.i += 1;
    }
    if inval_sep || prev == b'_' {
        return None;
    }
    if count == 0 {
        if prefix == b'0' {
            // Only the octal prefix "0" (perhaps followed by digits ≥ 8): decimal 0.
            return Some((BigUint::zero(), 10, 1));
        }
        return None;
    }
    let mant = BigUint::from_radix_be(&digits, base).unwrap_or_default();
    if dp >= 0 {
        count = dp - count;
    }
    Some((mant, base, count))
}

/// math/big's `scanSign`.
fn scan_sign(r: &mut Reader) -> Option<bool> {
    match r.peek()? {
        b'-' => {
            r.i += 1;
            Some(true)
        }
        b'+' => {
            r.i += 1;
            Some(false)
        }
        _ => Some(false),
    }
}

/// math/big's `scanExponent` with separators and `p` permitted: `(exp, ebase)`.
fn scan_exponent(r: &mut Reader) -> Option<(i64, u32)> {
    let ebase = match r.peek() {
        Some(b'e' | b'E') => 10,
        Some(b'p' | b'P') => 2,
        _ => return Some((0, 10)),
    };
    r.i += 1;
    let mut neg = false;
    if let Some(c @ (b'+' | b'-')) = r.peek() {
        neg = c == b'-';
        r.i += 1;
    }
    let mut prev = b'.';
    let mut inval_sep = false;
    let mut value: i128 = 0;
    let mut has_digits = false;
    while let Some(c) = r.peek() {
        if c.is_ascii_digit() {
            // Saturate: anything past i64 is rejected below, as ParseInt does.
            value = (value * 10 + i128::from(c - b'0')).min(i128::from(u64::MAX));
            prev = b'0';
            has_digits = true;
        } else if c == b'_' {
            if prev != b'0' {
                inval_sep = true;
            }
            prev = b'_';
        } else {
            break;
        }
        r.i += 1;
    }
    if !has_digits {
        return None;
    }
    let value = if neg { -value } else { value };
    let exp = i64::try_from(value).ok()?;
    if inval_sep || prev == b'_' {
        return None;
    }
    Some((exp, ebase))
}

/// The grammar shared by `Float.SetString` and `Rat.SetString` (base 0): the
/// whole string must be a number.
pub(crate) fn scan_float(s: &[u8]) -> Option<Scanned> {
    let mut r = Reader { s, i: 0 };
    let neg = scan_sign(&mut r)?;
    let (mant, base, fcount) = scan_nat(&mut r, true)?;
    let (exp, ebase) = scan_exponent(&mut r)?;
    if !r.at_end() {
        return None;
    }
    Some(Scanned {
        neg,
        mant,
        base,
        fcount,
        exp,
        ebase,
    })
}

/// `Int.SetString(s, 0)`.
pub(crate) fn parse_int(s: &[u8]) -> Option<BigInt> {
    let mut r = Reader { s, i: 0 };
    let neg = scan_sign(&mut r)?;
    let (mant, _, _) = scan_nat(&mut r, false)?;
    if !r.at_end() {
        return None;
    }
    let sign = if neg { Sign::Minus } else { Sign::Plus };
    Some(BigInt::from_biguint(sign, mant))
}

/// Bits per digit of a mantissa base (the radix point's binary contribution).
fn bits_per_digit(base: u32) -> i128 {
    match base {
        2 => 1,
        8 => 3,
        16 => 4,
        _ => 1, // base 10: 10^d = 5^d × 2^d
    }
}

/// The binary (without the mantissa length) and decimal exponents of a scanned number.
fn exponents(sc: &Scanned) -> (i128, i128) {
    let mut exp2: i128 = 0;
    let mut exp5: i128 = 0;
    if sc.fcount < 0 {
        let d = i128::from(sc.fcount);
        if sc.base == 10 {
            exp5 = d;
        }
        exp2 = d * bits_per_digit(sc.base);
    }
    exp2 += i128::from(sc.exp);
    if sc.ebase == 10 {
        exp5 += i128::from(sc.exp);
    }
    (exp2, exp5)
}

/// Small powers of 5 are exact in a u64: 5^27 is the largest.
const POW5_MAX_SMALL: u64 = 27;

/// math/big's `Float.pow5` for a Float of precision `prec`: 5^n by repeated
/// squaring, the running power at `prec + 64` bits. The result (rounded at each
/// step as math/big rounds it) may overflow to +Inf.
fn pow5(n: u64, prec: u32) -> BigFloat {
    if n <= POW5_MAX_SMALL {
        return BigFloat::from_u64(5u64.pow(n as u32), prec);
    }
    let mut z = BigFloat::from_u64(5u64.pow(POW5_MAX_SMALL as u32), prec);
    let mut n = n - POW5_MAX_SMALL;
    let fprec = prec + 64;
    let mut f = BigFloat::from_u64(5, fprec);
    while n > 0 {
        if n & 1 != 0 {
            z = BigFloat::mul(&z, &f, prec);
        }
        f = BigFloat::mul(&f, &f, fprec);
        n >>= 1;
    }
    z
}

/// `Float.SetString(s)` on a Float of precision `prec` (mode nearest even),
/// including its quirks: the full mantissa is multiplied or divided by a power
/// of five computed at `prec + 64` bits, which is not always the correctly
/// rounded value of the literal, and "Inf"/"inf" with an optional sign parse.
pub(crate) fn parse_float(s: &[u8], prec: u32) -> Option<BigFloat> {
    match s {
        b"Inf" | b"inf" | b"+Inf" | b"+inf" => return Some(BigFloat::inf(false)),
        b"-Inf" | b"-inf" => return Some(BigFloat::inf(true)),
        _ => {}
    }
    let sc = scan_float(s)?;
    if sc.mant.is_zero() {
        return Some(BigFloat::zero());
    }
    let (e2, e5) = exponents(&sc);
    let exp2 = e2 + i128::from(sc.mant.bits() as i64);
    if exp2 < i128::from(MIN_EXP) || exp2 > i128::from(MAX_EXP) {
        return None; // "exponent overflow"
    }
    let bits = sc.mant.bits() as i64;
    let lsb = exp2 as i64 - bits;
    let neg = sc.neg;
    // The exact mantissa, unrounded (math/big keeps it so for the product below).
    let z = BigFloat::exact(neg, sc.mant, lsb);
    if e5 == 0 {
        return Some(z.round(prec, super::bigfloat::Mode::NearestEven).0);
    }
    // |e5| fits in a u64: it is within the int64 range plus the literal's length.
    let n = u64::try_from(e5.unsigned_abs()).unwrap_or(u64::MAX);
    let p = pow5(n, prec + 64);
    Some(if e5 < 0 {
        BigFloat::quo(&z, &p, prec)
    } else {
        BigFloat::mul(&z, &p, prec)
    })
}

/// `Rat.SetString(s)` for the floating-point form (go/constant never passes a
/// fraction "a/b" here: such text fails `Float.SetString` first). Returns
/// `(num, den)` with `den > 0`, not necessarily in lowest terms.
pub(crate) fn parse_rat(s: &[u8]) -> Option<(BigInt, BigInt)> {
    let sc = scan_float(s)?;
    if sc.mant.is_zero() {
        return Some((BigInt::zero(), BigInt::one()));
    }
    let (exp2, exp5) = exponents(&sc);
    let mut a = sc.mant;
    let mut b = BigUint::one();
    if exp5 != 0 {
        let n = exp5.unsigned_abs();
        if n > 1_000_000 {
            return None; // "avoid excessively large exponents"
        }
        let p5 = Pow::pow(BigUint::from(5u32), n as u32);
        if exp5 > 0 {
            a *= p5;
        } else {
            b = p5;
        }
    }
    if !(-10_000_000..=10_000_000).contains(&exp2) {
        return None;
    }
    if exp2 > 0 {
        a <<= exp2 as u64;
    } else if exp2 < 0 {
        b <<= (-exp2) as u64;
    }
    let sign = if sc.neg { Sign::Minus } else { Sign::Plus };
    Some((BigInt::from_biguint(sign, a), BigInt::from(b)))
}

/// Go's `utf8.DecodeRune`: the first rune of `s` and its length; invalid
/// encodings decode as U+FFFD with length 1. `s` must not be empty.
pub(crate) fn decode_rune(s: &[u8]) -> (u32, usize) {
    let n = s.len().min(4);
    let valid = match std::str::from_utf8(&s[..n]) {
        Ok(v) => v,
        Err(e) => std::str::from_utf8(&s[..e.valid_up_to()]).unwrap_or(""),
    };
    match valid.chars().next() {
        Some(c) => (c as u32, c.len_utf8()),
        None => (0xFFFD, 1),
    }
}

/// Appends the UTF-8 encoding of `r` (U+FFFD for a surrogate or an
/// out-of-range value), as Go's `utf8.AppendRune`.
pub(crate) fn append_rune(buf: &mut Vec<u8>, r: u32) {
    let c = char::from_u32(r).unwrap_or('\u{FFFD}');
    let mut tmp = [0u8; 4];
    buf.extend_from_slice(c.encode_utf8(&mut tmp).as_bytes());
}

/// strconv's `UnquoteChar(s, quote)`: `(value, multibyte, tail)`.
pub(crate) fn unquote_char(s: &[u8], quote: u8) -> Option<(u32, bool, &[u8])> {
    let &c = s.first()?;
    if c == quote && (quote == b'\'' || quote == b'"') {
        return None;
    }
    if c >= 0x80 {
        let (r, size) = decode_rune(s);
        return Some((r, true, &s[size..]));
    }
    if c != b'\\' {
        return Some((u32::from(c), false, &s[1..]));
    }
    let &c = s.get(1)?;
    let s = &s[2..];
    let simple = |v: u8| Some((u32::from(v), false, s));
    match c {
        b'a' => simple(0x07),
        b'b' => simple(0x08),
        b'f' => simple(0x0c),
        b'n' => simple(b'\n'),
        b'r' => simple(b'\r'),
        b't' => simple(b'\t'),
        b'v' => simple(0x0b),
        b'x' | b'u' | b'U' => {
            let n = match c {
                b'x' => 2,
                b'u' => 4,
                _ => 8,
            };
            if s.len() < n {
                return None;
            }
            let mut v: u32 = 0;
            for &h in &s[..n] {
                let d = (h as char).to_digit(16)?;
                v = (v << 4) | d;
            }
            let tail = &s[n..];
            if c == b'x' {
                // A single byte, possibly not UTF-8.
                return Some((v, false, tail));
            }
            char::from_u32(v)?;
            Some((v, true, tail))
        }
        b'0'..=b'7' => {
            if s.len() < 2 {
                return None;
            }
            let mut v = u32::from(c - b'0');
            for &d in &s[..2] {
                if !(b'0'..=b'7').contains(&d) {
                    return None;
                }
                v = (v << 3) | u32::from(d - b'0');
            }
            if v > 255 {
                return None;
            }
            Some((v, false, &s[2..]))
        }
        b'\\' => simple(b'\\'),
        b'\'' | b'"' => {
            if c != quote {
                return None;
            }
            simple(c)
        }
        _ => None,
    }
}

/// strconv's `Unquote`: the value of a double-quoted, back-quoted or
/// single-quoted literal that makes up all of `s`.
pub(crate) fn unquote(s: &[u8]) -> Option<Vec<u8>> {
    if s.len() < 2 {
        return None;
    }
    let quote = s[0];
    // Optimistically, the first later quote ends the literal.
    let end = s[1..].iter().position(|&c| c == quote)? + 2;
    match quote {
        b'`' => {
            if end != s.len() {
                return None;
            }
            // Carriage returns inside raw strings are discarded.
            Some(
                s[1..end - 1]
                    .iter()
                    .copied()
                    .filter(|&c| c != b'\r')
                    .collect(),
            )
        }
        b'"' | b'\'' => {
            let mut buf = Vec::with_capacity(s.len());
            let mut rest = &s[1..];
            while let Some(&c) = rest.first() {
                if c == quote {
                    break;
                }
                if c == b'\n' {
                    return None;
                }
                let (r, multibyte, tail) = unquote_char(rest, quote)?;
                rest = tail;
                if r < 0x80 || !multibyte {
                    buf.push(r as u8);
                } else {
                    append_rune(&mut buf, r);
                }
                if quote == b'\'' {
                    break;
                }
            }
            // The literal must end with its quote, and nothing may follow.
            if rest != [quote] {
                return None;
            }
            Some(buf)
        }
        _ => None,
    }
}
