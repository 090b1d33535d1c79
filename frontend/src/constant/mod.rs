//! Exact constant values and arithmetic, as go/constant.
//!
//! The type checker represents the value of every constant expression (untyped
//! or typed) as a [`Value`], folds constant expressions with [`binary_op`],
//! [`unary_op`], [`shift`] and [`compare`], checks representability with the
//! accessors, and prints values in its messages with [`Value::string`], which
//! must match go/constant's `String` byte for byte because gc's messages do.
//!
//! Representation (as go/constant, whose choices are observable in printing
//! and in rounding):
//! - Int values are an `i64` when they fit, a big integer otherwise (never a
//!   big integer that fits an `i64`).
//! - Float values are an exact fraction while numerator and denominator have
//!   fewer than 4096 bits (and, for literals, while the binary exponent is in
//!   (-4096, 4096)); beyond that, a binary float with a 512-bit mantissa. Once
//!   a value is a binary float, results computed from it stay binary floats:
//!   going back to a fraction would claim an exactness that is gone. Binary
//!   floats are finite: a result that overflows (or is infinite) is Unknown,
//!   and zero is always +0.
//! - Complex values are a pair of Int or Float values.
//! - String values are byte strings (Go strings need not be UTF-8);
//!   concatenation is lazy, so folding `a + b + c + …` costs linear time.
//! - Unknown stands for a value that could not be computed (an error reported
//!   elsewhere, overflow); operations on it give Unknown (comparisons: false).
//!
//! Where go/constant panics (operations undefined for the operands' kinds,
//! division by zero) we return Unknown (or false, 0), so no input can make the
//! frontend panic; the checker reports such operations before folding them.
//! Sizes are bounded where Go's are not: a left shift that would produce an
//! integer of more than [`MAX_SHIFT_BITS`] bits gives Unknown (types2 rejects
//! shift counts above 1074 long before that). Otherwise integers grow as the
//! arithmetic asks, as in go/constant: the checker keeps them small the way
//! types2 does, by reporting "constant overflow" (and continuing with
//! Unknown) as soon as an untyped Int result exceeds 512 bits.
//!
//! Tests: `frontend/tests/constant_go.rs` and `constant_format.rs` replay
//! results printed by the real Go (`testdata/gen_*.go`); `tests.rs` checks
//! the binary float against exact rational arithmetic.

mod bigfloat;
pub mod format;
mod literal;

pub use format::{format_float, quote};

use crate::syntax::ast::LitKind;
use bigfloat::{Accuracy, BigFloat, Mode};
use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_rational::BigRational;
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::cmp::Ordering;
use std::fmt;
use std::sync::{Arc, Mutex, OnceLock};

/// Mantissa precision of binary Float values (go/constant's `prec`; the spec
/// asks for at least 256 bits).
const PREC: u32 = 512;

/// Fractions keep components of fewer bits than this, and literals and
/// conversions use fractions only for binary exponents strictly inside
/// ±`MAX_EXP` (go/constant's `maxExp`).
const MAX_EXP: u64 = 4 << 10;

/// Largest integer (in bits) a left shift may produce before giving Unknown: a
/// safety net far above anything legal (types2 limits shift counts to 1074 and
/// untyped integers to 512 bits), low enough that printing or dividing such an
/// integer stays cheap.
pub const MAX_SHIFT_BITS: u64 = 1 << 20;

/// go/constant's `String` shortens quoted strings to this many runes.
const MAX_STRING_RUNES: usize = 72;

/// The kind of a [`Value`].
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum Kind {
    Unknown,
    Bool,
    String,
    Int,
    Float,
    Complex,
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self, f)
    }
}

/// Binary operators for [`binary_op`].
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum Op {
    Add,
    Sub,
    Mul,
    /// Exact division: Int / Int is a Float (go/constant's `QUO`).
    Quo,
    /// Truncated integer division of Ints (go/constant's `QUO_ASSIGN`).
    QuoInt,
    Rem,
    And,
    Or,
    Xor,
    AndNot,
    LAnd,
    LOr,
}

/// Comparison operators for [`compare`].
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum CmpOp {
    Eql,
    Neq,
    Lss,
    Leq,
    Gtr,
    Geq,
}

/// Unary operators for [`unary_op`].
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum UnOp {
    Pos,
    Neg,
    Not,
    /// Bitwise complement `^x`.
    Complement,
}

/// The value of a Go constant. Cloning is cheap (big parts are shared).
#[derive(Clone)]
pub struct Value(Repr);

#[derive(Clone)]
enum Repr {
    Unknown,
    Bool(bool),
    Str(Str),
    /// Int values that fit an i64.
    Int64(i64),
    /// Int values that do not fit an i64.
    Int(Arc<BigInt>),
    /// Float values held exactly as a fraction in lowest terms.
    Rat(Arc<BigRational>),
    /// Float values held as a finite 512-bit binary float (zero is +0).
    Float(Arc<BigFloat>),
    /// (real, imaginary), each Int64, Int, Rat or Float.
    Complex(Arc<(Value, Value)>),
}

// ---------------------------------------------------------------------------
// Strings

/// A byte string, possibly an unevaluated concatenation.
///
/// Invariants: `len` is the total length; `flat` is set, or `parts` holds the
/// two halves (and once `flat` is set, `parts` may be dropped). Concatenation
/// chains are walked and dropped iteratively, never by recursion, so a chain
/// of any length neither overflows the stack nor takes quadratic time.
#[derive(Clone)]
struct Str(Arc<StrNode>);

struct StrNode {
    len: usize,
    flat: OnceLock<Box<[u8]>>,
    parts: Mutex<Option<(Str, Str)>>,
}

impl Str {
    fn new(s: &[u8]) -> Str {
        Str(Arc::new(StrNode {
            len: s.len(),
            flat: OnceLock::from(Box::<[u8]>::from(s)),
            parts: Mutex::new(None),
        }))
    }

    fn concat(a: &Str, b: &Str) -> Str {
        if a.0.len == 0 {
            return b.clone();
        }
        if b.0.len == 0 {
            return a.clone();
        }
        Str(Arc::new(StrNode {
            len: a.0.len.saturating_add(b.0.len),
            flat: OnceLock::new(),
            parts: Mutex::new(Some((a.clone(), b.clone()))),
        }))
    }

    fn parts(&self) -> Option<(Str, Str)> {
        self.0
            .parts
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    /// Appends the leaves of `self`, left to right, to `out` until it holds at
    /// least `limit` bytes.
    fn collect(&self, out: &mut Vec<u8>, limit: usize) {
        let mut stack = vec![self.clone()];
        while let Some(s) = stack.pop() {
            if out.len() >= limit {
                return;
            }
            if let Some(flat) = s.0.flat.get() {
                out.extend_from_slice(&flat[..flat.len().min(limit - out.len())]);
            } else if let Some((l, r)) = s.parts() {
                stack.push(r);
                stack.push(l);
            }
        }
    }

    fn bytes(&self) -> &[u8] {
        let flat = self.0.flat.get_or_init(|| {
            let mut out = Vec::with_capacity(self.0.len);
            self.collect(&mut out, usize::MAX);
            out.into_boxed_slice()
        });
        // The halves are no longer needed; let them go.
        if let Ok(mut parts) = self.0.parts.try_lock() {
            parts.take();
        }
        flat
    }

    /// The first `n` bytes (or all, if shorter), without flattening.
    fn prefix(&self, n: usize) -> Vec<u8> {
        let mut out = Vec::with_capacity(n.min(self.0.len));
        self.collect(&mut out, n);
        out.truncate(n);
        out
    }
}

impl Drop for StrNode {
    fn drop(&mut self) {
        // Unlink uniquely owned descendants iteratively so that dropping a long
        // chain does not recurse once per link.
        let mut stack = Vec::new();
        if let Some(p) = self
            .parts
            .get_mut()
            .unwrap_or_else(|e| e.into_inner())
            .take()
        {
            stack.push(p);
        }
        while let Some((a, b)) = stack.pop() {
            for s in [a, b] {
                if let Some(mut node) = Arc::into_inner(s.0)
                    && let Some(p) = node
                        .parts
                        .get_mut()
                        .unwrap_or_else(|e| e.into_inner())
                        .take()
                {
                    stack.push(p);
                }
            }
        }
    }
}

// ---------------------------------------------------------------------------
// Construction helpers (go/constant's makeInt, makeRat, makeFloat, …)

fn make_int(x: BigInt) -> Value {
    match x.to_i64() {
        Some(v) => Value(Repr::Int64(v)),
        None => Value(Repr::Int(Arc::new(x))),
    }
}

/// go/constant's `smallInt`: would this make a reasonably sized fraction?
fn small_int(x: &BigInt) -> bool {
    x.bits() < MAX_EXP
}

/// go/constant's `smallFloat`: is the binary exponent reasonable for a fraction?
fn small_float(x: &BigFloat) -> bool {
    if x.is_inf() {
        return false;
    }
    let e = x.exponent();
    -(MAX_EXP as i64) < e && e < MAX_EXP as i64
}

/// A fraction stays a fraction while its parts are small; beyond that it
/// becomes a binary float.
fn make_rat(x: BigRational) -> Value {
    if small_int(x.numer()) && small_int(x.denom()) {
        Value(Repr::Rat(Arc::new(x)))
    } else {
        Value(Repr::Float(Arc::new(BigFloat::from_ratio(
            x.numer(),
            x.denom(),
            PREC,
        ))))
    }
}

/// Binary floats: zero becomes +0, infinities become Unknown.
fn make_float(x: BigFloat) -> Value {
    if x.is_zero() {
        Value(Repr::Float(Arc::new(BigFloat::zero())))
    } else if x.is_inf() {
        Value::unknown()
    } else {
        Value(Repr::Float(Arc::new(x)))
    }
}

fn make_complex(re: Value, im: Value) -> Value {
    if re.kind() == Kind::Unknown || im.kind() == Kind::Unknown {
        return Value::unknown();
    }
    Value(Repr::Complex(Arc::new((re, im))))
}

/// go/constant's `makeFloatFromLiteral`: a fraction if the literal's magnitude
/// is reasonable, a 512-bit float otherwise; `None` if malformed.
fn make_float_from_literal(lit: &[u8]) -> Option<Value> {
    let f = literal::parse_float(lit, PREC)?;
    if small_float(&f) {
        // A value that underflowed to zero is parsed as "0": the literal may
        // have an exponent like -1886451601 that a fraction cannot afford.
        let lit: &[u8] = if f.is_zero() { b"0" } else { lit };
        if let Some((n, d)) = literal::parse_rat(lit) {
            return Some(Value(Repr::Rat(Arc::new(BigRational::new(n, d)))));
        }
    }
    Some(make_float(f))
}

fn i64_to_rat(x: i64) -> BigRational {
    BigRational::from_integer(BigInt::from(x))
}

fn rat_to_float(x: &BigRational) -> BigFloat {
    BigFloat::from_ratio(x.numer(), x.denom(), PREC)
}

/// The bits of `Float64Val`/`Float32Val` for an Int that fits an i64: the
/// conversion rounds to nearest even, and it is exact if converting back
/// gives `x` (a result of 2^63 never does: Go's conversion overflows there).
fn i64_float_exact(x: i64, f: f64) -> bool {
    f < 9_223_372_036_854_775_808.0 && f as i64 == x
}

impl Value {
    // -----------------------------------------------------------------------
    // Factories

    /// The Unknown value.
    pub fn unknown() -> Value {
        Value(Repr::Unknown)
    }

    pub fn make_bool(b: bool) -> Value {
        Value(Repr::Bool(b))
    }

    /// A String value holding the bytes `s` (any bytes, not only UTF-8).
    pub fn make_string(s: &[u8]) -> Value {
        Value(Repr::Str(Str::new(s)))
    }

    pub fn make_int64(x: i64) -> Value {
        Value(Repr::Int64(x))
    }

    pub fn make_uint64(x: u64) -> Value {
        make_int(BigInt::from(x))
    }

    /// An Int value of any size.
    pub fn make_int(x: BigInt) -> Value {
        make_int(x)
    }

    /// The Float value `num/den` (go/constant's `Make(*big.Rat)`); Unknown if `den` is 0.
    pub fn make_ratio(num: BigInt, den: BigInt) -> Value {
        if den.is_zero() {
            return Value::unknown();
        }
        make_rat(BigRational::new(num, den))
    }

    /// The Float value of `x`, exactly; -0 gives 0; infinities and NaN give Unknown.
    pub fn make_float64(x: f64) -> Value {
        if !x.is_finite() {
            return Value::unknown();
        }
        match BigFloat::from_f64(x).to_ratio() {
            Some((n, d)) => Value(Repr::Rat(Arc::new(BigRational::new_raw(n, d)))),
            None => Value::unknown(),
        }
    }

    /// The Complex value `x·i` for an Int or Float `x`; Unknown otherwise.
    pub fn make_imag(x: &Value) -> Value {
        match x.0 {
            Repr::Int64(_) | Repr::Int(_) | Repr::Rat(_) | Repr::Float(_) => {
                make_complex(Value::make_int64(0), x.clone())
            }
            _ => Value::unknown(),
        }
    }

    /// The Complex value `re + im·i` for Int or Float parts (not in
    /// go/constant, where this is `BinaryOp(re, ADD, MakeImag(im))`; the result
    /// is the same). Unknown if either part is not Int or Float.
    pub fn make_complex(re: &Value, im: &Value) -> Value {
        let numeric = |v: &Value| matches!(v.kind(), Kind::Int | Kind::Float);
        if !numeric(re) || !numeric(im) {
            return Value::unknown();
        }
        make_complex(re.clone(), im.clone())
    }

    /// The value of a literal exactly as written: `raw` is the literal's text
    /// including quotes, prefixes and separators. Integers in every base,
    /// decimal and hexadecimal floats, imaginary literals, runes (Int code
    /// points), interpreted and raw strings (raw strings drop '\r'). Malformed
    /// text gives Unknown. This is go/constant's `MakeFromLiteral`, with its
    /// leniencies (see `literal`).
    pub fn from_literal(kind: LitKind, raw: &str) -> Value {
        let lit = raw.as_bytes();
        let v = match kind {
            LitKind::Int => literal::parse_int(lit).map(make_int),
            LitKind::Float => make_float_from_literal(lit),
            LitKind::Imag => match lit.split_last() {
                Some((b'i', body)) => {
                    make_float_from_literal(body).map(|im| make_complex(Value::make_int64(0), im))
                }
                _ => None,
            },
            LitKind::Char => {
                if lit.len() >= 2 {
                    literal::unquote_char(&lit[1..lit.len() - 1], b'\'')
                        .map(|(r, _, _)| Value::make_int64(i64::from(r)))
                } else {
                    None
                }
            }
            LitKind::String => literal::unquote(lit).map(|s| Value::make_string(&s)),
        };
        v.unwrap_or_else(Value::unknown)
    }

    /// The String value of the conversion `string(x)` for an Int `x`, as types2
    /// folds it: the UTF-8 encoding of the code point, or of U+FFFD if `x` is
    /// not a valid code point (negative, a surrogate, beyond U+10FFFF). Unknown
    /// if `x` is not an Int.
    pub fn string_from_int(x: &Value) -> Value {
        if !x.is_int() {
            return Value::unknown();
        }
        let r = x
            .uint64_val()
            .and_then(|i| u32::try_from(i).ok())
            .and_then(char::from_u32)
            .unwrap_or('\u{FFFD}');
        let mut buf = [0u8; 4];
        Value::make_string(r.encode_utf8(&mut buf).as_bytes())
    }

    /// go/constant's `MakeFromBytes`: the Int whose magnitude has these
    /// little-endian bytes.
    pub fn make_from_bytes(bytes: &[u8]) -> Value {
        make_int(BigInt::from_biguint(
            Sign::Plus,
            BigUint::from_bytes_le(bytes),
        ))
    }

    // -----------------------------------------------------------------------
    // Accessors

    pub fn kind(&self) -> Kind {
        match self.0 {
            Repr::Unknown => Kind::Unknown,
            Repr::Bool(_) => Kind::Bool,
            Repr::Str(_) => Kind::String,
            Repr::Int64(_) | Repr::Int(_) => Kind::Int,
            Repr::Rat(_) | Repr::Float(_) => Kind::Float,
            Repr::Complex(_) => Kind::Complex,
        }
    }

    pub fn is_unknown(&self) -> bool {
        matches!(self.0, Repr::Unknown)
    }

    /// Reports whether this is an Int value (kind Int). Whether a Float or
    /// Complex value is integral is `self.to_int().is_int()`.
    pub fn is_int(&self) -> bool {
        self.kind() == Kind::Int
    }

    /// Reports whether this is an Int, Float or Complex value.
    pub fn is_numeric(&self) -> bool {
        matches!(self.kind(), Kind::Int | Kind::Float | Kind::Complex)
    }

    /// The value of a Bool; false for anything else.
    pub fn bool_val(&self) -> bool {
        matches!(self.0, Repr::Bool(true))
    }

    /// The bytes of a String; empty for anything else.
    pub fn string_val(&self) -> &[u8] {
        match &self.0 {
            Repr::Str(s) => s.bytes(),
            _ => &[],
        }
    }

    /// The length of a String in bytes, without building it (go/constant's
    /// `StringLen`); 0 for anything else.
    pub fn string_len(&self) -> usize {
        match &self.0 {
            Repr::Str(s) => s.0.len,
            _ => 0,
        }
    }

    /// The value of an Int if it fits an i64; `None` otherwise (and for other kinds).
    pub fn int64_val(&self) -> Option<i64> {
        match self.0 {
            Repr::Int64(x) => Some(x),
            _ => None,
        }
    }

    /// The value of an Int if it fits a u64; `None` otherwise (and for other kinds).
    pub fn uint64_val(&self) -> Option<u64> {
        match &self.0 {
            Repr::Int64(x) => u64::try_from(*x).ok(),
            Repr::Int(x) => x.to_u64(),
            _ => None,
        }
    }

    /// The value of an Int as a big integer; `None` for other kinds.
    pub fn int_val(&self) -> Option<BigInt> {
        match &self.0 {
            Repr::Int64(x) => Some(BigInt::from(*x)),
            Repr::Int(x) => Some((**x).clone()),
            _ => None,
        }
    }

    /// Reports whether this is an Int that fits an i64.
    pub fn fits_int64(&self) -> bool {
        self.int64_val().is_some()
    }

    /// Reports whether this is an Int that fits a u64.
    pub fn fits_uint64(&self) -> bool {
        self.uint64_val().is_some()
    }

    /// The nearest float32 to an Int or Float value (nearest even; ±Inf when
    /// too large; a signed zero when too small) and whether it is exact, as
    /// go/constant's `Float32Val`. (0, false) for other kinds.
    pub fn float32_val(&self) -> (f32, bool) {
        match &self.0 {
            Repr::Int64(x) => {
                let f = *x as f32;
                (f, i64_float_exact(*x, f64::from(f)))
            }
            Repr::Int(x) => {
                let (f, acc) = BigFloat::from_bigint(x, PREC).to_f32();
                (f, acc == Accuracy::Exact)
            }
            Repr::Rat(x) => bigfloat::ratio_to_f32(x.numer(), x.denom()),
            Repr::Float(x) => {
                let (f, acc) = x.to_f32();
                (f, acc == Accuracy::Exact)
            }
            _ => (0.0, false),
        }
    }

    /// The nearest float64 to an Int or Float value (nearest even; ±Inf when
    /// too large; a signed zero when too small) and whether it is exact, as
    /// go/constant's `Float64Val`. (0, false) for other kinds.
    pub fn float64_val(&self) -> (f64, bool) {
        match &self.0 {
            Repr::Int64(x) => {
                let f = *x as f64;
                (f, i64_float_exact(*x, f))
            }
            Repr::Int(x) => {
                let (f, acc) = BigFloat::from_bigint(x, PREC).to_f64();
                (f, acc == Accuracy::Exact)
            }
            Repr::Rat(x) => bigfloat::ratio_to_f64(x.numer(), x.denom()),
            Repr::Float(x) => {
                let (f, acc) = x.to_f64();
                (f, acc == Accuracy::Exact)
            }
            _ => (0.0, false),
        }
    }

    /// An Int or Float value rounded to float32 precision, as types2's
    /// `roundFloat32`; `None` if it overflows float32 (or is not Int/Float).
    pub fn round_float32(&self) -> Option<Value> {
        if !matches!(self.kind(), Kind::Int | Kind::Float) {
            return None;
        }
        let (f, _) = self.float32_val();
        f.is_finite().then(|| Value::make_float64(f64::from(f)))
    }

    /// An Int or Float value rounded to float64 precision, as types2's
    /// `roundFloat64`; `None` if it overflows float64 (or is not Int/Float).
    pub fn round_float64(&self) -> Option<Value> {
        if !matches!(self.kind(), Kind::Int | Kind::Float) {
            return None;
        }
        let (f, _) = self.float64_val();
        f.is_finite().then(|| Value::make_float64(f))
    }

    /// Reports whether an Int or Float value rounds to a finite float32
    /// (types2's `fitsFloat32`).
    pub fn fits_float32(&self) -> bool {
        self.round_float32().is_some()
    }

    /// Reports whether an Int or Float value rounds to a finite float64
    /// (types2's `fitsFloat64`).
    pub fn fits_float64(&self) -> bool {
        self.round_float64().is_some()
    }

    /// The number of bits of the magnitude of an Int; 0 for other kinds.
    pub fn bit_len(&self) -> usize {
        match &self.0 {
            Repr::Int64(x) => 64 - x.unsigned_abs().leading_zeros() as usize,
            Repr::Int(x) => x.bits() as usize,
            _ => 0,
        }
    }

    /// The little-endian bytes of the magnitude of an Int (go/constant's
    /// `Bytes`); empty for zero and for other kinds.
    pub fn bytes(&self) -> Vec<u8> {
        match self.int_val() {
            Some(x) if !x.is_zero() => x.magnitude().to_bytes_le(),
            _ => Vec::new(),
        }
    }

    /// -1, 0 or 1 for a negative, zero or positive Int or Float; for Complex,
    /// 0 iff both parts are 0. 1 for Unknown (so that a division by an unknown
    /// value reports no spurious error) and for non-numeric values.
    pub fn sign(&self) -> i32 {
        match &self.0 {
            Repr::Int64(x) => x.signum() as i32,
            Repr::Int(x) => sign_of(x.sign()),
            Repr::Rat(x) => sign_of(x.numer().sign()),
            Repr::Float(x) => x.sign(),
            Repr::Complex(c) => c.0.sign() | c.1.sign(),
            _ => 1,
        }
    }

    /// The numerator of an Int or Float (an Int with the sign of the value);
    /// Unknown for other kinds and for binary floats too large or small to be
    /// a reasonable fraction.
    pub fn num(&self) -> Value {
        match &self.0 {
            Repr::Int64(_) | Repr::Int(_) => self.clone(),
            Repr::Rat(x) => make_int(x.numer().clone()),
            Repr::Float(x) if small_float(x) => match x.to_ratio() {
                Some((n, _)) => make_int(n),
                None => Value::unknown(),
            },
            _ => Value::unknown(),
        }
    }

    /// The denominator of an Int or Float (an Int ≥ 1), under the same
    /// conditions as [`Value::num`].
    pub fn denom(&self) -> Value {
        match &self.0 {
            Repr::Int64(_) | Repr::Int(_) => Value::make_int64(1),
            Repr::Rat(x) => make_int(x.denom().clone()),
            Repr::Float(x) if small_float(x) => match x.to_ratio() {
                Some((_, d)) => make_int(d),
                None => Value::unknown(),
            },
            _ => Value::unknown(),
        }
    }

    /// The real part of a numeric value (the value itself unless Complex);
    /// Unknown for Unknown and non-numeric values.
    pub fn real(&self) -> Value {
        match &self.0 {
            Repr::Int64(_) | Repr::Int(_) | Repr::Rat(_) | Repr::Float(_) => self.clone(),
            Repr::Complex(c) => c.0.clone(),
            _ => Value::unknown(),
        }
    }

    /// The imaginary part of a numeric value (Int 0 unless Complex); Unknown
    /// for Unknown and non-numeric values.
    pub fn imag(&self) -> Value {
        match &self.0 {
            Repr::Int64(_) | Repr::Int(_) | Repr::Rat(_) | Repr::Float(_) => Value::make_int64(0),
            Repr::Complex(c) => c.1.clone(),
            _ => Value::unknown(),
        }
    }

    // -----------------------------------------------------------------------
    // Conversions

    /// The value as an Int if it is integral, else Unknown (go/constant's
    /// `ToInt`). A binary float within a few units of its last place of an
    /// integer counts as that integer: it is presumed to be one, off only by
    /// rounding in earlier operations.
    pub fn to_int(&self) -> Value {
        match &self.0 {
            Repr::Int64(_) | Repr::Int(_) => self.clone(),
            Repr::Rat(x) => {
                if x.is_integer() {
                    make_int(x.numer().clone())
                } else {
                    Value::unknown()
                }
            }
            Repr::Float(x) => {
                // Avoid creating huge integers: allow what a fraction would allow.
                if !small_float(x) {
                    return Value::unknown();
                }
                if let Some((i, Accuracy::Exact)) = x.to_int() {
                    return make_int(i);
                }
                // Try rounding down, then up, a little (to 4 bits less).
                const DELTA: u32 = 4;
                for mode in [Mode::ToZero, Mode::AwayFromZero] {
                    let (t, _) = x.round(PREC - DELTA, mode);
                    if let Some((i, Accuracy::Exact)) = t.to_int() {
                        return make_int(i);
                    }
                }
                Value::unknown()
            }
            Repr::Complex(_) => {
                let re = self.to_float();
                if re.kind() == Kind::Float {
                    re.to_int()
                } else {
                    Value::unknown()
                }
            }
            _ => Value::unknown(),
        }
    }

    /// The value as a Float if representable as one, else Unknown
    /// (go/constant's `ToFloat`).
    pub fn to_float(&self) -> Value {
        match &self.0 {
            Repr::Int64(x) => Value(Repr::Rat(Arc::new(i64_to_rat(*x)))),
            Repr::Int(x) => {
                if small_int(x) {
                    Value(Repr::Rat(Arc::new(BigRational::from_integer(
                        (**x).clone(),
                    ))))
                } else {
                    Value(Repr::Float(Arc::new(BigFloat::from_bigint(x, PREC))))
                }
            }
            Repr::Rat(_) | Repr::Float(_) => self.clone(),
            Repr::Complex(c) => {
                if c.1.sign() == 0 {
                    c.0.to_float()
                } else {
                    Value::unknown()
                }
            }
            _ => Value::unknown(),
        }
    }

    /// The value as a Complex if numeric, else Unknown (go/constant's `ToComplex`).
    pub fn to_complex(&self) -> Value {
        match &self.0 {
            Repr::Int64(_) | Repr::Int(_) | Repr::Rat(_) | Repr::Float(_) => {
                make_complex(self.clone(), Value::make_int64(0))
            }
            Repr::Complex(_) => self.clone(),
            _ => Value::unknown(),
        }
    }

    // -----------------------------------------------------------------------
    // Printing

    /// A short, human-readable form, exactly as go/constant's `String` (which
    /// gc's messages print): floats as `%.6g` (more digits if that would make a
    /// non-integer look integral), strings quoted and cut to 72 runes with
    /// "...", complex as `(re + imi)`.
    pub fn string(&self) -> String {
        match &self.0 {
            Repr::Unknown => "unknown".into(),
            Repr::Bool(b) => b.to_string(),
            Repr::Str(s) => short_quote(s),
            Repr::Int64(x) => x.to_string(),
            Repr::Int(x) => x.to_string(),
            Repr::Rat(x) => float_string(&rat_to_float(x)),
            Repr::Float(x) => float_string(x),
            Repr::Complex(c) => format!("({} + {}i)", c.0.string(), c.1.string()),
        }
    }

    /// An exact form, as go/constant's `ExactString`: fractions as `a/b`,
    /// binary floats in math/big's `%p` form (`0x.8p+1`), strings quoted in full.
    pub fn exact_string(&self) -> String {
        match &self.0 {
            Repr::Str(s) => quote(s.bytes()),
            Repr::Rat(x) => {
                if x.is_integer() {
                    x.numer().to_string()
                } else {
                    format!("{}/{}", x.numer(), x.denom())
                }
            }
            Repr::Float(x) => x.text_p(),
            Repr::Complex(c) => format!("({} + {}i)", c.0.exact_string(), c.1.exact_string()),
            _ => self.string(),
        }
    }
}

fn sign_of(s: Sign) -> i32 {
    match s {
        Sign::Minus => -1,
        Sign::NoSign => 0,
        Sign::Plus => 1,
    }
}

/// go/constant's `stringVal.String`: quoted, and if the quoted form exceeds 72
/// runes, its first 69 runes and "...".
fn short_quote(s: &Str) -> String {
    // 69 escaped runes come from at most 69×4 source bytes, and a longer string
    // certainly needs shortening, so a prefix suffices (and a huge lazy
    // concatenation need not be built just to print it).
    const PREFIX: usize = 1024;
    let q = if s.0.len <= PREFIX {
        quote(s.bytes())
    } else {
        quote(&s.prefix(PREFIX))
    };
    if q.chars().count() <= MAX_STRING_RUNES {
        return q;
    }
    let cut = q
        .char_indices()
        .nth(MAX_STRING_RUNES - 3)
        .map_or(q.len(), |(i, _)| i);
    format!("{}...", &q[..cut])
}

/// go/constant's `floatVal.String`.
fn float_string(f: &BigFloat) -> String {
    if f.is_inf() {
        return if f.sign() < 0 { "-Inf" } else { "+Inf" }.into();
    }
    // Exact formatting when in float64 range (no underflow to 0, no overflow).
    let (x, _) = f.to_f64();
    if (f.sign() == 0) == (x == 0.0) && x.is_finite() {
        let s = format_float(x, b'g', 6, 64);
        if !f.is_int() && !s.contains('.') {
            // Not an integer, but it would print like one: use more digits.
            return format_float(x, b'g', -1, 64);
        }
        return s;
    }
    // Out of float64 range: an approximate decimal conversion, as Go does it,
    // to avoid an exact but slow one. f = mant × 2^exp, 0.5 ≤ |mant| < 1.
    let exp = f.exponent();
    let (mut m, _) = f.mantissa().to_f64();
    // f ≈ m × 10^d with d = exp × log10(2); then split off the integer part of d.
    let d = exp as f64 * std::f64::consts::LOG10_2;
    let mut e = d as i64;
    m *= 10f64.powf(d - e as f64);
    // Make 1 ≤ |m| < 10, keeping m×10 below 10 after %.6g rounds it.
    let am = m.abs();
    if am < 0.999_999_5 {
        m *= 10.0;
        e -= 1;
    } else if am >= 10.0 {
        m /= 10.0;
        e += 1;
    }
    format!("{}e{:+}", format_float(m, b'g', 6, 64), e)
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.string())
    }
}

impl fmt::Debug for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}({})", self.kind(), self.exact_string())
    }
}

/// Values are equal if they have the same kind and the same value (a fraction
/// and a binary float of equal value are equal); Unknown equals Unknown.
impl PartialEq for Value {
    fn eq(&self, other: &Value) -> bool {
        match (&self.0, &other.0) {
            (Repr::Unknown, Repr::Unknown) => true,
            (Repr::Bool(a), Repr::Bool(b)) => a == b,
            (Repr::Str(a), Repr::Str(b)) => a.0.len == b.0.len && a.bytes() == b.bytes(),
            _ => self.kind() == other.kind() && compare(self, CmpOp::Eql, other),
        }
    }
}

// ---------------------------------------------------------------------------
// Operations

/// The operands of a binary operation in their common representation (go/constant's `match`).
enum Matched {
    Unknown,
    Bool(bool, bool),
    Str(Str, Str),
    Int64(i64, i64),
    Int(BigInt, BigInt),
    Rat(BigRational, BigRational),
    Float(BigFloat, BigFloat),
    Complex((Value, Value), (Value, Value)),
    /// Kinds that do not combine (go/constant would panic or misbehave).
    Invalid,
}

/// The representation rank used by `match`: the operand of lower rank is
/// converted to the other's representation.
fn ord(x: &Value) -> u8 {
    match x.0 {
        Repr::Unknown => 0,
        Repr::Bool(_) | Repr::Str(_) => 1,
        Repr::Int64(_) => 2,
        Repr::Int(_) => 3,
        Repr::Rat(_) => 4,
        Repr::Float(_) => 5,
        Repr::Complex(_) => 6,
    }
}

fn as_bigint(x: &Value) -> Option<BigInt> {
    x.int_val()
}

fn as_rat(x: &Value) -> Option<BigRational> {
    match &x.0 {
        Repr::Int64(v) => Some(i64_to_rat(*v)),
        Repr::Int(v) => Some(BigRational::from_integer((**v).clone())),
        Repr::Rat(v) => Some((**v).clone()),
        _ => None,
    }
}

fn as_float(x: &Value) -> Option<BigFloat> {
    match &x.0 {
        Repr::Int64(v) => Some(BigFloat::from_i64(*v, PREC)),
        Repr::Int(v) => Some(BigFloat::from_bigint(v, PREC)),
        Repr::Rat(v) => Some(rat_to_float(v)),
        Repr::Float(v) => Some((**v).clone()),
        _ => None,
    }
}

fn as_complex(x: &Value) -> Option<(Value, Value)> {
    match &x.0 {
        Repr::Int64(_) | Repr::Int(_) | Repr::Rat(_) | Repr::Float(_) => {
            Some((x.clone(), Value::make_int64(0)))
        }
        Repr::Complex(c) => Some((**c).clone()),
        _ => None,
    }
}

fn match_values(x: &Value, y: &Value) -> Matched {
    if x.is_unknown() || y.is_unknown() {
        return Matched::Unknown;
    }
    let rank = ord(x).max(ord(y));
    let m = match rank {
        1 => match (&x.0, &y.0) {
            (Repr::Bool(a), Repr::Bool(b)) => Some(Matched::Bool(*a, *b)),
            (Repr::Str(a), Repr::Str(b)) => Some(Matched::Str(a.clone(), b.clone())),
            _ => None,
        },
        2 => match (&x.0, &y.0) {
            (Repr::Int64(a), Repr::Int64(b)) => Some(Matched::Int64(*a, *b)),
            _ => None,
        },
        3 => as_bigint(x)
            .zip(as_bigint(y))
            .map(|(a, b)| Matched::Int(a, b)),
        4 => as_rat(x).zip(as_rat(y)).map(|(a, b)| Matched::Rat(a, b)),
        5 => as_float(x)
            .zip(as_float(y))
            .map(|(a, b)| Matched::Float(a, b)),
        6 => as_complex(x)
            .zip(as_complex(y))
            .map(|(a, b)| Matched::Complex(a, b)),
        _ => None,
    };
    m.unwrap_or(Matched::Invalid)
}

/// is32bit/is63bit: operands this small cannot overflow an i64 product/sum.
fn fits_bits(x: i64, s: u32) -> bool {
    let lim = 1i64 << (s - 1);
    -lim <= x && x < lim
}

/// The result of `x op y` (go/constant's `BinaryOp`). Operands of different
/// numeric kinds are first converted to the more general representation.
/// Unknown if either operand is Unknown, if the operation is undefined for
/// the operands, or on division by zero (which the checker reports first).
pub fn binary_op(x: &Value, op: Op, y: &Value) -> Value {
    match match_values(x, y) {
        Matched::Unknown | Matched::Invalid => Value::unknown(),
        Matched::Bool(a, b) => match op {
            Op::LAnd => Value::make_bool(a && b),
            Op::LOr => Value::make_bool(a || b),
            _ => Value::unknown(),
        },
        Matched::Str(a, b) => match op {
            Op::Add => Value(Repr::Str(Str::concat(&a, &b))),
            _ => Value::unknown(),
        },
        Matched::Int64(a, b) => int64_op(a, op, b),
        Matched::Int(a, b) => int_op(&a, op, &b),
        Matched::Rat(a, b) => {
            let c = match op {
                Op::Add => a + b,
                Op::Sub => a - b,
                Op::Mul => a * b,
                Op::Quo if !b.is_zero() => a / b,
                _ => return Value::unknown(),
            };
            make_rat(c)
        }
        Matched::Float(a, b) => {
            let c = match op {
                Op::Add => BigFloat::add(&a, &b, PREC),
                Op::Sub => BigFloat::sub(&a, &b, PREC),
                Op::Mul => BigFloat::mul(&a, &b, PREC),
                Op::Quo if !b.is_zero() => BigFloat::quo(&a, &b, PREC),
                _ => return Value::unknown(),
            };
            make_float(c)
        }
        Matched::Complex((a, b), (c, d)) => {
            let (re, im) = match op {
                // (a+c) + i(b+d)
                Op::Add => (add(&a, &c), add(&b, &d)),
                // (a-c) + i(b-d)
                Op::Sub => (sub(&a, &c), sub(&b, &d)),
                // (ac-bd) + i(bc+ad)
                Op::Mul => {
                    let (ac, bd) = (mul(&a, &c), mul(&b, &d));
                    let (bc, ad) = (mul(&b, &c), mul(&a, &d));
                    (sub(&ac, &bd), add(&bc, &ad))
                }
                // (ac+bd)/s + i(bc-ad)/s, with s = cc + dd
                Op::Quo => {
                    let (ac, bd) = (mul(&a, &c), mul(&b, &d));
                    let (bc, ad) = (mul(&b, &c), mul(&a, &d));
                    let s = add(&mul(&c, &c), &mul(&d, &d));
                    (quo(&add(&ac, &bd), &s), quo(&sub(&bc, &ad), &s))
                }
                _ => return Value::unknown(),
            };
            make_complex(re, im)
        }
    }
}

fn add(x: &Value, y: &Value) -> Value {
    binary_op(x, Op::Add, y)
}
fn sub(x: &Value, y: &Value) -> Value {
    binary_op(x, Op::Sub, y)
}
fn mul(x: &Value, y: &Value) -> Value {
    binary_op(x, Op::Mul, y)
}
fn quo(x: &Value, y: &Value) -> Value {
    binary_op(x, Op::Quo, y)
}

fn int64_op(a: i64, op: Op, b: i64) -> Value {
    let c = match op {
        Op::Add => {
            if !fits_bits(a, 63) || !fits_bits(b, 63) {
                return make_int(BigInt::from(a) + b);
            }
            a + b
        }
        Op::Sub => {
            if !fits_bits(a, 63) || !fits_bits(b, 63) {
                return make_int(BigInt::from(a) - b);
            }
            a - b
        }
        Op::Mul => {
            if !fits_bits(a, 32) || !fits_bits(b, 32) {
                return make_int(BigInt::from(a) * b);
            }
            a * b
        }
        Op::Quo => {
            if b == 0 {
                return Value::unknown();
            }
            return make_rat(BigRational::new(BigInt::from(a), BigInt::from(b)));
        }
        // go/constant divides in int64 here, so MinInt64 / -1 wraps to
        // MinInt64 (and gc prints that value); we keep its answer.
        Op::QuoInt if b != 0 => a.wrapping_div(b),
        Op::Rem if b != 0 => a.wrapping_rem(b),
        Op::And => a & b,
        Op::Or => a | b,
        Op::Xor => a ^ b,
        Op::AndNot => a & !b,
        _ => return Value::unknown(),
    };
    Value::make_int64(c)
}

fn int_op(a: &BigInt, op: Op, b: &BigInt) -> Value {
    let c = match op {
        Op::Add => a + b,
        Op::Sub => a - b,
        Op::Mul => a * b,
        Op::Quo => {
            if b.is_zero() {
                return Value::unknown();
            }
            return make_rat(BigRational::new(a.clone(), b.clone()));
        }
        // Truncated division and remainder, as big.Int's Quo and Rem.
        Op::QuoInt if !b.is_zero() => a / b,
        Op::Rem if !b.is_zero() => a % b,
        Op::And => a & b,
        Op::Or => a | b,
        Op::Xor => a ^ b,
        Op::AndNot => a & !b,
        _ => return Value::unknown(),
    };
    make_int(c)
}

/// The result of `x << s` (`left`) or `x >> s` for an Int `x` (go/constant's
/// `Shift`); right shifts round towards negative infinity. Unknown if `x` is
/// not an Int, or if the result would exceed [`MAX_SHIFT_BITS`] bits.
pub fn shift(x: &Value, left: bool, s: u32) -> Value {
    match &x.0 {
        Repr::Int64(_) | Repr::Int(_) if s == 0 => x.clone(),
        Repr::Int64(v) if !left => Value::make_int64(v >> s.min(63)),
        Repr::Int64(_) | Repr::Int(_) => {
            let v = x.int_val().unwrap_or_default();
            if left {
                if v.bits() + u64::from(s) > MAX_SHIFT_BITS {
                    return Value::unknown();
                }
                make_int(v << s)
            } else {
                make_int(v >> s)
            }
        }
        _ => Value::unknown(),
    }
}

fn cmp_ordering(o: Ordering, op: CmpOp) -> bool {
    match op {
        CmpOp::Eql => o == Ordering::Equal,
        CmpOp::Neq => o != Ordering::Equal,
        CmpOp::Lss => o == Ordering::Less,
        CmpOp::Leq => o != Ordering::Greater,
        CmpOp::Gtr => o == Ordering::Greater,
        CmpOp::Geq => o != Ordering::Less,
    }
}

/// The result of `x op y` (go/constant's `Compare`): false if either operand
/// is Unknown or the comparison is undefined for the operands (ordering of
/// Bool or Complex values, mismatched kinds).
pub fn compare(x: &Value, op: CmpOp, y: &Value) -> bool {
    match match_values(x, y) {
        Matched::Unknown | Matched::Invalid => false,
        Matched::Bool(a, b) => match op {
            CmpOp::Eql => a == b,
            CmpOp::Neq => a != b,
            _ => false,
        },
        Matched::Str(a, b) => cmp_ordering(a.bytes().cmp(b.bytes()), op),
        Matched::Int64(a, b) => cmp_ordering(a.cmp(&b), op),
        Matched::Int(a, b) => cmp_ordering(a.cmp(&b), op),
        Matched::Rat(a, b) => cmp_ordering(a.cmp(&b), op),
        Matched::Float(a, b) => cmp_ordering(BigFloat::cmp(&a, &b), op),
        Matched::Complex((a, b), (c, d)) => {
            let re = compare(&a, CmpOp::Eql, &c);
            let im = compare(&b, CmpOp::Eql, &d);
            match op {
                CmpOp::Eql => re && im,
                CmpOp::Neq => !re || !im,
                _ => false,
            }
        }
    }
}

/// Largest `prec` [`unary_op`] accepts for `^x`: no Go type is wider.
const MAX_COMPLEMENT_PREC: u32 = 1 << 16;

/// The result of `op x` (go/constant's `UnaryOp`). For `^x`, a nonzero `prec`
/// is the size in bits of the (unsigned) type, and the result is reduced to
/// that many bits. Unknown if `x` is Unknown or the operation is undefined
/// for it.
pub fn unary_op(op: UnOp, x: &Value, prec: u32) -> Value {
    match (op, &x.0) {
        (_, Repr::Unknown) => Value::unknown(),
        (UnOp::Pos, Repr::Int64(_) | Repr::Int(_) | Repr::Rat(_) | Repr::Float(_)) => x.clone(),
        (UnOp::Pos, Repr::Complex(_)) => x.clone(),
        (UnOp::Neg, Repr::Int64(v)) => match v.checked_neg() {
            Some(n) => Value::make_int64(n),
            None => make_int(-BigInt::from(*v)),
        },
        (UnOp::Neg, Repr::Int(v)) => make_int(-(**v).clone()),
        (UnOp::Neg, Repr::Rat(v)) => make_rat(-(**v).clone()),
        (UnOp::Neg, Repr::Float(v)) => make_float(v.neg()),
        (UnOp::Neg, Repr::Complex(c)) => {
            make_complex(unary_op(UnOp::Neg, &c.0, 0), unary_op(UnOp::Neg, &c.1, 0))
        }
        (UnOp::Complement, Repr::Int64(v)) if prec < 64 => {
            let z = !*v;
            if prec == 0 {
                Value::make_int64(z)
            } else {
                Value::make_int64(z & ((1u64 << prec) - 1) as i64)
            }
        }
        (UnOp::Complement, Repr::Int64(_) | Repr::Int(_)) => {
            if prec > MAX_COMPLEMENT_PREC {
                return Value::unknown();
            }
            let z = !x.int_val().unwrap_or_default();
            if prec == 0 {
                make_int(z)
            } else {
                // z &^ (-1 << prec): keep the low prec bits (two's complement).
                make_int(z.mod_floor(&(BigInt::one() << prec)))
            }
        }
        (UnOp::Not, Repr::Bool(b)) => Value::make_bool(!b),
        _ => Value::unknown(),
    }
}

#[cfg(test)]
mod tests;
