//! Operands: the result of checking an expression (operand.go).
//!
//! Invariant: a `Constant` operand has `val: Some` and a basic (possibly
//! named basic) type; every other valid mode has a type; `Invalid` operands
//! have been reported already, and any error mentioning them is suppressed.

use crate::constant::Value;
use crate::syntax::ast::Expr;

use super::Program;
use super::object::Builtin;
use super::typ::{BasicKind, Type, TypeId};
use super::typestring::Qualifier;

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum Mode {
    /// The operand is invalid (an error was reported).
    Invalid,
    /// A call of a function without results.
    NoValue,
    /// A builtin function (only callable).
    Builtin,
    /// A type.
    TypExpr,
    /// A constant.
    Constant,
    /// An addressable variable.
    Variable,
    /// A map index expression (assignable, comma-ok on the right).
    MapIndex,
    /// A computed value.
    Value,
    /// The value nil.
    NilValue,
    /// A value that may be used in a comma-ok assignment.
    CommaOk,
    /// Like CommaOk, with an error as second value (cgo; kept for parity).
    CommaErr,
}

impl Mode {
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Invalid => "invalid operand",
            Mode::NoValue => "no value",
            Mode::Builtin => "built-in",
            Mode::TypExpr => "type",
            Mode::Constant => "constant",
            Mode::Variable => "variable",
            Mode::MapIndex => "map index expression",
            Mode::Value => "value",
            Mode::NilValue => "nil",
            Mode::CommaOk => "comma, ok expression",
            Mode::CommaErr => "comma, error expression",
        }
    }
}

#[derive(Clone, Debug)]
pub struct Operand<'a> {
    pub mode: Mode,
    /// The expression the operand comes from (for messages and recording).
    pub expr: Option<&'a Expr>,
    pub typ: TypeId,
    pub val: Option<Value>,
    /// Which builtin, for `Mode::Builtin`.
    pub builtin: Option<Builtin>,
}

impl<'a> Operand<'a> {
    pub fn invalid(p: &Program) -> Operand<'a> {
        Operand {
            mode: Mode::Invalid,
            expr: None,
            typ: p.universe.invalid,
            val: None,
            builtin: None,
        }
    }
    pub fn is_valid(&self) -> bool {
        self.mode != Mode::Invalid
    }
    pub fn invalidate(&mut self) {
        self.mode = Mode::Invalid;
    }
    /// Whether the operand is the untyped nil or a nil of some type.
    pub fn is_nil(&self, p: &Program) -> bool {
        self.mode == Mode::NilValue
            || (self.mode == Mode::Value && p.basic_kind(self.typ) == Some(BasicKind::UntypedNil))
    }
    pub fn val(&self) -> &Value {
        static UNKNOWN: std::sync::OnceLock<Value> = std::sync::OnceLock::new();
        self.val
            .as_ref()
            .unwrap_or_else(|| UNKNOWN.get_or_init(Value::unknown))
    }
}

/// The kind of composite a named or alias type has, for operand
/// descriptions ("variable of struct type T").
pub fn composite_kind(p: &Program, t: TypeId) -> &'static str {
    match p.ty(p.under(t)) {
        Type::Basic(_) => "",
        Type::Array { .. } => "array",
        Type::Slice(_) => "slice",
        Type::Struct(_) => "struct",
        Type::Pointer(_) => "pointer",
        Type::Signature(_) => "func",
        Type::Interface(_) => "interface",
        Type::Map { .. } => "map",
        Type::Chan { .. } => "chan",
        Type::Tuple(_) => "tuple",
        Type::Union(_) => "union",
        _ => "",
    }
}

impl Program {
    /// An operand as types2 describes it in messages, e.g.
    /// `x (variable of type int)`, `1.5 (untyped float constant)`,
    /// `"a" (untyped string constant)`, `s (variable of struct type S)`.
    pub fn operand_string(&self, x: &Operand, qf: Qualifier) -> String {
        if x.mode == Mode::NilValue {
            return match self.basic_kind(x.typ) {
                Some(BasicKind::Invalid) => "nil (with invalid type)".into(),
                Some(BasicKind::UntypedNil) => "nil".into(),
                _ => format!("nil (of type {})", self.type_string(x.typ, qf)),
            };
        }
        let mut buf = String::new();
        let expr = match x.expr {
            Some(e) => super::exprstring::expr_string(e),
            None => match x.mode {
                Mode::Builtin => x.builtin.map(|b| b.name().to_string()).unwrap_or_default(),
                Mode::TypExpr => self.type_string(x.typ, qf),
                Mode::Constant => x.val().string(),
                _ => String::new(),
            },
        };
        if !expr.is_empty() {
            buf.push_str(&expr);
            buf.push_str(" (");
        }
        let mut has_type = false;
        match x.mode {
            Mode::Invalid | Mode::NoValue | Mode::Builtin | Mode::TypExpr => {}
            _ => {
                if self.is_untyped(x.typ) {
                    if let Type::Basic(b) = self.ty(x.typ) {
                        buf.push_str(b.name);
                        buf.push(' ');
                    }
                } else {
                    has_type = true;
                }
            }
        }
        buf.push_str(x.mode.as_str());
        if x.mode == Mode::Constant {
            let s = x.val().string();
            if s != expr {
                buf.push(' ');
                buf.push_str(&s);
            }
        }
        if has_type {
            if self.is_valid(x.typ) {
                let mut desc = String::new();
                if self.is_generic(x.typ) {
                    desc.push_str("generic ");
                }
                let t = self.unalias(x.typ);
                let tpar = matches!(self.ty(t), Type::TypeParam(_));
                if !tpar && matches!(self.ty(x.typ), Type::Alias(_) | Type::Named(_)) {
                    let mut what = composite_kind(self, x.typ).to_string();
                    if what.is_empty()
                        && let Type::Basic(b) = self.ty(self.under(x.typ))
                    {
                        what = b.name.to_string();
                    }
                    desc.push_str(&what);
                    desc.push(' ');
                }
                buf.push_str(" of ");
                buf.push_str(&desc);
                buf.push_str("type ");
                buf.push_str(&self.type_string(x.typ, qf));
                if let Type::TypeParam(tp) = self.ty(t) {
                    buf.push_str(" constrained by ");
                    if let Some(b) = tp.bound {
                        buf.push_str(&self.type_string(b, qf));
                    }
                    if self.has_empty_typeset(t) {
                        buf.push_str(" with empty type set");
                    }
                }
            } else {
                buf.push_str(" with invalid type");
            }
        }
        if !expr.is_empty() {
            buf.push(')');
        }
        buf
    }
}
