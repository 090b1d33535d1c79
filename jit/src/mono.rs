//! Monomorphization: one compiled copy of a generic function or method per
//! distinct list of type arguments ("stenciling"; Go's gcshape dictionaries
//! are not needed for correctness).
//!
//! The checker records a generic body once, with types that mention its
//! type parameters. Compiling an instance needs the concrete type of every
//! expression, object and selection of that body, and making those types
//! (`Program::subst`) needs `&mut Program`, while code generation holds
//! `&Program` for the whole compilation (every `FnCx` copies the reference).
//! So this pass runs before the `Unit` is built: it finds every
//! instantiation the program can reach from concrete code and, for each,
//! substitutes the body's recorded types into an [`Inst`] side table; the
//! JIT then compiles the generic declaration's body with that table in
//! front of the checker's (`FnCx::inst`). Doing it eagerly (rather than
//! lazily through interior mutability) keeps the Program immutable during
//! code generation; the cost is that instances reachable only from
//! uncompiled code get side tables too (their code is still compiled only
//! if reached).
//!
//! Which instances exist:
//! - a generic function named with concrete type arguments
//!   (`info.instances`) anywhere, including inside generic bodies;
//! - every method of every named instance type with concrete type
//!   arguments found in the type arena (over-approximates what method
//!   sets, interfaces and embedding may need), except methods with type
//!   parameters of their own (Go 1.27): those are instantiated where a
//!   selector names them (`info.instances` at the selector's name), with
//!   the receiver's type arguments (from the selection, through embedded
//!   fields) followed by their own;
//! - transitively, the instantiations inside an instance's body once its
//!   type arguments are substituted.
//!
//! Invariants:
//! - An instance is identified by its generic declaration and the type
//!   keys (`rtype::type_key`) of its arguments: identical argument lists
//!   give one instance, whatever their `TypeId`s.
//! - Each instance is a new `Func` object (origin: the generic one) whose
//!   type is the concrete signature (no type parameters; a method's
//!   receiver is the concrete instance type or a pointer to it), so the
//!   rest of the JIT (names, ABI, method sets) treats it as an ordinary
//!   function whose body is the generic declaration's.
//! - Side tables hold only what substitution changed; anything absent is
//!   read from the checker's `Info` unchanged.

use std::collections::{HashMap, VecDeque};

use gorun_frontend::syntax::ast::*;
use gorun_frontend::types::{
    ObjId, ObjKind, PkgId, Program, Selection, SelectionKind, SubstMap, Type, TypeAndValue, TypeId,
};

/// Bound on nested instantiation (`F[T]` calling `F[[]T]`...): Go rejects
/// such programs ("instantiation cycle"); we stop rather than loop.
const MAX_INSTANCES: usize = 20_000;

/// One instantiation of a generic function or method.
#[derive(Debug)]
pub struct Inst {
    /// The generic declaration's object.
    pub generic: ObjId,
    pub targs: Vec<TypeId>,
    /// Concrete types of the body's expressions (where they differ).
    pub types: HashMap<NodeId, TypeAndValue>,
    /// Concrete types of the objects the body declares (where they differ).
    pub objs: HashMap<ObjId, TypeId>,
    /// Concrete selections (where they differ); a method of a generic
    /// type selected on a concrete instance is the method's instance.
    pub sels: HashMap<NodeId, Selection>,
    /// Identifiers naming generic functions: their instance.
    pub uses: HashMap<NodeId, ObjId>,
}

impl Inst {
    fn new(generic: ObjId, targs: Vec<TypeId>) -> Inst {
        Inst {
            generic,
            targs,
            types: HashMap::new(),
            objs: HashMap::new(),
            sels: HashMap::new(),
            uses: HashMap::new(),
        }
    }
}

/// The result of the pass.
#[derive(Debug, Default)]
pub struct Mono {
    /// Instances by their object.
    pub insts: HashMap<ObjId, Inst>,
    /// Instance objects by (generic object, type argument keys).
    pub by_key: HashMap<(ObjId, String), ObjId>,
    /// Identifiers outside generic bodies (or with concrete type
    /// arguments inside them) naming generic functions: their instance.
    pub uses: HashMap<NodeId, ObjId>,
    /// Errors found (instantiation too deep).
    pub errors: Vec<String>,
}

impl Mono {
    /// The instance of generic method `m` (declared on the origin of
    /// named instance `t`) for `t`'s type arguments, if known.
    pub fn method_of(&self, p: &Program, t: TypeId, m: ObjId) -> Option<ObjId> {
        let n = p.named(p.unalias(t))?;
        if n.targs.is_empty() {
            return None;
        }
        self.by_key.get(&(m, targs_key(p, &n.targs))).copied()
    }

    /// Runs the pass over the program whose packages have these files.
    pub fn build(p: &mut Program, packages: &[(PkgId, &[File])]) -> Mono {
        let mut decls: HashMap<ObjId, &FuncDecl> = HashMap::new();
        for (_, files) in packages {
            for f in *files {
                for d in &f.decls {
                    if let Decl::Func(fd) = d
                        && let Some(&obj) = p.info.defs.get(&fd.name.id)
                    {
                        decls.insert(obj, fd);
                    }
                }
            }
        }
        for (&g, fd) in &decls {
            parameterize_local_types(p, g, fd);
        }
        let mut b = Builder {
            mono: Mono::default(),
            decls,
            queue: VecDeque::new(),
            scanned: 0,
        };
        // Concrete instantiations of generic functions, anywhere.
        // Selector names, for methods with type parameters of their own
        // (named by a selector whose selection gives the receiver).
        // Only programs that declare such methods need the walk.
        let mut all = Nodes::default();
        if b.decls
            .values()
            .any(|fd| fd.recv.is_some() && fd.typ.tparams.is_some())
        {
            for fd in b.decls.values() {
                if let Some(body) = &fd.body {
                    all.block(body);
                }
            }
        }
        let sel_of: HashMap<NodeId, NodeId> = all.selectors.iter().copied().collect();
        let mut seeds: Vec<(NodeId, ObjId, Vec<TypeId>, Option<Selection>)> = Vec::new();
        for (&node, inst) in &p.info.instances {
            let (o, recv) = match p.info.uses.get(&node) {
                Some(&o) => (o, None),
                None => match sel_of.get(&node).and_then(|s| p.info.selections.get(s)) {
                    Some(s) if s.kind == SelectionKind::MethodVal => (s.obj, Some(s.clone())),
                    _ => continue,
                },
            };
            if is_generic_func(p, o) && !inst.targs.iter().any(|&t| has_tparam(p, t)) {
                seeds.push((node, o, inst.targs.clone(), recv));
            }
        }
        seeds.sort_by_key(|s| s.0);
        let none = SubstMap::new(&[], &[]);
        for (node, o, targs, sel) in seeds {
            let recv = sel.map(|s| embedded_recv(p, &s, &none));
            if let Some((g, targs)) = use_instance(p, o, targs, recv, &none) {
                let i = b.request(p, g, &targs);
                b.mono.uses.insert(node, i);
            }
        }
        b.scan_types(p);
        while let Some(i) = b.queue.pop_front() {
            if b.mono.insts.len() > MAX_INSTANCES {
                b.mono
                    .errors
                    .push("too many generic instantiations (instantiation cycle?)".into());
                break;
            }
            b.fill(p, i);
            b.scan_types(p);
        }
        b.mono
    }
}

struct Builder<'f> {
    mono: Mono,
    decls: HashMap<ObjId, &'f FuncDecl>,
    /// Instances whose side tables are still to be made.
    queue: VecDeque<ObjId>,
    /// Types of the arena already looked at for named instances.
    scanned: usize,
}

/// Whether `o` is a function with type parameters, or a method of a
/// generic type (receiver type parameters).
pub fn is_generic_func(p: &Program, o: ObjId) -> bool {
    matches!(p.obj(o).kind, ObjKind::Func { .. })
        && p.obj(o)
            .typ
            .and_then(|t| p.signature(t))
            .is_some_and(|s| !s.tparams.is_empty() || !s.rparams.is_empty())
}

/// Whether method or function `o` has type parameters of its own (a
/// method's besides its receiver's, Go 1.27).
fn has_own_tparams(p: &Program, o: ObjId) -> bool {
    p.obj(o)
        .typ
        .and_then(|t| p.signature(t))
        .is_some_and(|s| !s.tparams.is_empty())
}

/// An instance's type parameters: the receiver's, then the function's own.
fn all_tparams(sig: &gorun_frontend::types::Signature) -> Vec<TypeId> {
    sig.rparams.iter().chain(&sig.tparams).copied().collect()
}

/// The generic declaration and full type arguments (receiver's, then own)
/// of a use of `o` with own type arguments `targs`, under `smap`; None
/// while they still mention type parameters. A method with type
/// parameters of its own is named by a selector: `recv`, its selection's
/// receiver type, gives the receiver's type arguments (the method may be
/// the checker's copy for an instance; its origin is the declaration).
fn use_instance(
    p: &mut Program,
    o: ObjId,
    mut targs: Vec<TypeId>,
    recv: Option<TypeId>,
    smap: &SubstMap,
) -> Option<(ObjId, Vec<TypeId>)> {
    let mut g = o;
    if has_own_tparams(p, o)
        && let Some(rt) = recv
    {
        if let ObjKind::Func {
            origin: Some(orig), ..
        } = p.obj(o).kind
        {
            g = orig;
        }
        let rt = p.subst(rt, smap);
        let rt = match p.ty(p.unalias(rt)) {
            Type::Pointer(b) => *b,
            _ => rt,
        };
        let nr = p.signature(p.obj_type(g)).map_or(0, |s| s.rparams.len());
        let rtargs = p
            .named(p.unalias(rt))
            .map(|n| n.targs.clone())
            .unwrap_or_default();
        if rtargs.len() != nr {
            return None;
        }
        targs = rtargs.into_iter().chain(targs).collect();
    }
    if targs.iter().any(|&t| has_tparam(p, t)) {
        return None;
    }
    Some((g, targs))
}

/// The type declaring the method of selection `s` under `smap`: the
/// receiver, or the embedded field its path leads to.
fn embedded_recv(p: &mut Program, s: &Selection, smap: &SubstMap) -> TypeId {
    let mut t = p.subst(s.recv, smap);
    for &i in &s.index[..s.index.len().saturating_sub(1)] {
        if let Type::Pointer(b) = p.ty(p.unalias(t)) {
            t = *b;
        }
        let u = p.under(t);
        let Type::Struct(st) = p.ty(u) else { break };
        let Some(&f) = st.fields.get(i) else { break };
        let ft = p.obj_type(f);
        t = p.subst(ft, smap);
    }
    t
}

/// Whether type `t` mentions a type parameter.
pub fn has_tparam(p: &Program, t: TypeId) -> bool {
    fn walk(p: &Program, t: TypeId, depth: u32) -> bool {
        if depth > 64 {
            return false;
        }
        let d = depth + 1;
        match p.ty(t) {
            Type::TypeParam(_) => true,
            Type::Basic(_) => false,
            Type::Alias(a) => a.rhs.is_some_and(|r| walk(p, r, d)),
            Type::Pointer(e) | Type::Slice(e) => walk(p, *e, d),
            Type::Array { elem, .. } | Type::Chan { elem, .. } => walk(p, *elem, d),
            Type::Map { key, elem } => walk(p, *key, d) || walk(p, *elem, d),
            Type::Struct(s) => s.fields.iter().any(|&f| walk(p, p.obj_type(f), d)),
            Type::Tuple(vs) => vs.iter().any(|&v| walk(p, p.obj_type(v), d)),
            Type::Signature(s) => walk(p, s.params, d) || walk(p, s.results, d),
            Type::Interface(i) => {
                i.methods.iter().any(|&m| walk(p, p.obj_type(m), d))
                    || i.embeddeds.iter().any(|&e| walk(p, e, d))
            }
            Type::Union(ts) => ts.iter().any(|t| walk(p, t.typ, d)),
            Type::Named(n) => n.targs.iter().any(|&a| walk(p, a, d)),
        }
    }
    walk(p, t, 0)
}

/// The identity of a type argument list.
pub fn targs_key(p: &Program, targs: &[TypeId]) -> String {
    let mut s = String::new();
    for &t in targs {
        s.push_str(&crate::rtype::type_key(p, t));
        s.push(';');
    }
    s
}

impl<'f> Builder<'f> {
    /// The instance of generic `g` for `targs` (concrete), made (and its
    /// side tables queued) on first request.
    fn request(&mut self, p: &mut Program, g: ObjId, targs: &[TypeId]) -> ObjId {
        let key = (g, targs_key(p, targs));
        if let Some(&i) = self.mono.by_key.get(&key) {
            return i;
        }
        let sig_t = p.obj_type(g);
        let sig = p
            .signature(sig_t)
            .cloned()
            .unwrap_or_else(|| unreachable!());
        let tparams = all_tparams(&sig);
        let smap = SubstMap::new(&tparams, targs);
        let nsig_t = p.subst(sig_t, &smap);
        let mut nsig = p.signature(nsig_t).cloned().unwrap_or_else(|| sig.clone());
        nsig.tparams = Vec::new();
        nsig.rparams = Vec::new();
        if let Some(r) = sig.recv {
            let rt = p.subst(p.obj_type(r), &smap);
            nsig.recv = Some(clone_obj(p, r, rt));
        }
        let nsig_t = p.new_type(Type::Signature(nsig));
        let inst = clone_obj(p, g, nsig_t);
        if let ObjKind::Func { origin, .. } = &mut p.obj_mut(inst).kind {
            *origin = Some(g);
        }
        self.mono.by_key.insert(key, inst);
        self.mono.insts.insert(inst, Inst::new(g, targs.to_vec()));
        self.queue.push_back(inst);
        inst
    }

    /// Requests the methods of every named instance with concrete type
    /// arguments made since the last scan.
    fn scan_types(&mut self, p: &mut Program) {
        while self.scanned < p.types.len() {
            let t = TypeId(self.scanned as u32);
            self.scanned += 1;
            let Type::Named(n) = p.ty(t) else { continue };
            if n.targs.is_empty() || n.orig == t {
                continue;
            }
            let targs = n.targs.clone();
            let methods = match p.ty(n.orig) {
                Type::Named(o) => o.methods.clone(),
                _ => continue,
            };
            if methods.is_empty() || targs.iter().any(|&a| has_tparam(p, a)) {
                continue;
            }
            for m in methods {
                // Methods with type parameters of their own are
                // instantiated where they are named (`ident`).
                if self.decls.contains_key(&m) && is_generic_func(p, m) && !has_own_tparams(p, m) {
                    self.request(p, m, &targs);
                }
            }
        }
    }

    /// Makes the side tables of instance `inst`.
    fn fill(&mut self, p: &mut Program, inst: ObjId) {
        let (g, targs) = {
            let i = &self.mono.insts[&inst];
            (i.generic, i.targs.clone())
        };
        let Some(fd) = self.decls.get(&g).copied() else {
            return;
        };
        let Some(sig) = p.signature(p.obj_type(g)).cloned() else {
            return;
        };
        let tparams = all_tparams(&sig);
        let smap = SubstMap::new(&tparams, &targs);
        let mut nodes = Nodes::default();
        if let Some(r) = &fd.recv {
            nodes.fields(r);
        }
        nodes.func_type(&fd.typ);
        if let Some(body) = &fd.body {
            nodes.block(body);
        }
        let mut out = Inst::new(g, targs.clone());
        for id in nodes.exprs {
            if let Some(tv) = p.info.types.get(&id).cloned() {
                let nt = p.subst(tv.typ, &smap);
                if nt != tv.typ {
                    out.types.insert(id, TypeAndValue { typ: nt, ..tv });
                }
            }
            if let Some(s) = p.info.selections.get(&id).cloned() {
                let recv = p.subst(s.recv, &smap);
                let typ = p.subst(s.typ, &smap);
                let mut obj = s.obj;
                let mut index = s.index.clone();
                let mut indirect = s.indirect;
                if recv != s.recv {
                    obj = self.method_instance(p, &smap, s.obj).unwrap_or(obj);
                    // A method of a type parameter's constraint, called on
                    // a concrete type: that type's method.
                    if s.kind == SelectionKind::MethodVal
                        && is_iface_method(p, s.obj)
                        && let Some(e) = self.concrete_method(p, recv, s.obj)
                    {
                        obj = e.obj;
                        index = e.path.clone();
                        index.push(0);
                        indirect = e.indirect;
                    }
                }
                if recv != s.recv || typ != s.typ || obj != s.obj {
                    out.sels.insert(
                        id,
                        Selection {
                            recv,
                            typ,
                            obj,
                            index,
                            indirect,
                            kind: s.kind,
                        },
                    );
                }
            }
            if let Some(&o) = p.info.defs.get(&id) {
                self.obj(p, o, &smap, &mut out);
            }
            self.ident(p, id, &nodes.selectors, &smap, &mut out);
        }
        for id in nodes.idents {
            if let Some(&o) = p.info.defs.get(&id) {
                self.obj(p, o, &smap, &mut out);
            }
            self.ident(p, id, &nodes.selectors, &smap, &mut out);
        }
        for id in nodes.clauses {
            if let Some(&o) = p.info.implicits.get(&id) {
                self.obj(p, o, &smap, &mut out);
            }
        }
        let slot = self.mono.insts.get_mut(&inst).expect("requested");
        *slot = out;
    }

    fn obj(&mut self, p: &mut Program, o: ObjId, smap: &SubstMap, out: &mut Inst) {
        if let Some(t) = p.obj(o).typ {
            let nt = p.subst(t, smap);
            if nt != t {
                out.objs.insert(o, nt);
            }
        }
    }

    /// An identifier naming a generic function: its instance.
    fn ident(
        &mut self,
        p: &mut Program,
        id: NodeId,
        selectors: &[(NodeId, NodeId)],
        smap: &SubstMap,
        out: &mut Inst,
    ) {
        let Some(inst) = p.info.instances.get(&id).cloned() else {
            return;
        };
        let (o, recv) = match p.info.uses.get(&id) {
            Some(&o) => (o, None),
            None => match selectors
                .iter()
                .find(|&&(n, _)| n == id)
                .and_then(|(_, s)| p.info.selections.get(s))
            {
                Some(s) if s.kind == SelectionKind::MethodVal => {
                    let s = s.clone();
                    (s.obj, Some(embedded_recv(p, &s, smap)))
                }
                _ => return,
            },
        };
        if !is_generic_func(p, o) {
            return;
        }
        let targs: Vec<TypeId> = inst.targs.iter().map(|&t| p.subst(t, smap)).collect();
        let Some((g, targs)) = use_instance(p, o, targs, recv, smap) else {
            return;
        };
        let i = self.request(p, g, &targs);
        out.uses.insert(id, i);
    }

    /// The method of concrete (non-interface) type `recv` that
    /// implements interface method `im`, looked up in the method set of
    /// `recv` (or of `*recv`, for an addressable operand).
    fn concrete_method(
        &mut self,
        p: &mut Program,
        recv: TypeId,
        im: ObjId,
    ) -> Option<crate::methodset::MethodEntry> {
        if p.is_interface(recv) {
            return None;
        }
        // Instances the substitution just made need their methods.
        self.scan_types(p);
        let set = crate::methodset::method_set(p, recv, &self.mono);
        if let Some(e) = crate::methodset::find(&set, p, im) {
            return Some(e);
        }
        if matches!(p.ty(p.unalias(recv)), Type::Pointer(_)) {
            return None;
        }
        let pt = p.new_pointer(recv);
        let set = crate::methodset::method_set(p, pt, &self.mono);
        crate::methodset::find(&set, p, im)
    }

    /// The instance of method `m` (a method of some instance of a generic
    /// type, possibly reached through embedding) once `smap` is applied to
    /// its receiver.
    fn method_instance(&mut self, p: &mut Program, smap: &SubstMap, m: ObjId) -> Option<ObjId> {
        let ObjKind::Func { origin, .. } = p.obj(m).kind else {
            return None;
        };
        let g = origin.unwrap_or(m);
        if !self.decls.contains_key(&g) || !is_generic_func(p, g) || has_own_tparams(p, g) {
            return None;
        }
        // The method's own receiver, substituted: the named instance
        // declaring it.
        let r = p.signature(p.obj_type(m)).and_then(|s| s.recv)?;
        let rt = p.obj_type(r);
        let rt = p.subst(rt, smap);
        let rt = match p.ty(p.unalias(rt)) {
            Type::Pointer(b) => *b,
            _ => rt,
        };
        let n = p.named(p.unalias(rt))?;
        let targs = n.targs.clone();
        if targs.is_empty() || targs.iter().any(|&a| has_tparam(p, a)) {
            return None;
        }
        Some(self.request(p, g, &targs))
    }
}

/// Makes the types declared inside generic function `g` generic in `g`'s
/// type parameters, as Go treats them (each instance has its own
/// `box[int]`, `box[string]`): the type becomes its own instance for the
/// type parameters (targs = tparams), so substituting them makes a
/// distinct, expanded instance like any other generic type's. The checker
/// is done with these types; only their identity under substitution
/// changes.
fn parameterize_local_types(p: &mut Program, g: ObjId, fd: &FuncDecl) {
    if !is_generic_func(p, g) {
        return;
    }
    let Some(body) = &fd.body else { return };
    let mut nodes = Nodes::default();
    nodes.block(body);
    if nodes.local_types.is_empty() {
        return;
    }
    let Some(sig) = p.signature(p.obj_type(g)).cloned() else {
        return;
    };
    let tparams = if sig.tparams.is_empty() {
        sig.rparams
    } else {
        sig.tparams
    };
    for id in nodes.local_types {
        let Some(&o) = p.info.defs.get(&id) else {
            continue;
        };
        let Some(t) = p.obj(o).typ else { continue };
        if let Type::Named(n) = p.ty_mut(t)
            && n.orig == t
            && n.tparams.is_empty()
        {
            n.tparams = tparams.clone();
            n.targs = tparams.clone();
        }
    }
}

/// Whether `m` is a method of an interface.
fn is_iface_method(p: &Program, m: ObjId) -> bool {
    p.signature(p.obj_type(m))
        .and_then(|s| s.recv)
        .is_some_and(|r| p.is_interface(p.obj_type(r)))
}

/// A copy of object `o` with type `t`.
fn clone_obj(p: &mut Program, o: ObjId, t: TypeId) -> ObjId {
    let mut ob = p.obj(o).clone();
    ob.typ = Some(t);
    p.objs.push(ob);
    ObjId(p.objs.len() as u32 - 1)
}

/// The node ids of a function's syntax: expressions and statements,
/// identifiers, case clauses.
#[derive(Default)]
struct Nodes {
    exprs: Vec<NodeId>,
    idents: Vec<NodeId>,
    clauses: Vec<NodeId>,
    /// Names of local type declarations.
    local_types: Vec<NodeId>,
    /// Each selector's name and the selector expression (looked up only
    /// for the rare instances named by a selector, so a list).
    selectors: Vec<(NodeId, NodeId)>,
}

impl Nodes {
    fn ident(&mut self, i: &Ident) {
        self.idents.push(i.id);
    }

    fn fields(&mut self, fl: &FieldList) {
        for f in &fl.list {
            for n in &f.names {
                self.ident(n);
            }
            self.expr(&f.typ);
        }
    }

    fn func_type(&mut self, ft: &FuncType) {
        if let Some(tp) = &ft.tparams {
            self.fields(tp);
        }
        self.fields(&ft.params);
        if let Some(r) = &ft.results {
            self.fields(r);
        }
    }

    fn opt(&mut self, e: &Option<Box<Expr>>) {
        if let Some(e) = e {
            self.expr(e);
        }
    }

    fn expr(&mut self, e: &Expr) {
        self.exprs.push(e.id);
        match &e.kind {
            ExprKind::Bad | ExprKind::Ident(_) | ExprKind::BasicLit(_) => {}
            ExprKind::CompositeLit { typ, elts, .. } => {
                self.opt(typ);
                for x in elts {
                    self.expr(x);
                }
            }
            ExprKind::KeyValue { key, value, .. } => {
                self.expr(key);
                self.expr(value);
            }
            ExprKind::FuncLit { typ, body } => {
                self.func_type(typ);
                self.block(body);
            }
            ExprKind::Paren(x) | ExprKind::Star(x) | ExprKind::Unary { x, .. } => self.expr(x),
            ExprKind::Selector { x, sel } => {
                self.expr(x);
                self.ident(sel);
                self.selectors.push((sel.id, e.id));
            }
            ExprKind::Index { x, indices, .. } => {
                self.expr(x);
                for i in indices {
                    self.expr(i);
                }
            }
            ExprKind::Slice {
                x, low, high, max, ..
            } => {
                self.expr(x);
                self.opt(low);
                self.opt(high);
                self.opt(max);
            }
            ExprKind::TypeAssert { x, typ, .. } => {
                self.expr(x);
                self.opt(typ);
            }
            ExprKind::Call { fun, args, .. } => {
                self.expr(fun);
                for a in args {
                    self.expr(a);
                }
            }
            ExprKind::Binary { x, y, .. } => {
                self.expr(x);
                self.expr(y);
            }
            ExprKind::Ellipsis(x) => self.opt(x),
            ExprKind::ArrayType { len, elem, .. } => {
                self.opt(len);
                self.expr(elem);
            }
            ExprKind::StructType(st) => self.fields(&st.fields),
            ExprKind::FuncType(ft) => self.func_type(ft),
            ExprKind::InterfaceType(it) => {
                for el in &it.elems {
                    match el {
                        InterfaceElem::Method { name, typ } => {
                            self.ident(name);
                            self.func_type(typ);
                        }
                        InterfaceElem::Embed(x) => self.expr(x),
                    }
                }
            }
            ExprKind::MapType { key, value } => {
                self.expr(key);
                self.expr(value);
            }
            ExprKind::ChanType { elem, .. } => self.expr(elem),
        }
    }

    fn block(&mut self, b: &Block) {
        for s in &b.stmts {
            self.stmt(s);
        }
    }

    fn opt_stmt(&mut self, s: &Option<Box<Stmt>>) {
        if let Some(s) = s {
            self.stmt(s);
        }
    }

    fn gen_decl(&mut self, g: &GenDecl) {
        for spec in &g.specs {
            match spec {
                Spec::Value(v) => {
                    for n in &v.names {
                        self.ident(n);
                    }
                    if let Some(t) = &v.typ {
                        self.expr(t);
                    }
                    for x in &v.values {
                        self.expr(x);
                    }
                }
                Spec::Type(t) => {
                    self.ident(&t.name);
                    self.local_types.push(t.name.id);
                    self.expr(&t.typ);
                }
                Spec::Import(_) => {}
            }
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        self.exprs.push(s.id);
        match &s.kind {
            StmtKind::Bad | StmtKind::Empty | StmtKind::Branch { .. } => {}
            StmtKind::Decl(g) => self.gen_decl(g),
            StmtKind::Labeled { stmt, .. } => self.stmt(stmt),
            StmtKind::Expr(e) | StmtKind::Go(e) | StmtKind::Defer(e) => self.expr(e),
            StmtKind::Send { chan, value, .. } => {
                self.expr(chan);
                self.expr(value);
            }
            StmtKind::IncDec { x, .. } => self.expr(x),
            StmtKind::Assign { lhs, rhs, .. } => {
                for x in lhs.iter().chain(rhs) {
                    self.expr(x);
                }
            }
            StmtKind::Return(xs) => {
                for x in xs {
                    self.expr(x);
                }
            }
            StmtKind::Block(b) => self.block(b),
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                self.opt_stmt(init);
                self.expr(cond);
                self.block(then);
                self.opt_stmt(els);
            }
            StmtKind::Switch {
                init, tag, clauses, ..
            } => {
                self.opt_stmt(init);
                if let Some(t) = tag {
                    self.expr(t);
                }
                self.clauses(clauses);
            }
            StmtKind::TypeSwitch {
                init,
                bind,
                guard,
                clauses,
                ..
            } => {
                self.opt_stmt(init);
                if let Some(b) = bind {
                    self.ident(b);
                }
                self.expr(guard);
                self.clauses(clauses);
            }
            StmtKind::Select { clauses, .. } => {
                for c in clauses {
                    self.clauses.push(c.id);
                    if let Some(s) = &c.comm {
                        self.stmt(s);
                    }
                    for s in &c.body {
                        self.stmt(s);
                    }
                }
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                self.opt_stmt(init);
                if let Some(c) = cond {
                    self.expr(c);
                }
                self.opt_stmt(post);
                self.block(body);
            }
            StmtKind::Range {
                key,
                value,
                x,
                body,
                ..
            } => {
                if let Some(k) = key {
                    self.expr(k);
                }
                if let Some(v) = value {
                    self.expr(v);
                }
                self.expr(x);
                self.block(body);
            }
        }
    }

    fn clauses(&mut self, cs: &[CaseClause]) {
        for c in cs {
            self.clauses.push(c.id);
            if let Some(l) = &c.list {
                for x in l {
                    self.expr(x);
                }
            }
            for s in &c.body {
                self.stmt(s);
            }
        }
    }
}

impl Mono {
    /// The function to compile for `f`: an instance as is; the checker's
    /// copy of a generic method for a concrete instance type as that
    /// method's instance; anything else unchanged.
    pub fn resolve(&self, p: &Program, f: ObjId) -> ObjId {
        if self.insts.contains_key(&f) {
            return f;
        }
        let ObjKind::Func {
            origin: Some(g), ..
        } = p.obj(f).kind
        else {
            return f;
        };
        let Some(r) = p.signature(p.obj_type(f)).and_then(|s| s.recv) else {
            return f;
        };
        let rt = p.obj_type(r);
        let rt = match p.ty(p.unalias(rt)) {
            Type::Pointer(b) => *b,
            _ => rt,
        };
        self.method_of(p, rt, g).unwrap_or(f)
    }
}
