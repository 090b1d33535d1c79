//! Field and method lookup, method sets, missing methods, interface
//! satisfaction (lookup.go, instantiate.go's implements).
#![allow(unused)]
use crate::constant::Value;
use crate::name::Name;
use crate::source::Pos;
use crate::syntax::ast::{self, Expr};

use super::*;

/// Result of a field or method lookup (types2 LookupFieldOrMethod).
#[derive(Clone, Debug, Default)]
pub struct LookupResult {
    /// The field or method found.
    pub obj: Option<ObjId>,
    /// Embedded field indices leading to it, the last its own index; when
    /// `obj` is None and `index` is non-empty, the name is ambiguous
    /// (several at the same depth).
    pub index: Vec<usize>,
    /// A pointer indirection was needed on the path (so a method with a
    /// pointer receiver is callable only if the value is addressable).
    pub indirect: bool,
}

impl<'a> Checker<'a> {
    /// Looks up field or method `name` of `t` (types2
    /// LookupFieldOrMethod). `addressable` allows pointer-receiver
    /// methods of an addressable value; `pkg` qualifies unexported names;
    /// `fold_case` finds a differently-cased name (for hints).
    pub fn lookup_field_or_method(
        &mut self,
        t: TypeId,
        addressable: bool,
        pkg: Option<PkgId>,
        name: Name,
        fold_case: bool,
    ) -> LookupResult {
        todo!("lookup.rs")
    }

    /// A method of interface `t` that `v` lacks (or has with a wrong
    /// signature, or only on its pointer type), with types2's explanation
    /// (types2 missingMethod + missingMethodCause). `static_`: `v` must
    /// have all methods (assignment) vs. may (type assertion).
    pub fn missing_method(
        &mut self,
        v: TypeId,
        t: TypeId,
        static_: bool,
    ) -> Option<(ObjId, String)> {
        todo!("lookup.rs")
    }

    /// Whether `v` implements `t` (an interface; with `constraint`, in
    /// the sense of satisfying a type constraint); `cause` receives
    /// types2's explanation when not (types2 implements).
    pub fn implements(
        &mut self,
        v: TypeId,
        t: TypeId,
        constraint: bool,
        cause: &mut String,
    ) -> bool {
        todo!("lookup.rs")
    }

    /// Whether a value of interface type `v` may have dynamic type `t`
    /// (types2 assertableTo); `cause` as above.
    pub fn assertable_to(&mut self, v: TypeId, t: TypeId, cause: &mut String) -> bool {
        todo!("lookup.rs")
    }
}
