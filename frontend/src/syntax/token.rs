//! Go's tokens, as the parser sees them.
//!
//! The lexer produces every token but [`Tok::Semi`] with [`SemiKind::Newline`]
//! or [`SemiKind::Eof`], [`Tok::LBody`] and [`Tok::LBrackTParams`]: those are
//! synthesized by [`super::semicolons`], the pass between lexer and parser.
//! Literal and identifier tokens borrow their text from the source.

use crate::syntax::ast::BinaryOp;

/// Why a semicolon is there: gc names it after its origin in messages
/// (`unexpected newline`, `unexpected semicolon`, `unexpected EOF`).
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum SemiKind {
    /// Written `;`.
    Explicit,
    /// Inserted at a newline (or a general comment spanning lines).
    Newline,
    /// Inserted at the end of the file.
    Eof,
}

impl SemiKind {
    pub fn as_str(self) -> &'static str {
        match self {
            SemiKind::Explicit => "semicolon",
            SemiKind::Newline => "newline",
            SemiKind::Eof => "EOF",
        }
    }
}

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum Tok<'a> {
    Name(&'a str),
    Int(&'a str),
    Float(&'a str),
    Imag(&'a str),
    Char(&'a str),
    Str(&'a str),

    // Keywords.
    Break,
    Case,
    Chan,
    Const,
    Continue,
    Default,
    Defer,
    Else,
    Fallthrough,
    For,
    Func,
    Go,
    Goto,
    If,
    Import,
    Interface,
    Map,
    Package,
    Range,
    Return,
    Select,
    Struct,
    Switch,
    Type,
    Var,

    // Operators and punctuation.
    Add,
    Sub,
    Star,
    Quo,
    Rem,
    And,
    Or,
    Xor,
    Shl,
    Shr,
    AndNot,
    /// `op=` for every binary operator that has one.
    OpAssign(BinaryOp),
    AndAnd,
    OrOr,
    Arrow,
    Inc,
    Dec,
    Eql,
    Neq,
    Lss,
    Leq,
    Gtr,
    Geq,
    Assign,
    Define,
    Not,
    Tilde,
    Ellipsis,
    LParen,
    RParen,
    LBrack,
    RBrack,
    LBrace,
    RBrace,
    Comma,
    Period,
    Colon,
    Semi(SemiKind),

    // Synthesized by the semicolon pass.
    /// The `{` opening the body of `if`, `for`, `switch` or `select` (go.y's
    /// LBODY): only this token opens those bodies, and a composite literal
    /// never starts with it, which settles `if x == T{} {` as the spec says.
    LBody,
    /// The `[` opening the type parameters of a type declaration, as opposed
    /// to an array length (`type T[P any] ...` vs `type A [N]int`), decided
    /// by gc's rule.
    LBrackTParams,
    /// The `(` opening the parenthesized results of a function type or
    /// literal (`func(a int) (b int)`): gc takes a `(` right after the
    /// parameters as results, greedily, and the grammar needs to know.
    LParenResults,
}

impl<'a> Tok<'a> {
    /// The keyword for an identifier-shaped word, if it is one.
    pub fn keyword(s: &str) -> Option<Tok<'static>> {
        Some(match s {
            "break" => Tok::Break,
            "case" => Tok::Case,
            "chan" => Tok::Chan,
            "const" => Tok::Const,
            "continue" => Tok::Continue,
            "default" => Tok::Default,
            "defer" => Tok::Defer,
            "else" => Tok::Else,
            "fallthrough" => Tok::Fallthrough,
            "for" => Tok::For,
            "func" => Tok::Func,
            "go" => Tok::Go,
            "goto" => Tok::Goto,
            "if" => Tok::If,
            "import" => Tok::Import,
            "interface" => Tok::Interface,
            "map" => Tok::Map,
            "package" => Tok::Package,
            "range" => Tok::Range,
            "return" => Tok::Return,
            "select" => Tok::Select,
            "struct" => Tok::Struct,
            "switch" => Tok::Switch,
            "type" => Tok::Type,
            "var" => Tok::Var,
            _ => return None,
        })
    }

    pub fn is_keyword(&self) -> bool {
        use Tok::*;
        matches!(
            self,
            Break
                | Case
                | Chan
                | Const
                | Continue
                | Default
                | Defer
                | Else
                | Fallthrough
                | For
                | Func
                | Go
                | Goto
                | If
                | Import
                | Interface
                | Map
                | Package
                | Range
                | Return
                | Select
                | Struct
                | Switch
                | Type
                | Var
        )
    }

    pub fn is_literal(&self) -> bool {
        matches!(
            self,
            Tok::Int(_) | Tok::Float(_) | Tok::Imag(_) | Tok::Char(_) | Tok::Str(_)
        )
    }

    /// Whether a newline after this token becomes a semicolon (the spec's rule).
    pub fn ends_line(&self) -> bool {
        use Tok::*;
        matches!(
            self,
            Name(_)
                | Int(_)
                | Float(_)
                | Imag(_)
                | Char(_)
                | Str(_)
                | Break
                | Continue
                | Fallthrough
                | Return
                | Inc
                | Dec
                | RParen
                | RBrack
                | RBrace
        )
    }

    /// The source text of a fixed token.
    pub fn text(&self) -> &'a str {
        use Tok::*;
        match *self {
            Name(s) | Int(s) | Float(s) | Imag(s) | Char(s) | Str(s) => s,
            Break => "break",
            Case => "case",
            Chan => "chan",
            Const => "const",
            Continue => "continue",
            Default => "default",
            Defer => "defer",
            Else => "else",
            Fallthrough => "fallthrough",
            For => "for",
            Func => "func",
            Go => "go",
            Goto => "goto",
            If => "if",
            Import => "import",
            Interface => "interface",
            Map => "map",
            Package => "package",
            Range => "range",
            Return => "return",
            Select => "select",
            Struct => "struct",
            Switch => "switch",
            Type => "type",
            Var => "var",
            Add => "+",
            Sub => "-",
            Star => "*",
            Quo => "/",
            Rem => "%",
            And => "&",
            Or => "|",
            Xor => "^",
            Shl => "<<",
            Shr => ">>",
            AndNot => "&^",
            OpAssign(op) => match op {
                BinaryOp::Add => "+=",
                BinaryOp::Sub => "-=",
                BinaryOp::Mul => "*=",
                BinaryOp::Div => "/=",
                BinaryOp::Rem => "%=",
                BinaryOp::And => "&=",
                BinaryOp::Or => "|=",
                BinaryOp::Xor => "^=",
                BinaryOp::Shl => "<<=",
                BinaryOp::Shr => ">>=",
                BinaryOp::AndNot => "&^=",
                _ => "=",
            },
            AndAnd => "&&",
            OrOr => "||",
            Arrow => "<-",
            Inc => "++",
            Dec => "--",
            Eql => "==",
            Neq => "!=",
            Lss => "<",
            Leq => "<=",
            Gtr => ">",
            Geq => ">=",
            Assign => "=",
            Define => ":=",
            Not => "!",
            Tilde => "~",
            Ellipsis => "...",
            LParen | LParenResults => "(",
            RParen => ")",
            LBrack | LBrackTParams => "[",
            RBrack => "]",
            LBrace | LBody => "{",
            RBrace => "}",
            Comma => ",",
            Period => ".",
            Colon => ":",
            Semi(k) => match k {
                SemiKind::Explicit => ";",
                _ => "",
            },
        }
    }

    /// The token as gc's parser names it after `unexpected`: `name x`,
    /// `literal 1`, `keyword func`, `newline`, `comma`, or the operator itself.
    pub fn describe(&self) -> String {
        match *self {
            Tok::Name(s) => format!("name {s}"),
            Tok::Int(s) | Tok::Float(s) | Tok::Imag(s) | Tok::Char(s) | Tok::Str(s) => {
                format!("literal {s}")
            }
            Tok::Semi(k) => k.as_str().to_string(),
            Tok::Comma => "comma".to_string(),
            t if t.is_keyword() => format!("keyword {}", t.text()),
            t => t.text().to_string(),
        }
    }
}

/// A token with its byte range in the file, as positions (`file.base + offset`).
#[derive(Copy, Clone, Debug)]
pub struct Token<'a> {
    pub tok: Tok<'a>,
    pub lo: u32,
    pub hi: u32,
}
