//! File scopes, imports, and collection of package-level objects (resolver.go).
#![allow(unused)]
use crate::constant::Value;
use crate::name::Name;
use crate::source::Pos;
use crate::syntax::ast::{self, Expr};

use super::*;

impl<'a> Checker<'a> {
    pub fn init_files(&mut self) {
        todo!("resolver.rs")
    }
    pub fn collect_objects(&mut self) {
        todo!("resolver.rs")
    }
    pub fn package_objects(&mut self) {
        todo!("resolver.rs")
    }
    pub fn unused_imports(&mut self) {
        todo!("resolver.rs")
    }
}
