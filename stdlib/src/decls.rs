//! The declarations of Go source, found by scanning bytes: what the
//! loader's pruning (`cmd/src/prune/`) needs of a file without lexing or
//! parsing it. Tokens are identifiers, literals, punctuation and the
//! semicolons Go's lexer would insert; top-level declarations are split at
//! semicolons outside brackets, and each yields its names and the
//! identifiers it uses.
//!
//! The embedded standard library's files are split at build time
//! (`build.rs` compiles this file too): each [`crate::SourceFile`] carries
//! its declarations [`encode`]d, and [`decode`] gives them back without
//! scanning. User files are scanned when loaded.
//!
//! Invariants: no input makes these functions panic (truncated or
//! malformed source only gives odd declarations), since they see user
//! files before the parser does; every string in a [`Decl`] is a slice of
//! its source, which is what lets an encoding be offsets.

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    Ident,
    Lit,
    /// An explicit `;` or one Go's rule inserts at a line break.
    Semi,
    Punct(u8),
}

#[derive(Clone, Copy, Debug)]
pub struct Tok {
    pub kind: Kind,
    pub start: u32,
    pub end: u32,
}

fn is_ident_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80
}

/// Go's tokens as far as declarations need them: identifiers (keywords
/// included), literals as one token each, punctuation byte by byte
/// (`++` and `--` as one, for the semicolon rule), and semicolons where
/// Go's lexer inserts them. Comments disappear. Never fails: malformed
/// input only gives odd tokens.
pub fn scan(src: &str) -> Vec<Tok> {
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

pub struct Decl<'s> {
    /// From the keyword to the end of the last token.
    pub start: u32,
    pub end: u32,
    pub kind: DeclKind<'s>,
}

pub enum DeclKind<'s> {
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

pub struct ImportSpec<'s> {
    pub start: u32,
    pub end: u32,
    /// The explicit local name (`_`, `.`, or an identifier).
    pub name: Option<&'s str>,
    pub path: &'s str,
}

pub struct Spec<'s> {
    pub start: u32,
    pub end: u32,
    pub names: Vec<&'s str>,
    pub idents: Vec<Use<'s>>,
}

pub struct Func<'s> {
    pub name: &'s str,
    /// The receiver's base type name, for a method.
    pub recv: Option<&'s str>,
    /// Identifiers of the receiver, type parameters and signature.
    pub sig_idents: Vec<Use<'s>>,
    /// The body's braces, inclusive, and its identifiers.
    pub body: Option<(u32, u32)>,
    pub body_idents: Vec<Use<'s>>,
}

pub fn text<'s>(src: &'s str, t: &Tok) -> &'s str {
    &src[t.start as usize..t.end as usize]
}

/// An identifier a declaration uses, and whether it follows a `.`: a
/// selector (`x.M`, `pkg.Name`) can name a method, a bare identifier
/// cannot (methods are only ever reached through selectors).
pub type Use<'s> = (&'s str, bool);

pub fn is_selector(toks: &[Tok], j: usize) -> bool {
    j > 0 && toks[j - 1].kind == Kind::Punct(b'.')
}

pub fn idents<'s>(src: &'s str, toks: &[Tok]) -> Vec<Use<'s>> {
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

/// Splits `toks` at the separators `sep` outside brackets, dropping empty
/// pieces.
fn split_at(toks: &[Tok], sep: Kind) -> Vec<&[Tok]> {
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut from = 0;
    for (j, t) in toks.iter().enumerate() {
        if is_open(t.kind) {
            depth += 1;
        } else if is_close(t.kind) {
            depth = depth.saturating_sub(1);
        } else if t.kind == sep && depth == 0 {
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
pub fn split_decls<'s>(src: &'s str, toks: &[Tok]) -> (&'s str, Vec<Decl<'s>>) {
    let mut pkg = "";
    let mut decls = Vec::new();
    for d in split_at(toks, Kind::Semi) {
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
        Some(t) if t.kind == Kind::Punct(b'(') => split_at(bracketed(rest, 0).0, Kind::Semi),
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
    let elems = split_at(toks, Kind::Punct(b','));
    // Go: either every parameter is named or none is.
    let named = elems.iter().any(|e| starts_with_name(src, e));
    for e in elems {
        let from = (named && e.first().is_some_and(|t| t.kind == Kind::Ident)) as usize;
        type_uses(src, &e[from..], out);
    }
}

/// The body of a struct or interface type, less field and method names.
fn members<'s>(src: &'s str, toks: &[Tok], is_struct: bool, out: &mut Vec<Use<'s>>) {
    for m in split_at(toks, Kind::Semi) {
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

// -- encoding -----------------------------------------------------------------------

/// Declarations as bytes (little-endian u32s; strings as offset and length
/// in the source; a list of uses deduplicated, since only the set
/// matters): what `build.rs` embeds beside each file.
pub fn encode(src: &str, decls: &[Decl<'_>]) -> Vec<u8> {
    let mut w = Enc { src, b: Vec::new() };
    w.u32(decls.len() as u32);
    for d in decls {
        w.u32(d.start);
        w.u32(d.end);
        match &d.kind {
            DeclKind::Import(specs) => {
                w.u32(0);
                w.u32(specs.len() as u32);
                for s in specs {
                    w.u32(s.start);
                    w.u32(s.end);
                    w.opt_str(s.name);
                    w.str(s.path);
                }
            }
            DeclKind::Specs {
                specs,
                whole,
                is_var,
            } => {
                w.u32(1);
                w.u32(*whole as u32 | (*is_var as u32) << 1);
                w.u32(specs.len() as u32);
                for s in specs {
                    w.u32(s.start);
                    w.u32(s.end);
                    w.u32(s.names.len() as u32);
                    for n in &s.names {
                        w.str(n);
                    }
                    w.uses(&s.idents);
                }
            }
            DeclKind::Func(f) => {
                w.u32(2);
                w.str(f.name);
                w.opt_str(f.recv);
                w.uses(&f.sig_idents);
                match f.body {
                    Some((a, b)) => {
                        w.u32(1);
                        w.u32(a);
                        w.u32(b);
                    }
                    None => w.u32(0),
                }
                w.uses(&f.body_idents);
            }
        }
    }
    w.b
}

/// The declarations [`encode`] wrote for `src`; None if the bytes do not
/// fit the source (never trusted blindly).
pub fn decode<'s>(src: &'s str, bytes: &[u8]) -> Option<Vec<Decl<'s>>> {
    let mut r = Dec {
        src,
        b: bytes,
        at: 0,
    };
    let n = r.u32()?;
    let mut decls = Vec::with_capacity(n.min(1 << 16) as usize);
    for _ in 0..n {
        let start = r.u32()?;
        let end = r.u32()?;
        let kind = match r.u32()? {
            0 => {
                let mut specs = Vec::new();
                for _ in 0..r.u32()? {
                    specs.push(ImportSpec {
                        start: r.u32()?,
                        end: r.u32()?,
                        name: r.opt_str()?,
                        path: r.str()?,
                    });
                }
                DeclKind::Import(specs)
            }
            1 => {
                let flags = r.u32()?;
                let mut specs = Vec::new();
                for _ in 0..r.u32()? {
                    let start = r.u32()?;
                    let end = r.u32()?;
                    let mut names = Vec::new();
                    for _ in 0..r.u32()? {
                        names.push(r.str()?);
                    }
                    specs.push(Spec {
                        start,
                        end,
                        names,
                        idents: r.uses()?,
                    });
                }
                DeclKind::Specs {
                    specs,
                    whole: flags & 1 != 0,
                    is_var: flags & 2 != 0,
                }
            }
            2 => {
                let name = r.str()?;
                let recv = r.opt_str()?;
                let sig_idents = r.uses()?;
                let body = match r.u32()? {
                    0 => None,
                    _ => Some((r.u32()?, r.u32()?)),
                };
                DeclKind::Func(Func {
                    name,
                    recv,
                    sig_idents,
                    body,
                    body_idents: r.uses()?,
                })
            }
            _ => return None,
        };
        decls.push(Decl { start, end, kind });
    }
    (r.at == bytes.len()).then_some(decls)
}

struct Enc<'a> {
    src: &'a str,
    b: Vec<u8>,
}

impl Enc<'_> {
    fn u32(&mut self, v: u32) {
        self.b.extend_from_slice(&v.to_le_bytes());
    }

    /// A slice of the source, as its offset and length.
    fn str(&mut self, s: &str) {
        if s.is_empty() {
            self.u32(0);
            self.u32(0);
            return;
        }
        let off = (s.as_ptr() as usize).wrapping_sub(self.src.as_ptr() as usize);
        assert!(
            off + s.len() <= self.src.len(),
            "a string outside the source"
        );
        self.u32(off as u32);
        self.u32(s.len() as u32);
    }

    fn opt_str(&mut self, s: Option<&str>) {
        match s {
            Some(s) => {
                self.u32(1);
                self.str(s);
            }
            None => self.u32(0),
        }
    }

    fn uses(&mut self, uses: &[Use<'_>]) {
        let mut u: Vec<Use<'_>> = uses.to_vec();
        u.sort();
        u.dedup();
        self.u32(u.len() as u32);
        for (s, sel) in u {
            self.str(s);
            self.u32(sel as u32);
        }
    }
}

struct Dec<'s, 'b> {
    src: &'s str,
    b: &'b [u8],
    at: usize,
}

impl<'s> Dec<'s, '_> {
    fn u32(&mut self) -> Option<u32> {
        let v = self.b.get(self.at..self.at + 4)?;
        self.at += 4;
        Some(u32::from_le_bytes(v.try_into().ok()?))
    }

    fn str(&mut self) -> Option<&'s str> {
        let off = self.u32()? as usize;
        let len = self.u32()? as usize;
        self.src.get(off..off.checked_add(len)?)
    }

    fn opt_str(&mut self) -> Option<Option<&'s str>> {
        Some(match self.u32()? {
            0 => None,
            _ => Some(self.str()?),
        })
    }

    fn uses(&mut self) -> Option<Vec<Use<'s>>> {
        let n = self.u32()?;
        let mut out = Vec::with_capacity(n.min(1 << 16) as usize);
        for _ in 0..n {
            let s = self.str()?;
            out.push((s, self.u32()? != 0));
        }
        Some(out)
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

    /// A declaration as comparable data: uses as a sorted set.
    fn normal(d: &Decl<'_>) -> String {
        let set = |u: &[Use<'_>]| {
            let mut v = u.to_vec();
            v.sort();
            v.dedup();
            format!("{v:?}")
        };
        match &d.kind {
            DeclKind::Import(specs) => format!(
                "{} {} import {:?}",
                d.start,
                d.end,
                specs
                    .iter()
                    .map(|s| (s.start, s.end, s.name, s.path))
                    .collect::<Vec<_>>()
            ),
            DeclKind::Specs {
                specs,
                whole,
                is_var,
            } => format!(
                "{} {} specs {whole} {is_var} {:?}",
                d.start,
                d.end,
                specs
                    .iter()
                    .map(|s| (s.start, s.end, s.names.clone(), set(&s.idents)))
                    .collect::<Vec<_>>()
            ),
            DeclKind::Func(f) => format!(
                "{} {} func {} {:?} {} {:?} {}",
                d.start,
                d.end,
                f.name,
                f.recv,
                set(&f.sig_idents),
                f.body,
                set(&f.body_idents)
            ),
        }
    }

    #[test]
    fn the_embedded_encodings_are_the_files_declarations() {
        for p in crate::packages() {
            for f in p.files {
                let toks = scan(f.src);
                let (pkg, want) = split_decls(f.src, &toks);
                assert_eq!(pkg, p.name, "{}/{}", p.path, f.name);
                let got = decode(f.src, f.decls).expect("decodes");
                let (w, g): (Vec<_>, Vec<_>) = (
                    want.iter().map(normal).collect(),
                    got.iter().map(normal).collect(),
                );
                assert_eq!(g, w, "{}/{}", p.path, f.name);
            }
        }
        // Bytes that do not fit the source are refused, not trusted.
        let f = &crate::package("os").unwrap().files[0];
        assert!(decode(f.src, &f.decls[..f.decls.len() - 1]).is_none());
        assert!(decode("package x", f.decls).is_none());
    }

    #[test]
    fn truncated_sources_never_panic() {
        let src = crate::package("time").unwrap().files[0].src;
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
}
