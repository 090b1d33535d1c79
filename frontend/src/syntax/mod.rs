//! Go's syntax: tokens, the logos lexer, semicolon insertion, the lalrpop
//! grammar, and the AST it produces.
//!
//! ```text
//! source ─► lexer (logos; literal validation) ─► semicolons (insertion,
//!        LBODY, type-parameter brackets, results parens) ─► grammar
//!        (lalrpop LR(1)) ─► parser (driver: package clause, one top-level
//!        unit at a time, recovery by replacing the bad statement or list
//!        element and parsing again, gc's wording and one-error-per-line
//!        rule) ─► ast::File
//! ```
//!
//! The public entry point is [`parse_file`]; [`dump`] renders an AST as
//! S-expressions for tests.

pub mod ast;
pub mod dump;
pub mod lexer;
pub mod literal;
pub(crate) mod nodes;
pub mod parser;
pub mod semicolons;
pub mod token;

#[allow(
    clippy::all,
    clippy::pedantic,
    unused_parens,
    unused_imports,
    dead_code
)]
mod grammar {
    lalrpop_util::lalrpop_mod!(pub grammar, "/syntax/grammar.rs");
    pub use grammar::*;
}

pub use parser::parse_file;
