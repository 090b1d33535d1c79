//! Constant representability and overflow (const.go).
//!
//! Untyped constants have arbitrary precision, but must not grow without
//! bound (integers beyond 512 bits overflow); typed constants must be
//! representable in their type after every operation. Converting a constant
//! to a floating-point type rounds it to that type's precision, so that the
//! value recorded is the one the program will compute with.

use crate::constant::{self, Kind, Value};
use crate::source::Pos;

use super::expr::at;
use super::*;

/// Why a constant or untyped value cannot be converted implicitly (the
/// error codes of types2's representation and implicitTypeAndValue).
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum ConvError {
    /// A float constant converted to an integer type.
    TruncatedFloat,
    /// A numeric constant outside the target's range.
    NumericOverflow,
    /// A constant of the wrong kind for the target.
    InvalidConstVal,
    /// An untyped value that cannot take the target type at all.
    InvalidUntypedConversion,
}

impl<'a> Checker<'a> {
    /// Checks that constant `x` is representable by `typ` (a basic type,
    /// usually the underlying type of the target), rounding floats, or
    /// reports gc's error and invalidates `x` (types2 representable).
    pub fn representable(&mut self, x: &mut Operand<'a>, typ: TypeId) {
        match self.representation(x, typ) {
            Ok(v) => x.val = Some(v),
            Err(code) => {
                self.invalid_conversion(code, x, typ);
                x.invalidate();
            }
        }
    }

    /// The value of constant `x` represented in basic type `typ`, or why it
    /// is not representable (types2 representation).
    pub(crate) fn representation(
        &mut self,
        x: &Operand<'a>,
        typ: TypeId,
    ) -> Result<Value, ConvError> {
        if let Some(v) = self.prog.representable_const(x.val(), typ) {
            return Ok(v);
        }
        if self.prog.is_numeric(x.typ) && self.prog.is_numeric(typ) {
            // integer -> integer: overflows; float -> integer: truncated;
            // float -> float: overflows.
            if !self.prog.is_integer(x.typ) && self.prog.is_integer(typ) {
                return Err(ConvError::TruncatedFloat);
            }
            return Err(ConvError::NumericOverflow);
        }
        Err(ConvError::InvalidConstVal)
    }

    /// Reports that `x` cannot be converted to `target` (types2
    /// invalidConversion).
    pub(crate) fn invalid_conversion(&mut self, code: ConvError, x: &Operand<'a>, target: TypeId) {
        let xs = self.op_str(x);
        let ts = self.type_str(target);
        let msg = match code {
            ConvError::TruncatedFloat => format!("{xs} truncated to {ts}"),
            ConvError::NumericOverflow => format!("{xs} overflows {ts}"),
            _ => format!("cannot convert {xs} to type {ts}"),
        };
        self.error(at(x), msg);
    }

    /// Reports `constant ... overflows` and too-large untyped values
    /// after an operation at `op_pos` (types2 overflow).
    pub fn overflow(&mut self, x: &mut Operand<'a>, op_pos: Pos) {
        if x.val().kind() == Kind::Unknown {
            // go/constant cannot tell what went wrong.
            self.error(op_pos, "constant result is not representable");
            return;
        }

        // Typed constants must be representable in their type after each
        // constant operation (type parameters are never constant types).
        if self.prog.is_typed(x.typ) {
            let u = self.under(x.typ);
            self.representable(x, u);
            return;
        }

        // Untyped integer values must not grow arbitrarily.
        const PREC: usize = 512;
        if x.val().kind() == Kind::Int && x.val().bit_len() > PREC {
            let mut op = super::expr::op_name_of(x.expr).to_string();
            if !op.is_empty() {
                op.push(' ');
            }
            self.error(op_pos, format!("constant {op}overflow"));
            x.val = Some(Value::unknown());
            return;
        }

        // String values must not become arbitrarily long (go.dev/issue/78346).
        const MAX_LEN: usize = 2_000_000_000; // cmd/internal/obj.MaxSymSize
        if x.val().kind() == Kind::String {
            let len = x.val().string_val().len();
            if len > MAX_LEN {
                self.error(
                    op_pos,
                    format!("constant string too long ({len} bytes > {MAX_LEN} bytes)"),
                );
                x.val = Some(Value::unknown());
            }
        }
    }
}

impl Program {
    /// Whether `x` is representable by basic type `typ`, and the value
    /// rounded to it (types2 representableConst): integers as integer
    /// values, floats and complex numbers rounded to float32 or float64;
    /// other values unchanged. An unknown value is representable.
    pub fn representable_const(&self, x: &Value, typ: TypeId) -> Option<Value> {
        use BasicKind::*;
        if x.kind() == Kind::Unknown {
            return Some(x.clone()); // avoid follow-up errors
        }
        let kind = self.basic_kind(self.under(typ))?;
        let info = kind.info();

        if info & info::INTEGER != 0 {
            let xi = x.to_int();
            if xi.kind() != Kind::Int {
                return None;
            }
            let ok = if let Some(v) = xi.int64_val() {
                let word_bits = (self.sizes.word_size * 8) as u32;
                let signed = |bits: u32| {
                    let lim = 1i128 << (bits - 1);
                    -lim <= v as i128 && (v as i128) < lim
                };
                let unsigned = |bits: u32| v >= 0 && (v as i128) < (1i128 << bits);
                match kind {
                    Int => signed(word_bits),
                    Int8 => signed(8),
                    Int16 => signed(16),
                    Int32 => signed(32),
                    Int64 | UntypedInt | UntypedRune => true,
                    Uint | Uintptr => unsigned(word_bits.min(64)),
                    Uint8 => unsigned(8),
                    Uint16 => unsigned(16),
                    Uint32 => unsigned(32),
                    Uint64 => v >= 0,
                    _ => false,
                }
            } else {
                // x does not fit into int64
                let n = xi.bit_len();
                match kind {
                    Uint | Uintptr => xi.sign() >= 0 && n <= (self.sizes.word_size * 8) as usize,
                    Uint64 => xi.sign() >= 0 && n <= 64,
                    UntypedInt | UntypedRune => true,
                    _ => false,
                }
            };
            return ok.then_some(xi);
        }

        if info & info::FLOAT != 0 {
            let xf = x.to_float();
            if xf.kind() != Kind::Float {
                return None;
            }
            return match kind {
                Float32 => round_float32(&xf),
                Float64 => round_float64(&xf),
                // An untyped float keeps its (exact) value as is.
                _ => Some(x.clone()),
            };
        }

        if info & info::COMPLEX != 0 {
            let xc = x.to_complex();
            if xc.kind() != Kind::Complex {
                return None;
            }
            let round = match kind {
                Complex64 => round_float32,
                Complex128 => round_float64,
                _ => return Some(x.clone()),
            };
            let re = round(&xc.real())?;
            let im = round(&xc.imag())?;
            return Some(constant::binary_op(
                &re,
                constant::Op::Add,
                &Value::make_imag(&im),
            ));
        }

        if info & info::STRING != 0 {
            return (x.kind() == Kind::String).then(|| x.clone());
        }
        if info & info::BOOLEAN != 0 {
            return (x.kind() == Kind::Bool).then(|| x.clone());
        }
        None
    }
}

/// `x` rounded to float32 precision, or None if it overflows float32.
fn round_float32(x: &Value) -> Option<Value> {
    let (f, _) = x.float32_val();
    let f = f as f64;
    (!f.is_infinite()).then(|| Value::make_float64(f))
}

/// `x` rounded to float64 precision, or None if it overflows float64.
fn round_float64(x: &Value) -> Option<Value> {
    let (f, _) = x.float64_val();
    (!f.is_infinite()).then(|| Value::make_float64(f))
}
