//! Arbitrary-precision binary floating point: the part of math/big's `Float`
//! that go/constant relies on.
//!
//! A finite nonzero [`BigFloat`] is `±0.mant × 2^exp` with `0.5 ≤ 0.mant < 1`, as
//! in math/big, so `exp` is directly comparable with Go's `MinExp`/`MaxExp`
//! (the range of an `int32`). Precision is not stored in the value: every
//! operation takes the precision (in bits) it rounds its result to, because
//! go/constant uses a few fixed precisions (512 for values, 576/640 inside
//! literal parsing, 508 in `ToInt`, 24/53 when converting to machine floats).
//!
//! Invariants:
//! - `mant` is odd for finite values (trailing zero bits are stripped), so
//!   `mant.bits()` is the minimal precision that holds the value exactly and
//!   structural equality is value equality.
//! - `MIN_EXP ≤ exp ≤ MAX_EXP`; a result whose exponent would leave that range
//!   becomes zero (underflow) or infinity (overflow), exactly where math/big
//!   makes that decision: before rounding, and again when rounding carries.
//! - Every arithmetic result is the exact result rounded once to the requested
//!   precision, so results agree bit for bit with math/big's (which is also
//!   correctly rounded), whatever the internal algorithm.
//! - No operation allocates more than a small multiple of its operands' and the
//!   precision's size: addition of operands whose exponents are far apart
//!   replaces the small one by a sticky bit instead of shifting it into place.

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{One, ToPrimitive, Zero};
use std::cmp::Ordering;

/// Smallest exponent of a finite nonzero value (math/big's `MinExp`).
pub(crate) const MIN_EXP: i64 = i32::MIN as i64;
/// Largest exponent of a finite value (math/big's `MaxExp`).
pub(crate) const MAX_EXP: i64 = i32::MAX as i64;

/// Rounding modes used by go/constant.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub(crate) enum Mode {
    NearestEven,
    ToZero,
    AwayFromZero,
}

/// How a rounded result relates to the exact one (math/big's `Accuracy`).
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub(crate) enum Accuracy {
    Below,
    Exact,
    Above,
}

impl Accuracy {
    /// math/big's `makeAcc(above)`.
    fn from_above(above: bool) -> Accuracy {
        if above {
            Accuracy::Above
        } else {
            Accuracy::Below
        }
    }
}

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub(crate) enum Form {
    Zero,
    Finite,
    Inf,
}

#[derive(Clone, PartialEq, Eq, Debug)]
pub(crate) struct BigFloat {
    neg: bool,
    form: Form,
    /// Odd when finite, zero otherwise.
    mant: BigUint,
    /// Binary exponent for `0.mant`; meaningful when finite.
    exp: i64,
}

impl BigFloat {
    pub(crate) fn zero() -> BigFloat {
        BigFloat {
            neg: false,
            form: Form::Zero,
            mant: BigUint::zero(),
            exp: 0,
        }
    }

    pub(crate) fn inf(neg: bool) -> BigFloat {
        BigFloat {
            neg,
            form: Form::Inf,
            mant: BigUint::zero(),
            exp: 0,
        }
    }

    pub(crate) fn is_inf(&self) -> bool {
        self.form == Form::Inf
    }

    pub(crate) fn is_zero(&self) -> bool {
        self.form == Form::Zero
    }

    pub(crate) fn sign(&self) -> i32 {
        match self.form {
            Form::Zero => 0,
            _ if self.neg => -1,
            _ => 1,
        }
    }

    /// The exponent of `0.mant`, as math/big's `MantExp` returns it (0 for zero).
    pub(crate) fn exponent(&self) -> i64 {
        match self.form {
            Form::Finite => self.exp,
            _ => 0,
        }
    }

    /// Rounds `±(mant × 2^lsb + ε)` to `prec` bits, where `ε` is some value in
    /// `(0, 2^lsb)` if `sticky` and 0 otherwise. `prec` must be at least 1.
    fn round_from(
        neg: bool,
        mut mant: BigUint,
        mut lsb: i64,
        sticky: bool,
        prec: u32,
        mode: Mode,
    ) -> (BigFloat, Accuracy) {
        debug_assert!(prec >= 1);
        if mant.is_zero() {
            // Only exact zeros reach here: callers never pass a lone sticky bit.
            return (
                BigFloat {
                    neg,
                    ..BigFloat::zero()
                },
                if sticky {
                    Accuracy::from_above(neg)
                } else {
                    Accuracy::Exact
                },
            );
        }
        let prec = u64::from(prec);
        if sticky && mant.bits() <= prec + 1 {
            // Make room so that the sticky bit lies strictly below the rounding bit.
            let k = prec + 2 - mant.bits();
            mant <<= k;
            lsb -= k as i64;
        }
        let n = mant.bits();
        let mut exp = lsb + n as i64;
        if exp < MIN_EXP {
            return (
                BigFloat {
                    neg,
                    ..BigFloat::zero()
                },
                Accuracy::from_above(neg),
            );
        }
        if exp > MAX_EXP {
            return (BigFloat::inf(neg), Accuracy::from_above(!neg));
        }
        let mut acc = Accuracy::Exact;
        if n > prec {
            let r = n - prec; // number of bits cut off; the rounding bit is r-1
            let rbit = mant.bit(r - 1);
            let tz = mant.trailing_zeros().unwrap_or(0);
            let sbit = sticky || tz < r - 1;
            mant >>= r;
            if rbit || sbit {
                let inc = match mode {
                    Mode::NearestEven => rbit && (sbit || mant.bit(0)),
                    Mode::ToZero => false,
                    Mode::AwayFromZero => true,
                };
                acc = Accuracy::from_above(inc != neg);
                if inc {
                    mant += 1u32;
                    if mant.bits() > prec {
                        // Carry out of the top: mant is now a power of two.
                        mant >>= 1u32;
                        exp += 1;
                        if exp > MAX_EXP {
                            return (BigFloat::inf(neg), Accuracy::from_above(!neg));
                        }
                    }
                }
            }
        } else {
            debug_assert!(!sticky);
        }
        let tz = mant.trailing_zeros().unwrap_or(0);
        if tz > 0 {
            mant >>= tz;
        }
        (
            BigFloat {
                neg,
                form: Form::Finite,
                mant,
                exp,
            },
            acc,
        )
    }

    /// The exact value `±mant × 2^lsb` (no rounding); `lsb + mant.bits()` must
    /// lie in `MIN_EXP..=MAX_EXP`, which holds for every integer and machine float.
    pub(crate) fn exact(neg: bool, mant: BigUint, lsb: i64) -> BigFloat {
        let prec = u32::try_from(mant.bits()).unwrap_or(u32::MAX).max(1);
        BigFloat::round_from(neg, mant, lsb, false, prec, Mode::NearestEven).0
    }

    /// `x` rounded to `prec` bits (math/big's `SetInt` on a Float of that precision).
    pub(crate) fn from_bigint(x: &BigInt, prec: u32) -> BigFloat {
        BigFloat::round_from(
            x.sign() == Sign::Minus,
            x.magnitude().clone(),
            0,
            false,
            prec,
            Mode::NearestEven,
        )
        .0
    }

    pub(crate) fn from_i64(x: i64, prec: u32) -> BigFloat {
        BigFloat::round_from(
            x < 0,
            BigUint::from(x.unsigned_abs()),
            0,
            false,
            prec,
            Mode::NearestEven,
        )
        .0
    }

    pub(crate) fn from_u64(x: u64, prec: u32) -> BigFloat {
        BigFloat::round_from(false, BigUint::from(x), 0, false, prec, Mode::NearestEven).0
    }

    /// The exact value of a finite `f`; -0 becomes +0.
    pub(crate) fn from_f64(f: f64) -> BigFloat {
        if f == 0.0 || !f.is_finite() {
            return if f.is_infinite() {
                BigFloat::inf(f < 0.0)
            } else {
                BigFloat::zero()
            };
        }
        let bits = f.to_bits();
        let neg = bits >> 63 != 0;
        let bexp = ((bits >> 52) & 0x7ff) as i64;
        let frac = bits & ((1u64 << 52) - 1);
        let (mant, lsb) = if bexp == 0 {
            (frac, -1074)
        } else {
            (frac | (1u64 << 52), bexp - 1075)
        };
        BigFloat::exact(neg, BigUint::from(mant), lsb)
    }

    /// `num/den` rounded to `prec` bits (math/big's `SetRat`); `den` must be nonzero.
    pub(crate) fn from_ratio(num: &BigInt, den: &BigInt, prec: u32) -> BigFloat {
        let neg = (num.sign() == Sign::Minus) != (den.sign() == Sign::Minus);
        let a = BigFloat::exact(neg, num.magnitude().clone(), 0);
        let b = BigFloat::exact(false, den.magnitude().clone(), 0);
        BigFloat::quo(&a, &b, prec)
    }

    /// The mantissa bits and the exponent of their least significant bit.
    fn parts(&self) -> (&BigUint, i64) {
        (&self.mant, self.exp - self.mant.bits() as i64)
    }

    pub(crate) fn neg(&self) -> BigFloat {
        let mut z = self.clone();
        if z.form != Form::Zero {
            z.neg = !z.neg;
        }
        z
    }

    /// `self` rounded to `prec` bits in `mode` (math/big's `Set` on a Float of
    /// that precision and mode).
    pub(crate) fn round(&self, prec: u32, mode: Mode) -> (BigFloat, Accuracy) {
        match self.form {
            Form::Finite => {
                let (m, lsb) = self.parts();
                BigFloat::round_from(self.neg, m.clone(), lsb, false, prec, mode)
            }
            _ => (self.clone(), Accuracy::Exact),
        }
    }

    /// `x + y` rounded to `prec` bits (nearest even).
    pub(crate) fn add(x: &BigFloat, y: &BigFloat, prec: u32) -> BigFloat {
        match (x.form, y.form) {
            (Form::Finite, Form::Finite) => {}
            (Form::Inf, Form::Inf) if x.neg != y.neg => {
                // math/big panics with ErrNaN; go/constant never gets here
                // (its values are finite), so any answer will do.
                return BigFloat::zero();
            }
            (Form::Inf, _) => return x.clone(),
            (_, Form::Inf) => return y.clone(),
            (Form::Zero, Form::Zero) => {
                return BigFloat {
                    neg: x.neg && y.neg,
                    ..BigFloat::zero()
                };
            }
            (Form::Zero, _) => return y.round(prec, Mode::NearestEven).0,
            (_, Form::Zero) => return x.round(prec, Mode::NearestEven).0,
        }
        // Order by magnitude of exponent: `a` has the larger (or equal) exponent.
        let (a, b) = if x.exp >= y.exp { (x, y) } else { (y, x) };
        let (am, alsb) = a.parts();
        let (bm, blsb) = b.parts();
        let same_sign = a.neg == b.neg;
        // Extend a's mantissa to at least prec+2 bits; if b lies entirely below
        // half of the last of those bits, it only acts as a sticky bit.
        let k = (u64::from(prec) + 2).saturating_sub(am.bits());
        let alsb_ext = alsb - k as i64;
        if b.exp < alsb_ext {
            let m = am << k;
            return if same_sign {
                BigFloat::round_from(a.neg, m, alsb_ext, true, prec, Mode::NearestEven).0
            } else {
                // a - b = (2m - 1)·2^(lsb-1) + (2^(lsb-1) - b), the last term in (0, 2^(lsb-1)).
                let m2 = (m << 1u32) - 1u32;
                BigFloat::round_from(a.neg, m2, alsb_ext - 1, true, prec, Mode::NearestEven).0
            };
        }
        // The exponents are close: align exactly (the shift is bounded by the
        // operands' sizes and prec, see above).
        let lsb = alsb.min(blsb);
        let am2 = am << (alsb - lsb) as u64;
        let bm2 = bm << (blsb - lsb) as u64;
        if same_sign {
            BigFloat::round_from(a.neg, am2 + bm2, lsb, false, prec, Mode::NearestEven).0
        } else {
            match am2.cmp(&bm2) {
                Ordering::Equal => BigFloat::zero(),
                Ordering::Greater => {
                    BigFloat::round_from(a.neg, am2 - bm2, lsb, false, prec, Mode::NearestEven).0
                }
                Ordering::Less => {
                    BigFloat::round_from(b.neg, bm2 - am2, lsb, false, prec, Mode::NearestEven).0
                }
            }
        }
    }

    pub(crate) fn sub(x: &BigFloat, y: &BigFloat, prec: u32) -> BigFloat {
        BigFloat::add(x, &y.neg(), prec)
    }

    /// `x × y` rounded to `prec` bits (nearest even).
    pub(crate) fn mul(x: &BigFloat, y: &BigFloat, prec: u32) -> BigFloat {
        let neg = x.neg != y.neg;
        match (x.form, y.form) {
            (Form::Finite, Form::Finite) => {
                let (xm, xl) = x.parts();
                let (ym, yl) = y.parts();
                BigFloat::round_from(neg, xm * ym, xl + yl, false, prec, Mode::NearestEven).0
            }
            // 0 × Inf is NaN in math/big (a panic); unreachable from go/constant.
            (Form::Zero, _) | (_, Form::Zero) => BigFloat {
                neg,
                ..BigFloat::zero()
            },
            _ => BigFloat::inf(neg),
        }
    }

    /// `x / y` rounded to `prec` bits (nearest even). Division of a nonzero
    /// value by zero gives an infinity, as in math/big; 0/0 gives zero
    /// (math/big panics; go/constant's callers never divide by zero).
    pub(crate) fn quo(x: &BigFloat, y: &BigFloat, prec: u32) -> BigFloat {
        let neg = x.neg != y.neg;
        match (x.form, y.form) {
            (Form::Finite, Form::Finite) => {
                let (xm, xl) = x.parts();
                let (ym, yl) = y.parts();
                // Scale the dividend so the quotient has at least prec+2 bits.
                let s = (u64::from(prec) + 2 + ym.bits()).saturating_sub(xm.bits());
                let (q, r) = (xm << s).div_rem(ym);
                BigFloat::round_from(
                    neg,
                    q,
                    xl - s as i64 - yl,
                    !r.is_zero(),
                    prec,
                    Mode::NearestEven,
                )
                .0
            }
            (Form::Zero, _) | (_, Form::Inf) => BigFloat {
                neg,
                ..BigFloat::zero()
            },
            _ => BigFloat::inf(neg),
        }
    }

    /// Compares values (±0 are equal; -Inf < finite < +Inf).
    pub(crate) fn cmp(x: &BigFloat, y: &BigFloat) -> Ordering {
        fn class(f: &BigFloat) -> i32 {
            match f.form {
                Form::Inf if f.neg => -2,
                Form::Finite if f.neg => -1,
                Form::Zero => 0,
                Form::Finite => 1,
                Form::Inf => 2,
            }
        }
        let (cx, cy) = (class(x), class(y));
        if cx != cy || cx.abs() != 1 {
            return cx.cmp(&cy);
        }
        // Both finite with the same sign: compare magnitudes.
        let mag = x.exp.cmp(&y.exp).then_with(|| {
            let (xb, yb) = (x.mant.bits(), y.mant.bits());
            if xb >= yb {
                x.mant.cmp(&(&y.mant << (xb - yb)))
            } else {
                (&x.mant << (yb - xb)).cmp(&y.mant)
            }
        });
        if x.neg { mag.reverse() } else { mag }
    }

    /// Reports whether the value is an integer (math/big's `IsInt`).
    pub(crate) fn is_int(&self) -> bool {
        match self.form {
            Form::Zero => true,
            Form::Inf => false,
            Form::Finite => self.exp > 0 && self.mant.bits() <= self.exp as u64,
        }
    }

    /// The mantissa with exponent 0 (so `0.5 ≤ |m| < 1`), as math/big's `MantExp`.
    pub(crate) fn mantissa(&self) -> BigFloat {
        let mut z = self.clone();
        if z.form == Form::Finite {
            z.exp = 0;
        }
        z
    }

    /// The value truncated towards zero and whether that was exact (math/big's
    /// `Int`). Callers keep the exponent small: the integer has `exp` bits.
    /// Infinities give `None`.
    pub(crate) fn to_int(&self) -> Option<(BigInt, Accuracy)> {
        match self.form {
            Form::Zero => Some((BigInt::zero(), Accuracy::Exact)),
            Form::Inf => None,
            Form::Finite => {
                let sign = if self.neg { Sign::Minus } else { Sign::Plus };
                if self.exp <= 0 {
                    return Some((BigInt::zero(), Accuracy::from_above(self.neg)));
                }
                let n = self.mant.bits() as i64;
                let (mag, exact) = if self.exp >= n {
                    (&self.mant << (self.exp - n) as u64, true)
                } else {
                    (&self.mant >> (n - self.exp) as u64, false)
                };
                let acc = if exact {
                    Accuracy::Exact
                } else {
                    Accuracy::from_above(self.neg)
                };
                Some((BigInt::from_biguint(sign, mag), acc))
            }
        }
    }

    /// The exact value as a fraction `(num, den)` in lowest terms, `den > 0`.
    /// Callers keep the exponent small. Infinities give `None`.
    pub(crate) fn to_ratio(&self) -> Option<(BigInt, BigInt)> {
        match self.form {
            Form::Zero => Some((BigInt::zero(), BigInt::one())),
            Form::Inf => None,
            Form::Finite => {
                let sign = if self.neg { Sign::Minus } else { Sign::Plus };
                let (m, lsb) = self.parts();
                // m is odd, so m / 2^k is already in lowest terms.
                if lsb >= 0 {
                    Some((BigInt::from_biguint(sign, m << lsb as u64), BigInt::one()))
                } else {
                    Some((
                        BigInt::from_biguint(sign, m.clone()),
                        BigInt::one() << (-lsb) as u64,
                    ))
                }
            }
        }
    }

    /// The nearest IEEE binary float with `mbits` explicit mantissa bits and
    /// `ebits` exponent bits, as raw bits, with math/big's `Float64`/`Float32`
    /// semantics: nearest even, denormals, ±Inf on overflow, signed zero on
    /// underflow.
    fn to_ieee(&self, mbits: u32, ebits: u32) -> (u64, Accuracy) {
        let sign_bit = 1u64 << (mbits + ebits);
        let sign = if self.neg { sign_bit } else { 0 };
        let inf_bits = sign | (((1u64 << ebits) - 1) << mbits);
        match self.form {
            Form::Zero => return (sign, Accuracy::Exact),
            Form::Inf => return (inf_bits, Accuracy::Exact),
            Form::Finite => {}
        }
        let bias = (1i64 << (ebits - 1)) - 1;
        let emin = 1 - bias;
        let emax = bias;
        // Exponent for a mantissa in [1, 2). math/big computes it in int32, so
        // at MinExp it wraps around to MaxExp and the result is ±Inf; we keep that.
        let e = i64::from((self.exp as i32).wrapping_sub(1));
        let mut p = i64::from(mbits) + 1;
        if e < emin {
            p = i64::from(mbits) + 1 - emin + e;
            // p == 0: the msb sits just right of the smallest denormal's bit, so
            // the value is ≥ half of it: exactly half rounds to even (0), more
            // rounds up. p < 0: at most a quarter, which never rounds up.
            if p < 0 || (p == 0 && self.mant.is_one()) {
                return (sign, Accuracy::from_above(self.neg));
            }
            if p == 0 {
                return (sign | 1, Accuracy::from_above(!self.neg));
            }
        }
        let (r, acc) = self.round(p as u32, Mode::NearestEven);
        let re = i64::from((r.exp as i32).wrapping_sub(1));
        if r.form == Form::Inf || re > emax {
            return (inf_bits, Accuracy::from_above(!self.neg));
        }
        let (m, lsb) = r.parts();
        let m = m.to_u64().unwrap_or(0);
        if re < emin {
            // Denormal: the field holds the value in units of 2^(emin - mbits).
            let shift = lsb - (emin - i64::from(mbits));
            debug_assert!(shift >= 0);
            (sign | (m << shift), acc)
        } else {
            // Normal: left-align the mantissa to mbits+1 bits, drop the implicit 1.
            let shift = i64::from(mbits) + 1 - r.mant.bits() as i64;
            let field = (m << shift) & ((1u64 << mbits) - 1);
            (sign | (((re + bias) as u64) << mbits) | field, acc)
        }
    }

    /// math/big's `Float64`.
    pub(crate) fn to_f64(&self) -> (f64, Accuracy) {
        let (bits, acc) = self.to_ieee(52, 11);
        (f64::from_bits(bits), acc)
    }

    /// math/big's `Float32`.
    pub(crate) fn to_f32(&self) -> (f32, Accuracy) {
        let (bits, acc) = self.to_ieee(23, 8);
        (f32::from_bits(bits as u32), acc)
    }

    /// math/big's `Text('p', 0)`: `-0x.<hex mantissa>p±<exp>`, or "0".
    pub(crate) fn text_p(&self) -> String {
        match self.form {
            Form::Zero => return if self.neg { "-0".into() } else { "0".into() },
            Form::Inf => {
                return if self.neg {
                    "-Inf".into()
                } else {
                    "+Inf".into()
                };
            }
            Form::Finite => {}
        }
        // The hex digits start at the mantissa's msb, so pad the low end to a
        // whole digit; the mantissa is odd, so there are no trailing zero digits
        // beyond that padding.
        let pad = (4 - self.mant.bits() % 4) % 4;
        let hex = (&self.mant << pad).to_str_radix(16);
        let hex = hex.trim_end_matches('0');
        let mut s = String::with_capacity(hex.len() + 16);
        if self.neg {
            s.push('-');
        }
        s.push_str("0x.");
        s.push_str(hex);
        s.push('p');
        if self.exp >= 0 {
            s.push('+');
        }
        s.push_str(&self.exp.to_string());
        s
    }
}

/// The nearest binary float to `num/den` (`den ≠ 0`) with `mbits` explicit
/// mantissa bits and `ebits` exponent bits, and whether it is exact: math/big's
/// `quotToFloat64`/`quotToFloat32` (behind `Rat.Float64`/`Rat.Float32`).
///
/// That algorithm rounds to nearest even with denormals handled, but its
/// exactness flag ignores an underflow to zero below the denormal range (a
/// tiny power of two reports "exact"); we keep that, since go/constant's
/// `Float64Val` passes it on. The magnitude is returned; the caller applies
/// the sign (so a negative value that underflows becomes -0).
fn ratio_to_ieee(num: &BigUint, den: &BigUint, mbits: u32, ebits: u32) -> (BigFloat, bool) {
    let msize1 = i64::from(mbits) + 1;
    let msize2 = msize1 + 1;
    let ebias = (1i64 << (ebits - 1)) - 1;
    let emin = 1 - ebias;
    if num.is_zero() || den.is_zero() {
        return (BigFloat::zero(), true);
    }
    // Scale so the quotient has msize2 or msize2+1 bits.
    let mut exp = num.bits() as i64 - den.bits() as i64;
    let shift = msize2 - exp;
    let (q, r) = if shift > 0 {
        (num << shift as u64).div_rem(den)
    } else {
        num.div_rem(&(den << (-shift) as u64))
    };
    let mut mantissa = q.to_u64().unwrap_or(0);
    let mut have_rem = !r.is_zero();
    if mantissa >> msize2 == 1 {
        if mantissa & 1 == 1 {
            have_rem = true;
        }
        mantissa >>= 1;
        exp += 1;
    }
    if emin - i64::from(mbits) <= exp && exp <= emin {
        // Denormal: lose the bits below the smallest denormal's.
        let shift = (emin - (exp - 1)) as u32;
        let lost = mantissa & ((1u64 << shift) - 1);
        have_rem = have_rem || lost != 0;
        mantissa >>= shift;
        exp = 2 - ebias;
    }
    let mut exact = !have_rem;
    if mantissa & 1 != 0 {
        exact = false;
        if have_rem || mantissa & 2 != 0 {
            mantissa += 1;
            if mantissa >= 1u64 << msize2 {
                mantissa >>= 1;
                exp += 1;
            }
        }
    }
    mantissa >>= 1; // drop the rounding bit
    // The value mantissa × 2^(exp - msize1) is representable, or below half the
    // smallest denormal (→ 0), or too large (→ Inf): any correct rounding of it
    // gives what math.Ldexp gives.
    (
        BigFloat::exact(false, BigUint::from(mantissa), exp - msize1),
        exact,
    )
}

/// `Rat.Float64` for `num/den`, `den > 0`.
pub(crate) fn ratio_to_f64(num: &BigInt, den: &BigInt) -> (f64, bool) {
    let (f, exact) = ratio_to_ieee(num.magnitude(), den.magnitude(), 52, 11);
    let (mut x, _) = f.to_f64();
    if num.sign() == Sign::Minus {
        x = -x;
    }
    (x, exact && x.is_finite())
}

/// `Rat.Float32` for `num/den`, `den > 0`.
pub(crate) fn ratio_to_f32(num: &BigInt, den: &BigInt) -> (f32, bool) {
    let (f, exact) = ratio_to_ieee(num.magnitude(), den.magnitude(), 23, 8);
    let (mut x, _) = f.to_f32();
    if num.sign() == Sign::Minus {
        x = -x;
    }
    (x, exact && x.is_finite())
}
