//! The type checker, modelled on go/types and gc's types2, whose messages it
//! reproduces word for word.
//!
//! # Module map
//!
//! Files mirror types2's (`$GOROOT/src/cmd/compile/internal/types2`), and
//! functions keep types2's names in snake case, so that types2 reads as
//! this module's documentation. All checking functions are methods of
//! [`Checker`]; pure queries on types are methods of [`Program`].
//!
//! Foundation (shared by everything):
//! - `program.rs`: the arenas ([`Program`]), recorded results ([`Info`]).
//! - `typ.rs`, `object.rs`, `scope.rs`, `package.rs`, `universe.rs`: the model.
//! - `typestring.rs`, `exprstring.rs`, `operand.rs`: text for messages.
//! - `predicates.rs`, `typeset.rs`, `sizes.rs`: queries on types.
//! - `check.rs`: the [`Checker`], its phases, errors, recording.
//!
//! Declarations and types:
//! - `resolver.rs`: file scopes, imports, collecting package-level objects.
//! - `decl.rs`: checking declarations (package-level on demand, local ones),
//!   cycle detection, type parameter declarations.
//! - `typexpr.rs`: identifiers and type expressions to types.
//! - `signature.rs`, `struct_.rs`, `interface.rs`, `union.rs`, `named.rs`:
//!   building those types.
//! - `lookup.rs`: field and method lookup, method sets, missing methods,
//!   `implements`.
//! - `validtype.rs`: invalid recursive types. `initorder.rs`: variable
//!   initialization order and initialization cycles.
//!
//! Expressions:
//! - `expr.rs`: operands, unary/binary operations, shifts, comparisons,
//!   untyped conversion. `const.rs`: representability, overflow.
//! - `call.rs`: calls, arguments, selectors, generic function instances.
//! - `builtins.rs`, `conversions.rs`, `literals.rs`, `index.rs`.
//! - `assignments.rs`: assignability in context, `=`, `:=`, initializations.
//!
//! Statements: `stmt.rs`, `labels.rs`, `return.rs` (terminating
//! statements), `range.rs`.
//!
//! Generics: `instantiate.rs` (instances, constraint satisfaction),
//! `subst.rs`, `infer.rs`, `unify.rs`.

mod api;
mod assignments;
mod builtins;
mod call;
mod check;
mod const_;
mod conversions;
mod decl;
mod expr;
pub mod exprstring;
mod index;
mod infer;
mod initorder;
mod instantiate;
mod interface;
mod labels;
mod literals;
mod lookup;
mod mono;
mod named;
mod object;
pub mod operand;
mod package;
mod predicates;
mod program;
mod range;
mod resolver;
mod return_;
mod scope;
mod signature;
mod sizes;
mod stmt;
mod struct_;
mod subst;
mod typ;
mod typeset;
pub mod typestring;
mod typexpr;
mod unify;
mod union;
mod universe;
mod validtype;

pub use api::*;
pub use check::{Checker, Config, Importer, NoImporter, check_package};
pub use lookup::LookupResult;
pub use object::{Builtin, Color, ObjId, ObjKind, Object, VarKind};
pub use operand::{Mode, Operand};
pub use package::{Package, PkgId};
pub use predicates::Incomparable;
pub use program::{Info, Initializer, Instance, Program, Selection, SelectionKind};
pub use scope::{Scope, ScopeId};
pub use sizes::Sizes;
pub use typ::*;
pub use typeset::{TTerm, TermList, TypeSet};
pub use universe::Universe;
