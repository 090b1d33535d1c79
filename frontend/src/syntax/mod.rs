//! Go's syntax: tokens, the logos lexer, semicolon insertion, the lalrpop
//! grammar, and the AST it produces.

pub mod ast;
