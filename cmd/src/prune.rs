//! Pruning the embedded standard library to what a program can reach, by
//! name, before anything of it is parsed.
//!
//! Start-up is dominated by the standard library: `fmt` alone pulls in
//! 17,000 lines (os, syscall, time, io/fs, ...) of which a hello world
//! calls a few dozen functions. So the loader first scans the sources of
//! the standard-library packages a program imports — a pass over bytes
//! that finds top-level declarations, their names and the identifiers in
//! them, with no lexer or parser — and keeps what is used:
//!
//! - the main package is used whole: every identifier in it is used;
//! - a function is kept if its name is used; a method's declaration is
//!   kept with its receiver's type (method sets and interface satisfaction
//!   need every signature), its body only if its name is used as a
//!   selector (`x.M`: a bare identifier never names a method);
//! - a type, constant or variable spec is kept if one of its names is
//!   used; a constant group that counts with `iota` or repeats an
//!   expression is kept whole, since dropping a spec would renumber the
//!   rest; init functions and blank variables are always kept;
//! - an import is kept if its file's kept parts use the package's name;
//! - the methods the runtime and fmt's natives call by name
//!   ([`CALLED_BY_NAME`]) are used from the start.
//!
//! What a kept declaration mentions is used in turn, to a fixpoint. Names
//! are compared without regard to package or scope, so what is kept is a
//! superset of what the JIT's reachability (by types) can ask for: a call,
//! a reference, a selector, a composite-literal key all name what they
//! reach. The one thing the JIT compiles without a name is a method table,
//! which lists every method of a type; a method whose body was dropped is
//! marked [`pruned`](gorun_frontend::syntax::ast::FuncDecl::pruned) and
//! compiles to a fatal error, since nothing can call it.
//!
//! What is dropped is blanked out of the source (each byte a space, line
//! breaks kept), so every position — the lines of tracebacks included — is
//! that of the full file.
//!
//! Invariant this relies on, kept by the sources under `stdlib/go/`: a
//! package-level variable whose name is never used has no initializer
//! with effects beyond the variable (such effects go in `init`, or in a
//! blank variable's initializer).

use rustc_hash::{FxHashMap, FxHashSet};

/// Methods called from outside Go code whose bodies are always kept: fmt's
/// natives call Write and Read through an io.Writer's or io.Reader's itab;
/// Error, looked up by fmt and the runtime's panic printing, belongs to
/// error values, made to be converted to `error`. The other methods the
/// natives look up by name (`gorun_jit::NATIVE_LOOKUPS`: String, Format,
/// ...) are kept when the JIT finds a method table that needs them
/// (`CompileError::NeedBodies`); then the program is loaded again.
pub const CALLED_BY_NAME: &[&str] = &["Write", "Read", "Error"];

/// Method bodies to keep however their names are used: (package path,
/// receiver's type name, method name).
pub type KeptBodies = FxHashSet<(String, String, String)>;

/// Declarations the JIT reads by name: the runtime's panic value types
/// (`gorun_jit`'s `runtime_error_types`). Every program links the runtime
/// package.
const JIT_ROOTS: &[&str] = &[
    "errorString",
    "plainError",
    "boundsError",
    "PanicNilError",
    "TypeAssertionError",
];

/// A standard-library package after pruning: each file's kept source and
/// the offsets of the `func` keywords of methods whose bodies were dropped.
pub struct PrunedPackage {
    pub files: Vec<PrunedFile>,
}

pub struct PrunedFile {
    pub name: &'static str,
    pub src: String,
    pub pruned_bodies: Vec<u32>,
}

/// The pruned standard library of one program, by import path. Packages
/// not listed (the program cannot reach them by name, or they are kept
/// whole) are served as they are.
#[derive(Default)]
pub struct Plan {
    pub packages: FxHashMap<&'static str, PrunedPackage>,
}

/// Computes what of the standard library the program whose main package is
/// `main_files` can reach.
pub fn plan(main_files: &[(String, String)], kept_bodies: &KeptBodies) -> Plan {
    let mut p = Pruner {
        kept_bodies: kept_bodies.clone(),
        ..Pruner::default()
    };
    for name in CALLED_BY_NAME {
        p.use_name(name, true);
    }
    for name in JIT_ROOTS {
        p.use_name(name, false);
    }
    // Every name the main package uses, before any declaration waits.
    let mut imports = Vec::new();
    for (_, src) in main_files {
        let toks = scan(src);
        for (j, t) in toks.iter().enumerate() {
            if t.kind == Kind::Ident {
                p.use_name_owned(text(src, t), is_selector(&toks, j));
            }
        }
        for d in split_decls(src, &toks).1 {
            if let DeclKind::Import(specs) = d.kind {
                imports.extend(specs.into_iter().map(|s| s.path.to_string()));
            }
        }
    }
    p.reach("runtime");
    for path in imports {
        p.reach(&path);
    }
    p.run();
    p.finish()
}

// -- scanning ---------------------------------------------------------------------

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    Ident,
    Lit,
    /// An explicit `;` or one Go's rule inserts at a line break.
    Semi,
    Punct(u8),
}

#[derive(Clone, Copy, Debug)]
struct Tok {
    kind: Kind,
    start: u32,
    end: u32,
}

fn is_ident_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80
}

/// Go's tokens as far as declarations need them: identifiers (keywords
/// included), literals as one token each, punctuation byte by byte
/// (`++` and `--` as one, for the semicolon rule), and semicolons where
/// Go's lexer inserts them. Comments disappear. Never fails: malformed
/// input only gives odd tokens.
fn scan(src: &str) -> Vec<Tok> {
    let b = src.as_bytes();
    let mut toks = Vec::with_capacity(b.len() / 6);
    let mut i = 0;
    // Whether a line break here ends a statement.
    let mut semi_ok = false;
    let tok = |kind, start: usize, end: usize| Tok {
        kind,
        start: start as u32,
        end: end as u32,
    };
    while i < b.len() {
        let c = b[i];
        let start = i;
        match c {
            b'\n' => {
                if semi_ok {
                    toks.push(tok(Kind::Semi, i, i));
                    semi_ok = false;
                }
                i += 1;
                continue;
            }
            b' ' | b'\t' | b'\r' => {
                i += 1;
                continue;
            }
            b'/' if b.get(i + 1) == Some(&b'/') => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            b'/' if b.get(i + 1) == Some(&b'*') => {
                let end = src[i + 2..].find("*/").map_or(b.len(), |e| i + 2 + e + 2);
                if semi_ok && b[i..end].contains(&b'\n') {
                    toks.push(tok(Kind::Semi, i, i));
                    semi_ok = false;
                }
                i = end;
                continue;
            }
            b'"' | b'\'' => {
                i += 1;
                while i < b.len() && b[i] != c && b[i] != b'\n' {
                    i += if b[i] == b'\\' { 2 } else { 1 };
                }
                i = (i + 1).min(b.len());
                toks.push(tok(Kind::Lit, start, i));
                semi_ok = true;
            }
            b'`' => {
                i = src[i + 1..].find('`').map_or(b.len(), |e| i + 1 + e + 1);
                toks.push(tok(Kind::Lit, start, i));
                semi_ok = true;
            }
            b'0'..=b'9' => {
                i = scan_number(b, i);
                toks.push(tok(Kind::Lit, start, i));
                semi_ok = true;
            }
            b'.' if b.get(i + 1).is_some_and(u8::is_ascii_digit) => {
                i = scan_number(b, i);
                toks.push(tok(Kind::Lit, start, i));
                semi_ok = true;
            }
            _ if is_ident_byte(c) => {
                while i < b.len() && is_ident_byte(b[i]) {
                    i += 1;
                }
                toks.push(tok(Kind::Ident, start, i));
                semi_ok = true;
            }
            b';' => {
                i += 1;
                toks.push(tok(Kind::Semi, start, i));
                semi_ok = false;
            }
            b'+' | b'-' if b.get(i + 1) == Some(&c) => {
                i += 2;
                toks.push(tok(Kind::Punct(c), start, i));
                semi_ok = true;
            }
            _ => {
                i += 1;
                toks.push(tok(Kind::Punct(c), start, i));
                semi_ok = matches!(c, b')' | b']' | b'}');
            }
        }
    }
    if semi_ok {
        toks.push(tok(Kind::Semi, b.len(), b.len()));
    }
    toks
}

/// The end of the number literal at `i` (digits, letters, `_`, `.`, and
/// an exponent's sign).
fn scan_number(b: &[u8], mut i: usize) -> usize {
    while i < b.len() {
        let c = b[i];
        let exponent_sign =
            (c == b'+' || c == b'-') && matches!(b[i - 1], b'e' | b'E' | b'p' | b'P');
        if !(c.is_ascii_alphanumeric() || c == b'_' || c == b'.' || exponent_sign) {
            break;
        }
        i += 1;
    }
    i
}

// -- declarations -------------------------------------------------------------------

struct Decl<'s> {
    /// From the keyword to the end of the last token.
    start: u32,
    end: u32,
    kind: DeclKind<'s>,
}

enum DeclKind<'s> {
    Import(Vec<ImportSpec<'s>>),
    /// `const`, `var` or `type`, grouped or not.
    Specs {
        specs: Vec<Spec<'s>>,
        /// A constant group that counts with iota or repeats expressions.
        whole: bool,
        is_var: bool,
    },
    Func(Func<'s>),
}

struct ImportSpec<'s> {
    start: u32,
    end: u32,
    /// The explicit local name (`_`, `.`, or an identifier).
    name: Option<&'s str>,
    path: &'s str,
}

struct Spec<'s> {
    start: u32,
    end: u32,
    names: Vec<&'s str>,
    idents: Vec<Use<'s>>,
}

struct Func<'s> {
    name: &'s str,
    /// The receiver's base type name, for a method.
    recv: Option<&'s str>,
    /// Identifiers of the receiver, type parameters and signature.
    sig_idents: Vec<Use<'s>>,
    /// The body's braces, inclusive, and its identifiers.
    body: Option<(u32, u32)>,
    body_idents: Vec<Use<'s>>,
}

fn text<'s>(src: &'s str, t: &Tok) -> &'s str {
    &src[t.start as usize..t.end as usize]
}

/// An identifier a declaration uses, and whether it follows a `.`: a
/// selector (`x.M`, `pkg.Name`) can name a method, a bare identifier
/// cannot (methods are only ever reached through selectors).
type Use<'s> = (&'s str, bool);

fn is_selector(toks: &[Tok], j: usize) -> bool {
    j > 0 && toks[j - 1].kind == Kind::Punct(b'.')
}

fn idents<'s>(src: &'s str, toks: &[Tok]) -> Vec<Use<'s>> {
    toks.iter()
        .enumerate()
        .filter(|(_, t)| t.kind == Kind::Ident)
        .map(|(j, t)| (text(src, t), is_selector(toks, j)))
        .collect()
}

fn is_open(k: Kind) -> bool {
    matches!(k, Kind::Punct(b'(' | b'[' | b'{'))
}

fn is_close(k: Kind) -> bool {
    matches!(k, Kind::Punct(b')' | b']' | b'}'))
}

/// The tokens inside the bracket at `open` and the index just past the
/// bracket that closes it (the end of `toks` if none does: truncated
/// input gives odd results, never a panic).
fn bracketed(toks: &[Tok], open: usize) -> (&[Tok], usize) {
    let mut depth = 0usize;
    for (j, t) in toks.iter().enumerate().skip(open) {
        if is_open(t.kind) {
            depth += 1;
        } else if is_close(t.kind) {
            depth = depth.saturating_sub(1);
            if depth == 0 {
                return (&toks[(open + 1).min(j)..j], j + 1);
            }
        }
    }
    (&toks[(open + 1).min(toks.len())..], toks.len())
}

/// Splits `toks` at the semicolons outside brackets.
fn split_semis(toks: &[Tok]) -> Vec<&[Tok]> {
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut from = 0;
    for (j, t) in toks.iter().enumerate() {
        if is_open(t.kind) {
            depth += 1;
        } else if is_close(t.kind) {
            depth = depth.saturating_sub(1);
        } else if t.kind == Kind::Semi && depth == 0 {
            if j > from {
                out.push(&toks[from..j]);
            }
            from = j + 1;
        }
    }
    if toks.len() > from {
        out.push(&toks[from..]);
    }
    out
}

/// The package name and top-level declarations of a file.
fn split_decls<'s>(src: &'s str, toks: &[Tok]) -> (&'s str, Vec<Decl<'s>>) {
    let mut pkg = "";
    let mut decls = Vec::new();
    for d in split_semis(toks) {
        let kw = text(src, &d[0]);
        let start = d[0].start;
        let end = d[d.len() - 1].end;
        let rest = &d[1..];
        let kind = match kw {
            "package" => {
                if let Some(t) = rest.first() {
                    pkg = text(src, t);
                }
                continue;
            }
            "import" => DeclKind::Import(
                group(rest)
                    .iter()
                    .filter_map(|s| import_spec(src, s))
                    .collect(),
            ),
            "const" | "var" | "type" => {
                let specs: Vec<Spec> = group(rest)
                    .iter()
                    .map(|s| spec(src, s, kw == "type"))
                    .collect();
                let whole = kw == "const"
                    && specs.len() > 1
                    && group(rest).iter().any(|s| {
                        !s.iter().any(|t| t.kind == Kind::Punct(b'='))
                            || s.iter().any(|t| text(src, t) == "iota")
                    });
                DeclKind::Specs {
                    specs,
                    whole,
                    is_var: kw == "var",
                }
            }
            "func" => match func(src, rest) {
                Some(f) => DeclKind::Func(f),
                None => continue,
            },
            _ => continue,
        };
        decls.push(Decl { start, end, kind });
    }
    (pkg, decls)
}

/// The specs of a declaration: each of a parenthesized group, or the one.
fn group(rest: &[Tok]) -> Vec<&[Tok]> {
    match rest.first() {
        Some(t) if t.kind == Kind::Punct(b'(') => split_semis(bracketed(rest, 0).0),
        _ if rest.is_empty() => Vec::new(),
        _ => vec![rest],
    }
}

fn import_spec<'s>(src: &'s str, s: &[Tok]) -> Option<ImportSpec<'s>> {
    let (name, path) = match s {
        [p] => (None, p),
        [n, p, ..] => (Some(text(src, n)), p),
        [] => return None,
    };
    let path = text(src, path).trim_matches(|c| c == '"' || c == '`');
    Some(ImportSpec {
        start: s[0].start,
        end: s[s.len() - 1].end,
        name,
        path,
    })
}

fn spec<'s>(src: &'s str, s: &[Tok], is_type: bool) -> Spec<'s> {
    // `T ...` for a type; `a, b ...` for constants and variables.
    let mut names = Vec::new();
    let mut j = 0;
    while let Some(t) = s.get(j)
        && t.kind == Kind::Ident
    {
        names.push(text(src, t));
        if is_type || s.get(j + 1).map(|n| n.kind) != Some(Kind::Punct(b',')) {
            break;
        }
        j += 2;
    }
    let idents = if is_type {
        // `T[P any] type` or `T = type`: the parameters' names are not uses.
        let mut uses = Vec::new();
        let mut k = 1;
        if s.get(1).map(|t| t.kind) == Some(Kind::Punct(b'['))
            && s.get(2).map(|t| t.kind) == Some(Kind::Ident)
            && s.get(3)
                .is_some_and(|t| t.kind == Kind::Ident || t.kind == Kind::Punct(b'~'))
        {
            let (tparams, end) = bracketed(s, 1);
            params(src, tparams, &mut uses);
            k = end;
        }
        type_uses(src, &s[k.min(s.len())..], &mut uses);
        uses
    } else {
        idents(src, s)
    };
    Spec {
        start: s[0].start,
        end: s[s.len() - 1].end,
        names,
        idents,
    }
}

/// A function declaration after its `func` keyword.
fn func<'s>(src: &'s str, rest: &[Tok]) -> Option<Func<'s>> {
    let mut i = 0;
    let mut recv = None;
    let mut recv_list: &[Tok] = &[];
    if rest.first()?.kind == Kind::Punct(b'(') {
        let (list, close) = bracketed(rest, 0);
        recv_list = list;
        // The base type is the last identifier before any type arguments:
        // `(f *File)`, `(File)`, `(l *List[T])`.
        recv = list
            .iter()
            .take_while(|t| t.kind != Kind::Punct(b'['))
            .filter(|t| t.kind == Kind::Ident)
            .last()
            .map(|t| text(src, t));
        i = close;
    }
    let name = text(src, rest.get(i).filter(|t| t.kind == Kind::Ident)?);
    // The body is the first brace outside brackets that does not open a
    // struct or interface type.
    let mut j = i + 1;
    let mut body = None;
    while j < rest.len() {
        let t = rest[j];
        if t.kind == Kind::Punct(b'{') {
            let end = bracketed(rest, j).1;
            let literal = j > 0 && matches!(text(src, &rest[j - 1]), "struct" | "interface");
            if !literal {
                body = Some((j, end));
                break;
            }
            j = end;
        } else if is_open(t.kind) {
            j = bracketed(rest, j).1;
        } else {
            j += 1;
        }
    }
    // What the signature names: the receiver's and parameters' types, not
    // the function's own name (a call names it again) nor its parameters'.
    let sig_end = body.map_or(rest.len(), |(s, _)| s);
    let mut sig_idents = Vec::new();
    params(src, recv_list, &mut sig_idents);
    let mut k = i + 1;
    if rest.get(k).map(|t| t.kind) == Some(Kind::Punct(b'[')) {
        let (tparams, end) = bracketed(rest, k);
        params(src, tparams, &mut sig_idents);
        k = end;
    }
    signature(src, &rest[k.min(sig_end)..sig_end], &mut sig_idents);
    Some(Func {
        name,
        recv,
        sig_idents,
        body: body.map(|(s, e)| (rest[s].start, rest[e - 1].end)),
        body_idents: body.map_or(Vec::new(), |(s, e)| idents(src, &rest[s..e])),
    })
}

/// The identifiers of a type that name declarations: all but the names
/// of parameters, results, struct fields and interface methods, which
/// whatever uses them names again.
fn type_uses<'s>(src: &'s str, toks: &[Tok], out: &mut Vec<Use<'s>>) {
    let mut j = 0;
    while j < toks.len() {
        let t = toks[j];
        let next = toks.get(j + 1).map(|t| t.kind);
        if t.kind == Kind::Ident {
            match text(src, &t) {
                w @ ("struct" | "interface") if next == Some(Kind::Punct(b'{')) => {
                    let (body, end) = bracketed(toks, j + 1);
                    members(src, body, w == "struct", out);
                    j = end;
                    continue;
                }
                "func" if next == Some(Kind::Punct(b'(')) => {
                    // A function type: its signature runs to the end of
                    // this type (a result type may follow).
                    signature(src, &toks[j + 1..], out);
                    return;
                }
                w => out.push((w, is_selector(toks, j))),
            }
        }
        j += 1;
    }
}

/// `(params) results` of a signature.
fn signature<'s>(src: &'s str, toks: &[Tok], out: &mut Vec<Use<'s>>) {
    if toks.first().map(|t| t.kind) != Some(Kind::Punct(b'(')) {
        type_uses(src, toks, out);
        return;
    }
    let (ps, end) = bracketed(toks, 0);
    params(src, ps, out);
    let results = &toks[end..];
    if results.first().map(|t| t.kind) == Some(Kind::Punct(b'(')) {
        let (rs, rend) = bracketed(results, 0);
        params(src, rs, out);
        type_uses(src, &results[rend..], out);
    } else {
        type_uses(src, results, out);
    }
}

/// Splits `toks` at the commas outside brackets.
fn split_commas(toks: &[Tok]) -> Vec<&[Tok]> {
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut from = 0;
    for (j, t) in toks.iter().enumerate() {
        if is_open(t.kind) {
            depth += 1;
        } else if is_close(t.kind) {
            depth = depth.saturating_sub(1);
        } else if t.kind == Kind::Punct(b',') && depth == 0 {
            out.push(&toks[from..j]);
            from = j + 1;
        }
    }
    if toks.len() > from {
        out.push(&toks[from..]);
    }
    out
}

/// Whether a parameter or field starts with its name: `name T`, not the
/// type `pkg.T` or `G[T]`. (`a [N]T` reads as a type: over-approximating
/// is safe, dropping a type's name would not be.)
fn starts_with_name(src: &str, e: &[Tok]) -> bool {
    if e.len() < 2 || e[0].kind != Kind::Ident {
        return false;
    }
    match e[1].kind {
        Kind::Punct(b'.') | Kind::Lit => false,
        Kind::Punct(b'[') => matches!(
            e.get(2).map(|t| t.kind),
            Some(Kind::Punct(b']')) | Some(Kind::Lit)
        ),
        Kind::Ident => !matches!(
            text(src, &e[0]),
            "func" | "chan" | "map" | "struct" | "interface"
        ),
        _ => true,
    }
}

/// A parameter (or type parameter) list: `a, b int, c string` or `int, string`.
fn params<'s>(src: &'s str, toks: &[Tok], out: &mut Vec<Use<'s>>) {
    let elems = split_commas(toks);
    // Go: either every parameter is named or none is.
    let named = elems.iter().any(|e| starts_with_name(src, e));
    for e in elems {
        let from = (named && e.first().is_some_and(|t| t.kind == Kind::Ident)) as usize;
        type_uses(src, &e[from..], out);
    }
}

/// The body of a struct or interface type, less field and method names.
fn members<'s>(src: &'s str, toks: &[Tok], is_struct: bool, out: &mut Vec<Use<'s>>) {
    for m in split_semis(toks) {
        if is_struct {
            // `a, b T "tag"` or an embedded `T`, `*T`, `pkg.T`, `G[T]`.
            let mut from = 0;
            if starts_with_name(src, m) || m.get(1).map(|t| t.kind) == Some(Kind::Punct(b',')) {
                while m.get(from + 1).map(|t| t.kind) == Some(Kind::Punct(b',')) {
                    from += 2;
                }
                from += 1;
            }
            type_uses(src, &m[from.min(m.len())..], out);
        } else if m.len() >= 2 && m[0].kind == Kind::Ident && m[1].kind == Kind::Punct(b'(') {
            signature(src, &m[1..], out);
        } else {
            type_uses(src, m, out);
        }
    }
}

// -- the fixpoint -------------------------------------------------------------------

/// What becomes kept when a name is first used.
#[derive(Clone, Copy)]
enum Item {
    /// One spec of a declaration (or all specs, for a whole group).
    Spec {
        pkg: u32,
        file: u32,
        decl: u32,
        spec: u32,
    },
    /// A function, or a method's declaration.
    Func { pkg: u32, file: u32, decl: u32 },
    /// A method's body.
    Body { pkg: u32, file: u32, decl: u32 },
}

struct PkgState<'s> {
    path: &'static str,
    files: Vec<FileState<'s>>,
}

struct FileState<'s> {
    name: &'static str,
    src: &'s str,
    decls: Vec<Decl<'s>>,
    /// Per declaration: for specs, which are kept; for functions, [decl, body].
    kept: Vec<Vec<bool>>,
    /// The file's imports: (local name, path, kept).
    imports: Vec<(&'s str, &'s str, bool)>,
}

#[derive(Default)]
struct Pruner {
    pkgs: Vec<PkgState<'static>>,
    by_path: FxHashMap<&'static str, u32>,
    /// Names used anywhere, and those used as selectors.
    used: FxHashSet<&'static str>,
    used_sel: FxHashSet<&'static str>,
    /// The same for the main package (not borrowed from the embedded
    /// sources).
    used_owned: FxHashSet<String>,
    used_owned_sel: FxHashSet<String>,
    /// Package-level declarations by the name that keeps them (used in any
    /// way), and method bodies by theirs (used as a selector).
    waiting: FxHashMap<&'static str, Vec<Item>>,
    waiting_sel: FxHashMap<&'static str, Vec<Item>>,
    queue: Vec<Item>,
    kept_bodies: KeptBodies,
}

impl Pruner {
    fn is_used(&self, n: &str) -> bool {
        self.used.contains(n) || self.used_owned.contains(n)
    }

    fn is_used_sel(&self, n: &str) -> bool {
        self.used_sel.contains(n) || self.used_owned_sel.contains(n)
    }

    /// Releases what waits for `n`: package-level declarations in any
    /// case, method bodies if `n` is a selector.
    fn release(&mut self, n: &str, sel: bool) {
        if let Some(items) = self.waiting.remove(n) {
            self.queue.extend(items);
        }
        if sel && let Some(items) = self.waiting_sel.remove(n) {
            self.queue.extend(items);
        }
    }

    fn use_name(&mut self, n: &'static str, sel: bool) {
        let new = self.used.insert(n);
        let new_sel = sel && self.used_sel.insert(n);
        if new || new_sel {
            self.release(n, sel);
        }
    }

    fn use_name_owned(&mut self, n: &str, sel: bool) {
        let new = !self.used_owned.contains(n);
        if new {
            self.used_owned.insert(n.to_string());
        }
        let new_sel = sel && !self.used_owned_sel.contains(n);
        if new_sel {
            self.used_owned_sel.insert(n.to_string());
        }
        if new || new_sel {
            self.release(n, sel);
        }
    }

    /// Item `it` is kept once `name` is used.
    fn wait(&mut self, name: &'static str, it: Item) {
        if self.is_used(name) {
            self.queue.push(it);
        } else {
            self.waiting.entry(name).or_default().push(it);
        }
    }

    /// Item `it` (a method body) is kept once `name` is used as a selector.
    fn wait_sel(&mut self, name: &'static str, it: Item) {
        if self.is_used_sel(name) {
            self.queue.push(it);
        } else {
            self.waiting_sel.entry(name).or_default().push(it);
        }
    }

    /// Indexes the package at `path` once, if it is a prunable package of
    /// the embedded standard library.
    fn reach(&mut self, path: &str) {
        if self.by_path.contains_key(path) {
            return;
        }
        let Some(p) = gorun_stdlib::package(path) else {
            return;
        };
        let pi = self.pkgs.len() as u32;
        self.by_path.insert(p.path, pi);
        let mut files = Vec::with_capacity(p.files.len());
        for f in p.files {
            let toks = scan(f.src);
            let (_, decls) = split_decls(f.src, &toks);
            let kept = decls
                .iter()
                .map(|d| match &d.kind {
                    DeclKind::Specs { specs, .. } => vec![false; specs.len()],
                    DeclKind::Func(_) => vec![false; 2],
                    DeclKind::Import(_) => Vec::new(),
                })
                .collect();
            let mut imports = Vec::new();
            for d in &decls {
                if let DeclKind::Import(specs) = &d.kind {
                    for s in specs {
                        let name = s.name.unwrap_or_else(|| package_name(s.path));
                        imports.push((name, s.path, false));
                    }
                }
            }
            files.push(FileState {
                name: f.name,
                src: f.src,
                decls,
                kept,
                imports,
            });
        }
        self.pkgs.push(PkgState {
            path: p.path,
            files,
        });
        // What each declaration waits for.
        for fi in 0..self.pkgs[pi as usize].files.len() {
            let mut waits: Vec<(&'static str, Item)> = Vec::new();
            let mut now: Vec<Item> = Vec::new();
            let f = &self.pkgs[pi as usize].files[fi];
            for (di, d) in f.decls.iter().enumerate() {
                let (pkg, file, decl) = (pi, fi as u32, di as u32);
                match &d.kind {
                    DeclKind::Import(_) => {}
                    DeclKind::Specs {
                        specs,
                        whole,
                        is_var,
                    } => {
                        for (si, s) in specs.iter().enumerate() {
                            let it = Item::Spec {
                                pkg,
                                file,
                                decl,
                                spec: if *whole { u32::MAX } else { si as u32 },
                            };
                            if *is_var && s.names.contains(&"_") {
                                now.push(it);
                            }
                            for n in &s.names {
                                waits.push((n, it));
                            }
                        }
                    }
                    DeclKind::Func(fd) => {
                        let it = Item::Func { pkg, file, decl };
                        match fd.recv {
                            Some(t) => waits.push((t, it)),
                            None if fd.name == "init" => now.push(it),
                            None => waits.push((fd.name, it)),
                        }
                    }
                }
            }
            // Blank and dot imports are kept: their effect is not by name.
            for imp in &mut self.pkgs[pi as usize].files[fi].imports {
                if imp.0 == "_" || imp.0 == "." {
                    imp.2 = true;
                }
            }
            let paths: Vec<&'static str> = self.pkgs[pi as usize].files[fi]
                .imports
                .iter()
                .filter(|i| i.2)
                .map(|i| i.1)
                .collect();
            for p in paths {
                self.reach(p);
            }
            self.queue.extend(now);
            for (n, it) in waits {
                self.wait(n, it);
            }
        }
    }

    /// Keeps items until nothing new is used.
    fn run(&mut self) {
        while let Some(it) = self.queue.pop() {
            self.keep(it);
        }
    }

    fn keep(&mut self, it: Item) {
        let (pkg, file, decl) = match it {
            Item::Spec {
                pkg, file, decl, ..
            }
            | Item::Func { pkg, file, decl }
            | Item::Body { pkg, file, decl } => (pkg as usize, file as usize, decl as usize),
        };
        let path = self.pkgs[pkg].path;
        let f = &mut self.pkgs[pkg].files[file];
        let d = &f.decls[decl];
        let mut uses: Vec<Use<'static>> = Vec::new();
        let mut body_wait = None;
        match (it, &d.kind) {
            (Item::Spec { spec, .. }, DeclKind::Specs { specs, .. }) => {
                let range = if spec == u32::MAX {
                    0..specs.len()
                } else {
                    spec as usize..spec as usize + 1
                };
                for si in range {
                    if !f.kept[decl][si] {
                        f.kept[decl][si] = true;
                        uses.extend(&specs[si].idents);
                    }
                }
            }
            (Item::Func { .. }, DeclKind::Func(fd)) if !f.kept[decl][0] => {
                f.kept[decl][0] = true;
                uses.extend(&fd.sig_idents);
                if let Some(recv) = fd.recv {
                    body_wait = Some(fd.name);
                    if !self.kept_bodies.is_empty()
                        && self.kept_bodies.contains(&(
                            path.to_string(),
                            recv.to_string(),
                            fd.name.to_string(),
                        ))
                    {
                        self.queue.push(Item::Body {
                            pkg: pkg as u32,
                            file: file as u32,
                            decl: decl as u32,
                        });
                    }
                } else {
                    f.kept[decl][1] = true;
                    uses.extend(&fd.body_idents);
                }
            }
            (Item::Body { .. }, DeclKind::Func(fd)) if !f.kept[decl][1] => {
                f.kept[decl][1] = true;
                uses.extend(&fd.body_idents);
            }
            _ => {}
        }
        if let Some(n) = body_wait {
            let it = Item::Body {
                pkg: pkg as u32,
                file: file as u32,
                decl: decl as u32,
            };
            self.wait_sel(n, it);
        }
        // The file's imports its kept parts name.
        let mut reach = Vec::new();
        let f = &mut self.pkgs[pkg].files[file];
        for imp in f.imports.iter_mut().filter(|i| !i.2) {
            if uses.iter().any(|u| u.0 == imp.0) {
                imp.2 = true;
                reach.push(imp.1);
            }
        }
        for p in reach {
            self.reach(p);
        }
        for (n, sel) in uses {
            self.use_name(n, sel);
        }
    }

    /// The kept sources: dropped parts blanked.
    fn finish(self) -> Plan {
        if std::env::var_os("GORUN_DEBUG_PRUNE").is_some() {
            self.report();
        }
        let mut plan = Plan::default();
        for p in self.pkgs {
            let files = p.files.iter().map(blank_file).collect();
            plan.packages.insert(p.path, PrunedPackage { files });
        }
        plan
    }
}

impl Pruner {
    /// Prints what was kept (GORUN_DEBUG_PRUNE): per package, the share of
    /// declarations, and the functions with bodies.
    fn report(&self) {
        for p in &self.pkgs {
            let (mut kept, mut all) = (0, 0);
            let mut bodies = Vec::new();
            for f in &p.files {
                for (d, k) in f.decls.iter().zip(&f.kept) {
                    all += 1;
                    kept += k.iter().any(|&k| k) as usize;
                    if let DeclKind::Func(fd) = &d.kind
                        && k[1]
                    {
                        bodies.push(match fd.recv {
                            Some(r) => format!("{r}.{}", fd.name),
                            None => fd.name.to_string(),
                        });
                    }
                }
            }
            eprintln!(
                "prune: {}: {kept}/{all} declarations; bodies: {}",
                p.path,
                bodies.join(" ")
            );
        }
    }
}

/// The name a package declares, which an import without a name binds:
/// the embedded sources' package clause (the last path element otherwise).
fn package_name(path: &str) -> &str {
    if let Some(p) = gorun_stdlib::package(path)
        && let Some(f) = p.files.first()
    {
        let toks = scan_package_clause(f.src);
        if let Some(n) = toks {
            return n;
        }
    }
    path.rsplit('/').next().unwrap_or(path)
}

/// The name in a file's package clause, found without scanning the file.
fn scan_package_clause(src: &'static str) -> Option<&'static str> {
    let mut rest = src;
    loop {
        let line = rest.lines().next()?;
        if let Some(n) = line.strip_prefix("package ") {
            return n.split_whitespace().next();
        }
        rest = rest.get(line.len() + 1..)?;
    }
}

/// A file's source with what was not kept replaced by spaces.
fn blank_file(f: &FileState<'_>) -> PrunedFile {
    let mut src = f.src.as_bytes().to_vec();
    let mut blank = |from: u32, to: u32| {
        for c in &mut src[from as usize..to as usize] {
            if *c != b'\n' {
                *c = b' ';
            }
        }
    };
    let mut pruned_bodies = Vec::new();
    let mut import_idx = 0;
    for (di, d) in f.decls.iter().enumerate() {
        let kept = &f.kept[di];
        match &d.kind {
            DeclKind::Import(specs) => {
                let ks = &f.imports[import_idx..import_idx + specs.len()];
                import_idx += specs.len();
                if ks.iter().all(|i| !i.2) {
                    blank(d.start, d.end);
                } else {
                    for (s, k) in specs.iter().zip(ks) {
                        if !k.2 {
                            blank(s.start, s.end);
                        }
                    }
                }
            }
            DeclKind::Specs { specs, .. } => {
                if kept.iter().all(|k| !k) {
                    blank(d.start, d.end);
                } else {
                    for (s, k) in specs.iter().zip(kept) {
                        if !k {
                            blank(s.start, s.end);
                        }
                    }
                }
            }
            DeclKind::Func(fd) => {
                if !kept[0] {
                    blank(d.start, d.end);
                } else if !kept[1]
                    && let Some((s, e)) = fd.body
                {
                    blank(s, e);
                    pruned_bodies.push(d.start);
                }
            }
        }
    }
    PrunedFile {
        name: f.name,
        // Only ASCII spaces replaced whole spans of valid UTF-8.
        src: String::from_utf8(src).unwrap_or_else(|_| f.src.to_string()),
        pruned_bodies,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(src: &str) -> String {
        scan(src)
            .iter()
            .map(|t| match t.kind {
                Kind::Semi => ";".to_string(),
                Kind::Lit => "L".to_string(),
                _ => text(src, t).to_string(),
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn scan_inserts_semicolons_and_skips_comments_and_literals() {
        assert_eq!(kinds("x++\ny // c\n/* a\nb */ z"), "x ++ ; y ; z ;");
        assert_eq!(kinds("f(\"a{\" + `}\n` + '}')\n"), "f ( L + L + L ) ;");
        assert_eq!(kinds("a = 1e+5 +\n2\n"), "a = L + L ;");
    }

    fn names<'s>(uses: &[Use<'s>]) -> Vec<&'s str> {
        uses.iter().map(|u| u.0).collect()
    }

    fn func_of(src: &str) -> Func<'_> {
        let toks = scan(src);
        let (_, mut decls) = split_decls(src, &toks);
        match decls.remove(0).kind {
            DeclKind::Func(f) => f,
            _ => panic!("not a function"),
        }
    }

    #[test]
    fn truncated_sources_never_panic() {
        let src = gorun_stdlib::package("time").unwrap().files[0].src;
        for cut in (0..src.len())
            .step_by(3)
            .filter(|&c| src.is_char_boundary(c))
        {
            let s = &src[..cut];
            let toks = scan(s);
            let _ = split_decls(s, &toks);
        }
    }

    #[test]
    fn functions_split_into_receiver_signature_and_body() {
        let src =
            "func (l *List[T]) Push(v T, w io.Writer) (n int, err error) { return l.push(v) }";
        let f = func_of(src);
        assert_eq!((f.name, f.recv), ("Push", Some("List")));
        // Parameter and receiver names are not uses; their types are.
        assert_eq!(
            names(&f.sig_idents),
            ["List", "T", "T", "io", "Writer", "int", "error"]
        );
        // `io.Writer` is a selector; `List` is not.
        assert_eq!(f.sig_idents[3..5], [("io", false), ("Writer", true)]);
        let (s, e) = f.body.unwrap();
        assert_eq!(&src[s as usize..e as usize], "{ return l.push(v) }");
        assert!(f.body_idents.contains(&("push", true)));
        assert!(f.body_idents.contains(&("l", false)));

        // A struct result type is not the body; a native has none.
        let f = func_of("func f() struct{ a int } { return x }");
        assert_eq!(names(&f.sig_idents), ["int"]);
        assert!(f.body_idents.contains(&("x", false)));
        assert!(
            func_of("func now() (sec int64, nsec int32)\n")
                .body
                .is_none()
        );
        // Unnamed parameters are all types.
        assert_eq!(
            names(&func_of("func g(int, pkg.T) {}").sig_idents),
            ["int", "pkg", "T"]
        );
    }

    #[test]
    fn type_specs_use_types_not_member_names() {
        let src = "type (\n\tS[K comparable] struct {\n\t\ta, b int\n\t\t*Embedded\n\t\tpkg.Other `tag`\n\t\tf func(x X) Y\n\t}\n\tI interface {\n\t\tM(p P) R\n\t\tio.Reader\n\t}\n)\n";
        let toks = scan(src);
        let (_, decls) = split_decls(src, &toks);
        let DeclKind::Specs { specs, .. } = &decls[0].kind else {
            panic!("not specs")
        };
        assert_eq!(specs[0].names, ["S"]);
        assert_eq!(
            names(&specs[0].idents),
            ["comparable", "int", "Embedded", "pkg", "Other", "X", "Y"]
        );
        assert_eq!(names(&specs[1].idents), ["P", "R", "io", "Reader"]);
    }

    #[test]
    fn constant_groups_with_iota_are_whole() {
        let src = "const (\n\tA = iota\n\tB\n)\nconst (\n\tC = 1\n\tD = 2\n)\nvar x, y = f()\n";
        let toks = scan(src);
        let (_, decls) = split_decls(src, &toks);
        let whole: Vec<bool> = decls
            .iter()
            .map(|d| match &d.kind {
                DeclKind::Specs { whole, .. } => *whole,
                _ => panic!("not specs"),
            })
            .collect();
        assert_eq!(whole, [true, false, false]);
        let DeclKind::Specs { specs, .. } = &decls[2].kind else {
            panic!("not specs")
        };
        assert_eq!(specs[0].names, ["x", "y"]);
    }

    fn pruned(main: &str, kept: &KeptBodies, path: &str) -> Vec<PrunedFile> {
        let plan = plan(&[("main.go".into(), main.into())], kept);
        plan.packages
            .into_iter()
            .find(|(p, _)| *p == path)
            .expect("package reached")
            .1
            .files
    }

    fn has_body(files: &[PrunedFile], needle: &str) -> bool {
        files.iter().any(|f| f.src.contains(needle))
    }

    #[test]
    fn hello_world_keeps_what_println_reaches() {
        let main = "package main\nimport \"fmt\"\nfunc main() { fmt.Println(\"hi\") }\n";
        let os = pruned(main, &KeptBodies::default(), "os");
        // fmt writes to os.Stdout through (*File).Write.
        assert!(has_body(
            &os,
            "func (f *File) Write(b []byte) (n int, err error) {"
        ));
        // Positions are those of the full files.
        for f in &os {
            let orig = gorun_stdlib::package("os")
                .unwrap()
                .files
                .iter()
                .find(|o| o.name == f.name)
                .unwrap();
            assert_eq!(f.src.len(), orig.src.len());
            assert_eq!(f.src.lines().count(), orig.src.lines().count());
        }
        // Time's methods are declared (os's FileInfo needs the type) but
        // Format's body is dropped and marked.
        let time = pruned(main, &KeptBodies::default(), "time");
        assert!(has_body(
            &time,
            "func (t Time) Format(layout string) string"
        ));
        assert!(!has_body(
            &time,
            "func (t Time) Format(layout string) string {"
        ));
        assert!(time.iter().any(|f| !f.pruned_bodies.is_empty()));
        // Unused functions are gone entirely.
        assert!(!has_body(&time, "func ParseDuration("));
    }

    #[test]
    fn kept_bodies_survive_pruning() {
        let main = "package main\nimport \"time\"\nfunc main() { _ = time.Now() }\n";
        let mut kept = KeptBodies::default();
        let before = pruned(main, &kept, "time");
        assert!(!has_body(&before, "func (t Time) String() string {"));
        kept.insert(("time".into(), "Time".into(), "String".into()));
        let after = pruned(main, &kept, "time");
        assert!(has_body(&after, "func (t Time) String() string {"));
    }

    #[test]
    fn the_runtime_keeps_what_main_and_the_jit_use() {
        let main = "package main\nimport \"runtime\"\nfunc main() { runtime.GOMAXPROCS(0) }\n";
        let rt = pruned(main, &KeptBodies::default(), "runtime");
        assert!(has_body(&rt, "func GOMAXPROCS(n int) int"));
        assert!(has_body(&rt, "type boundsError struct"));
        assert!(!has_body(&rt, "func NumGoroutine() int"));
    }

    #[test]
    fn only_selectors_keep_method_bodies() {
        // A local named Second does not keep (Time).Second's body...
        let main = "package main\nimport \"time\"\nfunc main() { Second := 1; _ = Second; _ = time.Now() }\n";
        let time = pruned(main, &KeptBodies::default(), "time");
        assert!(!has_body(&time, "func (t Time) Second() int {"));
        // ... a selector does.
        let main = "package main\nimport \"time\"\nfunc main() { _ = time.Now().Second() }\n";
        let time = pruned(main, &KeptBodies::default(), "time");
        assert!(has_body(&time, "func (t Time) Second() int {"));
    }

    #[test]
    fn a_used_constant_keeps_its_iota_group() {
        let main = "package main\nimport \"time\"\nfunc main() { println(time.March) }\n";
        let time = pruned(main, &KeptBodies::default(), "time");
        assert!(has_body(&time, "January Month = 1 + iota"));
        assert!(has_body(&time, "December"));
    }
}
