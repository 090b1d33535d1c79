//! Initialization order of package-level variables (initorder.go).
#![allow(unused)]
use crate::constant::Value;
use crate::name::Name;
use crate::source::Pos;
use crate::syntax::ast::{self, Expr};

use super::*;

impl<'a> Checker<'a> {
    pub fn init_order(&mut self) {
        todo!("initorder.rs")
    }
}
