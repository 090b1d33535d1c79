//! Range clauses, including range over integers (Go 1.22) and over
//! functions (Go 1.23) (range.go).
//!
//! `for k, v := range x` checks `x`, derives the key and value types from
//! `x`'s (common) underlying type, then declares or assigns the iteration
//! variables. Declared variables live in the scope of the range statement
//! (recorded for the statement's id), which is opened after `x` is checked
//! so that `x` cannot see them; they are visible from the body's `{` on.
//! Each iteration has its own variables (Go 1.22); that is the backend's
//! concern, the checker only declares them once.
//!
//! As types2 does for gc's backend, a range over an array (or a pointer
//! to one) with at most one iteration variable whose expression contains
//! no call or receive records that expression as the constant `len(x)`:
//! the spec says such an expression is not evaluated.

use crate::constant::Value;
use crate::source::Pos;
use crate::syntax::ast::{self, AssignOp, Expr, ExprKind, Stmt};

use super::stmt::{at_pos, start_pos};
use super::*;

/// What ranging over a type produces (types2 rangeKeyVal's results).
struct RangeKeyVal {
    /// Key and value types; `None` if the range produces no such value.
    key: Option<TypeId>,
    val: Option<TypeId>,
    /// Why the range is not permitted, possibly empty.
    cause: String,
    ok: bool,
}

impl<'a> Checker<'a> {
    /// Checks `for key, value (= | :=) range x body` (types2 rangeStmt).
    /// `tok` is `None` for `for range x`.
    pub(crate) fn range_stmt(
        &mut self,
        s: &'a Stmt,
        s_key: Option<&'a Expr>,
        s_value: Option<&'a Expr>,
        tok: Option<AssignOp>,
        range_var: &'a Expr,
        body: &'a ast::Block,
    ) {
        let is_def = tok == Some(AssignOp::Define);

        // From the spec: the range expression x is evaluated before
        // beginning the loop, with one exception: if at most one iteration
        // variable is present and x or len(x) is constant, the range
        // expression is not evaluated. So we must know whether x has calls
        // or receives.
        let mut x = Operand::invalid(self.prog);
        self.env.has_call_or_recv = false;
        self.expr(None, &mut x, range_var);

        if x.is_valid() && s_value.is_none() && !self.env.has_call_or_recv {
            let u = self.under(x.typ);
            let a = self.array_ptr_deref(u);
            if let Type::Array { len, .. } = *self.prog.ty(a) {
                // Record the constant on the expression inside
                // parentheses, where the backend looks for it.
                let e = range_var.unparen();
                let int = self.prog.universe.basic(BasicKind::Int);
                self.record_type_and_value(e, Mode::Constant, int, Some(Value::make_int64(len)));
            }
        }

        // Determine the key and value types.
        let (mut key, mut val) = (None, None);
        if x.is_valid() {
            let kv = self.range_key_val(x.typ);
            let xs = self.op_str(&x);
            let xpos = at_pos(&x, range_var);
            if !kv.ok && !kv.cause.is_empty() {
                self.soft_error(xpos, format!("cannot range over {xs}: {}", kv.cause));
            } else if !kv.ok {
                self.soft_error(xpos, format!("cannot range over {xs}"));
            } else if kv.key.is_none() && s_key.is_some() {
                let pos = s_key.map_or(xpos, start_pos);
                self.soft_error(
                    pos,
                    format!("range over {xs} permits no iteration variables"),
                );
            } else if kv.val.is_none() && s_value.is_some() {
                let pos = s_value.map_or(xpos, start_pos);
                self.soft_error(
                    pos,
                    format!("range over {xs} permits only one iteration variable"),
                );
            }
            // (A third iteration variable is a syntax error in our parser:
            // the AST has room for two.)
            key = kv.key;
            val = kv.val;
        }

        // Open the for-statement block scope now, after the range clause:
        // iteration variables declared with := go in this scope
        // (go.dev/issue/51437).
        self.open_scope(Some(s.id), s.span.lo, s.span.hi, "range");

        let lhs = [s_key, s_value];
        let rhs = [key, val];
        let invalid = self.invalid();
        let range_over_int = self.is_integer_checked(x.typ);

        if is_def {
            // Short variable declaration.
            let mut vars = Vec::new();
            for (i, lhs) in lhs.iter().enumerate() {
                let Some(lhs) = *lhs else { continue };

                // Determine the lhs variable.
                let obj = match lhs.kind {
                    ExprKind::Ident(name) => {
                        let obj = self.new_local_var(lhs.pos(), name);
                        self.prog.info.defs.insert(lhs.id, obj);
                        // _ variables don't count as new variables.
                        if !name.is_blank() {
                            vars.push(obj);
                        }
                        obj
                    }
                    _ => {
                        let msg =
                            format!("invalid syntax tree: cannot declare {}", self.expr_str(lhs));
                        self.error(start_pos(lhs), msg);
                        self.new_local_var(lhs.pos(), crate::name::Name::intern("_"))
                    }
                };

                // Initialize the iteration variable, if any.
                let typ = match rhs[i] {
                    Some(t) if t != invalid => t,
                    _ => {
                        // No value for it (an error was reported).
                        self.prog.obj_mut(obj).typ = Some(invalid);
                        self.used_vars.insert(obj); // don't complain about it
                        continue;
                    }
                };
                if range_over_int {
                    // At most one iteration variable.
                    self.init_var(obj, &mut x, "range clause");
                } else {
                    // There is no better expression to report errors at
                    // than the variable's.
                    let mut y = value_operand(lhs, typ);
                    self.init_var(obj, &mut y, "assignment");
                }
            }

            // Declare the variables.
            if !vars.is_empty() {
                let scope = self.scope();
                let scope_pos = body.lbrace;
                for obj in vars {
                    self.declare(scope, None, obj, scope_pos);
                }
            } else {
                self.error(s.span.lo, "no new variables on left side of :=");
            }
        } else if s_key.is_some() {
            // Ordinary assignment.
            for (i, lhs) in lhs.iter().enumerate() {
                let Some(lhs) = *lhs else { continue };
                let typ = match rhs[i] {
                    Some(t) if t != invalid => t,
                    _ => continue,
                };
                if range_over_int {
                    self.assign_var(lhs, None, &mut x, "range clause");
                    // If x was untyped, the assignment gave it a type,
                    // which must be an integer (go.dev/issues/67027).
                    if x.is_valid() && !self.is_integer_checked(x.typ) {
                        let msg = format!(
                            "cannot use iteration variable of type {}",
                            self.type_str(x.typ)
                        );
                        self.soft_error(start_pos(lhs), msg);
                    }
                } else {
                    let mut y = value_operand(lhs, typ);
                    self.assign_var(lhs, None, &mut y, "assignment");
                }
            }
        } else if range_over_int {
            // Without iteration variables, a (possibly untyped) integer
            // range expression must still be valid: check `_ = x`, which
            // converts an untyped x to its default type.
            self.assignment(&mut x, None, "range clause");
        }

        self.block(body, None);
        self.close_scope();
    }

    /// The key and value types of ranging over `orig` (types2 rangeKeyVal).
    fn range_key_val(&mut self, orig: TypeId) -> RangeKeyVal {
        let invalid = self.invalid();
        let bad = |cause: String| RangeKeyVal {
            key: Some(invalid),
            val: Some(invalid),
            cause,
            ok: false,
        };
        let good = |key: Option<TypeId>, val: Option<TypeId>| RangeKeyVal {
            key,
            val,
            cause: String::new(),
            ok: true,
        };

        // A channel must permit receive operations.
        let rtyp = self.common_under(orig, |c, tu| {
            if let Some((t, u)) = tu
                && let Type::Chan {
                    dir: ChanDir::SendOnly,
                    ..
                } = c.prog.ty(u)
            {
                return Some(format!("receive from send-only channel {}", c.type_str(t)));
            }
            None
        });
        let rtyp = match rtyp {
            Ok(t) => t,
            Err(e) => return bad(e),
        };

        let typ = self.array_ptr_deref(rtyp);
        match self.prog.ty(typ).clone() {
            Type::Basic(_) => {
                if self.prog.is_string(typ) {
                    let int = self.prog.universe.basic(BasicKind::Int);
                    return good(Some(int), Some(self.prog.universe.rune)); // use 'rune' name
                }
                if self.prog.is_integer(typ) {
                    if self.conf.go_minor < 22 {
                        return bad("requires go1.22 or later".into());
                    }
                    return good(Some(orig), None);
                }
            }
            Type::Array { elem, .. } | Type::Slice(elem) => {
                let int = self.prog.universe.basic(BasicKind::Int);
                return good(Some(int), Some(elem));
            }
            Type::Map { key, elem } => return good(Some(key), Some(elem)),
            // Send-only channels were rejected above.
            Type::Chan { elem, .. } => return good(Some(elem), None),
            Type::Signature(sig) => {
                if self.conf.go_minor < 23 {
                    return bad("requires go1.23 or later".into());
                }
                // Check the iterator's arity.
                let params = self.prog.tuple(sig.params).to_vec();
                if params.len() != 1 {
                    return bad(
                        "func must be func(yield func(...) bool): wrong argument count".into(),
                    );
                }
                if self.prog.tuple_len(sig.results) != 0 {
                    return bad(
                        "func must be func(yield func(...) bool): unexpected results".into(),
                    );
                }
                // Check the iterator's argument type.
                let p0 = self.prog.obj_type(params[0]);
                let u = self.common_under(p0, |_, _| None);
                let cb = match &u {
                    Ok(u) => self.prog.signature(*u).cloned(),
                    Err(_) => None,
                };
                let Some(cb) = cb else {
                    return match u {
                        Err(e) => bad(format!(
                            "func must be func(yield func(...) bool): in yield type, {e}"
                        )),
                        Ok(_) => bad(
                            "func must be func(yield func(...) bool): argument is not func".into(),
                        ),
                    };
                };
                let cb_params = self.prog.tuple(cb.params).to_vec();
                let cb_results = self.prog.tuple(cb.results).to_vec();
                let bool_t = self.prog.universe.basic(BasicKind::Bool);
                if cb_params.len() > 2 {
                    return bad(
                        "func must be func(yield func(...) bool): yield func has too many parameters"
                            .into(),
                    );
                }
                let r0 = cb_results.first().map(|&r| self.prog.obj_type(r));
                if cb_results.len() != 1 || !r0.is_some_and(|r| self.prog.identical(r, bool_t)) {
                    // See go.dev/issues/71131, go.dev/issues/71164.
                    if cb_results.len() == 1 && r0.is_some_and(|r| self.is_boolean_checked(r)) {
                        return bad("func must be func(yield func(...) bool): yield func returns user-defined boolean, not bool".into());
                    }
                    return bad(
                        "func must be func(yield func(...) bool): yield func does not return bool"
                            .into(),
                    );
                }
                if cb.variadic {
                    let cbt = u.unwrap_or(invalid);
                    return bad(format!(
                        "yield func of type {} cannot be variadic",
                        self.type_str(cbt)
                    ));
                }
                // The key and value types, if any.
                let key = cb_params.first().map(|&p| self.prog.obj_type(p));
                let val = cb_params.get(1).map(|&p| self.prog.obj_type(p));
                return good(key, val);
            }
            _ => {}
        }
        RangeKeyVal {
            key: None,
            val: None,
            cause: String::new(),
            ok: false,
        }
    }

    /// For a pointer to an array, the array type; else `t` (types2
    /// arrayPtrDeref).
    pub(crate) fn array_ptr_deref(&mut self, t: TypeId) -> TypeId {
        if let Type::Pointer(base) = *self.prog.ty(self.prog.unalias(t)) {
            let a = self.under(base);
            if matches!(self.prog.ty(a), Type::Array { .. }) {
                return a;
            }
        }
        t
    }

    /// `is_integer` through the checker's `under` (which expands instances).
    fn is_integer_checked(&mut self, t: TypeId) -> bool {
        let u = self.under(t);
        self.prog.is_integer(u)
    }

    fn is_boolean_checked(&mut self, t: TypeId) -> bool {
        let u = self.under(t);
        self.prog.is_boolean(u)
    }

    /// A new local variable whose type is not known yet.
    pub(crate) fn new_local_var(&mut self, pos: Pos, name: crate::name::Name) -> ObjId {
        self.prog.new_obj(
            ObjKind::Var {
                kind: VarKind::LocalVar,
                embedded: false,
                origin: None,
            },
            pos,
            Some(self.pkg),
            name,
            None,
        )
    }
}

/// A value of type `typ` standing for an iteration value, reported at the
/// iteration variable's expression.
fn value_operand<'a>(e: &'a Expr, typ: TypeId) -> Operand<'a> {
    Operand {
        mode: Mode::Value,
        expr: Some(e),
        typ,
        val: None,
        builtin: None,
    }
}
