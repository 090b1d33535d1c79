//! Declarations (decl.go): package-level objects checked on demand with
//! cycle detection, local declarations, type parameter declarations.
#![allow(unused)]
use crate::constant::Value;
use crate::name::Name;
use crate::source::Pos;
use crate::syntax::ast::{self, Expr};

use super::*;

impl<'a> Checker<'a> {
    /// Type-checks the declaration of `obj` if not done yet (types2
    /// objDecl); `def` is the Named type being defined when `obj` is
    /// reached from a type declaration's right-hand side.
    pub fn obj_decl(&mut self, obj: ObjId, def: Option<TypeId>) {
        todo!("decl.rs")
    }

    /// Checks a const, type or var declaration inside a function (types2 declStmt).
    pub fn decl_stmt(&mut self, d: &'a ast::GenDecl) {
        todo!("decl.rs")
    }
}
