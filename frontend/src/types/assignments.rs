//! Assignability and assignments (assignments.go, operand.go's assignableTo).
#![allow(unused)]
use crate::constant::Value;
use crate::name::Name;
use crate::source::Pos;
use crate::syntax::ast::{self, Expr};

use super::*;

impl<'a> Checker<'a> {
    /// Checks that `x` can be assigned to a variable of type `t` (or, if
    /// `t` is None, converts untyped `x` to its default type), reporting
    /// errors in `context` ("assignment", "argument", "return statement",
    /// "variable declaration", ...) (types2 assignment).
    pub fn assignment(&mut self, x: &mut Operand<'a>, t: Option<TypeId>, context: &str) {
        todo!("assignments.rs")
    }

    /// Whether `x` is assignable to `t`; `cause` receives the reason
    /// when not (types2 operand.assignableTo).
    pub fn assignable_to(&mut self, x: &Operand<'a>, t: TypeId, cause: &mut String) -> bool {
        todo!("assignments.rs")
    }

    /// Initializes constant `lhs` from `x` (types2 initConst).
    pub fn init_const(&mut self, lhs: ObjId, x: &mut Operand<'a>) {
        todo!("assignments.rs")
    }

    /// Initializes variable `lhs` (whose type may be unknown yet) from
    /// `x` (types2 initVar).
    pub fn init_var(&mut self, lhs: ObjId, x: &mut Operand<'a>, context: &str) {
        todo!("assignments.rs")
    }

    /// Initializes variables from right-hand sides, n:n or n:1; with
    /// `return_stmt`, `lhs` are a function's results (types2 initVars).
    pub fn init_vars(
        &mut self,
        lhs: &[ObjId],
        orig_rhs: &'a [Expr],
        return_stmt: Option<&'a ast::Stmt>,
    ) {
        todo!("assignments.rs")
    }

    /// Checks `lhs = rhs` (types2 assignVars).
    pub fn assign_vars(&mut self, lhs: &'a [Expr], orig_rhs: &'a [Expr]) {
        todo!("assignments.rs")
    }

    /// Checks `lhs := rhs`, declaring new variables in the current scope
    /// (types2 shortVarDecl). `pos` is the position of `:=`.
    pub fn short_var_decl(&mut self, pos: Pos, lhs: &'a [Expr], rhs: &'a [Expr]) {
        todo!("assignments.rs")
    }

    /// Checks one assignment `lhs = x` (types2 assignVar).
    pub fn assign_var(
        &mut self,
        lhs: &'a Expr,
        rhs: Option<&'a Expr>,
        x: &mut Operand<'a>,
        context: &str,
    ) {
        todo!("assignments.rs")
    }
}
