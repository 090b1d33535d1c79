//! Expressions (expr.go): operands, unary and binary operations, shifts,
//! comparisons, untyped constant conversion.
#![allow(unused)]
use crate::constant::Value;
use crate::name::Name;
use crate::source::Pos;
use crate::syntax::ast::{self, Expr};

use super::*;

impl<'a> Checker<'a> {
    /// Checks `e` into `x` (types2 rawExpr). `hint` is the type of an
    /// enclosing composite literal's element (for elided types); `t` the
    /// target signature for inferring a generic function value; with
    /// `allow_generic`, an uninstantiated generic function or type may
    /// result. Records the expression's type.
    pub fn raw_expr(
        &mut self,
        t: Option<&Target>,
        x: &mut Operand<'a>,
        e: &'a Expr,
        hint: Option<TypeId>,
        allow_generic: bool,
    ) -> ExprClass {
        todo!("expr.rs")
    }

    /// A single value that is not a type (types2 expr).
    pub fn expr(&mut self, t: Option<&Target>, x: &mut Operand<'a>, e: &'a Expr) {
        todo!("expr.rs")
    }

    /// Like `expr`, but a generic function may stay uninstantiated (types2 genericExpr).
    pub fn generic_expr(&mut self, x: &mut Operand<'a>, e: &'a Expr) {
        todo!("expr.rs")
    }

    /// A single value, with a composite-literal element type hint (types2 exprWithHint).
    pub fn expr_with_hint(&mut self, x: &mut Operand<'a>, e: &'a Expr, hint: TypeId) {
        todo!("expr.rs")
    }

    /// A single value or a type (types2 exprOrType).
    pub fn expr_or_type(&mut self, x: &mut Operand<'a>, e: &'a Expr, allow_generic: bool) {
        todo!("expr.rs")
    }

    /// All values of `e` (a multi-valued call gives several); with
    /// `allow_comma_ok`, a map index, type assertion or receive gives two
    /// when used so (types2 multiExpr). Returns the operands and whether the
    /// comma-ok form was produced.
    pub fn multi_expr(&mut self, e: &'a Expr, allow_comma_ok: bool) -> (Vec<Operand<'a>>, bool) {
        todo!("expr.rs")
    }

    /// Each expression of a list as single values; a single multi-valued
    /// call expands (types2 exprList).
    pub fn expr_list(&mut self, elist: &'a [Expr]) -> Vec<Operand<'a>> {
        todo!("expr.rs")
    }

    /// Evaluates expressions for their side effects on usage when an error
    /// already occurred (types2 use). Returns false if any was invalid.
    pub fn use_exprs(&mut self, args: &'a [Expr]) -> bool {
        todo!("expr.rs")
    }

    /// Like `use_exprs`, for left-hand sides: a plain identifier does not
    /// count as a use of its variable (types2 useLHS).
    pub fn use_lhs(&mut self, args: &'a [Expr]) -> bool {
        todo!("expr.rs")
    }

    /// Reports an error if `x` is a tuple (multi-valued) (types2 singleValue).
    pub fn single_value(&mut self, x: &mut Operand<'a>) {
        todo!("expr.rs")
    }

    /// Converts an untyped operand to `target` or reports why it cannot
    /// (types2 convertUntyped).
    pub fn convert_untyped(&mut self, x: &mut Operand<'a>, target: TypeId) {
        todo!("expr.rs")
    }

    /// Updates the recorded type of an untyped expression once its final
    /// type is known (types2 updateExprType).
    pub fn update_expr_type(&mut self, e: &'a Expr, t: TypeId, final_: bool) {
        todo!("expr.rs")
    }
}

// Entry points the statement checker calls (stmt.rs, range.rs), stubbed
// with types2's names and signatures for the expressions engineer.
impl<'a> Checker<'a> {
    /// Checks the binary operation `lhs op rhs` into `x` (types2 binary).
    /// `e` is the binary expression; it is `None` for the implicit
    /// operation of an assignment `lhs op= rhs` (then mismatches are
    /// reported as `invalid operation: lhs op= rhs (mismatched types ...)`).
    pub fn binary(
        &mut self,
        x: &mut Operand<'a>,
        e: Option<&'a Expr>,
        lhs: &'a Expr,
        rhs: &'a Expr,
        op: ast::BinaryOp,
    ) {
        todo!("expr.rs")
    }

    /// Checks the comparison `x op y`, leaving the result in `x` (types2
    /// comparison). With `switch_case`, `x` is a case value and `y` the
    /// switch tag (`op` is then `==`), and a mismatch is reported as
    /// `invalid case x in switch on y (...)` at `x`.
    pub fn comparison(
        &mut self,
        x: &mut Operand<'a>,
        y: &mut Operand<'a>,
        op: ast::BinaryOp,
        switch_case: bool,
    ) {
        todo!("expr.rs")
    }

    /// The element type of channel operand `x` for a receive (`recv`) or a
    /// send, or `None` after reporting `invalid operation: cannot send to
    /// ...` / `cannot receive from ...` at `pos` (types2 chanElem).
    pub fn chan_elem(&mut self, pos: Pos, x: &Operand<'a>, recv: bool) -> Option<TypeId> {
        todo!("expr.rs")
    }
}
