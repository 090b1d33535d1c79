//! Unification of types with type parameters (unify.go).
//!
//! Unification tries to make two types structurally equal by inferring
//! types for a given list of (bound) type parameters that may occur in
//! them. If they differ structurally (`[]T` against `chan T`) or a type
//! parameter would get two different types, it fails; on success it has
//! recorded, as a side effect, the types it inferred.
//!
//! Structural equality here ignores the difference between a defined type
//! and a type literal when one of each is matched (unless matching must
//! be exact), and between an unbound type parameter and its core type.
//! Whether the inferred types are then identical, assignable or in a
//! constraint's type set is decided later, at instantiation and argument
//! passing.
//!
//! Invariants:
//! - Each bound type parameter has a handle; type parameters unified with
//!   each other share one handle, so inferring one infers all of them.
//! - Recursion is bounded (`UNIFICATION_DEPTH_LIMIT`): past it unification
//!   fails quietly (types2 panics there, as it signals a bug).

use rustc_hash::FxHashMap as HashMap;

use super::*;

/// Upper limit for recursion depth (types2 unificationDepthLimit).
const UNIFICATION_DEPTH_LIMIT: u32 = 50;

/// Unification modes (types2 unifyMode).
pub(crate) mod mode {
    /// Types are involved in an assignment: they may match inexactly at
    /// the top, but element types must match exactly.
    pub const ASSIGN: u8 = 1 << 0;
    /// Types unify only if they are identical (or can be made so).
    /// Otherwise a named type and a type literal unify if their
    /// underlying types do, channel directions are ignored, and an
    /// interface unifies with a type that has its methods.
    pub const EXACT: u8 = 1 << 1;
}
use mode::{ASSIGN, EXACT};

/// A unifier: the bound type parameters and what is inferred for them
/// (types2 unifier).
pub(crate) struct Unifier {
    /// Bound type parameter → index of its handle in `vals`.
    handles: HashMap<TypeId, usize>,
    /// The bound type parameters, in order (for deterministic counting).
    tparams: Vec<TypeId>,
    /// Inferred type per handle (`None`: not inferred yet).
    vals: Vec<Option<TypeId>>,
    depth: u32,
    /// Use methods of interfaces for inference (Go 1.21+).
    enable_interface_inference: bool,
}

impl Unifier {
    /// A unifier for `tparams` with the known type arguments `targs` (as
    /// long as `tparams` or shorter; `None` entries are unknown).
    pub(crate) fn new(
        tparams: &[TypeId],
        targs: &[Option<TypeId>],
        enable_interface_inference: bool,
    ) -> Unifier {
        let mut handles = HashMap::default();
        let mut vals = Vec::new();
        for (i, &tp) in tparams.iter().enumerate() {
            handles.insert(tp, vals.len());
            vals.push(targs.get(i).copied().flatten());
        }
        Unifier {
            handles,
            tparams: tparams.to_vec(),
            vals,
            depth: 0,
            enable_interface_inference,
        }
    }

    /// Unifies `x` and `y` (types2 unify); may infer types as a side effect.
    pub(crate) fn unify(&mut self, c: &mut Checker, x: TypeId, y: TypeId, mode: u8) -> bool {
        let mut pairs = Vec::new();
        self.nify(c, x, y, mode, &mut pairs)
    }

    /// The type inferred for bound type parameter `x`, if any.
    pub(crate) fn at(&self, x: TypeId) -> Option<TypeId> {
        self.handles.get(&x).and_then(|&h| self.vals[h])
    }

    /// Sets the type inferred for bound type parameter `x` (and those
    /// joined with it).
    pub(crate) fn set(&mut self, x: TypeId, t: TypeId) {
        if let Some(&h) = self.handles.get(&x) {
            self.vals[h] = Some(t);
        }
    }

    /// Number of type parameters without an inferred type.
    pub(crate) fn unknowns(&self) -> usize {
        self.tparams
            .iter()
            .filter(|&&tp| self.at(tp).is_none())
            .count()
    }

    /// The inferred types for `tparams`, `None` where unknown.
    pub(crate) fn inferred(&self, tparams: &[TypeId]) -> Vec<Option<TypeId>> {
        tparams.iter().map(|&tp| self.at(tp)).collect()
    }

    /// Unifies bound type parameters `x` and `y`: afterwards they share a
    /// handle. Fails if both already have (possibly different) types.
    fn join(&mut self, x: TypeId, y: TypeId) -> bool {
        let (Some(&hx), Some(&hy)) = (self.handles.get(&x), self.handles.get(&y)) else {
            return false;
        };
        if hx == hy {
            return true;
        }
        match (self.vals[hx], self.vals[hy]) {
            (Some(_), Some(_)) => false,
            (Some(_), None) => {
                self.set_handle(y, hx);
                true
            }
            _ => {
                self.set_handle(x, hy);
                true
            }
        }
    }

    /// Points `x` and every type parameter joined with it to handle `h`.
    fn set_handle(&mut self, x: TypeId, h: usize) {
        let Some(&hx) = self.handles.get(&x) else {
            return;
        };
        for v in self.handles.values_mut() {
            if *v == hx {
                *v = h;
            }
        }
    }

    /// `x` as a type parameter bound by this unifier, if it is one.
    fn as_bound_type_param(&self, p: &Program, x: TypeId) -> Option<TypeId> {
        let x = p.unalias(x);
        (matches!(p.ty(x), Type::TypeParam(_)) && self.handles.contains_key(&x)).then_some(x)
    }

    fn nify(
        &mut self,
        c: &mut Checker,
        x: TypeId,
        y: TypeId,
        mode: u8,
        pairs: &mut Vec<(TypeId, TypeId)>,
    ) -> bool {
        self.depth += 1;
        let r = self.nify_inner(c, x, y, mode, pairs);
        self.depth -= 1;
        r
    }

    /// The unification algorithm proper, an adapted version of type
    /// identity (types2 nify).
    fn nify_inner(
        &mut self,
        c: &mut Checker,
        mut x: TypeId,
        mut y: TypeId,
        mode: u8,
        pairs: &mut Vec<(TypeId, TypeId)>,
    ) -> bool {
        if x == y || c.prog.unalias(x) == c.prog.unalias(y) {
            return true;
        }
        // Stop gap for cases where unification does not terminate.
        if self.depth > UNIFICATION_DEPTH_LIMIT {
            return false;
        }

        // Unification is symmetric: make sure that a defined type, if
        // any, is in y, and a bound type parameter, if any, in x.
        if as_named(c.prog, x).is_some() || self.as_bound_type_param(c.prog, y).is_some() {
            std::mem::swap(&mut x, &mut y);
        }

        // A defined type never unifies with a type literal, except in
        // inexact mode, where the defined type's underlying type is used
        // (values of either are assignable to the other at the top
        // level). Basic types count as literals here, as they may be
        // core types of constraints; a wrong inference that results is
        // caught at instantiation.
        if mode & EXACT == 0
            && as_named(c.prog, y).is_some()
            && c.prog.is_type_lit(x)
            && !(self.enable_interface_inference && c.prog.is_interface(x))
        {
            y = c.under(y);
            if x == y || c.prog.unalias(x) == c.prog.unalias(y) {
                return true;
            }
        }

        // Cases where at least one of x or y is a bound type parameter;
        // if there is one, it is x. If there is only one, y was not
        // changed above (x is not a type literal).
        match (
            self.as_bound_type_param(c.prog, x),
            self.as_bound_type_param(c.prog, y),
        ) {
            (Some(px), Some(py)) => {
                if self.join(px, py) {
                    return true;
                }
                // Both have an inferred type: they must match.
                return match (self.at(px), self.at(py)) {
                    (Some(tx), Some(ty)) => self.nify(c, tx, ty, mode, pairs),
                    _ => false,
                };
            }
            (Some(px), None) => {
                let Some(tx) = self.at(px) else {
                    // Infer the type from y.
                    self.set(px, y);
                    return true;
                };
                // The inferred type must match y.
                if !self.nify(c, tx, y, mode, pairs) {
                    return false;
                }
                let xi = as_interface(c, tx);
                let yi = as_interface(c, y);
                let xn = as_named(c.prog, tx).is_some();
                let yn = as_named(c.prog, y).is_some();
                if let (Some(xi), Some(yi)) = (xi, yi) {
                    // Two interfaces: if both are named they must be
                    // identical (unification cannot know which name is
                    // right); otherwise their method sets must match (the
                    // types unified, so comparing counts suffices).
                    if xn && yn {
                        return c.prog.identical(tx, y);
                    }
                    let nx = c.prog.interface_type_set(xi).methods.len();
                    let ny = c.prog.interface_type_set(yi).methods.len();
                    if nx != ny {
                        return false;
                    }
                } else if xi.is_some() || yi.is_some() {
                    // Either could be the type argument: choosing would
                    // make inference depend on order (go.dev/issue/60933).
                    return false;
                }
                // In inexact mode prefer a defined type, then a directed
                // channel, so the result does not depend on the order in
                // which arguments are seen (go.dev/issue/43056, 62157).
                if mode & EXACT == 0 && !xn {
                    if yn {
                        self.set(px, y);
                    } else {
                        let yu = c.under(y);
                        if matches!(c.prog.ty(yu), Type::Chan { dir, .. } if *dir != ChanDir::SendRecv)
                        {
                            self.set(px, y);
                        }
                    }
                }
                return true;
            }
            _ => {}
        }

        // With interface inference and inexact unification, interfaces
        // unify by their methods.
        if self.enable_interface_inference && mode & EXACT == 0 {
            let xi = as_interface(c, x);
            let yi = as_interface(c, y);
            if let (Some(xi), Some(yi)) = (xi, yi) {
                // Equal type terms, one method set a subset of the other,
                // and common methods unify.
                let xset = c.prog.interface_type_set(xi);
                let yset = c.prog.interface_type_set(yi);
                if xset.comparable != yset.comparable {
                    return false;
                }
                if !c.prog.termlist_equal(&xset.terms, &yset.terms) {
                    return false;
                }
                // A pair compared before (a cycle through anonymous
                // interfaces) unifies.
                if pairs
                    .iter()
                    .any(|&(a, b)| (a, b) == (xi, yi) || (a, b) == (yi, xi))
                {
                    return true;
                }
                let (small, large) = if xset.methods.len() <= yset.methods.len() {
                    (xset.methods.clone(), yset.methods.clone())
                } else {
                    (yset.methods.clone(), xset.methods.clone())
                };
                for xm in small {
                    let Some(ym) = large.iter().copied().find(|&ym| c.prog.same_id(xm, ym)) else {
                        return false;
                    };
                    let (xt, yt) = (c.prog.obj_type(xm), c.prog.obj_type(ym));
                    if !self.nify(c, xt, yt, EXACT, pairs) {
                        return false;
                    }
                }
                return true;
            }
            // One interface: make it x's. Each of its methods must exist
            // in the other type and their signatures unify.
            let (xi, other) = match (xi, yi) {
                (Some(xi), _) => (Some(xi), y),
                (None, Some(yi)) => (Some(yi), x),
                (None, None) => (None, y),
            };
            if let Some(xi) = xi {
                let methods = c.prog.interface_type_set(xi).methods.clone();
                for xm in methods {
                    let (pkg, name) = (c.prog.obj(xm).pkg, c.prog.obj(xm).name);
                    let r = c.lookup_field_or_method(other, false, pkg, name, false);
                    let Some(ym) = r.obj.filter(|&o| c.prog.obj(o).is_func()) else {
                        return false;
                    };
                    // Make sure the method's signature is set up.
                    c.obj_decl(ym, None);
                    let yt = c.prog.obj_type(ym);
                    // A generic method never satisfies an interface method.
                    if c.prog.signature(yt).is_some_and(|s| !s.tparams.is_empty()) {
                        return false;
                    }
                    let xt = c.prog.obj_type(xm);
                    if !self.nify(c, xt, yt, EXACT, pairs) {
                        return false;
                    }
                }
                return true;
            }
        }

        // Unless unification is exact, neither x nor y is an interface
        // now. A type parameter left is unbound: make it x's.
        if c.prog.is_type_param(y) {
            std::mem::swap(&mut x, &mut y);
        }

        // Element types must match exactly in an assignment.
        let emode = if mode & ASSIGN != 0 {
            mode | EXACT
        } else {
            mode
        };

        // Continue with unaliased types, keeping the originals (their
        // names matter for the core type case below).
        let yorig = y;
        let x = c.prog.unalias(x);
        let y = c.prog.unalias(y);

        match (c.prog.ty(x).clone(), c.prog.ty(y).clone()) {
            // Basic types are singletons except for byte and rune.
            (Type::Basic(a), Type::Basic(b)) => a.kind == b.kind,
            (Type::Array { len: lx, elem: ex }, Type::Array { len: ly, elem: ey }) => {
                // Unknown lengths (< 0, after an error) match anything.
                (lx < 0 || ly < 0 || lx == ly) && self.nify(c, ex, ey, emode, pairs)
            }
            (Type::Slice(ex), Type::Slice(ey)) => self.nify(c, ex, ey, emode, pairs),
            (Type::Struct(a), Type::Struct(b)) => {
                if a.fields.len() != b.fields.len() {
                    return false;
                }
                for i in 0..a.fields.len() {
                    let (f, g) = (a.fields[i], b.fields[i]);
                    let tag = |s: &Struct| s.tags.get(i).cloned().flatten().unwrap_or_default();
                    if c.prog.obj(f).is_embedded() != c.prog.obj(g).is_embedded()
                        || tag(&a) != tag(&b)
                        || !c.prog.same_id(f, g)
                    {
                        return false;
                    }
                    let (ft, gt) = (c.prog.obj_type(f), c.prog.obj_type(g));
                    if !self.nify(c, ft, gt, emode, pairs) {
                        return false;
                    }
                }
                true
            }
            (Type::Pointer(bx), Type::Pointer(by)) => self.nify(c, bx, by, emode, pairs),
            (Type::Tuple(a), Type::Tuple(b)) => {
                if a.len() != b.len() {
                    return false;
                }
                for (&v, &w) in a.iter().zip(&b) {
                    let (vt, wt) = (c.prog.obj_type(v), c.prog.obj_type(w));
                    if !self.nify(c, vt, wt, mode, pairs) {
                        return false;
                    }
                }
                true
            }
            (Type::Signature(a), Type::Signature(b)) => {
                // Parameter names need not match; type parameters of
                // generic signatures are not considered (as types2).
                a.variadic == b.variadic
                    && self.nify(c, a.params, b.params, emode, pairs)
                    && self.nify(c, a.results, b.results, emode, pairs)
            }
            (Type::Interface(_), Type::Interface(_)) => {
                // Same type terms and same methods (by identity) whose
                // signatures unify.
                let xset = c.prog.interface_type_set(x);
                let yset = c.prog.interface_type_set(y);
                if xset.comparable != yset.comparable
                    || !c.prog.termlist_equal(&xset.terms, &yset.terms)
                    || xset.methods.len() != yset.methods.len()
                {
                    return false;
                }
                // A pair compared before (a cycle through anonymous
                // interfaces) unifies.
                if pairs
                    .iter()
                    .any(|&(a, b)| (a, b) == (x, y) || (a, b) == (y, x))
                {
                    return true;
                }
                pairs.push((x, y));
                let mut ok = true;
                for (&f, &g) in xset.methods.iter().zip(&yset.methods) {
                    let (ft, gt) = (c.prog.obj_type(f), c.prog.obj_type(g));
                    if !c.prog.same_id(f, g) || !self.nify(c, ft, gt, EXACT, pairs) {
                        ok = false;
                        break;
                    }
                }
                pairs.pop();
                ok
            }
            (Type::Map { key: kx, elem: ex }, Type::Map { key: ky, elem: ey }) => {
                self.nify(c, kx, ky, emode, pairs) && self.nify(c, ex, ey, emode, pairs)
            }
            (Type::Chan { dir: dx, elem: ex }, Type::Chan { dir: dy, elem: ey }) => {
                // Directions are ignored in inexact unification.
                (mode & EXACT == 0 || dx == dy) && self.nify(c, ex, ey, emode, pairs)
            }
            (Type::Named(a), Type::Named(b)) => {
                // Type arguments first, so they unify even if the origins
                // differ, for better messages (go.dev/issue/53692).
                if a.targs.len() != b.targs.len() {
                    return false;
                }
                for (&xa, &ya) in a.targs.iter().zip(&b.targs) {
                    if !self.nify(c, xa, ya, mode, pairs) {
                        return false;
                    }
                }
                c.prog.origin(x) == c.prog.origin(y)
            }
            (Type::TypeParam(_), _) => {
                // x is an unbound type parameter. A valid type argument
                // for it has an underlying type in its constraint's type
                // set: if that set has a core type, y must match it (as
                // an underlying type: assign mode looks through y's name).
                match c.prog.core_type(x) {
                    Some(cx) => self.nify(c, cx, yorig, ASSIGN, pairs),
                    None => false,
                }
            }
            _ => false,
        }
    }
}

/// `t` as a named type, looking through aliases (types2 asNamed).
fn as_named(p: &Program, t: TypeId) -> Option<TypeId> {
    let t = p.unalias(t);
    matches!(p.ty(t), Type::Named(_)).then_some(t)
}

/// The underlying interface of `t` if `t` is not a type parameter
/// (types2 asInterface).
fn as_interface(c: &mut Checker, t: TypeId) -> Option<TypeId> {
    if c.prog.is_type_param(t) {
        return None;
    }
    let u = c.under(t);
    matches!(c.prog.ty(u), Type::Interface(_)).then_some(u)
}
