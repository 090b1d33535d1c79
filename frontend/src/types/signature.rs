//! Function signatures (signature.go).
#![allow(unused)]
use crate::constant::Value;
use crate::name::Name;
use crate::source::Pos;
use crate::syntax::ast::{self, Expr};

use super::*;

impl<'a> Checker<'a> {
    /// The signature of a function or method: receiver (for methods, with
    /// receiver type parameters), type parameters, parameters and results,
    /// declared in a new function scope (types2 funcType).
    pub fn func_type(
        &mut self,
        recv: Option<&'a ast::FieldList>,
        ftyp: &'a ast::FuncType,
    ) -> TypeId {
        todo!("signature.rs")
    }
}
