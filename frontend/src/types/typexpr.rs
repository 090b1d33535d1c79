//! Identifiers and type expressions (typexpr.go).
#![allow(unused)]
use crate::constant::Value;
use crate::name::Name;
use crate::source::Pos;
use crate::syntax::ast::{self, Expr};

use super::*;

impl<'a> Checker<'a> {
    /// Resolves identifier `e` (named `name`) into `x`, recording its use
    /// (types2 ident). `def` is the Named type being defined, if any;
    /// `want_type` says a type is expected (affects cycle handling).
    pub fn ident(
        &mut self,
        x: &mut Operand<'a>,
        e: &'a Expr,
        name: Name,
        def: Option<TypeId>,
        want_type: bool,
    ) {
        todo!("typexpr.rs")
    }

    /// The type denoted by `e`, which must be a non-generic type (types2 typ).
    pub fn typ(&mut self, e: &'a Expr) -> TypeId {
        todo!("typexpr.rs")
    }

    /// Like `typ`, for a variable's type: also rejects constraint
    /// interfaces (types2 varType).
    pub fn var_type(&mut self, e: &'a Expr) -> TypeId {
        todo!("typexpr.rs")
    }

    /// Like `typ`, with `def` the Named type whose underlying type `e`
    /// defines (types2 definedType).
    pub fn defined_type(&mut self, e: &'a Expr, def: Option<TypeId>) -> TypeId {
        todo!("typexpr.rs")
    }

    /// A type that may be generic (not instantiated) (types2 genericType).
    pub fn generic_type(&mut self, e: &'a Expr) -> TypeId {
        todo!("typexpr.rs")
    }

    /// The types of a list of type expressions, None if any is invalid (types2 typeList).
    pub fn type_list(&mut self, list: &'a [Expr]) -> Option<Vec<TypeId>> {
        todo!("typexpr.rs")
    }
}
