//! Literals (literals.go): basic literals, function literals, composite
//! literals.
//!
//! A composite literal's elements are checked against its (possibly
//! elided) type: struct literals are keyed or positional, never both; array
//! and slice literals may have constant integer keys, and `[...]T` takes
//! its length from the largest index; map literals reject duplicate
//! constant keys (for interface-typed keys, duplicates of the same type).
//! An element without a type of its own takes the element type of the
//! enclosing literal (`hint`), `*T` standing for `&T{...}`.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::collections::BTreeMap;

use crate::constant::{Kind, Value};
use crate::source::Pos;
use crate::syntax::ast::{self, Expr, ExprKind};

use super::expr::{allow_version, at, is_ddd_array, op_pos, verify_version};
use super::*;

impl<'a> Checker<'a> {
    /// Reports numeric literal forms newer than the language version
    /// (types2 langCompat).
    fn lang_compat(&mut self, lit: &ast::BasicLit) {
        let s: &str = &lit.raw;
        if s.len() <= 2 || allow_version(self, 13) {
            return;
        }
        let what = if s.contains('_') {
            "underscore in numeric literal"
        } else if !s.starts_with('0') {
            return;
        } else {
            match s.as_bytes()[1] {
                b'b' | b'B' => "binary literal",
                b'o' | b'O' => "0o/0O-style octal literal",
                b'x' | b'X' if lit.kind != ast::LitKind::Int => {
                    "hexadecimal floating-point literal"
                }
                _ => return,
            }
        };
        verify_version(self, lit.pos, 13, what);
    }

    /// A basic literal's untyped constant (types2 basicLit).
    pub(crate) fn basic_lit(&mut self, x: &mut Operand<'a>, e: &'a Expr, lit: &ast::BasicLit) {
        use ast::LitKind;
        if matches!(lit.kind, LitKind::Int | LitKind::Float | LitKind::Imag) {
            self.lang_compat(lit);
            // Literals longer than this are not meaningful (untyped numeric
            // values have at most 512 bits of mantissa) and would cost a
            // lot of time to convert; the limit leaves room for separators.
            const LIMIT: usize = 10000;
            if lit.raw.len() > LIMIT {
                let head: String = lit.raw.chars().take(10).collect();
                self.error(
                    e.span.lo,
                    format!(
                        "excessively long constant: {head}... ({} chars)",
                        lit.raw.len()
                    ),
                );
                x.invalidate();
                return;
            }
        }
        let kind = match lit.kind {
            LitKind::Int => BasicKind::UntypedInt,
            LitKind::Float => BasicKind::UntypedFloat,
            LitKind::Imag => BasicKind::UntypedComplex,
            LitKind::Char => BasicKind::UntypedRune,
            LitKind::String => BasicKind::UntypedString,
        };
        let val = Value::from_literal(lit.kind, &lit.raw);
        if val.kind() == Kind::Unknown {
            // The parser established syntactic correctness: this is a
            // number under- or overflow.
            self.error(e.span.lo, format!("malformed constant: {}", lit.raw));
            x.invalidate();
            x.typ = self.invalid();
            return;
        }
        x.mode = Mode::Constant;
        x.typ = self.prog.universe.basic(kind);
        x.val = Some(val);
        // Integer values must not overflow (go.dev/issue/54280).
        x.expr = Some(e);
        self.overflow(x, op_pos(x.expr));
    }

    /// A function literal; its body is checked later (types2 funcLit).
    pub(crate) fn func_lit(
        &mut self,
        x: &mut Operand<'a>,
        e: &'a Expr,
        ftyp: &'a ast::FuncType,
        body: &'a ast::Block,
    ) {
        let sig = self.func_type(None, ftyp);
        if !matches!(self.prog.ty(sig), Type::Signature(_)) {
            self.error(
                e.span.lo,
                format!(
                    "invalid syntax tree: invalid function literal {}",
                    self.expr_str(e)
                ),
            );
            x.invalidate();
            return;
        }
        // The scope's extent is the whole "func (...) {...}", for
        // innermost-scope queries.
        if let Some(scope) = self.prog.signature(sig).and_then(|s| s.scope) {
            let sc = self.prog.scope_mut(scope);
            sc.pos = e.span.lo;
            sc.end = e.span.hi;
            self.record_scope(e.id, scope);
        }
        if !self.conf.ignore_func_bodies {
            // A function literal is part of the declaration containing it:
            // it shares its dependencies. Its body is checked after the
            // enclosing statement, since it may refer to a type being
            // declared, but before the enclosing scope changes
            // (go.dev/issue/22992). iota is captured (go.dev/issue/22345).
            let decl = self.env.decl;
            let iota = self.env.iota.clone();
            let name = crate::name::Name::intern("<function literal>");
            self.later(move |check| {
                check.func_body(decl, name, sig, body, iota);
            });
        }
        x.mode = Mode::Value;
        x.typ = sig;
    }

    /// A composite literal `T{elts}`, or `{elts}` with `hint` as its type
    /// inside another literal (types2 compositeLit).
    pub(crate) fn composite_lit(
        &mut self,
        x: &mut Operand<'a>,
        e: &'a Expr,
        typ_expr: Option<&'a Expr>,
        elts: &'a [Expr],
        rbrace: Pos,
        hint: Option<TypeId>,
    ) {
        let mut is_elem = false; // an element of an enclosing literal
        let (typ, base) = match (typ_expr, hint) {
            (Some(te), _) => {
                // [...]T array types may only appear with composite
                // literals: the length is set once the elements are known.
                if let Some(elem) = is_ddd_array(te) {
                    let et = self.var_type(elem);
                    let t = self.prog.new_array(et, -1);
                    (t, t)
                } else {
                    let t = self.typ(te);
                    (t, t)
                }
            }
            (None, Some(hint)) => {
                // *T implies &T{}
                is_elem = true;
                let mut base = hint;
                if let Ok(u) = self.common_under(hint, |_, _| None)
                    && let Type::Pointer(b) = self.prog.ty(self.prog.unalias(u))
                {
                    base = *b;
                }
                (hint, base)
            }
            (None, None) => {
                self.error(e.span.lo, "missing type in composite literal");
                // continue with the invalid type so that the elements are
                // "used" (go.dev/issue/69092)
                let t = self.invalid();
                (t, t)
            }
        };

        // We cannot create a literal of an incomplete type.
        if !self.is_complete(base) {
            x.invalidate();
            return;
        }

        let utyp = self.common_under(base, |_, _| None).ok();
        match utyp.map(|u| (u, self.prog.ty(u).clone())) {
            Some((u, Type::Struct(st))) => {
                if !elts.is_empty() {
                    if matches!(elts[0].kind, ExprKind::KeyValue { .. }) {
                        self.keyed_struct_lit(x, u, base, elts);
                    } else {
                        self.positional_struct_lit(x, &st.fields, base, elts, rbrace);
                    }
                }
            }
            Some((u, Type::Array { len, elem })) => {
                let n = self.indexed_elts(elts, elem, len);
                // An array of unknown length ([...]T, or [n]T with invalid
                // n) takes the length of the literal, which is also a fair
                // guess for an invalid n (go.dev/issue/27346). Its type is
                // recorded here as typ did not record [...]T.
                if len < 0 {
                    if let Type::Array { len, .. } = self.prog.ty_mut(u) {
                        *len = n;
                    }
                    if let Some(te) = typ_expr {
                        self.record_type_and_value(te, Mode::TypExpr, u, None);
                    }
                }
            }
            Some((_, Type::Slice(elem))) => {
                self.indexed_elts(elts, elem, -1);
            }
            Some((_, Type::Map { key, elem })) => self.map_lit(x, key, elem, elts),
            _ => {
                // "Use" all elements (unpacking key:value pairs: whether a
                // key is a field name cannot be known, so it is skipped).
                for el in elts {
                    let v = match &el.kind {
                        ExprKind::KeyValue { value, .. } => &**value,
                        _ => el,
                    };
                    self.use1(v, false);
                }
                // An invalid type was reported before.
                if utyp.is_none_or(|u| self.prog.is_valid(u)) {
                    let qualifier = if is_elem { " element" } else { "" };
                    let cause = if utyp.is_none() {
                        " (no common underlying type)"
                    } else {
                        ""
                    };
                    let ts = self.type_str(typ);
                    self.error(
                        e.span.lo,
                        format!("invalid composite literal{qualifier} type {ts}{cause}"),
                    );
                    x.invalidate();
                    return;
                }
            }
        }

        x.mode = Mode::Value;
        x.typ = typ;
    }

    /// A struct literal with field keys; `utyp` is the struct type.
    fn keyed_struct_lit(
        &mut self,
        x: &mut Operand<'a>,
        utyp: TypeId,
        base: TypeId,
        elts: &'a [Expr],
    ) {
        // Messages mention the struct type only where it clarifies.
        let mut visited = Trie::default();
        for el in elts {
            let ExprKind::KeyValue { key, value, .. } = &el.kind else {
                self.error(
                    el.span.lo,
                    "mixture of field:value and value elements in struct literal",
                );
                continue;
            };
            // do all possible checks early, before exiting due to errors
            self.generic_expr(x, value);
            let ExprKind::Ident(name) = key.kind else {
                let ks = self.expr_str(key);
                self.error(
                    el.span.lo,
                    format!("invalid field name {ks} in struct literal"),
                );
                continue;
            };
            let r = self.lookup_field_or_method(utyp, false, Some(self.pkg), name, false);
            let Some(obj) = r.obj else {
                let alt = self
                    .lookup_field_or_method(utyp, false, Some(self.pkg), name, true)
                    .obj;
                let msg = self.lookup_error(base, name, alt, true);
                self.error(key.span.lo, msg);
                continue;
            };
            if !self.prog.obj(obj).is_var() {
                self.error(key.span.lo, format!("{name} is not a field"));
                continue;
            }
            if r.index.len() > 1 {
                let path = field_path(self.prog, utyp, &r.index);
                let bs = self.type_str(base);
                let what = format!("use of promoted field {path} in struct literal of type {bs}");
                if !verify_version(self, key.span.lo, 27, &what) {
                    continue;
                }
            }
            if r.indirect {
                self.error(
                    key.span.lo,
                    format!("invalid implicit pointer indirection to reach {name}"),
                );
                continue;
            }
            self.record_use(key.id, obj);
            let etyp = self.prog.obj_type(obj);
            self.assignment(x, Some(etyp), "struct literal");
            let (alt, n) = visited.insert(&r.index, obj);
            if n != 0 {
                let fname = self.prog.obj(obj).name;
                let aname = self.prog.obj(alt).name;
                let msg = if alt == obj {
                    format!("duplicate field name {fname} in struct literal")
                } else if n < r.index.len() {
                    format!(
                        "cannot specify promoted field {fname} and enclosing embedded field {aname}"
                    )
                } else {
                    format!(
                        "cannot specify embedded field {fname} and enclosed promoted field {aname}"
                    )
                };
                self.error(el.span.lo, msg);
            }
        }
    }

    /// A struct literal with values for the fields in order.
    fn positional_struct_lit(
        &mut self,
        x: &mut Operand<'a>,
        fields: &[ObjId],
        base: TypeId,
        elts: &'a [Expr],
        rbrace: Pos,
    ) {
        for (i, el) in elts.iter().enumerate() {
            if matches!(el.kind, ExprKind::KeyValue { .. }) {
                self.error(
                    el.span.lo,
                    "mixture of field:value and value elements in struct literal",
                );
                continue;
            }
            self.generic_expr(x, el);
            let Some(&fld) = fields.get(i) else {
                let bs = self.type_str(base);
                self.error(
                    at(x),
                    format!("too many values in struct literal of type {bs}"),
                );
                break; // cannot continue
            };
            let fo = self.prog.obj(fld);
            if !fo.is_exported() && fo.pkg != Some(self.pkg) {
                let fname = fo.name;
                let bs = self.type_str(base);
                self.error(
                    at(x),
                    format!(
                        "implicit assignment to unexported field {fname} in struct literal of type {bs}"
                    ),
                );
                continue;
            }
            let etyp = self.prog.obj_type(fld);
            self.assignment(x, Some(etyp), "struct literal");
        }
        if elts.len() < fields.len() {
            let unexported = fields.iter().any(|&f| {
                let fo = self.prog.obj(f);
                !fo.is_exported() && fo.pkg != Some(self.pkg)
            });
            let hint = if unexported {
                " (type has unexported fields - use key:value pairs)"
            } else {
                ""
            };
            let bs = self.type_str(base);
            self.error(
                rbrace,
                format!("too few values in struct literal of type {bs}{hint}"),
            );
            // ok to continue
        }
    }

    /// The elements of a map literal: every one keyed, constant keys
    /// distinct.
    fn map_lit(&mut self, x: &mut Operand<'a>, key_t: TypeId, elem_t: TypeId, elts: &'a [Expr]) {
        // With an interface key type (not a type parameter), constant keys
        // of different types are different keys.
        let key_is_interface = self.prog.is_non_type_param_interface(key_t);
        let mut visited: HashMap<KeyVal, Vec<TypeId>> = HashMap::default();
        let mut unique = 0usize;
        for el in elts {
            let ExprKind::KeyValue { key, value, .. } = &el.kind else {
                self.error(el.span.lo, "missing key in map literal");
                continue;
            };
            self.generic_expr_hint(x, key, Some(key_t));
            self.assignment(x, Some(key_t), "map literal");
            if !x.is_valid() {
                continue;
            }
            if x.mode == Mode::Constant {
                let xkey = key_val(x.val(), &mut unique);
                let duplicate = if key_is_interface {
                    let types = visited.entry(xkey).or_default();
                    let dup = types.iter().any(|&t| self.prog.identical(t, x.typ));
                    types.push(x.typ);
                    dup
                } else {
                    visited.insert(xkey, Vec::new()).is_some()
                };
                if duplicate {
                    let vs = x.val().string();
                    self.error(at(x), format!("duplicate key {vs} in map literal"));
                    continue;
                }
            }
            self.generic_expr_hint(x, value, Some(elem_t));
            self.assignment(x, Some(elem_t), "map literal");
        }
    }

    /// Checks the elements of an array or slice literal against element
    /// type `typ`, and their indices against `length` if known (>= 0);
    /// returns the literal's length, the largest index + 1 (types2
    /// indexedElts).
    pub(crate) fn indexed_elts(&mut self, elts: &'a [Expr], typ: TypeId, length: i64) -> i64 {
        let mut visited: HashSet<i64> = HashSet::default();
        let (mut index, mut max) = (0i64, 0i64);
        for el in elts {
            // determine and check the index
            let mut valid_index = false;
            let mut eval = el;
            if let ExprKind::KeyValue { key, value, .. } = &el.kind {
                let (t, i) = self.index(key, length);
                if self.prog.is_valid(t) {
                    if i >= 0 {
                        index = i;
                        valid_index = true;
                    } else {
                        let ks = self.expr_str(key);
                        self.error(el.span.lo, format!("index {ks} must be integer constant"));
                    }
                }
                eval = value;
            } else if length >= 0 && index >= length {
                self.error(
                    el.span.lo,
                    format!("index {index} is out of bounds (>= {length})"),
                );
            } else {
                valid_index = true;
            }

            // if we have a valid index, check for duplicate entries
            if valid_index && !visited.insert(index) {
                self.error(
                    el.span.lo,
                    format!("duplicate index {index} in array or slice literal"),
                );
            }
            index = index.saturating_add(1);
            max = max.max(index);

            // check the element against the literal's element type
            let mut x = Operand::invalid(self.prog);
            self.generic_expr_hint(&mut x, eval, Some(typ));
            self.assignment(&mut x, Some(typ), "array or slice literal");
        }
        max
    }
}

/// A constant map key, so that constants of different kinds but equal
/// values (1.0 + 0i, 1.0, 1) are the same key (types2 keyVal): complex
/// numbers representable as floats are floats, floats representable as
/// integers are integers. Values that fit no Go type are never equal to
/// another key, as types2 compares them by identity.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
enum KeyVal {
    Complex(u64, u64),
    Float(u64),
    Int(i64),
    Uint(u64),
    Str(Vec<u8>),
    Bool(bool),
    Unique(usize),
}

/// The bits of a float key (+0 and -0 are the same key).
fn float_bits(f: f64) -> u64 {
    if f == 0.0 { 0 } else { f.to_bits() }
}

fn key_val(x: &Value, unique: &mut usize) -> KeyVal {
    let mut x = x.clone();
    if x.kind() == Kind::Complex {
        let f = x.to_float();
        if f.kind() != Kind::Float {
            let (r, _) = x.real().float64_val();
            let (i, _) = x.imag().float64_val();
            return KeyVal::Complex(float_bits(r), float_bits(i));
        }
        x = f;
    }
    if x.kind() == Kind::Float {
        let i = x.to_int();
        if i.kind() != Kind::Int {
            let (v, _) = x.float64_val();
            return KeyVal::Float(float_bits(v));
        }
        x = i;
    }
    match x.kind() {
        Kind::Int => {
            if let Some(v) = x.int64_val() {
                return KeyVal::Int(v);
            }
            if let Some(v) = x.uint64_val() {
                return KeyVal::Uint(v);
            }
        }
        Kind::String => return KeyVal::Str(x.string_val().to_vec()),
        Kind::Bool => return KeyVal::Bool(x.bool_val()),
        _ => {}
    }
    *unique += 1;
    KeyVal::Unique(*unique)
}

/// The fields named in a struct literal, keyed by their embedding paths,
/// to find a field given twice, or both an embedded field and a field
/// promoted through it (types2's trie).
#[derive(Default)]
struct Trie {
    root: BTreeMap<usize, TrieNode>,
}

enum TrieNode {
    Leaf(ObjId),
    Inner(BTreeMap<usize, TrieNode>),
}

impl Trie {
    /// Inserts `val` at `key`. If the key, a prefix of it, or a key it is
    /// a prefix of is present, returns that entry's value and the length
    /// of the common prefix (the key's length if the other key is longer);
    /// otherwise `val` and 0.
    fn insert(&mut self, key: &[usize], val: ObjId) -> (ObjId, usize) {
        let Some((&last, path)) = key.split_last() else {
            return (val, 0);
        };
        let mut node = &mut self.root;
        for (l, &index) in path.iter().enumerate() {
            let child = node
                .entry(index)
                .or_insert_with(|| TrieNode::Inner(BTreeMap::new()));
            match child {
                TrieNode::Leaf(v) => return (*v, l + 1),
                TrieNode::Inner(m) => node = m,
            }
        }
        match node.get(&last) {
            None => {
                node.insert(last, TrieNode::Leaf(val));
                (val, 0)
            }
            Some(TrieNode::Leaf(v)) => (*v, key.len()),
            Some(TrieNode::Inner(m)) => {
                // A longer key exists below: pick its first leaf,
                // deterministically.
                let mut m = m;
                loop {
                    match m.values().next() {
                        Some(TrieNode::Leaf(v)) => return (*v, key.len()),
                        Some(TrieNode::Inner(n)) => m = n,
                        None => return (val, key.len()),
                    }
                }
            }
        }
    }
}

/// The dot-separated names of the fields along `index` from struct (or
/// pointer to struct) type `t` (types2 fieldPath).
fn field_path(p: &Program, mut t: TypeId, index: &[usize]) -> String {
    let mut names = Vec::new();
    for &i in index {
        let mut u = p.under(t);
        if let Type::Pointer(b) = p.ty(u)
            && matches!(p.ty(p.under(*b)), Type::Struct(_))
        {
            u = p.under(*b);
        }
        let Type::Struct(st) = p.ty(u) else { break };
        let Some(&f) = st.fields.get(i) else { break };
        names.push(p.obj(f).name.as_str().to_string());
        t = p.obj_type(f);
    }
    names.join(".")
}
