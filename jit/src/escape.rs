//! Which local variables live in heap cells, and what closures capture.
//!
//! A variable lives in a heap cell (allocated where it is declared) when a
//! function literal refers to it from outside the function that declares
//! it, when its address is taken (`&x`, `&x.f`, `&a[i]` of an array,
//! slicing an array, calling a pointer method on it), so that pointers to
//! it and closures sharing it see one variable. Every other local lives in
//! registers or the frame. (A later escape analysis may keep some of these
//! cells on the stack.)
//!
//! The body of a range-over-func loop (`for x := range seq`) is compiled as
//! a function of its own (the yield function, see `rangefunc.rs`), so it
//! counts as a function literal here, keyed by the range statement's id:
//! what it uses of the enclosing function lives in cells and is captured.
//! A `return` with results in such a body stores the enclosing function's
//! results, so it captures them (unnamed ones by their [`synthetic_result`]
//! objects).
//!
//! A captured variable that is never modified after its declaration is
//! captured by value instead (`Escapes::by_value`, gc's rule): it needs no
//! cell, and each closure holds a copy.
//!
//! Invariant: a closure's captures are listed in the order of their first
//! use; the closure record holds, after the code pointer, one cell pointer
//! per shared capture and the value of each capture by value
//! (`func::capture_layout`), and a nested closure's captures are captured
//! by each closure between it and the declaring function.

use std::collections::{HashMap, HashSet};

use gorun_frontend::syntax::ast::*;
use gorun_frontend::types::{ObjId, ObjKind, Program, SelectionKind, Type, VarKind};

#[derive(Default, Debug)]
pub struct Escapes {
    pub heap: HashSet<ObjId>,
    pub captures: HashMap<NodeId, Vec<ObjId>>,
    /// Functions with a `defer` statement: the function literal's id, or
    /// None for the analyzed function itself.
    pub defers: HashSet<Option<NodeId>>,
    /// Range-over-func statements whose body (or a range-over-func body
    /// nested in it) has a `defer` statement: it defers to the enclosing
    /// function.
    pub range_defers: HashSet<NodeId>,
    /// Local pointer variables whose every assignment is a non-nil
    /// expression (`&x`, `&T{}`, `new(T)`) and whose address is never
    /// taken: reading one gives a pointer that needs no nil check.
    pub nonnil: HashSet<ObjId>,
    /// The body makes functions of its own, each named after it: function
    /// literals, range-over-func bodies, `go` and `defer` wrappers.
    pub makes_funcs: bool,
    /// Captured variables that function literals copy instead of sharing:
    /// never assigned (in whole or in part) after their declaration, their
    /// address never taken, not a result, not used by a range-over-func
    /// body (which runs as the enclosing function's own code), and at most
    /// 128 bytes, as gc decides. Sharing one is indistinguishable from
    /// copying it; copying needs no heap cell.
    pub by_value: HashSet<ObjId>,
}

/// Largest variable a closure captures by value (gc's limit).
const MAX_BY_VALUE: i64 = 128;

/// The object standing for a function's `i`-th result when it has no name
/// (or is blank). Ids past the program's objects never collide with real
/// ones; a function and the literals in it reuse them, each binding its own.
pub fn synthetic_result(i: usize) -> ObjId {
    ObjId(u32::MAX - 1 - i as u32)
}

/// Whether `o` is a [`synthetic_result`] (no object of the program's:
/// `Program::obj` would not know it). Functions have far fewer than 2^16
/// results.
fn is_synthetic(o: ObjId) -> bool {
    o.0 >= synthetic_result(1 << 16).0
}

struct Walker<'a> {
    p: &'a Program,
    /// The generic instance analyzed, whose concrete types decide (an
    /// array's address, a pointer receiver).
    inst: Option<&'a crate::mono::Inst>,
    esc: Escapes,
    /// Function literals being walked, outermost first.
    lits: Vec<NodeId>,
    /// The innermost literal (index into `lits` + 1; 0 for the function
    /// itself) that declares each local variable.
    owner: HashMap<ObjId, usize>,
    /// Which entries of `lits` are range-over-func bodies.
    range_body: Vec<bool>,
    /// The result objects of the enclosing functions (the declaration,
    /// then each function literal), innermost last.
    results: Vec<Vec<ObjId>>,
    /// Candidates for `Escapes::nonnil`: true while every assignment seen
    /// was non-nil; absent for variables never defined with a value.
    nonnil: HashMap<ObjId, bool>,
    /// Variables captured by function literals, by range-over-func bodies,
    /// and those modified after their declaration (`Escapes::by_value`).
    lit_captured: HashSet<ObjId>,
    range_captured: HashSet<ObjId>,
    modified: HashSet<ObjId>,
}

/// Analyzes a function (or method) declaration's body with its signature.
pub fn analyze<'a>(
    p: &'a Program,
    inst: Option<&'a crate::mono::Inst>,
    typ: &FuncType,
    recv: Option<&FieldList>,
    body: &Block,
) -> Escapes {
    let mut w = Walker {
        p,
        inst,
        esc: Escapes::default(),
        lits: Vec::new(),
        owner: HashMap::new(),
        range_body: Vec::new(),
        results: Vec::new(),
        nonnil: HashMap::new(),
        lit_captured: HashSet::new(),
        range_captured: HashSet::new(),
        modified: HashSet::new(),
    };
    if let Some(r) = recv {
        w.fields(r);
    }
    w.func_type(typ);
    let _ = w.enter_results(typ);
    w.block(body);
    w.finish()
}

/// Analyzes a standalone function literal (used for function literals in
/// package-level initializers, which no declaration encloses).
pub fn analyze_lit(p: &Program, lit: &Expr) -> Escapes {
    let mut w = Walker {
        p,
        inst: None,
        esc: Escapes::default(),
        lits: Vec::new(),
        owner: HashMap::new(),
        range_body: Vec::new(),
        results: Vec::new(),
        nonnil: HashMap::new(),
        lit_captured: HashSet::new(),
        range_captured: HashSet::new(),
        modified: HashSet::new(),
    };
    w.expr(lit);
    w.finish()
}

impl<'a> Walker<'a> {
    fn finish(mut self) -> Escapes {
        self.esc.nonnil = self
            .nonnil
            .iter()
            .filter(|&(_, &ok)| ok)
            .map(|(&o, _)| o)
            .collect();
        // A generic instance's sizes are its own: its captures stay shared.
        if self.inst.is_none() {
            let p = self.p;
            let by_value: HashSet<ObjId> = self
                .lit_captured
                .iter()
                .copied()
                .filter(|o| {
                    !self.modified.contains(o)
                        && !self.range_captured.contains(o)
                        && !is_synthetic(*o)
                        && !matches!(
                            p.obj(*o).kind,
                            ObjKind::Var {
                                kind: VarKind::ResultVar,
                                ..
                            }
                        )
                        && p.sizeof(p.obj_type(*o)) <= MAX_BY_VALUE
                })
                .collect();
            for o in &by_value {
                self.esc.heap.remove(o);
            }
            self.esc.by_value = by_value;
        }
        self.esc
    }

    /// Whether `e` is never nil: an address (`&x`, `&T{}`) or `new(T)`.
    fn is_nonnil_expr(&self, e: &Expr) -> bool {
        match &e.kind {
            ExprKind::Paren(x) => self.is_nonnil_expr(x),
            ExprKind::Unary { op, .. } => *op == UnaryOp::Addr,
            ExprKind::Call { fun, .. } => {
                let f = fun.unparen();
                f.as_ident().is_some_and(|n| n.as_str() == "new")
                    && self
                        .p
                        .info
                        .uses
                        .get(&f.id)
                        .is_some_and(|&o| matches!(self.p.obj(o).kind, ObjKind::Builtin(_)))
            }
            _ => false,
        }
    }

    /// Records an assignment of `rhs` (None: a value not known) to the
    /// local variable `lhs` names, or to part of it; `define` for its
    /// declaration.
    fn assigned(&mut self, lhs: &Expr, rhs: Option<&Expr>, define: bool) {
        if lhs.as_ident().is_some() {
            self.assigned_ident(lhs.id, rhs, define);
        } else if let Some(o) = self.root_var(lhs) {
            self.modified.insert(o);
        }
    }

    /// `assigned` for the identifier with node `id`.
    fn assigned_ident(&mut self, id: NodeId, rhs: Option<&Expr>, define: bool) {
        let map = if define {
            &self.p.info.defs
        } else {
            &self.p.info.uses
        };
        let Some(&o) = map.get(&id) else { return };
        if !self.is_local_var(o) {
            return;
        }
        if !define {
            self.modified.insert(o);
        }
        if rhs.is_some_and(|r| self.is_nonnil_expr(r)) {
            // Only a declaration starts a candidate: a variable assigned
            // here may have been nil before (a parameter, say).
            if define {
                self.nonnil.entry(o).or_insert(true);
            }
        } else {
            self.nonnil.insert(o, false);
        }
    }

    fn tv(&self, id: NodeId) -> Option<&'a gorun_frontend::types::TypeAndValue> {
        self.inst
            .and_then(|i| i.types.get(&id))
            .or_else(|| self.p.info.types.get(&id))
    }

    fn sel(&self, id: NodeId) -> Option<&'a gorun_frontend::types::Selection> {
        self.inst
            .and_then(|i| i.sels.get(&id))
            .or_else(|| self.p.info.selections.get(&id))
    }

    fn is_local_var(&self, o: ObjId) -> bool {
        matches!(
            self.p.obj(o).kind,
            ObjKind::Var {
                kind: VarKind::LocalVar | VarKind::ParamVar | VarKind::ResultVar | VarKind::RecvVar,
                ..
            }
        )
    }

    fn def(&mut self, id: &Ident) {
        if let Some(&o) = self.p.info.defs.get(&id.id)
            && self.is_local_var(o)
        {
            self.owner.insert(o, self.lits.len());
        }
    }

    fn use_var(&mut self, node: NodeId) {
        let Some(&o) = self.p.info.uses.get(&node) else {
            return;
        };
        if !self.is_local_var(o) {
            return;
        }
        self.use_obj(o);
    }

    /// Records a use of local `o` (a variable or a synthetic result) at
    /// the current depth.
    fn use_obj(&mut self, o: ObjId) {
        let Some(&own) = self.owner.get(&o) else {
            return;
        };
        // Every literal deeper than the declaring one captures it.
        for i in own..self.lits.len() {
            let lit = self.lits[i];
            if self.range_body[i] {
                self.range_captured.insert(o);
            } else {
                self.lit_captured.insert(o);
            }
            let caps = self.esc.captures.entry(lit).or_default();
            if !caps.contains(&o) {
                caps.push(o);
            }
            self.esc.heap.insert(o);
        }
    }

    /// The variable whose storage `e` designates, if taking its address
    /// takes the variable's.
    fn root_var(&self, e: &Expr) -> Option<ObjId> {
        match &e.kind {
            ExprKind::Paren(x) => self.root_var(x),
            ExprKind::Ident(_) => {
                let o = *self.p.info.uses.get(&e.id)?;
                self.is_local_var(o).then_some(o)
            }
            ExprKind::Selector { x, .. } => {
                let sel = self.sel(e.id)?;
                if sel.kind != SelectionKind::FieldVal || sel.indirect {
                    return None;
                }
                self.root_var(x)
            }
            ExprKind::Index { x, .. } => {
                let t = self.tv(x.id)?.typ;
                match self.p.ty(self.p.under(t)) {
                    Type::Array { .. } => self.root_var(x),
                    _ => None,
                }
            }
            _ => None,
        }
    }

    fn address_taken(&mut self, e: &Expr) {
        if let Some(o) = self.root_var(e) {
            self.esc.heap.insert(o);
            self.nonnil.insert(o, false);
            self.modified.insert(o);
        }
    }

    /// Enters a function (declaration or literal) with type `t`: its
    /// results, and its unnamed results' synthetic objects owned here.
    /// Returns the previous owners of the synthetic objects it rebinds
    /// (a literal's shadow its enclosing function's until it ends).
    fn enter_results(&mut self, t: &FuncType) -> Vec<(ObjId, Option<usize>)> {
        let mut saved = Vec::new();
        let mut objs = Vec::new();
        for f in t.results.iter().flat_map(|r| r.list.iter()) {
            let names: Vec<Option<&Ident>> = if f.names.is_empty() {
                vec![None]
            } else {
                f.names.iter().map(Some).collect()
            };
            for n in names {
                let named = n
                    .filter(|n| !n.name.is_blank())
                    .and_then(|n| self.p.info.defs.get(&n.id).copied());
                let o = named.unwrap_or_else(|| synthetic_result(objs.len()));
                let prev = self.owner.insert(o, self.lits.len());
                if named.is_none() {
                    saved.push((o, prev));
                }
                objs.push(o);
            }
        }
        self.results.push(objs);
        saved
    }

    /// Whether `x` (a range operand) is a function.
    fn is_func(&self, x: &Expr) -> bool {
        self.tv(x.id)
            .is_some_and(|tv| matches!(self.p.ty(self.p.under(tv.typ)), Type::Signature(_)))
    }

    fn fields(&mut self, fl: &FieldList) {
        for f in &fl.list {
            for n in &f.names {
                self.def(n);
            }
            self.expr(&f.typ);
        }
    }

    fn func_type(&mut self, t: &FuncType) {
        self.fields(&t.params);
        if let Some(r) = &t.results {
            self.fields(r);
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

    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Bad | StmtKind::Empty | StmtKind::Branch { .. } => {}
            StmtKind::Decl(d) => {
                for spec in &d.specs {
                    if let Spec::Value(v) = spec {
                        for e in &v.values {
                            self.expr(e);
                        }
                        if d.kind == DeclKind::Var {
                            for (i, n) in v.names.iter().enumerate() {
                                self.def(n);
                                let r = (v.names.len() == v.values.len()).then(|| &v.values[i]);
                                self.assigned_ident(n.id, r, true);
                            }
                        }
                    }
                }
            }
            StmtKind::Labeled { stmt, .. } => self.stmt(stmt),
            StmtKind::Defer(e) => {
                self.esc.makes_funcs = true;
                // A defer in a range-over-func body defers to the function
                // around the loop(s).
                let mut d = self.lits.len();
                while d > 0 && self.range_body[d - 1] {
                    self.esc.range_defers.insert(self.lits[d - 1]);
                    d -= 1;
                }
                self.esc
                    .defers
                    .insert(d.checked_sub(1).map(|i| self.lits[i]));
                self.expr(e)
            }
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::Go(e) => {
                self.esc.makes_funcs = true;
                self.expr(e)
            }
            StmtKind::Send { chan, value, .. } => {
                self.expr(chan);
                self.expr(value);
            }
            StmtKind::IncDec { x, .. } => {
                if let Some(o) = self.root_var(x) {
                    self.modified.insert(o);
                }
                self.expr(x)
            }
            StmtKind::Assign { lhs, op, rhs, .. } => {
                for e in rhs {
                    self.expr(e);
                }
                let define = *op == AssignOp::Define;
                for (i, l) in lhs.iter().enumerate() {
                    let r = (lhs.len() == rhs.len()).then(|| &rhs[i]);
                    self.assigned(l, r, define && self.p.info.defs.contains_key(&l.id));
                }
                for e in lhs {
                    if *op == AssignOp::Define
                        && let ExprKind::Ident(_) = e.kind
                        && self.p.info.defs.contains_key(&e.id)
                    {
                        let id = Ident {
                            id: e.id,
                            pos: e.pos(),
                            name: e.as_ident().unwrap_or_else(|| "_".into()),
                        };
                        self.def(&id);
                        continue;
                    }
                    self.expr(e);
                }
            }
            StmtKind::Return(es) => {
                for e in es {
                    self.expr(e);
                }
                if !es.is_empty() && self.range_body.last() == Some(&true) {
                    for o in self.results.last().cloned().unwrap_or_default() {
                        self.use_obj(o);
                    }
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
                for c in clauses {
                    for e in c.list.iter().flatten() {
                        self.expr(e);
                    }
                    for s in &c.body {
                        self.stmt(s);
                    }
                }
            }
            StmtKind::TypeSwitch {
                init,
                guard,
                clauses,
                ..
            } => {
                self.opt_stmt(init);
                self.expr(guard);
                for c in clauses {
                    if let Some(&o) = self.p.info.implicits.get(&c.id) {
                        self.owner.insert(o, self.lits.len());
                    }
                    for s in &c.body {
                        self.stmt(s);
                    }
                }
            }
            StmtKind::Select { clauses, .. } => {
                for c in clauses {
                    if let Some(comm) = &c.comm {
                        self.stmt(comm);
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
                tok,
                x,
                body,
                ..
            } => {
                self.expr(x);
                let func = self.is_func(x);
                if func {
                    self.esc.makes_funcs = true;
                    self.lits.push(s.id);
                    self.range_body.push(true);
                    self.esc.captures.entry(s.id).or_default();
                }
                for e in [key, value].into_iter().flatten() {
                    if matches!(tok, Some((AssignOp::Define, _)))
                        && self.p.info.defs.contains_key(&e.id)
                    {
                        let id = Ident {
                            id: e.id,
                            pos: e.pos(),
                            name: e.as_ident().unwrap_or_else(|| "_".into()),
                        };
                        self.def(&id);
                    } else {
                        self.assigned(e, None, false);
                        self.expr(e);
                    }
                }
                self.block(body);
                if func {
                    self.lits.pop();
                    self.range_body.pop();
                }
            }
        }
    }

    fn expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Bad | ExprKind::BasicLit(_) => {}
            ExprKind::Ident(_) => self.use_var(e.id),
            ExprKind::CompositeLit { typ, elts, .. } => {
                if let Some(t) = typ {
                    self.expr(t);
                }
                for x in elts {
                    self.expr(x);
                }
            }
            ExprKind::KeyValue { key, value, .. } => {
                // A struct literal's field names are not variables.
                if !matches!(key.kind, ExprKind::Ident(_)) || self.p.info.uses.contains_key(&key.id)
                {
                    self.expr(key);
                }
                self.expr(value);
            }
            ExprKind::FuncLit { typ, body } => {
                self.esc.makes_funcs = true;
                self.lits.push(e.id);
                self.range_body.push(false);
                self.esc.captures.entry(e.id).or_default();
                self.func_type(typ);
                let saved = self.enter_results(typ);
                self.block(body);
                self.results.pop();
                for (o, own) in saved {
                    match own {
                        Some(d) => self.owner.insert(o, d),
                        None => self.owner.remove(&o),
                    };
                }
                self.range_body.pop();
                self.lits.pop();
            }
            ExprKind::Paren(x) | ExprKind::Star(x) => self.expr(x),
            ExprKind::Selector { x, .. } => {
                self.expr(x);
                // A method value with a pointer receiver on an addressable
                // operand takes its address.
                if let Some(sel) = self.sel(e.id)
                    && sel.kind == SelectionKind::MethodVal
                    && self.method_wants_ptr(sel.obj)
                    && !self.is_pointer(x)
                {
                    self.address_taken(x);
                }
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
                for v in [low, high, max].into_iter().flatten() {
                    self.expr(v);
                }
                if let Some(tv) = self.tv(x.id)
                    && matches!(self.p.ty(self.p.under(tv.typ)), Type::Array { .. })
                {
                    self.address_taken(x);
                }
            }
            ExprKind::TypeAssert { x, typ, .. } => {
                self.expr(x);
                if let Some(t) = typ {
                    self.expr(t);
                }
            }
            ExprKind::Call { fun, args, .. } => {
                self.expr(fun);
                for a in args {
                    self.expr(a);
                }
            }
            ExprKind::Unary { op, x } => {
                self.expr(x);
                if *op == UnaryOp::Addr {
                    self.address_taken(x);
                }
            }
            ExprKind::Binary { x, y, .. } => {
                self.expr(x);
                self.expr(y);
            }
            // Types contain no variables (array lengths are constants).
            _ => {}
        }
    }

    fn method_wants_ptr(&self, m: ObjId) -> bool {
        let Some(sig) = self.p.obj(m).typ.and_then(|t| self.p.signature(t)) else {
            return false;
        };
        let Some(r) = sig.recv else { return false };
        matches!(self.p.ty(self.p.obj_type(r)), Type::Pointer(_))
    }

    fn is_pointer(&self, x: &Expr) -> bool {
        self.tv(x.id)
            .is_some_and(|tv| matches!(self.p.ty(self.p.under(tv.typ)), Type::Pointer(_)))
    }
}
