//! Calls, arguments, selectors, generic function instances (call.go).
#![allow(unused)]
use crate::constant::Value;
use crate::name::Name;
use crate::source::Pos;
use crate::syntax::ast::{self, Expr};

use super::*;

impl<'a> Checker<'a> {
    /// Checks a call or conversion expression (types2 callExpr).
    pub fn call_expr(&mut self, x: &mut Operand<'a>, call: &'a Expr) -> ExprClass {
        todo!("call.rs")
    }

    /// Checks a selector `x.sel` (field, method, or qualified identifier
    /// `pkg.Name`), recording the selection; `def` and `want_type` as in
    /// typexpr's ident (types2 selector).
    pub fn selector(
        &mut self,
        x: &mut Operand<'a>,
        e: &'a Expr,
        def: Option<TypeId>,
        want_type: bool,
    ) {
        todo!("call.rs")
    }
}
