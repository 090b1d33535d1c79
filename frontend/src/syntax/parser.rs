//! The parser driver: lexes a file, runs the semicolon pass, checks the
//! package clause, then parses the file one top-level unit at a time with the
//! lalrpop grammar, recovers from syntax errors, and words them as gc does.
//!
//! Units: a new one starts after each semicolon at bracket depth 0, so an
//! error in one declaration never spills into the next, and a unit that is
//! not a declaration gets gc's "non-declaration statement outside function
//! body".
//!
//! Recovery: the LR parser stops at the first error in a unit. The driver
//! words it from the parser's expected tokens and the brackets around the
//! error, then replaces the statement or list element holding it with a
//! `BAD` token (which the grammar takes as a bad operand, parameter, field
//! or statement) and parses the unit again, up to `MAX_REPAIRS` times. The
//! region replaced follows gc's resynchronization (`advance`): a list element
//! inside parentheses, a composite literal's rest up to its closing bracket,
//! a whole if/for/switch statement for an error in its header, otherwise the
//! statement. Errors at a `BAD` token are consequences and are not reported.
//!
//! Invariants:
//! - `parse_file` always returns a File; a declaration, statement or
//!   expression that failed to parse is a `Bad` node and its error has been
//!   reported.
//! - At most one syntax error is reported per line, and none at the true end
//!   of input after any other error (gc's rules).
//! - Nothing here recurses on the input's nesting; the LR parser keeps its
//!   own stack. Every repair removes at least one real token, so recovery
//!   ends; every scan is linear in the unit.

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
            // The go command reads the package clause with go/parser before
            // the compiler runs, so this is go/parser's message.
            let found = match toks.first() {
                Some(t) => match t.tok {
                    Tok::Name(n) => n.to_string(),
                    t if t.is_literal() => t.text().to_string(),
                    t => format!("'{}'", t.text()),
                },
                None => "'EOF'".to_string(),
            };
            diags.push(Diagnostic::new(
                pos,
                format!("expected 'package', found {found}"),
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
        _ => {
            let (desc, pos) = describe_at(&toks, 1, end);
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
    let mut skipping = false;
    for (s, e) in chunks(&toks, 3) {
        let first = toks[s].tok;
        let is_decl = matches!(
            first,
            Tok::Import | Tok::Const | Tok::Type | Tok::Var | Tok::Func
        );
        if !is_decl {
            // gc's advance after this error skips to the next declaration
            // keyword: later non-declarations are part of the same error.
            if skipping {
                continue;
            }
            skipping = true;
            let msg = if first == Tok::LBrace && last_was_bodyless_func {
                "syntax error: unexpected semicolon or newline before {"
            } else {
                "syntax error: non-declaration statement outside function body"
            };
            syntax.push(Diagnostic::new(Pos(toks[s].lo), msg));
            last_was_bodyless_func = false;
            continue;
        }
        skipping = false;
        if first == Tok::Import && seen_non_import {
            syntax.push(Diagnostic::new(
                Pos(toks[s].lo),
                "syntax error: imports must appear before other declarations",
            ));
        }
        if first != Tok::Import {
            seen_non_import = true;
        }
        let prior = !diags.is_empty() || !syntax.is_empty();
        let (ds, errs) = parse_decl(&toks[s..e], ids, end, prior);
        syntax.extend(errs);
        last_was_bodyless_func = matches!(ds.last(), Some(Decl::Func(f)) if f.body.is_none());
        decls.extend(ds);
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

/// At most this many repairs per top-level declaration; gc stops after
/// ten errors anyway, and each repair re-parses the declaration.
const MAX_REPAIRS: usize = 16;

/// Parses one top-level declaration. On a syntax error, the statement (or
/// list element) holding the error is replaced by a `BAD` token and the
/// declaration parsed again, so that one error yields one message and the
/// rest of the body is still parsed, as gc's `advance` does. Every repair
/// removes at least one real token, so this ends.
fn parse_decl<'a>(
    chunk: &[Token<'a>],
    ids: &mut NodeIds,
    end: Pos,
    prior_errors: bool,
) -> (Vec<Decl>, Vec<Diagnostic>) {
    let mut toks: Vec<Token<'a>> = chunk.to_vec();
    let mut errors: Vec<Diagnostic> = Vec::new();
    for _ in 0..MAX_REPAIRS {
        let mut b = Builder::new(ids);
        let result = DeclsParser::new().parse(
            &mut b,
            toks.iter().map(|t| Ok::<_, ()>((t.lo, t.tok, t.hi))),
        );
        let action_errors = std::mem::take(&mut b.errors);
        match result {
            Ok(ds) => {
                errors.extend(action_errors);
                return (ds, errors);
            }
            Err(err) => {
                let Some(r) = raw_error(err) else { break };
                let idx = if r.tok.is_none() {
                    toks.len()
                } else {
                    toks.partition_point(|t| t.lo < r.pos)
                };
                // An error at a repair is a consequence of an error already reported.
                // gc reports nothing at the very end of the input once it
                // has reported anything ("avoid meaningless follow-up errors").
                let at_eof_after_error = r.tok.is_none() && (prior_errors || !errors.is_empty());
                if r.tok != Some(Tok::Bad) && !at_eof_after_error {
                    errors.push(word(&toks, idx, &r, end));
                }
                // A case clause missing its `:` before a newline: gc skips
                // the newline and parses the clause's body.
                if matches!(r.tok, Some(Tok::Semi(_)))
                    && expects(&r.expected, ":")
                    && !expects(&r.expected, ";")
                    && in_case_list(&toks, idx)
                {
                    toks[idx].tok = Tok::Colon;
                    continue;
                }
                match repair(&toks, idx, &r.expected) {
                    Some((from, to)) => {
                        let lo = toks[from].lo;
                        let hi = toks[to - 1].hi;
                        toks.splice(
                            from..to,
                            [Token {
                                tok: Tok::Bad,
                                lo,
                                hi,
                            }],
                        );
                    }
                    None => break,
                }
            }
        }
    }
    let lo = chunk.first().map_or(end.0, |t| t.lo);
    let hi = chunk.last().map_or(end.0, |t| t.hi);
    (vec![Decl::Bad(Span::new(Pos(lo), Pos(hi)))], errors)
}

fn is_open(t: Tok<'_>) -> bool {
    matches!(
        t,
        Tok::LParen
            | Tok::LBrack
            | Tok::LBrace
            | Tok::LBody
            | Tok::LBrackTParams
            | Tok::LParenResults
    )
}

fn is_close(t: Tok<'_>) -> bool {
    matches!(t, Tok::RParen | Tok::RBrack | Tok::RBrace)
}

/// The tokens to replace after an error at `idx`: the statement or list
/// element around it, found by brackets: back to the nearest `;` or open
/// brace at its level (stepping over parentheses it is inside), forward to
/// the next `;` or the closer of the enclosing brace. `None` when nothing
/// real is left to remove.
fn repair(toks: &[Token<'_>], idx: usize, expected: &[String]) -> Option<(usize, usize)> {
    if toks.is_empty() {
        return None;
    }
    let idx = idx.min(toks.len() - 1);
    if let Some(r) = repair_element(toks, idx) {
        return Some(r);
    }
    // In a composite literal's element list, gc skips to the next closing
    // bracket, semicolons included: an unclosed literal swallows what follows.
    if expects(expected, ",")
        && expects(expected, "}")
        && !expects(expected, ";")
        && let Some(r) = repair_to_closer(toks, idx)
    {
        return Some(r);
    }
    let mut depth = 0i32;
    let mut from = idx;
    // In a header, the statement starts at its keyword (with the `else`
    // of an `else if`).
    let in_header = header_start(toks, idx).map(|(_, k)| {
        if k > 0 && toks[k - 1].tok == Tok::Else {
            k - 1
        } else {
            k
        }
    });
    while from > 0 && in_header.is_none() {
        let t = toks[from - 1].tok;
        if is_close(t) {
            depth += 1;
        } else if is_open(t) {
            if depth == 0 {
                if matches!(t, Tok::LBrace | Tok::LBody) {
                    break;
                }
            } else {
                depth -= 1;
            }
        } else if depth == 0 && matches!(t, Tok::Semi(_)) {
            break;
        }
        from -= 1;
    }
    if let Some(k) = in_header {
        from = k;
    }
    // A header's semicolons do not end its statement, and its body goes
    // with it (gc resynchronizes on the body's brace).
    let mut header = matches!(
        toks[from].tok,
        Tok::If | Tok::For | Tok::Switch | Tok::Select
    );
    if let Some((_, k)) = header_start(toks, from) {
        from = k;
        header = true;
    }
    let mut depth = 0i32;
    let mut to = from;
    while to < toks.len() {
        let t = toks[to].tok;
        if header
            && depth == 0
            && t == Tok::LBody
            && let Some(end) = matching_close(toks, to)
        {
            to = end + 1;
            break;
        }
        if is_open(t) {
            depth += 1;
        } else if is_close(t) {
            depth -= 1;
            if depth < 0 {
                break;
            }
        } else if depth == 0 && matches!(t, Tok::Semi(_)) && to >= idx && !header {
            break;
        }
        to += 1;
    }
    if to <= idx {
        to = (idx + 1).min(toks.len());
    }
    if from == 0 {
        // Keep the declaration keyword: the unit would lose its kind.
        from = 1.min(to);
    }
    if from >= to || toks[from..to].iter().all(|t| t.tok == Tok::Bad) {
        return None;
    }
    Some((from, to))
}

/// The closer matching the opener at `o`.
fn matching_close(toks: &[Token<'_>], o: usize) -> Option<usize> {
    let mut depth = 0i32;
    for (j, t) in toks.iter().enumerate().skip(o) {
        if is_open(t.tok) {
            depth += 1;
        } else if is_close(t.tok) {
            depth -= 1;
            if depth == 0 {
                return Some(j);
            }
        }
    }
    None
}

/// From the element around `idx` to the closer of the enclosing bracket,
/// across semicolons.
fn repair_to_closer(toks: &[Token<'_>], idx: usize) -> Option<(usize, usize)> {
    let mut depth = 0i32;
    let mut from = idx;
    while from > 0 {
        let t = toks[from - 1].tok;
        if is_close(t) {
            depth += 1;
        } else if is_open(t) {
            if depth == 0 {
                break;
            }
            depth -= 1;
        } else if depth == 0 && t == Tok::Comma {
            break;
        }
        from -= 1;
    }
    if from == 0 {
        return None;
    }
    let mut depth = 0i32;
    let mut to = from;
    while to < toks.len() {
        let t = toks[to].tok;
        if is_open(t) {
            depth += 1;
        } else if is_close(t) {
            depth -= 1;
            if depth < 0 {
                break;
            }
        }
        to += 1;
    }
    if to <= idx {
        to = (idx + 1).min(toks.len());
    }
    if from >= to || toks[from..to].iter().all(|t| t.tok == Tok::Bad) {
        return None;
    }
    Some((from, to))
}

/// Inside parentheses or brackets, the list element around `idx` (between
/// commas or semicolons at its level), so that a bad argument or parameter
/// leaves the rest of the declaration, and a function's body, to be parsed.
fn repair_element(toks: &[Token<'_>], idx: usize) -> Option<(usize, usize)> {
    // The innermost bracket around `idx`.
    let mut depth = 0i32;
    let mut k = idx;
    let open = loop {
        if k == 0 {
            return None;
        }
        let t = toks[k - 1].tok;
        if is_close(t) {
            depth += 1;
        } else if is_open(t) {
            if depth == 0 {
                break k - 1;
            }
            depth -= 1;
        }
        k -= 1;
    };
    if matches!(toks[open].tok, Tok::LBrace | Tok::LBody) {
        return None;
    }
    // In a declaration group, specs end at semicolons; anywhere else a
    // semicolon inside parentheses means they were never closed, and the
    // statement is what to replace.
    let group = open > 0
        && matches!(
            toks[open - 1].tok,
            Tok::Const | Tok::Var | Tok::Type | Tok::Import
        );
    let is_sep = |t: Tok<'_>| t == Tok::Comma || (group && matches!(t, Tok::Semi(_)));
    let mut depth = 0i32;
    let mut from = idx;
    while from > open + 1 {
        let t = toks[from - 1].tok;
        if is_close(t) {
            depth += 1;
        } else if is_open(t) {
            depth -= 1;
        } else if depth == 0 && is_sep(t) {
            break;
        } else if depth == 0 && matches!(t, Tok::Semi(_)) {
            return None;
        }
        from -= 1;
    }
    let mut depth = 0i32;
    let mut to = from;
    while to < toks.len() {
        let t = toks[to].tok;
        if is_open(t) {
            depth += 1;
        } else if is_close(t) {
            depth -= 1;
            if depth < 0 {
                break;
            }
        } else if depth == 0 && to >= idx && is_sep(t) {
            break;
        } else if depth == 0 && matches!(t, Tok::Semi(_)) {
            return None;
        }
        to += 1;
    }
    if to >= toks.len() {
        return None;
    }
    if to <= idx {
        to = idx + 1;
    }
    if from >= to || toks[from..to].iter().all(|t| t.tok == Tok::Bad) {
        return None;
    }
    Some((from, to))
}

/// Splits the tokens from `start` into top-level units: a new one begins
/// after each semicolon at bracket depth 0.
fn chunks(toks: &[Token<'_>], start: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    // Open brackets by kind: a closer only closes its own kind, so that a
    // stray `)` cannot end a function body early.
    let mut stack: Vec<u8> = Vec::new();
    let mut begin = start;
    for i in start..toks.len() {
        let t = toks[i].tok;
        if stack.is_empty() && i > begin && matches!(toks[i - 1].tok, Tok::Semi(_)) {
            out.push((begin, i));
            begin = i;
        }
        let kind = |t: Tok<'_>| match t {
            Tok::LParen | Tok::LParenResults | Tok::RParen => 0u8,
            Tok::LBrack | Tok::LBrackTParams | Tok::RBrack => 1,
            _ => 2,
        };
        if is_open(t) {
            stack.push(kind(t));
        } else if is_close(t) && stack.last() == Some(&kind(t)) {
            stack.pop();
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
    for d in syntax {
        if !d.msg.starts_with("syntax error:") {
            kept.push(d);
            continue;
        }
        let line = fset.position(d.pos).map(|p| (p.filename, p.line));
        if line.is_some() && line == last_line {
            continue;
        }
        last_line = line;
        kept.push(d);
    }
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

/// The opener matching the closer at `c`.
fn matching_open(toks: &[Token<'_>], c: usize) -> Option<usize> {
    let mut depth = 0i32;
    let mut j = c;
    loop {
        let t = toks[j].tok;
        if is_close(t) {
            depth += 1;
        } else if is_open(t) {
            depth -= 1;
            if depth == 0 {
                return Some(j);
            }
        }
        if j == 0 {
            return None;
        }
        j -= 1;
    }
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
        // Results after parameters: `func f(a int) (`.
        Tok::RParen if toks[k].tok == Tok::LParen => matching_open(toks, k - 1).is_some_and(|j| {
            j > 0
                && matches!(toks[j - 1].tok, Tok::Name(_) | Tok::RBrack)
                && is_param_paren(toks, j)
        }),
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
    header_start(toks, i).map(|(t, _)| t)
}

/// The header keyword containing token `i` and its index.
fn header_start(toks: &[Token<'_>], i: usize) -> Option<(Tok<'static>, usize)> {
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
            Tok::LBrace => {
                depth -= 1;
                if depth < 0 {
                    return None;
                }
            }
            // A body: whatever it belongs to, `i` is past its header.
            Tok::LBody => return None,
            Tok::Semi(_) if depth == 0 => {
                semis += 1;
                if semis > 2 {
                    return None;
                }
            }
            Tok::If if depth == 0 => return Some((Tok::If, j)),
            Tok::For if depth == 0 => return Some((Tok::For, j)),
            Tok::Switch if depth == 0 => return Some((Tok::Switch, j)),
            Tok::Select if depth == 0 => return Some((Tok::Select, j)),
            Tok::Case | Tok::Default | Tok::Colon if depth == 0 => return None,
            _ => {}
        }
    }
    None
}

/// Whether the name at `k` starts an import spec.
fn is_import_spec_start(toks: &[Token<'_>], k: usize) -> bool {
    match k.checked_sub(1).map(|j| toks[j].tok) {
        Some(Tok::Import) => true,
        Some(Tok::LParen | Tok::Semi(_)) => enclosing(toks, k)
            .is_some_and(|o| o > 0 && toks[o].tok == Tok::LParen && toks[o - 1].tok == Tok::Import),
        _ => false,
    }
}

/// Whether token `i` is in the expression list of a `case`, before its `:`.
fn in_case_list(toks: &[Token<'_>], i: usize) -> bool {
    let mut depth = 0i32;
    let mut j = i;
    while j > 0 {
        j -= 1;
        let t = toks[j].tok;
        if is_close(t) {
            depth += 1;
        } else if is_open(t) {
            if depth == 0 {
                return false;
            }
            depth -= 1;
        } else if depth == 0 {
            match t {
                Tok::Case => return true,
                Tok::Semi(_) | Tok::Colon | Tok::Default => return false,
                _ => {}
            }
        }
    }
    false
}

/// Whether token `i` is in a type declaration's spec, before any type
/// (after `type Name`, `type Name =`, or a group's `Name`).
fn in_type_spec(toks: &[Token<'_>], i: usize) -> bool {
    let at = |k: usize| toks.get(k).map(|t| t.tok);
    let mut k = i;
    if k > 0 && at(k - 1) == Some(Tok::Assign) {
        k -= 1;
    }
    if k == 0 || !matches!(at(k - 1), Some(Tok::Name(_))) {
        return false;
    }
    match k.checked_sub(2).and_then(at) {
        Some(Tok::Type) => true,
        Some(Tok::LParen | Tok::Semi(_)) => enclosing(toks, k - 1)
            .is_some_and(|o| o > 0 && toks[o].tok == Tok::LParen && toks[o - 1].tok == Tok::Type),
        _ => false,
    }
}

fn starts_expr(e: &[String]) -> bool {
    expects(e, "name") && expects(e, "int") && expects(e, "func")
}

/// Words a syntax error the LR parser met at token `idx`, as gc's parser would.
fn word(toks: &[Token<'_>], idx: usize, r: &RawSyntaxError, end: Pos) -> Diagnostic {
    let pos = if r.tok.is_none() { end } else { Pos(r.pos) };
    let unexpected = if r.tok.is_none() {
        "EOF".to_string()
    } else {
        r.text.clone()
    };
    if std::env::var_os("GORUN_DEBUG_SYNTAX").is_some() {
        eprintln!("syntax error at {unexpected}: expected {:?}", r.expected);
    }
    let (at, msg) = message(toks, idx, r.tok, &unexpected, &r.expected);
    let pos = at.unwrap_or(pos);
    match msg.strip_prefix('!') {
        Some(plain) => Diagnostic::new(pos, plain.to_string()),
        None => Diagnostic::new(pos, format!("syntax error: {msg}")),
    }
}

/// The message, and the position when it is not the offending token's.
fn message(
    toks: &[Token<'_>],
    idx: usize,
    tok: Option<Tok<'static>>,
    unexpected: &str,
    e: &[String],
) -> (Option<Pos>, String) {
    let open = enclosing(toks, idx).map(|k| (k, toks[k].tok));
    let prev = if idx > 0 {
        toks.get(idx - 1).map(|t| t.tok)
    } else {
        None
    };

    // At the end of the input: the innermost bracket wants its closer.
    if tok.is_none()
        && let Some((_, ot)) = open
    {
        let c = match ot {
            Tok::LParen | Tok::LParenResults => ")",
            Tok::LBrack | Tok::LBrackTParams => "]",
            _ => "}",
        };
        if expects(e, c) {
            return (None, format!("unexpected EOF, expected {c}"));
        }
    }

    // `T[]` in a type.
    if tok == Some(Tok::RBrack)
        && prev == Some(Tok::LBrack)
        && idx >= 2
        && matches!(toks[idx - 2].tok, Tok::Name(_))
        && !expects(e, ":")
    {
        return (
            None,
            "unexpected ], expected type argument list".to_string(),
        );
    }

    // `import name` without a path, or an import group left open (the go
    // command's go/parser words these).
    if expects(e, "string")
        && !matches!(tok, Some(Tok::Str(_)))
        && matches!(prev, Some(Tok::Name(_)))
        && is_import_spec_start(toks, idx - 1)
    {
        return (None, "!missing import path".to_string());
    }
    if let Some((k, Tok::LParen)) = open
        && k > 0
        && toks[k - 1].tok == Tok::Import
        && !matches!(
            tok,
            Some(Tok::Str(_) | Tok::Name(_) | Tok::Period | Tok::RParen | Tok::Semi(_))
        )
    {
        return (None, "!missing import path".to_string());
    }

    // A case clause's expressions end at `:`.
    if expects(e, ":") && !expects(e, ";") && in_case_list(toks, idx) {
        return (None, format!("unexpected {unexpected}, expected :"));
    }

    // A list of expressions that is not assigned.
    if expects(e, "=") && expects(e, ":=") && !expects(e, ";") && !expects(e, "LBODY") {
        return (
            None,
            format!("unexpected {unexpected}, expected := or = or comma"),
        );
    }

    // A parameter list closed by the wrong bracket.
    if let Some((k, Tok::LParen | Tok::LParenResults)) = open
        && matches!(tok, Some(Tok::RBrace | Tok::RBrack))
        && expects(e, ")")
        && is_param_paren(toks, k)
    {
        return (None, format!("unexpected {unexpected}, expected )"));
    }

    if prev == Some(Tok::Func) && expects(e, "(") && tok.is_some() {
        return (None, format!("unexpected {unexpected}, expected ("));
    }

    if tok == Some(Tok::LBody) && prev == Some(Tok::If) {
        return (None, "missing condition in if statement".to_string());
    }

    // After `var`, `const` or `type`, a name (gc says so even though a
    // group's parenthesis would do).
    if tok.is_some()
        && matches!(prev, Some(Tok::Var | Tok::Const | Tok::Type))
        && expects(e, "name")
    {
        return (None, format!("unexpected {unexpected}, expected name"));
    }

    // A header whose condition is missing: `if x\n{` or `if x; {`.
    if tok == Some(Tok::LBody)
        && let (Some(Tok::Semi(kind)), Some(kw)) = (prev, header_keyword(toks, idx))
    {
        let semi_pos = Some(Pos(toks[idx - 1].lo));
        if kw == Tok::If {
            if kind == SemiKind::Explicit {
                return (semi_pos, "missing condition in if statement".to_string());
            }
            return (
                semi_pos,
                format!("unexpected {}, expected {{ after if clause", kind.as_str()),
            );
        }
        if kw == Tok::For {
            return (
                None,
                "unexpected {, expected for loop condition".to_string(),
            );
        }
    }

    // `var` in a header.
    if tok == Some(Tok::Var) && matches!(prev, Some(Tok::If | Tok::For | Tok::Switch)) {
        let kw = match prev {
            Some(Tok::If) => "if",
            Some(Tok::For) => "for",
            _ => "switch",
        };
        let at = toks.get(idx + 1).map(|t| Pos(t.lo));
        return (
            at,
            format!("var declaration not allowed in {kw} initializer"),
        );
    }

    // A statement list ends before `case`, `default` (and `else`, which no
    // statement starts with); then the block wants its `}`.
    if matches!(tok, Some(Tok::Case | Tok::Default | Tok::Else))
        && matches!(prev, Some(Tok::Semi(_) | Tok::LBrace | Tok::LBody))
        && matches!(open, Some((_, Tok::LBrace | Tok::LBody)))
    {
        return (None, format!("unexpected {unexpected}, expected }}"));
    }

    // In a for header, the condition must be followed by `;`.
    if expects(e, ";") && !expects(e, "LBODY") && header_keyword(toks, idx) == Some(Tok::For) {
        return (
            None,
            format!("unexpected {unexpected}, expected semicolon or newline"),
        );
    }

    // After a declaration keyword, a name.
    if tok.is_none() && matches!(prev, Some(Tok::Type | Tok::Var | Tok::Const)) {
        return (None, "unexpected EOF, expected name".to_string());
    }

    // Grouped declarations.
    if let Some((k, Tok::LParen)) = open
        && k > 0
        && matches!(
            toks[k - 1].tok,
            Tok::Const | Tok::Var | Tok::Type | Tok::Import
        )
        && expects(e, ";")
    {
        return (
            None,
            format!(
                "unexpected {unexpected} in grouped declaration; possibly missing semicolon or newline or )"
            ),
        );
    }

    // At top level, something that is not a declaration.
    if open.is_none() && expects(e, "func") && expects(e, "var") && !expects(e, "name") {
        if tok == Some(Tok::LBrace) && prev.is_some_and(|p| matches!(p, Tok::Semi(_))) {
            return (None, "unexpected semicolon or newline before {".to_string());
        }
        return (
            None,
            "non-declaration statement outside function body".to_string(),
        );
    }

    (
        None,
        message_rest(toks, idx, tok, unexpected, e, open, prev),
    )
}

fn message_rest(
    toks: &[Token<'_>],
    idx: usize,
    tok: Option<Tok<'static>>,
    unexpected: &str,
    e: &[String],
    open: Option<(usize, Tok<'_>)>,
    prev: Option<Tok<'_>>,
) -> String {
    // `else` must be followed by `if` or a block.
    if prev == Some(Tok::Else) {
        return "else must be followed by if or statement block".to_string();
    }

    // A header that is not followed by its body.
    if expects(e, "LBODY")
        && let Some(kw) = header_keyword(toks, idx)
    {
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

    // Lists: an element not followed by a separator or the closing token.
    if expects(e, ",")
        && !matches!(tok, Some(Tok::Comma))
        && let Some((k, open_tok)) = open
    {
        match open_tok {
            Tok::LParen | Tok::LParenResults => {
                let ctx = if is_param_paren(toks, k) {
                    "parameter list"
                } else {
                    "argument list"
                };
                return format!("unexpected {unexpected} in {ctx}; possibly missing comma or )");
            }
            Tok::LBrace if !expects(e, ";") => {
                return format!(
                    "unexpected {unexpected} in composite literal; possibly missing comma or }}"
                );
            }
            Tok::LBrack | Tok::LBrackTParams if expects(e, "]") => {
                if expects(e, ":") {
                    return format!("unexpected {unexpected}, expected comma, : or ]");
                }
                return format!("unexpected {unexpected}, expected ]");
            }
            _ => {}
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
        if in_type_spec(toks, idx) {
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
        if let Some(c) = close
            && expects(e, c)
            && tok.is_none()
        {
            return format!("unexpected {unexpected}, expected {c}");
        }
    }
    format!("unexpected {unexpected}")
}
