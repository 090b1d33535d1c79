//! Constant representability and overflow (const.go).
#![allow(unused)]
use crate::constant::Value;
use crate::name::Name;
use crate::source::Pos;
use crate::syntax::ast::{self, Expr};

use super::*;

impl<'a> Checker<'a> {
    /// Checks that constant `x` is representable by `typ`, rounding
    /// floats, or reports gc's error (types2 representable).
    pub fn representable(&mut self, x: &mut Operand<'a>, typ: TypeId) {
        todo!("const_.rs")
    }

    /// Reports `constant ... overflows` and too-large untyped values
    /// after an operation at `op_pos` (types2 overflow).
    pub fn overflow(&mut self, x: &mut Operand<'a>, op_pos: Pos) {
        todo!("const_.rs")
    }
}

impl Program {
    /// Whether `x` is representable by basic type `typ`, and the value
    /// rounded to it (types2 representableConst).
    pub fn representable_const(&self, x: &Value, typ: TypeId) -> Option<Value> {
        todo!("const_.rs")
    }
}
