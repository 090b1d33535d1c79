//! Conversions T(x) (conversions.go).
//!
//! A constant converted to a constant type stays a constant (and must be
//! representable in it, except integer → string, which yields the UTF-8
//! encoding of the code point, or "\uFFFD" outside the valid range); every
//! other conversion yields a value. Conversions to and from type parameters
//! must be valid for every type in their type sets.

use crate::constant::Value;

use super::expr::at;
use super::*;

impl<'a> Checker<'a> {
    /// Checks the conversion `T(x)` and sets `x` to its result.
    pub fn conversion(&mut self, x: &mut Operand<'a>, t: TypeId) {
        let const_arg = x.mode == Mode::Constant;

        let mut ok = false;
        let mut cause = String::new();
        if const_arg && self.prog.is_const_type(t) {
            // constant conversion
            let u = self.under(t);
            match self.const_convertible_to(x, u) {
                Some(v) => {
                    x.val = Some(v);
                    ok = true;
                }
                None => {
                    // A conversion from an integer constant to an integer
                    // type can only fail by overflow: be concise
                    // (go.dev/issue/63563).
                    if self.prog.is_integer(x.typ) && self.prog.is_integer(t) {
                        let vs = x.val().string();
                        let ts = self.type_str(t);
                        self.error(at(x), format!("constant {vs} overflows {ts}"));
                        x.invalidate();
                        return;
                    }
                }
            }
        } else if const_arg && self.prog.is_type_param(t) {
            // x converts to T if it converts to each specific type in T's
            // type set; an empty set, or one without specific types,
            // admits no constant.
            ok = true;
            for tu in self.typeset(t) {
                let Some((_, u)) = tu else {
                    cause = format!("{} does not contain specific types", self.type_str(t));
                    ok = false;
                    break;
                };
                if self.prog.is_string(x.typ) && is_bytes_or_runes(self.prog, u) {
                    continue;
                }
                if self.const_convertible_to(x, u).is_none() {
                    let (us, ts) = (self.type_str(u), self.type_str(t));
                    cause = if self.prog.is_integer(x.typ) && self.prog.is_integer(u) {
                        format!("constant {} overflows {us} (in {ts})", x.val().string())
                    } else {
                        format!("cannot convert {} to type {us} (in {ts})", self.op_str(x))
                    };
                    ok = false;
                    break;
                }
            }
            x.mode = Mode::Value; // type parameters are not constants
        } else if self.convertible_to(x, t, &mut cause) {
            // non-constant conversion
            ok = true;
            x.mode = Mode::Value;
        }

        if !ok {
            let (xs, ts) = (self.op_str(x), self.type_str(t));
            if !cause.is_empty() {
                self.error(at(x), format!("cannot convert {xs} to type {ts}: {cause}"));
            } else {
                self.error(at(x), format!("cannot convert {xs} to type {ts}"));
            }
            x.invalidate();
            return;
        }

        // The argument's type is now final. For untyped values the
        // conversion provides the type (spec: "A constant may be given a
        // type explicitly by a constant declaration or conversion").
        if self.prog.is_untyped(x.typ) {
            let untyped_nil = self.prog.basic_kind(x.typ) == Some(BasicKind::UntypedNil);
            let mut final_ = t;
            if untyped_nil {
                // keep T
            } else if self.prog.is_non_type_param_interface(t)
                || (const_arg && !self.prog.is_const_type(t))
            {
                // Conversions to interfaces, and of constants to
                // non-constant types ([]byte("foo")), record the default
                // type of the argument.
                final_ = self.prog.default_type(x.typ);
            } else if x.mode == Mode::Constant
                && self.prog.is_integer(x.typ)
                && self.prog.all_string(t)
            {
                // Integer to string conversions keep the argument's type.
                final_ = x.typ;
            }
            if let Some(e) = x.expr {
                self.update_expr_type(e, final_, true);
            }
        }

        x.typ = t;
    }

    /// The value of constant `x` converted to the basic type `u`, or None
    /// if it is not convertible (the closure constConvertibleTo of types2
    /// conversion).
    fn const_convertible_to(&mut self, x: &Operand<'a>, u: TypeId) -> Option<Value> {
        if !matches!(self.prog.ty(u), Type::Basic(_)) {
            return None;
        }
        if let Some(v) = self.prog.representable_const(x.val(), u) {
            return Some(v);
        }
        if self.prog.is_integer(x.typ) && self.prog.is_string(u) {
            let cp = x
                .val()
                .uint64_val()
                .filter(|&i| i <= 0x10FFFF)
                .and_then(|i| char::from_u32(i as u32))
                .unwrap_or('\u{FFFD}');
            let mut buf = [0u8; 4];
            return Some(Value::make_string(cp.encode_utf8(&mut buf).as_bytes()));
        }
        None
    }

    /// Whether `x` can be converted to `t`; `cause` receives the
    /// reason when not (types2 convertibleTo).
    pub fn convertible_to(&mut self, x: &Operand<'a>, t: TypeId, cause: &mut String) -> bool {
        // "x is assignable to T"
        if self.assignable_to(x, t, cause) {
            return true;
        }

        let orig_t = t;
        let v = self.prog.unalias(x.typ);
        let t = self.prog.unalias(t);
        let vu = self.under(v);
        let tu = self.under(t);
        let vp = self.prog.is_type_param(v);
        let tp = self.prog.is_type_param(t);

        // "V and T have identical underlying types if tags are ignored and
        // V and T are not type parameters"
        if self.prog.identical_ignore_tags(vu, tu) && !vp && !tp {
            return true;
        }

        // "V and T are unnamed pointer types and their pointer base types
        // have identical underlying types if tags are ignored and their
        // pointer base types are not type parameters"
        if let (Type::Pointer(vb), Type::Pointer(tb)) = (self.prog.ty(v), self.prog.ty(t)) {
            let (vb, tb) = (*vb, *tb);
            let (vbu, tbu) = (self.under(vb), self.under(tb));
            if self.prog.identical_ignore_tags(vbu, tbu)
                && !self.prog.is_type_param(vb)
                && !self.prog.is_type_param(tb)
            {
                return true;
            }
        }

        let p = &*self.prog;
        // "V and T are both integer or floating point types"
        if p.is_integer_or_float(vu) && p.is_integer_or_float(tu) {
            return true;
        }
        // "V and T are both complex types"
        if p.is_complex(vu) && p.is_complex(tu) {
            return true;
        }
        // "V is an integer or a slice of bytes or runes and T is a string type"
        if (p.is_integer(vu) || is_bytes_or_runes(p, vu)) && p.is_string(tu) {
            return true;
        }
        // "V is a string and T is a slice of bytes or runes"
        if p.is_string(vu) && is_bytes_or_runes(p, tu) {
            return true;
        }
        // package unsafe: "any pointer or value of underlying type uintptr
        // can be converted into a unsafe.Pointer", and vice versa
        if (is_pointer(p, vu) || is_uintptr(p, vu)) && is_unsafe_pointer(p, tu) {
            return true;
        }
        if is_unsafe_pointer(p, vu) && (is_pointer(p, tu) || is_uintptr(p, tu)) {
            return true;
        }

        // "V is a slice, T is an array or pointer-to-array type, and the
        // slice and array types have identical element types."
        if let Type::Slice(se) = p.ty(vu).clone() {
            match p.ty(tu).clone() {
                Type::Array { elem, .. } if self.prog.identical(se, elem) => {
                    if super::expr::allow_version(self, 20) {
                        return true;
                    }
                    *cause = "conversion of slice to array requires go1.20 or later".into();
                    return false;
                }
                Type::Pointer(base) => {
                    let bu = self.under(base);
                    if let Type::Array { elem, .. } = self.prog.ty(bu).clone()
                        && self.prog.identical(se, elem)
                    {
                        if super::expr::allow_version(self, 17) {
                            return true;
                        }
                        *cause =
                            "conversion of slice to array pointer requires go1.17 or later".into();
                        return false;
                    }
                }
                _ => {}
            }
        }

        // optimization: without type parameters, we're done
        if !vp && !tp {
            return false;
        }

        // Prepends a line to the cause, keeping the deeper explanation.
        let errorf = |cause: &mut String, msg: String| {
            *cause = if cause.is_empty() {
                msg
            } else {
                format!("{msg}\n\t{cause}")
            };
        };

        // generic cases with specific type terms (generic operands are
        // never constants, so x.val can be ignored)
        if vp {
            let vterms = self.typeset(v);
            for vt in vterms {
                let Some((vtyp, _)) = vt else { return false };
                let mut x1 = x.clone();
                x1.typ = vtyp;
                if tp {
                    for tt in self.typeset(t) {
                        let Some((ttyp, _)) = tt else { return false };
                        if !self.convertible_to(&x1, ttyp, cause) {
                            let msg = format!(
                                "cannot convert {} (in {}) to type {} (in {})",
                                self.type_str(vtyp),
                                self.type_str(v),
                                self.type_str(ttyp),
                                self.type_str(t)
                            );
                            errorf(cause, msg);
                            return false;
                        }
                    }
                } else if !self.convertible_to(&x1, t, cause) {
                    let msg = format!(
                        "cannot convert {} (in {}) to type {}",
                        self.type_str(vtyp),
                        self.type_str(v),
                        self.type_str(orig_t)
                    );
                    errorf(cause, msg);
                    return false;
                }
            }
            return true;
        }
        // tp
        for tt in self.typeset(t) {
            let Some((ttyp, _)) = tt else { return false };
            if !self.convertible_to(x, ttyp, cause) {
                let msg = format!(
                    "cannot convert {} to type {} (in {})",
                    self.type_str(x.typ),
                    self.type_str(ttyp),
                    self.type_str(t)
                );
                errorf(cause, msg);
                return false;
            }
        }
        true
    }
}

fn basic_kind_of(p: &Program, t: TypeId) -> Option<BasicKind> {
    p.basic_kind(p.under(t))
}

pub(crate) fn is_uintptr(p: &Program, t: TypeId) -> bool {
    basic_kind_of(p, t) == Some(BasicKind::Uintptr)
}

pub(crate) fn is_unsafe_pointer(p: &Program, t: TypeId) -> bool {
    basic_kind_of(p, t) == Some(BasicKind::UnsafePointer)
}

pub(crate) fn is_pointer(p: &Program, t: TypeId) -> bool {
    matches!(p.ty(p.under(t)), Type::Pointer(_))
}

/// `[]byte` or `[]rune` (also of named byte or rune types).
pub(crate) fn is_bytes_or_runes(p: &Program, t: TypeId) -> bool {
    if let Type::Slice(e) = p.ty(p.under(t)) {
        return matches!(
            basic_kind_of(p, *e),
            Some(BasicKind::Uint8 | BasicKind::Int32)
        );
    }
    false
}
