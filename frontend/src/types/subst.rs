//! Substitution of type arguments for type parameters (subst.go).
#![allow(unused)]
use crate::constant::Value;
use crate::name::Name;
use crate::source::Pos;
use crate::syntax::ast::{self, Expr};

use super::*;

impl Program {
    /// `t` with every type parameter of `smap` replaced by its argument;
    /// `t` itself if nothing changes (types2 subst).
    pub fn subst(&mut self, t: TypeId, smap: &SubstMap) -> TypeId {
        todo!("subst.rs")
    }
}
