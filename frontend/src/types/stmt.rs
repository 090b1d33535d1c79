//! Statements and function bodies (stmt.go).
#![allow(unused)]
use crate::constant::Value;
use crate::name::Name;
use crate::source::Pos;
use crate::syntax::ast::{self, Expr};

use super::*;

impl<'a> Checker<'a> {
    /// Checks a function body with signature `sig` (types2 funcBody):
    /// statements, labels, missing return, unused variables. `decl` is
    /// the declaration (index into `Checker::decls`, as `env.decl`) whose
    /// body it is, for dependencies; function literals pass `self.env.decl`. `iota`
    /// the enclosing constant's iota for function literals in const decls.
    pub fn func_body(
        &mut self,
        decl: Option<usize>,
        name: Name,
        sig: TypeId,
        body: &'a ast::Block,
        iota: Option<Value>,
    ) {
        todo!("stmt.rs")
    }
}
