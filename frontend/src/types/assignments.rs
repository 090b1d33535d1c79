//! Assignability and assignments (assignments.go, operand.go's
//! assignableTo).
//!
//! Every place a value flows into a typed location (assignment, variable
//! initialization, argument passing, return, composite literal element,
//! map index, channel send) goes through `assignment`, which first gives
//! an untyped value its type from the context and then checks
//! assignability. The `context` word appears in gc's messages ("cannot use
//! x (variable of type int) as string value in assignment").

use crate::name::Name;
use crate::source::Pos;
use crate::syntax::ast::{self, Expr, ExprKind};

use super::const_::ConvError;
use super::expr::{at, syntax_pos};
use super::*;

impl<'a> Checker<'a> {
    /// Checks that `x` can be assigned to a variable of type `t` (or, if
    /// `t` is None, converts untyped `x` to its default type), reporting
    /// errors in `context` ("assignment", "argument", "return statement",
    /// "variable declaration", ...) (types2 assignment).
    pub fn assignment(&mut self, x: &mut Operand<'a>, t: Option<TypeId>, context: &str) {
        self.single_value(x);

        match x.mode {
            Mode::Invalid => return, // error reported before
            Mode::NilValue
            | Mode::Constant
            | Mode::Variable
            | Mode::MapIndex
            | Mode::Value
            | Mode::CommaOk
            | Mode::CommaErr => {}
            _ => {
                // Possible after other errors (go.dev/issue/39634, crash 12).
                let xs = self.op_str(x);
                let ts = t
                    .map(|t| self.type_str(t))
                    .unwrap_or_else(|| "<nil>".into());
                self.error(at(x), format!("cannot assign {xs} to {ts} in {context}"));
                x.invalidate();
                return;
            }
        }

        if self.prog.is_untyped(x.typ) {
            // spec: "If an untyped constant is assigned to a variable of
            // interface type or the blank identifier, the constant is first
            // converted to type bool, rune, int, float64, complex128 or
            // string respectively, ..."
            let target = match t {
                _ if x.is_nil(self.prog) => match t {
                    Some(t) => t,
                    None => {
                        self.error(at(x), format!("use of untyped nil in {context}"));
                        x.invalidate();
                        return;
                    }
                },
                Some(t) if !self.prog.is_non_type_param_interface(t) => t,
                _ => self.prog.default_type(x.typ),
            };
            match self.implicit_type_and_value(x, target) {
                Err(code) => {
                    let xs = self.op_str(x);
                    let ts = self.type_str(target);
                    let mut msg = format!("cannot use {xs} as {ts} value in {context}");
                    match code {
                        ConvError::TruncatedFloat => msg.push_str(" (truncated)"),
                        ConvError::NumericOverflow => msg.push_str(" (overflows)"),
                        _ => {}
                    }
                    self.error(at(x), msg);
                    x.invalidate();
                    return;
                }
                Ok((new_type, val)) => {
                    if let Some(v) = val {
                        x.val = Some(v.clone());
                        if let Some(e) = x.expr {
                            self.update_expr_val(e, v);
                        }
                    }
                    if new_type != x.typ {
                        x.typ = new_type;
                        if let Some(e) = x.expr {
                            self.update_expr_type(e, new_type, false);
                        }
                    }
                }
            }
        }
        // x.typ is typed

        // A generic (non-instantiated) function value cannot be assigned.
        let target = self.new_target(t, context);
        self.non_generic(target.as_ref(), x);
        if !x.is_valid() {
            return;
        }

        // spec: "If a left-hand side is the blank identifier, any typed or
        // non-constant value except for the predeclared identifier nil may
        // be assigned to it."
        let Some(t) = t else { return };

        let mut cause = String::new();
        if !self.assignable_to(x, t, &mut cause) {
            let (xs, ts) = (self.op_str(x), self.type_str(t));
            if !cause.is_empty() {
                self.error(
                    at(x),
                    format!("cannot use {xs} as {ts} value in {context}: {cause}"),
                );
            } else {
                self.error(at(x), format!("cannot use {xs} as {ts} value in {context}"));
            }
            x.invalidate();
        }
    }

    /// Whether `x` is assignable to `t`; `cause` receives the reason
    /// when not (types2 operand.assignableTo).
    pub fn assignable_to(&mut self, x: &Operand<'a>, t: TypeId, cause: &mut String) -> bool {
        if !x.is_valid() || !self.prog.is_valid(t) {
            return true; // avoid spurious errors
        }

        let orig_t = t;
        let v = self.prog.unalias(x.typ);
        let t = self.prog.unalias(t);

        // x's type is identical to T
        if self.prog.identical(v, t) {
            return true;
        }

        let vu = self.under(v);
        let tu = self.under(t);
        let vp = self.prog.is_type_param(v);
        let tp = self.prog.is_type_param(t);

        // x is an untyped value representable by a value of type T.
        if self.prog.is_untyped(vu) {
            if tp {
                // x is assignable to a type parameter if it is
                // representable by each specific type in its type set (the
                // underlying type of an untyped value never changes, so
                // tilde terms need no special care).
                for tt in self.typeset(t) {
                    let Some((ttyp, _)) = tt else { return false };
                    if self.implicit_type_and_value(x, ttyp).is_err() {
                        return false;
                    }
                }
                return true;
            }
            return self.implicit_type_and_value(x, t).is_ok();
        }
        // Vu is typed

        // x's type V and T have identical underlying types and at least
        // one of V or T is not a named type and neither is a type
        // parameter.
        if self.prog.identical(vu, tu)
            && (!self.prog.has_name(v) || !self.prog.has_name(t))
            && !vp
            && !tp
        {
            return true;
        }

        // T is an interface type, but not a type parameter, and V
        // implements T. A pointer to an interface is handled here too, to
        // get implements' explanation.
        let t_iface = matches!(self.prog.ty(tu), Type::Interface(_));
        if (t_iface && !tp) || is_interface_ptr(self, tu) {
            if self.implements(v, t, false, cause) {
                return true;
            }
            // V may still be assignable to T if V is a type parameter.
            if !vp {
                return false;
            }
            cause.clear();
        }

        // If V is an interface, check if a missing type assertion is the
        // problem.
        if matches!(self.prog.ty(vu), Type::Interface(_)) && !vp {
            let mut scratch = String::new();
            if self.implements(t, v, false, &mut scratch) {
                // T implements V, so hint at a type assertion.
                *cause = "need type assertion".into();
                return false;
            }
        }

        // x is a bidirectional channel value, T is a channel type, x's
        // type V and T have identical element types, and at least one of V
        // or T is not a named type.
        if let Type::Chan {
            dir: ChanDir::SendRecv,
            elem: ve,
        } = self.prog.ty(vu).clone()
            && let Type::Chan { elem: te, .. } = self.prog.ty(tu).clone()
            && self.prog.identical(ve, te)
        {
            return !self.prog.has_name(v) || !self.prog.has_name(t);
        }

        // optimization: without type parameters, we're done
        if !vp && !tp {
            return false;
        }

        let errorf = |cause: &mut String, msg: String| {
            *cause = if cause.is_empty() {
                msg
            } else {
                format!("{msg}\n\t{cause}")
            };
        };

        // x's type V is not a named type and T is a type parameter, and x
        // is assignable to each specific type in T's type set.
        if !self.prog.has_name(v) && tp {
            for tt in self.typeset(t) {
                let Some((ttyp, _)) = tt else { return false };
                if !self.assignable_to(x, ttyp, cause) {
                    let msg = format!(
                        "cannot assign {} to {} (in {})",
                        self.type_str(x.typ),
                        self.type_str(ttyp),
                        self.type_str(t)
                    );
                    errorf(cause, msg);
                    return false;
                }
            }
            return true;
        }

        // x's type V is a type parameter and T is not a named type, and
        // values x' of each specific type in V's type set are assignable
        // to T.
        if vp && !self.prog.has_name(t) {
            for vt in self.typeset(v) {
                let Some((vtyp, _)) = vt else { return false };
                let mut x1 = x.clone();
                x1.typ = vtyp;
                if !self.assignable_to(&x1, t, cause) {
                    let msg = format!(
                        "cannot assign {} (in {}) to {}",
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

        false
    }

    /// Initializes constant `lhs` from `x` (types2 initConst).
    pub fn init_const(&mut self, lhs: ObjId, x: &mut Operand<'a>) {
        let lt = self.prog.obj(lhs).typ;
        if !x.is_valid() || !self.prog.is_valid(x.typ) || lt.is_some_and(|t| !self.prog.is_valid(t))
        {
            if lt.is_none() {
                self.prog.obj_mut(lhs).typ = Some(self.invalid());
            }
            return;
        }

        // rhs must be a constant
        if x.mode != Mode::Constant {
            let xs = self.op_str(x);
            self.error(at(x), format!("{xs} is not constant"));
            if lt.is_none() {
                self.prog.obj_mut(lhs).typ = Some(self.invalid());
            }
            return;
        }

        // If the lhs doesn't have a type yet, use the type of x.
        let lt = match lt {
            Some(t) => t,
            None => {
                self.prog.obj_mut(lhs).typ = Some(x.typ);
                x.typ
            }
        };

        self.assignment(x, Some(lt), "constant declaration");
        if !x.is_valid() {
            return;
        }

        let val = x.val().clone();
        if let ObjKind::Const { val: v } = &mut self.prog.obj_mut(lhs).kind {
            *v = val;
        }
    }

    /// Initializes variable `lhs` (whose type may be unknown yet) from
    /// `x` (types2 initVar). Without a type yet, `lhs` gets the (default)
    /// type of `x`, or `invalid` after an error.
    pub fn init_var(&mut self, lhs: ObjId, x: &mut Operand<'a>, context: &str) {
        let lt = self.prog.obj(lhs).typ;
        if !x.is_valid() || !self.prog.is_valid(x.typ) || lt.is_some_and(|t| !self.prog.is_valid(t))
        {
            if lt.is_none() {
                self.prog.obj_mut(lhs).typ = Some(self.invalid());
            }
            x.invalidate();
            return;
        }

        // If lhs doesn't have a type yet, use the type of x.
        let lt = match lt {
            Some(t) => t,
            None => {
                let mut typ = x.typ;
                if self.prog.is_untyped(typ) {
                    // convert untyped types to default types
                    if self.prog.basic_kind(typ) == Some(BasicKind::UntypedNil) {
                        self.error(at(x), format!("use of untyped nil in {context}"));
                        self.prog.obj_mut(lhs).typ = Some(self.invalid());
                        x.invalidate();
                        return;
                    }
                    typ = self.prog.default_type(typ);
                }
                self.prog.obj_mut(lhs).typ = Some(typ);
                typ
            }
        };

        self.assignment(x, Some(lt), context);
    }

    /// Checks the left-hand side of an assignment and returns its type:
    /// None for the blank identifier, `invalid` for an invalid lhs. An
    /// assigned variable is not thereby "used" (types2 lhsVar).
    fn lhs_var(&mut self, lhs: &'a Expr) -> Option<TypeId> {
        let ident = match lhs.unparen().kind {
            ExprKind::Ident(name) => Some(name),
            _ => None,
        };

        // Don't evaluate lhs if it is the blank identifier.
        if ident.is_some_and(|n| n.is_blank()) {
            return None;
        }

        let saved = ident.and_then(|n| self.local_var_used(n));
        let mut x = Operand::invalid(self.prog);
        self.expr(None, &mut x, lhs);
        if let Some((v, used)) = saved {
            self.set_var_used(v, used);
        }

        if !x.is_valid() || !self.prog.is_valid(x.typ) {
            return Some(self.invalid());
        }

        // spec: "Each left-hand side operand must be addressable, a map
        // index expression, or the blank identifier. Operands may be
        // parenthesized."
        match x.mode {
            Mode::Variable | Mode::MapIndex => {}
            _ => {
                if let Some(xe) = x.expr
                    && let ExprKind::Selector { x: sx, .. } = &xe.kind
                {
                    let mut op = Operand::invalid(self.prog);
                    self.expr(None, &mut op, sx);
                    if op.mode == Mode::MapIndex {
                        let es = self.expr_str(xe);
                        self.error(at(&x), format!("cannot assign to struct field {es} in map"));
                        return Some(self.invalid());
                    }
                }
                let es = x.expr.map(|e| self.expr_str(e)).unwrap_or_default();
                self.error(
                    at(&x),
                    format!(
                        "cannot assign to {es} (neither addressable nor a map index expression)"
                    ),
                );
                return Some(self.invalid());
            }
        }
        Some(x.typ)
    }

    /// Checks one assignment `lhs = x` (types2 assignVar). With `rhs`
    /// given, `x` is first evaluated from it (types2's `x == nil` case);
    /// otherwise `x` is the already evaluated right-hand side. Sets `x`
    /// invalid if the assignment fails.
    pub fn assign_var(
        &mut self,
        lhs: &'a Expr,
        rhs: Option<&'a Expr>,
        x: &mut Operand<'a>,
        context: &str,
    ) {
        let t = self.lhs_var(lhs); // None if lhs is _
        if t.is_some_and(|t| !self.prog.is_valid(t)) {
            match rhs {
                Some(rhs) => {
                    self.use1(rhs, false);
                }
                None => x.invalidate(),
            }
            return;
        }

        if let Some(rhs) = rhs {
            let mut target = None;
            if let Some(t) = t {
                let u = self.under(t);
                if matches!(self.prog.ty(u), Type::Signature(_)) {
                    let desc = self.expr_str(lhs);
                    target = self.new_target(Some(t), &desc);
                }
            }
            self.expr(target.as_ref(), x, rhs);
        }

        let context = if t.is_none() && context == "assignment" {
            "assignment to _ identifier"
        } else {
            context
        };
        self.assignment(x, t, context);
    }

    /// "(t1, t2, ...)" for messages about value counts: untyped numbers
    /// are "number", other untyped kinds drop "untyped"; a variadic last
    /// parameter prints as "...E", a last argument with `...` as "T..."
    /// (types2 typesSummary).
    pub(crate) fn types_summary(
        &mut self,
        list: &[TypeId],
        variadic: bool,
        has_dots: bool,
    ) -> String {
        let mut res = Vec::with_capacity(list.len());
        for (i, &t) in list.iter().enumerate() {
            let mut s = if !self.prog.is_valid(t) {
                "unknown type".to_string()
            } else if self.prog.is_untyped(t) {
                if self.prog.is_numeric(t) {
                    // "have number, want float64" implies no specific type
                    "number".to_string()
                } else {
                    match self.prog.ty(t) {
                        Type::Basic(b) => b.name.replace("untyped ", ""),
                        _ => self.type_str(t),
                    }
                }
            } else {
                self.type_str(t)
            };
            if i + 1 == list.len() {
                if variadic {
                    // In correct code, the parameter type is a slice.
                    if let Type::Slice(e) = self.prog.ty(t) {
                        s = self.type_str(*e);
                    }
                    s = format!("...{s}");
                } else if has_dots {
                    s.push_str("...");
                }
            }
            res.push(s);
        }
        format!("({})", res.join(", "))
    }

    /// "assignment mismatch: 2 variables but f() returns 1 value" (types2
    /// assignError).
    fn assign_error(&mut self, rhs: &'a [Expr], l: usize, r: usize) {
        let vars = measure(l, "variable");
        let vals = measure(r, "value");
        let Some(rhs0) = rhs.first() else { return };
        if rhs.len() == 1
            && let ExprKind::Call { fun, .. } = &rhs0.unparen().kind
        {
            let fs = self.expr_str(fun);
            self.error(
                rhs0.span.lo,
                format!("assignment mismatch: {vars} but {fs} returns {vals}"),
            );
            return;
        }
        self.error(
            rhs0.span.lo,
            format!("assignment mismatch: {vars} but {vals}"),
        );
    }

    /// "not enough return values\n\thave (...)\n\twant (...)" (types2
    /// returnError).
    fn return_error(&mut self, at_pos: Pos, lhs: &[ObjId], rhs: &[Operand<'a>]) {
        let (l, r) = (lhs.len(), rhs.len());
        let mut pos = at_pos;
        let mut qualifier = "not enough";
        if r > l {
            pos = at(&rhs[l]); // report at first extra value
            qualifier = "too many";
        } else if r > 0 {
            pos = at(&rhs[r - 1]); // report at last value
        }
        let have: Vec<TypeId> = rhs.iter().map(|x| x.typ).collect();
        let want: Vec<TypeId> = lhs.iter().map(|&v| self.prog.obj_type(v)).collect();
        let have = self.types_summary(&have, false, false);
        let want = self.types_summary(&want, false, false);
        self.error(
            pos,
            format!("{qualifier} return values\n\thave {have}\n\twant {want}"),
        );
    }

    /// Gives variables without a type yet the invalid type.
    fn ensure_typed(&mut self, lhs: &[ObjId]) {
        for &v in lhs {
            if self.prog.obj(v).typ.is_none() {
                self.prog.obj_mut(v).typ = Some(self.invalid());
            }
        }
    }

    /// Initializes variables from right-hand sides, n:n or n:1; with
    /// `return_stmt`, `lhs` are a function's results (types2 initVars).
    pub fn init_vars(
        &mut self,
        lhs: &[ObjId],
        orig_rhs: &'a [Expr],
        return_stmt: Option<&'a ast::Stmt>,
    ) {
        let (l, r) = (lhs.len(), orig_rhs.len());

        let context = if return_stmt.is_some() {
            "return statement"
        } else if l > 1 {
            "multiple assignment"
        } else {
            "assignment"
        };

        // A single call on the rhs is not treated as n:n, for a better
        // error message.
        let is_call = r == 1 && matches!(orig_rhs[0].unparen().kind, ExprKind::Call { .. });

        // n:n: each value is assigned to its variable.
        if l == r && !is_call {
            for (i, &v) in lhs.iter().enumerate() {
                let mut desc = self.prog.obj(v).name.as_str().to_string();
                if return_stmt.is_some() && desc.is_empty() {
                    desc = "result variable".into();
                }
                let target = self.new_target(self.prog.obj(v).typ, &desc);
                let mut x = Operand::invalid(self.prog);
                self.expr(target.as_ref(), &mut x, &orig_rhs[i]);
                self.init_var(v, &mut x, context);
            }
            return;
        }

        // Otherwise the rhs must be a single expression with 2 or more
        // values, or there is an assignment mismatch.
        if r != 1 {
            // Only report a mismatch if the rhs has no other errors.
            if self.use_exprs(orig_rhs) {
                if let Some(stmt) = return_stmt {
                    let rhs = self.expr_list(orig_rhs);
                    self.return_error(stmt.span.lo, lhs, &rhs);
                } else {
                    self.assign_error(orig_rhs, l, r);
                }
            }
            self.ensure_typed(lhs);
            return;
        }

        let (mut rhs, comma_ok) = self.multi_expr(&orig_rhs[0], l == 2 && return_stmt.is_none());
        let r = rhs.len();
        if l == r {
            for (i, &v) in lhs.iter().enumerate() {
                self.init_var(v, &mut rhs[i], context);
            }
            // Only record the comma-ok form if both initializations
            // succeeded (go.dev/issue/59371).
            if comma_ok && rhs[0].is_valid() && rhs[1].is_valid() {
                let (t0, t1) = (rhs[0].typ, rhs[1].typ);
                self.record_comma_ok_types(&orig_rhs[0], t0, t1);
            }
            return;
        }

        // In all other cases there is an assignment mismatch; only report
        // it if the rhs has no other errors.
        if rhs.first().is_some_and(|x| x.is_valid()) {
            if let Some(stmt) = return_stmt {
                self.return_error(stmt.span.lo, lhs, &rhs);
            } else {
                self.assign_error(orig_rhs, l, r);
            }
        }
        self.ensure_typed(lhs);
        // orig_rhs[0] was already evaluated
    }

    /// Checks `lhs = rhs` (types2 assignVars).
    pub fn assign_vars(&mut self, lhs: &'a [Expr], orig_rhs: &'a [Expr]) {
        let (l, r) = (lhs.len(), orig_rhs.len());
        let context = if l > 1 {
            "multiple assignment"
        } else {
            "assignment"
        };

        // A single call on the rhs is not treated as n:n, for a better
        // error message.
        let is_call = r == 1 && matches!(orig_rhs[0].unparen().kind, ExprKind::Call { .. });

        // n:n: each value is assigned to its variable.
        if l == r && !is_call {
            for (l, r) in lhs.iter().zip(orig_rhs) {
                let mut x = Operand::invalid(self.prog);
                self.assign_var(l, Some(r), &mut x, context);
            }
            return;
        }

        // Otherwise the rhs must be a single expression with 2 or more
        // values, or there is an assignment mismatch.
        if r != 1 {
            // Only report a mismatch if there are no other errors.
            let ok_lhs = self.use_lhs(lhs);
            let ok_rhs = self.use_exprs(orig_rhs);
            if ok_lhs && ok_rhs {
                self.assign_error(orig_rhs, l, r);
            }
            return;
        }

        let (mut rhs, comma_ok) = self.multi_expr(&orig_rhs[0], l == 2);
        let r = rhs.len();
        if l == r {
            for (i, l) in lhs.iter().enumerate() {
                self.assign_var(l, None, &mut rhs[i], context);
            }
            // Only record the comma-ok form if both assignments succeeded
            // (go.dev/issue/59371).
            if comma_ok && rhs[0].is_valid() && rhs[1].is_valid() {
                let (t0, t1) = (rhs[0].typ, rhs[1].typ);
                self.record_comma_ok_types(&orig_rhs[0], t0, t1);
            }
            return;
        }

        // In all other cases there is an assignment mismatch; only report
        // it if the rhs has no other errors.
        if rhs.first().is_some_and(|x| x.is_valid()) {
            self.assign_error(orig_rhs, l, r);
        }
        self.use_lhs(lhs);
        // orig_rhs[0] was already evaluated
    }

    /// Checks `lhs := rhs`, declaring new variables in the current scope
    /// (types2 shortVarDecl). `pos` is the position of `:=`.
    pub fn short_var_decl(&mut self, pos: Pos, lhs: &'a [Expr], rhs: &'a [Expr]) {
        let top = self.delayed.len();
        let scope = self.scope();

        // collect lhs variables
        let mut seen: Vec<Name> = Vec::new();
        let mut lhs_vars: Vec<Option<ObjId>> = vec![None; lhs.len()];
        let mut new_vars: Vec<ObjId> = Vec::new();
        let mut has_err = false;
        for (i, l) in lhs.iter().enumerate() {
            let ExprKind::Ident(name) = l.kind else {
                self.use_lhs(std::slice::from_ref(l));
                let ls = self.expr_str(l);
                self.error(l.span.lo, format!("non-name {ls} on left side of :="));
                has_err = true;
                continue;
            };

            if !name.is_blank() {
                if seen.contains(&name) {
                    self.error(l.span.lo, format!("{name} repeated on left side of :="));
                    has_err = true;
                    continue;
                }
                seen.push(name);
            }

            // A redeclared variable is reused. Its scope starts after the
            // declaration, so look in this scope only, and declare new
            // variables below.
            if let Some(alt) = self.prog.scope_lookup(scope, name) {
                self.record_use(l.id, alt);
                // the redeclared object must be a variable
                if self.prog.obj(alt).is_var() {
                    lhs_vars[i] = Some(alt);
                } else {
                    self.error(l.span.lo, format!("cannot assign to {name}"));
                    has_err = true;
                }
                continue;
            }

            // declare new variable
            let obj = self.new_local_var(l.span.lo, name);
            lhs_vars[i] = Some(obj);
            if !name.is_blank() {
                new_vars.push(obj);
            }
            self.prog.info.defs.insert(l.id, obj);
        }

        // dummy variables where the lhs is invalid
        let lhs_vars: Vec<ObjId> = lhs_vars
            .iter()
            .zip(lhs)
            .map(|(v, l)| match v {
                Some(v) => *v,
                None => self.new_local_var(syntax_pos(l), Name::intern("_")),
            })
            .collect();

        self.init_vars(&lhs_vars, rhs, None);

        // process function literals in rhs expressions before scope changes
        self.process_delayed(top);

        if new_vars.is_empty() && !has_err {
            self.soft_error(pos, "no new variables on left side of :=");
            return;
        }

        // spec: "The scope of a constant or variable identifier declared
        // inside a function begins at the end of the ConstSpec or VarSpec
        // (ShortVarDecl for short variable declarations) and ends at the
        // end of the innermost containing block."
        let scope_pos = rhs.last().map(|e| e.span.hi).unwrap_or(pos);
        for obj in new_vars {
            // no identifier: the definition was recorded above
            self.declare(scope, None, obj, scope_pos);
        }
    }
}

/// "1 variable", "2 values" (types2 measure).
fn measure(x: usize, unit: &str) -> String {
    if x == 1 {
        format!("{x} {unit}")
    } else {
        format!("{x} {unit}s")
    }
}

/// Whether `t`'s underlying type is a pointer to an interface (types2
/// isInterfacePtr; a type parameter counts as an interface).
pub(crate) fn is_interface_ptr(check: &mut Checker, t: TypeId) -> bool {
    let u = check.under(t);
    if let Type::Pointer(base) = check.prog.ty(u) {
        let base = *base;
        let bu = check.under(base);
        return matches!(check.prog.ty(bu), Type::Interface(_));
    }
    false
}
