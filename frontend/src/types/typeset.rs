//! Type sets of interfaces and unions (typeset.go, termlist.go, typeterm.go).
//!
//! An interface's type set is its methods (sorted as go/types sorts them:
//! exported first, then by name, then by package path) and a list of terms;
//! `comparable` is set only for sets whose terms are "all types" but which
//! admit only comparable types.
//!
//! Type sets are computed on first use and cached by interface id; an
//! interface whose methods and embeddings are not all known yet (during its
//! own declaration) has the "top" type set and is not cached.

use std::rc::Rc;

use super::object::ObjKind;
use super::typ::*;
use super::{ObjId, Program};

/// A term of a type set: all types (𝓤), or `T` / `~T`. The empty term (∅)
/// is never stored: lists drop it.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum TTerm {
    All,
    T(Term),
}

pub type TermList = Vec<TTerm>;

#[derive(Clone, Debug)]
pub struct TypeSet {
    pub methods: Vec<ObjId>,
    pub terms: TermList,
    pub comparable: bool,
}

impl TypeSet {
    pub fn top() -> TypeSet {
        TypeSet {
            methods: Vec::new(),
            terms: vec![TTerm::All],
            comparable: false,
        }
    }
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }
    pub fn is_all(&self) -> bool {
        self.is_method_set() && self.methods.is_empty()
    }
    pub fn is_method_set(&self) -> bool {
        !self.comparable && is_all(&self.terms)
    }
    /// Whether the set has specific terms (neither ∅ nor 𝓤).
    pub fn has_terms(&self) -> bool {
        !self.terms.is_empty() && !is_all(&self.terms)
    }
}

pub fn is_all(l: &TermList) -> bool {
    l.iter().any(|t| matches!(t, TTerm::All))
}

impl Program {
    fn term_disjoint(&self, x: Term, y: Term) -> bool {
        let ux = if y.tilde { self.under(x.typ) } else { x.typ };
        let uy = if x.tilde { self.under(y.typ) } else { y.typ };
        !self.identical(ux, uy)
    }

    /// x ∪ y as one or two terms.
    fn term_union(&self, x: TTerm, y: TTerm) -> (TTerm, Option<TTerm>) {
        match (x, y) {
            (TTerm::All, _) => (x, None),
            (_, TTerm::All) => (y, None),
            (TTerm::T(a), TTerm::T(b)) => {
                if self.term_disjoint(a, b) {
                    (x, Some(y))
                } else if a.tilde || !b.tilde {
                    (x, None)
                } else {
                    (y, None)
                }
            }
        }
    }

    /// x ∩ y; `None` is ∅.
    fn term_intersect(&self, x: TTerm, y: TTerm) -> Option<TTerm> {
        match (x, y) {
            (TTerm::All, _) => Some(y),
            (_, TTerm::All) => Some(x),
            (TTerm::T(a), TTerm::T(b)) => {
                if self.term_disjoint(a, b) {
                    None
                } else if !a.tilde || b.tilde {
                    Some(x)
                } else {
                    Some(y)
                }
            }
        }
    }

    /// Whether `t` is in the term's set.
    pub fn term_includes(&self, x: TTerm, t: TypeId) -> bool {
        match x {
            TTerm::All => true,
            TTerm::T(term) => {
                let u = if term.tilde { self.under(t) } else { t };
                self.identical(term.typ, u)
            }
        }
    }

    fn term_subset_of(&self, x: TTerm, y: TTerm) -> bool {
        match (x, y) {
            (_, TTerm::All) => true,
            (TTerm::All, _) => false,
            (TTerm::T(a), TTerm::T(b)) => !self.term_disjoint(a, b) && (!a.tilde || b.tilde),
        }
    }

    /// Normal form: no two terms overlap.
    pub fn termlist_norm(&self, xl: TermList) -> TermList {
        let mut used = vec![false; xl.len()];
        let mut rl = Vec::new();
        for i in 0..xl.len() {
            if used[i] {
                continue;
            }
            let mut xi = xl[i];
            for j in i + 1..xl.len() {
                if used[j] {
                    continue;
                }
                if let (u1, None) = self.term_union(xi, xl[j]) {
                    if u1 == TTerm::All {
                        return vec![TTerm::All];
                    }
                    xi = u1;
                    used[j] = true;
                }
            }
            rl.push(xi);
        }
        rl
    }

    pub fn termlist_union(&self, xl: &TermList, yl: &TermList) -> TermList {
        let mut v = xl.clone();
        v.extend_from_slice(yl);
        self.termlist_norm(v)
    }

    pub fn termlist_intersect(&self, xl: &TermList, yl: &TermList) -> TermList {
        if xl.is_empty() || yl.is_empty() {
            return Vec::new();
        }
        let mut rl = Vec::new();
        for &x in xl {
            for &y in yl {
                if let Some(r) = self.term_intersect(x, y) {
                    rl.push(r);
                }
            }
        }
        self.termlist_norm(rl)
    }

    pub fn termlist_includes(&self, xl: &TermList, t: TypeId) -> bool {
        xl.iter().any(|&x| self.term_includes(x, t))
    }

    fn termlist_superset_of(&self, xl: &TermList, y: TTerm) -> bool {
        xl.iter().any(|&x| self.term_subset_of(y, x))
    }

    pub fn termlist_subset_of(&self, xl: &TermList, yl: &TermList) -> bool {
        if yl.is_empty() {
            return xl.is_empty();
        }
        xl.iter().all(|&x| self.termlist_superset_of(yl, x))
    }

    pub fn termlist_equal(&self, xl: &TermList, yl: &TermList) -> bool {
        self.termlist_subset_of(xl, yl) && self.termlist_subset_of(yl, xl)
    }

    /// go/types' object order for method lists: exported names first, then
    /// by name, then (for unexported names) by package path.
    pub fn cmp_objects(&self, a: ObjId, b: ObjId) -> std::cmp::Ordering {
        use std::cmp::Ordering;
        if a == b {
            return Ordering::Equal;
        }
        let (oa, ob) = (self.obj(a), self.obj(b));
        let (ea, eb) = (oa.is_exported(), ob.is_exported());
        if ea != eb {
            return if ea {
                Ordering::Less
            } else {
                Ordering::Greater
            };
        }
        let c = oa.name.as_str().cmp(ob.name.as_str());
        if c != Ordering::Equal || ea {
            return c;
        }
        let pa = oa.pkg.map(|p| self.pkg(p).path.as_str()).unwrap_or("");
        let pb = ob.pkg.map(|p| self.pkg(p).path.as_str()).unwrap_or("");
        pa.cmp(pb)
    }

    /// Whether two objects have the same identity for lookup (go/types'
    /// sameId): same name, and same package if unexported.
    pub fn same_id(&self, a: ObjId, b: ObjId) -> bool {
        let (oa, ob) = (self.obj(a), self.obj(b));
        oa.name == ob.name && (oa.is_exported() || self.same_pkg(oa.pkg, ob.pkg))
    }

    pub fn same_pkg(&self, a: Option<super::PkgId>, b: Option<super::PkgId>) -> bool {
        match (a, b) {
            (Some(a), Some(b)) => a == b || self.pkg(a).path == self.pkg(b).path,
            (None, None) => true,
            _ => false,
        }
    }

    /// The type set of an interface type (go/types' computeInterfaceTypeSet,
    /// without its error reports: the checker reports duplicate methods
    /// and invalid unions while it builds the interface).
    pub fn interface_type_set(&self, iface: TypeId) -> Rc<TypeSet> {
        self.interface_type_set_inner(iface).0
    }

    /// The type set, and whether it is final: a set computed while some
    /// interface it depends on is still incomplete (being declared) is not
    /// cached, so a later request sees the completed declaration.
    fn interface_type_set_inner(&self, iface: TypeId) -> (Rc<TypeSet>, bool) {
        if let Some(ts) = self.tsets.borrow().get(&iface) {
            return (ts.clone(), true);
        }
        let Type::Interface(it) = self.ty(iface) else {
            return (Rc::new(TypeSet::top()), true);
        };
        if iface == self.universe.comparable_iface {
            let ts = Rc::new(TypeSet {
                methods: Vec::new(),
                terms: vec![TTerm::All],
                comparable: true,
            });
            self.tsets.borrow_mut().insert(iface, ts.clone());
            return (ts, true);
        }
        if !it.complete {
            return (Rc::new(TypeSet::top()), false);
        }
        // A cycle through invalid embeddings sees the top set.
        self.tsets
            .borrow_mut()
            .insert(iface, Rc::new(TypeSet::top()));
        let mut fin = true;

        let mut methods: Vec<ObjId> = Vec::new();
        let mut add = |p: &Program, m: ObjId| {
            if !methods.iter().any(|&o| p.same_id(o, m)) {
                methods.push(m);
            }
        };
        for &m in &it.methods {
            add(self, m);
        }
        let mut all_terms: TermList = vec![TTerm::All];
        let mut all_comparable = false;
        for &e in &it.embeddeds {
            let ue = self.under(e);
            if matches!(self.ty(self.unalias(e)), Type::Named(n) if n.underlying.is_none()) {
                fin = false;
            }
            let (terms, comparable) = match self.ty(ue) {
                Type::Interface(_) if !matches!(self.ty(self.unalias(e)), Type::TypeParam(_)) => {
                    let (ts, f) = self.interface_type_set_inner(ue);
                    fin &= f;
                    for &m in &ts.methods {
                        add(self, m);
                    }
                    (ts.terms.clone(), ts.comparable)
                }
                Type::Union(_) => (self.union_terms(ue), false),
                _ => {
                    if !self.is_valid(ue) {
                        continue;
                    }
                    (
                        vec![TTerm::T(Term {
                            tilde: false,
                            typ: e,
                        })],
                        false,
                    )
                }
            };
            let (t, c) = self.intersect_term_lists(&all_terms, all_comparable, &terms, comparable);
            all_terms = t;
            all_comparable = c;
        }
        methods.sort_by(|&a, &b| self.cmp_objects(a, b));
        let ts = Rc::new(TypeSet {
            methods,
            terms: all_terms,
            comparable: all_comparable,
        });
        if fin {
            self.tsets.borrow_mut().insert(iface, ts.clone());
        } else {
            self.tsets.borrow_mut().remove(&iface);
        }
        (ts, fin)
    }

    /// The terms of a union (go/types' computeUnionTypeSet).
    pub fn union_terms(&self, u: TypeId) -> TermList {
        let Type::Union(terms) = self.ty(u) else {
            return Vec::new();
        };
        let mut all: TermList = Vec::new();
        for &t in terms {
            let ut = self.under(t.typ);
            let terms: TermList = if let Type::Interface(_) = self.ty(ut) {
                self.interface_type_set(ut).terms.clone()
            } else if !self.is_valid(ut) {
                continue;
            } else if t.tilde && !self.identical(t.typ, ut) {
                Vec::new() // ~T where T is not its own underlying type: ∅
            } else {
                vec![TTerm::T(t)]
            };
            all = self.termlist_union(&all, &terms);
        }
        all
    }

    fn intersect_term_lists(
        &self,
        x: &TermList,
        xcomp: bool,
        y: &TermList,
        ycomp: bool,
    ) -> (TermList, bool) {
        let mut terms = self.termlist_intersect(x, y);
        let mut comp = xcomp || ycomp;
        if comp && !is_all(&terms) {
            terms.retain(|t| match t {
                TTerm::T(t) => self.comparable_type(t.typ, false),
                TTerm::All => true,
            });
            if !is_all(&terms) {
                comp = false;
            }
        }
        (terms, comp)
    }

    /// The type set of a type parameter's constraint.
    pub fn tparam_type_set(&self, tp: TypeId) -> Rc<TypeSet> {
        match self.ty(self.unalias(tp)) {
            Type::TypeParam(p) => match p.bound {
                Some(b) => {
                    let u = self.under(b);
                    match self.ty(u) {
                        Type::Interface(_) => self.interface_type_set(u),
                        _ => Rc::new(TypeSet::top()),
                    }
                }
                None => Rc::new(TypeSet::top()),
            },
            _ => Rc::new(TypeSet::top()),
        }
    }

    /// Whether `f` holds for every term of the type set of `t` (a type
    /// parameter), or for `None` if the set has no specific terms
    /// (go/types' TypeParam.is).
    pub fn tparam_is(&self, t: TypeId, mut f: impl FnMut(Option<Term>) -> bool) -> bool {
        let ts = self.tparam_type_set(t);
        if !ts.has_terms() {
            return f(None);
        }
        ts.terms.iter().all(|x| match x {
            TTerm::T(t) => f(Some(*t)),
            TTerm::All => f(None),
        })
    }

    /// Whether `f` holds for the underlying type of every type in `t`'s type
    /// set: for a type parameter, each term's underlying type (or `None`
    /// without specific terms); else `under(t)` (go/types' underIs).
    pub fn under_is(&self, t: TypeId, mut f: impl FnMut(Option<TypeId>) -> bool) -> bool {
        let t = self.unalias(t);
        if let Type::TypeParam(_) = self.ty(t) {
            let ts = self.tparam_type_set(t);
            if !ts.has_terms() {
                return f(None);
            }
            return ts.terms.iter().all(|x| match x {
                TTerm::T(term) => f(Some(self.under(term.typ))),
                TTerm::All => f(None),
            });
        }
        f(Some(self.under(t)))
    }

    /// Methods of an interface's type set, or declared methods of a
    /// non-interface (for error messages listing).
    pub fn interface_methods(&self, iface: TypeId) -> Vec<ObjId> {
        self.interface_type_set(self.under(iface)).methods.clone()
    }

    /// Whether `o` is a method (a Func with a receiver).
    pub fn is_method(&self, o: ObjId) -> bool {
        matches!(self.obj(o).kind, ObjKind::Func { .. })
            && self
                .obj(o)
                .typ
                .and_then(|t| self.signature(t))
                .is_some_and(|s| s.recv.is_some())
    }
}
