//! Instantiation of generic types and functions, and validation of type
//! arguments against constraints (instantiate.go, named.go's expansion).
#![allow(unused)]
use crate::constant::Value;
use crate::name::Name;
use crate::source::Pos;
use crate::syntax::ast::{self, Expr};

use super::*;

impl<'a> Checker<'a> {
    /// The instance of generic type or function `orig` (a Named, an Alias
    /// or a Signature with type parameters) for `targs`; identical
    /// instantiations share one type (types2 instance).
    pub fn instance(&mut self, pos: Pos, orig: TypeId, targs: &[TypeId]) -> TypeId {
        todo!("instantiate.rs")
    }

    /// Checks each type argument against its type parameter's constraint;
    /// on failure returns the index of the first failing argument and the
    /// message (types2 verify).
    pub fn verify(
        &mut self,
        pos: Pos,
        tparams: &[TypeId],
        targs: &[TypeId],
    ) -> Option<(usize, String)> {
        todo!("instantiate.rs")
    }

    /// Reports a wrong number of type arguments (types2 validateTArgLen):
    /// "not enough type arguments for type T: have 1, want 2".
    pub fn validate_targ_len(&mut self, pos: Pos, name: &str, want: usize, got: usize) -> bool {
        todo!("instantiate.rs")
    }

    /// Expands an instance of a generic named type whose origin's
    /// underlying type is now known: substitutes the type arguments into
    /// it (types2 expandUnderlying). No-op if already expanded.
    pub fn expand_named(&mut self, t: TypeId) {
        todo!("instantiate.rs")
    }

    /// Methods of a (possibly instantiated) named type, instantiated for
    /// its type arguments (types2 Named.Method with lazy expansion).
    pub fn named_method(&mut self, t: TypeId, i: usize) -> ObjId {
        todo!("instantiate.rs")
    }
}

/// Instances created so far, for de-duplication (types2 Context): keyed
/// by a hash string of the origin and type arguments in which identical
/// types hash alike, entries compared by type identity.
#[derive(Debug, Default)]
pub struct Context {
    type_map: std::collections::HashMap<String, Vec<(TypeId, Vec<TypeId>, TypeId)>>,
}
