//! Substitution of type arguments for type parameters (subst.go).
//!
//! Substitution never modifies a type: it builds new types for the parts
//! that change and returns the incoming id when nothing changes, so callers
//! may test `subst(t) != t` to learn whether `t` mentions a substituted
//! type parameter (types2 relies on that, and so do `infer` and
//! `instance`).
//!
//! Invariants:
//! - Named and alias types are not looked through: an instance `G[P]`
//!   becomes the instance `G[A]` (made through the [`Context`], so
//!   identical instances are one type), whose underlying type is
//!   substituted later by expansion (instantiate.rs). This is what makes
//!   substitution terminate on recursive types.
//! - A signature's receiver is kept as is: receivers are replaced when an
//!   interface or a named type's method is instantiated (types2 does the
//!   same to avoid the cycle receiver → interface → method → receiver).
//! - Fields, parameters and methods that change are new objects whose
//!   `origin` names the declared object they come from.

use rustc_hash::FxHashMap as HashMap;

use super::instantiate::Context;
use super::object::ObjKind;
use super::*;

/// Substitution recurses as deep as types nest, and types nest only as
/// deep as the source writes them (cycles go through named types, which
/// are not looked through). The bound guards the stack against absurdly
/// deep input; parts below it are left unsubstituted.
const MAX_SUBST_DEPTH: u32 = 512;

impl Program {
    /// `t` with every type parameter of `smap` replaced by its argument;
    /// `t` itself if nothing changes (types2 subst). Instances created
    /// here are de-duplicated only within this call; the checker's
    /// `Checker::subst` shares its instances with the whole package.
    pub fn subst(&mut self, t: TypeId, smap: &SubstMap) -> TypeId {
        let mut ctxt = Context::default();
        let r = self.subst_in(&mut ctxt, t, smap);
        // Expand what this substitution instantiated, so that queries on
        // `Program` (which cannot expand) see the instances' underlying
        // types.
        self.expand_fresh(&mut ctxt);
        r
    }

    /// Substitution with an explicit instance context (types2 subst with
    /// a ctxt).
    pub(crate) fn subst_in(&mut self, ctxt: &mut Context, t: TypeId, smap: &SubstMap) -> TypeId {
        if smap.is_empty() {
            return t;
        }
        match self.ty(t) {
            Type::Basic(_) => return t,
            Type::TypeParam(_) => return smap.lookup(t).unwrap_or(t),
            _ => {}
        }
        let mut s = Subster {
            prog: self,
            ctxt,
            smap: smap.clone(),
            depth: 0,
        };
        s.typ(t)
    }
}

impl<'a> Checker<'a> {
    /// `t` with the type parameters of `smap` replaced, sharing instances
    /// with the rest of the package (types2 check.subst with
    /// check.context()). Prefer this to `Program::subst` while checking.
    pub fn subst(&mut self, t: TypeId, smap: &SubstMap) -> TypeId {
        let r = self.prog.subst_in(&mut self.instances, t, smap);
        self.expand_pending();
        r
    }
}

/// The state of one substitution (types2 subster).
pub(crate) struct Subster<'p> {
    pub prog: &'p mut Program,
    pub ctxt: &'p mut Context,
    pub smap: SubstMap,
    depth: u32,
}

impl Subster<'_> {
    fn typ(&mut self, t: TypeId) -> TypeId {
        if self.depth > MAX_SUBST_DEPTH {
            return t;
        }
        self.depth += 1;
        let r = self.typ_inner(t);
        self.depth -= 1;
        r
    }

    fn typ_inner(&mut self, t: TypeId) -> TypeId {
        // Types other than Named and TypeParam are immutable, so a clone
        // of the node is a faithful snapshot to walk.
        match self.prog.ty(t).clone() {
            Type::Basic(_) => t,
            Type::TypeParam(_) => self.smap.lookup(t).unwrap_or(t),
            Type::Alias(a) => {
                let orig = a.orig;
                let n = match self.prog.ty(orig) {
                    Type::Alias(o) => o.tparams.len(),
                    _ => 0,
                };
                if n == 0 {
                    return t; // not parameterized
                }
                if a.targs.len() != n {
                    return self.prog.universe.invalid; // reported elsewhere
                }
                match self.list(&a.targs) {
                    Some(targs) => self.prog.alias_instance_in(self.ctxt, orig, targs),
                    None => t,
                }
            }
            Type::Array { len, elem } => {
                let e = self.typ(elem);
                if e != elem {
                    return self.prog.new_type(Type::Array { len, elem: e });
                }
                t
            }
            Type::Slice(elem) => {
                let e = self.typ(elem);
                if e != elem {
                    return self.prog.new_slice(e);
                }
                t
            }
            Type::Pointer(base) => {
                let b = self.typ(base);
                if b != base {
                    return self.prog.new_pointer(b);
                }
                t
            }
            Type::Map { key, elem } => {
                let k = self.typ(key);
                let e = self.typ(elem);
                if k != key || e != elem {
                    return self.prog.new_map(k, e);
                }
                t
            }
            Type::Chan { dir, elem } => {
                let e = self.typ(elem);
                if e != elem {
                    return self.prog.new_chan(dir, e);
                }
                t
            }
            Type::Struct(st) => match self.vars(&st.fields) {
                Some(fields) => self.prog.new_type(Type::Struct(Struct {
                    fields,
                    tags: st.tags.clone(),
                })),
                None => t,
            },
            Type::Tuple(_) => self.tuple(t),
            Type::Signature(sig) => self.signature(t, sig),
            Type::Union(terms) => {
                let mut out: Option<Vec<Term>> = None;
                for (i, term) in terms.iter().enumerate() {
                    let u = self.typ(term.typ);
                    if u != term.typ {
                        out.get_or_insert_with(|| terms.clone())[i] = Term {
                            tilde: term.tilde,
                            typ: u,
                        };
                    }
                }
                // Substitution may produce duplicate terms; the type set
                // computation normalizes them.
                match out {
                    Some(terms) => self.prog.new_type(Type::Union(terms)),
                    None => t,
                }
            }
            Type::Interface(it) => {
                let methods = self.funcs(&it.methods);
                let embeddeds = self.list(&it.embeddeds);
                if methods.is_none() && embeddeds.is_none() {
                    return t;
                }
                let methods = methods.unwrap_or_else(|| it.methods.clone());
                let embeddeds = embeddeds.unwrap_or_else(|| it.embeddeds.clone());
                let iface = self.prog.new_type(Type::Interface(Interface {
                    methods: Vec::new(),
                    embeddeds,
                    embed_pos: it.embed_pos.clone(),
                    implicit: it.implicit,
                    complete: it.complete,
                }));
                // Methods whose receiver is the old interface now belong
                // to the new one (receivers of named interfaces are
                // replaced when the named instance is expanded).
                let (methods, _) = self.prog.replace_recv_type(&methods, t, iface);
                if let Type::Interface(ni) = self.prog.ty_mut(iface) {
                    ni.methods = methods;
                }
                iface
            }
            Type::Named(n) => {
                let orig = n.orig;
                let nparams = match self.prog.ty(orig) {
                    Type::Named(o) => o.tparams.len(),
                    _ => 0,
                };
                if nparams == 0 {
                    return t; // not parameterized
                }
                if n.targs.len() != nparams {
                    return self.prog.universe.invalid; // reported elsewhere
                }
                match self.list(&n.targs) {
                    Some(targs) => self.prog.named_instance_in(self.ctxt, orig, targs),
                    None => t,
                }
            }
        }
    }

    /// Substitutes each type of `list`: `None` if none changes.
    fn list(&mut self, list: &[TypeId]) -> Option<Vec<TypeId>> {
        let mut out: Option<Vec<TypeId>> = None;
        for (i, &t) in list.iter().enumerate() {
            let u = self.typ(t);
            if u != t {
                out.get_or_insert_with(|| list.to_vec())[i] = u;
            }
        }
        out
    }

    /// Substitutes the types of variables: `None` if none changes;
    /// changed ones are cloned with their origin recorded.
    fn vars(&mut self, vars: &[ObjId]) -> Option<Vec<ObjId>> {
        let mut out: Option<Vec<ObjId>> = None;
        for (i, &v) in vars.iter().enumerate() {
            let Some(vt) = self.prog.obj(v).typ else {
                continue;
            };
            let u = self.typ(vt);
            if u != vt {
                let nv = self.prog.clone_var(v, u);
                out.get_or_insert_with(|| vars.to_vec())[i] = nv;
            }
        }
        out
    }

    fn funcs(&mut self, funcs: &[ObjId]) -> Option<Vec<ObjId>> {
        let mut out: Option<Vec<ObjId>> = None;
        for (i, &f) in funcs.iter().enumerate() {
            let Some(ft) = self.prog.obj(f).typ else {
                continue;
            };
            let u = self.typ(ft);
            if u != ft {
                let nf = self.prog.clone_func(f, u);
                out.get_or_insert_with(|| funcs.to_vec())[i] = nf;
            }
        }
        out
    }

    fn tuple(&mut self, t: TypeId) -> TypeId {
        let vars = self.prog.tuple(t).to_vec();
        match self.vars(&vars) {
            Some(vars) => self.prog.new_type(Type::Tuple(vars)),
            None => t,
        }
    }

    fn signature(&mut self, t: TypeId, sig: Signature) -> TypeId {
        // If the signature has type parameters of its own that this
        // substitution does not instantiate, we are substituting the
        // receiver type parameters of a generic method (or renaming): a
        // method type parameter's bound may mention a receiver type
        // parameter, so fresh type parameters with substituted bounds
        // replace them, and the parameters and results are rewritten to
        // refer to the fresh ones. When the signature's own type
        // parameters are in the map, this is the instantiation of the
        // signature itself; the caller drops its type parameters.
        let mut tparams = sig.tparams.clone();
        let instantiating = tparams
            .first()
            .is_none_or(|&tp| self.smap.lookup(tp).is_some());
        let saved = if instantiating {
            None
        } else {
            let mut smap = self.smap.clone();
            let fresh: Vec<TypeId> = sig
                .tparams
                .iter()
                .map(|&tp| self.prog.fresh_type_param(tp))
                .collect();
            for (&tp, &f) in sig.tparams.iter().zip(&fresh) {
                smap.tparams.push(tp);
                smap.targs.push(f);
            }
            let outer = std::mem::replace(&mut self.smap, smap);
            for (&tp, &f) in sig.tparams.iter().zip(&fresh) {
                let bound = match self.prog.ty(tp) {
                    Type::TypeParam(p) => p.bound,
                    _ => None,
                };
                let nb = bound.map(|b| self.typ(b));
                if let Type::TypeParam(p) = self.prog.ty_mut(f) {
                    p.bound = nb;
                }
            }
            tparams = fresh;
            Some(outer)
        };
        let params = self.tuple(sig.params);
        let results = self.tuple(sig.results);
        if let Some(outer) = saved {
            self.smap = outer;
        }
        if params != sig.params || results != sig.results || tparams != sig.tparams {
            return self.prog.new_type(Type::Signature(Signature {
                rparams: sig.rparams.clone(),
                tparams,
                recv: sig.recv,
                params,
                results,
                variadic: sig.variadic,
                // Instantiated signatures have no scope.
                scope: None,
            }));
        }
        t
    }
}

impl Program {
    /// A copy of variable `v` with type `typ`, remembering the declared
    /// variable it comes from (types2 cloneVar).
    pub(crate) fn clone_var(&mut self, v: ObjId, typ: TypeId) -> ObjId {
        let mut o = self.obj(v).clone();
        o.typ = Some(typ);
        if let ObjKind::Var { origin, .. } = &mut o.kind {
            origin.get_or_insert(v);
        }
        self.objs.push(o);
        ObjId(self.objs.len() as u32 - 1)
    }

    /// A copy of function `f` with type `typ`, remembering the declared
    /// function it comes from (types2 cloneFunc).
    pub(crate) fn clone_func(&mut self, f: ObjId, typ: TypeId) -> ObjId {
        let mut o = self.obj(f).clone();
        o.typ = Some(typ);
        if let ObjKind::Func { origin, .. } = &mut o.kind {
            origin.get_or_insert(f);
        }
        self.objs.push(o);
        ObjId(self.objs.len() as u32 - 1)
    }

    /// Methods of `methods` whose receiver has type `old` are copied with
    /// a receiver of type `new` (types2 replaceRecvType). Returns the
    /// updated list and whether anything was copied; the input is never
    /// modified, as methods may be shared among instances.
    pub(crate) fn replace_recv_type(
        &mut self,
        methods: &[ObjId],
        old: TypeId,
        new: TypeId,
    ) -> (Vec<ObjId>, bool) {
        let mut out = methods.to_vec();
        let mut copied = false;
        for (i, &m) in methods.iter().enumerate() {
            let Some(sig_t) = self.obj(m).typ else {
                continue;
            };
            let Some(sig) = self.signature(sig_t).cloned() else {
                continue;
            };
            let Some(recv) = sig.recv else { continue };
            if self.obj(recv).typ != Some(old) {
                continue;
            }
            let nrecv = self.clone_var(recv, new);
            let mut nsig = sig;
            nsig.recv = Some(nrecv);
            let nsig_t = self.new_type(Type::Signature(nsig));
            out[i] = self.clone_func(m, nsig_t);
            copied = true;
        }
        (out, copied)
    }

    /// A new type parameter standing for `tp` (same name, position,
    /// package and index; bound unset), with a fresh identity.
    pub(crate) fn fresh_type_param(&mut self, tp: TypeId) -> TypeId {
        let (obj, index) = match self.ty(tp) {
            Type::TypeParam(p) => (p.obj, p.index),
            _ => return tp,
        };
        let o = self.obj(obj);
        let (pos, pkg, name) = (o.pos, o.pkg, o.name);
        let nobj = self.new_obj(ObjKind::TypeName, pos, pkg, name, None);
        let id = self.next_tparam_id();
        let t = self.new_type(Type::TypeParam(TypeParam {
            obj: nobj,
            id,
            index,
            bound: None,
        }));
        self.obj_mut(nobj).typ = Some(t);
        t
    }

    /// Whether `t` mentions any of `tparams` (types2 isParameterized).
    /// The type parameters a generic signature declares, and receivers,
    /// are not looked at: only parameters and results.
    pub fn is_parameterized(&self, tparams: &[TypeId], t: TypeId) -> bool {
        let mut seen = HashMap::default();
        self.is_parameterized_inner(tparams, t, &mut seen, 0)
    }

    fn is_parameterized_inner(
        &self,
        tparams: &[TypeId],
        t: TypeId,
        seen: &mut HashMap<TypeId, bool>,
        depth: u32,
    ) -> bool {
        // Only malformed types nest this deep; not looking further only
        // makes messages worse.
        if depth > MAX_SUBST_DEPTH {
            return false;
        }
        // Results are memoized; a type on the current path counts as not
        // parameterized: a cycle (through interfaces) adds nothing the
        // first visit does not see.
        if let Some(&r) = seen.get(&t) {
            return r;
        }
        seen.insert(t, false);
        let r = match self.ty(t) {
            Type::Basic(_) => false,
            Type::Alias(_) => {
                let u = self.unalias(t);
                u != t && self.is_parameterized_inner(tparams, u, seen, depth + 1)
            }
            Type::Array { elem, .. } | Type::Slice(elem) | Type::Pointer(elem) => {
                self.is_parameterized_inner(tparams, *elem, seen, depth + 1)
            }
            Type::Chan { elem, .. } => self.is_parameterized_inner(tparams, *elem, seen, depth + 1),
            Type::Map { key, elem } => {
                let (k, e) = (*key, *elem);
                self.is_parameterized_inner(tparams, k, seen, depth + 1)
                    || self.is_parameterized_inner(tparams, e, seen, depth + 1)
            }
            Type::Struct(s) => s
                .fields
                .iter()
                .any(|&f| self.is_parameterized_inner(tparams, self.obj_type(f), seen, depth + 1)),
            Type::Tuple(vars) => vars
                .iter()
                .any(|&v| self.is_parameterized_inner(tparams, self.obj_type(v), seen, depth + 1)),
            Type::Signature(sig) => {
                let (p, r) = (sig.params, sig.results);
                self.is_parameterized_inner(tparams, p, seen, depth + 1)
                    || self.is_parameterized_inner(tparams, r, seen, depth + 1)
            }
            Type::Interface(_) => {
                let ts = self.interface_type_set(t);
                ts.methods.iter().any(|&m| {
                    self.is_parameterized_inner(tparams, self.obj_type(m), seen, depth + 1)
                }) || (ts.has_terms()
                    && ts.terms.iter().all(|term| match term {
                        typeset::TTerm::T(term) => {
                            self.is_parameterized_inner(tparams, term.typ, seen, depth + 1)
                        }
                        typeset::TTerm::All => false,
                    }))
            }
            Type::Union(terms) => terms
                .iter()
                .any(|term| self.is_parameterized_inner(tparams, term.typ, seen, depth + 1)),
            Type::Named(n) => n
                .targs
                .iter()
                .any(|&a| self.is_parameterized_inner(tparams, a, seen, depth + 1)),
            Type::TypeParam(_) => tparams.contains(&t),
        };
        seen.insert(t, r);
        r
    }
}
