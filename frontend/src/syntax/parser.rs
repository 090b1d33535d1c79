//! The parser driver: lexes a file, runs the semicolon pass, checks the
//! package clause, then parses one top-level declaration at a time with the
//! lalrpop grammar, and words syntax errors as gc does.
//!
//! Why one declaration at a time: gc's parser, after an error at top level,
//! skips to the next `import`/`const`/`type`/`var`/`func`; a top-level
//! declaration here is the run of tokens from such a keyword (at bracket
//! depth 0, after a semicolon) to the next, so an error in one never spills
//! into the next. Inside function bodies the grammar recovers at statement
//! level with lalrpop's `!`.
//!
//! Invariants:
//! - `parse_file` always returns a File; a declaration or statement that
//!   failed to parse is a `Bad` node and its error has been reported.
//! - At most one syntax error is reported per line (gc's rule), and none
//!   after an error at the end of the file.
//! - Nothing here recurses on the input's nesting; the LR parser keeps its
//!   own stack.

use crate::diag::Diagnostic;
use crate::source::{FileId, FileSet, Pos, Span};
use crate::syntax::ast::{self, Decl, DeclKind, NodeIds};
use crate::syntax::grammar::DeclsParser;
use crate::syntax::nodes::{Builder, RawSyntaxError, intern, raw_error};
use crate::syntax::token::{SemiKind, Tok, Token};
use crate::syntax::{lexer, semicolons};

/// Parses one file of `fset`. Node ids come from `ids`, shared by every file
/// of a program. Diagnostics are in gc's wording, sorted by position.
pub fn parse_file(fset: &FileSet, file: FileId, ids: &mut NodeIds) -> (ast::File, Vec<Diagnostic>) {
    let sf = fset.file(file);
    let src: &str = &sf.src;
    let lexed = lexer::lex(src, sf.base);
    let toks = semicolons::insert(&lexed);
    let mut diags = lexed.errors.clone();
    let end = Pos(lexed.eof);
    let file_span = Span::new(Pos(sf.base), end);
    let mut syntax: Vec<Diagnostic> = Vec::new();

    // PackageClause ";"
    let empty = |ids: &mut NodeIds, pos: Pos| ast::File {
        package: pos,
        name: ast::Ident {
            id: ids.next(),
            pos,
            name: intern("_"),
        },
        decls: Vec::new(),
        span: file_span,
    };
    let tok_at = |i: usize| toks.get(i).map(|t| (t.tok, Pos(t.lo)));
    match tok_at(0) {
        Some((Tok::Package, _)) => {}
        other => {
            let pos = other.map_or(end, |(_, p)| p);
            diags.push(Diagnostic::new(
                pos,
                "syntax error: package statement must be first",
            ));
            return (empty(ids, pos), finish(fset, diags, syntax));
        }
    }
    let package = Pos(toks[0].lo);
    let name = match tok_at(1) {
        Some((Tok::Name(n), p)) => ast::Ident {
            id: ids.next(),
            pos: p,
            name: intern(n),
        },
        other => {
            let (desc, pos) = describe_at(&toks, 1, end);
            let _ = other;
            syntax.push(Diagnostic::new(
                pos,
                format!("syntax error: unexpected {desc}, expected name"),
            ));
            return (empty(ids, package), finish(fset, diags, syntax));
        }
    };
    if !matches!(tok_at(2), Some((Tok::Semi(_), _))) {
        let (desc, pos) = describe_at(&toks, 2, end);
        syntax.push(Diagnostic::new(
            pos,
            format!("syntax error: unexpected {desc}, expected semicolon or newline"),
        ));
        let f = ast::File {
            package,
            name,
            decls: Vec::new(),
            span: file_span,
        };
        return (f, finish(fset, diags, syntax));
    }

    let mut decls: Vec<Decl> = Vec::new();
    let mut seen_non_import = false;
    let mut last_was_bodyless_func = false;
    for (s, e) in chunks(&toks, 3) {
        let first = toks[s].tok;
        let is_decl = matches!(
            first,
            Tok::Import | Tok::Const | Tok::Type | Tok::Var | Tok::Func
        );
        if !is_decl {
            let msg = if first == Tok::LBrace && last_was_bodyless_func {
                "syntax error: unexpected semicolon or newline before {"
            } else {
                "syntax error: non-declaration statement outside function body"
            };
            syntax.push(Diagnostic::new(Pos(toks[s].lo), msg));
            last_was_bodyless_func = false;
            continue;
        }
        if first == Tok::Import && seen_non_import {
            syntax.push(Diagnostic::new(
                Pos(toks[s].lo),
                "syntax error: imports must appear before other declarations",
            ));
        }
        if first != Tok::Import {
            seen_non_import = true;
        }
        let chunk = &toks[s..e];
        let mut b = Builder::new(ids);
        let result = DeclsParser::new().parse(
            &mut b,
            chunk.iter().map(|t| Ok::<_, ()>((t.lo, t.tok, t.hi))),
        );
        let Builder {
            errors, recovered, ..
        } = b;
        syntax.extend(errors);
        for r in recovered {
            syntax.push(word(&toks, &r, end));
        }
        match result {
            Ok(ds) => {
                last_was_bodyless_func =
                    matches!(ds.last(), Some(Decl::Func(f)) if f.body.is_none());
                decls.extend(ds);
            }
            Err(err) => {
                if let Some(r) = raw_error(err) {
                    syntax.push(word(&toks, &r, end));
                }
                let hi = chunk.last().map_or(toks[s].hi, |t| t.hi);
                decls.push(Decl::Bad(Span::new(Pos(toks[s].lo), Pos(hi))));
                last_was_bodyless_func = false;
            }
        }
    }
    // Imports first: the AST promises it; gc accepts them later with an error.
    decls.sort_by_key(|d| !matches!(d, Decl::Gen(g) if g.kind == DeclKind::Import));
    let f = ast::File {
        package,
        name,
        decls,
        span: file_span,
    };
    (f, finish(fset, diags, syntax))
}

/// The token at `i` as gc names it, and its position (EOF past the end).
fn describe_at(toks: &[Token<'_>], i: usize, end: Pos) -> (String, Pos) {
    match toks.get(i) {
        Some(t) => (t.tok.describe(), Pos(t.lo)),
        None => ("EOF".to_string(), end),
    }
}

/// Splits the tokens from `start` into top-level declarations: a new one
/// begins at a declaration keyword at bracket depth 0 after a semicolon.
fn chunks(toks: &[Token<'_>], start: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut depth: u32 = 0;
    let mut begin = start;
    for i in start..toks.len() {
        let t = toks[i].tok;
        if depth == 0
            && i > begin
            && matches!(
                t,
                Tok::Import | Tok::Const | Tok::Type | Tok::Var | Tok::Func
            )
            && matches!(toks[i - 1].tok, Tok::Semi(_))
        {
            out.push((begin, i));
            begin = i;
        }
        match t {
            Tok::LParen
            | Tok::LBrack
            | Tok::LBrace
            | Tok::LBody
            | Tok::LBrackTParams
            | Tok::LParenResults => depth += 1,
            Tok::RParen | Tok::RBrack | Tok::RBrace => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    if begin < toks.len() {
        out.push((begin, toks.len()));
    }
    out
}

/// Sorts, applies gc's one-syntax-error-per-line rule, and drops follow-up
/// errors at EOF.
fn finish(fset: &FileSet, mut diags: Vec<Diagnostic>, syntax: Vec<Diagnostic>) -> Vec<Diagnostic> {
    let mut syntax = syntax;
    syntax.sort_by_key(|d| d.pos);
    let mut last_line: Option<(String, u32)> = None;
    let mut kept = Vec::with_capacity(syntax.len());
    let mut seen_eof_after_error = false;
    for d in syntax {
        let line = fset.position(d.pos).map(|p| (p.filename, p.line));
        if line.is_some() && line == last_line {
            continue;
        }
        if d.msg.starts_with("syntax error: unexpected EOF") && !kept.is_empty() {
            // gc: "avoid meaningless follow-up errors" at EOF.
            seen_eof_after_error = true;
            continue;
        }
        last_line = line;
        kept.push(d);
    }
    let _ = seen_eof_after_error;
    diags.extend(kept);
    diags.sort_by_key(|d| d.pos);
    diags.dedup();
    diags
}

// ---------------------------------------------------------------------------
// Error wording

/// gc's name of a terminal from the grammar's name for it.
fn terminal_name(t: &str) -> &str {
    let t = t.trim_matches('"');
    match t {
        "name" => "name",
        "," => "comma",
        ";" => "semicolon or newline",
        "LBODY" => "{",
        "[tp" => "[",
        "(res" => "(",
        "int" | "float" | "imag" | "char" | "string" => "literal",
        _ => t,
    }
}

fn expects(e: &[String], t: &str) -> bool {
    e.iter().any(|x| x.trim_matches('"') == t)
}

/// The innermost open bracket before token `i`, with its index.
fn enclosing(toks: &[Token<'_>], i: usize) -> Option<usize> {
    let mut stack: Vec<usize> = Vec::new();
    for (k, t) in toks.iter().enumerate().take(i) {
        match t.tok {
            Tok::LParen
            | Tok::LBrack
            | Tok::LBrace
            | Tok::LBody
            | Tok::LBrackTParams
            | Tok::LParenResults => stack.push(k),
            Tok::RParen | Tok::RBrack | Tok::RBrace => {
                stack.pop();
            }
            _ => {}
        }
    }
    stack.pop()
}

/// Whether the `(` at `k` opens a parameter list (as opposed to arguments).
fn is_param_paren(toks: &[Token<'_>], k: usize) -> bool {
    if toks[k].tok == Tok::LParenResults {
        return true;
    }
    if k == 0 {
        return false;
    }
    match toks[k - 1].tok {
        Tok::Func => true,
        Tok::Name(_) => {
            // `func Name(`, `func (recv) Name(`, or a method in an interface.
            if k >= 2 && toks[k - 2].tok == Tok::Func {
                return true;
            }
            if k >= 2 && toks[k - 2].tok == Tok::RParen {
                // Receiver: the matching `(` follows `func`.
                let mut depth = 0i32;
                let mut j = k - 2;
                loop {
                    match toks[j].tok {
                        Tok::RParen => depth += 1,
                        Tok::LParen => {
                            depth -= 1;
                            if depth == 0 {
                                return j > 0 && toks[j - 1].tok == Tok::Func;
                            }
                        }
                        _ => {}
                    }
                    if j == 0 {
                        return false;
                    }
                    j -= 1;
                }
            }
            if let Some(o) = enclosing(toks, k) {
                return o > 0 && toks[o].tok == Tok::LBrace && toks[o - 1].tok == Tok::Interface;
            }
            false
        }
        Tok::RBrack => {
            // `func Name[T any](`
            let mut depth = 0i32;
            let mut j = k - 1;
            loop {
                match toks[j].tok {
                    Tok::RBrack => depth += 1,
                    Tok::LBrack | Tok::LBrackTParams => {
                        depth -= 1;
                        if depth == 0 {
                            return j >= 2
                                && matches!(toks[j - 1].tok, Tok::Name(_))
                                && toks[j - 2].tok == Tok::Func;
                        }
                    }
                    _ => {}
                }
                if j == 0 {
                    return false;
                }
                j -= 1;
            }
        }
        _ => false,
    }
}

/// The header keyword (if/for/switch/select) whose header contains token `i`,
/// if any: the nearest such keyword at the same bracket level with no
/// statement boundary in between other than header semicolons.
fn header_keyword(toks: &[Token<'_>], i: usize) -> Option<Tok<'static>> {
    let mut depth = 0i32;
    let mut semis = 0;
    let mut j = i;
    while j > 0 {
        j -= 1;
        match toks[j].tok {
            Tok::RParen | Tok::RBrack | Tok::RBrace => depth += 1,
            Tok::LParen | Tok::LBrack | Tok::LBrackTParams | Tok::LParenResults => {
                depth -= 1;
                if depth < 0 {
                    return None;
                }
            }
            Tok::LBrace | Tok::LBody => {
                depth -= 1;
                if depth < 0 {
                    return None;
                }
            }
            Tok::Semi(_) if depth == 0 => {
                semis += 1;
                if semis > 2 {
                    return None;
                }
            }
            Tok::If if depth == 0 => return Some(Tok::If),
            Tok::For if depth == 0 => return Some(Tok::For),
            Tok::Switch if depth == 0 => return Some(Tok::Switch),
            Tok::Select if depth == 0 => return Some(Tok::Select),
            Tok::Case | Tok::Default | Tok::Colon if depth == 0 => return None,
            _ => {}
        }
    }
    None
}

fn starts_expr(e: &[String]) -> bool {
    expects(e, "name") && expects(e, "int") && expects(e, "func")
}

/// Words a syntax error the LR parser met, as gc's parser would.
fn word(toks: &[Token<'_>], r: &RawSyntaxError, end: Pos) -> Diagnostic {
    let pos = if r.tok.is_none() { end } else { Pos(r.pos) };
    let idx = match toks.binary_search_by_key(&r.pos, |t| t.lo) {
        Ok(i) => i,
        Err(i) => i,
    };
    let unexpected = r.text.clone();
    let e = &r.expected;
    let tok = r.tok;
    let msg = message(toks, idx, tok, &unexpected, e);
    Diagnostic::new(pos, format!("syntax error: {msg}"))
}

fn message(
    toks: &[Token<'_>],
    idx: usize,
    tok: Option<Tok<'static>>,
    unexpected: &str,
    e: &[String],
) -> String {
    let open = enclosing(toks, idx).map(|k| (k, toks[k].tok));
    let prev = if idx > 0 {
        toks.get(idx - 1).map(|t| t.tok)
    } else {
        None
    };

    // `else` must be followed by `if` or a block.
    if prev == Some(Tok::Else) {
        return "else must be followed by if or statement block".to_string();
    }

    // A header that is not followed by its body.
    if expects(e, "LBODY") {
        if let Some(kw) = header_keyword(toks, idx) {
            let clause = match kw {
                Tok::If => "if clause",
                Tok::For => "for clause",
                Tok::Switch => "switch clause",
                _ => "select clause",
            };
            if let Some(Tok::Semi(_)) = tok {
                if kw == Tok::If && tok == Some(Tok::Semi(SemiKind::Explicit)) {
                    return "missing condition in if statement".to_string();
                }
                return format!("unexpected {unexpected}, expected {{ after {clause}");
            }
            if kw == Tok::Select || (kw == Tok::Switch && !starts_expr(e)) {
                return format!("missing {{ after {clause}");
            }
            return format!("unexpected {unexpected}, expected {{ after {clause}");
        }
    }

    // Lists: an element not followed by a separator or the closing token.
    if expects(e, ",") && !matches!(tok, Some(Tok::Comma)) {
        if let Some((k, open_tok)) = open {
            match open_tok {
                Tok::LParen | Tok::LParenResults => {
                    let ctx = if is_param_paren(toks, k) {
                        "parameter list"
                    } else {
                        "argument list"
                    };
                    return format!(
                        "unexpected {unexpected} in {ctx}; possibly missing comma or )"
                    );
                }
                Tok::LBrace => {
                    if !expects(e, ";") {
                        return format!(
                            "unexpected {unexpected} in composite literal; possibly missing comma or }}"
                        );
                    }
                }
                Tok::LBrack | Tok::LBrackTParams if expects(e, "]") => {
                    if expects(e, ":") {
                        return format!("unexpected {unexpected}, expected comma, : or ]");
                    }
                    return format!("unexpected {unexpected}, expected comma or ]");
                }
                _ => {}
            }
        }
    }

    // End of a statement or declaration.
    if expects(e, ";") && !matches!(tok, Some(Tok::Semi(_))) {
        match open {
            None => return format!("unexpected {unexpected} after top level declaration"),
            Some((k, Tok::LParen))
                if k > 0
                    && matches!(
                        toks[k - 1].tok,
                        Tok::Const | Tok::Var | Tok::Type | Tok::Import
                    ) =>
            {
                return format!(
                    "unexpected {unexpected} in grouped declaration; possibly missing semicolon or newline or )"
                );
            }
            Some((k, Tok::LBrace)) if k > 0 && toks[k - 1].tok == Tok::Struct => {
                return format!(
                    "unexpected {unexpected} in struct type; possibly missing semicolon or newline or }}"
                );
            }
            Some((k, Tok::LBrace)) if k > 0 && toks[k - 1].tok == Tok::Interface => {
                return format!(
                    "unexpected {unexpected} in interface type; possibly missing semicolon or newline or }}"
                );
            }
            Some((_, Tok::LBrace | Tok::LBody)) => {
                if matches!(tok, Some(Tok::Colon)) && expects(e, ":=") {
                    // e.g. `case` outside switch, or a misplaced label.
                    return format!("unexpected {unexpected} at end of statement");
                }
                return format!("unexpected {unexpected} at end of statement");
            }
            _ => {}
        }
    }

    // An operand was needed.
    if starts_expr(e) {
        if expects(e, "type") && expects(e, "var") {
            // Start of a statement.
            if matches!(tok, Some(Tok::Else)) {
                return "else must be followed by if or statement block".to_string();
            }
        }
        if !expects(e, "if") {
            return format!("unexpected {unexpected}, expected expression");
        }
    }

    // A type was needed.
    if expects(e, "name") && expects(e, "map") && expects(e, "chan") && !expects(e, "int") {
        if matches!(open, None) && prev.is_some_and(|p| matches!(p, Tok::Name(_))) {
            return format!("unexpected {unexpected} in type declaration");
        }
        return format!("unexpected {unexpected}, expected type");
    }

    // A closing token.
    let wanted: Vec<&str> = e
        .iter()
        .map(|s| terminal_name(s))
        .filter(|s| *s != "error")
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    if wanted.len() == 1 {
        return format!("unexpected {unexpected}, expected {}", wanted[0]);
    }
    if expects(e, "name") && !expects(e, "int") && wanted.len() <= 3 {
        if expects(e, "(") {
            return format!("unexpected {unexpected}, expected name or (");
        }
        return format!("unexpected {unexpected}, expected name");
    }
    if let Some((_, ot)) = open {
        let close = match ot {
            Tok::LParen | Tok::LParenResults => Some(")"),
            Tok::LBrack | Tok::LBrackTParams => Some("]"),
            Tok::LBrace | Tok::LBody => Some("}"),
            _ => None,
        };
        if let Some(c) = close {
            if expects(e, c) && tok.is_none() {
                return format!("unexpected {unexpected}, expected {c}");
            }
        }
    }
    format!("unexpected {unexpected}")
}
