//! Types and objects as text, exactly as types2 writes them in messages
//! (typestring.go, object.go's writeObject).

use super::object::ObjKind;
use super::typ::*;
use super::{ObjId, PkgId, Program};

/// How a package is named in front of its objects: `None` qualifies by
/// import path (go/types' nil Qualifier); the checker passes one that leaves
/// the package being checked unqualified and uses package names elsewhere.
pub type Qualifier<'a> = Option<&'a dyn Fn(PkgId) -> String>;

struct Writer<'p, 'q> {
    p: &'p Program,
    qf: Qualifier<'q>,
    buf: String,
    depth: u32,
}

impl Writer<'_, '_> {
    fn byte(&mut self, b: char) {
        self.buf.push(b);
        if b == ',' || b == ';' {
            self.buf.push(' ');
        }
    }

    fn pkg_prefix(&mut self, pkg: Option<PkgId>) {
        let Some(pkg) = pkg else { return };
        let s = match self.qf {
            Some(qf) => qf(pkg),
            None => self.p.pkg(pkg).path.clone(),
        };
        if !s.is_empty() {
            self.buf.push_str(&s);
            self.buf.push('.');
        }
    }

    fn type_name(&mut self, obj: ObjId) {
        let o = self.p.obj(obj);
        self.pkg_prefix(o.pkg);
        self.buf.push_str(o.name.as_str());
    }

    fn typ(&mut self, t: TypeId) {
        // Well-formed types never nest this deep; broken recursive ones may.
        if self.depth > 64 {
            self.buf.push_str("...");
            return;
        }
        self.depth += 1;
        self.typ_inner(t);
        self.depth -= 1;
    }

    fn typ_inner(&mut self, t: TypeId) {
        let p = self.p;
        match p.ty(t) {
            Type::Basic(b) => {
                if b.kind == BasicKind::UnsafePointer {
                    self.pkg_prefix(Some(p.universe.unsafe_pkg));
                }
                self.buf.push_str(b.name);
            }
            Type::Array { len, elem } => {
                self.buf.push('[');
                self.buf.push_str(&len.to_string());
                self.buf.push(']');
                self.typ(*elem);
            }
            Type::Slice(elem) => {
                self.buf.push_str("[]");
                self.typ(*elem);
            }
            Type::Struct(s) => {
                self.buf.push_str("struct{");
                for (i, &f) in s.fields.iter().enumerate() {
                    if i > 0 {
                        self.byte(';');
                    }
                    let fo = p.obj(f);
                    if !fo.is_embedded() {
                        self.buf.push_str(fo.name.as_str());
                        self.buf.push(' ');
                    }
                    self.typ(p.obj_type(f));
                    if let Some(Some(tag)) = s.tags.get(i)
                        && !tag.is_empty()
                    {
                        self.buf.push(' ');
                        self.buf.push_str(&go_quote(tag));
                    }
                }
                self.buf.push('}');
            }
            Type::Pointer(base) => {
                self.buf.push('*');
                self.typ(*base);
            }
            Type::Tuple(_) => self.tuple(t, false),
            Type::Signature(_) => {
                self.buf.push_str("func");
                self.signature(t);
            }
            Type::Union(terms) => {
                for (i, term) in terms.iter().enumerate() {
                    if i > 0 {
                        self.buf.push_str(" | ");
                    }
                    if term.tilde {
                        self.buf.push('~');
                    }
                    self.typ(term.typ);
                }
            }
            Type::Interface(it) => {
                if t == p.universe.comparable_iface {
                    self.buf.push_str("interface{comparable}");
                    return;
                }
                if it.implicit {
                    if it.methods.is_empty() && it.embeddeds.len() == 1 {
                        self.typ(it.embeddeds[0]);
                        return;
                    }
                    self.buf.push_str("/* implicit */ ");
                }
                self.buf.push_str("interface{");
                let mut first = true;
                for &m in &it.methods {
                    if !first {
                        self.byte(';');
                    }
                    first = false;
                    self.buf.push_str(p.obj(m).name.as_str());
                    self.signature(p.obj_type(m));
                }
                for &e in &it.embeddeds {
                    if !first {
                        self.byte(';');
                    }
                    first = false;
                    self.typ(e);
                }
                self.buf.push('}');
            }
            Type::Map { key, elem } => {
                self.buf.push_str("map[");
                self.typ(*key);
                self.buf.push(']');
                self.typ(*elem);
            }
            Type::Chan { dir, elem } => {
                let parens = *dir == ChanDir::SendRecv
                    && matches!(
                        p.ty(*elem),
                        Type::Chan {
                            dir: ChanDir::RecvOnly,
                            ..
                        }
                    );
                self.buf.push_str(match dir {
                    ChanDir::SendRecv => "chan ",
                    ChanDir::SendOnly => "chan<- ",
                    ChanDir::RecvOnly => "<-chan ",
                });
                if parens {
                    self.buf.push('(');
                }
                self.typ(*elem);
                if parens {
                    self.buf.push(')');
                }
            }
            Type::Named(n) => {
                self.type_name(n.obj);
                if !n.targs.is_empty() {
                    self.type_list(&n.targs);
                } else if !n.tparams.is_empty() {
                    self.tparam_list(&n.tparams);
                }
            }
            Type::TypeParam(tp) => {
                let name = p.obj(tp.obj).name;
                self.buf.push_str(name.as_str());
                if p.scope_lookup(p.universe.scope, name).is_some() {
                    // types2 adds the declaring position; we name the parameter.
                    self.buf.push_str(&format!(
                        " /* with {name} declared at {} */",
                        "type parameter"
                    ));
                }
            }
            Type::Alias(a) => {
                self.type_name(a.obj);
                if !a.targs.is_empty() {
                    self.type_list(&a.targs);
                } else if !a.tparams.is_empty() {
                    self.tparam_list(&a.tparams);
                }
            }
        }
    }

    fn type_list(&mut self, list: &[TypeId]) {
        self.buf.push('[');
        for (i, &t) in list.iter().enumerate() {
            if i > 0 {
                self.byte(',');
            }
            self.typ(t);
        }
        self.buf.push(']');
    }

    fn tparam_list(&mut self, list: &[TypeId]) {
        self.buf.push('[');
        let mut prev: Option<Option<TypeId>> = None;
        for (i, &tp) in list.iter().enumerate() {
            let bound = match self.p.ty(tp) {
                Type::TypeParam(t) => t.bound,
                _ => None,
            };
            if i > 0 {
                if let Some(pb) = prev
                    && pb != bound
                {
                    self.buf.push(' ');
                    self.opt_typ(pb);
                }
                self.byte(',');
            }
            prev = Some(bound);
            self.typ(tp);
        }
        if let Some(pb) = prev {
            self.buf.push(' ');
            self.opt_typ(pb);
        }
        self.buf.push(']');
    }

    fn opt_typ(&mut self, t: Option<TypeId>) {
        match t {
            Some(t) => self.typ(t),
            None => self.buf.push_str("<nil>"),
        }
    }

    fn tuple(&mut self, t: TypeId, variadic: bool) {
        let p = self.p;
        self.buf.push('(');
        let vars = p.tuple(t);
        for (i, &v) in vars.iter().enumerate() {
            if i > 0 {
                self.byte(',');
            }
            let name = p.obj(v).name;
            if !name.as_str().is_empty() {
                self.buf.push_str(name.as_str());
                self.buf.push(' ');
            }
            let vt = p.obj_type(v);
            if variadic && i == vars.len() - 1 {
                if let Type::Slice(elem) = p.ty(vt) {
                    self.buf.push_str("...");
                    self.typ(*elem);
                } else {
                    self.typ(vt);
                    self.buf.push_str("...");
                }
            } else {
                self.typ(vt);
            }
        }
        self.buf.push(')');
    }

    fn signature(&mut self, t: TypeId) {
        let p = self.p;
        let Some(sig) = p.signature(t) else {
            self.typ(t);
            return;
        };
        if !sig.tparams.is_empty() {
            let tps = sig.tparams.clone();
            self.tparam_list(&tps);
        }
        self.tuple(sig.params, sig.variadic);
        let results = p.tuple(sig.results);
        if results.is_empty() {
            return;
        }
        self.buf.push(' ');
        if results.len() == 1 && p.obj(results[0]).name.as_str().is_empty() {
            self.typ(p.obj_type(results[0]));
            return;
        }
        self.tuple(sig.results, false);
    }
}

/// Go's strconv.Quote: double-quoted, with Go escapes for control and
/// non-printable characters; invalid UTF-8 bytes as `\x..`.
pub fn go_quote(s: &str) -> String {
    go_quote_bytes(s.as_bytes())
}

pub fn go_quote_bytes(b: &[u8]) -> String {
    let mut out = String::with_capacity(b.len() + 2);
    out.push('"');
    let mut i = 0;
    while i < b.len() {
        let (c, size) = decode_rune(&b[i..]);
        if c == char::REPLACEMENT_CHARACTER && size == 1 {
            out.push_str(&format!("\\x{:02x}", b[i]));
            i += 1;
            continue;
        }
        i += size;
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\x07' => out.push_str("\\a"),
            '\x08' => out.push_str("\\b"),
            '\x0c' => out.push_str("\\f"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\x0b' => out.push_str("\\v"),
            c if is_go_printable(c) => out.push(c),
            c if (c as u32) < 0x80 => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if (c as u32) < 0x10000 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push_str(&format!("\\U{:08x}", c as u32)),
        }
    }
    out.push('"');
    out
}

/// Decodes one UTF-8 sequence; invalid input yields (U+FFFD, 1) as Go does.
pub fn decode_rune(b: &[u8]) -> (char, usize) {
    let n = match b.first() {
        None => return (char::REPLACEMENT_CHARACTER, 0),
        Some(&c) if c < 0x80 => return (c as char, 1),
        Some(&c) if c & 0xE0 == 0xC0 => 2,
        Some(&c) if c & 0xF0 == 0xE0 => 3,
        Some(&c) if c & 0xF8 == 0xF0 => 4,
        _ => return (char::REPLACEMENT_CHARACTER, 1),
    };
    if b.len() < n {
        return (char::REPLACEMENT_CHARACTER, 1);
    }
    match std::str::from_utf8(&b[..n]) {
        Ok(s) => (s.chars().next().unwrap_or(char::REPLACEMENT_CHARACTER), n),
        Err(_) => (char::REPLACEMENT_CHARACTER, 1),
    }
}

/// An approximation of Go's unicode.IsPrint: graphic characters and the
/// ASCII space. Control, format, surrogate, private-use and unassigned
/// code points are escaped.
pub fn is_go_printable(c: char) -> bool {
    let u = c as u32;
    if u < 0x20 || u == 0x7f || (0x80..0xa0).contains(&u) {
        return false;
    }
    if c == ' ' {
        return true;
    }
    if c.is_whitespace() {
        return false;
    }
    // Format characters (Cf) and other non-graphic ranges Go escapes.
    !matches!(u,
        0xad | 0x600..=0x605 | 0x61c | 0x6dd | 0x70f | 0x180e | 0x200b..=0x200f | 0x202a..=0x202e
        | 0x2060..=0x206f | 0xfeff | 0xfff9..=0xfffb | 0xe000..=0xf8ff | 0xf0000..=0x10ffff
        | 0xfffe | 0xffff)
}

impl Program {
    /// A type as types2 prints it.
    pub fn type_string(&self, t: TypeId, qf: Qualifier) -> String {
        let mut w = Writer {
            p: self,
            qf,
            buf: String::new(),
            depth: 0,
        };
        w.typ(t);
        w.buf
    }

    /// A signature without the leading `func`.
    pub fn signature_string(&self, t: TypeId, qf: Qualifier) -> String {
        let mut w = Writer {
            p: self,
            qf,
            buf: String::new(),
            depth: 0,
        };
        w.signature(t);
        w.buf
    }

    /// A type parameter list `[K comparable, V any]`.
    pub fn tparam_list_string(&self, tparams: &[TypeId], qf: Qualifier) -> String {
        let mut w = Writer {
            p: self,
            qf,
            buf: String::new(),
            depth: 0,
        };
        w.tparam_list(tparams);
        w.buf
    }

    /// `(recv).name` for methods, `pkg.name` for functions (types2's
    /// writeFuncName).
    pub fn func_name_string(&self, f: ObjId, qf: Qualifier) -> String {
        let mut w = Writer {
            p: self,
            qf,
            buf: String::new(),
            depth: 0,
        };
        let o = self.obj(f);
        let recv = o.typ.and_then(|t| self.signature(t)).and_then(|s| s.recv);
        if let Some(r) = recv {
            w.buf.push('(');
            let rt = self.obj_type(r);
            if matches!(self.ty(rt), Type::Interface(_)) {
                w.buf.push_str("interface");
            } else {
                w.typ(rt);
            }
            w.buf.push_str(").");
        } else if o.typ.is_some() {
            w.pkg_prefix(o.pkg);
        }
        w.buf.push_str(o.name.as_str());
        w.buf
    }

    /// An object as types2's ObjectString prints it ("var x int",
    /// "func f(x int) string", "type T struct{...}").
    pub fn object_string(&self, o: ObjId, qf: Qualifier) -> String {
        let obj = self.obj(o);
        let mut w = Writer {
            p: self,
            qf,
            buf: String::new(),
            depth: 0,
        };
        let mut typ = obj.typ;
        let mut is_tname = false;
        match &obj.kind {
            ObjKind::PkgName { imported } => {
                let path = &self.pkg(*imported).path;
                let mut s = format!("package {}", obj.name);
                if !path.is_empty() && path != obj.name.as_str() {
                    s.push_str(&format!(" ({})", go_quote(path)));
                }
                return s;
            }
            ObjKind::Const { .. } => w.buf.push_str("const"),
            ObjKind::TypeName => {
                is_tname = true;
                w.buf.push_str("type");
                if typ.is_some_and(|t| matches!(self.ty(t), Type::TypeParam(_))) {
                    w.buf.push_str(" parameter");
                }
            }
            ObjKind::Var { .. } => w.buf.push_str(if obj.is_field() { "field" } else { "var" }),
            ObjKind::Func { .. } => {
                w.buf.push_str("func ");
                w.buf.push_str(&self.func_name_string(o, qf));
                if let Some(t) = typ {
                    w.signature(t);
                }
                return w.buf;
            }
            ObjKind::Label => {
                w.buf.push_str("label");
                typ = None;
            }
            ObjKind::Builtin(_) => {
                w.buf.push_str("builtin");
                typ = None;
            }
            ObjKind::Nil => return "nil".into(),
        }
        w.buf.push(' ');
        if let Some(pkg) = obj.pkg
            && self.scope_lookup(self.pkg(pkg).scope, obj.name) == Some(o)
        {
            w.pkg_prefix(Some(pkg));
        }
        w.buf.push_str(obj.name.as_str());
        let Some(mut t) = typ else { return w.buf };
        if is_tname {
            match self.ty(t) {
                Type::Basic(_) => return w.buf,
                Type::Named(n) if !n.tparams.is_empty() => {
                    let tps = n.tparams.clone();
                    w.tparam_list(&tps)
                }
                Type::Alias(a) if !a.tparams.is_empty() => {
                    let tps = a.tparams.clone();
                    w.tparam_list(&tps)
                }
                _ => {}
            }
            if self.is_alias_name(o) {
                w.buf.push_str(" =");
                if let Type::Alias(a) = self.ty(t) {
                    t = a.rhs.unwrap_or(self.universe.invalid);
                }
            } else if let Type::TypeParam(tp) = self.ty(t) {
                t = tp.bound.unwrap_or(self.universe.invalid);
            } else {
                t = self.under(t);
            }
        }
        w.buf.push(' ');
        w.typ(t);
        w.buf
    }

    /// Whether a type name denotes an alias (its type is not the type it
    /// declares).
    pub fn is_alias_name(&self, o: ObjId) -> bool {
        let Some(t) = self.obj(o).typ else {
            return false;
        };
        match self.ty(t) {
            Type::Basic(b) => {
                let ob = self.obj(o);
                if ob.pkg == Some(self.universe.unsafe_pkg) {
                    return false;
                }
                ob.pkg.is_some()
                    || b.name != ob.name.as_str()
                    || t == self.universe.byte
                    || t == self.universe.rune
            }
            Type::Alias(a) => a.obj == o,
            Type::Named(n) => n.obj != o,
            Type::TypeParam(tp) => tp.obj != o,
            _ => true,
        }
    }
}
