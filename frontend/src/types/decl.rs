//! Declarations (decl.go): package-level objects checked on demand with
//! cycle detection, local declarations, type parameter declarations.
//!
//! Invariants:
//! - A package-level object is "black" once its type is set, "grey" while
//!   it is on `obj_path` (its declaration is being checked), "white" before.
//!   Reaching a grey object is a cycle, valid only through type definitions
//!   or only through values (`valid_cycle`).
//! - A defined type gets its `Named` (with no underlying yet) before its
//!   right-hand side is checked, so references to it inside resolve; its
//!   underlying type is the end of the chain of `from_rhs` names, resolved
//!   on demand (`Checker::under`).

use crate::constant::Value;
use crate::source::Pos;
use crate::syntax::ast::{self, DeclKind, Expr, ExprKind, Spec, UnaryOp};

use super::api::Target;
use super::*;

impl<'a> Checker<'a> {
    pub fn obj_decl(&mut self, obj: ObjId, _def: Option<TypeId>) {
        if self.obj_path.contains(&obj) {
            // The kind is copied out: the guards below need `&mut self`.
            let kind = self.prog.obj(obj).kind.clone();
            match kind {
                ObjKind::Const { .. } | ObjKind::Var { .. }
                    if !self.valid_cycle(obj) || self.prog.obj(obj).typ.is_none() =>
                {
                    self.prog.obj_mut(obj).typ = Some(self.invalid());
                }
                ObjKind::TypeName if !self.valid_cycle(obj) => {
                    self.prog.obj_mut(obj).typ = Some(self.invalid());
                }
                ObjKind::Func { .. } => {
                    self.valid_cycle(obj);
                }
                _ => {}
            }
            if self.prog.obj(obj).typ.is_none() {
                self.prog.obj_mut(obj).typ = Some(self.invalid());
            }
            return;
        }
        if self.prog.obj(obj).typ.is_some() {
            return; // already checked
        }
        let Some(&d) = self.obj_map.get(&obj) else {
            // Not a package-level object of this package: nothing to do.
            return;
        };

        self.push_obj(obj);
        let saved = std::mem::take(&mut self.env);
        self.env.scope = Some(self.decls[d].file_scope);

        match self.prog.obj(obj).kind {
            ObjKind::Const { .. } => {
                self.env.decl = Some(d);
                let (vtyp, init, inherited, iota) = (
                    self.decls[d].vtyp,
                    self.decls[d].init,
                    self.decls[d].inherited,
                    self.decls[d].iota,
                );
                self.const_decl(obj, vtyp, init, inherited, iota);
            }
            ObjKind::Var { .. } => {
                self.env.decl = Some(d);
                let lhs = self.decls[d].lhs.clone();
                let (vtyp, init) = (self.decls[d].vtyp, self.decls[d].init);
                self.var_decl(obj, &lhs, vtyp, init);
            }
            ObjKind::TypeName => {
                if let Some(td) = self.decls[d].tdecl {
                    self.type_decl(obj, td);
                }
                self.collect_methods(obj);
            }
            ObjKind::Func { .. } => {
                self.func_decl(obj, d);
            }
            _ => {}
        }

        self.env = saved;
        self.pop_obj();
    }

    /// Whether the cycle closed by reaching grey `obj` is allowed; reports
    /// it if not (types2 validCycle).
    fn valid_cycle(&mut self, obj: ObjId) -> bool {
        let Some(start) = self.obj_path.iter().position(|&o| o == obj) else {
            return true;
        };
        let cycle: Vec<ObjId> = self.obj_path[start..].to_vec();
        let mut nval = 0;
        let mut ndef = 0;
        for &o in &cycle {
            match self.prog.obj(o).kind {
                ObjKind::Const { .. } | ObjKind::Var { .. } => nval += 1,
                ObjKind::TypeName => {
                    if self.env.in_tparam_list
                        && self
                            .prog
                            .obj(o)
                            .typ
                            .is_some_and(|t| self.prog.is_generic(t))
                    {
                        return true; // a cycle through a type parameter list
                    }
                    if !self.prog.is_alias_name(o) {
                        ndef += 1;
                    }
                }
                _ => {}
            }
        }
        if nval == cycle.len() {
            return true; // values may refer to each other through functions
        }
        if nval == 0 && ndef > 0 {
            return true; // type definitions may be recursive
        }
        let first = self.first_in_src(&cycle);
        self.cycle_error(&cycle, first);
        false
    }

    /// Index of the object of `path` that appears first in the source.
    pub(crate) fn first_in_src(&self, path: &[ObjId]) -> usize {
        let mut fst = 0;
        for i in 1..path.len() {
            if self.prog.obj(path[i]).pos < self.prog.obj(path[fst]).pos {
                fst = i;
            }
        }
        fst
    }

    /// Reports a declaration cycle starting at `cycle[start]` (types2 cycleError).
    pub(crate) fn cycle_error(&mut self, cycle: &[ObjId], start: usize) {
        let name = |c: &Checker<'a>, o: ObjId| -> String {
            if let Some(t) = c.prog.obj(o).typ
                && let Type::Named(n) = c.prog.ty(t)
                && !n.targs.is_empty()
            {
                return c.type_str(t);
            }
            let ob = c.prog.obj(o);
            let prefix = match ob.pkg {
                Some(p) => {
                    let q = c.qualify(p);
                    if q.is_empty() { q } else { q + "." }
                }
                None => String::new(),
            };
            format!("{prefix}{}", ob.name)
        };
        let obj = cycle[start];
        let is_tname = matches!(self.prog.obj(obj).kind, ObjKind::TypeName);
        if is_tname
            && let Some(t) = self.prog.obj(obj).typ
            && let Type::Alias(_) = self.prog.ty(t)
        {
            let inv = self.invalid();
            if let Type::Alias(a) = self.prog.ty_mut(t) {
                a.rhs = Some(inv);
            }
        }
        let pos = self.prog.obj(obj).pos;
        if cycle.len() == 1 {
            let n = name(self, obj);
            if is_tname {
                self.error(pos, format!("invalid recursive type: {n} refers to itself"));
            } else {
                self.error(
                    pos,
                    format!("invalid cycle in declaration: {n} refers to itself"),
                );
            }
            return;
        }
        let n = name(self, obj);
        let msg = if is_tname {
            format!("invalid recursive type {n}")
        } else {
            format!("invalid cycle in declaration of {n}")
        };
        let mut notes = Vec::new();
        let mut o = obj;
        for i in 0..cycle.len() {
            let next = cycle[(start + i + 1) % cycle.len()];
            notes.push((
                self.prog.obj(o).pos,
                format!("{} refers to {}", name(self, o), name(self, next)),
            ));
            o = next;
        }
        self.report_full(pos, msg, notes);
    }

    fn const_decl(
        &mut self,
        obj: ObjId,
        typ: Option<&'a Expr>,
        init: Option<&'a Expr>,
        inherited: bool,
        iota: u32,
    ) {
        let saved_iota = self.env.iota.replace(Value::make_int64(iota as i64));
        let saved_errpos = self.env.errpos.take();
        self.prog.obj_mut(obj).kind = ObjKind::Const {
            val: Value::unknown(),
        };

        let mut done = false;
        if let Some(te) = typ {
            let t = self.typ(te);
            if !self.prog.is_const_type(t) {
                let u = self.under(t);
                if self.prog.is_valid(u) {
                    let ts = self.type_str(t);
                    self.error(te.pos(), format!("invalid constant type {ts}"));
                }
                self.prog.obj_mut(obj).typ = Some(self.invalid());
                done = true;
            } else {
                self.prog.obj_mut(obj).typ = Some(t);
            }
        }
        if !done {
            let mut x = Operand::invalid(self.prog);
            if let Some(init) = init {
                if inherited {
                    // Errors in an inherited initializer are reported at
                    // the constant that inherits it.
                    self.env.errpos = Some(self.prog.obj(obj).pos);
                }
                self.expr(None, &mut x, init);
            }
            self.init_const(obj, &mut x);
        }
        self.env.iota = saved_iota;
        self.env.errpos = saved_errpos;
    }

    fn var_decl(
        &mut self,
        obj: ObjId,
        lhs: &[ObjId],
        typ: Option<&'a Expr>,
        init: Option<&'a Expr>,
    ) {
        if let Some(te) = typ {
            let t = self.var_type(te);
            self.prog.obj_mut(obj).typ = Some(t);
        }
        let Some(init) = init else {
            if typ.is_none() {
                self.prog.obj_mut(obj).typ = Some(self.invalid());
            }
            return;
        };
        if lhs.len() <= 1 {
            let mut x = Operand::invalid(self.prog);
            let target = self.new_target(self.prog.obj(obj).typ, self.prog.obj(obj).name.as_str());
            self.expr(target.as_ref(), &mut x, init);
            self.init_var(obj, &mut x, "variable declaration");
            return;
        }
        if typ.is_some() {
            let t = self.prog.obj(obj).typ;
            for &l in lhs {
                self.prog.obj_mut(l).typ = t;
            }
        }
        self.init_vars(lhs, std::slice::from_ref(init), None);
    }

    /// A target for inferring a generic function value assigned to a
    /// variable of function type (types2 newTarget).
    pub fn new_target(&mut self, typ: Option<TypeId>, desc: &str) -> Option<Target> {
        let t = typ?;
        let u = self.under(t);
        match self.prog.ty(u) {
            Type::Signature(_) => Some(Target {
                sig: u,
                desc: desc.to_string(),
            }),
            _ => None,
        }
    }

    fn type_decl(&mut self, obj: ObjId, tdecl: &'a ast::TypeSpec) {
        self.later(move |c| {
            if let Some(t) = c.prog.obj(obj).typ
                && matches!(c.prog.ty(t), Type::Named(_))
            {
                c.valid_type(t);
            }
        });

        let has_tparams = tdecl.tparams.as_ref().is_some_and(|l| !l.list.is_empty());
        if tdecl.assign.is_some() {
            let alias = self.new_alias(obj, None);
            if let Some(tps) = &tdecl.tparams
                && has_tparams
            {
                self.open_scope(
                    Some(tdecl.name.id),
                    tdecl.span.lo,
                    tdecl.span.hi,
                    "type parameters",
                );
                let tparams = self.collect_type_params(tps);
                if let Type::Alias(a) = self.prog.ty_mut(alias) {
                    a.tparams = tparams;
                }
            }
            let rhs = self.declared_type(&tdecl.typ, Some(obj));
            let mut rhs = Some(rhs);
            if let Some(r) = rhs
                && let Type::TypeParam(_) = self.prog.ty(r)
                && let Type::Alias(a) = self.prog.ty(alias)
                && a.tparams.contains(&r)
            {
                self.error(
                    tdecl.typ.pos(),
                    "cannot use type parameter declared in alias declaration as RHS",
                );
                rhs = Some(self.invalid());
            }
            if let Type::Alias(a) = self.prog.ty_mut(alias)
                && a.rhs.is_none()
            {
                a.rhs = rhs;
            }
            if has_tparams {
                self.close_scope();
            }
            return;
        }

        let named = self.new_named(obj, None);
        if let Some(tps) = &tdecl.tparams
            && has_tparams
        {
            self.open_scope(
                Some(tdecl.name.id),
                tdecl.span.lo,
                tdecl.span.hi,
                "type parameters",
            );
            let tparams = self.collect_type_params(tps);
            if let Type::Named(n) = self.prog.ty_mut(named) {
                n.tparams = tparams;
            }
        }
        let mut rhs = self.declared_type(&tdecl.typ, Some(obj));
        if self.prog.is_type_param(rhs) {
            self.error(
                tdecl.typ.pos(),
                "cannot use a type parameter as RHS in type declaration",
            );
            rhs = self.invalid();
        }
        if let Type::Named(n) = self.prog.ty_mut(named)
            && n.from_rhs.is_none()
        {
            n.from_rhs = Some(rhs);
        }
        if has_tparams {
            self.close_scope();
        }
        // Instances of this type created while declaring it can be
        // expanded now that its right-hand side is known.
        self.expand_pending();
    }

    /// A new defined type for `obj` (types2 newNamed); sets the object's
    /// type if not set.
    pub fn new_named(&mut self, obj: ObjId, from_rhs: Option<TypeId>) -> TypeId {
        let t = self.prog.new_type(Type::Named(Named {
            obj,
            orig: TypeId(u32::MAX),
            tparams: Vec::new(),
            targs: Vec::new(),
            underlying: None,
            from_rhs,
            methods: Vec::new(),
        }));
        if let Type::Named(n) = self.prog.ty_mut(t) {
            n.orig = t;
        }
        if self.prog.obj(obj).typ.is_none() {
            self.prog.obj_mut(obj).typ = Some(t);
        }
        t
    }

    /// A new alias type for `obj` (types2 newAlias).
    pub fn new_alias(&mut self, obj: ObjId, rhs: Option<TypeId>) -> TypeId {
        let t = self.prog.new_type(Type::Alias(Alias {
            obj,
            orig: TypeId(u32::MAX),
            tparams: Vec::new(),
            targs: Vec::new(),
            rhs,
        }));
        if let Type::Alias(a) = self.prog.ty_mut(t) {
            a.orig = t;
        }
        if self.prog.obj(obj).typ.is_none() {
            self.prog.obj_mut(obj).typ = Some(t);
        }
        t
    }

    /// Declares the type parameters of a list in the current scope and
    /// checks their constraints (types2 collectTypeParams).
    pub fn collect_type_params(&mut self, list: &'a ast::FieldList) -> Vec<TypeId> {
        let mut tparams = Vec::new();
        let scope_pos = list.list.first().map(|f| f.span.lo).unwrap_or(list.open);
        for f in &list.list {
            for name in &f.names {
                let i = tparams.len() as u32;
                tparams.push(self.declare_type_param(name, i, scope_pos));
            }
        }
        let saved = self.env.in_tparam_list;
        self.env.in_tparam_list = true;
        let mut i = 0;
        for f in &list.list {
            let mut bound = self.bound(&f.typ);
            if self.prog.is_type_param(bound) {
                self.error(f.typ.pos(), "cannot use a type parameter as constraint");
                bound = self.invalid();
            }
            // A constraint that is not an interface (`[T int]`) stands for
            // the implicit interface `interface{int}` (types2 TypeParam.iface).
            let ub = self.under(bound);
            if self.prog.is_valid(ub) && !matches!(self.prog.ty(ub), Type::Interface(_)) {
                bound = self.prog.new_type(Type::Interface(Interface {
                    embeddeds: vec![bound],
                    embed_pos: vec![f.typ.pos()],
                    implicit: true,
                    complete: true,
                    ..Interface::default()
                }));
            }
            for _ in &f.names {
                if let Type::TypeParam(tp) = self.prog.ty_mut(tparams[i]) {
                    tp.bound = Some(bound);
                }
                i += 1;
            }
        }
        self.env.in_tparam_list = saved;
        tparams
    }

    /// The constraint of a type parameter: a type, or an implicit interface
    /// for a union or `~T` written directly (types2 bound).
    fn bound(&mut self, x: &'a Expr) -> TypeId {
        let is_elem = matches!(
            x.kind,
            ExprKind::Unary {
                op: UnaryOp::Tilde,
                ..
            }
        ) || matches!(
            x.kind,
            ExprKind::Binary {
                op: ast::BinaryOp::Or,
                ..
            }
        );
        if is_elem {
            let it = self.prog.new_type(Type::Interface(Interface {
                implicit: true,
                ..Interface::default()
            }));
            let u = self.parse_union(x);
            if let Type::Interface(i) = self.prog.ty_mut(it) {
                i.embeddeds.push(u);
                i.embed_pos.push(x.pos());
                i.complete = true;
            }
            self.record_type_and_value(x, Mode::TypExpr, u, None);
            return it;
        }
        self.typ(x)
    }

    /// Declares one type parameter (types2 declareTypeParam).
    pub fn declare_type_param(
        &mut self,
        name: &'a ast::Ident,
        index: u32,
        scope_pos: Pos,
    ) -> TypeId {
        self.declare_type_param_at(name.id, name.pos, name.name, index, scope_pos)
    }

    /// Declares a type parameter named by the identifier with node `id`.
    pub fn declare_type_param_at(
        &mut self,
        id: ast::NodeId,
        pos: Pos,
        name: crate::name::Name,
        index: u32,
        scope_pos: Pos,
    ) -> TypeId {
        let obj = self
            .prog
            .new_obj(ObjKind::TypeName, pos, Some(self.pkg), name, None);
        let tid = self.prog.next_tparam_id();
        let t = self.prog.new_type(Type::TypeParam(TypeParam {
            obj,
            id: tid,
            index,
            bound: None,
        }));
        self.prog.obj_mut(obj).typ = Some(t);
        let scope = self.scope();
        self.declare(scope, None, obj, scope_pos);
        self.prog.info.defs.insert(id, obj);
        t
    }

    /// Adds the methods declared for type name `obj` to its Named type,
    /// reporting duplicates (types2 collectMethods).
    fn collect_methods(&mut self, obj: ObjId) {
        let Some(methods) = self.methods.remove(&obj) else {
            return;
        };
        let base = self
            .prog
            .obj(obj)
            .typ
            .filter(|&t| matches!(self.prog.ty(t), Type::Named(_)));
        if let Some(b) = base {
            self.later(move |c| c.check_field_uniqueness(b));
        }
        let mut mset: Vec<ObjId> = base
            .map(|b| self.prog.named_methods(b).to_vec())
            .unwrap_or_default();
        for m in methods {
            if let Some(&alt) = mset.iter().find(|&&o| self.prog.same_id(o, m)) {
                let (tn, mn) = (self.prog.obj(obj).name, self.prog.obj(m).name);
                let mpos = self.prog.obj(m).pos;
                let apos = self.prog.obj(alt).pos;
                if apos.is_valid() {
                    let at = self.pos_string(apos);
                    self.error(mpos, format!("method {tn}.{mn} already declared at {at}"));
                } else {
                    self.error(mpos, format!("method {tn}.{mn} already declared"));
                }
                continue;
            }
            mset.push(m);
            if let Some(b) = base
                && let Type::Named(n) = self.prog.ty_mut(b)
            {
                n.methods.push(m);
            }
        }
    }

    fn check_field_uniqueness(&mut self, base: TypeId) {
        let u = self.under(base);
        let Type::Struct(st) = self.prog.ty(u) else {
            return;
        };
        let fields = st.fields.clone();
        let methods = self.prog.named_methods(base).to_vec();
        for f in fields {
            if self.prog.obj(f).name.is_blank() {
                continue;
            }
            if let Some(&m) = methods.iter().find(|&&m| self.prog.same_id(m, f)) {
                let name = self.prog.obj(f).name;
                let (mpos, fpos) = (self.prog.obj(m).pos, self.prog.obj(f).pos);
                self.error_with_alt(
                    mpos,
                    format!("field and method with the same name {name}"),
                    fpos,
                    format!("other declaration of {name}"),
                );
            }
        }
    }

    fn func_decl(&mut self, obj: ObjId, d: usize) {
        let Some(fdecl) = self.decls[d].fdecl else {
            return;
        };
        // Set the signature first: it guards against cycles through the
        // function's own signature.
        let sig = self.new_empty_signature();
        self.prog.obj_mut(obj).typ = Some(sig);
        self.func_type_into(sig, fdecl.recv.as_ref(), &fdecl.typ);
        if let Type::Signature(s) = self.prog.ty(sig)
            && let Some(sc) = s.scope
        {
            let sc = self.prog.scope_mut(sc);
            sc.pos = fdecl.span.lo;
            sc.end = fdecl.span.hi;
        }
        if let Type::Signature(s) = self.prog.ty(sig)
            && let Some(sc) = s.scope
        {
            self.record_scope(fdecl.name.id, sc);
        }
        if fdecl
            .typ
            .tparams
            .as_ref()
            .is_some_and(|t| !t.list.is_empty())
            && fdecl.body.is_none()
        {
            self.soft_error(fdecl.span.lo, "generic function is missing function body");
        }
        if !self.conf.ignore_func_bodies
            && let Some(body) = &fdecl.body
        {
            let name = self.prog.obj(obj).name;
            self.later(move |c| {
                c.func_body(Some(d), name, sig, body, None);
            });
        }
    }

    /// Checks a const, type or var declaration inside a function (types2 declStmt).
    pub fn decl_stmt(&mut self, d: &'a ast::GenDecl) {
        let pkg = self.pkg;
        match d.kind {
            DeclKind::Import => {}
            DeclKind::Const => {
                let mut last: Option<&'a ast::ValueSpec> = None;
                for spec in &d.specs {
                    let Spec::Value(s) = spec else { continue };
                    let top = self.delayed.len();
                    let inherited = if s.typ.is_some() || !s.values.is_empty() {
                        last = Some(s);
                        false
                    } else {
                        last.is_some()
                    };
                    let (vtyp, values): (Option<&'a Expr>, &'a [Expr]) = match last {
                        Some(l) => (l.typ.as_ref(), &l.values),
                        None => (None, &[]),
                    };
                    let mut lhs = Vec::new();
                    for (i, name) in s.names.iter().enumerate() {
                        let obj = self.prog.new_obj(
                            ObjKind::Const {
                                val: Value::unknown(),
                            },
                            name.pos,
                            Some(pkg),
                            name.name,
                            None,
                        );
                        lhs.push(obj);
                        self.const_decl(obj, vtyp, values.get(i), inherited, s.iota);
                    }
                    self.arity(s.span.lo, &s.names, values, true, inherited);
                    self.process_delayed(top);
                    let scope = self.scope();
                    for (i, name) in s.names.iter().enumerate() {
                        self.declare(scope, Some(name), lhs[i], s.span.hi);
                    }
                }
            }
            DeclKind::Var => {
                for spec in &d.specs {
                    let Spec::Value(s) = spec else { continue };
                    let top = self.delayed.len();
                    let lhs0: Vec<ObjId> = s
                        .names
                        .iter()
                        .map(|n| {
                            self.prog.new_obj(
                                ObjKind::Var {
                                    kind: VarKind::LocalVar,
                                    embedded: false,
                                    origin: None,
                                },
                                n.pos,
                                Some(pkg),
                                n.name,
                                None,
                            )
                        })
                        .collect();
                    let values = &s.values;
                    for (i, &obj) in lhs0.iter().enumerate() {
                        let (lhs, init): (&[ObjId], Option<&'a Expr>) =
                            if values.len() == s.names.len() {
                                (&[], values.get(i))
                            } else if values.len() == 1 {
                                (&lhs0, values.first())
                            } else {
                                (&[], values.get(i))
                            };
                        self.var_decl(obj, lhs, s.typ.as_ref(), init);
                        if values.len() == 1 {
                            break;
                        }
                    }
                    if s.typ.is_none() || !values.is_empty() {
                        self.arity(s.span.lo, &s.names, values, false, false);
                    }
                    self.process_delayed(top);
                    let scope = self.scope();
                    for (i, name) in s.names.iter().enumerate() {
                        self.declare(scope, Some(name), lhs0[i], s.span.hi);
                    }
                }
            }
            DeclKind::Type => {
                for spec in &d.specs {
                    let Spec::Type(s) = spec else { continue };
                    let obj = self.prog.new_obj(
                        ObjKind::TypeName,
                        s.name.pos,
                        Some(pkg),
                        s.name.name,
                        None,
                    );
                    let scope = self.scope();
                    self.declare(scope, Some(&s.name), obj, s.name.pos);
                    self.push_obj(obj);
                    self.type_decl(obj, s);
                    self.pop_obj();
                }
            }
        }
    }

    /// An empty signature, to be filled by `func_type_into`.
    pub(crate) fn new_empty_signature(&mut self) -> TypeId {
        let e = self.prog.universe.empty_tuple;
        self.prog.new_signature(e, e, false)
    }
}
