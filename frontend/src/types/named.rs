//! Defined types: creation, underlying type resolution (named.go).
#![allow(unused)]
use crate::constant::Value;
use crate::name::Name;
use crate::source::Pos;
use crate::syntax::ast::{self, Expr};

use super::*;

impl<'a> Checker<'a> {
    /// The underlying type of `t`, expanding an instantiated named type
    /// first if needed (types2 under with lazy expansion). Use this rather
    /// than `Program::under` while checking.
    pub fn under(&mut self, t: TypeId) -> TypeId {
        todo!("named.rs")
    }

    /// Whether `t` (a named type or alias) is completely declared: if its
    /// declaration is still on the object path, reports the cycle and
    /// returns false (types2 isComplete, cycles.go). Call before relying on
    /// the underlying type of an operand's type in expressions that need it
    /// (selectors, indexing, composite literals, conversions).
    pub fn is_complete(&mut self, t: TypeId) -> bool {
        todo!("named.rs")
    }
}
