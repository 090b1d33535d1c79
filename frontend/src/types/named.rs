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
}
