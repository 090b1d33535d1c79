//! gorun's frontend: Go source text to a checked program.
//!
//! ```text
//! source ─► syntax::lexer (logos) ─► syntax::semicolons ─► syntax::parser (lalrpop) ─► ast
//!        ─► types (go/types' design) ─► types::Info: every expression's type and
//!           constant value, every identifier's object, every selector's resolution
//! ```
//!
//! Architecture invariants:
//! - No input makes the frontend panic or hang: every malformed input becomes a
//!   [`diag::Diagnostic`] in gc's format and wording.
//! - The frontend never reads files on its own behalf except through the
//!   [`types::Importer`] its caller hands it, so it knows nothing of where the
//!   standard library lives.

pub mod constant;
pub mod diag;
pub mod name;
pub mod source;
pub mod syntax;
pub mod types;
