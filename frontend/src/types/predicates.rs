//! Predicates on types (predicates.go, under.go): classification, identity,
//! comparability, default types, core types.

use super::typ::*;
use super::typeset::TTerm;
use super::{ObjId, Program};

impl Program {
    // -- classification by underlying basic type -----------------------------

    pub fn is_basic(&self, t: TypeId, flags: u8) -> bool {
        match self.ty(self.under(t)) {
            Type::Basic(b) => b.kind.info() & flags != 0,
            _ => false,
        }
    }
    pub fn is_boolean(&self, t: TypeId) -> bool {
        self.is_basic(t, info::BOOLEAN)
    }
    pub fn is_integer(&self, t: TypeId) -> bool {
        self.is_basic(t, info::INTEGER)
    }
    pub fn is_unsigned(&self, t: TypeId) -> bool {
        self.is_basic(t, info::UNSIGNED)
    }
    pub fn is_float(&self, t: TypeId) -> bool {
        self.is_basic(t, info::FLOAT)
    }
    pub fn is_complex(&self, t: TypeId) -> bool {
        self.is_basic(t, info::COMPLEX)
    }
    pub fn is_numeric(&self, t: TypeId) -> bool {
        self.is_basic(t, info::NUMERIC)
    }
    pub fn is_string(&self, t: TypeId) -> bool {
        self.is_basic(t, info::STRING)
    }
    pub fn is_integer_or_float(&self, t: TypeId) -> bool {
        self.is_basic(t, info::INTEGER | info::FLOAT)
    }
    pub fn is_const_type(&self, t: TypeId) -> bool {
        self.is_basic(t, info::CONST_TYPE)
    }

    /// `is_basic` for every type in a type parameter's type set (go/types'
    /// allBasic), or for `t` itself.
    pub fn all_basic(&self, t: TypeId, flags: u8) -> bool {
        if self.is_type_param(t) {
            return self.tparam_is(t, |term| {
                term.is_some_and(|term| self.is_basic(term.typ, flags))
            });
        }
        self.is_basic(t, flags)
    }
    pub fn all_boolean(&self, t: TypeId) -> bool {
        self.all_basic(t, info::BOOLEAN)
    }
    pub fn all_integer(&self, t: TypeId) -> bool {
        self.all_basic(t, info::INTEGER)
    }
    pub fn all_unsigned(&self, t: TypeId) -> bool {
        self.all_basic(t, info::UNSIGNED)
    }
    pub fn all_numeric(&self, t: TypeId) -> bool {
        self.all_basic(t, info::NUMERIC)
    }
    pub fn all_string(&self, t: TypeId) -> bool {
        self.all_basic(t, info::STRING)
    }
    pub fn all_ordered(&self, t: TypeId) -> bool {
        self.all_basic(t, info::ORDERED)
    }
    pub fn all_numeric_or_string(&self, t: TypeId) -> bool {
        self.all_basic(t, info::NUMERIC | info::STRING)
    }

    /// Basic, named types and type parameters have names.
    pub fn has_name(&self, t: TypeId) -> bool {
        matches!(
            self.ty(self.unalias(t)),
            Type::Basic(_) | Type::Named(_) | Type::TypeParam(_)
        )
    }

    pub fn is_type_lit(&self, t: TypeId) -> bool {
        !matches!(
            self.ty(self.unalias(t)),
            Type::Named(_) | Type::TypeParam(_)
        )
    }

    /// Not an untyped basic type. (Deliberately not looking through
    /// aliases: untyped types are never aliased.)
    pub fn is_typed(&self, t: TypeId) -> bool {
        match self.ty(t) {
            Type::Basic(b) => !b.kind.is_untyped(),
            _ => true,
        }
    }
    pub fn is_untyped(&self, t: TypeId) -> bool {
        !self.is_typed(t)
    }
    pub fn is_untyped_numeric(&self, t: TypeId) -> bool {
        match self.ty(t) {
            Type::Basic(b) => b.kind.is_untyped() && b.kind.info() & info::NUMERIC != 0,
            _ => false,
        }
    }

    pub fn is_interface(&self, t: TypeId) -> bool {
        matches!(self.ty(self.under(t)), Type::Interface(_))
    }
    pub fn is_type_param(&self, t: TypeId) -> bool {
        matches!(self.ty(self.unalias(t)), Type::TypeParam(_))
    }
    pub fn is_non_type_param_interface(&self, t: TypeId) -> bool {
        !self.is_type_param(t) && self.is_interface(t)
    }

    /// A generic type not yet instantiated.
    pub fn is_generic(&self, t: TypeId) -> bool {
        match self.ty(t) {
            Type::Alias(a) => !a.tparams.is_empty() && a.targs.is_empty(),
            Type::Named(n) => !n.tparams.is_empty() && n.targs.is_empty(),
            _ => false,
        }
    }

    /// A type parameter whose constraint has an empty type set.
    pub fn has_empty_typeset(&self, t: TypeId) -> bool {
        if let Type::TypeParam(tp) = self.ty(self.unalias(t))
            && let Some(b) = tp.bound
        {
            let u = self.under(b);
            if let Type::Interface(_) = self.ty(u) {
                return self.interface_type_set(u).is_empty();
            }
        }
        false
    }

    // -- comparability ------------------------------------------------------------

    /// Whether values of type `t` are comparable (go/types' Comparable).
    pub fn comparable(&self, t: TypeId) -> bool {
        self.comparable_reason(t, true).is_none()
    }

    /// Strict comparability (for `comparable` type sets): interfaces count
    /// only if their type set is comparable.
    pub fn comparable_type(&self, t: TypeId, dynamic: bool) -> bool {
        self.comparable_reason(t, dynamic).is_none()
    }

    /// `None` if comparable; otherwise the reason types2 gives (possibly
    /// empty): "struct containing []int cannot be compared" etc. The
    /// reason's types are formatted with `qf`-less type strings by the
    /// caller; here we return the offending type for it to format.
    pub fn comparable_reason(&self, t: TypeId, dynamic: bool) -> Option<Incomparable> {
        let mut seen = Vec::new();
        self.comparable_inner(t, dynamic, &mut seen)
    }

    fn comparable_inner(
        &self,
        t: TypeId,
        dynamic: bool,
        seen: &mut Vec<TypeId>,
    ) -> Option<Incomparable> {
        if seen.contains(&t) {
            return None;
        }
        seen.push(t);
        let u = self.under(t);
        match self.ty(u) {
            Type::Basic(b) => {
                if b.kind == BasicKind::UntypedNil {
                    return Some(Incomparable::Plain);
                }
                None
            }
            Type::Pointer(_) | Type::Chan { .. } => None,
            Type::Struct(s) => {
                for &f in &s.fields {
                    let ft = self.obj_type(f);
                    if self.comparable_inner(ft, dynamic, seen).is_some() {
                        return Some(Incomparable::StructContaining(ft));
                    }
                }
                None
            }
            Type::Array { elem, .. } => {
                if self.comparable_inner(*elem, dynamic, seen).is_some() {
                    return Some(Incomparable::Array(t));
                }
                None
            }
            Type::Interface(_) => {
                let ts = self.interface_type_set(u);
                if dynamic && !self.is_type_param(t) || self.type_set_is_comparable(&ts, seen) {
                    return None;
                }
                if ts.is_empty() {
                    Some(Incomparable::Cause("empty type set"))
                } else {
                    Some(Incomparable::Cause("incomparable types in type set"))
                }
            }
            _ => Some(Incomparable::Plain),
        }
    }

    fn type_set_is_comparable(&self, ts: &super::typeset::TypeSet, seen: &mut Vec<TypeId>) -> bool {
        if super::typeset::is_all(&ts.terms) {
            return ts.comparable;
        }
        if !ts.has_terms() {
            return false;
        }
        ts.terms.iter().all(|t| match t {
            TTerm::T(t) => self.comparable_inner(t.typ, false, seen).is_none(),
            TTerm::All => false,
        })
    }

    /// Whether `nil` is a value of type `t` (go/types' hasNil).
    pub fn has_nil(&self, t: TypeId) -> bool {
        let u = self.under(t);
        match self.ty(u) {
            Type::Basic(b) => b.kind == BasicKind::UnsafePointer,
            Type::Slice(_)
            | Type::Pointer(_)
            | Type::Signature(_)
            | Type::Map { .. }
            | Type::Chan { .. } => true,
            Type::Interface(_) => {
                !self.is_type_param(t) || self.under_is(t, |u| u.is_some_and(|u| self.has_nil(u)))
            }
            _ => false,
        }
    }

    // -- identity -----------------------------------------------------------------

    /// Type identity (go/types' Identical).
    pub fn identical(&self, x: TypeId, y: TypeId) -> bool {
        Comparer {
            p: self,
            ignore_tags: false,
            ignore_invalids: false,
            tparams: Vec::new(),
            ifaces: Vec::new(),
        }
        .identical(x, y)
    }

    /// Identity ignoring struct tags (for conversions).
    pub fn identical_ignore_tags(&self, x: TypeId, y: TypeId) -> bool {
        Comparer {
            p: self,
            ignore_tags: true,
            ignore_invalids: false,
            tparams: Vec::new(),
            ifaces: Vec::new(),
        }
        .identical(x, y)
    }

    /// The default type of an untyped type (go/types' Default).
    pub fn default_type(&self, t: TypeId) -> TypeId {
        let u = &self.universe;
        match self.ty(t) {
            Type::Basic(b) => match b.kind {
                BasicKind::UntypedBool => u.basic(BasicKind::Bool),
                BasicKind::UntypedInt => u.basic(BasicKind::Int),
                BasicKind::UntypedRune => u.rune,
                BasicKind::UntypedFloat => u.basic(BasicKind::Float64),
                BasicKind::UntypedComplex => u.basic(BasicKind::Complex128),
                BasicKind::UntypedString => u.basic(BasicKind::String),
                _ => t,
            },
            _ => t,
        }
    }

    /// The "larger" of two untyped numeric types (int < rune < float <
    /// complex), or `None` if either is not untyped numeric (go/types' maxType).
    pub fn max_type(&self, x: TypeId, y: TypeId) -> Option<TypeId> {
        if self.is_untyped_numeric(x) && self.is_untyped_numeric(y) {
            let kx = self.basic_kind(x)?;
            let ky = self.basic_kind(y)?;
            return Some(if kx > ky { x } else { y });
        }
        if self.identical(x, y) {
            return Some(x);
        }
        None
    }

    /// The core type (under.go's coreType): the single underlying type of
    /// all types in a type parameter's type set, or `under(t)` for others;
    /// `None` if there is none.
    pub fn core_type(&self, t: TypeId) -> Option<TypeId> {
        let t = self.unalias(t);
        if !self.is_type_param(t) {
            let u = self.under(t);
            return Some(u);
        }
        let mut su: Option<TypeId> = None;
        let ok = self.under_is(t, |u| {
            let Some(u) = u else { return false };
            if let Some(s) = su {
                match self.match_chan_or_same(s, u) {
                    Some(m) => su = Some(m),
                    None => return false,
                }
            } else {
                su = Some(u);
            }
            true
        });
        if ok { su } else { None }
    }

    /// Like `core_type`, but `[]byte` and `string` mix to `string`
    /// (go/types' coreString, for append/copy/slicing).
    pub fn core_string(&self, t: TypeId) -> Option<TypeId> {
        let t = self.unalias(t);
        if !self.is_type_param(t) {
            return Some(self.under(t));
        }
        let mut su: Option<TypeId> = None;
        let mut has_string = false;
        let ok = self.under_is(t, |u| {
            let Some(mut u) = u else { return false };
            if self.is_string(u) {
                u = self.universe.basic(BasicKind::String);
                has_string = true;
            }
            if let Some(s) = su {
                match self.match_chan_or_same(s, u) {
                    Some(m) => su = Some(m),
                    None => return false,
                }
            } else {
                su = Some(u);
            }
            true
        });
        if !ok {
            return None;
        }
        if has_string {
            return Some(self.universe.basic(BasicKind::String));
        }
        su
    }

    /// Identical types match; so do channels of identical element types
    /// when at most one is directional (the directional one wins).
    fn match_chan_or_same(&self, x: TypeId, y: TypeId) -> Option<TypeId> {
        if self.identical(x, y) {
            return Some(x);
        }
        if let (Type::Chan { dir: dx, elem: ex }, Type::Chan { dir: dy, elem: ey }) =
            (self.ty(x), self.ty(y))
            && self.identical(*ex, *ey)
        {
            if *dx == ChanDir::SendRecv {
                return Some(y);
            }
            if *dy == ChanDir::SendRecv {
                return Some(x);
            }
        }
        None
    }

    /// The origin of an instantiated named type or alias (itself otherwise).
    pub fn origin(&self, t: TypeId) -> TypeId {
        match self.ty(t) {
            Type::Named(n) => n.orig,
            Type::Alias(a) => a.orig,
            _ => t,
        }
    }

    /// Methods of the origin of a named type.
    pub fn named_methods(&self, t: TypeId) -> &[ObjId] {
        match self.ty(self.origin(t)) {
            Type::Named(n) => &n.methods,
            _ => &[],
        }
    }
}

/// Why a type is not comparable (for messages).
#[derive(Clone, Debug)]
pub enum Incomparable {
    /// No further explanation.
    Plain,
    /// "struct containing T cannot be compared"
    StructContaining(TypeId),
    /// "T cannot be compared" (an array of incomparable elements)
    Array(TypeId),
    /// Constraint-related cause.
    Cause(&'static str),
}

struct Comparer<'p> {
    p: &'p Program,
    ignore_tags: bool,
    ignore_invalids: bool,
    /// Pairs of corresponding type parameters of generic signatures being
    /// compared: identical to each other (instead of substituting).
    tparams: Vec<(TypeId, TypeId)>,
    /// Pairs of interfaces under comparison (cycle guard).
    ifaces: Vec<(TypeId, TypeId)>,
}

impl Comparer<'_> {
    fn identical(&mut self, x: TypeId, y: TypeId) -> bool {
        let p = self.p;
        let x = p.unalias(x);
        let y = p.unalias(y);
        if x == y {
            return true;
        }
        if self.ignore_invalids && (!p.is_valid(x) || !p.is_valid(y)) {
            return true;
        }
        match (p.ty(x), p.ty(y)) {
            (Type::Basic(a), Type::Basic(b)) => a.kind == b.kind,
            (Type::Array { len: lx, elem: ex }, Type::Array { len: ly, elem: ey }) => {
                (*lx < 0 || *ly < 0 || lx == ly) && self.identical(*ex, *ey)
            }
            (Type::Slice(a), Type::Slice(b)) => self.identical(*a, *b),
            (Type::Struct(a), Type::Struct(b)) => {
                if a.fields.len() != b.fields.len() {
                    return false;
                }
                for i in 0..a.fields.len() {
                    let (f, g) = (a.fields[i], b.fields[i]);
                    let (fo, go) = (p.obj(f), p.obj(g));
                    let tag = |s: &Struct| s.tags.get(i).cloned().flatten().unwrap_or_default();
                    if fo.is_embedded() != go.is_embedded()
                        || (!self.ignore_tags && tag(a) != tag(b))
                        || !p.same_id(f, g)
                        || !self.identical(p.obj_type(f), p.obj_type(g))
                    {
                        return false;
                    }
                }
                true
            }
            (Type::Pointer(a), Type::Pointer(b)) => self.identical(*a, *b),
            (Type::Tuple(a), Type::Tuple(b)) => {
                a.len() == b.len()
                    && a.iter()
                        .zip(b.iter())
                        .all(|(&v, &w)| self.identical(p.obj_type(v), p.obj_type(w)))
            }
            (Type::Signature(a), Type::Signature(b)) => {
                if a.tparams.len() != b.tparams.len() {
                    return false;
                }
                let mark = self.tparams.len();
                for (&xt, &yt) in a.tparams.iter().zip(b.tparams.iter()) {
                    self.tparams.push((xt, yt));
                }
                let mut ok = true;
                for (&xt, &yt) in a.tparams.iter().zip(b.tparams.iter()) {
                    let xb = match p.ty(xt) {
                        Type::TypeParam(t) => t.bound,
                        _ => None,
                    };
                    let yb = match p.ty(yt) {
                        Type::TypeParam(t) => t.bound,
                        _ => None,
                    };
                    ok &= match (xb, yb) {
                        (Some(xb), Some(yb)) => self.identical(xb, yb),
                        (None, None) => true,
                        _ => false,
                    };
                }
                ok = ok
                    && a.variadic == b.variadic
                    && self.identical(a.params, b.params)
                    && self.identical(a.results, b.results);
                self.tparams.truncate(mark);
                ok
            }
            (Type::Union(_), Type::Union(_)) => {
                let xs = p.union_terms(x);
                let ys = p.union_terms(y);
                p.termlist_equal(&xs, &ys)
            }
            (Type::Interface(_), Type::Interface(_)) => {
                let xs = p.interface_type_set(x);
                let ys = p.interface_type_set(y);
                if xs.comparable != ys.comparable || !p.termlist_equal(&xs.terms, &ys.terms) {
                    return false;
                }
                if xs.methods.len() != ys.methods.len() {
                    return false;
                }
                if self
                    .ifaces
                    .iter()
                    .any(|&(a, b)| (a, b) == (x, y) || (a, b) == (y, x))
                {
                    return true;
                }
                self.ifaces.push((x, y));
                let ok = xs.methods.iter().zip(ys.methods.iter()).all(|(&f, &g)| {
                    p.same_id(f, g) && self.identical(p.obj_type(f), p.obj_type(g))
                });
                self.ifaces.pop();
                ok
            }
            (Type::Map { key: kx, elem: ex }, Type::Map { key: ky, elem: ey }) => {
                self.identical(*kx, *ky) && self.identical(*ex, *ey)
            }
            (Type::Chan { dir: dx, elem: ex }, Type::Chan { dir: dy, elem: ey }) => {
                dx == dy && self.identical(*ex, *ey)
            }
            (Type::Named(a), Type::Named(b)) => {
                if a.targs.len() != b.targs.len() {
                    return false;
                }
                for (&xa, &ya) in a.targs.iter().zip(b.targs.iter()) {
                    if !self.identical(xa, ya) {
                        return false;
                    }
                }
                p.obj_of_origin(a.orig) == p.obj_of_origin(b.orig)
            }
            (Type::TypeParam(_), Type::TypeParam(_)) => {
                self.tparams.iter().any(|&(a, b)| a == x && b == y)
            }
            _ => false,
        }
    }
}

impl Program {
    fn obj_of_origin(&self, orig: TypeId) -> Option<ObjId> {
        match self.ty(orig) {
            Type::Named(n) => Some(n.obj),
            _ => None,
        }
    }
}
