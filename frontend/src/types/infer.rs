//! Type inference for generic function calls (infer.go).
#![allow(unused)]
use crate::constant::Value;
use crate::name::Name;
use crate::source::Pos;
use crate::syntax::ast::{self, Expr};

use super::*;

impl<'a> Checker<'a> {
    /// Infers the missing type arguments of a generic function call from
    /// the given ones (`targs`, a prefix), the parameters (a Tuple) and
    /// the arguments; reports gc's error and returns None on failure
    /// ("in call to f, cannot infer T"). `reverse` is set when inferring
    /// from an assignment context instead of arguments (types2 infer).
    pub fn infer(
        &mut self,
        pos: Pos,
        tparams: &[TypeId],
        targs: Vec<TypeId>,
        params: TypeId,
        args: &[Operand<'a>],
        reverse: bool,
    ) -> Option<Vec<TypeId>> {
        todo!("infer.rs")
    }
}
