//! Go's lexical grammar: a logos state machine for punctuation, operators and
//! whitespace, with hand-written scanners (logos callbacks) for the tokens whose
//! malformed forms gc diagnoses precisely: numbers, strings, runes, comments
//! and identifiers.
//!
//! Invariants:
//! - Every byte of the input is either part of a token, whitespace, a comment,
//!   or reported as an error and skipped: lexing never fails as a whole.
//! - Error messages and their positions are gc's (`cmd/compile/internal/syntax/
//!   scanner.go`): an error "at the current character" is at the byte where the
//!   scanner stood, one "at the token" is at the token's first byte.
//! - A token whose literal is malformed is still produced (as gc does), so the
//!   parser does not report a second error for it.
//! - Semicolons are not inserted here: each token records where the first
//!   line break before it is, and [`super::semicolons`] decides.

use logos::Logos;

use crate::diag::Diagnostic;
use crate::source::Pos;
use crate::syntax::ast::BinaryOp;
use crate::syntax::token::{SemiKind, Tok};

/// A token as the lexer leaves it: with the position of the first line break
/// (a newline, or the start of a general comment containing one) between the
/// previous token and this one, or 0.
#[derive(Copy, Clone, Debug)]
pub struct LexToken<'a> {
    pub tok: Tok<'a>,
    pub lo: u32,
    pub hi: u32,
    pub nl: u32,
}

/// What the lexer found: the tokens (ending with no EOF marker), the line
/// break before the end of the file (`eof_nl`), the end position and errors.
pub struct Lexed<'a> {
    pub tokens: Vec<LexToken<'a>>,
    pub eof_nl: u32,
    pub eof: u32,
    pub errors: Vec<Diagnostic>,
}

#[derive(Default)]
struct Extras {
    /// (byte offset, message)
    errors: Vec<(usize, String)>,
    /// Offset of a line break seen inside a skipped comment, if any.
    comment_nl: Option<usize>,
}

#[derive(Logos, Debug, PartialEq, Clone, Copy)]
#[logos(extras = Extras)]
#[logos(skip r"[ \t\r]+")]
enum Raw {
    #[token("\n")]
    Newline,
    #[regex(r"//[^\n]*", logos::skip, allow_greedy = true)]
    LineComment,
    #[token("/*", general_comment)]
    GeneralComment,

    #[regex(r"[a-zA-Z_]", ident)]
    Ident,
    #[regex(r"[^\x00-\x7F]", unicode_start)]
    Unicode(UniKind),
    #[regex(r"[0-9]", |lex| number(lex, false))]
    #[regex(r"\.[0-9]", |lex| number(lex, true))]
    Number(NumKind),
    #[token("\"", std_string)]
    #[token("`", raw_string)]
    String,
    #[token("'", rune_lit)]
    Rune,

    #[token("+")]
    Add,
    #[token("-")]
    Sub,
    #[token("*")]
    Star,
    #[token("/")]
    Quo,
    #[token("%")]
    Rem,
    #[token("&")]
    And,
    #[token("|")]
    Or,
    #[token("^")]
    Xor,
    #[token("<<")]
    Shl,
    #[token(">>")]
    Shr,
    #[token("&^")]
    AndNot,
    #[token("+=", |_| BinaryOp::Add)]
    #[token("-=", |_| BinaryOp::Sub)]
    #[token("*=", |_| BinaryOp::Mul)]
    #[token("/=", |_| BinaryOp::Div)]
    #[token("%=", |_| BinaryOp::Rem)]
    #[token("&=", |_| BinaryOp::And)]
    #[token("|=", |_| BinaryOp::Or)]
    #[token("^=", |_| BinaryOp::Xor)]
    #[token("<<=", |_| BinaryOp::Shl)]
    #[token(">>=", |_| BinaryOp::Shr)]
    #[token("&^=", |_| BinaryOp::AndNot)]
    OpAssign(BinaryOp),
    #[token("&&")]
    AndAnd,
    #[token("||")]
    OrOr,
    #[token("<-")]
    Arrow,
    #[token("++")]
    Inc,
    #[token("--")]
    Dec,
    #[token("==")]
    Eql,
    #[token("!=")]
    Neq,
    #[token("<")]
    Lss,
    #[token("<=")]
    Leq,
    #[token(">")]
    Gtr,
    #[token(">=")]
    Geq,
    #[token("=")]
    Assign,
    #[token(":=")]
    Define,
    #[token("!")]
    Not,
    #[token("~")]
    Tilde,
    #[token("...")]
    Ellipsis,
    #[token("(")]
    LParen,
    #[token(")")]
    RParen,
    #[token("[")]
    LBrack,
    #[token("]")]
    RBrack,
    #[token("{")]
    LBrace,
    #[token("}")]
    RBrace,
    #[token(",")]
    Comma,
    #[token(".")]
    Period,
    #[token(":")]
    Colon,
    #[token(";")]
    Semi,
}

#[derive(Debug, PartialEq, Clone, Copy)]
enum NumKind {
    Int,
    Float,
    Imag,
}

#[derive(Debug, PartialEq, Clone, Copy)]
enum UniKind {
    /// An identifier starting with a non-ASCII letter (or, in error, digit).
    Ident,
    /// A character that starts no token; already reported.
    Skip,
}

type Lex<'s> = logos::Lexer<'s, Raw>;

fn err(lex: &mut Lex<'_>, off: usize, msg: String) {
    lex.extras.errors.push((off, msg));
}

/// gc's `%#U`: `U+0040 '@'`, without the quoted form for unprintable characters.
pub fn fmt_unicode(c: char) -> String {
    if is_printable(c) {
        format!("U+{:04X} '{}'", c as u32, c)
    } else {
        format!("U+{:04X}", c as u32)
    }
}

fn is_printable(c: char) -> bool {
    !(c.is_control() || c == '\u{FEFF}')
        && !matches!(c, '\u{2028}' | '\u{2029}' | '\u{00AD}')
        && !(c.is_whitespace() && c != ' ')
}

/// gc's `%q` of a character.
pub fn quote_char(c: char) -> String {
    match c {
        '\'' => "'\\''".to_string(),
        '\\' => "'\\\\'".to_string(),
        '\x07' => "'\\a'".to_string(),
        '\x08' => "'\\b'".to_string(),
        '\x0c' => "'\\f'".to_string(),
        '\n' => "'\\n'".to_string(),
        '\r' => "'\\r'".to_string(),
        '\t' => "'\\t'".to_string(),
        '\x0b' => "'\\v'".to_string(),
        c if is_printable(c) => format!("'{c}'"),
        c if (c as u32) < 0x80 => format!("'\\x{:02x}'", c as u32),
        c if (c as u32) < 0x10000 => format!("'\\u{:04x}'", c as u32),
        c => format!("'\\U{:08x}'", c as u32),
    }
}

/// The character at byte offset `i`, or `None` at the end.
fn char_at(src: &str, i: usize) -> Option<char> {
    src.get(i..).and_then(|s| s.chars().next())
}

fn is_letter(c: char) -> bool {
    c.is_ascii_alphabetic() || c == '_' || (!c.is_ascii() && c.is_alphabetic())
}

fn is_unicode_digit(c: char) -> bool {
    // unicode.IsDigit: category Nd. Rust's is_numeric is wider (Nl, No), so
    // exclude those that have no decimal value.
    c.is_ascii_digit() || (!c.is_ascii() && c.is_numeric() && c.to_digit(10).is_none() && is_nd(c))
}

/// A conservative test for category Nd among non-ASCII numerics: decimal
/// digits come in aligned runs of ten whose first member's code point ends in
/// 0 (hex) or 6 (e.g. U+0660, U+06F0, U+0966, U+FF10).
fn is_nd(c: char) -> bool {
    // Rust's std has no general-category query; `char::is_numeric` covers Nd,
    // Nl and No. Letter-like numerics (Nl: Roman numerals) and No (superscripts,
    // fractions) are rare in identifiers; treat every non-ASCII numeric as a
    // digit except the common No/Nl blocks.
    let u = c as u32;
    !matches!(u, 0x00B2..=0x00BE | 0x2070..=0x218F | 0x2460..=0x24FF | 0x2776..=0x2793 | 0x3007 | 0x3021..=0x3029 | 0x3038..=0x303A | 0x3192..=0x3195 | 0x3220..=0x3229 | 0x3248..=0x324F | 0x3251..=0x325F | 0x3280..=0x3289 | 0x32B1..=0x32BF)
}

/// Scans the rest of an identifier from byte `i`, reporting non-letter
/// characters inside it as gc does (they stay part of the identifier).
fn scan_ident_rest(lex: &mut Lex<'_>, mut i: usize) -> usize {
    let src = lex.source();
    let b = src.as_bytes();
    loop {
        while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_') {
            i += 1;
        }
        if i >= b.len() || b[i] < 0x80 {
            return i;
        }
        let Some(c) = char_at(src, i) else { return i };
        if c == '\u{FEFF}' {
            return i; // reported when scanned as its own character
        }
        if is_letter(c) || is_unicode_digit(c) {
            i += c.len_utf8();
            continue;
        }
        if c.is_whitespace() {
            return i;
        }
        err(
            lex,
            i,
            format!("invalid character {} in identifier", fmt_unicode(c)),
        );
        i += c.len_utf8();
    }
}

fn ident(lex: &mut Lex<'_>) {
    let start = lex.span().end;
    let end = scan_ident_rest(lex, start);
    lex.bump(end - start);
}

fn unicode_start(lex: &mut Lex<'_>) -> UniKind {
    let start = lex.span().start;
    let Some(c) = char_at(lex.source(), start) else {
        return UniKind::Skip;
    };
    // logos matched one byte of a multi-byte character: take the whole of it.
    let have = lex.span().end - start;
    if c.len_utf8() > have {
        lex.bump(c.len_utf8() - have);
    }
    if c == '\u{FEFF}' {
        if start != 0 {
            err(
                lex,
                start,
                "invalid BOM in the middle of the file".to_string(),
            );
        }
        return UniKind::Skip;
    }
    if is_letter(c) || is_unicode_digit(c) {
        if !is_letter(c) {
            err(
                lex,
                start,
                format!("identifier cannot begin with digit {}", fmt_unicode(c)),
            );
        }
        let from = lex.span().end;
        let end = scan_ident_rest(lex, from);
        lex.bump(end - from);
        return UniKind::Ident;
    }
    err(lex, start, format!("invalid character {}", fmt_unicode(c)));
    UniKind::Skip
}

fn base_name(base: u32) -> &'static str {
    match base {
        2 => "binary",
        8 => "octal",
        16 => "hexadecimal",
        _ => "decimal",
    }
}

/// gc's `number`: scans a numeric literal starting at the token start (which
/// is a digit, or `.` followed by a digit when `seen_point`).
fn number(lex: &mut Lex<'_>, seen_point: bool) -> NumKind {
    let start = lex.span().start;
    let src = lex.source().as_bytes();
    let at = |i: usize| -> u8 { src.get(i).copied().unwrap_or(0) };
    let lower = |c: u8| c | 0x20;
    let mut i = start;
    let mut ok = true;
    let mut kind = NumKind::Int;
    let mut base = 10u32;
    let mut prefix = 0u8;
    let mut digsep = 0u32;
    let mut invalid: Option<usize> = None;
    let mut errors: Vec<(usize, String)> = Vec::new();
    let mut seen_point = seen_point;

    // digits accepts { digit | '_' }; for base <= 10 it records the first
    // digit >= base (relative to the literal start).
    let digits = |i: &mut usize, base: u32, invalid: &mut Option<usize>, track: bool| -> u32 {
        let mut ds = 0;
        if base <= 10 {
            let max = b'0' + base as u8;
            while at(*i).is_ascii_digit() || at(*i) == b'_' {
                if at(*i) == b'_' {
                    ds |= 2;
                } else {
                    if track && at(*i) >= max && invalid.is_none() {
                        *invalid = Some(*i - start);
                    }
                    ds |= 1;
                }
                *i += 1;
            }
        } else {
            while at(*i).is_ascii_hexdigit() || at(*i) == b'_' {
                ds |= if at(*i) == b'_' { 2 } else { 1 };
                *i += 1;
            }
        }
        ds
    };

    if seen_point {
        i += 1; // the '.'
    } else {
        if at(i) == b'0' {
            i += 1;
            match lower(at(i)) {
                b'x' => {
                    i += 1;
                    base = 16;
                    prefix = b'x';
                }
                b'o' => {
                    i += 1;
                    base = 8;
                    prefix = b'o';
                }
                b'b' => {
                    i += 1;
                    base = 2;
                    prefix = b'b';
                }
                _ => {
                    base = 8;
                    prefix = b'0';
                    digsep = 1; // leading 0
                }
            }
        }
        digsep |= digits(&mut i, base, &mut invalid, true);
        if at(i) == b'.' {
            if prefix == b'o' || prefix == b'b' {
                errors.push((
                    i,
                    format!("invalid radix point in {} literal", base_name(base)),
                ));
                ok = false;
            }
            i += 1;
            seen_point = true;
        }
    }
    if seen_point {
        kind = NumKind::Float;
        digsep |= digits(&mut i, base, &mut invalid, true);
    }
    if digsep & 1 == 0 && ok {
        errors.push((i, format!("{} literal has no digits", base_name(base))));
        ok = false;
    }
    let e = lower(at(i));
    if e == b'e' || e == b'p' {
        if ok {
            if e == b'e' && prefix != 0 && prefix != b'0' {
                errors.push((
                    i,
                    format!("'{}' exponent requires decimal mantissa", at(i) as char),
                ));
                ok = false;
            } else if e == b'p' && prefix != b'x' {
                errors.push((
                    i,
                    format!("'{}' exponent requires hexadecimal mantissa", at(i) as char),
                ));
                ok = false;
            }
        }
        i += 1;
        kind = NumKind::Float;
        if at(i) == b'+' || at(i) == b'-' {
            i += 1;
        }
        let mut none = None;
        let ds = digits(&mut i, 10, &mut none, false);
        digsep = ds | (digsep & 2);
        if ds & 1 == 0 && ok {
            errors.push((i, "exponent has no digits".to_string()));
            ok = false;
        }
    } else if prefix == b'x' && kind == NumKind::Float && ok {
        errors.push((
            i,
            "hexadecimal mantissa requires a 'p' exponent".to_string(),
        ));
        ok = false;
    }
    if at(i) == b'i' {
        kind = NumKind::Imag;
        i += 1;
    }
    let lit = &lex.source()[start..i];
    if kind == NumKind::Int && ok {
        if let Some(inv) = invalid {
            let c = lit.as_bytes()[inv] as char;
            errors.push((
                start + inv,
                format!(
                    "invalid digit {} in {} literal",
                    quote_char(c),
                    base_name(base)
                ),
            ));
            ok = false;
        }
    }
    if digsep & 2 != 0 && ok {
        if let Some(k) = invalid_sep(lit) {
            errors.push((start + k, "'_' must separate successive digits".to_string()));
        }
    }
    lex.extras.errors.extend(errors);
    let end = lex.span().end;
    lex.bump(i - end);
    kind
}

/// gc's `invalidSep`: the index of the first misplaced `_` in a literal.
fn invalid_sep(x: &str) -> Option<usize> {
    let x = x.as_bytes();
    let mut x1 = b' ';
    let mut d = b'.';
    let mut i = 0;
    if x.len() >= 2 && x[0] == b'0' {
        x1 = x[1] | 0x20;
        if x1 == b'x' || x1 == b'o' || x1 == b'b' {
            d = b'0';
            i = 2;
        }
    }
    while i < x.len() {
        let p = d;
        d = x[i];
        if d == b'_' {
            if p != b'0' {
                return Some(i);
            }
        } else if d.is_ascii_digit() || (x1 == b'x' && d.is_ascii_hexdigit()) {
            d = b'0';
        } else {
            if p == b'_' {
                return Some(i - 1);
            }
            d = b'.';
        }
        i += 1;
    }
    if d == b'_' {
        return Some(x.len() - 1);
    }
    None
}

/// gc's `escape`: scans an escape after its backslash at byte `i`; returns
/// the offset after it and whether it is valid. At the end of input it
/// reports nothing (the caller complains about the unterminated literal).
fn escape(lex: &mut Lex<'_>, mut i: usize, quote: u8) -> (usize, bool) {
    let src = lex.source();
    let b = src.as_bytes();
    let Some(&c) = b.get(i) else { return (i, true) };
    let (n, base, max): (u32, u32, u32) = match c {
        b'a' | b'b' | b'f' | b'n' | b'r' | b't' | b'v' | b'\\' => return (i + 1, true),
        c if c == quote => return (i + 1, true),
        b'0'..=b'7' => (3, 8, 255),
        b'x' => {
            i += 1;
            (2, 16, 255)
        }
        b'u' => {
            i += 1;
            (4, 16, 0x10FFFF)
        }
        b'U' => {
            i += 1;
            (8, 16, 0x10FFFF)
        }
        _ => {
            err(lex, i, "unknown escape".to_string());
            return (i, false);
        }
    };
    let mut x: u32 = 0;
    for _ in 0..n {
        let Some(ch) = char_at(src, i) else {
            return (i, true);
        };
        let d = match ch.to_digit(16) {
            Some(d) if ch.is_ascii() => d,
            _ => base,
        };
        if d >= base {
            err(
                lex,
                i,
                format!(
                    "invalid character {} in {} escape",
                    quote_char(ch),
                    base_name(base)
                ),
            );
            return (i, false);
        }
        x = x.wrapping_mul(base).wrapping_add(d);
        i += 1;
    }
    if x > max && base == 8 {
        err(lex, i, format!("octal escape value {x} > 255"));
        return (i, false);
    }
    if x > max || (0xD800..0xE000).contains(&x) {
        let shown = match char::from_u32(x) {
            Some(c) => fmt_unicode(c),
            None => format!("U+{x:04X}"),
        };
        err(
            lex,
            i,
            format!("escape is invalid Unicode code point {shown}"),
        );
        return (i, false);
    }
    (i, true)
}

fn std_string(lex: &mut Lex<'_>) {
    let start = lex.span().start;
    let b = lex.source().as_bytes();
    let mut i = start + 1;
    loop {
        match b.get(i) {
            Some(b'"') => {
                i += 1;
                break;
            }
            Some(b'\\') => {
                i = escape(lex, i + 1, b'"').0;
            }
            Some(b'\n') => {
                err(lex, i, "newline in string".to_string());
                break;
            }
            None => {
                err(lex, start, "string not terminated".to_string());
                break;
            }
            Some(_) => i += 1,
        }
    }
    let end = lex.span().end;
    lex.bump(i - end);
}

fn raw_string(lex: &mut Lex<'_>) {
    let start = lex.span().start;
    let b = lex.source().as_bytes();
    let i = match b[start + 1..].iter().position(|&c| c == b'`') {
        Some(k) => start + 1 + k + 1,
        None => {
            err(lex, start, "string not terminated".to_string());
            b.len()
        }
    };
    let end = lex.span().end;
    lex.bump(i - end);
}

fn rune_lit(lex: &mut Lex<'_>) {
    let start = lex.span().start;
    let src = lex.source();
    let b = src.as_bytes();
    let mut i = start + 1;
    let mut ok = true;
    let mut n = 0;
    loop {
        match b.get(i) {
            Some(b'\'') => {
                if ok {
                    if n == 0 {
                        err(lex, i, "empty rune literal or unescaped '".to_string());
                    } else if n != 1 {
                        err(
                            lex,
                            start,
                            "more than one character in rune literal".to_string(),
                        );
                    }
                }
                i += 1;
                break;
            }
            Some(b'\\') => {
                let (j, good) = escape(lex, i + 1, b'\'');
                i = j;
                ok &= good;
            }
            Some(b'\n') => {
                if ok {
                    err(lex, i, "newline in rune literal".to_string());
                }
                break;
            }
            None => {
                if ok {
                    err(lex, start, "rune literal not terminated".to_string());
                }
                break;
            }
            Some(_) => {
                i += char_at(src, i).map_or(1, char::len_utf8);
            }
        }
        n += 1;
    }
    let end = lex.span().end;
    lex.bump(i - end);
}

fn general_comment(lex: &mut Lex<'_>) -> logos::Skip {
    let start = lex.span().start;
    let b = lex.source().as_bytes();
    let body = start + 2;
    let (end, nl) = match b[body..].windows(2).position(|w| w == b"*/") {
        Some(k) => (body + k + 2, b[body..body + k].contains(&b'\n')),
        None => {
            err(lex, start, "comment not terminated".to_string());
            (b.len(), b[body..].contains(&b'\n'))
        }
    };
    if nl {
        lex.extras.comment_nl = Some(start);
    }
    let cur = lex.span().end;
    lex.bump(end - cur);
    logos::Skip
}

/// Lexes one file. `base` is the file's base position in its FileSet.
pub fn lex(src: &str, base: u32) -> Lexed<'_> {
    let mut lx = Raw::lexer(src);
    let mut tokens = Vec::with_capacity(src.len() / 4);
    let mut nl: u32 = 0;
    let pos = |off: usize| base + off as u32;
    loop {
        let r = lx.next();
        if let Some(off) = lx.extras.comment_nl.take() {
            if nl == 0 {
                nl = pos(off);
            }
        }
        let Some(r) = r else { break };
        let span = lx.span();
        let text = &src[span.clone()];
        let tok = match r {
            Ok(raw) => match raw {
                Raw::Newline => {
                    if nl == 0 {
                        nl = pos(span.start);
                    }
                    continue;
                }
                Raw::LineComment | Raw::GeneralComment => continue,
                Raw::Ident | Raw::Unicode(UniKind::Ident) => {
                    Tok::keyword(text).unwrap_or(Tok::Name(text))
                }
                Raw::Unicode(UniKind::Skip) => continue,
                Raw::Number(NumKind::Int) => Tok::Int(text),
                Raw::Number(NumKind::Float) => Tok::Float(text),
                Raw::Number(NumKind::Imag) => Tok::Imag(text),
                Raw::String => Tok::Str(text),
                Raw::Rune => Tok::Char(text),
                Raw::Add => Tok::Add,
                Raw::Sub => Tok::Sub,
                Raw::Star => Tok::Star,
                Raw::Quo => Tok::Quo,
                Raw::Rem => Tok::Rem,
                Raw::And => Tok::And,
                Raw::Or => Tok::Or,
                Raw::Xor => Tok::Xor,
                Raw::Shl => Tok::Shl,
                Raw::Shr => Tok::Shr,
                Raw::AndNot => Tok::AndNot,
                Raw::OpAssign(op) => Tok::OpAssign(op),
                Raw::AndAnd => Tok::AndAnd,
                Raw::OrOr => Tok::OrOr,
                Raw::Arrow => Tok::Arrow,
                Raw::Inc => Tok::Inc,
                Raw::Dec => Tok::Dec,
                Raw::Eql => Tok::Eql,
                Raw::Neq => Tok::Neq,
                Raw::Lss => Tok::Lss,
                Raw::Leq => Tok::Leq,
                Raw::Gtr => Tok::Gtr,
                Raw::Geq => Tok::Geq,
                Raw::Assign => Tok::Assign,
                Raw::Define => Tok::Define,
                Raw::Not => Tok::Not,
                Raw::Tilde => Tok::Tilde,
                Raw::Ellipsis => Tok::Ellipsis,
                Raw::LParen => Tok::LParen,
                Raw::RParen => Tok::RParen,
                Raw::LBrack => Tok::LBrack,
                Raw::RBrack => Tok::RBrack,
                Raw::LBrace => Tok::LBrace,
                Raw::RBrace => Tok::RBrace,
                Raw::Comma => Tok::Comma,
                Raw::Period => Tok::Period,
                Raw::Colon => Tok::Colon,
                Raw::Semi => Tok::Semi(SemiKind::Explicit),
            },
            Err(()) => {
                // An ASCII byte that starts no token (`@`, `$`, `?`, `\`, NUL, ...).
                let c = char_at(src, span.start).unwrap_or('\u{FFFD}');
                let msg = if c == '\0' {
                    "invalid NUL character".to_string()
                } else {
                    format!("invalid character {}", fmt_unicode(c))
                };
                lx.extras.errors.push((span.start, msg));
                continue;
            }
        };
        tokens.push(LexToken {
            tok,
            lo: pos(span.start),
            hi: pos(span.end),
            nl,
        });
        nl = 0;
    }
    let mut errors: Vec<Diagnostic> = lx
        .extras
        .errors
        .drain(..)
        .map(|(o, m)| Diagnostic::new(Pos(pos(o)), m))
        .collect();
    errors.sort_by_key(|d| d.pos);
    Lexed {
        tokens,
        eof_nl: nl,
        eof: pos(src.len()),
        errors,
    }
}
