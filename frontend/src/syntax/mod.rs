//! Go's syntax: tokens, the logos lexer, semicolon insertion, the lalrpop
//! grammar, and the AST it produces.
//!
//! ```text
//! source ─► lexer (logos; literal validation) ─► semicolons (insertion,
//!        LBODY, type-parameter brackets) ─► grammar (lalrpop LALR(1))
//!        ─► parser (driver: package clause, one top-level declaration at a
//!           time, gc's error wording and one-error-per-line rule) ─► ast::File
//! ```

pub mod ast;
pub mod lexer;
pub mod nodes;
pub mod parser;
pub mod semicolons;
pub mod token;

#[allow(clippy::all, clippy::pedantic, unused_parens, unused_imports, dead_code)]
mod grammar {
    lalrpop_util::lalrpop_mod!(pub grammar, "/syntax/grammar.rs");
    pub use grammar::*;
}

pub use parser::parse_file;
