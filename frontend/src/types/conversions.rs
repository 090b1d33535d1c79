//! Conversions T(x) (conversions.go).
#![allow(unused)]
use crate::constant::Value;
use crate::name::Name;
use crate::source::Pos;
use crate::syntax::ast::{self, Expr};

use super::*;

impl<'a> Checker<'a> {
    /// Checks the conversion `T(x)` and sets `x` to its result.
    pub fn conversion(&mut self, x: &mut Operand<'a>, t: TypeId) {
        todo!("conversions.rs")
    }

    /// Whether `x` can be converted to `t`; `cause` receives the
    /// reason when not (types2 convertibleTo).
    pub fn convertible_to(&mut self, x: &Operand<'a>, t: TypeId, cause: &mut String) -> bool {
        todo!("conversions.rs")
    }
}
