//! Go's text forms of numbers and strings: `strconv.FormatFloat` and
//! `strconv.Quote`, byte for byte.
//!
//! Go's and Rust's float formatting differ (exponent digits, `%g` thresholds,
//! shortest-digit ties, `-0`), and the type checker's messages print constants
//! the Go way, so we reimplement Go's rules here; the fmt implementation reuses
//! them.
//!
//! Digits are computed with exact integer arithmetic rather than with Go's
//! fast unrounded-scaling algorithm, but they are defined by the same rules,
//! which are exact:
//! - A fixed number of digits (`'e'`, `'f'`, `'g'` with `prec ≥ 0`) is the
//!   exact binary value rounded half to even at the last digit.
//! - The shortest form (`prec < 0`) is the shortest digit string inside the
//!   rounding interval of the float (endpoints included iff the mantissa is
//!   even; the interval is lopsided at a power of two), and when several
//!   strings of that length qualify, the one nearest the exact value, ties to
//!   even.

use super::isprint::PRINT_RANGES;
use super::literal::decode_rune;
use num_bigint::BigUint;
use num_integer::Integer;
use num_traits::{One, Pow, ToPrimitive, Zero};
use std::cmp::Ordering;

/// Decimal digits `0.d[0]d[1]… × 10^dp`, without trailing zeros; empty for zero.
struct Digits {
    d: Vec<u8>,
    dp: i64,
}

impl Digits {
    /// The digits of `q × 10^-p`, `q > 0`.
    fn from_int(q: &BigUint, p: i64) -> Digits {
        let mut d = q.to_str_radix(10).into_bytes();
        let dp = d.len() as i64 - p;
        while d.last() == Some(&b'0') {
            d.pop();
        }
        Digits { d, dp }
    }
}

/// `x × 2^e2 × 10^p` as a fraction `num/den`.
fn scaled(x: &BigUint, e2: i64, p: i64) -> (BigUint, BigUint) {
    let mut num = x.clone();
    let mut den = BigUint::one();
    if e2 > 0 {
        num <<= e2 as u64;
    } else {
        den <<= (-e2) as u64;
    }
    let ten = BigUint::from(10u32);
    if p > 0 {
        num *= Pow::pow(&ten, p as u64);
    } else if p < 0 {
        den *= Pow::pow(&ten, (-p) as u64);
    }
    (num, den)
}

/// `num/den` rounded half to even.
fn round_half_even(num: &BigUint, den: &BigUint) -> BigUint {
    let (q, r) = num.div_rem(den);
    match (&r << 1u32).cmp(den) {
        Ordering::Less => q,
        Ordering::Greater => q + 1u32,
        Ordering::Equal => {
            if q.bit(0) {
                q + 1u32
            } else {
                q
            }
        }
    }
}

/// `floor(log10(x × 2^e2))` for `x > 0`, exactly.
fn floor_log10(x: &BigUint, e2: i64) -> i64 {
    // Estimate in floating point (off by at most one near powers of ten), then fix.
    let s = x.bits().saturating_sub(53);
    let top = (x >> s).to_f64().unwrap_or(1.0);
    let l2 = top.log2() + s as f64 + e2 as f64;
    let mut k = (l2 * std::f64::consts::LOG10_2).floor() as i64;
    loop {
        // Is x × 2^e2 × 10^-k in [1, 10)?
        let (num, den) = scaled(x, e2, -k);
        if num < den {
            k -= 1;
        } else if num >= den * 10u32 {
            k += 1;
        } else {
            return k;
        }
    }
}

/// A finite nonzero binary float `mant × 2^exp` and the parameters of its format.
struct Decomposed {
    /// Mantissa including the implicit bit.
    mant: u64,
    /// Unbiased exponent of the mantissa's implicit-bit position, as Go's ftoa.
    exp: i64,
    mantbits: u32,
    /// The raw (biased) exponent field.
    biased: u64,
}

/// A float64 has at most 767 significant decimal digits, and none beyond
/// 1074 places after the point: asking for more only appends zeros, which
/// `fmt_efg` pads, so digit generation stops here (its cost does not grow
/// with the requested precision).
const MAX_SIG_DIGITS: i64 = 800;
const MAX_FRAC_DIGITS: i64 = 1100;

/// `n` significant digits of `m × 2^e` (`m > 0`), rounded half to even.
fn fixed_sig(m: &BigUint, e: i64, n: i64) -> Digits {
    let n = n.min(MAX_SIG_DIGITS);
    let k = floor_log10(m, e);
    let (num, den) = scaled(m, e, n - 1 - k);
    let q = round_half_even(&num, &den);
    // Rounding may carry into one more digit (9.99… → 10.0…); from_int copes.
    Digits::from_int(&q, n - 1 - k)
}

/// `m × 2^e` rounded half to even at the `prec`-th digit after the point.
fn fixed_frac(m: &BigUint, e: i64, prec: i64) -> Digits {
    let prec = prec.min(MAX_FRAC_DIGITS);
    let (num, den) = scaled(m, e, prec);
    let q = round_half_even(&num, &den);
    if q.is_zero() {
        return Digits {
            d: Vec::new(),
            dp: 0,
        };
    }
    Digits::from_int(&q, prec)
}

/// The shortest digits that read back as the same float (see the module doc).
fn shortest(f: &Decomposed) -> Digits {
    // Work in units of 2^(e-2) so that the interval's endpoints are integers.
    let e = f.exp - i64::from(f.mantbits) - 2;
    let x = BigUint::from(f.mant) << 2u32;
    let boundary = f.mant == 1u64 << f.mantbits && f.biased > 1;
    let lo = if boundary { &x - 1u32 } else { &x - 2u32 };
    let hi = &x + 2u32;
    let inclusive = f.mant & 1 == 0;
    // Choose p so that the interval's width × 10^p lies in [1, 10): then it
    // holds at least one integer and at most one multiple of ten.
    let width = BigUint::from(if boundary { 3u32 } else { 4u32 });
    let p = -floor_log10(&width, e);
    let (lnum, den) = scaled(&lo, e, p);
    let (hnum, _) = scaled(&hi, e, p);
    let (lq, lr) = lnum.div_rem(&den);
    let (hq, hr) = hnum.div_rem(&den);
    // dmin: the least integer in the interval; dmax: the greatest.
    let dmin = if lr.is_zero() && inclusive {
        lq
    } else {
        lq + 1u32
    };
    let dmax = if hr.is_zero() && !inclusive {
        hq - 1u32
    } else {
        hq
    };
    let d10 = &dmax / 10u32;
    if &d10 * 10u32 >= dmin {
        return Digits::from_int(&d10, p - 1);
    }
    let d = if dmin < dmax {
        let (xnum, _) = scaled(&x, e, p);
        round_half_even(&xnum, &den)
    } else {
        dmin
    };
    Digits::from_int(&d, p)
}

/// Go's `strconv.FormatFloat(f, fmt, prec, bitsize)`.
///
/// `fmt` is one of `b e E f g G x X` (anything else gives `%` and the format
/// byte, as Go does); `bitsize` 32 formats `f` rounded to float32 with
/// float32's shortest digits, anything else formats it as a float64.
pub fn format_float(f: f64, fmt: u8, prec: i32, bitsize: u32) -> String {
    let (bits, mantbits, expbits) = if bitsize == 32 {
        (u64::from((f as f32).to_bits()), 23u32, 8u32)
    } else {
        (f.to_bits(), 52, 11)
    };
    let neg = bits >> (mantbits + expbits) != 0;
    let biased = (bits >> mantbits) & ((1 << expbits) - 1);
    let mut mant = bits & ((1u64 << mantbits) - 1);
    if biased == (1 << expbits) - 1 {
        return if mant != 0 {
            "NaN".into()
        } else if neg {
            "-Inf".into()
        } else {
            "+Inf".into()
        };
    }
    let bias = (1i64 << (expbits - 1)) - 1;
    let mut exp = biased as i64;
    if exp == 0 {
        exp += 1;
    } else {
        mant |= 1u64 << mantbits;
    }
    exp -= bias;
    let dec = Decomposed {
        mant,
        exp,
        mantbits,
        biased,
    };
    let mut out = String::new();
    match fmt {
        b'b' => {
            fmt_b(&mut out, neg, mant, exp - i64::from(mantbits));
            return out;
        }
        b'x' | b'X' => {
            fmt_x(&mut out, prec, fmt, neg, mant, exp, mantbits);
            return out;
        }
        _ => {}
    }
    let prec = i64::from(prec);
    if mant == 0 {
        fmt_efg(
            &mut out,
            neg,
            &Digits {
                d: Vec::new(),
                dp: 0,
            },
            prec,
            fmt,
            prec < 0,
        );
        return out;
    }
    let m = BigUint::from(mant);
    let e = exp - i64::from(mantbits);
    if prec < 0 {
        let digs = shortest(&dec);
        let nd = digs.d.len() as i64;
        let prec = match fmt {
            b'e' | b'E' => (nd - 1).max(0),
            b'f' => (nd - digs.dp).max(0),
            b'g' | b'G' => nd,
            _ => prec,
        };
        fmt_efg(&mut out, neg, &digs, prec, fmt, true);
        return out;
    }
    let (digs, prec) = match fmt {
        b'e' | b'E' => (fixed_sig(&m, e, prec + 1), prec),
        b'f' => (fixed_frac(&m, e, prec), prec),
        b'g' | b'G' => {
            let prec = prec.max(1);
            (fixed_sig(&m, e, prec), prec)
        }
        _ => (fixed_sig(&m, e, 1), prec),
    };
    fmt_efg(&mut out, neg, &digs, prec, fmt, false);
    out
}

fn push_zeros(out: &mut String, n: i64) {
    for _ in 0..n.max(0) {
        out.push('0');
    }
}

/// Lays out digits in `%e`, `%f` or `%g` form (Go's `fmtEFG`).
fn fmt_efg(out: &mut String, neg: bool, digs: &Digits, mut prec: i64, mut fmt: u8, shortest: bool) {
    let nd = digs.d.len() as i64;
    let dp = digs.dp;
    if fmt == b'g' || fmt == b'G' {
        // Trailing fractional zeros in %e form are trimmed.
        let mut eprec = prec;
        if eprec > nd && nd >= dp {
            eprec = nd;
        }
        // %e is used if the exponent from the conversion is less than -4 or
        // greater than or equal to the precision; the shortest form decides
        // as if the precision were 6.
        if shortest {
            eprec = 6;
        }
        let exp = dp - 1;
        if exp < -4 || exp >= eprec {
            if prec > nd {
                prec = nd;
            }
            prec -= 1;
            fmt = fmt + b'e' - b'g';
        } else {
            if prec > dp {
                prec = nd;
            }
            prec = (prec - dp).max(0);
            fmt = b'f';
        }
    }
    let digit = |i: i64| digs.d[i as usize] as char;
    match fmt {
        b'e' | b'E' => {
            if neg {
                out.push('-');
            }
            out.push(if nd != 0 { digit(0) } else { '0' });
            if prec > 0 {
                out.push('.');
                let m = nd.min(prec + 1);
                for i in 1..m {
                    out.push(digit(i));
                }
                push_zeros(out, prec + 1 - m.max(1));
            }
            out.push(fmt as char);
            let mut exp = if nd == 0 { 0 } else { dp - 1 };
            if exp < 0 {
                out.push('-');
                exp = -exp;
            } else {
                out.push('+');
            }
            if exp < 10 {
                out.push('0');
            }
            out.push_str(&exp.to_string());
        }
        b'f' => {
            if neg {
                out.push('-');
            }
            if dp > 0 {
                let m = nd.min(dp);
                for i in 0..m {
                    out.push(digit(i));
                }
                push_zeros(out, dp - m);
            } else {
                out.push('0');
            }
            if prec > 0 {
                out.push('.');
                let lz = prec.min((-dp).max(0));
                let off = dp + lz;
                let m = (prec - lz).min((nd - off).max(0));
                push_zeros(out, lz);
                for i in 0..m {
                    out.push(digit(off + i));
                }
                push_zeros(out, prec - lz - m);
            }
        }
        _ => {
            out.push('%');
            out.push(fmt as char);
        }
    }
}

/// `%b`: `-ddddp±ddd`, the integer mantissa and binary exponent.
fn fmt_b(out: &mut String, neg: bool, mant: u64, exp: i64) {
    if neg {
        out.push('-');
    }
    out.push_str(&mant.to_string());
    out.push('p');
    if exp >= 0 {
        out.push('+');
    }
    out.push_str(&exp.to_string());
}

/// `%x`: `-0x1.hhhhp±dd`, hexadecimal fraction and binary exponent, rounded
/// half to even to `prec` hex digits when `0 ≤ prec < 15`.
fn fmt_x(
    out: &mut String,
    prec: i32,
    fmt: u8,
    neg: bool,
    mut mant: u64,
    mut exp: i64,
    mantbits: u32,
) {
    if mant == 0 {
        exp = 0;
    }
    // Put the leading 1 (if any) at bit 60.
    mant <<= 60 - mantbits;
    while mant != 0 && mant & (1 << 60) == 0 {
        mant <<= 1;
        exp -= 1;
    }
    if (0..15).contains(&prec) {
        let shift = (prec * 4) as u32;
        let extra = (mant << shift) & ((1 << 60) - 1);
        mant >>= 60 - shift;
        if extra | (mant & 1) > 1 << 59 {
            mant += 1;
        }
        mant <<= 60 - shift;
        if mant & (1 << 61) != 0 {
            // Rounding carried into a new leading digit.
            mant >>= 1;
            exp += 1;
        }
    }
    let hex: &[u8; 16] = if fmt == b'X' {
        b"0123456789ABCDEF"
    } else {
        b"0123456789abcdef"
    };
    if neg {
        out.push('-');
    }
    out.push('0');
    out.push(fmt as char);
    out.push((b'0' + ((mant >> 60) & 1) as u8) as char);
    mant <<= 4; // drop the leading digit
    if prec < 0 && mant != 0 {
        out.push('.');
        while mant != 0 {
            out.push(hex[((mant >> 60) & 15) as usize] as char);
            mant <<= 4;
        }
    } else if prec > 0 {
        out.push('.');
        for _ in 0..prec {
            out.push(hex[((mant >> 60) & 15) as usize] as char);
            mant <<= 4;
        }
    }
    out.push(if fmt == b'X' { 'P' } else { 'p' });
    if exp < 0 {
        out.push('-');
        exp = -exp;
    } else {
        out.push('+');
    }
    if exp < 10 {
        out.push('0');
    }
    out.push_str(&exp.to_string());
}

/// Go's `strconv.IsPrint`.
pub fn is_print(r: u32) -> bool {
    PRINT_RANGES
        .binary_search_by(|&(lo, hi)| {
            if hi < r {
                Ordering::Less
            } else if lo > r {
                Ordering::Greater
            } else {
                Ordering::Equal
            }
        })
        .is_ok()
}

const LOWER_HEX: &[u8; 16] = b"0123456789abcdef";

/// Go's `strconv.Quote`: a double-quoted Go string literal for the bytes `s`
/// (which need not be UTF-8), escaping what `IsPrint` rejects.
pub fn quote(s: &[u8]) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    let mut i = 0;
    while i < s.len() {
        let (r, width) = decode_rune(&s[i..]);
        if width == 1 && r == 0xFFFD {
            out.push_str("\\x");
            out.push(LOWER_HEX[(s[i] >> 4) as usize] as char);
            out.push(LOWER_HEX[(s[i] & 15) as usize] as char);
        } else {
            escape_rune(&mut out, r, '"');
        }
        i += width;
    }
    out.push('"');
    out
}

/// Go's `appendEscapedRune` (not ASCII-only, not graphic-only).
fn escape_rune(out: &mut String, r: u32, quote: char) {
    if r == quote as u32 || r == u32::from(b'\\') {
        out.push('\\');
        out.push(r as u8 as char);
        return;
    }
    if is_print(r) {
        out.push(char::from_u32(r).unwrap_or('\u{FFFD}'));
        return;
    }
    match r {
        0x07 => out.push_str("\\a"),
        0x08 => out.push_str("\\b"),
        0x0c => out.push_str("\\f"),
        0x0a => out.push_str("\\n"),
        0x0d => out.push_str("\\r"),
        0x09 => out.push_str("\\t"),
        0x0b => out.push_str("\\v"),
        _ if r < 0x20 || r == 0x7f => {
            out.push_str("\\x");
            out.push(LOWER_HEX[(r >> 4) as usize] as char);
            out.push(LOWER_HEX[(r & 15) as usize] as char);
        }
        _ => {
            let r = if char::from_u32(r).is_none() {
                0xFFFD
            } else {
                r
            };
            if r < 0x10000 {
                out.push_str("\\u");
                for s in (0..=12).rev().step_by(4) {
                    out.push(LOWER_HEX[((r >> s) & 15) as usize] as char);
                }
            } else {
                out.push_str("\\U");
                for s in (0..=28).rev().step_by(4) {
                    out.push(LOWER_HEX[((r >> s) & 15) as usize] as char);
                }
            }
        }
    }
}
