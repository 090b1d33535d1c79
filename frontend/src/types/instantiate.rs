//! Instantiation of generic types and functions, and validation of type
//! arguments against constraints (instantiate.go, context.go, and the
//! instance expansion of named.go and alias.go).
//!
//! # Instances
//!
//! An instance `G[A1, ..., An]` of a generic named type is a `Named` whose
//! `orig` is the generic `G` and whose `targs` are the arguments. Instances
//! are de-duplicated through a [`Context`] (the checker's is
//! `Checker::instances`): identical instantiations are one type. The key is
//! a hash string of the origin and the type arguments in which identical
//! types hash alike (as types2's typeHasher); entries under one hash are
//! compared with type identity, so the hash need not be perfect.
//!
//! A named instance is created without its underlying type, because it may
//! be created while its origin's declaration is being checked (`type
//! List[T any] struct{ next *List[T] }`). Expansion substitutes the type
//! arguments into the origin's underlying type once that is known:
//! - `Checker::under` (named.rs) calls [`Checker::expand_named`] on demand;
//! - new instances are queued on `Checker::pending_expansions` and
//!   expanded as soon as their origin's underlying type is complete
//!   ([`Checker::expand_pending`]), so that queries on [`Program`], which
//!   cannot expand, see the underlying types of instances too.
//!
//! Invariants:
//! - An instance is registered in the context before its underlying type
//!   is substituted, so a recursive reference finds the instance being
//!   expanded: expansion of one instance creates finitely many others.
//! - Instances created by an instantiation cycle (`type T[P any] struct{
//!   f *T[[]P] }`: expanding `T[int]` creates `T[[]int]`, and so on) are
//!   only expanded on demand, as eager expansion would not end; so are
//!   instances with type arguments nested beyond `MAX_EAGER_NESTING`.
//! - Methods of a named instance are instantiated one by one when first
//!   asked for ([`Checker::named_method`]); once all are, they are stored in
//!   the instance's `methods`, which is otherwise empty.

use rustc_hash::FxHashMap as HashMap;
use std::fmt::Write as _;

use crate::name::Name;
use crate::source::Pos;

use super::object::ObjKind;
use super::typeset::TTerm;
use super::*;

/// Type arguments nested deeper than this are expanded only on demand
/// (a backstop: instantiation cycles are recognized before).
const MAX_EAGER_NESTING: u32 = 32;

/// Expansions done by one `expand_pending` call at most; the rest wait
/// for the next call (or for `Checker::under`).
const MAX_EAGER_EXPANSIONS: usize = 20_000;

/// One instantiation recorded in a [`Context`].
#[derive(Clone, Debug)]
struct CtxEntry {
    orig: TypeId,
    targs: Vec<TypeId>,
    instance: TypeId,
}

/// Instances created so far, for de-duplication (types2 Context), plus
/// the per-instance state of lazy expansion.
#[derive(Debug, Default)]
pub struct Context {
    /// Instance hash → instances with that hash.
    type_map: HashMap<String, Vec<CtxEntry>>,
    /// Named instances created and not yet handed to the expansion queue.
    pub(crate) fresh: Vec<TypeId>,
    /// Methods of named instances instantiated so far, by (instance,
    /// method index).
    methods: HashMap<(TypeId, usize), ObjId>,
    /// Origins whose underlying types are being resolved for an
    /// expansion (guards against re-entering through `Checker::under`).
    resolving: Vec<TypeId>,
    /// An `expand_pending` is running (a nested call only queues).
    draining: bool,
    /// The named instance whose underlying type is being substituted.
    expanding: Option<TypeId>,
    /// Instance → the instance whose expansion created it (for finding
    /// instantiation cycles).
    parent: HashMap<TypeId, TypeId>,
}

impl Context {
    /// An existing instance of `orig` with type arguments identical to
    /// `targs` (types2 Context.lookup).
    pub(crate) fn lookup(
        &self,
        p: &Program,
        h: &str,
        orig: TypeId,
        targs: &[TypeId],
    ) -> Option<TypeId> {
        self.type_map.get(h)?.iter().find_map(|e| {
            (e.orig == orig
                && e.targs.len() == targs.len()
                && e.targs.iter().zip(targs).all(|(&a, &b)| p.identical(a, b)))
            .then_some(e.instance)
        })
    }

    /// Records `inst` as the instance `orig[targs]` unless an identical
    /// one exists, and returns the one to use (types2 Context.update).
    pub(crate) fn update(
        &mut self,
        p: &Program,
        h: String,
        orig: TypeId,
        targs: Vec<TypeId>,
        inst: TypeId,
    ) -> TypeId {
        let entries = self.type_map.entry(h).or_default();
        for e in entries.iter() {
            if e.orig == orig && (e.instance == inst || p.identical(inst, e.instance)) {
                return e.instance;
            }
        }
        entries.push(CtxEntry {
            orig,
            targs,
            instance: inst,
        });
        inst
    }
}

// -- instance hashes ----------------------------------------------------------------

/// Writes a type as a string in which identical types are equal (types2's
/// typeHasher): named types by their origin's id and type arguments,
/// aliases by the aliased type, basic types by kind, a generic
/// signature's own type parameters by index, interfaces by type set.
struct Hasher<'p> {
    p: &'p Program,
    buf: String,
    /// Type parameters declared by the signatures being written,
    /// innermost last; written as `$depth.index`.
    tparams: Vec<Vec<TypeId>>,
    depth: u32,
}

impl Hasher<'_> {
    fn typ(&mut self, t: TypeId) {
        // Only interfaces can nest without a named type in between, and
        // not cyclically; the bound protects against malformed input.
        if self.depth > 64 {
            self.buf.push('…');
            return;
        }
        self.depth += 1;
        self.typ_inner(t);
        self.depth -= 1;
    }

    fn typ_inner(&mut self, t: TypeId) {
        let p = self.p;
        match p.ty(t) {
            Type::Basic(b) => self.buf.push_str(b.kind.name()),
            Type::Array { len, elem } => {
                let _ = write!(self.buf, "[{len}]");
                self.typ(*elem);
            }
            Type::Slice(elem) => {
                self.buf.push_str("[]");
                self.typ(*elem);
            }
            Type::Pointer(base) => {
                self.buf.push('*');
                self.typ(*base);
            }
            Type::Map { key, elem } => {
                self.buf.push_str("map[");
                self.typ(*key);
                self.buf.push(']');
                self.typ(*elem);
            }
            Type::Chan { dir, elem } => {
                self.buf.push_str(match dir {
                    ChanDir::SendRecv => "chan(",
                    ChanDir::SendOnly => "chan<-(",
                    ChanDir::RecvOnly => "<-chan(",
                });
                self.typ(*elem);
                self.buf.push(')');
            }
            Type::Struct(s) => {
                self.buf.push_str("struct{");
                for (i, &f) in s.fields.iter().enumerate() {
                    if i > 0 {
                        self.buf.push(';');
                    }
                    let fo = p.obj(f);
                    if fo.is_embedded() {
                        self.buf.push('!');
                    }
                    self.buf.push_str(fo.name.as_str());
                    self.buf.push('#');
                    self.typ(p.obj_type(f));
                    if let Some(Some(tag)) = s.tags.get(i)
                        && !tag.is_empty()
                    {
                        self.buf.push('#');
                        self.buf.push_str(&typestring::go_quote(tag));
                    }
                }
                self.buf.push('}');
            }
            Type::Tuple(_) => self.tuple(t, false),
            Type::Signature(sig) => {
                self.buf.push_str("func");
                let pushed = !sig.tparams.is_empty();
                if pushed {
                    self.tparams.push(sig.tparams.clone());
                    self.buf.push('[');
                    for (i, &tp) in sig.tparams.iter().enumerate() {
                        if i > 0 {
                            self.buf.push(',');
                        }
                        self.typ(tp);
                        self.buf.push('#');
                        match p.ty(tp) {
                            Type::TypeParam(TypeParam { bound: Some(b), .. }) => self.typ(*b),
                            _ => self.buf.push('?'),
                        }
                    }
                    self.buf.push(']');
                }
                self.tuple(sig.params, sig.variadic);
                self.tuple(sig.results, false);
                if pushed {
                    self.tparams.pop();
                }
            }
            Type::Union(terms) => {
                let mut hs: Vec<String> = terms.iter().map(|&t| self.term(t)).collect();
                hs.sort();
                self.buf.push_str(&hs.join("|"));
            }
            Type::Interface(_) => {
                let ts = p.interface_type_set(t);
                self.buf.push_str("interface{");
                if ts.comparable {
                    self.buf.push_str("comparable;");
                }
                for (i, &m) in ts.methods.iter().enumerate() {
                    if i > 0 {
                        self.buf.push(';');
                    }
                    self.buf.push_str(p.obj(m).name.as_str());
                    self.typ(p.obj_type(m));
                }
                if !typeset::is_all(&ts.terms) {
                    // Terms are not in a canonical order: sort their hashes.
                    let mut hs: Vec<String> = ts
                        .terms
                        .iter()
                        .filter_map(|t| match t {
                            TTerm::T(t) => Some(self.term(*t)),
                            TTerm::All => None,
                        })
                        .collect();
                    hs.sort();
                    self.buf.push(';');
                    if hs.is_empty() {
                        self.buf.push('∅');
                    }
                    self.buf.push_str(&hs.join("|"));
                }
                self.buf.push('}');
            }
            Type::Named(n) => {
                // Named types are identical only if their origins are the
                // same type: the origin's id stands for its identity.
                let _ = write!(self.buf, "{}", n.orig.0);
                self.buf.push_str(p.obj(n.obj).name.as_str());
                if !n.targs.is_empty() {
                    self.type_list(&n.targs);
                }
            }
            Type::Alias(_) => {
                let u = p.unalias(t);
                if u == t || matches!(p.ty(u), Type::Alias(_)) {
                    self.buf.push_str("invalid type");
                } else {
                    self.typ(u);
                }
            }
            Type::TypeParam(tp) => {
                for (d, list) in self.tparams.iter().enumerate().rev() {
                    if let Some(i) = list.iter().position(|&x| x == t) {
                        let _ = write!(self.buf, "${d}.{i}");
                        return;
                    }
                }
                let _ = write!(self.buf, "{}#{}", p.obj(tp.obj).name.as_str(), tp.id);
            }
        }
    }

    fn term(&mut self, t: Term) -> String {
        let mut h = Hasher {
            p: self.p,
            buf: String::new(),
            tparams: self.tparams.clone(),
            depth: self.depth,
        };
        if t.tilde {
            h.buf.push('~');
        }
        h.typ(t.typ);
        h.buf
    }

    fn type_list(&mut self, list: &[TypeId]) {
        self.buf.push('[');
        for (i, &t) in list.iter().enumerate() {
            if i > 0 {
                self.buf.push(',');
            }
            self.typ(t);
        }
        self.buf.push(']');
    }

    fn tuple(&mut self, t: TypeId, variadic: bool) {
        // Parameter names do not matter for identity.
        self.buf.push('(');
        let vars = self.p.tuple(t);
        for (i, &v) in vars.iter().enumerate() {
            if i > 0 {
                self.buf.push(',');
            }
            if variadic && i == vars.len() - 1 {
                self.buf.push_str("...");
            }
            self.typ(self.p.obj_type(v));
        }
        self.buf.push(')');
    }
}

impl Program {
    /// A string identifying `orig` instantiated with `targs`: identical
    /// instantiations have the same hash (types2 instanceHash).
    pub(crate) fn instance_hash(&self, orig: TypeId, targs: &[TypeId]) -> String {
        let mut h = Hasher {
            p: self,
            buf: String::new(),
            tparams: Vec::new(),
            depth: 0,
        };
        let _ = write!(h.buf, "{}", orig.0);
        h.type_list(targs);
        h.buf
    }

    /// A new, unexpanded instance of generic named type `orig` (types2
    /// newNamedInstance). Its object is the origin's type name.
    fn new_named_instance(&mut self, orig: TypeId, targs: Vec<TypeId>) -> TypeId {
        let Type::Named(o) = self.ty(orig) else {
            return self.universe.invalid;
        };
        let n = Named {
            obj: o.obj,
            orig,
            tparams: o.tparams.clone(),
            targs,
            underlying: None,
            from_rhs: None,
            methods: Vec::new(),
        };
        self.new_type(Type::Named(n))
    }

    /// The instance `orig[targs]` of a generic named type, shared through
    /// `ctxt`; its underlying type is substituted later (expansion).
    pub(crate) fn named_instance_in(
        &mut self,
        ctxt: &mut Context,
        orig: TypeId,
        targs: Vec<TypeId>,
    ) -> TypeId {
        let h = self.instance_hash(orig, &targs);
        if let Some(inst) = ctxt.lookup(self, &h, orig, &targs) {
            return inst;
        }
        let inst = self.new_named_instance(orig, targs.clone());
        if inst == self.universe.invalid {
            return inst;
        }
        ctxt.fresh.push(inst);
        if let Some(p) = ctxt.expanding {
            ctxt.parent.insert(inst, p);
        }
        ctxt.update(self, h, orig, targs, inst)
    }

    /// The instance `orig[targs]` of a generic alias: a new alias of the
    /// origin's aliased type with the arguments substituted (types2
    /// newAliasInstance), shared through `ctxt`.
    pub(crate) fn alias_instance_in(
        &mut self,
        ctxt: &mut Context,
        orig: TypeId,
        targs: Vec<TypeId>,
    ) -> TypeId {
        let h = self.instance_hash(orig, &targs);
        if let Some(inst) = ctxt.lookup(self, &h, orig, &targs) {
            return inst;
        }
        let Type::Alias(oa) = self.ty(orig).clone() else {
            return self.universe.invalid;
        };
        let rhs = match oa.rhs {
            Some(r) if oa.tparams.len() == targs.len() => {
                let smap = SubstMap::new(&oa.tparams, &targs);
                Some(self.subst_in(ctxt, r, &smap))
            }
            Some(_) => Some(self.universe.invalid),
            None => None,
        };
        let inst = self.new_type(Type::Alias(Alias {
            obj: oa.obj,
            orig,
            tparams: oa.tparams.clone(),
            targs: targs.clone(),
            rhs,
        }));
        ctxt.update(self, h, orig, targs, inst)
    }

    /// Whether `t` is a named instance whose underlying type is not known
    /// yet.
    pub fn is_unexpanded_instance(&self, t: TypeId) -> bool {
        matches!(self.ty(t), Type::Named(n) if n.orig != t && n.underlying.is_none())
    }

    /// Expands named instance `t`: its underlying type becomes the
    /// origin's with the type arguments substituted (types2 expandRHS and
    /// resolveUnderlying). Returns false if the origin's underlying type
    /// is not known (or not complete) yet; true otherwise, including when
    /// there is nothing to do.
    pub(crate) fn expand_named_in(&mut self, ctxt: &mut Context, t: TypeId) -> bool {
        let Type::Named(n) = self.ty(t) else {
            return true;
        };
        if n.underlying.is_some() || n.orig == t {
            return true;
        }
        let (orig, targs) = (n.orig, n.targs.clone());
        let Type::Named(o) = self.ty(orig) else {
            self.set_underlying(t, self.universe.invalid);
            return true;
        };
        let Some(ou) = o.underlying else {
            return false;
        };
        let tparams = o.tparams.clone();
        if let Type::Interface(it) = self.ty(ou)
            && !it.complete
        {
            return false; // its methods are still being collected
        }
        if let Type::Named(n) = self.ty_mut(t) {
            n.tparams = tparams.clone();
        }
        if tparams.len() != targs.len() {
            // Reported where the instance was written.
            self.set_underlying(t, self.universe.invalid);
            return true;
        }
        // Register t first, so that a reference to itself in its
        // underlying type finds it (types2 blocks the fixed point the
        // same way).
        let h = self.instance_hash(orig, &targs);
        ctxt.update(self, h, orig, targs.clone(), t);
        let smap = SubstMap::new(&tparams, &targs);
        let outer = ctxt.expanding.replace(t);
        let mut rhs = self.subst_in(ctxt, ou, &smap);
        ctxt.expanding = outer;
        // Methods of a named interface have the named type as receiver:
        // those of the instance have the instance.
        if let Type::Interface(it) = self.ty(rhs).clone() {
            let (methods, copied) = self.replace_recv_type(&it.methods, orig, t);
            if copied {
                if rhs == ou {
                    // The underlying type did not mention the type
                    // parameters: make a new interface for the methods.
                    rhs = self.new_type(Type::Interface(Interface {
                        methods,
                        embeddeds: it.embeddeds.clone(),
                        embed_pos: it.embed_pos.clone(),
                        implicit: false,
                        complete: true,
                    }));
                } else {
                    // rhs was made by this substitution: no one else
                    // holds it, but drop any type set computed for it.
                    if let Type::Interface(ni) = self.ty_mut(rhs) {
                        ni.methods = methods;
                    }
                    self.tsets.borrow_mut().remove(&rhs);
                }
            }
        }
        self.set_underlying(t, rhs);
        true
    }

    fn set_underlying(&mut self, t: TypeId, u: TypeId) {
        if let Type::Named(n) = self.ty_mut(t) {
            n.underlying = Some(u);
            if n.from_rhs.is_none() {
                n.from_rhs = Some(u);
            }
        }
    }

    /// How deeply the type arguments of instance `t` nest (composite
    /// types and instances), counted up to `limit`.
    fn targ_nesting(&self, t: TypeId, limit: u32) -> u32 {
        if limit == 0 {
            return 0;
        }
        let sub = |x: TypeId| 1 + self.targ_nesting(x, limit - 1);
        match self.ty(t) {
            Type::Named(n) => n.targs.iter().map(|&a| sub(a)).max().unwrap_or(0),
            Type::Alias(a) => a.targs.iter().map(|&a| sub(a)).max().unwrap_or(0),
            Type::Array { elem, .. }
            | Type::Slice(elem)
            | Type::Pointer(elem)
            | Type::Chan { elem, .. } => sub(*elem),
            Type::Map { key, elem } => sub(*key).max(sub(*elem)),
            Type::Signature(s) => sub(s.params).max(sub(s.results)),
            Type::Tuple(vars) | Type::Struct(Struct { fields: vars, .. }) => vars
                .iter()
                .map(|&v| sub(self.obj_type(v)))
                .max()
                .unwrap_or(0),
            _ => 0,
        }
    }

    /// Whether instance `t` was created, through a chain of expansions,
    /// by the expansion of an instance of the same origin with less
    /// deeply nested type arguments: an instantiation cycle (`type T[P
    /// any] struct{ f *T[[]P] }`), whose eager expansion would not end.
    /// Type arguments nested beyond `MAX_EAGER_NESTING` count as one too.
    fn in_growing_cycle(&self, ctxt: &Context, t: TypeId) -> bool {
        let depth = self.targ_nesting(t, MAX_EAGER_NESTING + 1);
        if depth > MAX_EAGER_NESTING {
            return true;
        }
        let orig = self.origin(t);
        let mut p = ctxt.parent.get(&t).copied();
        while let Some(x) = p {
            if self.origin(x) == orig && self.targ_nesting(x, depth) < depth {
                return true;
            }
            p = ctxt.parent.get(&x).copied();
        }
        false
    }

    /// Expands the instances `ctxt` created whose origins are ready, and
    /// those they create in turn (bounded as `expand_pending`). Used by
    /// substitutions made outside a checker.
    pub(crate) fn expand_fresh(&mut self, ctxt: &mut Context) {
        let mut budget = MAX_EAGER_EXPANSIONS;
        while let Some(t) = ctxt.fresh.pop() {
            if budget == 0 {
                ctxt.fresh.clear();
                break;
            }
            if self.is_unexpanded_instance(t) && !self.in_growing_cycle(ctxt, t) {
                budget -= 1;
                self.expand_named_in(ctxt, t);
            }
        }
    }

    /// The constraint interface of type parameter `tp` (types2
    /// TypeParam.iface): the underlying interface of its bound, the empty
    /// interface for an invalid bound.
    pub fn tparam_iface(&self, tp: TypeId) -> TypeId {
        let empty = self.universe.empty_interface;
        let Type::TypeParam(p) = self.ty(self.unalias(tp)) else {
            return empty;
        };
        let Some(b) = p.bound else { return empty };
        if self.is_type_param(b) {
            return empty; // reported where the type parameter is declared
        }
        let u = self.under(b);
        match self.ty(u) {
            Type::Interface(_) => u,
            _ => empty,
        }
    }
}

impl<'a> Checker<'a> {
    /// The instance of generic type or function `orig` (a Named, an Alias
    /// or a Signature with type parameters) for `targs`; identical
    /// instantiations share one type (types2 instance). A named instance
    /// may be returned unexpanded (see the module comment); the number of
    /// type arguments of a named instance is checked by the caller
    /// (`validate_targ_len`), those of aliases and signatures here.
    pub fn instance(&mut self, pos: Pos, orig: TypeId, targs: &[TypeId]) -> TypeId {
        let invalid = self.invalid();
        let res = match self.prog.ty(orig).clone() {
            Type::Named(n) => {
                // An instance stands for its origin.
                let orig = n.orig;
                if targs.is_empty() {
                    return orig;
                }
                self.prog
                    .named_instance_in(&mut self.instances, orig, targs.to_vec())
            }
            Type::Alias(a) => {
                let orig = a.orig;
                let (name, want) = match self.prog.ty(orig) {
                    Type::Alias(o) => (self.prog.obj(o.obj).name, o.tparams.len()),
                    _ => return invalid,
                };
                if !self.validate_targ_len(pos, name.as_str(), want, targs.len()) {
                    return invalid;
                }
                if want == 0 {
                    return orig;
                }
                self.prog
                    .alias_instance_in(&mut self.instances, orig, targs.to_vec())
            }
            Type::Signature(sig) => {
                let name = self.prog.type_string(orig, None);
                if !self.validate_targ_len(pos, &name, sig.tparams.len(), targs.len()) {
                    return invalid;
                }
                if sig.tparams.is_empty() {
                    return orig;
                }
                let h = self.prog.instance_hash(orig, targs);
                if let Some(inst) = self.instances.lookup(self.prog, &h, orig, targs) {
                    return inst;
                }
                let smap = SubstMap::new(&sig.tparams, targs);
                let mut inst = self.prog.subst_in(&mut self.instances, orig, &smap);
                // A signature that does not use its type parameters is
                // not copied by subst: copy it now, so dropping the type
                // parameters does not change the generic one.
                if inst == orig {
                    inst = self.prog.new_type(Type::Signature(sig));
                }
                // An instantiated signature is not generic any more.
                if let Type::Signature(s) = self.prog.ty_mut(inst) {
                    s.tparams = Vec::new();
                }
                self.instances
                    .update(self.prog, h, orig, targs.to_vec(), inst)
            }
            _ => return invalid, // only types and functions can be generic
        };
        self.expand_pending();
        res
    }

    /// Checks each type argument against its type parameter's constraint;
    /// on failure returns the index of the first failing argument and the
    /// message (types2 verify).
    pub fn verify(
        &mut self,
        pos: Pos,
        tparams: &[TypeId],
        targs: &[TypeId],
    ) -> Option<(usize, String)> {
        let _ = pos;
        let n = tparams.len().min(targs.len());
        let smap = SubstMap::new(&tparams[..n], &targs[..n]);
        for i in 0..n {
            // The bound may mention the type parameters being
            // instantiated: check against the instantiated bound.
            let bound = self.tparam_bound(tparams[i]);
            let bound = self.subst(bound, &smap);
            let mut cause = String::new();
            if !self.implements(targs[i], bound, true, &mut cause) {
                return Some((i, cause));
            }
        }
        None
    }

    /// The bound of type parameter `tp` as written (for messages), made an
    /// interface if it is not one (types2 TypeParam.iface wraps it into an
    /// implicit interface and keeps that as the bound).
    pub fn tparam_bound(&mut self, tp: TypeId) -> TypeId {
        let tp = self.prog.unalias(tp);
        let Type::TypeParam(p) = self.prog.ty(tp) else {
            return self.prog.universe.empty_interface;
        };
        let Some(b) = p.bound else {
            return self.prog.universe.empty_interface;
        };
        let u = self.under(b);
        if !self.prog.is_valid(u) || matches!(self.prog.ty(u), Type::Interface(_)) {
            return b;
        }
        let it = self.prog.new_type(Type::Interface(Interface {
            embeddeds: vec![b],
            embed_pos: vec![Pos::NONE],
            implicit: true,
            complete: true,
            ..Interface::default()
        }));
        if let Type::TypeParam(p) = self.prog.ty_mut(tp) {
            p.bound = Some(it);
        }
        it
    }

    /// Reports a wrong number of type arguments (types2 validateTArgLen):
    /// "not enough type arguments for type T: have 1, want 2".
    pub fn validate_targ_len(&mut self, pos: Pos, name: &str, want: usize, got: usize) -> bool {
        let qual = match got.cmp(&want) {
            std::cmp::Ordering::Less => "not enough",
            std::cmp::Ordering::Greater => "too many",
            std::cmp::Ordering::Equal => return true,
        };
        self.error(
            pos,
            format!("{qual} type arguments for type {name}: have {got}, want {want}"),
        );
        false
    }

    /// Expands an instance of a generic named type whose origin's
    /// underlying type is now known: substitutes the type arguments into
    /// it (types2 expandUnderlying). No-op if already expanded; if the
    /// origin is not ready, the instance stays queued and `under` sees
    /// no underlying type yet.
    pub fn expand_named(&mut self, t: TypeId) {
        let t = self.prog.unalias(t);
        if !self.prog.is_unexpanded_instance(t) {
            return;
        }
        if !self.try_expand(t) && !self.pending_expansions.contains(&t) {
            self.pending_expansions.push(t);
        }
        self.expand_pending();
    }

    /// Expands instance `t` if its origin's underlying type can be
    /// resolved now; false if not.
    fn try_expand(&mut self, t: TypeId) -> bool {
        let orig = match self.prog.ty(t) {
            Type::Named(n) => n.orig,
            _ => return true,
        };
        // The origin's underlying type is memoized by `under` (named.rs)
        // once its declaration's right-hand side is known.
        if self
            .prog
            .named(orig)
            .is_some_and(|o| o.underlying.is_none())
        {
            if self.instances.resolving.contains(&orig) {
                return false;
            }
            self.instances.resolving.push(orig);
            self.under(orig);
            self.instances.resolving.pop();
        }
        self.prog.expand_named_in(&mut self.instances, t)
    }

    /// Expands the queued instances whose origins' underlying types are
    /// known, and those their expansion creates, leaving the others
    /// queued. Call at the end of each type declaration and at the end of
    /// checking, so that every instance reachable from the program has
    /// its underlying type.
    pub fn expand_pending(&mut self) {
        let fresh = std::mem::take(&mut self.instances.fresh);
        self.pending_expansions.extend(fresh);
        if self.instances.draining {
            return; // the running call picks them up
        }
        self.instances.draining = true;
        let mut budget = MAX_EAGER_EXPANSIONS;
        loop {
            let list = std::mem::take(&mut self.pending_expansions);
            let mut keep = Vec::new();
            let mut progress = false;
            for t in list {
                if !self.prog.is_unexpanded_instance(t) {
                    continue;
                }
                if budget == 0 {
                    keep.push(t);
                    continue;
                }
                if self.prog.in_growing_cycle(&self.instances, t) {
                    continue; // expanded on demand only (see module comment)
                }
                budget -= 1;
                if self.try_expand(t) {
                    progress = true;
                } else {
                    keep.push(t);
                }
            }
            let fresh = std::mem::take(&mut self.instances.fresh);
            keep.append(&mut self.pending_expansions);
            keep.extend(fresh);
            self.pending_expansions = keep;
            if budget == 0 || !progress {
                break;
            }
        }
        self.instances.draining = false;
    }

    /// Methods of a (possibly instantiated) named type, instantiated for
    /// its type arguments (types2 Named.Method with lazy expansion). `i`
    /// indexes the origin's declared methods. The method of an instance
    /// has the instance (or a pointer to it) as receiver, no receiver
    /// type parameters, and the generic method as origin.
    pub fn named_method(&mut self, t: TypeId, i: usize) -> ObjId {
        let t = self.prog.unalias(t);
        let Type::Named(n) = self.prog.ty(t) else {
            return self.prog.universe.error_method;
        };
        let orig = n.orig;
        let Type::Named(o) = self.prog.ty(orig) else {
            return self.prog.universe.error_method;
        };
        let Some(&om) = o.methods.get(i) else {
            return self.prog.universe.error_method;
        };
        let all = o.methods.len();
        if orig == t || n.targs.is_empty() {
            return om;
        }
        if n.methods.len() == all {
            return n.methods[i];
        }
        if let Some(&m) = self.instances.methods.get(&(t, i)) {
            return m;
        }
        let m = self.expand_method(t, om);
        self.instances.methods.insert((t, i), m);
        // Once every method is instantiated, the instance holds them.
        if (0..all).all(|j| self.instances.methods.contains_key(&(t, j))) {
            let list: Vec<ObjId> = (0..all).map(|j| self.instances.methods[&(t, j)]).collect();
            if let Type::Named(n) = self.prog.ty_mut(t) {
                n.methods = list;
            }
        }
        m
    }

    /// Method `om` of the origin of instance `t`, with the receiver type
    /// parameters replaced by `t`'s type arguments (types2 expandMethod).
    fn expand_method(&mut self, t: TypeId, om: ObjId) -> ObjId {
        // The generic method's signature must be known.
        self.obj_decl(om, None);
        let targs = match self.prog.ty(t) {
            Type::Named(n) => n.targs.clone(),
            _ => Vec::new(),
        };
        let old_t = self.prog.obj_type(om);
        let Some(old_sig) = self.prog.signature(old_t).cloned() else {
            return self.prog.clone_func(om, old_t);
        };
        let mut new_t = old_t;
        // Substitute only if parameters and arguments correspond (they
        // may not in invalid code).
        if old_sig.rparams.len() == targs.len() {
            let smap = SubstMap::new(&old_sig.rparams, &targs);
            new_t = self.subst(old_t, &smap);
        }
        // The instantiated method needs its own signature for its own
        // receiver, even if nothing was substituted.
        let mut new_sig = match self.prog.signature(new_t) {
            Some(s) => s.clone(),
            None => old_sig.clone(),
        };
        let ptr_recv = match old_sig.recv {
            Some(r) => {
                let rt = self.prog.unalias(self.prog.obj_type(r));
                matches!(self.prog.ty(rt), Type::Pointer(_))
            }
            None => matches!(
                self.prog.obj(om).kind,
                ObjKind::Func {
                    has_ptr_recv: true,
                    ..
                }
            ),
        };
        let rtyp = if ptr_recv {
            self.prog.new_pointer(t)
        } else {
            t
        };
        let recv = match old_sig.recv {
            Some(r) => self.prog.clone_var(r, rtyp),
            None => {
                let pos = self.prog.obj(om).pos;
                let pkg = self.prog.obj(om).pkg;
                self.prog
                    .new_var(VarKind::RecvVar, pos, pkg, Name::intern(""), rtyp)
            }
        };
        new_sig.recv = Some(recv);
        new_sig.rparams = Vec::new();
        let sig_t = self.prog.new_type(Type::Signature(new_sig));
        self.prog.clone_func(om, sig_t)
    }
}
