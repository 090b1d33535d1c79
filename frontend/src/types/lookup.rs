//! Field and method lookup, missing methods, interface satisfaction
//! (lookup.go, instantiate.go's implements).
//!
//! Lookup walks embedded fields breadth-first: the shallowest match wins;
//! two matches at the same depth make the selector ambiguous. Methods of a
//! named type shadow its fields (and those of embedded types) at the same
//! depth.

use crate::name::Name;

use super::typeset::TTerm;
use super::*;

/// Result of a field or method lookup (types2 LookupFieldOrMethod).
#[derive(Clone, Debug, Default)]
pub struct LookupResult {
    /// The field or method found.
    pub obj: Option<ObjId>,
    /// Embedded field indices leading to it, the last its own index; when
    /// `obj` is None and `index` is non-empty, the name is ambiguous
    /// (several at the same depth).
    pub index: Vec<usize>,
    /// A pointer indirection was needed on the path (so a method with a
    /// pointer receiver is callable only if the value is addressable). When
    /// `obj` is None and `index` empty, `indirect` means: found, but only a
    /// pointer-receiver method on a value that is not addressable.
    pub indirect: bool,
}

#[derive(Clone)]
struct Embedded {
    typ: TypeId,
    index: Vec<usize>,
    indirect: bool,
    multiples: bool,
}

/// go/types' sameId with case folding: `obj` matches (pkg, name).
fn same_id_fold(p: &Program, obj: ObjId, pkg: Option<PkgId>, name: Name, fold_case: bool) -> bool {
    let o = p.obj(obj);
    if fold_case && o.name.as_str().eq_ignore_ascii_case(name.as_str()) {
        return true;
    }
    if o.name != name {
        return false;
    }
    o.is_exported() || p.same_pkg(o.pkg, pkg)
}

fn concat(list: &[usize], i: usize) -> Vec<usize> {
    let mut v = list.to_vec();
    v.push(i);
    v
}

impl<'a> Checker<'a> {
    pub fn lookup_field_or_method(
        &mut self,
        t: TypeId,
        addressable: bool,
        pkg: Option<PkgId>,
        name: Name,
        fold_case: bool,
    ) -> LookupResult {
        // A named pointer type's value has no methods, only the fields of
        // its base.
        let tu = self.prog.unalias(t);
        if let Type::Named(_) = self.prog.ty(tu) {
            let u = self.under(tu);
            if let Type::Pointer(_) = self.prog.ty(u) {
                let r = self.lookup_impl(u, false, pkg, name, fold_case);
                if r.obj.is_some_and(|o| self.prog.obj(o).is_func()) {
                    return LookupResult::default();
                }
                return r;
            }
        }
        self.lookup_impl(t, addressable, pkg, name, fold_case)
    }

    fn lookup_impl(
        &mut self,
        t: TypeId,
        addressable: bool,
        pkg: Option<PkgId>,
        name: Name,
        fold_case: bool,
    ) -> LookupResult {
        let none = LookupResult::default();
        if name.is_blank() {
            return none;
        }
        let (typ, is_ptr) = self.deref(t);
        if is_ptr {
            let u = self.under(typ);
            if let Type::Interface(_) = self.prog.ty(u) {
                return none; // *I has no methods
            }
        }
        let mut current = vec![Embedded {
            typ,
            index: Vec::new(),
            indirect: is_ptr,
            multiples: false,
        }];
        let mut seen: Vec<TypeId> = Vec::new();
        let mut obj: Option<ObjId> = None;
        let mut index: Vec<usize> = Vec::new();
        let mut indirect = false;
        while !current.is_empty() {
            let mut next: Vec<Embedded> = Vec::new();
            for e in &current {
                let typ = self.prog.unalias(e.typ);
                if let Type::Named(n) = self.prog.ty(typ) {
                    if seen.iter().any(|&s| self.prog.identical(s, typ)) {
                        continue;
                    }
                    seen.push(typ);
                    let n = n.clone();
                    if let Some((i, m)) = self.named_lookup_method(typ, &n, pkg, name, fold_case) {
                        index = concat(&e.index, i);
                        if obj.is_some() || e.multiples {
                            return LookupResult {
                                obj: None,
                                index,
                                indirect: false,
                            };
                        }
                        obj = Some(m);
                        indirect = e.indirect;
                        continue; // no matching field or interface method can be here
                    }
                }
                let u = self.under(typ);
                match self.prog.ty(u).clone() {
                    Type::Struct(s) => {
                        for (i, &f) in s.fields.iter().enumerate() {
                            if same_id_fold(self.prog, f, pkg, name, fold_case) {
                                index = concat(&e.index, i);
                                if obj.is_some() || e.multiples {
                                    return LookupResult {
                                        obj: None,
                                        index,
                                        indirect: false,
                                    };
                                }
                                obj = Some(f);
                                indirect = e.indirect;
                                continue;
                            }
                            if obj.is_none() && self.prog.obj(f).is_embedded() {
                                let ft = self.prog.obj_type(f);
                                let (ft, p) = self.deref(ft);
                                next.push(Embedded {
                                    typ: ft,
                                    index: concat(&e.index, i),
                                    indirect: e.indirect || p,
                                    multiples: e.multiples,
                                });
                            }
                        }
                    }
                    Type::Interface(_) => {
                        let ts = self.prog.interface_type_set(u);
                        if let Some((i, &m)) = ts
                            .methods
                            .iter()
                            .enumerate()
                            .find(|&(_, &m)| same_id_fold(self.prog, m, pkg, name, fold_case))
                        {
                            index = concat(&e.index, i);
                            if obj.is_some() || e.multiples {
                                return LookupResult {
                                    obj: None,
                                    index,
                                    indirect: false,
                                };
                            }
                            obj = Some(m);
                            indirect = e.indirect;
                        }
                    }
                    _ => {}
                }
            }
            if let Some(o) = obj {
                if let ObjKind::Func { has_ptr_recv, .. } = self.prog.obj(o).kind
                    && has_ptr_recv
                    && !indirect
                    && !addressable
                {
                    return LookupResult {
                        obj: None,
                        index: Vec::new(),
                        indirect: true,
                    };
                }
                return LookupResult {
                    obj,
                    index,
                    indirect,
                };
            }
            current = self.consolidate_multiples(next);
        }
        none
    }

    /// The method `name` of named type `t` (instantiated for an instance),
    /// with its index (types2 Named.lookupMethod).
    fn named_lookup_method(
        &mut self,
        t: TypeId,
        n: &Named,
        pkg: Option<PkgId>,
        name: Name,
        fold_case: bool,
    ) -> Option<(usize, ObjId)> {
        let obj_pkg = self.prog.obj(n.obj).pkg;
        if !(self.prog.same_pkg(obj_pkg, pkg) || name.is_exported() || fold_case) {
            return None;
        }
        let methods = self.prog.named_methods(t).to_vec();
        let i = methods.iter().position(|&m| {
            let mn = self.prog.obj(m).name;
            if fold_case {
                mn.as_str().eq_ignore_ascii_case(name.as_str())
            } else {
                mn == name
            }
        })?;
        if name.is_blank() {
            return None;
        }
        let m = if n.targs.is_empty() {
            methods[i]
        } else {
            self.named_method(t, i)
        };
        Some((i, m))
    }

    fn consolidate_multiples(&mut self, list: Vec<Embedded>) -> Vec<Embedded> {
        if list.len() <= 1 {
            return list;
        }
        let mut out: Vec<Embedded> = Vec::new();
        for e in list {
            if let Some(prev) = out.iter_mut().find(|p| self.prog.identical(p.typ, e.typ)) {
                prev.multiples = true;
            } else {
                out.push(e);
            }
        }
        out
    }

    /// The pointer base of `t` and true, or `t` and false (types2 deref).
    pub fn deref(&self, t: TypeId) -> (TypeId, bool) {
        match self.prog.ty(self.prog.unalias(t)) {
            Type::Pointer(b) => (*b, true),
            _ => (t, false),
        }
    }

    fn is_interface_ptr(&mut self, t: TypeId) -> bool {
        let u = self.under(t);
        match self.prog.ty(u) {
            Type::Pointer(b) => {
                let b = *b;
                self.prog.is_interface(b)
            }
            _ => false,
        }
    }

    fn interface_ptr_error(&mut self, t: TypeId) -> String {
        let u = self.under(t);
        let ts = self.type_str(t);
        if let Type::Pointer(b) = self.prog.ty(u)
            && self.prog.is_type_param(*b)
        {
            return format!("type {ts} is pointer to type parameter, not type parameter");
        }
        format!("type {ts} is pointer to interface, not interface")
    }

    /// `name(params) results` without parameter names (types2 funcString).
    fn func_string(&self, f: ObjId, pkg_info: bool) -> String {
        let name = self.prog.obj(f).name;
        let sig = self.prog.obj_type(f);
        // Strip parameter names: types2 writes signatures without them here.
        let s = if pkg_info {
            self.prog.signature_string_unnamed(sig, None)
        } else {
            self.prog
                .signature_string_unnamed(sig, Some(&|p| self.qualify(p)))
        };
        format!("{name}{s}")
    }

    pub fn missing_method(
        &mut self,
        v: TypeId,
        t: TypeId,
        static_: bool,
    ) -> Option<(ObjId, String)> {
        let (m, _wrong, cause) = self.missing_method_full(v, t, static_)?;
        Some((m, cause))
    }

    /// types2 missingMethod: the missing method, whether it exists with a
    /// wrong type (or pointer receiver), and the explanation.
    fn missing_method_full(
        &mut self,
        v: TypeId,
        t: TypeId,
        static_: bool,
    ) -> Option<(ObjId, bool, String)> {
        #[derive(PartialEq)]
        enum State {
            Ok,
            NotFound,
            WrongName,
            Unexported,
            WrongSig,
            AmbigSel,
            PtrRecv,
            Field,
        }
        let tu = self.under(t);
        let methods = self.prog.interface_type_set(tu).methods.clone();
        if methods.is_empty() {
            return None;
        }
        let mut state = State::Ok;
        let mut m = methods[0];
        let mut f: Option<ObjId> = None;
        let vu = self.under(v);
        if let Type::Interface(_) = self.prog.ty(vu) {
            let vts = self.prog.interface_type_set(vu);
            for &mm in &methods {
                m = mm;
                let (mpkg, mname) = (self.prog.obj(mm).pkg, self.prog.obj(mm).name);
                f = vts
                    .methods
                    .iter()
                    .copied()
                    .find(|&o| same_id_fold(self.prog, o, mpkg, mname, false));
                let Some(ff) = f else {
                    if !static_ {
                        continue;
                    }
                    state = State::NotFound;
                    break;
                };
                if !self
                    .prog
                    .identical(self.prog.obj_type(ff), self.prog.obj_type(mm))
                {
                    state = State::WrongSig;
                    break;
                }
            }
        } else {
            for &mm in &methods {
                m = mm;
                let (mpkg, mname) = (self.prog.obj(mm).pkg, self.prog.obj(mm).name);
                let r = self.lookup_impl(v, false, mpkg, mname, false);
                let Some(obj) = r.obj else {
                    if !r.index.is_empty() {
                        state = State::AmbigSel;
                    } else if r.indirect {
                        state = State::PtrRecv;
                    } else {
                        state = State::NotFound;
                        let r2 = self.lookup_impl(v, false, mpkg, mname, true);
                        f = r2.obj.filter(|&o| self.prog.obj(o).is_func());
                        if let Some(ff) = f {
                            state = if self.prog.obj(ff).name == mname {
                                State::Unexported
                            } else {
                                State::WrongName
                            };
                        }
                    }
                    break;
                };
                if !self.prog.obj(obj).is_func() {
                    state = State::Field;
                    break;
                }
                f = Some(obj);
                self.obj_decl(obj, None);
                if !self
                    .prog
                    .identical(self.prog.obj_type(obj), self.prog.obj_type(mm))
                {
                    state = State::WrongSig;
                    break;
                }
            }
        }
        if state == State::Ok {
            return None;
        }
        if let Some(ff) = f {
            self.obj_decl(ff, None);
        }
        let mname = self.prog.obj(m).name;
        let cause = match state {
            State::NotFound => {
                if self.is_interface_ptr(v) {
                    format!("({})", self.interface_ptr_error(v))
                } else if self.is_interface_ptr(t) {
                    format!("({})", self.interface_ptr_error(t))
                } else {
                    format!("(missing method {mname})")
                }
            }
            State::WrongName => {
                let (fs, ms) = (
                    self.func_string(f.unwrap_or(m), false),
                    self.func_string(m, false),
                );
                format!("(missing method {mname})\n\t\thave {fs}\n\t\twant {ms}")
            }
            State::Unexported => format!("(unexported method {mname})"),
            State::WrongSig => {
                let ff = f.unwrap_or(m);
                let (mut fs, mut ms) = (self.func_string(ff, false), self.func_string(m, false));
                if fs == ms {
                    fs = self.func_string(ff, true);
                    ms = self.func_string(m, true);
                }
                if fs == ms {
                    format!("(wrong type for method {mname})")
                } else {
                    format!("(wrong type for method {mname})\n\t\thave {fs}\n\t\twant {ms}")
                }
            }
            State::AmbigSel => format!("(ambiguous selector {}.{mname})", self.type_str(v)),
            State::PtrRecv => format!("(method {mname} has pointer receiver)"),
            State::Field => format!("({}.{mname} is a field, not a method)", self.type_str(v)),
            State::Ok => String::new(),
        };
        let wrong = state == State::WrongSig || state == State::PtrRecv;
        Some((m, wrong, cause))
    }

    /// Whether `v` has all methods of interface `t` (types2 hasAllMethods).
    fn has_all_methods(&mut self, v: TypeId, t: TypeId, static_: bool, cause: &mut String) -> bool {
        if !self.prog.is_valid(v) {
            return true;
        }
        match self.missing_method_full(v, t, static_) {
            None => true,
            Some((_, _, c)) => {
                if self.has_invalid_embedded_fields(v, &mut Vec::new()) {
                    return true;
                }
                *cause = c;
                false
            }
        }
    }

    fn has_invalid_embedded_fields(&mut self, t: TypeId, seen: &mut Vec<TypeId>) -> bool {
        let base = {
            let u = self.under(t);
            match self.prog.ty(u) {
                Type::Pointer(b) => {
                    let b = *b;
                    let bu = self.under(b);
                    if matches!(self.prog.ty(bu), Type::Struct(_)) {
                        b
                    } else {
                        t
                    }
                }
                _ => t,
            }
        };
        let u = self.under(base);
        let Type::Struct(s) = self.prog.ty(u).clone() else {
            return false;
        };
        if seen.contains(&u) {
            return false;
        }
        seen.push(u);
        for &f in &s.fields {
            if self.prog.obj(f).is_embedded() {
                let ft = self.prog.obj_type(f);
                if !self.prog.is_valid(ft) || self.has_invalid_embedded_fields(ft, seen) {
                    return true;
                }
            }
        }
        false
    }

    pub fn implements(
        &mut self,
        v: TypeId,
        t: TypeId,
        constraint: bool,
        cause: &mut String,
    ) -> bool {
        let vu = self.under(v);
        let tu = self.under(t);
        if !self.prog.is_valid(vu) || !self.prog.is_valid(tu) {
            return true;
        }
        if let Type::Pointer(b) = self.prog.ty(vu) {
            let b = *b;
            let bu = self.under(b);
            if !self.prog.is_valid(bu) {
                return true;
            }
        }
        let verb = if constraint { "satisfy" } else { "implement" };
        let (vs, ts) = (self.type_str(v), self.type_str(t));
        let Type::Interface(_) = self.prog.ty(tu) else {
            let detail = if self.is_interface_ptr(tu) {
                self.interface_ptr_error(t)
            } else {
                format!("{ts} is not an interface")
            };
            *cause = format!("{vs} does not {verb} {ts} ({detail})");
            return false;
        };
        let tset = self.prog.interface_type_set(tu);
        if tset.is_all() {
            return true; // the empty interface
        }
        let vi = matches!(self.prog.ty(vu), Type::Interface(_));
        if vi && self.prog.interface_type_set(vu).is_empty() {
            return true;
        }
        if tset.is_empty() {
            *cause = format!("cannot {verb} {ts} (empty type set)");
            return false;
        }
        let mut c = String::new();
        if !self.has_all_methods(v, t, true, &mut c) {
            *cause = format!("{vs} does not {verb} {ts} {c}");
            return false;
        }
        let check_comparability = |ch: &mut Checker<'a>, cause: &mut String| -> bool {
            if !ch.type_set_comparable(&tset) {
                return true;
            }
            if ch.prog.comparable_type(v, false) {
                return true;
            }
            if constraint && ch.prog.comparable_type(v, true) {
                return true;
            }
            *cause = format!("{vs} does not {verb} comparable");
            false
        };
        if !tset.has_terms() {
            return check_comparability(self, cause);
        }
        if vi {
            let vts = self.prog.interface_type_set(vu);
            if !self.prog.termlist_subset_of(&vts.terms, &tset.terms) {
                *cause = format!("{vs} does not {verb} {ts}");
                return false;
            }
            return check_comparability(self, cause);
        }
        // Does some term include v?
        let mut alt: Option<TypeId> = None;
        let mut included = false;
        for term in tset.terms.iter() {
            let TTerm::T(tt) = *term else {
                included = true;
                break;
            };
            if self.prog.term_includes(*term, v) {
                included = true;
                break;
            }
            if alt.is_none() && !tt.tilde && self.prog.identical(tt.typ, self.prog.under(tt.typ)) {
                let tilde = TTerm::T(Term {
                    tilde: true,
                    typ: tt.typ,
                });
                if self.prog.term_includes(tilde, v) {
                    alt = Some(tt.typ);
                }
            }
        }
        if !included {
            let detail = if let Some(a) = alt {
                format!("possibly missing ~ for {} in {ts}", self.type_str(a))
            } else if self.mentions(tu, v) {
                format!("{ts} mentions {vs}, but {vs} is not in the type set of {ts}")
            } else {
                format!("{vs} missing in {}", self.termlist_str(&tset.terms))
            };
            *cause = format!("{vs} does not {verb} {ts} ({detail})");
            return false;
        }
        check_comparability(self, cause)
    }

    /// Whether a type set admits only comparable types (types2 IsComparable).
    fn type_set_comparable(&self, ts: &TypeSet) -> bool {
        if super::typeset::is_all(&ts.terms) {
            return ts.comparable;
        }
        ts.terms.iter().all(|t| match t {
            TTerm::T(t) => self.prog.comparable_type(t.typ, false),
            TTerm::All => false,
        })
    }

    /// Whether interface `t` mentions type `v` in one of its type terms,
    /// directly or through embedded interfaces (types2 mentions).
    fn mentions(&mut self, t: TypeId, v: TypeId) -> bool {
        match self.prog.ty(t).clone() {
            Type::Interface(it) => it.embeddeds.iter().any(|&e| self.mentions(e, v)),
            Type::Union(terms) => terms.iter().any(|term| self.mentions(term.typ, v)),
            _ => {
                if self.prog.identical(t, v) {
                    return true;
                }
                let u = self.under(t);
                u != t && matches!(self.prog.ty(u), Type::Interface(_)) && self.mentions(u, v)
            }
        }
    }

    pub fn assertable_to(&mut self, v: TypeId, t: TypeId, cause: &mut String) -> bool {
        if self.prog.is_interface(t) {
            return true;
        }
        self.has_all_methods(t, v, false, cause)
    }
}

impl Program {
    /// A signature without parameter names, as types2's funcString writes
    /// it (for "have m(int) / want m(string)" lines).
    pub fn signature_string_unnamed(
        &self,
        sig: TypeId,
        qf: super::typestring::Qualifier,
    ) -> String {
        let Some(s) = self.signature(sig) else {
            return String::new();
        };
        let list = |p: &Program, t: TypeId, variadic: bool| -> String {
            let vars = p.tuple(t);
            let mut out = String::from("(");
            for (i, &v) in vars.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                let vt = p.obj_type(v);
                if variadic
                    && i == vars.len() - 1
                    && let Type::Slice(e) = p.ty(vt)
                {
                    out.push_str("...");
                    out.push_str(&p.type_string(*e, qf));
                    continue;
                }
                out.push_str(&p.type_string(vt, qf));
            }
            out.push(')');
            out
        };
        let mut out = String::new();
        if !s.tparams.is_empty() {
            out.push_str(&self.tparam_list_string(&s.tparams, qf));
        }
        out.push_str(&list(self, s.params, s.variadic));
        let results = self.tuple(s.results);
        if !results.is_empty() {
            out.push(' ');
            if results.len() == 1 {
                out.push_str(&self.type_string(self.obj_type(results[0]), qf));
            } else {
                out.push_str(&list(self, s.results, false));
            }
        }
        out
    }
}
