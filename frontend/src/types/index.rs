//! Index and slice expressions (index.go).
//!
//! `x[i]` indexes a string (a byte value, never a constant), an array, a
//! pointer to an array, a slice or a map; on a type parameter, every type
//! in its type set must be indexable the same way. It may also be a
//! generic instantiation, which `index_expr` hands back to its caller.
//! Constant indices must be non-negative, representable as int, and within
//! the bounds known statically (constant strings, arrays).

use crate::constant::Kind;
use crate::syntax::ast::{Expr, ExprKind};

use super::expr::{INVALID_ARG, INVALID_OP, at};
use super::*;

impl<'a> Checker<'a> {
    /// Checks the index expression `e` into `x`. Returns true if `e` is a
    /// function instantiation: then `x` is the generic function, which the
    /// caller instantiates (types2 indexExpr).
    pub(crate) fn index_expr(&mut self, x: &mut Operand<'a>, e: &'a Expr) -> bool {
        let ExprKind::Index {
            x: operand,
            lbrack,
            indices,
            ..
        } = &e.kind
        else {
            x.invalidate();
            return false;
        };
        self.expr_or_type(x, operand, true);
        // x may be generic

        match x.mode {
            Mode::Invalid => {
                self.use_exprs(indices);
                return false;
            }
            Mode::TypExpr => {
                // type instantiation
                x.invalidate();
                x.typ = self.var_type(e);
                if self.prog.is_valid(x.typ) {
                    x.mode = Mode::TypExpr;
                }
                return false;
            }
            Mode::Value => {
                let u = self.under(x.typ);
                if let Type::Signature(sig) = self.prog.ty(u)
                    && !sig.tparams.is_empty()
                {
                    // function instantiation
                    return true;
                }
            }
            _ => {}
        }

        // x should not be generic at this point, but be safe.
        self.non_generic(None, x);
        if !x.is_valid() {
            return false;
        }

        // We cannot index a value of an incomplete type, nor through a
        // pointer to one, nor produce an element of one from a map.
        if !self.is_complete(x.typ) {
            x.invalidate();
            return false;
        }
        let u = self.under(x.typ);
        match self.prog.ty(u).clone() {
            Type::Pointer(base) if !self.is_complete(base) => {
                x.invalidate();
                return false;
            }
            Type::Map { elem, .. } if !self.is_complete(elem) => {
                x.invalidate();
                return false;
            }
            _ => {}
        }

        // ordinary index expression
        let mut valid = false;
        let mut length: i64 = -1; // valid if >= 0
        match self.prog.ty(u).clone() {
            Type::Basic(_) if self.prog.is_string(u) => {
                valid = true;
                if x.mode == Mode::Constant {
                    length = x.val().string_val().len() as i64;
                }
                // An indexed string is a byte value (not a constant), even
                // if the string and the index are constant.
                x.mode = Mode::Value;
                x.typ = self.prog.universe.byte;
            }
            Type::Array { len, elem } => {
                valid = true;
                length = len;
                if x.mode != Mode::Variable {
                    x.mode = Mode::Value;
                }
                x.typ = elem;
            }
            Type::Pointer(base) => {
                let bu = self.under(base);
                if let Type::Array { len, elem } = self.prog.ty(bu).clone() {
                    valid = true;
                    length = len;
                    x.mode = Mode::Variable;
                    x.typ = elem;
                }
            }
            Type::Slice(elem) => {
                valid = true;
                x.mode = Mode::Variable;
                x.typ = elem;
            }
            Type::Map { key, elem } => {
                let Some(index) = self.single_index(e) else {
                    x.invalidate();
                    return false;
                };
                let mut k = Operand::invalid(self.prog);
                self.generic_expr(&mut k, index);
                self.assignment(&mut k, Some(key), "map index");
                // ok to continue even if indexing failed: the map element
                // type is known
                x.mode = Mode::MapIndex;
                x.typ = elem;
                x.expr = Some(e);
                return false;
            }
            Type::Interface(_) if self.prog.is_type_param(x.typ) => {
                if let Some((key, elem, mode, l)) = self.tparam_index(x) {
                    length = l;
                    // For maps, the index must be assignable to the key.
                    if let Some(key) = key {
                        let Some(index) = self.single_index(e) else {
                            x.invalidate();
                            return false;
                        };
                        let mut k = Operand::invalid(self.prog);
                        self.generic_expr(&mut k, index);
                        self.assignment(&mut k, Some(key), "map index");
                        // ok to continue: the map element type is known
                        x.mode = Mode::MapIndex;
                        x.typ = elem;
                        x.expr = Some(e);
                        return false;
                    }
                    // no maps
                    valid = true;
                    x.mode = mode;
                    x.typ = elem;
                }
            }
            _ => {}
        }

        if !valid {
            let xs = self.op_str(x);
            self.error(*lbrack, format!("cannot index {xs}"));
            self.use_exprs(indices);
            x.invalidate();
            return false;
        }

        let Some(index) = self.single_index(e) else {
            x.invalidate();
            return false;
        };
        self.index(index, length);
        false
    }

    /// How a value of type parameter type `x` is indexed, if every type in
    /// its type set is indexable alike: the key type (maps only; all or
    /// none are maps, with identical keys), the element type, the result
    /// mode for non-maps, and the smallest array length (-1 if none).
    fn tparam_index(&mut self, x: &Operand<'a>) -> Option<(Option<TypeId>, TypeId, Mode, i64)> {
        let mut first: Option<(Option<TypeId>, TypeId)> = None;
        let mut length: i64 = -1;
        let mut mode = Mode::Variable;
        for tu in self.typeset(x.typ) {
            let (_, u) = tu?;
            let mut l: i64 = -1;
            let mut k: Option<TypeId> = None; // only set for maps
            let e: TypeId = match self.prog.ty(u).clone() {
                Type::Basic(_) if self.prog.is_string(u) => {
                    mode = Mode::Value;
                    self.prog.universe.byte
                }
                Type::Array { len, elem } => {
                    l = len;
                    if x.mode != Mode::Variable {
                        mode = Mode::Value;
                    }
                    elem
                }
                Type::Pointer(base) => {
                    let bu = self.under(base);
                    match self.prog.ty(bu).clone() {
                        Type::Array { len, elem } => {
                            l = len;
                            elem
                        }
                        _ => return None,
                    }
                }
                Type::Slice(elem) => elem,
                Type::Map { key, elem } => {
                    k = Some(key);
                    elem
                }
                _ => return None,
            };
            match first {
                None => {
                    length = l;
                    first = Some((k, e));
                }
                Some((key, elem)) => {
                    // All map keys must be identical (including all
                    // absent: maps do not mix with other types), and all
                    // element types.
                    let same_key = match (key, k) {
                        (None, None) => true,
                        (Some(a), Some(b)) => self.prog.identical(a, b),
                        _ => false,
                    };
                    if !same_key || !self.prog.identical(elem, e) {
                        return None;
                    }
                    // track the smallest array length, if any
                    if l >= 0 && l < length {
                        length = l;
                    }
                }
            }
        }
        let (key, elem) = first?;
        Some((key, elem, mode, length))
    }

    /// Checks the slice expression `e` into `x` (types2 sliceExpr).
    pub(crate) fn slice_expr(&mut self, x: &mut Operand<'a>, e: &'a Expr) {
        let ExprKind::Slice {
            x: operand,
            low,
            high,
            max,
            three,
            ..
        } = &e.kind
        else {
            x.invalidate();
            return;
        };
        let indices: [Option<&'a Expr>; 3] = [low.as_deref(), high.as_deref(), max.as_deref()];

        self.expr(None, x, operand);
        if !x.is_valid() {
            for i in indices.into_iter().flatten() {
                self.use1(i, false);
            }
            return;
        }

        // Determine the common underlying type cu; strings count as byte
        // slices, remembering that one was seen.
        let mut ct_cu: Option<(TypeId, TypeId)> = None;
        let mut has_string = false;
        let mut failed = false;
        for tu in self.typeset(x.typ) {
            let Some((t, mut u)) = tu else {
                let (xs, ts) = (self.op_str(x), self.type_str(x.typ));
                self.error(
                    at(x),
                    format!("cannot slice {xs}: no specific type in {ts}"),
                );
                failed = true;
                break;
            };
            if self.prog.is_string(u) {
                u = self.prog.new_slice(self.prog.universe.byte);
                has_string = true;
            }
            match ct_cu {
                None => ct_cu = Some((t, u)),
                Some((ct, cu)) => {
                    if !self.prog.identical(cu, u) {
                        let (xs, cts, ts) = (self.op_str(x), self.type_str(ct), self.type_str(t));
                        self.error(
                            at(x),
                            format!(
                                "cannot slice {xs}: {cts} and {ts} have different underlying types"
                            ),
                        );
                        failed = true;
                        break;
                    }
                }
            }
        }
        let mut cu = if failed { None } else { ct_cu.map(|(_, u)| u) };
        if has_string {
            // (types2 also does this after an error above.)
            // Proceed with a string type, but an untyped string stays
            // untyped.
            cu = Some(if self.prog.is_type_param(x.typ) {
                self.prog.universe.basic(BasicKind::String)
            } else {
                self.under(x.typ)
            });
        }

        // Slicing a pointer to an array dereferences it: the array type
        // must be complete.
        let xu = self.under(x.typ);
        if let Type::Pointer(base) = self.prog.ty(xu).clone()
            && !self.is_complete(base)
        {
            x.invalidate();
            return;
        }

        let Some(cu) = cu else {
            // error reported above
            x.invalidate();
            return;
        };

        let mut valid = false;
        let mut length: i64 = -1; // valid if >= 0
        match self.prog.ty(cu).clone() {
            Type::Basic(_) if self.prog.is_string(cu) => {
                if *three {
                    let at_pos = max.as_deref().map(|m| m.span.lo).unwrap_or(e.span.lo);
                    self.error(at_pos, format!("{INVALID_OP}3-index slice of string"));
                    x.invalidate();
                    return;
                }
                valid = true;
                if x.mode == Mode::Constant {
                    length = x.val().string_val().len() as i64;
                }
                // spec: "For untyped string operands the result is a
                // non-constant value of type string."
                if self.prog.is_untyped(x.typ) {
                    x.typ = self.prog.universe.basic(BasicKind::String);
                }
            }
            Type::Array { len, elem } => {
                valid = true;
                length = len;
                if x.mode != Mode::Variable {
                    let xs = self.op_str(x);
                    self.error(at(x), format!("cannot slice unaddressable value {xs}"));
                    x.invalidate();
                    return;
                }
                x.typ = self.prog.new_slice(elem);
            }
            Type::Pointer(base) => {
                let bu = self.under(base);
                if let Type::Array { len, elem } = self.prog.ty(bu).clone() {
                    valid = true;
                    length = len;
                    x.typ = self.prog.new_slice(elem);
                }
            }
            Type::Slice(_) => valid = true, // x.typ doesn't change
            _ => {}
        }

        if !valid {
            let xs = self.op_str(x);
            self.error(at(x), format!("cannot slice {xs}"));
            x.invalidate();
            return;
        }

        x.mode = Mode::Value;

        // spec: "Only the first index may be omitted; it defaults to 0."
        if *three && (high.is_none() || max.is_none()) {
            self.error(
                e.span.lo,
                "invalid syntax tree: 2nd and 3rd index required in 3-index slice",
            );
            x.invalidate();
            return;
        }

        // check indices
        let mut ind = [-1i64; 3];
        for (i, expr) in indices.iter().enumerate() {
            let v = match expr {
                Some(expr) => {
                    // The capacity is only known statically for strings,
                    // arrays and pointers to arrays, where it is the length.
                    let max = if length >= 0 { length + 1 } else { -1 };
                    let (_, v) = self.index(expr, max);
                    if v >= 0 { v } else { -1 }
                }
                None if i == 0 => 0,    // default is 0 for the first index
                None => length.max(-1), // default is length (== capacity)
            };
            ind[i] = v;
        }

        // Constant indices must be in range (index already checked that
        // they are >= 0); report one error only.
        'outer: for i in 0..2 {
            let xv = ind[i];
            if xv > 0 {
                for j in i + 1..3 {
                    let yv = ind[j];
                    // yv >= 0 was set from an index expression, so it exists
                    if yv >= 0
                        && yv < xv
                        && let Some(ye) = indices[j]
                    {
                        self.error(ye.span.lo, format!("invalid slice indices: {yv} < {xv}"));
                        break 'outer;
                    }
                }
            }
        }
    }

    /// The single index of index expression `e`, reporting a missing one or
    /// extra ones (types2 singleIndex).
    pub fn single_index(&mut self, e: &'a Expr) -> Option<&'a Expr> {
        let ExprKind::Index { x, indices, .. } = &e.kind else {
            return None;
        };
        match indices.as_slice() {
            [] => {
                let xs = self.expr_str(x);
                self.error(
                    e.span.lo,
                    format!("invalid syntax tree: missing index for {xs}"),
                );
                None
            }
            [first, second, ..] => {
                self.error(second.span.lo, format!("{INVALID_OP}more than one index"));
                Some(first) // continue with the first index
            }
            [first] => Some(first),
        }
    }

    /// Checks index expression `index`; `max` >= 0 is its exclusive upper
    /// bound. Returns the index's (integer) type, `invalid` if the index is
    /// invalid, and its constant value, -1 if not constant (types2 index).
    pub fn index(&mut self, index: &'a Expr, max: i64) -> (TypeId, i64) {
        let invalid = (self.invalid(), -1);
        let mut x = Operand::invalid(self.prog);
        self.expr(None, &mut x, index);
        if !self.is_valid_index(&mut x, "index", false) {
            return invalid;
        }
        if x.mode != Mode::Constant {
            return (x.typ, -1);
        }
        if x.val().kind() == Kind::Unknown {
            return invalid;
        }
        let Some(v) = x.val().int64_val() else {
            return invalid;
        };
        if max >= 0 && v >= max {
            let vs = x.val().string();
            self.error(
                at(&x),
                format!("{INVALID_ARG}index {vs} out of bounds [0:{max}]"),
            );
            return invalid;
        }
        // 0 <= v [ && v < max ]
        (x.typ, v)
    }

    /// Whether `x` is a valid integer index (`what` names it in messages);
    /// a constant may be negative only with `allow_negative`. Reports the
    /// error if not (types2 isValidIndex).
    pub fn is_valid_index(
        &mut self,
        x: &mut Operand<'a>,
        what: &str,
        allow_negative: bool,
    ) -> bool {
        if !x.is_valid() {
            return false;
        }

        // spec: "a constant index that is untyped is given type int"
        let int = self.prog.universe.basic(BasicKind::Int);
        self.convert_untyped(x, int);
        if !x.is_valid() {
            return false;
        }

        // spec: "the index x must be of integer type or an untyped constant"
        if !self.prog.all_integer(x.typ) {
            let xs = self.op_str(x);
            self.error(at(x), format!("{INVALID_ARG}{what} {xs} must be integer"));
            return false;
        }

        if x.mode == Mode::Constant {
            // spec: "a constant index must be non-negative ..."
            if !allow_negative && x.val().sign() < 0 {
                let xs = self.op_str(x);
                self.error(
                    at(x),
                    format!("{INVALID_ARG}{what} {xs} must not be negative"),
                );
                return false;
            }
            // spec: "... and representable by a value of type int"
            match self.prog.representable_const(x.val(), int) {
                Some(v) => x.val = Some(v),
                None => {
                    let xs = self.op_str(x);
                    self.error(at(x), format!("{INVALID_ARG}{what} {xs} overflows int"));
                    return false;
                }
            }
        }
        true
    }
}
