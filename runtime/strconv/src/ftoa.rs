//! `strconv.FormatFloat`, byte for byte.
//!
//! Go's and Rust's float formatting differ (exponent digits, `%g`
//! thresholds, `-0`, NaN and infinities, and ties in the shortest form),
//! so the layout is Go's own (`fmt_efg`, `fmt_b`, `fmt_x`, after ftoa.go).
//! The digits are defined exactly:
//! - A fixed number of digits (`'e'`, `'f'`, `'g'` with `prec ≥ 0`) is the
//!   exact binary value rounded half to even at the last digit. Rust's
//!   core formatter computes exactly these (`{:.*e}` and `{:.*}` are exact,
//!   Grisu with a Dragon4 fallback, ties to even), so we ask it for them.
//! - The shortest form (`prec < 0`) is the shortest digit string inside the
//!   float's rounding interval (endpoints included iff the mantissa is
//!   even; the interval is lopsided at a power of two) and, among strings
//!   of that length, the one nearest the exact value, *ties to even*. Rust
//!   breaks such ties upwards, so this path is Go's own algorithm, fast
//!   unrounded scaling (`short_float`): one or two 64×64→128-bit products
//!   with a 128-bit power of ten from a table `build.rs` computes.
//!
//! Digits are produced into a fixed buffer on the stack: no heap
//! allocation besides the output.

use std::fmt::Write;

/// Decimal digits `0.d[0]d[1]… × 10^dp` (ASCII), without trailing zeros;
/// empty for zero.
struct Digits<'a> {
    d: &'a [u8],
    dp: i64,
}

/// A float64 has at most 767 significant decimal digits, and none beyond
/// 1074 places after the point: asking for more only appends zeros, which
/// `fmt_efg` pads, so digit generation stops here (its cost does not grow
/// with the requested precision).
const MAX_SIG_DIGITS: usize = 800;
const MAX_FRAC_DIGITS: usize = 1100;

/// A stack buffer Rust's formatter writes into. Large enough for `{:.1100}`
/// of any float64 (309 integer digits, the point, 1100 fraction digits).
struct StackBuf {
    b: [u8; 1500],
    n: usize,
}

impl StackBuf {
    fn new() -> StackBuf {
        StackBuf { b: [0; 1500], n: 0 }
    }
    fn bytes(&self) -> &[u8] {
        &self.b[..self.n]
    }
}

impl Write for StackBuf {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        let end = self.n + s.len();
        if end > self.b.len() {
            return Err(std::fmt::Error);
        }
        self.b[self.n..end].copy_from_slice(s.as_bytes());
        self.n = end;
        Ok(())
    }
}

/// Splits Rust's `d.ddde±x` (or `de±x`) into digits and decimal point
/// position, compacting the digits to the front of `buf`. Returns
/// `(ndigits, dp)` with trailing zeros removed.
fn parse_exp_form(buf: &mut StackBuf) -> (usize, i64) {
    let s = buf.bytes();
    let e = s.iter().position(|&c| c == b'e').unwrap_or(s.len());
    let mut exp: i64 = 0;
    let mut neg = false;
    for &c in &s[(e + 1).min(s.len())..] {
        match c {
            b'-' => neg = true,
            b'0'..=b'9' => exp = exp * 10 + i64::from(c - b'0'),
            _ => {}
        }
    }
    if neg {
        exp = -exp;
    }
    let mut n = 0;
    for i in 0..e {
        let c = buf.b[i];
        if c.is_ascii_digit() {
            buf.b[n] = c;
            n += 1;
        }
    }
    while n > 0 && buf.b[n - 1] == b'0' {
        n -= 1;
    }
    (n, exp + 1)
}

/// Splits Rust's fixed form `ddd.ddd` into digits without leading or
/// trailing zeros (compacted to the front of `buf`) and the decimal point
/// position. Returns `(ndigits, dp)`; zero has no digits and `dp == 0`.
fn parse_fixed_form(buf: &mut StackBuf) -> (usize, i64) {
    let len = buf.n;
    let point = buf.b[..len].iter().position(|&c| c == b'.').unwrap_or(len);
    let mut dp = point as i64;
    let mut n = 0;
    for j in 0..len {
        let c = buf.b[j];
        if !c.is_ascii_digit() {
            continue;
        }
        if n == 0 && c == b'0' {
            // A leading zero moves the point left.
            dp -= 1;
            continue;
        }
        buf.b[n] = c;
        n += 1;
    }
    while n > 0 && buf.b[n - 1] == b'0' {
        n -= 1;
    }
    if n == 0 {
        dp = 0;
    }
    (n, dp)
}

/// The float, rounded to the format's width, as Rust sees it.
#[derive(Clone, Copy)]
enum Val {
    F32(f32),
    F64(f64),
}

include!(concat!(env!("OUT_DIR"), "/pow10tab.rs"));

/// An unrounded value: the integer part shifted left by two, bit 1 the
/// half bit, bit 0 sticky (set if anything below the half is nonzero).
#[derive(Clone, Copy, PartialEq, PartialOrd)]
struct Unrounded(u64);

impl Unrounded {
    fn floor(self) -> u64 {
        self.0 >> 2
    }
    fn round(self) -> u64 {
        (self.0 + 1 + ((self.0 >> 2) & 1)) >> 2
    }
    fn ceil(self) -> u64 {
        (self.0 + 3) >> 2
    }
    fn nudge(self, d: i64) -> Unrounded {
        Unrounded(self.0.wrapping_add(d as u64))
    }
    /// Divided by `d`, keeping the sticky bit.
    fn div(self, d: u64) -> Unrounded {
        let x = self.0;
        Unrounded((x / d) | (x & 1) | u64::from(!x.is_multiple_of(d)))
    }
}

/// `⌊x × log10(2)⌋` for |x| within the float exponent range.
fn log10_pow2(x: i64) -> i64 {
    (x * 78913) >> 18
}

/// `⌊x × log2(10)⌋`.
fn log2_pow10(x: i64) -> i64 {
    (x * 108853) >> 15
}

/// `⌊log10(3/4 × 2^e)⌋`: the decimal footprint below a power of two,
/// where the rounding interval is lopsided.
fn skewed(e: i64) -> i64 {
    (e * 631305 - 261663) >> 21
}

/// The power of ten 10^p and the shift turning `x × pow` into
/// `x × 2^e × 10^p` (Go's `scaler`).
struct Scaler {
    hi: u64,
    lo: u64,
    s: u32,
}

fn prescale(e: i64, p: i64) -> Scaler {
    // Invariant: callers pick p so that the product has about 64
    // significant bits: 0 ≤ s < 64 and p is inside the table.
    let idx = (p - i64::from(POW10_MIN)).clamp(0, POW10_TAB.len() as i64 - 1) as usize;
    let (hi, lo) = POW10_TAB[idx];
    Scaler {
        hi,
        lo,
        s: (-(e + log2_pow10(p) + 3)).clamp(0, 63) as u32,
    }
}

/// `x × 2^e × 10^p`, unrounded; `x` must be left-justified.
fn uscale(x: u64, c: &Scaler) -> Unrounded {
    let full = u128::from(x) * u128::from(c.hi);
    let mut hi = (full >> 64) as u64;
    let mid = full as u64;
    let s = c.s;
    if (hi >> s) << s != hi {
        return Unrounded(hi >> s | 1);
    }
    let mid2 = ((u128::from(x) * u128::from(c.lo)) >> 64) as u64;
    hi = hi.wrapping_sub(u64::from(mid < mid2));
    Unrounded(hi >> s | u64::from(mid.wrapping_sub(mid2) > 1))
}

/// Go's `shortFloat`: the shortest `d × 10^p` that rounds back to
/// `m × 2^e` (m left-justified; `mantbits` and `min_exp`, the exponent of
/// a left-justified smallest normal, describe the format).
fn short_float(m: u64, e: i64, mantbits: u32, min_exp: i64) -> (u64, i64) {
    let mut z = 63 - i64::from(mantbits);
    let p;
    let (min, max, odd);
    if m == 1 << 63 && e > min_exp {
        // A power of two: the interval below is half as wide.
        p = -skewed(e + z);
        min = m - (1u64 << (z - 2));
        max = m + (1u64 << (z - 1));
        odd = ((m >> z) & 1) as i64;
    } else {
        if e < min_exp {
            // Denormal: fewer significant bits.
            z += min_exp - e;
        }
        p = -log10_pow2(e + z);
        min = m - (1u64 << (z - 1));
        max = m + (1u64 << (z - 1));
        odd = ((m >> z) & 1) as i64;
    }
    let pre = prescale(e, p);
    let dmin = uscale(min, &pre).nudge(odd).ceil();
    let dmax = uscale(max, &pre).nudge(-odd).floor();
    let d = dmax / 10;
    if d * 10 >= dmin {
        return (d, -(p - 1));
    }
    let mut d = dmin;
    if d < dmax {
        d = uscale(m, &pre).round();
    }
    (d, -p)
}

/// "00" to "99".
const PAIRS: &[u8; 200] = b"\
0001020304050607080910111213141516171819\
2021222324252627282930313233343536373839\
4041424344454647484950515253545556575859\
6061626364656667686970717273747576777879\
8081828384858687888990919293949596979899";

/// Writes the digits of `d × 10^p` (d ≥ 1) into `buf` without trailing
/// zeros. Returns `(ndigits, dp)`.
fn set_digits(buf: &mut [u8; 24], mut d: u64, p: i64) -> (usize, i64) {
    // Trailing zeros first, so that only significant digits are written.
    let mut p = p;
    while d.is_multiple_of(100) && d != 0 {
        d /= 100;
        p += 2;
    }
    if d.is_multiple_of(10) && d != 0 {
        d /= 10;
        p += 1;
    }
    let nd = if d == 0 { 1 } else { d.ilog10() as usize + 1 };
    let mut i = nd;
    while d >= 100 {
        let r = (d % 100) as usize;
        d /= 100;
        i -= 2;
        buf[i..i + 2].copy_from_slice(&PAIRS[2 * r..2 * r + 2]);
    }
    if d >= 10 {
        i -= 2;
        buf[i..i + 2].copy_from_slice(&PAIRS[2 * d as usize..2 * d as usize + 2]);
    } else {
        i -= 1;
        buf[i] = b'0' + d as u8;
    }
    (nd, nd as i64 + p)
}

/// `n ≥ 1` significant digits, rounded half to even.
fn fixed_sig(v: Val, n: usize, buf: &mut StackBuf) -> (usize, i64) {
    let n = n.clamp(1, MAX_SIG_DIGITS);
    // The exact value of a float32 is the same as a float64's.
    let x = match v {
        Val::F32(x) => f64::from(x),
        Val::F64(x) => x,
    };
    let _ = write!(buf, "{:.*e}", n - 1, x.abs());
    parse_exp_form(buf)
}

/// Rounded half to even at the `prec`-th digit after the point.
fn fixed_frac(v: Val, prec: usize, buf: &mut StackBuf) -> (usize, i64) {
    let prec = prec.min(MAX_FRAC_DIGITS);
    let x = match v {
        Val::F32(x) => f64::from(x),
        Val::F64(x) => x,
    };
    let _ = write!(buf, "{:.*}", prec, x.abs());
    parse_fixed_form(buf)
}

/// Go's `strconv.FormatFloat(f, fmt, prec, bitsize)`.
///
/// `fmt` is one of `b e E f g G x X` (anything else gives `%` and the format
/// byte, as Go does); `bitsize` 32 formats `f` rounded to float32 with
/// float32's shortest digits, anything else formats it as a float64.
pub fn format_float(f: f64, fmt: u8, prec: i32, bitsize: u32) -> String {
    let mut out = Vec::with_capacity(24);
    append_float(&mut out, f, fmt, prec, bitsize);
    // SAFETY: append_float writes ASCII only.
    unsafe { String::from_utf8_unchecked(out) }
}

/// Where formatted bytes go: a growable vector, or a fixed buffer for
/// callers that must not allocate (the runtime's `print`).
pub trait Out {
    fn push(&mut self, b: u8);
    fn extend_from_slice(&mut self, s: &[u8]) {
        for &b in s {
            self.push(b);
        }
    }
}

impl Out for Vec<u8> {
    fn push(&mut self, b: u8) {
        Vec::push(self, b)
    }
    fn extend_from_slice(&mut self, s: &[u8]) {
        Vec::extend_from_slice(self, s)
    }
}

/// A fixed buffer; bytes beyond its end are dropped (and counted in `n`).
pub struct FixedBuf<'a> {
    pub buf: &'a mut [u8],
    pub n: usize,
}

impl Out for FixedBuf<'_> {
    fn push(&mut self, b: u8) {
        if let Some(slot) = self.buf.get_mut(self.n) {
            *slot = b;
        }
        self.n += 1;
    }
    fn extend_from_slice(&mut self, s: &[u8]) {
        let start = self.n.min(self.buf.len());
        let k = s.len().min(self.buf.len() - start);
        self.buf[start..start + k].copy_from_slice(&s[..k]);
        self.n += s.len();
    }
}

/// [`format_float`] into `buf` without allocating; returns the length of
/// the text, which was cut if longer than `buf` (32 bytes hold any
/// shortest form, as Go's runtime print uses it).
pub fn format_float_to(buf: &mut [u8], f: f64, fmt: u8, prec: i32, bitsize: u32) -> usize {
    let mut out = FixedBuf { buf, n: 0 };
    write_float(&mut out, f, fmt, prec, bitsize);
    out.n
}

/// Go's `strconv.AppendFloat`: [`format_float`] appended to `out` (ASCII).
pub fn append_float(out: &mut Vec<u8>, f: f64, fmt: u8, prec: i32, bitsize: u32) {
    write_float(out, f, fmt, prec, bitsize)
}

/// [`append_float`] to any [`Out`].
pub fn write_float(out: &mut impl Out, f: f64, fmt: u8, prec: i32, bitsize: u32) {
    let (bits, mantbits, expbits, val) = if bitsize == 32 {
        let x = f as f32;
        (u64::from(x.to_bits()), 23u32, 8u32, Val::F32(x))
    } else {
        (f.to_bits(), 52, 11, Val::F64(f))
    };
    let neg = bits >> (mantbits + expbits) != 0;
    let biased = (bits >> mantbits) & ((1 << expbits) - 1);
    let mut mant = bits & ((1u64 << mantbits) - 1);
    if biased == (1 << expbits) - 1 {
        out.extend_from_slice(if mant != 0 {
            b"NaN"
        } else if neg {
            b"-Inf"
        } else {
            b"+Inf"
        });
        return;
    }
    let bias = (1i64 << (expbits - 1)) - 1;
    let mut exp = biased as i64;
    if exp == 0 {
        exp += 1;
    } else {
        mant |= 1u64 << mantbits;
    }
    exp -= bias;
    match fmt {
        b'b' => return fmt_b(out, neg, mant, exp - i64::from(mantbits)),
        b'x' | b'X' => return fmt_x(out, prec, fmt, neg, mant, exp, mantbits),
        _ => {}
    }
    let prec = i64::from(prec);
    if mant == 0 {
        let digs = Digits { d: &[], dp: 0 };
        return fmt_efg(out, neg, &digs, prec, fmt, prec < 0);
    }
    // Left-justified mantissa and its exponent: the value is m × 2^e.
    let s = mant.leading_zeros();
    let m = mant << s;
    let e = exp - i64::from(s) - i64::from(mantbits);
    let mut small = [0u8; 24];
    if prec < 0 {
        let min_exp = if mantbits == 23 {
            -149 - 40
        } else {
            -1074 - 11
        };
        let (d, p) = short_float(m, e, mantbits, min_exp);
        let (nd, dp) = set_digits(&mut small, d, p);
        let digs = Digits {
            d: &small[..nd],
            dp,
        };
        let nd = nd as i64;
        let prec = match fmt {
            b'e' | b'E' => (nd - 1).max(0),
            b'f' => (nd - dp).max(0),
            b'g' | b'G' => nd,
            _ => prec,
        };
        return fmt_efg(out, neg, &digs, prec, fmt, true);
    }
    // How many significant digits the format needs (for %f an upper
    // bound, cut to the precision by fixed_width_float).
    let (digits, prec) = match fmt {
        b'f' if exp >= 0 => (1 + log10_pow2(1 + exp) + prec, prec),
        b'f' => (1 + prec - log10_pow2(-exp), prec),
        b'e' | b'E' => (prec + 1, prec),
        b'g' | b'G' => (prec.max(1), prec.max(1)),
        _ => (1, prec),
    };
    if digits <= 18 {
        // Few digits: unrounded scaling, as Go does.
        let (mut nd, mut dp) = (0, 0);
        if digits > 0 {
            let (d, p) = fixed_width_float(m, e, digits, prec, fmt);
            if d != 0 {
                (nd, dp) = set_digits(&mut small, d, p);
            }
        }
        let digs = Digits {
            d: &small[..nd],
            dp,
        };
        return fmt_efg(out, neg, &digs, prec, fmt, false);
    }
    // Many digits: exact digits from Rust's formatter.
    let mut buf = StackBuf::new();
    let (nd, dp) = match fmt {
        b'e' | b'E' => fixed_sig(val, (prec + 1) as usize, &mut buf),
        b'f' => fixed_frac(val, prec as usize, &mut buf),
        b'g' | b'G' => fixed_sig(val, prec as usize, &mut buf),
        _ => fixed_sig(val, 1, &mut buf),
    };
    let digs = Digits {
        d: &buf.b[..nd],
        dp,
    };
    fmt_efg(out, neg, &digs, prec, fmt, false)
}

const POW10: [u64; 20] = {
    let mut t = [1u64; 20];
    let mut i = 1;
    while i < 20 {
        t[i] = t[i - 1] * 10;
        i += 1;
    }
    t
};

/// The minimum unrounded value that rounds to `x`.
fn unmin(x: u64) -> Unrounded {
    Unrounded((x << 2) - 2)
}

/// Go's `fixedWidthFloat`: the `n`-digit (n ≤ 18) decimal form of
/// `m × 2^e` (m left-justified) as `d × 10^p`, rounded half to even; for
/// `%f`, digits past the precision are dropped first.
fn fixed_width_float(m: u64, e: i64, n: i64, prec: i64, fmt: u8) -> (u64, i64) {
    let mut p = n - 1 - log10_pow2(e + 63);
    let pre = prescale(e, p);
    let mut u = uscale(m, &pre);
    if u >= unmin(POW10[n as usize]) {
        u = u.div(10);
        p -= 1;
    }
    if fmt == b'f' {
        while p > prec {
            u = u.div(10);
            p -= 1;
        }
    }
    (u.round(), -p)
}

fn push_zeros(out: &mut impl Out, n: i64) {
    for _ in 0..n.max(0) {
        out.push(b'0');
    }
}

fn push_int(out: &mut impl Out, mut x: u64) {
    if x < 100 {
        if x >= 10 {
            out.extend_from_slice(&PAIRS[2 * x as usize..2 * x as usize + 2]);
        } else {
            out.push(b'0' + x as u8);
        }
        return;
    }
    let mut tmp = [0u8; 20];
    let mut i = tmp.len();
    loop {
        i -= 1;
        tmp[i] = b'0' + (x % 10) as u8;
        x /= 10;
        if x == 0 {
            break;
        }
    }
    out.extend_from_slice(&tmp[i..]);
}

/// Lays out digits in `%e`, `%f` or `%g` form (Go's `fmtE`, `fmtF` and
/// the `%g` choice of `formatDigits`).
fn fmt_efg(
    out: &mut impl Out,
    neg: bool,
    digs: &Digits,
    mut prec: i64,
    mut fmt: u8,
    shortest: bool,
) {
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

    match fmt {
        b'e' | b'E' => {
            if neg {
                out.push(b'-');
            }
            out.push(if nd != 0 { digs.d[0] } else { b'0' });
            if prec > 0 {
                out.push(b'.');
                let m = nd.min(prec + 1);
                if m > 1 {
                    out.extend_from_slice(&digs.d[1..m as usize]);
                }
                push_zeros(out, prec + 1 - m.max(1));
            }
            out.push(fmt);
            let mut exp = if nd == 0 { 0 } else { dp - 1 };
            if exp < 0 {
                out.push(b'-');
                exp = -exp;
            } else {
                out.push(b'+');
            }
            if exp < 10 {
                out.push(b'0');
            }
            push_int(out, exp as u64);
        }
        b'f' => {
            if neg {
                out.push(b'-');
            }
            if dp > 0 {
                let m = nd.min(dp);
                out.extend_from_slice(&digs.d[..m as usize]);
                push_zeros(out, dp - m);
            } else {
                out.push(b'0');
            }
            if prec > 0 {
                out.push(b'.');
                let lz = prec.min((-dp).max(0));
                let off = dp + lz;
                let m = (prec - lz).min((nd - off).max(0));
                push_zeros(out, lz);
                if m > 0 {
                    out.extend_from_slice(&digs.d[off as usize..(off + m) as usize]);
                }
                push_zeros(out, prec - lz - m);
            }
        }
        _ => {
            out.push(b'%');
            out.push(fmt);
        }
    }
}

/// `%b`: `-ddddp±ddd`, the integer mantissa and binary exponent.
fn fmt_b(out: &mut impl Out, neg: bool, mant: u64, exp: i64) {
    if neg {
        out.push(b'-');
    }
    push_int(out, mant);
    out.push(b'p');
    if exp >= 0 {
        out.push(b'+');
    } else {
        out.push(b'-');
    }
    push_int(out, exp.unsigned_abs());
}

/// `%x`: `-0x1.hhhhp±dd`, hexadecimal fraction and binary exponent, rounded
/// half to even to `prec` hex digits when `0 ≤ prec < 15`.
fn fmt_x(
    out: &mut impl Out,
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
        out.push(b'-');
    }
    out.push(b'0');
    out.push(fmt);
    out.push(b'0' + ((mant >> 60) & 1) as u8);
    mant <<= 4; // drop the leading digit
    if prec < 0 && mant != 0 {
        out.push(b'.');
        while mant != 0 {
            out.push(hex[((mant >> 60) & 15) as usize]);
            mant <<= 4;
        }
    } else if prec > 0 {
        out.push(b'.');
        for _ in 0..prec {
            out.push(hex[((mant >> 60) & 15) as usize]);
            mant <<= 4;
        }
    }
    out.push(if fmt == b'X' { b'P' } else { b'p' });
    if exp < 0 {
        out.push(b'-');
        exp = -exp;
    } else {
        out.push(b'+');
    }
    if exp < 10 {
        out.push(b'0');
    }
    push_int(out, exp as u64);
}
