//! Floats and complex numbers: Go's `ParseFloat` and `ParseComplex`.
//!
//! The syntax is Go's (a port of internal/strconv's `special` and
//! `readFloat`: signs, `inf`/`infinity`/`nan` in any case, hexadecimal
//! mantissas with a mandatory `p` exponent, underscores only where
//! `underscoreOK` allows them). Decimal values are then rounded by Rust's
//! `str::parse`, which is correctly rounded (Eisel-Lemire with an exact
//! fallback) as Go's is, after the accepted text has been rewritten into
//! the plain form Rust reads; hexadecimal values are rounded here exactly
//! as Go's `atofHex` does. Overflow gives ±Inf with a range error;
//! underflow gives ±0 without one, as in Go.

use crate::NumErr;
use crate::atoi::underscore_ok;

fn lower(c: u8) -> u8 {
    c | (b'x' - b'X')
}

fn common_prefix_len_ignore_case(s: &[u8], prefix: &[u8]) -> usize {
    let n = s.len().min(prefix.len());
    for i in 0..n {
        if s[i].to_ascii_lowercase() != prefix[i] {
            return i;
        }
    }
    n
}

/// Go's `special`: an infinity or NaN at the start of `s`, and its length.
fn special(s: &[u8]) -> Option<(f64, usize)> {
    let c = *s.first()?;
    let (sign, nsign, rest) = match c {
        b'+' => (1.0, 1, &s[1..]),
        b'-' => (-1.0, 1, &s[1..]),
        b'i' | b'I' => (1.0, 0, s),
        b'n' | b'N' => {
            // Go's NaN is math.NaN(): this exact quiet NaN.
            let nan = f64::from_bits(0x7FF8_0000_0000_0001);
            return (common_prefix_len_ignore_case(s, b"nan") == 3).then_some((nan, 3));
        }
        _ => return None,
    };
    let mut n = common_prefix_len_ignore_case(rest, b"infinity");
    if 3 < n && n < 8 {
        n = 3;
    }
    (n == 3 || n == 8).then_some((sign * f64::INFINITY, nsign + n))
}

/// What `read_float` found: the syntax of a number at the start of the input.
struct Scanned {
    neg: bool,
    hex: bool,
    /// For hex: the mantissa (first 16 digits), `exp` in bits and `trunc`.
    mantissa: u64,
    exp: i64,
    trunc: bool,
    /// Bytes consumed.
    n: usize,
}

/// Go's `readFloat`: the longest prefix of `s` that is a float literal.
fn read_float(s: &[u8]) -> Option<Scanned> {
    let mut i = 0;
    let mut underscores = false;
    let mut neg = false;
    match s.first()? {
        b'+' => i += 1,
        b'-' => {
            i += 1;
            neg = true
        }
        _ => {}
    }
    let mut base: u64 = 10;
    let mut max_mant_digits = 19;
    let mut exp_char = b'e';
    let mut hex = false;
    if i + 2 < s.len() && s[i] == b'0' && lower(s[i + 1]) == b'x' {
        base = 16;
        max_mant_digits = 16;
        i += 2;
        exp_char = b'p';
        hex = true;
    }
    let mut sawdot = false;
    let mut sawdigits = false;
    let mut nd: i64 = 0;
    let mut nd_mant: i64 = 0;
    let mut dp: i64 = 0;
    let mut mantissa: u64 = 0;
    let mut trunc = false;
    while i < s.len() {
        let c = s[i];
        if c == b'_' {
            underscores = true;
        } else if c == b'.' {
            if sawdot {
                break;
            }
            sawdot = true;
            dp = nd;
        } else if c.is_ascii_digit() {
            sawdigits = true;
            if c == b'0' && nd == 0 {
                dp -= 1;
            } else {
                nd += 1;
                if nd_mant < max_mant_digits {
                    mantissa = mantissa * base + u64::from(c - b'0');
                    nd_mant += 1;
                } else if c != b'0' {
                    trunc = true;
                }
            }
        } else if base == 16 && (b'a'..=b'f').contains(&lower(c)) {
            sawdigits = true;
            nd += 1;
            if nd_mant < max_mant_digits {
                mantissa = mantissa * 16 + u64::from(lower(c) - b'a' + 10);
                nd_mant += 1;
            } else {
                trunc = true;
            }
        } else {
            break;
        }
        i += 1;
    }
    if !sawdigits {
        return None;
    }
    if !sawdot {
        dp = nd;
    }
    if base == 16 {
        dp *= 4;
        nd_mant *= 4;
    }
    if i < s.len() && lower(s[i]) == exp_char {
        i += 1;
        let mut esign = 1;
        match s.get(i)? {
            b'+' => i += 1,
            b'-' => {
                i += 1;
                esign = -1
            }
            _ => {}
        }
        if !s.get(i)?.is_ascii_digit() {
            return None;
        }
        let mut e: i64 = 0;
        while i < s.len() && (s[i].is_ascii_digit() || s[i] == b'_') {
            if s[i] == b'_' {
                underscores = true;
            } else if e < 10000 {
                e = e * 10 + i64::from(s[i] - b'0');
            }
            i += 1;
        }
        dp += e * esign;
    } else if base == 16 {
        return None;
    }
    let exp = if mantissa != 0 { dp - nd_mant } else { 0 };
    if underscores && !underscore_ok(&s[..i]) {
        return None;
    }
    Some(Scanned {
        neg,
        hex,
        mantissa,
        exp,
        trunc,
        n: i,
    })
}

/// Go's `atofHex`: `mantissa × 2^exp` rounded to the format, half to even.
fn atof_hex(sc: &Scanned, mantbits: u32, expbits: u32) -> (f64, Option<NumErr>) {
    let bias: i64 = -(1 << (expbits - 1)) + 1;
    let max_exp = (1i64 << expbits) + bias - 2;
    let min_exp = bias + 1;
    let mut mantissa = sc.mantissa;
    let mut exp = sc.exp + i64::from(mantbits);
    while mantissa != 0 && mantissa >> (mantbits + 2) == 0 {
        mantissa <<= 1;
        exp -= 1;
    }
    if sc.trunc {
        mantissa |= 1;
    }
    while mantissa >> (1 + mantbits + 2) != 0 {
        mantissa = mantissa >> 1 | mantissa & 1;
        exp += 1;
    }
    // Denormals: shift right, keeping a sticky bit.
    while mantissa > 1 && exp < min_exp - 2 {
        mantissa = mantissa >> 1 | mantissa & 1;
        exp += 1;
    }
    let mut round = mantissa & 3;
    mantissa >>= 2;
    round |= mantissa & 1; // round to even
    exp += 2;
    if round == 3 {
        mantissa += 1;
        if mantissa == 1 << (1 + mantbits) {
            mantissa >>= 1;
            exp += 1;
        }
    }
    if mantissa >> mantbits == 0 {
        exp = bias;
    }
    let mut err = None;
    if exp > max_exp {
        mantissa = 1 << mantbits;
        exp = max_exp + 1;
        err = Some(NumErr::Range);
    }
    let mut bits = mantissa & ((1 << mantbits) - 1);
    bits |= (((exp - bias) as u64) & ((1 << expbits) - 1)) << mantbits;
    if sc.neg {
        bits |= 1 << mantbits << expbits;
    }
    let f = if mantbits == 23 {
        f64::from(f32::from_bits(bits as u32))
    } else {
        f64::from_bits(bits)
    };
    (f, err)
}

/// The decimal literal `s` (already validated by `read_float`) in the
/// form Rust's parser reads: no sign, no underscores, and the exponent as
/// Go reads it (its accumulation stops once it reaches 10000, which
/// already means 0 or Inf for any mantissa a string can hold).
fn plain_decimal(s: &[u8], out: &mut Vec<u8>) {
    let mut i = 0;
    if matches!(s.first(), Some(b'+' | b'-')) {
        i = 1;
    }
    while i < s.len() && s[i] != b'e' && s[i] != b'E' {
        if s[i] != b'_' {
            out.push(s[i]);
        }
        i += 1;
    }
    if i == s.len() {
        return;
    }
    i += 1;
    let mut neg = false;
    match s.get(i) {
        Some(b'+') => i += 1,
        Some(b'-') => {
            neg = true;
            i += 1
        }
        _ => {}
    }
    let mut e: u64 = 0;
    for &c in &s[i..] {
        if c.is_ascii_digit() && e < 10000 {
            e = e * 10 + u64::from(c - b'0');
        }
    }
    out.push(b'e');
    if neg {
        out.push(b'-');
    }
    crate::atoi::append_uint(out, e, 10, false);
}

/// Go's `parseFloatPrefix`: the float at the start of `s`, the bytes it
/// used, and the error. A syntax error uses no bytes' worth of value.
pub fn parse_float_prefix(s: &[u8], bit_size: i64) -> (f64, usize, Option<NumErr>) {
    if let Some((f, n)) = special(s) {
        // Go converts through float32 for bit size 32, which keeps only
        // the NaN's quiet bit.
        let f = if bit_size == 32 {
            f64::from(f as f32)
        } else {
            f
        };
        return (f, n, None);
    }
    let Some(sc) = read_float(s) else {
        return (0.0, 0, Some(NumErr::Syntax));
    };
    let f32_ = bit_size == 32;
    if sc.hex {
        let (f, err) = if f32_ {
            atof_hex(&sc, 23, 8)
        } else {
            atof_hex(&sc, 52, 11)
        };
        return (f, sc.n, err);
    }
    let mut plain = Vec::with_capacity(sc.n + 8);
    plain_decimal(&s[..sc.n], &mut plain);
    // SAFETY: plain holds ASCII digits, '.', 'e' and '-' only.
    let text = unsafe { std::str::from_utf8_unchecked(&plain) };
    let (mag, inf) = if f32_ {
        let v: f32 = text.parse().unwrap_or(0.0);
        (f64::from(v), v.is_infinite())
    } else {
        let v: f64 = text.parse().unwrap_or(0.0);
        (v, v.is_infinite())
    };
    let f = if sc.neg { -mag } else { mag };
    (f, sc.n, inf.then_some(NumErr::Range))
}

/// Go's `strconv.ParseFloat`: the value and the error (a range error
/// comes with ±Inf, a syntax error with 0).
pub fn parse_float(s: &[u8], bit_size: i64) -> (f64, Option<NumErr>) {
    let (f, n, err) = parse_float_prefix(s, bit_size);
    if n != s.len() {
        return (0.0, Some(NumErr::Syntax));
    }
    (f, err)
}

/// Go's `strconv.ParseComplex`: `N`, `Ni` or `N±Ni`, optionally in
/// parentheses, each `N` as `ParseFloat` reads it.
pub fn parse_complex(s: &[u8], bit_size: i64) -> ((f64, f64), Option<NumErr>) {
    let size = if bit_size == 64 { 32 } else { 64 };
    let mut s = s;
    if s.len() >= 2 && s[0] == b'(' && s[s.len() - 1] == b')' {
        s = &s[1..s.len() - 1];
    }
    let syntax = ((0.0, 0.0), Some(NumErr::Syntax));
    let mut pending = None;
    let (re, n, err) = parse_float_prefix(s, size);
    match err {
        Some(NumErr::Range) => pending = err,
        Some(_) => return syntax,
        None => {}
    }
    s = &s[n..];
    if s.is_empty() {
        return ((re, 0.0), pending);
    }
    match s[0] {
        b'+' => {
            if s.len() > 1 && s[1] != b'+' {
                s = &s[1..];
            }
        }
        b'-' => {}
        b'i' if s.len() == 1 => return ((0.0, re), pending),
        _ => return syntax,
    }
    let (im, n, err) = parse_float_prefix(s, size);
    match err {
        Some(NumErr::Range) => pending = err,
        Some(_) => return syntax,
        None => {}
    }
    if &s[n..] != b"i" {
        return syntax;
    }
    ((re, im), pending)
}
